"""Articles 6-10 of the seventh news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech7 import Article, Item

BAKER_QA = Article(
    "ns7-qa-baker",
    "print Q&A: a standfirst with reported speech, 'Q:' questions, answers without labels (records without cue or source), a caption, a closing paragraph with 'said by phone'",
    """\
Q&A: ⟦n1|‘Bread is the last thing people give up’⟧

Rosa Lindqvist opened her first bakery in a former bank on Mill Street in 2015. She now has four, employs 60 people and supplies three of the city’s best-known restaurants. As flour and energy prices climb, ⟦s1|she⟧ ⟦c1|says⟧ ⟦q1|she has never been busier — or more worried⟧. We asked her why.

Q: Your prices went up again this month. How have customers taken it?

⟦q2|Better than I feared. A sourdough loaf is now £4.80, which is a lot of money, and I know that. But people will cut back on almost anything before they cut back on good bread. It is the last thing they give up.⟧

Q: What has gone up most?

⟦q3|Electricity, by a mile. Our ovens run from four in the morning. Two years ago the bill was £3,000 a month. Last month it was £9,400.⟧

Q: Have you thought about closing a shop?

⟦q4|Every week. My accountant says I should close Harbour Road. My staff at Harbour Road say I shouldn’t. So far the staff are winning.⟧

Q: What would you tell someone who wants to open a bakery now?

⟦q5|Don’t. No, I’m joking. Start small, bake what you love, and never sign a lease you can’t read twice without feeling sick.⟧

⟦n2|Rosa Lindqvist in the Mill Street bakery, which opened in a former bank in 2015.⟧

Her accountant, ⟦s6|Peter Hale⟧, ⟦c6|said⟧ by phone ⟦q6|that he had advised her to close one shop “purely on the numbers”⟧. ⟦q7|“Rosa doesn’t run her business purely on the numbers,”⟧ ⟦s7|he⟧ ⟦c7|added⟧. ⟦q7|“That is why people love her bread, and why I lose sleep.”⟧

This interview has been edited for length and clarity.
""",
    [
        Item(1, "Rosa Lindqvist"),
        Item(2, "Rosa Lindqvist", kind="direct"),
        Item(3, "Rosa Lindqvist", kind="direct"),
        Item(4, "Rosa Lindqvist", kind="direct"),
        Item(5, "Rosa Lindqvist", kind="direct"),
        Item(6, "Peter Hale"),
        Item(7, "Peter Hale"),
    ],
    {
        1: "headline",  # the interview's headline quoting her
        2: "caption",  # a picture caption
    },
)

COUNCIL = Article(
    "ns7-local-council-parking",
    "UK local paper from a democracy reporter: byline and credit line, a council meeting, a quotation opening a paragraph with its speaker in the next sentence ('That is how ... put it'), 'speaking by phone', a petition, a READ MORE teaser, a slogan",
    """\
Parking charges on Fore Street approved despite traders’ anger

By Owen Pryce, Local Democracy Reporting Service

Councillors have approved charges of up to £2 an hour for parking on Fore Street, in spite of a petition signed by more than 1,200 people.

⟦q1|“You are killing the high street one meter at a time.”⟧ That is how ⟦s1|shopkeeper Bev Hollins⟧ ⟦c1|put it⟧ to members of Tamworth Vale District Council’s cabinet on Wednesday night, to applause from the public gallery.

⟦s2|Mrs Hollins⟧, who has run a haberdashery on Fore Street for 22 years, ⟦c2|said⟧ ⟦q2|footfall had already fallen by a quarter since the bus route was cut last spring⟧.

⟦n1|READ MORE: ‘We were given two weeks’ notice’ — the last day at Tamworth Vale’s oldest pub⟧

⟦s3|Cabinet member for transport Cllr Sunita Bhatt⟧ ⟦c3|said⟧ ⟦q3|the charges were needed to pay for the repair of the multi-storey car park on Dock Lane⟧, ⟦q3|which engineers had found to be “structurally unsound” last year⟧.

⟦q4|“Nobody round this table wants to charge people to park,”⟧ ⟦s4|she⟧ ⟦c4|said⟧. ⟦q4|“But the alternative is to close Dock Lane altogether, and then there is nowhere to park at all.”⟧

