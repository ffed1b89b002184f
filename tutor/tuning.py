"""Every tuned number of the tutor in one place, with where it came from.

"Tuned on tests/eval/dev" means: chosen by hand while watching `tutor eval` (Recall@1/@3, MRR,
answer accuracy, abstention) on the development set; in the first round the "held-out"
part of it (`tests/eval/dev/*_heldout`) was meant to stay out of tuning, but it was not
independent. The frozen, blind test set (`tests/eval/test`) is never tuned on. Change a
value only with `tutor eval` before and after; the commit that introduced each value is
named so its reasoning can be read with `git show`.

A leaf module: it imports nothing, and every package may read it.
"""

from __future__ import annotations

# -- search: BM25 (tutor.search.bm25) ------------------------------------------------------
# rank-bm25's BM25Okapi defaults, kept so scores equal rank-bm25's (commit 0e4769a).
K1 = 1.5
B = 0.75
EPSILON = 0.25  # idf floor for terms in more than half the chunks: EPSILON * mean idf
# A query term in at least 1 / DENSE_SHARE of the chunks is added to the scores as one
# array over every chunk rather than through its postings: at 100,000 chunks adding a whole
# array took 19 us, adding through postings about 3.7 ns a posting, so whole arrays win from
# about 5,000 postings, a twentieth (speed4, /tmp micro-benchmark on the endtoend.py KB).
DENSE_SHARE = 16
# A cached knowledge base of at most this many chunks is searched in plain Python
# (tutor/search/small_index.py) rather than with NumPy, whose import (about 70 ms of CPU on
# the 2-core VM) is most of a cached `tutor ask` on the shipped knowledge base (465 chunks).
# Plain Python scores a posting more slowly: `benchmarks/endtoend.py` (startup5, busy
# machine, load 2-2.5) at about 2,000 chunks gave a cached ask of 0.21 s against 0.31 s
# with NumPy and 1.1-1.5 ms per question against 0.9-1.3 ms; at about 5,000 chunks 0.28
# against 0.49 s, but 2.2 against 1.8 ms per question, near issue 15's 3 ms.
SMALL_INDEX_CHUNKS = 2_000
# The k best of such whole-array scores are looked for among the chunks scoring at least
# the k-th best of every n-th chunk, n chosen so that about this many are sampled: a lower
# bound of the k-th best score, found in a few microseconds (speed4).
TOP_K_SAMPLE = 4096

# -- search: building the index (tutor.search.indexing) ------------------------------------
# Knowledge files larger than this in all are parsed and tokenised in worker processes, as
# many as there are idle cores; smaller ones in the tutor's own process, where starting
# workers (about half a second) would cost more than they save: 4 MB is about 10,000
# sections, which one process indexes in about 1.5 s (benchmarks/endtoend.py, issue 15).
PARALLEL_PARSE_BYTES = 4_000_000
# A core counts as idle when the load average leaves at least 1 - IDLE_CORE_SLACK of it
# free (the tutor's own process is part of the load). Measured for issue 15 on the 2-core
# VM with other work running (load average 2-3): two workers took 15-17 s at 100,000
# sections, one process 12-14 s, so busy cores must not count.
IDLE_CORE_SLACK = 0.5

# A build reports its progress (a bar on stderr in a terminal) once it has taken this long,
# redrawn at most this often: "a build that takes more than a second or two" (issue 15).
PROGRESS_DELAY_SECONDS = 1.0
PROGRESS_REDRAW_SECONDS = 0.1

# -- search: typo repair (tutor.search.spelling) ------------------------------------------
# Chosen on perturb.py's typo line (seed 17 studied, 18 and 19 checked) and the dev failures
# whose question holds a misspelling, with out-of-scope declines watched (branch spell17).
# A word this short is read only as a word with its first letter: "ctbt" is a name of its
# own, not the "LTBT" one letter away, nor "gen" the "rgen" of a folded "Jørgen"; and a real
# English word this short or longer may be read as a knowledge phrase's word ("tack two").
SHORT_WORD = 4
# Sounds one edit apart bring a misspelling only this long within reach ("sanshuns" ->
# "sanctions"): shorter, too many words sound nearly alike.
SOUNDS_NEAR_MIN_LENGTH = 7
# Beyond one edit, an English word the knowledge lacks one edit from a misspelling is read
# rather than a knowledge word only when the English word is at least this frequent in
# pyspellchecker's list, or sounds as the misspelling where the knowledge word does not:
# "cmpound" is "compound" (9834), "sanctuns" the knowledge's "sanctions", not "sanctus" (50).
# On the development questions the English words in such reach were rare (50 to 279:
# "algernon", "rebate", "vamping") or common ("meters" 16843, "realized" 82575), so any cut
# between gives the same answers; 1000 is the everyday-word cut (COMMON_WORD_MIN_COUNT).
ENGLISH_LIKELIER_MIN_COUNT = 1000
# The function words a phrase may have between a repair and the content word beside it:
# "league of notions" is the "league of nations" the knowledge says.
PHRASE_GAP = 2
# How often the knowledge must write a word for two words typed apart to be read as it
# ("cease fire" as "ceasefire"), and how long each of the two must be ("r un", texting for
# "are UN", is no "run"). Set by hand in the twenty-fifth round: on tests/eval/dev no answer
# changes with either; the blind definitions list gains two ("cease fire", "hot line") and a
# unit test caught "r un" with a part of one letter.
JOINED_WORD_MIN_COUNT = 2
JOINED_PART_MIN_LENGTH = 3

