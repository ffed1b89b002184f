"""A yes/no claim that gives a deed the wrong party, person or count: "did Japan sign the
Treaty of Brest-Litovsk?", "did Nixon sign the INF Treaty?", "did twelve countries attend
the Washington Naval Conference?". When the answering document's sentences that say the
deed never name the one the question gives, and one of them names another of its kind
(another titled person, another country or place, another count of the same thing), the
claim is swapped: "No", with that sentence, which names the right one. A name said with
the deed anywhere in the document, or one of a kind the knowledge cannot tell, leaves the
claim undecided: no verdict is better than a wrong "No".
"""

from __future__ import annotations

import re

from tutor.answering.claim_check import WHEN_WHERE
from tutor.answering.claims import ClaimReader
from tutor.answering.counted import a_count, counted, counting, counts_in
from tutor.answering.kindred import kindred
from tutor.answering.roles import Roles
from tutor.answering.sentence_verdict import MONTH, PLACE_CLAIM, Verdict
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import YEAR
from tutor.tuning import SIDE_PREFIX

WORD = re.compile(r"[\w'\u2019-]+")
# A claim of a deed done once ("did Japan sign ...?", "was it held in London?"), whose
# parties a sentence telling the deed names; not of a standing state ("is Germany a member
# of the Security Council?"), which a sentence naming some members does not deny.
PARTICIPLES = r"[a-z]{3,}ed|held|sent|led|made|won|brought|fought|written|drawn|struck|given|taken|begun|met"
DEED_DONE = re.compile(rf"^\W*(?:did(?:n'?t)?\b|(?:was|were)(?:n'?t)?\b[^?]*\b(?:{PARTICIPLES}|set up)\b)", re.IGNORECASE)
# A passive claim ("was it signed ...?"): its auxiliary, then its verb ("signed", "held",
# "set" of "set up"), with no clause opening between them ("was Czechoslovakia at the table
# when it was signed?" claims no deed done to Czechoslovakia).
PASSIVE_AUXILIARIES = frozenset({"was", "were", "wasn't", "weren't", "wasnt", "werent"})
PARTICIPLE = re.compile(rf"(?:{PARTICIPLES}|set)", re.IGNORECASE)
CLAUSE_OPENERS = frozenset({"when", "while", "as", "after", "before", "because", "if", "since", "until", "once"})
# Endings of the words a country's people and things are called by ("French", "British",
# "Japanese"), which may share only their first letters with the country's name ("France").
DEMONYM_END = re.compile(r"(?:ch|sh|ese|ian|an|i)$")


# A deed told with its doers ("was signed by German dictator Adolf Hitler, British Prime
# Minister Neville Chamberlain, ... and Italian dictator Benito Mussolini"): the verb (two
# joined by "and": "hosted and mediated by"), then the doers, to the end of the list. Doers
# counted or told as some of many ("eight Northern Ireland parties", "35 states", "many
# delegations") are not all named, unless their names follow.
# Counted doers named after a comma all the same ("the two foreign ministers, Vyacheslav
# Molotov for the Soviet Union and ...").
NAMED_AFTER = re.compile(r",\s+[A-Z]")
SOME_OF_MANY = re.compile(r"\b(?:\d+|many|several|various|other|others|some|numerous|dozens)\b", re.IGNORECASE)
# When and where may come between the verb and its doers ("signed on 2 July 1972 at Simla
# (Shimla), in northern India, by ...").
BY_DOERS = re.compile(rf"\b(?P<verbs>[a-z]+(?: (?:and|or) [a-z]+)?){WHEN_WHERE}*,?\s+by (?P<doers>.+)")
DOERS_END = re.compile(r"[.;:]|,\s+(?!(?:the\s+)?[A-Z]|and\b)|\s(?:on|in|at|after|before|during|when|which|who|whose|under|with|to|from|because|while|as|between|through)\s")


