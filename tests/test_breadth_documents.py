"""Documents added for breadth (branch know27): the Marshall Plan, the Kellogg-Briand Pact,
Nixon's visit to China, the Berlin Conference, the Warsaw Pact, the Korean Armistice
Agreement, the International Criminal Court, the Montreal Protocol, the Monroe Doctrine and
BRICS answer learners' questions about their subjects, and the near ties their words could
tip elsewhere stay where they were: "track and field" is sport, a police hostage negotiator
and Africa's longest river are not diplomacy, a G7 question is the G7's. Those added by
know28 (the Treaty of Ghent, the Congress of Berlin, the Treaty of Nanking, the Treaty of
Guadalupe Hidalgo, the Arctic Council) answer too, also when asked by another of their
names (the glossary's groups). Those added by know29 (the Taif Agreement, the Rambouillet
talks, the Schengen Agreement) answer too, and a general question on who signs treaties stays
with track one diplomacy rather than going to "who signed the Schengen Agreement". Those added
by know30 (the Outer Space Treaty, the Indus Waters Treaty, the treaties of Paris of 1763 and
1898, the Lateran Treaty, the treaties of Shimonoseki and Nerchinsk, the Locarno Treaties, the
Élysée Treaty, the Ottawa Convention, the Biological Weapons Convention) answer too, while "the
Treaty of Paris" alone stays the peace of 1783 and the Vatican's UN membership stays the UN's. Those added
by know32 (the Gulf War, the Falklands War's diplomacy, the US-Cuba normalisation, the Trump-Kim
summits, brinkmanship, science diplomacy, the Iran-Iraq War ceasefire, the Geneva Summit of 1985)
answer too, while follow-ups naming the US and near ties on their common words stay where they were. Those
written by know31 and know28 and landed by know33 (the Gulf Cooperation Council, OPEC and the 1973 oil embargo, the Bretton Woods
institutions, the Universal Declaration of Human Rights, APEC, the Truman Doctrine, SEATO and CENTO,
the Nuremberg trials) answer too, and their everyday words (a bank, oil, inflation, a medical code)
leave the near misses declined. Those added by know35 (named styles of diplomacy, spies under diplomatic cover, diplomacy in the
Syrian war, Russia-Ukraine diplomacy after 2022, refuge in foreign missions) answer too, while the
general questions on expelling diplomats, the veto and police entering an embassy stay with the
documents that answered them. Those landed from know34 by know34b (the Geneva Accords on Afghanistan,
the partition of India, the sanctions against apartheid, decolonisation after 1945) answer too, while India outside the NPT,
the Suez Crisis and the Egypt-Israel peace keep their answers. Those added by know38 (frozen conflicts, papal
diplomacy, diplomats as Nobel laureates) answer too, while the Vatican's UN membership, the Camp David laureates,
the Treaty of Portsmouth's "No." and police entering an embassy stay where they were. Those added by know37 (the
Berlin Wall, the Fashoda Incident) answer too, while the Vienna Convention of 1961 and the near misses their
words could attract stay where they were. Those added by know39 (AUKUS and the Quad,
attacks on diplomatic premises, the Doha Agreement) answer too, while police entering an embassy keeps its "No.",
vaccines stay declined and the Doha Round and the Soviet withdrawal from Afghanistan keep their documents. Those parked by
know33 and know34b and landed by know41 (the dissolution of the Soviet Union, the Responsibility to Protect,
the Arab League, Arab-Israeli diplomacy 1947-1967, the Louisiana and Alaska purchases) answer too, while the
near ties their words tipped as first written keep their answers and the near misses they tipped stay declined.
Those revived by know40 from the parked drafts of know37 and know38 (appeasement in the 1930s, the diplomats
who rescued Jews in the Second World War, the Secretary-General's office) answer too, while the General
Assembly's resolutions keep their "No." and the near misses their words could attract stay declined; the one on
Taiwan and the One China question stays parked (with Taiwan in its title it takes "what about taiwan?" from
recognition-of-states). Those added by know43 (the opening of Japan, the Hague Peace Conferences, the Entente
Cordiale and the Anglo-Russian Convention, the Shanghai Cooperation Organisation) answer too, while police entering an embassy keeps its "No.", Suez's
humiliation keeps its overview and "an entente" keeps the alliances' definition, and the OSCE-NATO comparison keeps NATO's side. know44 made the Taiwan draft two sections of recognition-of-states (One China, the unofficial
offices and the Taiwan Relations Act) and know42's parked life-of-a-treaty draft two sections of the Vienna
Convention on the Law of Treaties (amendment; denunciation, withdrawal and notice periods), and the observer
section of know42's parked UN membership draft a section of united-nations: they answer too (its section on the
Council of Europe's bodies and court was left out after a review: any sentence on the court gave "is the European
Court of Human Rights an EU court?" a false "Yes.")."""

