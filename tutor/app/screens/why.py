""""Why this answer?": the retrieval evidence behind one answer, in a dialog over the chat.

Shows how the question was read, its search terms, the best passages with their scores
and the terms each matched, the in-scope decision with its thresholds, and the passages
the answer was finally built from (a follow-up is answered within the current subject,
so those can differ from the plain search).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

if TYPE_CHECKING:
    from tutor.search.evidence import Evidence
    from tutor.answering.reply import Source


class WhyScreen(ModalScreen[None]):
    """The evidence for an answer; any of its keys closes it."""

    CSS_PATH = "why.tcss"

    BINDINGS = [
        Binding("escape,q,w", "dismiss(None)", "Close"),
    ]

    def __init__(self, evidence: "Evidence", sources: list["Source"] | None = None, subject: str | None = None) -> None:
        super().__init__()
        self.evidence = evidence
        self.sources = list(sources or [])
        self.subject = subject

    def compose(self) -> ComposeResult:
        evidence = self.evidence
        with Vertical(id="why-dialog") as dialog:
            dialog.border_title = "Why this answer?"
            with VerticalScroll(id="why-body"):
                yield Static(self._question(), id="why-question")
                yield Static(Content("Decision"), classes="heading")
                yield Static(Content(evidence.decision()), id="why-decision", classes="-in-scope" if evidence.in_scope else "-declined")
                yield Static(Content(f"Top {len(evidence.passages)} passages (BM25 score · matched terms)"), classes="heading")
                yield Static(self._passages(), id="why-passages")
                if self.sources:
                    yield Static(Content("The answer was built from"), classes="heading")
                    yield Static(self._sources(), id="why-sources")
        yield Footer()

    def _question(self) -> Content:
        evidence = self.evidence
        lines = [Content.from_markup("[b]You asked:[/] $q", q=evidence.question)]
        if evidence.typos:
            fixes = ", ".join(f"{wrong} → {right}" for wrong, right in evidence.typos)
            lines.append(Content.from_markup("[b]Read as:[/] $q [$text-muted](typos repaired: $fixes)[/]", q=evidence.read_as, fixes=fixes))
        terms = " ".join(evidence.terms) or "(none: only common words)"
        lines.append(Content.from_markup("[b]Search terms:[/] $terms", terms=terms))
        lines.append(Content.from_markup("[$text-muted]Terms are word stems; =name is a name from the glossary.[/]"))
        return Content("\n").join(lines)

    def _passages(self) -> Content:
        if not self.evidence.passages:
            return Content.from_markup("[$text-muted]No passage contains any of the terms.[/]")
        lines = []
        for number, passage in enumerate(self.evidence.passages, 1):
            lines.append(Content.from_markup("[b $accent]$n.[/] [b]$score[/]  $title › $section", n=str(number), score=f"{passage.score:7.2f}", title=passage.title, section=passage.section))
            lines.append(Content.from_markup("            [$text-muted]matched:[/] $terms", terms=", ".join(passage.matched) or "-"))
        return Content("\n").join(lines)

    def _sources(self) -> Content:
        lines = [Content.from_markup("• $title › $section [$text-muted](score $score)[/]", title=s.title, section=s.section, score=f"{s.score:.2f}") for s in self.sources]
        if self.subject:
            lines.append(Content.from_markup("[$text-muted]Read as a follow-up, the question was answered within “$subject”.[/]", subject=self.subject))
        return Content("\n").join(lines)