# -- search: retrieval (tutor.search.retrieval) --------------------------------------------
# How many times a chunk's document title and heading count in its tokens, so that a
# question naming a subject finds that subject's sections (0e4769a; tuned on tests/eval/dev).
TITLE_WEIGHT = 2
HEADING_WEIGHT = 2
# How many times the questions a section answers (front matter `questions`) count in its
# tokens. On tests/eval/dev (first 204 questions) 0/1/2/3 gave Recall@1 0.938/0.947/0.969/
# 0.974 and accuracy 0.907/0.907/0.921/0.921: 2, the smaller of the best two.
QUESTION_WEIGHT = 2
# The out-of-scope decision (tutor.search.retrieval.Retriever.in_scope): the knowledge base
# must know MIN_KNOWN of the question's weight and the best passage hold MIN_COVERAGE of
# what it knows; a question naming a document may instead have that document's best
# passage hold MIN_REST_COVERAGE of it. Fitted by `tutor eval --tune` on tests/eval/dev
# (515 standalone questions, 108 out of scope), an answered out-of-scope question costing
# as much as 10 refused ones (the goal is to decline every one). First fit: 5-fold
# cross-validated decision error 0.066; fit 0.45, known 0.75, rest 0.35. Refitted after
# documents are named by glossary names of their titles and negotiation theory was added
# (branch answer): error 0.049; fit 0.55, known 0.75, rest 0.30, one out-of-scope answered.
# The tuner now reads each question as the session does (without filler or "is it true
# that", and its last sentence when a scene is set first; branch rank4): on tests/eval/dev
# (641 single, 188 out of scope) the cross-validated error is 0.045 (0.057 before, measured
# on text the session never searches). Fitted on all dev it moves known to 0.90 (a region of
# one grid point: 4 out of scope answered, 31 in scope refused) against 0.75 in use (8, 21);
# known 0.80/0.85/0.90 took dev single accuracy 0.860 -> 0.850/0.847/0.846. Kept at 0.75:
# a one-point region is no evidence, and refusing answerable questions is what issue 10 is about.
# With questions asking which is good or best declined whatever their shares (branch scope5,
# `Retriever.asks_judgement`): cross-validated error 0.036 -> 0.033, the same thresholds fitted.
# With 'how long' checked, unknown years declined and the wider judgement words (branch
# yesno8), on tests/eval/dev (829 standalone): cross-validated error 0.014; fitted on all,
# known 0.70 (a one-point region) answers 2 more in-scope questions, neither of them right,
# and declines "what's the best budget laptop for gaming" as a judgement rather than as
# unknown: kept 0.75.
# An everyday English word or a number the knowledge base lacks ("rid", "90s") weighs
# this share of a typical idf, a rare word (a name) the highest idf: 1.0, 0.5 and 0.25
# gave cross-validated errors 0.066, 0.068 and 0.066, and 1.0 refused the fewest.
# Remeasured on tests/eval/dev (931 standalone, branch scope10): 1.0/0.75/0.5/0.35/0.25 gave
# cross-validated errors 0.027/0.028/0.029/0.029/0.033, near misses declined 104/103/100/
# 96/93 of 106 at the thresholds in use, refused 13/12/11/10/10: 1.0 kept. So "is diplomatic
# immunity absolute?" stays declined ("absolute" weighs 5.2 beside "immunity" 3.3): only
# 0.25 would answer it, for 11 more near misses answered.
EVERYDAY_WORD_WEIGHT = 1.0
# A word the knowledge says only inside a fixed phrase ("Good Friday", "qualified majority"):
# of its BOUND_MIN_USES or more uses, BOUND_SHARE beside one same word, on the same side;
# looked for only among words in at most BOUND_MAX_CHUNKS passages (`tutor.search.bound_words`).
# A question saying it beside none of its knowledge neighbours uses another sense: it counts
# as a word the knowledge lacks. On the knowledge at 0b8391f, 3 and 0.9 find "friday" (20 uses,
# all after "good"), "qualified" (3, before "majority"), "prime" (60, before "minister"),
# "cold" (64 of 66 before "war"), "camp" (before "david"), "soft" (before "power"), and names
# ("hong", "nikita"); 0.8 adds words said freely ("peaceful", "coexistence"). Every dev
# answer was read for 3 and 0.9, see the oos24 branch.
# After an answer, a line whose pronoun stands for something the line names itself is
# declined as a line asked alone when its best passage holds under this share of what the
# knowledge knows of it (or no term of the trade of it): `Resolver._declined_as_on_its_own`.
# On tests/eval/dev every answer is the same from 0.0 to 0.50 (the dev follow-up "what about
# consulates, is there a separate treaty for them?" fits 0.52 alone and must stay answered);
# the oos24 check set's "how do americans pay their federal taxes" fits 0.39: midway, 0.45.
OWN_SUBJECT_FIT = 0.45
# A follow-up pointing back ("can he raise the rent in the middle of it?") is declined after
# an answer, when declined asked alone, if it says at least this many words of its own and
# the subject's document has none of them (`Resolver._foreign_to`): one such word may be a
# paraphrase of the subject's ("is it still valid?"). Chosen on tests/eval/dev in the
# twenty-seventh round (631 follow-ups, 953 out of scope asked after an answer): 1 declines three
# more after an answer and loses three follow-ups ("is it still valid today?" after New START);
# 2 declines three, loses none; 3 declines two.
FOREIGN_WORDS = 2
BOUND_MIN_USES = 3
BOUND_SHARE = 0.9
BOUND_MAX_CHUNKS = 80
# A phrase a question quotes that at most this many passages say word for word is the
# knowledge's own ("peace for our time": one passage), found as written and taken as evidence
# the question is one it answers; a phrase many passages say ("peace treaty": 23 documents) is
# common wording, and the near miss quoting it ("the 'peace treaty' between the premier league
# clubs and uefa") is decided as any question is. Chosen on tests/eval/dev (round 17): 1 to 5
# change the same one answer (gained) and no other.
QUOTE_MAX_PASSAGES = 3
# A number the knowledge base lacks ("in 78", "the 90s": the knowledge says 1978, 1990s)
# weighs this share of a typical idf (before: as an everyday word). On tests/eval/dev,
# 1.0/0.5/0.25/0.1 gave cross-validated decision errors 0.050/0.049/0.043/0.043 with the
# same fitted thresholds and none more out-of-scope answered; 0.25, the larger of the best.
# Branch scope13: in the scope decision a number it has, other than a year, weighs at most
# as much ("what does an embassy do in Civilization 5?" met the "5" of a passage on public
# diplomacy). On tests/eval/dev every decision and answer stayed the same (cross-validated
# error 0.024 before and after, at 0.25 and at 0.1); of scope13's near-miss probes
# (tests/test_scope_shares.py) one more declined.
NUMBER_WEIGHT = 0.25
# Kinds of question answered only when a sentence of the best passage holding at least
# KIND_SENTENCE_SHARE of what the sentence holding most of the question's matched terms
# holds (by idf) has what the kind asks for (its sentence cue: a number for "how high",
# "how much"): tutor.answering.resolution.standalone (_holds_kind; branch scope5). On
# tests/eval/dev, checking none: 183 of 188 out of scope declined, refused 16, single 0.872;
# quantity, share 0.25/0.5/0.75: 185 (near misses 84 -> 85 of 87), refused 16, single
# 0.872; share 1.0: 185, refused 17 ("how many members in the osce": 57 is in the sentence
# naming the OSCE, "members" in another); quantity and duration, share 0.5: 186, refused
# 18, single 0.871. Quantity, 0.5 (the middle of the best region); duration would refuse
# two of its eight in-scope questions for one near miss. Those two name their document by
# title ("how long did the League of Nations exist?", "how long was the INF Treaty in
# force?"): its subject is known, and the span may be in another of its sections. With a
# question naming a document no longer checked (branch yesno8): quantity and duration,
# share 0.5, on tests/eval/dev: 186 of 188 declined (near misses 86 of 87), refused 12,
# single 0.878, every in-scope answer unchanged.
SCOPE_CHECKED_KINDS = frozenset({"quantity", "duration"})
KIND_SENTENCE_SHARE = 0.5
# With the learner's attitude words counted neither for nor against a question ("bother",
# "angry", "pointless", "absolute": `attitude_words` in dialogues/intents.yaml) and the best
# passage required to hold a term of the trade (TERM_OF_TRADE_KEYNESS), branch scope11, on
# tests/eval/dev (931 standalone): cross-validated error 0.025 (0.027 before); fitted on all,
# the best region is fit 0.55-0.65, known 0.75, rest 0.30-0.40, every value of it answering
# 2 out-of-scope and refusing 11 in-scope questions. MIN_REST_COVERAGE 0.30 -> 0.35, the
# middle of its span (every dev answer the same at 0.30, 0.35 and 0.40): "what sanctions can
# my school impose for cheating" names the Sanctions document, whose best passage covers
# 0.33 of it (school, cheating: words of another subject). With questions about a time the
# knowledge cannot describe declined too (`unknown_times`, branch scope11): cross-validated
# error 0.015; fitted on all, known 0.70 (a one-point region again) refuses 10 in-scope
# against 11, answering the same one out-of-scope ("what is an attaché case made of"), and
# none of the 42 odd-wording and 62 near-miss probes of tests/test_scope_probes.py changes
# but one refused probe: kept 0.75, as before. After merging main (a11b544: 1065 standalone,
# with its seventh blind part), with or without this branch's scope work: cross-validated
# error 0.019, best region fit 0.55, rest 0.30-0.35 (known 0.75, and 0.70 with this branch);
# this branch answers 1 out-of-scope question against 3 ("how to tie a tie", "next year's
# summit") and refuses the same 17.
# Branch scope13 (names the best passage lacks, everyday senses, asides in brackets, numbers
# weighed down, indefinite pronouns as stop words; tests/eval/dev with its eighth blind part,
# 1132 standalone): cross-validated error 0.024 -> 0.016; fitted on all, fit 0.55, known 0.80
# (a one-point region again: 2 out of scope answered, 15 in scope refused) and rest 0.30,
# against 3 and 13 in use: kept, for the reasons above.
# Branch scope15 (clauses of circumstance, chatty questions, light verbs; tests/eval/dev with
# its 30 scope15 near misses, 1309 standalone): cross-validated error 0.018 -> 0.008; fitted
# on all, the best region is fit 0.55, known 0.70-0.75, rest 0.25-0.35, which holds the values
# in use (2 out of scope answered, 8 in scope refused): kept.
# Branch scope16 (the asked part of long-winded questions, a scene's names, casual words for
# a person, verdicts, restating tails; tests/eval/dev with its twelfth blind part, 1480
# standalone): cross-validated error 0.014 -> 0.009; fitted on all, the best region is fit
# 0.55, known 0.75, rest 0.30 (2 out of scope answered, 10 in scope refused) against 11
# refused in use: kept, rest 0.35 for the reason above.
MIN_COVERAGE = 0.55
MIN_KNOWN = 0.75
MIN_REST_COVERAGE = 0.35
# A question's clause of circumstance ("... instead of getting everyone in the same room",
# `circumstance` in dialogues/intents.yaml) is set aside by the scope decision only when the
# main clause alone, about the trade and known to the knowledge base, has this share of what
# it knows in the best passage (`Retriever._set_clause_aside`; branch scope15). Measured at
# the branch's last commit on tests/eval/dev (978 single, 331 out of scope) and the branch's
# 49 clause probes (14 in scope, 35 near misses, of which main answers 9 and 3;
# tests/test_scope_clauses.py), as refused dev questions, then probes answered in scope and
# near misses answered:
#   0.00: 6, 13, 5; 0.55: 6, 12, 5 ("what is a handshake in networking when two computers
#   connect", "how do lawyers negotiate a settlement before a trial starts");
#   0.60-0.70: 8, 12, 3; 0.75-0.85: 8, 11, 3; 1.0: 9, 11, 3.
# No value answers a dev out-of-scope question (near misses declined 198 of 200 at each).
# 0.70, the larger of the best region, since an answered near miss costs more than a refusal.
MAIN_CLAUSE_FIT = 0.7

