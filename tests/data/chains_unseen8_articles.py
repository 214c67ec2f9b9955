"""Articles 1-7 of the eighth unseen chains set (``make_chains_unseen8.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c8-care-home-letters",
        style="local",
        classes=("documents",),
        text="""Care home told to hire more night staff after inspection

By Orla Quint

WESTBRIDGE — A care home on the edge of Westbridge has been ordered to double its night staff within six weeks \
after an unannounced inspection in October.

The letter, from the chief inspector of adult care, said residents had been "left without help for long stretches \
of the night." It was sent to the home's owners, Fenmoor Living, on Friday.

A second letter, from the regional fire officer, Colm Dwyer, warned that two fire doors on the upper floor had been \
wedged open during the visit.

Fenmoor's managing director, Jess Partington, said the company accepted the findings. "We let our residents down \
and we are putting it right," she said.

A memo from the home's manager, Ade Okafor, to staff, which was seen by the Westbridge Courier, said night checks \
must be logged "on every round, however short." Okafor wrote in the memo that the night rota would be redrawn by \
the end of the month.

The inspection report, written by senior inspector Hana Vossberg and published on Monday, found that medicines had \
been logged late on eleven occasions.

Relatives welcomed the action. Pauline Greer, whose father has lived at the home for three years, said she had \
complained about the night cover twice. "Nobody answered the buzzer for forty minutes," she said.
""",
        quotes=[
            Q(
                'residents had been "left without help for long stretches of the night."',
                "the chief inspector of adult care",
                "the chief inspector of adult care",
                at="The letter, from the chief inspector of adult care, said",
                how="wrote",
                classes=("letter_from_role",),
            ),
            Q(
                "two fire doors on the upper floor had been wedged open during the visit",
                "Colm Dwyer",
                "Colm Dwyer",
                cue="warned",
                at="A second letter, from the regional fire officer, Colm Dwyer, warned",
                how="wrote",
                classes=("letter_from_named",),
            ),
            Q(
                "the company accepted the findings",
                "Jess Partington",
                "Jess Partington",
                at="Jess Partington, said",
                classes=("control",),
            ),
            Q(
                '"We let our residents down and we are putting it right,"',
                "she",
                "Jess Partington",
                classes=("control",),
            ),
            Q(
                'night checks must be logged "on every round, however short."',
                "Ade Okafor",
                "Ade Okafor",
                at="Ade Okafor, to staff, which was seen by the Westbridge Courier, said",
                how="wrote",
                via=(("Westbridge Courier", "reported_by"),),
                classes=("memo_from_seen",),
            ),
            Q(
                "the night rota would be redrawn by the end of the month",
                "Okafor",
                "Ade Okafor",
                cue="wrote",
                how="wrote",
                via=(("Westbridge Courier", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "medicines had been logged late on eleven occasions",
                "Hana Vossberg",
                "Hana Vossberg",
                cue="found",
                at="The inspection report, written by senior inspector Hana Vossberg and published on Monday, found",
                how="wrote",
                classes=("report_written_by",),
            ),
            Q(
                "she had complained about the night cover twice",
                "Pauline Greer",
                "Pauline Greer",
                at="Pauline Greer, whose father has lived at the home for three years, said",
                classes=("control",),
            ),
            Q('"Nobody answered the buzzer for forty minutes,"', "she", "Pauline Greer", classes=("control",)),
        ],
        titles={
            "Colm Dwyer": ["the regional fire officer"],
            "Jess Partington": ["Fenmoor's managing director"],
            "Ade Okafor": ["the home's manager"],
            "Hana Vossberg": ["senior inspector"],
        },
    ),
    A(
        id="c8-fishing-talks",
        style="wire",
        classes=("told_outlet",),
        text="""Talks on fishing rights stall over quota formula

OSLO/BRUSSELS, March 9 — Negotiations between Norway and the European Union over fishing rights in the North Sea \
have stalled over how to divide the mackerel quota, according to people on both sides.

