"""What a lesson is made of, and how each kind of question judges an answer.

A lesson is a list of steps: explanations and check questions. Every question has a hint
ladder and an explanation; its `grade` turns the learner's text into a `Verdict` that
says whether the answer is right, and why not when it is not. The wording all comes
from the lesson files (`dialogues/lessons/*.yaml`); this module holds behaviour only.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from tutor.lessons.agency import named_object
from tutor.lessons.aptness import is_apt
from tutor.lessons.grading import (
    MEANINGFUL,
    admits_gap,
    asks_yes_or_no,
    RELATIVES,
    Token,
    claim_of,
    claims_of,
    find_matches,
    is_bare,
    letter,
    parse_choice,
    parse_order,
    parse_true_false,
    subject_of,
    subjects_named,
    tokens,
    words_match,
    yes_no,
)
from tutor.lessons.parties import WRONG_ACTOR, WRONG_CROSSED, WRONG_PARTIES, WRONG_SIDE, WRONG_TURNED, Bindings, actor_mentions

QUESTION_KINDS = ("multiple_choice", "true_false", "order", "free_text")
STEP_KINDS = ("explain",) + QUESTION_KINDS


@dataclass(frozen=True)
class Verdict:
    """How an answer was judged.

    `valid` is False when the answer could not be read as an answer at all (a letter that
    is not a choice); such a try does not count. `covered` holds the free-text ideas found
    so far, this answer's and earlier ones'.
    """

    correct: bool
    text: str = ""
    valid: bool = True
    covered: tuple[str, ...] = ()
    progress: bool = False  # a free-text answer added an idea but is not complete yet
    misconception: bool = False  # a wrong idea was asserted (a misconception or reversed roles)
    wrong: tuple[str, ...] = ()  # the corrections of the wrong ideas found


@dataclass
class KnowledgeRef:
    """A section of a knowledge document that an explanation step shows."""

    doc: str
    section: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.doc}#{self.section}"


@dataclass
class Step:
    kind: str
    line: int


@dataclass
class Explain(Step):
    text: str = ""
    knowledge: list[KnowledgeRef] = field(default_factory=list)


@dataclass
class Recall:
    """How a recognition question (choices, true/false) is asked from memory instead.

    `prompt` is the question asked without choices (a multiple-choice question may keep its
    own), `answer` the fact to recall (by default the right choice) and `accept` the
    phrasings that state it.
    """

    prompt: str
    answer: str
    accept: list[str]
    line: int = 0


@dataclass
class Question(Step):
    id: str = ""
    prompt: str = ""
    hints: list[str] = field(default_factory=list)
    explanation: str = ""
    recall: Recall | None = None  # set when the question may be asked from memory

    def choices(self) -> list[str] | None:
        """What the learner picks from (letters A, B, ... in this order), or None."""
        return None

    def arrangement(self, rng: random.Random) -> list[int]:
        """A fresh order to show the choices in (indexes into them); empty when fixed."""
        return []

    def arranged(self, order: list[int]) -> "Question":
        """The question with its choices shown in `order` (from `arrangement`)."""
        return self

    def fits(self, order: list[int]) -> bool:
        """Whether a saved `order` is an arrangement of this question's choices."""
        return not order

    def as_recall(self) -> "FreeText | None":
        """The question asked from memory, graded as free text; None when it has no `recall`."""
        recall = self.recall
        if recall is None:
            return None
        idea = recall.answer[:1].lower() + recall.answer[1:] if recall.answer[1:2].islower() else recall.answer
        expectation = Expectation("recall", idea, recall.accept, hint=self.hints[0] if self.hints else "", line=recall.line)
        return FreeText(
            kind="free_text", line=self.line, id=self.id, prompt=recall.prompt, explanation=self.explanation,
            expectations=[expectation], misconceptions=self.wrong_ideas(), answer=recall.answer, short=True,
        )

    def wrong_ideas(self) -> list["Misconception"]:
        """Wrong answers a learner may give from memory, with why they are wrong."""
        return []

    def accepted_answer(self) -> str:
        """An answer that `grade` accepts, shown when the answer is revealed."""
        raise NotImplementedError

    def answer_for_display(self) -> str:
        """The right answer as a learner should read it."""
        return self.accepted_answer()

    def reveal_text(self) -> str:
        """The sentence that gives the answer away."""
        answer = self.answer_for_display().rstrip()
        return f"The answer is {answer}{'' if answer.endswith(('.', '!', '?')) else '.'}"

    def grade(self, text: str, covered: tuple[str, ...] = ()) -> Verdict:
        raise NotImplementedError

    def instructions(self) -> str:
        """How to answer, for the terminal."""
        return ""


