"""Deciding how to answer a question: which document, which passages, about which topic.

`Resolver.resolve` (`resolver.py`) looks at the question (its kind, whether it points back
with "it" or "and ...?"), the conversation's current subject (`State`) and the search
results, and returns a `Resolution`: the passages to answer from, or the decision that the
question is out of scope. It changes nothing, so a question can be tried out before it is
asked. Each kind of decision has a module of its own:

- `subject_choice`: whether a follow-up keeps the conversation's subject or names its own;
- `about_subject`: a follow-up answered from the subject ("why does it matter?");
- `ellipsis`: "and X?", the last question asked again of X;
- `which_one`: "which one ...?", "the other one", "which came first?", among the things in view,
  and "the one from 1963", another of the kind the last question asked about;
- `last_answer`: what the last answer named ("he", "when was that signed?");
- `comparisons`: "the difference between X and Y";
- `standalone`: a question on its own, or out of scope;
- `passages`: the answering document and the sentence within it, from search results;
- `vocabulary`: the word sets all of them read questions with.
"""

from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.resolver import Resolver
from tutor.answering.resolution.state import State

__all__ = ["Resolution", "Resolver", "State"]
