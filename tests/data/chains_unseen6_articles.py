"""Articles 1-7 of the sixth unseen chains set (``make_chains_unseen6.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c6-charge-sheet",
        style="local",
        classes=("court_document",),
        text="""Haulage boss accused of ordering drivers to fake logbooks, charge sheet says

By Nadia Okonjo

BRENTHAM — The owner of a haulage firm pressed his drivers to work through the night and to hide it from \
inspectors, according to a charge sheet filed at Brentham Magistrates' Court on Monday.

Gideon Farrow, 52, who runs Farrow Freight from a yard outside the town, faces seven counts of falsifying \
driving records. Prosecutors said in court papers that the scheme had run for almost three years and involved at \
least four drivers.

According to the charge sheet, Farrow told one driver in a text message that "nobody checks the night runs anyway."

Farrow's solicitor, Helen Ashdown, said her client would deny every charge. "Mr Farrow has run a clean business \
for twenty years and he will say so in court," she told reporters outside the building.

The case was opened after a lorry owned by the firm overturned on the Brentham bypass last spring. A police \
report included in the court papers says the driver, Len Tobin, told officers at the scene that he had been at \
the wheel for fourteen hours.

"I was told to keep going or lose the contract," Tobin said in a written statement, according to the court papers.

The county's road safety officer, Priya Sandhu, said the case showed how thin enforcement had become. "We have \
two inspectors for the whole county," she said. "Firms know that."

Farrow was released on bail and will appear at the Crown Court next month. The charge sheet says the prosecution \
will rely on phone records and on the evidence of three former employees.

One of those employees, who asked not to be named because she still works in the industry, told the Brentham \
Courier that she had raised the hours with the office twice. "I said it wasn't safe, and the next week I was \
moved to day shifts," she told the paper.
""",
        quotes=[
            Q(
                "the scheme had run for almost three years and involved at least four drivers",
                "Prosecutors",
                "prosecutors",
                classes=("court_papers_control",),
            ),
            Q(
                '"nobody checks the night runs anyway."',
                "Farrow",
                "Gideon Farrow",
                cue="told",
                how="told",
                via=(("one driver", "told"), ("charge sheet", "reported_by")),
                classes=("according_to_charge_sheet",),
            ),
            Q(
                "her client would deny every charge",
                "Helen Ashdown",
                "Helen Ashdown",
                at="Helen Ashdown, said",
                classes=("control",),
            ),
            Q(
                '"Mr Farrow has run a clean business for twenty years and he will say so in court,"',
                "she",
                "Helen Ashdown",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q(
                "he had been at the wheel for fourteen hours",
                "Len Tobin",
                "Len Tobin",
                cue="told",
                at="Len Tobin, told",
                how="told",
                via=(("officers", "told"), ("police report", "reported_by")),
                classes=("police_report_says",),
            ),
            Q(
                '"I was told to keep going or lose the contract,"',
                "Tobin",
                "Len Tobin",
                how="statement",
                via=(("court papers", "reported_by"),),
                classes=("according_to_court_papers",),
            ),
            Q('"We have two inspectors for the whole county,"', "she", "Priya Sandhu", classes=("control",)),
            Q('"Firms know that."', "she", "Priya Sandhu", classes=("control",)),
            Q(
                "she had raised the hours with the office twice",
                "One of those employees",
                "one of those employees",
                cue="told",
                at="One of those employees, who asked not to be named because she still works in the industry, told",
                via=(("Brentham Courier", "told"),),
                anonymous=True,
                classes=("told_outlet",),
            ),
            Q(
                '"I said it wasn\'t safe, and the next week I was moved to day shifts,"',
                "she",
                "one of those employees",
                cue="told",
                via=(("Brentham Courier", "told"),),
                anonymous=True,
                classes=("told_the_paper",),
            ),
        ],
        titles={"Helen Ashdown": ["Farrow's solicitor"], "Priya Sandhu": ["The county's road safety officer"]},
    ),
    A(
        id="c6-leaked-messages",
        style="wire",
        classes=("leaked_material",),
        text="""Hospital chief dismissed staffing warnings, messages show

The chief executive of a regional hospital trust brushed aside repeated warnings about night staffing on its \
maternity ward, according to internal messages and a recording of a board meeting.

