"""Turning retrieved passages into a tutor's answer.

The wording comes from `dialogues/templates.yaml`; this module picks the sentences that
answer the question (the defining sentence first for "what is" questions, dated sentences
for "when", and so on) and adds a "Sources:" line naming document and
section. Same input, same output: every choice among variants is seeded. Answers open
with the asked-for fact; a comparison with its two sides set apart in one sentence when the
knowledge allows ("..., whereas ..."); only a comparison set side by side without one, or
"tell me more", gets an opening line.
"""

from __future__ import annotations

import itertools
import re
import zlib
from functools import cached_property
from math import fsum
from typing import TYPE_CHECKING, Callable, NamedTuple, TypedDict

from tutor.answering.claim_text import as_signing, claim_proper, without_naming_year
from tutor.answering.confirmation import Confirmation
from tutor.answering.endpoints import Endpoints
from tutor.answering.office_holders import OFFICE
from tutor.answering.pointed_subject import POINTED_SUBJECT, named_subject
from tutor.answering.reply import Source, sources_line
from tutor.answering.roles import Roles
from tutor.answering.span_length import WrittenDate, from_to, length_between, says_length, writes_days
from tutor.answering.sentences import DEPENDENT_START, TIED_TO_THE_LAST, Leaning, SentenceReader, announces, freed, plainly_a_list, stands_alone, subject_before, without_also
from tutor.answering.subject_focus import SubjectFocus, is_list_item
from tutor.answering.understanding import SECOND_ALTERNATIVE
from tutor.search.knowledge import Document
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import ARTICLES
from tutor.tuning import (
    RESTATED_MIN_TERMS,
    RESTATED_SHARE,
    CAUSE_LEAD_SHARE,
    CONTRAST_SUBJECT_WORDS,
    CONTRAST_WORDS,
    COMPARISON_SIDE_SENTENCES,
    CUE_WEIGHT,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_WORD_BUDGET,
    DEPENDENT_START_PENALTY,
    EXTRA_SENTENCE_SCORE,
    EXEMPLIFIED_WORDS,
    EXTRA_GATE_BAND,
    EXTRA_SENTENCE_SLACK,
    EXTRA_TIE_BAND,
    MAX_SENTENCES,
    ORDER_LEAD_SHARE,
    PERSON_LEAD_SHARE,
    POSITION_PENALTY,
    RUN_TIE_MARGIN,
    SENSE_WEIGHT,
    SENTENCE_WORD_BUDGET,
    SUBJECT_WORDS,
    TELLING_BAND,
)

if TYPE_CHECKING:
    from tutor.answering.claim_check import ClaimCheck
    from tutor.answering.verdicts import Verdicts

# What a defining sentence's subject is followed by ("A chargé d'affaires is ...").
COPULA = re.compile(r"\b(?:is|are|was|were|refers? to|means?)\b")
# The terms of a question asking who holds a post now ("the current ...", "... now", "today").
PRESENT_ASKED = frozenset({"current", "now", "today"})
# A sentence telling who holds it now: "has held the post since ...", "the current ...".
PRESENT_HOLDER = re.compile(r"\b(?:has held|has been in office|current|currently|incumbent)\b")


# Kinds of question whose answer should open with the sentence that has what they ask
# for (a date, a span of time, a number), when the best run of sentences does not start
# with one.
FACT_FIRST = frozenset({"when", "duration", "quantity"})
# Kinds whose answer opens with a sentence naming a person (a title, a first and last name)
# when one says more of what is asked than the sentence that would open it.
NAMES_FIRST = frozenset({"who"})

# Kinds whose answer may open with a sentence freed of the connective that ties it to the
# one before ("The two governments [therefore] signed ... on 20 June 1963"); a "why?" or a
# "how?" answer opens with the sentence it draws on instead.
FREED_LEAD = FACT_FIRST | NAMES_FIRST | {"where"}

# "the channel" among a sentence's first words, after what may set its time or place ("In
# May 1993 the channel became official ..."): a thing the sentence names only by its kind.
BACK_REFERENCE = re.compile(r"^(?:(?:In|On|By|After|Before|At|From|During|Within)\b[^,]{0,30}?\s)?[Tt]he\s+(?P<noun>[a-z]+)\b(?!\s+(?:that|which|who|of)\b)")
# The names a heading gives, capitalised words but its first ("Example: the Oslo back channel
# (1993)": "Oslo").
HEADING_NAME = re.compile(r"(?<=\s)[A-Z][\w'-]+")
# A sentence that sets out a list after a colon ("founded by five states: Indonesia, ...").
SETS_OUT_A_LIST = re.compile(r":\s+\S")
# A sentence that sets out the steps of a process after a colon ("An ambassador is appointed
# in two formal steps: agrément, then credentials.", "A treaty is made in several steps
# (stages) before it binds a state: Negotiation: ...").
STEPS_SET_OUT = re.compile(r"\b(?:steps|stages|phases)\b[^.:;]*:\s+\S")
# ... or after its verb, items set apart by semicolons ("The main methods are negotiation,
# ...; meetings in venues such as summits ...; the formalisation of results ...").
ITEMS_AFTER_VERB = re.compile(r"\b(?:are|were|include|includes|included)\b[^;:]+;[^;]+;")

# A name: a capitalised word after a sentence's first ("the African Union", "ASEAN").
NAMED = re.compile(r"\b[A-Z][\w'\u2019-]*")
# A sentence giving another name of its subject ("is also called e-diplomacy, and the
# diplomatic use of Twitter, renamed X in 2023, is nicknamed ..."): no example of it.
ANOTHER_NAME = re.compile(r"\b(?:also called|also known as|nicknamed|renamed)\b")

# Another name of a subject in brackets after it ("The Non-Aligned Movement (NAM)").
BRACKETED_NAME = re.compile(r"\s*\([^()]*\)")

# A sentence giving an example of what the one before it says ("For example, the Paris
# Agreement ..." after "Multilateral negotiation involves three or more states").
EXAMPLE_OPENING = re.compile(r"(?:For example|For instance)\b")
# "Such as" gives examples of the few words before it ("problems that neighbours share, such
# as civil wars").
SUCH_AS = re.compile(r"\bsuch as\b")

# A sentence saying what something is called, and the words of a question asking about a name.
NAMING = re.compile(r"\b(?:called(?! (?:for|on|upon|off|in|out)\b)|named|known as|nicknamed|the term|the word|the name)\b")
NAME_WORDS = "called named name names term word nickname"
# Verbs giving the leading role in something ("who led the Soviet side?", "who headed the
# delegation?", "who chaired the talks?"): a "who?" saying one opens with the person whose
# sentence gives that role, not another named with the side's title.
LEADING_WORDS = "led lead leads leading headed heads chaired chairs"

# A sentence calling a named case an example outright ("The best-known example is the Marshall
# Plan", "The Munich Agreement is the best-known example of appeasement", "the best-known early
# example of mediation by ..."), and what it is an example of, when it says ("of appeasement").
OUTRIGHT_EXAMPLE = re.compile(
    r"\b(?:best-known|classic|clearest|famous|well-known|leading|standard|textbook)\s+(?:[a-z]+\s+)?(?:example|case)s?\b(?:\s+of\s+([^:;,.]+))?"
)
# A sentence whose subject is a count of things it does not name ("Two Cold War forums are
# classic examples of track two diplomacy."): it points at the sentences after it.
COUNTED_SUBJECT = re.compile(r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some)\b")
# ... saying only that they are examples, or show or explain something ("Several cases show how
# recognition works as a political choice."), or leading into a list (ending with a colon).
POINTS_FORWARD = re.compile(r"[^,;:]*\b(?:are (?:\w+ )?examples|show|explain|illustrate)\b[^,;:]*\.$|.*:$")

# A sentence leaning on the one before only by going on to others of its kind ("Other cases
# concern ...", "Further examples include ..."): it says its own facts.
OTHERS_OF_THE_KIND = re.compile(r"(?:Other|Further|More|Later|Earlier) [a-z]+s\b")

# A comparison asking what two things share ("the similarities between X and Y", "how are X
# and Y alike?", "what do X and Y have in common?"), not how they differ ("the difference
# between X and Y, since they seem so similar?", `ASKS_DIFFERENCE`).
ASKS_LIKENESS = re.compile(r"\b(?:similar\w*|alike|in common)\b", re.IGNORECASE)
ASKS_DIFFERENCE = re.compile(r"\b(?:differ\w*|distinct\w*|distinguish\w*|contrast\w*|apart|mix(?:ed|ing)? up|confus\w*)\b", re.IGNORECASE)
# A sentence saying what two things share ("Both ...", "like the League, the UN ...").
SAYS_LIKENESS = re.compile(r"\b(?:[Bb]oth|[Ll]ike|similar\w*|alike|in common|as did|as does)\b")
# A "why?" asking why a thing is done in general ("why do leaders meet at summits?", "why
# would a country break off relations?"), not why it was done once ("why did ...?").
WHY_IN_GENERAL = re.compile(r"\bwhy\s+(?:\w+\s+)?(?:do|does|would|should|can|could|will)\b", re.IGNORECASE)
# A "how?" asking how a thing is done in general ("how are sanctions imposed?", "how does a
# country join NATO?", "what is the process for ..."), not how it went once ("how did ...?").
HOW_IN_GENERAL = re.compile(r"\bhow\s+(?:\w+\s+)?(?:do|does|is|are|can|could|would|should|will|to)\b|\bwhat(?: ?'?s| s| is) the (?:process|procedure)\b", re.IGNORECASE)
# A date ("on 16 December 1966", "in 2016", "of 4 November 1977", not "since 1999"): a
# sentence with one tells of a time, not of how a thing is done.
DATED = re.compile(r"\b(?:[Ii]n|[Oo]n|of|from)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[0-9]{3}|20[0-9]{2})\b")

# A thing's other name, set off by commas after its name ("..., also called the Atlantic
# Alliance, ...", "..., formally the Treaty for the Prohibition of ..., ..."); not what it usually
# does (", usually in a major city outside the capital,").
ALIAS = re.compile(r",\s(?:also|often|usually|formally|officially|commonly|sometimes)\s(?:called|known\sas|named|nicknamed|referred\sto\sas|the\s)[^,]*,")
# Words setting two things apart outright ("The GATT was ..., whereas the WTO is ..."), not
# only naming a difference ("The difference between X and Y lies in ...").
OUTRIGHT_CONTRAST = re.compile(r"\b(?:[Ww]hereas|[Uu]nlike|[Bb]y contrast|[Ii]n contrast|rather than)\b")

# Kinds of question whose answer explains, and the words asking for an explanation ("explain
# R2P", "how come ..."): such an answer is never cut to its opening sentence alone.
EXPLAINED = frozenset({"why", "how"})
# A sentence that denies or sets apart, whose words may say the opposite of another's.
CONTRASTING = re.compile(r"\b(?:not|no|never|without|unlike|whereas|except|but|instead|rather than|only)\b|n't\b", re.IGNORECASE)
ASKS_EXPLANATION = re.compile(r"\b(?:explain\w*|why|how)\b", re.IGNORECASE)

