"""Cases of a kind (branch example24): "name a military alliance", "an example of a peace
conference" are answered from a document whose subject its defining sentence says is of
that kind ("NATO ... is a political and military alliance"), or is the kind itself ("Summit
diplomacy is ..."), not from one that only mentions the word ("A sherpa ... prepares
international summits"); "name ..." does not count against the scope decision when no
passage says it; "gave up" finds "give up".

The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.session import Session
from tutor.answering.subject_kinds import SubjectKinds


@pytest.fixture(scope="module")
def kinds(tutor):
    return SubjectKinds(tutor.retriever, tutor.composer.reader)


def test_a_subject_is_of_the_kind_its_defining_sentence_names(tutor, kinds):
    terms = tutor.retriever.query_tokens
    alliance, military, summit = terms("alliance")[0], terms("military")[0], terms("summit")[0]
    assert kinds.is_one("nato", alliance, {military})
    assert kinds.is_one("summit-diplomacy", summit, set())  # the kind itself
    assert not kinds.is_one("sherpas", summit, set())  # "prepares international summits" only mentions it
    assert "madrid-conference-1991" in kinds.cases(terms("conference")[0], {terms("peace")[0]})


def test_what_a_subject_is_also_called_is_no_part_of_its_name(kinds):
    subject, kind, _ = kinds.of("dayton-accords")
    assert "formal" not in subject and "dayton" in subject
    assert "agreement" in kind


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats an example of a peace conference", "conference"),
        ("give me an example of a diplomatic crisis", "crisis"),
    ],
)
def test_a_case_of_a_kind_comes_from_a_document_that_is_one(tutor, question, expected):
    reply = Session(tutor).respond(question)
    assert expected in reply.answer.split("\n")[0].lower(), reply.answer


def test_an_alliance_asked_for_is_answered_by_one(tutor):
    """Notable diplomats scores best ("Bismarck, the master of alliances"); NATO is one."""
    assert Session(tutor).respond("name a military alliance").sources[0].id.startswith("nato")


def test_a_document_that_only_mentions_the_kind_does_not_answer(tutor):
    reply = Session(tutor).respond("can you name a famous summit")
    assert reply.sources and not reply.sources[0].title.startswith("Sherpas"), reply.sources


def test_the_verb_asking_for_a_case_counts_only_where_a_passage_says_it(tutor):
    assert not Session(tutor).respond("name an agreement that ended a crisis").out_of_scope
    assert Session(tutor).respond("name a good pizza place in rome").out_of_scope


def test_gave_up_finds_give_up(tutor):
    result = tutor.retriever.search("which country gave up nuclear weapons")
    assert any(p.chunk.doc_id in ("budapest-memorandum-and-minsk-agreements", "nuclear-non-proliferation-treaty") for p in result.passages[:2])
