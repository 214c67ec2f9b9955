"""Articles 1-5 of the seventh unseen chains set (``make_chains_unseen7.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c7-port-statement",
        style="wire",
        classes=("told_outlet", "documents", "frame_carryover"),
        text="""Port to shut oldest container terminal, authority says

HALLBY, May 3 (Korvex) - The port of Hallby will shut its oldest container terminal next spring, according to a \
statement from the Hallby Port Authority, as reported by the Hartley Echo.

The authority said in the statement that the terminal could "no longer take the ships that now call here." About \
300 dock workers are employed at the site, which opened in 1968.

The Echo, a weekly paper that has covered the docks since 1891, said the closure had been discussed at a private \
board meeting in March.

Tamsin Reeve, an organiser for the dockers' union, told the paper that members had learned of the plan "from the \
newspaper, like everyone else." She said the union would ask for talks this week.

A port spokesman, Dev Aurand, told Korvex that every worker at the terminal would be offered a post at the new \
deep-water berth. "Nobody is being shown the door," he said.

The town's mayor, Colin Pryce, said he welcomed the promise but wanted it in writing. "Promises are cheap on the \
quayside," Pryce said at a council meeting on Tuesday.

The new berth, built with a loan from the regional development bank, can take ships twice the length of those the \
old terminal was designed for. Its first cranes arrived from the Netherlands in February.

Shipping analyst Ruth Kemal of Halden Maritime said in a note to clients that the closure had been "expected for \
years" and would barely affect freight volumes.
""",
        quotes=[
            Q(
                "The port of Hallby will shut its oldest container terminal next spring",
                "Hallby Port Authority",
                "Hallby Port Authority",
                cue="according to",
                at="according to a statement from the Hallby Port Authority",
                how="statement",
                via=(("Hartley Echo", "reported_by"),),
                classes=("statement_as_reported_by",),
            ),
            Q(
                'the terminal could "no longer take the ships that now call here."',
                "The authority",
                "Hallby Port Authority",
                how="statement",
                via=(("Hartley Echo", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "the closure had been discussed at a private board meeting in March",
                "The Echo",
                "Hartley Echo",
                at="The Echo, a weekly paper that has covered the docks since 1891, said",
                classes=("outlet_own_report_control",),
            ),
            Q(
                'members had learned of the plan "from the newspaper, like everyone else."',
                "Tamsin Reeve",
                "Tamsin Reeve",
                cue="told",
                at="Tamsin Reeve, an organiser for the dockers' union, told",
                via=(("Hartley Echo", "told"),),
                classes=("told_the_paper",),
            ),
            Q(
                "the union would ask for talks this week",
                "She",
                "Tamsin Reeve",
                via=(("Hartley Echo", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                "every worker at the terminal would be offered a post at the new deep-water berth",
                "Dev Aurand",
                "Dev Aurand",
                cue="told",
                at="Dev Aurand, told",
                via=(("Korvex", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                '"Nobody is being shown the door,"',
                "he",
                "Dev Aurand",
                via=(("Korvex", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                "he welcomed the promise but wanted it in writing",
                "Colin Pryce",
                "Colin Pryce",
                at="Colin Pryce, said",
                classes=("control",),
            ),
            Q('"Promises are cheap on the quayside,"', "Pryce", "Colin Pryce", classes=("control",)),
            Q(
                'the closure had been "expected for years" and would barely affect freight volumes',
                "Ruth Kemal",
                "Ruth Kemal",
                at="Ruth Kemal of Halden Maritime said",
                classes=("note_to_clients_control",),
            ),
        ],
        titles={
            "Tamsin Reeve": ["an organiser for the dockers' union"],
            "Dev Aurand": ["A port spokesman"],
            "Colin Pryce": ["The town's mayor"],
            "Ruth Kemal": ["Shipping analyst"],
        },
    ),
    A(
        id="c7-news-service",
        style="wire",
        classes=("told_outlet", "frame_carryover"),
        text="""Fishing minister defends quota cut as coastal towns protest

By Oskar Lind

The fisheries minister, Annika Storvik, defended a 20 percent cut in the herring quota on Thursday, telling \
Nordpress, a Bergen-based news service, that the stocks were "closer to collapse than anyone admits."

Storvik told the news service that she had seen the scientists' figures in January and had "not slept well since." \
She said the cut would be reviewed in two years.

Coastal mayors reacted angrily. Eirik Haugland, mayor of the fishing town of Vardal, told Kystnytt, a local news \
website, that the cut would cost the town "a third of its jobs by Christmas." Haugland told the website that he \
would travel to the capital to meet the minister.

