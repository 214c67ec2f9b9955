"""Articles 9-11 of the eighth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech8 import Article, Item

HOUSING = Article(
    "ns8-uk-politics-housing",
    "UK broadsheet politics: curly single quotes with nested doubles, 'Speaking to the BBC's ... programme, X said:', a quotation split around 'she said', an em-dash attribution whose cue is a noun ('— in a statement from a spokesman, who added'), a colon attribution ('X's verdict was short: ...'), 'Allies of X insist', 'would say only that', a fear",
    """\
Minister’s ⟦n1|‘build, build, build’⟧ pledge runs into backbench revolt

By Imogen Hale, Political Correspondent

⟦s1|Housing minister Priya Lakhani⟧ ⟦c1|insisted⟧ on Sunday ⟦q1|that the government would not water down its planning bill⟧, despite a letter from 41 of her own party’s MPs warning that it would ⟦n2|‘concrete over the shires’⟧.

Speaking to the BBC’s Sunday Politics programme, ⟦s2|Lakhani⟧ ⟦c2|said⟧: ⟦q2|‘I understand that people are worried about the fields at the end of their road. But when a nurse in this country can’t afford to rent a flat near her hospital, something has gone very badly wrong.’⟧

⟦q3|‘We promised to build,’⟧ ⟦s3|she⟧ ⟦c3|said⟧, ⟦q3|‘and I was not appointed to this job to say “not yet” to every young family in Britain.’⟧

⟦s4|The letter⟧, organised by the former environment secretary Sir Graham Toller, ⟦c4|warns⟧ ⟦q4|that the bill hands too much power to ministers over local planning decisions⟧. ⟦q5|‘The people who live in a place should have the final say over what is built there,’⟧ ⟦s5|Sir Graham⟧ ⟦c5|told⟧ the Telegraph.

⟦n3|Some of the rebels fear the bill will cost them their seats at the next election.⟧

The response from Downing Street came within the hour — ⟦q6|‘The prime minister and the housing minister are entirely united on this’⟧ — in a ⟦c6|statement⟧ from ⟦s6|a spokesman⟧, ⟦s7|who⟧ ⟦c7|added⟧ ⟦q7|that the bill would ‘proceed as planned’⟧.

⟦s8|Allies of Lakhani⟧ ⟦c8|insist⟧ ⟦q8|she has the full backing of No 10⟧, and ⟦s9|one⟧ ⟦c9|described⟧ ⟦q9|the letter as ‘the usual suspects with a new letterhead’⟧.

Labour’s housing spokesperson, Andrew Oyelaran, was scathing. ⟦q10|‘They promised a housing revolution and they’ve delivered a civil war,’⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10|‘Meanwhile, rents go up every month.’⟧

⟦s11|The Campaign for Rural Britain⟧ ⟦c11|said⟧ ⟦q11|it welcomed the rebels’ intervention⟧, ⟦c12|saying⟧ ⟦q12|that “brownfield first” must mean exactly that⟧.

⟦s13|Lakhani⟧’s ⟦c13|verdict⟧ on the rebels was short: ⟦q13|‘They’re entitled to their view. I’m entitled to mine, and mine is in the manifesto.’⟧

Asked whether she would resign if the bill were amended, ⟦s14|the minister⟧ would ⟦c14|say⟧ only ⟦q14|that she was ‘not in the business of hypotheticals’⟧.

The bill returns to the Commons for its report stage on Tuesday, when ⟦n4|whips expect a rebellion of at least 30 MPs⟧.
""",
    [
        Item(1, "Priya Lakhani"),
        Item(2, "Priya Lakhani", chain=(("BBC", "interview"),)),
        Item(3, "Priya Lakhani", chain=(("BBC", "interview"),)),
        Item(4, "Graham Toller", relation="wrote"),
        Item(5, "Graham Toller", chain=(("Telegraph", "told"),)),
        Item(6, "a spokesman for the prime minister", relation="statement", anonymous=True),
        Item(7, "a spokesman for the prime minister", anonymous=True),
        Item(8, "Allies of Lakhani", anonymous=True),
        Item(9, "an ally of Lakhani", anonymous=True),
        Item(10, "Andrew Oyelaran"),
        Item(11, "Campaign for Rural Britain"),
        Item(12, "Campaign for Rural Britain"),
        Item(13, "Priya Lakhani"),
        Item(14, "Priya Lakhani"),
    ],
    {
        1: "headline",  # a slogan in a headline
        2: "scare_quotes",  # the letter's phrase, in passing
        3: "non_reporting",  # a fear
        4: "non_reporting",  # an expectation
    },
)

INSPECTION = Article(
    "ns8-inspection-report",
    "UK local education story built on an inspection report: many findings, beliefs and plans a speech annotator sets aside ('inspectors found', 'the report concludes', 'parents believe', 'the trust intends'), beside the speech around them ('the report says', 'told the Echo', 'said in a letter to parents', 'according to'); straight double quotes; a refusal",
    """\
