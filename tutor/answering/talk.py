"""Talk around a question: what a learner says about asking, which counts for nothing.

Learners wrap a question in talk: openers ("random question but", "hello, I have a
question."), closers ("thx", "asking for a friend"), scenes of how they met the subject ("my
kid asked me this at dinner, so") and asides in brackets ("(for an essay)"). Its words are
no subject of the question; counted, they pull the question out of scope or hide its kind
("so like is morocco in the african union?" is a yes/no question).

The message is read in segments: asides in brackets, and pieces between sentence ends,
commas and dashes. A segment at either edge of the message, or in brackets, is talk when it
names nothing the knowledge knows as a term of its trade or a name, and
- says nothing but words of talk about asking (`talk_words` in intents.yaml: greetings,
  thanks, apologies, the learner's studies; `talk_people`: the people they ask for), or
- tells the asking itself, the learner speaking of themselves or pointing at the question
  ("I'm a nurse", "my friend and I were arguing about this"), asking nothing of its own, or
- is told in everyday words alone, of no one but the tutor, asking nothing: words the knowledge
  lacks or leans on no more than everyday English does (pyspellchecker's frequencies,
  `tutor.search.keyness`), so that talk nobody listed ("good evening", "been reading a book
  and got stuck", "hope you're well") is talk too.
Within the question's first and last pieces, a run of such words before the question starts
("sorry if this is dumb but why ...") or after it ends ("... thanks a lot") is talk too, and
so are faces and marks (":)", "!!"), chat shorthand the knowledge lacks ("xx", "heyy") and a
last word the knowledge lacks after a talk word ("cheers mate").
The everyday words of a near miss are not talk: they are its subject ("my 8yo keeps
breaking screen time rules, what sanctions work at home" keeps its scene, which names no
talk and neither points at the question nor has the learner tell of themselves).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tutor.search.asides import replace_asides
from tutor.search.retrieval import Retriever
from tutor.search.text import AUXILIARIES as OPENING_AUXILIARIES, QUESTION_WORDS as OPENING_QUESTION_WORDS, fold
from tutor.tuning import TALK_EVERYDAY_KEYNESS, TALK_NAMING_KEYNESS

# Where one segment ends and the next begins: after a sentence's end, a colon or semicolon,
# at a comma, at a dash between spaces and at a face (":)").
SEGMENT_BREAK = re.compile(r"(?<=[.?!:;,])\s+|\s+[-\u2013\u2014]+\s+|\s+[:;=]['-]?[()\[\]dpo3/\\|*]+\s+", re.IGNORECASE)
# A space an aside left before a question mark or a full stop.
SPACE_BEFORE_MARK = re.compile(r"\s+(?=[?.!]+\s*$)")
# A letter written three times or more in a row, drawing a word out.
DRAWN_OUT = re.compile(r"([a-z])\1{2,}")
# A face or other marks closing or opening a message, no words (":)", ":D", "xD", "<3", "!!").
MARKS_AT_END = re.compile(r"(?:\s+(?:[:;=8x]['-]?[()\[\]dpo3/\\|*]+|<3+|[^\w\s?]+))+\s*$", re.IGNORECASE)
# A word's last letter doubled, drawing it out ("heyy").
DOUBLED_END = re.compile(r"(\w)\1$")
# A segment giving an example of what the question asks of ("..., like saying uh-huh").
EXAMPLE = re.compile(r"^\W*(?:like|such as|as in|say|e\.?g|i\.?e|for example|for instance)\b")
# The marks a learner's word may carry around it.
MARKS = ".,;:!?\"()"
# A word as a learner writes it.
WORD = re.compile(r"[^\W_](?:[\w'\u2019.+-]*\w)?")
# The words opening a question, with the "'s" learners run on to them ("whats", "how's").
QUESTION_WORDS = OPENING_QUESTION_WORDS | frozenset("whats what's whos who's wheres where's hows how's".split())
# The auxiliaries opening one, with "am" and "shall" and the denied forms a learner's message
# may open a question with ("am i right that ...", "isnt it ...").
AUXILIARIES = OPENING_AUXILIARIES | frozenset(
    "am shall "
    "isnt arent wasnt werent dont doesnt didnt hasnt havent cant couldnt wont wouldnt shouldnt "
    "isn't aren't wasn't weren't don't doesn't didn't hasn't haven't can't couldn't won't wouldn't shouldn't".split()
)
# Words a clause's subject may be before its verb: no question starts at "is" after them
# ("sorry if this is dumb but why ...").
SUBJECTS = frozenset("i you u he she it we they this that there who what".split())
# Words naming a person, who may be the subject of a clause.
PERSONS = frozenset("i you u he she we they me my mine our ours your yours his her hers their theirs him them us".split())
# Words saying whose a thing is, a person's ("my revision").
OWNERS = frozenset("my our your his her their".split())
# Words naming the one asked, the tutor, whose doings are no one's life.
ADDRESSED = frozenset("you u your yours".split())
# Words before a noun of the question, not before talk.
DETERMINERS = frozenset("the this that these those next last".split())
# Words that only soften or stress talk after a question ("much appreciated", "many thanks", "ok
# thanks", "just curious"), too common to be terms of their own.
SOFTENERS = frozenset("much many so very really just ok okay again too".split())
APOSTROPHE = re.compile(r"['\u2019]")
# A tag question ending a segment ("that's true isn't it", "wasn't it"): it asks whether
# the statement before it holds, with or without a question mark.
TAG_QUESTION = re.compile(r"\b(?:is|was|are|were|did|does|do|has|have|had|ca|could|would|wo)n['\u2019]?t\s+(?:it|they|he|she|that|there|we|you)\W*$", re.IGNORECASE)
NEGATED = re.compile(r"n['\u2019]?t$")
# Words opening a condition, which a question may be asked under.
CONDITIONS = frozenset("if when once unless after since because although though while".split())
# A clause joined by "but" or "so" to the question after it ("random thought but when ...").
CLAUSE_BEFORE_QUESTION = re.compile(
    rf"^(?P<lead>(?:\S+\s+){{1,8}}?)(?:but|so)\s+(?=(?:{'|'.join(sorted(QUESTION_WORDS | AUXILIARIES))})\b)",
    re.IGNORECASE,
)
# Someone else's question the learner passes on, up to where it starts ("my lad wants to know
# how long ...", "my son keeps asking why ...", "she asked me where ..."), within its sentence:
# who asks is no subject of the question.
REPORTED_ASKING = re.compile(
    r"(?:^|(?<=[.?!]\s))[^.?!]*?\b(?:he|she|they|(?:my|our)\s+(?:[\w'-]+\s+){1,2}?)(?:(?:really|just|still|also)\s+)?"
    r"(?:(?:wants?|wanted|needs?|needed|would\s+like|has|have|had)\s+to\s+know|keeps?\s+(?:on\s+)?asking(?:\s+me)?|(?:is|was)\s+asking(?:\s+me)?|asked(?:\s+me)?|(?:is|was)\s+wondering|wonders)"
    r"\s+(?=(?:who|whom|whose|what|whats|when|where|which|how|why)\b)",
    re.IGNORECASE,
)
# A guess at the answer, asked or not ("I think 1945?", "she reckons about 50 years").
GUESSING = re.compile(r"^\W*(?:i|we|he|she|they)\s+(?:think|thinks|thought|reckon|reckons|guess|guesses|believe|believes)\b")
# A segment going on with the one before it.
GOES_ON = re.compile(r"^\W*(?:and|but|not|or|because|since|as|plus|though|although)\b")
# A learner's own thing told just before a closing run of talk, with up to two words
# qualifying it ("for my IR exam", "in our politics class"): the closer opens there.
OWNED_BEFORE = re.compile(r"(?:\b(?:for|in|on|about|from)\s+)?\b(?:my|our)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
# The learner telling of themselves ("I'm a nurse", "we covered this in class") ...
LEARNER_TELLS = re.compile(r"^\W*(?:i|im|ive|we|weve)\b|^\W*(?:i|we)['\u2019]")
# ... or pointing at the question they are about to ask ("my kid asked me this").
POINTS_AT_QUESTION = re.compile(r"\b(?:this|that|it)\b")
# A segment asking for something, not a question ("define ...", "tell me ...").
REQUESTS = re.compile(r"^\W*(?:(?:so|and|but|now|ok|please|pls)\s+)?(?:define|explain|describe|tell|name|list|give)\b")
# The persons who may open a scene told around a question ("my father always said ..."), in
# its first SCENE_OPENING words ("now when I was ...", "and my grandson asked me ...").
SCENE_PERSONS = frozenset("i we my our everyone everybody".split())
SCENE_OPENING = 4
# Verbs of telling, after which a source of the learner's (a talk word: "the podcast", "my
# textbook") tells a scene as a person does.
SAYING = frozenset("said says say mentioned mentions claimed claims told tells reckons reckoned".split())
# A segment ending by saying someone told the claim before it ("... the host said that").
SAID_SO = re.compile(rf"\b(?:{'|'.join(sorted(SAYING))})(?:\s+(?:me|us|them))?\s+(?:that|so|it|this)\W*$")
# A learner stating what they know or believe ("I know NATO was created after the war, but
# ..."): the question's premise, not a scene.
PREMISE = re.compile(r"\b(?:i|we)\s+(?:(?!never|not|dont|didnt|don't|didn't)\w+\s+)?(?:know|knew|think|thought|believe|believed|read|heard|learned|learnt|remember)\b")
# A word pointing back to what a scene names ("how this works", "where these are ...").
POINTS_TO_SCENE = re.compile(r"\b(?:this|that|it|these|those|they|them|he|she|him|her|his|its|their)\b")
# A segment naming only the field a question is set in ("In chess,", "at work,"): it gives
# the question its sense, so it is no talk, known to the knowledge or not.
FIELD_LEAD = re.compile(r"^\W*(?:in|at|during)\s+(?:a |an |the )?[^\W\d_]+(?: [^\W\d_]+)?\W*$")


def bare(word: str) -> str:
    """A word without its marks and what an apostrophe adds to it ("father's": "father")."""
    return APOSTROPHE.split(word.strip(MARKS))[0]


def segment_spans(text: str) -> list[tuple[int, int]]:
    """Where each segment of a text starts and ends (empty ones left out)."""
    spans, start = [], 0
    for match in SEGMENT_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


@dataclass(frozen=True)
class Asked:
    """A message read into the question it asks and the talk around it."""

    question: str  # the message less its talk (the whole message when it is all talk)
    talk: tuple[str, ...] = ()  # the segments and runs read as talk, in order
    # Of those, the ones saying more than talk words: a scene ("it's 2am and I'm revising") or
    # an aside ("for a hiking trip"), which may tell the sense of a word of the question.
    scene: tuple[str, ...] = ()


class TalkReader:
    """Tells the talk around a question from the question (see the module's docstring)."""

    def __init__(
        self, retriever: Retriever, talk_words: Iterable[str], people: Iterable[str] = (), opening: re.Pattern[str] | None = None, kind_words: Iterable[str] = ()
    ) -> None:
        """`people`: the people a learner asks for or with, talk words too, whose doings may
        also be the learner's life (`says_talk_words`). `opening`: words that may open a
        question without changing it ("right so ..."), talk when they open one
        (`leading_conjunction` in intents.yaml). `kind_words`: the words saying what kind of
        answer is wanted ("example", "define"), which name no subject of a question
        (`Intents.asked_words`)."""
        self.retriever = retriever
        self._kind_words = frozenset(kind_words)
        self.opening = opening
        self._talk_words = tuple(talk_words)
        # The talk words as written, for those too common to be terms ("ok", "um").
        self._said = frozenset(fold(word) for word in self._talk_words)
        self._people_words = people
        self._talk: frozenset[str] | None = None  # their terms, worked out on first need
        self._people: frozenset[str] | None = None

    @property
    def talk(self) -> frozenset[str]:
        """The terms of the talk words, less those that name something of the knowledge
        ("test" of the test ban treaties)."""
        if self._talk is None:
            self._talk = self._terms_naming_nothing(self._talk_words) | self.people
        return self._talk

    @property
    def people(self) -> frozenset[str]:
        """The terms of the people words, less those naming something."""
        if self._people is None:
            self._people = self._terms_naming_nothing(self._people_words)
        return self._people

    def _terms_naming_nothing(self, words: Iterable[str]) -> frozenset[str]:
        """The terms of `words` that name nothing alone: no term of the trade nor name, or one
        the knowledge says only inside a phrase ("friday" of Good Friday), which names
        something only said with it."""
        bound = self.retriever.bound
        return frozenset(t for t in self.retriever.terms_of(words) if not self._names(t) or bound.phrase_of(t) is not None)

    def read(self, message: str, first_person: Callable[[str], bool], points_back: Callable[[str], bool]) -> Asked:
        """`message` without its talk. `first_person` says whether a text has the learner
        speak of themselves: a scene told of the learner's own life is no talk before a
        question asking of that life ("me and my gf keep fighting, how do we negotiate a
        truce"). `points_back` says whether a question points back to a subject named
        before it ("it", "they"): the scene before a question naming nothing else is kept,
        as it may name the subject."""
        talk: list[str] = []
        text = SPACE_BEFORE_MARK.sub("", replace_asides(message, lambda written, said: self._aside(written, said, talk))).strip()
        if (reported := REPORTED_ASKING.search(text)) is not None:
            text = self._passed_on(text, reported, talk)
        if (marks := MARKS_AT_END.search(text)) and WORD.search(text[: marks.start()]):
            text, talk = text[: marks.start()], [*talk, marks.group().strip()]
        spans = segment_spans(text)
        if not spans:
            return Asked(message, ())
        segments = [text[start:end] for start, end in spans]
        first, last = 0, len(segments)
        while first < last - 1 and (self._is_talk(segments[first]) or first and self._goes_on(segments[first])):
            first += 1
        while last - 1 > first and self._is_talk(segments[last - 1]):
            last -= 1
        core = text[spans[first][0] : spans[last - 1][1]]
        asking = self._without_closer(segments[last - 1])[0]
        of_that_life = first and (first_person(asking) or not self._names_something(core))
        if first and (self._points_back_alone(self._without_closer(core)[0], points_back) or of_that_life and any(self.tells_of_life(s, first_person) for s in segments[:first])):
            # The scene before a question pointing back to it, or a scene of the learner's own
            # life before a question of that life, or one naming nothing else ("my old knee
            # injury plays up when it rains, what exercises help"), is part of what is asked.
            first = 0
        told_around = self._scenes_around(segments[first:last], first_person, points_back)
        talk += segments[:first] + segments[last:] + [segments[first + i] for i in sorted(told_around)]
        if told_around:
            asked = ", ".join(segments[i].rstrip(" ,;:-.") for i in range(first, last) if i - first not in told_around)
        else:
            asked = text[spans[first][0] : spans[last - 1][1]]
        opened, opener = self._without_opener(asked, points_back, of_own_life=first_person(asking))
        closed, closer = self._without_closer(opened)
        talk += [part for part in (opener, closer) if part]
        if not self.retriever.query_tokens(closed) and self.retriever.query_tokens(message):
            return Asked(message, ())
        return Asked(closed if talk else message, tuple(talk), tuple(part for part in talk if not self._all_talk(part)))

    def _passed_on(self, text: str, reported: re.Match[str], talk: list[str]) -> str:
        """The text with someone else's question that the learner passes on (`REPORTED_ASKING`)
        read as asked: who asks, and the statements after it that ask nothing ("he reckons
        about 50 years which sounds wrong to me", "her book says it was in america"), are
        talk, and so is a guess at the answer even when asked ("I think 1945?"). What it asks
        starts at its question word and goes on to the next segment asking."""
        talk.append(reported.group().strip())
        text = text[: reported.start()] + text[reported.end() :]
        kept = []
        for start, end in segment_spans(text):
            segment = text[start:end]
            asks = self._asks(segment) or self._asks(" ".join(segment.split()[1:]))
            if start > reported.start() and (not asks or GUESSING.match(fold(segment))):
                talk.append(segment)
            else:
                kept.append(segment)
        return " ".join(kept)

    def _scenes_around(self, segments: list[str], first_person: Callable[[str], bool], points_back: Callable[[str], bool]) -> set[int]:
        """Which of a question's segments tell a scene of people around it, though they name
        something ("now when I was a young man we used to hear the word brinkmanship on the
        wireless, ..., so what is brinkmanship exactly", "whats persona non grata mean, the tour
        guide said it and everyone laughed"): statements opened by a person, asking nothing,
        around a question that names its subject by a term of the knowledge before any word
        pointing back ("my uncle says an embassy is foreign soil, is that true?" and "everyone
        keeps going on about Westphalia, why is it a big deal?" keep theirs) and asks nothing of
        the learner's own life ("my kids keep fighting, how do I negotiate a truce?"). Their
        words are no part of what is asked; counted, they take the question out of scope.
        A scene naming nothing is left to `_is_talk`: its everyday words may be the question's
        subject ("my 8yo keeps breaking screen time rules, what sanctions work at home")."""
        if len(segments) < 2:
            return set()  # a scene is told around a question, in a segment of its own
        scenes = {i for i, segment in enumerate(segments) if self._tells_scene(segment)}
        if scenes:
            # Talk between the question's parts goes with the scene ("Yalta, Potsdam, Tehran,
            # I've heard those names my whole life, but where exactly is Yalta").
            scenes |= {i for i, segment in enumerate(segments) if 0 < i < len(segments) - 1 and self._is_talk(segment)}
        # An example a scene gives goes with it ("my uncle says an embassy is foreign
        # territory, like a piece of foreign soil inside the city").
        scenes |= {i for i, segment in enumerate(segments) if i - 1 in scenes and EXAMPLE.match(fold(segment))}
        rest = [segment for i, segment in enumerate(segments) if i not in scenes]
        asking = [segment for segment in rest if REQUESTS.match(fold(segment)) or self._asks(segment) or self._asks(" ".join(segment.split()[1:]))]
        if not scenes or not asking or any(map(first_person, asking)):
            return set()
        retriever = self.retriever
        named = set(retriever.mentioned_documents(self._terms(", ".join(rest))))
        if any(set(retriever.mentioned_documents(self._terms(segments[i]))) - named for i in scenes):
            # The scene names the case the question asks of ("we did a pub quiz on the treaty
            # of guadalupe hidalgo, what did mexico lose"), which the rest leaves unnamed.
            return set()
        for segment in rest:
            if points_back(fold(segment)) or POINTS_TO_SCENE.search(fold(segment)):
                return set()  # "how this works" after a scene naming persona non grata
            if self._names_a_term(segment):
                return scenes
        return set()

    def _tells_scene(self, segment: str) -> bool:
        """Whether a segment is a statement of people naming something or pointing at the
        question ("my grandson asked me what it means"): a person of its own opens it, in its
        first words ("my father always said it was toothless", "now when I was a young man
        ..."), or "everyone" is in it ("... and everyone laughed"); it asks nothing, nor states
        what the learner knows or believes (`PREMISE`). "I" after a capital word is a numeral
        ("SALT I") and "US" a country."""
        words = segment.split()
        if not words or self._asks(segment) or segment.rstrip().endswith("?") or PREMISE.search(fold(segment)) or CLAUSE_BEFORE_QUESTION.match(segment):
            return False  # a clause then "but what ...?" asks ("everyone says appeasement but what were they thinking")
        # Where the learner heard something, telling it ("the podcast said something crazy like
        # 3 cents an acre"), or someone telling the question's claim, pointing back at it
        # ("pretty sure the host said that", "my teacher told us so"): a scene, whatever it names.
        if self._told_by_a_source(words) or SAID_SO.search(fold(segment)):
            return True
        if not self._names_something(segment) and not POINTS_AT_QUESTION.search(fold(segment)):
            return False  # everyday words of no question, maybe the subject of this one
        persons = []
        for i, word in enumerate(words):
            written = bare(word)
            if written == "I" and i and words[i - 1][:1].isupper() or written == "US":
                continue
            said = written.casefold()
            if said in SCENE_PERSONS or any(t in self.people for t in self._terms(said)):
                persons.append(i)
        return any(i < SCENE_OPENING for i in persons) or any(words[i].casefold().startswith("every") for i in persons)

    def _told_by_a_source(self, words: list[str]) -> bool:
        """Whether a source of the learner's tells the segment of these words: in its first
        words, a talk word naming no person ("the podcast", "my textbook") before a verb of
        telling (`SAYING`)."""
        for said, verb in zip(words[:SCENE_OPENING], words[1 : SCENE_OPENING + 1]):
            terms = self._terms(bare(said).casefold())
            if bare(verb).casefold() in SAYING and terms and all(t in self.talk and t not in self.people for t in terms):
                return True
        return False

    def _names_a_term(self, text: str) -> bool:
        """Whether a text names something in words other than those saying what kind of
        answer is wanted ("any examples?" asks of what a scene names; "what is a consulate"
        names its subject)."""
        return self._names_something(" ".join(word for word in fold(text).split() if word.strip(MARKS + "'") not in self._kind_words))

    def _aside(self, written: str, aside: str, talk: list[str]) -> str:
        """An aside in brackets is left out when it is talk ("(for an essay)", "(not the
        mountain guys lol)"); one naming a subject ("(NPT)") stays."""
        if self._names_something(aside):
            return written
        talk.append(aside)
        return " "

    def _is_talk(self, segment: str) -> bool:
        """Whether a segment at the message's edge is talk: all talk words, or the learner
        telling of themselves or pointing at the question, or a label before a colon,
        naming nothing, asking nothing.
        A segment opening with a question word asks one ("which article?")."""
        words = fold(segment).split()
        if words and words[0].strip("'\"") in QUESTION_WORDS:
            return False
        if self._all_talk(segment):
            return True
        if self._names_something(segment) or self._asks(segment):
            return False
        # A label before a colon introduces the question ("ok another one: ...").
        return fold(segment).rstrip().endswith(":") or self._about_the_asking(segment)

    def _everyday_only(self, text: str) -> bool:
        """Whether each word of a text naming nothing is one the knowledge lacks or leans on
        no more than everyday English does (TALK_EVERYDAY_KEYNESS): the learner's day ("been
        reading a book and got stuck", "good evening"), told in no listed word and of no one but the
        tutor ("hope you're well"); not a scene of someone's doings ("my flatmates never do the dishes") nor one saying a
        word of the question's subject ("... breaking screen time rules")."""
        said = fold(text).split()
        words = [bare(word) for word in said]
        studies = self.talk - self.people
        if any(
            word in PERSONS - ADDRESSED and not (word in {"my", "our"} and following and set(self._terms(following)) <= studies)
            for word, following in zip(words, [*words[1:], ""])
        ):
            # Someone's doings, maybe the learner's life the question asks of; not the
            # learner's studies ("my essay needs a start date").
            return False
        if any(word.strip(MARKS) in QUESTION_WORDS for word in said):
            return False  # asks, wherever its question word ("like where exactly did the talks happen")
        if EXAMPLE.match(fold(text)):
            return False  # an example of what is asked of ("like saying uh-huh")
        if FIELD_LEAD.match(fold(text)):
            return False  # the field the question is set in ("In chess, what is a stalemate?")
        retriever = self.retriever
        terms = [t for t in self._terms(text) if t not in self.talk]
        astray = retriever.astray_words(text, terms)
        return all(t.startswith("=") or t in astray or retriever.index.idf_of(t) is None or retriever.keyness.get(t, 0.0) <= TALK_EVERYDAY_KEYNESS for t in terms)

    def _terms(self, text: str) -> list[str]:
        """The terms of a text, a word drawn out ("hiii", "pleeease") read as written short."""
        return self.retriever.query_tokens(DRAWN_OUT.sub(r"\1", text))

    def tells_of_life(self, segment: str, first_person: Callable[[str], bool]) -> bool:
        """Whether a segment tells of the learner's life ("my teen broke curfew again", "me and
        my gf keep fighting"), naming nothing the knowledge knows, which a question may ask of;
        not of who the learner is ("I'm a retired engineer") nor of asking ("hello, I have a
        question")."""
        return first_person(segment) and not self._all_talk(segment) and not LEARNER_TELLS.search(fold(segment)) and not self._names_something(segment)

    def says_talk_words(self, text: str) -> bool:
        """Whether a text says a talk word other than a person's ("we watched argo in class
        and now im curious"; not "my flatmates never do the dishes")."""
        return any(t in self.talk and t not in self.people for t in self._terms(text))

    def _chat(self, word: str) -> bool:
        """Whether a word is chat shorthand the knowledge lacks: one letter written again and
        again ("xx"; not any word without a vowel, which a typo may make of a word) or a talk
        word with its last letter doubled ("heyy", "hii")."""
        if not word.isalpha() or any(self.retriever.index.idf_of(t) is not None for t in self._terms(word)):
            return False
        return len(word) > 1 and len(set(word)) == 1 or DOUBLED_END.search(word) is not None and DOUBLED_END.sub(r"\1", word) in self._said

    def _after_talk(self, tokens: list[str], previous: str | None) -> bool:
        """Whether a message's last word, one the knowledge lacks, follows a talk word and goes
        with a talk word the knowledge lacks too ("cheers mate"; not "for late rent")."""
        said = self._terms(previous or "")
        return all(self.retriever.index.idf_of(t) is None for t in [*tokens, *said]) and bool(said) and all(t in self.talk for t in said)

    def _goes_on(self, segment: str) -> bool:
        """Whether a segment after talk goes on with it ("I'm a nurse, not really a history
        person, so ..."): it opens with a word joining it to what came before, naming
        nothing, asking nothing."""
        return GOES_ON.match(fold(segment)) is not None and not self._names_something(segment) and not self._asks(segment)

    def _points_back_alone(self, question: str, points_back: Callable[[str], bool]) -> bool:
        """Whether a question points back ("what actually was it?") and names nothing of its
        own, so that its subject must be in the scene before it; "can an ambassador be
        arrested if they commit a crime?" points back within itself."""
        return points_back(question) and not self._names_something(question)

    def _says_talk(self, clause: str) -> bool:
        """Whether a clause before a question is talk: it names nothing, asks nothing, and
        says a talk word or has the learner tell of themselves or point at the question."""
        if self._names_something(clause) or self._asks(clause):
            return False
        return any(t in self.talk for t in self._terms(clause)) or self._about_the_asking(clause)

    def _about_the_asking(self, text: str) -> bool:
        """Whether a text naming nothing and asking nothing tells of the asking: the learner
        telling of themselves, a pointer at the question, or everyday words alone."""
        folded = fold(text)
        return bool(LEARNER_TELLS.search(folded) or POINTS_AT_QUESTION.search(folded)) or self._everyday_only(text)

    def _all_talk(self, segment: str) -> bool:
        """Whether every term of the segment is a talk word (a segment without terms asking
        nothing, "ok so", is talk too; one asking, "why not?", is not)."""
        tokens = self._terms(self._without_persons(segment))
        if not tokens:
            return not self._asks(segment)
        return all(t in self.talk for t in tokens)

    def _names_something(self, text: str) -> bool:
        """Whether a text names something the knowledge knows (see `_names`), in words other
        than those naming people ("my teacher's question, not mine")."""
        terms = self._terms(self._without_persons(text))
        # A word the knowledge says only in a phrase the text does not say names nothing
        # ("friday" of "my essay is due friday": the knowledge's is Good Friday).
        astray = self.retriever.astray_words(text, terms)
        return any(self._names(t) and not self._said_in_everyday_words(t, terms) for t in terms if t not in self.talk and t not in astray)

    def _said_in_everyday_words(self, term: str, terms: list[str]) -> bool:
        """Whether a glossary name is said in everyday words alone ("started" for the concept
        of a beginning), which name nothing (as in `Retriever.names_given`)."""
        if not term.startswith("="):
            return False
        retriever = self.retriever
        said = retriever.kb.glossary.name_stems({term}, retriever.tokenizer.stem) & set(terms)
        return all(map(retriever.is_everyday, said))

    def _without_persons(self, text: str) -> str:
        """A text without the words naming persons ("not mine"), which name nothing asked of,
        nor a talk word they own ("for my revision": the learner's, not a treaty's)."""
        kept, owner = [], False
        for word in fold(text).split():
            stripped = word.strip(MARKS + "'")
            if stripped not in PERSONS and not (owner and stripped in self._said):
                kept.append(word)
            owner = stripped in OWNERS
        return " ".join(kept)

    def _names(self, token: str) -> bool:
        """Whether a term names something the knowledge knows: a glossary name, a name it
        writes ("Kissinger"), or a word far commoner in it than in everyday English
        (TALK_NAMING_KEYNESS: "sanction", "summit"; not "argue" or "rule", which a scene of
        the learner's day may say)."""
        retriever = self.retriever
        if token.startswith("="):
            return True
        if retriever.index.idf_of(token) is None:
            return False
        return not retriever.is_everyday(token) or retriever.keyness.get(token, 0.0) >= TALK_NAMING_KEYNESS

    @staticmethod
    def _asks(segment: str) -> bool:
        """Whether a segment asks something: it opens with a question word or an auxiliary,
        or ends with a question mark after words ("??" alone asks nothing) or a tag question."""
        words = fold(segment).split()
        worded = WORD.search(segment) is not None
        return worded and segment.rstrip().endswith("?") or bool(words and (words[0] in QUESTION_WORDS or words[0] in AUXILIARIES)) or TAG_QUESTION.search(segment) is not None

    def _without_opener(self, text: str, points_back: Callable[[str], bool], of_own_life: bool = False) -> tuple[str, str]:
        """The text from where its question starts, after a run of talk ("hey so can an
        ambassador ...", "sorry if this is dumb but why ..."): at the run's first question
        word, else at its last auxiliary opening a clause ("so like is morocco ...", not
        "this is dumb"), else at the first word naming anything; and the run left out. A run
        without talk words is left out only before an auxiliary, two words or more that open
        no condition ("if a treaty is not ratified, is it binding?" keeps its "if").
        `of_own_life`: the question asks in the first person, so that people the learner names
        before it are the subject of a clause of their life ("my parents are in a cold war,
        how do i mediate?"), not talk."""
        clause = CLAUSE_BEFORE_QUESTION.match(text)
        if clause and self._says_talk(clause["lead"]) and not self._points_back_alone(text[clause.end() :], points_back):
            # "random thought but when was the NPT signed?", "sorry for asking so is ...?"
            return text[clause.end() :], clause["lead"].strip()
        cut = auxiliary = previous = before = None
        said_talk = told_of = False
        plain = True  # the run says nothing but talk words too common to be terms ("ok ok", "so um")
        for match in WORD.finditer(text):
            word = match.group().casefold()
            if word in QUESTION_WORDS:
                cut = match.start()
                said_talk = said_talk or plain and cut > 0
                break
            tokens = self._terms(word)
            if word in AUXILIARIES:
                # After a person the learner names before a question of their own life ("my
                # parents are ...", "me and my sister had ..."), a verb of that person's
                # clause, not one opening a question.
                # Nor after a thing of the learner's studies they own ("my essay is about the UN,
                # when was it founded"): the verb of that thing's clause, which the filler drops.
                said = self._terms(previous) if previous is not None and (of_own_life or before in OWNERS) else []
                person = of_own_life and bool(said) and all(t in self.people for t in said)
                owned = before in OWNERS and bool(said) and all(t in self.talk and t not in self.people for t in said)
                if previous not in SUBJECTS and not person and not owned:
                    auxiliary = match.start()
            elif self.opening is not None and self.opening.match(f"{word} question opened"):
                said_talk = said_talk or bool(tokens)  # "right so ...": talk, though "right" is a term
            elif tokens and not all(t in self.talk for t in tokens) and not self._chat(word):
                # At a word naming anything, only after a run naming no one: "me and my gf
                # keep fighting" is a clause, its subject no talk.
                cut = auxiliary if auxiliary is not None else None if told_of else match.start()
                break
            told_of = told_of or APOSTROPHE.split(word)[0] in PERSONS
            said_talk = said_talk or bool(tokens) or self._chat(word)
            plain = plain and (word in self._said or word in SOFTENERS)
            before, previous = previous, word
        if not cut:
            return text, ""
        run = text[:cut].split()
        if not said_talk and not (cut == auxiliary and len(run) >= 2 and run[0].casefold() not in CONDITIONS):
            return text, ""
        return text[cut:], text[:cut].strip()

    def _without_closer(self, text: str) -> tuple[str, str]:
        """The text without a run of talk after its question ends ("... create appreciate
        it", "... thanks a lot!", "... i'm so confused"), cut at the run's first talk word;
        and the run. One talk word the knowledge also has ("... the official language") may
        end the question itself: a run is talk when it has a word the knowledge lacks, two
        talk words, or the learner telling of themselves in two words or more (not "START
        I"); people alone are what the question is about ("... a geneva convention for
        roommates?")."""
        cut = None
        softened = False
        terms: list[str] = []
        words = list(WORD.finditer(text))
        before = {match.start(): previous.group().casefold() for previous, match in zip(words, words[1:])}
        for match in reversed(words):
            word = match.group().casefold()
            # A question ends at its question word or at an auxiliary ("what should i do"),
            # not at a denial the learner makes of themselves ("i really dont get it").
            if word in QUESTION_WORDS or (word in AUXILIARIES and not NEGATED.search(word)):
                break
            tokens = self._terms(word)
            if tokens and all(self.retriever.index.idf_of(t) is not None and self._names(t) for t in tokens):
                break  # a word naming something of the knowledge, told without the talk words' terms (costly to work out)
            if tokens and not all(t in self.talk for t in tokens) and not self._chat(word) and not (match is words[-1] and self._after_talk(tokens, before.get(match.start()))):
                break
            if not tokens and word in self._said and word not in SOFTENERS:
                tokens = [word]  # a talk word too common to be a term ("please", "curious")
            if tokens and before.get(match.start()) in DETERMINERS:
                break  # "... this morning", "... the official language": a noun of the question
            if tokens:
                cut = match.start()
                terms += tokens
            elif LEARNER_TELLS.match(fold(word)):
                cut = match.start()
            elif cut is not None and word in SOFTENERS:
                cut, softened = match.start(), True
        if cut is None or not self.retriever.query_tokens(text[:cut]):
            return text, ""
        run = text[cut:]
        told = LEARNER_TELLS.match(fold(run)) is not None and len(run.split()) > 1
        if terms and all(t in self.people for t in terms) and not told:
            return text, ""
        if not (len(terms) > 1 or any(self.retriever.index.idf_of(t) is None for t in terms) or told or terms and softened):
            return text, ""
        owned = OWNED_BEFORE.search(text, 0, cut)
        if owned is not None and self.retriever.query_tokens(text[: owned.start()]):
            # The learner's own thing the run names ("... for my IR exam", "my history essay"):
            # the words qualifying it are theirs too, not the question's.
            cut = owned.start()
            run = text[cut:]
        return text[:cut].rstrip(" ,;:-") + ("?" if text.rstrip().endswith("?") else ""), run.strip()
