"""The second wire-copy set, second part (``make_wire_unseen2.py``): invented wire stories, no real text.

Every person, company and event is invented (agencies, capitals and institutions are real names used as wire copy
uses them). Each item is an article (:class:`make_speakers_suite.A`) with its non-quotes, ``(text, why)`` in text
order.
"""

from __future__ import annotations

from make_speakers_suite import A, Q
from wire_unseen2_articles import ANON, CTRL, FREE, SEAT, TOLD, NonQuotes, _text

_MOSCOW = A(
    id="w2-grain-corridor",
    style="wire",
    classes=("dateline", "adds_note", "capital_speaker"),
    text=_text(
        "Russia denies grain corridor talks have stalled",
        "ADDS quote from agriculture minister in paragraph 5",
        "MOSCOW (Reuters) - Moscow denied on Thursday that talks on a Black Sea grain corridor had stalled, saying "
        "negotiators from both sides would meet in Istanbul next week.",
        "Kremlin spokesman Yuri Sedov told reporters that contacts with Ukraine and Turkey were “continuing at the "
        "working level.” He declined to say when the corridor might reopen.",
        "Two diplomats involved in the talks, speaking on condition of anonymity because they were not authorised "
        "to speak publicly, said Moscow wanted guarantees for its own fertiliser exports before agreeing to any deal.",
        "“Russia has never refused to feed the world's poor,” Agriculture Minister Tatiana Gromova said in a speech "
        "to grain traders in Sochi. “But we will not be the only ones who make sacrifices.”",
        "The Kremlin said later that the president had discussed the corridor by phone with his Turkish "
        "counterpart. It gave no details.",
        "Ukraine's foreign ministry said in a statement that Kyiv had not been told of any meeting in Istanbul.",
        "Wheat futures in Chicago rose 2% on the news. The corridor carried more than 30 million tonnes of grain "
        "before it closed last year, much of it bound for Africa and the Middle East.",
        "(Reporting by Reuters; Editing by Alex Ward)",
    ),
    quotes=[
        Q(
            "talks on a Black Sea grain corridor had stalled",
            "Moscow",
            "Moscow",
            cue="denied",
            classes=("dateline_lead", "capital_speaker"),
        ),
        Q(
            "negotiators from both sides would meet in Istanbul next week",
            "Moscow",
            "Moscow",
            cue="saying",
            at="Moscow denied on Thursday that talks on a Black Sea grain corridor had stalled, saying",
            classes=SEAT,
        ),
        Q(
            "contacts with Ukraine and Turkey were “continuing at the working level.”",
            "Yuri Sedov",
            "Yuri Sedov",
            cue="told",
            how="told",
            classes=TOLD,
        ),
        Q(
            "Moscow wanted guarantees for its own fertiliser exports before agreeing to any deal",
            "Two diplomats involved in the talks",
            "two diplomats involved in the talks",
            at="Two diplomats involved in the talks, speaking on condition of anonymity because they were not "
            "authorised to speak publicly, said",
            anonymous=True,
            classes=ANON,
        ),
        Q("“Russia has never refused to feed the world's poor,”", "Tatiana Gromova", "Tatiana Gromova", classes=CTRL),
        Q("“But we will not be the only ones who make sacrifices.”", "Tatiana Gromova", "Tatiana Gromova"),
        Q(
            "the president had discussed the corridor by phone with his Turkish counterpart",
            "The Kremlin",
            "Kremlin",
            at="The Kremlin said",
            classes=SEAT,
        ),
        Q(
            "Kyiv had not been told of any meeting in Istanbul",
            "Ukraine's foreign ministry",
            "Ukraine's foreign ministry",
            how="statement",
            classes=CTRL,
        ),
    ],
    titles={"Yuri Sedov": ["Kremlin spokesman"], "Tatiana Gromova": ["Agriculture Minister"]},
)
_MOSCOW_NOT: NonQuotes = [
    ("Russia denies grain corridor talks have stalled", "headline"),
    ("ADDS quote from agriculture minister in paragraph 5", "non_reporting"),
    ("MOSCOW (Reuters) -", "byline"),
    ("when the corridor might reopen", "refusal"),
    ("because they were not authorised to speak publicly", "non_reporting"),
    ("(Reporting by Reuters; Editing by Alex Ward)", "byline"),
]

