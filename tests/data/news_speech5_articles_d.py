"""Articles 13-16 of the fifth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech5 import Article, Item

LETTERS = Article(
    "ns5-letters-round",
    "letters-to-the-editor round: writers named with their town, 'writes', 'wants to know why', a council reply, a letter quoting the council leader (nested quotes), a column name in quotes",
    """\
⟦n1|Your letters: library closures, bin rounds and a very patient spaniel⟧

Last week’s report that three branch libraries could close under the council’s ⟦n2|“Big Squeeze”⟧ budget brought the biggest postbag of the year. Here is a selection.

⟦s1|Margaret Ellison, of Thornbury,⟧ ⟦c1|writes⟧ ⟦q1|that the branch on Castle Street is “the only warm, free place in town where nobody asks you to buy anything”⟧. ⟦q2|“I have watched my grandchildren learn to read there, and I have watched old men read the racing pages there every morning for twenty years,”⟧ ⟦s2|she⟧ ⟦c2|writes⟧. ⟦q2|“Close it and you close both.”⟧

Dev Chauhan, of Kingswood, takes a different view. ⟦q3|“I love libraries as much as anyone,”⟧ ⟦s3|he⟧ ⟦c3|writes⟧, ⟦q3|“but the council has to find £11m somewhere, and I would rather it kept the swimming pool open.”⟧

⟦s4|Several readers⟧ ⟦c4|asked⟧ ⟦q4|why library users had not been consulted before the list was drawn up⟧. ⟦s5|A council spokesman⟧ ⟦c5|told⟧ us ⟦q5|that a public consultation would open next month and that “no decision has been taken”⟧.

John Ferris, of Frampton Cotterell, is unimpressed. ⟦q6|“Your reporter quotes the council leader calling the closures ‘regrettable but necessary’,”⟧ ⟦s6|he⟧ ⟦c6|writes⟧. ⟦q6|“So was my hip replacement, but at least the surgeon asked me first.”⟧

On bins, ⟦s7|Paul Rudd, of Yate,⟧ ⟦c7|wants to know⟧ ⟦q7|who decided that a fortnightly collection was enough for a family of six⟧. ⟦q8|“My recycling box was full by Tuesday,”⟧ ⟦s8|he⟧ ⟦c8|writes⟧. ⟦q8|“The foxes had the rest by Thursday.”⟧

Angela Price, of Chipping Sodbury, takes issue with a letter last week in which ⟦s9|Mr Chauhan⟧ ⟦c9|described⟧ ⟦q9|the town’s cycle lanes⟧ as ⟦q9|“paint and prayer”⟧. ⟦q10|“Mr Chauhan should try riding on them before he mocks them,”⟧ ⟦s10|she⟧ ⟦c10|writes⟧. ⟦q10|“I have, every day for six years, and I am still here.”⟧

And finally, ⟦s11|Rosemary Tan, of Almondsbury,⟧ ⟦c11|writes⟧ ⟦q11|that a stranger waited with her elderly spaniel, Biscuit, outside the post office for forty minutes last Tuesday while she queued inside⟧. ⟦q12|“He would not give his name. Biscuit would like to say thank you, and so would I,”⟧ ⟦s12|she⟧ ⟦c12|writes⟧.

Letters may be edited for length. Write to ⟦n3|“Your Letters”⟧ at the address below, or by email, and please include your town.
""",
    [
        Item(1, "Margaret Ellison", "letter"),
        Item(2, "Margaret Ellison", "letter"),
        Item(3, "Dev Chauhan", "letter"),
        Item(4, "Several readers", anonymous=True),
        Item(5, "A council spokesman", anonymous=True),
        Item(6, "John Ferris", "letter"),
        Item(7, "Paul Rudd", "letter"),
        Item(8, "Paul Rudd", "letter"),
        Item(9, "Dev Chauhan", "letter"),
        Item(10, "Angela Price", "letter"),
        Item(11, "Rosemary Tan", "letter"),
        Item(12, "Rosemary Tan", "letter"),
    ],
    {1: "headline", 2: "nickname", 3: "title"},
)

PRESSER = Article(
    "ns5-press-conference",
    "press conference: reporters' questions quoted and reported, 'Asked whether', a quotation whose speaker comes in the next sentence, colon introductions",
    """\
