"""Yes/no questions as learners phrase them (issue 10): "can just one ...", "is X still a
thing?", and the general mechanisms in tutor.answering.verdicts that answer them."""

from __future__ import annotations

import re

import pytest

from tutor.answering.sentence_verdict import yes_or_no
from tutor.answering.session import Session


def test_a_quoted_no_is_not_a_denial():
    assert yes_or_no("can one member block it?", 'A single "no" vote from a member blocks it.') == "yes"
    assert yes_or_no("can one member block it?", "A single member cannot block it.") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "can just one permanent member block a security council resolution",
        "can a single permanent member block a security council resolution?",
        "is it true that one permanent member can block a UN security council resolution?",
    ],
)
def test_one_permanent_member_can_block_a_resolution(tutor, question):
    # The deciding clause follows a colon ("...: a single "no" vote from a permanent member
    # is a veto that blocks the resolution"); the clause before it, with its "no vote
    # against", and the United States among the members, named by a word of "United Nations
    # Security Council", say nothing against it.
    assert Session(tutor).respond(question).answer.startswith("Yes. ")


def test_just_one_still_narrows_nothing_it_does_not_count():
    # "Just" before anything but "one" still narrows the claim: the sentence must narrow it too.
    assert yes_or_no("is track one just talks between two states?", "Track one runs from talks between two states up to global conferences.") == "no"


def test_a_subject_said_to_have_ended_is_not_still_a_thing(tutor):
    # The claim names only its subject: the sentence, in another section, saying the
    # treaty itself ended decides it.
    answer = Session(tutor).respond("is the inf treaty still a thing").answer
    assert answer.startswith("No. ") and "INF Treaty ended" in answer.split(". ")[1]


@pytest.mark.parametrize(
    "question",
    [
        "is the hotline still a thing",  # "a teletype connection rather than a telephone" denies nothing of it
        "is the oau still a thing",  # founded in 1963, "25 May is still marked as Africa Day"
        "is the kyoto protocol still a thing",  # "no longer sets any country a target": an activity ended
    ],
)
def test_no_verdict_on_a_subject_still_holding_from_sentences_that_only_name_it(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert not answer.startswith(("Yes.", "No.")) and not re.match(r"As of \d{4}, (?:yes|no)\b", answer)


def test_a_sentence_telling_the_subject_ended_denies_it_still_holds(tutor):
    # Round 23: "... declared the Soviet Union dissolved when they signed the Belovezha Accords"
    # (before, only "The Soviet Union withdrew the missiles", whose ending is the missiles').
    assert Session(tutor).respond("is the soviet union still a thing").answer.startswith("No.")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Asked with a negative auxiliary, the question asks whether the claim holds, and
        # the answer follows the fact, as it would for "is NATO a military alliance?".
        ("isn't NATO a military alliance?", "Yes."),
        ("aren't general assembly resolutions binding?", "No."),
        ("wasn't the helsinki final act a treaty?", "No."),
        ("isn't the UK in the EU?", "No."),
        ("weren't the camp david accords signed in 1978?", "Yes."),
        ("weren't the camp david accords signed in 1980?", "No."),
        ("hasn't article 5 been invoked?", "Yes."),
        # The kind decides as it does for "is a consul a diplomat?".
        ("isn't a consul a diplomat?", "No."),
    ],
)
def test_a_question_asked_in_the_negative_gets_the_verdict_of_its_claim(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


def test_a_negative_contraction_keeps_its_not(tutor):
    # "weren't" was "repaired" to "were't", and "didn't" inside a claim lost its denial.
    session = Session(tutor)
    assert session.read("weren't the accords signed in 1978?")[0].startswith("weren't")
    assert session.read("is it true that diplomats couldn't be arrested?")[0].endswith("couldn't be arrested?")
    # Its stem is no term of the question: "couldn" is not a word of the claim.
    assert tutor.retriever.query_tokens("diplomats couldn't be arrested") == tutor.retriever.query_tokens("diplomats could be arrested")


@pytest.mark.parametrize("contraction", ["can't", "cant"])
def test_a_contraction_typed_without_its_apostrophe_still_denies(contraction):
    # "is it true ambassadors cant be arrested?" was "No." from "cannot be arrested": the
    # claim's own denial went unread without the apostrophe.
    question = f"is it true ambassadors {contraction} be arrested?"
    assert yes_or_no(question, "An ambassador cannot be arrested or detained.") == "yes"
    assert yes_or_no(question, "An ambassador can be arrested at any time.") == "no"


def test_a_claim_confirmed_in_the_negative_is_about_the_past_when_its_verb_is(tutor):
    # "is it true that": its "is" is not the claim's; "Japan ... left the League in 1933"
    # ends nothing the claim says of the United States.
    answer = Session(tutor).respond("is it true that the US didn't join the league of nations?").answer
    assert answer.startswith("Yes. ") and "never joined" in answer.split(". ")[1]


def test_shielding_from_one_thing_denies_nothing_else():
    # "shields diplomats from arrest" denies an arrest, not that diplomats have immunity.
    sentence = "Diplomatic immunity is the protection that shields diplomats from arrest and from the jurisdiction of the courts."
    assert yes_or_no("can a diplomat be arrested?", sentence) == "no"
    assert yes_or_no("do diplomats have immunity?", sentence) is None


@pytest.mark.parametrize("question", ["do diplomats have immunity?", "do diplomats enjoy immunity?"])
def test_diplomats_are_not_denied_immunity(tutor, question):
    # Neither "shields diplomats from arrest" nor the United Kingdom having "expelled the
    # Libyan diplomats" (what befell some diplomats, not the kind) says no.
    assert not Session(tutor).respond(question).answer.startswith("No.")


def test_no_verdict_from_a_clause_about_another_subject(tutor):
    # "Each party writes its own nationally determined contribution (NDC), so the targets
    # themselves are not legally binding": the targets, not the Paris Agreement, are denied.
    answer = Session(tutor).respond("the Paris agreement is legally binding, right?").answer
    assert "the targets themselves are not legally binding" in answer and not answer.startswith(("Yes.", "No."))
    # A clause naming the question's own name still decides ("... signed ... by ... Russian
    # President Dmitry Medvedev").
    assert Session(tutor).respond("was Medvedev the Russian president?").answer.startswith("Yes. ")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A state left out of a sentence listing all of a body's members is not one of them.
        ("is brazil in the g7?", "No."),
        ("is india a member of the G7", "No."),
        ("is germany a permanent member of the security council", "No."),
        ("is brazil a permanent member of the UN security council?", "No."),
        # Named in the list of the members of the kind asked, it is one.
        ("is russia a permanent member of the UN security council", "Yes."),
        ("is britain in the g7?", "Yes."),
    ],
)
def test_a_full_list_of_members_decides_membership(tutor, question, verdict):
    answer = Session(tutor).respond(question).answer
    assert answer.startswith(verdict + " ") and ("China, France, Russia" in answer or "Canada, France, Germany" in answer)