# A question asking of a country's internal matters with nothing of relations between states
# (`Retriever.domestic_focus`) is answered when its best passage holds its words of those
# matters, a word of the question that is no everyday word nor part of a glossary name, and
# at least this share of what the knowledge knows of the question. Set by hand (branch
# scope27) on its check sets, written before it: the in-scope questions saying such words of
# something the knowledge covers hold such a word and fit 0.94 and more ("when was Arafat
# elected president of the Palestinian Authority?" 0.94, the rest 1.0); the near misses whose
# best passage holds their words of internal matters hold no such word (fits 0.50 to 1.0), so
# the word tells them apart and any share up to 0.94 would do: 0.9 keeps a name the passage
# says in passing from answering a question it covers only in part. On tests/eval/dev no
# decision turns on it from 0.0 to 1.0.
DOMESTIC_FIT = 0.9

# A standalone question is answered only when the best passage holds a term of the trade of
# it (`Retriever.holds_term_of_trade`): a glossary name, a year the knowledge base mentions,
# or a word whose keyness (log2 of its share of the knowledge's words over its share of
# everyday English, tutor.search.keyness) is at least this; or when the passage's section
# says it answers the question itself. "How to tie a tie" meets the knowledge base only in
# "diplomatic ties" (keyness 0.7), "what's the point" in "reservation point" (0.3); the
# lowest of the terms matched by answered in-scope dev questions are "office" (2.2, "good
# offices") and "power" (2.7, "soft power"). On tests/eval/dev (branch scope11), thresholds
# 0/1/1.5/2/2.5/3 declined 213/214/214/214/214/214 of 216 out of scope and refused 11/11/11/
# 11/14/14 in scope, with cross-validated errors 0.026/0.025/0.025/0.025/0.027/0.027. 1.0,
# the low end of the best region rather than its middle: at 1.5, "what does negotiating in
# good faith mean?" (tests/test_conversation.py) is declined, its best passage holding "good"
# and "faith" (1.4) but not "negotiating". Remeasured after merging main (its seventh blind
# dev part and reason work; 1065 standalone): 0/1/1.5/2/2.5 declined 238/239/239/239/239 of
# 240 and refused 19/19/19/19/22, cross-validated errors 0.023/0.022/0.022/0.022/0.023.
TERM_OF_TRADE_KEYNESS = 1.0
# Keyness moves as documents are added: each term's share of the knowledge's words falls as
# the whole grows and rises as new documents use it. With know13's 13 parked episodes of
# diplomatic history (branch scale18; 106 -> 119 documents) the median term moved 0.13 (p90
# 0.14), and 69 terms crossed 1.0 ("return" 0.94 -> 1.03, so "what is the point of no return"
# was answered; "faith" 1.05 -> 0.92 and "crime" 0.93 -> 0.80 had crossed before, with know13's
# first 11). So within TERM_OF_TRADE_MARGIN of TERM_OF_TRADE_KEYNESS a term keeps the decision
# it had over the shipped knowledge at adb49c3: a term of the trade when it is one of
# REFERENCE_TERMS_OF_TRADE (keyness then in [1.0, 1.25)), not when one of
# REFERENCE_EVERYDAY_TERMS (then in (0.75, 1.0)); any other term, and any term outside the
# band, is decided by its own keyness. The margin is about twice the median move.
TERM_OF_TRADE_MARGIN = 0.25
REFERENCE_TERMS_OF_TRADE = frozenset(
    "2 3 achiev acknowledg acr ad addit advic anniversari architect attack biolog bypass "
    "carrier cartel case chang chose clay compliment concentr consider consist construct "
    "contact continu crate crimin debt defens difficulti disarm disast discuss elabor english "
    "ensur essenti exil express facil faith feder first flag forbid fraud full further gas "
    "gather ground human inform inhabit inquiri interest investor jeopardis jew junior land "
    "liabl lift line list local lord majesti meet normal obstruct occas occup ocean ongo "
    "palac perceiv perform person persuad phase polish politician port possess present "
    "primari product prosper qualifi rapid rare repeat respect reward scholarship scienc "
    "second shelter shorter signal similar small solut step strain strip substanti summon "
    "suspicion their toll travel trigger vehicl verdict voyag wealth websit won writer"
    .split()
)
REFERENCE_EVERYDAY_TERMS = frozenset(
    "abov account after ancient and arriv both broken ceil choos christian combat convert "
    "cost countless creativ crime custom dealt defend differ director dismiss divert donor "
    "eighth emergenc faster fewer friendship frozen grandson guidanc hall high imperi incom "
    "indian instant intent justifi lead lower map medium mend merchant mix modifi moral most "
    "newest of offer ordinari other outrag outsid parallel partner percent precis promis "
    "psychiatrist puppet railway reliabl return reveal risk round short signific sinc size "
    "soft solv spice strict strong style tabl tackl temperatur tens through tighten topic "
    "trial updat vacuum victori voic while wood year"
    .split()
)
# Whether a word of a question is a name the knowledge knows ("Canada"), for the scope
# decision (`Retriever.misses_named_subject`), is read from the passages best matching it,
# at most this many, by the vocabulary's rule (NAME_SHARE): a fixed cost however large the
# knowledge base. Branch scope13: on tests/eval/dev 4, 8 and 16 give the same decisions; on
# its 60 near-miss probes (tests/test_scope_probes.py) 4 answers one more ("Brazil" is
# written as a name in too few of the 4 passages); 8, the smallest of the best.
NAME_PASSAGES = 8
# Passages whose scores are this close to the best one (a share of it) tie: of them, the one
# whose document title and heading name most of the question (idf-weighted) goes first
# (`Retriever._labelled_first`), for a question naming no document. Branch know21: adding
# broad documents (the Cold War, the Sino-Soviet split, Ostpolitik, Bandung) moved idf enough
# to swap passages 0.03%-0.7% apart. On tests/eval/dev 0.02 changed 31 answers, 4 of them
# wrong after; 0.01 changed 6 (on the knowledge before the four documents), all right before
# and after; 0.01 covers the 0.65% of "was Kennedy the Soviet leader?".
LABEL_TIE_MARGIN = 0.01

