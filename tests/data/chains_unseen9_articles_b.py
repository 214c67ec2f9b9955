"""Articles 8-13 of the ninth unseen chains set (``make_chains_unseen9.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c9-breach-lawsuit",
        style="wire",
        classes=("documents", "told_outlet"),
        text="""State sues software firm over hidden data breach

By Priya Lall

A lawsuit filed on Thursday by the state attorney general, Rosa Delacroix, accuses the software company Brightwell \
Systems of hiding a data breach that exposed the records of 300,000 customers for more than a year.

The complaint quotes an internal email in which Brightwell's head of security, Kurt Villanes, wrote that the breach \
was "bad, really bad, and we need to keep it quiet until after the funding round."

In another email cited in the lawsuit, the company's chief executive, Dana Okoro, told Villanes that customers should \
not be notified "until the lawyers have been through every line of it."

According to the complaint, Okoro also told the company's board in March that there had been "no material \
incidents" that year.

Delacroix said at a news conference that Brightwell had put "its valuation ahead of its customers." "People trusted \
this company with their tax records, their addresses and their children's names," she said.

Brightwell said in a statement that it "strongly disputes" the claims and had told regulators about the breach "as \
soon as its scale was understood."

Villanes, who left the company in June, told the Capitol Record that he had urged executives to disclose the breach \
within a week. "I wrote that email because I was alarmed, not because I wanted a cover-up," he told the paper.

A customer whose records were exposed, Luis Ferraro, said he had received a letter about the breach only last month. \
"By then somebody had already opened two credit cards in my name," he said.

The lawsuit seeks penalties of up to $5,000 for each customer affected. Brightwell, which is based in Corvallis, \
raised $80 million from investors in the funding round mentioned in the email.
""",
        quotes=[
            Q(
                'the breach was "bad, really bad, and we need to keep it quiet until after the funding round."',
                "Kurt Villanes",
                "Kurt Villanes",
                cue="wrote",
                at="Kurt Villanes, wrote",
                how="wrote",
                via=(("Rosa Delacroix", "reported_by"),),
                classes=("complaint_quotes_email",),
            ),
            Q(
                'customers should not be notified "until the lawyers have been through every line of it."',
                "Dana Okoro",
                "Dana Okoro",
                cue="told",
                at="Dana Okoro, told",
                how="told",
                via=(("Kurt Villanes", "told"), ("Rosa Delacroix", "reported_by")),
                classes=("email_cited_in_lawsuit",),
            ),
            Q(
                'there had been "no material incidents" that year',
                "Okoro",
                "Dana Okoro",
                cue="told",
                at="Okoro also told",
                how="told",
                via=(("Rosa Delacroix", "reported_by"),),
                classes=("according_to_complaint_told",),
            ),
            Q(
                'Brightwell had put "its valuation ahead of its customers."',
                "Delacroix",
                "Rosa Delacroix",
                classes=("news_conference_control",),
            ),
            Q(
                '"People trusted this company with their tax records, their addresses and their children\'s names,"',
                "she",
                "Rosa Delacroix",
                classes=("control",),
            ),
            Q(
                'it "strongly disputes" the claims and had told regulators about the breach "as soon as its scale was '
                'understood."',
                "Brightwell",
                "Brightwell Systems",
                at="Brightwell said",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "he had urged executives to disclose the breach within a week",
                "Villanes",
                "Kurt Villanes",
                cue="told",
                at="Villanes, who left the company in June, told",
                how="told",
                via=(("Capitol Record", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                '"I wrote that email because I was alarmed, not because I wanted a cover-up,"',
                "he",
                "Kurt Villanes",
                cue="told",
                how="told",
                via=(("Capitol Record", "told"),),
                classes=("told_the_paper",),
            ),
            Q(
                "he had received a letter about the breach only last month",
                "Luis Ferraro",
                "Luis Ferraro",
                at="Luis Ferraro, said",
                classes=("control",),
            ),
            Q(
                '"By then somebody had already opened two credit cards in my name,"',
                "he",
                "Luis Ferraro",
                classes=("control",),
            ),
        ],
        titles={
            "Rosa Delacroix": ["the state attorney general"],
            "Kurt Villanes": ["Brightwell's head of security"],
            "Dana Okoro": ["the company's chief executive"],
            "Luis Ferraro": ["A customer whose records were exposed"],
        },
    ),
    A(
        id="c9-sanctions-state-media",
        style="wire",
        classes=("nesting", "told_outlet"),
        text="""Marovian leader calls sanctions 'economic war' in televised speech

