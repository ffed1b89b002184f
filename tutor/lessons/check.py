"""`tutor lesson --check`: everything that can be wrong with the lessons, by file and line.

Beyond the schema (checked while loading), this checks what needs the whole catalogue or
the knowledge base: prerequisites that name real lessons and do not go round in a circle,
knowledge references that resolve to a document section, model answers that pass their
own question (and trip no misconception), that each free-text idea, once the tutor states
it, is accepted when said back, and that every lesson can be completed both by a learner
who knows every answer and by one who gives up on every question. It warns about accept
phrasings of one generic word (a word most knowledge documents use), which cannot show
that the learner has the idea, and about phrasings of several words that are read as one
word of the question or its model answer ("make treaties" is read as "treaties"), which
every answer on the topic says.

Multiple-choice questions must not give their answer away by their form: it warns when the
right option is much longer than every distractor, when over a folder of lessons the right
option is the longest in too many questions, and when only the right option repeats a
content word of the prompt (a "clang" cue).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tutor.lessons.catalogue import Catalogue, LessonRun, find_section
from tutor.lessons.grading import NEGATIONS, tokens
from tutor.lessons.model import Explain, FreeText, Lesson, MultipleChoice
from tutor.lessons.progress import ProgressStore
from tutor.search.knowledge import KnowledgeBase, Problem
from tutor.search.text import split_words
from tutor.search.vocabulary import vocabulary_of
from tutor.tuning import LENGTH_CUE_RATIO, LONGEST_RIGHT_SHARE


def check_catalogue(catalogue: Catalogue, kb: KnowledgeBase) -> list[Problem]:
    """All problems: those found while loading, then catalogue and knowledge checks."""
    problems = list(catalogue.problems)
    for lesson in catalogue:
        problems.extend(check_prerequisites(lesson, catalogue))
        problems.extend(check_references(lesson, kb))
        problems.extend(check_answers(lesson))
        problems.extend(check_phrasings(lesson, kb))
        problems.extend(check_choice_cues(lesson))
    problems.extend(check_cycles(catalogue))
    problems.extend(check_longest_share(catalogue))
    for lesson in catalogue:
        if not any(p.path == lesson.path and p.severity == "error" for p in problems):
            problems.extend(check_completable(lesson, catalogue, kb))
    return problems


def check_prerequisites(lesson: Lesson, catalogue: Catalogue) -> list[Problem]:
    line = lesson.lines.get("prerequisites", lesson.line)
    problems = []
    for prerequisite in lesson.prerequisites:
        if prerequisite == lesson.id:
            problems.append(Problem(lesson.path, line, f"lesson '{lesson.id}' lists itself as a prerequisite"))
        elif catalogue.get(prerequisite) is None:
            problems.append(Problem(lesson.path, line, f"prerequisite '{prerequisite}' is not a lesson id"))
    return problems


def check_cycles(catalogue: Catalogue) -> list[Problem]:
    """Prerequisites that lead back to the lesson itself (reported once per circle)."""
    problems: list[Problem] = []
    reported: set[frozenset[str]] = set()

    def visit(lesson_id: str, path: list[str]) -> None:
        lesson = catalogue.get(lesson_id)
        if lesson is None:
            return
        for prerequisite in lesson.prerequisites:
            if prerequisite == lesson_id:
                continue
            if prerequisite in path:
                circle = path[path.index(prerequisite) :] + [lesson_id]
                if frozenset(circle) not in reported:
                    reported.add(frozenset(circle))
                    first = catalogue.get(prerequisite)
                    assert first is not None
                    chain = " -> ".join(circle + [prerequisite])
                    problems.append(Problem(first.path, first.lines.get("prerequisites", first.line), f"prerequisites go round in a circle: {chain}"))
                continue
            visit(prerequisite, path + [lesson_id])

    for lesson in catalogue:
        visit(lesson.id, [])
    return problems


def check_references(lesson: Lesson, kb: KnowledgeBase) -> list[Problem]:
    problems = []
    for step in lesson.steps:
        if not isinstance(step, Explain):
            continue
        for ref in step.knowledge:
            doc = kb.documents.get(ref.doc)
            if doc is None:
                problems.append(Problem(lesson.path, ref.line or step.line, f"knowledge reference '{ref}': no knowledge document has the id '{ref.doc}'"))
            elif not find_section(kb, ref):
                sections = ", ".join(dict.fromkeys(c.section for c in doc.chunks))
                problems.append(Problem(lesson.path, ref.line or step.line, f"knowledge reference '{ref}': '{ref.doc}' has no section '{ref.section}' (its sections: {sections})"))
    return problems


def check_answers(lesson: Lesson) -> list[Problem]:
    """Each question's own accepted answer must pass it; model answers must trip no misconception."""
    problems = []
    for question in lesson.questions:
        verdict = question.grade(question.accepted_answer())
        if verdict.correct:
            continue
        if isinstance(question, FreeText):
            if verdict.misconception:
                problems.append(Problem(lesson.path, question.line, f"question '{question.id}': the model answer matches a misconception ({verdict.text})"))
            else:
                missing = [e.id for e in question.missing(verdict.covered)]
                problems.append(Problem(lesson.path, question.line, f"question '{question.id}': the model answer does not cover expectation(s) {', '.join(missing)}"))
        else:
            problems.append(Problem(lesson.path, question.line, f"question '{question.id}': its own answer '{question.accepted_answer()}' is not accepted"))
    return problems