@pytest.mark.parametrize(
    "question",
    [
        # The list names the permanent members only: it cannot deny an elected seat.
        "is germany a member of the security council",
        # "The G20 has 21 members ...: 19 countries, ..." names no state: no list to read.
        "is brazil in the g20",
        # A name the knowledge base does not know is no "no" (a misspelling, a new state).
        "is wakanda in the g7",
    ],
)
def test_no_denial_without_a_full_list_of_the_members_asked(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith("No.")


def test_a_confirmed_membership_opens_with_the_member_joining(tutor):
    # Not the sentence naming "Hong Kong, China" among the customs territories.
    assert Session(tutor).respond("is china a member of the wto?").answer.startswith("Yes. China joined the WTO in 2001")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "Members do not have to be sovereign states" denies a requirement, not membership...
        ("is taiwan a member of the wto", "Yes."),
        # ...but answers a question asking what is required...
        ("do wto members have to be states?", "No."),
        # ...and denies what the question claims when the requirement is that claim.
        ("was the helsinki final act binding", "No."),
    ],
)
def test_a_denied_requirement_denies_only_what_is_required(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        # The follow-up names no subject: it is asked of what the answer is about, as the
        # same question asked on its own is.
        (("what was the INF treaty?", "is it still in force?"), "no"),
        (("what is the JCPOA?", "is it still in force?"), "no"),
        (("what is the egypt-israel peace treaty?", "is it still in force?"), "yes"),
    ],
)
def test_a_follow_up_pointing_back_gets_the_verdict_of_the_single_question(tutor, turns, verdict):
    session = Session(tutor)
    for turn in turns:
        answer = session.respond(turn).answer
    said = re.match(r"(?:As of \d{4}, )?(yes|no)\. ", answer, re.IGNORECASE)
    assert said is not None and said.group(1).lower() == verdict


def test_a_follow_up_is_asked_of_the_subject_carried_over(tutor):
    from tutor.answering.pointed_subject import named_subject

    passages = tutor.retriever.search("New START entered into force", k=1).passages
    assert passages[0].chunk.doc_id == "start-treaties"
    tokens = ["still", "forc", "=new-start"]  # "=new-start" carried over from "what is New START?"
    assert named_subject("is it still in force?", passages, tokens, tutor.retriever) == "is New START still in force?"
    # A request to confirm keeps its own words, and its claim is asked of the subject.
    assert named_subject("is it true?", passages, tokens, tutor.retriever) == "is it true?"
    assert named_subject("is it true that it ended?", passages, tokens, tutor.retriever) == "is it true that New START ended?"
    assert named_subject("is it the case that they ended?", passages, tokens, tutor.retriever) == "is it the case that New START ended?"


@pytest.mark.parametrize("question", ["is the league of nations still around?", "does the league of nations still exist?"])
def test_a_subject_said_to_have_been_dissolved_is_not_still_there(tutor, question):
    # "... failed to stop aggression in the 1930s and was dissolved in 1946": the ending is
    # passive, its doer the clause's subject, eight words before it.
    answer = Session(tutor).respond(question).answer
    assert answer.startswith("No. ") and "dissolve" in answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "due"),
    [
        ("is new start still in force?", "on 5 February 2026"),
        ("is new start still active?", "on 5 February 2026"),
        ("is the US still in the paris agreement", "in January 2026"),
    ],
)
def test_a_state_due_to_end_on_a_day_now_past_is_not_said_to_hold(tutor, monkeypatch, question, due):
    # The knowledge, written as of 2025, says it was due to end in 2026: asked after that
    # day, the answer says so, from the date the clock gives, never a fixed year.
    monkeypatch.setenv("TUTOR_TODAY", "2026-12-03")
    first = Session(tutor).respond(question).answer.split("\n")[0]
    assert first.startswith(f"As of 2025, yes, but it was due to end {due}, a date now past"), first[:200]
    # What befell it before that day comes next: "Russia was suspending its participation".
    assert "new start" not in question or "suspending its participation" in first.split(". ")[2]
    # The day before it was due, the dated verdict stands as it is.
    monkeypatch.setenv("TUTOR_TODAY", "2026-01-01")
    assert Session(tutor).respond("is new start still in force?").answer.startswith("As of 2025, yes. ")


def test_an_ending_due_is_read_against_today(monkeypatch):
    from datetime import date

    from tutor.answering import due_dates

    sentence = "It is, as of 2025, the last remaining treaty, and it is due to expire on 5 February 2026."
    monkeypatch.setattr(due_dates, "today", lambda: date(2026, 2, 6))
    assert due_dates.passed_ending(sentence, "2025") == "on 5 February 2026"
    monkeypatch.setattr(due_dates, "today", lambda: date(2026, 2, 5))
    assert due_dates.passed_ending(sentence, "2025") == ""
    # A month alone runs to its last day; a year alone, to the year's end.
    monkeypatch.setattr(due_dates, "today", lambda: date(2026, 1, 31))
    assert due_dates.passed_ending("It was due to take effect in January 2026.", "2025") == ""
    monkeypatch.setattr(due_dates, "today", lambda: date(2027, 1, 1))
    assert due_dates.passed_ending("It is due to end in 2026.", "2025") == "in 2026"
    # A day no calendar has, written in a learner's knowledge file, dates nothing (it raised).
    assert due_dates.passed_ending("It is due to expire on 31 February 2026.", "2025") == ""
    assert due_dates.passed_ending("It is due to end in 0000.", "") == ""


def test_the_clock_is_pinned_by_tutor_today_and_otherwise_the_machines(monkeypatch):
    from datetime import date

    from tutor.answering.clock import today

    monkeypatch.setenv("TUTOR_TODAY", "2031-05-17")
    assert today() == date(2031, 5, 17)
    monkeypatch.setenv("TUTOR_TODAY", "next tuesday")
    assert today() == date.today()


def test_a_claim_said_to_be_debated_gets_no_bare_yes(tutor):
    assert yes_or_no("are sanctions effective?", "The effectiveness of sanctions is debated.") == "debated"
    assert yes_or_no("are sanctions effective?", "Sanctions are effective.") == "yes"
    for turns in (["are sanctions effective"], ["what is sanctions", "are they effective"]):
        session = Session(tutor)
        for turn in turns:
            answer = session.respond(turn).answer
        assert answer.startswith("Opinions differ. The effectiveness of sanctions is debated."), answer[:120]


def test_a_claim_held_of_only_a_few_is_only_partly_true(tutor):
    # "... but is recognised by only 12 states": a plain claim holds only in part...
    answer = Session(tutor).respond("is Taiwan recognised as a state").answer
    assert answer.startswith("Only partly. Taiwan") and "only 12 states" in answer.split("\n")[0]
    # ...a claim narrowed itself is answered plainly, and "only in 1992" is a time, not a few.
    assert not Session(tutor).respond("is Taiwan recognised by only a few states?").answer.startswith("Only partly.")
    assert Session(tutor).respond("did france join the npt in 1992?").answer.startswith("Yes. ")
    # "..., while Serbia, Russia, China and several EU members have not": held of some only;
    # "have recognised it" points back to Kosovo, named in the clause before.
    assert Session(tutor).respond("is kosovo recognised as a state?").answer.startswith("Only partly. Kosovo")
    # A claim giving the number itself is not held of only a few ("involves only two states").
    assert not Session(tutor).respond("does bilateral negotiation involve two states?").answer.startswith("Only partly.")


def test_an_example_does_not_open_the_answer_and_a_defined_kind_speaks_for_its_word(tutor):
    # "A resolution is a formal decision ...": "Decisions of the UN Security Council ... bind
    # all UN member states" decides the claim about its resolutions, and opens the answer;
    # "Security Council Resolution 2231 ... is an example." illustrates the sentence before it.
    answer = Session(tutor).respond("are Security Council resolutions binding").answer
    assert answer.startswith("Yes. Decisions of the UN Security Council") and "Article 25" in answer.split(". ")[1]
    from tutor.answering.defined_kinds import kinds_defined

    kinds = kinds_defined(tutor.retriever, tutor.composer.reader, "treaties-and-resolutions", "resolut")
    assert kinds[:2] == ["decision", "statement"]