The boat owners' association said in a statement that it would challenge the quota in court. Its chairman, Nils \
Brekke, said the science was "two years out of date."

Storvik later spoke to TNB, the national news agency. "I understand the anger, but I cannot negotiate with the \
fish," she told the agency.

Herring has been fished off the coast for a thousand years, and the catch still supports about 4,000 jobs in a \
dozen towns. Last year's quota was the lowest since 1998.

Fisheries scientist Marit Holm, who led the survey, said the minister had described the figures accurately. "The \
spawning stock is at its lowest level since we began counting," Holm said.
""",
        quotes=[
            Q(
                'the stocks were "closer to collapse than anyone admits."',
                "Annika Storvik",
                "Annika Storvik",
                cue="telling",
                at="Annika Storvik, defended a 20 percent cut in the herring quota on Thursday, telling",
                via=(("Nordpress", "told"),),
                classes=("told_described_outlet",),
            ),
            Q(
                'she had seen the scientists\' figures in January and had "not slept well since."',
                "Storvik",
                "Annika Storvik",
                cue="told",
                via=(("Nordpress", "told"),),
                classes=("the_news_service",),
            ),
            Q(
                "the cut would be reviewed in two years",
                "She",
                "Annika Storvik",
                via=(("Nordpress", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                'the cut would cost the town "a third of its jobs by Christmas."',
                "Eirik Haugland",
                "Eirik Haugland",
                cue="told",
                at="Eirik Haugland, mayor of the fishing town of Vardal, told",
                via=(("Kystnytt", "told"),),
                classes=("told_described_outlet",),
            ),
            Q(
                "he would travel to the capital to meet the minister",
                "Haugland",
                "Eirik Haugland",
                cue="told",
                via=(("Kystnytt", "told"),),
                classes=("the_website",),
            ),
            Q(
                "it would challenge the quota in court",
                "The boat owners' association",
                "boat owners' association",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the science was "two years out of date."',
                "Nils Brekke",
                "Nils Brekke",
                at="Nils Brekke, said",
                classes=("control",),
            ),
            Q(
                '"I understand the anger, but I cannot negotiate with the fish,"',
                "she",
                "Annika Storvik",
                cue="told",
                via=(("TNB", "told"),),
                classes=("the_agency",),
            ),
            Q(
                "the minister had described the figures accurately",
                "Marit Holm",
                "Marit Holm",
                at="Marit Holm, who led the survey, said",
                classes=("control",),
            ),
            Q(
                '"The spawning stock is at its lowest level since we began counting,"',
                "Holm",
                "Marit Holm",
                classes=("control",),
            ),
        ],
        titles={
            "Annika Storvik": ["The fisheries minister"],
            "Eirik Haugland": ["mayor of the fishing town of Vardal"],
            "Nils Brekke": ["Its chairman"],
            "Marit Holm": ["Fisheries scientist"],
        },
    ),
    A(
        id="c7-hartley-echo",
        style="local",
        classes=("told_outlet", "frame_carryover"),
        text="""Hospital chief says maternity unit will stay open

By Grace Mendham

The chief executive of Hartley General Hospital has said the town's maternity unit will not close, in an interview \
with the Hartley Echo published on Saturday.

Simon Achebe told the Echo that the unit had "a future as long as I am here" and that two new midwives would start \
in June. In the same interview, he said the hospital had been "too slow" to explain its plans to mothers.

The campaign group Save Hartley Births has collected 8,000 signatures since the unit's night service was suspended \
in the autumn. Its founder, Leanne Ostrow, told the Dunmore Gazette that she did not believe the promise. "We have \
heard this every year since 2019," she told the Gazette.

Mothers in labour at night are now sent to Dunmore, forty minutes away by road. Two babies have been born in \
ambulances on that road this year.

The regional health board said in a statement that no decision on maternity services had been taken. A board \
member, Dr Farid Latif, said in an interview with the Brookvale Herald that the unit's future depended on \
recruitment. In the same interview, Latif said the board would publish its review in the autumn.

