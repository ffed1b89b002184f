"""Why the Treaty of Versailles was signed in the Hall of Mirrors is in the knowledge.

"Is it true the Treaty of Versailles was signed in the Hall of Mirrors, and why was that room
chosen?" (written blind, study37) was answered with the signing alone: the knowledge did not say
that the German Empire had been proclaimed there in 1871. At c6603141 the answer had neither the
verdict nor the reason.
"""

from tutor.answering.session import Session


def test_the_reason_is_given_first(tutor):
    answer = Session(tutor).respond("why was the treaty of versailles signed in the hall of mirrors").answer
    assert "1871" in answer.split(". ")[0]


def test_the_verdict_and_the_reason(tutor):
    answer = Session(tutor).respond("Is it true the Treaty of Versailles was signed in the Hall of Mirrors, and why was that room chosen?").answer
    assert answer.startswith("Yes.") and "1871" in answer.split("Sources:")[0]
