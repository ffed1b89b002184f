"""The plain claim check (`ClaimCheck`): a yes/no claim decided from one sentence that says
all its parts, "no" when a sentence tells the deed the other way round or gives another
party, partner or year in the claimed one's slot, and no verdict where it cannot tell."""

from __future__ import annotations

import re

import pytest

from tutor.answering.sentence_verdict import yes_or_no
from tutor.answering.session import Session


def answer(tutor, question: str) -> str:
    return Session(tutor).respond(question).answer


def verdict(tutor, question: str) -> str:
    """The answer's opening word ("Yes", "No"), or "" when it opens with no verdict."""
    first = answer(tutor, question).split(".", 1)[0]
    return first if first in ("Yes", "No") else ""


@pytest.fixture(scope="module")
def check(tutor):
    return tutor.composer.claim_check


@pytest.mark.parametrize(
    ("question", "sentence", "reversed_"),
    [
        # The doer after "by" in the passive.
        ("did the league of nations replace the un", "The League of Nations was dissolved in 1946, replaced by the United Nations.", True),
        # The sentence's subject does the deed a verb in "-ing" after a comma tells.
        ("did the oau replace the african union", "The African Union was launched on 9 July 2002, replacing the Organisation of African Unity (OAU).", True),
        # The doer before the verb in its clause.
        ("did egypt return the sinai to israel", "The treaty traded land for peace: Israel returned the Sinai, and Egypt offered recognition.", True),
        ("did israel return the sinai to egypt", "The treaty traded land for peace: Israel returned the Sinai, and Egypt offered recognition.", False),
        # A passive with no doer named says nothing of who did it.
        ("did carter and torrijos sign the panama canal treaties", "The Panama Canal Treaties were signed at the headquarters of the OAS.", False),
        # An irregular past form is the verb; the doers after "by" end before "to", and a
        # name's adjective says it ("German Foreign Secretary": Germany sent it, to Mexico).
        ("did mexico send the zimmermann telegram to germany", "The telegram was sent on 16 January 1917 by German Foreign Secretary Arthur Zimmermann to the ambassador in Mexico.", True),
        ("did germany send the zimmermann telegram to mexico", "The telegram was sent on 16 January 1917 by German Foreign Secretary Arthur Zimmermann to the ambassador in Mexico.", False),
        # All the doers of a list after "by", a participle's.
        ("did the uk sign the budapest memorandum", "The Budapest Memorandum was an agreement signed on 5 December 1994 in Budapest by Ukraine, Russia, the United States and the United Kingdom, in which the three nuclear powers gave Ukraine assurances.", False),
        # A relative clause after what the subject is said to be is the subject's deed, not
        # that of the names in between.
        ("did the treaty of ghent end the war of 1812 between the us and britain", "The Treaty of Ghent was the peace treaty between the United States and Great Britain that concluded the War of 1812.", False),
        ("did the war of 1812 end the treaty of ghent", "The Treaty of Ghent was the peace treaty between the United States and Great Britain that concluded the War of 1812.", True),
    ],
)
def test_a_deed_told_the_other_way_round(check, question, sentence, reversed_):
    assert check._reversed(check._claim(question), sentence) is reversed_


def test_the_doer_a_passive_claim_names_must_do_the_deed(check):
    claim = check._claim("was the munich agreement signed by czechoslovakia?")
    assert not check._done_by_its_doer(claim, "The agreement, signed in Munich, in which Germany and Italy agreed that Czechoslovakia must hand over the Sudetenland.")
    assert check._done_by_its_doer(claim, "The agreement was signed by Czechoslovakia and Germany.")


def test_a_title_gives_only_its_own_subject(check):
    # "The Treaty of Rapallo ..." in the document on the pact is not about the pact.
    title = check._tokens("Molotov-Ribbentrop Pact")
    assert not check._of_its_title("The Treaty of Rapallo was signed at Rapallo, in Italy, by German and Soviet ministers.", title)
    assert check._of_its_title("It was signed in Moscow on 23 August 1939.", title)


def test_a_place_given_with_the_wider_place_it_lies_in_confirms():
    sentence = "The Bandung Conference was the meeting of 29 Asian and African states held in Bandung, Indonesia, from 18 to 24 April 1955."
    assert yes_or_no("was the bandung conference held in indonesia", sentence) != "no"
    assert yes_or_no("was the bandung conference held in india", sentence) == "no"