import pytest

from tutor.answering.session import Session


def answer(tutor, question: str):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return reply.answer.split("\n\nSources:")[0], reply.sources[0].id


@pytest.mark.parametrize(
    ("question", "document", "facts"),
    [
        ("what was the european recovery program", "marshall-plan", ["Europe", "1947"]),
        ("what did the pact of paris of 1928 say", "kellogg-briand-pact", ["war"]),
        ("who did nixon meet in beijing in 1972", "nixon-visit-to-china", ["Mao"]),
        ("which countries attended the berlin conference", "berlin-conference-1884", ["Portugal"]),
        ("which countries were in the warsaw pact", "warsaw-pact", ["Poland", "1955"]),
        ("who signed the korean armistice agreement", "korean-armistice-agreement", ["Nam Il"]),
        ("what crimes does the international criminal court try", "international-criminal-court", ["genocide"]),
        ("what chemicals does the montreal protocol phase out", "montreal-protocol", ["CFCs"]),
        ("what was the roosevelt corollary", "monroe-doctrine", ["1904"]),
        ("what does brics stand for", "brics", ["Brazil", "South Africa"]),
        # know28
        ("who led the american delegation at the treaty of ghent", "treaty-of-ghent", ["John Quincy Adams"]),
        ("what was the peace of christmas eve", "treaty-of-ghent", ["War of 1812"]),
        ("what did the berlin congress decide about bosnia", "congress-of-berlin-1878", ["Austria-Hungary"]),
        ("what was the treaty of nanjing", "treaty-of-nanking", ["Opium War", "Hong Kong"]),
        ("which war ended with the treaty of guadalupe hidalgo", "treaty-of-guadalupe-hidalgo", ["Mexican-American War"]),
        ("who are the permanent participants of the arctic council", "arctic-council", ["Saami Council"]),
        # know29
        ("what was the document of national accord in lebanon", "taif-agreement", ["Lebanese Civil War", "1989"]),
        ("who mediated the taif accord", "taif-agreement", ["Arab League"]),
        ("who co-chaired the rambouillet conference on kosovo", "rambouillet-talks", ["Robin Cook"]),
        ("where was the schengen accord signed", "schengen-agreement", ["Luxembourg"]),
        ("who signs a treaty on behalf of a country", "why-track-one-matters", ["sign treaties"]),
        # know30
        ("when was the outer space treaty signed", "outer-space-treaty", ["1967"]),
        ("which rivers does india get under the indus waters treaty", "indus-waters-treaty", ["Ravi", "Sutlej"]),
        ("which treaty ended the french and indian war", "treaty-of-paris-1763", ["1763"]),
        ("what did spain give up in the treaty of paris of 1898", "treaty-of-paris-1898", ["Puerto Rico", "Guam"]),
        ("who signed the lateran treaty", "lateran-treaty", ["Gasparri", "Mussolini"]),
        ("what was the triple intervention", "treaty-of-shimonoseki", ["Liaodong"]),
        ("who negotiated the treaty of nerchinsk for russia", "treaty-of-nerchinsk", ["Golovin"]),
        ("what was the rhineland pact", "locarno-treaties", ["Germany", "Belgium"]),
        ("what is the treaty of aachen", "elysee-treaty", ["2019"]),
        ("when did the mine ban treaty enter into force", "ottawa-convention", ["1999"]),
        ("when did the biological weapons convention enter into force", "biological-weapons-convention", ["1975"]),
        # know31 and know28 documents landed by know33
        ("why did arab countries impose an oil embargo in 1973", "opec-and-1973-oil-embargo", ["Israel", "Yom Kippur War"]),
        ("when was opec founded", "opec-and-1973-oil-embargo", ["1960", "Baghdad"]),
        ("when did the oil embargo end", "opec-and-1973-oil-embargo", ["18 March 1974"]),
        ("what is the world bank", "bretton-woods-institutions", ["International Bank for Reconstruction and Development"]),
        ("when did the bretton woods system end", "bretton-woods-institutions", ["1971"]),
        ("who drafted the universal declaration of human rights", "universal-declaration-of-human-rights", ["Eleanor Roosevelt"]),
        ("what are the bogor goals", "apec", ["1994"]),
        ("how much aid did the truman doctrine give", "truman-doctrine", ["400 million dollars", "Greece"]),
        ("which countries were in the baghdad pact", "seato-and-cento", ["Iraq", "Turkey", "Pakistan"]),
        ("when was seato dissolved", "seato-and-cento", ["1977"]),
        ("what were the nuremberg trials", "nuremberg-trials", ["International Military Tribunal", "1945"]),
        ("who was the chief american prosecutor at nuremberg", "nuremberg-trials", ["Robert H. Jackson"]),
        ("how many were sentenced to death at nuremberg", "nuremberg-trials", ["twelve"]),
        ("which countries are in the gcc", "gulf-cooperation-council", ["Bahrain", "Oman", "Qatar"]),
        ("how did the qatar blockade end", "gulf-cooperation-council", ["Al-Ula Declaration", "2021"]),
        # know35
        ("what is dollar diplomacy", "named-styles-of-diplomacy", ["Taft", "1909"]),
        ("when did china send pandas to the united states", "named-styles-of-diplomacy", ["1972"]),
        ("who coined the term debt-trap diplomacy", "named-styles-of-diplomacy", ["Chellaney", "2017"]),
        ("why is it called wolf warrior diplomacy", "named-styles-of-diplomacy", ["film"]),
        ("why did the us expel russian diplomats in 2001", "spies-and-diplomatic-expulsions", ["Hanssen"]),
        ("what was the daniloff affair", "spies-and-diplomatic-expulsions", ["1986"]),
        ("what is the astana process", "syrian-civil-war-diplomacy", ["Iran", "Turkey", "2017"]),
        ("what was the 2013 deal on syria's chemical weapons", "syrian-civil-war-diplomacy", ["Lavrov"]),
        ("what was the black sea grain initiative", "russia-ukraine-diplomacy-2022", ["22 July 2022"]),
        ("when did russia pull out of the grain deal", "russia-ukraine-diplomacy-2022", ["17 July 2023"]),
        ("what were the istanbul talks between russia and ukraine", "russia-ukraine-diplomacy-2022", ["neutral"]),
        ("who was cardinal mindszenty", "embassy-refuge-cases", ["1956"]),
        ("why did julian assange stay in the ecuadorian embassy", "embassy-refuge-cases", ["extradition"]),
        # know34 (landed by know34b)
        ("when did soviet troops leave afghanistan", "geneva-accords-afghanistan", ["15 February 1989"]),
        ("who mediated the geneva accords on afghanistan", "geneva-accords-afghanistan", ["Cordovez"]),
        ("what is the radcliffe line", "partition-of-india", ["1947"]),
        ("what was the mountbatten plan", "partition-of-india", ["3 June"]),
        ("what was the comprehensive anti-apartheid act", "sanctions-against-apartheid", ["1986"]),
        ("what was the gleneagles agreement", "sanctions-against-apartheid", ["1977"]),
        ("what was resolution 1514", "decolonisation-and-the-un", ["1960", "self-determination"]),
        ("which was the last trust territory", "decolonisation-and-the-un", ["Palau"]),
        # know39
        ("what is aukus", "aukus-and-the-quad", ["nuclear-powered submarines"]),
        ("which countries are in the quad", "aukus-and-the-quad", ["India", "Japan"]),
        ("why was france angry about aukus", "aukus-and-the-quad", ["Naval Group"]),
        ("where was khashoggi killed", "attacks-on-diplomatic-premises", ["consulate in Istanbul"]),
        ("what did mexico do after ecuador raided its embassy in quito", "attacks-on-diplomatic-premises", ["broke off diplomatic relations"]),
        ("what happened to iran's consulate in damascus", "attacks-on-diplomatic-premises", ["1 April 2024"]),
        ("who negotiated the doha agreement", "doha-agreement", ["Khalilzad", "Baradar"]),
        ("when did the last american troops leave afghanistan", "doha-agreement", ["30 August 2021"]),
        ("when did the united states leave afghanistan", "doha-agreement", ["30 August 2021"]),
        ("when did kabul fall to the taliban", "doha-agreement", ["15 August 2021"]),
        # know32
        ("what did security council resolution 660 say", "gulf-war-1990-1991", ["withdraw", "Kuwait"]),
        ("who did james baker meet in geneva in january 1991", "gulf-war-1990-1991", ["Tariq Aziz"]),
        ("who voted against resolution 502", "falklands-war-diplomacy", ["Panama"]),
        ("who mediated the falklands crisis", "falklands-war-diplomacy", ["Haig", "Belaúnde"]),
        ("who negotiated the secret us-cuba talks", "us-cuba-normalisation", ["Ben Rhodes"]),
        ("when did obama visit havana", "us-cuba-normalisation", ["2016"]),
        ("what did north korea offer at the hanoi summit", "trump-kim-summits", ["Yongbyon"]),
        ("who was the first us president to set foot in north korea", "trump-kim-summits", ["Trump"]),
        ("what is brinkmanship", "brinkmanship", ["edge of war"]),
        ("who coined brinkmanship", "brinkmanship", ["Dulles"]),
        ("when was cern founded", "science-diplomacy", ["1954"]),
        ("what is cultural diplomacy", "science-diplomacy", ["exchange"]),
        ("what was resolution 598", "iran-iraq-war-ceasefire", ["ceasefire"]),
        ("what was uniimog", "iran-iraq-war-ceasefire", ["1988"]),
        ("what was the fireside summit", "geneva-summit-1985", ["Gorbachev"]),
        # know38: frozen conflicts, papal diplomacy, diplomats who won the Nobel prize
        ("what is transnistria", "frozen-conflicts", ["Moldova", "1992"]),
        ("what were the geneva international discussions", "frozen-conflicts", ["2008", "OSCE"]),
        ("who recognises northern cyprus", "frozen-conflicts", ["only Turkey"]),
        ("when did russia recognise abkhazia", "frozen-conflicts", ["26 August 2008"]),
        ("what was the osce minsk group", "frozen-conflicts", ["France", "Russia", "United States"]),
        ("what is an apostolic nuncio", "holy-see-diplomacy", ["ambassador", "nunciature"]),
        ("when did the us establish relations with the holy see", "holy-see-diplomacy", ["1984"]),
        ("how did the pope settle the beagle channel dispute", "holy-see-diplomacy", ["Samorè"]),
        ("who won the nobel peace prize in 1994", "nobel-peace-prize-diplomats", ["Rabin", "Arafat"]),
        ("who got the nobel peace prize after he died", "nobel-peace-prize-diplomats", ["Hammarskjöld"]),
        ("who awards the nobel peace prize", "nobel-peace-prize-diplomats", ["Norwegian Nobel Committee"]),
        # know37: the Berlin Wall, the Fashoda Incident (appeasement and the rescuing diplomats parked)
        ("why was the berlin wall built", "berlin-wall", ["13 August 1961"]),
        ("what happened at checkpoint charlie in 1961", "berlin-wall", ["tanks", "October 1961"]),
        ("who said tear down this wall", "berlin-wall", ["Ronald Reagan", "1987"]),
        ("what was the four power agreement on berlin", "berlin-wall", ["3 September 1971"]),
        ("what was the fashoda crisis", "fashoda-incident", ["1898", "Marchand"]),
        ("why did france back down at fashoda", "fashoda-incident", ["navy", "Dreyfus"]),
        ("what was the potsdam declaration", "second-world-war-conferences", ["Japan", "26 July 1945"]),
        # know41: the parked drafts of know33 and know34b, reworded
        ("who signed the belovezha accords", "dissolution-of-the-soviet-union", ["Yeltsin", "Kravchuk", "Shushkevich"]),
        ("what was the alma-ata protocol", "dissolution-of-the-soviet-union", ["21 December 1991", "CIS"]),
        ("what happened to soviet nuclear weapons after 1991", "dissolution-of-the-soviet-union", ["Lisbon Protocol"]),
        ("what are the three pillars of r2p", "responsibility-to-protect", ["Ban Ki-moon", "pillars"]),
        ("what was the genocide fax", "responsibility-to-protect", ["Dallaire", "January 1994"]),
        ("when was syria readmitted to the arab league", "arab-league", ["7 May 2023"]),
        ("who founded the arab league", "arab-league", ["22 March 1945", "Transjordan"]),
        ("who negotiated the 1949 armistice agreements", "arab-israeli-diplomacy-1947-1967", ["Ralph Bunche", "Rhodes"]),
        ("what was the jarring mission", "arab-israeli-diplomacy-1947-1967", ["Gunnar Jarring"]),
        ("who negotiated the louisiana purchase", "louisiana-and-alaska-purchases", ["Livingston", "Monroe"]),
        ("how much did the us pay for alaska", "louisiana-and-alaska-purchases", ["7.2 million dollars"]),
        # know40: the parked drafts of know37 and know38, reworded so they tip nothing
        ("what was the anschluss", "appeasement-1930s", ["Austria", "March 1938"]),
        ("what ended appeasement", "appeasement-1930s", ["15 March 1939", "Prague"]),
        ("what was the hoare-laval pact", "appeasement-1930s", ["December 1935", "Abyssinia"]),
        ("who was raoul wallenberg", "rescuing-diplomats-second-world-war", ["Swedish", "Budapest"]),
        ("what did chiune sugihara do", "rescuing-diplomats-second-world-war", ["Kaunas", "transit visas"]),
        ("did aristides de sousa mendes disobey his government", "rescuing-diplomats-second-world-war", ["Yes.", "Bordeaux"]),
        ("what does righteous among the nations mean", "rescuing-diplomats-second-world-war", ["Yad Vashem", "1963"]),
        ("what does article 99 of the un charter allow the secretary-general to do", "un-secretary-general", ["Security Council"]),
        ("why did khrushchev want a troika instead of hammarskjold", "un-secretary-general", ["Congo", "troika"]),
        # know42: how a case reaches the ICJ, high commissions and non-resident ambassadors
        # (the life of a treaty, the Council of Europe and UN membership are parked)
        ("what is a compromissory clause", "international-court-of-justice", ["treaty", "Genocide Convention"]),
        ("who was the first high commissioner", "high-commissions-and-non-resident-ambassadors", ["Galt", "1880"]),
        ("what is multiple accreditation", "high-commissions-and-non-resident-ambassadors", ["several states"]),
        # know43: the opening of Japan, the Hague Peace Conferences, the Entente Cordiale and the
        # Anglo-Russian Convention
        ("what was the treaty of kanagawa", "opening-of-japan", ["1854", "Shimoda"]),
        ("who was commodore perry", "opening-of-japan", ["Fillmore", "1853"]),
        ("when did japan get rid of the unequal treaties", "opening-of-japan", ["1894", "1911"]),
        ("who called the first hague peace conference", "hague-peace-conferences", ["Nicholas II", "1898"]),
        ("what is the martens clause", "hague-peace-conferences", ["humanity"]),
        ("what were the moroccan crises", "entente-cordiale", ["Tangier", "1905"]),
        ("what was the anglo-russian convention of 1907", "entente-cordiale", ["Persia", "Afghanistan"]),
        # The Shanghai Cooperation Organisation: no "NATO" and no "military alliance" in it (its "is not
        # a military alliance" took NATO's side from "is the OSCE a military alliance like nato?")
        ("when did iran join the sco", "shanghai-cooperation-organisation", ["2023"]),
        ("what were the shanghai five", "shanghai-cooperation-organisation", ["1996"]),
        ("what does the shanghai cooperation organisation actually do", "shanghai-cooperation-organisation", ["terrorism", "RATS"]),
        # know44: know42's parked life-of-a-treaty draft as two sections of the VCLT document
        ("how is a treaty amended", "vienna-convention-law-of-treaties", ["Article 40", "ratif"]),
        ("what is denunciation of a treaty", "vienna-convention-law-of-treaties", ["notice", "two states"]),
        ("how does a state pull out of a treaty", "vienna-convention-law-of-treaties", ["written notice", "depositary"]),
        # know40's parked one-china-and-taiwan draft as two sections of recognition-of-states
        ("what is the one china policy", "recognition-of-states", ["One China policy", "Beijing"]),
        ("does the US have an embassy in taiwan", "recognition-of-states", ["No.", "American Institute in Taiwan"]),
        ("what is the taiwan relations act", "recognition-of-states", ["1979", "arms"]),
        ("why do countries have to choose between china and taiwan", "recognition-of-states", ["People's Republic", "Taipei"]),
        # know42's parked UN membership draft: its observer section as a section of united-nations
        ("when did palestine become an observer state", "united-nations", ["29 November 2012"]),
        ("why isnt palestine a full member of the un", "united-nations", ["Security Council", "vetoed"]),
        ("is the EU a full member of the UN?", "united-nations", ["No.", "enhanced observer"]),
    ],
)
def test_the_new_documents_answer_their_subjects(tutor, question, document, facts):
    text, source = answer(tutor, question)
    assert source == document, text
    assert all(fact in text for fact in facts), text


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("is the korean war over", "No."),
        ("is the korean war officially over", "No."),
        ("is the us a member of the icc", "No."),
        ("is china a member of the G7", "No."),
        ("is the npt still in force today", "As of 2025, yes."),
        ("is track one diplomacy only between two countries?", "No."),
        # know30
        ("can a country claim the moon under the outer space treaty?", "No."),
        ("does the outer space treaty ban nuclear weapons in orbit", "Yes."),
        ("did locarno guarantee germany's eastern borders", "No."),
        ("is the us part of the ottawa treaty", "No."),
        # know33
        ("is the udhr legally binding", "No."),
        ("was the united states a member of cento", "No."),
        ("is taiwan a member of apec", "Yes."),
        # know34 (landed by know34b)
        ("did reagan veto the anti-apartheid act", "Yes."),
        # know37
        ("did france back down at fashoda", "Yes."),
        ("was the berlin wall built during the berlin blockade", "No."),
        # know39
        ("is the quad a military alliance?", "No."),
    ],
)
def test_yes_no_questions_on_the_subjects_get_their_verdict(tutor, question, word):
    text, _ = answer(tutor, question)
    assert text.startswith(word), text


