"""Articles of the second news speech suite, part c: Q&A interview, obituary, explainer, AP wire, guillemets.

Every name, place and event is invented. Markup: see ``make_news_speech2.py``.
"""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech2 import Article, Item

INTERVIEW = Article(
    id="ns2-interview-chef",
    style="interview with an introduction and a Q&A section",
    text="""
‘I burnt everything for a year’: chef Rosa Delgado on failure, fame and fish

Rosa Delgado opened her first restaurant in a converted bus shelter in Hove. Ten years later she has two Michelin stars and a new book. She talked to Leon Fairbairn.

Delgado is blunt about her early years. ⟦s1|She⟧ ⟦c1|says⟧ ⟦q1|she was fired from three kitchens before she turned 22, once for arguing with a head chef about the seasoning of a soup⟧. ⟦q3|“He was wrong, by the way,”⟧ ⟦s3|she⟧ ⟦c3|adds⟧.

Her new book, ⟦n:title|“Salt and Smoke”⟧, is part memoir, part recipe collection. We spoke in the empty dining room of her restaurant, Marea, before evening service.

Why write a memoir now?

⟦q4|Because people keep telling me it was easy. It wasn’t easy. I burnt everything for a year. I cried in the walk-in fridge more times than I can count. I wanted young cooks to know that.⟧

Is the kitchen still as hard on young cooks as it was on you?

⟦q5|It’s better. There’s less shouting. When I started, a chef threw a pan at my head and everybody laughed. That would not happen in my kitchen, and I think it would not happen in most kitchens now.⟧

You’re known for cooking almost nothing but fish. Why?

⟦q6|I grew up above my father’s fish shop. Fish is what I know. Also, honestly, meat bores me.⟧

What do you say to critics who call your food austere?

⟦q7|They’re allowed their opinion. I would rather cook three things perfectly than ten things badly.⟧

What next?

⟦q8|Sleep, probably. And a third restaurant, but don’t write that down.⟧

After the interview, as the first cooks arrive for the evening shift, ⟦s9|Delgado⟧ ⟦c9|tells⟧ me ⟦q9|that she still tastes every sauce before it leaves the kitchen⟧. ⟦q10.1|“If I stop doing that,”⟧ ⟦s10|she⟧ ⟦c10|says⟧, ⟦q10.2|“I should stop altogether.”⟧

⟦s11|Her business partner, Tom Hale⟧, ⟦c11|said⟧ later by phone ⟦q11|that she was “the most stubborn person I have ever met, in the best possible way”⟧.

Salt and Smoke is published by Harlow Press on Thursday.
""",
    items=[
        Item(1, "Rosa Delgado"),
        Item(3, "Rosa Delgado"),
        Item(4, "Rosa Delgado", kind="direct", cue=0, src=0),
        Item(5, "Rosa Delgado", kind="direct", cue=0, src=0),
        Item(6, "Rosa Delgado", kind="direct", cue=0, src=0),
        Item(7, "Rosa Delgado", kind="direct", cue=0, src=0),
        Item(8, "Rosa Delgado", kind="direct", cue=0, src=0),
        Item(9, "Rosa Delgado"),
        Item(10, "Rosa Delgado"),
        Item(11, "Tom Hale", titles=("Her business partner",)),
    ],
)

