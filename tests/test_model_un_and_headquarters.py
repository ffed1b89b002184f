"""A Model UN delegate's forms of address are talk; an organisation's "building" is its headquarters.

At cde842b7 "Honourable chair, point of information: what is R2P exactly and what triggers it"
was declined (the address weighed against the question), and "where is the united nations
building, which city" met the League's buildings handed to the UN in Geneva. From blind64,
read after its figures were taken.
"""

from tutor.answering.session import Session


def test_model_un_address_is_talk(tutor):
    reply = Session(tutor).respond("Honourable chair, point of information: what is R2P exactly and what triggers it")
    assert not reply.out_of_scope and "Responsibility to Protect" in reply.answer.split(". ")[0]


def test_the_un_building_is_its_headquarters(tutor):
    assert "New York" in Session(tutor).respond("where is the united nations building, which city").answer.split(". ")[0]
