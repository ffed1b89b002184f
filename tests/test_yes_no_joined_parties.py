"""Yes/no verdicts the round-24 yes/no list found withheld or false (issue 10): two parties
the question joins by "and" are both the claim's subject, whichever phrase of a sentence
names each; a phrase going on with the one before it (a complement opening with a
preposition, another name after "formally") names no other party; a year naming an event
("after the 1971 war") does not date the claim's deed; a denial within a condition ("if Iraq
did not withdraw") denies nothing; and a word said only in a two-word name ("arrest
warrants") does not say the claim's deed; a country in a wave of enlargement is a member; a
name said within a longer name is said ("UN" in "UN Security Council Resolution 598"); and
"rather than" denies only what follows it; ", outside NATO" denies membership; a deed named as
a condition ("becomes binding when ... states have ratified it") implies no other deed.
Questions written for these tests."""

import pytest
from test_yes_no_false_verdicts import verdict


@pytest.mark.parametrize("question", [
    "did reagan and gorbachev meet in geneva?",
    "did trump and kim meet in singapore?",
])
def test_two_parties_joined_by_and_are_both_the_subject(tutor, question):
    assert verdict(tutor, question) == "Yes"


def test_a_party_not_in_the_sentence_is_still_denied(tutor):
    assert verdict(tutor, "did carter and gorbachev meet in geneva?") == "No"


def test_a_complement_after_a_comma_is_the_deeds_own(tutor):
    assert verdict(tutor, "did the icc issue a warrant for putin") == "Yes"


def test_another_name_after_formally_names_no_other_party(tutor):
    assert verdict(tutor, "did the dayton accords end the bosnian war?") == "Yes"


def test_a_deed_said_only_in_a_two_word_name_is_not_said(tutor):
    # "issued arrest warrants for ... Putin" says nothing of the ICC arresting him.
    assert verdict(tutor, "can the icc arrest putin?") != "Yes"


def test_a_year_naming_an_event_does_not_date_the_deed(tutor):
    assert verdict(tutor, "was the simla agreement signed after the 1971 war?") != "No"
    # A year dating the deed still does.
    assert verdict(tutor, "was the simla agreement signed in 1971?") == "No"


def test_a_denial_within_a_condition_denies_nothing(tutor):
    assert verdict(tutor, "did the security council authorise force against iraq in the 1991 gulf war") == "Yes"


def test_a_country_in_a_wave_of_enlargement_is_a_member(tutor):
    # "NATO enlarged in several waves: Greece and Turkey in 1952, ..." says membership.
    assert verdict(tutor, "is greece in nato?") == "Yes"


def test_a_name_said_within_a_longer_name_is_said(tutor):
    # "UN" in "UN Security Council Resolution 598"; "Resolution 598" is no other thing's name
    # taking "resolution" from the claim, and "it ended ..." goes on with the war.
    assert verdict(tutor, "was the iran-iraq war ended by a UN resolution?") == "Yes"


def test_rather_than_denies_only_what_follows_it(tutor):
    assert verdict(tutor, "did the iran iraq war end in a victory?") == "No"
    assert verdict(tutor, "is it true that norway hosted the secret oslo talks") != "No"



def test_an_appositive_outside_denies_membership(tutor):
    # "..., and Switzerland remains neutral today, outside NATO and the European Union, ..."
    assert verdict(tutor, "is switzerland in nato?") == "No"


def test_a_deed_named_as_a_condition_implies_nothing(tutor):
    # "the treaty becomes binding when ... states have ratified it": no ratification was done,
    # so no signing is implied, and "is a signed treaty binding?" gets no "Yes.".
    assert verdict(tutor, "is a signed treaty binding?") != "Yes"
    assert verdict(tutor, "does signing a treaty bind a state?") != "Yes"
    # A deed done still implies it ("France and China joined the NPT only in 1992").
    assert verdict(tutor, "did china sign the npt") == "Yes"


def test_a_laureate_is_said_to_have_won_the_prize(tutor):
    # The laureates' list says "won the Nobel Peace Prize" in each item ("- 1990: Soviet leader
    # Mikhail Gorbachev won the Nobel Peace Prize for ...").
    assert verdict(tutor, "did obama win a nobel prize") == "Yes"
    assert verdict(tutor, "did le duc tho accept the nobel prize?") != "Yes"


def test_a_place_of_several_words_must_be_said_as_the_place(tutor):
    # "... six months after Camp David, Egypt and Israel signed their peace treaty" says no
    # signing at Camp David; "signed the treaty on the White House lawn" says it of the White House.
    assert verdict(tutor, "was the egypt-israel peace treaty signed at camp david?") != "Yes"
    assert verdict(tutor, "was the egypt israel peace treaty signed at the white house") == "Yes"
