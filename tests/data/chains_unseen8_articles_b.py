"""Articles 8-14 of the eighth unseen chains set (``make_chains_unseen8.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c8-gas-state-agency",
        style="wire",
        classes=("told_outlet",),
        text="""Kestan president vows to keep gas flowing to neighbours

ALMARA, Feb 2 — The president of Kestan, Erlan Tokayev, said on Sunday that his country would honour its gas \
contracts with neighbouring states "whatever the weather," in a statement carried by the state news agency KazNews.

The statement, translated from Kestani by the agency, said cold weather had pushed domestic demand to a record but \
that exports would not be cut.

Energy minister Aigerim Bekova said in a televised address, according to a translation published by KazNews, that \
two new compressor stations would open by the end of the month.

Officials in neighbouring Torvia were less confident. Torvia's deputy energy minister, Jonas Petrauskas, told the \
Baltic Wire news service that deliveries had fallen by 15 percent in the past week. "We are watching the pressure \
gauges every hour," he said.

KazNews also quoted an unnamed official at the state gas company as saying that a pipeline valve had frozen near \
the border on Friday but had since been repaired.

The agency's English-language service carried a comment from the foreign ministry, which said Kestan was "a \
reliable partner and will remain one."

Gas prices on European hubs rose 4 percent on Monday as traders weighed the risk of shortages.
""",
        quotes=[
            Q(
                'his country would honour its gas contracts with neighbouring states "whatever the weather,"',
                "Erlan Tokayev",
                "Erlan Tokayev",
                at="Erlan Tokayev, said",
                how="statement",
                via=(("KazNews", "reported_by"),),
                classes=("statement_carried_after",),
            ),
            Q(
                "cold weather had pushed domestic demand to a record but that exports would not be cut",
                "The statement",
                "Erlan Tokayev",
                at="The statement, translated from Kestani by the agency, said",
                how="statement",
                via=(("KazNews", "reported_by"),),
                classes=("statement_translated",),
            ),
            Q(
                "two new compressor stations would open by the end of the month",
                "Aigerim Bekova",
                "Aigerim Bekova",
                via=(("KazNews", "reported_by"),),
                classes=("translation_published",),
            ),
            Q(
                "deliveries had fallen by 15 percent in the past week",
                "Jonas Petrauskas",
                "Jonas Petrauskas",
                cue="told",
                at="Jonas Petrauskas, told",
                via=(("Baltic Wire", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                '"We are watching the pressure gauges every hour,"',
                "he",
                "Jonas Petrauskas",
                via=(("Baltic Wire", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "a pipeline valve had frozen near the border on Friday but had since been repaired",
                "an unnamed official at the state gas company",
                "an unnamed official at the state gas company",
                cue="quoted",
                at="KazNews also quoted an unnamed official at the state gas company",
                via=(("KazNews", "reported_by"),),
                anonymous=True,
                classes=("agency_quoted_as_saying",),
            ),
            Q(
                'Kestan was "a reliable partner and will remain one."',
                "which",
                "foreign ministry",
                at="which said",
                how="statement",
                via=(("KazNews", "reported_by"),),
                classes=("comment_carried",),
            ),
        ],
        titles={
            "Erlan Tokayev": ["The president of Kestan"],
            "Aigerim Bekova": ["Energy minister"],
            "Jonas Petrauskas": ["Torvia's deputy energy minister"],
        },
    ),
    A(
        id="c8-shipyard-three-deep",
        style="wire",
        classes=("told_outlet", "documents"),
        text="""Investor pulls out of shipyard talks, papers report

GDYNIA, Oct 14 (Nordpost) — A Finnish investor has pulled out of talks to buy the Gdynia shipyard, the Polish daily \
Rzecz Morska reported on Tuesday, citing the news website Port24, which cited two people close to the talks.

The two people told Port24 that the investor, Saari Marine, had balked at the yard's debts. One of them said the \
talks had collapsed "over a single phone call" on Friday.

According to the regional broadcaster Radio Baltyk, which cited a letter to employees from the shipyard's chairman, \
Tomasz Wilk, the yard has enough orders to keep working until the end of the year. The letter said the yard "will \
not close and will not be broken up."

Saari Marine did not respond to a request for comment. A spokesman for the treasury ministry, Piotr Zielak, told \
reporters the state would look for a new buyer.

The yard employs about 1,900 people and has built ferries and offshore supply vessels since the 1990s. Its debts \
are estimated at 600 million zlotys.

