"""The second unseen chains set: invented news articles on "on whose authority we know it", written first.

Every name, place, outlet and event is invented. The relays are phrased away from the first set: "according
to a transcript released by Y", "in an email to staff obtained by Y", "a recording heard by Y", "documents
reviewed by Y show", "X told lawmakers, according to two people in the room", "sources familiar with the
matter told Y", "Y, citing a senior official, reported", "in comments reported by Y", "in a letter first
reported by Y", "in a statement carried by the state news agency Z", "is quoted in Y's new book as saying",
"speaking on Y's programme", "in a video posted to social media", "in a court filing seen by Y", "a report
published by Y found", second-hand relays ("her lawyer said she had told officers"), chains split across
sentences and paragraphs, a wire dateline with an agency relay, a correction given to an outlet, the
article's own outlet told, "In a memo seen by Y, the finance director, X, warned", "Y quoted X as saying",
"citing two officials", a place named "Hill", and "According to state media, X told his cabinet".
The set was written before the sources code was read. See ``make_chains_unseen2.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c2-port-transcript",
        "wire",
        ("transcript_released", "frame_carryover"),
        "Port board chair defended tariff rise in closed session\n\n"
        "Imogen Straud, the chair of the Keldon port board, told members last month that the new berth "
        "tariffs were “the only way to keep the cranes running,” according to a transcript released by the "
        "Keldon Harbour Workers' Union on Tuesday.\n\n"
        "Straud, who has chaired the board since 2022, said the increase would fall hardest on the smallest "
        "fishing boats, according to the transcript. “I know what this does to the day boats. I grew up on "
        "one,” she said at the session.\n\n"
        "The union published the 40-page transcript after its members voted to make it public. Its general "
        "secretary, Pascal Oduya, said the document showed the board had known the cost to small crews for "
        "months. “They told us in public there was no decision. In private they had already done the sums,” "
        "Oduya said.\n\n"
        "The port board did not dispute the transcript's accuracy. A board spokeswoman, Renata Vell, said in "
        "a statement that the session had been “a frank discussion of options, not a vote.” She added that no "
        "tariff would change before a public consultation in the spring.\n\n"
        "Fishing crews in Keldon have protested twice since the tariffs were first floated. Dara Malloch, who "
        "skippers a 12-metre trawler from the east pier, said the figures in the transcript matched what "
        "crews had feared for a year. “We are the ones who pay for the wall,” Malloch said, standing beside "
        "nets that had not been mended since the autumn storms.\n\n"
        "The harbour's northern quay, built in 1911, has been inspected four times since January, and "
        "engineers have fenced off a third of its length. Repairs are expected to cost far more than the "
        "tariff rise would raise in five years, which the union says proves the charges are a stopgap. The "
        "consultation is due to open in March, and the board has promised to publish every response in "
        "full, including those sent by crews who fish outside the harbour limits.",
        [
            Q(
                "the new berth tariffs were “the only way to keep the cranes running,”",
                "Imogen Straud",
                "Imogen Straud",
                "told",
                at="Imogen Straud, the chair of the Keldon port board, told",
                via=(("members", "told"), ("Keldon Harbour Workers' Union", "reported_by")),
            ),
            Q(
                "the increase would fall hardest on the smallest fishing boats",
                "Straud",
                "Imogen Straud",
                at="Straud, who has chaired the board since 2022, said",
                via=(("Keldon Harbour Workers' Union", "reported_by"),),
            ),
            Q(
                "“I know what this does to the day boats. I grew up on one,”",
                "she",
                "Imogen Straud",
                via=(("Keldon Harbour Workers' Union", "reported_by"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the document showed the board had known the cost to small crews for months",
                "Pascal Oduya",
                "Pascal Oduya",
                at="Pascal Oduya, said",
                classes=("control",),
            ),
            Q(
                "“They told us in public there was no decision. In private they had already done the sums,”",
                "Oduya",
                "Pascal Oduya",
                classes=("control",),
            ),
            Q(
                "the session had been “a frank discussion of options, not a vote.”",
                "Renata Vell",
                "Renata Vell",
                at="Renata Vell, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "no tariff would change before a public consultation in the spring",
                "She",
                "Renata Vell",
                "added",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the figures in the transcript matched what crews had feared for a year",
                "Dara Malloch",
                "Dara Malloch",
                at="Dara Malloch, who skippers a 12-metre trawler from the east pier, said",
                classes=("control",),
            ),
            Q("“We are the ones who pay for the wall,”", "Malloch", "Dara Malloch", classes=("control",)),
        ],
        titles={
            "Imogen Straud": ["the chair of the Keldon port board"],
            "Pascal Oduya": ["Its general secretary"],
            "Renata Vell": ["A board spokeswoman"],
        },
    ),
    A(
        "c2-hospital-email",
        "local",
        ("email_obtained", "recording_heard", "split_sentences"),
        "Hospital chief told staff to delay winter wards, email shows\n\n"
        "The chief executive of Marrowfield General Hospital told senior staff that two winter wards would "
        "not open until January, in an email obtained by the Brennock Observer.\n\n"
        "“We do not have the nurses to run them safely, and I will not open a ward I cannot staff,” Corin "
        "Aldane wrote in the email, which was sent on Friday evening to about 60 managers.\n\n"
        "The decision means the hospital will go into December with 48 fewer beds than last winter. Aldane "
        "also told managers that agency spending had been capped by the regional health board. “The cap is "
        "not ours to lift,” he wrote.\n\n"
        "A recording of a staff briefing the following Monday, heard by the Observer, captures a ward "
        "sister asking whether patients would be treated in corridors. On the recording, the hospital's "
        "director of nursing, Hilde Marr, can be heard replying that corridor care “will not become normal "
        "here, whatever the numbers.”\n\n"
        "The Observer also obtained the minutes of the regional health board's October meeting. They show "
        "that its finance lead, Oskar Benno, warned members that the region would overspend by £14m if "
        "agency use was not cut.\n\n"
        "Asked about the email, a spokesman for the hospital said the trust was “recruiting as fast as the "
        "market allows” and that the wards would open as soon as they could be staffed. The regional health "
        "board declined to comment on the minutes.\n\n"
        "Local councillor Wen Tallis, who sits on the county's health scrutiny committee, said she would ask "
        "for both managers to appear before the committee in December. “People in this town deserve to "
        "hear this from the hospital, not from a leaked email,” Tallis said.\n\n"
        "The hospital treated 2,900 patients in its emergency department last month, the highest October "
        "figure on record, and ambulance crews have reported waits of more than three hours outside its "
        "doors on several nights since the clocks went back.",
        [
            Q(
                "two winter wards would not open until January",
                "The chief executive of Marrowfield General Hospital",
                "Corin Aldane",
                "told",
                how="wrote",
                via=(("senior staff", "told"), ("Brennock Observer", "reported_by")),
            ),
            Q(
                "“We do not have the nurses to run them safely, and I will not open a ward I cannot staff,”",
                "Corin Aldane",
                "Corin Aldane",
                "wrote",
                how="wrote",
                via=(("Brennock Observer", "reported_by"),),
            ),
            Q(
                "agency spending had been capped by the regional health board",
                "Aldane",
                "Corin Aldane",
                "told",
                at="Aldane also told",
                how="wrote",
                via=(("managers", "told"), ("Brennock Observer", "reported_by")),
                classes=("frame_carryover",),
            ),
            Q(
                "“The cap is not ours to lift,”",
                "he",
                "Corin Aldane",
                "wrote",
                how="wrote",
                via=(("Brennock Observer", "reported_by"),),
                classes=("frame_carryover",),
            ),
            Q(
                "corridor care “will not become normal here, whatever the numbers.”",
                "Hilde Marr",
                "Hilde Marr",
                "replying",
                at="Hilde Marr, can be heard replying",
                via=(("Brennock Observer", "reported_by"),),
                classes=("recording_heard",),
            ),
            Q(
                "the region would overspend by £14m if agency use was not cut",
                "Oskar Benno",
                "Oskar Benno",
                "warned",
                at="Oskar Benno, warned",
                via=(("Brennock Observer", "reported_by"),),
                classes=("split_sentences",),
            ),
            Q(
                (
                    "the trust was “recruiting as fast as the market allows” and that the wards would open as "
                    "soon as they could be staffed"
                ),
                "a spokesman for the hospital",
                "a spokesman for the hospital",
                at="a spokesman for the hospital said",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "she would ask for both managers to appear before the committee in December",
                "Wen Tallis",
                "Wen Tallis",
                at="Wen Tallis, who sits on the county's health scrutiny committee, said",
                classes=("control",),
            ),
            Q(
                "“People in this town deserve to hear this from the hospital, not from a leaked email,”",
                "Tallis",
                "Wen Tallis",
                classes=("control",),
            ),
        ],
        titles={
            "Corin Aldane": ["The chief executive of Marrowfield General Hospital"],
            "Hilde Marr": ["the hospital's director of nursing"],
            "Oskar Benno": ["its finance lead"],
            "Wen Tallis": ["Local councillor"],
        },
    ),
    A(
        "c2-contract-documents",
        "local",
        ("documents_reviewed", "report_found", "correction"),
        "Council paid twice for the same road survey, records show\n\n"
        "Ashgrove District Council paid two firms to survey the same stretch of the A614 within eight "
        "months, documents reviewed by the Fenland Mercury show.\n\n"
        "Invoices from the council's highways department show that it paid Carrow Surveys £86,000 in March "
        "and Delling Engineering £91,000 in November for work covering the same 11 miles. A covering note "
        "from the department's head, Bryony Catt, says the second survey was needed because the first "
        "“did not meet the standard our contractors require.”\n\n"
        "Carrow Surveys disputed that. Its managing director, Ivo Renshaw, told the Mercury that the firm had "
        "never been told of any problem. “Nobody rang us, nobody wrote to us, and we were paid in full,” "
        "Renshaw said.\n\n"
        "A report published by the Wexcombe Audit Committee last year found that the council had no central "
        "record of the surveys it commissioned, and recommended one be set up within six months. The report "
        "said the gap left the council “open to paying for the same work more than once.”\n\n"
        "On Thursday the council's leader, Moss Everard, told the Mercury that no record had yet been set "
        "up, correcting an earlier statement from his office that the register was in place. “I was given "
        "the wrong information, and I passed it on. That is my responsibility,” Everard said.\n\n"
        "He said the council would now ask its internal auditors to check every survey bought since 2021. "
        "Opposition councillors said that was not enough. Talia Groome, who leads the Independent group, "
        "said the matter should go to the external auditor. “An internal check of an internal failure is "
        "not a check,” she said.\n\n"
        "Delling Engineering did not respond to requests for comment. Its survey of the A614 is due to be "
        "used in resurfacing work that will close parts of the road for four weekends next spring.",
        [
            Q(
                "Ashgrove District Council paid two firms to survey the same stretch of the A614 within eight months",
                "documents",
                "documents",
                "show",
                at="documents reviewed by the Fenland Mercury show",
                how="according_to",
                via=(("Fenland Mercury", "reported_by"),),
                kind="indirect",
            ),
            Q(
                "the second survey was needed because the first “did not meet the standard our contractors require.”",
                "A covering note",
                "Bryony Catt",
                "says",
                at="A covering note from the department's head, Bryony Catt, says",
                how="wrote",
                via=(("Fenland Mercury", "reported_by"),),
            ),
            Q(
                "the firm had never been told of any problem",
                "Ivo Renshaw",
                "Ivo Renshaw",
                "told",
                at="Ivo Renshaw, told",
                via=(("Fenland Mercury", "told"),),
            ),
            Q(
                "“Nobody rang us, nobody wrote to us, and we were paid in full,”",
                "Renshaw",
                "Ivo Renshaw",
                classes=("named_after_told",),
            ),
            Q(
                "the council had no central record of the surveys it commissioned, and recommended one be set up "
                "within six months",
                "A report published by the Wexcombe Audit Committee last year",
                "Wexcombe Audit Committee",
                "found",
                at="A report published by the Wexcombe Audit Committee last year found",
                how="wrote",
                classes=("report_found", "control"),
            ),
            Q(
                "the gap left the council “open to paying for the same work more than once.”",
                "The report",
                "Wexcombe Audit Committee",
                at="The report said",
                how="wrote",
                classes=("report_found", "control"),
            ),
            Q(
                "no record had yet been set up",
                "Moss Everard",
                "Moss Everard",
                "told",
                at="Moss Everard, told",
                via=(("Fenland Mercury", "told"),),
                classes=("correction",),
            ),
            Q(
                "“I was given the wrong information, and I passed it on. That is my responsibility,”",
                "Everard",
                "Moss Everard",
                classes=("correction", "named_after_told"),
            ),
            Q(
                "the council would now ask its internal auditors to check every survey bought since 2021",
                "He",
                "Moss Everard",
                classes=("control",),
            ),
            Q(
                "the matter should go to the external auditor",
                "Talia Groome",
                "Talia Groome",
                at="Talia Groome, who leads the Independent group, said",
                classes=("control",),
            ),
            Q(
                "“An internal check of an internal failure is not a check,”",
                "she",
                "Talia Groome",
                classes=("control",),
            ),
        ],
        titles={
            "Bryony Catt": ["the department's head"],
            "Ivo Renshaw": ["Its managing director"],
            "Moss Everard": ["the council's leader"],
        },
    ),
    A(
        "c2-minister-room",
        "wire",
        ("told_room", "sources_familiar", "citing_official"),
        "Defence minister told lawmakers frigate order would slip\n\n"
        "Defence Minister Aurel Vantz told lawmakers in a closed hearing on Wednesday that the first of four "
        "new frigates would be delivered at least two years late, according to two people in the room.\n\n"
        "Vantz blamed the delay on a shortage of welders at the Sorne shipyard and said the navy would keep "
        "two older ships in service to cover the gap, the two people said. They spoke on condition of "
        "anonymity because the hearing was closed.\n\n"
        "The shipyard's owner, Castellan Marine, had been told in September that the government was "
        "considering penalties, sources familiar with the matter told the Daily Ledger. The company has "
        "denied any breach of contract.\n\n"
        "The broadcaster NTV, citing a senior defence official, reported that the ministry had drawn up "
        "plans to buy a fifth ship from a foreign yard if the delay grew. The ministry would not confirm the "
        "report. A spokesman, Gerrit Olm, said: “We do not discuss contingency planning.”\n\n"
        "Opposition defence spokeswoman Livia Marsh, who attended the hearing, declined to describe what the "
        "minister had said but said the programme was “a slow-motion failure that everyone saw coming.” She "
        "said the committee would ask the national audit body to review the contract.\n\n"
        "The frigate programme was approved four years ago at a cost of 6.2 billion crowns. It was meant to "
        "replace ships that entered service in the 1980s, two of which have spent most of the past year in "
        "dry dock. Shipyard workers at Sorne have been on a reduced week since the summer, and the welders' "
        "union says dozens of its members have left for yards abroad where pay is higher.\n\n"
        "A public session of the defence committee is scheduled for next month, when the minister is "
        "expected to face questions on the cost of keeping the older ships at sea.",
        [
            Q(
                "the first of four new frigates would be delivered at least two years late",
                "Defence Minister Aurel Vantz",
                "Aurel Vantz",
                "told",
                via=(("lawmakers", "told"), ("two people in the room", "reported_by")),
                classes=("told_room",),
            ),
            Q(
                "the navy would keep two older ships in service to cover the gap",
                "Vantz",
                "Aurel Vantz",
                at="Vantz blamed the delay on a shortage of welders at the Sorne shipyard and said",
                via=(("two people", "reported_by"),),
                classes=("told_room",),
            ),
            Q(
                "The shipyard's owner, Castellan Marine, had been told in September that the government was "
                "considering penalties",
                "sources familiar with the matter",
                "sources familiar with the matter",
                "told",
                anonymous=True,
                via=(("Daily Ledger", "told"),),
                classes=("sources_familiar",),
            ),
            Q(
                "the ministry had drawn up plans to buy a fifth ship from a foreign yard if the delay grew",
                "a senior defence official",
                "a senior defence official",
                "reported",
                at="a senior defence official, reported",
                anonymous=True,
                via=(("NTV", "citing"),),
                classes=("citing_official",),
            ),
            Q(
                "“We do not discuss contingency planning.”",
                "Gerrit Olm",
                "Gerrit Olm",
                at="Gerrit Olm, said",
                classes=("control",),
            ),
            Q(
                "the programme was “a slow-motion failure that everyone saw coming.”",
                "Livia Marsh",
                "Livia Marsh",
                at="Livia Marsh, who attended the hearing, declined to describe what the minister had said but said",
                classes=("control",),
            ),
            Q(
                "the committee would ask the national audit body to review the contract",
                "She",
                "Livia Marsh",
                classes=("control",),
            ),
        ],
        titles={
            "Aurel Vantz": ["Defence Minister"],
            "Gerrit Olm": ["A spokesman"],
            "Livia Marsh": ["Opposition defence spokeswoman"],
        },
    ),
    A(
        "c2-state-agency",
        "wire",
        ("statement_carried", "state_media", "wire_relay"),
        "VESTRAVA, March 4 (Meridian Press) - The government of Ostravia said on Tuesday it would close its "
        "northern border crossings to freight for a week, in a statement carried by the state news agency "
        "Ostrapress.\n\n"
        "The statement said the closure was needed to “restore order at the crossings” after lorry drivers "
        "blocked two of them over new fuel taxes. It did not say when the taxes would be reviewed.\n\n"
        "According to state media, President Milen Dravo told his cabinet on Monday evening that the drivers' "
        "protest had been “organised from outside our borders.” He gave no evidence.\n\n"
        "Dravo also told ministers that the fuel tax would stay, Ostrapress reported. “We will not govern "
        "by blockade,” the agency quoted him as saying.\n\n"
        "The drivers' association, which represents about 9,000 hauliers, rejected the claim. Its chairman, "
        "Teodor Husk, told Meridian Press by telephone that the protest had been called by members in "
        "three towns. “Nobody paid us. We paid for our own diesel to get here,” Husk said.\n\n"
        "Neighbouring Calvaria said the closure would strand hundreds of its lorries. Its transport minister, "
        "Anja Perl, said in a post on social media that her government had asked Ostravia for an exemption "
        "for perishable goods.\n\n"
        "Ostravia's fuel taxes rose by a fifth in January under a budget agreed with international lenders. "
        "Diesel prices at the pump have since reached their highest level in a decade, and the hauliers say "
        "smaller firms are close to collapse.\n\n"
        "Queues of lorries stretched for more than 15 km on the Calvarian side of the main crossing on "
        "Tuesday afternoon, according to a Meridian Press reporter at the scene. Police had parked buses "
        "across the approach road to stop drivers from walking to the barrier.\n\n"
        "(Reporting by Ilse Varga; editing by Tom Reddan)",
        [
            Q(
                "it would close its northern border crossings to freight for a week",
                "The government of Ostravia",
                "government of Ostravia",
                at="The government of Ostravia said",
                how="statement",
                via=(("Ostrapress", "reported_by"),),
                classes=("statement_carried",),
            ),
            Q(
                "the closure was needed to “restore order at the crossings” after lorry drivers blocked two of them "
                "over new fuel taxes",
                "The statement",
                "government of Ostravia",
                at="The statement said",
                how="statement",
                via=(("Ostrapress", "reported_by"),),
                classes=("statement_carried", "frame_carryover"),
            ),
            Q(
                "the drivers' protest had been “organised from outside our borders.”",
                "President Milen Dravo",
                "Milen Dravo",
                "told",
                via=(("cabinet", "told"), ("state media", "reported_by")),
                classes=("state_media",),
            ),
            Q(
                "the fuel tax would stay",
                "Dravo",
                "Milen Dravo",
                "told",
                at="Dravo also told",
                via=(("ministers", "told"), ("Ostrapress", "reported_by")),
                classes=("state_media",),
            ),
            Q(
                "“We will not govern by blockade,”",
                "him",
                "Milen Dravo",
                "quoted",
                at="the agency quoted him",
                via=(("Ostrapress", "reported_by"),),
                classes=("quoted_as",),
            ),
            Q(
                "the protest had been called by members in three towns",
                "Teodor Husk",
                "Teodor Husk",
                "told",
                at="Teodor Husk, told",
                via=(("Meridian Press", "told"),),
                classes=("wire_relay",),
            ),
            Q(
                "“Nobody paid us. We paid for our own diesel to get here,”",
                "Husk",
                "Teodor Husk",
                classes=("wire_relay", "named_after_told"),
            ),
            Q(
                "the closure would strand hundreds of its lorries",
                "Neighbouring Calvaria",
                "Calvaria",
                classes=("control",),
            ),
            Q(
                "her government had asked Ostravia for an exemption for perishable goods",
                "Anja Perl",
                "Anja Perl",
                at="Anja Perl, said",
                how="wrote",
                classes=("platform_post", "control"),
            ),
            Q(
                "Queues of lorries stretched for more than 15 km on the Calvarian side of the main crossing on "
                "Tuesday afternoon",
                "a Meridian Press reporter at the scene",
                "a Meridian Press reporter",
                "according to",
                at="according to a Meridian Press reporter at the scene",
                how="according_to",
                anonymous=True,
                classes=("control",),
            ),
        ],
        titles={
            "Milen Dravo": ["President"],
            "Teodor Husk": ["Its chairman"],
            "Anja Perl": ["Its transport minister"],
        },
    ),
]
