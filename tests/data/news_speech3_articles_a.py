"""Articles 1-10 of the third news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech3 import Article, Item

EARNINGS = Article(
    "ns3-earnings-call",
    "business: earnings call, straight double quotes, inversion, statement",
    """\
⟦n1|Harbourline chief says "worst of the cost squeeze" is over⟧

By Tamsin Okafor

Harbourline Foods, the maker of frozen meals and snacks, reported a smaller loss than expected for the third quarter on Thursday, and ⟦s1|its chief executive⟧ ⟦c1|told⟧ analysts on a call ⟦q1|that the company had "turned the corner" on ingredient costs⟧.

⟦q2|"We spent two years absorbing price rises that we didn't pass on to shoppers,"⟧ ⟦s2|Devika Raman⟧, who has led the company since 2021, ⟦c2|said⟧ on the call. ⟦q2|"That's over. Margins are coming back, and they're coming back faster than we told you in May."⟧

⟦q3|Revenue rose 4 per cent to $1.31 billion⟧, ⟦c3|according to⟧ ⟦s3|the company's filing⟧, while the net loss narrowed to $18 million from $52 million a year earlier.

⟦s4|Ms Raman⟧ ⟦c4|said⟧ ⟦q4|the frozen division, which makes the Supper Club range, had been the "weak spot" for most of the year but was now growing again⟧.

Analysts pressed her on the price cuts announced last month by its rival Corvell. ⟦c14|Asked⟧ ⟦q14|whether Harbourline would match them⟧, ⟦s5|she⟧ ⟦c5|said⟧: ⟦q5|"We'll look at it aisle by aisle. We're not going to start a price war we can't finish."⟧

⟦s6|The chief financial officer, Leon Marsh⟧, ⟦c6|told⟧ the call ⟦q6|the company expected full-year sales of between $5.1 billion and $5.3 billion, slightly above its earlier forecast⟧.

⟦q7|"The guidance is deliberately conservative,"⟧ ⟦s7|Mr Marsh⟧ ⟦c7|said⟧. ⟦q7|"There's a lot of noise in the grocery channel right now, and we'd rather under-promise."⟧

Shares rose 6 per cent in early trading. ⟦q8|"It was a cleaner quarter than we've seen in a while,"⟧ ⟦c8|wrote⟧ ⟦s8|Priya Lindqvist⟧, an analyst at Brookfarrow Securities, in a note to clients.

Not everyone was convinced. ⟦s9|Another analyst, Gareth Oduya of Pellman & Co⟧, ⟦c9|said⟧ ⟦q9|the recovery depended on "a customer who is still trading down" and that Harbourline had yet to show it could win back shoppers who had switched to supermarket own brands⟧.

⟦s10|Ms Raman⟧ also ⟦c10|said⟧ ⟦q10|that the company would close its plant in Wexley, Ohio, by the end of next year, affecting about 240 workers⟧. ⟦s11|A union representing workers at the plant, Food and Allied Workers Local 88⟧, ⟦c11|said⟧ in a statement ⟦q11|that its members had been "blindsided" by the announcement⟧.

⟦q12|"Nobody from management picked up the phone,"⟧ ⟦s12|the statement⟧ ⟦c12|said⟧. ⟦q12|"Our members found out from a news alert."⟧

⟦s13|Harbourline⟧ ⟦c13|said⟧ ⟦q13|it would offer every worker a transfer to its plants in Indiana and Tennessee, with relocation costs paid⟧. The company's shares have fallen by about a third since January, when it cut its dividend for the first time in its history.
""",
    [
        Item(1, "Devika Raman"),
        Item(2, "Devika Raman"),
        Item(3, "Harbourline Foods", "according_to"),
        Item(4, "Devika Raman"),
        Item(5, "Devika Raman"),
        Item(6, "Leon Marsh", titles=("chief financial officer",)),
        Item(7, "Leon Marsh"),
        Item(8, "Priya Lindqvist", "wrote", titles=("an analyst at Brookfarrow Securities",)),
        Item(9, "Gareth Oduya"),
        Item(10, "Devika Raman"),
        Item(11, "Food and Allied Workers Local 88", "statement"),
        Item(12, "Food and Allied Workers Local 88", "statement"),
        Item(13, "Harbourline Foods"),
        Item(14, "analysts", anonymous=True),
    ],
    {1: "headline"},
)

LAUNCH = Article(
    "ns3-product-launch",
    "tech: product launch, curly doubles, colon introduction, according to, title of a work",
    """\
Lumora unveils its first folding headset

SAN JOSE — Lumora, the start-up that makes the ⟦n1|“Halo”⟧ smart glasses, showed off a folding virtual reality headset on Tuesday that weighs about as much as a can of soda.

Onstage at the company's developer conference, ⟦s1|its co-founder, Ines Carvalho⟧, ⟦c1|put it bluntly⟧: ⟦q1|“Nobody wants to wear a brick on their face. We built the thing we wanted to wear on a train.”⟧

⟦q2|The device, called the Halo Fold, will go on sale in March for $899⟧, ⟦c2|according to⟧ ⟦s2|a company spokesman⟧, ⟦q2|and ships with a battery pack that clips to a belt⟧.