# Kinds of answer read in the knowledge's order: a list after the sentence that
# introduces it, "tell me more" as the next part of the document.
IN_ORDER = frozenset({"list", "more"})


class Candidate(NamedTuple):
    """A sentence that may go into an answer."""

    sentence: str
    passage: Passage
    score: float  # how much of what is asked it says (focus terms, kind of answer)
    answers_best: bool  # the sentence resolution found to answer best


class FollowupTemplates(TypedDict):
    section: str  # "{topic}" and "{heading}"
    section_question: str  # "{question}": a heading that is a question
    section_clause: str  # "{clause}": a heading that is a wh-clause
    related: str  # "{title}"


class Templates(TypedDict):
    """`dialogues/templates.yaml`: every wording the tutor uses. A list is a set of variants."""

    openings: dict[str, list[str]]  # for the kinds of answer where an opening is always true; "{topic}"
    comparison_key: str
    in_order: str  # "{first}", "{first_year}", "{second}", "{second_year}"
    more_done: str  # "{topic}"
    no_topic_for_followup: str
    out_of_scope: list[str]
    out_of_scope_judgement: str  # declining a question that asks which is good or best
    out_of_scope_suggest: str
    compound_outside: str  # "{part}": the second of two questions, outside the knowledge
    starter_questions: list[str]
    followups: FollowupTemplates
    sources_label: str
    greeting: list[str]
    thanks: list[str]
    capabilities: str  # "{topics}"
    help: str
    new_conversation: str
    no_sources: str
    unknown_command: str  # "{command}"
    empty_question: str
    truncated_note: str
    typo_note: str  # "{corrected}"
    no_followups_to_number: str
    no_such_followup: str  # "{number}" and "{count}"
    yes_no: dict[str, str]  # "yes" and "no": how the answer to a yes/no question starts
    span_length: str  # "{length}", "{start}" and "{end}": the length of a span the knowledge dates at both ends
    aspect_unsaid: dict[str, str]  # by kind ("when", "where"), "{topic}": the knowledge does not say it of an event
    comparison_side_unknown: str  # "{side}": a compared side the knowledge never names, as asked


def asks_likeness(question: str) -> bool:
    """Whether a comparison asks what two things share and not how they differ."""
    return bool(ASKS_LIKENESS.search(question)) and not ASKS_DIFFERENCE.search(question)


