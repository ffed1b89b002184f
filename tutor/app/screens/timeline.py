"""The timeline screen (F3): dated events in order, with the highlighted one described.

Choosing an event closes the timeline and asks the tutor about it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tutor.app.widgets.timeline import Event, Timeline
from tutor.search.knowledge import TOPIC_TITLES


class TimelineScreen(Screen["Event | None"]):
    """The timeline; dismisses with the chosen event, or None."""

    CSS_PATH = "timeline.tcss"
    SUB_TITLE = "Timeline"
    AUTO_FOCUS = "#timeline"

    BINDINGS = [
        Binding("escape,f3", "dismiss(None)", "Back to chat"),
        Binding("enter", "ask", "Ask about it", show=True),
    ]

    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self.events = events

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with Horizontal(id="timeline-body"):
            yield Timeline(self.events, id="timeline")
            with VerticalScroll(id="event-detail", can_focus=False):
                yield Static(id="event-title")
                yield Static(id="event-summary")
                yield Static(Content("Enter asks the tutor about it."), id="event-hint")
        yield Footer()

    def on_mount(self) -> None:
        if not self.events:
            self.query_one("#event-title", Static).update(Content("No dated events in the knowledge base."))

    @on(Timeline.EventHighlighted)
    def _highlighted(self, message: Timeline.EventHighlighted) -> None:
        event = message.event
        topic = TOPIC_TITLES.get(event.topic, event.topic)
        self.query_one("#event-title", Static).update(Content.from_markup("[b]$year · $title[/]\n[$text-muted]$topic[/]", year=str(event.year), title=event.title, topic=topic))
        self.query_one("#event-summary", Static).update(Content(event.summary or ""))

    @on(Timeline.EventChosen)
    def _chosen(self, message: Timeline.EventChosen) -> None:
        self.dismiss(message.event)

    def action_ask(self) -> None:
        self.query_one(Timeline).action_select()
