"""Articles 1-7 of the ninth unseen chains set (``make_chains_unseen9.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c9-planning-chief-charged",
        style="local",
        classes=("documents",),
        text="""Former planning chief charged over payments from developer

By Tessa Marlowe

HOLLINGFORD — A former head of planning at Hollingford council took more than £40,000 from a property developer \
while approving its schemes, according to charging documents filed by the Crown Prosecution Service on Monday.

According to the documents, Gareth Pellow told a fellow officer, Neil Garside, in 2022 that the developer's plans \
would "sail through, whatever the neighbours say." Garside later reported the conversation to the council's auditors.

The documents quote an email in which Pellow wrote to the developer's director, Simone Achterberg, that he had \
"smoothed things over with the committee." In a second email, cited in the same filing, Achterberg replied that the \
payment would arrive "in the usual way."

Pellow, 54, has denied wrongdoing. His solicitor, Ravi Chandran, said his client would fight the charges. "Mr Pellow \
served this town honestly for twenty years," Chandran said outside Hollingford Magistrates' Court.

Achterberg has not been charged. Her lawyer, Piers Waddington, told the Hollingford Herald that she had "cooperated \
fully" with investigators and would continue to do so.

The council's chief executive, Lorna Beckwith, said the authority had tightened its rules on gifts and hospitality \
since the case came to light. "Every planning officer now declares every meeting with an applicant," she said.

According to the filing, Pellow also told investigators during an interview in March that he had treated the money \
as "consultancy fees" for work done outside his council hours.

Residents who opposed one of the schemes, a block of 80 flats on the old bus depot site, felt vindicated. "We were \
told we didn't understand planning law," said Derek Yaxley, who led the campaign. "It turns out we understood it \
very well."

The case returns to court on June 4.
""",
        quotes=[
            Q(
                "A former head of planning at Hollingford council took more than £40,000 from a property developer "
                "while approving its schemes",
                "Crown Prosecution Service",
                "Crown Prosecution Service",
                cue="according to",
                at="according to charging documents filed by the Crown Prosecution Service",
                how="according_to",
                classes=("filed_by_author_control",),
            ),
            Q(
                'the developer\'s plans would "sail through, whatever the neighbours say."',
                "Gareth Pellow",
                "Gareth Pellow",
                cue="told",
                how="told",
                via=(("Neil Garside", "told"), ("Crown Prosecution Service", "reported_by")),
                classes=("according_to_documents_told",),
            ),
            Q(
                'he had "smoothed things over with the committee."',
                "Pellow",
                "Gareth Pellow",
                cue="wrote",
                how="wrote",
                via=(("Crown Prosecution Service", "reported_by"),),
                classes=("filing_quotes_email",),
            ),
            Q(
                'the payment would arrive "in the usual way."',
                "Achterberg",
                "Simone Achterberg",
                cue="replied",
                how="wrote",
                via=(("Crown Prosecution Service", "reported_by"),),
                classes=("filing_cites_email",),
            ),
            Q(
                "his client would fight the charges",
                "Ravi Chandran",
                "Ravi Chandran",
                at="Ravi Chandran, said",
                classes=("control",),
            ),
            Q(
                '"Mr Pellow served this town honestly for twenty years,"',
                "Chandran",
                "Ravi Chandran",
                classes=("control",),
            ),
            Q(
                'she had "cooperated fully" with investigators and would continue to do so',
                "Piers Waddington",
                "Piers Waddington",
                cue="told",
                at="Piers Waddington, told",
                how="told",
                via=(("Hollingford Herald", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the authority had tightened its rules on gifts and hospitality since the case came to light",
                "Lorna Beckwith",
                "Lorna Beckwith",
                at="Lorna Beckwith, said",
                classes=("control",),
            ),
            Q(
                '"Every planning officer now declares every meeting with an applicant,"',
                "she",
                "Lorna Beckwith",
                classes=("control",),
            ),
            Q(
                'he had treated the money as "consultancy fees" for work done outside his council hours',
                "Pellow",
                "Gareth Pellow",
                cue="told",
                at="Pellow also told",
                how="told",
                via=(("Crown Prosecution Service", "reported_by"),),
                classes=("according_to_filing_told_group",),
            ),
            Q(
                '"We were told we didn\'t understand planning law,"',
                "Derek Yaxley",
                "Derek Yaxley",
                classes=("control",),
            ),
            Q('"It turns out we understood it very well."', None, "Derek Yaxley", cue=None, classes=("control",)),
        ],
        titles={
            "Neil Garside": ["a fellow officer"],
            "Simone Achterberg": ["the developer's director"],
            "Ravi Chandran": ["His solicitor"],
            "Piers Waddington": ["Her lawyer"],
            "Lorna Beckwith": ["The council's chief executive"],
        },
    ),
    A(
        id="c9-airline-recording",
        style="local",
        classes=("documents", "told_outlet"),
        text="""Leaked recording shows airline chief dismissing pilots' fatigue fears

