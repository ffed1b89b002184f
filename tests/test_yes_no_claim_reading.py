"""Yes/no verdicts read from what a sentence says of the claim in other words (branch
yesno17): rules of deciding exclude each other ("by majority vote?" / "by consensus"), a
claim held only in limited cases holds as a rule not, and a claim whose object a clause
says more of is confirmed by one sentence for the claim and another for the clause."""

from __future__ import annotations

import pytest

from tutor.answering.claim_text import claim_proper
from tutor.answering.denial_reach import denied_reaches
from tutor.answering.opposed_senses import opposed
from tutor.answering.session import Session
from tutor.answering.sentence_verdict import yes_or_no


def opening(tutor, question: str) -> str:
    """The answer's verdict ("Yes", "No", "Usually not", ...), or "" when it opens with none."""
    answer = Session(tutor).respond(question).answer
    first = answer.split(".", 1)[0]
    return first if first in ("Yes", "No", "Usually not", "Usually, yes", "Only partly", "Opinions differ") else ""


def test_a_rule_of_deciding_is_denied_by_the_other_rule():
    sentence = "NATO takes all its decisions by consensus, and there is no voting in the North Atlantic Council."
    assert opposed("does nato make decisions by majority vote?", sentence)
    assert opposed("does nato decide by majority?", "Because the North Atlantic Council decides by consensus, representatives negotiate.")
    assert opposed("does the osce decide unanimously?", "The OSCE takes its decisions by a simple majority.")


def test_a_rule_given_beside_the_other_denies_nothing():
    # "by consensus or, if consensus cannot be reached, by a two-thirds majority"
    both = "The AU Assembly takes its decisions by consensus or, if consensus cannot be reached, by a two-thirds majority."
    assert not opposed("does the au decide by majority?", both)
    # Nor when another sentence of the answer gives the asked rule.
    others = ("Many General Assembly resolutions are now adopted by consensus without a vote.",)
    assert not opposed("are general assembly decisions made by consensus?", "General Assembly decisions on important questions need a two-thirds majority.", others)


def test_a_plain_claim_held_only_in_limited_cases_is_not_confirmed():
    sentence = "Qualified majority voting is allowed only in limited cases, such as measures implementing a decision already agreed unanimously."
    assert yes_or_no("does the EU make its foreign policy decisions by majority vote?", sentence) == "no"
    # Asked with a modal, the claim holds in those cases.
    assert yes_or_no("can the EU use majority voting?", sentence) != "no"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind14: was "Yes." from the sentence allowing majority voting in limited cases.
        ("does the EU make its foreign policy decisions by majority vote?", "Usually not"),
        # was "Yes." from "the North Atlantic Council decides by consensus".
        ("does nato decide by majority?", "No"),
        ("does nato make decisions by majority vote?", "No"),
        # blind9: the claim and the clause on its object said by two sentences.
        ("can the security council impose sanctions that all un members must follow", "Yes"),
    ],
)
def test_verdicts_read_in_other_words(tutor, question, expected):
    assert opening(tutor, question) == expected


def test_the_sentence_saying_the_clause_follows_the_verdict(tutor):
    answer = Session(tutor).respond("can the security council impose sanctions that all un members must follow").answer
    first, second = answer.split(". ")[1:3]
    assert "can impose sanctions" in first
    assert "all UN member states must carry out" in second


def test_no_verdict_where_the_knowledge_gives_either_rule(tutor):
    # Consensus or, failing that, a two-thirds majority: neither yes nor no.
    assert opening(tutor, "does the AU decide by majority?") not in ("Yes", "No")
    # General Assembly resolutions: a two-thirds majority, though many by consensus.
    assert opening(tutor, "are un general assembly decisions made by consensus?") not in ("Yes", "No")


def test_a_denial_reaches_to_the_end_of_its_phrase():
    reaches = denied_reaches("Because of Article 22, British police could not enter Ecuador's London embassy while Julian Assange stayed there until his arrest.")
    assert reaches == [" enter Ecuador's London embassy "]
    assert "arrested" in denied_reaches("The person of a diplomat is inviolable: the diplomat cannot be arrested or detained, and ...")[0]
    assert denied_reaches("Diplomatic immunity shields diplomats from arrest and from the courts.")[0].strip() == "arrest and from the courts"


@pytest.mark.parametrize("question", ["can police arrest a foreign diplomat", "can the police arrest a foreign ambassador"])
def test_a_no_opens_with_a_sentence_denying_the_deed_asked_about(tutor, question):
    # Was "No. Because of Article 22, British police could not enter Ecuador's London embassy ...
    # until his arrest": a denial of entering, not of arresting.
    answer = Session(tutor).respond(question).answer
    assert answer.startswith("No. ")
    assert "arrest" in answer.split(". ")[1] and "could not enter" not in answer.split(". ")[1]


