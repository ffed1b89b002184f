"""Answers stay put as the knowledge base grows: a document on another subject, added or
taken away, moves every idf a little, and a choice between near-equal scores must not move
with it."""

from __future__ import annotations

import shutil
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.session import Session
from tutor.search.text import split_sentences
from tutor.files.paths import knowledge_folders


def without_document(name: str, tmp_path: Path) -> Tutor:
    """The shipped knowledge base less one of its documents."""
    shipped = knowledge_folders(include_user=False)[0]
    assert (shipped / name).is_file()
    smaller = tmp_path / "knowledge"
    shutil.copytree(shipped, smaller, ignore=shutil.ignore_patterns(name))
    return Tutor.load([smaller], use_cache=False)


def test_the_sentences_answering_a_question_do_not_move_with_an_unrelated_document(tutor: Tutor, tmp_path: Path) -> None:
    # The Alabama claims arbitration (1872) says nothing of heads of government; with it the
    # two runs of sentences for this question swapped places (0.0007 units apart). Since the
    # twenty-second round's merges the sentences after the opening one still move with it (a
    # near tie the round left open): the verdict and the sentence giving it must not.
    without = without_document("alabama-claims.md", tmp_path)
    question = "is the british king the head of government?"
    answer, alone = Session(tutor).respond(question).answer, Session(without).respond(question).answer
    assert answer.startswith("No. ") and split_sentences(answer)[:1] == split_sentences(alone)[:1]


def test_a_comparison_side_several_documents_share_is_read_beside_the_other_side(tutor: Tutor, tmp_path: Path) -> None:
    # "paris" alone scores within 1% in the Congress of Paris (1856), the Paris Agreement and
    # the Paris Peace Accords; beside "kyoto" it is the Paris Agreement, which the Kyoto
    # Protocol lists as related, with or without the Congress of Paris in the knowledge base.
    without = without_document("congress-of-paris-1856.md", tmp_path)
    for question in ("kyoto vs paris?", "paris vs kyoto"):
        for engine in (tutor, without):
            cited = {source.id for source in Session(engine).respond(question).sources}
            assert {"kyoto-protocol", "paris-agreement"} <= cited and "congress-of-paris-1856" not in cited, question


def test_a_side_naming_what_the_glossary_knows_is_what_it_names(tutor: Tutor) -> None:
    # "track 1" scores within 1% in track one diplomacy and in "Track one vs track two", which
    # track two diplomacy lists as related: it stays track one diplomacy, which it names.
    reply = Session(tutor).respond("track 1 vs track 2 diplomacy - whats the actual difference")
    assert {"track-one-diplomacy", "track-two-diplomacy"} <= {source.id for source in reply.sources}


def with_document(text: str, tmp_path: Path) -> Tutor:
    """The shipped knowledge base and one more document, written to a folder of its own."""
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "war-crimes-courts.md").write_text(text, encoding="utf-8")
    return Tutor.load(knowledge_folders(include_user=False, extra=[extra]), use_cache=False)


# A document on another subject that says "crime" in every sentence (yesno30: a draft on the
# Nuremberg trials did so, and "can an ambassador get arrested if they commit a crime" lost
# its "No.": "arrest" and "crime" tied as the claim's rarest word, and the draft untied them).
CRIMES = """---
id: war-crimes-courts
title: War crimes courts
topic: law
sources: ["written for this test"]
---
# War crimes courts
## Overview
A war crimes court tries a crime committed in war. Each crime is named in the court's charter,
and a crime against peace was first tried after 1945. A crime against humanity needs no war.
Courts for each crime sat in several cities, and the crime of aggression came last.
"""


def test_a_verdict_does_not_move_when_a_document_unties_the_claims_rarest_words(tutor: Tutor, tmp_path: Path) -> None:
    question = "can an ambassador get arrested if they commit a crime"
    grown = with_document(CRIMES, tmp_path)
    # (The shipped knowledge tied them until it had a document on international crimes; the
    # added one still makes "crime" commoner, beside "arrest".)
    idf, grown_idf = tutor.retriever.index.idf_of, grown.retriever.index.idf_of
    assert idf("crime") - grown_idf("crime") > 2 * abs(idf("arrest") - grown_idf("arrest"))
    answer = Session(tutor).respond(question).answer
    assert answer.startswith("No. ") and Session(grown).respond(question).answer.startswith("No. ")
