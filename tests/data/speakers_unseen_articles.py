"""The unseen-speakers set: invented articles for the speaker cases the speakers suite missed (all invented).

Written after a held-out check found gaps the suite did not cover: a relative "who" after a name the
tagger calls an organisation, the addressee of a question or an order answering with a pronoun, an
inner "I" inside a nested quotation, relatives named only by their kin, "they" for an organisation,
and frames ("In an interview with ...", "According to ...") and how far they carry. See
``make_speakers_unseen.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "hospice-appeal",
        "local",
        ("relative_who", "pronoun"),
        "Hospice appeal passes its target\n\n"
        "Wenlock Sorrel, who chairs the Friends of Ashby Hospice, said the appeal had raised 410,000 pounds in six "
        "months. “People gave what they could, and then they gave again,” she said.\n\n"
        "Its treasurer, Idris Pennock, who has kept the books since 2009, said the money would pay for four new "
        "beds. “We had a waiting list every week last winter,” he said.",
        [
            Q(
                "the appeal had raised 410,000 pounds in six months",
                "Wenlock Sorrel",
                "Wenlock Sorrel",
                at="Wenlock Sorrel, who chairs the Friends of Ashby Hospice, said",
            ),
            Q("“People gave what they could, and then they gave again,”", "she", "Wenlock Sorrel"),
            Q(
                "the money would pay for four new beds",
                "Idris Pennock",
                "Idris Pennock",
                at="Idris Pennock, who has kept the books since 2009, said",
            ),
            Q("“We had a waiting list every week last winter,”", "he", "Idris Pennock"),
        ],
        titles={"Idris Pennock": ["Its treasurer"]},
    ),
    A(
        "food-bank",
        "local",
        ("relative_who", "pronoun"),
        "Food bank runs short before winter\n\n"
        "Demand has doubled since January, said Okwuosa Fenner, who runs the Carrow Road food bank. “We are "
        "giving out tins faster than we can collect them,” she said.\n\n"
        "Yusra Ballantyne, who manages the Elm Street clinic next door, said many of her patients now skipped "
        "meals. “I see it in their blood tests,” she said.",
        [
            Q("Demand has doubled since January", "Okwuosa Fenner", "Okwuosa Fenner"),
            Q("“We are giving out tins faster than we can collect them,”", "she", "Okwuosa Fenner"),
            Q(
                "many of her patients now skipped meals",
                "Yusra Ballantyne",
                "Yusra Ballantyne",
                at="Yusra Ballantyne, who manages the Elm Street clinic next door, said",
            ),
            Q("“I see it in their blood tests,”", "she", "Yusra Ballantyne"),
        ],
    ),
    A(
        "braxa-ferry",
        "wire",
        ("relative_who", "pronoun"),
        "Island ferry cuts winter sailings\n\n"
        "BRAXA, Oct 2 (Harbour Wire) - The last winter sailing will leave at four, said Tolliver Quayne, who runs "
        "the Braxa Ferry Company. “The crossing loses money from November to March,” Quayne said.\n\n"
        "Islanders were angry. “We were told nothing,” said Ebba Lindqvist-Rook, who has lived on Braxa for "
        "thirty years. She said she would write to her member of parliament.",
        [
            Q("The last winter sailing will leave at four", "Tolliver Quayne", "Tolliver Quayne"),
            Q("“The crossing loses money from November to March,”", "Quayne", "Tolliver Quayne"),
            Q("“We were told nothing,”", "Ebba Lindqvist-Rook", "Ebba Lindqvist-Rook"),
            Q("she would write to her member of parliament", "She", "Ebba Lindqvist-Rook"),
        ],
    ),
    A(
        "milk-round",
        "local",
        ("relative_who", "told_outlet"),
        "Dairy cooperative ends its milk round\n\n"
        "Marlo Beckenridge, who founded the Tarrow Dairy Cooperative in 1998, told the Tarrow Herald that the "
        "round no longer paid. “I delivered the first pint myself,” Beckenridge said. “I will deliver the last "
        "one too.”\n\n"
        "Customers, who were told by letter, said they would miss it.",
        [
            Q(
                "the round no longer paid",
                "Marlo Beckenridge",
                "Marlo Beckenridge",
                "told",
                at="Marlo Beckenridge, who founded the Tarrow Dairy Cooperative in 1998, told",
                via=(("Tarrow Herald", "told"),),
            ),
            Q(
                ("“I delivered the first pint myself,”", "“I will deliver the last one too.”"),
                "Beckenridge",
                "Marlo Beckenridge",
            ),
            Q(
                "they would miss it",
                "Customers",
                "Customers",
                at="Customers, who were told by letter, said",
                anonymous=True,
                classes=("plain",),
            ),
        ],
    ),
    A(
        "ridge-path",
        "opinion",
        ("addressee", "pronoun"),
        "Notes from the ridge path\n\n"
        "The ridge path has been shut since the storm. I asked the ranger at the visitor centre whether it would "
        "reopen before summer. She said it would not. “The footbridge has to come out first,” she said.\n\n"
        "Later I asked Councillor Daria Pellinore why the repair had taken so long. “We had no money until "
        "April,” she said.",
        [
            Q("it would not", "She", "the ranger", anonymous=True),
            Q("“The footbridge has to come out first,”", "she", "the ranger", anonymous=True),
            Q("“We had no money until April,”", "she", "Daria Pellinore"),
        ],
    ),
    A(
        "depot-order",
        "local",
        ("addressee", "pronoun"),
        "Council leader orders depot inquiry\n\n"
        "The council leader, Rosalind Achterberg, told her deputy, Caspar Lune, to find out why the bin lorries "
        "had stood idle for a week. He replied that two of the five drivers were off sick.\n\n"
        "Achterberg questioned the depot manager, Piet Oduya, at a meeting on Monday. He said the rota had been "
        "agreed in January. “Nobody told me the drivers were ill,” he said.",
        [
            Q("two of the five drivers were off sick", "He", "Caspar Lune", "replied"),
            Q("the rota had been agreed in January", "He", "Piet Oduya"),
            Q("“Nobody told me the drivers were ill,”", "he", "Piet Oduya"),
        ],
        titles={"Caspar Lune": ["her deputy"], "Piet Oduya": ["the depot manager"]},
    ),
    A(
        "boiler-school",
        "local",
        ("addressee", "pronoun"),
        "School stays open through cold snap\n\n"
        "The headteacher, Colm Rafferty, said the school would stay open. He asked the caretaker, Lorcan Bay, "
        "whether the boiler could cope. Bay said it had been serviced twice this winter. “It is older than I am, "
        "but it works,” he said.\n\n"
        "A reporter asked a parent at the gate whether she was worried. She said she was not. “The classrooms are "
        "warmer than my house,” she said.",
        [
            Q("the school would stay open", "Colm Rafferty", "Colm Rafferty", at="Colm Rafferty, said"),
            Q("it had been serviced twice this winter", "Bay", "Lorcan Bay"),
            Q("“It is older than I am, but it works,”", "he", "Lorcan Bay"),
            Q("she was not", "She", "a parent", anonymous=True),
            Q("“The classrooms are warmer than my house,”", "she", "a parent", anonymous=True),
        ],
        titles={"Colm Rafferty": ["The headteacher"], "Lorcan Bay": ["the caretaker"]},
    ),
    A(
        "resignation-nested",
        "interview",
        ("nested_i", "nesting"),
        "Deputy mayor refuses to go\n\n"
        "The deputy mayor, Imelda Korhonen, was asked to resign on Tuesday. Her party's chairman, Ragnar "
        "Ochterlony, met her that evening.\n\n"
        "“She looked at me and said, ‘I will not resign,’” Ochterlony said. “I told her, ‘I cannot protect you "
        "any more.’”",
        [
            Q(
                ("“She looked at me and said, ‘I will not resign,’”", "“I told her, ‘I cannot protect you any more.’”"),
                "Ochterlony",
                "Ragnar Ochterlony",
            ),
            Q(
                "‘I will not resign,’",
                "She",
                "Imelda Korhonen",
                at="She looked at me and said",
                via=(("Ragnar Ochterlony", "reported_by"),),
                classes=("nested_i", "nesting", "pronoun"),
            ),
            Q(
                "‘I cannot protect you any more.’",
                "I",
                "Ragnar Ochterlony",
                "told",
                via=(("Ragnar Ochterlony", "reported_by"),),
                classes=("nesting", "first_person"),
            ),
        ],
        titles={"Imelda Korhonen": ["The deputy mayor"], "Ragnar Ochterlony": ["Her party's chairman"]},
    ),
    A(
        "tenant-nested",
        "local",
        ("nested_i", "nesting"),
        "Tenants say landlord ignored damp\n\n"
        "Alinta Marsh has lived in the flat on Cooper Row for six years. She said her landlord, Evander Ruell, "
        "visited once. “He told me, ‘I will send someone on Monday,’” Marsh said. “Nobody ever came.”",
        [
            Q("her landlord, Evander Ruell, visited once", "She", "Alinta Marsh"),
            Q(
                ("“He told me, ‘I will send someone on Monday,’”", "“Nobody ever came.”"),
                "Marsh",
                "Alinta Marsh",
            ),
            Q(
                "‘I will send someone on Monday,’",
                "He",
                "Evander Ruell",
                "told",
                via=(("Alinta Marsh", "reported_by"),),
                classes=("nested_i", "nesting", "pronoun"),
            ),
        ],
        titles={"Evander Ruell": ["her landlord"]},
    ),
    A(
        "post-office-couple",
        "local",
        ("relatives", "pronoun"),
        "Village post office to close after 40 years\n\n"
        "Mr and Mrs Penhallow have run the post office in Tresco Lane since 1985. Mrs Penhallow said the "
        "counter had been losing money for years. “We kept it open for the pensioners,” her husband said.\n\n"
        "Their neighbour Grigor Vance said his wife had queued there every Friday. “It was the only place she "
        "saw anyone,” he said. His wife said she would now have to take two buses to town.",
        [
            Q("the counter had been losing money for years", "Mrs Penhallow", "Mrs Penhallow"),
            Q("“We kept it open for the pensioners,”", "her husband", "Mr Penhallow"),
            Q("his wife had queued there every Friday", "Grigor Vance", "Grigor Vance", classes=("plain",)),
            Q("“It was the only place she saw anyone,”", "he", "Grigor Vance", classes=("pronoun",)),
            Q("she would now have to take two buses to town", "His wife", "Grigor Vance's wife"),
        ],
        titles={"Grigor Vance": ["Their neighbour"]},
    ),
    A(
        "flood-family",
        "wire",
        ("relatives",),
        "Family rescued from flooded farmhouse\n\n"
        "HALLOW, Jan 9 (Harbour Wire) - Tobiah Renwick, 44, was lifted from the roof of his farmhouse by a "
        "coastguard helicopter early on Sunday. His brother said the water had risen a metre in an hour. Renwick's "
        "daughter said the family had lost every animal. “The sheep were gone by midnight,” she said.",
        [
            Q("the water had risen a metre in an hour", "His brother", "Tobiah Renwick's brother"),
            Q("the family had lost every animal", "Renwick's daughter", "Tobiah Renwick's daughter"),
            Q(
                "“The sheep were gone by midnight,”",
                "she",
                "Tobiah Renwick's daughter",
                classes=("relatives", "pronoun"),
            ),
        ],
    ),
    A(
        "bus-depot-they",
        "local",
        ("they_org", "pronoun"),
        "Bus company blames roadworks for delays\n\n"
        "Greythorn Buses said on Monday that roadworks on the ring road had added twenty minutes to every trip. "
        "They said the number 12 would be diverted from next week.\n\n"
        "The Harlow Street Traders' Association disagreed. They said the delays began long before the "
        "roadworks. “The buses were late last summer too,” they said in a statement.",
        [
            Q(
                "roadworks on the ring road had added twenty minutes to every trip",
                "Greythorn Buses",
                "Greythorn Buses",
                at="Greythorn Buses said",
            ),
            Q("the number 12 would be diverted from next week", "They", "Greythorn Buses"),
            Q("the delays began long before the roadworks", "They", "Harlow Street Traders' Association"),
            Q(
                "“The buses were late last summer too,”",
                "they",
                "Harlow Street Traders' Association",
                how="statement",
            ),
        ],
    ),
    A(
        "orchard-interview",
        "interview",
        ("frame_apposition", "pronoun"),
        "The last cider maker in the valley\n\n"
        "Augustin Feeney has pressed apples at Hollin Orchard since he was a boy. In an interview with the Valley "
        "Gazette, Feeney, now 72, said he had no one to pass the press on to. “My children live in cities,” he "
        "said. “They like cider, but not the work.”\n\n"
        "Speaking to Radio Hollin last week, his neighbour, Maud Carrow, a retired teacher, said the orchard "
        "should be listed. “It is older than the church,” she said.",
        [
            Q(
                "he had no one to pass the press on to",
                "Feeney",
                "Augustin Feeney",
                at="Feeney, now 72, said",
                via=(("Valley Gazette", "interview"),),
            ),
            Q(
                ("“My children live in cities,”", "“They like cider, but not the work.”"),
                "he",
                "Augustin Feeney",
                via=(("Valley Gazette", "interview"),),
            ),
            Q(
                "the orchard should be listed",
                "Maud Carrow",
                "Maud Carrow",
                at="Maud Carrow, a retired teacher, said",
                via=(("Radio Hollin", "interview"),),
            ),
            Q(
                "“It is older than the church,”",
                "she",
                "Maud Carrow",
                via=(("Radio Hollin", "interview"),),
            ),
        ],
        titles={"Maud Carrow": ["his neighbour", "a retired teacher"]},
    ),
    A(
        "audit-according",
        "wire",
        ("according_carry",),
        "Audit finds council overpaid contractors\n\n"
        "DALE, June 3 (Harbour Wire) - According to the audit, the council paid 1.2 million pounds for work that "
        "was never done. The council's chief executive, Harriet Vossberg, said she accepted the findings. “We "
        "got this wrong,” she said.\n\n"
        "Opposition councillor Bram Ettinger said the report should go to the police.",
        [
            Q(
                "the council paid 1.2 million pounds for work that was never done",
                "the audit",
                "audit",
                "According to",
                at="According to the audit",
                how="according_to",
            ),
            Q("she accepted the findings", "Harriet Vossberg", "Harriet Vossberg", at="Harriet Vossberg, said"),
            Q("“We got this wrong,”", "she", "Harriet Vossberg"),
            Q("the report should go to the police", "Bram Ettinger", "Bram Ettinger", classes=("plain",)),
        ],
        titles={"Harriet Vossberg": ["The council's chief executive"], "Bram Ettinger": ["Opposition councillor"]},
    ),
    A(
        "survey-according",
        "wire",
        ("according_carry", "frame_apposition"),
        "Fewer young people learn to swim\n\n"
        "According to a survey by the Lifesaving Guild, one child in three cannot swim 25 metres by the age of "
        "eleven. The guild's director, Osric Pellam, said pools had closed in many towns. “You cannot learn to "
        "swim without water,” he said.\n\n"
        "Speaking to the Harbour Times, the swimming coach Cerys Adebayo-Lind, 29, said lessons should be free. "
        "“I learned in a lido that no longer exists,” she said.",
        [
            Q(
                "one child in three cannot swim 25 metres by the age of eleven",
                "a survey by the Lifesaving Guild",
                "Lifesaving Guild",
                "According to",
                at="According to a survey by the Lifesaving Guild",
                how="according_to",
            ),
            Q("pools had closed in many towns", "Osric Pellam", "Osric Pellam", at="Osric Pellam, said"),
            Q("“You cannot learn to swim without water,”", "he", "Osric Pellam"),
            Q(
                "lessons should be free",
                "Cerys Adebayo-Lind",
                "Cerys Adebayo-Lind",
                at="Cerys Adebayo-Lind, 29, said",
                via=(("Harbour Times", "interview"),),
            ),
            Q(
                "“I learned in a lido that no longer exists,”",
                "she",
                "Cerys Adebayo-Lind",
                via=(("Harbour Times", "interview"),),
            ),
        ],
        titles={"Osric Pellam": ["The guild's director"], "Cerys Adebayo-Lind": ["the swimming coach"]},
    ),
]