VIENNA, Oct 6 — The president of Marovia, Andrej Kosta, said on Monday that new European sanctions were "an act of \
economic war," in a speech broadcast by the state broadcaster MRT and translated by the Associated Press.

Kosta said his government would "answer in kind" and would look for new markets in Asia for the country's timber and \
potash.

The Marovian foreign ministry said in a statement published by the state news agency Marpress that the sanctions \
"violate every rule of fair trade."

Marpress also quoted the economy minister, Vesna Drago, as saying that the country had "reserves for many years" and \
that shops would not run short of food.

Further measures are already being drafted in Brussels, the BBC reported, citing a European diplomat. The diplomat \
told the BBC that a ban on Marovian potash could follow "within weeks, not months."

The European Commission's trade spokesman, Pieter Claes, told reporters in Brussels that the sanctions were "a \
response to Marovia's own choices." He said the door to talks "remains open."

Kosta's predecessor, Ivo Markan, told the French daily L'Horizon that the sanctions would hurt ordinary Marovians far \
more than the government. "The ministers will not queue for bread," Markan said in the interview, which was \
published on Tuesday.

A timber trader in the capital, Josip Lenz, said in a message to the Associated Press that orders from Germany and \
Austria had "dried up overnight."

Marovia sells about a third of its timber and potash to the European Union.
""",
        quotes=[
            Q(
                'new European sanctions were "an act of economic war,"',
                "Andrej Kosta",
                "Andrej Kosta",
                at="Andrej Kosta, said",
                via=(("MRT", "reported_by"), ("Associated Press", "reported_by")),
                classes=("speech_broadcast_translated_by",),
            ),
            Q(
                'his government would "answer in kind" and would look for new markets in Asia for the country\'s '
                "timber and potash",
                "Kosta",
                "Andrej Kosta",
                via=(("MRT", "reported_by"),),
                classes=("broadcast_speech_carryover",),
            ),
            Q(
                'the sanctions "violate every rule of fair trade."',
                "The Marovian foreign ministry",
                "Marovian foreign ministry",
                at="The Marovian foreign ministry said",
                how="statement",
                via=(("Marpress", "reported_by"),),
                classes=("statement_published_by_state_agency",),
            ),
            Q(
                'the country had "reserves for many years" and that shops would not run short of food',
                "Vesna Drago",
                "Vesna Drago",
                cue="saying",
                at="Marpress also quoted the economy minister, Vesna Drago, as saying",
                via=(("Marpress", "reported_by"),),
                classes=("quoted_as_saying",),
            ),
            Q(
                "Further measures are already being drafted in Brussels",
                "a European diplomat",
                "a European diplomat",
                cue="reported",
                at="the BBC reported, citing a European diplomat",
                via=(("BBC", "citing"),),
                anonymous=True,
                classes=("reported_citing",),
            ),
            Q(
                'a ban on Marovian potash could follow "within weeks, not months."',
                "The diplomat",
                "a European diplomat",
                cue="told",
                via=(("BBC", "told"),),
                anonymous=True,
                classes=("anonymous_later_told",),
            ),
            Q(
                'the sanctions were "a response to Marovia\'s own choices."',
                "Pieter Claes",
                "Pieter Claes",
                cue="told",
                at="Pieter Claes, told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q('the door to talks "remains open."', "He", "Pieter Claes", classes=("control",)),
            Q(
                "the sanctions would hurt ordinary Marovians far more than the government",
                "Ivo Markan",
                "Ivo Markan",
                cue="told",
                at="Ivo Markan, told",
                how="told",
                via=(("L'Horizon", "told"),),
                classes=("told_described_outlet",),
            ),
            Q(
                '"The ministers will not queue for bread,"',
                "Markan",
                "Ivo Markan",
                via=(("L'Horizon", "told"),),
                classes=("said_in_the_interview",),
            ),
            Q(
                'orders from Germany and Austria had "dried up overnight."',
                "Josip Lenz",
                "Josip Lenz",
                at="Josip Lenz, said",
                how="wrote",
                via=(("Associated Press", "told"),),
                classes=("message_to_outlet",),
            ),
        ],
        titles={
            "Andrej Kosta": ["The president of Marovia"],
            "Vesna Drago": ["the economy minister"],
            "Pieter Claes": ["The European Commission's trade spokesman"],
            "Ivo Markan": ["Kosta's predecessor"],
            "Josip Lenz": ["A timber trader in the capital"],
        },
    ),
    A(
        id="c9-shipping-reroute",
        style="wire",
        classes=("nesting", "told_outlet", "frame_carryover"),
        text="""Container line to send ships around the Cape, reports say