# -- answering: resolution (tutor.answering.resolution) ------------------------------------
# How many more sections of the answering document may lend a sentence (02114dc).
OTHER_PASSAGES = 3
# A document the question names by title wins if its best passage scores this close to the
# best (74cbb22; tuned on tests/eval/dev). Refitted on tests/eval/dev with its third blind
# part (branch answer2): 0.6/0.7/0.8/0.85/0.9/0.95/1.0 answered 537/537/538/540/540/540/537
# of its 615 in-scope items; 0.9, the middle of the best region. Since only passages that
# name the document's title too compete with it (branch rank4), 0.6/0.7/0.8/0.85/0.9/0.95/1.0
# answered 549/549/551/550/550/549/546 of the 641 single dev questions: 0.9 kept.
# The same margin lets a passage naming what is asked about answer instead of a best one
# sharing only words any subject could take ("when did the Cold War end?" against the law of
# treaties' termination; branch rank8, every dev answer unchanged). The scope decision uses
# it too: a question naming something the best passage does not name is in scope when a
# passage scoring this close names it (branch scope13; on tests/eval/dev no decision
# changed). The closest passage naming the subject of a near miss scored at most 0.86 of the
# best on the branch's probes, 0.91 on dev ("in Civilization VI how do I win a diplomatic
# victory", declined as personal); the Dayton question's 0.95, "is Brazil in the G7?" 0.91.
# A yes/no question ending with a condition is answered from the document its claim alone
# finds when that document's best passage scores this close (branch yesno16: "can an
# ambassador get arrested if they commit a crime", the Vienna Convention at 0.95 of leaders'
# immunity; every other dev answer unchanged). Reused, not fitted, for an example asked of a
# kind whose best passage is of no such kind (`PassageChooser._defined_as_asked`, round 18:
# one dev answer changed, "example of a summit that ended in failure", at 0.9).
NAMED_DOCUMENT_SCORE = 0.9
# A question naming one subject of a title of several whole ("when did berlin blockade start")
# is answered from that document when its best passage scores at least this share of the best
# passage of a document not named whole (`PassageChooser._named_subject_instead`). Round 38:
# the Berlin Blockade's best passage scored 0.89 of the Berlin Wall's overview (study40); no
# development answer changed with no floor at all, so the floor is not fitted: it only keeps
# a far weaker passage from displacing the best one.
NAMED_SUBJECT_SCORE = 0.8
# A subject described, then asked of after a dash ("the pact hitler and stalin made ... - what
# was in the secret part?"): the section the question's last part finds within the document
# answers when it scores, for the whole message, at least this share of the document's best
# section (`StandaloneQuestions.resolve`). Round 31, on dev and study31: the sections meant
# scored 0.50 (Dayton's negotiators), 0.51 (the secret protocol), 0.61 (the JCPOA's
# negotiators), the one not meant 0.30 (another crime in the immunity document, for the
# policewoman shot outside the Libyan embassy); any value in (0.30, 0.50] gives the same
# answers, 0.4 lies between.
DESCRIBED_SECTION_SCORE = 0.4
# A "why?" asking for a cause is answered by a passage scoring at least this share of the
# best one when the best one's document gives no reason of anything asked and the other's does
# (branch reason16; see PassageChooser._explaining_instead). On tests/eval/dev 0.7, 0.75, 0.8
# and 0.85 give the same answers; 0.9 keeps two worse ones ("why are the oslo accords linked
# to track two diplomacy" opens with the aims of track two, not the Oslo talks as track two).
# "why did nixon visit china in 1972" finds the passage giving the reason at 0.83 of the best.
REASON_DOCUMENT_SCORE = 0.8
# A sentence saying an aim without naming the subject still gives the subject's aim when the
# sentence before it in its passage names the subject within its first AIM_OPENING_WORDS words,
# as what it speaks of ("The Helsinki Final Act was the product of ... negotiation. The Soviet
# Union had long called for ..., hoping to win recognition of the borders"; branch reason22,
# PassageChooser._aim), not in passing further on. Set by reading, for a name of three or
# four words after "The"; on the branch's check set (/work/notes/reason22-check) 3, 4 and 8
# give the same answers as 5, and on tests/eval/dev 5 changes one answer, the Helsinki one.
AIM_OPENING_WORDS = 5
# A passage among the first ASKED_CANDIDATES, scoring that close too, whose section lists
# the question itself (idf-weighted overlap at least ASKED_MATCH) answers instead. On
# tests/eval/dev: +1 question on the first half, the blind half unchanged; 0.8 and 0.99
# gave the same figures, 0.99 (the question itself) is the narrower rule.
ASKED_CANDIDATES = 5
ASKED_MATCH = 0.99
# Weighing a sentence as the answer; its share of the question's focus counts 1 (c50a10c,
# tuned on tests/eval/dev):
# The question is worded like one its section answers (0 to 1 overlap). On the blind half
# of tests/eval/dev, 0/0.5/1/2 gave accuracy 0.655/0.660/0.670/0.670 and the first half
# 0.925/0.925/0.925/0.916: 1.
SECTION_QUESTION_WEIGHT = 1.0
# Sentences weighed within this of the best one (as the answer's opening, across the answering
# document's sections) tie: one of them naming at least UNTIE_MORE_TERMS more terms of the focus
# than the best answers instead (`PassageChooser._untied`). Branch tie32: "how long does a g20
# country keep the presidency" swung between the overview's "presidencies rotate each year"
# (4 terms) and the G20's founding span (2) as documents were added: 0.0003 behind it at main
# 6340c0b, 0.0006 ahead with know31's 9 documents. On tests/eval/dev a band of 0.05 with any
# margin of terms changed 25 answers, 4 of them worse (sentences 0.005 to 0.03 behind naming one
# more term but answering less well: "under Article 25 ..." for whether the Security Council can
# impose sanctions); 0.004, about twice the largest move the 9 documents made, changed none of
# those; with a margin of 1 term, know31's documents moved "why was suez such a humiliation" into
# the band (Pearson's sentence, one term more), with 2 not.
SENTENCE_TIE_BAND = 0.004
UNTIE_MORE_TERMS = 2
# A "when?", "where?", "how many?" or "who?" asking for a person whose best sentence lacks
# the date, place, number or person is answered by the best sentence that has it, when that
# one scores at least this share of the best and says all it says of the question (branch
# direct16: "which president took the US out of the INF treaty?", the withdrawal under
# Trump, not "ended when the United States withdrew"). On tests/eval/dev 0.6, 0.7 and 0.8
# changed only that answer; 0.5 broke "when does it actually work?" (conditions of coercive
# diplomacy, a date instead); 0.85 and 0.9 left it unfixed (0.89 of the best). 0.7.
SLOT_SENTENCE_SHARE = 0.7
# A "when?" or "where?" asking nothing but when or where its subject was signed, agreed,
# founded ... is answered by the overview's sentence saying it in a word made from the asked
# one when none says the word itself: a stem of at least this many letters begins the word
# ("sign" of "signature": "when was the NPT signed?" opens with "opened for signature on 1
# July 1968", not the extension conference of 1995). Branch direct16, on tests/eval/dev: 3 and
# 4 changed the same two answers (that one, and "where was the UNFCCC signed" opens with the
# overview's "agreed in New York ... opened for signature at the Rio Earth Summit"), 5 none.
DERIVED_STEM = 4
SENTENCE_CUE_WEIGHT = 0.3  # it has what the kind of question asks for (a date, a name)
# For "give me an example of X", the sentences naming X with the earliest year the
# document's sections weighed give: the classic case, before later ones (branch direct15).
# On tests/eval/dev, 0/0.5/1.0/1.5/2.0 gave single accuracy 0.920/0.922/0.922/0.923/0.921,
# direct 0.754/0.755/0.757/0.755/0.754, example 0.87 then 0.94 from 0.5: 1.0, the most direct.
FIRST_EXAMPLE_WEIGHT = 1.0
# It says the sense the question's verb asks for in other words ("suspended" for "when did
# Russia leave?"), or, weighed down, only the opposite ("joined"): `opposed_senses` in
# dialogues/intents.yaml (branch follow6). On tests/eval/dev, 0.15/0.3/0.6 (with SENSE_WEIGHT
# 0.25/0.5/1.0) all kept its 689 correct and 489 direct answers and opened "when did Russia
# leave?" with the suspension; the middle values, 0.3 and 0.5 (SENSE_WEIGHT 1.0 changed only
# later sentences of two more answers).
SENTENCE_SENSE_WEIGHT = 0.3
# For a "why?" asking what caused something rather than why it matters, a sentence's reason
# counts instead of SENTENCE_CUE_WEIGHT: this weight times the share of the focus (by idf)
# named by the part of the sentence its reason explains ("because", "so that", "lets
# diplomats work", "to show displeasure": the `reason` and `result` sentence cues; branch
# reason11). On tests/eval/dev, added to the cue weight, 0.5/1.0/1.5 gave single accuracy
# 0.870/0.872/0.873 (0.870 without it); in place of it, 0.5/0.75/1.0/1.5/2.0 gave 0.874/
# 0.875/0.876/0.876/0.876: below 1.0 the reasons for the P5's veto ("reflect the balance of
# power of 1945") and for recognising governments are lost, 1.5 and 2.0 answer why
# diplomats get immunity but no longer why states cut ties. 1.0, the smallest of the best.
CAUSE_SENTENCE_WEIGHT = 1.0
# A "how?" question leans to a section whose heading says it sets out how something is done
# ("How decisions are made", "How a treaty is made: the steps ...": the `process` section
# cues), on top of HEADING_CUE_WEIGHT (branch reason11). On tests/eval/dev, 0/0.3/0.6/1.0
# gave single accuracy 0.872/0.872/0.873/0.873; 0.3 changed two answers ("how does a new
# country join the un" now gives the two-thirds majority for admitting members, not the
# member count), 0.6 also "how was the un different from the league of nations" (the
# League's unanimity rule and the UN's majority vote), 1.0 also two more, one better ("how
# are the outcomes of track one negotiations formalised": the steps of making a treaty) and
# one worse ("how does a treaty actually become binding on a country"). 0.6.
PROCESS_HEADING_WEIGHT = 0.6
# A "how?" question naming no particular subject ("how does a country ratify a treaty?") is
# answered by a document that is not a case when its best passage scores at least this share
# of the best passage, a case's (branch process13). The Vienna Convention's passage on
# ratification scores 0.79 of the Kyoto Protocol's "never ratified"; on tests/eval/dev 0.75
# changes no answer, nor in 11 other general "how?" questions tried.
GENERAL_OVER_CASE_SCORE = 0.75
# A "what is X?" question's best passage that only uses X's name gives way to one scoring at
# least this share of it that says what X is, or of a document that does (round 23: "what is
# the general assembly?", the UN's "The UN General Assembly is the main deliberative organ",
# 1.00 of "Resolutions of the UN General Assembly are generally ..."; "what does ratify
# mean?", 0.78). Set by hand at GENERAL_OVER_CASE_SCORE; on tests/eval/dev every value from
# 0.73 to 0.90 gives the same answers (one changed, better: "what is a UN resolution").
DEFINING_OVER_BEST_SCORE = 0.75
# A "how?" question's best passage, under a heading that sets out no steps ("Binding
# outcomes"), gives way to one close behind under a heading that does ("How a treaty is made:
# the steps ...") scoring at least this share of it (branch kinds17). On tests/eval/dev,
# 0.6/0.75/0.9 gave single-question accuracy 0.943/0.944/0.943 and process 0.89/0.91/0.89
# (0.9 keeps "Binding outcomes" for "how does a treaty actually become binding on a
# country", whose steps section scores 0.79 of it). 0.75.
STEPS_OVER_SCORE = 0.75
# In a "how long?" question, a sentence saying a span outright (its `span` cue: "for ten
# years", "rotates every month") besides naming some of what is asked (branch duration11).
# On tests/eval/dev, 0/0.15/0.3/0.5/1.0 answered 26/27/27/27/27 of its 35 duration questions
# ("how long did the abm treaty last" needs it); 0.15 opened one more answer with a date
# rather than the span. 0.3, as SENTENCE_CUE_WEIGHT, in the best region.
SPAN_CUE_WEIGHT = 0.3
SECTION_SCORE_WEIGHT = 0.6  # its section's BM25 score, relative to the best section's
HEADING_MATCH_WEIGHT = 0.4  # its section's heading names a term of the focus
HEADING_CUE_WEIGHT = 0.3  # its section's heading suits the kind of question ("Who took part")
# A section headed as telling the others, for a question setting one case aside ("besides
# Tlatelolco, are there other ...?": "Other nuclear-weapon-free zones"), or headed by the case
# set aside (subtracted) (branch example22). Chosen by hand: of 0, 0.3, 0.6 and 1.0 on six
# set-aside questions written for the branch, 0.6 and 1.0 answer five, 0.3 four, 0 two; on
# tests/eval/dev 0.6 changes three answers (one now right, two wrong before and after).
SET_ASIDE_WEIGHT = 0.6
# A "why?" asking for a cause that no sentence weighed gives a reason of leans to a section
# whose heading says it gives the cause ("Why Stalin and Hitler made the pact"; one on why
# something failed only for a failure asked) by this much (branch reason21). On tests/eval/dev
# 0.5, 1.0 and 1.5 change no answer; on reason21's blind check set of 60 reason questions
# (outside the repository) 0.5 answers 49 ("why did the oslo accords fail" from the section on
# why the peace process stalled), 1.0 and 1.5 answer 50 ("why did the soviets and nazis sign a
# pact in 1939" from the section on why they made it, not the overview): 1.0, the least of those.
CAUSE_HEADING_WEIGHT = 1.0
# A follow-up that stays with the subject leans to the section the last answer came from
# ("whats a protecting power" / "give me a real example"). On tests/eval/dev, 0/0.3/0.5/0.6
# changed nothing, 0.7 and 0.8 fixed one conversation, 1.0 fixed two and broke one.
# Refitted on tests/eval/dev with its fourth blind part (branch answer4): 0 to 0.75 answered
# 90 of its 99 follow-ups and 0.8 to 0.9 89 ('who represented Britain?' after the Congress
# of Vienna stayed in the overview); of those, 0.5 to 0.75 also opened one more follow-up
# with its fact. 0.6, the middle of that region.
RECENT_SECTION_WEIGHT = 0.6
# A section whose heading says it tells what the question asks of an event, its terms or what
# came after it ("What the Treaty of Lausanne decided", "What happened next"; `asked_aspects`
# in dialogues/intents.yaml), leans to answer by this much (branch section20). On tests/eval/dev
# 0.3 gave single accuracy 0.944, 0.6 and 1.0 gave 0.945 (Gibraltar for "what did Britain get
# from the Peace of Utrecht" needs 0.6); on two check sets written from knowledge/ alone (40
# and 24 questions, outside the repository) 0.3 gave 0.925 and 0.875, 0.6 and 1.0 both 0.975
# and 0.917: the least weight that answers them all.
ASPECT_HEADING_WEIGHT = 0.6
# A question with at most this many content words may be a follow-up without a pronoun (74cbb22).
SHORT_FOLLOWUP_TOKENS = 3
# A short question, or one starting with "and", "so"..., stays with the subject when the
# subject's document covers this share of it; others only when it covers all of it (fc61599).
STAY_COVERAGE_AFTER_AND = 0.5

