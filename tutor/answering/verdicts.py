"""Saying "Yes." or "No." to a yes/no question, and which sentence says it.

A yes/no question ("can a diplomat be arrested?", "is the UK in the EU?") gets a verdict
only when a sentence speaks to its claim: one saying the claim's words together, in one
clause. `yes_or_no` compares what a question and one sentence affirm or deny; `Verdicts`
finds the sentence among an answer's (or, when they say nothing of the claim or less than
another section does, elsewhere in the answering document).
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from tutor.answering.defined_kinds import kinds_defined
from tutor.answering.due_dates import passed_ending
from tutor.answering.roles import Roles
from tutor.answering.sentences import YEAR, SentenceReader, latest_year, plainly_a_list, stands_alone
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import STOP_WORDS, fold
from tutor.tuning import ENDING_REACH

# A claim denied ("not liable to arrest", "complement rather than compete", "shields
# diplomats from arrest", "refused to ratify").
NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|neither|nor|without|none|rather than|instead of|unable|exempt|"
    r"(?:shield|shields|shielded|protect|protects|protected|immune|free|freedom)(?: \w+){0,2} from|refus(?:e|es|ed|ing))\b|n't\b",
    re.IGNORECASE,
)


# A denial quoted, not made ("a single "no" vote from a permanent member is a veto").
QUOTED_DENIAL = re.compile(r"[\"\u201c](?:no|not|never)[\"\u201d]", re.IGNORECASE)


# A denial whose reach is plain: "no" before a noun ("no vote against"; not "no one"), a
# predicate of one word ("is not procedural,"), or "no longer" and "without" to the end
# of their clause ("without having to explain its decision,").
DENIED_ASIDE = re.compile(
    r"\bno (?!longer\b|one\b|more\b)(?P<what>[a-z]+(?: [a-z]+)?)|\b(?P<verb>is|are|was|were) not (?P<predicate>[a-z]+)(?=[,;:)])"
    r"|\b(?:no longer|without) (?P<since>[^,;:.()]+)"  # "a diplomat it no longer accepts": to the clause's end
)
# A requirement denied ("Members do not have to be sovereign states"): it denies that
# something is needed, not that it holds, unless the question asks what is needed or
# claims what is denied.
NEGATED_NEED = re.compile(r"\b(?:do|does|did)(?: not|n't) (?:have|need) to\b|\bneed not\b|\b(?:is|are)(?: not|n't) required to\b", re.IGNORECASE)
ASKS_A_NEED = re.compile(r"\b(?:have|has|had|need|needs|required|must|obliged)\b", re.IGNORECASE)


# A denial of what follows it only ("shields diplomats from arrest"): it denies a claim
# that names what it shields from, and says nothing of another ("do diplomats have
# immunity?"); what it shields from runs to the next punctuation.
SHIELDED_FROM = re.compile(r"(?:shield|shields|shielded|protect|protects|protected|immune|free|freedom)(?: \w+){0,2} from", re.IGNORECASE)
SHIELDED_FROM_WHAT = re.compile(r"[^,;:.()]*")
# How many first letters two words share to be taken as one ("arrest", "arrested").
SHARED_PREFIX = 5


def _word_starts(text: str) -> set[str]:
    """The first letters of a text's words that are not stop words."""
    return {word[:SHARED_PREFIX] for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in STOP_WORDS}


def _denials(question: str, sentence: str) -> tuple[bool, bool]:
    """Whether the sentence denies the question's claim, and whether it holds a denial
    that is only of something else (see SHIELDED_FROM): then it says nothing either way
    when it denies nothing more."""
    asked = _word_starts(question)
    denying = aside = False
    for match in NEGATION.finditer(sentence):
        if not SHIELDED_FROM.fullmatch(match.group()):
            denying = True
            continue
        shielded = SHIELDED_FROM_WHAT.match(sentence, match.end()).group()
        if asked & _word_starts(shielded):
            denying = True
        else:
            aside = True
    return denying, aside and not denying


def _unless_asked(denial: re.Match[str], asked: set[str]) -> str:
    """A denial (see DENIED_ASIDE) as it is when it denies a word the question asks about,
    and without its "no" or "not" otherwise."""
    what = denial["what"] or denial["predicate"] or denial["since"]
    if asked & _word_starts(what):
        return denial.group()
    return f"{denial['verb']} {what}" if denial["verb"] else what


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

# A question asking whether two things are alike, and a sentence setting two apart.
# A sentence setting two apart by degree ("narrower immunity than diplomats").
COMPARED = re.compile(r"\b(?:narrower|wider|broader|stronger|weaker|greater|smaller|larger|fewer|less|more|lower|higher)\b[^.;:]{0,30}\bthan\b", re.IGNORECASE)
LIKENESS = re.compile(r"\b(?:like|same|similar|equivalent|identical)\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:differ|differs|differed|different|difference|differences|unlike|whereas|by contrast|in contrast|distinct)\b", re.IGNORECASE)

# Words that narrow or load a claim ("is a state only a state if...", "isn't it basically
# just war?"): a sentence that does not repeat them neither confirms nor denies it.
# "Just one" and "only one" count rather than narrow ("can just one member block it?" /
# "a single 'no' vote from a permanent member ... blocks"): the glossary reads them as "a single".
RESTRICTIVE = re.compile(r"\b(?:only|just|merely|simply|basically|purely|solely|always)\b(?! one\b)", re.IGNORECASE)


# A sentence that goes beyond a narrowed claim ("is track one only between two countries?" /
# "from a conversation between two states up to negotiations involving almost every country").
WIDER = re.compile(r"\bfrom\b[^.;]*\bup to\b|\bnot (?:only|just|merely)\b|\bas well as\b|\bbeyond\b", re.IGNORECASE)


# A plain "not" ("isn't", "never", "can't"), rather than a denial that is part of what is
# claimed ("without the UN", "immune from arrest").
PLAIN_NEGATION = re.compile(r"\b(?:not|never|no|cannot|isnt|arent|wasnt|werent|doesnt|dont|didnt|cant|wont|hasnt|havent)\b|n't\b", re.IGNORECASE)


# A claim that something was done somewhere, at the end of the question ("signed in Oslo?"):
# the verb and the place.
PLACE_CLAIM = re.compile(r"\b([a-z]{4,}) (?:in|at) (?:the )?([a-z][\w-]+)\W*$", re.IGNORECASE)
MONTH = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December")


# A sentence that says only that something may hold ("public diplomacy can shade into
# propaganda"), and one that says it holds on a condition ("sanctions work best when ...",
# "could enter into force only if Russia joined"): neither says it plainly holds. A
# question asking with a modal itself ("can an ambassador be expelled?") is answered by one.
MAY_HOLD = re.compile(r"\b(?:[Cc]an|[Cc]ould|may|[Mm]ight)\b(?!'t| not\b)")  # "may", not the month
ASKS_MAY = re.compile(r"\b(?:can|could|may|might|would|should|must|will|ca|wo)(?:n'?t|not)?\b", re.IGNORECASE)
ON_CONDITION = re.compile(r"\b(?:only|best|except) (?:if|when)\b|\bprovided that\b", re.IGNORECASE)


# A question asked with a negative auxiliary ("isn't ...?", "can't ...?"): it asks whether
# the positive claim holds.
NEGATIVE_QUESTION = re.compile(
    r"\W*(?:(?:so|but|and|ok|well),? )?(?:is|are|was|were|does|do|did|ca|could|wo|would|should|has|have|had|must)n'?t\b|\W*cannot\b",
    re.IGNORECASE,
)


