"""Reading lesson files (`dialogues/lessons/*.yaml`) into `Lesson`s, with problems by line.

Each file is parsed with the YAML safe loader into nodes that remember their line, so that
every schema problem ("step 3 (q1): answer 'Maybe' is not among the choices") points at
the line to fix. A file with errors is skipped; the other lessons still load.

The format, one lesson per file (`tutor lesson --check` validates it):

    id: what-is-track-one            # kebab-case; the file is <id>.yaml
    title: What track one diplomacy is
    order: 10                        # optional: position in the lesson list
    minutes: 10                      # an estimate of the time it takes
    summary: One sentence            # optional
    objectives: [Define track one ...]
    prerequisites: []                # ids of lessons to take first
    steps:
      - kind: explain                # text, knowledge references, or both
        text: Words of our own.
        knowledge: ["track-one-diplomacy#Channels and venues"]   # document id # section
      - kind: multiple_choice        # answered by letter, number or text
        id: main-output              # unique in the lesson, kebab-case
        prompt: What is the most important output of track one?
        choices:
          - The treaty               # a text, or text: + feedback: (why it is wrong)
          - text: A think-tank report
            feedback: A report commits no government.
        answer: The treaty           # the text of the right choice
        hints: [First nudge, Stronger hint]      # at least two, growing in help
        explanation: Shown once the question is answered or revealed.
        recall:                      # optional: may be asked from memory in review
          accept: [treaty, treaties] # phrasings of the answer; the answer must match one
          prompt: Asked instead      # optional here (the question's prompt by default)
          answer: The treaty         # optional here (the right choice by default)
      - kind: true_false             # answer: true/false; feedback: why the other is wrong
                                     # recall: as above, with prompt and answer required
      - kind: order                  # items: in the right order; shown shuffled
      - kind: free_text              # 'hints' are optional: each idea has its own ladder
        roles:                       # optional, for comparisons: the subjects, by name
          track one: [track one, track 1, first track]
          track two: [track two, track 2, second track]
        expectations:                # key ideas; each with phrasings that express it
          - id: official
            idea: that it is official diplomacy      # "Good: you got <idea>"
            hint: Think about who speaks for a country.   # optional: the first nudge
            prompt: Is track one official or not?   # asked next; a yes/no prompt takes "yes"/"no"
            accept: [official diplomacy, between governments]
            roles:                   # optional: phrasings that count only said of that subject
              track one: [formal, official]          # said of track two, they are reversed
          - id: governments
            idea: that governments take part
            part_of: official        # optional: a step towards another idea, worth partial credit only
            accept: [governments]
        misconceptions:              # wrong ideas with their own correction
          - match: [academics, civil society]
            feedback: That is track two.
            of: track one            # optional: the role it is wrong of; said of another, no mistake
        need: 1                      # optional: how many ideas make a full answer
        answer: A model answer, which must pass its own expectations.

When an idea is missing the tutor climbs its ladder, one rung an answer: the hint, the
prompt, then it states the idea and the learner says it back.

A question with `recall` is asked from memory in review once it has been recognised right
twice: as free text with one idea, the recall answer (see docs/authoring.md).

Phrasings match whatever the case, accents, word order, word endings and small typos
(see `tutor.lessons.grading`); write them with content words, not filler. A phrasing has
a polarity: "not binding", "cannot be arrested" and "immune from arrest" match only an
answer that denies the thing, "binding" only one that asserts it. A one-word phrasing
counts for an answer of one word only when that word is apt for the idea: not a common
word of the knowledge base, and carrying most of the idea beyond the prompt's words
("arrest" for "arrest and detention"; see `tutor.lessons.aptness`); `tutor lesson --check`
warns about one-word phrasings that are common words of the knowledge base.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tutor.files.yamlfile import error_line, error_reason
from tutor.lessons.grading import has_content, phrase_matches
from tutor.lessons.model import (
    STEP_KINDS,
    Choice,
    Expectation,
    Explain,
    FreeText,
    KnowledgeRef,
    Lesson,
    Misconception,
    MultipleChoice,
    Order,
    Question,
    Recall,
    Step,
    TrueFalse,
)
from tutor.search.knowledge import ID_PATTERN, Problem, read_text

try:  # libyaml's composer is much faster; pure Python is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MIN_HINTS = 2
LESSON_FIELDS = {"id", "title", "objectives", "minutes", "prerequisites", "steps", "summary", "order"}
COMMON_QUESTION_FIELDS = {"kind", "id", "prompt", "hints", "explanation"}
KIND_FIELDS = {
    "explain": {"kind", "text", "knowledge"},
    "multiple_choice": COMMON_QUESTION_FIELDS | {"choices", "answer", "recall"},
    "true_false": COMMON_QUESTION_FIELDS | {"answer", "feedback", "recall"},
    "order": COMMON_QUESTION_FIELDS | {"items"},
    "free_text": COMMON_QUESTION_FIELDS | {"expectations", "misconceptions", "need", "answer", "roles"},
}


class Mapping(dict):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 1
    key_lines: dict[Any, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class Sequence(list):
    """A YAML sequence that remembers its line and the line of each item."""

    line: int = 1
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


_constructor = yaml.constructor.SafeConstructor()


def _build(node: yaml.Node, duplicates: list[tuple[str, int]]) -> Any:
    if isinstance(node, yaml.MappingNode):
        mapping = Mapping()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = _build(key_node, duplicates)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                key = str(key)
            if key in mapping:
                duplicates.append((str(key), key_node.start_mark.line + 1))
            mapping[key] = _build(value_node, duplicates)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = Sequence()
        sequence.line = node.start_mark.line + 1
        sequence.item_lines = []
        for item in node.value:
            sequence.append(_build(item, duplicates))
            sequence.item_lines.append(item.start_mark.line + 1)
        return sequence
    return _constructor.construct_object(node, deep=True)


def load_located(text: str) -> tuple[Any, list[tuple[str, int]]]:
    """Parse YAML into `Mapping`/`Sequence` values that know their lines; also the duplicate keys."""
    node = yaml.compose(text, Loader=_Loader)
    duplicates: list[tuple[str, int]] = []
    return (None if node is None else _build(node, duplicates)), duplicates


class _Reader:
    """Field access that records a problem (with its line) instead of raising."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.errors = 0

    def error(self, line: int, message: str) -> None:
        self.errors += 1
        self.problems.append(Problem(self.path, line, message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, "warning"))

    def text(self, data: Mapping, key: str, where: str, required: bool = True) -> str:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.error(data.line, f"{where}: missing '{key}'")
            return ""
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.error(data.line_of(key), f"{where}: '{key}' must be a text")
            return ""
        return " ".join(str(value).split()) if "\n" not in str(value).strip() else str(value).strip()

    def texts(self, data: Mapping, key: str, where: str, minimum: int = 0, required: bool = True) -> list[str]:
        value = data.get(key)
        if value is None:
            if required and minimum:
                self.error(data.line, f"{where}: missing '{key}' (at least {minimum})")
            return []
        if isinstance(value, str) and minimum <= 1:
            value = Sequence([value])
        if not isinstance(value, list):
            self.error(data.line_of(key), f"{where}: '{key}' must be a list")
            return []
        result = []
        for i, item in enumerate(value):
            if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
                line = value.line_of(i) if isinstance(value, Sequence) else data.line_of(key)
                self.error(line, f"{where}: every entry of '{key}' must be a non-empty text")
                continue
            result.append(" ".join(str(item).split()))
        if len(result) < minimum:
            self.error(data.line_of(key), f"{where}: '{key}' needs at least {minimum} entries, found {len(result)}")
        return result

    def mapping(self, value: Any, line: int, where: str) -> Mapping | None:
        if not isinstance(value, Mapping):
            self.error(line, f"{where}: expected a mapping of fields (kind: ..., ...)")
            return None
        return value

    def unknown_fields(self, data: Mapping, allowed: set[str], where: str) -> None:
        for key in data:
            if key not in allowed:
                self.warning(data.line_of(key), f"{where}: unknown field '{key}' (expected one of: {', '.join(sorted(allowed))})")


