"""The choices of a lesson question, lettered A, B, C...: arrows and Enter, a click, or the
letter or number of a choice picks it.

Enter picks only once the learner has moved along the choices: a list just shown has its
first choice highlighted, and an Enter typed after a letter (which has already answered the
last question) must not answer the next one as well."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def letter(index: int) -> str:
    """"A" for 0, "B" for 1, ... (as the lesson engine names choices, `tutor.lessons.grading.letter`:
    kept twice, since the app draws its first screen before the lesson modules are imported)."""
    return chr(ord("A") + index)


MOVES = frozenset({"up", "down", "home", "end", "pageup", "pagedown"})


class ChoiceList(OptionList):
    """A lettered list of choices; `Chosen` says which one the learner picked."""

    DEFAULT_CSS = """
    ChoiceList {
        height: auto;
        max-height: 12;
        width: 1fr;
        border: none;
        padding: 0;
        margin: 0;
        background: transparent;
        &:focus {
            border: none;
            background-tint: $foreground 4%;
        }
        &:disabled {
            opacity: 70%;
        }
        & > .option-list--option {
            padding: 0 1;
        }
    }
    """

    class Chosen(Message):
        """The learner picked the choice at `index`."""

        def __init__(self, choice_list: "ChoiceList", index: int) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.index = index

        @property
        def control(self) -> "ChoiceList":
            return self.choice_list

        @property
        def letter(self) -> str:
            return letter(self.index)

        @property
        def text(self) -> str:
            return self.choice_list.choices[self.index]

    def __init__(self, choices: list[str], keys: dict[str, int] | None = None, **kwargs: object) -> None:
        """`keys` adds keys of its own to pick a choice (for example "t" and "f" for True and False)."""
        self.choices = list(choices)
        self.keys = dict(keys or {})
        self.marks: dict[int, Content] = {}
        self.moved = False  # the learner has moved the highlight: Enter now picks it
        super().__init__(*[Option(self._label(i), id=f"choice-{i}") for i in range(len(self.choices))], **kwargs)  # type: ignore[arg-type]

    def _label(self, index: int) -> Content:
        mark = self.marks.get(index, Content(" "))
        return Content.assemble(mark, " ", Content.from_markup("[b $accent]$letter[/]  $text", letter=letter(index), text=self.choices[index]))

    def set_marks(self, marks: dict[int, Content]) -> None:
        """Show a mark before some choices (an order number, a cross for a wrong pick)."""
        changed = set(marks) | set(self.marks)
        self.marks = dict(marks)
        for index in changed:
            if 0 <= index < len(self.choices):
                self.replace_option_prompt_at_index(index, self._label(index))

    def choose(self, index: int) -> None:
        """Pick the choice at `index` (0-based), if there is one."""
        if 0 <= index < len(self.choices) and not self.disabled:
            self.highlighted = index
            self.post_message(self.Chosen(self, index))

    def _index_for_key(self, character: str | None) -> int | None:
        if not character or len(character) != 1:
            return None
        key = character.casefold()
        if key in self.keys:
            return self.keys[key]
        if key.isdigit():
            index = int(key) - 1
        elif "a" <= key <= "z":
            index = ord(key) - ord("a")
        else:
            return None
        return index if 0 <= index < len(self.choices) else None

    async def _on_key(self, event: events.Key) -> None:
        if event.key in MOVES:
            self.moved = True
            return
        if event.key == "enter" and not self.moved:
            event.stop()
            event.prevent_default()
            self.notify("Press a choice's letter, or move to it with the arrows and press Enter.", timeout=4)
            return
        index = self._index_for_key(event.character)
        if index is not None:
            event.stop()
            event.prevent_default()
            self.choose(index)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, event.option_index))