In messages seen by the Carrow Standard, Dr Julian Pettifer told a senior midwife in March that the ward "will \
have to cope like everyone else." In a later exchange, he wrote that extra agency staff were "not in the budget \
and not going to be."

A recording of the April board meeting, obtained by the Standard under the freedom of information law, captures \
the trust's finance director, Olwen Greaves, warning colleagues that the ward was "one bad night away from a \
disaster."

"I want it minuted that I said this," Greaves can be heard saying on the recording.

Documents reviewed by the Standard show that the trust's own risk register rated night cover on the ward as \
"red" for eleven consecutive months.

Pettifer did not respond to requests for comment. In a statement, the trust said it "does not recognise" the \
account and that staffing met national guidance throughout the period.

The Royal College of Midwives said the messages were alarming. "Midwives raised the alarm and were told to \
cope," said its regional officer, Sunita Bhatt. "That is not a safety culture."

The health secretary, Marcus Lyle, said he had asked officials for an urgent briefing. He told the Commons on \
Thursday that he would "not hesitate to act" if the reports were confirmed.

A senior midwife at the trust, who spoke on condition of anonymity, told the Standard that morale had collapsed. \
"People are leaving faster than we can train them," she said. "Nobody upstairs wanted to hear it."

The trust's board will meet in public next week. Greaves, who left the trust in June, declined to comment when \
reached by phone on Friday.
""",
        quotes=[
            Q(
                'the ward "will have to cope like everyone else."',
                "Dr Julian Pettifer",
                "Julian Pettifer",
                cue="told",
                how="wrote",
                via=(("a senior midwife", "told"), ("Carrow Standard", "reported_by")),
                classes=("messages_seen_by",),
            ),
            Q(
                'extra agency staff were "not in the budget and not going to be."',
                "he",
                "Julian Pettifer",
                cue="wrote",
                how="wrote",
                via=(("Carrow Standard", "reported_by"),),
                classes=("frame_carryover",),
            ),
            Q(
                'the ward was "one bad night away from a disaster."',
                "Olwen Greaves",
                "Olwen Greaves",
                cue="warning",
                at="Olwen Greaves, warning",
                via=(("Standard", "reported_by"),),
                classes=("recording_obtained_by",),
            ),
            Q(
                '"I want it minuted that I said this,"',
                "Greaves",
                "Olwen Greaves",
                cue="saying",
                at="Greaves can be heard saying",
                via=(("Standard", "reported_by"),),
                classes=("recording_carryover",),
            ),
            Q(
                'it "does not recognise" the account and that staffing met national guidance throughout the period',
                "the trust",
                "trust",
                how="statement",
                classes=("control",),
            ),
            Q(
                '"Midwives raised the alarm and were told to cope,"',
                "Sunita Bhatt",
                "Sunita Bhatt",
                at="said its regional officer, Sunita Bhatt",
                classes=("control",),
            ),
            Q('"That is not a safety culture."', None, "Sunita Bhatt", cue=None, classes=("control",)),
            Q(
                'he would "not hesitate to act" if the reports were confirmed',
                "He",
                "Marcus Lyle",
                cue="told",
                how="told",
                classes=("told_commons_control",),
            ),
            Q(
                "morale had collapsed",
                "A senior midwife at the trust",
                "a senior midwife at the trust",
                cue="told",
                at="A senior midwife at the trust, who spoke on condition of anonymity, told",
                via=(("Standard", "told"),),
                anonymous=True,
                classes=("told_outlet",),
            ),
            Q(
                '"People are leaving faster than we can train them,"',
                "she",
                "a senior midwife at the trust",
                via=(("Standard", "told"),),
                anonymous=True,
                classes=("told_continued",),
            ),
            Q(
                '"Nobody upstairs wanted to hear it."',
                None,
                "a senior midwife at the trust",
                cue=None,
                via=(("Standard", "told"),),
                anonymous=True,
                classes=("told_continued",),
            ),
        ],
        titles={
            "Julian Pettifer": ["The chief executive of a regional hospital trust"],
            "Olwen Greaves": ["the trust's finance director"],
            "Sunita Bhatt": ["its regional officer"],
            "Marcus Lyle": ["The health secretary"],
        },
    ),
    A(
        id="c6-state-media",
        style="wire",
        classes=("translated_state_media",),
        text="""Beijing warns against new chip curbs as talks stall

