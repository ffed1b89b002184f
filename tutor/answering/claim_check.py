"""A plain check of a yes/no claim against single sentences, for claims the sentence
readers of `verdicts` leave undecided or decide the wrong way round.

A claim ("was the UN founded in 1945?", "did the WTO replace the GATT?") is read as its
words after the auxiliary, with its years and, for a deed ("did A VERB B?"), who is
claimed to do it (A) and who or what is named after the verb (B). One sentence decides it:
- "yes" when it says every word of the claim (the document's title may give the subject's
  words), every year it gives, denies and hedges nothing, and does not tell the deed as
  done by B rather than A;
- "no" when it tells the deed as done by B and not A (the roles reversed: "... replaced by
  the United Nations" for "did the League of Nations replace the UN?"), or says every word
  of the claim but one party, place, thing or year, given another in the same slot
  ("between Spain and Portugal" for "between Spain and England?", "the Treaty of Peace with
  Japan" for "a peace treaty with Germany?", "ended the Russo-Japanese War" for "end the
  Crimean War?", "founded ... in 1967" for "founded in 1977?") while no sentence of the
  document says the claimed one with the deed;
- "yes" to a claim of what the subject is about ("were the Six-Party Talks about North
  Korea?") from the sentence saying what it is, led by its name, that says the topic;
- nothing otherwise: no verdict is better than a wrong one.
A verdict the sentence readers of `verdicts` give stands only when its sentence speaks to
the claim (see `ClaimCheck._of_the_claim`): not one naming a dated claim's subject only in
passing, as an item of another's list, nor, for a claim of what the subject is about, one
that does not say the topic in its own clause.
A claimed refusal ("did the Senate reject it?") is affirmed by a sentence telling the
party refusing ("refused to ratify"), whose denial is the deed claimed.
"""

from __future__ import annotations

import re

from tutor.answering.categories import judges_outcome
from tutor.answering.claim_text import IRREGULAR, IRREGULAR_PAST, TRUE_OR_NOT
from tutor.answering.claims import ClaimReader
from tutor.answering.kindred import kindred
from tutor.answering.sentence_verdict import A_DATE, GAPPED_CLAUSE, MAY_HOLD, NEGATION, ON_CONDITION, RESTRICTIVE, USUALLY, Verdict, yes_or_no
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import STOP_WORDS, YEAR

