"""Reading a learner's answer as claims: phrasings, choices and orderings.

A phrasing such as "binding international law" matches an answer when every one of its
content words appears in one clause of the answer, close together but in any order (save
that a quantifier such as "any" stands before its word), with
case, accents, word endings (Snowball stems) and small typos forgiven. Numbers and short
words must match exactly (a four-letter word forgives only two inner letters swapped, "dney"),
so "1815" never passes for "1816" nor "Iran" for "Iraq"; a
typo is forgiven only in a word that is not itself an English word, so "protects" never
passes for "prosecuted"; "-tion" spelt as it sounds ("relashions", "nashional") is forgiven too.

Each word has a polarity. A negation ("not", "can't", "no", "never", "nobody", "unable")
denies the rest of its clause (a refusal, "refused limits", turns it over), "non" only the next word (so "not non-governmental" is
governmental), and "immune/protected/exempt ... from" what follows "from", while "not
protected from arrest" affirms the arrest; a "from" that opens a later piece of the clause
("..., and from the courts") is shielded too. "Cannot" denies its "can" too, as "no country
can" does. Clauses end at punctuation and at words such as
"but", "while", "because", "if" and "before"; a comma or a bracket ends a piece of a clause
and a negation's reach. What ends or declines is denied ("the end of state sovereignty"; "it ended state
sovereignty", up to an "and", while "ends in treaties" ends nothing), what is not pushed beyond a limit
is kept within it, "now that" opens a clause as "since" does, and
negations texted without apostrophes ("cudnt") are read as typed with them.
A phrasing matches only words of its own polarity: "cannot be arrested" matches "immune
from arrest" and "not arrested" but not "can be arrested", and a misconception the learner
denies does not fire, nor one they report as a myth ("it's a myth that ...") or as others'
belief that they go on to contradict ("people think ..., but ..."). After "and" or "or", an auxiliary starts a predicate of its own, with its
own polarity: "they cannot be arrested and are immune from the courts" does not deny "immune".

Learners paraphrase, so words are compared by sense: "country", "nation" and "state" are
one sense, "curb", "cap" and "restrict" another (`dialogues/synonyms.yaml`); British and American
spellings are one ("programme", "program"); "unofficial" and "informal" are "official" and
"formal" denied, and so is a word joined to "non" ("nonstate"); "3+", "at least three" and
"more than two" are "3 or more", and so is a count of three or more states ("nearly 200 countries", the count kept) ("never more than two" and "no more than two" are "only two"), "1st" is "first", "btw", "w/" and "w/o" are "between", "with" and "without", and "arrest+detention" "arrest and detention". A piece that ends on an auxiliary ("SC decisions are
binding, GA ones are not") repeats a predicate said before it (the words after the last
auxiliary of its own kind, "can" for "can", else after the last auxiliary; with no auxiliary
said before, the words of the piece before after as many as its own subject has: "SC decisions
bind, GA ones not") with its own polarity, as a reader fills the gap (a piece that ends on a bare "not", "GA resolutions not", has
left its auxiliary out); an "and" before such
an ending starts a piece as a comma does ("... binding and GA ones are not"). When the gap is
filled with the other polarity, the side that can is the only one: "governments can make
law, which NGOs cannot do" says "only governments".

Some turns of phrase are read for what they say: "no one except officials" (and "nobody
else") is "only officials"; "hasn't changed the fact that X, nor that Y" affirms X and Y (so do "hasn't replaced X, nor Y"
and "has never stopped being X"), as
"not losing sight of X" affirms X; "no Arab state had made peace with Israel before" (or "before that, no
Arab state had") says the first did; "people outside government" are non-governmental and "retired officials" are no
longer officials; "how formal it is" names a degree of formality, said of no one subject; "one
is ..., the other ..." and "the first ..., the second ..." name the last two subjects in turn (with one of two named, "the second" is the other), as does a clause (or a last item after ", and") that is only "formal officials versus informal
non-officials",
and "if only two states negotiate, it's bilateral" names its subject after the condition;
an example ("such as", "like", but not a filler ", like,") is beyond a denial's reach,
though an example of what was just denied ("not home affairs such as immigration") asserts no
misconception; what follows "unlike" is true of
the thing contrasted ("unlike formal track one") and asserts no misconception, nor does a
concession ("although the UN works worldwide"), nor does a
relative clause after something denied or contrasted ("unlike bilateral talks, which are
between two states"); "neither has force except X" says only X has it; "unable to" and "not
able to" are "cannot", and "one country alone cannot" is "cannot ... alone"; a learner's "more
big than" is "bigger than". "Must" is an
obligation of its subject, not "binding" (what "must be followed" is binding), and
contractions typed without apostrophes ("arent") are read as with them. "Anyone else can't"
is "others cannot" (while "anyone else can" stays "anyone"), and what members are "not free to
ignore" they "must follow". A condition that no comma closes ends where a new subject and its
auxiliary follow "it", "them" or "then": in "if nothing came of it the government could deny it"
the denial stays in the condition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tutor.lessons.senses import shipped_senses
from tutor.files.paths import user_cache_dir
from tutor.search.english_list import cached_english
from tutor.search.spelling import CommonWords, edit_distance, english_word_counts
from tutor.search.text import AUXILIARIES as QUESTION_AUXILIARIES, NUMBER_WORDS, STOP_WORDS, Stemmer, fold, split_words

NEGATIONS = frozenset(
    "not no never cannot nor without neither none non nobody nothing noone unable lack lacks lacked lacking"
    " cant dont doesnt didnt isnt arent wasnt werent couldnt wouldnt shouldnt wont hasnt havent aint".split()
)
# Verbs that deny what follows them: "Iran refused limits" says no limits, and "did not refuse limits" says limits.
REFUSALS = frozenset("refuse refuses refused refusing".split())
# Verbs that end what follows them up to an "and" or a preposition, and are kept as words: "it ended state sovereignty" says no
# sovereignty, as "the end of state sovereignty" does; "ended up", "ends in treaties" and "ended with" end nothing.
# So do lifting and removing: "in exchange for lifting limits on its nuclear programme" lifts the limits.
ENDINGS = frozenset(
    "end ends ended ending abolish abolishes abolished abolishing destroy destroys destroyed eliminate eliminates eliminated scrap scraps scrapped"
    " lift lifts lifted lifting remove removes removed removing".split()
)
RESULTS = frozenset({"in", "up", "with"})
DETERMINERS = frozenset("the a an in at this that its their his her our my".split())
ADJUNCTS = frozenset("with through by via thanks in at on for after into under to from".split())
# "immune from arrest" says "not arrested": these words deny what follows a later "from".
PRIVATIVES = frozenset("immune immunity exempt exemption protect protects protected protecting protection shield shields shielded safe free".split())
# The privatives that take an object before their "from": "protects the diplomat from arrest".
PROTECTING = frozenset("protect protects protecting shield shields shielding".split())
# Words that end a clause, and with it the reach of a negation.
CLAUSE_WORDS = frozenset("but while whilst whereas although though because so if when unless however yet instead since before".split())
# Words that are stop words for retrieval but change the meaning of a short answer.
MEANINGFUL = frozenset({"say", "must", "only", "after", "against", "between", "all", "both", "each", "more", "most", "few", "same", "other", "others", "under", "over", "above", "below", "first", "own", "many", "much", "can", "too", "any", "from"})
GRADING_STOP_WORDS = (STOP_WORDS - NEGATIONS - MEANINGFUL - CLAUSE_WORDS) | {"the", "a", "an"}
# Words that open a clause saying when the main one happens: its subject is its own, not the answer's.
TIME_WORDS = frozenset({"before"})
# Words that open a condition, and the words that may end one when no comma does: "if nothing came of it the
# government could deny it" ends the condition's denial at its new subject.
CONDITIONS = frozenset({"if", "when", "unless", "once"})
CONDITION_ENDS = frozenset({"it", "them", "this", "that", "then"})
# Words that open a concession: what it grants is true of something else and asserts nothing of the answer's subject.
CONCESSIONS = frozenset({"although", "though"})
# Words that open a relative clause: after something denied or contrasted ("as opposed to track two, where
# academics talk"), it describes that thing and asserts nothing of the answer's own subject.
RELATIVES = frozenset({"which", "who", "whose", "where"})
# Words that qualify the word after them ("any member"), whatever order the rest of a phrasing takes.
QUANTIFIERS = frozenset("all every each any both more".split())
# Words that say nothing themselves but carry the predicate of an elliptical piece ("GA ones are not"):
# those opening a question, and "be", "been", "am" and "shall", which carry one in a statement too.
AUXILIARIES = QUESTION_AUXILIARIES | frozenset("be been am shall".split())
# The forms of one auxiliary: an elliptical "the council can" or "SC decisions are" repeats what followed the same one.
AUXILIARY_KINDS = {form: kind for kind, forms in {"be": "is are was were be been am", "do": "do does did", "have": "has have had", "can": "can could", "will": "will would", "shall": "shall should", "may": "may might"}.items() for form in forms.split()}
# Words that deny the word they are built on: "informal" says "not formal".
NEGATIVE_FORMS = {
    "unofficial": "official", "unofficially": "officially", "informal": "formal", "informally": "formally",
    "nonbinding": "binding", "unenforceable": "enforceable", "nongovernmental": "governmental", "illegal": "legal",
    "casual": "formal", "relaxed": "formal",  # how a meeting is run: "track two is more relaxed"
}
YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "sure", "correct", "right"})
NO_WORDS = frozenset({"no", "nope", "nah", "never"})
ASSURANCES = frozenset({"surely", "definitely", "absolutely", "certainly", "indeed", "totally"})  # "yes" alone, "no" before "not"
PROXIMITY_SLACK = 3  # a phrasing's words may have this many other content words among them
# "Cannot" denies the "can" too, so that "cannot solve it" and "no country can solve it" say the same.
_CONTRACTIONS = (("cannot", "not can"), ("can't", "not can"), ("can not", "not can"), ("won't", "will not"), ("n't", " not"))
# Contractions typed without their apostrophe: "arent" is "are not", so that "GA ones arent binding, SC ones are" has its auxiliary.
_BARE_CONTRACTIONS = re.compile(r"\b(?:cant|wont|aint|(?:is|are|was|were|do|does|did|could|would|should|has|have|had|must|need|cud|wud|shud)nt)\b")
_BARE_EXCEPTIONS = {"cant": "not can", "wont": "will not", "aint": "is not", "cudnt": "could not", "wudnt": "would not", "shudnt": "should not"}  # and as texted
_US = re.compile(r"\bU\.?S\.?(?:A\.?)?(?![A-Za-z])")  # "US" in capitals is the country, not "us"
# British spellings, read as American ones; then "3+" as "3 or more", a contrast ("rather than",
# "instead of") as a denial, and "other countries" or "another country" as "foreign countries".
_REWRITES = (
    (re.compile(r"\b(favo|hono|neighbo|behavio|labo|colo|endeavo|rumo|humo)ur"), r"\1r"),
    (re.compile(r"\bprogramme"), "program"),
    (re.compile(r"\b(defen|licen|offen)ce"), r"\1se"),
    (re.compile(r"\b(organ|recogn|harmon|author|legal|prioriti|civil|capital|modern|minim|maxim|real|critic|apolog|emphas|summar|categor|util|normal|standard|central|global|mobil|penal|formal|legitim|neutral|stabil|militar|democrat|sympath)is(e|ed|es|ing|ation|ations)\b"), r"\1iz\2"),
    # A denied upper bound is a bound: "never more than two states" and "no more than two" say "only two".
    (re.compile(r"\b(?:never|not|no) ((?:(?:has|have|had|involves?|includes?|with|any) )?)more th[ae]n (?=(?:\d+|" + "|".join(NUMBER_WORDS) + r")\b)"), r"\1only "),
    (re.compile(r"\b(more th[ae]n|at least) (?:the )?(\d+|" + "|".join(NUMBER_WORDS) + r")\b"), lambda m: _or_more(m[1], m[2])),  # "then": a common slip
    (re.compile(r"(\d)\s*\+(?![a-z0-9])"), r"\1 or more"),  # not "P5+1"
    # A count of three or more states is "3 or more": "the Paris talks with nearly 200 countries" (the count kept, "193 member states").
    (re.compile(r"\b(\d{1,3}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= (?:member )?(?:countries|states|nations|governments|parties)\b)"), lambda m: m[0] if int(NUMBER_WORDS.get(m[1], m[1])) < 3 else f"{m[1]} 3 or more"),
    (re.compile(r"\b(\d+|" + "|".join(NUMBER_WORDS) + r") plus\b(?=\s*(?:[.,;:!?)]|$|(?:countries|states|nations|parties|members|governments|sides)\b))"), r"\1 or more"),  # "three plus", not "five plus one"
    # Not going beyond a limit keeps within it: "Iran would not push its programme beyond agreed caps" accepts the caps.
    (re.compile(r"\b(?:not|never) ((?:\w+ ){0,5}?)(?:beyond|past|above|over|exceed(?:s|ed|ing)?) ((?:\w+ ){0,2}?)(?=(?:limit|cap|ceiling|restriction)s?\b)"), r"\1within \2"),
    (re.compile(r"\bnow that\b"), "since"),  # a reason, which opens a clause of its own: "... aren't the only ones now that digital media lets anyone"
    (re.compile(r"\b(?:have|has|had|having) to\b"), "must"),  # an obligation: "members have to follow"
    # A piece that ends on a bare "not" leaves out its auxiliary: "SC decisions are binding, GA resolutions not" is "... are not".
    # (Not "of course not", "definitely not": a word that only qualifies a denial leaves nothing out.)
    (re.compile(r"(?:(?<=[,;] )|(?<=\band )|(?<=\bwhile )|(?<=\bwhereas ))((?:(?!(?:" + "|".join(sorted(AUXILIARIES | ASSURANCES | {"not", "no", "or", "but", "why", "if", "whether", "course", "really", "maybe", "perhaps", "probably", "sure", "yet", "still", "even", "all"})) + r")\b|\w+ly\b)[a-z0-9']+ ){1,3})not(?=\s*(?:[.;:!?,)]|$))"), r"\1are not"),
    # Ability: "unable to", "isn't able to" are "cannot", and "alone" before a denial is within
    # it: "one country alone cannot fix it" says "no country can fix it alone".
    (re.compile(r"\bunable to\b"), "not can"),
    (re.compile(r"\b(?:(?:is|are|was|were|be|been) )?(not )?able to\b"), r"\1can"),
    # What is "beyond what one country could handle" is what one country cannot handle.
    (re.compile(r"\b(?:beyond|more than) what ((?:[a-z]+ ){1,6}?)(?:can|could|is able to|are able to) "), r"\1not can "),
    (re.compile(r"\b(alone|by (?:itself|themselves)|on (?:its|their) own) (not (?:can|could|will))\b"), r"\2 \1"),
    # What must be followed is binding; what a subject must do is its obligation, which makes nothing else
    # binding ("each country must hand in a plan" says nothing of binding targets), so "must" is no synonym of "binding".
    (re.compile(r"\b(?:must|shall) be (?:followed|obeyed|respected|implemented|carried out|complied with|applied|observed|honou?red|enforced|accepted)\b"), "are binding"),
    (re.compile(r"(?<=[a-z])\+(?=[a-z])"), " and "),  # "arrest+detention"
    (re.compile(r"\b1st\b"), "first"),
    (re.compile(r"\bbtw\b"), "between"),  # texted abbreviations: "peace btw Israel and an Arab state", "w/ 3 or more", "w/o"
    (re.compile(r"\bw/o(?![a-z])"), "without"),
    (re.compile(r"\bw/(?=\s*[a-z0-9])"), "with "),
    (re.compile(r"\bmore (big|large|small|strong|great|wide|hard|high|easy)(?= th[ae]n\b)"), lambda m: _COMPARATIVES[m[1]]),  # a learner's "more big than": "bigger than"
    (re.compile(r"\bp[- ]5\b"), "p5"),  # "P-5" is the permanent five
    (re.compile(r"\b(to|really|would not|not|make them|makes them|made them|so they|so that they|and they|they will|they would) like\b"), r"\1 approve of"),  # the verb ("get them to like your policies", "so they like its policies"), not "like" giving an example
    (re.compile(r"\b(?:just|merely|solely)(?= (?:one|two|three|four|five|[1-5]|a pair|a couple)\b)"), "only"),  # "just two" is "only two"
    (re.compile(r"\b(vot(?:e|es|ed|ing)|says?|said)\s+no\b|\bno[\x22'\u201d]?[- ][\x22'\u201c]?vote\b"), r"vote against"),  # a "no" vote affirms a vote
    (re.compile(r"\b(a|one|single) no\b(?! longer)"), r"\1 vote against"),  # and so does "a single no"
    # "How formal it is" names a degree, said of no one subject: "level of formality".
    (re.compile(r"\bhow (\w+) (?:it|they|each(?: one| track| side)?|the two|the (?:process|talks|negotiations?|dialogue|meetings?)) (?:is|are|was|were)\b"), r"degree of \1"),  # its "is" is no elliptical ending
    # "Technology hasn't changed (the fact) that X, nor that Y" affirms X and Y.
    (re.compile(r"\b(?:not|never) (?:chang|alter)(?:e|es|ed|ing)? (?:the fact )?that\b[^.;!?]*"), lambda m: re.sub(r"\bnor (?=(?:the fact )?that\b)", "and ", m[0].split(" that", 1)[1])),
    # "Technology hasn't replaced X, nor Y" and "it has never stopped being X" affirm X and Y.
    (re.compile(r"\b(?:not|never) (?:replac|remov|eliminat|abolish|undermin|eras|displac)(?:e|es|ed|ing)\b([^.;!?]*)|\b(?:not|never) stop(?:s|ped|ping)? being\b([^.;!?]*)"), lambda m: re.sub(r"\bnor\b", "and", m[1] or m[2] or "")),
    # A denied denial affirms: "not losing sight of the national interest", "never fails to protect".
    (re.compile(r"\b(?:not|never) (?:fail(?:s|ed|ing)? to|forget(?:s|ting)?(?: about)?|forgot(?: about)?|los(?:e|es|ing) sight of|lost sight of|neglect(?:s|ed|ing)?|ignor(?:e|es|ed|ing))\b"), ""),
    # "It wasn't us" (said of something done) denies it.
    (re.compile(r"\b(?:it )?(?:was not|wasnt|were not|werent) (?:us|me|them|him|her)\b"), "deny it"),
    # So does a denial put in someone's mouth: "the government could say 'never heard of them'", "say we did not talk with them".
    (re.compile(r"\b(?:say|says|said|saying|claim|claims|claimed|claiming)\s+(?:that\s+)?[\x22'\u201c\u2018]?\s*(?:(?:we|i|they|he|she|it)\s+)?(?:never|did not|do not|does not|had not|have not|has not|knew nothing|know nothing)\b"), "deny it"),
    # A verb done to no one is not done: "GA resolutions bind no one" does not bind (not "there is no one who ...").
    (re.compile(r"\b(?!(?:is|are|was|were|be|and|or|but|that|because|if|when|since|as|with|by|for|to|of|so|has|have|had|there|than)\b)([a-z]+) (?:no ?one|nobody|no-one)(?=\s*(?:[,.;:!?)]|$|(?:and|but|or|while|so)\b))"), r"not \1 anyone"),
    # "Nobody else can" says "only they can"; "what had never happened (before)" was a first.
    (re.compile(r"\b(?:no ?one|nobody) else\b"), "only they"),
    (re.compile(r"\b(?:any ?one|anybody|every ?one|everybody) else (?=(?:is |are |was |were )?not\b)"), "others "),  # "anyone else can't bind the state"; "anyone else can" stays anyone
    # Not being free to ignore something is an obligation to follow it: "members aren't free to ignore its decisions".
    (re.compile(r"\b(?:not|never) (?:can |free to |allowed to |permitted to )(?:ignor|disregard|disobey)(?:e|es|ed|ing|s)?\b"), "must follow"),
    (re.compile(r"\b(?:had|has|have) never (?:happened|been done|been achieved|occurred)(?: before)?"), "was a first"),
    # "How people abroad see it" is their perception of it.
    (re.compile(r"\bhow ((?:\w+ ){0,4})(?:see|sees|saw|view|views|viewed|perceive|perceives|perceived|think of|thinks of)\b"), r"\1perception of"),
    # A retired or former official is no longer one: "academics and retired officials" are not officials.
    (re.compile(r"\b(?:retired|former|ex)[- ](?:government |state )?(?:officials?|diplomats?|ministers?|ambassadors?)\b"), "retirees"),
    # "People outside government" are non-governmental.
    (re.compile(r"\boutside (?:of )?(?:the )?(?=(?:government|governments|govt|state|states|officialdom)\b)"), "non "),
    # "No Arab state had made peace with Israel before" says it was the first to.
    (re.compile(r"\bno (?=\w+ (?:\w+ )?(?:had|has|have|did|was|were)\b[^.;,!?]*? (?:before|until then|till then|previously)\s*(?:[.;,!?]|$))([^.;,!?]*?) (?:ever )?(?:before|until then|till then|previously)(?=\s*(?:[.;,!?]|$))"), r"first \1"),
    # "Before that, no Arab state had signed a peace treaty with Israel" says the same.
    (re.compile(r"\b(?:before|until|till) (?:that|then|this|it)\b,? no (?=\w+ (?:\w+ )?(?:had|has|have|did|was|were)\b)"), "first "),
    # "No one except officials can" says "only officials can" (before "other than" reads as a denial).
    (re.compile(r"\b(?:no ?one|nobody|none|no \w+) (?:except|but|apart from|besides|other than|save)(?: for)?(?: the)? (?=\w)"), "only "),
    # "Neither has binding force except the council's decisions": only they have it.
    (re.compile(r"\b(?:no ?one|nobody|none|neither|nothing)\b ([^.;:!?,]*?)\b(?:except|apart from|besides|other than|save)(?: for)?(?: the)? (?=\w)"), r"\1 only "),
    # "Neither is binding" denies it of both: "both are not binding".
    (re.compile(r"\bneither(?: one| of (?:them|the two|these|those))? (is|are|has|have|can|does|do|was|were)\b"), r"both \1 not"),
    # What ends, declines or is done away with is denied: "the end of state sovereignty", "the decline of NGOs";
    # what is impossible cannot be: "impossible to speak directly".
    (re.compile(r"\b(?:the )?(?:end|ending|decline|demise|abolition|disappearance|collapse|replacement|weakening|erosion) of\b"), "not"),
    (re.compile(r"\b(?:the|a) (lifting|removal) of\b"), lambda m: "lifting" if m[1] == "lifting" else "removing"),  # "the lifting of sanctions" lifts them, as "lifting sanctions" does
    (re.compile(r"\b(?:impossible|unable) to\b"), "not can"),
    (re.compile(r"\b(?:rather than|instead of|as opposed to|other than|(?:different|distinct) from)\b"), "not"),  # "rather than NGOs" denies them
    # What the learner reports as a myth, or as others' belief they go on to contradict, they deny.
    (re.compile(r"\b(?:a |the )?(?:myth|misconception|mistake|false|untrue|wrong) (?:to (?:think|say|believe|assume)(?: that)?|that)\b"), "not"),
    (re.compile(r"\b(?:people|many|some|others|most)(?: people)?(?: (?:\w+ly|often|sometimes|still))? (?:think|believe|assume|say|claim|imagine|call)s?(?: that)?(?=[^.;:!?]*\bbut\b)"), "not"),
    # "If only two states negotiate, it's bilateral": the name after the condition is its subject.
    (re.compile(r"\b(?:if|when) ([^,;.:!?]+?)(?: (?:do|does|did|is|are|can))?,? (?:then )?(?:it's|it is|that's|that is) (?!not\b|no\b|never\b)((?:\w+ ){0,2}\w+)(?=\s*(?:[,;.!?]|$))"), r"\2 is \1"),
    # "The former" and "the latter" as pronouns (not "the former officials"), read as subjects by `subjects_named`.
    # "One is formal and the other informal", "the first is ..., the second ...": of the last two named.
    (re.compile(r"(^|[,;:.\-] |\b(?:so|and|while|whereas|but) )one (?=(?:is|are|was|were|involves|uses|has|can|cannot)\b[^.;!?]*?\bthe other\b)"), r"\1the formerone "),
    # A clause that is only "formal officials versus informal non-officials" pairs its sides with the last two named, in turn.
    (re.compile(r"(^|[.;:!?]\s*|,\s*and\s+)((?:[\w'-]+ ){0,4}[\w'-]+) (?:versus|vs\.?) ((?:[\w'-]+ ){0,5}[\w'-]+)(?=\s*(?:[.;:!?]|$))"), r"\1the formerone \2, the latterone \3"),  # also a last item: "..., and formal versus informal"
    (re.compile(r"\bthe (first|second)(?= (?:is|are|was|were|involves|uses|has|can|cannot|only)\b)"), lambda m: "the formerone" if m[1] == "first" else "the latterone"),
    (re.compile(r"\b(?:the )?other (?:one|kind|type|form|sort)\b|\bthe other\b(?=\s*[:=]| (?:is|are|was|were|formal|official|informal|unofficial|only|involves|uses|has|can|cannot)\b)"), "the otherone"),  # the other of two subjects
    (re.compile(r"\bthe (former|latter)\b(?! (?:officials?|diplomats?|ministers?|leaders?|presidents?|heads?|ambassadors?|secretar\w*|prime|soviet|colon\w*|members?|states?|enem\w*|yugoslav\w*)\b)"), r"the \1one"),
    (re.compile(r"\b(?:an)?other (?=(?:coun|cont?r[iy]|nati|stat|gove|soci)[a-z]*\b|peoples\b)"), "foreign "),  # by the first letters: "other counrties" too
)


_COMPARATIVES = {"big": "bigger", "large": "larger", "small": "smaller", "strong": "stronger", "great": "greater", "wide": "wider", "hard": "harder", "high": "higher", "easy": "easier"}


def _or_more(bound: str, number: str) -> str:
    """"more than two" as "3 or more" and "at least 3" as "3 or more": not a claim about two."""
    least = int(NUMBER_WORDS.get(number, number)) + (bound != "at least")
    return f"{least} or more"


# An "and" before a short elliptical ending starts a piece of its own, as a comma would:
# "SC decisions are binding and GA resolutions are not".
_ELLIPTICAL_AND = re.compile(r"\s(?:and|or)\s(?=(?:[a-z0-9']+\s){0,3}(?:" + "|".join(sorted(AUXILIARIES)) + r")(?:\s+not)?\s*$)")
# The look-behinds follow what they guard ("like" is checked before the words before it), which is several times faster on a long answer.
_EXAMPLES = re.compile(r"\bfor (?:example|instance)\b|\bsuch as\b|\beg\b(?<!, eg)|\blike\b(?<!\bnot like)(?<!\bto like)(?<!\bwould like)(?<!\bdo like)(?<!\bthey like)(?<!\bwe like)(?<!\byou like)(?<!\bi like)(?<!\bmake them like)(?<!\bmakes them like)(?<!\bmade them like)|\bin (?:exchange|return)\b")
_CLAUSE_MARKS = re.compile(r"[.;:!?\n\u2013\u2014]|\s-\s|(?:^|\s)\(?(?:\d{1,2}|[a-h])\)\s")  # line ends, and list labels such as "2)" or "b)"
_FILLER_LIKE = re.compile(r"\s*,\s*like\s*,\s*")
_PIECE_MARKS = re.compile(r"[,()]")  # a comma or a bracket ends a piece: "(no outside power meddling) and permanent missions" affirms the missions
_LABEL = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]?$")
_LABEL_PREFIX = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]\s+")
_NON_WORD = re.compile(r"[^a-z0-9+]+")
_ORDER_SEPARATORS = re.compile(r"[\s,;>/\-\u2192]+")
_TEXT_SEPARATORS = re.compile(r"\s*(?:;|>|\u2192|\n|,\s*then\s+|\s+then\s+)\s*")

_SPOKEN_TION = re.compile(r"(?:sh|c)(?:i?o|u)n")  # "-tion" spelt as it sounds: "relashions", "intenshun", "condicion"
_stem = Stemmer()


@dataclass(frozen=True)
class Token:
    """A content word of an answer: folded form, stem, whether it is denied, its clause and piece, its senses."""

    word: str
    stem: str
    negated: bool = False
    clause: int = 0
    piece: int = 0  # the stretch of the clause between commas
    sense: frozenset[str] = frozenset()
    aside: bool = False  # in a relative clause about something denied ("unlike bilateral talks, which are between two states")
    example: bool = False  # in a piece that gives an example or a likeness ("like ordinary people")
    timed: bool = False  # in a clause that says when the main one happens ("before governments pick them up"), about its own subject
    echo: bool = False  # repeated by an elliptical piece ("officials can" after "NGOs can't promise anything")
    left: frozenset[str] = frozenset()  # the words left out right before it: "by", "a" of "are addressed by a government"
    guarded: bool = False  # what a protecting verb protects, before its "from": "diplomats" of "protects diplomats from arrest"
    formed: bool = False  # denied by its own form ("non-permanent", "unofficial"), whatever its clause says: a name keeps that denial

    def placed(self, negated: bool, clause: int, piece: int) -> "Token":
        """The same word with another polarity, in another clause and piece."""
        return Token(self.word, self.stem, negated, clause, piece, self.sense)


_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))([1-9])[.)]?\s+(?=[a-z])")


def _numbered(text: str) -> str:
    """A list numbered without brackets, "1 keep relations ... 2 sort out disputes without war 3 promote
    interests", with a clause mark before each number after the first, as "2)" has: one item's denial
    ends at the next. Only numbers that count up from a "1" that opens the answer are read so."""
    marks, expected = [], 1
    for match in _LIST_NUMBER.finditer(text):
        if int(match[1]) == expected and (expected > 1 or not text[: match.start()].strip()):
            marks.append(match.start())
            expected += 1
    for at in reversed(marks[1:]):
        text = f"{text[:at]}; {text[at:]}"
    return text


def _rewrite(text: str) -> str:
    """The answer folded, with contractions spelt out, a list's numbers read as clause marks, the
    rewrites below applied and the phrases of `dialogues/synonyms.yaml` read as their words."""
    text = _numbered(fold(_US.sub("USA", text)).replace("\u2019", "'").replace("e.g.", ", eg").replace("i.e.", ", ie"))  # a pause, not the end of a clause
    text = _FILLER_LIKE.sub(" ", text)  # "track one is, like, the formal kind": a filler, no example
    text = _EXAMPLES.sub(r", \g<0>", text)  # so are "for example" and "in exchange": "no country can solve it alone for example climate change"
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    text = _BARE_CONTRACTIONS.sub(lambda m: _BARE_EXCEPTIONS.get(m[0], m[0][:-2] + " not"), text)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return shipped_senses().read_phrases(text)


def _token(word: str, negated: bool, clause: int, piece: int, left: frozenset[str] = frozenset(), formed: bool = False) -> Token:
    if word in NEGATIVE_FORMS:
        word, negated, formed = NEGATIVE_FORMS[word], not negated, not formed
    stem = _stem(word)
    return Token(word, stem, negated, clause, piece, shipped_senses().of_word(word, stem), left=left, formed=formed)


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The content words of `text`, each with its clause, its piece and whether a negation denies it."""
    return _Reader().read(_rewrite(text))