BEIJING, March 4 (Tidewire) - China on Tuesday warned that fresh export controls on chipmaking tools would \
"seriously damage" trade ties, as a second round of talks in Geneva ended without an agreement.

The official Xinhua news agency quoted Foreign Minister Ren Jiahui as saying that Beijing would "take all \
necessary measures" to protect its companies. "Pressure will not bring China to the table," Ren was quoted as \
saying.

State broadcaster CCTV quoted Commerce Ministry spokeswoman Lu Ping as saying the ministry had lodged a formal \
protest with the embassy.

The People's Daily, the ruling party's newspaper, said in a commentary that the curbs were "a weapon dressed as \
a regulation." The paper said the measures would hurt chip buyers around the world.

Wang Dexin, a trade researcher at a Shanghai university, told Tidewire that both sides still wanted a deal. \
"Nobody gains from a long fight over machines that take years to build," he said.

A European diplomat in Beijing, who spoke on condition of anonymity because the talks are confidential, said the \
Chinese side had asked for a third round in April.

Separately, the state-run Global Herald quoted an unnamed official at the customs administration as saying that \
inspections of imported memory chips would be "stepped up."

In Seoul, Yonhap news agency quoted Trade Minister Choi Min-seo as telling lawmakers that South Korean firms had \
been given assurances about their plants in China. Choi said the government would keep talking to both sides.

Ren's remarks were the sharpest since the talks began in January. At a regular briefing on Tuesday, ministry \
spokesman Guo Lin declined to say whether Beijing would restrict exports of rare metals in response. "I have \
nothing to add to what the minister said," he told reporters.
""",
        quotes=[
            Q(
                'Beijing would "take all necessary measures" to protect its companies',
                "Foreign Minister Ren Jiahui",
                "Ren Jiahui",
                cue="saying",
                at="Foreign Minister Ren Jiahui as saying",
                via=(("Xinhua", "reported_by"),),
                classes=("agency_quoted_minister",),
            ),
            Q(
                '"Pressure will not bring China to the table,"',
                "Ren",
                "Ren Jiahui",
                cue="quoted",
                at="Ren was quoted",
                via=(("Xinhua", "reported_by"),),
                classes=("was_quoted_as_saying",),
            ),
            Q(
                "the ministry had lodged a formal protest with the embassy",
                "Lu Ping",
                "Lu Ping",
                cue="saying",
                at="Lu Ping as saying",
                via=(("CCTV", "reported_by"),),
                classes=("agency_quoted_spokeswoman",),
            ),
            Q(
                'the curbs were "a weapon dressed as a regulation."',
                "The People's Daily",
                "People's Daily",
                at="The People's Daily, the ruling party's newspaper, said",
                classes=("outlet_own_commentary",),
            ),
            Q(
                "the measures would hurt chip buyers around the world",
                "The paper",
                "People's Daily",
                classes=("control",),
            ),
            Q(
                "both sides still wanted a deal",
                "Wang Dexin",
                "Wang Dexin",
                cue="told",
                at="Wang Dexin, a trade researcher at a Shanghai university, told",
                via=(("Tidewire", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                '"Nobody gains from a long fight over machines that take years to build,"',
                "he",
                "Wang Dexin",
                via=(("Tidewire", "told"),),
                classes=("told_continued",),
            ),
            Q(
                "the Chinese side had asked for a third round in April",
                "A European diplomat in Beijing",
                "a European diplomat in Beijing",
                at=(
                    "A European diplomat in Beijing, who spoke on condition of "
                    "anonymity because the talks are confidential, said"
                ),
                anonymous=True,
                classes=("control",),
            ),
            Q(
                'inspections of imported memory chips would be "stepped up."',
                "an unnamed official at the customs administration",
                "an unnamed official at the customs administration",
                cue="saying",
                at="an unnamed official at the customs administration as saying",
                via=(("Global Herald", "reported_by"),),
                anonymous=True,
                classes=("agency_quoted_unnamed",),
            ),
            Q(
                "South Korean firms had been given assurances about their plants in China",
                "Trade Minister Choi Min-seo",
                "Choi Min-seo",
                cue="telling",
                at="Trade Minister Choi Min-seo as telling",
                how="told",
                via=(("lawmakers", "told"), ("Yonhap", "reported_by")),
                classes=("agency_quoted_telling",),
            ),
            Q("the government would keep talking to both sides", "Choi", "Choi Min-seo", classes=("control",)),
            Q(
                '"I have nothing to add to what the minister said,"',
                "he",
                "Guo Lin",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
        ],
        titles={
            "Ren Jiahui": ["Foreign Minister"],
            "Lu Ping": ["Commerce Ministry spokeswoman"],
            "Wang Dexin": ["a trade researcher at a Shanghai university"],
            "Choi Min-seo": ["Trade Minister"],
            "Guo Lin": ["ministry spokesman"],
        },
    ),
    A(
        id="c6-broadcast",
        style="interview",
        classes=("programme_and_channel",),
        text="""Minister admits flood defence gap as rivers keep rising

