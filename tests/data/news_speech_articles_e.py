"""News speech suite, part E (all invented): music, housing, sport and an inquest.

See ``make_news_speech.py`` for the conventions.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "band-reunion",
        "culture",
        ("culture", "posts"),
        "The Lanterns announce reunion tour after 15 years apart\n\n"
        "The Lanterns, the Glasgow band whose 2004 album Northern Lights sold more than two million copies, will "
        "reunite for a 12-date tour next spring, the band announced on Monday.\n\n"
        "Singer Callum “Cal” Devine, known to fans as “the Lamplighter” after the band’s first hit, posted a "
        "photograph of the four members in a rehearsal room with the words: “We said never. We were wrong.”\n\n"
        "In a joint statement, the band said the reunion had been “a long time coming” and thanked fans “for "
        "never letting us forget.”\n\n"
        "The band split in 2010 amid reports of a bitter row between Devine and guitarist Rory Baird. In an "
        "interview with the Glasgow Herald on Monday, Baird said the two had not spoken for almost a decade.\n\n"
        "“We were young and we were stupid, and I was probably the stupider of the two,” Baird said. “Cal rang me "
        "on my birthday two years ago. He said, ‘I miss it, do you?’ I said yes before he had finished the "
        "question.”\n\n"
        "Tickets go on sale on Friday. The band’s promoter, Stellar Live, said demand was expected to be "
        "“enormous” and warned fans to buy only from official sellers.\n\n"
        "Fans reacted with delight online. One wrote on X: “I was 16 when I saw them at the Barrowland. I’ll be "
        "37 this time. Still crying.”\n\n"
        "The music critic Dominic Achterberg said the reunion made sense both artistically and financially. "
        "“They were always better than their reputation,” he said. “And let’s be honest, a tour like this pays "
        "for a lot of pensions.”\n\n"
        "Asked on Monday whether the band would record new music, Devine said only: “One thing at a time.”\n\n"
        "The tour opens in Aberdeen in April and ends with two nights at the Hydro in Glasgow.",
        [
            Q(
                "The Lanterns, the Glasgow band whose 2004 album Northern Lights sold more than two million copies, "
                "will reunite for a 12-date tour next spring",
                "the band",
                "The Lanterns",
                "announced",
            ),
            Q(
                "“We said never. We were wrong.”",
                "Callum “Cal” Devine",
                "Callum Devine",
                "posted",
                at="Callum “Cal” Devine, known to fans as “the Lamplighter” after the band’s first hit, posted",
                how="wrote",
            ),
            Q(
                "the reunion had been “a long time coming” and thanked fans “for never letting us forget.”",
                "the band",
                "The Lanterns",
                how="statement",
            ),
            Q(
                "the two had not spoken for almost a decade",
                "Baird",
                "Rory Baird",
                via=(("Glasgow Herald", "interview"),),
            ),
            Q(
                (
                    "“We were young and we were stupid, and I was probably the stupider of the two,”",
                    "“Cal rang me on my birthday two years ago. He said, ‘I miss it, do you?’ I said yes before he "
                    "had finished the question.”",
                ),
                "Baird",
                "Rory Baird",
                via=(("Glasgow Herald", "interview"),),
            ),
            Q(
                "‘I miss it, do you?’",
                "He",
                "Callum Devine",
                at="He said",
                via=(("Rory Baird", "reported_by"),),
            ),
            Q(
                "demand was expected to be “enormous”",
                "Stellar Live",
                "Stellar Live",
                at="Stellar Live, said",
            ),
            Q(
                "fans to buy only from official sellers",
                "Stellar Live",
                "Stellar Live",
                "warned",
                at="Stellar Live, said demand was expected to be “enormous” and warned",
            ),
            Q(
                "“I was 16 when I saw them at the Barrowland. I’ll be 37 this time. Still crying.”",
                "One",
                "a fan",
                "wrote",
                at="One wrote",
                how="wrote",
                anonymous=True,
            ),
            Q(
                "the reunion made sense both artistically and financially",
                "Dominic Achterberg",
                "Dominic Achterberg",
            ),
            Q(
                (
                    "“They were always better than their reputation,”",
                    "“And let’s be honest, a tour like this pays for a lot of pensions.”",
                ),
                "he",
                "Dominic Achterberg",
            ),
            Q("“One thing at a time.”", "Devine", "Callum Devine", at="Devine said"),
        ],
        titles={
            "Rory Baird": ["guitarist"],
            "Dominic Achterberg": ["The music critic"],
        },
    ),
    A(
        "rent-rises",
        "local",
        ("housing", "no_that"),
        "Tenants in Kelham towers face 22 percent rent rise\n\n"
        "Tenants in two tower blocks in Kelham have been told their rents will rise by 22 percent from April, "
        "the largest increase most of them can remember.\n\n"
        "Letters sent to tenants last week by the landlord, Meridian Homes, say the rise is needed to pay for new "
        "fire doors, lifts and cladding.\n\n"
        "Joanne Keel, who has lived on the ninth floor of Kelham House for 19 years, said she cried when she read "
        "the letter. “I work full time in a care home. After this rise, more than half of what I earn goes on "
        "rent,” she said.\n\n"
        "Her neighbour, Abdi Warsame, a taxi driver, told the Kelham Courier he was already looking for somewhere "
        "cheaper, but there was nothing in the area. “Everyone is looking. There is nowhere to go,” he said.\n\n"
        "Meridian’s chief executive, Gavin Stroud, said the company understood the rise was “a real shock” and "
        "would offer payment plans to tenants who were struggling. The safety work could not wait, he said.\n\n"
        "“After Grenfell,” Stroud said, “nobody should ask a landlord to delay fire safety work to keep rents "
        "down. I wouldn’t ask that of my own family,” he added, “and I won’t ask it of our tenants.”\n\n"
        "The tenants’ association disputes that argument. Its chair, Lucia Ferreira, said Meridian had received "
        "a government grant covering most of the cost of the cladding and should not be charging tenants for it "
        "twice.\n\n"
        "Meridian said the grant covered only the cladding and not the lifts or doors.\n\n"
        "The local councillor, Pete Ansah, said he had asked the housing regulator to look at the increase. "
        "“There is a legal cap on social rents. These are not social rents, so the cap doesn’t apply, and that "
        "is exactly the problem,” he said.\n\n"
        "Meridian owns about 4,000 homes across the county, according to its latest annual report.",
        [
            Q(
                "their rents will rise by 22 percent from April",
                "Tenants in two tower blocks in Kelham",
                "Meridian Homes",
                "have been told",
                at="Tenants in two tower blocks in Kelham have been told",
            ),
            Q(
                "the rise is needed to pay for new fire doors, lifts and cladding",
                "Letters sent to tenants last week",
                "Meridian Homes",
                "say",
                at="Letters sent to tenants last week by the landlord, Meridian Homes, say",
                how="wrote",
            ),
            Q(
                "she cried when she read the letter",
                "Joanne Keel",
                "Joanne Keel",
                at="Joanne Keel, who has lived on the ninth floor of Kelham House for 19 years, said",
            ),
            Q(
                "“I work full time in a care home. After this rise, more than half of what I earn goes on rent,”",
                "she",
                "Joanne Keel",
            ),
            Q(
                "he was already looking for somewhere cheaper, but there was nothing in the area",
                "Abdi Warsame",
                "Abdi Warsame",
                "told",
                at="Abdi Warsame, a taxi driver, told",
                via=(("Kelham Courier", "told"),),
            ),
            Q(
                "“Everyone is looking. There is nowhere to go,”",
                "he",
                "Abdi Warsame",
                via=(("Kelham Courier", "told"),),
            ),
            Q(
                "the company understood the rise was “a real shock” and would offer payment plans to tenants who were "
                "struggling",
                "Gavin Stroud",
                "Gavin Stroud",
                at="Gavin Stroud, said",
            ),
            Q("The safety work could not wait", "he", "Gavin Stroud"),
            Q(
                (
                    "“After Grenfell,”",
                    "“nobody should ask a landlord to delay fire safety work to keep rents down. I wouldn’t ask that "
                    "of my own family,”",
                    "“and I won’t ask it of our tenants.”",
                ),
                "Stroud",
                "Gavin Stroud",
            ),
            Q(
                "Meridian had received a government grant covering most of the cost of the cladding and should not "
                "be charging tenants for it twice",
                "Lucia Ferreira",
                "Lucia Ferreira",
                at="Lucia Ferreira, said",
            ),
            Q("the grant covered only the cladding and not the lifts or doors", "Meridian", "Meridian Homes"),
            Q(
                "he had asked the housing regulator to look at the increase",
                "Pete Ansah",
                "Pete Ansah",
                at="Pete Ansah, said",
            ),
            Q(
                "“There is a legal cap on social rents. These are not social rents, so the cap doesn’t apply, and "
                "that is exactly the problem,”",
                "he",
                "Pete Ansah",
            ),
            Q(
                "Meridian owns about 4,000 homes across the county",
                "its latest annual report",
                "Meridian Homes",
                "according to",
                how="according_to",
            ),
        ],
        titles={
            "Abdi Warsame": ["Her neighbour", "a taxi driver"],
            "Gavin Stroud": ["Meridian’s chief executive"],
            "Lucia Ferreira": ["Its chair"],
            "Pete Ansah": ["The local councillor"],
        },
    ),
    A(
        "tennis-final",
        "sport",
        ("sport",),
        "Okafor wins first title and says the best is yet to come\n\n"
        "Temi Okafor won her first tour title on Sunday, beating the second seed, Lena Brauer, 6-4, 3-6, 7-5 in "
        "a final that lasted almost three hours.\n\n"
        "The 19-year-old, ranked 84th in the world at the start of the week, saved two match points in the "
        "deciding set before breaking Brauer’s serve to win.\n\n"
        "“Honestly, at 5-3 down I was already thinking about my speech for the runner-up,” Okafor said, laughing, "
        "at her news conference. “Then I thought, just make her play one more ball. And then one more.”\n\n"
        "Asked what had changed since the spring, when she lost in the first round of four tournaments in a row, "
        "Okafor pointed to her coach, the former doubles champion Marta Szabo. “She told me, ‘Stop trying to hit "
        "winners from everywhere. Be boring for a while.’ So I was boring,” Okafor said.\n\n"
        "Szabo, speaking to reporters afterwards, said her player had “a forehand that frightens people” but had "
        "needed to learn patience.\n\n"
        "Brauer, 27, was gracious in defeat. “She played the big points better than me, and that is tennis,” she "
        "said. “I will see her again, I am sure, many times.”\n\n"
        "Brauer said a shoulder injury that had kept her out for six weeks in the summer was no longer troubling "
        "her, and that she would play in Tokyo next week.\n\n"
        "Okafor’s win will lift her to around 45th in the rankings, tournament officials said, enough to secure "
        "a place in the main draw of next year’s majors.\n\n"
        "Her father, Chidi Okafor, who drove her to junior tournaments across the country for a decade, watched "
        "from the stands. “I have not breathed since the second set,” he told the tournament’s website.\n\n"
        "Okafor said she would celebrate with her family and then go straight back to the practice court. “The "
        "ranking is nice. But I have a lot of things still to fix,” she said.",
        [
            Q(
                (
                    "“Honestly, at 5-3 down I was already thinking about my speech for the runner-up,”",
                    "“Then I thought, just make her play one more ball. And then one more.”",
                ),
                "Okafor",
                "Temi Okafor",
            ),
            Q(
                "“She told me, ‘Stop trying to hit winners from everywhere. Be boring for a while.’ So I was boring,”",
                "Okafor",
                "Temi Okafor",
            ),
            Q(
                "‘Stop trying to hit winners from everywhere. Be boring for a while.’",
                "She",
                "Marta Szabo",
                "told",
                at="She told",
                via=(("Temi Okafor", "reported_by"),),
            ),
            Q(
                "her player had “a forehand that frightens people” but had needed to learn patience",
                "Szabo",
                "Marta Szabo",
                at="Szabo, speaking to reporters afterwards, said",
            ),
            Q(
                (
                    "“She played the big points better than me, and that is tennis,”",
                    "“I will see her again, I am sure, many times.”",
                ),
                "she",
                "Lena Brauer",
            ),
            Q(
                "a shoulder injury that had kept her out for six weeks in the summer was no longer troubling her, "
                "and that she would play in Tokyo next week",
                "Brauer",
                "Lena Brauer",
            ),
            Q(
                "Okafor’s win will lift her to around 45th in the rankings",
                "tournament officials",
                "tournament officials",
                anonymous=True,
            ),
            Q(
                "“I have not breathed since the second set,”",
                "he",
                "Chidi Okafor",
                "told",
                via=(("tournament’s website", "told"),),
            ),
            Q(
                "she would celebrate with her family and then go straight back to the practice court",
                "Okafor",
                "Temi Okafor",
            ),
            Q("“The ranking is nice. But I have a lot of things still to fix,”", "she", "Temi Okafor"),
        ],
        titles={
            "Marta Szabo": ["her coach", "the former doubles champion"],
            "Chidi Okafor": ["Her father"],
        },
    ),
]

NON_QUOTES: dict[str, list[tuple[str, str]]] = {
    "band-reunion": [("“the Lamplighter”", "nickname"), ("“Cal”", "nickname")],
}
"""Spans that must not be reported, by article: ``(text, why)``."""
