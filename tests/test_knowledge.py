"""Reading knowledge files: validation with file and line, chunking, the shipped base."""

from pathlib import Path

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.search.knowledge import Document, load_knowledge

GOOD = """---
id: {id}
title: {title}
topic: methods
sources: ["Our notes"]
related: {related}
---
# {title}

## Overview
{title} is a test document about summits. It has a defining sentence.

## Details
More words about the subject of {title}.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def doc(id: str, title: str = "Thing", related: str = "[]") -> str:
    return GOOD.format(id=id, title=title, related=related)


def test_good_document_becomes_chunks_with_headings(tmp_path):
    write(tmp_path, "thing.md", doc("thing"))
    kb = load_knowledge([tmp_path])
    assert kb.problems == []
    chunks = kb.documents["thing"].chunks
    assert [c.section for c in chunks] == ["Overview", "Details"]
    assert chunks[0].id == "thing#overview" and chunks[0].line == 10


def test_every_problem_is_reported_with_file_and_line(tmp_path):
    write(tmp_path, "broken-yaml.md", "---\nid: x\ntitle: [unclosed\n---\n# X\n\ntext\n")
    write(tmp_path, "no-id.md", "---\ntitle: T\ntopic: methods\nsources: [a]\n---\nSome text here.\n")
    write(tmp_path, "latin1.md", "---\nid: l\n".encode() + "caf\xe9".encode("latin-1"))
    write(tmp_path, "empty.md", "")
    write(tmp_path, "bad-topic.md", doc("bad-topic").replace("topic: methods", "topic: cooking"))
    kb = load_knowledge([tmp_path])
    messages = {p.path.name: (p.line, p.message) for p in kb.errors}
    assert messages["broken-yaml.md"][0] == 4 and "YAML" in messages["broken-yaml.md"][1]
    assert "id" in messages["no-id.md"][1]
    assert messages["latin1.md"][0] == 3 and "UTF-8" in messages["latin1.md"][1]
    assert "empty" in messages["empty.md"][1]
    assert messages["bad-topic.md"][0] == 4 and "cooking" in messages["bad-topic.md"][1]
    assert kb.documents == {}


def test_broken_file_is_skipped_and_the_rest_loads(tmp_path):
    write(tmp_path, "good.md", doc("good"))
    write(tmp_path, "bad.md", "no front matter")
    kb = load_knowledge([tmp_path])
    assert list(kb.documents) == ["good"]
    assert len(kb.errors) == 1


def test_duplicate_ids_clash_unless_replaced(tmp_path):
    write(tmp_path / "a", "thing.md", doc("thing", "First"))
    write(tmp_path / "b", "thing.md", doc("thing", "Second"))
    kb = load_knowledge([tmp_path / "a", tmp_path / "b"])
    assert kb.documents["thing"].title == "First"
    assert any("duplicate id" in p.message for p in kb.errors)
    write(tmp_path / "c", "mine.md", doc("mine", "Mine").replace("related: []", "related: []\nreplaces: thing"))
    kb = load_knowledge([tmp_path / "a", tmp_path / "c"])
    assert "thing" not in kb.documents and kb.documents["mine"].title == "Mine"


def test_unresolved_related_is_a_warning(tmp_path):
    write(tmp_path, "thing.md", doc("thing", related="[nowhere]"))
    kb = load_knowledge([tmp_path])
    assert "thing" in kb.documents
    assert [p.severity for p in kb.problems] == ["warning"]


def test_glossary_conflicts_are_reported(tmp_path):
    write(tmp_path, "thing.md", doc("thing"))
    write(tmp_path, "glossary.yaml", "groups:\n  - [AU, African Union]\n  - [AU, Australia]\n  - [lonely]\n")
    kb = load_knowledge([tmp_path])
    messages = [p.message for p in kb.problems]
    assert any("'AU'" in m for m in messages)
    assert any("at least two names" in m for m in messages)


def test_shipped_knowledge_is_clean_and_well_sized():
    kb = load_knowledge([SHIPPED_KNOWLEDGE])
    assert kb.problems == []
    assert len(kb.documents) >= 40
    for document in kb.documents.values():
        assert document.sources and document.related and document.tags
        assert document.chunks[0].section == "Overview"
    for chunk in kb.chunks:
        assert len(chunk.text.split()) <= 220, chunk.id


def test_a_document_is_dated_by_its_titles_bracket_else_its_front_matter():
    def dated(title: str, year: int | None = None) -> tuple[int, int] | None:
        return Document(id="d", title=title, topic="cases", sources=["s"], path=Path("d.md"), year=year).years

    assert dated("Suez Crisis (1956)") == (1956, 1956)
    assert dated("Congress of Vienna (1814-1815)") == (1814, 1815)
    assert dated("Good Friday Agreement (Belfast Agreement, 1998)") == (1998, 1998)
    assert dated("Sanctions", year=1990) == (1990, 1990)
    assert dated("Ambassadors, chargés d'affaires and envoys") is None