The environment minister has admitted that flood defences in three river towns will not be finished before next \
winter, as forecasters warned of more heavy rain this week.

Speaking to Sky News on Sunday, the minister, Harriet Oduya, said the contractor had "run into ground nobody \
expected." She added that crews were working double shifts on the worst stretch.

Oduya confirmed the delay in a later interview with the Weekend Desk programme on Radio Calder. "We are not \
going to pretend the walls will be up by November," she said. "They won't."

Her opposite number, Tom Reaney, told BBC One's Sunday Morning that the government had "known about this since \
the spring." He said residents deserved an apology.

The mayor of Ashby Bridge, Kath Mullins, appeared on the Valley Tonight programme on Channel 7 and said her town \
had been "left to bail out with buckets." On the same programme, the chair of the local flood group, Desmond \
Ayres, said sandbags had arrived two days late.

At a press conference broadcast live by several channels, the chief forecaster, Amrit Sethi, said another 60 \
millimetres of rain could fall on saturated ground by Wednesday.

In a brief interview with the Calder Valley Post, the contractor's managing director, Simon Kettering, blamed \
old survey maps. "The drawings we were given were forty years out of date," he said. "We found clay where there \
should have been rock."

Residents in the lowest streets have been told to move valuables upstairs. "We've done this four times in ten \
years," said Maureen Platt, 71, who has lived on Mill Lane since 1979.
""",
        quotes=[
            Q(
                'the contractor had "run into ground nobody expected."',
                "Harriet Oduya",
                "Harriet Oduya",
                at="Harriet Oduya, said",
                via=(("Sky News", "interview"),),
                classes=("speaking_to_appositive",),
            ),
            Q(
                "crews were working double shifts on the worst stretch",
                "She",
                "Harriet Oduya",
                cue="added",
                via=(("Sky News", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                '"We are not going to pretend the walls will be up by November,"',
                "she",
                "Harriet Oduya",
                via=(("Radio Calder", "interview"),),
                classes=("frame_without_claim",),
            ),
            Q(
                '"They won\'t."',
                None,
                "Harriet Oduya",
                cue=None,
                via=(("Radio Calder", "interview"),),
                classes=("frame_without_claim",),
            ),
            Q(
                'the government had "known about this since the spring."',
                "Tom Reaney",
                "Tom Reaney",
                cue="told",
                at="Tom Reaney, told",
                via=(("BBC One", "told"),),
                classes=("programme_after_channel",),
            ),
            Q("residents deserved an apology", "He", "Tom Reaney", classes=("new_report",)),
            Q(
                'her town had been "left to bail out with buckets."',
                "Kath Mullins",
                "Kath Mullins",
                at="Kath Mullins, appeared on the Valley Tonight programme on Channel 7 and said",
                via=(("Channel 7", "interview"),),
                classes=("appeared_on_programme",),
            ),
            Q(
                "sandbags had arrived two days late",
                "Desmond Ayres",
                "Desmond Ayres",
                at="Desmond Ayres, said",
                via=(("Channel 7", "interview"),),
                classes=("same_programme",),
            ),
            Q(
                "another 60 millimetres of rain could fall on saturated ground by Wednesday",
                "Amrit Sethi",
                "Amrit Sethi",
                at="Amrit Sethi, said",
                classes=("press_conference_control",),
            ),
            Q(
                '"The drawings we were given were forty years out of date,"',
                "he",
                "Simon Kettering",
                via=(("Calder Valley Post", "interview"),),
                classes=("frame_without_claim",),
            ),
            Q(
                '"We found clay where there should have been rock."',
                None,
                "Simon Kettering",
                cue=None,
                via=(("Calder Valley Post", "interview"),),
                classes=("frame_without_claim",),
            ),
            Q(
                '"We\'ve done this four times in ten years,"',
                "Maureen Platt",
                "Maureen Platt",
                at="said Maureen Platt",
                classes=("control",),
            ),
        ],
        titles={
            "Harriet Oduya": ["The environment minister", "the minister"],
            "Tom Reaney": ["Her opposite number"],
            "Kath Mullins": ["The mayor of Ashby Bridge"],
            "Desmond Ayres": ["the chair of the local flood group"],
            "Amrit Sethi": ["the chief forecaster"],
            "Simon Kettering": ["the contractor's managing director"],
        },
    ),
    A(
        id="c6-wire-local",
        style="wire",
        classes=("wire_relays_local_paper",),
        text="""Ranch town sheriff says missing hikers were warned about storm

