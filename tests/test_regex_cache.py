"""The compiled form of the dialogue files' patterns, kept in the cache folder between runs."""

import json
import re

import pytest

from tutor.files import regex_cache
from tutor.files.regex_cache import kept_patterns

PATTERNS = [
    r"^(?P<a>[\w+. '-]+?) (?:vs\.?|versus) (?P<b>[\w+. -]+?\+?)\W*$",
    r"(?i)\bwhen (was|were|did)\b",
    r"^(?:so|but)\s+why\b(?=\s+\w)",
]
QUESTIONS = ["nato vs the osce?", "So when DID it end", "so why did it fail", "nothing at all"]


def compile_all(cache, patterns=PATTERNS):
    with kept_patterns(cache, "intents") as compile_pattern:
        return [compile_pattern(pattern) for pattern in patterns]


def behaviour(compiled):
    """What each pattern makes of each question: its groups by name and number, and where it matched."""
    return [
        (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex), [(m.span(), m.groups(), m.groupdict()) if (m := pattern.search(q)) else None for q in QUESTIONS])
        for pattern in compiled
    ]


def test_kept_patterns_are_the_compiled_ones_and_compile_nothing(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = compile_all(cache)
    expected = [re.compile(pattern) for pattern in PATTERNS]
    assert first == expected
    (copy,) = cache.glob("patterns-intents-*.json")

    def no_parsing(*args, **kwargs):
        raise AssertionError("a kept pattern was compiled again")

    re.purge()  # re's own cache of compiled patterns
    monkeypatch.setattr(regex_cache._parser, "parse", no_parsing)  # what re.compile runs on a miss
    again = compile_all(cache)
    assert again == expected
    assert behaviour(again) == behaviour(expected)
    assert again[0].search("nato vs the osce?")["b"] == "the osce"


def test_a_new_pattern_is_compiled_and_the_copy_keeps_only_those_asked(tmp_path):
    cache = tmp_path / "cache"
    compile_all(cache)
    changed = [*PATTERNS[1:], r"\bhow long\b"]
    assert compile_all(cache, changed) == [re.compile(pattern) for pattern in changed]
    (copy,) = cache.glob("patterns-intents-*.json")
    text = copy.read_text(encoding="utf-8")
    assert "how long" in text and "versus" not in text


def wrong_shape(kept):
    return {PATTERNS[1]: "a program"}


def refused_code(kept):
    return {PATTERNS[1]: [0, [99, 99, 99], 1, {}, [None, None]]}


def misnumbered_groups(kept):
    flags, code, groups, numbers, names = kept[PATTERNS[0]]
    return {PATTERNS[0]: [flags, code, groups, {"a": 1, "b": 7}, names]}


@pytest.mark.parametrize("damage", ["{not json", wrong_shape, refused_code, misnumbered_groups])
def test_a_damaged_copy_is_a_miss_and_written_over(tmp_path, damage):
    cache = tmp_path / "cache"
    compile_all(cache)
    (copy,) = cache.glob("patterns-intents-*.json")
    copy.write_text(damage if isinstance(damage, str) else json.dumps(damage(json.loads(copy.read_text(encoding="utf-8")))), encoding="utf-8")
    assert behaviour(compile_all(cache)) == behaviour([re.compile(pattern) for pattern in PATTERNS])
    assert "versus" in copy.read_text(encoding="utf-8")


def test_a_bad_pattern_raises_as_re_does_and_nothing_is_kept(tmp_path):
    cache = tmp_path / "cache"
    with pytest.raises(re.error, match="missing \\)"):
        compile_all(cache, [PATTERNS[0], "(unclosed"])
    assert not list(cache.glob("patterns-*.json"))


def test_without_a_cache_folder_patterns_are_compiled_as_usual(tmp_path):
    assert compile_all(None) == [re.compile(pattern) for pattern in PATTERNS]
    assert not list(tmp_path.iterdir())
