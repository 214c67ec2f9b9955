"""Articles 8-14 of the sixth unseen chains set (``make_chains_unseen6.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c6-screenshot",
        style="local",
        classes=("social_media_relayed",),
        text="""Councillor quits after deleted posts about rival surface

A town councillor in Ellesmere Vale resigned on Thursday after posts attacking a fellow councillor were shared \
online, days before a vote on a new housing estate.

Councillor Bryony Castell wrote on Facebook that her colleague Neil Hatherley was "in the developer's pocket," \
according to a screenshot shared by the Vale Observer. The post was deleted within an hour.

In a second post, captured by the Observer before it was removed, Castell wrote that she had "the receipts" and \
would publish them before the vote.

Hatherley said the claims were false and that he had asked his solicitor to write to her. "I have never taken a \
penny from anyone," he said in a video posted to his own Instagram account.

In her resignation letter, which was published by the council, Castell said she had acted "in anger and in \
haste" and apologised to Hatherley and his family.

The council's leader, Joy Adebanjo, said the authority would review its social media guidance. She told \
councillors at Thursday's meeting that "nobody wins when we do this to each other."

A message posted in a residents' group and later shared with the Observer by one of its members shows that \
Castell told the group's administrator she had been "fed up for months." The Observer said it had verified the \
message with two members of the group.

Hatherley tweeted on Friday that he accepted the apology. Residents will vote on the estate in a referendum on June 3.

The Vale Observer's editor, Sam Orchard, said the paper had asked Castell for comment before publishing the \
screenshots. "We gave her a day to respond," Orchard said. "She chose not to."
""",
        quotes=[
            Q(
                'her colleague Neil Hatherley was "in the developer\'s pocket,"',
                "Councillor Bryony Castell",
                "Bryony Castell",
                cue="wrote",
                how="wrote",
                via=(("Vale Observer", "reported_by"),),
                classes=("screenshot_shared_by",),
            ),
            Q(
                'she had "the receipts" and would publish them before the vote',
                "Castell",
                "Bryony Castell",
                cue="wrote",
                how="wrote",
                via=(("Observer", "reported_by"),),
                classes=("post_captured_by",),
            ),
            Q(
                "the claims were false and that he had asked his solicitor to write to her",
                "Hatherley",
                "Neil Hatherley",
                classes=("control",),
            ),
            Q(
                '"I have never taken a penny from anyone,"',
                "he",
                "Neil Hatherley",
                classes=("video_control",),
            ),
            Q(
                'she had acted "in anger and in haste"',
                "Castell",
                "Bryony Castell",
                how="letter",
                via=(("council", "reported_by"),),
                classes=("letter_published_by",),
            ),
            Q(
                "the authority would review its social media guidance",
                "Joy Adebanjo",
                "Joy Adebanjo",
                at="Joy Adebanjo, said",
                classes=("control",),
            ),
            Q(
                '"nobody wins when we do this to each other."',
                "She",
                "Joy Adebanjo",
                cue="told",
                how="told",
                classes=("told_councillors_control",),
            ),
            Q(
                'she had been "fed up for months."',
                "Castell",
                "Bryony Castell",
                cue="told",
                how="told",
                via=(("the group's administrator", "told"), ("Observer", "reported_by")),
                classes=("message_shared_with",),
            ),
            Q(
                "he accepted the apology",
                "Hatherley",
                "Neil Hatherley",
                cue="tweeted",
                how="posted",
                classes=("platform_post_control",),
            ),
            Q(
                "the paper had asked Castell for comment before publishing the screenshots",
                "Sam Orchard",
                "Sam Orchard",
                at="Sam Orchard, said",
                classes=("control",),
            ),
            Q('"We gave her a day to respond,"', "Orchard", "Sam Orchard", classes=("control",)),
            Q('"She chose not to."', None, "Sam Orchard", cue=None, classes=("control",)),
        ],
        titles={
            "Bryony Castell": ["Councillor"],
            "Joy Adebanjo": ["The council's leader"],
            "Sam Orchard": ["The Vale Observer's editor"],
        },
    ),
    A(
        id="c6-headlines",
        style="liveblog",
        classes=("headline_caption_chain",),
        text="""'We were never warned,' fishermen tell Harbour Gazette