⟦s5|Opposition leader Cllr Mark Dunstan⟧ ⟦c5|called⟧ ⟦q5|the decision “a tax on shopping”⟧ and ⟦c6|said⟧ ⟦q6|his group would ask for it to be reviewed by the scrutiny committee⟧.

The petition, organised under the banner ⟦n2|“Keep Fore Street Free”⟧, was handed in before the meeting.

⟦q7|“We will keep going,”⟧ ⟦s7|organiser Jamal Reid⟧ ⟦c7|said⟧, speaking by phone on Thursday morning. ⟦q7|“The cabinet might have voted, but the traders haven’t given up, and neither have their customers.”⟧

⟦n3|The council hopes that the charges will raise £180,000 a year.⟧ ⟦q8|The first meters will go in at the end of May⟧, ⟦c8|according to⟧ ⟦s8|a report to the cabinet⟧.

⟦n4|Fore Street traders and their petition outside the civic centre on Wednesday. Picture: Tamworth Vale Echo⟧
""",
    [
        Item(1, "Bev Hollins"),
        Item(2, "Bev Hollins"),
        Item(3, "Sunita Bhatt"),
        Item(4, "Sunita Bhatt"),
        Item(5, "Mark Dunstan"),
        Item(6, "Mark Dunstan"),
        Item(7, "Jamal Reid"),
        Item(8, "a report to the cabinet", relation="according_to"),
    ],
    {
        1: "teaser",  # a READ MORE link quoting another story
        2: "slogan",  # a campaign's banner
        3: "non_reporting",  # a hope
        4: "caption",  # a picture caption
    },
)

TENNIS = Article(
    "ns7-sports-tennis-presser",
    "sports: a tennis press conference, straight double quotes, 'Asked about ..., she said:', a quotation opening a paragraph with 'The words came from ...' in the next sentence, a coach 'by text message', quotations split twice",
    """\
Novak-Reyes into semi-finals after saving four match points

MELBOURNE — Ilse Novak-Reyes saved four match points and came back from a set down to beat the third seed, Ana Celestino, 4-6 7-6 (9-7) 6-3 on Tuesday and reach her first Grand Slam semi-final.

⟦q1|"Honestly, at 5-2 in the second I was thinking about my flight home,"⟧ ⟦s1|the 22-year-old Czech⟧ ⟦c1|said⟧ in her on-court interview. ⟦q1|"Then I thought, okay, make her play one more ball."⟧

⟦q2|"I've never had a match like that. Not in juniors, not anywhere."⟧ The ⟦c2|words⟧ came from ⟦s2|Novak-Reyes⟧ an hour later in the main interview room, where she arrived still wearing her match shirt.

Asked about the fourth match point, when Celestino's forehand clipped the net and dropped back on her own side, ⟦s3|she⟧ ⟦c3|said⟧: ⟦q3|"I saw it go up and I closed my eyes. When I opened them, the crowd was screaming, so I thought, maybe that's good for me."⟧

⟦s4|She⟧ ⟦c4|said⟧ ⟦q4|her right shoulder, which was strapped for much of the third set, was "just tired, nothing more"⟧.

⟦q5|"I'm not going to lie,"⟧ ⟦c5|said⟧ ⟦s5|Celestino⟧, ⟦q5|"it hurts."⟧ ⟦q9|"I played the big points badly,"⟧ ⟦s9|she⟧ ⟦c9|added⟧, ⟦q9|"and she played them like a champion."⟧

⟦s6|Celestino⟧, 29, ⟦c6|said⟧ ⟦q6|she would take a few weeks off before the clay season⟧ and ⟦n1|refused to be drawn on whether the hip problem that forced her out of two tournaments last year had returned⟧.

Novak-Reyes's coach, ⟦s7|Tomas Brandl⟧, ⟦c7|said⟧ by text message ⟦q7|that he had "aged ten years" during the second-set tiebreak⟧.

⟦q8|"She doesn't know how good she is yet,"⟧ ⟦s8|Brandl⟧ ⟦c8|wrote⟧. ⟦q8|"That's the scary part for everyone else."⟧

