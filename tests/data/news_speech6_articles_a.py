"""Articles 1-4 of the sixth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech6 import Article, Item

EARNINGS = Article(
    "ns6-earnings-call",
    "US business: results story, 'on a call with analysts', an analyst's note to clients, a CEO's letter to shareholders, a regulatory filing",
    """\
Harlow Freight beats forecasts but warns of ⟦n1|“softer”⟧ peak season

CHICAGO — ⟦s1|Harlow Freight Inc⟧ ⟦c1|said⟧ on Thursday ⟦q1|that third-quarter profit rose 14 percent on stronger demand for refrigerated trucking⟧, but the company cut its outlook for the holiday shipping season, sending its shares down 6 percent in after-hours trading.

⟦q2|“We delivered a clean quarter,”⟧ ⟦s2|Chief Executive Dana Whitcombe⟧ ⟦c2|said⟧ on a call with analysts. ⟦q2|“But I would be doing you a disservice if I told you the fourth quarter is going to look like the third.”⟧

⟦s3|Whitcombe⟧ ⟦c3|told⟧ analysts ⟦q3|the company now expected full-year revenue of $2.1 billion to $2.2 billion, down from an earlier range of $2.3 billion to $2.4 billion⟧. ⟦q12|Retail customers had trimmed orders for November⟧, ⟦s12|she⟧ ⟦c12|said⟧, ⟦q12|and two grocery chains had pushed back the start of their holiday programs by a fortnight⟧.

Asked by an analyst whether the cut reflected lost customers, ⟦s4|she⟧ ⟦c4|replied⟧: ⟦q4|“No. Every major account we had in June, we still have. They are simply ordering less.”⟧

⟦s5|Chief Financial Officer Mark Oyelaran⟧ ⟦c5|added⟧ ⟦q5|that fuel costs had eased but that driver wages remained “sticky”⟧. ⟦q6|“We are not going to chase volume by cutting rates,”⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|“We tried that in 2019 and it took us three years to dig out.”⟧

⟦n2|Investors appear to fear that a weaker consumer will weigh on freight volumes well into next year⟧, and the shares had already lost a fifth of their value since May.

In a note to clients, ⟦s7|Brenner & Co analyst Priya Coulter⟧ ⟦c7|wrote⟧ ⟦q7|that the guidance cut was “more prudent than alarming”⟧ and kept her buy rating on the stock. ⟦q8|“The market is pricing in a recession that the company itself is not seeing,”⟧ ⟦s8|Coulter⟧ ⟦c8|wrote⟧.

⟦q9|Shipments in the dedicated-fleet unit fell 3 percent in the quarter⟧, ⟦c9|according to⟧ ⟦s9|a regulatory filing⟧, while the brokerage business, which matches loads with independent truckers, grew for the first time in six quarters. The company's ⟦n3|“asset-light”⟧ push moves more of those loads onto contractors' trucks.

In her annual letter to shareholders in March, ⟦s10|Whitcombe⟧ ⟦c10|wrote⟧ ⟦q10|that Harlow would “never again bet the balance sheet on a single season”⟧, a reference to the expansion that left it with 400 idle trucks five years ago.

A spokesperson for the Teamsters, which represents about a third of Harlow's drivers, declined ⟦n4|to comment on the wage talks⟧, which resume next month.

⟦q11|“One soft quarter doesn’t change the story,”⟧ ⟦c11|said⟧ ⟦s11|Lionel Baptiste⟧, a portfolio manager at Crestline Advisors, which owns the stock. ⟦q11|“If anything, I’d be a buyer on this dip.”⟧
""",
    [
        Item(1, "Harlow Freight Inc"),
        Item(2, "Dana Whitcombe"),
        Item(3, "Dana Whitcombe"),
        Item(4, "Dana Whitcombe"),
        Item(5, "Mark Oyelaran"),
        Item(6, "Mark Oyelaran"),
        Item(7, "Priya Coulter"),
        Item(8, "Priya Coulter"),
        Item(9, "Harlow Freight Inc"),
        Item(10, "Dana Whitcombe"),
        Item(11, "Lionel Baptiste"),
        Item(12, "Dana Whitcombe"),
    ],
    {
        1: "headline",  # scare quote in a headline
        2: "non_reporting",  # investors' fear: a belief
        3: "scare_quotes",  # scare quote around a coined label
        4: "refusal",  # refusal to comment
    },
)

ICE = Article(
    "ns6-science-ice",
    "UK science: a paper in a journal, its lead author and an outside expert, UK curly singles with nested doubles, 'the authors write', findings",
    """\
