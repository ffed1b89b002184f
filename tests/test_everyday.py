"""Everyday stems worked out one stem at a time agree with stemming the whole word list."""

from tutor.search.everyday import EverydayStems
from tutor.search.spelling import common_english_word_counts
from tutor.search.text import NUMBER_WORDS, Stemmer


def test_agrees_with_stemming_every_word():
    words = set(common_english_word_counts())
    stem = Stemmer()
    every = {stem(word) for word in words if word not in NUMBER_WORDS}
    asked = every | {word[:-1] for word in list(words)[::7]} | {"holbrook", "jcpoa", "x", "tie", "happi"}
    stems = EverydayStems(words, stem)
    assert [s for s in asked if (s in stems) != (s in every)] == []


def test_stems_that_keep_fewer_of_their_words_letters():
    stems = EverydayStems(["tying", "happy", "treaty"], Stemmer())
    assert "tie" in stems and "happi" in stems and "treati" in stems
    assert "ty" not in stems and "happ" not in stems
