"""Articles 1-6 of the first quotation-typography suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_quotes_unseen import Article, Item

AP_TRANSIT = Article(
    "qu-ap-transit-vote",
    "AP/US wire: curly doubles, a dateline, 'said Tuesday', a quotation ending '?” asked X', a quotation split twice (once by its attribution, once by a dash aside), 'said X, 34, who ...', a nickname, a pamphlet's title, a study's name",
    """\
Riverton council freezes bus fares for two years

By DANA WHITCOMB Associated Press

RIVERTON, Ohio (AP) — The Riverton City Council voted 6-3 on Tuesday to freeze bus fares for two years, ending a monthslong fight over how to pay for the city’s struggling transit system.

⟦q1|“This is a vote for the people who ride the bus to work at 5 in the morning,”⟧ ⟦s1|Council President Maria Estrada⟧ ⟦c1|said⟧ Tuesday after the vote. ⟦q1|“They were never the ones who caused the deficit.”⟧

⟦q2|“Where is the money going to come from?”⟧ ⟦c2|asked⟧ ⟦s2|council member Doug Halvorsen⟧, who voted against the measure. ⟦q2|“Nobody in this room has answered that question.”⟧

⟦s3|Halvorsen⟧ ⟦c3|said⟧ ⟦q3|the freeze would leave a $4.2 million hole in the transit budget by 2028⟧.

The transit authority’s ⟦n1|“Fare Equity”⟧ study, released in March, found that riders in the city’s poorest neighborhoods spend nearly 11% of their income on bus fares.

⟦q4|“If the state comes through,”⟧ ⟦s4|Estrada⟧ ⟦c4|said⟧, ⟦q4|“we will be fine. If it doesn’t”⟧ — she paused — ⟦q4|“we will be back here in a year.”⟧

⟦s5|Transit director Alan Greaves⟧ ⟦c5|told⟧ reporters ⟦q5|the fare box covers about 18 cents of every dollar the system spends⟧. ⟦q6|“We’re not a business,”⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|“Nobody asks the fire department to turn a profit.”⟧

Riders at the downtown terminal, known to drivers as ⟦n2|“the Fishbowl”⟧ for its glass walls, welcomed the decision.

⟦q7|“Two dollars doesn’t sound like much until you pay it four times a day,”⟧ ⟦c7|said⟧ ⟦s7|Tanya Briggs⟧, 34, who takes two buses to her job at a nursing home. ⟦q7|“Now I can plan.”⟧

⟦q8|“Did anybody ask the drivers?”⟧ ⟦c8|said⟧ ⟦s8|Ray Pulaski⟧, president of the drivers’ union local. ⟦q8|“We’ve been short 40 operators since the spring.”⟧

The council also voted to rename the Elm Street depot after the late transit advocate Gloria Mendes, whose 1998 pamphlet ⟦n3|“Ride Together”⟧ helped launch the city’s first night routes.

⟦s9|Mayor Kevin Otieno⟧, who had threatened a veto, ⟦c9|said⟧ in a statement Tuesday night ⟦q9|that he would sign the measure⟧ but ⟦c10|warned⟧ ⟦q10|that “hard choices are coming in next year’s budget.”⟧

The freeze takes effect July 1.
""",
    [
        Item(1, "Maria Estrada"),
        Item(2, "Doug Halvorsen"),
        Item(3, "Doug Halvorsen"),
        Item(4, "Maria Estrada"),
        Item(5, "Alan Greaves"),
        Item(6, "Alan Greaves"),
        Item(7, "Tanya Briggs"),
        Item(8, "Ray Pulaski"),
        Item(9, "Kevin Otieno", relation="statement"),
        Item(10, "Kevin Otieno", relation="statement"),
    ],
    {1: "title", 2: "nickname", 3: "title"},
)

NYT_LIBRARY = Article(
    "qu-nyt-library-ban",
    "US newspaper of record: curly doubles, 'Mr.'/'Ms.' on second reference, a quotation nested in a quotation (a stranger's words inside the librarian's), a quotation over three paragraphs re-opened on each and closed on the last, a book's title, a group's name in quotes, a nickname",
    """\
A Small-Town Library Fought a Book Ban. The Library Won.

By Ellen Marchetti

HOLLIS FALLS, Vt. — For three months, the most contentious room in this town of 2,400 was the children’s section of the public library, a brick building residents call ⟦n1|“the Carnegie.”⟧