def seed_of(*parts: object) -> int:
    """A stable seed for choosing among wordings (unlike hash(), the same in every run)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode("utf-8"))


class Composer:
    """Builds answer text from passages using the templates."""

    def __init__(
        self,
        retriever: Retriever,
        templates: Templates,
        reader: SentenceReader,
        endpoints: Endpoints | None = None,
        party_terms: frozenset[str] = frozenset(),
        significance_terms: frozenset[str] = frozenset(),
        thing_kin: dict[str, tuple[str, ...]] | None = None,
        confirmation: Confirmation | None = None,
    ) -> None:
        self.retriever = retriever
        self.templates = templates
        self.reader = reader
        self.endpoints = endpoints
        self.party_terms = party_terms  # a "who?" with one asks for states or bodies, not people
        # A "why?" with one asks why something matters or what speaks for or against it ("what
        # are the risks of shuttle diplomacy?"), not what caused it: an opening that says so
        # ("The main risk is ...") need not give way to a cause.
        self.significance_terms = significance_terms
        self.thing_kin = thing_kin or {}  # the words naming a kind of thing ("convention" of "treaty")
        self.confirmation = confirmation  # reads a statement asked to be confirmed as a question
        self.focus = SubjectFocus(retriever, reader, self._subject)  # keeps an answer on the subject asked

    @cached_property
    def roles(self) -> Roles:
        """The people the knowledge names and their titles, read at the first "who?" question."""
        return Roles(self.retriever, self.reader)

    @cached_property
    def verdicts(self) -> Verdicts:
        """The rules that say yes or no, with their many patterns, loaded at the first yes/no
        question: a `tutor ask` of another kind never pays for them."""
        from tutor.answering.verdicts import Verdicts

        return Verdicts(self.retriever, self.reader, self.roles)

    @cached_property
    def claim_check(self) -> ClaimCheck:
        """The plain check of a yes/no claim against one sentence, loaded with `verdicts`."""
        from tutor.answering.claim_check import ClaimCheck

        return ClaimCheck(self.retriever, self.reader)

    def opening(self, intent: str, seed: int, topic: str) -> str:
        """The opening line for this kind of answer, or "" (most answers start with the fact)."""
        options = self.templates["openings"].get(intent)
        return options[seed % len(options)].format(topic=topic) if options else ""

    def source(self, passage: Passage) -> Source:
        chunk = passage.chunk
        return Source(chunk.doc_id, chunk.title, chunk.section, passage.score, chunk.id, chunk.plain_text())

    def sources_line(self, passages: list[Passage]) -> str:
        return sources_line(self.templates["sources_label"], ((p.chunk.title, p.chunk.section) for p in passages))

    def sentences(
        self, passages: list[Passage], tokens: list[str], intent: str, defining_first: bool = False, anchor: int | None = None,
        also: tuple[str, list[str]] | None = None, thing: str | None = None, in_general: bool = False,
    ) -> list[tuple[str, Passage]]:
        """The sentences that best answer a question, each with the passage it comes from.

        The answer is the run of consecutive sentences of the main passage that best
        covers the question's focus (so explanations keep their thread, and a sentence
        such as "a state should possess: ..." stays with the one that introduces it),
        plus the best sentence of another section of the document when it answers well
        too ("when and where was the AU launched?" may need two sections).
        """
        if not passages:
            return []
        budget = SENTENCE_WORD_BUDGET.get(intent, DEFAULT_WORD_BUDGET)
        limit = MAX_SENTENCES.get(intent, DEFAULT_MAX_SENTENCES)
        focus = set(self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens))
        if intent == "duration":
            focus -= self.reader.span_terms
        idf, unit = self._weights(focus)
        leanings = self.reader.leanings(tokens)

        def scored(passage: Passage) -> list[tuple[float, str]]:
            return self._scored(passage, focus, idf, unit, intent, leanings)

        main = self.reader.of(passages[0].chunk)
        scores = [value for value, _ in scored(passages[0])]
        score_of_focus = [fsum(idf[t] for t in focus & words) for _, words in main]
        items = [is_list_item(sentence, passages[0]) for sentence, _ in main]
        from_start = intent == "more" or (defining_first and passages[0].chunk.position == 0)
        # A "how?" answered by a passage that sets out the steps as a list ("A treaty is made
        # in several steps (stages) before it binds a state: Negotiation: ...", and its items)
        # reads them in order from there, as a list is read: the steps, not the one that says
        # most of the question's words.
        steps = next((i for i in range(len(main)) if not items[i] and STEPS_SET_OUT.search(main[i][0]) and stands_alone(main[i][0])), None) if intent == "how" else None
        if steps is not None:
            intent = "list"
        if from_start:
            starts = range(1)
        elif steps is not None:
            starts = range(steps, steps + 1)
        elif anchor is not None and anchor < len(main):
            starts = range(max(0, anchor - limit + 1), anchor + 1)
        else:
            starts = range(len(main))
        runs: list[tuple[tuple[bool, float], tuple[float, int, int]]] = []
        for first in starts:
            last, words, total = first, 0, 0.0
            while last < len(main) and last - first < limit and (last == first or words + len(main[last][0].split()) <= budget):
                words += len(main[last][0].split())
                total += scores[last]
                last += 1
            # A comparison's run starts at a sentence naming some of its focus, when one
            # can; the sentence resolution found to answer best may name none ("how r they
            # different" says nothing of either side), and then it starts there anyway.
            names_focus = intent != "comparison" or bool(score_of_focus[first]) or not any(score_of_focus)
            if intent == "comparison":
                # A comparison's run is worth the focus it names, each side once: a run
                # naming both sides beats one saying the same side's words again.
                said = frozenset().union(*(main[i][1] for i in range(first, last)))
                total = fsum(idf[t] for t in focus & said) + sum(scores[i] - score_of_focus[i] for i in range(first, last))
            leans_back = first > 0 and not stands_alone(main[first][0])
            # A run that stops inside a Markdown list shows some of its items only ("six
            # main organs:" and five of them).
            cuts_list = 0 < last < len(main) and items[last] and items[last - 1]
            candidate = (total - POSITION_PENALTY * unit * first - DEPENDENT_START_PENALTY * unit * (leans_back + cuts_list), first, last)
            if anchor is not None and not from_start and steps is None and last <= anchor:
                continue
            runs.append(((names_focus, candidate[0]), candidate))
        assert runs  # the first sentence, or the anchor's, always starts a run
        # Runs scoring within RUN_TIE_MARGIN of the best are a tie, which goes to the earliest:
        # scores move a little with every document added to the knowledge base (through
        # idf), and the choice between near-equal runs must not move with them.
        top = max(rank for rank, _ in runs)
        best = min((c for rank, c in runs if rank[0] == top[0] and rank[1] >= top[1] - RUN_TIE_MARGIN * unit), key=lambda c: c[1])
        run = list(range(best[1], best[2]))
        chosen = [Candidate(main[i][0], passages[0], scores[i], i == anchor) for i in run]
        room = budget - sum(len(main[i][0].split()) for i in run)
        if focus and len(chosen) < limit:
            # The best sentence of another section is added when it answers well too.
            extra = self._extra(passages[1:], scored, focus, idf, unit, room + EXTRA_SENTENCE_SLACK)
            if extra is not None:
                chosen.append(extra)
        if intent not in IN_ORDER:
            chosen = self._lead_first(chosen, intent, tokens, keep_order=defining_first, in_general=in_general)
            if thing is not None:
                chosen = self._naming_first(chosen, thing)
            opening = freed(chosen[0].sentence) if chosen and intent in FREED_LEAD else None
            if opening is not None:
                chosen[0] = chosen[0]._replace(sentence=opening)
            if intent == "duration":
                chosen = self._with_ends(chosen, passages, tokens, focus, budget)
        elif intent == "list":
            # A list keeps the knowledge's order, unless the sentence that answers best
            # sets out the list itself ("ASEAN was founded by five states: Indonesia, ...").
            setting_out = [c for c in chosen if stands_alone(c.sentence) and SETS_OUT_A_LIST.search(c.sentence)]
            # Else the one that plainly sets out the list ("six main organs: ...", "a
            # permanent population; a defined territory; ...", "The main methods are
            # negotiation ...; meetings ...; ..."), not a colon before an explanation.
            # Else the one that counts the things asked for ("The G20 organises its
            # preparation in two tracks." for "what are the G20's tracks?").
            plainly = [c for c in chosen if c in setting_out and plainly_a_list(c.sentence) or stands_alone(c.sentence) and ITEMS_AFTER_VERB.search(c.sentence)]
            lead = (
                next((c for c in setting_out if c.answers_best), None)
                or max(plainly, key=lambda c: c.score, default=None)
                or max((c for c in chosen if stands_alone(c.sentence) and self._counts(c.sentence, tokens)), key=lambda c: c.score, default=None)
            )
            if lead is not None:
                # The items that follow the sentence setting them out in its passage stay
                # with it; the sentences before it come after them. A sentence of another
                # section adds nothing to a list set out whole ("The NPT rests on three
                # pillars: ..." and then "North Korea carried out its first nuclear test").
                run = [c for c in chosen if c.passage is lead.passage]
                at = run.index(lead)
                chosen = self._gathered([*run[at:], *run[:at]], budget)
        if also is not None:
            # After the answer to the question the kind answers, whatever leads it.
            chosen = self._with_answer_to(also, chosen, passages, budget)
        # A sentence tied to what another says (an exception to it, "the same five states")
        # goes only after that sentence: before it, when it would answer alone.
        kept = [c for i, c in enumerate(chosen) if not TIED_TO_THE_LAST.match(c.sentence) or i > 0 and self._follows(chosen[i - 1], c)]
        chosen = kept or [c for tied in chosen[:1] for c in (self._before(tied), tied) if c is not None]
        return [(candidate.sentence, candidate.passage) for candidate in chosen]

    def _before(self, candidate: Candidate) -> Candidate | None:
        """The sentence before a candidate's in its passage, as a candidate; None when first."""
        said = [sentence for sentence, _ in self.reader.of(candidate.passage.chunk)]
        at = said.index(candidate.sentence) if candidate.sentence in said else 0
        return candidate._replace(sentence=said[at - 1], answers_best=False) if at > 0 else None

    def _follows(self, before: Candidate, after: Candidate) -> bool:
        """Whether `after` comes right after `before` in the same passage."""
        if before.passage.chunk.id != after.passage.chunk.id:
            return False
        said = [sentence for sentence, _ in self.reader.of(after.passage.chunk)]
        return any(earlier == before.sentence and later == after.sentence for earlier, later in zip(said, said[1:]))

    def _naming_first(self, chosen: list[Candidate], thing: str) -> list[Candidate]:
        """The answer to "which crisis ...?", "which article ...?" opening with a sentence
        naming one ("The Cuban Missile Crisis of October 1962 showed ...", "Article 26 of
        the Vienna Convention ..."), the one saying most of what is asked, when the opening
        names none: one of its passage (its subject's name may be the document's, "crisis"
        of crisis diplomacy, which counts for nothing), or one saying some of what is asked.
        A thing of the kind may go by another word of its group (`thing_kin`: "the Vienna
        Convention on Consular Relations" for "which treaty ...?"); a sentence of the opening
        one's passage that the run left out and that names one by its proper name may open
        too, the last ones giving way for it."""
        one = thing[:-1] if thing.endswith("s") and not thing.endswith("ss") else thing  # "agreements": one agreement
        one = "treaty" if one == "treatie" else one
        kinds = self.thing_kin.get(one, (one,))
        kind = "|".join(re.escape(word) for word in kinds)
        by_name = rf"(?:\b[A-Z][\w'\u2019-]*\s+(?:(?:of|on|the|for|and)\s+)*)+(?i:{kind})s?\b"  # "the Vienna Convention"
        naming = re.compile(rf"{by_name}|\b(?i:{kind})s?\s+(?:[IVXLC]+|\d+)\b")  # or by number: "Article 26"
        glossary = self.retriever.kb.glossary

        def names_one(candidate: Candidate) -> bool:
            # By name, or by a glossary name of one ("The VCDR" for "which convention?").
            return bool(naming.search(candidate.sentence)) or any(
                word in kinds for t in self._words(candidate) if t.startswith("=") and not glossary.is_a_word(t) for name in glossary.names_of(t) for word in name.lower().split()
            )

        lead = chosen[0]
        if names_one(lead) or self._counts(lead.sentence, self.retriever.query_tokens(" ".join(kinds))):
            return chosen  # it names one, or counts them ("produced three disengagement agreements")
        found = [c for c in chosen if names_one(c) and stands_alone(c.sentence) and (c.passage is lead.passage or c.score > 0)]
        if found:
            best = max(found, key=lambda c: c.score)
            return [best, *(c for c in chosen if c is not best)]
        said = {c.sentence for c in chosen}
        left_out = [
            Candidate(sentence, lead.passage, 0.0, False) for sentence, _ in self.reader.of(lead.passage.chunk)
            if sentence not in said and stands_alone(sentence) and re.search(by_name, sentence)
        ]
        if not left_out:
            return chosen
        kept = list(chosen)
        budget = SENTENCE_WORD_BUDGET.get("definition", DEFAULT_WORD_BUDGET) + EXTRA_SENTENCE_SLACK
        while kept and sum(len(c.sentence.split()) for c in [left_out[0], *kept]) > budget:
            kept.pop()
        return [left_out[0], *kept]

    def _gathered(self, chosen: list[Candidate], budget: int) -> list[Candidate]:
        """A list's answer with every item of the Markdown list after its opening sentence
        ("three flexible mechanisms to lower the cost of meeting targets:" and all three),
        right behind it; the sentences after them give way from the end to keep the answer
        within the word budget."""
        lead = chosen[0]
        said = [sentence for sentence, _ in self.reader.of(lead.passage.chunk)]
        after = said[said.index(lead.sentence) + 1 :] if lead.sentence in said else []
        items = list(itertools.takewhile(lambda sentence: is_list_item(sentence, lead.passage), after))
        if not items or not SETS_OUT_A_LIST.search(lead.sentence):
            return chosen
        found = {c.sentence: c for c in chosen}
        listed = [found.get(item) or Candidate(item, lead.passage, 0.0, False) for item in items]
        kept = [c for c in chosen[1:] if c.sentence not in items]
        while kept and sum(len(c.sentence.split()) for c in [lead, *listed, *kept]) > budget + EXTRA_SENTENCE_SLACK:
            kept.pop()
        return [lead, *listed, *kept]

    def _counts(self, sentence: str, tokens: list[str]) -> bool:
        """Whether a sentence gives the number of things the question asks for ("in two
        tracks" for "what are the G20 tracks?", "The 196 parties" for "how many parties
        ...?"); countries, states, members and parties count as one kind of thing ("27
        member states" for "how many countries ...?")."""
        return self.reader.counts(sentence, set(tokens) | self.party_terms if self.party_terms & set(tokens) else set(tokens))

    def _with_ends(self, chosen: list[Candidate], passages: list[Passage], tokens: list[str], focus: set[str], budget: int) -> list[Candidate]:
        """A "how long?" answer whose opening sentence says no span outright ("for ten
        years", "from 1814 to 1815") of the subject (not "Negotiators estimated that the
        limits lengthened Iran's breakout time ... to about one year") opens with the
        sentences of the document that give the span asked (`Endpoints`): one saying it
        outright of the subject in the sense asked ("negotiated over three weeks"), else its
        two ends (the founding and the dissolution, the opening of the talks and the
        signature). The others follow while the answer stays within the word budget."""
        if self.endpoints is None or not chosen:
            return chosen
        lead, doc_id = chosen[0], passages[0].chunk.doc_id
        named = self.retriever.subject_named(doc_id, tokens) | (self.retriever.bracketed_names(doc_id) & set(tokens))
        # A subject the opening's section is headed by and the question names ("Example: the
        # Yalta Conference (1945)" of summit diplomacy) is the subject too.
        headed = {t for t in self.retriever.query_tokens(lead.passage.chunk.section) if t in tokens and not self.retriever.is_everyday(t)}
        spans = self.reader.has_cue(lead.sentence, "span") or writes_days(lead.sentence)
        if spans and self.endpoints.says_of_subject(lead.sentence, doc_id, named | headed):
            said_ends = None if says_length(lead.sentence) else from_to(lead.sentence)
            return [*self._length_of(said_ends, lead.passage), *chosen]
        # What is asked of the subject, besides its name ("SALT I" of "SALT I and the ABM Treaty").
        sense = self.endpoints.sense_asked(focus - self.retriever.title_terms(doc_id), self.reader.span_terms & set(tokens))
        ends = self.endpoints.of(doc_id, sense, named) if sense is not None else []
        if not ends:
            return chosen
        found = {passage.chunk.id: passage for passage in passages}
        opening = [Candidate(end.sentence, found.get(end.chunk.id) or Passage(end.chunk, 0.0, []), 0.0, False) for end in ends]
        assert sense is not None  # ends were found in its sense
        # A span said as its dates rather than its length ("the Munich conference of 29-30
        # September") is counted from them, as the opening's own would be.
        outright = ends[0].year == 0 and not says_length(ends[0].sentence)
        dates = from_to(ends[0].sentence) if outright else self.endpoints.dates(ends, sense, doc_id, named)
        opening = [*self._length_of(dates, opening[-1].passage), *opening]
        said = {candidate.sentence for candidate in opening}
        kept = [*opening, *(c for c in chosen if c.sentence not in said)]
        while len(kept) > len(opening) and sum(len(c.sentence.split()) for c in kept) > budget + EXTRA_SENTENCE_SLACK:
            kept.pop()
        return kept

    def _length_of(self, ends: tuple[WrittenDate, WrittenDate] | None, passage: Passage) -> list[Candidate]:
        """The sentence stating the length of a span whose two dated ends the knowledge gives
        but not its length ("About 26 years, from 10 January 1920 to 18 April 1946."), from
        the passage giving them; none when there are no such ends or they are too rough."""
        length = length_between(*ends) if ends is not None else None
        if ends is None or length is None:
            return []
        said = self.templates["span_length"].format(length=length, start=ends[0].text, end=ends[1].text)
        return [Candidate(said[:1].upper() + said[1:], passage, 0.0, False)]

    def _with_answer_to(self, also: tuple[str, list[str]], chosen: list[Candidate], passages: list[Passage], budget: int) -> list[Candidate]:
        """The answer's sentences with the one that best answers a second question (the
        most of its focus, by idf, and what its kind asks for), when none of them is it;
        the last others make room for it within the word budget."""
        intent, tokens = also
        focus = set(self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens)) or set(tokens)
        idf, unit = self._weights(focus)
        scored = [(value, sentence, passage) for passage in passages for value, sentence in self._scored(passage, focus, idf, unit, intent)]
        value, sentence, passage = max(scored, key=lambda s: s[0], default=(0.0, "", passages[0]))
        if value <= 0 or any(c.sentence == sentence for c in chosen):
            return chosen
        kept = list(chosen)
        while len(kept) > 1 and sum(len(c.sentence.split()) for c in kept) + len(sentence.split()) > budget + EXTRA_SENTENCE_SLACK:
            kept.pop()
        return [*kept, Candidate(sentence, passage, value, False)]

    def _extra(
        self, passages: list[Passage], scored: Callable[[Passage], list[tuple[float, str]]], focus: set[str], idf: dict[str, float], unit: float, words: int
    ) -> Candidate | None:
        """The sentence of another section added to an answer, if any: one of at most `words`
        words scoring EXTRA_SENTENCE_SCORE (or within EXTRA_GATE_BAND under it while naming one
        of the focus's most telling terms, those within TELLING_BAND of the rarest's idf). Of
        those scoring within EXTRA_TIE_BAND of the best, the first of the best-matching section:
        the idf a document added elsewhere moves by a hair decides neither whether a sentence
        is added nor which of two sentences of the same section (tie32)."""
        top = max(idf.values(), default=0.0)
        telling = {t for t, weight in idf.items() if weight >= top - TELLING_BAND}
        found = [
            (value, sentence, passage, said, (rank, at))
            for rank, passage in enumerate(passages)
            for at, ((value, sentence), (_, said)) in enumerate(zip(scored(passage), self.reader.of(passage.chunk)))
            if len(sentence.split()) <= words
        ]
        found = [e for e in found if e[0] >= EXTRA_SENTENCE_SCORE * unit or e[0] >= (EXTRA_SENTENCE_SCORE - EXTRA_GATE_BAND) * unit and not telling.isdisjoint(e[3])]
        if not found:
            return None
        best = max(e[0] for e in found)
        close = [e for e in found if e[0] >= best - EXTRA_TIE_BAND * unit]
        value, sentence, passage, _, _ = min(close, key=lambda e: e[4])
        return Candidate(sentence, passage, value, False)

    def _weights(self, focus: set[str]) -> tuple[dict[str, float], float]:
        """Each focus term's idf, and the largest, the unit the other scores are counted in."""
        idf = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        return idf, max(idf.values(), default=1.0) or 1.0

    def _scored(
        self, passage: Passage, focus: set[str], idf: dict[str, float], unit: float, intent: str, leanings: list[Leaning] | None = None
    ) -> list[tuple[float, str]]:
        """A passage's sentences, each with its score: the focus it names (by `idf`), whether
        it has what the kind of question asks for, and the sense of the question's verb it
        says (`leanings`, when the question asks for one)."""
        said = self.reader.of(passage.chunk)
        leans = self.reader.leaning([words for _, words in said], leanings) if leanings else [0] * len(said)
        return [
            (fsum(idf[t] for t in focus & words) + SENSE_WEIGHT * unit * lean + (CUE_WEIGHT * unit if self.reader.has_cue(sentence, intent) else 0.0), sentence)
            for (sentence, words), lean in zip(said, leans)
        ]

    def _lead_first(self, chosen: list[Candidate], intent: str, tokens: list[str], keep_order: bool = False, in_general: bool = False) -> list[Candidate]:
        """The answer's sentences with the one that should open the answer first, the
        others after it in their order.

        The opening sentence stands on its own. It is the sentence that answers best when
        that one can open; otherwise the first, which leads up to it, unless it says much
        less than another; otherwise the one that says most of what is asked. "When ...?"
        and "how many ...?" open with the sentence that has the date or the number and says
        most of what is asked, from another section if need be; "what is ...?" with the sentence that defines what it
        names when the first defines something else.
        """
        # A sentence giving a date, a name, a place or a number may open without the
        # connective that ties it to the one before (`freed`): its fact stands on its own.
        leads = [c for c in chosen if stands_alone(c.sentence) or intent in FREED_LEAD and freed(c.sentence)]
        # A sentence announcing what the next ones say ("... for several reasons.") opens no
        # answer, and says nothing behind another opening.
        announcing = [c for c in chosen if announces(c.sentence)]
        if len(announcing) < len(chosen):
            chosen = [c for c in chosen if c not in announcing]
            leads = [c for c in leads if c not in announcing]
        if intent == "why" and set(self.retriever.query_tokens(NAME_WORDS)).isdisjoint(tokens):
            # Why something is called what it is ("called sherpas because the term comes
            # from the Sherpa people") answers no "why?" but one about its name.
            leads = [c for c in leads if not (NAMING.search(c.sentence) and self.reader.has_cue(c.sentence, "cause"))] or leads
        # The sentence found to answer best leans on the one before it ("Other cases concern
        # ... consular access (LaGrand, 2001; Avena, 2004)" after the Nicaragua case), and no
        # sentence of its passage that could open says any of what is asked: it opens all the
        # same, not the sentence about another case before it.
        anchor = next((c for c in chosen if c.answers_best), None)
        if anchor is not None and anchor not in leads and OTHERS_OF_THE_KIND.match(anchor.sentence) and self._says(anchor, tokens) and not any(self._says(c, tokens) for c in leads if c.passage is anchor.passage):
            leads = [anchor, *leads]
        if not leads:
            return chosen
        items: list[Candidate] = []  # sentences that stay right behind the opening one
        first_defines = self._subject(chosen[0].sentence)
        defining = [c for c in leads if self._defines(c.sentence, tokens)]
        if intent == "definition" and first_defines is not None and defining and (not first_defines & set(tokens) or self._defines_several(chosen[0].sentence)):
            # The answer would open by defining something else ("An ambassador is ..."
            # for "what is a chargé d'affaires?"): the sentence defining what is asked opens.
            lead = defining[0]
        elif intent in FACT_FIRST:
            # Of the sentences with the date or the number, the one that names most of
            # the question ("the first G7 summit ... in November 1975", not "suspended
            # Russia in March 2014").
            # Of equals, for "how long?", one saying the span outright ("for ten years"), not
            # one with two years of different events.
            leads = [c for c in leads if self.reader.has_cue(c.sentence, intent)] or leads
            if intent == "quantity":
                # A count of the things asked ("The 196 parties ..."), not any number ("the 21st
                # Conference of the Parties", "12 December 2015").
                leads = [c for c in leads if self._counts(c.sentence, tokens)] or leads
            # Of those, one saying what the question says happened ("set up": "signed ... to
            # create a direct link"), not only naming its subject ("The hotline was first
            # used ... in June 1967").
            leads = [c for c in leads if self._says_event(c, tokens)] or leads
            lead = max(leads, key=lambda c: (c.score, intent == "duration" and self.reader.has_cue(c.sentence, "span"), c.answers_best))
        else:
            best = [c for c in leads if c.answers_best]
            # The best sentence draws its consequence from the one before it ("Track one is
            # the channel through which states make commitments ... For that reason track one
            # is often described as the ultimate authority"): that one opens, the best behind it.
            drawing = [(c, after) for c, after in zip(chosen, chosen[1:]) if c in leads and after.answers_best and after.passage is c.passage and self.reader.has_cue(after.sentence, "consequence")]
            if not best and drawing:
                lead, items = drawing[0][0], [drawing[0][1]]
            else:
                # Else the passage's order, which leads up to the best sentence.
                lead = best[0] if best else chosen[0] if chosen[0] in leads else max(leads, key=lambda c: c.score)
                top = max(leads, key=lambda c: c.score)
                if not keep_order and not best and lead is chosen[0] and lead.score < ORDER_LEAD_SHARE * top.score:
                    # Unless the answer is to open where its passage does (`keep_order`: an
                    # overview, a side of a comparison), a first sentence saying much less of
                    # the question than another gives way to it ("The first Camp David
                    # framework ... set out principles for the West Bank" to "Israel had
                    # occupied the Sinai Peninsula" for "what territory did Israel give back?").
                    lead = top
            if intent in NAMES_FIRST:
                # "Who ...?" opens with a sentence naming someone that says more of what is
                # asked than the opening would ("developed by Louise Diamond and ...", not the
                # definition before it; "in talks chaired by former US Senator George
                # Mitchell", not the dates of the talks). Unless the opening says nothing asked,
                # it must say some of the question's own words: a name alone ("Ireland, led by
                # Foreign Minister Frank Aiken, ...") does not answer "which country left the NPT?".
                # When the opening names no one and none of what is asked, a sentence naming someone that says as much
                # opens ("The term shuttle diplomacy came into wide use in 1974 to describe the
                # journeys of US Secretary of State Henry Kissinger", not the definition).
                says = bool(self._says(lead, tokens))
                nameless = not says and not self.reader.has_cue(lead.sentence, "person")
                # The sentence found to answer best keeps the lead over another section's when it
                # names a person: one naming someone else may share more of the question's words
                # ("In 1995, US envoy Richard Holbrooke shuttled ..." for "who was the US diplomat
                # doing shuttle diplomacy after the Yom Kippur war?").
                if lead.answers_best and self.roles.names_person(lead.sentence):
                    leads = [c for c in leads if c.passage is lead.passage]
                named = [
                    c for c in leads
                    if self.reader.has_cue(c.sentence, "person") and (c.score > lead.score or nameless and c.score >= lead.score) and (self._says(c, tokens) or not says)
                ]
                lead = max(named, key=lambda c: c.score, default=lead)
                # "Who are the actors in track one diplomacy?" is answered by the sentence
                # saying who they are ("The actors in track one diplomacy are ..."), when the
                # opening names no one.
                naming_all = [c for c in defining if set(tokens) <= (self._subject(c.sentence) or set())]
                if naming_all and not self.roles.names_person(lead.sentence):
                    lead = naming_all[0]
                elif self.party_terms.isdisjoint(tokens):
                    lead = self._person_first(lead, leads, tokens)
                elif not self._defines(lead.sentence, tokens) and not self.reader.has_cue(lead.sentence, "person"):
                    # "Which countries were the P5+1 in the Iran deal?": the sentence saying who
                    # a group the question names is ("The P5+1 are the five permanent members
                    # ... plus Germany"), when the opening defines nothing asked (the deal) and
                    # names no one ("The first UN Secretary-General was Trygve Lie" answers).
                    title = self.retriever.title_terms(lead.passage.chunk.doc_id)
                    lead = next((c for c in defining if (self._subject(c.sentence) or set()) - title), lead)
            leading = self._subject(lead.sentence)
            whole = [c for c in defining if set(tokens) <= (self._subject(c.sentence) or set())]
            if intent == "definition" and whole and leading is not None and not leading & set(tokens):
                # The sentence that answers best would open by saying what something else
                # is ("The United States is the main user of secondary sanctions"): the one
                # defining all that is asked opens ("Secondary sanctions are measures that ...").
                lead = whole[0]
            elif intent == "example" and (not self.reader.has_cue(lead.sentence, intent) or self._of_another(lead, tokens)):
                # "Give me an example of ..." opens with an example (a case, a date), not the
                # definition before it, nor another ("is also called ..., renamed X in 2023"),
                # nor an example of another thing than the one asked (`_of_another`).
                examples = [c for c in leads if self.reader.has_cue(c.sentence, intent) and c not in defining and not self._of_another(c, tokens)]
                lead = max(examples, key=lambda c: c.score, default=lead)
            if intent == "example" and not NAMED.search(lead.sentence[1:]):
                # An example names a case ("The African Union, ASEAN and the European Union are
                # leading examples"; "..., as Switzerland has done for the United States in
                # Iran since 1980"), not only a kind of one ("Regional groups deal with
                # problems ..., such as civil wars ...").
                cases = [
                    c for c in leads
                    if self.reader.has_cue(c.sentence, intent) and NAMED.search(c.sentence[1:]) and not ANOTHER_NAME.search(c.sentence) and c.score >= ORDER_LEAD_SHARE * lead.score
                ]
                # Of those, the one naming most of the subject asked ("as Switzerland has done
                # for the United States in Iran" in the sentence saying what a protecting power
                # is, not "The United States had broken relations with Cuba" of its passage).
                lead = max(cases, key=lambda c: (len(self._subject_named(c, tokens)), c.score), default=lead)
            if intent == "example" and not OUTRIGHT_EXAMPLE.search(lead.sentence):
                # A sentence calling a named case an example of what is asked outright opens
                # ("The best-known example is the Marshall Plan", not the definition of
                # economic statecraft with its "such as aid" before it), when it is of the
                # opening's passage or says as much of the question as the opening would.
                outright = [c for c in leads if self._names_an_example(c, tokens) and (c.passage is lead.passage or c.score >= ORDER_LEAD_SHARE * lead.score)]
                lead = max(outright, key=lambda c: c.score, default=lead)
            elif intent == "why" and (self.significance_terms.isdisjoint(tokens) or not self.reader.has_cue(lead.sentence, "why")) and (
                not self._gives_cause(lead, tokens) or self._names_another_party(lead, tokens)
            ) and not (lead.answers_best and self.reader.has_cue(lead.sentence, "purpose")):
                # (The sentence found to answer best saying what the subject was for, "hoping to
                # win recognition of the borders", opens: an aim is the reason asked.)
                # A cause of another party's deed ("The United States never joined, because ..."
                # for why the Soviet Union joined the League) opens no more than a sentence
                # giving no cause: the best one naming what is asked stands in for it.
                if self._gives_cause(lead, tokens):
                    lead = max((c for c in leads if not self._names_another_party(c, tokens)), key=lambda c: c.score, default=lead)
                # "Why ...?" opens with the sentence giving a cause ("suspended Russia ...
                # after Russia annexed Crimea", not "Russia was brought in during the 1990s")
                # when it says enough of what is asked.
                # Asked why a thing is done in general, a dated case gives no reason ("At the
                # Camp David summit in September 1978, Carter hosted ..." for why leaders meet at
                # summits): a cause of its passage without a date opens, whatever its score.
                case = in_general and DATED.search(lead.sentence) is not None
                causes = [
                    c for c in leads
                    if self._gives_cause(c, tokens) and self._names_asked(c, tokens) and not self._cause_of_another(c, tokens)
                    and (c.score >= CAUSE_LEAD_SHARE * lead.score or case and c.passage is lead.passage and not DATED.search(c.sentence) and self._says(c, tokens) > 0)
                ]
                # A sentence whose consequence follows it ("The Cuban Missile Crisis showed
                # that messages could take hours. The governments therefore signed ...")
                # gives the cause too, weighed with that consequence.
                drawn = {id(c): after for c, after in zip(chosen, chosen[1:]) if c in leads and after.passage is c.passage and self.reader.has_cue(after.sentence, "consequence")}
                causes += [c for c in leads if id(c) in drawn and c not in causes and c.score + drawn[id(c)].score >= CAUSE_LEAD_SHARE * lead.score]
                # The sentence right after the opening one in its passage that gives a cause
                # explains what the opening one says ("The United States signed the Kyoto
                # Protocol but never ratified it. In July 1997 the US Senate had passed the
                # Byrd-Hagel Resolution, opposing ..."): it is weighed with what it explains,
                # when it says some of what is asked (not the cause of another thing).
                at = chosen.index(lead)
                explaining = chosen[at + 1] if at + 1 < len(chosen) and chosen[at + 1].passage is lead.passage and chosen[at + 1] in leads else None
                if explaining is not None and explaining not in causes and self._gives_cause(explaining, tokens) and self._says(explaining, tokens):
                    drawn[id(explaining)] = lead
                    causes.append(explaining)
                lead = max(causes, key=lambda c: c.score + (drawn[id(c)].score if id(c) in drawn else 0.0), default=lead)
                if id(lead) in drawn:
                    items = [drawn[id(lead)]]  # what it draws on or explains stays right behind the cause
                elif not causes:
                    lead = self._cause_before(chosen, lead, tokens)
            elif intent == "how" and in_general and DATED.search(lead.sentence):
                # "How are UN sanctions imposed?" opens with how they are imposed ("The Security
                # Council can impose sanctions under Chapter VII ..."), not with a dated case
                # ("The first mandatory UN sanctions were imposed on Southern Rhodesia ... 1966"),
                # when a sentence without a date says enough of what is asked: the first of them,
                # as the knowledge leads up to the others.
                # What it says is weighed less the document's subject ("sanctions" of Sanctions).
                said = self._says(lead, tokens)
                lead = next((c for c in chosen if c in leads and not DATED.search(c.sentence) and self._says(c, tokens) >= ORDER_LEAD_SHARE * said > 0), lead)
            elif intent == "comparison" and defining and chosen.index(defining[0]) < chosen.index(lead) and not (lead.answers_best and self.reader.has_cue(lead.sentence, "sets_apart")):
                # Two sides defined in turn ("Distributive bargaining is ... Integrative
                # bargaining is ...") are read in the knowledge's order; a sentence setting
                # them apart outright still opens ("The GATT was ..., whereas the WTO is ...").
                lead = defining[0]
        # The sentence after the opening one in its passage that draws its consequence ("The
        # Cuban Missile Crisis showed that messages could take hours. The governments
        # therefore signed ...") stays right behind it, whatever else the answer says.
        at = chosen.index(lead)
        following = chosen[at + 1] if at + 1 < len(chosen) else None
        if not items and following is not None and following.passage is lead.passage and self.reader.has_cue(following.sentence, "consequence"):
            items = [following]
        # The items of a Markdown list that follow the opening sentence in its passage
        # stay right behind it ("three flexible mechanisms: ... The Clean Development
        # Mechanism ... Joint Implementation ..."), before the sentences that led up to it.
        if not items and SETS_OUT_A_LIST.search(lead.sentence) and not is_list_item(lead.sentence, lead.passage):
            after = chosen[chosen.index(lead) + 1 :]
            items = list(itertools.takewhile(lambda c: c.passage is lead.passage and is_list_item(c.sentence, c.passage), after))
        return [lead, *items, *(c for c in chosen if c is not lead and c not in items)]

    def _person_first(self, lead: Candidate, leads: list[Candidate], tokens: list[str]) -> Candidate:
        """The sentence a "who?" answer opens with: of those naming a person (`Roles`) that say
        at least `PERSON_LEAD_SHARE` of what the opening one does, one naming a person of the
        side the question asks for ("for Iran": "Iranian Foreign Minister Mohammad Javad
        Zarif"; "the American negotiator": "US Assistant Secretary of State Richard
        Holbrooke"), when the question asks for one; else, when the opening sentence names
        no one and gives no agent ("The Egypt-Israel Peace Treaty is ... signed in
        Washington", not "ASEAN was founded by five states"), the one naming someone, or
        opening with an office ("The Secretary-General of the United Nations is ..."), that
        says most, one giving the agent ("led by Deputy Secretary of State William Burns")
        before others."""
        roles = self.roles
        if not PRESENT_ASKED.isdisjoint(tokens):
            # "Who is the current NATO Secretary General?": the sentence naming who holds the
            # post now ("has held the post since 1 October 2024"), not a past holder's term.
            holding = [c for c in leads if PRESENT_HOLDER.search(c.sentence) and c.score >= PERSON_LEAD_SHARE * lead.score]
            if holding:
                return lead if lead in holding else max(holding, key=lambda c: c.score)
        leading = self._leading_role(lead, leads, tokens)
        if leading is not None:
            return leading
        agent = {id(c): self.reader.has_cue(c.sentence, "agent") for c in leads}
        titles = {id(c): roles.people_titled(c.sentence) for c in leads}
        # Two proper words alone may be a place ("South Sudan"): a person named without a
        # title counts as the agent only ("introduced by Roger Fisher and William Ury").
        naming = [
            c for c in leads
            if c.score >= PERSON_LEAD_SHARE * lead.score and (titles[id(c)] or agent[id(c)] and roles.names_person(c.sentence) or self._office_first(c.sentence))
        ]
        # A side the question names as part of its subject's name ("the Iran nuclear deal")
        # asks for no one of that side.
        naming_subject = frozenset().union(
            *(name for concept in tokens if concept.startswith("=") for name in self.reader.name_terms(concept) if name <= set(tokens))
        )
        sided = frozenset(t for c in naming for title in titles[id(c)] for t in tokens if t not in naming_subject and roles.sides_meet(title.side, frozenset({t})))
        # One side is asked when one title meets every side the titles meet: "between Egypt
        # and Israel" names two, and asks for neither (the mediator).
        if sided and any(all(roles.sides_meet(title.side, frozenset({t})) for t in sided) for c in naming for title in titles[id(c)]):
            # An office of that side counts as one of its people ("The Secretary-General of the
            # United Nations is ..." for "who at the UN ...?").
            of_side = [
                c for c in naming
                if any(roles.sides_meet(title.side, sided) for title in titles[id(c)]) or self._office_first(c.sentence) and self.reader.names(self._words(c), sided)
            ]
            return lead if lead in of_side else max(of_side, key=lambda c: c.score)
        if agent[id(lead)] or roles.names_person(lead.sentence):
            return lead
        return max(naming, key=lambda c: (agent[id(c)], c.score), default=lead)

    def _leading_role(self, lead: Candidate, leads: list[Candidate], tokens: list[str]) -> Candidate | None:
        """For a "who?" asking who led, headed or chaired something (`LEADING_WORDS`): of the
        sentences naming a person that say such a role and at least `PERSON_LEAD_SHARE` of what
        the opening one does, the one saying most of the names the question gives ("Leon
        Trotsky ... led the Soviet delegation" for "who led the Soviet side?", not "The German
        side was led by ..."), then the best. None when the question asks no such role or no
        sentence says one."""
        roles_asked = set(self.retriever.query_tokens(LEADING_WORDS))
        if roles_asked.isdisjoint(tokens):
            return None
        names = {t for t in tokens if t not in roles_asked and self.retriever.written_as_name(t)}
        saying = [
            c for c in leads
            if c.score >= PERSON_LEAD_SHARE * lead.score and not roles_asked.isdisjoint(self._words(c)) and self.roles.names_person(c.sentence)
        ]
        return max(saying, key=lambda c: (len(names & self._words(c)), c.score), default=None)

    def _says_event(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence says an event the question asks about in one of the glossary's
        words for it ("created" for "set up": a group of lower-case words, not a name nor the
        document's subject, "multi-track diplomacy")."""
        glossary, subject = self.retriever.kb.glossary, self.retriever.title_terms(candidate.passage.chunk.doc_id)
        events = {t for t in tokens if t.startswith("=") and t not in subject and all(name.islower() for name in glossary.names_of(t))}
        return not events.isdisjoint(self._words(candidate))

    @staticmethod
    def _office_first(sentence: str) -> bool:
        """Whether a sentence opens by naming an office ("The Secretary-General of the United
        Nations is one of the most frequent providers of good offices")."""
        return OFFICE.match(sentence.removeprefix("The ").removeprefix("the ")) is not None

    def _gives_cause(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence gives a cause ("after Russia annexed Crimea"), or a reason or a
        purpose of some of what is asked ("the veto allows ...", "to show displeasure"; not
        "NATO was created ... to deter the Soviet Union" for why NATO expanded)."""
        if self.reader.has_cue(candidate.sentence, "cause"):
            return True
        explained = self.reader.explained(candidate.sentence)
        focus = self.retriever.focus_tokens(candidate.passage.chunk.doc_id, tokens)
        return bool(explained) and not set(self.retriever.query_tokens(explained)).isdisjoint(focus)

    def _of_another(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence gives an example of another thing than the one asked: it opens
        with "For example", giving one of what the sentence before it in its passage says, or
        its only example is after "such as", giving one of the words just before it; and those
        name nothing asked but what any question may say ("Bilateral negotiation involves only
        two states. For example, ... signed the New START arms control treaty" for an example
        of a multilateral treaty; "problems that neighbours share, such as civil wars" for an
        example of a regional organisation)."""
        asked = set(self.retriever.focus_tokens(candidate.passage.chunk.doc_id, tokens)) - self.retriever.incidental
        sentence = candidate.sentence
        if asked and EXAMPLE_OPENING.match(sentence):
            said = self.reader.of(candidate.passage.chunk)
            at = next((i for i, (other, _) in enumerate(said) if other == sentence), 0)
            return at > 0 and not said[at - 1][1] & asked
        such_as = SUCH_AS.search(sentence)
        if asked and such_as and not self.reader.has_cue(SUCH_AS.sub(" ", sentence), "example"):
            before = " ".join(sentence[: such_as.start()].split()[-EXEMPLIFIED_WORDS:])
            return not set(self.retriever.query_tokens(before)) & asked
        return False

    def _names_an_example(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence calls a case it names an example outright (`OUTRIGHT_EXAMPLE`),
        of something the question asks and of nothing it does not: not of another thing ("the
        classic case of crisis diplomacy" for an example of a confidence-building measure; "the
        best-known example of track two diplomacy" for one of track one), nor of a count of
        unnamed things ("Two Cold War forums are ...")."""
        sentence = candidate.sentence
        found = OUTRIGHT_EXAMPLE.search(sentence)
        if found is None or COUNTED_SUBJECT.match(sentence) or not NAMED.search(sentence[1:]) or self._of_another(candidate, tokens):
            return False
        if found.group(1) is None:
            return True
        exemplified = set(self.retriever.query_tokens(found.group(1))) - self.retriever.incidental
        return bool(exemplified & set(tokens)) and {t for t in exemplified if t.startswith("=")} <= set(tokens)

    def _cause_of_another(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether what a sentence's cause explains, the words before its cue ("because",
        "after"), names nothing asked, neither the subject nor the rest, which it names only
        as the cause of another thing: "The Republic of Turkey was proclaimed ... three months
        after the Lausanne settlement" explains no "why did Lausanne replace Sèvres?"."""
        at = self.reader.cue_at(candidate.sentence, "cause")
        if not at:
            return False
        doc_id = candidate.passage.chunk.doc_id
        asked = set(self.retriever.focus_tokens(doc_id, tokens)) | (self.retriever.title_terms(doc_id) & set(tokens))
        return bool(asked) and asked.isdisjoint(self.retriever.query_tokens(candidate.sentence[:at]))

    def _cause_before(self, chosen: list[Candidate], event: Candidate, tokens: list[str]) -> Candidate:
        """The sentence opening the causes that its passage gives right before the sentence
        saying what a "why?" asks about: "The INF Treaty worked for more than two decades but
        collapsed amid accusations of cheating. In 2014 the United States publicly accused
        Russia ... On 1 February 2019 the United States announced that it would ... withdraw"
        opens with the first, which names the subject asked about and stands alone; else the
        event sentence."""
        at = chosen.index(event)
        run = list(itertools.takewhile(lambda c: c.passage is event.passage and self._gives_cause(c, tokens), reversed(chosen[:at])))
        return next((c for c in reversed(run) if stands_alone(c.sentence) and self._names_subject(c, tokens)), event)

    def _names_asked(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence names the subject asked about or some of what is asked of it:
        a cause in one that names neither is another thing's ("On-site inspections had been
        paused because of the COVID-19 pandemic" gives no cause of Russia suspending New
        START), so it does not open the answer; so is one that names another party in place
        of the one the question names ("The United States never joined, because ..." for
        why the Soviet Union joined the League)."""
        if self._names_another_party(candidate, tokens):
            return False
        focus = self.retriever.focus_tokens(candidate.passage.chunk.doc_id, tokens)
        return not focus or self._names_subject(candidate, tokens) or not self._words(candidate).isdisjoint(focus)

    def _names_another_party(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence names another party (a glossary name) in place of the one the
        question names ("The United States never joined" for why the Soviet Union joined)."""
        focus = self.retriever.focus_tokens(candidate.passage.chunk.doc_id, tokens)
        words = self._words(candidate)
        glossary = self.retriever.kb.glossary
        names = {t for t in words | set(focus) if t.startswith("=") and not glossary.is_a_word(t)}
        asked, others = names & set(focus), names - set(tokens) - self.retriever.title_terms(candidate.passage.chunk.doc_id)
        return bool(asked and words.isdisjoint(asked) and others)

    def _subject_named(self, candidate: Candidate, tokens: list[str]) -> frozenset[str]:
        """The terms of its document's title that the question and a sentence both name."""
        return self._words(candidate) & self.retriever.title_terms(candidate.passage.chunk.doc_id) & frozenset(tokens)

    def _names_subject(self, candidate: Candidate, tokens: list[str]) -> bool:
        """Whether a sentence names the subject the question names, by a term of its
        document's title ("The INF Treaty worked ... but collapsed amid accusations of
        cheating" for "why did the inf treaty fall apart?")."""
        return not self._words(candidate).isdisjoint(self.retriever.title_terms(candidate.passage.chunk.doc_id) & set(tokens))

    def _words(self, candidate: Candidate) -> frozenset[str]:
        """The terms of a sentence of the answer."""
        return next((words for sentence, words in self.reader.of(candidate.passage.chunk) if sentence == candidate.sentence), frozenset())

    def _says(self, candidate: Candidate, tokens: list[str]) -> float:
        """How much of the question's focus (its terms less the document's title) a
        sentence names, by idf."""
        focus = set(self.retriever.focus_tokens(candidate.passage.chunk.doc_id, tokens))
        return fsum(self.retriever.index.idf_of(t) or 0.0 for t in focus & self._words(candidate))

    @staticmethod
    def _defines_several(sentence: str) -> bool:
        """Whether a defining sentence defines two things at once ("Treaties and resolutions
        are ..."): for "what is a treaty?" the sentence defining the treaty alone leads."""
        found = subject_before(sentence, COPULA)
        if found is None or found[1].group() not in ("are", "were"):
            return False
        subject = found[0]
        return " and " in subject and "," not in subject  # not a name ("..., formally the ... of Bosnia and Herzegovina, are")

    def _defines(self, sentence: str, tokens: list[str]) -> bool:
        """Whether a sentence defines what the question names: its subject, before "is",
        "are", "means"..., names some of the question's terms and nothing else ("A chargé
        d'affaires is a diplomat who..."; not "The JCPOA's lead negotiators were ...")."""
        subject = self._subject(sentence)
        return bool(subject) and subject <= set(tokens)

    def _subject(self, sentence: str) -> set[str] | None:
        """The terms of what a defining sentence defines (before its "is", "means"...),
        or None when the sentence does not read as a definition."""
        found = subject_before(sentence, COPULA, SUBJECT_WORDS)
        if found is None:
            return None
        # A phrase set off by commas beside the subject says more of it ("The OAU, the
        # forerunner of the African Union, was ..."; "Persona non grata, Latin for ...,
        # is ..."): the subject is what comes before it.
        # A list ("Ambassadors, chargés d'affaires and envoys are ...") has no comma before
        # its verb. So does another name in brackets ("The Non-Aligned Movement (NAM) is ..."
        # defines what "what is the non-aligned movement?" asks, the acronym unasked).
        subject = BRACKETED_NAME.sub("", found[0]).rstrip()
        return set(self.retriever.query_tokens(subject.split(", ")[0] if subject.endswith(",") else subject))

    def explanation(
        self,
        intent: str,
        passages: list[Passage],
        tokens: list[str],
        seed: int,
        topic: str,
        defining_first: bool,
        anchor: int | None = None,
        yes_no_question: str | None = None,
        also: tuple[str, list[str]] | None = None,
        thing: str | None = None,
        in_general: bool = False,
        sides: list[frozenset[str]] | None = None,
        explains: bool = False,
    ) -> tuple[str, list[Passage]]:
        """The answer's text and the passages its sentences came from; the answer to a
        yes/no question (`yes_no_question`) starts with its "Yes." or "No."; `also`, the
        kind and terms of a second question, adds the sentence answering it; `thing`, the
        kind of thing a "which ...?" asks for, opens it with a sentence naming one;
        `in_general`, a "how?" or "why?" asking how or why a thing is done (`HOW_IN_GENERAL`,
        `WHY_IN_GENERAL`), opens it with a sentence that tells no dated case when one says
        enough; `sides`, the terms of the two
        sides of a comparison answered from one passage, opens it with them set apart in one
        sentence (`_contrasted`); `explains`, the question asks for an explanation
        (`ASKS_EXPLANATION`), keeps more than its opening sentence (`SubjectFocus.kept`)."""
        chosen = self.sentences(passages, tokens, intent, defining_first, anchor, also, thing, in_general)
        sentences = [sentence for sentence, _ in chosen]
        origin = {sentence: passage for sentence, passage in chosen}  # the passage each sentence comes from
        if intent == "comparison" and sides:
            sentences = self._contrasted(sentences, origin, sides)
        if yes_no_question is not None:
            # "did china sign the npt (first year student here)?": the aside claims nothing.
            as_question = self.confirmation.as_question if self.confirmation is not None else str
            proper = claim_proper(yes_no_question, lambda said: any(t.startswith("=") for t in self.retriever.query_tokens(said)), as_question)
            aside = set(self.retriever.query_tokens(yes_no_question)) - set(self.retriever.query_tokens(proper))
            yes_no_question, tokens = proper, [t for t in tokens if t not in aside]
            signing = as_signing(yes_no_question)
            if signing != yes_no_question:
                # "was Czechoslovakia a signatory of ...?": did it sign?
                noun = set(self.retriever.query_tokens("signatory signatories"))
                yes_no_question = signing
                tokens = [t for t in tokens if t not in noun] + [t for t in self.retriever.query_tokens("sign") if t not in tokens]
            if passages:
                # "... in their 1979 peace treaty?": the year names the treaty.
                document = self.retriever.documents[passages[0].chunk.doc_id]
                yes_no_question = without_naming_year(yes_no_question, document.years, document.short_title)
        if yes_no_question is not None and SECOND_ALTERNATIVE.search(yes_no_question):
            # "Is New START still in force or is it dead?": the first question is the claim.
            yes_no_question = SECOND_ALTERNATIVE.sub("?", yes_no_question)
            tokens = [t for t in tokens if t in self.retriever.query_tokens(yes_no_question)]
        if yes_no_question is not None:
            # "Is it still in force?" after "what is New START?": asked of the answer's subject.
            named = named_subject(yes_no_question, passages, tokens, self.retriever)
            if POINTED_SUBJECT.match(yes_no_question) is None:
                # The subject of a claim to confirm ("my teacher said it was founded in
                # 1948, is that right?"): its name's terms join the question's as read for
                # the search, without "my teacher said", which no claim holds.
                said = set(self.retriever.query_tokens(yes_no_question))
                tokens = tokens + [t for t in dict.fromkeys(self.retriever.query_tokens(named)) if t not in said and t not in tokens]
            elif named != yes_no_question:
                tokens = self.retriever.query_tokens(named)
            yes_no_question = named
        verdict = self.verdicts.decide(yes_no_question, sentences, passages, tokens) if yes_no_question is not None else None
        checked = self.claim_check.settle(yes_no_question, verdict, sentences, passages) if yes_no_question is not None else None
        # Checked against single sentences that say the claim's parts (see `ClaimCheck`): a
        # verdict the check gives or turns stands as it is.
        settled, verdict = checked is not verdict, checked
        if verdict is not None and yes_no_question is not None and verdict.sentence in sentences:
            reason = self.verdicts.reason(yes_no_question, verdict, sentences, passages, tokens)
            if reason is not None:
                # The sentence of another section that says the same and why takes the
                # place of the one that only says it.
                sentences[sentences.index(verdict.sentence)], verdict = reason[0], verdict._replace(sentence=reason[0], passage=None)
                origin[reason[0]] = reason[1]
        elif yes_no_question is not None and not settled:
            speaking = self.verdicts.speaking_elsewhere(yes_no_question, sentences, passages, tokens)
            spoken = self.verdicts.decide(yes_no_question, [speaking[0]], passages, tokens) if speaking is not None else None
            # Checked as the answer's own would be ("was the Treaty of Paris of 1898 between
            # Spain and Britain?" / "... from Britain, whereas the Treaty of Paris of 1898 ...
            # taken from Spain" says the two apart).
            spoken = self.claim_check.settle(yes_no_question, spoken, [speaking[0]], passages) if spoken is not None else None
            if spoken is not None and spoken.word == "yes" and self.claim_check.of_another_doer(yes_no_question, spoken.sentence):
                # "Yes." to "did Israel nationalise the Suez Canal?" from "... after Egyptian
                # President Nasser nationalised ...": the deed is another's.
                spoken = None
            if speaking is not None and spoken is not None:
                # No sentence of the answer speaks to the claim; one of another section
                # does ("the EEAS runs more than 140 EU delegations ..., which work like
                # embassies"), or one of its own passage that it left out ("... formally
                # signed in Paris"), and decides it: it opens the answer. One that decides
                # nothing ("entered into force on 3 October 1972" for "is it in force
                # today?") leaves the opening to what befell the subject last.
                self._open_with(speaking, sentences, origin, intent)
                verdict = spoken
            elif verdict is None:
                # "Is the ABM Treaty still in force?": what befell it last opens the answer.
                fate = self.verdicts.latest_fate(yes_no_question, passages, tokens)
                if fate is not None and sentences[:1] != [fate.sentence]:
                    if fate.sentence in sentences:
                        sentences.remove(fate.sentence)
                    self._open_with((fate.sentence, fate.passage), sentences, origin, intent)
                verdict = fate if fate is not None and fate.word else None
            if verdict is None:
                verdict = self.claim_check.undecided(yes_no_question, sentences, passages)
        if verdict is not None and verdict.passage is not None and verdict.sentence not in sentences:
            # Said elsewhere in the document ("The G7 countries suspended Russia in March 2014").
            self._open_with((verdict.sentence, verdict.passage), sentences, origin, intent)
        if verdict is not None:
            # The sentence that says yes or no follows the "Yes." or "No.".
            answering = verdict.sentence
            if answering != sentences[0] and not DEPENDENT_START.match(answering):
                sentences.remove(answering)
                sentences.insert(0, answering)
            if verdict.then is not None and verdict.then[0] not in sentences[:2]:
                # "... due to expire on 5 February 2026": then what befell it before that day.
                if verdict.then[0] in sentences:
                    sentences.remove(verdict.then[0])
                self._open_with(verdict.then, sentences, origin, intent, at=1)
        # A sentence that another of the answer says word for word ("NATO had 32 member
        # countries as of 2025." beside "NATO had 32 member countries as of 2025, and ...")
        # is not said twice.
        sentences = [s for s in dict.fromkeys(sentences) if not any(s != other and s.rstrip(".!?") in other for other in sentences)]
        sentences = self._without_restatements(sentences)
        sentences = self._without_pointers(sentences, origin)
        sentences = self._without_borrowed_referents(sentences, origin)
        if intent not in IN_ORDER and intent != "comparison":
            sentences = self.focus.kept(sentences, origin, tokens, intent, asks_cue=intent in FREED_LEAD, explained=intent in EXPLAINED or explains)
        used = list({id(origin[s]): origin[s] for s in sentences}.values())
        sentences[:1] = [without_also(s) for s in sentences[:1]]
        body = "\n".join(f"- {s}" for s in sentences) if intent == "list" and len(sentences) > 2 else " ".join(sentences)
        if verdict is not None:
            body = f"{self.templates['yes_no'][verdict.word].format(year=verdict.as_of, due=verdict.due)} {body}"
        # "Side by side:" opens only a comparison set out side by side (`comparison`), not
        # one answered from a single passage that compares the two itself.
        opening = self.opening(intent, seed, topic) if intent != "comparison" else ""
        parts = [opening, body, self.sources_line(used)]
        return "\n\n".join(part for part in parts if part), used

    def _without_restatements(self, sentences: list[str]) -> list[str]:
        """The answer without a sentence after its first whose words an earlier one of it
        nearly all says (RESTATED_SHARE of its terms, at least RESTATED_MIN_TERMS): two
        sections telling the same fact in other words say it once ("ASEAN was founded by five
        states: ..." after "ASEAN was founded in Bangkok ... by five states, ..."). Not after
        a sentence that denies or sets apart: its words may say the opposite ("A substantive
        decision, on anything that is not procedural, needs nine votes" says nothing of what
        "Procedural decisions need nine votes" says)."""
        kept: list[tuple[str, set[str]]] = []
        for sentence in sentences:
            terms = {t for t in self.retriever.query_tokens(sentence) if not t.startswith("=")}
            restated = len(terms) >= RESTATED_MIN_TERMS and any(
                len(terms & said) >= RESTATED_SHARE * len(terms) and not CONTRASTING.search(earlier) for earlier, said in kept
            )
            if not kept or not restated:
                kept.append((sentence, terms))
        return [sentence for sentence, _ in kept]

    def _without_pointers(self, sentences: list[str], origin: dict[str, Passage]) -> list[str]:
        """The answer without a sentence after its first that points at the ones after it in
        its passage ("Two Cold War forums are classic examples of track two diplomacy.",
        "Three well-known agreements show track one diplomacy at work:") when the next of
        them does not follow it: it would point at nothing."""
        kept = sentences[:1]
        for at, sentence in enumerate(sentences[1:], start=1):
            pointing = COUNTED_SUBJECT.match(sentence) and POINTS_FORWARD.match(sentence) or sentence.endswith(":")
            if pointing:
                said = [other for other, _ in self.reader.of(origin[sentence].chunk)]
                where = said.index(sentence) if sentence in said else len(said)
                if where + 1 >= len(said) or sentences[at + 1 : at + 2] != said[where + 1 : where + 2]:
                    continue
            kept.append(sentence)
        return kept

    def _without_borrowed_referents(self, sentences: list[str], origin: dict[str, Passage]) -> list[str]:
        """The answer without a sentence after its first that points back at its own
        section's subject ("In May 1993 the channel became official ..." in "Example: the
        Oslo back channel (1993)") when neither it nor the answer before it names that
        subject, after a sentence of another section: read there, "the channel" is the one
        the answer has told of (the Kennedy-Dobrynin channel). After "the Geneva tribunal"
        is named, "The tribunal first set aside ..." of "The Geneva tribunal and its award"
        keeps its subject."""
        kept = sentences[:1]
        for sentence in sentences[1:]:
            home, before = origin[sentence].chunk, origin[kept[-1]].chunk
            pointer = BACK_REFERENCE.match(sentence)
            # The first sentence of a section introduces its subject rather than pointing back.
            if pointer is not None and home.id != before.id and self.reader.of(home)[0][0] != sentence:
                names = HEADING_NAME.findall(home.section)
                said = " ".join([*kept, sentence])
                points_at_heading = not set(self.retriever.query_tokens(pointer["noun"])).isdisjoint(self.retriever.query_tokens(home.section))
                if points_at_heading and names and not any(re.search(rf"\b{re.escape(name)}", said) for name in names):
                    continue
            kept.append(sentence)
        return kept

    @staticmethod
    def _open_with(opening: tuple[str, Passage], sentences: list[str], origin: dict[str, Passage], intent: str, at: int = 0) -> None:
        """Put a sentence from another passage first in the answer (or at position `at`),
        noting its passage in `origin`, dropping sentences from the end so that the answer
        keeps its length."""
        sentences.insert(at, opening[0])
        origin[opening[0]] = opening[1]
        budget = SENTENCE_WORD_BUDGET.get(intent, DEFAULT_WORD_BUDGET) + EXTRA_SENTENCE_SLACK
        while len(sentences) > 1 and sum(len(sentence.split()) for sentence in sentences) > budget:
            sentences.pop()


    def comparison(
        self,
        sides: list[tuple[str, list[Passage]]],
        side_terms: list[frozenset[str]],
        key: Passage | None,
        key_sentences: list[str],
        tokens: list[str],
        seed: int,
        likeness: bool = False,
    ) -> str:
        """The key difference first, when a passage states it (`key_sentences` of `key`),
        then the two subjects side by side, each with its defining sentence and, within
        the word budget, the one that sets it against the other (see `_side_sentences`).
        Asked what they share (`likeness`), a key sentence saying so is labelled as that, and
        one setting them apart says first that the knowledge tells how they differ."""
        parts: list[str] = []
        used: list[Passage] = []
        if key is not None and len(key_sentences) > 1 and not likeness:
            # A key difference said one side a sentence ("General Assembly resolutions are
            # recommendations ... The Security Council, by contrast, can adopt binding
            # decisions ..."): one sentence sets them apart.
            joined = self._contrast(key_sentences[0], key_sentences[1], side_terms)
            key_sentences = [joined, *key_sentences[2:]] if joined is not None else key_sentences
        if key is not None and key_sentences:
            said = " ".join([without_also(key_sentences[0]), *key_sentences[1:]])
            if not likeness:
                parts.append(f"{self.templates['comparison_key']} {said}")
            elif SAYS_LIKENESS.search(said):
                parts.append(f"{self.templates['comparison_shared']} {said}")
            else:
                parts.append(f"{self.templates['comparison_unlike']} {self.templates['comparison_key']} {said}")
            used.append(key)
        elif likeness:
            parts.append(self.templates["comparison_unlike_sides"])
        opening_at = len(parts)
        parts.append(self.opening("comparison", seed, ""))
        # A side's section that does not say what the side is ("Who becomes an ambassador")
        # opens with the sentence of its document's overview that does.
        defining = [self._side_definition(passages[0], terms) for (_, passages), terms in zip(sides, side_terms)]
        said = [
            [
                sentence
                for sentence in [*definition[:1], *self._side_sentences(passages[0], tokens, terms, frozenset() if key_sentences else other)]
                if sentence not in key_sentences
            ][:COMPARISON_SIDE_SENTENCES]
            for (_, passages), terms, other, definition in zip(sides, side_terms, reversed(side_terms), defining)
        ]
        # Each side's defining sentence, and its next ones while the answer stays within the
        # word budget, the side said shortest first.
        shown = [side[:1] for side in said]
        budget = SENTENCE_WORD_BUDGET.get("comparison", DEFAULT_WORD_BUDGET) - sum(len(part.split()) for part in parts)
        for more in range(1, COMPARISON_SIDE_SENTENCES):
            for side, sentences in sorted(zip(shown, said), key=lambda pair: len(" ".join(pair[0]).split())):
                words = sum(len(sentence.split()) for side_shown in shown for sentence in side_shown)
                # Not a sentence that leads into a list it cannot show ("a state should possess:").
                if more < len(sentences) and words + len(sentences[more].split()) <= budget and not sentences[more].endswith(":"):
                    side.append(sentences[more])
        # With no key difference, the sides' first sentences set them apart in one sentence
        # ("Shuttle diplomacy is a form of mediation ..., whereas summit diplomacy is ..."), in
        # place of "Side by side:"; else a side's first sentence that names the other side too
        # does so itself ("NATO, founded in 1949, grouped ...; the Warsaw Pact ... was founded
        # ..."; not one going on from another, "Recognition can also move ..."). Each side's
        # further sentences follow under its name.
        if not (key is not None and key_sentences) and not likeness and all(shown):
            joined = self._contrast(shown[0][0], shown[1][0], side_terms)
            if joined is None:
                # Said without the other names a side goes by, the two may fit one sentence.
                joined = self._contrast(*(ALIAS.sub("", side[0]) for side in shown[:2]), side_terms)
            naming_both = [
                i for i in (0, 1)
                if stands_alone(shown[i][0]) and without_also(shown[i][0]) == shown[i][0] and all(self.reader.names(self._terms(shown[i][0]), terms) for terms in side_terms)
            ]
            if joined is not None:
                parts[opening_at] = joined
                shown = [side[1:] for side in shown]
            elif naming_both:
                parts[opening_at] = shown[naming_both[0]].pop(0)
            elif (paired := self._contrast(shown[0][0], shown[1][0], side_terms, whole=False)) is not None:
                # Too long for one sentence: the two, the second set against the first ("...
                # By contrast, the Congress of Vienna was ..."), in place of "Side by side:".
                parts[opening_at] = paired
                shown = [side[1:] for side in shown]
        for (title, passages), sentences, definition in zip(sides, shown, defining):
            if sentences:
                parts.append(f"**{title}**: {' '.join(sentences)}")
            used.extend([*definition[1:], *passages[:1]])
        parts.append(self.sources_line(used))
        return "\n\n".join(parts)

    def _contrasted(self, sentences: list[str], origin: dict[str, Passage], sides: list[frozenset[str]]) -> list[str]:
        """A comparison answered from one passage, opening with the sentences on each side said
        as one (`_contrast`): its first two, or, when the first names both sides and only leads
        up to them ("The difference between a head of state and a head of government lies in
        the kind of authority each holds."), the next two, that one after them."""
        for at in range(min(2, len(sentences) - 1)):
            # (Not past a first sentence that sets them apart outright: "The GATT was ...,
            # whereas the WTO is ...".)
            if at and (OUTRIGHT_CONTRAST.search(sentences[0]) or not all(self.reader.names(self._words_of(sentences[0], origin), terms) for terms in sides)):
                break
            pair = sentences[at : at + 2]
            joined = self._contrast(*pair, sides) or self._contrast(*pair, sides[::-1])
            if joined is not None:
                origin[joined] = origin[pair[0]]
                return [joined, *sentences[:at], *sentences[at + 2 :]]
        return sentences

    def _terms(self, text: str) -> frozenset[str]:
        """The terms of a text, as a passage's sentences have them."""
        return frozenset(self.retriever.tokenizer.tokens_of_texts([text])[0])

    def _words_of(self, sentence: str, origin: dict[str, Passage]) -> frozenset[str]:
        """The terms of a sentence of the answer, from its passage."""
        return next((words for said, words in self.reader.of(origin[sentence].chunk) if said == sentence), frozenset())

    def _contrast(self, first: str, second: str, side_terms: list[frozenset[str]], whole: bool = True) -> str | None:
        """Two sentences of a comparison said as one that sets the sides apart, "whereas"
        between them: the first names the first side among its first `CONTRAST_SUBJECT_WORDS`
        words and not the second, the second (freed of a connective, "by contrast") the second
        and not the first; None otherwise, or when either leans on another sentence or leads
        into a list, or the two run past `CONTRAST_WORDS` words; not `whole`, two sentences, the
        second opening "By contrast," however long. The second's first words are written in lower case when the
        knowledge writes them so ("track two diplomacy", "compellence"), an article always ("the
        Security Council"), and kept as names otherwise ("General Assembly")."""
        second = second if stands_alone(second) else freed(second) or ""
        if not second or not stands_alone(first) or first.endswith(":") or second.endswith(":") or whole and len(first.split()) + len(second.split()) > CONTRAST_WORDS:
            return None
        for i, sentence in enumerate((first, second)):
            # Its own side named among its first words (what it is about), the other by no
            # name the question gives (not by a glossary's other name of it: "officials").
            own, other = side_terms[i], side_terms[1 - i]
            opening = self._terms(" ".join(sentence.split()[:CONTRAST_SUBJECT_WORDS]))
            words = self._terms(sentence)
            plain = frozenset(t for t in other if not t.startswith("="))
            if not own or not self.reader.names(opening, own) or not words.isdisjoint(other - plain) or plain and self.reader.names(words, plain):
                return None
        # A name that goes on in its second word ("General Assembly") is looked for whole; else
        # the first word alone ("Compellence is ...": "compellence").
        said = second.split()
        head = " ".join(said[:2]) if len(said) > 1 and said[1][:1].isupper() else said[0]
        lowered = re.compile(rf"\b{re.escape(head[:1].lower() + head[1:])}\b")
        if said[0] in ("The", "A", "An") or any(lowered.search(chunk.text) for chunk in self.retriever.chunks):
            second = second[:1].lower() + second[1:]
        return f"{first.rstrip('.!?')}, whereas {second}" if whole else f"{first} By contrast, {second}"

    def in_order(self, dated: list[tuple[Passage, int, int]]) -> tuple[str, list[Passage]]:
        """"Which came first?" of two things, each with the sentence dating it and its year
        (earliest first): which came before which, with their years, then the two sentences."""
        said = [self.reader.of(passage.chunk)[index][0] for passage, index, _ in dated]
        names = [self._named_as_in(self.retriever.documents[passage.chunk.doc_id], sentence) for (passage, _, _), sentence in zip(dated, said)]
        years = [year for _, _, year in dated]
        opening = self.templates["in_order"].format(first=names[0], first_year=years[0], second=names[1], second_year=years[1])
        used = [passage for passage, _, _ in dated]
        return "\n\n".join([opening[:1].upper() + opening[1:], " ".join(said), self.sources_line(used)]), used

    @staticmethod
    def _named_as_in(document: Document, sentence: str) -> str:
        """A document's subject as its sentence names it: by its short title, or its acronym
        when the sentence uses only that ("created NATO"), with "the" where the sentence puts
        it before the name ("the Peace of Westphalia")."""
        named = [name for name in (document.short_title, document.label) if re.search(rf"\b{re.escape(name)}\b", sentence)]
        name = named[0] if named else document.short_title
        return f"the {name}" if re.search(rf"\bthe {re.escape(name)}\b", sentence, re.IGNORECASE) else name

    def _side_definition(self, passage: Passage, terms: frozenset[str]) -> tuple[str, Passage] | tuple[()]:
        """The sentence of the document's overview that says what a side of a comparison is
        ("An ambassador is the highest-ranking diplomat ...", "A resolution is a formal
        decision ..."), with the overview, when the side's own section defines it nowhere
        ("Most ambassadors are professional, or career, diplomats" says what most are, not
        what an ambassador is); else nothing."""
        overview = self.retriever.chunks[self.retriever.doc_chunks[passage.chunk.doc_id][0]]
        if overview.id == passage.chunk.id or any(self._defines_side(sentence, terms) for sentence, _ in self.reader.of(passage.chunk)):
            return ()
        found = next((sentence for sentence, _ in self.reader.of(overview) if self._defines_side(sentence, terms)), None)
        return (found, Passage(overview, 0.0, [])) if found else ()

    def _defines_side(self, sentence: str, terms: frozenset[str]) -> bool:
        """Whether a sentence says what a side is: its subject, an article and the side's
        words ("A chargé d'affaires is ..."), names nothing else."""
        subject = self._subject(sentence)
        opening = sentence.split(maxsplit=1)[0].casefold()
        return bool(subject) and subject <= terms and (opening in ARTICLES or bool(set(self.retriever.query_tokens(opening)) & terms))

    def _side_sentences(self, passage: Passage, tokens: list[str], terms: frozenset[str], other: frozenset[str]) -> list[str]:
        """A side's sentences for a comparison, best first: the one defining it (of the run
        that best answers the question, `tokens`, the first naming the side, `terms`), then
        those after it in its passage that set it against the other side by naming it
        (`other`, none when a key difference does that: "The UN replaced the League of
        Nations, which had failed to prevent the Second World War"), then the rest of the
        run. A word of contrast alone may set it against a third thing ("called a high
        commissioner rather than an ambassador" for an ambassador against a consul)."""
        run = [sentence for sentence, _ in self.sentences([passage], tokens, "definition", defining_first=True)]
        said = self.reader.of(passage.chunk)
        words_of = dict(said)
        # The run from its first sentence naming the side ("Decision-making at the United
        # Nations differs between organs." names no General Assembly); when none of the run
        # does, the first sentence of the passage naming it and the one after ("The High
        # Representative is supported by the European External Action Service (EEAS), ...").
        naming = [i for i, (_, words) in enumerate(said) if self.reader.names(words, terms)]
        named_run = list(itertools.dropwhile(lambda sentence: not self.reader.names(words_of.get(sentence, frozenset()), terms), run))
        if named_run:
            run = named_run
        elif naming:
            run = [sentence for sentence, _ in said[naming[0] : naming[0] + COMPARISON_SIDE_SENTENCES]]
        at = next((i for i, (sentence, _) in enumerate(said) if sentence == run[0]), len(said))
        if not other or self.reader.names(words_of.get(run[0], frozenset()), other):
            return run  # it sets them apart itself ("heads an embassy in place of an ambassador")
        contrasting = [sentence for sentence, words in said[at + 1 :] if stands_alone(sentence) and self.reader.names(words, other)]
        return list(dict.fromkeys([*run[:1], *contrasting, *run[1:]]))
