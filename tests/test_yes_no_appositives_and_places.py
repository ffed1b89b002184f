"""Yes/no verdicts that a round-31 reading of the development yes/no failures, and three
reviews, found withheld or false (issue 10): a phrase describing the person a clause ends with
("Dag Hammarskjöld, the Swedish diplomat who served ... until his death in a plane crash"), and
the verb phrases after it, say their deeds of that person, not of another party they name; the
place a sentence gives is read after a noun a capitalised word qualifies ("at the Soviet
embassies in Copenhagen and London") and among others; "without" lacks only its noun phrase;
an irregular past dates its own clause. Questions written for these tests."""

import pytest
from test_yes_no_false_verdicts import verdict


def test_a_phrase_describing_the_subject_says_its_deeds(tutor):
    assert verdict(tutor, "did dag hammarskjold die in a plane crash in 1961?") == "Yes"


def test_a_deed_the_description_does_not_say_is_not_confirmed(tutor):
    assert verdict(tutor, "did hammarskjold die in a car crash?") != "Yes"


def test_a_word_qualifying_a_noun_is_no_other_place(tutor):
    assert verdict(tutor, "did oleg gordievsky work as a diplomat in london?") == "Yes"
    # A place the sentence does not give is still not confirmed.
    assert verdict(tutor, "did oleg gordievsky serve as a diplomat in paris?") != "Yes"


def test_the_place_after_a_qualified_noun_is_read(tutor):
    # "at the British embassy in Washington": the place is Washington, not "British".
    assert verdict(tutor, "was philby first secretary at the british embassy in moscow?") == "No"
    assert verdict(tutor, "was kim philby first secretary at the british embassy in washington?") == "Yes"
    # A place followed by "near" is still a place.
    assert verdict(tutor, "was the potsdam conference held in berlin?") == "No"


def test_without_before_a_noun_denies_only_that_noun(tutor):
    # "soldiers left without care after the Battle of Solferino in northern Italy" had denied
    # Solferino and Italy too.
    assert verdict(tutor, "did henri dunant see wounded soldiers at solferino?") == "Yes"
    assert verdict(tutor, "did dunant see wounded soldiers in italy?") == "Yes"


def test_places_joined_by_and_in_are_each_a_place(tutor):
    # "rivalry in the Caribbean and in Europe": both places, neither denied by the other.
    assert verdict(tutor, "did the cuban missile crisis grow out of rivalry in the caribbean?") == "Yes"
    assert verdict(tutor, "did the cuban missile crisis grow out of rivalry in asia?") == "No"


def test_without_a_short_word_denies_its_longer_forms(tutor):
    assert verdict(tutor, "were the wounded soldiers at solferino cared for?") == "No"


def test_a_short_word_denied_elsewhere_denies_no_longer_word(tutor):
    # Only what "without" lacks is lacked in longer forms: "do not use the euro" says nothing
    # of "European", "do not or no longer take part" nothing of "taken".
    assert verdict(tutor, "is poland in the european union") == "Yes"
    assert verdict(tutor, "do the geneva conventions protect soldiers taken prisoner?") == "Yes"


@pytest.mark.parametrize(("question", "expected"), [("did kim philby flee to moscow in 1951", "No"), ("did philby flee to moscow in 1949", "No"), ("did kim philby flee to moscow in 1963", "Yes")])
def test_an_irregular_past_dates_its_own_clause(tutor, question, expected):
    # "served ... from 1949 to 1951, and fled to Moscow in 1963": "fled" is "flee", dated 1963.
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # A manner and the spot within the place may stand between the verb and its place
        # (round 32, from a claim a part written blind this round made).
        ("was the pact signed in geneva", "The pact was drafted in Geneva and signed formally on the steps of the Town Hall in Bern.", "no"),
        ("was the pact signed in bern", "The pact was drafted in Geneva and signed formally on the steps of the Town Hall in Bern.", "yes"),
        ("was the pact signed in bern", "The pact was signed at the Palace of Nations in Bern.", "yes"),
        ("was the pact signed in geneva", "The pact was signed at the Palace of Nations in Bern.", "no"),
    ],
)
def test_the_place_after_a_spot_within_it_is_read(question, sentence, expected):
    from tutor.answering.sentence_verdict import yes_or_no

    assert yes_or_no(question, sentence) == expected


def test_the_spot_within_the_place_is_the_claims_place_too():
    from tutor.answering.sentence_verdict import yes_or_no

    said = "The accords were signed at the White House in Washington on 17 September 1978."
    assert yes_or_no("were the accords signed at the white house", said) != "no"
    assert yes_or_no("were the accords signed in paris", said) == "no"