By Imogen Stack

CARROWBY — In a recording of a staff meeting obtained by the Carrowby Courier, the chief executive of the regional \
airline SkyLink Aero, Martin Hoyland, told pilots that complaints about fatigue were "a union game."

Hoyland can also be heard saying that the airline "will not be held to ransom over rosters." The meeting took place \
at the company's hangar at Carrowby airport in January.

Later in the recording, Hoyland says the company "cannot afford passengers' goodwill and pilots' moods at the same \
time."

SkyLink Aero said in a statement that the remarks had been "taken out of context" and that Hoyland had apologised to \
staff.

The Aircrew Union has logged 140 fatigue reports at the airline since the summer, according to its national officer, \
Bev Aldous. The union will not sign the new rosters until an independent review has been carried out, according to \
Aldous.

Aldous told a local radio station on Saturday that pilots were "scared to speak up" about tiredness.

The Civil Aviation Authority's head of flight operations, Aileen Haddow, met union representatives on Monday. Aldous \
told Haddow that several captains had flown close to their legal limits for six weeks in a row.

Haddow said afterwards that the authority would review the airline's rosters "as a matter of urgency." "We take \
every report of fatigue seriously, whoever makes it," she said.

One captain, Owen Rhys, said the mood among crews was the worst he had known in 22 years of flying. "People are \
frightened to call in tired," he said.

The airline flies 40 routes from Carrowby and employs 210 pilots.
""",
        quotes=[
            Q(
                'complaints about fatigue were "a union game."',
                "Martin Hoyland",
                "Martin Hoyland",
                cue="told",
                at="Martin Hoyland, told",
                how="told",
                via=(("Carrowby Courier", "reported_by"),),
                classes=("recording_obtained_by",),
            ),
            Q(
                'the airline "will not be held to ransom over rosters."',
                "Hoyland",
                "Martin Hoyland",
                cue="saying",
                at="Hoyland can also be heard saying",
                via=(("Carrowby Courier", "reported_by"),),
                classes=("recording_carryover",),
            ),
            Q(
                "the company \"cannot afford passengers' goodwill and pilots' moods at the same time.\"",
                "Hoyland",
                "Martin Hoyland",
                cue="says",
                via=(("Carrowby Courier", "reported_by"),),
                classes=("recording_carryover",),
            ),
            Q(
                'the remarks had been "taken out of context" and that Hoyland had apologised to staff',
                "SkyLink Aero",
                "SkyLink Aero",
                at="SkyLink Aero said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "The Aircrew Union has logged 140 fatigue reports at the airline since the summer",
                "Bev Aldous",
                "Bev Aldous",
                cue="according to",
                at="according to its national officer, Bev Aldous",
                how="according_to",
                classes=("union_according_to_officer",),
            ),
            Q(
                "The union will not sign the new rosters until an independent review has been carried out",
                "Aldous",
                "Bev Aldous",
                cue="according to",
                how="according_to",
                classes=("union_according_to_officer",),
            ),
            Q(
                'pilots were "scared to speak up" about tiredness',
                "Aldous",
                "Bev Aldous",
                cue="told",
                how="told",
                classes=("told_radio_station_control",),
            ),
            Q(
                "several captains had flown close to their legal limits for six weeks in a row",
                "Aldous",
                "Bev Aldous",
                cue="told",
                how="told",
                classes=("told_person_no_relay_control",),
            ),
            Q(
                'the authority would review the airline\'s rosters "as a matter of urgency."',
                "Haddow",
                "Aileen Haddow",
                classes=("control",),
            ),
            Q(
                '"We take every report of fatigue seriously, whoever makes it,"',
                "she",
                "Aileen Haddow",
                classes=("control",),
            ),
            Q(
                "the mood among crews was the worst he had known in 22 years of flying",
                "Owen Rhys",
                "Owen Rhys",
                at="Owen Rhys, said",
                classes=("control",),
            ),
            Q('"People are frightened to call in tired,"', "he", "Owen Rhys", classes=("control",)),
        ],
        titles={
            "Martin Hoyland": ["the chief executive of the regional airline SkyLink Aero"],
            "Bev Aldous": ["its national officer"],
            "Aileen Haddow": ["The Civil Aviation Authority's head of flight operations"],
            "Owen Rhys": ["One captain"],
        },
    ),
    A(
        id="c9-chip-deal",
        style="wire",
        classes=("told_outlet", "nesting"),
        text="""Vantrell nears deal for German chip designer Halbwerk

