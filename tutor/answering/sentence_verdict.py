"""What one sentence says to a yes/no question's claim: "yes", "no" or nothing
(`yes_or_no`), and the `Verdict` that carries the word with the sentence saying it.

A sentence denies a claim with a plain "not", by setting two things apart, by giving
another year or place, by giving only a few of "most", or by going beyond a narrowed
claim; it says nothing when it only says the claim may hold, or holds on a condition,
and "debated" when it calls the claim a matter of debate.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.answering.claim_text import PLAIN_NEGATION
from tutor.answering.counted import other_count
from tutor.search.retrieval import Passage
from tutor.search.text import CAPITAL, IRREGULAR_FORMS, MONTHS, NUMBER_WORDS, STOP_WORDS, YEAR, YEAR_DIGITS, fold
from tutor.tuning import SHARED_PREFIX


# A denial of what follows it only ("shields diplomats from arrest"): see SHIELDED_FROM.
SHIELDING = r"(?:shield|shields|shielded|protect|protects|protected|immune|free|freedom)(?: \w+){0,2} from"
# The auxiliaries a learner adds "n't" to, with or without its apostrophe ("isn't", "cant").
NT_AUXILIARIES = r"(?:is|are|was|were|does|do|did|ca|could|wo|would|should|has|have|had|must)"
# A claim denied ("not liable to arrest", "complement rather than compete", "shields
# diplomats from arrest", "refused to ratify", "failed to create a lasting peace", "has
# stayed out of NATO", "in the European Union but outside the Schengen Area"); not a
# bound or an addition ("no more than five years", "not only ... but"), nor a manner ("inform
# that person without delay", "without exception"). Learners often type a
# contraction without its apostrophe ("ambassadors cant be arrested").
NEGATION = re.compile(
    r"\b(?:not(?!\s+only\b)|no(?!\s+(?:more|less|fewer|later|earlier|longer|sooner|greater)\s+than\b)|never|cannot|neither|nor|without(?!\s+(?:delay|fail|exception|doubt|question)\b)|none|rather than|instead of|unable|exempt|"
    r"(?:stay(?:s|ed)?|kept|remain(?:s|ed)?)\s+out\b|(?:but|is|are|was|were|stay(?:s|ed)?|remain(?:s|ed)?)\s+outside|,\s+outside|"
    rf"{NT_AUXILIARIES}nt|{SHIELDING}|refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?\s+to)\b|n't\b",
    re.IGNORECASE,
)


# Where a denial's reach ends: punctuation, or a word opening another clause ("... could not
# enter the embassy while Assange stayed there until his arrest"; see `denial_reach`).
REACH_END = re.compile(
    r"[,;:.()]|\b(?:and|but|or|while|whereas|until|unless|when|after|before|because|since|although|though|which|who|where|so)\b",
    re.IGNORECASE,
)
# A failure said ("failed to stop aggression"), which denies the deed failed at, and a
# claim of failing itself ("did the League fail?"), which it affirms.
FAILED_TO = re.compile(r"fail(?:s|ed|ing)?\s+to", re.IGNORECASE)
FAILING_ASKED = re.compile(r"\bfail(?:s|ed|ing|ure|ures)?\b", re.IGNORECASE)


# A denial that is part of a claim ("without permission"), which a sentence saying it too
# shares rather than makes.
SHARED_DENIAL = re.compile(r"\bwithout\b", re.IGNORECASE)
# What a claim says is done with something ("with the head of mission's consent"), and a
# sentence saying it may not be done without it ("may not enter ... without the consent of
# the head of mission"): two denials that affirm the claim on that condition.
DONE_WITH = re.compile(r"\bwith\b(?P<what>[^,;?.]+)", re.IGNORECASE)
NOT_WITHOUT = re.compile(
    r"\b(?:not|never|cannot|can't)\s+(?P<done>(?:(?!\b(?:but|while|because|although|unless)\b)[^,;:.()])*?)\s*\bwithout\s+(?P<needed>[^,;:.()]+)",
    re.IGNORECASE,
)


# A denial set against what is said instead ("is not a treaty in the formal sense but a
# detailed political commitment").
NOT_BUT = re.compile(r"\b(?:not|never)\b(?P<denied>[^,;:.]*?)\bbut(?: rather| instead)?\b(?P<affirmed>[^,;:.]*)", re.IGNORECASE)


# A denial quoted, not made ("a single "no" vote from a permanent member is a veto").
QUOTED_DENIAL = re.compile(r"[\"\u201c](?:no|not|never)[\"\u201d]", re.IGNORECASE)


# A requirement denied ("Members do not have to be sovereign states"): it denies that
# something is needed, not that it holds, unless the question asks what is needed or
# claims what is denied.
NEGATED_NEED = re.compile(r"\b(?:do|does|did)(?: not|n't) (?:have|need) to\b|\bneed not\b|\b(?:is|are)(?: not|n't) required to\b", re.IGNORECASE)
ASKS_A_NEED = re.compile(r"\b(?:have|has|had|need|needs|required|must|obliged)\b", re.IGNORECASE)


# A denial of what follows it only ("shields diplomats from arrest"): it denies a claim
# that names what it shields from, and says nothing of another ("do diplomats have
# immunity?"); what it shields from runs to the next punctuation.
SHIELDED_FROM = re.compile(SHIELDING, re.IGNORECASE)
SHIELDED_FROM_WHAT = re.compile(r"[^,;:.()]*")


def _word_starts(text: str) -> set[str]:
    """The first letters of a text's words that are not stop words, accents folded: an
    accent splits no word ("agrément" is one word, not "agr" and "ment")."""
    return {word[:SHARED_PREFIX] for word in re.findall(r"[a-z]{4,}", fold(text)) if word not in STOP_WORDS}


# Where a sentence's main clause ends: a comma, colon or semicolon, or a conjunction that
# adds a cause, a contrast or another clause ("failed in its main task because it could not
# stop ...").
MAIN_CLAUSE_END = re.compile(r"[,;:]|\b(?:because|since|while|whereas|but|although|though)\b", re.IGNORECASE)


def _said_outright(question: str, sentence: str) -> str:
    """The sentence's main clause when it says every word the question claims and denies
    nothing ("The League of Nations failed in its main task" for "did the league of nations
    fail?"): a denial in a later clause ("because it could not stop ...", "and the United
    States never joined") is of something else. Otherwise the whole sentence."""
    head = sentence[: match.start()] if (match := MAIN_CLAUSE_END.search(sentence)) else sentence
    said = _word_starts(head)
    if head is sentence or NEGATION.search(head) or not all(any(word.startswith(start) for word in said) for start in _word_starts(question)):
        return sentence
    return head


# The claim's subject: the word after the question's auxiliary ("did Jordan take part ...?"),
# or initials after "the" ("did the us withdraw ...?"), which a sentence may write out.
CLAIM_SUBJECT = re.compile(r"^\W*(?:did|does|do|was|were|is|are|has|have|had)\s+(?:the\s+(?P<initials>[a-z]{2,3})\b(?!')|(?:the\s+)?(?P<subject>[a-z]{4,})\b)", re.IGNORECASE)
# Where the clause a denial is said in starts.
DENIAL_CLAUSE_START = re.compile(r"[;:]|\b(?:because|but|while|whereas|although|though|so)\b", re.IGNORECASE)


def _denied_of_another(question: str, sentence: str, at: int) -> bool:
    """Whether the denial at `at` is said of another named party than the claim's subject,
    which the sentence names only elsewhere: "The Palestine Liberation Organization (PLO) did
    not attend the Madrid Conference officially, ... a joint Jordanian-Palestinian delegation"
    denies nothing of "did Jordan take part in the Madrid Conference?"."""
    subject = CLAIM_SUBJECT.match(question)
    if subject is None:
        return False
    said = [m.end() for m in DENIAL_CLAUSE_START.finditer(sentence, 0, at)]
    clause_start = said[-1] if said else 0
    clause = sentence[clause_start:at]
    # Capitalised words but the sentence's first, which any word may be ("Breaking ...").
    names = [m.group() for m in re.finditer(r"\b[A-Z][a-z]+", clause) if clause_start + m.start() > 0 and m.group().lower() not in STOP_WORDS]
    elsewhere = sentence[:at].replace(clause, " ") + sentence[at:]
    return bool(names) and not _subject_said(subject, clause) and _subject_said(subject, elsewhere)


def _subject_said(subject: re.Match[str], text: str) -> bool:
    """Whether the text names the claim's subject (`CLAIM_SUBJECT`): a word starting as it
    does, or its initials as a word ("US") or written out ("the United States")."""
    if subject["subject"]:
        return subject["subject"].lower()[:SHARED_PREFIX] in _word_starts(text)
    initials = subject["initials"].upper()
    written_out = r"\s+".join(rf"{letter}[a-z]+" for letter in initials)
    return re.search(rf"\b(?:{initials}|{written_out})\b", text) is not None


def reach_of(sentence: str, at: int) -> str:
    """What a denial ending at `at` reaches: the rest of its phrase (see REACH_END)."""
    rest = sentence[at:]
    stop = REACH_END.search(rest)
    return rest[: stop.start()] if stop else rest


# A denial within a condition ("authorised force if Iraq did not withdraw by 15 January
# 1991"): it sets the condition and denies nothing the sentence says, unless the claim is
# conditional itself.
IN_A_CONDITION = re.compile(r"\b(?:if|unless|provided(?= (?:that|they|it|he|she|we)\b)|so long as|as long as)\b[^,;:.]*$", re.IGNORECASE)


# A sentence opening by setting something apart ("Unlike NATO, whose members promise ...,
# the Shanghai Cooperation Organisation has no collective defence"): its denials are of the
# other thing, never of what it sets apart, unless the question names the other thing too
# ("is the SCO a Chinese NATO?" / "..., so the SCO is not an Eastern NATO").
UNLIKE_OPENING = re.compile(r"^\W*(?:unlike|in contrast to|contrary to)\s+(?P<other>[^,]+)(?:,\s+(?:whose|which|who|where|of which)\b[^,]*)?,", re.IGNORECASE)


# The exception a denial makes ("cannot be tried ..., unless the sending state waives that
# immunity"): a claim of what only the exception says ("can his immunity be waived?") is not
# what the sentence denies.
EXCEPTION_TO_DENIAL = re.compile(r"\b(?:unless|except\s+(?:when|where|if|by|with))\b([^;:.]*)", re.IGNORECASE)


# A denial of what is set aside for the thing said ("ended in a ceasefire under Resolution 598
# rather than in a victory or a treaty"): it denies only what follows it, to its clause's end,
# and leaves the rest of the sentence to say yes.
SET_ASIDE = re.compile(r"rather than|instead of", re.IGNORECASE)
# So is a "not" set against what the sentence has just said, after a comma ("bought Louisiana
# from France, not from Spain"; "many states, not least France"): what it denies is short,
# a few words (the clause after it may have lost its punctuation, see `claim_clauses`).
CONTRASTED = re.compile(r",\s*$")
CONTRASTED_WORDS = 4


def _set_aside(sentence: str, denial: re.Match[str]) -> str | None:
    """What a denial set against what the sentence says denies (SET_ASIDE: the rest of its
    clause; CONTRASTED: its first few words), or None for a denial of another kind."""
    if SET_ASIDE.fullmatch(denial.group()):
        return _rest_of_clause(sentence, denial.end())
    if denial.group().lower() == "not" and CONTRASTED.search(sentence, 0, denial.start()):
        return " ".join(_rest_of_clause(sentence, denial.end()).split()[:CONTRASTED_WORDS])
    return None


def _rest_of_clause(sentence: str, at: int) -> str:
    """The sentence from `at` to the end of its clause (the next punctuation)."""
    return re.split(r"[.;:,]", sentence[at:])[0]


def _names_asked(question: str, text: str, besides: str = "") -> bool:
    """Whether the question says a name the text gives ("SCO"), however short, other than a
    stop word or a word of `besides` (the thing set apart, "the Treaty of Versailles")."""
    aside = {word.lower() for word in re.findall(r"[\w-]+", besides)}
    names = {name.lower() for name in re.findall(r"\b[A-Z][\w-]*", text)} - aside - STOP_WORDS
    return not names.isdisjoint(re.findall(r"[\w-]+", question.lower()))


def _denials(question: str, sentence: str) -> tuple[bool, bool, bool]:
    """Whether the sentence denies the question's claim, whether it holds a denial
    that is only of something else (see SHIELDED_FROM): then it says nothing either way
    when it denies nothing more, and whether that denial is another party's (see
    `_denied_of_another`)."""
    asked = _word_starts(question)
    # What the sentence sets apart at its opening, and whether the question sets its own
    # exception: each read once, not at every denial.
    unlike = UNLIKE_OPENING.match(sentence)
    set_apart = _word_starts(unlike["other"]) if unlike else set()
    own_exception = EXCEPTION_TO_DENIAL.search(question) is not None
    denying = aside = of_another = False
    for match in NEGATION.finditer(sentence):
        if FAILED_TO.fullmatch(match.group()) and (FAILING_ASKED.search(question) and not FAILED_TO.search(question) or not asked & _word_starts(reach_of(sentence, match.end()))):
            # "did the League fail?" / "failed to stop aggression": the failure is the claim;
            # "did the UN replace the League?" / "failed to stop aggression ... and was
            # dissolved in 1946, replaced by the United Nations": the failure is of another deed.
            continue
        if IN_A_CONDITION.search(sentence, 0, match.start()) and not re.search(r"\b(?:if|unless)\b", question, re.IGNORECASE):
            continue
        set_aside = _set_aside(sentence, match)
        if set_aside is not None and not asked & _word_starts(set_aside):
            continue
        if unlike and match.start() >= unlike.end() and set_apart and set_apart <= asked and not _names_asked(question, sentence[unlike.end() : match.start()], unlike.group()):
            aside = of_another = True
            continue
        exception = None if own_exception else EXCEPTION_TO_DENIAL.search(sentence, match.end())
        if exception and (asked & _word_starts(exception.group(1))) - _word_starts(sentence[: exception.start()]):
            continue
        if _denied_of_another(question, sentence, match.start()):
            aside = of_another = True
            continue
        if not SHIELDED_FROM.fullmatch(match.group()):
            denying = True
            continue
        shielded = SHIELDED_FROM_WHAT.match(sentence, match.end()).group()
        if asked & _word_starts(shielded):
            denying = True
        else:
            aside = True
    return denying, aside and not denying, of_another and not denying

# A question asking whether two things are alike, and a sentence setting two apart.
# A sentence setting two apart by degree ("narrower immunity than diplomats").
COMPARED = re.compile(r"\b(?:narrower|wider|broader|stronger|weaker|greater|smaller|larger|fewer|less|more|lower|higher)\b[^.;:]{0,30}\bthan\b", re.IGNORECASE)
LIKENESS = re.compile(r"\b(?:like|same|similar|equivalent|identical)\b", re.IGNORECASE)
# A claim that two things are one ("is the High Representative the same person as the
# Commission President?", "are X and Y the same thing?", "is X identical to Y?"), asked with
# "be", not a share of a thing ("do all members have the same vote?"); and what a sentence says
# when it makes two things one: it says they are the same, alike, or one thing under another name.
IDENTITY_CLAIM = re.compile(
    r"^\W*(?:is|are|was|were)(?:n'?t)?\b.*\b(?:identical\b|equivalent\b|the same"
    r"(?:\s+(?:person|people|thing|things|one|body|bodies|organi[sz]ations?|institutions?|treaty|treaties|agreements?|documents?|office|post|job|role|court|country|state|city|place|event|conference))?(?:\s+as\b|\W*$))",
    re.IGNORECASE,
)
SAID_ALIKE = re.compile(r"\b(?:same|similar|identical|equivalent|alike|also called|also known|known as|other name|another name|called|renamed)\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:differ|differs|differed|different|difference|differences|unlike|whereas|by contrast|in contrast|distinct)\b", re.IGNORECASE)

# Words that narrow or load a claim ("is a state only a state if...", "isn't it basically
# just war?"): a sentence that does not repeat them neither confirms nor denies it.
# "Just one" and "only one" count rather than narrow ("can just one member block it?" /
# "a single 'no' vote from a permanent member ... blocks"): the glossary reads them as "a single".
RESTRICTIVE = re.compile(r"\b(?:only|just|merely|simply|basically|purely|solely|always)\b(?! one\b)", re.IGNORECASE)


# A sentence that goes beyond a narrowed claim ("is track one only between two countries?" /
# "from a conversation between two states up to negotiations involving almost every country").
WIDER = re.compile(r"\bfrom\b[^.;]*\bup to\b|\bnot (?:only|just|merely)\b|\bas well as\b|\bbeyond\b", re.IGNORECASE)


# A claim that something was a party's own ("did the Palestinians have their own
# delegation?"): a sentence saying it was shared ("a joint Jordanian-Palestinian
# delegation"), and not also theirs alone, denies it.
OWNED = re.compile(r"\b(?:their|its|his|her|our|your|my) own\b", re.IGNORECASE)
OWNED_TOO = re.compile(r"\b(?:own|separate|separately|independent|alone)\b", re.IGNORECASE)
SHARED = re.compile(r"\b(?:joint|jointly|shared|together with|as part of)\b", re.IGNORECASE)


# A claim of every thing of a kind ("all weapons", "every permanent member"): the word after
# "all" or "every".
# Not "any", which asks for some ("did they get any prize?"). Words saying some of a kind
# narrow it as an adjective does ("Most ambassadors are ... career diplomats").
SOME_OF_THEM = frozenset(("most", "some", "many", "several", "few", "certain", "only", "other"))
# A part of a kind named before "of" ("an entire class of nuclear weapons" is not all of them;
# "every kind of military activity" is).
PART_OF = re.compile(r"(?<!\ball )(?<!\bevery )\b(?:class|classes|type|types|kind|kinds|category|categories|sort|part|group|one|some|most|few)\s+$", re.IGNORECASE)
ALL_OF_A_KIND = re.compile(r"\b(?:all|every)\s+(?P<kind>[a-z]{3,})\b", re.IGNORECASE)


def _of_some_only(claim: str, sentence: str) -> bool:
    """Whether a claim of all things of a kind ("does it ban all weapons?") meets a sentence
    naming that kind only after a word narrowing it ("bans nuclear weapons", "most
    ambassadors", "an entire class of"), never after a word that picks out none ("the",
    "five", "any") nor at the start of a phrase."""
    asked = ALL_OF_A_KIND.search(claim)
    if asked is None:
        return False
    said = [
        "some" if m["before"] and m["before"].lower() == "of" and PART_OF.search(sentence, 0, m.start("before")) else (m["before"] or "").lower()
        for m in re.finditer(rf"(?:^|\b(?P<before>[\w-]+)\s+|[,;:(]\s*){re.escape(asked['kind'])}\b", sentence, re.IGNORECASE)
    ]
    return bool(said) and all(before and (before in SOME_OF_THEM or before not in STOP_WORDS and not before.isdigit() and before not in NUMBER_WORDS) for before in said)


# A claim that something was done somewhere, at the end of the question ("signed in Oslo?"):
# the verb and the place.
PLACE_CLAIM = re.compile(r"\b([a-z]{4,}) (?:in|at) (?:the )?([a-z][\w-]+)\W*$", re.IGNORECASE)
# A place of two or three words the claim ends with ("signed at Camp David?"), which a "yes"
# must say after "in", "at", "on" or "near" (not "six months after Camp David"); unlike
# PLACE_CLAIM it denies nothing, since a place may lie within another ("the White House" in
# Washington).
NAMED_PLACE_CLAIM = re.compile(r"\b([a-z]{4,}ed) (?:in|at) (?:the )?([a-z][\w-]+(?:\s+[a-z][\w-]+){1,2})\W*$", re.IGNORECASE)
# Nouns a capitalised word before them qualifies rather than names a place ("at the Soviet
# embassies in Copenhagen", "at the British embassy in Washington").
QUALIFIED_NOUNS = r"(?:embass(?:y|ies)|missions?|consulates?|legations?|delegations?|governments?|ministr(?:y|ies)|forces|troops|army|navy|fleet|ships?|officials?|leaders?|diplomats?|authorities|side|zone|sector|capital|parliament|court|border|frontier)"
MONTH = re.compile("|".join(MONTHS))
# What may stand between the verb and the place it was done in: a manner ("signed publicly")
# and the spot within the place ("on the South Lawn of the White House in Washington").
SAID_BETWEEN = rf"(?: [a-z]+ly)?(?: (?:on|at) (?:the )?{CAPITAL}[\w-]+(?: {CAPITAL}[\w-]+)*(?: of (?:the )?{CAPITAL}[\w-]+(?: {CAPITAL}[\w-]+)*)?(?= (?:in|at) ))?"
# A claim that something was got from someone, at the end of the question ("was Louisiana
# bought from Spain?", "the Louisiana Purchase was from Spain?"): the getting and its source.
# A sentence saying the same getting from another ("bought from France") denies it; a "yes"
# must give the source as one (`_source_said`).
SOURCE_CLAIM = re.compile(
    r"\b(?P<deed>bought|buy|buys|purchas\w*|acquir\w*|obtain\w*|gained|won|took|taken|seiz\w*|captur\w*|inherit\w*|receiv\w*|got)\b"
    r"(?:\s+[a-z]+){0,2}?\s+from\s+(?:the\s+)?(?P<source>[a-z][\w-]+)\W*$",
    re.IGNORECASE,
)


def _source_said(source: str, sentence: str) -> bool:
    """Whether the sentence gives the claimed source as one: after "from" ("from the Russian
    Empire" for "russia"), or as the one that ceded or sold ("China ceded Hong Kong Island")."""
    start = re.escape(source[:SHARED_PREFIX])
    return re.search(rf"\bfrom\s+(?:the\s+)?{start}|\b{start}\w*\s+(?:\w+\s+){{0,2}}(?:ceded|sold|surrendered|gave up)\b", sentence, re.IGNORECASE) is not None


def _other_source(claimed: re.Match[str], sentence: str) -> bool:
    """Whether the sentence gives the claimed getting another source ("bought from France")."""
    stem = re.escape(claimed["deed"][:4])
    return any(
        fold(found).lower()[:SHARED_PREFIX] != fold(claimed["source"]).lower()[:SHARED_PREFIX]  # "Russian" is "russia"
        for found in re.findall(rf"\b{stem}\w*(?:\s+[\w-]+){{0,4}}?\s+from\s+(?:the\s+)?((?-i:[A-Z])[\w-]+)", sentence, re.IGNORECASE)
    )


# A sentence that says only that something may hold ("public diplomacy can shade into
# propaganda"), and one that says it holds on a condition ("sanctions work best when ...",
# "could enter into force only if Russia joined"): neither says it plainly holds. A
# question asking with a modal itself ("can an ambassador be expelled?") is answered by one.
MAY_HOLD = re.compile(r"\b(?:[Cc]an|[Cc]ould|may|[Mm]ight)\b(?!'t| not\b)")  # "may", not the month
ASKS_MAY = re.compile(r"\b(?:can|could|may|might|would|should|must|will|ca|wo)(?:n'?t|not)?\b", re.IGNORECASE)
ON_CONDITION = re.compile(r"\b(?:only|best|except) (?:if|when)\b|\bprovided that\b", re.IGNORECASE)


# A question asking whether a thing can be done ("can a country leave NATO?") is not denied
# by a sentence saying it has never been done ("No ally has ever left") when another says it
# can: what has not happened may still be allowed. A sentence barring it ("cannot", "forbids")
# denies. Not "could", which learners mostly use of the past ("could carter ratify salt 2").
ASKS_POSSIBLE = re.compile(r"^\W*(?:can|may)\b(?!\s*(?:n'?t|not)\b)|\bis it (?:possible|allowed|legal)\b", re.IGNORECASE)
NEVER_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?never\b|\bnever\s+(?:yet\s+)?(?:been|had|has|have|[a-z]+ed)\b"
    r"|\b(?:no|none of the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:has|have|had)\s+ever\b",
    re.IGNORECASE,
)
BARRED = re.compile(r"\b(?:cannot|can't|can not|could not|couldn't|may not|must not|not allowed|not permitted|forbids?|forbidden|prohibit\w*|bars?|barred|bans?|banned|unable)\b", re.IGNORECASE)