A person familiar with the talks told Reuters that the Norwegian side had rejected a compromise formula on Thursday \
evening. The person, who asked not to be named because the talks are confidential, said a new round was unlikely \
before April.

An EU official told the Financial Times that Brussels was "running out of patience" with what it saw as delaying \
tactics. The official said member states would discuss the stalemate at a meeting of fisheries ministers next week.

Norway's fisheries minister, Sindre Aaland, told reporters in Bergen that his government wanted a deal "that our \
coastal communities can live with." He declined to comment on the formula.

A second Norwegian negotiator, speaking to the broadcaster NRK on condition of anonymity, said the gap between the \
two sides was "smaller than it looks."

The European Commission said in a statement that it remained committed to an agreement. A Commission spokeswoman, \
Lotte Brandt, said the talks were "difficult but not dead."

Fishing groups on both sides have warned that boats could be idle for weeks if no deal is reached by May. "Every \
week without a quota costs us money we do not have," said Hallvard Eik, who chairs a fishermen's cooperative in \
Ålesund.
""",
        quotes=[
            Q(
                "Negotiations between Norway and the European Union over fishing rights in the North Sea have stalled "
                "over how to divide the mackerel quota",
                "people on both sides",
                "people on both sides",
                cue="according to",
                how="according_to",
                anonymous=True,
                classes=("according_to_people_control",),
            ),
            Q(
                "the Norwegian side had rejected a compromise formula on Thursday evening",
                "A person familiar with the talks",
                "a person familiar with the talks",
                cue="told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("anonymous_told_outlet",),
            ),
            Q(
                "a new round was unlikely before April",
                "The person",
                "a person familiar with the talks",
                at="The person, who asked not to be named because the talks are confidential, said",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                'Brussels was "running out of patience" with what it saw as delaying tactics',
                "An EU official",
                "an EU official",
                cue="told",
                via=(("Financial Times", "told"),),
                anonymous=True,
                classes=("second_anonymous_other_outlet",),
            ),
            Q(
                "member states would discuss the stalemate at a meeting of fisheries ministers next week",
                "The official",
                "an EU official",
                via=(("Financial Times", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                'his government wanted a deal "that our coastal communities can live with."',
                "Sindre Aaland",
                "Sindre Aaland",
                cue="told",
                at="Sindre Aaland, told",
                classes=("told_reporters_control",),
            ),
            Q(
                'the gap between the two sides was "smaller than it looks."',
                "A second Norwegian negotiator",
                "a second Norwegian negotiator",
                at="A second Norwegian negotiator, speaking to the broadcaster NRK on condition of anonymity, said",
                via=(("NRK", "interview"),),
                anonymous=True,
                classes=("third_anonymous_speaking_to",),
            ),
            Q(
                "it remained committed to an agreement",
                "The European Commission",
                "European Commission",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the talks were "difficult but not dead."',
                "Lotte Brandt",
                "Lotte Brandt",
                at="Lotte Brandt, said",
                classes=("control",),
            ),
            Q(
                '"Every week without a quota costs us money we do not have,"',
                "Hallvard Eik",
                "Hallvard Eik",
                at="said Hallvard Eik",
                classes=("control",),
            ),
        ],
        titles={
            "Sindre Aaland": ["Norway's fisheries minister"],
            "Lotte Brandt": ["A Commission spokeswoman"],
        },
    ),
    A(
        id="c8-club-treasurer",
        style="local",
        classes=("documents",),
        text="""Former treasurer hid losses from club's board, prosecutors allege

By Teodor Halvik

MILLBRAE — The former treasurer of a Millbrae sports club moved money between accounts for two years to hide losses \
from the board, according to court documents filed by prosecutors on Wednesday.

Ronan Skelly, 47, is charged with false accounting. According to the documents, Skelly told the club's auditor in \
2023 that a missing payment of £18,000 was "a bank error that will sort itself out."

The filing also says Skelly wrote in an email to the club chairman that the accounts were "in better shape than \
they have ever been."

At a hearing on Thursday, Skelly's lawyer, Miriam Daventry, said her client would plead not guilty. "This is a case \
about sloppy bookkeeping, not theft," she told the court.