FRANKFURT, May 14 — British chipmaker Vantrell is in advanced talks to buy the German chip designer Halbwerk for \
about 2.1 billion euros, according to three people familiar with the matter.

One of the people told Reuters that a deal could be signed "within a fortnight" if Halbwerk's founding family \
accepted the price. The person said Vantrell had already lined up financing from two banks.

A second person, who spoke on condition of anonymity because the talks are private, told the business daily \
Handelsblatt that Berlin was likely to review any deal on security grounds.

The German economy ministry has been aware of the talks for several weeks, the BBC reported, citing a senior \
government official. The official told the BBC that the ministry would "look closely" at any foreign purchase of a \
company that designs chips for the car industry.

Halbwerk's founder, Ulrike Brandauer, told the BBC last year that she would "never sell to a buyer who wants to close \
our Dresden plant." Her family still owns 38 percent of the company.

Vantrell declined to comment. Halbwerk's chief executive, Jonas Riedl, said in a statement that the company "does \
not comment on market rumours."

The first person said Vantrell wanted Halbwerk's designs for low-power chips, which are used in electric cars, and \
planned to keep its 900 staff in Germany.

Shares in Vantrell rose 4 percent in London. An analyst at Corbel Securities, Nadia Fenwick, said the price was \
"full but fair." "Vantrell needs this deal more than Halbwerk does," she wrote in a note to clients.

Reuters could not independently confirm the BBC's report.
""",
        quotes=[
            Q(
                "British chipmaker Vantrell is in advanced talks to buy the German chip designer Halbwerk for about "
                "2.1 billion euros",
                "three people familiar with the matter",
                "three people familiar with the matter",
                cue="according to",
                how="according_to",
                anonymous=True,
                classes=("according_to_people_control",),
            ),
            Q(
                'a deal could be signed "within a fortnight" if Halbwerk\'s founding family accepted the price',
                "One of the people",
                "one of the people familiar with the matter",
                cue="told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("anonymous_told_outlet",),
            ),
            Q(
                "Vantrell had already lined up financing from two banks",
                "The person",
                "one of the people familiar with the matter",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("the_person_keeps_outlet",),
            ),
            Q(
                "Berlin was likely to review any deal on security grounds",
                "A second person",
                "a second person",
                cue="told",
                at="A second person, who spoke on condition of anonymity because the talks are private, told",
                via=(("Handelsblatt", "told"),),
                anonymous=True,
                classes=("second_anonymous_other_outlet",),
            ),
            Q(
                "The German economy ministry has been aware of the talks for several weeks",
                "a senior government official",
                "a senior government official",
                cue="reported",
                at="the BBC reported, citing a senior government official",
                via=(("BBC", "citing"),),
                anonymous=True,
                classes=("reported_citing",),
            ),
            Q(
                'the ministry would "look closely" at any foreign purchase of a company that designs chips for the '
                "car industry",
                "The official",
                "a senior government official",
                cue="told",
                via=(("BBC", "told"),),
                anonymous=True,
                classes=("anonymous_later_told",),
            ),
            Q(
                'she would "never sell to a buyer who wants to close our Dresden plant."',
                "Ulrike Brandauer",
                "Ulrike Brandauer",
                cue="told",
                at="Ulrike Brandauer, told",
                how="told",
                via=(("BBC", "told"),),
                classes=("told_outlet_bare",),
            ),
            Q(
                'the company "does not comment on market rumours."',
                "Jonas Riedl",
                "Jonas Riedl",
                at="Jonas Riedl, said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "Vantrell wanted Halbwerk's designs for low-power chips, which are used in electric cars, and planned "
                "to keep its 900 staff in Germany",
                "The first person",
                "one of the people familiar with the matter",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("first_person_back_after_other_outlet",),
            ),
            Q(
                'the price was "full but fair."',
                "Nadia Fenwick",
                "Nadia Fenwick",
                at="Nadia Fenwick, said",
                classes=("control",),
            ),
            Q(
                '"Vantrell needs this deal more than Halbwerk does,"',
                "she",
                "Nadia Fenwick",
                cue="wrote",
                how="wrote",
                classes=("note_control",),
            ),
        ],
        titles={
            "Ulrike Brandauer": ["Halbwerk's founder"],
            "Jonas Riedl": ["Halbwerk's chief executive"],
            "Nadia Fenwick": ["An analyst at Corbel Securities"],
        },
    ),
    A(
        id="c9-mayor-cycle-lanes",
        style="local",
        classes=("documents", "told_outlet"),
        text="""Mayor's deleted post on cycle lanes draws complaints

