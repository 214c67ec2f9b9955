"""News speech suite, part A: invented news articles annotated for reported speech only (all invented).

Courts, sport, business, science, weather, local council, foreign affairs, health, culture and an
obituary, in several house styles. See ``make_news_speech.py`` for the conventions.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "port-bribery-verdict",
        "wire",
        ("courts",),
        "Jury convicts former port official of taking bribes\n\n"
        "A federal jury on Thursday found Delmar Quist, the former deputy director of the Port of Ellery, guilty of "
        "accepting more than $400,000 in bribes from a dredging contractor.\n\n"
        "Quist, 58, showed no reaction as the verdict was read. His lawyer, Renata Falk, said outside the courthouse "
        "that her client would appeal.\n\n"
        "“We respect the jury’s work, but the judge should never have allowed the recorded calls into evidence,” Falk "
        "said. “Those tapes were edited, and the jury never heard the whole conversation.”\n\n"
        "Prosecutors had argued during the two-week trial that Quist steered three contracts worth $11 million to "
        "Bellweather Marine in exchange for cash, a boat and the use of a holiday home.\n\n"
        "“This was not a gray area,” Assistant U.S. Attorney Colm Rhatigan told jurors in his closing argument on "
        "Tuesday. “He sold his office, contract by contract.”\n\n"
        "Judge Ivana Mertz set sentencing for March 14. Quist faces up to 20 years in prison on the most serious "
        "count, though defendants in similar cases have received far less.\n\n"
        "The contractor’s owner, Gideon Pryce, pleaded guilty last year and testified against Quist. On the stand, "
        "Pryce said he had handed Quist envelopes of cash “in the parking lot, like it was nothing.”\n\n"
        "Under cross-examination, Pryce acknowledged that he hoped his testimony would earn him a lighter "
        "sentence.\n\n"
        "The port’s board said in a statement that it had cooperated fully with investigators and had since changed "
        "the way contracts are awarded. “No single official will ever again control a contract of this size,” the "
        "statement said.\n\n"
        "Some dockworkers who attended the trial said the verdict came too late. “Everybody on the waterfront "
        "knew,” said Tomasz Wilk, a crane operator for 26 years. “Nobody asked us.”\n\n"
        "According to court filings, the FBI began investigating the port in 2021 after an anonymous letter reached "
        "the state inspector general.",
        [
            Q("her client would appeal", "Renata Falk", "Renata Falk", at="Renata Falk, said"),
            Q(
                (
                    "“We respect the jury’s work, but the judge should never have allowed the recorded calls into "
                    "evidence,”",
                    "“Those tapes were edited, and the jury never heard the whole conversation.”",
                ),
                "Falk",
                "Renata Falk",
            ),
            Q(
                "Quist steered three contracts worth $11 million to Bellweather Marine in exchange for cash, a boat "
                "and the use of a holiday home",
                "Prosecutors",
                "prosecutors",
                "argued",
                at="Prosecutors had argued",
                anonymous=True,
            ),
            Q(
                ("“This was not a gray area,”", "“He sold his office, contract by contract.”"),
                "Colm Rhatigan",
                "Colm Rhatigan",
                "told",
            ),
            Q(
                "he had handed Quist envelopes of cash “in the parking lot, like it was nothing.”",
                "Pryce",
                "Gideon Pryce",
            ),
            Q(
                "he hoped his testimony would earn him a lighter sentence",
                "Pryce",
                "Gideon Pryce",
                "acknowledged",
            ),
            Q(
                "it had cooperated fully with investigators and had since changed the way contracts are awarded",
                "The port’s board",
                "Port of Ellery",
                how="statement",
            ),
            Q(
                "“No single official will ever again control a contract of this size,”",
                "the statement",
                "Port of Ellery",
                how="statement",
            ),
            Q(
                "the verdict came too late",
                "Some dockworkers who attended the trial",
                "some dockworkers",
                anonymous=True,
            ),
            Q(("“Everybody on the waterfront knew,”", "“Nobody asked us.”"), "Tomasz Wilk", "Tomasz Wilk"),
            Q(
                "the FBI began investigating the port in 2021 after an anonymous letter reached the state inspector "
                "general",
                "court filings",
                "court filings",
                "According to",
                how="according_to",
            ),
        ],
        titles={
            "Renata Falk": ["His lawyer"],
            "Colm Rhatigan": ["Assistant U.S. Attorney"],
            "Gideon Pryce": ["The contractor’s owner"],
            "Tomasz Wilk": ["a crane operator for 26 years"],
        },
    ),
    A(
        "harlow-defeat",
        "local",
        ("sport",),
        "‘We were second best’: Harlow boss admits defeat\n\n"
        "Harlow Town manager Bryn Ashcombe admitted his side had been outplayed after a 3-0 defeat at Kettering "
        "Rovers left them four points from safety.\n\n"
        "‘We were second best all over the pitch,’ said Ashcombe. ‘I can’t defend that, and I won’t try to.’\n\n"
        "Rovers went ahead after 11 minutes when Dele Ogunwale headed in a corner, and added two more before "
        "half-time.\n\n"
        "‘The first goal changed everything,’ Ashcombe said, ‘because we had talked all week about set pieces. Then "
        "we switched off,’ he went on, ‘for the very first one.’\n\n"
        "Rovers’ captain, Lewis Tandy, said the win was the result of months of work on the training ground. "
        "‘People think it’s luck. It isn’t,’ said Tandy, 29.\n\n"
        "Ashcombe would not discuss his own future. Asked whether he expected to be sacked, he said: ‘That’s not a "
        "question for me. Ask the chairman.’\n\n"
        "The club’s chairman, Morris Pettigrew, told the Harlow Star on Sunday night that the manager had his full "
        "support, but that results ‘must improve quickly’.\n\n"
        "Supporters were less patient. About 200 fans stayed behind after the final whistle chanting ‘Ashcombe "
        "out’.\n\n"
        "‘It’s the same every week,’ said season-ticket holder Carol Dunning, who has followed the club for 40 "
        "years. ‘We concede, we panic, we lose.’\n\n"
        "Harlow host Bourne United on Saturday. Ashcombe said he would name an unchanged side.\n\n"
        "The defeat was Harlow’s sixth in seven league games. Kettering’s manager, Steffan Rhys, said he had "
        "some sympathy for his opposite number. ‘I’ve been where Bryn is. It’s a lonely place,’ he said. ‘But my "
        "job is to look after my own club, and we were excellent today.’\n\n"
        "Rhys said his striker Ogunwale had played through a hamstring problem and would be assessed on Monday. "
        "The league confirmed on Sunday evening that the game had drawn a crowd of 3,412, the largest at Rovers’ "
        "ground this season.",
        [
            Q(
                "his side had been outplayed after a 3-0 defeat at Kettering Rovers left them four points from safety",
                "Bryn Ashcombe",
                "Bryn Ashcombe",
                "admitted",
            ),
            Q(
                ("‘We were second best all over the pitch,’", "‘I can’t defend that, and I won’t try to.’"),
                "Ashcombe",
                "Bryn Ashcombe",
            ),
            Q(
                (
                    "‘The first goal changed everything,’",
                    "‘because we had talked all week about set pieces. Then we switched off,’",
                    "‘for the very first one.’",
                ),
                "Ashcombe",
                "Bryn Ashcombe",
            ),
            Q(
                "the win was the result of months of work on the training ground",
                "Lewis Tandy",
                "Lewis Tandy",
                at="Lewis Tandy, said",
            ),
            Q("‘People think it’s luck. It isn’t,’", "Tandy", "Lewis Tandy"),
            Q("‘That’s not a question for me. Ask the chairman.’", "he", "Bryn Ashcombe"),
            Q(
                "the manager had his full support, but that results ‘must improve quickly’",
                "Morris Pettigrew",
                "Morris Pettigrew",
                "told",
                at="Morris Pettigrew, told",
                via=(("Harlow Star", "told"),),
            ),
            Q(
                ("‘It’s the same every week,’", "‘We concede, we panic, we lose.’"),
                "Carol Dunning",
                "Carol Dunning",
                at="said season-ticket holder Carol Dunning",
            ),
            Q("he would name an unchanged side", "Ashcombe", "Bryn Ashcombe"),
            Q("he had some sympathy for his opposite number", "Steffan Rhys", "Steffan Rhys", at="Steffan Rhys, said"),
            Q(
                (
                    "‘I’ve been where Bryn is. It’s a lonely place,’",
                    "‘But my job is to look after my own club, and we were excellent today.’",
                ),
                "he",
                "Steffan Rhys",
            ),
            Q(
                "his striker Ogunwale had played through a hamstring problem and would be assessed on Monday",
                "Rhys",
                "Steffan Rhys",
            ),
            Q(
                "the game had drawn a crowd of 3,412, the largest at Rovers’ ground this season",
                "The league",
                "league",
                "confirmed",
            ),
        ],
        titles={
            "Bryn Ashcombe": ["Harlow Town manager"],
            "Lewis Tandy": ["Rovers’ captain"],
            "Morris Pettigrew": ["The club’s chairman"],
            "Carol Dunning": ["season-ticket holder"],
        },
    ),
    A(
        "fennick-closures",
        "wire",
        ("business",),
        "Grocer Fennick to close 40 stores, putting 1,200 jobs at risk\n\n"
        "Fennick Foods will close 40 of its 310 supermarkets by the end of June, the company said on Wednesday, in "
        "a move that puts about 1,200 jobs at risk.\n\n"
        'In a statement, chief executive Anouk Verhaegen said the closures were "painful but unavoidable" after '
        "two years of falling sales in smaller towns.\n\n"
        '"We have tried to make these stores work, and we have run out of road," Verhaegen said. "Every colleague '
        'affected will be offered a role elsewhere in the business where one exists."\n\n'
        "The company's shares rose 6 percent in early trading.\n\n"
        "The union representing store workers, Unite Retail, said it had not been consulted. Its general "
        'secretary, Paddy Okonjo, wrote on X: "Fennick staff found out from the news. That tells you everything '
        'about how this company treats people."\n\n'
        'Retail analyst Simone Harkavy of Brindle Securities said the cuts had been expected. "Frankly, the '
        'surprise is that it took them this long," she said. "Those stores have been losing money since before the '
        'pandemic."\n\n'
        "According to the company, the closures will save about 85 million euros a year. A list of the affected "
        "stores will be published on Friday, a spokesperson said.\n\n"
        "Local officials in several of the towns said they would lobby the company to reconsider. In Marlby, where "
        'the only supermarket will close, mayor Juniper Stott said residents without cars would be "stranded."\n\n'
        "\"For older people here, this isn't an inconvenience. It's a crisis,\" Stott told reporters.\n\n"
        "Fennick, founded as a single grocery in 1921, was bought by a private equity firm in 2019. Analysts "
        "believe further closures are likely if sales do not recover. Asked whether more stores could close, "
        'Verhaegen told analysts on a conference call that she would "never say never" but that the company '
        "had no plans for further closures.",
        [
            Q(
                "Fennick Foods will close 40 of its 310 supermarkets by the end of June",
                "the company",
                "Fennick Foods",
            ),
            Q(
                'the closures were "painful but unavoidable" after two years of falling sales in smaller towns',
                "Anouk Verhaegen",
                "Anouk Verhaegen",
                how="statement",
            ),
            Q(
                (
                    '"We have tried to make these stores work, and we have run out of road,"',
                    '"Every colleague affected will be offered a role elsewhere in the business where one exists."',
                ),
                "Verhaegen",
                "Anouk Verhaegen",
            ),
            Q("it had not been consulted", "Unite Retail", "Unite Retail", at="Unite Retail, said"),
            Q(
                '"Fennick staff found out from the news. That tells you everything about how this company treats '
                'people."',
                "Paddy Okonjo",
                "Paddy Okonjo",
                "wrote",
                at="Paddy Okonjo, wrote",
                how="wrote",
            ),
            Q(
                "the cuts had been expected",
                "Simone Harkavy",
                "Simone Harkavy",
                at="Simone Harkavy of Brindle Securities said",
            ),
            Q(
                (
                    '"Frankly, the surprise is that it took them this long,"',
                    '"Those stores have been losing money since before the pandemic."',
                ),
                "she",
                "Simone Harkavy",
            ),
            Q(
                "the closures will save about 85 million euros a year",
                "the company",
                "Fennick Foods",
                "According to",
                how="according_to",
            ),
            Q(
                "A list of the affected stores will be published on Friday",
                "a spokesperson",
                "a Fennick spokesperson",
                anonymous=True,
            ),
            Q(
                "they would lobby the company to reconsider",
                "Local officials in several of the towns",
                "local officials",
                anonymous=True,
            ),
            Q('residents without cars would be "stranded."', "Juniper Stott", "Juniper Stott"),
            Q(
                "\"For older people here, this isn't an inconvenience. It's a crisis,\"",
                "Stott",
                "Juniper Stott",
                "told",
            ),
            Q(
                'she would "never say never" but that the company had no plans for further closures',
                "Verhaegen",
                "Anouk Verhaegen",
                "told",
            ),
        ],
        titles={
            "Anouk Verhaegen": ["chief executive"],
            "Paddy Okonjo": ["Its general secretary"],
            "Simone Harkavy": ["Retail analyst"],
            "Juniper Stott": ["mayor"],
        },
    ),
    A(
        "counting-bees",
        "science",
        ("science",),
        "Bumblebees can tell three from four, study finds\n\n"
        "Bumblebees can be trained to tell three dots from four and remember the difference for days, researchers "
        "at the University of Carrow reported on Monday.\n\n"
        "The study, published in the journal Animal Cognition, tested 64 bees on cards printed with different "
        "numbers of dots. Bees that landed on the right card were rewarded with sugar water.\n\n"
        "“It sounds like a party trick, but it tells us something important,” said Priya Raghunathan, the "
        "behavioural ecologist who led the work. “A brain the size of a sesame seed can do things we assumed needed "
        "a much bigger one.”\n\n"
        "Raghunathan said the team had been surprised by how quickly the bees learned. Most reached 80 percent "
        "accuracy within a day.\n\n"
        "“We expected weeks of training. Some of them got it in an afternoon, and one of them never made a mistake "
        "after her third visit.\n\n"
        "“We had to check the cameras twice because we did not believe it,” she said.\n\n"
        "Not everyone is convinced. Tobias Lund, an entomologist at the Sveborg Institute who was not involved in "
        "the research, said the bees may be responding to the total area of black on each card rather than to the "
        "number of dots.\n\n"
        "“They controlled for a lot, but not for everything,” Lund said in an email.\n\n"
        "Raghunathan replied that the team had varied the size of the dots from card to card. “We thought of "
        "that,” she said. “Bigger dots, smaller dots, the bees still counted.”\n\n"
        "The work adds to a growing list of surprising abilities in insects. Last year a team in Lund reported "
        "that wasps could recognise individual faces. Raghunathan said she hoped the findings would change how "
        "people think about the tiny creatures in their gardens.\n\n"
        "The researchers now plan to test whether bees can add.\n\n"
        "A bee chooses the “four” card during training. University of Carrow",
        [
            Q(
                "Bumblebees can be trained to tell three dots from four and remember the difference for days",
                "researchers at the University of Carrow",
                "University of Carrow",
                "reported",
                anonymous=True,
            ),
            Q(
                (
                    "“It sounds like a party trick, but it tells us something important,”",
                    "“A brain the size of a sesame seed can do things we assumed needed a much bigger one.”",
                ),
                "Priya Raghunathan",
                "Priya Raghunathan",
            ),
            Q("the team had been surprised by how quickly the bees learned", "Raghunathan", "Priya Raghunathan"),
            Q(
                "“We expected weeks of training. Some of them got it in an afternoon, and one of them never made a "
                "mistake after her third visit.\n\n“We had to check the cameras twice because we did not believe it,”",
                "she",
                "Priya Raghunathan",
            ),
            Q(
                "the bees may be responding to the total area of black on each card rather than to the number of dots",
                "Tobias Lund",
                "Tobias Lund",
                at="Tobias Lund, an entomologist at the Sveborg Institute who was not involved in the research, said",
            ),
            Q("“They controlled for a lot, but not for everything,”", "Lund", "Tobias Lund", how="wrote"),
            Q(
                "the team had varied the size of the dots from card to card",
                "Raghunathan",
                "Priya Raghunathan",
                "replied",
            ),
            Q(
                ("“We thought of that,”", "“Bigger dots, smaller dots, the bees still counted.”"),
                "she",
                "Priya Raghunathan",
            ),
            Q(
                "wasps could recognise individual faces",
                "a team in Lund",
                "a team in Lund",
                "reported",
                anonymous=True,
            ),
            Q(
                "the findings would change how people think about the tiny creatures in their gardens",
                "Raghunathan",
                "Priya Raghunathan",
                "hoped",
                at="Raghunathan said she hoped",
            ),
        ],
        titles={
            "Priya Raghunathan": ["the behavioural ecologist who led the work"],
            "Tobias Lund": ["an entomologist at the Sveborg Institute"],
        },
    ),
    A(
        "storm-warning",
        "wire",
        ("weather",),
        "Red warning as Storm Orla heads for west coast\n\n"
        "Forecasters issued a rare red warning for wind on Tuesday as Storm Orla approached the west coast, with "
        "gusts of up to 100mph expected on exposed headlands.\n\n"
        'The national weather service said the storm was "potentially life-threatening" and urged people in the '
        "warning area not to travel unless they had to.\n\n"
        'Its chief forecaster, Maeve Lindqvist, put it plainly: "If you do not need to be on the road tomorrow '
        'morning, stay at home. Trees will come down."\n\n'
        "Schools in three counties will close, the education department said in a statement.\n\n"
        'Ferry operator Skerry Lines cancelled all sailings until Thursday. "We will not put passengers or crew '
        'at risk," said a company spokesman, who added that ticket holders would be refunded.\n\n'
        "On the island of Inishcorr, where the last storm cut power for four days, residents were stocking up on "
        "candles and bottled water.\n\n"
        '"We\'ve learned," said Fintan Rourke, who runs the island\'s only shop. "After Storm Bram we had people '
        "cooking on camping stoves for a week. This time I've ordered two extra generators.\"\n\n"
        "According to the grid operator, crews have been moved to depots in the west and will be ready to start "
        "repairs as soon as the wind drops.\n\n"
        "The government's emergency coordinator, Declan Fay, told a press briefing that the army was on standby. "
        'Asked whether the warning had come too late for some businesses, he said: "A warning 24 hours ahead is '
        'what the science allows. We issued it the moment we could."\n\n'
        "Insurers said customers should photograph any damage before starting repairs and keep receipts for "
        "emergency work. Last year’s storms cost the industry more than 300 million euros, according to the "
        "Insurance Federation.\n\n"
        "The storm is expected to clear to the north-east by Wednesday evening.",
        [
            Q(
                'the storm was "potentially life-threatening"',
                "The national weather service",
                "national weather service",
            ),
            Q(
                "not to travel unless they had to",
                "The national weather service",
                "national weather service",
                "urged",
                at='The national weather service said the storm was "potentially life-threatening" and urged',
            ),
            Q(
                '"If you do not need to be on the road tomorrow morning, stay at home. Trees will come down."',
                "Maeve Lindqvist",
                "Maeve Lindqvist",
                "put",
                at="Maeve Lindqvist, put",
            ),
            Q(
                "Schools in three counties will close",
                "the education department",
                "education department",
                how="statement",
            ),
            Q(
                '"We will not put passengers or crew at risk,"',
                "a company spokesman",
                "a Skerry Lines spokesman",
                anonymous=True,
            ),
            Q(
                "ticket holders would be refunded",
                "who",
                "a Skerry Lines spokesman",
                "added",
                at="who added",
                anonymous=True,
            ),
            Q(
                (
                    '"We\'ve learned,"',
                    "\"After Storm Bram we had people cooking on camping stoves for a week. This time I've ordered two "
                    'extra generators."',
                ),
                "Fintan Rourke",
                "Fintan Rourke",
            ),
            Q(
                "crews have been moved to depots in the west and will be ready to start repairs as soon as the wind "
                "drops",
                "the grid operator",
                "grid operator",
                "According to",
                how="according_to",
            ),
            Q("the army was on standby", "Declan Fay", "Declan Fay", "told", at="Declan Fay, told"),
            Q(
                '"A warning 24 hours ahead is what the science allows. We issued it the moment we could."',
                "he",
                "Declan Fay",
            ),
            Q(
                "customers should photograph any damage before starting repairs and keep receipts for emergency work",
                "Insurers",
                "insurers",
                anonymous=True,
            ),
            Q(
                "Last year’s storms cost the industry more than 300 million euros",
                "the Insurance Federation",
                "Insurance Federation",
                "according to",
                how="according_to",
            ),
        ],
        titles={
            "Maeve Lindqvist": ["Its chief forecaster"],
            "Fintan Rourke": ["who runs the island's only shop"],
            "Declan Fay": ["The government's emergency coordinator"],
        },
    ),
]

NON_QUOTES = {
    "harlow-defeat": [("‘We were second best’", "headline"), ("‘Ashcombe out’", "slogan")],
    "counting-bees": [("A bee chooses the “four” card during training. University of Carrow", "caption")],
}
"""Spans that must not be reported, by article: ``(text, why)``."""

ARTICLES += [
    A(
        "council-bins",
        "local",
        ("local_council",),
        "Council votes to cut bin collections to once a fortnight\n\n"
        "Dunmore council has voted to collect general waste every two weeks instead of weekly, despite a petition "
        "signed by more than 6,000 residents.\n\n"
        "Councillors approved the change by 31 votes to 22 at a heated meeting on Tuesday night. The council’s "
        "leader, Harriet Okafor, said the authority had ‘no choice’ after its budget was cut for the fifth year in "
        "a row.\n\n"
        "‘Nobody came into politics to make bin collections worse,’ she told the chamber. ‘But the alternative was "
        "closing two libraries, and I was not prepared to do that.’\n\n"
        "The opposition leader, Callum Reddy, accused her of ‘hiding behind the budget’. He said the council had "
        "spent 2.4 million pounds on consultants last year and could have found the money elsewhere.\n\n"
        "‘My residents tell me, “We pay more every year and we get less every year,” and they are right,’ Mr Reddy "
        "said.\n\n"
        "Recycling will still be collected weekly. According to the council, households that recycle more will "
        "produce less general waste, and the change will save about 900,000 pounds a year.\n\n"
        "Some residents are unconvinced. Brenda Walsh, 71, who lives on the Castle Hill estate, said foxes already "
        "tore open bags left out for a single week.\n\n"
        "‘Two weeks in August? The smell will be unbearable,’ she said. ‘They should come and live on this street "
        "for a month.’\n\n"
        "The petition’s organiser, Samir Choudhury, said he would ask for a judicial review. ‘The consultation "
        "was a sham. They had made up their minds before a single person answered it,’ he said.\n\n"
        "A council spokeswoman said the consultation had been carried out ‘fully and fairly’ and that more than "
        "4,000 people had responded.\n\n"
        "The new timetable starts in April. Residents will be sent a leaflet with their collection days in March, "
        "the council said.",
        [
            Q(
                "the authority had ‘no choice’ after its budget was cut for the fifth year in a row",
                "Harriet Okafor",
                "Harriet Okafor",
                at="Harriet Okafor, said",
            ),
            Q(
                (
                    "‘Nobody came into politics to make bin collections worse,’",
                    "‘But the alternative was closing two libraries, and I was not prepared to do that.’",
                ),
                "she",
                "Harriet Okafor",
                "told",
            ),
            Q(
                "the council had spent 2.4 million pounds on consultants last year and could have found the money "
                "elsewhere",
                "He",
                "Callum Reddy",
            ),
            Q(
                "‘My residents tell me, “We pay more every year and we get less every year,” and they are right,’",
                "Mr Reddy",
                "Callum Reddy",
            ),
            Q(
                "“We pay more every year and we get less every year,”",
                "My residents",
                "Callum Reddy's residents",
                "tell",
                via=(("Callum Reddy", "reported_by"),),
                anonymous=True,
            ),
            Q(
                "households that recycle more will produce less general waste, and the change will save about "
                "900,000 pounds a year",
                "the council",
                "Dunmore council",
                "According to",
                how="according_to",
            ),
            Q(
                "foxes already tore open bags left out for a single week",
                "Brenda Walsh",
                "Brenda Walsh",
                at="Brenda Walsh, 71, who lives on the Castle Hill estate, said",
            ),
            Q(
                (
                    "‘Two weeks in August? The smell will be unbearable,’",
                    "‘They should come and live on this street for a month.’",
                ),
                "she",
                "Brenda Walsh",
            ),
            Q("he would ask for a judicial review", "Samir Choudhury", "Samir Choudhury", at="Samir Choudhury, said"),
            Q(
                "‘The consultation was a sham. They had made up their minds before a single person answered it,’",
                "he",
                "Samir Choudhury",
            ),
            Q(
                "the consultation had been carried out ‘fully and fairly’ and that more than 4,000 people had "
                "responded",
                "A council spokeswoman",
                "a council spokeswoman",
                anonymous=True,
            ),
            Q(
                "Residents will be sent a leaflet with their collection days in March",
                "the council",
                "Dunmore council",
            ),
        ],
        titles={
            "Harriet Okafor": ["The council’s leader"],
            "Callum Reddy": ["The opposition leader"],
            "Samir Choudhury": ["The petition’s organiser"],
        },
    ),
    A(
        "border-talks",
        "wire",
        ("foreign_affairs",),
        "Talks on disputed border end without deal\n\n"
        "GENEVA — Two days of talks between Velaria and Ostrany over their disputed mountain border ended on "
        "Friday without agreement, but both sides said they would meet again next month.\n\n"
        "Velaria’s foreign minister, Ilse Marchetti, told reporters that the talks had been “frank and, at "
        "moments, difficult.” She said her government remained committed to a settlement through negotiation.\n\n"
        "“We did not come here expecting miracles,” Marchetti said. “We came to stop the shooting, and for two "
        "days nobody has fired a shot.”\n\n"
        "Her Ostranian counterpart, Radu Vescan, was more downbeat. Speaking through an interpreter, he said "
        "Velaria had brought “maps from the last century” to the table.\n\n"
        "“They want us to accept a line that no Ostranian government could accept and survive,” Vescan said.\n\n"
        "The United Nations envoy who chaired the talks, Kofi Baptiste-Arnaud, said the two sides had agreed on a "
        "hotline between their military commanders, which he called “a small thing that could save many "
        "lives.”\n\n"
        "According to diplomats briefed on the talks, the sticking point remains a valley of about 40 square "
        "kilometers that both countries claim and where several thousand people live.\n\n"
        "One Western diplomat, who spoke on condition of anonymity because the talks are confidential, said the "
        "mood had improved on the second day. “On Thursday they would not sit at the same table for lunch. Today "
        "they did,” the diplomat said.\n\n"
        "The next round is due to be held in Vienna. "
        "Clashes along the border killed at least 23 soldiers last spring. In the valley itself, residents say "
        "they are tired of waiting.\n\n"
        "“Every year there are talks, and every year my sons are called up,” said Aurel Dinescu, a farmer "
        "reached by telephone in the village of Crasna. “I would like someone in Geneva to tell me when it ends.”",
        [
            Q(
                "they would meet again next month",
                "both sides",
                "Velaria and Ostrany",
                at="both sides said",
                anonymous=True,
            ),
            Q(
                "the talks had been “frank and, at moments, difficult.”",
                "Ilse Marchetti",
                "Ilse Marchetti",
                "told",
                at="Ilse Marchetti, told",
            ),
            Q("her government remained committed to a settlement through negotiation", "She", "Ilse Marchetti"),
            Q(
                (
                    "“We did not come here expecting miracles,”",
                    "“We came to stop the shooting, and for two days nobody has fired a shot.”",
                ),
                "Marchetti",
                "Ilse Marchetti",
            ),
            Q("Velaria had brought “maps from the last century” to the table", "he", "Radu Vescan"),
            Q(
                "“They want us to accept a line that no Ostranian government could accept and survive,”",
                "Vescan",
                "Radu Vescan",
            ),
            Q(
                "the two sides had agreed on a hotline between their military commanders, which he called “a small "
                "thing that could save many lives.”",
                "Kofi Baptiste-Arnaud",
                "Kofi Baptiste-Arnaud",
                at="Kofi Baptiste-Arnaud, said",
            ),
            Q(
                "the sticking point remains a valley of about 40 square kilometers that both countries claim and "
                "where several thousand people live",
                "diplomats briefed on the talks",
                "diplomats briefed on the talks",
                "According to",
                how="according_to",
                anonymous=True,
            ),
            Q(
                "the mood had improved on the second day",
                "One Western diplomat",
                "a Western diplomat",
                at="One Western diplomat, who spoke on condition of anonymity because the talks are confidential, said",
                anonymous=True,
            ),
            Q(
                ("“On Thursday they would not sit at the same table for lunch. Today they did,”"),
                "the diplomat",
                "a Western diplomat",
                anonymous=True,
            ),
            Q(
                "they are tired of waiting",
                "residents",
                "residents of the valley",
                "say",
                anonymous=True,
            ),
            Q(
                (
                    "“Every year there are talks, and every year my sons are called up,”",
                    "“I would like someone in Geneva to tell me when it ends.”",
                ),
                "Aurel Dinescu",
                "Aurel Dinescu",
            ),
        ],
        titles={
            "Ilse Marchetti": ["Velaria’s foreign minister"],
            "Radu Vescan": ["Her Ostranian counterpart"],
            "Kofi Baptiste-Arnaud": ["The United Nations envoy who chaired the talks"],
            "Aurel Dinescu": ["a farmer"],
        },
    ),
]
