"""The second unseen chains set, articles 11 to 14 (see ``chains_unseen2_articles.py``)."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c2-mine-wire",
        "wire",
        ("wire_relay", "statement_relayed", "programme", "quoted_by", "platform_post"),
        "LORNVIK, June 9 (Tidewire) - Rescue teams reached six of the nine miners trapped in a flooded "
        "copper mine in northern Veska on Monday, the regional governor said.\n\n"
        "Governor Elsa Brandt told Tidewire that the six men were being treated for cold and exhaustion and "
        "that divers were still searching for the other three. “We have not given up on anyone,” Brandt "
        "said.\n\n"
        "The mine's operator, Nordmalm, said in a statement, as reported by the public broadcaster VTV, that "
        "water had broken into a lower gallery after a pump failed. The company said it had ordered an "
        "inspection of its other two mines in the region.\n\n"
        "A rescue official, speaking to the local radio station Lorn FM, said the water in the lowest gallery "
        "was still rising. “Every hour it is harder,” the official said.\n\n"
        "The miners' union said in a post on its website that it had warned Nordmalm about the pumps in "
        "April. Union leader Jonas Vik, quoted by the newspaper Nordposten, said the company had “chosen to "
        "gamble with men's lives.”\n\n"
        "Nordmalm did not respond to a request from Tidewire for comment on the union's statement.\n\n"
        "Relatives gathered overnight at a sports hall in Lornvik, where the company had set up a family "
        "centre. One woman, who gave her name only as Maja, said her brother was among the three still "
        "missing. “They tell us nothing we cannot see on television,” she said.\n\n"
        "The prime minister of Veska, Arne Solhaug, said in a televised address on Monday evening that the "
        "government would open an independent inquiry. “There will be answers, and if there was negligence "
        "there will be consequences,” he said.\n\n"
        "The mine, one of the oldest in Veska, employs about 300 people. It was last inspected by the "
        "national mining authority in 2023.\n\n"
        "(Reporting by Hanne Vold; editing by Mark Essen)",
        [
            Q(
                "Rescue teams reached six of the nine miners trapped in a flooded copper mine in northern Veska on "
                "Monday",
                "the regional governor",
                "Elsa Brandt",
                classes=("wire", "control"),
            ),
            Q(
                "the six men were being treated for cold and exhaustion and that divers were still searching for "
                "the other three",
                "Governor Elsa Brandt",
                "Elsa Brandt",
                "told",
                via=(("Tidewire", "told"),),
                classes=("wire_relay",),
            ),
            Q(
                "“We have not given up on anyone,”",
                "Brandt",
                "Elsa Brandt",
                classes=("wire_relay", "named_after_told"),
            ),
            Q(
                "water had broken into a lower gallery after a pump failed",
                "Nordmalm",
                "Nordmalm",
                at="Nordmalm, said",
                how="statement",
                via=(("VTV", "reported_by"),),
                classes=("statement_relayed",),
            ),
            Q(
                "it had ordered an inspection of its other two mines in the region",
                "The company",
                "Nordmalm",
                at="The company said",
                how="statement",
                classes=("statement_relayed", "new_report"),
            ),
            Q(
                "the water in the lowest gallery was still rising",
                "A rescue official",
                "A rescue official",
                at="A rescue official, speaking to the local radio station Lorn FM, said",
                anonymous=True,
                via=(("Lorn FM", "interview"),),
                classes=("programme",),
            ),
            Q(
                "“Every hour it is harder,”",
                "the official",
                "A rescue official",
                anonymous=True,
                via=(("Lorn FM", "interview"),),
                classes=("programme", "frame_carryover"),
            ),
            Q(
                "it had warned Nordmalm about the pumps in April",
                "The miners' union",
                "miners' union",
                at="The miners' union said",
                how="wrote",
                classes=("platform_post", "control"),
            ),
            Q(
                "the company had “chosen to gamble with men's lives.”",
                "Jonas Vik",
                "Jonas Vik",
                at="Jonas Vik, quoted by the newspaper Nordposten, said",
                via=(("Nordposten", "reported_by"),),
                classes=("quoted_by",),
            ),
            Q(
                "her brother was among the three still missing",
                "One woman",
                "Maja",
                at="One woman, who gave her name only as Maja, said",
                classes=("control",),
            ),
            Q("“They tell us nothing we cannot see on television,”", "she", "Maja", classes=("control",)),
            Q(
                "the government would open an independent inquiry",
                "Arne Solhaug",
                "Arne Solhaug",
                at="Arne Solhaug, said",
                classes=("control",),
            ),
            Q(
                "“There will be answers, and if there was negligence there will be consequences,”",
                "he",
                "Arne Solhaug",
                classes=("control",),
            ),
        ],
        titles={
            "Elsa Brandt": ["the regional governor", "Governor"],
            "Jonas Vik": ["Union leader"],
            "Arne Solhaug": ["The prime minister of Veska"],
        },
    ),
    A(
        "c2-coach-programme",
        "interview",
        ("programme", "interview", "podcast_told", "control"),
        "Manager says she will stay despite relegation\n\n"
        "Hartwell Athletic manager Rosa Lindqvist says she has no intention of resigning after the club's "
        "relegation was confirmed on Saturday.\n\n"
        "Speaking on the BBX Radio Grandstand programme, Lindqvist said the club had “the bones of a good "
        "side” and that she wanted to lead it back up at the first attempt. “I am not a quitter, and this "
        "group of players is not a group of quitters,” she said.\n\n"
        "Her comments came a day after the club's owner, Viktor Salm, appeared to question her future. In an "
        "interview with the Sunday Clarion, Salm said “every position” at the club would be reviewed over "
        "the summer. Asked directly about Lindqvist, he said: “Rosa knows what I think of her. We will "
        "talk.”\n\n"
        "Club captain Dean Okafor backed the manager. Okafor told the club's podcast, The Hartwell End, that "
        "the players had let Lindqvist down, not the other way round. “She gave us a plan every week. We did "
        "not stick to it,” he said.\n\n"
        "Supporters were divided. A poll of 2,000 season-ticket holders by the fan website Hartwell Terrace "
        "found that 58 per cent wanted a new manager.\n\n"
        "Former Hartwell striker Neil Gatward, now a pundit, said on the programme that the problems ran "
        "deeper than the manager. “You can change the coach every year. Until the recruitment changes, "
        "nothing changes,” Gatward said.\n\n"
        "Hartwell finished 19th, four points from safety, after winning only two of their last 15 games. They "
        "have spent more than any other club in the division on transfers in the past two seasons.\n\n"
        "Lindqvist, 44, was appointed in November 2024 after leading Brenford Town to promotion. Her contract "
        "runs until 2027, and the club would have to pay her a full year's salary to end it early.\n\n"
        "The club said in a brief statement that it would make no further comment until the end of the "
        "season.",
        [
            Q(
                "she has no intention of resigning after the club's relegation was confirmed on Saturday",
                "Hartwell Athletic manager Rosa Lindqvist",
                "Rosa Lindqvist",
                "says",
                classes=("control",),
            ),
            Q(
                "the club had “the bones of a good side” and that she wanted to lead it back up at the first attempt",
                "Lindqvist",
                "Rosa Lindqvist",
                via=(("BBX Radio", "interview"),),
                classes=("programme",),
            ),
            Q(
                "“I am not a quitter, and this group of players is not a group of quitters,”",
                "she",
                "Rosa Lindqvist",
                via=(("BBX Radio", "interview"),),
                classes=("programme", "frame_carryover"),
            ),
            Q(
                "“every position” at the club would be reviewed over the summer",
                "Salm",
                "Viktor Salm",
                via=(("Sunday Clarion", "interview"),),
                classes=("interview",),
            ),
            Q(
                "“Rosa knows what I think of her. We will talk.”",
                "he",
                "Viktor Salm",
                at="he said:",
                via=(("Sunday Clarion", "interview"),),
                classes=("interview", "frame_carryover"),
            ),
            Q(
                "the players had let Lindqvist down, not the other way round",
                "Okafor",
                "Dean Okafor",
                "told",
                via=(("Hartwell End", "told"),),
                classes=("podcast_told",),
            ),
            Q(
                "“She gave us a plan every week. We did not stick to it,”",
                "he",
                "Dean Okafor",
                via=(("Hartwell End", "told"),),
                classes=("podcast_told", "frame_carryover"),
            ),
            Q(
                "58 per cent wanted a new manager",
                "A poll of 2,000 season-ticket holders",
                "Hartwell Terrace",
                "found",
                at="A poll of 2,000 season-ticket holders by the fan website Hartwell Terrace found",
                how="according_to",
                classes=("control",),
            ),
            Q(
                "the problems ran deeper than the manager",
                "Neil Gatward",
                "Neil Gatward",
                at="Neil Gatward, now a pundit, said",
                via=(("BBX Radio", "interview"),),
                classes=("programme",),
            ),
            Q(
                "“You can change the coach every year. Until the recruitment changes, nothing changes,”",
                "Gatward",
                "Neil Gatward",
                via=(("BBX Radio", "interview"),),
                classes=("programme", "frame_carryover"),
            ),
            Q(
                "it would make no further comment until the end of the season",
                "The club",
                "Hartwell Athletic",
                at="The club said",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={
            "Rosa Lindqvist": ["Hartwell Athletic manager"],
            "Viktor Salm": ["the club's owner"],
            "Dean Okafor": ["Club captain"],
            "Neil Gatward": ["Former Hartwell striker", "a pundit"],
        },
    ),
    A(
        "c2-carmaker-report",
        "wire",
        ("citing_people", "statement_relayed", "transcript_published", "chain_three"),
        "Carmaker to cut 4,000 jobs in Europe, report says\n\n"
        "Velox Motors plans to cut about 4,000 jobs at its European plants over the next two years, the "
        "business daily Finanzblatt reported on Thursday, citing people familiar with the plans.\n\n"
        "The cuts would fall mainly on the company's engine plant in Gorlitz and its design centre near "
        "Turin, the newspaper said. Velox declined to comment on the report.\n\n"
        "According to a statement from the works council at Gorlitz, as reported by the regional broadcaster "
        "MDX, managers told employee representatives on Wednesday that “structural measures” were being "
        "prepared. The works council said it would “resist every single compulsory redundancy.”\n\n"
        "Velox chief executive Sabine Korr told analysts on a call last month that the company needed to cut "
        "its fixed costs by 15 per cent to compete with Chinese electric-car makers. “We are carrying the "
        "cost base of a company twice our size,” Korr said on the call, according to a transcript published "
        "by the data provider MarketLine.\n\n"
        "Shares in Velox rose 3 per cent in early trading after the report. Analysts at Bramwell Securities "
        "said in a note to clients that the cuts were “overdue and probably not deep enough.”\n\n"
        "The union IG Werk said the company was “using the electric transition as an excuse to shrink.” Its "
        "regional leader, Heiko Brandl, said workers in Gorlitz had accepted a pay freeze two years ago in "
        "return for job guarantees that run until 2026.\n\n"
        "The federal economy ministry said it was in contact with the company. A ministry spokeswoman, Julia "
        "Renz, said at a regular news conference that the government expected Velox to “honour its "
        "commitments to its workforce.”\n\n"
        "Velox employs about 38,000 people in Europe, a third of them in Germany. It reported an operating "
        "loss of €420m for the first half of the year.",
        [
            Q(
                "Velox Motors plans to cut about 4,000 jobs at its European plants over the next two years",
                "people familiar with the plans",
                "people familiar with the plans",
                "reported",
                at="Finanzblatt reported on Thursday, citing people familiar with the plans",
                anonymous=True,
                via=(("Finanzblatt", "citing"),),
                classes=("citing_people",),
            ),
            Q(
                "The cuts would fall mainly on the company's engine plant in Gorlitz and its design centre near Turin",
                "the newspaper",
                "Finanzblatt",
                classes=("control",),
            ),
            Q(
                "“structural measures” were being prepared",
                "managers",
                "managers",
                "told",
                anonymous=True,
                via=(
                    ("employee representatives", "told"),
                    ("works council", "reported_by"),
                    ("MDX", "reported_by"),
                ),
                classes=("statement_relayed", "chain_three"),
            ),
            Q(
                "it would “resist every single compulsory redundancy.”",
                "The works council",
                "works council",
                at="The works council said",
                how="statement",
                classes=("statement_relayed", "new_report"),
            ),
            Q(
                "the company needed to cut its fixed costs by 15 per cent to compete with Chinese electric-car makers",
                "Velox chief executive Sabine Korr",
                "Sabine Korr",
                "told",
                classes=("control",),
            ),
            Q(
                "“We are carrying the cost base of a company twice our size,”",
                "Korr",
                "Sabine Korr",
                via=(("MarketLine", "reported_by"),),
                classes=("transcript_published",),
            ),
            Q(
                "the cuts were “overdue and probably not deep enough.”",
                "Analysts at Bramwell Securities",
                "Bramwell Securities",
                at="Analysts at Bramwell Securities said",
                how="wrote",
                classes=("control",),
            ),
            Q(
                "the company was “using the electric transition as an excuse to shrink.”",
                "The union IG Werk",
                "IG Werk",
                classes=("control",),
            ),
            Q(
                "workers in Gorlitz had accepted a pay freeze two years ago in return for job guarantees that run "
                "until 2026",
                "Heiko Brandl",
                "Heiko Brandl",
                at="Heiko Brandl, said",
                classes=("control",),
            ),
            Q(
                "it was in contact with the company",
                "The federal economy ministry",
                "federal economy ministry",
                classes=("control",),
            ),
            Q(
                "the government expected Velox to “honour its commitments to its workforce.”",
                "Julia Renz",
                "Julia Renz",
                at="Julia Renz, said",
                classes=("control",),
            ),
        ],
        titles={
            "Sabine Korr": ["Velox chief executive"],
            "Heiko Brandl": ["Its regional leader"],
            "Julia Renz": ["A ministry spokeswoman"],
        },
    ),
    A(
        "c2-oldtown-control",
        "local",
        ("control",),
        "Mayor unveils plan to pedestrianise old town\n\n"
        "Mayor Lucia Ferrante unveiled plans on Tuesday to close four streets in Brindle's old town to "
        "traffic from next summer, saying the change would “give the centre back to people.”\n\n"
        "Speaking at a news conference outside the town hall, Ferrante said the council would spend £2.4m on "
        "new paving, benches and trees. “For fifty years we have designed this town around the car. That "
        "ends now,” she said.\n\n"
        "Shopkeepers gave the plan a mixed reception. Amir Haddad, who owns a shoe shop on Cheap Street, said "
        "in an interview that he feared customers would stop coming if they could not park nearby. “My "
        "customers are older. They are not going to cycle here,” he said.\n\n"
        "Others welcomed it. Clara Wynn, who runs a café on the same street, said footfall had risen in "
        "other towns that had done the same. “Look at Eastmere. The streets are full,” she said in a phone "
        "call on Wednesday.\n\n"
        "The plan was drawn up after a consultation in which 3,100 residents took part. A report on the "
        "consultation, written by the council's transport officer, Gideon Fairley, found that 64 per cent "
        "supported closing at least some streets. Fairley wrote that deliveries would be allowed before "
        "10am.\n\n"
        "Opposition councillor Bernard Ashe wrote on his blog that the plan was “a vanity project dressed up "
        "as a green policy.” He said his group would vote against it when it comes before the full council "
        "in January.\n\n"
        "The Brindle Chamber of Commerce said in a statement that it supported the aim of the plan but wanted "
        "a trial period first. Its president, Fiona Dyce, said a six-month trial would show whether the "
        "fears of traders were justified.\n\n"
        "Work on the first street, Cheap Street, is due to begin in May if the council approves the plan.",
        [
            Q(
                "the change would “give the centre back to people.”",
                "Mayor Lucia Ferrante",
                "Lucia Ferrante",
                "saying",
                at="Mayor Lucia Ferrante unveiled plans on Tuesday to close four streets in Brindle's old town to "
                "traffic from next summer, saying",
            ),
            Q(
                "the council would spend £2.4m on new paving, benches and trees",
                "Ferrante",
                "Lucia Ferrante",
            ),
            Q(
                "“For fifty years we have designed this town around the car. That ends now,”",
                "she",
                "Lucia Ferrante",
            ),
            Q(
                "he feared customers would stop coming if they could not park nearby",
                "Amir Haddad",
                "Amir Haddad",
                at="Amir Haddad, who owns a shoe shop on Cheap Street, said",
            ),
            Q("“My customers are older. They are not going to cycle here,”", "he", "Amir Haddad"),
            Q(
                "footfall had risen in other towns that had done the same",
                "Clara Wynn",
                "Clara Wynn",
                at="Clara Wynn, who runs a café on the same street, said",
            ),
            Q("“Look at Eastmere. The streets are full,”", "she", "Clara Wynn"),
            Q(
                "64 per cent supported closing at least some streets",
                "A report on the consultation",
                "Gideon Fairley",
                "found",
                at="A report on the consultation, written by the council's transport officer, Gideon Fairley, found",
                how="wrote",
            ),
            Q("deliveries would be allowed before 10am", "Fairley", "Gideon Fairley", "wrote", how="wrote"),
            Q(
                "the plan was “a vanity project dressed up as a green policy.”",
                "Opposition councillor Bernard Ashe",
                "Bernard Ashe",
                "wrote",
                how="wrote",
            ),
            Q(
                "his group would vote against it when it comes before the full council in January",
                "He",
                "Bernard Ashe",
            ),
            Q(
                "it supported the aim of the plan but wanted a trial period first",
                "The Brindle Chamber of Commerce",
                "Brindle Chamber of Commerce",
                at="The Brindle Chamber of Commerce said",
                how="statement",
            ),
            Q(
                "a six-month trial would show whether the fears of traders were justified",
                "Fiona Dyce",
                "Fiona Dyce",
                at="Fiona Dyce, said",
            ),
        ],
        titles={
            "Lucia Ferrante": ["Mayor"],
            "Gideon Fairley": ["the council's transport officer"],
            "Bernard Ashe": ["Opposition councillor"],
            "Fiona Dyce": ["Its president"],
        },
    ),
]