class _Reader:
    """Reads a text word by word, keeping each negation's reach and each piece's predicate."""

    def __init__(self) -> None:
        self.result: list[Token] = []
        self.clause = self.piece = 0
        self.previous: tuple[list[Token], bool, int] | None = None  # the last predicate, whether it was denied, where its piece starts
        self.previous_by: dict[str, tuple[list[Token], bool, int]] = {}  # the last predicate after each kind of auxiliary
        self.last_piece: tuple[list[Token], bool, int] | None = None  # the words of the piece before, whether it was denied, where it starts
        self.was_denied = False  # whether the piece before ended denied
        self.timed_clauses: set[int] = set()  # the clauses opened by "before"
        self.conditional = False  # the clause was opened by "if", "when": a new subject may end its condition
        self.left_out: list[str] = []  # the words read since the last word kept
        self.clause_shield: bool | None = None  # the clause's last "immune", "protected": a later piece's "from" is shielded by it
        self.privative = ""  # the last "immune", "protection" read: an answer of that word alone says it
        self._open_piece()

    def _open_piece(self) -> None:
        self.start = len(self.result)  # where the piece's words start
        self.denied = self.after_non = False
        self.denier = ""  # the negation that denies the piece's words, if any
        self.contrasted = False  # the piece describes something the answer contrasts its subject with ("unlike formal track one")
        self.shields: bool | None = None  # after "immune", "protected": whether a later "from" denies
        self.guarding = False  # after "protects", before its "from": the words read are what it protects
        self.predicate: int | None = None  # where the words after the piece's last auxiliary start
        self.said_after_auxiliary = False
        self.auxiliaries: dict[str, int] = {}  # where the words after each kind of auxiliary start (its last one)
        self.first_auxiliary = ""

    def _close_piece(self) -> None:
        """End a piece; one that ends on an auxiliary takes the previous predicate, with its own polarity:
        the one after the same kind of auxiliary when there is one ("the GA can't bind members to
        what its resolutions say; the SC can" repeats "bind members", not "say")."""
        source = self.previous_by.get(self.first_auxiliary) or self.previous or self._parallel()
        if self.predicate is not None and not self.said_after_auxiliary and source:
            words, was_denied, previous_start = source
            flip = was_denied != self.denied
            self.result.extend(replace(t.placed(t.negated != flip, self.clause, self.piece), echo=True) for t in words if t.word not in AUXILIARIES)
            where = self.start if was_denied else previous_start
            if flip and where < len(self.result):  # "governments can, NGOs cannot": only the side that can (when a side was said: not "is, is not")
                like = self.result[where]
                self.result.insert(where, _token("only", False, like.clause, like.piece))
        elif self.predicate is not None:
            self.previous = (self.result[self.predicate :], self.denied, self.start)
            self.previous_by.update((kind, (self.result[at:], self.denied, self.start)) for kind, at in self.auxiliaries.items())
        self.last_piece = (self.result[self.start :], self.denied, self.start)
        self.piece += 1
        self.was_denied = self.denied or self.contrasted  # a relative clause after it describes that thing
        self._open_piece()

    def _parallel(self) -> tuple[list[Token], bool, int] | None:
        """With no auxiliary said before, what an elliptical piece repeats from the piece before it: its words
        after as many as the elliptical piece's own subject has ("SC decisions bind, GA ones not" repeats "bind")."""
        if self.predicate is None or self.last_piece is None:
            return None
        words, denied, start = self.last_piece
        subject = self.predicate - self.start
        return (words[subject:], denied, start + subject) if 0 < subject < len(words) else None

    def read(self, text: str) -> tuple[Token, ...]:
        aside = None
        for part in _CLAUSE_MARKS.split(text):
            for n, piece in enumerate(p for comma_piece in _PIECE_MARKS.split(part) for p in _ELLIPTICAL_AND.split(comma_piece)):
                last, start = "", len(self.result)
                words = [w.folded for w in split_words(piece)]
                example = words[:1] in (["like"], ["eg"]) or words[:2] in (["such", "as"], ["for", "example"], ["for", "instance"])  # a piece that gives an example
                if example and n and self.was_denied:  # an example of what was just denied ("not home affairs such as immigration") asserts nothing
                    aside = start
                for k, w in enumerate(words):
                    if not last and w in RELATIVES and self.was_denied:
                        aside = start
                    if w == "from" and last in ("", "and", "or") and self.shields is None:
                        self.shields = self.clause_shield  # "protection from arrest, and from the courts": the second "from" is shielded too
                    if w == "unlike":  # what is said of the thing contrasted is true of it, and asserts nothing of the answer's subject
                        aside, self.contrasted = len(self.result) if aside is None else aside, True
                        continue
                    if w in CLAUSE_WORDS and last in AUXILIARIES:  # "public diplomacy is when ...": what follows completes it, no ellipsis
                        self.predicate = None
                    if w in CONCESSIONS:  # "although the UN works worldwide, ...": granted, and not said of the answer's subject
                        self._word(w)
                        aside, last = len(self.result) if aside is None else aside, w
                        continue
                    if self.denier == "end" and (last in ("and", "or") or w in ADJUNCTS):  # what an ending verb ends is its object: "ended wars and advanced interests", "ended decades of war with a treaty"
                        self.denied, self.denier = not self.denied, ""
                    elif (
                        (last in ("and", "or") and w in AUXILIARIES)
                        or (last == "and" and (_new_subject(words[k : k + 4]) or (w.endswith("ing") and self.denier == "without")))
                        or (self.conditional and last in CONDITION_ENDS and _new_subject(words[k : k + 4]))
                    ):
                        self.denied, self.shields = False, None  # "cannot be arrested and are immune", "solving disputes without fighting and defending ...": a new predicate, its own polarity
                    self._word(w)
                    if w in ENDINGS and words[k + 1 : k + 2] and words[k + 1] not in RESULTS and last not in DETERMINERS:  # a verb, not "the end goal"
                        self.denied, self.denier = not self.denied, "end"
                    last = w
                self._close_piece()
                if aside is not None:
                    self.result[aside:] = [replace(t, aside=True) for t in self.result[aside:]]
                    aside = None
                if example:
                    self.result[start:] = [replace(t, example=True) for t in self.result[start:]]
            self.clause, self.clause_shield, self.conditional = self.clause + 1, None, False
        if not self.result and self.privative:  # "immunity" alone shields nothing: it is a word of the answer
            self.result.append(_token(self.privative, False, 0, 0))
        return tuple(replace(t, timed=True) if t.clause in self.timed_clauses else t for t in self.result)

    def _word(self, word: str) -> None:
        self.left_out.append(word)
        if word in CLAUSE_WORDS:
            self._close_piece()
            self.clause, self.clause_shield, self.conditional = self.clause + 1, None, word in CONDITIONS
            if word in TIME_WORDS:
                self.timed_clauses.add(self.clause)
            return
        if word in REFUSALS:
            self.denied = not self.denied
            return
        if word in NEGATIONS:
            self.denied, self.after_non = (self.denied or word != "non"), word == "non"
            self.denier = word if word != "non" else self.denier
            return
        if word.startswith("non") and len(word) > 6 and word not in NEGATIVE_FORMS and word[3:] in _english() and word not in _english():
            self._word("non")  # "nonstate" is "non-state"
            word = word[3:]
        if word in PRIVATIVES:
            self.privative, self.guarding = word, word in PROTECTING and not self.denied
            if self.denied:  # "not immune" is a claim of its own, and leaves what follows "from" affirmed
                self.result.append(_token(word, True, self.clause, self.piece))
            self.shields = self.clause_shield = not self.denied
            return
        if word == "from" and self.shields is not None:
            self.guarding = False
            self.denied = self.shields
            return
        if word in AUXILIARIES:  # the predicate follows the last auxiliary: "the difference is that SC decisions are binding"
            self.predicate, self.said_after_auxiliary = len(self.result), False
            kind = AUXILIARY_KINDS.get(word, word)
            self.auxiliaries[kind] = len(self.result)
            self.first_auxiliary = self.first_auxiliary or kind
        negated, formed = self.denied != self.after_non, self.after_non  # "not non-governmental" is governmental
        self.after_non = False
        if word in GRADING_STOP_WORDS or word == "from" or (len(word) == 1 and word.isalpha()):
            return
        if word not in AUXILIARIES:
            self.said_after_auxiliary = self.predicate is not None
        self.result.append(replace(_token(word, negated, self.clause, self.piece, frozenset(self.left_out[:-1]), formed), guarded=self.guarding))
        self.left_out = []