# A sentence saying a thing can be done ("A member state can leave NATO").
SAYS_POSSIBLE = re.compile(r"\b(?:[Cc]an|may|(?:is|are) (?:allowed|permitted|entitled|free) to|(?:is|are) possible)\b(?!'t| not\b)")


def never_done_only(question: str, sentence: str) -> bool:
    """Whether the sentence denies a claim of what can be done only by saying it has never
    been done (see ASKS_POSSIBLE)."""
    return bool(ASKS_POSSIBLE.search(question) and NEVER_DONE.search(sentence) and not BARRED.search(sentence))


def says_possible(sentence: str) -> bool:
    """Whether the sentence says a thing can be done, to which "never done" yields."""
    return SAYS_POSSIBLE.search(sentence) is not None


# What would or could happen in something's lack is a counterfactual: it says that thing was
# needed, neither given nor withheld ("Truman feared that without American help both countries
# would fall" denies nothing of "did Truman help Greece?").
# The lacking thing is a short phrase right before the clause of what would happen, not one
# running on through a clause of its own ("without any exception the return ... of a person to a
# state where ... would be in danger" is a real denial).
COUNTERFACTUAL_LACK = re.compile(r"\bwithout (?:(?!\b(?:where|who|whom|whose|which|that|if|when|unless)\b)[^,;:.()]){1,40}?(?=\s+(?:(?!(?:who|whom|which|that|where|what|whether)\b)[a-z]+\s+){0,2}(?:would|could|might)\b)", re.IGNORECASE)