def test_a_denial_of_what_the_question_does_not_name_denies_nothing(tutor):
    # "no vote against" and "is not procedural," deny votes and procedure, not the veto.
    sentence = 'A decision, on anything that is not procedural, needs nine votes and no vote against from the permanent members: a single "no" vote from a permanent member is a veto.'
    assert yes_or_no("does every permanent member have a veto?", sentence) == "yes"
    assert yes_or_no("does every permanent member have a veto?", "A permanent member has no veto.") == "no"
    assert Session(tutor).respond("does every permanent member of the security council have a veto").answer.startswith("Yes. ")


def test_what_a_sentence_denies_beside_the_claim_does_not_deny_it():
    # "no longer" and "without" reach to the end of their clause: here they deny nothing asked.
    png = 'Persona non grata is the status a receiving state can give to a diplomat it no longer accepts.'
    assert yes_or_no("can an ambassador be declared persona non grata?", png) == "yes"
    assert yes_or_no("can an ambassador be declared persona non grata?", "The state may, without having to explain its decision, declare an ambassador persona non grata.") == "yes"
    # ... but still deny what they name: "no longer a member of the EU".
    assert yes_or_no("is the uk a member of the eu?", "The UK is no longer a member of the EU.") == "no"


def test_a_likeness_is_denied_by_a_difference_of_degree():
    assert yes_or_no("do consuls enjoy the same immunity as diplomats?", "Consular officers enjoy narrower immunity than diplomats.") == "no"


