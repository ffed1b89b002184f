"""Checking the shape of data read back from a cache (`tutor.files.shape`)."""

from dataclasses import dataclass
from typing import Any, Literal, TypedDict

from tutor.files.shape import shape_error


def test_a_mapping_of_lists_of_plain_values_is_checked_whole():
    assert shape_error({"0": ["What?", "Why?"], "3": []}, dict[str, list[str]]) is None
    assert shape_error({}, dict[str, list[str]]) is None
    assert shape_error({"0": [["a"]]}, dict[str, list[list]]) is None
    assert shape_error({"0": [1, "two"]}, dict[str, list[Any]]) is None


def test_a_wrong_item_in_one_list_is_found_where_it_is():
    assert shape_error({"0": ["What?"], "3": ["Why?", 7]}, dict[str, list[str]]) == "3[1]: expected text"
    assert shape_error({"0": ["What?"], "3": "Why?"}, dict[str, list[str]]) == "3: expected a list"
    assert shape_error({"0": [1, True]}, dict[str, list[int]]) == "0[1]: expected a whole number"
    assert shape_error({0: ["What?"]}, dict[str, list[str]]) == "0: expected text"


class Record(TypedDict):
    """An open record: other keys are let through."""

    id: str
    year: int | None
    tags: list[str]


class Partial(TypedDict, total=False):
    """A record whose keys may all be missing."""

    note: str


@dataclass
class Closed:
    """A closed record: a dataclass refuses fields it does not have."""

    name: str
    score: float = 0.0


RECORDS = [{"id": "a", "year": 2020, "tags": ["x"]}, {"id": "b", "year": None, "tags": [], "extra": 1}]


def test_lists_of_records_tuples_and_unions_that_fit_are_let_through():
    assert shape_error(RECORDS, list[Record]) is None
    assert shape_error([{"note": "n"}, {}], list[Partial]) is None
    assert shape_error([{"name": "n", "score": 1}, {"name": "m"}], list[Closed]) is None  # a whole number is a number
    assert shape_error([["a", ["b"], None], ("c", [], [["d"]])], list[tuple[str, list[str], list[list[str]] | None]]) is None
    assert shape_error([1, None, 3], list[int | None]) is None
    assert shape_error({"t": [1, ["a"]]}, dict[str, tuple[Literal[-1, 1], list[str]]]) is None


def test_a_list_of_records_or_tuples_tells_which_one_differs_and_where():
    assert shape_error([*RECORDS, {"id": "c", "year": "1990", "tags": []}], list[Record]) == "[2].year: expected whole number"
    assert shape_error([*RECORDS, {"id": "c", "year": True, "tags": []}], list[Record]) == "[2].year: expected a whole number"
    assert shape_error([*RECORDS, {"id": "c", "tags": []}], list[Record]) == "[2]: missing 'year'"
    assert shape_error([{"name": "n"}, {"name": "m", "rank": 2}], list[Closed]) == "[1]: unknown field 'rank'"
    assert shape_error([["a", ["b"]], ["c"]], list[tuple[str, list[str]]]) == "[1]: expected a list of 2"
    assert shape_error([["a", ["b"]], ["c", ["d", 4]]], list[tuple[str, list[str]]]) == "[1][1][1]: expected text"
    assert shape_error([1, None, "3"], list[int | None]) == "[2]: expected whole number"
    assert shape_error({"t": [0, ["a"]]}, dict[str, tuple[Literal[-1, 1], list[str]]]) == "t[0]: expected one of -1, 1"