# A denial whose reach is plain: "no" before a noun ("no vote against"; not "no one"), a
# predicate of one word ("is not procedural,", "cannot be reached,"), a relative clause's
# "do not", "no longer" to the end of its clause ("a diplomat it no longer accepts"), and
# "without" (below).
DENIED_ASIDE = re.compile(
    r"\bno (?!longer\b|one\b|more\b)(?P<what>[a-z]+(?: [a-z]+)?)|\b(?P<verb>is|are|was|were) not (?P<predicate>[a-z]+)(?=[,;:)])"
    r"|\b(?:cannot|can ?not|could not) be (?P<passive>[a-z]+)(?=[,;:)])"
    # What a party cannot do, to its clause's end and through a list of what it cannot do
    # ("like other observers, Palestine cannot vote in the General Assembly" says nothing
    # against "is Palestine an observer state?"; "cannot offer ... rewards, or apply heavy
    # pressure" denies applying pressure).
    r"|\b(?:cannot|can ?not) (?!be\b)(?P<able>[a-z](?:[^,;:.()]|,\s+(?=[a-z])(?!(?:but|while|whereas|which|who|because|although|though|so|yet|when|since|as|if|unless)\b))*)"
    r"|\bno longer (?P<since>[^,;:.()]+)"
    # "Without" a verb's -ing form reaches the end of its clause ("without having to explain its
    # decision,"), before a noun only that noun's phrase ("soldiers left without care after the
    # Battle of Solferino" denies nothing of Solferino), nor the clause after it ("without
    # American help both countries would fall").
    r"|\bwithout (?P<lacking>[a-z]+ing\b[^,;:.()]*|[^,;:.()]+?(?=\s+(?:after|before|during|when|until|while|in|at|on)\b|\s+(?:[a-z]+\s+){0,2}(?:would|could|will|might|should|must)\b|[,;:.()]|$))"
    # A relative clause that denies what it says of the noun before it ("people who do not
    # or no longer take part in fighting"), to the end of its clause or to the main clause's
    # verb after it ("the member states that do not use the euro are the Czech Republic, ..."
    # denies nothing of their membership).
    r"|\b(?:who|which|that) (?:do|does|did) not (?:or no longer )?(?P<described>(?:(?!\s(?:is|are|was|were|include|includes|included)\b)[^,;:.()])+)"
    # What a side pledged not to do is the pledge's content, a denial only of that deed ("a US
    # pledge not to invade Cuba" says nothing against "was there secret diplomacy in the Cuban
    # Missile Crisis?", but denies "did the US invade Cuba?").
    r"|\b(?P<commitment>(?:pledg|promis|undert|agree|vow|guarant|commit|assur|decid|chose|choos|swor|swear)[a-z]*) not to (?P<pledged>[a-z]+)"
)