def test_a_post_left_vacant_ends_nothing(tutor):
    # "the top posts of the OSCE were left vacant for several months" is no ending of the OSCE.
    assert Session(tutor).respond("does the osce have 57 participating states?").answer.startswith("Yes. The OSCE has 57 participating States")


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # The answer's own passage says it in a sentence the answer left out; "agreement" of
        # "the Dayton Agreement" names the subject and claims nothing.
        ("was the dayton agreement signed in dayton?", "No.", "signed in Paris"),
        # The place asked is checked against the place the sentence gives, not looked for.
        ("is the african union headquarters in nairobi?", "No.", "Addis Ababa"),
        ("is the african union headquarters in addis ababa?", "Yes.", "Addis Ababa"),
        # "... joined the NPT in 1985 but announced its withdrawal": the clause after "but"
        # shares the subject of the one before it.
        ("did north korea withdraw from the npt?", "Yes.", "announced its withdrawal"),
    ],
)
def test_the_sentence_deciding_the_claim_is_found_and_put_first(tutor, question, verdict, said):
    first = Session(tutor).respond(question).answer.split(". ")
    assert first[0] + "." == verdict and said in first[1], first[:2]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Asked whether it is debated, a sentence saying so confirms it.
        ("is the security council reform debated?", "Yes. "),
        # Said to hold nearly ("near-universal membership"), a claim holds in part.
        ("is the npt universal?", "Only partly. "),
    ],
)
def test_debate_and_nearness_qualify_a_yes_only_where_the_question_does_not_ask_them(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_deed_in_a_place_is_confirmed_only_by_a_sentence_giving_the_place(tutor):
    # "the United States signed it" says nothing of where; "Kyoto" of "the Kyoto Protocol" is no place.
    assert yes_or_no("was it signed in kyoto?", "The United States signed the Kyoto Protocol in November 1998.") is None
    assert yes_or_no("was it signed in kyoto?", "It was signed in Kyoto in 1997.") == "yes"
    # "in the Hall of Mirrors of the Palace of Versailles near Paris" gives Versailles.
    assert Session(tutor).respond("was the treaty of versailles signed in versailles?").answer.startswith("Yes. ")
    # A membership asked with "in" is no deed: "is Switzerland in the UN?" is answered as before.
    assert Session(tutor).respond("is switzerland in the un").answer.startswith("Yes. ")


def test_what_a_party_leaves_has_not_ended(tutor):
    # "A party that leaves the UNFCCC is treated as having left the Paris Agreement as well."
    assert not Session(tutor).respond("is the unfccc still in force?").answer.startswith("No.")
    assert Session(tutor).respond("is the uk still in the eu?").answer.startswith("No. ")


def test_a_subject_said_to_last_after_the_date_still_stands(tutor):
    # "As of 2025, ..., though the Palestinian Authority ... still exists": asked only
    # whether it is still there...
    assert Session(tutor).respond("is the palestinian authority still around?").answer.startswith("As of 2025, yes. As of 2025")
    # ...but "As of 2025 the Egypt-Israel Peace Treaty remains in force" says nothing of
    # Egypt in the Arab League.
    assert not Session(tutor).respond("is egypt still in the arab league").answer.startswith("As of 2025, yes.")


@pytest.mark.parametrize(
    "question, opening",
    [
        # "To end the Cuban crisis" says why; "the secret side of the deal" over the Jupiter
        # missiles in Turkey says what, without "end".
        ("was there a secret deal about missiles in turkey to end the cuban crisis?", "Yes. The United States removed the Jupiter missiles"),
        ("was there a secret deal on the jupiter missiles to end the cuban missile crisis?", "Yes. The United States removed the Jupiter missiles"),
        # "Equal vote" is said by "has the same vote as a great power".
        ("does every country have one equal vote in the un general assembly, even small ones", "Yes. Each state has one vote"),
        ("do all countries have an equal vote in the un general assembly?", "Yes. Each state has one vote"),
    ],
)
def test_a_purpose_naming_the_subject_and_words_of_likeness_leave_the_claim_said(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_only_an_infinitive_after_a_noun_gives_a_purpose(tutor):
    # "Decide to leave the JCPOA": leaving is what is claimed, not why.
    verdicts, retriever = tutor.composer.verdicts, tutor.retriever
    question = "did the us decide to leave the jcpoa?"
    tokens = retriever.query_tokens(question)
    passages = retriever.search(question).passages[:1]
    assert passages[0].chunk.doc_id == "jcpoa"
    assert verdicts.without_its_purpose(question, passages, tokens) == (question, tokens)
    # Nor is "to the JCPOA" a purpose: "the" is no verb.
    party = "is the us a party to the jcpoa?"
    assert verdicts.without_its_purpose(party, passages, retriever.query_tokens(party))[0] == party
    purposed = "was there a secret deal to end the jcpoa?"
    assert verdicts.without_its_purpose(purposed, passages, retriever.query_tokens(purposed))[0] == "was there a secret deal?"


def test_a_denial_after_a_main_clause_that_says_the_whole_claim_is_of_something_else(tutor):
    # "failed ... because it could not stop ..., and the United States never joined": the
    # main clause says all the question claims; the later denials are of other things.
    sentence = (
        "The League of Nations failed in its main task because it could not stop great powers that chose"
        " aggression: it had no armed forces of its own, and the United States never joined."
    )
    assert yes_or_no("did the league of nations fail?", sentence) == "yes"
    assert Session(tutor).respond("did the league of nations fail?").answer.startswith("Yes.")
    # A main clause that leaves out part of the claim, or denies it, still decides by the whole.
    assert yes_or_no("did the us ratify the kyoto protocol?", "The United States signed the Kyoto Protocol in 1998 but never ratified it.") == "no"
    assert yes_or_no("did the league of nations fail?", "The League of Nations did not fail at first, because it settled disputes.") == "no"


@pytest.mark.parametrize("question", ["can the UK veto a resolution?", "does the united states have a veto at the UN?"])
def test_a_claim_said_of_a_listed_group_is_said_of_each_member(tutor, question):
    # "... the five permanent members (China, France, Russia, the United Kingdom and the
    # United States): a single "no" vote from a permanent member is a veto": the state is
    # among the members listed, so what is said of a permanent member is said of it; "the
    # UN" is the whole the "United Nations Security Council" document's subject belongs to.
    assert Session(tutor).respond(question).answer.startswith("Yes. ")


def test_a_group_member_not_listed_gets_no_yes(tutor):
    assert not Session(tutor).respond("can germany veto a resolution?").answer.startswith("Yes.")


def test_a_deed_says_the_deeds_it_implies_unless_denied(tutor):
    verdicts, tokens_of = tutor.composer.verdicts, tutor.retriever.query_tokens
    assert set(tokens_of("signed")) <= set(verdicts._said_besides("France and China joined the NPT only in 1992."))
    assert not set(tokens_of("joined")) & set(verdicts._said_besides("The United States signed the Kyoto Protocol in 1998 but never ratified it."))
    # Denied, a deed still says "party": one that never ratified is none.
    assert set(tokens_of("party")) <= set(verdicts._said_besides("The United States signed the Kyoto Protocol in 1998 but never ratified it."))
    assert Session(tutor).respond("is the us a party to the kyoto protocol?").answer.startswith("No. The United States signed the Kyoto Protocol")
    assert Session(tutor).respond("did france sign the npt?").answer.startswith("Yes. France and China joined the NPT")
    # A deed denied implies nothing: signing without ratifying is not joining.
    assert not Session(tutor).respond("did the us join the kyoto protocol?").answer.startswith("Yes.")


def test_a_role_the_sentence_gives_another_subject_is_denied(tutor):
    pairs = tutor.composer.verdicts.role_pairs
    sentence = "In the United Kingdom, the monarch is head of state and the prime minister head of government."
    assert len(pairs.assignments(sentence)) == 2  # the second with its verb left out
    tokens = tutor.retriever.query_tokens("is the king the head of government?")
    assert pairs.given_to_another("is the king the head of government?", tokens, sentence)
    assert not pairs.given_to_another("is the king the head of state?", tutor.retriever.query_tokens("is the king the head of state?"), sentence)


@pytest.mark.parametrize(
    "question, opening",
    [
        ("is the prime minister the head of state in britain?", "No. "),
        ("is the king head of state in the UK?", "Yes. "),
        ("is the US president both head of state and head of government?", "Yes. "),
    ],
)
def test_roles_given_in_pairs_decide_who_holds_which(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_passage_says_its_point_before_it_explains_it(tutor):
    # The answer's deciding sentence ("The difference between consular and diplomatic
    # immunity reflects ...") gives way to the one before it in its passage that says as
    # much of the claim and the same "no", and the sentence after that one follows it.
    verdicts, retriever = tutor.composer.verdicts, tutor.retriever
    question = "do consuls have immunity like diplomats?"
    tokens = retriever.query_tokens(question)
    passage = next(p for p in retriever.search(question).passages if p.chunk.doc_id == "consuls-and-attaches" and "narrower" in p.chunk.plain_text())
    said = [sentence for sentence, _ in verdicts.reader.of(passage.chunk)]
    explaining = next(s for s in said if s.startswith("The difference between"))
    verdict = verdicts.decide(question, [explaining], [passage], tokens)
    assert verdict.word == "no" and verdict.sentence == "Consular immunity is narrower than the immunity of diplomats."
    assert "consular functions" in verdict.then[0]


def test_a_claim_that_holds_as_a_rule_is_answered_usually(tutor):
    # "... usually written to be politically rather than legally binding": not never.
    assert Session(tutor).respond("are memorandums of understanding binding?").answer.startswith("Usually not. A memorandum of understanding")
    # A name given as a rule ("usually called the State Department") qualifies nothing.
    assert Session(tutor).respond("does the us have a state department?").answer.startswith("Yes. ")


def test_a_yes_no_question_may_open_with_its_condition(tutor):
    answer = Session(tutor).respond("if a country breaks relations, does it stop recognising the other state?").answer
    assert answer.startswith("No. Breaking relations does not mean that the states stop recognising each other")
    # A condition that denies something is not read: its "not" would be taken for the claim's.
    assert not Session(tutor).respond("if a state signs a treaty but never ratifies it, is it a party?").answer.startswith(("Yes.", "No."))
    # Nor before a "still", which says "despite the condition", not "now" (it would be
    # answered by what befell the subject last).
    assert not Session(tutor).respond("if a state breaks diplomatic relations, does it still recognise the other state?").answer.startswith("No.")


def test_a_denial_the_answer_left_out_of_its_passage_decides(tutor):
    # "... breaking diplomatic relations does not automatically end consular relations", the
    # last sentence of the passage, was not among the answer's sentences.
    answer = Session(tutor).respond("when two states break off diplomatic relations, do consular relations automatically end?").answer
    assert answer.startswith("No. ") and "does not automatically end consular relations" in answer.split("\n")[0]
    # A denial saying nothing of the claim but its telling word does not decide
    # ("would no longer formally recognise governments").
    assert not Session(tutor).respond("is a state only a state if other countries recognise it?").answer.startswith(("Yes.", "No."))


def test_a_denial_the_claim_and_the_sentence_share_is_part_of_both():
    # "without" is said by both: the sentence's other denial ("may not") decides.
    sentence = "Officials of the receiving state, including police, may not enter an embassy without the consent of the head of mission."
    assert yes_or_no("can police enter an embassy without consent?", sentence) == "no"
    assert yes_or_no("can a state break relations without the other's consent?", "Either state can break relations unilaterally, without the other's consent.") == "yes"
    # Said by the claim only, it still leaves a sentence denying nothing undecided.
    assert yes_or_no("can sanctions be imposed without the UN?", "UN sanctions were imposed on Rhodesia in 1966.") is None


@pytest.mark.parametrize("question, opening", [("is japan a member of asean?", "No. As of 2025, ASEAN has 11 members"), ("is vietnam in asean?", "Yes. ")])
def test_asean_membership_is_decided_by_its_member_list(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


@pytest.mark.parametrize("question", ["is russia still a member of the g8?", "is north korea still a member of the npt?"])
def test_still_part_of_or_a_member_of_claims_no_more_than_still_in(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("No. ")


def test_what_the_subject_is_said_not_to_be_denies_whatever_the_claim_adds(tutor):
    denied = tutor.composer.verdicts.denied_predicates
    tokens_of = tutor.retriever.query_tokens
    question = "was the iran deal a proper treaty approved by the us senate"
    assert denied.denies(question, tokens_of(question), "The JCPOA is not a treaty in the formal sense but a detailed political commitment.")
    # Not of another subject, not another thing, and not a narrowing "not only".
    assert not denied.denies(question, tokens_of(question), "The NPT is not a treaty in the formal sense.")
    assert not denied.denies(question, tokens_of(question), "The JCPOA is not a political commitment.")
    assert not denied.denies(question, tokens_of(question), "The JCPOA is not only a treaty.")
    # The thing denied needs words of its own in the question, not only the glossary concept
    # it shares with the subject ("red telephone" names the hotline).
    teletype = "was the hotline a teletype link?"
    assert not denied.denies(teletype, tokens_of(teletype), "Contrary to popular belief, the Moscow-Washington hotline was never a red telephone.")
    answer = Session(tutor).respond("was the moscow hotline a red phone sitting by the president?").answer
    assert answer.startswith("No. Contrary to popular belief, the Moscow-Washington hotline was never a red telephone")


def test_the_sentence_after_the_deciding_one_follows_it_when_it_says_the_claim(tutor):
    # "... the United Kingdom left the EU on 31 January 2020 ..." is followed, in its
    # passage, by "EU law continued to apply to the United Kingdom during a transition
    # period ...", which the answer had left out.
    lines = Session(tutor).respond("did the uk leave the eu?").answer.split(". ")
    assert lines[0] == "Yes" and lines[2].startswith("EU law continued to apply to the United Kingdom")
    # One saying less than half the claim does not ("In Germany, the federal president ...").
    # (The answer may still go on with the passage's list of countries; the verdict does not
    # bring that sentence in as the one explaining it.)
    verdicts, retriever = tutor.composer.verdicts, tutor.retriever
    question = "is the british king the head of government?"
    tokens = retriever.query_tokens(question)
    passage = next(p for p in retriever.search(question).passages if "In Germany" in p.chunk.plain_text())
    said = [sentence for sentence, _ in verdicts.reader.of(passage.chunk)]
    deciding = next(s for s in said if "In the United Kingdom, the monarch" in s)
    verdict = verdicts.decide(question, [deciding], [passage], tokens)
    assert verdict.word == "no" and not (verdict.then and verdict.then[0].startswith("In Germany"))
    assert Session(tutor).respond(question).answer.startswith("No. ")


def test_concepts_whose_names_differ_by_one_word_are_siblings(tutor):
    claims = tutor.composer.verdicts.claims
    assert claims.siblings("=vcdr", "=vccr")  # "... on Diplomatic Relations" / "... on Consular Relations"
    assert not claims.siblings("=vcdr", "=vclt")
    session = Session(tutor)
    session.respond("what is the vienna convention on diplomatic relations")
    # "Consulates are covered by a separate treaty, the Vienna Convention on Consular Relations".
    assert session.respond("does it also cover consulates?").answer.startswith("No. ")


def test_members_named_as_others_do_not_confirm_a_membership(tutor):
    # "about 100 UN member states have recognised it": the members are the recognisers.
    assert not Session(tutor).respond("is kosovo a member of the un?").answer.startswith(("Yes.", "Only partly."))
    memberships = tutor.composer.verdicts.memberships
    assert not memberships.said_of_others("is japan in the g7?", "The G7 has seven members as of 2025: Canada, France, Germany, Italy, Japan, the United Kingdom and the United States.")
    assert not memberships.said_of_others("is switzerland in the un?", "Switzerland became a UN member only on 10 September 2002.")


@pytest.mark.parametrize("question", ["is the vatican a member of the un?", "is palestine a member state of the un?"])
def test_a_non_member_is_not_a_member(tutor, question):
    # "The Holy See and the State of Palestine take part as non-member observer states."
    assert Session(tutor).respond(question).answer.startswith("No. ")


def test_a_non_word_of_others_denies_nothing_of_the_subject(tutor):
    # "five permanent members (China, France, ...), and ten non-permanent members".
    assert Session(tutor).respond("is france a permanent member of the security council?").answer.startswith("Yes. ")


def test_what_a_denial_is_set_against_is_affirmed(tutor):
    # "not A but B" affirms B.
    sentence = "The JCPOA is not a treaty in the formal sense but a detailed political commitment."
    assert yes_or_no("is the jcpoa a political commitment?", sentence) == "yes"
    assert yes_or_no("is the jcpoa a treaty?", sentence) == "no"
    # The same of a kind the subject's document says it is not, but is.
    assert Session(tutor).respond("is the jcpoa a political commitment?").answer.startswith("Yes. ")
    assert Session(tutor).respond("is the jcpoa a treaty?").answer.startswith("No. ")


def test_a_condition_sets_the_scene_and_the_claim_follows_it(tutor):
    # The claim is "is it binding?"; a sentence denying the scene ("... never ratified it")
    # or about another ("opposing any treaty that set no binding targets") decides nothing.
    assert not Session(tutor).respond("if a treaty is ratified, is it binding?").answer.startswith("No.")
    assert Session(tutor).respond("once a state joins the npt, can it withdraw?").answer.startswith("Yes. North Korea joined the NPT")


def test_a_subject_named_by_part_of_its_words_is_another(tutor):
    # "the federal president is head of state and the federal chancellor is head of government".
    assert Session(tutor).respond("is the federal chancellor the head of state in germany?").answer.startswith("No. ")


def test_a_subject_is_named_by_the_word_it_is(tutor):
    # "the federal president" is "the president of Germany": named by its last word.
    assert Session(tutor).respond("is the president of germany the head of government?").answer.startswith("No. ")


@pytest.mark.parametrize("question", ["is the EU a state?", "is the UN a world government?", "is the eu a state"])
def test_a_kind_said_only_of_what_the_subject_is_made_of_is_denied(tutor, question):
    # "a political and economic union of 27 European states" is a union, not a state; "the
    # world's main intergovernmental organisation" says "world" but not the kind's head noun.
    assert Session(tutor).respond(question).answer.startswith("No. ")


def test_a_kind_whose_head_noun_is_said_may_take_its_modifier_from_a_complement(tutor):
    # "Sanctions are a coercive method of track one diplomacy": a diplomatic method.
    assert Session(tutor).respond("Is sanctioning a country a diplomatic method?").answer.startswith("Yes. Sanctions are a coercive method")


@pytest.mark.parametrize(
    "question",
    [
        "did egypt and israel sign a peace treaty after camp david?",
        "so did egypt and israel actually sign a real peace treaty after camp david?",  # "real": emphasis
    ],
)
def test_a_clause_counting_the_parties_named_before_it_is_said_of_them(tutor, question):
    # "The Egypt-Israel framework ... succeeded: the two countries signed their peace treaty ... 1979".
    first = Session(tutor).respond(question).answer.split("\n")[0]
    assert first.startswith("Yes. ") and "1979" in first.split(". ")[1]


@pytest.mark.parametrize(
    "question, opening",
    [
        ("is new start still in force or is it dead", "As of 2025, yes, but it was due to end"),
        ("is the jcpoa still alive or is it dead?", "As of 2025, no."),
        ("can NGOs sign treaties or is that only for states?", "No. NGOs"),
    ],
)
def test_a_second_question_asking_the_opposite_leaves_the_first_as_the_claim(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_yes_to_joining_adds_how_the_membership_ended(tutor):
    # "Germany was admitted in 1926, and the Soviet Union in 1934", then the expulsion of 1939.
    answer = Session(tutor).respond("did the soviet union ever join the league of nations").answer
    opening, then = answer.split(". ")[1:3]
    assert answer.startswith("Yes. ") and "1934" in opening and "Soviet Union was expelled in December 1939" in then


def test_an_ending_of_what_the_deed_was_done_to_is_not_the_partys(tutor):
    # "... so the Kyoto Protocol no longer sets any country a target" ends nothing of the US signature.
    answer = Session(tutor).respond("did the US ever sign the kyoto protocol?").answer
    assert answer.startswith("Yes. The United States signed the Kyoto Protocol") and "no longer sets" not in answer


def test_a_word_of_a_name_any_subject_could_take_still_tells_two_names_apart(tutor):
    # "START" is a word any subject could take, yet "START II" is another treaty than "New START".
    answer = Session(tutor).respond("did the US ratify New START?").answer
    assert answer.startswith("Yes. ") and "New START" in answer.split("\n")[0].split(". ")[1]


def test_taiwan_is_not_in_the_un(tutor):
    answer = Session(tutor).respond("is taiwan in the UN??").answer
    assert answer.startswith("No. Taiwan is not a member of the United Nations") and "1971" in answer.split("\n")[0]


def test_a_follow_up_naming_its_own_party_is_not_decided_by_the_last_ones(tutor):
    # Searched with "North Korea" from the turn before, "North Korea joined the NPT in 1985
    # but announced its withdrawal" says nothing of Russia.
    session = Session(tutor)
    session.respond("did north korea leave the npt?")
    assert not session.respond("did russia join and then leave").answer.startswith(("Yes.", "No."))


def test_a_condition_the_question_ends_with_leaves_the_claim_before_it(tutor):
    # "a diplomatic agent is fully protected from arrest" holds whatever the diplomat did.
    assert Session(tutor).respond("can a diplomat be arrested if he commits a crime?").answer.startswith("No. ")
    # The Vienna Convention answers it, not "The personal immunity of serving leaders ...
    # without fear of arrest abroad".
    # (Since the knowledge has a document on international crimes, the Convention's Article 29
    # on the diplomat's person opens, before its section on diplomats who break the law.)
    answer = Session(tutor).respond("can an ambassador get arrested if they commit a crime").answer
    assert answer.startswith(("No. A diplomat who commits a crime", "No. Under Article 29 of the Vienna Convention")) and "serving leaders" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "can a consul be arrested if he commits a serious crime?",  # "... help a traveller who has ... been arrested"
        "is a treaty binding if it was never ratified?",  # "opposing any treaty that set no binding targets"
    ],
)
def test_the_claim_before_a_condition_is_said_of_its_own_subject(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith(("Yes.", "No."))


def test_a_condition_the_question_ends_with_does_not_choose_the_document(tutor):
    # "crime" draws leaders' immunity; the claim, an ambassador's arrest, is the Vienna Convention's.
    reply = Session(tutor).respond("can an ambassador get arrested if they commit a crime")
    assert reply.sources[0].id == "vienna-convention-diplomatic-relations"


@pytest.mark.parametrize(
    "question, opening",
    [
        ("is the inf treaty in force?", "No. The US withdrawal took effect on 2 August 2019, and the INF Treaty ended."),
        ("is new start in force?", "As of 2025, yes, but it was due to end on 5 February 2026"),
        ("is the npt in force?", "As of 2025, yes. "),  # the NPT document dates it (know27): extended indefinitely, in force as of 2025
    ],
)
def test_a_state_claimed_in_the_present_is_claimed_of_now(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_dated_start_does_not_confirm_a_state_the_document_says_befell_something(tutor):
    # "entered into force on 3 October 1972" beside the US withdrawal of 2002.
    answer = Session(tutor).respond("is the abm treaty in force?").answer
    assert not answer.startswith("Yes.") and "withdrawal took effect on 13 June 2002" in answer.split("\n")[0]


def test_an_end_denied_says_the_state_goes_on():
    sentence = "Breaking diplomatic relations does not automatically end consular relations."
    assert yes_or_no("do consular relations continue after a break?", sentence) == "yes"
    assert yes_or_no("do consular relations end too?", sentence) == "no"
    # A phrase doing an adverb's work ("by itself") stands where "automatically" did.
    sentence = "Breaking diplomatic relations does not by itself end consular relations."
    assert yes_or_no("do consular relations continue after a break?", sentence) == "yes"
    assert yes_or_no("do consular relations end too?", sentence) == "no"


def test_a_treaty_never_terminated_remains(tutor):
    # "As a treaty, the Kyoto Protocol has never been terminated and formally remains in force":
    # its denied end is no end.
    assert Session(tutor).respond("does the kyoto protocol remain in force?").answer.startswith("Yes. As a treaty, the Kyoto Protocol has never been terminated")


def test_keeping_consulates_open_is_not_denied_by_their_end_denied(tutor):
    answer = Session(tutor).respond("can a country break diplomatic relations but keep its consulates open?").answer
    assert not answer.startswith("No.")


def test_a_deed_two_parties_do_together_is_never_reversed(tutor):
    """review23: "did Reagan meet Gorbachev in Reykjavik?" was answered "No." from "a meeting
    between ... Reagan and ... Gorbachev": a meeting has no order of parties to reverse."""
    for question in ("Did Reagan meet Gorbachev in Reykjavik?", "Did Gorbachev meet Reagan at Reykjavik?"):
        answer = Session(tutor).respond(question).answer
        assert not answer.startswith("No") and "Reykjavik Summit" in answer.split(".")[0 if not answer.startswith("Yes") else 1]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Where a body sits: the phrase of seat tied to the subject decides (tutor.answering.seats).
        ("is the international court of justice based in geneva", "No. The ICJ sits in the Peace Palace in The Hague"),
        ("is the icj based in the hague", "Yes. The ICJ sits in the Peace Palace in The Hague"),
        ("is the hague where the world court sits", "Yes. The ICJ sits"),
        ("is nato based in paris", "No. "),
        ("is the eu based in brussels", "Yes. The European Commission is the executive body of the European Union, based in Brussels"),
    ],
)
def test_a_claimed_seat_is_read_from_the_phrase_saying_where_the_subject_sits(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_participle_of_seat_is_said_of_the_name_right_before_it():
    from tutor.answering.seats import Seats

    assert Seats._last_name("The European Commission is the executive body of the European Union, ") == "European Union"
    assert Seats._last_name("The Court of Justice of the European Union, ") == "The Court of Justice of the European Union"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # Every doer claimed must be among those the sentence telling the deed names.
        ("were the camp david accords signed by sadat and arafat", "No."),
        ("did india and china sign the simla agreement", "No."),
        ("were the camp david accords signed by sadat and begin", "Yes."),
        ("did india and pakistan sign the simla agreement", "Yes."),
        ("was the tashkent declaration signed by india and pakistan", "Yes."),
        ("did britain and france sign the munich agreement", "Yes."),
        # A participle's doers follow "by", past its date and place.
        ("was the zimmermann telegram sent by germany to mexico", "Yes."),
        # "meet at Yalta" claims a place, not an object the noun "meeting of ..." gainsays.
        ("did churchill roosevelt and stalin meet at yalta", "Yes."),
    ],
)
def test_the_doers_of_a_deed_are_read_from_the_sentence_telling_them(tutor, question, word):
    assert Session(tutor).respond(question).answer.startswith(word)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("the un was founded in 1945, right?", "was the un founded in 1945?"),
        ("the peace of westphalia was 1748 right?", "was the peace of westphalia 1748?"),
        ("the icj is in the hague, isn't it?", "is the icj in the hague?"),
        ("someone told me the league of nations was founded in 1920", "was the league of nations founded in 1920?"),
        ("the berlin wall fell in 1989, correct?", "is it true that the berlin wall fell in 1989?"),
        ("was it signed in 1919, right?", "was it signed in 1919, right?"),
        ("is the veto right?", "is the veto right?"),
        # "right" as the claim's own noun after an article or a possessive is no tag
        ("the veto is a permanent member's right?", "the veto is a permanent member's right?"),
        ("self-defence under the pact was a right?", "self-defence under the pact was a right?"),
        # a report followed by another sentence or a question is more than a claim to check
        ("my friend says ambassadors are spies. what do you think?", "my friend says ambassadors are spies. what do you think?"),
        ("i heard that diplomats have immunity, why is that?", "i heard that diplomats have immunity, why is that?"),
        # a report with a tag after it, read as one claim
        ("I was told that the ICJ is in the hague, is that true?", "is the ICJ in the hague?"),
        # a word ending in "nt" ("sent", "permanent") is no denial
        ("the zimmermann telegram was sent by britain to mexico, right?", "was the zimmermann telegram sent by britain to mexico?"),
        ("the security council has ten permanent members, doesn't it?", "has the security council ten permanent members?"),
        # the tags learners use besides "right?"
        ("the zimmermann telegram was sent by germany to mexico innit?", "was the zimmermann telegram sent by germany to mexico?"),
        ("ambassadors have immunity, am i right?", "have ambassadors immunity?"),
    ],
)
def test_a_statement_asked_to_be_confirmed_is_asked_as_a_question(tutor, text, question):
    assert tutor.intents.confirmation.as_question(text) == question


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("the peace of westphalia was 1748 right?", "No."),
        ("the un was founded in 1945 right?", "Yes."),
        ("the cuban missile crisis was in 1972, right?", "No."),
        ("someone told me the league of nations was founded in 1920", "Yes."),
    ],
)
def test_a_tagged_statement_gets_the_verdict_of_its_question(tutor, question, word):
    assert Session(tutor).respond(question).answer.startswith(word)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # A range is no pair of parties, and a unit is said by its abbreviation ("km").
        ("did the INF treaty ban missiles with ranges between 500 and 5500 km", "Yes."),
        # A number the claim gives must be said by the sentence that confirms it.
        ("did the inf treaty ban missiles with ranges of 100 to 300 km", "The INF Treaty banned"),
    ],
)
def test_the_numbers_of_a_claim_are_said_by_the_sentence_confirming_it(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_denied_statement_asked_to_be_confirmed_is_not_turned_into_a_question(tutor):
    as_question = tutor.intents.confirmation.as_question
    assert as_question("icj and icc are not same thing right?") == "icj and icc are not same thing right?"
    assert as_question("the npt isn't binding, is it?") == "the npt isn't binding, is it?"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the npt from 1968", "Yes."),
        # The NPT entered into force in 1970: what a thing is from may be any year its document gives.
        ("is the npt from 1970", "The NPT"),
        ("is the vienna convention on diplomatic relations from 1975", "No."),
    ],
)
def test_the_year_a_thing_is_from_is_read_from_its_dates(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_topic_head_says_no_more_than_its_topic(tutor):
    # "the future of Hong Kong": a sentence saying the declaration settled Hong Kong's return says it.
    answer = Session(tutor).respond("was the sino-british joint declaration about the future of hong kong").answer
    assert answer.startswith("Yes. The Sino-British Joint Declaration is the treaty")
    assert not Session(tutor).respond("was the sino-british joint declaration about the future of taiwan").answer.startswith("Yes.")


def test_the_parties_a_thing_is_between_do_what_is_done_with_it(tutor):
    # "... the treaty of peace between ... Egypt and ... Israel, signed in Washington ... 1979".
    assert Session(tutor).respond("did egypt and israel sign a peace treaty in 1979").answer.startswith("Yes.")
    assert not Session(tutor).respond("did russia and china sign the treaty of portsmouth").answer.startswith("Yes.")


def test_a_denied_statement_tagged_without_a_comma_gets_no_verdict(tutor):
    answer = Session(tutor).respond("icj and icc are not same thing right? explain difference").answer
    assert not answer.startswith(("Yes.", "No."))


def test_doers_listed_after_the_with_a_concept_take_in_the_claimed_party(tutor):
    # "... signed ... in Budapest by Ukraine, Russia, the United States and the United Kingdom".
    assert Session(tutor).respond("did the uk sign the budapest memorandum?").answer.startswith("Yes.")


@pytest.mark.parametrize(
    "question",
    ["self-defence under the kellogg-briand pact was a right?", "the veto is a permanent member's right?"],
)
def test_a_right_or_a_report_that_is_no_tag_gets_no_no(tutor, question):
    """Found by the fourteenth round's review: each got a false "No." once read as a tagged
    claim ("was self-defence ... a?")."""
    assert not Session(tutor).respond(question).answer.startswith("No.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The OSCE sits in Vienna.",
        "The OSCE is based in Vienna.",
        # The sentence's subject before a verb of its own, whichever verb: "is", one in the past.
        "The OSCE grew out of the CSCE and has its seat in Vienna.",
        "The OSCE took its present name in 1995 and has its seat in Vienna.",
        "The OSCE was renamed in 1995 and has its seat in Vienna.",
        "The OSCE, which unites 57 states, has its seat in Vienna.",
    ],
)
def test_a_seat_is_said_of_the_sentence_subject(tutor, sentence):
    from tutor.answering.seats import Seats

    seats = Seats(tutor.retriever, tutor.composer.reader)
    assert seats._seats_of(sentence, seats._names("the OSCE")) == [("Vienna", False)]


