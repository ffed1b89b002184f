"""A conversation with the tutor: `Session.respond(text) -> Reply`.

The session remembers the current topic (a document), the kind of the last question and
which passages it has already shown, so that follow-ups ("when was it signed?", "and
ASEAN?", "tell me more") are answered about the right subject. Every front end, the app,
`tutor ask` and the lessons, talks to the tutor through this one method.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from tutor.answering.composition import ASKS_EXPLANATION, HOW_IN_GENERAL, WHY_IN_GENERAL, asks_likeness, seed_of
from tutor.answering.compound import combined, two_questions, verdict_opening, with_verdict
from tutor.answering.engine import Tutor
from tutor.answering.reply import Reply, without_sources
from tutor.answering.resolution import Resolution, State
from tutor.answering.resolution.passages import OWN_FACT_KINDS
from tutor.answering.resolution.which_one import ORDERING
from tutor.answering.understanding import CONDITION_AFTER, SOCIAL_INTENTS, Understanding
from tutor.commands import FOLLOW_UP_NUMBER, asks_help, named
from tutor.search.asides import replace_asides
from tutor.search.knowledge import PAST_TOPICS, TOPIC_TITLES
from tutor.search.retrieval import NAME_WORD
from tutor.search.text import AUXILIARIES, QUESTION_WORDS, clean_user_text, fold, full_years, split_sentences
from tutor.tuning import MAX_QUESTION_CHARS

MAX_FOLLOWUPS = 3
# Where one sentence of a learner's message ends and the next begins: after a full stop,
# a colon or a semicolon ("i keep mixing this up: why did the league fail?"), at a comma
# before the learner speaks of themselves ("what is a protecting power, i saw it in an
# article"), and at a dash between spaces, which sets a subject before the question about
# it ("diplomatic immunity - so does that mean ...?").
SENTENCE_BREAK = re.compile(r"(?<=[.?!:;])\s+(?=\S)|,\s+(?=i\b)|\s+[-\u2013\u2014]+\s+(?=\S)")


# The auxiliaries a heading asked as a question opens with: not the modals "may", "might"
# and "must", since a heading opening with "May" names the month ("May 1972 ...").
HEADING_AUXILIARIES = AUXILIARIES - {"may", "might", "must"}
_PRONOUN = re.compile(r"\b(it|they|them)\b")


# A chat interjection between two clauses, which a reader takes as a comma: "i have a history
# quiz lol when did the suez crisis happen" asks its question after the scene, as "..., when
# did ...?" does.
INTERJECTION_BETWEEN = re.compile(r"(?<=\w)\s+(?:lol|lmao|haha+|ngl|omg)\s+(?=\w)", re.IGNORECASE)

# A question asked at the end, after a comma closing a clause that sets the scene ("i've
# never seen that word before in my life, what is a demarche?").
ASKED_AFTER_COMMA = re.compile(r",\s+(?=(?:what|who|whom|whose|when|where|why|how|which)\b)")

# A yes/no question after a comma closing a lead-in ("quick question, is the NPT binding?",
# "i'm curious, is New START still in force?"), or after a sentence, a bracket, a dash or a
# word that closes one ("I have to explain this to my class. is morocco in the AU?", "(on my
# phone sorry) did china sign the npt", "random question but was egypt suspended ...?"),
# split at the first such place ...
YES_NO_AFTER_LEAD_IN = re.compile(
    r"(?:[,.!?:;)]+\s*|\s+-+\s+|(?:^|\s+)(?:but|so|wait|ok|okay|well|anyway)\s+)(?=(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might)(?:n'?t)?\b)"
)
# ... nor one asking after a phrase setting the scene ("in official diplomacy who does the
# daily work - is it the foreign minister?": the yes/no question offers an answer to it).
ASKS_WITHIN = re.compile(r"\b(?:what|who|whom|whose|when|where|why|how|which)\b")
# A question of what the learner does ("how do i use it ...", "and what should we say ..."):
# of their own life, unless it is about the trade.
OWN_DOING = re.compile(r"^\W*(?:(?:and|also|plus|so)\W+)?(?:how|what|when|where|why|which|who)\s+(?:do|does|did|can|could|should|would|will|shall|must|might)\s+(?:i|we)\b")
# The pronouns that may point back to a lead-in (see `Session._yes_no_after_lead_in`).
PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her|this|that|these|those)\b", re.IGNORECASE)
# A yes/no claim whose subject is a party pointed back to ("did they ratify it?", "has he ...").
PARTY_PRONOUN = re.compile(r"^\W*(?:did|do|does|have|has|had|were|was|are|is|can|could|will|would)(?:n'?t)?\s+(?P<pronoun>they|he|she)\b", re.IGNORECASE)
# ... when the lead-in asks nothing: not a question, nor the condition the question is asked
# under ("if a treaty is not ratified, is it binding?"), which the yes/no reading keeps.
LEAD_ASKS = re.compile(
    r"^\W*(?:what|who|whom|whose|when|where|why|how|which|if|once|after|unless|even if|although|though|since|because|while"
    r"|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might)\b|\?"
)
# A yes/no question whose subject is a bare noun after "the" ("is the war actually over?"):
# when the noun names nothing itself, it is one the lead-in names.
DEFINITE_SUBJECT = re.compile(r"^\W*(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would)(?:n'?t)?\s+the\s+(?P<noun>[\w-]+)\b", re.IGNORECASE)


# A clause naming the field a question is asked in: "in" and a word or two, no article nor
# possessive ("in chess, what is a draw?"; not "in short" nor "in my class").
FIELD_LEAD = re.compile(r"^\W*in (?!(?:a|an|the|my|your|our|his|her|their|this|that)\b)([a-z]+(?: [a-z]+)?)\W*$")
# Words by which a learner speaks of themselves ("im in the UK", "asking for my essay").
OF_THE_LEARNER = re.compile(r"\b(?:i|im|i'm|i've|ive|i'd|me|my|mine|we|we're|our)\b", re.IGNORECASE)
# An aside setting a sense aside: "what is a sherpa (not the mountain guys)".
SETS_ASIDE = re.compile(r"\W*not\b", re.IGNORECASE)


def sentences_of(message: str) -> list[str]:
    """The sentences of a learner's message: a scene may be set before the question."""
    return SENTENCE_BREAK.split(message.strip())