def test_who_wrote_finds_what_was_written_by(tutor):
    """"Wrote" and "written" share no stem: the glossary's words join them."""
    text, source = answer(tutor, "who wrote the monroe doctrine")
    assert source == "monroe-doctrine" and text.startswith("The Monroe Doctrine was written largely by John Quincy Adams"), text


@pytest.mark.parametrize(
    "question",
    [
        "what events are in track and field",
        "how long is a running track",
        "what is the longest river in africa",
        "what does a police hostage negotiator actually do",
        # know33: words of the new documents (bank, oil, inflation, a medical code)
        "how do i open a savings account at a bank",
        "what is the current price of a barrel of brent crude oil",
        "what is inflation and how do central banks fight it",
        "what was the nuremberg code in medicine",
        # know35: the words vaccine, FBI and panda
        "how do vaccines work",
        "how does the FBI arrest someone",
        "how much bamboo does a panda eat a day",
        # know34: "partition", and "custody" (Steve Biko's death) once made the divorce question answered
        "how do i partition a hard drive on windows",
        "my parents are getting divorced, how does mediation for custody work",
        # know39: the Quad's agenda says "the response to COVID-19", not vaccines, which took this once
        "how does immunity work after a vaccine",
    ],
)
def test_near_misses_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope, question


def test_a_track_of_diplomacy_is_not_the_sports_sense(tutor):
    _, source = answer(tutor, "what is track one diplomacy")
    assert source == "track-one-diplomacy"


