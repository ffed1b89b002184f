"""Tags a learner types in words after a claim: "that's right isn't it", "that's true isn't
it", a closing "tho", and a claim reported inside the statement ("one of my teammates wrote
that ...").

At 09608699 the tag "that's right isn't it" after a comma was read as talk (it asks nothing
by its first word and has no question mark), so "The Americans bought Alaska off the
Canadians, that's right isn't it" got no verdict; "did russia sign the budapest memorandum
tho" counted "though" as the claim's word; the Kyoto question below was declined. From
development parts (blind64, blind61, study31).
"""

from tutor.answering.session import Session


def test_thats_right_isnt_it_asks_for_a_verdict(tutor):
    answer = Session(tutor).respond("The Americans bought Alaska off the Canadians, that's right isn't it").answer
    assert answer.startswith("No.") and "Russian Empire" in answer


def test_thats_true_isnt_it_without_a_question_mark(tutor):
    assert Session(tutor).respond("the UN was founded in 1945, that's true isn't it").answer.startswith("Yes.")


def test_a_closing_though_is_doubt_not_claim(tutor):
    assert Session(tutor).respond("did russia sign the budapest memorandum tho").answer.startswith("Yes.")


def test_the_claim_a_report_inside_tells(tutor):
    reply = Session(tutor).respond(
        "Doing a group presentation on climate diplomacy and one of my teammates wrote that the US ratified the Kyoto Protocol under Clinton. That's right isn't it?"
    )
    assert not reply.out_of_scope and "never ratified" in reply.answer


def test_is_that_accurate_is_a_tag(tutor):
    assert Session(tutor).respond("kofi annan won the nobel peace prize, is that accurate?").answer.startswith("Yes.")


def test_no_after_a_comma_is_a_tag(tutor):
    assert Session(tutor).respond("the UN was founded in 1945, no?").answer.startswith("Yes.")


def test_no_after_a_space_is_the_claims_own(tutor):
    # Guard: "votes no?" asks what a "no" vote does, not whether anything holds.
    session = Session(tutor)
    session.respond("what is the un security council")
    assert not session.respond("and what happens if one of them votes no?").answer.startswith(("Yes.", "No."))


def test_a_deed_of_saying_in_the_claim_is_the_claim(tutor):
    # Guard (from the review): "the soviets insisted that ..." is the claim itself, not a report
    # of the learner's source; stripped, it had become "the us remove its missiles ..." and got
    # a wrong "No.".
    for question in ["the soviets insisted that the us remove its missiles from turkey, right?", "kennedy said that he would not invade cuba, right?"]:
        assert not Session(tutor).respond(question).answer.startswith("No.")