def proper(tutor, question: str, names_something=lambda said: False) -> str:
    """The claim of a yes/no question as the composer reads it."""
    return claim_proper(question, names_something, tutor.intents.confirmation.as_question)


def test_the_claim_leaves_out_asides_and_closers(tutor):
    def names(said: str) -> bool:
        return "UNSC" in said

    assert proper(tutor, "did china sign the npt (first year student here)?", names) == "did china sign the npt?"
    assert proper(tutor, "is morocco in the african union? just curious", names) == "is morocco in the african union?"
    # A second question, or a request after the first, is no closer; nor a name or a year in brackets.
    assert proper(tutor, "who signs a treaty? is it always the president?", names) == "who signs a treaty? is it always the president?"
    assert proper(tutor, "has preventive diplomacy ever worked? give an example", names) == "has preventive diplomacy ever worked? give an example"
    assert proper(tutor, "can the security council (UNSC) impose sanctions?", names) == "can the security council (UNSC) impose sanctions?"
    assert proper(tutor, "was the treaty signed in (1919)?", names) == "was the treaty signed in (1919)?"


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("wasnt the cuban missile crisis in 1972", "was the cuban missile crisis in 1972"),
        ("Didn't the US join the League?", "Did the US join the League?"),
        ("isn’t it binding?", "is it binding?"),
        # Not an auxiliary opening the question, nor one of "can" or "will". (Words asking to
        # confirm are put in their one form, "is it true that".)
        ("is it true the treaty wasn't ratified?", "is it true that the treaty wasn't ratified?"),
        ("can't a diplomat be arrested?", "can't a diplomat be arrested?"),
    ],
)
def test_a_negated_auxiliary_claims_what_the_plain_one_does(tutor, question, claim):
    assert proper(tutor, question) == claim


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wasnt the cuban missile crisis in 1972", "No"),
        ("wasn't the cuban missile crisis in 1962", "Yes"),
    ],
)
def test_a_negated_question_gets_the_plain_claims_verdict(tutor, question, expected):
    assert Session(tutor).respond(question).answer.startswith(f"{expected}. ")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Questions of the dev set, with talk around them that asks nothing.
        ("quick one for my revision notes. did china sign the npt?", "Yes"),
        ("(sorry, typing on a train) is morocco in the african union?", "Yes"),
        ("this might be silly but was egypt suspended from the arab league after making peace with israel?", "Yes"),
        ("did the usa ratify the kyoto protocol? it came up in class", "No"),
        ("is china a member of asean (we argued about it)?", "No"),
    ],
)
def test_talk_around_a_yes_no_question_leaves_its_verdict(tutor, question, expected):
    assert opening(tutor, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A yes/no question pointing back to the subject a lead-in names.
        ("ok so the kyoto protocol. did the us ratify it?", "No"),
        ("the league of nations: did the us join it?", "No"),
        ("START II - did it ever enter into force?", "No"),
        # A possessive the question's own subject owns points back to nothing before it.
        ("I'm writing a paper due friday - does the EU have its own embassies?", "Yes"),
    ],
)
def test_a_yes_no_question_after_a_lead_in_naming_its_subject(tutor, question, expected):
    assert opening(tutor, question) == expected


def test_a_yes_no_question_offering_an_answer_to_a_wh_question_gets_no_verdict_of_its_own(tutor):
    # "is it the foreign minister?" offers an answer to "who does the daily work": no "Yes."
    # from a sentence on foreign ministers.
    assert opening(tutor, "in official diplomacy who actually does the daily work - is it the foreign minister??") == ""


def test_a_pronoun_after_a_lead_in_is_not_read_as_the_question_alone(tutor):
    # "it" is the veto the lead-in names, not Russia's membership of the G7.
    answer = Session(tutor).respond("my teacher keeps talking about the veto. does russia have it?").answer
    assert "G7" not in answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The verdict reads the words the search repaired, as the search does.
        ("is the british king the head of goverment?", "No"),
        ("was there a seccret deal about missiles in turkey to end the cuban crisis?", "Yes"),
        ("did the usa ratify the kyoto protocal?", "No"),
    ],
)
def test_a_misspelt_yes_no_question_keeps_its_verdict(tutor, question, expected):
    assert opening(tutor, question) == expected


def test_a_question_offering_somewhere_else_is_the_yes_no_of_its_first_place(tutor):
    # "... or somewhere else?" offers only the other of the first: "No." and where it was.
    answer = Session(tutor).respond("were the dayton accords signed in dayton or somewhere else?").answer
    assert answer.startswith("No. ") and "Paris" in answer.split(". ")[1]