Ashgrove Academy rated "inadequate" as inspectors raise safeguarding concerns

A secondary school in Wellbury has been rated inadequate after inspectors ⟦n1|found that pupils were "not safe" on parts of the site at break times⟧.

⟦n2|The report, published on Tuesday, concludes that leaders at Ashgrove Academy had not acted quickly enough on concerns raised by staff.⟧ ⟦n3|Inspectors found that records of bullying incidents were incomplete⟧, and ⟦n4|judged that behaviour in lessons had declined since the last inspection in 2022⟧.

⟦q1|"Too many pupils told inspectors that they avoid certain corridors and toilets because they do not feel safe there,"⟧ ⟦s1|the report⟧ ⟦c1|says⟧.

⟦s2|It⟧ ⟦c2|adds⟧ ⟦q2|that teaching in English and science is "typically strong" and that sixth-form students "speak highly of their teachers."⟧

In a letter to parents on Tuesday afternoon, ⟦s3|headteacher Rebecca Dunmore⟧ ⟦c3|said⟧ ⟦q3|the school accepted the findings "in full"⟧. ⟦q4|"I am sorry that we have let some of our pupils down,"⟧ ⟦s4|she⟧ ⟦c4|wrote⟧. ⟦q4|"We have already changed how we supervise the site at break and lunch, and we will not rest until every child feels safe here."⟧

⟦s5|The Meridian Learning Trust⟧, which runs Ashgrove and six other schools, ⟦c5|said⟧ ⟦q5|it had appointed an executive headteacher from one of its outstanding schools to work alongside Dunmore⟧. ⟦n5|The trust intends to install additional CCTV cameras before the end of term.⟧

Parents at the school gates on Tuesday were divided. ⟦n6|Many believe the school has been unfairly judged on a handful of incidents.⟧

⟦q6|"My daughter has been happy here for four years,"⟧ ⟦c6|said⟧ ⟦s6|Shona Leckie⟧, whose daughter is in Year 10. ⟦q6|"I don't recognise the school in that report."⟧

But ⟦s7|another parent⟧, who asked not to be named, ⟦c7|told⟧ the Echo ⟦q7|her son had been pushed into a wall in a toilet block last spring and that nobody had called her about it for a week⟧.

⟦q8|"The report says what a lot of us have been saying for two years,"⟧ ⟦s8|she⟧ ⟦c8|said⟧.

⟦q9|Ashgrove is one of four secondary schools in the county rated inadequate in the past year⟧, ⟦c9|according to⟧ ⟦s9|figures from the Department for Education⟧.

⟦s10|Wellbury's Member of Parliament, Tom Riddick⟧, ⟦c10|said⟧ ⟦q10|he had asked to meet the trust's chief executive⟧ and ⟦c11|called⟧ ⟦q11|the findings "deeply worrying for every family in the town."⟧

The trust ⟦n7|did not respond to questions about how many complaints it had received from staff⟧.

⟦n8|Inspectors are expected to return within six months.⟧ ⟦s12|Dunmore⟧ ⟦c12|said⟧ ⟦q12|she welcomed that⟧: ⟦q12|"We want them back. We want them to see what we've done."⟧
""",
    [
        Item(1, "the report", relation="wrote"),
        Item(2, "the report", relation="wrote"),
        Item(3, "Rebecca Dunmore", relation="wrote"),
        Item(4, "Rebecca Dunmore", relation="wrote"),
        Item(5, "Meridian Learning Trust"),
        Item(6, "Shona Leckie"),
        Item(7, "a parent", anonymous=True, chain=(("Echo", "told"),)),
        Item(8, "a parent", anonymous=True, chain=(("Echo", "told"),)),
        Item(9, "figures from the Department for Education", relation="according_to"),
        Item(10, "Tom Riddick", titles=("Wellbury's Member of Parliament",)),
        Item(11, "Tom Riddick"),
        Item(12, "Rebecca Dunmore"),
    ],
    {
        1: "non_reporting",  # a finding
        2: "non_reporting",  # a conclusion
        3: "non_reporting",  # a finding
        4: "non_reporting",  # a judgement
        5: "non_reporting",  # an intention
        6: "non_reporting",  # a belief
        7: "refusal",  # did not respond
        8: "non_reporting",  # an expectation
    },
)

POLICE = Article(
    "ns8-us-police-court-documents",
    "US crime story from court documents: dateline, straight doubles, 'police said Thursday', 'according to a criminal complaint', '..., the complaint says', 'told detectives', 'The affidavit says that', a prosecutor at a bond hearing, a defense attorney 'said by phone ... and cautioned against', a police chief in a news release, a neighbor, beliefs, plans and a refusal",
    """\
