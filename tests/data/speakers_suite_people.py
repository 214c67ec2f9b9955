"""The speakers suite, part 1 of 4: people: person typing, surnames, nicknames, pronouns, plural they (all invented).

See ``make_speakers_suite.py``.
"""

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
]