Port closure: skippers say notice came by text, according to union

Photo caption: Skipper Owen Tranter, who told the Gazette he lost a week's catch, on the quay at Porthlenn on Monday.

PORTHLENN — Fishing crews in Porthlenn say they were given less than a day's notice before the harbour was \
closed for dredging, leaving dozens of boats stranded at sea or tied up with full holds.

Skipper Owen Tranter told the Harbour Gazette that he learned of the closure from a text message sent at \
midnight. "I had four tonnes of crab on board and nowhere to land it," he said.

The harbour master, Isla Penrose, said the dredging had been announced at a meeting in January. "The dates were \
in the minutes," she said. "Nobody should have been surprised."

According to the fishermen's union, at least 23 boats were affected. Its local secretary, Rob Keast, said the \
union would seek compensation for lost catches. He said in a radio interview on Tuesday that members had been \
"treated like an afterthought."

A spokesperson for the dredging contractor, Marlin Marine, said it had worked to the timetable set by the \
harbour board.

Cornish MP Tamsin Hale told the Gazette she had written to the harbour board asking for an explanation. In the \
letter, which she shared with the paper, Hale wrote that the closure "showed contempt for the people who keep \
this port alive."

Photo caption: The harbour at Porthlenn. The union says it will seek compensation.

The harbour board said in a statement on Wednesday that it would meet the union next week.
""",
        quotes=[
            Q(
                "he learned of the closure from a text message sent at midnight",
                "Skipper Owen Tranter",
                "Owen Tranter",
                cue="told",
                via=(("Harbour Gazette", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                '"I had four tonnes of crab on board and nowhere to land it,"',
                "he",
                "Owen Tranter",
                via=(("Harbour Gazette", "told"),),
                classes=("told_continued",),
            ),
            Q(
                "the dredging had been announced at a meeting in January",
                "Isla Penrose",
                "Isla Penrose",
                at="Isla Penrose, said",
                classes=("control",),
            ),
            Q('"The dates were in the minutes,"', "she", "Isla Penrose", classes=("control",)),
            Q('"Nobody should have been surprised."', None, "Isla Penrose", cue=None, classes=("control",)),
            Q(
                "at least 23 boats were affected",
                "the fishermen's union",
                "fishermen's union",
                cue="According to",
                at="According to the fishermen's union",
                how="according_to",
                classes=("according_to_control",),
            ),
            Q(
                "the union would seek compensation for lost catches",
                "Rob Keast",
                "Rob Keast",
                at="Rob Keast, said",
                classes=("control",),
            ),
            Q(
                'members had been "treated like an afterthought."',
                "He",
                "Rob Keast",
                classes=("radio_interview_unnamed_control",),
            ),
            Q(
                "she had written to the harbour board asking for an explanation",
                "Cornish MP Tamsin Hale",
                "Tamsin Hale",
                cue="told",
                via=(("Gazette", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                'the closure "showed contempt for the people who keep this port alive."',
                "Hale",
                "Tamsin Hale",
                cue="wrote",
                how="wrote",
                via=(("Gazette", "reported_by"),),
                classes=("letter_shared_with",),
            ),
            Q(
                "it would meet the union next week",
                "The harbour board",
                "harbour board",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={
            "Owen Tranter": ["Skipper"],
            "Isla Penrose": ["The harbour master"],
            "Rob Keast": ["Its local secretary"],
            "Tamsin Hale": ["Cornish MP"],
        },
    ),
    A(
        id="c6-according-to-documents",
        style="wire",
        classes=("according_to_document",),
        text="""Water company executives knew of sewage leaks, lawsuit alleges

A group of riverside residents has sued a regional water company, accusing its executives of hiding years of \
sewage discharges from regulators.

According to the lawsuit, filed on Monday in the High Court by the Riverkeepers Association, the company \
recorded more than 400 unreported spills at two treatment works between 2019 and 2023.

