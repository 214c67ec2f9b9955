"""Articles of the second news speech suite, part d: dash dialogue, UK politics, earnings call, police appeal, health.

Every name, place and event is invented. Markup: see ``make_news_speech2.py``.
"""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech2 import Article, Item

DASH = Article(
    id="ns2-dash-market",
    style="feature in em-dash dialogue (European house style), reported speech",
    text="""
Last orders at the fish market

At five in the morning the old covered market in Porto Vell is already loud. In a month it will be silent: the city is moving the fish traders to a new hall by the ring road, and not everyone is going.

Joana Ferrer has sold fish here for 46 years, like her mother before her. She guts a sea bream as she talks.

⟦q1|— They say the new hall is cleaner. Cleaner! Fish is not supposed to be clean, it is supposed to be fresh.⟧

⟦q2.1|— And the customers?⟧ ⟦c2|asks⟧ ⟦s2|her neighbour, Miquel Roig⟧, who sells octopus from the next stall. ⟦q2.2|— Old ladies don’t drive to the ring road.⟧

⟦s3|Ferrer⟧ ⟦c3|says⟧ ⟦q3|she will retire rather than move⟧. ⟦s4|Roig⟧ ⟦c4|says⟧ ⟦q4|he will go, because he has a son at university and no choice⟧.

⟦q5.1|— I’m angry, yes,⟧ ⟦s5|he⟧ ⟦c5|says⟧. ⟦q5.2|— But anger doesn’t pay the rent.⟧

⟦s6|The city council⟧ ⟦c6|says⟧ ⟦q6|the market building no longer meets food hygiene rules and would cost €14 million to repair⟧. ⟦s7|The deputy mayor responsible for markets, Carla Vidal⟧, ⟦c7|said⟧ ⟦q7|that traders had been consulted for three years and that most had agreed to the move⟧.

⟦q8.1|— Nobody is being thrown out,⟧ ⟦s8|Vidal⟧ ⟦c8|told⟧ this newspaper. ⟦q8.2|— We are offering them better conditions, lower rents for two years and free parking for their customers.⟧

The traders’ association does not see it that way. ⟦s9|Its president, Pere Soler⟧, ⟦c9|said⟧ ⟦q9|that only 19 of the 52 stallholders had signed up for the new hall⟧. ⟦q10.1|— The rest will close,⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10.2|— And when they close, the neighbourhood loses its heart.⟧

By half past seven the first customers arrive, mostly women in their seventies with shopping trolleys. One of them, ⟦s11|Rosa Pujol⟧, ⟦c11|says⟧ ⟦q11|she has bought her fish from Ferrer every Friday since 1985⟧.

⟦q12|— Where will I go now?⟧ ⟦s12|she⟧ ⟦c12|asks⟧. Nobody answers.

At the end of the morning Ferrer hoses down her stall, as she has done thousands of times. ⟦s13|She⟧ ⟦c13|says⟧ ⟦q13|she has not decided what she will do with the marble counter⟧, which her mother bought in 1961.

⟦q14|— Maybe I’ll take it home and put it in the kitchen. Maybe I’ll leave it here for the rats.⟧

She laughs, and goes back to the fish.
""",
    items=[
        Item(1, "Joana Ferrer", kind="direct", cue=0, src=0),
        Item(2, "Miquel Roig", titles=("her neighbour",), kind="direct"),
        Item(3, "Joana Ferrer"),
        Item(4, "Miquel Roig"),
        Item(5, "Miquel Roig", kind="direct"),
        Item(6, "city council"),
        Item(7, "Carla Vidal", titles=("The deputy mayor responsible for markets",)),
        Item(8, "Carla Vidal", kind="direct"),
        Item(9, "Pere Soler", titles=("Its president",)),
        Item(10, "Pere Soler", kind="direct"),
        Item(11, "Rosa Pujol"),
        Item(12, "Rosa Pujol", kind="direct"),
        Item(13, "Joana Ferrer"),
        Item(14, "Joana Ferrer", kind="direct", cue=0, src=0),
    ],
)