def parse_lesson(path: Path, text: str, problems: list[Problem]) -> Lesson | None:
    """One lesson file as a `Lesson`, or None when it has errors (recorded in `problems`)."""
    reader = _Reader(path, problems)
    try:
        data, duplicates = load_located(text)
    except yaml.YAMLError as exc:
        reader.error(error_line(exc), f"YAML syntax error: {error_reason(exc)}")
        return None
    for key, line in duplicates:
        reader.error(line, f"duplicate key '{key}'")
    if not isinstance(data, Mapping):
        reader.error(1, "a lesson file must be a mapping with id, title, objectives, minutes, prerequisites and steps")
        return None
    reader.unknown_fields(data, LESSON_FIELDS, "lesson")
    lesson_id = reader.text(data, "id", "lesson")
    if lesson_id and not ID_PATTERN.match(lesson_id):
        reader.error(data.line_of("id"), f"lesson: id '{lesson_id}' must be kebab-case (lowercase letters, digits and hyphens)")
    elif lesson_id and path.stem != lesson_id:
        reader.warning(data.line_of("id"), f"lesson: file name should be '{lesson_id}.yaml' to match the id")
    title = reader.text(data, "title", "lesson")
    objectives = reader.texts(data, "objectives", "lesson", minimum=1)
    minutes = data.get("minutes")
    if minutes is None:
        reader.error(data.line, "lesson: missing 'minutes' (an estimate of how long the lesson takes)")
    elif isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
        reader.error(data.line_of("minutes"), "lesson: 'minutes' must be a positive whole number")
    prerequisites = reader.texts(data, "prerequisites", "lesson", required=False)
    if "prerequisites" not in data:
        reader.error(data.line, "lesson: missing 'prerequisites' (write 'prerequisites: []' when there are none)")
    order = data.get("order", 1000)
    if isinstance(order, bool) or not isinstance(order, int):
        reader.error(data.line_of("order"), "lesson: 'order' must be a whole number")
        order = 1000
    summary = reader.text(data, "summary", "lesson", required=False)
    steps_data = data.get("steps")
    steps: list[Step] = []
    if not isinstance(steps_data, Sequence) or not steps_data:
        reader.error(data.line_of("steps"), "lesson: 'steps' must be a non-empty list of steps")
    else:
        seen: dict[str, int] = {}
        for number, item in enumerate(steps_data, 1):
            step = parse_step(reader, item, steps_data.line_of(number - 1), f"step {number}")
            if step is None:
                continue
            if isinstance(step, Question):
                if step.id in seen:
                    reader.error(step.line, f"step {number}: question id '{step.id}' is already used by step {seen[step.id]}")
                seen.setdefault(step.id, number)
            steps.append(step)
        if not any(isinstance(s, Question) for s in steps) and reader.errors == 0:
            reader.error(steps_data.line, "lesson: a lesson needs at least one question")
    if reader.errors:
        return None
    lines = {str(key): line for key, line in data.key_lines.items()}
    return Lesson(lesson_id, title, path, objectives, minutes, prerequisites, steps, summary, order, data.line, lines)