The suit quotes an internal email in which the company's operations director, Mark Ellery, told colleagues that \
the figures "must not leave this building." According to the filing, Ellery wrote the email two days before a \
visit by inspectors.

A company spokesman, Peter Lund, said the firm would "defend the claim vigorously" and that Ellery had left the \
company last year.

According to an audit published by the Environment Agency in May, the company's monitors at the two works were \
switched off for a combined 212 days. The audit said the outages had not been explained.

Minutes of a board meeting in 2021, released by the company under a court order, show the chief executive, Fiona \
Strang, telling directors that fixing the monitors "can wait until the new financial year."

Strang, who now chairs a housing charity, said through a spokeswoman that the minutes did not reflect the full \
discussion.

The residents' lawyer, Daniel Okoro, said the documents spoke for themselves. "These are not our words. They are \
the company's," he said outside the court.

According to Okoro, the association is seeking damages and an order to install independent monitors. The \
regulator said in a statement that it was aware of the case and would "consider the evidence carefully."

A hearing has been set for September. The company's shares fell 3 percent on Tuesday.
""",
        quotes=[
            Q(
                "the company recorded more than 400 unreported spills at two treatment works between 2019 and 2023",
                "the lawsuit",
                "Riverkeepers Association",
                cue="According to",
                at="According to the lawsuit",
                how="according_to",
                classes=("according_to_document_author",),
            ),
            Q(
                'the figures "must not leave this building."',
                "Mark Ellery",
                "Mark Ellery",
                cue="told",
                at="Mark Ellery, told",
                how="wrote",
                via=(("colleagues", "told"), ("Riverkeepers Association", "reported_by")),
                classes=("document_quotes_email",),
            ),
            Q(
                'the firm would "defend the claim vigorously" and that Ellery had left the company last year',
                "Peter Lund",
                "Peter Lund",
                at="Peter Lund, said",
                classes=("control",),
            ),
            Q(
                "the company's monitors at the two works were switched off for a combined 212 days",
                "an audit published by the Environment Agency",
                "Environment Agency",
                cue="According to",
                at="According to an audit published by the Environment Agency",
                how="according_to",
                classes=("according_to_audit_author",),
            ),
            Q("the outages had not been explained", "The audit", "Environment Agency", classes=("document_later",)),
            Q(
                'fixing the monitors "can wait until the new financial year."',
                "Fiona Strang",
                "Fiona Strang",
                cue="telling",
                at="Fiona Strang, telling",
                how="told",
                via=(("directors", "told"), ("company", "reported_by")),
                classes=("minutes_released_by",),
            ),
            Q(
                "the minutes did not reflect the full discussion",
                "Strang",
                "Fiona Strang",
                at="Strang, who now chairs a housing charity, said",
                classes=("through_spokeswoman",),
            ),
            Q(
                "the documents spoke for themselves",
                "Daniel Okoro",
                "Daniel Okoro",
                at="Daniel Okoro, said",
                classes=("control",),
            ),
            Q('"These are not our words. They are the company\'s,"', "he", "Daniel Okoro", classes=("control",)),
            Q(
                "the association is seeking damages and an order to install independent monitors",
                "Okoro",
                "Daniel Okoro",
                cue="According to",
                at="According to Okoro",
                how="according_to",
                classes=("according_to_person_control",),
            ),
            Q(
                'it was aware of the case and would "consider the evidence carefully."',
                "The regulator",
                "regulator",
                how="statement",
                classes=("control",),
            ),
        ],
        titles={
            "Mark Ellery": ["the company's operations director"],
            "Peter Lund": ["A company spokesman"],
            "Fiona Strang": ["the chief executive"],
            "Daniel Okoro": ["The residents' lawyer"],
        },
    ),
    A(
        id="c6-two-sources-controls",
        style="local",
        classes=("two_sources_no_chain",),
        text="""School closures plan splits council as figures disputed

Plans to close three primary schools in Westmarsh drew sharp exchanges at a council meeting on Wednesday, with \
both sides citing the same enrolment figures to opposite ends.

