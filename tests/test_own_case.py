"""A question in the learner's own person is declined as their life, unless the section it
finds lists a question in the learner's own person too: the knowledge's authors meant that
section to answer the learner's own case ("How can a consulate help me if I'm arrested
abroad?"), so a traveller's question about consular help is answered from it."""

from tutor.answering.session import Session


def answer(tutor, question: str) -> str:
    return Session(tutor).respond(question).answer


def test_a_section_question_in_the_learners_person_is_told_from_one_in_another(tutor):
    own = tutor.intents.in_own_person
    assert own("How can a consulate help me if I'm arrested abroad?")
    assert own("What can my consulate do if I lose my passport on a trip?")
    assert not own("What do consuls do?")
    assert not own("Who signed SALT I?")  # the numeral is no pronoun


def test_a_travellers_question_about_consular_help_is_answered(tutor):
    jail = answer(tutor, "if i get arrested abroad can my embassy get me out of jail")
    assert "cannot get the person out of jail" in jail and "visit" in jail
    passport = answer(tutor, "can a consulate give me an emergency passport if mine gets stolen on holiday")
    assert passport.startswith("Yes.") and "emergency travel document" in passport


def test_the_learners_life_elsewhere_is_still_declined(tutor):
    """The same first person, where the section found lists no question in it, or where the
    question does not fit: the mechanism lends the consular section no other question."""
    for question in (
        "what sanctions can my employer impose for being late",
        "how do i apply for a passport",
        "how do i configure hashicorp consul for service discovery",
        "my attaché case combination lock is stuck, how do i reset it",
    ):
        assert Session(tutor).respond(question).out_of_scope, question