_SEOUL = A(
    id="w2-cruise-missile",
    style="wire",
    classes=("dateline", "state_agency_chain", "capital_speaker"),
    text=_text(
        "North Korea says it tested new cruise missile",
        "SEOUL, Nov. 4 (Yonhap) -- North Korea said on Tuesday it had tested a new long-range cruise missile, in a "
        "statement carried by the state news agency KCNA.",
        "The missile flew for more than two hours before hitting a target off the country's east coast, the "
        "statement said.",
        "South Korea's Joint Chiefs of Staff said it had detected the launch from near Pyongyang and was analysing "
        "the flight data with U.S. and Japanese officials.",
        "Tokyo said the missile had not entered Japan's territorial waters. It said the launch was “a serious threat "
        "to the peace and stability of the region.”",
        "A South Korean defence official, who spoke on condition of anonymity in line with ministry rules, told "
        "Yonhap the missile appeared to be a modified version of one tested in January.",
        "Analysts said the test showed Pyongyang's growing ability to strike targets across the region. “The range "
        "is the headline, but the accuracy is the real worry,” said Hana Seo, a researcher at the Hanbit Institute "
        "for Security Studies in Seoul.",
        "It was the North's fifth missile launch this year. United Nations resolutions ban it from testing ballistic "
        "missiles, but not cruise missiles, which fly lower and are harder to track.",
    ),
    quotes=[
        Q(
            "it had tested a new long-range cruise missile",
            "North Korea",
            "North Korea",
            how="statement",
            via=(("KCNA", "reported_by"),),
            classes=("dateline_lead", "state_agency_chain"),
        ),
        Q(
            "The missile flew for more than two hours before hitting a target off the country's east coast",
            "the statement",
            "North Korea",
            how="statement",
            via=(("KCNA", "reported_by"),),
            classes=("state_agency_chain",),
        ),
        Q(
            "it had detected the launch from near Pyongyang and was analysing the flight data with U.S. and Japanese "
            "officials",
            "South Korea's Joint Chiefs of Staff",
            "South Korea's Joint Chiefs of Staff",
            classes=CTRL,
        ),
        Q("the missile had not entered Japan's territorial waters", "Tokyo", "Tokyo", classes=SEAT),
        Q(
            "the launch was “a serious threat to the peace and stability of the region.”",
            "It",
            "Tokyo",
            classes=("organisation_it",),
        ),
        Q(
            "the missile appeared to be a modified version of one tested in January",
            "A South Korean defence official",
            "a South Korean defence official",
            cue="told",
            at="A South Korean defence official, who spoke on condition of anonymity in line with ministry rules, told",
            how="told",
            via=(("Yonhap", "told"),),
            anonymous=True,
            classes=ANON,
        ),
        Q(
            "the test showed Pyongyang's growing ability to strike targets across the region",
            "Analysts",
            "analysts",
            anonymous=True,
            classes=CTRL,
        ),
        Q(
            "“The range is the headline, but the accuracy is the real worry,”",
            "Hana Seo",
            "Hana Seo",
            classes=CTRL,
        ),
    ],
    titles={"Hana Seo": ["a researcher at the Hanbit Institute for Security Studies in Seoul"]},
)
_SEOUL_NOT: NonQuotes = [
    ("North Korea says it tested new cruise missile", "headline"),
    ("SEOUL, Nov. 4 (Yonhap) --", "byline"),
    ("who spoke on condition of anonymity in line with ministry rules", "non_reporting"),
]