OBITUARY = Article(
    id="ns2-obituary-teacher",
    style="obituary with quotes from relatives and former pupils",
    text="""
Margaret Oyelaran, headteacher who turned round a failing school, dies at 81

Margaret Oyelaran, who as headteacher of Fenwick Road Primary took it from special measures to an outstanding rating in six years, has died at the age of 81.

⟦s1|Her family⟧ ⟦c1|said⟧ ⟦q1|she died peacefully at home in Leicester on Sunday after a short illness⟧.

Born in Lagos in 1944, she came to Britain at 19 to train as a teacher and joined Fenwick Road as its head in 1986, when inspectors had described it as “chaotic”. Within six years it was one of the most improved schools in the country.

⟦s2|Her daughter, Funmi Oyelaran-Price⟧, ⟦c2|said⟧: ⟦q2|“Mum believed that every child could learn, and she would not let anyone, teacher, parent or inspector, tell her otherwise. She was tiny, five foot nothing, but when she walked into a room everyone stood up a little straighter.”⟧

⟦q3.1|“She was strict,”⟧ ⟦c3|said⟧ ⟦s3|her son, David⟧. ⟦q3.2|“She was also the funniest person I have known. At home she did impressions of the inspectors.”⟧

Former pupils have paid tribute on social media. ⟦s4|The writer Chidi Anwar⟧, who attended the school in the late 1980s, ⟦c4|wrote⟧ ⟦q4|that Mrs Oyelaran had given him his first library card and “the idea that books were for people like me”⟧.

⟦s5|Another former pupil, Kelly Marsh⟧, now a deputy head in Nottingham, ⟦c5|said⟧ ⟦q5|she had become a teacher “because of her, full stop”⟧.

In a 2003 interview with the Leicester Mercury, ⟦s6|Mrs Oyelaran⟧ ⟦c6|said⟧ ⟦q6|that her method was simple: “High expectations, clean toilets and a hot dinner. You would be surprised how much of education is the last two.”⟧

She was appointed OBE in 1998. ⟦c8|According to⟧ ⟦s8|her family⟧, ⟦q8|she kept the medal in a kitchen drawer and had to be reminded to wear it⟧.

⟦s9|The current headteacher of Fenwick Road, Amir Shah⟧, ⟦c9|said⟧ ⟦q9|the school would plant a tree in her memory⟧. ⟦q10|“Everything good about this school started with her,”⟧ ⟦s10|he⟧ ⟦c10|said⟧.

She is survived by her daughter and son, five grandchildren and her sister, Bisi. Her husband, Tunde, died in 2012.

The funeral will be held at St Peter’s Church, Highfields, on 14 March.
""",
    items=[
        Item(1, "her family", anonymous=True),
        Item(2, "Funmi Oyelaran-Price", titles=("Her daughter",)),
        Item(3, "David Oyelaran", titles=("her son",)),
        Item(4, "Chidi Anwar", titles=("The writer",), relation="wrote"),
        Item(5, "Kelly Marsh", titles=("Another former pupil",)),
        Item(6, "Margaret Oyelaran", chain=(("Leicester Mercury", "interview"),)),
        Item(8, "her family", relation="according_to", anonymous=True),
        Item(9, "Amir Shah", titles=("The current headteacher of Fenwick Road",)),
        Item(10, "Amir Shah"),
    ],
)

EXPLAINER = Article(
    id="ns2-explainer-ban",
    style="explainer with quoted posts and statements, colon introductions, question headings",
    text="""
⟦n:headline|The e-scooter ban, explained: who wants it, who doesn’t and what happens next⟧


The city of Carrow will ban rental e-scooters from its streets from 1 June. Here is what we know.

What has happened?

⟦s1|The city’s mayor, Sandra Kovač⟧, ⟦c1|announced⟧ on Monday ⟦q1|that the council would not renew its contracts with the three operators that run about 4,000 rental scooters⟧. ⟦s2|She⟧ ⟦c2|wrote⟧ on X: ⟦q2|"Our pavements are for people. After two years of complaints, injuries and scooters dumped in the river, enough is enough."⟧

Why now?

⟦c3|According to⟧ ⟦s3|figures from the city’s police⟧, ⟦q3|there were 312 collisions involving rental scooters last year, 41 of them serious⟧. ⟦s4|The mayor’s office⟧ ⟦c4|said⟧ ⟦q4|complaints about scooters blocking pavements had doubled⟧.

What do the operators say?

Not much that is printable. ⟦s5|Zoomly⟧, the largest operator, ⟦c5|called⟧ ⟦q5|the decision "a giant step backwards for clean transport"⟧. In a statement, ⟦s6|the company⟧ ⟦c6|said⟧: ⟦q6|"We offered the city geofencing, mandatory parking bays and ID checks. Every one of those offers was ignored."⟧

⟦s7|Lift Mobility’s head of policy, Aaron Beck⟧, ⟦c7|posted⟧: ⟦q7|"Disappointed doesn’t cover it. 600 jobs in Carrow are now at risk."⟧

What about riders?

Opinion is split. ⟦s8|One rider, a nurse who uses a scooter to reach night shifts⟧, ⟦c8|told⟧ us ⟦q8|there was no bus on her route after 11pm⟧. ⟦q9|"What am I supposed to do, walk for an hour in the dark?"⟧ ⟦s9|she⟧ ⟦c9|asked⟧.

Disability groups back the ban. ⟦q10|"Blind and partially sighted people have been tripping over these things for two years,"⟧ ⟦c10|said⟧ ⟦s10|Priti Lal of the charity Clear Path⟧.

Will private scooters be banned too?

No. Privately owned e-scooters remain illegal on public roads under national law, but ⟦s11|police⟧ ⟦c11|have said⟧ ⟦q11|they will continue to use “discretion” in enforcing it⟧.

What happens next?

The operators have 28 days to appeal. ⟦s12|Zoomly⟧ ⟦c12|said⟧ ⟦q12|it was "considering all options, including legal action"⟧.
""",
    items=[
        Item(1, "Sandra Kovač", titles=("The city’s mayor",)),
        Item(2, "Sandra Kovač", relation="wrote"),
        Item(3, "police", relation="according_to"),
        Item(4, "the mayor’s office"),
        Item(5, "Zoomly", titles=("the largest operator",)),
        Item(6, "Zoomly", relation="statement"),
        Item(7, "Aaron Beck", titles=("Lift Mobility’s head of policy",), relation="wrote"),
        Item(8, "a nurse who uses a scooter to reach night shifts", anonymous=True),
        Item(9, "a nurse who uses a scooter to reach night shifts", anonymous=True),
        Item(10, "Priti Lal"),
        Item(11, "police", anonymous=True),
        Item(12, "Zoomly"),
    ],
)