# -- answering: composition (tutor.answering.composition) ----------------------------------
# Answers stay short: at most this many words and sentences; the first sentence always fits
# (74cbb22: a tutor's answer reads in a few seconds). Issue 10 asks for at most about 120
# words before "tell me more": list 150 -> 110 and default 110 with EXTRA_SENTENCE_SLACK
# 15 -> 10 (so an added sentence ends by 120 words) took dev answers over 120 words from 57
# to 22 (median 98 -> 92), at a cost of one single question (a list) and two follow-ups.
SENTENCE_WORD_BUDGET = {"definition": 90, "more": 130, "list": 110}
DEFAULT_WORD_BUDGET = 110
MAX_SENTENCES = {"definition": 4, "more": 6, "list": 8}
DEFAULT_MAX_SENTENCES = 5
# The sections of the answering document whose sentences are weighed: its best this many
# by BM25 on the question's focus (and any shown lately). No shipped document has more than
# 12 sections, so shipped answers are the same as weighing them all (`tutor eval` unchanged);
# at 100 sections a document (issue 15's synthetic knowledge base) this keeps a question
# within a few milliseconds.
SECTIONS_WEIGHED = 16
# Sentence scoring, in units of the largest idf among the question's focus terms (74cbb22,
# fc61599; tuned on tests/eval/dev):
CUE_WEIGHT = 1.0  # the sentence has what this kind of question asks for (a date, a name)
# The sentence says the sense the question's verb asks for in other words, or (weighed
# down) only its opposite; chosen with SENTENCE_SENSE_WEIGHT, see there.
SENSE_WEIGHT = 0.5
# A sentence reads as defining its subject when "is", "are", "means"... comes within its
# first this many words: set by hand (branch answer4) so that "The Joint Comprehensive
# Plan of Action (JCPOA), often called the Iran nuclear deal, is ..." (13) counts.
SUBJECT_WORDS = 16
# An answer starting with a sentence that leans on the one before ("Second, ..."): facts
# found are the same for 0, 1 and 3 on tests/eval/dev; 1 is enough to avoid such starts.
# A run of sentences stopping inside a Markdown list ("six main organs:" and five of them)
# costs as much (branch rank6: on tests/eval/dev 5 answers changed, two lists made whole).
DEPENDENT_START_PENALTY = 1.0
POSITION_PENALTY = 0.05  # per sentence into the passage, so ties go to the start
# Runs of sentences (Composer.sentences) scoring within this many units (the largest focus
# idf) of the best run tie, and the earliest of them answers. Adding one parked document of
# diplomatic history (branch know19: alabama-claims, 109 -> 110 documents) moved two runs of
# "is the british king the head of government?" 0.0034 units against each other, enough to
# swap them (0.0007 units apart). The margin is about fifteen times such a move; on
# tests/eval/dev it changes 2 answers (a follow-up on the Oslo handshake adds the signing's
# date and place; both right before and after).
RUN_TIE_MARGIN = 0.05
# A side of a comparison whose best documents score within this share of each other is read as
# the one linked to the other side's document ("kyoto vs paris": the Paris Agreement 5.47, the
# Congress of Paris 5.51, the Paris Peace Accords 5.34 on "paris" alone; branch know20, set by
# hand on tests/eval/dev, where it changes 2 answers: that one, and 'what's the difference
# between bilateral and multilateral negotiations', now from Negotiation's section comparing
# the two (7.43, 1.2% behind the methods of track one's); right before and after).
COMPARISON_SIDE_TIE_MARGIN = 0.05
# A comparison gives each side's defining sentences, at most this many, the second only while
# the answer stays within the word budget: 2 -> 1 kept dev accuracy and took comparisons over
# 120 words from 16 of 22 to 7; back to 2 within the budget (branch rank7, tests/eval/dev):
# answers over 120 words stay 9, the general assembly vs security council now gives the
# council's 15 members and that assembly resolutions are not binding.
COMPARISON_SIDE_SENTENCES = 2
# A comparison's two sentences that each say one side are said as one contrast ("..., whereas
# ...") only while together they are at most this many words (branch direct24, set by hand on
# tests/eval/dev: longer joins read as run-on sentences).
CONTRAST_WORDS = 70
# ... and each names its own side among its first this many words, the subject it speaks of
# ("The Security Council can adopt ...", not "Under Article 53 regional bodies may not take
# enforcement action" for peace enforcement; branch direct24, set by hand on tests/eval/dev).
CONTRAST_SUBJECT_WORDS = 8
# The key difference of a comparison is looked for in this many of the passages found with
# both sides' words, besides the sides' own passages (kinds6 branch, chosen on tests/eval/dev;
# the sides' own no longer take places since fix16).
KEY_DIFFERENCE_PASSAGES = 3
# A side of a comparison asked as a kind ("a protocol") is read where the knowledge defines
# the kind, looked for among this many passages saying its word (round 20, set by hand: the
# defining section of a common word, "A protocol is ...", ranks within the first 20 of its
# 60 passages saying "protocol"; more only costs time).
KIND_DEFINITION_PASSAGES = 20
# ... and in this many sections of each side's own document, found with the other side's words
# ("How decisions were made: the unanimity rule" of the League of Nations names the UN Charter;
# branch compare9, set by hand on tests/eval/dev: 1 misses that section, 2 finds it).
KEY_OWN_DOCUMENT_PASSAGES = 2
# Two sentences in a row, one on each side, are said the same way when their first this many
# words share one that names neither side ("A treaty is ... A convention is ..."; kinds6
# branch, set by hand on dev).
KEY_SIDE_OPENING_WORDS = 8
# Whether the knowledge says a phrase ("bilateral diplomacy" of "bilateral vs multilateral
# diplomacy") is read in this many passages that best match its words, not the whole text:
# the same answer for every phrase the dev comparisons try (branch compare9), and a fixed cost
# however large the knowledge base (reading all of the shipped one took 116 ms, then 14 ms a
# phrase).
PHRASE_PASSAGES = 8
# A sentence names a subject (a side of a comparison) without a glossary name of it when it has
# at least this share of the subject's terms, weighed by idf: "Resolutions of the UN General
# Assembly" names "a UN resolution" (3.35 of 4.82), "Decisions of the UN Security Council ...
# UN member states" does not (2.71, 0.56); "the United States" does not name the United Nations
# ("united", 0.42 of 1.89), nor "nations" the League of Nations (0.88 of 4.07). Set by hand
# (branch compare9) between 0.56 and 0.70; on tests/eval/dev 0.35, 0.5 and 0.65 give the same
# facts, 0.65 the resolutions' line above.
NAMING_SHARE = 0.65
# A sentence is about a side of a comparison when it names the side in its first this many
# words, its subject ("A convention is ...", not "Under the Interim Agreement,
# neither side could start ..." for START; kinds6 branch, set by hand on dev).
KEY_SUBJECT_WORDS = 4
# A "why?" answer opens with a sentence giving a cause when it scores at least this share of
# the sentence that would open otherwise (kinds6 branch, tests/eval/dev: 0.25 and 0.5 change the
# same 6 answers, all better; 0.75 keeps 3 of them, 1.0 keeps 2).
CAUSE_LEAD_SHARE = 0.5
# "Such as" gives examples of this many words before it ("problems that neighbours share,
# such as civil wars"): an answer to "give me an example of ...?" does not open with one whose
# words name nothing asked (branch kinds12, set by hand on tests/eval/dev: 3, 4 and 5 change
# the same answer).
EXEMPLIFIED_WORDS = 4
# A count ("three broad aims") names what it counts in at most this many words after it.
# Set by hand (branch direct11, commit 32e7da5); on tests/eval/dev (review13) 2 and 4 give
# the same answers.
COUNTED_WORDS = 3
# A connective tying a sentence to the one before ("The two governments therefore signed
# ...") is looked for among its first this many words. Set by hand (branch direct11, commit
# 538799e); on tests/eval/dev (review13) 6 gives the same answers, 4 changes one.
CONNECTIVE_WORDS = 5
# A sentence defines a term of a "what is ...?" question when it names the term before its
# defining verb ("An embargo is ...") or within this many words after it ("... is known as
# the Belfast Agreement"); naming it further on, it gives an instance ("The United States is
# the most active user of unilateral sanctions; for example, ... a near-total embargo on trade
# with Cuba"). Set by hand (branch section17) to reach a short name after "known as".
DEFINED_AFTER_WORDS = 4
# A sentence that dates what it says and defines nothing ("... proclaimed a near-total embargo
# on trade with Cuba in February 1962") gives an instance: a "what is ...?" answer about a
# term that is not the document's subject leans this much away from it. Set by hand (branch
# section17) at SENTENCE_CUE_WEIGHT, the weight a defining sentence gains.
INSTANCE_PENALTY = 0.3
# A follow-up naming what another document's section is headed by ("what happened in the
# LaGrand case?" after the ICJ) turns to that section when the name is said by at most this
# many documents: a case ("LaGrand" 2, "Nicaragua" 3), not a state ("Britain" 15, whose
# "who represented Britain?" after the Congress of Vienna stays). Set by hand (branch
# section17) between the two on tests/eval/dev.
NAME_DOCUMENTS = 3
# An answer opens with its run's first sentence unless that one scores under this share of
# the best-scoring sentence that could open (branch direct10, tests/eval/dev: 0.5, 0.75 and
# 0.9 change the same 4 answers, all to open with the asked-for fact; 0.35 fewer).
ORDER_LEAD_SHARE = 0.5
# A sentence after an answer's first is left out when an earlier one of the answer has at
# least this share of its terms, and it has at least RESTATED_MIN_TERMS (round 33, hand
# grading's "a sentence repeated"). On tests/eval/dev (4994 in-scope items, before the contrast
# exception): 0.9 and 1.0 both 4532 right, 0.8 4531; 1.0 keeps 16 restatements 0.9 drops, which
# read as the same fact said twice ("ASEAN was founded by five states ..."), so 0.9.
RESTATED_SHARE = 0.9
RESTATED_MIN_TERMS = 5
# A "who?" answer opens with a sentence naming a person when it scores at least this share of
# the sentence that would open otherwise (branch direct11, tests/eval/dev: 0.5 makes 9 more
# answers direct than none; 0.25 the same, 0.75 two fewer, 1.0 six fewer).
PERSON_LEAD_SHARE = 0.5
# A yes/no question claiming a state holds now ("is Russia in the G8?") is denied by a
# sentence anywhere in the answering document saying its subject's state ended ("The G7
# countries suspended Russia") only within this many words of the subject, not by an ending
# its clause says of something else ("... the timetable for Sinai withdrawal and the
# priority of the treaty over Egypt's other commitments", eight words away). Set by hand
# (branch yesno8); no dev answer depends on it.
ENDING_REACH = 3
# A yes/no claim that a subject is of a kind ("is NATO a country?") is read from sentences
# whose subject, before "is", runs to at most this many words ("The North Atlantic Treaty
# Organization (NATO), also called the Atlantic Alliance, is ..."). Set by hand (branch
# yesno, commit 1e09dc3); on tests/eval/dev (review13) 10 and 14 each change one answer
# ("is the JCPOA a treaty?": 14 answers it "No." from the JCPOA's defining sentence).
KIND_SUBJECT_WORDS = 12
# Two stems of at least this many letters count as one word in a yes/no verdict when they
# differ only in their last letter ("diplomat" of "diplomatic"). Set by hand (commit
# c3fbb3d); on tests/eval/dev (review13) 5 changes one answer, 7 none.
KINDRED_STEM = 6
# Two words sharing this many first letters are one for whether a denial reaches the claim
# ("arrest", "arrested"). Set by hand (commit 1895cfd); on tests/eval/dev (review13) 4 and 6
# give the same answers.
SHARED_PREFIX = 5
# Two sides of a person's title match when one's stem begins the other's ("egypt" and
# "egyptian") down to this many letters ("isra" of "Israeli" and "israel"). Set by hand
# (commit 7d8c903); on tests/eval/dev (review13) 3 gives the same answers, 5 changes one.
SIDE_PREFIX = 4
# The two ends of a span (tutor.answering.endpoints) are said of the subject when its name
# opens the sentence within SUBJECT_OPENING_WORDS words ("The League of Nations was founded
# ...") or stands within SUBJECT_NEAR_VERB_WORDS words of the verb ("..., and the INF Treaty
# ended", "signed the SALT I agreements"). Set by hand (branch duration11) from such
# sentences of the shipped knowledge; on tests/eval/dev 6/8/10 and 3/4/5 give the same answers.
SUBJECT_OPENING_WORDS = 8
SUBJECT_NEAR_VERB_WORDS = 4
# A "how long?" answer whose knowledge gives only the two ends states the span between them
# (tutor.answering.span_length): in days, counted both ends in, below DAYS_SPAN_MAX days
# (the crises and summits of the knowledge last 13 to 21 days; two months read better as
# months), in months below MONTHS_SPAN_MAX months, else in years, to the half year below
# HALF_YEARS_SPAN_MAX years (17 November 1969 to 26 May 1972 is about two and a half years,
# not about three), to the year above it; bare years only when
# YEARS_ONLY_SPAN_MIN years or more apart, where a year either way does not change the
# answer ("from 2008 to 2012" may be four years or five). Set by hand (branch reason19)
# from the dated spans of the shipped knowledge, not tuned on any eval set.
DAYS_SPAN_MAX = 60
MONTHS_SPAN_MAX = 24
HALF_YEARS_SPAN_MAX = 10
YEARS_ONLY_SPAN_MIN = 10
EXTRA_SENTENCE_SCORE = 1.0  # a sentence from another section must score at least this
EXTRA_SENTENCE_SLACK = 10  # words an added sentence may run over the budget (see above)
# Sentences of other sections scoring within EXTRA_TIE_BAND of the focus's rarest idf of each
# other tie, and the tie goes to the first of the best-matching section; one scoring within
# EXTRA_GATE_BAND under EXTRA_SENTENCE_SCORE counts as reaching it when it names a telling term
# of the focus (TELLING_BAND) (`Composer._extra`). Branch tie32: with know31's 9 documents added
# in a scratch copy, 6 of the 13 dev answers that changed outside the new subjects changed only
# their added sentence, between sentences 0.0008 to 0.02 of the unit apart, or 1.0000 against
# 0.9999 at the gate. EXTRA_TIE_BAND is RUN_TIE_MARGIN, the same kind of tie within the main
# passage. A gate band of 0.05 added three sentences on tests/eval/dev that read worse (the
# Camp David framework's "Official leaders ..." to which territory Egypt got back): 0.01.
EXTRA_TIE_BAND = 0.05
EXTRA_GATE_BAND = 0.01