⟦q3|“The hard part wasn’t the screens,”⟧ ⟦s3|Ms Carvalho⟧ ⟦c3|told⟧ reporters after the keynote. ⟦q3|“It was the hinge. We went through forty-one hinges. I have a drawer of them at home.”⟧

Early reviewers were cautiously impressed. ⟦s4|Marcus Feld, who writes the newsletter ⟦n2|“Display Matters”⟧⟧, ⟦c4|said⟧ ⟦q4|the picture was sharper than on any headset he had tried at the price, but that the fit was “a little loose for anyone with a small head.”⟧

Lumora has struggled to turn attention into sales. ⟦q5|The company sold about 60,000 pairs of Halo glasses last year⟧, ⟦c5|according to⟧ ⟦s5|two people with knowledge of its figures⟧, far short of the 250,000 it had forecast to investors.

Asked about the shortfall, ⟦s6|Ms Carvalho⟧ ⟦c6|said⟧ ⟦q6|the glasses had been “a first draft”⟧. ⟦q7|“We learned what people will and won’t put up with,”⟧ ⟦s7|she⟧ ⟦c7|said⟧. ⟦q7|“They won’t put up with a cable. They won’t put up with a fan you can hear.”⟧

The company also announced a partnership with the video service Strandline, whose chief content officer, Bo Adeyemi, joined Ms Carvalho onstage. ⟦s9|He⟧ ⟦c9|said⟧ ⟦q9|Strandline would release twelve films shot for headsets next year, including a nature series filmed in the Patagonian ice fields⟧. ⟦q8|“This is the first screen where the audience can turn around,”⟧ ⟦c8|said⟧ ⟦s8|Mr Adeyemi⟧.

Not all the news was good for developers. ⟦s11|Lumora⟧ ⟦c11|said⟧ ⟦q11|that it would take a 25 per cent cut of sales in its app store, up from 20 per cent⟧, a change ⟦s12|one developer in the audience⟧ ⟦c12|called⟧ ⟦q12|“a tax on the people who made this platform worth buying.”⟧

A spokeswoman for Lumora ⟦n4|declined to comment on the developer’s remarks⟧. The company’s shares, which trade in Frankfurt, closed 3 per cent higher.

⟦n3|Lumora’s Halo Fold headset on display at the company’s conference in San Jose. Photo: Lumora⟧
""",
    [
        Item(1, "Ines Carvalho", titles=("its co-founder",)),
        Item(2, "a company spokesman", "according_to", anonymous=True),
        Item(3, "Ines Carvalho"),
        Item(4, "Marcus Feld"),
        Item(5, "two people with knowledge of its figures", "according_to", anonymous=True),
        Item(6, "Ines Carvalho"),
        Item(7, "Ines Carvalho"),
        Item(8, "Bo Adeyemi"),
        Item(9, "Bo Adeyemi"),
        Item(11, "Lumora"),
        Item(12, "one developer in the audience", anonymous=True),
    ],
    {1: "title", 2: "title", 3: "caption", 4: "refusal"},
)

FLOOD = Article(
    "ns3-flood",
    "weather/disaster: officials and survivors, straight single quotes with apostrophes, split twice",
    """\
⟦n1|'It came in like a train': river town counts the cost⟧

Residents of Bellmoor were allowed back into the flooded centre of the town on Sunday, three days after the River Teal burst its banks and forced the evacuation of more than 2,000 people.

⟦q1|'We've lived here since the '90s and we've never seen anything like it,'⟧ ⟦c1|said⟧ ⟦s1|Aileen O'Brien⟧, 71, standing in the doorway of her terraced house on Mill Lane, where the water had reached the light switches. ⟦q1|'The whole kitchen's gone. The piano's gone. My grandchildren's photographs are in a skip.'⟧

The county's chief fire officer, ⟦s2|Rob Kettering⟧, ⟦c2|said⟧ ⟦q2|crews had carried out 140 rescues, most of them from upstairs windows, and that two people were still in hospital⟧.

⟦q3|'We had boats going up streets that normally have buses on them,'⟧ ⟦s3|he⟧ ⟦c3|said⟧. ⟦q3|'I want to thank the volunteers from the rowing club, who were out before we were.'⟧

⟦s4|The Environment Agency⟧ ⟦c4|said⟧ ⟦q4|the Teal had risen 4.2 metres in eighteen hours, a record for the gauge at Bellmoor bridge⟧. ⟦s5|A spokeswoman for the agency⟧ ⟦c5|said⟧ ⟦q5|flood defences completed in 2019 had 'done what they were designed to do' but had been 'overtopped by a volume of water nobody modelled.'⟧

Not everyone accepted that. ⟦q6|'They told us the wall was good for a hundred years,'⟧ ⟦c6|said⟧ ⟦s6|Dev Sandhu⟧, who runs a bicycle shop on the high street. ⟦q6|'It lasted five. Somebody ought to explain that to the people who can't get insurance now.'⟧

