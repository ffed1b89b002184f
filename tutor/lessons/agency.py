"""Who does an idea's deed: its agent said as the one the deed is done to.

An idea is said of someone who acts: "only official representatives can commit a state",
"a foreign minister oversees the state's foreign policy", "state representation by accredited
officials". A fluent answer can keep every word and swap who does what to whom: "binding
obligations can commit official representatives", "the foreign ministry oversees the foreign
minister", "accredited officials are represented by the state". Each idea's agent and verbs
are read from the question's own words, and an answer's piece turns the idea round when:

- the agent stands right after one of the idea's verbs, as its object (only determiners and
  modifiers between, no preposition), and not before it as its subject; or
- the agent is the subject of one of the idea's verbs in the passive, done "by" someone else.

What a question says is protected ("What does diplomatic immunity protect a diplomat from?") is
what an answer must protect: one that protects the ideas' own words instead ("it protects the
receiving state's courts from the diplomat's jurisdiction") turns them round.

A comparison's declared subject named as the object of a claim's word is what the claim is done
to, not who does it (`named_object`): "the General Assembly can block the permanent members".

The agent (an actor sense of `dialogues/synonyms.yaml`, see `tutor.lessons.parties`) is the head
of the subject an idea opens with ("only official representatives of states"), the one after
"by" ("conducted by government representatives"), "they" the one before, or else the subject
of the model answer or of the prompt ("What is a foreign minister responsible for?"). The
verbs are the words that follow the agent in the question's texts ("can create and enforce"),
the word before "by" the agent ("representation by accredited officials"), and the first word
of a phrasing that goes on with a determiner ("commit a state", "represent their country").
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.lessons.grading import AUXILIARIES, MEANINGFUL, Token, tokens, words_match
from tutor.lessons.senses import shipped_senses
from tutor.search.text import QUESTION_WORDS as OPENING_QUESTION_WORDS

# Words that may stand between a verb and its direct object: "oversees the foreign minister".
OBJECT_DETERMINERS = frozenset("the a an its their his her our my this these those each every all both any".split())
# The auxiliaries of the passive: "are represented by the state".
PASSIVE = frozenset("is are was were be been being am get gets got".split())
# Words that open a question, before its auxiliary and subject: "what is a foreign minister responsible for?".
# Not "whose", whose noun comes before the auxiliary ("whose mandate is it?").
QUESTION_WORDS = OPENING_QUESTION_WORDS - {"whose"}
# What may stand between a subject and its verb, besides auxiliaries: "representatives who act".
AFTER_SUBJECT = frozenset("who which that".split())
OBJECT_REACH = 3  # the object's head is at most this many words after its verb: "enforces the official representatives"
# The stems of irregular past forms the stemmer leaves as they are ("the foreign minister is
# led by the ministry"); `tutor.search.text.IRREGULAR_FORMS` stems the others as their verbs.
IRREGULAR = {"led": "lead", "ran": "run", "made": "make", "held": "hold", "bound": "bind", "took": "take", "taken": "take"}


def _actor(t: Token) -> frozenset[str]:
    """The actor senses a word names as written: "represent" shares a stem with "representatives" but names no one."""
    senses = shipped_senses()
    return senses.by_word.get(t.word, frozenset()) & senses.actors


@dataclass(frozen=True)
class Agency:
    """Each idea's agent (actor senses) and verbs (stems), by id."""

    agents: dict[str, frozenset[str]]
    verbs: dict[str, frozenset[str]]
    protected: tuple[Token, ...] = ()  # what the prompt says is protected: "a diplomat"
    idea_words: tuple[Token, ...] = ()  # the words of the ideas' texts

    @classmethod
    def of(cls, prompt: str, answer: str, ideas: list[tuple[str, str, list[str]]], excluded: set[str]) -> "Agency":
        """From the question's `prompt`, model `answer` and ideas (id, idea, phrasings); `excluded` are
        words of declared subjects' names, which name no actor ("public" of "public diplomacy")."""
        fallback = _agent(answer, frozenset(), excluded) or _agent(prompt, frozenset(), excluded)
        agents, verbs, before = {}, {}, fallback
        for idea_id, idea, phrasings in ideas:
            agent = _agent(idea, before, excluded) or fallback
            before = agent
            if not agent:
                continue
            found = {v for text in (answer, idea, *phrasings) for v in _verbs(tokens(text), agent)}
            found |= {have[0].stem for have in map(tokens, phrasings) if len(have) > 1 and have[1].left and have[1].left <= OBJECT_DETERMINERS and _plain_word(have[0])}
            if found:
                agents[idea_id], verbs[idea_id] = agent, frozenset(found)
        protected = tuple(t for t in tokens(prompt) if t.guarded)
        idea_words = tuple(t for _, idea, _ in ideas for t in tokens(idea)) if protected else ()
        return cls(agents, verbs, protected, idea_words)

    def turned(self, idea_id: str, have: tuple[Token, ...], used: tuple[int, ...]) -> bool:
        """True when the piece of the claim `used` says the idea's agent undergoes the idea's deed,
        or its clause protects the ideas' words rather than what the prompt says is protected."""
        if self.protected and self._protects_another(have, have[min(used)].clause):
            return True
        agent, verbs = self.agents.get(idea_id), self.verbs.get(idea_id, frozenset())
        if not agent:
            return False
        piece = have[min(used)].piece
        at = [i for i, t in enumerate(have) if t.piece == piece]
        for n, i in enumerate(at):
            v = have[i]
            if IRREGULAR.get(v.word, v.stem) not in verbs or v.negated:
                continue
            after = at[n + 1 : n + 1 + OBJECT_REACH]
            obj = next((k for k in after if _actor(have[k]) & agent), None)
            subject = any(_actor(have[k]) & agent for k in at[:n])
            between = [k for k in after if k <= obj] if obj is not None else []
            if obj is not None and not subject and all(have[k].left <= OBJECT_DETERMINERS and (have[k].word in OBJECT_DETERMINERS or have[k].word not in MEANINGFUL) for k in between):
                return True  # "binding obligations can commit official representatives"
            doer = next((k for k in after[:2] if "by" in have[k].left), None)
            if doer is not None and v.left & PASSIVE and subject and not _actor(have[doer]) & agent:
                return True  # "accredited officials are represented by the state"
        return False

    def _protects_another(self, have: tuple[Token, ...], clause: int) -> bool:
        """True when `clause` protects words of the ideas and nothing the prompt says is protected,
        or spares them what the protected one does in the passive ("the host state cannot be sued by the diplomat")."""
        guarded = [t for t in have if t.clause == clause and t.guarded]
        for k, t in enumerate(have):
            if t.clause == clause and t.negated and t.left & PASSIVE:
                doer = next((u for u in have[k + 1 : k + 1 + OBJECT_REACH] if "by" in u.left and u.piece == t.piece), None)  # "cannot be sued or arrested by the diplomat"
                if doer is not None and any(words_match(doer, w) for w in self.protected):
                    guarded += [u for u in have[:k] if u.piece == t.piece]

        def said(words: tuple[Token, ...]) -> bool:
            return any(words_match(t, w) or words_match(w, t) for t in guarded for w in words)

        return bool(guarded) and not said(self.protected) and said(self.idea_words)


