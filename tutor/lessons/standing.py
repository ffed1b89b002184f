"""The learner's standing as data and as text: what `tutor progress` prints and the app shows.

Concepts by mastery, what is due for review, what was missed and the lesson to take next,
all read from the one learner model (`tutor.lessons.learner`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tutor.lessons.catalogue import lesson_status
from tutor.lessons.learner import LearnerModel, QuestionRef
from tutor.lessons.schedule import ReviewSchedule, describe_due

LISTED = 5  # due and missed questions listed by name; the rest are counted


def standing(model: LearnerModel, now: datetime | None = None) -> dict[str, Any]:
    """Everything `tutor progress --json` writes, as one JSON-able mapping."""
    nxt = model.next_lesson()
    return {
        "concepts": [
            {"id": c.id, "title": c.title, "mastery": round(c.mastery, 3), "level": c.level, "answered": c.answered, "questions": len(c.questions)}
            for c in model.by_mastery()
        ],
        "due": [_question(ref) for ref in model.due(now)],
        "next_due": _iso(ReviewSchedule(model.store).next_due(now)),
        "missed": [_question(ref) | {"explanation": ref.question.explanation.strip()} for ref in model.missed()],
        "next_lesson": {"id": nxt.id, "title": nxt.title, "status": lesson_status(nxt, model.store)["status"]} if nxt else None,
    }


def standing_text(data: dict[str, Any], now: datetime | None = None) -> str:
    """The standing as plain text with short lines (the caller wraps it)."""
    lines = ["What you know, weakest first:"]
    started = [c for c in data["concepts"] if c["answered"]]
    for concept in started:
        lines.append(f"  {round(concept['mastery'] * 100):>3}%  {concept['title']} ({concept['level']}; {concept['answered']} of {concept['questions']} questions tried)")
    if not started:
        lines.append("  Nothing yet: take a lesson or ask me to quiz you.")
    untried = [c["title"] for c in data["concepts"] if not c["answered"]]
    if untried:
        lines.append(f"  Not started: {', '.join(untried)}.")
    lines.append("")
    due = data["due"]
    if due:
        lines.append(f"Due for review now ({len(due)}; run tutor review):")
        lines.extend(f"  - {item['prompt']}" for item in due[:LISTED])
        if len(due) > LISTED:
            lines.append(f"  ... and {len(due) - LISTED} more.")
    elif data["next_due"]:
        lines.append(f"Nothing is due for review; the next review is {describe_due(datetime.fromisoformat(data['next_due']), now)}.")
    else:
        lines.append("Nothing is due for review, and nothing is scheduled yet.")
    missed = data["missed"]
    if missed:
        lines.append("")
        lines.append("Missed last time:")
        for item in missed[:LISTED]:
            lines.append(f"  - {item['prompt']} Answer: {item['explanation']}" if item["explanation"] else f"  - {item['prompt']}")
        if len(missed) > LISTED:
            lines.append(f"  ... and {len(missed) - LISTED} more.")
    nxt = data["next_lesson"]
    lines.append("")
    if nxt:
        verb = "Go on with" if nxt["status"] == "in progress" else "Next lesson:"
        lines.append(f"{verb} {nxt['title']} (tutor lesson {nxt['id']}).")
    else:
        lines.append("There are no lessons to suggest.")
    return "\n".join(lines)


def _question(ref: QuestionRef) -> dict[str, Any]:
    return {"lesson": ref.lesson.id, "question": ref.question.id, "prompt": ref.question.prompt, "concept": ref.concept}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