The town's MP, ⟦s7|Harriet Colquhoun⟧, ⟦c7|said⟧ ⟦q7|she had written to the environment secretary asking for an independent review of the defences⟧. ⟦q8|'The residents' questions deserve answers, not a press release,'⟧ ⟦s8|she⟧ ⟦c8|told⟧ a public meeting at the leisure centre on Saturday night.

At the meeting, ⟦s9|Ms Colquhoun⟧ ⟦c9|promised⟧ ⟦q9|that the government's flood recovery grant of £500 per household would be paid 'within the fortnight'⟧. Some in the hall were not impressed. ⟦q10|'Five hundred quid,'⟧ ⟦s10|one man⟧ ⟦c10|shouted⟧ from the back. ⟦q10|'That won't buy a fridge.'⟧

⟦s11|The Met Office⟧ ⟦c11|warned⟧ ⟦q11|that more heavy rain was expected on Wednesday⟧, though ⟦s12|forecasters⟧ ⟦c12|said⟧ ⟦q12|river levels should keep falling⟧.

For the O'Briens, the clean-up has barely begun. ⟦q13|'We'll stay,'⟧ ⟦c13|said⟧ ⟦s13|Mrs O'Brien's son, Declan⟧, who drove up from Bristol. ⟦q13|'Mum's not leaving. She says the house has seen worse, and she's probably right — it was here before the bridge was.'⟧

⟦s14|⟦s15|The council⟧⟧ ⟦c14|has asked⟧ ⟦q14|residents not to drink tap water until further notice⟧ and ⟦c15|said⟧ ⟦q15|that skips would be placed on every affected street by Tuesday⟧.
""",
    [
        Item(1, "Aileen O'Brien"),
        Item(2, "Rob Kettering", titles=("The county's chief fire officer",)),
        Item(3, "Rob Kettering"),
        Item(4, "Environment Agency"),
        Item(5, "a spokeswoman for the Environment Agency", anonymous=True),
        Item(6, "Dev Sandhu"),
        Item(7, "Harriet Colquhoun", titles=("The town's MP",)),
        Item(8, "Harriet Colquhoun"),
        Item(9, "Harriet Colquhoun"),
        Item(10, "one man", anonymous=True),
        Item(11, "Met Office"),
        Item(12, "forecasters", anonymous=True),
        Item(13, "Declan O'Brien", titles=("Mrs O'Brien's son",)),
        Item(14, "the council"),
        Item(15, "the council"),
    ],
    {1: "headline"},
)

HEALTH = Article(
    "ns3-health-study",
    "health: a study's authors wrote, doctors and patients, ellipses and square brackets",
    """\
Daily walk halves risk of second heart attack, study suggests

⟦q14|Heart attack survivors who walked for at least thirty minutes a day were about half as likely to have a second attack within five years as those who did not⟧, ⟦c14|according to⟧ ⟦s14|a study of 11,000 patients in Denmark and Scotland⟧ published on Wednesday.

⟦q1|“The effect was larger than we expected and held up in every age group we looked at,”⟧ ⟦s1|the study’s authors⟧ ⟦c1|wrote⟧ in the European Journal of Cardiac Rehabilitation. ⟦q1|“Walking is cheap, available to almost everyone and, on this evidence, badly underused.”⟧

The researchers, led by ⟦s2|Dr Henrike Lund⟧ of Aarhus University Hospital, ⟦c2|cautioned⟧ ⟦q2|that the study was observational and could not prove that walking itself caused the difference⟧. ⟦q3|People who walk more may also eat better or smoke less⟧, ⟦s3|she⟧ ⟦c3|said⟧ in an interview.

⟦q4|“We adjusted for everything we could measure,”⟧ ⟦s4|Dr Lund⟧ ⟦c4|said⟧. ⟦q4|“But I would be lying if I told you we measured everything.”⟧

Cardiologists not involved in the research welcomed it. ⟦s5|Dr Samuel Achterberg⟧, a consultant at St Columba’s Hospital in Glasgow, ⟦c5|said⟧ ⟦q5|the findings matched what he saw in clinic⟧. ⟦q6|“The patients who do well are the ones who get out of the chair,”⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|“The ones who don’t . . . well, I see them again.”⟧

Rehabilitation programmes are patchy, however. ⟦q7|Fewer than four in ten eligible patients in Britain start a cardiac rehabilitation course⟧, ⟦c7|according to⟧ ⟦s7|the British Cardiovascular Society⟧, ⟦q7|and many courses have waiting lists of several months⟧.

⟦s8|Maureen Tully⟧, 64, who had a heart attack in 2022, ⟦c8|said⟧ ⟦q8|she had waited eleven weeks for a place⟧. ⟦q9|“By the time they called me I’d already got myself walking round the park with my sister,”⟧ ⟦s9|she⟧ ⟦c9|said⟧. ⟦q9|“Nobody told me to. I was just scared to sit still.”⟧

In a statement, ⟦s10|the society’s president, Professor Anil Verma⟧, ⟦c10|said⟧: ⟦q10|“This study should end any argument about whether rehabilitation is a luxury. [Health boards] that treat it as optional are costing lives . . . and money.”⟧

⟦s11|The Department of Health⟧ ⟦c11|said⟧ ⟦q11|it was investing £30 million to cut waiting times for rehabilitation and that every patient should be offered a place within four weeks by 2027⟧.