# -- lessons: grading (tutor.lessons.check) ------------------------------------------------
# A one-word phrasing is "generic" when its word is in more than this share of the knowledge
# documents: "official" (69%), "states" (97%), "security" (63%) are; "embassies" (29%) is not.
# Measured over the shipped knowledge base for issue #11; `tutor lesson --check` warns.
GENERIC_WORD_SHARE = 0.6
# Shares move as documents are added: with know13's 13 parked episodes of diplomatic history
# (branch scale18) "official" fell from 0.632 to 0.580 of the documents and "power" rose from
# 0.594 to 0.630, flipping a lesson test and a shipped lesson's check, with nothing about
# either word changed. So within GENERIC_WORD_MARGIN of GENERIC_WORD_SHARE a word keeps the
# decision it had over the shipped knowledge at adb49c3 (106 documents): generic when it is
# one of GENERIC_REFERENCE_STEMS, the stems (search tokenizer's) then in more than 0.6 of the
# documents; outside the band its share alone decides. The band is the largest move of a
# near-cut word's share seen when adding those 13 documents (0.05), doubled.
GENERIC_WORD_MARGIN = 0.1
GENERIC_REFERENCE_STEMS = frozenset(
    "1 2 a after agreement also an and are as at be becaus between but by call can diplomaci diplomat first for forc "
    "foreign from govern had has in includ internat into is it nation negoti not of offici often on or other out peac "
    "presid s set sign state such than that the their to treati under unit us war was when which with work".split()
)
# The number of documents of the reference knowledge (adb49c3) whose generic stems are
# GENERIC_REFERENCE_STEMS. Documents added since are mostly narrow cases that use few general
# words, so a reference stem's share falls by up to this number over the present one without
# its use changing: "official" fell from 0.69 to under 0.5 by 162 documents (round 15),
# flipping a lesson test. Below the band a reference stem stays generic down to the band's
# lower edge diluted so (see `Vocabulary.is_generic`).
GENERIC_REFERENCE_DOCUMENTS = 106
# A one-word answer states an idea when, beyond the prompt's words, it carries more than this
# share of the idea's words weighed by rarity (tutor.lessons.aptness): "arrest" carries all of
# "arrest and detention", "courts" 32% of "the jurisdiction of the host state's courts". Set
# for issue #11 as "most of the idea", not fitted: of the bare keywords in the development data
# (the development half and fresh.yaml, all labelled incorrect), those that are not generic
# carry at most 25% of an idea ("sanctions" of "the lifting of nuclear-related sanctions"), and
# "official", which carries all of "that it is official", is generic (71% of the documents), so
# any value from 0.25 to just under 1 grades them the same; both tests are needed.
APT_WORD_COVER = 0.5
# A word is a name (tutor.search.vocabulary) when the shipped knowledge writes it with a capital
# inside a sentence at least this many times for each time in lower case (and twice at least):
# "Egypt" (47 to 0), "Jordan" (2 to 0), "Assembly" (52 to 2) are; "Security" (109 to 52),
# "Treaty" (148 to 143), "Begin" (8 to 2, the verb) are not. Set for issue #11 by reading where the
# shipped knowledge's words fall; 5 to 20 give the same names of the lessons' parties (3 makes
# "Begin" a name, 30 loses "Assembly").
NAME_SHARE = 9
# An idea names the actor it is said of (tutor.lessons.parties) when an actor stands among its
# first SUBJECT_REACH + 2 words and an auxiliary follows within SUBJECT_REACH + 1 words: "the
# government could deny", "only official representatives of states can act"; not "managing
# relations between states". Set for issue #11 by reading the shipped lessons' ideas.
SUBJECT_REACH = 3

