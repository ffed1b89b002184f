"""The command palette's knowledge commands: ask about a document, browse a topic.

The app's actions (new conversation, save, timeline, lessons, ...) come from
`TutorApp.get_system_commands`; this provider adds the knowledge base itself.
"""

from __future__ import annotations

from functools import partial
from typing import cast

from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tutor.app.host import TutorHost
from tutor.search.knowledge import TOPIC_TITLES


HELP_CHARS = 110


def _first_sentence(text: str) -> str:
    """The first sentence of `text`, shortened with an ellipsis if long."""
    sentence = text.split(". ")[0].strip()
    return sentence if len(sentence) <= HELP_CHARS else sentence[: HELP_CHARS - 1].rsplit(" ", 1)[0] + "…"


def highlight(matcher: Matcher, title: str) -> Content:
    """`title` as plain text with the matched letters styled (Matcher.highlight would read
    a document's title as markup, so a title could add clickable actions)."""
    content = Content(title)
    score, offsets = matcher.fuzzy_search.match(matcher.query, title)
    if score:
        for offset in offsets:
            if not title[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class KnowledgeCommands(Provider):
    """"Ask about <document>" for every document and "Browse topic: <topic>" for every topic."""

    @property
    def tutor_app(self) -> TutorHost:
        return cast(TutorHost, self.app)

    def _commands(self) -> list[tuple[str, str, object]]:
        app = self.tutor_app
        tutor = app.tutor
        if tutor is None:
            return []
        documents = tutor.retriever.documents
        commands: list[tuple[str, str, object]] = []
        topics = {doc.topic for doc in documents.values()}
        for key in [t for t in TOPIC_TITLES if t in topics] + sorted(topics - set(TOPIC_TITLES)):
            name = TOPIC_TITLES.get(key, key)
            count = sum(1 for d in documents.values() if d.topic == key)
            commands.append((f"Browse topic: {name}", f"Open the topics panel at {name} ({count} documents)", partial(app.browse_topic, key)))
        for doc in sorted(documents.values(), key=lambda d: d.title.casefold()):
            help_text = _first_sentence(doc.summary) if doc.summary else TOPIC_TITLES.get(doc.topic, doc.topic)
            commands.append((f"Ask about {doc.short_title}", help_text, partial(app.ask, f"Tell me about {doc.short_title}")))
        return commands

    async def discover(self) -> Hits:
        # Nothing until the learner types: the empty palette lists the app's actions.
        return
        yield  # pragma: no cover

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight(matcher, title), callback, text=title, help=escape(help_text))  # type: ignore[arg-type]
