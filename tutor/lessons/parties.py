"""Who a claim is said of, beyond declared roles: its actor, who acts on whom, its parties, its side.

A comparison question declares its subjects (`roles`) and binds each claim to one of them.
Most questions declare none, yet their ideas are still said of someone (and a declared
subject may still act on someone else), and a fluent answer can say the right words of the
wrong one. What is right is read from the question itself:

- Actors, the words of the actor senses (`actors` in `dialogues/synonyms.yaml`: governments,
  officials, academics, ...). An idea's actor is the one it opens with, before an auxiliary
  ("the government could deny the contacts"; "they" is the actor of the idea before it). In a
  question that declares no roles, a claim of one idea said of another idea's actor ("the
  academics could deny the contacts"), of an actor the question's misconceptions name ("only
  NGOs can create binding international law") or of the denial of one it names as right
  ("only non-state actors") is said of the wrong one. An idea that opens with no actor
  ("managing relations between states") is said of no one in particular; a question's subject
  follows its auxiliary ("why do only official representatives of states count?"). An idea
  said of government actors is said of the wrong one by an actor outside government
  (`non_state` in `dialogues/synonyms.yaml`) that the question never names as right ("only
  companies can create binding international law"). A claim is bound
  only to an actor named before it in its own piece of a clause: what follows it is as often
  its object ("digital communication lets people speak to foreign audiences").
- Who acts on whom, read from the model answer's pieces ("a government communicates directly
  with the people of other countries"): a claim about the agent of a pair that an answer's
  piece turns round, with a word of how the model's agent acts between them ("the people of
  other countries communicate with a government"), is said the wrong way, in any question; the
  passive ("are addressed by a government") and "of" ("the people of other countries") are read as such.
- Crossed ideas: in a question that declares no roles, a match of one idea whose words
  stand around a word only another idea uses ("resolving relations and advancing conflicts")
  pairs the words of two ideas, and mixes them up.
- Sides, the words of opposite sides (`opposites` in `dialogues/synonyms.yaml`): a claim of
  an idea naming the host state, said with "home" or "sending", is the wrong way round ("the
  courts of their home country").
- Parties, the names an idea uses (words the knowledge writes as names: "the Egypt-Israel
  Peace Treaty"). A claim that pairs one of them with a name the question never uses ("a
  peace treaty between the USA and Egypt", "between Israel and Jordan") names the wrong parties.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.lessons.agency import QUESTION_WORDS, Agency
from tutor.lessons.aptness import shipped_vocabulary
from tutor.lessons.grading import AUXILIARIES, MEANINGFUL, Token, is_everyday, subjects_named, tokens, words_match
from tutor.lessons.senses import shipped_senses
from tutor.search.text import split_words
from tutor.tuning import SUBJECT_REACH

WRONG_ACTOR = "actor"
WRONG_PARTIES = "parties"
WRONG_SIDE = "side"
WRONG_CROSSED = "crossed"
WRONG_TURNED = "turned"  # who acts on whom turned round: wrong whatever else the answer says
# Left out before a word, these say that what follows is not acted on by what came before: the
# passive ("are addressed by a government"), and a list ("state sovereignty and diplomatic missions").
TURNS = frozenset("by from is are was were be been am and or".split())
# Left out before an actor, these make it qualify the word before it, which it does not act on ("the people of other countries").
QUALIFIERS = frozenset("of in within inside across at about".split())
# The words that may join two parties: "between the USA and Egypt", "Israel-Jordan".
PAIRING = frozenset("and or the a an".split())


def actor_mentions(have: tuple[Token, ...], subjects: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """Where the answer names an actor (index, actor); a denied one is "not" the actor ("non-state").
    A word of a declared subject's name (`subjects`, from `subjects_named`) names no actor ("public" of "public diplomacy")."""
    actors = shipped_senses().actors
    named = {i for i, _ in subjects or ()}
    return [(i, ("not " if t.negated else "") + min(t.sense & actors)) for i, t in enumerate(have) if t.sense & actors and i not in named]


