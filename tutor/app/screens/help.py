"""The help screen (F1 or `?`): what the tutor can do, example questions, commands and keys.

The example questions can be asked from here: choosing one closes help and asks it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tutor.app.completion import COMMANDS
from tutor.app.widgets.follow_ups import MAX_NUMBERED, FollowUps

# Content markup (a Static is far lighter to show than a Markdown widget).
ABOUT = (
    "[b $text-primary]Diplomacy Tutor[/]\n\n"
    "I teach [b]track one diplomacy[/]: official diplomacy between states, carried out by heads of "
    "state and government, foreign ministers and ambassadors, through treaties, summits and "
    "international organisations. I answer only from my own knowledge base, and every answer "
    "shows its [b]sources[/]: expand one to read the passage behind it.\n\n"
    "• Ask what something is, who, when, why and how, for examples, or to compare two things.\n"
    "• Follow-ups such as [i]\"when was it signed?\"[/] or [i]\"tell me more\"[/] continue the subject.\n"
    "• Under each answer are questions you could ask next: click one, type its number and "
    "press Enter, or press [b]Tab[/] to reach them and then their number.\n"
    "• When a question is outside what I know, I say so and suggest what I can answer.\n"
    "• [b]F2[/] browses the knowledge base by topic, [b]F3[/] shows a timeline of events, "
    "[b]F4[/] opens the guided lessons and the review, [b]F5[/] shows your progress.\n"
    "• Say [i]\"quiz me\"[/] (or /quiz) for a question on the subject, and [i]\"which lesson should I take?\"[/] for a lesson."
)

# Keys that live on widgets (the rest are read from the app's and screens' bindings).
WIDGET_KEYS: list[tuple[str, str]] = [
    ("Enter", "ask the question typed"),
    ("Up / Down", "earlier and later questions (in the prompt)"),
    ("Tab / Right", "accept the completion shown (commands, topic names)"),
    ("1-9", "ask that follow-up (type the number and Enter, or press it when the list has the focus)"),
    ("/why", "why this answer: the passages found, their scores and matched terms (or click \"why this answer?\")"),
    ("Page Up / Down", "scroll the conversation"),
    ("Esc", "back to the prompt"),
]


class HelpScreen(ModalScreen[str | None]):
    """A dialog over the chat; dismisses with the example question chosen, or None."""

    CSS_PATH = "help.tcss"

    BINDINGS = [
        Binding("escape,f1,q", "dismiss(None)", "Close help"),
        Binding("question_mark", "dismiss(None)", "Close help", show=False),
    ]

    def __init__(self, examples: list[str], keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.examples = examples
        self.keys = keys
        # Each example's number asks it; the footer names the range there really is.
        count = min(len(examples), MAX_NUMBERED)
        for number in range(1, count + 1):
            shown = number == 1
            self._bindings.bind(str(number), f"ask_example({number - 1})", "Ask example" if shown else "", show=shown, key_display=f"1-{count}" if count > 1 else "1")

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            with VerticalScroll(id="help-body"):
                yield Static(ABOUT, id="about")
                yield Static("Example questions (choose one to ask it)", classes="heading")
                yield FollowUps(self.examples, id="examples")
                yield Static("Commands", classes="heading")
                yield Static(self._table(list(COMMANDS.items())), id="commands", classes="table")
                yield Static("Keys", classes="heading")
                yield Static(self._table(self.keys + WIDGET_KEYS), id="keys", classes="table")
        yield Footer()

    def on_mount(self) -> None:
        # The text has the focus, so Down, Page Down and End scroll it at once.
        self.query_one("#help-body", VerticalScroll).focus(scroll_visible=False)

    def action_ask_example(self, index: int) -> None:
        if 0 <= index < len(self.examples):
            self.dismiss(self.examples[index])

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> Content:
        """Two aligned columns (a Static is much lighter than a Markdown table)."""
        width = max((len(key) for key, _ in rows), default=0) + 2
        lines = [Content.from_markup("[b $accent]$key[/]$what", key=key.ljust(width), what=what) for key, what in rows]
        return Content("\n").join(lines)

    @on(FollowUps.Chosen, "#examples")
    def _example_chosen(self, event: FollowUps.Chosen) -> None:
        event.stop()
        self.dismiss(event.prompt)