⟦n1|Boil-water notice for 40,000 homes ‘could last a week’⟧

⟦q1|Residents of eastern Danebridge should boil their tap water for at least five more days⟧, ⟦s1|the head of Severn Vale Water⟧ ⟦c1|said⟧ on Thursday, after bacteria were found at a treatment works that supplies 40,000 homes.

At a press conference at the company’s headquarters, ⟦s2|chief executive Lorna Achebe⟧ ⟦c2|apologised⟧ ⟦q2|for what she called “a serious failure”⟧ and ⟦c3|said⟧ ⟦q3|engineers had traced the contamination to a damaged filter⟧.

⟦q4|“I want to say to every family affected: I am sorry. This should not have happened, and we will find out exactly why it did,”⟧ ⟦s4|she⟧ ⟦c4|said⟧.

The first question came from ⟦s5|a reporter for the Danebridge Courier⟧, who ⟦c5|asked⟧: ⟦q5|“Why did it take three days to tell people?”⟧

⟦s6|Ms Achebe⟧ ⟦c6|said⟧ ⟦q6|the company had issued the notice as soon as a second set of tests confirmed the first⟧. ⟦q7|“We do not put out a notice on one sample. If we did, we would be putting one out every week,”⟧ ⟦s7|she⟧ ⟦c7|said⟧.

⟦c8|Asked⟧ ⟦q8|whether anyone had been made ill⟧, ⟦s9|she⟧ ⟦c9|said⟧ ⟦q9|the company was aware of “a small number” of reports of stomach upsets⟧ but ⟦n4|could not say whether they were linked to the water⟧. ⟦s11|The local health protection team⟧ ⟦c11|said⟧ ⟦q11|it was investigating eleven cases⟧.

⟦q12|“Every school in the area has bottled water, and the vulnerable customers on our register will have it delivered to the door.”⟧ That was ⟦s12|the company’s operations director, Ian Baverstock⟧, ⟦c12|answering⟧ a question about the town’s three care homes.

⟦q13|“Is the water safe to shower in?”⟧ ⟦c13|asked⟧ ⟦s13|another reporter⟧. ⟦q14|“Yes,”⟧ ⟦s14|Mr Baverstock⟧ ⟦c14|said⟧. ⟦q14|“Showering and washing are fine. Just don’t swallow it.”⟧

The regulator, the Drinking Water Inspectorate, ⟦n2|has not yet said whether it will open an investigation⟧. The notice was posted on the company’s website under the heading ⟦n3|“Boil Water Advice — Please Read”⟧, and leaflets went through doors on Thursday evening.

⟦s15|Local MP Ruth Okonedo⟧ ⟦c15|called⟧ ⟦q15|the company’s response “too slow and too vague”⟧. ⟦q16|“My inbox has been full of people asking whether they can make up baby formula,”⟧ ⟦s16|she⟧ ⟦c16|said⟧. ⟦q16|“They deserve a straight answer, not a press release.”⟧

⟦s17|The company⟧ ⟦c17|said⟧ ⟦q17|customers would receive £30 compensation each⟧.
""",
    [
        Item(1, "Lorna Achebe", titles=("the head of Severn Vale Water",)),
        Item(2, "Lorna Achebe", titles=("chief executive",)),
        Item(3, "Lorna Achebe"),
        Item(4, "Lorna Achebe"),
        Item(5, "a reporter for the Danebridge Courier", anonymous=True),
        Item(6, "Lorna Achebe"),
        Item(7, "Lorna Achebe"),
        Item(8, "reporters", anonymous=True),
        Item(9, "Lorna Achebe"),
        Item(11, "The local health protection team"),
        Item(12, "Ian Baverstock", titles=("the company’s operations director",)),
        Item(13, "another reporter", anonymous=True),
        Item(14, "Ian Baverstock"),
        Item(15, "Ruth Okonedo", titles=("Local MP",)),
        Item(16, "Ruth Okonedo"),
        Item(17, "Severn Vale Water"),
    ],
    {1: "headline", 2: "refusal", 3: "title", 4: "refusal"},
)

IRELAND = Article(
    "ns5-ireland-dail",
    "Irish English house style: the Taoiseach and Tánaiste, 'told RTÉ’s Morning Ireland', Gardaí statements, 'said it was a matter for', Dáil exchange reported",
    """\