def test_the_shuttle_question_stays_answered(tutor):
    text, source = answer(tutor, "the US secretary of state who kept flying back and forth between Egypt, Israel and Syria after the 1973 war - who was that?")
    assert source == "shuttle-diplomacy" and "Kissinger" in text, text


def test_the_berlin_conference_on_africa_stays_its_own(tutor):
    """The Congress of Berlin (1878, know28) does not take the Berlin Conference's questions."""
    text, source = answer(tutor, "which countries attended the berlin conference")
    assert source == "berlin-conference-1884", text


def test_a_treaty_of_paris_without_a_year_stays_the_one_of_1783(tutor):
    """The treaties of 1763 and 1898 (know30) carry their year in their titles, so a
    question on "the Treaty of Paris" alone stays with the peace of 1783."""
    for question in ("when was the treaty of paris signed", "what was the treaty of paris"):
        text, source = answer(tutor, question)
        assert source == "treaty-of-paris-1783" and "1783" in text, text


def test_the_vatican_at_the_un_stays_with_the_united_nations(tutor):
    """The Lateran Treaty (know30) makes the Vatican its subject; membership of the UN
    is still the United Nations document's answer."""
    text, source = answer(tutor, "is the vatican a member of the UN")
    assert source == "united-nations" and text.startswith("No."), text


