"""Robustness through the chat: the questions `tutor eval --robustness` asks the engine
(development questions it answers correctly, as written and wrapped in typos, talk, scenes
and asides), asked in the chat with a teacher as the app builds it, and the share whose
reply is the engine's own answer.

`tutor eval` measures the engine alone, but in the chat the teacher reads each line first:
a question it takes for a request (a quiz, the lessons, a correction) or for the answer to
an open quiz question is a learner's question lost, and an out-of-scope one it takes is no
longer declined. The chat is measured fresh and in the states a learner's chat is often in:
a quiz question open, a lesson just suggested, an answer that offered a check. The engine's
own answer is what a teacher-less session gives after the same turns (the engine's answers
vary with the turn), less what the teacher adds to it (the word that a quiz was put aside,
the offer to check). The learner's database is a temporary one.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.reply import Reply
from tutor.answering.robustness import Wrappers, sample, wordings
from tutor.answering.session import Session
from tutor.files.paths import user_cache_dir
from tutor.lessons.progress import ProgressStore
from tutor.teaching.teacher import Teacher
from tutor.tuning import CHECK_OFFER_EVERY

AS_WRITTEN = "as written"


@dataclass(frozen=True)
class ChatState:
    """What the chat has open when the question is asked, and the lines that open it."""

    name: str
    requests: tuple[str, ...] = ()  # lines the teacher takes
    questions: tuple[str, ...] = ()  # lines the engine answers, in both sessions
    turns_before: int = 0  # turns already gone, so that the teacher may offer a check


STATES = (
    ChatState("fresh"),
    ChatState("mid-quiz", requests=("quiz me",)),
    ChatState("after a suggestion", requests=("which lesson should I take?",)),
    ChatState("after a check offer", questions=("What is the Vienna Convention on Diplomatic Relations?",), turns_before=CHECK_OFFER_EVERY - 1),
)


@dataclass
class ChatOutcome:
    """How the questions fared in one state of the chat."""

    state: str
    same: Counter[str] = field(default_factory=Counter)  # by wording
    asked: Counter[str] = field(default_factory=Counter)
    taken: Counter[str] = field(default_factory=Counter)  # what the others got: a teaching move or another answer
    declined: int = 0
    engine_declined: int = 0  # by the engine alone after the same turns
    out_of_scope: int = 0
    missed: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The state's figures on one line: the share kept, by wording, what took the rest,
        and the out-of-scope questions declined beside the engine's own count."""
        same, asked = sum(self.same.values()), sum(self.asked.values())
        wordings = ", ".join(f"{name} {self.same[name]}/{self.asked[name]}" for name in self.asked)
        taken = ", ".join(f"{what} {count}" for what, count in self.taken.most_common()) or "none"
        return (f"{self.state:<20} same answer {same / max(asked, 1):.3f} ({same} of {asked}: {wordings}); "
                f"instead: {taken}; out of scope declined {self.declined} of {self.out_of_scope} (engine alone {self.engine_declined})")


class ChatMeasure:
    """The chat's replies set against the engine's, question by question."""

    def __init__(self, tutor: Tutor, teacher: Teacher) -> None:
        self.tutor = tutor
        self.teacher = teacher
        phrases = teacher.phrases
        self.aside = f"{phrases.say('quiz_aside')}\n\n"
        self.offer = re.compile(r"\n\n" + re.escape(phrases.texts["check_offer"]).replace(re.escape("{concept}"), r"[^\n]+?") + r"(?=\n\n|$)")

    def sessions(self, state: ChatState) -> tuple[Session, Session]:
        """A chat session in `state`, and a teacher-less one after the same engine turns."""
        chat, plain = Session(self.tutor, self.teacher.fresh()), Session(self.tutor)
        chat.state.turn = plain.state.turn = state.turns_before
        for line in state.requests:
            if chat.respond(line).intent not in ("quiz", "lessons"):
                raise ValueError(f"the chat did not take {line!r} as a request")
            plain.state.turn += 1
        for line in state.questions:
            chat.respond(line)
            plain.respond(line)
        return chat, plain

    def engine_part(self, reply: Reply) -> str:
        """The reply's answer less what the teacher adds to an engine's answer."""
        return self.offer.sub("", reply.answer.removeprefix(self.aside))

    def ask(self, state: ChatState, question: str, outcome: ChatOutcome, wording: str) -> None:
        """Ask `question` in the chat and in a chat with no teacher, both in `state`, and count
        whether the chat's reply is the engine's answer, or what took it instead."""
        chat, plain = self.sessions(state)
        reply, expected = chat.respond(question), plain.respond(question)
        outcome.asked[wording] += 1
        engine_answered = reply.teaching is None or reply.teaching.get("type") == "quiz_set_aside"
        if engine_answered and self.engine_part(reply) == expected.answer:
            outcome.same[wording] += 1
            return
        what = reply.intent if not engine_answered or reply.intent == "correction" else "another answer"
        outcome.taken[what] += 1
        outcome.missed.append(f"{what} ({wording}): {question!r} -> {' '.join(reply.answer.split())[:100]!r}")

    def decline(self, state: ChatState, question: str, outcome: ChatOutcome) -> None:
        """Ask an out-of-scope `question` in the chat in `state` and count whether it is
        declined, beside whether the engine alone declines it after the same turns."""
        chat, plain = self.sessions(state)
        reply = chat.respond(question)
        outcome.out_of_scope += 1
        outcome.engine_declined += plain.respond(question).out_of_scope
        if reply.out_of_scope:
            outcome.declined += 1
        else:
            outcome.missed.append(f"out of scope, {reply.intent}: {question!r} -> {' '.join(reply.answer.split())[:100]!r}")


def through_chat(tutor: Tutor, folder: Path, wrappers: Wrappers, size: int, seed: int, states: tuple[ChatState, ...] = STATES) -> list[ChatOutcome]:
    """The questions of `tutor.answering.robustness.robustness` (same seed, same wordings),
    asked in the chat in each of `states`."""
    answered, out_of_scope = sample(tutor, folder, size, seed)
    worded = {AS_WRITTEN: ([item.question for item in answered], [item.question for item in out_of_scope]), **wordings(answered, out_of_scope, wrappers, seed)}
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="tutor-chat-measure-") as learner:
        teacher = Teacher.for_learner(cache_dir=user_cache_dir(), open_store=lambda: ProgressStore.load(Path(learner)))
        measure = ChatMeasure(tutor, teacher.sharing_lessons())
        for state in states:
            outcome = ChatOutcome(state.name)
            for name, (questions, outside) in worded.items():
                for question in questions:
                    measure.ask(state, question, outcome, name)
                for question in outside:
                    measure.decline(state, question, outcome)
            outcomes.append(outcome)
    return outcomes

