"""A quiz question in the chat: asked, graded and hinted exactly as in a lesson.

The question comes from the lessons (`QuestionTurn` gives the same feedback, hints and
reveal as a lesson does); when it is finished, its outcome is rated and recorded through
`ReviewSchedule.record` with the same help and recall details as a lesson answer, so the
learner model and the review schedule see a chat answer like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from tutor.lessons.dialogue import ANSWER_LIMIT, Event, QuestionTurn
from tutor.lessons.grading import letter, tokens
from tutor.lessons.learner import QuestionRef
from tutor.lessons.model import FreeText
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.lessons.schedule import ReviewSchedule
from tutor.search.text import QUESTION_WORDS, fold
from tutor.teaching.phrases import Phrases

# An answer hedged as a guess: "i think it is b", "is it C A B?", "hmm b?", "b i guess",
# "i'd say b, not sure"; `core` is the answer itself.
HEDGED = re.compile(
    r"^(?:(?:um+|hmm+|uh+|erm?|so|ok|okay|well)[\s,.]+)*"
    r"(?:(?:is|was|could|would)(?:n.?t)?\s+(?:it|the\s+(?:right\s+|correct\s+)?answer)(?:\s+be)?\s+"
    r"|i\s+(?:think|guess|believe|suppose)\s+(?:(?:it|that)(?:.?s|\s+is|\s+was)\s+)?|i.?d\s+say\s+|(?:maybe|perhaps|probably)\s+)?"
    r"(?P<core>.+?)(?>[\s,]++(?:i\s+(?:think|guess)|maybe|perhaps|right|tbh|lol|not\s+sure\b.*))*+[\s?!.]*+$",
    re.IGNORECASE,
)
# Words a learner talks about a quiz question with ("is the answer b?", "not sure, maybe
# 1961"): no subject of their own.
QUIZ_TALK = frozenset("answer answers right correct wrong true false sure guess think idea hint maybe probably perhaps know question option choice letter one".split())


@dataclass(frozen=True)
class FinishedAnswer:
    """A finished quiz question, kept until it is safely in the learner's database."""

    lesson: str
    turn: QuestionTurn
    when: datetime

    def record(self, store: ProgressStore) -> None:
        """Rate the question's card and add the attempt, as a lesson would (saved by the caller)."""
        ReviewSchedule(store).record_turn(self.lesson, self.turn, self.when, source="chat")


