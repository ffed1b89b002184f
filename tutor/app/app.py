"""The Textual app: `TutorApp`, and `run()` which `tutor` (no sub-command) calls.

The knowledge base loads in a thread worker while the chat screen is already usable;
`status` goes from "loading" to "ready" (or "failed") and the screens follow it. Tests
pass an already loaded `Tutor` to skip loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from tutor.app.commands import KnowledgeCommands
from tutor.app.screens.chat import ChatScreen
from tutor.app.screens.help import HelpScreen
from tutor.app.screens.lessons import LessonsScreen

if TYPE_CHECKING:
    from tutor.engine import Tutor

# Example questions for help when the engine has none to offer.
FALLBACK_EXAMPLES = [
    "What is track one diplomacy?",
    "Who negotiated the Camp David Accords?",
    "What is the difference between track one and track two diplomacy?",
]
MAX_LISTED_PROBLEMS = 5


class TutorApp(App[int]):
    """Diplomacy Tutor in the terminal."""

    TITLE = "Diplomacy Tutor"
    SUB_TITLE = "loading knowledge…"
    MODES = {"chat": ChatScreen, "lessons": LessonsScreen}
    DEFAULT_MODE = "chat"
    COMMANDS = App.COMMANDS | {KnowledgeCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True, tooltip="Leave the tutor"),
        Binding("f1", "help", "Help", tooltip="What the tutor can do, examples and keys"),
        Binding("f4", "toggle_lessons", "Lessons", tooltip="Switch between the chat and the lessons"),
    ]

    status: reactive[str] = reactive("loading")
    """"loading", "ready" or "failed"."""

    def __init__(self, tutor: "Tutor | None" = None, extra_knowledge_dirs: list[Path] | None = None) -> None:
        super().__init__()
        self.tutor = tutor
        self.extra_knowledge_dirs = list(extra_knowledge_dirs or [])
        self.load_seconds: float | None = None

    # -- loading --------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.tutor is not None:
            self._loaded(self.tutor, announce=False)
        else:
            # After the first frame: the worker would otherwise compete with it for the GIL.
            self.call_after_refresh(self.load_knowledge)

    @work(thread=True, exclusive=True, group="load")
    def load_knowledge(self) -> None:
        """Load (or read from the cache) the knowledge base, off the UI thread."""
        import time

        started = time.perf_counter()
        try:
            from tutor.engine import Tutor, knowledge_folders

            tutor = Tutor.load(knowledge_folders(self.extra_knowledge_dirs))
        except Exception as exc:  # a broken dialogue file or folder must not crash the app
            self._from_thread(self._load_failed, exc)
            return
        self.load_seconds = time.perf_counter() - started
        self._from_thread(self._loaded, tutor, True)

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        """Run `callback` on the app's loop, unless the app has closed meanwhile."""
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    def _loaded(self, tutor: "Tutor", announce: bool) -> None:
        self.tutor = tutor
        documents = len(tutor.retriever.documents)
        self.sub_title = f"ready · {documents} documents"
        self.status = "ready"
        if announce:
            self.notify(f"{documents} documents loaded. Ask away!", title="The tutor is ready", timeout=2.5)
        self._report_problems(tutor)

    def _report_problems(self, tutor: "Tutor") -> None:
        problems = list(tutor.problems)
        for severity, title in (("error", "Knowledge files skipped"), ("warning", "Knowledge file warnings")):
            found = [p for p in problems if p.severity == severity]
            if not found:
                continue
            lines = [str(p) for p in found[:MAX_LISTED_PROBLEMS]]
            if len(found) > MAX_LISTED_PROBLEMS:
                lines.append(f"… and {len(found) - MAX_LISTED_PROBLEMS} more (see `tutor kb check`)")
            self.notify("\n".join(lines), title=f"{title} ({len(found)})", severity="error" if severity == "error" else "warning", timeout=12, markup=False)

    def _load_failed(self, exc: Exception) -> None:
        self.sub_title = "knowledge base not loaded"
        self.status = "failed"
        self.notify(f"{type(exc).__name__}: {exc}", title="Could not load the knowledge base", severity="error", timeout=20, markup=False)

    # -- screens and actions --------------------------------------------------------------

    @property
    def chat(self) -> ChatScreen | None:
        """The chat screen, if the chat mode has started."""
        if self.current_mode == "chat":
            for screen in self.screen_stack:
                if isinstance(screen, ChatScreen):
                    return screen
        return None

    def _to_chat(self) -> ChatScreen | None:
        """Switch to the chat (closing any screen over it) and return it."""
        if self.current_mode != "chat":
            self.switch_mode("chat")
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ChatScreen):
            self.pop_screen()
        return self.chat

    def action_help(self) -> None:
        """Open help (or close it if it is open)."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        examples = FALLBACK_EXAMPLES
        if self.tutor is not None:
            starters = self.tutor.templates.get("starter_questions") if isinstance(self.tutor.templates, dict) else None
            if isinstance(starters, list) and starters:
                examples = [str(q) for q in starters[:6]]

        def chosen(question: str | None) -> None:
            if question:
                self.ask(question)

        self.push_screen(HelpScreen(examples, self.key_help()), chosen)

    def key_help(self) -> list[tuple[str, str]]:
        """(key, description) for the app's and the chat's bindings that have a description."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for binding in [*ChatScreen.BINDINGS, *self.BINDINGS]:
            if not isinstance(binding, Binding) or not binding.show or not binding.description or binding.key in seen:
                continue
            seen.add(binding.key)
            keys = " / ".join(self.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))
            rows.append((keys, binding.tooltip or binding.description))
        rows.append((self.get_key_display(Binding("ctrl+p", "command_palette")), "Command palette: search documents, topics and actions"))
        return rows

    def action_toggle_lessons(self) -> None:
        self.switch_mode("chat" if self.current_mode == "lessons" else "lessons")

    def ask(self, text: str) -> None:
        """Ask the tutor `text` in the chat, as if typed."""
        chat = self._to_chat()
        if chat is not None:
            chat.ask(text)

    def browse_topic(self, key: str) -> None:
        """Open the topics panel at a topic."""
        chat = self._to_chat()
        if chat is not None:
            chat.show_topic(key)

    def _chat_action(self, name: str) -> None:
        chat = self._to_chat()
        if chat is not None:
            getattr(chat, f"action_{name}")()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("New conversation", "Forget the current subject and start afresh (/new)", lambda: self.ask("/new"))
        yield SystemCommand("Save conversation", "Export the conversation as Markdown (/save)", lambda: self._chat_action("save"))
        yield SystemCommand("Topics panel", "Show or hide the knowledge base by topic (F2)", lambda: self._chat_action("toggle_topics"))
        yield SystemCommand("Timeline", "Dated events in order (F3)", lambda: self._chat_action("timeline"))
        yield SystemCommand("List topics", "What the tutor knows, by topic (/topics)", lambda: self.ask("/topics"))
        yield SystemCommand("Sources of the last answer", "The passages behind the last answer (/sources)", lambda: self.ask("/sources"))
        yield SystemCommand("Lessons", "Switch between the chat and the lessons (F4)", self.action_toggle_lessons)
        yield SystemCommand("Help", "What the tutor can do, examples and keys (F1)", self.action_help)
        yield from super().get_system_commands(screen)


def run(extra_knowledge_dirs: list[Path] | None = None) -> int:
    """Run the app until the learner quits; the exit code (0 on a normal quit)."""
    app = TutorApp(extra_knowledge_dirs=extra_knowledge_dirs)
    app.run()
    code = app.return_code
    return 0 if code is None else int(code)
