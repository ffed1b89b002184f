"""Snapshots of the main screens (pytest-textual-snapshot), at a fixed terminal size.

The app runs over six fixed documents (`snapshot_knowledge/`) and, where an answer is
shown, a fixed reply, so that the snapshots change only when the app's look does, not
when the shipped knowledge or the engine's wording does. Update with
`pytest tests/app --snapshot-update` after checking the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from app_helpers import answers, on_screen, wait_for
from tutor.answering.engine import Tutor
from tutor.answering.reply import Reply, Source
from tutor.answering.session import Session
from tutor.app.app import TutorApp
from tutor.lessons.grading import letter

SIZE = (100, 32)
SNAPSHOT_LESSONS = Path(__file__).parent / "snapshot_lessons"

FIXED_REPLY = Reply(
    question="Who takes part in track one diplomacy?",
    answer=(
        "Here is who takes part.\n\n"
        "Heads of state, heads of government, **foreign ministers**, ambassadors and other accredited "
        "officials take part in track one diplomacy. They act with the authority of their states.\n\n"
        "- Heads of state and government meet at summits.\n"
        "- Ambassadors represent their state abroad.\n\n"
        "Sources: Track one diplomacy › Who takes part; Track one diplomacy › Overview"
    ),
    intent="who",
    sources=[
        Source("track-one", "Track one diplomacy", "Who takes part", 7.5, "track-one#1", "Heads of state, heads of government, foreign ministers, ambassadors and other accredited officials take part in track one diplomacy. They act with the authority of their states."),
        Source("track-one", "Track one diplomacy", "Overview", 5.1, "track-one#0", "Track one diplomacy is official diplomacy between states, carried out by heads of state and government, foreign ministers and ambassadors."),
    ],
    followups=["Tell me about Summit of Example", "Tell me about Treaty of Example", "What was the Peace of Example?"],
    topic="track-one",
)


@pytest.fixture
def fixed_reply(monkeypatch: pytest.MonkeyPatch) -> Reply:
    monkeypatch.setattr(Session, "respond", lambda self, text: FIXED_REPLY)
    return FIXED_REPLY


def steady(*keys: str, ask: bool = False, then: tuple[str, ...] = ()) -> Callable[[Pilot], Awaitable[None]]:
    """Before the screenshot: stop the prompt's cursor blinking (it would make snapshots
    depend on timing), press `keys`, optionally ask (the fixed reply), press `then`."""

    async def run_before(pilot: Pilot) -> None:
        screen = pilot.app.chat  # type: ignore[attr-defined]
        screen.prompt.cursor_blink = False
        await pilot.press(*keys)
        if ask:
            await pilot.press(*"who?", "enter")
            await wait_for(pilot, lambda: answers(pilot.app) and not answers(pilot.app)[-1].pending and answers(pilot.app)[-1].follow_ups, "the answer")
        if then:
            await pilot.press(*then)
        await pilot.pause()

    return run_before


def test_welcome(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=steady())


def test_answer_with_sources_and_follow_ups(snap_compare, snapshot_tutor: Tutor, fixed_reply: Reply) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=steady(ask=True))


def test_answer_with_a_source_expanded_and_follow_ups_focused(snap_compare, snapshot_tutor: Tutor, fixed_reply: Reply) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await steady(ask=True)(pilot)
        await pilot.click("#source-1 CollapsibleTitle")
        await pilot.press("escape", "tab", "down")
        await pilot.pause()

    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=run_before)


def test_answer_at_80_by_24(snap_compare, snapshot_tutor: Tutor, fixed_reply: Reply) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=(80, 24), run_before=steady(ask=True))


def test_topics_panel(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=steady("f2", "down", "down", "down", "enter", "down"))


def test_timeline(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=steady("f3", "down"))


def test_help(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(TutorApp(tutor=snapshot_tutor), terminal_size=SIZE, run_before=steady("f1"))


def lessons_app(tutor: Tutor) -> TutorApp:
    """The app over the snapshot knowledge and the two fixed lessons, without watching."""
    return TutorApp(tutor=tutor, lesson_folders=[SNAPSHOT_LESSONS], watch_interval=None)


def test_lessons_list(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(lessons_app(snapshot_tutor), terminal_size=SIZE, run_before=steady("f4", "down"))


def test_lesson_question_after_a_wrong_answer(snap_compare, snapshot_tutor: Tutor) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await steady("f4", "enter")(pilot)
        pilot.app.screen.query_one("#answer").cursor_blink = False  # type: ignore[attr-defined]
        question = pilot.app.screen.runner.current_question  # type: ignore[attr-defined]
        wrong = next(i for i in range(len(question.options)) if i != question.answer)
        await pilot.press(letter(wrong).lower())  # a wrong choice: why it is wrong, then the first hint
        await wait_for(pilot, lambda: any(on_screen(hint) for hint in pilot.app.screen.query(".-hint")), "the first hint on screen")

    assert snap_compare(lessons_app(snapshot_tutor), terminal_size=SIZE, run_before=run_before)
