"""The lesson validator: each kind of mistake is reported with its file and line."""

from pathlib import Path

import pytest

from test_lessons_support import FOLLOW_UP, SAMPLE
from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.check import check_catalogue
from tutor.lessons.loader import load_located
from tutor.search.knowledge import load_knowledge

KB = load_knowledge([SHIPPED_KNOWLEDGE])


def problems_for(tmp_path: Path, **files: str) -> list[str]:
    folder = tmp_path / "lessons"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    catalogue = load_catalogue([folder])
    return [str(p).replace(str(folder) + "/", "") for p in check_catalogue(catalogue, KB)]


def test_the_sample_is_clean(tmp_path):
    assert problems_for(tmp_path, sample=SAMPLE, **{"follow-up": FOLLOW_UP}) == []


def test_located_yaml_knows_lines_and_duplicate_keys():
    data, duplicates = load_located("a: 1\nb:\n  - x\n  - y\na: 2\n")
    assert data.line_of("b") == 2 and data["b"].line_of(1) == 4
    assert duplicates == [("a", 5)]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("    answer: Embassies\n", "    answer: Consulates\n", "sample.yaml:18: error: step 2 (channel): answer 'Consulates' is not among the choices"),
        ("    hints: [It is a building., An ambassador heads it.]", "    hints: [It is a building.]", "sample.yaml:19: error: step 2 (channel): 'hints' needs at least 2 entries, found 1"),
        ("    hints: [Westphalia is 1648., Vienna is 1815.]", "    hints: [Same., Same.]", "sample.yaml:34: error: step 5 (timeline): the hints repeat each other"),
        ("  - kind: true_false\n", "  - kind: yes_no\n", "sample.yaml:21: error: step 3: 'kind' must be one of"),
        ("    id: academics\n", "    id: channel\n", "sample.yaml:21: error: step 3: question id 'channel' is already used by step 2"),
        ("    answer: false\n", "    answer: nope\n", "sample.yaml:24: error: step 3 (academics): a true/false 'answer' must be true or false"),
        ("    items: [Westphalia, Vienna, League of Nations]", "    items: [Westphalia, Vienna]", "sample.yaml:33: error: step 5 (timeline): 'items' needs at least 3 entries, found 2"),
        ("    answer: Official diplomacy by government representatives.", "    answer: Official diplomacy.", "sample.yaml:36: error: question 'define': the model answer does not cover expectation(s) who"),
        ("    answer: Official diplomacy by government representatives.", "    answer: Official diplomacy by ministers and NGOs.", "sample.yaml:36: error: question 'define': the model answer matches a misconception"),
        ("        accept: [official diplomacy, formal]", "        accept: [the, of]", "sample.yaml:43: error: step 6 (define), expectation 1: phrasing 'the' has only filler words"),
        ("    knowledge: [track-one-diplomacy#Protocol and formality]", "    knowledge: [track-one-diplomacy#Protocol]", "sample.yaml:29: error: knowledge reference 'track-one-diplomacy#Protocol': 'track-one-diplomacy' has no section 'Protocol'"),
        ("    knowledge: [track-one-diplomacy#Protocol and formality]", "    knowledge: [no-such-doc#Overview]", "sample.yaml:29: error: knowledge reference 'no-such-doc#Overview': no knowledge document has the id 'no-such-doc'"),
        ("minutes: 5\n", "minutes: soon\n", "sample.yaml:4: error: lesson: 'minutes' must be a positive whole number"),
        ("prerequisites: []\n", "prerequisites: [nowhere]\n", "sample.yaml:6: error: prerequisite 'nowhere' is not a lesson id"),
        ("prerequisites: []\n", "", "sample.yaml:1: error: lesson: missing 'prerequisites'"),
        ("title: Sample lesson\n", "title: Sample lesson\ncolour: blue\n", "sample.yaml:3: warning: lesson: unknown field 'colour'"),
        ("    prompt: Main bilateral channel?\n", "    prompt: Main bilateral channel?\n    prompt: Again?\n", "sample.yaml:13: error: duplicate key 'prompt'"),
        ("steps:\n", "steps:\n  - just a string\n", "sample.yaml:8: error: step 1: expected a mapping of fields"),
        ("    text: Track one is official diplomacy.\n", "", "sample.yaml:8: error: step 1: an explain step needs 'text', 'knowledge' or both"),
        ("        feedback: That is track two.\n", "        feedback: That is track two.\n        of: track one\n", "sample.yaml:51: error: step 6 (define), misconception 1: 'of' names 'track one', which is not one of the question's roles (none)"),
        ("        prompt: Who does the talking?\n", "        prompt: Who does the talking?\n        part_of: nowhere\n", "sample.yaml:44: error: step 6 (define), expectation 'who': part_of 'nowhere' is not the id of a whole idea of the question (official)"),
    ],
)
def test_each_mistake_is_reported_at_its_line(tmp_path, old, new, expected):
    assert old in SAMPLE
    problems = problems_for(tmp_path, sample=SAMPLE.replace(old, new, 1))
    assert any(p.startswith(expected) for p in problems), problems