The council's education chief, Rowan Pike, said falling birth rates left the schools "half empty and getting \
emptier." His deputy, Claire Abbot, agreed, saying the money would be better spent on the remaining sites.

Parents' campaigner Lydia Marsh rejected Pike's account, saying enrolment had risen in two of the three schools \
since 2022. She cited figures from the county's own census office to argue that the decline had levelled off.

Pike replied to Marsh's claim that the figures were rising, saying the increase was "a blip of eleven children."

The Westmarsh Echo's reporting on the plans last month prompted the local MP, Hugh Danvers, to say that he would \
ask the education minister to intervene. Danvers praised the Echo's coverage, saying it had "told parents what \
the council would not."

Head teacher Farida Noor said her school had a waiting list for its nursery class. "We are not empty," she said. \
"Come and count."

The council's finance director, Ian Whitlow, disputed the campaigners' costings, which he said left out the \
repair bill for two of the buildings. Whitlow said the repairs would cost at least £4 million.

Marsh responded to Whitlow's figures in a statement, saying the campaign had used the council's own published \
accounts.

A final decision is expected in July. Pike said he would hold two further public meetings before then, and urged \
parents to "come with questions, not placards."
""",
        quotes=[
            Q(
                'falling birth rates left the schools "half empty and getting emptier."',
                "Rowan Pike",
                "Rowan Pike",
                at="Rowan Pike, said",
                classes=("control",),
            ),
            Q(
                "the money would be better spent on the remaining sites",
                "Claire Abbot",
                "Claire Abbot",
                cue="saying",
                at="Claire Abbot, agreed, saying",
                classes=("agreed_control",),
            ),
            Q(
                "enrolment had risen in two of the three schools since 2022",
                "Lydia Marsh",
                "Lydia Marsh",
                cue="saying",
                at="Lydia Marsh rejected Pike's account, saying",
                classes=("rejected_account_control",),
            ),
            Q(
                'the increase was "a blip of eleven children."',
                "Pike",
                "Rowan Pike",
                cue="saying",
                at="Pike replied to Marsh's claim that the figures were rising, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "he would ask the education minister to intervene",
                "Hugh Danvers",
                "Hugh Danvers",
                cue="say",
                at="Hugh Danvers, to say",
                classes=("reporting_prompted_control",),
            ),
            Q(
                'it had "told parents what the council would not."',
                "Danvers",
                "Hugh Danvers",
                cue="saying",
                at="Danvers praised the Echo's coverage, saying",
                classes=("praised_report_control",),
            ),
            Q(
                "her school had a waiting list for its nursery class",
                "Farida Noor",
                "Farida Noor",
                classes=("control",),
            ),
            Q('"We are not empty,"', "she", "Farida Noor", classes=("control",)),
            Q('"Come and count."', None, "Farida Noor", cue=None, classes=("control",)),
            Q(
                "the repairs would cost at least £4 million",
                "Whitlow",
                "Ian Whitlow",
                classes=("control",),
            ),
            Q(
                "the campaign had used the council's own published accounts",
                "Marsh",
                "Lydia Marsh",
                cue="saying",
                at="Marsh responded to Whitlow's figures in a statement, saying",
                classes=("responded_to_figures_control",),
            ),
            Q(
                "he would hold two further public meetings before then",
                "Pike",
                "Rowan Pike",
                classes=("control",),
            ),
        ],
        titles={
            "Rowan Pike": ["The council's education chief"],
            "Claire Abbot": ["His deputy"],
            "Lydia Marsh": ["Parents' campaigner"],
            "Hugh Danvers": ["the local MP"],
            "Farida Noor": ["Head teacher"],
            "Ian Whitlow": ["The council's finance director"],
        },
    ),
    A(
        id="c6-statement-reported",
        style="wire",
        classes=("statement_as_reported",),
        text="""Carmaker to cut 1,800 jobs at northern plant, union says

LONDON, Oct 14 (Marlwire) - A carmaker will cut about 1,800 jobs at its plant in northern England, according to \
a statement from the Unite Motors union, as reported by the Northern Echo Daily.

