"""Yes/no verdicts from sentences that tell a failure or another thing (round 21): "failed
to stop aggression" denies the stopping; another party's failure ("Talks ... in August
1948 ... failed to end the Berlin Blockade") dates nothing of the claim; and a sentence
about another named thing ("The Treaty of Rapallo was signed ... in Italy") confirms
nothing of the claim's subject; a person named with given names ("did Woodrow Wilson
mediate ...?") is still the one claimed to have done it. Where the knowledge does not
settle it, no verdict. A sentence listing all of a meeting's parties ("The six parties ...
were ...") decides who took part, as one listing all of a body's members does. An ordinal
counts its word ("the 17th parallel"); of a title joining subjects ("... on Korea and
Indochina"), one the question names alone must be said, and one dated apart in the title
("Budapest Memorandum (1994) and Minsk agreements (2014-2015)") is dated by its own years. A claim judging how something turned out ("was Versailles a
failure?") gets no verdict from what it is. A deed beside an event's name is dated by the
event's years only when no sentence says the deed in another year ("opened for signature
... 2016" of the Paris Agreement of 2015), and a name dated in brackets in a list by its
bracket."""

from __future__ import annotations

import pytest

from tutor.answering.categories import judges_outcome
from tutor.answering.counted import other_count
from tutor.answering.memberships import Memberships
from tutor.answering.sentence_verdict import OF_ANOTHER, years_of_the_deed, yes_or_no
from tutor.answering.session import Session


def verdict(tutor, question: str) -> str:
    """The answer's opening word ("Yes", "No"), or "" when it opens with no verdict."""
    first = Session(tutor).respond(question).answer.split(".", 1)[0]
    return first if first in ("Yes", "No") else ""


def test_a_failure_denies_the_deed_failed_at():
    sentence = "The League of Nations failed to stop aggression in the 1930s and was dissolved in 1946."
    assert yes_or_no("did the league of nations stop aggression in the 1930s?", sentence) == "no"
    # Failing is itself the claim: the sentence affirms it.
    assert yes_or_no("did the league of nations fail?", sentence) == "yes"
    # A failure claimed and said.
    assert yes_or_no("did the league of nations fail to stop aggression?", sentence) == "yes"


def test_a_failure_denies_only_the_deed_it_reaches():
    sentence = "The League of Nations failed to stop aggression in the 1930s and was dissolved in 1946, replaced by the United Nations."
    assert yes_or_no("did the UN replace the league of nations?", sentence) == "yes"


def test_another_partys_failure_dates_nothing_of_the_claim():
    sentence = "Talks between the Western ambassadors and Stalin in Moscow in August 1948 failed to end the Berlin Blockade."
    # The talks' failure is another party's: the sentence says nothing of the claim.
    assert yes_or_no("did the Berlin Blockade end in 1949?", sentence) == OF_ANOTHER
    assert yes_or_no("did the berlin blockade end in 1951?", sentence) == OF_ANOTHER


