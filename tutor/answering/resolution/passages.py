"""Choosing, from search results, the document that answers and the sentence within it
that answers best: by the kind of answer wanted, the question's focus, the headings and the
questions each section says it answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from math import fsum

from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.span_length import writes_days
from tutor.answering.sentences import SentenceReader, earliest_year
from tutor.answering.subject_kinds import SubjectKinds
from tutor.answering.understanding import IntentModel
from tutor.search.knowledge import PAST_TOPICS, Chunk
from tutor.search.retrieval import MATCHED_FOR, Passage, Retriever, SearchResult
from tutor.search.text import YEAR, decades_asked
from tutor.tuning import (
    AIM_OPENING_WORDS,
    ASKED_CANDIDATES,
    ASKED_MATCH,
    ASPECT_HEADING_WEIGHT,
    CAUSE_HEADING_WEIGHT,
    CAUSE_SENTENCE_WEIGHT,
    DEFINING_OVER_BEST_SCORE,
    DERIVED_STEM,
    FIRST_EXAMPLE_WEIGHT,
    GENERAL_OVER_CASE_SCORE,
    HEADING_CUE_WEIGHT,
    HEADING_MATCH_WEIGHT,
    INSTANCE_PENALTY,
    NAMED_DOCUMENT_SCORE,
    NAMED_SUBJECT_SCORE,
    OTHER_PASSAGES,
    PROCESS_HEADING_WEIGHT,
    REASON_DOCUMENT_SCORE,
    RECENT_SECTION_WEIGHT,
    SECTION_QUESTION_WEIGHT,
    SECTION_SCORE_WEIGHT,
    SECTIONS_WEIGHED,
    SENTENCE_CUE_WEIGHT,
    SENTENCE_TIE_BAND,
    UNTIE_MORE_TERMS,
    SET_ASIDE_WEIGHT,
    SENTENCE_SENSE_WEIGHT,
    SLOT_SENTENCE_SHARE,
    SPAN_CUE_WEIGHT,
    STEPS_OVER_SCORE,
)

# The topic of documents on one case (a treaty, a crisis), not on how things are done in general.
CASE_TOPIC = "cases"
# A heading telling cases besides the main one ("Other nuclear-weapon-free zones").
OTHERS_HEADING = re.compile(r"(?:other|later|further|more)\b", re.IGNORECASE)
# A heading on the cases beside the one a subject is known by ("Other examples of shuttle
# diplomacy", "Later examples of economic statecraft").
FURTHER_CASES = re.compile(r"(?:other|later|further|more) (?:examples|cases)\b", re.IGNORECASE)
# A heading that sets out how something is done as a rule: its steps or its working ("How a
# treaty is made: the steps ...", "How voting works"), or how a thing is done in the present
# ("How an ambassador is appointed"), not how one event went ("How the Cold War came to a close").
# A heading that opens with an act in "-ing" ("Joining NATO: ...", "Recalling an ambassador").
ACT_HEADING = re.compile(r"(?P<act>[A-Z][a-z]{2,}ing)\s")
SETS_OUT_STEPS = re.compile(r"\b(?:steps|stages|process|procedure|works)\b|^how\b[^:]*\b(?:is|are)\b", re.IGNORECASE)
# A heading on a subject's part in a wider setting ("NATO's role in diplomacy", "Role of the UN
# in diplomacy: ..."): what it does there, a narrow aspect, not what it does as a whole.
ROLE_IN = re.compile(r"\broles?\b[^:]*?\bin\s+(?P<setting>[^:]+)", re.IGNORECASE)
# A heading on what led up to an event ("Background: the road to the talks").
BACKGROUND = re.compile(r"background\b", re.IGNORECASE)
# An aside between commas in the subject of a defining sentence ("Ratification, covered in
# Article 14, is the act ...").
PARENTHESIS = re.compile(r",[^,]*,")
# How many terms after the word for an example name the kind of case asked ("a peace
# treaty", "a state visit"): a noun and one word qualifying it.
EXAMPLE_KIND_TERMS = 2
# Kinds of question whose section a heading can pick when the question names nothing but
# its subject ("what do ambassadors do?", "how does NATO work?").
WORDLESS_KINDS: frozenset[str] = frozenset({"role", "how", "why"})
# Kinds of question that, naming no particular subject, ask how or why things are done in
# general ("how does a country ratify a treaty?", "in a crisis, why do official channels
# matter so much?"): a general document answers before a case (`_general_instead_of_case`).
GENERAL_KINDS: frozenset[str] = frozenset({"how", "why"})
# Kinds of question that, naming nothing but their subject, ask for the subject's own
# date, span or place.
OWN_FACT_KINDS: frozenset[str] = frozenset({"when", "where", "duration"})
# What kinds of question ask for one fact a sentence has or lacks: a date, a place, a
# number, a person (the cue "person" a "who?" asking for someone by post wants).
SLOT_KINDS: frozenset[str] = frozenset({"when", "where", "quantity", "person"})


# A verb of beginning as a sentence says its subject began ("The talks opened in Helsinki"), not
# why ("began because").
OWN_BEGINNING = re.compile(r"\b(?:began|begun|begins|started|starts|opened)\b(?!\s+(?:because|to|as a result)\b)")


# The parts of a question asking what a term is: "what is" or "what's", an article, and the
# term's one to three words.
WHAT_IS = r"(?:what\s+(?:is|are)|what\s*'?\s*s)\s+"
ARTICLE = r"(?:an?\s+|the\s+)?"
TERM_WORDS = r"(?:[\w-]+\s*){1,3}"
# A question asking what a term means, naming nothing else: "what is an embargo?", "what's a
# trade embargo", "define appeasement", "sherpa meaning", "armistice definition", "what does
# non-intervention mean", "what does it mean to ratify a treaty", "permanent representative to
# the UN, what does that mean?".
ASKS_TERM = re.compile(
    rf"^(?:{WHAT_IS}{ARTICLE}{TERM_WORDS}|define\s+.+|.+\s+(?:meaning|definition)|(?:definition|meaning)\s+of\s+.+|what\s+does\s+.+\s+mean|what\s+does\s+it\s+mean\s+to\s+.+"
    r"|[^?.!]+?\s*[,:;-]+\s*(?:so\s+)?(?:what\s+(?:does|do)\s+(?:that|it|this)\s+mean|what\s+(?:is|are)\s+(?:that|it|this)(?:\s+exactly)?|what\s*'?\s*s\s+(?:that|it|this)))\W*$"
)
# A question asking what a term means after words setting the scene ("appeasement and
# chamberlain, what is appeasement?", "... about Britain and France in the 1930s. What does
# appeasement mean?", with "my textbook mentions" already left out as filler; the term may end
# with the kind of idea it is: "what is the responsibility to protect principle?"):
# the last clause asks; the words before it say where the learner met the term.
ASKS_TERM_AFTER_SCENE = re.compile(rf"^(?P<scene>[^?]+?)[,.;:!]\s+(?P<asked>(?:{WHAT_IS}{ARTICLE}{TERM_WORDS}(?:\s*principle|\s*doctrine|\s*policy|\s*rule)?|what\s+does\s+{ARTICLE}(?!(?:it|that|this|they)\b){TERM_WORDS}\s*mean)\W*)$")
# A term typed alone ("general assembly?", "unga?", "persona non grata"): it asks what the
# term means when it names one thing (`PassageChooser.names_one_thing`), not when it adds
# what it wants of it ("berlin blockade cause").
BARE_TERM = re.compile(rf"^{ARTICLE}{TERM_WORDS}\W*$")

# A question asking what a term is in a setting ("what's a sherpa in summit diplomacy?",
# "what is the G20 at a summit"): `term` is what is asked; the setting after it says where
# the term is met, not what to say of it.
ASKS_TERM_IN = re.compile(rf"^{WHAT_IS}{ARTICLE}(?P<term>(?:[\w-]+\s+){{1,3}}?)(?:in|at|within|during|under)\s+\w")

# A question asking what happened at, in or during a past event ("what happened at
# Brest-Litovsk?", "so what actually went on during the Suez crisis"): it asks what the
# event was, which its defining sentence says, not what happened next ("What happened
# next" is a heading that only shares the verb). Not "what happened to / after / next".
ASKS_EVENT = re.compile(r"\bwhat\s+(?:\w+\s+)?(?:happened|occurred|went\s+on|went\s+down|took\s+place)\s+(?:at|in|during|with|on)\b")


def derived(term: str, words: frozenset[str]) -> bool:
    """Whether the words say a term, or a word made from it by a longer ending ("signatur" of
    "sign"), for terms of at least DERIVED_STEM letters."""
    return term in words or len(term) >= DERIVED_STEM and any(word.startswith(term) for word in words)


@dataclass
class PassageChooser:
    """Picks the answering document and passages of a search result (see `from_result`)."""

    retriever: Retriever
    intents: IntentModel
    reader: SentenceReader
    words: QuestionWords
    kinds: SubjectKinds = field(init=False)
    # Each document's defining terms and the single-word names of its title's concepts,
    # worked out once (`_defining_terms`, `_own_names`).
    _defining: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    _own: dict[str, frozenset[str]] = field(init=False, default_factory=dict)
    _listed_kinds: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.kinds = SubjectKinds(self.retriever, self.reader)

    def answering_document(self, result: SearchResult, intent: str | None = None, thing: str | None = None, asks_term: bool = False) -> str:
        """The best passage's document, unless the question names another one by its title.

        "Who takes part in track one diplomacy?" names the document "Track one diplomacy";
        a passage of that document close behind the best one is preferred to it. A "how?"
        question (`intent`) naming no particular subject is answered by a general document
        close behind rather than by a case (see `_general_instead_of_case`). A question asking
        which `thing` of a kind did something ("which treaty ended the first world war?") is
        answered by a document whose subject is one and does it (see `_defined_as_asked`).
        One asking what a term means (`asks_term`) is answered where it is defined, when that
        is close behind (see `_defining_instead`).
        """
        top = result.passages[0]
        # Not for a question naming a document by its title, which answers it (below).
        listed = self._listed_of_its_kind(result, intent) if intent is not None and not result.named_documents else None
        if listed is not None:
            return listed
        # The owner the question names in the name of what it asks of ("the UN" of "UN
        # Secretary-General") answers, unless the best passage speaks of that owner too:
        # NATO's "Secretary General" is another organisation's.
        # A section of examples that names the owner ("The UN Secretary-General's good offices:
        # examples") answers a question asking for examples; another question of the office
        # ("how is the UN Secretary-General picked?", "what is the role of ...?") is the owner's.
        owners = [d for d in self.retriever.owners_named(result.tokens) if any(p.chunk.doc_id == d for p in result.passages)]
        of_examples = intent != "example" and self.intents.heading_suits(top.chunk.section, "example")
        if owners and top.chunk.doc_id not in owners and (of_examples or not any(self.retriever.says_owner(top, d) for d in owners)):
            return owners[0]
        named = sorted(result.named_documents, key=lambda d: -len(self.retriever.documents[d].title))
        for doc_id in named:
            if doc_id == top.chunk.doc_id:
                return doc_id
            best = next((p for p in result.passages if p.chunk.doc_id == doc_id), None)
            # Only a passage that names the subject too competes with the named document: one
            # that shares just the question's other words ("which American president came up
            # with the League of Nations idea": soft power, "an American idea") answers
            # another question.
            rivals = [p.score for p in result.passages if p.chunk.doc_id != doc_id and self.retriever.names_title(p, doc_id)]
            if best is not None and best.score >= NAMED_DOCUMENT_SCORE * max(rivals, default=0.0):
                return doc_id
        top = self._named_subject_instead(result, top)
        # The best passage leaves out a name the question gives ("did the US leave the Paris
        # Agreement?" / "A party that leaves the UNFCCC is treated as having left the Paris
        # Agreement"): one close behind that gives every name answers. The name of the best
        # passage's own document goes without saying ("the UN" in the Security Council's).
        # So does a year it names ("how many Soviet officials did Britain expel in 1971?": not
        # the expulsions of 1985 that Gordievsky's defection brought).
        own = self.retriever.title_terms(top.chunk.doc_id)
        concepts = {t for t in result.tokens if (self._proper_name(t) or YEAR.fullmatch(t)) and t not in own and not self._named_in(t, own)}
        position = self.retriever.position
        if not all(self.retriever.index.contains(position[top.chunk.id], t) for t in concepts):
            top = next(
                (p for p in result.passages[1:MATCHED_FOR] if p.score >= NAMED_DOCUMENT_SCORE * top.score and all(self.retriever.index.contains(position[p.chunk.id], t) for t in concepts)),
                top,
            )
        # The best passage shares nothing but words any subject could take ("end",
        # "terminated"): one close behind that names what the question is about answers.
        # "When did the Cold War end?" is about the Cold War, not about how treaties end
        # ("When a treaty ... ends: termination").
        if not self._subject_weight(top):
            top = next((p for p in result.passages[1:MATCHED_FOR] if p.score >= NAMED_DOCUMENT_SCORE * top.score and self._subject_weight(p)), top)
        if intent in ("example", "list"):
            top = self._defined_as_asked(result, top)
        elif thing is not None:
            top = self._defined_as_asked(result, top, self._thing_asked(result, thing))
        if intent in GENERAL_KINDS:
            top = self._general_instead_of_case(result, top, intent)
        if asks_term:
            top = self._defining_instead(result, top)
        if intent == "how":
            top = self._steps_instead(result, top)
        if intent == "why" and not set(result.tokens) & self.words.significance:
            top = self._explaining_instead(result, top)
        # A passage close behind whose section says it answers this very question
        # ("What is diplomatic immunity?") is preferred to one that only shares its words.
        return self._listing(result, top) or top.chunk.doc_id

    def _listed_of_its_kind(self, result: SearchResult, intent: str) -> str | None:
        """The document of the best passage, or of one close behind it, whose section lists the
        question itself asked for the same kind of answer: "What does the UN Secretary-General
        do?", not "Who is the UN Secretary-General?", for "what does the un secretary general
        do" (whose words are the same but for those naming the kind of answer, which tell no
        two of a kind apart: "role", "job"). One of the best passage's own document goes first
        ("What do consuls do?" in "Consuls and attachés" before "What do consulates do?" in the
        Vienna Convention's). None when no section lists it so."""
        ignored = self.words.role if intent == "role" else frozenset()
        return self._listing(result, result.passages[0], lambda text: self._kind_of_listed(text) == intent, ignored, own_document_first=True)

    def _listing(
        self, result: SearchResult, top: Passage, kept: Callable[[str], bool] | None = None, ignored: frozenset[str] = frozenset(), own_document_first: bool = False,
    ) -> str | None:
        """The document of `top`, or of a passage among the first ASKED_CANDIDATES scoring
        close to it, whose section lists the question itself (`Retriever.question_match` at
        least ASKED_MATCH, of the questions `kept`, without the `ignored` words); with
        `own_document_first`, those of `top`'s own document are tried first. None when none does."""
        close = [p for p in result.passages[1:ASKED_CANDIDATES] if p.score >= NAMED_DOCUMENT_SCORE * top.score]
        if own_document_first:
            close.sort(key=lambda p: p.chunk.doc_id != top.chunk.doc_id)
        asked = set(result.tokens)
        return next((p.chunk.doc_id for p in [top, *close] if self.retriever.question_match(self.retriever.position[p.chunk.id], asked, kept, ignored) >= ASKED_MATCH), None)

    def _kind_of_listed(self, question: str) -> str:
        """The kind of answer a question a section lists asks for (worked out once each)."""
        kind = self._listed_kinds.get(question)
        if kind is None:
            kind = self._listed_kinds[question] = self.intents.understand(question.lower()).intent
        return kind

    def from_result(
        self, result: SearchResult, intent: str, recent: frozenset[str] = frozenset(), elsewhere: frozenset[str] = frozenset(), named: frozenset[str] = frozenset(),
        wanted: str | None = None, own_fact: bool = True, further_cases: bool = True, asks_term: bool = False,
        circumstance: frozenset[str] = frozenset(), asks_event: bool = False, term: frozenset[str] = frozenset(),
        aspect: str | None = None, kind: frozenset[str] = frozenset(), thing: str | None = None,
    ) -> Resolution:
        """Pick the answering document, then the sentence within it that answers best.

        The document is chosen with the whole question. Within it, every sentence of the
        sections that share a term with the question's focus (its terms minus the
        document's title; the best `SECTIONS_WEIGHED` of them by BM25) is weighed: how much of the focus it names, whether it has what
        the kind of question asks for (a date for "when"), whether its section's heading
        names the focus or suits the question, how well the section matches, and for a
        follow-up, whether the last answer came from it (`recent`). In "who
        negotiated the Iran nuclear deal" the word "negotiated" picks the sentence.
        When some sentence names one of the terms `named`, only those can answer: "and
        India?" after "which countries left?" is answered by what is said of India, not
        by the sentence saying most about leaving. `wanted` names the sentence cue that says
        what the question wants, when it is not its kind's ("person" for "what was his job?").
        `own_fact`: whether a "when?", "where?" or "how long?" naming nothing but the subject
        asks the subject's own date, place or span (see OWN_FACT_KINDS). `further_cases`:
        whether an "example" question may be answered by the cases beside the one a subject
        is known by ("Other examples of shuttle diplomacy"): not when it asks for an example
        on its own, first. `asks_term`: whether the question asks what a term means ("what is
        an embargo?"): a sentence saying what it is answers, not a dated instance of it.
        `circumstance`: the terms only a clause of circumstance after the main one has ("after
        the Yom Kippur war"), which set the scene of what is asked (see the slot rule below).
        `asks_event`: whether the question asks what happened at an event (ASKS_EVENT): the
        verb names nothing asked, as in a "when?". `term`: the terms of what a "what is X in
        Y?" asks (ASKS_TERM_IN): when they are the answering document's subject, its
        definition answers, whatever the setting Y shares with other sentences. `aspect`:
        what the question asks of an event besides its kind ("terms", "outcome"): a section
        whose heading says it tells that leans to answer (`ASPECT_HEADING_WEIGHT`), weighed
        even when it shares no word of the question, and the words only asking for it find
        none. `kind`: the terms naming the kind of thing answered ("heads of state" of "which
        heads of state signed ...?"): no part of the focus while it has another term. `thing`:
        the kind a "which ...?" asks for ("treaty"), see `answering_document`.
        """
        assert result.top is not None
        # "What else did he do?" of the person the last answer named wants a sentence naming
        # them (`wanted`), not one that names someone in place of a sentence saying what is asked.
        person_known = wanted is not None
        doc_id = self.answering_document(result, intent, thing, asks_term)
        focus = self.retriever.focus_tokens(doc_id, result.tokens)
        if intent == "role" and not focus:
            # "What does an attaché do?" of "Consuls and attachés" asks the role of the subject
            # of the title it names, which tells the sections apart (not "What consuls do").
            focus = sorted(self.retriever.subject_named(doc_id, result.tokens))
        # "The Sykes-Picot plan", "the Dayton agreement": the noun after the name of a subject
        # that is itself an agreement, a conference or a crisis names it too ("planned how to
        # divide" in the overview is no answer to "what came of the plan?"); not after the name
        # of a field ("the main Cold War arms control treaties" asks for treaties).
        title = self.retriever.title_terms(doc_id)
        nouns = self.words.subject_nouns if title & self.words.subject_nouns else frozenset()
        names_subject = {t for before, t in zip(result.tokens, result.tokens[1:]) if before in title and t in nouns}
        focus = [t for t in focus if t not in names_subject]
        in_doc = self.retriever.chunk_range(doc_id)
        # The aspect counts only when the document tells it in a section of its own: "how are
        # the outcomes of negotiations formalised?" asks nothing of an event.
        aspect = aspect if aspect is not None and self.has_heading(doc_id, aspect) else None
        if aspect is not None:
            # "What did the Congress of Vienna lead to afterwards?": "lead" is no "leading figure".
            # What came after an event is asked from a point the clause of circumstance sets
            # ("what happened after it was signed?"), which the section on it need not repeat.
            # So is it from a time a word of the kind of answer gives ("what did it lead to the
            # year after?"): "year" names no fact asked ("up to five years").
            focus = [t for t in focus if t not in self.words.aspect and not (aspect == "outcome" and (t in circumstance or t in self.words.answer_words))]
        if kind and set(focus) - kind:
            focus = [t for t in focus if t not in kind]
        # What the question sets aside ("besides Tlatelolco, ...") is no part of what it asks.
        focus = [t for t in focus if t not in result.set_aside] or focus
        doers: set[str] = set()
        if intent in OWN_FACT_KINDS or asks_event:
            # "When did it happen?", "where did the talks take place?": that something
            # happened is no part of what is asked (nor a heading's "What happened next").
            talks = any(t in self.words.event and t not in title for t in result.tokens)
            focus = [t for t in focus if t not in self.words.event]
            if intent == "when":
                # "In which year was the African Union formed?": "year" names the kind of answer,
                # not a fact to find ("a four-year term").
                focus = [t for t in focus if t not in self.words.time_words] or focus
            # (Not when talks other than the subject are asked of: "when did the START talks
            # begin?" is answered by "after talks that had begun in 1982", not the treaty's own
            # date; the Six-Party Talks' own start is still their own first date.)
            # Of a title of several subjects, the one the question names tells the sections
            # apart ("when did the Berlin Blockade start?" of "Berlin Blockade and Airlift").
            telling = self.retriever.subject_named(doc_id, result.tokens) if intent == "when" else frozenset()
            asked = set(focus) - telling
            if intent == "when" and not talks and asked and asked <= self.words.carried and not self._dates_own_beginning(doc_id, result.tokens):
                # "When did the Cuban Missile Crisis start?" asks the subject's own first date,
                # not a section of something else that began ("the hotline began working"),
                # unless a sentence dates the subject's beginning ("The Cold War began in the
                # years after 1945"); of the subject named, when the title has several and
                # the sentence defining the document's subject is of another ("when did the Quad
                # start?": "AUKUS is a security partnership ..."), by the sections naming it.
                focus = sorted(telling) if telling and not telling <= self._defining_terms(doc_id) else []
            elif intent in ("when", "where") and self._only_names_defining(doc_id, focus):
                # "When was the Doha Agreement with the Taliban?", "when was the Reagan
                # Gorbachev Geneva summit?": names the learner adds that the sentence defining
                # the subject gives, and nothing else, only tell which subject is meant: the
                # subject's own date or place is asked, not the section that names the Taliban
                # most. (Any other word still chooses: "when was it signed?", "dissolved".)
                focus = []
        elif intent == "why":
            # "Why did the crisis even happen?", "why did the G20 start?": the reason asked is
            # the subject's, not that of its happening or beginning (as the verbs that only
            # carry a "why?", left out when it was read).
            focus = [t for t in focus if t not in self.words.carried]
            # "Why is the Fashoda Incident important?": the word asking why it matters finds no
            # sentence of it when none says "important"; the heading saying what came of it does.
            if set(focus) <= self.words.mattering:
                focus = []
            # "Why do countries go for sanctions?": the reason is the sanctions', whoever uses
            # them; no section or sentence is nearer it for naming "third countries", though a
            # heading naming them still is ("Why governments use it").
            doers = {t for t in focus if t in self.words.doers}
            focus = [t for t in focus if t not in doers]
        elif intent == "how" and not set(focus) <= self.words.process:
            # "What is the procedure for a country to become a NATO member?": how it joins.
            focus = [t for t in focus if t not in self.words.process]
        elif intent == "who" and (names := self._qualifying_names(doc_id, result.tokens, focus, circumstance)) and set(focus) - names:
            # "Who mediated the Dayton talks on Bosnia?": a name the sentence defining the
            # subject gives, said after the subject ("Bosnia"), tells which subject is meant;
            # the rest asks ("mediated").
            focus = [t for t in focus if t not in names]
        elif intent == "role" and set(focus) <= self.words.role:
            # "What is the role of the Security Council?" asks what it does, as "what does the
            # Security Council do?" does: "role" names the kind of answer, not a section on it.
            # Beside a part of the subject ("the role of the UN Secretary-General") it still
            # leans to the section on the role that names the part.
            focus = []
        # "How long ... last?" is not nearer a section for saying "long" or "last" (the
        # overview's "the last remaining treaty"), nor "how long does a country hold ...?"
        # for "holds a permanent seat": the span words choose no section.
        searched = [t for t in focus if t not in self.reader.span_terms] if intent == "duration" else focus
        if intent == "example":
            # The words saying what sort of case is asked ("a real world case of preventive
            # diplomacy") find no section. "Give me an example of shuttle diplomacy" asks
            # nothing but an example: the word finds no section of its own ("Other examples
            # of ..."), every section is weighed; the sentences still weigh it ("the best-known
            # example").
            searched = [t for t in focus if t not in self.words.case_sort]
            searched = [] if set(searched) <= self.words.example else searched
        # A decade the question names ("shuttle diplomacy in the 70s") is met by the years of
        # it the document gives ("in 1974"): they find its sections.
        times = decades_asked(result.tokens)
        if times and searched:
            searched = searched + sorted(times)
        # The whole question weighs sections when its focus cannot: less the words saying what
        # sort of case an "example" question asks for.
        whole = [t for t in result.tokens if t not in self.words.case_sort] if intent == "example" else result.tokens
        ranked = self.retriever.search("", tokens=searched or whole or result.tokens, within_doc=doc_id, k=SECTIONS_WEIGHED).passages if searched or not focus else []
        if not ranked and focus:
            # No section says the focus ("how did the crisis end?": the document says
            # "resolved"): the sections are weighed with the whole question, so the ones
            # whose questions are worded like it ("How was the crisis resolved?") can answer.
            ranked = self.retriever.search("", tokens=whole or result.tokens, within_doc=doc_id, k=SECTIONS_WEIGHED).passages
        ranked = [p for p in ranked if p.chunk.id not in elsewhere]  # sections about another subject than the one meant
        found = {p.chunk.id for p in ranked}
        # Sections shown lately that the focus does not reach, in the document's order (found
        # by position: a large document's other chunks are never made into objects).
        shown = sorted(i for chunk_id in recent if (i := self.retriever.position.get(chunk_id)) is not None and i in in_doc)
        ranked += [Passage(c, 0.0, []) for i in shown if (c := self.retriever.chunks[i]).id not in found]
        if aspect is not None:
            # The section whose heading says it tells the aspect asked ("What came next: the
            # Concert of Europe"), though it shares no word of the question.
            found = {p.chunk.id for p in ranked}
            ranked += [Passage(c, 0.0, []) for i in in_doc if (c := self.retriever.chunks[i]).id not in found and c.id not in elsewhere and self.intents.heading_suits(c.section, aspect)]
        defining_first = False
        anchor: int | None = None
        weighed_all: list[tuple[float, Passage, int, bool]] = []
        if ranked:
            sentence_focus = set(focus) - self.reader.span_terms if intent == "duration" else self._example_focus(focus) if intent == "example" else set(focus)
            # "What did the treaty set up?" asks what it made: a sentence saying so ("also
            # created the League of Nations") answers before a term that made nothing. The verb
            # finds no section (an aspect word), but it weighs the sentences of its terms and its
            # overview; not what came of it later ("the Moscow Helsinki Group was founded") nor
            # why it matters ("it helped establish the framework").
            making = set(result.tokens) & self.words.making if aspect == "terms" else set()
            asked = set(whole) - (self.words.process if intent == "how" and not set(result.tokens) <= self.words.process else set())
            # A heading names the focus by a word besides the title's, or by the whole of a
            # subject of the title the question names: "SALT II (1979)" shares "SALT" with
            # "who signed SALT I?" but names another treaty.
            own_focus = (set(focus) | doers) - self.retriever.title_terms(doc_id)
            parts = self.retriever.named_title_parts(doc_id, result.tokens) if len(own_focus) < len(focus) else []
            leanings = self.reader.leanings(result.tokens)
            # A "why?" asking what caused something (not why it matters) is answered by a
            # sentence giving a reason or a purpose of what it asks about, the more of it the
            # reason explains the better (`explains`), rather than by any sentence with a word
            # of the kind ("after", "important"); not by one saying why something matters ("The
            # G7 and the G20 matter ... because ...", in a section on why they matter).
            # A "why?" asking why people find fault with something ("why is the veto so
            # controversial?", "why do people say the veto is a problem?") asks what its critics
            # say, not where it came from ("Origins of the veto"): a section headed as criticism,
            # when the document has one, leans to answer as a heading saying it gives the cause
            # does (`CAUSE_HEADING_WEIGHT`).
            criticised = intent == "why" and bool(asked & self.words.disapproval) and self.has_heading(doc_id, "criticism")
            causal = intent == "why" and not asked & self.words.significance and not criticised
            # Asked why of the subject itself ("why use shuttle diplomacy?"), a reason explains
            # it by naming it ("Shuttle diplomacy works because the mediator ...").
            # Asked why of another thing than the subject, besides what any question may say of
            # it ("why is it called the G7 and not the G8?", not "why was the ABM Treaty signed?"
            # or "... for all those years"), a reason explaining the subject alone ("The G7 grew
            # out of meetings ...") explains none of it.
            other = sentence_focus - title - self.reader.span_terms - self.words.generic
            explained = (other and sentence_focus - title) or sentence_focus or set(title) & asked
            # When no sentence weighed gives a reason of what is asked ("why did the soviets and
            # nazis sign a pact?": "Hitler wanted to avoid a war on two fronts" names neither),
            # a section whose heading says it gives the cause leans to answer (`_says_cause`).
            # A heading on why something failed gives the cause only of a failure asked, and one
            # on why something was done only of that ("Why the League failed" is no answer to
            # "why were Germans angry about Versailles?").
            asks_failure = self.words.asks_failure(result.tokens)
            cause_heading = causal and not any(self.explains(sentence, explained) > 0.0 for passage in ranked for sentence, _ in self.reader.of(passage.chunk))
            naming = bool(named) and any(words & named for passage in ranked for _, words in self.reader.of(passage.chunk))
            # A decade the question names ("shuttle diplomacy in the 70s") is the time of what
            # it asks: when some sentence weighed gives a year of it, only those answer ("in
            # 1974 ... Henry Kissinger", not "In April 1982, ... Alexander Haig").
            timing = bool(times) and any(words & times for passage in ranked for _, words in self.reader.of(passage.chunk))
            # A "who?" asking for a person by post ("who was Egypt's president at Camp David?"),
            # and for no state or body, wants a sentence naming a person, not any proper name
            # ("the Camp David summit").
            parties = self.words.parties
            wanted = wanted or ("person" if intent == "who" and asked & self.words.people and asked.isdisjoint(parties - self._words_of_posts(asked)) else None)
            # "How many countries ...?" is answered by a count of members or parties ("The
            # European Union has 27 member states", "the 196 parties"): such a sentence names
            # the things counted, and has what the question asks for, whatever word it counts
            # them by; not one counting states that share a trait ("Four states with nuclear
            # weapons are outside the NPT").
            counted = self.words.members if intent == "quantity" and asked & parties else set()
            # "How many articles does it have?" asks a count of what it names ("has 53
            # articles"), not any number ("Under Article 29"): when a sentence weighed counts
            # it, only such sentences have what is asked.
            counting = frozenset(sentence_focus) if intent == "quantity" and not counted and sentence_focus else frozenset()
            if counting and not any(self.reader.counts(sentence, counting) for passage in ranked for sentence, _ in self.reader.of(passage.chunk)):
                counting = frozenset()
            idf = self.retriever.index.idf_of
            counted_share = fsum(idf(t) or 0.0 for t in sentence_focus & parties) / (fsum(idf(t) or 0.0 for t in sentence_focus) or 1.0) if counted else 0.0
            # A year a "how many?" names ("how many members did NATO have in 2024?") is the
            # time of the count: it weighs only in a sentence that counts what is asked ("The 12
            # founding members in 1949"), not in one that merely has it ("Sweden on 7 March 2024").
            count_years = {t for t in sentence_focus if YEAR.fullmatch(t)} if counted or counting else set()
            focus_weight = fsum(idf(t) or 0.0 for t in sentence_focus) or 1.0
            # "Give me an example of shuttle diplomacy": the classic example, the one naming
            # the subject that the knowledge dates first (Kissinger's of 1974), before later ones.
            # Not when the question sets a case aside ("besides Kissinger, ..."): it knows that one.
            first_example = self._first_examples(doc_id, ranked) if intent == "example" and not result.set_aside else set()
            # "Give an example of a peace treaty": a sentence saying "for example" of a treaty
            # that made no peace is no example of the kind asked; the word "example" counts
            # only in a sentence that names, or whose heading names, the kind after it.
            example_term = self.words.example_term
            kind_asked = self._kind_of_example(result.tokens) & sentence_focus if intent == "example" and example_term in sentence_focus else set()
            example_share = (idf(example_term) or 0.0) / (fsum(idf(t) or 0.0 for t in sentence_focus) or 1.0) if kind_asked else 0.0
            # The sentence with what a "when?", "where?", "how many?" or "who?" asking for a
            # person wants (`SLOT_KINDS`), and the best of all, to weigh them after (below).
            slotted = not person_known and (wanted or intent) in SLOT_KINDS
            best_slot: tuple[float, Passage, int] | None = None
            # "Where did the 1995 Bosnia peace talks happen?" asks where something took place:
            # its venue ("negotiated ... at Wright-Patterson Air Force Base"), not any place
            # named ("the war in Bosnia").
            slot_cue = "venue" if intent == "where" and set(result.tokens) & self.words.event else None
            # "What did Japan get at Portsmouth?" is read as asking what something is only for
            # want of another kind: what it asks of the event is its terms, which neither the
            # overview's heading nor a defining sentence ("The treaty was the peace ...") says.
            reading = aspect if aspect is not None and intent == "definition" else intent
            defining = asks_term and bool(sentence_focus)
            # When a sentence weighed says what is asked ("Containment was the American
            # strategy ..."), one only using its name ("Containment shaped US policy ...") is no
            # answer to "what is it?", however many of the question's words it has.
            definable = defining and any(self.reader.defines(sentence, sentence_focus) for passage in ranked for sentence, _ in self.reader.of(passage.chunk))
            best: tuple[float, Passage, int] | None = None
            for passage in ranked:
                heading = set(self.retriever.query_tokens(passage.chunk.section))
                position = self.retriever.position[passage.chunk.id]
                names_focus = bool(heading & own_focus) or any(part <= heading for part in parts)
                section = (
                    SECTION_SCORE_WEIGHT * passage.score / (ranked[0].score or 1.0)
                    + HEADING_MATCH_WEIGHT * names_focus
                    + HEADING_CUE_WEIGHT * self.heading_suits_question(passage.chunk, reading, asked, further_cases)
                    + SET_ASIDE_WEIGHT * self._others_heading(passage.chunk.section, result.set_aside)
                    # A heading on how something is done suits a "how?" that asks of nothing else
                    # or of what it names ("How decisions are made" is no answer to how a country
                    # becomes a member).
                    + PROCESS_HEADING_WEIGHT * (intent == "how" and (names_focus or not own_focus) and (self.intents.heading_suits(passage.chunk.section, "process") or self._names_the_act(passage.chunk, heading, result.tokens)))
                    + SECTION_QUESTION_WEIGHT * self.retriever.question_match(position, asked)
                    + RECENT_SECTION_WEIGHT * (passage.chunk.id in recent)
                    + ASPECT_HEADING_WEIGHT * (aspect is not None and self.intents.heading_suits(passage.chunk.section, aspect))
                    + CAUSE_HEADING_WEIGHT * (cause_heading and self._says_cause(passage.chunk) and self.intents.heading_suits(passage.chunk.section, "failure") == asks_failure)
                    + CAUSE_HEADING_WEIGHT * (criticised and self.intents.heading_suits(passage.chunk.section, "criticism"))
                )
                said = self.reader.of(passage.chunk)
                explains = causal and not self.intents.heading_suits(passage.chunk.section, "significance")
                leans = self.reader.leaning([words for _, words in said], leanings) if leanings else []
                later = making and any(self.intents.heading_suits(passage.chunk.section, kind) for kind in ("significance", "outcome"))
                weighed = sentence_focus | making if making and not later else sentence_focus
                # What is asked the meaning of is one thing however it is named: "Ratification
                # ... is the act" says all of "what does ratify mean?".
                weighed = self._units(weighed) if defining else weighed
                for index, (coverage, cue) in enumerate(self.reader.evidence(passage.chunk, weighed, wanted or reading)):
                    if naming and not said[index][1] & named or timing and not said[index][1] & times:
                        continue
                    if example_share and example_term in said[index][1] and not kind_asked <= said[index][1] | heading:
                        coverage -= example_share
                    instance = False
                    if defining:
                        # "What is an embargo?" opens with what says what an embargo is, not with
                        # any sentence that has "is the" and names an embargo later on, nor with a
                        # dated instance of one ("proclaimed a near-total embargo on trade with
                        # Cuba in February 1962"), nor, when some sentence says what it is, with
                        # another.
                        cue = cue and self.reader.defines(said[index][0], sentence_focus)
                        instance = not cue and (definable or self.reader.has_cue(said[index][0], "when"))
                    if counted:
                        cue = self.reader.counts(said[index][0], counted)
                        if cue and not said[index][1] & sentence_focus & parties:
                            coverage += counted_share
                    elif counting:
                        cue = self.reader.counts(said[index][0], counting)
                    if count_years and not cue:
                        coverage -= fsum(idf(t) or 0.0 for t in said[index][1] & count_years) / focus_weight
                    # What the kind of question wants counts in a sentence that names some
                    # of what is asked ("headed by" is no answer to "how does a country
                    # become a member?"), and so does the sense of its verb ("leave", not "join").
                    if causal:
                        value = section + coverage + (CAUSE_SENTENCE_WEIGHT * self.explains(said[index][0], explained) if explains and (coverage > 0 or not sentence_focus) else 0.0)
                    else:
                        value = section + coverage + SENTENCE_CUE_WEIGHT * (cue and (coverage > 0 or not sentence_focus))
                    value -= INSTANCE_PENALTY * instance
                    # A span said outright ("rotate each year", "for ten years"), not read from two
                    # years that may be one event's ("held ... in 2025 ... in June 2025"); or the days
                    # of one month that what is asked, all of it, was held on ("the Munich conference
                    # of 29-30 September", not "the first G20 leaders' summit ... on 14 and 15
                    # November 2008" for how long a country keeps the G20 presidency).
                    spans = self.reader.has_cue(said[index][0], "span") and (coverage > 0 or not sentence_focus) or writes_days(said[index][0]) and (coverage >= 1.0 or not sentence_focus)
                    if intent == "duration" and spans:
                        value += SPAN_CUE_WEIGHT
                    if leanings:
                        value += SENTENCE_SENSE_WEIGHT * leans[index]
                    if (passage.chunk.id, index) in first_example:
                        value += FIRST_EXAMPLE_WEIGHT
                    has_slot = bool(cue) if slot_cue is None else self.reader.has_cue(said[index][0], slot_cue)
                    weighed_all.append((value, passage, index, has_slot))
                    if best is None or value > best[0]:
                        best = (value, passage, index)
                    if slotted and has_slot and coverage > 0 and (best_slot is None or value > best_slot[0]):
                        best_slot = (value, passage, index)
            assert best is not None
            best, best_has_slot = self._untied(best, weighed_all, sentence_focus)
            if slotted and not best_has_slot and best_slot is not None and best_slot[0] >= SLOT_SENTENCE_SHARE * best[0]:
                # The best sentence lacks what is asked for ("ended when the United States
                # withdrew" for "which president took the US out of the INF treaty?"): one close
                # behind that has it and says all the best one says of the question, counting
                # a concept and its names once ("withdraw" for "withdrew"), answers ("the
                # United States, under President Donald Trump, announced that it would ...
                # withdraw").
                # What only a clause of circumstance says ("who was the US diplomat doing shuttle
                # diplomacy after the Yom Kippur war?") sets the scene: the sentence naming the
                # person need not repeat it ("Henry Kissinger, who became US Secretary of State
                # ...", after "The war of October 1973, also called the Yom Kippur War, ...").
                units = self._units(sentence_focus) - circumstance
                if units & self.reader.of(best[1].chunk)[best[2]][1] <= self.reader.of(best_slot[1].chunk)[best_slot[2]][1]:
                    best = best_slot
            primary, anchor = best[1], best[2]
            heading_tokens = set(self.retriever.query_tokens(primary.chunk.section))
            asks_what = intent in ("definition", "list") and not sentence_focus and not making and not set(focus) & heading_tokens
            # "What did the Congress of Vienna lead to?" asks what its section on that says, not
            # what the Congress was.
            asks_what = asks_what and not (aspect is not None and self.intents.heading_suits(primary.chunk.section, aspect))
            # "What's a sherpa in summit diplomacy?" asks what a sherpa is ("A sherpa is a senior
            # official who ... prepares international summits"), not what is said of summit
            # diplomacy ("The sherpa system makes summit diplomacy efficient").
            asks_what = asks_what or intent == "definition" and bool(term) and term <= self.retriever.title_terms(doc_id)
        else:
            primary = self.suited_passage(doc_id, intent, set(), elsewhere=elsewhere)
            asks_what = intent in ("definition", "list") or not self.heading_suits(primary.chunk, intent)
        # "Name a military alliance" asks for a case too, "what were the two frameworks?" not.
        asks_case = intent == "example" or intent == "list" and not self.words.case_sort.isdisjoint(result.tokens)
        if asks_what or asks_case and self._a_case_asked(result, doc_id):
            primary = self.overview_passage(doc_id, ranked)
            defining_first, anchor = True, None
            part = self._part_defined(doc_id, result.tokens) if asks_what else None
            if part is not None:
                primary, anchor, defining_first = next((p for p in ranked if p.chunk.id == part[0].id), Passage(part[0], 0.0, [])), part[1], False
        elif own_fact and intent in OWN_FACT_KINDS and set(focus) - self.reader.span_terms - self.words.answer_words <= self.words.generic:
            # "When was the Helsinki Final Act?", "JCPOA what year?": nothing asked but the
            # subject's own date or place, which the overview gives beside its definition
            # ("signed in Helsinki on 1 August 1975"), not the first date of its history.
            # The sentence must say what else is asked ("when was it signed?"); "when does
            # it work?" asks for conditions, not the date of its definition.
            overview = self.overview_passage(doc_id, ranked)
            asked_of = set(focus) - self.words.answer_words - self.reader.span_terms
            evidence = self.reader.evidence(overview.chunk, asked_of, intent)
            said = [i for i, (share, cue) in enumerate(evidence) if cue and (share == 1.0 or not asked_of)]
            if not said and asked_of:
                # Said by a word made from the asked one: "when was the NPT signed?" by "The NPT
                # was opened for signature on 1 July 1968", not by the date of its extension.
                terms = [terms for _, terms in self.reader.of(overview.chunk)]
                said = [i for i, (_, cue) in enumerate(evidence) if cue and all(derived(t, terms[i]) for t in asked_of)]
            if intent == "where" and not asked_of:
                # "Where is the UN?" asks where the subject is (its seat: "headquarters in New
                # York"), not where something once happened to it ("signed in San Francisco");
                # "where were the Dayton talks held?" asks where it took place (its venue:
                # "negotiated ... at Wright-Patterson Air Force Base"), not any place it names
                # ("the war in Bosnia").
                sentences = self.reader.of(overview.chunk)
                place, other = ("venue", "seat") if set(result.tokens) & self.words.event else ("seat", "venue")
                # Else where it was held ("Where is Camp David?": "The Camp David talks were held
                # at the US president's country retreat in the hills of Maryland"), or the seat.
                said.sort(key=lambda i: (not self.reader.has_cue(sentences[i][0], place), not self.reader.has_cue(sentences[i][0], other)))
            if said:
                primary, anchor = overview, said[0]
        elif own_fact and intent == "quantity" and focus and set(focus) <= self.words.parties | self.words.generic and not self._counts_parties(*self.reader.of(primary.chunk)[anchor or 0], doc_id):
            # "How many countries are in it?": nothing counted but who belongs to the subject,
            # its own membership, which the overview counts ("With 191 states parties, the
            # NPT ..."), when the sentence found counts none ("South Sudan, which became
            # independent in 2011, is the only UN member state ... not joined").
            overview = self.overview_passage(doc_id, ranked)
            evidence = self.reader.evidence(overview.chunk, set(focus), intent)
            said = [i for i, said in enumerate(self.reader.of(overview.chunk)) if self._counts_parties(*said, doc_id)]
            # The one saying most of what is asked: "how many countries have signed up?" is
            # "195 parties, which were 194 countries and the EU", not "The 196 parties to the
            # UNFCCC adopted" it.
            said.sort(key=lambda i: -evidence[i][0])
            if said:
                primary, anchor = overview, said[0]
        elif not focus and intent in WORDLESS_KINDS and self.intents.heading_suits(self.retriever.documents[doc_id].title, intent):
            # The document's title asks the question ("Why track one diplomacy matters" for
            # "why does track one diplomacy matter?"): its overview sums up the whole answer,
            # which its later sections each give a part of, or argue with.
            primary, anchor = self.overview_passage(doc_id, ranked), None
        elif not focus and intent in WORDLESS_KINDS and not (aspect is not None and self.intents.heading_suits(primary.chunk.section, aspect)):
            # Nothing but the subject is named ("what do ambassadors do?"): its words cannot
            # tell the sections apart, the kind of question can (the functions section; for
            # "why was the Congress of Vienna held?", not why it matters). An aspect asked ("how
            # did it end?") already chose its section.
            asked = set(result.tokens)
            # Asked only why the subject came about ("what caused the Cold War?"), not why it
            # failed or ended: a section on that ("Why the Cold War ended") says another cause.
            failure_too = intent != "why" or self.words.asks_failure(asked)
            suited = self.suited_passage(doc_id, intent, set(), asked, failure_too=failure_too)
            if self.heading_suits_question(suited.chunk, intent, asked, failure_too=failure_too):
                # Its sentence weighed best answers ("The Cold War began because of ..." of "How
                # the Cold War began"), else the section's lead.
                in_suited = [w for w in weighed_all if w[1].chunk.id == suited.chunk.id]
                anchor = max(in_suited, key=lambda w: w[0])[2] if in_suited else None
                primary = next((p for p in ranked if p.chunk.id == suited.chunk.id), suited)
            elif intent == "role" and (self.retriever.documents[doc_id].topic in PAST_TOPICS or primary.chunk.position != 0):
                # "What did the Treaty of Tordesillas do?", "what does the OSCE do?": with no
                # section on what it does, its definition says it ("the agreement ... in which
                # Spain and Portugal divided ...", "the world's largest regional security
                # organisation"), not the section the subject's name is most often said in (its
                # background, its part in diplomacy). An institution's overview found first
                # may say what it does after its definition ("The WTO provides three things ...").
                primary, anchor, defining_first = self.overview_passage(doc_id, ranked), None, True
            elif intent == "why" and self.retriever.documents[doc_id].topic in PAST_TOPICS and primary.chunk.position == 0:
                # A bare "why?" of a past event whose document has no section on its causes:
                # what led up to it (its background) says why it came about; the overview,
                # which the learner has just read, only says what it was. The section's lead
                # sentence sums up what led to it.
                background = next((c for i in self.retriever.chunk_range(doc_id) if BACKGROUND.match((c := self.retriever.chunks[i]).section.split(" > ")[-1])), None)
                if background is not None:
                    primary, anchor = next((p for p in ranked if p.chunk.id == background.id), Passage(background, 0.0, [])), 0
        # The subject's own name asks nothing of it, however the question names it: by the
        # name of one subject of a title of several ("the two plus four treaty"), or by
        # another noun for the agreement after its name ("the Helsinki accords").
        called = title | {t for before, t in zip(result.tokens, result.tokens[1:]) if before in title and t in self.words.subject_nouns}
        if intent == "why" and (aim_asked := set(focus) - called) and aim_asked <= self.words.purpose:
            # "What was the point of the Helsinki Final Act?" asks nothing but its aim: the
            # document's first sentence saying what its subject was for answers (`_aim`), not
            # the sections that say "purpose" of another thing or why it matters.
            aim = self._aim(doc_id, result.tokens)
            if aim is not None:
                primary, anchor, defining_first = next((p for p in ranked if p.chunk.id == aim[0].id), Passage(aim[0], 0.0, [])), aim[1], False
            else:
                # With no sentence saying its aim, what it is and does says what it is for
                # ("sets out the rules for ..."), not a sentence saying "purpose" of another
                # thing ("for all official purposes").
                primary, anchor, defining_first = self.overview_passage(doc_id, ranked), None, True
        others = [p for p in ranked if p.chunk.id != primary.chunk.id][:OTHER_PASSAGES]
        # The answer is composed without the words that only carry a "why?" too: "why did the
        # crisis happen?" opens with its background, not with what happened next.
        tokens = [t for t in result.tokens if t not in self.words.carried] if intent == "why" else result.tokens
        # Nor with what it sets aside ("besides Tlatelolco, ...": not its overview).
        tokens = [t for t in tokens if t not in result.set_aside] or tokens
        return Resolution("answer", intent, tokens, [primary, *others], doc_id, defining_first=defining_first, anchor=anchor)

    def _aim(self, doc_id: str, tokens: list[str]) -> tuple[Chunk, int] | None:
        """The chunk and index of the document's first sentence naming the aim of the subject
        the question names (`SentenceReader.aim_named`), else of its first sentence, in its
        order, that says what the subject the question names (`tokens`, by a term of the title) was for (the
        `purpose` cue: "held ... to end North Korea's nuclear weapons programme", "hoping to win
        recognition of the borders") and names it before the aim, or follows in its passage a sentence that
        opens with it ("The Helsinki Final Act was the product of ... negotiation. The Soviet
        Union had long called for a European security conference, hoping to ..."); not the
        aim of another subject of the same document ("The Minsk agreements were ... signed ...
        to stop the war" for the Budapest Memorandum). None when no sentence says one."""
        title = self.retriever.title_terms(doc_id)
        subject = title & set(tokens)
        # Named by its name, not by an everyday word of it: "a treaty" in "A reservation is a
        # statement made ... when joining a treaty, by which the state aims to ..." is not the
        # Vienna Convention on the Law of Treaties.
        subject = {t for t in subject if not self.retriever.is_everyday(t)} or subject
        # A sentence saying in so many words that it gives the subject's aim answers first
        # ("The logic of the ABM Treaty was that ..."), before a "to ..." of a deed done to the
        # subject ("would withdraw from the ABM Treaty in order to build ...").
        for i in self.retriever.chunk_range(doc_id):
            for index, (sentence, _) in enumerate(self.reader.of(self.retriever.chunks[i])):
                if (aimed := self.reader.aim_named(sentence)) is not None and set(self.retriever.query_tokens(aimed)) & subject:
                    return self.retriever.chunks[i], index
        for i in self.retriever.chunk_range(doc_id):
            said = self.reader.of(self.retriever.chunks[i])
            for index, (sentence, words) in enumerate(said):
                opening = index > 0 and set(self.retriever.query_tokens(" ".join(said[index - 1][0].split()[:AIM_OPENING_WORDS])))
                at = self.reader.cue_at(sentence, "purpose")
                if at is None:
                    continue
                # The subject is named before the aim, as what it is the aim of ("The UN ...,
                # created in 1945 to maintain ..."; not "To win votes, the Senate ... to keep
                # the canal open"), or by the sentence before, which opens with it.
                names = set(self.retriever.query_tokens(sentence[:at])) & subject
                follows = opening and opening & subject and not words & title
                if names or follows:
                    return self.retriever.chunks[i], index
        return None

    def _dates_own_beginning(self, doc_id: str, tokens: list[str]) -> bool:
        """Whether a sentence of the document gives a year and opens with its subject's name
        and a verb of beginning ("The Cold War began in the years after 1945"), not its cause
        ("The Iran hostage crisis began because ..."); of a title of several subjects, the
        one the question names ("The Berlin Airlift began ..." dates no Berlin Blockade)."""
        # The title's names written out too ("Strategic Arms Limitation Talks" of "SALT I").
        title = self.retriever.as_said(self.retriever.subject_named(doc_id, tokens) or self.retriever.title_terms(doc_id))
        for index in self.retriever.doc_chunks.get(doc_id, []):
            for sentence in self.reader.sentences_of(self.retriever.chunks[index]):
                began = OWN_BEGINNING.search(sentence)
                if began is None or YEAR.search(sentence) is None:
                    continue
                named = self.retriever.query_tokens(sentence[: began.start()])
                if named and set(named) <= title:
                    return True
        return False

    def _defining_terms(self, doc_id: str) -> frozenset[str]:
        """The terms of the document's first sentence, which defines its subject."""
        terms = self._defining.get(doc_id)
        if terms is None:
            first = self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]]
            sentences = self.reader.sentences_of(first)
            terms = self._defining[doc_id] = frozenset(self.retriever.query_tokens(sentences[0])) if sentences else frozenset()
        return terms

    def _defining_names(self, doc_id: str) -> frozenset[str]:
        """The names the document's defining sentence gives: its terms that are no glossary
        concepts and either no everyday words ("taliban") or written as names ("china")."""
        return frozenset(t for t in self._defining_terms(doc_id) if not t.startswith("=") and (not self.retriever.is_everyday(t) or self.retriever.written_as_name(t)))

    def _qualifying_names(self, doc_id: str, tokens: list[str], focus: list[str], circumstance: frozenset[str]) -> frozenset[str]:
        """The focus's names that the defining sentence gives and the question says after a
        word of the document's title, outside a clause of circumstance: "Bosnia" of "the
        Dayton talks on Bosnia", not "Lisbon" of "after the Lisbon treaty" nor the "UN" of
        "who runs the UN"."""
        title = self.retriever.title_terms(doc_id)
        first = next((i for i, t in enumerate(tokens) if t in title), len(tokens))
        after = set(tokens[first + 1 :])
        own = self._own_names(doc_id)
        return frozenset(t for t in self._defining_names(doc_id).intersection(focus) if t in after and t not in circumstance and t not in own)

    def _own_names(self, doc_id: str) -> frozenset[str]:
        """The names of the subject itself ("EU" of "European Union foreign policy"): each
        glossary name of a concept in its title that is one word."""
        own = self._own.get(doc_id)
        if own is None:
            found: set[str] = set()
            for concept in (t for t in self.retriever.title_terms(doc_id) if t.startswith("=")):
                for name in self.retriever.kb.glossary.names_of(concept):
                    words = [w for w in self.retriever.query_tokens(name) if not w.startswith("=")]
                    found.update(words if len(words) == 1 else ())
            own = self._own[doc_id] = frozenset(found)
        return own

    def _only_names_defining(self, doc_id: str, focus: list[str]) -> bool:
        """Whether the focus is names the document's defining sentence gives, beside their
        glossary concepts it says too, and nothing else."""
        names = [t for t in focus if not t.startswith("=")]
        return bool(names) and set(names) <= self._defining_names(doc_id) and set(focus) <= self._defining_terms(doc_id)

    def _units(self, focus: set[str]) -> set[str]:
        """The focus with each glossary concept counted once: not the words that are names of
        a concept it has too ("withdrew" beside "=withdrawal")."""
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        concepts = {t for t in focus if t.startswith("=")}
        named = glossary.name_stems(concepts, stem) if concepts else frozenset()
        return {t for t in focus if t.startswith("=") or t not in named}

    def _counts_parties(self, sentence: str, words: frozenset[str], doc_id: str) -> bool:
        """Whether a sentence gives a number of members, states or parties ("191 states
        parties", "32 member countries") and names the document's subject: not a year
        ("South Sudan, which became independent in 2011, is the only UN member state"), nor
        the members of another ("The same five states are the permanent members of the UN
        Security Council" in the NPT's)."""
        return doc_id in self.retriever.mentioned_documents(list(words)) and self.reader.counts(sentence, self.words.parties)

    def _example_focus(self, focus: list[str]) -> set[str]:
        """What an "example" question's sentence should say: its focus less the words saying
        what sort of case it asks for ("real world", "famous"), a case or an instance asked
        for as the knowledge says it, an example ("a real world case of preventive
        diplomacy": "The clearest example of preventive deployment was ...")."""
        return {self.words.example_term if t in self.words.example else t for t in focus if t not in self.words.case_sort}

    def _kind_of_example(self, tokens: list[str]) -> set[str]:
        """The terms of the kind of case an "example" question names right after its word for
        an example ("peace treaty" of "give an example of a peace treaty"), at most
        `EXAMPLE_KIND_TERMS`."""
        start = next((i + 1 for i, t in enumerate(tokens) if t in self.words.example), len(tokens))
        return set(tokens[start:start + EXAMPLE_KIND_TERMS])

    def _first_examples(self, doc_id: str, ranked: list[Passage]) -> set[tuple[str, int]]:
        """The sentences of the sections weighed that name the document's subject and give
        the earliest year any such sentence gives (by chunk id and place in it), but for
        those dating a name ("made the term widely known with his book ... (1985)") or a rule
        laid down on the subject ("The Hague Convention ... of 1899 stated that ...")."""
        subject = self.retriever.title_terms(doc_id)
        dated = [
            (year, passage.chunk.id, index)
            for passage in ranked
            for index, (sentence, words) in enumerate(self.reader.of(passage.chunk))
            if (year := earliest_year(sentence)) and self.reader.names(words, subject) and not self.reader.has_cue(sentence, "coining") and not self.reader.has_cue(sentence, "rule")
        ]
        first = min((year for year, *_ in dated), default=0)
        return {(chunk_id, index) for year, chunk_id, index in dated if year == first}

    def explains(self, sentence: str, focus: set[str]) -> float:
        """The idf-weighted share of the focus that the part of a sentence its reason
        explains names: "The five permanent members reflect the balance of power of 1945"
        explains the permanent members; "The US Senate refused to ratify the treaty, mainly
        because of objections ..., and the United States made a separate peace with Germany"
        explains nothing of why Germany resented the treaty. 0 when it gives no reason."""
        part = self.reader.explained(sentence)
        if not part or not focus:
            return 0.0
        said = set(self.retriever.query_tokens(part)) & focus
        idf = self.retriever.index.idf_of
        # fsum: a float sum over a set depends on its order, which string hashing changes
        # from one run to the next; the whole focus must come out as exactly 1.0.
        return fsum(idf(t) or 0.0 for t in said) / (fsum(idf(t) or 0.0 for t in focus) or 1.0)

    def _words_of_posts(self, asked: set[str]) -> set[str]:
        """The words of the names of posts the question names whole ("state" of "secretary
        of state"): a party word within a post's name names no state or body."""
        return {word for words in self.retriever.concept_names_given(asked, asked) if words & self.words.people for word in words}

    def _untied(
        self, best: tuple[float, Passage, int], weighed: list[tuple[float, Passage, int, bool]], focus: set[str]
    ) -> tuple[tuple[float, Passage, int], bool]:
        """The sentence that answers, and whether it has what is asked for: the best weighed,
        unless one weighed within SENTENCE_TIE_BAND of it names at least UNTIE_MORE_TERMS more
        terms of the focus (then the one naming most). The weights move by a hair with each
        document added anywhere (idf): "how long does a g20 country keep the presidency" is the
        overview's "presidencies rotate each year" (the G20, presidencies, a country), not the
        G20's founding span (the G20 alone), whichever a new document's idf puts first (tie32)."""

        def named(w: tuple[float, Passage, int, bool]) -> int:
            return len(focus & self.reader.of(w[1].chunk)[w[2]][1])

        first = next(w for w in weighed if w[:3] == best)
        close = [w for w in weighed if w[0] >= best[0] - SENTENCE_TIE_BAND and named(w) >= named(first) + UNTIE_MORE_TERMS]
        value, passage, index, has_slot = max(close, key=lambda w: (named(w), w[0])) if close else first
        return (value, passage, index), has_slot

    def _part_defined(self, doc_id: str, tokens: list[str]) -> tuple[Chunk, int] | None:
        """For a title of several subjects ("Truman Doctrine and containment") of which the
        question names only some ("what is containment?"): the document's first sentence saying
        what one of those is, opening with its name ("Containment was the American strategy
        ..."; not "A well-known example of the G20 at work is ..."), not its overview's
        definition of the other, when that does not name it ("The Group of Seven (G7) and the
        Group of Twenty (G20) are ..." says what both are); None when the title is of one
        subject or no sentence says it."""
        overview = self.reader.of(self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]])
        parts = [part for part in self.retriever.named_title_parts(doc_id, tokens) if overview and not part <= overview[0][1]]
        for i in self.retriever.doc_chunks[doc_id] if parts else ():
            chunk = self.retriever.chunks[i]
            for index, (sentence, _) in enumerate(self.reader.of(chunk)):
                if any(self._defined_by_name(sentence, part) for part in parts):
                    return chunk, index
        return None

    def _defined_by_name(self, sentence: str, asked: frozenset[str] | set[str]) -> bool:
        """Whether a sentence says what `asked` is: the subject before its defining verb names
        it, by its own names only ("The ABM Treaty, the Anti-Ballistic Missile Treaty, was the
        ...", "Ratification, covered in Article 14, is the act ...", "...: The UN General
        Assembly is the main deliberative organ"; not "The Korean Armistice Agreement is ..."
        for "armistice", nor "The Minsk Protocol was signed ..., known as Minsk II" for the
        Minsk agreements). The subject is what follows the last colon or semicolon before the
        verb, less an aside between commas."""
        at = self.reader.cue_at(sentence, "definition")
        if at is None:
            return False
        subject = PARENTHESIS.sub(" ", re.split(r"[:;]", sentence[:at])[-1])
        named = set(self.retriever.query_tokens(subject))
        names = self.retriever.as_said(asked)
        return asked <= named and {t for t in named if not t.startswith("=")} <= names

    def overview_passage(self, doc_id: str, ranked: list[Passage]) -> Passage:
        first = self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]]
        return next((p for p in ranked if p.chunk.id == first.id), Passage(first, 0.0, []))

    def suited_passage(self, doc_id: str, intent: str, shown: set[str], asked: set[str] | None = None, elsewhere: frozenset[str] = frozenset(), failure_too: bool = True) -> Passage:
        """The document's first section whose heading suits the intent (unseen ones first),
        or, given the question's terms (`asked`), suits the question. An example is not one of
        the sections `elsewhere` while others remain ("another example" is not the one just
        shown), while someone else may be named further on in it ("who else was involved?")."""
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[doc_id]]
        if intent == "example":
            chunks = [c for c in chunks if c.id not in elsewhere] or chunks
        suited = [c for c in chunks if (self.heading_suits(c, intent) if asked is None else self.heading_suits_question(c, intent, asked, failure_too=failure_too))]
        unseen = [c for c in suited if c.id not in shown]
        return Passage((unseen or suited or chunks)[0], 0.0, [])

    def heading_suits(self, chunk: Chunk, intent: str) -> bool:
        return self.intents.heading_suits(chunk.section, intent)

    def heading_suits_question(self, chunk: Chunk, intent: str, asked: set[str], further_cases: bool = True, failure_too: bool = True) -> bool:
        """Whether the heading suits the question: a "why?" asking what caused something
        ("why was the Congress of Vienna called?") is not answered by why it matters
        ("Why it matters for diplomacy"), unless it asks that ("why is Westphalia such a big
        deal?", "why does NATO matter?"), but by where it came from ("Origins of the veto",
        "The reason for immunity") or what speaks for it ("Strengths and limits" for "why
        would a country use track two talks?"). A "role?" is not answered by a part in a
        setting it does not name ("NATO's role in diplomacy"). Unless `further_cases`, an example is not
        answered by the further ones ("Other examples of ..."). Unless `failure_too`, a "why?"
        is not answered by why something failed or ended ("Why the Cold War ended")."""
        if intent == "why" and not asked & self.words.significance:
            if self._says_why_it_matters(chunk):
                return False
            if not failure_too and self.intents.heading_suits(chunk.section, "failure"):
                return False
            return self.heading_suits(chunk, intent) or self.intents.heading_suits(chunk.section, "origins")
        if intent == "why":
            # Asked why it matters ("why is the Fashoda Incident important?"): not a heading on
            # why something happened ("Why France backed down"), but one on why it matters,
            # or, where the document has none, on what came of it ("The settlement and what
            # came after").
            if self.intents.heading_suits(chunk.section, "significance"):
                return True
            return not self.has_heading(chunk.doc_id, "significance") and self.intents.heading_suits(chunk.section, "outcome")
        if intent == "role" and (role_in := ROLE_IN.search(chunk.section)) and not set(self.retriever.query_tokens(role_in["setting"])) & asked:
            # "What does NATO do?" asks what it does, which its overview or functions say, not
            # its role in diplomacy, unless it asks that ("what is NATO's role in diplomacy?").
            # A part of the subject asked of ("the role of the UN Secretary-General") may be
            # told there ("The Secretary-General uses good offices ...").
            own = {t for t in self.retriever.focus_tokens(chunk.doc_id, sorted(asked)) if not t.startswith("=")} - self.words.role
            return bool(own)
        if intent == "example" and not further_cases and FURTHER_CASES.search(chunk.section):
            # "Other examples of shuttle diplomacy" are those beside the one the subject is
            # known by (Kissinger's, in the overview): "an example of shuttle diplomacy", asked
            # first, is answered by that one; "any other examples?" by them.
            return False
        return self.heading_suits(chunk, intent)

    def has_heading(self, doc_id: str, cue: str) -> bool:
        """Whether a document has a section whose heading has one of a kind's section cues
        ("criticism": what its critics say; an aspect: "How it was resolved")."""
        return any(self.intents.heading_suits(self.retriever.chunks[i].section, cue) for i in self.retriever.chunk_range(doc_id))

    def _named_subject_instead(self, result: SearchResult, top: Passage) -> Passage:
        """"When did the Berlin Blockade start?" names one subject of "Berlin Blockade and
        Airlift" whole, by a name and a noun: when the best passage's document is not named
        whole (the Berlin Wall's overview, which says when the wall went up and names the
        blockade in passing), the best passage of that subject's document answers when it
        scores close enough (NAMED_SUBJECT_SCORE)."""
        tokens = set(result.tokens)
        if self.retriever.names_document(top.chunk.doc_id, tokens):
            return top

        def names_a_subject(doc_id: str) -> bool:
            for part in self.retriever.title_parts(doc_id):
                words = {t for t in part if not t.startswith("=")}
                if len(words) > 1 and part <= tokens and any(not self.retriever.is_everyday(t) for t in words):
                    return True
            return False

        return next(
            (p for p in result.passages[1:MATCHED_FOR] if p.score >= NAMED_SUBJECT_SCORE * top.score and p.chunk.doc_id != top.chunk.doc_id and names_a_subject(p.chunk.doc_id)),
            top,
        )

    def _general_instead_of_case(self, result: SearchResult, top: Passage, intent: str) -> Passage:
        """"How does a country ratify a treaty?" asks how any treaty is ratified: when it
        names no particular subject, a passage of a case ("the United States never ratified
        the Kyoto Protocol") gives way to one close behind (`GENERAL_OVER_CASE_SCORE`) of a
        document that is not a case (the Vienna Convention on the Law of Treaties)."""
        documents = self.retriever.documents
        if documents[top.chunk.doc_id].topic != CASE_TOPIC or result.named_documents or result.mentioned_documents:
            return top
        if any(not self.retriever.is_everyday(t) for t in self.retriever.title_terms(top.chunk.doc_id) & set(result.tokens)):
            return top  # "... abm logic makes no sense": the case is named by its own word
        if any(self.retriever.written_as_name(t) for t in top.matched):
            return top  # "why did the soviets put missiles in cuba?": a name the case says
        # It must say what the case's passage says of the question, but for the words naming
        # who does it ("a country", "states"): "how do countries leave a treaty?" is not
        # about diplomats leaving a country.
        # A name it gives must be said there too: "how does the US ratify a treaty?" asks how
        # the US does it, which the general document says ("In the United States, the Senate
        # ..."), not how the case went.
        said = set(top.matched) - self.words.parties | {t for t in result.tokens if self._proper_name(t)}
        index, position = self.retriever.index, self.retriever.position
        general = [
            passage for passage in result.passages[1:]
            if passage.score >= GENERAL_OVER_CASE_SCORE * top.score and documents[passage.chunk.doc_id].topic != CASE_TOPIC
            and said <= set(passage.matched or index.terms_in([position[passage.chunk.id]], sorted(said))[0])
        ]
        # Of those, a "how?" is answered by one whose heading says it sets out how it is done
        # ("How a treaty is made: the steps ..."), if any.
        steps = [passage for passage in general if intent == "how" and self.intents.heading_suits(passage.chunk.section, "process")]
        return next(iter(steps or general), top)

    def _defining_instead(self, result: SearchResult, top: Passage) -> Passage:
        """"What is the General Assembly?": when the best passage's document only uses the
        name asked ("Resolutions of the UN General Assembly are generally recommendations"),
        one close behind (`DEFINING_OVER_BEST_SCORE`) that says what it is ("The UN General
        Assembly is the main deliberative organ"), or whose document does, answers."""
        if self._document_defines(top.chunk.doc_id, result.tokens):
            return top  # it says what it is, or its document does elsewhere (the ICC's overview)
        close = [p for p in result.passages[1:] if p.score >= DEFINING_OVER_BEST_SCORE * top.score]
        # A passage close behind that says it, else one whose document says it in another
        # section ("Ratification ... is the act ..." for "what does ratify mean?", in a section
        # the question's words rank lower).
        return next((p for p in close if self._names_before_defining(p.chunk, result.tokens)), None) or next(
            (p for p in close if p.chunk.doc_id != top.chunk.doc_id and self._document_defines(p.chunk.doc_id, result.tokens)), top
        )

    def names_one_thing(self, tokens: list[str]) -> bool:
        """Whether a question's terms name one thing: a single word, or only the words of the
        glossary names it gives ("security council", not "berlin blockade cause")."""
        plain = {t for t in tokens if not t.startswith("=")}
        concepts = {t for t in tokens if t.startswith("=")}
        glossary = self.retriever.kb.glossary
        return len(plain) <= 1 or bool(concepts) and plain <= glossary.name_stems(concepts, self.retriever.tokenizer.stem)

    def _document_defines(self, doc_id: str, tokens: list[str]) -> bool:
        return any(self._names_before_defining(self.retriever.chunks[i], tokens) for i in self.retriever.doc_chunks[doc_id])

    def _names_before_defining(self, chunk: Chunk, tokens: list[str]) -> bool:
        """Whether a sentence of the chunk says what is asked (`_defined_by_name`): the concepts
        asked, where the question names some, by any of their names ("Ratification ... is the
        act" for "ratify"), else all its terms."""
        concepts = {t for t in tokens if t.startswith("=")}
        asked = concepts or set(tokens)
        return any(self._defined_by_name(sentence, asked) for sentence, _ in self.reader.of(chunk))

    def _names_the_act(self, chunk: Chunk, heading: set[str], tokens: list[str]) -> bool:
        """Whether a heading opens with the question's own verb as the act it is about
        ("Joining NATO: invitation, accession protocol and ratification" for "how does a
        country join NATO?", "Recalling an ambassador" for "how is an ambassador recalled?"):
        a section on doing it, which says how it is done; not how a party it does not name
        did it ("how did Finland join NATO?"). `heading`: the heading's terms."""
        act = ACT_HEADING.match(chunk.section)
        if act is None or set(self.retriever.query_tokens(act["act"])).isdisjoint(tokens):
            return False
        named = heading | self.retriever.title_terms(chunk.doc_id)
        return not any(t not in named and not self.retriever.is_everyday(t) for t in tokens)

    def _others_heading(self, section: str, set_aside: frozenset[str]) -> int:
        """For a question setting something aside ("besides Tlatelolco, are there other
        zones?"), 1 for a section headed as telling the others ("Other nuclear-weapon-free
        zones", "Later examples of ..."), -1 for one headed by what is set aside ("Example: the
        Oslo back channel" for "back channels apart from Oslo"), else 0."""
        if not set_aside:
            return 0
        if OTHERS_HEADING.match(section):
            return 1
        return -1 if set_aside <= set(self.retriever.query_tokens(section)) else 0

    def _defined_as_asked(self, result: SearchResult, top: Passage, asked: list[tuple[str, set[str]]] | None = None) -> Passage:
        """"Name a treaty that ended world war one", "name a military alliance" ask for a case
        of a kind (one of the first two words after the asking ones, "treaty", "alliance") that
        does what the rest of the question says: a document whose subject is of that kind (its
        defining sentence, its overview's first, says it is: "The Treaty of Versailles was the
        peace treaty that formally ended the First World War", "NATO ... is a political and
        military alliance"), or is the kind itself ("Summit diplomacy is ..."), and says all
        the rest answers, not the best passage's document when its subject is neither (the
        July Crisis, on how the war began; "A sherpa is ..." for "name a famous summit"). A
        number ("one" of "world war one") need not be said. Of several, the one the question's
        search ranks first, or else the one whose best passage scores best. "Name a ..." is
        read as a list ("name the ..."); it asks for a case all the same. Not for a question
        denying something ("an agreement that wasn't a treaty"). `asked`: the kind and the rest
        when the question names them otherwise (`_thing_asked`)."""
        if result.denies:
            return top  # "an agreement that wasn't a treaty": its terms say the opposite
        examples = asked is None  # asked for an example or a list, not "which X ...?" (`_thing_asked`)
        asked = self._kinds_asked(result) if asked is None else asked
        # A section headed by all that is asked answers too ("Summit diplomacy: leaders meeting
        # in person" for "what are some famous summits?"), with its document's title ("The six
        # main organs" of the United Nations for "what are the main organs of the UN?").
        heading = set(self.retriever.query_tokens(top.chunk.section)) | self.retriever.title_terms(top.chunk.doc_id)
        if any(self.kinds.is_one(top.chunk.doc_id, kind, rest) or {kind} | rest <= heading for kind, rest in asked):
            return top
        for kind, rest in asked:
            cases = self.kinds.cases(kind, rest)
            ranked = next((p for p in result.passages if p.chunk.doc_id in cases), None)
            if ranked is not None:
                return ranked
            found = self._best_in_each(cases, result.tokens)
            if found:
                return max(found, key=lambda p: p.score)
        # No case says all the rest in its defining sentence ("a summit that ended in
        # failure"), and the best passage is not even of the kind (UN peacekeeping's
        # failures) nor names anything the question names (a glossary name): the best passage
        # of a document of the kind answers, when it scores close to it (`NAMED_DOCUMENT_SCORE`).
        # Not when the kind is a party ("a country that ..."), nor when the best passage names
        # something asked: the kind may be a mere modifier ("a peace deal brokered by the United
        # States" is answered by the Abraham Accords, "a cold war hotline" by the hotline's).
        # Each kind the question may name is tried in turn ("military" of "a military
        # alliance that collapsed", then "alliance").
        if not examples or any(t.startswith("=") for t in top.matched):
            return top
        for kind, _ in asked:
            if kind in self.words.parties or self.retriever.index.contains(self.retriever.position[top.chunk.id], kind) or self.kinds.is_one(top.chunk.doc_id, kind, set()):
                continue
            best = max(self._best_in_each(self.kinds.cases(kind, set()), result.tokens), key=lambda p: p.score, default=None)
            if best is not None and best.score >= NAMED_DOCUMENT_SCORE * top.score:
                return best
        return top

    def _best_in_each(self, doc_ids: list[str], tokens: list[str]) -> list[Passage]:
        """The best passage of each document for the question's terms."""
        return [p for doc_id in doc_ids for p in self.retriever.search("", tokens=tokens, within_doc=doc_id, k=1).passages]

    def _kinds_asked(self, result: SearchResult) -> list[tuple[str, set[str]]]:
        """The kinds a question asking for a case may name, each with the rest of what it
        asks: one of the first two terms after the words asking for a case ("military" or
        "alliance" of "name a military alliance"), numbers aside."""
        asking = self.words.case_sort | self.words.example
        wanted = [t for t in dict.fromkeys(result.tokens) if t not in asking and not t.replace(".", "").isdigit()]
        return [(kind, {t for t in wanted if t != kind}) for kind in wanted[:EXAMPLE_KIND_TERMS]]

    def _thing_asked(self, result: SearchResult, thing: str) -> list[tuple[str, set[str]]]:
        """The kind a "which ...?" question asks for ("treaty" of "which treaty ended the first
        world war?") with the rest of what it asks, numbers aside; none when the kind is no
        term of the question's."""
        kind = next(iter(self.retriever.query_tokens(thing)), None)
        if kind is None or kind not in result.tokens:
            return []
        return [(kind, {t for t in result.tokens if t != kind and not t.replace(".", "").isdigit()})]

    def _a_case_asked(self, result: SearchResult, doc_id: str) -> bool:
        """Whether the document's subject is a case of the kind a question asks for, its
        defining sentence saying all the question asks ("The Treaty of Versailles was the
        peace treaty that formally ended the First World War" for "name a treaty that ended
        world war one"): that sentence answers. Not the kind itself ("Summit diplomacy is
        ...", whose example sections answer: its name is all asked), nor for a question
        denying something."""
        asked = self._kinds_asked(result)
        subject = self.kinds.of(doc_id)[0]
        # A number of the subject's name ("one" of "track one diplomacy") is no kind; the
        # question names it when it says it.
        numbers = {t for t in subject if t.isdigit()}
        named = (subject - numbers <= {kind for kind, _ in asked} | next((rest for _, rest in asked), set())) and numbers <= set(result.tokens)
        return not result.denies and not named and any(self.kinds.is_case(doc_id, kind, rest) for kind, rest in asked)

    def _steps_instead(self, result: SearchResult, top: Passage) -> Passage:
        """"How does a treaty actually become binding on a country?" asks for the steps: a
        passage close behind the best one found (`STEPS_OVER_SCORE`) whose heading says it sets out how something
        is done (`SETS_OUT_STEPS`) ("How a treaty is made: the steps from negotiation to entry into force")
        answers instead of one whose heading says no such thing ("Binding outcomes"), when it
        says all that one says of the question but the words naming who does it, and its
        heading names some of it ("History: how multilateral diplomacy began" sets out no
        steps of a treaty's entry into force)."""
        if SETS_OUT_STEPS.search(top.chunk.section.split(" > ")[-1]):
            return top
        said = set(top.matched) - self.words.parties
        index, position = self.retriever.index, self.retriever.position
        return next(
            (
                passage for passage in result.passages[1:]
                if passage.score >= STEPS_OVER_SCORE * result.passages[0].score and SETS_OUT_STEPS.search(passage.chunk.section.split(" > ")[-1])
                and not said.isdisjoint(self.retriever.query_tokens(passage.chunk.section))
                and said <= set(passage.matched or index.terms_in([position[passage.chunk.id]], sorted(said))[0])
            ),
            top,
        )

    def _explaining_instead(self, result: SearchResult, top: Passage) -> Passage:
        """"Why did Nixon go to China in 72?" asks for a cause: when no passage found of the
        best passage's document gives a reason of anything asked (`_reason_given`), a passage
        scoring close (`REASON_DOCUMENT_SCORE`) of a document that does answers instead
        ("Nixon and Kissinger sought the opening to China to gain leverage over the Soviet
        Union", not "Nixon's visit to China opened the way to ...")."""
        asked = {t for t in result.tokens if t not in self.words.carried and t not in self.words.doers}
        close = [p for p in result.passages[:MATCHED_FOR] if p.score >= REASON_DOCUMENT_SCORE * top.score]
        if not asked or len({p.chunk.doc_id for p in close}) < 2:
            return top
        # Only the documents that could answer are read: the best one's and those close behind.
        weighed = {p.chunk.doc_id for p in close} | {top.chunk.doc_id}
        reasons: dict[str, float] = {}
        for passage in result.passages:
            if passage.chunk.doc_id in weighed:
                reasons[passage.chunk.doc_id] = max(self._reason_given(passage.chunk, asked), reasons.get(passage.chunk.doc_id, 0.0))
        if reasons[top.chunk.doc_id] > 0.0:
            return top
        return max(close, key=lambda p: reasons[p.chunk.doc_id])

    def _says_cause(self, chunk: Chunk) -> bool:
        """Whether a section's heading says it gives a cause ("Why Stalin and Hitler made the
        pact", "What happened next: why the peace process stalled"), not why its subject
        matters ("Why it matters for diplomacy", "What happened next and why Suez matters")."""
        return self.intents.heading_suits(chunk.section, "cause") and not self._says_why_it_matters(chunk)

    def _says_why_it_matters(self, chunk: Chunk) -> bool:
        """Whether a section's heading says why its subject matters ("Why it matters for
        diplomacy"), not what speaks for it ("Strengths and limits"): no cause of anything."""
        return self.intents.heading_suits(chunk.section, "significance") and not self.intents.heading_suits(chunk.section, "merits")

    def _reason_given(self, chunk: Chunk, asked: set[str]) -> float:
        """How much of what a "why?" asks (its terms, `asked`) a section gives a reason of: the
        most that one of its sentences explains (`explains`), or that its heading names when it
        says it gives the reason ("When and why the G20 began", "Origins of the veto"). Why
        something matters ("... matters for diplomacy because ...") is no cause."""
        if self._says_why_it_matters(chunk):
            return 0.0
        said = max((self.explains(sentence, asked) for sentence, _ in self.reader.of(chunk)), default=0.0)
        if not self.heading_suits_question(chunk, "why", asked):
            return said
        heading = set(self.retriever.query_tokens(chunk.section)) & asked
        idf = self.retriever.index.idf_of
        return max(said, fsum(idf(t) or 0.0 for t in heading) / (fsum(idf(t) or 0.0 for t in asked) or 1.0))

    def _proper_name(self, term: str) -> bool:
        """Whether the term is a glossary concept that names something ("=united-states"),
        not one that is a word ("=withdrawal": "pull out")."""
        return term.startswith("=") and not self.retriever.kb.glossary.is_a_word(term)

    def _named_in(self, concept: str, terms: frozenset[str]) -> bool:
        """Whether the terms hold the words of one of the concept's glossary names ("un" of
        "UN Security Council" is "UN")."""
        names = self.retriever.kb.glossary.names_of(concept)
        return any((words := {t for t in self.retriever.query_tokens(name) if not t.startswith("=")}) and words <= terms for name in names)

    def _subject_weight(self, passage: Passage) -> float:
        """The idf of the question's terms a passage has (of the best few found), leaving
        out words any subject could take ("end", "signed", "terminated")."""
        idf = self.retriever.index.idf_of
        return sum(idf(t) or 0.0 for t in passage.matched if t not in self.words.generic and t not in self.words.senses)