Union leader Ewa Kania told Nordpost that workers had been "kept in the dark for months." "We will be outside the \
ministry on Monday," she said.
""",
        quotes=[
            Q(
                "A Finnish investor has pulled out of talks to buy the Gdynia shipyard",
                "two people close to the talks",
                "two people close to the talks",
                cue="reported",
                at="the Polish daily Rzecz Morska reported on Tuesday, citing the news website Port24, which cited two "
                "people close to the talks",
                via=(("Port24", "citing"), ("Rzecz Morska", "citing")),
                anonymous=True,
                classes=("citing_which_cited",),
            ),
            Q(
                "the investor, Saari Marine, had balked at the yard's debts",
                "The two people",
                "two people close to the talks",
                cue="told",
                via=(("Port24", "told"), ("Rzecz Morska", "citing")),
                anonymous=True,
                classes=("anonymous_later_three_deep",),
            ),
            Q(
                'the talks had collapsed "over a single phone call" on Friday',
                "One of them",
                "two people close to the talks",
                via=(("Port24", "told"), ("Rzecz Morska", "citing")),
                anonymous=True,
                classes=("anonymous_later_three_deep",),
            ),
            Q(
                "the yard has enough orders to keep working until the end of the year",
                "Tomasz Wilk",
                "Tomasz Wilk",
                cue="According to",
                at="According to the regional broadcaster Radio Baltyk, which cited a letter to employees from the "
                "shipyard's chairman, Tomasz Wilk",
                how="wrote",
                via=(("Radio Baltyk", "citing"),),
                classes=("which_cited_letter_from",),
            ),
            Q(
                'the yard "will not close and will not be broken up."',
                "The letter",
                "Tomasz Wilk",
                how="wrote",
                via=(("Radio Baltyk", "citing"),),
                classes=("document_carryover",),
            ),
            Q(
                "the state would look for a new buyer",
                "Piotr Zielak",
                "Piotr Zielak",
                cue="told",
                at="Piotr Zielak, told",
                classes=("told_reporters_control",),
            ),
            Q(
                'workers had been "kept in the dark for months."',
                "Ewa Kania",
                "Ewa Kania",
                cue="told",
                via=(("Nordpost", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                '"We will be outside the ministry on Monday,"',
                "she",
                "Ewa Kania",
                via=(("Nordpost", "told"),),
                classes=("frame_carryover",),
            ),
        ],
        titles={
            "Tomasz Wilk": ["the shipyard's chairman"],
            "Piotr Zielak": ["A spokesman for the treasury ministry"],
            "Ewa Kania": ["Union leader"],
        },
    ),
    A(
        id="c8-cycle-lanes-controls",
        style="local",
        classes=("plain",),
        text="""Council approves new cycle lanes after heated debate

HOLMFORD — Councillors in Holmford voted 23 to 18 on Wednesday night to build protected cycle lanes on two of the \
town's busiest roads.

The council's transport lead, Dilys Amberley, said the lanes would make the roads "safer for everyone, including \
drivers." She told the meeting that the scheme would cost £3.4 million, most of it paid by a government grant.

Opposition councillor Gareth Wynne said the plans would push traffic into residential streets. "We have been here \
before, and the side streets always pay," he said.

Shopkeepers on Bridge Street are divided. Martin Osei, who runs a bakery, said he feared losing the parking bays \
outside his shop. "Half my customers pull up for five minutes," he said. "Where will they go?"

Lucy Fenner, who cycles to work at the hospital, said the vote was "long overdue." "I have been knocked off my bike \
twice on this road," she told reporters after the meeting.

In a written statement, the Holmford Cycling Campaign said it would hold the council to its timetable. Work is due \
to start in the spring.

