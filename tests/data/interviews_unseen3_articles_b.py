"""The third unseen interviews set, part B: a trial, an inquiry, a cross-examination, an edited Q&A, radio.

Every name, place, outlet and event is invented. See ``make_interviews_unseen3.py`` for what the set covers.
"""

from __future__ import annotations

from interviews_unseen2_articles import NonQuotes, ans, asked, more
from make_speakers_suite import A, Q

_JURY = A(
    "fraud-trial-jury-heard",
    "court",
    ("jury_heard", "pronoun", "plain"),
    "Charity treasurer spent donations on holidays, jury told\n\n"
    "A former charity treasurer used more than £90,000 of donations to pay for holidays and a car, a court "
    "heard on Monday.\n\n"
    "Gordon Felsham, 58, denies six counts of fraud by abuse of position at the Westmere Hospice Trust "
    "between 2019 and 2023.\n\n"
    "Opening the case at Westmere Crown Court, prosecutor Naomi Achterberg said Felsham had “treated the "
    "trust's account as his own”. The jury heard that he had moved money in small amounts, never more than "
    "£2,000 at a time, so that the trust's auditors would not notice.\n\n"
    "Achterberg said the payments had stopped only when a new chair of trustees asked to see the bank "
    "statements. “He had nowhere left to hide,” she told the jury.\n\n"
    "The trial continues.\n",
    [
        Q(
            "A former charity treasurer used more than £90,000 of donations to pay for holidays and a car",
            None,
            "Naomi Achterberg",
            cue="heard",
            at="a court heard",
        ),
        Q(
            "Felsham had “treated the trust's account as his own”",
            "Naomi Achterberg",
            "Naomi Achterberg",
        ),
        Q(
            "he had moved money in small amounts, never more than £2,000 at a time, so that the trust's auditors "
            "would not notice",
            None,
            "Naomi Achterberg",
            cue="heard",
            at="The jury heard",
        ),
        Q(
            "the payments had stopped only when a new chair of trustees asked to see the bank statements",
            "Achterberg",
            "Naomi Achterberg",
        ),
        Q("“He had nowhere left to hide,”", "she", "Naomi Achterberg", cue="told", at="she told"),
    ],
    {"Naomi Achterberg": ["prosecutor"]},
)
_JURY_NQ: NonQuotes = [
    ("Charity treasurer spent donations on holidays, jury told", "headline"),
    ("The trial continues.", "non_reporting"),
]

_INQUIRY = A(
    "care-home-inquiry-heard",
    "court",
    ("inquiry_heard", "plain"),
    "Care home staff were not trained to use new hoists, inquiry hears\n\n"
    "Staff at the Larchfield care home had never been shown how to use the hoists bought to lift residents, "
    "a public inquiry has heard.\n\n"
    "Giving evidence on Wednesday, the home's former deputy manager, Yvonne Castellanos, said the hoists "
    "arrived in January 2022 with a manual but no trainer. The inquiry heard that she had asked the owners "
    "for training three times that spring.\n\n"
    "“I was told it was on the list,” Castellanos said. “It was always on the list.”\n\n"
    "Counsel to the inquiry, Benedict Sorensen, said the owners' records showed no training booked before "
    "the following November.\n",
    [
        Q(
            "Staff at the Larchfield care home had never been shown how to use the hoists bought to lift residents",
            None,
            "Yvonne Castellanos",
            cue="heard",
            at="a public inquiry has heard",
        ),
        Q(
            "the hoists arrived in January 2022 with a manual but no trainer",
            "Yvonne Castellanos",
            "Yvonne Castellanos",
            at="Yvonne Castellanos, said",
        ),
        Q(
            "she had asked the owners for training three times that spring",
            None,
            "Yvonne Castellanos",
            cue="heard",
            at="The inquiry heard",
        ),
        Q("“I was told it was on the list,”", "Castellanos", "Yvonne Castellanos"),
        more("“It was always on the list.”", "Yvonne Castellanos"),
        Q(
            "the owners' records showed no training booked before the following November",
            "Benedict Sorensen",
            "Benedict Sorensen",
            at="Benedict Sorensen, said",
        ),
    ],
    {
        "Yvonne Castellanos": ["the home's former deputy manager"],
        "Benedict Sorensen": ["Counsel to the inquiry"],
    },
)
_INQUIRY_NQ: NonQuotes = [
    ("Care home staff were not trained to use new hoists, inquiry hears", "headline"),
]