MEADOW FORK, Wyo. (AP) — The sheriff of a remote Wyoming county said two hikers missing since Saturday had been \
warned about an approaching snowstorm before they set out.

Sheriff Dale Brunner told the local Fork Valley Roundup that a ranger had spoken to the pair at the trailhead. \
"They were told, plainly, that the pass would close," Brunner told the weekly newspaper, according to a \
transcript of the interview posted on its website.

Search crews resumed work on Tuesday morning after high winds grounded a helicopter for most of Monday, the \
county said in a statement.

The hikers' families identified them as Corinne Vail, 29, and Mateo Sandoval, 31, both of Denver. Vail's father, \
Arthur Vail, told KQFX-TV that his daughter was an experienced climber. "She has done harder routes than this in \
worse weather," he said.

A volunteer with the county search and rescue team, Ben Lutz, said temperatures at the pass had fallen to minus \
20 overnight. He told The Associated Press that the team had found a tent and two backpacks about a mile below \
the ridge.

According to the Wind River Tribune, which first reported the ranger's warning, the pair had planned a three-day \
loop. The paper cited a permit filed with the forest service.

The ranger, who was not named, told investigators that the hikers had "seemed confident," the sheriff's office \
said in a later update.

Governor Lena Marsh said in a post on X that state resources were available to the county. A spokeswoman for the \
forest service, Amy Holt, said no other hikers had registered for the route since Friday.
""",
        quotes=[
            Q(
                "a ranger had spoken to the pair at the trailhead",
                "Sheriff Dale Brunner",
                "Dale Brunner",
                cue="told",
                via=(("Fork Valley Roundup", "told"),),
                classes=("told_local_paper",),
            ),
            Q(
                '"They were told, plainly, that the pass would close,"',
                "Brunner",
                "Dale Brunner",
                cue="told",
                via=(("Fork Valley Roundup", "told"),),
                classes=("told_the_weekly_transcript",),
            ),
            Q(
                (
                    "Search crews resumed work on Tuesday morning after high "
                    "winds grounded a helicopter for most of Monday"
                ),
                "the county",
                "county",
                how="statement",
                classes=("control",),
            ),
            Q(
                "his daughter was an experienced climber",
                "Arthur Vail",
                "Arthur Vail",
                cue="told",
                at="Arthur Vail, told",
                via=(("KQFX-TV", "told"),),
                classes=("told_call_sign",),
            ),
            Q(
                '"She has done harder routes than this in worse weather,"',
                "he",
                "Arthur Vail",
                via=(("KQFX-TV", "told"),),
                classes=("told_continued",),
            ),
            Q(
                "temperatures at the pass had fallen to minus 20 overnight",
                "Ben Lutz",
                "Ben Lutz",
                at="Ben Lutz, said",
                classes=("control",),
            ),
            Q(
                "the team had found a tent and two backpacks about a mile below the ridge",
                "He",
                "Ben Lutz",
                cue="told",
                via=(("Associated Press", "told"),),
                classes=("told_own_agency",),
            ),
            Q(
                "the pair had planned a three-day loop",
                "the Wind River Tribune",
                "Wind River Tribune",
                cue="According to",
                at="According to the Wind River Tribune",
                how="according_to",
                classes=("according_to_outlet_control",),
            ),
            Q(
                'the hikers had "seemed confident,"',
                "The ranger",
                "the ranger",
                cue="told",
                at="The ranger, who was not named, told",
                how="told",
                via=(("investigators", "told"), ("sheriff's office", "reported_by")),
                anonymous=True,
                classes=("office_relays_told",),
            ),
            Q(
                "state resources were available to the county",
                "Governor Lena Marsh",
                "Lena Marsh",
                how="posted",
                classes=("platform_post_control",),
            ),
            Q(
                "no other hikers had registered for the route since Friday",
                "Amy Holt",
                "Amy Holt",
                at="Amy Holt, said",
                classes=("control",),
            ),
        ],
        titles={
            "Dale Brunner": ["Sheriff"],
            "Arthur Vail": ["Vail's father"],
            "Ben Lutz": ["A volunteer with the county search and rescue team"],
            "Lena Marsh": ["Governor"],
            "Amy Holt": ["A spokeswoman for the forest service"],
        },
    ),
    A(
        id="c6-spokesman-relays",
        style="local",
        classes=("spokesperson_relays_principal",),
        text="""Governor will veto water bill, aide says