⟦n1|Taoiseach ‘not for turning’ on rural Garda station closures⟧

⟦s13|The Taoiseach⟧ has rejected calls to reverse the closure of 14 rural Garda stations, ⟦c13|insisting⟧ ⟦q13|the decision was “a matter for the Garda Commissioner” and not for Government⟧.

Speaking in the Dáil yesterday, ⟦s1|Taoiseach Micheál Ó Broin⟧ ⟦c1|said⟧ ⟦q1|the closures would free up more than 60 gardaí for frontline duty⟧. ⟦q2|“What people in rural Ireland want is a garda car on the road when they need one, not a building with a light on and nobody inside,”⟧ ⟦s2|he⟧ ⟦c2|said⟧.

⟦s3|Sinn Féin TD Pádraig Mac Giolla⟧ ⟦c3|accused⟧ ⟦q3|the Government of “abandoning” communities that had already lost their post offices, banks and pubs⟧. ⟦q4|“First they took the post office. Then the bank. Now the garda station,”⟧ ⟦s4|he⟧ ⟦c4|told⟧ the House. ⟦q4|“What is next, Taoiseach? The church?”⟧

⟦s5|The Taoiseach⟧ ⟦c5|replied⟧ ⟦q5|that the Deputy was “welcome to his soundbite”⟧ but that crime figures in the affected areas had fallen for three years running.

Earlier, ⟦s6|Tánaiste Gráinne Fitzmaurice⟧ ⟦c6|told⟧ RTÉ’s Morning Ireland ⟦q6|she understood the anger in the affected towns⟧. ⟦q7|“I grew up in a village with a garda station, and I know what it meant to people,”⟧ ⟦s7|she⟧ ⟦c7|said⟧. ⟦q7|“But policing has changed, and we have to change with it.”⟧

In a statement last night, ⟦s8|An Garda Síochána⟧ ⟦c8|said⟧ ⟦q8|the closures followed “a comprehensive review of policing needs” and that response times would be monitored closely⟧.

⟦s9|The Garda Representative Association⟧, which represents rank-and-file members, ⟦c9|said⟧ ⟦q9|its members had not been consulted⟧. ⟦s10|Its general secretary, Declan Furlong,⟧ ⟦c10|said⟧ ⟦q10|gardaí in some districts were already covering areas “the size of a small county”⟧.

In Ballinacurra, Co Limerick, one of the towns affected, ⟦s11|locals⟧ ⟦c11|said⟧ ⟦q11|the station had been open only two mornings a week for the past five years⟧. ⟦q12|“Sure it was closed already, in fairness,”⟧ ⟦c12|said⟧ ⟦s12|publican Noreen Hartigan⟧. ⟦q12|“The sergeant used to have his tea here. We’ll miss him more than the station.”⟧

A Fianna Fáil motion calling for a moratorium on closures will be debated next week. ⟦n3|Government sources expect it to be defeated comfortably⟧.
""",
    [
        Item(1, "Micheál Ó Broin", titles=("Taoiseach",)),
        Item(2, "Micheál Ó Broin"),
        Item(3, "Pádraig Mac Giolla", titles=("Sinn Féin TD",)),
        Item(4, "Pádraig Mac Giolla"),
        Item(5, "Micheál Ó Broin"),
        Item(6, "Gráinne Fitzmaurice", titles=("Tánaiste",), chain=(("RTÉ’s Morning Ireland", "told"),)),
        Item(7, "Gráinne Fitzmaurice"),
        Item(8, "An Garda Síochána", "statement"),
        Item(9, "The Garda Representative Association"),
        Item(10, "Declan Furlong", titles=("Its general secretary",)),
        Item(11, "locals", anonymous=True),
        Item(12, "Noreen Hartigan", titles=("publican",)),
        Item(13, "Micheál Ó Broin"),
    ],
    {1: "headline", 3: "non_reporting"},
)

STATEMENT = Article(
    "ns5-business-statement",
    "business story: a statement quoted before its speaker is named ('..., the statement read'), 'In a filing, the company said', a union's response after a colon, a quotation split twice, 'according to people familiar'",
    """\