def test_a_deed_the_sentence_says_in_no_form_gets_no_yes(tutor):
    """yesno30: "restored the borders of before the war" says "borders" but no change of them."""
    answer = Session(tutor).respond("did the treaty of ghent change any borders?").answer
    assert not answer.startswith(("Yes.", "No.")) and "restored the borders" in answer
    # Said by its glossary concept ("withdraw" of "leave") or a deed implying it ("joined").
    assert Session(tutor).respond("did the US leave the Paris agreement").answer.startswith("Yes. ")
    assert Session(tutor).respond("did china sign the npt").answer.startswith("Yes. ")


def test_a_claim_of_what_its_subject_is_is_not_read_across_a_lists_items(tutor):
    """yesno30: "summoning the other state's ambassador ...; expelling diplomats ..., often for
    spying" does not say that ambassadors are spies."""
    from tutor.answering.claims import KIND_CLAIM

    assert KIND_CLAIM.match("are ambassadors spies?") and not KIND_CLAIM.match("is the icc based in the hague?")
    assert not Session(tutor).respond("are ambassadors spies?").answer.startswith(("Yes.", "No."))
    sentence = "The ladder of protest includes: summoning the ambassador; expelling diplomats, often for spying; breaking relations."
    claims, focus = tutor.composer.verdicts.claims, set(tutor.retriever.query_tokens("ambassador spies"))
    assert claims.together(sentence, focus) and not claims.together(sentence, focus, of_a_kind=True)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Answered from the ICJ's section on the two courts; the ICC's own document seats it.
        ("is the ICC based in The Hague?", "Yes. The seat of the International Criminal Court is in The Hague"),
        ("is the ICC based in geneva?", "No. The seat of the International Criminal Court is in The Hague"),
    ],
)
def test_a_claimed_seat_is_read_in_the_documents_the_claim_names(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_year_naming_the_subject_is_not_the_deeds_date(tutor):
    from tutor.answering.claim_text import without_naming_year

    assert without_naming_year("did egypt recognise israel in their 1979 peace treaty?", (1979, 1979)) == "did egypt recognise israel in their peace treaty?"
    assert without_naming_year("was the treaty signed in 1979?", (1979, 1979)) == "was the treaty signed in 1979?"
    assert without_naming_year("did egypt recognise israel in their 1975 peace treaty?", (1979, 1979)).count("1975") == 1
    # "each side recognised the other's sovereignty": the object points to the other party.
    assert Session(tutor).respond("did egypt recognise israel in their 1979 peace treaty?").answer.startswith("Yes. ")


def test_a_year_said_after_the_subjects_name_is_not_the_deeds_date(tutor):
    from tutor.answering.claim_text import without_naming_year

    paris = ("Treaty of Paris", (1783, 1783))
    assert without_naming_year("did the treaty of paris in 1783 make britain recognise american independence", *reversed(paris)) == "did the treaty of paris make britain recognise american independence"
    assert without_naming_year("did the treaty of paris of 1783 end the war", *reversed(paris)) == "did the treaty of paris end the war"
    # Not the deed's own date, another year, a year ending the claim or after another name.
    for unchanged in ("was the treaty of paris signed in 1783 by spain", "did the treaty of paris in 1763 end the war", "was it the treaty of paris in 1783?", "did the congress of vienna in 1815 end the war"):
        assert without_naming_year(unchanged, *reversed(paris)) == unchanged
    answer = Session(tutor).respond("did the treaty of paris in 1783 make britain recognise american independence").answer
    assert answer.startswith("Yes. Under the Treaty of Paris, Britain recognised American independence")
    # Within a subject of many years, the year after its name may date the deed.
    league = "did the league of nations in 1920 expel the soviet union"
    assert without_naming_year(league, (1920, 1946), "League of Nations") == league
    assert Session(tutor).respond(league).answer.startswith("No. ")


def test_doers_listed_before_the_verb_are_all_its_doers(tutor):
    # "French President Charles de Gaulle and West German Chancellor Konrad Adenauer signed
    # the Élysée Treaty": de Gaulle is a doer too, not only the name next to the verb.
    assert Session(tutor).respond("was the elysee treaty signed by de gaulle and adenauer?").answer.startswith("Yes. French President Charles de Gaulle")
    assert not Session(tutor).respond("was the elysee treaty signed by de gaulle and churchill?").answer.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # yesno30: the INF Treaty's document never names Brezhnev; its signing names Gorbachev.
        ("did reagan sign the INF treaty with brezhnev?", "No. The Intermediate-Range Nuclear Forces Treaty"),
        # Both parties named in the document: the claim stands as the sentences give it.
        ("was the simla agreement between india and pakistan?", "Yes. "),
    ],
)
def test_a_party_the_document_never_names_did_not_take_part(tutor, question, opening):
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_a_signatory_is_one_that_signed(tutor):
    """yesno30: "was Czechoslovakia a signatory of ...?" is read as "did Czechoslovakia sign ...?"."""
    from tutor.answering.claim_text import as_signing

    assert as_signing("was czechoslovakia a signatory of the munich agreement") == "did czechoslovakia sign the munich agreement"
    assert as_signing("is the us a party to the kyoto protocol?") == "is the us a party to the kyoto protocol?"
    assert Session(tutor).respond("was czechoslovakia a signatory of the munich agreement").answer.startswith("No. The Munich Agreement was signed by")
    assert Session(tutor).respond("was the us a signatory of the kyoto protocol?").answer.startswith("Yes. The United States signed")