⟦s12|Dr Lund⟧ ⟦c12|said⟧ ⟦q12|her team was now recruiting for a trial in which half the patients would be given step counters and weekly phone calls⟧. The trial, which the team hopes will settle the question, is expected to report in 2029.

⟦q13|“Until then,”⟧ ⟦s13|she⟧ ⟦c13|said⟧, ⟦q13|“I’d tell any patient: walk. It will not hurt you, and it may well save you.”⟧
""",
    [
        Item(1, "the study’s authors", "wrote", anonymous=True),
        Item(2, "Henrike Lund"),
        Item(3, "Henrike Lund"),
        Item(4, "Henrike Lund"),
        Item(5, "Samuel Achterberg", titles=("a consultant at St Columba’s Hospital in Glasgow",)),
        Item(6, "Samuel Achterberg"),
        Item(7, "British Cardiovascular Society", "according_to"),
        Item(8, "Maureen Tully"),
        Item(9, "Maureen Tully"),
        Item(10, "Anil Verma", "statement", titles=("the society’s president",)),
        Item(11, "Department of Health"),
        Item(12, "Henrike Lund"),
        Item(13, "Henrike Lund"),
        Item(14, "the study’s authors", "according_to", anonymous=True),
    ],
)

SCHOOLS = Article(
    "ns3-school-board",
    "education: UK style curly singles with nested doubles, colon introductions, reported speech without that",
    """\
⟦n1|Parents’ fury over ‘four-day week’ plan for Ashcombe schools⟧

Parents packed a school hall in Ashcombe on Monday night to hear the county council defend plans to close three primary schools on Fridays from September to save money.

⟦s1|The council’s cabinet member for education, Gwen Pryce-Howell⟧, ⟦c1|told⟧ the meeting ⟦q1|the authority faced a £14 million shortfall and had ‘run out of painless options’⟧.

⟦q2|‘I did not come into politics to do this,’⟧ ⟦s2|she⟧ ⟦c2|said⟧. ⟦q2|‘But when the auditor tells you, and I quote, “you will be insolvent by March,” you do not get to pick the cuts you like.’⟧

⟦s3|The head teacher of Ashcombe Hill Primary, Tomasz Nowicki⟧, ⟦c3|said⟧ ⟦q3|he had learned of the plan from a parent’s post on social media⟧. ⟦q4|‘We are the ones who will have to look those children in the eye,’⟧ ⟦s4|he⟧ ⟦c4|said⟧.

One mother, ⟦s5|Keisha Boateng⟧, who has two children at the school, ⟦c5|said⟧: ⟦q5|‘I work Fridays. Everybody in this room works Fridays. Who does the council think is going to have my kids, the dog?’⟧

The ⟦n2|‘Friday plan’⟧, as it has become known, was drawn up after ⟦s13|the council’s finance director⟧ ⟦c13|warned⟧ in July ⟦q13|that its reserves would run out within two years⟧.

⟦q6|The National Education Union would ballot its members over the proposals⟧, ⟦c6|said⟧ ⟦s6|its regional secretary, Alun Rees⟧, who ⟦c7|called⟧ the plan ⟦q7|‘an experiment on children that no other council in England has been reckless enough to try’⟧.

⟦s8|Ms Pryce-Howell⟧ ⟦c8|insisted⟧ ⟦q8|pupils would receive the same number of teaching hours, with longer days from Monday to Thursday⟧. ⟦s9|She⟧ ⟦c9|said⟧ ⟦q9|that free holiday clubs would run on Fridays for children whose parents could not take the day off⟧.

That did not satisfy Mr Nowicki. ⟦q10|‘A holiday club is not a school,’⟧ ⟦s10|he⟧ ⟦c10|said⟧. ⟦q10|‘Ask any child.’⟧

⟦s11|The Department for Education⟧ ⟦c11|said⟧ ⟦q11|it was ‘aware of the proposals’ and would discuss them with the council⟧. ⟦s12|A spokesman⟧ ⟦c12|added⟧: ⟦q12|‘Schools must provide a full-time education. We will be seeking assurances that these plans meet that requirement.’⟧

The consultation closes on 30 June. The council’s cabinet will make a final decision in July.
""",
    [
        Item(1, "Gwen Pryce-Howell", titles=("The council’s cabinet member for education",)),
        Item(2, "Gwen Pryce-Howell"),
        Item(3, "Tomasz Nowicki", titles=("The head teacher of Ashcombe Hill Primary",)),
        Item(4, "Tomasz Nowicki"),
        Item(5, "Keisha Boateng", titles=("One mother",)),
        Item(6, "Alun Rees", titles=("its regional secretary",)),
        Item(7, "Alun Rees"),
        Item(8, "Gwen Pryce-Howell"),
        Item(9, "Gwen Pryce-Howell"),
        Item(10, "Tomasz Nowicki"),
        Item(11, "Department for Education"),
        Item(12, "a spokesman for the Department for Education", anonymous=True),
        Item(13, "the council’s finance director", anonymous=True),
    ],
    {1: "headline", 2: "scare_quotes"},
)

STRIKE = Article(
    "ns3-rail-strike",
    "transport strike: union against employer statements, said X inversion, reported speech without that",
    """\
