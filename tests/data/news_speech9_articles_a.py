"""Articles 1-4 of the ninth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech9 import Article, Item

SPACE = Article(
    "ns9-space-mission-briefing",
    "US science story on a space-mission briefing: curly doubles, a standfirst that reports, 'said X, the mission's flight director' inversion, a quotation split around 'he said', a colon introduction running over two paragraphs, 'according to the agency', a post on X, a caption quoting the flight director, a nickname, a poem's title, a belief and a refusal",
    """\
⟦n1|“We have a heartbeat”⟧: Corvid probe calls home after six-hour silence

⟦n7|Mission controllers say the spacecraft is healthy and still on course for its flyby of Europa in April⟧

By Dana Whitcombe, Science Correspondent

PASADENA, Calif. — ⟦q2|The Corvid spacecraft has resumed contact with Earth after a six-hour blackout that left engineers fearing the worst⟧, ⟦s2|mission officials⟧ ⟦c2|said⟧ on Thursday.

⟦q3|“When the carrier signal came back, the whole room just exhaled,”⟧ ⟦c3|said⟧ ⟦s3|Ramona Estrada⟧, the mission’s flight director. ⟦q3|“Then somebody started clapping, and I had to remind everyone that we still had a spacecraft to fly.”⟧

⟦n2|Flight director Ramona Estrada in the control room on Thursday: “The whole room just exhaled.”⟧

At a news briefing at the Halloran Flight Center, ⟦s4|Estrada⟧ ⟦c4|said⟧ ⟦q4|the probe had put itself into a protective “safe mode” after a routine software check flagged an unexpected reading from one of its two star trackers⟧. ⟦s5|She⟧ ⟦c5|described⟧ ⟦q5|the next 48 hours as “careful, boring work — and boring is exactly what we want.”⟧

⟦n3|Engineers believe a burst of radiation flipped a single bit in the tracker’s memory⟧, a fault the team has seen once before. The tracker, which engineers have nicknamed ⟦n4|“Old Squinty”⟧ because of its habit of losing sight of faint stars, will be switched off while the team investigates.

The deputy project scientist, ⟦s6|Kwame Adjei-Mensah⟧, ⟦c6|said⟧: ⟦q6|“Nothing we have seen so far suggests any damage to the instruments. The magnetometer and the ice-penetrating radar both came back up on the first try.

“We will take our time. Europa is not going anywhere, and neither, it turns out, is Corvid.”⟧

⟦q7|“Are we out of the woods? Mostly,”⟧ ⟦s7|he⟧ ⟦c7|said⟧, ⟦q7|“but I will tell you for sure after we fire the main engine next week.”⟧

⟦q8|The probe is now about 740 million kilometers from Earth, and its signals take roughly 41 minutes to arrive⟧, ⟦c8|according to⟧ ⟦s8|the Meridian Space Agency⟧, which built the spacecraft with three university partners. Corvid also carries a small steel plaque engraved with lines from the poem ⟦n5|“Ode to the Frozen Sea,”⟧ chosen by schoolchildren in a national competition.

⟦s9|The agency⟧ ⟦c9|wrote⟧ on X shortly after 3 a.m.: ⟦q9|“Corvid is talking to us again. Thank you for all the good wishes, and for your patience.”⟧

⟦n6|Estrada declined to say how much the extra week of testing would cost.⟧

⟦s10|Lena Vukovic⟧, a planetary scientist at the University of Tarrow who is not involved in the mission, ⟦c10|said⟧ ⟦q10|that safe-mode events were “a rite of passage” for probes in deep space⟧.