Antarctic sea ice ⟦n1|‘unlikely to recover’⟧ this decade, study finds

⟦q1|Sea ice around Antarctica has entered a new, lower state from which it is unlikely to bounce back before the 2030s⟧, ⟦c1|according to⟧ ⟦s1|the researchers behind a study published on Wednesday⟧.

⟦n2|The study found that winter ice extent had fallen below its long-term range in six of the past eight years⟧, a run that the satellite record, which began in 1979, had never shown before.

⟦q2|‘We used to talk about Antarctic ice as the stable one, the “good news” story,’⟧ ⟦c2|said⟧ ⟦s2|Dr Ruth Anand-Keele⟧, a sea-ice physicist at the University of Exeter and the paper’s lead author. ⟦q2|‘That story is over.’⟧

⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|the team had combined the satellite images with ocean temperature profiles gathered by robotic floats that drift below the ice for months at a time⟧.

In the paper, ⟦s4|the authors⟧ ⟦c4|write⟧ ⟦q4|that the decline is “consistent with a persistent warming of the subsurface ocean rather than a run of bad luck with the winds”⟧. ⟦n3|Their models suggest that as much as two-thirds of the loss could be explained by warmer water welling up from below⟧.

⟦s5|Professor Tomás Iriarte⟧, of the British Antarctic Survey, who was not involved in the research, ⟦c5|cautioned⟧ ⟦q5|that eight winters were ‘a short window in a very noisy system’⟧.

⟦q6|‘I think they are probably right,’⟧ ⟦s6|he⟧ ⟦c6|said⟧, ⟦q6|‘but I would want to see another five winters before I bet my pension on it.’⟧

⟦n4|Many glaciologists privately suspect that the shift began earlier than the satellites can show⟧, because the floats that measure the water below have only been deployed in large numbers since the mid-2000s.

⟦s7|A spokesperson for the Met Office⟧ ⟦c7|said⟧: ⟦q7|‘The findings are in line with what our own seasonal outlooks have been showing. We will be reviewing the paper carefully.’⟧

Less ice means darker water, which absorbs more of the summer sun and warms further, a feedback that scientists have long modelled in the Arctic. ⟦q11|The paper⟧, ⟦s11|the team⟧ ⟦c11|noted⟧, ⟦q11|is the first to measure it at scale in the south⟧.

⟦q8|‘What happens in the Southern Ocean does not stay in the Southern Ocean.’⟧ The ⟦c8|warning⟧ came from ⟦s9|⟦s8|Dr Anand-Keele⟧⟧, who ⟦c9|said⟧ ⟦q9|the extra heat would eventually reach the ice shelves that hold back the continent’s glaciers⟧.

The study, titled ⟦n5|‘A regime shift in Antarctic sea ice’⟧, was funded by the Natural Environment Research Council. ⟦s10|Iriarte⟧ ⟦c10|said⟧ ⟦q10|he hoped it would prompt a second look at how the big climate models handle the deep ocean⟧, ⟦q10|‘which is where, frankly, we have been weakest’⟧.
""",
    [
        Item(1, "the researchers"),
        Item(2, "Ruth Anand-Keele"),
        Item(3, "Ruth Anand-Keele"),
        Item(4, "the authors"),
        Item(5, "Tomás Iriarte"),
        Item(6, "Tomás Iriarte"),
        Item(7, "Met Office spokesperson"),
        Item(8, "Ruth Anand-Keele"),
        Item(9, "Ruth Anand-Keele"),
        Item(10, "Tomás Iriarte"),
        Item(11, "the researchers"),
    ],
    {
        1: "headline",  # headline quoting the study
        2: "non_reporting",  # the study found: a finding
        3: "non_reporting",  # models suggest: evidence
        4: "non_reporting",  # scientists suspect: a belief
        5: "title",  # title of a paper
    },
)

MATCH = Article(
    "ns6-football-report",
    "UK football match report: straight single quotes, manager's post-match quotes split twice, a player's Instagram post, a chant, a nickname, a refusal",
    """\