Rail strike to go ahead after last-ditch talks collapse

Train drivers on the Northern Crescent network will strike for 48 hours from Thursday after talks between their union and the operator broke down late on Monday, leaving about 400,000 daily passengers to find other ways to travel.

⟦s1|The drivers’ union, Aslef-North⟧, ⟦c1|said⟧ ⟦q1|the operator had tabled "the same insulting offer with a new cover page"⟧. ⟦q2|"Our members have not had a pay rise that kept up with prices since 2020,"⟧ ⟦c2|said⟧ ⟦s2|the union's general secretary, Carl Whitlock⟧. ⟦q2|"They are not asking for the moon. They are asking to stand still."⟧

⟦s3|Crescent Rail⟧ ⟦c3|said⟧ in a statement ⟦q3|that its offer of 4.5 per cent this year and 3 per cent next was "fair and affordable" and that the union had walked out of talks "with a deal on the table."⟧

⟦q4|"We're deeply disappointed,"⟧ ⟦s4|the operator's managing director, Fiona Lachlan⟧, ⟦c4|said⟧ in a video posted to the company's social media accounts. ⟦q4|"Passengers should check before they travel, and where they can, they should work from home."⟧

⟦s6|Ms Lachlan⟧ ⟦c6|said⟧ ⟦q6|about one train in five would run on the main lines, mostly driven by managers, and none at all on the branch lines to Ravensby and Holm⟧.

The union disputed that figure. ⟦q7|"Managers driving trains is a safety issue, not a timetable,"⟧ ⟦s7|Mr Whitlock⟧ ⟦c7|told⟧ the Evening Courier. ⟦q7|"I wouldn't put my family on one."⟧

Passengers at Ravensby station on Monday evening were resigned. ⟦s9|Nadia Ferreira⟧, a nurse who commutes to the city's general hospital, ⟦c9|said⟧ ⟦q9|she would be sleeping on a friend's sofa for two nights⟧. ⟦q10|"I support them, I do,"⟧ ⟦s10|she⟧ ⟦c10|said⟧ of the drivers. ⟦q10|"But I can't strike from an operating theatre."⟧

⟦s11|Business groups⟧ ⟦c11|urged⟧ ⟦q11|both sides to return to talks⟧. ⟦q12|"Every strike day costs the region's economy somewhere north of £10 million,"⟧ ⟦c12|said⟧ ⟦s12|Hamish Dunlop⟧, the chief executive of the Northern Chamber of Commerce. ⟦q12|"Hospitality takes the biggest hit, and it's the sector least able to bear it."⟧

⟦s13|⟦s14|The transport minister, Rosalind Achebe⟧⟧, ⟦c13|said⟧ ⟦q13|the government would not intervene in what she called "a dispute between an employer and its staff"⟧ but ⟦c14|urged⟧ ⟦q14|the union to put the offer to its members⟧.

⟦s15|The conciliation service Acas⟧ ⟦c15|said⟧ ⟦q15|it remained available to both parties⟧.

Aslef-North ⟦n1|has not ruled out further walkouts⟧ in the new year.
""",
    [
        Item(1, "Aslef-North"),
        Item(2, "Carl Whitlock", titles=("the union's general secretary",)),
        Item(3, "Crescent Rail", "statement"),
        Item(4, "Fiona Lachlan", titles=("the operator's managing director",)),
        Item(6, "Fiona Lachlan"),
        Item(7, "Carl Whitlock", chain=(("Evening Courier", "told"),)),
        Item(9, "Nadia Ferreira", titles=("a nurse who commutes to the city's general hospital",)),
        Item(10, "Nadia Ferreira"),
        Item(11, "Business groups", anonymous=True),
        Item(12, "Hamish Dunlop", titles=("the chief executive of the Northern Chamber of Commerce",)),
        Item(13, "Rosalind Achebe", titles=("The transport minister",)),
        Item(14, "Rosalind Achebe"),
        Item(15, "Acas"),
    ],
    {1: "non_reporting"},
)

FOREIGN = Article(
    "ns3-translated",
    "foreign news: guillemets, through an interpreter, according to a translation, state media relay",
    """\
Opposition leader freed after nine months in detention

TBILMARA — ⟦s1|The opposition leader Davit Orbeliani⟧ walked out of a prison on the outskirts of the capital on Friday, nine months after he was arrested at a rally, and ⟦c1|told⟧ his supporters waiting at the gate ⟦q1|that he had "not changed his mind about anything."⟧

⟦q2|«Ils voulaient me faire taire»⟧, ⟦c2|said⟧ ⟦s2|Mr Orbeliani⟧, 58, who studied in Lyon and spoke to French reporters in their own language. ⟦q2|«Ils ont seulement réussi à me faire maigrir.»⟧ — They wanted to shut me up; they only managed to make me thinner.

