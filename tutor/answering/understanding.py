"""Understanding a question: what kind it is (intent) and whether it points back.

Patterns live in `dialogues/intents.yaml`; this module only applies them. The question it
receives has already been folded (lower case, no accents) and had its typos repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, TypedDict, get_args

from tutor.answering.confirmation import Confirmation, ConfirmationPatterns
from tutor.answering.kinds import Intent
from tutor.files.dialogues import DialogueError, load_dialogue
from tutor.search.text import AUXILIARIES, QUESTION_WORDS

DEFAULT_INTENT: Intent = "definition"
SOCIAL_INTENTS: tuple[Intent, ...] = ("greeting", "thanks", "capabilities", "help")
KNOWN_INTENTS = frozenset(get_args(Intent))
# A second question joined to the first by "and" ("... and how do they work?", "... and when?").
SECOND_QUESTION = re.compile(r"(?:,|\?)?\s+and\s+(?=(?:how|when|why|who|whom|whose|what|whats|where|which)\b)")
# Kinds of question asking when something happened or how long it lasted.
DATED_INTENTS: frozenset[str] = frozenset({"when", "duration"})
# A phrasing that keeps what it matched and adds words after it: "\1 terminated".
ADDED = re.compile(r"^\\\d\s+")
# A pattern's escapes ("\\b", "\\w") and its plain words, which the speller learns (`asked_words`).
ESCAPE = re.compile(r"\\[a-zA-Z]")
# Where a clause of a message ends and another may begin: a sentence's end, a comma or a
# semicolon, or a dash between spaces.
CLAUSE_END = re.compile(r"[.?!,;:]\s+|\s+[-\u2013\u2014]+\s+")
# The words a clause asking a question of its own opens with.
QUESTION_OPENERS = QUESTION_WORDS | AUXILIARIES
# "One" as the thing to be made, last or before "for" ("can you draft one for us?", "how do states
# make one?"): it stands for the thing said before, as a pronoun does, not for the number. Not
# before a noun ("make one friend") or what it is made with ("did stalin make one with hitler").
MADE_ONE = re.compile(r"\b(?:draft|write|make|create|compose|prepare|design|sketch|draw up|put together)\s+(?:me\s+|us\s+)?(?:a\s+(?:new|quick|short|simple)\s+)?one(?=\W*$|\s+for\b)")
# The first of a pair a question names itself ("one country ... another one", "each state
# ... the other one"): "one" after a number word or "each", before its noun.
RECIPROCAL_ONE = re.compile(r"\b(?:one|each)\s+(?!of\b|more\b|another\b|other\b)[a-z]{3,}\b")
PATTERN_WORD = re.compile(r"(?<![a-z<])[a-z]{4,}(?![a-z>])")  # not a group's name: "(?P<thing>"
# A yes/no question's second question, asking the opposite of the first of the same
# subject ("is New START still in force or is it dead?", "can NGOs sign treaties or is that
# only for states?"), or words offering only the other of the first ("were the Oslo Accords
# signed in Oslo or somewhere else?"): the answer to the first answers both.
SECOND_ALTERNATIVE = re.compile(
    r",?\s+or\s+(?:(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\s+(?:it|they|that|this|there)\b.*"
    r"|(?:somewhere|something|someone|somebody|some ?one|anywhere|anything|anyone)\s+else\W*)$",
    re.IGNORECASE | re.DOTALL,
)
# The condition a yes/no question may end with ("can a diplomat be arrested if he commits a
# crime?"), which sets the scene of the claim before it; not one that is the claim ("is a
# state only a state if others recognise it?").
CONDITION_AFTER = re.compile(r"(?<!\bonly)(?<!\bjust),?\s+(?:if|when|once|even if|unless)\b[^,?;]{3,80}?\W*$", re.IGNORECASE)
# What a learner grants after a yes/no claim ("is Norway in Schengen even though it's not in
# the EU?"): no part of the claim. A bare "tho" or "though" only after a comma: "Le Duc Tho"
# is a name.
CONCESSION_AFTER = re.compile(r"(?:,?\s+even\s+(?:though|tho)|,?\s+although|,\s*(?:though|tho))\b[^?]*\W*$", re.IGNORECASE)
# A question offering alternatives ("track one or track two?"), though not "... or not?",
# nor a second question (see SECOND_ALTERNATIVE).
ALTERNATIVES = re.compile(r"\bor\b(?!\s+not\b)")
# Where a side of a comparison ends and a remark on it begins ("the League of Nations, like
# what did they fix?", "an ambassador, or how do they differ?", "a consul or are they
# different jobs?", "diplomatic immunity or different?", "... or not?", "an embassy in
# practice", "g20 whats the difference, ..."): a side is a name,
# not a clause nor the other answer to a yes/no.
SIDE_END = re.compile(r"\s*(?:[,;:(]|\s-+\s|—)|\s+(?=(?:in practice|in reality|in real life|in simple terms|in plain english|exactly|basically)\b)|\s+or\s+(?=(?:are|is|was|were|do|does|did|how|what|why|not|different|differ|distinct|separate|similar|the same|same|something else)\b)|\s+(?=(?:whats|what's|what s|what is|what are) (?:actually |really |even )?the (?:differences?|diffs?)\b)|\s+(?=which\b)")


# Words after a demonstrative that leave it standing for something said before: a particle
# of its verb ("what set that up?", "who sorted this out?") or a conjunction.
POINTED_FOLLOWERS = frozenset("up out off down back over away apart together and or but then".split())

# Auxiliaries a demonstrative may follow as the subject of a question ("when did that
# happen?", "why was this so important?"): it stands for something said before; not "there"
# ("is there an example ...?").
POINTED_AFTER = frozenset("do does did is was are were has have had can could will would should".split())

# The articles a side of a comparison may open with, before a filler ("a normal embassy").
ARTICLE_WORDS = frozenset({"a", "an", "the"})


@dataclass
class Understanding:
    """What the tutor made of a question."""

    intent: Intent
    sides: tuple[str, str] | None = None  # the two things compared, for comparisons
    asks_same: bool = False  # "is X the same as Y?": a comparison answered yes or no
    elliptical_topic: str | None = None  # "and ASEAN?" -> "asean"
    refers_back: bool = False  # uses "it", "this deal", ... for the current topic
    of_a_person: bool = False  # uses "he", "her", ...: after "who ...?", the person answered
    personal: bool = False  # about the learner's own life ("my salary")
    asks_opinion: bool = False  # asks what the tutor thinks ("what's your take on Brexit?")
    visiting: bool = False  # about visiting a place ("is the UN building open to tourists?")
    own_steps: bool = False  # the learner's own steps ("how do I become a diplomat at the UN?")
    markets: bool = False  # about investing or where prices go ("which stocks will go up if sanctions are lifted?")
    # The office or body whose filling or decisions a process question asks ("the french
    # president" of "how is the french president elected?"): see `ProcessSubjects`.
    process_subject: str | None = None
    # About a time the knowledge cannot describe: news or what is to come ("next year's summit").
    unknown_time: bool = False
    continues: bool = False  # starts with "and", "so", ...: likely about the same subject
    yes_no: bool = False  # "can a diplomat be arrested?": the answer starts with yes or no
    explicit: bool = True  # a pattern gave the kind (not the default for questions matching none)
    # A question of two joined by "and" ("what are sanctions and how do they work?", "which
    # president ripped up the deal and when?"): the part the kind answers, searched for the
    # answer, and the other part's kind and text (a bare "when" asks it of the first).
    main_part: str | None = None
    other_part: tuple[Intent, str] | None = None
    # The kind of thing a "which ...?" asks for ("which crisis", "which article"): the answer
    # opens with a sentence naming one ("the Cuban Missile Crisis", "Article 26").
    thing: str | None = None
    # Asks for cases besides one already known ("another example", "other examples").
    further_cases: bool = False
    # What it asks of an event besides its kind of answer: its "terms" or its "outcome"
    # (`asked_aspects` in intents.yaml), which a section's heading may say it tells.
    aspect: str | None = None
    # The words naming the kind of thing the answer is ("heads of state" of "which heads of
    # state signed ...?": `answer_type` in intents.yaml).
    answer_type: str | None = None


class _SpanEndsRequired(TypedDict):
    asks: list[str]
    begins: str
    ends: str


class SpanEndsPatterns(_SpanEndsRequired, total=False):
    """One sense of `span_ends` in intents.yaml: the words asking for it, the verbs of its ends."""

    begins_else: str  # the beginning when the knowledge gives none of `begins`


class IntentPatterns(TypedDict, total=False):
    """`dialogues/intents.yaml`: regular expressions and word lists, all optional."""

    intents: dict[str, list[str] | None]  # per intent
    pronouns: list[str]
    person_pronouns: list[str]
    demonstratives: list[str]
    referring_nouns: list[str]
    pronoun_one: str
    asks_for_a_thing: str
    which_thing: str
    thing_kin: list[list[str]]
    elliptical: list[str]
    personal: list[str]
    asks_opinion: list[str]
    visiting: list[str]
    own_steps: list[str]
    markets: list[str]
    process_of_office: list[str]
    process_words: list[str]
    first_person: str
    unknown_times: list[str]
    impersonal_it: list[str]
    everyday_senses: list[str]
    domestic_matters: list[str]
    foreign_relations: list[str]
    leading_conjunction: str
    generic_words: list[str]
    frame_words: list[str]
    attitude_words: list[str]
    light_verbs: list[str]
    casual_people: list[str]
    broad_regions: list[str]
    asking_words: list[str]
    case_asking_words: list[str]
    case_nouns: list[str]
    case_verbs: list[str]
    span_words: list[str]
    party_words: list[str]
    member_words: list[str]
    person_words: list[str]
    span_ends: list[SpanEndsPatterns]
    significance_words: list[str]
    side_fillers: list[str]
    phrasings: dict[str, str]
    section_cues: dict[str, list[str]]
    sentence_cues: dict[str, list[str]]
    opposed_senses: list[tuple[list[str], list[str]]]  # pairs of word lists of opposite sense
    yes_no: str
    topic_switch: str
    confirmation: ConfirmationPatterns
    filler: list[str]
    answer_manner: list[str]
    case_settings: str
    contrasts: list[str]
    carrying_verbs: list[str]
    condition: str
    circumstance: str
    further_cases: str
    asked_aspects: dict[str, str]
    aspect_words: list[str]
    subject_nouns: list[str]
    answer_type: str
    talk_words: list[str]
    talk_people: list[str]


@dataclass
class IntentModel:
    """Compiled patterns from intents.yaml."""

    patterns: list[tuple[Intent, re.Pattern[str]]]
    pronouns: frozenset[str]
    demonstratives: frozenset[str]
    referring_nouns: frozenset[str]
    elliptical: list[re.Pattern[str]]
    leading_conjunction: re.Pattern[str] | None = None
    personal: list[re.Pattern[str]] = field(default_factory=list)
    asks_opinion: list[re.Pattern[str]] = field(default_factory=list)
    visiting: list[re.Pattern[str]] = field(default_factory=list)
    own_steps: list[re.Pattern[str]] = field(default_factory=list)
    markets: list[re.Pattern[str]] = field(default_factory=list)
    process_of_office: list[re.Pattern[str]] = field(default_factory=list)
    process_words: frozenset[str] = frozenset()
    first_person: re.Pattern[str] | None = None
    person_pronouns: frozenset[str] = frozenset()
    pronoun_one: re.Pattern[str] | None = None
    thing_asked: re.Pattern[str] | None = None
    which_thing: re.Pattern[str] | None = None
    thing_kin: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a kind of thing -> the words of its group
    unknown_times: list[re.Pattern[str]] = field(default_factory=list)
    impersonal_it: list[re.Pattern[str]] = field(default_factory=list)  # "will it rain?": an "it" standing for nothing before it
    everyday_senses: list[re.Pattern[str]] = field(default_factory=list)
    domestic_matters: list[re.Pattern[str]] = field(default_factory=list)  # a country's internal matters: elections, bills, taxes
    foreign_relations: list[re.Pattern[str]] = field(default_factory=list)  # relations between states: treaties, embassies, wars
    generic_words: frozenset[str] = frozenset()
    frame_words: frozenset[str] = frozenset()
    attitude_words: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    casual_people: frozenset[str] = frozenset()
    broad_regions: frozenset[str] = frozenset()  # continents: "in Africa" places, names no subject
    asking_words: frozenset[str] = frozenset()
    case_asking_words: frozenset[str] = frozenset()  # asking for a case ("a real world example of")
    case_nouns: frozenset[str] = frozenset()  # "example", "instance", "case"
    case_verbs: frozenset[str] = frozenset()  # "name", "cite": asking for a case or a list
    span_words: frozenset[str] = frozenset()  # with the asking words, what asks for a span
    party_words: frozenset[str] = frozenset()  # a "who?" asking for states, not people
    member_words: frozenset[str] = frozenset()  # what counts those who belong ("27 member states")
    person_words: frozenset[str] = frozenset()  # a "who?" asking for a person by post ("president")
    span_ends: list[tuple[list[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]] = field(default_factory=list)  # asking words, begin and end verbs, second-choice begin verbs
    significance_words: frozenset[str] = frozenset()
    side_fillers: frozenset[str] = frozenset()
    section_cues: dict[str, list[str]] = field(default_factory=dict)
    sentence_cues: dict[str, list[str]] = field(default_factory=dict)
    opposed_senses: list[tuple[list[str], list[str]]] = field(default_factory=list)
    yes_no: re.Pattern[str] | None = None
    topic_switch: re.Pattern[str] | None = None
    confirmation: Confirmation | None = None  # a statement asked to be confirmed
    filler: list[re.Pattern[str]] = field(default_factory=list)
    answer_manner: list[re.Pattern[str]] = field(default_factory=list)  # "in simple words", "briefly"
    case_settings: re.Pattern[str] | None = None  # where an example asked for is from ("in history")
    contrasts: list[re.Pattern[str]] = field(default_factory=list)
    carrying_verbs: re.Pattern[str] | None = None
    phrasings: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    condition: re.Pattern[str] | None = None
    circumstance: re.Pattern[str] | None = None
    further_cases: re.Pattern[str] | None = None
    asked_aspects: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)  # an aspect and what asks for it
    aspect_words: frozenset[str] = frozenset()  # the words that only ask for an aspect
    subject_nouns: frozenset[str] = frozenset()  # "plan" of "the Sykes-Picot plan": the subject named
    answer_type: re.Pattern[str] | None = None  # "which heads of state ...?": the kind of thing answered
    talk_words: frozenset[str] = frozenset()  # words of talk about asking (tutor.answering.talk)
    talk_people: frozenset[str] = frozenset()  # the people a learner asks for or with, talk too

    @classmethod
    def from_yaml(cls, data: dict[str, Any] | None = None, compile_pattern: Callable[[str], re.Pattern[str]] = re.compile) -> "IntentModel":
        """The model of `data` (default: the shipped intents.yaml), its patterns compiled
        with `compile_pattern` (`tutor.files.regex_cache` keeps their compiled form)."""
        data = data if data is not None else load_dialogue("intents")
        patterns = []
        for intent, regexes in (data.get("intents") or {}).items():
            if intent not in KNOWN_INTENTS:
                raise DialogueError(f"intents.yaml: unknown intent '{intent}' (the tutor knows {', '.join(sorted(KNOWN_INTENTS))})")
            for regex in regexes or []:
                try:
                    patterns.append((intent, compile_pattern(regex)))
                except re.error as exc:
                    raise DialogueError(f"intents.yaml: bad pattern for '{intent}': {regex!r}: {exc}") from None
        return cls(
            patterns=patterns,
            pronouns=frozenset(data.get("pronouns") or ()),
            demonstratives=frozenset(data.get("demonstratives") or ()),
            referring_nouns=frozenset(data.get("referring_nouns") or ()),
            elliptical=[compile_pattern(p) for p in data.get("elliptical") or ()],
            personal=[compile_pattern(p) for p in data.get("personal") or ()],
            asks_opinion=[compile_pattern(p) for p in data.get("asks_opinion") or ()],
            visiting=[compile_pattern(p) for p in data.get("visiting") or ()],
            own_steps=[compile_pattern(p) for p in data.get("own_steps") or ()],
            markets=[compile_pattern(p) for p in data.get("markets") or ()],
            process_of_office=[compile_pattern(p) for p in data.get("process_of_office") or ()],
            process_words=frozenset(data.get("process_words") or ()),
            first_person=compile_pattern(data["first_person"]) if data.get("first_person") else None,
            person_pronouns=frozenset(data.get("person_pronouns") or ()),
            pronoun_one=compile_pattern(data["pronoun_one"]) if data.get("pronoun_one") else None,
            thing_asked=compile_pattern(data["asks_for_a_thing"]) if data.get("asks_for_a_thing") else None,
            which_thing=compile_pattern(data["which_thing"]) if data.get("which_thing") else None,
            thing_kin={word: tuple(group) for group in data.get("thing_kin") or () for word in group},
            unknown_times=[compile_pattern(p) for p in data.get("unknown_times") or ()],
            impersonal_it=[compile_pattern(p) for p in data.get("impersonal_it") or ()],
            everyday_senses=[compile_pattern(p) for p in data.get("everyday_senses") or ()],
            domestic_matters=[compile_pattern(p) for p in data.get("domestic_matters") or ()],
            foreign_relations=[compile_pattern(p) for p in data.get("foreign_relations") or ()],
            leading_conjunction=compile_pattern(data["leading_conjunction"]) if data.get("leading_conjunction") else None,
            generic_words=frozenset(data.get("generic_words") or ()),
            frame_words=frozenset(data.get("frame_words") or ()),
            attitude_words=frozenset(data.get("attitude_words") or ()),
            light_verbs=frozenset(data.get("light_verbs") or ()),
            casual_people=frozenset(data.get("casual_people") or ()),
            broad_regions=frozenset(data.get("broad_regions") or ()),
            asking_words=frozenset(data.get("asking_words") or ()),
            case_asking_words=frozenset(data.get("case_asking_words") or ()),
            case_nouns=frozenset(data.get("case_nouns") or ()),
            case_verbs=frozenset(data.get("case_verbs") or ()),
            span_words=frozenset(data.get("span_words") or ()),
            party_words=frozenset(data.get("party_words") or ()),
            member_words=frozenset(data.get("member_words") or ()),
            person_words=frozenset(data.get("person_words") or ()),
            span_ends=[
                (list(sense.get("asks") or ()), compile_pattern(sense["begins"]), compile_pattern(sense["ends"]), compile_pattern(sense["begins_else"]) if sense.get("begins_else") else None)
                for sense in data.get("span_ends") or ()
            ],
            significance_words=frozenset(data.get("significance_words") or ()),
            side_fillers=frozenset(data.get("side_fillers") or ()),
            section_cues={k: list(v) for k, v in (data.get("section_cues") or {}).items()},
            sentence_cues={k: list(v) for k, v in (data.get("sentence_cues") or {}).items()},
            opposed_senses=[(list(one), list(other)) for one, other in data.get("opposed_senses") or ()],
            yes_no=compile_pattern(data["yes_no"]) if data.get("yes_no") else None,
            topic_switch=compile_pattern(data["topic_switch"]) if data.get("topic_switch") else None,
            confirmation=Confirmation(data["confirmation"], compile_pattern) if data.get("confirmation") else None,
            filler=[compile_pattern(p) for p in data.get("filler") or ()],
            answer_manner=[compile_pattern(p) for p in data.get("answer_manner") or ()],
            case_settings=compile_pattern(data["case_settings"]) if data.get("case_settings") else None,
            contrasts=[compile_pattern(p) for p in data.get("contrasts") or ()],
            carrying_verbs=compile_pattern(rf"\b(?:{'|'.join(map(re.escape, data['carrying_verbs']))})\b") if data.get("carrying_verbs") else None,
            phrasings=[(compile_pattern(p), said) for p, said in (data.get("phrasings") or {}).items()],
            condition=compile_pattern(data["condition"]) if data.get("condition") else None,
            circumstance=compile_pattern(data["circumstance"]) if data.get("circumstance") else None,
            further_cases=compile_pattern(data["further_cases"]) if data.get("further_cases") else None,
            asked_aspects=[(aspect, compile_pattern(p)) for aspect, p in (data.get("asked_aspects") or {}).items()],
            aspect_words=frozenset(data.get("aspect_words") or ()),
            subject_nouns=frozenset(data.get("subject_nouns") or ()),
            answer_type=compile_pattern(data["answer_type"]) if data.get("answer_type") else None,
            talk_words=frozenset(data.get("talk_words") or ()),
            talk_people=frozenset(data.get("talk_people") or ()),
        )

    def without_filler(self, question: str) -> str:
        """The question without the words that only set the scene ("my IR exam is
        tomorrow", "lol", "ELI5"): they say nothing of what is asked, so neither the
        search nor the out-of-scope decision should weigh them."""
        for pattern in (*self.answer_manner, *self.filler):
            question = pattern.sub(" ", question)
        if self.case_settings is not None and self.intent_of(question) == "example":
            # "Examples of public diplomacy in history": historical ones, not the history of diplomacy.
            question = self.case_settings.sub(" ", question)
        return " ".join(question.split())

    def without_answer_manner(self, message: str) -> str:
        """The message as typed without the words saying how simply or briefly to answer."""
        for pattern in self.answer_manner:
            message = pattern.sub(" ", message)
        return " ".join(message.split())

    def without_contrast(self, question: str) -> str:
        """A "why?" question without the alternative it sets against what it asks about
        ("why use shuttle diplomacy instead of getting everyone in one room?", "why does a
        treaty need to be ratified, isn't signing it enough?", "... when diplomats could do
        it"): the answer gives the reason for the choice made, in the knowledge's words on
        that choice, which seldom name the learner's alternative; searched for, its words
        pull the answer to another subject or the question out of scope. Nor the verbs that
        only carry it ("use", "go", "put": `carrying_verbs`). Other kinds keep both: "what
        can states do instead of going to war?" asks for the alternative."""
        if self.intent_of(question) != "why":
            return question
        kept = question
        for pattern in self.contrasts:
            kept = pattern.sub("", kept)
        if self.carrying_verbs is not None:
            kept = self.carrying_verbs.sub(" ", kept)
        kept = " ".join(kept.split())
        return kept if self.intent_of(kept) == "why" and len(kept.split()) > 2 else question

    def in_the_knowledge_words(self, question: str) -> str:
        """The question with a phrase learners use put as the knowledge puts it ("come into
        force" as "enter into force"): in the question only, so that the knowledge's own
        passages and their scores stay as they are."""
        for pattern, said in self.phrasings:
            question = pattern.sub(said, question)
        return question

    def added_words(self) -> list[str]:
        """The words phrasings add after what they keep of the learner's question ("\\1
        terminated" after "what ended the war"): the knowledge's word put beside the
        learner's, not one the learner said."""
        return [ADDED.sub("", said) for _, said in self.phrasings if ADDED.match(said)]

    def without_pronoun_one(self, question: str) -> tuple[str, str | None]:
        """The question without "one" where it stands for a noun said before ("which one is
        about treaties?", "the other one"), which the search would read as the number, and
        how it picks: "which" among the things just named, "other" than the one under
        discussion, or None ("that one", "the consular one", no such "one")."""
        match = self.pronoun_one.search(question) if self.pronoun_one else None
        if match is None:
            return question, None
        picks = "other" if "other" in (match["det"], match["word"]) or match["det"] == "another" else "which" if match["det"] == "which" else None
        if picks == "other" and RECIPROCAL_ONE.search(question[: match.start()]):
            # "when one country recognises another one": the other of a pair the question
            # itself names, no subject said before it.
            picks = None
        kept = question[: match.start()] + question[match.start() : match.end()].rsplit(None, 1)[0] + question[match.end() :]
        return kept, picks

    def asks_for_a_thing(self, question: str) -> bool:
        """Whether a (folded) question's answer is another thing than its subject ("which
        treaty came out of them?", "what replaced it?"), which the next question may mean."""
        return bool(self.thing_asked and self.thing_asked.match(question))

    def asks_confirmation(self, question: str) -> tuple[str, bool]:
        """The claim a learner wants confirmed ("is it true that diplomats can't be
        arrested?", "the UN was founded in 1948, right?") without the words asking, and
        whether it had them (`tutor.answering.confirmation`)."""
        return self.confirmation.claim(question) if self.confirmation is not None else (question, False)

    def leaves_subject(self, question: str) -> tuple[str, bool]:
        """The question without words that leave the current subject ("ok, different
        question: what is INF?"), and whether it had any."""
        match = self.topic_switch.match(question.strip()) if self.topic_switch else None
        if match is None or not question.strip()[match.end():]:
            return question, False
        return question.strip()[match.end():], True

    def heading_suits(self, heading: str, intent: str) -> bool:
        """Whether a section's heading suits this kind of question (has one of its
        section cues). A "when" opening a condition ("When it works: conditions for
        success", "When a treaty is invalid or ends") is no cue for a date or a span."""
        heading = heading.casefold()
        if intent in DATED_INTENTS and self.condition is not None:
            heading = self.condition.sub(" ", heading)
        # A cue begins a word: "stages" is no cue in "Tehran hostages", "date" none in
        # "mandate", "works" none in "frameworks". One opening with a space is a whole word:
        # " do" is not the start of "document" ("Why it matters: a politically binding
        # document" suits no "what did it do?").
        return any(re.search(rf"{re.escape(cue)}\b" if cue.startswith(" ") else rf"\b{re.escape(cue)}", heading) for cue in self.section_cues.get(intent, ()))

    def asked_words(self) -> set[str]:
        """The words of four letters or more the intent patterns read ("compare",
        "difference", "define", and pieces of words: "secretar(y|ies)"): the speller knows
        the everyday words among them, though the knowledge may not."""
        sources = (ESCAPE.sub(" ", pattern.pattern) for _, pattern in self.patterns)
        return {word for source in sources for word in PATTERN_WORD.findall(source)}

    def understand(self, question: str) -> Understanding:
        """Classify a folded, repaired question."""
        text = question.strip()
        body = self.leading_conjunction.sub("", text) if self.leading_conjunction else text
        continues = body != text
        explicit = self.intent_of(body)
        result = Understanding(explicit or DEFAULT_INTENT, explicit=explicit is not None)
        if result.intent == "comparison":
            result.sides, result.asks_same = self._sides(body)
            if result.sides is None:
                result.intent = DEFAULT_INTENT
        result.refers_back = self.refers_back(body)
        result.of_a_person = not self.person_pronouns.isdisjoint(re.findall(r"[a-z]+", body))
        if not result.refers_back:
            result.elliptical_topic = self._elliptical_topic(text, explicit)
        result.personal = self._personal(body)
        result.asks_opinion = self.asks_opinion_in(body)
        result.visiting = any(pattern.search(body) for pattern in self.visiting)
        result.own_steps = any(pattern.search(body) for pattern in self.own_steps)
        result.markets = any(pattern.search(body) for pattern in self.markets)
        result.process_subject = next((m["subject"] for pattern in self.process_of_office if (m := pattern.search(body)) is not None), None)
        result.unknown_time = any(pattern.search(body) for pattern in self.unknown_times)
        result.continues = continues
        if result.intent not in ("comparison", "more"):
            result.main_part, result.other_part = self._two_questions(body, result.intent)
        # "Is ASEAN bilateral, regional or global?" offers a choice: yes or no answers none.
        choice = ALTERNATIVES.search(SECOND_ALTERNATIVE.sub("", body)) is not None
        result.yes_no = bool(self.yes_no and self.yes_no.match(body)) and result.intent not in ("comparison", "more") and not choice
        thing = self.which_thing.search(body) if self.which_thing else None
        result.thing = thing["thing"] if thing else None
        result.further_cases = bool(self.further_cases and self.further_cases.search(body))
        result.aspect = next((aspect for aspect, pattern in self.asked_aspects if pattern.search(body)), None)
        answer_type = self.answer_type.match(body) if self.answer_type else None
        result.answer_type = (answer_type["type"] or answer_type["people"]) if answer_type else None
        return result

    def _two_questions(self, body: str, intent: Intent) -> tuple[str | None, tuple[Intent, str] | None]:
        """The part of a question of two that its kind answers, and the other part's kind
        and text, when that part has a kind of its own. "When and why did the treaty
        collapse?" asks both of one clause; "what does the VCLT cover and when was it
        signed?" is answered as a "when" question, its first part the other."""
        parts = SECOND_QUESTION.split(body, maxsplit=1)
        if len(parts) < 2:
            return None, None
        first, second = parts[0], parts[1].strip(" ?.!")
        if len(first.split()) < 2:
            first = first.strip(" ?.!,") + " " + " ".join(second.split()[1:])  # "when and why did ..." -> "when did ..."
        kinds = (self.intent_of(first) or DEFAULT_INTENT, self.intent_of(second))
        if kinds[1] is None:
            return None, None
        if kinds[0] == intent:
            return first, (kinds[1], second)
        return body, (kinds[0], first.strip(" ?.!,"))

    def _elliptical_topic(self, text: str, explicit: str | None) -> str | None:
        """The new subject of "and ASEAN?" or "what about the EU?", if the question is one."""
        for pattern in self.elliptical:
            match = pattern.match(text)
            if match is None or len(match.group("topic").split()) > 6:
                continue
            if re.match(r"(what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could)\b", match.group("topic")):
                continue  # "and where does ... come from?" is a question of its own
            starts_with_about = re.match(r"^(what|how) about\b", text) is not None
            if starts_with_about or explicit is None:
                return match.group("topic")
        return None

    def intent_of(self, text: str) -> str | None:
        """The first intent whose pattern matches, or None when none does."""
        for intent, pattern in self.patterns:
            if pattern.search(text):
                return intent
        return None

    def _sides(self, text: str) -> tuple[tuple[str, str] | None, bool]:
        """The two sides a comparison names, and whether it asks if they are the same. Sides
        that only point ("people compare them, what's similar and different?") give way to
        two the message names elsewhere ("doha agreement 2020 vs paris peace accords 1973 -
        ..."); they stand when it names none."""
        pointing = None
        for intent, pattern in self.patterns:
            if intent != "comparison":
                continue
            match = pattern.search(text)
            if match and "a" in pattern.groupindex:
                # As written: whether the first shares the second's noun ("bilateral vs
                # multilateral diplomacy") is for the knowledge to say (the resolver's `sides_meant`).
                a, b = (self._without_fillers(SIDE_END.split(match.group(side).strip(" ?.!"), maxsplit=1)[0]) for side in ("a", "b"))
                # "and how is the CFSP different?": from what was asked about before.
                b = b or "that"
                if not (a and b):
                    continue
                found = (a, b), "same" in pattern.groupindex
                if a not in self.pronouns and a not in self.demonstratives:
                    return found
                pointing = pointing or found
        return pointing or (None, False)

    def _without_fillers(self, side: str) -> str:
        """A side of a comparison without the words before it that name nothing ("plain track
        one", "just using force", the "regular" of "a regular ambassador")."""
        words = side.split()
        at = 1 if len(words) > 2 and words[0] in ARTICLE_WORDS else 0
        while len(words) > at + 1 and words[at] in self.side_fillers:
            words.pop(at)
        return " ".join(words)

    def asks_opinion_in(self, text: str) -> bool:
        """Whether any part of a folded message asks the tutor's opinion (`asks_opinion`)."""
        return any(pattern.search(text) for pattern in self.asks_opinion)

    def _personal(self, text: str) -> bool:
        """Whether a (folded) question is about the learner's own life. A scene of theirs before
        a question of its own that points back to what the scene names ("my grandad keeps
        going on about the marshall plan, what actually was it?") is not: the question asks
        of the subject, whatever the scene says of the learner."""
        if not any(pattern.search(text) for pattern in self.personal):
            return False
        clauses = (text[found.end() :] for found in CLAUSE_END.finditer(text))
        asked = next((clause for clause in clauses if (clause.split() or [""])[0] in QUESTION_OPENERS), None)
        return asked is None or not self.refers_back(asked) or any(pattern.search(asked) for pattern in self.personal)

    def refers_back(self, text: str) -> bool:
        """True when the question uses a word that points to the subject under discussion."""
        return self.pointing_word(text) is not None

    def pointing_word(self, text: str) -> re.Match[str] | None:
        """The first word that may point to the subject under discussion (a pronoun, "that",
        "this deal"), or None when there is none. An "it" standing for nothing ("will it
        rain?", `impersonal_it`) points nowhere."""
        for pattern in self.impersonal_it:
            text = pattern.sub(lambda found: re.sub(r"\bit\b", "  ", found.group()), text)
        made = MADE_ONE.search(text)
        if made is not None:
            return made
        words = list(re.finditer(r"[a-z0-9+']+", text))
        for i, word in enumerate(words):
            if word.group() in self.pronouns:
                return word
            if word.group() in self.demonstratives:
                # Not "that" opening a clause ("is it true that ..."): one last, before a noun
                # that refers ("this deal"), a particle of its verb ("what set that up?") or
                # "and", "or", "but", "then", or after an auxiliary ("when did that happen?").
                following = words[i + 1].group() if i + 1 < len(words) else None
                before = words[i - 1].group() if i else None
                # Not one pointing ahead to what a colon brings ("could this be considered
                # coercive diplomacy: a country cuts off gas ...?").
                ahead = ":" in text[word.end() :]
                if following is None or following in self.referring_nouns or following in POINTED_FOLLOWERS or before in POINTED_AFTER and word.group() != "there" and not ahead:
                    return word
        return None
