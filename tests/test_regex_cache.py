"""The compiled form of the dialogue files' patterns, kept in the cache folder between runs."""

import json
import os
from array import array
from base64 import b64encode
import re
import subprocess
import sys
from pathlib import Path

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


def code_of(words):
    """Code words as a kept program holds them."""
    return b64encode(array(regex_cache.CODE_WORDS, words).tobytes()).decode()


def refused_code(kept):
    return {PATTERNS[1]: [0, code_of([99, 99, 99]), 1, {}, [None, None]]}


def code_as_numbers(kept):
    return {PATTERNS[1]: [0, [99, 99, 99], 1, {}, [None, None]]}


def broken_words(kept):
    flags, code, groups, numbers, names = kept[PATTERNS[1]]
    return {PATTERNS[1]: [flags, code[:-4] + "AAA=", groups, numbers, names]}


def misnumbered_groups(kept):
    flags, code, groups, numbers, names = kept[PATTERNS[0]]
    return {PATTERNS[0]: [flags, code, groups, {"a": 1, "b": 7}, names]}


@pytest.mark.parametrize("damage", ["{not json", wrong_shape, refused_code, code_as_numbers, broken_words, misnumbered_groups])
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


MODULE_PATTERNS = [(PATTERNS[0], 0), (r"\bwhen (was|were|did)\b", re.IGNORECASE), (PATTERNS[2], re.MULTILINE | re.VERBOSE)]


def import_all(cache, patterns=MODULE_PATTERNS):
    """What a module's `re.compile` calls, and one of re's functions, make in the block."""
    with regex_cache.imported_patterns(cache):
        compiled = [re.compile(pattern, flags) for pattern, flags in patterns]
        compiled.append(re.compile(PATTERNS[0]))  # asked for again
        assert re.match(r"\bwhen (was|were|did)\b", "WHEN did it end", re.IGNORECASE)
    return compiled


def test_patterns_compiled_in_the_block_are_kept_with_their_flags_and_compile_nothing_next_time(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    expected = [re.compile(pattern, flags) for pattern, flags in MODULE_PATTERNS] + [re.compile(PATTERNS[0])]
    assert import_all(cache) == expected
    assert re._compile.__module__ == "re"  # re as it was
    (copy,) = cache.glob("patterns-modules-*.json")
    written = copy.stat().st_mtime_ns

    def no_parsing(*args, **kwargs):
        raise AssertionError("a kept pattern was compiled again")

    re.purge()
    monkeypatch.setattr(regex_cache._parser, "parse", no_parsing)
    again = import_all(cache)
    assert again == expected and again[0] is again[-1]
    assert behaviour(again) == behaviour(expected)
    assert again[1].search("So WHEN did it end").span() == (3, 11)  # IGNORECASE kept
    assert copy.stat().st_mtime_ns == written  # nothing missed: nothing written


def test_a_new_pattern_in_the_block_is_compiled_and_the_copy_keeps_only_those_asked(tmp_path):
    cache = tmp_path / "cache"
    import_all(cache, MODULE_PATTERNS[:2])
    changed = [MODULE_PATTERNS[1], (r"\bhow long\b", 0)]
    with regex_cache.imported_patterns(cache):
        assert [re.compile(pattern, flags) for pattern, flags in changed] == [re.compile(pattern, flags) for pattern, flags in changed]
    (copy,) = cache.glob("patterns-modules-*.json")
    assert [(pattern, flags) for pattern, flags, _ in json.loads(copy.read_text(encoding="utf-8"))] == [(pattern, int(flags)) for pattern, flags in changed]


def test_bytes_and_debug_patterns_are_compiled_as_usual_and_not_kept(tmp_path, capsys):
    cache = tmp_path / "cache"
    with regex_cache.imported_patterns(cache):
        assert re.compile(rb"\bwhen\b").search(b"so when") is not None
        assert re.compile(r"\bthen\b", re.DEBUG).search("and then") is not None
    assert not list(cache.glob("patterns-*.json"))


def replaced_code(kept):
    kept[0][2][1] = code_of([99, 99, 99])
    return kept


def names_as_a_mapping(kept):
    kept[0][2][4] = {"1": "a", "2": "b"}
    return kept


def flags_as_text(kept):
    kept[0][1] = "0"
    return kept


@pytest.mark.parametrize("damage", ["{not json", replaced_code, names_as_a_mapping, flags_as_text])
def test_a_damaged_module_copy_is_a_miss_and_written_over(tmp_path, damage):
    cache = tmp_path / "cache"
    import_all(cache)
    (copy,) = cache.glob("patterns-modules-*.json")
    sound = copy.read_text(encoding="utf-8")
    copy.write_text(damage if isinstance(damage, str) else json.dumps(damage(json.loads(sound))), encoding="utf-8")
    assert behaviour(import_all(cache)) == behaviour([re.compile(pattern, flags) for pattern, flags in MODULE_PATTERNS] + [re.compile(PATTERNS[0])])
    assert json.loads(copy.read_text(encoding="utf-8")) == json.loads(sound)


def test_an_error_in_the_block_keeps_nothing_and_restores_re(tmp_path):
    cache = tmp_path / "cache"
    compile_as_usual = re._compile
    with pytest.raises(re.error, match="missing \\)"):
        with regex_cache.imported_patterns(cache):
            re.compile(PATTERNS[0])
            re.compile("(unclosed")
    assert re._compile is compile_as_usual
    assert not list(cache.glob("patterns-*.json"))


def test_tutor_ask_keeps_its_modules_patterns_and_answers_alike_from_them(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    ask = [sys.executable, "-m", "tutor", "ask", "When was the Treaty of Westphalia signed?"]
    first = subprocess.run(ask, capture_output=True, text=True, timeout=180, env=env)
    copies = list(Path(os.environ["XDG_CACHE_HOME"]).glob("*/patterns-modules-*.json"))
    assert len(copies) == 1 and '"\\\\b(?:is|are|was|were|refers? to|means?)\\\\b"' in copies[0].read_text(encoding="utf-8")  # composition.COPULA
    second = subprocess.run(ask, capture_output=True, text=True, timeout=180, env=env)
    assert first.returncode == second.returncode == 0 and first.stdout == second.stdout and "1648" in first.stdout
