"""Saying "Yes." or "No." to a yes/no question, and which sentence says it.

A yes/no question ("can a diplomat be arrested?", "is the UK in the EU?") gets a verdict
only when a sentence speaks to its claim: one saying the claim's words together, in one
clause. `Verdicts` finds the sentence among an answer's (or, when they say nothing of the
claim or less than another section does, elsewhere in the answering document), asking in
turn the readers of its parts: what the claim is and of whom (`claims`), what one sentence
says to it (`sentence_verdict`), whether it is about now (`claim_time`), whether its state
ended (`endings`), and claims of a kind (`categories`) or of membership (`memberships`).
"""

from __future__ import annotations

import re
from math import fsum

from tutor.answering.categories import Categories, judges_outcome
from tutor.answering.claim_time import AS_OF, AS_OF_DATE, IN_FORCE, PENDING, STILL, asks_of_now, claims_a_present_state, told_in_the_past
from tutor.answering.claims import CLAIM_CLAUSE_BREAK, CLAUSE_BREAK, KIND_CLAIM, ClaimReader
from tutor.answering.defined_kinds import kinds_defined
from tutor.answering.denial_reach import denied_reaches
from tutor.answering.denied_predicates import DeniedPredicates
from tutor.answering.due_dates import passed_ending
from tutor.answering.endings import Endings
from tutor.answering.event_years import EventYears
from tutor.answering.existence import Existence
from tutor.answering.kindred import kindred
from tutor.answering.memberships import MEMBERSHIP_CLAIM, Memberships
from tutor.answering.opposed_senses import opposed, opposed_words, said_of_another
from tutor.answering.role_pairs import RolePairs
from tutor.answering.roles import Roles
from tutor.answering.seats import Seats
from tutor.answering.sentence_verdict import END_DENIED, GOING_ON_WORDS, LIMITED_CASES, NEARLY, OF_ANOTHER, ONLY_SOME, OTHERS_NOT, PLACE_CLAIM, RESTRICTIVE, USUALLY, Verdict, claimed_years, hedged, never_done_only, says_possible, the_claim_undenied, years_of_the_deed, yes_or_no
from tutor.answering.sentences import SentenceReader, latest_year, stands_alone, subject_before
from tutor.answering.stances import feeling_unsaid
from tutor.answering.swapped_fillers import SwappedFillers
from tutor.answering.understanding import CONCESSION_AFTER, CONDITION_AFTER
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import STOP_WORDS, YEAR, fold
from tutor.tuning import SUBJECT_WORDS, TELLING_BAND

# A claimed deed done to a thing of a kind, not named ("did Trump and Kim sign a peace
# treaty?"): the kind, which a sentence confirming the deed must say ("signed a joint
# statement" does not).
INDEFINITE_OBJECT = re.compile(r"^\W*did\b.*\s(?:a|an)\s+(?P<object>[a-z][a-z -]*?)\W*$", re.IGNORECASE)
# "Did Obama withdraw from the JCPOA?": what a person is claimed to have done.
AGENT_CLAIM = re.compile(r"^\W*(?:did|has|had)\s+(?P<rest>.+)$", re.IGNORECASE)
# "What" and the verb it is the subject of ("to monitor what left the plant").
WHAT_DOES = re.compile(r"\bwhat\s+[\w'-]+", re.IGNORECASE)
# A claim of what its subject is: "is annexing territory legal?", "were the talks secret?".
COPULAR_CLAIM = re.compile(r"^\W*(?:is|are|was|were|isn't|aren't|wasn't|weren't)\s", re.IGNORECASE)
# The most words an item of a list of names has ("the United Arab Emirates", "Non-EU members
# Iceland"): longer runs between commas are clauses, not items.
LIST_ITEM_WORDS = 4

# The verdict on a claim without its denial, turned round for the claim that denies.
TURNED = {"yes": "no", "no": "yes"}

# "Was there a secret deal about missiles in Turkey to end the Cuban crisis?": a purpose
# the question gives what it claims, at its end, after a noun (not "decide to leave", where
# the infinitive is the claim). See `Verdicts.without_its_purpose`.
PURPOSE = re.compile(r"\b(?P<before>[a-z]+),? (?:in order |so as )?to (?P<verb>[a-z]+) (?P<what>[\w' -]+?)\W*$", re.IGNORECASE)
# Words an infinitive completes rather than gives a purpose to ("decide to leave", "plan to").
TAKES_AN_INFINITIVE = re.compile(r"(?:[a-z]+ed|(?:decide|agree|vote|plan|want|try|tries|refuse|threaten|promise|move|seek|choose|need|hope|attempt|manage|intend|offer|begin|start|continue|fail)s?|have|has|able|going|ought|about)", re.IGNORECASE)
# The condition a yes/no question may open with ("if two countries cut diplomatic
# relations, do ...?"; see the yes_no pattern in dialogues/intents.yaml).
CONDITION = re.compile(r"^\W*(?:if|when|once|after|even if)\b[^,?]{3,80},\s*", re.IGNORECASE)
# A claim ending in a clause that says more of its object ("... impose sanctions that all UN
# members must follow?"): the claim before it, and the clause, which opens with words
# naming who or what it is about, not a verb.
OBJECT_RELATIVE = re.compile(
    r"^(?P<main>\W*(?:can|could|may|does|do|did|is|are|was|were|has|have)\b.+?\b[a-z]{3,})\s+(?:that|which)\s+(?P<more>(?:all|every|each|the|its|their|most|other|any)\b[^?]*?)\W*$",
    re.IGNORECASE,
)
# A claim comparing two ranks ("ranked above", "higher than", "outranks").
RANK_COMPARED = re.compile(r"\b(?:rank(?:ed|s)?\s+(?:above|below|higher|lower|over|under)|(?:higher|lower|senior|junior)\s+(?:than|to)|outranks?)\b", re.IGNORECASE)
# A clause about another thing, opening within a sentence ("a traveller who has ...").
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
# A treaty or body said to have ended or never to have come into force, and one said to
# have come into force (see `Verdicts._in_force`).
NEVER_IN_FORCE = re.compile(r"\b(?:never|not yet|was not|were not)\s+(?:been\s+)?(?:ratified|in force|entered into force|came into force|took effect)\b|\b(?:was|were|been)\s+(?:formally\s+)?(?:dissolved|abolished|terminated|disbanded|abrogated)\b|\b(?:expired|lapsed)\b", re.IGNORECASE)
# A claim that something came into force ("did it ever come into force?").
INTO_FORCE = re.compile(r"\binto (?:force|effect)\b|\b(?:take|takes|took|taken) effect\b", re.IGNORECASE)
CAME_INTO_FORCE = re.compile(r"(?<!never )(?<!not )\b(?:entered into force|came into force|in force|took effect)\b", re.IGNORECASE)
# A phrase setting something apart from what the sentence says ("Decisions of the Security
# Council, unlike those of the General Assembly, are legally binding"), to its punctuation.
SET_APART = re.compile(r"\b(?:unlike|as opposed to|in contrast to|contrary to)\b(?P<apart>[^,;:.()]*)", re.IGNORECASE)
# Verbs that class a subject as of a kind rather than tell a deed of it ("would the
# Marshall Plan count?", "does it qualify?").
CLASSING = "count counts counted qualify qualifies qualified"
# A sentence's first verb, which its subject comes before (see `Verdicts._of_another_named`).
SENTENCE_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had)\s", re.IGNORECASE)
# A subject naming a thing: "The" and a capitalised name ("The Treaty of Rapallo").
NAMED_THING = re.compile(r"^The\s+[A-Z]")
# Words ranking a subject among others of its kind ("the first", "the only", "the largest"):
# a claim of such a rank is said only by a sentence saying it (see `Verdicts._rank_unsaid`).
# Not "last", the verb of a span as often ("did the hostage crisis last 444 days?").
RANKS = "first only oldest newest earliest latest largest biggest smallest longest shortest"
# Words saying two things are alike, which say one another ("one equal vote" / "has the
# same vote as a great power").
ALIKE = re.compile(r"\b(?:equal|equally|same|identical|equivalent)\b", re.IGNORECASE)