def parse_step(reader: _Reader, item: Any, line: int, where: str) -> Step | None:
    data = reader.mapping(item, line, where)
    if data is None:
        return None
    kind = data.get("kind")
    if kind not in STEP_KINDS:
        got = f"'{kind}'" if kind is not None else "nothing"
        reader.error(data.line_of("kind"), f"{where}: 'kind' must be one of {', '.join(STEP_KINDS)} (got {got})")
        return None
    reader.unknown_fields(data, KIND_FIELDS[kind], where)
    if kind == "explain":
        return parse_explain(reader, data, where)
    before = reader.errors
    question_id = reader.text(data, "id", where)
    if question_id and not ID_PATTERN.match(question_id):
        reader.error(data.line_of("id"), f"{where}: question id '{question_id}' must be kebab-case")
    where = f"{where} ({question_id})" if question_id else where
    common = dict(
        kind=kind,
        line=data.line,
        id=question_id,
        prompt=reader.text(data, "prompt", where),
        hints=reader.texts(data, "hints", where, minimum=0 if kind == "free_text" else MIN_HINTS),
        explanation=reader.text(data, "explanation", where),
    )
    question: Question | None = {
        "multiple_choice": parse_multiple_choice,
        "true_false": parse_true_false,
        "order": parse_order,
        "free_text": parse_free_text,
    }[kind](reader, data, where, common)
    if question is not None and len(set(question.hints)) < len(question.hints):
        reader.error(data.line_of("hints"), f"{where}: the hints repeat each other; each hint should help more than the last")
    return question if reader.errors == before else None


def parse_explain(reader: _Reader, data: Mapping, where: str) -> Explain | None:
    text = reader.text(data, "text", where, required=False)
    refs: list[KnowledgeRef] = []
    raw = data.get("knowledge")
    if raw is not None:
        items = raw if isinstance(raw, Sequence) else None
        if items is None:
            reader.error(data.line_of("knowledge"), f"{where}: 'knowledge' must be a list of 'document-id#Section heading' references")
            items = Sequence()
        for i, ref in enumerate(items):
            line = items.line_of(i)
            if isinstance(ref, str) and "#" in ref:
                doc, section = ref.split("#", 1)
                refs.append(KnowledgeRef(doc.strip(), section.strip(), line))
            elif isinstance(ref, Mapping) and isinstance(ref.get("doc"), str) and isinstance(ref.get("section"), str):
                refs.append(KnowledgeRef(ref["doc"].strip(), ref["section"].strip(), line))
            else:
                reader.error(line, f"{where}: a knowledge reference is written 'document-id#Section heading' (or doc: and section:)")
    if not text and not refs and "knowledge" not in data:
        reader.error(data.line, f"{where}: an explain step needs 'text', 'knowledge' or both")
        return None
    return Explain(kind="explain", line=data.line, text=text, knowledge=refs)


