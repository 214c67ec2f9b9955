"""The third unseen interviews set: invented transcripts, hearings and briefings (session 17), part A.

Every name, place, outlet and event is invented. See ``make_interviews_unseen3.py`` for what the set covers and
the decisions it adds to those of the first two sets. Each item is an article (:class:`make_speakers_suite.A`)
with its non-quotes, ``(text, why)`` in text order.
"""

from __future__ import annotations

from interviews_unseen2_articles import NonQuotes, ans, asked
from make_speakers_suite import A, Q

_WATER = A(
    "water-chief-surname-labels",
    "qa",
    ("surname_labels", "qa_labels", "plain"),
    "‘We were too slow’: the water chief on the summer of shortages\n\n"
    "By Lena Marchetti\n\n"
    "Anjali Kapoor has run Northmoor Water for three years. This summer more than 40,000 homes in the valley "
    "lost their supply for up to six days. She met the Courier at the company's offices in Brackley on "
    "Monday.\n\n"
    "Q: How did it get so bad?\n\n"
    "KAPOOR: The reservoirs were fuller than last year. The problem was the pipes. We lost two trunk mains "
    "in a week, and we did not have the spare parts in the county.\n\n"
    "Q: Customers say nobody told them anything.\n\n"
    "KAPOOR: That is fair. We were too slow with the text messages and the website fell over on the second "
    "day. I have apologised for that and I do so again.\n\n"
    "Q: Will bills go up to pay for the repairs?\n\n"
    "KAPOOR: Not this year. The repairs come out of money we had already set aside.\n\n"
    "Q: Should you resign?\n\n"
    "KAPOOR: No. My job is to fix it, and I intend to.\n\n"
    "The regulator, the Water Standards Board, said on Tuesday it had opened an investigation into the "
    "company's handling of the shortages.\n",
    [
        ans(
            "The reservoirs were fuller than last year. The problem was the pipes. We lost two trunk mains in a "
            "week, and we did not have the spare parts in the county.",
            "Anjali Kapoor",
        ),
        ans(
            "That is fair. We were too slow with the text messages and the website fell over on the second day. "
            "I have apologised for that and I do so again.",
            "Anjali Kapoor",
        ),
        ans("Not this year. The repairs come out of money we had already set aside.", "Anjali Kapoor"),
        ans("No. My job is to fix it, and I intend to.", "Anjali Kapoor"),
        Q(
            "it had opened an investigation into the company's handling of the shortages",
            "the Water Standards Board",
            "Water Standards Board",
            at="the Water Standards Board, said",
        ),
    ],
    {"Water Standards Board": ["The regulator"]},
)
_WATER_NQ: NonQuotes = [
    ("‘We were too slow’: the water chief on the summer of shortages", "headline"),
    ("By Lena Marchetti", "byline"),
    *asked(
        "How did it get so bad?",
        "Customers say nobody told them anything.",
        "Will bills go up to pay for the repairs?",
        "Should you resign?",
    ),
]

_MINISTER = A(
    "minister-press-conference-ms-labels",
    "qa",
    ("title_surname_labels", "qa_labels", "plain"),
    "Transcript: health minister's news conference on winter vaccinations\n\n"
    "The health minister, Ingrid Halvorsen, held a news conference in the capital on Wednesday to launch the "
    "winter vaccination campaign. An edited transcript of the questions follows her opening statement.\n\n"
    "MS HALVORSEN: Good morning. From Monday, everyone over sixty can book a winter vaccine at any pharmacy. "
    "We have ordered four million doses, a million more than last year.\n\n"
    "Q: Minister, last winter pharmacies ran out in December. Why will this year be different?\n\n"
    "MS HALVORSEN: Because the doses are already in the warehouses. Last year we were waiting on deliveries "
    "until November.\n\n"
    "Q: Will under-sixties be able to pay for a vaccine?\n\n"
    "MS HALVORSEN: Pharmacies may offer that from January if supplies allow. I would rather we got the "
    "over-sixties done first.\n\n"
    "Q: The opposition says the campaign is starting a month late.\n\n"
    "MS HALVORSEN: The opposition said the same last year, and we vaccinated more people than ever.\n\n"
    "Speaking after the conference, the pharmacists' association president, Tomasz Wierzbicki, said the "
    "timetable was “tight but workable”.\n",
    [
        ans(
            "Good morning. From Monday, everyone over sixty can book a winter vaccine at any pharmacy. We have "
            "ordered four million doses, a million more than last year.",
            "Ingrid Halvorsen",
        ),
        ans(
            "Because the doses are already in the warehouses. Last year we were waiting on deliveries until November.",
            "Ingrid Halvorsen",
        ),
        ans(
            "Pharmacies may offer that from January if supplies allow. I would rather we got the over-sixties "
            "done first.",
            "Ingrid Halvorsen",
        ),
        ans(
            "The opposition said the same last year, and we vaccinated more people than ever.",
            "Ingrid Halvorsen",
        ),
        Q(
            "the timetable was “tight but workable”",
            "Tomasz Wierzbicki",
            "Tomasz Wierzbicki",
            at="Tomasz Wierzbicki, said",
        ),
    ],
    {"Ingrid Halvorsen": ["The health minister"], "Tomasz Wierzbicki": ["the pharmacists' association president"]},
)
_MINISTER_NQ: NonQuotes = [
    ("Transcript: health minister's news conference on winter vaccinations", "title"),
    *asked(
        "Minister, last winter pharmacies ran out in December. Why will this year be different?",
        "Will under-sixties be able to pay for a vaccine?",
        "The opposition says the campaign is starting a month late.",
    ),
]

