"""The line the learner types into: history on Up/Down, completion on Tab, `?` for help."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from tutor.app.completion import PromptSuggester
from tutor.app.history import PromptHistory
from tutor.safe_text import safe


class PromptInput(Input):
    """An `Input` with a history of what was asked and completion of commands and names."""

    DEFAULT_CSS = """
    PromptInput {
        width: 1fr;
        margin: 0;
    }
    """

    BINDINGS = [
        Binding("up", "history_older", "Earlier question", show=False),
        Binding("down", "history_newer", "Later question", show=False),
        Binding("tab", "complete", "Complete", show=False),
    ]

    class HelpRequested(Message):
        """`?` was typed into the empty prompt."""

    class TabbedAway(Message):
        """Tab was pressed with nothing to complete: the screen decides where focus goes."""

    def __init__(self, history: PromptHistory | None = None, **kwargs: object) -> None:
        kwargs.setdefault("placeholder", "Ask about track one diplomacy, or type / for commands")
        # Coming back to the prompt must not select its text: the next key would replace it.
        kwargs.setdefault("select_on_focus", False)
        super().__init__(suggester=PromptSuggester(), **kwargs)  # type: ignore[arg-type]
        self.history = history or PromptHistory()

    @property
    def prompt_suggester(self) -> PromptSuggester:
        assert isinstance(self.suggester, PromptSuggester)
        return self.suggester

    def remember(self, text: str) -> None:
        """Add a submitted entry to the history."""
        self.history.add(text)

    def action_history_older(self) -> None:
        entry = self.history.older(self.value)
        if entry is not None:
            self.value = entry
            self.cursor_position = len(entry)

    def action_history_newer(self) -> None:
        entry = self.history.newer()
        if entry is not None:
            self.value = entry
            self.cursor_position = len(entry)

    def action_complete(self) -> None:
        """Accept the completion shown; with none, move on as Tab usually does."""
        if self._suggestion and len(self._suggestion) > len(self.value):
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.post_message(self.TabbedAway())

    def _on_paste(self, event: events.Paste) -> None:
        """Pasted text loses its control characters, and pasted lines become one question
        (Textual's Input, which handles a plain single line after this, keeps only the first)."""
        lines = [line.strip() for line in safe(event.text).splitlines() if line.strip()]
        if len(lines) > 1 or (lines and lines[0] != event.text):
            event.stop()
            event.prevent_default()
            self.insert_text_at_cursor(" ".join(lines))
            if len(lines) > 1:
                self.notify(f"Pasted {len(lines)} lines as one question.", timeout=3)

    async def _on_key(self, event: events.Key) -> None:
        # Textual also calls Input._on_key after this one, unless the default is prevented.
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()
            self.post_message(self.HelpRequested())
