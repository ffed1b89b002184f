"""The topics browser, the timeline, help, the command palette, the lessons, and loading."""

from __future__ import annotations

from pathlib import Path

from app_helpers import answers, chat, palette, questions, record_notifications, settle, submit, wait_ready
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp
from tutor.app.screens.chat import ChatScreen
from tutor.app.screens.help import HelpScreen
from tutor.app.screens.lessons import LessonsScreen
from tutor.app.screens.timeline import TimelineScreen
from tutor.app.widgets.timeline import Timeline, events_of
from tutor.app.widgets.topics_browser import DocumentNode, TopicsBrowser
from tutor.search.knowledge import TOPIC_TITLES

SIZE = (100, 32)


async def test_topics_browser_asks_about_the_chosen_document(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        panel = chat(app).query_one("#topics-panel")
        assert not panel.display
        await pilot.press("f2")
        assert panel.display
        tree = chat(app).query_one(TopicsBrowser)
        assert app.focused is tree
        topics = [str(node.label) for node in tree.root.children]
        first_topic = next(t for t in TOPIC_TITLES if any(d.topic == t for d in tutor.retriever.documents.values()))
        assert topics[0].startswith(TOPIC_TITLES[first_topic])
        await pilot.press("enter")  # open the first topic
        await pilot.press("down", "enter")  # choose its first document
        await settle(pilot)
        data = tree.root.children[0].children[0].data
        assert isinstance(data, DocumentNode)
        assert questions(app) == [f"Tell me about {data.title}"]
        assert not answers(app)[-1].pending
        await pilot.press("f2")
        assert not panel.display
        assert app.focused is chat(app).prompt


async def test_timeline_lists_dated_documents_and_asks_about_one(tutor: Tutor) -> None:
    events = events_of(tutor.retriever.documents.values())
    assert events and [e.year for e in events] == sorted(e.year for e in events)
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        assert isinstance(app.screen, TimelineScreen)
        timeline = app.screen.query_one(Timeline)
        assert sum(1 for o in timeline.options if not o.disabled) == len(events)
        assert events[0].title in str(app.screen.query_one("#event-title").render())
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen)
        assert questions(app) == [f"Tell me about {events[1].short_title}"]
        await pilot.press("f3", "escape")
        assert isinstance(app.screen, ChatScreen)


async def test_help_opens_on_f1_and_question_mark_and_asks_an_example(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#keys").render())
        assert "Topics" in keys or "topics" in keys
        assert "/save" in str(app.screen.query_one("#commands").render())
        await pilot.press("escape")
        assert isinstance(app.screen, ChatScreen)
        await pilot.press("question_mark")  # the prompt is empty: help
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, ChatScreen)
        await pilot.press(*"why", "question_mark")  # typing: a question mark
        assert isinstance(app.screen, ChatScreen)
        assert chat(app).prompt.value == "why?"

        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        example = app.screen.examples[0]
        await pilot.press("1")  # an example question is asked from help
        await settle(pilot)
        assert isinstance(app.screen, ChatScreen)
        assert questions(app) == [example]


async def test_palette_offers_documents_topics_and_actions(tutor: Tutor, data_dir: Path) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "ask camp david", "Ask about Camp David Accords")
        assert questions(app) == ["Tell me about Camp David Accords"]

        await palette(pilot, "browse topic history", "Browse topic: History")
        assert chat(app).query_one("#topics-panel").display
        tree = chat(app).query_one(TopicsBrowser)
        assert tree.cursor_node is not None and str(tree.cursor_node.label).startswith(TOPIC_TITLES["history"])

        await palette(pilot, "save conversation", "Save conversation")
        assert len(list((data_dir / "transcripts").glob("*.md"))) == 1


async def test_lessons_are_one_key_away(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is ASEAN?")
        await pilot.press("f4")
        assert app.current_mode == "lessons" and isinstance(app.screen, LessonsScreen)
        await pilot.press("f4")
        assert app.current_mode == "chat"
        assert questions(app) == ["What is ASEAN?"]  # the conversation is still there
        await pilot.press("f4", "escape")
        assert app.current_mode == "chat"


async def test_knowledge_loads_in_the_background() -> None:
    app = TutorApp()  # loads the shipped knowledge (index from the shared test cache)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        assert app.focused is chat(app).prompt
        chat(app).prompt.value = "What is ASEAN?"
        await pilot.press("enter")  # before or after ready: both work
        await wait_ready(pilot)
        await settle(pilot)
        assert app.status == "ready" and app.tutor is not None
        assert "ready" in app.sub_title
        assert any("ready" in title for _, title, _ in notes)
        assert questions(app) == ["What is ASEAN?"] and not answers(app)[-1].pending


async def test_knowledge_file_errors_are_notified(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("---\nid: Not A Valid Id\ntitle: Broken\n---\n# Broken\n\nText.\n", encoding="utf-8")
    app = TutorApp(extra_knowledge_dirs=[tmp_path])
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)  # the worker starts after the first frame
        assert app.status == "ready"
        errors = [message for severity, _, message in notes if severity == "error"]
        assert errors and "broken.md" in errors[0]
        await submit(pilot, "What is ASEAN?")
        assert not answers(app)[-1].pending


async def test_a_failed_load_is_notified_not_raised(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def failing(*args: object, **kwargs: object) -> Tutor:
        raise OSError("disk on fire")

    monkeypatch.setattr(Tutor, "load", failing)
    app = TutorApp()
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot)
        assert app.status == "failed"
        assert any(severity == "error" and "disk on fire" in message for severity, _, message in notes)
        await submit(pilot, "What is ASEAN?")
        assert "could not be loaded" in (answers(app)[-1].markdown or "")