@pytest.mark.parametrize(
    "question",
    [
        "did the league of nations stop aggression in the 1930s?",
        "did the treaty of versailles create a lasting peace?",
        "did iran meet its safeguards obligations under the npt?",
    ],
)
def test_a_failure_told_answers_no(tutor, question):
    assert verdict(tutor, question) == "No"


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # "... failed to end the Berlin Blockade", said of talks in 1948.
        ("did the Berlin Blockade end in 1949?", "No"),
        # "The Treaty of Rapallo was signed at Rapallo, in Italy, by German ...".
        ("was the molotov-ribbentrop pact between germany and italy?", "Yes"),
        ("did the league of nations fail?", "No"),
        # "... failed to stop aggression in the 1930s and was dissolved in 1946, replaced by
        # the United Nations": the failure is of another deed.
        ("did the UN replace the league of nations?", "No"),
        # "signed by Turkey and, for the Allies, by the British Empire, ..., Greece, ...".
        ("did greece sign the treaty of lausanne?", "No"),
        # "Lenin then persuaded ..., and the Soviet official Grigory Sokolnikov signed the treaty".
        ("did lenin sign brest-litovsk?", "Yes"),
        # "The single market also extends to Iceland, Liechtenstein and Norway through the
        # European Economic Area": no membership.
        ("is norway in the EU?", "Yes"),
        # "... opened for signature in New York on 22 April 2016": not the title's 2015.
        ("was the paris agreement signed in 2015?", "Yes"),
        # "The US withdrawal took effect on 2 August 2019, and the INF Treaty ended.": not 1987.
        ("did the INF treaty end in 2019?", "No"),
        # "... were the Hotline Agreement and the Partial Test Ban Treaty (1963), ..., the INF
        # Treaty (1987) and START I (1991)": the INF Treaty is dated by its own bracket.
        ("was the INF treaty signed in 1987?", "No"),
    ],
)
def test_no_false_verdict(tutor, question, wrong):
    assert verdict(tutor, question) != wrong


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "... with US President Theodore Roosevelt as mediator": "Woodrow" is no deed.
        ("did woodrow wilson mediate the treaty of portsmouth?", "No"),
        ("did richard nixon sign the INF treaty?", "No"),
        ("did theodore roosevelt mediate the treaty of portsmouth?", "Yes"),
    ],
)
def test_a_deed_done_by_another_person_named_in_full(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The six parties to the Six-Party Talks were North Korea, South Korea, ...".
        ("did india take part in the six-party talks?", "No"),
        ("did japan take part in the six-party talks?", "Yes"),
        # "The 12 founding members in 1949 were Belgium, Canada, Denmark, France, ...".
        ("is france a founding member of nato?", "Yes"),
    ],
)
def test_a_full_list_of_parties_decides_who_took_part(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_list_after_were_is_a_full_list_when_its_count_holds():
    assert Memberships._full_lists("The six parties to the talks were North Korea, South Korea, the United States, China, Japan and Russia.")
    assert not Memberships._full_lists("The six parties to the talks were North Korea, China and Russia.")


def test_an_ordinal_counts_its_word():
    assert other_count("did it divide vietnam at the 38th parallel?", "It divided Vietnam at the 17th parallel.")
    assert not other_count("did it divide vietnam at the 17th parallel?", "It divided Vietnam at the 17th parallel.")
    assert not other_count("were there 17 parallels?", "It divided Vietnam at the 17th parallel.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the 1954 geneva conference divide vietnam at the 38th parallel?", "No"),
        # Of a title joining two subjects, one named alone must be said: "divided Vietnam
        # at the 17th parallel" says nothing of Korea.
        ("was korea divided at the 17th parallel?", ""),
        ("was korea divided at the 38th parallel?", ""),
        # Dated apart in the title: "Budapest Memorandum (1994) and Minsk agreements (2014-2015)".
        ("was the budapest memorandum signed in 1994?", "Yes"),
        ("was the budapest memorandum signed in 2014?", "No"),
    ],
)
def test_one_subject_of_a_title_joining_several(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # What it is ("the peace treaty that formally ended ...") does not deny a failure.
        "was the treaty of versailles a failure?",
        "was the league of nations a success?",
        "was the camp david accords a success",
    ],
)
def test_a_judged_outcome_gets_no_verdict(tutor, question):
    assert judges_outcome(question)
    assert verdict(tutor, question) == ""


def test_a_kind_is_no_judged_outcome():
    assert not judges_outcome("was the JCPOA a treaty?")
    assert not judges_outcome("did the league of nations fail?")


def test_a_name_dated_in_a_list_is_dated_by_its_bracket():
    sentence = "The main treaties were the Partial Test Ban Treaty (1963), the INF Treaty (1987) and START I (1991)."
    assert years_of_the_deed("was the INF treaty signed in 1987?", sentence) == {"1987"}
    assert yes_or_no("was the INF treaty signed in 1991?", sentence) == "no"