# -- the learner model (tutor.lessons.learner, tutor.teaching) --------------------------------
# Set by judgement for issue #12; there is no learners' data to fit them on yet.
# Each older attempt at a question weighs this much of the one after it: after a miss, two
# right answers bring a question back to 0.82 (1, 1 after 0), so mastery follows recent work.
MASTERY_DECAY = 0.6
# Concept mastery levels, highest floor first (mean over the concept's questions).
MASTERY_LEVELS = ((0.8, "strong"), (0.5, "getting there"), (0.0, "shaky"))
# Under half of a concept's questions tried, and those at least this well: "started", not
# "shaky" (one question right in the placement quiz is not a weakness).
STARTED_LEVEL = 0.5
# The chat offers a check question at most once in this many turns.
CHECK_OFFER_EVERY = 4
# A line of at most this many words, typed while a quiz question is open, is an attempt at it
# even when the grader cannot read it ("UNSC", "the UNSC?"); a longer one that names nothing of
# the question or its choices is a line of the learner's own ("recipe for chocolate chip
# cookies"), put to the engine. Chosen by hand (chat19): the shortest out-of-scope lines of the
# development set that are no question ("recommend some good sci fi books") have four or more words;
# the through-chat measure and tests/data/chat/wrapped_answers.yaml check it.
ATTEMPT_WORDS = 3

