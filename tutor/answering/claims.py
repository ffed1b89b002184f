"""What a yes/no question claims, and of whom: the claim's terms and subject, the clauses
of a sentence that name it, and whether a sentence says it of the question's subject or
of another ("US President John F. Kennedy and Soviet leader Nikita Khrushchev" does not
say that Khrushchev led the US).
"""

from __future__ import annotations

import re

from tutor.answering.claim_text import IRREGULAR, IRREGULAR_PAST
from tutor.answering.claim_time import BEING_THERE_WORDS, NOW_WORDS, STILL_WITHIN_WORDS
from tutor.answering.kindred import kindred
from tutor.answering.sentences import TEXT_PART, plainly_a_list, subject_before
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import CAPITAL, MONTHS, YEAR

# The parts of a sentence that may each say something of another subject ("The framework
# of the Accords succeeded: the two countries signed their peace treaty ...").
SUBJECT_PARTS = re.compile(r"[:;]")
# Where a phrase naming one party ends ("US President John F. Kennedy and Soviet leader ...").
OWN_PHRASE = re.compile(rf"[,:;]|\s+(?:and|or)\s+(?={CAPITAL})")
# A phrase that goes on with the one before it rather than naming a party of its own: a
# complement of its verb ("..., for Russian President Vladimir Putin in March 2023") or
# another name of what it names ("The Dayton Accords, formally the General Framework
# Agreement for Peace in Bosnia ..."), or one whose subject points back to it ("..., and it
# ended in a ceasefire"). Not "by", which names the doer.
CONTINUES_THE_PHRASE = re.compile(r"\s*(?:(?:and|or|but)\s+)?(?:for|to|with|against|from|in|into|on|at|over|under|between|among|formally|officially|also|known as|called|it|its)\b", re.IGNORECASE)
# A phrase describing the person named just before it, a noun and a clause of who they were
# ("Dag Hammarskjöld, the Swedish diplomat who served as UN Secretary-General ...").
APPOSITIVE = re.compile(r"\s*(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:who|whom|whose)\b", re.IGNORECASE)
# A phrase opening with a verb of the subject's, after a phrase describing it ("..., served under
# diplomatic cover as ...", "..., and fled to Moscow"): a lower-case word that is no determiner,
# conjunction or preposition.
PREDICATE_OPENING = re.compile(r"\s*(?:(?:and|but)\s+)?(?!(?:the|a|an|and|or|but|which|who|whom|whose|that|while|when|where|in|on|at|of|for|to|with|by|from|as|after|before|its|his|her|their)\b)(?-i:[a-z])[a-z]+\b", re.IGNORECASE)
# A clause opening with its verb, its subject left to the clause before ("... but announced
# its withdrawal", "... but never ratified it").
SUBJECT_ELIDED = re.compile(r"\s*(?:[a-z]+ed|never|also|later|then|was|were|did|had|has)\b")
# "it" or "them" after the verb of a clause, pointing back to what the clause before named.
POINTS_BACK_WITHIN = re.compile(r"\b[a-z]+ed (?:it|them)\b")  # "have recognised it", "never ratified it"
POINTS_BACK = re.compile(r"\s*(?:it|its|they|their|them|neither|both|each|either|this|these|those|that|which|he|his|she|her|all|none)\b", re.IGNORECASE)
# A clause opening with the parties it counts, named before it ("...: the two countries
# signed their peace treaty ...").
COUNTS_BACK = re.compile(r"\s*the (?:two|three|four|five|six|seven) [a-z]+s\b", re.IGNORECASE)
# A clause naming a condition ("when the conditions it sets are met, often once ... states have
# ratified it"), to its clause's end.
AS_A_CONDITION = re.compile(r"\b(?:when|once|if|unless|until)\b[^.;:]*", re.IGNORECASE)
# The word joining two parties a claim names together ("did Reagan and Gorbachev meet?",
# "trump n kim", "Sadat & Begin").
JOINING = {"and", "n", "&"}