Local MP Joanna Pellow said she would "hold the chief executive to every word." She told councillors on Monday that \
the town had "been promised enough."
""",
        quotes=[
            Q(
                "the town's maternity unit will not close",
                "The chief executive of Hartley General Hospital",
                "Simon Achebe",
                at="The chief executive of Hartley General Hospital has said",
                via=(("Hartley Echo", "interview"),),
                classes=("interview_after_claim",),
            ),
            Q(
                'the unit had "a future as long as I am here"',
                "Simon Achebe",
                "Simon Achebe",
                cue="told",
                via=(("Hartley Echo", "told"),),
                classes=("told_short_name",),
            ),
            Q(
                "two new midwives would start in June",
                "Simon Achebe",
                "Simon Achebe",
                cue="told",
                via=(("Hartley Echo", "told"),),
                classes=("told_second_clause",),
            ),
            Q(
                'the hospital had been "too slow" to explain its plans to mothers',
                "he",
                "Simon Achebe",
                at="In the same interview, he said",
                via=(("Hartley Echo", "interview"),),
                classes=("in_the_same_interview",),
            ),
            Q(
                "she did not believe the promise",
                "Leanne Ostrow",
                "Leanne Ostrow",
                cue="told",
                at="Leanne Ostrow, told",
                via=(("Dunmore Gazette", "told"),),
                classes=("told_capitalised_gazette",),
            ),
            Q(
                '"We have heard this every year since 2019,"',
                "she",
                "Leanne Ostrow",
                cue="told",
                via=(("Dunmore Gazette", "told"),),
                classes=("told_short_name",),
            ),
            Q(
                "no decision on maternity services had been taken",
                "The regional health board",
                "regional health board",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "the unit's future depended on recruitment",
                "Dr Farid Latif",
                "Farid Latif",
                at="Dr Farid Latif, said",
                via=(("Brookvale Herald", "interview"),),
                classes=("interview_with_outlet",),
            ),
            Q(
                "the board would publish its review in the autumn",
                "Latif",
                "Farid Latif",
                at="In the same interview, Latif said",
                via=(("Brookvale Herald", "interview"),),
                classes=("in_the_same_interview",),
            ),
            Q(
                'she would "hold the chief executive to every word."',
                "Joanna Pellow",
                "Joanna Pellow",
                classes=("control",),
            ),
            Q(
                'the town had "been promised enough."',
                "She",
                "Joanna Pellow",
                cue="told",
                how="told",
                classes=("told_councillors_control",),
            ),
        ],
        titles={
            "Simon Achebe": ["The chief executive of Hartley General Hospital"],
            "Leanne Ostrow": ["Its founder"],
            "Farid Latif": ["A board member"],
            "Joanna Pellow": ["Local MP"],
        },
    ),
    A(
        id="c7-bbc",
        style="interview",
        classes=("told_outlet", "frame_carryover"),
        text="""Airline boss blames air traffic control for summer of delays

The chief executive of budget carrier SkyLark, Henrik Dahl, has blamed air traffic control for a summer of \
cancellations, saying in an interview with the BBC that controllers' rosters were "a national embarrassment."

Dahl told the BBC that his airline had cancelled 1,400 flights since June, most of them because of staff shortages \
at control centres. In the same interview, he said passengers would receive compensation "within weeks, not months."

The air traffic service, NATSCO, rejected the claim. Its operations director, Claire Munday, told BBC Radio \
Kentmere's breakfast programme that staffing was at its highest level for a decade. "We are not the bottleneck," \
she said.

Consumer group Fairflight said in a statement that passengers were still waiting for refunds from the spring. Its \
director, Omar Shaikh, told the Guardian that SkyLark had "a long record of blaming others."

SkyLark carried 31 million passengers last year, most of them from four airports in the south-east. Its shares have \
fallen by a fifth since May.

Dahl did not respond to Shaikh's remarks. Speaking to reporters at Gatwick on Monday, he said the airline would add \
twelve aircraft next year. "We are growing, whatever anyone says," he said.