The fight ended on Monday night, when the library’s board of trustees voted to keep all 14 challenged books on its shelves, including a graphic novel, ⟦n2|“The Lighthouse Girls,”⟧ that had drawn the most complaints.

⟦q1|“I have been a librarian for 31 years, and I have never seen anything like this,”⟧ ⟦c1|said⟧ ⟦s1|Ruth Abernathy⟧, the library’s director. ⟦q1|“People I have known since they were in kindergarten stopped saying hello to me at the post office.”⟧

⟦q2|“⟦s3|A man I had never met⟧ walked up to the desk, put the book down in front of me and ⟦c3|said⟧, ⟦q3|‘You should be ashamed of yourself,’⟧ ”⟧ ⟦s2|Ms. Abernathy⟧ ⟦c2|recalled⟧. ⟦q2|“I told him I was proud of the collection. Then I went into the back and cried.”⟧

The challenges were filed by a group calling itself ⟦n3|“Hollis Falls Parents for Common Sense,”⟧ which gathered 212 signatures last fall.

⟦s4|Peter Lindqvist⟧, a retired dairy farmer who led the group, ⟦c4|said⟧ on Tuesday ⟦q4|that he had no regrets⟧.

⟦q5|“I’m not against libraries,”⟧ ⟦s5|Mr. Lindqvist⟧ ⟦c5|said⟧. ⟦q5|“I’m not against reading. My wife and I raised four kids on that library’s summer reading program.

“But there is a difference between having a book on the shelf and putting it in front of a 9-year-old at story time. That’s all we were ever asking for.

“We lost the vote. That’s how it works here, and I’ll shake their hands at town meeting.”⟧

The board’s chairwoman, ⟦s6|Janet Okafor⟧, ⟦c6|said⟧ ⟦q6|the trustees had read every one of the challenged books before the vote⟧. ⟦q7|“Some of us liked them and some of us didn’t,”⟧ ⟦s7|Ms. Okafor⟧ ⟦c7|said⟧. ⟦q7|“That was never the question. The question was who decides.”⟧

Book challenges have risen sharply in rural libraries across New England since 2022. ⟦s8|Deborah Lyle⟧, who tracks them for a regional library association, ⟦c8|said⟧ ⟦q8|that small towns were often hit hardest “because everybody knows the librarian’s name, and everybody knows where she parks.”⟧

⟦q10|“Was I surprised by the vote?”⟧ ⟦s10|Ms. Abernathy⟧ ⟦c10|said⟧ on Tuesday morning, unlocking the front door. ⟦q10|“No. I was surprised by how many people came to say thank you.”⟧
""",
    [
        Item(1, "Ruth Abernathy"),
        Item(2, "Ruth Abernathy"),
        Item(3, "a man at the library desk", anonymous=True, kind="direct", chain=(("Ruth Abernathy", "reported_by"),)),
        Item(4, "Peter Lindqvist"),
        Item(5, "Peter Lindqvist"),
        Item(6, "Janet Okafor"),
        Item(7, "Janet Okafor"),
        Item(8, "Deborah Lyle"),
        Item(10, "Ruth Abernathy"),
    ],
    {1: "nickname", 2: "title", 3: "title"},
)

UK_CLIFFS = Article(
    "qu-uk-broadsheet-cliffs",
    "UK broadsheet: curly single quotes with doubles nested inside (the nested words their own quotation), plural possessives and elided years inside single quotes ('The residents’ letters in ’08 ...', 'My neighbours’ house sold ... in ’09'), 'Mr' without a point, a colon introduction, 'called the sum ‘an insult’', a policy's name, a lane's nickname",
    """\
Clifftop homes to be abandoned as council admits defences ⟦n1|‘cannot be saved’⟧

By Harriet Coombes, Environment Correspondent

Residents of a Norfolk clifftop village have been ⟦c11|told⟧ ⟦q11|their homes will not be protected from the sea⟧, after the district council abandoned plans to rebuild a crumbling timber revetment.

⟦q1|‘We have run out of road,’⟧ ⟦s1|Sarah Pennington⟧, the council’s leader, ⟦c1|told⟧ a packed meeting at Saltby village hall on Thursday night. ⟦q1|‘I wish I had something better to say to you tonight. I don’t.’⟧

The village has lost 14 homes to the sea since 1990, most of them along the lane locals call ⟦n2|‘the Drop’⟧.