The union said in the statement that workers had been told at a meeting on Monday that the night shift would end \
in January. Its national officer, Gary Penhale, said the cuts were "a hammer blow to a town that built this \
company."

Two people briefed on the plans told Marlwire that the company would move production of its smaller model to a \
plant in Spain. The people, who asked not to be named because the plans are not public, said an announcement was \
expected on Thursday.

The company, Halcyon Motors, said in a statement to Marlwire that it did not comment on "speculation" and that \
it remained committed to the site.

The business daily Wirtschaftsbote reported, citing a person close to the board, that Halcyon's supervisory \
board had approved the move last week. The person said the board had debated the cuts for six hours.

Local council leader Maggie Brennan said the news was devastating. "Three generations of families have worked on \
that line," she said in remarks carried by the regional broadcaster North Vision.

The business secretary, Alan Frew, told Parliament that the government had offered the company support to keep \
the plant open. A Treasury source later told Marlwire that the offer had included energy subsidies worth "tens \
of millions."

Halcyon's shares rose 2 percent in Frankfurt. Analysts at a Frankfurt bank said in a note to clients that the \
move would save the company about 300 million euros a year.
""",
        quotes=[
            Q(
                "A carmaker will cut about 1,800 jobs at its plant in northern England",
                "Unite Motors union",
                "Unite Motors union",
                cue="according to",
                at="according to a statement from the Unite Motors union",
                how="statement",
                via=(("Northern Echo Daily", "reported_by"),),
                classes=("statement_as_reported_by",),
            ),
            Q(
                "workers had been told at a meeting on Monday that the night shift would end in January",
                "The union",
                "Unite Motors union",
                how="statement",
                via=(("Northern Echo Daily", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                'the cuts were "a hammer blow to a town that built this company."',
                "Gary Penhale",
                "Gary Penhale",
                at="Gary Penhale, said",
                classes=("control",),
            ),
            Q(
                "the company would move production of its smaller model to a plant in Spain",
                "Two people briefed on the plans",
                "two people briefed on the plans",
                cue="told",
                via=(("Marlwire", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                "an announcement was expected on Thursday",
                "The people",
                "two people briefed on the plans",
                at="The people, who asked not to be named because the plans are not public, said",
                via=(("Marlwire", "told"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q(
                'it did not comment on "speculation" and that it remained committed to the site',
                "Halcyon Motors",
                "Halcyon Motors",
                at="Halcyon Motors, said",
                how="statement",
                via=(("Marlwire", "told"),),
                classes=("statement_to_agency",),
            ),
            Q(
                "Halcyon's supervisory board had approved the move last week",
                "a person close to the board",
                "a person close to the board",
                cue="citing",
                at="citing a person close to the board",
                via=(("Wirtschaftsbote", "citing"),),
                anonymous=True,
                classes=("citing_person",),
            ),
            Q(
                "the board had debated the cuts for six hours",
                "The person",
                "a person close to the board",
                via=(("Wirtschaftsbote", "citing"),),
                anonymous=True,
                classes=("anonymous_later",),
            ),
            Q("the news was devastating", "Maggie Brennan", "Maggie Brennan", classes=("control",)),
            Q(
                '"Three generations of families have worked on that line,"',
                "she",
                "Maggie Brennan",
                via=(("North Vision", "reported_by"),),
                classes=("remarks_carried_by",),
            ),
            Q(
                "the government had offered the company support to keep the plant open",
                "Alan Frew",
                "Alan Frew",
                cue="told",
                at="Alan Frew, told",
                how="told",
                classes=("told_parliament_control",),
            ),
            Q(
                'the offer had included energy subsidies worth "tens of millions."',
                "A Treasury source",
                "a Treasury source",
                cue="told",
                at="A Treasury source later told",
                via=(("Marlwire", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                "the move would save the company about 300 million euros a year",
                "Analysts at a Frankfurt bank",
                "analysts at a Frankfurt bank",
                anonymous=True,
                classes=("note_to_clients_control",),
            ),
        ],
        titles={
            "Gary Penhale": ["Its national officer"],
            "Maggie Brennan": ["Local council leader"],
            "Alan Frew": ["The business secretary"],
        },
    ),
    A(
        id="c6-sport",
        style="local",
        classes=("sport_media",),
        text="""Striker's agent says club blocked January move

