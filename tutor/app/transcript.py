"""The conversation as the app shows it, and its export as Markdown (`/save`).

The app keeps its own record of the turns (what the learner typed and what the tutor
answered, commands included) so that the transcript matches the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tutor.files.atomic import write_atomic


@dataclass
class Turn:
    """One exchange: the learner's text and the tutor's answer (Markdown)."""

    question: str
    answer: str
    sources: list[str] = field(default_factory=list)  # "Title › Section"
    followups: list[str] = field(default_factory=list)


def transcript_markdown(turns: list[Turn], when: datetime) -> str:
    """The turns as a Markdown document."""
    lines = ["# Diplomacy Tutor conversation", "", f"*Saved {when:%Y-%m-%d %H:%M}*", ""]
    for turn in turns:
        lines.append("## You")
        lines.append("")
        # The learner's text is quoted verbatim; a blockquote keeps it apart from headings.
        lines.extend(f"> {line}" if line else ">" for line in turn.question.splitlines() or [""])
        lines.append("")
        lines.append("## Tutor")
        lines.append("")
        lines.append(turn.answer.strip())
        lines.append("")
        if turn.followups:
            lines.append("*You could ask next:*")
            lines.append("")
            lines.extend(f"- {prompt}" for prompt in turn.followups)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def transcript_path(folder: Path, when: datetime) -> Path:
    """A new file name in `folder` for a transcript saved at `when` (never an existing one)."""
    stem = f"conversation-{when:%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.md"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.md"
        number += 1
    return path


def save_transcript(turns: list[Turn], folder: Path, when: datetime | None = None, path: Path | None = None) -> Path:
    """Write the turns as Markdown into `folder` (created if needed); returns the file.
    `path`, the file this conversation was saved to before, is brought up to date instead
    of starting another file."""
    when = when or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    path = path or transcript_path(folder, when)
    write_atomic(path, transcript_markdown(turns, when))
    return path