AP_WIRE = Article(
    id="ns2-ap-wildfire",
    style="AP-style wire, (AP) dateline, straight quotes, officials, said in a briefing",
    text="""
Wildfire forces evacuation of mountain town as winds pick up

By JOANNA REYES Associated Press

PINE HOLLOW, Colo. (AP) — A fast-moving wildfire forced the evacuation of about 3,000 people from a Colorado mountain town on Saturday, and ⟦s1|officials⟧ ⟦c1|said⟧ ⟦q1|strong winds could push the flames toward a second community overnight⟧.

⟦q2|The Bristle Creek Fire had burned about 8,500 acres by Saturday afternoon and was zero percent contained⟧, ⟦c2|according to⟧ ⟦s2|the U.S. Forest Service⟧.

⟦q3.1|"This fire is moving faster than anything I've seen in 22 years,"⟧ ⟦s3|Garfield County Sheriff Luis Ortega⟧ ⟦c3|said⟧ at a news briefing. ⟦q3.2|"If you are told to leave, leave. Do not wait to pack. Do not go back for anything."⟧

⟦s4|Ortega⟧ ⟦c4|said⟧ ⟦q4|at least 40 homes had been destroyed but that no deaths or serious injuries had been reported⟧.

Residents described a chaotic scramble to escape. ⟦s6|Kayla Benson, 37⟧, ⟦c6|said⟧ ⟦q6|she grabbed her two children, her dog and her grandmother's quilt and drove down the only road out of town through thick smoke⟧.

⟦q7.1|"You couldn't see 10 feet in front of you,"⟧ ⟦s7|Benson⟧ ⟦c7|said⟧ by phone from an evacuation center at a high school in Glenwood Springs. ⟦q7.2|"The sky was orange. My kids thought it was the end of the world."⟧

⟦s10|Gov. Dana Whitfield⟧ declared a state of emergency and ⟦c10|said⟧ ⟦q10|the state had asked for federal firefighting aircraft⟧.

⟦q11|"We are throwing everything we have at this fire,"⟧ ⟦s11|Whitfield⟧ ⟦c11|said⟧ in a statement.

⟦s12|Forecasters⟧ ⟦c12|said⟧ ⟦q12|gusts of up to 50 mph were expected through Sunday morning, with humidity as low as 6%⟧. ⟦s13|National Weather Service meteorologist Brian Tso⟧ ⟦c13|said⟧ ⟦q13|conditions would not improve until a cold front arrived Monday⟧.

The cause of the fire is under investigation. ⟦s14|A Forest Service spokesperson⟧ ⟦c14|said⟧ ⟦q14|there had been no lightning in the area in the days before it started⟧.

Pine Hollow, a former mining town popular with hikers and skiers, has about 3,000 year-round residents.

⟦q15.1|"I've lived here my whole life,"⟧ ⟦c15|said⟧ ⟦s15|Walt Jaeger, 71⟧, as he waited for news at the high school. ⟦q15.2|"I don't know if I've got a house tonight. Nobody does."⟧

___

Associated Press writer Tom Keller in Denver contributed to this report.
""",
    items=[
        Item(1, "officials", anonymous=True),
        Item(2, "U.S. Forest Service", relation="according_to"),
        Item(3, "Luis Ortega", titles=("Garfield County Sheriff",)),
        Item(4, "Luis Ortega"),
        Item(6, "Kayla Benson"),
        Item(7, "Kayla Benson"),
        Item(10, "Dana Whitfield", titles=("Gov.",)),
        Item(11, "Dana Whitfield", relation="statement"),
        Item(12, "forecasters", anonymous=True),
        Item(13, "Brian Tso", titles=("National Weather Service meteorologist",)),
        Item(14, "a Forest Service spokesperson", anonymous=True),
        Item(15, "Walt Jaeger"),
    ],
)

