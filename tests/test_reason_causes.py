""""Why" questions asking what caused something or what it was for (branch reason16): what
the question asks, which document and section give the reason, and which sentence says it.
Each mechanism is tested with questions phrased otherwise than the development set's; the
branch's 30 probes are measured in test_reason_probes.py (data/reason_probes16).
"""

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def first_sentence(answer: str) -> str:
    return (split_sentences(answer.split("\n\n")[0]) or [""])[0]


def test_words_that_only_start_the_learner_talking_keep_a_why(tutor):
    """"so like why ...", "um why ...", "like why ...", "ok wait, why ...": still a "why?"."""
    for question in ("so like why do diplomats get immunity", "um why did the league of nations fail", "like why did america quit the jcpoa", "ok wait, why did the inf treaty end", "hmm why was nato created"):
        assert tutor.intents.understand(question).intent == "why", question


def test_sounds_of_hesitation_are_no_words_of_the_question(tutor):
    """"hmm why did the united states stay out of the league" was declined: "hmm" counted as a
    word the knowledge base lacks."""
    reply = Session(tutor).respond("hmm why did the united states stay out of the league")
    assert not reply.out_of_scope
    assert "Senate" in reply.answer


def test_calling_something_a_mistake_is_the_learners_verdict(tutor):
    """"Why does everyone say Munich was such a huge mistake?" was declined: "huge" and
    "mistake" say how the learner sees the subject, as "disaster" does, not what it is."""
    reply = Session(tutor).respond("why does everyone say munich 1938 was such a huge mistake lol")
    assert not reply.out_of_scope
    assert reply.sources[0].id == "munich-agreement"


def test_what_brought_something_about_is_asked_as_a_why(tutor):
    """"What made the US leave ...?", "what was behind ...?", "reason the US left ...?"; not
    "what made X different from Y?", a comparison."""
    for question in ("what made the us leave the jcpoa", "what was behind the iran hostage crisis", "reason the us left the inf treaty?"):
        assert tutor.intents.understand(question).intent == "why", question
    assert tutor.intents.understand("what made track two different from track one").intent == "comparison"


def test_the_words_asking_for_a_reason_are_no_part_of_what_is_asked(tutor):
    """"i dont understand why ...", "cuban missile crisis causes", "what explains ...", "for
    what purpose ...": read as the "why?" they ask, so that "understand", "causes" ("could
    cause a catastrophe"), "explains" or "purpose" find no section of their own; not "...
    for diplomatic reasons", where the reasons are part of what is asked."""

    def read(question: str) -> str:
        return Session(tutor).read(question)[0]

    assert read("i dont understand why countries use sanctions") == "why countries use sanctions"
    assert read("cuban missile crisis causes") == "why cuban missile crisis"
    assert read("what explains the failure of the oslo accords") == "why the failure of the oslo accords"
    assert read("for what purpose was the un created") == "why was the un created"
    assert "reasons" in read("what's an example of a country being hit with sanctions for diplomatic reasons")
    reply = Session(tutor).respond("cuban missile crisis causes")
    assert reply.sources[0].section.startswith("Background")


def test_puzzlement_over_a_reason_is_read_within_its_own_sentence(tutor):
    """"what does ratification actually mean? my lecturer keeps saying ... and i don't get
    why" was read as a bare "why" and declined: the puzzlement ends the message, with no
    reason after it to ask, and the question before it is no part of that sentence."""
    message = "what does ratification actually mean? my lecturer keeps saying signing a treaty isn't the same as ratifying it and i don't get why"
    assert Session(tutor).read(message)[0].startswith("what does ratification")
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope
    assert "consent to be bound" in first_sentence(reply.answer)
    assert Session(tutor).read("ok. i still dont get why the league failed")[0] == "ok. why the league failed"


def test_how_come_is_searched_without_come(tutor):
    reply = Session(tutor).respond("how come the G20 was set up")
    assert "come" not in reply.answer.split("\n\n")[0].lower().split()
    assert "Asian financial crisis" in first_sentence(reply.answer)


def test_why_something_was_held_is_not_answered_by_why_it_matters(tutor):
    """Naming nothing but its subject, a "why?" asking what caused something is answered by
    the sentence saying what it was for ("held ... to reorganise Europe after the ...
    Napoleonic Wars"), not by the section "Why it matters for diplomacy"."""
    reply = Session(tutor).respond("so why did the congress of vienna take place?")
    assert "Napoleonic" in first_sentence(reply.answer)
    assert reply.sources[0].section != "Why it matters for diplomacy"


def test_a_heading_on_where_something_came_from_answers_what_caused_it(tutor):
    """"Origins of the veto" suits a "why?" asking what caused the veto, not the section on
    criticism whose heading says why the Council is criticised."""
    reply = Session(tutor).respond("how come the five permanent members got a veto")
    assert reply.sources[0].section == "Origins of the veto"
    assert "Second World War" in reply.answer


def test_a_document_giving_no_reason_gives_way_to_one_that_does(tutor):
    """Bilateral diplomacy tells of Nixon's visit to China as an example of a state visit and
    gives no reason for it; since know27 the visit's own document, which opens its reasons
    with what he sought, answers (back-channel diplomacy did before)."""
    reply = Session(tutor).respond("why did nixon visit china in 1972")
    assert reply.sources[0].id == "nixon-visit-to-china"
    assert "Soviet Union" in first_sentence(reply.answer)