⟦q11|“Voyager did it, Cassini did it. The spacecraft is doing exactly what it was designed to do when it gets confused,”⟧ ⟦s11|she⟧ ⟦c11|said⟧. ⟦q11|“I would be more worried about a probe that never went quiet.”⟧
""",
    [
        Item(2, "mission officials", anonymous=True),
        Item(3, "Ramona Estrada", titles=("the mission’s flight director",)),
        Item(4, "Ramona Estrada"),
        Item(5, "Ramona Estrada"),
        Item(6, "Kwame Adjei-Mensah", titles=("The deputy project scientist",)),
        Item(7, "Kwame Adjei-Mensah"),
        Item(8, "Meridian Space Agency", relation="according_to"),
        Item(9, "Meridian Space Agency", relation="wrote"),
        Item(10, "Lena Vukovic", titles=("a planetary scientist at the University of Tarrow",)),
        Item(11, "Lena Vukovic"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "caption",  # a picture caption quoting the flight director
        3: "non_reporting",  # a belief
        4: "nickname",
        5: "title",  # a poem
        6: "refusal",
        7: "subheading",  # a standfirst without a final stop
    },
)

PLANNING = Article(
    "ns9-planning-committee",
    "UK local democracy reporter on a planning committee: straight single quotes beside apostrophes (the '40s, rock 'n' roll, the '90s, residents' and company's), a headline quoting objectors, 'told the committee that', 'said X, the company's planning director', a colon introduction over two paragraphs, a quotation split around 'she said', two reported clauses under one cue, a petition's title, a nickname, a caption, a hope and a refusal",
    """\
Flats on old dance hall site ⟦n1|'will rip the heart out of town'⟧, say objectors

By Gareth Pole, Local Democracy Reporting Service

Plans to build 64 flats on the site of a former dance hall in Hexley have been approved despite more than 300 objections.

Members of Hexley District Council's planning committee voted six to four on Tuesday night to back the scheme for the Regent Ballroom, which closed in 2019 after almost 90 years. Known to generations of dancers as ⟦n2|'the Reg'⟧, the building hosted big bands in the '40s, rock 'n' roll nights in the '50s and raves in the '90s.

⟦s1|The developer, Castleview Homes⟧, ⟦c1|told⟧ the committee ⟦q1|that the building was beyond repair and that its plans included a 'community room' on the ground floor⟧.

⟦q2|'We've looked at every option for keeping the ballroom, and none of them stacks up,'⟧ ⟦c2|said⟧ ⟦s2|Nadia Ferrante⟧, the company's planning director. ⟦q2|'What we're offering is homes for local people on a site that's been boarded up for six years.'⟧

Speaking against the plans, ⟦s3|Ron Tilsley⟧, chairman of the Friends of the Regent, ⟦c3|said⟧ ⟦q3|the town's councillors were 'about to knock down the one building people actually love'⟧.

⟦s4|He⟧ ⟦c4|added⟧: ⟦q4|'My mum and dad met on that dance floor in 1961. Half the people in this room could tell you the same story.

'Once it's gone, it's gone. You don't get buildings like that back.'⟧

A petition, ⟦n3|'Save Our Ballroom'⟧, gathered 2,100 signatures in a month.

⟦n4|The Regent Ballroom in the '60s, when queues for the Saturday dance stretched down Mill Street.⟧

⟦s5|The council's planning officer, Imran Qadir⟧, ⟦c5|said⟧ ⟦q5|the ballroom was not a listed building and the committee could not refuse the application on the grounds of 'sentiment alone'⟧.

⟦q6|'I have a lot of sympathy with the residents,'⟧ ⟦s6|Cllr Judith Okoro⟧ ⟦c6|said⟧, ⟦q6|'but I can't see a planning reason to turn this down, and neither could our officers.'⟧

⟦s7|Cllr Martin Hale⟧, who voted against, ⟦c7|said⟧ ⟦q7|the residents' objections had been 'brushed aside'⟧ and ⟦q7|that he would ask for the decision to be reviewed⟧.

⟦n5|Objectors hope the secretary of state will call in the decision.⟧

⟦q8|Work on the site could begin as early as next spring⟧, ⟦c8|according to⟧ ⟦s8|the developer's agents⟧. ⟦n6|Castleview Homes would not say how many of the flats would be sold below the market price.⟧
""",
    [
        Item(1, "Castleview Homes"),
        Item(2, "Nadia Ferrante", titles=("the company's planning director",)),
        Item(3, "Ron Tilsley", titles=("chairman of the Friends of the Regent",)),
        Item(4, "Ron Tilsley"),
        Item(5, "Imran Qadir", titles=("The council's planning officer",)),
        Item(6, "Judith Okoro", titles=("Cllr",)),
        Item(7, "Martin Hale", titles=("Cllr",)),
        Item(8, "the developer's agents", relation="according_to"),
    ],
    {
        1: "headline",  # the objectors' words in a headline
        2: "nickname",
        3: "title",  # a petition's title
        4: "caption",  # a picture caption with an elided year
        5: "non_reporting",  # a hope
        6: "refusal",
    },
)

RECALL = Article(
    "ns9-product-recall",
    "US consumer story on a product recall: straight doubles, a standfirst reporting the regulator, 'said Tuesday it was recalling', 'said in a statement that', 'the statement said' continued in the same paragraph, 'urged consumers to', 'said X, a spokeswoman for the commission' inversion, 'according to the commission's notice', a customer's phone interview, a lawyer, a denial, a product name, a slogan, an expectation and a refusal",
    """\