According to a transcript of the hearing published by the Millbrae Messenger, Judge Alan Porteous told Skelly that \
the case was "serious enough to go before a jury."

The club's current chairman, Ben Ogunleye, said members had been "shocked and hurt." He said the club had changed \
its bank and now needed two signatures for any payment.

A former board member, Clare Innes, told the Messenger last year that she had asked to see the bank statements and \
been refused. The paper first reported the club's losses in March.
""",
        quotes=[
            Q(
                "The former treasurer of a Millbrae sports club moved money between accounts for two years to hide "
                "losses from the board",
                "prosecutors",
                "prosecutors",
                cue="according to",
                at="according to court documents filed by prosecutors",
                how="according_to",
                classes=("filed_by_author_control",),
            ),
            Q(
                'a missing payment of £18,000 was "a bank error that will sort itself out."',
                "Skelly",
                "Ronan Skelly",
                cue="told",
                how="told",
                via=(("club's auditor", "told"), ("prosecutors", "reported_by")),
                classes=("according_to_filing_told",),
            ),
            Q(
                'the accounts were "in better shape than they have ever been."',
                "Skelly",
                "Ronan Skelly",
                cue="wrote",
                how="wrote",
                via=(("prosecutors", "reported_by"),),
                classes=("filing_says_wrote",),
            ),
            Q(
                "her client would plead not guilty",
                "Miriam Daventry",
                "Miriam Daventry",
                at="Miriam Daventry, said",
                classes=("control",),
            ),
            Q(
                '"This is a case about sloppy bookkeeping, not theft,"',
                "she",
                "Miriam Daventry",
                cue="told",
                classes=("told_court_control",),
            ),
            Q(
                'the case was "serious enough to go before a jury."',
                "Alan Porteous",
                "Alan Porteous",
                cue="told",
                how="told",
                via=(("Ronan Skelly", "told"), ("Millbrae Messenger", "reported_by")),
                classes=("transcript_published",),
            ),
            Q(
                'members had been "shocked and hurt."',
                "Ben Ogunleye",
                "Ben Ogunleye",
                at="Ben Ogunleye, said",
                classes=("control",),
            ),
            Q(
                "the club had changed its bank and now needed two signatures for any payment",
                "He",
                "Ben Ogunleye",
                classes=("control",),
            ),
            Q(
                "she had asked to see the bank statements and been refused",
                "Clare Innes",
                "Clare Innes",
                cue="told",
                at="Clare Innes, told",
                via=(("Millbrae Messenger", "told"),),
                classes=("told_outlet",),
            ),
        ],
        titles={
            "Miriam Daventry": ["Skelly's lawyer"],
            "Ben Ogunleye": ["The club's current chairman"],
            "Clare Innes": ["A former board member"],
        },
    ),
    A(
        id="c8-striker-interview",
        style="interview",
        classes=("interview",),
        text="""Striker says he will stay at Harrowgate despite offers

Harrowgate Town striker Kofi Mensah has said he intends to see out his contract, ending weeks of speculation about \
a move abroad.

Mensah, 24, told the presenter Dana Whitlock in an interview broadcast by Pennine Sport TV on Sunday that he had \
"never once thought about leaving." He said he had turned down two offers from clubs in Portugal.

"This club gave me a chance when nobody else would," he said in the interview.

The club's manager, Graham Tully, said in an interview with the Harrowgate Herald, later broadcast as a podcast by \
Radio Aire, that Mensah was "the first name on the teamsheet."

Speaking on the Kickback podcast, which is carried by the streaming service Soundvale, former Harrowgate captain \
Lee Barraclough said the striker was right to stay. "Another season here and he'll have his pick of the Premier \
League," Barraclough said.

Mensah's agent, Ravi Chandra, declined to comment when contacted by phone.

