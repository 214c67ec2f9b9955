"""Articles 9-11 of the ninth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech9 import Article, Item

TABLOID = Article(
    "ns9-uk-tabloid",
    "UK tabloid story: capitals in the headline and the first words, curly singles, 'fumed that', 'told The Sun', 'She added:' over two paragraphs, 'slammed the fines as', 'blasted:' before a quotation, 'said in a statement that', 'a spokesman said' after the quotation, a nickname, a caption and a READ MORE teaser quoting, a plan",
    """\
⟦n1|‘IT’S DAYLIGHT ROBBERY’⟧ Gran hit with £1,200 of parking fines while husband lay dying

By Kerry Bamford

A HEARTBROKEN gran was hit with £1,200 of parking fines while she sat at her dying husband’s bedside.

⟦s1|Margaret Pilling⟧, 74, ⟦c1|fumed⟧ ⟦q1|that she had been ‘punished for sitting with the man I loved’⟧ after 24 penalty notices landed on her doormat in a single week.

⟦q2|‘It’s daylight robbery,’⟧ ⟦s2|Margaret⟧ ⟦c2|told⟧ The Sun. ⟦q2|‘Ken was in that hospital for 19 days. Was I supposed to leave him to go and feed a meter?’⟧

⟦n2|Margaret with the pile of fines: ‘It’s daylight robbery’⟧

⟦s3|She⟧ ⟦c3|added⟧: ⟦q3|‘We were married 52 years. He drove buses for 40 of them and never had so much as a parking ticket.

‘The nurses were angels. But the car park people? They want locking up.’⟧

Ken, known to regulars on the No 47 route as ⟦n3|‘Smiler’⟧, died on October 3.

Local MP ⟦s4|Dawn Rigby⟧ ⟦c4|slammed⟧ ⟦q4|the fines as ‘a disgrace’⟧. ⟦s5|She⟧ ⟦c5|said⟧ ⟦q5|she would raise Margaret’s case with the health secretary this week⟧.

⟦s6|Margaret’s son Darren⟧, 49, ⟦c6|blasted⟧: ⟦q6|‘Mum’s been through hell. The last thing she needed was a pile of brown envelopes every morning.’⟧

⟦s7|ParkSafe UK⟧ ⟦c7|said⟧ in a statement ⟦q7|that the fines had now been cancelled ‘as a gesture of goodwill’⟧.

⟦q8|‘We offer free permits to relatives of patients receiving end-of-life care, and we are sorry this was not made clear to Mrs Pilling,’⟧ ⟦s8|a spokesman⟧ ⟦c8|said⟧.

⟦s9|A spokeswoman for the hospital trust⟧ ⟦c9|said⟧ ⟦q9|signs about the permits would be ‘reviewed urgently’⟧.

⟦s10|The patients’ charity CarePark⟧ ⟦c10|said⟧ last year ⟦q10|that one in five hospitals in England still charged the relatives of dying patients to park⟧.

⟦s11|Margaret⟧, who has three grandchildren, ⟦c11|says⟧ ⟦q11|she will keep visiting Ken’s grave every Sunday — and that she will take the bus⟧.

⟦n4|Margaret now plans to start a petition to scrap hospital parking charges for good.⟧

⟦n5|READ MORE: ‘I was fined for parking on my own drive’⟧
""",
    [
        Item(1, "Margaret Pilling"),
        Item(2, "Margaret Pilling", chain=(("The Sun", "told"),)),
        Item(3, "Margaret Pilling", chain=(("The Sun", "told"),)),
        Item(4, "Dawn Rigby", titles=("Local MP",)),
        Item(5, "Dawn Rigby"),
        Item(6, "Darren Pilling", titles=("Margaret’s son",)),
        Item(7, "ParkSafe UK", relation="statement"),
        Item(8, "a spokesman for ParkSafe UK", anonymous=True),
        Item(9, "A spokeswoman for the hospital trust", anonymous=True),
        Item(10, "CarePark", titles=("The patients’ charity",)),
        Item(11, "Margaret Pilling"),
    ],
    {
        1: "headline",  # the gran's words in a headline
        2: "caption",  # a picture caption quoting her
        3: "nickname",
        4: "non_reporting",  # a plan
        5: "teaser",  # another story's headline
    },
)

POLL = Article(
    "ns9-us-opinion-poll",
    "US local opinion-poll story: straight doubles, a headline quoting a slogan, findings a speech annotator sets aside ('a new survey shows', 'the poll also found'), respondents who 'said', a pollster's inversion and split quotation, 'according to the survey', a respondent with the '90s inside double quotes, 'said in an email that \"...\"', 'told supporters at a rally', a campaign slogan, the institute's methodology after the clause, an expectation",
    """\
