"""The English word list's sorted copy in the cache reads as the list itself does."""

import random

import pytest

from tutor.search.english_list import FILE_NAME, EnglishList, cached_english
from tutor.search.spelling import english_word_counts, edits1

WORDS = {"zebra": 3, "ab": 9, "abc": 4, "café": 7, "a": 100, "python": 12}


def test_the_first_call_writes_the_copy_and_the_next_reads_it(tmp_path):
    first = cached_english(tmp_path, lambda: dict(WORDS))
    assert dict(first) == WORDS and (tmp_path / FILE_NAME).exists()
    copy = cached_english(tmp_path, lambda: pytest.fail("the list is read again"))
    assert isinstance(copy, EnglishList)
    assert {word: copy[word] for word in WORDS} == WORDS
    assert sorted(copy) == sorted(WORDS) and len(copy) == len(WORDS)


@pytest.mark.parametrize("missing", ["abd", "aa", "", "zebras", "caf", "b", "ab\tc", "ab\n"])
def test_a_word_not_in_the_list_is_missing(tmp_path, missing):
    cached_english(tmp_path, lambda: dict(WORDS))
    copy = EnglishList(tmp_path / FILE_NAME)
    assert missing not in copy
    with pytest.raises(KeyError):
        copy[missing]


def test_without_a_writable_cache_folder_the_list_itself_is_used(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert cached_english(blocked, lambda: dict(WORDS)) == WORDS
    assert cached_english(None, lambda: dict(WORDS)) == WORDS


def test_the_copy_answers_as_pyspellchecker_s_list_for_words_and_near_misses(tmp_path):
    words = english_word_counts()
    cached_english(tmp_path, lambda: words)
    copy = EnglishList(tmp_path / FILE_NAME)
    sample = random.Random(5).sample(sorted(words), 300)
    asked = {*sample, *(near for word in sample[:30] for near in edits1(word))}
    assert all((word in copy) == (word in words) for word in asked)
    assert all(copy[word] == words[word] for word in sample)
    assert len(copy) == len(words)  # counted across many windows of the map


def test_everyday_words_read_through_the_copy_are_the_common_words(tmp_path):
    """The lessons' grader asks the copy which words are everyday ones (`CommonWords`)."""
    from tutor.search.spelling import COMMON_WORD_MIN_COUNT, CommonWords, common_english_word_counts

    counts = english_word_counts()
    cached_english(tmp_path, english_word_counts)
    common = CommonWords(cached_english(tmp_path, english_word_counts))
    everyday = set(common_english_word_counts())
    rare = [w for w, n in counts.items() if n < COMMON_WORD_MIN_COUNT][::50]
    asked = [*list(everyday)[::5], *rare, "don't", "g7", "", "treaty", "holbrooke", "x\ty", 7]
    assert [w for w in asked if (w in common) != (w in everyday)] == []
    assert "treaty" in common and "holbrooke" not in common