def _new_subject(words: list[str]) -> bool:
    """True for words after "and" that open a clause of their own, a subject and then an auxiliary
    ("Iran would not build nukes and sanctions would be lifted"): it has its own polarity."""
    verb = next((k for k, w in enumerate(words) if w in AUXILIARIES), None)
    return verb is not None and verb > 0 and not any(w in NEGATIONS or w in QUANTIFIERS for w in words[:verb])


def is_bare(text: str) -> bool:
    """True for a bare keyword ("P5", "the treaties"): one word, perhaps with an article, and no claim."""
    return len([w for w in _first_words(text, 2) if w not in ("the", "a", "an")]) == 1


_OPENING = 80  # characters read first for an answer's opening words: most answers' first words lie within them
_SPACE = re.compile(r"\s")


def _first_words(text: str, count: int) -> list[str]:
    """The folded words of `text`, or of a stretch of its start that holds at least `count` words
    beyond the articles: a long answer's other words need not be split to know how it opens. The
    stretch ends at a space, which no word spans, so its words are the first words of the whole."""
    end = _SPACE.search(text, _OPENING * count)
    if end is not None:
        opening = [w.folded for w in split_words(text[: end.start()])]
        if len([w for w in opening if w not in ("the", "a", "an")]) >= count:
            return opening
    return [w.folded for w in split_words(text)]


