"""The second wire-copy set, first part (``make_wire_unseen2.py``): invented wire stories, no real text.

Every person, company and event is invented (agencies, capitals and institutions are real names used as wire copy
uses them). Each item is an article (:class:`make_speakers_suite.A`) with its non-quotes, ``(text, why)`` in text
order.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

NonQuotes = list[tuple[str, str]]


def _text(*paragraphs: str) -> str:
    """An article from its paragraphs."""
    return "\n\n".join(paragraphs) + "\n"


SEAT = ("capital_speaker",)
FREE = ("free_indirect",)
ANON = ("anonymous_condition",)
CTRL = ("control",)
TOLD = ("told_reporters",)

_BERLIN = A(
    id="w2-holiday-lets",
    style="wire",
    classes=("dateline",),
    text=_text(
        "Germany to cap holiday lets in big cities from May",
        "BERLIN (Reuters) - The German government said on Wednesday it would cap short-term holiday lets in large "
        "cities at 90 nights a year, seeking to ease a housing shortage that has pushed rents to record highs.",
        "Building Minister Katrin Vollmer told reporters in Berlin that the rules would take effect in May. "
        "Landlords who break the cap would face fines of up to 50,000 euros. Cities would also be free to set lower "
        "limits of their own.",
        '"Homes are for people who live in them," Vollmer said. "We are not against tourism, but we are against '
        'empty flats."',
        "Around 60,000 flats in the seven largest cities are listed on holiday rental platforms for more than half "
        "the year, a figure that has doubled since 2019. Tenants' groups have campaigned for a cap for almost a "
        "decade.",
        "Berlin has insisted the cap is compatible with European Union law. A spokesperson for the European "
        "Commission said it was studying the plans and would not comment before they were published in full.",
        'DFV, the holiday rentals association, said in a statement that the cap was "a blunt instrument that '
        'punishes the wrong people." It said most of its members rented out a single flat to top up a pension.',
        "The opposition Free Democrats oppose the plan. Their housing spokesman, Lukas Brandt, said the party would "
        "challenge the law in the constitutional court if it passed in its current form.",
        "Shares in listed rental platforms fell between 2% and 4% in Frankfurt trading after the announcement.",
        "(Reporting by Anna Keller; Editing by Tom Hale)",
    ),
    quotes=[
        Q(
            "it would cap short-term holiday lets in large cities at 90 nights a year",
            "The German government",
            "German government",
            classes=("dateline_lead",),
        ),
        Q(
            "the rules would take effect in May",
            "Katrin Vollmer",
            "Katrin Vollmer",
            cue="told",
            how="told",
            classes=FREE,
        ),
        Q('"Homes are for people who live in them,"', "Vollmer", "Katrin Vollmer", classes=CTRL),
        Q('"We are not against tourism, but we are against empty flats."', "Vollmer", "Katrin Vollmer", classes=CTRL),
        Q(
            "the cap is compatible with European Union law",
            "Berlin",
            "Berlin",
            cue="insisted",
            at="Berlin has insisted",
            classes=SEAT,
        ),
        Q(
            "it was studying the plans and would not comment before they were published in full",
            "A spokesperson for the European Commission",
            "a spokesperson for the European Commission",
            anonymous=True,
            classes=("spokesperson_for",),
        ),
        Q(
            'the cap was "a blunt instrument that punishes the wrong people."',
            "DFV",
            "DFV",
            at="DFV, the holiday rentals association, said",
            how="statement",
            classes=CTRL,
        ),
        Q(
            "most of its members rented out a single flat to top up a pension",
            "It",
            "DFV",
            how="statement",
            classes=("organisation_it",),
        ),
        Q(
            "the party would challenge the law in the constitutional court if it passed in its current form",
            "Lukas Brandt",
            "Lukas Brandt",
            at="Lukas Brandt, said",
            classes=CTRL,
        ),
    ],
    titles={
        "Katrin Vollmer": ["Building Minister"],
        "DFV": ["the holiday rentals association"],
        "Lukas Brandt": ["Their housing spokesman"],
    },
)
_BERLIN_NOT: NonQuotes = [
    ("Germany to cap holiday lets in big cities from May", "headline"),
    ("BERLIN (Reuters) -", "byline"),
    ("(Reporting by Anna Keller; Editing by Tom Hale)", "byline"),
]

_PARIS = A(
    id="w2-rail-strike",
    style="wire",
    classes=("dateline", "standfirst_quote"),
    text=_text(
        "French rail unions call week-long strike over pensions",
        "“We have been patient for two years, and patience has a limit”",
        "PARIS, March 3 (AFP) – France's main rail unions on Tuesday called a week-long strike from March 17 against "
        "plans to raise the retirement age for train drivers, the sharpest challenge yet to the government's pension "
        "reform.",
        "“We have been patient for two years, and patience has a limit,” Sylvie Roussel, head of the SUD-Rail union, "
        "told a news conference in Paris. She said drivers would walk out on every line, including the Eurostar link "
        "to London.",
        "The reform would raise the age at which drivers can retire on a full pension from 52 to 55 over a decade. "
        "Rail strikes in 2023 cost the operator an estimated 400 million euros.",
        "Transport Minister Julien Mercadier said the reform was “fair and necessary” and that the government would "
        "not withdraw it. “The door to talks remains open, but the reform will go ahead,” he told France Inter radio.",
        "The Elysee said the president had full confidence in the minister. It added that a strike during the school "
        "holidays would be “irresponsible”.",
        "SNCF, the state rail operator, said it expected to run one train in three on high-speed lines. Regional "
        "services would be hit harder. Passengers holding tickets for strike days would be able to exchange them "
        "free of charge.",
        "A transport ministry official, speaking on condition of anonymity because the talks are confidential, said "
        "the government was prepared to offer drivers a longer transition period.",
    ),
    quotes=[
        Q(
            "“We have been patient for two years, and patience has a limit,”",
            "Sylvie Roussel",
            "Sylvie Roussel",
            cue="told",
            at="Sylvie Roussel, head of the SUD-Rail union, told",
            how="told",
            classes=("told_news_conference",),
        ),
        Q(
            "drivers would walk out on every line, including the Eurostar link to London",
            "She",
            "Sylvie Roussel",
            classes=CTRL,
        ),
        Q(
            "the reform was “fair and necessary” and that the government would not withdraw it",
            "Julien Mercadier",
            "Julien Mercadier",
            classes=CTRL,
        ),
        Q(
            "“The door to talks remains open, but the reform will go ahead,”",
            "he",
            "Julien Mercadier",
            cue="told",
            how="told",
            via=(("France Inter", "told"),),
            classes=("told_outlet",),
        ),
        Q("the president had full confidence in the minister", "The Elysee", "Elysee", classes=SEAT),
        Q(
            "a strike during the school holidays would be “irresponsible”",
            "It",
            "Elysee",
            cue="added",
            classes=("organisation_it",),
        ),
        Q(
            "it expected to run one train in three on high-speed lines",
            "SNCF",
            "SNCF",
            at="SNCF, the state rail operator, said",
            classes=FREE,
        ),
        Q(
            "the government was prepared to offer drivers a longer transition period",
            "A transport ministry official",
            "a transport ministry official",
            at="A transport ministry official, speaking on condition of anonymity because the talks are "
            "confidential, said",
            anonymous=True,
            classes=ANON,
        ),
    ],
    titles={
        "Sylvie Roussel": ["head of the SUD-Rail union"],
        "Julien Mercadier": ["Transport Minister"],
        "SNCF": ["the state rail operator"],
    },
)
_PARIS_NOT: NonQuotes = [
    ("French rail unions call week-long strike over pensions", "headline"),
    ("“We have been patient for two years, and patience has a limit”", "subheading"),
    ("PARIS, March 3 (AFP) –", "byline"),
    ("speaking on condition of anonymity because the talks are confidential", "non_reporting"),
]

_WASHINGTON = A(
    id="w2-satellite",
    style="wire",
    classes=("dateline", "byline", "capital_speaker"),
    text=_text(
        "US warns Russia over satellite launch; Moscow says it broke no rules",
        "By Miriam Costa, Associated Press",
        "WASHINGTON — Washington has warned Moscow that launching a satellite able to disable other spacecraft would "
        "breach a 2024 understanding on weapons in orbit, raising the stakes before a planned Russian launch next "
        "month.",
        "The warning was delivered in a note to the Russian embassy last week, two U.S. officials said. They spoke on "
        "condition of anonymity because they were not authorized to discuss diplomatic correspondence publicly.",
        'Moscow denied that the satellite had any military purpose. "This is a scientific mission, and Washington '
        'knows it," Kremlin spokesman Oleg Marchenko told reporters in Moscow on Friday.',
        "The Kremlin said in a separate statement that Russia remained committed to the peaceful use of space. It "
        'said the United States was "inventing threats to justify its own programs."',
        "State Department spokesperson Rachel Obi said the United States would raise the launch at a U.N. meeting in "
        "Geneva next week. The meeting would be the first on space security in three years, and allies had been "
        "asked to attend at a senior level.",
        "Russia has launched three satellites in the past two years that can maneuver close to other spacecraft. The "
        "United States and China have both tested similar technology.",
        "Associated Press writer Pavel Lind in Moscow contributed to this report.",
        "Copyright 2026 The Associated Press. All rights reserved.",
    ),
    quotes=[
        Q(
            "launching a satellite able to disable other spacecraft would breach a 2024 understanding on weapons in "
            "orbit",
            "Washington",
            "Washington",
            cue="warned",
            at="Washington has warned",
            classes=("dateline_lead",),
        ),
        Q(
            "The warning was delivered in a note to the Russian embassy last week",
            "two U.S. officials",
            "two U.S. officials",
            anonymous=True,
            classes=ANON,
        ),
        Q("the satellite had any military purpose", "Moscow", "Moscow", cue="denied", classes=SEAT),
        Q(
            '"This is a scientific mission, and Washington knows it,"',
            "Oleg Marchenko",
            "Oleg Marchenko",
            cue="told",
            how="told",
            classes=TOLD,
        ),
        Q(
            "Russia remained committed to the peaceful use of space",
            "The Kremlin",
            "Kremlin",
            how="statement",
            classes=SEAT,
        ),
        Q(
            'the United States was "inventing threats to justify its own programs."',
            "It",
            "Kremlin",
            how="statement",
            classes=("organisation_it",),
        ),
        Q(
            "the United States would raise the launch at a U.N. meeting in Geneva next week",
            "Rachel Obi",
            "Rachel Obi",
            classes=FREE,
        ),
    ],
    titles={"Oleg Marchenko": ["Kremlin spokesman"], "Rachel Obi": ["State Department spokesperson"]},
)
_WASHINGTON_NOT: NonQuotes = [
    ("US warns Russia over satellite launch; Moscow says it broke no rules", "headline"),
    ("By Miriam Costa, Associated Press", "byline"),
    ("because they were not authorized to discuss diplomatic correspondence publicly", "non_reporting"),
    ("Associated Press writer Pavel Lind in Moscow contributed to this report.", "byline"),
    ("Copyright 2026 The Associated Press. All rights reserved.", "byline"),
]

_LONDON = A(
    id="w2-tobacco-ban",
    style="wire",
    classes=("dateline", "capital_speaker"),
    text=_text(
        "No delay to tobacco ban, says No 10",
        "LONDON, (PA Media) - Downing Street said on Monday there would be no delay to the ban on tobacco sales to "
        "anyone born after 2010. Retailers have warned that the rules will be impossible to enforce.",
        "The Prime Minister's official spokesman told reporters: “The law has been passed and it will come into force "
        "as planned. We have been clear about that from the start.”",
        "Asked whether the Prime Minister had met the Association of Convenience Stores, the spokesman said he was "
        "not aware of any meeting.",
        "The association's chief executive, Harriet Crane, said shop staff would be left to check the age of "
        "customers in their forties. “It is simply not workable at the till,” she said.",
        "The law, passed last year, makes it illegal to sell tobacco to anyone born on or after January 1 2011. Health "
        "charities have backed the ban since it was first proposed.",
        "Downing Street later said it would publish guidance for retailers before the summer. It said trading "
        "standards officers would receive extra funding to carry out test purchases.",
        "A Treasury source said the ban would cost around £400 million a year in lost duty by the end of the decade.",
        "Smoking rates among adults in England have fallen to around one in nine, the lowest on record, and "
        "ministers hope the ban will create the first smoke-free generation.",
    ),
    quotes=[
        Q(
            "there would be no delay to the ban on tobacco sales to anyone born after 2010",
            "Downing Street",
            "Downing Street",
            classes=("dateline_lead",),
        ),
        Q(
            "the rules will be impossible to enforce",
            "Retailers",
            "retailers",
            cue="warned",
            at="Retailers have warned",
        ),
        Q(
            "“The law has been passed and it will come into force as planned. We have been clear about that from the "
            "start.”",
            "The Prime Minister's official spokesman",
            "the Prime Minister's official spokesman",
            cue="told",
            how="told",
            anonymous=True,
            classes=TOLD,
        ),
        Q(
            "he was not aware of any meeting",
            "the spokesman",
            "the Prime Minister's official spokesman",
            anonymous=True,
            classes=CTRL,
        ),
        Q(
            "shop staff would be left to check the age of customers in their forties",
            "Harriet Crane",
            "Harriet Crane",
            at="Harriet Crane, said",
            classes=CTRL,
        ),
        Q("“It is simply not workable at the till,”", "she", "Harriet Crane", classes=CTRL),
        Q(
            "it would publish guidance for retailers before the summer",
            "Downing Street",
            "Downing Street",
            at="Downing Street later said",
            classes=SEAT,
        ),
        Q(
            "trading standards officers would receive extra funding to carry out test purchases",
            "It",
            "Downing Street",
            classes=("organisation_it",),
        ),
        Q(
            "the ban would cost around £400 million a year in lost duty by the end of the decade",
            "A Treasury source",
            "a Treasury source",
            anonymous=True,
            classes=ANON,
        ),
    ],
    titles={"Harriet Crane": ["The association's chief executive"]},
)
_LONDON_NOT: NonQuotes = [
    ("No delay to tobacco ban, says No 10", "headline"),
    ("LONDON, (PA Media) -", "byline"),
]

_BEIJING = A(
    id="w2-farm-tariffs",
    style="wire",
    classes=("dateline", "capital_speaker"),
    text=_text(
        "China to halve tariffs on imported farm machinery",
        "BEIJING, Jan. 12 (Xinhua) -- Beijing said on Monday it would halve import tariffs on farm machinery from "
        "February, as part of efforts to modernise agriculture in the country's north-east.",
        "The Ministry of Finance said in a statement that the cut would apply to tractors, harvesters and irrigation "
        "equipment. Tariffs on spare parts would also fall. Farmers would save about 3 billion yuan a year.",
        "Li Wen, a researcher at the Chinese Academy of Agricultural Sciences, told Xinhua that the move would speed "
        'up the replacement of old machines. "Many farms still use tractors bought in the 1990s," Li said.',
        "China's grain output reached a record 706 million tonnes last year, but yields in the north-east still lag "
        "those of large farms in the Americas. Much of the region's land is worked by small households.",
        "Beijing has said it wants 75 percent of crop farming to be mechanised by 2030. It said in December that new "
        "subsidies for machinery cooperatives would follow.",
        'A spokesperson for the European Union Chamber of Commerce in China said the cut was "a positive signal," '
        "but that members still faced long licensing delays.",
        "Shares in foreign machinery makers listed in Hong Kong rose after the announcement.",
    ),
    quotes=[
        Q(
            "it would halve import tariffs on farm machinery from February",
            "Beijing",
            "Beijing",
            classes=("dateline_lead", "capital_speaker"),
        ),
        Q(
            "the cut would apply to tractors, harvesters and irrigation equipment",
            "The Ministry of Finance",
            "Ministry of Finance",
            how="statement",
            classes=FREE,
        ),
        Q(
            "the move would speed up the replacement of old machines",
            "Li Wen",
            "Li Wen",
            cue="told",
            at="Li Wen, a researcher at the Chinese Academy of Agricultural Sciences, told",
            how="told",
            via=(("Xinhua", "told"),),
            classes=("told_own_agency",),
        ),
        Q('"Many farms still use tractors bought in the 1990s,"', "Li", "Li Wen", classes=CTRL),
        Q(
            "it wants 75 percent of crop farming to be mechanised by 2030",
            "Beijing",
            "Beijing",
            at="Beijing has said",
            classes=SEAT,
        ),
        Q(
            "new subsidies for machinery cooperatives would follow",
            "It",
            "Beijing",
            at="It said",
            classes=("organisation_it",),
        ),
        Q(
            'the cut was "a positive signal," but that members still faced long licensing delays',
            "A spokesperson for the European Union Chamber of Commerce in China",
            "a spokesperson for the European Union Chamber of Commerce in China",
            anonymous=True,
            classes=("spokesperson_for",),
        ),
    ],
    titles={"Li Wen": ["a researcher at the Chinese Academy of Agricultural Sciences"]},
)
_BEIJING_NOT: NonQuotes = [
    ("China to halve tariffs on imported farm machinery", "headline"),
    ("BEIJING, Jan. 12 (Xinhua) --", "byline"),
]

_BRUSSELS = A(
    id="w2-returns-rules",
    style="wire",
    classes=("dateline", "correction_note", "capital_speaker"),
    text=_text(
        "EU proposes faster returns for rejected asylum seekers",
        "(Corrects paragraph 3 to show the proposal came from the commission, not the council)",
        "BRUSSELS (dpa) - Brussels insisted on Tuesday that new rules on deporting rejected asylum seekers would "
        "respect international law, as rights groups lined up to condemn the plan.",
        "The proposal, presented by Migration Commissioner Eva Lindqvist, would let governments send people whose "
        "claims have failed to a safe third country even if they have never lived there.",
        '"We need a system that works, and that means people with no right to stay must actually leave," Lindqvist '
        "told a news conference.",
        "She said the rules would apply only to countries that had signed the Refugee Convention. Each return would "
        "be reviewed by a judge. Families with children would be exempt.",
        "The commission said it expected the rules to be adopted by the end of next year. It said 410,000 people had "
        "been ordered to leave the bloc last year, but fewer than one in five had done so.",
        "Amnesty International said the plan would \"outsource Europe's obligations to countries that cannot meet "
        'them." A spokesperson for the Greek government said Athens supported the proposal but wanted more money for '
        "border controls.",
        "The proposal needs the backing of the European Parliament and a majority of member states. Talks on an "
        "earlier version broke down in 2021.",
    ),
    quotes=[
        Q(
            "new rules on deporting rejected asylum seekers would respect international law",
            "Brussels",
            "Brussels",
            cue="insisted",
            classes=("dateline_lead", "capital_speaker"),
        ),
        Q(
            '"We need a system that works, and that means people with no right to stay must actually leave,"',
            "Lindqvist",
            "Eva Lindqvist",
            cue="told",
            how="told",
            classes=("told_news_conference",),
        ),
        Q(
            "the rules would apply only to countries that had signed the Refugee Convention",
            "She",
            "Eva Lindqvist",
            classes=FREE,
        ),
        Q(
            "it expected the rules to be adopted by the end of next year",
            "The commission",
            "European Commission",
            classes=CTRL,
        ),
        Q(
            "410,000 people had been ordered to leave the bloc last year, but fewer than one in five had done so",
            "It",
            "European Commission",
            classes=("organisation_it",),
        ),
        Q(
            'the plan would "outsource Europe\'s obligations to countries that cannot meet them."',
            "Amnesty International",
            "Amnesty International",
            classes=CTRL,
        ),
        Q(
            "Athens supported the proposal but wanted more money for border controls",
            "A spokesperson for the Greek government",
            "a spokesperson for the Greek government",
            anonymous=True,
            classes=("spokesperson_for",),
        ),
    ],
    titles={"Eva Lindqvist": ["Migration Commissioner"]},
)
_BRUSSELS_NOT: NonQuotes = [
    ("EU proposes faster returns for rejected asylum seekers", "headline"),
    ("(Corrects paragraph 3 to show the proposal came from the commission, not the council)", "non_reporting"),
    ("BRUSSELS (dpa) -", "byline"),
]

_NURSES = A(
    id="w2-nurses-pay",
    style="wire",
    classes=("dateline", "quoted_headline", "capital_speaker"),
    text=_text(
        '"Not one more pound": nurses reject pay offer',
        "LONDON (Reuters) - Nurses in England have voted overwhelmingly to reject the government's latest pay offer, "
        "their union said on Friday, setting the stage for strikes in the spring.",
        "The Nursing Staff Union said 81% of members who voted had rejected the offer, on a turnout of 64%.",
        '"Not one more pound will be saved on the backs of nurses," general secretary Dawn Pickett told members at a '
        'rally in Manchester. "We are ready to walk out if we have to."',
        'Downing Street said the offer was fair and final. "We urge the union to put the offer to members again," '
        "the Prime Minister's spokeswoman said.",
        "Health Secretary Imran Qadir said on Thursday the government had already given nurses the largest rise of "
        "any public sector group. He said strikes would only lengthen waiting lists, which stand at 7.4 million.",
        "Nurses in England last went on strike in 2023, when walkouts over two winters led to the cancellation of "
        "more than 100,000 operations and appointments. The dispute ended with a one-off payment and a 5% rise.",
        "The union must give employers two weeks' notice of any action. Ballots of midwives and paramedics close "
        "next month.",
        "(Reporting by Sarah Blount; Editing by Mark Potter)",
    ),
    quotes=[
        Q(
            "Nurses in England have voted overwhelmingly to reject the government's latest pay offer",
            "their union",
            "Nursing Staff Union",
            classes=("dateline_lead",),
        ),
        Q(
            "81% of members who voted had rejected the offer, on a turnout of 64%",
            "The Nursing Staff Union",
            "Nursing Staff Union",
            classes=CTRL,
        ),
        Q(
            '"Not one more pound will be saved on the backs of nurses,"',
            "Dawn Pickett",
            "Dawn Pickett",
            cue="told",
            how="told",
            classes=CTRL,
        ),
        Q('"We are ready to walk out if we have to."', "Dawn Pickett", "Dawn Pickett", cue="told", how="told"),
        Q("the offer was fair and final", "Downing Street", "Downing Street", classes=SEAT),
        Q(
            '"We urge the union to put the offer to members again,"',
            "the Prime Minister's spokeswoman",
            "the Prime Minister's spokeswoman",
            anonymous=True,
            classes=CTRL,
        ),
        Q(
            "the government had already given nurses the largest rise of any public sector group",
            "Imran Qadir",
            "Imran Qadir",
            classes=CTRL,
        ),
        Q(
            "strikes would only lengthen waiting lists, which stand at 7.4 million",
            "He",
            "Imran Qadir",
            classes=CTRL,
        ),
    ],
    titles={"Dawn Pickett": ["general secretary"], "Imran Qadir": ["Health Secretary"]},
)
_NURSES_NOT: NonQuotes = [
    ('"Not one more pound": nurses reject pay offer', "headline"),
    ("LONDON (Reuters) -", "byline"),
    ("(Reporting by Sarah Blount; Editing by Mark Potter)", "byline"),
]

ITEMS_A: list[tuple[A, NonQuotes]] = [
    (_BERLIN, _BERLIN_NOT),
    (_PARIS, _PARIS_NOT),
    (_WASHINGTON, _WASHINGTON_NOT),
    (_LONDON, _LONDON_NOT),
    (_BEIJING, _BEIJING_NOT),
    (_BRUSSELS, _BRUSSELS_NOT),
    (_NURSES, _NURSES_NOT),
]
"""The first seven stories and their non-quotes."""