def parse_multiple_choice(reader: _Reader, data: Mapping, where: str, common: dict) -> Question | None:
    raw = data.get("choices")
    if not isinstance(raw, Sequence) or len(raw) < 2:
        reader.error(data.line_of("choices"), f"{where}: 'choices' must be a list of at least 2 choices")
        return None
    options: list[Choice] = []
    for i, item in enumerate(raw):
        line = raw.line_of(i)
        if isinstance(item, Mapping):
            text = reader.text(item, "text", f"{where}, choice {i + 1}")
            feedback = reader.text(item, "feedback", f"{where}, choice {i + 1}", required=False)
            reader.unknown_fields(item, {"text", "feedback"}, f"{where}, choice {i + 1}")
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool) and str(item).strip():
            text, feedback = " ".join(str(item).split()), ""
        else:
            reader.error(line, f"{where}: choice {i + 1} must be a text or a mapping with 'text' and 'feedback'")
            continue
        if text and any(o.text.casefold() == text.casefold() for o in options):
            reader.error(line, f"{where}: choice {i + 1} repeats an earlier choice")
        options.append(Choice(text, feedback, line))
    if len(options) > 26:
        reader.error(raw.line, f"{where}: at most 26 choices (A-Z)")
    answer = data.get("answer")
    if answer is None:
        reader.error(data.line, f"{where}: missing 'answer' (the text of the right choice)")
        return None
    texts = [o.text for o in options]
    normalised = " ".join(str(answer).split())
    if normalised not in texts:
        reader.error(data.line_of("answer"), f"{where}: answer '{normalised}' is not among the choices")
        return None
    return MultipleChoice(**common, options=options, answer=texts.index(normalised), recall=parse_recall(reader, data, where, common["prompt"], normalised))


def parse_true_false(reader: _Reader, data: Mapping, where: str, common: dict) -> Question | None:
    answer = data.get("answer")
    if not isinstance(answer, bool):
        reader.error(data.line_of("answer"), f"{where}: a true/false 'answer' must be true or false")
        return None
    feedback = reader.text(data, "feedback", where, required=False)
    return TrueFalse(**common, answer=answer, feedback=feedback, recall=parse_recall(reader, data, where))


def parse_recall(reader: _Reader, data: Mapping, where: str, prompt: str = "", answer: str = "") -> Recall | None:
    """The optional `recall` of a recognition question: prompt and answer default to the
    question's own (a true/false statement has none, so it must give both)."""
    if "recall" not in data:
        return None
    label = f"{where}, recall"
    entry = reader.mapping(data.get("recall"), data.line_of("recall"), label)
    if entry is None:
        return None
    reader.unknown_fields(entry, {"prompt", "answer", "accept"}, label)
    accept = reader.texts(entry, "accept", label, minimum=1)
    for phrasing in accept:
        if not has_content(phrasing):
            reader.error(entry.line_of("accept"), f"{label}: phrasing '{phrasing}' has only filler words and can never match")
    recall = Recall(
        reader.text(entry, "prompt", label, required=not prompt) or prompt,
        reader.text(entry, "answer", label, required=not answer) or answer,
        accept,
        entry.line,
    )
    if recall.answer and accept and not any(phrase_matches(recall.answer, p) for p in accept):
        reader.error(entry.line_of("accept"), f"{label}: the answer '{recall.answer}' matches none of its 'accept' phrasings")
    return recall


def parse_order(reader: _Reader, data: Mapping, where: str, common: dict) -> Question | None:
    items = reader.texts(data, "items", where, minimum=3)
    if len({i.casefold() for i in items}) < len(items):
        reader.error(data.line_of("items"), f"{where}: the items to order must all differ")
        return None
    if len(items) > 26:
        reader.error(data.line_of("items"), f"{where}: at most 26 items (A-Z)")
        return None
    return Order(**common, items=items) if len(items) >= 3 else None