Late Kettering header keeps Ashbourne's title hopes alive

Ashbourne Town 2 Millbrook Rovers 1

Jamie Kettering came off the bench to score the winner four minutes from time as Ashbourne came from behind to beat the side known all over the county as ⟦n1|'the Quarrymen'⟧ and stay two points off the top.

The away end rang to ⟦n2|'We're going up, we're going up'⟧ long after the final whistle, and the players stayed on the pitch for ten minutes to applaud them.

⟦q1|'I thought we were second best for an hour,'⟧ ⟦c1|admitted⟧ ⟦s1|Ashbourne manager Gary Pellow⟧. ⟦q1|'Then Jamie comes on, changes the shape of the game, and suddenly we look like ourselves again.'⟧

⟦q2|'People will say we got lucky,'⟧ ⟦s2|he⟧ ⟦c2|said⟧, ⟦q2|'and maybe we did, a bit.'⟧ He shrugged. ⟦q2|'But you make your own luck in this league by keeping going, and we kept going.'⟧

Millbrook had led through Dion Asante's volley just before half-time, and their manager ⟦s3|Sue Ridley⟧ ⟦c3|said⟧ ⟦q3|her side had been 'robbed' of a second goal when a clear penalty was waved away early in the second half⟧.

⟦q4|'It's a penalty all day long. Everybody in the ground saw it except the one man who matters,'⟧ ⟦c4|said⟧ ⟦s4|Ridley⟧, who ⟦n3|refused to say whether she would appeal against the booking she received at the final whistle⟧.

Kettering, 19, had only signed a professional contract in the summer. ⟦s5|He⟧ later ⟦c5|posted⟧ on Instagram: ⟦q5|'Dreamt about that one since I was six. Thank you for the noise tonight, you were the extra man.'⟧

⟦q6|Captain Lewis Ambrose will miss Tuesday's trip to Dunford with a hamstring strain⟧, ⟦c6|according to⟧ ⟦s6|the club⟧, and ⟦s7|Pellow⟧ ⟦c7|confirmed⟧ ⟦q7|that the defender could be out for a month⟧.

⟦q8|'Losing Lewis is a blow, no point pretending otherwise,'⟧ ⟦s8|Pellow⟧ ⟦c8|said⟧. ⟦q8|'He organises everything at the back. But we've got lads who have been waiting for a chance.'⟧

Asked about the penalty appeal at the other end, ⟦s9|Pellow⟧ ⟦c9|smiled⟧: ⟦q9|'I had a great view of it. From sixty yards.'⟧

The attendance of 6,412 was the largest at the Lime Street ground for a league match since 1998. Club chairman ⟦s10|Derek Fairbairn⟧ ⟦c10|told⟧ the Ashbourne Echo ⟦q10|the board would look again at plans to expand the main stand⟧, ⟦q10|'because nights like this are why we do it'⟧.

Ridley's side, who have won only once in seven matches, host Penwith on Saturday. ⟦q11|'We'll be fine,'⟧ ⟦s11|she⟧ ⟦c11|insisted⟧. ⟦q11|'Ask me again in May.'⟧
""",
    [
        Item(1, "Gary Pellow"),
        Item(2, "Gary Pellow"),
        Item(3, "Sue Ridley"),
        Item(4, "Sue Ridley"),
        Item(5, "Jamie Kettering"),
        Item(6, "Ashbourne Town"),
        Item(7, "Gary Pellow"),
        Item(8, "Gary Pellow"),
        Item(9, "Gary Pellow"),
        Item(10, "Derek Fairbairn", chain=(("Ashbourne Echo", "told"),)),
        Item(11, "Sue Ridley"),
    ],
    {
        1: "nickname",  # nickname of a team
        2: "slogan",  # a chant from the terraces
        3: "refusal",  # refusal to say
    },
)

COURT = Article(
    "ns6-za-court",
    "South African court report: 'the court heard', testimony through an interpreter with a nested quotation, a judge's warning, cross-examination, 'according to' the indictment, rand amounts",
    """\