Maker of ⟦n1|"BrewMate"⟧ coffee machines recalls 1.2 million units over burn risk

⟦n5|Federal safety regulators say the glass carafes can shatter when they are full of hot coffee⟧

By Marcus Lyle | Published 6:02 a.m. ET

⟦s2|Kettleby Appliances⟧ ⟦c2|said⟧ Tuesday ⟦q2|it was recalling about 1.2 million of its BrewMate 12-cup coffee makers sold in the United States and Canada since March 2024⟧, after customers reported glass carafes cracking or shattering while full.

⟦s3|The company⟧ ⟦c3|said⟧ in a statement ⟦q3|that it had received 214 reports of carafes breaking, including 19 in which people suffered burns or cuts⟧.

⟦q4|"The safety of the people who use our products comes before everything else,"⟧ ⟦s4|the statement⟧ ⟦c4|said⟧. ⟦q4|"We are deeply sorry to every customer who has been hurt, and we are making it as easy as possible to get a free replacement."⟧

⟦s5|The Consumer Product Safety Commission⟧ ⟦c5|urged⟧ ⟦q5|consumers to stop using the machines immediately and to contact Kettleby for a replacement carafe made of stainless steel⟧.

⟦q6|"Do not wait for the carafe to crack,"⟧ ⟦c6|said⟧ ⟦s6|Alicia Moreno-Vance⟧, a spokeswoman for the commission. ⟦q6|"Unplug it, put it away and contact the company today."⟧

⟦q7|At least three of the injuries required treatment in an emergency room⟧, ⟦c7|according to⟧ ⟦s7|the commission's notice⟧.

Reviewers had praised the machine's ⟦n2|"set it and forget it"⟧ timer, which lets owners brew a pot before they wake up. ⟦n3|The company expects the first replacement carafes to ship within four weeks.⟧

⟦s8|Tamsin Doyle⟧, of Eugene, Oregon, ⟦c8|said⟧ ⟦q8|her carafe "exploded" on the kitchen counter in August, two feet from her 4-year-old son⟧.

⟦q9|"It sounded like a gunshot,"⟧ ⟦s9|Doyle⟧ ⟦c9|said⟧ in a phone interview. ⟦q9|"There was glass in the fruit bowl. I'm just glad he wasn't standing any closer."⟧

⟦s10|Grant Pollard⟧, a lawyer who represents several injured customers, ⟦c10|said⟧ ⟦q10|the recall came "months too late."⟧

⟦q11|"Kettleby knew about this problem in the spring,"⟧ ⟦s11|he⟧ ⟦c11|said⟧. ⟦q11|"They chose to sell through the holidays first."⟧

⟦s12|Kettleby⟧ ⟦c12|denied⟧ ⟦q12|that it had delayed the recall⟧. ⟦n4|It declined to comment on the pending lawsuits.⟧

Owners can check whether their machine is affected by entering its serial number on the company's website.
""",
    [
        Item(2, "Kettleby Appliances"),
        Item(3, "Kettleby Appliances", relation="statement"),
        Item(4, "Kettleby Appliances", relation="statement"),
        Item(5, "Consumer Product Safety Commission"),
        Item(6, "Alicia Moreno-Vance", titles=("a spokeswoman for the commission",)),
        Item(7, "the commission's notice", relation="according_to"),
        Item(8, "Tamsin Doyle"),
        Item(9, "Tamsin Doyle", relation="interview"),
        Item(10, "Grant Pollard", titles=("a lawyer who represents several injured customers",)),
        Item(11, "Grant Pollard"),
        Item(12, "Kettleby Appliances"),
    ],
    {
        1: "title",  # a product's name in a headline
        2: "slogan",  # an advertising line
        3: "non_reporting",  # an expectation
        4: "refusal",
        5: "subheading",  # a standfirst without a final stop
    },
)

TRANSFER = Article(
    "ns9-transfer-window",
    "UK transfer-window football story in curly single quotes: 'sources close to the player insist', an agent who 'told Sky Sports News that', a manager's press-conference answer after a colon, a quotation continued after 'Larkin added', 'Reports in Germany claim', 'a source close to the board told the Mail', a player's post 'with the caption', a supporters' trust, an anonymous agent after 'said', a nickname and a chant",
    """\