def parse_free_text(reader: _Reader, data: Mapping, where: str, common: dict) -> Question | None:
    raw = data.get("expectations")
    if not isinstance(raw, Sequence) or not raw:
        reader.error(data.line_of("expectations"), f"{where}: 'expectations' must be a list of key ideas with accepted phrasings")
        return None
    roles = _roles(reader, data, where)
    expectations: list[Expectation] = []
    for i, item in enumerate(raw):
        label = f"{where}, expectation {i + 1}"
        entry = reader.mapping(item, raw.line_of(i), label)
        if entry is None:
            continue
        reader.unknown_fields(entry, {"id", "idea", "accept", "prompt", "hint", "roles", "part_of"}, label)
        expectation_id = reader.text(entry, "id", label)
        if expectation_id and any(e.id == expectation_id for e in expectations):
            reader.error(entry.line_of("id"), f"{label}: id '{expectation_id}' is used twice")
        bound = _roles(reader, entry, label)
        for role in bound:
            if role not in roles:
                reader.error(entry.line_of("roles"), f"{label}: role '{role}' is not one of the question's roles ({', '.join(roles) or 'none'})")
        accept = reader.texts(entry, "accept", label, minimum=0 if bound else 1)
        for phrasing in accept + [p for phrasings in bound.values() for p in phrasings]:
            if not has_content(phrasing):
                reader.error(entry.line_of("accept"), f"{label}: phrasing '{phrasing}' has only filler words and can never match")
        expectations.append(
            Expectation(
                expectation_id,
                reader.text(entry, "idea", label),
                accept,
                reader.text(entry, "prompt", label, required=False),
                entry.line,
                reader.text(entry, "hint", label, required=False),
                bound,
                reader.text(entry, "part_of", label, required=False),
            )
        )
    ideas = {e.id for e in expectations if not e.part_of}
    for e in expectations:
        if e.part_of and e.part_of not in ideas:
            reader.error(e.line, f"{where}, expectation '{e.id}': part_of '{e.part_of}' is not the id of a whole idea of the question ({', '.join(sorted(ideas)) or 'none'})")
    misconceptions: list[Misconception] = []
    raw_m = data.get("misconceptions")
    if raw_m is not None and not isinstance(raw_m, Sequence):
        reader.error(data.line_of("misconceptions"), f"{where}: 'misconceptions' must be a list")
    for i, item in enumerate(raw_m or []):
        label = f"{where}, misconception {i + 1}"
        entry = reader.mapping(item, raw_m.line_of(i), label)
        if entry is None:
            continue
        reader.unknown_fields(entry, {"match", "feedback", "of"}, label)
        match = reader.texts(entry, "match", label, minimum=1)
        for phrasing in match:
            if not has_content(phrasing):
                reader.error(entry.line_of("match"), f"{label}: phrasing '{phrasing}' has only filler words and can never match")
        of = reader.text(entry, "of", label, required=False)
        if of and of not in roles:
            reader.error(entry.line_of("of"), f"{label}: 'of' names '{of}', which is not one of the question's roles ({', '.join(roles) or 'none'})")
        misconceptions.append(Misconception(match, reader.text(entry, "feedback", label), entry.line, of))
    need = data.get("need", 0)
    if isinstance(need, bool) or not isinstance(need, int) or not (0 <= need <= len(ideas)):
        reader.error(data.line_of("need"), f"{where}: 'need' must be a whole number from 1 to the number of whole ideas ({len(ideas)})")
        need = 0
    answer = reader.text(data, "answer", where)
    return FreeText(**common, expectations=expectations, misconceptions=misconceptions, need=need, answer=answer, roles=roles)


def _roles(reader: _Reader, data: Mapping, where: str) -> dict[str, list[str]]:
    """An optional 'roles' mapping: a name for each subject, with the phrasings that name it."""
    raw = data.get("roles")
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        reader.error(data.line_of("roles"), f"{where}: 'roles' must map each subject to a list of phrasings")
        return {}
    return {str(name): reader.texts(raw, name, f"{where}, role '{name}'", minimum=1) for name in raw}


def read_lesson_file(path: Path, problems: list[Problem]) -> Lesson | None:
    """Read and parse one lesson file; unreadable files are reported, not raised."""
    text = read_text(path, problems)
    if text is None:
        return None
    if not text.strip():
        problems.append(Problem(path, 1, "empty file"))
        return None
    return parse_lesson(path, text, problems)


__all__ = ["Mapping", "Sequence", "load_located", "parse_lesson", "read_lesson_file"]
