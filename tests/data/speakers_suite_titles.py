"""The speakers suite, part 2 of 4: titles, organisation descriptors, role mentions and documents (all invented).

See ``make_speakers_suite.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
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
]