⟦s2|Geoffrey Marsh⟧, 71, whose bungalow now stands 11 metres from the cliff edge, ⟦c2|said⟧ ⟦q2|he had been promised in writing that the revetment would be repaired⟧.

⟦q3|‘The residents’ letters in ’08 said exactly the same thing, and we were told then it was all in hand,’⟧ ⟦s3|he⟧ ⟦c3|said⟧. ⟦q3|‘⟦s4|A man from the council⟧ stood in my kitchen and ⟦c4|said⟧: ⟦q4|“You’ll see out your days here, Mr Marsh.”⟧ I’ve still got his card.’⟧

Asked whether the council had broken its word, ⟦s5|Ms Pennington⟧ ⟦c5|said⟧: ⟦q5|‘Nobody in 2008 could have known that the Government would change the rules on coastal funding. I am not going to stand here and pretend it was anybody’s fault in this room.’⟧

Under the Government’s ⟦n3|‘managed realignment’⟧ policy, stretches of coast judged too costly to defend are left to erode naturally.

⟦s6|A spokesman for the Department for Environment⟧ ⟦c6|said⟧: ⟦q6|‘We recognise how distressing this is for the people of Saltby. The council will receive £1.2 million from the coastal transition fund to help residents relocate.’⟧

But ⟦s7|Ann Fairweather⟧, who chairs the village’s action group, ⟦c7|called⟧ ⟦q7|the sum ‘an insult’⟧. ⟦q8|‘It works out at about forty thousand pounds a house,’⟧ ⟦s8|she⟧ ⟦c8|said⟧. ⟦q8|‘My neighbours’ house sold for four times that in ’09. Now you couldn’t give it away.’⟧

⟦q9|‘We’re not asking for a miracle,’⟧ ⟦c9|said⟧ ⟦s9|the Rev Thomas Ashby⟧, whose church lost its graveyard wall to a storm in 2021. ⟦q9|‘We’re asking for the truth, and for somebody to say “sorry” and mean it.’⟧

⟦s10|Ms Pennington⟧ ⟦c10|said⟧ ⟦q10|the council would write to every affected household before Christmas⟧.
""",
    [
        Item(1, "Sarah Pennington"),
        Item(2, "Geoffrey Marsh"),
        Item(3, "Geoffrey Marsh"),
        Item(4, "a man from the council", anonymous=True, chain=(("Geoffrey Marsh", "reported_by"),)),
        Item(5, "Sarah Pennington"),
        Item(6, "a spokesman for the Department for Environment", relation="statement", anonymous=True),
        Item(7, "Ann Fairweather"),
        Item(8, "Ann Fairweather"),
        Item(9, "Thomas Ashby"),
        Item(10, "Sarah Pennington"),
        Item(11, "the district council"),
    ],
    {1: "headline", 2: "nickname", 3: "title"},
)

TABLOID_ROCKER = Article(
    "qu-uk-tabloid-rocker",
    "UK tabloid: straight single quotes as the only marks, with plural possessives ('The lads' wives', 'my kids' friends'), elided years ('08, '91, the '80s, the '90s), rock 'n' roll, dropped g's (goin', playin', nothin') inside and outside quotations, 'X laughed', a nickname in quotes, a song's title",
    """\
ROCKER'S LAST STAND: Bassist Mick hangs up his boots after 40 years

By KEV DALTON

Veteran rocker Mick Rowntree has played his last gig — and ⟦s1|he⟧ ⟦c1|says⟧ ⟦q1|he has got 'no regrets, not one'⟧.

⟦s2|The 63-year-old bassist⟧, who found fame with Eighties chart-toppers the Velvet Hammers, ⟦c2|told⟧ fans at a sold-out show in his home town of Dunmore Bay on Saturday ⟦q2|it was time to 'put the old girl in her case'⟧.

⟦q3|'I've been goin' since I was seventeen and I've loved every minute of it,'⟧ ⟦s3|Mick⟧ ⟦c3|told⟧ the Sunday Post. ⟦q3|'But the knees have had enough, and so has the missus.'⟧

The band's glory days came in the late '80s, when their single ⟦n1|'Burnin' Down the Pier'⟧ spent six weeks in the Top Ten.

⟦q4|'We were just lads from the Bay playin' rock 'n' roll in the back of the Anchor,'⟧ ⟦s4|he⟧ ⟦c4|said⟧. ⟦q4|'Then all of a sudden we're on the telly and the Hendersons' lot are askin' us for a light.'⟧