Supporters had feared a sale after the club reported a loss of £2.1 million last year. The chairman, Peter Alcott, \
told fans at a meeting on Tuesday that there were "no plans to cash in on anybody."
""",
        quotes=[
            Q(
                'he had "never once thought about leaving."',
                "Mensah",
                "Kofi Mensah",
                cue="told",
                at="Mensah, 24, told",
                via=(("Dana Whitlock", "interview"), ("Pennine Sport TV", "reported_by")),
                classes=("interview_broadcast_by",),
            ),
            Q(
                "he had turned down two offers from clubs in Portugal",
                "He",
                "Kofi Mensah",
                via=(("Dana Whitlock", "interview"), ("Pennine Sport TV", "reported_by")),
                classes=("frame_carryover",),
            ),
            Q(
                '"This club gave me a chance when nobody else would,"',
                "he",
                "Kofi Mensah",
                via=(("Dana Whitlock", "interview"), ("Pennine Sport TV", "reported_by")),
                classes=("frame_carryover",),
            ),
            Q(
                'Mensah was "the first name on the teamsheet."',
                "Graham Tully",
                "Graham Tully",
                at="Graham Tully, said",
                via=(("Harrowgate Herald", "interview"), ("Radio Aire", "reported_by")),
                classes=("interview_later_broadcast",),
            ),
            Q(
                "the striker was right to stay",
                "Lee Barraclough",
                "Lee Barraclough",
                via=(("Kickback", "interview"),),
                classes=("podcast_carried_by_platform",),
            ),
            Q(
                '"Another season here and he\'ll have his pick of the Premier League,"',
                "Barraclough",
                "Lee Barraclough",
                via=(("Kickback", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                'there were "no plans to cash in on anybody."',
                "Peter Alcott",
                "Peter Alcott",
                cue="told",
                at="Peter Alcott, told",
                classes=("told_person_control",),
            ),
        ],
        titles={
            "Kofi Mensah": ["Harrowgate Town striker"],
            "Graham Tully": ["The club's manager"],
            "Lee Barraclough": ["former Harrowgate captain"],
        },
    ),
    A(
        id="c8-bridge-posts",
        style="local",
        classes=("platform_post",),
        text="""Mayor's posts on bridge closure draw complaints

LANFORD — The mayor of Lanford, Hester Quayle, has defended the six-month closure of the town's only road bridge in \
a series of online posts that drew hundreds of replies.

Quayle wrote on X on Monday that the closure was "painful but unavoidable" and that engineers had found cracks in \
two of the bridge's piers.

In a Facebook post on Tuesday, she said the council would run a free shuttle bus across the river every twenty \
minutes.

The leader of the opposition group, Marcus Thorne, said in a post on Instagram that the council had known about the \
cracks "for at least a year."

Quayle later deleted a post in which she called critics of the closure "armchair engineers." The post, which was \
captured by the local news site Lanford Live before it was removed, said "people who have never built a shed" \
should leave the bridge to experts.

A business owner on the high street, Nadia Farooq, wrote in a LinkedIn post that her takings had fallen by a third \
since the closure. "We are a bridge town without a bridge," she wrote.