_NAIROBI = A(
    id="w2-election-delay",
    style="wire",
    classes=("dateline", "pull_quote_first"),
    text=_text(
        '"Every vote will be counted, however long it takes."',
        "NAIROBI, Kenya (AP) — Kenya's electoral commission said Wednesday that results from more than 2,000 polling "
        "stations would be delayed by at least two days after a fault in the electronic transmission system.",
        "Commission chairman Joseph Kariuki told a news conference in Nairobi that paper forms would be used instead. "
        "Returning officers would carry them to the national tallying center by road. Observers from the African "
        "Union would travel with them.",
        '"Every vote will be counted, however long it takes," Kariuki said. "Nobody should take to the streets on '
        'the basis of rumors."',
        'The opposition Alliance for Change said the delay gave officials time to "cook the numbers."',
        "A police spokeswoman, Resila Onyango, said officers had been deployed to all 47 county tallying centers. She "
        "said there had been no reports of violence.",
        "Kenya has a history of disputed elections. More than 1,000 people were killed in clashes after the 2007 "
        "vote, and the Supreme Court annulled the result of the 2017 presidential election over irregularities in "
        "the transmission of results.",
        "Turnout in Tuesday's vote was estimated at 61%, lower than five years ago. Long lines formed outside "
        "polling stations in Nairobi and Mombasa before dawn.",
        "Associated Press writer Tom Odhiambo in Kisumu, Kenya, contributed to this report.",
    ),
    quotes=[
        Q(
            "results from more than 2,000 polling stations would be delayed by at least two days after a fault in the "
            "electronic transmission system",
            "Kenya's electoral commission",
            "Kenya's electoral commission",
            classes=("dateline_lead",),
        ),
        Q(
            "paper forms would be used instead",
            "Joseph Kariuki",
            "Joseph Kariuki",
            cue="told",
            how="told",
            classes=FREE,
        ),
        Q('"Every vote will be counted, however long it takes,"', "Kariuki", "Joseph Kariuki", classes=CTRL),
        Q('"Nobody should take to the streets on the basis of rumors."', "Kariuki", "Joseph Kariuki", classes=CTRL),
        Q(
            'the delay gave officials time to "cook the numbers."',
            "The opposition Alliance for Change",
            "Alliance for Change",
            classes=CTRL,
        ),
        Q(
            "officers had been deployed to all 47 county tallying centers",
            "Resila Onyango",
            "Resila Onyango",
            at="Resila Onyango, said",
            classes=CTRL,
        ),
        Q("there had been no reports of violence", "She", "Resila Onyango", classes=CTRL),
    ],
    titles={"Joseph Kariuki": ["Commission chairman"], "Resila Onyango": ["A police spokeswoman"]},
)
_NAIROBI_NOT: NonQuotes = [
    ('"Every vote will be counted, however long it takes."', "subheading"),
    ("NAIROBI, Kenya (AP) —", "byline"),
    ("Associated Press writer Tom Odhiambo in Kisumu, Kenya, contributed to this report.", "byline"),
]

_CANBERRA = A(
    id="w2-laser-protest",
    style="wire",
    classes=("dateline", "capital_speaker"),
    text=_text(
        "Australia protests to China over laser aimed at navy plane",
        "CANBERRA, Australia (AP) — Canberra has lodged a formal protest with Beijing after a Chinese warship pointed "
        "a laser at an Australian surveillance plane over the South China Sea, the defense ministry said Monday.",
        "Defense Minister Callum Reid said the laser could have blinded the crew. “This was unsafe and "
        "unprofessional, and we have told Beijing so in the clearest terms,” he told reporters in Canberra.",
        "Beijing said the Australian aircraft had entered Chinese airspace and that its navy had acted “in "
        "accordance with international law.” It said Canberra should stop its “provocative actions.”",
        "Chinese Foreign Ministry spokesperson Lin Hao said at a regular briefing that the two countries should "
        "“manage their differences properly.”",
        "Washington said it stood with Australia. A State Department spokesperson said the incident was “part of a "
        "pattern of dangerous behavior.”",
        "It is the third such incident involving Australian aircraft in 18 months. Relations between the two "
        "countries had improved after a long freeze over trade, and the Australian prime minister visited Beijing "
        "last year. Australian surveillance flights over the South China Sea have "
        "been flown for decades.",
        "Copyright 2026 The Associated Press. All rights reserved.",
    ),
    quotes=[
        Q(
            "Canberra has lodged a formal protest with Beijing after a Chinese warship pointed a laser at an "
            "Australian surveillance plane over the South China Sea",
            "the defense ministry",
            "defense ministry",
            classes=("dateline_lead",),
        ),
        Q("the laser could have blinded the crew", "Callum Reid", "Callum Reid", classes=CTRL),
        Q(
            "“This was unsafe and unprofessional, and we have told Beijing so in the clearest terms,”",
            "he",
            "Callum Reid",
            cue="told",
            how="told",
            classes=TOLD,
        ),
        Q(
            "the Australian aircraft had entered Chinese airspace and that its navy had acted “in accordance with "
            "international law.”",
            "Beijing",
            "Beijing",
            classes=SEAT,
        ),
        Q("Canberra should stop its “provocative actions.”", "It", "Beijing", classes=("organisation_it",)),
        Q(
            "the two countries should “manage their differences properly.”",
            "Lin Hao",
            "Lin Hao",
            at="Lin Hao said",
            classes=CTRL,
        ),
        Q("it stood with Australia", "Washington", "Washington", classes=SEAT),
        Q(
            "the incident was “part of a pattern of dangerous behavior.”",
            "A State Department spokesperson",
            "a State Department spokesperson",
            anonymous=True,
            classes=("spokesperson_for",),
        ),
    ],
    titles={"Callum Reid": ["Defense Minister"], "Lin Hao": ["Chinese Foreign Ministry spokesperson"]},
)
_CANBERRA_NOT: NonQuotes = [
    ("Australia protests to China over laser aimed at navy plane", "headline"),
    ("CANBERRA, Australia (AP) —", "byline"),
    ("Copyright 2026 The Associated Press. All rights reserved.", "byline"),
]

