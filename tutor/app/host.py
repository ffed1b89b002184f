"""What the screens and the palette need of the app, as a Protocol.

Screens reach the app through `self.app`; typing it as `TutorHost` (which `TutorApp`
satisfies) keeps the arrows one way: the app imports its screens, no screen imports the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # types only: the engine loads in a worker, after the first screen is drawn
    from tutor.answering.engine import Tutor


class TutorHost(Protocol):
    """The app as its screens see it."""

    tutor: Tutor | None
    status: str
    extra_knowledge_dirs: list[Path]
    lesson_folders: list[Path] | None

    def ask(self, text: str) -> None: ...

    def browse_topic(self, key: str) -> None: ...

    def reload_knowledge(self, automatic: bool = False) -> None: ...

    def action_help(self) -> None: ...
