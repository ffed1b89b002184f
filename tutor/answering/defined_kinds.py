"""What the knowledge defines a word as ("A resolution is a formal decision or statement
adopted by ..."): the kinds it names, so that a claim about the word is spoken to by a
sentence that says it of the kind ("Decisions of the UN Security Council ... bind all UN
member states" for "are Security Council resolutions binding?").
"""

from __future__ import annotations

import re

from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Retriever

# "A resolution is a formal decision or statement ...": the subject, alone with its article,
# and the noun phrase after the verb, up to a word that ends it.
DEFINITION = re.compile(r"^(?:A|An|The)\s+(?P<subject>[\w-]+)\s+(?:is|are)\s+(?:a|an|the)\s+(?P<kinds>[\w\s-]+?)(?=\s+(?:adopted|of|by|in|on|that|which|who|between|for|from|with|to|used)\b|[,;:.(])")
# What joins two kinds ("a formal decision or statement").
KIND_JOINER = re.compile(r"\s+(?:or|and)\s+")


def kinds_defined(retriever: Retriever, reader: SentenceReader, doc_id: str, term: str) -> list[str]:
    """The last words of the kinds that the document's sentences defining the term name,
    in the document's order ("decision", "statement", "text" for "resolut"); empty when
    no sentence defines it."""
    kinds: list[str] = []
    for _, sentence, _ in reader.of_document(doc_id):
        definition = DEFINITION.match(sentence)
        if definition is None or retriever.query_tokens(definition["subject"]) != [term]:
            continue
        for kind in KIND_JOINER.split(definition["kinds"]):
            last = kind.split()[-1] if kind.split() else ""
            if last and last not in kinds and retriever.query_tokens(last) and retriever.query_tokens(last) != [term]:
                kinds.append(last)
    return kinds