_OTTAWA = A(
    id="w2-pipeline-delay",
    style="wire",
    classes=("dateline", "capital_speaker"),
    text=_text(
        "Canada delays pipeline decision for more consultation",
        "OTTAWA — The federal government will delay its decision on the Kestrel pipeline by six months to allow "
        "more consultation with First Nations along the route, Natural Resources Minister Aimee Gauthier said on "
        "Thursday.",
        "Gauthier said the delay was not a rejection of the project. Officials would use the time to visit every "
        "affected community. A final decision would come before the end of the year.",
        "Ottawa insisted the extra months would not add to the project's costs, which have risen to 21 billion "
        "Canadian dollars.",
        "Kestrel Energy, the company behind the line, said in a statement that it was “disappointed but not "
        "surprised” and remained committed to the project.",
        "Chief Marion Bearspaw of the Tall Cedar First Nation told reporters the delay was “a start, not an answer.”",
        "Alberta Premier Dan Whitcombe said the delay would cost the province thousands of jobs. “Every month of "
        "delay is a month of paychecks lost,” he told a radio station in Edmonton.",
        "The 1,100-kilometre line would carry crude from the oil sands to a new terminal on the Pacific coast. Two "
        "earlier routes were abandoned after court challenges.",
        "(With reporting by Claire Dubois in Calgary)",
    ),
    quotes=[
        Q(
            "The federal government will delay its decision on the Kestrel pipeline by six months to allow more "
            "consultation with First Nations along the route",
            "Aimee Gauthier",
            "Aimee Gauthier",
            at="Aimee Gauthier said",
            classes=("dateline_lead",),
        ),
        Q("the delay was not a rejection of the project", "Gauthier", "Aimee Gauthier", classes=FREE),
        Q(
            "the extra months would not add to the project's costs, which have risen to 21 billion Canadian dollars",
            "Ottawa",
            "Ottawa",
            cue="insisted",
            classes=SEAT,
        ),
        Q(
            "it was “disappointed but not surprised” and remained committed to the project",
            "Kestrel Energy",
            "Kestrel Energy",
            at="Kestrel Energy, the company behind the line, said",
            how="statement",
            classes=CTRL,
        ),
        Q(
            "the delay was “a start, not an answer.”",
            "Marion Bearspaw",
            "Marion Bearspaw",
            cue="told",
            at="Marion Bearspaw of the Tall Cedar First Nation told",
            how="told",
            classes=TOLD,
        ),
        Q("the delay would cost the province thousands of jobs", "Dan Whitcombe", "Dan Whitcombe", classes=CTRL),
        Q(
            "“Every month of delay is a month of paychecks lost,”",
            "he",
            "Dan Whitcombe",
            cue="told",
            how="told",
            classes=TOLD,
        ),
    ],
    titles={
        "Aimee Gauthier": ["Natural Resources Minister"],
        "Kestrel Energy": ["the company behind the line"],
        "Dan Whitcombe": ["Alberta Premier"],
    },
)
_OTTAWA_NOT: NonQuotes = [
    ("Canada delays pipeline decision for more consultation", "headline"),
    ("OTTAWA —", "byline"),
    ("(With reporting by Claire Dubois in Calgary)", "byline"),
]