# A learner saying they do not know part of the answer: "not sure what the plans are called", "I can't remember the other one".
# Knowing is the learner's only when they say so ("I don't know", or a clause of its own): "foreign publics don't know much" is no doubt.
_ADMITTED_GAP = re.compile(
    r"\b(?:not (?:really |quite |totally |entirely |completely )?(?:sure|certain)|unsure|no idea|(?:don['’]?t|do not|can['’]?t|cannot|can not|couldn['’]?t) (?:remember|recall|think of)|i (?:forget|forgot))\b"
    r"|(?:^|[.!?,;:]\s*|\bi (?:really )?)(?:don['’]?t|do not|can['’]?t|cannot) know\b",
    re.IGNORECASE,
)


def admits_gap(text: str) -> bool:
    """True for an answer that says the learner does not know part of it ("not sure about the rest")."""
    return bool(_ADMITTED_GAP.search(text))  # not folded: a long answer's folding costs more than the search


def yes_no(text: str) -> bool | None:
    """True for an answer that opens with "yes" ("of course", "definitely"), False for "no"
    ("never", "not at all", "of course not", "definitely not"), None otherwise."""
    words = _first_words(fold(text), 2)
    if words[:2] == ["of", "course"]:
        words[:2] = ["surely"]
    if words and words[0] in ASSURANCES:
        return words[1:2] not in (["not"], ["no"], ["never"])
    if words and words[0] in YES_WORDS:
        return True
    if words and (words[0] in NO_WORDS or words[:2] in (["not", "at"], ["not", "really"])):
        return False
    return None


