"""Dialogue files: parsed once, kept as JSON in the cache, errors naming file and line."""

import pytest

from tutor.files.dialogues import DialogueError, load_dialogue


def test_parsed_copy_is_reused_and_refreshed(tmp_path):
    folder, cache = tmp_path / "dialogues", tmp_path / "cache"
    folder.mkdir()
    (folder / "templates.yaml").write_text("greeting: [Hello]\n", encoding="utf-8")
    assert load_dialogue("templates", folder, cache) == {"greeting": ["Hello"]}
    assert len(list(cache.glob("dialogue-templates-*.json"))) == 1
    (folder / "templates.yaml").write_text("greeting: [Hi]\n", encoding="utf-8")
    assert load_dialogue("templates", folder, cache) == {"greeting": ["Hi"]}
    copies = list(cache.glob("dialogue-templates-*.json"))
    assert len(copies) == 1
    copies[0].write_text("{not json", encoding="utf-8")
    assert load_dialogue("templates", folder, cache) == {"greeting": ["Hi"]}


def test_yaml_errors_name_file_and_line(tmp_path):
    (tmp_path / "intents.yaml").write_text("intents:\n  greeting: [unclosed\n", encoding="utf-8")
    with pytest.raises(DialogueError, match=r"intents.yaml:3: YAML syntax error"):
        load_dialogue("intents", tmp_path)
    (tmp_path / "intents.yaml").write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(DialogueError, match=r"intents.yaml:1: expected a mapping"):
        load_dialogue("intents", tmp_path)
    with pytest.raises(DialogueError, match="cannot read"):
        load_dialogue("missing", tmp_path)