By Hamish Eddery

DUNMORE — The mayor of Dunmore, Patricia Vell, said the new cycle lanes on Marsh Road were "a solution in search of \
a problem," as first reported by the Dunmore Gazette on Tuesday.

The remarks were made at a private dinner for local business owners last week. According to a recording of the \
dinner obtained by the Gazette, Vell told the diners that the lanes would be "gone by Christmas if I have my way."

On Wednesday, the mayor wrote on Facebook that cyclists "should pay road tax like everyone else." The post, which \
was captured by the Gazette before it was deleted an hour later, said the lanes had cost "more than the town spends \
on potholes in a year."

Vell told a radio station on Thursday that she stood by "every word" and would not be apologising.

Cycling groups were angry. Kerry Blatchford, who chairs the Dunmore Cycle Forum, said the mayor had "insulted every \
parent who rides to school with their children." "We will be at the next council meeting, and we will be loud," she \
said.

A council spokesman said the lanes had cost £1.2 million, paid for by a government grant. The pothole budget this \
year is £3 million, he said.

Owen Rusk, the councillor in charge of transport, said the lanes would stay whatever the mayor thought. "She has one \
vote on the committee, the same as everybody else," he said.

The mayor's office said in a statement on Friday that Vell "supports safe cycling" and had been expressing "the \
frustrations of shopkeepers."

Traffic counts published by the council in September showed about 600 cycle journeys a day on Marsh Road, up from \
250 before the lanes were built.
""",
        quotes=[
            Q(
                'the new cycle lanes on Marsh Road were "a solution in search of a problem,"',
                "Patricia Vell",
                "Patricia Vell",
                at="Patricia Vell, said",
                via=(("Dunmore Gazette", "reported_by"),),
                classes=("mixed_first_reported_by",),
            ),
            Q(
                'the lanes would be "gone by Christmas if I have my way."',
                "Vell",
                "Patricia Vell",
                cue="told",
                how="told",
                via=(("Dunmore Gazette", "reported_by"),),
                classes=("according_to_recording_told",),
            ),
            Q(
                'cyclists "should pay road tax like everyone else."',
                "the mayor",
                "Patricia Vell",
                cue="wrote",
                how="wrote",
                classes=("social_post_control",),
            ),
            Q(
                'the lanes had cost "more than the town spends on potholes in a year."',
                None,
                "Patricia Vell",
                at="The post, which was captured by the Gazette before it was deleted an hour later, said",
                how="wrote",
                via=(("Dunmore Gazette", "reported_by"),),
                classes=("post_captured_by",),
            ),
            Q(
                'she stood by "every word" and would not be apologising',
                "Vell",
                "Patricia Vell",
                cue="told",
                how="told",
                classes=("told_radio_station_control",),
            ),
            Q(
                'the mayor had "insulted every parent who rides to school with their children."',
                "Kerry Blatchford",
                "Kerry Blatchford",
                at="Kerry Blatchford, who chairs the Dunmore Cycle Forum, said",
                classes=("control",),
            ),
            Q(
                '"We will be at the next council meeting, and we will be loud,"',
                "she",
                "Kerry Blatchford",
                classes=("control",),
            ),
            Q(
                "the lanes had cost £1.2 million, paid for by a government grant",
                "A council spokesman",
                "a council spokesman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "the lanes would stay whatever the mayor thought",
                "Owen Rusk",
                "Owen Rusk",
                at="Owen Rusk, the councillor in charge of transport, said",
                classes=("control",),
            ),
            Q(
                '"She has one vote on the committee, the same as everybody else,"',
                "he",
                "Owen Rusk",
                classes=("control",),
            ),
            Q(
                'Vell "supports safe cycling" and had been expressing "the frustrations of shopkeepers."',
                "The mayor's office",
                "the mayor's office",
                at="The mayor's office said",
                how="statement",
                classes=("statement_control",),
            ),
        ],
        titles={
            "Patricia Vell": ["The mayor of Dunmore"],
            "Owen Rusk": ["the councillor in charge of transport"],
        },
    ),
    A(
        id="c9-salary-cap-podcasts",
        style="local",
        classes=("frame_carryover", "told_outlet"),
        text="""League chief says salary cap is 'inevitable' as clubs split