def test_a_heading_saying_why_something_began_gives_a_reason(tutor):
    """"When and why the G20 began" gives the reason the summit document lacks."""
    reply = Session(tutor).respond("like why did the g20 start in the first place")
    assert reply.sources[0].id == "g7-and-g20"
    assert "Asian financial crisis" in first_sentence(reply.answer)


def test_the_aim_of_something_explains_it(tutor):
    """"The aim of X was ..." explains X, named after the cue; "created ... after ...", "held
    ... to ..." explain what was founded, named before it."""
    reader = tutor.composer.reader
    assert reader.explained("The aim of Cold War arms control was not only disarmament but stability.") == "Cold War arms control "
    assert reader.explained("The logic of the ABM Treaty was that if neither side could defend itself, neither would strike.") == "the ABM Treaty "
    assert reader.explained("The G20 was created in 1999 as a forum for finance ministers, after the Asian financial crisis.") == "The G20 was "
    assert reader.explained("The Congress met from 1814 to 1815.") is None


def test_take_only_carries_a_why(tutor):
    """"Why can't the ICJ take a country to court?" asks why the court cannot hear any case:
    the answer is the consent its jurisdiction rests on, not a case in which the United
    States "refused to take part"."""
    reply = Session(tutor).respond("why can't the icj take a country to court")
    assert "consented" in first_sentence(reply.answer)


def test_a_heading_saying_why_answers_when_no_sentence_names_what_is_asked(tutor):
    """"Why did russia and germany make the 1939 pact?": no sentence giving a reason names
    Russia, Germany or 1939, so the section whose heading says why the pact was made answers
    (branch reason21), not the overview, which names them all without a reason."""
    reply = Session(tutor).respond("why did russia and germany make the 1939 pact")
    assert reply.sources[0].section == "Why Stalin and Hitler made the pact"
    assert "two fronts" in reply.answer


def test_a_heading_on_why_something_failed_answers_a_failure_asked(tutor):
    """"Why did the Oslo Accords fall apart?" is answered by the section on why the peace
    process stalled, whatever the question calls the failure; not by the overview."""
    for question in ("why did the oslo accords fall apart", "why did the oslo accords collapse"):
        reply = Session(tutor).respond(question)
        assert reply.sources[0].section == "What happened next: why the peace process stalled", question
        assert "Camp David Summit" in reply.answer


def test_a_heading_on_a_failure_gives_no_cause_of_anything_else(tutor):
    """Why Germans were angry about Versailles is not why the treaty failed to keep the peace:
    the answer still opens with how Germans read the war guilt clause."""
    reply = Session(tutor).respond("why were the germans angry about the treaty of versailles")
    assert reply.sources[0].section != "What happened next: why the treaty failed to keep the peace"
    assert "Germans read it" in first_sentence(reply.answer)


def test_a_failure_is_asked_by_all_the_words_of_a_wording(tutor):
    """"Fell apart" asks of a failure; "went" ("why did nixon go to china?") and "force" ("not
    in force" less its "not") alone do not."""
    words = tutor.resolver.words
    assert words.asks_failure(tutor.retriever.query_tokens("why did the talks fall apart"))
    assert words.asks_failure(tutor.retriever.query_tokens("why was the league a failure"))
    assert not words.asks_failure(tutor.retriever.query_tokens("why nixon went to china"))
    assert not words.asks_failure(tutor.retriever.query_tokens("why did nato use force in kosovo"))


def test_the_knowledge_says_why_the_un_was_created(tutor):
    """The UN's founding section gives its cause (branch reason21): a stronger successor to
    the League, which had failed to stop the aggression that led to the war."""
    reply = Session(tutor).respond("what was the reason for setting up the united nations")
    assert reply.sources[0].id == "united-nations"
    assert "League of Nations" in first_sentence(reply.answer)


def test_the_knowledge_says_why_lenin_accepted_brest_litovsk(tutor):
    """The cause stands alone ("Lenin persuaded ...", not "Lenin then persuaded ...", which
    leans on the sentence before and cannot open an answer)."""
    reply = Session(tutor).respond("why did the bolsheviks agree to the brest-litovsk peace")
    assert reply.sources[0].id == "treaty-of-brest-litovsk"
    assert "breathing space" in first_sentence(reply.answer)


def test_calling_something_controversial_is_the_learners_view(tutor):
    """"Controversial" and "contentious" say how people see the subject, as "disaster" does:
    "why is the P5 veto contentious?" was declined for a word no passage on the veto says."""
    reply = Session(tutor).respond("why is the p5 veto so contentious")
    assert not reply.out_of_scope
    assert reply.sources[0].id == "un-security-council"


def test_what_brought_something_about_is_not_why_it_ended(tutor):
    """"What led to the Cold War?" was answered by the section on why it ended ("Historians
    give several reasons why the Cold War ended"): asked only why the subject came about, a
    heading on its ending or failure gives another cause; how it began gives this one, from
    its sentence saying why. Asked why it ended, that section answers still."""
    for question in ("what brought about the cold war", "what led to the cold war", "why did the cold war happen"):
        opening = first_sentence(Session(tutor).respond(question).answer)
        assert opening.startswith("The Cold War began because"), question
    ended = first_sentence(Session(tutor).respond("why did the cold war end").answer)
    assert "ended" in ended
