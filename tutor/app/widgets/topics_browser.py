"""The knowledge base by topic, as a tree; choosing a document asks the tutor about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree

if TYPE_CHECKING:
    from tutor.search.knowledge import Document


@dataclass(frozen=True)
class TopicNode:
    """Data of a topic's node."""

    key: str


@dataclass(frozen=True)
class DocumentNode:
    """Data of a document's node."""

    doc_id: str
    title: str


class TopicsBrowser(Tree[object]):
    """Topics, each with its documents; Enter or a click on a document asks about it."""

    DEFAULT_CSS = """
    TopicsBrowser {
        background: $surface;
        padding: 0 1 0 0;
    }
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "Ask about it", show=True),
    ]

    class DocumentChosen(Message):
        """The learner chose a document to ask about."""

        def __init__(self, doc_id: str, title: str) -> None:
            super().__init__()
            self.doc_id = doc_id
            self.title = title

    def __init__(self, **kwargs: object) -> None:
        super().__init__(Text("Topics"), **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2
        self.root.add_leaf(Text("Loading the knowledge base…", style="italic"))

    def populate(self, documents: Mapping[str, "Document"], topic_titles: Mapping[str, str]) -> None:
        """Fill the tree: topics in their usual order, then any others; documents by title."""
        self.clear()
        by_topic: dict[str, list["Document"]] = {}
        for doc in documents.values():
            by_topic.setdefault(doc.topic, []).append(doc)
        order = [t for t in topic_titles if t in by_topic] + sorted(t for t in by_topic if t not in topic_titles)
        for key in order:
            docs = sorted(by_topic[key], key=lambda d: d.title.casefold())
            name = topic_titles.get(key, key.replace("-", " ").capitalize())
            label = Text.assemble(name, (f" ({len(docs)})", "dim"))
            node = self.root.add(label, data=TopicNode(key), expand=False)
            for doc in docs:
                node.add_leaf(Text(doc.title), data=DocumentNode(doc.id, doc.short_title))
        if self.root.children:
            self.move_cursor(self.root.children[0])

    def show_topic(self, key: str) -> bool:
        """Open a topic and put the cursor on it; False if there is no such topic."""
        for node in self.root.children:
            if isinstance(node.data, TopicNode) and node.data.key == key:
                node.expand()
                self.move_cursor(node)
                self.scroll_to_node(node, animate=False)
                return True
        return False

    def _on_tree_node_selected(self, event: Tree.NodeSelected[object]) -> None:
        data = event.node.data
        if isinstance(data, DocumentNode):
            event.stop()
            self.post_message(self.DocumentChosen(data.doc_id, data.title))