# The parts of a sentence that may each say something of another subject ("The framework
# of the Accords succeeded: the two countries signed their peace treaty ...").
SUBJECT_PARTS = re.compile(r"[:;]")
# Where a phrase naming one party ends ("US President John F. Kennedy and Soviet leader ...").
OWN_PHRASE = re.compile(r"[,:;]|\s+(?:and|or)\s+(?=[A-Z])")
POINTS_BACK = re.compile(r"\s*(?:it|its|they|their|them|neither|both|each|either|this|these|those|that|which|he|his|she|her|all|none)\b", re.IGNORECASE)


# A claim about most or all of a group ("recognised by most countries?") is denied by a
# sentence that gives only a few of it ("recognised by only 12 states").
MOST_OR_ALL = re.compile(r"\b(?:most|all|every|everyone|everybody|many|majority)\b", re.IGNORECASE)
ONLY_A_FEW = re.compile(r"\b(?:only|just) (?:a few|a handful|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their))|\bfew\b", re.IGNORECASE)


# A claim held of only some of what a plain claim is about ("is Taiwan recognised?" /
# "recognised by only 12 states"): it holds only in part. Not "only in 1992" (a time), nor
# "only one of the ..." (one picked out).
ONLY_SOME = re.compile(
    r"\b(?:only|just) (?:by )?(?:a few|a handful|a minority|some|\d{1,3}(?:,\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their)\b)(?!-)",
    re.IGNORECASE,
)
# A sentence saying the claim is a matter of debate ("The effectiveness of sanctions is
# debated"): neither a plain yes nor a plain no.
DEBATED = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:\w+ly\s+|still\s+|much\s+)?(?:debated|disputed|contested|controversial|in dispute)\b"
    r"|\b(?:opinions|views|scholars|experts|historians|observers) (?:differ|disagree|are divided)\b",
    re.IGNORECASE,
)


# A state that ended ("the United Kingdom left the EU", "withdrew from", "was dissolved";
# not "most states are left out", "top posts were left vacant"), and one taken up again
# after ending ("Morocco left the
# OAU ... and rejoined the AU"; not "the group returned to the G7 format").
ENDED = re.compile(
    r"\b(?:left(?! out| open| behind| over| unresolved| to| alone| vacant| empty| intact| in place| un[a-z]+)|leaves?|leaving|withdr[ae]w[a-z]*|withdrawn|quit|ceased?|no longer|expired?|lapsed|collapsed|dissolved|"
    r"abolished|terminated|suspended|expelled|pulled out)\b",
    re.IGNORECASE,
)
# A word opening what an ending is done to ("left the EU", "withdrew from it"): the ending
# is then the doer's, not its subject's.
OBJECT_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|from|of|out|all|both|some)\b", re.IGNORECASE)
# A subject's own ending, which may also be said "ended" ("..., and the INF Treaty ended";
# elsewhere "ended the state of war" ends something else, see `Verdicts._ends_itself`).
ENDED_ITSELF = re.compile(rf"{ENDED.pattern}|\bended\b", re.IGNORECASE)
# An ending said in the passive or of itself, whose doer is the clause's subject ("... and
# was dissolved in 1946", "voted to dissolve itself").
ENDED_BY_ITSELF = re.compile(
    r"\b(?:was|were|has been|have been|had been) (?:\w+ly )?(?:dissolved|abolished|terminated|disbanded|wound up)\b|\b(?:dissolve|dissolved|disband|disbanded) (?:itself|themselves)\b",
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
STILL = re.compile(rf"\b(?:{'|'.join(NOW_WORDS.split())})\b", re.IGNORECASE)
# Words that claim only that a subject is still there ("is the League still around?", "is
# New START still active?"): beside a word of NOW_WORDS, the question names nothing else.
BEING_THERE_WORDS = "around alive active valid going existing operating functioning"
AS_OF = re.compile(r"\b(?:as of|since|today|now|still)\b", re.IGNORECASE)
# A sentence saying where its subject stands at a date ("is, as of 2025, the last remaining
# treaty"), and that it lasts ("remaining", "still in force").
AS_OF_DATE = re.compile(r"\bas of (?:\w+ )?(?P<year>1[0-9]{3}|20[0-9]{2})\b", re.IGNORECASE)
# An ending yet to happen as of a date ("was due to take effect in January 2026").
PENDING = re.compile(r"\b(?:due to|would|will) take effect\b", re.IGNORECASE)
# The same said of now: "remained in force for three decades" tells of a past.
PERSISTS_NOW = re.compile(r"\b(?:remains|still|continues)\b", re.IGNORECASE)
PERSISTS = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|in force|continues?)\b", re.IGNORECASE)
# "Did Obama withdraw from the JCPOA?": what a person is claimed to have done.
AGENT_CLAIM = re.compile(r"^\W*(?:did|has|had)\s+(?P<rest>.+)$", re.IGNORECASE)
# Words that claim only that a party is in something ("still part of", "a party to").
MEMBERSHIP_WORDS = "in part party parties member members membership participant participants"
# A party that suspended its own part in something ("Russia was suspending its
# participation in New START") has not left it.
SUSPENDED_PART = re.compile(r"\bsuspend(?:s|ed|ing)? (?:its|their) (?:participation|membership|obligations)\b", re.IGNORECASE)


# Words asking to confirm a claim, whose "is" is not the claim's ("is it true that ...").
CONFIRMATION_FRAME = re.compile(r"^\W*(?:is|isn'?t) (?:it|that|this) (?:true|right|correct|so)(?: that)?\s+", re.IGNORECASE)


# Words before a plural that pick some of its kind out ("the diplomats", "these states").
PICKING_OUT = frozenset("the a an this that these those its their his her our my your some".split())


def claims_a_present_state(question: str) -> bool:
    """Whether a yes/no question claims something holds now ("is the UK in the EU?",
    "does NATO have ...?"), not that it happened ("did the UK leave?", "has it ever ...?")."""
    claim = CONFIRMATION_FRAME.sub("", question, count=1)  # "is it true that the US didn't join ...?" claims a past
    auxiliary = AUXILIARY.search(claim)
    return auxiliary is not None and not PAST_OR_EVER.search(auxiliary.group()) and not PAST_OR_EVER.search(question)


# Where a sentence's clauses part at its punctuation ("..., where host governments have
# answered by withdrawing ..."), and also at "but" and the like for CLAUSE_BREAK below.
PLAIN_CLAUSE_BREAK = re.compile(r"[,:;]")
# Where a sentence's clauses part ("...: the member states keep their own embassies, but
# they ..."): a claim is confirmed only by words said together in one of them.
CLAUSE_BREAK = re.compile(r"[:;]|,?\s+(?:but|whereas|while|although|though)\s+", re.IGNORECASE)
# The same, and where ", and" joins another clause: a verdict is read from the clauses
# naming the claim, so a denial in the other clause does not count.
CLAIM_CLAUSE_BREAK = re.compile(rf"{CLAUSE_BREAK.pattern}|,\s+and\s+|,\s+where\s+", re.IGNORECASE)


