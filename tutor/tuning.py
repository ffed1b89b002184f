"""Every tuned number of the tutor in one place, with where it came from.

"Tuned on tests/eval" means: chosen by hand while watching `tutor eval` (Recall@1/@3, MRR,
answer accuracy, abstention), with `tests/eval/heldout` kept out of the tuning to show the
figures are not overfitted. Change a value only with `tutor eval` before and after; the
commit that introduced each value is named so its reasoning can be read with `git show`.

A leaf module: it imports nothing, and every package may read it.
"""

from __future__ import annotations

# -- search: BM25 (tutor.search.bm25) ------------------------------------------------------
# rank-bm25's BM25Okapi defaults, kept so scores equal rank-bm25's (commit 0e4769a).
K1 = 1.5
B = 0.75
EPSILON = 0.25  # idf floor for terms in more than half the chunks: EPSILON * mean idf

# -- search: retrieval (tutor.search.retrieval) --------------------------------------------
# How many times a chunk's document title and heading count in its tokens, so that a
# question naming a subject finds that subject's sections (0e4769a; tuned on tests/eval).
TITLE_WEIGHT = 2
HEADING_WEIGHT = 2
# The out-of-scope decision: the best passage must cover this share of the question's idf
# weight and score at least this much. From `tutor eval --tune` on tests/eval (b17f1d5):
# a point well inside the region that declines every out-of-scope question.
MIN_COVERAGE = 0.58
MIN_SCORE = 3.0

# -- answering: resolution (tutor.answering.resolution) ------------------------------------
# How many more sections of the answering document may lend a sentence (02114dc).
OTHER_PASSAGES = 3
# A document the question names by title wins if its best passage scores this close to the
# best (74cbb22; tuned on tests/eval).
NAMED_DOCUMENT_SCORE = 0.8
# Weighing a sentence as the answer; its share of the question's focus counts 1 (c50a10c,
# tuned on tests/eval):
SENTENCE_CUE_WEIGHT = 0.3  # it has what the kind of question asks for (a date, a name)
SECTION_SCORE_WEIGHT = 0.6  # its section's BM25 score, relative to the best section's
HEADING_MATCH_WEIGHT = 0.4  # its section's heading names a term of the focus
HEADING_CUE_WEIGHT = 0.3  # its section's heading suits the kind of question ("Who took part")
# A question with at most this many content words may be a follow-up without a pronoun (74cbb22).
SHORT_FOLLOWUP_TOKENS = 3
# A short question, or one starting with "and", "so"..., stays with the subject when the
# subject's document covers this share of it; others only when it covers all of it (fc61599).
STAY_COVERAGE_AFTER_AND = 0.5

# -- answering: composition (tutor.answering.composition) ----------------------------------
# Answers stay short: at most this many words and sentences; the first sentence always fits
# (74cbb22: a tutor's answer reads in a few seconds).
SENTENCE_WORD_BUDGET = {"definition": 90, "more": 130, "list": 150}
DEFAULT_WORD_BUDGET = 110
MAX_SENTENCES = {"definition": 4, "more": 6, "list": 8}
DEFAULT_MAX_SENTENCES = 5
# Sentence scoring, in units of the largest idf among the question's focus terms (74cbb22,
# fc61599; tuned on tests/eval):
CUE_WEIGHT = 1.0  # the sentence has what this kind of question asks for (a date, a name)
POSITION_PENALTY = 0.05  # per sentence into the passage, so ties go to the start
EXTRA_SENTENCE_SCORE = 1.0  # a sentence from another section must score at least this
EXTRA_SENTENCE_SLACK = 15  # words an added sentence may run over the budget

# -- lessons: grading (tutor.lessons.check) ------------------------------------------------
# A one-word phrasing is "generic" when its word is in more than this share of the knowledge
# documents: "official" (69%), "states" (97%), "security" (63%) are; "embassies" (29%) is not.
# Measured over the shipped knowledge base for issue #11; `tutor lesson --check` warns.
GENERIC_WORD_SHARE = 0.6
