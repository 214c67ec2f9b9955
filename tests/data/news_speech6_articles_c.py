"""Articles 9-12 of the sixth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech6 import Article, Item

SCHOOLS = Article(
    "ns6-sg-schools",
    "Singapore education story: 'Mr'/'Ms' after first mention, a minister in Parliament, 'said Mr Tan', 'told The Straits Times', pupils and parents, a programme name",
    """\
Fewer exams, more projects: Secondary schools to trial new assessment model from 2027

SINGAPORE – ⟦q1|Twelve secondary schools will drop mid-year examinations for Secondary 1 and 2 pupils from 2027 and replace them with group projects and short topical tests⟧, ⟦s1|the Ministry of Education (MOE)⟧ ⟦c1|said⟧ on Monday.

Announcing the trial in Parliament, ⟦s2|Second Minister for Education Lim Wei Ling⟧ ⟦c2|said⟧ ⟦q2|the aim was to give pupils “room to be curious without a grade hanging over every week”⟧.

⟦q3|“We are not lowering the bar,”⟧ ⟦s3|Ms Lim⟧ ⟦c3|said⟧. ⟦q3|“We are changing what we measure, so that the bar measures the right things.”⟧

The 12 schools, which MOE did not name, will be chosen from those that volunteered. ⟦q4|Results will be reviewed after two years before any decision is made to extend the model⟧, ⟦c4|according to⟧ ⟦s4|a ministry fact sheet⟧.

⟦s5|Mr Tan Boon Keat⟧, a mathematics teacher with 22 years’ experience, ⟦c5|told⟧ The Straits Times ⟦q5|that teachers had been asking for the change for years but worried about the extra marking that projects involve⟧.

⟦q6|“A test takes me an evening to mark. Thirty projects take me a weekend,”⟧ ⟦c6|said⟧ ⟦s6|Mr Tan⟧, ⟦q6|“and I have three classes.”⟧

⟦s7|Ms Lim⟧ ⟦c7|said⟧ ⟦q7|the trial schools would receive two additional teachers each⟧, and ⟦s8|MOE⟧ later ⟦c8|clarified⟧ ⟦q8|that these would be permanent posts rather than relief staff⟧.

Some parents were less sure. ⟦q9|“My son does well in exams. I don’t know how he will do in a group,”⟧ ⟦c9|said⟧ ⟦s9|Madam Rosnah Ismail⟧, 44, whose son is in Secondary 1. ⟦q9|“What happens if the others don’t pull their weight?”⟧

Her son ⟦s10|Irfan⟧, 13, ⟦c10|said⟧ ⟦q10|he preferred projects because “you can ask questions and nobody marks you wrong for asking”⟧.

⟦s11|The Singapore Teachers’ Union⟧ ⟦c11|said⟧ in a Facebook post ⟦q11|that it supported the trial⟧, but ⟦c12|urged⟧ ⟦q12|MOE to “ring-fence time” for teachers to design the projects⟧.

The move builds on the ⟦n1|“Learn for Life”⟧ movement launched in 2018, which removed mid-year examinations for some levels. ⟦n2|Educators have long believed that weekly testing crowds out deeper learning⟧, and surveys of pupils have pointed the same way.

⟦q13|“It is a small step, but it is in the right direction,”⟧ ⟦c13|said⟧ ⟦s13|Associate Professor Jason Ng⟧ of the National Institute of Education. ⟦q13|“The real test is whether universities and employers stop asking for the grades.”⟧
""",
    [
        Item(1, "Ministry of Education"),
        Item(2, "Lim Wei Ling"),
        Item(3, "Lim Wei Ling"),
        Item(4, "Ministry of Education"),
        Item(5, "Tan Boon Keat", chain=(("The Straits Times", "told"),)),
        Item(6, "Tan Boon Keat"),
        Item(7, "Lim Wei Ling"),
        Item(8, "Ministry of Education"),
        Item(9, "Rosnah Ismail"),
        Item(10, "Irfan"),
        Item(11, "Singapore Teachers' Union"),
        Item(12, "Singapore Teachers' Union"),
        Item(13, "Jason Ng"),
    ],
    {
        1: "title",  # name of a campaign
        2: "non_reporting",  # educators believe: a belief
    },
)

STRIKE = Article(
    "ns6-rail-strike",
    "UK transport strike: union and operator statements, 'a spokesperson said', straight doubles, a quotation after a colon, 'the statement added', a placard, a refusal",
    """\