⟦s3|He⟧ later ⟦c3|told⟧ a local broadcaster, Rustavi Nine, ⟦q3|that he would stand in next year's presidential election⟧, according to a translation provided by his party. ⟦q5|"The people will decide whether I am a criminal,"⟧ ⟦s5|he⟧ ⟦c5|said⟧. ⟦q5|"Not a judge who was appointed by the man I am running against."⟧

⟦s6|The government⟧ ⟦c6|said⟧ ⟦q6|his release was the result of a routine parole hearing and "not a political decision of any kind."⟧ ⟦s7|The justice minister, Levan Gelashvili⟧, ⟦c7|said⟧ through an interpreter at a news conference ⟦q7|that Mr Orbeliani's conviction for organising an unlawful assembly still stood⟧.

⟦q8|«La loi est la même pour tous»⟧, ⟦c8|said⟧ ⟦s8|the minister⟧, who answered three questions before leaving the room.

⟦s9|Western governments⟧ had ⟦c9|called⟧ repeatedly ⟦q9|for his release⟧. ⟦s10|A spokesman for the European Commission⟧ ⟦c10|said⟧ ⟦q10|it "welcomed" the decision but remained concerned about "the broader climate for political freedoms" in the country⟧.

⟦q11|Mr Orbeliani had lost about twenty kilograms in prison⟧, ⟦c11|according to⟧ ⟦s11|⟦s12|his wife, Nino⟧⟧, who ⟦c12|said⟧ ⟦q12|he had been refused treatment for a stomach ulcer for several months⟧. The prison service ⟦n1|did not respond to a request for comment⟧.

⟦s13|State television⟧ ⟦c13|reported⟧ ⟦q13|that President Zurab Kavtaradze had told his cabinet the release showed "the strength, not the weakness" of the country's courts⟧.

Outside the prison gates, ⟦s14|a retired teacher who gave her name only as Tamar⟧ ⟦c14|said⟧ ⟦q14|she had come every Friday since March⟧. ⟦q15|"Today I came to take him home,"⟧ ⟦s15|she⟧ ⟦c15|told⟧ a reporter through an interpreter. ⟦q15|"Next Friday I will sleep."⟧

⟦s16|Mr Orbeliani's party⟧ ⟦c16|said⟧ ⟦q16|it would hold its first rally since his arrest in the capital's Freedom Square on Sunday⟧.
""",
    [
        Item(1, "Davit Orbeliani"),
        Item(2, "Davit Orbeliani"),
        Item(3, "Davit Orbeliani", chain=(("Rustavi Nine", "told"),)),
        Item(5, "Davit Orbeliani"),
        Item(6, "the government", anonymous=True),
        Item(7, "Levan Gelashvili", titles=("The justice minister",)),
        Item(8, "Levan Gelashvili"),
        Item(9, "Western governments", anonymous=True),
        Item(10, "a spokesman for the European Commission", anonymous=True),
        Item(11, "Nino Orbeliani", "according_to", titles=("his wife",)),
        Item(12, "Nino Orbeliani"),
        Item(13, "State television"),
        Item(14, "a retired teacher who gave her name only as Tamar", anonymous=True),
        Item(15, "a retired teacher who gave her name only as Tamar", anonymous=True),
        Item(16, "Orbeliani's party"),
    ],
    {1: "refusal"},
)

RED_CARPET = Article(
    "ns3-red-carpet",
    "entertainment: red carpet, told the magazine, straight doubles, quotes in parentheses, film titles",
    """\
Stars turn out for premiere of ⟦n1|"The Lantern Keepers"⟧

LONDON — Rain did not stop a few thousand fans from lining Leicester Square on Wednesday night for the premiere of ⟦n2|"The Lantern Keepers,"⟧ the fantasy epic that has already broken box office records in Asia.

⟦q1|"I've done a lot of these and I still get nervous,"⟧ ⟦s1|Saoirse Delaney⟧, who plays the warrior queen Imra, ⟦c1|said⟧ on the red carpet. ⟦q1|"You spend two years inside a story and then you hand it to strangers. It's like sending your kid to school."⟧

⟦s2|Delaney⟧, 29, ⟦c2|told⟧ Premiere magazine last month ⟦q2|that she had done most of her own stunts, including a fall from a horse that left her with two cracked ribs⟧. Asked about it on Wednesday, ⟦s4|she⟧ ⟦c4|laughed⟧: ⟦q4|"The horse was fine. The horse has a great agent."⟧

Her co-star ⟦s5|Kwame Asante-Rowe⟧ ⟦c5|said⟧ ⟦q5|the cast had become "a family, a slightly dysfunctional one" during eight months of filming in New Zealand⟧. (⟦q6|"We had a group chat called 'Mud Survivors,'"⟧ ⟦s6|he⟧ ⟦c6|added⟧. ⟦q6|"It's still going. It's mostly pictures of sheep."⟧)

The film's director, ⟦s7|Hollis Brennan⟧, ⟦c7|said⟧ ⟦q7|he had resisted pressure from the studio to cut the running time, which stands at just under three hours⟧. ⟦q8|"Nobody complains that a good meal is too long,"⟧ ⟦s8|he⟧ ⟦c8|told⟧ reporters.

