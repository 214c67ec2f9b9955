"""Articles 6-10 of the seventh unseen chains set (``make_chains_unseen7.py``): invented news, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        id="c7-wire-relays-daily",
        style="wire",
        classes=("told_outlet", "frame_carryover"),
        text="""Italian minister hints at delay to pension reform

ROME, June 9 (Korvex) - Italy's labour minister, Lucia Ferrante, said the government might delay its pension reform \
by a year, in an interview published on Sunday by the daily Il Giornale del Sud.

Ferrante told the newspaper that the reform "cannot be rushed through in a summer." The paper quoted her as saying \
that unions would be invited to talks in September.

Opposition leader Marco Bellini said the remarks showed a government "in retreat." He told reporters in Naples that \
his party would table a motion of no confidence.

The reform would raise the pension age to 68 by 2032 and cut early retirement schemes for public sector workers. It \
was promised to the European Commission as a condition of recovery funds.

The Treasury declined to comment when contacted by Korvex. A Treasury official, speaking on condition of anonymity, \
told Korvex that the budget assumed savings from the reform starting in 2027.

The CGIL union welcomed the delay. Its leader, Paola Russo, told the radio station Radio Popolo Centro that workers \
had "won a first round." "Now we want a seat at the table," she said.

Italy's borrowing costs rose slightly after the interview was published, with the spread over German bonds widening \
by four basis points.
""",
        quotes=[
            Q(
                "the government might delay its pension reform by a year",
                "Lucia Ferrante",
                "Lucia Ferrante",
                at="Lucia Ferrante, said",
                via=(("Il Giornale del Sud", "interview"),),
                classes=("interview_published_by",),
            ),
            Q(
                'the reform "cannot be rushed through in a summer."',
                "Ferrante",
                "Lucia Ferrante",
                cue="told",
                via=(("Il Giornale del Sud", "told"),),
                classes=("told_the_newspaper",),
            ),
            Q(
                "unions would be invited to talks in September",
                "her",
                "Lucia Ferrante",
                cue="quoted",
                at="The paper quoted her",
                via=(("Il Giornale del Sud", "reported_by"),),
                classes=("the_paper_quoted",),
            ),
            Q(
                'the remarks showed a government "in retreat."',
                "Marco Bellini",
                "Marco Bellini",
                classes=("control",),
            ),
            Q(
                "his party would table a motion of no confidence",
                "He",
                "Marco Bellini",
                cue="told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q(
                "the budget assumed savings from the reform starting in 2027",
                "A Treasury official",
                "a Treasury official",
                cue="told",
                at="A Treasury official, speaking on condition of anonymity, told",
                via=(("Korvex", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                'workers had "won a first round."',
                "Paola Russo",
                "Paola Russo",
                cue="told",
                at="Paola Russo, told",
                via=(("Radio Popolo Centro", "told"),),
                classes=("told_described_outlet",),
            ),
            Q(
                '"Now we want a seat at the table,"',
                "she",
                "Paola Russo",
                via=(("Radio Popolo Centro", "told"),),
                classes=("told_carryover",),
            ),
        ],
        titles={
            "Lucia Ferrante": ["Italy's labour minister"],
            "Marco Bellini": ["Opposition leader"],
            "Paola Russo": ["Its leader"],
        },
    ),
    A(
        id="c7-state-agency",
        style="wire",
        classes=("told_outlet", "frame_carryover"),
        text="""Kazari president orders review of grain exports

ALMERA, Sept 2 (Korvex) - Kazari President Timur Osmanov has ordered a review of grain exports after a poor \
harvest, the state news agency Kazinform reported on Tuesday.

The agency quoted Osmanov as saying that the country "must feed itself first." Osmanov told his cabinet that export \
licences would be suspended until the review was complete, according to the agency.

Agriculture Minister Dana Serikova was quoted by the agency as saying that the harvest was 18 percent below last \
year's. Kazinform did not say how long the review would take.

Kazari is one of the region's largest wheat exporters, and most of its grain leaves through the Caspian port of \
Turkul. A drought in June cut yields across the north of the country.

Grain traders in the capital said the move had been expected. One trader, who asked not to be named, told Korvex \
that prices at the port had risen by a tenth in a week. "Everyone saw this coming," he said.

