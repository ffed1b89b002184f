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


def test_a_person_put_on_another_side_than_the_knowledge_gives_them_gets_no(tutor):
    # "US President John F. Kennedy and Soviet leader Nikita Khrushchev", and the like: the
    # knowledge gives each person a side and names the claimed side's holder beside them.
    for question, holder in [
        ("was Kennedy the Soviet leader?", "Khrushchev"),
        ("was Nixon the Soviet leader", "Brezhnev"),
        ("was Begin the president of Egypt?", "Sadat"),
        ("was Sadat the Israeli prime minister?", "Begin"),
        ("was Carter the Israeli prime minister?", "Begin"),
        ("was Gorbachev the US president?", "Reagan"),
        ("was Putin the American president?", "Biden"),
    ]:
        answer = ask(tutor, question).answer
        first = answer.split("\n")[0]
        assert first.startswith("No. ") and holder in first, answer[:200]


def test_a_person_on_the_side_the_knowledge_gives_them_is_not_denied(tutor):
    for question in ("was Kennedy the US president?", "was Sadat the president of Egypt?", "was Brezhnev the Soviet leader?", "was Medvedev the Russian president?"):
        assert ask(tutor, question).answer.startswith("Yes. "), question
    # A side the knowledge gives in other titles too ("Soviet General Secretary", "Soviet
    # President") is no contradiction, whatever the office.
    assert not ask(tutor, "was Gorbachev the Soviet leader?").answer.startswith("No. ")


def test_titles_give_the_side_and_office_before_a_name(tutor):
    from tutor.answering.roles import Roles

    roles = Roles(tutor.retriever, tutor.composer.reader)
    roles._gathered()
    found = {name: (sorted(title.side), sorted(title.office)) for name, title in roles._titles_in("In 1978 Egyptian President Anwar Sadat and Soviet leader Nikita Khrushchev met his adviser Henry Kissinger.", 0)}
    assert found == {"sadat": (["egyptian"], ["presid"]), "khrushchev": (["soviet"], ["leader"])}