POLITICS = Article(
    id="ns2-uk-politics-housing",
    style="UK broadsheet politics, single quotes with nested doubles, spokesman, allies",
    text="""
⟦n:headline|Housing minister ‘told to tear up’ planning reforms⟧

⟦q16|The housing minister has been told by Downing Street to water down his flagship planning reforms after a backlash from backbench MPs⟧, ⟦s16|allies of the minister⟧ ⟦c16|have claimed⟧.

⟦s1|Friends of Oliver Brandt⟧ ⟦c1|said⟧ ⟦q1|he had been ‘blindsided’ by a call from the Prime Minister’s chief of staff on Tuesday night⟧. ⟦q2|‘He was told the reforms were “toxic in the shires” and had to go,’⟧ ⟦c2|said⟧ ⟦s2|one⟧.

⟦s3|A Downing Street spokesman⟧ ⟦c3|said⟧: ⟦q3|‘The Prime Minister has full confidence in the housing minister and the government remains committed to building 1.5 million homes.’⟧ ⟦s4|He⟧ ⟦c4|declined⟧ ⟦n:refusal|to comment on the reported phone call⟧.

The reforms, which would strip councils of the power to block developments on so-called ⟦n:scare_quotes|‘grey belt’⟧ land, have angered Conservative MPs in rural seats.

⟦q5.1|‘My constituents are not nimbys,’⟧ ⟦s5|Sir Graham Lowe, MP for Westerby⟧, ⟦c5|told⟧ The Telegraph. ⟦q5.2|‘They just don’t want a thousand houses dumped on a village with one bus a day and no GP.’⟧

⟦s6|He⟧ ⟦c6|said⟧ ⟦q6|that more than 40 colleagues had signed a letter to the chief whip⟧. ⟦c7|According to⟧ ⟦s7|one signatory⟧, ⟦q7|the letter warns that the reforms could cost the party ‘dozens of seats’ at the next election⟧.

Mr Brandt himself struck a defiant tone outside his department on Wednesday morning. ⟦q8.1|‘I’m not going anywhere, and neither are these reforms,’⟧ ⟦s8|he⟧ ⟦c8|told⟧ reporters. ⟦q8.2|‘If we don’t build homes, a whole generation will never own one. That’s not a slogan, that’s arithmetic.’⟧

Asked whether he would resign if the reforms were dropped, ⟦s9|he⟧ ⟦c9|said⟧: ⟦q9|‘That is a hypothetical question.’⟧

⟦s10|Labour’s shadow housing secretary, Meera Chowdhury⟧, ⟦c10|said⟧ ⟦q10|the row showed the government was ‘at war with itself’ while rents soared⟧. ⟦q11|‘The only thing this government has built is a queue of ministers waiting for the exit,’⟧ ⟦s11|she⟧ ⟦c11|said⟧.

⟦s12|The Home Builders Federation⟧ ⟦c12|warned⟧ ⟦q12|that any retreat would ‘send a terrible signal to investors’⟧, ⟦c13|adding⟧ ⟦q13|that its members had already bought land on the strength of the reforms⟧.

One senior backbencher, who asked not to be named, was blunter still. ⟦q14.1|‘Oliver is a decent man,’⟧ ⟦s14|the MP⟧ ⟦c14|said⟧, ⟦q14.2|‘but he has been hung out to dry. If the reforms go, he goes, and I think he knows it.’⟧

The minister is due to appear before the housing select committee next week, when MPs are expected to press him on what Downing Street has demanded.
""",
    items=[
        Item(1, "friends of Oliver Brandt", anonymous=True),
        Item(2, "a friend of Oliver Brandt", anonymous=True),
        Item(3, "a Downing Street spokesman", anonymous=True),
        Item(5, "Graham Lowe", titles=("MP for Westerby",), chain=(("The Telegraph", "told"),)),
        Item(6, "Graham Lowe"),
        Item(7, "one signatory", relation="according_to", anonymous=True),
        Item(8, "Oliver Brandt"),
        Item(9, "Oliver Brandt"),
        Item(10, "Meera Chowdhury", titles=("Labour’s shadow housing secretary",)),
        Item(11, "Meera Chowdhury"),
        Item(12, "Home Builders Federation"),
        Item(13, "Home Builders Federation", src=12),
        Item(14, "one senior backbencher, who asked not to be named", anonymous=True),
        Item(16, "allies of the minister", anonymous=True),
    ],
)