def check_phrasings(lesson: Lesson, kb: KnowledgeBase) -> list[Problem]:
    """Each stated idea passes when said back; warn about accept phrasings of one generic word."""
    problems = []
    vocabulary = vocabulary_of(kb)
    for question in lesson.questions:
        if not isinstance(question, FreeText):
            continue
        for e in question.expectations:
            others = tuple(x.id for x in question.expectations if x.id != e.id)
            said_back = e.moves()[-1]
            if not question.grade(said_back, others).correct:
                problems.append(Problem(lesson.path, e.line, f"question '{question.id}': the idea '{e.idea}' is not accepted when said back ({said_back})"))
            for phrasing in e.accept:
                words = tokens(phrasing)
                if len(words) == 1 and vocabulary.is_generic(words[0].stem):
                    share = vocabulary.share(words[0].stem)
                    problems.append(Problem(lesson.path, e.line, f"question '{question.id}', expectation '{e.id}': '{phrasing}' is one generic word ({share:.0%} of the knowledge documents use it); say more of the idea", "warning"))
        phrasings = [(e.line, f"expectation '{e.id}'", p) for e in question.expectations for p in e.phrasings()]
        phrasings += [(m.line, "a misconception", p) for m in question.misconceptions for p in m.match]
        on_topic = {t.stem for t in tokens(f"{question.prompt} {question.answer}")}
        for line, where, phrasing in phrasings:
            read = read_as_one_word(phrasing)
            if read and _stem_of(read) in on_topic:
                problems.append(Problem(lesson.path, line, f"question '{question.id}', {where}: '{phrasing}' is read as the one word '{read}', which the question itself uses (the others are filler); say more of the idea", "warning"))
    return problems


def check_choice_cues(lesson: Lesson) -> list[Problem]:
    """Warn about a right option that stands out by its length or by echoing the prompt."""
    problems = []
    for question in lesson.questions:
        if not isinstance(question, MultipleChoice) or len(question.options) < 2:
            continue
        right, others = _right_and_distractors(question)
        longest = max(1, *(len(text) for text in others))
        if len(right) > LENGTH_CUE_RATIO * longest:
            problems.append(Problem(lesson.path, question.line, f"question '{question.id}': the right option is {len(right) / longest:.1f} times as long as any distractor (a length cue)", "warning"))
        prompt = {t.stem: t.word for t in tokens(question.prompt)}
        echoed = [prompt[stem] for stem in dict.fromkeys(t.stem for t in tokens(right)) if stem in prompt]
        if echoed and not any(t.stem in prompt for text in others for t in tokens(text)):
            words = ", ".join(f"'{word}'" for word in echoed)
            problems.append(Problem(lesson.path, question.line, f"question '{question.id}': only the right option repeats the prompt's {words} (a wording cue)", "warning"))
    return problems


def check_longest_share(catalogue: Catalogue) -> list[Problem]:
    """Warn, per folder of lessons, when the right option is the longest in too many questions."""
    counts: dict[Path, list[int]] = defaultdict(lambda: [0, 0])  # folder -> [right option longest, questions]
    for lesson in catalogue:
        for question in lesson.questions:
            if isinstance(question, MultipleChoice) and len(question.options) > 1:
                right, others = _right_and_distractors(question)
                counts[lesson.path.parent][0] += len(right) > max(len(text) for text in others)
                counts[lesson.path.parent][1] += 1
    return [
        Problem(folder, 0, f"the right option is the longest in {longest} of {total} multiple-choice questions ({longest / total:.0%}; keep it under {LONGEST_RIGHT_SHARE:.0%})", "warning")
        for folder, (longest, total) in counts.items()
        if longest > LONGEST_RIGHT_SHARE * total
    ]


def _right_and_distractors(question: MultipleChoice) -> tuple[str, list[str]]:
    texts = [" ".join(option.text.split()) for option in question.options]
    return texts[question.answer], texts[: question.answer] + texts[question.answer + 1 :]


def read_as_one_word(phrasing: str) -> str:
    """The one word a phrasing of several words is read as ("make treaties" -> "treaties"), or "".

    A denied word is a claim of its own: "not locked up" says that the diplomat is not locked.
    """
    words = [w.folded for w in split_words(phrasing) if w.folded not in NEGATIONS]
    read = tokens(phrasing)
    return read[0].word if len(words) > 1 and len(read) == 1 and not read[0].negated else ""


def check_completable(lesson: Lesson, catalogue: Catalogue, kb: KnowledgeBase) -> list[Problem]:
    """Run the lesson twice in memory: knowing every answer, and giving up on every question."""
    problems = []
    for mode in ("answers", "gives up"):
        run = LessonRun(lesson, ProgressStore.memory(), catalogue, knowledge=kb)
        events = run.start()
        for _ in range(10 * len(lesson.steps) + 10):
            if run.finished:
                break
            question = run.current_question
            if question is None:
                break
            events = run.answer(question.accepted_answer()) if mode == "answers" else run.skip()
        summary = events[-1] if events else None
        if summary is None or summary.type != "summary" or not run.finished:
            problems.append(Problem(lesson.path, lesson.line, f"lesson '{lesson.id}' cannot be completed by a learner who {mode}"))
        elif mode == "answers" and summary["score"] != summary["total"]:
            problems.append(Problem(lesson.path, lesson.line, f"lesson '{lesson.id}' scores {summary['score']}/{summary['total']} for a learner who knows every answer"))
    return problems


def _stem_of(word: str) -> str:
    return tokens(word)[0].stem