_CROSS = A(
    "van-theft-cross-examination",
    "court",
    ("cross_examination", "pronoun", "plain"),
    "Man accused of handling stolen vans tells court he ‘asked no questions’\n\n"
    "A garage owner accused of selling stolen vans told a jury on Friday that he had bought them in good "
    "faith from a dealer he trusted.\n\n"
    "Declan Moyes, 44, of Rushby, denies handling stolen goods.\n\n"
    "Cross-examining the defendant, prosecutor Fiona Haldane suggested that he had known the vans were "
    "stolen because their number plates did not match their logbooks. “I asked no questions because I had "
    "no reason to,” Moyes replied.\n\n"
    "Haldane put it to him that he had paid less than half the market price. He said the dealer had "
    "told him the vans came from a firm that had gone bust.\n\n"
    "The trial continues.\n",
    [
        Q(
            "he had bought them in good faith from a dealer he trusted",
            "A garage owner accused of selling stolen vans",
            "Declan Moyes",
            cue="told",
            at="A garage owner accused of selling stolen vans told",
        ),
        Q(
            "he had known the vans were stolen because their number plates did not match their logbooks",
            "Fiona Haldane",
            "Fiona Haldane",
            cue="suggested",
        ),
        Q("“I asked no questions because I had no reason to,”", "Moyes", "Declan Moyes", cue="replied"),
        Q(
            "he had paid less than half the market price",
            "Haldane",
            "Fiona Haldane",
            cue="put it to him",
            at="Haldane put it to him",
        ),
        Q("the dealer had told him the vans came from a firm that had gone bust", "He", "Declan Moyes"),
        Q(
            "the vans came from a firm that had gone bust",
            "the dealer",
            "the dealer",
            cue="told",
            at="the dealer had told",
            via=(("Declan Moyes", "reported_by"),),
            anonymous=True,
        ),
    ],
    {"Fiona Haldane": ["prosecutor"]},
)
_CROSS_NQ: NonQuotes = [
    ("Man accused of handling stolen vans tells court he ‘asked no questions’", "headline"),
    ("The trial continues.", "non_reporting"),
]

_EDITED = A(
    "edited-qa-standfirst",
    "qa",
    ("outlet_label", "surname_labels", "edited_note"),
    "The Conversation: Petra Varga\n\n"
    "Petra Varga became the first woman to lead the Danube Valley mountain rescue service in March. Our "
    "editor, Colin Ashby, asked her about a record season on the slopes, the volunteers she cannot find and "
    "the call she still thinks about. This interview has been edited for length and clarity.\n\n"
    "The Ledger: How many call-outs this year?\n\n"
    "Varga: Two hundred and six so far, which is more than the whole of last year. Most are walkers in "
    "trainers who set off too late.\n\n"
    "The Ledger: Do you have enough volunteers?\n\n"
    "Varga: No. We have forty-one on the rota and we need sixty. Young people want to help, but they can't "
    "leave work at two in the afternoon.\n\n"
    "The Ledger: Which rescue stays with you?\n\n"
    "Varga: A boy of eleven, last August, who had followed his dog off the path. We found him after nine "
    "hours. He asked me whether the dog was in trouble.\n",
    [
        ans(
            "Two hundred and six so far, which is more than the whole of last year. Most are walkers in trainers "
            "who set off too late.",
            "Petra Varga",
        ),
        ans(
            "No. We have forty-one on the rota and we need sixty. Young people want to help, but they can't leave "
            "work at two in the afternoon.",
            "Petra Varga",
        ),
        ans(
            "A boy of eleven, last August, who had followed his dog off the path. We found him after nine hours. "
            "He asked me whether the dog was in trouble.",
            "Petra Varga",
        ),
    ],
)
_EDITED_NQ: NonQuotes = [
    ("The Conversation: Petra Varga", "title"),
    ("This interview has been edited for length and clarity.", "non_reporting"),
    *asked(
        "How many call-outs this year?",
        "Do you have enough volunteers?",
        "Which rescue stays with you?",
    ),
]

_RADIO = A(
    "radio-initials-after-full-names",
    "qa",
    ("initial_labels", "name_labels", "nested"),
    "Transcript: The Harbour Hour, Port Avon Radio\n\n"
    "The presenter Rhys Llewellyn spoke to the harbourmaster, Grace Tamaki, about the closure of the north "
    "quay after a crane collapsed. The transcript uses their initials after the first turn.\n\n"
    "RHYS LLEWELLYN: Grace, is the quay safe?\n\n"
    "GRACE TAMAKI: The quay itself is sound. The crane is not, and until it is taken down nobody works under "
    "it.\n\n"
    "RL: How long will that take?\n\n"
    "GT: Three weeks, perhaps four. The engineers told me, “We will not rush a lift of that size,” and I "
    "agree with them.\n\n"
    "RL: And the fishing boats?\n\n"
    "GT: They can land at the south quay. It is busier, but it works.\n\n"
    "RL: Grace Tamaki, thank you.\n",
    [
        ans(
            "The quay itself is sound. The crane is not, and until it is taken down nobody works under it.",
            "Grace Tamaki",
        ),
        ans(
            "Three weeks, perhaps four. The engineers told me, “We will not rush a lift of that size,” and I agree "
            "with them.",
            "Grace Tamaki",
        ),
        Q(
            "“We will not rush a lift of that size,”",
            "The engineers",
            "the engineers",
            cue="told",
            at="The engineers told",
            via=(("Grace Tamaki", "reported_by"),),
            anonymous=True,
        ),
        ans("They can land at the south quay. It is busier, but it works.", "Grace Tamaki"),
    ],
    {"Grace Tamaki": ["the harbourmaster"]},
)
_RADIO_NQ: NonQuotes = [
    ("Transcript: The Harbour Hour, Port Avon Radio", "title"),
    *asked(
        "Grace, is the quay safe?",
        "How long will that take?",
        "And the fishing boats?",
        "Grace Tamaki, thank you.",
    ),
]

ITEMS_B = [
    (_JURY, _JURY_NQ),
    (_INQUIRY, _INQUIRY_NQ),
    (_CROSS, _CROSS_NQ),
    (_EDITED, _EDITED_NQ),
    (_RADIO, _RADIO_NQ),
]
"""The last five articles with their non-quotes."""