def claim_actors(have: tuple[Token, ...], used: tuple[int, ...], mentions: list[tuple[int, str]]) -> set[str]:
    """The actors a claim is said of: those named nearest before its words in its piece (all of a
    run named together, "NGOs and academics"); none when its piece names none before it, as
    beyond a comma or a bracket the words may be about someone else ("the government could deny
    the contacts (they could not commit Israel)"), save a contrast that only interrupts them: in "NGOs
    and academics, not state representatives, create law" the claim is said of the NGOs and academics."""
    first = min(used)
    claim = have[first]
    # An example or an aside names no subject of what is said outside it ("non-state actors such as NGOs, and ...").
    before = [(i, name) for i, name in mentions if i < first and i not in used and claim.example >= have[i].example and claim.aside >= have[i].aside]
    named = {i: name for i, name in before if have[i].piece == claim.piece}
    if not named and claim.example:  # an example is said of what it exemplifies: "only NGOs can make law, for example by signing treaties"
        earlier = [have[i].piece for i, _ in before if have[i].clause == claim.clause and not have[i].example]
        named = {i: name for i, name in before if earlier and have[i].piece == max(earlier)}
    if not named and (contrast := _contrast_before(have, first)):  # "NGOs and academics, not state representatives, create law"
        named = {i: name for i, name in before if have[i].piece == contrast - 1 and have[i].clause == claim.clause}
    if not named:
        return set()
    last = max(named)
    run = {named[last]}
    while last - 1 in named:
        last -= 1
        run.add(named[last])
    # An actor denied with the claim is the claim's own denial: "nothing the professors said bound Israel".
    return {name.removeprefix("not ") if claim.negated else name for name in run}


def _contrast_before(have: tuple[Token, ...], first: int) -> int | None:
    """The piece of a contrast that interrupts a subject and its claim (every word of it denied, as in
    "NGOs and academics, not state representatives, create law"), right before the piece of the word at `first`; else None."""
    start = first
    while start > 0 and have[start - 1].piece == have[first].piece:
        start -= 1
    if start == 0 or have[start - 1].piece != have[first].piece - 1 or have[start - 1].clause != have[first].clause:
        return None
    end = start - 1
    while end > 0 and have[end - 1].piece == have[start - 1].piece:
        end -= 1
    return have[end].piece if all(t.negated for t in have[end:start]) else None