def told_in_the_past(sentence: str) -> bool:
    """Whether a sentence's first auxiliary is past ("SALT I was the first set of
    agreements"): it tells what held then, not what holds now."""
    auxiliary = AUXILIARY.search(sentence)
    return auxiliary is not None and PAST_OR_EVER.search(auxiliary.group()) is not None


def _next_words(words: list[str], word: str) -> set[str]:
    """The words that follow a word (or one kindred to it) in a list of terms."""
    return {following for at, following in zip(words, words[1:]) if not following.startswith("=") and kindred({word}, [at])}


def siblings(concept: str, other: str) -> bool:
    """Whether two glossary concepts are kinds of one thing told apart by one word of
    their names ("=track-one-diplomacy" and "=track-two-diplomacy", "=start-i" and "=start-ii")."""
    parts, others = concept.split("-"), other.split("-")
    return len(parts) == len(others) > 1 and sum(a != b for a, b in zip(parts, others)) == 1


def hedged(question: str, sentence: str) -> bool:
    """Whether a sentence says only that the claim may hold, where the question asks
    whether it plainly holds (see MAY_HOLD): it cannot say yes. (It can say no: "a foreign
    minister can sign treaties without needing full powers".)"""
    return bool(MAY_HOLD.search(sentence) and not ASKS_MAY.search(question)) or conditional(question, sentence)


def conditional(question: str, sentence: str) -> bool:
    """Whether a sentence says the claim holds only on a condition the question does not
    give ("could enter into force only if Russia joined"): it says neither yes nor no."""
    return bool(ON_CONDITION.search(sentence) and not ON_CONDITION.search(question))


def yes_or_no(question: str, sentence: str, about_another: bool = False, ended: bool = False) -> str | None:
    """"yes" when the sentence that answers a yes/no question says what the question
    asks ("Can an ambassador be expelled?" / "... may declare a diplomat persona non
    grata"), "no" when one of them denies what the other affirms ("Can the police arrest
    a diplomat?" / "A diplomatic agent is not liable to any form of arrest"), None when
    the sentence denies nothing but does not say all the question claims. `about_another`:
    the sentence puts the claim's subject under a sibling of the kind the question names
    ("is an NGO a track one actor?" / "NGOs ... the field of track two diplomacy"): it denies.
    `ended`: the sentence says a state the question claims holds now has ended (see
    `Verdicts._says_it_ended`): it denies too."""
    # Denied too: likeness, when the sentence sets the two apart ("full immunity like
    # diplomats?" / "the difference between..."), and a year the sentence gives otherwise
    # ("signed in 1980?" / "signed on 1 August 1975").
    if conditional(question, sentence) and not ended and not about_another:
        return None
    sentence = QUOTED_DENIAL.sub(" ", sentence)
    # A denial of what the question does not name ("needs nine votes and no vote against",
    # "on anything that is not procedural," for "does every permanent member have a veto?")
    # says nothing of its claim.
    asked_words = _word_starts(question)
    sentence = DENIED_ASIDE.sub(lambda denial: _unless_asked(denial, asked_words), sentence)
    if not ASKS_A_NEED.search(question):
        # A requirement denied of what the question does not claim ("do not have to be
        # sovereign states" for "is China in the WTO?"); not of what it does ("does not
        # have to be a legally binding treaty" for "was the Final Act legally binding?").
        asked = _word_starts(question)
        sentence = NEGATED_NEED.sub(lambda need: need.group() if asked & _word_starts(SHIELDED_FROM_WHAT.match(sentence, need.end()).group()) else " ", sentence)
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
    denied, denial_aside = _denials(question, sentence)
    denies = denied or (LIKENESS.search(question) and (CONTRAST.search(sentence) or COMPARED.search(sentence))) or other_year or other_place or too_few or too_narrow or ended or about_another
    if denial_aside and not denies:
        return None
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
    if verdict == "yes" and (unconfirmed or hedged(question, sentence)):
        return None
    if verdict == "yes" and DEBATED.search(sentence):
        return "debated"  # "The effectiveness of sanctions is debated" for "are sanctions effective?"
    return verdict


