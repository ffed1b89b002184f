"""Yes/no verdicts a reviewer found false (round 20), by their general causes: a sentence
naming the claim's party but none of its deed, a deed said of another person whose name
is made of everyday words, a denial of the claim's thing under another qualifier, a claim
that something was a party's own against a sentence saying it was shared, and a signing
taken for entry into force. Where the knowledge does not settle the claim, no verdict."""

from __future__ import annotations

import pytest

from tutor.answering.counted import a_count, counted, other_count
from tutor.answering.sentence_verdict import IN_A_CONDITION, _denies_another_kind, yes_or_no
from tutor.answering.session import Session


def verdict(tutor, question: str) -> str:
    """The answer's opening word ("Yes", "No"), or "" when it opens with no verdict."""
    answer = Session(tutor).respond(question).answer
    first = answer.split(".", 1)[0]
    return first if first in ("Yes", "No") else ""


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # "Britain and France gave way to Hitler because ..." says nothing of signing.
        ("did britain sign the munich agreement in 1938?", "No"),
        # "... John Foster Dulles attended only briefly, because the United States, which
        # recognised the People's Republic of China only in 1979, refused ...": Dulles's deed.
        ("did china attend the geneva conference of 1954?", "No"),
        # "Karadžić and Mladić were excluded ...": nothing said of attending confirms it.
        ("did karadzic attend dayton?", "Yes"),
        # "appointed by the General Assembly on the recommendation of the Security Council".
        ("is the UN secretary-general elected by the security council?", "Yes"),
        # "An embassy is not foreign territory": another kind of territory.
        ("is an embassy part of the host state's territory?", "No"),
        # "An executive agreement is an international agreement that the president concludes
        # without the two-thirds Senate vote a treaty needs": said of another agreement.
        ("does a treaty need a 2/3 majority in the senate?", "No"),
    ],
)
def test_no_false_verdict(tutor, question, wrong):
    assert verdict(tutor, question) != wrong


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "a joint Jordanian-Palestinian delegation".
        ("did the palestinians have their own delegation at madrid?", "No"),
        # "The Treaty of Sèvres was never ratified", not "... signed on 10 August 1920".
        ("did the treaty of sevres ever come into force?", "No"),
        ("did britain sign the munich agreement in 1938?", "Yes"),
        # A verb classing the subject is no deed a sentence must say.
        ("what is economic statecraft? would the marshall plan count?", "Yes"),
    ],
)
def test_verdicts_from_the_sentence_that_speaks_to_the_claim(tutor, question, expected):
    *context, asked = question.split("? ")
    session = Session(tutor)
    for turn in context:
        session.respond(turn + "?")
    answer = session.respond(asked).answer
    assert answer.split(".", 1)[0] == expected


def test_a_denial_under_another_qualifier_denies_another_kind():
    assert _denies_another_kind("is an embassy part of the host state's territory?", "An embassy is not foreign territory, but the host state cannot act inside it.")
    assert _denies_another_kind("were they portuguese colonies?", "They were never British colonies.")
    # The question's own qualifier said too, or none given: the denial stands.
    assert not _denies_another_kind("were they british colonies?", "They were never British colonies.")
    assert not _denies_another_kind("is palestine a un member?", "Palestine is not a full UN member.")
    assert not _denies_another_kind("is the jcpoa a treaty?", "The JCPOA is not a binding treaty.")
    assert yes_or_no("is the jcpoa a treaty?", "The JCPOA is not a binding treaty.") == "no"


def test_a_shared_thing_is_no_party_s_own():
    sentence = "The Palestinians came as part of the joint delegation with Jordan."
    assert yes_or_no("did the palestinians have their own delegation?", sentence) == "no"
    assert yes_or_no("did the palestinians have a delegation?", sentence) == "yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "The Munich Agreement was signed by German dictator Adolf Hitler, British Prime
        # Minister Neville Chamberlain, ...": whatever "... agreed that Czechoslovakia must
        # hand over ..." says beside "signed".
        ("did czechoslovakia sign the munich agreement?", "No"),
        ("was the munich agreement signed by czechoslovakia?", "No"),
        ("did stalin sign the munich agreement?", "No"),
        # "... signed by the two foreign ministers, Vyacheslav Molotov for the Soviet Union
        # and Joachim von Ribbentrop for Germany".
        ("did italy sign the molotov-ribbentrop pact?", "No"),
        ("did the soviet union sign the molotov-ribbentrop pact?", "Yes"),
    ],
)
def test_the_sentence_telling_a_deeds_doers_decides(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # Doers counted ("eight Northern Ireland parties") are not all named.
        "did sinn fein negotiate the good friday agreement?",
        # A place claimed is no doer ("signed in Moscow").
        "was the molotov-ribbentrop pact signed in moscow?",
        # Another agreement's doers ("The Minsk Protocol ... was signed by ...").
        "didn't the uk sign the budapest memorandum?",
    ],
)
def test_doers_of_another_deed_or_not_all_named_deny_nothing(tutor, question):
    assert verdict(tutor, question) != "No"