@pytest.mark.parametrize(
    ("question", "expected", "named"),
    [
        # Roles reversed.
        ("did the gatt replace the wto", "No", "WTO replaced"),
        ("did the oau replace the african union", "No", "replacing the Organisation of African Unity"),
        ("did egypt return the sinai to israel", "No", "Israel returned the Sinai"),
        # Another party, partner or year in the claimed one's slot.
        ("was the treaty of portsmouth between russia and china", "No", "Japan"),
        ("was the tashkent declaration between india and china", "No", "Pakistan"),
        ("was asean founded in 1977", "No", "1967"),
        # Said whole by one sentence.
        ("was the league of nations founded in 1920", "Yes", "1920"),
        ("was the treaty of tordesillas between spain and portugal", "Yes", "Spain and Portugal"),
        ("did the wto replace the gatt", "Yes", "GATT"),
    ],
)
def test_the_claim_checked_against_one_sentence(tutor, question, expected, named):
    said = answer(tutor, question)
    assert said.startswith(f"{expected}. ")
    assert named in said.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "was korea divided at the 17th parallel?",  # said of Vietnam in a document whose title names Korea
        "was the league of nations a success?",  # a judgement, which the facts leave to the learner
        "does the un have its own army",  # words said together confirm no standing state
    ],
)
def test_no_verdict_where_one_sentence_cannot_tell(tutor, question):
    assert verdict(tutor, question) != "Yes"


@pytest.mark.parametrize(
    ("question", "sentence", "affirms"),
    [
        ("did the us senate reject the ctbt", "The US Senate voted the CTBT down on 13 October 1999, by 51 votes to 48.", True),
        ("did the us senate reject the treaty", "The US Senate refused to ratify the treaty, because of objections to the Covenant.", True),
        # Another party refused; or the claimed one never refused.
        ("did the us senate reject the treaty", "France refused to ratify the treaty.", False),
        ("did the us senate reject the treaty", "The US Senate never refused the treaty.", False),
        # Not a claim of refusing.
        ("did the us senate ratify the treaty", "The US Senate refused to ratify the treaty.", False),
    ],
)
def test_a_refusal_told_in_a_denial_affirms_a_claimed_refusal(check, question, sentence, affirms):
    assert check._refusal_claimed(check._claim(question), sentence, set()) is affirms


def test_a_claim_stated_after_is_it_true_is_read_as_asked(check):
    assert check._claim("is it true that the un was founded in 1945") == ("was", "the un founded in 1945")
    assert check._claim("is it true the us senate rejected the treaty") == ("", "the us senate rejected the treaty")
    assert check._claim("is it true nato is an alliance?") == ("is", "nato an alliance")


def test_a_party_ending_a_longer_name_fills_the_pair_and_the_whole_document_is_read(tutor):
    # "between the United Kingdom and the People's Republic of China", in the overview,
    # which the answer's passages need not include.
    said = answer(tutor, "was the hong kong joint declaration between china and france")
    assert said.startswith("No. ") and "United Kingdom" in said.split("\n")[0].split(". ")[1]


def test_another_thing_of_the_claimed_kind_taken_by_the_deed(check, tutor):
    # "ended the Russo-Japanese War" for "end the Crimean War?": the war the deed takes.
    sentence = "The Treaty of Portsmouth was the peace treaty signed on 5 September 1905 that ended the Russo-Japanese War."
    claimed, slot = check._deed_object("the treaty of portsmouth end the crimean war", [(sentence, None, set())])
    assert claimed == "crimean"
    assert re.search(slot, sentence)["x"] == "Russo-Japanese War"
    # A noun sharing the claim's word is no verb ("the peace treaty").
    assert not check._told(re.search("treaty", sentence))
    said = answer(tutor, "did the treaty of portsmouth end the crimean war")
    assert said.startswith("No. ") and "Russo-Japanese War" in said.split("\n")[0]


def test_the_sentence_naming_another_party_is_one_about_the_subject_itself(tutor):
    # The overview's defining sentence, not one on the treaty's later fate.
    said = answer(tutor, "was the treaty of tordesillas between spain and england")
    assert said.startswith("No. The Treaty of Tordesillas was the agreement")


def test_a_passive_claim_is_told_of_its_own_subject(check):
    claim = check._claim("were the camp david accords signed in 1979")
    title = check._tokens("Camp David Accords")
    # Another thing signed that year.
    assert not check._done_to_its_subject(claim, "The Egypt-Israel framework of the Camp David Accords succeeded: the two countries signed their peace treaty on 26 March 1979.", title)
    claim = check._claim("was the league of nations founded in 1920")
    assert check._done_to_its_subject(claim, "The League of Nations was founded on 10 January 1920.", check._tokens("League of Nations"))
    claim = check._claim("was the inf treaty signed in 1987")
    assert check._done_to_its_subject(claim, "On 8 December 1987 Reagan and Gorbachev signed the Intermediate-Range Nuclear Forces (INF) Treaty.", set())


