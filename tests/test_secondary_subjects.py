"""Subjects that a document names beside its own (an organ, an office, an earlier body, a
component treaty) are defined in a sentence of their own, so that "what is X?" opens with
X and not with the document's main subject (issue #10, part 3; review12 found "what was
GATT" answered with the WTO, "what is a foreign ministry" with the foreign minister).

The questions were written for this test, in a learner's words, and are not the ones in
the knowledge's front matter. The first test allows two misses in fifteen, so that one
edit of the knowledge elsewhere cannot flip it; the others check the defects review12
listed by name."""

import re

from tutor.answering.evaluation import answer_words, first_sentence
from tutor.answering.session import Session

# The question, the names the opening sentence may start with (after "The", "A", "An"),
# and a fact that sentence must give about the subject.
SECONDARY_SUBJECTS = [
    ("what was the GATT?", ["GATT", "General Agreement on Tariffs and Trade"], "1947"),
    ("what is a foreign ministry", ["foreign ministry"], "department"),
    ("what's a permanent mission", ["permanent mission"], "international organisation"),
    ("what was the ABM treaty", ["ABM Treaty", "Anti-Ballistic Missile Treaty"], "ballistic missile"),
    ("who is the EU high representative", ["EU High Representative", "High Representative"], "Kaja Kallas"),
    ("what came before the African Union", ["African Union was launched", "Organisation of African Unity", "OAU"], "Organisation of African Unity"),
    ("what does the UN General Assembly do", ["UN General Assembly", "General Assembly", "In the UN General Assembly"], "resolutions"),
    ("what is the AU Commission", ["AU Commission", "African Union Commission"], "secretariat"),
    ("what is ECOSOC", ["Economic and Social Council", "ECOSOC"], "54"),
    ("what is the IAEA", ["International Atomic Energy Agency", "IAEA"], "Vienna"),
    ("what was the CSCE", ["CSCE", "Conference on Security and Co-operation in Europe"], "OSCE"),
    ("what was the Treaty of Rome", ["Treaty of Rome"], "European Economic Community"),
    ("what is the council of the european union", ["Council of the European Union", "Council of the EU"], "ministers"),
    ("what is the PLO", ["PLO", "Palestine Liberation Organization"], "1964"),
    ("what is snapback", ["Snapback"], "sanctions"),
]
ALLOWED_MISSES = 2
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def opening(tutor, question: str) -> str:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return first_sentence(reply.answer, tutor.templates)


def opens_with(sentence: str, names: list[str]) -> bool:
    start = ARTICLE.sub("", sentence.strip()).casefold()
    return any(start.startswith(ARTICLE.sub("", name).casefold()) for name in names)


def test_a_secondary_subject_is_answered_by_a_sentence_defining_it(tutor):
    misses = []
    for question, names, fact in SECONDARY_SUBJECTS:
        sentence = opening(tutor, question)
        if not (opens_with(sentence, names) and fact.casefold() in sentence.casefold()):
            misses.append((question, sentence))
    assert len(misses) <= ALLOWED_MISSES, misses


def test_the_three_pillars_of_the_npt_end_with_the_third_pillar(tutor):
    answer = Session(tutor).respond("what are the three pillars of the NPT").answer.split("\n\n")[0]
    items = [line for line in answer.splitlines() if line.startswith("- ")]
    assert len(items) == 3, answer
    assert items[-1].startswith("- Peaceful uses"), answer
    assert "North Korea" not in answer


def test_an_enumerated_role_does_not_open_with_its_ordinal(tutor):
    for question in ("what does a foreign minister do", "what is credentials", "what are letters of credence"):
        sentence = opening(tutor, question)
        assert not re.match(r"(?:First|Second|Third|Fourth|Finally|In the (?:first|second) step)\b", sentence), (question, sentence)


def test_the_helsinki_baskets_are_answered_whole_within_120_words(tutor):
    reply = Session(tutor).respond("what are the Helsinki baskets")
    for basket in ("Basket I ", "Basket II ", "Basket III "):
        assert basket in reply.answer
    assert answer_words(reply.answer, tutor.templates) <= 120