@dataclass
class Choice:
    text: str
    feedback: str = ""
    line: int = 0


@dataclass
class MultipleChoice(Question):
    options: list[Choice] = field(default_factory=list)
    answer: int = 0  # index into options

    def choices(self) -> list[str]:
        return [c.text for c in self.options]

    def arrangement(self, rng: random.Random) -> list[int]:
        order = list(range(len(self.options)))
        rng.shuffle(order)
        return order

    def arranged(self, order: list[int]) -> "MultipleChoice":
        return replace(self, options=[self.options[i] for i in order], answer=order.index(self.answer))

    def fits(self, order: list[int]) -> bool:
        return sorted(order) == list(range(len(self.options)))

    def accepted_answer(self) -> str:
        return self.options[self.answer].text

    def answer_for_display(self) -> str:
        return f"{letter(self.answer)}) {self.options[self.answer].text}"

    def wrong_ideas(self) -> list["Misconception"]:
        """The wrong choices that say why they are wrong, recognised when typed from memory."""
        return [Misconception([o.text], o.feedback, o.line) for i, o in enumerate(self.options) if i != self.answer and o.feedback]

    def instructions(self) -> str:
        return f"Answer with a letter (A-{letter(len(self.options) - 1)}), a number or the text of a choice."

    def grade(self, text: str, covered: tuple[str, ...] = ()) -> Verdict:
        index = parse_choice(text, self.choices())
        if index is None:
            return Verdict(False, f"I could not tell which choice you mean. {self.instructions()}", valid=False)
        if index == self.answer:
            return Verdict(True)
        chosen = self.options[index]
        return Verdict(False, chosen.feedback or f"Not quite: {letter(index)}) {chosen.text} is not the best answer.")


@dataclass
class TrueFalse(Question):
    answer: bool = True
    feedback: str = ""  # why the other answer is wrong

    def choices(self) -> list[str]:
        return ["True", "False"]

    def accepted_answer(self) -> str:
        return "True" if self.answer else "False"

    def instructions(self) -> str:
        return "Answer true or false."

    def grade(self, text: str, covered: tuple[str, ...] = ()) -> Verdict:
        value = parse_true_false(text)
        if value is None:
            return Verdict(False, f"I could not tell whether you mean true or false. {self.instructions()}", valid=False)
        if value == self.answer:
            return Verdict(True)
        return Verdict(False, self.feedback or f"Not quite: the statement is {self.accepted_answer().lower()}.")


@dataclass
class Order(Question):
    items: list[str] = field(default_factory=list)  # in the right order
    shown: list[int] = field(default_factory=list)  # the order shown, when arranged

    def display_order(self) -> list[int]:
        """Indexes of `items` in the order they are shown: as arranged, else shuffled by the
        question's id; never already right."""
        return list(self.shown) or self.arrangement(random.Random(zlib.crc32(self.id.encode("utf-8"))))

    def arrangement(self, rng: random.Random) -> list[int]:
        order = list(range(len(self.items)))
        rng.shuffle(order)
        if order == sorted(order):
            order = order[1:] + order[:1]
        return order

    def arranged(self, order: list[int]) -> "Order":
        return replace(self, shown=list(order))

    def fits(self, order: list[int]) -> bool:
        return sorted(order) == list(range(len(self.items))) and order != sorted(order)

    def choices(self) -> list[str]:
        return [self.items[i] for i in self.display_order()]

    def accepted_answer(self) -> str:
        shown = self.display_order()
        return " ".join(letter(shown.index(i)) for i in range(len(self.items)))

    def answer_for_display(self) -> str:
        shown = self.display_order()
        return "; ".join(f"{letter(shown.index(i))}) {item}" for i, item in enumerate(self.items))

    def instructions(self) -> str:
        example = " ".join(letter(i) for i in reversed(range(len(self.items))))
        return f"Give the letters in order, for example: {example}"

    def grade(self, text: str, covered: tuple[str, ...] = ()) -> Verdict:
        shown = self.choices()
        order = parse_order(text, shown)
        if order is None:
            return Verdict(False, f"Put all {len(shown)} items in order. {self.instructions()}", valid=False)
        given = [self.display_order()[i] for i in order]
        if given == list(range(len(self.items))):
            return Verdict(True)
        right = sum(1 for position, item in enumerate(given) if position == item)
        later, earlier = next((a, b) for a, b in zip(given, given[1:]) if a > b)  # the first pair out of order
        return Verdict(False, f'{right} of {len(given)} are in the right place. Out of place: "{self.items[earlier]}" comes before "{self.items[later]}", not after it.')