⟦n1|Harlow & Finch to shut Midlands bakery, 280 jobs at risk⟧

⟦q1|“After a long and careful review, we have concluded that the Tipton site can no longer compete,”⟧ the statement ⟦c1|read⟧. ⟦q1|“This is a very difficult day for everyone who works there.”⟧

It was issued on Wednesday morning by ⟦s2|Harlow & Finch⟧, the maker of ⟦n2|“Sunny Side”⟧ crumpets and own-label bread for two of the big supermarkets, which ⟦c2|said⟧ ⟦q2|it would close its Tipton bakery by the end of March⟧, putting 280 jobs at risk.

In a filing to the stock exchange, ⟦s3|the company⟧ ⟦c3|said⟧ ⟦q3|that the plant needed £40m of investment it could not justify while supermarkets were cutting the prices they pay for bread⟧.

⟦s4|The Bakers’ Union⟧ ⟦c4|was scathing⟧: ⟦q4|“Harlow & Finch made £23m last year. This is not a company fighting for survival. This is a company choosing profit over people.”⟧

⟦s5|The union’s regional officer, Kwame Asante,⟧ ⟦c5|said⟧ ⟦q5|many of the workers had been at the site for more than twenty years⟧. ⟦q6|“Some of them,”⟧ ⟦s6|he⟧ ⟦c6|said⟧, ⟦q6|“started on the night shift straight from school. Their parents worked there. And now,”⟧ he went on, ⟦q6|“they find out from a press release.”⟧

⟦c7|According to⟧ ⟦s7|people familiar with the decision⟧, ⟦q7|production will move to the company’s larger bakery in Wakefield⟧. ⟦s8|Harlow & Finch⟧ ⟦c8|confirmed⟧ ⟦q8|that some staff would be offered jobs there⟧ but ⟦n3|would not say how many⟧.

⟦s9|⟦s10|Sandwell Council leader Imran Qadir⟧⟧ ⟦c9|called⟧ ⟦q9|the closure “a hammer blow”⟧ and ⟦c10|said⟧ ⟦q10|the council would work with the company to find a buyer for the site⟧.

Outside the bakery gates on Wednesday afternoon, workers finishing the early shift were still taking in the news. ⟦q11|“Twenty-six years I’ve been here,”⟧ ⟦c11|said⟧ ⟦s11|one⟧, who gave her name only as Pauline. ⟦q11|“I found out on my phone in the canteen.”⟧

Shares in Harlow & Finch rose 6 per cent. ⟦s12|Analysts at Peel Hunt⟧ ⟦c12|said⟧ in a note ⟦q12|that the closure would save about £9m a year⟧. ⟦n4|They had expected the company to cut capacity this year⟧.

The bakery opened in 1958 and once employed more than 900 people. Its tall chimney, painted with the slogan ⟦n5|“Baked in Tipton”⟧, is a local landmark.

⟦s13|The company⟧ ⟦c13|said⟧ ⟦q13|consultation with staff would begin next week⟧.
""",
    [
        Item(1, "Harlow & Finch", "statement"),
        Item(2, "Harlow & Finch", "statement"),
        Item(3, "Harlow & Finch"),
        Item(4, "The Bakers’ Union"),
        Item(5, "Kwame Asante", titles=("The union’s regional officer",)),
        Item(6, "Kwame Asante"),
        Item(7, "people familiar with the decision", "according_to", anonymous=True),
        Item(8, "Harlow & Finch"),
        Item(9, "Imran Qadir", titles=("Sandwell Council leader",)),
        Item(10, "Imran Qadir"),
        Item(11, "Pauline"),
        Item(12, "Analysts at Peel Hunt", "wrote", anonymous=True),
        Item(13, "Harlow & Finch"),
    ],
    {1: "headline", 2: "title", 3: "refusal", 4: "non_reporting", 5: "slogan"},
)

ARTICLES = [LETTERS, PRESSER, IRELAND, STATEMENT]