def asks_yes_or_no(prompt: str) -> bool:
    """True for a prompt that "yes" or "no" answers ("Can the police arrest a diplomat?"), not
    for a choice between two words ("Is track one official or unofficial?")."""
    words = [w.folded for w in split_words(prompt)]
    choice = "or" in words and words[::-1].index("or") <= 2  # at most two words after the last "or"
    return bool(words) and words[0] in AUXILIARIES and not choice


def claim_of(prompt: str, agree: bool) -> tuple[Token, ...]:
    """The claim a yes or no makes about a yes/no prompt: its words, denied for "no"."""
    return tuple(t.placed(t.negated != (not agree), -1, -1) for t in tokens(prompt))


def words_match(answer: Token, wanted: Token) -> bool:
    """One answer word against one wanted word: same word or sense, or a typo (that is not
    itself a word) of the wanted word or of a synonym of it."""
    if answer.word == wanted.word or answer.sense & wanted.sense:
        return True
    a = answer.word  # a typo keeps the first letter, so only candidates that share it are tried
    return a.isalpha() and any(_typo_of(a, answer.stem, word) for word in _typo_candidates(wanted.word, wanted.sense).get(a[0], ())) and a not in _english()  # the word list loads only when needed


@lru_cache(maxsize=4096)
def _typo_candidates(word: str, sense: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The words a typo of `word` may be meant for (itself and its synonyms), by first letter."""
    by_initial: dict[str, list[str]] = {}
    for candidate in {word}.union(*(shipped_senses().members.get(group, ()) for group in sense)):
        if candidate:
            by_initial.setdefault(candidate[0], []).append(candidate)
    return {initial: tuple(words) for initial, words in by_initial.items()}


@dataclass(frozen=True)
class _WordIndex:
    """Where an answer says each word, stem and sense, so that a phrasing's word finds the
    answer words it matches without trying every one of them (a 541-word answer has hundreds)."""

    by_word: dict[str, list[int]]
    by_stem: dict[str, list[int]]
    by_sense: dict[str, list[int]]
    by_initial: dict[str, list[tuple[str, str, list[int]]]]  # the words that may be typos (no English words), by first letter: (word, stem, indexes)
    matched: dict[tuple[str, frozenset[str]], list[int]] = field(default_factory=dict)  # `matching`'s answers, by wanted word and senses: phrasings share words

    @classmethod
    def of(cls, have: tuple[Token, ...]) -> "_WordIndex":
        by_word: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        by_sense: dict[str, list[int]] = {}
        for i, t in enumerate(have):
            by_word.setdefault(t.word, []).append(i)
            by_stem.setdefault(t.stem, []).append(i)
            for group in t.sense:
                by_sense.setdefault(group, []).append(i)
        by_initial: dict[str, list[tuple[str, str, list[int]]]] = {}
        english = _english()  # a typo is no word of its own: the many English words of a long answer are never tried
        for word, at in by_word.items():
            if word.isalpha() and word not in english:
                by_initial.setdefault(word[0], []).append((word, have[at[0]].stem, at))
        return cls(by_word, by_stem, by_sense, by_initial)

    def related(self, want: Token) -> set[int]:
        """The answer words with the wanted word's stem or one of its senses."""
        return set(self.by_stem.get(want.stem, ())).union(*(self.by_sense.get(group, ()) for group in want.sense))

    def matching(self, want: Token) -> list[int]:
        """The answer words that `words_match` the wanted word, in order (the same list each time: not to be changed)."""
        key = (want.word, want.sense)
        if key not in self.matched:
            self.matched[key] = self._matching(want)
        return self.matched[key]

    def _matching(self, want: Token) -> list[int]:
        hits = set(self.by_word.get(want.word, ())).union(*(self.by_sense.get(group, ()) for group in want.sense))
        for initial, candidates in _typo_candidates(want.word, want.sense).items():
            for word, stem, at in self.by_initial.get(initial, ()):
                if not hits.issuperset(at) and any(_typo_of(word, stem, c) for c in candidates):
                    hits.update(at)
        return sorted(hits)


_INDEXES: dict[int, tuple[tuple[Token, ...], _WordIndex]] = {}  # by the answer's identity: a grading asks about one answer many times


def _index_of(have: tuple[Token, ...]) -> _WordIndex:
    entry = _INDEXES.get(id(have))
    if entry is None or entry[0] is not have:
        if len(_INDEXES) >= 8:
            _INDEXES.clear()
        entry = _INDEXES[id(have)] = (have, _WordIndex.of(have))
    return entry[1]


@lru_cache(maxsize=65536)  # the same answer words meet the same phrasings' words again and again (keyed by strings, cheap to hash)
def _typo_of(a: str, stem: str, word: str) -> bool:
    if len(word) == 4 and len(a) == 4 and word.isalpha() and a[0] == word[0]:  # a short word forgives only two letters swapped: "dney"
        return any(a == word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, 3))
    if not word.isalpha() or len(word) < 5 or a[0] != word[0]:
        return False
    limit = 2 if len(word) >= 10 else 1
    spoken = _SPOKEN_TION.sub("tion", a)  # spelt as it sounds: "relashions", "nashional"
    return edit_distance(a, word, limit) <= limit or edit_distance(stem, _stem(word), limit) <= limit or (spoken != a and edit_distance(spoken, word, limit) <= limit)