COPENHAGEN, Feb 3 — The container line Nordhavn Shipping will send its ships around the Cape of Good Hope for at \
least three months, the Financial Times reported on Monday, citing two executives at the company.

One of the executives told the newspaper that the change would add "ten to twelve days" to voyages between Asia and \
northern Europe.

The board approved the plan at a meeting on Sunday, Reuters reported, citing the Danish business daily Dagens \
Handel. Dagens Handel, which cited a person who attended the meeting, said the vote was unanimous.

Nordhavn's chief executive, Henrik Lund, said in an interview with the broadcaster Radio Kanal 4 that aired on \
Tuesday morning that the company "cannot ask crews to sail into danger." "It is a question of people first and \
freight second," he said in the interview.

Lund declined to say how much the longer route would cost. He told the station only that customers had been \
"understanding."

The Maritime Gazette reported that three other lines were weighing the same move, citing a shipbroker in London. The \
broker told the Gazette that insurers had raised premiums for the route "three times in a month."

A freight analyst at Kattegat Research, Mette Sand, said spot rates for a container from Shanghai to Rotterdam had \
risen by 40 percent in a week. "Shippers will pay for this, and in the end so will shoppers," she said.

The Danish shipowners' association said in a statement that its members "fully support" decisions taken to protect \
crews.

Nordhavn operates 62 container ships and employs about 9,000 seafarers. Its shares fell 2 percent in Copenhagen on \
Monday.
""",
        quotes=[
            Q(
                "The container line Nordhavn Shipping will send its ships around the Cape of Good Hope for at least "
                "three months",
                "two executives at the company",
                "two executives at the company",
                cue="reported",
                at="the Financial Times reported on Monday, citing two executives at the company",
                via=(("Financial Times", "citing"),),
                anonymous=True,
                classes=("reported_citing",),
            ),
            Q(
                'the change would add "ten to twelve days" to voyages between Asia and northern Europe',
                "One of the executives",
                "one of the executives at the company",
                cue="told",
                via=(("Financial Times", "told"),),
                anonymous=True,
                classes=("anonymous_told_the_newspaper",),
            ),
            Q(
                "The board approved the plan at a meeting on Sunday",
                "Dagens Handel",
                "Dagens Handel",
                cue="reported",
                at="Reuters reported, citing the Danish business daily Dagens Handel",
                how="according_to",
                via=(("Reuters", "citing"),),
                classes=("wire_citing_newspaper",),
            ),
            Q(
                "the vote was unanimous",
                "a person who attended the meeting",
                "a person who attended the meeting",
                at="Dagens Handel, which cited a person who attended the meeting, said",
                via=(("Dagens Handel", "citing"),),
                anonymous=True,
                classes=("which_cited",),
            ),
            Q(
                'the company "cannot ask crews to sail into danger."',
                "Henrik Lund",
                "Henrik Lund",
                at="Henrik Lund, said",
                via=(("Radio Kanal 4", "interview"),),
                classes=("interview_that_aired",),
            ),
            Q(
                '"It is a question of people first and freight second,"',
                "he",
                "Henrik Lund",
                via=(("Radio Kanal 4", "interview"),),
                classes=("said_in_the_interview",),
            ),
            Q(
                'customers had been "understanding."',
                "He",
                "Henrik Lund",
                cue="told",
                at="He told the station only that",
                how="told",
                via=(("Radio Kanal 4", "told"),),
                classes=("told_the_station",),
            ),
            Q(
                "three other lines were weighing the same move",
                "a shipbroker in London",
                "a shipbroker in London",
                cue="reported",
                at="The Maritime Gazette reported that three other lines were weighing the same move, citing a "
                "shipbroker in London",
                via=(("Maritime Gazette", "citing"),),
                anonymous=True,
                classes=("reported_that_citing_after",),
            ),
            Q(
                'insurers had raised premiums for the route "three times in a month."',
                "The broker",
                "a shipbroker in London",
                cue="told",
                via=(("Maritime Gazette", "told"),),
                anonymous=True,
                classes=("anonymous_later_told",),
            ),
            Q(
                "spot rates for a container from Shanghai to Rotterdam had risen by 40 percent in a week",
                "Mette Sand",
                "Mette Sand",
                at="Mette Sand, said",
                classes=("control",),
            ),
            Q(
                '"Shippers will pay for this, and in the end so will shoppers,"',
                "she",
                "Mette Sand",
                classes=("control",),
            ),
            Q(
                'its members "fully support" decisions taken to protect crews',
                "The Danish shipowners' association",
                "Danish shipowners' association",
                at="The Danish shipowners' association said",
                how="statement",
                classes=("statement_control",),
            ),
        ],
        titles={
            "Henrik Lund": ["Nordhavn's chief executive"],
            "Mette Sand": ["A freight analyst at Kattegat Research"],
        },
    ),
    A(
        id="c9-wind-turbine",
        style="local",
        classes=("told_outlet", "frame_carryover"),
        text="""Farmer vows to fight order to take down wind turbine