@dataclass(frozen=True)
class Bindings:
    """What a question's own words say about who its ideas are said of (see the module's note)."""

    actors: dict[str, frozenset[str]]  # each idea's actors, by id: those it opens with
    foils: frozenset[str]  # the actors the question sets against its own, in its misconceptions
    right: frozenset[str]  # the actors the question names in what it says is right
    parties: dict[str, tuple[Token, ...]]  # each idea's words written with a capital, by id: its names among them are its parties
    known_words: tuple[Token, ...]  # every word the question uses
    opposed: dict[str, tuple[Token, ...]]  # each idea's opposite words, by id: the other side of the sides it names ("home" of "host")
    acting: dict[tuple[str, str], tuple[Token, ...]]  # who acts on whom in the model answer (agent, patient), and how: ("state", "people"): "communicates", "directly"
    crossing: dict[str, tuple[Token, ...]]  # each whole idea's foreign words, by id: the other whole ideas' words it never uses ("relations" for "resolving conflicts")
    agency: Agency  # each idea's agent and verbs: "binding obligations can commit official representatives" turns it round

    @classmethod
    def of(
        cls, prompt: str, answer: str, ideas: list[tuple[str, str]], texts: list[str], own: list[str], wrong: list[str],
        roles: dict[str, list[str]], wholes: dict[str, list[str]], phrasings: dict[str, list[str]],
    ) -> "Bindings":
        """From the question's `prompt`, its model `answer`, its ideas (id, idea), all its `texts`, the texts that say
        what is right (`own`: its prompt, model answer, ideas), its misconceptions' phrasings (`wrong`), its
        declared subjects (`roles`), the phrasings of each whole idea (`wholes`, by id; an idea's idea text among them)
        and of every idea (`phrasings`, by id)."""
        actors: dict[str, frozenset[str]] = {}
        before = _subject(prompt, frozenset())  # "they" in the first idea is who the prompt asks about
        for idea_id, idea in ideas:
            actors[idea_id] = before = _subject(idea, before)
        words = [t for text in texts for t in tokens(text)]
        right = frozenset(name for text in own for _, name in actor_mentions(tokens(text)) if not name.startswith("not "))
        foils = frozenset(name.removeprefix("not ") for text in wrong for _, name in actor_mentions(tokens(text))) - right
        parties = {idea_id: _capitalised(idea) for idea_id, idea in ideas}
        known_words = tuple({t.word: t for t in words}.values())
        opposed = {idea_id: _opposed(idea) for idea_id, idea in ideas}
        model = tokens(answer)
        mentions = actor_mentions(model, subjects_named(model, roles))
        acting = {}
        for pair in filter(None, (_acting(model, mentions, piece) for piece in {t.piece for t in model})):
            acting[pair[:2]] = tuple(t for t in model[pair[2] + 1 : pair[3]] if t.word not in MEANINGFUL and not t.sense & shipped_senses().actors)  # how
        named = {w for names in roles.values() for name in names for w in name.split()}
        agency = Agency.of(prompt, answer, [(idea_id, idea, phrasings.get(idea_id, [])) for idea_id, idea in ideas], named)
        return cls(actors, foils, right, parties, known_words, opposed, acting, _crossing(wholes), agency)

    def misbound(self, idea_id: str, have: tuple[Token, ...], used: tuple[int, ...], mentions: list[tuple[int, str]], subjects: bool) -> str:
        """Why the claim `used` of an idea is said of the wrong one (WRONG_ACTOR, WRONG_TURNED,
        WRONG_PARTIES, WRONG_SIDE, WRONG_CROSSED), or ""; a claim is bound to its actor only when
        `subjects` (no roles are declared)."""
        if self._strange_partner(idea_id, have, used):
            return WRONG_PARTIES
        crossing = self.crossing.get(idea_id, ())
        if crossing and any(i not in used and any(words_match(have[i], w) for w in crossing) for i in range(min(used) + 1, max(used))):
            return WRONG_CROSSED  # "resolving relations and advancing conflicts"
        acting = _acting(have, mentions, have[min(used)].piece)
        if acting and acting[:2] not in self.acting and _turns(have, used, acting[2], acting[3], self.acting.get(acting[1::-1], ())):
            return WRONG_TURNED  # "the people of other countries communicate with a government"
        if self.agency.turned(idea_id, have, used):
            return WRONG_TURNED  # "binding obligations can commit official representatives"
        if _says_one_of(have, used, self.opposed.get(idea_id, ())):
            return WRONG_SIDE
        subject = self.actors.get(idea_id, frozenset())
        if not subject or not subjects:
            return ""
        others = set().union(*(a for i, a in self.actors.items() if i != idea_id)) - subject
        return WRONG_ACTOR if any(self._wrong_actor(a, others, subject) for a in claim_actors(have, used, mentions) - subject) else ""

    def _wrong_actor(self, actor: str, others: set[str], subject: frozenset[str]) -> bool:
        """True for the denial of an actor the question names as right, a foil, another idea's actor,
        or, for an idea said of government actors, an actor outside government that the question never
        names as right ("only companies can create binding international law")."""
        if actor.startswith("not "):
            return actor.removeprefix("not ") in self.right
        non_state = shipped_senses().non_state
        stranger = actor in non_state and actor not in self.right and not subject & non_state
        return actor in self.foils or actor in others or stranger

    def of_other_side(self, have: tuple[Token, ...], used: tuple[int, ...], phrasing: str) -> bool:
        """True when a misconception's claim is said of the side opposite the one the question's ideas
        name, and its phrasing names no side: "can be tried" is no mistake of "their home country"."""
        opposed = tuple(t for words in self.opposed.values() for t in words)
        names_a_side = any(words_match(t, o) for t in tokens(phrasing) for o in opposed)
        return bool(opposed) and not names_a_side and _says_one_of(have, used, opposed)

    def _strange_partner(self, idea_id: str, have: tuple[Token, ...], used: tuple[int, ...]) -> bool:
        """True when the claim's piece pairs a party of the idea ("X and Y", "X-Y") with a name the
        question never uses (nor a typo of one of its words); "with the US as mediator" pairs no one."""
        candidates = self.parties.get(idea_id, ())
        if not candidates:
            return False
        piece = have[min(used)].piece
        at = [i for i, t in enumerate(have) if t.piece == piece]
        for i, j in zip(at, at[1:]):
            if have[j].left - PAIRING:
                continue
            for party, other in ((have[i], have[j]), (have[j], have[i])):
                if any(words_match(party, p) for p in candidates) and not any(words_match(other, k) for k in self.known_words):
                    names = shipped_vocabulary().names  # read only now: most answers never pair a name with a stranger
                    if _is_name(other, names) and any(p.word in names and words_match(party, p) for p in candidates):
                        return True
        return False


def _subject(text: str, before: frozenset[str]) -> frozenset[str]:
    """Who `text` (an idea, a prompt) is said of: the actors it opens with, before an auxiliary
    ("the government could deny the contacts", "only official representatives of states can act"),
    or after the auxiliary of a question ("why do only official representatives of states count?"),
    or for "they" those `before`; none for a phrase ("state sovereignty", "managing relations between states")."""
    words = [w.folded for w in split_words(text)]
    if {"they", "them"} & set(words[:3]):
        return before
    actors = shipped_senses().actors
    inverted = len(words) > 2 and words[0] in QUESTION_WORDS and words[1] in AUXILIARIES
    if inverted:  # "why do only official representatives of states count ...?": the subject follows the auxiliary
        words = words[2:]
    named = [k for k, w in enumerate(words[:SUBJECT_REACH + 2]) if any(t.sense & actors for t in tokens(w))]
    if inverted:  # the actors that open what follows, not an object further on ("what does immunity protect a diplomat from?")
        opening = {words[k] for k in named} if named and named[0] < SUBJECT_REACH else set()
    else:
        verb = next((k for k, w in enumerate(words) if named and k > named[0] and w in AUXILIARIES), None)
        opening = {words[k] for k in named if k < verb} if verb is not None and verb - named[0] <= SUBJECT_REACH + 1 else set()
    have = tokens(text)
    return frozenset(name for i, name in actor_mentions(have) if have[i].word in opening)  # with its polarity: "no single country" is "not state"