Transport minister Rhiannon Vale told MPs that she had asked both sides for a plan by September.
""",
        quotes=[
            Q(
                'controllers\' rosters were "a national embarrassment."',
                "Henrik Dahl",
                "Henrik Dahl",
                cue="saying",
                at="Henrik Dahl, has blamed air traffic control for a summer of cancellations, saying",
                via=(("BBC", "interview"),),
                classes=("saying_in_interview_with",),
            ),
            Q(
                "his airline had cancelled 1,400 flights since June, most of them because of staff shortages "
                "at control centres",
                "Dahl",
                "Henrik Dahl",
                cue="told",
                via=(("BBC", "told"),),
                classes=("told_the_bbc",),
            ),
            Q(
                'passengers would receive compensation "within weeks, not months."',
                "he",
                "Henrik Dahl",
                at="In the same interview, he said",
                via=(("BBC", "interview"),),
                classes=("in_the_same_interview",),
            ),
            Q(
                "staffing was at its highest level for a decade",
                "Claire Munday",
                "Claire Munday",
                cue="told",
                at="Claire Munday, told",
                via=(("BBC Radio Kentmere", "told"),),
                classes=("told_programme",),
            ),
            Q(
                '"We are not the bottleneck,"',
                "she",
                "Claire Munday",
                via=(("BBC Radio Kentmere", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                "passengers were still waiting for refunds from the spring",
                "Consumer group Fairflight",
                "Fairflight",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'SkyLark had "a long record of blaming others."',
                "Omar Shaikh",
                "Omar Shaikh",
                cue="told",
                at="Omar Shaikh, told",
                via=(("Guardian", "told"),),
                classes=("told_the_newspaper",),
            ),
            Q(
                "the airline would add twelve aircraft next year",
                "he",
                "Henrik Dahl",
                at="Speaking to reporters at Gatwick on Monday, he said",
                classes=("told_reporters_control",),
            ),
            Q('"We are growing, whatever anyone says,"', "he", "Henrik Dahl", classes=("control",)),
            Q(
                "she had asked both sides for a plan by September",
                "Rhiannon Vale",
                "Rhiannon Vale",
                cue="told",
                how="told",
                classes=("told_mps_control",),
            ),
        ],
        titles={
            "Henrik Dahl": ["The chief executive of budget carrier SkyLark"],
            "Claire Munday": ["Its operations director"],
            "Omar Shaikh": ["Its director"],
            "Rhiannon Vale": ["Transport minister"],
        },
    ),
    A(
        id="c7-council-emails",
        style="local",
        classes=("documents", "told_outlet"),
        text="""Council leader pushed through bypass contract, emails show

By Priya Mistry

The leader of Ashby Council told officials that the bypass contract had to be "signed before the election," \
according to emails obtained by the Ashby Courier under freedom of information rules.

In one email, sent in February, Councillor Derek Holt wrote that the bypass was "the only thing voters will \
remember." In another, he told the chief engineer that concerns about the cost could "wait until May."

Minutes of a closed cabinet meeting, released to the paper last week, show the finance officer, Janet Crowe, \
warning that the budget had "no room for overruns."

Holt said on Tuesday that the emails had been taken out of context. "Every leader wants projects finished," he said \
in a statement.

The bypass, first proposed in 1994, will carry traffic around the market town's narrow high street. Its cost has \
risen from £38 million to £61 million since the contract was signed.

An internal audit report, seen by the Courier, says the contract was awarded without a second bid. According to the \
report, the chief engineer told auditors that he had been "under pressure from the top."

Opposition leader Maureen Quist said the council should publish every email. "The public paid for this road and the \
public deserves to see the file," she said.

The Local Government Ombudsman said it had received two complaints about the contract.
""",
        quotes=[
            Q(
                'the bypass contract had to be "signed before the election,"',
                "The leader of Ashby Council",
                "Derek Holt",
                cue="told",
                how="told",
                via=(("officials", "told"), ("Ashby Courier", "reported_by")),
                classes=("emails_obtained_by",),
            ),
            Q(
                'the bypass was "the only thing voters will remember."',
                "Derek Holt",
                "Derek Holt",
                cue="wrote",
                how="wrote",
                via=(("Ashby Courier", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                'concerns about the cost could "wait until May."',
                "he",
                "Derek Holt",
                cue="told",
                how="told",
                via=(("chief engineer", "told"), ("Ashby Courier", "reported_by")),
                classes=("document_carryover",),
            ),
            Q(
                'the budget had "no room for overruns."',
                "Janet Crowe",
                "Janet Crowe",
                cue="warning",
                at="Janet Crowe, warning",
                via=(("Ashby Courier", "reported_by"),),
                classes=("minutes_released_to_the_paper",),
            ),
            Q(
                "the emails had been taken out of context",
                "Holt",
                "Derek Holt",
                classes=("control",),
            ),
            Q(
                '"Every leader wants projects finished,"',
                "he",
                "Derek Holt",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'he had been "under pressure from the top."',
                "the chief engineer",
                "chief engineer",
                cue="told",
                how="told",
                via=(("auditors", "told"), ("audit report", "reported_by")),
                anonymous=True,
                classes=("according_to_report",),
            ),
            Q(
                "the council should publish every email",
                "Maureen Quist",
                "Maureen Quist",
                classes=("control",),
            ),
            Q(
                '"The public paid for this road and the public deserves to see the file,"',
                "she",
                "Maureen Quist",
                classes=("control",),
            ),
            Q(
                "it had received two complaints about the contract",
                "The Local Government Ombudsman",
                "Local Government Ombudsman",
                classes=("control",),
            ),
        ],
        titles={
            "Derek Holt": ["The leader of Ashby Council", "Councillor"],
            "Janet Crowe": ["the finance officer"],
            "Maureen Quist": ["Opposition leader"],
        },
    ),
]
