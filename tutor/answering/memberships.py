"""Claims that a state is among a body's members ("is Brazil in the G7?"), decided by a
sentence listing all of those members ("The G7 has seven members as of 2025: Canada,
..."), and the sentence saying a member joined ("China joined the WTO in 2001").
"""

from __future__ import annotations

import re

from tutor.answering.claim_time import STILL
from tutor.answering.sentence_verdict import Verdict
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import fold


# "Is Brazil in the G7?", "is Germany a permanent member of the Security Council?": a
# claim that a state is among a body's members (of a kind: "permanent"), which a sentence
# listing all those members decides.
MEMBERSHIP_CLAIM = re.compile(
    r"^(?:is|are)\s+(?P<member>(?:\S+\s+){0,5}?\S+)\s+(?:(?:a|an)\s+(?:(?P<kind>[a-z-]+)\s+)?member(?:\s+state)?\s+of|in|part\s+of)\s+(?P<body>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
# "Did India take part in the Six-Party Talks?": a claim that a state was among those who
# took part in a meeting, which a sentence listing all its parties decides as well.
PARTICIPATION_CLAIM = re.compile(
    r"^(?:did|was|were)\s+(?P<member>(?:\S+\s+){0,3}?\S+)\s+(?:take\s+part\s+in|participate\s+in|attend|a\s+party\s+to|part\s+of)\s+(?P<body>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
COUNT_WORDS = "two three four five six seven eight nine ten eleven twelve".split()
# A sentence listing all of a body's members: a count, the members (of a kind), then the
# names after a colon or in brackets ("The G7 has seven members as of 2025: Canada, ...";
# "five permanent members, often called the P5 (China, France, ...)"). The names end at a
# closing bracket, a clause of their own (", with the European Union as a participant") or
# the sentence's end.
# Parties or participants listed so are all who took part ("The six parties to the
# Six-Party Talks were North Korea, South Korea, ...").
MEMBER_LIST = re.compile(
    rf"\b(?P<count>{'|'.join(COUNT_WORDS)}|\d+)\s+(?:(?P<kind>[a-z-]+)\s+)?(?:members|parties|participants)\b(?P<between>[^:();]{{0,40}}?)(?:[:(]|\s(?:were|are)\s)\s*(?P<names>[^:();]+?)\s*(?:\)|;|,\s+with\b|\.?$)",
    re.IGNORECASE,
)
# A body's members as a sentence names them: one ("a UN member") or several ("members",
# "member states").
MEMBERS_SAID = re.compile(r"\bmember(?P<plural>s|\s+(?:states|countries|nations))?\b", re.IGNORECASE)
# A count of the members the body a sentence opens with has ("The Council of Europe has 46
# member states", "The ... Security Council ... is the organ of the United Nations, with 15 members").
MEMBERS_COUNTED = re.compile(r"\b(?:has|have|had|with)\s+(?:about\s+|some\s+)?(?:\d+|" + "|".join(COUNT_WORDS) + r")\s+(?:[a-z-]+\s+)?member(?:s|\s+(?:states|countries|nations))\b", re.IGNORECASE)
# A quantifier making one member stand for each of them ("every UN member", "any permanent member").
ANY_OF_THEM = re.compile(r"\b(?:every|each|any)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# One member said with an article ("a permanent member"), in a clause whose opening
# (CLAUSE_OPENS) is followed by no name of the claimed member ("where a permanent member can block").
ONE_OF_THEM = re.compile(r"\ban?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
CLAUSE_OPENS = re.compile(r"[;:(]|\b(?:where|which|who|when|if)\s", re.IGNORECASE)
# Words saying a state belongs to a body ("member", "joined", "rejoined", "accession").
MEMBERSHIP_SAID = re.compile(r"\b(?:members?|membership|enlarg(?:ed|es|ement|ing)|(?:re)?join(?:s|ed|ing)?|accession|acced(?:e|ed|es)|admit(?:ted)?|admission|belongs?|founding)\b", re.IGNORECASE)
# A sentence opening with a member joining ("China joined the WTO in 2001").
JOINED = re.compile(r"^(?P<member>(?:\S+\s+){0,3}?\S+)\s+(?:joined|became a member of|acceded to)\s", re.IGNORECASE)
# Words a listed name may hold in lower case ("the United Kingdom", "Bosnia and Herzegovina").
NAME_LINKS = {"the", "of", "and"}


class Memberships:
    """Decides membership claims from the lists of members the knowledge gives."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader

    def not_listed(self, question: str, sentences: list[str], passages: list[Passage]) -> Verdict | None:
        """"yes" or "no" to a claim that a state is among a body's members ("is Brazil in the
        G7?") from a sentence of the answering document listing all of those members (as many
        names as the count it gives, of the kind asked: "permanent"): "yes" when the state is
        among them, "no" when it is nowhere in that sentence. None otherwise: an incomplete list, a name the
        knowledge base does not know (a misspelling is not a "no"), or no such sentence."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip()) or PARTICIPATION_CLAIM.match(fold(question).strip())
        if claim is None or not passages or STILL.search(question):
            return None
        tokens_of = self.retriever.query_tokens
        member, body = set(tokens_of(claim.group("member"))), set(tokens_of(claim.group("body")))
        if not member or not body or member & body or any(self.retriever.index.idf_of(t) is None for t in member):
            return None
        body = {t for t in body if t.startswith("=")} or body  # "UN Security Council" is the concept, as "Security Council" is
        kind = claim.groupdict().get("kind") or ""
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

    def joined(self, question: str, sentences: list[str]) -> str | None:
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

    def membership_unsaid(self, question: str, sentence: str, doc_id: str) -> bool:
        """Whether a claim that a state is in a body the answering document, or another, is
        about ("is Norway in the EU?") finds a sentence naming the state that says nothing of
        membership ("The single market also extends to Iceland, Liechtenstein and Norway
        through the European Economic Area"; "... a counterpart to NATO ..., and a legal basis
        ... after the Austrian State Treaty ..." for "is Austria in NATO?"): naming it beside the
        body confirms nothing. A body with no document of its own may be a place ("is the ICJ in
        The Hague?")."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip())
        if claim is None or MEMBERSHIP_SAID.search(sentence):
            return False
        body = set(self.retriever.query_tokens(claim.group("body")))
        return bool(self.retriever.mentioned_documents(list(body))) or bool(body) and body <= self.retriever.title_terms(doc_id)

    def said_of_others(self, question: str, sentence: str) -> bool:
        """Whether a sentence speaks of a body's members only as others, where the question
        claims a state is one of them ("is Kosovo a member of the UN?" / "about 100 UN
        member states have recognised it"): every "member" it says is plural ("members",
        "member states") or one in a clause not naming the claimed member ("where a
        permanent member can block action"), and none is followed by a name the claim gives
        (as a list of the members is: "seven members as of 2025: Canada, ..., Japan"), or
        it is any member ("every UN member undertakes to comply with the court's decisions").
        It cannot confirm the claim."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip())
        mentions = list(MEMBERS_SAID.finditer(sentence)) if claim is not None else []
        if not mentions:
            return False
        member = set(self.retriever.query_tokens(claim.group("member")))

        def unnamed(before: str) -> bool:
            starts = [m.end() for m in CLAUSE_OPENS.finditer(before)]
            return ONE_OF_THEM.search(before) is not None and not member & set(self.retriever.query_tokens(before[starts[-1] if starts else 0 :]))

        return all(
            ANY_OF_THEM.search(sentence[: mention.start()])
            or (mention["plural"] or unnamed(sentence[: mention.start()])) and not member & set(self.retriever.query_tokens(sentence[mention.end() :]))
            for mention in mentions
        )

    def counted_of_another(self, question: str, sentence: str) -> bool:
        """Whether a sentence counting the members of the body it opens with gives another
        body's members ("is Turkey a member of the EU?" / "The Council of Europe has 46 member
        states, ... among them ... Türkiye"), or the claimed member's own ("is the Security
        Council a member of the UN?" / "The ... Security Council ... with 15 members"): the
        words before the count name the claimed member, or name neither the claimed body nor
        any of the claimed member while the member is named after the count. "Is NATO based in
        Brussels?" reads as a claim of being "in" Brussels, but "NATO had 32 member countries
        ..., and NATO's headquarters is in Brussels" counts NATO's own members: it stays free
        to confirm."""
        claim = MEMBERSHIP_CLAIM.match(fold(question).strip())
        counted = MEMBERS_COUNTED.search(sentence) if claim is not None else None
        if counted is None:
            return False
        owner = set(self.retriever.query_tokens(sentence[: counted.start()]))
        member = set(self.retriever.query_tokens(claim.group("member")))
        body = set(self.retriever.query_tokens(claim.group("body")))
        listed = set(self.retriever.query_tokens(sentence[counted.end() :]))
        return bool(member) and (member <= owner or bool(body) and not body <= owner and not member & owner and bool(member & listed))

    def said_of_its_group(self, sentence: str, tokens: list[str]) -> bool:
        """Whether a sentence lists a name the question gives among all of a body's members
        and then says something of one of those members: "... the five permanent members
        (China, France, Russia, the United Kingdom and the United States): a single "no"
        vote from a permanent member is a veto" says of Russia what it says of any permanent
        member ("does Russia have a veto?")."""
        tokens_of = self.retriever.query_tokens
        for listing in self._full_lists(sentence):
            after = tokens_of(sentence[listing.end() :])
            group = tokens_of(f"{listing.group('kind') or ''} member")
            if set(tokens) & set(tokens_of(listing.group("names"))) and all(t in after for t in group):
                return True
        return False

    @staticmethod
    def _full_lists(sentence: str) -> list[re.Match[str]]:
        """The matches of lists naming as many members as the count before them, each a
        capitalised name."""
        full = []
        for listing in MEMBER_LIST.finditer(sentence):
            count = listing.group("count").lower()
            expected = int(count) if count.isdigit() else COUNT_WORDS.index(count) + 2
            names = [name for name in re.split(r",\s*|\s+and\s+", listing.group("names")) if name]
            capitalised = all(word[0].isupper() or word in NAME_LINKS for name in names for word in name.split())
            if len(names) == expected and capitalised:
                full.append(listing)
        return full

    @classmethod
    def _full_list(cls, sentence: str, kind: str) -> re.Match[str] | None:
        """The match of a full list (see `_full_lists`) of members of the kind asked
        ("permanent", or none); None when there is none."""
        return next((listing for listing in cls._full_lists(sentence) if (listing.group("kind") or "").lower() == kind), None)