Commuters face week of disruption as rail workers walk out

Rail services across the north of England will be severely disrupted from Monday after signallers and station staff voted to strike in a dispute over Sunday working and ticket office closures.

⟦s1|The RMT union⟧ ⟦c1|said⟧ ⟦q1|more than 2,100 members at Northway Rail would walk out for five days⟧, the longest stoppage on the network in a decade.

⟦s2|RMT general secretary Fiona Gallagher⟧ ⟦c2|said⟧: ⟦q2|"Our members have been left with no choice. Northway wants them to work every other Sunday for the same money and close half the ticket offices in the region, and they have said no."⟧

⟦q3|"This is a company that paid its shareholders £48 million last year,"⟧ ⟦s3|she⟧ ⟦c3|added⟧. ⟦q3|"It can afford to pay the people who keep the trains moving."⟧

A Northway Rail ⟦s4|spokesperson⟧ ⟦c4|said⟧ ⟦q4|the company was "deeply disappointed" that the union had rejected a fair offer⟧, worth 4.5 per cent over two years, and would run as many services as it safely could.

⟦q5|"We remain available for talks at any time, day or night,"⟧ ⟦s5|the statement⟧ ⟦c5|added⟧. ⟦q5|"We would urge the RMT to put our offer to its members."⟧

⟦q6|Only one train an hour will run on most routes, and none at all on the coastal line to Whitby⟧, ⟦c6|according to⟧ ⟦s6|a contingency timetable published by the operator⟧. Passengers with season tickets will be able to claim compensation.

On the picket line outside Leeds station on Friday, signaller Dev Mistry held a placard reading ⟦n1|"Sundays are for families"⟧. ⟦s8|He⟧ ⟦c8|said⟧ ⟦q8|he had worked 19 of the past 26 Sundays⟧.

⟦q9|"I've got two kids under five. I see them asleep, mostly,"⟧ ⟦s9|he⟧ ⟦c9|said⟧. ⟦q9|"People think we're striking for money. We're striking for time."⟧

The Department for Transport declined ⟦n2|to comment on whether ministers would intervene⟧, but ⟦s10|a government source⟧ ⟦c10|said⟧ ⟦q10|the dispute was "a matter for the company and the union"⟧.

⟦s11|Passenger group Rail Users North⟧ ⟦c11|called on⟧ ⟦q11|both sides to return to talks⟧. ⟦q12|"Commuters are the ones who always pay for these disputes, and they are paying for a service that is already unreliable,"⟧ ⟦c12|said⟧ ⟦s12|its chair, Beatrice Olumide⟧.

⟦n3|Business groups fear that the strike could cost the region's economy £30 million⟧, with retailers in Leeds and York expecting a quiet week.

Asked whether the union would accept binding arbitration, ⟦s13|Ms Gallagher⟧ ⟦c13|said⟧ ⟦q13|it was "not ruling anything in or out"⟧. ⟦q14|"Put a decent offer on the table and we'll look at it,"⟧ ⟦s14|she⟧ ⟦c14|said⟧. ⟦q14|"That's all it has ever taken."⟧
""",
    [
        Item(1, "RMT"),
        Item(2, "Fiona Gallagher"),
        Item(3, "Fiona Gallagher"),
        Item(4, "Northway Rail spokesperson"),
        Item(5, "Northway Rail spokesperson"),
        Item(6, "Northway Rail"),
        Item(8, "Dev Mistry"),
        Item(9, "Dev Mistry"),
        Item(10, "a government source", anonymous=True),
        Item(11, "Rail Users North"),
        Item(12, "Beatrice Olumide"),
        Item(13, "Fiona Gallagher"),
        Item(14, "Fiona Gallagher"),
    ],
    {
        1: "slogan",  # slogan on a placard
        2: "refusal",  # refusal to comment
        3: "non_reporting",  # business groups fear: a belief
    },
)

SUMMIT = Article(
    "ns6-diplomacy",
    "International diplomacy: a joint communique, ministry spokespeople at a regular briefing, state media, 'the statement read', reported speech without 'that', an anonymous diplomat",
    """\