Not everyone on the carpet was there for the film. ⟦s9|The singer Lottie Marr⟧, whose song ⟦n3|"Burning Low"⟧ plays over the closing credits, ⟦c9|said⟧ ⟦q9|she had not yet seen the finished film⟧. ⟦q10|"I've seen the last four minutes about nine hundred times,"⟧ ⟦s10|she⟧ ⟦c10|said⟧. ⟦q10|"So I know how it ends."⟧

Fans had queued since the early morning. ⟦s11|Priya Mandal⟧, 17, who travelled from Leicester with her mother, ⟦c11|said⟧ ⟦q11|she had read all six of the books the film is based on⟧ (⟦q12|"twice, some of them three times"⟧, ⟦s12|she⟧ ⟦c12|said⟧).

The author of the books, ⟦s13|Margarethe Voss⟧, did not walk the carpet but ⟦c13|said⟧ in a statement ⟦q13|that she was "thrilled beyond words" with the adaptation⟧.

⟦q14|The film cost about $240 million to make⟧, ⟦c14|according to⟧ ⟦s14|the trade publication Screen Daily⟧. It opens in cinemas in Britain and the United States on Friday.
""",
    [
        Item(1, "Saoirse Delaney"),
        Item(2, "Saoirse Delaney", chain=(("Premiere", "told"),)),
        Item(4, "Saoirse Delaney"),
        Item(5, "Kwame Asante-Rowe"),
        Item(6, "Kwame Asante-Rowe"),
        Item(7, "Hollis Brennan", titles=("The film's director",)),
        Item(8, "Hollis Brennan"),
        Item(9, "Lottie Marr", titles=("The singer",)),
        Item(10, "Lottie Marr"),
        Item(11, "Priya Mandal"),
        Item(12, "Priya Mandal"),
        Item(13, "Margarethe Voss", "statement", titles=("The author of the books",)),
        Item(14, "Screen Daily", "according_to"),
    ],
    {1: "title", 2: "title", 3: "title"},
)

RELIGION = Article(
    "ns3-religion",
    "religion: a sermon quoted in block quotes on their own lines, a bishop's letter, reported speech",
    """\
Bishop tells congregations to open church halls as warm spaces

⟦s13|The Bishop of Carrowmore⟧ ⟦c13|has asked⟧ ⟦q13|every parish in the diocese to open its church hall as a warm space for at least two days a week this winter⟧, in a pastoral letter read out at services on Sunday.

⟦q1|“Many of our neighbours will choose this winter between heating and eating,”⟧ ⟦s1|Bishop Eamonn Tierney⟧ ⟦c1|wrote⟧. ⟦q1|“We have buildings. We have kettles. We have no excuse.”⟧

⟦s2|The letter⟧ ⟦c2|said⟧ ⟦q2|that parishes which could not afford the extra heating costs should apply to a diocesan fund set up with £250,000 from the sale of a former convent⟧.

At St Brigid’s in Carrowmore, where the bishop preached at the morning Mass, he went further. ⟦s3|He⟧ ⟦c3|told⟧ the congregation:

⟦q3|“It is not enough to pray for the cold. The Gospel does not say, I was hungry and you thought about me. It says you gave me food. It says you took me in.

“If your hall is locked on a Tuesday afternoon while an old man sits in his coat in a flat on the other side of the road, then the hall is not a church hall. It is a storeroom.”⟧

After the service ⟦s4|parishioners⟧ ⟦c4|said⟧ ⟦q4|they supported the plan⟧, though ⟦s5|some⟧ ⟦c5|wondered aloud⟧ ⟦q5|who would do the work⟧. ⟦q6|“It’s the same twelve of us who do everything,”⟧ ⟦c6|said⟧ ⟦s6|Bernadette Quinlan⟧, who has run the parish tea rota for nineteen years. ⟦q6|“We’ll do it, of course we will. But a few new faces wouldn’t hurt.”⟧

⟦s7|The parish priest of St Brigid’s, Father Kieran Moloney⟧, ⟦c7|said⟧ ⟦q7|the hall would open on Tuesdays and Thursdays from 1 December, with soup provided by a local café⟧. ⟦s8|He⟧ ⟦c8|said⟧ ⟦q8|volunteers would need a basic safeguarding check, which the diocese had promised to pay for⟧.

⟦s9|Other churches in the town⟧ ⟦c9|said⟧ ⟦q9|they would join in⟧. ⟦s10|The minister of Carrowmore Presbyterian Church, the Reverend Alison Greer⟧, ⟦c10|said⟧:

⟦q10|“Warmth doesn’t have a denomination. If somebody comes through our door and wants a cup of tea and a chat, nobody is going to ask them which church they were baptised in.”⟧

The scheme drew praise from ⟦s11|the charity Age Concern Carrowmore⟧, which ⟦c11|said⟧ ⟦q11|that loneliness was “as dangerous as the cold” for many of the older people it works with⟧.

