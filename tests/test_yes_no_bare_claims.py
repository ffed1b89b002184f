"""Yes/no claims read from plainer wordings (round 22): a statement asked with its question
mark alone ("WTO replaced GATT?"), a deed told by a light verb's object ("put an embargo
on"), an ending told as a dissolution ("was dissolved in December 1991"), and a party
named with a word before its name ("between France and West Germany")."""

from __future__ import annotations

import pytest

from tutor.answering.confirmation import Confirmation
from tutor.answering.sentence_verdict import Verdict
from tutor.answering.session import Session


def opening(tutor, question: str) -> str:
    """The answer's "Yes" or "No", or "" when it opens with neither."""
    first = Session(tutor).respond(question).answer.split(".", 1)[0]
    return first if first in ("Yes", "No") else ""


@pytest.fixture(scope="module")
def confirmation(tutor):
    return tutor.intents.confirmation


@pytest.mark.parametrize(
    ("statement", "asked"),
    [
        ("the berlin wall fell in 1989?", "is it true that the berlin wall fell in 1989?"),
        ("gatt replaced by the wto?", "is it true that gatt replaced by the wto?"),
        ("the un charter was signed in san francisco?", "was the un charter signed in san francisco?"),
    ],
)
def test_a_statement_with_its_question_mark_alone_is_a_claim(confirmation: Confirmation, statement, asked):
    assert confirmation.read(statement) is not None
    assert confirmation.as_question(statement) == asked


@pytest.mark.parametrize(
    "question",
    [
        "treaty of versailles?",  # a subject, no claim
        "states that recognised kosovo?",  # a thing described: a list asked for
        "the un was founded when?",  # a question word asks for the date
        "so did egypt sign a peace treaty?",  # a question's own opening after "so"
        "permanent representative - is that like an ambassador?",  # a question after the subject
        "the berlin wall fell in 1989",  # no question mark: said, not asked
    ],
)
def test_what_is_no_bare_claim(confirmation: Confirmation, question):
    assert confirmation._bare(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("the berlin wall fell in 1989?", "Yes"),
        ("nato was founded in 1949?", "Yes"),
        ("alaska bought from russia?", "Yes"),
        # "... the treaty of friendship between France and West Germany".
        ("was the elysee treaty a treaty of friendship between france and germany?", "Yes"),
        ("was the elysee treaty between france and italy?", "No"),
        # "... ended on 18 March 1974": the sentence after it, whose 1974 dates a signing
        # ("... ended because ... the first disengagement agreement ..., signed on 18 January
        # 1974"), dates no end and speaks to no year of it.
        ("did the arab oil embargo end in 1974?", "Yes"),
    ],
)
def test_plainer_claims_get_their_verdict(tutor, question, expected):
    assert opening(tutor, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # "The Arab embargo on oil sales to the United States ended on 18 March 1974": the year
        # of its end, not of the deed claimed.
        "did the arab states put an oil embargo on the united states in 1973?",
        # "..., which had begun to close with the fall of the Berlin Wall in 1989": another
        # deed's year (the claim's "end" is a deed word, though short).
        "did the soviet union end in 1991?",
        # Read as "is it true that ...": no claim of what the treaty is, whose roles a
        # sentence could give to another (found by the round's review).
        "the treaty of nanking ended the first opium war?",
        "the treaty of ghent ended the war of 1812?",
    ],
)
def test_a_year_of_another_deed_denies_nothing(tutor, question):
    assert opening(tutor, question) != "No"


def test_a_list_asked_in_a_statement_gets_no_verdict(tutor):
    assert opening(tutor, "countries that signed the npt?") == ""


def test_a_light_verbs_deed_is_its_object(tutor):
    """"Did Arab oil producers put an oil embargo on the US?": "In the 1973 oil embargo, the
    Arab oil producers ... stopped oil exports to the United States" tells the deed by its
    object; a sentence without the object does not."""
    check = tutor.composer.claim_check
    claim = ("did", "arab oil producers put an oil embargo on the us in 1973")
    told = "In the 1973 oil embargo, the Arab oil producers, led by Saudi Arabia, cut their oil output and stopped oil exports to the United States."
    untold = "The Arab oil producers cut their oil output in 1973 and raised prices."
    assert check._tells_the_deed(claim, Verdict("yes", told, None))
    assert not check._tells_the_deed(claim, Verdict("yes", untold, None))


def test_a_dissolution_tells_an_ending(tutor):
    """"Did the USSR end in December 1991?" / "The Soviet Union itself was dissolved in
    December 1991": a body dissolved, broken up or gone has ended. (Since the know49b merge
    the question is answered from the Warsaw Pact's section on the two endings, which tells
    the Soviet end in a clause of its own and gives no verdict; no false "No." either way.)"""
    implied = tutor.composer.claim_check.claims.implied
    end = tutor.retriever.query_tokens("ended")
    for sentence in ("The Soviet Union itself was dissolved in December 1991.", "The Soviet state ceased to exist on 26 December 1991.", "Détente collapsed at the end of the 1970s."):
        assert set(end) <= set(implied(sentence)), sentence
    assert not set(end) <= set(implied("The treaty was signed in 1991."))
    for question in ("did the ussr end in december 1991?", "the ussr ended in december 1991?"):
        assert opening(tutor, question) != "No", question


@pytest.mark.parametrize(
    ("statement", "claim"),
    [
        # A tag word after a statement with its verb asks without a question mark (round 35).
        ("the helsinki final act was 1975 correct", "the helsinki final act was 1975"),
        ("the suez crisis happened in 1956 right", "the suez crisis happened in 1956"),
    ],
)
def test_a_tag_word_after_a_statement_asks_without_a_question_mark(confirmation: Confirmation, statement, claim):
    read = confirmation.read(statement)
    assert read is not None and read.claim == claim and read.tagged


@pytest.mark.parametrize(
    "text",
    [
        "the answer is correct", "the veto is a right", "is the veto right", "what is right",
        # Without a question mark a tag word asks only after a number: after a word it may be
        # the claim's own ("a human right", "politically correct") or a verdict asked for.
        "the right to asylum is a human right", "the decision was politically correct", "kissinger was right about china right",
    ],
)
def test_a_tag_word_that_is_the_claims_own_stays_unread(confirmation: Confirmation, text):
    read = confirmation.read(text)
    assert read is None or not read.tagged


def test_a_statement_tagged_without_a_mark_gets_its_verdict(tutor):
    assert opening(tutor, "the helsinki final act was signed in 1975 correct") == "Yes"
