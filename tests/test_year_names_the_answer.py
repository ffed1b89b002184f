""""In which year ...?": "year" names the kind of answer, not a fact for the sentence to say.

At cde842b7 "In which year was the African Union formed?" was answered by "... elected by the
Assembly for a four-year term ...", while "when was the african union formed" got its launch
in 2002. From blind64, read after its figures were taken.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question, year",
    [
        ("In which year was the African Union formed? I am always confusing it with the OAU", "2002"),
        ("which year was the african union formed", "2002"),
        # Guards: the year still asked and answered elsewhere.
        ("in what year was nato founded", "1949"),
        ("what year did the cold war end", "1989"),
    ],
)
def test_the_year_asked(tutor, question, year):
    assert year in Session(tutor).respond(question).answer.split(". ")[0]