@pytest.mark.parametrize(
    "question",
    [
        # The documents count the parties by the dozen: those they name are some of many.
        "did china sign the bwc?",
        "did japan sign the ottawa convention?",
        "is japan a signatory to the outer space treaty?",
        "did brazil sign the chemical weapons convention?",
    ],
)
def test_a_party_unnamed_among_many_is_not_denied(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith("No.")


def test_a_party_of_a_deed_with_its_few_parties_named_is_still_denied(tutor):
    assert Session(tutor).respond("did japan sign the treaty of brest-litovsk?").answer.startswith("No. ")
    assert Session(tutor).respond("did czechoslovakia sign the munich agreement?").answer.startswith("No. ")


def test_years_in_brackets_date_what_they_follow_not_the_deed(tutor):
    from tutor.answering.sentence_verdict import years_of_the_deed

    sentence = "Saddam Hussein invaded Kuwait because Iraq was deeply in debt after its war with Iran (1980-1988)."
    assert years_of_the_deed("did saddam hussein invade kuwait in 1990?", sentence) == set()
    assert not Session(tutor).respond("did saddam hussein invade kuwait in 1990?").answer.startswith("No.")


def test_a_deed_done_to_a_kind_of_thing_needs_the_kind_said(tutor):
    """"signed a joint statement" does not confirm signing "a peace treaty"."""
    assert not Session(tutor).respond("did trump and kim sign a peace treaty?").answer.startswith("Yes.")
    assert Session(tutor).respond("did trump and kim sign a joint statement?").answer.startswith("Yes. ")
    assert Session(tutor).respond("did egypt and israel sign a peace treaty?").answer.startswith("Yes. ")


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("i heard obama lifted the embargo on cuba", "us-cuba-normalisation"),
        ("i heard the falklands war ended with a treaty", "falklands-war-diplomacy"),
    ],
)
def test_hearsay_without_that_before_a_verb_in_the_past_is_a_claim(tutor, question, document):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and reply.topic == document


