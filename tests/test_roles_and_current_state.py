"""Yes/no questions about who held which role and about what holds now, and questions
asking who holds an organisation's role, through the shipped knowledge base (issue 10)."""

from tutor.answering.session import Session


def ask(tutor, question):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return reply


def test_a_role_named_with_its_organisation_is_answered_from_that_organisations_document(tutor):
    # NATO's "Secretary General" shares every word of the role but "UN".
    for question in ("who is the current UN secretary-general?", "current un secretary general?"):
        reply = ask(tutor, question)
        assert reply.sources[0].id == "united-nations" and "Guterres" in reply.answer.split("\n")[0], reply.answer[:200]
    nato = ask(tutor, "who is NATO's secretary general now?")
    assert nato.sources[0].id == "nato" and "Rutte" in nato.answer


def test_a_passage_that_names_the_organisation_keeps_its_place(tutor):
    # "Chapter VII of the UN Charter gives the Security Council ..." speaks of the UN itself.
    reply = ask(tutor, "under which chapter of the UN charter can the security council use force")
    assert "Chapter VII" in reply.answer.split("\n")[0], reply.answer[:200]