def test_yaml_syntax_errors_name_the_line(tmp_path):
    problems = problems_for(tmp_path, sample=SAMPLE.replace("    prompt: Order these.", "    prompt: Order: these: now", 1))
    assert problems and problems[0].startswith("sample.yaml:32: error: YAML syntax error")


def test_not_a_mapping_and_empty_files(tmp_path):
    problems = problems_for(tmp_path, listing="- a\n- b\n", empty="\n")
    assert "empty.yaml:1: error: empty file" in problems
    assert any(p.startswith("listing.yaml:1: error: a lesson file must be a mapping") for p in problems)


def test_circular_prerequisites(tmp_path):
    first = FOLLOW_UP.replace("id: follow-up", "id: one").replace("prerequisites: [sample]", "prerequisites: [two]")
    second = FOLLOW_UP.replace("id: follow-up", "id: two").replace("prerequisites: [sample]", "prerequisites: [one]")
    problems = problems_for(tmp_path, one=first, two=second)
    circles = [p for p in problems if "go round in a circle" in p]
    assert len(circles) == 1
    assert "one -> two -> one" in circles[0] or "two -> one -> two" in circles[0]


def test_duplicate_lesson_ids(tmp_path):
    problems = problems_for(tmp_path, sample=SAMPLE, copy=SAMPLE)
    assert any("lesson id 'sample' is already used by" in p for p in problems)
    assert any(p.startswith("copy.yaml:1: warning: lesson: file name should be 'sample.yaml'") for p in problems)


def test_broken_lessons_are_skipped_but_others_load(tmp_path):
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    (folder / "bad.yaml").write_bytes(b"id: bad\n\xff\xfe")
    catalogue = load_catalogue([folder])
    assert list(catalogue.lessons) == ["sample"]
    assert [("bad.yaml:2: error: not UTF-8" in str(p) and str(p).endswith("save the file as UTF-8")) for p in catalogue.problems] == [True]


# Multiple-choice cues: the right option must not stand out by its length or its wording.

CHANNEL = "      - Embassies\n      - text: Think tanks\n        feedback: Think tanks host track two.\n      - Companies\n    answer: Embassies\n"


def with_channel_choices(right: str, wrong: list[str], prompt: str = "Main bilateral channel?") -> str:
    """The sample lesson with other choices (the right one first) for its multiple-choice question."""
    options = "".join(f"      - text: {text}\n        feedback: Not that one.\n" for text in wrong)
    text = SAMPLE.replace(CHANNEL, f"      - {right}\n{options}    answer: {right}\n", 1)
    assert text != SAMPLE
    return text.replace("    prompt: Main bilateral channel?\n", f"    prompt: {prompt}\n", 1)


def test_a_right_option_much_longer_than_the_distractors_is_flagged(tmp_path):
    lesson = with_channel_choices("Embassies headed by ambassadors in the capital", ["Think tanks", "Companies"])
    problems = problems_for(tmp_path, sample=lesson)
    assert "sample.yaml:10: warning: question 'channel': the right option is 4.2 times as long as any distractor (a length cue)" in problems
    assert any(p.endswith("warning: the right option is the longest in 1 of 1 multiple-choice questions (100%; keep it under 33%)") for p in problems)


def test_a_right_option_slightly_longer_is_not_flagged_on_its_own(tmp_path):
    # 16 characters against 14: within the ratio, but it is the longest, so the folder's
    # share counts it (1 of 2 questions), while a second question with a short answer does not.
    second = FOLLOW_UP.replace("id: follow-up", "id: other").replace(
        "  - kind: true_false\n    id: binding\n    prompt: Treaties can bind states.\n    answer: true\n",
        "  - kind: multiple_choice\n    id: binding\n    prompt: Which binds states?\n    choices:\n      - A treaty\n"
        "      - text: A press release\n        feedback: It binds nobody.\n    answer: A treaty\n",
    )
    problems = problems_for(tmp_path, sample=with_channel_choices("Embassies abroad", ["Think tanks ok", "Companies"]), other=second)
    assert [p for p in problems if "cue" in p] == []
    assert any("the right option is the longest in 1 of 2 multiple-choice questions (50%" in p for p in problems)


def test_only_the_right_option_echoing_the_prompt_is_flagged(tmp_path):
    lesson = with_channel_choices("Bilateral embassies", ["Think tanks and universities", "Companies abroad"])
    problems = problems_for(tmp_path, sample=lesson)
    assert "sample.yaml:10: warning: question 'channel': only the right option repeats the prompt's 'bilateral' (a wording cue)" in problems
    # When a distractor repeats the prompt too, the wording gives nothing away.
    fair = with_channel_choices("Bilateral embassies", ["Bilateral think tanks", "Companies abroad"])
    assert not any("wording cue" in p for p in problems_for(tmp_path, sample=fair))