By Jonah Threlkeld

BESSWICK — A farmer near Besswick has vowed to fight a council order to take down a wind turbine he built on his \
land without planning permission.

Alun Pryce spoke to the Besswick Advertiser at his farm on Monday. He said the turbine supplied "every watt we use, \
and some for the neighbours." "I asked the council for advice three times and heard nothing back," he said.

"Now they want it down in sixty days, after I have spent my savings on it," he added.

The council's planning manager, Ffion Gwilt, said the turbine was "a clear breach" of the rules. She told Pryce in a \
letter last month that he could still apply for permission after the event.

A neighbour, Glenys Morgan, said the blades were noisy at night. She told Gwilt at a parish meeting in May that she \
"could hear it through double glazing" when the wind came from the west.

At the same meeting, Pryce said the noise complaints were "nonsense from people who moved here last year." He told \
Morgan that he would pay for a noise survey if she wanted one.

A spokeswoman for the renewable energy group Green Valleys said the case showed that the rules for small turbines \
were "twenty years out of date." "Farmers should not need a planning lawyer to put up a turbine the size of a \
telegraph pole," she said.

The council's planning committee will decide on Thursday whether to enforce the order. Gwilt said that if Pryce \
applied for permission before then, the order would be suspended while the application was considered.

The turbine, which is 15 metres tall, was put up in February and cost about £30,000, Pryce said.
""",
        quotes=[
            Q(
                'the turbine supplied "every watt we use, and some for the neighbours."',
                "He",
                "Alun Pryce",
                via=(("Besswick Advertiser", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                '"I asked the council for advice three times and heard nothing back,"',
                "he",
                "Alun Pryce",
                via=(("Besswick Advertiser", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                '"Now they want it down in sixty days, after I have spent my savings on it,"',
                "he",
                "Alun Pryce",
                cue="added",
                via=(("Besswick Advertiser", "interview"),),
                classes=("spoke_to_paper_answers",),
            ),
            Q(
                'the turbine was "a clear breach" of the rules',
                "Ffion Gwilt",
                "Ffion Gwilt",
                at="Ffion Gwilt, said",
                classes=("control",),
            ),
            Q(
                "he could still apply for permission after the event",
                "She",
                "Ffion Gwilt",
                cue="told",
                how="wrote",
                classes=("told_person_no_relay_control",),
            ),
            Q(
                "the blades were noisy at night",
                "Glenys Morgan",
                "Glenys Morgan",
                at="Glenys Morgan, said",
                classes=("control",),
            ),
            Q(
                'she "could hear it through double glazing" when the wind came from the west',
                "She",
                "Glenys Morgan",
                cue="told",
                how="told",
                classes=("told_person_no_relay_control",),
            ),
            Q(
                'the noise complaints were "nonsense from people who moved here last year."',
                "Pryce",
                "Alun Pryce",
                classes=("new_occasion_control",),
            ),
            Q(
                "he would pay for a noise survey if she wanted one",
                "He",
                "Alun Pryce",
                cue="told",
                how="told",
                classes=("told_person_no_relay_control",),
            ),
            Q(
                'the rules for small turbines were "twenty years out of date."',
                "A spokeswoman for the renewable energy group Green Valleys",
                "Green Valleys",
                classes=("control",),
            ),
            Q(
                '"Farmers should not need a planning lawyer to put up a turbine the size of a telegraph pole,"',
                "she",
                "Green Valleys",
                classes=("control",),
            ),
            Q(
                "if Pryce applied for permission before then, the order would be suspended while the application was "
                "considered",
                "Gwilt",
                "Ffion Gwilt",
                classes=("control",),
            ),
        ],
        titles={
            "Ffion Gwilt": ["The council's planning manager"],
            "Glenys Morgan": ["A neighbour"],
        },
    ),
    A(
        id="c9-custody-footage",
        style="local",
        classes=("documents", "told_outlet"),
        text="""Police sergeant suspended after footage shows him mocking detainee

