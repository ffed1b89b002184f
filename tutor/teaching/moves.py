"""The chat's teaching moves themselves: quizzes, lesson suggestions, corrections, offers.

`tutor.teaching.teacher.Teacher` decides when a line is one of these and loads this module
(with the lessons, the grader and the scheduler) only then, so `tutor ask` with a plain
question does not pay for them.

The learner's database is opened for each move that needs it and closed again, so that the
app may call from any worker thread and other processes see every answer at once. A quiz
answer that could not be saved (the database busy or read-only) is kept here and saved
with the next move, and the learner is told.
"""

from __future__ import annotations

import copy
from collections import deque
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from tutor.answering.reply import Reply
from tutor.lessons.catalogue import Catalogue, lesson_status, status_text
from tutor.lessons.grading import find_phrase, tokens
from tutor.lessons.learner import LearnerModel, QuestionRef, question_concepts
from tutor.lessons.model import Explain, FreeText, Lesson
from tutor.lessons.progress import ProgressStore
from tutor.lessons.standing import standing, standing_text
from tutor.search.text import AUXILIARIES, fold
from tutor.teaching.phrases import Phrases
from tutor.teaching.quiz import ChatQuiz, FinishedAnswer, plain
from tutor.tuning import ATTEMPT_WORDS, VERDICT_LINE_WORDS

if TYPE_CHECKING:
    from tutor.answering.session import Session

RECENT_QUESTIONS = 5  # quiz questions not asked again until this many others have been


