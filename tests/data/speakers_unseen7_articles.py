"""The first half of the seventh unseen-speakers set (tests/data/speakers_unseen7.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen7.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_RACE = A(
    "u7-race",
    "wire",
    ("epithets", "pronoun_chain"),
    "Lindqvist holds off Wanjiku to take 10,000m title\n\n"
    "By Staff Reporter\n\n"
    "OSLO — Astrid Lindqvist won the women's 10,000 metres at the Bislett meeting on Saturday, holding off the "
    "Kenyan Faith Wanjiku over a bruising final lap.\n\n"
    "“I knew she would come at me with 200 metres to go,” Lindqvist said. “I just told myself to stay tall and "
    "keep my arms moving.”\n\n"
    "The Swede, who turned 29 last week, had not won a major race since tearing a calf muscle two summers ago. She "
    "said the injury had taught her patience.\n\n"
    "Wanjiku, a former world champion, crossed the line 1.8 seconds later and sat on the track for several minutes "
    "while medics checked her over.\n\n"
    "“Astrid was stronger today, that is all there is to say,” the Kenyan said. “I will go home, rest and come "
    "back hungrier.”\n\n"
    "The 34-year-old added that she had trained through a hamstring strain since April.\n\n"
    "Britain's Helen Moss, the oldest woman in the field at 41, finished fifth in a season's best time, her "
    "fastest for three years.\n\n"
    "“My legs told me to stop at eight kilometres and I ignored them,” the veteran said, grinning. “That is the "
    "whole secret at my age.”\n\n"
    "Asked whether this would be her last season, the former champion shook her head.\n\n"
    "“Not while I can still beat the young ones in training,” she said.\n\n"
    "The race was run in warm, humid conditions, and the early pace was slow. A group of eleven women was still "
    "together at halfway before the Ethiopian pair of Tsehay Bekele and Almaz Girma pushed on, splitting the "
    "field.\n\n"
    "Both faded over the last two kilometres. Bekele finished fourth and Girma ninth, and neither spoke to "
    "reporters afterwards.\n\n"
    "Meeting director Lars Brevik called it the best women's race the stadium had seen in a decade, and said "
    "ticket sales for next year had already doubled.\n\n"
    "“The crowd stood for the whole last lap,” he said. “You cannot buy that.”\n",
    [
        Q(
            (
                "“I knew she would come at me with 200 metres to go,”",
                "“I just told myself to stay tall and keep my arms moving.”",
            ),
            "Lindqvist",
            "Astrid Lindqvist",
        ),
        Q("the injury had taught her patience", "She", "Astrid Lindqvist"),
        Q(
            (
                "“Astrid was stronger today, that is all there is to say,”",
                "“I will go home, rest and come back hungrier.”",
            ),
            "the Kenyan",
            "Faith Wanjiku",
        ),
        Q("she had trained through a hamstring strain since April", "The 34-year-old", "Faith Wanjiku", cue="added"),
        Q(
            (
                "“My legs told me to stop at eight kilometres and I ignored them,”",
                "“That is the whole secret at my age.”",
            ),
            "the veteran",
            "Helen Moss",
        ),
        Q("“Not while I can still beat the young ones in training,”", "she", "Faith Wanjiku"),
        Q(
            "ticket sales for next year had already doubled",
            "Lars Brevik",
            "Lars Brevik",
            at="Lars Brevik called it the best women's race the stadium had seen in a decade, and said",
        ),
        Q(("“The crowd stood for the whole last lap,”", "“You cannot buy that.”"), "he", "Lars Brevik"),
    ],
    {
        "Faith Wanjiku": ["a former world champion"],
        "Helen Moss": ["the oldest woman in the field"],
        "Lars Brevik": ["Meeting director"],
    },
)

_BREAD = A(
    "u7-bread",
    "wire",
    ("role_then_name", "report_it", "statement_added", "spokesperson_named"),
    "Brackwater Foods warns of price rises as grain costs bite\n\n"
    "Brackwater Foods, the country's second-largest baker, has warned that the price of a standard loaf could rise "
    "by a fifth before the end of the year.\n\n"
    "Its chief executive told analysts on Tuesday that the company could not keep absorbing the cost of wheat, "
    "energy and packaging. “We have held prices for eleven months. We cannot hold them for twelve,” she said.\n\n"
    "Hannah Obi, who has run the firm since 2019, said later that the decision had been “the hardest of my "
    "career”.\n\n"
    "Brackwater employs about 4,200 people at nine bakeries, most of them in the north and the Midlands, and "
    "supplies own-brand bread to three of the four largest supermarket chains. It reported a pre-tax profit of 31 "
    "million last year, down from 58 million the year before.\n\n"
    "Shares in the company fell 6 per cent in morning trading.\n\n"
    "A report by the Grain Market Observatory, published on Monday, found that wholesale wheat prices had risen by "
    "38 per cent since January. It said: “There is no sign of relief before the next harvest, and possibly not "
    "then.”\n\n"
    "The report's author, the economist Tomasz Wrobel, said bakers had been slow to lock in long contracts when "
    "prices were low.\n\n"
    "Supermarkets were quick to respond. A spokeswoman for Harcastle Markets, Jenna Ward, said: “We will do "
    "everything we can to keep bread affordable for our customers.”\n\n"
    "Rival chain Pennyworth said in a statement that it had frozen the price of its own-brand loaf until March. "
    "The statement added: “Families should not pay for a crisis they did not cause.”\n\n"
    "The Bakers' Union said the warning was “a smokescreen” for job cuts. Its general secretary, Colm Devlin, "
    "said: “Every time costs rise, it is the night shift that pays.”\n\n"
    "Obi rejected that. “Not one baker will lose a job because of this,” she said.\n",
    [
        Q(
            "the company could not keep absorbing the cost of wheat, energy and packaging",
            "Its chief executive",
            "Hannah Obi",
            cue="told",
        ),
        Q("“We have held prices for eleven months. We cannot hold them for twelve,”", "she", "Hannah Obi"),
        Q(
            "the decision had been “the hardest of my career”",
            "Hannah Obi",
            "Hannah Obi",
            at="Hannah Obi, who has run the firm since 2019, said",
        ),
        Q(
            "wholesale wheat prices had risen by 38 per cent since January",
            "A report",
            "Grain Market Observatory",
            cue="found",
            at="A report by the Grain Market Observatory, published on Monday, found",
        ),
        Q(
            "“There is no sign of relief before the next harvest, and possibly not then.”",
            "It",
            "Grain Market Observatory",
        ),
        Q(
            "bakers had been slow to lock in long contracts when prices were low",
            "Tomasz Wrobel",
            "Tomasz Wrobel",
            at="Tomasz Wrobel, said",
        ),
        Q(
            "“We will do everything we can to keep bread affordable for our customers.”",
            "Jenna Ward",
            "Jenna Ward",
            at="Jenna Ward, said",
        ),
        Q("it had frozen the price of its own-brand loaf until March", "Pennyworth", "Pennyworth"),
        Q("“Families should not pay for a crisis they did not cause.”", "The statement", "Pennyworth", cue="added"),
        Q("the warning was “a smokescreen” for job cuts", "The Bakers' Union", "Bakers' Union"),
        Q(
            "“Every time costs rise, it is the night shift that pays.”",
            "Colm Devlin",
            "Colm Devlin",
            at="Colm Devlin, said",
        ),
        Q("“Not one baker will lose a job because of this,”", "she", "Hannah Obi"),
    ],
    {
        "Hannah Obi": ["chief executive"],
        "Tomasz Wrobel": ["The report's author", "the economist"],
        "Jenna Ward": ["A spokeswoman for Harcastle Markets"],
        "Colm Devlin": ["general secretary"],
    },
)

_CENTENARY = A(
    "u7-centenary",
    "local",
    ("kin_names", "pronoun_chain", "long_title"),
    "Edna turns 100, and the scones are still the best in the valley\n\n"
    "When Edna Harrow was born, the village of Low Brackley had no electricity and one telephone, in the post "
    "office. On Friday she turns 100.\n\n"
    "“I never expected to see it, and I'm not sure I wanted to,” she laughs, sitting in the front room of the "
    "cottage where she has lived since 1951.\n\n"
    "Her great-grandson Toby, 9, has made a banner for the party. He calls her Gran, as everyone in the family "
    "does, whatever their generation.\n\n"
    "“Gran makes the best scones in the whole world and she never lets anyone see how,” Toby said.\n\n"
    "“Oh, he's a charmer, that one,” she laughs.\n\n"
    "Edna left school at 14 to work in the dairy at Home Farm, married a farmhand called Albert Pike in 1946 and "
    "ran the farm's milk round in a pony and trap until the late 1950s. Albert died in 1962; her second husband, a "
    "retired signalman, died in 1999.\n\n"
    "She still does the crossword every morning and walks to the village shop twice a week, with a stick she "
    "describes as purely decorative.\n\n"
    "Her daughter, Carol Pike, 74, travelled from Leeds for the celebrations. “Mum was always the strong one,” she "
    "said. “When Dad died she ran the farm on her own for thirty years.”\n\n"
    "Edna's younger brother, Joe Harrow, 96, is known to three generations as Uncle Joe. He taught her to drive in "
    "a borrowed tractor in 1947.\n\n"
    "“She drove like a demon and she still does, in her head,” Uncle Joe said.\n\n"
    "The family's vicar, the Rev Canon Margaret Ellery, will bless the cake on Friday afternoon in the village "
    "hall.\n\n"
    "“Edna has buried two husbands and a son, and she has never once stopped coming to church,” the canon said. "
    "“She is the backbone of this parish.”\n\n"
    "Asked for the secret of a long life, Edna did not hesitate.\n\n"
    "“Butter, and never saying sorry for it,” she said.\n",
    [
        Q("“I never expected to see it, and I'm not sure I wanted to,”", "she", "Edna Harrow", cue="laughs"),
        Q("“Gran makes the best scones in the whole world and she never lets anyone see how,”", "Toby", "Toby"),
        Q("“Oh, he's a charmer, that one,”", "she", "Edna Harrow", cue="laughs"),
        Q(
            ("“Mum was always the strong one,”", "“When Dad died she ran the farm on her own for thirty years.”"),
            "she",
            "Carol Pike",
        ),
        Q("“She drove like a demon and she still does, in her head,”", "Uncle Joe", "Joe Harrow"),
        Q(
            (
                "“Edna has buried two husbands and a son, and she has never once stopped coming to church,”",
                "“She is the backbone of this parish.”",
            ),
            "the canon",
            "Margaret Ellery",
        ),
        Q("“Butter, and never saying sorry for it,”", "she", "Edna Harrow"),
    ],
    {
        "Toby": ["Her great-grandson"],
        "Carol Pike": ["Her daughter"],
        "Joe Harrow": ["Edna's younger brother"],
        "Margaret Ellery": ["The family's vicar"],
    },
)

_VIGIL = A(
    "u7-vigil",
    "local",
    ("children", "among_meet", "pronoun_chain"),
    "Hundreds gather for vigil after footbridge collapse\n\n"
    "Hundreds of people gathered on the banks of the River Tarrow on Sunday evening to remember the three people "
    "who died when the Millbeck footbridge collapsed last week.\n\n"
    "Among those at the vigil was Darnell Price, whose brother Marcus was crossing the bridge on his way home from "
    "a night shift.\n\n"
    "“He was the gentlest man I have ever known. He would have hated all this fuss,” he said, holding a candle.\n\n"
    "Children from St Aidan's Primary School, where one of the victims worked as a lunchtime supervisor, left "
    "drawings by the railings.\n\n"
    "“Mrs Kowalczyk always gave us extra custard,” said Amelia, 9. “I made her a picture of a rainbow.”\n\n"
    "Her classmate Josh, 10, said he would miss the way she sang while she cleared the tables.\n\n"
    "Meet Rosa Delgado, 83, who has lived by the river for sixty years and watched the bridge being built.\n\n"
    "“I crossed it on the day it opened, in 1974, with my husband,” she said. “I never thought I would see it in "
    "the water.”\n\n"
    "The footbridge, a steel span built in 1974 to link the Millbeck estate with the town centre, gave way shortly "
    "after 6am on Tuesday. Rachel Kowalczyk, 44, Marcus Price, 39, and a third man, who has not been named at his "
    "family's request, fell into the river. Their bodies were recovered later that morning.\n\n"
    "The local MP, Fergus Whitlow, told the crowd that a public inquiry was “the very least these families "
    "deserve”.\n\n"
    "Rachel Kowalczyk's husband, Piotr, did not speak to the crowd but stood at the front with their two sons. "
    "Later, he thanked the town.\n\n"
    "“Everyone has been so kind. We will not forget it,” he said.\n\n"
    "The council's chief executive, Sunita Rai, said engineers had inspected the bridge in March and found no "
    "defects.\n",
    [
        Q(
            "“He was the gentlest man I have ever known. He would have hated all this fuss,”",
            "he",
            "Darnell Price",
        ),
        Q(
            ("“Mrs Kowalczyk always gave us extra custard,”", "“I made her a picture of a rainbow.”"),
            "Amelia",
            "Amelia",
        ),
        Q("he would miss the way she sang while she cleared the tables", "Josh", "Josh", at="Josh, 10, said"),
        Q(
            (
                "“I crossed it on the day it opened, in 1974, with my husband,”",
                "“I never thought I would see it in the water.”",
            ),
            "she",
            "Rosa Delgado",
        ),
        Q(
            "a public inquiry was “the very least these families deserve”",
            "Fergus Whitlow",
            "Fergus Whitlow",
            cue="told",
            at="Fergus Whitlow, told",
        ),
        Q("“Everyone has been so kind. We will not forget it,”", "he", "Piotr Kowalczyk"),
        Q(
            "engineers had inspected the bridge in March and found no defects",
            "Sunita Rai",
            "Sunita Rai",
            at="Sunita Rai, said",
        ),
    ],
    {
        "Josh": ["Her classmate"],
        "Fergus Whitlow": ["The local MP"],
        "Piotr Kowalczyk": ["Rachel Kowalczyk's husband"],
        "Sunita Rai": ["The council's chief executive"],
    },
)

_DROUGHT = A(
    "u7-drought",
    "wire",
    ("particles", "epithets"),
    "Drought summit ends without deal on shared rivers\n\n"
    "LISBON — A three-day summit on the drought gripping southern Europe and north Africa ended on Thursday "
    "without agreement on how to share the water of rivers that cross borders.\n\n"
    "Ana Lúcia dos Reis, Portugal's secretary of state for water, said the talks had nonetheless been “the most "
    "honest we have had”.\n\n"
    "“Nobody left the room pretending the problem is small,” dos Reis told reporters.\n\n"
    "Dr Abu Bakr al-Hassan, a hydrologist at the University of Rabat, warned that groundwater in parts of the "
    "Souss valley could run out within fifteen years.\n\n"
    "“We are drinking our grandchildren's water,” al-Hassan said. “That is not a metaphor.”\n\n"
    "The Guadiana, the Tagus and the Douro all rise in Spain and reach the sea in Portugal, and Lisbon has long "
    "complained that too little water crosses the border in dry years. A treaty signed in 1998 sets minimum flows, "
    "but it allows them to be suspended in an emergency.\n\n"
    "Pieter de Wit, who led the Dutch delegation, offered engineers and money for desalination plants. De Wit said "
    "his country had learned from its own floods that water “does not respect a map”.\n\n"
    "The Dutchman added: “We know what it means to live with water. Now we are learning to live without it.”\n\n"
    "Reservoirs in southern Spain and Portugal stood at less than a quarter of capacity at the start of the "
    "summit, and Morocco has rationed water in several cities since the spring. Delegates from eleven countries "
    "attended, along with observers from the United Nations and the World Bank.\n\n"
    "Professor Mei Ling Ng, a climate modeller at the National University of Singapore who attended as an "
    "observer, said the region should prepare for serious droughts every third year.\n\n"
    "“The models agree on this. They do not agree on much,” Ng said.\n\n"
    "Ireland's minister of state for the environment, Siobhán O'Neill-Byrne, urged richer countries to pay into a "
    "regional fund.\n\n"
    "“This is not charity. It is insurance,” O'Neill-Byrne said.\n",
    [
        Q(
            "the talks had nonetheless been “the most honest we have had”",
            "Ana Lúcia dos Reis",
            "Ana Lúcia dos Reis",
            at="Ana Lúcia dos Reis, Portugal's secretary of state for water, said",
        ),
        Q("“Nobody left the room pretending the problem is small,”", "dos Reis", "Ana Lúcia dos Reis", cue="told"),
        Q(
            "groundwater in parts of the Souss valley could run out within fifteen years",
            "Abu Bakr al-Hassan",
            "Abu Bakr al-Hassan",
            cue="warned",
            at="Abu Bakr al-Hassan, a hydrologist at the University of Rabat, warned",
        ),
        Q(
            ("“We are drinking our grandchildren's water,”", "“That is not a metaphor.”"),
            "al-Hassan",
            "Abu Bakr al-Hassan",
        ),
        Q("his country had learned from its own floods that water “does not respect a map”", "De Wit", "Pieter de Wit"),
        Q(
            "“We know what it means to live with water. Now we are learning to live without it.”",
            "The Dutchman",
            "Pieter de Wit",
            cue="added",
        ),
        Q(
            "the region should prepare for serious droughts every third year",
            "Mei Ling Ng",
            "Mei Ling Ng",
            at=(
                "Mei Ling Ng, a climate modeller at the National University of "
                "Singapore who attended as an observer, said"
            ),
        ),
        Q("“The models agree on this. They do not agree on much,”", "Ng", "Mei Ling Ng"),
        Q("“This is not charity. It is insurance,”", "O'Neill-Byrne", "Siobhán O'Neill-Byrne"),
    ],
    {
        "Ana Lúcia dos Reis": ["Portugal's secretary of state for water"],
        "Abu Bakr al-Hassan": ["a hydrologist at the University of Rabat"],
        "Mei Ling Ng": ["a climate modeller at the National University of Singapore"],
        "Siobhán O'Neill-Byrne": ["Ireland's minister of state for the environment"],
    },
)

_GARDA = A(
    "u7-garda",
    "wire",
    ("long_title", "epithets"),
    "Tánaiste defends cap on garda overtime\n\n"
    "Tánaiste Declan Rourke has defended a decision to cap overtime for gardaí in Dublin, insisting that frontline "
    "policing will not suffer.\n\n"
    "“Not one patrol car will be taken off the road because of this,” the Tánaiste said in the Dáil on Wednesday.\n\n"
    "Opposition TDs were unconvinced. Bríd Nic Giolla Phádraig TD, her party's justice spokeswoman, said the cap "
    "was “a recipe for empty streets at 3am”.\n\n"
    "“The minister should come out on a Saturday night in Temple Bar and tell the officers himself,” the Donegal "
    "TD said.\n\n"
    "Dublin's garda division has about 3,900 officers. Overtime spending in the capital rose to 74 million last "
    "year, more than double the figure five years ago, as the force struggled to fill rosters during a recruitment "
    "freeze.\n\n"
    "The opposition tabled a motion calling for the cap to be scrapped; it was defeated by 81 votes to 67.\n\n"
    "Rourke said he had asked the Garda Commissioner for a report on response times within a month.\n\n"
    "The cap, which takes effect from January, limits overtime in the Dublin region to 40 hours a month for each "
    "officer. It is expected to save about 18 million a year. Garda management have said that rosters will be "
    "redrawn to cover weekend nights.\n\n"
    "In Belfast, meanwhile, Deputy Chief Constable for Operations Gareth McAuley said the Police Service of "
    "Northern Ireland was facing its own squeeze.\n\n"
    "“We have 600 fewer officers than we had in 2019, and demand has gone up, not down,” he said.\n\n"
    "Mr McAuley, who joined the force as a constable in 1994, said neighbourhood teams would be the last thing he "
    "cut.\n\n"
    "The Garda Representative Association's general secretary, Ciarán Tobin, said: “Our members are tired. Some "
    "are exhausted. This will make it worse.”\n\n"
    "The association will ballot its members on industrial action next month, Tobin said, for the first time in "
    "its history.\n",
    [
        Q(
            "frontline policing will not suffer",
            "Declan Rourke",
            "Declan Rourke",
            cue="insisting",
            at="Declan Rourke has defended a decision to cap overtime for gardaí in Dublin, insisting",
        ),
        Q("“Not one patrol car will be taken off the road because of this,”", "the Tánaiste", "Declan Rourke"),
        Q(
            "the cap was “a recipe for empty streets at 3am”",
            "Bríd Nic Giolla Phádraig",
            "Bríd Nic Giolla Phádraig",
            at="Bríd Nic Giolla Phádraig TD, her party's justice spokeswoman, said",
        ),
        Q(
            "“The minister should come out on a Saturday night in Temple Bar and tell the officers himself,”",
            "the Donegal TD",
            "Bríd Nic Giolla Phádraig",
        ),
        Q(
            "he had asked the Garda Commissioner for a report on response times within a month",
            "Rourke",
            "Declan Rourke",
        ),
        Q(
            "the Police Service of Northern Ireland was facing its own squeeze",
            "Gareth McAuley",
            "Gareth McAuley",
        ),
        Q(
            "“We have 600 fewer officers than we had in 2019, and demand has gone up, not down,”",
            "he",
            "Gareth McAuley",
        ),
        Q(
            "neighbourhood teams would be the last thing he cut",
            "Mr McAuley",
            "Gareth McAuley",
            at="Mr McAuley, who joined the force as a constable in 1994, said",
        ),
        Q(
            "“Our members are tired. Some are exhausted. This will make it worse.”",
            "Ciarán Tobin",
            "Ciarán Tobin",
            at="Ciarán Tobin, said",
        ),
        Q(
            "The association will ballot its members on industrial action next month",
            "Tobin",
            "Ciarán Tobin",
        ),
    ],
    {
        "Declan Rourke": ["Tánaiste"],
        "Bríd Nic Giolla Phádraig": ["her party's justice spokeswoman"],
        "Gareth McAuley": ["Deputy Chief Constable for Operations"],
        "Ciarán Tobin": ["The Garda Representative Association's general secretary"],
    },
)

_FAITHS = A(
    "u7-faiths",
    "wire",
    ("long_title", "honorifics", "pronoun_chain"),
    "Faith leaders stand together after arson attacks\n\n"
    "Religious leaders from five faiths stood together on the steps of the Central Mosque in Harwick on Monday to "
    "condemn a string of arson attacks on places of worship in the city.\n\n"
    "The Chief Rabbi, Rabbi Daniel Eshkol, said an attack on one community was an attack on all of them.\n\n"
    "“We have known what it is to see our buildings burn. We will not stand by while it happens to our "
    "neighbours,” he said.\n\n"
    "Grand Mufti Sheikh Yusuf Haddad thanked firefighters for saving the mosque's library, which holds manuscripts "
    "more than three centuries old.\n\n"
    "“The roof can be rebuilt in a month. Trust takes longer,” the Grand Mufti said.\n\n"
    "Shri Ramesh Iyer, president of the Harwick Hindu Council, said the temple on Vale Road had received "
    "threatening letters in the weeks before its fire.\n\n"
    "Datuk Seri Farah Abdullah, a Malaysian diplomat who was in the city for a trade visit, joined the leaders on "
    "the steps.\n\n"
    "“In my country we have many faiths in one street. It is possible,” she said.\n\n"
    "Four buildings have been set alight since the beginning of October: the mosque, the Vale Road temple, a "
    "Pentecostal church in Eastfield and a synagogue's community hall. No one has been hurt, but the temple was "
    "almost completely destroyed and its congregation is now meeting in a school hall.\n\n"
    "Dame Patricia Holm, the county's Lord Lieutenant, said the city would “not be defined by the people who lit "
    "these fires”.\n\n"
    "After the speeches the leaders walked together through the old town to the Vale Road temple, followed by "
    "several hundred people, many carrying candles or flowers. A collection for the temple's rebuilding raised "
    "more than 12,000 in an hour.\n\n"
    "The city council has offered temporary premises to every congregation affected.\n\n"
    "Harwick Police said two men, aged 19 and 23, had been arrested and were being questioned.\n",
    [
        Q(
            "an attack on one community was an attack on all of them",
            "Rabbi Daniel Eshkol",
            "Daniel Eshkol",
            at="Rabbi Daniel Eshkol, said",
        ),
        Q(
            "“We have known what it is to see our buildings burn. We will not "
            "stand by while it happens to our neighbours,”",
            "he",
            "Daniel Eshkol",
        ),
        Q("“The roof can be rebuilt in a month. Trust takes longer,”", "the Grand Mufti", "Yusuf Haddad"),
        Q(
            "the temple on Vale Road had received threatening letters in the weeks before its fire",
            "Ramesh Iyer",
            "Ramesh Iyer",
            at="Ramesh Iyer, president of the Harwick Hindu Council, said",
        ),
        Q("“In my country we have many faiths in one street. It is possible,”", "she", "Farah Abdullah"),
        Q(
            "the city would “not be defined by the people who lit these fires”",
            "Patricia Holm",
            "Patricia Holm",
            at="Patricia Holm, the county's Lord Lieutenant, said",
        ),
        Q(
            "two men, aged 19 and 23, had been arrested and were being questioned",
            "Harwick Police",
            "Harwick Police",
        ),
    ],
    {
        "Daniel Eshkol": ["The Chief Rabbi"],
        "Yusuf Haddad": ["Grand Mufti"],
        "Ramesh Iyer": ["president of the Harwick Hindu Council"],
        "Farah Abdullah": ["a Malaysian diplomat"],
        "Patricia Holm": ["the county's Lord Lieutenant"],
    },
)

ARTICLES_A = [_RACE, _BREAD, _CENTENARY, _VIGIL, _DROUGHT, _GARDA, _FAITHS]