Speaking at a press conference on Thursday morning, the council leader, Rob Hanley, said the decision had been "the \
hardest of my time in office."
""",
        quotes=[
            Q(
                'the lanes would make the roads "safer for everyone, including drivers."',
                "Dilys Amberley",
                "Dilys Amberley",
                at="Dilys Amberley, said",
                classes=("control",),
            ),
            Q(
                "the scheme would cost £3.4 million, most of it paid by a government grant",
                "She",
                "Dilys Amberley",
                cue="told",
                classes=("told_meeting_control",),
            ),
            Q(
                "the plans would push traffic into residential streets",
                "Gareth Wynne",
                "Gareth Wynne",
                classes=("control",),
            ),
            Q(
                '"We have been here before, and the side streets always pay,"',
                "he",
                "Gareth Wynne",
                classes=("control",),
            ),
            Q(
                "he feared losing the parking bays outside his shop",
                "Martin Osei",
                "Martin Osei",
                at="Martin Osei, who runs a bakery, said",
                classes=("control",),
            ),
            Q(
                ('"Half my customers pull up for five minutes,"', '"Where will they go?"'),
                "he",
                "Martin Osei",
                classes=("control",),
            ),
            Q(
                'the vote was "long overdue."',
                "Lucy Fenner",
                "Lucy Fenner",
                at="Lucy Fenner, who cycles to work at the hospital, said",
                classes=("control",),
            ),
            Q(
                '"I have been knocked off my bike twice on this road,"',
                "she",
                "Lucy Fenner",
                cue="told",
                classes=("told_reporters_control",),
            ),
            Q(
                "it would hold the council to its timetable",
                "the Holmford Cycling Campaign",
                "Holmford Cycling Campaign",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the decision had been "the hardest of my time in office."',
                "Rob Hanley",
                "Rob Hanley",
                at="Rob Hanley, said",
                classes=("press_conference_control",),
            ),
        ],
        titles={
            "Dilys Amberley": ["The council's transport lead"],
            "Gareth Wynne": ["Opposition councillor"],
            "Rob Hanley": ["the council leader"],
        },
    ),
    A(
        id="c8-police-memo",
        style="local",
        classes=("documents",),
        text="""Police chief warned of staff shortages months before riot, memo shows

By Idris Monteiro

CALVERTON — A memo from the police chief of Calverton, Sandra Okeke, warned city leaders in March that her force \
could not "police a major disturbance with the officers we have," according to a copy obtained by the Calverton \
Sentinel.

The memo, addressed to the city manager, said the department was short of 64 officers and that overtime had \
"reached breaking point."

A reply from the city manager, Owen Blakely, also obtained by the Sentinel, said there was no money for new hires \
before the next budget. Blakely said on Friday that he stood by the decision.

The report into the riot, by the state's inspector of police, Corinne Adebayo, found that officers had waited more \
than an hour for reinforcements. Adebayo wrote that the force had been "stretched beyond what any plan could \
cover."

A letter from the police officers' union to the city council, signed by its president, Marco Reyes, called for an \
independent inquiry. Reyes told the Sentinel that officers felt "abandoned."

City council president Thea Lindqvist said the council would hold a hearing on the report next month. The riot, \
which began after a football match in July, left 40 officers injured.
""",
        quotes=[
            Q(
                'her force could not "police a major disturbance with the officers we have,"',
                "Sandra Okeke",
                "Sandra Okeke",
                cue="warned",
                at="A memo from the police chief of Calverton, Sandra Okeke, warned",
                how="wrote",
                via=(("Calverton Sentinel", "reported_by"),),
                classes=("memo_from_obtained",),
            ),
            Q(
                'the department was short of 64 officers and that overtime had "reached breaking point."',
                "The memo",
                "Sandra Okeke",
                at="The memo, addressed to the city manager, said",
                how="wrote",
                via=(("Calverton Sentinel", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "there was no money for new hires before the next budget",
                "Owen Blakely",
                "Owen Blakely",
                at="A reply from the city manager, Owen Blakely, also obtained by the Sentinel, said",
                how="wrote",
                via=(("Calverton Sentinel", "reported_by"),),
                classes=("reply_from_obtained",),
            ),
            Q("he stood by the decision", "Blakely", "Owen Blakely", at="Blakely said", classes=("control",)),
            Q(
                "officers had waited more than an hour for reinforcements",
                "Corinne Adebayo",
                "Corinne Adebayo",
                cue="found",
                at="The report into the riot, by the state's inspector of police, Corinne Adebayo, found",
                how="wrote",
                classes=("report_by_author_control",),
            ),
            Q(
                'the force had been "stretched beyond what any plan could cover."',
                "Adebayo",
                "Corinne Adebayo",
                cue="wrote",
                how="wrote",
                classes=("control",),
            ),
            Q(
                'officers felt "abandoned."',
                "Reyes",
                "Marco Reyes",
                cue="told",
                via=(("Calverton Sentinel", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the council would hold a hearing on the report next month",
                "Thea Lindqvist",
                "Thea Lindqvist",
                classes=("control",),
            ),
        ],
        titles={
            "Sandra Okeke": ["the police chief of Calverton"],
            "Owen Blakely": ["the city manager"],
            "Corinne Adebayo": ["the state's inspector of police"],
            "Marco Reyes": ["its president"],
            "Thea Lindqvist": ["City council president"],
        },
    ),
    A(
        id="c8-brewer-two-outlets",
        style="wire",
        classes=("told_outlet",),
        text="""Brewer nears deal to buy craft beer group