@dataclass
class Expectation:
    """A key idea a free-text answer must contain, with the phrasings that express it.

    `roles` binds phrasings to a subject of a comparison: "two states" counts for the
    idea only when it is said of bilateral talks; said of multilateral ones it is reversed.
    When two subjects are compared in two such ideas, the other idea's phrasings denied count
    too ("bilateral talks never involve three or more states").
    `part_of` names the whole idea this one is a step towards ("they act with the state's
    authority" towards "only they can commit the state"): saying it earns partial credit but
    never completes the answer alone, though two parts of one whole say the whole ("each country
    picks its own targets, its NDC") (so one word that names it, "NDCs", earns it, and a whole idea's
    phrasing that is only a piece of the part's name, "nationally determined" of "nationally
    determined contributions", says the part, not the whole), and the tutor's
    ladder aims at the whole idea. An answer that says every whole idea but admits a gap ("not
    sure what the plans are called") is not complete: the parts it did not say are told.
    """

    id: str
    idea: str  # what the learner got, in words ("that only governments take part")
    accept: list[str]
    prompt: str = ""  # a question that draws the idea out when it is missing
    line: int = 0
    hint: str = ""  # a nudge towards the idea, before the prompt
    roles: dict[str, list[str]] = field(default_factory=dict)
    part_of: str = ""

    def moves(self) -> list[str]:
        """The tutor's ladder for this idea when it is missing: hint, prompt, then the idea itself."""
        return [m for m in (self.hint, self.prompt, f"The missing piece: {_unthat(self.idea)}.") if m]

    def phrasings(self) -> list[str]:
        return self.accept + [p for phrasings in self.roles.values() for p in phrasings]


@dataclass
class Misconception:
    """A known wrong idea, recognised by its phrasings, with its own correction.

    `of` names the subject (one of the question's roles) it is wrong of: said of another named
    subject it is no mistake ("track one is official ...; track two involves NGOs").
    """

    match: list[str]
    feedback: str
    line: int = 0
    of: str = ""