# "Is NATO a country?", "is the OSCE a military alliance like NATO?" (or "isn't NATO ...?",
# which asks the same): a claim that a subject is of a kind, which the sentences saying
# what the subject is decide.
# The subject runs to the last "a" or "an" that no preposition governs ("is sanctioning a
# country a diplomatic method?", "is a state a member of an organisation?").
CATEGORY_CLAIM = re.compile(
    r"^(?:is|are|was|were)(?:n'?t)?\s+(?P<subject>.+)(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bby)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)\s+(?:a|an)\s+(?P<kind>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
# A kind claimed with a clause of its own ("a state if other countries recognise it") is
# more than a kind.
CLAUSE_WORD = re.compile(r"\b(?:if|when|because|that|who|which|unless|until)\b")
# The verb of a sentence saying what its subject is, and whether it denies it ("... was
# never a red telephone").
COPULA = re.compile(r"\s(?:is|are|was|were)\s+(?P<denied>(?:\w+ly\s+)?(?:not|never|no longer)\s+)?", re.IGNORECASE)
# A kind that relates the subject to something else ("a form of coercive diplomacy").
RELATIONAL_KIND = re.compile(r"\b(?:of|in|within|among|under)\b")
# A subject owned by another ("China's seat was ...") is not the subject itself.
POSSESSIVE = re.compile(r"\w(?:'|\u2019)s\b")
# Where what a sentence says its subject is ends: "a political and military alliance of
# states in North America and Europe", before "committed to defending ...".
PREDICATE_END = re.compile(r"[,;:(]|\s(?:that|which|who|whose|where|when|while|because|to|committed|created|set up|founded)\s", re.IGNORECASE)
# Where a clause with a subject of its own begins ("..., so the targets themselves are ...").
CLAUSE_OPENING = re.compile(r",\s+(?:so|because|since|while|whereas|although|though|and|but)\s+", re.IGNORECASE)
# How many words may name the subject before the verb ("The North Atlantic Treaty
# Organization (NATO), also called the Atlantic Alliance, is ...").
SUBJECT_WORDS = 12


# "Is Brazil in the G7?", "is Germany a permanent member of the Security Council?": a
# claim that a state is among a body's members (of a kind: "permanent"), which a sentence
# listing all those members decides.
MEMBERSHIP_CLAIM = re.compile(
    r"^(?:is|are)\s+(?P<member>(?:\S+\s+){0,3}?\S+)\s+(?:(?:a|an)\s+(?:(?P<kind>[a-z-]+)\s+)?member(?:\s+state)?\s+of|in|part\s+of)\s+(?P<body>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
COUNT_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
# A sentence listing all of a body's members: a count, the members (of a kind), then the
# names after a colon or in brackets ("The G7 has seven members as of 2025: Canada, ...";
# "five permanent members, often called the P5 (China, France, ...)"). The names end at a
# closing bracket, a clause of their own (", with the European Union as a participant") or
# the sentence's end.
MEMBER_LIST = re.compile(
    rf"\b(?P<count>{'|'.join(COUNT_WORDS)}|\d+)\s+(?:(?P<kind>[a-z-]+)\s+)?members\b(?P<between>[^:();]{{0,40}}?)[:(]\s*(?P<names>[^:();]+?)\s*(?:\)|;|,\s+with\b|\.?$)",
    re.IGNORECASE,
)
# A sentence opening with a member joining ("China joined the WTO in 2001").
JOINED = re.compile(r"^(?P<member>(?:\S+\s+){0,3}?\S+)\s+(?:joined|became a member of|acceded to)\s", re.IGNORECASE)
# Words a listed name may hold in lower case ("the United Kingdom", "Bosnia and Herzegovina").
NAME_LINKS = {"the", "of", "and"}


class Verdict(NamedTuple):
    """The answer to a yes/no question: "yes" or "no", the sentence that says it, and that
    sentence's passage when it comes from outside the answer's sentences."""

    word: str
    sentence: str
    passage: Passage | None = None
    as_of: str = ""  # the year the knowledge dates a present state to ("as of 2025")
    due: str = ""  # when that state was due to end, a day now past ("on 5 February 2026")


class Verdicts:
    """Finds the verdict on a yes/no question's claim in the sentences of an answer."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.roles = Roles(retriever, reader)

    def claim(self, passages: list[Passage], tokens: list[str]) -> set[str]:
        """The terms of what a yes/no question claims of its subject ("be expelled");
        naming only the subject ("Is NATO?") claims nothing. A year it gives is checked
        against the sentence (see `yes_or_no`), not looked for."""
        focus = {t for t in self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens) if not YEAR.fullmatch(t)} if passages else set()
        # A word of a glossary name ("pulled out" of =withdrawal) is said by any of its
        # names ("withdraw"): the concept stands for it.
        return self._by_concept(focus) - set(self.retriever.query_tokens(NOW_WORDS))

    def reason(self, question: str, verdict: Verdict, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """A sentence of another section of the answering document that says the whole claim
        before its "because", gives the same verdict and says why ("the United States
        never joined, because the US Senate refused to ratify ..." for the overview's "...
        but the United States never joined"); None when the deciding sentence gives a cause
        itself or no such sentence is found."""
        if self.reader.has_cue(verdict.sentence, "because"):
            return None
        focus = self.claim(passages, tokens)
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

    def speaking_elsewhere(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a yes/no question that no sentence of the answer speaks to (none says all of
        its claim together): the first sentence of another section of the answering document
        that does, in one clause, with its passage; None when there is none."""
        focus = self.claim(passages, tokens)
        if not focus:
            return None
        telling = max(focus, key=lambda t: self.retriever.index.idf_of(t) or 0.0)

        def speaks(sentence: str, words: list[str]) -> bool:
            # Of the claim's subject, not of another thing (see `_of_another`).
            return kindred(focus, words) == focus and self._together(sentence, focus) and not self._of_another(question, sentence, words, tokens, focus, telling)

        if any(speaks(s, self.retriever.query_tokens(s)) for s in sentences):
            return None
        for passage in passages[1:]:
            if passage.chunk.doc_id == passages[0].chunk.doc_id:
                for sentence, words in self.reader.of(passage.chunk):
                    if stands_alone(sentence) and speaks(sentence, list(words)):
                        return sentence, passage
        return None

    def decide(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"yes" or "no" to a yes/no question and the sentence that says it, or None when
        no sentence of the answer speaks to what the question claims. A question asking
        about now ("is New START still in force?") decided by a sentence that dates what it
        says ("is, as of 2025, the last remaining treaty") is answered as of that year: the
        knowledge cannot say what has happened since."""
        verdict = self._decide(question, sentences, passages, tokens) or self._not_listed(question, sentences, passages) or self._as_its_kind(question, sentences, passages, tokens)
        if verdict is not None and verdict.word == "yes" and self._of_only_some(question, verdict.sentence, passages, tokens):
            return verdict._replace(word="partly")
        if verdict is not None and verdict.word == "yes" and verdict.passage is None:
            verdict = verdict._replace(sentence=self._joined(question, sentences) or verdict.sentence)
        dated = AS_OF_DATE.search(verdict.sentence) if verdict is not None and verdict.word in ("yes", "no") and STILL.search(question) else None
        if verdict is not None and dated is not None:
            # An ending still to come as of the date ("a second withdrawal, which as of 2025 was
            # due to take effect in January 2026") leaves the claim true then, not for long.
            word = "ending" if verdict.word == "no" and PENDING.search(verdict.sentence) else verdict.word
            # And one whose end, still to come then ("due to expire on 5 February 2026"), has
            # passed by today is not answered as holding now.
            due = passed_ending(verdict.sentence, dated["year"]) if word in ("yes", "ending") else ""
            return verdict._replace(word="lapsed" if due else f"as_of_{word}", as_of=dated["year"], due=due)
        return verdict

    def _decide(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict as the sentences give it, before `decide` dates a claim about now."""
        if any(t in self.retriever.attitude and self.retriever.index.idf_of(t) is None for t in self.claim(passages, tokens)):
            # "Is the veto unfair?", "are sanctions pointless?": a verdict on how to see the
            # subject, in words the knowledge base never uses; the answer gives the facts.
            return None
        category = self._category(question, passages)
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
        suspended = self._suspended(question, passages, tokens) if passages else None
        if suspended is not None:
            return suspended
        focus = self.claim(passages, tokens)
        if passages and STILL.search(question) and self._names_only_its_subject(tokens):
            # Not said to have ended, it still stands where the document dates it ("is New
            # START still active?" / "is, as of 2025, the last remaining treaty ...").
            current = self._holds_as_of(passages, tokens) if claims_a_present_state(question) else None
            return self._still_there(question, passages, tokens) or (Verdict("yes", *current) if current is not None else None)
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
            and not self._of_another(question, sentence, words, tokens, focus, telling) and not self._said_of_another_subject(sentence, words, focus, tokens)
        ]
        # A claim dated by a year ("was the JCPOA agreed in 2015?") is spoken to first by the
        # sentences giving that year with its telling word ("agreed ... on 2 April 2015"),
        # not by one dating something else the same word is said of (an interim deal
        # "agreed ... in 2013").
        asked_years = set(YEAR.findall(question))
        dated = [
            sentence for sentence, words in zip(sentences, said)
            if asked_years & set(YEAR.findall(sentence)) and kindred({telling}, words) and kindred(names, words) == names
            and not self._of_another(question, sentence, words, tokens, focus, telling)
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
        # A sentence that says only that the claim may hold ("can shade into propaganda"),
        # or holds on a condition, leaves the verdict to the others; when it denies, it
        # denies ("can sign treaties without needing full powers").
        plain = [s for s in answering if verdicts[s] == "no" or not hedged(question, self._claim_clauses(s, focus | asked_kinds))]
        only_hedged, answering = bool(answering) and not plain, plain
        verdicts = {sentence: verdicts[sentence] for sentence in answering}
        denied_year = self._other_year(question, answering, passages)
        if denied_year is not None:
            return Verdict("no", denied_year)
        denying = [sentence for sentence, verdict in verdicts.items() if verdict == "no"]
        if denying:
            # Of the endings the document tells ("would withdraw ... took effect on 4
            # November 2020", then "a second withdrawal" in 2025), the latest says where it stands.
            later = self._latest_ending(question, passages, focus) if self._says_it_ended(question, denying[0], focus) else None
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
        # Nor can it confirm what the knowledge base never says at all ("was Germany happy
        # with it?": no passage says "happy").
        unknown = {t for t in focus if not t.startswith("=") and self.retriever.index.idf_of(t) is None}
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        unsaid = [
            (kindred(focus, used) | named | (focus & self.retriever.incidental) | unknown) - kindred(focus, [*words, *glossary.name_stems({t for t in words if t.startswith("=")}, stem)])
            for sentence, words in zip(sentences, said) if sentence in answering
        ]
        if answering and all(verdict in ("yes", "partly", "debated") for verdict in verdicts.values()) and not any(unsaid) and all(self._together(s, focus) for s in answering):
            ended = self._ended_elsewhere(question, passages, tokens)
            if ended is not None:
                return Verdict("no", *ended)
            # A sentence saying the claim holds only of some, or is debated, qualifies the others' yes.
            qualified = next((s for s in answering if verdicts[s] != "yes"), None)
            if qualified is not None:
                return Verdict(verdicts[qualified], qualified)
            # "Still", "now": a sentence dating the state ("entered into force on 5 February
            # 2011 for ten years") says when it began, not that it holds now; one saying
            # where it stands as of a date does.
            # Nor does one told in the past ("SALT I was the first set of agreements ...: the
            # Anti-Ballistic Missile Treaty ...").
            if STILL.search(question) and (YEAR.search(answering[0]) or told_in_the_past(answering[0])) and not AS_OF.search(answering[0]):
                current = self._holds_as_of(passages, tokens)
                return Verdict("yes", *current) if current is not None else None
            return Verdict("yes", answering[0])
        if only_hedged:
            # What only may hold now ("could trade limits ...") has still ended when the
            # document says so ("As of 2025, the JCPOA has largely collapsed").
            ended = self._ended_elsewhere(question, passages, tokens)
            return Verdict("no", *ended) if ended is not None else None
        return None

    def _as_its_kind(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim no sentence speaks to in its own words: the verdict of the same claim
        about the kind the answering document defines a word of it as ("are Security Council
        resolutions binding?" asked as "are Security Council decisions binding?", from "A
        resolution is a formal decision ..."), from a sentence saying that kind. None when
        no such sentence decides it."""
        if not passages:
            return None
        words = re.findall(r"[\w'-]+", question)
        for term in sorted(self.claim(passages, tokens)):
            asked = [word for word in words if self.retriever.query_tokens(word) == [term]]
            for kind in kinds_defined(self.retriever, self.reader, passages[0].chunk.doc_id, term) if asked else []:
                plural = kind + "s" if asked[0].lower().endswith("s") else kind
                as_kind = re.sub(rf"\b{re.escape(asked[0])}\b", plural, question)
                verdict = self._decide(as_kind, sentences, passages, self.retriever.query_tokens(as_kind))
                if verdict is not None and kindred(set(self.retriever.query_tokens(kind)), self.retriever.query_tokens(verdict.sentence)):
                    return verdict
        return None

    def _of_only_some(self, question: str, sentence: str, passages: list[Passage], tokens: list[str]) -> bool:
        """Whether a clause of the sentence says a word of a plain claim of only a few (see
        ONLY_SOME): "... meets most criteria for statehood but is recognised by only 12
        states" for "is Taiwan recognised as a state?". A claim narrowed itself ("only",
        "just") is not plain."""
        focus = self.claim(passages, tokens)
        return not RESTRICTIVE.search(question) and any(
            ONLY_SOME.search(clause) and kindred(focus, self.retriever.query_tokens(clause)) for clause in CLAUSE_BREAK.split(sentence)
        )

    def _not_listed(self, question: str, sentences: list[str], passages: list[Passage]) -> Verdict | None:
        """"yes" or "no" to a claim that a state is among a body's members ("is Brazil in the
        G7?") from a sentence of the answering document listing all of those members (as many
        names as the count it gives, of the kind asked: "permanent"): "yes" when the state is
        among them, "no" when it is nowhere in that sentence. None otherwise: an incomplete list, a name the
        knowledge base does not know (a misspelling is not a "no"), or no such sentence."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip())
        if claim is None or not passages or STILL.search(question):
            return None
        tokens_of = self.retriever.query_tokens
        member, body = set(tokens_of(claim.group("member"))), set(tokens_of(claim.group("body")))
        if not member or not body or member & body or any(self.retriever.index.idf_of(t) is None for t in member):
            return None
        body = {t for t in body if t.startswith("=")} or body  # "UN Security Council" is the concept, as "Security Council" is
        kind = claim.group("kind") or ""
        answer = set(sentences)
        chunks = [passage.chunk for passage in passages]
        for chunk in [*chunks, *(self.retriever.chunks[i] for i in self.retriever.doc_chunks.get(chunks[0].doc_id, []))]:
            for sentence, words in self.reader.of(chunk):
                listing = self._full_list(sentence, kind)
                if listing is None or not body <= set(tokens_of(sentence[: listing.start("names")])):
                    continue
                word = "yes" if member <= set(tokens_of(listing.group("names"))) else None if member <= set(tokens_of(sentence)) else "no"
                # Named elsewhere in the sentence ("with the European Union as a participant"): undecided.
                return Verdict(word, sentence, None if sentence in answer else Passage(chunk, 0.0)) if word else None
        return None

    def _joined(self, question: str, sentences: list[str]) -> str | None:
        """For a membership confirmed ("is China in the WTO?"), the sentence of the answer
        that opens with the member joining the body ("China joined the WTO in 2001"): it
        says the "yes" outright, where the sentence that decided may only name the member
        beside others ("separate customs territories such as Hong Kong, China, ...")."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip())
        if claim is None:
            return None
        tokens_of = self.retriever.query_tokens
        member, body = set(tokens_of(claim.group("member"))), set(tokens_of(claim.group("body")))
        for sentence in sentences:
            opening = JOINED.match(sentence)
            if opening and member and member <= set(tokens_of(opening.group("member"))) and body <= set(tokens_of(sentence[opening.end() :])):
                return sentence
        return None

    @staticmethod
    def _full_list(sentence: str, kind: str) -> re.Match[str] | None:
        """The match of a list naming as many members, of the kind asked ("permanent", or
        none), as the count before it, each a capitalised name; None when there is none."""
        for listing in MEMBER_LIST.finditer(sentence):
            count = listing.group("count").lower()
            expected = int(count) if count.isdigit() else COUNT_WORDS.index(count) + 2
            names = [name for name in re.split(r",\s*|\s+and\s+", listing.group("names")) if name]
            capitalised = all(word[0].isupper() or word in NAME_LINKS for name in names for word in name.split())
            if (listing.group("kind") or "").lower() == kind and len(names) == expected and capitalised:
                return listing
        return None

    def _of_another(self, question: str, sentence: str, words: list[str], tokens: list[str], focus: set[str], telling: str) -> bool:
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
        telling_parts = [part for part in own_parts if kindred({telling}, list(part))]
        names = {t for t in tokens if not self.retriever.is_everyday(t)} - named - glossary.name_stems(named, stem)
        if len(parts) > 1 and named and telling_parts and not any((named | names) & part for part in telling_parts):
            return True
        # A sibling of a kind asked for ("track two" for "track one") denies instead (see `yes_or_no`).
        # The shared word must be one the question says ("START" of "New START", not the
        # "United" of "United States" for "Security Council"), and a thing named within the
        # asked thing's name is part of it ("the permanent members of the Security Council").
        others = {t for t in words if t.startswith("=")} - asked
        if any(
            glossary.name_stems({concept}, stem) & glossary.name_stems({other}, stem) & set(tokens) - self.retriever.incidental
            and not self._named_within(concept, other)
            for concept in asked - named for other in others if not siblings(concept, other)
        ):
            return True
        return self._in_another_name(question, sentence, words, others, focus) or self._of_another_person(sentence, tokens, focus, telling)

    def _said_of_another_subject(self, sentence: str, words: list[str], focus: set[str], tokens: list[str]) -> bool:
        """Whether a sentence naming another thing the question does not (a glossary
        concept) says the claim of a subject the question does not name: "Each party writes
        its own nationally determined contribution (NDC), so the targets themselves are not
        legally binding" says nothing of whether the Paris Agreement is. A subject pointing
        back ("it", "they") may be the question's."""
        if not {t for t in words if t.startswith("=")} - set(tokens):
            return False
        clause = self._claim_clauses(sentence, focus)
        copula = COPULA.search(clause)
        if copula is None:
            return False
        head = CLAUSE_OPENING.split(clause[: copula.start()])[-1]
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

    def _of_another_person(self, sentence: str, tokens: list[str], focus: set[str], telling: str) -> bool:
        """Whether the claim's subject, the question's first name, comes in the sentence in
        a phrase of its own (between commas, or an "and" before a capital) with some of the
        claim, while another of the claim's names is said only in another such phrase: "US
        President John F. Kennedy and Soviet leader Nikita Khrushchev" does not say that
        Khrushchev led the US; or while the claim's telling word is said only in another
        phrase, of another party (see below)."""
        # The first word of the question that names something, itself or in a glossary name ("united").
        stem = self.retriever.tokenizer.stem
        named = self.retriever.kb.glossary.name_stems({t for t in tokens if t.startswith("=") and self._a_name(t)}, stem)
        subject = next((t for t in tokens if not t.startswith("=") and (not self.retriever.is_everyday(t) or t in named)), None)
        if subject is None:
            return False
        subjects = self._as_named(subject, tokens)
        subjects |= set(tokens) & self._as_said(subjects)  # "state" of "United States"
        ordered = [self.retriever.query_tokens(phrase) for phrase in OWN_PHRASE.split(sentence)]
        phrases = [set(phrase) for phrase in ordered]
        own = [phrase for phrase in phrases if subjects & phrase]
        names = {t for t in focus - subjects if t.startswith("=") or not self.retriever.is_everyday(t)}
        if len(own) != 1:
            return False
        if own[0] & focus - subjects and any(name not in own[0] and any(name in phrase for phrase in phrases) for name in names):
            return True
        # Nor is the claim's telling word said of the subject when it is said in another
        # phrase, after another party named there ("Kissinger's step-by-step agreements
        # separated the armies, created buffer zones watched by UN forces" for "does the UN
        # have an army?"; not ", signed on 28 June 1919 in the Hall of Mirrors").
        return not kindred({telling}, list(own[0])) and any(self._said_by_another(phrase, telling, set(tokens)) for phrase in ordered if set(phrase) != own[0])

    def _said_by_another(self, phrase: list[str], telling: str, asked: set[str]) -> bool:
        """Whether a phrase names a party the question does not before its telling word
        (or a word of its glossary names: "permanent" of "=p5")."""
        telling_words = self._as_said({telling})
        at = next((i for i, t in enumerate(phrase) if t in telling_words or kindred({telling}, [t])), None)
        return at is not None and any(self._a_name(t) for t in phrase[:at] if t not in asked)

    def _as_said(self, terms: set[str]) -> set[str]:
        """Terms and the words of their glossary names ("=p5", "perman", "five", ...)."""
        return set(terms) | self.retriever.kb.glossary.name_stems(terms, self.retriever.tokenizer.stem)

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
        names = [name for other in others for name in glossary.names_of(other) if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE)]
        outside = tokens_of(re.sub("|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names), " ", sentence, flags=re.IGNORECASE)) if names else words
        asked_words, claimed = tokens_of(question), {t for t in focus if not t.startswith("=")}
        lost = kindred(claimed, words) - kindred(claimed, outside)
        for name in names:
            plain = [t for t in tokens_of(name) if not t.startswith("=")]
            if lost and len(plain) > 1 and not kindred({plain[-1]}, asked_words) and kindred(lost, plain[:-1]):
                return True
        return False

    def _category(self, question: str, passages: list[Passage]) -> Verdict | None:
        """For a claim that the subject is of a kind ("is NATO a country?"), decided by the
        sentences of the subject's document that say what the subject is ("NATO ... is a
        political and military alliance of states ..."): "yes" from the first naming the
        kind, "no" from one denying it ("the hotline was never a red telephone") or, when
        none names it, from the first, which defines the subject. None for another claim,
        or when no sentence says what the subject is."""
        match = CATEGORY_CLAIM.match(fold(question).strip())
        if match is None or not passages or RESTRICTIVE.search(match.group("subject")) or CLAUSE_WORD.search(match.group("kind")):
            return None
        subject, kind = self.retriever.query_tokens(match.group("subject")), self._by_concept(set(self.retriever.query_tokens(match.group("kind"))))
        # The subject's own document says what it is ("is the OSCE a military alliance like
        # NATO?" may be answered from NATO's), named by a glossary name or its title's words.
        mentioned = self.retriever.mentioned_documents(subject)
        doc_id = mentioned[0] if mentioned else passages[0].chunk.doc_id
        core = {t for t in subject if t.startswith("=")} or set(subject) & self.retriever.title_terms(doc_id)
        own = bool(mentioned) or bool(core) and core <= self.retriever.title_terms(doc_id)  # "a consul": "Consuls and attachés"
        if not core or not kind or kind & core:
            return None  # nothing claimed, or a name of the subject claimed ("is the hotline a red phone?")
        # The first sentence saying what the subject is, in its own document, denies a plain
        # kind it names nothing of ("a political and military alliance" for "a country"); one
        # naming some of it ("the global intergovernmental organisation" for "an international
        # organisation") may be saying it in other words, and a kind relating it to another
        # ("a form of coercive diplomacy", "a member of ASEAN") may hold beside what it is:
        # neither decides.
        may_deny = own and not RELATIONAL_KIND.search(match.group("kind"))
        defining: Verdict | None = None
        first = True  # the first sentence saying what the subject is: it defines the subject
        tokens_of = self.retriever.query_tokens
        for position in self.retriever.doc_chunks.get(doc_id, []):
            chunk = self.retriever.chunks[position]
            for sentence, _ in self.reader.of(chunk):
                # The subject itself before the verb, not a word made from it ("Consular
                # immunity is ..." says nothing of what a consul is).
                copula = COPULA.search(sentence)
                head = sentence[: copula.start()] if copula else ""
                if copula is None or len(head.split()) > SUBJECT_WORDS or POSSESSIVE.search(head) or not core <= set(tokens_of(head)):
                    continue
                predicate = sentence[copula.end() :]
                end = PREDICATE_END.search(predicate)
                named = kindred(kind, tokens_of(predicate[: end.start()] if end else predicate))
                if named == kind:
                    return Verdict("no" if copula.group("denied") else "yes", sentence, Passage(chunk, 0.0))
                if first:
                    first = False
                    if may_deny and not named and not copula.group("denied"):
                        defining = Verdict("no", sentence, Passage(chunk, 0.0))
        return defining

    def _by_concept(self, terms: set[str]) -> set[str]:
        """Terms with the words of a glossary name they give left to its concept ("UN organ"
        is "=un" and "organ", as "organ of the United Nations" is)."""
        concepts = {t for t in terms if t.startswith("=")}
        return terms - (self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) - concepts) if concepts else terms

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
        "JCPOA" of "is the JCPOA still in force?"), and not a whole kind: what befell some
        of it ("expelled the Libyan diplomats") ends nothing of the kind ("do diplomats enjoy
        immunity?"). None when no sentence does."""
        if not claims_a_present_state(question):
            return None
        subject = self._claim_subject(tokens)
        if not subject or self._a_whole_kind(question, subject):
            return None
        standing = self._where_it_stands(passages)
        endings = [
            (sentence, passage)
            for passage in standing
            for sentence, _ in self.reader.of(passage.chunk)
            if self._says_it_ended(question, sentence, subject) and self._ending_near(sentence, subject)
        ]
        if not endings or self._persisting(standing, subject, tokens) is not None:
            return None
        return max(endings, key=lambda ending: latest_year(ending[0]))

    def _latest_ending(self, question: str, passages: list[Passage], focus: set[str]) -> tuple[str, Passage] | None:
        """The sentence of the answering document, with its passage, that gives the latest
        year of those saying the claim ended, of a party the claim names or a person of its
        side ("On 20 January 2025 Trump ordered a second withdrawal"); None when none does."""
        names = {t for t in focus if t.startswith("=")} or focus
        endings = [
            (sentence, passage)
            for passage in self._whole_document(self._where_it_stands(passages))
            for sentence, _ in self.reader.of(passage.chunk)
            if not RESUMED.search(sentence)
            and any(ENDED.search(clause) and (self._ending_near(clause, names) or self._side_named(clause.split(), names)) for clause in PLAIN_CLAUSE_BREAK.split(sentence))
        ]
        return max(endings, key=lambda ending: latest_year(ending[0]), default=None)

    def latest_fate(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a question whether its subject still holds that no sentence of the answer
        decides ("is the ABM Treaty still in force?", answered "entered into force on 3 October
        1972"): the latest-dated sentence of the subject's document saying, near the subject's
        name, that it or a party to it ended or was taken up again ("the United States would withdraw from
        the ABM Treaty ..., and the withdrawal took effect on 13 June 2002"). Its word is "no"
        when the subject itself ended ("..., and the INF Treaty ended"), "" when the sentence
        only tells what befell it, which the answer opens with, as it does a sentence saying the
        claim still holds; None when no sentence does."""
        if not passages or not STILL.search(question) or not claims_a_present_state(question):
            return None
        subject = self._claim_subject(tokens)
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
            if latest_year(sentence) and (self._ending_beside(sentence, subject) or (RESUMED.search(sentence) and kindred(subject, self.retriever.query_tokens(sentence))))
        ]
        if not fates:
            return None
        # Taken up again since ("Egypt was readmitted in 1989") is a fate too.
        sentence, passage = max(fates, key=lambda fate: latest_year(fate[0]))
        ended = not RESUMED.search(sentence) and any(self._ends_itself(clause, subject) for clause in PLAIN_CLAUSE_BREAK.split(sentence))
        return Verdict("no" if ended else "", sentence, passage)

    def _whole_document(self, standing: list[Passage]) -> list[Passage]:
        """The passages the answer drew on and its overview, then the rest of their document:
        what happened to a subject last ("the withdrawal took effect on 13 June 2002") is
        often told in a section of its own that the question's words did not reach."""
        doc_id = standing[0].chunk.doc_id
        seen = {p.chunk.id for p in standing}
        rest = [self.retriever.chunks[at] for at in self.retriever.doc_chunks.get(doc_id, [])]
        return [*standing, *(Passage(chunk, 0.0) for chunk in rest if chunk.id not in seen)]

    def _names_only_its_subject(self, tokens: list[str]) -> bool:
        """Whether a question names nothing but its subject ("is the INF Treaty still a
        thing?", "is the hotline still around?"): it claims only that the subject still
        holds, which no sentence merely naming the subject decides."""
        subject = self._claim_subject(tokens)
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        # The rest of a title it is a word of ("nations" of "League of Nations") names it too.
        titled = [self.retriever.title_terms(d) for d in self.retriever.mentioned_documents(tokens) if subject & self.retriever.title_terms(d)]
        rest = set(tokens) - subject - glossary.name_stems(subject, stem) - set().union(*titled) - self.retriever.incidental
        rest -= set(self.retriever.query_tokens(f"{NOW_WORDS} {BEING_THERE_WORDS}"))
        return bool(subject) and not rest

    def _still_there(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a question asking only whether its subject still holds ("is the INF Treaty
        still a thing?"): "no" with the sentence of the subject's document, in any section,
        that says the subject itself ended ("..., and the INF Treaty ended"; not "Japan ...
        left the League", "the United Kingdom left the EU"); None when none does (the
        knowledge may simply not say it ended)."""
        subject = self._claim_subject(tokens)
        if not claims_a_present_state(question):
            return None
        doc_id = passages[0].chunk.doc_id
        for at in self.retriever.doc_chunks.get(doc_id, []):
            chunk = self.retriever.chunks[at]
            for sentence, _ in self.reader.of(chunk):
                if not RESUMED.search(sentence) and any(self._ends_itself(clause, subject) for clause in PLAIN_CLAUSE_BREAK.split(sentence)):
                    return Verdict("no", sentence, Passage(chunk, 0.0))
        return None

    def _ends_itself(self, clause: str, subject: set[str]) -> bool:
        """Whether a clause says its subject ended: the subject within ENDING_REACH words
        before an ending that takes no object ("the INF Treaty ended", "the League was
        dissolved in 1946"; not "the League expelled the Soviet Union"), or, the subject
        opening the clause, a passive or reflexive ending anywhere in it ("The League of
        Nations failed to stop aggression in the 1930s and was dissolved in 1946", "the
        League voted on 18 April 1946 to dissolve itself")."""
        words = clause.split()
        if ENDED_BY_ITSELF.search(clause) and kindred(subject, self.retriever.query_tokens(" ".join(words[: ENDING_REACH + 1]))):
            return True
        for at in range(len(words)):
            ending = ENDED_ITSELF.match(" ".join(words[at : at + 2]))
            if ending is None or ending.group().lower() == "no longer":  # "no longer sets a target": an activity ended
                continue
            after = at + len(ending.group().split())
            takes_object = after < len(words) and (OBJECT_OPENING.match(words[after]) is not None or words[after][:1].isupper())
            if not takes_object and kindred(subject, self.retriever.query_tokens(" ".join(words[max(0, at - ENDING_REACH) : at]))):
                return True
        return False

    def _a_whole_kind(self, question: str, subject: set[str]) -> bool:
        """Whether the question names its subject as a whole kind: a plural with no word
        before it picking some out ("do diplomats enjoy immunity?"; not "are the Libyan
        diplomats ...", "is Russia ...")."""
        words = re.findall(r"[\w'-]+", question.lower())
        for before, word in zip(["", *words], words):
            if kindred(subject, self.retriever.query_tokens(word)):
                return word.endswith("s") and not word.endswith("'s") and before not in PICKING_OUT
        return False

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

    def _done_by_another(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim that a person did something ("did Obama withdraw from the JCPOA?"):
        "no", with the sentence of the answering document that says it of another person of
        the same side, by title ("US President Donald Trump announced that the United
        States was withdrawing ... from the JCPOA"), when no sentence of the document says it
        with the person. None for another claim or a person the knowledge gives no side."""
        match = AGENT_CLAIM.match(question.strip())
        if match is None:
            return None
        words = match.group("rest").split()
        surname = next((self.roles.surname(w) for w in words[:2] if any(t.side for t in self.roles.titles_of(self.roles.surname(w)))), None)
        if surname is None:
            return None
        sides = [t.side for t in self.roles.titles_of(surname)]
        claim = self.claim(passages, tokens) - set(self.retriever.query_tokens(surname))
        if not claim:
            return None
        doc_id = passages[0].chunk.doc_id
        saying: list[tuple[str, Passage]] = []
        for position in self.retriever.doc_chunks.get(doc_id, []):
            chunk = self.retriever.chunks[position]
            for sentence, said in self.reader.of(chunk):
                if kindred(claim, list(said)) != claim or not self._together(sentence, claim):
                    continue
                if re.search(rf"\b{re.escape(surname)}\b", sentence, re.IGNORECASE):
                    return None  # said with the person
                saying.append((sentence, Passage(chunk, 0.0)))
        for sentence, passage in saying:
            if any(name != surname and any(self.roles.sides_meet(title.side, side) for side in sides) for name, title in self.roles.titled_in(sentence)):
                return Verdict("no", sentence, passage)
        return None

    def _claim_subject(self, tokens: list[str]) -> set[str]:
        """The claim's subject: the question's first term that is more than a word any
        subject could take, with the glossary concepts it is a word of; empty when none."""
        now = set(self.retriever.query_tokens(NOW_WORDS))
        first = next((t for t in tokens if not t.startswith("=") and t not in self.retriever.incidental and t not in now), None)
        return self._as_named(first, tokens) if first is not None else set()

    def _where_it_stands(self, passages: list[Passage]) -> list[Passage]:
        """The passages of the answering document the answer drew on, and its overview, which
        says where its subject stands now ("As of 2025, the JCPOA has largely collapsed ...")."""
        doc_id = passages[0].chunk.doc_id
        overview = self.retriever.chunk_range(doc_id)[:1]
        looked = [*passages, *(Passage(self.retriever.chunks[at], 0.0) for at in overview if all(p.chunk.id != self.retriever.chunks[at].id for p in passages))]
        return [p for p in looked if p.chunk.doc_id == doc_id]

    def _holds_as_of(self, passages: list[Passage], tokens: list[str]) -> tuple[str, Passage] | None:
        """For a claim that something still holds, which the answer confirms only with when it
        began ("entered into force on 5 February 2011"): a sentence of the document, with its
        passage, that says its subject stands as of a date ("New START ... is, as of 2025, the
        last remaining treaty ..."), and not that it has ended. None when none does."""
        subject = self._claim_subject(tokens)
        for passage in self._where_it_stands(passages) if subject else []:
            for sentence, words in self.reader.of(passage.chunk):
                dated = AS_OF_DATE.search(sentence)
                if dated and PERSISTS.search(sentence) and kindred(subject, self.retriever.query_tokens(sentence[: dated.start()])) and not self._ending_near(sentence, subject):
                    return sentence, passage
        return None

    def _suspended(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """For a claim that a party left something ("did Russia pull out of New START?") or is
        still in it ("is Russia still in New START?"): when the document says the party only
        suspended its part ("Russia was suspending its participation in New START") and never
        that it left, it is still a party in form: "not_formally" to the leaving, "formally_yes"
        to the staying. None for another claim or when no such sentence is found."""
        glossary = self.retriever.kb.glossary
        endings = {c for c in tokens if c.startswith("=") and glossary.is_a_word(c) and any(ENDED.search(name) for name in glossary.names_of(c))}
        leaving = bool(ENDED.search(question)) or bool(endings)
        subject = self._claim_subject(tokens)
        # The other things the question names ("New START"): the clause must name them too.
        named = {t for t in tokens if t.startswith("=") and not glossary.is_a_word(t)} - subject
        # Only being in it, or leaving it, is claimed: not "still sharing data under New START".
        claimed = self.claim(passages, tokens) - subject - named - endings - set(self.retriever.query_tokens(MEMBERSHIP_WORDS))
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
                        if ENDED.search(clause) and self._ending_near(clause, subject):
                            return None  # it did end, as another sentence says
                        continue
                    before = self.retriever.query_tokens(clause[: suspension.start()])
                    rest = clause[: suspension.start()] + clause[suspension.end() :]
                    if kindred(subject, before) and not ENDED.search(rest) and found is None:
                        found = Verdict("not_formally" if leaving else "formally_yes", sentence, passage)
        return found

    def _ending_near(self, sentence: str, subject: set[str]) -> bool:
        """Whether an ending comes within ENDING_REACH words of the subject ("suspended
        Russia", "the United Kingdom left", "the JCPOA has largely collapsed"): said of it,
        not of something else its clause mentions ("the timetable for Sinai withdrawal and
        ... over Egypt's other commitments"). What is left ("Canada had already withdrawn
        from the Kyoto Protocol") has not ended: only the words before such an ending, in
        its clause, count."""
        for clause in PLAIN_CLAUSE_BREAK.split(sentence):
            words = clause.split()
            for at in range(len(words)):
                if ending := ENDED.match(" ".join(words[at : at + 2])):
                    after = at + len(ending.group().split())
                    left = after < len(words) and words[after].lower() in ("from", "of")
                    near = " ".join(words[max(0, at - ENDING_REACH) : at if left else at + ENDING_REACH + 1])
                    if kindred(subject, self.retriever.query_tokens(near)):
                        return True
        return False

    def _ending_beside(self, sentence: str, subject: set[str]) -> bool:
        """Whether an ending comes within ENDING_REACH words either side of the subject: it
        befell the subject or a party to it ("would withdraw from the ABM Treaty"), not
        something else its clause mentions ("Sinai withdrawal ... Egypt's other commitments")."""
        for clause in PLAIN_CLAUSE_BREAK.split(sentence):
            words = clause.split()
            for at in range(len(words)):
                if ENDED_ITSELF.match(" ".join(words[at : at + 2])):
                    # One word more after it, for the end of a name ("from the ABM Treaty").
                    near = " ".join(words[max(0, at - ENDING_REACH) : at + ENDING_REACH + 2])
                    if kindred(subject, self.retriever.query_tokens(near)):
                        return True
        return False

    def _side_named(self, words: list[str], subject: set[str]) -> bool:
        """Whether the words name a person whom the knowledge gives the subject's side, by
        title ("Trump ordered a second withdrawal": "US President Donald Trump" elsewhere)."""
        side = frozenset(t for t in subject if t.startswith("="))
        return bool(side) and any(
            self.roles.sides_meet(title.side, side) for word in words if word[:1].isupper() for title in self.roles.titles_of(self.roles.surname(word))
        )

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
        # A clause saying all the sentence says of the claim decides alone: "...: a single
        # vote from a permanent member is a veto that blocks the resolution" answers "can one
        # permanent member block a resolution?" whatever "no vote against" the clause before
        # it says of the votes needed.
        said = kindred(claim, self.retriever.query_tokens(sentence))
        whole = [clause for clause in naming if kindred(claim, self.retriever.query_tokens(clause)) == said]
        return " ".join(whole or naming) if naming else sentence

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
