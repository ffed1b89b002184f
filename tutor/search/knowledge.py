"""Reading knowledge files: YAML front matter + Markdown, validated, split into chunks.

Every problem found is reported as a `Problem` naming the file and line, and a broken file
is skipped rather than stopping the tutor: the rest of the knowledge base still loads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tutor.files.yamlfile import YamlSyntaxError, parse_yaml
from tutor.safe_text import safe
from tutor.search.glossary import Glossary

TOPICS = ("basics", "actors", "methods", "instruments", "institutions", "history", "law", "cases", "beyond")
# The topics of documents on past events (a treaty, a conference, a crisis), which their
# titles date ("Suez Crisis (1956)", "Congress of Vienna (1814-1815)").
PAST_TOPICS = frozenset({"history", "cases"})
TOPIC_TITLES = {
    "basics": "Track one basics",
    "actors": "Actors and roles",
    "methods": "Methods",
    "instruments": "Instruments and vocabulary",
    "institutions": "Institutions and scope",
    "history": "History",
    "law": "Diplomatic law",
    "cases": "Landmark cases",
    "beyond": "Beyond track one",
}
REQUIRED_FIELDS = {"id": str, "title": str, "topic": str, "sources": list}
OPTIONAL_FIELDS = {"tags": list, "related": list, "year": int, "summary": str, "replaces": str, "questions": dict}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CHUNK_TARGET_WORDS = 200
SECTION_WARNING_WORDS = 400
GLOSSARY_FILE = "glossary.yaml"

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MARKUP = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# A title's closing bracket ("(1978)", "(Belfast Agreement, 1998)"), which its short title leaves out.
TITLE_BRACKET = re.compile(r"\s*\([^)]*\)\s*$")
# A title's dating bracket: a year or a span of years, after any other name.
TITLE_YEARS = re.compile(r"\((?:[^()]*,\s*)?(?P<start>\d{4})(?:\s*[-\u2013]\s*(?P<end>\d{4}))?\)\s*$")


@dataclass(frozen=True)
class Problem:
    """Something wrong in a knowledge file, with where it is."""

    path: Path
    line: int  # 0 for a problem with a whole folder
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return safe(f"{where}: {self.severity}: {self.message}")


@dataclass
class Chunk:
    """A retrievable passage: one section (or part of one) of a document."""

    id: str
    doc_id: str
    title: str
    section: str
    text: str
    line: int
    position: int  # order within its document
    # Questions this section answers, in the author's words (front matter `questions`):
    # indexed with the section so that a learner's paraphrase finds it.
    questions: list[str] = field(default_factory=list)

    def plain_text(self) -> str:
        """The passage without Markdown markup, list items ending as sentences."""
        lines = []
        for raw in self.text.splitlines():
            # Markup needs one of these characters; most lines have none, and the search is slow.
            line = (MARKUP.sub("", raw) if "*" in raw or "_" in raw or "`" in raw else raw).strip()
            if not line:
                continue
            if LIST_ITEM.match(raw):
                line = LIST_ITEM.sub("", line)
                if line and line[-1] not in ".!?:;":
                    line += "."
            lines.append(line)
        return " ".join(lines)


@dataclass
class Document:
    """One knowledge file: its front matter and its chunks."""

    id: str
    title: str
    topic: str
    sources: list[str]
    path: Path
    tags: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    year: int | None = None
    summary: str = ""
    replaces: str | None = None
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def short_title(self) -> str:
        """The title without a trailing "(1978)" or similar."""
        return TITLE_BRACKET.sub("", self.title) or self.title

    @property
    def years(self) -> tuple[int, int] | None:
        """The first and last year the document is dated by: its title's bracket ("(1956)",
        "(1814-1815)", "(Belfast Agreement, 1998)"), else its front matter's year; None when
        neither gives one."""
        bracket = TITLE_YEARS.search(self.title)
        if bracket is not None:
            return int(bracket["start"]), int(bracket["end"] or bracket["start"])
        return (self.year, self.year) if self.year else None

    @property
    def label(self) -> str:
        """The shortest fitting name: the acronym the title gives in brackets ("ASEAN",
        "JCPOA"), else the short title."""
        bracket = re.search(r"\(([^),]+)", self.title)
        acronym = bracket.group(1).strip() if bracket else ""
        return acronym if acronym.isupper() and acronym.isalnum() else self.short_title


@dataclass
class KnowledgeBase:
    """All documents from all knowledge folders, with the glossary and what went wrong."""

    documents: dict[str, Document] = field(default_factory=dict)
    glossary: Glossary = field(default_factory=Glossary)
    problems: list[Problem] = field(default_factory=list)

    @property
    def chunks(self) -> list[Chunk]:
        return [chunk for doc in self.documents.values() for chunk in doc.chunks]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def read_bytes(path: Path, problems: list[Problem]) -> bytes | None:
    """The file's bytes, or None (with a problem recorded) when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        problems.append(Problem(path, 1, f"cannot read file: {exc.strerror or exc}"))
        return None


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text, or None (with a problem recorded) when it cannot be read as UTF-8."""
    data = read_bytes(path, problems)
    return None if data is None else decode_text(path, data, problems)


def decode_text(path: Path, data: bytes, problems: list[Problem]) -> str | None:
    """The bytes as UTF-8 text, or None (with a problem recorded) when they are not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"))
        return None
    return safe(text)  # shown to learners: no escapes or control characters from a shared file


