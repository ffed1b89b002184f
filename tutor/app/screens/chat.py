"""The chat screen: the conversation, the prompt, and the topics panel beside them.

Every question goes to `Session.respond` in a thread worker, one at a time and in order.
An answer usually arrives within milliseconds, so the question and its answer are mounted
together when it does (one layout, not three); a slow answer shows the question with a
waiting answer first. While the knowledge base is still loading, questions are shown
waiting and answered as soon as it is ready. A bug in answering is logged and told in one
line (`tutor.files.failure_log`), and the chat goes on.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, Static

from tutor.app.history import PromptHistory
from tutor.app.host import TutorHost
from tutor.app.screens.timeline import TimelineScreen
from tutor.app.screens.why import WhyScreen
from tutor.app.transcript import Turn, save_transcript
from tutor.app.widgets.follow_ups import FollowUps
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.note import Note
from tutor.app.widgets.prompt_input import PromptInput
from tutor.app.widgets.timeline import Event, events_of
from tutor.app.widgets.topics_browser import TopicsBrowser
from tutor.app.widgets.tutor_answer import TutorAnswer, answer_body
from tutor.commands import FOLLOW_UP_NUMBER, asks_help, named
from tutor.files.failure_log import failure_line
from tutor.files.paths import user_data_dir
from tutor.safe_text import MARKDOWN_MARKS, safe
from tutor.search.knowledge import TOPIC_TITLES

if TYPE_CHECKING:  # types only: the engine is imported when the knowledge base loads
    from tutor.answering.reply import Reply
    from tutor.answering.session import Session
    from tutor.teaching.teacher import Teacher
    from tutor.answering.engine import Tutor

WELCOME = """\
**Welcome to Diplomacy Tutor.** I teach *track one diplomacy*: official diplomacy between
states, from ambassadors and treaties to summits and the UN. Ask in plain words, or pick
a question below: type its number and press Enter, or click it.

**F1** help · **F2** topics · **F3** timeline · **ctrl+p** commands"""

# Asked from the welcome before the engine's own starter questions are known.
WELCOME_QUESTIONS = [
    "What is track one diplomacy?",
    "Who negotiated the Camp David Accords?",
    "What is diplomatic immunity?",
]
APP_HELP_NOTE = """

**In this app also**
- `/why`: why the last answer: the passages found, their scores and matched terms (or **w** on an answer)
- `/reload`: read the knowledge files again (changed files are also noticed by themselves)
- `/save`: save this conversation as Markdown
- `/quit`: leave the tutor