def test_one_count_reader_serves_both_verdict_readers():
    # A count in digits or words, with the word it counts; a year is none.
    assert counted("did fifteen states sign it in 1975?") == {"state": {"15"}}
    assert counted("signed by 1,900 delegates and twelve countries") == {"deleg": {"1900"}, "count": {"12"}}
    assert other_count("did ten countries sign it?", "It was signed by 12 countries.")
    assert not other_count("did twelve countries sign it?", "It was signed by 12 countries.")
    assert a_count("twenty") and a_count("35") and not a_count("1945")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did twelve countries sign the antarctic treaty?", "Yes"),
        ("did fifteen states sign the helsinki final act?", "No"),
        ("did six states found asean?", "No"),
    ],
)
def test_counts_decide_alike_in_words_and_digits(tutor, question, expected):
    assert verdict(tutor, question) == expected


@pytest.mark.parametrize("question", ["did the Oslo Accords create the Palestinian Authority", "was the palestinian authority created under the oslo accords?"])
def test_a_bound_is_no_denial(tutor, question):
    """"... for a transitional period of no more than five years" bounds a period; it denies
    nothing (the review of round 20 found "No." here)."""
    assert verdict(tutor, question) != "No"


def test_two_things_are_one_only_where_a_sentence_makes_them_one(tutor):
    """A claim that two things are one ("the same person as") is not confirmed by a sentence
    giving one of them another post ("is also a Vice-President of the European Commission");
    one calling a thing by another name confirms it."""
    assert verdict(tutor, "is the EU high representative for foreign affairs the same person as the commission president") != "Yes"
    assert yes_or_no("is the High Representative the same person as the Commission President?", "The High Representative is also a Vice-President of the Commission.") is None
    assert yes_or_no("is the world court the same thing as the ICJ?", "The International Court of Justice, often called the World Court, is the principal judicial organ of the UN.") == "yes"
    assert verdict(tutor, "is the belfast agreement the same as the good friday agreement") == "Yes"
    # A share of a thing is no claim that two things are one (a review of 35c8668 found these
    # lose a right "Yes."): "all 193 members have one vote each".
    assert yes_or_no("do all UN members have the same vote in the general assembly?", "In the General Assembly all 193 members have one vote each.") == "yes"


@pytest.mark.parametrize(
    ("question", "right"),
    [
        # "the CSCE was renamed the OSCE on 1 January 1995"
        ("is the OSCE the same as the CSCE?", "Yes"),
        # "the FCDO, created in 2020 and still widely called the Foreign Office"
        ("is the Foreign Office the same as the FCDO?", "Yes"),
        # Kinds, not names: "The Ottawa Convention, also called the Ottawa Treaty" makes no
        # convention a treaty by another name.
        ("is a treaty the same as a convention", "No"),
        ("is the icj the same thing as the icc", "No"),
    ],
)
def test_one_thing_under_two_names_as_the_knowledge_names_it(tutor, question, right):
    """A review of 2878b04 found "No." said of one thing under two names that the glossary
    does not join but a sentence of the knowledge does (renamed, still called)."""
    assert verdict(tutor, question) == right


@pytest.mark.parametrize(
    "question",
    [
        # A kind after a preposition is what the claim relates its subject to, not a kind it
        # is: "No." came from "A chargé d'affaires is a diplomat who heads an embassy ..."
        # (not an ambassador), and "No." to the armistice from the treaty being a peace treaty.
        "is a charge d'affaires ranked below an ambassador",
        "is an envoy above a chargé d'affaires",
        "was the treaty of versailles signed after an armistice",
    ],
)
def test_a_kind_after_a_preposition_is_no_category_claim(tutor, question):
    assert verdict(tutor, question) != "No"


