"""Normalising and tokenising text for retrieval.

Questions and knowledge go through the same steps: accents and case are folded, words are
split off (keeping tokens such as ``p5+1``, ``1.5`` and years whole), stop words are
dropped and the rest are stemmed. Names from the glossary add a concept token, so that
"Iran nuclear deal" and "JCPOA" find each other.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, NamedTuple, Protocol

from tutor.safe_text import safe

# Bump when tokens change, so that cached indexes are rebuilt.
TOKENIZER_VERSION = "25"

_SPACES = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.+][A-Za-z0-9]+)*\+?")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_PUNCTUATION_MAP = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u00ad": ""})

# A year as the knowledge and learners write one ("1648", "2025"): the digits alone, for
# patterns that place a year among other words, and as a whole word.
YEAR_DIGITS = r"1[0-9]{3}|20[0-9]{2}"
YEAR = re.compile(rf"\b(?:{YEAR_DIGITS})\b")
# A year a learner writes with two digits ("when nixon visited in 72", "back in '89", "the
# '62 crisis", "the 73 war"): after a word placing it in time, after an apostrophe, or between
# "the" and an event it dates; not before a unit it would count, within two words ("in 72
# hours", "in 45 countries", "in 40 member states", "in 41 of the 60"). Read in the twentieth
# century, where almost all the knowledge base's events lie; with an apostrophe, "'00" to
# "'29" are of this century ("in '03").
_UNITS = r"(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|million|billion|thousand|hundred|(?!(?:was|has|is|as|this|thus|its|his|yes|plus|versus)\b)[a-z]+s)\b"
_FUNCTION_WORDS = r"(?:when|while|with|and|or|but|the|a|an|to|at|in|on|by|for|did|was|were|is|are|after|before|during|under|who|what|which|where|why|how)\b"
SHORT_YEAR = re.compile(
    rf"\b(?P<lead>in|since|until|till|during) (?P<digits>[3-9][0-9])\b(?![.,]?[0-9])(?!\s*(?:%|percent|per cent|of\b|mins?\b|(?:(?!{_FUNCTION_WORDS})[a-z]+\s+){{0,2}}{_UNITS}))"
    r"|(?<![\w'])'(?P<short>[0-9]{2})\b(?!\s*(?:%|percent|per cent))"
    r"|\bthe (?P<event>[3-9][0-9])(?= (?:crisis|war|summit|embargo|revolution|coup|invasion|blockade|airlift|treaty|agreement|accords?|conference|talks|oil shock)\b)",
    re.IGNORECASE,
)
# A capital letter that opens a name, the accented ones of Western European names too
# ("Élysée", "Åland", "Özal"), which [A-Z] would miss: a character class for patterns. Only
# Latin-1's capitals: the scattered capitals of Latin Extended-A ("Ł", "Š") would double the
# time to compile the names pattern of tutor.search.retrieval, paid at every start-up.
CAPITAL = "[A-ZÀ-ÖØ-Þ]"

# The words that open a question asking for something ("what", "whose"): the one list the
# readers of questions and lessons start from, each saying what it adds or leaves out.
QUESTION_WORDS = frozenset("what who whom whose when where why how which".split())
# The auxiliaries that open a yes/no question ("does", "might"): likewise the one list.
AUXILIARIES = frozenset("is are was were can could do does did has have had will would should must may might".split())

# The articles: what a defining sentence opens with ("A chargé d'affaires is ..."), and
# what a comparison's side may open with.
ARTICLES = frozenset({"a", "an", "the"})
# Words that say nothing of what is asked, among them "super" as "very" ("super important"),
# "everything" as "something" ("and everything") and "definition", which asks what something
# is as "define" and "meaning" do ("embargo definition"); "explain" in every form, since the
# knowledge's "without having to explain" must meet the learner's "without explaining why".
STOP_WORDS = frozenset(
    """
    a about above after again all also am an and any are aren as at be because been before
    being below between both but by can could did do does doing down during each else ever
    few for from further had has have having he her here hers herself him himself his how i
    if in into is isn it its itself just let me might more most must my myself no nor not of
    off on once only or other others ought our ours ourselves out over own please same shall she
    should so some such than that the their theirs them themselves then there these they
    this those through to too under until up upon us very was wasn we were what whatever
    when where whether which while who whom whose why will with would you your yours
    yourself yourselves s t d ll m re ve tell explain explains explained explaining describe define know give show say
    mean means meaning meant definition definitions really exactly kind sort thing things something anything
    e.g i.e eg ie etc like make makes made making get gets got getting
    many much whats hows whos wheres whens whys thats dont doesnt didnt isnt wasnt arent cant wont
    im ive youre theyre lets
    weren hasn haven hadn couldn wouldn shouldn mustn doesn didn needn mightn
    actually basically literally anyway anyways just simply main quick quickly briefly
    wondering wonder curious okay ok um uh hey so
    super everything
    """.split()
)


class Word(NamedTuple):
    """One word of a text: its folded form (for matching) and how it was written."""

    folded: str
    original: str
    start: int
    end: int


def clean_user_text(text: str, limit: int | None = None) -> str:
    """Remove terminal escapes and control characters, collapse spaces, cut to `limit`."""
    text = safe(text.replace("\t", " "), replacement=" ")
    text = _SPACES.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return text


def full_years(text: str) -> str:
    """The text with its two-digit years written out ("in 72" -> "in 1972", "'03" -> "2003"),
    so that they are read as the years the knowledge gives (see SHORT_YEAR)."""

    def written_out(found: re.Match[str]) -> str:
        if found["digits"]:
            return f"{found['lead']} 19{found['digits']}"
        if found["event"]:
            return f"the 19{found['event']}"
        return f"{'20' if found['short'] < '30' else '19'}{found['short']}"

    return SHORT_YEAR.sub(written_out, text)


def strip_accents(text: str) -> str:
    """Remove accents (é -> e) and unify quotes and dashes, keeping the case."""
    if text.isascii():
        return text
    text = text.translate(_PUNCTUATION_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed if decomposed.isascii() else decomposed.translate(_ACCENTS)


class _CombiningMarks(dict):
    """For `str.translate`: each character seen, by code point, dropped (None) when it is a combining
    mark (an accent) and kept otherwise; looked up once each, which is many times faster on a long text."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _ACCENTS_KEPT:  # a text of many strange characters does not grow it without end
            self[code] = kept
        return kept