Rovers striker Dion Achterberg wanted to leave the club in January but the move was blocked by the board, his \
agent has said.

Speaking on the Touchline Talk podcast, agent Ferdi Mulder said a club in Portugal had made "a very serious \
offer" for the 26-year-old. Mulder said Achterberg had told him at the time that he felt "frozen out" by the \
manager.

Rovers manager Steve Cullimore told reporters after Saturday's win that he had "never frozen anybody out." He \
added: "Dion knows my door is open."

In an interview with the club's own channel, Rovers TV, Achterberg said he was happy and focused on the run-in. \
"I love this club and the fans," he said.

The Daily Courier reported, citing sources at the club, that the board had turned down the offer because it \
wanted a higher fee. A Rovers spokesman declined to comment on the report.

Former Rovers captain Lee Okafor told BBC Radio Tyneside that the situation was badly handled. "You can't have a \
player and a manager not talking in March," he told the station's evening sports programme. "Somebody has to \
sort it out."

Achterberg's team-mate Josh Pryor, asked about the striker after training, said the dressing room was "totally \
behind him."

According to figures from the league, Achterberg has scored nine goals this season, more than any other Rovers \
player. Rovers face Cresswell Town at home on Saturday. Cullimore said on Friday that Achterberg would start the \
game if he came through training without a reaction to the knee knock he picked up last week.
""",
        quotes=[
            Q(
                'a club in Portugal had made "a very serious offer" for the 26-year-old',
                "Ferdi Mulder",
                "Ferdi Mulder",
                via=(("Touchline Talk", "interview"),),
                classes=("speaking_on_podcast",),
            ),
            Q(
                'he felt "frozen out" by the manager',
                "Achterberg",
                "Dion Achterberg",
                cue="told",
                at="Achterberg had told",
                how="told",
                via=(("Ferdi Mulder", "told"),),
                classes=("agent_relays_told",),
            ),
            Q(
                'he had "never frozen anybody out."',
                "Steve Cullimore",
                "Steve Cullimore",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q('"Dion knows my door is open."', "He", "Steve Cullimore", cue="added", classes=("control",)),
            Q(
                "he was happy and focused on the run-in",
                "Achterberg",
                "Dion Achterberg",
                via=(("Rovers TV", "interview"),),
                classes=("club_channel_interview",),
            ),
            Q(
                '"I love this club and the fans,"',
                "he",
                "Dion Achterberg",
                via=(("Rovers TV", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the board had turned down the offer because it wanted a higher fee",
                "sources at the club",
                "sources at the club",
                cue="citing",
                at="citing sources at the club",
                via=(("Daily Courier", "citing"),),
                anonymous=True,
                classes=("citing_sources",),
            ),
            Q(
                "the situation was badly handled",
                "Lee Okafor",
                "Lee Okafor",
                cue="told",
                via=(("BBC Radio Tyneside", "told"),),
                classes=("told_radio",),
            ),
            Q(
                '"You can\'t have a player and a manager not talking in March,"',
                "he",
                "Lee Okafor",
                cue="told",
                via=(("BBC Radio Tyneside", "told"),),
                classes=("told_the_station",),
            ),
            Q(
                '"Somebody has to sort it out."',
                None,
                "Lee Okafor",
                cue=None,
                via=(("BBC Radio Tyneside", "told"),),
                classes=("told_continued",),
            ),
            Q(
                'the dressing room was "totally behind him."',
                "Josh Pryor",
                "Josh Pryor",
                at="Josh Pryor, asked about the striker after training, said",
                classes=("control",),
            ),
            Q(
                (
                    "Achterberg would start the game if he came through training "
                    "without a reaction to the knee knock he picked up last week"
                ),
                "Cullimore",
                "Steve Cullimore",
                classes=("control",),
            ),
        ],
        titles={
            "Dion Achterberg": ["Rovers striker"],
            "Ferdi Mulder": ["agent"],
            "Steve Cullimore": ["Rovers manager"],
            "Lee Okafor": ["Former Rovers captain"],
            "Josh Pryor": ["Achterberg's team-mate"],
        },
    ),
    A(
        id="c6-trial",
        style="local",
        classes=("trial_relays",),
        text="""Messages read to jury show accountant 'knew the books were cooked', court hears

