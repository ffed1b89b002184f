"""The treaty that ended the First World War is Versailles, the one that took Russia out of
it Brest-Litovsk: each document says so among the questions its overview answers.

At 0d00b2c3 "ww1 peace treaty" and "what was the peace treaty after world war one" were
answered by Brest-Litovsk's overview and by the July Crisis; "which treaty took russia out of
ww1" by the Anglo-Russian Convention of 1907. From blind65 (read after its sealed
measurement) and blind40.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["ww1 peace treaty", "what was the peace treaty after world war one", "in which city was the peace conference that ended world war one?"])
def test_the_peace_treaty_of_the_first_world_war(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("The Treaty of Versailles")


def test_the_treaty_that_took_russia_out(tutor):
    assert "Brest-Litovsk" in Session(tutor).respond("which treaty took russia out of ww1").answer.split(".")[0]
