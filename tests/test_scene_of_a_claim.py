"""What only sets the scene of a yes/no claim is not claimed.

At cde842b7 "did nixon meet mao when he went to china in 1972" got "No.": the year of the
clause of circumstance was taken as the claim's, and a passage dating the meeting otherwise
denied it. "Why was the Berlin Wall put up in first place" is talk as "in the first place"
is: it met Reagan's speech of 1987. From the development set (study34) and study41.
"""

from tutor.answering.session import Session


def test_a_year_of_the_scene_denies_nothing(tutor):
    reply = Session(tutor).respond("did nixon meet mao when he went to china in 1972")
    assert not reply.answer.startswith("No.")


def test_in_first_place_is_talk(tutor):
    assert "escaping" in Session(tutor).respond("why was the berlin wall put up in first place").answer.split(". ")[0]
