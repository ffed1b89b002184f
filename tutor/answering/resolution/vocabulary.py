"""The word sets resolution reads questions with: words any subject could take
("signed", "example"), words naming the kind of answer ("year", "city"), words asking why
something matters, the senses of verbs; and which words of a question are everyday ones."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tutor.answering.sentences import SentenceReader
from tutor.answering.understanding import IntentModel
from tutor.search.retrieval import Retriever

# Words that name a time as the kind of answer wanted ("what year?", "which date?").
TIME_WORDS = ("year", "date", "day", "month", "century", "time")

# Words that name the kind of answer wanted ("what year?", "which city?"), not a fact
# that the answering sentence must say: a time or a place.
ANSWER_WORDS = (*TIME_WORDS, "place", "city", "location", "based", "located", "headquartered", "situated")

# Words saying only that something took place ("when did it happen?", "where did the
# talks take place?", "where were the Dayton talks held?"): in a question asking for a
# date, place or span, they name nothing asked. Talks and meetings are the event itself.
EVENT_WORDS = ("happen", "happened", "happens", "happening", "occur", "occurred", "occurs", "place", "held", "hold", "talks", "meeting", "meetings")

# Words saying only that something began ("why did the G20 start?", "what pushed them to
# start talking?"): in a "why?" question the reason asked is that of what began, which a
# passage need not say began ("START I entered into force ..." is no answer for "start").
BEGINNING_WORDS = ("start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning")

# Words saying only that someone took part ("who else took part?", "who was involved?",
# "who attended?"): in a "who?" they name the kind of answer, a participant, not a section to
# find ("took a different route", "personal involvement").
PARTICIPATION_WORDS = ("took", "take", "taken", "part", "involved", "involvement", "participated", "participate", "participants", "participant", "attended", "attend")

# Words naming nothing but a person ("the woman who chaired it"), with the casual ones
# (`casual_people` in dialogues/intents.yaml: "and the Soviet guy?"): what they ask for is who.
PERSON_NOUNS = ("man", "men", "woman", "women", "person", "lady", "fellow")

# Words asking for an example ("give me an example of shuttle diplomacy"): in an "example"
# question they name the kind of answer, not a section to find ("Other examples of ...").
EXAMPLE_WORDS = ("example", "examples", "instance", "instances", "illustration", "case", "cases")

# Words asking how something is done ("what is the procedure for a country to become a NATO
# member?"): in a "how?" question they name the kind of answer, not what it is of (NATO's
# "silence procedure" is no answer).
PROCESS_WORDS = ("procedure", "procedures", "process", "processes", "steps", "step")

# Words naming what someone or something is there to do ("what is the job of a head of
# government?"): in a "role" question they name the kind of answer, not a subject to find (a
# consul's "main job is to help the sending state's citizens").
ROLE_WORDS = ("job", "jobs", "role", "roles", "duty", "duties", "task", "tasks", "function", "functions", "responsibility", "responsibilities")

# Words asking what something was for ("what was the point of the Helsinki Final Act?", "the
# purpose of the Budapest Memorandum"): in a "why?" question they name the kind of answer, an
# aim, not a section to find ("the purposes of the UN Charter" among the Bandung principles).
PURPOSE_WORDS = ("point", "purpose", "purposes", "aim", "aims", "goal", "goals", "objective", "objectives")

# Words saying that people find fault with something ("why is the veto so controversial?",
# "why do people say the veto is a problem?"): a "why?" with one asks what its critics say,
# which a section headed as criticism gives ("Criticism and reform: why the Council is
# criticised"), rather than where the thing came from.
DISAPPROVAL_WORDS = ("controversial", "controversy", "contentious", "divisive", "problem", "problems", "problematic", "criticised", "criticized", "criticism", "criticisms", "critics", "flawed")

# The words of significance that ask only whether and why something matters ("why is the
# Fashoda Incident important?"), not for its strengths or risks ("what are the risks of
# shuttle diplomacy?"), which sentences name.
MATTERING_WORDS = ("matter", "matters", "mattered", "important", "importance", "significant", "significance", "relevant", "relevance", "legacy", "impact")

# Verbs asking what something made ("what did the treaty set up?", "what did it create?"):
# of an event's terms, the one it made, which a sentence saying it made it answers.
MAKING_WORDS = ("create", "set up", "establish", "found")

# Who does what a question asks about, in general ("why do countries go for sanctions?",
# "why would governments use back channels?"): no particular party.
DOERS = ("country", "countries", "state", "states", "nation", "nations", "government", "governments")

# A year as a question's token ("2027").
YEAR_TOKEN = re.compile(r"1[0-9]{3}|20[0-9]{2}")


class QuestionWords:
    """The search terms of the word lists in `dialogues/` that resolution weighs questions by."""

    def __init__(self, retriever: Retriever, intents: IntentModel, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.generic = retriever.terms_of(intents.generic_words)
        self.answer_words = retriever.terms_of(ANSWER_WORDS)
        self.time_words = retriever.terms_of(TIME_WORDS)
        self.significance = retriever.terms_of(intents.significance_words)
        self.mattering = retriever.terms_of(MATTERING_WORDS)
        # The terms of each wording of failure or ending ("fail", "fell apart"), but for
        # those left with one term that says no failure alone ("not in force": "force").
        self.failures = [terms for cue in intents.section_cues.get("failure", ()) if (terms := frozenset(retriever.query_tokens(cue))) and (len(terms) > 1 or " " not in cue)]
        self.senses = reader.sense_terms()
        self.event = retriever.terms_of(EVENT_WORDS)
        # What only carries a "why?": that something happened or began.
        self.carried = self.event | retriever.terms_of(BEGINNING_WORDS)
        self.participation = retriever.terms_of(PARTICIPATION_WORDS)
        self.persons = retriever.terms_of((*PERSON_NOUNS, *intents.casual_people))
        self.doers = retriever.terms_of(DOERS)
        self.parties = retriever.terms_of(intents.party_words)
        self.people = retriever.terms_of(intents.person_words)
        self.members = retriever.terms_of(intents.member_words)
        self.example = retriever.terms_of(EXAMPLE_WORDS)
        self.example_term = retriever.query_tokens(EXAMPLE_WORDS[0])[0]  # "example", as a term
        # Words asking for a case and saying what sort ("a real world example", "name a famous
        # case"): in an "example" question they find no section ("Where the term comes from"
        # for "world"), as the example words do ("Example: ...").
        self.case_sort = retriever.terms_of(intents.case_asking_words) - self.example
        self.case_verbs = retriever.terms_of(intents.case_verbs)  # "name", "cite"
        self.process = retriever.terms_of(PROCESS_WORDS)
        self.role = retriever.terms_of(ROLE_WORDS)
        self.purpose = retriever.terms_of(PURPOSE_WORDS)
        self.disapproval = retriever.terms_of(DISAPPROVAL_WORDS)
        self.aspect = retriever.terms_of(intents.aspect_words)
        # As the glossary concept they share ("=founding"), which every wording of it carries.
        self.making = frozenset(t for t in retriever.terms_of(MAKING_WORDS) if t.startswith("="))
        self.subject_nouns = retriever.terms_of(intents.subject_nouns)

    def asks_failure(self, tokens: Iterable[str]) -> bool:
        """Whether a question asks of a failure or an ending ("why did the Oslo Accords fail?",
        "... fall apart?"), by all the terms of one of its wordings."""
        asked = set(tokens)
        return any(terms <= asked for terms in self.failures)

    def everyday_in(self, term: str, tokens: list[str]) -> bool:
        """Whether a term of the question is an everyday word, or a glossary concept of words
        (not a name) the question says only in everyday words ("leave" for "=withdrawal":
        "when did France leave?" brings no subject of its own; "the US", "the Iran deal" and
        "the Marshall Plan" do)."""
        if not term.startswith("="):
            return self.retriever.is_everyday(term)
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        if not glossary.is_a_word(term):
            return False
        said = glossary.name_stems({term}, stem) & set(tokens)
        return bool(said) and all(self.retriever.is_everyday(t) for t in said)