The governor has privately decided to veto a bill that would let farms pump more groundwater, according to her \
office, setting up a clash with the legislature's leaders.

Governor Ruth Adeyemi's spokesman, Colin Marsh, said she had told aides on Tuesday that she would not sign the \
bill "in any form." Marsh said the governor believed the measure "hands the aquifer to whoever owns the biggest \
pump."

Senate leader Frank Dowell said he had not been told of any veto. "If she wants to kill it, she can tell me \
herself," Dowell told reporters in the Capitol.

A person close to the governor said she had told friends over the weekend that the bill was "the worst thing on \
my desk this year." The person spoke on condition of anonymity to describe private conversations.

The bill's sponsor, Rep. Alma Quiroga, said the governor had not raised any objection when the two met in \
February. According to Quiroga, Adeyemi said at that meeting that she was "open to a deal on the numbers."

The state farm bureau's president, Hal Winther, said growers would lose a season if the bill failed. "We have \
wells going dry and no way to deepen them," he said.

Marsh later told the Capitol Ledger that the governor would explain her decision in a letter to lawmakers next \
week. He said she remained "willing to sign a narrower bill."

Environmental groups praised the expected veto. Nadine Coles of the Clean Aquifer Alliance said the bill would \
have "drained the valley in a decade." The governor's office did not say when the veto would be announced.
""",
        quotes=[
            Q(
                'she would not sign the bill "in any form."',
                "she",
                "Ruth Adeyemi",
                cue="told",
                at="she had told",
                how="told",
                via=(("aides", "told"), ("Colin Marsh", "reported_by")),
                classes=("spokesman_relays_told",),
            ),
            Q("he had not been told of any veto", "Frank Dowell", "Frank Dowell", classes=("control",)),
            Q(
                '"If she wants to kill it, she can tell me herself,"',
                "Dowell",
                "Frank Dowell",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q(
                'the bill was "the worst thing on my desk this year."',
                "she",
                "Ruth Adeyemi",
                cue="told",
                at="she had told",
                how="told",
                via=(("friends", "told"), ("A person close to the governor", "reported_by")),
                classes=("confidant_relays_told",),
            ),
            Q(
                "the governor had not raised any objection when the two met in February",
                "Alma Quiroga",
                "Alma Quiroga",
                at="Alma Quiroga, said",
                classes=("control",),
            ),
            Q(
                'she was "open to a deal on the numbers."',
                "Adeyemi",
                "Ruth Adeyemi",
                via=(("Alma Quiroga", "reported_by"),),
                classes=("according_to_person_relay",),
            ),
            Q(
                "growers would lose a season if the bill failed",
                "Hal Winther",
                "Hal Winther",
                at="Hal Winther, said",
                classes=("control",),
            ),
            Q('"We have wells going dry and no way to deepen them,"', "he", "Hal Winther", classes=("control",)),
            Q(
                "the governor would explain her decision in a letter to lawmakers next week",
                "Marsh",
                "Colin Marsh",
                cue="told",
                at="Marsh later told",
                via=(("Capitol Ledger", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                'she remained "willing to sign a narrower bill."',
                "He",
                "Colin Marsh",
                classes=("new_report",),
            ),
            Q(
                'the bill would have "drained the valley in a decade."',
                "Nadine Coles",
                "Nadine Coles",
                at="Nadine Coles of the Clean Aquifer Alliance said",
                classes=("control",),
            ),
        ],
        titles={
            "Ruth Adeyemi": ["Governor"],
            "Colin Marsh": ["Governor Ruth Adeyemi's spokesman"],
            "Frank Dowell": ["Senate leader"],
            "Alma Quiroga": ["The bill's sponsor", "Rep."],
            "Hal Winther": ["The state farm bureau's president"],
        },
    ),
    A(
        id="c6-family-relays",
        style="local",
        classes=("family_relays_prisoner",),
        text="""Jailed reporter's family says he is being denied medicine

