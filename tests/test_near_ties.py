"""Decisions that rest on a near tie of idf weights are taken by a second signal.

Every document added to the knowledge base moves every idf a little; a choice between two
weights a hair apart must not move with it (branch tie32, measured by adding a batch of
documents in a scratch copy). Within a band of the best or of a gate, what decides is
something no idf moves: the number of the focus's terms a sentence names, the order of the
sections, whether a sentence names one of the focus's most telling terms.
"""

from __future__ import annotations

import pytest

from tutor.answering.engine import Tutor
from tutor.answering.session import Session
from tutor.search.retrieval import Passage
from tutor.tuning import EXTRA_GATE_BAND, EXTRA_SENTENCE_SCORE, SENTENCE_TIE_BAND, UNTIE_MORE_TERMS


def test_of_sentences_weighed_nearly_alike_one_naming_clearly_more_of_the_focus_answers(tutor: Tutor) -> None:
    chooser = tutor.resolver.passages

    def sentence(section: str, words: str) -> tuple[Passage, int]:
        chunk = next(c for c in tutor.retriever.chunks if c.doc_id == "g7-and-g20" and c.section == section)
        return Passage(chunk, 1.0, []), next(i for i, (s, _) in enumerate(tutor.composer.reader.of(chunk)) if words in s)

    def named(at: tuple[Passage, int]) -> int:
        return len(focus & tutor.composer.reader.of(at[0].chunk)[at[1]][1])

    created = sentence("When and why the G20 began", "created in 1999")
    rotate = sentence("Overview", "rotate each year")
    focus = set(tutor.retriever.query_tokens("g20 country presidency"))
    assert named(rotate) >= named(created) + UNTIE_MORE_TERMS
    weighed = [(2.0, *created, True), (2.0 - SENTENCE_TIE_BAND / 2, *rotate, True)]
    (_, *chosen), _ = chooser._untied((2.0, *created), weighed, focus)
    assert tuple(chosen) == rotate
    # Further behind, the weights decide.
    weighed = [(2.0, *created, True), (2.0 - 2 * SENTENCE_TIE_BAND, *rotate, True)]
    (_, *chosen), _ = chooser._untied((2.0, *created), weighed, focus)
    assert tuple(chosen) == created


def test_an_added_sentence_a_hair_under_the_gate_naming_a_telling_term_is_added(tutor: Tutor) -> None:
    composer = tutor.composer
    chunk = next(c for c in tutor.retriever.chunks if c.doc_id == "g7-and-g20" and c.section == "G7 members and how it works")
    passage = Passage(chunk, 1.0, [])
    said = composer.reader.of(chunk)
    focus = set(tutor.retriever.query_tokens("g7 presidency"))
    idf = {t: tutor.retriever.index.idf_of(t) or 0.0 for t in focus}
    unit = max(idf.values())
    naming = [i for i, (_, words) in enumerate(said) if words & focus]
    assert naming

    def scored_at(value: float):
        return lambda p: [(value * unit if i in naming else 0.0, s) for i, (s, _) in enumerate(said)]

    under = EXTRA_SENTENCE_SCORE - EXTRA_GATE_BAND / 2
    extra = composer._extra([passage], scored_at(under), focus, idf, unit, 200)
    assert extra is not None and extra.sentence == said[naming[0]][0]
    assert composer._extra([passage], scored_at(EXTRA_SENTENCE_SCORE - 2 * EXTRA_GATE_BAND), focus, idf, unit, 200) is None


@pytest.mark.xfail(strict=True, reason="a near tie on idf: tie32's SENTENCE_TIE_BAND (0.004) held it against know31's nine documents, but with know33's and know35's thirteen the founding span leads by 0.0052; a band of 0.006 also turns the opening of 'what is agrément' to the appointment's two steps")
def test_how_often_the_g20_presidency_comes_round_opens_with_its_rotation(tutor: Tutor) -> None:
    reply = Session(tutor).respond("how long does a g20 country keep the presidency")
    assert reply.answer.startswith("The G7 and G20 presidencies rotate each year")