# The claim after its auxiliary, past what a learner puts before it ("is it true (that)",
# "so").
CLAIM = re.compile(
    rf"^\W*(?:(?:so|and|but|ok|okay|wait)\W+)?(?:(?:{TRUE_OR_NOT})\W+(?:that\s+)?)?"
    r"(?P<aux>did|does|do|was|were|is|are|has|have|had)\s+(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)
# Verbs that say little of a deed but through their object ("put an oil embargo on", "make
# peace"), in their forms: a sentence saying the object tells the deed (see `_tells_the_deed`).
LIGHT_VERBS = frozenset("put puts make makes made take takes took give gives gave get gets got".split())
# A claim that "is it true the US Senate rejected ...": no auxiliary after the opener.
CLAIM_STATED = re.compile(rf"^\W*(?:{TRUE_OR_NOT})\W+(?:that\s+)?(?P<rest>.+?)\W*$", re.IGNORECASE)
# Words of a question that claim nothing.
EMPTY_TOKENS = frozenset(("true", "right", "correct"))
# The auxiliaries of claims of a deed or event in the past, which one sentence telling it
# confirms ("was the UN founded in 1945?", "did Norway host the talks?"), and "" for a claim
# stated after "is it true"; not of a standing state ("does the UN have its own army?"),
# which words said together need not confirm. A claim with "was" confirms only a deed ("was
# it founded ...?") or a pair ("between Spain and Portugal?"), not a kind ("a success?").
CONFIRMABLE = frozenset(("was", "were", "did", ""))
# A claimed party, place or partner in a slot another can fill: "between A and B",
# "with B", "in B" (a place after a deed).
# Not a range of numbers ("ranges between 500 and 5500 km").
BETWEEN = re.compile(r"\bbetween (?:the )?(?P<one>(?!\d)[\w' -]+?) and (?:the )?(?P<other>[\w' -]+?)(?=\W*$|\s+(?:in|on|at|to|for|over|about|after|before|during|when|since|until|following|under|by)\b)", re.IGNORECASE)
WITH = re.compile(r"\bwith (?:the )?(?P<other>[\w' -]+?)\W*$", re.IGNORECASE)
IN_PLACE = re.compile(r"\b(?P<verb>[a-z]{4,}) (?:in|at) (?:the )?(?P<other>[a-z][\w' -]+?)\W*$", re.IGNORECASE)
# Two parties a sentence puts a thing between, to the end of their clause.
BETWEEN_SAID = re.compile(r"\bbetween (?:the )?[^,;:()]+? and (?:the )?[^,;:()]+")
# Where one name the claim gives after its verb ends and another begins ("the Sinai to Israel").
PHRASE_BREAK = re.compile(r"\b(?:to|from|with|and|in|at|on|for|into|over|by|behind)\b", re.IGNORECASE)
# Where the doers a passive claim names after "by" end: a place, a time or a recipient.
DOER_END = re.compile(r"\b(?:to|from|in|at|on|for|into|over|during|after|before)\b", re.IGNORECASE)
# When and where, then "by" and a name, after a participle ("signed on 2 July 1972 at Simla
# (Shimla), in northern India, by Indian Prime Minister ..."): the doers follow.
WHEN_WHERE = r"(?:,?\s+(?:(?:then|today|now|later)\s+)?(?:on|in|at|near)\s+[^;:.,()]+(?:\s*\([^()]*\))?)"
WHEN_WHERE_BY = re.compile(rf"{WHEN_WHERE}+,?\s+by\s+(?:the\s+)?[A-Z]")
# A name in a sentence: capitalised words, "of" and "the" between them.
NAME = r"[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*"
# Where a clause the deed is told in starts and ends.
CLAUSE_START = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|which|that|who|when)\s", re.IGNORECASE)
# Where a clause starts that has its own subject: not a list's comma or "and" ("Britain, France
# and Israel attacked Egypt after Egyptian President Nasser nationalised ...": Nasser).
OWN_CLAUSE_START = re.compile(r"[;:()]|\b(?:but|while|whereas|which|who|when|after|before|because|since|until|once)\s", re.IGNORECASE)
# A sentence saying what its subject is ("The Treaty of Ghent was the peace treaty ..."), and
# a relative pronoun right before a verb ("... that concluded"), whose doer is that subject.
NAMED_AS = re.compile(r"(?P<subject>[^,;:()]+?)\s(?:is|are|was|were)\s+(?:a|an|the)\s")
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
# A verb's date right after it ("joined in 1995"), and a doer in a clause that leaves out the
# verb said before it, with only a date of its own ("..., Rwanda in 2009, and Gabon and Togo in
# 2022"): the parties and date sentence_verdict reads such a clause by.
GAPPED_DATE = re.compile(A_DATE)
GAPPED_DOER = re.compile(rf",?\s*(?:,|\band)\s+(?:the\s+)?{GAPPED_CLAUSE.pattern}")
CLAUSE_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas|which|who|when|because|after|before)\s", re.IGNORECASE)
# Where the doers after "by" end: not at a comma or "and" before another name of their list.
DOERS_END = re.compile(r"[;:.()]|,\s+(?!(?:and\s+)?(?:the\s+)?[A-Z])|\s(?:and|or)\s+(?!(?:the\s+)?[A-Z])|\s(?:but|while|whereas|which|who|when|because|after|before|on|in|at|to|for)\s")
# A name in a list of doers: capitalised words and the particles of names ("Charles de
# Gaulle", "Chancellor Konrad Adenauer"), nothing else.
LISTED_NAME = re.compile(r"^\s*(?:(?:[A-Z][\w'’.-]*|of|the|de|du|la|le|von|van|der|al|bin)\s+)*[A-Z][\w'’.-]*\s*$")
# The verb a sentence's subject comes before.
FIRST_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had)\s|,")
# A claim of a deed in the passive with its doer ("was the Munich Agreement signed by
# Czechoslovakia?"): what was done, the verb and the doer.
PASSIVE_CLAIM = re.compile(r"^(?P<done>.+?)\s+(?P<verb>[a-z]{3,}(?:ed|en|t))\s+by\s+(?P<doer>.+)$", re.IGNORECASE)
# Where the name a document's title gives its subject ends ("Geneva Conference on Korea and
# Indochina (1954)": the conference, not Korea).
TITLE_HEAD = re.compile(r"\s+(?:on|and|of the|vs)\s+|\s*[(:,]")
# A claim of a refusal ("did the Senate reject it?"), and a sentence telling one in a denial
# ("refused to ratify", "voted against").
REFUSAL_CLAIMED = re.compile(r"\b(?:reject|rejected|refuse|refused|decline|declined|veto|vetoed|turn down|turned down|vote down|voted down|vote against|voted against)\b", re.IGNORECASE)
REFUSAL_SAID = re.compile(r"\b(?:refused|declined|rejected|vetoed|voted against|voted (?:\w+ ){0,2}down|turned (?:\w+ ){0,2}down)\b", re.IGNORECASE)
# The object a verb takes: a determiner or a name right after it ("signed their peace
# treaty", "signed the ASEAN Declaration"), not a preposition or a date ("signed on ...").
OBJECT_START = re.compile(r"\s+(?:(?i:the|a|an|their|its|his|her|our|this|these|those)\b|[A-Z][a-z])")
OBJECT_END = re.compile(r"[,;:.]|\s(?:and|but|while|whereas|which|who|when|because|after|before|on|in|at)\s")
# Where a sentence joins a clause with a subject of its own: after ", and", a semicolon or
# ", but"; the verb a claim names is its subject's there (see `_done_to_its_subject`).
JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*", re.IGNORECASE)
# A sentence whose subject points back to the document's ("It was founded ...").
PRONOUN_SUBJECT = re.compile(r"^(?:It|They|This|These)\b")
# A deed two parties do together: "A met B" says "B met A" too, so no order of theirs is
# reversed ("did Reagan meet Gorbachev?" / "a meeting between Reagan and Gorbachev").
MUTUAL_DEED = re.compile(r"^(?:meet|met|talk|spoke|speak)", re.IGNORECASE)
# A verb in the passive: a form of "be" before it.
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
# A claim of what its subject is about ("is the JCPOA about Iran's nuclear programme?",
# "did the Treaty of Lausanne deal with Turkey?"): the subject and the topic claimed.
ABOUT_CLAIM = re.compile(r"^.+?\s+(?:about|deal with|dealt with|concern|concerned)\s+(?P<topic>.+)$", re.IGNORECASE)
# A claim that its subject is a part of a whole ("is the Security Council part of the UN?",
# "is the ICJ an organ of the United Nations?"): the part and the whole; and a sentence's
# words saying one ("is the organ of the United Nations", "is the UN's principal judicial
# organ", "is a founding member of ..."): a copula, then a noun of a part of a body.
PART_NOUN = "part|parts|organ|organs|body|bodies|branch|branches|arm|component|member"
PART_OF_CLAIM = re.compile(
    rf"^(?P<part>.+?)\s+(?:(?:a|an|one of the|one of its|among the)\s+(?:[a-z]+\s+){{0,2}}?)?(?P<noun>{PART_NOUN})\s+of\s+(?P<whole>.+)$",
    re.IGNORECASE,
)
PART_SAID = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:(?:now|still|also)\s+)?(?P<said>(?:the|a|an|one of(?: the| its)?|among the|part of|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)\s+[^,;:.()]*?\b(?:{PART_NOUN}|members)\b(?:\s+(?:of|in)\s+[^,;:.()]*)?)",
    re.IGNORECASE,
)
# Words heading a topic that say no more than the topic ("the future of Hong Kong": Hong
# Kong), which a sentence saying what the subject settled need not repeat.
TOPIC_HEAD = re.compile(r"^\W*(?:(?:the|a|an)\s+)?(?:future|fate|status|question|issue|problem|matter)\s+of\s+", re.IGNORECASE)
# Where a claim's subject ends: a verb in the past, a preposition, or a kind it is given.
SUBJECT_END = re.compile(r"\s(?:about|in|on|at|between|with|by|from|to|for|a|an|deal|concern|[a-z]{3,}ed)\b", re.IGNORECASE)
# A sentence's opening that sets a scene rather than naming its subject ("At the Munich conference").
SCENE = re.compile(r"^(?:As of|Under|In|At|After|Before|During|With|On|By|From|Since|Following|Contrary to)\b")
# A sentence's clauses, and the verb that ends a clause's subject.
CLAUSES = re.compile(r"[,;:()]|\s(?:and|but|while|whereas|which|who)\s")
CLAUSE_VERB = re.compile(rf"\s(?:is|are|was|were|has|have|had|became|can|could|may|must|will|would|shall|should|[a-z]{{3,}}ed|{IRREGULAR.pattern[2:-2]})\b")
# A word that opens the object of a claim's verb ("end *the* Crimean War").
DETERMINER = re.compile(r"the|a|an|his|her|its|their|any|some|this|that|these|those", re.IGNORECASE)
# A hedged or qualified sentence, which never confirms plainly: the conditions and hearsay in
# any case ("Only if ..." opening it), "may" only in lower case (not the month).
HEDGE = re.compile(rf"{MAY_HOLD.pattern}|(?i:{ON_CONDITION.pattern}|\b(?:said to|reportedly|allegedly|claimed|proposed|planned|would have)\b)")


# A war "concluded" is a war ended ("the peace treaty ... that concluded the First Opium
# War"), as learners ask it ("did it end the opium war?"); not a treaty concluded, which
# was made.
CONCLUDED_WAR = r"conclud(?:e|es|ed|ing)(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+)*(?-i:[Ww])ars?\b)"


def verb_forms(verb: str) -> str:
    """The pattern of a verb's forms ("replace": "replace", "replaced", "replacing", ...; "ratify": "ratified";
    "nationalises" as "nationalise")."""
    verb = IRREGULAR_PAST.get(verb.lower(), verb.lower())
    if len(verb) > 4 and verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        # "nationalises": "nationalise"
        verb = verb[:-1]
    stem = re.escape(verb[:-1] if verb.endswith("e") else re.sub(r"ed$", "", verb))
    past = "|".join(form for form, base in IRREGULAR_PAST.items() if base == verb)
    # "ratify": "ratified", "ratifies"
    ied = f"|{re.escape(verb[:-1])}(?:ied|ies)" if re.search(r"[^aeiou]y$", verb) else ""
    concluded = f"|{CONCLUDED_WAR}" if stem == "end" else ""
    return rf"{stem}(?:e|es|ed|ing|s|d)?{ied}{'|' + past if past else ''}{concluded}"