Man charged after $2 million in stolen catalytic converters found in storage units

By Ray Dominguez, Staff Writer

FAIRVIEW, Ohio — ⟦q1|A 38-year-old Fairview man has been charged with running a ring that stole more than 1,400 catalytic converters from cars across three counties⟧, ⟦s1|police⟧ ⟦c1|said⟧ Thursday.

Dale Whitacre was arrested Tuesday at his home on Linden Avenue and ⟦q2|faces 23 felony counts, including engaging in a pattern of corrupt activity⟧, ⟦c2|according to⟧ ⟦s2|a criminal complaint filed in Fairview Municipal Court⟧.

⟦q3|Investigators found the converters stacked floor to ceiling in two rented storage units off State Route 91⟧, ⟦s3|the complaint⟧ ⟦c3|says⟧.

When he was interviewed after his arrest, ⟦s4|Whitacre⟧ ⟦c4|told⟧ detectives ⟦q4|that he bought the parts from "guys who came by" and did not know they were stolen⟧.

⟦s5|An affidavit filed with the complaint⟧ ⟦c5|says⟧ ⟦q5|that surveillance cameras recorded a man matching his description sawing a converter from a Toyota Prius in a hospital parking lot in October⟧.

⟦q6|"This was not a man who got lucky at a yard sale. This was an organized business,"⟧ ⟦s6|Assistant Prosecutor Lena Hardesty⟧ ⟦c6|said⟧ at a bond hearing Wednesday. ⟦q6|"He had employees, he had buyers, and he had a spreadsheet."⟧

Municipal Judge Marcus Bell set bond at $250,000. ⟦n1|Detectives believe at least four other people were involved in the thefts⟧, and ⟦n2|prosecutors plan to ask a grand jury to indict Whitacre next month⟧.

Whitacre's attorney, ⟦s8|Glen Navarro⟧, ⟦c8|said⟧ by phone ⟦q8|that his client "intends to fight every one of these charges"⟧ and ⟦c9|cautioned⟧ ⟦q9|against "a rush to judgment based on a police narrative."⟧

⟦q10|"My client has never been convicted of anything in his life,"⟧ ⟦s10|Navarro⟧ ⟦c10|said⟧. ⟦q10|"He runs a small auto-parts business. Auto parts are what you'd expect to find in his storage units."⟧

In a news release, ⟦s11|Fairview Police Chief Dana Ruiz⟧ ⟦c11|said⟧ ⟦q11|catalytic converter thefts in the city had fallen by more than half since the investigation began in the spring⟧.

⟦q12|"People were waking up to find their car sounded like a motorcycle,"⟧ ⟦s12|Ruiz⟧ ⟦c12|said⟧. ⟦q12|"We heard from nurses who couldn't get to their shifts and from a man who missed his own wedding rehearsal."⟧

The owner of a scrapyard in neighboring Greer County, where ⟦s13|investigators⟧ ⟦c13|say⟧ ⟦q13|many of the parts were sold⟧, ⟦n3|did not return a call seeking comment⟧.

A neighbor, ⟦s14|Patrice Okafor⟧, ⟦c14|said⟧ ⟦q14|she had often heard power tools running in Whitacre's garage late at night⟧ but ⟦q14|had assumed he was restoring old cars⟧.

⟦q15|"He always waved,"⟧ ⟦s15|she⟧ ⟦c15|said⟧. ⟦q15|"You never know, I guess."⟧
""",
    [
        Item(1, "police"),
        Item(2, "a criminal complaint", relation="according_to"),
        Item(3, "the complaint", relation="wrote"),
        Item(4, "Dale Whitacre"),
        Item(5, "An affidavit filed with the complaint", relation="wrote"),
        Item(6, "Lena Hardesty"),
        Item(8, "Glen Navarro", titles=("Whitacre's attorney",)),
        Item(9, "Glen Navarro"),
        Item(10, "Glen Navarro"),
        Item(11, "Dana Ruiz", relation="statement"),
        Item(12, "Dana Ruiz"),
        Item(13, "investigators", anonymous=True),
        Item(14, "Patrice Okafor", titles=("A neighbor",)),
        Item(15, "Patrice Okafor"),
    ],
    {
        1: "non_reporting",  # a belief
        2: "non_reporting",  # a plan
        3: "refusal",  # did not return a call
    },
)

ARTICLES = [HOUSING, INSPECTION, POLICE]