# A claim that something goes on ("can a country ... keep its consulates open?"), and a
# sentence denying that it ends ("breaking diplomatic relations does not automatically end
# consular relations"), which affirms it: the end denied, it goes on. A claim that it ends
# ("do their consulates close too?") is denied by the same sentence.
ENDS = r"(?:end|ends|ended|close|closes|closed|cease|ceases|ceased|terminated?|lapsed?|break|breaks|broke|broken|sever|severs|severed)\b"
GOING_ON_WORDS = "keep remain stay continue survive open"
GOES_ON = re.compile(rf"\b(?:keeps?|kept|remains?|remained|stays?|stayed|continues?|continued|survives?|survived|open)\b(?!\s+(?:\w+\s+)?{ENDS})", re.IGNORECASE)
# What may stand between a denial and its verb: an adverb ("not automatically end") or a
# phrase doing an adverb's work ("does not by itself end", "not on its own").
DENIAL_ADVERB = r"(?:\w+ly\s+|(?:by|in|of)\s+(?:it|them)sel(?:f|ves)\s+|on\s+(?:its|their)\s+own\s+)?"
END_DENIED = re.compile(rf"\b(?:not|never)\s+{DENIAL_ADVERB}(?:been\s+)?{ENDS}", re.IGNORECASE)
# A question asking whether something is debated ("is Security Council reform debated?"):
# a sentence saying so confirms it.
DEBATE_ASKED = re.compile(r"\b(?:debated?|disputed?|contested|controversial|controversy|dispute)\b", re.IGNORECASE)
# A claim said to hold as a rule, not always ("an MOU is ... usually written to be
# politically rather than legally binding"): its verdict holds usually. Not a name given
# as a rule ("usually called the State Department").
USUALLY = re.compile(r"\b(?:usually|generally|normally|as a rule)\b(?!,?\s+(?:called|known|referred|described|named|abbreviated|translated|spelled|spelt)\b)", re.IGNORECASE)


