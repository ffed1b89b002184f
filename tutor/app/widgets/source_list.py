"""The sources of an answer: one line each, expandable to show the passage behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Collapsible, Static

from tutor.app.widgets.why_link import WhyLink

if TYPE_CHECKING:
    from tutor.answering.reply import Source


class SourceList(Vertical):
    """"Sources" and, for each source, a collapsible "Title › Section" with its passage."""

    DEFAULT_CSS = """
    SourceList {
        height: auto;
        width: 1fr;
        margin: 1 0 0 0;
        & > .sources-header {
            height: 1;
            width: 1fr;
        }
        & .sources-label {
            width: auto;
            color: $text-muted;
            padding: 0 1;
        }
        & Collapsible {
            border-top: none;
            padding: 0 0 0 1;
            background: transparent;
            &:focus-within {
                background-tint: $foreground 4%;
            }
        }
        & CollapsibleTitle {
            color: $text-muted;
            padding: 0 1;
        }
        & Collapsible Contents {
            padding: 0 0 0 2;
        }
        & .passage {
            color: $text;
            padding: 0 1 0 0;
        }
        & .cited {
            color: $text-muted;
            text-style: italic;
            padding: 0 1 0 0;
        }
    }
    """

    def __init__(self, sources: list["Source"], citations: dict[str, list[str]] | None = None, why: bool = False, **kwargs: object) -> None:
        """`why` adds a "why this answer?" link after the "Sources" label."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.sources = list(sources)
        self.citations = citations or {}
        self.why = why

    def compose(self) -> ComposeResult:
        with Horizontal(classes="sources-header"):
            yield Static("Sources", classes="sources-label")
            if self.why:
                yield WhyLink()
        for number, source in enumerate(self.sources, 1):
            title = Content(f"{source.title} › {source.section}")
            # The passage is mounted when first expanded: answers appear faster.
            yield Collapsible(title=title, collapsed=True, id=f"source-{number}")  # type: ignore[arg-type]

    async def _on_collapsible_expanded(self, event: Collapsible.Expanded) -> None:
        collapsible = event.collapsible
        if collapsible.query(".passage") or not (collapsible.id or "").startswith("source-"):
            return
        source = self.sources[int(collapsible.id.removeprefix("source-")) - 1]  # type: ignore[union-attr]
        widgets = [Static(Content(source.passage), markup=False, classes="passage")]
        cited = self.citations.get(source.id)
        if cited:
            widgets.append(Static(Content("From: " + "; ".join(cited)), markup=False, classes="cited"))
        await collapsible.query_one(Collapsible.Contents).mount_all(widgets)