def asked_parts(message: str, apart: Callable[[str, str], bool]) -> tuple[list[str], str | None]:
    """The sentences of a message, its last one split where a question follows a comma when
    the question stands `apart` from the clause before it (see `Session.stands_apart`), and
    that clause (None when nothing was split): a scene for the question, which it may point
    back to, but no question of its own unless it asks one."""
    sentences = sentences_of(message)
    *lead, last = ASKED_AFTER_COMMA.split(sentences[-1])
    if not lead or not apart(", ".join(lead), last):
        return sentences, None
    sentences[-1:] = [", ".join(lead), last]
    return sentences, sentences[-2]


def section_prompt(heading: str, topic: str, templates: dict[str, Any]) -> str:
    """A follow-up that asks for a section. A heading that is a question is asked as one
    ("What is a chargé d'affaires?"); a wh-clause becomes "Tell me who negotiated JCPOA";
    any other heading "Tell me about the background of JCPOA"."""
    words = [word.casefold() for word in heading.split()]
    topic = title_in_sentence(topic)
    if words and words[0] in QUESTION_WORDS | HEADING_AUXILIARIES:
        clause = _PRONOUN.sub(topic, heading, count=1).rstrip("?. ")
        if words[0] in HEADING_AUXILIARIES or (len(words) > 1 and words[1] in HEADING_AUXILIARIES):
            return templates["section_question"].format(question=clause)
        return templates["section_clause"].format(clause=clause[:1].lower() + clause[1:])
    # The prompt says "the" itself: a heading's own article goes ("The Iron Curtain" had made
    # "Tell me about the The Iron Curtain of Cold War").
    heading = re.sub(r"^(?:the|a|an)\s+", "", heading, flags=re.IGNORECASE)
    return templates["section"].format(heading=title_in_sentence(heading), topic=topic)


def title_in_sentence(title: str) -> str:
    """A title as it reads inside a sentence: "Actors in track one diplomacy" becomes
    "actors in track one diplomacy"; names keep their capitals ("Treaty of Versailles",
    "NATO", "G7 and G20")."""
    first, _, rest = title.partition(" ")
    first = first.rstrip(",;:")
    if first[1:].islower() and first.isalpha() and not any(word[:1].isupper() for word in rest.split()):
        return title[:1].lower() + title[1:]
    return title


class Teaching(Protocol):
    """Teaching moves a front end plugs into a session (`tutor.teaching.Teacher`)."""

    @property
    def quizzing(self) -> bool:
        """Whether the learner's next line answers a question the teacher asked."""

    def intercept(self, text: str, session: "Session") -> Reply | None:
        """A teaching reply to the learner's line, or None for the engine to answer it."""

    def after_answer(self, reply: Reply, session: "Session") -> None:
        """May add to an answer the engine gave (an offer to check it)."""