# A claim said to hold nearly ("near-universal membership" for "is the NPT universal?",
# "has largely collapsed"): it holds only in part.
NEARLY = re.compile(r"\b(?:near|nearly|almost|virtually|largely|mostly)[- ](?P<word>[a-z]+)", re.IGNORECASE)


# A clause saying the claim does not hold of others ("..., while Serbia, Russia, China and
# several EU members have not."): it holds of some only.
OTHERS_NOT = re.compile(r"\b(?:while|whereas|but)\b[^.;:]*\b(?:have|has|had|do|does|did|are|is|were|was)(?: not|n't)\W*$", re.IGNORECASE)


# A sentence saying the claim is a matter of debate ("The effectiveness of sanctions is
# debated"): neither a plain yes nor a plain no.
DEBATED = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:\w+ly\s+|still\s+|much\s+)?(?:debated|disputed|contested|controversial|in dispute)\b"
    r"|\b(?:opinions|views|scholars|experts|historians|observers) (?:differ|disagree|are divided)\b",
    re.IGNORECASE,
)


# A claim of being kept from something ("do diplomats have immunity from being prosecuted?",
# "are they exempt from taxes?"): a sentence denying that thing ("cannot be prosecuted")
# says yes to it; one denying the protection itself ("is not safe from expulsion") does not.
SHIELD_CLAIMED = re.compile(r"\b(?:immunity|immune|exempt|exemption|protected|protection|shielded|safe)\s+from\s+(?:being\s+)?(?P<what>[^,;:.?]+)", re.IGNORECASE)
SHIELD_WORD = re.compile(r"\b(?:immun\w*|exempt\w*|protect\w*|shield\w*|safe|free)\b", re.IGNORECASE)


def _denies_the_shielded(question: str, sentence: str) -> bool:
    """Whether the claim keeps its subject from something (SHIELD_CLAIMED) that a denial of
    the sentence reaches: "cannot be prosecuted" for "immunity from being prosecuted"."""
    shield = SHIELD_CLAIMED.search(question)
    if shield is None:
        return False
    kept_from = _word_starts(shield["what"])
    reaches = [reach_of(sentence, match.end()) for match in NEGATION.finditer(sentence)]
    return any(kept_from & _word_starts(reach) and not SHIELD_WORD.search(reach) for reach in reaches)


# A question asked with a negative auxiliary ("isn't ...?", "can't ...?"): it asks whether
# the positive claim holds.
NEGATIVE_QUESTION = re.compile(
    rf"\W*(?:(?:so|but|and|ok|well),? )?{NT_AUXILIARIES}n'?t\b|\W*cannot\b",
    re.IGNORECASE,
)


# A tag closing a claim ("..., right?", "..., isn't it?"), which claims nothing.
CLOSING_TAG = re.compile(rf"[,\s]+(?:{NT_AUXILIARIES}n'?t\s+(?:it|they|he|she|there|that|we|you)|right|correct|true|yes|no)\W*$", re.IGNORECASE)


# Words asking to confirm a claim before it ("is it true (that)", "is it correct that", "am I
# right in thinking that").
ASKED_TO_CONFIRM = re.compile(r"^\W*(?:is it (?:really )?(?:true|right|correct)|am i (?:right|correct)(?: (?:in|to) (?:thinking|think|saying|say|believing|believe))?)(?: that)?\s+", re.IGNORECASE)
# Words claiming of all times or things, which a sentence denying the plain claim does not
# confirm.
ABSOLUTE = re.compile(r"\b(?:ever|any|anything|anybody|anyone|anywhere|always|whatever|at all)\b", re.IGNORECASE)
# The end of a sentence inside a message.
SENTENCE_END = re.compile(r"[.?!]\s+\w")
# A denial's word and the word it leaves when taken out ("cannot": "can", "wont": "will"); of
# the others ending in "nt", the word before it ("didnt": "did").
UNDENIED = {"not": "", "never": "", "cannot": "can", "cant": "can", "wont": "will"}
# What is left of a word before its "n't" when the "n't" goes, where that is not the word
# itself ("ca" of "can't", "wo" of "won't").
BEFORE_NT = {"ca": "can", "wo": "will", "sha": "shall"}


def the_claim_undenied(question: str) -> str | None:
    """The question with the denial its claim makes taken out, when it asks to confirm a
    claim that is itself a denial said once ("is it true that the Holy See is not a member of
    the UN?": "... is a member ..."; "the Vatican isn't in the UN, right?": "the Vatican is in
    the UN, right?"), or None: not for a question asked with a negative auxiliary ("isn't the
    Holy See a member?"), which asks whether the positive claim holds, nor a claim denying by
    "no", "nor" or "none", or twice, or of all times and things ("can never ever be
    prosecuted for anything, correct?": the knowledge's "cannot be prosecuted" does not
    confirm "anything"), nor one of more than a sentence."""
    start = ASKED_TO_CONFIRM.match(question)
    at = start.end() if start else 0
    asked_negatively = NEGATIVE_QUESTION.match(question, at)
    at = asked_negatively.end() if asked_negatively else at
    tag = CLOSING_TAG.search(question, at)
    if start is None and tag is None:
        return None
    end = tag.start() if tag else len(question)
    denials = list(PLAIN_NEGATION.finditer(question, at, end))
    if len(denials) != 1 or ABSOLUTE.search(question, at, end) or SENTENCE_END.search(question, at, end):
        return None
    denial = denials[0]
    said = denial.group().casefold()
    before, after = question[: denial.start()], question[denial.end() :]
    if said.endswith(("n't", "n’t")):
        # "isn't": "is" stays, as the word before the match; "can't": "can".
        stem = re.search(r"(\w+)$", before)
        if stem is None:
            return None
        kept = BEFORE_NT.get(stem.group(1).casefold(), stem.group(1))
        before = before[: stem.start()]
    elif said in UNDENIED:
        kept = UNDENIED[said]
    elif said.endswith("nt"):
        kept = said[:-2]  # "didnt": "did"
    else:
        return None  # "no", "nor", "none", "neither"
    return " ".join(f"{before.rstrip()} {kept} {after.lstrip()}".split())