def test_a_war_that_stopped_without_a_treaty_says_no(tutor):
    text, source = answer(tutor, "did iran and iraq sign a peace treaty")
    assert source == "iran-iraq-war-ceasefire" and text.startswith("No."), text


@pytest.mark.parametrize(
    ("turns", "document"),
    [
        # A follow-up naming "the US" stays with its subject (a title "US-North Korea summits" took these).
        (["what was the INF treaty", "is it still in force?", "when did the US leave?"], "inf-treaty"),
        (["what was the JCPOA", "which countries negotiated it with iran", "when did the US leave"], "jcpoa"),
        (["what does a foreign minister do", "whats the american one called?"], "foreign-ministers"),
    ],
)
def test_follow_ups_naming_the_us_keep_their_subject(tutor, turns, document):
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    reply = session.respond(turns[-1])
    assert not reply.out_of_scope and reply.sources[0].id == document, reply.answer


@pytest.mark.parametrize(
    ("question", "document", "opening"),
    [
        # Near ties the know32 words could tip: "ended", "peace", "abstaining", "Vatican".
        ("which treaty ended ww1 with germany", "treaty-of-versailles", "The Treaty of Versailles"),
        ("does abstaining count as a veto in the UNSC", "un-security-council", "No."),
        ("is the vatican a member of the UN", "united-nations", "No."),
        # Near ties the know35 words could tip: expulsions, the veto, police at an embassy, named styles, asylum.
        ("why do countries expel diplomats", "vienna-convention-diplomatic-relations", "Expulsions of diplomats"),
        ("why does russia even get a veto at the UN? like how is that fair", "un-security-council", "The main victors"),
        ("can police go into a foreign embassy without permission", "vienna-convention-diplomatic-relations", "No."),
        ("what is gunboat diplomacy", "diplomatic-terms", "Gunboat diplomacy is"),
        ("what is diplomatic asylum", "vienna-convention-diplomatic-relations", "Diplomatic asylum"),
        # A near tie the know37 appeasement document's "imposed sanctions" on Italy tipped.
        ("can the security council impose sanctions that all un members must follow", "sanctions", "Yes."),
        # And one their leave/withdraw wording tipped (the glossary's =withdrawal took "pull out" to the
        # Aswan dam's withdrawn loan).
        ("why did britain and france pull out of suez", "suez-crisis", "The Suez Crisis is remembered"),
        # Near ties the know34 documents tipped (with documents now parked): the Suez Crisis, the Egypt-Israel peace.
        # Round 20: each now answered by a sentence giving its cause, written after the two
        # knowledge rounds on causes tipped both near ties (its document's own answer then).
        ("why was suez such a humiliation for britain and france?", "suez-crisis", "The Suez Crisis humiliated Britain and France because"),
        ("why did egypt make peace with israel in 1979", "egypt-israel-peace-treaty", "Egypt made peace with Israel because"),
        # Near ties the know38 documents could tip: the papacy's chunks naming the Holy See (the
        # Vatican's glossary name), its "Nobel" beside the Camp David Accords', "prize" and "police".
        ("is the holy see a member of the united nations", "united-nations", "No."),
        ("who won the nobel peace prize for camp david", "camp-david-accords", "Sadat and Begin"),
        ("is the pope a head of state", "holy-see-diplomacy", "Yes."),
        ("did the treaty of portsmouth end a war between britain and france", "treaty-of-portsmouth", "No."),
        ("can police just walk into an embassy??", "vienna-convention-diplomatic-relations", "No."),
        # Near ties the know39 documents could tip: Ecuador's raid on the embassy in Quito names no police, so the
        # general rule keeps its "No."; the Doha Round and the Soviet withdrawal keep their documents.
        ("can police just walk into an embassy?? (asking for a school project not for crimes lol)", "vienna-convention-diplomatic-relations", "No."),
        ("what was the doha round", "world-trade-organization", "The Doha Development Agenda"),
        ("when did the soviets withdraw from afghanistan", "geneva-accords-afghanistan", "Soviet troops finished leaving Afghanistan"),
    ],
)
def test_near_ties_stay_with_their_documents(tutor, question, document, opening):
    text, source = answer(tutor, question)
    assert source == document and text.startswith(opening), text