def test_what_a_side_pledged_not_to_do_denies_only_that_deed(tutor):
    sentence = "The Soviet Union withdrew the missiles in return for a US pledge not to invade Cuba and a secret US promise to remove its missiles from Turkey."
    assert yes_or_no("was there secret diplomacy in the cuban missile crisis", sentence) != "no"
    assert yes_or_no("did the US invade cuba?", sentence) == "no"
    assert opening(tutor, "was there secret diplomacy in the cuban missile crisis") == "Yes"


def test_a_belief_the_sentence_reports_as_false_denies_the_claim(tutor):
    sentence = "A common myth holds that an embassy is the territory of the state it represents; in law, an embassy stays part of the host state's territory."
    assert yes_or_no("is an embassy the territory of the country it represents?", sentence) == "no"
    # What the rest of the sentence says more of is the rest's to decide.
    assert yes_or_no("does an embassy stay part of the host state's territory in law?", sentence) == "yes"
    assert opening(tutor, "is an embassy the territory of the country it represents?") == "No"


def test_a_count_the_sentence_gives_otherwise_denies_the_claim(tutor):
    sentence = "The Geneva tribunal had five members: one named by the United States, one by Britain and three by neutral states."
    assert yes_or_no("did the alabama tribunal have seven members?", sentence) == "no"
    assert yes_or_no("did the alabama tribunal have five members?", sentence) == "yes"
    # Counted of another word, or not counted at all, it says nothing of the count.
    assert yes_or_no("did the tribunal have seven judges?", sentence) != "no"
    assert opening(tutor, "did britain pay 25 million dollars in the alabama claims?") == "No"
    assert opening(tutor, "does the security council have 15 members?") == "Yes"


def test_a_year_dates_the_deed_only_in_the_clause_that_says_it():
    sentence = "The Panama Canal Treaties are the two treaties signed in Washington on 7 September 1977, under which the United States handed the Panama Canal to Panama."
    # "1977" dates the signing, not the handing over.
    assert yes_or_no("was the panama canal handed over in 1999?", sentence) != "no"
    assert yes_or_no("were the panama canal treaties signed in 1979?", sentence) == "no"


def test_a_denial_said_of_another_named_party_denies_nothing_of_the_claims_subject(tutor):
    sentence = ("The Palestine Liberation Organization (PLO) did not attend the Madrid Conference officially, "
                "because Israel refused to negotiate with it, so the Palestinians came as part of the joint delegation with Jordan.")
    assert yes_or_no("did jordan take part in the madrid conference?", sentence) != "no"
    assert yes_or_no("did the PLO attend the madrid conference?", sentence) == "no"
    # A sentence's first word is no party's name ("Breaking diplomatic relations does not ...").
    assert yes_or_no("do consular relations end too?", "Breaking diplomatic relations does not automatically end consular relations.") == "no"


def test_initials_after_the_name_a_party_the_sentence_writes_out(tutor):
    sentence = "The United States pulled out of the INF Treaty because it judged that Russia was violating the treaty and would not return to compliance."
    # Russia's denial, in the clause after "because", says nothing of the US's deed.
    assert yes_or_no("did the us withdraw from the inf treaty?", sentence) != "no"
    assert yes_or_no("did russia return to compliance?", sentence) == "no"
    # Nor is "le" of "Le Duc Tho" read as initials: only after "the".
    assert yes_or_no("did le duc tho accept the prize?", "Le Duc Tho did not accept the prize.") == "no"


@pytest.mark.parametrize("question", ["did the us withdraw from the inf treaty?", "did the US leave the INF treaty"])
def test_a_sentence_denying_only_another_party_leaves_the_verdict_to_the_others(tutor, question):
    assert opening(tutor, question) == "Yes"


@pytest.mark.parametrize(
    ("question", "present"),
    [
        ("is it true that the uk is in the eu?", True),
        ("true or false: the uk is in the eu?", True),
        # The opener's "is" is not the claim's (claim_check and claim_time read one opener).
        ("is that right, the us never joined the league?", False),
        ("is it true that the us didn't join the league?", False),
    ],
)
def test_the_words_asking_whether_a_claim_holds_are_not_its_own(question, present):
    from tutor.answering.claim_time import claims_a_present_state

    assert claims_a_present_state(question) is present


def test_a_light_verb_keeps_its_sense_in_a_claim(tutor):
    """A light verb is part of what a yes/no question claims: dropping it from every claim
    (27d07ed) gave a false "No." to "did the US put missiles in Turkey?" and a false "Yes." to
    "did the US go to war with Cuba?", and dropping it after "ban" (b92b781) a false "No." to
    "did the INF treaty ban putting missiles in europe?" (fresh-eyes reviews; both reverted)."""
    assert opening(tutor, "did the US put missiles in Turkey?") != "No"
    assert opening(tutor, "did the US go to war with Cuba?") != "Yes"
    assert opening(tutor, "did the INF treaty ban putting missiles in europe?") != "No"
