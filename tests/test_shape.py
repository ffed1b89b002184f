"""Checking the shape of data read back from a cache (`tutor.files.shape`)."""

from typing import Any

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