@pytest.mark.parametrize("question", ["how does nuclear fusion produce energy", "how do i get a cheap flight to havana"])
def test_know32_near_misses_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope, question


@pytest.mark.parametrize("question", ["which treaty of paris ended the american revolution?", "which treaty ended the american revolution", "when did the american revolution end"])
def test_the_end_of_the_american_revolution_stays_the_peace_of_1783(tutor, question):
    """The peace of 1763 (know30) says what led to the American Revolution; the war's end is 1783's."""
    text, source = answer(tutor, question)
    assert source == "treaty-of-paris-1783" and "1783" in text, text


def test_the_league_of_nations_and_egypt_keep_their_answers(tutor):
    """Kennan's containment (the Truman Doctrine) does not take the League of Nations' questions,
    nor the oil embargo's "Israel" the peace treaty's."""
    text, source = answer(tutor, "which american president came up with the league of nations idea")
    assert source == "league-of-nations" and "Wilson" in text, text
    text, source = answer(tutor, "Was Egypt the first Arab state to officially recognise Israel?")
    assert source == "egypt-israel-peace-treaty" and text.startswith("Yes."), text


def test_a_follow_up_on_india_and_the_npt_keeps_its_no(tutor):
    """A new chunk naming India once took this follow-up off its "No." (know35's cricket example)."""
    session = Session(tutor)
    session.respond("npt?")
    reply = session.respond("is india a member?")
    assert reply.sources[0].id == "nuclear-non-proliferation-treaty" and reply.answer.startswith("No."), reply.answer