class ClaimCheck:
    """Decides a yes/no claim from one sentence that says all its parts (see the module)."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = ClaimReader(retriever)

    def settle(self, question: str, verdict: Verdict | None, sentences: list[str], passages: list[Passage]) -> Verdict | None:
        """The verdict, checked: a "yes" whose sentence, or the first that says the whole
        claim, tells the deed done the other way round becomes "no"; one whose sentence does
        not say the two a claim puts "between" becomes this check's own, if any; and a "no"
        to such a claim read from a denial stands only from a sentence saying whom it was
        between ("No. Lenin persuaded ... because its old army could not stop the Germans"
        denies nothing of "was the Treaty of Brest-Litovsk between Soviet Russia and Germany?")."""
        claim = self._claim(question)
        if claim is None or (verdict is not None and verdict.by_dates):
            # A verdict from the subject's own dates ("did the League exist in 1935?") needs
            # no sentence that says the deed: the sentence only gives the date.
            return verdict
        settled = self._settled(question, claim, verdict, sentences, passages)
        if settled is not None and settled.word == "no" and self._pair(claim[1]) and NEGATION.search(settled.sentence) and not self._says_parties(claim, settled.sentence):
            # A sentence saying whom it was between, naming others, denies it instead ("the
            # peace treaty between Russia and Japan" for "... between Britain and France?"),
            # unless it names both parties claimed ("between Soviet Russia and the Central
            # Powers, namely Germany, ...").
            own = self._decide(question, claim, sentences, passages) if passages else None
            denies = own is not None and own.word == "no" and self._says_parties(claim, own.sentence) and not self._names_both(claim, own.sentence)
            return own if denies else None
        return settled

    def _settled(self, question: str, claim: tuple[str, str], verdict: Verdict | None, sentences: list[str], passages: list[Passage]) -> Verdict | None:
        """The checks of `settle` but the last."""
        if verdict is not None and passages and not self._of_the_claim(claim, verdict, passages):
            # Read from a sentence about another thing, the verdict says nothing of this one:
            # this check's own, if it gives one from a sentence about the claim, stands instead.
            own = self._decide(question, claim, sentences, passages)
            return own if own is not None and self._of_the_claim(claim, own, passages) else None
        if verdict is not None and not self._tells_the_deed(claim, verdict):
            # "Did the Treaty of Paris end the Crimean War?" / "No. Russia did not win the
            # Crimean War"; "did Kissinger negotiate the Camp David Accords?" / "Yes. ...
            # Kissinger used shuttle diplomacy to negotiate two disengagement agreements":
            # a sentence telling another deed, or the deed done to another thing, says
            # nothing of this one.
            own = self._decide(question, claim, sentences, passages) if passages else None
            return own if own is not None and self._tells_the_deed(claim, own) else None
        if verdict is not None and verdict.word == "yes" and passages and self._deed_unsaid(claim, verdict.sentence, passages):
            # "Did the Ottawa Convention ban nuclear weapons?" / "Yes. Talks ... on conventional
            # weapons ...": a sentence that says the deed in no form confirms nothing.
            own = self._decide(question, claim, sentences, passages)
            return own if own is not None and not self._deed_unsaid(claim, own.sentence, passages) else None
        if verdict is not None and verdict.word == "yes":
            if self._reversed(claim, verdict.sentence):
                return Verdict("no", verdict.sentence, verdict.passage)
            own = self._decide(question, claim, sentences, passages) if passages else None
            if self._told_of_another(claim, verdict.sentence):
                # "Did Israel nationalise the Suez Canal?" / "Yes. ... Britain, France and Israel
                # attacked Egypt after Egyptian President Gamal Abdel Nasser nationalised ...":
                # the deed is told of another doer.
                return own if own is not None and own.word == "yes" and not self._told_of_another(claim, own.sentence) else None
            if own is not None and own.word == "no" and self._reversed(claim, own.sentence):
                return own
            pair = self._pair(claim[1])
            if pair and not re.search(pair, verdict.sentence, re.IGNORECASE):
                # "Was the Simla Agreement between India and Bangladesh?": a sentence that
                # does not say the two together confirms nothing.
                return own
        if verdict is not None and verdict.word == "no" and passages and self._refusal_claimed(claim, verdict.sentence, self._title(passages)):
            return verdict._replace(word="yes")
        if verdict is not None and verdict.word == "no" and passages:
            # "Was the Bandung Conference held in Indonesia?" / "... held in Bandung,
            # Indonesia, ...": a sentence that says the whole claim plainly outweighs a "no"
            # read from one that does not, or from the same sentence; one that says the whole
            # claim too keeps its "no".
            own = self._decide(question, claim, sentences, passages)
            if own is not None and own.word == "yes":
                title = self._title(passages) if self._of_its_title(verdict.sentence, self._title(passages)) else set()
                if own.sentence == verdict.sentence or not self._says(self._words(claim[1]) - EMPTY_TOKENS, verdict.sentence, title):
                    return own
        return verdict

    def _tells_the_deed(self, claim: tuple[str, str], verdict: Verdict) -> bool:
        """For "did A VERB B?" (a deed done once): whether a "no" is read from a sentence that
        does not deny another deed instead ("Russia did not win" for "did the treaty end the
        war?"), and a "yes" from one whose object after the verb, where it says the verb,
        names B ("to negotiate two disengagement agreements" names no Camp David Accords).
        True for other claims."""
        aux, rest = claim
        if aux != "did":
            return True
        words = re.findall(r"[\w'-]+", rest)
        at = self._claimed_verb(words, verdict.sentence)
        if at is None:
            # "Did the League of Nations work?" / "Yes. ... its work largely stopped": a claim
            # ending with its verb (an everyday word after no determiner or preposition) is not
            # told by a sentence saying that word only as a noun.
            ends_with_verb = len(words) >= 2 and not DETERMINER.fullmatch(words[-2]) and words[-2].lower() not in STOP_WORDS and not self._names(self._tokens(words[-1]))
            return verdict.word != "yes" or not ends_with_verb or not self._only_as_a_noun(words[-1], verdict.sentence)
        verb = words[at].lower()
        said = self._verb_in(verb, verdict.sentence)
        if verdict.word != "yes":
            # A "no" stands unless its sentence denies another deed ("did not win") and says
            # the claimed one in no form, noun or verb ("mediation" says "mediate").
            other = re.search(r"\b(?:did not|didn't|never|failed to)\s+(?P<verb>[a-z]+)", verdict.sentence)
            return other is None or said is not None or verb[:5] in verdict.sentence.lower() or other["verb"].startswith(verb[:4])
        if said is None and verb in LIGHT_VERBS:
            # "Did Arab oil producers put an oil embargo on the US?": a light verb's deed is its
            # object ("In the 1973 oil embargo, the Arab oil producers ... stopped oil exports").
            done = self._tokens(PHRASE_BREAK.split(" ".join(words[at + 1 :]))[0])
            return bool(done) and kindred(done, list(self._words(verdict.sentence))) == done
        if said is None:
            # A "yes" may be read from a noun of the deed ("Nasser's nationalisation"), not
            # from a sentence that says the deed in no form: "restored the borders of before
            # the war" tells no change of borders for "did the treaty change any borders?".
            return self._said_in_any_form(verb, verdict.sentence)
        if re.match(r"\s+by\b", verdict.sentence[said.end() :]):
            # "signed by 12 states": the doers, not what was done.
            return True
        if re.match(r"\s+(?:it|them|this|these|those|(?:the other|each other|one another)(?:['’]s)?)(?!\w)", verdict.sentence[said.end() :], re.IGNORECASE):
            # "... Biden and ... Putin extended it for five years": the object points back;
            # "each side recognised the other's sovereignty": to the other party.
            return True
        # What the verb takes, up to a preposition: "meet at Yalta" claims a place, which
        # the noun's "of the Big Three" does not gainsay (the place is checked as a place).
        done = self._tokens(PHRASE_BREAK.split(" ".join(words[at + 1 :]))[0])
        named = self._object_of(said, verdict.sentence)
        return not done or not named or not self._names(done) or not named.isdisjoint(done)

    def _deed_unsaid(self, claim: tuple[str, str], sentence: str, passages: list[Passage]) -> bool:
        """For "did X VERB ...?" (or "does", "do") whose X the answering document's title
        names ("did the Ottawa Convention ban nuclear weapons?"): whether the sentence says neither the word
        after X, in any form (see `_said_in_any_form`), nor all the words after it. Words
        giving no term ("ever", "really") are passed over: the deed is the first word after
        X that gives one. False for other claims."""
        if claim[0] not in ("did", "does", "do"):
            return False
        subject = self._claim_subject(claim, passages)
        words = re.findall(r"[\w'-]+", claim[1])
        at = 0
        while at < len(words) and (not (said := self._tokens(words[at])) or said <= subject):
            at += 1
        if not subject or at == 0 or at >= len(words) or not words[at].isalpha():
            return False
        said = self._words(sentence)
        done = self._tokens(" ".join(words[at + 1 :]))
        if kindred(done, list(said)) == done:
            # Saying all the rest, the sentence may tell the deed in other words ("created" for "set up").
            return False
        # A verb with its particle may be a glossary concept ("set up": founding).
        concepts = {t for t in self._tokens(" ".join(words[at : at + 2])) if t.startswith("=")}
        return not concepts & said and not self._said_in_any_form(words[at], sentence)

    def _claimed_verb(self, words: list[str], sentence: str) -> int | None:
        """Where the verb of "did A VERB B?" is among the claim's words: the first after the
        doer that the sentence tells as a deed ("nationalised" for "nationalise"), else, when
        it tells none, the first that an article or determiner follows ("nasser nationalise
        the suez canal", "the treaty of paris of 1856 end the ..."); None when neither."""
        candidates = [at for at in range(1, len(words)) if len(words[at]) >= 3 and words[at].lower() not in STOP_WORDS]
        told = next((at for at in candidates if (said := self._verb_in(words[at], sentence)) is not None and self._told(said)), None)
        if told is not None:
            return told
        return next((at for at in candidates if at < len(words) - 1 and words[at].isalpha() and DETERMINER.fullmatch(words[at + 1])), None)

    def _said_in_any_form(self, verb: str, sentence: str) -> bool:
        """Whether the sentence says a verb in any of its forms, a word made from its stem
        ("nationalisation" of "nationalise"), its glossary concept ("withdraw" of "leave") or
        a deed that implies it ("joined" says "signed", see `ClaimReader.implied`)."""
        stem = re.sub(r"(?:e|es|ed|s)$", "", verb.lower())
        if re.search(rf"\b(?:{verb_forms(verb)}|{re.escape(stem)})", sentence, re.IGNORECASE):
            return True
        return bool(kindred(self._tokens(verb), self.claims.words_of(sentence)))

    def _only_as_a_noun(self, word: str, sentence: str) -> bool:
        """Whether the sentence says a word, in any of its forms, and each time right after
        a determiner ("its work", "the work"): a noun, not the verb a claim ends with."""
        said = list(re.finditer(rf"\b(?:{verb_forms(word)})\b", sentence, re.IGNORECASE))
        return bool(said) and all(re.search(rf"\b(?:{DETERMINER.pattern})\s+$", sentence[: m.start()], re.IGNORECASE) for m in said)

    def _object_of(self, verb: re.Match[str], sentence: str) -> set[str]:
        """The tokens of what follows the verb up to the end of its phrase (OBJECT_END)."""
        after = sentence[verb.end() :]
        end = OBJECT_END.search(after)
        return self._tokens(after[: end.start() if end else len(after)])

    def _of_the_claim(self, claim: tuple[str, str], verdict: Verdict, passages: list[Passage]) -> bool:
        """Whether a verdict's sentence can speak to the claim. Not when it names a dated
        claim's subject only in passing, in no clause's subject, while its own subject (not a scene
        such as "At the Munich conference") names another ("The main arms control treaties
        signed by the United States and the Soviet Union ... were ... the Nuclear
        Non-Proliferation Treaty (1968), ..." for "was the NPT signed in 1968?", "The Kyoto
        Protocol of 1997 and the Paris Agreement of 2015 were both adopted under the UNFCCC"
        for "was the UNFCCC adopted in 2015?"). For a claim of what the subject is about,
        only when it names the subject and says the topic claimed in its own clause, not in
        a list after a colon ("... the model for four more regional zones: ... Africa ..."
        for "is the Treaty of Tlatelolco about Africa?"), nor denies it without naming it
        unless it says what the subject is ("The Treaty of Portsmouth was the peace treaty
        between Russia and Japan ..."), not what befell it ("As of 2025, the JCPOA has
        largely collapsed" for "is the JCPOA about Iran's nuclear programme?")."""
        subject = self._claim_subject(claim, passages)
        if not subject:
            return True
        sentence = verdict.sentence
        first = FIRST_VERB.search(sentence)
        led = sentence[: first.start()] if first else sentence
        scene = SCENE.match(led) is not None
        own_name = self._short_name(led, subject, passages)
        named = bool(kindred(subject, list(self._words(sentence)))) or PRONOUN_SUBJECT.match(sentence) is not None or own_name
        about = ABOUT_CLAIM.match(claim[1])
        if about is None:
            # A dated claim's subject named only in passing: in no clause's subject, the
            # sentence's naming another. (A member or a party is rightly named in a list.)
            if not YEAR.search(claim[1]):
                return True
            leads = [clause[: verb.start()] for clause in CLAUSES.split(sentence) if (verb := CLAUSE_VERB.search(clause)) is not None]
            return not named or scene or not self._names(self._tokens(led)) or own_name or any(kindred(subject, list(self._tokens(lead))) for lead in [led, *leads])
        topic = self._tokens(about["topic"])
        said = self._words(re.split(r"[:;]", re.sub(r"\s*\([^)]*\)", "", sentence))[0])
        told = bool(topic) and self._topic_said(topic, said)
        led_by_it = not scene and (own_name or bool(kindred(subject, list(self._tokens(led)))))
        return named and (told or verdict.word == "no" and led_by_it)

    def _short_name(self, led: str, subject: set[str], passages: list[Passage]) -> bool:
        """Whether the claim's subject is the answering document's, by its name or initials
        ("nato" of "North Atlantic Treaty Organization"), and the sentence's subject names
        only words of that name ("The North Atlantic Treaty") or its initials ("The VCLT"
        of the Vienna Convention on the Law of Treaties)."""
        name = re.split(r"\s*[(:]", passages[0].chunk.title)[0]
        initials = "".join(word[0] for word in re.findall(r"[\w'-]+", name) if word[0].isupper())
        own = self._tokens(name) | (self._tokens(initials) if len(initials) > 2 else set())
        if kindred(subject, list(own)) != subject:
            return False
        said = self._tokens(led)
        return len(initials) > 2 and initials in re.findall(r"\b[A-Z]{3,}\b", led) or bool(said) and kindred(said, list(own)) == said

    def _claim_subject(self, claim: tuple[str, str], passages: list[Passage]) -> set[str]:
        """The tokens of the claim's subject: the words of its opening that the answering
        document's title names ("the treaty of lausanne" of "did the treaty of lausanne deal
        with turkey"), else, for a claim with "was" or "is", its words before a verb in the
        past or a preposition ("the npt" of "was the npt signed in 1968"); none for a deed
        whose doer the title does not name."""
        title = self._title(passages)
        words = re.findall(r"[\w'-]+", claim[1])
        at = 0
        while at < len(words) and (not (said := self._tokens(words[at])) or kindred(said, list(title)) == said):
            at += 1
        subject = self._tokens(" ".join(words[:at]))
        if subject or claim[0] not in ("was", "were", "is", "are"):
            return subject
        end = SUBJECT_END.search(claim[1], 1)
        return self._tokens(claim[1][: end.start() if end else len(claim[1])])

    def _refusal_claimed(self, claim: tuple[str, str], sentence: str, title: set[str]) -> bool:
        """Whether the claim is of a refusal ("did the US Senate reject the treaty?") and the
        sentence tells the claimed party refusing it, with no other denial before
        ("The US Senate refused to ratify the treaty"): that affirms the claim."""
        aux, rest = claim
        claimed = REFUSAL_CLAIMED.search(rest)
        if aux not in ("did", "") or claimed is None:
            return False
        doer, deed = self._tokens(rest[: claimed.start()]), self._tokens(rest[claimed.end() :])
        said = REFUSAL_SAID.search(sentence)
        if not doer or not deed or said is None:
            return False
        agent = self._agent(sentence, said)
        return not NEGATION.search(agent) and self._present(doer, self._tokens(agent)) and kindred(deed, list(self._words(sentence) | title)) == deed

    def _says(self, wanted: set[str], sentence: str, title: set[str]) -> bool:
        """Whether the sentence says every word of the claim, the title giving its subject's
        (see `_sentences`), and some of them itself; a name by its adjective (see `_adjectives`)."""
        words = list(self._words(sentence))
        words += self._adjectives(wanted, words)
        return kindred(wanted, words + list(title)) == wanted and bool(kindred(wanted - title, words))

    def _adjectives(self, names: set[str], words: list[str] | set[str]) -> list[str]:
        """The names said by a word that is their adjective: the name and an ending of up to
        three letters ("egyptian" says Egypt, "japanes" Japan, "iranian" Iran), for names of
        four letters or more that are not everyday words."""
        return [
            name for name in names
            if len(name) > 3 and not name.startswith("=") and not self.retriever.is_everyday(name)
            and any(word.startswith(name) and 0 < len(word) - len(name) <= 3 for word in words)
        ]

    def _words(self, sentence: str) -> set[str]:
        """A sentence's tokens, with irregular past forms read as their verbs ("sent": "send"),
        and a war concluded as ended (see CONCLUDED_WAR)."""
        sentence = re.sub(rf"\b{CONCLUDED_WAR}", "ended", sentence)
        return set(self.retriever.query_tokens(IRREGULAR.sub(lambda said: IRREGULAR_PAST[said.group().lower()], sentence)))

    def undecided(self, question: str, sentences: list[str], passages: list[Passage]) -> Verdict | None:
        """This check's own verdict on a claim the sentence readers leave undecided."""
        claim = self._claim(question)
        return self._decide(question, claim, sentences, passages) if claim is not None and passages else None

    def _says_parties(self, claim: tuple[str, str], sentence: str) -> bool:
        """Whether a sentence says whom something was between: the word "between" or the
        claim's two parties together."""
        return re.search(r"\bbetween\b", sentence, re.IGNORECASE) is not None or re.search(self._pair(claim[1]), sentence, re.IGNORECASE) is not None

    @staticmethod
    def _names_both(claim: tuple[str, str], sentence: str) -> bool:
        """Whether a sentence names both parties a claim puts "between", anywhere in it."""
        between = BETWEEN.search(claim[1])
        return between is not None and all(re.search(rf"\b{re.escape(between[side].strip())}", sentence, re.IGNORECASE) for side in ("one", "other"))

    def _pair(self, rest: str) -> str:
        """The pattern of the two parties a claim puts "between" ("Spain and Portugal",
        either way round, the second maybe with a capitalised word before its name: "France and
        West Germany" for "France and Germany"; each by any of its glossary names: "the US and
        Britain" for "the United States and Great Britain"), or ""."""
        between = BETWEEN.search(rest)
        if between is None:
            return ""
        one, other = self._any_name(between["one"].strip()), self._any_name(between["other"].strip())
        named = r"(?:the )?(?:(?-i:[A-Z])[\w-]* )?"
        return rf"\b{one}\w* and {named}{other}|\b{other}\w* and {named}{one}"

    def _any_name(self, party: str) -> str:
        """The pattern of a party as written or by any name of a glossary group it names."""
        names = [party] + [name for token in self.retriever.query_tokens(party) if token.startswith("=") for name in self.retriever.kb.glossary.names_of(token)]
        return "(?:" + "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True)) + ")"

    def _claim(self, question: str) -> tuple[str, str] | None:
        """The claim's auxiliary (lower case, "" when stated) and its words after it."""
        stated = CLAIM_STATED.match(question)
        if stated is not None and CLAIM.match(stated["rest"]) is None:
            # "Is it true that the UN was founded in 1945?": as "was the UN founded in 1945?".
            copula = re.search(r"\s(was|were|is|are)\s", stated["rest"])
            return (copula[1], stated["rest"][: copula.start()] + " " + stated["rest"][copula.end() :]) if copula else ("", stated["rest"])
        match = CLAIM.match(question)
        return (match["aux"].lower(), match["rest"]) if match is not None else None

    def _tokens(self, text: str) -> set[str]:
        return {t for t in self.retriever.query_tokens(text) if t not in EMPTY_TOKENS}

    def _present(self, phrase: set[str], words: set[str]) -> bool:
        """Whether a name's tokens are said: its concept when it has one, else all its words,
        a name by its adjective (see `_adjectives`)."""
        concepts = {t for t in phrase if t.startswith("=")}
        words = words | set(self._adjectives(phrase, words))
        if concepts:
            return bool(concepts & words) or kindred(phrase - concepts, list(words)) == phrase - concepts
        return bool(phrase) and kindred(phrase, list(words)) == phrase

    def _deed(self, claim: tuple[str, str], sentence: str, everyday_object: bool = False) -> tuple[set[str], list[set[str]], re.Match[str]] | None:
        """For "did A VERB B ...?" (and "was B VERBed by A?"): A's tokens, those of each name B
        gives (after the verb; before it in the passive) and the verb as the sentence says
        it; None when the claim is no deed or the sentence does not say its verb, or, unless
        `everyday_object`, when B gives no name ("the canal")."""
        aux, rest = claim
        passive = PASSIVE_CLAIM.match(rest) if aux in ("was", "were") else None
        if passive is not None:
            said = self._verb_in(passive["verb"], sentence)
            # The doers, not where or to whom ("sent by Germany to Mexico").
            doer = self._tokens(DOER_END.split(passive["doer"])[0])
            done = [named for phrase in PHRASE_BREAK.split(passive["done"]) if (named := self._tokens(phrase)) and self._names(named)]
            return (doer, done, said) if said is not None and doer and (done or everyday_object) else None
        if aux not in ("did", "does", "do", "has", "have", "had", ""):
            return None
        words = re.findall(r"[\w'-]+", rest)
        at = self._claimed_verb(words, sentence)
        said = self._verb_in(words[at], sentence) if at is not None else None
        if at is None or said is None or not self._told(said):
            return None
        doer = self._tokens(" ".join(words[:at]))
        done = [named for phrase in PHRASE_BREAK.split(" ".join(words[at + 1 :])) if (named := self._tokens(phrase)) and self._names(named)]
        return (doer, done, said) if doer and (done or everyday_object) else None

    def _done_to_its_subject(self, claim: tuple[str, str], sentence: str, title: set[str]) -> bool:
        """For "was X VERBed ...?": whether the sentence tells X VERBed, not another thing
        ("the two countries signed their peace treaty in 1979" does not tell "were the Camp
        David Accords signed in 1979?"): the verb's object names X, or the verb takes none
        ("founded on 10 January 1920") in a sentence whose subject is X (or, when the title
        gives X, a pronoun or the title's name). True for other claims."""
        aux, rest = claim
        participle = re.search(rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR.pattern[2:-2]})\b", rest, re.IGNORECASE)
        if aux not in ("was", "were") or participle is None or PASSIVE_CLAIM.match(rest):
            return True
        subject = self._tokens(rest[: participle.start()])
        said = self._verb_in(participle.group(), sentence)
        if not subject or said is None:
            return False
        if OBJECT_START.match(sentence[said.end() :]):
            return self._present(subject, self._object_of(said, sentence))
        # The verb's own clause may name its own subject ("Germany left the League in 1933,
        # ..., and the Soviet Union was expelled in December 1939"): then it is that one's.
        opens = [match.end() for match in JOINED_CLAUSE.finditer(sentence, 0, said.start())]
        own = set(self._names(self._tokens(sentence[opens[-1] : said.start()]))) if opens else set()
        if own:
            return self._present(subject, own)
        first = FIRST_VERB.search(sentence)
        opening = self._tokens(sentence[: first.start() if first else said.start()])
        return self._present(subject, opening) or bool(title) and (PRONOUN_SUBJECT.match(sentence) is not None or self._present(subject, title) and self._led_by(sentence, title))

    @staticmethod
    def _told(said: re.Match[str]) -> bool:
        """Whether a word found as a claim's verb is a verb telling a deed in the sentence: in
        lower case, in the past or in "-ing" ("ended", "sent", "replacing"), not a noun that
        shares the claim's word ("the peace treaty")."""
        word = said.group()
        return word[:1].islower() and (word.lower() in IRREGULAR_PAST or re.search(r"(?:ed|ing)$", word) is not None)

    @staticmethod
    def _verb_in(verb: str, sentence: str) -> re.Match[str] | None:
        """Where the sentence says a verb, in any of its forms ("replace": "replacing")."""
        return re.search(rf"\b(?:{verb_forms(verb)})\b", sentence, re.IGNORECASE)

    def _reversed(self, claim: tuple[str, str], sentence: str) -> bool:
        """Whether the sentence tells the claimed deed as done by a party the claim names
        after its verb and not by the one it claims does it."""
        deed = self._deed(claim, sentence)
        if deed is None:
            return False
        doer, done, verb = deed
        if MUTUAL_DEED.match(verb.group().strip()):
            return False
        said = self._tokens(self._agent(sentence, verb))
        return any(self._present(name, said) for name in done) and not self._present(doer, said)

    def of_another_doer(self, question: str, sentence: str) -> bool:
        """Whether the sentence tells the question's claimed deed of another doer (see `_told_of_another`)."""
        claim = self._claim(question)
        return claim is not None and self._told_of_another(claim, sentence)

    def _told_of_another(self, claim: tuple[str, str], sentence: str) -> bool:
        """Whether the sentence tells the claimed deed as done by a doer it names that shares
        no name with the claimed one ("Egyptian President Gamal Abdel Nasser nationalised
        ..." for "did Israel nationalise ...?"; not "US President Ronald Reagan and Soviet
        leader Mikhail Gorbachev" for "did the US and the Soviet Union sign ...?"), whatever
        the deed is done to ("did Israel nationalise the canal?")."""
        deed = self._deed(claim, sentence, everyday_object=True)
        if deed is None:
            return False
        doer, done, verb = deed
        before = sentence[: verb.start()]
        if PASSIVE.search(before) or re.match(r"\s+(?:by|under)\s", sentence[verb.end() :]) or verb.group().endswith("ing"):
            agent = self._tokens(self._agent(sentence, verb))
        elif re.search(r"\b[A-Z][\w'-]*\s+$", before):
            # A name right before the verb is its subject; the clause's names are the doers.
            starts = [m.end() for m in OWN_CLAUSE_START.finditer(sentence, 0, verb.start())]
            agent = self._tokens(before[starts[-1] if starts else 0 :])
        else:
            # "The Munich Agreement was the settlement, signed in Munich ...": a participle
            # whose doers are not said before it.
            return False
        agent -= {t for named in done for t in named}
        agent |= set(self._adjectives(doer, agent))
        claimed_years = set(YEAR.findall(claim[1]))
        if any(kindred(doer, list(gapped)) == doer and (not claimed_years or claimed_years <= years) for gapped, years in self._gapped_doers(sentence, verb)):
            # "Mozambique joined in 1995, Rwanda in 2009, and Gabon and Togo in 2022": the
            # verb is left out before the date of a doer named after it, whose deed it is too,
            # at that date ("did Gabon join in 1995?" is told of Mozambique).
            return False
        return bool(self._names(agent)) and not kindred(doer, list(agent))

    def _gapped_doers(self, sentence: str, verb: re.Match[str]) -> list[tuple[set[str], set[str]]]:
        """The doers of a verb said with no object before its date ("joined in 1995"), named
        one after another after it with dates of their own and the verb left out (", Rwanda
        in 2009, and Gabon and Togo in 2022"), each with its tokens and its date's years.
        None for a verb with an object: "India absorbed Junagadh in 1947 and Hyderabad in
        1948" leaves out the doer, not the verb."""
        dated = GAPPED_DATE.match(sentence, verb.end())
        found: list[tuple[set[str], set[str]]] = []
        at = dated.end() if dated else -1
        while at >= 0 and (said := GAPPED_DOER.match(sentence, at)) is not None:
            found.append((self._tokens(said["name"]), set(YEAR.findall(said.group()))))
            at = said.end()
        return found

    def _done_by_its_doer(self, claim: tuple[str, str], sentence: str) -> bool:
        """Whether the sentence tells the claimed deed as done by the one the claim says
        does it ("Norway hosted ..." for "did Norway host ...?"), or the claim is no deed."""
        deed = self._deed(claim, sentence)
        if deed is None:
            return claim[0] not in ("did", "") and not (claim[0] in ("was", "were") and PASSIVE_CLAIM.match(claim[1])) or self._between_its_parties(claim, sentence)
        return self._present(deed[0], self._tokens(self._agent(sentence, deed[2]))) or self._between_its_parties(claim, sentence)

    def _between_its_parties(self, claim: tuple[str, str], sentence: str) -> bool:
        """Whether a deed told with no doer ("..., signed in Washington on 26 March 1979") is
        of a thing the sentence puts between the parties claimed to do it, before the verb
        ("the treaty of peace between ... Egypt and ... Israel" for "did Egypt and Israel sign
        a peace treaty?"): the parties to a thing do what is done with it."""
        deed = self._deed(claim, sentence, everyday_object=True)
        if deed is None or self._names(self._tokens(self._agent(sentence, deed[2]))):
            return False
        between = BETWEEN_SAID.search(sentence, 0, deed[2].start())
        return between is not None and len(self._names(deed[0])) >= 2 and self._present(deed[0], self._tokens(between.group()))

    @staticmethod
    def _agent(sentence: str, verb: re.Match[str]) -> str:
        """The words that tell who does the deed the verb says: after "by" in the passive,
        the sentence's subject for a verb in "-ing" after a comma, else what comes before
        the verb in its clause. A participle before "under" is passive ("the Palestinian
        Authority created under the Oslo Accords"), and one with "by" and a name later in
        its clause ("an agreement signed on 5 December 1994 in Budapest by Ukraine, ...")."""
        after = sentence[verb.end() :]
        participle = (verb.group().endswith("ed") or verb.group().lower() in IRREGULAR_PAST) and (
            re.match(r"[^,;:.]*?\sby\s+(?:the\s+)?[A-Z]", after) or WHEN_WHERE_BY.match(after)
        )
        if PASSIVE.search(sentence[: verb.start()]) or re.match(r"\s+(?:by|under)\s", after) or participle:
            # "... were signed at the White House ... by Netanyahu, ...", "an agreement signed
            # ... by Ukraine, Russia, the United States and the United Kingdom": the doers
            # follow "by", all of a list of names; none named, none said.
            by = re.search(r"(?:^|\s)by\s", after)
            if by is None or re.search(r"[;.]", after[: by.start()]):
                return ""
            end = DOERS_END.search(after, by.end())
            return after[by.end() : end.start() if end else len(after)]
        if verb.group().endswith("ing") and sentence[: verb.start()].rstrip().endswith(","):
            first = FIRST_VERB.search(sentence)
            return sentence[: first.start() if first else verb.start()]
        named = NAMED_AS.match(sentence)
        if named is not None and named.end() <= verb.start() and RELATIVE_BEFORE.search(sentence, 0, verb.start()):
            # "The Treaty of Ghent was the peace treaty between the United States and Great
            # Britain that concluded the War of 1812": the relative clause's doer is what the
            # sentence's subject is said to be, so the subject, not the names in between.
            return named["subject"]
        starts = list(CLAUSE_START.finditer(sentence, 0, verb.start()))
        at = len(starts) - 1
        # Doers listed before the verb ("French President Charles de Gaulle and West German
        # Chancellor Konrad Adenauer signed ..."): all of the list's names, not the last only.
        while at >= 0 and LISTED_NAME.match(sentence[starts[at].end() : verb.start() if at == len(starts) - 1 else starts[at + 1].start()]) and starts[at].group().strip() in (",", "and"):
            if not LISTED_NAME.match(sentence[starts[at - 1].end() if at else 0 : starts[at].start()]):
                break
            at -= 1
        return sentence[starts[at].end() if at >= 0 else 0 : verb.start()]

    def _names(self, tokens: set[str]) -> list[str]:
        """The tokens that name things rather than being everyday words."""
        return [t for t in tokens if not self.retriever.is_everyday(t)]

    def _sentences(self, sentences: list[str], passages: list[Passage]) -> list[tuple[str, Passage | None, set[str]]]:
        """The answer's sentences, then those of its document's sections, each with the
        tokens of its document's title where that is the answering document and the
        sentence's own subject names nothing else (see `_of_its_title`)."""
        found: list[tuple[str, Passage | None, set[str]]] = []
        doc = passages[0].chunk.doc_id
        title = self._title(passages)
        for sentence in sentences:
            home = next((p for p in passages if sentence in p.chunk.plain_text()), None)
            found.append((sentence, None, title if home is not None and home.chunk.doc_id == doc and self._of_its_title(sentence, title) else set()))
        seen = set(sentences)
        # The answer's passages of the document, then its other sections.
        chunks = {p.chunk.id for p in passages}
        rest = [Passage(chunk, 0.0, []) for i in self.retriever.doc_chunks.get(doc, []) if (chunk := self.retriever.chunks[i]).id not in chunks]
        for passage in [*passages, *rest]:
            if passage.chunk.doc_id != doc:
                continue
            for sentence, _ in self.reader.of(passage.chunk):
                if sentence not in seen:
                    seen.add(sentence)
                    found.append((sentence, passage, title if self._of_its_title(sentence, title) else set()))
        return found

    def _led_by(self, sentence: str, named: set[str]) -> bool:
        """Whether the sentence's subject (before its first verb) says only words of `named`."""
        first = FIRST_VERB.search(sentence)
        subject = self._tokens(sentence[: first.start()] if first else sentence)
        return bool(subject) and kindred(subject, list(named)) == subject

    def _title(self, passages: list[Passage]) -> set[str]:
        """The tokens of the subject the answering document's title names (see TITLE_HEAD)."""
        return self._tokens(TITLE_HEAD.split(passages[0].chunk.title)[0])

    def _of_its_title(self, sentence: str, title: set[str]) -> bool:
        """Whether the sentence's subject (before its first verb) names nothing but what the
        title names: "The Treaty of Rapallo was signed at Rapallo ..." in the document on
        the Molotov-Ribbentrop Pact is not about the pact."""
        first = FIRST_VERB.search(sentence)
        named = set(self._names(self._tokens(sentence[: first.start()] if first else sentence)))
        return not named or bool(kindred(named, list(title)))

    def _decide(self, question: str, claim: tuple[str, str], sentences: list[str], passages: list[Passage]) -> Verdict | None:
        aux, rest = claim
        if RESTRICTIVE.search(rest) or USUALLY.search(rest) or NEGATION.search(rest) or judges_outcome(question):
            return None
        wanted = self._words(rest) - EMPTY_TOKENS
        years = set(YEAR.findall(rest))
        if not wanted:
            return None
        pair = self._pair(rest)
        candidates = self._sentences(sentences, passages)
        about = self._what_it_is_about(claim, candidates, passages) or self._part_of_the_whole(claim, candidates, passages)
        if about is not None:
            return about
        for sentence, passage, title in candidates:
            if self._refusal_claimed(claim, sentence, title) and years <= set(YEAR.findall(sentence)):
                return Verdict("yes", sentence, passage)
            if not self._says(wanted, sentence, title) or not years <= set(YEAR.findall(sentence)):
                continue
            if self._reversed(claim, sentence):
                return Verdict("no", sentence, passage)
            if (
                aux not in CONFIRMABLE or aux in ("was", "were") and not pair and not IRREGULAR.search(rest) and not re.search(r"\b[a-z]{3,}ed\b", rest, re.IGNORECASE)
                or NEGATION.search(sentence) or HEDGE.search(sentence) or yes_or_no(question, sentence) == "no"
                or pair and not re.search(pair, sentence, re.IGNORECASE) or not self._done_by_its_doer(claim, sentence) or self._told_of_another(claim, sentence)
                or not self._done_to_its_subject(claim, sentence, title)
            ):
                continue
            return Verdict("yes", sentence, passage)
        return self._another_filler(aux, rest, wanted, years, candidates)

    def _what_it_is_about(self, claim: tuple[str, str], candidates: list[tuple[str, Passage | None, set[str]]], passages: list[Passage]) -> Verdict | None:
        """"Yes" to a claim of what the subject is about ("were the Six-Party Talks about
        North Korea?") from a sentence saying what the subject is, led by its name ("The
        Six-Party Talks were a series of ... negotiations ... to end North Korea's nuclear
        weapons programme"), that says the topic after its name, in its own clause (not in
        a list after a colon) and denies nothing; None otherwise."""
        about = ABOUT_CLAIM.match(claim[1])
        subject = self._claim_subject(claim, passages) if about is not None and passages else set()
        topic = self._tokens(TOPIC_HEAD.sub(" ", about["topic"])) if about is not None else set()
        if not subject or not topic:
            return None
        for sentence, passage, _ in candidates:
            plain = re.sub(r"\s*\([^)]*\)", "", sentence)
            first = FIRST_VERB.search(plain)
            if first is None or SCENE.match(plain) or NEGATION.search(plain) or HEDGE.search(plain) or not re.search(r"\b(?:is|are|was|were)\s+(?:a|an|the)\b", plain):
                continue
            # The name may be given in brackets ("The Joint Comprehensive Plan of Action (JCPOA), ...").
            led = sentence[: FIRST_VERB.search(sentence).start()]
            if not (kindred(subject, list(self._tokens(led))) == subject or self._short_name(led, subject, passages)):
                continue
            said = self._words(re.split(r"[:;]", plain[first.start() :])[0])
            if self._topic_said(topic, said):
                return Verdict("yes", sentence, passage)
        return None

    def _part_of_the_whole(self, claim: tuple[str, str], candidates: list[tuple[str, Passage | None, set[str]]], passages: list[Passage]) -> Verdict | None:
        """"Yes" to a claim that the subject is a part of a whole ("is the Security Council
        part of the UN?") from a sentence led by the subject's name that says it is the
        whole's organ, body, branch or member ("The United Nations Security Council (UNSC)
        is the organ of the United Nations ..."; "The ICJ ... is the UN's principal judicial
        organ"), denying and hedging nothing; None otherwise."""
        if claim[0] not in ("is", "are", "was", "were"):
            return None
        part_of = PART_OF_CLAIM.match(claim[1])
        part = self._tokens(part_of["part"]) if part_of is not None else set()
        whole = self._tokens(part_of["whole"]) if part_of is not None else set()
        if not part or not whole or not passages:
            return None
        for sentence, passage, _ in candidates:
            said = PART_SAID.search(sentence)
            if said is None or SCENE.match(sentence) or NEGATION.search(sentence) or HEDGE.search(sentence):
                continue
            # The subject before its copula, past what a comma sets beside it ("The
            # International Court of Justice (ICJ), often called the World Court, is ...").
            led = re.sub(r"\s*\([^)]*\)", "", sentence[: said.start()]).split(",")[0]
            if kindred(part, list(self._tokens(led))) != part and not self._short_name(led, part, passages):
                continue
            # "part" is said by any part's noun; an organ, a body or a member only by its own
            # (the Security Council is the UN's organ, not its member).
            noun = part_of["noun"].lower()
            if not noun.startswith("part") and not re.search(rf"\b{noun[:4]}", said["said"], re.IGNORECASE):
                continue
            if self._present(whole, self._tokens(said["said"])):
                return Verdict("yes", sentence, passage)
        return None

    @staticmethod
    def _topic_said(topic: set[str], said: set[str]) -> bool:
        """Whether the words say every term of a topic, a name's adjective saying the name
        ("the Korean War" says Korea, "Iranian assets" Iran)."""
        return all(kindred({t}, list(said)) or any(len(t) > 3 and word.startswith(t) for word in said) for t in topic)

    def _party_named_nowhere(self, rest: str, wanted: set[str], candidates: list[tuple[str, Passage | None, set[str]]]) -> Verdict | None:
        """"No" to a claim giving its deed a party "with" whom or "between" whom it was done
        that the answering document never names ("did Reagan sign the INF Treaty with
        Brezhnev?"), from the first of its sentences that says the rest of the claim plainly
        ("... signed in Washington ... by US President Ronald Reagan and Soviet General
        Secretary Mikhail Gorbachev"): a document on a deed names those who took part. None
        when every claimed party is named somewhere, or no sentence says the rest."""
        between, with_ = BETWEEN.search(rest), WITH.search(rest)
        parties = [between["one"], between["other"]] if between is not None else [with_["other"]] if with_ is not None else []
        claimed = [names for party in parties if (names := set(self._names(self._tokens(party))))]
        if len(claimed) != len(parties) or not claimed:
            return None
        said = [self._words(sentence) | title for sentence, _, title in candidates]
        absent = [names for names in claimed if not any(self._present(names, words) for words in said)]
        others = wanted - set().union(*claimed)
        if not absent or not others:
            return None
        for sentence, passage, title in candidates:
            if self._says(others, sentence, title) and not NEGATION.search(sentence) and not HEDGE.search(sentence):
                return Verdict("no", sentence, passage)
        return None

    def _deed_object(self, rest: str, candidates: list[tuple[str, Passage | None, set[str]]]) -> tuple[str, str] | None:
        """For "did A VERB the X Y ...?", where Y names a kind of thing ("end the Crimean
        War?"): the claimed X and the pattern of the named thing of that kind the verb takes
        in a sentence ("ended the Russo-Japanese War"); None when the claim is not of that shape."""
        words = re.findall(r"[\w'-]+", rest)
        for at in range(1, len(words)):
            verb = words[at].lower()
            if len(verb) < 3 or verb in STOP_WORDS:
                continue
            if not any((said := self._verb_in(verb, sentence)) is not None and self._told(said) for sentence, _, _ in candidates):
                continue
            thing = PHRASE_BREAK.split(" ".join(words[at + 1 :]))[0].split()
            which = [word for word in thing[:-1] if word.lower() not in ("the", "a", "an")]
            if not which or len(thing) < 2:
                return None
            head = re.escape(thing[-1])
            return " ".join(which), rf"\b(?:{verb_forms(verb)})\s+(?:the\s+)?(?P<x>(?:[A-Z][\w'-]*\s+)+(?i:{head}))\b"
        return None

    def _another_filler(self, aux: str, rest: str, wanted: set[str], years: set[str], candidates: list[tuple[str, Passage | None, set[str]]]) -> Verdict | None:
        """"No" with the sentence that says the claim but gives another party, place or year
        in the claimed one's slot, when no sentence says the claimed one with the rest."""
        slots: list[tuple[str, str, bool]] = []  # (the claimed filler, its slot's pattern in a sentence, whether said anywhere it counts)
        if (between := BETWEEN.search(rest)) is not None:
            one = re.escape(between["one"].strip())
            # The party named may end a longer name ("the People's Republic of China").
            named = rf"(?:[A-Z][\w'-]*\s+(?:of\s+(?:the\s+)?)?)*(?i:{one})\w*"
            either = rf"(?:{named} and (?:the )?(?P<x>{NAME})|(?P<y>{NAME}) and (?:the )?{named})"
            slots.append((between["other"], rf"\bbetween (?:the )?{either}", False))
            slots.append((between["other"], rf"\b{either}", False))
        elif (with_ := WITH.search(rest)) is not None:
            slots.append((with_["other"], rf"\bwith (?:the )?(?P<x>{NAME})", False))
        elif (place := IN_PLACE.search(rest)) is not None and not YEAR.fullmatch(place["other"]):
            slots.append((place["other"], rf"\b{re.escape(place['verb'][:4])}[a-z]* (?:in|at) (?:the )?(?P<x>{NAME})", True))
        elif aux in ("did", "") and (deed_object := self._deed_object(rest, candidates)) is not None:
            slots.append((*deed_object, True))
        # Of the sentences giving another in a slot, one saying the subject's own name first
        # ("In the Simla Agreement, India and Pakistan ...", not "... after Simla ..."), then
        # one whose subject is the claim's ("The Treaty of Tordesillas was the agreement ...",
        # not "The original copies of the Treaty ..."), then by the slot's order and the sentence's.
        found: list[tuple[tuple[bool, bool, int, int], Verdict]] = []
        for rank, (filler, slot, a_place) in enumerate(slots):
            claimed = self._tokens(filler)
            # Not the concept a claimed name makes with its kind ("the Second World War"), which
            # the rest of the claim does not name.
            named_by_rest = self._tokens(re.sub(re.escape(filler), " ", rest, flags=re.IGNORECASE))
            others = {t for t in wanted - claimed if not t.startswith("=") or t in named_by_rest}
            if not claimed or not others or any(t.startswith("=") for t in claimed) and not self._names(claimed):
                continue
            # Of a pair "between" two parties, the claim's names must be said, by the sentence
            # itself, not its everyday words ("split the New World between Spain and France" /
            # "The Treaty of Tordesillas was the agreement ... in which Spain and Portugal
            # divided between them the newly discovered ... lands").
            loose = between is not None and set(self._names(others)) or None
            for at, (sentence, passage, title) in enumerate(candidates):
                words = self._words(sentence)
                if kindred(others, list(words | title)) != others and (loose is None or kindred(loose, list(words)) != loose):
                    continue
                fillers = [self._tokens(m["x"] or m.groupdict().get("y") or "") for m in re.finditer(slot, sentence)]
                if any(self._present(claimed, filled) for filled in fillers) or a_place and self._present(claimed, words):
                    # The claimed one is said in the slot (a place or a thing, anywhere) with the rest.
                    return None
                if fillers and not NEGATION.search(sentence):
                    itself = kindred(others & title, list(words)) == others & title
                    found.append(((not itself, not self._led_by(sentence, title | wanted), rank, at), Verdict("no", sentence, passage)))
        if found:
            return min(found, key=lambda ranked: ranked[0])[1]
        unnamed = self._party_named_nowhere(rest, wanted, candidates)
        if unnamed is not None:
            return unnamed
        if len(years) == 1:
            # A year the document gives anywhere ("plans were drafted at Dumbarton Oaks in
            # 1944" for "was the UN founded in 1944?") is not denied.
            if any(years & set(YEAR.findall(sentence)) for sentence, _, _ in candidates):
                return None
            others = {t for t in wanted if not YEAR.fullmatch(t)}
            found = None
            for sentence, passage, title in candidates:
                if not others or not self._says(others, sentence, title):
                    continue
                said_years = set(YEAR.findall(sentence))
                if found is None and len(said_years) == 1 and not NEGATION.search(sentence) and not HEDGE.search(sentence):
                    found = Verdict("no", sentence, passage)
            return found
        return None
