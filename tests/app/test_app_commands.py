"""Every slash command, and saving the conversation into the (temporary) data folder."""

from __future__ import annotations

from pathlib import Path

from app_helpers import answers, chat, questions, record_notifications, submit, wait_for
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp, run
from tutor.app.widgets.note import Note
from tutor.search.knowledge import TOPIC_TITLES

SIZE = (100, 32)


async def test_new_starts_a_fresh_conversation(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "Who negotiated the Camp David Accords?")
        assert chat(app).session.state.topic == "camp-david-accords"  # type: ignore[union-attr]
        await submit(pilot, "/new")
        assert questions(app) == []  # the screen is cleared
        [answer] = answers(app)
        assert answer.markdown and not answer.pending
        assert chat(app).session.state.topic is None  # type: ignore[union-attr]
        assert [t.question for t in chat(app).turns] == ["/new"]


async def test_help_topics_sources_and_unknown_commands(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/help")
        shown = answers(app)[-1].markdown or ""
        assert "/topics" in shown  # the engine's help
        assert "/save" in shown and "/quit" in shown  # and the app's commands

        await submit(pilot, "/topics")
        shown = answers(app)[-1].markdown or ""
        present = {doc.topic for doc in tutor.retriever.documents.values()}
        for key in present & set(TOPIC_TITLES):
            assert TOPIC_TITLES[key] in shown

        await submit(pilot, "/sources")
        assert answers(app)[-1].markdown  # "no answer yet", from the engine
        await submit(pilot, "Who negotiated the Camp David Accords?")
        sources = answers(app)[-1].sources
        await submit(pilot, "/sources")
        shown = answers(app)[-1].markdown or ""
        assert sources[0].section in shown and sources[0].passage[:60] in shown

        await submit(pilot, "/frobnicate now")
        assert "/frobnicate" in (answers(app)[-1].markdown or "")


async def test_save_writes_the_conversation_as_markdown(tutor: Tutor, data_dir: Path) -> None:
    app = TutorApp(tutor=tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is ASEAN?")
        reply = chat(app).turns[-1]
        await submit(pilot, "/save")
        [saved] = list((data_dir / "transcripts").glob("*.md"))
        text = saved.read_text(encoding="utf-8")
        assert "> What is ASEAN?" in text
        assert reply.answer.strip() in text
        assert all(f"- {prompt}" in text for prompt in reply.followups)
        assert str(saved) in str(chat(app).conversation.query(Note).last().render())
        assert any(title == "Conversation saved" and str(saved) in message for _, title, message in notes)
        await submit(pilot, "What is NATO?")
        await pilot.press("ctrl+s")  # the key saves again: the same file, brought up to date
        await wait_for(pilot, lambda: "What is NATO?" in saved.read_text(encoding="utf-8"), "the second question saved")
        assert list((data_dir / "transcripts").glob("*.md")) == [saved]
        await submit(pilot, "/new")
        await submit(pilot, "What is the OSCE?")
        await pilot.press("ctrl+s")  # a new conversation: a new file
        await wait_for(pilot, lambda: len(list((data_dir / "transcripts").glob("*.md"))) == 2, "a second file")


async def test_save_with_nothing_to_save_warns(tutor: Tutor, data_dir: Path) -> None:
    app = TutorApp(tutor=tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/save")
        assert not (data_dir / "transcripts").exists()
        assert notes and notes[-1][0] == "warning"


async def test_quit_command_exits_with_code_0(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/quit")
    assert app.return_code == 0


async def test_ctrl_q_quits_cleanly(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is ASEAN?")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: app.return_code is not None, "the app quitting")
    assert app.return_code == 0
    assert not app.is_running


def test_run_returns_the_exit_code(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[Path]] = []

    def fake_run(self: TutorApp) -> None:
        seen.append(self.extra_knowledge_dirs)
        self.exit(return_code=3)

    monkeypatch.setattr(TutorApp, "run", fake_run)
    assert run([tmp_path]) == 3
    assert seen == [[tmp_path]]