_PODCAST = A(
    "farming-podcast-timestamps",
    "qa",
    ("timestamps", "name_labels", "surname_labels"),
    "Transcript: Field Notes, episode 48 — the last dairy in Hollins Vale\n\n"
    "On this episode the host, Bridget Carrow, visits Samuel Oduya, who milks ninety cows on the last dairy "
    "farm in Hollins Vale. This transcript was generated automatically and checked by a producer.\n\n"
    "[00:02:10] Bridget Carrow: Samuel, how long has the farm been in your family?\n\n"
    "[00:02:14] Samuel Oduya: Since 1961. My grandfather bought it with money he saved working on the railway.\n\n"
    "[00:03:02] Carrow: And the milk price this year?\n\n"
    "[00:03:05] Oduya: It's below what it costs us to produce. We lose about four pence on every litre, and "
    "that can't go on.\n\n"
    "[00:14:32] Carrow: What would make you stop?\n\n"
    "[00:14:36] Oduya: Another year like this one. My daughter wants to take over, but I won't hand her a "
    "debt.\n\n"
    "[00:15:20] Carrow: Samuel Oduya, thank you.\n\n"
    "Field Notes is produced by Hollins Vale Community Radio.\n",
    [
        ans("Since 1961. My grandfather bought it with money he saved working on the railway.", "Samuel Oduya"),
        ans(
            "It's below what it costs us to produce. We lose about four pence on every litre, and that can't go on.",
            "Samuel Oduya",
        ),
        ans(
            "Another year like this one. My daughter wants to take over, but I won't hand her a debt.",
            "Samuel Oduya",
        ),
    ],
)
_PODCAST_NQ: NonQuotes = [
    ("Transcript: Field Notes, episode 48 — the last dairy in Hollins Vale", "title"),
    *asked(
        "Samuel, how long has the farm been in your family?",
        "And the milk price this year?",
        "What would make you stop?",
        "Samuel Oduya, thank you.",
    ),
]

_COMMITTEE = A(
    "select-committee-chair-witness",
    "qa",
    ("chair_witness_labels", "surname_labels", "plain"),
    "Rail operator's chief grilled by transport committee\n\n"
    "The chief executive of Eastline Railways, Marcus Lindqvist, gave evidence to the transport select "
    "committee on Tuesday about the cancellation of more than 3,000 trains in October. The committee is "
    "chaired by Rosalind Achterberg. The following is an extract from the uncorrected transcript.\n\n"
    "Chair: Mr Lindqvist, how many drivers did Eastline employ on 1 October?\n\n"
    "Witness: Four hundred and twelve. We needed about four hundred and fifty.\n\n"
    "Chair: When did you first know you were short?\n\n"
    "Witness: In the spring. We started a recruitment drive in May, but it takes a year to train a driver.\n\n"
    "Mr Okonkwo: Passengers in my constituency were told nothing on the platforms. Why?\n\n"
    "Witness: The information screens were fed from the same system as the timetable, and that system did "
    "not know which trains had no driver until the morning itself.\n\n"
    "Ms Brannigan: Will passengers be compensated?\n\n"
    "Witness: Yes. Anyone with a season ticket will get a month's refund.\n\n"
    "After the session, Achterberg said the committee would write to the transport secretary. Lindqvist "
    "told reporters outside that he had no plans to resign.\n",
    [
        ans("Four hundred and twelve. We needed about four hundred and fifty.", "Marcus Lindqvist"),
        ans(
            "In the spring. We started a recruitment drive in May, but it takes a year to train a driver.",
            "Marcus Lindqvist",
        ),
        ans(
            "The information screens were fed from the same system as the timetable, and that system did not "
            "know which trains had no driver until the morning itself.",
            "Marcus Lindqvist",
        ),
        ans("Yes. Anyone with a season ticket will get a month's refund.", "Marcus Lindqvist"),
        Q("the committee would write to the transport secretary", "Achterberg", "Rosalind Achterberg"),
        Q(
            "he had no plans to resign",
            "Lindqvist",
            "Marcus Lindqvist",
            cue="told",
            at="Lindqvist told",
        ),
    ],
    {"Marcus Lindqvist": ["The chief executive of Eastline Railways"]},
)
_COMMITTEE_NQ: NonQuotes = [
    ("Rail operator's chief grilled by transport committee", "headline"),
    *asked(
        "Mr Lindqvist, how many drivers did Eastline employ on 1 October?",
        "When did you first know you were short?",
        "Passengers in my constituency were told nothing on the platforms. Why?",
        "Will passengers be compensated?",
    ),
]