Nordvale and Kessaria agree to reopen border crossings after two-day talks

GENEVA — ⟦q1|Nordvale and Kessaria will reopen three border crossings closed since last spring and resume direct flights between their capitals by the end of the year⟧, ⟦s1|the two countries⟧ ⟦c1|said⟧ in a joint communique on Thursday after two days of talks in Geneva.

⟦q2|“Both sides reaffirmed their commitment to resolving outstanding differences through dialogue and in a spirit of good neighbourliness,”⟧ ⟦s2|the communique⟧ ⟦c2|read⟧. ⟦q2|“They agreed to meet again at ministerial level within ninety days.”⟧

The talks, brokered by Switzerland, were the first face-to-face meeting between the two foreign ministers since the dispute over water rights on the Arvel river erupted eighteen months ago.

At a regular briefing in Ostrava, ⟦s3|Nordvale foreign ministry spokesperson Katja Reinholt⟧ ⟦c3|described⟧ the agreement as ⟦q3|“an important first step, but only a first step”⟧.

⟦q4|“We have not solved the question of the river,”⟧ ⟦s4|she⟧ ⟦c4|told⟧ reporters. ⟦q4|“Nobody should pretend otherwise. But people on both sides of the border will be able to visit their families again, and that matters.”⟧

⟦s5|Kessaria’s state news agency, KNA⟧, ⟦c5|said⟧ ⟦q5|the talks had been held in a “frank and constructive atmosphere”⟧ and ⟦c6|quoted⟧ ⟦s6|Foreign Minister Amir Taleb⟧ as saying ⟦q6|that Kessaria “extends its hand to all its neighbours”⟧.

⟦n1|Analysts in both capitals expect that the river dispute will take years to settle⟧, and neither communique nor briefing mentioned the dam Kessaria is building upstream.

⟦s7|A Western diplomat⟧ who followed the talks closely ⟦c7|said⟧ ⟦q7|the Swiss had kept the two delegations in separate rooms for most of the first day⟧. ⟦q8|“By the second morning they were eating breakfast at the same table. That is progress, in this region,”⟧ ⟦s8|the diplomat⟧ ⟦c8|said⟧, speaking on condition of anonymity because he was not authorised to brief the media.

⟦s9|Swiss Foreign Minister Lukas Amsler⟧ ⟦c9|told⟧ a news conference ⟦q9|both ministers had agreed to let technical teams begin mapping the crossings next week⟧. ⟦q10|“They did the hard part,”⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10|“We just provided the coffee.”⟧

The United Nations welcomed the agreement. ⟦q11|“The Secretary-General encourages both parties to build on this momentum,”⟧ ⟦s11|his spokesperson⟧ ⟦c11|said⟧ in a statement.

In Kessaria’s capital, the pro-government daily ⟦n2|Al-Fajr⟧ ran the news under the headline ⟦n3|“Our patience has been rewarded”⟧. The opposition was less impressed. ⟦s12|Opposition leader Dalia Hourani⟧ ⟦c12|wrote⟧ on X ⟦q12|that the government had “traded the river for a photo opportunity”⟧.
""",
    [
        Item(1, "Nordvale and Kessaria"),
        Item(2, "Nordvale and Kessaria"),
        Item(3, "Katja Reinholt"),
        Item(4, "Katja Reinholt"),
        Item(5, "KNA"),
        Item(6, "Amir Taleb", chain=(("KNA", "quoted"),)),
        Item(7, "a Western diplomat", anonymous=True),
        Item(8, "a Western diplomat", anonymous=True),
        Item(9, "Lukas Amsler"),
        Item(10, "Lukas Amsler"),
        Item(11, "UN Secretary-General's spokesperson"),
        Item(12, "Dalia Hourani"),
    ],
    {
        1: "non_reporting",  # analysts expect: a belief
        2: "title",  # name of a newspaper
        3: "headline",  # a newspaper headline quoted
    },
)

POLL = Article(
    "ns6-poll",
    "Opinion-poll story (Canadian): respondents 'said', 'told pollsters', a pollster's quotes, findings a speech annotator sets aside, a margin of error, a campaign slogan",
    """\
