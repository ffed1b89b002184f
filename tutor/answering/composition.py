"""Turning retrieved passages into a tutor's answer.

The wording comes from `dialogues/templates.yaml`; this module picks the sentences that
answer the question (the defining sentence first for "what is" questions, dated sentences
for "when", and so on) and adds a "Sources:" line naming document and
section. Same input, same output: every choice among variants is seeded. Answers open
with the asked-for fact; only a comparison or "tell me more" gets an opening line.
"""

from __future__ import annotations

import itertools
import os
import re
import zlib
from typing import NamedTuple, TypedDict

from tutor.answering.reply import Source
from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import LIST_ITEM
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import fold
from tutor.tuning import (
    CAUSE_LEAD_SHARE,
    COMPARISON_SIDE_SENTENCES,
    CUE_WEIGHT,
    DEPENDENT_START_PENALTY,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_WORD_BUDGET,
    ENDING_REACH,
    EXTRA_SENTENCE_SCORE,
    EXTRA_SENTENCE_SLACK,
    MAX_SENTENCES,
    POSITION_PENALTY,
    SENTENCE_WORD_BUDGET,
    SUBJECT_WORDS,
)

# A sentence that leans on the one before it ("Second, after arriving...", "This
# meant..."): an answer should not start with one.
DEPENDENT_START = re.compile(
    r"(?:second|third|fourth|fifth|then|next|finally|also|however|but|and|so|thus|therefore|moreover|"
    r"instead|otherwise|this|these|that|those|it|its|they|their|he|she|his|her|such|both|there)\b",
    re.IGNORECASE,
)

# A sentence that counts on from an earlier one ("The second aim is...", "The other
# organs..."), or whose first words carry a connective that draws on what came before
# ("Track one can then turn...", "The two governments therefore signed..."), or that opens
# with a phrase pointing back ("For that reason track one diplomacy is ...", "Under this
# agreement ...", "As a result, ...").
# An ordinal in a name ("The Second Intifada", "the Second World War") counts on from
# nothing, so only a lower-case ordinal ("The second framework"), one opening the sentence
# with a comma ("Second, after arriving ...") or "Other ..." at the start leans back; "then" after a comma is
# often "at that time" ("Albania, then isolated, ..."), not "next".
LEANS_BACK = re.compile(
    r"(?:[Tt]he |[Aa] )?(?:second|third|fourth|fifth|latter|former|other|same|remaining)\b"
    r"|(?:Latter|Former|Other|Same|Remaining)\b|(?:Second|Third|Fourth|Fifth),"
    r"|(?i:(?:for|because of|as a result of|despite|after|following|given|with|in|on|by|from|under|to) (?:that|this|these|those|such)\b)"
    r"|(?i:as a result\b)"
    r"|(?i:(?:\S+(?<!,)\s+){0,5}?then\b)"
    r"|(?i:(?:\S+\s+){0,5}?(?:therefore|thus|hence|however|instead)\b)",
)


# What a defining sentence's subject is followed by ("A chargé d'affaires is ...").
COPULA = re.compile(r"\b(?:is|are|was|were|refers? to|means?)\b")


def is_list_item(sentence: str, passage: Passage) -> bool:
    """Whether a sentence begins an item of a Markdown list in its passage's text."""
    return any(LIST_ITEM.sub("", line).startswith(sentence[:40]) for line in passage.chunk.text.splitlines() if LIST_ITEM.match(line))


def stands_alone(sentence: str) -> bool:
    """Whether a sentence can open an answer: it does not lean on one before it."""
    return not DEPENDENT_START.match(sentence) and not LEANS_BACK.match(sentence)


# Kinds of question whose answer should open with the sentence that has what they ask
# for (a date, a span of time, a number), when the best run of sentences does not start
# with one.
FACT_FIRST = frozenset({"when", "duration", "quantity"})

# A sentence that sets out a list after a colon ("founded by five states: Indonesia, ...").
SETS_OUT_A_LIST = re.compile(r":\s+\S")

# A count before the colon ("created six main organs:"), or items after it set apart by
# semicolons ("a permanent population; a defined territory; a government").
COUNTED_LIST = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b[^:]*:")
ITEMS_BY_SEMICOLONS = re.compile(r":[^;]+;[^;]+;")


def plainly_a_list(sentence: str) -> bool:
    """Whether a sentence with a colon sets out a list rather than explains."""
    return bool(COUNTED_LIST.search(sentence) or ITEMS_BY_SEMICOLONS.search(sentence))


# Kinds of answer read in the knowledge's order: a list after the sentence that
# introduces it, "tell me more" as the next part of the document.
IN_ORDER = frozenset({"list", "more"})