Poll: ⟦n1|"Not with our money"⟧ as voters turn on stadium deal

By Teresa Quon, Politics Reporter

⟦n2|Nearly six in 10 likely voters in Brennan County oppose spending public money on a new downtown stadium, a new survey shows⟧, and the race for mayor has tightened to a dead heat.

⟦s1|Fifty-eight percent of respondents⟧ ⟦c1|said⟧ ⟦q1|they opposed the $600 million financing plan⟧, while ⟦s2|31 percent⟧ ⟦c2|said⟧ ⟦q2|they supported it⟧. The rest were undecided.

⟦q3|"The stadium is the issue that moves votes in this race,"⟧ ⟦c3|said⟧ ⟦s3|Harriet Vosburgh⟧, director of the Calloway University Polling Institute, which conducted the survey. ⟦q3|"Voters who oppose the deal are also far more likely to say they will definitely turn out."⟧

⟦q4|Incumbent Mayor Dennis Halloway has the support of 44 percent of likely voters to challenger Rosa Ibarra's 42 percent⟧, ⟦c4|according to⟧ ⟦s4|the survey⟧, well within its margin of error. In June, Halloway led by 11 points.

⟦q5|"Those numbers should worry the mayor,"⟧ ⟦s5|Vosburgh⟧ ⟦c5|said⟧, ⟦q5|"but five weeks is a long time in a local election."⟧

⟦n3|The poll also found that voters under 35 were the most opposed to the stadium deal.⟧

⟦q6|"They want us to pay for a ballpark when the potholes on my street have been there since the '90s,"⟧ ⟦c6|said⟧ ⟦s6|Carl Denholm⟧, 68, a retired machinist who took part in the poll and agreed to be interviewed.

⟦s7|Halloway's campaign manager, Jeff Okimoto⟧, ⟦c7|said⟧ in an email ⟦q7|that "the only poll that matters is on Nov. 4."⟧ ⟦s8|He⟧ ⟦c8|said⟧ ⟦q8|the mayor still believed the stadium would bring "thousands of good jobs" to the county⟧.

⟦s9|Ibarra⟧ ⟦c9|told⟧ supporters at a rally Tuesday night: ⟦q9|"This city is ready for a mayor who listens. The numbers say so, and so do the doorsteps."⟧ Her campaign's slogan, ⟦n4|"Neighborhoods First,"⟧ is printed on every yard sign.

⟦q10|The poll of 812 likely voters was conducted by phone and online from Oct. 1 to 5 and has a margin of error of plus or minus 3.4 percentage points⟧, ⟦s10|the institute⟧ ⟦c10|said⟧.

⟦n5|Both campaigns expect turnout to be low.⟧ Early voting begins Oct. 20.
""",
    [
        Item(1, "Fifty-eight percent of respondents", anonymous=True),
        Item(2, "31 percent of respondents", anonymous=True),
        Item(3, "Harriet Vosburgh", titles=("director of the Calloway University Polling Institute",)),
        Item(4, "Calloway University Polling Institute", relation="according_to"),
        Item(5, "Harriet Vosburgh"),
        Item(6, "Carl Denholm"),
        Item(7, "Jeff Okimoto", titles=("Halloway's campaign manager",), relation="wrote"),
        Item(8, "Jeff Okimoto"),
        Item(9, "Rosa Ibarra", chain=(("supporters", "told"),)),
        Item(10, "Calloway University Polling Institute"),
    ],
    {
        1: "headline",  # a slogan in a headline
        2: "non_reporting",  # a finding
        3: "non_reporting",  # a finding
        4: "slogan",
        5: "non_reporting",  # an expectation
    },
)

OBITUARY = Article(
    "ns9-obituary-bandleader",
    "UK obituary of a bandleader, quoting family and colleagues: curly single quotes with a nested double, the ’60s, a headline and a standfirst built on a nickname and a programme's title, 'said his daughter, X' inversion continued with a nested quotation, 'She added:' over two paragraphs, 'wrote on X that', 'according to the heritage society', 'the family asked that', a song's title, a hope",
    """\