By Sorcha Neville

LANFORD — Body-camera footage obtained by the Lanford Post shows a police sergeant, Keith Ambrose, telling a \
detainee that his complaint would "go straight in the bin."

In the footage, recorded at Lanford custody suite in August, Ambrose can be heard saying that the cells were "a \
hotel compared with where you belong."

The detainee, Marcus Odell, 23, told the Post that he had been held for 19 hours without being told why he had been \
arrested. He said he had asked for a lawyer four times.

Lanford Police said in a statement that Ambrose had been suspended on full pay while the force's professional \
standards department investigated.

The chief constable, Amanda Frith, told BBC Radio Lanford that the footage was "shocking and shameful." "It is not \
who we are, and it will not be tolerated," she told the station.

According to a misconduct notice seen by the Post, Ambrose told investigators that he had been "joking to calm \
things down" and had not meant to upset anyone.

The local chairman of the Police Federation, Roy Tebbit, said officers in custody suites were "under huge pressure" \
but that there was "no excuse" for the remarks.

Odell's solicitor, Hannah Greatorex, told a radio station that her client would bring a civil claim against the \
force. She said outside the town's police headquarters on Friday that the footage "speaks for itself."

Odell was released without charge. The Independent Office for Police Conduct said it had been told about the case \
and would decide next week whether to investigate it independently.
""",
        quotes=[
            Q(
                'his complaint would "go straight in the bin."',
                "Keith Ambrose",
                "Keith Ambrose",
                cue="telling",
                at="Keith Ambrose, telling",
                how="told",
                via=(("Lanford Post", "reported_by"),),
                classes=("footage_obtained_by",),
            ),
            Q(
                'the cells were "a hotel compared with where you belong."',
                "Ambrose",
                "Keith Ambrose",
                cue="saying",
                at="Ambrose can be heard saying",
                via=(("Lanford Post", "reported_by"),),
                classes=("recording_carryover",),
            ),
            Q(
                "he had been held for 19 hours without being told why he had been arrested",
                "Marcus Odell",
                "Marcus Odell",
                cue="told",
                at="Marcus Odell, 23, told",
                how="told",
                via=(("Lanford Post", "told"),),
                classes=("told_outlet_bare",),
            ),
            Q(
                "he had asked for a lawyer four times",
                "He",
                "Marcus Odell",
                classes=("new_report_control",),
            ),
            Q(
                "Ambrose had been suspended on full pay while the force's professional standards department "
                "investigated",
                "Lanford Police",
                "Lanford Police",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the footage was "shocking and shameful."',
                "Amanda Frith",
                "Amanda Frith",
                cue="told",
                at="Amanda Frith, told",
                how="told",
                via=(("BBC Radio Lanford", "told"),),
                classes=("told_named_station",),
            ),
            Q(
                '"It is not who we are, and it will not be tolerated,"',
                "she",
                "Amanda Frith",
                cue="told",
                how="told",
                via=(("BBC Radio Lanford", "told"),),
                classes=("told_the_station",),
            ),
            Q(
                'he had been "joking to calm things down" and had not meant to upset anyone',
                "Ambrose",
                "Keith Ambrose",
                cue="told",
                how="told",
                via=(("Lanford Post", "reported_by"),),
                classes=("according_to_notice_seen_by_told",),
            ),
            Q(
                'officers in custody suites were "under huge pressure" but that there was "no excuse" for the remarks',
                "Roy Tebbit",
                "Roy Tebbit",
                at="Roy Tebbit, said",
                classes=("control",),
            ),
            Q(
                "her client would bring a civil claim against the force",
                "Hannah Greatorex",
                "Hannah Greatorex",
                cue="told",
                at="Hannah Greatorex, told",
                how="told",
                classes=("told_radio_station_control",),
            ),
            Q(
                'the footage "speaks for itself."',
                "She",
                "Hannah Greatorex",
                at="She said outside the town's police headquarters on Friday that",
                classes=("control",),
            ),
        ],
        titles={
            "Marcus Odell": ["The detainee"],
            "Amanda Frith": ["The chief constable"],
            "Roy Tebbit": ["The local chairman of the Police Federation"],
            "Hannah Greatorex": ["Odell's solicitor"],
        },
    ),
    A(
        id="c9-budget-interviews",
        style="wire",
        classes=("told_outlet", "frame_carryover", "nesting"),
        text="""Finance minister says 'nothing off the table' before autumn budget