# A claim that its subject is seen one way, and only that ("was the treaty fair?", "is the
# veto so unfair?"): the view is its last words, after words of degree.
JUDGED = re.compile(r"^(?:is|are|was|were)(?:n'?t)?\s+[^?]+?\s+(?:(?:too|so|very|really|quite|rather|that|totally|completely|entirely|a bit|kind of)\s+)*(?P<view>[a-z]+)\W*$")


class Verdicts:
    """Finds the verdict on a yes/no question's claim in the sentences of an answer."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, roles: Roles | None = None) -> None:
        self.retriever = retriever
        self.reader = reader
        self.roles = roles if roles is not None else Roles(retriever, reader)  # the composer's, which may have read the knowledge's people already
        self.claims = ClaimReader(retriever)
        self.endings = Endings(retriever, reader, self.roles, self.claims)
        self.categories = Categories(retriever, reader, self.claims)
        self.memberships = Memberships(retriever, reader)
        self.role_pairs = RolePairs(retriever)
        self.denied_predicates = DeniedPredicates(retriever)
        self.swapped_fillers = SwappedFillers(retriever, reader, self.roles, self.claims)
        self.event_years = EventYears(retriever, reader, self.claims)
        self.existence = Existence(retriever, reader, self.claims)
        self.seats = Seats(retriever, reader)
        self._ranks = frozenset(retriever.query_tokens(RANKS))

    def latest_fate(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """What last befell the subject of a question whether it still holds (see `Endings.latest_fate`)."""
        return self.endings.latest_fate(question, passages, tokens)

    def reason(self, question: str, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """A sentence of another section of the answering document that says the whole claim
        before its "because", gives the same verdict and says why ("the United States
        never joined, because the US Senate refused to ratify ..." for the overview's "...
        but the United States never joined"); None when the deciding sentence gives a cause
        itself or no such sentence is found."""
        if self.reader.has_cue(verdict.sentence, "because") or verdict.by_dates:
            # Nor of a verdict by the subject's dates, which a sentence saying why of another
            # year ("never joined, because ... in 1919") does not give.
            return None
        focus = self.claims.claim(passages, tokens)
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

    def _telling(self, focus: set[str]) -> frozenset[str]:
        """The claim's most telling words: its rarest (highest idf) and every other within
        TELLING_BAND of it. A sentence about the claim says one of them. Terms of equal
        document frequency tie exactly ("arrest" and "crime" of "can an ambassador get
        arrested if they commit a crime?"), and a document added anywhere that uses one of
        them breaks the tie: one word chosen by rank would flip the verdict, a band keeps
        both."""
        idf = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        top = max(idf.values(), default=0.0)
        return frozenset(t for t, weight in idf.items() if weight >= top - TELLING_BAND)

    def speaking_elsewhere(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a yes/no question that no sentence of the answer speaks to (none says all of
        its claim together): the first sentence of the answer's passages, in its document,
        that does, in one clause, with its passage; None when there is none."""
        focus = self.claims.claim(passages, tokens)
        if not focus:
            return None
        telling = self._telling(focus)

        def speaks(sentence: str, words: list[str]) -> bool:
            # Of the claim's subject, not of another thing (see `ClaimReader.of_another`).
            return kindred(focus, words) == focus and self.claims.together(sentence, focus, bool(KIND_CLAIM.match(question))) and not self.claims.of_another(question, sentence, words, tokens, focus, telling)

        if any(speaks(s, self.retriever.query_tokens(s)) for s in sentences):
            return None
        # The answer's own passage may say it in a sentence the answer left out ("The
        # Dayton Accords were initialled at Dayton ... and formally signed in Paris ...").
        for passage in passages:
            if passage.chunk.doc_id == passages[0].chunk.doc_id:
                for sentence, words in self.reader.of(passage.chunk):
                    if sentence not in sentences and stands_alone(sentence) and speaks(sentence, list(words)):
                        return sentence, passage
        return None

    def decide(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"yes" or "no" to a yes/no question and the sentence that says it, or None when
        no sentence of the answer speaks to what the question claims. A question asking
        about now ("is New START still in force?") decided by a sentence that dates what it
        says ("is, as of 2025, the last remaining treaty") is answered as of that year: the
        knowledge cannot say what has happened since."""
        if RANK_COMPARED.search(question):
            # "Is a chargé d'affaires ranked above an ambassador?": a verdict needs the order of
            # the two, which no sentence read for the claim's words gives (one listing the
            # classes, or "heads an embassy in place of an ambassador", says as much to "above"
            # as to "below"): the answer gives the sentences without a "Yes." or "No.".
            return None
        concession = CONCESSION_AFTER.search(question)
        if concession is not None and concession.start() > 0:
            # "Is Norway in Schengen even though it's not in the EU?": what the learner grants
            # after the claim is no part of it ("not in the EU" denies nothing of Schengen).
            claim = question[: concession.start()] + "?"
            return self.decide(claim, sentences, passages, self.retriever.query_tokens(claim))
        condition = CONDITION.match(question)
        if condition is not None:
            # "If a treaty is ratified, is it binding?": the condition sets the scene the
            # answer was found for; the claim is what follows it.
            return self._in_its_scene(question[condition.end() :], condition.group(), sentences, passages, tokens)
        condition = CONDITION_AFTER.search(question)
        if condition is not None and condition.start() > 0:
            # "Can a diplomat be arrested if he commits a crime?": what the sentences say of the
            # claim and its condition, or else of the claim, which comes first: a plain "is
            # fully protected from arrest" holds whatever the diplomat did. Said of the claim's
            # own subject: "serving leaders ... without fear of arrest abroad" is not said of
            # an ambassador.
            verdict = self._decide_claim(question, sentences, passages, tokens)
            if verdict is not None:
                return verdict
            claim = question[: condition.start()] + "?"
            claimed = self.retriever.query_tokens(claim)
            verdict = self.decide(claim, sentences, passages, claimed)
            return verdict if verdict is not None and self._said_of_its_subject(claimed, verdict.sentence, passages) else None
        undenied = the_claim_undenied(question)
        if undenied is not None:
            # A claim asked to be confirmed that itself denies ("is it true that the Holy See is
            # not a member of the UN?") holds where the claim without its denial does not:
            # decided as that one, "yes" and "no" turned round. (A denial in what the learner
            # grants or the condition set is read above, with them.)
            # When that one gets no verdict, the claim is read as it was asked.
            verdict = self.decide(undenied, sentences, passages, tokens)
            if verdict is not None:
                return verdict._replace(word=TURNED[verdict.word]) if verdict.word in TURNED else verdict
        return self._decide_claim(question, sentences, passages, tokens) or self._with_its_relative(question, sentences, passages, tokens)

    def _with_its_relative(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"Yes" to a claim that ends in a clause saying more of its object ("can the Security
        Council impose sanctions that all UN members must follow?"), which no one sentence
        says whole: one sentence says yes to the claim before the clause ("The Security
        Council can impose sanctions under Chapter VII ..."), and another of the answer says
        the clause's words without denying them ("all UN member states must carry out
        Security Council decisions"), which follows the verdict. None otherwise."""
        relative = OBJECT_RELATIVE.match(question)
        if relative is None or not passages:
            return None
        main = relative["main"] + "?"
        main_tokens = self.retriever.query_tokens(main)
        verdict = self._decide_claim(main, sentences, passages, main_tokens)
        if verdict is None or verdict.word != "yes":
            return None
        said_too = {t for t in self.retriever.query_tokens(relative["more"]) if t not in main_tokens}
        weight = self.retriever.index.idf_of
        whole = fsum(weight(t) or 0.0 for t in said_too)
        for sentence in sentences:
            share = fsum(weight(t) or 0.0 for t in kindred(said_too, self.claims.words_of(sentence)))
            if sentence != verdict.sentence and said_too and 2 * share >= whole and yes_or_no(relative["more"], sentence) == "yes":
                passage = next((p for p in passages if sentence in (said for said, _ in self.reader.of(p.chunk))), None)
                return verdict._replace(then=(sentence, passage)) if passage is not None else verdict
        return None

    def _decide_claim(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict on a claim with no condition of its own to set apart (see `decide`)."""
        question, tokens = self.without_its_purpose(question, passages, tokens)
        seat = self.seats.verdict(question, passages)
        if seat is not None:
            # Where the subject sits, tied to it by the phrase that says so (see `Seats`).
            return seat
        verdict = self._decide(question, sentences, passages, tokens) or self.memberships.not_listed(question, sentences, passages) or self._as_its_kind(question, sentences, passages, tokens)
        if verdict is None:
            verdict = self._denied_in_passage(question, sentences, passages, tokens)
        if verdict is None:
            # "Did Japan sign the Treaty of Brest-Litovsk?": the deed is said of others only.
            verdict = self.swapped_fillers.other_filler(question, sentences, passages, tokens)
        if verdict is None or verdict.word == "yes":
            # "Did Czechoslovakia sign the Munich Agreement?": the sentence telling who signed
            # it names others, whatever another naming Czechoslovakia beside "signed" says.
            verdict = self.swapped_fillers.other_doers(question, passages, tokens) or verdict
        if verdict is not None and verdict.word == "no":
            verdict = self._denial_of_the_deed(question, verdict, sentences, passages, tokens)
        if verdict is not None and verdict.word == "no" and self._rank_unsaid(verdict.sentence, passages, tokens):
            # Nor a "No." to it: "was that the first proper peace conference?" is not denied by
            # "The peace made at the Congress of Vienna lasted far longer".
            return None
        if verdict is not None and verdict.word in ("yes", "no") and verdict.passage is None:
            verdict = self._said_earlier(question, verdict, sentences, passages, tokens) or verdict
        if verdict is not None and verdict.word == "yes" and verdict.then is None and passages:
            # "Yes" to "did the Soviet Union ever join?": and how that ended, when it did.
            verdict = verdict._replace(then=self.endings.ended_since(question, verdict.sentence, passages, tokens))
        if verdict is not None and verdict.word in ("yes", "no") and verdict.then is None:
            verdict = self._explained_next(verdict, sentences, passages, tokens)
        if verdict is not None and verdict.word == "yes" and (
            self.memberships.said_of_others(question, verdict.sentence) or self.memberships.counted_of_another(question, verdict.sentence) or feeling_unsaid(question, verdict.sentence) or self._person_only_in_a_name(question, verdict.sentence)
            or bool(passages) and self.memberships.membership_unsaid(question, verdict.sentence, passages[0].chunk.doc_id)
            or self._of_another_named(verdict.sentence, tokens) or self._deed_of_another_person(question, verdict.sentence, passages, tokens)
            or self._deed_only_of_what(verdict.sentence, passages, tokens)
            or self._rank_unsaid(verdict.sentence, passages, tokens)
        ):
            return None
        if verdict is not None and verdict.word in ("yes", "no") and not USUALLY.search(question) and USUALLY.search(self.claims.claim_clauses(verdict.sentence, self.claims.claim(passages, tokens))):
            verdict = verdict._replace(word=f"usually_{verdict.word}")
        if verdict is not None and verdict.word == "no" and LIMITED_CASES.search(verdict.sentence):
            # Held only in a few cases, a plain claim holds as a rule not (see LIMITED_CASES).
            verdict = verdict._replace(word="usually_no")
        if verdict is not None and verdict.word == "yes" and self._of_only_some(question, verdict.sentence, passages, tokens):
            # One of the others the sentence ends by denying it of ("..., while Ireland, and
            # Cyprus pending its entry, do not" for "is Ireland in Schengen?") is denied it.
            others = OTHERS_NOT.search(verdict.sentence)
            subject = self.claims.claim_subject(tokens)
            if others is not None and subject and kindred(subject, self.retriever.query_tokens(others.group())) == subject:
                return verdict._replace(word="no")
            # One of those the sentence lists before the others ("Non-EU members Iceland, Norway,
            # Switzerland and Liechtenstein belong to the Schengen Area, while Ireland ... do not"
            # for "is Norway in Schengen?") has it, whatever the others do.
            if others is not None and subject and self._listed(subject, verdict.sentence[: others.start()]):
                return verdict
            return verdict._replace(word="partly")
        if verdict is not None and verdict.word == "yes" and verdict.passage is None:
            verdict = verdict._replace(sentence=self.memberships.joined(question, sentences) or verdict.sentence)
        dated = AS_OF_DATE.search(verdict.sentence) if verdict is not None and verdict.word in ("yes", "no") and asks_of_now(question) else None
        if verdict is not None and dated is not None:
            # An ending still to come as of the date ("a second withdrawal, which as of 2025 was
            # due to take effect in January 2026") leaves the claim true then, not for long.
            word = "ending" if verdict.word == "no" and PENDING.search(verdict.sentence) else verdict.word
            # And one whose end, still to come then ("due to expire on 5 February 2026"), has
            # passed by today is not answered as holding now.
            due = passed_ending(verdict.sentence, dated["year"]) if word in ("yes", "ending") else ""
            if due:
                # What befell it before then is said next ("Russia was suspending its participation").
                return verdict._replace(word="lapsed", as_of=dated["year"], due=due, then=self.endings.last_suspension(passages, tokens))
            return verdict._replace(word=f"as_of_{word}", as_of=dated["year"])
        return verdict

    def _deed_only_of_what(self, sentence: str, passages: list[Passage], tokens: list[str]) -> bool:
        """Whether the sentence says the claim's deed only of "what" ("to monitor what left the
        plant" for "did the USSR withdraw from the INF Treaty?"): the doer is a thing the
        sentence does not name, not the claim's subject."""
        deed = self.claims.claim(passages, tokens) - self.claims.claim_subject(tokens)
        return bool(deed) and bool(kindred(deed, self.claims.words_of(sentence))) and not kindred(deed, self.claims.words_of(WHAT_DOES.sub(" ", sentence)))

    def _rank_unsaid(self, sentence: str, passages: list[Passage], tokens: list[str]) -> bool:
        """Whether the claim ranks its subject ("was SALT I the first arms control treaty?",
        "the only", "the largest") and the sentence says nothing of that rank ("SALT I is a
        landmark of Cold War arms control"): the rank is what is claimed."""
        ranked = self.claims.claim(passages, tokens) & self._ranks
        return bool(ranked) and not kindred(ranked, self.claims.words_of(sentence))

    def _person_only_in_a_name(self, question: str, sentence: str) -> bool:
        """Whether a person the question names, one the knowledge gives a title, is said in
        the sentence only within a joined name ("the Hitler-Stalin Pact" for "did Stalin
        sign the pact?"), or a name only in the adjective made of it, which the search reads
        as the name ("the Napoleonic Wars" for "was Napoleon at the Congress of Vienna?"):
        neither says what the person did."""
        for word in re.findall(r"[\w'-]+", question):
            surname = self.roles.surname(word)
            if "-" in word or re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", sentence, re.IGNORECASE):
                continue
            if self.roles.titles_of(surname) and re.search(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE):
                return True
            if re.search(rf"\b{re.escape(surname)}(?:ic|ical)\b", sentence, re.IGNORECASE) and any(map(self.retriever.written_as_name, self.retriever.query_tokens(surname))):
                return True
        return False

    def _deed_of_another_person(self, question: str, sentence: str, passages: list[Passage], tokens: list[str]) -> bool:
        """Whether a claim that a person did something ("did Lenin sign Brest-Litovsk?") is
        said by the sentence only in clauses that name another titled person and not the
        claimed one ("Lenin then persuaded ..., and the Soviet official Grigory Sokolnikov
        signed the treaty ..."): the deed is the other's."""
        title = self.retriever.title_terms(passages[0].chunk.doc_id) if passages else frozenset()
        person = self._claimed_person(question, passages, tokens, besides=title)
        if person is None:
            return False
        surname, deed = person
        doing = [clause for clause in CLAIM_CLAUSE_BREAK.split(sentence) if clause and deed and kindred(deed, self.claims.words_of(clause))]
        named = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
        return bool(doing) and not any(named.search(clause) for clause in doing) and any(name != surname for clause in doing for name, _ in self.roles.titled_in(clause))

    def _of_another_named(self, sentence: str, tokens: list[str]) -> bool:
        """Whether the sentence tells of another named thing than the claim's subject: its
        own subject, before its first verb, is a name (capitalised words) of which the
        question says no word, and it never names the claim's subject ("The Treaty of
        Rapallo was signed at Rapallo, in Italy, by German ..." for "was the
        Molotov-Ribbentrop Pact between Germany and Italy?")."""
        subject = self.claims.claim_subject(tokens)
        if not subject or kindred(subject, self.retriever.query_tokens(sentence)):
            return False
        found = subject_before(sentence, SENTENCE_VERB, SUBJECT_WORDS)
        if found is None:
            return False
        # A thing's name ("The Treaty of Rapallo"), not people ("Rabin, Peres and Arafat
        # were ...") nor a part of the subject ("Article 5 has been invoked"), of which a
        # follow-up's "they" or "it" may speak.
        if not NAMED_THING.match(found[0]):
            return False
        names = [word for word in re.findall(r"[\w'-]+", found[0]) if word[:1].isupper() and word.lower() not in STOP_WORDS]
        return bool(names) and not any(kindred(set(tokens), self.retriever.query_tokens(word)) for word in names)

    def _set_apart(self, focus: set[str], sentence: str) -> bool:
        """Whether the sentence names terms of the claim only in a phrase setting them apart
        from what it says (see SET_APART)."""
        apart = [found["apart"] for found in SET_APART.finditer(sentence)]
        if not apart:
            return False
        rest = SET_APART.sub(" ", sentence)
        named = kindred(focus, self.retriever.query_tokens(" ".join(apart))) - kindred(focus, self.retriever.query_tokens(rest))
        return any(not self.retriever.is_everyday(t) for t in named)

    def _said_of_its_subject(self, tokens: list[str], sentence: str, passages: list[Passage]) -> bool:
        """Whether the sentence says the claim of the claim's subject: the subject first, then
        the rest of the claim, with no clause of another between them ("a diplomatic agent is
        fully protected from arrest"; not "An honorary consul may help a traveller who has
        ... been arrested", nor "opposing any treaty that set no binding targets")."""
        subject = self.claims.claim_subject(tokens)
        rest = self.claims.claim(passages, tokens) - subject
        words = re.findall(r"[\w'-]+", sentence)
        said = [set(self.retriever.query_tokens(word)) for word in words]
        first = next((at for at, terms in enumerate(said) if kindred(subject, list(terms))), None)
        if first is None or not rest:
            return False
        then = next((at for at in range(first + 1, len(words)) if kindred(rest, list(said[at]))), None)
        return then is not None and not RELATIVE.search(" ".join(words[first + 1 : then]))

    def _in_its_scene(self, claim: str, condition: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict on the claim a condition sets the scene for, from a sentence about that
        scene (half the condition's weight): "... opposing any treaty that set no binding
        targets" is not about "if a treaty is ratified"; None when none decides it."""
        claimed = self.retriever.query_tokens(claim)
        verdict = self.decide(claim, sentences, passages, claimed)
        # The condition's words, and the glossary concepts the question names beside the
        # claim's ("cut diplomatic relations": breaking diplomatic relations).
        named = {t for t in tokens if t.startswith("=")} - set(claimed)
        scene = self.claims.by_concept(set(self.retriever.query_tokens(condition)) | named)
        weight = self.retriever.index.idf_of
        said = kindred(scene, self.claims.words_of(verdict.sentence)) if verdict is not None else set()
        return verdict if 2 * sum(weight(t) or 0.0 for t in said) >= sum(weight(t) or 0.0 for t in scene) else None

    def without_its_purpose(self, question: str, passages: list[Passage], tokens: list[str]) -> tuple[str, list[str]]:
        """The question and its terms without a purpose it gives its claim that does
        nothing but name the answering document's subject ("to end the Cuban crisis" of
        the Cuban Missile Crisis document): it says why, which sentences saying what
        was done need not repeat. Unchanged when it has no such purpose."""
        purpose = PURPOSE.search(question)
        if purpose is None or not passages or TAKES_AN_INFINITIVE.fullmatch(purpose["before"]):
            return question, tokens
        # An everyday verb ("end"), not "to the Vienna Convention" of "a party to ...".
        doing = self.retriever.query_tokens(purpose["verb"])
        named, title = set(self.retriever.query_tokens(purpose["what"])), self.retriever.title_terms(passages[0].chunk.doc_id)
        if not doing or not all(self.retriever.is_everyday(t) and t not in title for t in doing) or not named or not named <= title:
            return question, tokens
        claim = question[: purpose.start("before") + len(purpose["before"])] + "?"
        return claim, self.retriever.query_tokens(claim)

    def _decide(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict as the sentences give it, before `decide` dates a claim about now."""
        judged = JUDGED.match(fold(question).strip())
        view = set(self.retriever.query_tokens(judged["view"])) if judged is not None else set()
        if view and view <= self.retriever.views:
            # "Was the Treaty of Versailles fair?": a view of the subject and nothing else,
            # which a sentence using the word of another thing ("Wilson wanted a fair
            # settlement") does not settle; the answer gives what the knowledge says.
            return None
        if any(t in self.retriever.attitude and self.retriever.index.idf_of(t) is None for t in self.claims.claim(passages, tokens)):
            # "Is the veto unfair?", "are sanctions pointless?": a verdict on how to see the
            # subject, in words the knowledge base never uses; the answer gives the facts.
            return None
        if judges_outcome(question):
            return None  # "was the League a success?": the answer gives what it did and failed to do
        category = self.categories.category(question, passages)
        if category is not None:
            return category
        # "Was Kennedy the Soviet leader?": the knowledge gives him another side.
        denial = self.roles.denial(question, sentences, passages[0].chunk.doc_id if passages else "")
        if denial is not None:
            return Verdict("no", *denial)
        # "Did Obama withdraw from the JCPOA?": the knowledge says another did it.
        done_by_another = self._done_by_another(question, passages, tokens) if passages else None
        if done_by_another is not None:
            return done_by_another
        suspended = self.endings.suspended(question, passages, tokens) if passages else None
        if suspended is not None:
            return suspended
        # "Was the Cuban Missile Crisis in 1962?": the event's own dates answer.
        in_its_years = self.event_years.verdict(question, sentences, passages, tokens)
        if in_its_years is not None:
            return in_its_years
        # "Did the UN exist in 1919?": the years its document dates it by answer.
        existed = self.existence.verdict(question, passages, tokens)
        if existed is not None:
            return existed
        focus = self.claims.claim(passages, tokens)
        if passages and STILL.search(question) and self.claims.names_only_its_subject(tokens):
            # Not said to have ended, it still stands where the document dates it ("is New
            # START still active?" / "is, as of 2025, the last remaining treaty ...").
            current = self.endings.holds_as_of(passages, tokens, after_the_date=True) if claims_a_present_state(question) else None
            return self.endings.still_there(question, passages, tokens) or (Verdict("yes", *current) if current is not None else None)
        if not sentences or not focus:
            return None
        # Only a sentence about the claim can say yes or no to it: one with the question's
        # most telling word and at least half of its focus (by idf), and with the names it gives
        # ("did the US leave...", as glossary concepts), since one about another party
        # says nothing of it. Of those naming the most of the focus, one that denies the
        # claim outweighs others that only restate its words ("START I entered into force"
        # beside "START II never entered into force"); otherwise all must agree.
        # A place the claim ends with ("headquarters in Nairobi?") is checked against the
        # place the sentence gives (see `yes_or_no`), as a year is, not looked for.
        asked_place = PLACE_CLAIM.search(question)
        place = {t for t in self.retriever.query_tokens(asked_place.group(2)) if not self.retriever.is_everyday(t)} if asked_place else set()
        weighed = focus - place  # a name, not "in force"
        weighed = weighed or focus
        telling = self._telling(weighed)
        names = {t for t in focus if t.startswith("=")} | self.claims.one_of_its_subjects(passages, tokens)
        # And, in a follow-up searched with the subject of the turn before, with the party the
        # question itself names first: "North Korea joined the NPT ... but announced its
        # withdrawal" says nothing of "did Russia join and then leave?" after "did North
        # Korea leave the NPT?".
        own = self.retriever.query_tokens(question)
        if set(tokens) - set(own):
            names |= {t for t in self.claims.claim_subject(own) & focus if self.retriever.written_as_name(t)}
        # A sentence saying the opposite sense of a word of the claim speaks to that word
        # ("by consensus" to "by majority vote?").
        said = [self.retriever.query_tokens(s) + self._said_besides(s) + self.retriever.query_tokens(" ".join(opposed_words(question, s, tuple(sentences)))) for s in sentences]
        shares = [fsum(self.retriever.index.idf_of(t) or 0.0 for t in kindred(weighed, words)) for words in said]
        whole = fsum(self.retriever.index.idf_of(t) or 0.0 for t in weighed)
        # And with some of the deed it claims of its subject: "Britain and France gave way to
        # Hitler because ..." names Britain but says nothing of "did Britain sign it?".
        # A verb classing the subject ("would the Marshall Plan count?") is no deed, nor is
        # being or coming in force, which a sentence telling how it began or ended speaks to
        # (see `_in_force`).
        deed = weighed - self.claims.claim_subject(tokens) - set(self.retriever.query_tokens(CLASSING))
        deed -= set(self.retriever.query_tokens(" ".join(IN_FORCE.findall(question) + INTO_FORCE.findall(question))))
        answering = [
            sentence for sentence, words, share in zip(sentences, said, shares)
            if share == max(shares) and 2 * share >= whole and kindred(telling, words) and self._names_said(names, words) and (not deed or kindred(deed, words))
            and (
                not self.claims.of_another(question, sentence, words, tokens, focus, telling) and not self.claims.said_of_another_subject(sentence, words, focus, tokens)
                # Said of any of a listed group the subject is among ("the five permanent
                # members (China, France, Russia, ...): a ... vote from a permanent member is a veto").
                or self.memberships.said_of_its_group(sentence, tokens)
            )
        ]
        # A claim dated by a year ("was the JCPOA agreed in 2015?") is spoken to first by the
        # sentences giving that year with its telling word, in a clause of the deed ("agreed ...
        # on 2 April 2015"; not "... ended because ... the agreement ..., signed on 18 January
        # 1974" for "did the embargo end in 1974?", see `years_of_the_deed`),
        # not by one dating something else the same word is said of (an interim deal
        # "agreed ... in 2013"), nor by one naming only its subject ("Kissinger ... after the
        # 1973 Arab-Israeli war practised shuttle diplomacy" for "did Kissinger win the
        # Nobel Peace Prize in 1973?"): some of the deed is said.
        asked_years = claimed_years(question)
        pairs = self._name_pairs(question)
        done = deed - self._full_names(pairs)
        dated = [
            sentence for sentence, words in zip(sentences, said)
            if asked_years & years_of_the_deed(question, sentence) and kindred(telling, words) and self._names_said(names, words) and (not done or kindred(done, words))
            and not self.claims.of_another(question, sentence, words, tokens, focus, telling)
        ]
        answering = dated or answering
        # A sentence naming a sibling of a kind the question names ("track two" for "track
        # one"), and not the kind itself, says the subject is of the other kind.
        asked_kinds = {t for t in tokens if t.startswith("=")}
        words_of = dict(zip(sentences, said))

        def about_another(sentence: str) -> bool:
            kinds = {t for t in words_of[sentence] if t.startswith("=")}
            return any(self.claims.siblings(asked, other) for asked in asked_kinds - kinds for other in kinds - asked_kinds)

        verdicts = {
            sentence: yes_or_no(question, self.claims.claim_clauses(sentence, focus | asked_kinds), about_another(sentence), self.endings.says_it_ended(question, sentence, focus))
            for sentence in answering
        }
        # A sentence denying only another party something says nothing of the claim: the
        # others speaking to it decide, where there are some.
        of_others = [sentence for sentence in answering if verdicts[sentence] == OF_ANOTHER]
        if len(of_others) < len(answering):
            answering = [sentence for sentence in answering if sentence not in of_others]
        verdicts = {sentence: None if verdicts[sentence] == OF_ANOTHER else verdicts[sentence] for sentence in answering}
        # "Is the British king the head of government?" / "the monarch is head of state and
        # the prime minister is head of government": the role is another's.
        verdicts |= {sentence: "no" for sentence in answering if self.role_pairs.given_to_another(question, tokens, sentence)}
        # "Does the treaty allow military bases?" / "... bans military bases": the opposite
        # sense denies; the claim's own verb said only of another subject ("..., who declined
        # it" for "did Kissinger decline ...?") confirms nothing. Read in the whole sentence,
        # whose clause naming the subject ("but Le Duc Tho declined it") may name no more.
        verdicts |= {sentence: "no" for sentence in answering if opposed(question, sentence, tuple(sentences))}
        verdicts |= {sentence: None for sentence in answering if verdicts[sentence] == "yes" and said_of_another(question, sentence)}
        # "Are General Assembly resolutions binding?" / "..., unlike those of the General
        # Assembly, are legally binding": what the sentence sets apart, it denies.
        verdicts |= {sentence: "no" for sentence in answering if verdicts[sentence] == "yes" and self._set_apart(focus, sentence)}
        # "Can a country leave NATO?" / "No ally has ever left": never done is not barred, and
        # yields to a sentence saying it can be ("A member state can leave NATO"); with none,
        # it says "No." as before ("Japan and Russia have never signed a peace treaty").
        never_done = [sentence for sentence in answering if verdicts[sentence] == "no" and never_done_only(question, sentence)]
        yielded = never_done if any(verdicts[sentence] == "yes" and says_possible(sentence) for sentence in answering) else []
        if yielded:
            answering = [sentence for sentence in answering if sentence not in yielded]
            verdicts = {sentence: verdicts[sentence] for sentence in answering}
        # "Was the Iran deal a proper treaty approved by the US Senate?" / "The JCPOA is not a
        # treaty in the formal sense": what the subject is not denies whatever the claim adds.
        subject = self.claims.claim_subject(tokens)
        denied_outright = [
            sentence for sentence in sentences
            if (self.denied_predicates.denies(question, tokens, sentence) or self.denied_predicates.denied_by_prefix(question, tokens, subject, sentence))
            and sentence not in yielded
        ]
        # A sentence that says only that the claim may hold ("can shade into propaganda"),
        # or holds on a condition, leaves the verdict to the others; when it denies, it
        # denies ("can sign treaties without needing full powers").
        plain = [s for s in answering if verdicts[s] == "no" or not hedged(question, self.claims.claim_clauses(s, focus | asked_kinds))]
        only_hedged, answering = bool(answering) and not plain, plain
        verdicts = {sentence: verdicts[sentence] for sentence in answering}
        denied_year = self._other_year(question, answering, passages)
        if denied_year is not None:
            return Verdict("no", denied_year)
        denying = [sentence for sentence, verdict in verdicts.items() if verdict == "no"] or denied_outright
        if denying:
            ended = self.endings.says_it_ended(question, denying[0], focus)
            # Of the endings the document tells ("would withdraw ... took effect on 4
            # November 2020", then "a second withdrawal" in 2025), the latest says where it
            # stands, unless the state was taken up again since ("South Africa rejoined the
            # Commonwealth on 1 June 1994" after "left ... in 1961").
            later = self.endings.latest_ending(question, passages, focus) if ended else None
            # Only for a claim of membership put plainly ("is South Africa in the Commonwealth?"):
            # put the other way round ("outside", "out of"), it is not read so.
            membership = MEMBERSHIP_CLAIM.match(question)
            body = set(self.retriever.query_tokens(membership["body"])) - subject if membership else set()
            again = self.endings.taken_up_again(max(latest_year(denying[0]), latest_year(later[0]) if later else 0), passages, subject, body) if ended and passages and body else None
            if again is not None:
                return Verdict("yes", *again)
            if later is not None and latest_year(later[0]) > latest_year(denying[0]):
                return Verdict("no", *later)
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
        # A name that is also an everyday word ("France", whose stem is the coin's) is a name
        # where the knowledge base writes it only capitalised.
        named |= focus & {t for word in re.findall(r"[\w'-]+", question)[1:] if self.roles.capitalised(word) for t in self.retriever.query_tokens(word)}
        # Nor can it confirm what the knowledge base never says at all ("was Germany happy
        # with it?": no passage says "happy").
        unknown = {t for t in focus if not t.startswith("=") and self.retriever.index.idf_of(t) is None}
        # Nor what a claim of what its subject is ends by saying it is, when the knowledge has
        # the word ("is annexing territory legal?": "Annexation is the act by which a state
        # takes over a territory ..., usually by force" says nothing of "legal", which the
        # sentences after it deny as "unlawful").
        if COPULAR_CLAIM.match(question):
            predicate = ([t for t in self.retriever.query_tokens(question) if not t.startswith("=")] or [""])[-1]
            unknown |= {predicate} & deed if self.retriever.index.idf_of(predicate) is not None else set()
        # A number the claim gives ("ranges of 100 to 300 km?") is said, or the claim is not.
        numbers = {t for t in focus if t.isdigit()}
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        given = self._given_names(pairs, passages)
        # A name that is the claim's subject is said by itself, not by a word of another
        # thing's name ("Treaty of Peace with Germany", a name of the Treaty of Versailles, says
        # nothing of "was Germany never in the League?"; `subject` as read above).
        unsaid = [
            (kindred(focus, used) | named | numbers | (focus & self.retriever.incidental) | unknown)
            - kindred(focus, [*words, *(glossary.name_stems({t for t in words if t.startswith("=")}, stem) - {t for t in subject if self.retriever.written_as_name(t)}), *self._given_said(given, sentence, words), *self._names_within(focus, words)])
            for sentence, words in zip(sentences, said) if sentence in answering
        ]
        if (
            answering and all(verdict in ("yes", "debated") for verdict in verdicts.values()) and not any(unsaid)
            and all(self.claims.together(s, focus, bool(KIND_CLAIM.match(question))) for s in answering) and not self._object_unsaid(question, answering[0])
        ):
            ended = self.endings.ended_elsewhere(question, passages, tokens)
            if ended is not None:
                return Verdict("no", *ended)
            # A sentence calling the claim a matter of debate qualifies the others' yes.
            debated = next((s for s in answering if verdicts[s] == "debated"), None)
            if debated is not None:
                return Verdict("debated", debated)
            # "Still", "now": a sentence dating the state ("entered into force on 5 February
            # 2011 for ten years") says when it began, not that it holds now; one saying
            # where it stands as of a date does.
            # Nor does one told in the past ("SALT I was the first set of agreements ...: the
            # Anti-Ballistic Missile Treaty ...").
            # A state claimed in the present without "still" ("is the NPT in force?") holds
            # from its start when the document tells nothing that befell it since (the ABM
            # Treaty's withdrawal, New START's due end).
            if asks_of_now(question) and (YEAR.search(answering[0]) or told_in_the_past(answering[0])) and not AS_OF.search(answering[0]):
                current = self.endings.holds_as_of(passages, tokens)
                if current is None and not STILL.search(question) and self.endings.latest_fate(question, passages, tokens) is None:
                    return self._in_force(question, answering, passages, tokens) if IN_FORCE.search(question) else Verdict("yes", answering[0])
                return Verdict("yes", *current) if current is not None else None
            if INTO_FORCE.search(question) and not CAME_INTO_FORCE.search(answering[0]):
                # "Did the Treaty of Sèvres ever come into force?" / "... signed on 10 August
                # 1920 at Sèvres": a signing says nothing of it (see `_in_force`).
                return self._in_force(question, answering, passages, tokens)
            return Verdict("yes", answering[0])
        if only_hedged:
            # What only may hold now ("could trade limits ...") has still ended when the
            # document says so ("As of 2025, the JCPOA has largely collapsed").
            ended = self.endings.ended_elsewhere(question, passages, tokens)
            return Verdict("no", *ended) if ended is not None else None
        return None

    def _in_force(self, question: str, answering: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"Is the NPT in force?" when nothing befell it since its start: "no" from a sentence
        naming the subject that says it ended or never came into force ("... was dissolved on
        1 July 1991", "... SALT II, and the treaty was never ratified"), "yes" from one saying
        it entered into force, None when none says either: a sentence saying only when it was
        signed or founded does not say it is in force."""
        subject = self.claims.claim_subject(tokens)
        said = [(sentence, None) for sentence in answering] + [
            (sentence, passage) for passage in passages if passage.chunk.doc_id == passages[0].chunk.doc_id for sentence, _ in self.reader.of(passage.chunk) if sentence not in answering
        ]
        naming = [(sentence, passage) for sentence, passage in said if kindred(subject, self.retriever.query_tokens(sentence))]
        for word, says in (("no", NEVER_IN_FORCE), ("yes", CAME_INTO_FORCE)):
            found = next(((sentence, passage) for sentence, passage in naming if says.search(sentence)), None)
            if found is not None:
                return Verdict(word, *found)
        return None

    def _denied_in_passage(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim the answer's sentences do not decide: "no", with the sentence of one
        of its passages in the answering document that denies it as the answer's own would
        have to (as much of the claim as any, with its telling word): "breaking diplomatic
        relations does not automatically end consular relations", which the answer left out,
        for "if two countries cut diplomatic relations, do their consulates automatically
        close too?". None when no such sentence denies it."""
        if not passages:
            return None
        origin: dict[str, Passage] = {}
        for passage in passages:
            if passage.chunk.doc_id == passages[0].chunk.doc_id:
                for sentence, _ in self.reader.of(passage.chunk):
                    if sentence not in sentences and stands_alone(sentence):
                        origin.setdefault(sentence, passage)
        found = self._decide(question, [*sentences, *origin], passages, tokens) if origin else None
        if found is None or found.word != "no" or found.sentence not in origin:
            return None
        # Two of the claim's terms at least: "would no longer formally recognise governments"
        # says nothing of "is a state only a state if other countries recognise it?", nor
        # "Immunity does not exempt a diplomat from the jurisdiction of the sending state" of
        # "do diplomats have immunity?"; or the subject said not to be what it is claimed to be.
        said = kindred(self.claims.claim(passages, tokens), self.retriever.query_tokens(found.sentence))
        outright = self.denied_predicates.denies(question, tokens, found.sentence)
        return Verdict("no", found.sentence, origin[found.sentence]) if len(said) >= 2 or outright else None

    def _denial_of_the_deed(self, question: str, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict:
        """A "no" whose sentence denies something else ("British police could not enter
        Ecuador's London embassy while Julian Assange stayed there until his arrest" for "can
        police arrest a foreign diplomat?") said instead by the sentence of the answer, or of
        its document's passages, whose denial reaches the deed the claim is about ("the
        diplomat cannot be arrested or detained") and that says half the deed's weight. The
        verdict as it was when its own denial reaches the deed, when it denies by no "not"
        (another year, another place), or when no sentence does better."""
        reaches = denied_reaches(verdict.sentence)
        focus = self.claims.claim(passages, tokens)
        deed = (focus - self.claims.claim_subject(tokens)) or focus
        if not reaches or not deed or any(kindred(deed, self.claims.words_of(reach)) for reach in reaches):
            return verdict
        weight = self.retriever.index.idf_of
        whole = fsum(weight(t) or 0.0 for t in deed)
        found: dict[str, Passage | None] = dict.fromkeys(sentences)
        for passage in passages:
            if passage.chunk.doc_id == passages[0].chunk.doc_id:
                for sentence, _ in self.reader.of(passage.chunk):
                    if sentence not in found and stands_alone(sentence):
                        found[sentence] = passage
        for sentence, passage in found.items():
            said = kindred(deed, self.claims.words_of(sentence))
            if (
                sentence != verdict.sentence and 2 * fsum(weight(t) or 0.0 for t in said) >= whole
                and any(kindred(deed, self.claims.words_of(reach)) for reach in denied_reaches(sentence))
                and yes_or_no(question, self.claims.claim_clauses(sentence, focus)) == "no"
            ):
                return Verdict("no", sentence, passage)
        return verdict

    def _said_earlier(self, question: str, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict as a sentence before the deciding one in its passage gives it, one the
        answer left out: a passage says its point first ("Consular immunity is narrower
        than the immunity of diplomats.") and explains it after ("The difference between
        consular and diplomatic immunity reflects ..."). It must say as much of the claim and
        give the same word; None when no earlier sentence does."""
        for passage in passages:
            said = [sentence for sentence, _ in self.reader.of(passage.chunk)]
            if verdict.sentence not in said:
                continue
            earlier = [s for s in said[: said.index(verdict.sentence)] if s not in sentences and stands_alone(s)]
            found = self._decide(question, [*earlier, verdict.sentence], passages, tokens) if earlier else None
            if found is None or found.word != verdict.word or found.sentence == verdict.sentence:
                return None
            return Verdict(found.word, found.sentence, passage)
        return None

    def _explained_next(self, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict:
        """The verdict with the sentence after its own in its passage to follow it, when the
        answer left that one out and it says half the claim's weight: a passage
        explains what it has just said ("Consular immunity is narrower than the immunity of
        diplomats." / "Under Article 43, consular officers are immune ... only for acts
        performed in the exercise of consular functions")."""
        focus = self.claims.claim(passages, tokens)
        weight = self.retriever.index.idf_of
        whole = sum(weight(t) or 0.0 for t in focus)
        for passage in passages:
            said = [sentence for sentence, _ in self.reader.of(passage.chunk)]
            if verdict.sentence in said:
                after = said[said.index(verdict.sentence) + 1 :][:1]
                share = sum(weight(t) or 0.0 for t in kindred(focus, self.claims.words_of(after[0]))) if after else 0.0
                if after and after[0] not in sentences and len(focus) > 1 and 2 * share >= whole:
                    return verdict._replace(then=(after[0], verdict.passage or passage))
                return verdict
        return verdict

    def _names_said(self, names: set[str], words: list[str]) -> bool:
        """Whether a sentence says every name a claim gives: as itself, or within a longer
        name (see `_names_within`)."""
        return names - set(kindred(names, words)) <= self._names_within(names, words)

    def _names_within(self, concepts: set[str], words: list[str]) -> set[str]:
        """The glossary concepts among `concepts` a sentence says in the words of one of their
        names, within a longer name it reads as another concept ("UN" in "UN Security Council
        Resolution 598" for "did the war end with a UN resolution?")."""
        said = set(words)
        return {concept for concept in concepts if concept.startswith("=") and any(name <= said for name in self.reader.name_terms(concept))}

    def _said_besides(self, sentence: str) -> list[str]:
        """The terms a sentence says without their words: likeness ("one equal vote" says
        "the same vote"), going on ("does not automatically end consular relations" says
        they stay, see GOES_ON) and the deeds its deeds imply (see `ClaimReader.implied`)."""
        besides = self.retriever.query_tokens("equal identical equivalent") if ALIKE.search(sentence) else []
        besides += self.retriever.query_tokens(GOING_ON_WORDS) if END_DENIED.search(sentence) else []
        return besides + self.claims.implied(sentence)

    def _name_pairs(self, question: str) -> list[tuple[str, str]]:
        """The pairs of words a question gives that the knowledge writes capitalised only, a
        given name and a surname ("Henry Kissinger")."""
        written = re.findall(r"[\w'-]+", question)
        return [(first, last) for first, last in zip(written, written[1:]) if self.roles.capitalised(first) and self.roles.capitalised(last)]

    def _full_names(self, pairs: list[tuple[str, str]]) -> set[str]:
        """The terms of the names of two words a question gives (`_name_pairs`), which name
        someone rather than tell a deed."""
        return {t for first, last in pairs for t in self.retriever.query_tokens(f"{first} {last}")}

    def _given_names(self, pairs: list[tuple[str, str]], passages: list[Passage]) -> list[tuple[str, str]]:
        """The question's names (`_name_pairs`) whose surname the answer's passages give only
        with that given name: not "Robert Kennedy" where they also give "John F. Kennedy"."""
        text = " ".join(passage.chunk.text for passage in passages)
        return [(first, last) for first, last in pairs if self._given_before(last, text) == {first.lower()}]

    def _given_before(self, surname: str, text: str) -> set[str]:
        """The given names a text writes before a surname (initials aside: "John F. Kennedy")."""
        return {found.lower() for found in re.findall(rf"\b([A-Z][a-z]+)(?:\s+[A-Z]\.)*\s+{re.escape(surname.capitalize())}\b", text) if self.roles.capitalised(found)}

    def _given_said(self, given: list[tuple[str, str]], sentence: str, words: list[str]) -> list[str]:
        """The terms of the given names (`_given_names`) a sentence says by their surname
        ("Kissinger won ..." for "Henry Kissinger"), giving it no other given name."""
        return [
            t for first, last in given
            if set(self.retriever.query_tokens(last)) <= set(words) and self._given_before(last, sentence) <= {first.lower()}
            for t in self.retriever.query_tokens(first)
        ]

    def _as_its_kind(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim no sentence speaks to in its own words: the verdict of the same claim
        about the kind the answering document defines a word of it as ("are Security Council
        resolutions binding?" asked as "are Security Council decisions binding?", from "A
        resolution is a formal decision ..."), from a sentence saying that kind and not the
        word itself. None when no such sentence decides it."""
        if not passages:
            return None
        words = re.findall(r"[\w'-]+", question)
        for term in sorted(self.claims.claim(passages, tokens)):
            asked = [word for word in words if self.retriever.query_tokens(word) == [term]]
            for kind in kinds_defined(self.retriever, self.reader, passages[0].chunk.doc_id, term) if asked else []:
                plural = kind + "s" if asked[0].lower().endswith("s") else kind
                as_kind = re.sub(rf"\b{re.escape(asked[0])}\b", plural, question)
                verdict = self._decide(as_kind, sentences, passages, self.retriever.query_tokens(as_kind))
                said = self.retriever.query_tokens(verdict.sentence) if verdict is not None else []
                # Said of the kind, not beside the asked word itself: "An executive agreement is
                # an international agreement that the president concludes without the two-thirds
                # Senate vote a treaty needs" denies it of another agreement, not of a treaty.
                if verdict is not None and kindred(set(self.retriever.query_tokens(kind)), said) and term not in said:
                    return verdict
        return None

    def _of_only_some(self, question: str, sentence: str, passages: list[Passage], tokens: list[str]) -> bool:
        """Whether a clause of the sentence says a word of a plain claim of only a few (see
        ONLY_SOME): "... meets most criteria for statehood but is recognised by only 12
        states" for "is Taiwan recognised as a state?", or the sentence ends saying others
        do not ("..., while Serbia, Russia, China and several EU members have not"), or a
        word of the claim is said to hold nearly ("near-universal membership"). A claim narrowed itself ("only",
        "just"), or giving the number itself ("does bilateral negotiation involve two
        states?" / "involves only two states"), is not plain."""
        focus = self.claims.claim(passages, tokens)
        asked = set(re.findall(r"[\w,]+", question.lower()))
        return not RESTRICTIVE.search(question) and (
            any(
                (few := ONLY_SOME.search(clause)) and few["few"].lower() not in asked and kindred(focus, self.retriever.query_tokens(clause))
                for clause in CLAUSE_BREAK.split(sentence)
            )
            or OTHERS_NOT.search(sentence) is not None
            or LIMITED_CASES.search(sentence) is not None
            or any(kindred(focus, self.retriever.query_tokens(near["word"])) for near in NEARLY.finditer(sentence) if not NEARLY.search(question))
        )

    def _listed(self, subject: set[str], text: str) -> bool:
        """Whether the subject is one item of a list of three or more in the text, each of a
        few words ("Iceland, Norway, Switzerland and Liechtenstein")."""
        items = [self.retriever.query_tokens(item) for item in re.split(r",\s*|\s+and\s+", text)]
        listed = [words for words in items if 0 < len([t for t in words if not t.startswith("=")]) <= LIST_ITEM_WORDS]
        return len(listed) >= 3 and any(kindred(subject, words) == subject for words in listed)

    def _claimed_person(self, question: str, passages: list[Passage], tokens: list[str], besides: frozenset[str] = frozenset()) -> tuple[str, set[str]] | None:
        """Of a claim that a person did something ("did Woodrow Wilson mediate ...?"), the
        person's surname, one of its first two words that the knowledge gives a side by title
        (and says no term of `besides`), and the deed claimed: the claim's terms but the
        person's names, given names too ("Woodrow"). None for another claim."""
        match = AGENT_CLAIM.match(question.strip())
        words = match.group("rest").split() if match else []
        at = next((at for at, w in enumerate(words[:2]) if any(t.side for t in self.roles.titles_of(self.roles.surname(w))) and not set(self.retriever.query_tokens(w)) & besides), None)
        if at is None:
            return None
        return self.roles.surname(words[at]), self.claims.claim(passages, tokens) - set(self.retriever.query_tokens(" ".join(words[: at + 1])))

    def _done_by_another(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim that a person did something ("did Obama withdraw from the JCPOA?"):
        "no", with the sentence of the answering document that says it of another person of
        the same side, by title ("US President Donald Trump announced that the United
        States was withdrawing ... from the JCPOA"), when no sentence of the document says it
        with the person. None for another claim or a person the knowledge gives no side."""
        person = self._claimed_person(question, passages, tokens)
        if person is None or not person[1]:
            return None
        surname, claim = person
        sides = [t.side for t in self.roles.titles_of(surname)]
        doc_id = passages[0].chunk.doc_id
        saying: list[tuple[str, Passage]] = []
        for chunk, sentence, said in self.reader.of_document(doc_id):
            if kindred(claim, list(said)) != claim or not self.claims.together(sentence, claim):
                continue
            if re.search(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE):
                return None  # said with the person
            saying.append((sentence, Passage(chunk, 0.0)))
        for sentence, passage in saying:
            if any(name != surname and any(self.roles.sides_meet(title.side, side) for side in sides) for name, title in self.roles.titled_in(sentence)):
                return Verdict("no", sentence, passage)
        return None

    def _object_unsaid(self, question: str, sentence: str) -> bool:
        """Whether the claim does its deed to a kind of thing (INDEFINITE_OBJECT) that the
        sentence does not say, in its words or their kin."""
        claimed = INDEFINITE_OBJECT.match(question)
        if claimed is None:
            return False
        wanted = {t for t in self.retriever.query_tokens(claimed["object"]) if not t.startswith("=")}
        return bool(wanted) and kindred(wanted, list(self.retriever.query_tokens(sentence))) != wanted

    def _other_year(self, question: str, answering: list[str], passages: list[Passage]) -> str | None:
        """The sentence about a claim that gives a year ("the UN was founded in 1948?") when
        neither it nor any sentence of its passage gives that year but the passage dates
        the event otherwise ("... entered into force on 24 October 1945"): its passage
        says when, and it is not then. None when any of them gives no year to compare. A
        year only a clause of circumstance gives dates the scene, not the claim ("did nixon
        meet mao when he went to china in 1972?")."""
        asked = claimed_years(question) - self.retriever.circumstance_terms(question)
        if not asked or not answering or any(YEAR.search(sentence) for sentence in answering):
            return None
        for passage in passages:
            text = passage.chunk.plain_text()
            if answering[0] in text:
                given = set(YEAR.findall(text))
                return answering[0] if given and not given & asked else None
        return None