Castlebrook reject £40m bid for ⟦n1|‘The Ghost’⟧ as deadline looms

By Jamie Orrell, Chief Football Writer

Castlebrook United have turned down a £40million offer for winger Tomás Barreiro with 48 hours of the transfer window left, but ⟦s1|sources close to the player⟧ ⟦c1|insist⟧ ⟦q1|he wants to leave⟧.

The 24-year-old, known to fans as ⟦n2|‘The Ghost’⟧ for his habit of drifting in unseen from the left, scored 14 league goals last season.

⟦s2|Barreiro’s agent, Paulo Menezes⟧, ⟦c2|told⟧ Sky Sports News ⟦q2|that his client had been ‘promised a move’ last summer if the club failed to qualify for Europe⟧.

⟦q3|‘Tomás has given everything to this club for four years,’⟧ ⟦s3|Menezes⟧ ⟦c3|said⟧. ⟦q3|‘He’s not asking for anything that wasn’t agreed. A promise is a promise.’⟧

Asked about the bid at his pre-match press conference, ⟦s4|Castlebrook manager Steve Larkin⟧ ⟦c4|said⟧: ⟦q4|‘He’s our player. He’s under contract until 2028, and I expect him to be on the bus to Wexford Road on Saturday.’⟧

⟦q5|‘Do I understand why clubs want him? Of course,’⟧ ⟦s5|Larkin⟧ ⟦c5|added⟧. ⟦q5|‘He’s one of the best wingers in the league. But the owners have been clear with me, and I’ve been clear with him.’⟧

⟦s6|Reports in Germany⟧ ⟦c6|claim⟧ ⟦q6|the bidding club is ready to return with an improved offer of £45m before Friday’s deadline⟧.

⟦s7|A source close to the Castlebrook board⟧ ⟦c7|told⟧ the Mail ⟦q7|that only an offer ‘north of £50m’ would be considered⟧.

⟦s8|Barreiro⟧ himself ⟦c8|posted⟧ a photograph of a packed suitcase on Instagram on Wednesday night with the caption ⟦q8|‘Ready.’⟧ The post was liked more than 200,000 times in an hour.

⟦s9|The Castlebrook Supporters’ Trust⟧ ⟦c9|said⟧ ⟦q9|fans were ‘sick of the same soap opera every August’⟧ and ⟦c10|urged⟧ ⟦q10|the club to settle the matter ‘one way or the other’ before the window closed⟧.

At Saturday’s game, the home end sang ⟦n3|‘There’s only one Tomás’⟧ for most of the second half.

⟦q11|‘There are three clubs in for him, maybe four,’⟧ ⟦c11|said⟧ ⟦s11|one agent⟧ who works in the German market. ⟦q11|‘Everybody is waiting to see who blinks first.’⟧

The transfer window closes at 11pm on Friday.
""",
    [
        Item(1, "sources close to the player", anonymous=True),
        Item(2, "Paulo Menezes", titles=("Barreiro’s agent",), chain=(("Sky Sports News", "told"),)),
        Item(3, "Paulo Menezes", chain=(("Sky Sports News", "told"),)),
        Item(4, "Steve Larkin", titles=("Castlebrook manager",)),
        Item(5, "Steve Larkin"),
        Item(6, "Reports in Germany", anonymous=True),
        Item(7, "A source close to the Castlebrook board", anonymous=True, chain=(("Mail", "told"),)),
        Item(8, "Tomás Barreiro", relation="wrote"),
        Item(9, "Castlebrook Supporters’ Trust"),
        Item(10, "Castlebrook Supporters’ Trust"),
        Item(11, "one agent who works in the German market", anonymous=True),
    ],
    {
        1: "headline",  # a nickname in a headline
        2: "nickname",
        3: "slogan",  # a chant
    },
)

ARTICLES = [SPACE, PLANNING, RECALL, TRANSFER]