The World Food Programme said in a statement that it was monitoring the situation. Its country director, Jean \
Moreau, told Korvex by telephone that aid shipments were not affected.
""",
        quotes=[
            Q(
                "Kazari President Timur Osmanov has ordered a review of grain exports after a poor harvest",
                "Kazinform",
                "Kazinform",
                cue="reported",
                classes=("outlet_own_report_control",),
            ),
            Q(
                'the country "must feed itself first."',
                "Osmanov",
                "Timur Osmanov",
                cue="quoted",
                at="The agency quoted Osmanov",
                via=(("Kazinform", "reported_by"),),
                classes=("the_agency_quoted",),
            ),
            Q(
                "export licences would be suspended until the review was complete",
                "Osmanov",
                "Timur Osmanov",
                cue="told",
                how="told",
                via=(("cabinet", "told"), ("Kazinform", "reported_by")),
                classes=("according_to_the_agency",),
            ),
            Q(
                "the harvest was 18 percent below last year's",
                "Dana Serikova",
                "Dana Serikova",
                cue="quoted",
                at="Dana Serikova was quoted",
                via=(("Kazinform", "reported_by"),),
                classes=("quoted_by_the_agency",),
            ),
            Q(
                "the move had been expected",
                "Grain traders in the capital",
                "grain traders in the capital",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "prices at the port had risen by a tenth in a week",
                "One trader",
                "one trader",
                cue="told",
                at="One trader, who asked not to be named, told",
                via=(("Korvex", "told"),),
                anonymous=True,
                classes=("told_own_agency",),
            ),
            Q(
                '"Everyone saw this coming,"',
                "he",
                "one trader",
                via=(("Korvex", "told"),),
                anonymous=True,
                classes=("told_carryover",),
            ),
            Q(
                "it was monitoring the situation",
                "The World Food Programme",
                "World Food Programme",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                "aid shipments were not affected",
                "Jean Moreau",
                "Jean Moreau",
                cue="told",
                at="Jean Moreau, told",
                via=(("Korvex", "told"),),
                classes=("told_own_agency",),
            ),
        ],
        titles={
            "Timur Osmanov": ["Kazari President"],
            "Dana Serikova": ["Agriculture Minister"],
            "Jean Moreau": ["Its country director"],
        },
    ),
    A(
        id="c7-news-site",
        style="local",
        classes=("told_outlet", "frame_carryover"),
        text="""Festival organisers cancel headline act after safety row

By Tom Ferris

The organisers of the Deltaside Music Festival have cancelled its headline act after a dispute over crowd safety, \
the festival's director told the local news site Deltaside Live on Wednesday.

Megan Cole told the website that the band's management had refused to accept a cap on the number of people in front \
of the main stage. "We were not going to gamble with people's safety," she said.

The band's manager, Ricky Santos, disputed that account. In a post on Instagram, he said the festival had "changed \
the rules a week before the show."

A police spokeswoman told the site that officers had raised concerns about the stage area at a meeting in May.

The festival, now in its twelfth year, sold 30,000 tickets for the weekend. Last year a crush near the main stage \
left four people in hospital.

Fans who had bought tickets for Saturday will be offered refunds. Ticket holder Aaron Pike, 24, told the Deltaside \
Gazette that he had travelled from Leeds for the band. "I'm gutted," he told the paper.