def test_a_passive_claim_names_no_doer_but_after_its_by(tutor):
    # "was the Shanghai Communiqué signed on Nixon's trip?": "No." had come from the
    # sentence telling who signed what, as if "the Shanghai Communiqué" were a doer.
    assert verdict(tutor, "was the shanghai communique signed on nixons china trip") != "No"
    # Doers after "by" are still checked against those the knowledge names.
    assert verdict(tutor, "was the munich agreement signed by czechoslovakia") == "No"


def test_a_no_to_whom_something_was_between_needs_a_sentence_saying_so(tutor):
    # "No." had come from "Lenin persuaded ... its old army could not stop the Germans"; the
    # sentence saying whom the treaty was between names both parties claimed.
    assert verdict(tutor, "was the treaty of brest-litovsk between soviet russia and germany") != "No"
    # One saying it was between others still denies it.
    assert verdict(tutor, "was the simla agreement between india and bangladesh") == "No"


@pytest.mark.parametrize(
    "question",
    ["is a charge d'affaires ranked above an ambassador?", "is an envoy ranked above an ambassador?", "is a counsellor ranked below a first secretary?"],
)
def test_a_claim_comparing_ranks_gets_no_verdict_from_sentences_that_do_not_order_them(tutor, question):
    # A reviewer found "Yes." to "ranked above" once "ranked below" was no longer "No.": nothing
    # read the order of the two; the answer gives the sentences on the ranks instead.
    assert verdict(tutor, question) == ""


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # "... join the NPT as a non-nuclear-weapon state": what Ukraine is not denies no deed.
        ("did ukraine give up its nuclear weapons under the budapest memorandum", "No"),
        # "between India and Pakistan after the 1971 war": the claimed pair ends before "after".
        ("was the simla agreement signed between india and pakistan after the 1971 war", "No"),
        # "The Lateran Treaty was the agreement of 1929 between the Holy See and the Kingdom of
        # Italy that ... created the State of Vatican City": no second subject given a role
        # (a part opening with "the" is no role without its verb), and "withdrew into the
        # Vatican" is no ending of it.
        ("is vatican city a state because of the lateran treaty", "No"),
    ],
)
def test_false_verdicts_found_by_the_yes_no_list(tutor, question, wrong):
    """Found by the yes/no list written blind in round 22."""
    assert verdict(tutor, question) != wrong


def test_a_pair_ended_by_a_time_clause_is_still_checked(tutor):
    assert verdict(tutor, "was the simla agreement signed between india and china after the 1971 war") == "No"