@pytest.mark.parametrize(
    "question",
    [
        # The subject named only in passing, as an item of another's list or what another
        # was adopted under: the sentence's own subject is another thing.
        "was the NPT signed in 1968?",
        "was the unfccc adopted in 2015",
        # A claim of what the subject is about: not decided by a sentence telling what befell
        # it, one not naming it, one naming the topic in a list after a colon, or one
        # denying in another clause.
        "is the jcpoa about iran's nuclear programme?",
        "did the treaty of lausanne deal with turkey",
        "is the treaty of tlatelolco about africa",
        "were the algiers accords about the iran hostage crisis",
    ],
)
def test_no_verdict_from_a_sentence_about_another_thing(tutor, question):
    wrong = {"was the unfccc adopted in 2015": "Yes", "is the treaty of tlatelolco about africa": "Yes"}.get(question, "No")
    assert verdict(tutor, question) != wrong


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The sentence's subject is the document's by a shorter name or by its initials.
        ("was nato founded in 1949", "Yes"),
        ("was the vienna convention on the law of treaties adopted in 1969", "Yes"),
        # A scene before the subject ("At the Munich conference ...") names no other subject.
        ("was czechoslovakia at the table for the munich agreement", "No"),
        # "The Korean War" says Korea; a sentence saying what the subject is denies the topic.
        ("was the geneva conference of 1954 about korea and indochina", "Yes"),
        ("was the treaty of portsmouth about ending a war between russia and china", "No"),
    ],
)
def test_verdicts_from_sentences_about_the_claims_subject_stand(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_the_claims_subject_is_read_from_the_documents_title(tutor, check):
    """The title's words opening the claim, else a "was" claim's words before its verb."""
    passages = tutor.retriever.search("treaty of lausanne turkey").passages
    assert passages[0].chunk.title.startswith("Treaty of Lausanne")
    assert check._claim_subject(("did", "the treaty of lausanne deal with turkey"), passages) == check._tokens("treaty of lausanne")
    assert check._claim_subject(("was", "the npt signed in 1968"), passages) == check._tokens("npt")
    assert check._claim_subject(("did", "britain sign it"), passages) == set()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The sentence saying what the subject is, led by its name (or its name with its
        # initials in brackets), says the topic after the name.
        ("were the six-party talks about north korea", "Yes"),
        ("is the jcpoa about iran's nuclear programme?", "Yes"),
        ("did the treaty of lausanne deal with turkey", "Yes"),
        # A topic that sentence does not say gets no "yes".
        ("were the six-party talks about south africa", ""),
        ("is the treaty of tlatelolco about africa", ""),
    ],
)
def test_a_claim_of_what_the_subject_is_about_is_confirmed_by_what_it_is(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # A "no" read from another deed ("Russia did not win the Crimean War").
        "Did the Treaty of Paris of 1856 end the Crimean War?",
        # A "yes" read from the deed done to another thing ("to negotiate two disengagement agreements").
        "Did Kissinger negotiate the Camp David Accords?",
    ],
)
def test_no_verdict_from_another_deed_or_another_object(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert not answer.startswith(("Yes.", "No."))


def test_a_condition_or_hearsay_hedges_in_any_case():
    from tutor.answering.claim_check import HEDGE

    assert HEDGE.search("Only if the Senate consents can the treaty be ratified.")
    assert HEDGE.search("Reportedly, the envoy carried a letter.")
    # "May" the month hedges nothing.
    assert not HEDGE.search("In May 1972 the two leaders signed the treaty in Moscow.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A leader by his nickname or initials (the glossary gives the full name).
        ("did teddy roosevelt win the nobel peace prize", "Yes"),
        ("did fdr go to the yalta conference", "Yes"),
    ],
)
def test_a_leader_named_by_a_nickname(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The knowledge says the part is the whole's organ or body, not "part of".
        ("is the security council part of the UN", "Yes"),
        ("is the international court of justice part of the united nations", "Yes"),
        ("is the north atlantic council part of nato", "Yes"),
        # Another whole's organ says nothing of this one.
        ("is the icj part of the eu", ""),
        ("is the north atlantic council part of the eu", ""),
    ],
)
def test_a_part_of_a_whole_said_as_its_organ_or_body(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_part_claim_reads_the_part_and_the_whole():
    from tutor.answering.claim_check import PART_OF_CLAIM

    claimed = PART_OF_CLAIM.match("the security council part of the UN")
    assert (claimed["part"], claimed["whole"]) == ("the security council", "the UN")
    claimed = PART_OF_CLAIM.match("the secretariat one of the main organs of the un")
    assert (claimed["part"], claimed["whole"]) == ("the secretariat", "the un")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A state said by its adjective before its leader's title ("Egyptian President ...").
        ("did egypt nationalise the suez canal in 1956", "Yes"),
        # The deed told of another doer, in a clause after "after", confirms nothing.
        ("did israel nationalise the suez canal", ""),
        ("did the us and the soviet union sign the inf treaty", "Yes"),
        # A participle's doers after "by" (was "No.", the list cut at its first comma).
        ("did the uk sign the budapest memorandum?", "Yes"),
        ("did britain sign the munich agreement in 1938?", "Yes"),
    ],
)
def test_the_doer_of_a_deed_by_name_or_adjective(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_deed_told_of_another_doer(check):
    claim = check._claim("did israel nationalise the suez canal")
    sentence = "The Suez Crisis was the crisis of 1956 in which Britain, France and Israel attacked Egypt after Egyptian President Gamal Abdel Nasser nationalised the Suez Canal Company."
    assert check._told_of_another(claim, sentence)
    assert not check._told_of_another(check._claim("did egypt nationalise the suez canal"), sentence)


def test_a_verb_in_the_third_person_has_the_verbs_forms():
    from tutor.answering.claim_check import verb_forms

    assert re.fullmatch(verb_forms("nationalises"), "nationalised")
    assert re.fullmatch(verb_forms("discuss"), "discussed")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Another party of a pair, the claim's everyday words ("split", "new world") unsaid.
        ("did the treaty of tordesillas split the new world between spain and france", "No"),
        ("did the treaty of tordesillas split the new world between spain and portugal", ""),
        # A sentence that does not name the subject itself decides nothing so loosely.
        ("did the camp david accords bring peace between egypt and jordan", ""),
    ],
)
def test_another_party_of_a_pair_in_other_words(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "verb"),
    [
        # The word the sentence tells as a deed, for both readings of the claim.
        ("did nasser nationalise suez", "Nasser nationalised the Suez Canal Company.", "nationalise"),
        # None told: the word a determiner follows.
        ("did kissinger negotiate the camp david accords", "Kissinger used shuttle diplomacy to negotiate two agreements.", "negotiate"),
    ],
)
def test_one_reading_of_the_claimed_verb(check, question, sentence, verb):
    words = re.findall(r"[\w'-]+", check._claim(question)[1])
    assert words[check._claimed_verb(words, sentence)] == verb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A named thing of a kind the glossary knows whole ("the Second World War"): another
        # of that kind in its slot ("ended the First World War") denies it.
        ("did the treaty of versailles end the second world war", "No"),
        ("did the treaty of versailles end the first world war", "Yes"),
    ],
)
def test_another_named_war_in_the_deeds_slot(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_an_object_pointing_back_names_what_the_claim_does(tutor):
    # "... Joe Biden and Russian President Vladimir Putin extended it for five years".
    assert verdict(tutor, "did Biden extend New START?") == "Yes"


def test_the_parties_between_may_be_named_by_other_names(tutor):
    """"Between the US and Britain" is said by "between the United States and Great Britain";
    a treaty said to be the one that concluded a war ended it."""
    assert verdict(tutor, "Did the Treaty of Ghent end the War of 1812 between the US and Britain?") == "Yes"
    assert verdict(tutor, "did the treaty of ghent end the war of 1812") == "Yes"


@pytest.mark.parametrize(
    ("question", "another"),
    [
        ("did rwanda join the commonwealth", False),
        ("did gabon join the commonwealth", False),
        ("did gabon join the commonwealth in 2022", False),
        # At another party's date the deed is told of that party.
        ("did gabon join the commonwealth in 1995", True),
        ("did norway join the commonwealth", True),
    ],
)
def test_a_doer_after_the_verb_with_only_a_date_of_its_own_does_the_deed_too(check, question, another):
    """"Mozambique joined in 1995, Rwanda in 2009, and Gabon and Togo in 2022": the verb is
    left out before each later date, and the deed is Rwanda's, Gabon's and Togo's too, each
    at its own date; a doer named nowhere is another's."""
    sentence = "Some members were never British territories: Mozambique joined in 1995, Rwanda in 2009, and Gabon and Togo in 2022."
    assert check._told_of_another(check._claim(question), sentence) is another


def test_a_verb_with_an_object_leaves_out_no_doer(check):
    """"India absorbed Junagadh in 1947 and Hyderabad in 1948": Hyderabad is the object
    left out after the verb, not a doer."""
    sentence = "Nearly all joined one or the other by 1947, though India absorbed Junagadh in 1947 and Hyderabad in 1948."
    assert check._told_of_another(check._claim("did hyderabad absorb junagadh"), sentence)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did rwanda join the commonwealth?", "Yes"),
        ("did gabon join the commonwealth?", "Yes"),
        ("did togo join the commonwealth?", "Yes"),
        ("did gabon join the commonwealth in 2022?", "Yes"),
        ("did gabon join the commonwealth in 1995?", "No"),
        ("did hyderabad absorb junagadh?", ""),
    ],
)
def test_a_member_named_after_the_verb_of_its_wave_joined_at_its_own_date(tutor, question, expected):
    # "Some members were never British territories: Mozambique joined in 1995, Rwanda in
    # 2009, and Gabon and Togo in 2022."
    assert verdict(tutor, question) == expected