By Colm Reddan

The chief executive of the National League, Adrian Thorpe, said a salary cap for clubs was "inevitable," speaking \
on the Full Ninety podcast, as quoted by the Sunday Ledger.

Thorpe said on the podcast that six clubs had spent more than their entire income on wages last season. "We cannot \
keep waiting for a club to go under before we act," he said.

The head of the players' union, Kwame Osei, said on Danny Frayne's podcast on Friday that a cap would "punish the \
clubs that are run properly and reward the ones that are not."

The sports minister, Helen Marchetti, said in an interview with the broadcaster Sportsline that aired on Sunday that \
the government would not impose a cap. She said the league "must decide this for itself, and quickly."

"It is not for ministers to pick the team sheet," she said in the interview.

Clubs are divided. The chairman of Harlow Town, Gary Pruett, said in a statement that his club would vote against \
any cap "that treats a club with 3,000 fans like one with 30,000."

Bryony Askew, who owns Fenwick Rovers, told the Ledger that her club had lost £2 million in two seasons trying to \
keep up with its rivals' wage bills. "A cap is the only thing that stops owners like me from gambling the club," she \
said.

Thorpe told reporters at the league's headquarters on Monday that clubs would vote on the proposal in March. He \
said he expected it to pass "by a comfortable margin."

The league's 24 clubs spent an average of 96 percent of their income on wages last season, according to the \
accountancy firm Moreton Hale.
""",
        quotes=[
            Q(
                'a salary cap for clubs was "inevitable,"',
                "Adrian Thorpe",
                "Adrian Thorpe",
                at="Adrian Thorpe, said",
                via=(("Full Ninety", "interview"), ("Sunday Ledger", "reported_by")),
                classes=("podcast_quoted_by_paper",),
            ),
            Q(
                "six clubs had spent more than their entire income on wages last season",
                "Thorpe",
                "Adrian Thorpe",
                at="Thorpe said on the podcast",
                via=(("Full Ninety", "interview"),),
                classes=("podcast_carryover",),
            ),
            Q(
                '"We cannot keep waiting for a club to go under before we act,"',
                "he",
                "Adrian Thorpe",
                via=(("Full Ninety", "interview"),),
                classes=("podcast_carryover",),
            ),
            Q(
                'a cap would "punish the clubs that are run properly and reward the ones that are not."',
                "Kwame Osei",
                "Kwame Osei",
                at="Kwame Osei, said",
                via=(("Danny Frayne", "interview"),),
                classes=("on_persons_podcast",),
            ),
            Q(
                "the government would not impose a cap",
                "Helen Marchetti",
                "Helen Marchetti",
                at="Helen Marchetti, said",
                via=(("Sportsline", "interview"),),
                classes=("interview_that_aired",),
            ),
            Q(
                'the league "must decide this for itself, and quickly."',
                "She",
                "Helen Marchetti",
                via=(("Sportsline", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                '"It is not for ministers to pick the team sheet,"',
                "she",
                "Helen Marchetti",
                via=(("Sportsline", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                'his club would vote against any cap "that treats a club with 3,000 fans like one with 30,000."',
                "Gary Pruett",
                "Gary Pruett",
                at="Gary Pruett, said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "her club had lost £2 million in two seasons trying to keep up with its rivals' wage bills",
                "Bryony Askew",
                "Bryony Askew",
                cue="told",
                at="Bryony Askew, who owns Fenwick Rovers, told",
                how="told",
                via=(("Sunday Ledger", "told"),),
                classes=("told_outlet_bare",),
            ),
            Q(
                '"A cap is the only thing that stops owners like me from gambling the club,"',
                "she",
                "Bryony Askew",
                via=(("Sunday Ledger", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                "clubs would vote on the proposal in March",
                "Thorpe",
                "Adrian Thorpe",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q(
                'he expected it to pass "by a comfortable margin."',
                "He",
                "Adrian Thorpe",
                classes=("control",),
            ),
        ],
        titles={
            "Adrian Thorpe": ["The chief executive of the National League"],
            "Kwame Osei": ["The head of the players' union"],
            "Helen Marchetti": ["The sports minister"],
            "Gary Pruett": ["The chairman of Harlow Town"],
        },
    ),
    A(
        id="c9-border-pool-report",
        style="wire",
        classes=("nesting", "told_outlet"),
        text="""Valdorian president says border deal is 'days away'

