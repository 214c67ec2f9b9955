"""News speech suite, part B (all invented): health, culture, obituary, interviews and translated news.

See ``make_news_speech.py`` for the conventions.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "measles-clinics",
        "wire",
        ("health",),
        "Measles cases climb as health officials open walk-in clinics\n\n"
        "Health officials in Bracken County opened three walk-in vaccination clinics on Saturday after confirmed "
        "measles cases rose to 41, most of them in children under five.\n\n"
        "County health director Dr. Lorna Abiodun said the outbreak was “entirely preventable” and urged parents "
        "to check their children’s records.\n\n"
        "“Two doses of the vaccine protect about 97 percent of people. That is one of the best numbers in all of "
        "medicine,” Abiodun said at a news conference outside the county hospital. “We are not asking anyone to "
        "take a risk. We are asking them to take away a risk.”\n\n"
        "Nine children have been admitted to hospital, according to the state health department, and two remain "
        "in intensive care.\n\n"
        "The outbreak began in February at a day care center in the town of Millford, officials said. The center "
        "has since closed temporarily.\n\n"
        "Its owner, Teresa Gallo, said in a Facebook post that staff had followed every instruction from the "
        "county and that she was “heartbroken” for the families affected. “We love these kids like our own,” she "
        "wrote.\n\n"
        "Lines at the clinic in Millford stretched around the block by mid-morning. Darnell Hughes, who brought "
        "his 13-month-old daughter, said he had been meaning to book the appointment for weeks.\n\n"
        "“Honestly, I just kept putting it off,” Hughes said. “Then I saw the numbers on the news and thought, "
        "what am I waiting for?”\n\n"
        "State Senator Craig Maddox, who has sponsored a bill to end non-medical exemptions from school "
        "vaccination rules, posted on X on Saturday: “Forty-one cases. Nine kids in hospital. How many more before "
        "we act?”\n\n"
        "Opponents of the bill say it would take away parents’ rights. Jolene Parrish, who leads the group "
        "Parents for Choice, told the Bracken Courier that her members “are not anti-vaccine, we are pro-family,” "
        "and said the group would testify against the bill next month.\n\n"
        "Measles spreads through the air and can linger in a room for up to two hours after an infected person has "
        "left, Abiodun said. Symptoms include a high fever, a cough and a rash that usually starts on the face.\n\n"
        "The clinics will stay open through next weekend, the county said.",
        [
            Q(
                "the outbreak was “entirely preventable”",
                "Dr. Lorna Abiodun",
                "Lorna Abiodun",
            ),
            Q(
                "parents to check their children’s records",
                "Dr. Lorna Abiodun",
                "Lorna Abiodun",
                "urged",
                at="Dr. Lorna Abiodun said the outbreak was “entirely preventable” and urged",
            ),
            Q(
                (
                    "“Two doses of the vaccine protect about 97 percent of people. That is one of the best numbers in "
                    "all of medicine,”",
                    "“We are not asking anyone to take a risk. We are asking them to take away a risk.”",
                ),
                "Abiodun",
                "Lorna Abiodun",
            ),
            Q(
                "Nine children have been admitted to hospital",
                "the state health department",
                "state health department",
                "according to",
                how="according_to",
            ),
            Q(
                "The outbreak began in February at a day care center in the town of Millford",
                "officials",
                "county health officials",
                anonymous=True,
            ),
            Q(
                "staff had followed every instruction from the county and that she was “heartbroken” for the families "
                "affected",
                "Teresa Gallo",
                "Teresa Gallo",
                at="Teresa Gallo, said",
                how="wrote",
            ),
            Q("“We love these kids like our own,”", "she", "Teresa Gallo", "wrote", how="wrote"),
            Q(
                "he had been meaning to book the appointment for weeks",
                "Darnell Hughes",
                "Darnell Hughes",
                at="Darnell Hughes, who brought his 13-month-old daughter, said",
            ),
            Q(
                (
                    "“Honestly, I just kept putting it off,”",
                    "“Then I saw the numbers on the news and thought, what am I waiting for?”",
                ),
                "Hughes",
                "Darnell Hughes",
            ),
            Q(
                "“Forty-one cases. Nine kids in hospital. How many more before we act?”",
                "Craig Maddox",
                "Craig Maddox",
                "posted",
                at="Craig Maddox, who has sponsored a bill to end non-medical exemptions from school vaccination "
                "rules, posted",
                how="wrote",
            ),
            Q(
                "it would take away parents’ rights",
                "Opponents of the bill",
                "opponents of the bill",
                "say",
                anonymous=True,
            ),
            Q(
                "her members “are not anti-vaccine, we are pro-family,”",
                "Jolene Parrish",
                "Jolene Parrish",
                "told",
                at="Jolene Parrish, who leads the group Parents for Choice, told",
                via=(("Bracken Courier", "told"),),
            ),
            Q(
                "the group would testify against the bill next month",
                None,
                "Jolene Parrish",
                "said",
                at="and said the group",
                via=(("Bracken Courier", "told"),),
            ),
            Q(
                "Measles spreads through the air and can linger in a room for up to two hours after an infected "
                "person has left",
                "Abiodun",
                "Lorna Abiodun",
            ),
            Q("The clinics will stay open through next weekend", "the county", "Bracken County"),
        ],
        titles={
            "Lorna Abiodun": ["County health director"],
            "Teresa Gallo": ["Its owner"],
            "Craig Maddox": ["State Senator"],
            "Jolene Parrish": ["who leads the group Parents for Choice"],
        },
    ),
    A(
        "gallery-reopens",
        "culture",
        ("culture",),
        "Harbour gallery reopens after three-year rebuild\n\n"
        "The Quayside Gallery in Porthleven reopened on Saturday after a three-year, 14 million pound rebuild, "
        "with a show of seascapes that its director calls ‘a love letter to the town’.\n\n"
        "The opening exhibition, ‘Salt Light’, brings together 80 paintings of the harbour from the 1880s to the "
        "present day, many of them borrowed from private collections for the first time.\n\n"
        "Director Imogen Tregarthen said the gallery had been ‘held together with tape and good intentions’ "
        "before the rebuild. ‘We had buckets under the skylights every time it rained,’ she said. ‘You cannot ask "
        "a lender to send you a Turner when you have buckets.’\n\n"
        "The new building, designed by the architect Ravi Mendelsohn, keeps the old fish cellar’s granite walls "
        "and adds a glass gallery on the roof. Mendelsohn said he had wanted visitors to ‘see the sea from every "
        "room’.\n\n"
        "Not all locals were won over by the design, which some have nicknamed ‘the greenhouse’. Fisherman Jory "
        "Penrose, whose family has worked from the harbour for five generations, said the roof ‘looks like it "
        "landed from somewhere else’.\n\n"
        "‘It’s grown on me, I’ll admit that,’ Penrose added. ‘My wife said to me, “Give it a year,” and she is "
        "usually right.’\n\n"
        "The rebuild was paid for largely by a heritage grant and a public appeal that raised 2.1 million pounds. "
        "Tregarthen said more than 9,000 people had given to the appeal, ‘some of them five pounds, some of them "
        "fifty thousand’.\n\n"
        "Entry to the permanent collection will remain free, the gallery said. Tickets for ‘Salt Light’ cost 12 "
        "pounds.\n\n"
        "Visitors queueing on Saturday morning were enthusiastic. ‘I used to come here as a child when it was "
        "falling down,’ said Eleanor Vos, 67, who travelled from Bristol. ‘Now it looks like somewhere that "
        "deserves the pictures.’\n\n"
        "The gallery is open from Tuesday to Sunday.\n\n"
        "The new roof gallery, which locals call ‘the greenhouse’. Photograph: Quayside Gallery",
        [
            Q(
                "the gallery had been ‘held together with tape and good intentions’ before the rebuild",
                "Imogen Tregarthen",
                "Imogen Tregarthen",
            ),
            Q(
                (
                    "‘We had buckets under the skylights every time it rained,’",
                    "‘You cannot ask a lender to send you a Turner when you have buckets.’",
                ),
                "she",
                "Imogen Tregarthen",
            ),
            Q("he had wanted visitors to ‘see the sea from every room’", "Mendelsohn", "Ravi Mendelsohn"),
            Q(
                "the roof ‘looks like it landed from somewhere else’",
                "Jory Penrose",
                "Jory Penrose",
                at="Jory Penrose, whose family has worked from the harbour for five generations, said",
            ),
            Q(
                (
                    "‘It’s grown on me, I’ll admit that,’",
                    "‘My wife said to me, “Give it a year,” and she is usually right.’",
                ),
                "Penrose",
                "Jory Penrose",
                "added",
            ),
            Q(
                "“Give it a year,”",
                "My wife",
                "Jory Penrose's wife",
                "said",
                at="My wife said",
                via=(("Jory Penrose", "reported_by"),),
            ),
            Q(
                "more than 9,000 people had given to the appeal, ‘some of them five pounds, some of them fifty "
                "thousand’",
                "Tregarthen",
                "Imogen Tregarthen",
            ),
            Q(
                "Entry to the permanent collection will remain free",
                "the gallery",
                "Quayside Gallery",
            ),
            Q(
                (
                    "‘I used to come here as a child when it was falling down,’",
                    "‘Now it looks like somewhere that deserves the pictures.’",
                ),
                "Eleanor Vos",
                "Eleanor Vos",
            ),
        ],
        titles={
            "Imogen Tregarthen": ["Director"],
            "Ravi Mendelsohn": ["the architect"],
            "Jory Penrose": ["Fisherman"],
        },
    ),
    A(
        "obituary-nurse",
        "obituary",
        ("obituary",),
        "Agnes Mbeki-Hart, nurse who ran the city’s first night clinic, dies at 91\n\n"
        "Agnes Mbeki-Hart, who opened the city’s first free night clinic in a church basement in 1968 and ran it "
        "for more than 30 years, died on Tuesday at her home in Eastvale. She was 91.\n\n"
        "Her death was confirmed by her son, Julian Hart, who said she had been in declining health since a fall "
        "last spring.\n\n"
        "Born in 1934 in Port Elizabeth, she trained as a nurse in London before moving to the United States in "
        "1961. She often said that the idea for the clinic came from a single night shift at Eastvale General, "
        "when she watched a line of people give up and walk out of the emergency room.\n\n"
        "“They were not emergencies, so they waited, and then they went home sick,” she told an interviewer in "
        "1998. “I thought, these people work all day. Somebody has to be open at night.”\n\n"
        "The clinic opened with two volunteer doctors, a borrowed examination table and a coffee can for "
        "donations. By the 1980s it was seeing more than 12,000 patients a year.\n\n"
        "Dr. Samuel Orr, who volunteered there as a medical student in 1975 and later became its director, "
        "said she was “the least patient patient person I ever met.”\n\n"
        "“She had infinite time for the people who came through the door and no time at all for anyone who got "
        "in their way,” Orr said on Wednesday. “I once heard her tell a hospital administrator, ‘You can sign "
        "the form now or you can sign it in front of a reporter.’ He signed it.”\n\n"
        "In 2004 the city renamed the street outside the church in her honor. At the ceremony, she said the honor "
        "belonged to “every nurse who ever stayed late.”\n\n"
        "Her husband, the jazz pianist Leonard Hart, died in 2011. In addition to her son, she is survived by a "
        "daughter, Miriam Hart-Diallo, and five grandchildren.\n\n"
        "Her daughter said the family had asked that, in place of flowers, donations be sent to the clinic, which "
        "still opens every night at 7.\n\n"
        "“She would have hated a fuss,” Hart-Diallo said. “But she would have loved a cheque.”",
        [
            Q(
                "she had been in declining health since a fall last spring",
                "who",
                "Julian Hart",
                at="who said she had",
            ),
            Q(
                "the idea for the clinic came from a single night shift at Eastvale General, when she watched a line "
                "of people give up and walk out of the emergency room",
                "She",
                "Agnes Mbeki-Hart",
                at="She often said",
            ),
            Q(
                (
                    "“They were not emergencies, so they waited, and then they went home sick,”",
                    "“I thought, these people work all day. Somebody has to be open at night.”",
                ),
                "she",
                "Agnes Mbeki-Hart",
                "told",
                via=(("an interviewer", "interview"),),
            ),
            Q(
                "she was “the least patient patient person I ever met.”",
                "Dr. Samuel Orr",
                "Samuel Orr",
                at="Dr. Samuel Orr, who volunteered there as a medical student in 1975 and later became its director, "
                "said",
            ),
            Q(
                (
                    "“She had infinite time for the people who came through the door and no time at all for anyone "
                    "who got in their way,”",
                    "“I once heard her tell a hospital administrator, ‘You can sign the form now or you can sign it in "
                    "front of a reporter.’ He signed it.”",
                ),
                "Orr",
                "Samuel Orr",
            ),
            Q(
                "‘You can sign the form now or you can sign it in front of a reporter.’",
                "her",
                "Agnes Mbeki-Hart",
                "tell",
                via=(("Samuel Orr", "reported_by"),),
            ),
            Q("the honor belonged to “every nurse who ever stayed late.”", "she", "Agnes Mbeki-Hart"),
            Q(
                "the family had asked that, in place of flowers, donations be sent to the clinic, which still opens "
                "every night at 7",
                "Her daughter",
                "Miriam Hart-Diallo",
            ),
            Q(
                ("“She would have hated a fuss,”", "“But she would have loved a cheque.”"),
                "Hart-Diallo",
                "Miriam Hart-Diallo",
            ),
        ],
        titles={
            "Julian Hart": ["her son"],
            "Samuel Orr": ["who volunteered there as a medical student in 1975 and later became its director"],
        },
    ),
]

NON_QUOTES: dict[str, list[tuple[str, str]]] = {
    "gallery-reopens": [
        ("‘Salt Light’", "title"),
        ("‘the greenhouse’", "nickname"),
        ("The new roof gallery, which locals call ‘the greenhouse’. Photograph: Quayside Gallery", "caption"),
    ],
}
"""Spans that must not be reported, by article: ``(text, why)``."""
