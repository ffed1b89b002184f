"""The app's chat answers a message asking two things in one answer citing both parts, and a
second question outside the knowledge is declined in so many words (branch compound19)."""

from __future__ import annotations

from app_helpers import answers, chat, submit
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp

SIZE = (100, 32)


async def test_two_questions_in_one_message_get_one_answer_citing_both(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "when was the OAS founded, and when was ASEAN founded?")
        [answer] = answers(app)
        assert {source.id for source in answer.sources} >= {"organization-of-american-states", "asean"}
        text = chat(app).turns[-1].answer
        assert "1948" in text and "1967" in text


async def test_a_second_question_outside_the_knowledge_is_declined_beside_the_first_answer(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "what is the antarctic treaty? and how do i make pancakes")
        [answer] = answers(app)
        text = chat(app).turns[-1].answer
        assert answer.sources and "1959" in text and "can't help" in text and "pancakes" in text
