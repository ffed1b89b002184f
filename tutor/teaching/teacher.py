"""The chat's teacher, plugged into `Session` (see `tutor.answering.session.Teaching`).

Before the engine answers a line, `intercept` may take it:
- while a quiz question is open, the line is the learner's answer (or "hint", "skip",
  "stop"), graded as in a lesson; a new request or a question of its own ("what is a
  treaty?") puts the quiz aside, and other slash commands work as usual;
- "quiz me", "test me on this", "check my understanding", /quiz: a lesson question on the
  subject being discussed (or on what is due, or the weakest concept);
- "is there a lesson about X", "which lesson should I take": the lessons that fit, with
  their ids and the learner's progress in them; /progress: the learner's standing;
- a yes/no question or a statement that asserts a lesson's misconception ("track two is
  just the second round") gets "No." and the correction.
After the engine has answered, `after_answer` now and then offers a check question on the
answer's subject (never more than once in `CHECK_OFFER_EVERY` turns; front ends that must
stay predictable, such as `tutor ask` with arguments, turn the offers off).

This module only recognises the moves; `tutor.teaching.moves` makes them and is loaded,
with the lessons, on the first one, so a plain question costs nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from tutor.answering.reply import Reply
from tutor.commands import named
from tutor.teaching.phrases import Phrases
from tutor.tuning import CHECK_OFFER_EVERY

if TYPE_CHECKING:
    from tutor.answering.session import Session
    from tutor.lessons.catalogue import Catalogue
    from tutor.lessons.progress import ProgressStore
    from tutor.teaching.moves import Moves

# A line starting with one of these asks something of its own: never a misconception
# asserted, and during a quiz (with a question mark) not an answer.
WH_START = frozenset("what who whom whose when where why how which tell explain describe define list name give show".split())


class Teacher:
    """Recognises the teaching moves of one conversation; see the module docstring."""

    def __init__(
        self,
        catalogue: Callable[[], "Catalogue"],
        open_store: Callable[[], "ProgressStore"] | None = None,
        phrases: Phrases | None = None,
        offers_checks: bool = True,
    ) -> None:
        self._catalogue = catalogue
        self._open_store = open_store
        self.phrases = phrases or Phrases.load()
        self.offers_checks = offers_checks
        self.last_offer = 0  # the turn of the last check offer: none in the first few turns
        self._moves: Moves | None = None

    @classmethod
    def for_learner(cls, lesson_folders: list[Path] | None = None, cache_dir: Path | None = None, offers_checks: bool = True) -> "Teacher":
        """A teacher over the lessons in `lesson_folders` (default: the shipped ones) and the learner's database."""

        def catalogue() -> "Catalogue":
            from tutor.lessons.catalogue import LESSONS_DIR, load_catalogue

            return load_catalogue(lesson_folders or [LESSONS_DIR])

        return cls(catalogue, phrases=Phrases.load(cache_dir=cache_dir), offers_checks=offers_checks)

    @property
    def moves(self) -> "Moves":
        if self._moves is None:
            from tutor.teaching.moves import Moves

            options: dict[str, Any] = {"open_store": self._open_store} if self._open_store is not None else {}
            self._moves = Moves(self._catalogue, phrases=self.phrases, **options)
        return self._moves

    @property
    def quizzing(self) -> bool:
        return self._moves is not None and self._moves.quiz is not None

    def intercept(self, text: str, session: "Session") -> Reply | None:
        """A teaching reply to `text`, or None to let the engine answer it."""
        command = named(text.split()[0], "chat") if text.startswith("/") else None
        if self.quizzing:
            if command == "/new" or self._leaves_quiz(text):
                self.moves.quiz = None  # put aside unanswered: nothing is recorded
            elif text.startswith("/") and not any(self.phrases.match(name, text) for name in ("hint", "skip", "stop")):
                return None  # /help, /sources and the like work during a quiz
            else:
                return self.moves.quiz_turn(text, session)
        if command == "/progress":
            return self.moves.progress(text, session)
        quiz = self.phrases.match("quiz", text)
        if quiz is not None:
            return self.moves.start_quiz(text, quiz.group("rest"), session)
        about = self.phrases.match("lesson_about", text)
        if about is not None:
            return self.moves.lessons_about(text, about.group("subject"), session)
        if self.phrases.match("which_lesson", text):
            return self.moves.which_lesson(text, session)
        if text.startswith("/") or _first_word(text) in WH_START:
            return None
        return self.moves.correction(text, session)

    def _leaves_quiz(self, text: str) -> bool:
        """Whether the line is not an answer but a new request: another quiz, a lesson
        question, or a question of its own ("what is a treaty?")."""
        if any(self.phrases.match(name, text) for name in ("quiz", "lesson_about", "which_lesson")):
            return True
        return text.rstrip().endswith("?") and _first_word(text) in WH_START

    def after_answer(self, reply: Reply, session: "Session") -> None:
        """Now and then, offer a check question on the subject just explained."""
        if not self.offers_checks or reply.out_of_scope or not reply.sources or reply.topic is None:
            return
        if session.state.turn - self.last_offer < CHECK_OFFER_EVERY:
            return
        if self.moves.offer_check(reply, session):
            self.last_offer = session.state.turn


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].casefold().strip(",.!?") if words else ""