def test_a_state_named_beside_a_body_of_another_document_is_no_member(tutor):
    """"Is Austria in NATO?" was "Yes." from a Warsaw Pact sentence naming NATO and, in
    another clause, Austria (found by the round's knowledge review): a body with a document of
    its own is an organisation, and a sentence saying nothing of membership confirms nothing."""
    assert verdict(tutor, "is austria in nato") != "Yes"
    assert verdict(tutor, "is japan in the g7") == "Yes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "bans nuclear weapons in orbit" says it of some weapons only.
        ("does the outer space treaty ban all weapons in space", ""),
        ("does the outer space treaty ban nuclear weapons in space", "Yes"),
        # "Most ambassadors are professional, or career, diplomats": not all.
        ("are all ambassadors career diplomats", ""),
        # "... from any of the five permanent members ...": the kind picked out by a number.
        ("does every permanent member of the security council have a veto", "Yes"),
    ],
)
def test_a_claim_of_all_of_a_kind_needs_all_of_it(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_false_verdicts_found_at_the_know49a_merge(tutor):
    """A sentence of another section that speaks to the claim is checked as the answer's own
    ("... from Britain, whereas the Treaty of Paris of 1898 ... taken from Spain" said "Yes."
    to a pair it sets apart), and a kind relating the subject to another thing ("a model for
    the Outer Space Treaty") is no category its definition denies (it was "No.")."""
    assert verdict(tutor, "was the treaty of paris 1898 between spain and britain?") != "Yes"
    assert verdict(tutor, "was the antarctic treaty a model for the outer space treaty") != "No"


def test_one_of_the_others_a_sentence_denies_it_of_is_denied_it(tutor):
    """"Non-EU members Iceland, Norway, Switzerland and Liechtenstein belong to the Schengen
    Area, while Ireland, and Cyprus pending its entry, do not": "Only partly." to whether
    Ireland is in (found by the know49b helper); a subject said before the others keeps it."""
    assert verdict(tutor, "is ireland in schengen?") == "No"
    assert Session(tutor).respond("is kosovo recognised as a state").answer.startswith("Only partly.")


def test_what_a_party_cannot_do_denies_only_that():
    """"Palestine cannot vote in the General Assembly" denies voting, not that Palestine is
    an observer state ("is palestine a non-member observer state at the un" was "No."); it
    still denies a claim of voting."""
    question = "is palestine a non-member observer state at the un"
    assert yes_or_no(question, "Like other observers, Palestine cannot vote in the General Assembly.") != "no"
    assert yes_or_no("can palestine vote in the general assembly?", "Like other observers, Palestine cannot vote in the General Assembly.") == "no"


def test_a_denial_in_a_proviso_denies_nothing_the_sentence_says():
    """"..., provided they are not nationals of the receiving state" sets a condition, as
    "if ... not" does: the sentence says the family is immune."""
    sentence = "The members of a diplomat's family who form part of the household enjoy the same privileges and immunities as the diplomat, provided they are not nationals of the receiving state."
    assert yes_or_no("are a diplomat's children immune?", sentence) != "no"



def test_what_a_party_cannot_do_reaches_through_its_list():
    """"cannot offer security guarantees or large rewards, or apply heavy pressure" denies
    applying pressure too. And "provided for" is no proviso, "provided they ..." is."""
    sentence = "A small state cannot offer security guarantees or large rewards, or apply heavy pressure."
    assert yes_or_no("can a small state apply pressure?", sentence) == "no"
    assert yes_or_no("can ngos impose sanctions?", "NGOs can propose ideas, but they cannot sign treaties, impose sanctions or deploy troops.") == "no"
    assert IN_A_CONDITION.search("The treaty provided for a court that") is None
    assert IN_A_CONDITION.search("They enjoy the same immunities, provided they are") is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "Immunity also covers minor offences ... by withdrawing diplomatic number plates"
        # ends nothing: only a named thing ends or is left.
        ("Does diplomatic immunity cover a diplomat's family?", "Yes"),
        ("is russia in the g8?", "No"),
    ],
)
def test_only_a_named_thing_is_said_to_have_ended(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_subject_that_no_longer_does_one_thing_has_not_ended(tutor):
    """"... so the Kyoto Protocol no longer sets any country a target" tells that it stopped
    setting targets, not that it ended: no "No." to "is the Kyoto Protocol legally binding?"
    from it. "no longer in force" still ends it."""
    endings = tutor.composer.verdicts.endings
    assert endings._stopped_another_deed("is the kyoto protocol legally binding?", "So the Kyoto Protocol no longer sets any country a target.")
    assert not endings._stopped_another_deed("is the treaty still binding?", "The treaty is no longer in force.")
    assert not endings._stopped_another_deed("is the uk in the eu?", "The United Kingdom left the EU in 2020.")
    assert verdict(tutor, "Is the Kyoto Protocol legally binding?") != "No"


def test_a_deed_said_only_of_what_is_no_yes(tutor):
    """"... to monitor what left the plant" says the leaving of a thing it does not name, not
    of the Soviet Union (round 28: "did the ussr withdraw from the inf treaty?" was "Yes.")."""
    answer = Session(tutor).respond("did the ussr withdraw from the inf treaty?").answer
    assert not answer.startswith("Yes."), answer
    assert Session(tutor).respond("did the us withdraw from the inf treaty?").answer.startswith("Yes.")


def test_a_rank_claimed_must_be_said(tutor):
    """"Was SALT I the first arms control treaty?" claims a rank the sentence "SALT I is a
    landmark of Cold War arms control" does not say (round 29: "Yes.", found by a fresh-eyes
    review after "was that the first ...?" began to point back); one saying it still answers."""
    assert verdict(tutor, "was SALT I the first arms control treaty?") != "Yes"
    assert verdict(tutor, "was the antarctic treaty the first arms control treaty?") == "Yes"
    assert verdict(tutor, "did the iran hostage crisis last 444 days?") == "Yes"
    # Nor "No." from a sentence that says nothing of firsts.
    session = Session(tutor)
    session.respond("tell me about the munich agreement")
    assert not session.respond("was that the first proper peace conference or not??").answer.startswith("No.")


def test_the_doer_of_an_ending_has_not_ended(tutor):
    """"does the g7 have seven members" was "No." from "The G7 countries suspended Russia in
    March 2014": the G7 did the suspending; Russia, after the verb, is what it befell."""
    assert verdict(tutor, "does the g7 have seven members") == "Yes"
    assert verdict(tutor, "is russia still in the g8") == "No"


def test_the_words_asking_to_confirm_are_no_part_of_the_claim(tutor):
    """"is it true that the league of nations failed" was "No.": "true", a word the sentence
    need not say, kept the whole sentence in play, and its later denials ("could not stop",
    "never joined") were read as denying the claim."""
    assert verdict(tutor, "is it true that the league of nations failed") == "Yes"
    assert verdict(tutor, "did the league of nations fail") == "Yes"
    # Every form of words asking before the claim is read as that one ("is true that",
    # "is it true the", "isn't true that").
    for question in ("is true that the league of nations failed", "is it true the league of nations failed", "isn't true that the league failed?"):
        assert verdict(tutor, question) == "Yes", question


def test_a_verb_in_a_clause_with_its_own_subject_is_that_subjects(tutor):
    """"Germany left the League in 1933, Italy in 1937, and the Soviet Union was expelled in
    December 1939" gave "Yes." to "is it true that germany was expelled from the league":
    the expulsion is the Soviet Union's, said in a clause of its own."""
    assert verdict(tutor, "is it true that germany was expelled from the league") != "Yes"
    assert verdict(tutor, "was the soviet union expelled from the league") == "Yes"


def test_a_name_of_another_thing_does_not_say_the_claims_subject(tutor):
    """"The United States never joined, because the US Senate refused to ratify the Treaty of
    Versailles" gave "Yes." to "someone told me germany was never in the league of nations":
    one of the treaty's names, "Treaty of Peace with Germany", was read as naming Germany."""
    assert verdict(tutor, "someone told me germany was never in the league of nations") != "Yes"


def test_leaving_one_body_ends_no_membership_of_another(tutor):
    """"is the uk a member of the council of europe" was "No." from Brexit ("the United
    Kingdom left the EU"): the Council of Europe lists the UK among its 46 members."""
    assert verdict(tutor, "is the uk a member of the council of europe") == "Yes"
    assert verdict(tutor, "is the uk still in the eu") == "No"
    # Nor does another party's ending in a clause naming the subject ("Russia was expelled
    # in March 2022 after its full-scale invasion of Ukraine").
    assert verdict(tutor, "is ukraine a member of the council of europe") == "Yes"
    assert verdict(tutor, "is russia in the council of europe") == "No"
    # A short name of the claim's own body in its own document ends its membership.
    assert verdict(tutor, "is germany still in the league of nations?") == "No"
    assert verdict(tutor, "is the united states still in the joint comprehensive plan of action?") != "Yes"


def test_a_claim_after_words_asking_is_asked_as_a_question(tutor):
    """Put as "is it true that ..." and read without those words, "the icc is the same as the
    icj" lost the question form that tells an identity claim: "Yes." (review of 15786c3)."""
    for question in ("is it true that the icc is the same as the icj", "is true that the icc is the same as the icj", "is it true the icc is the same as the icj"):
        assert verdict(tutor, question) != "Yes", question


def test_a_denied_need_naming_only_the_claims_subject_is_not_the_claims(tutor):
    """"does agrément come from the receiving state" was "No." from "The receiving state does
    not have to explain a refusal of agrément": what need not be done is explaining, which the
    claim does not say; asked of it, the denial answers ("No.")."""
    assert verdict(tutor, "does agrément come from the receiving state") != "No"
    assert verdict(tutor, "does a receiving state have to explain a refusal of agrément") == "No"


def test_a_membership_taken_up_again_holds(tutor):
    """"is south africa in the commonwealth" was "No." from "South Africa left the
    Commonwealth in 1961", though the document goes on: "South Africa rejoined the
    Commonwealth on 1 June 1994". A later ending still decides (the US and Paris)."""
    assert verdict(tutor, "is south africa in the commonwealth") == "Yes"
    assert verdict(tutor, "is the uk still in the eu") == "No"
    # Only for a membership put plainly: "outside", "out of" put it the other way round.
    for question in ("is south africa outside the commonwealth?", "is south africa out of the commonwealth?", "is south africa still under commonwealth sanctions?", "is ukraine outside the council of europe?"):
        assert verdict(tutor, question) != "Yes", question
