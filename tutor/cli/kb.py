"""`tutor kb ...`: look after the knowledge base, in the spirit of a good linter.

    tutor kb paths                    the knowledge folders, in order of precedence
    tutor kb check                    validate every file (file:line: message; exit 1 on errors)
    tutor kb new "Title" [--to DIR]   write a document skeleton and print its path
    tutor kb add FILE... [--force]    check files and copy the valid ones into your folder
    tutor kb stats                    documents, chunks, vocabulary, topics, glossary
    tutor kb search "QUERY"           the best passages with scores and the terms that matched
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tutor.cli.common import UsageError, knowledge_options, load_tutor
from tutor.cli.terminal import json_line
from tutor.files.atomic import write_atomic
from tutor.files.paths import SHIPPED_KNOWLEDGE, env_knowledge_dirs, knowledge_folders, user_cache_dir, user_data_dir, user_knowledge_dir
from tutor.search.knowledge import TOPIC_TITLES, TOPICS, Problem, load_knowledge, parse_document, read_text
from tutor.search.text import clean_user_text, fold

SKELETON = """---
id: {id}
title: {title}
topic: {topic}
tags: []
related: []
sources:
  - "TODO: where the facts come from, e.g. the treaty text with its date"
summary: "TODO: one sentence saying what {title} is."
---
# {title}

## Overview
TODO: start with a sentence that defines the subject ("{title} is ..."); a "what is"
question gets this sentence first.

## Background
TODO: one idea per section, 60 to 200 words. Name the subject again at the start of a section.

## Why it matters
TODO: headings such as "Who took part", "What was agreed" and "Why it matters" help the
tutor find the section that answers a question.
"""


def add_commands(subparsers: Any) -> None:
    """Register `kb` and its sub-commands on the `tutor` command's sub-parsers."""
    kb = subparsers.add_parser("kb", help="check, extend and inspect the knowledge base", description=__doc__.split("\n\n")[0])
    # Its own dest: the actions' --knowledge defaults would otherwise overwrite what was given here.
    kb.add_argument("--knowledge", dest="kb_knowledge", action="append", type=Path, default=[], metavar="DIR", help="add a folder of knowledge files (repeatable)")
    actions = kb.add_subparsers(dest="kb_command", metavar="ACTION", parser_class=type(kb))
    actions.required = True
    actions.add_parser("paths", help="show where knowledge is read from, in order of precedence")
    check = actions.add_parser("check", help="validate every knowledge file and lesson reference; exit 1 on errors")
    check.add_argument("--knowledge", action="append", type=Path, default=[], metavar="DIR", help="also check this folder (repeatable)")
    new = actions.add_parser("new", help="write a well-formed document skeleton and print its path")
    new.add_argument("title", help="the document's title")
    new.add_argument("--to", type=Path, metavar="DIR", help="write into DIR instead of your knowledge folder")
    new.add_argument("--topic", default="basics", help="the topic (see docs/authoring.md); default basics")
    add = actions.add_parser("add", help="check files and copy the valid ones into your knowledge folder")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--force", action="store_true", help="replace a file of the same name (the old one is kept as .bak)")
    add.add_argument("--to", type=Path, metavar="DIR", help="copy into DIR instead of your knowledge folder")
    actions.add_parser("stats", help="documents, chunks, vocabulary, documents per topic, glossary size")
    search = actions.add_parser("search", help="the best passages for a query, with scores and matched terms")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    search.add_argument("--json", action="store_true", help="write the result as JSON")
    search.add_argument("--knowledge", action="append", type=Path, default=[], metavar="DIR", help="add a folder of knowledge files (repeatable)")


def run(args: argparse.Namespace) -> int | None:
    """Run a `kb` action; None when the command is not `kb`."""
    if args.command != "kb":
        return None
    return {"paths": kb_paths, "check": kb_check, "new": kb_new, "add": kb_add, "stats": kb_stats, "search": kb_search}[args.kb_command](args)


def _folders(args: argparse.Namespace) -> list[Path]:

    return knowledge_folders(knowledge_options(args))


def kb_paths(args: argparse.Namespace) -> int:

    rows = [("shipped", SHIPPED_KNOWLEDGE), ("yours", user_knowledge_dir())]
    rows += [("TUTOR_KNOWLEDGE", folder) for folder in env_knowledge_dirs()]
    rows += [("--knowledge", folder) for folder in knowledge_options(args)]
    print("Knowledge is read from these folders, in this order (later ones add to earlier ones):")
    for number, (origin, folder) in enumerate(rows, 1):
        if folder.is_dir():
            state = f"{len(list(folder.glob('*.md')))} documents"
        else:
            state = "not created yet" if origin == "yours" else "missing"
        print(f"  {number}. {origin:<16} {folder}  ({state})")
    print(f"Your data folder: {user_data_dir()}")
    print(f"Index cache:      {user_cache_dir()}")
    return 0


def kb_check(args: argparse.Namespace) -> int:
    # Imported when used: lesson files are YAML, and the YAML parser is kept off `tutor ask`'s path.
    from tutor.lessons.catalogue import LESSONS_DIR, load_catalogue
    from tutor.lessons.check import check_references

    folders = _folders(args)
    kb = load_knowledge(folders)
    problems = list(kb.problems)
    catalogue = load_catalogue([LESSONS_DIR])
    for lesson in catalogue:
        problems.extend(check_references(lesson, kb))
    for problem in problems:
        print(problem)
    errors = sum(1 for p in problems if p.severity == "error")
    files = sum(len(list(folder.glob("*.md"))) for folder in folders)
    print(f"{files} files in {len(folders)} folders, {len(kb.documents)} documents loaded: {errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


def slug(title: str) -> str:
    """A kebab-case id from a title ("Treaty of Rome (1957)" -> "treaty-of-rome-1957")."""

    return re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:80].strip("-")


