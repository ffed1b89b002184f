"""What a new learner trips over first, at 80x24: lesson feedback on screen, keys that do
what they say, numbers, pasting, out-of-scope replies and follow-up labels.

Every test waits for the state it checks (`wait_for`), never for a fixed time.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Collapsible

from app_helpers import answers, chat, on_screen, questions, submit, wait_for
from test_app_lessons import LESSONS, answer_wrong, current, feedback, open_lesson
from tutor.app.app import TutorApp
from tutor.app.screens.help import HelpScreen
from tutor.app.screens.lesson import LessonScreen
from tutor.app.widgets.choice_list import ChoiceList
from tutor.app.widgets.follow_ups import FollowUps
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.lesson_feedback import LessonFeedback
from tutor.answering.engine import Tutor
from tutor.lessons.model import Order

SMALL = (80, 24)


def lesson_app(tutor: Tutor) -> TutorApp:
    return TutorApp(tutor=tutor, lesson_folders=[LESSONS], watch_interval=None)


async def test_a_new_lesson_opens_at_its_start(snapshot_tutor: Tutor) -> None:
    app = lesson_app(snapshot_tutor)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")
        intro = screen.query_one("#lesson-intro")
        await wait_for(pilot, lambda: on_screen(intro), "the lesson's introduction")
        assert screen.log_view.scroll_y == 0


async def test_a_wrong_choice_shows_why_and_the_first_hint_at_80_by_24(snapshot_tutor: Tutor) -> None:
    app = lesson_app(snapshot_tutor)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")
        await wait_for(pilot, lambda: isinstance(screen.focused, ChoiceList), "the choices focused")
        await answer_wrong(pilot, screen)
        await wait_for(pilot, lambda: any(f.kind == "hint" for f in feedback(screen)), "a hint")
        wrong = next(f for f in feedback(screen) if f.kind == "wrong")
        hint = next(f for f in feedback(screen) if f.kind == "hint")
        await wait_for(pilot, lambda: on_screen(wrong) and on_screen(hint), "the feedback and the hint on screen")
        assert "Hint 1 of" in str(hint.render())
        # Page Up scrolls the lesson even though the choices keep the focus.
        assert isinstance(screen.focused, ChoiceList)
        before = screen.log_view.scroll_y
        await pilot.press("pageup")
        await wait_for(pilot, lambda: screen.log_view.scroll_y < before, "the log scrolled up")
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.log_view.scroll_y == before, "the log scrolled back down")


async def test_ordering_feedback_is_shown_whole_at_80_by_24(snapshot_tutor: Tutor) -> None:
    app = lesson_app(snapshot_tutor)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_lesson(pilot, "events-of-example")
        await wait_for(pilot, lambda: isinstance(screen.runner.current_question, Order) and isinstance(screen.focused, ChoiceList), "the order question")
        await answer_wrong(pilot, screen)
        await wait_for(pilot, lambda: any(f.kind == "wrong" for f in feedback(screen)), "the verdict")
        wrong = next(f for f in feedback(screen) if f.kind == "wrong")
        await wait_for(pilot, lambda: on_screen(wrong), "the whole verdict on screen")
        assert "right place" in wrong.text and wrong.text.rstrip().endswith(".")


async def test_f3_in_a_lesson_does_not_give_the_answer_away(snapshot_tutor: Tutor) -> None:
    app = lesson_app(snapshot_tutor)
    async with app.run_test(size=SMALL) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")
        question = current(screen)
        await pilot.press("f3")
        await pilot.press("ctrl+r")  # the key that does reveal, named in the footer
        await wait_for(pilot, lambda: any(f.kind == "revealed" for f in feedback(screen)), "the answer revealed")
        assert sum(f.kind == "revealed" for f in feedback(screen)) == 1
        assert screen.runner.current_question is not question


async def test_typing_after_clicking_a_source_goes_to_the_prompt(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await submit(pilot, "What is ASEAN?")
        await pilot.click("#source-1 CollapsibleTitle")
        await wait_for(pilot, lambda: not app.focused is chat(app).prompt, "the source focused")
        await pilot.press(*"why?")  # "w" and "?" are letters like any other
        prompt = chat(app).prompt
        await wait_for(pilot, lambda: prompt.value == "why?", "the letters in the prompt")
        assert app.focused is prompt and isinstance(app.screen, type(chat(app)))
        assert answers(app)[-1].query_one(Collapsible)  # the source is still there


async def test_help_scrolls_with_the_keys_and_numbers_ask_its_examples(snapshot_tutor: Tutor) -> None:
    app = TutorApp(tutor=snapshot_tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        help_screen = app.screen
        body = help_screen.query_one("#help-body")
        await wait_for(pilot, lambda: body.max_scroll_y > 0, "help laid out")
        await pilot.press("down")
        await wait_for(pilot, lambda: body.scroll_y > 0, "help scrolled by Down")
        await pilot.press("end")
        await wait_for(pilot, lambda: body.scroll_y == body.max_scroll_y, "help scrolled to its end")
        examples = help_screen.examples
        shown = [b for b in help_screen.active_bindings.values() if b.binding.show and b.binding.action.startswith("ask_example")]
        assert [b.binding.key_display for b in shown] == [f"1-{len(examples)}"]
        await pilot.press(str(len(examples)))
        await wait_for(pilot, lambda: examples[-1] in questions(app), "the last example asked")


async def test_a_number_with_no_such_follow_up_is_not_searched(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        await submit(pilot, "7")  # the welcome offers three
        assert "There is no follow-up 7: pick one from 1 to 3" in (answers(app)[-1].markdown or "")
        await submit(pilot, "What is the JCPOA?")
        offered = answers(app)[-1].followups
        assert 1 < len(offered) < 7
        await submit(pilot, "7")
        reply = answers(app)[-1]
        assert f"There is no follow-up 7: pick one from 1 to {len(offered)}" in (reply.markdown or "")
        assert not reply.sources and reply.followups == offered
        await submit(pilot, "1")  # in range: that follow-up is asked
        assert questions(app)[-1] == offered[0] and answers(app)[-1].sources
        await submit(pilot, "9" * 5000)  # too long for a year, and for int() to read
        assert "There is no follow-up 9999" in (answers(app)[-1].markdown or "")


async def test_pasted_lines_become_one_question(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        prompt = chat(app).prompt
        prompt.focus()
        prompt.post_message(events.Paste("What is the\nVienna Convention\non Diplomatic Relations?"))
        await wait_for(pilot, lambda: prompt.value, "the pasted text")
        assert prompt.value == "What is the Vienna Convention on Diplomatic Relations?"
        prompt.post_message(events.Paste("one line"))
        await wait_for(pilot, lambda: prompt.value.endswith("one line"), "a one-line paste")
        assert prompt.value.count("one line") == 1


async def test_out_of_scope_lists_its_suggestions_once(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        await submit(pilot, "How long should I boil an egg?")
        reply = answers(app)[-1]
        assert reply.has_class("-out-of-scope") and reply.followups
        assert all(prompt not in (reply.markdown or "") for prompt in reply.followups)
        listed = reply.query_one(FollowUps)
        assert listed.prompts == reply.followups


async def test_follow_ups_are_questions_or_requests_and_fit_at_80_by_24(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        for question in ("What is an ambassador?", "What is the JCPOA?", "What is bilateral diplomacy?", "Who are the actors of track one diplomacy?"):
            await submit(pilot, question)
            for prompt in answers(app)[-1].followups:
                assert prompt.endswith("?") or prompt.startswith(("Tell me ", "Quiz me ")), prompt
                assert ": " not in prompt, prompt
        await pilot.press("tab")
        await wait_for(pilot, lambda: isinstance(app.focused, FollowUps), "the follow-ups focused")
        footer = {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}
        assert {"Save", "Quit"} <= footer and "Ask" not in footer


def test_long_text_in_the_prompt_completes_only_its_tail() -> None:
    from tutor.app.completion import suggest

    names = ["Camp David Accords", "ASEAN"]
    long_text = "word " * 600 + "tell me about the camp"
    assert suggest(long_text, names) == "word " * 600 + "tell me about the Camp David Accords"


def test_saving_twice_updates_one_file(tmp_path: Path) -> None:
    from tutor.app.transcript import Turn, save_transcript

    first = save_transcript([Turn("What is NATO?", "An alliance.")], tmp_path)
    again = save_transcript([Turn("What is NATO?", "An alliance."), Turn("And the OSCE?", "A security body.")], tmp_path, path=first)
    assert again == first and "And the OSCE?" in first.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == [first]


async def test_an_answer_that_fits_shows_its_follow_ups_at_80_by_24(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SMALL) as pilot:
        await submit(pilot, "Why was NATO created?")  # an answer that fits the view, but not with its question
        answer = answers(app)[-1]
        assert answer.outer_size.height + 1 <= chat(app).conversation.scrollable_content_region.height
        question = chat(app).conversation.query(LearnerMessage).last()
        assert answer.outer_size.height + question.outer_size.height + 1 > chat(app).conversation.scrollable_content_region.height
        follow_ups = answer.follow_ups
        assert follow_ups is not None
        await wait_for(pilot, lambda: on_screen(follow_ups), "the follow-ups on screen")
        await submit(pilot, "/topics")  # longer than the view: read from its question down
        await wait_for(pilot, lambda: on_screen(chat(app).conversation.query(LearnerMessage).last()), "the question on screen")