EARNINGS = Article(
    id="ns2-earnings-call",
    style="business, earnings call, analysts, told investors, according to a filing",
    text="""
Brightway shares slide as grocer warns on margins

Shares in Brightway, the country’s third-largest supermarket chain, fell 9% on Thursday after ⟦s1|the company⟧ ⟦c1|warned⟧ ⟦q1|that profit margins would shrink this year as it cut prices to fend off discount rivals⟧.

⟦s2|Chief executive Hannah Lisle⟧ ⟦c2|told⟧ analysts on a conference call ⟦q2|that the group expected operating margins of between 2.8% and 3.1%, down from 3.6% last year⟧.

⟦q3.1|"We are choosing to invest in price,"⟧ ⟦s3|Lisle⟧ ⟦c3|said⟧. ⟦q3.2|"Our customers are under pressure, and we would rather give up some margin now than lose them to the discounters for good."⟧

Sales rose 4.2% to £18.6bn in the year to February, slightly ahead of expectations. But ⟦s4|finance director Raj Menon⟧ ⟦c4|said⟧ ⟦q4|food inflation had fallen faster than the company had planned for, leaving less room to pass on higher wage costs⟧.

Analysts were not convinced. ⟦q6|"The strategy makes sense on paper, but it is expensive, and there is no guarantee it works,"⟧ ⟦c6|said⟧ ⟦s6|Claire Osei, retail analyst at Harbour Securities⟧. ⟦s7|She⟧ ⟦c7|said⟧ ⟦q7|she had cut her profit forecast for next year by 12%⟧.

⟦s8|Another analyst, who asked not to be named because of his firm's rules⟧, ⟦c8|said⟧ ⟦q8|the call had been "the most defensive I have heard from this management team"⟧.

On the call, Lisle rejected suggestions that Brightway was losing market share. ⟦q10|"Our volumes are growing. The numbers speak for themselves,"⟧ ⟦s10|she⟧ ⟦c10|said⟧.

⟦c11|According to⟧ ⟦s11|a stock exchange filing⟧, ⟦q11|Ms Lisle's total pay fell to £3.1m from £4.4m after she missed performance targets for her bonus⟧.

⟦s12|The company⟧ also ⟦c12|said⟧ ⟦q12|it would close 14 smaller stores and open 30 convenience shops, creating about 600 jobs⟧.

Brightway has lost ground over the past five years to the discount chains, ⟦q13|whose combined share of the grocery market reached 19% last month⟧, ⟦c13|according to⟧ ⟦s13|the research firm Kantar⟧.

⟦s14|The shop workers' union Usdaw⟧ ⟦c14|said⟧ ⟦q14|it would seek urgent talks about the store closures⟧. ⟦q15|"Staff have worked flat out through a very tough year and they deserve better than to learn about this from the news,"⟧ ⟦c15|said⟧ ⟦s15|its national officer, Sam Birch⟧.

Brightway's shares have fallen by almost a third over the past twelve months.
""",
    items=[
        Item(1, "Brightway"),
        Item(2, "Hannah Lisle", titles=("Chief executive",)),
        Item(3, "Hannah Lisle"),
        Item(4, "Raj Menon", titles=("finance director",)),
        Item(6, "Claire Osei", titles=("retail analyst at Harbour Securities",)),
        Item(7, "Claire Osei"),
        Item(8, "another analyst", anonymous=True),
        Item(10, "Hannah Lisle"),
        Item(11, "a stock exchange filing", relation="according_to", anonymous=True),
        Item(12, "Brightway"),
        Item(13, "Kantar", relation="according_to"),
        Item(14, "Usdaw"),
        Item(15, "Sam Birch", titles=("its national officer",)),
    ],
)

POLICE = Article(
    id="ns2-police-appeal",
    style="crime news, police appeal, detective said, family statement over two paragraphs",
    text="""
Police appeal after cyclist killed in hit-and-run

Detectives have appealed for witnesses after a cyclist was killed in a hit-and-run on a country road near Ashby Green late on Saturday.

The man, who was 43 and from the village, was found by a passing motorist on the B4220 shortly before midnight. He died at the scene.

⟦s1|Police⟧ ⟦c1|said⟧ ⟦q1|they were looking for a dark-coloured van, possibly a Ford Transit, that was seen driving at speed towards the town minutes earlier⟧.

⟦q2.1|"Somebody knows who was driving that van,"⟧ ⟦c2|said⟧ ⟦s2|Detective Inspector Ruth Campbell⟧, who is leading the investigation. ⟦q2.2|"It will have damage to the front nearside, and it may have been repaired or hidden since Saturday. If you have noticed a van like that, or if someone you know has suddenly stopped using theirs, please call us."⟧

⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|officers were also keen to see dashcam footage from anyone who had driven along the road between 10pm and midnight⟧.

The man has been named as Daniel Whitlock, a father of two who worked as a paramedic.

In a statement released through police, ⟦s4|his family⟧ ⟦c4|said⟧: ⟦q4|"Dan was the kindest, funniest man. He spent his working life saving other people, and he was taken from us by someone who did not even stop.

"We are asking the driver to do the right thing and come forward. Nothing will bring Dan back, but we need to know what happened."⟧

⟦s5|Colleagues at the county ambulance service⟧ ⟦c5|said⟧ ⟦q5|they were "heartbroken"⟧. ⟦s6|Its chief executive, Olu Bankole⟧, ⟦c6|said⟧ ⟦q6|Mr Whitlock had been "a brilliant paramedic and a wonderful friend"⟧.

Local people have left flowers at the roadside. ⟦s7|One neighbour⟧ ⟦c7|said⟧ ⟦q7|residents had complained for years about speeding on the road⟧, which has no street lights. ⟦q8|"We've asked the council again and again for a speed limit. Now someone has died,"⟧ ⟦s8|she⟧ ⟦c8|said⟧.

⟦s9|The county council⟧ ⟦c9|said⟧ ⟦q9|it would "review the road's safety as a matter of urgency"⟧.

⟦s10|Police⟧ ⟦c10|confirmed⟧ ⟦q10|that no arrests had been made⟧. Anyone with information is asked to call 101, quoting incident 1187, or Crimestoppers anonymously.
""",
    items=[
        Item(1, "police"),
        Item(2, "Ruth Campbell", titles=("Detective Inspector", "who is leading the investigation")),
        Item(3, "Ruth Campbell"),
        Item(4, "Whitlock family", relation="statement", anonymous=True),
        Item(5, "colleagues at the county ambulance service", anonymous=True),
        Item(6, "Olu Bankole", titles=("Its chief executive",)),
        Item(7, "one neighbour", anonymous=True),
        Item(8, "one neighbour", anonymous=True),
        Item(9, "county council"),
        Item(10, "police"),
    ],
)