# -- lessons: multiple-choice cues (tutor.lessons.check) ----------------------------------
# Test-wise learners pick the longest option: item-writing guides (Haladyna, Downing &
# Rodriguez 2002, "A review of multiple-choice item-writing guidelines") say to keep the
# options about equal in length. `tutor lesson --check` warns when the right option is
# longer than this many times the longest distractor (issue #12: 13 of the 33 shipped
# items were over it before their distractors were rewritten)...
LENGTH_CUE_RATIO = 1.3
# ...and when, over a folder of lessons, the right option is the longest of all in more than
# this share of the items: with four options chance alone gives about a quarter, so a third
# leaves room for honest items (22 of 33 shipped items, 67%, before the rewrite).
LONGEST_RIGHT_SHARE = 1 / 3

# -- lessons: the placement quiz (tutor.lessons.placement) ----------------------------------
# One question per lesson from the first levels of the prerequisite chain: the lesson with
# no prerequisites and those that build on it directly (six shipped lessons, so six
# questions), and never more than a short quiz of eight: a couple of minutes (issue #12).
PLACEMENT_LEVELS = 2
PLACEMENT_MAX_QUESTIONS = 8

# -- lessons: review (tutor.lessons.schedule, tutor.lessons.review) ---------------------------
# Right first-time recognitions (choices, true/false) before a question that allows it is
# asked from memory: issue #12 asks for "recognised twice"; not tuned on data.
RECALL_AFTER = 2
# A question failed in a review comes back after this many other questions (or at the end
# of a shorter review): far enough that its answer is no longer on screen, near enough to
# be in the same sitting. Chosen by hand (issue #12), not tuned on data.
RETRY_GAP = 3

# A lesson's correction opening with a sentence of at most this many words that names
# nothing the learner's question does ("It is the other way round.") is written for a
# learner who asserted the misconception; one who asked gets "No." and the rest. Set by
# hand on the shipped lessons' corrections (2026-12-03): the openings that only judge the
# claim have 3-6 words ("Not everyone counts", "The deal did the opposite", "It is the other
# way round"); the short ones that carry a fact ("General Assembly resolutions are
# recommendations", "Not every member has a veto") share words with a question raising
# them, which keeps them.
VERDICT_LINE_WORDS = 6
# A question is read up to this many characters (the rest is dropped, with a note saying
# so), in the answer and in the evidence behind it ("why this answer?", `tutor kb search`),
# which must read the same question. Set by hand with the first engine (commit 74cbb22): a
# question is a sentence or a few; a pasted page is not searched whole.
MAX_QUESTION_CHARS = 1000

# -- the error log (tutor.files.failure_log) -----------------------------------------------
# The log of unexpected failures in answering is renamed to `errors.log.1` (the one before
# dropped) when an entry would take it past this many bytes, so the two stay under twice
# this. Set by hand (tidy17, not tuned on data): a traceback of the answering pipeline is
# 2-6 KB, so this keeps a few hundred of the latest; an entry is cut to a quarter of it.
FAILURE_LOG_BYTES = 1_000_000

# Talk around a question (tutor.answering.talk): a segment at a message's edge naming nothing
# the knowledge knows may be talk ("my friend and I were arguing about this last night,
# so"). A word counts as naming something when its keyness (see TERM_OF_TRADE_KEYNESS) is at
# least this: words of the trade sit above it ("sanction" 8.4, "treaty" 10.2, "peace" 5.4,
# "war" 4.3, "revision" 4.6), words of a learner's day and of everyday life below it ("argue"
# 2.8, "class" 2.0, "history" 2.4, "subject" 1.6, "rule" 3.5, "law" 4.0 is the edge). Chosen
# on the perturbation check's seed 17 (tools/perturb.py): 3.0 kept scenes naming "rules"
# ("my 8yo keeps breaking screen time rules") from reading as the learner's life, 4.0 took
# scene kept 0.968 -> 0.984 and out-of-scope scene declined 0.996 -> 1.000; checked on seeds
# 18 and 19. The scope decision still weighs the question that remains.
TALK_NAMING_KEYNESS = 4.0

# Talk around a question (tutor.answering.talk) without a listed word: a segment at a message's
# edge is talk when it names nothing, asks nothing, and each of its words is either one the
# knowledge lacks or one no commoner in the knowledge than about this many times (log2) its share
# of everyday English ("reading" -2.0, "book" -0.6, "keep" -1.0, "break" 0.4), so that a scene of
# a learner's day ("been reading a book and got stuck") reads as talk while one saying a word the
# knowledge leans on stays the subject of a near miss ("rule" 3.4, "argue" 2.8: "my 8yo keeps
# breaking screen time rules, what sanctions work at home"). Chosen by hand from those words,
# below TALK_NAMING_KEYNESS; checked on the helper's own held-out wrapper list
# (/work/notes/talk18-wrappers.yaml) and the development wrappers, seeds 17 and 18.
TALK_EVERYDAY_KEYNESS = 1.0

# A message asking two questions (tutor.answering.compound) is answered in one reply within
# issue #10's "at most about 120 words before tell me more": each part's answer keeps its first
# sentences up to this many words, the first always. Set from the limit (two parts of
# 60); compound19 had 70, which let replies run to 150 words (dev answers over 120 words rose
# from 14 to 20). A second part outside the knowledge leaves the first its whole answer.
COMPOUND_PART_WORDS = 60

# A process question's subject word (tutor.answering.process_subject) is said by a knowledge
# term it begins when it has at least this many letters as a stem ("chair" in "chairperson" of
# "how is the chair of the AU Commission elected?"). Chosen by hand (scope23): shorter stems
# ("un", "us") begin too many unrelated terms; no development answer moves between 4 and 6.
PROCESS_PREFIX = 5

# A yes/no verdict is read from a sentence that says one of the claim's most telling words:
# its rarest term and every other whose idf is within this much of it
# (tutor.answering.verdicts.Verdicts._telling). Terms of equal document frequency tie
# exactly, and one document added anywhere breaks the tie; a band keeps them all. Chosen by
# hand (yesno30) on the verdicts of tests/eval/dev with two parked knowledge drafts each
# added in a scratch copy (/work/notes/know28-check: the Nuremberg trials, the Louisiana and
# Alaska purchases): one word by rank (0) let the Nuremberg draft move a verdict ("can an
# ambassador get arrested if they commit a crime"), 0.25 lets it move another
# ("does america have a foreign ministry?"), 0.5 none; 0.5 gains two
# dev verdicts over 0 and loses none.
TELLING_BAND = 0.5
