"""Finding what the knowledge base says about a question.

Offers: reading knowledge files into documents and chunks (`knowledge`), folding and
tokenising text (`text`), the glossary of names (`glossary`), typo repair (`spelling`, with
how a word sounds in `sounds`), the BM25 index (`bm25`), retrieval with the in-scope
decision (`retrieval`, which reads the words a text writes as names with `names`), its
on-disk cache (`cache`) and the evidence behind a search (`evidence`).

Imports nothing of the tutor's other packages, only the shared `tutor.files` and `tutor.tuning`.
"""
