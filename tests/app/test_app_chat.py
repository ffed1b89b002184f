"""The chat screen driven with Pilot: asking, answers, sources, follow-ups, the prompt."""

from __future__ import annotations

from textual.widgets import Collapsible, Markdown, Static

from app_helpers import answers, chat, questions, settle, submit, wait_for
from tutor.answering.engine import Tutor
from tutor.answering.reply import Reply
from tutor.answering.session import Session
from tutor.app.app import TutorApp
from tutor.app.widgets.follow_ups import FollowUps
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.source_list import SourceList
from tutor.app.widgets.tutor_answer import TutorAnswer
from tutor.files.failure_log import failure_log_path

SIZE = (100, 32)


async def test_asking_shows_the_question_the_answer_and_its_sources(tutor: Tutor) -> None:
    expected = Session(tutor).respond("What is ASEAN?")
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        assert app.focused is chat(app).prompt  # usable at once
        await submit(pilot, "What is ASEAN?", typed=True)
        assert questions(app) == ["What is ASEAN?"]
        [answer] = answers(app)
        assert not answer.pending
        markdown = answer.query_one(Markdown)
        assert markdown.source.strip()  # the Markdown widget holds the answer
        assert answer.markdown is not None and "Sources:" not in answer.markdown  # shown apart
        assert expected.sources and [s.chunk_id for s in answer.sources] == [s.chunk_id for s in expected.sources]
        titles = [str(c.title) for c in answer.query(Collapsible)]
        assert titles == [f"{s.title} › {s.section}" for s in expected.sources]
        assert answer.follow_ups is not None and answer.follow_ups.prompts == expected.followups
        assert chat(app).prompt.value == ""
        assert chat(app).turns[-1].answer == expected.answer

        first = answer.query_one(SourceList).query(Collapsible).first()  # a source opens on a click
        assert first.collapsed
        await pilot.click(first.query_one("CollapsibleTitle"))
        await wait_for(pilot, lambda: not first.collapsed, "the source opened")
        passage = first.query_one(".passage", Static)
        assert str(passage.render()) == answer.sources[0].passage
        assert str(first.query_one(".cited", Static).render()).startswith("From: ")


async def test_follow_ups_by_number_key_arrows_mouse_and_typed_number(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        welcome = chat(app).query_one("#welcome", TutorAnswer).follow_ups
        assert welcome is not None
        await submit(pilot, "1")  # a number typed and Enter: that follow-up of the latest answer
        assert questions(app) == [welcome.prompts[0]]

        prompts = answers(app)[-1].follow_ups.prompts  # type: ignore[union-attr]
        assert len(prompts) >= 2
        await pilot.press("tab")  # nothing to complete: Tab goes to the latest follow-ups
        assert isinstance(app.focused, FollowUps) and app.focused.prompts == prompts
        await pilot.press("2")
        await settle(pilot)
        assert questions(app)[-1] == prompts[1]
        assert not answers(app)[-1].pending
        assert app.focused is chat(app).prompt  # back to typing

        prompts = answers(app)[-1].follow_ups.prompts  # type: ignore[union-attr]
        await pilot.press("tab", "down", "enter")
        await settle(pilot)
        assert questions(app)[-1] == prompts[1]

        follow_ups = answers(app)[-1].follow_ups
        assert follow_ups is not None
        await pilot.click(follow_ups, offset=(5, 0))
        await settle(pilot)
        assert questions(app)[-1] == follow_ups.prompts[0]
        assert len(answers(app)) == 4


async def test_a_follow_up_before_any_subject_is_asked_about_and_and_x_keeps_the_kind(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "When was it signed?")
        [clarifying] = answers(app)
        assert "refers to" in chat(app).turns[-1].answer and not clarifying.sources
        await submit(pilot, "who mediated the camp david accords?")
        await submit(pilot, "and dayton?")  # who mediated the Dayton Accords
        last = answers(app)[-1]
        assert last.sources[0].id == "dayton-accords" and "Holbrooke" in chat(app).turns[-1].answer.split(". ")[0]


async def test_learner_text_is_never_markup(tutor: Tutor) -> None:
    text = "What is [bold red]ASEAN[/] and [link=http://x]this[/link] [/oops]?"
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, text)
        message = chat(app).conversation.query(LearnerMessage).last()
        assert str(message.render()) == text
        assert not answers(app)[-1].pending  # answered, nothing crashed


