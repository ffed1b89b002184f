"""Repairing obvious typos against the knowledge base's own vocabulary.

A word the knowledge base has never seen is replaced by the most frequent known word
within a small edit distance ("diplomcy" -> "diplomacy", "wat" -> "what"). Candidates one
edit away are generated from the typo itself (Norvig's method); for longer words, known
words with the same first letter and a similar length are checked for a distance of two.
Nothing is built in advance, so a knowledge base of any size costs no start-up time.
"""

from __future__ import annotations

from collections.abc import Callable

from tutor.search.text import STOP_WORDS, Word, prepare, split_words

# Function words are far more common than any content word, and question words more
# common still in questions: this makes "wat" -> "what" rather than "war" or "was".
FUNCTION_WORD_COUNT = 1_000_000
QUESTION_WORDS = ("what", "who", "when", "where", "why", "how", "which")
# What follows the stem of a negative contraction ("weren't", "couldn't").
CONTRACTED_NOT = "'t"
# Words this common in everyday English are never "repaired", even when the knowledge
# base lacks them: "pull" must not become "full", nor "bread" become "break".
COMMON_WORD_MIN_COUNT = 1000
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
}


def common_english_words() -> set[str]:
    """Everyday English words, from pyspellchecker's word-frequency list.

    pyspellchecker is used only for this list, and only when an index is built: the
    result is stored in the index cache.
    """
    return set(common_english_word_counts())


def common_english_word_counts() -> dict[str, int]:
    """The everyday English words (see `common_english_words`) with their frequencies."""
    import gzip
    import json
    from importlib import resources

    data = (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    counts = json.loads(gzip.decompress(data))
    return {word: count for word, count in counts.items() if count >= COMMON_WORD_MIN_COUNT and word.isalpha()}


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

    def __init__(self, word_counts: dict[str, int], common_words: set[str] | frozenset[str] = frozenset()) -> None:
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

    def _same_first_letter(self, letter: str) -> list[str]:
        if self._by_first_letter is None:
            groups: dict[str, list[str]] = {}
            for known in self.counts:
                if known.isalpha() and len(known) >= 3:
                    groups.setdefault(known[0], []).append(known)
            self._by_first_letter = groups
        return self._by_first_letter.get(letter, [])

    def correct(self, word: str, fits: Callable[[str], bool] | None = None) -> str | None:
        """The known word meant by an unknown `word` (the words, for texting shorthand, which
        a known word is too unless it `fits` the words around it), or None if there is no
        clear one. Of several known words one edit away, those that `fits` come first:
        "spcial envoy" is a "special envoy", though the knowledge says "social" more often.
        A word of two letters is read only as the one question word it is an edit away
        from ("hw many members" -> "how"): most such words are names and abbreviations. A
        word of three letters is read only as a longer word it lacks a letter of ("wat" ->
        "what"), never as another of three: "gta" is a name of its own, not the "GFA"."""
        if word in SHORTHAND and not (word in self.counts and (fits is None or fits(word))):
            return SHORTHAND[word]
        if word in self.counts:
            return None
        if len(word) < 2 or not word.isalpha() or word in self.common_words or self._plural_of_everyday(word):
            return None
        if len(word) == 2:
            asked = [question for question in QUESTION_WORDS if question in edits1(word)]
            return asked[0] if len(asked) == 1 else None
        near = [known for known in edits1(word) if known in self.counts and (len(word) > 3 or len(known) > 3)]
        if len(near) > 1 and fits is not None:
            near = [known for known in near if fits(known)] or near
        if near:
            return min(near, key=lambda known: (-self.counts[known], known))
        if len(word) <= 5:
            return None
        candidates = [
            (distance, -self.counts[known], known)
            for known in self._same_first_letter(word[0])
            if known not in self._function_words and abs(len(known) - len(word)) <= 2 and (distance := edit_distance(word, known, 2)) <= 2
        ]
        return min(candidates)[2] if candidates else None

    def _plural_of_everyday(self, word: str) -> bool:
        """Whether the word is the plural of an everyday English word the list has only in
        the singular ("referees", "landlords"): an everyday word too, and no typo. Repaired,
        "referees" became "refugees", and a question about football met the knowledge."""
        if not word.endswith("s") or len(word) < 5:
            return False
        singulars = [word[:-1]] + ([word[:-2]] if word.endswith("es") else []) + ([word[:-3] + "y"] if word.endswith("ies") else [])
        # Not a function word's: "theres" is "there's" typed without its apostrophe.
        return any(singular in self.common_words and singular not in self._function_words for singular in singulars)

    @staticmethod
    def _fits_between(words: list[Word], at: int, says: Callable[[str], bool]) -> Callable[[str], bool]:
        """Whether a word put in place of the `at`-th makes a phrase the knowledge `says` with
        the content word just before or just after it."""
        before = words[at - 1].folded if at > 0 and words[at - 1].folded not in STOP_WORDS else None
        after = words[at + 1].folded if at + 1 < len(words) and words[at + 1].folded not in STOP_WORDS else None
        return lambda known: (before is not None and says(f"{before} {known}")) or (after is not None and says(f"{known} {after}"))

    def repair(self, text: str, says: Callable[[str], bool] | None = None) -> tuple[str, list[tuple[str, str]]]:
        """`text` folded, with unknown words replaced; also the (typo, fix) pairs made.
        `says` tells whether the knowledge says a phrase: a fix that makes a phrase of it
        with the word before or after is preferred (`correct`)."""
        prepared = prepare(text)
        fixes: list[tuple[str, str]] = []
        pieces: list[str] = []
        last = 0
        words = split_words(text)
        for at, word in enumerate(words):
            # The stem of a contraction ("weren" of "weren't") is no typo: repaired, "weren't"
            # became "were't" and lost its "not".
            if prepared.startswith(CONTRACTED_NOT, word.end):
                continue
            fix = self.correct(word.folded, None if says is None else self._fits_between(words, at, says))
            if fix is not None:
                pieces.append(prepared[last : word.start].casefold())
                pieces.append(fix)
                last = word.end
                fixes.append((word.folded, fix))
        pieces.append(prepared[last:].casefold())
        return "".join(pieces), fixes