def _destination_folder(args: argparse.Namespace) -> Path:

    return args.to if args.to is not None else user_knowledge_dir()


def kb_new(args: argparse.Namespace) -> int:

    title = clean_user_text(args.title, 120)
    doc_id = slug(title)
    if not doc_id:
        raise UsageError("the title needs at least one letter or digit")
    if args.topic not in TOPICS:
        raise UsageError(f"unknown topic '{args.topic}'; use one of: {', '.join(TOPICS)}")
    path = _destination_folder(args) / f"{doc_id}.md"
    if path.exists():
        raise UsageError(f"{path} already exists; choose another title or edit that file")
    failure = write_file(path, SKELETON.format(id=doc_id, title=title.replace(":", " -"), topic=args.topic))
    if failure:
        print(f"tutor kb new: error: {failure}", file=sys.stderr)
        return 1
    print(path)
    return 0


def write_file(path: Path, text: str, backup: bool = False) -> str | None:
    """Write a file into the learner's folder; None, or why it could not be written, in a line
    (the data folder may be a file, read-only or full)."""
    try:
        write_atomic(path, text, backup=backup)
    except OSError as exc:
        where = exc.filename or path
        return f"cannot write {path}: {exc.strerror or exc}" + (f" ({where})" if str(where) != str(path) else "")
    return None


def kb_add(args: argparse.Namespace) -> int:
    """Copy valid files into the user's folder; report every problem of the others."""

    folder = _destination_folder(args)
    existing = load_knowledge(_folders(args) + ([folder] if args.to is not None and folder.is_dir() else []))
    failed = 0
    for source in args.files:
        problems: list[Problem] = []
        if source.suffix != ".md":
            problems.append(Problem(source, 1, "only Markdown files (.md) can be added"))
        elif not source.is_file():
            problems.append(Problem(source, 1, "no such file"))
        text = read_text(source, problems) if not problems else None
        doc = parse_document(source, text, problems) if text is not None else None
        problems = [p for p in problems if not p.message.startswith("file name should be")]  # it is renamed
        target = folder / f"{doc.id}.md" if doc is not None else None
        if doc is not None and target is not None:
            if target.resolve().parent != folder.resolve():
                problems.append(Problem(source, 1, f"the id '{doc.id}' would place the file outside {folder}"))
            clash = existing.documents.get(doc.id)
            if clash is not None and clash.path.resolve() != target.resolve() and doc.replaces != doc.id:
                problems.append(Problem(source, 1, f"id '{doc.id}' is already used by {clash.path}; add 'replaces: {doc.id}' to replace it on purpose"))
            if target.exists() and not args.force:
                problems.append(Problem(source, 1, f"{target} already exists; use --force to replace it (the old file is kept as .bak)"))
            for related in doc.related:
                if related not in existing.documents:
                    problems.append(Problem(source, 1, f"related id '{related}' does not match any document", "warning"))
        for problem in problems:
            print(problem, file=sys.stderr)
        if doc is None or any(p.severity == "error" for p in problems):
            failed += 1
            print(f"not added: {source}", file=sys.stderr)
            continue
        assert target is not None and text is not None
        failure = write_file(target, text, backup=True)
        if failure:
            failed += 1
            print(f"{source}: error: {failure}\nnot added: {source}", file=sys.stderr)
            continue
        print(f"added: {target}")
    return 1 if failed else 0


def kb_stats(args: argparse.Namespace) -> int:

    retriever = load_tutor(args).retriever
    documents = retriever.documents
    per_topic = Counter(doc.topic for doc in documents.values())
    words = sum(len(chunk.text.split()) for chunk in retriever.chunks)
    names = sum(len(group) for group in retriever.kb.glossary.groups)
    print(f"documents:  {len(documents)}")
    print(f"chunks:     {len(retriever.chunks)} (median {_median([len(c.text.split()) for c in retriever.chunks])} words)")
    print(f"words:      {words}")
    print(f"vocabulary: {len(retriever.index.terms)} index terms")
    print(f"dated:      {sum(1 for doc in documents.values() if doc.year)} documents with a year")
    print(f"glossary:   {len(retriever.kb.glossary.groups)} groups, {names} names")
    print("documents per topic:")
    for topic, count in per_topic.most_common():
        print(f"  {TOPIC_TITLES.get(topic, topic):<28} {count}")
    return 0


def _median(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0


def kb_search(args: argparse.Namespace) -> int:
    """The passages a query retrieves, why, and whether the tutor would answer at all."""
    # Imported here, not at the top: `tutor ask` starts faster without it (two dataclasses).
    from tutor.search.evidence import gather_evidence

    evidence = gather_evidence(load_tutor(args).retriever, args.query, k=max(1, args.k))
    if args.json:
        print(json_line({**asdict(evidence), "decision": evidence.decision()}))
        return 0
    if evidence.typos:
        print(f"read as: {evidence.read_as}")
    print(f"terms: {' '.join(evidence.terms) or '(none)'}")
    for number, passage in enumerate(evidence.passages, 1):
        print(f"{number}. {passage.score:7.3f}  {passage.title} › {passage.section}  [{passage.chunk_id}]")
        print(f"            matched: {', '.join(passage.matched) or '-'}")
    print(f"decision: {evidence.decision()}")
    return 0
