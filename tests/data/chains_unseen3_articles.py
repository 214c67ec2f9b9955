"""The third unseen chains set, part one: invented news articles on relays, written before the sources code was read.

Every name, place, outlet and event is invented (the wire agencies' datelines keep their usual form). The
relays are phrased away from the first two sets: "X told Y, which reported", "in remarks carried by state
television", "in an interview with Z broadcast on Sunday", "a statement read out by her lawyer", "wrote in a
memo seen by Y", "according to a transcript obtained by Y", "documents filed in court show that X told
investigators", "X's comments were first reported by Y", "Y quoted X as saying", "citing two people familiar
with", "the two people said" after another speaker's claim, wire copy with "(Reuters) —" datelines and "the
agency said", translations, social-media posts quoted by outlets, pool reports, and controls where two
sources appear but no chain exists. See ``make_chains_unseen3.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c3-wire-mine",
        "wire",
        ("told_own_agency", "interview_named", "people_familiar_told", "two_people_later", "recording_reviewed"),
        "LIMA, March 4 (Reuters) — Peru's mining ministry will review the licence of the Quilcapampa copper mine "
        "after a tailings leak last month, Deputy Minister Rosa Ancajima told Reuters on Tuesday.\n\n"
        "“We are not going to look away this time,” Ancajima said in an interview with Reuters at the ministry. "
        "“The company has until Friday to hand over its water data.”\n\n"
        "The mine's operator, Andes Basin Metals, said in a statement that the leak had been contained within the "
        "site. It did not respond to further questions.\n\n"
        "Two people familiar with the review told Reuters the ministry was also weighing a fine of up to $12 "
        "million. They asked not to be named because the discussions are private.\n\n"
        "Residents of the valley have complained about the mine for years. “The river turned grey in one "
        "afternoon,” said Teodoro Quispe, a farmer whose fields border the site, speaking by phone from his "
        "village. “My cows would not drink from it for a week.”\n\n"
        "The company's chief executive, Malcolm Reyes, told the local station Radio Sur last week that the firm "
        "had “nothing to hide”, according to a recording of the programme reviewed by Reuters.\n\n"
        "Environmental engineer Lucía Paredes, who has studied the tailings dam since 2019, said the leak was "
        "predictable. “Every rainy season the pond rises closer to the rim,” she said.\n\n"
        "A ministry spokesman declined to say how large any fine could be. The review is likely to take up to "
        "three months, the two people said, and the mine may keep operating while it runs.\n\n"
        "Andes Basin Metals shares fell 4% in Toronto on Tuesday. The company produced 118,000 tonnes of copper "
        "last year, most of it shipped to smelters in Asia, and employs about 2,300 people in the region, many "
        "of them from the same villages that now want the dam closed.",
        [
            Q(
                "Peru's mining ministry will review the licence of the Quilcapampa copper mine after a tailings leak "
                "last month",
                "Deputy Minister Rosa Ancajima",
                "Rosa Ancajima",
                "told",
                via=(("Reuters", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                (
                    "“We are not going to look away this time,”",
                    "“The company has until Friday to hand over its water data.”",
                ),
                "Ancajima",
                "Rosa Ancajima",
                via=(("Reuters", "interview"),),
                classes=("interview_named",),
            ),
            Q(
                "the leak had been contained within the site",
                "Andes Basin Metals",
                "Andes Basin Metals",
                at="Andes Basin Metals, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the ministry was also weighing a fine of up to $12 million",
                "Two people familiar with the review",
                "two people familiar with the review",
                "told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("people_familiar_told",),
            ),
            Q(
                ("“The river turned grey in one afternoon,”", "“My cows would not drink from it for a week.”"),
                "Teodoro Quispe",
                "Teodoro Quispe",
                classes=("control",),
            ),
            Q(
                "the firm had “nothing to hide”",
                "Malcolm Reyes",
                "Malcolm Reyes",
                "told",
                at="Malcolm Reyes, told",
                via=(("Radio Sur", "told"), ("Reuters", "reported_by")),
                classes=("recording_reviewed",),
            ),
            Q(
                "the leak was predictable",
                "Lucía Paredes",
                "Lucía Paredes",
                at="Lucía Paredes, who has studied the tailings dam since 2019, said",
                classes=("control",),
            ),
            Q(
                "“Every rainy season the pond rises closer to the rim,”",
                "she",
                "Lucía Paredes",
                classes=("control",),
            ),
            Q(
                ("The review is likely to take up to three months", "and the mine may keep operating while it runs"),
                "the two people",
                "two people familiar with the review",
                via=(("Reuters", "told"),),
                anonymous=True,
                kind="indirect",
                classes=("two_people_later",),
            ),
        ],
        titles={
            "Rosa Ancajima": ["Deputy Minister"],
            "Malcolm Reyes": ["The company's chief executive"],
            "Teodoro Quispe": ["a farmer whose fields border the site"],
            "Lucía Paredes": ["Environmental engineer"],
        },
    ),
    A(
        "c3-agency-floods",
        "local",
        ("agency_said", "told_agency", "remarks_carried", "statement_read_out", "agreed_control"),
        "Flood barrier contract goes to lakeside consortium\n\n"
        "The regional government of Altamira has awarded a 240-million-sol contract for flood barriers along the "
        "western shore of Lake Orcoma to a consortium led by the engineering firm Valdivia Hidráulica, the state "
        "news agency Kallpa reported on Wednesday.\n\n"
        "Regional governor Elsa Mamani told Kallpa the barriers would be finished before the 2028 rainy season. "
        "“This is the largest public work our region has ever paid for,” she said.\n\n"
        "The consortium did not reply to questions about its costs, the agency said.\n\n"
        "In remarks carried by state television, Housing Minister Julio Cárdenas said the contract showed that "
        "the provinces could run large projects without Lima's help.\n\n"
        "Not everyone is pleased. Opposition councillor Inés Villca said the tender had been rushed through "
        "during the holidays. Her fellow councillor Marco Apaza agreed with her, adding that bidders had been "
        "given only nine days to prepare their offers.\n\n"
        "One of the losing bidders has gone to court. In a statement read out by her lawyer, Raúl Ticona, on the "
        "steps of the provincial court, the firm's director, Carmen Huanca, said the winning bid had been "
        "“written for one company”. Ticona said the firm would ask for the award to be suspended.\n\n"
        "Fishermen in the lakeside town of Pucará have mixed feelings. “If the wall stops the water, good,” "
        "said Anselmo Choque, who has fished the lake for forty years. “If it stops the boats, we are finished.”\n\n"
        "The regional government said in a statement that fishing piers would be built into the barrier every "
        "two kilometres.\n\n"
        "Work is due to start in June. Kallpa said the first section, near the town's market, would cost about "
        "38 million soles, and that the consortium had promised to hire at least half of its workers locally.",
        [
            Q(
                "The regional government of Altamira has awarded a 240-million-sol contract for flood barriers along "
                "the western shore of Lake Orcoma to a consortium led by the engineering firm Valdivia Hidráulica",
                "the state news agency Kallpa",
                "Kallpa",
                "reported",
                classes=("control",),
            ),
            Q(
                "the barriers would be finished before the 2028 rainy season",
                "Regional governor Elsa Mamani",
                "Elsa Mamani",
                "told",
                via=(("Kallpa", "told"),),
                classes=("told_agency",),
            ),
            Q(
                "“This is the largest public work our region has ever paid for,”",
                "she",
                "Elsa Mamani",
                via=(("Kallpa", "told"),),
                classes=("told_agency", "frame_carryover"),
            ),
            Q(
                "The consortium did not reply to questions about its costs",
                "the agency",
                "Kallpa",
                classes=("agency_said",),
            ),
            Q(
                "the contract showed that the provinces could run large projects without Lima's help",
                "Housing Minister Julio Cárdenas",
                "Julio Cárdenas",
                via=(("state television", "reported_by"),),
                classes=("remarks_carried",),
            ),
            Q(
                "the tender had been rushed through during the holidays",
                "Opposition councillor Inés Villca",
                "Inés Villca",
                classes=("control",),
            ),
            Q(
                "bidders had been given only nine days to prepare their offers",
                "Marco Apaza",
                "Marco Apaza",
                "adding",
                at="Marco Apaza agreed with her, adding",
                classes=("agreed_control",),
            ),
            Q(
                "the winning bid had been “written for one company”",
                "Carmen Huanca",
                "Carmen Huanca",
                at="Carmen Huanca, said",
                how="statement",
                via=(("Raúl Ticona", "reported_by"),),
                classes=("statement_read_out",),
            ),
            Q(
                "the firm would ask for the award to be suspended",
                "Ticona",
                "Raúl Ticona",
                classes=("control",),
            ),
            Q(
                ("“If the wall stops the water, good,”", "“If it stops the boats, we are finished.”"),
                "Anselmo Choque",
                "Anselmo Choque",
                classes=("control",),
            ),
            Q(
                "fishing piers would be built into the barrier every two kilometres",
                "The regional government",
                "regional government",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the first section, near the town's market, would cost about 38 million soles, and that the "
                "consortium had promised to hire at least half of its workers locally",
                "Kallpa",
                "Kallpa",
                classes=("agency_said",),
            ),
        ],
        titles={
            "Elsa Mamani": ["Regional governor"],
            "Julio Cárdenas": ["Housing Minister"],
            "Inés Villca": ["Opposition councillor"],
            "Marco Apaza": ["Her fellow councillor"],
            "Carmen Huanca": ["the firm's director"],
            "Raúl Ticona": ["her lawyer"],
        },
    ),
    A(
        "c3-court-port",
        "local",
        ("court_documents_told", "prosecutors_defence", "statement_read_out_prosecutor", "as_did"),
        "A former harbour procurement chief was sentenced on Thursday to four years in prison for taking bribes "
        "from a dredging contractor, ending a case that has shaken the port city of Kellmarsh.\n\n"
        "Documents filed in court show that Oskar Kessler told investigators he had accepted the payments as "
        "“consulting fees” and had not thought of them as bribes.\n\n"
        "At the trial, prosecutors said Kessler had steered fourteen contracts to a firm owned by his "
        "brother-in-law; the defence argued that every contract had been approved by a committee of five.\n\n"
        "In a statement read out by prosecutor Lena Hartwig, the harbour authority's former chief executive, "
        "Dieter Brandt, said the case had “shaken the trust of every dock worker in this city”.\n\n"
        "Judge Anke Vollmer said Kessler had shown “no real remorse”. “You treated a public office as a private "
        "shop,” she told him as she read the sentence.\n\n"
        "Kessler's lawyer, Tomas Reuter, said his client would appeal, as did the lawyer for the contractor, who "
        "received a suspended sentence.\n\n"
        "Outside the courtroom, dock worker Jana Polk said the sentence was too short. “Four years for ten "
        "million,” she said. “I would take that deal.”\n\n"
        "The port authority said in a statement that it had changed its procurement rules in 2024 and that no "
        "single official could now approve a contract alone.\n\n"
        "The contractor's chief executive, Felix Brandauer, told the court last month that his firm had been "
        "“a victim of a corrupt system, not its author”. The judge did not accept that account. Prosecutor "
        "Hartwig agreed with the judge's reading of the evidence and said she was satisfied with the sentence.\n\n"
        "The dredging works at the centre of the case were finished in 2022, two years late and 40 percent over "
        "budget. The city council is still paying off the loan it took out to cover the difference.",
        [
            Q(
                "he had accepted the payments as “consulting fees” and had not thought of them as bribes",
                "Oskar Kessler",
                "Oskar Kessler",
                "told",
                via=(("investigators", "told"), ("documents filed in court", "reported_by")),
                classes=("court_documents_told",),
            ),
            Q(
                "Kessler had steered fourteen contracts to a firm owned by his brother-in-law",
                "prosecutors",
                "prosecutors",
                classes=("prosecutors_defence",),
            ),
            Q(
                "every contract had been approved by a committee of five",
                "the defence",
                "defence",
                "argued",
                classes=("prosecutors_defence",),
            ),
            Q(
                "the case had “shaken the trust of every dock worker in this city”",
                "Dieter Brandt",
                "Dieter Brandt",
                at="Dieter Brandt, said",
                how="statement",
                via=(("Lena Hartwig", "reported_by"),),
                classes=("statement_read_out_prosecutor",),
            ),
            Q("Kessler had shown “no real remorse”", "Judge Anke Vollmer", "Anke Vollmer", classes=("control",)),
            Q(
                "“You treated a public office as a private shop,”",
                "she",
                "Anke Vollmer",
                "told",
                classes=("control",),
            ),
            Q(
                "his client would appeal",
                "Tomas Reuter",
                "Tomas Reuter",
                at="Tomas Reuter, said",
                classes=("as_did",),
            ),
            Q(
                ("“Four years for ten million,”", "“I would take that deal.”"),
                "she",
                "Jana Polk",
                classes=("control",),
            ),
            Q(
                "it had changed its procurement rules in 2024 and that no single official could now approve a "
                "contract alone",
                "The port authority",
                "port authority",
                how="statement",
                classes=("control",),
            ),
            Q(
                "his firm had been “a victim of a corrupt system, not its author”",
                "Felix Brandauer",
                "Felix Brandauer",
                "told",
                at="Felix Brandauer, told",
                classes=("control",),
            ),
            Q(
                "she was satisfied with the sentence",
                "Hartwig",
                "Lena Hartwig",
                at="Hartwig agreed with the judge's reading of the evidence and said",
                classes=("agreed_control",),
            ),
        ],
        titles={
            "Dieter Brandt": ["the harbour authority's former chief executive"],
            "Lena Hartwig": ["prosecutor"],
            "Tomas Reuter": ["Kessler's lawyer"],
            "Jana Polk": ["dock worker"],
            "Felix Brandauer": ["The contractor's chief executive"],
        },
    ),
    A(
        "c3-state-media-subsidy",
        "wire",
        ("state_media_cabinet", "translation", "interview_broadcast", "post_quoted"),
        "The government of Moravia will keep its fuel subsidy until the end of the year despite pressure from "
        "lenders, according to officials and state media.\n\n"
        "According to state media, President Aurelio Banda told his cabinet on Monday that the subsidy would stay "
        "in place “as long as families are suffering”.\n\n"
        "“We will not make families pay for a crisis they did not cause,” Banda said in Portuguese, according to "
        "a translation published by the Meridian Times.\n\n"
        "Finance Minister Grace Phiri, in an interview with Radio Kalulu broadcast on Sunday, said the subsidy "
        "cost the treasury about 1.2 billion dollars a year. “It is expensive, but the alternative is bread "
        "riots,” she said.\n\n"
        "The lenders' mission chief, Petra Lindqvist, said in a statement on Tuesday that the talks would "
        "continue next month and that no decision had been taken.\n\n"
        "Opposition leader Mwila Chanda wrote on Facebook that the subsidy was “a pre-election bribe paid with "
        "borrowed money”, in a post quoted by the Meridian Times.\n\n"
        "Economists are divided. Joseph Tembo, who teaches at the national university, said the subsidy mostly "
        "helped car owners in the capital. His colleague Ruth Mwale disagreed, saying bus fares would double "
        "without it.\n\n"
        "At a fuel station on the edge of the capital, taxi driver Peter Lungu said he queued for two hours each "
        "morning. “When the price goes up, my children eat less,” he said.\n\n"
        "State media also reported that the president had ordered an audit of the state oil importer. Its chief "
        "executive, Chileshe Mumba, said the audit was welcome. The company imports about 80 percent of the "
        "country's fuel, most of it by road from the coast.",
        [
            Q(
                "the subsidy would stay in place “as long as families are suffering”",
                "President Aurelio Banda",
                "Aurelio Banda",
                "told",
                via=(("cabinet", "told"), ("state media", "reported_by")),
                classes=("state_media_cabinet",),
            ),
            Q(
                "“We will not make families pay for a crisis they did not cause,”",
                "Banda",
                "Aurelio Banda",
                via=(("Meridian Times", "reported_by"),),
                classes=("translation",),
            ),
            Q(
                "the subsidy cost the treasury about 1.2 billion dollars a year",
                "Finance Minister Grace Phiri",
                "Grace Phiri",
                at="Finance Minister Grace Phiri, in an interview with Radio Kalulu broadcast on Sunday, said",
                via=(("Radio Kalulu", "interview"),),
                classes=("interview_broadcast",),
            ),
            Q(
                "“It is expensive, but the alternative is bread riots,”",
                "she",
                "Grace Phiri",
                via=(("Radio Kalulu", "interview"),),
                classes=("interview_broadcast", "frame_carryover"),
            ),
            Q(
                "the talks would continue next month and that no decision had been taken",
                "Petra Lindqvist",
                "Petra Lindqvist",
                at="Petra Lindqvist, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the subsidy was “a pre-election bribe paid with borrowed money”",
                "Opposition leader Mwila Chanda",
                "Mwila Chanda",
                "wrote",
                how="wrote",
                via=(("Meridian Times", "reported_by"),),
                classes=("post_quoted",),
            ),
            Q(
                "the subsidy mostly helped car owners in the capital",
                "Joseph Tembo",
                "Joseph Tembo",
                at="Joseph Tembo, who teaches at the national university, said",
                classes=("control",),
            ),
            Q(
                "bus fares would double without it",
                "Ruth Mwale",
                "Ruth Mwale",
                "saying",
                at="Ruth Mwale disagreed, saying",
                classes=("control",),
            ),
            Q("he queued for two hours each morning", "Peter Lungu", "Peter Lungu", classes=("control",)),
            Q("“When the price goes up, my children eat less,”", "he", "Peter Lungu", classes=("control",)),
            Q(
                "the president had ordered an audit of the state oil importer",
                "State media",
                "state media",
                "reported",
                at="State media also reported",
                classes=("control",),
            ),
            Q(
                "the audit was welcome",
                "Chileshe Mumba",
                "Chileshe Mumba",
                at="Chileshe Mumba, said",
                classes=("control",),
            ),
        ],
        titles={
            "Grace Phiri": ["Finance Minister"],
            "Petra Lindqvist": ["The lenders' mission chief"],
            "Mwila Chanda": ["Opposition leader"],
            "Peter Lungu": ["taxi driver"],
            "Chileshe Mumba": ["Its chief executive"],
        },
    ),
    A(
        "c3-hospital-memo",
        "local",
        ("memo_seen", "comments_first_reported", "quoted_as_saying", "as_did"),
        "Night-time maternity care at Alderbrook Hospital could be suspended within weeks because of a shortage "
        "of senior doctors, according to internal documents.\n\n"
        "The trust's medical director, Dr Hannah Okoro, wrote in a memo seen by the Wessex Courier that the unit "
        "was “no longer safe to run at night with the staff we have”.\n\n"
        "“We are asking midwives to do the impossible,” Okoro said at a staff briefing last week. Her comments "
        "were first reported by the trade magazine Ward Weekly.\n\n"
        "The Courier quoted a senior midwife as saying that three night shifts in October had run with a single "
        "junior doctor.\n\n"
        "A spokeswoman for the trust said patient safety was “our first priority” and that no decision had been "
        "made.\n\n"
        "Sarah Lyle, regional organiser for the midwives' union, said the memo confirmed what staff had been "
        "saying for months, as did the local MP, Adrian Fell. “Nobody should be surprised by this,” Lyle said. "
        "“We raised it in writing in March.”\n\n"
        "Health Minister Paul Adeyemi told MPs on Wednesday that he had asked for a report on the unit. He said "
        "extra locum doctors would be sent from the regional pool.\n\n"
        "Expectant parents have started asking where they should go instead. Megan Hale, who is due in January, "
        "said the nearest other unit was an hour's drive away. “If it happens at three in the morning, an hour "
        "is a very long time,” she said.\n\n"
        "The hospital delivered 3,100 babies last year, about a third of them between midnight and eight in the "
        "morning. The trust has tried to recruit four consultants since the spring and has appointed one.",
        [
            Q(
                "the unit was “no longer safe to run at night with the staff we have”",
                "Dr Hannah Okoro",
                "Hannah Okoro",
                "wrote",
                at="Dr Hannah Okoro, wrote",
                how="wrote",
                via=(("Wessex Courier", "reported_by"),),
                classes=("memo_seen",),
            ),
            Q(
                "“We are asking midwives to do the impossible,”",
                "Okoro",
                "Hannah Okoro",
                via=(("Ward Weekly", "reported_by"),),
                classes=("comments_first_reported",),
            ),
            Q(
                "three night shifts in October had run with a single junior doctor",
                "a senior midwife",
                "a senior midwife",
                "saying",
                at="quoted a senior midwife as saying",
                via=(("Wessex Courier", "reported_by"),),
                anonymous=True,
                classes=("quoted_as_saying",),
            ),
            Q(
                "patient safety was “our first priority” and that no decision had been made",
                "A spokeswoman for the trust",
                "a spokeswoman for the trust",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "the memo confirmed what staff had been saying for months",
                "Sarah Lyle",
                "Sarah Lyle",
                at="Sarah Lyle, regional organiser for the midwives' union, said",
                classes=("as_did",),
            ),
            Q(
                ("“Nobody should be surprised by this,”", "“We raised it in writing in March.”"),
                "Lyle",
                "Sarah Lyle",
                classes=("control",),
            ),
            Q(
                "he had asked for a report on the unit",
                "Health Minister Paul Adeyemi",
                "Paul Adeyemi",
                "told",
                classes=("control",),
            ),
            Q(
                "extra locum doctors would be sent from the regional pool",
                "He",
                "Paul Adeyemi",
                classes=("control",),
            ),
            Q(
                "the nearest other unit was an hour's drive away",
                "Megan Hale",
                "Megan Hale",
                at="Megan Hale, who is due in January, said",
                classes=("control",),
            ),
            Q(
                "“If it happens at three in the morning, an hour is a very long time,”",
                "she",
                "Megan Hale",
                classes=("control",),
            ),
        ],
        titles={
            "Hannah Okoro": ["The trust's medical director"],
            "Sarah Lyle": ["regional organiser for the midwives' union"],
            "Paul Adeyemi": ["Health Minister"],
        },
    ),
]
