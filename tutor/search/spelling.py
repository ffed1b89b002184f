"""Repairing typos and spelling by ear against the knowledge base's own vocabulary.

A word the knowledge base has never seen is replaced by a known word near it, nearest
first: one edit away ("diplomcy" -> "diplomacy", "wat" -> "what"; Norvig's method,
a transposition counting one), then the same sounds ("convenshun" -> "convention",
`sounds.py`), then two edits away, then sounds one edit apart ("sanshuns" -> "sanctions").
Of several at the same reach, one that makes a phrase the knowledge says with the words
beside it wins ("shttle diplomacy"), then one sharing a passage with the other words, then
one with the word's sounds ("truse" is a "truce", not a "trust"), then the typed word with
its last letters ("consulat" is a "consulate"), then the most frequent. A real English word the knowledge lacks is no typo ("screen time",
"python"): it is read as a knowledge word one edit away only when that makes such a phrase
("trick one diplomacy", "league of notions").
Nothing is built in advance, so a knowledge base of any size costs no start-up time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from tutor.search.sounds import sound_key
from tutor.search.text import QUESTION_WORDS as ALL_QUESTION_WORDS, STOP_WORDS, prepare, split_words
from tutor.tuning import ENGLISH_LIKELIER_MIN_COUNT, JOINED_PART_MIN_LENGTH, JOINED_WORD_MIN_COUNT, PHRASE_GAP, SHORT_WORD, SOUNDS_NEAR_MIN_LENGTH

# Function words are far more common than any content word, and question words more
# common still in questions: this makes "wat" -> "what" rather than "war" or "was".
FUNCTION_WORD_COUNT = 1_000_000
# Not "whom" and "whose", rare in learners' questions: counted as often as "who", they
# would compete with it for a typo one edit from both ("whoe").
QUESTION_WORDS = ALL_QUESTION_WORDS - {"whom", "whose"}
# A word for a people this long or longer may name its country ("slovaks": "slovakia");
# shorter ones are too often other words ("pan", "mean").
PEOPLE_WORD_MIN_LENGTH = 5
# A country's name is this rare or rarer in the English word list (pyspellchecker's counts:
# "kenya" 60, "georgia" 523), an everyday word far commoner ("media" 29027).
PLACE_MAX_ENGLISH_COUNT = 1000
# What follows the stem of a negative contraction ("weren't", "couldn't").
CONTRACTED_NOT = "'t"
# Words this common in everyday English are the "common words" (`is_common`): the
# index keeps them as words of their own, and the speller reads one as a knowledge word only
# where that makes a knowledge phrase ("trick one diplomacy"): "pull" must not become "full".
COMMON_WORD_MIN_COUNT = 1000
# The commonest words of three letters, whose letters swapped ("teh", "adn") are a typo of
# them rather than a name: not question words ("hwo" is "how" or "who"), nor "not" ("nto" is
# NATO's typo as often).
SWAPPED_INTO = frozenset({"the", "and", "was", "for", "are", "but", "you", "can", "its", "has", "did"})
# Texting shorthand learners type, read as the words it stands for: left to the speller,
# "govt" became "got", "tho" "who", "yrs" "yes", "wats" "was" (a yes/no question: "Yes. An
# embassy is ...") and "natl" "nato", and "yr" and "diff" ("whats the diff between ...")
# counted as rare names the knowledge base lacks. A word of the knowledge base keeps its
# own reading where it makes a phrase the knowledge says with a word beside it ("Le Duc Tho"),
# and is the shorthand elsewhere ("why did they leave tho").
SHORTHAND = {
    "yr": "year", "yrs": "years", "ppl": "people", "gov": "government", "govt": "government",
    "govts": "governments", "tho": "though", "cuz": "because", "coz": "because", "abt": "about",
    "pls": "please", "plz": "please", "thx": "thanks", "b4": "before", "intl": "international",
    "natl": "national", "ur": "your", "smth": "something", "dept": "department", "org": "organisation",
    "orgs": "organisations", "amb": "ambassador", "ambs": "ambassadors", "btw": "by the way",
    "tbh": "to be honest", "idk": "i don't know", "rn": "right now", "wrt": "with regard to",
    "diff": "difference", "diffs": "differences", "wat": "what", "wut": "what", "wats": "what is",
    "wuts": "what is", "y": "why", "bc": "because",
    "u": "you", "r": "are", "wen": "when", "hq": "headquarters",
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
    "tech": "technology", "thru": "through", "wud": "would", "shud": "should", "bcoz": "because",
    "bcos": "because", "becuz": "because", "esp": "especially", "gvt": "government", "approx": "approximately",
}
# Clipped words that start several words a learner may mean ("gen": general, generation,
# gene): read as the knowledge's word only where it makes a phrase the knowledge says with
# a word beside it ("gen assembly"), and left as typed elsewhere ("gen z" is a generation).
CLIPPED = {"gen": "general"}
# Shorthand of two words: "who was the 1st un sec gen".
SHORTHAND_PAIRS = {("sec", "gen"): "secretary general", ("sec", "general"): "secretary general"}


def is_common(word: str, count: int) -> bool:
    """Whether a word of the English list, said `count` times in it, is an everyday word."""
    return word.isalpha() and count >= COMMON_WORD_MIN_COUNT


class CommonWords:
    """The everyday English words of an English list (`is_common` of its counts),
    asked one word at a time: the list may be the sorted copy in the cache folder
    (`tutor.search.english_list`), read without parsing it whole."""

    def __init__(self, counts: Mapping[str, int]) -> None:
        self._counts = counts
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = is_common(word, self._counts.get(word, 0))
        return known


def common_english_word_counts() -> dict[str, int]:
    """The everyday English words (`is_common`) with their frequencies."""
    return {word: count for word, count in english_word_counts().items() if is_common(word, count)}


def english_word_counts() -> dict[str, int]:
    """pyspellchecker's English word-frequency list as it is (about 160,000 words, read in
    about 65 ms on a quiet machine, most of it parsing the JSON)."""
    import gzip
    import json
    from importlib import resources

    data = (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return counts


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return deletes | transposes | replaces | inserts


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, or limit + 1 when larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class Speller:
    """Corrects unknown words to known ones (the knowledge base's words and function words)."""

    def __init__(
        self,
        word_counts: dict[str, int],
        common_words: set[str] | frozenset[str] = frozenset(),
        english: Callable[[], Mapping[str, int]] = english_word_counts,
    ) -> None:
        self.common_words = common_words
        self.counts = dict(word_counts)
        # Function words are reached one edit away only ("wat" -> "what"): a longer word two
        # edits from one is another word ("monroe" is not "more"), which would vanish.
        self._function_words = set(STOP_WORDS) | set(QUESTION_WORDS)
        for word in STOP_WORDS:
            if word.isalpha() and len(word) > 1:
                self.counts[word] = FUNCTION_WORD_COUNT
        for word in QUESTION_WORDS:
            self.counts[word] = 2 * FUNCTION_WORD_COUNT
        self._by_first_letter: dict[str, list[str]] | None = None
        self._by_sound: dict[str, list[str]] | None = None
        # Every English word, however rare, read on the first word that might be repaired:
        # "python" and "offside" are words, not typos of "patton" and "office".
        self._english = english
        self._english_words: Mapping[str, int] | None = None
        # The words the tutor's question patterns read ("compare", "define"), which the
        # knowledge may lack: "cmpare salt and start" is a comparison. Set by the engine,
        # learnt at the first unknown word.
        self.asked_words: Callable[[], Iterable[str]] = tuple
        self._asked_learnt = False

    def _same_first_letter(self, letter: str) -> list[str]:
        if self._by_first_letter is None:
            groups: dict[str, list[str]] = {}
            for known in self.counts:
                if known.isalpha() and len(known) >= 3:
                    groups.setdefault(known[0], []).append(known)
            self._by_first_letter = groups
        return self._by_first_letter.get(letter, [])

    def _sounding(self, key: str) -> list[str]:
        """The known content words whose sound key is `key`."""
        if self._by_sound is None:
            groups: dict[str, list[str]] = {}
            for known in self.counts:
                if known.isalpha() and len(known) >= 3 and known not in self._function_words:
                    groups.setdefault(sound_key(known), []).append(known)
            self._by_sound = groups
        return self._by_sound.get(key, [])

    def _learn_asked_words(self) -> None:
        """Count the everyday words of the question patterns as known, once."""
        if not self._asked_learnt:
            self._asked_learnt = True
            for word in self.asked_words():
                if word in self.common_words:  # not a pattern's piece of a word ("secretar(y|ies)")
                    self.counts.setdefault(word, 1)
            self._by_first_letter = self._by_sound = None

    def read_english_from(self, cache_dir: Path | None) -> None:
        """Read the English list through its sorted copy in `cache_dir` (see english_list)."""
        from tutor.search.english_list import cached_english

        words = self._english
        self._english = lambda: cached_english(cache_dir, words)

    def _english_counts(self) -> Mapping[str, int]:
        """Every English word with its frequency, read at the first need."""
        if self._english_words is None:
            self._english_words = self._english()
        return self._english_words

    def _is_english(self, word: str) -> bool:
        """Whether the word is a real English word (the knowledge base lacks it)."""
        return word in self.common_words or self._plural_of_everyday(word) or word in self._english_counts()

    def _english_near(self, word: str) -> list[str]:
        """The English words the knowledge lacks one edit away with the word's first letter
        ("compound" of "cmpound"; not "raping" of "vaping")."""
        english = self._english_counts()
        return [other for other in edits1(word) if other[:1] == word[:1] and other in english and other not in self.counts]

    def _one_edit(self, word: str) -> list[str]:
        """Known words one edit away; a short word keeps its first letter, and a word of
        three letters is read only as a longer word it lacks a letter of ("wat" -> "what"),
        never as another of three: "gta" is a name of its own, not the "GFA". Two letters
        swapped in a word of three into one of the commonest words (SWAPPED_INTO) are the
        slip fingers make most ("teh", "hte": "the"); other words of two or three letters
        are often names and abbreviations ("hre", "ni"), left as typed."""
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} & SWAPPED_INTO if len(word) == 3 else set()
        return [
            known
            for known in edits1(word)
            if known in self.counts and (((len(word) > 3 or len(known) > 3) and (len(word) > SHORT_WORD or known[0] == word[0])) or known in swapped)
        ]

    def _reaches(self, word: str) -> Iterator[list[str]]:
        """The known words near an unknown `word`, nearest first: one edit away, the same
        sounds, two edits away (a longer word, with its first letter, and no function word:
        "monroe" is not "more"), then sounds one edit apart (a long word)."""
        yield self._one_edit(word)
        if len(word) < 5:
            return
        key = sound_key(word)
        yield self._alike(word, self._sounding(key), len(word) // 2) if len(key) >= 3 else []
        if len(word) > 5:
            yield self._alike(word, self._same_first_letter(word[0]), 2)
        if len(word) >= SOUNDS_NEAR_MIN_LENGTH and len(key) >= 5:
            yield self._alike(word, [known for other in edits1(key) if other[:1] == key[:1] for known in self._sounding(other)], len(word) // 2)

    def _alike(self, word: str, known_words: list[str], edits: int) -> list[str]:
        """The content words of about the word's length (two letters more or fewer) at most
        `edits` edits away: beyond one edit, a word much shorter or longer is another word
        ("insta" is no "institute"), and sounds alike are at most half the word's letters
        apart ("sanshuns" is "sanctions", "wakanda" no "weakened")."""
        return [
            known
            for known in known_words
            if known not in self._function_words and abs(len(known) - len(word)) <= 2 and edit_distance(word, known, edits) <= edits
        ]

    def correct(self, word: str, fits: Callable[[str], bool] | None = None, shared: Callable[[str], int] | None = None) -> str | None:
        """The known word meant by an unknown `word` (the words, for texting shorthand, which
        a known word is too unless it `fits` the words around it), or None if there is no
        clear one. Of several known words at the same reach, those that `fits` come first:
        "spcial envoy" is a "special envoy", though the knowledge says "social" more often.
        A word of two letters is read only as the one question word it is an edit away
        from ("hw many members" -> "how"): most such words are names and abbreviations. A
        real English word is read as a known word one edit away only when it `fits`; and
        beyond one edit, a word one edit from English words the knowledge lacks is the most
        common of them ("cmpound" is "compound", not the knowledge's "combined"), unless a
        known word `fits`."""
        self._learn_asked_words()
        if word in SHORTHAND and not (word in self.counts and (fits is None or fits(word))):
            return SHORTHAND[word]
        if word in CLIPPED:
            return CLIPPED[word] if fits is not None and fits(CLIPPED[word]) else None
        if word in self.counts or len(word) < 2 or not word.isalpha():
            return None
        if len(word) == 2:
            asked = [question for question in QUESTION_WORDS if question in edits1(word)]
            return asked[0] if len(asked) == 1 else None
        place = self._place_of(word)
        if place is not None:
            return place
        for reach, near in enumerate(self._reaches(word)):
            if not near:
                continue
            # Whether the word is English is asked only now, with a repair in reach: the
            # full list is read at the first such word.
            if self._is_english(word):
                if reach > 0 or fits is None or len(word) < SHORT_WORD:
                    return None
                return self._likeliest([known for known in near if known not in self._function_words and fits(known)])
            fitting = [known for known in near if fits(known)] if fits is not None and (len(near) > 1 or reach > 0) else []
            everyday = self._likelier_english(word, near) if reach > 0 and not fitting else []
            if everyday:
                # Beyond one edit, an English word one edit away is likelier ("cmpound" is
                # "compound", not the knowledge's "combined"), unless the knowledge's word
                # makes one of its phrases ("cuban massle crisis" is the "cuban missile crisis").
                return max(everyday, key=lambda other: (self._english_counts()[other], other))
            return self._likeliest(fitting or near, shared, word)
        return None

    def _place_of(self, word: str) -> str | None:
        """The known place an unknown word for its people names ("czechoslovaks":
        "czechoslovakia", "kenyan": "kenya", "argentinians": "argentina"), or None: the
        knowledge speaks of the country, the learner of its people."""
        people = word[:-1] if word.endswith("s") else word
        if len(people) < PEOPLE_WORD_MIN_LENGTH or people in self.counts:
            return None  # "koreans", "romans": the knowledge has the word itself
        forms = [people + "ia", people + "a"]
        if people.endswith("ian"):
            forms.append(people[:-3] + "a")
        if people.endswith("n"):
            forms.append(people[:-1])
        # A place's name is rare in everyday English ("media" of "median" is no place).
        return next((form for form in forms if form.endswith("a") and form in self.counts and self._english_counts().get(form, 0) < PLACE_MAX_ENGLISH_COUNT), None)

    def _likelier_english(self, word: str, near: list[str]) -> list[str]:
        """The English words the knowledge lacks one edit from `word` that are likelier readings
        than the knowledge's `near` words: common enough ("compound" of "cmpound"), or with
        the word's sounds where no knowledge word has them. "sanctuns" is the knowledge's
        "sanctions", which sounds as it, not the rare "sanctus" one edit away."""
        key = sound_key(word)
        by_ear = any(sound_key(known) == key for known in near)
        english = self._english_counts()
        return [
            other
            for other in self._english_near(word)
            if english[other] >= ENGLISH_LIKELIER_MIN_COUNT or sound_key(other) == key or not by_ear
        ]

    def _likeliest(self, words: list[str], shared: Callable[[str], int] | None = None, typed: str = "") -> str | None:
        """The word the knowledge uses most (the first in the alphabet of equals); of content
        words, first the one a passage `shared` most of the question's other words with
        ("indea ... non proliferation treaty" is "india", though the knowledge says "idea" more),
        then one with the `typed` word's sounds ("truse" is "truce", though the knowledge says
        "trust" more), then one the typed word is the start of ("consulat" is "consulate", not
        the "consular" the knowledge says more)."""
        if self._function_words.intersection(words):  # far likelier: "theres" is "there's", not "theresa"
            return min(words, key=lambda known: (-self.counts[known], known))
        key = sound_key(typed)
        by_passage = shared if shared is not None and len(words) > 1 else lambda known: 0
        return min(words, key=lambda known: (-by_passage(known), sound_key(known) != key, not known.startswith(typed), -self.counts[known], known)) if words else None

    def _plural_of_everyday(self, word: str) -> bool:
        """Whether the word is the plural of an everyday English word the list has only in
        the singular ("referees", "landlords"): an everyday word too, and no typo. Repaired,
        "referees" became "refugees", and a question about football met the knowledge."""
        if not word.endswith("s") or len(word) < 5:
            return False
        singulars = [word[:-1]] + ([word[:-2]] if word.endswith("es") else []) + ([word[:-3] + "y"] if word.endswith("ies") else [])
        # Not a function word's: "theres" is "there's" typed without its apostrophe.
        return any(singular in self.common_words and singular not in self._function_words for singular in singulars)

    def _one_word(self, first: str, second: str, says: Callable[[str], bool]) -> bool:
        """Whether two words typed apart are one word of the knowledge ("cease fire",
        "hot line", "peace-keeping"): it uses the word written together at least twice and
        never says the two apart ("hand over" stays), and neither is a letter or two ("r un")."""
        joined = first + second
        return (
            joined.isalpha()
            and min(len(first), len(second)) >= JOINED_PART_MIN_LENGTH
            and first not in self._function_words
            and second not in self._function_words
            and joined not in self._function_words
            and self.counts.get(joined, 0) >= JOINED_WORD_MIN_COUNT
            and not says(f"{first} {second}")
        )

    @staticmethod
    def _fits_between(words: list[str], at: int, says: Callable[[str], bool]) -> Callable[[str], bool]:
        """Whether a word put in place of the `at`-th makes a phrase the knowledge `says` with
        the nearest content word before or after it and the function words between
        ("league of nations"), at most `PHRASE_GAP` of them."""
        reach = range(1, PHRASE_GAP + 2)
        before = next((at - step for step in reach if at - step >= 0 and words[at - step] not in STOP_WORDS), None)
        after = next((at + step for step in reach if at + step < len(words) and words[at + step] not in STOP_WORDS), None)
        lead = None if before is None else " ".join(words[before:at])
        tail = None if after is None else " ".join(words[at + 1 : after + 1])
        return lambda known: (lead is not None and says(f"{lead} {known}")) or (tail is not None and says(f"{known} {tail}"))

    def repair(
        self,
        text: str,
        says: Callable[[str], bool] | None = None,
        shares: Callable[[str, list[str]], int] | None = None,
        keep_case: bool = False,
        kept: Callable[[str, str], bool] | None = None,
    ) -> tuple[str, list[tuple[str, str]]]:
        """`text` folded (unless `keep_case`), with unknown words replaced; also the (typo, fix) pairs made.
        `says` tells whether the knowledge says a phrase: a fix that makes a phrase of it
        with the words before or after is preferred (`correct`), the neighbours read as
        repaired ("shttle diplomayc" is "shuttle diplomacy", once "diplomayc" is read).
        `shares` tells how many of the other words a passage holds with a word. `kept`
        tells whether a folded word stays as the learner wrote it rather than become a fix."""
        prepared = prepare(text)
        words = split_words(text)
        folded = [word.folded for word in words]
        pairs = {at: SHORTHAND_PAIRS[(folded[at], folded[at + 1])] for at in range(len(words) - 1) if (folded[at], folded[at + 1]) in SHORTHAND_PAIRS}
        if says is not None:
            for at in range(len(words) - 1):
                if at not in pairs and at - 1 not in pairs and prepared[words[at].end : words[at + 1].start] in (" ", "-") and self._one_word(folded[at], folded[at + 1], says):
                    pairs[at] = folded[at] + folded[at + 1]
        # The stem of a contraction ("weren" of "weren't") is no typo: repaired, "weren't"
        # became "were't" and lost its "not".
        # Nor is the second part of a hyphenated English word ("emptive" of "pre-emptive",
        # which became "pre-emotive").
        hyphenated = {
            at for at in range(1, len(words))
            if prepared[words[at - 1].end : words[at].start] == "-" and self._is_english(folded[at - 1] + folded[at])
        }
        open_words = [
            at for at, word in enumerate(words)
            if at not in pairs and at - 1 not in pairs and at not in hyphenated and not prepared.startswith(CONTRACTED_NOT, word.end)
        ]
        fixes = self._fixes(folded, open_words, folded, says, shares)
        if says is not None and fixes:
            fixes = self._fixes(folded, open_words, [fixes.get(at, word) for at, word in enumerate(folded)], says, shares)
        if kept is not None:
            fixes = {at: fix for at, fix in fixes.items() if not kept(folded[at], fix)}
        spans = sorted([(at, at, fix) for at, fix in fixes.items()] + [(at, at + 1, fix) for at, fix in pairs.items()])
        pieces: list[str] = []
        last = 0
        between = str if keep_case else str.casefold
        for first, final, fix in spans:
            pieces.append(between(prepared[last : words[first].start]))
            pieces.append(fix)
            last = words[final].end
        pieces.append(between(prepared[last:]))
        made = [(" ".join(folded[first : final + 1]), fix) for first, final, fix in spans]
        return "".join(pieces), made

    def _fixes(
        self,
        folded: list[str],
        open_words: list[int],
        context: list[str],
        says: Callable[[str], bool] | None,
        shares: Callable[[str, list[str]], int] | None,
    ) -> dict[int, str]:
        """The repairs of the `open_words` (by position), each read between the `context` words."""
        fixes = {}
        for at in open_words:
            others = [word for near, word in enumerate(context) if near != at and word not in STOP_WORDS]
            shared = None if shares is None else (lambda known, others=others: shares(known, others))
            fix = self.correct(folded[at], None if says is None else self._fits_between(context, at, says), shared)
            if fix is not None:
                fixes[at] = fix
        return fixes