LONDON, April 22 — Global brewer Harland & Voss is close to agreeing a takeover of the craft beer group Tidewater \
Brewing for about 1.1 billion pounds, two people with knowledge of the talks said.

One of the people told Bloomberg News that a deal could be announced as early as next week. The person said Harland \
& Voss had hired Merriton Bank to advise on the bid.

A banker involved in the talks told the Wall Street Journal that Tidewater's founders had asked to keep running the \
business for three years after the sale. The banker said the founders would also keep a 10 percent stake.

According to the Journal, the two sides were still apart on the value of Tidewater's brewery in Bristol. The first \
person said that gap was "a few million, not a deal-breaker."

Harland & Voss declined to comment. Tidewater said in a brief statement that it "does not comment on market \
speculation."

Shares in Harland & Voss rose 2 percent in London on Monday. Analyst Nisha Varma of Pell Securities said the price \
looked "rich but defensible" for a fast-growing brand.

Tidewater, founded in a Cornish fishing village in 2011, now sells its beers in 30 countries and employs about 900 \
people.
""",
        quotes=[
            Q(
                "Global brewer Harland & Voss is close to agreeing a takeover of the craft beer group Tidewater "
                "Brewing for about 1.1 billion pounds",
                "two people with knowledge of the talks",
                "two people with knowledge of the talks",
                anonymous=True,
                classes=("anonymous_control",),
            ),
            Q(
                "a deal could be announced as early as next week",
                "One of the people",
                "one of the people with knowledge of the talks",
                cue="told",
                via=(("Bloomberg News", "told"),),
                anonymous=True,
                classes=("anonymous_told_outlet",),
            ),
            Q(
                "Harland & Voss had hired Merriton Bank to advise on the bid",
                "The person",
                "one of the people with knowledge of the talks",
                via=(("Bloomberg News", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                "Tidewater's founders had asked to keep running the business for three years after the sale",
                "A banker involved in the talks",
                "a banker involved in the talks",
                cue="told",
                via=(("Wall Street Journal", "told"),),
                anonymous=True,
                classes=("second_anonymous_other_outlet",),
            ),
            Q(
                "the founders would also keep a 10 percent stake",
                "The banker",
                "a banker involved in the talks",
                via=(("Wall Street Journal", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                "the two sides were still apart on the value of Tidewater's brewery in Bristol",
                "the Journal",
                "Wall Street Journal",
                cue="According to",
                how="according_to",
                classes=("according_to_outlet_control",),
            ),
            Q(
                'that gap was "a few million, not a deal-breaker."',
                "The first person",
                "one of the people with knowledge of the talks",
                via=(("Bloomberg News", "told"),),
                anonymous=True,
                classes=("anonymous_back_after_other_outlet",),
            ),
            Q(
                'it "does not comment on market speculation."',
                "Tidewater",
                "Tidewater Brewing",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the price looked "rich but defensible" for a fast-growing brand',
                "Nisha Varma",
                "Nisha Varma",
                at="Nisha Varma of Pell Securities said",
                classes=("control",),
            ),
        ],
        titles={"Nisha Varma": ["Analyst"]},
    ),
    A(
        id="c8-flood-minister-radio",
        style="interview",
        classes=("interview", "told_outlet"),
        text="""Minister admits flood defences were not finished

The environment minister, Callum Reid, has admitted that flood defences in the Ardle valley were unfinished when \
the river burst its banks last month.

Reid told the journalist Fiona Keir in an interview broadcast by Radio Scotia on Sunday that the work was "about \
three months behind." He said contractors had been held up by the wettest autumn on record.

According to a transcript of the interview published by the station, Reid also said he had not been told of the \
delay until September. "I should have asked harder questions," he said.

Opposition environment spokesman Duncan Moir said the admission was "an extraordinary thing for a minister to say \
on air." He said he would raise it in parliament on Tuesday.

The contractor, Strathbuild, said in a statement to the Ardle Gazette that the delays were caused by the weather \
and by late changes to the design.

