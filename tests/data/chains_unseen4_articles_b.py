"""The fourth unseen chains set, part two: invented news articles on relays, written before the sources code was read.

Every name, place, outlet and event is invented. Relays phrased away from the first three sets: a retracted
report ("Y later withdrew its report that X had said"), "said through an interpreter", "X told a closed meeting,
according to two attendees who spoke to Y", "according to three people ..., as first reported by Y", "Y quoted X
as saying" with a direct quotation after a colon, "X told Y's Sunday programme", "in an interview with Y aired on
Monday", audio "heard by Y", emails "seen by Y", "a senior official quoted by Y said", and controls where two
sources appear but no chain exists ("X said, and Y agreed", "X and Y both said", "X replied to Y's claim that",
"X rejected Y's account", "citing figures from Y, X said"). See ``make_chains_unseen4.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c4-retraction",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Paper withdraws report on minister's remarks\n\n"
        "The Dalmont Observer on Wednesday withdrew a report that the agriculture minister, Teodor Vasko, had "
        "told farmers in Lusk that milk quotas would return next year.\n\n"
        "In its original story, published on Monday, the Observer quoted Vasko as saying that \u201cthe free "
        "market has failed the dairy farmer.\u201d The newspaper said on Wednesday that it could not stand by "
        "the quotation after reviewing a recording of the meeting.\n\n"
        "\u201cWe got this wrong, and we apologise to the minister and to our readers,\u201d the Observer's "
        "editor, Hanne Kjeldsen, wrote in a note to readers.\n\n"
        "Vasko, speaking through an interpreter at a press conference in the capital on Thursday, said he had "
        "never supported quotas. \u201cI said the market is hard for small farms. That is not the same "
        "thing,\u201d he said.\n\n"
        "The press conference was broadcast live by the public channel TVD. Vasko told reporters there that "
        "he would not take legal action against the paper.\n\n"
        "The farmers' union leader, Ilse Brandt, who attended the meeting in Lusk, said Vasko had spoken about "
        "quotas only when asked. \u201cHe did not promise anything. Somebody heard what they wanted to "
        "hear,\u201d she said.\n\n"
        "A dairy farmer who was in the room, Piet Haan, told the Lusk Tidende that the mood had been "
        "\u201cangry but polite.\u201d\n\n"
        "Opposition lawmakers were unimpressed. Their agriculture spokesman, Rasmus Elk, said the minister "
        "should publish the recording. Elk rejected Vasko's account of the meeting and said farmers had left "
        "it believing quotas were coming back.\n\n"
        "Milk prices paid to farmers have fallen by a fifth in two years, according to the national "
        "statistics office.",
        [
            Q(
                "\u201cthe free market has failed the dairy farmer.\u201d",
                "Vasko",
                "Teodor Vasko",
                cue="saying",
                at="Vasko as saying",
                via=(("Dalmont Observer", "reported_by"),),
                classes=("quoted_as_saying_that",),
            ),
            Q(
                "it could not stand by the quotation after reviewing a recording of the meeting",
                "The newspaper",
                "Dalmont Observer",
                classes=("agency_said",),
            ),
            Q(
                "\u201cWe got this wrong, and we apologise to the minister and to our readers,\u201d",
                "Hanne Kjeldsen",
                "Hanne Kjeldsen",
                cue="wrote",
                at="Hanne Kjeldsen, wrote",
                how="wrote",
                classes=("control",),
            ),
            Q(
                "he had never supported quotas",
                "Vasko",
                "Teodor Vasko",
                at="Vasko, speaking through an interpreter at a press conference in the capital on Thursday, said",
                classes=("interpreter_control",),
            ),
            Q(
                "\u201cI said the market is hard for small farms. That is not the same thing,\u201d",
                "he",
                "Teodor Vasko",
                classes=("interpreter_control",),
            ),
            Q(
                "he would not take legal action against the paper",
                "Vasko",
                "Teodor Vasko",
                cue="told",
                classes=("press_conference_broadcast",),
            ),
            Q(
                "Vasko had spoken about quotas only when asked",
                "Ilse Brandt",
                "Ilse Brandt",
                at="Ilse Brandt, who attended the meeting in Lusk, said",
                classes=("control",),
            ),
            Q(
                "\u201cHe did not promise anything. Somebody heard what they wanted to hear,\u201d",
                "she",
                "Ilse Brandt",
                classes=("control",),
            ),
            Q(
                "the mood had been \u201cangry but polite.\u201d",
                "Piet Haan",
                "Piet Haan",
                cue="told",
                at="Piet Haan, told",
                via=(("Lusk Tidende", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the minister should publish the recording",
                "Rasmus Elk",
                "Rasmus Elk",
                at="Rasmus Elk, said",
                classes=("control",),
            ),
            Q(
                "farmers had left it believing quotas were coming back",
                "Elk",
                "Rasmus Elk",
                at="Elk rejected Vasko's account of the meeting and said",
                classes=("rejected_account_control",),
            ),
            Q(
                "Milk prices paid to farmers have fallen by a fifth in two years",
                "the national statistics office",
                "national statistics office",
                cue="according to",
                at="according to the national statistics office",
                how="according_to",
                classes=("control",),
            ),
        ],
        titles={
            "Teodor Vasko": ["the agriculture minister"],
            "Hanne Kjeldsen": ["the Observer's editor"],
            "Ilse Brandt": ["The farmers' union leader"],
            "Piet Haan": ["A dairy farmer who was in the room"],
            "Rasmus Elk": ["Their agriculture spokesman"],
        },
    ),
    A(
        "c4-closed-meeting",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Party leader told MPs to back tax plan or quit, attendees say\n\n"
        "The leader of the governing Reform Alliance, Beatrix Nolde, told a closed meeting of her MPs on "
        "Tuesday that anyone who voted against the tax plan should \u201cfind another party,\u201d according to "
        "two attendees who spoke to the Halden Post.\n\n"
        "One of the attendees said Nolde had been applauded by most of the room. The other said at least a "
        "dozen MPs had stayed silent.\n\n"
        "The party is also preparing to drop its pledge to cut fuel duty, according to three people familiar "
        "with the plan, as first reported by the Dockside Journal. The people said the pledge would be "
        "replaced by a rebate for rural drivers.\n\n"
        "Nolde's spokesman, Aurel Fink, said he would not comment on \u201cprivate conversations among "
        "colleagues.\u201d He said the leader had \u201calways welcomed debate.\u201d\n\n"
        "Backbencher Yusuf Demir, who opposes the plan, said in an interview with Radio Halden aired on "
        "Wednesday that he had no intention of leaving. \u201cThis is my party too,\u201d he said.\n\n"
        "The finance minister, Clara Wendt, told Halden Post's weekend programme, Post Politics, that the plan "
        "would raise 4 billion crowns a year. Demir replied to Wendt's claim that the plan would raise 4 "
        "billion, saying the figure assumed \u201ca boom nobody is forecasting.\u201d\n\n"
        "Citing figures from the independent Fiscal Council, Demir said growth was likely to be below 1 "
        "percent next year.\n\n"
        "A vote on the plan is expected before the summer recess. Party officials said whips would meet "
        "undecided MPs individually this week.",
        [
            Q(
                "anyone who voted against the tax plan should \u201cfind another party,\u201d",
                "Beatrix Nolde",
                "Beatrix Nolde",
                cue="told",
                at="Beatrix Nolde, told",
                via=(("her MPs", "told"), ("two attendees", "reported_by"), ("Halden Post", "interview")),
                classes=("three_hop_attendees",),
            ),
            Q(
                "Nolde had been applauded by most of the room",
                "One of the attendees",
                "two attendees",
                anonymous=True,
                via=(("Halden Post", "interview"),),
                classes=("anonymous_later",),
            ),
            Q(
                "at least a dozen MPs had stayed silent",
                "The other",
                "two attendees",
                anonymous=True,
                via=(("Halden Post", "interview"),),
                classes=("anonymous_later",),
            ),
            Q(
                "The party is also preparing to drop its pledge to cut fuel duty",
                "three people familiar with the plan",
                "three people familiar with the plan",
                cue="according to",
                at="according to three people familiar with the plan",
                how="according_to",
                anonymous=True,
                via=(("Dockside Journal", "reported_by"),),
                classes=("as_first_reported",),
            ),
            Q(
                "the pledge would be replaced by a rebate for rural drivers",
                "The people",
                "three people familiar with the plan",
                anonymous=True,
                via=(("Dockside Journal", "reported_by"),),
                classes=("anonymous_later",),
            ),
            Q(
                "he would not comment on \u201cprivate conversations among colleagues.\u201d",
                "Aurel Fink",
                "Aurel Fink",
                at="Aurel Fink, said",
                classes=("control",),
            ),
            Q(
                "the leader had \u201calways welcomed debate.\u201d",
                "He",
                "Aurel Fink",
                classes=("control",),
            ),
            Q(
                "he had no intention of leaving",
                "Yusuf Demir",
                "Yusuf Demir",
                at="Yusuf Demir, who opposes the plan, said",
                via=(("Radio Halden", "interview"),),
                classes=("interview_aired",),
            ),
            Q(
                "\u201cThis is my party too,\u201d",
                "he",
                "Yusuf Demir",
                via=(("Radio Halden", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the plan would raise 4 billion crowns a year",
                "Clara Wendt",
                "Clara Wendt",
                cue="told",
                at="Clara Wendt, told",
                via=(("Halden Post", "told"),),
                classes=("told_programme",),
            ),
            Q(
                "the plan would raise 4 billion",
                "Wendt",
                "Clara Wendt",
                cue="claim",
                at="Wendt's claim",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "the figure assumed \u201ca boom nobody is forecasting.\u201d",
                "Demir",
                "Yusuf Demir",
                cue="saying",
                at="Demir replied to Wendt's claim that the plan would raise 4 billion, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "growth was likely to be below 1 percent next year",
                "Demir",
                "Yusuf Demir",
                classes=("cited_data_control",),
            ),
            Q(
                "whips would meet undecided MPs individually this week",
                "Party officials",
                "Party officials",
                anonymous=True,
                classes=("control",),
            ),
        ],
        titles={
            "Beatrix Nolde": ["The leader of the governing Reform Alliance"],
            "Aurel Fink": ["Nolde's spokesman"],
            "Yusuf Demir": ["Backbencher", "who opposes the plan"],
            "Clara Wendt": ["The finance minister"],
        },
    ),
    A(
        "c4-wire-quake",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Aftershocks rattle Qarsa as rescue effort widens\n\n"
        "QARSA, March 3 (Reuters) \u2014 Rescuers pulled two more survivors from collapsed buildings in Qarsa "
        "on Sunday, the state news agency TNA reported, as strong aftershocks shook the region for a second "
        "day.\n\n"
        "TNA quoted the civil defence chief, General Omar Haddad, as saying: \u201cWe are still hearing voices "
        "under the rubble, and we will keep digging while we hear them.\u201d\n\n"
        "The agency quoted the health ministry as saying 312 people had been taken to hospital, 40 of them in "
        "a serious condition.\n\n"
        "In remarks to state television, Interior Minister Samira Qadri said 1,800 families had been moved "
        "into tents. \u201cNo family will sleep in the open tonight,\u201d she said.\n\n"
        "A senior official in the governor's office, quoted by the Qarsa Daily, said the death toll was likely "
        "to rise. The official said rescuers had not yet reached three villages in the hills.\n\n"
        "Speaking to Reuters by phone from one of those villages, Hassan Rafi, a teacher, said his neighbours "
        "were digging with their hands. \u201cWe have no machines. We have shovels and we have our "
        "fingers,\u201d he said.\n\n"
        "The Red Crescent said it had sent 40 tonnes of supplies. Its regional head, Lina Aziz, said in an "
        "interview with Al Sharq television aired on Monday that roads into the hills were blocked by "
        "landslides.\n\n"
        "The national seismology centre said the main quake, on Saturday, measured 6.4. Its director, Karim "
        "Nasser, and the government's chief engineer both said older buildings had suffered most.\n\n"
        "Aid agencies said the first convoys could reach the hill villages by Tuesday if the roads were "
        "cleared.",
        [
            Q(
                "Rescuers pulled two more survivors from collapsed buildings in Qarsa on Sunday",
                "the state news agency TNA",
                "TNA",
                cue="reported",
                classes=("agency_said",),
            ),
            Q(
                "\u201cWe are still hearing voices under the rubble, and we will keep digging while we hear "
                "them.\u201d",
                "General Omar Haddad",
                "Omar Haddad",
                cue="saying",
                at="General Omar Haddad, as saying",
                via=(("TNA", "reported_by"),),
                classes=("quoted_as_saying_colon",),
            ),
            Q(
                "312 people had been taken to hospital, 40 of them in a serious condition",
                "the health ministry",
                "health ministry",
                cue="saying",
                at="the health ministry as saying",
                via=(("TNA", "reported_by"),),
                classes=("agency_quoted_ministry",),
            ),
            Q(
                "1,800 families had been moved into tents",
                "Samira Qadri",
                "Samira Qadri",
                via=(("state television", "told"),),
                classes=("remarks_to",),
            ),
            Q(
                "\u201cNo family will sleep in the open tonight,\u201d",
                "she",
                "Samira Qadri",
                via=(("state television", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the death toll was likely to rise",
                "A senior official in the governor's office",
                "a senior official in the governor's office",
                at="A senior official in the governor's office, quoted by the Qarsa Daily, said",
                anonymous=True,
                via=(("Qarsa Daily", "reported_by"),),
                classes=("official_quoted_by",),
            ),
            Q(
                "rescuers had not yet reached three villages in the hills",
                "The official",
                "a senior official in the governor's office",
                anonymous=True,
                via=(("Qarsa Daily", "reported_by"),),
                classes=("anonymous_later",),
            ),
            Q(
                "his neighbours were digging with their hands",
                "Hassan Rafi",
                "Hassan Rafi",
                at="Hassan Rafi, a teacher, said",
                via=(("Reuters", "interview"),),
                classes=("speaking_to",),
            ),
            Q(
                "\u201cWe have no machines. We have shovels and we have our fingers,\u201d",
                "he",
                "Hassan Rafi",
                via=(("Reuters", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "it had sent 40 tonnes of supplies",
                "The Red Crescent",
                "Red Crescent",
                classes=("control",),
            ),
            Q(
                "roads into the hills were blocked by landslides",
                "Lina Aziz",
                "Lina Aziz",
                at="Lina Aziz, said",
                via=(("Al Sharq", "interview"),),
                classes=("interview_aired",),
            ),
            Q(
                "the main quake, on Saturday, measured 6.4",
                "The national seismology centre",
                "national seismology centre",
                classes=("control",),
            ),
            Q(
                "older buildings had suffered most",
                "Karim Nasser",
                "Karim Nasser",
                at="Karim Nasser, and the government's chief engineer both said",
                classes=("both_said_control",),
            ),
            Q(
                "the first convoys could reach the hill villages by Tuesday if the roads were cleared",
                "Aid agencies",
                "Aid agencies",
                classes=("control",),
            ),
        ],
        titles={
            "Omar Haddad": ["the civil defence chief"],
            "Samira Qadri": ["Interior Minister"],
            "Hassan Rafi": ["a teacher"],
            "Lina Aziz": ["Its regional head"],
            "Karim Nasser": ["Its director"],
        },
    ),
    A(
        "c4-tech-emails",
        "local",
        ("documents", "unquoted_chain"),
        "Start-up founder pushed staff to hide outage, emails show\n\n"
        "The founder of payments start-up Quillpay, Marcus Oduya, told senior staff to keep a two-day outage "
        "from customers, emails seen by the Tidewater Tribune show.\n\n"
        "\u201cNobody outside this thread needs to know the ledger was down,\u201d Oduya wrote in one message "
        "on August 14. In another, he wrote that the company would \u201cexplain it as maintenance if "
        "anyone asks.\u201d\n\n"
        "In audio of a staff meeting heard by the Tribune, Oduya can be heard saying that the outage was "
        "\u201cnot a story unless we make it one.\u201d\n\n"
        "Quillpay's chief technology officer at the time, Wen Li, wrote in a message reviewed by the Tribune "
        "that she had urged Oduya to tell regulators. Li left the company in October.\n\n"
        "In a statement to the Tribune, Quillpay said the outage had affected fewer than 2 percent of "
        "payments and that \u201call customers were made whole within a week.\u201d The company said it had "
        "since reported the incident to the Financial Conduct Office.\n\n"
        "Oduya said in a post on his own website on Friday that he had \u201cmade a bad call under "
        "pressure.\u201d\n\n"
        "The regulator said it did not comment on individual firms. A former regulator, Grace Mbeki, told the "
        "Tribune that firms were required to report outages of that length within 72 hours. \u201cTwo days "
        "of silence is a long time in payments,\u201d she said.\n\n"
        "Customer Nadia Perrault said her rent payment had bounced during the outage, and her landlord, "
        "Simon Hart, agreed that the company had never explained why.\n\n"
        "Quillpay, founded in 2019, processes about 3 million payments a month.",
        [
            Q(
                "to keep a two-day outage from customers",
                "Marcus Oduya",
                "Marcus Oduya",
                cue="told",
                at="Marcus Oduya, told",
                how="wrote",
                via=(("Tidewater Tribune", "reported_by"),),
                classes=("emails_seen",),
            ),
            Q(
                "\u201cNobody outside this thread needs to know the ledger was down,\u201d",
                "Oduya",
                "Marcus Oduya",
                cue="wrote",
                how="wrote",
                via=(("Tidewater Tribune", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "the company would \u201cexplain it as maintenance if anyone asks.\u201d",
                "he",
                "Marcus Oduya",
                cue="wrote",
                how="wrote",
                via=(("Tidewater Tribune", "reported_by"),),
                classes=("document_carryover",),
            ),
            Q(
                "the outage was \u201cnot a story unless we make it one.\u201d",
                "Oduya",
                "Marcus Oduya",
                cue="saying",
                at="Oduya can be heard saying",
                via=(("Tidewater Tribune", "reported_by"),),
                classes=("audio_heard",),
            ),
            Q(
                "she had urged Oduya to tell regulators",
                "Wen Li",
                "Wen Li",
                cue="wrote",
                at="Wen Li, wrote",
                how="wrote",
                via=(("Tidewater Tribune", "reported_by"),),
                classes=("message_reviewed",),
            ),
            Q(
                "the outage had affected fewer than 2 percent of payments and that \u201call customers were made "
                "whole within a week.\u201d",
                "Quillpay",
                "Quillpay",
                how="statement",
                via=(("Tidewater Tribune", "told"),),
                classes=("statement_to",),
            ),
            Q(
                "it had since reported the incident to the Financial Conduct Office",
                "The company",
                "Quillpay",
                classes=("new_report",),
            ),
            Q(
                "he had \u201cmade a bad call under pressure.\u201d",
                "Oduya",
                "Marcus Oduya",
                classes=("own_website",),
            ),
            Q(
                "it did not comment on individual firms",
                "The regulator",
                "Financial Conduct Office",
                classes=("control",),
            ),
            Q(
                "firms were required to report outages of that length within 72 hours",
                "Grace Mbeki",
                "Grace Mbeki",
                cue="told",
                at="Grace Mbeki, told",
                via=(("Tidewater Tribune", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "\u201cTwo days of silence is a long time in payments,\u201d",
                "she",
                "Grace Mbeki",
                via=(("Tidewater Tribune", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "her rent payment had bounced during the outage",
                "Nadia Perrault",
                "Nadia Perrault",
                classes=("agreed_control",),
            ),
        ],
        titles={
            "Marcus Oduya": ["The founder of payments start-up Quillpay"],
            "Wen Li": ["Quillpay's chief technology officer at the time"],
            "Grace Mbeki": ["A former regulator"],
            "Nadia Perrault": ["Customer"],
        },
    ),
    A(
        "c4-sunday-programme",
        "interview",
        ("told_outlet", "frame_carryover"),
        "Health secretary rules out new charges for GP visits\n\n"
        "Health Secretary Priya Anand has ruled out charging patients to see a family doctor, telling the "
        "Sunday Briefing programme on Channel 4 News that the idea was \u201cdead and buried.\u201d\n\n"
        "Anand told Channel 4's Sunday programme that she had read the proposal from the think tank Civitas "
        "North but \u201cwould not touch it with a bargepole.\u201d \u201cYou do not fix waiting lists by "
        "taxing the sick,\u201d she said.\n\n"
        "The think tank's director, Owen Garrick, said in a statement that the paper had been "
        "\u201cdeliberately provocative\u201d and that a charge of \u00a35 would raise \u00a31.2 billion a "
        "year. Anand rejected Garrick's account of the savings and said most of the money would be spent "
        "collecting it.\n\n"
        "Speaking to LBC on Monday morning, the shadow health secretary, Tom Reilly, said the government had "
        "\u201cfloated the idea to see who salutes.\u201d He said Labour would write a ban on GP charges into "
        "law.\n\n"
        "The British Medical Association's chair of GPs, Dr Ifeoma Udeh, said in comments to the Pulse "
        "magazine that doctors did not want to become \u201cdebt collectors.\u201d\n\n"
        "Patients' groups welcomed the minister's words. Rachel Dunn of the Patients Alliance said, and the "
        "Royal College of GPs agreed, that charges would hit the poorest hardest.\n\n"
        "Anand and Reilly both said waiting times would be the central issue of the election campaign.\n\n"
        "In a separate interview with the Guardian published on Saturday, Anand said she expected the number "
        "of family doctors to rise by 2,000 within three years. \u201cThe training places are already "
        "funded,\u201d she said.",
        [
            Q(
                "the idea was \u201cdead and buried.\u201d",
                "Priya Anand",
                "Priya Anand",
                cue="telling",
                at="Priya Anand has ruled out charging patients to see a family doctor, telling",
                via=(("Channel 4 News", "told"),),
                classes=("telling_programme",),
            ),
            Q(
                "she had read the proposal from the think tank Civitas North but \u201cwould not touch it with a "
                "bargepole.\u201d",
                "Anand",
                "Priya Anand",
                cue="told",
                via=(("Channel 4", "told"),),
                classes=("told_sunday_programme",),
            ),
            Q(
                "\u201cYou do not fix waiting lists by taxing the sick,\u201d",
                "she",
                "Priya Anand",
                via=(("Channel 4", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the paper had been \u201cdeliberately provocative\u201d and that a charge of \u00a35 would raise "
                "\u00a31.2 billion a year",
                "Owen Garrick",
                "Owen Garrick",
                at="Owen Garrick, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "most of the money would be spent collecting it",
                "Anand",
                "Priya Anand",
                at="Anand rejected Garrick's account of the savings and said",
                classes=("rejected_account_control",),
            ),
            Q(
                "the government had \u201cfloated the idea to see who salutes.\u201d",
                "Tom Reilly",
                "Tom Reilly",
                at="Tom Reilly, said",
                via=(("LBC", "interview"),),
                classes=("speaking_to",),
            ),
            Q(
                "Labour would write a ban on GP charges into law",
                "He",
                "Tom Reilly",
                classes=("new_report",),
            ),
            Q(
                "doctors did not want to become \u201cdebt collectors.\u201d",
                "Dr Ifeoma Udeh",
                "Ifeoma Udeh",
                at="Dr Ifeoma Udeh, said",
                via=(("Pulse", "told"),),
                classes=("comments_to_outlet",),
            ),
            Q(
                "charges would hit the poorest hardest",
                "Rachel Dunn",
                "Rachel Dunn",
                at="Rachel Dunn of the Patients Alliance said",
                classes=("agreed_control",),
            ),
            Q(
                "waiting times would be the central issue of the election campaign",
                "Anand and Reilly",
                "Priya Anand",
                at="Anand and Reilly both said",
                classes=("both_said_control",),
            ),
            Q(
                "she expected the number of family doctors to rise by 2,000 within three years",
                "Anand",
                "Priya Anand",
                via=(("Guardian", "interview"),),
                classes=("interview_published",),
            ),
            Q(
                "\u201cThe training places are already funded,\u201d",
                "she",
                "Priya Anand",
                via=(("Guardian", "interview"),),
                classes=("frame_carryover",),
            ),
        ],
        titles={
            "Priya Anand": ["Health Secretary"],
            "Owen Garrick": ["The think tank's director"],
            "Tom Reilly": ["the shadow health secretary"],
            "Ifeoma Udeh": ["The British Medical Association's chair of GPs"],
            "Rachel Dunn": ["of the Patients Alliance"],
        },
    ),
    A(
        "c4-council-controls",
        "local",
        ("plain",),
        "Council backs bike lanes after heated debate\n\n"
        "By Hamish Orr\n\n"
        "Brackenford councillors voted 31 to 17 on Wednesday night to build protected bike lanes on four of "
        "the city's busiest roads, after a three-hour debate.\n\n"
        "Transport chair Leila Mansour said the lanes would cut cycling injuries by at least a third, and "
        "deputy leader Craig Balfour agreed. \u201cWe have counted the crashes. This is not a guess,\u201d "
        "Mansour said.\n\n"
        "Opposition councillor Derek Holm replied to Mansour's claim that the lanes would save lives, saying "
        "there was \u201cno evidence from a city of our size.\u201d He rejected the council's account of the "
        "consultation and said most respondents had opposed the scheme.\n\n"
        "Citing a survey by the Brackenford Traders' Association, Holm said two in three shopkeepers feared "
        "losing trade. The association's chair, Wendy Ash, said separately that members wanted loading bays "
        "kept.\n\n"
        "Mansour and Balfour both said the loading bays would stay. Mansour added that work would not begin "
        "until after the Christmas trading period.\n\n"
        "Cycling campaigner Jo Peploe, speaking from the public gallery after the vote, said it was \u201cthe "
        "best night for this city in twenty years.\u201d\n\n"
        "A parent, Amira Latif, said her children would be able to ride to school for the first time. "
        "\u201cI have been waiting for this since my eldest was six,\u201d she said.\n\n"
        "The council's chief engineer, Paul Nwosu, said the first lane, on Hartley Road, would open in "
        "March. He said the four lanes would cost \u00a36.8 million, most of it from a national grant.\n\n"
        "Holm said his group would ask for the decision to be reviewed by the scrutiny committee.",
        [
            Q(
                "the lanes would cut cycling injuries by at least a third",
                "Leila Mansour",
                "Leila Mansour",
                classes=("agreed_control",),
            ),
            Q(
                "\u201cWe have counted the crashes. This is not a guess,\u201d",
                "Mansour",
                "Leila Mansour",
                classes=("control",),
            ),
            Q(
                "the lanes would save lives",
                "Mansour",
                "Leila Mansour",
                cue="claim",
                at="Mansour's claim",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "there was \u201cno evidence from a city of our size.\u201d",
                "Derek Holm",
                "Derek Holm",
                cue="saying",
                at="Derek Holm replied to Mansour's claim that the lanes would save lives, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "most respondents had opposed the scheme",
                "He",
                "Derek Holm",
                at="He rejected the council's account of the consultation and said",
                classes=("rejected_account_control",),
            ),
            Q(
                "two in three shopkeepers feared losing trade",
                "Holm",
                "Derek Holm",
                classes=("cited_data_control",),
            ),
            Q(
                "members wanted loading bays kept",
                "Wendy Ash",
                "Wendy Ash",
                at="Wendy Ash, said",
                classes=("control",),
            ),
            Q(
                "the loading bays would stay",
                "Mansour and Balfour",
                "Leila Mansour",
                at="Mansour and Balfour both said",
                classes=("both_said_control",),
            ),
            Q(
                "work would not begin until after the Christmas trading period",
                "Mansour",
                "Leila Mansour",
                cue="added",
                classes=("control",),
            ),
            Q(
                "it was \u201cthe best night for this city in twenty years.\u201d",
                "Jo Peploe",
                "Jo Peploe",
                at="Jo Peploe, speaking from the public gallery after the vote, said",
                classes=("control",),
            ),
            Q(
                "her children would be able to ride to school for the first time",
                "Amira Latif",
                "Amira Latif",
                at="Amira Latif, said",
                classes=("control",),
            ),
            Q(
                "\u201cI have been waiting for this since my eldest was six,\u201d",
                "she",
                "Amira Latif",
                classes=("control",),
            ),
            Q(
                "the first lane, on Hartley Road, would open in March",
                "Paul Nwosu",
                "Paul Nwosu",
                at="Paul Nwosu, said",
                classes=("control",),
            ),
            Q(
                "the four lanes would cost \u00a36.8 million, most of it from a national grant",
                "He",
                "Paul Nwosu",
                classes=("control",),
            ),
            Q(
                "his group would ask for the decision to be reviewed by the scrutiny committee",
                "Holm",
                "Derek Holm",
                classes=("control",),
            ),
        ],
        titles={
            "Leila Mansour": ["Transport chair"],
            "Derek Holm": ["Opposition councillor"],
            "Wendy Ash": ["The association's chair"],
            "Jo Peploe": ["Cycling campaigner"],
            "Amira Latif": ["A parent"],
            "Paul Nwosu": ["The council's chief engineer"],
        },
    ),
    A(
        "c4-diplomacy",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Talks on water treaty stall over dam schedule\n\n"
        "Negotiators from Corvania and Eshtar ended two days of talks on a shared water treaty without "
        "agreement on Friday, with the two sides still divided over how fast a new dam upstream may be filled.\n\n"
        "The Eshtari delegation believes that filling the reservoir in three years would cut the river's flow "
        "in the dry season by a quarter, the Meridian Herald reported, citing a senior Eshtari negotiator. "
        "The negotiator said Corvania had offered a five-year schedule only \u201cin a wet year.\u201d\n\n"
        "Corvania's foreign minister, Lucan Brel, said through an interpreter that his country \u201cwill not "
        "ask permission to use its own rain.\u201d\n\n"
        "According to minutes of the first session obtained by the Eshtar Voice and later published by the "
        "Meridian Herald, Brel told the Eshtari side that a delay would cost Corvania \u201ca generation of "
        "electricity.\u201d\n\n"
        "A diplomat briefed on the talks, quoted by the Herald, said the mediators would propose a compromise "
        "of four years. The diplomat said both sides had \u201cleft the door open.\u201d\n\n"
        "Eshtar's water minister, Dalia Sorour, told a news conference broadcast live by Eshtar One that her "
        "government was \u201cready to talk for as long as it takes.\u201d\n\n"
        "In comments to local media on Saturday, Sorour said farmers in the delta were already rationing "
        "water.\n\n"
        "Brel and Sorour both said the next round would take place in Geneva within a month. The mediator, "
        "former Swiss diplomat Anna Rieder, said she was \u201ccautiously hopeful.\u201d\n\n"
        "The river supplies about 70 percent of the fresh water used in Eshtar, most of it by farms.",
        [
            Q(
                "filling the reservoir in three years would cut the river's flow in the dry season by a quarter",
                "a senior Eshtari negotiator",
                "a senior Eshtari negotiator",
                cue="reported",
                at="the Meridian Herald reported, citing a senior Eshtari negotiator",
                anonymous=True,
                via=(("Meridian Herald", "citing"),),
                classes=("citing_person",),
            ),
            Q(
                "Corvania had offered a five-year schedule only \u201cin a wet year.\u201d",
                "The negotiator",
                "a senior Eshtari negotiator",
                anonymous=True,
                via=(("Meridian Herald", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "his country \u201cwill not ask permission to use its own rain.\u201d",
                "Lucan Brel",
                "Lucan Brel",
                at="Lucan Brel, said",
                classes=("interpreter_control",),
            ),
            Q(
                "a delay would cost Corvania \u201ca generation of electricity.\u201d",
                "Brel",
                "Lucan Brel",
                cue="told",
                via=(
                    ("Eshtari side", "told"),
                    ("Eshtar Voice", "reported_by"),
                    ("Meridian Herald", "reported_by"),
                ),
                classes=("three_hop_minutes",),
            ),
            Q(
                "the mediators would propose a compromise of four years",
                "A diplomat briefed on the talks",
                "a diplomat briefed on the talks",
                at="A diplomat briefed on the talks, quoted by the Herald, said",
                anonymous=True,
                via=(("Meridian Herald", "reported_by"),),
                classes=("official_quoted_by",),
            ),
            Q(
                "both sides had \u201cleft the door open.\u201d",
                "The diplomat",
                "a diplomat briefed on the talks",
                anonymous=True,
                via=(("Meridian Herald", "reported_by"),),
                classes=("anonymous_later",),
            ),
            Q(
                "her government was \u201cready to talk for as long as it takes.\u201d",
                "Dalia Sorour",
                "Dalia Sorour",
                cue="told",
                at="Dalia Sorour, told",
                classes=("press_conference_broadcast",),
            ),
            Q(
                "farmers in the delta were already rationing water",
                "Sorour",
                "Dalia Sorour",
                via=(("local media", "told"),),
                classes=("comments_local_media",),
            ),
            Q(
                "the next round would take place in Geneva within a month",
                "Brel and Sorour",
                "Lucan Brel",
                at="Brel and Sorour both said",
                classes=("both_said_control",),
            ),
            Q(
                "she was \u201ccautiously hopeful.\u201d",
                "Anna Rieder",
                "Anna Rieder",
                at="Anna Rieder, said",
                classes=("control",),
            ),
        ],
        titles={
            "Lucan Brel": ["Corvania's foreign minister"],
            "Dalia Sorour": ["Eshtar's water minister"],
            "Anna Rieder": ["The mediator", "former Swiss diplomat"],
        },
    ),
]