async def test_prompt_history_up_and_down_kept_between_runs(tutor: Tutor, data_dir) -> None:  # type: ignore[no-untyped-def]
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is ASEAN?")
        await submit(pilot, "What is NATO?")
        prompt = chat(app).prompt
        await pilot.press(*"draft")
        await pilot.press("up")
        assert prompt.value == "What is NATO?"
        await pilot.press("up", "up")
        assert prompt.value == "What is ASEAN?"
        await pilot.press("down", "down")
        assert prompt.value == "draft"
    assert (data_dir / "prompt-history.json").is_file()
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("up")
        assert chat(app).prompt.value == "What is NATO?"


async def test_completion_of_commands_and_names(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        prompt = chat(app).prompt
        await pilot.press(*"/to")
        await wait_for(pilot, lambda: prompt._suggestion == "/topics", "the command suggested")
        await pilot.press("tab")
        assert prompt.value == "/topics"
        prompt.value = "Tell me about the camp d"
        prompt.cursor_position = len(prompt.value)
        await pilot.press("a")
        await wait_for(pilot, lambda: prompt._suggestion.startswith("Tell me about the Camp David Accords"), "the name suggested")
        await pilot.press("tab")
        assert prompt.value.startswith("Tell me about the Camp David Accords")


async def test_a_failure_in_answering_is_one_line_logged_and_the_chat_goes_on(tutor: Tutor, monkeypatch, data_dir) -> None:  # type: ignore[no-untyped-def]
    respond = Session.respond

    def broken_on_g7(self: Session, text: str) -> Reply:
        if "g7" in text:
            raise AssertionError("engine broke")
        return respond(self, text)

    monkeypatch.setattr(Session, "respond", broken_on_g7)
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is ASEAN?")
        await submit(pilot, "g7 or g20, which matters more?")
        await wait_for(pilot, lambda: len(answers(app)) == 2 and not answers(app)[1].pending, "the failed question answered")
        failed = answers(app)[1]
        line = f"Sorry, something went wrong answering that. It has been logged to {failure_log_path()}; please try rephrasing."
        assert failed.markdown is not None and failed.markdown.replace("\\", "") == line and not failed.sources
        log = failure_log_path().read_text()
        assert "answering 'g7 or g20, which matters more?'" in log and "AssertionError: engine broke" in log
        assert questions(app) == ["What is ASEAN?", "g7 or g20, which matters more?"]  # the question stays

        await submit(pilot, "when was it founded?")  # the conversation goes on, its subject kept
        await wait_for(pilot, lambda: len(answers(app)) == 3 and not answers(app)[2].pending, "the next question answered")
        assert [s.id for s in answers(app)[2].sources][:1] == ["asean"] and app.focused is chat(app).prompt
        await submit(pilot, "/save")
        await wait_for(pilot, lambda: list((data_dir / "transcripts").glob("*.md")), "the conversation saved")
        [saved] = (data_dir / "transcripts").glob("*.md")
        assert "> g7 or g20, which matters more?" in saved.read_text()


async def test_works_at_80_by_24_and_long_answers_scroll_from_their_question(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=(80, 24)) as pilot:
        await submit(pilot, "/topics")
        conversation = chat(app).conversation
        message = conversation.query(LearnerMessage).last()
        assert conversation.max_scroll_y > 0
        assert message.region.y - conversation.region.y <= 2  # the question at the top, not scrolled away
        await pilot.press("pageup")
        await wait_for(pilot, lambda: conversation.scroll_y < conversation.max_scroll_y, "the conversation scrolled up")
        await submit(pilot, "What is the Peace of Westphalia?")
        await pilot.press("f2")
        await wait_for(pilot, lambda: chat(app).topics.has_focus, "the topics panel")
        prompt = chat(app).prompt
        assert prompt.region.width >= 30 and prompt.region.bottom <= 23
        assert not answers(app)[-1].pending
