"""The fifth unseen chains set, part two: invented news articles on relays, written before the sources code was read.

Every person, place, company and event is invented. The relays: a podcast named by its title, posts and videos
on the speaker's own accounts (no link), a standalone "(via Y)" credit after its sentence, "h/t Y", a newspaper
citing a newspaper ("the Times of Malta reported, citing the Sunday Standard"), "according to Y, which cited
three officials", "citing two Chinese officials", "on CBS's Face the Nation", "X told Y on Friday" after the
claim, "Y quoted X as saying", a statement to a stock exchange, a letter frame carried into the next paragraph,
retractions and corrections, and controls where two sources appear but no chain exists. See
``make_chains_unseen5.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c5-founder-podcast",
        "business",
        ("podcast", "via_credit", "platform_post_control"),
        "Fintech founder says she was pushed out by investors\n\n"
        "The co-founder of payments start-up Lumenpay, Saskia Verhoeven, says she was forced out of the company "
        "she built after a dispute with its largest investors over a planned expansion into lending.\n\n"
        "\u201cI was told on a Tuesday and my badge stopped working on the Wednesday,\u201d Verhoeven said on "
        "the Diary of a CEO podcast, in an episode released on Monday. She said the board had never given her "
        "a reason in writing.\n\n"
        "Lumenpay's chairman, Gregor Almqvist, disputed her account in a post on X, writing that the decision "
        "had been \u201cunanimous and carefully considered.\u201d He said the company wished her well.\n\n"
        "Verhoeven responded in a video posted to Instagram on Tuesday evening. \u201cCarefully considered is "
        "an interesting way to describe a phone call that lasted four minutes,\u201d she said.\n\n"
        "A former Lumenpay engineer, Tomasz Wierzba, said in a thread on LinkedIn that staff had been told "
        "nothing. (h/t Fintech Daily)\n\n"
        "Investors appear to be closing ranks. Harbourline Ventures, which led the company's last funding round, "
        "told staff in an internal message that the board retained \u201cfull confidence\u201d in the new "
        "management team. (via The Information)\n\n"
        "The dispute has drawn comment across the industry. Rafaela Cortez, who runs the investor network "
        "Angels North, said Verhoeven's account, and Almqvist's reply, showed how little protection founders "
        "had once they gave up control. Almqvist cited figures from the company's auditors to argue that "
        "lending would have doubled its losses.\n\n"
        "Verhoeven said on the podcast that she planned to start another company. \u201cI am not bitter, I am "
        "busy,\u201d she said.",
        [
            Q(
                "\u201cI was told on a Tuesday and my badge stopped working on the Wednesday,\u201d",
                "Verhoeven",
                "Saskia Verhoeven",
                via=(("Diary of a CEO", "interview"),),
                classes=("podcast",),
            ),
            Q(
                "the board had never given her a reason in writing",
                "She",
                "Saskia Verhoeven",
                via=(("Diary of a CEO", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the decision had been \u201cunanimous and carefully considered.\u201d",
                "Gregor Almqvist",
                "Gregor Almqvist",
                "writing",
                at="Gregor Almqvist, disputed her account in a post on X, writing",
                how="wrote",
                classes=("platform_post_control",),
            ),
            Q(
                "the company wished her well",
                "He",
                "Gregor Almqvist",
                classes=("platform_post_control",),
            ),
            Q(
                "\u201cCarefully considered is an interesting way to describe a phone call that lasted four "
                "minutes,\u201d",
                "she",
                "Saskia Verhoeven",
                classes=("video_control",),
            ),
            Q(
                "staff had been told nothing",
                "Tomasz Wierzba",
                "Tomasz Wierzba",
                at="Tomasz Wierzba, said",
                classes=("hat_tip_control",),
            ),
            Q(
                "the board retained \u201cfull confidence\u201d in the new management team",
                "Harbourline Ventures",
                "Harbourline Ventures",
                "told",
                at="Harbourline Ventures, which led the company's last funding round, told",
                via=(("staff", "told"), ("Information", "reported_by")),
                classes=("via_credit",),
            ),
            Q(
                "Verhoeven's account, and Almqvist's reply, showed how little protection founders had once they "
                "gave up control",
                "Rafaela Cortez",
                "Rafaela Cortez",
                at="Rafaela Cortez, who runs the investor network Angels North, said",
                classes=("control",),
            ),
            Q(
                "she planned to start another company",
                "Verhoeven",
                "Saskia Verhoeven",
                via=(("Diary of a CEO", "interview"),),
                classes=("said_on_podcast",),
            ),
            Q(
                "\u201cI am not bitter, I am busy,\u201d",
                "she",
                "Saskia Verhoeven",
                via=(("Diary of a CEO", "interview"),),
                classes=("frame_carryover",),
            ),
        ],
        {
            "Saskia Verhoeven": ["The co-founder of payments start-up Lumenpay"],
            "Gregor Almqvist": ["Lumenpay's chairman"],
            "Tomasz Wierzba": ["A former Lumenpay engineer"],
        },
    ),
    A(
        "c5-malta-papers",
        "wire",
        ("paper_citing_paper", "correction"),
        "VALLETTA, Dec 1 (Meridian) \u2014 Malta's finance minister, Lorenzo Camilleri, had privately warned "
        "colleagues that a planned airport expansion would breach the country's deficit target, the Times of "
        "Malta reported on Sunday, citing the Sunday Standard.\n\n"
        "According to the Standard, which cited three cabinet officials, Camilleri told a cabinet meeting in "
        "October that the project \u201ccannot be paid for this decade.\u201d The officials said two other "
        "ministers had backed his position.\n\n"
        "Camilleri's office said in a statement that it did not comment on cabinet discussions. The prime "
        "minister, Noemi Farrugia, told reporters at a school opening that the government remained committed "
        "to the expansion.\n\n"
        "The opposition leader, Adrian Borg, said the report showed the government was divided, and Farrugia "
        "rejected Borg's account, saying the cabinet had been \u201cunited from the first day.\u201d\n\n"
        "The Standard's story has itself been revised. The paper initially reported that Camilleri had called "
        "the project \u201creckless\u201d; in a correction published on Monday, it said the word had been used "
        "by another minister, not Camilleri.\n\n"
        "A separate report by the Malta Independent, which has since been withdrawn, had quoted an unnamed "
        "airport executive as saying that the expansion was \u201calready two years behind.\u201d The "
        "Independent said on Tuesday that it had retracted the article because it could not verify the "
        "quotation.\n\n"
        "Camilleri, speaking to the state broadcaster TVM on Tuesday night, declined to confirm or deny the "
        "remarks. \u201cWhat is said in cabinet stays in cabinet,\u201d he said.\n\n"
        "The European Commission said in its autumn forecast that Malta's deficit would narrow to 3.9 per cent "
        "of output next year.",
        [
            Q(
                "Malta's finance minister, Lorenzo Camilleri, had privately warned colleagues that a planned "
                "airport expansion would breach the country's deficit target",
                "the Sunday Standard",
                "Sunday Standard",
                "reported",
                at="the Times of Malta reported on Sunday, citing the Sunday Standard",
                via=(("Times of Malta", "citing"),),
                classes=("paper_citing_paper",),
            ),
            Q(
                "the project \u201ccannot be paid for this decade.\u201d",
                "Camilleri",
                "Lorenzo Camilleri",
                "told",
                at="Camilleri told",
                via=(("cabinet", "told"), ("three cabinet officials", "reported_by"), ("Standard", "citing")),
                classes=("which_cited", "three_hop"),
            ),
            Q(
                "two other ministers had backed his position",
                "The officials",
                "three cabinet officials",
                anonymous=True,
                via=(("Standard", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "it did not comment on cabinet discussions",
                "Camilleri's office",
                "Camilleri's office",
                at="Camilleri's office said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the government remained committed to the expansion",
                "Noemi Farrugia",
                "Noemi Farrugia",
                "told",
                at="Noemi Farrugia, told",
                classes=("told_reporters_control",),
            ),
            Q(
                "the report showed the government was divided",
                "Adrian Borg",
                "Adrian Borg",
                at="Adrian Borg, said",
                classes=("control",),
            ),
            Q(
                "the cabinet had been \u201cunited from the first day.\u201d",
                "Farrugia",
                "Noemi Farrugia",
                "saying",
                at="Farrugia rejected Borg's account, saying",
                classes=("rejected_account_control",),
            ),
            Q(
                "the expansion was \u201calready two years behind.\u201d",
                "an unnamed airport executive",
                "an unnamed airport executive",
                "quoted",
                at="had quoted an unnamed airport executive",
                anonymous=True,
                via=(("Malta Independent", "reported_by"),),
                classes=("retracted_report",),
            ),
            Q(
                "\u201cWhat is said in cabinet stays in cabinet,\u201d",
                "he",
                "Lorenzo Camilleri",
                via=(("TVM", "interview"),),
                classes=("speaking_to", "frame_carryover"),
            ),
        ],
        {
            "Lorenzo Camilleri": ["Malta's finance minister"],
            "Noemi Farrugia": ["The prime minister"],
            "Adrian Borg": ["The opposition leader"],
        },
    ),
    A(
        "c5-senator-sunday",
        "politics",
        ("programme_before_channel", "told_after_claim"),
        "Senators trade blows over border funding as deadline looms\n\n"
        "WASHINGTON \u2014 The chair of the Senate Appropriations Committee, Marjorie Tolliver, said on "
        "Sunday that a stopgap spending bill would pass before Friday's deadline, despite a revolt among "
        "members of her own party over border funding.\n\n"
        "\u201cWe will not shut the government down over a line item,\u201d Tolliver said on CBS's Face the "
        "Nation. She said talks with the House would resume on Monday.\n\n"
        "Senator Walt Drummond, a leading critic of the bill, was unmoved. The funding was \u201ca rounding "
        "error dressed up as a compromise,\u201d Drummond told NBC's Meet the Press.\n\n"
        "The White House budget director, Cyrus Bell, said in an interview with the BBC that the "
        "administration would accept a short extension. \u201cWe can live with six weeks,\u201d Bell said. "
        "\u201cWe cannot live with chaos.\u201d\n\n"
        "House Speaker Dolores Keane said Drummond's remarks were unhelpful, and Tolliver agreed that the "
        "public had little patience for another standoff.\n\n"
        "Drummond replied to Keane's claim that he was grandstanding, saying he had raised the same concerns "
        "in committee for months.\n\n"
        "The Congressional Budget Office estimates that a two-week shutdown would cost the economy $6 billion. "
        "Tolliver cited the office's figures in a floor speech on Monday, saying Congress could not afford "
        "\u201cself-inflicted wounds.\u201d\n\n"
        "The deal has a good chance of passing, a senior Democratic aide told Axios on Monday, although the aide "
        "said the vote count was \u201ctighter than anyone would like.\u201d\n\n"
        "The House is expected to take up the measure on Wednesday, leaving the Senate two days to act before "
        "funding lapses at midnight on Friday.",
        [
            Q(
                "\u201cWe will not shut the government down over a line item,\u201d",
                "Tolliver",
                "Marjorie Tolliver",
                via=(("CBS", "interview"),),
                classes=("programme_before_channel",),
            ),
            Q(
                "talks with the House would resume on Monday",
                "She",
                "Marjorie Tolliver",
                via=(("CBS", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "The funding was \u201ca rounding error dressed up as a compromise,\u201d",
                "Drummond",
                "Walt Drummond",
                "told",
                via=(("NBC", "told"),),
                classes=("told_after_claim", "programme_before_channel"),
            ),
            Q(
                "the administration would accept a short extension",
                "Cyrus Bell",
                "Cyrus Bell",
                at="Cyrus Bell, said",
                via=(("BBC", "interview"),),
                classes=("interview_with",),
            ),
            Q(
                ("\u201cWe can live with six weeks,\u201d", "\u201cWe cannot live with chaos.\u201d"),
                "Bell",
                "Cyrus Bell",
                via=(("BBC", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "Drummond's remarks were unhelpful",
                "Dolores Keane",
                "Dolores Keane",
                classes=("agreed_control",),
            ),
            Q(
                "the public had little patience for another standoff",
                "Tolliver",
                "Marjorie Tolliver",
                "agreed",
                classes=("agreed_control",),
            ),
            Q(
                "he had raised the same concerns in committee for months",
                "Drummond",
                "Walt Drummond",
                "saying",
                at="Drummond replied to Keane's claim that he was grandstanding, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "Congress could not afford \u201cself-inflicted wounds.\u201d",
                "Tolliver",
                "Marjorie Tolliver",
                "saying",
                at="Tolliver cited the office's figures in a floor speech on Monday, saying",
                classes=("cited_data_control",),
            ),
            Q(
                "The deal has a good chance of passing",
                "a senior Democratic aide",
                "a senior Democratic aide",
                "told",
                anonymous=True,
                via=(("Axios", "told"),),
                classes=("told_after_claim",),
            ),
            Q(
                "the vote count was \u201ctighter than anyone would like.\u201d",
                "the aide",
                "a senior Democratic aide",
                anonymous=True,
                via=(("Axios", "told"),),
                classes=("anonymous_later",),
            ),
        ],
        {
            "Marjorie Tolliver": ["The chair of the Senate Appropriations Committee"],
            "Walt Drummond": ["Senator", "a leading critic of the bill"],
            "Cyrus Bell": ["The White House budget director"],
            "Dolores Keane": ["House Speaker"],
        },
    ),
    A(
        "c5-council-letter",
        "local",
        ("letter_seen", "letter_carryover"),
        "Council chief warned of bankruptcy risk in letter to staff\n\n"
        "The chief executive of Bramford District Council has warned staff that the authority could be forced "
        "to declare itself effectively bankrupt within eighteen months unless ministers step in.\n\n"
        "In a letter to staff seen by the Bramford Clarion, Helena Morrow said the council faced a \u00a314 "
        "million gap in next year's budget and that \u201cevery service, without exception\u201d would be "
        "reviewed.\n\n"
        "Morrow wrote in the letter that she had asked the government for emergency support twice since the "
        "summer. \u201cI would rather you heard this from me than read it elsewhere,\u201d she wrote.\n\n"
        "The council's leader, Osman Yilmaz, told the Clarion on Thursday that no compulsory redundancies were "
        "planned \u201cat this stage.\u201d He said the letter had been intended to prepare staff, not to "
        "alarm them.\n\n"
        "Unison's branch secretary, Gwen Harlow, said members were frightened. \u201cPeople are asking whether "
        "they should start looking for other jobs,\u201d she told BBC Radio Bramford's breakfast show.\n\n"
        "The opposition group leader, Neil Pascoe, said the Clarion's report prompted him to call an emergency "
        "meeting. Yilmaz rejected Pascoe's account of the council's finances, saying the gap was caused by "
        "rising care costs, not by mismanagement.\n\n"
        "A government spokesperson said ministers were aware of the pressures facing councils and would set "
        "out funding plans in the new year.\n\n"
        "Bramford employs about 1,900 people, most of them in housing, waste collection and adult social care.\n\n"
        "Correction: An earlier version of this article said Morrow's letter was sent to councillors. It was "
        "sent to staff.",
        [
            Q(
                "the council faced a \u00a314 million gap in next year's budget",
                "Helena Morrow",
                "Helena Morrow",
                at="Helena Morrow said",
                how="wrote",
                via=(("Bramford Clarion", "reported_by"),),
                classes=("letter_seen",),
            ),
            Q(
                "she had asked the government for emergency support twice since the summer",
                "Morrow",
                "Helena Morrow",
                "wrote",
                how="wrote",
                via=(("Bramford Clarion", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "\u201cI would rather you heard this from me than read it elsewhere,\u201d",
                "she",
                "Helena Morrow",
                "wrote",
                how="wrote",
                via=(("Bramford Clarion", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "no compulsory redundancies were planned \u201cat this stage.\u201d",
                "Osman Yilmaz",
                "Osman Yilmaz",
                "told",
                at="Osman Yilmaz, told",
                via=(("Clarion", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "the letter had been intended to prepare staff, not to alarm them",
                "He",
                "Osman Yilmaz",
                classes=("new_report",),
            ),
            Q(
                "members were frightened",
                "Gwen Harlow",
                "Gwen Harlow",
                at="Gwen Harlow, said",
                classes=("control",),
            ),
            Q(
                "\u201cPeople are asking whether they should start looking for other jobs,\u201d",
                "she",
                "Gwen Harlow",
                "told",
                via=(("BBC Radio Bramford", "told"),),
                classes=("told_after_claim", "programme_before_channel"),
            ),
            Q(
                "the Clarion's report prompted him to call an emergency meeting",
                "Neil Pascoe",
                "Neil Pascoe",
                at="Neil Pascoe, said",
                classes=("reporting_prompted_control",),
            ),
            Q(
                "the gap was caused by rising care costs, not by mismanagement",
                "Yilmaz",
                "Osman Yilmaz",
                "saying",
                at="Yilmaz rejected Pascoe's account of the council's finances, saying",
                classes=("rejected_account_control",),
            ),
            Q(
                "ministers were aware of the pressures facing councils and would set out funding plans in the new year",
                "A government spokesperson",
                "a government spokesperson",
                anonymous=True,
                classes=("control",),
            ),
        ],
        {
            "Helena Morrow": ["The chief executive of Bramford District Council"],
            "Osman Yilmaz": ["The council's leader"],
            "Gwen Harlow": ["Unison's branch secretary"],
            "Neil Pascoe": ["The opposition group leader"],
        },
    ),
    A(
        "c5-embassy-ties",
        "wire",
        ("citing_officials_nationality", "quoted_as_saying"),
        "Talks on resuming flights stall as envoys trade accusations\n\n"
        "Negotiations to restore direct flights between Ostrava and Shenzhen have stalled over landing fees, "
        "the South China Morning Post reported on Wednesday, citing two Chinese officials involved in the "
        "talks.\n\n"
        "The officials said Beijing wanted reciprocal access for a second state carrier before any deal was "
        "signed. One of them said the talks could resume next month.\n\n"
        "The Czech transport ministry said in a statement that it remained \u201cready to talk at any time.\u201d "
        "Its spokeswoman, Klara Dvorakova, later told the news agency CTK that the fee dispute was \u201ca "
        "technical matter, not a political one.\u201d\n\n"
        "China's foreign ministry took a harder line. The state-run Global Times quoted spokesman Zhou Liang as "
        "saying that Prague \u201cmust show sincerity\u201d if it wanted the flights back.\n\n"
        "Airline executives are growing impatient. The chief executive of the carrier Bohemia Air, Pavel "
        "Sedlak, said the company was losing bookings every week, and Martina Hruba, who heads the Czech "
        "tourism board, agreed, saying Chinese visitor numbers had fallen by two-thirds.\n\n"
        "Sedlak cited figures from the tourism board to argue that the route was worth \u20ac90 million a year "
        "to the Czech economy.\n\n"
        "The dispute has dragged on since March, when a Czech senator visited Taipei. Chinese state media "
        "reported at the time that the visit had \u201cseriously damaged\u201d relations.\n\n"
        "A European diplomat in Beijing, speaking on condition of anonymity, told Meridian the two sides were "
        "\u201cfurther apart than they admit.\u201d\n\n"
        "Before the suspension, three airlines operated a combined eleven weekly flights between the two "
        "countries.",
        [
            Q(
                "Negotiations to restore direct flights between Ostrava and Shenzhen have stalled over landing fees",
                "two Chinese officials involved in the talks",
                "two Chinese officials involved in the talks",
                "reported",
                at="the South China Morning Post reported on Wednesday, citing two Chinese officials involved in "
                "the talks",
                anonymous=True,
                via=(("South China Morning Post", "citing"),),
                classes=("citing_officials_nationality",),
            ),
            Q(
                "Beijing wanted reciprocal access for a second state carrier before any deal was signed",
                "The officials",
                "two Chinese officials involved in the talks",
                anonymous=True,
                via=(("South China Morning Post", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "the talks could resume next month",
                "One of them",
                "two Chinese officials involved in the talks",
                anonymous=True,
                via=(("South China Morning Post", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "it remained \u201cready to talk at any time.\u201d",
                "The Czech transport ministry",
                "Czech transport ministry",
                at="The Czech transport ministry said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the fee dispute was \u201ca technical matter, not a political one.\u201d",
                "Klara Dvorakova",
                "Klara Dvorakova",
                "told",
                at="Klara Dvorakova, later told",
                via=(("CTK", "told"),),
                classes=("uninformative_outlet",),
            ),
            Q(
                "Prague \u201cmust show sincerity\u201d if it wanted the flights back",
                "Zhou Liang",
                "Zhou Liang",
                "quoted",
                at="quoted spokesman Zhou Liang",
                via=(("Global Times", "reported_by"),),
                classes=("quoted_as_saying",),
            ),
            Q(
                "the company was losing bookings every week",
                "Pavel Sedlak",
                "Pavel Sedlak",
                at="Pavel Sedlak, said",
                classes=("agreed_control",),
            ),
            Q(
                "Chinese visitor numbers had fallen by two-thirds",
                "Martina Hruba",
                "Martina Hruba",
                "saying",
                at="Martina Hruba, who heads the Czech tourism board, agreed, saying",
                classes=("agreed_control",),
            ),
            Q(
                "the route was worth \u20ac90 million a year to the Czech economy",
                "Sedlak",
                "Pavel Sedlak",
                "argue",
                at="Sedlak cited figures from the tourism board to argue",
                classes=("cited_data_control",),
            ),
            Q(
                "the visit had \u201cseriously damaged\u201d relations",
                "Chinese state media",
                "Chinese state media",
                "reported",
                classes=("state_media_reported",),
            ),
            Q(
                "the two sides were \u201cfurther apart than they admit.\u201d",
                "A European diplomat in Beijing",
                "a European diplomat in Beijing",
                "told",
                at="A European diplomat in Beijing, speaking on condition of anonymity, told",
                anonymous=True,
                via=(("Meridian", "told"),),
                classes=("told_own_agency",),
            ),
        ],
        {
            "Klara Dvorakova": ["Its spokeswoman"],
            "Zhou Liang": ["spokesman"],
            "Pavel Sedlak": ["The chief executive of the carrier Bohemia Air"],
            "Martina Hruba": ["who heads the Czech tourism board"],
        },
    ),
    A(
        "c5-hospital-wire",
        "wire",
        ("agency_quoted", "told_agency", "interview_with"),
        "NAIROBI (Reuters) \u2014 Kenya's health ministry said on Friday it would recruit 3,000 nurses on "
        "short contracts to ease a staffing crisis at county hospitals, after a strike by doctors entered its "
        "third week.\n\n"
        "The state-run Kenya News Agency quoted Health Cabinet Secretary Amina Wafula as saying the contracts "
        "would be funded from an emergency allocation approved by parliament in November.\n\n"
        "Doctors' union leader Samuel Otieno told Reuters the plan would not end the strike. \u201cNurses "
        "cannot do a surgeon's job,\u201d he said. \u201cThe government knows this.\u201d\n\n"
        "Hospital managers in three counties said clinics were turning patients away. \u201cWe have one "
        "doctor for a ward of eighty,\u201d Grace Mwangi, who runs the county hospital in Kakamega, said in an "
        "interview with the Daily Nation.\n\n"
        "Wafula accused the union of holding patients hostage, and Otieno replied to Wafula's claim that the "
        "strike was political, saying doctors had not been paid for four months.\n\n"
        "The Kenya Medical Association, which represents private practitioners, said in a statement to the "
        "Nairobi Securities Exchange-listed hospital groups that members would not cross picket lines.\n\n"
        "President William Kariuki told a rally in Eldoret on Thursday that the government would \u201cnot be "
        "blackmailed,\u201d according to a video of the speech shared by his office.\n\n"
        "The Standard newspaper reported on Friday, citing a draft agreement it had seen, that the treasury had "
        "offered to clear half of the pay arrears by January. A treasury official, who asked not to be named, "
        "confirmed the offer to Reuters.\n\n"
        "The strike has closed outpatient clinics in at least twenty of the country's forty-seven counties.",
        [
            Q(
                "it would recruit 3,000 nurses on short contracts to ease a staffing crisis at county hospitals",
                "Kenya's health ministry",
                "health ministry",
                classes=("agency_said",),
            ),
            Q(
                "the contracts would be funded from an emergency allocation approved by parliament in November",
                "Amina Wafula",
                "Amina Wafula",
                "quoted",
                at="quoted Health Cabinet Secretary Amina Wafula",
                via=(("Kenya News Agency", "reported_by"),),
                classes=("quoted_as_saying",),
            ),
            Q(
                "the plan would not end the strike",
                "Samuel Otieno",
                "Samuel Otieno",
                "told",
                via=(("Reuters", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                ("\u201cNurses cannot do a surgeon's job,\u201d", "\u201cThe government knows this.\u201d"),
                "he",
                "Samuel Otieno",
                via=(("Reuters", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "\u201cWe have one doctor for a ward of eighty,\u201d",
                "Grace Mwangi",
                "Grace Mwangi",
                at="Grace Mwangi, who runs the county hospital in Kakamega, said",
                via=(("Daily Nation", "interview"),),
                classes=("interview_with",),
            ),
            Q(
                "doctors had not been paid for four months",
                "Otieno",
                "Samuel Otieno",
                "saying",
                at="Otieno replied to Wafula's claim that the strike was political, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "the government would \u201cnot be blackmailed,\u201d",
                "President William Kariuki",
                "William Kariuki",
                "told",
                at="President William Kariuki told",
                classes=("told_rally_control",),
            ),
            Q(
                "the treasury had offered to clear half of the pay arrears by January",
                "The Standard newspaper",
                "Standard",
                "reported",
                at="The Standard newspaper reported",
                classes=("citing_document_control",),
            ),
        ],
        {
            "Amina Wafula": ["Health Cabinet Secretary"],
            "Samuel Otieno": ["Doctors' union leader"],
            "Grace Mwangi": ["who runs the county hospital in Kakamega"],
            "William Kariuki": ["President"],
        },
    ),
    A(
        "c5-festival-sponsor",
        "culture",
        ("told_after_claim", "via_credit", "speaking_to"),
        "Music festival loses headline sponsor after line-up row\n\n"
        "The Kessel Valley music festival has lost its main sponsor, the brewer Halden & Co, days after its "
        "organisers were accused of dropping a band over its political views.\n\n"
        "The brewer had decided the partnership \u201cno longer reflects our values,\u201d its marketing "
        "director, Fiona Lachlan, told the Kessel Courier on Friday. The company would honour existing "
        "contracts with suppliers, she said.\n\n"
        "The band, Static Orchard, said on its own website that it had been removed from the bill two weeks "
        "after posting support for a local protest. Its singer, Joel Ambrose, went further speaking to NME. "
        "\u201cWe were dropped for having an opinion,\u201d he said.\n\n"
        "Festival director Carys Pennant denied that, saying the band had been moved because of a scheduling "
        "clash. \u201cWe book hundreds of acts, and we have never asked any of them how they vote,\u201d "
        "Pennant told BBC Radio Wales's Good Morning Wales programme.\n\n"
        "The row began when the music blog Loudhaler published screenshots of messages between the festival "
        "and the band's management. Pennant said Loudhaler's reporting had prompted her to publish the full "
        "correspondence.\n\n"
        "A second sponsor, the cider maker Orchardine, said it was \u201creviewing its position\u201d. The "
        "company's founder, Ruth Abara, said in a post on Instagram that she would wait for the facts. "
        "Festivalgoers were more divided. \u201cI just want to hear good music,\u201d said ticket holder Imran "
        "Sayed, 24.\n\n"
        "Lachlan later said in an interview with the Western Mail that Halden would sponsor smaller events in "
        "the valley instead. (via Music Week)",
        [
            Q(
                "The brewer had decided the partnership \u201cno longer reflects our values,\u201d",
                "Fiona Lachlan",
                "Fiona Lachlan",
                "told",
                at="Fiona Lachlan, told",
                via=(("Kessel Courier", "told"),),
                classes=("told_after_claim",),
            ),
            Q(
                "The company would honour existing contracts with suppliers",
                "she",
                "Fiona Lachlan",
                classes=("new_report",),
            ),
            Q(
                "it had been removed from the bill two weeks after posting support for a local protest",
                "Static Orchard",
                "Static Orchard",
                at="Static Orchard, said",
                classes=("own_website",),
            ),
            Q(
                "\u201cWe were dropped for having an opinion,\u201d",
                "he",
                "Joel Ambrose",
                via=(("NME", "interview"),),
                classes=("speaking_to", "frame_carryover"),
            ),
            Q(
                "the band had been moved because of a scheduling clash",
                "Carys Pennant",
                "Carys Pennant",
                "saying",
                at="Carys Pennant denied that, saying",
                classes=("control",),
            ),
            Q(
                "\u201cWe book hundreds of acts, and we have never asked any of them how they vote,\u201d",
                "Pennant",
                "Carys Pennant",
                "told",
                via=(("BBC Radio Wales", "told"),),
                classes=("programme_before_channel",),
            ),
            Q(
                "Loudhaler's reporting had prompted her to publish the full correspondence",
                "Pennant",
                "Carys Pennant",
                classes=("reporting_prompted_control",),
            ),
            Q(
                "she would wait for the facts",
                "Ruth Abara",
                "Ruth Abara",
                at="Ruth Abara, said",
                classes=("platform_post_control",),
            ),
            Q(
                "\u201cI just want to hear good music,\u201d",
                "Imran Sayed",
                "Imran Sayed",
                at="said ticket holder Imran Sayed",
                classes=("control",),
            ),
            Q(
                "Halden would sponsor smaller events in the valley instead",
                "Lachlan",
                "Fiona Lachlan",
                at="Lachlan later said",
                via=(("Western Mail", "interview"), ("Music Week", "reported_by")),
                classes=("via_credit", "interview_with"),
            ),
        ],
        {
            "Fiona Lachlan": ["its marketing director"],
            "Joel Ambrose": ["Its singer"],
            "Carys Pennant": ["Festival director"],
            "Ruth Abara": ["The company's founder"],
            "Imran Sayed": ["ticket holder"],
        },
    ),
]
