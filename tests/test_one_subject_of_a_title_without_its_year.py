"""One subject of a title of several is named without the year its title gives it.

"Louisiana Purchase (1803) and Alaska Purchase (1867)": "tell me about the purchase of
Alaska" names the Alaska Purchase, so "how much did the Americans pay for it?" is asked of
it, not of Louisiana (60 million francs). From a development part written blind (study40); at
9ce2a0a1 the follow-up was answered with the price of Louisiana. The guard: the G7 and G20,
which have no year, still keep apart.
"""

from tutor.answering.session import Session


def last_answer(tutor, *turns: str) -> str:
    session = Session(tutor)
    return [session.respond(turn) for turn in turns][-1].answer


def test_it_is_the_purchase_named_not_the_other(tutor):
    reply = last_answer(tutor, "Tell me about the purchase of Alaska, would you?", "How much did the Americans pay for it?")
    assert "Alaska" in reply.split(". ")[0] and "francs" not in reply


def test_subjects_without_a_year_still_keep_apart(tutor):
    reply = last_answer(tutor, "what is the g7", "which countries are in it")
    assert reply.startswith("The G7 has seven members")
