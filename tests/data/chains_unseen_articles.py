"""The unseen chains set: invented news articles on "on whose authority we know it", written before reading the code.

Every name, place, outlet and event is invented. The set was written as a held-out check of the source-chain
stage (issue 11): "according to" a person, an organisation, a document and a medium; relays ("X told Y",
"in an interview with Y", "told Y in an interview", "said on Y's podcast", "Y reported, citing X", "citing a
memo from X, Y reported", "as first reported by Y", "Y quoted X as saying", "X was quoted by Y as saying",
"in remarks carried by Y", "in a statement to Y", "a spokesperson told Y", "Y, which obtained a copy of the
letter", a memo "seen by" Y); wire datelines and "told the agency"; posts on platforms (no link); chains of
two and three links; chains across sentences ("Y obtained the email. In it, X wrote ..."); a transcript
heading with a day; and articles with no chain at all. See ``make_chains_unseen.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "dredging-audit",
        "local",
        ("according_document", "seen_by", "control"),
        "Harbour dredging ran 4 million over budget, audit finds\n\n"
        "The dredging of Pellworth harbour cost 4.2 million pounds more than the council had approved, according "
        "to a report by the Pellworth Audit Office published on Tuesday.\n\n"
        "The report said the council had signed three contract changes without a vote. Its author, the chief "
        "auditor Ngozi Farrant, wrote that the overspend was “avoidable at every stage.”\n\n"
        "According to court filings in a separate case, the main contractor, Brisco Marine, has sued the council "
        "for 900,000 pounds in unpaid invoices.\n\n"
        "In a memo seen by the Pellworth Gazette, the council's finance director, Aldous Creagh, warned in June "
        "that the budget “will not survive the winter.” The council did not dispute the memo's contents.\n\n"
        "Council leader Imelda Ross said on Wednesday that she accepted the findings. “We let a contractor write "
        "its own cheques, and that stops now,” she said at a meeting of the full council.\n\n"
        "Brisco Marine said in a statement that it had delivered the work the council asked for and would “see "
        "the council in court.”\n\n"
        "The audit office's report, which runs to 112 pages, recommends that the council appoint an independent "
        "engineer to check every future marine contract. The harbour, which handles about 300 fishing and leisure "
        "boats, was last dredged in 2009. Work on the next stage, a new slipway, has been put on hold until the "
        "spring, and the council will hold a public meeting on the findings on 12 March at the town hall. "
        "Harbour fees for local boats will not change this year."
        "\n\nCouncillors from all three parties have called for the chief executive to appear before the audit "
        "committee. The harbour master has warned that silt is already building up again at the mouth of the "
        "river, and that a further dredge may be needed within five years if nothing is done about the outflow "
        "from the new marina.",
        [
            Q(
                "The dredging of Pellworth harbour cost 4.2 million pounds more than the council had approved",
                "a report by the Pellworth Audit Office",
                "Pellworth Audit Office",
                "according to",
                how="according_to",
                classes=("according_document",),
            ),
            Q(
                "the council had signed three contract changes without a vote",
                "The report",
                "Pellworth Audit Office",
                how="wrote",
                classes=("according_document",),
            ),
            Q(
                "the overspend was “avoidable at every stage.”",
                "Ngozi Farrant",
                "Ngozi Farrant",
                "wrote",
                at="Ngozi Farrant, wrote",
                how="wrote",
                classes=("control",),
            ),
            Q(
                "the main contractor, Brisco Marine, has sued the council for 900,000 pounds in unpaid invoices",
                "court filings",
                "court filings",
                "According to",
                how="according_to",
                anonymous=True,
                classes=("according_document",),
            ),
            Q(
                "the budget “will not survive the winter.”",
                "Aldous Creagh",
                "Aldous Creagh",
                "warned",
                at="Aldous Creagh, warned",
                how="wrote",
                via=(("Pellworth Gazette", "reported_by"),),
                classes=("seen_by",),
            ),
            Q("she accepted the findings", "Imelda Ross", "Imelda Ross", classes=("control",)),
            Q(
                "“We let a contractor write its own cheques, and that stops now,”",
                "she",
                "Imelda Ross",
                classes=("control",),
            ),
            Q(
                "it had delivered the work the council asked for and would “see the council in court.”",
                "Brisco Marine",
                "Brisco Marine",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={"Ngozi Farrant": ["the chief auditor"], "Imelda Ross": ["Council leader"]},
    ),
    A(
        "ferry-fire",
        "wire",
        ("wire", "told_agency", "statement_to", "platform_post", "control"),
        "Ferry operator suspends island route after engine fire\n\n"
        "KESSLING, Oct 3 (Meridian Press) - Larch Line suspended its ferry service to the island of Tobbar on "
        "Friday after a fire in the engine room of its only vessel, the company said.\n\n"
        "Nobody was hurt. The 41 passengers on board were taken off by a lifeboat, the coastguard said.\n\n"
        "“The crew did everything right,” a Larch Line spokeswoman told Meridian Press. The vessel is expected to "
        "be out of service for at least a month.\n\n"
        "Islanders rely on the ferry for food, fuel and hospital visits. Tobbar's only shopkeeper, Ewan Dalziel, "
        "told the French news agency Agence Lumière that his shelves would be empty within a week. “We have bread "
        "for three days,” he told the agency.\n\n"
        "The island's councillor, Morag Spey, said in a post on Chirp that she had asked the government to send a "
        "naval supply ship. “Tobbar cannot wait a month,” she wrote.\n\n"
        "The transport ministry said in a statement to Meridian Press that it was “looking at every option,” "
        "including a charter vessel from the mainland.\n\n"
        "Larch Line has run the Tobbar crossing since 1994 under a contract with the regional government. The "
        "contract, which pays the company about 2 million a year, is due for renewal in 2027. The island has a "
        "population of about 600, rising to 1,500 in summer, and its small hospital sends its most serious cases "
        "to the mainland by helicopter."
        "\n\nTobbar's doctor has asked for prescriptions to be flown in, and the island school will close early "
        "for the half-term break. The last long suspension of the route, in the winter of 2019, lasted eleven "
        "days and left the island without fresh milk for most of that time.",
        [
            Q(
                "Larch Line suspended its ferry service to the island of Tobbar on Friday after a fire in the engine "
                "room of its only vessel",
                "the company",
                "Larch Line",
                classes=("wire", "control"),
            ),
            Q(
                "The 41 passengers on board were taken off by a lifeboat",
                "the coastguard",
                "coastguard",
                classes=("wire", "control"),
            ),
            Q(
                "“The crew did everything right,”",
                "a Larch Line spokeswoman",
                "a Larch Line spokeswoman",
                "told",
                via=(("Meridian Press", "told"),),
                anonymous=True,
                classes=("told_agency",),
            ),
            Q(
                "his shelves would be empty within a week",
                "Ewan Dalziel",
                "Ewan Dalziel",
                "told",
                at="Ewan Dalziel, told",
                via=(("Agence Lumière", "told"),),
                classes=("told_agency",),
            ),
            Q(
                "“We have bread for three days,”",
                "he",
                "Ewan Dalziel",
                "told",
                via=(("Agence Lumière", "told"),),
                classes=("told_agency",),
            ),
            Q(
                "she had asked the government to send a naval supply ship",
                "Morag Spey",
                "Morag Spey",
                at="Morag Spey, said",
                how="wrote",
                classes=("platform_post",),
            ),
            Q("“Tobbar cannot wait a month,”", "she", "Morag Spey", "wrote", how="wrote", classes=("platform_post",)),
            Q(
                "it was “looking at every option,” including a charter vessel from the mainland",
                "The transport ministry",
                "transport ministry",
                how="statement",
                via=(("Meridian Press", "told"),),
                classes=("statement_to",),
            ),
        ],
        titles={"Ewan Dalziel": ["Tobbar's only shopkeeper"], "Morag Spey": ["The island's councillor"]},
    ),
    A(
        "estova-cabinet",
        "wire",
        ("according_medium", "citing", "told_agency", "remarks_carried", "quoted_as", "reported_as"),
        "Estovan president names central banker as prime minister\n\n"
        "The president of Estova, Radu Calinescu-Berg, has appointed the central bank governor, Ilinca Vorst, as "
        "prime minister, according to state media.\n\n"
        "Vorst will form a government within two weeks, the state news agency Pressa reported on Monday, citing "
        "the president's office.\n\n"
        "Calinescu-Berg told the agency that Vorst had “the trust of the markets and of the people.” In remarks "
        "carried by the state broadcaster ETV, Vorst said her first task would be to bring down food prices.\n\n"
        "The opposition leader, Teodor Hasek, said the appointment was “a reshuffle of the same faces.” He was "
        "quoted by the independent newspaper Kalvo Times as saying that his party would not join the "
        "government.\n\n"
        "The new cabinet will have 14 ministers, four fewer than the last, Vorst's office said, as reported by the "
        "state news agency Pressa.\n\n"
        "Estova's last government resigned in August after weeks of protests over the price of bread and fuel. "
        "Inflation reached 19 percent in the year to September, according to the national statistics office.\n\n"
        "Parliament must approve the new cabinet in a vote expected next week. The ruling party and its two allies "
        "hold 131 of the 220 seats, and two of the allies' leaders are expected to join the cabinet. Vorst, 52, "
        "has led the central bank since 2019 and raised interest rates six times last year."
        "\n\nEconomists expect Vorst to keep a tight grip on spending. The currency rose by almost one percent "
        "against the euro on the news of her appointment, and the yield on ten-year government bonds fell to its "
        "lowest level since the spring. Her deputy at the central bank will take charge until a new governor is "
        "named.",
        [
            Q(
                "The president of Estova, Radu Calinescu-Berg, has appointed the central bank governor, Ilinca Vorst, "
                "as prime minister",
                "state media",
                "state media",
                "according to",
                how="according_to",
                anonymous=True,
                classes=("according_medium",),
            ),
            Q(
                "Vorst will form a government within two weeks",
                "the president's office",
                "president's office",
                "citing",
                via=(("Pressa", "citing"),),
                classes=("citing",),
            ),
            Q(
                "Vorst had “the trust of the markets and of the people.”",
                "Calinescu-Berg",
                "Radu Calinescu-Berg",
                "told",
                via=(("Pressa", "told"),),
                classes=("told_agency",),
            ),
            Q(
                "her first task would be to bring down food prices",
                "Vorst",
                "Ilinca Vorst",
                via=(("ETV", "reported_by"),),
                classes=("remarks_carried",),
            ),
            Q(
                "the appointment was “a reshuffle of the same faces.”",
                "Teodor Hasek",
                "Teodor Hasek",
                at="Teodor Hasek, said",
                classes=("control",),
            ),
            Q(
                "his party would not join the government",
                "He",
                "Teodor Hasek",
                "quoted",
                at="He was quoted",
                via=(("Kalvo Times", "reported_by"),),
                classes=("quoted_as",),
            ),
            Q(
                "The new cabinet will have 14 ministers, four fewer than the last",
                "Vorst's office",
                "Ilinca Vorst's office",
                via=(("Pressa", "reported_by"),),
                classes=("reported_as",),
            ),
            Q(
                "Inflation reached 19 percent in the year to September",
                "the national statistics office",
                "national statistics office",
                "according to",
                how="according_to",
                classes=("according_org",),
            ),
        ],
        titles={
            "Ilinca Vorst": ["the central bank governor"],
            "Teodor Hasek": ["The opposition leader"],
        },
    ),
    A(
        "striker-leaving",
        "interview",
        ("interview", "podcast", "frame_carryover", "control"),
        "Striker Bo Achterberg to leave Felham at end of season\n\n"
        "Felham striker Bo Achterberg said in an interview with the Sunday Courant that he would leave the club "
        "when his contract ends in June. “Nine years is a long time. I want one more adventure,” he said.\n\n"
        "The club's manager, Pilar Quenby, told the Westland Echo in an interview published on Sunday that she "
        "had known for months. She said the club had offered Achterberg a two-year deal.\n\n"
        "Achterberg's agent, Marten Voss, said on the Final Whistle podcast that three clubs in Spain had asked "
        "about his client. “Nobody has made an offer yet,” Voss said on the podcast.\n\n"
        "The Felham Supporters' Trust said it was sad but grateful. “He gave us the best years of his career,” "
        "its chair, Dilys Brennock, said.\n\n"
        "Achterberg, 31, joined Felham from a second-division club in 2016 and has scored 142 goals in 301 league "
        "games. He was the league's top scorer twice and captained the side to the cup in 2021. Felham are fourth "
        "in the table, two points off the Champions League places, with eight games left. Their next match is at "
        "home to Ruddock Town on Saturday, and tickets for what may be his last home game sold out within an hour "
        "on Monday morning."
        "\n\nQuenby has already begun looking for a replacement, and the club is thought to have watched two "
        "young forwards in the Dutch league this season. Achterberg's contract, signed in 2022, included a clause"
        " that would have extended it for one more year if he played thirty games, a figure he reached in "
        "January.",
        [
            Q(
                "he would leave the club when his contract ends in June",
                "Bo Achterberg",
                "Bo Achterberg",
                via=(("Sunday Courant", "interview"),),
                classes=("interview",),
            ),
            Q(
                "“Nine years is a long time. I want one more adventure,”",
                "he",
                "Bo Achterberg",
                via=(("Sunday Courant", "interview"),),
                classes=("interview", "frame_carryover"),
            ),
            Q(
                "she had known for months",
                "Pilar Quenby",
                "Pilar Quenby",
                "told",
                at="Pilar Quenby, told",
                via=(("Westland Echo", "interview"),),
                classes=("interview",),
            ),
            Q(
                "the club had offered Achterberg a two-year deal",
                "She",
                "Pilar Quenby",
                via=(("Westland Echo", "interview"),),
                classes=("interview", "frame_carryover"),
            ),
            Q(
                "three clubs in Spain had asked about his client",
                "Marten Voss",
                "Marten Voss",
                at="Marten Voss, said",
                via=(("Final Whistle", "interview"),),
                classes=("podcast",),
            ),
            Q(
                "“Nobody has made an offer yet,”",
                "Voss",
                "Marten Voss",
                via=(("Final Whistle", "interview"),),
                classes=("podcast",),
            ),
            Q(
                "it was sad but grateful",
                "The Felham Supporters' Trust",
                "Felham Supporters' Trust",
                classes=("control",),
            ),
            Q(
                "“He gave us the best years of his career,”",
                "Dilys Brennock",
                "Dilys Brennock",
                at="Dilys Brennock, said",
                classes=("control",),
            ),
        ],
        titles={
            "Bo Achterberg": ["Felham striker"],
            "Pilar Quenby": ["The club's manager"],
            "Marten Voss": ["Achterberg's agent"],
        },
    ),
    A(
        "border-posts",
        "wire",
        ("citing", "citing_document", "first_reported", "chain_three", "frame_carryover", "control"),
        "Ostria to close three border posts, memo shows\n\n"
        "Ostria will close three of its seven border posts with Lunmark next year to save money, the Weekly "
        "Sentinel reported on Thursday, citing two senior officials.\n\n"
        "Citing a memo from the Ostrian interior ministry, the newspaper reported that about 240 border guards "
        "would be moved to the airport and the ports. The memo said the posts at Harrin, Velm and Ostbruck handled "
        "fewer than 50 lorries a day.\n\n"
        "The interior minister, Kasimir Dvorak, said on Friday that no decision had been taken. “I have seen many "
        "memos. Few of them become policy,” he said at a news conference in the capital.\n\n"
        "Dvorak has ordered a review of the border service. The ministry told regional officials on Wednesday "
        "that the review would take six weeks, as first reported by the Sentinel.\n\n"
        "Lunmark's foreign ministry said it had not been told of the plan.\n\n"
        "About 1.2 million lorries crossed the border last year, most of them at the two motorway crossings in "
        "the south. Ostria's government has promised to cut public spending by 3 percent next year, and the "
        "interior ministry's budget is among the largest. Hauliers have long complained of queues of up to six "
        "hours at the southern crossings in summer, when holiday traffic adds to the lorries."
        "\n\nThe border posts were built in the 1990s, when trade between the two countries grew quickly after "
        "the end of the old customs union. Several of the villages near the smaller crossings depend on cross-"
        "border shoppers, and their mayors have asked for a meeting with the minister before any decision is "
        "taken.",
        [
            Q(
                "Ostria will close three of its seven border posts with Lunmark next year to save money",
                "two senior officials",
                "two senior officials",
                "citing",
                via=(("Weekly Sentinel", "citing"),),
                anonymous=True,
                classes=("citing",),
            ),
            Q(
                "about 240 border guards would be moved to the airport and the ports",
                "a memo from the Ostrian interior ministry",
                "Ostrian interior ministry",
                "Citing",
                how="wrote",
                via=(("Weekly Sentinel", "citing"),),
                classes=("citing_document",),
            ),
            Q(
                "the posts at Harrin, Velm and Ostbruck handled fewer than 50 lorries a day",
                "The memo",
                "Ostrian interior ministry",
                how="wrote",
                via=(("Weekly Sentinel", "citing"),),
                classes=("citing_document", "frame_carryover"),
            ),
            Q(
                "no decision had been taken",
                "Kasimir Dvorak",
                "Kasimir Dvorak",
                at="Kasimir Dvorak, said",
                classes=("control",),
            ),
            Q(
                "“I have seen many memos. Few of them become policy,”",
                "he",
                "Kasimir Dvorak",
                classes=("control",),
            ),
            Q(
                "the review would take six weeks",
                "The ministry",
                "Ostrian interior ministry",
                "told",
                via=(("regional officials", "told"), ("Weekly Sentinel", "reported_by")),
                classes=("first_reported", "chain_three"),
            ),
            Q(
                "it had not been told of the plan",
                "Lunmark's foreign ministry",
                "Lunmark's foreign ministry",
                classes=("control",),
            ),
        ],
        titles={"Kasimir Dvorak": ["The interior minister"]},
    ),
    A(
        "festival-sponsor",
        "local",
        ("quoted_as", "remarks_carried", "published_in", "control"),
        "Author withdraws from festival after row over sponsor\n\n"
        "The novelist Orla Finchley has pulled out of the Brackwater Literary Festival over its new sponsor, an "
        "oil trader. The Brackwater Mercury quoted Finchley as saying that she could not “take a cheque from the "
        "people burning the shelves.”\n\n"
        "The festival's director, Hamid Rostami, was quoted by the Northern Review as saying the sponsorship paid "
        "for free tickets for 3,000 schoolchildren. “Without it there is no schools day,” he said in remarks "
        "carried by the magazine.\n\n"
        "Two other authors, Saul Imbert and Greta Holm, said on Tuesday that they would also withdraw. In a joint "
        "letter published in the Mercury, they wrote that festivals “should not be laundromats.”\n\n"
        "The sponsor, Castellan Trading, said in a statement that it had supported the arts in the region for a "
        "decade.\n\n"
        "Finchley's novel about a drowned village won the Corran Prize last year, and she had been due to give "
        "the festival's opening lecture. The festival, which began in 1987, sold 41,000 tickets last year. Its "
        "organisers say ticket prices would double without a sponsor. Rostami has run the festival since 2015 "
        "and announced the sponsorship in February. The festival opens on 4 June and runs for ten days, with "
        "events in the town hall, the cathedral and a marquee on the green."
        "\n\nThe row has divided the town. Some residents have signed a petition in support of the sponsor, while"
        " others plan a reading outside the festival marquee on the opening night. The festival's board is due to"
        " meet next week, and two of its members are understood to have asked for the contract to be reviewed.",
        [
            Q(
                "she could not “take a cheque from the people burning the shelves.”",
                "Finchley",
                "Orla Finchley",
                "quoted",
                at="quoted Finchley",
                via=(("Brackwater Mercury", "reported_by"),),
                classes=("quoted_as",),
            ),
            Q(
                "the sponsorship paid for free tickets for 3,000 schoolchildren",
                "Hamid Rostami",
                "Hamid Rostami",
                "quoted",
                at="Hamid Rostami, was quoted",
                via=(("Northern Review", "reported_by"),),
                classes=("quoted_as",),
            ),
            Q(
                "“Without it there is no schools day,”",
                "he",
                "Hamid Rostami",
                via=(("Northern Review", "reported_by"),),
                classes=("remarks_carried",),
            ),
            Q(
                "they would also withdraw",
                "Saul Imbert and Greta Holm",
                "Saul Imbert and Greta Holm",
                at="Saul Imbert and Greta Holm, said",
                classes=("control",),
            ),
            Q(
                "festivals “should not be laundromats.”",
                "they",
                "Saul Imbert and Greta Holm",
                "wrote",
                how="wrote",
                via=(("Brackwater Mercury", "reported_by"),),
                classes=("published_in",),
            ),
            Q(
                "it had supported the arts in the region for a decade",
                "Castellan Trading",
                "Castellan Trading",
                at="Castellan Trading, said",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={"Orla Finchley": ["The novelist"], "Hamid Rostami": ["The festival's director"]},
    ),
    A(
        "ward-letter",
        "local",
        ("reported_by", "obtained", "across_sentences", "spokesperson_told", "control"),
        "Health chief warned of ward closures, letter shows\n\n"
        "The head of the Corlan health board, Dr Yusuf Amadi, warned in May that two hospital wards would close "
        "unless the board received more money, the Corlan Herald reported on Saturday. The newspaper, which "
        "obtained a copy of the letter, said Amadi had asked ministers for 18 million pounds.\n\n"
        "In the letter, Amadi wrote that staff on the two wards were “working on goodwill and little else.”\n\n"
        "The Herald also obtained an email from the board's finance director, Siobhan Tully, to her staff. In it, "
        "Tully wrote that the board would “run out of road by Christmas.”\n\n"
        "A spokesperson for the health ministry told the Herald that the board's budget had risen by 6 percent "
        "this year. The minister, Gethin Llwyd, has not commented.\n\n"
        "Opposition health spokeswoman Bethan Rowe said the letter showed ministers had known of the danger for "
        "months. “They sat on it,” she said.\n\n"
        "The two wards, at Corlan Royal Infirmary, have 56 beds between them and treat mostly elderly patients. "
        "The board has cut 140 posts since 2022. Its annual accounts, due next month, are expected to show a "
        "deficit for the third year running, and its chair has been asked to appear before the assembly's health "
        "committee in the autumn."
        "\n\nCorlan's hospitals have struggled with staff shortages since the pandemic, and the number of agency "
        "nurses on the wards has doubled in three years. Patients' groups have warned that closing the two wards "
        "would push more elderly people into corridors at the city's emergency department during the winter "
        "months.",
        [
            Q(
                "two hospital wards would close unless the board received more money",
                "Dr Yusuf Amadi",
                "Yusuf Amadi",
                "warned",
                at="Dr Yusuf Amadi, warned",
                via=(("Corlan Herald", "reported_by"),),
                classes=("reported_by",),
            ),
            Q(
                "Amadi had asked ministers for 18 million pounds",
                "The newspaper",
                "Corlan Herald",
                at="The newspaper, which obtained a copy of the letter, said",
                classes=("obtained",),
            ),
            Q(
                "staff on the two wards were “working on goodwill and little else.”",
                "Amadi",
                "Yusuf Amadi",
                "wrote",
                how="wrote",
                via=(("Corlan Herald", "reported_by"),),
                classes=("obtained", "across_sentences"),
            ),
            Q(
                "the board would “run out of road by Christmas.”",
                "Tully",
                "Siobhan Tully",
                "wrote",
                how="wrote",
                via=(("Corlan Herald", "reported_by"),),
                classes=("obtained", "across_sentences"),
            ),
            Q(
                "the board's budget had risen by 6 percent this year",
                "A spokesperson for the health ministry",
                "a spokesperson for the health ministry",
                "told",
                via=(("Corlan Herald", "told"),),
                anonymous=True,
                classes=("spokesperson_told",),
            ),
            Q(
                "the letter showed ministers had known of the danger for months",
                "Bethan Rowe",
                "Bethan Rowe",
                classes=("control",),
            ),
            Q("“They sat on it,”", "she", "Bethan Rowe", classes=("control",)),
        ],
        titles={
            "Yusuf Amadi": ["The head of the Corlan health board"],
            "Siobhan Tully": ["the board's finance director"],
            "Bethan Rowe": ["Opposition health spokeswoman"],
        },
    ),
    A(
        "bridge-closure",
        "wire",
        ("control", "according_person", "wire"),
        "Bridge repairs to close city's main road for six weeks\n\n"
        "DARROWBY, Feb 2 (Harbour Wire) - The Ness Bridge in Darrowby will close to traffic for six weeks from "
        "March while engineers replace its joints, the city council said on Monday.\n\n"
        "The council's head of highways, Rupert Gale, said the joints were 40 years old. “We can patch them "
        "again, or we can fix them properly,” he said.\n\n"
        "Buses will be diverted over the Tarn Road bridge, adding about ten minutes to most journeys, according "
        "to Gale.\n\n"
        "Shopkeepers on Bridge Street said they feared losing trade. Nadia Kerr, who runs a bakery near the "
        "bridge, said her takings fell by a third the last time it closed. “Six weeks is a long time on these "
        "margins,” she said.\n\n"
        "The city's cycling group, Darrowby on Wheels, wrote to the council asking for a temporary cycle lane. "
        "Its secretary, Hal Brandt, wrote in the letter that the closure was “a chance to show what the bridge "
        "could be.”\n\n"
        "The bridge, which opened in 1971, carries about 28,000 vehicles a day. The repairs will cost 3.4 million "
        "pounds, most of it from a national fund for ageing bridges. Work on the pavements will continue at night "
        "after the road reopens, and the council has promised to keep one footpath open throughout."
        "\n\nThe council says it looked at closing the bridge in stages but found that the work would take twice "
        "as long. Residents will receive a leaflet with the diversion routes next week, and the ferry across the "
        "river will run extra services at peak times while the road is closed.",
        [
            Q(
                "The Ness Bridge in Darrowby will close to traffic for six weeks from March while engineers replace "
                "its joints",
                "the city council",
                "Darrowby city council",
                classes=("wire", "control"),
            ),
            Q("the joints were 40 years old", "Rupert Gale", "Rupert Gale", at="Rupert Gale, said"),
            Q("“We can patch them again, or we can fix them properly,”", "he", "Rupert Gale"),
            Q(
                "Buses will be diverted over the Tarn Road bridge, adding about ten minutes to most journeys",
                "Gale",
                "Rupert Gale",
                "according to",
                how="according_to",
                classes=("according_person",),
            ),
            Q(
                "they feared losing trade",
                "Shopkeepers on Bridge Street",
                "shopkeepers on Bridge Street",
                anonymous=True,
            ),
            Q(
                "her takings fell by a third the last time it closed",
                "Nadia Kerr",
                "Nadia Kerr",
                at="Nadia Kerr, who runs a bakery near the bridge, said",
            ),
            Q("“Six weeks is a long time on these margins,”", "she", "Nadia Kerr"),
            Q(
                "the closure was “a chance to show what the bridge could be.”",
                "Hal Brandt",
                "Hal Brandt",
                "wrote",
                at="Hal Brandt, wrote",
                how="wrote",
            ),
        ],
        titles={"Rupert Gale": ["The council's head of highways"], "Hal Brandt": ["Its secretary"]},
    ),
    A(
        "water-transcript",
        "qa",
        ("transcript", "heading_day", "control"),
        "Transcript: The Week Ahead, Fenmoor Radio, Sunday\n\n"
        "HOST (ROWAN PIKE): My guest this morning is the chief executive of Fenmoor Water, Adaeze Nwankwo. Your "
        "customers have had two hosepipe bans in three years. Why?\n\n"
        "NWANKWO: Because it has not rained. The reservoirs are at 48 percent, and they were at 71 this time last "
        "year.\n\n"
        "PIKE: You lose a fifth of your water through leaks. Is that acceptable?\n\n"
        "NWANKWO: No. We will spend 90 million pounds on new pipes over the next five years.\n\n"
        "PIKE: Will bills go up?\n\n"
        "NWANKWO: By about four percent, in line with inflation.\n\n"
        "PIKE: Adaeze Nwankwo, thank you.\n\n"
        "After the broadcast, the Fenmoor Consumers' Council said in a statement that the company's leakage "
        "record was “the worst in the region.”\n\n"
        "Fenmoor Water supplies about 1.1 million homes from four reservoirs in the hills north of the city. The "
        "hosepipe ban, its second since 2023, came into force on Friday and will last until the reservoirs are "
        "above 60 percent. Breaking it can bring a fine of up to 1,000 pounds. The regulator is due to publish "
        "its review of the company's leakage targets in the new year, and the city council has asked for the "
        "review to be brought forward."
        "\n\nRainfall in the region has been about a third below average for eighteen months. Farmers in the "
        "valleys have been asked to cut the water they take from rivers, and two golf courses have stopped "
        "watering their fairways. The company says the ban will be reviewed every week.",
        [
            Q(
                "Because it has not rained. The reservoirs are at 48 percent, and they were at 71 this time last year.",
                "NWANKWO",
                "Adaeze Nwankwo",
                None,
                at="NWANKWO:",
                kind="direct",
                via=(("Fenmoor Radio", "interview"),),
                classes=("transcript", "heading_day"),
            ),
            Q(
                "No. We will spend 90 million pounds on new pipes over the next five years.",
                "NWANKWO",
                "Adaeze Nwankwo",
                None,
                at="NWANKWO:",
                kind="direct",
                via=(("Fenmoor Radio", "interview"),),
                classes=("transcript", "heading_day"),
            ),
            Q(
                "By about four percent, in line with inflation.",
                "NWANKWO",
                "Adaeze Nwankwo",
                None,
                at="NWANKWO:",
                kind="direct",
                via=(("Fenmoor Radio", "interview"),),
                classes=("transcript", "heading_day"),
            ),
            Q(
                "the company's leakage record was “the worst in the region.”",
                "the Fenmoor Consumers' Council",
                "Fenmoor Consumers' Council",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={"Adaeze Nwankwo": ["the chief executive of Fenmoor Water"]},
    ),
    A(
        "mine-collapse",
        "wire",
        ("wire", "told_agency", "chain_three", "interview", "control"),
        "Twelve miners trapped after tunnel collapse\n\n"
        "SELVA, June 21 (Coastline News Agency) - Twelve miners were trapped underground on Friday after a tunnel "
        "collapsed at the Karst Hill copper mine, the operator, Sundar Metals, said.\n\n"
        "Rescuers had made contact with the men through a ventilation shaft, a regional emergency official told "
        "Coastline News Agency by telephone. “They are cold and frightened, but they are talking,” the official "
        "told the agency.\n\n"
        "The regional governor, Matteo Brandl, told the local broadcaster Selva TV that the rescue could take "
        "three days, according to the national news agency Ardent.\n\n"
        "The miners' union said the mine had been fined twice for safety breaches since 2021. Its leader, Ilse "
        "Horvath, said in an interview with the newspaper Selva Daily that the union had warned the company about "
        "the tunnel in March. “We wrote to them. We have the letter,” she said.\n\n"
        "Sundar Metals said it would cooperate fully with any investigation.\n\n"
        "The Karst Hill mine employs about 900 people and produced 60,000 tonnes of copper last year. It is the "
        "largest employer in the Selva valley. A collapse at another mine in the region killed four workers in "
        "2019, and the government promised then to double the number of mine inspectors, a promise the union says "
        "has not been kept."
        "\n\nFamilies of the trapped men gathered at the mine gates on Friday evening, where volunteers handed "
        "out food and blankets. Drilling equipment was brought in from a mine in the north by road overnight, and"
        " a second team of rescuers arrived from the capital on Saturday morning.",
        [
            Q(
                "Twelve miners were trapped underground on Friday after a tunnel collapsed at the Karst Hill copper "
                "mine",
                "Sundar Metals",
                "Sundar Metals",
                at="Sundar Metals, said",
                classes=("wire", "control"),
            ),
            Q(
                "Rescuers had made contact with the men through a ventilation shaft",
                "a regional emergency official",
                "a regional emergency official",
                "told",
                via=(("Coastline News Agency", "told"),),
                anonymous=True,
                classes=("told_agency",),
            ),
            Q(
                "“They are cold and frightened, but they are talking,”",
                "the official",
                "a regional emergency official",
                "told",
                via=(("Coastline News Agency", "told"),),
                anonymous=True,
                classes=("told_agency",),
            ),
            Q(
                "the rescue could take three days",
                "Matteo Brandl",
                "Matteo Brandl",
                "told",
                at="Matteo Brandl, told",
                via=(("Selva TV", "told"), ("Ardent", "reported_by")),
                classes=("chain_three",),
            ),
            Q(
                "the mine had been fined twice for safety breaches since 2021",
                "The miners' union",
                "miners' union",
                classes=("control",),
            ),
            Q(
                "the union had warned the company about the tunnel in March",
                "Ilse Horvath",
                "Ilse Horvath",
                at="Ilse Horvath, said",
                via=(("Selva Daily", "interview"),),
                classes=("interview",),
            ),
            Q(
                "“We wrote to them. We have the letter,”",
                "she",
                "Ilse Horvath",
                via=(("Selva Daily", "interview"),),
                classes=("interview", "frame_carryover"),
            ),
            Q(
                "it would cooperate fully with any investigation",
                "Sundar Metals",
                "Sundar Metals",
                classes=("control",),
            ),
        ],
        titles={"Matteo Brandl": ["The regional governor"], "Ilse Horvath": ["Its leader"]},
    ),
    A(
        "singer-tour",
        "local",
        ("platform_post", "statement_to", "spokesperson_told", "according_document", "reported_as", "control"),
        "Singer cancels tour, citing exhaustion\n\n"
        "The singer Kezia Marlowe has cancelled the rest of her European tour. In a post on X on Wednesday, "
        "Marlowe said she was “running on empty” and needed to rest.\n\n"
        "Her record label, Tidewater Records, said in a statement to the Daily Lantern that all tickets would be "
        "refunded. A spokesperson for the promoter, Arcline Live, told the Lantern that 11 concerts were "
        "affected, most of them in Germany.\n\n"
        "Marlowe will return to the studio in the spring, according to a statement from her management, as "
        "reported by the music weekly Fretboard.\n\n"
        "Fans who had travelled to the cancelled show in Leipzig said they had learned of it at the door. “We "
        "found out from a sign on the gate,” said Joanna Brisk, 24, who had flown in from Dublin.\n\n"
        "Marlowe wrote on Chirp last month that the tour had been “the happiest months of my life.”\n\n"
        "Marlowe, 29, released her third album, Low Country, in March. It reached number two in the British "
        "charts and has been streamed more than 200 million times. The tour, her longest so far, began in Oslo "
        "in September and was due to end in Lisbon on 30 November, with two nights at a London arena in between."
        "\n\nTicket holders have been told to wait for an email from their ticket seller before asking for a "
        "refund. Several of the venues said they would try to fill the dates with other acts, and one festival in"
        " the Netherlands has already named a replacement for her headline slot in August.",
        [
            Q(
                "she was “running on empty” and needed to rest",
                "Marlowe",
                "Kezia Marlowe",
                how="wrote",
                classes=("platform_post",),
            ),
            Q(
                "all tickets would be refunded",
                "Tidewater Records",
                "Tidewater Records",
                at="Tidewater Records, said",
                how="statement",
                via=(("Daily Lantern", "told"),),
                classes=("statement_to",),
            ),
            Q(
                "11 concerts were affected, most of them in Germany",
                "A spokesperson for the promoter, Arcline Live",
                "a spokesperson for Arcline Live",
                "told",
                at="A spokesperson for the promoter, Arcline Live, told",
                via=(("Daily Lantern", "told"),),
                anonymous=True,
                classes=("spokesperson_told",),
            ),
            Q(
                "Marlowe will return to the studio in the spring",
                "a statement from her management",
                "Kezia Marlowe's management",
                "according to",
                how="statement",
                via=(("Fretboard", "reported_by"),),
                classes=("according_document", "reported_as"),
            ),
            Q(
                "they had learned of it at the door",
                "Fans who had travelled to the cancelled show in Leipzig",
                "fans who had travelled to the cancelled show in Leipzig",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "“We found out from a sign on the gate,”",
                "Joanna Brisk",
                "Joanna Brisk",
                classes=("control",),
            ),
            Q(
                "the tour had been “the happiest months of my life.”",
                "Marlowe",
                "Kezia Marlowe",
                "wrote",
                how="wrote",
                classes=("platform_post",),
            ),
        ],
        titles={"Kezia Marlowe": ["The singer"], "Tidewater Records": ["Her record label"]},
    ),
    A(
        "rail-doubts",
        "wire",
        ("chain_three", "according_person", "according_org", "citing_evidence", "seen_by", "control"),
        "Minister privately doubted rail plan, MPs say\n\n"
        "The transport minister, Lorcan Abernethy, said at a meeting of party MPs last week that the northern rail "
        "line was “probably unaffordable,” according to two MPs who were present, the Tollbridge Times reported "
        "on Sunday.\n\n"
        "Abernethy said on Monday that he had been “quoted out of context.” “I back the line. I have always "
        "backed it,” he told the Tollbridge Times.\n\n"
        "The line's cost has risen to 11 billion pounds from 6 billion, according to the Office for Budget "
        "Review. Citing the office's figures, the opposition's transport spokesman, Femi Adeyemi-Clarke, said the "
        "government should “stop pretending.”\n\n"
        "Northern council leaders said in a joint letter to the prime minister, seen by the Times, that "
        "cancelling the line would be “a betrayal of the north.”\n\n"
        "The line would link Carrowby and Eastmere with a journey time of 38 minutes, half the current time. "
        "Construction was due to begin in 2027, and the first trains were to run in 2034. The Treasury will "
        "publish its spending review next month. Business groups in both cities have spent two years lobbying for "
        "the line, which they say would add 40,000 jobs to the region over two decades."
        "\n\nThe line has been promised in two election manifestos. Local businesses say the uncertainty has "
        "already led one manufacturer to delay a new factory in Eastmere, and the region's mayors plan to travel "
        "to the capital next week to meet Treasury officials before the review is published. Rail unions have also "
        "warned that jobs at the Carrowby depot depend on the line.",
        [
            Q(
                "the northern rail line was “probably unaffordable,”",
                "Lorcan Abernethy",
                "Lorcan Abernethy",
                at="Lorcan Abernethy, said",
                via=(("two MPs who were present", "reported_by"), ("Tollbridge Times", "reported_by")),
                classes=("chain_three",),
            ),
            Q(
                "he had been “quoted out of context.”",
                "Abernethy",
                "Lorcan Abernethy",
                classes=("control",),
            ),
            Q(
                "“I back the line. I have always backed it,”",
                "he",
                "Lorcan Abernethy",
                "told",
                via=(("Tollbridge Times", "told"),),
                classes=("told",),
            ),
            Q(
                "The line's cost has risen to 11 billion pounds from 6 billion",
                "the Office for Budget Review",
                "Office for Budget Review",
                "according to",
                how="according_to",
                classes=("according_org",),
            ),
            Q(
                "the government should “stop pretending.”",
                "Femi Adeyemi-Clarke",
                "Femi Adeyemi-Clarke",
                at="Femi Adeyemi-Clarke, said",
                classes=("citing_evidence",),
            ),
            Q(
                "cancelling the line would be “a betrayal of the north.”",
                "Northern council leaders",
                "northern council leaders",
                how="wrote",
                via=(("Tollbridge Times", "reported_by"),),
                anonymous=True,
                classes=("seen_by",),
            ),
        ],
        titles={
            "Lorcan Abernethy": ["The transport minister"],
            "Femi Adeyemi-Clarke": ["the opposition's transport spokesman"],
        },
    ),
    A(
        "heat-deaths",
        "wire",
        ("according_org", "according_medium", "told_agency", "remarks_carried", "control"),
        "Heat killed 1,400 in Varnland last summer, figures show\n\n"
        "At least 1,400 more people died in Varnland during last summer's heatwave than in an average summer, "
        "according to figures published on Tuesday by the national statistics agency.\n\n"
        "Most of the extra deaths were among people over 75, the agency said. It said the worst week, in late "
        "July, accounted for almost half of them.\n\n"
        "The health minister, Pernille Skov, told the Kestrel News Agency that the government would open cooling "
        "centres in every town of more than 20,000 people next summer.\n\n"
        "Researchers at Varnland University reported last month that older people living alone were three times "
        "as likely to die in a heatwave. The study's lead author, Dr Jonas Ekdal, said in remarks carried by "
        "Varnland Radio that the figures “should worry every family.”\n\n"
        "Opposition parties said the cooling centres came too late.\n\n"
        "Varnland's meteorological office said last summer was the hottest since records began in 1874. "
        "Temperatures in the capital passed 35C on nine days, and night-time temperatures stayed above 25C for a "
        "week. The government has been criticised for closing 30 rural clinics since 2020, and doctors' groups "
        "have asked for a national heat plan like those in southern Europe, with text-message warnings and home "
        "visits to people who live alone."
        "\n\nHospitals in the south of the country reported the largest rise in admissions for heatstroke, most "
        "of them in the first two weeks of July. Care homes were told to keep residents in cooled rooms in the "
        "afternoons, but many older buildings have no air conditioning at all.",
        [
            Q(
                "At least 1,400 more people died in Varnland during last summer's heatwave than in an average summer",
                "the national statistics agency",
                "national statistics agency",
                "according to",
                at="according to figures published on Tuesday by the national statistics agency",
                how="according_to",
                classes=("according_org",),
            ),
            Q(
                "Most of the extra deaths were among people over 75",
                "the agency",
                "national statistics agency",
                classes=("control",),
            ),
            Q(
                "the worst week, in late July, accounted for almost half of them",
                "It",
                "national statistics agency",
                classes=("control",),
            ),
            Q(
                "the government would open cooling centres in every town of more than 20,000 people next summer",
                "Pernille Skov",
                "Pernille Skov",
                "told",
                at="Pernille Skov, told",
                via=(("Kestrel News Agency", "told"),),
                classes=("told_agency",),
            ),
            Q(
                "older people living alone were three times as likely to die in a heatwave",
                "Researchers at Varnland University",
                "researchers at Varnland University",
                "reported",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "the figures “should worry every family.”",
                "Dr Jonas Ekdal",
                "Jonas Ekdal",
                at="Dr Jonas Ekdal, said",
                via=(("Varnland Radio", "reported_by"),),
                classes=("remarks_carried",),
            ),
            Q(
                "the cooling centres came too late",
                "Opposition parties",
                "opposition parties",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "last summer was the hottest since records began in 1874",
                "Varnland's meteorological office",
                "Varnland's meteorological office",
                classes=("control",),
            ),
        ],
        titles={"Pernille Skov": ["The health minister"], "Jonas Ekdal": ["The study's lead author"]},
    ),
    A(
        "port-bribes",
        "local",
        ("according_document", "according_person", "interview", "seen_by", "first_reported", "control"),
        "Former port chief charged with taking bribes\n\n"
        "Prosecutors in Haldane have charged the former head of the city's port authority, Viggo Stranne, with "
        "taking 600,000 euros in bribes from a shipping company, according to court filings made public on "
        "Wednesday.\n\n"
        "The filings say Stranne approved berth contracts for the company in return for payments into a bank "
        "account in Malta. The charges were first reported by the news site Quayside, which said the "
        "investigation had lasted two years.\n\n"
        "Stranne's lawyer, Elin Marsk, told the Haldane Post in an interview that her client denied every charge. "
        "“He signed what his staff put in front of him,” she said.\n\n"
        "The shipping company, Osterlund Freight, said in a statement that it had “never paid anyone for anything "
        "but services.” In an internal memo seen by the Post, however, the company's compliance officer wrote in "
        "2022 that the Malta payments “need a better explanation than we have.”\n\n"
        "According to Marsk, Stranne has repaid none of the money because “there is nothing to repay.”\n\n"
        "Stranne ran the port authority from 2015 until his resignation last year. The port handles about 9 "
        "million tonnes of cargo a year and is the city's largest employer after the university. If convicted, "
        "Stranne faces up to eight years in prison. A first hearing is set for 3 May at the district court."
        "\n\nThe port authority has since changed the way it awards berth contracts, with a panel of three "
        "officials instead of a single director signing them. Its new chief executive, appointed in January, has "
        "commissioned an outside review of every contract signed in the last ten years.",
        [
            Q(
                "Prosecutors in Haldane have charged the former head of the city's port authority, Viggo Stranne, with "
                "taking 600,000 euros in bribes from a shipping company",
                "court filings",
                "court filings",
                "according to",
                at="according to court filings",
                how="according_to",
                anonymous=True,
                classes=("according_document",),
            ),
            Q(
                "Stranne approved berth contracts for the company in return for payments into a bank account in Malta",
                "The filings",
                "court filings",
                "say",
                how="wrote",
                anonymous=True,
                classes=("according_document",),
            ),
            Q(
                "the investigation had lasted two years",
                "the news site Quayside",
                "Quayside",
                at="the news site Quayside, which said",
                classes=("first_reported",),
            ),
            Q(
                "her client denied every charge",
                "Elin Marsk",
                "Elin Marsk",
                "told",
                at="Elin Marsk, told",
                via=(("Haldane Post", "interview"),),
                classes=("interview",),
            ),
            Q(
                "“He signed what his staff put in front of him,”",
                "she",
                "Elin Marsk",
                via=(("Haldane Post", "interview"),),
                classes=("interview", "frame_carryover"),
            ),
            Q(
                "it had “never paid anyone for anything but services.”",
                "Osterlund Freight",
                "Osterlund Freight",
                at="Osterlund Freight, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the Malta payments “need a better explanation than we have.”",
                "the company's compliance officer",
                "Osterlund Freight's compliance officer",
                "wrote",
                how="wrote",
                via=(("Haldane Post", "reported_by"),),
                anonymous=True,
                classes=("seen_by",),
            ),
            Q(
                "Stranne has repaid none of the money because “there is nothing to repay.”",
                "Marsk",
                "Elin Marsk",
                "According to",
                how="according_to",
                classes=("according_person",),
            ),
        ],
        titles={"Elin Marsk": ["Stranne's lawyer"]},
    ),
]
