"""The third unseen-speakers set: invented news articles written before the speaker rules were read again.

Every name, place, outlet and event is invented. The set was written as a held-out check of the speaker
stage (issue 11): pronouns across paragraphs with two or three people of the same gender, "she" after a
man's quotation that names a woman, a relative described before being named ("Her husband said ..." ...
"The husband, X, ..."), "he said: ..." right after another man is named, hyphenated and particle surnames,
honorifics and peers, names with initials, appositive titles before the name, long descriptions, organisations
and their statements, groups, anonymous sources, a speaker named on the line after a teaser, and a
transcript. Chains are left trivial (the speaker alone) except for the transcript's interview. See
``make_speakers_unseen3.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_QUAY = A(
    "quay-flats",
    "local",
    ("teaser_line", "appositive_title", "org_statement", "groups", "bare_surname", "pronoun"),
    "Quayside flats approved despite flood fears\n\n"
    "Plans for 140 flats on the old fish quay at Penhallow were approved by Carrick Vale Council on Wednesday "
    "night, after a four-hour meeting and a protest outside the town hall.\n\n"
    "The local MP, Aurelia Thorncastle, said the scheme was “the wrong building in the wrong place” and urged "
    "ministers to call it in. “Every winter the quay floods, and every winter we are told it is a one-off,” she "
    "said.\n\n"
    "SEE ALSO: Lifeboat crew rescue two from capsized dinghy\n"
    "Perpetua Nakashima-Rowe, who has lived on the quay for 31 years, said the water had come over the wall six "
    "times since 2019. “They are building bedrooms where I keep sandbags,” she said.\n\n"
    "Residents said the developer's flood model used figures from before the new sea wall at Trevose was built. "
    "A group of them handed a petition with 2,300 names to councillors before the vote.\n\n"
    "The developer, Kestle Homes, said the ground floor of every block would be car parking and that no one "
    "would sleep below the level of the 2014 flood. Its planning director, Gideon Ashworth-Pryce, told the "
    "committee the company had “listened and changed the design three times.”\n\n"
    "In a statement after the vote, the council said the application met national flood guidance and that the "
    "Environment Agency had not objected. It said the developer would pay 1.2 million pounds towards the town's "
    "flood defences.\n\n"
    "Thorncastle said she would write to the housing secretary on Thursday. “This is not over,” she said.\n\n"
    "Councillor Bryn Tallack, who chairs the planning committee, said he understood the anger but that the "
    "council could not refuse a scheme on grounds its own experts did not support. “If we lose the appeal, the "
    "town pays the costs,” he said.\n\n"
    "The quay was used by the town's fishing fleet until 1987 and has been a car park since. The first flats "
    "could be finished by the spring of 2028, and the developer has promised that a quarter of them will be "
    "sold at a discount to people who already live in the parish.",
    [
        Q(
            "the scheme was “the wrong building in the wrong place”",
            "Aurelia Thorncastle",
            "Aurelia Thorncastle",
            at="Aurelia Thorncastle, said",
            classes=("appositive_title",),
        ),
        Q(
            "“Every winter the quay floods, and every winter we are told it is a one-off,”",
            "she",
            "Aurelia Thorncastle",
        ),
        Q(
            "the water had come over the wall six times since 2019",
            "Perpetua Nakashima-Rowe",
            "Perpetua Nakashima-Rowe",
            at="Perpetua Nakashima-Rowe, who has lived on the quay for 31 years, said",
            classes=("teaser_line",),
        ),
        Q("“They are building bedrooms where I keep sandbags,”", "she", "Perpetua Nakashima-Rowe"),
        Q(
            "the developer's flood model used figures from before the new sea wall at Trevose was built",
            "Residents",
            "residents",
            anonymous=True,
            classes=("groups",),
        ),
        Q(
            "the ground floor of every block would be car parking and that no one would sleep below the level of "
            "the 2014 flood",
            "Kestle Homes",
            "Kestle Homes",
            at="Kestle Homes, said",
            classes=("org_statement",),
        ),
        Q(
            "the company had “listened and changed the design three times.”",
            "Gideon Ashworth-Pryce",
            "Gideon Ashworth-Pryce",
            "told",
            at="Gideon Ashworth-Pryce, told",
        ),
        Q(
            "the application met national flood guidance and that the Environment Agency had not objected",
            "the council",
            "Carrick Vale Council",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "the developer would pay 1.2 million pounds towards the town's flood defences",
            "It",
            "Carrick Vale Council",
            how="statement",
            classes=("org_statement",),
        ),
        Q("she would write to the housing secretary on Thursday", "Thorncastle", "Aurelia Thorncastle"),
        Q("“This is not over,”", "she", "Aurelia Thorncastle"),
        Q(
            "he understood the anger but that the council could not refuse a scheme on grounds its own experts did "
            "not support",
            "Bryn Tallack",
            "Bryn Tallack",
            at="Bryn Tallack, who chairs the planning committee, said",
        ),
        Q("“If we lose the appeal, the town pays the costs,”", "he", "Bryn Tallack"),
    ],
    titles={
        "Aurelia Thorncastle": ["The local MP"],
        "Kestle Homes": ["The developer"],
        "Gideon Ashworth-Pryce": ["Its planning director"],
        "Bryn Tallack": ["Councillor"],
    },
)

_INQUEST = A(
    "care-home-inquest",
    "local",
    ("later_named", "shared_gender", "pronoun", "anonymous", "org_statement", "prenominal_title"),
    "Inquest hears of missed checks at care home\n\n"
    "An 88-year-old woman who died after a fall at a care home in Brindle had been left alone for almost two "
    "hours before she was found on the floor of her room.\n\n"
    "Winifred Ashdown broke her hip at Larkfield House in February and died in hospital nine days later. Her "
    "daughter said the family had raised concerns about staffing at the home at least four times in the year "
    "before the fall.\n\n"
    "The daughter, Amira Ashdown-Cole, told the coroner she had visited her mother every Sunday and often found "
    "her call bell out of reach. “I moved it back myself more times than I can count,” she said.\n\n"
    "The home's manager, Rosalind Priddy, said staff had checked on Mrs Ashdown at 2 p.m. and that the next "
    "check had been delayed because two carers were off sick. She said the home had since hired four more carers "
    "and put pressure mats beside every bed.\n\n"
    "Ashdown-Cole shook her head as the manager spoke. Asked by the coroner whether she accepted the account, "
    "she said: “I accept that she believes it.”\n\n"
    "A nurse who worked at the home last winter, and who asked not to be named because she now works for the "
    "same company, told the inquest that night shifts were often run by one trained carer for 30 residents. "
    "“You were always choosing who to let down,” the nurse said.\n\n"
    "Senior coroner Helen Marchbank said she would give her conclusion on Wednesday. She said she wanted to hear "
    "from the regulator first.\n\n"
    "In a written statement, Larkfield's owner, Evercare Living, said it “deeply regretted” Mrs Ashdown's death "
    "and was co-operating fully with the inquest.\n\n"
    "Larkfield House has 46 beds and was rated as requiring improvement by inspectors in 2024. Its owner runs "
    "eleven homes across the county. The inquest continues.",
    [
        Q(
            "the family had raised concerns about staffing at the home at least four times in the year before the fall",
            "Her daughter",
            "Amira Ashdown-Cole",
            classes=("later_named",),
        ),
        Q(
            "she had visited her mother every Sunday and often found her call bell out of reach",
            "Amira Ashdown-Cole",
            "Amira Ashdown-Cole",
            "told",
            at="Amira Ashdown-Cole, told",
        ),
        Q("“I moved it back myself more times than I can count,”", "she", "Amira Ashdown-Cole"),
        Q(
            "staff had checked on Mrs Ashdown at 2 p.m. and that the next check had been delayed because two carers "
            "were off sick",
            "Rosalind Priddy",
            "Rosalind Priddy",
            at="Rosalind Priddy, said",
        ),
        Q(
            "the home had since hired four more carers and put pressure mats beside every bed",
            "She",
            "Rosalind Priddy",
            classes=("shared_gender",),
        ),
        Q("“I accept that she believes it.”", "she", "Amira Ashdown-Cole", classes=("shared_gender",)),
        Q(
            "night shifts were often run by one trained carer for 30 residents",
            "A nurse who worked at the home last winter",
            "a nurse who worked at the home last winter",
            "told",
            at="A nurse who worked at the home last winter, and who asked not to be named because she now works for "
            "the same company, told",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "“You were always choosing who to let down,”",
            "the nurse",
            "a nurse who worked at the home last winter",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q("she would give her conclusion on Wednesday", "Helen Marchbank", "Helen Marchbank"),
        Q("she wanted to hear from the regulator first", "She", "Helen Marchbank"),
        Q(
            "it “deeply regretted” Mrs Ashdown's death and was co-operating fully with the inquest",
            "Evercare Living",
            "Evercare Living",
            at="Evercare Living, said",
            how="statement",
            classes=("org_statement",),
        ),
    ],
    titles={
        "Amira Ashdown-Cole": ["Her daughter"],
        "Rosalind Priddy": ["The home's manager"],
        "Helen Marchbank": ["Senior coroner"],
        "Evercare Living": ["Larkfield's owner"],
    },
)

_CUP = A(
    "cup-semifinal",
    "local",
    ("he_after_other_man", "particle_surname", "bare_surname", "shared_gender", "pronoun", "groups"),
    "Harriers edge into cup final on penalties\n\n"
    "Dunmere Harriers reached their first county cup final in 22 years on Saturday, beating Oldcastle Athletic "
    "4-3 on penalties after a 1-1 draw at Fennick Park.\n\n"
    "Harriers manager Declan O'Dowd said his players had “run out of legs” in extra time but not out of nerve. "
    "He said the shoot-out was the first the club had won since 2009. “I couldn't watch the last two,” he said. "
    "“My assistant told me when it was over.”\n\n"
    "The winning penalty was scored by Callum McCandless, 19, who joined from Oldcastle's academy last summer. "
    "O'Dowd praised the teenager's composure, then added that he had told him to take the fifth kick only an "
    "hour before the match. Asked whether McCandless had volunteered, he said: “No. I volunteered him.”\n\n"
    "McCandless said he had practised the same penalty every day for a month. “I just picked my spot and didn't "
    "look at the keeper,” he said.\n\n"
    "Oldcastle's manager, Ruud van der Laan, said his side had been the better team for 90 minutes. The "
    "Dutchman, who took over in October, said the referee should have sent off the Harriers goalkeeper, Arlo "
    "Fenwick, for handling outside his area in the first half. Fenwick was booked. He said: “It is a red card in "
    "every league I have worked in.”\n\n"
    "Fenwick said he had been inside the area. “The line was under my boot,” he said.\n\n"
    "The county football association said in a statement that it would review the incident. Both managers said "
    "the pitch, which was re-laid in the summer, had been in excellent condition.\n\n"
    "Harriers will play Stannard Rovers in the final at Corbridge on May 3. Stannard beat them 3-0 in the league "
    "in January, and have not lost a cup tie at Corbridge since the ground was rebuilt in 2011.",
    [
        Q(
            "his players had “run out of legs” in extra time but not out of nerve",
            "Declan O'Dowd",
            "Declan O'Dowd",
            classes=("particle_surname",),
        ),
        Q("the shoot-out was the first the club had won since 2009", "He", "Declan O'Dowd"),
        Q(
            ("“I couldn't watch the last two,”", "“My assistant told me when it was over.”"),
            "he",
            "Declan O'Dowd",
        ),
        Q(
            "he had told him to take the fifth kick only an hour before the match",
            "O'Dowd",
            "Declan O'Dowd",
            "added",
            at="O'Dowd praised the teenager's composure, then added",
        ),
        Q("“No. I volunteered him.”", "he", "Declan O'Dowd", classes=("he_after_other_man",)),
        Q("he had practised the same penalty every day for a month", "McCandless", "Callum McCandless"),
        Q("“I just picked my spot and didn't look at the keeper,”", "he", "Callum McCandless"),
        Q(
            "his side had been the better team for 90 minutes",
            "Ruud van der Laan",
            "Ruud van der Laan",
            at="Ruud van der Laan, said",
            classes=("particle_surname", "appositive_title"),
        ),
        Q(
            "the referee should have sent off the Harriers goalkeeper, Arlo Fenwick, for handling outside his area "
            "in the first half",
            "The Dutchman",
            "Ruud van der Laan",
            at="The Dutchman, who took over in October, said",
        ),
        Q(
            "“It is a red card in every league I have worked in.”",
            "He",
            "Ruud van der Laan",
            classes=("he_after_other_man",),
        ),
        Q("he had been inside the area", "Fenwick", "Arlo Fenwick"),
        Q("“The line was under my boot,”", "he", "Arlo Fenwick"),
        Q(
            "it would review the incident",
            "The county football association",
            "county football association",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "the pitch, which was re-laid in the summer, had been in excellent condition",
            "Both managers",
            "both managers",
            classes=("groups",),
        ),
    ],
    titles={
        "Declan O'Dowd": ["Harriers manager"],
        "Ruud van der Laan": ["Oldcastle's manager"],
    },
)

_MINE = A(
    "copper-licence",
    "wire",
    ("particle_surname", "honorific", "documents", "org_statement", "anonymous", "bare_surname"),
    "Regulator refuses Tarrow copper licence\n\n"
    "The mining regulator on Thursday refused a licence for a copper mine in the Tarrow hills, a setback for "
    "Veldt Minerals, which had spent six years and 40 million dollars on the project.\n\n"
    "In a 60-page ruling, the Minerals Board said the company had not shown how it would stop acid water from "
    "the waste heaps reaching the Tarrow river. The ruling, signed by the board's chair, Thandiwe "
    "Okafor-Lindqvist, said the company's water plan relied on “untested assumptions” about rainfall.\n\n"
    "Veldt's chief executive, Marco de la Fuente, said the company was “disappointed but not surprised” and "
    "would appeal. “We have answered every question the board asked, some of them twice,” de la Fuente said in "
    "a call with analysts. He said the appeal could take 18 months.\n\n"
    "The company's largest shareholder, the Kessler Family Trust, said it continued to back the project. Its "
    "managing partner, Sir Anthony Brabazon-Lowe, said: “Good mines are built by people who do not give up at "
    "the first refusal.”\n\n"
    "Environmental groups welcomed the decision. Grace O'Sullivan-Achebe, who leads the Tarrow River Alliance, "
    "said the river supplied drinking water to 80,000 people. “This was never a close call,” she said.\n\n"
    "A government official, who asked not to be named because the minister has not yet commented, said the "
    "ministry would not overrule the board. He said the minister “respects its independence.”\n\n"
    "Shares in Veldt fell 31 percent. Analysts at Corrie & Banks said in a note to clients that the company had "
    "enough cash for about two years. De la Fuente said it would cut 40 jobs at its head office.\n\n"
    "The Tarrow deposit was found in the 1970s but was thought too small to mine until copper prices doubled "
    "after 2020. Veldt, which is listed in Johannesburg and Toronto, has two other projects, both still at the "
    "drilling stage.",
    [
        Q(
            "the company had not shown how it would stop acid water from the waste heaps reaching the Tarrow river",
            "the Minerals Board",
            "Minerals Board",
            how="wrote",
            classes=("documents", "org_statement"),
        ),
        Q(
            "the company's water plan relied on “untested assumptions” about rainfall",
            "The ruling",
            "Thandiwe Okafor-Lindqvist",
            at="The ruling, signed by the board's chair, Thandiwe Okafor-Lindqvist, said",
            how="wrote",
            classes=("documents",),
        ),
        Q(
            "the company was “disappointed but not surprised” and would appeal",
            "Marco de la Fuente",
            "Marco de la Fuente",
            at="Marco de la Fuente, said",
            classes=("particle_surname", "appositive_title"),
        ),
        Q(
            "“We have answered every question the board asked, some of them twice,”",
            "de la Fuente",
            "Marco de la Fuente",
            classes=("particle_surname", "bare_surname"),
        ),
        Q("the appeal could take 18 months", "He", "Marco de la Fuente"),
        Q(
            "it continued to back the project",
            "the Kessler Family Trust",
            "Kessler Family Trust",
            at="the Kessler Family Trust, said",
            classes=("org_statement",),
        ),
        Q(
            "“Good mines are built by people who do not give up at the first refusal.”",
            "Sir Anthony Brabazon-Lowe",
            "Anthony Brabazon-Lowe",
            at="Sir Anthony Brabazon-Lowe, said",
            classes=("honorific",),
        ),
        Q(
            "the river supplied drinking water to 80,000 people",
            "Grace O'Sullivan-Achebe",
            "Grace O'Sullivan-Achebe",
            at="Grace O'Sullivan-Achebe, who leads the Tarrow River Alliance, said",
        ),
        Q("“This was never a close call,”", "she", "Grace O'Sullivan-Achebe"),
        Q(
            "the ministry would not overrule the board",
            "A government official",
            "a government official",
            at="A government official, who asked not to be named because the minister has not yet commented, said",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "the minister “respects its independence.”",
            "He",
            "a government official",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "the company had enough cash for about two years",
            "Analysts at Corrie & Banks",
            "analysts at Corrie & Banks",
            how="wrote",
            anonymous=True,
            classes=("anonymous", "documents"),
        ),
        Q(
            "it would cut 40 jobs at its head office",
            "De la Fuente",
            "Marco de la Fuente",
            classes=("particle_surname", "bare_surname"),
        ),
    ],
    titles={
        "Thandiwe Okafor-Lindqvist": ["the board's chair"],
        "Marco de la Fuente": ["Veldt's chief executive"],
        "Kessler Family Trust": ["The company's largest shareholder"],
        "Anthony Brabazon-Lowe": ["Its managing partner"],
    },
)

_CATHEDRAL = A(
    "cathedral-roof",
    "local",
    ("honorific", "bare_surname", "long_description", "shared_gender", "pronoun"),
    "Cathedral roof appeal passes 5 million pounds\n\n"
    "An appeal to repair the lead roof of St Oswin's Cathedral in Hexley has raised 5.2 million pounds in eight "
    "months, well ahead of its target.\n\n"
    "The Dean of Hexley, the Very Rev. Nathaniel Ogundipe, said the response had been “humbling.” Speaking from "
    "the nave, where buckets still catch rainwater after heavy storms, he said: “People who have never set foot "
    "in this building have sent us money.”\n\n"
    "The appeal is chaired by Dame Philippa Rothwell, the former director of the Wessex Gallery. Dame Philippa "
    "said the largest single gift, 750,000 pounds, had come from a local family who did not want to be named. "
    "She said most donations had been under 50 pounds.\n\n"
    "Lord Featherstonhaugh, whose family has been buried in the cathedral's crypt since the 1600s, gave the first "
    "100,000 pounds. The peer said he had done so “out of guilt as much as faith,” because his ancestors had "
    "stripped the lead from the roof in 1642 to sell for musket balls.\n\n"
    "The cathedral's architect, Isadora Kemp-Whitlock, said the new roof would be made of lead recovered from "
    "other churches. “It is the greenest roof we could give it,” she said. Work will begin in April and take "
    "about three years.\n\n"
    "Not everyone is pleased. The Rev. Martin Oyelowo, vicar of St Barnabas, a parish church two miles away "
    "whose own roof was stripped by thieves in 2022, said smaller churches were “left to rot while the "
    "cathedral gets the headlines.” Oyelowo said his congregation had raised 18,000 pounds in three years.\n\n"
    "Asked about the criticism, Ogundipe said the cathedral would share any surplus with parishes in the "
    "diocese. “We are one church,” he said.\n\n"
    "St Oswin's was begun in 1093 and is the third-largest cathedral in the region. About 180,000 people visit "
    "it each year, and entry has been free since 1998.",
    [
        Q(
            "the response had been “humbling.”",
            "Nathaniel Ogundipe",
            "Nathaniel Ogundipe",
            at="Nathaniel Ogundipe, said",
            classes=("honorific", "appositive_title"),
        ),
        Q(
            "“People who have never set foot in this building have sent us money.”",
            "he",
            "Nathaniel Ogundipe",
        ),
        Q(
            "the largest single gift, 750,000 pounds, had come from a local family who did not want to be named",
            "Dame Philippa",
            "Philippa Rothwell",
            classes=("honorific",),
        ),
        Q("most donations had been under 50 pounds", "She", "Philippa Rothwell"),
        Q(
            "he had done so “out of guilt as much as faith,” because his ancestors had stripped the lead from the "
            "roof in 1642 to sell for musket balls",
            "The peer",
            "Lord Featherstonhaugh",
            classes=("honorific",),
        ),
        Q(
            "the new roof would be made of lead recovered from other churches",
            "Isadora Kemp-Whitlock",
            "Isadora Kemp-Whitlock",
            at="Isadora Kemp-Whitlock, said",
        ),
        Q("“It is the greenest roof we could give it,”", "she", "Isadora Kemp-Whitlock"),
        Q(
            "smaller churches were “left to rot while the cathedral gets the headlines.”",
            "Martin Oyelowo",
            "Martin Oyelowo",
            at="Martin Oyelowo, vicar of St Barnabas, a parish church two miles away whose own roof was stripped by "
            "thieves in 2022, said",
            classes=("honorific", "long_description"),
        ),
        Q("his congregation had raised 18,000 pounds in three years", "Oyelowo", "Martin Oyelowo"),
        Q(
            "the cathedral would share any surplus with parishes in the diocese",
            "Ogundipe",
            "Nathaniel Ogundipe",
            classes=("bare_surname",),
        ),
        Q("“We are one church,”", "he", "Nathaniel Ogundipe", classes=("shared_gender",)),
    ],
    titles={
        "Nathaniel Ogundipe": ["The Dean of Hexley"],
        "Philippa Rothwell": ["the former director of the Wessex Gallery"],
        "Isadora Kemp-Whitlock": ["The cathedral's architect"],
        "Martin Oyelowo": ["vicar of St Barnabas"],
    },
)

_VACCINE = A(
    "malaria-vaccine",
    "wire",
    ("initials", "documents", "anonymous", "shared_gender", "pronoun", "bare_surname"),
    "Malaria vaccine trial shows strong early results\n\n"
    "A new malaria vaccine cut severe cases among young children by 71 percent in its first year, researchers "
    "from the Kessington Institute reported on Wednesday.\n\n"
    "The study, led by T.K. Adebanjo of the institute and published in the journal Tropical Medicine Reports, "
    "followed 6,400 children in three countries. It found that the vaccine worked best when a booster was given "
    "after 12 months.\n\n"
    "Adebanjo, a paediatrician who has worked on malaria for 25 years, said the results were “the best I have "
    "seen in my career” but warned that the second year would be the real test. “Vaccines that look wonderful "
    "at 12 months can fade,” he said.\n\n"
    "His co-author, Dr Ngozi Afolabi-Reyes, said the team had been surprised by how few side effects were "
    "reported. She said the most common was a mild fever lasting a day.\n\n"
    "The World Health Organization's malaria director, Dr J. Pieter Vos, said the agency would review the data "
    "before recommending wider use. He said: “We have been here before, and we will be careful.”\n\n"
    "The vaccine was developed by the Brazilian firm Instituto Caranguejo with money from a charity set up by "
    "the businessman Sir Reginald Otieno-Marsh. A spokeswoman for Instituto Caranguejo said it could make 40 "
    "million doses a year by 2028.\n\n"
    "Some experts urged caution. Prof. A.J. Whitcombe of the University of Lowmarsh, who was not involved in "
    "the study, said the trial had been too small to measure deaths. “A vaccine that prevents fever but not "
    "death is a different story,” Whitcombe said.\n\n"
    "Afolabi-Reyes said the next phase, with 20,000 children, would begin in September.\n\n"
    "Malaria killed about 600,000 people last year, most of them children under five in sub-Saharan Africa. "
    "Two other vaccines are already in use, but supplies have fallen short of demand in most countries.",
    [
        Q(
            "A new malaria vaccine cut severe cases among young children by 71 percent in its first year",
            "researchers from the Kessington Institute",
            "researchers from the Kessington Institute",
            "reported",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "the vaccine worked best when a booster was given after 12 months",
            "It",
            "T.K. Adebanjo",
            "found",
            how="wrote",
            classes=("documents", "initials"),
        ),
        Q(
            "the results were “the best I have seen in my career”",
            "Adebanjo",
            "T.K. Adebanjo",
            at="Adebanjo, a paediatrician who has worked on malaria for 25 years, said",
            classes=("initials", "bare_surname"),
        ),
        Q("“Vaccines that look wonderful at 12 months can fade,”", "he", "T.K. Adebanjo"),
        Q(
            "the team had been surprised by how few side effects were reported",
            "Ngozi Afolabi-Reyes",
            "Ngozi Afolabi-Reyes",
            at="Ngozi Afolabi-Reyes, said",
        ),
        Q("the most common was a mild fever lasting a day", "She", "Ngozi Afolabi-Reyes"),
        Q(
            "the agency would review the data before recommending wider use",
            "J. Pieter Vos",
            "J. Pieter Vos",
            at="J. Pieter Vos, said",
            classes=("initials", "appositive_title"),
        ),
        Q("“We have been here before, and we will be careful.”", "He", "J. Pieter Vos"),
        Q(
            "it could make 40 million doses a year by 2028",
            "A spokeswoman for Instituto Caranguejo",
            "a spokeswoman for Instituto Caranguejo",
            anonymous=True,
            classes=("anonymous", "org_statement"),
        ),
        Q(
            "the trial had been too small to measure deaths",
            "A.J. Whitcombe",
            "A.J. Whitcombe",
            at="A.J. Whitcombe of the University of Lowmarsh, who was not involved in the study, said",
            classes=("initials",),
        ),
        Q(
            "“A vaccine that prevents fever but not death is a different story,”",
            "Whitcombe",
            "A.J. Whitcombe",
        ),
        Q(
            "the next phase, with 20,000 children, would begin in September",
            "Afolabi-Reyes",
            "Ngozi Afolabi-Reyes",
            classes=("bare_surname",),
        ),
    ],
    titles={
        "T.K. Adebanjo": ["a paediatrician who has worked on malaria for 25 years"],
        "Ngozi Afolabi-Reyes": ["His co-author"],
        "J. Pieter Vos": ["The World Health Organization's malaria director"],
    },
)

_PORT = A(
    "port-talks",
    "wire",
    ("honorific", "particle_surname", "org_statement", "groups", "anonymous", "pronoun"),
    "Port talks end without a deal\n\n"
    "Talks on the future of the Qasr al-Bahr container port ended without agreement on Sunday, after three days "
    "of meetings in the capital.\n\n"
    "Sheikh Hamdan bin Rashid al-Mazrouei, the chairman of the port authority, said the two sides were “closer "
    "than they have ever been” but that the question of ownership remained open. Sheikh Hamdan said he expected "
    "a further round in January.\n\n"
    "The foreign investor in the port, the Rotterdam-based Maasgate Holdings, said in a statement it had offered "
    "to cut its stake from 49 percent to 30 percent. Its chief executive, Pieter-Jan van Houten, told reporters "
    "after the meeting: “We have moved a long way. We need to see movement from the other side.”\n\n"
    "Van Houten said the company had invested 600 million dollars in new cranes and a rail link since 2018. He "
    "said it would not walk away from that.\n\n"
    "Dockworkers, who went on strike for two weeks in September over pay, said they had not been consulted. "
    "Their union leader, Yusuf Al-Khatib, said: “Everyone at that table is talking about shares. Nobody is "
    "talking about us.”\n\n"
    "A diplomat from a European country whose ships use the port, who spoke on condition of anonymity, said "
    "both sides wanted a deal before the new shipping season. “Nobody wants to be the one who broke it,” the "
    "diplomat said.\n\n"
    "Sheikh Hamdan, asked about the workers' complaints, said their pay would be part of any agreement. “The "
    "port is its people,” he said.\n\n"
    "Traffic through Qasr al-Bahr rose 12 percent last year, to 3.1 million containers. The port handles about "
    "a fifth of the country's imports, and a second container terminal is due to open there in 2027. The authority "
    "was set up in 1979 and has been run by members of the ruling family ever since. Maasgate bought its stake in "
    "2015.",
    [
        Q(
            "the two sides were “closer than they have ever been” but that the question of ownership remained open",
            "Hamdan bin Rashid al-Mazrouei",
            "Hamdan bin Rashid al-Mazrouei",
            at="Hamdan bin Rashid al-Mazrouei, the chairman of the port authority, said",
            classes=("honorific", "particle_surname"),
        ),
        Q("he expected a further round in January", "Sheikh Hamdan", "Hamdan bin Rashid al-Mazrouei"),
        Q(
            "it had offered to cut its stake from 49 percent to 30 percent",
            "Maasgate Holdings",
            "Maasgate Holdings",
            at="Maasgate Holdings, said",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "“We have moved a long way. We need to see movement from the other side.”",
            "Pieter-Jan van Houten",
            "Pieter-Jan van Houten",
            "told",
            at="Pieter-Jan van Houten, told",
            classes=("particle_surname",),
        ),
        Q(
            "the company had invested 600 million dollars in new cranes and a rail link since 2018",
            "Van Houten",
            "Pieter-Jan van Houten",
            classes=("particle_surname", "bare_surname"),
        ),
        Q("it would not walk away from that", "He", "Pieter-Jan van Houten"),
        Q(
            "they had not been consulted",
            "Dockworkers",
            "dockworkers",
            at="Dockworkers, who went on strike for two weeks in September over pay, said",
            anonymous=True,
            classes=("groups",),
        ),
        Q(
            "“Everyone at that table is talking about shares. Nobody is talking about us.”",
            "Yusuf Al-Khatib",
            "Yusuf Al-Khatib",
            at="Yusuf Al-Khatib, said",
        ),
        Q(
            "both sides wanted a deal before the new shipping season",
            "A diplomat from a European country whose ships use the port",
            "a diplomat from a European country",
            at="A diplomat from a European country whose ships use the port, who spoke on condition of anonymity, said",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "“Nobody wants to be the one who broke it,”",
            "the diplomat",
            "a diplomat from a European country",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "their pay would be part of any agreement",
            "Sheikh Hamdan",
            "Hamdan bin Rashid al-Mazrouei",
            at="Sheikh Hamdan, asked about the workers' complaints, said",
        ),
        Q("“The port is its people,”", "he", "Hamdan bin Rashid al-Mazrouei"),
    ],
    titles={
        "Hamdan bin Rashid al-Mazrouei": ["the chairman of the port authority"],
        "Maasgate Holdings": ["The foreign investor in the port"],
        "Pieter-Jan van Houten": ["Its chief executive"],
        "Yusuf Al-Khatib": ["Their union leader"],
    },
)

ARTICLES_A = [_QUAY, _INQUEST, _CUP, _MINE, _CATHEDRAL, _VACCINE, _PORT]
"""The first half of the set (the second is in ``speakers_unseen3_articles_b.py``)."""