An accountant accused of helping a property developer hide £9 million from creditors told a colleague that "the \
books are cooked and everyone knows it," a jury at Harwick Crown Court heard on Tuesday.

Prosecutor Alison Grier read the jury a series of text messages recovered from the phone of the defendant, \
Martin Selby, 58. In one, sent in 2021, Selby told his assistant that he would "not sign anything else for that \
man."

Grier told the jury that the messages showed Selby understood what his client was doing. "He was not a dupe. He \
was a partner," she said.

Selby denies two counts of fraudulent trading. His barrister, Rupert Kane, told jurors that his client had been \
"bullied and deceived" by the developer, Victor Hale, who has already pleaded guilty.

A police officer, Detective Sergeant Amy Cole, gave evidence that Hale told her in an interview under caution \
that Selby "did what he was told." Cross-examined by Kane, Cole agreed that Hale had given "several different \
versions" of events.

In a video of a police interview played to the court, Selby said he had raised concerns with Hale "at least a \
dozen times."

The court also heard from a former office manager, Beth Turnbull, who said Selby had told her in 2020 that he \
was "frightened of what Victor would do" if he refused to sign. She said she had never seen him so upset.

Outside court, Selby's daughter, Natalie, told reporters that the family believed he would be cleared. The trial \
continues.
""",
        quotes=[
            Q(
                '"the books are cooked and everyone knows it,"',
                "An accountant accused of helping a property developer hide £9 million from creditors",
                "Martin Selby",
                cue="told",
                how="told",
                classes=("court_heard_control",),
            ),
            Q(
                'he would "not sign anything else for that man."',
                "Selby",
                "Martin Selby",
                cue="told",
                how="told",
                via=(("his assistant", "told"), ("Alison Grier", "reported_by")),
                classes=("messages_read_out_by",),
            ),
            Q(
                "the messages showed Selby understood what his client was doing",
                "Grier",
                "Alison Grier",
                cue="told",
                how="told",
                classes=("told_jury_control",),
            ),
            Q('"He was not a dupe. He was a partner,"', "she", "Alison Grier", classes=("control",)),
            Q(
                (
                    'his client had been "bullied and deceived" by the '
                    "developer, Victor Hale, who has already pleaded guilty"
                ),
                "Rupert Kane",
                "Rupert Kane",
                cue="told",
                at="Rupert Kane, told",
                how="told",
                classes=("told_jurors_control",),
            ),
            Q(
                'Selby "did what he was told."',
                "Hale",
                "Victor Hale",
                cue="told",
                how="told",
                via=(("Amy Cole", "told"),),
                classes=("officer_relays_interview",),
            ),
            Q(
                'he had raised concerns with Hale "at least a dozen times."',
                "Selby",
                "Martin Selby",
                classes=("video_played_control",),
            ),
            Q(
                'he was "frightened of what Victor would do" if he refused to sign',
                "Selby",
                "Martin Selby",
                cue="told",
                at="Selby had told",
                how="told",
                via=(("Beth Turnbull", "told"),),
                classes=("witness_relays_told",),
            ),
            Q(
                "she had never seen him so upset",
                "She",
                "Beth Turnbull",
                classes=("control",),
            ),
            Q(
                "the family believed he would be cleared",
                "Natalie",
                "Natalie",
                cue="told",
                at="Natalie, told",
                how="told",
                classes=("told_reporters_control",),
            ),
        ],
        titles={
            "Alison Grier": ["Prosecutor"],
            "Rupert Kane": ["His barrister"],
            "Amy Cole": ["A police officer", "Detective Sergeant"],
            "Beth Turnbull": ["a former office manager"],
            "Natalie": ["Selby's daughter"],
        },
    ),
]
