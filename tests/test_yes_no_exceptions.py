"""Yes/no verdicts on what a denial excepts or sets apart (issue 10, round 25): "cannot be
tried ..., unless the sending state waives that immunity" denies the trial, not the waiver,
so a claim of what only the exception says is not denied by it, while a claim of what the
denial covers still is; "Unlike NATO, ..., the SCO has no ..." denies nothing of NATO; and a
claim of being kept from something ("immunity from arrest") agrees with a sentence denying
that thing ("protected from arrest"); "an entire class of" a kind is not all of it; and a
thing got from another source ("bought from France") denies "bought from Spain?"; and "a
treaty", like "treaties", is the whole kind, which no one treaty's ending ends. Questions
written for these tests."""

import pytest

from test_yes_no_false_verdicts import verdict

from tutor.answering.sentence_verdict import yes_or_no


def test_a_claim_of_the_exception_is_not_denied(tutor):
    assert verdict(tutor, "if a diplomat kills someone, can his immunity be waived by his country?") != "No"
    assert verdict(tutor, "is a deal possible if the alternatives change?") != "No"


def test_a_claim_of_what_the_denial_covers_is_still_denied(tutor):
    assert verdict(tutor, "can a diplomat be prosecuted for murder?") == "No"


def test_a_denial_after_unlike_x_is_not_of_x(tutor):
    # "Unlike NATO, whose members promise under Article 5 ..., the Shanghai Cooperation
    # Organisation ... has no collective defence commitment" was "No." to NATO's Article 5.
    assert verdict(tutor, "is article 5 of nato about collective defence") != "No"
    # The other thing, named by the question, is still denied.
    assert verdict(tutor, "is the SCO basically a chinese nato?") == "No"


def test_a_claim_of_being_kept_from_something_agrees_with_its_denial(tutor):
    # "Immunity from arrest" / "fully protected from arrest": both keep diplomats from arrest
    # (it was "No."); a claim of the arrest itself is still denied.
    assert verdict(tutor, "do diplomats have immunity from arrest?") == "Yes"
    assert verdict(tutor, "can a diplomat be prosecuted?") == "No"


def test_a_class_of_a_kind_is_not_all_of_it(tutor):
    # "the first agreement to abolish an entire class of nuclear weapons" was "Yes." to "all".
    assert verdict(tutor, "did the INF treaty get rid of all nuclear weapons") != "Yes"


def test_a_thing_got_from_another_source_is_denied(tutor):
    # "In the Alaska Purchase of 1867 the United States bought Alaska from the Russian Empire"
    # says no to "from Canada" and yes to "from Russia"; "Spain had secretly handed Louisiana
    # back to France" says nothing of "bought from Spain" (it was "Yes.").
    assert verdict(tutor, "was alaska bought from canada?") == "No"
    assert verdict(tutor, "was alaska bought from russia?") == "Yes"
    assert verdict(tutor, "Louisiana purchase was from spain?") != "Yes"


@pytest.mark.parametrize(("question", "word"), [("did the us buy louisiana from spain?", "No"), ("did the us buy louisiana from france?", "Yes")])
def test_a_getting_asked_in_the_present_meets_the_past_the_knowledge_tells(tutor, question, word):
    # "buy" is the "bought" of "The United States bought Louisiana from France, not from Spain".
    assert verdict(tutor, question) == word


def test_a_not_set_against_what_was_just_said_denies_only_what_follows_it(tutor):
    sentence = "The United States bought Louisiana from France, not from Spain."
    assert yes_or_no("did the us buy louisiana from spain?", sentence) == "no"
    assert yes_or_no("did france sell louisiana to the united states?", sentence) != "no"
    # A review found these "No." (the second before this round, the first with "sold" read as "sell").
    for question in ("was louisiana sold by france?", "did france sell louisiana to the united states?", "did france sell louisiana?"):
        assert verdict(tutor, question) != "No", question


def test_the_readings_do_not_misfire_where_a_review_found_them_to(tutor):
    # A question setting its own exception is still denied by the rule ("No.", as before ae4748f).
    assert verdict(tutor, "can a diplomat be arrested unless immunity is waived?") == "No"
    # "Unlike the Treaty of Versailles, the Treaty of Lausanne was not imposed on the defeated
    # side": the words of the thing set apart name no other party.
    assert verdict(tutor, "was the treaty of versailles imposed on the defeated side?") != "No"


def test_the_sentence_readings_keep_their_bounds():
    from tutor.answering.sentence_verdict import yes_or_no

    # "Every kind of" a kind is all of it; only a part of it is not.
    assert yes_or_no("does the antarctic treaty ban all military activity?", "The Antarctic Treaty bans every kind of military activity in Antarctica.") == "yes"
    # A denial of the protection itself is no denial of what it protects from.
    assert yes_or_no("is a diplomat safe from expulsion?", "A diplomat is not safe from expulsion, because the receiving state can declare any diplomat persona non grata.") == "no"
    # A short source may be written out in full ("the US", "the United States").
    assert yes_or_no("did the un receive funding from the us?", "The UN received funding from the United States.") == "yes"


def test_any_one_of_a_kind_is_the_whole_kind(tutor):
    # "Does a treaty need ...?" asks of every treaty: the Panama Canal Treaty's ending ends none
    # of them (it was "No."); "does a diplomat have immunity ...?" is not ended by "withdrawing
    # diplomatic number plates" (it was "No.").
    assert verdict(tutor, "does a treaty need two thirds of the senate?") == "Yes"
    assert verdict(tutor, "does a diplomat have immunity from criminal prosecution in the country where he is posted") == "Yes"


def test_an_article_after_the_verb_names_no_whole_kind(tutor):
    # "does the US have an embassy in Taiwan?" asks of the US: "The United States has no
    # embassy in Taiwan" answers it (a test of the recognition document caught its "No." lost).
    assert verdict(tutor, "does the US have an embassy in taiwan") == "No"