def yaml_problem(path: Path, exc: YamlSyntaxError, line_offset: int = 0) -> Problem:
    """A YAML syntax error as a Problem pointing at the right line of the file."""
    return Problem(path, exc.line + line_offset, f"YAML syntax error: {exc.reason}")


# What `tutor kb new` writes where the author still has to write: a document holding it
# is not ready to teach from, so it is an error (the file is skipped).
PLACEHOLDER = re.compile(r"^\s*(?:[-\w]+:\s*)?-?\s*[\"']?TODO:")


def parse_document(path: Path, text: str, problems: list[Problem]) -> Document | None:
    """Parse one knowledge file; returns None when it has errors (recorded in `problems`)."""
    before = len([p for p in problems if p.severity == "error"])
    if not text.strip():
        problems.append(Problem(path, 1, "empty file"))
        return None
    lines = text.splitlines()
    if lines[0].strip() != "---":
        problems.append(Problem(path, 1, "missing front matter: the file must start with a '---' line"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problems.append(Problem(path, 1, "front matter is not closed: add a '---' line after it"))
        return None
    try:
        meta = parse_yaml("\n".join(lines[1:end]))
    except YamlSyntaxError as exc:
        problems.append(yaml_problem(path, exc, line_offset=1))
        return None
    if not isinstance(meta, dict):
        problems.append(Problem(path, 2, "front matter must be a mapping of fields (id: ..., title: ...)"))
        return None

    def field_line(name: str) -> int:
        for i in range(1, end):
            if lines[i].startswith(f"{name}:"):
                return i + 1
        return 2

    for name, kind in REQUIRED_FIELDS.items():
        if name not in meta or meta[name] in (None, "", []):
            problems.append(Problem(path, 2, f"missing required field '{name}'"))
        elif not isinstance(meta[name], kind):
            problems.append(Problem(path, field_line(name), f"field '{name}' must be a {_kind_name(kind)}"))
    for name, kind in OPTIONAL_FIELDS.items():
        if meta.get(name) is not None and not isinstance(meta[name], kind) or (kind is int and isinstance(meta.get(name), bool)):
            problems.append(Problem(path, field_line(name), f"field '{name}' must be a {_kind_name(kind)}"))
    for name in meta:
        if name not in REQUIRED_FIELDS and name not in OPTIONAL_FIELDS:
            problems.append(Problem(path, field_line(str(name)), f"unknown field '{name}'", "warning"))
    for name in ("sources", "tags", "related"):
        if isinstance(meta.get(name), list) and not all(isinstance(item, str) and item.strip() for item in meta[name]):
            problems.append(Problem(path, field_line(name), f"every entry of '{name}' must be a non-empty text"))
    doc_id = meta.get("id")
    if isinstance(doc_id, str) and not ID_PATTERN.match(doc_id):
        problems.append(Problem(path, field_line("id"), f"id '{doc_id}' must be kebab-case (lowercase letters, digits and hyphens)"))
    elif isinstance(doc_id, str) and path.stem != doc_id:
        problems.append(Problem(path, field_line("id"), f"file name should be '{doc_id}.md' to match the id", "warning"))
    topic = meta.get("topic")
    if isinstance(topic, str) and topic not in TOPICS:
        problems.append(Problem(path, field_line("topic"), f"unknown topic '{topic}'; use one of: {', '.join(TOPICS)}"))
    for offset, line in enumerate(lines):
        if PLACEHOLDER.match(line):
            problems.append(Problem(path, offset + 1, f"placeholder text left from `tutor kb new`: write this part or delete the line ({line.strip()[:50]})"))
    if len([p for p in problems if p.severity == "error"]) > before:
        return None

    doc = Document(
        id=meta["id"],
        title=meta["title"].strip(),
        topic=meta["topic"],
        sources=list(meta["sources"]),
        path=path,
        tags=list(meta.get("tags") or []),
        related=list(meta.get("related") or []),
        year=meta.get("year"),
        summary=(meta.get("summary") or "").strip(),
        replaces=meta.get("replaces"),
    )
    doc.chunks = chunk_body(doc, lines[end + 1 :], end + 2, problems)
    attach_questions(doc, meta.get("questions"), field_line("questions"), problems)
    if not doc.chunks:
        problems.append(Problem(path, end + 2, "the document has no text after its front matter"))
        return None
    return doc


def _kind_name(kind: type) -> str:
    return {str: "text", list: "list", int: "whole number", dict: "mapping"}[kind]


def attach_questions(doc: Document, questions: object, line: int, problems: list[Problem]) -> None:
    """Give each chunk the questions its section answers (front matter `questions`, a
    mapping from a heading, "Section > Subsection" for a subsection, to questions)."""
    if not isinstance(questions, dict):
        return
    sections = {chunk.section for chunk in doc.chunks}
    for heading, asked in questions.items():
        if not isinstance(asked, list) or not all(isinstance(q, str) and q.strip() for q in asked):
            problems.append(Problem(doc.path, line, f"questions for '{heading}' must be a list of non-empty texts"))
        elif heading not in sections:
            problems.append(Problem(doc.path, line, f"questions for '{heading}', which is not a section of this document", "warning"))
    for chunk in doc.chunks:
        asked = questions.get(chunk.section)
        if isinstance(asked, list):
            chunk.questions = [q for q in asked if isinstance(q, str)]


def chunk_body(doc: Document, lines: list[str], first_line: int, problems: list[Problem]) -> list[Chunk]:
    """Split the Markdown body into chunks along headings and paragraphs."""
    sections: list[tuple[str, int, list[str]]] = []  # (heading path, line, body lines)
    path: list[str] = []
    current: tuple[str, int, list[str]] = ("", first_line, [])
    for offset, line in enumerate(lines):
        match = _HEADING.match(line)
        if match:
            sections.append(current)
            level, heading = len(match.group(1)), match.group(2).strip()
            if level == 1:
                path = []
                current = ("", first_line + offset, [])
                continue
            del path[level - 2 :]
            path.append(heading)
            current = (" > ".join(path), first_line + offset, [])
        else:
            current[2].append(line)
    sections.append(current)

    chunks: list[Chunk] = []
    taken: set[str] = set()
    for heading, line, body in sections:
        paragraphs = _paragraphs(body)
        if not paragraphs:
            continue
        words = sum(len(p.split()) for p in paragraphs)
        if words > SECTION_WARNING_WORDS:
            where = f"section '{heading}'" if heading else "the text before the first section"
            problems.append(
                Problem(doc.path, line, f"{where} has {words} words; split it into sections of 60-200 words so each chunk holds one idea", "warning")
            )
        for part in _group_paragraphs(paragraphs):
            slug = re.sub(r"[^a-z0-9]+", "-", heading.casefold()).strip("-") or "intro"
            chunk_id = f"{doc.id}#{slug}"
            if chunk_id in taken:
                chunk_id += f"-{sum(1 for c in chunks if c.id.startswith(chunk_id))+1}"
            taken.add(chunk_id)
            chunks.append(Chunk(chunk_id, doc.id, doc.title, heading or "Overview", "\n\n".join(part), line, len(chunks)))
    return chunks


def _paragraphs(body: list[str]) -> list[str]:
    """Paragraphs of a section; each list item counts as a paragraph line of its block."""
    paragraphs, current = [], []
    for line in body:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def _group_paragraphs(paragraphs: list[str]) -> list[list[str]]:
    """Group paragraphs into chunks of about CHUNK_TARGET_WORDS, never splitting a paragraph."""
    groups: list[list[str]] = [[]]
    size = 0
    for paragraph in paragraphs:
        words = len(paragraph.split())
        if groups[-1] and size + words > CHUNK_TARGET_WORDS:
            groups.append([])
            size = 0
        groups[-1].append(paragraph)
        size += words
    return groups


def parse_glossary(path: Path, text: str, problems: list[Problem]) -> list[tuple[int, list[str]]]:
    """The groups of a glossary file with their line numbers; bad entries are reported and skipped."""
    try:
        data = parse_yaml(text)
    except YamlSyntaxError as exc:
        problems.append(yaml_problem(path, exc))
        return []
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        problems.append(Problem(path, 1, "a glossary must have a 'groups' list, e.g. groups: [[AU, African Union]]"))
        return []
    item_lines = [i for i, line in enumerate(text.splitlines(), 1) if re.match(r"^\s*- ", line)]
    groups = []
    for number, group in enumerate(data["groups"], 1):
        line = item_lines[number - 1] if number <= len(item_lines) else 1
        if not (isinstance(group, list) and len(group) >= 2 and all(isinstance(n, str) and n.strip() for n in group)):
            problems.append(Problem(path, line, f"glossary group {number} must be a list of at least two names"))
            continue
        groups.append((line, [n.strip() for n in group]))
    return groups


def merge_glossaries(sources: list[tuple[Path, list[tuple[int, list[str]]]]], problems: list[Problem]) -> Glossary:
    """One glossary from several files; a name in two groups is reported as a conflict."""
    owner: dict[str, tuple[int, str, Path, int]] = {}  # name -> (group number, canonical, file, line)
    merged: list[list[str]] = []
    for path, groups in sources:
        for line, group in groups:
            number = len(merged)
            keep = []
            for name in group:
                key = " ".join(name.casefold().split())
                if key in owner and owner[key][0] != number:
                    _, other, where, other_line = owner[key]
                    problems.append(Problem(path, line, f"glossary name '{name}' is already in the group of '{other}' ({where.name}:{other_line}); a name can belong to one group only"))
                    continue
                owner[key] = (number, group[0], path, line)
                keep.append(name)
            merged.append(keep)
    return Glossary([group for group in merged if len(group) >= 2])


@dataclass(frozen=True)
class Source:
    """One knowledge file as it was read: the same bytes key the cache and build the index."""

    path: Path
    data: bytes | None  # None when it could not be read (a problem says why)


@dataclass
class Sources:
    """Everything read from the knowledge folders, and what could not be read."""

    folders: list[Path]
    files: list[Source]
    problems: list[Problem]

    @property
    def size(self) -> int:
        """The number of bytes read."""
        return sum(len(source.data) for source in self.files if source.data is not None)


def folder_files(folder: Path) -> list[Path]:
    """A folder's knowledge files in load order: its `*.md` files by name, then its glossary.

    Raises OSError when the folder cannot be listed (unreadable, a symlink loop, a file).
    """
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in entries)
    return [folder / name for name in names if name.endswith(".md")] + [folder / name for name in names if name == GLOSSARY_FILE]


def knowledge_files(folders: list[Path]) -> list[Path]:
    """Every file that makes up the knowledge base, in load order; unlistable folders add none."""
    files: list[Path] = []
    for folder in folders:
        try:
            files.extend(folder_files(folder))
        except OSError:
            continue
    return files


def read_sources(folders: list[Path]) -> Sources:
    """Read every knowledge file once; a folder or file that cannot be read is a problem, not a stop.

    A missing folder is not a problem: the learner's own folder may not exist yet.
    """
    sources = Sources(list(folders), [], [])
    for folder in folders:
        try:
            paths = folder_files(folder)
        except FileNotFoundError:
            continue
        except OSError as exc:
            sources.problems.append(Problem(folder, 0, f"cannot read folder: {exc.strerror or exc}"))
            continue
        sources.files.extend(Source(path, read_bytes(path, sources.problems)) for path in paths)
    return sources


def load_knowledge(folders: list[Path]) -> KnowledgeBase:
    """Load every document and glossary from `folders`, in order of precedence."""
    return build_knowledge(read_sources(folders))


@dataclass
class ParsedFile:
    """What one knowledge file gave: a document or glossary groups (or neither), and its problems."""

    problems: list[Problem]
    document: Document | None = None
    glossary: list[tuple[int, list[str]]] | None = None


def parse_source(source: Source) -> ParsedFile:
    """Decode and parse one knowledge file on its own (so files can be parsed in any process)."""
    problems: list[Problem] = []
    text = decode_text(source.path, source.data, problems) if source.data is not None else None
    if text is None:
        return ParsedFile(problems)
    if source.path.name == GLOSSARY_FILE:
        return ParsedFile(problems, glossary=parse_glossary(source.path, text, problems))
    return ParsedFile(problems, parse_document(source.path, text, problems))


def build_knowledge(sources: Sources, parsed: Iterable[ParsedFile] | None = None) -> KnowledgeBase:
    """The knowledge base from files already read, in order of precedence.

    `parsed` is each file of `sources` parsed by `parse_source`, in order, when that was
    done elsewhere (in worker processes). A later folder may replace an earlier document
    only when it says `replaces: ID`; otherwise a clash of ids is an error and the later
    file is skipped.
    """
    kb = KnowledgeBase(problems=list(sources.problems))
    glossaries: list[tuple[Path, list[tuple[int, list[str]]]]] = []
    for source, result in zip(sources.files, map(parse_source, sources.files) if parsed is None else parsed):
        path = source.path
        kb.problems.extend(result.problems)
        if result.glossary is not None:
            glossaries.append((path, result.glossary))
            continue
        doc = result.document
        if doc is None:
            continue
        if doc.replaces:
            if doc.replaces not in kb.documents:
                kb.problems.append(Problem(path, 1, f"replaces '{doc.replaces}', which no earlier folder has", "warning"))
            kb.documents.pop(doc.replaces, None)
        if doc.id in kb.documents:
            first = kb.documents[doc.id].path
            kb.problems.append(Problem(path, 1, f"duplicate id '{doc.id}' (already in {first}); add 'replaces: {doc.id}' to replace it on purpose"))
            continue
        kb.documents[doc.id] = doc
    kb.glossary = merge_glossaries(glossaries, kb.problems)
    for doc in kb.documents.values():
        for target in doc.related:
            if target not in kb.documents:
                kb.problems.append(Problem(doc.path, 1, f"related id '{target}' does not match any document", "warning"))
    return kb