The family of a journalist held for eight months without trial say his health is failing and that prison staff \
have withheld his heart medication.

Karim Haddad, 47, a reporter for the weekly Rasid, was detained in June after writing about contracts at the \
port authority. His sister, Leila Haddad, said he had told her during a visit last week that he had not received \
his tablets for nineteen days.

"He could barely stand up to hug me," Leila Haddad said in a telephone interview from Amman. "He said the guards \
laugh when he asks."

His wife, Samira, said her husband had told her in a letter smuggled out of the prison that he was sharing a \
cell with eleven men. "I am not afraid, only tired," he wrote in the letter, which she read aloud to reporters.

Haddad's lawyer, Omar Khalil, said prison officials had refused him access to his client's medical file. Khalil \
said he would file a complaint with the prosecutor on Monday.

The prisons authority denied the claims. A spokesman said all detainees received "the care their condition \
requires" and that Haddad had been seen by a doctor twice this month.

Rights group Press Without Borders said it had documented nine journalists held without charge in the country. \
"This is a pattern, not an accident," its regional director, Anne-Sophie Mercier, said in a statement.

In the hospital wing where he was briefly treated in December, a fellow prisoner later told Haddad's brother, \
Yusuf, that Haddad had fainted twice in one night. Yusuf Haddad said the man had asked not to be named for fear \
of punishment.

The next hearing in Haddad's case is set for March 12. His family says they will attend.
""",
        quotes=[
            Q(
                "he had not received his tablets for nineteen days",
                "he",
                "Karim Haddad",
                cue="told",
                at="he had told",
                how="told",
                via=(("Leila Haddad", "told"),),
                classes=("sister_relays_told",),
            ),
            Q(
                '"He could barely stand up to hug me,"',
                "Leila Haddad",
                "Leila Haddad",
                classes=("control",),
            ),
            Q(
                "he was sharing a cell with eleven men",
                "her husband",
                "Karim Haddad",
                cue="told",
                at="her husband had told",
                how="told",
                via=(("Samira", "told"),),
                classes=("wife_relays_letter",),
            ),
            Q(
                '"I am not afraid, only tired,"',
                "he",
                "Karim Haddad",
                cue="wrote",
                how="wrote",
                via=(("Samira", "reported_by"),),
                classes=("letter_read_aloud",),
            ),
            Q(
                "prison officials had refused him access to his client's medical file",
                "Omar Khalil",
                "Omar Khalil",
                at="Omar Khalil, said",
                classes=("control",),
            ),
            Q(
                "he would file a complaint with the prosecutor on Monday",
                "Khalil",
                "Omar Khalil",
                classes=("control",),
            ),
            Q(
                (
                    'all detainees received "the care their condition requires" '
                    "and that Haddad had been seen by a doctor twice this month"
                ),
                "A spokesman",
                "a spokesman",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "it had documented nine journalists held without charge in the country",
                "Press Without Borders",
                "Press Without Borders",
                classes=("control",),
            ),
            Q(
                '"This is a pattern, not an accident,"',
                "Anne-Sophie Mercier",
                "Anne-Sophie Mercier",
                at="Anne-Sophie Mercier, said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "Haddad had fainted twice in one night",
                "a fellow prisoner",
                "a fellow prisoner",
                cue="told",
                at="a fellow prisoner later told",
                how="told",
                anonymous=True,
                classes=("told_person_control",),
            ),
        ],
        titles={
            "Karim Haddad": ["a reporter for the weekly Rasid"],
            "Leila Haddad": ["His sister"],
            "Samira": ["His wife"],
            "Omar Khalil": ["Haddad's lawyer"],
            "Anne-Sophie Mercier": ["its regional director"],
        },
    ),
]