⟦n1|‘Mr Saturday Night’⟧ Bernie Aldous dies aged 91

Trumpeter and bandleader whose ⟦n2|‘Pier Sessions’⟧ broadcasts ran for 30 years

Bernie Aldous, the trumpeter and bandleader who brought swing to the seaside and then to the nation’s radios, has died aged 91. ⟦s1|His family⟧ ⟦c1|said⟧ ⟦q1|he died peacefully at home in Whitcliffe on Sunday, with June, his wife of 64 years, at his side⟧.

Known to a generation of listeners as ⟦n3|‘Mr Saturday Night’⟧, Aldous led the house band on Whitcliffe’s North Pier from 1957 and presented the weekly broadcasts from its ballroom until 1988. His signature tune, ⟦n4|‘Moonlight over Whitcliffe’⟧, reached No 12 in the charts in 1963.

⟦q2|‘Dad played the trumpet until he was 88, and the neighbours never once complained — or if they did, he didn’t hear them,’⟧ ⟦c2|said⟧ ⟦s2|his daughter⟧, Carol Aldous-Reeve. ⟦q2|‘He used to say the trick with an audience was to “play the tune they came for, then the one they didn’t know they wanted”.’⟧

⟦s3|The singer Maxine Orr⟧, who toured with the band in the ’60s, ⟦c3|said⟧ ⟦q3|he had been ‘the kindest man in a very unkind business’⟧.

⟦s4|She⟧ ⟦c4|added⟧: ⟦q4|‘He paid the band before he paid himself, every single night. When my mother was ill he gave me a month off and sent her flowers every week.

‘People remember the music. I remember that.’⟧

⟦s5|The BBC’s director of radio, Imogen Feld⟧, ⟦c5|wrote⟧ on X ⟦q5|that Aldous had been ‘a true original’ whose programme ‘taught Britain to dance on a Saturday night’⟧.

⟦q6|Aldous played more than 4,000 shows on the town’s two piers⟧, ⟦c6|according to⟧ ⟦s6|the Whitcliffe Heritage Society⟧.

⟦q7|‘Bernie was the pier,’⟧ ⟦c7|said⟧ ⟦s7|Gordon Tate⟧, the society’s chairman. ⟦q7|‘Without him, it was just a lot of wood over the sea.’⟧

⟦n5|The council hopes to name the new bandstand on the promenade after him.⟧

His grandson, ⟦s8|Tom Reeve⟧, a jazz pianist, ⟦c8|said⟧ ⟦q8|the family would play his grandfather’s signature tune at the funeral⟧, and ⟦s9|the family⟧ ⟦c9|asked⟧ ⟦q9|that any donations go to the Musicians’ Benevolent Fund⟧.

He is survived by June, their daughter Carol, two sons and five grandchildren.
""",
    [
        Item(1, "the family of Bernie Aldous"),
        Item(2, "Carol Aldous-Reeve", titles=("his daughter",)),
        Item(3, "Maxine Orr", titles=("The singer",)),
        Item(4, "Maxine Orr"),
        Item(5, "Imogen Feld", titles=("The BBC’s director of radio",), relation="wrote"),
        Item(6, "Whitcliffe Heritage Society", relation="according_to"),
        Item(7, "Gordon Tate", titles=("the society’s chairman",)),
        Item(8, "Tom Reeve", titles=("His grandson", "a jazz pianist")),
        Item(9, "the family of Bernie Aldous"),
    ],
    {
        1: "headline",  # a nickname in a headline
        2: "title",  # a programme's title in the standfirst
        3: "nickname",
        4: "title",  # a song
        5: "non_reporting",  # a hope
    },
)

ARTICLES = [TABLOID, POLL, OBITUARY]