@dataclass
class FreeText(Question):
    expectations: list[Expectation] = field(default_factory=list)
    misconceptions: list[Misconception] = field(default_factory=list)
    need: int = 0  # how many expectations make a complete answer (0: all)
    answer: str = ""  # a model answer
    roles: dict[str, list[str]] = field(default_factory=dict)  # the subjects compared, by name
    short: bool = False  # the answer is a short fact (a recall), so one word may state it

    @property
    def ideas(self) -> list[Expectation]:
        """The whole ideas an answer is judged on: the expectations that are no part of another."""
        return [e for e in self.expectations if not e.part_of]

    @property
    def required(self) -> int:
        return self.need or len(self.ideas)

    def missing(self, covered: tuple[str, ...] | list[str]) -> list[Expectation]:
        """The whole ideas not covered yet, in the lesson's order."""
        return [e for e in self.ideas if e.id not in covered]

    def complete(self, covered: tuple[str, ...] | list[str]) -> bool:
        """Whether `covered` holds enough whole ideas for a full answer (parts never count)."""
        return len(self.ideas) - len(self.missing(covered)) >= self.required

    def accepted_answer(self) -> str:
        return self.answer

    def reveal_text(self) -> str:
        return f'A good answer would be: "{self.answer}"'

    def instructions(self) -> str:
        return "Answer in your own words."

    def expectation(self, expectation_id: str) -> Expectation | None:
        return next((e for e in self.expectations if e.id == expectation_id), None)

    def grade(self, text: str, covered: tuple[str, ...] = (), asked: str = "") -> Verdict:
        """Judge an answer; `asked` is the idea whose prompt the learner is answering (for yes/no)."""
        have = tokens(text)
        agree, prompt = yes_no(text), getattr(self.expectation(asked), "prompt", "")
        claimed = agree is not None and asks_yes_or_no(prompt)
        if claimed:
            have = claim_of(prompt, agree) + have
        if not have:
            return Verdict(False, "Write your answer in a few words.", valid=False)
        bare = not self.short and not claimed and is_bare(text)  # one word states an idea only when apt for it
        mentions = subjects_named(have, self.roles)
        actors = actor_mentions(have, mentions)
        wrong, blamed = [], set()
        for m in self.misconceptions:
            used = [
                u for p in m.match for u in claims_of(have, p, mentions)
                if not any(have[i].aside for i in u)  # an aside asserts nothing, nor does a match that leans on one
                and (not m.of or subject_of(have, min(u), mentions) in (None, m.of))
                and not self.bindings.of_other_side(have, u, p)  # "they can still be tried in their home country"
            ]
            if used:
                wrong.append(m.feedback)
                pieces = {have[i].piece for u in used for i in u}  # the whole piece that asserts it is wrong
                blamed.update(i for i, t in enumerate(have) if t.piece in pieces)
        found, reversals, claims = [], [], {}
        for e in self.expectations:
            if e.id in covered:
                continue
            said, swapped, claims[e.id] = self._says(have, e, bare, blamed, mentions, actors)
            if said:
                found.append(e.id)
            elif swapped:
                reversals.append(f"Careful, {_WRONG_WAY.get(swapped) or f'that is the wrong way round for {_join(self.roles)}'}: {self._said_right(e)}")
        found = [i for i in found if not _within(i, found, claims, self._own_words, have)]
        said = {e.id for e in self.expectations if e.id in covered or e.id in found}
        said |= {e.id for e in self.ideas if sum(part.part_of == e.id and part.id in said for part in self.expectations) >= 2}  # two parts say their whole
        now = tuple(e.id for e in self.expectations if e.id in said)
        got = [e for e in self.expectations if e.id in now and e.part_of not in now]  # a part goes without saying beside its whole
        wrong += reversals
        if wrong:
            parts = wrong[:1] + ([f"You did get {_join(e.idea for e in got)}."] if got else [])
            return Verdict(False, " ".join(parts), covered=now, misconception=True, wrong=tuple(wrong))
        if self.complete(now) and not admits_gap(text):
            return Verdict(True, f"You covered {_join(e.idea for e in got)}.", covered=now)
        if self.complete(now):  # every idea said, yet the learner says part is missing: what they doubt, in full
            untold = [_unthat(e.idea) for e in self.expectations if e.id not in now]
            rest = f"And {_join(untold)}." if untold else f'The whole answer: "{self.answer}"'
            return Verdict(False, f"Yes, you got {_join(e.idea for e in got)}. {rest}", covered=now, progress=bool(found))
        if got:
            return Verdict(False, f"Good: you got {_join(e.idea for e in got)}.", covered=now, progress=bool(found))
        return Verdict(False, "", covered=now)

    def _said_right(self, e: Expectation) -> str:
        """The idea as a correction says it: the model answer when the idea leaves its subject to
        "they" or "it" ("they can create binding international law" says nothing of who)."""
        idea = _unthat(e.idea)
        if idea.split()[0].lower() in ("they", "it", "its") and self.answer:
            return self.answer
        return f"{idea}."

    @cached_property
    def _own_words(self) -> dict[str, tuple[Token, ...]]:
        """Each whole idea's own words, by id: those of its idea text that no other whole idea's text uses ("Egypt", "1979")."""
        said = {e.id: tokens(e.idea) for e in self.ideas}
        return {
            idea: tuple(t for t in words if t.word not in MEANINGFUL and not any(words_match(t, w) or words_match(w, t) for other, ws in said.items() if other != idea for w in ws))
            for idea, words in said.items()
        }

    @cached_property
    def bindings(self) -> Bindings:
        """Who the question's own words say each idea is said of: its actors, parties, sides, who acts on whom."""
        texts = [self.prompt, self.answer, self.explanation, *self.hints, *(t for e in self.expectations for t in (e.idea, e.hint, e.prompt, *e.phrasings()))]
        own = [self.prompt, self.answer, *(t for e in self.expectations for t in (e.idea, e.prompt))]
        wrong = [p for m in self.misconceptions for p in m.match]
        wholes = {} if self.roles else {e.id: [e.idea, *e.phrasings()] for e in self.ideas}  # declared subjects are crossed by design
        phrasings = {e.id: e.phrasings() for e in self.expectations}
        return Bindings.of(self.prompt, self.answer, [(e.id, e.idea) for e in self.expectations], texts, own, wrong, self.roles, wholes, phrasings)

    def _says(self, have: tuple[Token, ...], e: Expectation, bare: bool, blamed: set[int], mentions: list[tuple[int, str]], actors: list[tuple[int, str]]) -> tuple[bool, str, list[tuple[int, ...]]]:
        """Whether the answer states the idea, how it states it of the wrong subject ("" when not), and the claims that state it.

        Words in a piece that asserts a misconception do not also say an idea; one claim bound to
        the wrong declared subject makes the idea reversed, whatever else was said ("roles"). In a
        question that declares none, a claim said of the wrong actor or parties (`tutor.lessons.parties`)
        states nothing, and makes the idea wrong when no other claim states it; a claim that turns
        round who acts on whom makes it wrong whatever else is said.
        """
        if bare and not e.part_of and not (len(have) == 1 and is_apt(have[0], e.idea, self.prompt)):
            return False, "", []  # one word states a whole idea only when it is apt for it; a part ("NDCs") never completes an answer

        undone = self._undone(have, e)
        names = [set(used) for part in self.expectations if part.part_of == e.id for p in part.accept for used in find_matches(have, p)]

        def said(phrasing: str) -> list[tuple[int, ...]]:
            """Its claims, save those that are only a piece of a part's name ("nationally determined" of "nationally determined contributions")."""
            return [used for used in claims_of(have, phrasing, mentions) if blamed.isdisjoint(used) and not undone(used) and not any(set(used) < name for name in names)]

        stating: list[tuple[int, ...]] = []
        swapped = False
        neutral = [(None, used) for p in e.accept for used in said(p)]  # said of any of the idea's own subjects
        judged = [(used, self.bindings.misbound(e.id, have, used, actors, not self.roles)) for _, used in neutral]
        misbound = next((why for _, why in judged if why == WRONG_TURNED), "") or next((why for _, why in judged if why), "")
        if misbound == WRONG_TURNED:
            return False, misbound, []  # who acts on whom turned round, whatever else is said
        neutral = [(None, used) for used, why in judged if not why]
        plain = {i for _, used in neutral for i in used}  # words that state the idea whoever they are said of
        claims = [
            (role, used)
            for role, p in self._bound_phrasings(e) for used in said(p)
            if not plain.issuperset(used) and not _of_both(have, used)
        ]
        for role, used in claims + neutral:
            subject = subject_of(have, min(used), mentions)
            if role is not None and any(name == role and min(used) <= i <= max(used) for i, name in mentions):
                subject = role  # a claim that names its subject among its words: "they limited Iran's nuclear programme"
            elif role is not None and named_object(have, max(used), mentions) == role and not any(name == role and i < min(used) and have[i].piece == have[min(used)].piece for i, name in mentions):
                subject = ""  # its subject is what the claim is done to: "the General Assembly can block the permanent members"
            if subject is None or subject == role or (role is None and (not e.roles or subject in e.roles)):
                stating.append(used)
            else:
                swapped = True
        if swapped:
            return False, "roles", []
        return bool(stating), "" if stating else misbound, stating

    def _undone(self, have: tuple[Token, ...], e: Expectation):
        """Whether a claim of the idea is taken back later in its piece, where the piece denies the idea
        in other words: "treaties signed by officials aren't legally binding" does not say they sign
        binding treaties, nor "the internet making it impossible to reach foreign audiences" that the
        internet reaches them. Only the idea's plain phrasings are denied, not those bound to a subject
        ("track one is formal, not informal")."""
        denied_at = {i for i, t in enumerate(have) if t.negated and not t.echo}
        denials: list[tuple[int, ...]] = []

        def undone(used: tuple[int, ...]) -> bool:
            """A denial about something a relative clause describes takes nothing back ("foreign audiences that don't trust officials")."""
            piece = have[min(used)].piece
            if not any(i > max(used) and have[i].piece == piece for i in denied_at):
                return False  # nothing denied after the claim in its piece: no need to look for the idea's denials
            if not denials:  # found once, when first needed
                denials.extend(d for p in e.accept if not _denied(p) for d in find_matches(have, f"not {p}") if denied_at.issuperset(d))
            return any(
                have[min(d)].piece == piece and min(d) > max(used)
                and not any(have[k].left & _RELATIVE for k in range(max(used) + 1, min(d) + 1))
                for d in denials
            )

        return undone

    def _bound_phrasings(self, e: Expectation) -> list[tuple[str, str]]:
        """The idea's phrasings bound to its subject (role, phrasing), and, when two subjects are
        compared in two ideas, one bound to each, the other idea's phrasings denied: "the General
        Assembly cannot force members" says what "the Security Council can force members" leaves
        to it, and "bilateral talks never have three or more states" says they have two."""
        bound = [(role, p) for role, phrasings in e.roles.items() for p in phrasings]
        if len(self.roles) != 2 or len(e.roles) != 1:
            return bound
        others = [o for o in self.ideas if o is not e and len(o.roles) == 1 and o.roles.keys() != e.roles.keys()]
        if len(others) != 1:
            return bound
        role = next(iter(e.roles))
        return bound + [(role, f"not {p}") for phrasings in others[0].roles.values() for p in phrasings if not _denied(p)]