_DELHI = A(
    id="w2-heatwave",
    style="wire",
    classes=("dateline", "spokesperson_for"),
    text=_text(
        "Delhi shuts schools as temperatures near 47C",
        "NEW DELHI, June 2 (Reuters) - Authorities in New Delhi ordered all schools to close for a week from Monday as "
        "temperatures in the Indian capital approached 47 degrees Celsius, an education department official said.",
        "A spokesperson for the India Meteorological Department said the heatwave was expected to last until at "
        "least June 10. Night-time temperatures would stay above 30C in much of the north. Rain was not expected "
        "before the middle of the month.",
        "Delhi Health Minister Ravi Sethi told a news conference that hospitals had set aside 1,200 beds for "
        "patients with heatstroke. “We are asking people to stay indoors between noon and four in the afternoon,” "
        "he said.",
        "Power demand in the city hit a record 8,900 megawatts on Saturday, and queues formed at water tankers in "
        "several districts on the city's eastern edge.",
        "Two officials at the power ministry, who declined to be named because they were not authorised to speak to "
        "the media, said some areas faced rolling blackouts of up to four hours a day.",
        "Construction work has been halted between noon and 4 p.m., and outdoor workers have been told to take "
        "longer breaks. Heatwaves in India have become longer and more frequent over the past two decades.",
        "(Reporting by Priya Menon and Arjun Rao; Additional reporting by Kavita Das; Editing by Simon Lowe)",
    ),
    quotes=[
        Q(
            "Authorities in New Delhi ordered all schools to close for a week from Monday as temperatures in the "
            "Indian capital approached 47 degrees Celsius",
            "an education department official",
            "an education department official",
            anonymous=True,
            classes=("dateline_lead",),
        ),
        Q(
            "the heatwave was expected to last until at least June 10",
            "A spokesperson for the India Meteorological Department",
            "a spokesperson for the India Meteorological Department",
            anonymous=True,
            classes=FREE,
        ),
        Q(
            "hospitals had set aside 1,200 beds for patients with heatstroke",
            "Ravi Sethi",
            "Ravi Sethi",
            cue="told",
            how="told",
            classes=("told_news_conference",),
        ),
        Q(
            "“We are asking people to stay indoors between noon and four in the afternoon,”",
            "he",
            "Ravi Sethi",
            classes=CTRL,
        ),
        Q(
            "some areas faced rolling blackouts of up to four hours a day",
            "Two officials at the power ministry",
            "two officials at the power ministry",
            at="Two officials at the power ministry, who declined to be named because they were not authorised to "
            "speak to the media, said",
            anonymous=True,
            classes=ANON,
        ),
    ],
    titles={"Ravi Sethi": ["Delhi Health Minister"]},
)
_DELHI_NOT: NonQuotes = [
    ("Delhi shuts schools as temperatures near 47C", "headline"),
    ("NEW DELHI, June 2 (Reuters) -", "byline"),
    ("because they were not authorised to speak to the media", "non_reporting"),
    ("(Reporting by Priya Menon and Arjun Rao; Additional reporting by Kavita Das; Editing by Simon Lowe)", "byline"),
]

ITEMS_B: list[tuple[A, NonQuotes]] = [
    (_MOSCOW, _MOSCOW_NOT),
    (_SEOUL, _SEOUL_NOT),
    (_NAIROBI, _NAIROBI_NOT),
    (_CANBERRA, _CANBERRA_NOT),
    (_OTTAWA, _OTTAWA_NOT),
    (_DELHI, _DELHI_NOT),
]
"""The last six stories and their non-quotes."""