_ACCENTS_KEPT = 4096


_ACCENTS = _CombiningMarks()


def fold(text: str) -> str:
    """Accent- and case-folded form of a text, used for matching."""
    return strip_accents(text).casefold()


def prepare(text: str) -> str:
    """Accents stripped and thousands separators removed: the text `split_words` positions refer to."""
    text = strip_accents(text)
    return _THOUSANDS.sub("", text) if "," in text else text


def split_words(text: str) -> list[Word]:
    """The words of a text with their folded form and position in `prepare(text)`."""
    text = prepare(text)
    return [Word(m.group().casefold(), m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def words_and_gaps(text: str) -> tuple[list[str], list[str]]:
    """The folded words of `prepare(text)` and the gaps around them (gap i before word i,
    the last after the last word): `split_words` in C calls, for reading many passages."""
    parts = _WORD_SPLIT.split(prepare(text))
    return [word.lower() for word in parts[1::2]], parts[0::2]


def word_forms(text: str) -> tuple[list[str], list[str]]:
    """The words of a text as written and folded: `split_words` without positions, in C
    calls rather than a Python step per word (words are ASCII, so lower() is casefold())."""
    written = _WORD.findall(prepare(text))
    return written, list(map(str.lower, written))


# Ends the stand-in for a glossary name that counts only as written ("US" is read as
# "us+", "START" as "start+" before a question is folded): it gives the name's concept
# token, and the token of its word as the knowledge's text written so gives it ("start"
# for "START"; none for "us", a stop word).
NAME_MARK = "+"


def is_content_word(word: str) -> bool:
    """True for folded words that carry meaning: not stop words, not stray letters (a
    name's stand-in counts as its word)."""
    word = word.removesuffix(NAME_MARK)
    return word.isdigit() or (len(word) > 1 and word not in STOP_WORDS)


def is_plain_word(word: str) -> bool:
    """True for words made of letters only (the ones that are stemmed and spell-checked)."""
    return word.isalpha()


# Small numbers written as words stem to their digits: "track one" and "track 1" are the
# same track, "five permanent members" and "5 permanent members" the same members.
NUMBER_WORDS = {word: str(n) for n, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
# The months as the knowledge writes them, in order ("16 October 1962").
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# A decade as learners write one ("the 70s", "the 1970s", "the seventies") is one token,
# "1970s"; a question naming one asks of its years too (`decades_asked`): "shuttle diplomacy
# in the 70s" meets "in 1974 ... Henry Kissinger". Two digits are the twentieth century's.
DECADE_NAMES = "twenties thirties forties fifties sixties seventies eighties nineties".split()
DECADE_WORDS = {
    **{f"{n}0s": f"19{n}0s" for n in range(2, 10)},
    **{name: f"19{n}0s" for n, name in enumerate(DECADE_NAMES, start=2)},
}
DECADE_TOKEN = re.compile(r"1[0-9]{2}0s|20[0-9]0s")


def decades_asked(tokens: list[str] | tuple[str, ...] | set[str]) -> frozenset[str]:
    """The years of the decades a question's tokens name ("1970" to "1979" for "1970s")."""
    return frozenset(f"{t[:3]}{n}" for t in tokens if DECADE_TOKEN.fullmatch(t) for n in range(10))


# Words whose Snowball stem is another, everyday word's: "useful" asks what something is
# good for, not how it is used ("a widely used method"), so it keeps a stem of its own.
KEPT_APART = {"useful": "useful", "usefulness": "useful", "useless": "useless"}

# Forms that Snowball stems apart from their base word, each stemmed as the base: irregular
# plurals ("crises" to "crise", "crisis" to "crisi"; "gases", "statesmen", "memoranda") and
# irregular past forms ("met", "won", "withdrew", "fell"), so "did Trump and Kim meet?"
# meets "met in Singapore", "did Kissinger win the Nobel Peace Prize?" "Kissinger won", "did
# the US buy Louisiana?" "bought Louisiana" (territory bought is the trade's; not "sold", whose
# seller a buyer's sentence would seem to deny), and
# "cold war crises" the knowledge's "crisis". Not forms another word is spelt as ("found",
# "saw", "lay", "bases", "lives", "wound"); only verbs of the trade's deeds, not light verbs,
# which tell little and would take the weight of a telling word ("came up with" would meet
# "can come from"; "gave", "took", "made", "held", "brought", "sent": "sending state"), nor
# the everyday words learners ask with outside it ("write me a function" would meet "wrote",
# "how to lead a team" "led by"; "men", "women", "wives", "children").
IRREGULAR_FORMS = {
    "crises": "crisis", "analyses": "analysis", "theses": "thesis", "hypotheses": "hypothesis", "syntheses": "synthesis",
    "gases": "gas", "buses": "bus", "atlases": "atlas", "memoranda": "memorandum", "criteria": "criterion",
    "phenomena": "phenomenon", "referenda": "referendum", "statesmen": "statesman", "stateswomen": "stateswoman",
    "chairmen": "chairman", "spokesmen": "spokesman", "congressmen": "congressman", "servicemen": "serviceman",
    "businessmen": "businessman", "halves": "half",
    "met": "meet", "won": "win", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
    "drew": "draw", "drawn": "draw", "redrew": "redraw", "redrawn": "redraw", "fought": "fight", "sought": "seek",
    "struck": "strike", "withdrew": "withdraw", "withdrawn": "withdraw", "overthrew": "overthrow", "overthrown": "overthrow",
    "undertook": "undertake", "undertaken": "undertake", "forbade": "forbid", "forbidden": "forbid", "froze": "freeze",
    "frozen": "freeze", "swore": "swear", "sworn": "swear", "fled": "flee", "fell": "fall", "fallen": "fall",
    "sank": "sink", "sunk": "sink", "bought": "buy",
}

# American spellings meet the British ones the knowledge is written in: "-ize" and "-yze"
# words are spelt "-ise" and "-yse" before stemming ("recognize", "organization"; the knowledge
# too spells names with a z, "North Atlantic Treaty Organization"). Whole words spelt apart
# ("defense", "labor", "center") are left as they are: the knowledge writes them both ways,
# in names too ("Secretary of Defense"), and read as the British word, "when is labor day"
# met "labour" and "secretary of defense" met "self-defence".
_AMERICAN_SUFFIX = re.compile(r"(?<=[a-z]{3})([iy])z(?=(?:e|es|ed|ing|er|ers|ation|ations|ational)$)")


def british(word: str) -> str:
    """`word` (folded) with an American "-ize" or "-yze" ending spelt as the British write it."""
    return _AMERICAN_SUFFIX.sub(r"\1s", word) if "z" in word else word


def numeral_i(written: list[str], folded: list[str]) -> int:
    """How many times a text uses "I" as a Roman numeral, which gives the token "i" (the
    pronoun, a stop word, gives none): after a name written with a capital ("SALT I",
    "Alexander I"), or in a folded question after a name's stand-in ("salt+ i"); "scholars
    I", "if I" and "As I said" are the pronoun. So "SALT I" is told from "SALT II" as "ii" tells it."""
    return sum(
        1 for j in range(1, len(folded))
        if folded[j] == "i" and ((written[j] == "I" and written[j - 1][:1].isupper() and folded[j - 1] not in STOP_WORDS) or folded[j - 1].endswith(NAME_MARK))
    )


def as_given_to_stemmer(word: str) -> str:
    """A (folded) word of letters as Snowball is given it: an irregular form as its base word
    (`IRREGULAR_FORMS`), spelt the British way."""
    return british(IRREGULAR_FORMS.get(word, word))


class Stemmer:
    """Snowball English stemming (PyStemmer's C implementation) with a memo."""

    def __init__(self) -> None:
        import Stemmer as pystemmer

        stemmer = pystemmer.Stemmer("english")
        self._stem_word = stemmer.stemWord
        self._stem_words = stemmer.stemWords
        self.memo: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self.memo.get(word)
        if stem is None:
            stem = NUMBER_WORDS.get(word) or KEPT_APART.get(word) or DECADE_WORDS.get(word) or (self._plain_stem(word) if is_plain_word(word) else word)
            self.memo[word] = stem
        return stem

    def learn(self, words: set[str]) -> None:
        """Put the stems of `words` in the memo: the plain ones in one batch call."""
        plain = [word for word in words if word not in NUMBER_WORDS and word not in KEPT_APART and word not in DECADE_WORDS and is_plain_word(word)]
        self.memo.update(zip(plain, self._stem_words(list(map(as_given_to_stemmer, plain)))))
        self.memo.update((word, NUMBER_WORDS.get(word) or KEPT_APART.get(word) or DECADE_WORDS.get(word) or word) for word in words if word not in self.memo)

    def _plain_stem(self, word: str) -> str:
        """The stem of a word of letters (`as_given_to_stemmer`)."""
        return self._stem_word(as_given_to_stemmer(word))

    def stems(self, words: list[str]) -> list[str]:
        """The stem of each of `words` (folded), as calling the stemmer on each would give."""
        new = set(words).difference(self.memo)
        if new:
            self.learn(new)
        return list(map(self.memo.__getitem__, words))


class ConceptFinder(Protocol):
    """What the tokenizer needs of a glossary (`tutor.search.glossary.Glossary` is one)."""

    def concepts_in(self, written: list[str], stems: list[str], stem: Callable[[str], str]) -> list[str]: ...


class Tokenizer:
    """Turns text into BM25 tokens: stems of content words plus glossary concept tokens."""

    def __init__(self, glossary: ConceptFinder | None = None, stemmer: Stemmer | None = None) -> None:
        self.glossary = glossary
        self.stem = stemmer or Stemmer()
        self._token_of: dict[str, str | None] = {}  # folded word -> its token, None for a stop word

    def tokens(self, text: str) -> list[str]:
        return self.tokens_of_words(*word_forms(text))

    def tokens_of_words(self, written: list[str], folded: list[str]) -> list[str]:
        """The tokens of words `word_forms` gave: every word's memo entry is looked up in C
        calls, and new words are stemmed in one batch."""
        self._learn(set(folded))
        return self._known_tokens(written, folded, self.glossary is not None)

    def word_tokens(self, folded: list[str]) -> list[str | None]:
        """The token of each folded word, in order: None for a stop word (no glossary concepts)."""
        self._learn(set(folded))
        return list(map(self._token_of.__getitem__, folded))

    def tokens_of_texts(self, texts: list[str], names: bool = True) -> list[list[str]]:
        """The tokens of each of `texts`, as `tokens` gives them, with the words of all of
        them learnt at once: faster for many short texts (a chunk's sentences). Without
        `names`, the glossary's concept tokens are left out."""
        forms = [word_forms(text) for text in texts]
        self._learn(set().union(*[folded for _, folded in forms]))
        # A glossary name in one of the texts is found in all of them run together too, so
        # when the run has none (most chunks), no text needs looking at on its own.
        names = names and bool(self._concepts([w for written, _ in forms for w in written], [w for _, folded in forms for w in folded]))
        return [self._known_tokens(written, folded, names) for written, folded in forms]

    def _learn(self, words: set[str]) -> None:
        """Put the tokens of those of `words` (folded) that are new in the memo, stemmed in one batch."""
        new = words.difference(self._token_of)
        if new:
            fresh = list(new)
            stems = self.stem.stems(fresh)  # a name's stand-in keeps its mark here (the glossary's key)...
            # ... and its token is its word's ("start" for "start+").
            stems = [self.stem(word[:-1]) if word.endswith(NAME_MARK) else stem for word, stem in zip(fresh, stems)]
            self._token_of.update((word, stem if is_content_word(word) else None) for word, stem in zip(fresh, stems))

    def _known_tokens(self, written: list[str], folded: list[str], names: bool) -> list[str]:
        """The tokens of words already learnt, with their glossary concepts if `names`."""
        tokens = [token for token in map(self._token_of.__getitem__, folded) if token is not None]
        if "i" in folded:
            tokens.extend(["i"] * numeral_i(written, folded))
        if names:
            tokens.extend(self._concepts(written, folded))
        return tokens

    def _concepts(self, written: list[str], folded: list[str]) -> list[str]:
        """The glossary's concept tokens for words already learnt (none without a glossary)."""
        if self.glossary is None or not folded:
            return []
        # Every word is in the stemmer's memo now: stemming them all is one lookup each.
        return self.glossary.concepts_in(written, list(map(self.stem.memo.__getitem__, folded)), self.stem)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no nos art arts vs v jr sr prof gen col lt sgt rev hon c ca cf e.g i.e u.s u.k u.n e.u fig vol pp".split()
)


# A Roman numeral "I" after a name in capitals ("START I.", "SALT I."): no initial, so its
# full stop ends the sentence ("George H. W. Bush", "I. William Zartman" are initials).
_NUMERAL_I_END = re.compile(r"\b[A-Z]{2,} I$")


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences, not breaking after abbreviations like "U.S." or "Art."
    or after initials ("George H. W. Bush")."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].rstrip()
        last_word = candidate.rsplit(None, 1)[-1].rstrip(".").strip("(\"'").casefold() if candidate else ""
        initial = len(last_word) == 1 and last_word.isalpha() and not _NUMERAL_I_END.search(candidate.rstrip("."))
        if last_word in _ABBREVIATIONS or initial:
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]
