"""Reason and example sections added to the core concept documents (branch why30): a learner who
asks why states keep embassies, recognise states, negotiate, wrote the Vienna Convention on
Diplomatic Relations or have NATO's Article 5, or who asks for a well-known persona non grata
case, a famous ambassador or an example of soft power, gets the sentence that gives the reason
or names the example, from the concept's own document; the questions those sections sit next to
keep their answers, and who Benjamin Franklin or Anatoly Dobrynin was stays with the documents
that tell their story."""

import pytest
from test_breadth_documents import answer

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "document", "facts"),
    [
        ("what is the point of countries having embassies abroad", "ambassadors-and-envoys", ["because", "relationships"]),
        ("why send an ambassador when leaders can telephone each other", "ambassadors-and-envoys", ["because", "telephone"]),
        ("why would a state recognise a new country", "recognition-of-states", ["because recognition opens the way"]),
        ("why do some countries refuse to recognise a state", "recognition-of-states", ["claim they reject"]),
        ("why do states negotiate rather than fight", "negotiation", ["war is costly"]),
        ("what is the purpose of nato article 5", "nato", ["deter"]),
        ("what was operation foot", "vienna-convention-diplomatic-relations", ["105 Soviet officials"]),
        ("how many soviet officials did britain expel in 1971", "vienna-convention-diplomatic-relations", ["105"]),
        ("why did the kremlin declare george kennan persona non grata", "vienna-convention-diplomatic-relations", ["1952", "Nazi Germany"]),
        ("examples of soft power", "public-diplomacy", ["Korean Wave"]),
        ("why did states write the vienna convention on diplomatic relations", "vienna-convention-diplomatic-relations", ["customary rules"]),
        ("which ambassadors are best known in history", "ambassadors-and-envoys", ["Kennan"]),
    ],
)
def test_reason_and_example_sentences_answer(tutor, question, document, facts):
    text, source = answer(tutor, question)
    assert source == document, text
    assert all(fact in text for fact in facts), text


def test_persona_non_grata_cases_do_not_answer_whether_the_host_must_explain(tutor):
    """The cases section sits next to Article 9: the follow-up keeps Article 9's answer, no verdict."""
    session = Session(tutor)
    session.respond("what does persona non grata mean")
    text = session.respond("does the host country have to explain why?").answer
    assert not text.startswith("Yes") and "without having to explain" in text, text


@pytest.mark.parametrize(
    ("question", "document"),
    [("who was benjamin franklin", "notable-diplomats"), ("who was anatoly dobrynin", "back-channel-diplomacy")],
)
def test_the_ambassador_examples_leave_biographies_where_they_were(tutor, question, document):
    _, source = answer(tutor, question)
    assert source == document


def test_the_embassy_reasons_do_not_take_the_history_of_embassies(tutor):
    _, source = answer(tutor, "how long have countries been keeping permanent embassies in each others capitals")
    assert source == "history-of-diplomacy"


@pytest.mark.parametrize(
    "question",
    [
        # On the edge since round 15's new documents: the best passage holds 55% of what the
        # knowledge knows of it, exactly the share needed (`tutor kb search` says so).
        pytest.param("why do companies open offices in other countries", marks=pytest.mark.xfail(strict=True, reason="near miss at the coverage cut since round 15's documents")),
        "why do football clubs sign new players",
    ],
)
def test_near_misses_of_the_reasons_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope, question