GUILLEMETS = Article(
    id="ns2-guillemets-summit",
    style="translated wire copy with guillemets, nested quotations",
    text="""
Alpine states agree cap on transit lorries after Geneva talks

GENEVA (AFP) - Ministers from five Alpine countries agreed on Friday to cap the number of heavy lorries crossing their mountain passes, a deal ⟦s1|Swiss Transport Minister Anne-Laure Pittet⟧ ⟦c1|described⟧ as ⟦q1|«historic for the mountains and for the people who live in them»⟧.

⟦q2.1|«For thirty years we have been told that nothing could be done,»⟧ ⟦s2|Pittet⟧ ⟦c2|said⟧ at a news conference. ⟦q2.2|«Today we have shown that something can.»⟧

Under the agreement, ⟦c3|according to⟧ ⟦s3|a draft seen by AFP⟧, ⟦q3|the number of transit lorries would be capped at 1.6 million a year from 2028, about a fifth below current levels⟧.

⟦s4|Austria's minister, Stefan Gruber⟧, ⟦c4|said⟧ ⟦q4|that revenue from a new crossing charge would go towards moving freight on to rail⟧. He ⟦c5|quoted⟧ ⟦s5|a mountain farmer from the Tyrol⟧ who had written to him: ⟦q5|«My cows can no longer sleep for the noise of the trucks.»⟧

Hauliers reacted angrily. ⟦s6|The European Road Transport Union⟧ ⟦c6|said⟧ in a statement ⟦q6|that the cap would «push up the price of everything from cheese to car parts»⟧ and called on the European Commission to examine whether it broke single-market rules.

⟦s8|Its secretary-general, Marco Bellini⟧, ⟦c8|told⟧ AFP: ⟦q8|«The ministers talk about ‹protecting the Alps›. What they are protecting is the railway companies.»⟧

⟦s9|Italy's delegation⟧, which had resisted the cap until the last day of talks, ⟦c9|said⟧ ⟦q9|it had secured an exemption for lorries carrying perishable food⟧.

⟦s11|Environmental groups⟧ welcomed the deal but ⟦c11|said⟧ ⟦q11|it did not go far enough⟧. ⟦q12.1|«A cap is not a reduction,»⟧ ⟦c12|said⟧ ⟦s12|Lena Hofer of Alpine Initiative⟧. ⟦q12.2|«We will be watching every number.»⟧

Lorries account for about two thirds of the freight that crosses the Alps by road. The agreement must still be ratified by the five national parliaments,
 and a referendum is likely in Switzerland, where the powerful road lobby has already promised to campaign against it.
""",
    items=[
        Item(1, "Anne-Laure Pittet", titles=("Swiss Transport Minister",)),
        Item(2, "Anne-Laure Pittet"),
        Item(3, "a draft seen by AFP", relation="according_to", anonymous=True),
        Item(4, "Stefan Gruber", titles=("Austria's minister",)),
        Item(
            5,
            "a mountain farmer from the Tyrol",
            relation="wrote",
            chain=(("Stefan Gruber", "reported_by"),),
            anonymous=True,
        ),
        Item(6, "European Road Transport Union", relation="statement"),
        Item(8, "Marco Bellini", titles=("Its secretary-general",), chain=(("AFP", "told"),)),
        Item(9, "Italy's delegation"),
        Item(11, "environmental groups", anonymous=True),
        Item(12, "Lena Hofer"),
    ],
)

ARTICLES = [INTERVIEW, OBITUARY, EXPLAINER, AP_WIRE, GUILLEMETS]