The council's chief engineer, Rhys Pembrey, told Lanford Live that repairs were on schedule. "The bridge will \
reopen in time for the summer," he said.
""",
        quotes=[
            Q(
                'the closure was "painful but unavoidable" and that engineers had found cracks in two of the '
                "bridge's piers",
                "Quayle",
                "Hester Quayle",
                cue="wrote",
                at="Quayle wrote",
                how="wrote",
                classes=("wrote_on_platform_control",),
            ),
            Q(
                "the council would run a free shuttle bus across the river every twenty minutes",
                "she",
                "Hester Quayle",
                classes=("facebook_post_control",),
            ),
            Q(
                'the council had known about the cracks "for at least a year."',
                "Marcus Thorne",
                "Marcus Thorne",
                at="Marcus Thorne, said",
                classes=("platform_post_control",),
            ),
            Q(
                '"people who have never built a shed" should leave the bridge to experts',
                "The post",
                "Hester Quayle",
                at="The post, which was captured by the local news site Lanford Live before it was removed, said",
                how="wrote",
                via=(("Lanford Live", "reported_by"),),
                classes=("post_captured",),
            ),
            Q(
                "her takings had fallen by a third since the closure",
                "Nadia Farooq",
                "Nadia Farooq",
                cue="wrote",
                at="Nadia Farooq, wrote",
                how="wrote",
                classes=("platform_post_control",),
            ),
            Q(
                '"We are a bridge town without a bridge,"',
                "she",
                "Nadia Farooq",
                cue="wrote",
                how="wrote",
                classes=("platform_post_control",),
            ),
            Q(
                "repairs were on schedule",
                "Rhys Pembrey",
                "Rhys Pembrey",
                cue="told",
                at="Rhys Pembrey, told",
                via=(("Lanford Live", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                '"The bridge will reopen in time for the summer,"',
                "he",
                "Rhys Pembrey",
                via=(("Lanford Live", "told"),),
                classes=("frame_carryover",),
            ),
        ],
        titles={
            "Hester Quayle": ["The mayor of Lanford"],
            "Marcus Thorne": ["The leader of the opposition group"],
            "Nadia Farooq": ["A business owner on the high street"],
            "Rhys Pembrey": ["The council's chief engineer"],
        },
    ),
    A(
        id="c8-smelter-release",
        style="wire",
        classes=("documents", "told_outlet"),
        text="""Miner to cut 400 jobs at copper smelter

ZAGORA, June 12 (Balkanpress) — Copper producer Rudnik Metali will cut 400 jobs at its smelter in Zagora as it \
shuts one of two furnaces, the company said in a press release on Thursday.

The release said demand for copper cathode had "fallen sharply" and that the remaining furnace would run at full \
capacity.

The country's economy ministry said in a statement carried by the state news agency Tanpress that it would help the \
workers find jobs in the region. The ministry said in the same statement that it would fund retraining for up to \
250 of them.

The head of the smelter workers' union, Dragan Ilic, told Balkanpress that the union had not been consulted. "We \
learned about it from the radio," he said.

According to a press release from the regional government, relayed by Tanpress, the governor of Zagora province, \
Milena Savic, has asked the company to delay the cuts by six months.

Rudnik Metali's chief executive, Stefan Kovac, was quoted by Tanpress as saying the decision was "painful but \
necessary to keep the company alive."

Analysts at Adria Capital wrote in a note that the cuts would save the company about 30 million euros a year.
""",
        quotes=[
            Q(
                "Copper producer Rudnik Metali will cut 400 jobs at its smelter in Zagora as it shuts one of two "
                "furnaces",
                "the company",
                "Rudnik Metali",
                how="statement",
                classes=("press_release_control",),
            ),
            Q(
                'demand for copper cathode had "fallen sharply" and that the remaining furnace would run at full '
                "capacity",
                "The release",
                "Rudnik Metali",
                how="statement",
                classes=("press_release_control",),
            ),
            Q(
                "it would help the workers find jobs in the region",
                "The country's economy ministry",
                "economy ministry",
                how="statement",
                via=(("Tanpress", "reported_by"),),
                classes=("statement_carried",),
            ),
            Q(
                "it would fund retraining for up to 250 of them",
                "The ministry",
                "economy ministry",
                how="statement",
                via=(("Tanpress", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "the union had not been consulted",
                "Dragan Ilic",
                "Dragan Ilic",
                cue="told",
                at="Dragan Ilic, told",
                via=(("Balkanpress", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                '"We learned about it from the radio,"',
                "he",
                "Dragan Ilic",
                via=(("Balkanpress", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the governor of Zagora province, Milena Savic, has asked the company to delay the cuts by six months",
                "the regional government",
                "regional government",
                cue="According to",
                at="According to a press release from the regional government",
                how="statement",
                via=(("Tanpress", "reported_by"),),
                classes=("press_release_relayed",),
            ),
            Q(
                'the decision was "painful but necessary to keep the company alive."',
                "Stefan Kovac",
                "Stefan Kovac",
                cue="quoted",
                at="Stefan Kovac, was quoted",
                via=(("Tanpress", "reported_by"),),
                classes=("quoted_by_agency",),
            ),
            Q(
                "the cuts would save the company about 30 million euros a year",
                "Analysts at Adria Capital",
                "analysts at Adria Capital",
                cue="wrote",
                how="wrote",
                classes=("note_control",),
            ),
        ],
        titles={
            "Dragan Ilic": ["The head of the smelter workers' union"],
            "Stefan Kovac": ["Rudnik Metali's chief executive"],
        },
    ),
    A(
        id="c8-maternity-first-reported",
        style="local",
        classes=("documents", "told_outlet"),
        text="""Trust drew up plans to close maternity unit, paper reveals