⟦q5|'The lads' wives had seen enough of us by '91, and who could blame 'em,'⟧ ⟦s5|Mick⟧ ⟦c5|laughed⟧.

The Hammers split in 1993 but reformed for a reunion tour in '08 which sold out in minutes.

Drummer ⟦s6|Terry ⟦n2|'Tubs'⟧ Fenwick⟧, 65, who has played alongside Mick since their schooldays, ⟦c6|said⟧: ⟦q6|'Mick's the heart of this band. Always has been. There's nothin' left to say except thanks, mate.'⟧

Fans' favourite memories were shared online within minutes of the encore. ⟦s7|Superfan Lorraine Hibbert⟧, 52, who has seen the band 117 times since '84, ⟦c7|said⟧: ⟦q7|'I cried my eyes out. My kids' friends think I'm mad but I don't care. You don't get bands like this any more.'⟧

Mick's wife of 35 years, ⟦s8|Bev⟧, ⟦c8|said⟧ ⟦q8|she was 'over the moon' to have him home⟧. ⟦q9|'He's been promisin' me a holiday since the '90s,'⟧ ⟦s9|she⟧ ⟦c9|said⟧. ⟦q9|'I'll believe it when I'm sat on the plane.'⟧

And what next for the rock 'n' roll grandad? ⟦q10|'Fishin','⟧ ⟦s10|he⟧ ⟦c10|grinned⟧. ⟦q10|'Nothin' but fishin'. And maybe the odd pint at the Anchor.'⟧
""",
    [
        Item(1, "Mick Rowntree"),
        Item(2, "Mick Rowntree"),
        Item(3, "Mick Rowntree", chain=(("Sunday Post", "told"),)),
        Item(4, "Mick Rowntree", chain=(("Sunday Post", "told"),)),
        Item(5, "Mick Rowntree"),
        Item(6, "Terry Fenwick"),
        Item(7, "Lorraine Hibbert"),
        Item(8, "Bev Rowntree"),
        Item(9, "Bev Rowntree"),
        Item(10, "Mick Rowntree", kind="direct"),
    ],
    {1: "title", 2: "nickname"},
)

GUILLEMETS_TRAM = Article(
    "qu-guillemets-tram",
    "English-language Swiss paper in French typography: guillemets « » with spaces inside and, in agency copy, without; single guillemets ‹ › nested (a grandmother's words inside a councillor's, their own quotation); 'said X' inversions, a translated quotation with [brackets], a slogan and a nickname in guillemets",
    """\
Lakeside tram approved after a decade of delays

By Claire Dubosson

GENEVA — The city council voted on Wednesday to build a tram line along the eastern shore of the lake, ending a dispute that began in 2015.

⟦q1|« This is a great day for the whole district, »⟧ ⟦c1|said⟧ ⟦s1|councillor Mathieu Rochat⟧, who has championed the project since his election. ⟦q1|« ⟦s2|My grandmother⟧ used to ⟦c2|say⟧ to me, ⟦q2|‹ Mathieu, the tram will come when you have grey hair ›⟧. Well, look at me. »⟧

⟦s10|Opponents⟧, led by the shopkeepers’ association of the Rue du Lac, had ⟦c10|argued⟧ ⟦q10|that two years of construction would ruin trade⟧. Their campaign slogan, ⟦n1|« Pas de tram, pas de clients »⟧, hung in shop windows for most of last year.

⟦q3|« We are not against the tram. We are against going bankrupt while they build it, »⟧ ⟦c3|said⟧ ⟦s3|Sylvie Monnard⟧, who runs a bakery on the street and chairs the association.

⟦s4|She⟧ ⟦c4|said⟧ ⟦q4|the council had promised a compensation fund but had not said how large it would be⟧.

The city’s head of mobility, ⟦s5|Laurent Favre⟧, ⟦c5|told⟧ the council ⟦q5|that the fund would be « at least » 4 million francs⟧. ⟦q6|« The [cantonal] government has agreed to pay half of it, and we will publish the rules before a single street is closed, »⟧ ⟦s6|he⟧ ⟦c6|said⟧.

⟦q7|«Four million is a start,»⟧ ⟦s7|Ms Monnard⟧ ⟦c7|told⟧ the Swiss news agency. ⟦q7|«But I will believe it when I see the first cheque.»⟧

The line, which residents have long called ⟦n2|« le tram fantôme »⟧ because it appeared in three successive city plans without being built, is due to open in 2030.