@dataclass
class ChatQuiz:
    """One question being answered in the chat."""

    ref: QuestionRef
    turn: QuestionTurn = field(init=False)

    def __post_init__(self) -> None:
        self.turn = QuestionTurn(self.ref.question, context={"lesson": self.ref.lesson.id})

    @property
    def done(self) -> bool:
        return self.turn.done

    def question_text(self, intro: str, phrases: Phrases) -> str:
        """The question as chat Markdown: intro, prompt, lettered choices, what to type."""
        data = self.turn.ask().data
        lines = [intro, "", f"**{plain(data['prompt'])}**"]
        choices = data.get("choices")
        if choices:
            lines.append("")
            lines.extend(f"- {letter(i)}. {plain(choice)}" for i, choice in enumerate(choices))
        instructions = plain(data["instructions"]).rstrip()
        if instructions and instructions[-1] not in ".!?)":
            instructions += "."
        lines += ["", f"{instructions} {phrases.say('quiz_tail')}"]
        return "\n".join(lines)

    def teaching_data(self) -> dict[str, Any]:
        """What `tutor ask --json` says of a quiz question."""
        data = self.turn.ask().data
        return {"type": "quiz_question", **self.names(), "kind": data["kind"], "prompt": data["prompt"], "choices": data.get("choices", [])}

    def named_in(self, text: str) -> bool:
        """Whether `text` names a word of the question or its choices (an attempt at it,
        however garbled, does)."""
        data = self.turn.ask().data
        asked = {token.stem for token in tokens(" ".join([data["prompt"], *data.get("choices", [])]))}
        return any(token.stem in asked for token in tokens(text))

    def answer(self, text: str) -> list[Event]:
        """The grader's events for `text`; when it can read no answer in the line, for the
        answer in it less the hedge around it (`HEDGED`: "i think it is b" is "b")."""
        events = self.turn.answer(text)
        core = _core(text)
        if core != text.strip() and any(event.type == "feedback" and event.get("valid") is False for event in events):
            return self.turn.answer(core)
        return events

    def credits(self, text: str) -> bool:
        """Whether the grader finds something of an answer in `text` or in its unhedged core,
        whatever was said before: a choice picked, or an idea or a wrong idea of a free-text
        answer."""
        question = self.turn.question
        for said in dict.fromkeys([text, _core(text)]):
            if isinstance(question, FreeText):
                verdict = question.grade(said)
                if verdict.correct or verdict.covered or verdict.misconception:
                    return True
            elif question.grade(said).valid:
                return True
        return False

    def echoes(self, sentence: str) -> bool:
        """Whether `sentence` only says the question again ("what is track one?" before
        an answer to "In one sentence, what is track one diplomacy?")."""
        said = {token.stem for token in tokens(sentence)}
        return bool(said) and said <= {token.stem for token in tokens(self.turn.ask().data["prompt"])}

    @property
    def question_word(self) -> str | None:
        """The question word the prompt asks with ("when" of "Under Article 22, when may ...")."""
        return next((word for word in fold(self.turn.ask().data["prompt"]).replace("?", " ").split() if word in QUESTION_WORDS), None)

    def names_other_subject(self, text: str) -> bool:
        """Whether `text` names something the question does not: a word of none of its
        texts (prompt, choices, answer, ideas, wrong ideas, hints, feedback, explanation)
        nor of talk about a quiz ("is the answer ...?")."""
        return any(token.stem not in self._vocabulary and token.word not in QUIZ_TALK for token in tokens(text))

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        return frozenset(token.stem for token in tokens(" ".join(_texts(self.turn.question))))

    def names(self) -> dict[str, str]:
        return {"lesson": self.ref.lesson.id, "question": self.ref.question.id}

    def respond(self, events: list[Event], skipped: bool = False) -> tuple[str, dict[str, Any]]:
        """The grading events of one learner line as chat Markdown, with the verdict."""
        texts = [plain(event.text) for event in events if event.text]
        feedback = next((event for event in events if event.type == "feedback"), None)
        verdict = "hint"
        if skipped:
            verdict = "skipped"
        elif feedback is not None:
            verdict = "invalid" if feedback.get("valid") is False else "correct" if feedback["correct"] else "partial" if feedback.get("partial") else "incorrect"
        data: dict[str, Any] = {"type": "graded_answer", **self.names(), "verdict": verdict, "done": self.done}
        if self.done:
            data["outcome"] = self.turn.state.outcome
        return "\n\n".join(texts), data

    def finished(self) -> FinishedAnswer:
        """The finished question, to be rated as a lesson would rate it."""
        return FinishedAnswer(self.ref.lesson.id, self.turn, now_utc())


def _core(text: str) -> str:
    """The answer a hedged guess offers (`HEDGED`), or the whole line."""
    text = text.strip()[:ANSWER_LIMIT]  # as much as the grader reads
    match = HEDGED.match(text)
    return match.group("core") if match else text


def _texts(value: Any) -> list[str]:
    """Every text a question holds, through its choices, ideas and misconceptions."""
    if isinstance(value, str):
        return [value]
    if is_dataclass(value):
        return [text for item in fields(value) if item.name not in ("kind", "id") for text in _texts(getattr(value, item.name))]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in [*_texts(key), *_texts(item)]]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _texts(item)]
    return []


MARKDOWN_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|"})


def plain(text: str) -> str:
    """Lesson text shown as itself in Markdown: no emphasis, links or markup of its own."""
    return text.translate(MARKDOWN_SPECIAL)
