"""The closed vocabularies of answering: the kinds of question and of resolution.

The intents are the ones `dialogues/intents.yaml` declares patterns for (the code has
behaviour for each of them); a reply adds two of its own. A leaf module.
"""

from __future__ import annotations

from typing import Literal

# What a question asks for, as `dialogues/intents.yaml` names it.
Intent = Literal[
    "greeting", "thanks", "capabilities", "help",  # social: answered from templates alone
    "more", "comparison", "example", "who", "when", "where", "duration", "quantity", "why", "list", "role", "how", "definition",
]
# The replies of the chat's teaching moves (`tutor.teaching`): a quiz question, a graded
# answer, lesson suggestions and a corrected misconception.
TeachingKind = Literal["quiz", "graded", "lessons", "correction"]
# What a reply was: an intent, a teaching move, a slash command, or an empty question.
ReplyKind = Literal[Intent, TeachingKind, "command", "empty"]
# How a question is answered (see `tutor.answering.resolution.resolver.Resolver.resolve`).
ResolutionKind = Literal["answer", "comparison", "out_of_scope", "more_done", "no_topic"]