Press **F1** for keys and example questions, **F2** for the topics."""
RELOADING = "Reloading the knowledge base in the background…"
NO_WHY = "There is no answer to explain yet: ask a question first."
LOADING = "Loading the knowledge base… I will answer as soon as it is ready."
NOT_LOADED = "My knowledge base could not be loaded (see the message in the corner), so I cannot answer. Fix the problem and start the tutor again."
# A question whose answer takes longer than this (seconds) is shown waiting meanwhile.
SHOW_WAITING_AFTER = 0.15


@dataclass
class Question:
    """A question on its way: what was asked, when, and its widgets once shown."""

    text: str
    started: float
    echo: bool = True  # show the learner's text (not for /new)
    answer: TutorAnswer | None = None
    done: bool = False


class ChatScreen(Screen[None]):
    """The conversation with the tutor."""

    CSS_PATH = "chat.tcss"
    AUTO_FOCUS = "#prompt"

    BINDINGS = [
        Binding("f1", "app.help", "Help", tooltip="What the tutor can do, examples and keys"),
        Binding("f2,ctrl+t", "toggle_topics", "Topics", tooltip="Show or hide the topics panel"),
        Binding("f3", "timeline", "Timeline", tooltip="Dated events in order"),
        Binding("f4", "app.toggle_lessons", "Lessons", tooltip="Switch to the lessons"),
        Binding("ctrl+s", "save", "Save", tooltip="Save the conversation as Markdown"),
        Binding("ctrl+n", "new_conversation", "New", show=False),
        Binding("escape", "focus_prompt", "Prompt", show=False),
        Binding("pageup", "scroll_conversation(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_conversation(1)", "Scroll down", show=False),
        Binding("ctrl+home", "scroll_conversation_to(0)", "Top", show=False),
        Binding("ctrl+end", "scroll_conversation_to(1)", "Bottom", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.session: "Session | None" = None
        self.turns: list[Turn] = []
        self.citations: dict[str, list[str]] = {}
        self.timings: list[float] = []  # seconds from Enter to the answer on screen
        self.history = PromptHistory()
        self.last_saved: Path | None = None  # where this conversation was saved (saved again there)
        self._queue: deque[Question] = deque()
        self._busy = False
        self._new_tutor: "Tutor | None" = None  # a reloaded knowledge base, used once idle

    @property
    def tutor_app(self) -> TutorHost:
        return cast(TutorHost, self.app)

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        self.history = PromptHistory.load(user_data_dir())
        yield Header(icon="§")
        with Horizontal(id="body"):
            with Vertical(id="topics-panel"):
                yield Static("Knowledge base", id="topics-title")
                yield TopicsBrowser(id="topics")
            with Vertical(id="main"):
                with VerticalScroll(id="conversation", can_focus=False):
                    yield TutorAnswer(WELCOME, followups=self._welcome_questions(), id="welcome")
                yield PromptInput(id="prompt", history=self.history)
        yield Footer()

    def _welcome_questions(self) -> list[str]:
        """The engine's first starter questions once it is loaded, the app's own before."""
        tutor = self.tutor_app.tutor
        starters = tutor.templates.get("starter_questions") if tutor is not None and isinstance(tutor.templates, dict) else None
        if isinstance(starters, list) and starters:
            return [str(question) for question in starters[: len(WELCOME_QUESTIONS)]]
        return list(WELCOME_QUESTIONS)

    @property
    def conversation(self) -> VerticalScroll:
        return self.query_one("#conversation", VerticalScroll)

    @property
    def prompt(self) -> PromptInput:
        return self.query_one("#prompt", PromptInput)

    @property
    def topics(self) -> TopicsBrowser:
        return self.query_one("#topics", TopicsBrowser)

    def on_mount(self) -> None:
        self.watch(self.app, "status", self._status_changed, init=True)
        self.watch(self.app, "knowledge_version", self._knowledge_changed, init=False)

    def on_unmount(self) -> None:
        try:
            if self.history.entries:
                self.history.save(user_data_dir())
        except OSError:
            pass

    # -- the knowledge base becoming ready ------------------------------------------------

    def _status_changed(self, status: str) -> None:
        if status == "ready":
            self._tutor_ready()
        elif status == "failed":
            for question in self._queue:
                if question.answer is not None:
                    question.answer.set_pending_text(NOT_LOADED)
            self._queue.clear()

    def _tutor_ready(self) -> None:
        # Imported here: the engine (NumPy, the index) is kept off the app's launch; it loads in a worker.
        from tutor.answering.session import Session

        tutor = self.tutor_app.tutor
        assert tutor is not None
        if self.session is not None:
            return
        self.session = Session(tutor, self._teacher())
        self._show_knowledge(tutor)
        self._pump()

    def _teacher(self) -> "Teacher":
        """The chat's teaching moves, over the app's lessons and the learner's database."""
        # Imported here, like the engine: the lessons are kept off the app's launch.
        from tutor.files.paths import user_cache_dir
        from tutor.teaching.teacher import Teacher

        return Teacher.for_learner(self.tutor_app.lesson_folders, cache_dir=user_cache_dir())

    def _knowledge_changed(self, version: int) -> None:
        """A reloaded knowledge base is ready: use it from the next question on."""
        if self.session is not None and self.tutor_app.tutor is not None:
            self._new_tutor = self.tutor_app.tutor
            self._pump()

    def _switch_tutor(self, tutor: "Tutor") -> None:
        """Continue the conversation over a reloaded knowledge base."""
        # Imported here: the engine (NumPy, the index) is kept off the app's launch; it loads in a worker.
        from tutor.answering.session import Session

        old = self.session
        session = Session(tutor, old.teacher if old is not None else self._teacher())
        if old is not None:
            session.state = old.state
            if session.state.topic is not None and session.state.topic not in tutor.retriever.documents:
                session.state.topic = None  # its document is gone
        self.session = session
        self._show_knowledge(tutor)

    def _show_knowledge(self, tutor: "Tutor") -> None:
        """Fill the topics panel, the citations and the name completion from `tutor`."""
        documents = tutor.retriever.documents
        self.citations = {doc_id: list(doc.sources) for doc_id, doc in documents.items()}
        self.topics.populate(documents, TOPIC_TITLES)
        names = [doc.short_title for doc in documents.values()]
        names += [doc.title for doc in documents.values()]
        names += [TOPIC_TITLES.get(doc.topic, doc.topic) for doc in documents.values()]
        self.prompt.prompt_suggester.set_names(sorted(set(names), key=lambda n: (len(n), n)))
        welcome = self.query("#welcome").results(TutorAnswer)
        for answer in welcome:
            questions = self._welcome_questions()
            if questions != answer.followups:
                self.call_later(answer.show, WELCOME, None, questions)

    # -- asking ---------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Typing while a source, an answer or the topics have the focus goes on in the
        prompt, so no letter is lost (digits still pick a focused follow-up, Space still
        opens a focused source)."""
        focused = self.focused
        character = event.character
        if focused is None or isinstance(focused, Input) or not event.is_printable or not character or character == " ":
            return
        if isinstance(focused, FollowUps) and character.isdigit():
            return
        event.stop()
        event.prevent_default()
        self.prompt.focus()
        self.prompt.insert_text_at_cursor(character)

    @on(PromptInput.Submitted, "#prompt")
    def _submitted(self, event: PromptInput.Submitted) -> None:
        text = event.value
        self.prompt.value = ""
        if text.strip():
            self.prompt.remember(text)
        self.ask(text)

    @on(PromptInput.HelpRequested)
    def _help_requested(self) -> None:
        self.tutor_app.action_help()

    @on(PromptInput.TabbedAway)
    def _tabbed_away(self) -> None:
        follow_ups = self.latest_follow_ups()
        if follow_ups is not None:
            follow_ups.focus()
            follow_ups.scroll_visible(animate=False)
        else:
            self.focus_next()

    @on(FollowUps.Chosen)
    def _follow_up_chosen(self, event: FollowUps.Chosen) -> None:
        self.ask(event.prompt)
        self.prompt.focus()

    @on(TopicsBrowser.DocumentChosen)
    def _document_chosen(self, event: TopicsBrowser.DocumentChosen) -> None:
        self.ask(f"Tell me about {event.title}")

    def latest_follow_ups(self) -> FollowUps | None:
        """The follow-ups of the most recent answer that has some."""
        found = self.conversation.query(FollowUps)
        return found.last() if found else None

    def ask(self, text: str) -> None:
        """Ask `text` as if the learner typed it (app commands are handled here)."""
        text = text.strip()
        if not text:
            return
        started = time.perf_counter()
        quizzing = self.session is not None and self.session.teacher is not None and self.session.teacher.quizzing
        if FOLLOW_UP_NUMBER.fullmatch(text) and not quizzing:
            # A number picks a follow-up on screen (the welcome's included); the session
            # explains a number with nothing to pick. During a quiz it picks a choice.
            follow_ups = self.latest_follow_ups()
            digits = text.lstrip("#")
            number = int(digits) if len(digits) <= 2 else 0  # a longer one picks none (int() refuses thousands of digits)
            if follow_ups is not None and 1 <= number <= len(follow_ups.prompts):
                text = follow_ups.prompts[number - 1]
            elif follow_ups is not None and self.session is not None:
                self.session.offer(follow_ups.prompts)
        command = (named(text.split()[0], "app") or named(text.split()[0], "chat") or "") if text.startswith("/") else ""
        if command == "/quit":
            self.app.exit(0)
            return
        if command == "/save":
            self.conversation.mount(LearnerMessage(text))
            self.action_save()
            return
        if command == "/reload":
            self.conversation.mount_all([LearnerMessage(text), Note(RELOADING)])
            self.conversation.scroll_end(animate=False)
            self.tutor_app.reload_knowledge()
            return
        if command == "/why":
            self.conversation.mount(LearnerMessage(text))
            self.conversation.scroll_end(animate=False)
            self.action_why()
            return
        if self.tutor_app.status == "failed":
            self.conversation.mount_all([LearnerMessage(text), TutorAnswer(NOT_LOADED)])
            self.conversation.scroll_end(animate=False)
            return
        if command == "/new":
            self._clear_conversation()
        question = Question(text, started, echo=command != "/new")
        self._queue.append(question)
        if self.session is None:
            self._show_waiting(question, LOADING)
        else:
            # The answer usually comes within a few milliseconds: mounting the question
            # and its answer together costs one layout instead of three. Only a slow
            # answer shows the question first, waiting.
            self.set_timer(SHOW_WAITING_AFTER, lambda: self._show_waiting(question, "Thinking…"))
        self._pump()

    def _show_waiting(self, question: "Question", text: str) -> None:
        """Show a question that has no answer yet, with a waiting answer under it."""
        if question.answer is not None or question.done:
            return
        question.answer = TutorAnswer(pending=text)
        widgets: list[Widget] = [question.answer]
        if question.echo:
            widgets.insert(0, LearnerMessage(question.text))
        self.conversation.mount_all(widgets)
        self.conversation.scroll_end(animate=False)

    def _clear_conversation(self) -> None:
        self.turns.clear()
        self.last_saved = None  # a new conversation is saved to a new file
        self.conversation.remove_children()

    def _pump(self) -> None:
        """Start answering the next question, if the tutor is free and ready."""
        if self._busy or self.session is None:
            return
        if self._new_tutor is not None:
            tutor, self._new_tutor = self._new_tutor, None
            self._switch_tutor(tutor)
        if not self._queue:
            return
        question = self._queue.popleft()
        self._busy = True
        self._respond(question)

    @work(thread=True, group="answer")
    def _respond(self, question: "Question") -> None:
        assert self.session is not None
        try:
            reply: "Reply | str" = self.session.respond(question.text)
        except Exception as error:  # a bug in answering never takes the app down: logged (here, off the screen's loop) and told in one line
            reply = failure_line(error, question.text)
        try:
            self.app.call_from_thread(self._show_reply, question, reply)
        except RuntimeError:
            pass  # the app closed meanwhile

    async def _show_reply(self, question: "Question", reply: "Reply | str") -> None:
        """Show the reply to `question`, or the line saying it could not be answered."""
        question.done = True
        try:
            if isinstance(reply, str):
                # A line shown as it is (a folder's name): Markdown's marks escaped.
                line = MARKDOWN_MARKS.sub(r"\\\g<0>", safe(reply))
                await self._fill(question, line)
                self.turns.append(Turn(question.text, line))  # the question stays in a saved transcript
                return
            full = reply.answer
            if reply.intent == "command" and asks_help(question.text):
                full += APP_HELP_NOTE
            answer = await self._fill(question, answer_body(full, bool(reply.sources), reply.followups), reply)
            self.turns.append(Turn(question.text, full, [f"{s.title} › {s.section}" for s in reply.sources], list(reply.followups)))
            if answer is not None:
                self.call_after_refresh(self._reveal, answer, question.started)
        finally:
            self._busy = False
            self._pump()

    async def _fill(self, question: "Question", markdown: str, reply: "Reply | None" = None) -> TutorAnswer | None:
        """Put the answer on screen: fill the waiting one, or mount question and answer."""
        sources = reply.sources if reply else []
        followups = reply.followups if reply else []
        out_of_scope = bool(reply and reply.out_of_scope)
        # "Why this answer?" (/why) for answers from the knowledge base and for declined questions.
        asked = reply.question if reply is not None and reply.intent != "command" and (sources or out_of_scope) else None
        topic = reply.topic if reply is not None else None
        if question.answer is not None:
            if not question.answer.is_attached:
                return None  # cleared by /new meanwhile
            question.answer.set_class(out_of_scope, "-out-of-scope")
            await question.answer.show(markdown, sources, followups, self.citations, question=asked, topic=topic)
            return question.answer
        answer = TutorAnswer(markdown, sources, followups, self.citations, classes="-out-of-scope" if out_of_scope else "", question=asked, topic=topic)
        question.answer = answer
        widgets: list[Widget] = [answer]
        if question.echo:
            widgets.insert(0, LearnerMessage(question.text))
        await self.conversation.mount_all(widgets)
        return answer

    def _reveal(self, answer: TutorAnswer, started: float) -> None:
        """Scroll so the new answer shows: to the end when the whole answer fits, follow-ups
        included (the question may scroll out of view; the learner typed it), else from
        its question down."""
        self.timings.append(time.perf_counter() - started)
        conversation = self.conversation
        siblings = list(conversation.children)
        index = siblings.index(answer) if answer in siblings else -1
        question = siblings[index - 1] if index > 0 and isinstance(siblings[index - 1], LearnerMessage) else answer
        if answer.outer_size.height + 1 > conversation.scrollable_content_region.height:
            conversation.scroll_to_widget(question, top=True, animate=False)
        else:
            conversation.scroll_end(animate=False)

    # -- why this answer? ---------------------------------------------------------------

    @on(TutorAnswer.WhyRequested)
    def _why_requested(self, event: TutorAnswer.WhyRequested) -> None:
        self.show_why(event.answer)

    def action_why(self) -> None:
        """Explain the latest answer that came from the knowledge base."""
        explainable = [a for a in self.conversation.query(TutorAnswer) if a.explainable]
        if not explainable:
            self.app.notify(NO_WHY, severity="warning")
            return
        self.show_why(explainable[-1])

    def show_why(self, answer: TutorAnswer) -> None:
        """Open the retrieval evidence of `answer` (searched again with the knowledge in use)."""
        # Imported here: the engine (NumPy, the index) is kept off the app's launch; it loads in a worker.
        from tutor.search.evidence import gather_evidence

        tutor = self.tutor_app.tutor
        if tutor is None or answer.question is None:
            self.app.notify(NO_WHY, severity="warning")
            return
        try:
            evidence = gather_evidence(tutor.retriever, answer.question)
        except Exception as exc:  # the engine must never take the app down
            self.app.notify(f"{type(exc).__name__}: {exc}", title="Could not explain the answer", severity="error", markup=False)
            return
        subject = None
        topic = answer.topic
        top_doc = evidence.passages[0].doc_id if evidence.passages else None
        if topic and answer.sources and (not evidence.in_scope or top_doc != topic):
            document = tutor.retriever.documents.get(topic)
            subject = document.title if document is not None else topic
        self.app.push_screen(WhyScreen(evidence, answer.sources, subject))

    # -- actions --------------------------------------------------------------------------

    def action_save(self) -> None:
        """Export the conversation as Markdown into the data folder's transcripts."""
        if not self.turns:
            self.app.notify("Nothing to save yet: ask a question first.", severity="warning")
            return
        try:
            path = save_transcript(self.turns, user_data_dir() / "transcripts", path=self.last_saved)
        except OSError as exc:
            self.app.notify(str(exc), title="Could not save the conversation", severity="error", markup=False)
            return
        self.last_saved = path
        self.conversation.mount(Note(f"Saved this conversation to {path}"))
        self.conversation.scroll_end(animate=False)
        self.app.notify(str(path), title="Conversation saved", markup=False)

    def action_new_conversation(self) -> None:
        self.ask("/new")

    def action_toggle_topics(self) -> None:
        panel = self.query_one("#topics-panel")
        visible = not panel.has_class("-visible")
        panel.set_class(visible, "-visible")
        if visible:
            self.topics.focus()
        else:
            self.prompt.focus()

    def show_topic(self, key: str) -> None:
        """Open the topics panel at a topic."""
        panel = self.query_one("#topics-panel")
        panel.add_class("-visible")
        self.topics.show_topic(key)
        self.topics.focus()

    def action_timeline(self) -> None:
        tutor = self.tutor_app.tutor
        if tutor is None:
            self.app.notify("The knowledge base is still loading.", severity="warning")
            return

        def chosen(event: Event | None) -> None:
            if event is not None:
                self.ask(f"Tell me about {event.short_title}")

        self.app.push_screen(TimelineScreen(events_of(tutor.retriever.documents.values())), chosen)

    def action_focus_prompt(self) -> None:
        self.prompt.focus()

    def action_scroll_conversation(self, direction: int) -> None:
        if direction < 0:
            self.conversation.scroll_page_up()
        else:
            self.conversation.scroll_page_down()

    def action_scroll_conversation_to(self, end: int) -> None:
        if end:
            self.conversation.scroll_end()
        else:
            self.conversation.scroll_home()
