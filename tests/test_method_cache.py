"""The methods dataclasses write, compiled once per interpreter (`tutor.files.method_cache`)."""

import dataclasses
import json
import marshal
import os
import subprocess
import sys
from base64 import b64encode
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path

import pytest

from tutor.files import method_cache
from tutor.files.method_cache import imported_methods

METHODS = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__")


def make_classes():
    """Two dataclasses as a module would make them: frozen with a default, and with a factory."""

    @dataclass(frozen=True)
    class Point:
        """A point."""

        x: int
        y: int = 0

    @dataclass
    class Bag:
        """A bag."""

        items: list[str] = field(default_factory=list)
        label: str = "bag"

    return Point, Bag


def made_in_block(cache):
    with imported_methods(cache):
        return make_classes()


def codes(cls):
    """The code of each method dataclasses wrote for `cls`."""
    return {name: cls.__dict__[name].__code__ for name in METHODS if name in cls.__dict__ and hasattr(cls.__dict__[name], "__code__")}


def behaves_as_made_as_usual(classes):
    point_class, bag_class = classes
    usual_point, usual_bag = make_classes()
    assert codes(point_class) == codes(usual_point) and codes(bag_class) == codes(usual_bag)
    # No __future__ of the caching module reaches them: annotations stay objects.
    assert point_class.__init__.__annotations__ == usual_point.__init__.__annotations__ == {"x": int, "y": int, "return": None}
    point, bag = point_class(1), bag_class()
    assert (point.x, point.y, repr(point).endswith("Point(x=1, y=0)")) == (1, 0, True)
    assert point == point_class(1, 0) and point != point_class(2) and hash(point) == hash(point_class(1))
    with pytest.raises(FrozenInstanceError):
        point.x = 3
    bag.items.append("a")
    assert bag_class().items == [] and bag == bag_class(["a"]) and bag.label == "bag"


def test_methods_made_in_the_block_are_kept_and_compile_nothing_next_time(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    behaves_as_made_as_usual(made_in_block(cache))
    assert "exec" not in vars(dataclasses)  # dataclasses as it was
    (copy,) = cache.glob("methods-modules-*.json")
    written = copy.stat().st_mtime_ns

    def no_compiling(*args, **kwargs):
        raise AssertionError("a kept method was compiled again")

    monkeypatch.setattr(method_cache, "compile", no_compiling, raising=False)
    behaves_as_made_as_usual(made_in_block(cache))
    assert copy.stat().st_mtime_ns == written  # nothing missed: nothing written


def test_the_copy_keeps_only_the_methods_made_in_the_last_block_that_missed(tmp_path):
    cache = tmp_path / "cache"
    made_in_block(cache)
    with imported_methods(cache):

        @dataclass
        class Other:
            """A class of other fields."""

            name: str

    (copy,) = cache.glob("methods-modules-*.json")
    sources = [source for source, _ in json.loads(copy.read_text(encoding="utf-8"))]
    assert any("name" in source for source in sources) and not any("label" in source for source in sources)


def changed_byte(kept):
    check, text = kept[0][1].split(" ")
    kept[0][1] = f"{check} {text[:8]}{'B' if text[8] != 'B' else 'C'}{text[9:]}"
    return kept


def swapped(kept):
    kept[0][1] = next(code for source, code in kept if source != kept[0][0])  # another method's sound code
    return kept


def cut_short(kept):
    check, text = kept[0][1].split(" ")
    kept[0][1] = f"{check} {text[: len(text) // 2 // 4 * 4]}"
    return kept


def without_digest(kept):
    kept[0][1] = kept[0][1].split(" ")[1]
    return kept


def an_int(kept):
    data = marshal.dumps(7)  # no code, with a digest that fits it
    kept[0][1] = f"{method_cache._digest(kept[0][0], data)} {b64encode(data).decode()}"
    return kept


def not_base64(kept):
    kept[0][1] = kept[0][1].split(" ")[0] + " ***"
    return kept


def a_number(kept):
    kept[0][1] = 12
    return kept


@pytest.mark.parametrize("damage", ["{not json", changed_byte, swapped, cut_short, without_digest, an_int, not_base64, a_number])
def test_a_damaged_copy_is_a_miss_and_written_over(tmp_path, damage):
    cache = tmp_path / "cache"
    made_in_block(cache)
    (copy,) = cache.glob("methods-modules-*.json")
    sound = copy.read_text(encoding="utf-8")
    copy.write_text(damage if isinstance(damage, str) else json.dumps(damage(json.loads(sound))), encoding="utf-8")
    behaves_as_made_as_usual(made_in_block(cache))
    assert json.loads(copy.read_text(encoding="utf-8")) == json.loads(sound)


def test_an_error_in_the_block_keeps_nothing_and_restores_dataclasses(tmp_path):
    cache = tmp_path / "cache"
    with pytest.raises(TypeError, match="non-default argument"):
        with imported_methods(cache):
            make_classes()

            @dataclass
            class Wrong:
                """Fields in an order dataclasses refuses."""

                a: int = 0
                b: int

    assert "exec" not in vars(dataclasses)
    assert not list(cache.glob("methods-*.json"))


def counting_compiles(monkeypatch):
    """A list that grows by one at every method compiled in a block."""
    compiled = []

    def counted(*args, **kwargs):
        compiled.append(args[0])
        return compile(*args, **kwargs)

    monkeypatch.setattr(method_cache, "compile", counted, raising=False)
    return compiled


def test_a_copy_others_may_write_is_not_read(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    made_in_block(cache)
    (copy,) = cache.glob("methods-modules-*.json")
    copy.chmod(0o666)
    compiled = counting_compiles(monkeypatch)
    behaves_as_made_as_usual(made_in_block(cache))
    assert len(compiled) >= 4  # every method compiled again
    assert copy.stat().st_mode & 0o022 == 0  # and written over by the tutor, for itself


def test_a_block_failing_after_kept_code_removes_the_copy(tmp_path):
    cache = tmp_path / "cache"
    made_in_block(cache)
    with pytest.raises(RuntimeError):
        with imported_methods(cache):
            make_classes()
            raise RuntimeError("a class made from kept code broke an import")
    assert not list(cache.glob("methods-*.json"))


def test_blocks_within_blocks_restore_what_was_there(tmp_path):
    with imported_methods(tmp_path / "outer"):
        outer = dataclasses.exec
        with imported_methods(tmp_path / "inner"):
            make_classes()
        assert dataclasses.exec is outer
    assert "exec" not in vars(dataclasses)


def test_without_a_cache_folder_methods_are_compiled_as_usual(tmp_path):
    behaves_as_made_as_usual(made_in_block(None))
    assert "exec" not in vars(dataclasses)
    assert not list(tmp_path.iterdir())


def test_tutor_ask_keeps_its_dataclasses_methods_and_answers_alike_from_them():
    env = {**os.environ, "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    ask = [sys.executable, "-m", "tutor", "ask", "When was the Treaty of Westphalia signed?"]
    first = subprocess.run(ask, capture_output=True, text=True, timeout=180, env=env)
    copies = list(Path(os.environ["XDG_CACHE_HOME"]).glob("*/methods-modules-*.json"))
    assert len(copies) == 1 and "def __init__(" in copies[0].read_text(encoding="utf-8")
    second = subprocess.run(ask, capture_output=True, text=True, timeout=180, env=env)
    assert first.returncode == second.returncode == 0 and first.stdout == second.stdout and "1648" in first.stdout
