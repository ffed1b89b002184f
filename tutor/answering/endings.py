"""Whether the state a yes/no question claims holds now has ended, was taken up again, was
only suspended, or persists, as the answering document tells it: "is the UK in the EU?"
is denied by "the United Kingdom left the EU on 31 January 2020", and "is Russia still in
New START?" is answered by "Russia was suspending its participation in New START". An
ending counts only when it is said near the claim's subject, not of something else its
clause mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.answering.claim_time import AS_OF_DATE, NOW_WORDS, PERSISTS, PERSISTS_NOW, asks_of_now, claims_a_present_state
from tutor.answering.claims import PLAIN_CLAUSE_BREAK, ClaimReader
from tutor.answering.kindred import kindred
from tutor.answering.memberships import MEMBERSHIP_CLAIM
from tutor.answering.roles import Roles
from tutor.answering.sentence_verdict import DENIAL_ADVERB, Verdict
from tutor.answering.sentences import SentenceReader, latest_year
from tutor.search.retrieval import Passage, Retriever
from tutor.tuning import ENDING_REACH


# The one list of ending verbs: a state that ended ("the United Kingdom left the EU",
# "withdrew from", "was dissolved"; not "most states are left out", "top posts were left
# vacant"), a party's leaving as
# much as a thing's own end. A "how long?" answer dates only a thing's own end, so the end
# verbs of `span_ends` in dialogues/intents.yaml leave out the leaving words, and "ended"
# is in them as it is in ENDED_ITSELF below. Withdrawing into a place ("withdrew into the
# Vatican") is going there, not leaving it.
ENDED = re.compile(
    r"\b(?:left(?! out| open| behind| over| unresolved| to| alone| vacant| empty| intact| in place| un[a-z]+)|leaves?|leaving|withdr[ae]w[a-z]*(?! into)|withdrawn(?! into)|quit|ceased?|no longer|expired?|lapsed|collapsed|dissolved|"
    r"abolished|terminated|suspended|expelled|pulled out)\b",
    re.IGNORECASE,
)
# What "no longer" reaches, to its clause's end, and the states whose ending it tells ("no
# longer in force", "no longer a member", "no longer exists").
STOPPED_DEED = re.compile(r"[^,;:.()]*")
STATE_ENDED = re.compile(r"\s*(?:in force|valid|in effect|a member|a party|exists?|applies|apply|binding|binds?|operat\w*|recogni[sz]\w*|part of)\b", re.IGNORECASE)
# A relative clause about people and the word it describes ("people who do not or no longer
# take part in fighting"): an ending said in it befalls them. Not "which" or "that", whose
# clause may end the claim itself ("a second withdrawal, which took effect ...").
RELATIVE_CLAUSE = re.compile(r"(?P<described>\b[\w'-]+),? who\b[^,;:.()]*")
# An ending denied ("has never been terminated"), which is none.
ENDING_DENIED = re.compile(rf"\b(?:not|never)\s+{DENIAL_ADVERB}(?:been\s+)?(?:{ENDED.pattern})", re.IGNORECASE)
# Endings that leave their object, which goes on ("left the EU", "leaves the UNFCCC").
LEAVING = re.compile(r"left|leaves?|leaving|quit", re.IGNORECASE)
# A word opening what an ending is done to ("left the EU", "withdrew from it"): the ending
# is then the doer's, not its subject's.
OBJECT_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|from|of|out|all|both|some)\b", re.IGNORECASE)
# The auxiliary of a passive just before an ending ("Russia was expelled", "had been suspended").
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A word opening the object an ending is done to ("suspended Russia", "expelled the Soviet
# Union"), not a particle of leaving ("pulled out of").
DONE_TO = re.compile(r"the|a|an|its|their|his|her|all|both|some", re.IGNORECASE)
# A subject's own ending, which may also be said "ended" ("..., and the INF Treaty ended";
# elsewhere "ended the state of war" ends something else, see `ended_itself`).
ENDED_ITSELF = re.compile(rf"{ENDED.pattern}|\bended\b", re.IGNORECASE)
# An ending said in the passive or of itself, whose doer is its clause's subject ("... and
# was dissolved in 1946", "voted to dissolve itself"; see `opens_the_clause`).
ENDED_BY_ITSELF = re.compile(r"\b(?:was|were|been) (?:dissolved|abolished|terminated|disbanded)\b|\b(?:dissolved?|disband(?:ed)?) (?:itself|themselves)\b", re.IGNORECASE)
# A state taken up again after ending ("Morocco left the OAU ... and rejoined the AU"; not
# "the group returned to the G7 format").
RESUMED = re.compile(r"\b(?:rejoin[a-z]*|re-joined|readmitted|restored|reinstated|resumed)\b", re.IGNORECASE)
# A resumption denied just before it ("have not resumed", "was never restored").
RESUMPTION_DENIED = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Words that claim only that a party is in something ("still part of", "a party to").
MEMBERSHIP_WORDS = "in part party parties member members membership participant participants"
# A deed by which a party took up a state that may end later ("did the Soviet Union ever
# join the League?", "did the UK sign ...?"): its "yes" tells only how the state began.
TAKEN_UP = re.compile(r"\b(?:join(?:s|ed)?|sign(?:s|ed)?|ratif(?:y|ies|ied)|accede[sd]?|admitted|become (?:a )?(?:member|party))\b", re.IGNORECASE)
# A party that suspended its own part in something ("Russia was suspending its
# participation in New START") has not left it.
SUSPENDED_PART = re.compile(r"\bsuspend(?:s|ed|ing)? (?:its|their) (?:participation|membership|obligations)\b", re.IGNORECASE)

# Which words around an ending (a clause's words, where the ending starts, its match) must
# name the subject for the ending to be the subject's; None when the ending cannot be.
Window = Callable[[list[str], int, re.Match[str]], slice | None]


def befell(words: list[str], at: int, ending: re.Match[str]) -> slice:
    """The subject within ENDING_REACH words of the ending: it befell the subject
    ("suspended Russia", "the United Kingdom left", "the JCPOA has largely collapsed"), not
    something else its clause mentions ("the timetable for Sinai withdrawal and ... over
    Egypt's other commitments"). What is left ("Canada had already withdrawn from the Kyoto
    Protocol", "a party that leaves the UNFCCC") has not ended: only the words before such
    an ending count. Nor has the doer of an ending that takes an object ("The G7 countries
    suspended Russia"): only the words after it count."""
    after = at + len(ending.group().split())
    # What is left directly ("a party that leaves the UNFCCC") has not ended either.
    left = after < len(words) and (words[after].lower() in ("from", "of") or LEAVING.fullmatch(ending.group()) is not None)
    done_to = not left and after < len(words) and (DONE_TO.fullmatch(words[after]) is not None or words[after][:1].isupper())
    return slice(after if done_to else max(0, at - ENDING_REACH), at if left else at + ENDING_REACH + 1)


def befell_or_party(words: list[str], at: int, ending: re.Match[str]) -> slice:
    """The subject within ENDING_REACH words either side, and one word more after, for the
    end of a name: the ending befell the subject or a party to it, which `befell` leaves out
    ("would withdraw from the ABM Treaty")."""
    return slice(max(0, at - ENDING_REACH), at + ENDING_REACH + 2)


def ended_itself(words: list[str], at: int, ending: re.Match[str]) -> slice | None:
    """The subject within ENDING_REACH words before an ending that takes no object: the
    subject itself ended ("the INF Treaty ended", "the League was dissolved in 1946"; not
    "the League expelled the Soviet Union", nor "no longer sets a target", an activity ended)."""
    if ending.group().lower() == "no longer":
        return None
    after = at + len(ending.group().split())
    takes_object = after < len(words) and (OBJECT_OPENING.match(words[after]) is not None or words[after][:1].isupper())
    return None if takes_object else slice(max(0, at - ENDING_REACH), at)


def opens_the_clause(words: list[str], at: int, ending: re.Match[str]) -> slice | None:
    """The subject among the first ENDING_REACH + 1 words of the clause, however far the
    ending is: a passive or reflexive ending is its subject's own ("The League of Nations
    failed to stop aggression in the 1930s and was dissolved in 1946"); none when it is
    denied ("has never been terminated")."""
    return None if at and words[at - 1].lower() in ("not", "never") else slice(0, ENDING_REACH + 1)


class Endings:
    """Finds, in the answering document, what ended, resumed, was suspended or persists of
    a claim's subject."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, roles: Roles, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.roles = roles
        self.claims = claims

    def says_it_ended(self, question: str, sentence: str, focus: set[str]) -> bool:
        """Whether the sentence says that a state the question claims holds now has ended
        ("is the UK in the EU?" / "..., the United Kingdom left the EU on 31 January 2020"),
        in a clause naming a word of the claim, and was not taken up again ("... and Morocco
        rejoined the African Union"). A question about the ending itself ("did the UK
        leave?") or about the past ("was", "did", "ever") is not denied by it, nor is a claim
        by an ending said of something else ("..., where host governments have answered by
        withdrawing diplomatic number plates" for "can't diplomats get parking tickets?").
        The ending may stand anywhere in the clause, not only near the subject as in
        `_ending_within`: the clause names the claim, whose words may be far from its verb."""
        if not claims_a_present_state(question) or ENDED.search(question) or RESUMED.search(sentence):
            return False
        # An ending in a relative clause about something the claim does not name ("protect
        # people who ... no longer take part in fighting" for "do the Geneva Conventions protect
        # prisoners of war?") befalls that, not the claim.
        sentence = RELATIVE_CLAUSE.sub(lambda clause: clause.group() if focus & set(self.retriever.query_tokens(clause["described"])) else clause["described"], sentence)
        membership = MEMBERSHIP_CLAIM.match(question) is not None
        return any(
            ENDED.search(ENDING_DENIED.sub(" ", clause)) and kindred(focus, self.retriever.query_tokens(clause))
            and not (membership and self._befell_another(clause, focus))
            for clause in PLAIN_CLAUSE_BREAK.split(sentence)
        )

    def _befell_another(self, clause: str, focus: set[str]) -> bool:
        """Whether the clause's endings are all said in the passive of a subject naming
        another party and no word of the claim ("Russia was expelled in March 2022 after its
        full-scale invasion of Ukraine" for "is Ukraine a member of the Council of Europe?").
        Read for a claim of membership put plainly (MEMBERSHIP_CLAIM): one put the other way
        round ("is Ukraine outside the Council of Europe?") the verdict does not read."""
        endings = list(ENDED.finditer(clause))
        for ending in endings:
            passive = PASSIVE_BEFORE.search(clause, 0, ending.start())
            if passive is None:
                return False
            before = self.retriever.query_tokens(clause[: passive.start()])
            if kindred(focus, before) or not any(map(self.retriever.written_as_name, before)):
                return False
        return bool(endings)

    def ended_elsewhere(self, question: str, passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a claim about now: a sentence of the answering document, with its passage,
        that says it has ended ("is Russia in the G8?" / "The G7 countries suspended
        Russia in March 2014 ..."), whatever the answer's sentences say of how it began; the
        clause must name the claim's subject, the question's first term that is more than a
        word any subject could take ("Japan" of "is Japan a member of the G7?", not "G7";
        "JCPOA" of "is the JCPOA still in force?"), and not a whole kind: what befell some
        of it ("expelled the Libyan diplomats") ends nothing of the kind ("do diplomats enjoy
        immunity?"). None when no sentence does."""
        if not claims_a_present_state(question):
            return None
        subject = self.claims.claim_subject(tokens)
        if not subject or self.claims.a_whole_kind(question, subject):
            return None
        if not any(t.startswith("=") or self.retriever.written_as_name(t) for t in subject):
            # Only a named thing ends or is left ("Russia", "the JCPOA"): "does diplomatic
            # immunity cover a diplomat's family?" is not ended by "withdrawing diplomatic
            # number plates".
            return None
        standing = self._where_it_stands(passages)
        endings = [
            (sentence, passage)
            for passage in standing
            for sentence, _ in self.reader.of(passage.chunk)
            if self.says_it_ended(question, sentence, subject) and self._ending_within(sentence, subject, ENDED, befell)
            and not self._stopped_another_deed(question, sentence) and not self._of_another_body(sentence, passage.chunk.doc_id, tokens, subject)
        ]
        if not endings or self._persisting(standing, subject, tokens) is not None:
            return None
        return max(endings, key=lambda ending: latest_year(ending[0]))

    def _of_another_body(self, sentence: str, doc_id: str, tokens: list[str], subject: set[str]) -> bool:
        """Whether an ending is of the subject's place in another body than the claim's: the
        sentence names a thing the question does not ("the United Kingdom left the EU") and
        leaves out a word of the name the claim gives ("Council" of "is the UK a member of
        the Council of Europe?"), one its document's title does not give either: in the
        League's own document "the League" is the claim's."""
        glossary = self.retriever.kb.glossary
        said = self.retriever.query_tokens(sentence)
        title = list(self.retriever.title_terms(doc_id))
        held_in = {t for t in tokens if not t.startswith("=") and t not in subject and self.retriever.written_as_name(t)}
        held_in -= kindred(held_in, title)
        others = {t for t in said if t.startswith("=") and t not in tokens and not glossary.is_a_word(t)}
        return bool(others) and kindred(held_in, said) != held_in

    def _stopped_another_deed(self, question: str, sentence: str) -> bool:
        """Whether the sentence's only endings are "no longer" before a deed the claim does
        not name ("the Kyoto Protocol no longer sets any country a target" for "is the Kyoto
        Protocol legally binding?"): it stopped doing that, it did not end; "no longer in
        force" or "no longer a member" still ends what it says."""
        endings = list(ENDED.finditer(sentence))
        if not endings or any(ending.group().lower() != "no longer" for ending in endings):
            return False
        asked = set(self.retriever.query_tokens(question))
        return all(
            not (set(self.retriever.query_tokens(after := STOPPED_DEED.match(sentence, ending.end()).group())) & asked) and not STATE_ENDED.match(after)
            for ending in endings
        )

    def latest_ending(self, question: str, passages: list[Passage], focus: set[str]) -> tuple[str, Passage] | None:
        """The sentence of the answering document, with its passage, that gives the latest
        year of those saying the claim ended, of a party the claim names or a person of its
        side ("On 20 January 2025 Trump ordered a second withdrawal"); None when none does."""
        names = {t for t in focus if t.startswith("=")} or focus
        endings = [
            (sentence, passage)
            for passage in self._whole_document(self._where_it_stands(passages))
            for sentence, _ in self.reader.of(passage.chunk)
            if not RESUMED.search(sentence)
            and any(ENDED.search(clause) and (self._ending_within(clause, names, ENDED, befell) or self._side_named(clause.split(), names)) for clause in PLAIN_CLAUSE_BREAK.split(sentence))
        ]
        return max(endings, key=lambda ending: latest_year(ending[0]), default=None)

    def taken_up_again(self, after: int, passages: list[Passage], subject: set[str], body: set[str]) -> tuple[str, Passage] | None:
        """The sentence of the answering document, with its passage, that tells its subject
        taking up again its place in the `body` it had left, in a year later than `after`,
        the latest ending told ("South Africa rejoined the Commonwealth on 1 June 1994" after
        "South Africa left the Commonwealth in 1961"); not one denying it ("have not
        resumed"). None when the document tells none."""
        if not subject or not body or not passages:
            return None
        return next(
            (
                (sentence, passage)
                for passage in self._whole_document(self._where_it_stands(passages))
                for sentence, words in self.reader.of(passage.chunk)
                if (resumed := RESUMED.search(sentence)) and not RESUMPTION_DENIED.search(sentence, 0, resumed.start())
                and kindred(subject, words) == subject and kindred(body, words) and latest_year(sentence) > after
            ),
            None,
        )

    def ended_since(self, question: str, sentence: str, passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a past deed by which a party took something up ("did the Soviet Union ever
        join the League of Nations?"), confirmed by a sentence that says only how it began
        ("Germany was admitted in 1926, and the Soviet Union in 1934"): the sentence of the
        answering document, with its passage, that tells the latest ending of that party's
        state, no earlier than the deed ("... and the Soviet Union was expelled in December
        1939 after attacking Finland"), which the "yes" alone would hide. None for another
        claim, when the sentence tells an ending itself, or when no later ending is told."""
        deed = TAKEN_UP.search(question)
        if deed is None or claims_a_present_state(question) or ENDED.search(question) or ENDED.search(sentence):
            return None
        # The party is who did the deed, named before it ("the Soviet Union"), not what it
        # was done to: "the Kyoto Protocol no longer sets any country a target" ends nothing
        # of the United States' signature.
        now = set(self.retriever.query_tokens(NOW_WORDS))
        subject = {t for t in self.retriever.query_tokens(question[: deed.start()]) if t not in self.retriever.incidental and t not in now}
        if not subject or self.claims.a_whole_kind(question, subject):
            return None
        began = latest_year(sentence)
        endings = [
            (said, passage)
            for passage in self._whole_document(self._where_it_stands(passages))
            for said, _ in self.reader.of(passage.chunk)
            if not RESUMED.search(said) and latest_year(said) >= began and self._ending_within(said, subject, ENDED, befell)
        ]
        return max(endings, key=lambda ending: latest_year(ending[0]), default=None)

    def last_suspension(self, passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """The latest sentence of the subject's document, with its passage, saying that a
        party suspended its part in the subject ("On 21 February 2023 Putin announced that
        Russia was suspending its participation in New START"): what happened to a state
        the knowledge can no longer date; None when none does."""
        subject = self.claims.claim_subject(tokens)
        suspensions = [
            (sentence, passage)
            for passage in self._whole_document(self._where_it_stands(passages)) if subject
            for sentence, words in self.reader.of(passage.chunk)
            if SUSPENDED_PART.search(sentence) and kindred(subject, list(words))
        ]
        return max(suspensions, key=lambda suspension: latest_year(suspension[0]), default=None)

    def latest_fate(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a question whether its subject still holds that no sentence of the answer
        decides ("is the ABM Treaty still in force?", answered "entered into force on 3 October
        1972"): the latest-dated sentence of the subject's document saying, near the subject's
        name, that it or a party to it ended or was taken up again ("the United States would withdraw from
        the ABM Treaty ..., and the withdrawal took effect on 13 June 2002"). Its word is "no"
        when the subject itself ended ("..., and the INF Treaty ended"), "" when the sentence
        only tells what befell it, which the answer opens with, as it does a sentence saying the
        claim still holds; None when no sentence does."""
        if not passages or not asks_of_now(question) or not claims_a_present_state(question):
            return None
        subject = self.claims.claim_subject(tokens)
        if not subject:
            return None
        document = self._whole_document(self._where_it_stands(passages))
        persisting = self._persisting(document, subject, tokens)
        if persisting is not None and PERSISTS_NOW.search(persisting[0]):
            # "As a treaty, the Kyoto Protocol has never been terminated and formally remains
            # in force": what ended since is something else ("no longer sets any country a target").
            return Verdict("", *persisting)
        fates = [
            (sentence, passage)
            for passage in document
            for sentence, _ in self.reader.of(passage.chunk)
            if latest_year(sentence) and (self._ending_within(sentence, subject, ENDED_ITSELF, befell_or_party) or (RESUMED.search(sentence) and kindred(subject, self.retriever.query_tokens(sentence))))
        ]
        if not fates:
            return None
        # Taken up again since ("Egypt was readmitted in 1989") is a fate too.
        sentence, passage = max(fates, key=lambda fate: latest_year(fate[0]))
        ended = not RESUMED.search(sentence) and self._ends_itself(sentence, subject)
        return Verdict("no" if ended else "", sentence, passage)

    def _whole_document(self, standing: list[Passage]) -> list[Passage]:
        """The passages the answer drew on and its overview, then the rest of their document:
        what happened to a subject last ("the withdrawal took effect on 13 June 2002") is
        often told in a section of its own that the question's words did not reach."""
        doc_id = standing[0].chunk.doc_id
        seen = {p.chunk.id for p in standing}
        rest = [self.retriever.chunks[at] for at in self.retriever.doc_chunks.get(doc_id, [])]
        return [*standing, *(Passage(chunk, 0.0) for chunk in rest if chunk.id not in seen)]

    def still_there(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a question asking only whether its subject still holds ("is the INF Treaty
        still a thing?"): "no" with the sentence of the subject's document, in any section,
        that says the subject itself ended ("..., and the INF Treaty ended"; not "Japan ...
        left the League", "the United Kingdom left the EU"); None when none does (the
        knowledge may simply not say it ended)."""
        subject = self.claims.claim_subject(tokens)
        if not claims_a_present_state(question):
            return None
        doc_id = passages[0].chunk.doc_id
        for chunk, sentence, _ in self.reader.of_document(doc_id):
            if not RESUMED.search(sentence) and self._ends_itself(sentence, subject):
                return Verdict("no", sentence, Passage(chunk, 0.0))
        return None

    def _persisting(self, passages: list[Passage], subject: set[str], tokens: list[str]) -> tuple[str, Passage] | None:
        """The first sentence of the passages, with its passage, saying the claim itself still
        holds of its subject ("... the Kyoto Protocol ... formally remains in force" for "is
        the Kyoto Protocol still in force?"): what ended is then something else ("no longer
        sets any country a target"). The sentence must name the subject and every other word
        of the claim. None when none does."""
        now = set(self.retriever.query_tokens(NOW_WORDS))
        claim = {t for t in tokens if t not in subject and t not in now and t not in self.retriever.incidental}
        return next(
            (
                (sentence, passage)
                for passage in passages
                for sentence, words in self.reader.of(passage.chunk)
                if claim and PERSISTS.search(sentence) and kindred(subject, words) and claim <= set(words)
            ),
            None,
        )

    def _where_it_stands(self, passages: list[Passage]) -> list[Passage]:
        """The passages of the answering document the answer drew on, and its overview, which
        says where its subject stands now ("As of 2025, the JCPOA has largely collapsed ...")."""
        doc_id = passages[0].chunk.doc_id
        overview = self.retriever.chunk_range(doc_id)[:1]
        looked = [*passages, *(Passage(self.retriever.chunks[at], 0.0) for at in overview if all(p.chunk.id != self.retriever.chunks[at].id for p in passages))]
        return [p for p in looked if p.chunk.doc_id == doc_id]

    def holds_as_of(self, passages: list[Passage], tokens: list[str], after_the_date: bool = False) -> tuple[str, Passage] | None:
        """For a claim that something still holds, which the answer confirms only with when it
        began ("entered into force on 5 February 2011"): a sentence of the document, with its
        passage, that says its subject stands as of a date ("New START ... is, as of 2025, the
        last remaining treaty ..."; with `after_the_date`, for a question naming nothing but
        its subject, also "As of 2025, ..., though the Palestinian Authority ... still
        exists"), and not that it has ended. None when none does."""
        subject = self.claims.claim_subject(tokens)
        for passage in self._where_it_stands(passages) if subject else []:
            for sentence, words in self.reader.of(passage.chunk):
                dated = AS_OF_DATE.search(sentence)
                if dated and self._stands(sentence, dated.start(), subject, after_the_date) and not self._ending_within(sentence, subject, ENDED, befell):
                    return sentence, passage
        return None

    def _stands(self, sentence: str, dated: int, subject: set[str], after_the_date: bool) -> bool:
        """Whether the sentence, dated at `dated`, says its subject lasts: the subject before
        the date and a word of lasting anywhere ("New START ... is, as of 2025, the last
        remaining treaty"), or, `after_the_date`, the subject after it with a word of lasting
        following it ("As of 2025, ..., though the Palestinian Authority ... still exists";
        only when nothing else is claimed, since "the Egypt-Israel Peace Treaty remains"
        says nothing of Egypt in the Arab League)."""
        if kindred(subject, self.retriever.query_tokens(sentence[:dated])):
            return PERSISTS.search(sentence) is not None
        return after_the_date and any(kindred(subject, self.retriever.query_tokens(sentence[dated : lasting.start()])) for lasting in PERSISTS.finditer(sentence, dated))

    def suspended(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim that a party left something ("did Russia pull out of New START?") or is
        still in it ("is Russia still in New START?"): when the document says the party only
        suspended its part ("Russia was suspending its participation in New START") and never
        that it left, it is still a party in form: "not_formally" to the leaving, "formally_yes"
        to the staying. None for another claim or when no such sentence is found."""
        glossary = self.retriever.kb.glossary
        endings = {c for c in tokens if c.startswith("=") and glossary.is_a_word(c) and any(ENDED.search(name) for name in glossary.names_of(c))}
        leaving = bool(ENDED.search(question)) or bool(endings)
        subject = self.claims.claim_subject(tokens)
        # The other things the question names ("New START"): the clause must name them too.
        named = {t for t in tokens if t.startswith("=") and not glossary.is_a_word(t)} - subject
        # Only being in it, or leaving it, is claimed: not "still sharing data under New START".
        claimed = self.claims.claim(passages, tokens) - subject - named - endings - set(self.retriever.query_tokens(MEMBERSHIP_WORDS))
        if not subject or not named or claimed or not (leaving or claims_a_present_state(question)):
            return None
        found: Verdict | None = None
        for passage in self._where_it_stands(passages):
            for sentence, _ in self.reader.of(passage.chunk):
                for clause in PLAIN_CLAUSE_BREAK.split(sentence):
                    words = self.retriever.query_tokens(clause)
                    if not kindred(subject, words) or not named <= set(words):
                        continue
                    suspension = SUSPENDED_PART.search(clause)
                    if suspension is None:
                        if ENDED.search(clause) and self._ending_within(clause, subject, ENDED, befell):
                            return None  # it did end, as another sentence says
                        continue
                    before = self.retriever.query_tokens(clause[: suspension.start()])
                    rest = clause[: suspension.start()] + clause[suspension.end() :]
                    if kindred(subject, before) and not ENDED.search(rest) and found is None:
                        found = Verdict("not_formally" if leaving else "formally_yes", sentence, passage)
        return found

    def _ends_itself(self, sentence: str, subject: set[str]) -> bool:
        """Whether the sentence says its subject itself ended: near an ending that takes no
        object ("the INF Treaty ended"), or opening a clause that ends it in the passive or
        of itself ("... and was dissolved in 1946", "voted ... to dissolve itself")."""
        return self._ending_within(sentence, subject, ENDED_ITSELF, ended_itself) or self._ending_within(sentence, subject, ENDED_BY_ITSELF, opens_the_clause)

    def _ending_within(self, sentence: str, subject: set[str], verbs: re.Pattern[str], window: Window) -> bool:
        """Whether a clause of the sentence has an ending (`verbs`, matched at each word and
        the next) with a word of the subject among the words `window` picks around it."""
        for clause in PLAIN_CLAUSE_BREAK.split(sentence):
            words = clause.split()
            for at in range(len(words)):
                ending = verbs.match(" ".join(words[at : at + 2]))
                around = window(words, at, ending) if ending else None
                if around is not None and kindred(subject, self.retriever.query_tokens(" ".join(words[around]))):
                    return True
        return False

    def _side_named(self, words: list[str], subject: set[str]) -> bool:
        """Whether the words name a person whom the knowledge gives the subject's side, by
        title ("Trump ordered a second withdrawal": "US President Donald Trump" elsewhere)."""
        side = frozenset(t for t in subject if t.startswith("="))
        return bool(side) and any(
            self.roles.sides_meet(title.side, side) for word in words if word[:1].isupper() for title in self.roles.titles_of(self.roles.surname(word))
        )
