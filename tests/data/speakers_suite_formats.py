"""The speakers suite, part 4 of 4: dash sign-offs, Q&A, live blogs, first person, opinion, more people (invented).

See ``make_speakers_suite.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "tram-voxpop",
        "local",
        ("dash_signoff",),
        "What do you make of the new tram?\n\n"
        "We asked shoppers on Castle Square.\n\n"
        "“It's quicker than the bus, but the seats are hard.”\n"
        "— Eamon Treacy, bus driver\n\n"
        "“I've stopped driving into town altogether.”\n"
        "— Rosa Kincaid, 34, pharmacist\n\n"
        "“Too expensive for students.”\n"
        "— Jun Park, student",
        [
            Q("“It's quicker than the bus, but the seats are hard.”", "Eamon Treacy", "Eamon Treacy", "—"),
            Q("“I've stopped driving into town altogether.”", "Rosa Kincaid", "Rosa Kincaid", "—"),
            Q("“Too expensive for students.”", "Jun Park", "Jun Park", "—"),
        ],
        titles={"Eamon Treacy": ["bus driver"], "Rosa Kincaid": ["pharmacist"], "Jun Park": ["student"]},
    ),
    A(
        "storm-liveblog",
        "liveblog",
        ("dash_signoff", "documents"),
        "Live: Storm Imelda batters the coast\n\n"
        "09:12 Readers have been sending us their pictures and their stories.\n\n"
        "“Our fence is in the neighbour's garden. Again.”\n"
        "— Yusuf Barre, Westfield\n\n"
        "“Power's been off since midnight. The kids think it's an adventure.”\n"
        "— Grace Thorne, mother of three\n\n"
        "09:40 The Met Service said wind speeds had peaked at 94mph overnight.",
        [
            Q("“Our fence is in the neighbour's garden. Again.”", "Yusuf Barre", "Yusuf Barre", "—"),
            Q(
                "“Power's been off since midnight. The kids think it's an adventure.”",
                "Grace Thorne",
                "Grace Thorne",
                "—",
            ),
            Q("wind speeds had peaked at 94mph overnight", "The Met Service", "Met Service", classes=("plain",)),
        ],
        titles={"Grace Thorne": ["mother of three"]},
    ),
    A(
        "meadow-qa",
        "qa",
        ("qa_transcript",),
        "Q&A: The roundabout meadow\n\n"
        "Helga Sorensen, 52, has turned the Millbrook roundabout into a wildflower meadow. She spoke to the Millbrook "
        "Mercury.\n\n"
        "Q: Why a roundabout?\n"
        "A: Because nobody else wanted it. The council mowed it twelve times a year.\n\n"
        "Q: Did you ask permission?\n"
        "A: Eventually. I asked forgiveness first.\n\n"
        "Q: What's next?\n"
        "A: The bus station. Don't tell anyone.",
        [
            Q(
                "Because nobody else wanted it. The council mowed it twelve times a year.",
                "A",
                "Helga Sorensen",
                None,
                at="A:",
                kind="direct",
                via=(("Millbrook Mercury", "interview"),),
            ),
            Q(
                "Eventually. I asked forgiveness first.",
                "A",
                "Helga Sorensen",
                None,
                at="A:",
                kind="direct",
                via=(("Millbrook Mercury", "interview"),),
            ),
            Q(
                "The bus station. Don't tell anyone.",
                "A",
                "Helga Sorensen",
                None,
                at="A:",
                kind="direct",
                via=(("Millbrook Mercury", "interview"),),
            ),
        ],
    ),
    A(
        "library-transcript",
        "qa",
        ("qa_transcript", "prenominal_title"),
        "Transcript: The Morning Call, Radio Kestrel\n\n"
        "FOSSE: Councillor Emlyn Hartigan, the library closes on Friday. Is that the end of it?\n\n"
        "HARTIGAN: No. We've found a buyer who will keep the ground floor as a library.\n\n"
        "FOSSE: Who is the buyer?\n\n"
        "HARTIGAN: I can't say until contracts are signed.\n\n"
        "FOSSE: Councillor Hartigan, thank you.",
        [
            Q(
                "No. We've found a buyer who will keep the ground floor as a library.",
                "HARTIGAN",
                "Emlyn Hartigan",
                None,
                at="HARTIGAN:",
                kind="direct",
                via=(("Radio Kestrel", "interview"),),
            ),
            Q(
                "I can't say until contracts are signed.",
                "HARTIGAN",
                "Emlyn Hartigan",
                None,
                at="HARTIGAN:",
                kind="direct",
                via=(("Radio Kestrel", "interview"),),
            ),
        ],
        titles={"Emlyn Hartigan": ["Councillor"]},
    ),
    A(
        "budget-liveblog",
        "liveblog",
        ("role_before_after", "bare_surname", "pronoun"),
        "Live: Budget night at County Hall\n\n"
        "18:02 Councillors are filing in. The leader of the council, Maxine Odutola, said on her way in that she "
        'expected the budget to pass "comfortably".\n\n'
        '18:25 Opposition leader Garth Wemyss has just stood up. "This budget is a fantasy," he says. "It assumes '
        'growth nobody believes in."\n\n'
        "18:40 Odutola replies that every figure was checked by the treasurer.\n\n"
        '19:10 The vote: 31 for, 24 against. Wemyss says he is "disappointed but not surprised".',
        [
            Q(
                'she expected the budget to pass "comfortably"',
                "Maxine Odutola",
                "Maxine Odutola",
                at="Maxine Odutola, said",
                classes=("role_before_after",),
            ),
            Q(
                ('"This budget is a fantasy,"', '"It assumes growth nobody believes in."'),
                "he",
                "Garth Wemyss",
                "says",
                classes=("pronoun", "prenominal_title"),
            ),
            Q(
                "every figure was checked by the treasurer",
                "Odutola",
                "Maxine Odutola",
                "replies",
                classes=("bare_surname",),
            ),
            Q('he is "disappointed but not surprised"', "Wemyss", "Garth Wemyss", "says", classes=("bare_surname",)),
        ],
        titles={"Maxine Odutola": ["The leader of the council"], "Garth Wemyss": ["Opposition leader"]},
    ),
    A(
        "count-liveblog",
        "liveblog",
        ("told_outlet", "frame_carryover", "pronoun"),
        "Live: Harbury by-election count\n\n"
        "01:15 Turnout was 38 percent, the returning officer, Yvette Abara, has announced.\n\n"
        '01:32 The Green candidate, Tobias Renn, tells the Harbury Gazette he is "quietly confident". "We knocked '
        'on every door twice," he says.\n\n'
        '02:05 Result: Renn wins by 212 votes. In his speech, Renn thanks his agent, Bea Oduya. "She ran this '
        'campaign on biscuits and spite," he says.',
        [
            Q(
                "Turnout was 38 percent",
                "Yvette Abara",
                "Yvette Abara",
                "announced",
                at="Yvette Abara, has announced",
                classes=("role_before_after",),
            ),
            Q(
                'he is "quietly confident"',
                "Tobias Renn",
                "Tobias Renn",
                "tells",
                at="Tobias Renn, tells",
                via=(("Harbury Gazette", "told"),),
            ),
            Q(
                '"We knocked on every door twice,"',
                "he",
                "Tobias Renn",
                "says",
                via=(("Harbury Gazette", "told"),),
            ),
            Q('"She ran this campaign on biscuits and spite,"', "he", "Tobias Renn", "says", classes=("pronoun",)),
        ],
        titles={"Yvette Abara": ["the returning officer"], "Tobias Renn": ["The Green candidate"]},
    ),
    A(
        "street-pastors",
        "interview",
        ("first_person", "pronoun"),
        "On the night shift with Harlow's street pastors\n\n"
        "By Dana Whitlow\n\n"
        "At 2 a.m. the queue outside the Anchor still stretches round the corner. I asked Ruth Okonjo, a volunteer "
        "for eleven years, what keeps her coming back. “Somebody has to hand out the flip-flops,” she said, "
        "laughing.\n\n"
        "“Do you ever get scared?” I asked. She shook her head. “The drunk ones are the gentle ones,” she said.",
        [
            Q("“Somebody has to hand out the flip-flops,”", "she", "Ruth Okonjo"),
            Q("“Do you ever get scared?”", "I", "Dana Whitlow", "asked"),
            Q("“The drunk ones are the gentle ones,”", "she", "Ruth Okonjo"),
        ],
        titles={"Ruth Okonjo": ["a volunteer for eleven years"]},
    ),
    A(
        "levy-editorial",
        "opinion",
        ("first_person", "documents", "told_outlet"),
        "Editorial: The levy is the wrong tax at the wrong time\n\n"
        "The Harbury Gazette\n\n"
        "We have argued before that the parking levy Harbury Town Council introduced in April punishes the workers "
        "who can least avoid it. The council's own figures, published last month, show that three in four payers "
        "earn less than the town's median wage.\n\n"
        "Councillor Fenella Drew, who proposed the levy, told this newspaper that it was “the only lever we have.” "
        "We disagree. We believe the council should first cut its own car fleet.",
        [
            Q(
                "the parking levy Harbury Town Council introduced in April punishes the workers who can least avoid it",
                "We",
                "Harbury Gazette",
                "argued",
                at="We have argued",
                classes=("first_person", "pronoun"),
            ),
            Q(
                "three in four payers earn less than the town's median wage",
                "The council's own figures",
                "Harbury Town Council",
                "show",
                at="The council's own figures, published last month, show",
                how="statement",
                classes=("documents",),
            ),
            Q(
                "it was “the only lever we have.”",
                "Fenella Drew",
                "Fenella Drew",
                "told",
                at="Fenella Drew, who proposed the levy, told",
                via=(("Harbury Gazette", "told"),),
                classes=("told_outlet", "prenominal_title"),
            ),
            Q(
                "the council should first cut its own car fleet",
                "We",
                "Harbury Gazette",
                "believe",
                classes=("first_person", "pronoun"),
            ),
        ],
        titles={"Fenella Drew": ["Councillor"]},
    ),
    A(
        "library-column",
        "opinion",
        ("first_person", "documents", "stacked_titles"),
        "Opinion: Our libraries are not a luxury\n\n"
        "By Ravi Chandrasekar\n\n"
        "Last week I sat in on the council's scrutiny committee. Its report says the branch libraries cost 1.2 "
        "million pounds a year to run. I asked the committee chair, Councillor Nell Varga, whether closing them "
        "would save that money. She said it would save “less than half.”\n\n"
        "I have written before that a library is the only warm room left that asks nothing of you. I stand by that.",
        [
            Q(
                "the branch libraries cost 1.2 million pounds a year to run",
                "Its report",
                "scrutiny committee",
                "says",
                how="statement",
                classes=("documents",),
            ),
            Q("it would save “less than half.”", "She", "Nell Varga", classes=("stacked_titles", "pronoun")),
            Q(
                "a library is the only warm room left that asks nothing of you",
                "I",
                "Ravi Chandrasekar",
                "written",
                at="I have written",
                how="wrote",
                classes=("first_person", "pronoun"),
            ),
        ],
        titles={"Nell Varga": ["the committee chair", "Councillor"]},
    ),
    A(
        "beekeeper",
        "local",
        ("person_typing", "pronoun"),
        "Beekeeper, 83, still tending forty hives\n\n"
        "Zinnia Coulthard, 83, keeps forty hives on the edge of Marsh Lane. She said she had been stung “more times "
        "than I've had hot dinners.” “The bees don't care how old I am,” she said.\n\n"
        "Her grandson, Ruairi Coulthard, 17, said he was learning the trade. “Gran is the boss,” he said.",
        [
            Q("she had been stung “more times than I've had hot dinners.”", "She", "Zinnia Coulthard"),
            Q("“The bees don't care how old I am,”", "she", "Zinnia Coulthard"),
            Q(
                "he was learning the trade",
                "Ruairi Coulthard",
                "Ruairi Coulthard",
                at="Ruairi Coulthard, 17, said",
                classes=("shared_surname",),
            ),
            Q("“Gran is the boss,”", "he", "Ruairi Coulthard", classes=("shared_surname", "pronoun")),
        ],
        titles={"Ruairi Coulthard": ["Her grandson"]},
    ),
    A(
        "new-conductor",
        "wire",
        ("person_typing", "role_before_after", "pronoun"),
        "Orchestra names new principal conductor\n\n"
        "ALDERSGATE, April 4 (Harbour Wire) - Xiomara Lenkova, 39, a Bulgarian-born violinist, was named principal "
        "conductor of the Aldersgate Philharmonic on Friday. “I found out by text message,” Lenkova said.\n\n"
        "The orchestra's board chairman, Piers Entwistle, said she had been the unanimous choice. She starts in "
        "September, he said.",
        [
            Q("“I found out by text message,”", "Lenkova", "Xiomara Lenkova"),
            Q(
                "she had been the unanimous choice",
                "Piers Entwistle",
                "Piers Entwistle",
                at="Piers Entwistle, said",
            ),
            Q("She starts in September", "he", "Piers Entwistle"),
        ],
        titles={
            "Xiomara Lenkova": ["a Bulgarian-born violinist"],
            "Piers Entwistle": ["The orchestra's board chairman"],
        },
    ),
    A(
        "commuter-diary",
        "opinion",
        ("first_person", "role_before_after"),
        "Diary of a commuter: the 7.42 is late again\n\n"
        "I asked the guard why the 7.42 had stopped outside Pellow for twenty minutes. “Sheep on the line,” he "
        "said. I have heard that one before. “Is it always sheep?” I asked. He laughed.\n\n"
        "Later the operator, Western Valleys Rail, said the delay had been caused by a signal fault.",
        [
            Q("“Sheep on the line,”", "he", "the guard", anonymous=True, classes=("role_before_after",)),
            Q("“Is it always sheep?”", "I", "the author", "asked", classes=("first_person",)),
            Q(
                "the delay had been caused by a signal fault",
                "Western Valleys Rail",
                "Western Valleys Rail",
                at="Western Valleys Rail, said",
                classes=("org_descriptor",),
            ),
        ],
        titles={"Western Valleys Rail": ["the operator"]},
    ),
    A(
        "quarry-meeting",
        "local",
        ("bare_surname", "plural_they", "documents"),
        "Residents pack village hall over quarry\n\n"
        "More than 200 people came to Aldwick village hall on Tuesday to oppose a quarry extension. The quarry's "
        "owner, Dov Arkwright, did not attend, but Arkwright himself had written to residents promising “no extra "
        "lorries.”\n\n"
        "“We've heard that before,” said one resident. “They promised the same in 2009,” said another.\n\n"
        "Both the parish council chair, Nessa Quayle, and her deputy, Owen Bright, said they would oppose the "
        "application. Arkwright, reached by phone on Wednesday, said the extension was needed for jobs. “Forty "
        "people work here,” he said.",
        [
            Q(
                "“no extra lorries.”",
                "Arkwright himself",
                "Dov Arkwright",
                "promising",
                at="Arkwright himself had written to residents promising",
                how="wrote",
                classes=("bare_surname", "documents"),
            ),
            Q("“We've heard that before,”", "one resident", "one resident", anonymous=True, classes=("plural_they",)),
            Q(
                "“They promised the same in 2009,”",
                "another",
                "another resident",
                anonymous=True,
                classes=("plural_they",),
            ),
            Q(
                "they would oppose the application",
                "Both the parish council chair, Nessa Quayle, and her deputy, Owen Bright",
                "Nessa Quayle and Owen Bright",
                at="Both the parish council chair, Nessa Quayle, and her deputy, Owen Bright, said",
                classes=("plural_they",),
            ),
            Q(
                "the extension was needed for jobs",
                "Arkwright",
                "Dov Arkwright",
                at="Arkwright, reached by phone on Wednesday, said",
                classes=("bare_surname",),
            ),
            Q("“Forty people work here,”", "he", "Dov Arkwright", classes=("bare_surname",)),
        ],
        titles={"Dov Arkwright": ["The quarry's owner"]},
    ),
]
