"""The chat's teaching moves themselves: quizzes, lesson suggestions, corrections, offers.

`tutor.teaching.teacher.Teacher` decides when a line is one of these and loads this module
(with the lessons, the grader and the scheduler) only then, so `tutor ask` with a plain
question does not pay for them.

The learner's database is opened for each move that needs it and closed again, so that the
app may call from any worker thread and other processes see every answer at once.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from tutor.answering.reply import Reply
from tutor.lessons.catalogue import Catalogue, lesson_status, status_text
from tutor.lessons.grading import find_phrase, tokens
from tutor.lessons.learner import LearnerModel, QuestionRef, question_concepts
from tutor.lessons.model import Explain, FreeText, Lesson
from tutor.lessons.progress import ProgressStore
from tutor.teaching.phrases import Phrases
from tutor.search.text import fold
from tutor.teaching.quiz import ChatQuiz, plain

if TYPE_CHECKING:
    from tutor.answering.session import Session

# The words that make a statement a yes/no question; they need not be in a lesson's text.
QUESTION_WORDS = frozenset("can could do does did is are was were will would should must may might has have had".split())


class Moves:
    """Teaching moves for one conversation; see the module docstring."""

    def __init__(
        self,
        catalogue: Callable[[], Catalogue],
        open_store: Callable[[], ProgressStore] = ProgressStore.load,
        phrases: Phrases | None = None,
    ) -> None:
        self._load_catalogue = catalogue
        self._catalogue: Catalogue | None = None
        self._open_store = open_store
        self.phrases = phrases or Phrases.load()
        self.quiz: ChatQuiz | None = None
        self.last_asked = ""  # the card key of the last quiz question, not asked twice in a row
        self.notes: list[str] = []  # store warnings, shown with the next teaching reply

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = self._load_catalogue()
        return self._catalogue

    @contextmanager
    def _model(self, session: "Session") -> Iterator[LearnerModel]:
        store = self._open_store()
        try:
            titles = {doc.id: doc.title for doc in session.retriever.documents.values()}
            yield LearnerModel(self.catalogue, store, titles)
        finally:
            self.notes.extend(store.take_warnings())
            store.close()

    # -- quizzes -------------------------------------------------------------------------

    def start_quiz(self, text: str, rest: str, session: "Session") -> Reply:
        subject_match = self.phrases.patterns["quiz_subject"][0].match(rest.strip()) if rest.strip() else None
        subject = subject_match.group("subject") if subject_match else ""
        current = not subject or self.phrases.match("current_subject", subject) is not None
        topic = session.state.topic if current else self._document_for(subject, session)
        with self._model(session) as model:
            ref, intro = self._choose(model, topic, subject if not current else "", session)
        if ref is None:
            return self._reply(text, self.phrases.say("quiz_none"), "quiz")
        self.quiz = ChatQuiz(ref)
        self.last_asked = ref.key
        reply = self._reply(text, self.quiz.question_text(intro, self.phrases), "quiz", topic=ref.concept if ref.concept in session.retriever.documents else None)
        reply.teaching = self.quiz.teaching_data()
        return reply

    def _choose(self, model: LearnerModel, topic: str | None, subject: str, session: "Session") -> tuple[QuestionRef | None, str]:
        """The question to ask, with the line that introduces it."""
        on_topic = [ref for ref in self._questions_for(topic, model, session) if ref.key != self.last_asked] if topic else []
        if on_topic:
            ref = on_topic[0]
            return ref, self.phrases.say("quiz_intro", concept=plain(model.title_of(ref.concept)), lesson=plain(ref.lesson.title))
        due = [ref for ref in model.due() if ref.key != self.last_asked]
        weakest = [ref for concept in model.by_mastery() for ref in model.questions_on(concept.id) if ref.key != self.last_asked]
        ref = (due or weakest or [None])[0]
        if ref is None:
            return None, ""
        values = {"concept": plain(model.title_of(ref.concept)), "lesson": plain(ref.lesson.title)}
        if subject or topic:
            document = session.retriever.documents.get(topic) if topic else None
            named_subject = subject or (document.short_title if document else "that")
            return ref, self.phrases.say("quiz_other_intro", subject=plain(named_subject), **values)
        return ref, self.phrases.say("quiz_due_intro" if due else "quiz_intro", **values)

    def _questions_for(self, topic: str, model: LearnerModel, session: "Session") -> list[QuestionRef]:
        """Lesson questions on a document: its own concept's, then those of the documents
        it is related to, then any whose prompt names it; due or weakest first in each."""
        found = list(model.questions_on(topic))
        document = session.retriever.documents.get(topic)
        if document is not None:
            for related in document.related:
                found += [ref for ref in model.questions_on(related) if ref not in found]
            name = fold(document.label)
            found += [ref for ref in model.refs.values() if ref not in found and name in fold(ref.question.prompt)]
        return found

    def quiz_turn(self, text: str, session: "Session") -> Reply:
        quiz = self.quiz
        assert quiz is not None
        if self.phrases.match("stop", text):
            self.quiz = None
            return self._reply(text, self.phrases.say("quiz_stopped"), "graded")
        if self.phrases.match("hint", text):
            events = quiz.turn.hint()
        elif self.phrases.match("skip", text):
            events = quiz.turn.skip()
        else:
            events = quiz.turn.answer(text)
        body, data = quiz.respond(events)
        parts = [body]
        if quiz.done:
            self.quiz = None
            with self._model(session) as model:
                before, after = quiz.record(model)
                concept = model.title_of(quiz.ref.concept)
            data["mastery"] = {"concept": quiz.ref.concept, "before": round(before, 3), "after": round(after, 3)}
            parts += [self.phrases.say("mastery_changed", concept=plain(concept), before=round(before * 100), after=round(after * 100)), self.phrases.say("quiz_next")]
        reply = self._reply(text, "\n\n".join(p for p in parts if p), "graded")
        reply.teaching = data
        return reply

    # -- lessons -------------------------------------------------------------------------

    def lessons_about(self, text: str, subject: str, session: "Session") -> Reply:
        doc = self._document_for(subject, session)
        words = {t.stem for t in tokens(subject)}
        fitting = [
            lesson for lesson in self.catalogue
            if (doc and doc in lesson_documents(lesson)) or (words and words <= {t.stem for t in tokens(f"{lesson.title} {lesson.summary}")})
        ]
        with self._model(session) as model:
            lines = [self.phrases.say("lessons_found" if fitting else "lessons_none", subject=plain(subject))]
            lines += ["- " + self._lesson_line(lesson, model.store) for lesson in (fitting or list(self.catalogue))]
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
            elif status["status"] == "not started":
                why = self.phrases.say("next_why_ready")
            else:
                weakest = model.by_mastery()[0]
                why = self.phrases.say("next_why_weakest", concept=plain(weakest.title))
            line = self.phrases.say("next_lesson", id=lesson.id, title=plain(lesson.title), status=status_text(status), why=why)
        return self._reply(text, f"{line}\n\n{self.phrases.say('lessons_how')}", "lessons")

    def _lesson_line(self, lesson: Lesson, store: ProgressStore) -> str:
        return self.phrases.say("lesson_line", id=lesson.id, title=plain(lesson.title), status=status_text(lesson_status(lesson, store)))

    def progress(self, text: str, session: "Session") -> Reply:
        from tutor.lessons.standing import standing, standing_text

        with self._model(session) as model:
            body = standing_text(standing(model))
        return self._reply(text, plain(body), "lessons")

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
                    context = {t.stem for t in tokens(" ".join([question.prompt, question.answer, question.explanation, misconception.feedback]))}
                    for phrasing in misconception.match:
                        wanted = tokens(phrasing)
                        if len(wanted) < 2 or 2 * len(wanted) < len(have) or not find_phrase(have, phrasing):
                            continue
                        said = {t.stem for t in wanted}
                        if all(t.stem in said or t.stem in context or t.word in QUESTION_WORDS for t in have):
                            return self._corrected(text, lesson, " ".join(misconception.feedback.split()), session)
        return None

    def _corrected(self, text: str, lesson: Lesson, correction: str, session: "Session") -> Reply:
        asked = text.rstrip().endswith("?") or bool(session.tutor.intents.understand(text).yes_no)
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
        """Offer a check question on the subject just explained, if a lesson has questions on it."""
        if reply.topic is None or not any(ref.concept == reply.topic for ref in question_concepts(self.catalogue).values()):
            return False
        title = session.retriever.documents[reply.topic].short_title
        reply.answer = f"{reply.answer}\n\n{self.phrases.say('check_offer', concept=plain(title))}"
        reply.followups = [*reply.followups[:2], self.phrases.say("check_followup")]
        return True

    # -- helpers -------------------------------------------------------------------------

    def _document_for(self, subject: str, session: "Session") -> str | None:
        """The knowledge document a subject names, if the knowledge base knows it."""
        retriever = session.retriever
        result = retriever.search(retriever.repair(subject)[0])
        return session.resolver.answering_document(result) if retriever.in_scope(result) else None

    def _reply(self, text: str, body: str, kind: str, topic: str | None = None) -> Reply:
        if self.notes:
            body = "\n\n".join([body, *(f"(Note: {plain(note)}.)" for note in self.notes)])
            self.notes = []
        return Reply(text, body, kind, topic=topic)  # type: ignore[arg-type]


def lesson_documents(lesson: Lesson) -> set[str]:
    """The knowledge documents a lesson's explanations draw on."""
    return {ref.doc for step in lesson.steps if isinstance(step, Explain) for ref in step.knowledge}