@pytest.mark.parametrize(
    "question",
    [
        # "the peace treaty ... that concluded the First Opium War": a war concluded is ended.
        "did the treaty of nanking end the crimean war",
        "did the treaty of shimonoseki end the russo-japanese war?",
    ],
)
def test_a_war_concluded_is_a_war_ended(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("No. ")


def test_verb_forms_read_a_war_concluded_only(tutor):
    from tutor.answering.claim_check import verb_forms

    assert re.search(rf"\b(?:{verb_forms('end')})\b", "the treaty that concluded the First Opium War")
    assert not re.search(rf"\b(?:{verb_forms('end')})\b", "the two states concluded a treaty of friendship")
    # Read without regard to case, the war's name keeps its capitals.
    assert not re.search(rf"\b(?:{verb_forms('end')})\b", "concluded at a conference in the city's War Memorial Opera House", re.IGNORECASE)


def test_a_yes_needs_the_deed_said(tutor):
    # "Talks ... on conventional weapons ...": "conventional" is no convention, and no
    # sentence saying no ban confirms one.
    assert not Session(tutor).respond("did the ottawa convention ban nuclear weapons?").answer.startswith("Yes")
    assert Session(tutor).respond("did the ottawa convention ban landmines?").answer.startswith("Yes. ")
    # Asked in the present, the claim is the same.
    assert not Session(tutor).respond("does the ottawa treaty ban nuclear weapons?").answer.startswith("Yes")
    assert Session(tutor).respond("does the ottawa treaty ban landmines?").answer.startswith("Yes. ")



def test_a_denial_in_a_relative_clause_befalls_what_it_describes(tutor):
    # "protect people who do not or no longer take part in fighting, such as ... prisoners of
    # war": the "not" and the "no longer" are said of the people, not of the protection.
    for question in ("do the geneva conventions protect prisoners of war", "are prisoners of war protected by the geneva conventions"):
        assert Session(tutor).respond(question).answer.startswith("Yes. "), question
    # Said of the claim's own subject, an ending still denies.
    assert Session(tutor).respond("is the uk in the eu").answer.startswith("No. ")


def test_a_person_named_in_full_is_the_one_the_surname_names(tutor):
    # "Kissinger won the Nobel Peace Prize of 1973" speaks of "Henry Kissinger": his given
    # name, written in full in the passage, need not be said again.
    for question in ("did henry kissinger win the nobel peace prize", "Did Henry Kissinger win a Nobel Peace Prize?"):
        assert Session(tutor).respond(question).answer.startswith("Yes. Kissinger won"), question
    # A year asked is checked against the deed's, not against any year beside his name
    # ("after the 1973 Arab-Israeli war practised shuttle diplomacy").
    assert Session(tutor).respond("did henry kissinger win the nobel peace prize in 1973").answer.startswith("Yes. ")
    assert Session(tutor).respond("did henry kissinger win the nobel peace prize in 1975").answer.startswith("No. ")
    assert Session(tutor).respond("did richard nixon visit china in 1972").answer.startswith("Yes. ")
    # A surname the passages give two people ("John F. Kennedy", "Robert Kennedy") names
    # neither by itself: "Kennedy's phrase 'Ich bin ein Berliner'" is no "Yes." for Robert.
    for question in ("did robert kennedy say ich bin ein berliner", "did robert kennedy speak in west berlin in 1963"):
        assert not Session(tutor).respond(question).answer.startswith("Yes"), question