⟦n2|Novak-Reyes is expected to rise into the world's top 20 when the rankings are published next week.⟧ She will play either the top seed, Mei Okada, or the American qualifier Jess Corrigan, whom fans have nicknamed ⟦n3|"the Comeback Kid"⟧, on Thursday.
""",
    [
        Item(1, "Ilse Novak-Reyes"),
        Item(2, "Ilse Novak-Reyes"),
        Item(3, "Ilse Novak-Reyes"),
        Item(4, "Ilse Novak-Reyes"),
        Item(5, "Ana Celestino"),
        Item(6, "Ana Celestino"),
        Item(7, "Tomas Brandl"),
        Item(8, "Tomas Brandl", relation="wrote"),
        Item(9, "Ana Celestino"),
    ],
    {
        1: "refusal",  # refused to be drawn
        2: "non_reporting",  # an expectation
        3: "nickname",  # a nickname
    },
)

EARTHQUAKE = Article(
    "ns7-wire-earthquake",
    "wire disaster story: dateline, state media, 'told Newswire by telephone', 'said in a televised address', eyewitnesses, a split quotation, a spokesperson quoted through a news agency, 'according to'",
    """\
Magnitude 6.8 quake kills at least 31 in western Valdoria

TERESK, Valdoria, Oct 12 (Newswire) — ⟦q1|A magnitude 6.8 earthquake struck western Valdoria before dawn on Saturday, killing at least 31 people and leaving hundreds homeless⟧, ⟦s1|officials⟧ ⟦c1|said⟧, as rescuers dug through collapsed buildings in the mountain town of Teresk.

⟦q2|The quake hit at 4.17 a.m. at a depth of 12 km⟧, ⟦c2|according to⟧ ⟦s2|the national seismological institute⟧, and was followed by more than 40 aftershocks.

⟦s3|Interior Minister Dario Kovač⟧ ⟦c3|said⟧ in a televised address ⟦q3|that the death toll was likely to rise⟧. ⟦q4|“Our first duty is to the people still under the rubble,”⟧ ⟦s4|he⟧ ⟦c4|said⟧. ⟦q4|“Everything else can wait.”⟧

⟦s5|Teresk mayor Ilona Varga⟧ ⟦c5|told⟧ Newswire by telephone ⟦q5|that the town’s hospital had been damaged and that patients were being treated in tents in the market square⟧.

⟦q6|“We have doctors,”⟧ ⟦s6|she⟧ ⟦c6|said⟧. ⟦q6|“What we need is light, water and blankets, because tonight it will be close to zero.”⟧

⟦q7|“The whole house moved like a boat,”⟧ ⟦c7|said⟧ ⟦s7|Petra Holub⟧, 61, who escaped with her grandson through a window. ⟦q7|“I heard the neighbours’ wall come down. Then there was only dust.”⟧

State news agency ⟦s8|VNA⟧ ⟦c8|said⟧ ⟦q8|the army had opened two field kitchens in Teresk⟧ and ⟦c9|quoted⟧ ⟦s9|a spokesman for the civil protection service⟧ as saying ⟦q9|that 1,200 rescuers and 14 sniffer dogs had been sent to the region⟧.

⟦n1|Rescuers fear that the number of dead will climb once they reach the villages higher in the valley⟧, where mobile phone networks were still down on Saturday evening.

⟦q10|“There are places we have not heard from at all,”⟧ ⟦s10|a Red Crescent volunteer⟧, who asked not to be named because she was not authorised to speak to the media, ⟦c10|said⟧ by phone. ⟦q10|“That silence frightens me more than anything.”⟧

⟦q11|Neighbouring Sarmatia has offered to send search-and-rescue teams⟧, ⟦s11|its foreign ministry⟧ ⟦c11|said⟧ in a statement. ⟦s13|Kovač⟧ ⟦c13|said⟧ ⟦q13|Valdoria would accept “every pair of hands that is offered.”⟧

