"""The chat's teacher, plugged into `Session` (see `tutor.answering.session.Teaching`).

Before the engine answers a line, `intercept` may take it:
- while a quiz question is open, the line is the learner's answer (or "hint", "skip",
  "stop", "what?"), graded as in a lesson; a new request, or a question of the learner's
  own that does not answer it ("what is a treaty?", "can the host state expel a
  diplomat?"), puts the quiz aside with a word, and other slash commands work as usual;
- "quiz me", "test me on this", "check my understanding", /quiz (or "yes" to an offer to
  check): a lesson question on the subject being discussed (or on what is due, or the
  weakest concept);
- "is there a lesson about X", "which lesson should I take", "list the lessons": the
  lessons that fit, with their ids and the learner's progress in them; /progress or "what
  do I know?": the learner's standing;
- a yes/no question or a statement that asserts a lesson's misconception ("track two is
  just the second round") gets "No." and the correction.
After the engine has answered, `after_answer` now and then offers a check question on the
answer's subject (never more than once in `CHECK_OFFER_EVERY` turns; front ends that must
stay predictable, such as `tutor ask` with arguments, turn the offers off).

This module only recognises the moves; `tutor.teaching.moves` makes them and is loaded,
with the lessons, on the first one. A line that could hold a misconception is first
checked against the words of all misconceptions, kept in the cache folder, so a plain
question does not load the lessons either.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from tutor.answering.reply import Reply
from tutor.commands import asks_help, named
from tutor.files.digest import digest
from tutor.files.jsoncache import cached_json
from tutor.files.paths import LESSONS_DIR
from tutor.search.text import ARTICLES, AUXILIARIES, QUESTION_WORDS, fold, split_words
from tutor.teaching.phrases import Phrases, as_typed
from tutor.tuning import CHECK_OFFER_EVERY

if TYPE_CHECKING:
    from tutor.answering.session import Session
    from tutor.lessons.catalogue import Catalogue
    from tutor.lessons.progress import ProgressStore
    from tutor.teaching.moves import Moves
    from tutor.teaching.quiz import ChatQuiz

# A line starting with one of these asks something of its own: never a misconception
# asserted, and during a quiz not an answer unless the grader finds one in it.
WH_START = QUESTION_WORDS | frozenset("tell explain describe define list name give show".split())
REQUESTS = ("quiz", "lesson_about", "which_lesson", "list_lessons")
STEM_LETTERS = 4
# Verbs of a request to the tutor, never an answer's first word, as are "write me", "teach us".
REQUEST_VERBS = frozenset("recommend suggest compare summarise summarize write translate calculate convert".split())
# A line offering an answer to the question asked, however it is worded as a question:
# "was it 1978?", "is the answer camp david?", "what about the ICJ?", "how about 1961", "i
# think it was ...?", "maybe ..." (but "is it true that diplomats pay no parking fines?"
# asks to confirm a claim of its own).
ANSWER_OFFERED = re.compile(
    r"^(?:(?:is|was|could|would|might|can)(?:n.?t)?\s+(?:it|that|this|the\s+(?:right\s+|correct\s+)?answer)\b(?!\s+true\s+that\b)|(?:what|how)\s+about\b"
    r"|(?:i\s+(?:think|guess|believe|suppose)|maybe|perhaps|probably|pretty\s+sure|i.?d\s+say)\b(?:\s+(?:it|that)(?:\s+(?:is|was)|.?s)\b)?)"
)
# Words joining a sentence to what came before it, or a sound of hesitation, not its opening
# ("so in what year ...", "hmm explain ...").
JOINING_WORDS = frozenset("so but and then well ok okay like hmm um uh".split())
# The question words an answer may repeat to open its clause ("when no country can ...").
ANSWER_CLAUSE_ADVERBS = frozenset("when where why how".split())
# After "how", the words that make it ask a measure ("how many", "how long ago").
DEGREE_WORDS = frozenset("many much long often far old big large soon".split())
# Verbs of a request that may also open an answer ("write treaties", "solve disputes"), and
# superlatives opening a request without a verb ("best pizza in rome"): a request only from a
# line the grader finds no answer in.
IMPERATIVE_REQUESTS = frozenset("solve make create draft plan best easiest cheapest quickest fastest top".split())
# Where a sentence of a line ends, or a scene before a dash ("... embassies closing - what's that?")
# or an aside in brackets ("(asking bc I'm confused) write a ...").
SENTENCE_OR_DASH = re.compile(r"(?<=[.?!:;)])\s+|\s+[-\u2013\u2014]+\s+")
# "whats", "where's": a question word and "is" run together.
QUESTION_CONTRACTION = re.compile(r"^(what|who|where|when|why|how)['\u2019]?s$")
# A question asked without a question word: two things set side by side ("salt vs start whats
# the diff"), a name's meaning asked ("jcpoa stands for?"), examples asked for ("example of
# summit diplomacy?") or advice sought ("best strategy to
# win ...", "best way to learn ...", "..., any ideas?"); no quiz answer reads so.
WORDLESS_QUESTION = re.compile(
    r"\b(?:vs\.?|versus)\s+\w|\b(?:stands?|stood) for\s*\?\s*$|^examples? of\b"
    r"|\b(?:best|easiest|quickest|fastest|good)\s+(?:ways?|strateg(?:y|ies)|tips?|places?|names?|ideas?)\s+(?:to|for|in)\b"
    r"|\b(?:any|some)\s+(?:ideas|suggestions|tips|advice|recommendations)\s*\?+\s*$"
)
# A short phrase saying where the question is set, before its question word ("in star trek what
# is the prime directive"): the question starts after it.
SETTING_LEAD = frozenset({"in", "on", "during"})
SETTING_WORDS = 3
# A preposition a question word may follow to open a question ("in what year ...", "for how
# many years ..."), unless a subject follows the question word: "on what we just discussed"
# names a thing.
LEADING_PREPOSITIONS = frozenset("in on at for by to from since until during with of after before".split())
PRONOUNS = frozenset("i you we they he she it".split())
# Words after an opening verb that make no question of the learner's own: "was it 1978?"
# points at what the quiz asked, "does not need consent" and "has been ..." state an answer.
NOT_A_SUBJECT = frozenset("it this that they these those not never been".split())


class Teacher:
    """Recognises the teaching moves of one conversation; see the module docstring."""

    def __init__(
        self,
        catalogue: Callable[[], "Catalogue"],
        open_store: Callable[[], "ProgressStore"] | None = None,
        phrases: Phrases | None = None,
        offers_checks: bool = True,
        lesson_folders: list[Path] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._open_store = open_store
        self.phrases = phrases or Phrases.load()
        self.offers_checks = offers_checks
        self.lesson_folders = lesson_folders  # where misconceptions come from, for their words' cache
        self.cache_dir = cache_dir
        self.last_offer = 0  # the turn of the last check offer: none in the first few turns
        self._moves: Moves | None = None
        self._misconception_words: frozenset[str] | None = None

    @classmethod
    def for_learner(
        cls, lesson_folders: list[Path] | None = None, cache_dir: Path | None = None, offers_checks: bool = True, open_store: Callable[[], "ProgressStore"] | None = None,
    ) -> "Teacher":
        """A teacher over the lessons in `lesson_folders` (default: the shipped ones) and the
        learner's database (or the one `open_store` opens)."""
        folders = lesson_folders or [LESSONS_DIR]

        def catalogue() -> "Catalogue":
            from tutor.lessons.catalogue import load_catalogue  # the lessons load at the first move

            return load_catalogue(folders)

        return cls(catalogue, open_store, Phrases.load(cache_dir=cache_dir), offers_checks, folders, cache_dir)

    def fresh(self) -> "Teacher":
        """A teacher for a new conversation: the same lessons and wording, nothing open."""
        teacher = Teacher(self._catalogue, self._open_store, self.phrases, self.offers_checks, self.lesson_folders, self.cache_dir)
        teacher._misconception_words = self._misconception_words
        return teacher

    def sharing_lessons(self) -> "Teacher":
        """This teacher, its lessons loaded now and shared by every `fresh` one after it (a
        measure holds thousands of conversations; loading the lessons takes a while)."""
        catalogue = self.moves.catalogue
        teacher = self.fresh()
        teacher._catalogue = lambda: catalogue
        return teacher

    @property
    def moves(self) -> "Moves":
        if self._moves is None:
            from tutor.teaching.moves import Moves  # with the lessons: at the first move only

            options: dict[str, Any] = {"open_store": self._open_store} if self._open_store is not None else {}
            self._moves = Moves(self._catalogue, phrases=self.phrases, **options)
        return self._moves

    @property
    def quizzing(self) -> bool:
        """Whether the learner's next line answers a quiz question (a number is a choice)."""
        return self._moves is not None and self._moves.quiz is not None

    # -- before the engine ---------------------------------------------------------------

    def intercept(self, text: str, session: "Session") -> Reply | None:
        """A teaching reply to `text`, or None to let the engine answer it."""
        command = named(text.split()[0], "chat") if text.startswith("/") else None
        if command == "/progress" or self.phrases.match("progress", text):
            return self.moves.progress(text, session)  # a quiz stays open
        if self.quizzing:
            if command == "/new":
                self.moves.quiz = None
                return None
            if any(self.phrases.match(name, text) for name in REQUESTS):
                self.moves.set_aside()
            elif text.startswith("/") and not any(self.phrases.match(name, text) for name in ("hint", "skip", "stop")):
                return None  # /help, /sources and the like work during a quiz
            else:
                return self.moves.quiz_turn(text, session, own_question=lambda credited: self._own_question(text, session, credited))
        return self._request(text, session)

    def _request(self, text: str, session: "Session") -> Reply | None:
        quiz = self.phrases.match("quiz", text)
        rest = as_typed(text, quiz, "rest").strip(" \t:,.;-") if quiz is not None else ""
        # "another one: what is a treaty?", "next question: who sent the telegram?": the
        # words that could ask for a quiz open a question of the learner's own, and so do
        # words a colon announces ("ok another one: git rebase vs merge"), unless they name
        # the quiz's subject ("quiz me: on treaties").
        if quiz is not None:
            subject = self.phrases.patterns["quiz_subject"][0].match(rest)
            announced = as_typed(text, quiz, "rest").lstrip().startswith(":") and len(rest.split()) > 1 and subject is None
            if not (rest and (self._asks(rest, session) or announced)):
                return self.moves.start_quiz(text, subject.group("subject") if subject else "", session)
        if self.last_offer and session.state.turn == self.last_offer + 1 and self.phrases.match("accept_offer", text):
            return self.moves.start_quiz(text, "", session)
        about = self.phrases.match("lesson_about", text)
        if about is not None:
            return self.moves.lessons_about(text, as_typed(text, about, "subject"), session)
        if self.phrases.match("list_lessons", text):
            return self.moves.all_lessons(text, session)
        if any(self.phrases.match(name, text) for name in ("hint", "skip", "stop")) and not asks_help(text):
            return Reply(text, self.phrases.say("no_quiz"), "quiz")  # a quiz word with no quiz open ("?" is help)
        if self.phrases.match("which_lesson", text):
            return self.moves.which_lesson(text, session)
        if text.startswith("/") or _first_word(text) in WH_START or not self._may_hold_misconception(text):
            return None
        return self.moves.correction(text, session)

    def _asks(self, text: str, session: "Session", quiz: "ChatQuiz | None" = None, credited: bool = False) -> bool:
        """Whether a line reads as a question or request of the learner's own, once the talk
        around it is set aside ("um sorry, whats a démarche lol"), as written or as the engine
        reads it (typos repaired, filler gone: "wait why does ..."), and less a word joining it
        to what came before ("so in what year ..."): a sentence of it, or a clause after a
        comma ending in a question mark, is one (`_is_question`), so a scene may come first
        ("my teacher mentioned a protecting power - what's that?"); a
        relative clause of an answer is not ("the sending state, which can waive it").
        With a `quiz` open, a sentence saying its question again before an answer is not
        ("what is track one? official diplomacy ..."); in an answer the grader `credited`,
        neither is a clause naming nothing the question does not (".., who must carry them
        out?") nor a sentence opened by the question's own question word ("when the head of
        mission consents" to "when may police enter ...?")."""
        asked = session.asked(text)
        return self._asks_in(asked, session.read(asked)[0], quiz, credited)

    @staticmethod
    def _asks_in(asked: str, corrected: str, quiz: "ChatQuiz | None", credited: bool) -> bool:
        """`_asks` of a line less its talk (`asked`) and as the engine reads it (`corrected`)."""
        sentences = [_opening(part) for read in {fold(asked), corrected} for part in SENTENCE_OR_DASH.split(read) if part.strip()]
        if quiz is not None:
            sentences = [part for part in sentences if not quiz.echoes(part)] or sentences
        clauses = [_opening(part) for sentence in sentences for part in sentence.split(", ")[1:] if part.rstrip().endswith("?")]
        if quiz is not None and credited:
            clauses = [part for part in clauses if quiz.names_other_subject(part)]
        answered = quiz.question_word if quiz is not None and credited else None
        return any(_is_question(part) and not _answers_as_asked(part, answered) for part in sentences + clauses)

    def _own_question(self, text: str, session: "Session", credited: bool) -> bool:
        """Whether a line typed while a quiz question is open is the learner's own, not an
        answer to it: declined whatever it names; a question or request (`_asks`); or, when
        the grader finds nothing of an answer in it (not `credited`), a line asking in any
        way (`_asks_at_all`, or opening as a question before its talk is set aside: "hmm
        explain the TLS handshake") about something the question does not name ("GATT what
        year", "wat is an attache" to "what is track one diplomacy?"), unless it offers an answer
        (`ANSWER_OFFERED`: "was it nixon?" to "who mediated at Camp David?")."""
        quiz = self.moves.quiz
        if session.declined_whatever_it_names(text):
            return True
        asked = session.asked(text)
        corrected = session.read(asked)[0]
        if self._asks_in(asked, corrected, quiz, credited):
            return True
        if credited or quiz is None or ANSWER_OFFERED.match(fold(asked)):
            return False
        return quiz.names_other_subject(corrected) and (_asks_at_all(corrected, session) or _is_question(_opening(fold(text))))

    # -- after the engine ----------------------------------------------------------------

    def after_answer(self, reply: Reply, session: "Session") -> None:
        """Say that a quiz was put aside, and now and then offer a check question."""
        if self._moves is not None:
            self._moves.note_aside(reply)
        if not self.offers_checks or reply.out_of_scope or not reply.sources or reply.topic is None:
            return
        if session.state.turn - self.last_offer < CHECK_OFFER_EVERY:
            return
        if self.moves.offer_check(reply, session):
            self.last_offer = session.state.turn

    # -- misconceptions, cheaply -----------------------------------------------------------

    def _may_hold_misconception(self, text: str) -> bool:
        """Whether two words of the line begin as words of the lessons' misconceptions do
        (the full check, with the lessons and the grader, runs only then; it needs two)."""
        stems = self._words_of_misconceptions()
        return len({_stem(w.folded) for w in split_words(fold(text))} & stems) >= 2

    def _words_of_misconceptions(self) -> frozenset[str]:
        """The first letters of every word the misconceptions' phrasings are read as
        (kept in the cache folder, keyed by the lesson files' names, sizes and times)."""
        if self._misconception_words is None:
            stamp = digest()
            for folder in self.lesson_folders or []:
                for path in sorted(folder.glob("*.yaml")):
                    info = path.stat()
                    stamp.update(f"{path}|{info.st_size}|{info.st_mtime_ns}\n".encode())
            cache_dir = self.cache_dir if self.lesson_folders is not None else None
            words = cached_json(cache_dir, "misconception-words", stamp.hexdigest()[:24], list[str], self._read_words)
            self._misconception_words = frozenset(words)
        return self._misconception_words

    def _read_words(self) -> list[str]:
        from tutor.lessons.grading import tokens  # with the lessons: only when the cache lacks them
        from tutor.lessons.model import FreeText

        return sorted({
            _stem(token.word)
            for lesson in self.moves.catalogue for question in lesson.questions if isinstance(question, FreeText)
            for misconception in question.misconceptions for phrasing in misconception.match
            for token in tokens(phrasing)
        })