# A sentence counting a deed's parties by the dozen or more, or as nearly all or a few
# ("More than 185 states are parties ...; Egypt and Syria have signed it without ratifying",
# "when 122 states signed it"): in a document that says so, the parties its sentences name
# are some of many, so a party they do not name is not denied ("did China sign the BWC?").
MANY_PARTIES = re.compile(r"\b(?:\d{2,}|dozens of|most|nearly (?:every|all)|almost (?:every|all)|few)\s+(?:\w+\s+)?(?:states|countries|nations|governments|signatories|parties)\b", re.IGNORECASE)
# Doers cut off before the list ends, at a conjunction with nothing after it.
DANGLING = re.compile(r"\b(?:and|or)\s*$", re.IGNORECASE)


class SwappedFillers:
    """Finds the sentence that gives a deed's party, person or count otherwise than a claim does."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, roles: Roles, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.roles = roles
        self.claims = claims

    def other_filler(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"no" and the sentence of the answering document that says the claim's deed with
        another of the kind the question names (see the module's docstring); None when no
        sentence does so or any sentence saying the deed names the one claimed."""
        if not passages:
            return None
        doc_id = passages[0].chunk.doc_id
        title = self.retriever.title_terms(doc_id)
        words = WORD.findall(question)
        slots = self._slots(words[1:], title)
        if not DEED_DONE.match(question):
            slots = [slot for slot in slots if slot[0] == "count"]  # a count holds of a state too
        if not slots:
            return None
        filled = set().union(*(terms for _, terms, _ in slots))
        named = {t for _, _, word in slots for t in self.retriever.query_tokens(word) if t.startswith("=")}  # "=united-states" of "US"
        subject = self.claims.one_of_its_subjects(passages, tokens)  # "Korea" of a title joining two
        deed = {t for t in self.claims.claim(passages, tokens) if not kindred(filled, [t]) and (t not in title or t in subject) and t not in named}
        if not deed or not kindred(set(title), tokens):
            return None  # a deed of the document's subject only ("... sign the Treaty of Brest-Litovsk?")
        saying: list[tuple[str, Passage]] = []
        for chunk, sentence, said in self.reader.of_document(doc_id):
            if kindred(deed, list(said)) == deed and self.claims.together(sentence, deed):
                saying.append((sentence, Passage(chunk, 0.0)))
        if not saying or any(self._names(kind, terms, word, sentence) for kind, terms, word in slots for sentence, _ in saying):
            return None
        # A party or person the document names anywhere may have had a part in the deed its
        # sentences do not give ("direct talks with Syria" of "did Syria attend the Madrid
        # Conference?"). A place claimed ("held in London?") is another's when the passages
        # saying the deed do not name it, whatever else the document says of it.
        if not PLACE_CLAIM.search(question):
            told = " ".join(self.retriever.chunks[position].plain_text() for position in self.retriever.doc_chunks.get(doc_id, []))
            if any(kind != "count" and self._names(kind, terms, word, told) for kind, terms, word in slots):
                return None
            if all(kind != "count" for kind, _, _ in slots) and MANY_PARTIES.search(told):
                return None
        saying.sort(key=lambda found: found[0] not in sentences)
        for sentence, passage in saying:
            # A party or person its passage names elsewhere may have had a part in the deed
            # the sentence does not give ("accepted harsh terms" of "harsh on Russia?").
            told = passage.chunk.plain_text()
            if any(kind != "count" and self._names(kind, terms, word, told) for kind, terms, word in slots):
                continue
            if all(self._names_another(kind, terms, word, sentence) for kind, terms, word in slots):
                return Verdict("no", sentence, None if sentence in sentences else passage)
        return None

    def other_doers(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"no" and the sentence of the answering document that tells the claim's deed with
        its doers ("The Munich Agreement was signed by German dictator Adolf Hitler, British
        Prime Minister Neville Chamberlain, ...") for a claim giving the deed to a party or
        person they do not take in, by name, by a word of its people ("British" for
        Britain) or by the side of a titled doer, where they name others ("did
        Czechoslovakia sign the Munich Agreement?"). None when no sentence tells the doers
        of the deed, or any takes the claimed one in: a sentence merely naming the party
        beside the deed ("... in which Germany, ... agreed that Czechoslovakia must hand
        over ...") does not say it did the deed."""
        if not passages or not DEED_DONE.match(question):
            return None
        doc_id = passages[0].chunk.doc_id
        title = self.retriever.title_terms(doc_id)
        words = WORD.findall(question)
        slots = [slot for slot in self._slots(words[1:], title) if slot[0] != "count"]
        filled = set().union(*(terms for _, terms, _ in slots))
        named = {t for _, _, word in slots for t in self.retriever.query_tokens(word) if t.startswith("=")}  # "=china" of "China"
        deed = {t for t in self.claims.claim(passages, tokens) if not kindred(filled, [t]) and t not in title and t not in named}
        verb = next((at for at, word in enumerate(words) if kindred(deed, self.retriever.query_tokens(word))), None)
        if verb is None:
            return None
        # The doers claimed: the claim's subject, before its verb, or those after its "by"
        # ("was it signed by Japan?"); not a place ("signed in Moscow?"). And the thing
        # done, the rest of the claim, which the sentence telling the doers must name.
        by = next((at for at in range(verb + 1, len(words)) if words[at].lower() == "by"), None)
        if by is None and words[0].lower() in PASSIVE_AUXILIARIES and PARTICIPLE.fullmatch(words[verb]) and not any(word.lower() in CLAUSE_OPENERS for word in words[1:verb]):
            # "Was the Shanghai Communiqué signed on Nixon's trip?": a passive claims no doer
            # but after its "by"; its subject is the thing done.
            return None
        doers, thing = (words[by + 1 :], words[1:verb]) if by is not None else (words[1:verb], words[verb + 1 :])
        slots = [slot for slot in slots if any(self.roles.surname(word) == slot[2].lower() or word == slot[2] for word in doers)]
        done = {t for t in self.retriever.query_tokens(" ".join(thing)) if not kindred(filled, [t]) and not YEAR.fullmatch(t)}
        if not slots or not done:
            return None
        told: list[tuple[str, str, Passage]] = []
        done_by: set[str] = set()  # the deed's words the sentences telling its doers say it with
        for chunk, sentence, _ in self.reader.of_document(doc_id):
            for found in BY_DOERS.finditer(sentence):
                if kindred(deed, self.retriever.query_tokens(found["verbs"])) and kindred(done, self.retriever.query_tokens(sentence[: found.start()])):
                    doers = found["doers"]
                    end = DOERS_END.search(doers)
                    doers = doers[: end.start()] if end else doers
                    if DANGLING.search(doers):
                        return None  # the list goes on past an aside ("by Turkey and, for the Allies, by ...")
                    counted = SOME_OF_MANY.search(doers) or next((m for m in WORD.finditer(doers) if a_count(m.group())), None)
                    if counted is not None and not NAMED_AFTER.search(doers, counted.end()):
                        return None
                    told.append((doers, sentence, Passage(chunk, 0.0)))
                    done_by |= set(self.retriever.query_tokens(found["verbs"])) & deed
        # Every doer claimed must be among them: "signed by Sadat and Begin" denies "by
        # Sadat and Arafat". Not one the document tells doing the deed in a clause of its own.
        missing = [(kind, terms, word) for kind, terms, word in slots if not any(self._taken_in(kind, terms, word, doers) for doers, _, _ in told) and not self._does_it_elsewhere(kind, terms, word, done_by, doc_id)]
        if not told or not missing:
            return None
        for doers, sentence, passage in told:
            if all(self._names_another(kind, terms, word, f"by {doers}") for kind, terms, word in missing):
                return Verdict("no", sentence, passage)
        return None

    def _taken_in(self, kind: str, terms: set[str], word: str, doers: str) -> bool:
        """Whether the doers take in the claimed one: by its name, by a word of its people
        (a name the knowledge also gives a person, "France", read both ways), by its concept
        ("the United Kingdom" for "UK"), or by the side of a titled doer ("British Prime
        Minister ..." for the UK)."""
        concepts = {t for t in self.retriever.query_tokens(word) if t.startswith("=")}
        named = self._names(kind, terms, word, doers) or kind == "person" and self._names("party", terms, word, doers)
        return named or bool(concepts & set(self.retriever.query_tokens(doers))) or self._side_of_a_doer(terms | concepts, doers)

    def _does_it_elsewhere(self, kind: str, terms: set[str], word: str, verb: set[str], doc_id: str) -> bool:
        """Whether a clause of the document names the filler with the deed's verb."""
        for _, sentence, _ in self.reader.of_document(doc_id):
            for clause in re.split(r"[,;:()]|\s(?:but|while|whereas|which|who|after|before)\s", sentence):
                if kindred(verb, self.retriever.query_tokens(clause)) and self._names(kind, terms, word, clause):
                    return True
        return False

    def _side_of_a_doer(self, terms: set[str], doers: str) -> bool:
        """Whether a doer stands on the party's side by a title the knowledge gives them,
        there or anywhere ("Vyacheslav Molotov", "Soviet Foreign Minister Vyacheslav
        Molotov" elsewhere, for the Soviet Union)."""
        claimed = frozenset(terms)
        people = {self.roles.surname(word) for word in WORD.findall(doers) if word[:1].isupper()}
        return any(self.roles.sides_meet(title.side, claimed) for _, title in self.roles.titled_in(doers)) or any(
            self.roles.sides_meet(title.side, claimed) for person in people for title in self.roles.titles_of(person)
        )

    def _slots(self, words: list[str], title: frozenset[str]) -> list[tuple[str, set[str], str]]:
        """The question's fillers: (kind, terms, word) of each count ("ten" with the word it
        counts), person the knowledge gives a title, and other name the knowledge writes as
        one, that is not a word of the answering document's title."""
        # Each count and the word it counts, whose terms the deed leaves out.
        slots = [("count", {count.value, *self.retriever.query_tokens(f"{count.number} {count.word}")}, count.word) for count in counts_in(" ".join(words))]
        for at, word in enumerate(words):
            if a_count(word):
                continue
            terms = set(self.retriever.query_tokens(word))
            if not terms or terms & title:
                continue
            if not self.roles.capitalised(word) or MONTH.fullmatch(word.capitalize()):
                continue
            if not any(t.startswith("=") for t in terms) and self.roles.titles_of(self.roles.surname(word)):
                slots.append(("person", terms, self.roles.surname(word)))
            elif at + 1 == len(words) or not self.roles.titles_of(self.roles.surname(words[at + 1])):  # not "Woodrow" of "Woodrow Wilson"
                slots.append(("party", {t for t in terms if not t.startswith("=")} or terms, word))
        return slots

    def _names(self, kind: str, terms: set[str], word: str, sentence: str) -> bool:
        """Whether the sentence names the question's filler: the count before the word it
        counts, the person, or the name or a word of its people ("French" for "France")."""
        if kind == "count":
            return bool(counted(sentence).get(counting(word), set()) & terms)
        said = WORD.findall(sentence)
        if kind == "person":
            return any(self.roles.surname(w) == word for w in said)
        tokens = set(self.retriever.query_tokens(sentence))
        stems = {t for t in terms if not t.startswith("=")}
        return bool(kindred(terms, list(tokens))) or any(
            len(a) >= SIDE_PREFIX and len(b) >= SIDE_PREFIX and (a[:SIDE_PREFIX] == b[:SIDE_PREFIX] or (a[:2] == b[:2] and DEMONYM_END.search(b)))
            for a in stems for w in said if w[:1].isupper() for b in [w.lower()]
        )

    def _names_another(self, kind: str, terms: set[str], word: str, sentence: str) -> bool:
        """Whether the sentence names another of the filler's kind: another count of the
        same word, another titled person, or another name the knowledge writes as one."""
        if kind == "count":
            return counting(word) in counted(sentence)
        said = WORD.findall(sentence)
        if kind == "person":
            people = self.roles.people_titled(sentence)
            return any(name != word for name, title in self.roles.titled_in(sentence) if title in people)
        return any(w[:1].isupper() and not MONTH.fullmatch(w) and self.roles.capitalised(w) for w in said[1:])
