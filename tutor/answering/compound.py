"""Messages that ask two things: where the second question starts, and one reply to both.

Learners ask two questions in one line: "who sent the zimmermann telegram, and why did it
matter", "when was NATO founded? and how many members does it have now?", "what's the UN
security council + who has a veto", "did trump pull out of the iran deal, what year". The
second question is a clause of its own, opened by a question word after a joiner ("and",
"also", "plus", "+", a question mark, a semicolon, a full stop, or after a yes/no question a
comma); a noun phrase joined by "and" ("the difference between track one and track two") is
none, and a second part asking how a yes/no question's things differ ("do consuls have the
same immunity as diplomats? whats the difference") asks the first again, as a comparison. `Session` answers each part in turn, the second after the first, so that "why did it
matter" is asked of what the first part named, and `combined` makes one short reply of the two
answers: each fact-first and cut to its share of the words, with the sources of both, or the
first answer and a plain word that the second lies outside the tutor's knowledge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tutor.answering.reply import Reply, sources_line, without_sources
from tutor.safe_text import without_markup
from tutor.search.text import split_sentences
from tutor.tuning import COMPOUND_PART_WORDS

QUESTION_WORD = r"(?:how|when|why|who|whom|whose|what|whats|what's|where|which)\b"
# Where a second question starts: a question word after a joiner ("? and how many ...", ",
# and why ...", " + who ...", "also, where ...", "; why ...", ". when ..."). A comma alone
# is no joiner: "i've never seen that word, what is a demarche?" sets a scene before one
# question.
SECOND_QUESTION_START = re.compile(
    r"(?:(?<=\?)\s*|[;.]\s*|,\s*(?=(?:and|also|plus)\b)|\s+(?=(?:and|also|plus)\b)|\s*\+\s*)"
    r"(?:(?:and|also|plus)\b,?\s*)*"
    rf"(?={QUESTION_WORD})",
    re.IGNORECASE,
)
# A second question after a comma alone, which follows a yes/no question ("did kennedy and
# khrushchev ever meet, where"): a scene before a question asks nothing itself.
AFTER_A_COMMA = re.compile(rf",\s*(?:(?:and|also|plus)\b,?\s*)*(?={QUESTION_WORD})", re.IGNORECASE)
# A part asking how things differ: after a yes/no question, of its things, read with it as one
# comparison.
DIFFERENCE = re.compile(r"\b(?:differen(?:ce|ces|t)|differs?|compare[sd]?)\b", re.IGNORECASE)
# Words a part ends with that say no more ("who signed it and when?": the bare "when" asks
# the first part's question again, which the first part's own reading answers).
BARE = re.compile(rf"^\W*{QUESTION_WORD}\W*$", re.IGNORECASE)
# A line of an answer that is an item of a list.
LIST_ITEM = re.compile(r"\s*(?:[-*]|\d+[.)])\s")
# A first part shorter than this is no question of its own ("so, and why ...").
MIN_FIRST_WORDS = 3


def two_questions(message: str, asks: Callable[[str], bool], yes_no: bool = False) -> tuple[str, str] | None:
    """The message's first question and the rest, split where a second question starts,
    when the part before it `asks` a question of its own ("who sent the zimmermann
    telegram" does; "I saw the NPT on the news" and "when" do not); else None. A bare
    question word after the first ("... and when?") is left to the first's reading. With
    `yes_no`, `asks` says whether the first part is a yes/no question, which a comma alone may
    end, and a difference asked after it is left to the whole message's reading."""
    starts = list(SECOND_QUESTION_START.finditer(message))
    if yes_no:
        starts = sorted([*starts, *AFTER_A_COMMA.finditer(message)], key=lambda start: start.start())
    for start in starts:
        first, second = message[: start.start()].strip(), message[start.end() :].strip()
        if BARE.match(second) or len(first.split()) < MIN_FIRST_WORDS or yes_no and DIFFERENCE.search(second):
            continue
        if asks(first):
            return first, second
    return None


def combined(message: str, first: Reply, second: Reply, templates: dict[str, str]) -> Reply:
    """One reply to a message of two questions from the answer to each: both cut to their
    share of the words, the second less what the first already says, with the sources of
    both. A second part outside the knowledge (`second.out_of_scope`) is said to be so, after
    the first's whole answer (which keeps to a single answer's length)."""
    label = templates["sources_label"]
    whole = _units(without_sources(first.answer, label))
    if second.out_of_scope:
        asked = without_markup(second.question).strip(" ?.!,;")
        parts, sources = [whole, templates["compound_outside"].format(part=asked)], first.sources
    else:
        opening = _cut(whole)
        said = {_plain(unit) for unit in opening}
        rest = _cut([unit for unit in _units(without_sources(second.answer, label)) if _plain(unit) not in said])
        parts = [opening, rest] if rest else [whole]
        sources = list({source.chunk_id: source for source in first.sources + second.sources}.values())
    text = "\n\n".join(_joined(part) if isinstance(part, list) else part for part in parts)
    if sources:
        text += "\n\n" + sources_line(label, ((s.title, s.section) for s in sources))
    answered = first if second.out_of_scope else second
    return Reply(message, text, first.intent, sources=sources, followups=answered.followups or first.followups, topic=answered.topic or first.topic)


def verdict_opening(answer: str, templates: dict) -> str:
    """The verdict an answer opens with ("Yes.", "Only partly.", "As of 2025, yes."), or ""."""
    for said in templates["yes_no"].values():
        pattern = re.escape(said).replace(re.escape("{year}"), r"\d+").replace(re.escape("{due}"), r"[^,]+")
        if (opening := re.match(pattern + r"(?=\s|$)", answer)) is not None:
            return opening.group()
    return ""


def with_verdict(whole: Reply, first: Reply, templates: dict) -> Reply:
    """The answer to a whole message, which gives no verdict, led by the verdict its yes/no
    question got when asked alone and the sentence that says it ("Yes. On 8 May 2018 ..."),
    less that sentence where the whole answer says it too; with the sources of both."""
    label = templates["sources_label"]
    verdict = verdict_opening(first.answer, templates)
    said = _units(without_sources(first.answer, label)[len(verdict) :].strip())[:1]
    rest = [unit for unit in _units(without_sources(whole.answer, label)) if _plain(unit) not in {_plain(unit) for unit in said}]
    text = " ".join([verdict, *said])
    if rest:
        text += "\n\n" + _joined(_cut(rest))
    sources = list({source.chunk_id: source for source in first.sources[:1] + whole.sources}.values())
    if sources:
        text += "\n\n" + sources_line(label, ((s.title, s.section) for s in sources))
    return replace(whole, answer=text, sources=sources)


def _units(body: str) -> list[str]:
    """An answer's sentences and list items, in order."""
    units: list[str] = []
    for line in body.splitlines():
        units.extend([line.strip()] if LIST_ITEM.match(line) else split_sentences(line))
    return units


def _plain(unit: str) -> str:
    """A unit as said, list item or sentence alike."""
    return LIST_ITEM.sub("", unit, count=1).strip()


def _cut(units: list[str]) -> list[str]:
    """An answer's first units within COMPOUND_PART_WORDS words, at least one: the asked-for
    fact comes first."""
    kept: list[str] = []
    words = 0
    for unit in units:
        words += len(unit.split())
        if kept and words > COMPOUND_PART_WORDS:
            break
        kept.append(unit)
    return kept


def _joined(units: list[str]) -> str:
    """Units back into text: list items on lines of their own, sentences run on."""
    return "".join(("\n" if LIST_ITEM.match(unit) else " ") + unit if i else unit for i, unit in enumerate(units))