def named_object(have: tuple[Token, ...], index: int, mentions: list[tuple[int, str]]) -> str | None:
    """The declared subject named as the object of the word at `index` (see `Agency.turned`), or None:
    in "the power of the General Assembly to block the five permanent members" the permanent members are blocked."""
    named = dict(mentions)
    after = [k for k in range(index + 1, min(index + 1 + OBJECT_REACH, len(have))) if have[k].piece == have[index].piece]
    for k in after:
        if not have[k].left <= OBJECT_DETERMINERS or (have[k].word in MEANINGFUL and have[k].word not in OBJECT_DETERMINERS):
            return None
        if k in named:
            while named.get(k + 1) == named[k] and not have[k + 1].left:
                k += 1
            modifies = k + 1 < len(have) and have[k + 1].piece == have[k].piece and not have[k + 1].left
            return None if modifies else named[k]  # not "obey a GA resolution": the name only qualifies the object
    return None


def _plain_word(t: Token) -> bool:
    """A word that may be a verb: not an actor, not denied, not a small meaningful word."""
    return not _actor(t) and not t.negated and t.word not in MEANINGFUL and t.word not in AUXILIARIES


def _verbs(have: tuple[Token, ...], agent: frozenset[str]) -> set[str]:
    """The stems of the words `have` says the agent does: the word after its head ("can create"),
    one joined to that by "and" ("and enforce"), and the word before "by" the agent ("representation by")."""
    found = set()
    for k, t in enumerate(have):
        if not _actor(t) & agent:
            continue
        if "by" in t.left or (k > 0 and "by" in have[k - 1].left and have[k - 1].piece == t.piece):
            by = k if "by" in t.left else k - 1  # "by accredited officials": "by" may stand before a modifier
            if by > 0 and _plain_word(have[by - 1]):
                found.add(have[by - 1].stem)
            continue
        rest = [j for j in range(k + 1, len(have)) if have[j].piece == t.piece and _plain_word(have[j])]
        if rest and not have[rest[0]].left - PASSIVE - AFTER_SUBJECT:  # right after the subject: "can create", "who act"
            found.add(have[rest[0]].stem)
            if len(rest) > 1 and have[rest[1]].left == {"and"}:
                found.add(have[rest[1]].stem)
    return found


def _agent(text: str, before: frozenset[str], excluded: set[str]) -> frozenset[str]:
    """The head of who `text` says acts (see the module's note); empty when it names none."""
    words = text.split()
    if {"they", "them"} & {w.lower().strip(",.") for w in words[:3]}:
        return before
    have = tokens(text)
    if words and words[0].lower() in QUESTION_WORDS and len(words) > 2 and words[1].lower() in AUXILIARIES:
        have = tokens(" ".join(words[2:]))  # "what is a foreign minister responsible for?": the subject follows the auxiliary
    actor = [bool(_actor(t)) and t.word not in excluded for t in have]
    for k, t in enumerate(have):  # the one after "by": "conducted by government representatives"
        if "by" in t.left:
            run = k
            while run + 1 < len(have) and actor[run + 1] and not have[run + 1].left:
                run += 1
            if actor[run] and not have[run].negated and (run == k or all(not have[j].left for j in range(k + 1, run + 1))):
                return _actor(have[run])
    start = next((k for k, t in enumerate(have) if t.word not in MEANINGFUL), None)
    if start is None:
        return frozenset()
    for k in range(start, min(start + 3, len(have))):  # the subject: up to two modifiers, then its actors ("a foreign minister")
        if k > start and have[k].left:
            return frozenset()  # a new phrase: "overseeing the state's ..."
        if actor[k]:
            while k + 1 < len(have) and actor[k + 1] and not have[k + 1].left:
                k += 1
            possessive = k + 1 < len(have) and "s" in have[k + 1].left
            return frozenset() if possessive or have[k].negated else _actor(have[k])  # not "no single country"
    return frozenset()