class Moves:
    """Teaching moves for one conversation; see the module docstring."""

    def __init__(self, catalogue: Callable[[], Catalogue], open_store: Callable[[], ProgressStore] = ProgressStore.load, phrases: Phrases | None = None) -> None:
        self._load_catalogue = catalogue
        self._catalogue: Catalogue | None = None
        self._open_store = open_store
        self.phrases = phrases or Phrases.load()
        self.quiz: ChatQuiz | None = None
        self.recent: deque[str] = deque(maxlen=RECENT_QUESTIONS)  # card keys of the last questions asked
        self.aside: ChatQuiz | None = None  # a quiz put aside for a question of the learner's own, to say so
        self.unsaved: list[FinishedAnswer] = []  # answers the database could not take yet
        self.notes: list[str] = []  # store warnings, shown with the next teaching reply

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = self._load_catalogue()
        return self._catalogue

    @contextmanager
    def _model(self, session: "Session") -> Iterator[LearnerModel]:
        """The learner model over a freshly opened store, with unsaved answers saved first."""
        store = self._open_store()
        try:
            if self.unsaved:
                for answer in self.unsaved:
                    answer.record(store)
                if store.save():
                    self.unsaved = []
            titles = {doc.id: doc.title for doc in session.retriever.documents.values()}
            yield LearnerModel(self.catalogue, store, titles)
        finally:
            self.notes.extend(store.take_warnings())
            store.close()

    # -- quizzes -------------------------------------------------------------------------

    def start_quiz(self, text: str, subject: str, session: "Session") -> Reply:
        """A lesson question on `subject` ("" or "this": the subject being discussed)."""
        current = not subject or self.phrases.match("current_subject", subject) is not None
        topic = session.state.topic if current else self._document_for(subject, session)
        with self._model(session) as model:
            ref, intro = self._choose(model, topic, "" if current else subject, session)
        if ref is None:
            return self._reply(text, self.phrases.say("quiz_none"), "quiz")
        self.quiz = ChatQuiz(ref)
        self.recent.append(ref.key)
        reply = self._reply(text, self.quiz.question_text(intro, self.phrases), "quiz", topic=ref.concept if ref.concept in session.retriever.documents else None)
        reply.teaching = self.quiz.teaching_data()
        return reply

    def _choose(self, model: LearnerModel, topic: str | None, subject: str, session: "Session") -> tuple[QuestionRef | None, str]:
        """The question to ask, with the line that introduces it."""
        due_now = model.due()
        order = self._order(model, {ref.key for ref in due_now})
        on_topic = order(self._questions_for(topic, model, session)) if topic else []
        if on_topic:
            ref = on_topic[0]
            return ref, self.phrases.say("quiz_intro", concept=plain(model.title_of(ref.concept)), lesson=plain(ref.lesson.title))
        due = order(due_now)
        weakest = [ref for concept in model.by_mastery() for ref in order(concept.questions)]
        ref = (due or weakest or [None])[0]
        if ref is None:
            return None, ""
        values = {"concept": plain(model.title_of(ref.concept)), "lesson": plain(ref.lesson.title)}
        if subject or topic:
            document = session.retriever.documents.get(topic) if topic else None
            named_subject = subject or (document.short_title if document else "that")
            return ref, self.phrases.say("quiz_other_intro", subject=plain(named_subject), **values)
        return ref, self.phrases.say("quiz_due_intro" if due else "quiz_intro", **values)

    def _order(self, model: LearnerModel, due: set[str]) -> Callable[[list[QuestionRef]], list[QuestionRef]]:
        """Questions in the order to ask them: not among the last few asked (unless all
        are), due first (`due`: their card keys), then never tried, then those answered
        longest ago."""

        def last_tried(ref: QuestionRef) -> str:
            attempts = model.attempts.get(ref.key)
            return attempts[-1]["at"] if attempts else ""

        def order(refs: list[QuestionRef]) -> list[QuestionRef]:
            fresh = [ref for ref in refs if ref.key not in self.recent] or [ref for ref in refs if ref.key != (self.recent[-1] if self.recent else "")]
            return sorted(fresh, key=lambda ref: (ref.key not in due, last_tried(ref)))

        return order

    def _questions_for(self, topic: str, model: LearnerModel, session: "Session") -> list[QuestionRef]:
        """Lesson questions on a document: its own concept's, then those of the documents
        it is related to, then any whose prompt names it."""
        found = list(model.questions_on(topic))
        document = session.retriever.documents.get(topic)
        if document is not None:
            for related in document.related:
                found += [ref for ref in model.questions_on(related) if ref not in found]
            name = fold(document.label)
            found += [ref for ref in model.refs.values() if ref not in found and name in fold(ref.question.prompt)]
        return found

    def quiz_turn(self, text: str, session: "Session", own_question: Callable[[bool], bool] = lambda credited: False) -> Reply | None:
        """The learner's line graded as an answer; None when it is not one: a question of
        the learner's own, or a line declined whatever it names (`own_question(credited)`,
        asked only of a line graded and not set aside for another reason, with whether the
        grader finds something of an answer in it; it may find answers in words alone: "can
        police arrest a diplomat?" earns part of "what is track one?", "... and I got it
        wrong. whats a charge d'affaires" is "false"), or a line of more than `ATTEMPT_WORDS` words that the grader cannot read as
        an answer and that names nothing of the question ("recipe for chocolate chip
        cookies" to a true-or-false question). The quiz is then put aside for the engine to
        answer the line."""
        quiz = self.quiz
        assert quiz is not None
        if self.phrases.match("stop", text):
            self.quiz = None
            reply = self._reply(text, self.phrases.say("quiz_stopped"), "graded")
            reply.teaching = {"type": "quiz_stopped", **quiz.names()}
            return reply
        if self.phrases.match("repeat", text):
            reply = self._reply(text, quiz.question_text(self.phrases.say("quiz_again"), self.phrases), "quiz")
            reply.teaching = quiz.teaching_data()
            return reply
        skipped = self.phrases.match("skip", text) is not None
        before = copy.deepcopy(quiz.turn.state)
        hinted = self.phrases.match("hint", text) is not None
        if hinted:
            events = quiz.turn.hint()
        elif skipped:
            events = quiz.turn.skip()
        else:
            events = quiz.answer(text)
        body, data = quiz.respond(events, skipped)
        unread = data["verdict"] == "invalid" and len(text.split()) > ATTEMPT_WORDS and not quiz.named_in(text)
        if unread or (not (hinted or skipped) and own_question(quiz.credits(text))):
            quiz.turn.state = before  # not an answer: nothing counted against the learner
            self.set_aside()
            return None
        parts = [body]
        if quiz.done:
            self.quiz = None
            parts += self._finish(quiz, data, session)
        reply = self._reply(text, "\n\n".join(p for p in parts if p), "graded")
        reply.teaching = data
        return reply

    def _finish(self, quiz: ChatQuiz, data: dict, session: "Session") -> list[str]:
        """Record a finished question; the lines that tell the learner how mastery moved."""
        finished = quiz.finished()
        with self._model(session) as model:
            before = model.mastery_of(quiz.ref.key)
            finished.record(model.store)
            if not model.store.save():
                self.unsaved.append(finished)  # kept, and saved with the next move
            after = LearnerModel(model.catalogue, model.store, model.titles).mastery_of(quiz.ref.key)
            concept = model.title_of(quiz.ref.concept)
        data["mastery"] = {"concept": quiz.ref.concept, "before": round(before, 3), "after": round(after, 3)}
        return [self.phrases.say("mastery_changed", concept=plain(concept), before=round(before * 100), after=round(after * 100)), self.phrases.say("quiz_next")]

    def set_aside(self) -> None:
        """Put the open question aside (nothing recorded); the next reply says so."""
        self.aside, self.quiz = self.quiz, None

    def note_aside(self, reply: Reply) -> None:
        """Tell, on the reply after it, that a quiz question was put aside."""
        if self.aside is None:
            return
        reply.answer = f"{self.phrases.say('quiz_aside')}\n\n{reply.answer}"
        if reply.teaching is None:
            reply.teaching = {"type": "quiz_set_aside", **self.aside.names()}
        self.aside = None

    # -- lessons -------------------------------------------------------------------------

    def lessons_about(self, text: str, subject: str, session: "Session") -> Reply:
        doc = self._document_for(subject, session)
        words = {t.stem for t in tokens(subject)}
        fitting = [
            lesson for lesson in self.catalogue
            if (doc and doc in lesson_documents(lesson)) or (words and words <= {t.stem for t in tokens(f"{lesson.title} {lesson.summary}")})
        ]
        head = self.phrases.say("lessons_found" if fitting else "lessons_none", subject=plain(subject))
        return self._lesson_list(text, head, fitting or list(self.catalogue), session)

    def all_lessons(self, text: str, session: "Session") -> Reply:
        return self._lesson_list(text, self.phrases.say("lessons_all"), list(self.catalogue), session)

    def _lesson_list(self, text: str, head: str, lessons: list[Lesson], session: "Session") -> Reply:
        with self._model(session) as model:
            lines = [head, ""] + ["- " + self._lesson_line(lesson, model.store) for lesson in lessons]
        lines += ["", self.phrases.say("lessons_how")]
        return self._reply(text, "\n".join(lines), "lessons")

    def which_lesson(self, text: str, session: "Session") -> Reply:
        with self._model(session) as model:
            lesson = model.next_lesson()
            if lesson is None:
                return self._reply(text, self.phrases.say("next_none"), "lessons")
            status = lesson_status(lesson, model.store)
            if status["status"] == "in progress":
                why = self.phrases.say("next_why_progress")
            elif status["status"] in ("not started", "placed out"):
                why = self.phrases.say("next_why_ready")
            else:
                weakest = model.by_mastery()[0]
                why = self.phrases.say("next_why_weakest", concept=plain(weakest.title))
            line = self.phrases.say("next_lesson", id=lesson.id, title=plain(lesson.title), status=status_text(status), why=why)
        return self._reply(text, f"{line}\n\n{self.phrases.say('lessons_how')}", "lessons")

    def _lesson_line(self, lesson: Lesson, store: ProgressStore) -> str:
        return self.phrases.say("lesson_line", id=lesson.id, title=plain(lesson.title), status=status_text(lesson_status(lesson, store)))

    def progress(self, text: str, session: "Session") -> Reply:
        with self._model(session) as model:
            body = standing_text(standing(model))
        return self._reply(text, as_markdown(body), "lessons")

    # -- misconceptions ------------------------------------------------------------------

    def correction(self, text: str, session: "Session") -> Reply | None:
        """"No" and the lesson's correction, for a yes/no question or a statement that
        asserts a misconception: one of its phrasings of two words or more, making up at
        least half of the line, and every other word of the line found in what the lesson
        says around it (so "did Oslo create a Palestinian state?" is not answered with a
        correction about Camp David)."""
        have = tokens(text)
        if not have:
            return None
        for lesson in self.catalogue:
            for question in lesson.questions:
                if not isinstance(question, FreeText):
                    continue
                for misconception in question.misconceptions:
                    context: set[str] | None = None  # the lesson's words around it, read once a phrasing is found
                    for phrasing in misconception.match:
                        wanted = tokens(phrasing)
                        if len(wanted) < 2 or 2 * len(wanted) < len(have) or not find_phrase(have, phrasing):
                            continue
                        said = {t.stem for t in wanted}
                        if context is None:
                            context = {t.stem for t in tokens(" ".join([question.prompt, question.answer, question.explanation, misconception.feedback]))}
                        # The auxiliaries that make a statement a yes/no question need not be in the lesson's text.
                        if all(t.stem in said or t.stem in context or t.word in AUXILIARIES for t in have):
                            return self._corrected(text, lesson, " ".join(misconception.feedback.split()), session)
        return None

    def _corrected(self, text: str, lesson: Lesson, correction: str, session: "Session") -> Reply:
        asked = text.rstrip().endswith("?") or bool(session.tutor.intents.understand(text).yes_no)
        if asked:
            correction = _without_verdict_line(correction, text)
        body = self.phrases.say("correction_question" if asked else "correction_statement", correction=plain(correction))
        source = self.phrases.say("correction_source", lesson=plain(lesson.title))
        reply = self._reply(text, f"{body}\n\n{source}", "correction")
        reply.followups = [self.phrases.say("check_followup")]
        concepts = {ref.concept for ref in question_concepts(self.catalogue).values() if ref.lesson.id == lesson.id}
        reply.topic = next((c for c in concepts if c in session.retriever.documents), None)
        if reply.topic is not None:
            session.state.topic = reply.topic  # "quiz me on this", "tell me more" go on from here
        return reply

    # -- after the engine ----------------------------------------------------------------

    def offer_check(self, reply: Reply, session: "Session") -> bool:
        """Offer a check question on the subject just explained, if a lesson has questions
        on it; the offer goes before the answer's "Sources:" line, which stays last."""
        if reply.topic is None or not any(ref.concept == reply.topic for ref in question_concepts(self.catalogue).values()):
            return False
        offer = self.phrases.say("check_offer", concept=plain(session.retriever.documents[reply.topic].short_title))
        body, cut, sources = reply.answer.rpartition("\n\nSources:")
        reply.answer = f"{body}\n\n{offer}{cut}{sources}" if cut else f"{reply.answer}\n\n{offer}"
        reply.followups = [*reply.followups[:2], self.phrases.say("check_followup")]
        return True

    # -- helpers -------------------------------------------------------------------------

    def _document_for(self, subject: str, session: "Session") -> str | None:
        """The knowledge document a subject names, if the knowledge base knows it."""
        retriever = session.retriever
        result = retriever.search(retriever.repair(subject)[0])
        return session.resolver.passages.answering_document(result) if retriever.in_scope(result) else None

    def _reply(self, text: str, body: str, kind: str, topic: str | None = None) -> Reply:
        if self.notes:
            body = "\n\n".join([body, *(f"(Note: {plain(note)}.)" for note in self.notes)])
            self.notes = []
        reply = Reply(text, body, kind, topic=topic)  # type: ignore[arg-type]
        self.note_aside(reply)
        return reply


def lesson_documents(lesson: Lesson) -> set[str]:
    """The knowledge documents a lesson's explanations draw on."""
    return {ref.doc for step in lesson.steps if isinstance(step, Explain) for ref in step.knowledge}


def as_markdown(text: str) -> str:
    """Plain text with indented items (`standing_text`) as Markdown: the indented lines
    become list items and the others paragraphs, so a chat shows them on lines of their own."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if line.startswith("  "):
            lines.append(f"- {plain(stripped.removeprefix('- '))}")
        else:
            lines += ["", plain(stripped), ""]
    return "\n".join(lines).strip().replace("\n\n\n", "\n\n")


def _without_verdict_line(correction: str, question: str) -> str:
    """The correction without a short first sentence that names nothing the question does."""
    first, stop, rest = correction.partition(". ")
    asked = {t.stem for t in tokens(question)}
    if stop and rest and len(first.split()) <= VERDICT_LINE_WORDS and not asked & {t.stem for t in tokens(first)}:
        return rest
    return correction