# A claim denied ("not liable to arrest", "complement rather than compete", "shields
# diplomats from arrest", "refused to ratify").
NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|neither|nor|without|none|rather than|instead of|unable|exempt|"
    r"(?:shield|shields|shielded|protect|protects|protected|immune|free|freedom)(?: \w+){0,2} from|refus(?:e|es|ed|ing))\b|n't\b",
    re.IGNORECASE,
)


def kindred(terms: set[str], words: list[str]) -> set[str]:
    """The terms that the words contain, counting two stems as one when they differ only
    in their last letter or ending ("diplomat" of "diplomatic", "diplomaci" of "diplomacy")."""
    return {t for t in terms if any(w == t or _kin(w, t) for w in words)}


def _kin(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    common = len(os.path.commonprefix([a, b]))
    return shorter >= KINDRED_STEM and common >= shorter - 1


# The shortest stem that may meet another that shares all but its ending.
KINDRED_STEM = 6


YEAR = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b")

# A question asking whether two things are alike, and a sentence setting two apart.
LIKENESS = re.compile(r"\b(?:like|same|similar|equivalent|identical)\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:differ|differs|differed|different|difference|differences|unlike|whereas|by contrast|in contrast|distinct)\b", re.IGNORECASE)

# Words that narrow or load a claim ("is a state only a state if...", "isn't it basically
# just war?"): a sentence that does not repeat them neither confirms nor denies it.
RESTRICTIVE = re.compile(r"\b(?:only|just|merely|simply|basically|purely|solely|always)\b", re.IGNORECASE)


# A sentence that goes beyond a narrowed claim ("is track one only between two countries?" /
# "from a conversation between two states up to negotiations involving almost every country").
WIDER = re.compile(r"\bfrom\b[^.;]*\bup to\b|\bnot (?:only|just|merely)\b|\bas well as\b|\bbeyond\b", re.IGNORECASE)


# A question asked in the negative ("isn't a treaty binding?", "can't diplomats be
# arrested?"), rather than one claiming a denial ("without the UN", "immune from arrest").
PLAIN_NEGATION = re.compile(r"\b(?:not|never|no|cannot|isnt|arent|wasnt|werent|doesnt|dont|didnt|cant|wont|hasnt|havent)\b|n't\b", re.IGNORECASE)


# A claim that something was done somewhere, at the end of the question ("signed in Oslo?"):
# the verb and the place.
PLACE_CLAIM = re.compile(r"\b([a-z]{4,}) (?:in|at) (?:the )?([a-z][\w-]+)\W*$", re.IGNORECASE)
MONTH = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December")


# A question asked with a negative auxiliary ("isn't ...?", "can't ...?"): it asks whether
# the positive claim holds.
NEGATIVE_QUESTION = re.compile(
    r"\W*(?:(?:so|but|and|ok|well),? )?(?:is|are|was|were|does|do|did|ca|could|wo|would|should|has|have|had|must)n'?t\b|\W*cannot\b",
    re.IGNORECASE,
)


# A claim about most or all of a group ("recognised by most countries?") is denied by a
# sentence that gives only a few of it ("recognised by only 12 states").
MOST_OR_ALL = re.compile(r"\b(?:most|all|every|everyone|everybody|many|majority)\b", re.IGNORECASE)
ONLY_A_FEW = re.compile(r"\b(?:only|just) (?:a few|a handful|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their))|\bfew\b", re.IGNORECASE)


# A state that ended ("the United Kingdom left the EU", "withdrew from", "was dissolved";
# not "most states are left out"), and one taken up again after ending ("Morocco left the
# OAU ... and rejoined the AU"; not "the group returned to the G7 format").
ENDED = re.compile(
    r"\b(?:left(?! out| open| behind| over| unresolved| to| alone)|leaves?|leaving|withdr[ae]w[a-z]*|withdrawn|quit|ceased?|no longer|expired?|lapsed|collapsed|dissolved|"
    r"abolished|terminated|suspended|expelled|pulled out)\b",
    re.IGNORECASE,
)
RESUMED = re.compile(r"\b(?:rejoin[a-z]*|re-joined|readmitted|restored|reinstated|resumed)\b", re.IGNORECASE)
# The auxiliary a yes/no question asks with: a claim about now ("is the UK in the EU?"),
# or about the past or any time ("was", "did", "ever"), which a state that ended since
# does not deny.
AUXILIARY = re.compile(
    r"\b(?:is|are|am|isn'?t|aren'?t|does|do|doesn'?t|don'?t|has|have|hasn'?t|haven'?t|was|were|wasn'?t|weren'?t|did|didn'?t|had|hadn'?t)\b",
    re.IGNORECASE,
)
PAST_OR_EVER = re.compile(r"^(?:was|were|wasn'?t|weren'?t|did|didn'?t|had|hadn'?t)$|\bever\b", re.IGNORECASE)
# Words that only say a claim is about now ("is the UK still in the EU?"): the claim's
# state, not its content, so no sentence need repeat them.
NOW_WORDS = "still now today currently anymore"


def claims_a_present_state(question: str) -> bool:
    """Whether a yes/no question claims something holds now ("is the UK in the EU?",
    "does NATO have ...?"), not that it happened ("did the UK leave?", "has it ever ...?")."""
    auxiliary = AUXILIARY.search(question)
    return auxiliary is not None and not PAST_OR_EVER.search(auxiliary.group()) and not PAST_OR_EVER.search(question)


# Where a sentence's clauses part at its punctuation ("..., where host governments have
# answered by withdrawing ..."), and also at "but" and the like for CLAUSE_BREAK below.
PLAIN_CLAUSE_BREAK = re.compile(r"[,:;]")
# Where a sentence's clauses part ("...: the member states keep their own embassies, but
# they ..."): a claim is confirmed only by words said together in one of them.
CLAUSE_BREAK = re.compile(r"[:;]|,?\s+(?:but|whereas|while|although|though)\s+", re.IGNORECASE)
# The same, and where ", and" joins another clause: a verdict is read from the clauses
# naming the claim, so a denial in the other clause does not count.
CLAIM_CLAUSE_BREAK = re.compile(rf"{CLAUSE_BREAK.pattern}|,\s+and\s+", re.IGNORECASE)


def siblings(concept: str, other: str) -> bool:
    """Whether two glossary concepts are kinds of one thing told apart by one word of
    their names ("=track-one-diplomacy" and "=track-two-diplomacy", "=start-i" and "=start-ii")."""
    parts, others = concept.split("-"), other.split("-")
    return len(parts) == len(others) > 1 and sum(a != b for a, b in zip(parts, others)) == 1


def yes_or_no(question: str, sentence: str, about_another: bool = False, ended: bool = False) -> str | None:
    """"yes" when the sentence that answers a yes/no question says what the question
    asks ("Can an ambassador be expelled?" / "... may declare a diplomat persona non
    grata"), "no" when one of them denies what the other affirms ("Can the police arrest
    a diplomat?" / "A diplomatic agent is not liable to any form of arrest"), None when
    the sentence denies nothing but does not say all the question claims. `about_another`:
    the sentence puts the claim's subject under a sibling of the kind the question names
    ("is an NGO a track one actor?" / "NGOs ... the field of track two diplomacy"): it denies.
    `ended`: the sentence says a state the question claims holds now has ended (see
    `Composer._says_it_ended`): it denies too."""
    # Denied too: likeness, when the sentence sets the two apart ("full immunity like
    # diplomats?" / "the difference between..."), and a year the sentence gives otherwise
    # ("signed in 1980?" / "signed on 1 August 1975").
    asked_years, said_years = set(YEAR.findall(question)), set(YEAR.findall(sentence))
    other_year = bool(asked_years and said_years and not asked_years & said_years)
    # And a place the sentence gives otherwise for the same verb ("signed in Oslo?" /
    # "signed in Washington").
    asked_place = PLACE_CLAIM.search(question)
    other_place = bool(asked_place) and any(
        fold(place) != fold(asked_place.group(2)) for place in re.findall(rf"\b{re.escape(asked_place.group(1)[:4])}\w* (?:in|at) (?:the )?([A-Z][\w-]+)", sentence, re.IGNORECASE)
        if place[:1].isupper() and not MONTH.fullmatch(place)
    )
    too_few = bool(MOST_OR_ALL.search(question) and ONLY_A_FEW.search(sentence))
    too_narrow = bool(RESTRICTIVE.search(question) and not RESTRICTIVE.search(sentence) and WIDER.search(sentence))
    denies = NEGATION.search(sentence) or (LIKENESS.search(question) and CONTRAST.search(sentence)) or other_year or other_place or too_few or too_narrow or ended or about_another
    # "Isn't a treaty binding?" asks whether it is binding: its answer follows the fact
    # ("No." when the sentence says it is not), as "Is a treaty binding?" would.
    asked_negatively = NEGATIVE_QUESTION.match(question)
    claim = question[asked_negatively.end() :] if asked_negatively else question
    if NEGATION.search(claim) and not denies and not PLAIN_NEGATION.search(claim):
        # The claim itself holds the denial ("can sanctions be imposed without the UN?"):
        # a sentence denying nothing ("UN sanctions were imposed ...") does not speak to it.
        return None
    verdict = "no" if bool(NEGATION.search(claim)) != bool(denies) else "yes"
    # Nor does it confirm a narrowed claim it does not narrow, or a year it does not give.
    unconfirmed = (RESTRICTIVE.search(question) and not RESTRICTIVE.search(sentence)) or (asked_years and not said_years)
    if verdict == "yes" and unconfirmed:
        return None
    return verdict


class Verdict(NamedTuple):
    """The answer to a yes/no question: "yes" or "no", the sentence that says it, and that
    sentence's passage when it comes from outside the answer's sentences."""

    word: str
    sentence: str
    passage: Passage | None = None


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
    more_done: str  # "{topic}"
    no_topic_for_followup: str
    out_of_scope: list[str]
    out_of_scope_judgement: str  # declining a question that asks which is good or best
    out_of_scope_suggest: str
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


def seed_of(*parts: object) -> int:
    """A stable seed for choosing among wordings (unlike hash(), the same in every run)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode("utf-8"))


class Composer:
    """Builds answer text from passages using the templates."""

    def __init__(self, retriever: Retriever, templates: Templates, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.templates = templates
        self.reader = reader

    def pick(self, key: str, seed: int, **values: str) -> str:
        """One of the template's variants (or the template itself), filled in."""
        options = self.templates[key]
        text = options[seed % len(options)] if isinstance(options, list) else options
        return text.format(**values).strip()

    def opening(self, intent: str, seed: int, topic: str) -> str:
        """The opening line for this kind of answer, or "" (most answers start with the fact)."""
        options = self.templates["openings"].get(intent)
        return options[seed % len(options)].format(topic=topic) if options else ""

    def source(self, passage: Passage) -> Source:
        chunk = passage.chunk
        return Source(chunk.doc_id, chunk.title, chunk.section, passage.score, chunk.id, chunk.plain_text())

    def sources_line(self, passages: list[Passage]) -> str:
        names = list(dict.fromkeys(f"{p.chunk.title} › {p.chunk.section}" for p in passages))
        return f"{self.templates['sources_label']} {'; '.join(names)}"

    def sentences(
        self, passages: list[Passage], tokens: list[str], intent: str, defining_first: bool = False, anchor: int | None = None
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
        idf = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        unit = max(idf.values(), default=1.0) or 1.0
        cues = self.reader.cues.get(intent, [])

        def score(sentence: str, words: frozenset[str]) -> float:
            value = sum(idf[t] for t in focus & words)
            return value + (CUE_WEIGHT * unit if any(cue.search(sentence) for cue in cues) else 0.0)

        main = self.reader.of(passages[0].chunk)
        scores = [score(sentence, words) for sentence, words in main]
        from_start = intent == "more" or (defining_first and passages[0].chunk.position == 0)
        if from_start:
            starts = range(1)
        elif anchor is not None and anchor < len(main):
            starts = range(max(0, anchor - limit + 1), anchor + 1)
        else:
            starts = range(len(main))
        best: tuple[float, int, int] | None = None
        for first in starts:
            last, words, total = first, 0, 0.0
            while last < len(main) and last - first < limit and (last == first or words + len(main[last][0].split()) <= budget):
                words += len(main[last][0].split())
                total += scores[last]
                last += 1
            leans_back = first > 0 and not stands_alone(main[first][0])
            candidate = (total - POSITION_PENALTY * unit * first - DEPENDENT_START_PENALTY * unit * leans_back, first, last)
            if anchor is not None and not from_start and last <= anchor:
                continue
            if best is None or candidate[0] > best[0]:
                best = candidate
        assert best is not None
        run = list(range(best[1], best[2]))
        chosen = [Candidate(main[i][0], passages[0], scores[i], i == anchor) for i in run]
        room = budget - sum(len(main[i][0].split()) for i in run)
        if focus and len(chosen) < limit:
            # The best sentence of another section is added when it answers well too.
            extras = [
                (score(sentence, words), sentence, passage)
                for passage in passages[1:]
                for sentence, words in self.reader.of(passage.chunk)
                if len(sentence.split()) <= room + EXTRA_SENTENCE_SLACK
            ]
            extras = [extra for extra in extras if extra[0] >= EXTRA_SENTENCE_SCORE * unit]
            if extras:
                value, sentence, passage = max(extras, key=lambda e: e[0])
                chosen.append(Candidate(sentence, passage, value, False))
        if intent not in IN_ORDER:
            chosen = self._lead_first(chosen, intent, tokens)
        elif intent == "list":
            # A list keeps the knowledge's order, unless the sentence that answers best
            # sets out the list itself ("ASEAN was founded by five states: Indonesia, ...").
            setting_out = [c for c in chosen if stands_alone(c.sentence) and SETS_OUT_A_LIST.search(c.sentence)]
            # Else the one that plainly sets out the list ("six main organs: ...", "a
            # permanent population; a defined territory; ..."), not a colon before an explanation.
            lead = next((c for c in setting_out if c.answers_best), None) or max(
                (c for c in setting_out if plainly_a_list(c.sentence)), key=lambda c: c.score, default=None
            )
            if lead is not None:
                # The items that follow the sentence setting them out in its passage stay
                # with it; the sentences before it come after them.
                run = [c for c in chosen if c.passage is lead.passage]
                at = run.index(lead)
                chosen = [*run[at:], *run[:at], *(c for c in chosen if c.passage is not lead.passage)]
        return [(candidate.sentence, candidate.passage) for candidate in chosen]

    def _lead_first(self, chosen: list[Candidate], intent: str, tokens: list[str]) -> list[Candidate]:
        """The answer's sentences with the one that should open the answer first, the
        others after it in their order.

        The opening sentence stands on its own. It is the sentence that answers best when
        that one can open; otherwise the first, which leads up to it; otherwise the one
        that says most of what is asked. "When ...?" and "how many ...?" open with the
        sentence that has the date or the number and says most of what is asked, from
        another section if need be; "what is ...?" with the sentence that defines what it
        names when the first defines something else.
        """
        leads = [c for c in chosen if stands_alone(c.sentence)]
        if not leads:
            return chosen
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
            leads = [c for c in leads if self.reader.has_cue(c.sentence, intent)] or leads
            lead = max(leads, key=lambda c: (c.score, c.answers_best))
        else:
            best = [c for c in leads if c.answers_best]
            # Else the passage's order, which leads up to the best sentence.
            lead = best[0] if best else chosen[0] if chosen[0] in leads else max(leads, key=lambda c: c.score)
            if intent == "why" and not self.reader.has_cue(lead.sentence, "cause"):
                # "Why ...?" opens with the sentence giving a cause ("suspended Russia ...
                # after Russia annexed Crimea", not "Russia was brought in during the 1990s")
                # when it says enough of what is asked.
                causes = [c for c in leads if self.reader.has_cue(c.sentence, "cause") and c.score >= CAUSE_LEAD_SHARE * lead.score]
                lead = max(causes, key=lambda c: c.score, default=lead)
        # The items of a Markdown list that follow the opening sentence in its passage
        # stay right behind it ("three flexible mechanisms: ... The Clean Development
        # Mechanism ... Joint Implementation ..."), before the sentences that led up to it.
        items: list[Candidate] = []
        if SETS_OUT_A_LIST.search(lead.sentence) and not is_list_item(lead.sentence, lead.passage):
            after = chosen[chosen.index(lead) + 1 :]
            items = list(itertools.takewhile(lambda c: c.passage is lead.passage and is_list_item(c.sentence, c.passage), after))
        return [lead, *items, *(c for c in chosen if c is not lead and c not in items)]

    @staticmethod
    def _defines_several(sentence: str) -> bool:
        """Whether a defining sentence defines two things at once ("Treaties and resolutions
        are ..."): for "what is a treaty?" the sentence defining the treaty alone leads."""
        copula = COPULA.search(sentence)
        if copula is None or copula.group() not in ("are", "were"):
            return False
        subject = sentence[: copula.start()]
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
        copula = COPULA.search(sentence)
        if copula is None or len(sentence[: copula.start()].split()) > SUBJECT_WORDS:
            return None
        return set(self.retriever.query_tokens(sentence[: copula.start()]))

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
    ) -> tuple[str, list[Passage]]:
        """The answer's text and the passages its sentences came from; the answer to a
        yes/no question (`yes_no_question`) starts with its "Yes." or "No."."""
        chosen = self.sentences(passages, tokens, intent, defining_first, anchor)
        sentences = [sentence for sentence, _ in chosen]
        used = list({id(p): p for _, p in chosen}.values())
        verdict = self._yes_or_no(yes_no_question, sentences, passages, tokens) if yes_no_question is not None else None
        if verdict is not None and yes_no_question is not None and verdict.sentence in sentences:
            reason = self._reason(yes_no_question, verdict, sentences, passages, tokens)
            if reason is not None:
                # The sentence of another section that says the same and why takes the
                # place of the one that only says it.
                sentences[sentences.index(verdict.sentence)], verdict = reason[0], Verdict(verdict.word, reason[0])
                used += [reason[1]] if reason[1] not in used else []
        elif yes_no_question is not None:
            speaking = self._speaking_elsewhere(sentences, passages, tokens)
            if speaking is not None:
                # No sentence of the answer speaks to the claim; one of another section
                # does ("the EEAS runs more than 140 EU delegations ..., which work like
                # embassies"): it opens the answer.
                self._open_with(speaking, sentences, used, intent)
                verdict = self._yes_or_no(yes_no_question, sentences[:1], passages, tokens)
        if verdict is not None and verdict.passage is not None and verdict.sentence not in sentences:
            # Said elsewhere in the document ("The G7 countries suspended Russia in March 2014").
            self._open_with((verdict.sentence, verdict.passage), sentences, used, intent)
        if verdict is not None:
            # The sentence that says yes or no follows the "Yes." or "No.".
            answering = verdict.sentence
            if answering != sentences[0] and not DEPENDENT_START.match(answering):
                sentences.remove(answering)
                sentences.insert(0, answering)
        body = "\n".join(f"- {s}" for s in sentences) if intent == "list" and len(sentences) > 2 else " ".join(sentences)
        if verdict is not None:
            body = f"{self.templates['yes_no'][verdict.word]} {body}"
        # "Side by side:" opens only a comparison set out side by side (`comparison`), not
        # one answered from a single passage that compares the two itself.
        opening = self.opening(intent, seed, topic) if intent != "comparison" else ""
        parts = [opening, body, self.sources_line(used)]
        return "\n\n".join(part for part in parts if part), used

    def _claim(self, passages: list[Passage], tokens: list[str]) -> set[str]:
        """The terms of what a yes/no question claims of its subject ("be expelled");
        naming only the subject ("Is NATO?") claims nothing. A year it gives is checked
        against the sentence (see `yes_or_no`), not looked for."""
        focus = {t for t in self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens) if not YEAR.fullmatch(t)} if passages else set()
        # A word of a glossary name ("pulled out" of =withdrawal) is said by any of its
        # names ("withdraw"): the concept stands for it.
        concepts = {t for t in focus if t.startswith("=")}
        if concepts:
            focus -= self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) - concepts
        return focus - set(self.retriever.query_tokens(NOW_WORDS))

    def _reason(self, question: str, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """A sentence of another section of the answering document that says the whole claim
        before its "because", gives the same verdict and says why ("the United States
        never joined, because the US Senate refused to ratify ..." for the overview's "...
        but the United States never joined"); None when the deciding sentence gives a cause
        itself or no such sentence is found."""
        if self.reader.has_cue(verdict.sentence, "because"):
            return None
        focus = self._claim(passages, tokens)
        for passage in passages[1:]:
            if passage.chunk.doc_id != passages[0].chunk.doc_id:
                continue
            for sentence, _ in self.reader.of(passage.chunk):
                # The claim is what the sentence says before its cause ("... imposed sanctions
                # on Russia, because a Russian veto blocked UN action" does not say the UN did).
                cause = min((m.start() for cue in self.reader.cues.get("because", []) if (m := cue.search(sentence))), default=None)
                if cause is None or sentence in sentences:
                    continue
                if kindred(focus, self.retriever.query_tokens(sentence[:cause])) == focus and yes_or_no(question, sentence) == verdict.word:
                    return sentence, passage
        return None

    @staticmethod
    def _open_with(opening: tuple[str, Passage], sentences: list[str], used: list[Passage], intent: str) -> None:
        """Put a sentence from another passage first in the answer (and its passage among
        those used), dropping sentences from the end so that the answer keeps its length."""
        sentences.insert(0, opening[0])
        used += [opening[1]] if opening[1] not in used else []
        budget = SENTENCE_WORD_BUDGET.get(intent, DEFAULT_WORD_BUDGET) + EXTRA_SENTENCE_SLACK
        while len(sentences) > 1 and sum(len(sentence.split()) for sentence in sentences) > budget:
            sentences.pop()

    def _speaking_elsewhere(self, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a yes/no question that no sentence of the answer speaks to (none says all of
        its claim together): the first sentence of another section of the answering document
        that does, in one clause, with its passage; None when there is none."""
        focus = self._claim(passages, tokens)
        if not focus or any(kindred(focus, self.retriever.query_tokens(s)) == focus and self._together(s, focus) for s in sentences):
            return None
        for passage in passages[1:]:
            if passage.chunk.doc_id == passages[0].chunk.doc_id:
                for sentence, words in self.reader.of(passage.chunk):
                    if kindred(focus, list(words)) == focus and stands_alone(sentence) and self._together(sentence, focus):
                        return sentence, passage
        return None

    def _yes_or_no(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"yes" or "no" to a yes/no question and the sentence that says it, or None when
        no sentence of the answer speaks to what the question claims."""
        focus = self._claim(passages, tokens)
        if not sentences or not focus:
            return None
        # Only a sentence about the claim can say yes or no to it: one with the question's
        # most telling word and at least half of its focus (by idf), and with the names it gives
        # ("did the US leave...", as glossary concepts), since one about another party
        # says nothing of it. Of those naming the most of the focus, one that denies the
        # claim outweighs others that only restate its words ("START I entered into force"
        # beside "START II never entered into force"); otherwise all must agree.
        telling = max(focus, key=lambda t: self.retriever.index.idf_of(t) or 0.0)
        names = {t for t in focus if t.startswith("=")}
        said = [self.retriever.query_tokens(s) for s in sentences]
        shares = [sum(self.retriever.index.idf_of(t) or 0.0 for t in kindred(focus, words)) for words in said]
        whole = sum(self.retriever.index.idf_of(t) or 0.0 for t in focus)
        answering = [
            sentence for sentence, words, share in zip(sentences, said, shares)
            if share == max(shares) and 2 * share >= whole and kindred({telling}, words) and kindred(names, words) == names
        ]
        # A claim dated by a year ("was the JCPOA agreed in 2015?") is spoken to first by the
        # sentences giving that year with its telling word ("agreed ... on 2 April 2015"),
        # not by one dating something else the same word is said of (an interim deal
        # "agreed ... in 2013").
        asked_years = set(YEAR.findall(question))
        dated = [
            sentence for sentence, words in zip(sentences, said)
            if asked_years & set(YEAR.findall(sentence)) and kindred({telling}, words) and kindred(names, words) == names
        ]
        answering = dated or answering
        # A sentence naming a sibling of a kind the question names ("track two" for "track
        # one"), and not the kind itself, says the subject is of the other kind.
        asked_kinds = {t for t in tokens if t.startswith("=")}
        words_of = dict(zip(sentences, said))

        def about_another(sentence: str) -> bool:
            kinds = {t for t in words_of[sentence] if t.startswith("=")}
            return any(siblings(asked, other) for asked in asked_kinds - kinds for other in kinds - asked_kinds)

        verdicts = {
            sentence: yes_or_no(question, self._claim_clauses(sentence, focus | asked_kinds), about_another(sentence), self._says_it_ended(question, sentence, focus))
            for sentence in answering
        }
        denied_year = self._other_year(question, answering, passages)
        if denied_year is not None:
            return Verdict("no", denied_year)
        denying = [sentence for sentence, verdict in verdicts.items() if verdict == "no"]
        if denying:
            return Verdict("no", denying[0])
        # A "yes" needs the claim's own words where the answer has them: a sentence naming
        # China beside ASEAN does not confirm "is China a member of ASEAN?" when another
        # sentence of the answer speaks of members. A word the answer never uses
        # ("would the Marshall Plan count?") is the learner's, not the knowledge's. A sentence
        # says the words of the names it gives ("track one and a half" says "1.5").
        # A name the claim gives ("is the UN headquarters in Geneva?") must be said too, even
        # when the answer never uses it: a sentence without Geneva confirms nothing about it.
        used = set().union(*said)
        named = {t for t in focus if not t.startswith("=") and not self.retriever.is_everyday(t) and self.retriever.index.idf_of(t) is not None}
        # Nor can it confirm what the knowledge base never says at all ("was Germany happy
        # with it?": no passage says "happy").
        unknown = {t for t in focus if not t.startswith("=") and self.retriever.index.idf_of(t) is None}
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        unsaid = [
            (kindred(focus, used) | named | (focus & self.retriever.incidental) | unknown) - kindred(focus, [*words, *glossary.name_stems({t for t in words if t.startswith("=")}, stem)])
            for sentence, words in zip(sentences, said) if sentence in answering
        ]
        if answering and all(verdict == "yes" for verdict in verdicts.values()) and not any(unsaid) and all(self._together(s, focus) for s in answering):
            ended = self._ended_elsewhere(question, passages, tokens)
            return Verdict("no", *ended) if ended is not None else Verdict("yes", answering[0])
        return None

    def _says_it_ended(self, question: str, sentence: str, focus: set[str]) -> bool:
        """Whether the sentence says that a state the question claims holds now has ended
        ("is the UK in the EU?" / "..., the United Kingdom left the EU on 31 January 2020"),
        in a clause naming a word of the claim, and was not taken up again ("... and Morocco
        rejoined the African Union"). A question about the ending itself ("did the UK
        leave?") or about the past ("was", "did", "ever") is not denied by it, nor is a claim
        by an ending said of something else ("..., where host governments have answered by
        withdrawing diplomatic number plates" for "can't diplomats get parking tickets?")."""
        if not claims_a_present_state(question) or ENDED.search(question) or RESUMED.search(sentence):
            return False
        return any(ENDED.search(clause) and kindred(focus, self.retriever.query_tokens(clause)) for clause in PLAIN_CLAUSE_BREAK.split(sentence))

    def _ended_elsewhere(self, question: str, passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a claim about now: a sentence of the answering document, with its passage,
        that says it has ended ("is Russia in the G8?" / "The G7 countries suspended
        Russia in March 2014 ..."), whatever the answer's sentences say of how it began; the
        clause must name the claim's subject, the question's first term that is more than a
        word any subject could take ("Japan" of "is Japan a member of the G7?", not "G7";
        "JCPOA" of "is the JCPOA still in force?"). None when no sentence does."""
        if not claims_a_present_state(question):
            return None
        now = set(self.retriever.query_tokens(NOW_WORDS))
        first = next((t for t in tokens if not t.startswith("=") and t not in self.retriever.incidental and t not in now), None)
        if first is None:
            return None
        # The subject as the question names it, and as any glossary name of it ("UK" is "=united-kingdom").
        stem = self.retriever.tokenizer.stem
        subject = {first} | {t for t in tokens if t.startswith("=") and first in self.retriever.kb.glossary.name_stems({t}, stem)}
        # The passages the answer drew on and the document's overview, which says where its
        # subject stands now ("As of 2025, the JCPOA has largely collapsed ...").
        doc_id = passages[0].chunk.doc_id
        overview = self.retriever.chunk_range(doc_id)[:1]
        looked = [*passages, *(Passage(self.retriever.chunks[at], 0.0) for at in overview if all(p.chunk.id != self.retriever.chunks[at].id for p in passages))]
        for passage in (p for p in looked if p.chunk.doc_id == doc_id):
            for sentence, _ in self.reader.of(passage.chunk):
                if self._says_it_ended(question, sentence, subject) and self._ending_near(sentence, subject):
                    return sentence, passage
        return None

    def _ending_near(self, sentence: str, subject: set[str]) -> bool:
        """Whether an ending comes within ENDING_REACH words of the subject ("suspended
        Russia", "the United Kingdom left", "the JCPOA has largely collapsed"): said of it,
        not of something else its clause mentions ("the timetable for Sinai withdrawal and
        ... over Egypt's other commitments")."""
        words = sentence.split()
        for at in range(len(words)):
            if ENDED.match(" ".join(words[at : at + 2])):
                near = " ".join(words[max(0, at - ENDING_REACH) : at + ENDING_REACH + 1])
                if kindred(subject, self.retriever.query_tokens(near)):
                    return True
        return False

    def _claim_clauses(self, sentence: str, claim: set[str]) -> str:
        """The clauses of a sentence that name something of the claim, which say yes or no
        to it: "The United States signed the Kyoto Protocol in November 1998" confirms "did
        the US sign it?" whatever its "but never ratified it" denies of another claim, and
        "..., and Canada had already withdrawn" answers "did Canada leave?" whatever the
        parties that "chose not to take targets" before it."""
        clauses = CLAIM_CLAUSE_BREAK.split(sentence)
        if len(clauses) == 1:
            return sentence
        naming = [clause for clause in clauses if kindred(claim, self.retriever.query_tokens(clause))]
        return " ".join(naming) if naming else sentence

    def _together(self, sentence: str, focus: set[str]) -> bool:
        """Whether the focus terms a sentence says come together in one of its clauses:
        "the member states keep their own foreign ministries and embassies", after a colon
        in a sentence about EU foreign policy, does not say the EU has embassies."""
        clauses = CLAUSE_BREAK.split(sentence)
        if len(clauses) == 1 or plainly_a_list(sentence):  # a list's items share one claim
            return True
        said = kindred(focus, self.retriever.query_tokens(sentence))
        return any(kindred(focus, self.retriever.query_tokens(clause)) >= said for clause in clauses)

    @staticmethod
    def _other_year(question: str, answering: list[str], passages: list[Passage]) -> str | None:
        """The sentence about a claim that gives a year ("the UN was founded in 1948?") when
        neither it nor any sentence of its passage gives that year but the passage dates
        the event otherwise ("... entered into force on 24 October 1945"): its passage
        says when, and it is not then. None when any of them gives no year to compare."""
        asked = set(YEAR.findall(question))
        if not asked or not answering or any(YEAR.search(sentence) for sentence in answering):
            return None
        for passage in passages:
            text = passage.chunk.plain_text()
            if answering[0] in text:
                given = set(YEAR.findall(text))
                return answering[0] if given and not given & asked else None
        return None

    def comparison(self, sides: list[tuple[str, list[Passage]]], key: Passage | None, key_sentences: list[str], tokens: list[str], seed: int) -> str:
        """The key difference first, when a passage states it (`key_sentences` of `key`),
        then the two subjects side by side, each with its defining sentence."""
        parts: list[str] = []
        used: list[Passage] = []
        if key is not None and key_sentences:
            parts.append(f"{self.templates['comparison_key']} {' '.join(key_sentences)}")
            used.append(key)
        parts.append(self.opening("comparison", seed, ""))
        for title, passages in sides:
            sentences = [sentence for sentence, _ in self.sentences(passages[:1], tokens, "definition", defining_first=True)[:COMPARISON_SIDE_SENTENCES]]
            parts.append(f"**{title}**: {' '.join(sentences)}")
            used.extend(passages[:1])
        parts.append(self.sources_line(used))
        return "\n\n".join(parts)
