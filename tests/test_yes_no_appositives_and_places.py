"""Yes/no verdicts a round-31 reading of the development yes/no failures found withheld or
false (issue 10): a phrase describing the person a clause ends with ("Dag Hammarskjöld, the
Swedish diplomat who served ... until his death in a plane crash") says its deeds of that
person, not of another party it names; and a capitalised word qualifying a noun after "at
the" ("a diplomat at the Soviet embassies in Copenhagen and London") is no place the claim's
place is denied by. Questions written for these tests."""

from test_yes_no_false_verdicts import verdict


def test_a_phrase_describing_the_subject_says_its_deeds(tutor):
    assert verdict(tutor, "did dag hammarskjold die in a plane crash in 1961?") == "Yes"


def test_a_deed_the_description_does_not_say_is_not_confirmed(tutor):
    assert verdict(tutor, "did hammarskjold die in a car crash?") != "Yes"


def test_a_word_qualifying_a_noun_is_no_other_place(tutor):
    assert verdict(tutor, "did oleg gordievsky work as a diplomat in london?") == "Yes"
    # A place the sentence does not give is still not confirmed.
    assert verdict(tutor, "did oleg gordievsky serve as a diplomat in paris?") != "Yes"
