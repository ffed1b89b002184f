"""How a word sounds, roughly: a key that words spelt by ear share with the word meant.

Learners who spell by ear write "convenshun" for "convention", "sanshuns" for
"sanctions", "dipplomasy" for "diplomacy" and drop vowels ("signd", "whn"): two or three
edits apart, but the same consonants said the same way. The key keeps the first sound, vowel
or not, spells alike what sounds alike ("tion", "sion" and "shun" as one sound, a "c"
before "e", "i" or "y" as an "s", "ph" as "f"), then drops the other vowels and doubled
letters. It is a plain hand-written rule set, in the spirit of Soundex and Metaphone, kept
small: it only has to bring a misspelling within reach of the word the knowledge uses.
"""

from __future__ import annotations

import re

# Spellings of one sound, in the order they are replaced (longest first where they overlap):
# "X" is the "sh" sound, "K" a hard "c", "k", "q" or "ck".
_SAME_SOUND = [
    # -tion, -sion, -cian, -shun at a word's end or before an ending ("-al", "-s", "-ary")
    (re.compile(r"(?<=..)(?:ss|s|t|c|sh|x)(?:io|ia|u|o|e|a)(?=n(?:$|s$|al|ar|er|ed$|ist))"), "X"),
    (re.compile(r"(?:t|c|s)i(?=a|o|u)"), "X"),  # "negotiate", "special", "social"
    (re.compile(r"sch"), "sk"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"sh"), "X"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"wh"), "w"),
    (re.compile(r"dg(?=e|i|y)"), "j"),
    (re.compile(r"ck|q|c(?![eiy])"), "k"),
    (re.compile(r"c"), "s"),
    (re.compile(r"z"), "s"),
    (re.compile(r"x"), "ks"),
]
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")


def sound_key(word: str) -> str:
    """The word's first sound and the sounds of its consonants ("convenshun" and
    "convention" both "knvnXn"; "signd" and "signed" both "sgnd")."""
    said = word.casefold()
    for pattern, sound in _SAME_SOUND:
        said = pattern.sub(sound, said)
    return _DOUBLED.sub(r"\1", said[:1] + _VOWELS.sub("", said[1:]))