Taxi boss ⟦n1|‘ordered hit’⟧, court told

CAPE TOWN – ⟦q1|A Khayelitsha taxi association chairperson paid R80 000 for the killing of a rival operator⟧, the Western Cape High Court ⟦c1|heard⟧ on Tuesday.

⟦s2|The state’s key witness, a former driver who may not be named for his own protection⟧, ⟦c2|testified⟧ ⟦q2|that he had been present when the money was counted out on a table in a tavern in Site C⟧.

⟦q3|“He said, ‘Make sure it is done before the weekend,’ and he gave the envelope to the younger one,”⟧ ⟦s3|the witness⟧ ⟦c3|told⟧ the court, speaking through an isiXhosa interpreter.

Mzwandile Gqola, 54, ⟦n2|has pleaded not guilty to murder and conspiracy to commit murder⟧. Two co-accused, who were arrested in the Eastern Cape last year, are expected to stand trial separately.

⟦q4|The operator, Lwazi Nqola, was shot six times outside his home in Makhaza in March last year⟧, ⟦c4|according to⟧ ⟦s4|the indictment⟧. His killing came during a months-long dispute over a lucrative route to the city centre, part of the violence residents call the ⟦n3|“taxi wars”⟧.

Under cross-examination, ⟦s5|defence advocate Pieter Joubert⟧ ⟦c5|put it to⟧ the witness ⟦q5|that he had invented the meeting to win immunity from prosecution⟧.

⟦q6|“No, sir. I am telling the truth,”⟧ ⟦s6|the witness⟧ ⟦c6|replied⟧. ⟦q6|“I have nothing to gain. I have lost my job, I have lost my house, I cannot go home.”⟧

When several people in the public gallery began shouting, ⟦s7|Judge Nolwazi Daniels⟧ ⟦c7|warned⟧ ⟦q7|that she would clear the court if there were any further outbursts⟧. ⟦q8|“This is a court of law, not a taxi rank,”⟧ ⟦s8|she⟧ ⟦c8|said⟧.

⟦s9|Joubert⟧ ⟦c9|told⟧ the court ⟦q9|his client had been in Mthatha at a funeral on the weekend of the shooting and would call three witnesses to say so⟧.

Outside court, ⟦s10|Nqola’s sister, Zukiswa Nqola⟧, ⟦c10|said⟧: ⟦q10|“We have waited a year and a half to hear somebody say these things out loud. Whatever happens, we needed this day.”⟧

⟦s11|National Prosecuting Authority regional spokesperson Siyabonga Mthethwa⟧ ⟦c11|said⟧ ⟦q11|the state intended to call 14 more witnesses⟧ and ⟦c12|asked⟧ ⟦q12|that the media respect the order protecting the key witness’s identity⟧.

⟦q13|“Witnesses in these cases put their lives on the line,”⟧ ⟦s13|he⟧ ⟦c13|said⟧. ⟦q13|“The least we can do is keep their names out of the papers.”⟧

The trial continues on Wednesday, when a ballistics expert is expected to testify.
""",
    [
        Item(1, "the state", kind=None),
        Item(2, "the state's key witness", anonymous=True),
        Item(3, "the state's key witness", anonymous=True),
        Item(4, "the indictment"),
        Item(5, "Pieter Joubert"),
        Item(6, "the state's key witness", anonymous=True),
        Item(7, "Nolwazi Daniels"),
        Item(8, "Nolwazi Daniels"),
        Item(9, "Pieter Joubert"),
        Item(10, "Zukiswa Nqola"),
        Item(11, "Siyabonga Mthethwa"),
        Item(12, "Siyabonga Mthethwa"),
        Item(13, "Siyabonga Mthethwa"),
    ],
    {
        1: "headline",  # headline quoting the charge
        2: "non_reporting",  # a plea to a charge: a stance
        3: "scare_quotes",  # a coined label
    },
)

ARTICLES = [EARNINGS, ICE, MATCH, COURT]