⟦s12|The diocese⟧ ⟦c12|said⟧ ⟦q12|a list of open halls would be published on its website and in parish newsletters from next week⟧.
""",
    [
        Item(1, "Eamonn Tierney", "wrote"),
        Item(2, "Eamonn Tierney", "letter"),
        Item(3, "Eamonn Tierney"),
        Item(4, "parishioners", anonymous=True),
        Item(5, "some parishioners", anonymous=True),
        Item(6, "Bernadette Quinlan"),
        Item(7, "Kieran Moloney", titles=("The parish priest of St Brigid’s",)),
        Item(8, "Kieran Moloney"),
        Item(9, "Other churches in the town", anonymous=True),
        Item(10, "Alison Greer", titles=("The minister of Carrowmore Presbyterian Church",)),
        Item(11, "Age Concern Carrowmore"),
        Item(12, "Diocese of Carrowmore"),
        Item(13, "Eamonn Tierney", "letter", titles=("The Bishop of Carrowmore",)),
    ],
)

ENVIRONMENT = Article(
    "ns3-environment",
    "environment: a quotation split twice, said-X inversions, reported speech with and without that, nickname",
    """\
Beavers return to the Wendle valley after 400 years

Six beavers were released into a fenced stretch of the River Wendle on Thursday, the first to live wild in the valley since the 1600s, in a project its backers hope will cut flooding in villages downstream.

⟦q1|“They are the best engineers we have,”⟧ ⟦c1|said⟧ ⟦s1|Dr Ruth Okonkwo⟧, the ecologist who leads the project for the Wendle Valley Trust, ⟦q1|“and unlike the ones we pay, they work weekends.”⟧ ⟦q1|“They don’t even ask for overtime.”⟧

The animals, two adult pairs and two yearlings, came from a population in Tayside. ⟦s2|Dr Okonkwo⟧ ⟦c2|said⟧ ⟦q2|their dams would hold back water in the upper valley during storms and release it slowly, and that similar projects in Devon had cut peak flows by as much as a third⟧.

Farmers are less sure. ⟦s3|Gordon Pike⟧, who farms 300 acres on the valley floor, ⟦c3|said⟧ ⟦q3|he had nothing against beavers “in principle”⟧. ⟦q4|“In practice,”⟧ ⟦s4|he⟧ ⟦c4|said⟧, ⟦q4|“I’ve seen what they did to a friend’s orchard in Perthshire. He lost forty trees in a winter. Who pays for that?”⟧

⟦s5|The trust⟧ ⟦c5|says⟧ ⟦q5|a compensation scheme will cover any damage to crops or trees on neighbouring land⟧, and ⟦s6|its chairman, Sir Nigel Ashdown⟧, ⟦c6|promised⟧ ⟦q6|that no farmer would be “a penny out of pocket.”⟧

⟦s7|The National Farmers’ Union⟧ ⟦c7|said⟧ ⟦q7|it would be watching closely⟧. ⟦q8|“Our members are not against nature recovery,”⟧ ⟦c8|said⟧ ⟦s8|Hannah Strick⟧, the union’s regional adviser. ⟦q8|“They are against being the last to be asked about it.”⟧

Locals have already given the largest male a name: ⟦n1|“Big Len”⟧, after a much-loved former landlord of the village pub. ⟦q9|“He’d have liked that,”⟧ ⟦c9|said⟧ ⟦s9|the pub’s current landlady, Sue Marriner⟧. ⟦q9|“Len was always building something he hadn’t got permission for.”⟧

⟦s10|Natural England⟧, which licensed the release, ⟦c10|said⟧ ⟦q10|the beavers would be monitored with cameras and radio tags for five years⟧. ⟦q11|“If they leave the enclosure, we have a plan,”⟧ ⟦s11|a spokesman⟧ ⟦c11|said⟧, without saying what the plan was.

⟦s12|The environment minister, Delyth Rowlands⟧, who attended the release, ⟦c12|said⟧ ⟦q12|the government wanted to see more projects like it⟧. ⟦s13|She⟧ ⟦c13|told⟧ reporters ⟦q13|ministers would publish a national beaver strategy “within months” that would set out where wild releases could go ahead⟧.

⟦q14|“Thirty years ago this would have been unthinkable,”⟧ ⟦s14|she⟧ ⟦c14|said⟧. ⟦q14|“Now the question is not whether, but where.”⟧
""",
    [
        Item(1, "Ruth Okonkwo", titles=("the ecologist who leads the project for the Wendle Valley Trust",)),
        Item(2, "Ruth Okonkwo"),
        Item(3, "Gordon Pike"),
        Item(4, "Gordon Pike"),
        Item(5, "Wendle Valley Trust"),
        Item(6, "Nigel Ashdown", titles=("its chairman",)),
        Item(7, "National Farmers’ Union"),
        Item(8, "Hannah Strick", titles=("the union’s regional adviser",)),
        Item(9, "Sue Marriner", titles=("the pub’s current landlady",)),
        Item(10, "Natural England"),
        Item(11, "a spokesman for Natural England", anonymous=True),
        Item(12, "Delyth Rowlands", titles=("The environment minister",)),
        Item(13, "Delyth Rowlands"),
        Item(14, "Delyth Rowlands"),
    ],
    {1: "nickname"},
)

ARTICLES = [EARNINGS, LAUNCH, FLOOD, HEALTH, SCHOOLS, STRIKE, FOREIGN, RED_CARPET, RELIGION, ENVIRONMENT]