# Deeds that say another as a learner asks it: a state that joined, acceded to or ratified
# a treaty has signed up to it ("France and China joined the NPT only in 1992" for "did
# China sign the NPT?"), and one that acceded, ratified or was admitted has joined: only
# when the sentence does not deny the deed ("but never ratified it" says nothing of
# signing). A party (a member, a part of it) is one that ratified, acceded or joined, and
# one that did not is none ("signed the convention but has not ratified it" for "is the US
# a party to the VCLT?", "India ... never joined the treaty" for "is India a member?"):
# said denied, the deed denies it. A state or body dissolved, broken up or gone has ended ("The
# Soviet Union itself was dissolved in December 1991" for "did the USSR end in 1991?").
IMPLIED_DEEDS = (
    (re.compile(r"\b(?:joined|acceded|ratified|became (?:a )?part(?:y|ies))\b", re.IGNORECASE), "signed", False),
    (re.compile(r"\b(?:acceded|ratified|(?:was|were) admitted)\b", re.IGNORECASE), "joined", False),
    (re.compile(r"\b(?:joined|acceded|ratified)\b", re.IGNORECASE), "party member part", True),
    (re.compile(r"\b(?:(?:was|were|been)\s+(?:formally\s+)?(?:dissolved|abolished|disbanded|wound up)|broke up|collapsed|ceased to exist)\b", re.IGNORECASE), "ended", False),
    # A prize shared, awarded or received was won ("Sadat and Begin shared the Nobel Peace Prize").
    (re.compile(r"\b(?:shared|awarded|received)\b[^.;:]{0,40}\b(?:prize|award)", re.IGNORECASE), "win", False),
    # Who chaired, mediated or took part in something was involved in it ("talks chaired by
    # George Mitchell" for "was George Mitchell involved in the talks?").
    (re.compile(r"\b(?:chaired|mediated|brokered|negotiated|attended|took part|hosted)\b", re.IGNORECASE), "involved", False),
)
DEED_DENIED = re.compile(r"(?:\b(?:not|never|refused to|failed to)|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)


# A claim of what its subject is ("are ambassadors spies?", "was Czechoslovakia a
# signatory?"): "be" and no participle of a deed ("based", "signed", "broken").
KIND_CLAIM = re.compile(r"^\W*(?:is|are|was|were)\b(?!.*\b[a-z]{3,}(?:ed|en)\b)", re.IGNORECASE)


# Words before a plural that pick some of its kind out ("the diplomats", "these states").
PICKING_OUT = frozenset("the a an this that these those its their his her our my your some".split())


# Where a sentence's clauses part at its punctuation ("..., where host governments have
# answered by withdrawing ..."), and also at "but" and the like for CLAUSE_BREAK below.
PLAIN_CLAUSE_BREAK = re.compile(r"[,:;]")
# Where a sentence's clauses part ("...: the member states keep their own embassies, but
# they ..."): a claim is confirmed only by words said together in one of them.
CLAUSE_BREAK = re.compile(r"[:;]|,?\s+(?:but|whereas|while|although|though)\s+", re.IGNORECASE)
# The same, and where ", and" joins another clause, or "and that" another thing said ("told
# her that sovereignty ... was not open to negotiation and that China would take Hong Kong
# back by 1997"): a verdict is read from the clauses naming the claim, so a denial in the
# other clause does not count. So does "and" before a verb it denies: "A diplomatic courier is
# protected and cannot be arrested" denies the arrest, not the protection.
CLAIM_CLAUSE_BREAK = re.compile(
    rf"{CLAUSE_BREAK.pattern}|,\s+and\s+|,\s+where\s+|\s+and that\s+|\s+and\s+(?=(?:cannot|can't|can not|may not|must not|need not)\b)",
    re.IGNORECASE,
)
# A break setting one clause against another (not "while", often of time: "while it belonged
# to the EU").
CONTRAST_BREAK = re.compile(r"\b(?:but|whereas|although|though)\b", re.IGNORECASE)
# The verb of a sentence saying what its subject is, and whether it denies it ("... was
# never a red telephone").
COPULA = re.compile(r"\s(?:is|are|was|were)\s+(?P<denied>(?:\w+ly\s+)?(?:not|never|no longer)\s+)?", re.IGNORECASE)
# Where a clause with a subject of its own begins ("..., so the targets themselves are ...").
CLAUSE_OPENING = re.compile(r",\s+(?:so|because|since|while|whereas|although|though|and|but)\s+", re.IGNORECASE)


def siblings(concept: str, other: str) -> bool:
    """Whether two glossary concepts are kinds of one thing told apart by one word of
    their names ("=track-one-diplomacy" and "=track-two-diplomacy", "=start-i" and "=start-ii")."""
    parts, others = concept.split("-"), other.split("-")
    return len(parts) == len(others) > 1 and sum(a != b for a, b in zip(parts, others)) == 1


class ClaimReader:
    """Reads a yes/no question's claim, and a sentence against it, with the knowledge
    base's tokens and glossary."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def claim(self, passages: list[Passage], tokens: list[str]) -> set[str]:
        """The terms of what a yes/no question claims of its subject ("be expelled");
        naming only the subject ("Is NATO?") claims nothing. A year it gives is checked
        against the sentence (see `yes_or_no`), not looked for."""
        focus = {t for t in self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens) if not YEAR.fullmatch(t)} if passages else set()
        # A word of a glossary name ("pulled out" of =withdrawal) is said by any of its
        # names ("withdraw"): the concept stands for it.
        now = set(self.retriever.query_tokens(NOW_WORDS))
        within = set(self.retriever.query_tokens(STILL_WITHIN_WORDS)) if now & set(tokens) else set()
        return (self.by_concept(focus) - now - within - self._subject_named(passages, tokens, focus) - self._whole_of_subject(passages, tokens, focus)) | self.one_of_its_subjects(passages, tokens)

    def one_of_its_subjects(self, passages: list[Passage], tokens: list[str]) -> set[str]:
        """Of a title joining several subjects ("Geneva Conference on Korea and Indochina"),
        the name the question gives alone of one of them ("Korea" of "was Korea divided at
        the 17th parallel?"): it tells which subject the claim is of, so a sentence must
        say it ("divided Vietnam at the 17th parallel" says nothing of Korea). A question
        naming more of that subject's title ("the Geneva Conference") names the document."""
        parts = self.retriever.title_parts(passages[0].chunk.doc_id) if passages else []
        named = [part & set(tokens) for part in parts]
        return {
            term
            for part, said in zip(parts, named) if len(said) == 1
            for term in said if not self.retriever.is_everyday(term) and not any(term in other for other in parts if other is not part)
        }

    def _subject_named(self, passages: list[Passage], tokens: list[str], focus: set[str]) -> set[str]:
        """The words of the name the question gives the answering document's subject, a
        concept of its title left out of the focus ("agreement" of "the Dayton Agreement",
        for "Dayton Accords"): they name the subject, as the title does, and claim nothing."""
        if not passages:
            return set()
        title = self.retriever.title_terms(passages[0].chunk.doc_id)
        asked = set(tokens)
        return {word for words in self.retriever.concept_names_given(asked & title - focus, asked) for word in words}

    def _whole_of_subject(self, passages: list[Passage], tokens: list[str], focus: set[str]) -> set[str]:
        """The glossary concepts of the focus that the answering document's title names as
        the whole its subject belongs to ("the UN" of "does Russia have a veto at the UN?",
        answered by "United Nations Security Council"): they say where the claim holds, as
        the title does, and its sentences need not repeat them. Kept when the question
        names the title's subject itself ("can the Security Council impose sanctions that
        all UN members must follow?"), where the whole is another part of the claim."""
        if not passages:
            return set()
        title = self.retriever.title_terms(passages[0].chunk.doc_id)
        if any(t.startswith("=") for t in title & set(tokens)):
            return set()
        glossary = self.retriever.kb.glossary
        return {
            concept
            for concept in focus if concept.startswith("=") and concept not in title
            if any((words := set(self.retriever.query_tokens(name)) - {concept}) and words <= title for name in glossary.names_of(concept))
        }

    def words_of(self, text: str) -> list[str]:
        """A text's terms, with those its deeds imply (see IMPLIED_DEEDS)."""
        return self.retriever.query_tokens(text) + self.implied(text)

    def implied(self, text: str) -> list[str]:
        """The terms of the deeds a text's deeds imply (see IMPLIED_DEEDS), and the verb of
        each irregular past form it says ("led directly to" for "did Camp David lead to ...?"),
        denied or not: the verb is said either way, and the verdict reads the denial (the list
        `tutor.answering.claim_check` reads a deed's forms by). Not a deed named as a
        condition ("becomes binding when ... states have ratified it"): it was not done."""
        implied: list[str] = []
        text = AS_A_CONDITION.sub(" ", text)
        for deed, says, even_denied in IMPLIED_DEEDS:
            if any(even_denied or not DEED_DENIED.search(text[: match.start()]) for match in deed.finditer(text)):
                implied += self.retriever.query_tokens(says)
        said = {form.lower() for form in IRREGULAR.findall(text)}
        for form, verb in IRREGULAR_PAST.items():
            if form in said:
                implied += self.retriever.query_tokens(verb)
        return implied

    def siblings(self, concept: str, other: str) -> bool:
        """Whether two glossary concepts are kinds of one thing told apart by one word, in
        their ids (see `siblings`) or in their full names ("Vienna Convention on Diplomatic
        Relations" and "Vienna Convention on Consular Relations")."""
        if siblings(concept, other):
            return True
        names_of = self.retriever.kb.glossary.names_of
        return any(
            len(words) == len(others) > 2 and sum(a != b for a, b in zip(words, others)) == 1
            for name in names_of(concept) for other_name in names_of(other)
            for words, others in [(name.lower().split(), other_name.lower().split())]
        )

    def of_another(self, question: str, sentence: str, words: list[str], tokens: list[str], focus: set[str], telling: frozenset[str]) -> bool:
        """Whether a sentence says the claim of something other than what the question
        names (its glossary concepts, which `claim` leaves out when they are the document's
        subject): one naming it only in a part without the claim's telling word ("The ...
        framework of the Camp David Accords succeeded: the two countries signed their peace
        treaty ... 1979" for "were the Camp David Accords signed in 1979?"; "...; START II,
        signed in 1993 but never in force; and New START, ..." for "is New START in force?"),
        or, not naming it, naming another thing by a word of its name ("START II" for "New
        START"), or saying a word of the claim only in another thing's name."""
        asked = {t for t in tokens if t.startswith("=")}
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        named = asked & set(words)
        parts = SUBJECT_PARTS.split(sentence)
        # A part that opens by pointing back ("...: neither has a ... secretariat") is of
        # what the sentence named before it, and one giving another name the question gives
        # ("...: Canada, France, Germany, Italy, Japan, ..." for "is Japan in the G7?") is of it.
        own_parts = [set(self.retriever.query_tokens(part)) for part in parts if not POINTS_BACK.match(part)]
        telling_parts = [part for part in own_parts if kindred(telling, list(part))]
        names = {t for t in tokens if not self.retriever.is_everyday(t)} - named - glossary.name_stems(named, stem)
        if len(parts) > 1 and named and telling_parts and not any((named | names) & part for part in telling_parts):
            return True
        # A sibling of a kind asked for ("track two" for "track one") denies instead (see `yes_or_no`).
        # The shared word must be one the question says ("START" of "New START", not the
        # "United" of "United States" for "Security Council"), a word of a name even when
        # any subject could take it ("start"), and a thing named within the asked thing's
        # name is part of it ("the permanent members of the Security Council").
        others = {t for t in words if t.startswith("=")} - asked
        if any(
            glossary.name_stems({concept}, stem) & glossary.name_stems({other}, stem) & set(tokens) - (self.retriever.incidental if glossary.is_a_word(concept) else set())
            and not self._named_within(concept, other)
            for concept in asked - named for other in others if not siblings(concept, other)
        ):
            return True
        return self._in_another_name(question, sentence, words, others, focus) or self._of_another_person(sentence, tokens, focus, telling, self._joined_to_the_subject(question))

    def said_of_another_subject(self, sentence: str, words: list[str], focus: set[str], tokens: list[str]) -> bool:
        """Whether a sentence naming another thing the question does not (a glossary
        concept) says the claim of a subject the question does not name: "Each party writes
        its own nationally determined contribution (NDC), so the targets themselves are not
        legally binding" says nothing of whether the Paris Agreement is. A subject pointing
        back ("it", "they") may be the question's."""
        if not {t for t in words if t.startswith("=")} - set(tokens):
            return False
        clause = self.claim_clauses(sentence, focus)
        found = subject_before(clause, COPULA)
        if found is None:
            return False
        head = CLAUSE_OPENING.split(found[0])[-1]
        said = self.retriever.query_tokens(head)
        # Nor does the rest of its clause give a name the question gives ("New START was
        # signed ... by ... Russian President Dmitry Medvedev").
        names = {t for t in tokens if self._a_name(t)}
        return bool(said) and not POINTS_BACK.match(head) and not kindred(set(tokens), said) and not kindred(names, self.retriever.query_tokens(CLAUSE_OPENING.split(clause)[-1]))

    def _named_within(self, concept: str, other: str) -> bool:
        """Whether a name of another glossary concept holds a whole name of the concept
        ("permanent members of the Security Council" holds "Security Council")."""
        glossary = self.retriever.kb.glossary
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other_name, re.IGNORECASE) for name in glossary.names_of(concept) for other_name in glossary.names_of(other))

    def _joined_to_the_subject(self, question: str) -> set[str]:
        """The terms of a party the question joins to its first name by "and" before the
        claim's verb ("Gorbachev" of "did Reagan and Gorbachev first meet in Geneva?", "Kim
        Jong Un" of "did trump n kim jong un meet?"): the claim is of both, whichever phrase
        of a sentence names each. A word is a name here where the knowledge writes it as one."""
        words = re.findall(r"[\w'&-]+", question)
        names = [any(self._a_name(t) or self.retriever.written_as_name(t) for t in self.retriever.query_tokens(word)) for word in words]
        at = next((i for i, name in enumerate(names) if name), None)
        if at is None:
            return set()
        while at < len(words) and names[at]:  # past the rest of the first name
            at += 1
        if at >= len(words) or words[at].lower() not in JOINING:
            return set()
        joined: set[str] = set()
        for word, name in zip(words[at + 1 :], names[at + 1 :]):
            if not name:
                break
            joined |= set(self.retriever.query_tokens(word))
        return joined

    def _of_another_person(self, sentence: str, tokens: list[str], focus: set[str], telling: frozenset[str], joined: set[str] = frozenset()) -> bool:
        """Whether the claim's subject, the question's first name, comes in the sentence in
        a phrase of its own (between commas, or an "and" before a capital) with some of the
        claim, while another of the claim's names is said only in another such phrase: "US
        President John F. Kennedy and Soviet leader Nikita Khrushchev" does not say that
        Khrushchev led the US; or while the claim's telling word is said only in another
        phrase, of another party (see below). A party the question joins to the subject
        (`joined`) is the subject too: "the first meeting between US President Ronald Reagan
        and Mikhail Gorbachev" says "did Reagan and Gorbachev first meet?" of both."""
        # The first word of the question that names something, itself or in a glossary name ("united").
        stem = self.retriever.tokenizer.stem
        named = self.retriever.kb.glossary.name_stems({t for t in tokens if t.startswith("=") and self._a_name(t)}, stem)
        subject = next((t for t in tokens if not t.startswith("=") and (not self.retriever.is_everyday(t) or t in named)), None)
        if subject is None:
            return False
        subjects = self._as_named(subject, tokens)
        subjects |= set(tokens) & self.retriever.as_said(subjects)  # "state" of "United States"
        subjects |= {t for term in joined for t in self._as_named(term, tokens)}
        texts = OWN_PHRASE.split(sentence)
        ordered = [self.retriever.query_tokens(phrase) for phrase in texts]
        phrases = [set(phrase) for phrase in ordered]
        own = [phrase for phrase in phrases if subjects & phrase]
        names = {t for t in focus - subjects if t.startswith("=") or not self.retriever.is_everyday(t)}
        if len(own) != 1:
            return False
        at_own = phrases.index(own[0])
        # A phrase describing the name the subject's phrase ends with is of the subject: "Dag
        # Hammarskjöld, the Swedish diplomat who served as UN Secretary-General until his death
        # in a plane crash" says the crash of him, not of another party the UN is.
        last = next((t for t in reversed(ordered[at_own]) if not t.startswith("=")), None)  # glossary concepts come after the words
        # And the phrase after it that opens with a verb is the subject's own predicate ("Kim
        # Philby, a British intelligence officer who ..., served ... at the British embassy in
        # Washington").
        described = {at_own + 1} if at_own + 1 < len(texts) and last in tokens and self._a_name(last) and APPOSITIVE.match(texts[at_own + 1]) else set()
        while described and max(described) + 1 < len(texts) and PREDICATE_OPENING.match(texts[max(described) + 1]):
            described.add(max(described) + 1)  # "..., and fled to Moscow in 1963"
        own_words = own[0].union(*(phrases[at] for at in described))
        parties = [phrase for at, (phrase, text) in enumerate(zip(phrases, texts)) if at not in described and not CONTINUES_THE_PHRASE.match(text)]
        if own_words & focus - subjects and any(name not in own_words and any(name in phrase for phrase in parties) for name in names):
            return True
        # Nor is the claim's telling word said of the subject when it is said in another
        # phrase, after another party named there ("Kissinger's step-by-step agreements
        # separated the armies, created buffer zones watched by UN forces" for "does the UN
        # have an army?"; not ", signed on 28 June 1919 in the Hall of Mirrors").
        # A party joined to the subject by "and" shares its verb ("US President Richard Nixon and
        # Soviet leader Leonid Brezhnev signed the SALT I agreements" for "did Nixon sign SALT I?").
        joins = [match.group().strip() in ("and", "or") for match in OWN_PHRASE.finditer(sentence)]
        joined = {at_own + 1} if at_own < len(joins) and joins[at_own] else set()
        return not kindred(telling, list(own_words)) and any(
            self._said_by_another(text, telling, set(tokens), first=at == 0)
            for at, (text, phrase) in enumerate(zip(texts, ordered)) if set(phrase) != own[0] and at not in joined and at not in described and not CONTINUES_THE_PHRASE.match(text)
        )

    def _said_by_another(self, phrase: str, telling: frozenset[str], asked: set[str], first: bool = False) -> bool:
        """Whether a phrase names a party the question does not before its telling word
        (or a word of its glossary names: "permanent" of "=p5"): a name, or a word written
        capitalised within the sentence whose name's stems are everyday words ("John Foster
        Dulles attended only briefly" for "did China attend?"). `first`: the phrase opens
        the sentence, whose first word is capitalised whatever it is."""
        telling_words = self.retriever.as_said(telling)
        words = [(word, self.retriever.query_tokens(word)) for word in re.findall(r"[\w'\u2019-]+", phrase)]
        at = next((i for i, (_, terms) in enumerate(words) if any(t in telling_words or kindred(telling, [t]) for t in terms)), None)
        if at is None:
            return False
        # A capitalised word is the deed's doer only in the clause of the deed: not
        # "Washington" of "... in London, Moscow and Washington and entered into force".
        clause = max((i + 1 for i, (word, _) in enumerate(words[:at]) if word.lower() in ("and", "or")), default=0)
        # Nor is a part of a text with its number a party ("Article IV freezes territorial claims").
        parts = {j for i in range(at) if TEXT_PART.fullmatch(" ".join(word for word, _ in words[i : i + 2])) for j in (i, i + 1)}
        return any(self._a_name(t) for i, (_, terms) in enumerate(words[:at]) if i not in parts for t in terms if t not in asked) or any(
            word[:1].isupper() and (i > 0 or not first) and terms and not set(terms) & asked and word not in MONTHS
            for i, (word, terms) in enumerate(words[:at]) if i >= clause and i not in parts
        )

    def _a_name(self, term: str) -> bool:
        """Whether a term names something ("Kissinger", "=un"), rather than being an
        everyday word or a glossary concept that is one ("=founding")."""
        return not self.retriever.is_everyday(term) and not (term.startswith("=") and self.retriever.kb.glossary.is_a_word(term))

    def _as_named(self, term: str, tokens: list[str]) -> set[str]:
        """A term of the question and the glossary concepts of the question it is a word of
        ("UK" and "=united-kingdom", "G20" and "=g20")."""
        stem = self.retriever.tokenizer.stem
        return {term} | {t for t in tokens if t.startswith("=") and term in self.retriever.kb.glossary.name_stems({t}, stem)}

    def _in_another_name(self, question: str, sentence: str, words: list[str], others: set[str], focus: set[str]) -> bool:
        """Whether a word of the claim is said only in the name of another thing the
        sentence names (`others`), where it qualifies a last word the question does not say
        ("the Palestinian Authority created under the Oslo Accords" for "did the Oslo Accords
        create a Palestinian state?"; not "the Iran nuclear deal" for "the nuclear deal")."""
        glossary = self.retriever.kb.glossary
        tokens_of = self.retriever.query_tokens
        names = [name for other in others for name in glossary.names_of(other) if re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", sentence, re.IGNORECASE)]
        outside = tokens_of(re.sub("|".join(rf"(?<!\w){re.escape(name)}s?(?!\w)" for name in names), " ", sentence, flags=re.IGNORECASE)) if names else words
        asked_words, claimed = tokens_of(question), {t for t in focus if not t.startswith("=")}
        lost = kindred(claimed, words) - kindred(claimed, outside)
        for name in names:
            plain = [t for t in tokens_of(name) if not t.startswith("=")]
            # Not a number naming one of its kind ("Resolution 598"): the word before it is the
            # thing itself.
            if lost and len(plain) > 1 and not plain[-1].isdigit() and not kindred({plain[-1]}, asked_words) and kindred(lost, plain[:-1]):
                return True
        return False

    def by_concept(self, terms: set[str]) -> set[str]:
        """Terms with the words of a glossary name they give left to its concept ("UN organ"
        is "=un" and "organ", as "organ of the United Nations" is)."""
        concepts = {t for t in terms if t.startswith("=")}
        return terms - (self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) - concepts) if concepts else terms

    def names_only_its_subject(self, tokens: list[str]) -> bool:
        """Whether a question names nothing but its subject ("is the INF Treaty still a
        thing?", "is the hotline still around?"): it claims only that the subject still
        holds, which no sentence merely naming the subject decides."""
        subject = self.claim_subject(tokens)
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        # The rest of a title it is a word of ("nations" of "League of Nations") names it too.
        titled = [self.retriever.title_terms(d) for d in self.retriever.mentioned_documents(tokens) if subject & self.retriever.title_terms(d)]
        rest = set(tokens) - subject - glossary.name_stems(subject, stem) - set().union(*titled) - self.retriever.incidental
        rest -= set(self.retriever.query_tokens(f"{NOW_WORDS} {BEING_THERE_WORDS} {STILL_WITHIN_WORDS}"))
        return bool(subject) and not rest

    def a_whole_kind(self, question: str, subject: set[str]) -> bool:
        """Whether the question names its subject as a whole kind: a plural with no word
        before it picking some out, or any one of the kind ("do diplomats enjoy immunity?",
        "does a treaty need ...?"; not "are the Libyan diplomats ...", "is Russia ...")."""
        words = re.findall(r"[\w'-]+", question.lower())
        # Or any one of the kind as the claim's subject ("does a treaty need ...?"; not "does
        # the US have an embassy ...?").
        if len(words) > 2 and words[1] in ("a", "an") and kindred(subject, self.retriever.query_tokens(words[2])):
            return True
        for before, word in zip(["", *words], words):
            if kindred(subject, self.retriever.query_tokens(word)):
                return word.endswith("s") and not word.endswith("'s") and before not in PICKING_OUT
        return False

    def claim_subject(self, tokens: list[str]) -> set[str]:
        """The claim's subject: the question's first term that is more than a word any
        subject could take, with the glossary concepts it is a word of; empty when none."""
        now = set(self.retriever.query_tokens(NOW_WORDS))
        first = next((t for t in tokens if not t.startswith("=") and t not in self.retriever.incidental and t not in now), None)
        return self._as_named(first, tokens) if first is not None else set()

    def claim_clauses(self, sentence: str, claim: set[str]) -> str:
        """The clauses of a sentence that name something of the claim, which say yes or no
        to it: "The United States signed the Kyoto Protocol in November 1998" confirms "did
        the US sign it?" whatever its "but never ratified it" denies of another claim, and
        "..., and Canada had already withdrawn" answers "did Canada leave?" whatever the
        parties that "chose not to take targets" before it."""
        clauses = CLAIM_CLAUSE_BREAK.split(sentence)
        if len(clauses) == 1:
            return sentence
        naming = [clause for clause in clauses if kindred(claim, self.words_of(clause))]
        # A clause saying all the sentence says of the claim decides alone: "...: a single
        # vote from a permanent member is a veto that blocks the resolution" answers "can one
        # permanent member block a resolution?" whatever "no vote against" the clause before
        # it says of the votes needed.
        said = kindred(claim, self.words_of(sentence))
        whole = [clause for clause in naming if kindred(claim, self.words_of(clause)) == said]
        if not naming:
            return sentence
        # Clauses a colon or semicolon parted stay parted ("bound only Spain and Portugal:
        # France ... never accepted it" does not say "Spain and Portugal France"); others run on.
        breaks = [found.group() for found in CLAIM_CLAUSE_BREAK.finditer(sentence)]
        kept = [at for at, clause in enumerate(clauses) if clause in (whole or naming)]
        joined = clauses[kept[0]].strip()
        for before, at in zip(kept, kept[1:]):
            # Next to each other, clauses set against each other stay so ("..., whereas the
            # Dayton Accords were never put to a popular vote"): see `_denied_of_another`.
            if at == before + 1 and CONTRAST_BREAK.search(breaks[before]):
                joined += breaks[before] + clauses[at].strip()
                continue
            joined += ("; " if any(re.search(r"[:;]", brk) for brk in breaks[before:at]) else ", " if any("," in brk for brk in breaks[before:at]) else " ") + clauses[at].strip()
        return joined

    def together(self, sentence: str, focus: set[str], of_a_kind: bool = False) -> bool:
        """Whether the focus terms a sentence says come together in one of its clauses:
        "the member states keep their own foreign ministries and embassies", after a colon
        in a sentence about EU foreign policy, does not say the EU has embassies. A list's
        items share one claim; not, for a claim of what its subject is (`of_a_kind`, see
        KIND_CLAIM), each other's things: "summoning the other state's ambassador ...;
        expelling diplomats ..., often for spying" does not say that ambassadors are spies."""
        clauses = CLAUSE_BREAK.split(sentence)
        said = kindred(focus, self.words_of(sentence))
        if plainly_a_list(sentence) and of_a_kind:
            head, _, items = sentence.partition(":")
            parts = items.split(";") if ";" in items else [items]
            return any(kindred(focus, self.words_of(f"{head} {item}")) >= said for item in parts)
        if len(clauses) == 1 or plainly_a_list(sentence):
            return True
        return any(kindred(focus, self.words_of(clause)) >= said for clause in self._with_their_subjects(sentence))

    @staticmethod
    def _with_their_subjects(sentence: str) -> list[str]:
        """The sentence's clauses (see CLAUSE_BREAK), a clause after "but" or the like that
        has no subject of its own ("North Korea joined the NPT in 1985 but announced its
        withdrawal in 2003"), or that points back to the clause before it ("Kosovo declared
        independence ...; about 100 UN member states have recognised it"; "The Egypt-Israel
        framework ... succeeded: the two countries signed their peace treaty ..."), given that clause."""
        clauses: list[str] = []
        start = 0
        for brk in [*CLAUSE_BREAK.finditer(sentence), None]:
            clause = sentence[start : brk.start() if brk else len(sentence)]
            if clauses and (SUBJECT_ELIDED.match(clause) and sentence[start - 1] not in ":;" or POINTS_BACK_WITHIN.search(clause) or COUNTS_BACK.match(clause)):
                clause = f"{clauses[-1]} {clause}"
            clauses.append(clause)
            start = brk.end() if brk else start
        return clauses