By Laurie Basset

The finance minister, Gideon Achebe-Ross, said in an interview with the broadcaster Westnet that aired on Sunday \
that "nothing is off the table" in the autumn budget.

Achebe-Ross also told the Inside Track podcast, recorded on Friday and released on Sunday evening, that the \
government needed to find "about £20 billion from somewhere" over the next two years.

The Sunday Courier quoted a Treasury source as saying that a rise in capital gains tax was "the likeliest option" \
and that income tax rates would not change.

The Daily Sentinel reported, citing two cabinet ministers, that the prime minister had not yet agreed to any rise in \
taxes. One of the ministers told the paper that the Treasury was "getting ahead of itself." The cabinet minister \
said the prime minister would decide "in September, not on a Sunday sofa."

The shadow chancellor, Neve Harcourt, said the minister was "preparing the ground for a raid on savers." She told \
the Press Association that her party would oppose any rise in capital gains tax.

A Treasury spokeswoman said the department "does not comment on speculation about the budget."

Business groups were cautious. The director general of the Federation of Small Firms, Paul Stirrup, said his \
members needed "stability, not a guessing game." "Every weekend of speculation costs us investment," he said in a \
statement.

Economists at the bank Lowther & Cole wrote in a note to clients that a rise in capital gains tax would raise "less \
than the headlines suggest," perhaps £3 billion a year.

The budget is due on October 30.
""",
        quotes=[
            Q(
                '"nothing is off the table" in the autumn budget',
                "Gideon Achebe-Ross",
                "Gideon Achebe-Ross",
                at="Gideon Achebe-Ross, said",
                kind="mixed",
                via=(("Westnet", "interview"),),
                classes=("interview_that_aired",),
            ),
            Q(
                'the government needed to find "about £20 billion from somewhere" over the next two years',
                "Achebe-Ross",
                "Gideon Achebe-Ross",
                cue="told",
                at="Achebe-Ross also told",
                how="told",
                via=(("Inside Track", "told"),),
                classes=("told_podcast",),
            ),
            Q(
                'a rise in capital gains tax was "the likeliest option" and that income tax rates would not change',
                "a Treasury source",
                "a Treasury source",
                cue="saying",
                at="The Sunday Courier quoted a Treasury source as saying",
                via=(("Sunday Courier", "reported_by"),),
                anonymous=True,
                classes=("quoted_as_saying_anonymous",),
            ),
            Q(
                "the prime minister had not yet agreed to any rise in taxes",
                "two cabinet ministers",
                "two cabinet ministers",
                cue="reported",
                at="The Daily Sentinel reported, citing two cabinet ministers",
                via=(("Daily Sentinel", "citing"),),
                anonymous=True,
                classes=("reported_citing",),
            ),
            Q(
                'the Treasury was "getting ahead of itself."',
                "One of the ministers",
                "one of the cabinet ministers",
                cue="told",
                via=(("Daily Sentinel", "told"),),
                anonymous=True,
                classes=("anonymous_told_the_paper",),
            ),
            Q(
                'the prime minister would decide "in September, not on a Sunday sofa."',
                "The cabinet minister",
                "one of the cabinet ministers",
                via=(("Daily Sentinel", "told"),),
                anonymous=True,
                classes=("the_person_keeps_outlet",),
            ),
            Q(
                'the minister was "preparing the ground for a raid on savers."',
                "Neve Harcourt",
                "Neve Harcourt",
                at="Neve Harcourt, said",
                classes=("control",),
            ),
            Q(
                "her party would oppose any rise in capital gains tax",
                "She",
                "Neve Harcourt",
                cue="told",
                how="told",
                via=(("Press Association", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                'the department "does not comment on speculation about the budget."',
                "A Treasury spokeswoman",
                "a Treasury spokeswoman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                'his members needed "stability, not a guessing game."',
                "Paul Stirrup",
                "Paul Stirrup",
                at="Paul Stirrup, said",
                classes=("control",),
            ),
            Q(
                '"Every weekend of speculation costs us investment,"',
                "he",
                "Paul Stirrup",
                how="statement",
                classes=("statement_control",),
            ),
        ],
        titles={
            "Gideon Achebe-Ross": ["The finance minister"],
            "Neve Harcourt": ["The shadow chancellor"],
            "Paul Stirrup": ["The director general of the Federation of Small Firms"],
        },
    ),
]