The region was last hit by a major earthquake in 1963, when ⟦n2|the quake known locally as “the Black Sunday”⟧ destroyed much of Teresk’s old town.
""",
    [
        Item(1, "officials", anonymous=True),
        Item(2, "the national seismological institute", relation="according_to"),
        Item(3, "Dario Kovač"),
        Item(4, "Dario Kovač"),
        Item(5, "Ilona Varga", chain=(("Newswire", "told"),)),
        Item(6, "Ilona Varga"),
        Item(7, "Petra Holub"),
        Item(8, "VNA"),
        Item(9, "a spokesman for the civil protection service", chain=(("VNA", "quoted"),), anonymous=True),
        Item(10, "a Red Crescent volunteer", anonymous=True),
        Item(11, "Sarmatia's foreign ministry", relation="statement"),
        Item(13, "Dario Kovač"),
    ],
    {
        1: "non_reporting",  # a fear
        2: "nickname",  # a name for an event
    },
)

LIFEBOAT = Article(
    "ns7-local-lifeboat-feature",
    "local human-interest feature: a quotation opening the story whose speaker comes in the next sentence, a volunteer's account running over three paragraphs, 'recalls', present-tense 'says', a rescued man reached by phone, a caption, a READ MORE teaser",
    """\
Fifty years on the lifeboat: Port Elvin’s longest-serving volunteer hangs up his helmet

⟦q1|“I never once got in that boat without being frightened.”⟧ It is an unexpected ⟦c1|confession⟧ from ⟦s1|Alun Prothero⟧, who on Sunday retires after half a century as a volunteer crew member with the Port Elvin lifeboat, and who has been out on more than 900 shouts.

⟦s2|Mr Prothero⟧, 71, a retired electrician, ⟦c2|says⟧ ⟦q2|the fear is what kept him alive⟧. ⟦q3|“The ones who aren’t scared are the ones you have to watch,”⟧ ⟦s3|he⟧ ⟦c3|says⟧.

⟦n1|Alun Prothero at Port Elvin lifeboat station, where he first volunteered in 1975.⟧

The rescue he remembers best came in January 1990, when a trawler lost its engine off Carreg Point in a force ten gale. ⟦s4|He⟧ ⟦c4|recalls⟧: ⟦q4|“The waves were higher than the station roof. We could see the boat and then we couldn’t, and then we could again.

“It took us an hour to get a line on her. Every time we got close, the sea pulled us apart.

“When we finally got the last man across, he hugged me so hard he cracked one of my ribs. I didn’t feel it till the next morning.”⟧

That man, ⟦s5|Gareth Moss⟧, now 68 and living in Swansea, ⟦c5|said⟧ by phone ⟦q5|that he still sends Mr Prothero a card every January⟧. ⟦q6|“I owe him every birthday I’ve had since,”⟧ ⟦s6|he⟧ ⟦c6|said⟧.

⟦n2|READ MORE: ‘He just kept swimming’ — dog found alive two miles out to sea⟧

⟦s7|Station coxswain Meinir Hughes⟧ ⟦c7|said⟧ ⟦q7|the crew would mark his last day with a launch and a barbecue on the slipway⟧. ⟦q8|“Alun taught half of us to tie a knot,”⟧ ⟦s8|she⟧ ⟦c8|said⟧, ⟦q8|“and the other half to keep our mouths shut and listen.”⟧

⟦s9|The RNLI⟧ ⟦c9|said⟧ in a statement ⟦q9|that only a handful of its volunteers across the UK and Ireland had served for fifty years⟧.

⟦n3|Mr Prothero hopes to spend his retirement fishing — from the shore.⟧ ⟦q10|“I’ve seen enough of the sea from the wrong side,”⟧ ⟦s10|he⟧ ⟦c10|says⟧.
""",
    [
        Item(1, "Alun Prothero"),
        Item(2, "Alun Prothero"),
        Item(3, "Alun Prothero"),
        Item(4, "Alun Prothero"),
        Item(5, "Gareth Moss"),
        Item(6, "Gareth Moss"),
        Item(7, "Meinir Hughes"),
        Item(8, "Meinir Hughes"),
        Item(9, "The RNLI", relation="statement"),
        Item(10, "Alun Prothero"),
    ],
    {
        1: "caption",  # a picture caption
        2: "teaser",  # a READ MORE link quoting another story
        3: "non_reporting",  # a hope
    },
)

ARTICLES = [BAKER_QA, COUNCIL, TENNIS, EARTHQUAKE, LIFEBOAT]
