"""The speakers suite, part one: wire copy and local news (all invented). See ``make_speakers_suite.py``."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "bypass-shops",
        "local",
        ("person_typing", "pronoun"),
        "Bypass leaves Dunmore high street quiet\n\n"
        "DUNMORE — Ysolde Harkin, 58, the owner of a hardware shop on Mill Lane, said takings had fallen by half "
        "since the bypass opened in March. “We're hanging on, but only just,” she said.\n\n"
        "Her neighbour Oriel Maddox, a florist, said she had cut her opening hours. “Nobody walks past any more,” "
        "Maddox said. “You can hear the clock tick.”\n\n"
        "The county council said footfall figures would be published in June.",
        [
            Q(
                "takings had fallen by half since the bypass opened in March",
                "Ysolde Harkin",
                "Ysolde Harkin",
                at="Ysolde Harkin, 58, the owner of a hardware shop on Mill Lane, said",
            ),
            Q("“We're hanging on, but only just,”", "she", "Ysolde Harkin"),
            Q("she had cut her opening hours", "Oriel Maddox", "Oriel Maddox", at="Oriel Maddox, a florist, said"),
            Q(("“Nobody walks past any more,”", "“You can hear the clock tick.”"), "Maddox", "Oriel Maddox"),
            Q(
                "footfall figures would be published in June",
                "The county council",
                "county council",
                classes=("plain",),
            ),
        ],
        titles={
            "Ysolde Harkin": ["the owner of a hardware shop on Mill Lane"],
            "Oriel Maddox": ["Her neighbour", "a florist"],
        },
    ),
    A(
        "ferry-walkout",
        "wire",
        ("person_typing", "bare_surname", "told_outlet"),
        "Ferry crews walk out over rota changes\n\n"
        "PORT AVEN, March 3 (Harbour Wire) - Crews on the Aven ferry walked out on Tuesday over new rotas, the "
        "Maritime Crews Union said.\n\n"
        "The union's regional organiser, Tamsin Oakhurst, told the Aven Echo that talks had collapsed. “They tore "
        "up an agreement we signed in good faith,” Oakhurst said.\n\n"
        "The operator, Estuary Lines, said in a statement that it regretted the disruption. Oakhurst said crews "
        "would return “the day the old rota comes back.”",
        [
            Q(
                "Crews on the Aven ferry walked out on Tuesday over new rotas",
                "the Maritime Crews Union",
                "Maritime Crews Union",
                at="the Maritime Crews Union said",
                classes=("plain",),
            ),
            Q(
                "talks had collapsed",
                "Tamsin Oakhurst",
                "Tamsin Oakhurst",
                "told",
                at="Tamsin Oakhurst, told",
                via=(("Aven Echo", "told"),),
                classes=("person_typing", "told_outlet"),
            ),
            Q(
                "“They tore up an agreement we signed in good faith,”",
                "Oakhurst",
                "Tamsin Oakhurst",
                classes=("bare_surname",),
            ),
            Q(
                "it regretted the disruption",
                "Estuary Lines",
                "Estuary Lines",
                at="Estuary Lines, said",
                how="statement",
                classes=("org_descriptor",),
            ),
            Q(
                "crews would return “the day the old rota comes back.”",
                "Oakhurst",
                "Tamsin Oakhurst",
                classes=("bare_surname",),
            ),
        ],
        titles={"Tamsin Oakhurst": ["The union's regional organiser"], "Estuary Lines": ["The operator"]},
    ),
    A(
        "ledger-trial",
        "local",
        ("nickname", "prenominal_title"),
        "Bookmaker denies laundering charges\n\n"
        "Leonard “Two Ledgers” Pask told a jury on Monday that he had never handled cash for the syndicate. "
        "“I kept the books. That's all I ever did,” Pask said.\n\n"
        "Prosecutor Idris Bellweather said Pask himself had signed the transfers. “The signatures are his,” "
        "Bellweather told the court.\n\nThe trial continues.",
        [
            Q(
                "he had never handled cash for the syndicate",
                "Leonard “Two Ledgers” Pask",
                "Leonard Pask",
                "told",
                at="Leonard “Two Ledgers” Pask told",
                classes=("nickname",),
            ),
            Q("“I kept the books. That's all I ever did,”", "Pask", "Leonard Pask", classes=("nickname",)),
            Q(
                "Pask himself had signed the transfers",
                "Idris Bellweather",
                "Idris Bellweather",
                classes=("prenominal_title",),
            ),
            Q("“The signatures are his,”", "Bellweather", "Idris Bellweather", "told", classes=("prenominal_title",)),
        ],
        titles={"Idris Bellweather": ["Prosecutor"]},
    ),
    A(
        "tin-can-gym",
        "local",
        ("nickname", "bare_surname", "pronoun"),
        "Gym owner backs young fighter\n\n"
        "Marcus “Tin Can” Ebbery has trained boxers in Kettleby for thirty years. He said his newest pupil, Dara "
        "Quill, was the best he had seen. “She hits like a door slamming,” Ebbery said.\n\n"
        "Quill, 19, said she owed everything to the gym. “Tin Can gave me a key when I was fourteen,” she said.",
        [
            Q("his newest pupil, Dara Quill, was the best he had seen", "He", "Marcus Ebbery"),
            Q("“She hits like a door slamming,”", "Ebbery", "Marcus Ebbery"),
            Q("she owed everything to the gym", "Quill", "Dara Quill", at="Quill, 19, said"),
            Q("“Tin Can gave me a key when I was fourteen,”", "she", "Dara Quill"),
        ],
        titles={"Dara Quill": ["his newest pupil"]},
    ),
    A(
        "quay-bakery",
        "local",
        ("shared_surname", "pronoun"),
        "Couple's bakery turns fifty\n\n"
        "Delia and Tom Rourke opened their bakery on Quay Street in 1976. Mrs Rourke said the secret was simple. "
        "“Start at four, and never skip the rye,” she said.\n\n"
        "Mr Rourke, a former firefighter, said he still did the morning deliveries himself. “My knees disagree,” "
        "he said, “but the van knows the way.”",
        [
            Q("the secret was simple", "Mrs Rourke", "Delia Rourke"),
            Q("“Start at four, and never skip the rye,”", "she", "Delia Rourke"),
            Q(
                "he still did the morning deliveries himself",
                "Mr Rourke",
                "Tom Rourke",
                at="Mr Rourke, a former firefighter, said",
            ),
            Q(("“My knees disagree,”", "“but the van knows the way.”"), "he", "Tom Rourke"),
        ],
        titles={"Tom Rourke": ["a former firefighter"]},
    ),
    A(
        "lowfield-farm",
        "wire",
        ("shared_surname", "stacked_titles", "pronoun"),
        "Brother and sister split over farm sale\n\n"
        "NEWBRIDGE — A brother and sister who inherited Lowfield Farm disagree over an offer from a solar "
        "developer. Callum Fenwick, 44, said the family could not afford to refuse. “The numbers don't lie,” he "
        "said.\n\n"
        "His sister, Ingrid Fenwick, a veterinary surgeon, said the land should stay in cattle. “Our grandfather "
        "cleared those fields by hand,” Ms Fenwick said.\n\n"
        "Mr Fenwick said he would abide by the trustees' vote. Ms Fenwick said she would too, “but with a heavy "
        "heart.”",
        [
            Q(
                "the family could not afford to refuse",
                "Callum Fenwick",
                "Callum Fenwick",
                at="Callum Fenwick, 44, said",
            ),
            Q("“The numbers don't lie,”", "he", "Callum Fenwick"),
            Q(
                "the land should stay in cattle",
                "Ingrid Fenwick",
                "Ingrid Fenwick",
                at="Ingrid Fenwick, a veterinary surgeon, said",
            ),
            Q("“Our grandfather cleared those fields by hand,”", "Ms Fenwick", "Ingrid Fenwick"),
            Q("he would abide by the trustees' vote", "Mr Fenwick", "Callum Fenwick"),
            Q("she would too, “but with a heavy heart.”", "Ms Fenwick", "Ingrid Fenwick"),
        ],
        titles={"Ingrid Fenwick": ["His sister", "a veterinary surgeon"]},
    ),
    A(
        "garage-cash",
        "wire",
        ("possessive_gender", "prenominal_title", "pronoun"),
        "Contractor kept cash in daughter's car, court told\n\n"
        "ELMBURY, Sept 12 (Harbour Wire) - Prosecutor Helena Marchetti said the defendant, Rupert Callis, kept the "
        "money in his daughter's car. “He was careful, and he was patient,” she said.\n\n"
        "Callis's lawyer, Jonah Petrakis, said his client denied every charge. “My client's accounts are open to "
        "anyone,” he told reporters.",
        [
            Q(
                "the defendant, Rupert Callis, kept the money in his daughter's car",
                "Helena Marchetti",
                "Helena Marchetti",
            ),
            Q("“He was careful, and he was patient,”", "she", "Helena Marchetti"),
            Q("his client denied every charge", "Jonah Petrakis", "Jonah Petrakis", at="Jonah Petrakis, said"),
            Q("“My client's accounts are open to anyone,”", "he", "Jonah Petrakis", "told"),
        ],
        titles={"Helena Marchetti": ["Prosecutor"], "Jonah Petrakis": ["Callis's lawyer"]},
    ),
    A(
        "flood-sensor",
        "local",
        ("possessive_gender", "prenominal_title", "pronoun"),
        "Pupil's flood sensor wins county prize\n\n"
        "Headteacher Bronwen Tully said a Year 9 pupil, Kofi Mensah, had built a flood sensor in his bedroom. "
        "“Honestly, it works better than the council's,” she said.\n\n"
        "Mensah's father, Samuel Mensah, said his son had always taken things apart. “He dismantled our toaster at "
        "six,” he said.",
        [
            Q(
                "a Year 9 pupil, Kofi Mensah, had built a flood sensor in his bedroom",
                "Bronwen Tully",
                "Bronwen Tully",
            ),
            Q("“Honestly, it works better than the council's,”", "she", "Bronwen Tully"),
            Q("his son had always taken things apart", "Samuel Mensah", "Samuel Mensah", at="Samuel Mensah, said"),
            Q("“He dismantled our toaster at six,”", "he", "Samuel Mensah"),
        ],
        titles={"Bronwen Tully": ["Headteacher"], "Samuel Mensah": ["Mensah's father"]},
    ),
    A(
        "depot-petition",
        "local",
        ("plural_they", "pronoun"),
        "Parents fight bus depot plan\n\n"
        "The Hollins Lane Residents' Association has collected 900 signatures against a proposed bus depot on "
        "Station Road. Two parents, Mia Holt and Reza Qadir, said they had joined the campaign in May. “We walk "
        "past that site twice a day,” they said.\n\n"
        "Northfield Council said on Friday that it would consider the petition. They added that the depot “is "
        "essential to the network” and that no decision had been made. One of the councillors, Gus Ambrose, said "
        "he had sympathy for the parents.",
        [
            Q(
                "they had joined the campaign in May",
                "Mia Holt and Reza Qadir",
                "Mia Holt and Reza Qadir",
                at="Mia Holt and Reza Qadir, said",
            ),
            Q("“We walk past that site twice a day,”", "they", "Mia Holt and Reza Qadir"),
            Q("it would consider the petition", "Northfield Council", "Northfield Council"),
            Q(
                "the depot “is essential to the network” and that no decision had been made",
                "They",
                "Northfield Council",
                "added",
            ),
            Q(
                "he had sympathy for the parents",
                "Gus Ambrose",
                "Gus Ambrose",
                at="Gus Ambrose, said",
                classes=("role_before_after",),
            ),
        ],
        titles={"Mia Holt and Reza Qadir": ["Two parents"], "Gus Ambrose": ["One of the councillors"]},
    ),
    A(
        "vantly-sick-pay",
        "wire",
        ("plural_they", "org_descriptor", "pronoun"),
        "Ride-hailing drivers to get sick pay\n\n"
        "LONDON, May 9 (Harbour Wire) - The ride-hailing firm Vantly will offer sick pay to its drivers from July, "
        "it said on Thursday. The company said the change would cost about 12 million pounds a year.\n\n"
        "Drivers' groups welcomed the move but said it came late. “They waited until a court made them,” said Obi "
        "Nwachukwu, chair of the App Drivers Alliance. Both he and a second organiser, Lise Dormer, said they "
        "would press for holiday pay next.",
        [
            Q("The ride-hailing firm Vantly will offer sick pay to its drivers from July", "it", "Vantly"),
            Q("the change would cost about 12 million pounds a year", "The company", "Vantly"),
            Q("it came late", "Drivers' groups", "Drivers' groups", at="Drivers' groups welcomed the move but said"),
            Q(
                "“They waited until a court made them,”",
                "Obi Nwachukwu",
                "Obi Nwachukwu",
                at="said Obi Nwachukwu",
            ),
            Q(
                "they would press for holiday pay next",
                "Both he and a second organiser, Lise Dormer",
                "Obi Nwachukwu and Lise Dormer",
                at="Both he and a second organiser, Lise Dormer, said",
            ),
        ],
        titles={
            "Vantly": ["ride-hailing firm"],
            "Obi Nwachukwu": ["chair of the App Drivers Alliance"],
            "Obi Nwachukwu and Lise Dormer": ["a second organiser"],
        },
    ),
    A(
        "harbour-appointments",
        "wire",
        ("prenominal_title",),
        "Port authority names new harbour master\n\n"
        "FALMOUTH BAY, June 2 (Harbour Wire) - Commissioner Ana Lucía Restrepo said on Monday that the port would "
        "hire forty pilots. “We have waited too long,” Restrepo said.\n\n"
        "Harbour Master Elias Vantongeren, appointed last week, said dredging would start in autumn. Deputy Chief "
        "Constable Maren Holt said police would patrol the quay during the works.",
        [
            Q(
                "the port would hire forty pilots",
                "Ana Lucía Restrepo",
                "Ana Lucía Restrepo",
                at="Ana Lucía Restrepo said",
            ),
            Q("“We have waited too long,”", "Restrepo", "Ana Lucía Restrepo"),
            Q(
                "dredging would start in autumn",
                "Elias Vantongeren",
                "Elias Vantongeren",
                at="Elias Vantongeren, appointed last week, said",
            ),
            Q("police would patrol the quay during the works", "Maren Holt", "Maren Holt"),
        ],
        titles={
            "Ana Lucía Restrepo": ["Commissioner"],
            "Elias Vantongeren": ["Harbour Master"],
            "Maren Holt": ["Deputy Chief Constable"],
        },
    ),
    A(
        "stand-dispute",
        "local",
        ("prenominal_title", "stacked_titles"),
        "Council and club at odds over new stand\n\n"
        "Alderman Rick Solano said the club's new stand blocked a public footpath. “Rules are rules,” Alderman "
        "Solano said.\n\n"
        "Midfielder Tomi Adeyemi, the club captain, said the players just wanted a home ground. “We train on a car "
        "park,” Adeyemi said. Groundsman Walt Pruitt said the pitch would be ready in August.",
        [
            Q("the club's new stand blocked a public footpath", "Rick Solano", "Rick Solano"),
            Q("“Rules are rules,”", "Alderman Solano", "Rick Solano", at="Alderman Solano said"),
            Q(
                "the players just wanted a home ground",
                "Tomi Adeyemi",
                "Tomi Adeyemi",
                at="Tomi Adeyemi, the club captain, said",
            ),
            Q("“We train on a car park,”", "Adeyemi", "Tomi Adeyemi"),
            Q("the pitch would be ready in August", "Walt Pruitt", "Walt Pruitt"),
        ],
        titles={
            "Rick Solano": ["Alderman"],
            "Tomi Adeyemi": ["Midfielder", "the club captain"],
            "Walt Pruitt": ["Groundsman"],
        },
    ),
    A(
        "church-roof",
        "local",
        ("prenominal_title", "stacked_titles", "pronoun"),
        "Church roof appeal passes target\n\n"
        "The Rev. Canon Hilary Ashdown said the appeal for St Barnabas had raised 210,000 pounds. “Every coin "
        "counted,” she said.\n\n"
        "Retired Staff Sergeant Colm Brady, the church warden, said the lead would go back on in May.",
        [
            Q("the appeal for St Barnabas had raised 210,000 pounds", "Hilary Ashdown", "Hilary Ashdown"),
            Q("“Every coin counted,”", "she", "Hilary Ashdown"),
            Q(
                "the lead would go back on in May",
                "Colm Brady",
                "Colm Brady",
                at="Colm Brady, the church warden, said",
            ),
        ],
        titles={"Hilary Ashdown": ["Canon"], "Colm Brady": ["Staff Sergeant", "the church warden"]},
    ),
    A(
        "book-prize",
        "local",
        ("stacked_titles", "pronoun"),
        "Book prize shortlist announced\n\n"
        "The panel's chair, the novelist Mara Lindqvist, said this year's entries were the strongest in a decade. "
        "“We argued for six hours,” she said.\n\n"
        "The youngest shortlisted author, 23-year-old poet Felix Amara, said he had written most of his collection "
        "on night buses. The prize's founder, the retired publisher Gwen Tallis, said the winner would be named on "
        "4 October.",
        [
            Q(
                "this year's entries were the strongest in a decade",
                "Mara Lindqvist",
                "Mara Lindqvist",
                at="Mara Lindqvist, said",
            ),
            Q("“We argued for six hours,”", "she", "Mara Lindqvist"),
            Q(
                "he had written most of his collection on night buses",
                "Felix Amara",
                "Felix Amara",
                at="Felix Amara, said",
            ),
            Q("the winner would be named on 4 October", "Gwen Tallis", "Gwen Tallis", at="Gwen Tallis, said"),
        ],
        titles={
            "Mara Lindqvist": ["The panel's chair", "the novelist"],
            "Felix Amara": ["The youngest shortlisted author", "poet"],
            "Gwen Tallis": ["The prize's founder", "the retired publisher"],
        },
    ),
    A(
        "lab-closures",
        "wire",
        ("stacked_titles", "role_before_after"),
        "Science minister defends lab closures\n\n"
        "WESTMINSTER, Jan 20 (Harbour Wire) - The minister for science, Dr. Oluwaseun Bajo, a former chemist, said "
        "the two laboratories were “beyond repair.” Her deputy, junior minister Kit Farrant, said staff would be "
        "moved to Norwich. “Nobody loses a job,” Farrant said.",
        [
            Q(
                "the two laboratories were “beyond repair.”",
                "Dr. Oluwaseun Bajo",
                "Oluwaseun Bajo",
                at="Dr. Oluwaseun Bajo, a former chemist, said",
            ),
            Q("staff would be moved to Norwich", "Kit Farrant", "Kit Farrant", at="Kit Farrant, said"),
            Q("“Nobody loses a job,”", "Farrant", "Kit Farrant"),
        ],
        titles={
            "Oluwaseun Bajo": ["The minister for science", "a former chemist"],
            "Kit Farrant": ["Her deputy", "junior minister"],
        },
    ),
    A(
        "canal-locks",
        "local",
        ("org_descriptor", "documents"),
        "Canal trust warns of lock closures\n\n"
        "The Wendle Canal Trust, a heritage charity, said on Tuesday that six locks would close this winter. In a "
        "statement, the trust said repairs would cost 3 million pounds. The statement called the council's funding "
        "offer “a sticking plaster.”\n\n"
        "A spokesman for Wendle Borough Council said the offer was generous.",
        [
            Q(
                "six locks would close this winter",
                "The Wendle Canal Trust",
                "Wendle Canal Trust",
                at="The Wendle Canal Trust, a heritage charity, said",
            ),
            Q("repairs would cost 3 million pounds", "the trust", "Wendle Canal Trust", how="statement"),
            Q(
                "the council's funding offer “a sticking plaster.”",
                "The statement",
                "Wendle Canal Trust",
                "called",
                how="statement",
            ),
            Q(
                "the offer was generous",
                "A spokesman for Wendle Borough Council",
                "a spokesman for Wendle Borough Council",
                anonymous=True,
                classes=("role_before_after",),
            ),
        ],
        titles={"Wendle Canal Trust": ["a heritage charity"]},
    ),
    A(
        "skylark-routes",
        "wire",
        ("org_descriptor", "told_outlet"),
        "Budget airline cuts winter routes\n\n"
        "DUBLIN, Oct 1 (Harbour Wire) - Skylark, the Irish budget carrier, said on Wednesday it would drop eleven "
        "winter routes. The regulator, the Civil Aviation Board, said it had not been consulted.\n\n"
        "The low-cost airline's chief executive, Siobhan Garrity, told the Dublin Courier that fuel costs had "
        "doubled.",
        [
            Q(
                "it would drop eleven winter routes",
                "Skylark",
                "Skylark",
                at="Skylark, the Irish budget carrier, said",
                classes=("org_descriptor",),
            ),
            Q(
                "it had not been consulted",
                "the Civil Aviation Board",
                "Civil Aviation Board",
                at="the Civil Aviation Board, said",
                classes=("org_descriptor",),
            ),
            Q(
                "fuel costs had doubled",
                "Siobhan Garrity",
                "Siobhan Garrity",
                "told",
                at="Siobhan Garrity, told",
                via=(("Dublin Courier", "told"),),
                classes=("told_outlet", "role_before_after"),
            ),
        ],
        titles={
            "Skylark": ["the Irish budget carrier"],
            "Civil Aviation Board": ["The regulator"],
            "Siobhan Garrity": ["The low-cost airline's chief executive"],
        },
    ),
    A(
        "warehouse-fire",
        "local",
        ("role_before_after", "bare_surname"),
        "Warehouse fire: crews at scene overnight\n\n"
        "A fire service spokeswoman said early on Sunday that forty firefighters were at the scene. “The roof has "
        "gone,” the spokeswoman said.\n\n"
        "Later the spokeswoman, Watch Manager Carys Bellamy, said the blaze was under control. Bellamy said "
        "investigators would go in on Monday.",
        [
            Q(
                "forty firefighters were at the scene",
                "A fire service spokeswoman",
                "Carys Bellamy",
                at="A fire service spokeswoman said",
            ),
            Q("“The roof has gone,”", "the spokeswoman", "Carys Bellamy"),
            Q(
                "the blaze was under control",
                "Carys Bellamy",
                "Carys Bellamy",
                at="Carys Bellamy, said",
            ),
            Q("investigators would go in on Monday", "Bellamy", "Carys Bellamy"),
        ],
        titles={"Carys Bellamy": ["A fire service spokeswoman", "Watch Manager"]},
    ),
    A(
        "mill-pay",
        "local",
        ("role_before_after",),
        "Mill workers win pay rise\n\n"
        "Workers at Garside Mills will get a 6 percent rise, a step the firm's chief executive, Noor Salehi, called "
        "“overdue.” The union's shop steward, Len Carrick, said members would vote next week.\n\n"
        "“It paid for my first bicycle,” said his sister, a retired nurse, who worked at the mill in 1979.",
        [
            Q("“overdue.”", "Noor Salehi", "Noor Salehi", "called", at="Noor Salehi, called"),
            Q("members would vote next week", "Len Carrick", "Len Carrick", at="Len Carrick, said"),
            Q("“It paid for my first bicycle,”", "his sister", "Len Carrick's sister"),
        ],
        titles={
            "Noor Salehi": ["the firm's chief executive"],
            "Len Carrick": ["The union's shop steward"],
            "Len Carrick's sister": ["a retired nurse"],
        },
    ),
    A(
        "trust-poll",
        "wire",
        ("documents",),
        "Survey finds trust in local news rising\n\n"
        "EDINBURGH, Nov 3 (Harbour Wire) - A poll by Brightwater Research found that 61 percent of adults trust "
        "their local paper. The survey, published on Monday, showed trust was highest among the over-65s.\n\n"
        "The firm's director, Hamish Oyelaran, said in a release that the figures were “a pleasant surprise.” The "
        "release said a further survey would follow in spring.",
        [
            Q(
                "61 percent of adults trust their local paper",
                "A poll by Brightwater Research",
                "Brightwater Research",
                "found",
                how="statement",
            ),
            Q(
                "trust was highest among the over-65s",
                "The survey",
                "Brightwater Research",
                "showed",
                at="The survey, published on Monday, showed",
                how="statement",
            ),
            Q(
                "the figures were “a pleasant surprise.”",
                "Hamish Oyelaran",
                "Hamish Oyelaran",
                at="Hamish Oyelaran, said",
                how="statement",
            ),
            Q(
                "a further survey would follow in spring",
                "release",
                "Hamish Oyelaran",
                at="release said",
                how="statement",
            ),
        ],
        titles={"Hamish Oyelaran": ["The firm's director"]},
    ),
    A(
        "night-parking",
        "local",
        ("documents", "org_descriptor"),
        "Hospital scraps parking charges for night staff\n\n"
        "The Elmfield Hospital Trust's board voted on Thursday to scrap parking charges for night staff. The "
        "board's decision said the change would take effect on 1 March. The trust's data show that 1,400 staff "
        "work nights.\n\n"
        "The nurses' union, the Allied Care Workers, said the move was “long overdue.”",
        [
            Q(
                "the change would take effect on 1 March",
                "The board's decision",
                "Elmfield Hospital Trust",
                at="The board's decision said",
                how="statement",
                classes=("documents",),
            ),
            Q(
                "1,400 staff work nights",
                "The trust's data",
                "Elmfield Hospital Trust",
                "show",
                how="statement",
                classes=("documents",),
            ),
            Q(
                "the move was “long overdue.”",
                "the Allied Care Workers",
                "Allied Care Workers",
                at="the Allied Care Workers, said",
                classes=("org_descriptor",),
            ),
        ],
        titles={"Allied Care Workers": ["The nurses' union"]},
    ),
    A(
        "crown-pub",
        "local",
        ("told_outlet", "bare_surname"),
        "Landlord refuses brewery's offer for the Crown\n\n"
        "“We're not selling,” Bram Kettle told the Lowestone Herald. “Not this year, not next.”\n\n"
        "Kettle, who has run the Crown for 31 years, said the brewery had offered twice the pub's value. Regulars "
        "said they were relieved. “It's the last pub with a dartboard,” said Wendy Sayer, 71.",
        [
            Q(
                ("“We're not selling,”", "“Not this year, not next.”"),
                "Bram Kettle",
                "Bram Kettle",
                "told",
                via=(("Lowestone Herald", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the brewery had offered twice the pub's value",
                "Kettle",
                "Bram Kettle",
                at="Kettle, who has run the Crown for 31 years, said",
                classes=("bare_surname",),
            ),
            Q("they were relieved", "Regulars", "Regulars", at="Regulars said", classes=("plural_they",)),
            Q("“It's the last pub with a dartboard,”", "Wendy Sayer", "Wendy Sayer", classes=("plain",)),
        ],
    ),
    A(
        "snow-budget",
        "wire",
        ("told_outlet", "prenominal_title"),
        "Mayor says snow budget already spent\n\n"
        "CEDAR FALLS, Dec 14 (Harbour Wire) - Mayor Otis Wendt told KWPX on Tuesday that the city's snow budget was "
        "already spent. “We're borrowing from the pothole fund,” Wendt told the station.\n\n"
        "Council member Ilse Marchbank told the Prairie Ledger she would ask for an audit.",
        [
            Q(
                "the city's snow budget was already spent",
                "Otis Wendt",
                "Otis Wendt",
                "told",
                via=(("KWPX", "told"),),
            ),
            Q("“We're borrowing from the pothole fund,”", "Wendt", "Otis Wendt", "told", via=(("KWPX", "told"),)),
            Q(
                "she would ask for an audit",
                "Ilse Marchbank",
                "Ilse Marchbank",
                "told",
                via=(("Prairie Ledger", "told"),),
            ),
        ],
        titles={"Otis Wendt": ["Mayor"], "Ilse Marchbank": ["Council member"]},
    ),
    A(
        "school-bus",
        "local",
        ("told_outlet", "person_typing"),
        "Parents warn over school bus cut\n\n"
        "Parents in Thornley say a cut to the 44 school bus leaves children walking along an unlit lane. “It's a "
        "matter of time before someone is hurt,” Ffion Garbutt told the Ashby Gleaner.\n\n"
        "The county's transport chief, Declan Oyelowo-Hart, told the Gleaner the route carried only nine pupils. "
        "He said a taxi service would be offered.",
        [
            Q(
                "a cut to the 44 school bus leaves children walking along an unlit lane",
                "Parents in Thornley",
                "Parents in Thornley",
                "say",
                classes=("plural_they",),
            ),
            Q(
                "“It's a matter of time before someone is hurt,”",
                "Ffion Garbutt",
                "Ffion Garbutt",
                "told",
                via=(("Ashby Gleaner", "told"),),
                classes=("told_outlet", "person_typing"),
            ),
            Q(
                "the route carried only nine pupils",
                "Declan Oyelowo-Hart",
                "Declan Oyelowo-Hart",
                "told",
                at="Declan Oyelowo-Hart, told",
                via=(("Ashby Gleaner", "told"),),
                classes=("told_outlet", "role_before_after"),
            ),
            Q("a taxi service would be offered", "He", "Declan Oyelowo-Hart", classes=("pronoun",)),
        ],
        titles={"Declan Oyelowo-Hart": ["The county's transport chief"]},
    ),
]
