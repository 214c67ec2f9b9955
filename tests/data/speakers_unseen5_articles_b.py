"""The fifth unseen-speakers set, part B: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen5.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_INQUEST = A(
    "inquest-cross-country",
    "local",
    ("role_then_name", "documents", "shared_surname", "appositive_title", "pronoun"),
    "Inquest hears pupil who collapsed in race had heart condition\n\n"
    "A 14-year-old boy who collapsed during a school cross-country race had an undiagnosed heart condition, an "
    "inquest has heard.\n\n"
    "Ethan Coldwell, a pupil at Marstone Academy, fell near the finish of the race on the school’s playing "
    "fields in October and died in hospital two days later.\n\n"
    "The coroner said there was nothing the school could have done to detect the condition. “This was a heart "
    "that looked normal on every test that any parent or school would ever ask for,” she said. The senior "
    "coroner for North Brackenshire, Alison Treharne, recorded a narrative conclusion.\n\n"
    "The head teacher told the hearing that staff had reached the boy within a minute and that a defibrillator "
    "had been used. Speaking outside the court afterwards, Marcus Ivey, who has led the academy since 2018, said "
    "the race would not be held again until every pupil had been offered a heart screening. “We owe Ethan’s "
    "family that much,” he said.\n\n"
    "Ethan’s mother, Joanne Coldwell, said in a statement read by the family’s solicitor that her son “ran "
    "everywhere, always, and never walked if he could help it”. “We want every child who runs to be checked,” "
    "the statement said.\n\n"
    "A cardiologist who gave evidence, Dr Sanjay Mehrotra, said the condition affected about one in 500 people. "
    "“Most of them will never know they have it,” he said. “A small number will find out in the worst possible "
    "way.”\n\n"
    "Ethan was a keen runner who had represented the county in cross-country events since he was eleven. "
    "He had passed a routine sports medical in the summer. The condition, a thickening of the heart "
    "muscle, can be detected by a scan but rarely shows on the simpler tests used for most children.\n\n"
    "A fund set up in Ethan’s name has raised £48,000 for screening at schools in the county.",
    [
        Q("there was nothing the school could have done to detect the condition", "The coroner", "Alison Treharne"),
        Q(
            "“This was a heart that looked normal on every test that any parent or school would ever ask for,”",
            "she",
            "Alison Treharne",
        ),
        Q(
            "staff had reached the boy within a minute and that a defibrillator had been used",
            "The head teacher",
            "Marcus Ivey",
            cue="told",
        ),
        Q(
            "the race would not be held again until every pupil had been offered a heart screening",
            "Marcus Ivey",
            "Marcus Ivey",
            at="Marcus Ivey, who has led the academy since 2018, said",
        ),
        Q("“We owe Ethan’s family that much,”", "he", "Marcus Ivey"),
        Q(
            "her son “ran everywhere, always, and never walked if he could help it”",
            "Joanne Coldwell",
            "Joanne Coldwell",
            at="Joanne Coldwell, said",
            how="statement",
            via=(("the family’s solicitor", "reported_by"),),
        ),
        Q(
            "“We want every child who runs to be checked,”",
            "the statement",
            "Joanne Coldwell",
            how="statement",
            via=(("the family’s solicitor", "reported_by"),),
        ),
        Q(
            "the condition affected about one in 500 people",
            "Sanjay Mehrotra",
            "Sanjay Mehrotra",
            at="Sanjay Mehrotra, said",
        ),
        Q(
            (
                "“Most of them will never know they have it,”",
                "“A small number will find out in the worst possible way.”",
            ),
            "he",
            "Sanjay Mehrotra",
        ),
    ],
    {
        "Alison Treharne": ["The senior coroner for North Brackenshire"],
        "Joanne Coldwell": ["Ethan’s mother"],
        "Sanjay Mehrotra": ["A cardiologist who gave evidence"],
    },
)

_DERBY = A(
    "castlemere-late-winner",
    "wire",
    ("role_then_name", "family_first", "less_sure", "appositive_title", "pronoun"),
    "Rain, a red card and a late winner at Castlemere\n\n"
    "Castlemere Athletic beat Rowan Vale 2-1 on Saturday with a goal in the 94th minute from their South Korean "
    "forward, Lee Jae-won, after playing the last half hour with ten men.\n\n"
    "The home side’s manager said afterwards that it was the best his team had played all season. “Ten men, in "
    "that rain, against a team that scored four last week,” he said. “I am proud of every one of them.” Dougie "
    "Farrant, in his second season in charge, was less happy with the referee. “The red card was a joke,” he "
    "said. “Watch it again and tell me where the foul is.”\n\n"
    "Lee, who joined from Suwon in August, said the goal was for his father, who had flown in from Seoul for the "
    "match. “He has never seen me score in England,” Lee said through an interpreter. “Now he has. He can go "
    "home.”\n\n"
    "Rowan Vale’s Japanese midfielder, Ota Kenji — the club uses the Japanese order, family name first — said "
    "his side had been “too polite” with an extra man. Their manager, Siobhan Crean, agreed. “We passed it "
    "sideways for half an hour and waited for something to happen,” she said. “Something happened, to them.”\n\n"
    "Crean said Ota had played well and would start again on Tuesday. The referee, Paul Ashworth, declined to "
    "comment after the match.\n\n"
    "Castlemere’s centre-back, Tom Heslop, was sent off in the 61st minute for a challenge on the Rowan "
    "Vale winger. Rowan Vale had taken the lead through a header from their captain before half-time, and "
    "Castlemere equalised from a penalty ten minutes after the break. The match was played in torrential "
    "rain on a pitch that the groundsman had cleared of standing water twice during the afternoon.\n\n"
    "The win lifts Castlemere to ninth. Rowan Vale stay fourth, two points behind the play-off places.",
    [
        Q(
            "it was the best his team had played all season",
            "The home side’s manager",
            "Dougie Farrant",
            at="The home side’s manager said",
            classes=("role_then_name",),
        ),
        Q(
            (
                "“Ten men, in that rain, against a team that scored four last week,”",
                "“I am proud of every one of them.”",
            ),
            "he",
            "Dougie Farrant",
            classes=("role_then_name",),
        ),
        Q(
            ("“The red card was a joke,”", "“Watch it again and tell me where the foul is.”"),
            "he",
            "Dougie Farrant",
            classes=("less_sure",),
        ),
        Q(
            "the goal was for his father, who had flown in from Seoul for the match",
            "Lee",
            "Lee Jae-won",
            at="Lee, who joined from Suwon in August, said",
            classes=("family_first",),
        ),
        Q(
            ("“He has never seen me score in England,”", "“Now he has. He can go home.”"),
            "Lee",
            "Lee Jae-won",
            classes=("family_first",),
        ),
        Q(
            "his side had been “too polite” with an extra man",
            "Ota Kenji",
            "Ota Kenji",
            at="Ota Kenji — the club uses the Japanese order, family name first — said",
            classes=("family_first",),
        ),
        Q(
            (
                "“We passed it sideways for half an hour and waited for something to happen,”",
                "“Something happened, to them.”",
            ),
            "she",
            "Siobhan Crean",
            classes=("appositive_title",),
        ),
        Q("Ota had played well and would start again on Tuesday", "Crean", "Siobhan Crean", classes=("family_first",)),
    ],
    {
        "Dougie Farrant": ["The home side’s manager"],
        "Lee Jae-won": ["their South Korean forward"],
        "Ota Kenji": ["Rowan Vale’s Japanese midfielder"],
        "Siobhan Crean": ["Their manager"],
    },
)

_CHURCH = A(
    "church-lead",
    "local",
    ("titles_honorific", "appositive_title", "documents", "pronoun"),
    "Lead stolen from church roof for third time in a year\n\n"
    "Thieves have stripped lead from the roof of St Oswin’s Church in Kellingford for the third time in twelve "
    "months, causing damage the parish says it cannot afford to repair.\n\n"
    "The Rev Alison Kerr, the vicar of St Oswin’s, said rain had come through the ceiling of the vestry during "
    "Sunday’s service. “We held a christening with a bucket by the font,” she said. “The baby did not mind. The "
    "insurers will.”\n\n"
    "Det Insp Rhona Galbraith of Northfold Police said officers believed the same gang was responsible for "
    "thefts from four churches in the county since March. “These are not opportunists,” she said. “They bring "
    "scaffolding.” Insp Galbraith appealed for anyone who had seen vehicles near the church at night to contact "
    "the force.\n\n"
    "Cllr Martin Oyelaran, who represents Kellingford on Northfold County Council, said the council would pay for "
    "security lighting. “I was christened in that church,” he said.\n\n"
    "Sir Gerald Pike, chairman of the Northfold Churches Trust, said lead thefts had cost the county’s churches "
    "more than £2m in a decade. The trust’s patron, Dame Patricia Ondaatje, has written to the home secretary. "
    "In the letter, she says the law on scrap metal “is being ignored from one end of the county to the "
    "other”.\n\n"
    "St Oswin’s dates from the 13th century and is a grade I listed building. Its roof was last replaced "
    "in 1887. Churches are a common target for metal thieves because their roofs are high, their grounds "
    "are often dark and their buildings are empty for most of the week. Lead can be sold to scrap dealers "
    "for about £1,500 a tonne.\n\n"
    "Prof Nadia Verhoeven, an expert on church architecture at Carrow University, said replacing lead with steel "
    "would save the roof but change the building. “You would not notice it from the road,” Prof Verhoeven said. "
    "“You would notice it in a hundred years.”",
    [
        Q(
            "rain had come through the ceiling of the vestry during Sunday’s service",
            "Alison Kerr",
            "Alison Kerr",
            at="Alison Kerr, the vicar of St Oswin’s, said",
        ),
        Q(
            ("“We held a christening with a bucket by the font,”", "“The baby did not mind. The insurers will.”"),
            "she",
            "Alison Kerr",
        ),
        Q(
            "officers believed the same gang was responsible for thefts from four churches in the county since March",
            "Rhona Galbraith",
            "Rhona Galbraith",
            at="Rhona Galbraith of Northfold Police said",
        ),
        Q(("“These are not opportunists,”", "“They bring scaffolding.”"), "she", "Rhona Galbraith"),
        Q(
            "the council would pay for security lighting",
            "Martin Oyelaran",
            "Martin Oyelaran",
            at="Martin Oyelaran, who represents Kellingford on Northfold County Council, said",
        ),
        Q("“I was christened in that church,”", "he", "Martin Oyelaran"),
        Q(
            "lead thefts had cost the county’s churches more than £2m in a decade",
            "Gerald Pike",
            "Gerald Pike",
            at="Gerald Pike, chairman of the Northfold Churches Trust, said",
        ),
        Q(
            "the law on scrap metal “is being ignored from one end of the county to the other”",
            "she",
            "Patricia Ondaatje",
            cue="says",
            how="wrote",
            classes=("documents",),
        ),
        Q(
            "replacing lead with steel would save the roof but change the building",
            "Nadia Verhoeven",
            "Nadia Verhoeven",
            at="Nadia Verhoeven, an expert on church architecture at Carrow University, said",
        ),
        Q(
            ("“You would not notice it from the road,”", "“You would notice it in a hundred years.”"),
            "Verhoeven",
            "Nadia Verhoeven",
        ),
    ],
    {
        "Alison Kerr": ["the vicar of St Oswin’s"],
        "Rhona Galbraith": ["Det Insp"],
        "Gerald Pike": ["chairman of the Northfold Churches Trust"],
        "Patricia Ondaatje": ["The trust’s patron"],
        "Nadia Verhoeven": ["an expert on church architecture at Carrow University"],
    },
)

_REVIEW = A(
    "maternity-review",
    "wire",
    ("documents", "anonymous", "appositive_title", "pronoun"),
    "Review finds hospital ignored staffing warnings for two years\n\n"
    "Managers at Dunhallow General Hospital ignored repeated warnings about staffing on its maternity ward, an "
    "independent review published on Thursday has found.\n\n"
    "The review, led by the retired obstetrician Dr Helena Marsh-Odeh, says midwives raised concerns at least 40 "
    "times between 2022 and 2024. “The warnings were clear, specific and frequent,” the report says. “They were "
    "filed, not answered.”\n\n"
    "In a letter to staff on Thursday morning, the trust’s chief executive, Adrian Kettle, wrote that he accepted "
    "every one of the review’s 27 recommendations. “I am sorry,” he wrote. “Sorry is where this starts, not "
    "where it ends.”\n\n"
    "A midwife who has worked on the ward for nine years, and who asked not to be named because she still works "
    "there, said the letter was the first time anyone senior had used the word. “We were told for two years "
    "that we were being negative,” she said.\n\n"
    "A person with knowledge of the trust’s board meetings said two directors had argued in 2023 for closing the "
    "ward to new admissions but were outvoted. Another source, a former manager at the hospital, said the board "
    "had been “frightened of the headlines”.\n\n"
    "Dunhallow General delivers about 4,000 babies a year. The review was commissioned by the health "
    "board after the deaths of two babies on the ward in 2024, and it examined more than 600 incident "
    "reports. It found that the ward had been short of at least three midwives on two shifts in every "
    "three over the period it studied.\n\n"
    "The Royal College of Midwives said the findings were “sadly familiar”. Its regional officer, Bronwen "
    "Tallis, said: “Every one of these reviews says the same thing, and every time we are told lessons will be "
    "learned.”",
    [
        Q(
            "midwives raised concerns at least 40 times between 2022 and 2024",
            "The review",
            "Helena Marsh-Odeh",
            cue="says",
            at="The review, led by the retired obstetrician Dr Helena Marsh-Odeh, says",
            how="wrote",
            classes=("documents",),
        ),
        Q(
            ("“The warnings were clear, specific and frequent,”", "“They were filed, not answered.”"),
            "the report",
            "Helena Marsh-Odeh",
            cue="says",
            how="wrote",
            classes=("documents",),
        ),
        Q(
            "he accepted every one of the review’s 27 recommendations",
            "Adrian Kettle",
            "Adrian Kettle",
            at="Adrian Kettle, wrote",
            cue="wrote",
            how="wrote",
            classes=("appositive_title",),
        ),
        Q(
            ("“I am sorry,”", "“Sorry is where this starts, not where it ends.”"),
            "he",
            "Adrian Kettle",
            cue="wrote",
            how="wrote",
            classes=("appositive_title",),
        ),
        Q(
            "the letter was the first time anyone senior had used the word",
            "A midwife",
            "a midwife who has worked on the ward for nine years",
            anonymous=True,
            at="A midwife who has worked on the ward for nine years, and who asked not to be named because she "
            "still works there, said",
            classes=("anonymous",),
        ),
        Q(
            "“We were told for two years that we were being negative,”",
            "she",
            "a midwife who has worked on the ward for nine years",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "two directors had argued in 2023 for closing the ward to new admissions but were outvoted",
            "A person with knowledge of the trust’s board meetings",
            "a person with knowledge of the trust’s board meetings",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "the board had been “frightened of the headlines”",
            "Another source",
            "a former manager at the hospital",
            anonymous=True,
            at="Another source, a former manager at the hospital, said",
            classes=("anonymous",),
        ),
        Q(
            "the findings were “sadly familiar”",
            "The Royal College of Midwives",
            "Royal College of Midwives",
            classes=("plain",),
        ),
        Q(
            "“Every one of these reviews says the same thing, and every time we are told lessons will be learned.”",
            "Bronwen Tallis",
            "Bronwen Tallis",
            at="Bronwen Tallis, said",
            classes=("appositive_title",),
        ),
    ],
    {
        "Helena Marsh-Odeh": ["the retired obstetrician"],
        "Adrian Kettle": ["the trust’s chief executive"],
        "Bronwen Tallis": ["Its regional officer"],
    },
)

_POST_OFFICE = A(
    "post-office-couple",
    "local",
    ("groups", "shared_surname", "spokesperson", "pronoun"),
    "Couple who ran village post office for 40 years retire\n\n"
    "For forty years, if you wanted a stamp, a pension or the latest news in Upper Wrenford, you went to Ray and "
    "Margaret Hollis.\n\n"
    "On Friday the couple closed the village post office for the last time. “We never had a day off that we did "
    "not spend talking about the shop,” Margaret Hollis said. Her husband laughed. “She talked about it,” he "
    "said. “I listened.”\n\n"
    "The couple said they planned to visit their daughter in Perth, whom they have not seen for six years. “She "
    "has been asking for twenty years,” they said.\n\n"
    "Two of their regular customers, Eileen Sato and Gwen Abernathy, both in their eighties, came to the "
    "closing with flowers. Both women said they did not know where they would collect their pensions now. “The "
    "bus to town is twice a day,” Sato said. “And it does not wait for you.”\n\n"
    "Campaigners have been trying to persuade the Post Office to open a counter in the village pub. They say "
    "more than 300 people have signed a petition. “A village without a post office is a village on the way to "
    "being a car park,” said Nadine Colquhoun, who started the petition.\n\n"
    "Upper Wrenford has about 900 residents. Its primary school closed in 2009 and its last bus to the "
    "county town leaves at four in the afternoon. The post office, a converted cottage on the green, also "
    "sold newspapers, bread and birthday cards. The Hollises bought it in 1985 from Margaret’s uncle, who "
    "had run it for twenty years.\n\n"
    "A Post Office spokesman said it was “exploring options” for a service in the village. The pub’s landlord, "
    "Keith Brannigan, said he had a room ready. “They can have it rent-free,” he said.",
    [
        Q(
            "“We never had a day off that we did not spend talking about the shop,”",
            "Margaret Hollis",
            "Margaret Hollis",
            classes=("shared_surname",),
        ),
        Q(("“She talked about it,”", "“I listened.”"), "he", "Ray Hollis", classes=("shared_surname",)),
        Q(
            "they planned to visit their daughter in Perth, whom they have not seen for six years",
            "The couple",
            "Ray and Margaret Hollis",
            classes=("groups",),
        ),
        Q("“She has been asking for twenty years,”", "they", "Ray and Margaret Hollis", classes=("groups",)),
        Q(
            "they did not know where they would collect their pensions now",
            "Both women",
            "Eileen Sato and Gwen Abernathy",
            classes=("groups",),
        ),
        Q(
            ("“The bus to town is twice a day,”", "“And it does not wait for you.”"),
            "Sato",
            "Eileen Sato",
            classes=("plain",),
        ),
        Q("more than 300 people have signed a petition", "They", "campaigners", cue="say", classes=("groups",)),
        Q(
            "“A village without a post office is a village on the way to being a car park,”",
            "Nadine Colquhoun",
            "Nadine Colquhoun",
            at="said Nadine Colquhoun",
            classes=("plain",),
        ),
        Q(
            "it was “exploring options” for a service in the village",
            "A Post Office spokesman",
            "a spokesman for the Post Office",
            anonymous=True,
            classes=("spokesperson",),
        ),
        Q("he had a room ready", "Keith Brannigan", "Keith Brannigan", at="Keith Brannigan, said", classes=("plain",)),
        Q("“They can have it rent-free,”", "he", "Keith Brannigan", classes=("plain",)),
    ],
    {"Ray Hollis": ["Her husband"], "Keith Brannigan": ["The pub’s landlord"]},
)

_RESERVOIR = A(
    "reservoir-sale",
    "wire",
    ("long_appositive", "shared_surname", "documents", "appositive_title", "pronoun"),
    "Water board deputy breaks ranks over reservoir sale\n\n"
    "Lidia Kovac-Brandt, the mayor’s younger sister and deputy director of the Tarn Valley Water Board, which "
    "supplies 400,000 homes across the valley, said on Monday that the sale of the Orlen reservoir to a private "
    "fund would be “a mistake we pay for every month for fifty years”.\n\n"
    "Her brother, Mayor Stefan Kovac, who has championed the sale since his election in 2022 and who sits on the "
    "board’s oversight committee, said he respected his sister’s view but that the valley could not afford to "
    "keep the reservoir. “Families argue,” he said. “The water bills do not.”\n\n"
    "The fund, Hallam Ridge Infrastructure, whose portfolio includes two ports and a toll bridge in the north, "
    "said in a statement that it would invest £90m in repairs within five years. Its chief executive, Rupert "
    "Ingersoll-Day, a former banker who grew up in the valley, said the reservoir had been “neglected for a "
    "generation”.\n\n"
    "Kovac-Brandt, 51, who has worked for the water board for 26 years and who was passed over for its top job "
    "in 2023, said she was speaking for herself, not for the board. “I know this dam,” she said. “I have walked "
    "every metre of it. I would not sell it to my best friend, and I have never met these people.”\n\n"
    "The Orlen reservoir was built in 1932 and holds about 14 billion litres. An inspection last year "
    "found cracks in the dam’s spillway that will cost at least £60m to repair. The water board, which is "
    "owned by the city and four neighbouring councils, says it cannot borrow the money without raising "
    "bills by a fifth.\n\n"
    "The water board’s director, Amos Lindgren, said the board had no position on the sale. The city council "
    "will vote on it in March.",
    [
        Q(
            "the sale of the Orlen reservoir to a private fund would be “a mistake we pay for every month for fifty "
            "years”",
            "Lidia Kovac-Brandt",
            "Lidia Kovac-Brandt",
            at="Lidia Kovac-Brandt, the mayor’s younger sister and deputy director of the Tarn Valley Water Board, "
            "which supplies 400,000 homes across the valley, said",
            classes=("long_appositive",),
        ),
        Q(
            "he respected his sister’s view but that the valley could not afford to keep the reservoir",
            "Stefan Kovac",
            "Stefan Kovac",
            at="Stefan Kovac, who has championed the sale since his election in 2022 and who sits on the board’s "
            "oversight committee, said",
            classes=("long_appositive", "shared_surname"),
        ),
        Q(("“Families argue,”", "“The water bills do not.”"), "he", "Stefan Kovac", classes=("shared_surname",)),
        Q(
            "it would invest £90m in repairs within five years",
            "Hallam Ridge Infrastructure",
            "Hallam Ridge Infrastructure",
            how="statement",
            at="Hallam Ridge Infrastructure, whose portfolio includes two ports and a toll bridge in the north, said",
            classes=("long_appositive", "documents"),
        ),
        Q(
            "the reservoir had been “neglected for a generation”",
            "Rupert Ingersoll-Day",
            "Rupert Ingersoll-Day",
            at="Rupert Ingersoll-Day, a former banker who grew up in the valley, said",
            classes=("long_appositive",),
        ),
        Q(
            "she was speaking for herself, not for the board",
            "Kovac-Brandt",
            "Lidia Kovac-Brandt",
            at="Kovac-Brandt, 51, who has worked for the water board for 26 years and who was passed over for its "
            "top job in 2023, said",
            classes=("long_appositive",),
        ),
        Q(
            (
                "“I know this dam,”",
                "“I have walked every metre of it. I would not sell it to my best friend, and I "
                "have never met these people.”",
            ),
            "she",
            "Lidia Kovac-Brandt",
            classes=("shared_surname",),
        ),
        Q(
            "the board had no position on the sale",
            "Amos Lindgren",
            "Amos Lindgren",
            at="Amos Lindgren, said",
            classes=("appositive_title",),
        ),
    ],
    {
        "Lidia Kovac-Brandt": ["the mayor’s younger sister", "deputy director of the Tarn Valley Water Board"],
        "Stefan Kovac": ["Her brother", "Mayor"],
        "Rupert Ingersoll-Day": ["Its chief executive", "a former banker"],
        "Amos Lindgren": ["The water board’s director"],
    },
)

_FRAUD = A(
    "charity-treasurer",
    "wire",
    ("two_women_man", "appositive_title", "pronoun"),
    "Former charity treasurer jailed for taking £180,000\n\n"
    "A former charity treasurer who spent £180,000 of donations on holidays and a caravan has been jailed for "
    "three years.\n\n"
    "Graham Tillotson, 58, of Ashcombe, admitted fraud at Northfold Crown Court. Prosecuting, Harriet Osei said "
    "Tillotson had made 214 transfers from the Ashcombe Hospice Friends’ account to his own over six years. “He "
    "treated a hospice’s money as a second salary,” she said.\n\n"
    "Defending, Naveen Rao said his client had been “ashamed every single day” and had sold the caravan to repay "
    "part of the money. “He does not ask for sympathy,” he said. “He asks the court to note that he stopped "
    "before he was caught.”\n\n"
    "The judge, Recorder Miriam Holt, said that was not true. “You stopped because the account was empty,” she "
    "told Tillotson. “The hospice was three weeks from closing its day centre.”\n\n"
    "The charity’s chairwoman, Dorothy Ainsworth, said after the hearing that volunteers had raised the money "
    "again in eighteen months. “People in this town are angrier than I have ever seen them, and more generous,” "
    "she said.\n\n"
    "The hospice, which cares for about 300 patients a year, relies on its Friends group for a quarter of "
    "its income. Tillotson had been the group’s treasurer for eleven years and was a well-known figure in "
    "Ashcombe, where he ran the annual fun run. The thefts were discovered when the hospice asked for "
    "money to replace a minibus and was told there was none.\n\n"
    "Volunteers at the hospice’s three charity shops said they had been asked by customers for months whether "
    "their donations were safe. The hospice has since moved its accounts to a new bank and requires two "
    "signatures for every payment over £500.\n\n"
    "Tillotson, who wept in the dock as the sentence was read, said only: “I am sorry.”",
    [
        Q(
            "Tillotson had made 214 transfers from the Ashcombe Hospice Friends’ account to his own over six years",
            "Harriet Osei",
            "Harriet Osei",
        ),
        Q("“He treated a hospice’s money as a second salary,”", "she", "Harriet Osei"),
        Q(
            "his client had been “ashamed every single day” and had sold the caravan to repay part of the money",
            "Naveen Rao",
            "Naveen Rao",
        ),
        Q(
            ("“He does not ask for sympathy,”", "“He asks the court to note that he stopped before he was caught.”"),
            "he",
            "Naveen Rao",
        ),
        Q("that was not true", "Miriam Holt", "Miriam Holt", at="Miriam Holt, said"),
        Q(
            (
                "“You stopped because the account was empty,”",
                "“The hospice was three weeks from closing its day centre.”",
            ),
            "she",
            "Miriam Holt",
            cue="told",
        ),
        Q(
            "volunteers had raised the money again in eighteen months",
            "Dorothy Ainsworth",
            "Dorothy Ainsworth",
            at="Dorothy Ainsworth, said",
        ),
        Q(
            "“People in this town are angrier than I have ever seen them, and more generous,”",
            "she",
            "Dorothy Ainsworth",
        ),
        Q(
            "“I am sorry.”",
            "Tillotson",
            "Graham Tillotson",
            at="Tillotson, who wept in the dock as the sentence was read, said",
        ),
    ],
    {"Miriam Holt": ["Recorder"], "Dorothy Ainsworth": ["The charity’s chairwoman"]},
)

_LIDO = A(
    "lido-two-voices",
    "qa",
    ("qa_labels", "qa_short", "two_women_man", "pronoun"),
    "Back from the dead: the pair who rebuilt the Seagrave lido\n\n"
    "Noor Haddad and Kirsty Blane spent four years and £1.2m bringing the Seagrave lido back from the dead. The "
    "art deco pool, on the cliffs above the harbour, closed in 2019 after the council said it could no longer "
    "afford to heat it. The two friends, both former lifeguards, formed a charity, raised the money from 6,000 "
    "donors and learned more about Victorian drains than either of them had wanted to. It reopens on Saturday. "
    "They spoke to the Courier between swims.\n\n"
    "Q: Whose idea was it?\n\n"
    "HADDAD: Kirsty’s. She sent me a photo of the empty pool with one word underneath it, and I knew my next "
    "four years were gone.\n\n"
    "BLANE: The word was obviously.\n\n"
    "Q: What was the hardest part?\n\n"
    "BLANE: The pipes. Nobody had drawn them on any plan, so we dug until we found them.\n\n"
    "HADDAD: And the bank. The pipes were easier than the bank.\n\n"
    "The town’s mayor, Peter Dawes, said the council was “thrilled” to see the pool open again and would pay for "
    "a lifeguard on weekdays. “These two did what the council could not,” he said.\n\n"
    "The lido, which opened in 1937, was one of more than 150 built in Britain between the wars. Fewer "
    "than a hundred survive, and about a third of those are open. Seagrave’s is fed by seawater at high "
    "tide and holds two million litres. Its changing rooms have been rebuilt to the original design, down "
    "to the green and cream tiles.\n\n"
    "The charity plans to keep the pool open from May to September and to run swimming lessons for every "
    "primary school in the town. Its volunteers, about 80 of them, will staff the café and the ticket desk.\n\n"
    "Tickets cost £4 for adults and £2 for children.",
    [
        Q(
            "Kirsty’s. She sent me a photo of the empty pool with one word underneath it, and I knew my next four "
            "years were gone.",
            None,
            "Noor Haddad",
            cue=None,
            kind="direct",
        ),
        Q("The word was obviously.", None, "Kirsty Blane", cue=None, kind="direct"),
        Q(
            "The pipes. Nobody had drawn them on any plan, so we dug until we found them.",
            None,
            "Kirsty Blane",
            cue=None,
            kind="direct",
        ),
        Q("And the bank. The pipes were easier than the bank.", None, "Noor Haddad", cue=None, kind="direct"),
        Q(
            "the council was “thrilled” to see the pool open again and would pay for a lifeguard on weekdays",
            "Peter Dawes",
            "Peter Dawes",
            at="Peter Dawes, said",
        ),
        Q("“These two did what the council could not,”", "he", "Peter Dawes"),
    ],
    {"Peter Dawes": ["The town’s mayor"]},
)

ARTICLES_B = [_INQUEST, _DERBY, _CHURCH, _REVIEW, _POST_OFFICE, _RESERVOIR, _FRAUD, _LIDO]