def test_the_1961_vienna_convention_is_not_the_berlin_wall(tutor):
    """A side named only by its year ("the 1961 and 1963 vienna conventions") stays the Vienna
    Convention of 1961, not the Berlin Wall built that year (why its title carries no years)."""
    reply = Session(tutor).respond("what's the difference between the 1961 and 1963 vienna conventions")
    assert "Berlin Wall" not in reply.answer and "Vienna Convention on Diplomatic Relations**" in reply.answer, reply.answer


@pytest.mark.parametrize(
    "question",
    ["how do city councils sign twinning agreements with sister cities abroad", "how does a car engine work", "how do i apply for a tourist visa to japan"],
)
def test_know37_near_misses_stay_declined(tutor, question):
    """The Berlin Wall's "city" once made that word a term of the trade, and its "engineers"
    made "engine" known: both took near misses."""
    assert Session(tutor).respond(question).out_of_scope, question


@pytest.mark.parametrize(
    ("turns", "opening", "also"),
    [
        # The Arab League's "members" put "Four states ... outside the NPT" first.
        (("how many countries are in the npt?",), "With 191 states parties", ""),
        # R2P's "NATO" dropped NATO's side of the comparison. Since NATO's section on leaving
        # (round 34) the answer keeps to the OSCE's own document, which the question is about:
        # its "No." and what the OSCE is, without NATO's definition behind it.
        (("is the OSCE a military alliance like nato?",), "No. The Organization for Security and Co-operation in Europe", "regional security organisation"),
        # The Arab League's founding section took it while it said "Alexandria in Egypt".
        (("is Egypt in the Arab League?",), "Yes. The Arab League suspended Egypt's membership in 1979", ""),
    ],
)
def test_know41_near_ties_keep_their_answers(tutor, turns, opening, also):
    """The near ties the know41 documents' words tipped while being reworded stay as they were."""
    session = Session(tutor)
    for turn in turns:
        reply = session.respond(turn)
    assert reply.answer.startswith(opening) and also in reply.answer, reply.answer[:300]


