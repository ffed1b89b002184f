"""A yes/no question whose subject is a pronoun ("is it still in force?", after "what is
New START?") read as if it named the subject of the document answering it ("is New
START still in force?").

Why: the verdict is found from what the question claims of its subject, and a follow-up
carries only the claim ("still", "force"); without the subject, the follow-up got no
"Yes." or "No." where the same question asked on its own did.
"""

from __future__ import annotations

import re

from tutor.search.retrieval import TITLE_PARTS, Passage, Retriever

# A question opening with its auxiliary and a pronoun as its subject ("is it ...?",
# "are they ...?", "does it still ...?"), or asking to confirm a claim whose subject is one
# ("is it true that it is binding?", "is it the case that they ...?"); the "it" of "is it
# true?" itself points at no subject, nor that of "is it shocking that ...?", which stands
# for the clause after it.
POINTED_SUBJECT = re.compile(
    r"^(?!\W*(?:is|was)(?:n'?t)?\s+it\s+(?!true\b)\w+\s+that\b)"
    r"(?P<asking>\W*(?:is\s+it\s+(?:really\s+)?(?:true|the\s+case)\s+that\s+"
    r"|(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|must)(?:n'?t)?\s+))"
    r"(?:it|they|this|that|these|those)\b(?!\s+(?:true|right|correct|so)\b)",
    re.IGNORECASE,
)

# A claim whose subject is a pronoun, inside a question asking to confirm it ("my teacher
# said it was founded in 1948, is that right?"): the pronoun before the claim's verb.
CLAIMED_SUBJECT = re.compile(
    r"\b(?:it|they)\b(?=\s+(?:is|was|are|were|has|had|have|did|does|do|can|could|will|would|still|never|only)\b)",
    re.IGNORECASE,
)


def named_subject(question: str, passages: list[Passage], tokens: list[str], retriever: Retriever) -> str:
    """The question with a pronoun for its subject replaced by the name of what the first
    passage is about: the one glossary concept of its document's title that the question's
    terms carry over from the turn before ("=new-start" of "START treaties") or, else, that
    the passage's section names ("New START: who negotiated it"), else the title's one
    concept ("JCPOA"), else the document's short title when it names one thing
    ("Sanctions", not "Treaties and resolutions") or the one subject of a title joining
    several that the question's terms carry over ("Consuls" of "Consuls and attachés").
    So is the pronoun subject of a claim to confirm ("my teacher said it was founded in
    1948, is that right?"). The question as asked otherwise."""
    pointed = POINTED_SUBJECT.match(question)
    claimed = CLAIMED_SUBJECT.search(question) if pointed is None else None
    if pointed is None and claimed is None or not passages:
        return question
    chunk = passages[0].chunk
    concepts = {t for t in retriever.title_terms(chunk.doc_id) if t.startswith("=")}
    carried, in_section = concepts & set(tokens), concepts & set(retriever.query_tokens(chunk.section))
    title = retriever.documents[chunk.doc_id].short_title
    # Of a title joining subjects ("Consuls and attachés"), the one the question's terms
    # carry over from the turn before ("do they have diplomatic immunity?" after "what do
    # consuls do?"), though the title's one concept names the other ("=attache").
    parts = [part for part in TITLE_PARTS.split(title) if "," not in part and set(retriever.query_tokens(part)) <= set(tokens)] if TITLE_PARTS.search(title) else []
    chosen = next((named for named in (carried, in_section) if len(named) == 1), set()) or (concepts if len(concepts) == 1 and len(parts) != 1 else set())
    if chosen:
        name = retriever.kb.glossary.names_of(next(iter(chosen)))[0]
    elif len(parts) == 1:
        name = parts[0]
    else:
        name = title
        if re.search(r",| and | vs ", name):
            return question
    if pointed is None:
        return question[: claimed.start()] + name + question[claimed.end() :]
    return pointed.group("asking") + name + question[pointed.end() :]
