"""The fifth unseen chains set, part one: invented news articles on relays, written before the sources code was read.

Every person, place, company and event is invented; the outlets are the kind news copy names (wire agencies,
broadcasters, papers with names that say nothing about what they are). The relays are phrased away from the
first four sets: "X told The Associated Press" in the agency's own copy, "speaking to Sky News", outlets named
without a description ("told the Lusk Tidende", "told Politico Europe", "told Channel 4 News"), a programme
before its channel ("told the Today programme on BBC Radio 4", "on CBS's Face the Nation"), "told Y" after the
claim, a memo's third hop, a letter frame carried into the next paragraph, and controls where two sources
appear but no chain exists. See ``make_chains_unseen5.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

AP = (("Associated Press", "told"),)
SKY = (("Sky News", "interview"),)
REUTERS_I = (("Reuters", "interview"),)

ARTICLES = [
    A(
        "c5-port-strike",
        "wire",
        ("told_agency",),
        "ROTTERSFORD (AP) \u2014 Dock workers at the port of Calvessa walked off the job on Monday after talks "
        "over night-shift pay collapsed, leaving more than forty container ships waiting offshore.\n\n"
        "\u201cWe have been patient for eleven months and patience has not paid a single bill,\u201d union "
        "organiser Teodora Bramwell told The Associated Press by phone from the picket line. \u201cNobody here "
        "wanted it to come to this,\u201d she said.\n\n"
        "The port authority said in a statement that contingency crews would keep perishable cargo moving. Its "
        "director, Hollis Ferrant, told reporters outside the terminal gates that the offer of a nine per cent "
        "rise remained on the table.\n\n"
        "\u201cThat offer is fair, and it is final,\u201d Ferrant said.\n\n"
        "Shipping lines were less sanguine. The carrier Norvane Lines said it was rerouting two vessels to a "
        "neighbouring port and would pass the cost on to customers.\n\n"
        "Speaking to Sky News, the transport minister, Ilse Marchetti, said the government would not intervene "
        "while negotiations could still succeed. \u201cThe two sides must sit down again this week,\u201d she "
        "said.\n\n"
        "Deacon Loar, who speaks for the opposition on transport, said the minister was sleepwalking into a "
        "crisis, and Bramwell agreed, saying the government had ignored warnings since the spring.\n\n"
        "Economists at the Halvard Institute estimate that each day of stoppage costs the regional economy "
        "about 30 million euros. Ferrant cited figures from the institute to argue that the union's demands "
        "would make the port uncompetitive.\n\n"
        "The union's general secretary, Amos Quill, said in an interview with Reuters that members were "
        "prepared to stay out for a month. \u201cWe have a strike fund, and we have the public,\u201d he "
        "said.\n\n"
        "Late on Monday the port authority rejected Quill's account of the talks, saying its negotiators had "
        "made three revised offers since August. Further talks are scheduled for Thursday.",
        [
            Q(
                "\u201cWe have been patient for eleven months and patience has not paid a single bill,\u201d",
                "Teodora Bramwell",
                "Teodora Bramwell",
                "told",
                via=AP,
                classes=("told_agency",),
            ),
            Q(
                "\u201cNobody here wanted it to come to this,\u201d",
                "she",
                "Teodora Bramwell",
                via=AP,
                classes=("frame_carryover",),
            ),
            Q(
                "contingency crews would keep perishable cargo moving",
                "The port authority",
                "port authority",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the offer of a nine per cent rise remained on the table",
                "Hollis Ferrant",
                "Hollis Ferrant",
                "told",
                at="Hollis Ferrant, told",
                classes=("told_reporters_control",),
            ),
            Q("\u201cThat offer is fair, and it is final,\u201d", "Ferrant", "Hollis Ferrant", classes=("control",)),
            Q(
                "the government would not intervene while negotiations could still succeed",
                "Ilse Marchetti",
                "Ilse Marchetti",
                at="Ilse Marchetti, said",
                via=SKY,
                classes=("speaking_to",),
            ),
            Q(
                "\u201cThe two sides must sit down again this week,\u201d",
                "she",
                "Ilse Marchetti",
                via=SKY,
                classes=("frame_carryover",),
            ),
            Q(
                "the minister was sleepwalking into a crisis",
                "Deacon Loar",
                "Deacon Loar",
                at="Deacon Loar, who speaks for the opposition on transport, said",
                classes=("agreed_control",),
            ),
            Q(
                "the government had ignored warnings since the spring",
                "Bramwell",
                "Teodora Bramwell",
                "saying",
                at="Bramwell agreed, saying",
                classes=("agreed_control",),
            ),
            Q(
                "the union's demands would make the port uncompetitive",
                "Ferrant",
                "Hollis Ferrant",
                "argue",
                at="Ferrant cited figures from the institute to argue",
                classes=("cited_data_control",),
            ),
            Q(
                "members were prepared to stay out for a month",
                "Amos Quill",
                "Amos Quill",
                at="Amos Quill, said",
                via=REUTERS_I,
                classes=("interview_with",),
            ),
            Q(
                "\u201cWe have a strike fund, and we have the public,\u201d",
                "he",
                "Amos Quill",
                via=REUTERS_I,
                classes=("frame_carryover",),
            ),
            Q(
                "its negotiators had made three revised offers since August",
                "the port authority",
                "port authority",
                "saying",
                at="the port authority rejected Quill's account of the talks, saying",
                classes=("rejected_account_control",),
            ),
        ],
        {
            "Teodora Bramwell": ["union organiser"],
            "Ilse Marchetti": ["the transport minister"],
            "Amos Quill": ["The union's general secretary"],
        },
    ),
    A(
        "c5-ferry-fjord",
        "local",
        ("told_outlet",),
        "Ferry operator admits skipping safety drills\n\n"
        "The operator of the Hessvik ferry crossing has admitted that its crews skipped monthly evacuation "
        "drills for most of last year, after a deckhand described the lapses to a regional newspaper.\n\n"
        "\u201cWe were told the timetable came first, always,\u201d the deckhand, Rune Sollid, told the Lusk "
        "Tidende. He said he had raised the problem with two captains and was ignored both times.\n\n"
        "The company's operations chief, Brit Aasgard, confirmed the gap in an interview with the Vestkyst "
        "Posten on Wednesday. \u201cIt should never have happened, and I take responsibility for it,\u201d she "
        "said. She added that drills had resumed in January.\n\n"
        "The maritime inspectorate said it had opened a review. A spokesman, Oddvar Lien, told NRK that "
        "inspectors would board the ferries unannounced over the coming weeks.\n\n"
        "Passengers appeared unmoved. \u201cI have crossed twice a day for twenty years and never felt "
        "unsafe,\u201d said commuter Signe Holt, waiting at the Hessvik slipway.\n\n"
        "The local mayor, Jostein Berg, said the revelations were troubling, and the harbour master, Kari "
        "Nesse, agreed that the company had questions to answer.\n\n"
        "Sollid, who has since left the company, said he had no regrets. \u201cSomebody had to say it out "
        "loud,\u201d he told the Tidende. \u201cI would do it again tomorrow.\u201d\n\n"
        "The company's owner, the Brekke family trust, said in a statement to the Oslo stock exchange that it "
        "did not expect the review to affect its results. Aasgard replied to Sollid's claim that captains had "
        "ignored him, saying no complaint had ever reached management.",
        [
            Q(
                "\u201cWe were told the timetable came first, always,\u201d",
                "Rune Sollid",
                "Rune Sollid",
                "told",
                at="Rune Sollid, told",
                via=(("Lusk Tidende", "told"),),
                classes=("uninformative_outlet",),
            ),
            Q(
                "he had raised the problem with two captains and was ignored both times",
                "He",
                "Rune Sollid",
                classes=("new_report",),
            ),
            Q(
                "\u201cIt should never have happened, and I take responsibility for it,\u201d",
                "she",
                "Brit Aasgard",
                via=(("Vestkyst Posten", "interview"),),
                classes=("frame_carryover", "uninformative_outlet"),
            ),
            Q(
                "drills had resumed in January",
                "She",
                "Brit Aasgard",
                "added",
                via=(("Vestkyst Posten", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "inspectors would board the ferries unannounced over the coming weeks",
                "Oddvar Lien",
                "Oddvar Lien",
                "told",
                at="Oddvar Lien, told",
                via=(("NRK", "told"),),
                classes=("uninformative_outlet",),
            ),
            Q(
                "\u201cI have crossed twice a day for twenty years and never felt unsafe,\u201d",
                "Signe Holt",
                "Signe Holt",
                at="said commuter Signe Holt",
                classes=("control",),
            ),
            Q(
                "the revelations were troubling",
                "Jostein Berg",
                "Jostein Berg",
                at="Jostein Berg, said",
                classes=("agreed_control",),
            ),
            Q(
                "the company had questions to answer",
                "Kari Nesse",
                "Kari Nesse",
                "agreed",
                at="Kari Nesse, agreed",
                classes=("agreed_control",),
            ),
            Q(
                "\u201cSomebody had to say it out loud,\u201d",
                "he",
                "Rune Sollid",
                "told",
                via=(("Lusk Tidende", "told"),),
                classes=("told_after_claim", "uninformative_outlet"),
            ),
            Q(
                "\u201cI would do it again tomorrow.\u201d",
                None,
                "Rune Sollid",
                None,
                via=(("Lusk Tidende", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "it did not expect the review to affect its results",
                "the Brekke family trust",
                "Brekke family trust",
                at="the Brekke family trust, said",
                how="statement",
                classes=("statement_to_exchange_control",),
            ),
            Q(
                "no complaint had ever reached management",
                "Aasgard",
                "Brit Aasgard",
                "saying",
                at="Aasgard replied to Sollid's claim that captains had ignored him, saying",
                classes=("replied_to_claim_control",),
            ),
        ],
        {
            "Rune Sollid": ["the deckhand"],
            "Brit Aasgard": ["The company's operations chief"],
            "Oddvar Lien": ["A spokesman"],
            "Signe Holt": ["commuter"],
            "Jostein Berg": ["The local mayor"],
            "Kari Nesse": ["the harbour master"],
        },
    ),
    A(
        "c5-budget-radio",
        "politics",
        ("programme_before_channel",),
        "Chancellor defends tax freeze as backbench unease grows\n\n"
        "The chancellor, Miriam Oakhurst, on Sunday defended her decision to freeze income tax thresholds for "
        "another four years, insisting the country could not afford to borrow more.\n\n"
        "\u201cThere is no painless option here, and I will not pretend there is,\u201d Oakhurst told the "
        "Today programme on BBC Radio 4. Pressed on whether families would be worse off, she said the "
        "government's energy support would \u201cmore than offset\u201d the freeze for most households.\n\n"
        "Her shadow, Gideon Farrant, appeared on Sunday Politics on BBC One hours later and said the freeze was "
        "a tax rise by stealth. \u201cShe is taking money from nurses and calling it prudence,\u201d he said.\n\n"
        "Several Conservative backbenchers have voiced concern privately. One former minister, Pauline "
        "Ashdown, told Channel 4 News that at least thirty MPs had written to the whips. \u201cThe mood is "
        "sour,\u201d Ashdown said on the programme.\n\n"
        "The Resolution Trust, a think tank, said its modelling showed a typical earner losing \u00a3640 a year "
        "by 2029. Farrant cited that estimate in the Commons on Monday.\n\n"
        "Oakhurst rejected the trust's account, saying it ignored rising wages. Asked by reporters in Downing "
        "Street whether she would resign if the freeze were defeated, she said: \u201cI am not going "
        "anywhere.\u201d\n\n"
        "The prime minister's spokesman said the chancellor had the prime minister's full confidence, and the "
        "deputy prime minister, Colin Rhys, agreed that the freeze would stand.\n\n"
        "Ashdown later told Politico Europe that she would vote against the measure if no changes were made. "
        "\u201cI cannot defend this on the doorstep,\u201d she said.",
        [
            Q(
                "\u201cThere is no painless option here, and I will not pretend there is,\u201d",
                "Oakhurst",
                "Miriam Oakhurst",
                "told",
                via=(("BBC Radio 4", "told"),),
                classes=("programme_before_channel",),
            ),
            Q(
                "the government's energy support would \u201cmore than offset\u201d the freeze for most households",
                "she",
                "Miriam Oakhurst",
                classes=("new_report",),
            ),
            Q(
                "the freeze was a tax rise by stealth",
                "Gideon Farrant",
                "Gideon Farrant",
                at="Gideon Farrant, appeared on Sunday Politics on BBC One hours later and said",
                via=(("BBC One", "interview"),),
                classes=("programme_before_channel",),
            ),
            Q(
                "\u201cShe is taking money from nurses and calling it prudence,\u201d",
                "he",
                "Gideon Farrant",
                via=(("BBC One", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "at least thirty MPs had written to the whips",
                "Pauline Ashdown",
                "Pauline Ashdown",
                "told",
                at="Pauline Ashdown, told",
                via=(("Channel 4 News", "told"),),
                classes=("uninformative_outlet",),
            ),
            Q(
                "\u201cThe mood is sour,\u201d",
                "Ashdown",
                "Pauline Ashdown",
                via=(("Channel 4 News", "interview"),),
                classes=("said_on_programme",),
            ),
            Q(
                "its modelling showed a typical earner losing \u00a3640 a year by 2029",
                "The Resolution Trust",
                "Resolution Trust",
                at="The Resolution Trust, a think tank, said",
                classes=("control",),
            ),
            Q(
                "it ignored rising wages",
                "Oakhurst",
                "Miriam Oakhurst",
                "saying",
                at="Oakhurst rejected the trust's account, saying",
                classes=("rejected_account_control",),
            ),
            Q(
                "\u201cI am not going anywhere.\u201d",
                "she",
                "Miriam Oakhurst",
                at="she said:",
                classes=("told_reporters_control",),
            ),
            Q(
                "the chancellor had the prime minister's full confidence",
                "The prime minister's spokesman",
                "prime minister's spokesman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "the freeze would stand",
                "Colin Rhys",
                "Colin Rhys",
                "agreed",
                at="Colin Rhys, agreed",
                classes=("agreed_control",),
            ),
            Q(
                "she would vote against the measure if no changes were made",
                "Ashdown",
                "Pauline Ashdown",
                "told",
                at="Ashdown later told",
                via=(("Politico Europe", "told"),),
                classes=("uninformative_outlet",),
            ),
            Q(
                "\u201cI cannot defend this on the doorstep,\u201d",
                "she",
                "Pauline Ashdown",
                via=(("Politico Europe", "told"),),
                classes=("frame_carryover",),
            ),
        ],
        {
            "Miriam Oakhurst": ["The chancellor"],
            "Gideon Farrant": ["Her shadow"],
            "Pauline Ashdown": ["One former minister"],
            "Colin Rhys": ["the deputy prime minister"],
        },
    ),
    A(
        "c5-memo-rail",
        "national",
        ("three_hop_memo", "letter_carryover"),
        "Rail operator planned to cut rural services, memo shows\n\n"
        "By Ellis Montague\n\n"
        "Executives at Northmoor Rail drew up plans to withdraw Sunday services on four rural lines, according "
        "to an internal memo first obtained by the Fenwick Gazette and later confirmed by the BBC. The memo, "
        "written by the company's planning director, Roisin Calder, says the lines \u201cno longer justify "
        "weekend crews\u201d and recommends replacing trains with buses.\n\n"
        "Northmoor's chief executive, Anton Pell, addressed the plans in a letter to shareholders seen by the "
        "Financial Times. The company faced \u201chard choices about where every pound goes,\u201d he wrote, "
        "and no decision had yet been taken.\n\n"
        "In the same letter, Pell wrote that passenger numbers on the affected lines had fallen by a third "
        "since 2019. \u201cWe cannot run empty trains to prove a point,\u201d he wrote.\n\n"
        "Rail unions reacted angrily. The drivers' union said the memo confirmed its worst fears, and its "
        "leader, Fergus Dunne, said on the Across the Tracks podcast that members would ballot for strikes. "
        "\u201cThis is the thin end of the wedge,\u201d he said.\n\n"
        "The transport secretary, Halima Brook, said in a post on X that she had asked the company for an "
        "urgent meeting. A spokesperson for her department declined to comment further.\n\n"
        "A Northmoor spokesman said the memo was one of several options and had been superseded. He said in "
        "an email that the company remained \u201ccommitted to every community it serves.\u201d\n\n"
        "Local councillor Bethan Rowe said the Gazette's reporting had prompted residents to organise a "
        "petition, which had more than 4,000 signatures by Friday. \u201cPeople here rely on that train to "
        "get to hospital,\u201d she said.",
        [
            Q(
                "Executives at Northmoor Rail drew up plans to withdraw Sunday services on four rural lines",
                "an internal memo",
                "Roisin Calder",
                "according to",
                at="according to an internal memo",
                how="according_to",
                via=(("Fenwick Gazette", "reported_by"), ("BBC", "reported_by")),
                classes=("three_hop_memo",),
            ),
            Q(
                "the lines \u201cno longer justify weekend crews\u201d",
                "The memo",
                "Roisin Calder",
                "says",
                at="The memo, written by the company's planning director, Roisin Calder, says",
                how="wrote",
                via=(("Fenwick Gazette", "reported_by"), ("BBC", "reported_by")),
                classes=("document_carryover",),
            ),
            Q(
                "The company faced \u201chard choices about where every pound goes,\u201d",
                "he",
                "Anton Pell",
                "wrote",
                how="wrote",
                via=(("Financial Times", "reported_by"),),
                classes=("letter_seen",),
            ),
            Q(
                "passenger numbers on the affected lines had fallen by a third since 2019",
                "Pell",
                "Anton Pell",
                "wrote",
                how="wrote",
                via=(("Financial Times", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "\u201cWe cannot run empty trains to prove a point,\u201d",
                "he",
                "Anton Pell",
                "wrote",
                how="wrote",
                via=(("Financial Times", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "members would ballot for strikes",
                "Fergus Dunne",
                "Fergus Dunne",
                at="Fergus Dunne, said",
                via=(("Across the Tracks", "interview"),),
                classes=("podcast",),
            ),
            Q(
                "\u201cThis is the thin end of the wedge,\u201d",
                "he",
                "Fergus Dunne",
                via=(("Across the Tracks", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "she had asked the company for an urgent meeting",
                "Halima Brook",
                "Halima Brook",
                at="Halima Brook, said",
                classes=("platform_post_control",),
            ),
            Q(
                "the memo was one of several options and had been superseded",
                "A Northmoor spokesman",
                "Northmoor spokesman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "\u201cPeople here rely on that train to get to hospital,\u201d",
                "she",
                "Bethan Rowe",
                classes=("reporting_prompted_control",),
            ),
        ],
        {
            "Roisin Calder": ["the company's planning director"],
            "Anton Pell": ["Northmoor's chief executive"],
            "Fergus Dunne": ["its leader"],
            "Halima Brook": ["The transport secretary"],
            "Bethan Rowe": ["Local councillor"],
        },
    ),
    A(
        "c5-xinhua-drought",
        "wire",
        ("statement_carried", "state_media", "agency_quoted"),
        "BEIJING (Reuters) \u2014 China will release grain from state reserves to three drought-hit provinces, "
        "the agriculture ministry said in a statement carried by Xinhua on Tuesday, as the worst dry spell in "
        "six decades threatens the autumn harvest.\n\n"
        "Rainfall across the Yangtze basin has been less than half the seasonal average since June, state media "
        "reported, and water levels at several reservoirs have fallen below the point at which turbines can "
        "run.\n\n"
        "Premier Zhao Minwei told a meeting of the State Council that local officials must \u201cspare no "
        "effort\u201d to protect drinking water supplies, according to a readout published by the official "
        "People's Daily.\n\n"
        "The agency quoted the water resources ministry as saying that emergency pipelines would be laid to "
        "forty towns within a fortnight.\n\n"
        "Two Chinese officials familiar with the planning told Reuters that Beijing was also considering "
        "limiting industrial power use in Sichuan for a second summer. The officials, who asked not to be named "
        "because they were not authorised to speak to the media, said a decision could come within days.\n\n"
        "Bloomberg News, citing people familiar with the matter, reported that some factories had already been "
        "told to prepare for rationing.\n\n"
        "Traders said prices for soybean meal on the Dalian exchange rose 3 per cent on the news. \u201cThe "
        "market is pricing in a smaller crop,\u201d said Lin Haoran, an analyst at Greenfield Futures in "
        "Shanghai.\n\n"
        "The ministry of emergency management said 1.2 million people had been affected by the drought so far.\n\n"
        "The drought has also disrupted river shipping on the middle reaches of the Yangtze, where cargo "
        "barges have been forced to sail with half loads for most of the summer.",
        [
            Q(
                "China will release grain from state reserves to three drought-hit provinces",
                "the agriculture ministry",
                "agriculture ministry",
                at="the agriculture ministry said",
                how="statement",
                via=(("Xinhua", "reported_by"),),
                classes=("statement_carried",),
            ),
            Q(
                "Rainfall across the Yangtze basin has been less than half the seasonal average since June",
                "state media",
                "state media",
                "reported",
                classes=("state_media_reported",),
            ),
            Q(
                "local officials must \u201cspare no effort\u201d to protect drinking water supplies",
                "Premier Zhao Minwei",
                "Zhao Minwei",
                "told",
                at="Premier Zhao Minwei told",
                via=(("State Council", "told"), ("People's Daily", "reported_by")),
                classes=("readout_published",),
            ),
            Q(
                "emergency pipelines would be laid to forty towns within a fortnight",
                "the water resources ministry",
                "water resources ministry",
                "quoted",
                at="The agency quoted the water resources ministry",
                via=(("Xinhua", "reported_by"),),
                classes=("agency_quoted_ministry",),
            ),
            Q(
                "Beijing was also considering limiting industrial power use in Sichuan for a second summer",
                "Two Chinese officials familiar with the planning",
                "two Chinese officials familiar with the planning",
                "told",
                anonymous=True,
                via=(("Reuters", "told"),),
                classes=("officials_nationality_told",),
            ),
            Q(
                "a decision could come within days",
                "The officials",
                "two Chinese officials familiar with the planning",
                at="The officials, who asked not to be named because they were not authorised to speak to the "
                "media, said",
                anonymous=True,
                via=(("Reuters", "told"),),
                classes=("anonymous_later",),
            ),
            Q(
                "some factories had already been told to prepare for rationing",
                "people familiar with the matter",
                "people familiar with the matter",
                "reported",
                at="Bloomberg News, citing people familiar with the matter, reported",
                anonymous=True,
                via=(("Bloomberg News", "citing"),),
                classes=("citing_people",),
            ),
            Q(
                "\u201cThe market is pricing in a smaller crop,\u201d",
                "Lin Haoran",
                "Lin Haoran",
                at="said Lin Haoran",
                classes=("control",),
            ),
            Q(
                "1.2 million people had been affected by the drought so far",
                "The ministry of emergency management",
                "ministry of emergency management",
                classes=("agency_said",),
            ),
        ],
        {"Zhao Minwei": ["Premier"], "Lin Haoran": ["an analyst at Greenfield Futures in Shanghai"]},
    ),
    A(
        "c5-sec-filing",
        "business",
        ("filing_control", "citing_officials"),
        "Chipmaker Kestrel warns of delay as export probe widens\n\n"
        "Kestrel Semiconductor said in a filing with the Securities and Exchange Commission on Thursday that a "
        "federal export investigation could delay the launch of its next processor by up to two quarters.\n\n"
        "The company disclosed that investigators had subpoenaed records of shipments to three distributors in "
        "Southeast Asia. It said it was cooperating fully.\n\n"
        "The Wall Street Journal reported last week, citing two Commerce Department officials, that the "
        "inquiry had grown to cover sales worth more than $400 million. The officials said investigators were "
        "examining whether chips had been diverted to sanctioned buyers.\n\n"
        "Kestrel's chief executive, Dana Whitcombe, said on the company's earnings call that the firm had "
        "\u201cnothing to hide.\u201d \u201cWe built our compliance programme to be the best in the industry, "
        "and I stand by it,\u201d she said.\n\n"
        "Analysts were divided. Marcus Feld of Arden Capital said the filing was a worst-case disclosure, and "
        "Priya Sethi of Northgate Research agreed, saying she expected the probe to end with a fine.\n\n"
        "Kestrel shares fell 7 per cent in after-hours trading. Whitcombe later told CNBC's Squawk Box that "
        "the company had set aside $50 million for legal costs. \u201cWe plan for the worst and hope for the "
        "best,\u201d she said.\n\n"
        "A spokesman for the Commerce Department declined to comment. A second filing, with the Nasdaq stock "
        "exchange, said the company's general counsel, Ivan Oster, had resigned for personal reasons.\n\n"
        "The Journal's reporting prompted two senators to demand a briefing. Senator Ruth Calloway said the "
        "allegations were \u201cextremely serious\u201d if true.",
        [
            Q(
                "a federal export investigation could delay the launch of its next processor by up to two quarters",
                "Kestrel Semiconductor",
                "Kestrel Semiconductor",
                how="statement",
                classes=("filing_control",),
            ),
            Q(
                "the inquiry had grown to cover sales worth more than $400 million",
                "two Commerce Department officials",
                "two Commerce Department officials",
                "reported",
                at="The Wall Street Journal reported last week, citing two Commerce Department officials",
                anonymous=True,
                via=(("Wall Street Journal", "citing"),),
                classes=("citing_officials",),
            ),
            Q(
                "investigators were examining whether chips had been diverted to sanctioned buyers",
                "The officials",
                "two Commerce Department officials",
                anonymous=True,
                via=(("Wall Street Journal", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "the firm had \u201cnothing to hide.\u201d",
                "Dana Whitcombe",
                "Dana Whitcombe",
                at="Dana Whitcombe, said",
                classes=("earnings_call_control",),
            ),
            Q(
                "\u201cWe built our compliance programme to be the best in the industry, and I stand by it,\u201d",
                "she",
                "Dana Whitcombe",
                classes=("control",),
            ),
            Q(
                "the filing was a worst-case disclosure",
                "Marcus Feld",
                "Marcus Feld",
                at="Marcus Feld of Arden Capital said",
                classes=("agreed_control",),
            ),
            Q(
                "she expected the probe to end with a fine",
                "Priya Sethi",
                "Priya Sethi",
                "saying",
                at="Priya Sethi of Northgate Research agreed, saying",
                classes=("agreed_control",),
            ),
            Q(
                "the company had set aside $50 million for legal costs",
                "Whitcombe",
                "Dana Whitcombe",
                "told",
                at="Whitcombe later told",
                via=(("CNBC", "told"),),
                classes=("programme_before_channel",),
            ),
            Q(
                "\u201cWe plan for the worst and hope for the best,\u201d",
                "she",
                "Dana Whitcombe",
                via=(("CNBC", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the allegations were \u201cextremely serious\u201d if true",
                "Senator Ruth Calloway",
                "Ruth Calloway",
                classes=("reporting_prompted_control",),
            ),
        ],
        {
            "Dana Whitcombe": ["Kestrel's chief executive"],
            "Marcus Feld": ["of Arden Capital"],
            "Priya Sethi": ["of Northgate Research"],
            "Ruth Calloway": ["Senator"],
        },
    ),
    A(
        "c5-footballer-sky",
        "sport",
        ("uninformative_outlet", "told_after_claim"),
        "Calder rules out January move despite Marlow Athletic interest\n\n"
        "Harrowgate captain Ezra Calder has ruled out leaving the club in the January window, insisting he "
        "wants to finish the season at the Pennant Road ground.\n\n"
        "\u201cI am going nowhere, whatever people read,\u201d Calder said speaking to Sky Sports after "
        "Saturday's 2-1 win over Dunmore. \u201cThis club gave me my chance.\u201d\n\n"
        "Reports in Spain had linked the midfielder with a \u00a330 million move to Marlow Athletic. Harrowgate "
        "manager Tobias Renn dismissed them as nonsense, and Calder's agent, Lorna Fisk, said the same.\n\n"
        "The club's owner struck a more cautious note. Every player had a price, Viktor Hale told the "
        "Harrowgate Echo on Friday, though he said no offer had arrived.\n\n"
        "Renn was asked about Hale's remarks at his pre-match press conference. \u201cThe owner owns the club; I "
        "pick the team,\u201d the manager said.\n\n"
        "Calder later posted a video to Instagram thanking supporters. In it he said he had \u201cnever felt "
        "more at home\u201d anywhere.\n\n"
        "Former Harrowgate striker Dean Maddox said on the Overlap podcast that Calder should stay for at "
        "least another year. \u201cHe is the heartbeat of that team,\u201d Maddox said. \u201cMoney will not "
        "buy him a better dressing room.\u201d\n\n"
        "Calder, 27, joined Harrowgate from its academy at the age of nine and has made more than 200 league "
        "appearances for the club, scoring 31 goals.\n\n"
        "Hale replied to Renn's claim that selection was his alone, saying he had never interfered in team "
        "matters. Harrowgate travel to Ashby on Tuesday, where a win would lift them into the top four.",
        [
            Q(
                "\u201cI am going nowhere, whatever people read,\u201d",
                "Calder",
                "Ezra Calder",
                at="Calder said speaking to",
                via=(("Sky Sports", "interview"),),
                classes=("speaking_to", "uninformative_outlet"),
            ),
            Q(
                "\u201cThis club gave me my chance.\u201d",
                None,
                "Ezra Calder",
                None,
                via=(("Sky Sports", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "Every player had a price",
                "Viktor Hale",
                "Viktor Hale",
                "told",
                via=(("Harrowgate Echo", "told"),),
                classes=("told_after_claim",),
            ),
            Q(
                "no offer had arrived",
                "he",
                "Viktor Hale",
                via=(("Harrowgate Echo", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "\u201cThe owner owns the club; I pick the team,\u201d",
                "the manager",
                "Tobias Renn",
                classes=("control",),
            ),
            Q(
                "he had \u201cnever felt more at home\u201d anywhere",
                "he",
                "Ezra Calder",
                at="In it he said",
                classes=("video_control",),
            ),
            Q(
                "Calder should stay for at least another year",
                "Dean Maddox",
                "Dean Maddox",
                via=(("Overlap", "interview"),),
                at="Dean Maddox said",
                classes=("podcast",),
            ),
            Q(
                (
                    "\u201cHe is the heartbeat of that team,\u201d",
                    "\u201cMoney will not buy him a better dressing room.\u201d",
                ),
                "Maddox",
                "Dean Maddox",
                via=(("Overlap", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "he had never interfered in team matters",
                "Hale",
                "Viktor Hale",
                "saying",
                at="Hale replied to Renn's claim that selection was his alone, saying",
                classes=("replied_to_claim_control",),
            ),
        ],
        {
            "Ezra Calder": ["Harrowgate captain"],
            "Tobias Renn": ["Harrowgate manager"],
            "Dean Maddox": ["Former Harrowgate striker"],
        },
    ),
]
