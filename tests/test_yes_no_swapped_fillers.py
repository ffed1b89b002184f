"""Yes/no claims that give a deed the wrong party, place or count get "No" with the sentence
naming the right one (branch yesno19); a claim the knowledge may leave open, and a feeling
the sentence does not give, get no verdict rather than a wrong one."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session
from tutor.answering.stances import feeling_unsaid


def opening(tutor, question: str) -> tuple[str, str]:
    """The answer's verdict word ("Yes", "No" or "") and its first sentence after it."""
    answer = Session(tutor).respond(question).answer
    first, _, rest = answer.partition(". ")
    return (first, rest.split(". ", 1)[0]) if first in ("Yes", "No") else ("", first)


@pytest.mark.parametrize(
    "question, right",
    [
        ("Did the US sign Brest-Litovsk?", "Soviet Russia and the Central Powers"),
        # Either sentence naming the signatories denies it: "signed ... between Soviet Russia
        # and the Central Powers" or "Sokolnikov signed the treaty for Soviet Russia".
        ("was brest-litovsk signed by france", "Soviet Russia"),
        ("Was the Washington Naval Conference held in London?", "Washington, D.C."),
        ("Did eleven states sign the Antarctic Treaty?", "12 states"),
        ("were the camp david accords brokered by reagan", "Carter"),
    ],
)
def test_a_swapped_party_place_or_count_is_denied_with_the_right_one(tutor, question, right):
    word, sentence = opening(tutor, question)
    assert word == "No"
    assert right in sentence


def test_a_party_the_passage_names_gets_no_swapped_verdict(tutor):
    # "accepted harsh terms" names the Bolshevik government, not Russia, but its passage
    # names Russia: the deed may be Russia's.
    assert opening(tutor, "Was the Treaty of Brest-Litovsk harsh on Russia?")[0] != "No"
    # The document names Syria ("direct talks with Syria"), not in a sentence saying who
    # would attend: it may have attended (it did).
    assert opening(tutor, "did syria attend the madrid conference?")[0] != "No"


def test_a_party_said_with_the_deed_keeps_its_verdict(tutor):
    assert opening(tutor, "did the US ever join the league of nations")[0] == "No"
    assert opening(tutor, "Did Theodore Roosevelt mediate the Treaty of Portsmouth?")[0] == "Yes"


def test_a_feeling_the_sentence_does_not_give_gets_no_yes(tutor):
    assert opening(tutor, "did japan like the ratio?")[0] == ""
    assert opening(tutor, "did japan resent the ratio?")[0] == "Yes"


def test_a_feeling_is_read_from_the_question_and_the_sentence():
    assert feeling_unsaid("was China happy with the treaty?", "The treaty gave Shandong to Japan.")
    assert not feeling_unsaid("did Japan like it?", "Its navy resented the lower ratio.")
    assert not feeling_unsaid("is an MOU like a treaty?", "An MOU is not a treaty.")


def test_clauses_a_colon_parts_stay_parted(tutor):
    claims = tutor.composer.verdicts.claims
    sentence = "The treaty bound only Spain and Portugal: France and England never accepted it, and it lasted."
    terms = set(tutor.retriever.query_tokens("Spain France"))
    assert claims.claim_clauses(sentence, terms) == "The treaty bound only Spain and Portugal; France and England never accepted it"
    # So the denial after the colon is read: no "Yes" to a party the treaty did not bind.
    assert opening(tutor, "Was the Treaty of Tordesillas between Spain and France?")[0] != "Yes"


def test_a_standing_membership_is_no_swapped_deed(tutor):
    # The sentences naming the permanent members do not deny an elected seat.
    assert opening(tutor, "is germany a member of the security council")[0] != "No"


def test_what_a_sentence_sets_apart_it_denies(tutor):
    # "Decisions of the UN Security Council, unlike those of the General Assembly, are
    # legally binding": said of the Security Council, denied of the General Assembly.
    assert opening(tutor, "r UN general assembly resolutions legally binding")[0] == "No"
    assert opening(tutor, "are security council resolutions binding?")[0] == "Yes"


def test_a_person_said_only_within_a_joined_name_is_not_confirmed(tutor):
    # "... also called the Nazi-Soviet Pact or the Hitler-Stalin Pact, was the treaty ...
    # signed in Moscow": the pact's name says nothing of who signed it.
    assert opening(tutor, "did stalin sign the molotov-ribbentrop pact himself")[0] != "Yes"


def test_a_name_said_only_in_the_adjective_made_of_it_is_not_confirmed(tutor):
    # "... to reorganise Europe after the French Revolutionary and Napoleonic Wars": the
    # search reads "Napoleonic" as "Napoleon", but the wars' name says nothing of where he was.
    assert opening(tutor, "was napoleon at the congress of vienna")[0] != "Yes"
    # Said as a name, the person is read as before.
    assert opening(tutor, "did talleyrand represent france at the congress of vienna?")[0] == "Yes"