# A claim about most or all of a group ("recognised by most countries?") is denied by a
# sentence that gives only a few of it ("recognised by only 12 states").
MOST_OR_ALL = re.compile(r"\b(?:most|all|every|everyone|everybody|many|majority)\b", re.IGNORECASE)
ONLY_A_FEW = re.compile(r"\b(?:only|just) (?:a few|a handful|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their))|\bfew\b", re.IGNORECASE)
# A claim held of only some of what a plain claim is about ("is Taiwan recognised?" /
# "recognised by only 12 states"): it holds only in part. Not "only in 1992" (a time), nor
# "only one of the ..." (one picked out).
ONLY_SOME = re.compile(
    r"\b(?:only|just) (?:by )?(?P<few>a few|a handful|a minority|some|\d{1,3}(?:,\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! of (?:the|its|their)\b)(?!-)",
    re.IGNORECASE,
)


# A claim said to hold only in a few cases ("Qualified majority voting is allowed only in
# limited cases"): a plain claim ("does the EU decide by majority vote?") holds as a rule
# not; one asked with a modal ("can the EU use majority voting?") holds in part.
LIMITED_CASES = re.compile(
    r"\bonly (?:in|for|on|under) (?:a few|few|limited|certain|some|rare|exceptional|specific|narrow|special|particular)(?: \w+)? "
    r"(?:cases|circumstances|areas|matters|situations|fields|questions|instances|conditions)\b",
    re.IGNORECASE,
)


def hedged(question: str, sentence: str) -> bool:
    """Whether a sentence says only that the claim may hold, where the question asks
    whether it plainly holds (see MAY_HOLD): it cannot say yes. (It can say no: "a foreign
    minister can sign treaties without needing full powers".)"""
    return bool(MAY_HOLD.search(sentence) and not ASKS_MAY.search(question)) or conditional(question, sentence)


# A belief the sentence reports as false ("A common myth holds that an embassy is the
# territory of the state it represents; in law, ..."), to the end of its clause.
MYTH_CLAUSE = re.compile(
    r"\b(?:myth|misconception|misbelief|mistaken belief)\s+(?:\w+\s+)?(?:holds|is|says|has it)\s+that\b[^;:]*"
    r"|\b(?:wrongly|mistakenly|falsely)\s+(?:believed|thought|assumed|said|claimed)\s+that\b[^;:]*",
    re.IGNORECASE,
)


def _reported_as_false(question: str, sentence: str) -> tuple[bool, str]:
    """Whether the sentence's words for the claim are a belief it reports as false (the
    claim is denied), and the sentence without that belief for the rest of the reading: a
    claim the rest says more of ("is an embassy part of the host state's territory?") is
    the rest's to decide."""
    myth = MYTH_CLAUSE.search(sentence)
    if myth is None or MYTH_CLAUSE.search(question):
        return False, sentence
    rest = sentence[: myth.start()] + sentence[myth.end() :]
    asked = _word_starts(question)
    return len(asked & _word_starts(myth.group())) >= len(asked & _word_starts(rest)), rest


