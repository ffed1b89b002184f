"""A knowledge file shared by someone else cannot act on the terminal or the app: its
escapes never reach a notification, and its markup is never read by the palette."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandInput, CommandList, CommandPalette

from app_helpers import wait_for, wait_ready
from tutor.app.app import TutorApp
from tutor.safe_text import CONTROL_CHARACTERS

HOSTILE = """---
id: zebra-treaty
title: "Zebra [@click=app.quit]Q[/] treaty"
topic: cases
sources: [notes]
summary: "Stripes [b]bold[/b] \\e]0;owned\\a for all."
---
## Overview
The Zebra treaty is an agreement between Stripeland and Ponyland about zebra crossings, signed in 1850.
"""
BROKEN = "---\nid: broken\ntitle: \"\\e]0;owned\\a\"\ntopic: nowhere\nsources: [x]\n---\n## Overview\nText.\n"


async def test_a_hostile_title_is_plain_text_in_the_palette_and_notifications(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "zebra-treaty.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "broken.md").write_text(BROKEN, encoding="utf-8")
    app = TutorApp(extra_knowledge_dirs=[folder], watch_interval=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_ready(pilot)
        await wait_for(pilot, lambda: app._notifications, "the warning about the broken file")
        for note in app._notifications:
            assert not CONTROL_CHARACTERS.search(note.message + note.title)
        await pilot.press("ctrl+p")
        screen = app.screen
        assert isinstance(screen, CommandPalette)
        screen.query_one(CommandInput).value = "zebra"
        results = screen.query_one(CommandList)

        def prompts() -> list[str]:
            return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]

        await wait_for(pilot, lambda: any("Zebra" in prompt for prompt in prompts()), "the palette's hits")
        prompts = prompts()
        assert any("Zebra [@click=app.quit]Q[/] treaty" in prompt for prompt in prompts), prompts
        assert any("[b]bold[/b]" in prompt and "owned" not in prompt for prompt in prompts), prompts
        await pilot.press("enter")  # runs the best hit: asking about it, never quitting
        await wait_for(pilot, lambda: not isinstance(app.screen, CommandPalette), "the palette closed")
        assert app.is_running