def is_everyday(word: str) -> bool:
    """True for an everyday English word (the word list loads at the first call)."""
    return word in _english()


@lru_cache(maxsize=1)
def _english() -> CommonWords:
    """The everyday English words, looked up in the English list's copy in the cache folder
    (parsing the whole list took some 100 ms of the first correction or grading)."""
    return CommonWords(cached_english(user_cache_dir(), english_word_counts))


def find_matches(have: tuple[Token, ...], phrasing: str) -> list[tuple[int, ...]]:
    """Where `phrasing` is said in the answer: for each match, the indexes of the words it uses.

    Every content word of the phrasing must stand, with the phrasing's own polarity, in one
    clause of the answer, close together and in any order.
    """
    wanted = tokens(phrasing)
    if not wanted:
        return []
    index = _index_of(have)
    positions: list[list[int]] = []
    for want in wanted:
        said = {(have[i].clause, have[i].negated) for i in index.related(want)}
        if said and want.negated not in {negated for _, negated in said}:
            return []  # the answer says this word (or one of its sense) only the other way
        # A clause that says it both ways, with only a synonym the wanted way, does not say it:
        # "the courts cannot try them" does not say "can be prosecuted" through "courts"; but an
        # elliptical piece says it again on purpose: "NGOs can't promise anything for the state,
        # officials can" says that officials commit the state.
        mixed = {clause for clause, negated in said if negated != want.negated and (clause, want.negated) in said}
        mixed -= {have[i].clause for i in index.by_stem.get(want.stem, ()) if have[i].negated == want.negated}
        mixed -= {have[i].clause for i in index.related(want) if have[i].negated == want.negated and have[i].echo}
        found = [i for i in index.matching(want) if have[i].negated == want.negated and have[i].clause not in mixed]
        if not found:
            return []
        positions.append(found)
    window = len(wanted) + PROXIMITY_SLACK
    matches = []
    for start in sorted({i for found in positions for i in found}):
        used: list[int] = []
        for found in positions:  # each wanted word takes its own answer word
            i = next((i for i in found if start <= i < start + window and i not in used and have[i].clause == have[start].clause), None)
            if i is None:
                break
            used.append(i)
        else:
            if not _gainsaid(have, used, wanted) and _quantifiers_lead(used, wanted):
                matches.append(tuple(used))
    return matches