def _stem(word: str) -> str:
    """A word's first letters: "arrested" and "arrest" meet, cheaply (a filter, not a match)."""
    return word[:STEM_LETTERS]


def _is_question(text: str) -> bool:
    """Whether a sentence opens as a question or a request: a question word ("where's"
    too), a request ("explain ...", "write me ...", "recommend ..."), a question without a
    question word (`WORDLESS_QUESTION`: "salt vs start", "jcpoa stands for?"), or a verb asking of a
    subject of its own ("can police arrest a diplomat", "does the EU have its own
    service?", "is it true that ..."), or a question word after a preposition ("in what
    year ...") or a short phrase setting the scene ("in star trek what is ...";
    `SETTING_LEAD`); not "was it 1978?", "is the answer b?" nor "what about 1978?", which
    offer an answer to the question asked (`ANSWER_OFFERED`), nor "was signed in 1978")."""
    words = [word.strip(",.!?:;\"") for word in text.split()]
    if not words:
        return False
    if WORDLESS_QUESTION.search(text):
        return True
    first = QUESTION_CONTRACTION.sub(r"\1", words[0])
    if first in LEADING_PREPOSITIONS and len(words) > 1 and words[1] in QUESTION_WORDS and (len(words) < 3 or words[2] not in PRONOUNS):
        return True
    if first in SETTING_LEAD and any(word in QUESTION_WORDS for word in words[2 : 2 + SETTING_WORDS]):
        return True
    if ANSWER_OFFERED.match(" ".join(words)):
        return False
    if words[:4] == ["is", "it", "true", "that"]:
        return True  # a claim of its own to confirm
    if first in WH_START or first in REQUEST_VERBS or (len(words) > 1 and words[1] in ("me", "us") and first not in ARTICLES):
        return True
    return first in AUXILIARIES and len(words) > 1 and words[1] not in NOT_A_SUBJECT and not words[1].endswith("ed")