# A name and the year in brackets after it ("the INF Treaty (1987)").
NAME_DATED = re.compile(r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\s+\((\d{4})\)")
# Where a clause of a sentence ends, for the years said with a deed.
CLAUSE_EDGE = re.compile(r"[,;:]|\b(?:under which|by which|which|who|whereby|while|and then)\b", re.IGNORECASE)


# A clause telling that something ended ("The Arab embargo ... ended on 18 March 1974"): its
# year dates the ending, not another deed a claim dates ("did they put an embargo on the US in
# 1973?"). A claim of an ending says one of these too ("did the Soviet Union end in 1991?").
ENDING_TOLD = re.compile(r"\b(?:end|ended|ends|ending|expired?|lapsed?|lifted|dissolved?|collapsed?|abolished|terminated)\b", re.IGNORECASE)
# Short words of a deed that the first letters of longer words miss ("end").
SHORT_DEEDS = frozenset(("end", "won", "win", "met", "led"))
# A year or a span of years in brackets ("(1980-1988)", "(1648)").
BRACKETED_YEARS = re.compile(r"\(\s*\d{4}(?:\s*[-\u2013]\s*\d{2,4})?\s*\)")


# A year naming an event the claim speaks of, between "the" and its noun ("after the 1971
# war", "in the 1991 Gulf War"), rather than dating the claim's deed.
NAMING_YEAR = re.compile(rf"\bthe\s+({YEAR_DIGITS})\s+(?=[a-z])", re.IGNORECASE)


def claimed_years(question: str) -> set[str]:
    """The years a question dates its claim by ("was the Simla Agreement signed in
    1972?"), not those naming an event ("... signed after the 1971 war?")."""
    return set(YEAR.findall(question)) - set(NAMING_YEAR.findall(question))


# A date after a verb or a name ("in 1995", "on 7 March 2024"), and parties with their date in
# a clause of a list that leaves out the verb ("and Gabon and Togo in 2022" after "Mozambique
# joined in 1995"; see also `ClaimCheck._gapped_doers`).
A_DATE = r"\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?\d{4}\b"
GAPPED_CLAUSE = re.compile(rf"(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'-]*)*){A_DATE}")


def _forms(word: str) -> tuple[str, str]:
    """A word and the verb an irregular past is a form of ("fled" says "flee")."""
    return word, IRREGULAR_FORMS.get(word, word)


def years_of_the_deed(question: str, sentence: str) -> set[str]:
    """The years a sentence gives in the clauses that say the claim's deed, the question's
    words the sentence writes in lower case ("handed" in "..., under which the United States
    handed the Panama Canal to Panama", whose "1977" dates the signing); every year it
    gives when it says no such word."""
    # A name the question gives, dated in brackets in a list ("..., the INF Treaty (1987) and
    # START I (1991)"), is dated so, whatever the list's first clause dates.
    asked_words = set(re.findall(r"[\w-]+", question.lower()))
    named = {year for name, year in NAME_DATED.findall(sentence) if set(name.lower().split()) <= asked_words}
    if named:
        return named
    # Years in brackets date the thing named before them ("after its war with Iran
    # (1980-1988)"), not the deed the sentence tells.
    sentence = BRACKETED_YEARS.sub(" ", sentence)
    asked = _word_starts(question) | (SHORT_DEEDS & set(re.findall(r"[a-z]+", question.lower())))
    deeds = {start for word in re.findall(r"\b[a-z]{3,}\b", sentence) for start in asked if any(form.startswith(start) for form in _forms(word)) and word not in STOP_WORDS}
    if not deeds:
        return set(YEAR.findall(sentence))
    clauses = CLAUSE_EDGE.split(sentence)
    if not ENDING_TOLD.search(question):
        clauses = [clause for clause in clauses if not ENDING_TOLD.search(clause)]
    telling = {clause for clause in clauses if any(form.startswith(tuple(deeds)) for word in re.findall(r"\b[a-z]{3,}\b", clause) for form in _forms(word))}
    # A party the question names, dated in a clause that leaves out the deed's verb
    # ("Mozambique joined in 1995, Rwanda in 2009, and Gabon and Togo in 2022"), did it then.
    own = {
        year for clause in clauses if clause not in telling
        for gapped in GAPPED_CLAUSE.finditer(clause) if set(gapped["name"].lower().split()) & asked_words for year in YEAR.findall(gapped.group())
    }
    return own or {year for clause in clauses if clause in telling for year in YEAR.findall(clause)}


# A denial of a thing under a qualifier ("is not foreign territory"): the qualifier and
# the thing.
QUALIFIED_DENIAL = re.compile(r"\b(?:not|never|no longer)\s+(?:(?:a|an|the)\s+)?(?P<qualifier>[A-Za-z]+)\s+(?P<thing>[a-z]+)\b")


def _denies_another_kind(question: str, sentence: str) -> bool:
    """Whether the sentence denies the claim's thing only under a qualifier the question
    does not give it, where the question gives it one of its own ("An embassy is not
    foreign territory" for "is an embassy part of the host state's territory?"): it
    denies another kind of that thing, and says nothing of the claim. A qualifier the
    question gives too ("not a full UN member" for "is it a UN member?") leaves the
    denial to stand."""
    for denial in QUALIFIED_DENIAL.finditer(sentence):
        qualifier, thing = denial["qualifier"], denial["thing"]
        if qualifier.lower() in STOP_WORDS or thing in STOP_WORDS or qualifier.endswith("ly"):
            continue
        # The words the question sets before the thing, back to a word like "the" or "a".
        asked = re.search(rf"((?:[\w'\u2019]+\s+){{1,2}}){re.escape(thing[:SHARED_PREFIX])}\w*", question, re.IGNORECASE)
        before = re.findall(r"[\w'\u2019]+", asked.group(1)) if asked else []
        while before and fold(before[0]).lower() in STOP_WORDS or len(before) > 1 and fold(before[1]).lower() in STOP_WORDS:
            before = before[1:]
        own = _word_starts(" ".join(before))
        if own and not own & _word_starts(denial.group()) and qualifier.lower()[:SHARED_PREFIX] not in _word_starts(question):
            return True
    return False


def conditional(question: str, sentence: str) -> bool:
    """Whether a sentence says the claim holds only on a condition the question does not
    give ("could enter into force only if Russia joined"): it says neither yes nor no."""
    return bool(ON_CONDITION.search(sentence) and not ON_CONDITION.search(question))


# What `yes_or_no` gives a sentence whose only denial is another party's: it says nothing
# of the claim, so other sentences speaking to it decide.
OF_ANOTHER = "of another"


# The words asking to confirm a claim stated after them, as `Confirmation.as_question` puts
# a claim that has no auxiliary to open a question with ("is it true that the League of
# Nations failed?"): no words of the claim, which the sentence need not say ("true").
CONFIRMING = re.compile(r"^\W*is it true that\s+", re.IGNORECASE)


def yes_or_no(question: str, sentence: str, about_another: bool = False, ended: bool = False) -> str | None:
    """"yes" when the sentence that answers a yes/no question says what the question
    asks ("Can an ambassador be expelled?" / "... may declare a diplomat persona non
    grata"), "no" when one of them denies what the other affirms ("Can the police arrest
    a diplomat?" / "A diplomatic agent is not liable to any form of arrest"), None when
    the sentence denies nothing but does not say all the question claims. `about_another`:
    the sentence puts the claim's subject under a sibling of the kind the question names
    ("is an NGO a track one actor?" / "NGOs ... the field of track two diplomacy"): it denies.
    `ended`: the sentence says a state the question claims holds now has ended (see
    `Endings.says_it_ended`): it denies too. OF_ANOTHER when its only denial is another
    party's ("pulled out ... because it judged that Russia ... would not return to compliance")."""
    # Denied too: likeness, when the sentence sets the two apart ("full immunity like
    # diplomats?" / "the difference between..."), and a year the sentence gives otherwise
    # ("signed in 1980?" / "signed on 1 August 1975").
    question = CONFIRMING.sub("", question)
    if conditional(question, sentence) and not ended and not about_another:
        return None
    mistaken, sentence = _reported_as_false(question, sentence)
    if mistaken:
        return "no"
    if _denies_another_kind(question, sentence):
        return None
    sentence = QUOTED_DENIAL.sub(" ", sentence)
    # "not A but B" affirms B: "The JCPOA is not a treaty ... but a detailed political
    # commitment" says yes to "is the JCPOA a political commitment?".
    asked_starts = _word_starts(question)
    sentence = NOT_BUT.sub(lambda said: said["affirmed"] if asked_starts & _word_starts(said["affirmed"]) and not asked_starts & _word_starts(said["denied"]) else said.group(), sentence)
    if not SHARED_DENIAL.search(question):
        # Done with all that is needed: every word of one "with" phrase is in what the
        # sentence says it cannot be done without ("with the head of mission's consent" /
        # "without the consent of the head of mission"; not "with the host government's consent").
        offered = [_word_starts(done_with["what"]) for done_with in DONE_WITH.finditer(question)]
        sentence = NOT_WITHOUT.sub(lambda said: f"{said['done']} with {said['needed']}" if any(words and words <= _word_starts(said["needed"]) for words in offered) else said.group(), sentence)
    elif SHARED_DENIAL.search(sentence):
        # A denial the claim and the sentence share is part of what both say ("can police
        # go in without permission?" / "may not enter an embassy without the consent of
        # the head of mission"): the sentence's other denials decide.
        question, sentence = SHARED_DENIAL.sub(" ", question), SHARED_DENIAL.sub(" ", sentence)
    # A denial of what the question does not name ("needs nine votes and no vote against",
    # "on anything that is not procedural," for "does every permanent member have a veto?")
    # says nothing of its claim.
    asked_words = _word_starts(question)
    sentence = COUNTERFACTUAL_LACK.sub(" ", sentence)
    sentence = DENIED_ASIDE.sub(lambda denial: _unless_asked(denial, asked_words), sentence)
    if not ASKS_A_NEED.search(question):
        # A requirement denied of what the question does not claim ("do not have to be
        # sovereign states" for "is China in the WTO?"); not of what it does ("does not
        # have to be a legally binding treaty" for "was the Final Act legally binding?"). The
        # claim's subject named in it makes it no more the claim's ("does not have to explain
        # a refusal of agrément" for "does agrément come from the receiving state?").
        subject = CLAIM_SUBJECT.match(fold(question))
        asked = _word_starts(question) - (_word_starts(subject["subject"] or subject["initials"]) if subject else set())
        sentence = NEGATED_NEED.sub(lambda need: need.group() if asked & _word_starts(SHIELDED_FROM_WHAT.match(sentence, need.end()).group()) else " ", sentence)
    asked_years, said_years = claimed_years(question), years_of_the_deed(question, sentence)
    other_year = bool(asked_years and said_years and not asked_years & said_years)
    # And a place the sentence gives otherwise for the same verb ("signed in Oslo?" /
    # "signed in Washington"), not with the wider place it lies in ("held in Indonesia?" /
    # "held in Bandung, Indonesia") or among others ("in Copenhagen and London"); where a
    # capitalised word qualifies a noun ("at the Soviet embassies in Copenhagen"), the
    # place is the one after that noun.
    # The spot within the place said before it ("at the White House in Washington") is the
    # claim's place too ("signed at the White House?").
    asked_place = PLACE_CLAIM.search(question)
    other_place = bool(asked_place) and any(
        fold(asked_place.group(2)) not in {fold(part) for part in re.split(r",\s+|\s+and\s+(?:in\s+|at\s+)?(?:the\s+)?", place)} | {fold(word) for word in spot.split()}
        for spot, place in re.findall(
            rf"\b{re.escape(asked_place.group(1)[:4])}\w*({SAID_BETWEEN}) (?:in|at) (?:the )?(?:{CAPITAL}[\w-]+ {QUALIFIED_NOUNS} (?:in|at) (?:the )?)?({CAPITAL}[\w-]+(?:(?:,\s+|\s+and\s+(?:in\s+|at\s+)?(?:the\s+)?)(?-i:[A-Z])[\w-]+)*)(?![\w-])(?!\s+{QUALIFIED_NOUNS}\b)",
            sentence, re.IGNORECASE,
        )
        if place[:1].isupper() and not MONTH.fullmatch(re.split(r"[,\s]+", place)[0])
    )
    asked_source = SOURCE_CLAIM.search(question)
    # A short source ("the US", "the UK") may be written out in full: not checked.
    asked_source = asked_source if asked_source and len(asked_source["source"]) > 3 else None
    other_place = other_place or bool(asked_source and _other_source(asked_source, sentence))
    counted_otherwise = other_count(question, sentence)
    too_few = bool(MOST_OR_ALL.search(question) and ONLY_A_FEW.search(sentence)) or bool(
        LIMITED_CASES.search(sentence) and not RESTRICTIVE.search(question) and not ASKS_MAY.search(question)
    )
    too_narrow = bool(RESTRICTIVE.search(question) and not RESTRICTIVE.search(sentence) and WIDER.search(sentence))
    shared = bool(OWNED.search(question) and SHARED.search(sentence) and not OWNED_TOO.search(sentence))
    if GOES_ON.search(question):
        sentence = END_DENIED.sub(" goes on", sentence)
    denied, denial_aside, another_denied = _denials(question, _said_outright(question, sentence))
    if another_denied:
        # What another party did not do, or failed to do ("Talks ... in August 1948 ...
        # failed to end the Berlin Blockade" for "did the Berlin Blockade end in 1949?"):
        # the years said with it date that party's deed, not the claim's.
        other_year = False
    denies = denied or (LIKENESS.search(question) and (CONTRAST.search(sentence) or COMPARED.search(sentence))) or other_year or other_place or counted_otherwise or too_few or too_narrow or shared or ended or about_another
    if denial_aside and not denies:
        return OF_ANOTHER if another_denied else None
    # "Isn't a treaty binding?" asks whether it is binding: its answer follows the fact
    # ("No." when the sentence says it is not), as "Is a treaty binding?" would.
    asked_negatively = NEGATIVE_QUESTION.match(question)
    claim = question[asked_negatively.end() :] if asked_negatively else question
    if NEGATION.search(claim) and not denies and not PLAIN_NEGATION.search(claim):
        # The claim itself holds the denial ("can sanctions be imposed without the UN?"):
        # a sentence denying nothing ("UN sanctions were imposed ...") does not speak to it.
        return None
    verdict = "no" if bool(NEGATION.search(claim)) != bool(denies) else "yes"
    if verdict == "no" and denied and _denies_the_shielded(claim, sentence):
        verdict = "yes"  # "immunity from being prosecuted?" / "cannot be prosecuted"
    # Nor does it confirm a narrowed claim it does not narrow, or a year it does not give.
    unconfirmed = (RESTRICTIVE.search(question) and not RESTRICTIVE.search(sentence)) or (asked_years and not said_years)
    # Nor a claim that two things are one by a sentence that does not make them one ("... is
    # also a Vice-President of the European Commission" for "is the High Representative the
    # same person as the Commission President?").
    unconfirmed = unconfirmed or bool(IDENTITY_CLAIM.search(claim) and not SAID_ALIKE.search(sentence))
    # Nor a claim of all of a kind by a sentence saying it of some of them only ("ban all
    # weapons in space?" / "bans nuclear weapons in orbit").
    unconfirmed = unconfirmed or _of_some_only(claim, sentence)
    # Nor a place it does not give as one for a deed ("signed in Kyoto?" / "the United
    # States signed it", however often "the Kyoto Protocol" names it; "in the Hall of
    # Mirrors of the Palace of Versailles" gives Versailles).
    unconfirmed = unconfirmed or bool(asked_place and asked_place.group(1).lower().endswith("ed") and not re.search(rf"\b(?:in|at|near)\b[^.,;]{{0,40}}?\b{re.escape(asked_place.group(2))}\b(?-i:(?!\s+{CAPITAL}))", sentence, re.IGNORECASE))
    unconfirmed = unconfirmed or bool(asked_source and not _source_said(asked_source["source"], sentence))
    named_place = NAMED_PLACE_CLAIM.search(question)
    unconfirmed = unconfirmed or bool(named_place and not re.search(rf"\b(?:in|at|on|near)\s+(?:the\s+)?{re.escape(named_place.group(2))}\b", sentence, re.IGNORECASE))
    if verdict == "yes" and (unconfirmed or hedged(question, sentence)):
        return None
    if verdict == "yes" and DEBATED.search(sentence) and not DEBATE_ASKED.search(question):
        return "debated"  # "The effectiveness of sanctions is debated" for "are sanctions effective?"
    return verdict


def _unless_asked(denial: re.Match[str], asked: set[str]) -> str:
    """A denial (see DENIED_ASIDE) as it is when it denies a word the question asks about,
    and without its "no" or "not" otherwise ("if consensus cannot be reached," says nothing
    against "does the AU decide by majority?")."""
    what = denial["what"] or denial["predicate"] or denial["passive"] or denial["since"] or denial["lacking"] or denial["pledged"] or denial["described"] or denial["able"]
    # What a "without" lacks, a word shorter than the shared start, is lacked in its longer
    # forms ("without care" of "were they cared for?"); not other denials' words ("do not use
    # the euro" says nothing of "European").
    lacked = denial["lacking"] and any(said.startswith(start) for start in _word_starts(what) if len(start) < SHARED_PREFIX for said in asked)
    if asked & _word_starts(what) or lacked:
        return denial.group()
    if denial["passive"]:
        return f"can be {what}"
    if denial["able"]:
        return f"can {what}"
    if denial["commitment"]:
        return f"{denial['commitment']} to {what}"
    return f"{denial['verb']} {what}" if denial["verb"] else what


class Verdict(NamedTuple):
    """The answer to a yes/no question: "yes" or "no", the sentence that says it, and that
    sentence's passage when it comes from outside the answer's sentences."""

    word: str
    sentence: str
    passage: Passage | None = None
    as_of: str = ""  # the year the knowledge dates a present state to ("as of 2025")
    due: str = ""  # when that state was due to end, a day now past ("on 5 February 2026")
    then: tuple[str, Passage] | None = None  # what befell it before that day, said next, with its passage
    by_dates: bool = False  # decided by the years the subject's document dates it by, not by the sentence's words
