"""The grader's word senses come from `dialogues/synonyms.yaml`: read, checked and cached like
the other dialogue files, and a broken file is one clear problem, never a traceback."""

import pytest

from tutor.files.dialogues import DialogueError
from tutor.lessons import senses
from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.grading import phrase_matches
from tutor.lessons.senses import read_senses, shipped_senses


def write(folder, text):
    folder.mkdir(exist_ok=True)
    (folder / "synonyms.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_table_gives_each_listed_word_its_groups():
    table = shipped_senses()
    assert {"state"} <= table.by_word["nation"]
    assert table.by_word["end"] >= {"lift", "resolve"}  # a word may be in more than one group
    assert table.of_word("treatys", "treati") == table.by_word["treaty"]  # another ending, through its stem
    assert table.of_word("zebra", "zebra") == frozenset({"zebra"})  # an unlisted word stands for itself
    assert phrase_matches("a deal between two nations", "agreement between states")
    assert phrase_matches("no region can deal with them by itself", "cannot deal alone")  # a phrase read as its word
    assert phrase_matches("each country sets its own plan", "own plan")  # "its own" is not "on its own"
    assert phrase_matches("never before had an Arab state made peace with Israel", "first peace")  # a denial read as its word
    assert phrase_matches("an unprecedented peace", "first peace")
    assert phrase_matches("sorting out conflicts peacefully", "resolve conflicts")  # a phrase's verb takes its endings
    assert phrase_matches("Iran reined in its nuclear work", "curbs on nuclear")


def test_the_actor_groups_and_opposite_sides_are_read_with_the_table(tmp_path):
    table = read_senses(write(tmp_path / "d", "groups:\n  - [state, country]\n  - [academics, scholars]\n  - [cap, curb]\nactors: [state, academics]\n"))
    assert table.actors == {"state", "academics"}
    sides = read_senses(write(tmp_path / "e", "groups: []\nopposites:\n  - [[host, receiving], [home, sending]]\n")).opposites
    assert sides == ((("host", "receiving"), ("home", "sending")),)


def test_a_table_is_read_from_its_folder_and_cached(tmp_path):
    folder, cache = write(tmp_path / "d", "groups:\n  - [cap, curb]\n  - [pact, deal]\nphrases:\n  put a lid on: cap\n  put a lid: pact\n"), tmp_path / "cache"
    table = read_senses(folder, cache)
    assert table.by_word["curb"] == {"cap"} and table.members["pact"] == ("pact", "deal")
    assert table.read_phrases("they put a lid on it") == "they cap it"  # the longest phrase first
    assert table.read_phrases("they are putting a lid on it, and put a lid") == "they are cap it, and pact"
    assert len(list(cache.glob("dialogue-synonyms-*.json"))) == 1
    assert read_senses(folder, cache) == table


@pytest.mark.parametrize(
    "text, message",
    [
        ("groups:\n  - [cap, curb\n", r"synonyms.yaml:3: YAML syntax error"),
        ("- [cap, curb]\n", r"synonyms.yaml: the top level: expected a mapping"),
        ("groups:\n  - cap curb\n", r"synonyms.yaml: groups\[0\]: expected a list"),
        ("groups:\n  - [cap, curb]\n  - []\n", r"synonyms.yaml: group 2 is empty"),
        ("groups:\n  - [cap, Curb]\n", r"synonyms.yaml: group 1 \(cap\): 'Curb' is not one lower-case word"),
        ("groups:\n  - [cap, put a lid on]\n", r"'put a lid on' is not one lower-case word"),
        ("groups:\n  - [cap, curb, cap]\n", r"group 1 \(cap\): 'cap' is listed twice"),
        ("groups:\n  - [cap, no]\n", r"groups\[0\]\[1\]: expected"),  # YAML reads a bare no as false
        ("groups: []\nphrases: [by itself]\n", r"phrases: expected a mapping"),
        ("groups: []\nphrases:\n  itself: alone\n", r"phrases: 'itself' is not two or more lower-case words"),
        ("groups: []\nphrases:\n  by  itself: alone\n", r"phrases: 'by  itself' is not two or more"),
        ("groups: []\nphrases:\n  by itself: all alone\n", r"phrases: 'by itself' is read as 'all alone', which is not one lower-case word"),
        ("groups:\n  - [state, country]\nactors: [country]\n", r"actors: 'country' is not the first word of a group"),
        ("groups:\n  - [state, country]\n  - [ngos, ngo]\nactors: [state]\nnon_state: [ngos]\n", r"non_state: 'ngos' is not one of the actors"),
        ("groups: []\nactors: state\n", r"actors: expected a list"),
        ("groups: []\nopposites:\n  - [[host, receiving]]\n", r"opposites: pair 1 is not two lists of lower-case words"),
        ("groups: []\nopposites:\n  - [[host], [Home]]\n", r"opposites: pair 1 is not two lists"),
    ],
)
def test_a_broken_table_is_one_clear_error(tmp_path, text, message):
    with pytest.raises(DialogueError, match=message) as caught:
        read_senses(write(tmp_path / "d", text))
    assert "\n" not in str(caught.value)


def test_a_broken_shipped_table_is_reported_with_the_lessons(tmp_path, monkeypatch):
    """The lessons still load (grading then reads no synonyms); `tutor lesson --check` prints the problem."""
    monkeypatch.setattr(senses, "DIALOGUES", write(tmp_path / "d", "groups:\n  - [cap, Curb]\n"))
    senses._shipped.cache_clear()
    try:
        (lessons := tmp_path / "lessons").mkdir()
        problems = load_catalogue([lessons]).problems
        assert [str(p) for p in problems] == [f"{tmp_path / 'd' / 'synonyms.yaml'}: error: group 1 (cap): 'Curb' is not one lower-case word of letters and digits"]
        assert shipped_senses().by_word == {}
    finally:
        monkeypatch.undo()
        senses._shipped.cache_clear()
    assert load_catalogue([lessons]).problems == []
