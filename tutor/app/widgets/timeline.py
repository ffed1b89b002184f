"""Dated documents (those with a `year`) in order, grouped into eras, as a vertical timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from tutor.search.knowledge import Document

# (first year, title): an era runs until the next one starts.
ERAS: list[tuple[int, str]] = [
    (-10_000, "Before the modern states system"),
    (1600, "The European states system"),
    (1900, "World wars and the League"),
    (1945, "The Cold War"),
    (1992, "After the Cold War"),
]


@dataclass(frozen=True)
class Event:
    """One point on the timeline."""

    year: int
    doc_id: str
    title: str  # as displayed
    short_title: str  # as asked about
    topic: str
    summary: str


def events_of(documents: Iterable["Document"]) -> list[Event]:
    """The documents with a year, oldest first (then by title)."""
    dated = [d for d in documents if isinstance(d.year, int)]
    dated.sort(key=lambda d: (d.year, d.title.casefold()))
    return [Event(d.year, d.id, d.title, d.short_title, d.topic, d.summary) for d in dated if d.year is not None]


def era_of(year: int) -> str:
    title = ERAS[0][1]
    for start, name in ERAS:
        if year >= start:
            title = name
    return title


class Timeline(OptionList):
    """The timeline: era headings (not selectable) and one line per dated document."""

    DEFAULT_CSS = """
    Timeline {
        height: 1fr;
        border: none;
        padding: 0;
        background: $surface;
        &:focus { border: none; }
    }
    """

    class EventChosen(Message):
        """The learner chose an event to ask about."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    class EventHighlighted(Message):
        """The cursor moved to an event."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self, events: list[Event], **kwargs: object) -> None:
        self.events = list(events)
        self._by_option: dict[str, Event] = {}
        options: list[Option] = []
        era = None
        years = len(str(max((e.year for e in events), default=2000)))
        for index, event in enumerate(self.events):
            if era_of(event.year) != era:
                era = era_of(event.year)
                options.append(Option(Content.from_markup("[$secondary]━━[/] [b $secondary]$era[/]", era=era), disabled=True))
            option_id = f"event-{index}"
            self._by_option[option_id] = event
            year = str(event.year).rjust(years)
            label = Content.from_markup(" [b]$year[/] [$accent]●[/] $title", year=year, title=event.short_title)
            options.append(Option(label, id=option_id))
        super().__init__(*options, **kwargs)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        if first is not None:
            self.highlighted = first

    def _event(self, option: Option) -> Event | None:
        return self._by_option.get(option.id or "")

    def _on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        message.stop()
        event = self._event(message.option)
        if event is not None:
            self.post_message(self.EventHighlighted(event))

    def _on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        event = self._event(message.option)
        if event is not None:
            self.post_message(self.EventChosen(event))
