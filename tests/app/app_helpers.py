"""Helpers for driving the app in tests."""

from __future__ import annotations

from typing import Callable

from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widget import Widget

from tutor.app.app import TutorApp
from tutor.app.screens.chat import ChatScreen
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.tutor_answer import TutorAnswer


def chat(app: TutorApp) -> ChatScreen:
    screen = app.chat
    assert screen is not None
    return screen


async def wait_for(pilot: Pilot, condition: Callable[[], object], what: str, rounds: int = 400) -> None:
    """Let the app run until `condition()` holds (checked after each round of its message
    queue and workers, never after a fixed time); fail naming `what` if it never does."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    if not condition():
        raise AssertionError(f"the app never showed {what}")


def on_screen(widget: Widget) -> bool:
    """Whether the whole of `widget` is inside the visible part of every container above it."""
    region = widget.region
    if not widget.is_attached or not region.area:
        return False
    return all(not isinstance(parent, Widget) or parent.region.contains_region(region) for parent in widget.ancestors if parent is not widget.screen)


async def settle(pilot: Pilot) -> None:
    """Wait until every answer being worked on is on screen."""
    app = pilot.app
    for _ in range(20):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = getattr(app, "chat", None)
        if screen is None or (not screen._queue and not screen._busy):
            return


async def submit(pilot: Pilot, text: str, typed: bool = False) -> None:
    """Enter `text` in the prompt (keystroke by keystroke if `typed`) and press Enter."""
    app = pilot.app
    assert isinstance(app, TutorApp)
    prompt = chat(app).prompt
    prompt.focus()
    if typed:
        await pilot.press(*text)
    else:
        prompt.value = text
        prompt.cursor_position = len(text)
    await pilot.press("enter")
    await settle(pilot)


def answers(app: TutorApp) -> list[TutorAnswer]:
    """The tutor's answers in the conversation (the welcome excluded)."""
    return [a for a in chat(app).conversation.query(TutorAnswer) if a.id != "welcome"]


def questions(app: TutorApp) -> list[str]:
    """What the learner's messages say, in order."""
    return [m.text for m in chat(app).conversation.query(LearnerMessage)]


def record_notifications(app: TutorApp) -> list[tuple[str, str, str]]:
    """Make `app` record its notifications as (severity, title, message); returns the list."""
    recorded: list[tuple[str, str, str]] = []
    notify = app.notify

    def recording(message: str, *, title: str = "", severity: str = "information", **kwargs: object) -> None:
        recorded.append((severity, title, message))
        notify(message, title=title, severity=severity, **kwargs)  # type: ignore[arg-type]

    app.notify = recording  # type: ignore[method-assign]
    return recorded


async def wait_ready(pilot: Pilot) -> None:
    """Wait until the knowledge base has loaded (or failed to) and the app has taken it in."""
    app = pilot.app
    for _ in range(400):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(app, "status", "ready") != "loading":
            return
    raise AssertionError("the knowledge base did not load")


async def wait_reloaded(pilot: Pilot) -> None:
    """Wait until a reload of the knowledge base has finished and been swapped in."""
    app = pilot.app
    for _ in range(400):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not getattr(app, "_reloading", False):
            await settle(pilot)
            return
    raise AssertionError("the knowledge base was not reloaded")


async def palette(pilot: Pilot, query: str, expect: str) -> None:
    """Open the command palette, search for `query` and run the best hit, which must be `expect`."""
    await pilot.press("ctrl+p")
    screen = pilot.app.screen
    assert isinstance(screen, CommandPalette)
    screen.query_one(CommandInput).value = query
    results = screen.query_one(CommandList)
    for _ in range(100):
        await pilot.pause(0.02)
        if results.option_count and expect in str(results.get_option_at_index(0).prompt):
            break
    assert expect in str(results.get_option_at_index(0).prompt)
    await pilot.press("enter")
    await settle(pilot)
