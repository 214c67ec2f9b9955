"""Articles 5-8 of the wire-copy set (``make_wire_unseen.py``): invented wire and newspaper stories, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q


def _text(*paragraphs: str) -> str:
    """An article from its paragraphs."""
    return "\n\n".join(paragraphs) + "\n"


ANON = ("anonymous_source",)
DOC = ("document_relay",)
CTRL = ("control",)

ARTICLES_B = [
    A(
        id="w-output-cuts",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "Oil producers set to extend output cuts, sources say",
            "VIENNA, June 2 (Reuters) - Oil producers in the Gulf Producers' Forum are likely to extend their "
            "output cuts until the end of the year, two sources briefed on the talks said on Sunday.",
            '"There is broad agreement, but one or two members want a higher quota," one of the sources told '
            "Reuters. The sources spoke on condition of anonymity because they were not authorized to speak to the "
            "media.",
            "A third source, a delegate from a member country, said the final decision would be taken by video "
            "conference on Wednesday.",
            "Documents reviewed by Reuters show that the forum's secretariat has proposed a monitoring committee. "
            'The proposal says members that overproduce "should compensate within three months."',
            "The forum's secretary-general, Hamid al-Rashed, told a news conference in Vienna that the market was "
            '"in a fragile state." "We will do what is needed," he said.',
            'Analysts at Corbel Energy said in a note to clients that an extension was "largely priced in."',
            "Brent crude futures rose 40 cents to $82.10 a barrel by 1100 GMT.",
        ),
        quotes=[
            Q(
                "Oil producers in the Gulf Producers' Forum are likely to extend their output cuts until the end of "
                "the year",
                "two sources briefed on the talks",
                "two sources briefed on the talks",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                '"There is broad agreement, but one or two members want a higher quota,"',
                "one of the sources",
                "two sources briefed on the talks",
                cue="told",
                how="told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("told_outlet",),
            ),
            Q(
                "the final decision would be taken by video conference on Wednesday",
                "A third source",
                "a third source",
                at="A third source, a delegate from a member country, said",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                "the forum's secretariat has proposed a monitoring committee",
                "Documents",
                "documents",
                cue="show",
                at="Documents reviewed by Reuters show",
                via=(("Reuters", "reported_by"),),
                classes=("reviewed_by_outlet",),
            ),
            Q(
                'members that overproduce "should compensate within three months."',
                "The proposal",
                "forum's secretariat",
                cue="says",
                how="wrote",
                via=(("Reuters", "reported_by"),),
                classes=DOC,
            ),
            Q(
                'the market was "in a fragile state."',
                "Hamid al-Rashed",
                "Hamid al-Rashed",
                cue="told",
                at="Hamid al-Rashed, told",
                how="told",
                classes=CTRL,
            ),
            Q('"We will do what is needed,"', "he", "Hamid al-Rashed", classes=CTRL),
            Q(
                'an extension was "largely priced in."',
                "Analysts at Corbel Energy",
                "analysts at Corbel Energy",
                classes=CTRL,
            ),
        ],
        titles={
            "Hamid al-Rashed": ["The forum's secretary-general"],
            "a third source": ["a delegate from a member country"],
        },
    ),
    A(
        id="w-depot-fire",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "Suspect in depot fire was former employee, official says",
            "DENVER (AP) — The man arrested in connection with a fire that destroyed a bus depot in suburban Denver "
            "was a former employee who had been fired last month, a law enforcement official said Friday.",
            "The official was not authorized to discuss the investigation publicly and spoke on condition of "
            "anonymity. Investigators found gasoline cans in the man's truck, the official said.",
            'Police Chief Lorna Vasquez confirmed an arrest but would not name the suspect. "We believe the public '
            'is not in any further danger," Vasquez said at a news conference.',
            "According to a person familiar with the investigation, the man had sent angry emails to his former "
            "supervisor in the days before the fire.",
            "An incident report obtained by the AP shows firefighters were called at 2:14 a.m. The report says "
            'crews found the building "fully involved" when they arrived.',
            "Transit agency spokesman Derek Hollis said service would run on a reduced schedule through the "
            'weekend. "Our drivers have been incredible," he said.',
        ),
        quotes=[
            Q(
                "The man arrested in connection with a fire that destroyed a bus depot in suburban Denver was a former "
                "employee who had been fired last month",
                "a law enforcement official",
                "a law enforcement official",
                anonymous=True,
                classes=("dateline_control",),
            ),
            Q(
                "Investigators found gasoline cans in the man's truck",
                "the official",
                "a law enforcement official",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                '"We believe the public is not in any further danger,"',
                "Vasquez",
                "Lorna Vasquez",
                classes=CTRL,
            ),
            Q(
                "the man had sent angry emails to his former supervisor in the days before the fire",
                "a person familiar with the investigation",
                "a person familiar with the investigation",
                cue="According to",
                at="According to a person familiar with the investigation",
                how="according_to",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                "firefighters were called at 2:14 a.m.",
                "An incident report",
                "incident report",
                cue="shows",
                at="An incident report obtained by the AP shows",
                via=(("AP", "reported_by"),),
                classes=("obtained_by_outlet",),
            ),
            Q(
                'crews found the building "fully involved" when they arrived',
                "The report",
                "incident report",
                cue="says",
                via=(("AP", "reported_by"),),
                classes=DOC,
            ),
            Q(
                "service would run on a reduced schedule through the weekend",
                "Derek Hollis",
                "Derek Hollis",
                classes=CTRL,
            ),
            Q('"Our drivers have been incredible,"', "he", "Derek Hollis", classes=CTRL),
        ],
        titles={"Lorna Vasquez": ["Police Chief"], "Derek Hollis": ["Transit agency spokesman"]},
    ),
    A(
        id="w-brake-probe",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "Carmaker Veltra faces U.S. probe over brake software - sources, filing",
            "DETROIT, Nov 14 (Reuters) - U.S. safety regulators have opened an investigation into brake software in "
            "Veltra's electric SUVs, two people with knowledge of the matter told Reuters.",
            "The probe covers about 80,000 vehicles built since 2023, one of the people said. Both declined to be "
            "identified because the investigation has not been made public.",
            "A filing reviewed by Reuters, which Veltra sent to dealers last week, acknowledges that the software "
            'has "intermittent faults." It says the update "fixes the fault completely." It also says no crashes '
            "have been linked to the fault.",
            'Veltra said in an emailed statement to Reuters that it was "cooperating fully with regulators."',
            "The National Highway Traffic Safety Administration did not respond to a request for comment.",
            'Owners have complained online for months. "I pressed the pedal and nothing happened for a second," '
            'said Kevin Marsh, a nurse in Ohio. "That second felt like a year."',
        ),
        quotes=[
            Q(
                "U.S. safety regulators have opened an investigation into brake software in Veltra's electric SUVs",
                "two people with knowledge of the matter",
                "two people with knowledge of the matter",
                cue="told",
                how="told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("dateline_told_outlet",),
            ),
            Q(
                "The probe covers about 80,000 vehicles built since 2023",
                "one of the people",
                "two people with knowledge of the matter",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                'the software has "intermittent faults."',
                "A filing",
                "Veltra",
                cue="acknowledges",
                at="A filing reviewed by Reuters, which Veltra sent to dealers last week, acknowledges",
                how="wrote",
                via=(("Reuters", "reported_by"),),
                classes=("reviewed_by_outlet",),
            ),
            Q(
                'the update "fixes the fault completely."',
                "It",
                "Veltra",
                cue="says",
                how="wrote",
                via=(("Reuters", "reported_by"),),
                classes=DOC,
            ),
            Q(
                "no crashes have been linked to the fault",
                "It",
                "Veltra",
                cue="says",
                at="It also says",
                how="wrote",
                via=(("Reuters", "reported_by"),),
                classes=DOC,
            ),
            Q(
                'it was "cooperating fully with regulators."',
                "Veltra",
                "Veltra",
                how="statement",
                via=(("Reuters", "told"),),
                classes=("statement_to_outlet",),
            ),
            Q(
                '"I pressed the pedal and nothing happened for a second,"',
                "Kevin Marsh",
                "Kevin Marsh",
                classes=CTRL,
            ),
            Q('"That second felt like a year."', "Kevin Marsh", "Kevin Marsh", classes=CTRL),
        ],
        titles={"Kevin Marsh": ["a nurse in Ohio"]},
    ),
    A(
        id="w-prison-letter",
        style="local",
        classes=("this_newspaper",),
        text=_text(
            "Minister was warned over prison overcrowding, letter reveals",
            "By Tom Elsworth, Political Editor",
            "The justice minister was warned six months ago that two prisons would run out of space by the summer, "
            "according to a letter seen by this newspaper.",
            'The letter, from the chief inspector of prisons, Margaret Ilott, says the situation is "unsustainable '
            'and unsafe." Ms Ilott wrote that staff at one jail had "stopped counting the assaults."',
            'A Whitehall source said the minister had read the letter "within days" and ordered a review. "He took '
            'it extremely seriously," the source said.',
            "But a senior official at the Prison Service, who spoke on condition of anonymity because he was not "
            'authorised to talk to journalists, said the review had "gone nowhere."',
            'The Ministry of Justice said in a statement: "We are building 5,000 new places and are confident there '
            'will be enough capacity."',
            'Labour\'s justice spokeswoman, Anita Crewe, said the letter was "damning." "Ministers cannot say they '
            'were not told," she said.',
            "(Additional reporting by Sam Ode)",
        ),
        quotes=[
            Q(
                "The justice minister was warned six months ago that two prisons would run out of space by the summer",
                "a letter",
                "Margaret Ilott",
                cue="according to",
                at="according to a letter",
                how="according_to",
                classes=("seen_by_this_newspaper",),
            ),
            Q(
                'the situation is "unsustainable and unsafe."',
                "The letter",
                "Margaret Ilott",
                cue="says",
                at="The letter, from the chief inspector of prisons, Margaret Ilott, says",
                how="wrote",
                classes=DOC,
            ),
            Q(
                'staff at one jail had "stopped counting the assaults."',
                "Ms Ilott",
                "Margaret Ilott",
                cue="wrote",
                how="wrote",
                classes=DOC,
            ),
            Q(
                'the minister had read the letter "within days" and ordered a review',
                "A Whitehall source",
                "a Whitehall source",
                anonymous=True,
                classes=ANON,
            ),
            Q('"He took it extremely seriously,"', "the source", "a Whitehall source", anonymous=True, classes=ANON),
            Q(
                'the review had "gone nowhere."',
                "a senior official at the Prison Service",
                "a senior official at the Prison Service",
                at="a senior official at the Prison Service, who spoke on condition of anonymity because he was not "
                "authorised to talk to journalists, said",
                anonymous=True,
                classes=("condition_of_anonymity",),
            ),
            Q(
                '"We are building 5,000 new places and are confident there will be enough capacity."',
                "The Ministry of Justice",
                "Ministry of Justice",
                how="statement",
                classes=CTRL,
            ),
            Q(
                'the letter was "damning."',
                "Anita Crewe",
                "Anita Crewe",
                at="Anita Crewe, said",
                classes=CTRL,
            ),
            Q('"Ministers cannot say they were not told,"', "she", "Anita Crewe", classes=CTRL),
        ],
        titles={"Margaret Ilott": ["the chief inspector of prisons"], "Anita Crewe": ["Labour's justice spokeswoman"]},
    ),
]