Liberals and Conservatives tied as voters sour on housing plan: poll

OTTAWA — The federal Liberals and Conservatives are in a statistical tie nationally, with voters increasingly doubtful that either party can fix the housing crisis, a new poll suggests.

⟦n1|The survey by Abacus North found both parties at 34 per cent support among decided voters⟧, with the NDP at 17 per cent and the Bloc Québécois at eight per cent.

⟦s1|Only 22 per cent of respondents⟧ ⟦c1|said⟧ ⟦q1|they believed the government’s housing plan would make homes more affordable within five years⟧, down from 31 per cent in the spring. ⟦s2|Nearly half⟧ ⟦c2|told⟧ pollsters ⟦q2|they had considered leaving their province because of housing costs⟧.

⟦q3|“Housing has gone from being one issue among many to being the lens through which people judge everything else,”⟧ ⟦c3|said⟧ ⟦s3|Abacus North chief executive Martine Lebel⟧. ⟦q3|“If you’re 32 and renting a basement, you don’t care about much else.”⟧

⟦s4|Lebel⟧ ⟦c4|said⟧ ⟦q4|the shift was sharpest among voters under 40⟧, who backed the Liberals by a wide margin in the last election.

⟦q5|“That is the group to watch,”⟧ ⟦s5|she⟧ ⟦c5|said⟧. ⟦q5|“They have not made up their minds, and they are not loyal to anyone.”⟧

⟦n2|The data also show that Conservative support has softened in Quebec since the summer⟧, a trend Lebel attributed to the party’s position on language laws.

Asked about the numbers on Wednesday, ⟦s7|Housing Minister Daniel Okafor⟧ ⟦c7|said⟧ ⟦q7|he did not govern by polls⟧. ⟦q8|“We have 140,000 homes under construction that were not there two years ago. Those are not opinions, those are foundations,”⟧ ⟦s8|he⟧ ⟦c8|told⟧ reporters on Parliament Hill.

Conservative housing critic ⟦s9|Sandra Kowalchuk⟧ ⟦c9|said⟧ ⟦q9|the poll showed Canadians had “run out of patience”⟧ with the government. Her party’s slogan, ⟦n3|“Build, baby, build”⟧, has featured in every one of its ads since September.

⟦q10|The online poll of 2,400 Canadians was conducted from Oct. 3 to 7⟧, ⟦c10|according to⟧ ⟦s10|Abacus North⟧. A comparable probability sample would carry a margin of error of plus or minus two percentage points, 19 times out of 20.

⟦n4|Most economists agree that the housing shortage will take a decade to close, whoever wins⟧. ⟦q11|“There is no version of this where the next government fixes it in one term,”⟧ ⟦c11|said⟧ ⟦s11|Ravi Sandhu⟧, a housing economist at the University of Calgary. ⟦q11|“Voters know that. What they want is to believe somebody is trying.”⟧
""",
    [
        Item(1, "respondents"),
        Item(2, "respondents"),
        Item(3, "Martine Lebel"),
        Item(4, "Martine Lebel"),
        Item(5, "Martine Lebel"),
        Item(7, "Daniel Okafor"),
        Item(8, "Daniel Okafor"),
        Item(9, "Sandra Kowalchuk"),
        Item(10, "Abacus North"),
        Item(11, "Ravi Sandhu"),
    ],
    {
        1: "non_reporting",  # the survey found: a finding
        2: "non_reporting",  # the data show: evidence
        3: "slogan",  # a campaign slogan
        4: "non_reporting",  # economists agree: a belief
    },
)

ARTICLES = [SCHOOLS, STRIKE, SUMMIT, POLL]
