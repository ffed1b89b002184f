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
    with pytest.raises(DialogueError, match=r"intents.yaml: the top level: expected a mapping"):
        load_dialogue("intents", tmp_path)
    with pytest.raises(DialogueError, match="cannot read"):
        load_dialogue("missing", tmp_path)


def test_cached_copy_of_the_wrong_shape_is_parsed_again(tmp_path):
    """Valid JSON that is not what the YAML gives (here: no 'openings') is a miss, then replaced."""
    from tutor.answering.composition import Templates
    from tutor.files.paths import DIALOGUES

    cache = tmp_path / "cache"
    expected = load_dialogue("templates", DIALOGUES, cache, shape=Templates)
    (copy,) = cache.glob("dialogue-templates-*.json")
    copy.write_text('{"greeting": ["Hi"]}', encoding="utf-8")
    assert load_dialogue("templates", DIALOGUES, cache, shape=Templates) == expected
    assert "openings" in copy.read_text(encoding="utf-8")  # written over with the right shape


def test_dialogue_of_the_wrong_shape_names_the_file_and_the_place(tmp_path):
    from tutor.answering.understanding import IntentPatterns

    (tmp_path / "intents.yaml").write_text("intents:\n  greeting: hello\n", encoding="utf-8")
    with pytest.raises(DialogueError, match=r"intents.yaml: intents.greeting: expected a list"):
        load_dialogue("intents", tmp_path, shape=IntentPatterns)