By staff reporters

President Tomas Reyna of Valdoria told reporters aboard his plane on Tuesday that a border agreement with \
neighbouring Estrelia was "days away, not weeks," according to a pool report filed by a reporter for the Valdoria \
Tribune.

Reyna said, according to the pool report, that the two sides had settled all but one stretch of the river border.

Estrelia's foreign ministry said in a statement, published in Spanish and translated by the state news agency ENA, \
that the talks had been "constructive but unfinished."

ENA, citing a senior Estrelian negotiator, reported that the last stretch in dispute included a small island used by \
fishermen from both countries.

Estrelia's president, Marisol Quenta, said in a televised speech carried by the state broadcaster ETV that her country \
would "not give up a metre of the riverbank." She told viewers that any agreement would be put to a vote in \
parliament.

In Valdoria, the opposition leader, Fabio Serrat, said the president was "selling the river to buy a headline." He \
told a news conference in the capital that the deal should also go to parliament.

A former Valdorian ambassador to Estrelia, Carmen Ibarra, told the Tribune that both governments wanted an agreement \
before the rainy season, when the river changes course. "Every year the border moves a little, and every year \
somebody's cattle end up in the wrong country," she said.

The two countries have argued over the river border since 1904. Talks resumed in March after a gap of six years.
""",
        quotes=[
            Q(
                'a border agreement with neighbouring Estrelia was "days away, not weeks,"',
                "Tomas Reyna",
                "Tomas Reyna",
                cue="told",
                at="Tomas Reyna of Valdoria told",
                how="told",
                via=(("Valdoria Tribune", "reported_by"),),
                classes=("pool_report",),
            ),
            Q(
                "the two sides had settled all but one stretch of the river border",
                "Reyna",
                "Tomas Reyna",
                via=(("Valdoria Tribune", "reported_by"),),
                classes=("according_to_pool_report",),
            ),
            Q(
                'the talks had been "constructive but unfinished."',
                "Estrelia's foreign ministry",
                "Estrelia's foreign ministry",
                at="Estrelia's foreign ministry said",
                how="statement",
                via=(("ENA", "reported_by"),),
                classes=("translated_by_state_agency",),
            ),
            Q(
                "the last stretch in dispute included a small island used by fishermen from both countries",
                "a senior Estrelian negotiator",
                "a senior Estrelian negotiator",
                cue="reported",
                at="ENA, citing a senior Estrelian negotiator, reported",
                via=(("ENA", "citing"),),
                anonymous=True,
                classes=("agency_citing_reported",),
            ),
            Q(
                'her country would "not give up a metre of the riverbank."',
                "Marisol Quenta",
                "Marisol Quenta",
                at="Marisol Quenta, said",
                via=(("ETV", "reported_by"),),
                classes=("speech_carried_by_state_tv",),
            ),
            Q(
                "any agreement would be put to a vote in parliament",
                "She",
                "Marisol Quenta",
                cue="told",
                how="told",
                via=(("ETV", "reported_by"),),
                classes=("carried_speech_carryover",),
            ),
            Q(
                'the president was "selling the river to buy a headline."',
                "Fabio Serrat",
                "Fabio Serrat",
                at="Fabio Serrat, said",
                classes=("control",),
            ),
            Q(
                "the deal should also go to parliament",
                "He",
                "Fabio Serrat",
                cue="told",
                how="told",
                classes=("news_conference_control",),
            ),
            Q(
                "both governments wanted an agreement before the rainy season, when the river changes course",
                "Carmen Ibarra",
                "Carmen Ibarra",
                cue="told",
                at="Carmen Ibarra, told",
                how="told",
                via=(("Valdoria Tribune", "told"),),
                classes=("told_outlet_bare",),
            ),
            Q(
                "\"Every year the border moves a little, and every year somebody's cattle end up in the wrong "
                'country,"',
                "she",
                "Carmen Ibarra",
                via=(("Valdoria Tribune", "told"),),
                classes=("told_carryover",),
            ),
        ],
        titles={
            "Tomas Reyna": ["President"],
            "Marisol Quenta": ["Estrelia's president"],
            "Fabio Serrat": ["the opposition leader"],
            "Carmen Ibarra": ["A former Valdorian ambassador to Estrelia"],
        },
    ),
    A(
        id="c9-bus-strike",
        style="local",
        classes=("told_outlet", "frame_carryover"),
        text="""Bus drivers to strike over split shifts

