"""The third unseen chains set, part two: transcripts, pool reports, posts, citing outlets and controls.

Every name, place, outlet and event is invented. See ``chains_unseen3_articles.py`` and ``make_chains_unseen3.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c3-senator-transcript",
        "wire",
        ("transcript_obtained", "told_which_reported", "pool_report", "control"),
        "Senator Rebecca Hale privately told donors last month that she expected to lose her seat, according to "
        "a transcript obtained by the Capitol Ledger, days before she publicly announced her bid for a third "
        "term.\n\n"
        "According to the transcript, Hale told the donors that the district had “moved away from us” and that "
        "she would “need a miracle” in the suburbs.\n\n"
        "Hale told the Bayside Sentinel, which reported her remarks on Friday, that the transcript was "
        "accurate but that she had been “talking about the worst case, as anybody would”.\n\n"
        "Her campaign manager, Luis Ortega, said in a statement that the senator was “more confident than "
        "ever”.\n\n"
        "Governor Nathan Pryce, who has endorsed her rival, was asked about the remarks on a flight to the "
        "capital. “I haven't read it and I don't need to,” Pryce said aboard the plane, according to a pool "
        "report by Dana Whitcomb of the Bayside Sentinel. “Voters can read the polls.”\n\n"
        "Hale's rival, the state treasurer Carla Mendes, said at a rally in Rosedale that the senator “has "
        "stopped believing in her own record”. Mendes repeated the line in a television advertisement that "
        "began running on Saturday.\n\n"
        "Political scientist Owen Hart of Lakeshore University said such remarks rarely moved voters. “People "
        "expect politicians to be gloomy in private,” he said. “What matters is whether they look tired in "
        "public.”\n\n"
        "The Ledger said it had obtained the transcript from a person who attended the dinner and had confirmed "
        "it with two other guests. Hale's office did not dispute its accuracy.\n\n"
        "The most recent public poll, published by the Lakeshore Poll in October, showed the two candidates "
        "within two points of each other, with about one in ten voters still undecided.",
        [
            Q(
                "she expected to lose her seat",
                "Senator Rebecca Hale",
                "Rebecca Hale",
                "told",
                at="Senator Rebecca Hale privately told",
                via=(("donors", "told"), ("Capitol Ledger", "reported_by")),
                classes=("transcript_obtained",),
            ),
            Q(
                "the district had “moved away from us” and that she would “need a miracle” in the suburbs",
                "Hale",
                "Rebecca Hale",
                "told",
                via=(("donors", "told"), ("Capitol Ledger", "reported_by")),
                classes=("transcript_obtained", "according_to_document"),
            ),
            Q(
                "the transcript was accurate but that she had been “talking about the worst case, as anybody would”",
                "Hale",
                "Rebecca Hale",
                "told",
                via=(("Bayside Sentinel", "told"),),
                classes=("told_which_reported",),
            ),
            Q(
                "the senator was “more confident than ever”",
                "Luis Ortega",
                "Luis Ortega",
                how="statement",
                at="Luis Ortega, said",
                classes=("control",),
            ),
            Q(
                ("“I haven't read it and I don't need to,”", "“Voters can read the polls.”"),
                "Pryce",
                "Nathan Pryce",
                via=(("Dana Whitcomb", "reported_by"),),
                classes=("pool_report",),
            ),
            Q(
                "the senator “has stopped believing in her own record”",
                "Carla Mendes",
                "Carla Mendes",
                at="Carla Mendes, said",
                classes=("control",),
            ),
            Q(
                "such remarks rarely moved voters",
                "Political scientist Owen Hart",
                "Owen Hart",
                at="Political scientist Owen Hart of Lakeshore University said",
                classes=("control",),
            ),
            Q(
                (
                    "“People expect politicians to be gloomy in private,”",
                    "“What matters is whether they look tired in public.”",
                ),
                "he",
                "Owen Hart",
                classes=("control",),
            ),
            Q(
                "it had obtained the transcript from a person who attended the dinner and had confirmed it with two "
                "other guests",
                "The Ledger",
                "Capitol Ledger",
                classes=("control",),
            ),
        ],
        titles={
            "Rebecca Hale": ["Senator"],
            "Luis Ortega": ["Her campaign manager"],
            "Nathan Pryce": ["Governor"],
            "Carla Mendes": ["Hale's rival", "the state treasurer"],
            "Owen Hart": ["Political scientist"],
        },
    ),
    A(
        "c3-footballer-post",
        "local",
        ("translation", "quoted_as_saying", "told_channel", "own_website", "post_quoted"),
        "Rovers striker Lucas Ferreyra has left the club for Qatar, ending a six-year spell in which he scored "
        "91 league goals.\n\n"
        "“I leave with my head held high and my heart blue,” Ferreyra wrote in Spanish on Instagram, according "
        "to a translation by the Evening Chronicle.\n\n"
        "The Argentine newspaper La Voz del Sur quoted his former coach, Ricardo Molina, as saying the move had "
        "been “a question of money, and nobody should be ashamed of that”.\n\n"
        "Club chairman Peter Hollis told the club's own channel, Rovers TV, that the fee was the largest the "
        "club had ever received. “We did not want to sell, but we could not say no,” he said.\n\n"
        "In a post on the club's website, Hollis wrote that the money would be spent on the academy and a new "
        "training pitch.\n\n"
        "Not all supporters were convinced. The supporters' trust said in a statement that fans deserved "
        "“a plan, not a press release”. Its chair, Denise Archer, told BBC Radio Northfield: “We have heard "
        "about the academy before.”\n\n"
        "Ferreyra's team-mate Callum Reid posted a photo of the two of them on social media with the caption "
        "“Brother for life”, which was shared more than 40,000 times.\n\n"
        "Rovers manager Steve Doyle said on Friday that the club was already talking to two replacements. "
        "“I will not tell you their names,” he said, laughing. “But one of them you know.”\n\n"
        "Ferreyra joined Rovers from Club Atlético Sarmiento in 2019 for a fee of about £2 million. His transfer "
        "is expected to bring in more than £30 million, although the club has not confirmed the figure, and "
        "several bonuses depend on his new club's results over the next two seasons.",
        [
            Q(
                "“I leave with my head held high and my heart blue,”",
                "Ferreyra",
                "Lucas Ferreyra",
                "wrote",
                how="wrote",
                via=(("Evening Chronicle", "reported_by"),),
                classes=("translation",),
            ),
            Q(
                "the move had been “a question of money, and nobody should be ashamed of that”",
                "Ricardo Molina",
                "Ricardo Molina",
                "saying",
                at="Ricardo Molina, as saying",
                via=(("La Voz del Sur", "reported_by"),),
                classes=("quoted_as_saying",),
            ),
            Q(
                "the fee was the largest the club had ever received",
                "Club chairman Peter Hollis",
                "Peter Hollis",
                "told",
                via=(("Rovers TV", "told"),),
                classes=("told_channel",),
            ),
            Q(
                "“We did not want to sell, but we could not say no,”",
                "he",
                "Peter Hollis",
                via=(("Rovers TV", "told"),),
                classes=("told_channel", "frame_carryover"),
            ),
            Q(
                "the money would be spent on the academy and a new training pitch",
                "Hollis",
                "Peter Hollis",
                "wrote",
                how="wrote",
                classes=("own_website",),
            ),
            Q(
                "fans deserved “a plan, not a press release”",
                "The supporters' trust",
                "supporters' trust",
                how="statement",
                classes=("control",),
            ),
            Q(
                "“We have heard about the academy before.”",
                "Denise Archer",
                "Denise Archer",
                "told",
                at="Denise Archer, told",
                via=(("BBC Radio Northfield", "told"),),
                classes=("told_channel",),
            ),
            Q(
                "the club was already talking to two replacements",
                "Rovers manager Steve Doyle",
                "Steve Doyle",
                at="Rovers manager Steve Doyle said",
                classes=("control",),
            ),
            Q(
                ("“I will not tell you their names,”", "“But one of them you know.”"),
                "he",
                "Steve Doyle",
                classes=("control",),
            ),
        ],
        titles={
            "Lucas Ferreyra": ["Rovers striker"],
            "Ricardo Molina": ["his former coach"],
            "Peter Hollis": ["Club chairman"],
            "Denise Archer": ["Its chair"],
            "Steve Doyle": ["Rovers manager"],
        },
    ),
    A(
        "c3-takeover-citing",
        "wire",
        ("citing_people", "two_people_later", "citing_person", "told_outlet_earlier", "as_did"),
        "Harlow Foods is in advanced talks to buy the snack maker Crisply for about 1.4 billion euros, the "
        "Financial Ledger reported on Monday, citing two people familiar with the matter.\n\n"
        "Harlow's chief executive, Amir Patel, declined to comment on the report. Speaking at an industry "
        "conference in Lyon on Monday afternoon, he said the company was “always looking at good brands” but "
        "would not overpay.\n\n"
        "Crisply said it did not comment on market speculation.\n\n"
        "A deal could be announced as early as next month, the two people said, although the price has not "
        "been agreed and the talks could still collapse.\n\n"
        "The Market Wire, citing a person close to the company's founders, reported that the family wanted to "
        "keep a minority stake and a seat on the board.\n\n"
        "Crisply's co-founder, Nora Bell, told the Ledger in an interview last year that she would “never sell "
        "to a company that makes ready meals”. Harlow makes ready meals.\n\n"
        "Analyst Joanne Marsh of Corbel Securities said the deal made sense for Harlow, as did her colleague "
        "Tim Osei. “Harlow needs growth and Crisply has it,” Marsh said. Osei added that the price looked "
        "“full but not crazy”.\n\n"
        "Shares in Harlow rose 3% in Paris trading. Crisply, which sells its crisps and popcorn in 22 countries, "
        "is privately owned. It was founded in 2009 by Bell and her brother, Martin, in a rented kitchen in "
        "Ghent, and now employs about 1,800 people.\n\n"
        "Harlow has made three acquisitions in the last two years, including a Spanish frozen-dessert maker, "
        "as it tries to move away from slower-growing categories such as tinned soup.",
        [
            Q(
                "Harlow Foods is in advanced talks to buy the snack maker Crisply for about 1.4 billion euros",
                "two people familiar with the matter",
                "two people familiar with the matter",
                "reported",
                at="reported on Monday, citing two people familiar with the matter",
                via=(("Financial Ledger", "citing"),),
                anonymous=True,
                classes=("citing_people",),
            ),
            Q(
                "the company was “always looking at good brands” but would not overpay",
                "he",
                "Amir Patel",
                classes=("control",),
            ),
            Q(
                "it did not comment on market speculation",
                "Crisply",
                "Crisply",
                classes=("control",),
            ),
            Q(
                "A deal could be announced as early as next month",
                "the two people",
                "two people familiar with the matter",
                via=(("Financial Ledger", "citing"),),
                anonymous=True,
                classes=("two_people_later",),
            ),
            Q(
                "the family wanted to keep a minority stake and a seat on the board",
                "a person close to the company's founders",
                "a person close to the company's founders",
                "reported",
                at="citing a person close to the company's founders, reported",
                via=(("Market Wire", "citing"),),
                anonymous=True,
                classes=("citing_person",),
            ),
            Q(
                "she would “never sell to a company that makes ready meals”",
                "Nora Bell",
                "Nora Bell",
                "told",
                at="Nora Bell, told",
                via=(("Financial Ledger", "interview"),),
                classes=("told_outlet_earlier",),
            ),
            Q(
                "the deal made sense for Harlow",
                "Analyst Joanne Marsh",
                "Joanne Marsh",
                at="Analyst Joanne Marsh of Corbel Securities said",
                classes=("as_did",),
            ),
            Q("“Harlow needs growth and Crisply has it,”", "Marsh", "Joanne Marsh", classes=("control",)),
            Q("the price looked “full but not crazy”", "Osei", "Tim Osei", "added", classes=("control",)),
        ],
        titles={
            "Amir Patel": ["Harlow's chief executive"],
            "Nora Bell": ["Crisply's co-founder"],
            "Joanne Marsh": ["Analyst"],
        },
    ),
    A(
        "c3-general-broadcast",
        "wire",
        ("interview_broadcast", "remarks_carried", "told_which_reported", "agency_said"),
        "TARVOS, June 9 (Northline News) — The commander of Valtania's northern army said the border would stay "
        "closed through the summer, the latest sign that talks with the neighbouring republic have stalled.\n\n"
        "In an interview with the broadcaster TVK aired on Sunday evening, General Mirko Halas said his troops "
        "had seen “no reason at all” to reopen the crossings. “When they withdraw their artillery, we will talk "
        "about trucks,” he said.\n\n"
        "Defence Minister Ilona Varga repeated the message on Monday in remarks carried by the state news agency "
        "VTA, saying the government would not “reward provocation with open gates”.\n\n"
        "The neighbouring government did not respond to a request for comment from Northline News. Its foreign "
        "ministry said last week that the artillery was “purely defensive”.\n\n"
        "A senior diplomat from a third country told Northline News, which agreed not to name him, that "
        "mediators would meet both sides in Geneva later this month. The diplomat said neither side had yet "
        "agreed to an agenda.\n\n"
        "Traders in the border town of Kessa say the closure is ruinous. “Half the shops on this street are "
        "shut,” said Dora Bacs, who sells farm equipment. “We used to sell to both sides.”\n\n"
        "Halas's comments were first aired on TVK's Sunday programme and later posted on the army's website. "
        "The army said in a separate statement that it had moved two more battalions to the border area.\n\n"
        "The crossings were closed in February after a shooting at a customs post that killed two officers. "
        "Both governments blamed each other for the shooting, and an investigation by a joint commission has "
        "not yet reported. About 1,200 trucks a day used the crossings before they were closed.",
        [
            Q(
                "the border would stay closed through the summer",
                "The commander of Valtania's northern army",
                "Mirko Halas",
                classes=("control",),
            ),
            Q(
                "his troops had seen “no reason at all” to reopen the crossings",
                "General Mirko Halas",
                "Mirko Halas",
                via=(("TVK", "interview"),),
                classes=("interview_broadcast",),
            ),
            Q(
                "“When they withdraw their artillery, we will talk about trucks,”",
                "he",
                "Mirko Halas",
                via=(("TVK", "interview"),),
                classes=("interview_broadcast", "frame_carryover"),
            ),
            Q(
                "the government would not “reward provocation with open gates”",
                "Defence Minister Ilona Varga",
                "Ilona Varga",
                "saying",
                at="Defence Minister Ilona Varga repeated the message on Monday in remarks carried by the state "
                "news agency VTA, saying",
                via=(("VTA", "reported_by"),),
                classes=("remarks_carried",),
            ),
            Q(
                "the artillery was “purely defensive”",
                "Its foreign ministry",
                "foreign ministry",
                at="Its foreign ministry said",
                classes=("control",),
            ),
            Q(
                "mediators would meet both sides in Geneva later this month",
                "A senior diplomat from a third country",
                "a senior diplomat from a third country",
                "told",
                at="A senior diplomat from a third country told",
                via=(("Northline News", "told"),),
                anonymous=True,
                classes=("told_which_reported",),
            ),
            Q(
                "neither side had yet agreed to an agenda",
                "The diplomat",
                "a senior diplomat from a third country",
                via=(("Northline News", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                ("“Half the shops on this street are shut,”", "“We used to sell to both sides.”"),
                "Dora Bacs",
                "Dora Bacs",
                classes=("control",),
            ),
            Q(
                "it had moved two more battalions to the border area",
                "The army",
                "army",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={
            "Mirko Halas": ["The commander of Valtania's northern army", "General"],
            "Ilona Varga": ["Defence Minister"],
        },
    ),
]