The town council said the festival's licence was not affected. Councillor Beth Amis, who chairs the licensing \
committee, said the organisers had "done the right thing."
""",
        quotes=[
            Q(
                "The organisers of the Deltaside Music Festival have cancelled its headline act after a dispute "
                "over crowd safety",
                "the festival's director",
                "Megan Cole",
                cue="told",
                via=(("Deltaside Live", "told"),),
                classes=("told_described_outlet",),
            ),
            Q(
                "the band's management had refused to accept a cap on the number of people in front of the main stage",
                "Megan Cole",
                "Megan Cole",
                cue="told",
                via=(("Deltaside Live", "told"),),
                classes=("the_website",),
            ),
            Q(
                '"We were not going to gamble with people\'s safety,"',
                "she",
                "Megan Cole",
                via=(("Deltaside Live", "told"),),
                classes=("told_carryover",),
            ),
            Q(
                'the festival had "changed the rules a week before the show."',
                "he",
                "Ricky Santos",
                classes=("own_post_control",),
            ),
            Q(
                "officers had raised concerns about the stage area at a meeting in May",
                "A police spokeswoman",
                "a police spokeswoman",
                cue="told",
                via=(("Deltaside Live", "told"),),
                anonymous=True,
                classes=("the_site",),
            ),
            Q(
                "he had travelled from Leeds for the band",
                "Aaron Pike",
                "Aaron Pike",
                cue="told",
                at="Aaron Pike, 24, told",
                via=(("Deltaside Gazette", "told"),),
                classes=("told_capitalised_gazette",),
            ),
            Q(
                '"I\'m gutted,"',
                "he",
                "Aaron Pike",
                cue="told",
                via=(("Deltaside Gazette", "told"),),
                classes=("told_the_paper",),
            ),
            Q(
                "the festival's licence was not affected",
                "The town council",
                "town council",
                classes=("control",),
            ),
            Q(
                'the organisers had "done the right thing."',
                "Beth Amis",
                "Beth Amis",
                at="Beth Amis, who chairs the licensing committee, said",
                classes=("control",),
            ),
        ],
        titles={
            "Megan Cole": ["the festival's director"],
            "Ricky Santos": ["The band's manager"],
            "Beth Amis": ["Councillor"],
        },
    ),
    A(
        id="c7-sewage-controls",
        style="local",
        classes=("plain",),
        text="""Water company fined £2m over sewage spills

By Helen Marsh

A water company has been fined £2 million for pumping untreated sewage into the River Wendle, after an \
investigation first reported by the Wendle Valley Times.

Judge Andrew Kirby said the company had shown "a casual disregard for the river and the people who use it." He said \
the fine would have been higher had the company not pleaded guilty.

Brookwater Utilities said in a statement that it accepted the ruling and had spent £40 million on new storage \
tanks. Its chief executive, Laura Hensley, told reporters outside court that the company was "deeply sorry."

Campaigner Joe Aldous, whose group first logged the spills, praised the Times's reporting, saying it had "forced \
the regulator to act." He said swimmers had fallen ill every summer since 2020.

The spills, at a pumping station upstream of the town, went on for 212 days over three years. The river is used by \
two rowing clubs and a swimming club.

The Environment Agency said the case sent a message to every water company. "No one is above the law on this," said \
its head of enforcement, Mark Tiernan.

According to the company's annual report, it made a profit of £180 million last year. Local MP Sarah Quayle said \
the fine was "loose change" for a firm of that size and told the Commons that bosses should face jail.
""",
        quotes=[
            Q(
                'the company had shown "a casual disregard for the river and the people who use it."',
                "Andrew Kirby",
                "Andrew Kirby",
                classes=("control",),
            ),
            Q(
                "the fine would have been higher had the company not pleaded guilty",
                "He",
                "Andrew Kirby",
                classes=("control",),
            ),
            Q(
                "it accepted the ruling and had spent £40 million on new storage tanks",
                "Brookwater Utilities",
                "Brookwater Utilities",
                how="statement",
                classes=("statement_control",),
            ),
            Q(
                'the company was "deeply sorry."',
                "Laura Hensley",
                "Laura Hensley",
                cue="told",
                at="Laura Hensley, told",
                how="told",
                classes=("told_reporters_control",),
            ),
            Q(
                'it had "forced the regulator to act."',
                "Joe Aldous",
                "Joe Aldous",
                cue="saying",
                at="Joe Aldous, whose group first logged the spills, praised the Times's reporting, saying",
                classes=("praised_coverage_control",),
            ),
            Q(
                "swimmers had fallen ill every summer since 2020",
                "He",
                "Joe Aldous",
                classes=("control",),
            ),
            Q(
                "the case sent a message to every water company",
                "The Environment Agency",
                "Environment Agency",
                classes=("agency_name_control",),
            ),
            Q(
                '"No one is above the law on this,"',
                "Mark Tiernan",
                "Mark Tiernan",
                at="said its head of enforcement, Mark Tiernan",
                classes=("control",),
            ),
            Q(
                'the fine was "loose change" for a firm of that size',
                "Sarah Quayle",
                "Sarah Quayle",
                classes=("control",),
            ),
            Q(
                "bosses should face jail",
                "Sarah Quayle",
                "Sarah Quayle",
                cue="told",
                at='Sarah Quayle said the fine was "loose change" for a firm of that size and told',
                how="told",
                classes=("told_the_commons_control",),
            ),
        ],
        titles={
            "Andrew Kirby": ["Judge"],
            "Laura Hensley": ["Its chief executive"],
            "Joe Aldous": ["Campaigner"],
            "Mark Tiernan": ["its head of enforcement"],
            "Sarah Quayle": ["Local MP"],
        },
    ),
    A(
        id="c7-nurses-radio",
        style="interview",
        classes=("told_outlet", "frame_carryover", "documents"),
        text="""Striking nurses to walk out again next month, union says