By Fern Alcott

TARNSIDE — Bus drivers in Tarnside will strike for three days next month after rejecting a pay offer, according to \
their union's regional organiser, Dale Mottram.

The union, Transit Workers United, says drivers are routinely asked to work split shifts lasting up to 14 hours, \
according to its branch secretary, Sunita Kaur.

The operator, Tarnside Coaches, said in a statement that its offer of 5 percent was "fair and final" and urged \
passengers to check timetables before travelling.

Mottram spoke to the Tarnside Observer on Wednesday. He said drivers had been "pushed to breaking point" by a new \
timetable introduced in the spring. "Some of our members start at five in the morning and finish at eight at night, \
with four unpaid hours in the middle," he said.

Asked whether the union would accept a smaller rise in return for an end to split shifts, he said: "That is the \
conversation we want to have."

A passenger, Gwen Pirie, said she relied on the number 12 bus to reach her job at the hospital. "Three days without \
buses means three days without wages for me," she said.

At a rally outside the depot on Thursday evening, Mottram said the drivers were "ready for a long fight" and thanked \
passengers for their patience.

The company's operations director, Carl Benning, told the Observer that about a third of services would still run \
during the strike, using managers and agency drivers. "We will do everything we can to keep the town moving," he said.

The strike is due to start on the 14th. Talks at the conciliation service Acas are expected next week.
""",
        quotes=[
            Q(
                "Bus drivers in Tarnside will strike for three days next month after rejecting a pay offer",
                "Dale Mottram",
                "Dale Mottram",
                cue="according to",
                at="according to their union's regional organiser, Dale Mottram",
                how="according_to",
                classes=("according_to_officer_control",),
            ),
            Q(
                "drivers are routinely asked to work split shifts lasting up to 14 hours",
                "Sunita Kaur",
                "Sunita Kaur",
                cue="according to",
                at="according to its branch secretary, Sunita Kaur",
                how="according_to",
                classes=("union_according_to_officer",),
            ),
            Q(
                'its offer of 5 percent was "fair and final"',
                "Tarnside Coaches",
                "Tarnside Coaches",
                at="Tarnside Coaches, said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'drivers had been "pushed to breaking point" by a new timetable introduced in the spring',
                "He",
                "Dale Mottram",
                via=(("Tarnside Observer", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                '"Some of our members start at five in the morning and finish at eight at night, with four unpaid '
                'hours in the middle,"',
                "he",
                "Dale Mottram",
                via=(("Tarnside Observer", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                '"That is the conversation we want to have."',
                "he",
                "Dale Mottram",
                at="he said:",
                via=(("Tarnside Observer", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                "she relied on the number 12 bus to reach her job at the hospital",
                "Gwen Pirie",
                "Gwen Pirie",
                at="Gwen Pirie, said",
                classes=("control",),
            ),
            Q(
                '"Three days without buses means three days without wages for me,"',
                "she",
                "Gwen Pirie",
                classes=("control",),
            ),
            Q(
                'the drivers were "ready for a long fight"',
                "Mottram",
                "Dale Mottram",
                classes=("new_occasion_control",),
            ),
            Q(
                "about a third of services would still run during the strike, using managers and agency drivers",
                "Carl Benning",
                "Carl Benning",
                cue="told",
                at="Carl Benning, told",
                how="told",
                via=(("Tarnside Observer", "told"),),
                classes=("told_outlet_bare",),
            ),
            Q(
                '"We will do everything we can to keep the town moving,"',
                "he",
                "Carl Benning",
                via=(("Tarnside Observer", "told"),),
                classes=("told_carryover",),
            ),
        ],
        titles={
            "Dale Mottram": ["their union's regional organiser"],
            "Sunita Kaur": ["its branch secretary"],
            "Gwen Pirie": ["A passenger"],
            "Carl Benning": ["The company's operations director"],
        },
    ),
]