Environmental groups welcomed the vote. ⟦q9|« Every tram takes two hundred cars off the quay, »⟧ ⟦c9|said⟧ ⟦s9|Nadia Berthoud⟧ of the cantonal transport association. ⟦q9|« That is not a slogan. That is arithmetic. »⟧

Construction is due to start next spring.
""",
    [
        Item(1, "Mathieu Rochat"),
        Item(2, "Mathieu Rochat's grandmother", kind="direct", chain=(("Mathieu Rochat", "reported_by"),)),
        Item(3, "Sylvie Monnard"),
        Item(4, "Sylvie Monnard"),
        Item(5, "Laurent Favre"),
        Item(6, "Laurent Favre"),
        Item(7, "Sylvie Monnard", chain=(("Swiss news agency", "told"),)),
        Item(9, "Nadia Berthoud"),
        Item(10, "opponents of the tram", anonymous=True),
    ],
    {1: "slogan", 2: "nickname"},
)

GERMAN_BIKES = Article(
    "qu-german-marks-bikes",
    "English-language Berlin site in German typography: „…“ doubles (the closing mark is an English opening one) and ‚…‘ singles nested inside (their own quotation), quotations split around 'said X', a colon introduction, indirect speech with 'according to', a nickname and a campaign's name in „…“",
    """\
Kreuzberg to ban parking on main road to make way for cycle lanes

By Jonas Albrecht

BERLIN — A Kreuzberg street known to cyclists as ⟦n1|„the gauntlet“⟧ will lose all of its 240 parking spaces next year, the district council decided on Thursday.

⟦q1|„We will not wait for the next child to be hit by a car door before we act,“⟧ ⟦c1|said⟧ ⟦s1|district mayor Clara Hennig⟧. ⟦q1|„The street belongs to everyone who uses it, not only to those who park on it.“⟧

Shop owners on the street reacted with anger. ⟦q2|„When I opened here in 1998, ⟦s3|the council⟧ ⟦c3|told⟧ me: ⟦q3|‚Your customers will always be able to park outside‘⟧. Now they tell me my customers should come by cargo bike,“⟧ ⟦c2|said⟧ ⟦s2|Murat Aydın⟧, who runs a furniture shop near the canal.

⟦s4|Aydın⟧ ⟦c4|said⟧ ⟦q4|he had collected 1,800 signatures against the plan in two weeks⟧.

⟦q5|„Nobody is taking anything away from the shops,“⟧ ⟦c5|said⟧ ⟦s5|Hennig⟧, ⟦q5|„we are giving the street back to the people who actually spend money in them. Most of them arrive on foot.“⟧

⟦q6|A count commissioned by the district found that fewer than one in ten customers on the street arrived by car⟧, ⟦c6|according to⟧ ⟦s6|the council’s transport office⟧.

The cycling campaign ⟦n2|„Sichere Straßen Jetzt“⟧, which collected 30,000 signatures for safer lanes in 2023, welcomed the decision. Its spokeswoman, ⟦s7|Lena Hofmann⟧, ⟦c7|said⟧: ⟦q7|„This is what ‚car-friendly‘ looked like for fifty years: a painted line and a prayer. Now we get a real lane.“⟧

⟦s8|Hennig⟧ ⟦c8|said⟧ ⟦q8|delivery bays would remain at both ends of the street⟧ and ⟦c9|promised⟧ ⟦q9|that the works would not start before the Christmas trade was over⟧.

⟦q10|„We have heard the shops,“⟧ ⟦s10|she⟧ ⟦c10|said⟧. ⟦q10|„Listening is not the same as doing nothing.“⟧
""",
    [
        Item(1, "Clara Hennig", kind="direct"),
        Item(2, "Murat Aydın", kind="direct"),
        Item(3, "the district council", anonymous=True, kind="direct", chain=(("Murat Aydın", "reported_by"),)),
        Item(4, "Murat Aydın"),
        Item(5, "Clara Hennig", kind="direct"),
        Item(6, "the council’s transport office", relation="according_to"),
        Item(7, "Lena Hofmann", kind="direct"),
        Item(8, "Clara Hennig"),
        Item(9, "Clara Hennig"),
        Item(10, "Clara Hennig", kind="direct"),
    ],
    {1: "nickname", 2: "title"},
)

ARTICLES = [AP_TRANSIT, NYT_LIBRARY, UK_CLIFFS, TABLOID_ROCKER, GUILLEMETS_TRAM, GERMAN_BIKES]