def _crossing(wholes: dict[str, list[str]]) -> dict[str, tuple[Token, ...]]:
    """For each whole idea, the words of the other whole ideas' texts that none of its own
    phrasings uses, save the actors, names, numbers and small words that any idea may use:
    "managing", "relations", "advancing", "national", "interests" for "resolving conflicts
    peacefully" (not "states" nor "between")."""
    actors = shipped_senses().actors
    said = {idea_id: [t for p in phrasings for t in tokens(p)] for idea_id, phrasings in wholes.items()}
    return {
        idea_id: tuple({
            t.word: t for other in said if other != idea_id for t in tokens(wholes[other][0])
            if not t.sense & actors and t.word not in MEANINGFUL and t.word.isalpha() and t not in _capitalised(wholes[other][0])
            and not any(words_match(t, w) or words_match(w, t) for w in own)
        }.values())
        for idea_id, own in said.items()
    }


def _turns(have: tuple[Token, ...], used: tuple[int, ...], agent: int, patient: int, how: tuple[Token, ...]) -> bool:
    """True when a claim is about the agent of a pair that the model answer turns round, with a
    word of how the model's agent acts on its patient between them: "the people of other countries
    communicate directly with a government"; not "governments authorise diplomats to commit it"."""
    return agent in used and any(words_match(t, w) for t in have[agent + 1 : patient] for w in how)


def _acting(have: tuple[Token, ...], mentions: list[tuple[int, str]], piece: int) -> tuple[str, str, int, int] | None:
    """Who acts on whom in a piece (agent, patient, where each is named): its first actor and the next other one after
    it, when no "by", "from", "be", "and" or "or" between them turns it round or lists them; an actor after "of", "in" or "about" qualifies
    the one before ("the people of other countries"), and a denied one acts on no one."""
    named = [(i, name) for i, name in mentions if have[i].piece == piece and not name.startswith("not ") and not _qualifies(have, i)]
    if not named:
        return None
    (first, agent), rest = named[0], named[1:]
    patient = next(((i, name) for i, name in rest if name != agent and i - 1 not in dict(named)), None)  # not the next word of a run: "government representatives"
    if patient is None or any(have[k].left & TURNS for k in range(first + 1, patient[0] + 1)):
        return None
    return agent, patient[1], first, patient[0]


def _qualifies(have: tuple[Token, ...], i: int) -> bool:
    """True for an actor after "of" or "in", or one word after it: "of other countries", "people in other countries"."""
    return bool(have[i].left & QUALIFIERS) or (i > 0 and have[i - 1].piece == have[i].piece and bool(have[i - 1].left & QUALIFIERS))


def _says_one_of(have: tuple[Token, ...], used: tuple[int, ...], words: tuple[Token, ...]) -> bool:
    """True when the piece of the claim `used` says one of `words`, undenied."""
    piece = have[min(used)].piece
    return bool(words) and any(t.piece == piece and not t.negated and any(words_match(t, w) for w in words) for t in have)


def _opposed(idea: str) -> tuple[Token, ...]:
    """The words of the sides opposite those `idea` names: "home", "sending" for "the host state's courts"."""
    said = tokens(idea)
    return tuple(
        t for ours, theirs in (pair for a, b in shipped_senses().opposites for pair in ((a, b), (b, a)))
        if any(words_match(s, w) for s in said for w in tokens(" ".join(ours)))
        for t in tokens(" ".join(theirs))
    )


def _capitalised(text: str) -> tuple[Token, ...]:
    """The words of `text` written with a capital, but for its first: "Egypt", "Israel", "Peace" of "the Egypt-Israel Peace Treaty"."""
    written = {w.folded for w in split_words(text)[1:] if w.original[:1].isupper()}
    return tuple(t for t in tokens(text) if t.word in written)


def _is_name(token: Token, names: frozenset[str]) -> bool:
    """A word the knowledge writes as a name, or a word of letters that is no everyday word ("usa")."""
    return token.word in names or (token.word.isalpha() and not token.negated and not is_everyday(token.word))