_BRIEFING = A(
    "mayor-briefing-asked-by-reporter",
    "news",
    ("asked_whether", "pronoun", "plain"),
    "Mayor rules out reopening Fenwick pool before spring\n\n"
    "The mayor of Carrowfield, Delphine Okereke, said on Thursday that the Fenwick Street swimming pool "
    "would stay closed until at least April while engineers repair its roof.\n\n"
    "Asked by a reporter whether the council had known about the roof before it closed the pool, she said "
    "that an inspection in 2023 had found “minor corrosion” and nothing more.\n\n"
    "Asked whether swimming lessons for schools would be moved, Okereke said: “Every school that booked "
    "Fenwick has been offered a place at Hadley Road, and most have taken it.”\n\n"
    "When a reporter asked how much the repairs would cost, she replied that the council would not know "
    "until the engineers had finished their survey.\n\n"
    "The Fenwick Swimmers club said its members were “deeply frustrated” by the delay.\n",
    [
        Q(
            "the Fenwick Street swimming pool would stay closed until at least April while engineers repair its roof",
            "Delphine Okereke",
            "Delphine Okereke",
            at="Delphine Okereke, said",
        ),
        Q(
            "an inspection in 2023 had found “minor corrosion” and nothing more",
            "she",
            "Delphine Okereke",
        ),
        Q(
            "“Every school that booked Fenwick has been offered a place at Hadley Road, and most have taken it.”",
            "Okereke",
            "Delphine Okereke",
        ),
        Q(
            "the council would not know until the engineers had finished their survey",
            "she",
            "Delphine Okereke",
            cue="replied",
        ),
        Q(
            "its members were “deeply frustrated” by the delay",
            "The Fenwick Swimmers club",
            "Fenwick Swimmers club",
        ),
    ],
    {"Delphine Okereke": ["The mayor of Carrowfield"]},
)
_BRIEFING_NQ: NonQuotes = [
    ("Mayor rules out reopening Fenwick pool before spring", "headline"),
    ("whether the council had known about the roof before it closed the pool", "non_reporting"),
    ("whether swimming lessons for schools would be moved", "non_reporting"),
    ("how much the repairs would cost", "non_reporting"),
]

_FATHER = A(
    "interviewer-label-inner-quotation",
    "qa",
    ("interviewer_label", "surname_labels", "nested"),
    "At 80, the baker who will not retire\n\n"
    "Hugo Brandt opened his first bakery in Tillingford in 1968. He still starts work at four every morning. "
    "He spoke to the Tillingford Echo in the shop's back room.\n\n"
    "Interviewer: Why not retire?\n\n"
    "Brandt: My father always said, ‘Never sell the farm.’ We never had a farm, of course. The bakery is the "
    "farm.\n\n"
    "Interviewer: Who will run it after you?\n\n"
    "Brandt: My granddaughter, Mila. She already makes the rye better than I do.\n\n"
    "Interviewer: Has the town changed?\n\n"
    "Brandt: The people have not. My first customer told me, “Your bread is too dark for this town,” and she "
    "came back every week for forty years.\n",
    [
        ans(
            "My father always said, ‘Never sell the farm.’ We never had a farm, of course. The bakery is the farm.",
            "Hugo Brandt",
        ),
        Q(
            "‘Never sell the farm.’",
            "My father",
            "Hugo Brandt's father",
            at="My father always said",
            via=(("Hugo Brandt", "reported_by"),),
            anonymous=True,
        ),
        ans("My granddaughter, Mila. She already makes the rye better than I do.", "Hugo Brandt"),
        ans(
            "The people have not. My first customer told me, “Your bread is too dark for this town,” and she came "
            "back every week for forty years.",
            "Hugo Brandt",
        ),
        Q(
            "“Your bread is too dark for this town,”",
            "My first customer",
            "Hugo Brandt's first customer",
            cue="told",
            at="My first customer told",
            via=(("Hugo Brandt", "reported_by"),),
            anonymous=True,
        ),
    ],
)
_FATHER_NQ: NonQuotes = [
    ("At 80, the baker who will not retire", "headline"),
    *asked("Why not retire?", "Who will run it after you?", "Has the town changed?"),
]

ITEMS_A = [
    (_WATER, _WATER_NQ),
    (_MINISTER, _MINISTER_NQ),
    (_PODCAST, _PODCAST_NQ),
    (_COMMITTEE, _COMMITTEE_NQ),
    (_BRIEFING, _BRIEFING_NQ),
    (_FATHER, _FATHER_NQ),
]
"""The first six articles with their non-quotes."""