@pytest.mark.parametrize(
    "question",
    [
        "how do i make louisiana gumbo",
        "what is the best time of year to visit alaska for the northern lights",
        "what does the envoy air airline fly",  # the Arab League's "joint envoy" and "no-fly zone"
    ],
)
def test_know41_near_misses_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope, question


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # With the revived documents these lost or changed their verdicts until reworded.
        ("aren't general assembly resolutions binding?", "No."),
        ("does taiwan have a seat at the UN", "No."),
        ("is taiwan recognised by most countries?", "No."),
    ],
)
def test_know40_documents_keep_the_verdicts_near_them(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


@pytest.mark.parametrize(
    "question",
    ["how to tie a tie", "what is a righteous person in the bible", "how do you make bubble tea like in taiwan", "how do i become a legal secretary"],
)
def test_know40_near_misses_stay_declined(tutor, question):
    """Words of the revived documents ("righteous", "secretary") must not take these."""
    assert Session(tutor).respond(question).out_of_scope, question


@pytest.mark.parametrize(
    ("question", "document", "opening"),
    [
        ("did the US leave the Paris agreement", "paris-agreement", "Yes."),
        ("can a country withdraw from a treaty", None, "Yes."),
        ("how does an ambassador get accredited to another country", "heads-of-state-and-government", "Ambassadors are formally accredited"),
    ],
)
def test_know42_documents_leave_near_ties_where_they_were(tutor, question, document, opening):
    """A draft treaty document's withdrawal examples once took "did the US leave the Paris agreement"
    and its "cannot leave ... whenever it wants" gave "can a country withdraw" a "No."; "accredited"
    in the high commissions' title took the question on how an ambassador is accredited."""
    text, source = answer(tutor, question)
    assert text.startswith(opening), text
    assert document is None or source == document, text


def test_a_follow_up_on_a_us_withdrawal_stays_with_its_treaty(tutor):
    """A follow-up on when the US left the INF Treaty answers from that treaty's own document
    (a draft treaty document listing notice periods once took it)."""
    session = Session(tutor)
    session.respond("what was the INF treaty")
    reply = session.respond("when did the US leave?")
    assert reply.sources[0].id == "inf-treaty" and "2019" in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("did the hague conferences stop the arms race", "No. "),
        ("can the police just walk into an embassy", "No. "),
        ("whats an entente", "An entente, French for an understanding"),
        ("why was suez such a humiliation for britain and france? they had the stronger militaries in the area", "The Suez Crisis humiliated"),
    ],
)
def test_know43_documents_leave_near_ties_where_they_were(tutor, question, opening):
    """The Entente's "Moroccan police" lost the embassy question's "No."; more chunks naming
    "Britain" moved the Suez question to Pearson's "without humiliation" (the documents say
    "the British" outside their key sentences); "an entente" stays with the alliances' definition."""
    text, _ = answer(tutor, question)
    assert text.startswith(opening), text


@pytest.mark.parametrize(
    "question",
    ["what is the best time to visit shanghai", "how do i write a cordial email to my boss", "who is katy perry", "what are the best things to see in the hague"],
)
def test_know43_near_misses_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope, question


def test_the_sco_document_leaves_the_osce_and_nato_comparison_whole(tutor):
    """NATO's passage outscores the OSCE's by a hair over NAMED_DOCUMENT_SCORE; since NATO's
    section on leaving (round 34) moved BM25's lengths, the OSCE's own document, which the
    question names first, answers alone: its "No." and what the OSCE is."""
    text, _ = answer(tutor, "is the OSCE a military alliance like nato?")
    assert text.startswith("No. The Organization for Security and Co-operation in Europe") and "security organisation" in text, text