def _answers_as_asked(sentence: str, question_word: str | None) -> bool:
    """Whether a sentence is an answer clause opened by the adverb the quiz asked with
    ("when the head of mission consents" to a "when ...?", "how a government talks to ..."
    to a "how ...?"): no auxiliary after it ("when was ..."), nor "many", "long" ("how
    many ..."), no question mark; "what", "who" open questions of a subject of their own
    ("what happens in ...")."""
    words = sentence.split()
    return (
        question_word in ANSWER_CLAUSE_ADVERBS and len(words) > 1 and words[0] == question_word
        and words[1] not in AUXILIARIES | DEGREE_WORDS and not sentence.rstrip().endswith("?")
    )


def _asks_at_all(corrected: str, session: "Session") -> bool:
    """Whether a line, as the engine reads it, asks something in any way, wherever it says
    so: a question word anywhere ("GATT what year", "wat is an attache" once its typos are
    repaired), a request first ("solve 3x + 7 = 22", "best pizza in rome"), or a kind of
    answer the engine reads in it ("example of ...", "... meaning", "did ... end ..."). A
    question mark alone does not: "the general assembly?", "a vote that elects the
    Secretary-General?" are answers offered."""
    words = [word.strip(",.!?:;\"()") for word in corrected.split()]
    if any(QUESTION_CONTRACTION.sub(r"\1", word) in QUESTION_WORDS for word in words):
        return True
    if words and _opening(" ".join(words)).split()[0] in REQUEST_VERBS | IMPERATIVE_REQUESTS:
        return True
    understanding = session.tutor.intents.understand(corrected)
    return understanding.explicit or understanding.yes_no


def _opening(sentence: str) -> str:
    """A sentence less the words joining it to what came before ("so", "but", "and then")."""
    words = sentence.split()
    while len(words) > 1 and words[0].strip(",") in JOINING_WORDS:
        words = words[1:]
    return " ".join(words)


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].casefold().strip(",.!?") if words else ""