class Session:
    """One conversation; cheap to create, all sessions share the loaded `Tutor`.

    With a `teacher`, the chat also teaches: quizzes, lesson suggestions, corrections.
    """

    def __init__(self, tutor: Tutor, teacher: Teaching | None = None) -> None:
        self.tutor = tutor
        self.teacher = teacher
        self.retriever = tutor.retriever
        self.templates = tutor.templates
        self.state = State()
        self.resolver = tutor.resolver
        self.offered: list[str] = []  # the follow-ups on offer, which a number picks

    def offer(self, followups: list[str]) -> None:
        """Say which follow-ups the learner sees (a front end showing its own, such as
        the app's welcome questions); a number typed next picks from these."""
        self.offered = list(followups)

    # -- the one entry point -------------------------------------------------------------

    def respond(self, text: str) -> Reply:
        """Answer one turn of the conversation."""
        question = clean_user_text(text if isinstance(text, str) else str(text))
        truncated = len(question) > MAX_QUESTION_CHARS
        if truncated:
            question = clean_user_text(question, MAX_QUESTION_CHARS)
        self.state.turn += 1
        taught = self.teacher.intercept(question, self) if self.teacher is not None and question else None
        if taught is not None:
            reply = taught
        elif not question:
            reply = Reply(question, self.templates["empty_question"], "empty")
        elif question.startswith("/") or asks_help(question):
            reply = self._command(question)
        elif FOLLOW_UP_NUMBER.fullmatch(question):
            reply = self._numbered(question)
        else:
            reply = self._answered(question)
            if truncated:
                reply.answer = f"{self.templates['truncated_note']}\n\n{reply.answer}"
        self.offered = list(reply.followups)
        return reply

    def _taught_or_answered(self, question: str) -> Reply:
        """A teaching reply when the teacher takes the line, else the engine's answer
        (to which the teacher may add an offer to check it)."""
        taught = self.teacher.intercept(question, self) if self.teacher is not None else None
        return taught if taught is not None else self._answered(question)

    def _answered(self, question: str) -> Reply:
        reply = self._answer(full_years(INTERJECTION_BETWEEN.sub(", ", question)))
        if self.teacher is not None:
            self.teacher.after_answer(reply, self)
        return reply

    # -- a number: one of the follow-ups offered ----------------------------------------

    def _numbered(self, text: str) -> Reply:
        """Ask the follow-up with this number; a number with none to match is explained,
        never searched for (it would find "Article 1")."""
        offered = self.offered
        number = int(text.lstrip("#"))
        if 1 <= number <= len(offered):
            return self._taught_or_answered(clean_user_text(offered[number - 1], MAX_QUESTION_CHARS))
        if not offered:
            return Reply(text, self.templates["no_followups_to_number"], "command")
        return Reply(text, self.templates["no_such_followup"].format(number=number, count=len(offered)), "command", followups=list(offered))

    # -- slash commands ------------------------------------------------------------------

    def _command(self, text: str) -> Reply:
        word = text.split()[0]
        command = named(word, "chat")
        if command == "/new":
            self.state = State(turn=self.state.turn)
            return Reply(text, self.templates["new_conversation"], "command")
        if asks_help(text):
            return Reply(text, self.templates["help"].strip(), "command")
        if command == "/topics":
            return Reply(text, self.topics_text(), "command")
        if command == "/sources":
            return Reply(text, self.sources_text(), "command")
        return Reply(text, self.templates["unknown_command"].format(command=word.casefold()[:40]), "command")

    def topics_text(self) -> str:
        """The knowledge base by topic, as Markdown."""
        lines = ["**What I know about**", ""]
        by_topic: dict[str, list[str]] = {}
        for doc in self.retriever.documents.values():
            by_topic.setdefault(doc.topic, []).append(doc.title)
        for topic, titles in by_topic.items():
            lines.append(f"- **{TOPIC_TITLES.get(topic, topic)}**: {', '.join(sorted(titles))}")
        return "\n".join(lines)

    def sources_text(self) -> str:
        """The passages behind the last answer, as Markdown."""
        last = self.state.last_reply
        if last is None or not last.sources:
            return self.templates["no_sources"]
        parts = []
        for source in last.sources:
            doc = self.retriever.documents.get(source.id)
            cited = f"\n\n*From: {'; '.join(doc.sources)}*" if doc else ""
            parts.append(f"**{source.title} › {source.section}** (score {source.score:.2f})\n\n{source.passage}{cited}")
        return "\n\n---\n\n".join(parts)

    # -- answering -----------------------------------------------------------------------

    def read(self, question: str, contrast: bool = False) -> tuple[str, bool, bool]:
        """The question as the engine searches it (folded, without filler, typos repaired,
        without words leaving the subject or asking to confirm a claim, and unless `contrast`,
        without the alternative a "why?" sets against what it asks), whether it leaves
        the current subject and whether it asks to confirm a claim."""
        # Filler goes before typo repair, which would read "prof" as "proof", and again
        # after it, with the learner's phrases put as the knowledge puts them: misspelt,
        # neither is seen ("in the first plaace", "in churge of").
        # Names that count only in capitals ("the US") are marked before the case goes.
        marked = self.retriever.kb.glossary.mark_exact_names(question)
        intents = self.tutor.intents
        folded = fold(marked) if contrast else intents.without_contrast(fold(marked))
        corrected, _fixes = self.retriever.repair(intents.without_filler(folded), written=question)
        corrected = intents.in_the_knowledge_words(intents.without_filler(corrected) if _fixes else corrected)
        corrected, leaves = intents.leaves_subject(corrected)
        corrected, confirms = intents.asks_confirmation(corrected)
        return corrected, leaves, confirms

    def asked(self, question: str) -> str:
        """The question less the talk around it (`tutor.answering.talk`): "so like is
        morocco in the african union? asking for a friend" asks "is morocco in the african
        union?". A message using a word of diplomacy in its everyday sense is read whole:
        its aside may say which sense it means ("what is a sherpa (for a hiking trip)")."""
        intents = self.tutor.intents
        first_person = intents.first_person
        # Said alone ("in simple words?" after an answer), the manner is the whole message.
        unmannered = intents.without_answer_manner(question)
        question = unmannered if any(character.isalnum() for character in unmannered) else question
        asked = self.tutor.talk.read(
            question, lambda text: first_person is not None and first_person.search(fold(text)) is not None, lambda text: intents.refers_back(fold(text))
        )
        # The question and the scene around it, less its talk words ("my teacher's question")
        # and an aside setting a sense aside ("(not the mountain guys lol)"), may use a word of
        # diplomacy in its everyday sense: then the whole is read.
        told = " ".join((asked.question, *(part for part in asked.scene if not SETS_ASIDE.match(part))))
        told = replace_asides(told, lambda written, said: " " if SETS_ASIDE.match(said) else written)
        if any(sense.search(fold(told)) for sense in intents.everyday_senses):
            return question
        return asked.question

    def _answer(self, question: str) -> Reply:
        """The answer to a message; one asking two questions ("what is the NPT and when was it
        signed?") is answered part by part (`tutor.answering.compound`)."""
        if self.tutor.intents.asks_opinion_in(fold(question)):
            # One asking the tutor's opinion in any part, even in talk around the question
            # ("what do you think about brexit, in your view was it good"), asks it of the whole.
            return self._answer_one(question, opinion=True)
        parts = two_questions(question, self._asks_of_its_own)
        reply = self._answered_in_parts(question, *parts) if parts is not None else None
        if reply is not None:
            return reply
        before = replace(self.state, shown=set(self.state.shown))  # answering changes the state in place
        reply = self._answer_one(question)
        split = None if reply.out_of_scope or verdict_opening(reply.answer, self.templates) else two_questions(question, self._asks_yes_no, yes_no=True)
        return self._with_the_first_verdict(reply, split[0], before) if split is not None else reply

    def _with_the_first_verdict(self, whole: Reply, first: str, before: State) -> Reply:
        """The answer to a message opening with a yes/no question before a second question
        ("did trump pull america out of the iran nuclear deal, what year"), read whole, which
        gave no verdict: led by the verdict the yes/no question gets asked alone, with the
        sentence saying it (`compound.with_verdict`), when it gets one; the conversation goes
        on from the whole message."""
        after = self.state
        self.state = before
        try:
            alone = self._answer_one(first)
        finally:
            self.state = after
        if alone.out_of_scope or not verdict_opening(alone.answer, self.templates):
            return whole
        reply = with_verdict(whole, alone, self.templates)
        self.state.last_reply = reply
        return reply

    def _asks_of_its_own(self, text: str) -> bool:
        """Whether a message's first part asks a question of a kind ("who sent the
        zimmermann telegram"): not a scene, a yes/no question or one side of a comparison."""
        searched = self.read(self.asked(text))[0]
        read = self.tutor.intents.understand(searched)
        # "Which came first?" of two named before it asks too (`WhichOne.in_order`).
        return (read.explicit and not read.yes_no and read.intent not in ("comparison", "more", *SOCIAL_INTENTS)) or ORDERING.match(searched) is not None

    def _asks_yes_no(self, text: str) -> bool:
        """Whether a message's first part is a yes/no question ("did trump pull out of the
        iran deal"), a claim asked to be confirmed among them ("Brazil is in the G20, yes?"),
        whose verdict may lead the answer to the whole message."""
        intents = self.tutor.intents
        asked = self.asked(text)
        searched = self.read(asked)[0]
        read = intents.understand(searched)
        # Asked, by words before it or a tag: a report ("I read that they made a hotline.
        # Why ...") sets the scene for the question after it.
        confirmed = intents.confirmation.read(fold(asked)) if intents.confirmation is not None else None
        asks = read.yes_no or confirmed is not None and (confirmed.opened or confirmed.tagged)
        # And of something: "do you know, who was kissinger" asks only the question after it.
        return asks and read.intent not in ("comparison", "more", *SOCIAL_INTENTS) and bool(self.retriever.query_tokens(searched))

    def _answered_in_parts(self, message: str, first: str, second: str) -> Reply | None:
        """The reply to a message of two questions, the second asked after the first as a
        follow-up is, so that it may point back to it ("... and why did it matter?"). None,
        with the conversation as it was, when the message is read whole: it or its second part
        compares ("what is the difference between what the UN does and what NATO does", "what
        is a chargé and how is it different from an ambassador"), or its first
        part finds no answer (nor, then, the second), or the answer to its second strays from
        the first's subject (`_strays`), or its second points back to the first
        to ask of the learner's own life ("what are sanctions and how do i use them on my kid":
        the first names a word of diplomacy in its everyday sense), or the message uses such a
        word in its everyday sense ("what is a sherpa and what do they do on a hiking trip")."""
        intents = self.tutor.intents
        if any(intents.understand(self.read(self.asked(text))[0]).intent == "comparison" for text in (message, second)):
            return None
        if intents.refers_back(fold(second)) and intents.first_person is not None and intents.first_person.search(fold(second)) and not self._own_doing_in_the_trade(second):
            return None
        if any(sense.search(fold(message)) for sense in intents.everyday_senses):
            return None
        kept = self.state
        self.state = replace(kept, shown=set(kept.shown))
        first_reply = self._answer_one(first)
        second_reply = self._second_answer(first_reply, second) if first_reply.sources else None
        if second_reply is None or not (second_reply.sources or second_reply.out_of_scope) or self._strays(first_reply, second_reply, second):
            self.state = kept
            return None
        reply = combined(message, first_reply, second_reply, self.templates)
        self.state.last_reply = reply
        return reply

    def _own_doing_in_the_trade(self, text: str) -> bool:
        """Whether a second part asks what the learner does (`OWN_DOING`) with a term of the
        trade ("how do i use it in a negotiation"), not only with everyday things ("how do i
        use them on my kid")."""
        return OWN_DOING.match(fold(text)) is not None and any(map(self.retriever.is_term_of_trade, self.retriever.query_tokens(text)))

    def _strays(self, first_reply: Reply, second_reply: Reply, second: str) -> bool:
        """Whether the answer to a second part naming no subject of its own left the first
        part's subject, which the second asks of: "when was the treaty of versailles signed
        and what were the main terms" asks of the treaty's terms, not of the word "term"."""
        return not second_reply.out_of_scope and second_reply.topic != first_reply.topic and not self.retriever.names_given(second)

    def _second_answer(self, first_reply: Reply, second: str) -> Reply:
        """The answer to a message's second question, asked after the first as a follow-up.
        It is also asked on its own with what the first names in brackets ("why was the deal
        controversial (JCPOA)"): a question the knowledge base cannot answer so ("what should
        i eat for dinner (UN)") is declined, not answered from the first's subject as a
        follow-up would be; one naming no subject of its own that finds the first's subject
        so, while the follow-up strays from it, is answered so ("why was the US against (kyoto
        protocol)")."""
        # A question of the learner's own life is no question of the first's subject ("what is
        # the kyoto protocol and how do I lower my electricity bill").
        first_person = self.tutor.intents.first_person
        names = "" if first_person is not None and first_person.search(fold(second)) else self.retriever.names_given(first_reply.question)
        of_the_first = f"{second} ({names})" if names else second
        following = self.state
        points_back = self.tutor.intents.refers_back(fold(second))
        # Asked alone only where its answer can decide: a second part that points back is
        # never declined for it, so it waits until the follow-up strays (a third of the time
        # of a two-question message).
        alone = None if points_back else self._asked_afresh(of_the_first)
        if alone is not None and alone.out_of_scope:
            return replace(alone, question=second)
        self.state = replace(following, shown=set(following.shown))
        followed = self._answer_one(second)
        if followed.out_of_scope and not points_back:
            # Declined as a follow-up on the evidence that declines it on its own ("what's your
            # favourite colour"), the first's names in brackets cannot bring it in.
            return replace(followed, question=second)
        own = self.retriever.mentioned_documents(self.retriever.query_tokens(second))
        if own or followed.topic == first_reply.topic:
            return followed
        if (alone or self._asked_afresh(of_the_first)).topic != first_reply.topic:
            return followed
        self.state = following
        return self._answer_one(of_the_first)

    def _asked_afresh(self, question: str) -> Reply:
        """The answer to a question as if it opened the conversation; the conversation is
        left as it was."""
        kept = self.state
        self.state = State(turn=kept.turn)
        try:
            return self._answer_one(question)
        finally:
            self.state = kept

    def declined_whatever_it_names(self, text: str) -> bool:
        """Whether a line, its talk set aside, is declined whatever it names (the learner's
        own life, a word of diplomacy in its everyday sense: `Resolver.declined_whatever_it_names`);
        the chat's quiz reads such a line as no answer to its question."""
        corrected = self.read(self.asked(text))[0]
        return self.resolver.declined_whatever_it_names(corrected, self.tutor.intents.understand(corrected))

    def _answer_one(self, question: str, opinion: bool = False) -> Reply:
        """The answer to one question; `opinion`: the message asks the tutor's opinion."""
        told, question = question, self.asked(question)
        corrected, leaves, confirms = self.read(question)
        if leaves:
            self.state = State(turn=self.state.turn)  # a new subject: nothing carries over
        understanding = self.tutor.intents.understand(corrected)
        understanding.asks_opinion = understanding.asks_opinion or opinion
        if understanding.sides is not None:
            understanding.sides = (self.retriever.kb.glossary.as_written(understanding.sides[0]), self.retriever.kb.glossary.as_written(understanding.sides[1]))
        understanding.yes_no = understanding.yes_no or (confirms and understanding.intent not in ("comparison", "more"))
        seed = seed_of(self.state.turn, corrected)
        if understanding.intent in SOCIAL_INTENTS:
            return self._social(question, understanding.intent, seed)
        claim = resolution = None
        after = None if understanding.yes_no else self._yes_no_after_lead_in(corrected)
        if after is not None:
            # "quick question, is the NPT binding?" is the yes/no question after the lead-in,
            # answered with its verdict when it is answered alone.
            read_after = self.tutor.intents.understand(after)
            alone = self.resolver.resolve(after, read_after, self.state)
            if alone.kind == "answer":
                corrected, understanding, claim, resolution = after, read_after, after, alone
        if resolution is None and not understanding.yes_no and understanding.intent not in ("comparison", "more"):
            claim = self._yes_no_of_the_lead_in(corrected)
            understanding.yes_no = claim is not None
        if resolution is None:
            resolution = self.resolver.resolve(corrected, understanding, self.state)
        if resolution.kind == "no_topic" and told != question:
            # "Compare SALT I and START I for a quiz: which one actually cut the number of
            # warheads?": the talk set aside before the question named what "which one" asks
            # of; asked whole, it needs no subject before it.
            whole = self.read(told)[0]
            read_whole = self.tutor.intents.understand(whole)
            retried = self.resolver.resolve(whole, read_whole, self.state)
            if retried.kind in ("answer", "comparison"):
                corrected, understanding, resolution = whole, read_whole, retried
        # A line asking the tutor's opinion anywhere ("what should the us do about china? your
        # opinion", "what do you think of brexit, in your view was it good") asks it of all
        # it says: no part of it is answered on its own.
        retry = resolution.kind == "out_of_scope" and not understanding.asks_opinion
        if retry:
            # "Why do Commonwealth countries have high commissions instead of embassies?": the
            # alternative a "why?" sets against its subject may be what the knowledge
            # explains the choice by; without it, the question may not fit.
            whole = self.read(question, contrast=True)[0]
            if whole != corrected:
                read_whole = self.tutor.intents.understand(whole)
                retried = self.resolver.resolve(whole, read_whole, self.state)
                if retried.kind != "out_of_scope":
                    corrected, understanding, resolution = whole, read_whole, retried
        if retry and resolution.kind == "out_of_scope":
            # "I saw on the news that the chargé was summoned. what is a chargé d'affaires?":
            # the scene set first may hide a question the knowledge base answers. The
            # sentences are tried from the last, less those that point back into the
            # message ("... the red phone. when was it installed?", "who signs a treaty?
            # is it always the president?").
            # A last sentence pointing back to a scene that asks nothing itself ("new start -
            # for how many years was it valid?") is the question, asked of the scene, before
            # the scene alone is answered.
            sentences, lead = asked_parts(corrected, self.stands_apart)
            scene = " ".join(sentences[:-1])
            read = self.tutor.intents.understand(scene)
            scene_asks = len(sentences) < 2 or read.explicit or read.yes_no or scene.endswith("?")
            if not scene_asks:
                understanding, resolution = self._about_the_scene(sentences, understanding, resolution, question, told=lead is not None)
            if resolution.kind == "out_of_scope":
                # A question standing on its own, asked last and declined, is not answered by a
                # sentence before it that asks nothing ("I'm new to this subject. how long should
                # I boil an egg?"): that sentence only says how the learner came to ask.
                last = self.tutor.intents.understand(sentences[-1])
                asks_last = last.explicit or last.yes_no or sentences[-1].endswith("?") or ASKED_AFTER_COMMA.search(sentences[-1]) is not None
                stands_alone = asks_last and not last.refers_back
                # Nor is a last sentence asking nothing after a question of the learner's own
                # life answered alone: it adds to that question ("how do I negotiate a higher
                # salary with my boss? any diplomacy tricks"); nor one after any question that
                # speaks of the learner ("my landlord calls our lease a 'binding treaty' lol. can
                # he raise the rent in the middle of it? im in the UK"): it says where the
                # question is asked from. A bare subject after a question ("what time is it?
                # NATO enlargement") is still tried.
                asked_before = any(sentence.endswith("?") and self.tutor.intents.understand(sentence).personal for sentence in sentences[:-1])
                asked_before = asked_before or any(sentence.endswith("?") for sentence in sentences[:-1]) and OF_THE_LEARNER.search(sentences[-1]) is not None
                for asked in reversed(sentences) if len(sentences) > 1 else ():
                    candidate = self.tutor.intents.understand(asked)
                    asks = candidate.explicit or candidate.yes_no or asked.endswith("?")
                    # A sentence pointing back is tried only when it names before its pronoun
                    # what that may stand for (`_names_its_own_pointer`), and then without the
                    # conversation's subject, which its pronoun does not mean.
                    if len(asked.split()) < 2 or candidate.refers_back and not self._names_its_own_pointer(asked, asked == sentences[0]) or (asked == lead or stands_alone or asked_before and asked == sentences[-1]) and not asks:
                        continue
                    retried = self.resolver.resolve(asked, candidate, State(turn=self.state.turn) if candidate.refers_back else self.state)
                    if retried.kind in ("answer", "comparison"):
                        understanding, resolution = candidate, retried
                        break
                else:
                    if scene_asks:
                        understanding, resolution = self._about_the_scene(sentences, understanding, resolution, question, told=lead is not None)
        if understanding.yes_no and claim is None:
            # The verdict reads the claim as the learner wrote it, with its typos repaired:
            # "is the british king the head of goverment?" is answered "No." as spelt right.
            spelt, fixes = self.retriever.repair(question, keep_case=True)
            claim = spelt if fixes else None
        if understanding.yes_no and resolution.kind == "answer":
            claim, resolution = self._party_of_the_pronoun(claim, question, resolution)
        reply = self._reply(question, resolution, seed, yes_no=understanding.yes_no, thing=understanding.thing, claim=claim)
        if understanding.intent in OWN_FACT_KINDS and self._asks_only_a_kind(corrected, understanding, resolution, bare=True) and self.state.last_reply is not None:
            reply.answer = self._without_repeats(reply.answer, self.state.last_reply.answer, understanding.intent)
        if resolution.unknown_side is not None:
            note = self.templates["comparison_side_unknown"].format(side=resolution.unknown_side)
            reply.answer = f"{note}\n\n{reply.answer}"
        elif self._aspect_unsaid(corrected, understanding, resolution, reply):
            note = self.templates["aspect_unsaid"][understanding.intent].format(topic=title_in_sentence(self.retriever.documents[resolution.topic].short_title))
            reply.answer = f"{note}\n\n{reply.answer}"
        self._remember(resolution, reply)
        return reply

    def _names_its_own_pointer(self, sentence: str, first: bool) -> bool:
        """Whether a sentence of a message names what its pronoun stands for: before it, when
        the sentence opens the message ("is an embassy actually the territory of the country
        it belongs to? like if im in the french embassy ..."); later in the message, only a
        pronoun in a condition after the main clause names it there ("... can consuls be
        arrested if they commit a crime?"), as one in the main clause points back into the
        message ("... can we appeal them?")."""
        folded = fold(sentence)
        if first:
            return self.resolver.names_before_its_pointer(folded)
        condition = CONDITION_AFTER.search(folded)
        return condition is not None and not self.tutor.intents.refers_back(folded[: condition.start()]) and self.resolver.names_before_its_pointer(folded)

    def _party_of_the_pronoun(self, claim: str | None, question: str, resolution: Resolution) -> tuple[str | None, Resolution]:
        """"Did they ratify it?" after "did the United States sign the CTBT?": "they" is the
        one party the turn before named besides the subject under discussion (the United
        States, not the CTBT, which "ratified by more than 170" says nothing of), so the claim
        names it and the answer is read for it. The claim and resolution as they were
        otherwise (no party, or several). `claim`: the question as spelt right, if it was not."""
        asked = claim or question
        pronoun = PARTY_PRONOUN.match(asked)
        if pronoun is None or resolution.topic is None:
            return claim, resolution
        own = self.retriever.title_terms(resolution.topic)
        parties = [t for t in dict.fromkeys(self.state.last_tokens) if t.startswith("=") and t not in own and t not in resolution.tokens]
        names = self.retriever.kb.glossary.names_of(parties[0]) if len(parties) == 1 else []
        if not names:
            return claim, resolution
        named = asked[: pronoun.start("pronoun")] + "the " + names[0] + asked[pronoun.end("pronoun") :]
        return named, replace(resolution, tokens=[*resolution.tokens, parties[0]])

    def _asks_only_a_kind(self, corrected: str, understanding: Understanding, resolution: Resolution, bare: bool = False) -> bool:
        """Whether a follow-up answered from the subject under discussion asks nothing of its
        own but a kind of answer ("where?", "when was that?", "who?", "how long?"); `bare`:
        not even a word any subject could take ("where was it held?", not "where did it come
        from?")."""
        if understanding.yes_no or not understanding.explicit or understanding.intent in ("more", "comparison", "definition"):
            return False
        if resolution.kind != "answer" or resolution.topic is None or resolution.topic != self.state.topic:
            return False
        words = self.resolver.words
        kind_words = words.answer_words | words.event | self.resolver.reader.span_terms
        return set(self.retriever.query_tokens(corrected)) <= (kind_words if bare else kind_words | words.generic)

    def _without_repeats(self, answer: str, last: str, intent: str) -> str:
        """The answer to a bare "when?", "where?" or "how long?" without the sentences the last
        answer said, but its first, which answers what is asked, and any giving a date, a
        place or a span ("when?" after the overview: the sentence dating it, not the whole
        overview again)."""
        label = self.templates["sources_label"]
        body, said = without_sources(answer, label), set(split_sentences(without_sources(last, label)))
        reader, cue = self.resolver.reader, "span" if intent == "duration" else intent
        kept, first = [], True
        for line in body.split("\n"):
            sentences = split_sentences(line) if line.strip() else []
            fresh = [sentence for sentence in sentences if first and sentence is sentences[0] or sentence not in said or reader.has_cue(sentence, cue)]
            first = first and not sentences
            if fresh or not sentences:
                kept.append(" ".join(fresh) if sentences else line)
        return "\n".join(kept).strip("\n") + answer[len(body):]

    def _aspect_unsaid(self, corrected: str, understanding: Understanding, resolution: Resolution, reply: Reply) -> bool:
        """Whether a follow-up asking nothing but the date or the place of the event under
        discussion ("where?", "when was that?") gets an answer that gives none: no sentence
        of it has a date or a place. The learner is told so, rather than left to find the
        answer repeat what they have read. Only of a past event (`PAST_TOPICS`): a concept
        ("where?" after sanctions) has no date or place of its own to lack."""
        intent = understanding.intent
        if intent not in self.templates["aspect_unsaid"] or not self._asks_only_a_kind(corrected, understanding, resolution):
            return False
        if self.retriever.documents[resolution.topic].topic not in PAST_TOPICS:
            return False
        sentences = split_sentences(without_sources(reply.answer, self.templates["sources_label"]))
        return not any(self.resolver.reader.has_cue(sentence, intent) for sentence in sentences)

    def _yes_no_after_lead_in(self, corrected: str) -> str | None:
        """The yes/no question after a lead-in that asks nothing (see YES_NO_AFTER_LEAD_IN: "i'm
        curious, is New START still in force?", "honestly, was Munich appeasement?"), when
        it stands apart from the lead-in (`stands_apart`) and points back to nothing the
        lead-in may name ("the npt, is it binding?"); else None."""
        *lead, asked = YES_NO_AFTER_LEAD_IN.split(corrected, maxsplit=1)
        if not lead or LEAD_ASKS.search(lead[0]):
            return None
        read = self.tutor.intents.understand(asked)
        # A pronoun points back to the lead-in ("the npt, is it binding?", "... the veto. does
        # russia have it?"), unless it is a possessive the question's own subject owns
        # ("i'm writing a paper - does the EU have its own embassies?").
        own = read.refers_back and all(pronoun.lower() in ("its", "their") for pronoun in PRONOUN.findall(asked))
        if not read.yes_no or (read.refers_back and not own):
            return None
        if self._of_the_lead_in(lead[0], asked):
            # "armistice vs peace treaty - korea, is the war actually over?": the war the
            # lead-in names, not any war.
            return None
        if lead[0].strip(" ,;:-") and not self.stands_apart(lead[0], asked):
            return None
        return asked

    def _yes_no_of_the_lead_in(self, corrected: str) -> str | None:
        """The yes/no question after a lead-in that names its subject, pointing back to it
        ("ok so the kyoto protocol. did the us ratify it?", "the npt, is it binding?", "berlin
        wall, did the wall fall in 1989?"): the
        claim, asked of the subject the whole message is searched for; else None."""
        *lead, asked = YES_NO_AFTER_LEAD_IN.split(corrected, maxsplit=1)
        if not lead or LEAD_ASKS.search(lead[0]) or ASKS_WITHIN.search(lead[0]):
            return None
        read = self.tutor.intents.understand(asked)
        return asked if read.yes_no and (read.refers_back or self._of_the_lead_in(lead[0], asked)) else None

    def _of_the_lead_in(self, lead: str, asked: str) -> bool:
        """Whether a yes/no question after a lead-in asks of what the lead-in names by a bare
        noun after "the" that names nothing itself ("berlin wall, did the wall fall in 1989?")."""
        definite = DEFINITE_SUBJECT.match(asked)
        names = self.resolver.names_a_subject
        return definite is not None and not names(self.retriever.query_tokens(definite["noun"])) and names(self.retriever.query_tokens(lead))

    def stands_apart(self, lead: str, asked: str) -> bool:
        """Whether a question after a comma is asked apart from the clause before it, which
        then only says how the learner met the subject ("i've never seen that word before in
        my life, what is a demarche?"): unless the question asks of the learner's own life,
        which the clause tells ("my teen broke curfew again, what sanctions should i
        impose", "me and my gf keep fighting, how do we negotiate a truce"), or the clause
        names a field the knowledge never mentions ("in chess, ..."), or the message
        uses a word of diplomacy in its everyday sense, or tells of the learner's life before a
        question not pointing back to it."""
        whole = f"{lead}, {asked}"
        field = FIELD_LEAD.match(lead)
        if field is not None and any(self.retriever.index.idf_of(t) is None for t in self.retriever.query_tokens(field[1])):
            # A field the knowledge never mentions ("in chess, what is a diplomatic draw?")
            # gives the question's words its own sense: the whole is read.
            return False
        intents = self.tutor.intents
        if any(sense.search(whole) for sense in intents.everyday_senses):
            return False
        first_person = intents.first_person
        if intents.understand(lead).personal and first_person is not None and first_person.search(asked):
            return False
        # A clause telling of the learner's life, not of who they are nor of how they came to
        # ask ("my 8yo keeps breaking screen time rules, what sanctions work at home"; not "we
        # watched argo in class and now im curious"), sets the subject of a question not
        # pointing back to it ("what actually was it?" is asked of what the clause names).
        read = intents.understand(asked)
        talk = self.tutor.talk
        if not read.refers_back and not talk.says_talk_words(lead) and talk.tells_of_life(lead, lambda text: first_person is not None and first_person.search(fold(text)) is not None):
            return False
        return not read.personal

    def _about_the_scene(self, sentences: list[str], understanding: Understanding, resolution: Resolution, question: str, told: bool) -> tuple[Understanding, Resolution]:
        """A last sentence that points back into the message ("I keep reading about the red
        phone. when was it installed?") asked as a follow-up on the subject the sentences
        before it name, as if they had been asked first. `told`: the scene is a clause before
        the question's comma, which tells it as sentences do."""
        last = self.tutor.intents.understand(sentences[-1])
        if len(sentences) < 2 or not last.refers_back:
            return understanding, resolution
        scene = " ".join(sentences[:-1])
        setting = self.resolver.resolve(scene, self.tutor.intents.understand(scene), self.state)
        if setting.kind != "answer":
            # A scene that does not fit as a whole may still name the subject among words of
            # how the learner met it ("my lecturer keeps saying 'persona non grata' like
            # everyone knows what it means. what does it mean?"): the subject is what it names,
            # as the learner wrote it (typo repair made "eeas" of "the 'eras tour'").
            # The people and the talk of that meeting ("my grandad says ...") are no name the
            # knowledge lacks.
            written = set(NAME_WORD.findall(fold(question)))
            talk = self.tutor.talk.talk
            told_of = " ".join(word for word in scene.split() if not set(self.retriever.query_tokens(word)) <= talk)
            named = " ".join(word for word in self.retriever.names_given(told_of).split() if word in written)
            setting = self.resolver.resolve(named, self.tutor.intents.understand(named), self.state) if named else setting
        if setting.kind != "answer" or setting.topic is None:
            return understanding, resolution
        # A scene told in sentences or a clause leaves the question to ask what it asks in its
        # own words, which the subject's document must have: "my grandad keeps going on about
        # metternich. what was his dog called?" asks what it never says. A subject set before a
        # dash ("new start - for how many years was it valid?") is asked of as a conversation's
        # subject is.
        told = told or scene.rstrip().endswith((".", "!", "?", ";", ":"))
        if told and self.retriever.lacks(setting.topic, self._own_terms(sentences[-1])):
            return understanding, resolution
        state = replace(self.state, topic=setting.topic, shown=set(), last_shown=frozenset(), last_tokens=tuple(setting.tokens))
        retried = self.resolver.resolve(sentences[-1], last, state)
        return (last, retried) if retried.kind == "answer" else (understanding, resolution)

    def _own_terms(self, question: str) -> list[str]:
        """A question's terms that ask something of its subject, less those any subject could
        take ("when were they signed?": none; "how tall is it?": "tall")."""
        words = self.resolver.words
        unnamed = words.generic | words.answer_words | self.resolver.reader.span_terms
        return [t for t in self.retriever.query_tokens(question) if t not in unnamed]

    def _social(self, question: str, intent: str, seed: int) -> Reply:
        if intent == "capabilities":
            topics = ", ".join(TOPIC_TITLES[t].lower() for t in TOPIC_TITLES if any(d.topic == t for d in self.retriever.documents.values()))
            text = self.templates["capabilities"].format(topics=topics).strip()
        elif intent == "help":
            text = self.templates["help"].strip()
        else:
            options = self.templates[intent]
            text = options[seed % len(options)]
        return Reply(question, text, intent, followups=self._starters(seed, 2) if intent != "thanks" else [])

    # -- turning a resolution into a reply -----------------------------------------------

    def _reply(self, question: str, resolution: Resolution, seed: int, yes_no: bool = False, thing: str | None = None, claim: str | None = None) -> Reply:
        """The reply to `question` from its resolution; a yes/no question's verdict is on
        `claim`, the part that asks it, when that is not the whole question."""
        composer = self.tutor.composer
        kind = resolution.kind
        if kind == "out_of_scope":
            variants = [self.templates["out_of_scope_judgement"]] if resolution.asks_judgement else self.templates["out_of_scope"]
            text = variants[seed % len(variants)].strip()
            # The suggestions are the reply's follow-ups; every front end lists those once.
            return Reply(question, f"{text} {self.templates['out_of_scope_suggest']}", resolution.intent, True, followups=self._starters(seed, 3))
        if kind == "no_topic":
            return Reply(question, self.templates["no_topic_for_followup"].strip(), "more", followups=self._starters(seed, 2))
        topic_title = self.retriever.documents[resolution.topic].short_title if resolution.topic else ""
        if kind == "more_done":
            reply = Reply(question, self.templates["more_done"].format(topic=topic_title).strip(), "more", topic=resolution.topic)
            reply.followups = self._followups(resolution, seed)
            return reply
        if kind == "comparison":
            text = composer.comparison(
                resolution.sides, resolution.side_terms, resolution.key, resolution.key_sentences, resolution.tokens, seed, likeness=asks_likeness(question)
            )
            used = [p for _, passages in resolution.sides for p in passages] + ([resolution.key] if resolution.key else [])
        elif resolution.in_order:
            text, used = composer.in_order(resolution.in_order)
        else:
            text, used = composer.explanation(
                resolution.intent, resolution.passages, resolution.tokens, seed, topic_title, resolution.defining_first, resolution.anchor,
                yes_no_question=(claim or question) if yes_no else None, also=resolution.also, thing=thing,
                in_general=bool(HOW_IN_GENERAL.search(question) or WHY_IN_GENERAL.search(question)), sides=resolution.side_terms,
                explains=bool(ASKS_EXPLANATION.search(question)),
            )
        if resolution.same is not None:
            text = f"{self.templates['yes_no']['yes' if resolution.same else 'no']} {text}"
        reply = Reply(question, text, resolution.intent, sources=[composer.source(p) for p in used], topic=resolution.topic)
        reply.followups = self._followups(resolution, seed)
        return reply

    def _remember(self, resolution: Resolution, reply: Reply) -> None:
        state = self.state
        if resolution.kind in ("answer", "comparison", "more_done"):
            if resolution.topic != state.topic:
                state.shown = set()
                state.previous_topic = state.topic
            state.topic = resolution.topic
            state.last_intent = resolution.intent
            state.shown.update(source.chunk_id for source in reply.sources)
            state.last_shown = frozenset(source.chunk_id for source in reply.sources[:1])
            state.last_tokens = tuple(resolution.tokens)
            state.last_reply = reply

    # -- follow-up prompts ---------------------------------------------------------------

    def _starters(self, seed: int, count: int) -> list[str]:
        """Starter questions that the knowledge base can answer, rotated by `seed`."""
        questions = self.templates["starter_questions"]
        rotated = questions[seed % len(questions) :] + questions[: seed % len(questions)]
        chosen = []
        for question in rotated:
            if self.retriever.in_scope(self.retriever.search(self.retriever.repair(question)[0])):
                chosen.append(question)
            if len(chosen) == count:
                break
        return chosen

    def _followups(self, resolution: Resolution, seed: int) -> list[str]:
        """Two or three prompts: an unseen section, related documents; each checked to work."""
        if resolution.topic is None:
            return []
        doc = self.retriever.documents[resolution.topic]
        shown = set(self.state.shown if resolution.topic == self.state.topic else ())
        shown.update(p.chunk.id for p in resolution.passages)
        if resolution.key is not None:
            shown.add(resolution.key.chunk.id)
        templates = self.templates["followups"]
        candidates: list[tuple[str, str]] = []  # (prompt, document it must lead to)
        for index in self.retriever.doc_chunks[doc.id]:
            chunk = self.retriever.chunks[index]
            if chunk.id not in shown and chunk.position > 0 and not chunk.section.startswith(doc.title):
                heading = chunk.section.split(":")[0].split(" > ")[0]
                candidates.append((section_prompt(heading, doc.label, templates), doc.id))
                break
        for related_id in doc.related:
            related = self.retriever.documents.get(related_id)
            if related is not None:
                candidates.append((templates["related"].format(title=title_in_sentence(related.short_title)), related.id))
        chosen: list[str] = []
        for prompt, target in candidates:
            if len(chosen) == MAX_FOLLOWUPS:
                break
            if self._leads_to(prompt, target):
                chosen.append(prompt)
        return chosen

    def _leads_to(self, prompt: str, doc_id: str) -> bool:
        """Whether asking `prompt` on its own would be answered from `doc_id`.

        Prompts name their subject by its title, so the document a plain search answers
        from is the one the full answer would come from.
        """
        known = self.tutor.prompt_documents
        if prompt not in known:
            result = self.retriever.search(self.retriever.repair(prompt)[0])
            known[prompt] = self.resolver.passages.answering_document(result) if self.retriever.in_scope(result) else None
        return known[prompt] == doc_id
