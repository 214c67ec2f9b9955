"""The third unseen chains set, part three: wire copy, deleted posts, hearings, e-mails and two-source controls.

Every name, place, outlet and event is invented. See ``chains_unseen3_articles.py`` and ``make_chains_unseen3.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c3-wire-afp-dam",
        "wire",
        ("told_own_agency", "agency_said", "spokesman_told", "two_people_later"),
        "KAMPALA, Sept 2 (AFP) — Engineers have found cracks in the spillway of the Nyabera dam, Uganda's second "
        "largest, and water levels will be lowered as a precaution, an energy ministry official told AFP on "
        "Monday.\n\n"
        "“The cracks are not dangerous today, but they could become dangerous in the rainy season,” the "
        "official said, asking not to be named because he was not authorised to speak to the media.\n\n"
        "The dam's operator, Nile Crest Power, confirmed that an inspection had taken place but said it had "
        "“full confidence in the structure”.\n\n"
        "A spokesman for the operator, Brian Okello, told AFP by telephone that lowering the reservoir would cut "
        "output by about a fifth for several weeks. “Customers may see more outages in the evening,” he said.\n\n"
        "Two engineers who took part in the inspection told AFP the cracks had first been reported in 2023 but "
        "were never repaired. The ministry had been sent photographs at the time, the engineers said.\n\n"
        "Energy Minister Ruth Nankya was not available for comment, the agency said.\n\n"
        "Fishing communities below the dam have been told to move their boats away from the outflow. "
        "“Nobody has explained anything to us,” said Moses Kato, who leads a fishing cooperative in the town of "
        "Buvuma Landing. “We hear it on the radio like everyone else.”\n\n"
        "The dam was completed in 2018 with Chinese loans and supplies about a quarter of the country's "
        "electricity. Its builder, a state-owned Chinese firm, did not respond to questions sent by email.\n\n"
        "Uganda has suffered rolling power cuts since June because of low rainfall in the west of the country, "
        "and the government has promised new solar plants to make up the shortfall by 2027.",
        [
            Q(
                "Engineers have found cracks in the spillway of the Nyabera dam, Uganda's second largest, and water "
                "levels will be lowered as a precaution",
                "an energy ministry official",
                "an energy ministry official",
                "told",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                "“The cracks are not dangerous today, but they could become dangerous in the rainy season,”",
                "the official",
                "an energy ministry official",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=("two_people_later", "frame_carryover"),
            ),
            Q(
                "it had “full confidence in the structure”",
                "Nile Crest Power",
                "Nile Crest Power",
                at="Nile Crest Power, confirmed that an inspection had taken place but said",
                classes=("control",),
            ),
            Q(
                "lowering the reservoir would cut output by about a fifth for several weeks",
                "Brian Okello",
                "Brian Okello",
                "told",
                at="Brian Okello, told",
                via=(("AFP", "told"),),
                classes=("spokesman_told",),
            ),
            Q(
                "“Customers may see more outages in the evening,”",
                "he",
                "Brian Okello",
                via=(("AFP", "told"),),
                classes=("spokesman_told", "frame_carryover"),
            ),
            Q(
                "the cracks had first been reported in 2023 but were never repaired",
                "Two engineers who took part in the inspection",
                "two engineers who took part in the inspection",
                "told",
                at="Two engineers who took part in the inspection told",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                "The ministry had been sent photographs at the time",
                "the engineers",
                "two engineers who took part in the inspection",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=("two_people_later",),
            ),
            Q(
                "Energy Minister Ruth Nankya was not available for comment",
                "the agency",
                "AFP",
                classes=("agency_said",),
            ),
            Q(
                ("“Nobody has explained anything to us,”", "“We hear it on the radio like everyone else.”"),
                "Moses Kato",
                "Moses Kato",
                classes=("control",),
            ),
        ],
        titles={"Brian Okello": ["A spokesman for the operator"]},
    ),
    A(
        "c3-deleted-post",
        "local",
        ("post_captured", "post_quoted", "video_control", "email_seen", "voice_message"),
        "A city councillor in Harwick has apologised for a social media post about homeless people that she "
        "deleted within an hour of publishing it.\n\n"
        "Councillor Tessa Grange wrote that rough sleepers in the town centre were “a choice, not a crisis”, "
        "according to a screenshot of the post captured by the Harwick Echo before it was taken down.\n\n"
        "In a video posted to her own Facebook page on Tuesday, Grange said she had written the post “in anger, "
        "after a bad day” and that it did not reflect her views.\n\n"
        "The council's leader, Sam Whitfield, wrote in an email to councillors, which was seen by the Echo, "
        "that the post had “caused real hurt” and that he had asked Grange to meet homeless charities.\n\n"
        "The chief executive of the Harwick Night Shelter, Priya Das, said she would accept the invitation. "
        "“I would rather talk to her than about her,” Das told the Echo.\n\n"
        "Another councillor, Graham Steel, defended Grange in a voice message shared with the Echo, saying "
        "that “everyone has said something stupid on a Monday night”.\n\n"
        "The opposition group said in a statement that Grange should step down from the housing committee. "
        "Its leader, Rachel Ames, said the apology had come “only after the screenshots spread”. Steel "
        "disagreed with Ames, saying the apology was sincere.\n\n"
        "Grange's original post was shared more than 2,000 times before she deleted it, according to the Echo's "
        "analysis of the screenshots.\n\n"
        "The town counted 64 people sleeping rough in its most recent survey in November, up from 41 a year "
        "earlier. The night shelter has 30 beds and says it turns people away most nights in winter.",
        [
            Q(
                "rough sleepers in the town centre were “a choice, not a crisis”",
                "Councillor Tessa Grange",
                "Tessa Grange",
                "wrote",
                how="wrote",
                via=(("Harwick Echo", "reported_by"),),
                classes=("post_captured",),
            ),
            Q(
                "she had written the post “in anger, after a bad day” and that it did not reflect her views",
                "Grange",
                "Tessa Grange",
                classes=("video_control",),
            ),
            Q(
                "the post had “caused real hurt” and that he had asked Grange to meet homeless charities",
                "Sam Whitfield",
                "Sam Whitfield",
                "wrote",
                at="Sam Whitfield, wrote",
                how="wrote",
                via=(("Harwick Echo", "reported_by"),),
                classes=("email_seen",),
            ),
            Q(
                "she would accept the invitation",
                "Priya Das",
                "Priya Das",
                at="Priya Das, said",
                classes=("control",),
            ),
            Q(
                "“I would rather talk to her than about her,”",
                "Das",
                "Priya Das",
                "told",
                via=(("Harwick Echo", "told"),),
                classes=("told_own_outlet",),
            ),
            Q(
                "“everyone has said something stupid on a Monday night”",
                "Graham Steel",
                "Graham Steel",
                "saying",
                at="Graham Steel, defended Grange in a voice message shared with the Echo, saying",
                via=(("Harwick Echo", "reported_by"),),
                classes=("voice_message",),
            ),
            Q(
                "Grange should step down from the housing committee",
                "The opposition group",
                "opposition group",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the apology had come “only after the screenshots spread”",
                "Rachel Ames",
                "Rachel Ames",
                at="Rachel Ames, said",
                classes=("control",),
            ),
            Q(
                "the apology was sincere",
                "Steel",
                "Graham Steel",
                "saying",
                at="Steel disagreed with Ames, saying",
                classes=("agreed_control",),
            ),
        ],
        titles={
            "Tessa Grange": ["Councillor"],
            "Sam Whitfield": ["The council's leader"],
            "Priya Das": ["The chief executive of the Harwick Night Shelter"],
            "Graham Steel": ["Another councillor"],
            "Rachel Ames": ["Its leader"],
        },
    ),
    A(
        "c3-inquiry-hearing",
        "local",
        ("transcript_released", "testimony_quoted", "prosecutors_defence", "echoing_control"),
        "The former head of the Redmere water board knew about contamination at the Ashford reservoir three "
        "weeks before the public was warned, according to evidence given to a public inquiry.\n\n"
        "According to a transcript of Tuesday's closed session released by the inquiry, Gordon Pike told "
        "the panel that he had been “told to wait for the lab results” by the board's legal department.\n\n"
        "Counsel to the inquiry, Miriam Cole, said Pike's account was contradicted by his own emails; Pike's "
        "lawyer, David Ennis, said the emails had been taken out of context.\n\n"
        "The inquiry's chair, Sir Robert Lane, said he would decide next week whether to call the legal "
        "department's head. Echoing Lane, Cole said the panel needed “every voice in that building”.\n\n"
        "Residents who fell ill have been following the hearings. “We boiled our water for a month for "
        "nothing,” said Fiona Marsh, whose two children were treated in hospital. “They knew.”\n\n"
        "The board's current chief executive, Anita Shah, told the Redmere Gazette in an interview published "
        "on Wednesday that she had ordered an independent review of every reservoir. “I will not defend "
        "what happened,” she told the paper.\n\n"
        "A board engineer who gave evidence anonymously was quoted by the inquiry's published summary as "
        "saying that staff had been “discouraged from writing things down”.\n\n"
        "The inquiry is due to report in the spring. The board has already paid 4.2 million pounds in "
        "compensation to about 900 households, and the regulator is considering a further fine. Most of the "
        "affected homes are in the villages of Ashford Green and Little Brook, downstream of the reservoir.",
        [
            Q(
                "he had been “told to wait for the lab results” by the board's legal department",
                "Gordon Pike",
                "Gordon Pike",
                "told",
                via=(("panel", "told"), ("inquiry", "reported_by")),
                classes=("transcript_released",),
            ),
            Q(
                "Pike's account was contradicted by his own emails",
                "Miriam Cole",
                "Miriam Cole",
                at="Miriam Cole, said",
                classes=("prosecutors_defence",),
            ),
            Q(
                "the emails had been taken out of context",
                "David Ennis",
                "David Ennis",
                at="David Ennis, said",
                classes=("prosecutors_defence",),
            ),
            Q(
                "he would decide next week whether to call the legal department's head",
                "Sir Robert Lane",
                "Robert Lane",
                at="Sir Robert Lane, said",
                classes=("control",),
            ),
            Q(
                "the panel needed “every voice in that building”",
                "Cole",
                "Miriam Cole",
                at="Cole said",
                classes=("echoing_control",),
            ),
            Q(
                ("“We boiled our water for a month for nothing,”", "“They knew.”"),
                "Fiona Marsh",
                "Fiona Marsh",
                classes=("control",),
            ),
            Q(
                "she had ordered an independent review of every reservoir",
                "Anita Shah",
                "Anita Shah",
                "told",
                at="Anita Shah, told",
                via=(("Redmere Gazette", "interview"),),
                classes=("interview_published",),
            ),
            Q(
                "“I will not defend what happened,”",
                "she",
                "Anita Shah",
                "told",
                via=(("Redmere Gazette", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "staff had been “discouraged from writing things down”",
                "A board engineer who gave evidence anonymously",
                "a board engineer who gave evidence anonymously",
                "saying",
                at="A board engineer who gave evidence anonymously was quoted by the inquiry's published summary as "
                "saying",
                via=(("inquiry", "reported_by"),),
                anonymous=True,
                classes=("testimony_quoted",),
            ),
        ],
        titles={
            "Miriam Cole": ["Counsel to the inquiry"],
            "David Ennis": ["Pike's lawyer"],
            "Robert Lane": ["The inquiry's chair"],
            "Anita Shah": ["The board's current chief executive"],
        },
    ),
    A(
        "c3-union-vote",
        "local",
        ("as_did", "agreed_control", "prosecutors_defence", "responding_control", "told_person_control"),
        "Bus drivers in Cranford voted on Friday to strike for three days next month after talks over pay and "
        "rest breaks broke down.\n\n"
        "The union's branch secretary, Kevin Doyle, said 82 percent of members who voted had backed the "
        "strike, as did the branch chair, Maria Lopes. “Our members are tired of being told to be patient,” "
        "Doyle said.\n\n"
        "The bus company said the union's demands would add 6 million pounds a year to its costs; the union "
        "argued that the company had paid its shareholders more than that last year.\n\n"
        "Responding to Doyle, the company's operations director, Helen Marsh, said the offer on the table was "
        "“the best in the region”. Her deputy, Ian Pryor, agreed with Marsh and said the company would run a "
        "reduced timetable on strike days.\n\n"
        "Doyle told members at the meeting that the company had “one week to come back with something real”. "
        "Several drivers cheered.\n\n"
        "Commuters were less enthusiastic. “I understand why they are doing it, but I will lose three days' "
        "pay,” said Chloe Banks, a care worker who takes two buses to work. Her neighbour, Tom Reed, said he "
        "would cycle.\n\n"
        "The city council's transport spokesman, Ahmed Rafiq, said the council had no power to intervene but "
        "urged both sides to keep talking. Councillor Joan Price said the same, adding that the council would "
        "publish the replacement routes on its website.\n\n"
        "The company's chief executive wrote to drivers on Thursday, warning that a strike could cost the "
        "company a contract it is bidding for in the neighbouring county. The union called the letter “a "
        "threat dressed up as a warning”.\n\n"
        "The last bus strike in Cranford, in 2019, lasted two days and ended with a pay rise of 4 percent.",
        [
            Q(
                "82 percent of members who voted had backed the strike",
                "Kevin Doyle",
                "Kevin Doyle",
                at="Kevin Doyle, said",
                classes=("as_did",),
            ),
            Q("“Our members are tired of being told to be patient,”", "Doyle", "Kevin Doyle", classes=("control",)),
            Q(
                "the union's demands would add 6 million pounds a year to its costs",
                "The bus company",
                "bus company",
                classes=("prosecutors_defence",),
            ),
            Q(
                "the company had paid its shareholders more than that last year",
                "the union",
                "union",
                "argued",
                classes=("prosecutors_defence",),
            ),
            Q(
                "the offer on the table was “the best in the region”",
                "Helen Marsh",
                "Helen Marsh",
                at="Helen Marsh, said",
                classes=("responding_control",),
            ),
            Q(
                "the company would run a reduced timetable on strike days",
                "Ian Pryor",
                "Ian Pryor",
                at="Ian Pryor, agreed with Marsh and said",
                classes=("agreed_control",),
            ),
            Q(
                "the company had “one week to come back with something real”",
                "Doyle",
                "Kevin Doyle",
                "told",
                classes=("told_person_control",),
            ),
            Q(
                "“I understand why they are doing it, but I will lose three days' pay,”",
                "Chloe Banks",
                "Chloe Banks",
                classes=("control",),
            ),
            Q("he would cycle", "Tom Reed", "Tom Reed", at="Tom Reed, said", classes=("control",)),
            Q(
                "the council had no power to intervene",
                "Ahmed Rafiq",
                "Ahmed Rafiq",
                at="Ahmed Rafiq, said",
                classes=("control",),
            ),
            Q(
                "the council would publish the replacement routes on its website",
                "Councillor Joan Price",
                "Joan Price",
                "adding",
                at="Councillor Joan Price said the same, adding",
                classes=("as_did",),
            ),
        ],
        titles={
            "Kevin Doyle": ["The union's branch secretary"],
            "Helen Marsh": ["the company's operations director"],
            "Ian Pryor": ["Her deputy"],
            "Chloe Banks": ["a care worker who takes two buses to work"],
            "Ahmed Rafiq": ["The city council's transport spokesman"],
            "Joan Price": ["Councillor"],
        },
    ),
    A(
        "c3-singer-lawyer",
        "local",
        ("statement_read_out", "quoted_as_telling", "podcast_interview", "remarks_broadcast", "as_did"),
        "The singer Marisa Vell has been cleared of assaulting a photographer outside a nightclub in Calder "
        "last year, after a trial that drew crowds of fans to the town's magistrates' court.\n\n"
        "Vell did not speak in court. In a statement read out by her lawyer, Jonathan Pierce, outside the "
        "building, she said she was “relieved, exhausted and grateful to the jury”. Pierce said his client "
        "would not comment further.\n\n"
        "The photographer, Dean Foley, told the Calder Mercury that he was “disappointed but not surprised”. "
        "“Famous people get a different kind of justice,” he said.\n\n"
        "The prosecution said Foley had been pushed to the ground and had needed stitches; the defence said he "
        "had tripped over his own equipment. Two witnesses backed the defence account, as did footage from a "
        "doorbell camera.\n\n"
        "The entertainment magazine Glare quoted Vell's manager, Rosie Hart, as telling staff that the singer "
        "would “take a long holiday and then go back on tour”.\n\n"
        "Speaking on the podcast Backstage Pass, which was recorded before the verdict, Vell's former "
        "bandmate Lee Conway said he had never seen her lose her temper. “She is the calmest person I know,” "
        "he said.\n\n"
        "In remarks broadcast by the local radio station Calder FM, the nightclub's owner, Stuart Mills, said "
        "his staff had called the police within minutes.\n\n"
        "Judge Patricia Noon told the jury that fame was “neither a reason to convict nor a reason to "
        "acquit”. The jury took under three hours to reach its verdict.\n\n"
        "Vell's tour, which was postponed when she was charged, is now expected to resume in the spring. "
        "Tickets for the rescheduled dates will be honoured, her record label said on its website.\n\n"
        "Foley said he was considering a civil claim. He has worked as a freelance photographer in the town "
        "for twelve years.",
        [
            Q(
                "she was “relieved, exhausted and grateful to the jury”",
                "she",
                "Marisa Vell",
                at="she said",
                how="statement",
                via=(("Jonathan Pierce", "reported_by"),),
                classes=("statement_read_out",),
            ),
            Q(
                "his client would not comment further",
                "Pierce",
                "Jonathan Pierce",
                classes=("control",),
            ),
            Q(
                "he was “disappointed but not surprised”",
                "Dean Foley",
                "Dean Foley",
                "told",
                at="Dean Foley, told",
                via=(("Calder Mercury", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "“Famous people get a different kind of justice,”",
                "he",
                "Dean Foley",
                via=(("Calder Mercury", "told"),),
                classes=("frame_carryover",),
            ),
            Q(
                "Foley had been pushed to the ground and had needed stitches",
                "The prosecution",
                "prosecution",
                classes=("prosecutors_defence",),
            ),
            Q(
                "he had tripped over his own equipment",
                "the defence",
                "defence",
                classes=("prosecutors_defence",),
            ),
            Q(
                "the singer would “take a long holiday and then go back on tour”",
                "Rosie Hart",
                "Rosie Hart",
                "telling",
                at="Rosie Hart, as telling",
                via=(("Glare", "reported_by"),),
                classes=("quoted_as_telling",),
            ),
            Q(
                "he had never seen her lose her temper",
                "Lee Conway",
                "Lee Conway",
                via=(("Backstage Pass", "interview"),),
                classes=("podcast_interview",),
            ),
            Q(
                "“She is the calmest person I know,”",
                "he",
                "Lee Conway",
                via=(("Backstage Pass", "interview"),),
                classes=("podcast_interview", "frame_carryover"),
            ),
            Q(
                "his staff had called the police within minutes",
                "Stuart Mills",
                "Stuart Mills",
                at="Stuart Mills, said",
                via=(("Calder FM", "reported_by"),),
                classes=("remarks_broadcast",),
            ),
            Q(
                "fame was “neither a reason to convict nor a reason to acquit”",
                "Judge Patricia Noon",
                "Patricia Noon",
                "told",
                classes=("told_person_control",),
            ),
            Q("he was considering a civil claim", "Foley", "Dean Foley", classes=("control",)),
        ],
        titles={
            "Marisa Vell": ["The singer"],
            "Jonathan Pierce": ["her lawyer"],
            "Dean Foley": ["The photographer"],
            "Rosie Hart": ["Vell's manager"],
            "Lee Conway": ["Vell's former bandmate"],
            "Stuart Mills": ["the nightclub's owner"],
            "Patricia Noon": ["Judge"],
        },
    ),
]
