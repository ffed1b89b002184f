"""The Textual app: `TutorApp`, and `run()` which `tutor` (no sub-command) calls.

The knowledge base loads in a thread worker while the chat screen is already usable;
`status` goes from "loading" to "ready" (or "failed") and the screens follow it. Tests
pass an already loaded `Tutor` to skip loading.

The knowledge folders are watched: every few seconds the app compares the size and
modification time of their files with those of the last load, and when something changed
(or on `/reload`) it loads the knowledge base again in a worker and swaps it in when it is
ready. The index cache is keyed by file content, so only a real change re-indexes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.notifications import SeverityLevel
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from tutor.app.palette import KnowledgeCommands
from tutor.app.screens.chat import ChatScreen
from tutor.app.screens.help import HelpScreen
from tutor.app.screens.lessons import LessonsScreen
from tutor.app.screens.progress import ProgressScreen
from tutor.files.paths import knowledge_folders
from tutor.safe_text import safe
from tutor.search.knowledge import knowledge_files
from tutor.search.progress import BuildProgress, describe, reporting
from tutor.tuning import PROGRESS_REDRAW_SECONDS

if TYPE_CHECKING:
    from tutor.answering.engine import Tutor

# Example questions for help when the engine has none to offer.
FALLBACK_EXAMPLES = [
    "What is track one diplomacy?",
    "Who negotiated the Camp David Accords?",
    "What is the difference between track one and track two diplomacy?",
]
MAX_LISTED_PROBLEMS = 5
# How often (seconds) the knowledge folders are checked for changed files.
WATCH_SECONDS = 2.5
MAX_LISTED_TITLES = 4

# (folders, ((file, mtime_ns, size), ...)): what a load of the knowledge base read.
KnowledgeStamp = tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]


def ready_title(tutor: "Tutor") -> str:
    """The header's subtitle while a knowledge base is in use."""
    return f"ready · {len(tutor.retriever.documents)} documents"


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
        # Not in the footer, which keeps Save and Quit at 80 columns; help names it.
        Binding("f5", "progress", "Progress", show=False, tooltip="What you know, what is due, what to take next"),
    ]

    status: reactive[str] = reactive("loading")
    """"loading", "ready" or "failed"."""
    load_progress: reactive[BuildProgress | None] = reactive(None, init=False)
    """How far indexing the knowledge base has got (None until a build reports; a cached
    load builds nothing)."""
    knowledge_version: reactive[int] = reactive(0, init=False)
    """Goes up each time a reloaded knowledge base replaces the one in use."""

    def __init__(
        self,
        tutor: "Tutor | None" = None,
        extra_knowledge_dirs: list[Path] | None = None,
        lesson_folders: list[Path] | None = None,
        watch_interval: float | None = WATCH_SECONDS,
    ) -> None:
        """`lesson_folders` replaces the shipped lessons (for tests); `watch_interval`
        None turns off watching the knowledge folders."""
        super().__init__()
        self.tutor = tutor
        self.extra_knowledge_dirs = list(extra_knowledge_dirs or [])
        self.lesson_folders = list(lesson_folders) if lesson_folders is not None else None
        self.watch_interval = watch_interval
        self.load_seconds: float | None = None
        self._progress_sent = 0.0  # when the loading thread last passed on its progress
        self.knowledge_stamp: KnowledgeStamp | None = None  # what the knowledge in use was read from
        self._reloading = False
        self._reload_again = False

    # -- loading --------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.tutor is not None:
            self.knowledge_stamp = self.read_knowledge_stamp()
            self._loaded(self.tutor, announce=False)
        else:
            # After the first frame: the worker would otherwise compete with it for the GIL.
            self.call_after_refresh(self.load_knowledge)
        if self.watch_interval:
            self.set_interval(self.watch_interval, self.check_knowledge_files, name="watch knowledge")

    @work(thread=True, exclusive=True, group="load")
    def load_knowledge(self) -> None:
        """Load (or read from the cache) the knowledge base, off the UI thread."""
        started = time.perf_counter()
        try:
            # Imported here: the engine (NumPy, the index) loads off the UI thread, after the first screen is drawn.
            from tutor.answering.engine import Tutor

            self.knowledge_stamp = self.read_knowledge_stamp()
            with reporting(self._report_progress):
                tutor = Tutor.load(knowledge_folders(self.extra_knowledge_dirs))
        except Exception as exc:  # a broken dialogue file or folder must not crash the app
            self._from_thread(self._load_failed, exc)
            return
        self.load_seconds = time.perf_counter() - started
        self._from_thread(self._loaded, tutor, True)

    def _report_progress(self, progress: BuildProgress) -> None:
        """(In a loading thread) pass on how far indexing is, at most every
        PROGRESS_REDRAW_SECONDS; the first and the last report always."""
        now = time.monotonic()
        first_or_last = progress.stage == "done" or (progress.stage == "reading" and progress.files_read == 0)
        if not first_or_last and now - self._progress_sent < PROGRESS_REDRAW_SECONDS:
            return
        self._progress_sent = now
        self._from_thread(self._show_progress, progress)

    def _show_progress(self, progress: BuildProgress) -> None:
        """Show indexing progress in the header while the knowledge base loads."""
        self.load_progress = progress
        if progress.stage != "done":
            self.sub_title = f"indexing knowledge · {describe(progress)}"

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information", timeout: float | None = None, markup: bool = False) -> None:
        """Textual's notification, made safe: what it says often comes from a file (a
        title, a problem, an error), so control characters go and markup is off unless
        asked for."""
        super().notify(safe(message), title=safe(title), severity=severity, timeout=timeout, markup=markup)

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        """Run `callback` on the app's loop, unless the app has closed meanwhile."""
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    def _loaded(self, tutor: "Tutor", announce: bool) -> None:
        self.tutor = tutor
        documents = len(tutor.retriever.documents)
        self.sub_title = ready_title(tutor)
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

    # -- reloading and watching the knowledge ---------------------------------------------

    def read_knowledge_stamp(self) -> KnowledgeStamp:
        """The knowledge folders and the size and time of each of their files, as of now."""
        folders = knowledge_folders(self.extra_knowledge_dirs)
        files: list[tuple[str, int, int]] = []
        for path in knowledge_files(folders):
            try:
                stat = path.stat()
                files.append((str(path), stat.st_mtime_ns, stat.st_size))
            except OSError:
                files.append((str(path), -1, -1))
        return tuple(str(folder) for folder in folders), tuple(files)

    def check_knowledge_files(self) -> bool:
        """Reload the knowledge base if a file in its folders changed; True if a reload started.

        Called every `watch_interval` seconds: a glob and a `stat` per file, so cheap.
        """
        if self.status == "loading" or self._reloading:
            return False
        stamp = self.read_knowledge_stamp()
        if self.knowledge_stamp is None:
            self.knowledge_stamp = stamp
            return False
        if stamp == self.knowledge_stamp:
            return False
        self.reload_knowledge(automatic=True)
        return True

    def action_reload_knowledge(self) -> None:
        """Load the knowledge files again (what changed is re-indexed) and use them."""
        self.reload_knowledge()

    def reload_knowledge(self, automatic: bool = False) -> None:
        """Start loading the knowledge base again in the background (one reload at a time)."""
        if self.status == "loading":
            if not automatic:
                self.notify("The knowledge base is still loading.", severity="warning")
            return
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        if not automatic:
            self.notify("Reading the knowledge folders again…", title="Reloading knowledge", timeout=2)
        self._reload_worker()

    @work(thread=True, exclusive=True, group="reload")
    def _reload_worker(self) -> None:
        try:
            # Imported here: the engine (NumPy, the index) loads off the UI thread, after the first screen is drawn.
            from tutor.answering.engine import Tutor

            stamp = self.read_knowledge_stamp()
            with reporting(self._report_progress):
                tutor = Tutor.load(knowledge_folders(self.extra_knowledge_dirs))
        except Exception as exc:  # a broken dialogue file or folder must not crash the app
            self._from_thread(self._reload_failed, exc)
            return
        self._from_thread(self._reloaded, tutor, stamp)

    def _reloaded(self, tutor: "Tutor", stamp: KnowledgeStamp) -> None:
        self._reloading = False
        self.knowledge_stamp = stamp
        old = self.tutor
        if old is None or self.status != "ready":
            self._loaded(tutor, announce=True)  # the first load had failed
        else:
            self.tutor = tutor
            documents = tutor.retriever.documents
            self.sub_title = ready_title(tutor)
            lines = [f"Knowledge updated ({len(documents)} documents)"]
            before = old.retriever.documents
            for label, ids, where in (("New", documents.keys() - before.keys(), documents), ("Removed", before.keys() - documents.keys(), before)):
                titles = sorted(where[doc_id].title for doc_id in ids)
                if titles:
                    more = f" and {len(titles) - MAX_LISTED_TITLES} more" if len(titles) > MAX_LISTED_TITLES else ""
                    lines.append(f"{label}: {', '.join(titles[:MAX_LISTED_TITLES])}{more}")
            self.notify("\n".join(lines), title="Knowledge reloaded", timeout=4, markup=False)
            self._report_problems(tutor)
            self.knowledge_version += 1
        if self._reload_again:
            self._reload_again = False
            self.reload_knowledge(automatic=True)

    def _reload_failed(self, exc: Exception) -> None:
        self._reloading = False
        if self.status == "ready" and self.tutor is not None:
            self.sub_title = ready_title(self.tutor)  # not the progress of the failed build
        self.notify(f"{type(exc).__name__}: {exc}", title="Could not reload the knowledge base", severity="error", timeout=20, markup=False)
        if self._reload_again:
            self._reload_again = False
            self.reload_knowledge(automatic=True)

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

    def action_progress(self) -> None:
        """Open the learner's standing (or close it if it is open)."""
        if isinstance(self.screen, ProgressScreen):
            self.screen.dismiss(None)
            return
        self.show_progress()

    @work(thread=True, exclusive=True, group="progress")
    def show_progress(self) -> None:
        """Read the standing off the UI thread (the database may be busy), then show it."""
        text = self.progress_text()
        self._from_thread(self.push_screen, ProgressScreen(text))

    def progress_text(self) -> str:
        # Imported here: the lessons are kept off the app's launch.
        from tutor.lessons.catalogue import LESSONS_DIR, load_catalogue
        from tutor.lessons.learner import LearnerModel
        from tutor.lessons.progress import ProgressStore
        from tutor.lessons.standing import standing, standing_text

        store = ProgressStore.load()
        try:
            titles = {doc.id: doc.title for doc in self.tutor.retriever.documents.values()} if self.tutor is not None else {}
            model = LearnerModel(load_catalogue(self.lesson_folders or [LESSONS_DIR]), store, titles)
            return standing_text(standing(model))
        finally:
            for warning in store.take_warnings():
                self._from_thread(lambda message=warning: self.notify(message, title="Progress", severity="warning"))
            store.close()

    def action_toggle_lessons(self) -> None:
        self.switch_mode("chat" if self.current_mode == "lessons" else "lessons")

    def action_review(self) -> None:
        """Go to the lessons and start the review."""
        if self.current_mode != "lessons":
            self.switch_mode("lessons")

        def start() -> None:
            while len(self.screen_stack) > 1 and not isinstance(self.screen, LessonsScreen):
                self.pop_screen()
            if isinstance(self.screen, LessonsScreen):
                self.screen.action_review()

        self.call_after_refresh(start)

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
        yield SystemCommand("Why this answer?", "The passages retrieved for the last answer, their scores and matched terms (/why)", lambda: self._chat_action("why"))
        yield SystemCommand("Reload knowledge", "Read the knowledge folders again and use what changed (/reload)", self.action_reload_knowledge)
        yield SystemCommand("Lessons", "Switch between the chat and the lessons (F4)", self.action_toggle_lessons)
        yield SystemCommand("Review", "Answer the lesson questions that are due for review", self.action_review)
        yield SystemCommand("Help", "What the tutor can do, examples and keys (F1)", self.action_help)
        yield from super().get_system_commands(screen)


def run(extra_knowledge_dirs: list[Path] | None = None) -> int:
    """Run the app until the learner quits; the exit code (0 on a normal quit)."""
    app = TutorApp(extra_knowledge_dirs=extra_knowledge_dirs)
    app.run()
    code = app.return_code
    return 0 if code is None else int(code)