def _quantifiers_lead(used: list[int], wanted: tuple[Token, ...]) -> bool:
    """A quantifier stands before the word it qualifies: "members block any resolution"
    does not say "any member veto"."""
    return all(used[k] < used[k + 1] for k, want in enumerate(wanted[:-1]) if want.word in QUANTIFIERS)


def _gainsaid(have: tuple[Token, ...], used: list[int], wanted: tuple[Token, ...]) -> bool:
    """True when a match joins pieces of a clause and one of them says one of its words the
    other way: in "governments can make law, which NGOs cannot do" the piece about NGOs
    denies the law, so "NGOs make law" is not said."""
    pieces = {have[i].piece for i in used}
    if len(pieces) < 2:
        return False
    return any(
        t.piece in pieces and t.piece != have[i].piece and t.negated != want.negated and (t.stem == want.stem or t.sense & want.sense)
        for i, want in zip(used, wanted)
        for t in have
    )


def find_phrase(have: tuple[Token, ...], phrasing: str) -> list[int]:
    """Where `phrasing` is said in the answer: the index of each match's first word."""
    return [min(used) for used in find_matches(have, phrasing)]


def subjects_named(have: tuple[Token, ...], roles: dict[str, list[str]]) -> list[tuple[int, str]]:
    """Where the answer names each subject of a comparison (index, name), whatever the polarity
    of its clause, though a name keeps the denial of its own form ("non-permanent members" are not
    the permanent members) ("the former" and "the latter" name the first and second of the last two named before them, "the elected ones" the elected members,
    "the other kind" the one of two subjects not named last):
    "unlike the council, whose decisions bind" still names the council as what binds. A name
    is said within one piece and in its own order: "permanent members can, elected members
    cannot" does not name "elected members" with the first "members", nor do "the two tracks"
    name "track two"; a likeness or an example names no subject ("like ordinary people, they
    can be arrested" is said of the diplomats)."""
    if not roles:
        return []
    plain = tuple(t.placed(t.formed, t.clause, t.piece) for t in have)  # "non-permanent members" are not the permanent members
    found = [
        (used, name) for name, phrasings in roles.items() for p in _with_ones(phrasings) for used in find_matches(plain, p)
        if len({have[i].piece for i in used}) == 1 and list(used) == sorted(used) and not have[used[0]].example
    ]
    # A name is not said across the words of another name: "track one is not track two" names no "track two" from its first "track".
    words_of = {i: name for used, name in found for i in used}
    found = [(used, name) for used, name in found if not any(min(used) < i < max(used) and i not in used and other != name for i, other in words_of.items())]
    # Each name's first word; every word of a name said in one run ("the five permanent members").
    named = {(min(used), name) for used, name in found} | {(i, name) for used, name in found if max(used) - min(used) < len(used) for i in used}
    by_name = sorted(named)

    def last_named(mentions: list[tuple[int, str]], i: int) -> list[str]:
        """The subjects named before `i`, in the order of their last mention."""
        return list(dict.fromkeys(name for j, name in reversed(mentions) if j < i))[::-1]

    for i, t in enumerate(have):
        if t.word in ("formerone", "latterone") and len(before := last_named(by_name, i)) >= 2:  # of the last two named by name, the first or the second
            named.add((i, before[-2] if t.word == "formerone" else before[-1]))
        elif t.word == "latterone" and len(roles) == 2 and len(before) == 1:  # "the first track is official, the second ...": the one not named yet
            named.add((i, next(name for name in roles if name != before[0])))
        elif t.word == "otherone" and len(roles) == 2 and (before := last_named(sorted(named), i)):  # "the other kind": the subject not named (or meant) last
            named.add((i, next(name for name in roles if name != before[-1])))
    return sorted(named)


def _with_ones(phrasings: list[str]) -> list[str]:
    """A subject's names, and each name of two words or more with "ones" for its last: "the elected ones" are the elected members."""
    return phrasings + [" ".join(p.split()[:-1] + ["ones"]) for p in phrasings if len(p.split()) > 1 and p.endswith("s")]


def subject_of(have: tuple[Token, ...], index: int, mentions: list[tuple[int, str]]) -> str | None:
    """The subject a claim at `index` is about, among the named `mentions` (index, name).

    The nearest one named before it in its piece ("the council's decisions must be
    followed"), else after it in its piece ("binding are the council's decisions"), else
    before it in its clause, else the last one named before it at all; a piece that is only a name
    labels the piece before it ("academics and NGOs (track two)"). A claim about subjects
    named together ("track one and track two differ in formality") is about neither: None.
    A clause that says when ("before governments pick them up") takes no subject from outside its piece.
    Beyond its own piece, a name the answer denies is no subject: in "bilateral talks are not
    multilateral, because they have only two parties" the two parties are bilateral.
    """
    claim = have[index]
    label = [k for k, t in enumerate(have) if t.piece == claim.piece + 1 and t.clause == claim.clause]
    labelled = label and all(k in dict(mentions) for k in label)  # "academics and NGOs (track two)": a piece that is only a name labels the one before
    tiers = (
        [(index - i, name) for i, name in mentions if i < index and have[i].piece == claim.piece],
        [(i - index, name) for i, name in mentions if i > index and have[i].piece == claim.piece],
        [(i - index, name) for i, name in mentions if i in label] if labelled else [],
        [(index - i, name) for i, name in mentions if i < index and have[i].clause == claim.clause and not have[i].negated],
        [(index - i, name) for i, name in mentions if i < index and not have[i].negated],
    )
    tier = next((tier for tier in (tiers[:2] if claim.timed else tiers) if tier), None)  # "before governments pick them up" is not about track two
    if tier is None:
        return None
    distance, name = min(tier)
    nearest = index + distance if tier is tiers[1] or tier is tiers[2] else index - distance
    return None if len(_named_together(have, nearest, mentions)) > 1 else name