The nurses' union will hold a second 48-hour strike in March unless ministers reopen pay talks, its general \
secretary, Orla Keane, said on Monday in an interview with Kell FM.

Keane told the station that nurses were "leaving the profession faster than we can train them." In the same \
interview, she said the union had not been contacted by the Health Department since January.

Health Secretary Martin Royle, speaking on BBC Radio Ulster's Talkback programme, said the pay offer was "fair and \
final." He told the programme that a further rise would mean cuts to operations.

About 9,000 nurses walked out for two days in February, and hospitals cancelled more than 4,000 operations and \
appointments. Emergency departments stayed open.

A nurse at the Royal Victoria Hospital, who did not want to be named, told the Belfast Ledger that staff were \
working twelve-hour shifts without breaks. "We are running on fumes," she told the paper.

According to a statement from the Royal College of Midwives, as reported by the Ledger, midwives will join the \
strike. The college said in the same statement that it had balloted 3,000 members.
""",
        quotes=[
            Q(
                "The nurses' union will hold a second 48-hour strike in March unless ministers reopen pay talks",
                "Orla Keane",
                "Orla Keane",
                at="Orla Keane, said",
                via=(("Kell FM", "interview"),),
                classes=("interview_after_claim",),
            ),
            Q(
                'nurses were "leaving the profession faster than we can train them."',
                "Keane",
                "Orla Keane",
                cue="told",
                via=(("Kell FM", "told"),),
                classes=("the_station",),
            ),
            Q(
                "the union had not been contacted by the Health Department since January",
                "she",
                "Orla Keane",
                at="In the same interview, she said",
                via=(("Kell FM", "interview"),),
                classes=("in_the_same_interview",),
            ),
            Q(
                'the pay offer was "fair and final."',
                "Martin Royle",
                "Martin Royle",
                at="Martin Royle, speaking on BBC Radio Ulster's Talkback programme, said",
                via=(("BBC Radio Ulster", "interview"),),
                classes=("speaking_on_programme",),
            ),
            Q(
                "a further rise would mean cuts to operations",
                "He",
                "Martin Royle",
                cue="told",
                via=(("BBC Radio Ulster", "told"),),
                classes=("told_the_programme",),
            ),
            Q(
                "staff were working twelve-hour shifts without breaks",
                "A nurse at the Royal Victoria Hospital",
                "a nurse at the Royal Victoria Hospital",
                cue="told",
                at="A nurse at the Royal Victoria Hospital, who did not want to be named, told",
                via=(("Belfast Ledger", "told"),),
                anonymous=True,
                classes=("told_outlet",),
            ),
            Q(
                '"We are running on fumes,"',
                "she",
                "a nurse at the Royal Victoria Hospital",
                cue="told",
                via=(("Belfast Ledger", "told"),),
                anonymous=True,
                classes=("told_the_paper",),
            ),
            Q(
                "midwives will join the strike",
                "Royal College of Midwives",
                "Royal College of Midwives",
                cue="According to",
                at="According to a statement from the Royal College of Midwives",
                how="statement",
                via=(("Belfast Ledger", "reported_by"),),
                classes=("statement_as_reported_by",),
            ),
            Q(
                "it had balloted 3,000 members",
                "The college",
                "Royal College of Midwives",
                how="statement",
                via=(("Belfast Ledger", "reported_by"),),
                classes=("document_carryover",),
            ),
        ],
        titles={
            "Orla Keane": ["its general secretary"],
            "Martin Royle": ["Health Secretary"],
        },
    ),
]