HEALTH = Article(
    id="ns2-health-waiting",
    style="health news, figures according to data, nurses' union, patient story, split quotation twice",
    text="""
A&E waits hit winter record as hospitals declare critical incidents

More patients waited over 12 hours in accident and emergency departments last month than in any month since records began, official figures show.

⟦q1|About 61,000 people spent more than 12 hours in A&E in December, up from 44,000 a year earlier⟧, ⟦c1|according to⟧ ⟦s1|NHS England data⟧ published on Thursday.

Six hospital trusts declared critical incidents over the new year, meaning they could not safely provide some services.

⟦q2.1|"These figures are not numbers on a spreadsheet,"⟧ ⟦c2|said⟧ ⟦s2|Dr Aisha Rahman⟧, president of the Royal College of Emergency Medicine. ⟦q14.1|"Each one is a frightened, often elderly person lying on a trolley in a corridor,"⟧ ⟦s14|she⟧ ⟦c14|said⟧, ⟦q14.2|"and we know that long waits kill."⟧

The college estimates that long waits in A&E were linked to more than 250 excess deaths a week in England last year.

⟦s4|Health Secretary Ian Cole⟧ ⟦c4|said⟧ ⟦q4|the NHS was under "intense pressure" from flu, which had put more than 5,000 people in hospital at the peak⟧. ⟦s5|He⟧ ⟦c5|insisted⟧ ⟦q5|that the government's plan to cut waiting lists was "working"⟧, pointing to a fall in the number of people waiting for planned operations.

⟦s6|The Royal College of Nursing⟧ ⟦c6|said⟧ ⟦q6|staff were "exhausted and demoralised"⟧. ⟦q7|"Nurses are caring for patients in car parks and store cupboards. No one came into this profession to work like this,"⟧ ⟦c7|said⟧ ⟦s7|its general secretary, Paula Nwosu⟧.

For Jean Ambrose, 84, the figures are personal. ⟦s8|Her son, Mark⟧, ⟦c8|said⟧ ⟦q8|she had waited 31 hours for a bed at Linwood General Hospital after a fall at home and that she spent the night on a plastic chair because no trolleys were free⟧.

⟦q10.1|"She didn't complain once. That's her generation,"⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10.2|"But I'll complain for her. Nobody should be treated like that."⟧

⟦s11|A spokesperson for Linwood General⟧ ⟦c11|said⟧ ⟦q11|the hospital was "very sorry" for Mrs Ambrose's experience and that it had opened an extra ward to cope with the winter surge⟧.

⟦s13|Labour⟧ ⟦c13|said⟧ ⟦q13|the figures were "a damning verdict" on the government's handling of the health service⟧.
""",
    items=[
        Item(1, "NHS England", relation="according_to"),
        Item(2, "Aisha Rahman", titles=("president of the Royal College of Emergency Medicine",)),
        Item(4, "Ian Cole", titles=("Health Secretary",)),
        Item(5, "Ian Cole"),
        Item(6, "Royal College of Nursing"),
        Item(7, "Paula Nwosu", titles=("its general secretary",)),
        Item(8, "Mark Ambrose", titles=("Her son",)),
        Item(10, "Mark Ambrose"),
        Item(11, "a spokesperson for Linwood General", anonymous=True),
        Item(13, "Labour"),
        Item(14, "Aisha Rahman"),
    ],
)

ARTICLES = [DASH, POLITICS, EARNINGS, POLICE, HEALTH]