def _named_together(have: tuple[Token, ...], index: int, mentions: list[tuple[int, str]]) -> set[str]:
    """The names of the run of named words around `index`, with nothing else between them and
    one polarity: "track one is not track two" names them apart."""
    named = {}
    for i, name in mentions:
        named.setdefault(i, set()).add(name)

    def joined(i: int) -> bool:
        return i in named and have[i].negated == have[index].negated

    start = end = index
    while joined(start - 1):
        start -= 1
    while joined(end + 1):
        end += 1
    return set().union(*(named.get(i, set()) for i in range(start, end + 1)))


def claims_of(have: tuple[Token, ...], phrasing: str, mentions: list[tuple[int, str]]) -> list[tuple[int, ...]]:
    """The matches of `phrasing` that make one claim: not across a subject named between its
    words when one of its words is part of that name ("each of the permanent members" is not
    "every member"), nor across words about different subjects, nor across pieces that name
    different subjects; "an abstention by a permanent member blocks" is one claim.

    "Multilateral is two countries and bilateral many" does not say "many countries" of
    anyone; "the council is binding, the assembly cannot" does not say "assembly binding",
    nor does "unlike the council, whose decisions are binding, the assembly can only
    recommend"; "if a permanent member abstains, the resolution fails" is one claim.
    """
    matches = []
    named_at = dict(mentions)
    wanted = tokens(phrasing)
    for used in find_matches(have, phrasing):
        pieces = {have[i].piece for i in used}
        named = {name for i, name in mentions if have[i].piece in pieces}
        inside = any(min(used) < i < max(used) and i not in used for i, _ in mentions)
        names_a_subject = any(i in named_at for i in used)
        if len(pieces) == 1 and not inside and not names_a_subject:
            matches.append(used)  # one piece, no name among or between its words: one subject for all
            continue
        about = {named_at.get(i) or subject_of(have, i, mentions) for i in used} - {None}  # a subject's own name is about itself
        # "each of the permanent members" and "each P5 member" are not "every member": a name
        # among the phrasing's words, or between a quantifier and the word it qualifies.
        qualified = any(want.word in QUANTIFIERS and k + 1 < len(used) and any(used[k] < i < used[k + 1] for i, _ in mentions) for k, want in enumerate(wanted))
        narrowed = (inside and names_a_subject) or qualified
        if len(about) <= 1 and not narrowed and (len(pieces) == 1 or len(named) <= 1):
            matches.append(used)
    return matches


def phrase_matches(answer: str | tuple[Token, ...], phrasing: str) -> bool:
    """True when `answer` says `phrasing`: its words, in one clause, with the same polarity."""
    return bool(find_phrase(tokens(answer) if isinstance(answer, str) else answer, phrasing))


def has_content(phrasing: str) -> bool:
    """False for phrasings made only of stop words, which could never be matched."""
    return bool(tokens(phrasing))


def _plain(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def letter(index: int) -> str:
    return chr(ord("A") + index)


def parse_label(text: str, count: int) -> int | None:
    """The choice a label such as "b", "(B)", "2." or "2)" names, or None."""
    match = _LABEL.match(fold(text).strip())
    if not match:
        return None
    label = match.group(1)
    index = int(label) - 1 if label.isdigit() else ord(label) - ord("a")
    return index if 0 <= index < count else None


def parse_choice(text: str, choices: list[str]) -> int | None:
    """The index of the choice an answer names by letter, number or text; None if unclear."""
    text = text.strip()
    if not text:
        return None
    plain = _plain(text)
    exact = [i for i, choice in enumerate(choices) if _plain(choice) == plain]
    if len(exact) == 1:  # before labels, so that "2" picks the choice "2" rather than B
        return exact[0]
    index = parse_label(text, len(choices))
    if index is not None:
        return index
    prefixed = _LABEL_PREFIX.match(fold(text))
    if prefixed:  # "B) the text" counts when the text agrees with the label
        index = parse_label(prefixed.group(1), len(choices))
        if index is not None and _plain(text[prefixed.end() :]) == _plain(choices[index]):
            return index
    return _fuzzy_choice(text, choices)


def _fuzzy_choice(text: str, choices: list[str]) -> int | None:
    """The one choice whose words the answer contains (or that contains all the answer's
    words, less those of no choice at all: the talk around a choice named in it, "hmm
    jimmy carter maybe", "pretty sure it's the sending state tbh"; a choice named in a
    denial is no pick). A choice's initials name it too ("ICJ")."""
    have = tokens(text)
    if not have:
        return None
    contained = [i for i, choice in enumerate(choices) if phrase_matches(have, choice)]
    if contained:
        best = max(len(tokens(choices[i])) for i in contained)
        longest = [i for i in contained if len(tokens(choices[i])) == best]
        return longest[0] if len(longest) == 1 else None
    offered = [tokens(choice) + tokens(initials(choice)) for choice in choices]
    named = [t for t in have if any(words_match(c, t) for words in offered for c in words)]
    if not named or any(t.negated for t in named):
        return None
    within = [i for i, words in enumerate(offered) if all(any(words_match(c, t) for c in words) for t in named)]
    return within[0] if len(within) == 1 else None


def initials(choice: str) -> str:
    """The initials of a choice's capitalised words, less an article: "ICJ" of "The
    International Court of Justice" (empty for fewer than two)."""
    capitals = [word[0] for word in re.findall(r"[^\W\d_][\w'-]*", choice) if word[0].isupper() and word.casefold() not in ("the", "a", "an")]
    return "".join(capitals).lower() if len(capitals) > 1 else ""


TRUE_WORDS = frozenset({"true", "t", "yes", "y", "right", "correct", "vrai"})
FALSE_WORDS = frozenset({"false", "f", "no", "n", "wrong", "incorrect", "faux"})


def parse_true_false(text: str) -> bool | None:
    """True or False from "true", "yes", "T", "A"/"1" (True) or "B"/"2" (False); else None."""
    plain = _plain(text)
    if plain in TRUE_WORDS or plain in {"a", "1"}:
        return True
    if plain in FALSE_WORDS or plain in {"b", "2"}:
        return False
    words = set(plain.split())
    if words & TRUE_WORDS and not words & FALSE_WORDS:
        return True
    if words & FALSE_WORDS and not words & TRUE_WORDS:
        return False
    return None


def parse_order(text: str, items: list[str]) -> list[int] | None:
    """The order an answer gives as letters ("C A B", "CAB"), numbers ("3 1 2") or texts ("x; y; z")."""
    count = len(items)
    folded = fold(text).strip()
    if not folded:
        return None
    parts = [p for p in _ORDER_SEPARATORS.split(folded) if p]
    if parts and all(p.isalpha() for p in parts):
        letters = list("".join(parts)) if all(len(p) == 1 for p in parts) or len(parts) == 1 else None
        if letters and len(letters) == count and all("a" <= c < chr(ord("a") + count) for c in letters):
            order = [ord(c) - ord("a") for c in letters]
            if len(set(order)) == count:
                return order
    if parts and all(p.isdigit() for p in parts):
        numbers = [int(p) - 1 for p in parts]
        if len(parts) == 1 and len(parts[0]) == count:  # "312"
            numbers = [int(c) - 1 for c in parts[0]]
        if len(numbers) == count and sorted(numbers) == list(range(count)):
            return numbers
    pieces = [p for p in _TEXT_SEPARATORS.split(text.strip()) if p.strip()]
    if len(pieces) != count:
        pieces = [p for p in text.split(",") if p.strip()]
    if len(pieces) == count:
        order = [parse_choice(p, items) for p in pieces]
        if None not in order and len(set(order)) == count:
            return order  # type: ignore[return-value]
    return None
