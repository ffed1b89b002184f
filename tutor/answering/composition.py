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
from tutor.tuning import (
    CAUSE_LEAD_SHARE,
    COMPARISON_SIDE_SENTENCES,
    CUE_WEIGHT,
    DEPENDENT_START_PENALTY,
    DEFAULT_MAX_SENTENCES,
    DEFAULT_WORD_BUDGET,
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


# A claim about most or all of a group ("recognised by most countries?") is denied by a
# sentence that gives only a few of it ("recognised by only 12 states").
MOST_OR_ALL = re.compile(r"\b(?:most|all|every|everyone|everybody|many|majority)\b", re.IGNORECASE)
ONLY_A_FEW = re.compile(r"\b(?:only|just) (?:a few|a handful|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their))|\bfew\b", re.IGNORECASE)


def yes_or_no(question: str, sentence: str) -> str | None:
    """"yes" when the sentence that answers a yes/no question says what the question
    asks ("Can an ambassador be expelled?" / "... may declare a diplomat persona non
    grata"), "no" when one of them denies what the other affirms ("Can the police arrest
    a diplomat?" / "A diplomatic agent is not liable to any form of arrest"), None when
    the sentence denies nothing but does not say all the question claims."""
    # Denied too: likeness, when the sentence sets the two apart ("full immunity like
    # diplomats?" / "the difference between..."), and a year the sentence gives otherwise
    # ("signed in 1980?" / "signed on 1 August 1975").
    asked_years, said_years = set(YEAR.findall(question)), set(YEAR.findall(sentence))
    other_year = bool(asked_years and said_years and not asked_years & said_years)
    too_few = bool(MOST_OR_ALL.search(question) and ONLY_A_FEW.search(sentence))
    denies = NEGATION.search(sentence) or (LIKENESS.search(question) and CONTRAST.search(sentence)) or other_year or too_few
    verdict = "no" if bool(NEGATION.search(question)) != bool(denies) else "yes"
    # Nor does it confirm a narrowed claim it does not narrow, or a year it does not give.
    unconfirmed = (RESTRICTIVE.search(question) and not RESTRICTIVE.search(sentence)) or (asked_years and not said_years)
    if verdict == "yes" and unconfirmed:
        return None
    return verdict


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
        self, passages: list[Passage], tokens: list[str], intent: str, defining_first: bool = False, anchor: int | None = None,
        also: tuple[str, list[str]] | None = None,
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
        score_of_focus = [sum(idf[t] for t in focus & words) for _, words in main]
        items = [is_list_item(sentence, passages[0]) for sentence, _ in main]
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
            if intent == "comparison":
                # A comparison's run is worth the focus it names, each side once: a run
                # naming both sides beats one saying the same side's words again. It
                # starts at a sentence naming some of it.
                if not score_of_focus[first] and any(score_of_focus):
                    continue
                said = frozenset().union(*(main[i][1] for i in range(first, last)))
                total = sum(idf[t] for t in focus & said) + sum(scores[i] - score_of_focus[i] for i in range(first, last))
            leans_back = first > 0 and not stands_alone(main[first][0])
            # A run that stops inside a Markdown list shows some of its items only ("six
            # main organs:" and five of them).
            cuts_list = 0 < last < len(main) and items[last] and items[last - 1]
            # Nor one that starts inside it, without the sentence that sets it out.
            inside_list = first > 0 and items[first]
            candidate = (total - POSITION_PENALTY * unit * first - DEPENDENT_START_PENALTY * unit * (leans_back + cuts_list + inside_list), first, last)
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
        if also is not None:
            # After the answer to the question the kind answers, whatever leads it.
            chosen = self._with_answer_to(also, chosen, passages, budget)
        return [(candidate.sentence, candidate.passage) for candidate in chosen]

    def _with_answer_to(self, also: tuple[str, list[str]], chosen: list[Candidate], passages: list[Passage], budget: int) -> list[Candidate]:
        """The answer's sentences with the one that best answers a second question (the
        most of its focus, by idf, and what its kind asks for), when none of them is it;
        the last others make room for it within the word budget."""
        intent, tokens = also
        focus = set(self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens)) or set(tokens)
        idf = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        unit = max(idf.values(), default=1.0) or 1.0
        scored = [
            (sum(idf[t] for t in focus & words) + CUE_WEIGHT * unit * self.reader.has_cue(sentence, intent), sentence, passage)
            for passage in passages for sentence, words in self.reader.of(passage.chunk)
        ]
        value, sentence, passage = max(scored, key=lambda s: s[0], default=(0.0, "", passages[0]))
        if value <= 0 or any(c.sentence == sentence for c in chosen):
            return chosen
        kept = list(chosen)
        while len(kept) > 1 and sum(len(c.sentence.split()) for c in kept) + len(sentence.split()) > budget + EXTRA_SENTENCE_SLACK:
            kept.pop()
        return [*kept, Candidate(sentence, passage, value, False)]

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
                # A sentence whose consequence follows it ("The Cuban Missile Crisis showed
                # that messages could take hours. The governments therefore signed ...")
                # gives the cause too, weighed with that consequence.
                drawn = {id(c): after for c, after in zip(chosen, chosen[1:]) if c in leads and after.passage is c.passage and self.reader.has_cue(after.sentence, "consequence")}
                causes += [c for c in leads if id(c) in drawn and c not in causes and c.score + drawn[id(c)].score >= CAUSE_LEAD_SHARE * lead.score]
                lead = max(causes, key=lambda c: c.score + (drawn[id(c)].score if id(c) in drawn else 0.0), default=lead)
                if id(lead) in drawn:
                    items = [drawn[id(lead)]]  # the consequence stays right behind its cause
            elif intent == "comparison" and defining and chosen.index(defining[0]) < chosen.index(lead):
                # Two sides defined in turn ("Distributive bargaining is ... Integrative
                # bargaining is ...") are read in the knowledge's order.
                lead = defining[0]
        # The items of a Markdown list that follow the opening sentence in its passage
        # stay right behind it ("three flexible mechanisms: ... The Clean Development
        # Mechanism ... Joint Implementation ..."), before the sentences that led up to it.
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
        also: tuple[str, list[str]] | None = None,
    ) -> tuple[str, list[Passage]]:
        """The answer's text and the passages its sentences came from; the answer to a
        yes/no question (`yes_no_question`) starts with its "Yes." or "No."; `also`, the
        kind and terms of a second question, adds the sentence answering it."""
        chosen = self.sentences(passages, tokens, intent, defining_first, anchor, also)
        sentences = [sentence for sentence, _ in chosen]
        used = list({id(p): p for _, p in chosen}.values())
        verdict = self._yes_or_no(yes_no_question, sentences, passages, tokens) if yes_no_question is not None else None
        if verdict is not None:
            # The sentence that says yes or no follows the "Yes." or "No.".
            _, answering = verdict
            if answering != sentences[0] and not DEPENDENT_START.match(answering):
                sentences.remove(answering)
                sentences.insert(0, answering)
        body = "\n".join(f"- {s}" for s in sentences) if intent == "list" and len(sentences) > 2 else " ".join(sentences)
        if verdict is not None:
            body = f"{self.templates['yes_no'][verdict[0]]} {body}"
        # "Side by side:" opens only a comparison set out side by side (`comparison`), not
        # one answered from a single passage that compares the two itself.
        opening = self.opening(intent, seed, topic) if intent != "comparison" else ""
        parts = [opening, body, self.sources_line(used)]
        return "\n\n".join(part for part in parts if part), used

    def _yes_or_no(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, str] | None:
        """"yes" or "no" to a yes/no question and the sentence that says it, or None when
        no sentence of the answer speaks to what the question claims."""
        # What the question claims of its subject ("be expelled"); naming only the subject
        # ("Is NATO?") claims nothing, so gets no yes or no.
        # A year it gives is checked against the sentence (see `yes_or_no`), not looked for.
        focus = {t for t in self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens) if not YEAR.fullmatch(t)} if passages else set()
        # A word of a glossary name ("pulled out" of =withdrawal) is said by any of its
        # names ("withdraw"): the concept stands for it.
        concepts = {t for t in focus if t.startswith("=")}
        if concepts:
            focus -= self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) - concepts
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
        verdicts = {sentence: yes_or_no(question, sentence) for sentence in answering}
        denied_year = self._other_year(question, answering, passages)
        if denied_year is not None:
            return "no", denied_year
        denying = [sentence for sentence, verdict in verdicts.items() if verdict == "no"]
        if denying:
            return "no", denying[0]
        # A "yes" needs the claim's own words where the answer has them: a sentence naming
        # China beside ASEAN does not confirm "is China a member of ASEAN?" when another
        # sentence of the answer speaks of members. A word the answer never uses
        # ("would the Marshall Plan count?") is the learner's, not the knowledge's. A sentence
        # says the words of the names it gives ("track one and a half" says "1.5").
        # A name the claim gives ("is the UN headquarters in Geneva?") must be said too, even
        # when the answer never uses it: a sentence without Geneva confirms nothing about it.
        used = set().union(*said)
        named = {t for t in focus if not t.startswith("=") and not self.retriever.is_everyday(t) and self.retriever.index.idf_of(t) is not None}
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        unsaid = [
            (kindred(focus, used) | named) - kindred(focus, [*words, *glossary.name_stems({t for t in words if t.startswith("=")}, stem)])
            for sentence, words in zip(sentences, said) if sentence in answering
        ]
        if answering and all(verdict == "yes" for verdict in verdicts.values()) and not any(unsaid):
            return "yes", answering[0]
        return None

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
        said = [[sentence for sentence, _ in self.sentences(passages[:1], tokens, "definition", defining_first=True)[:COMPARISON_SIDE_SENTENCES]] for _, passages in sides]
        # Each side's defining sentence, and its next ones (how many members, whether it
        # binds) while the answer stays within the word budget, the side said shortest first.
        shown = [side[:1] for side in said]
        budget = SENTENCE_WORD_BUDGET.get("comparison", DEFAULT_WORD_BUDGET) - sum(len(part.split()) for part in parts)
        for more in range(1, COMPARISON_SIDE_SENTENCES):
            for side, sentences in sorted(zip(shown, said), key=lambda pair: len(" ".join(pair[0]).split())):
                words = sum(len(sentence.split()) for side_shown in shown for sentence in side_shown)
                # Not a sentence that leads into a list it cannot show ("a state should possess:").
                if more < len(sentences) and words + len(sentences[more].split()) <= budget and not sentences[more].endswith(":"):
                    side.append(sentences[more])
        for (title, passages), sentences in zip(sides, shown):
            parts.append(f"**{title}**: {' '.join(sentences)}")
            used.extend(passages[:1])
        parts.append(self.sources_line(used))
        return "\n\n".join(parts)
