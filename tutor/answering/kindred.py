"""Whether the words of a sentence say the terms of a claim, counting two stems as one
when they differ only in their ending: the reading every part of a yes/no verdict shares.
"""

from __future__ import annotations

import os

from tutor.tuning import KINDRED_STEM


def kindred(terms: set[str], words: list[str]) -> set[str]:
    """The terms that the words contain, counting two stems as one when they differ only
    in their last letter or ending ("diplomat" of "diplomatic", "diplomaci" of "diplomacy")."""
    return {t for t in terms if any(w == t or _kin(w, t) for w in words)}


def _kin(a: str, b: str) -> bool:
    """Whether two stems of KINDRED_STEM letters or more differ only in their last letter."""
    shorter = min(len(a), len(b))
    common = len(os.path.commonprefix([a, b]))
    return shorter >= KINDRED_STEM and common >= shorter - 1