Residents of Kinloch, the worst-hit village, told the Gazette they had been promised the defences by the summer. \
"We were told the wall would be finished before the winter," said Isla Grant, whose house was flooded to a depth of \
a metre.
""",
        quotes=[
            Q(
                'the work was "about three months behind."',
                "Reid",
                "Callum Reid",
                cue="told",
                via=(("Fiona Keir", "interview"), ("Radio Scotia", "reported_by")),
                classes=("interview_broadcast_by",),
            ),
            Q(
                "contractors had been held up by the wettest autumn on record",
                "He",
                "Callum Reid",
                via=(("Fiona Keir", "interview"), ("Radio Scotia", "reported_by")),
                classes=("frame_carryover",),
            ),
            Q(
                "he had not been told of the delay until September",
                "Reid",
                "Callum Reid",
                at="Reid also said",
                via=(("Radio Scotia", "reported_by"),),
                classes=("transcript_published_by_station",),
            ),
            Q(
                '"I should have asked harder questions,"',
                "he",
                "Callum Reid",
                via=(("Radio Scotia", "reported_by"),),
                classes=("frame_carryover",),
            ),
            Q(
                'the admission was "an extraordinary thing for a minister to say on air."',
                "Duncan Moir",
                "Duncan Moir",
                classes=("control",),
            ),
            Q("he would raise it in parliament on Tuesday", "He", "Duncan Moir", classes=("control",)),
            Q(
                "the delays were caused by the weather and by late changes to the design",
                "Strathbuild",
                "Strathbuild",
                at="Strathbuild, said",
                how="statement",
                via=(("Ardle Gazette", "told"),),
                classes=("statement_to_outlet",),
            ),
            Q(
                "they had been promised the defences by the summer",
                "Residents of Kinloch",
                "residents of Kinloch",
                cue="told",
                at="Residents of Kinloch, the worst-hit village, told",
                via=(("Ardle Gazette", "told"),),
                classes=("told_the_short_name",),
            ),
            Q(
                '"We were told the wall would be finished before the winter,"',
                "Isla Grant",
                "Isla Grant",
                at="said Isla Grant",
                classes=("named_after_told",),
            ),
        ],
        titles={
            "Callum Reid": ["The environment minister"],
            "Duncan Moir": ["Opposition environment spokesman"],
        },
    ),
    A(
        id="c8-hostages-relayed",
        style="wire",
        classes=("told_outlet",),
        text="""Rebel group says it freed 12 aid workers

NAIROBI, Aug 5 — A rebel group in the east of Zamora has freed 12 foreign aid workers it held for three weeks, the \
group's spokesman said, according to the Zamoran news agency ZNA, as reported by the French agency AFP.

The spokesman, who gave his name only as Kamau, told ZNA by telephone that the workers had been handed to elders in \
the town of Bisaka. "They are free and they are well," he said.

A Red Cross official in Bisaka, quoted by the regional broadcaster Radio Umoja, said the workers were being checked \
by doctors at a clinic run by the charity.

The foreign ministry of Norland, whose citizens made up half of the group, said in a statement that it was "working \
to confirm the reports." The ministry's spokeswoman, Eva Strand, told the Norland broadcaster NRT that the families \
had been informed.

The aid workers, who worked for two medical charities, were seized on a road north of Bisaka in July. The rebels \
had demanded the release of fighters held in government prisons.

It was not possible to reach the rebel group independently, and the government of Zamora did not comment.
""",
        quotes=[
            Q(
                "A rebel group in the east of Zamora has freed 12 foreign aid workers it held for three weeks",
                "the group's spokesman",
                "Kamau",
                at="the group's spokesman said",
                via=(("ZNA", "reported_by"), ("AFP", "reported_by")),
                classes=("according_to_as_reported_by",),
            ),
            Q(
                "the workers had been handed to elders in the town of Bisaka",
                "Kamau",
                "Kamau",
                cue="told",
                at="Kamau, told",
                via=(("ZNA", "told"),),
                classes=("told_agency",),
            ),
            Q(
                '"They are free and they are well,"',
                "he",
                "Kamau",
                via=(("ZNA", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the workers were being checked by doctors at a clinic run by the charity",
                "A Red Cross official in Bisaka",
                "a Red Cross official in Bisaka",
                at="A Red Cross official in Bisaka, quoted by the regional broadcaster Radio Umoja, said",
                via=(("Radio Umoja", "reported_by"),),
                anonymous=True,
                classes=("quoted_by_apposition",),
            ),
            Q(
                'it was "working to confirm the reports."',
                "The foreign ministry of Norland",
                "foreign ministry of Norland",
                at="The foreign ministry of Norland, whose citizens made up half of the group, said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "the families had been informed",
                "Eva Strand",
                "Eva Strand",
                cue="told",
                at="Eva Strand, told",
                via=(("NRT", "told"),),
                classes=("told_outlet",),
            ),
        ],
        titles={"Eva Strand": ["The ministry's spokeswoman"]},
    ),
]