_RELATIVE = RELATIVES | {"that"}  # what opens a relative clause: what it says is said of the word before it


def _denied(phrasing: str) -> bool:
    """True for a phrasing that denies something ("not binding"), whose denial would be no plain claim."""
    return any(t.negated for t in tokens(phrasing))


# What the feedback says of a claim said of the wrong one (`tutor.lessons.parties`).
_WRONG_WAY = {
    WRONG_ACTOR: "that mixes up who does what",
    WRONG_TURNED: "that mixes up who does what",
    WRONG_PARTIES: "those are not the parties",
    WRONG_SIDE: "that is the wrong way round",
    WRONG_CROSSED: "that mixes up the ideas",
}


def _within(idea: str, found: list[str], claims: dict[str, list[tuple[int, ...]]], own: dict[str, tuple[Token, ...]], have: tuple[Token, ...]) -> bool:
    """True for a whole idea whose every claim lies within a longer claim of another whole idea in one piece, and
    whose own words (`own`, those no other whole idea uses) the answer never says: "the first ever peace
    agreement between Israel and an Arab state" says it was a first, not that it was the Egypt-Israel treaty."""
    if idea not in own or not claims.get(idea) or any(words_match(t, w) for t in have for w in own[idea]):
        return False
    longer = [set(v) for other in found if other != idea and other in own for v in claims.get(other, []) if len({have[i].piece for i in v}) == 1]
    return all(any(set(u) < v for v in longer) for u in claims[idea])  # not "a peace treaty, the first between ...": a piece of its own


def _of_both(have: tuple[Token, ...], used: tuple[int, ...]) -> bool:
    """True for a claim said of both subjects ("both are formal"), which tells neither apart."""
    first = min(used)
    return any(t.word == "both" and t.piece == have[first].piece for t in have[:first])


def _unthat(idea: str) -> str:
    return idea[5:] if idea.startswith("that ") else idea


def _join(parts) -> str:
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass
class Lesson:
    id: str
    title: str
    path: Path
    objectives: list[str]
    minutes: int
    prerequisites: list[str]
    steps: list[Step]
    summary: str = ""
    order: int = 1000
    line: int = 1
    lines: dict[str, int] = field(default_factory=dict)  # line of each top-level field

    @property
    def questions(self) -> list[Question]:
        return [s for s in self.steps if isinstance(s, Question)]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def step_index(self, question_id: str) -> int | None:
        return next((i for i, s in enumerate(self.steps) if isinstance(s, Question) and s.id == question_id), None)