By Saoirse Lennon

KELLBY — Corran Health Trust drew up plans last year to close the maternity unit at Kellby General Hospital, the \
Kellby Advertiser reported on Tuesday.

The trust's chief executive, Dr Anil Mehta, told a board meeting in November that the unit was "not sustainable in \
its current form," according to minutes first obtained by the Advertiser.

In a letter to the trust in January, the director of the regional health authority, Joan Pike, said she would "not \
support any closure without a public consultation," as first reported by the Advertiser.

The trust said on Wednesday that no decision had been taken. "We are looking at every option to keep safe services \
in Kellby," a spokeswoman said.

Local MP Rosalind Hart said she had written to the health secretary demanding an explanation. "Mothers in this town \
deserve better than plans drawn up behind closed doors," she said.

A senior midwife at the hospital, who did not want to be named, told the Advertiser that staff had been warned \
months ago. "We were told to keep quiet," she said.

The BBC later reported that the plans had been shared with the regional health authority in December. Campaigners \
will hold a public meeting at the town hall on Saturday.
""",
        quotes=[
            Q(
                "Corran Health Trust drew up plans last year to close the maternity unit at Kellby General Hospital",
                "the Kellby Advertiser",
                "Kellby Advertiser",
                cue="reported",
                classes=("outlet_own_report_control",),
            ),
            Q(
                'the unit was "not sustainable in its current form,"',
                "Dr Anil Mehta",
                "Anil Mehta",
                cue="told",
                at="Dr Anil Mehta, told",
                how="told",
                via=(("board meeting", "told"), ("Kellby Advertiser", "reported_by")),
                classes=("minutes_first_obtained",),
            ),
            Q(
                'she would "not support any closure without a public consultation,"',
                "Joan Pike",
                "Joan Pike",
                at="Joan Pike, said",
                how="wrote",
                via=(("Kellby Advertiser", "reported_by"),),
                classes=("as_first_reported",),
            ),
            Q(
                "no decision had been taken",
                "The trust",
                "Corran Health Trust",
                classes=("control",),
            ),
            Q(
                '"We are looking at every option to keep safe services in Kellby,"',
                "a spokeswoman",
                "a spokeswoman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "she had written to the health secretary demanding an explanation",
                "Rosalind Hart",
                "Rosalind Hart",
                at="Rosalind Hart said",
                classes=("control",),
            ),
            Q(
                '"Mothers in this town deserve better than plans drawn up behind closed doors,"',
                "she",
                "Rosalind Hart",
                classes=("control",),
            ),
            Q(
                "staff had been warned months ago",
                "A senior midwife at the hospital",
                "a senior midwife at the hospital",
                cue="told",
                at="A senior midwife at the hospital, who did not want to be named, told",
                via=(("Kellby Advertiser", "told"),),
                anonymous=True,
                classes=("anonymous_told_outlet",),
            ),
            Q(
                '"We were told to keep quiet,"',
                "she",
                "a senior midwife at the hospital",
                via=(("Kellby Advertiser", "told"),),
                anonymous=True,
                classes=("frame_carryover",),
            ),
            Q(
                "the plans had been shared with the regional health authority in December",
                "The BBC",
                "BBC",
                cue="reported",
                at="The BBC later reported",
                classes=("outlet_own_report_control",),
            ),
        ],
        titles={
            "Anil Mehta": ["The trust's chief executive"],
            "Joan Pike": ["the director of the regional health authority"],
            "Rosalind Hart": ["Local MP"],
        },
    ),
]
