"""The second unseen interviews set, part B: a police briefing, a naming control, a dash-turn interview, radio.

Every name, place, outlet and event is invented. See ``make_interviews_unseen2.py`` for what the set covers.
"""

from __future__ import annotations

from interviews_unseen2_articles import NonQuotes, ans, asked
from make_speakers_suite import A, Q

_BRIEFING = A(
    "police-briefing-q-dot",
    "qa",
    ("q_dot_labels", "a_dot_labels", "called_evaluative", "plain"),
    "Police briefing on the Marsh Road fire: the questions and answers\n\n"
    "Chief Inspector Farah Quadri of Wexham Police briefed reporters outside the station on Friday morning, a "
    "day after a fire at a furniture warehouse on Marsh Road. She read a short statement and then took "
    "questions.\n\n"
    "In the statement, Quadri said two men, aged 19 and 23, had been arrested on suspicion of arson. “Both "
    "remain in custody and our inquiries are continuing,” she said.\n\n"
    "Q. Was anyone hurt?\n"
    "A. Two firefighters were treated for smoke inhalation. Both went home last night.\n\n"
    "Q. Do you know why the warehouse was targeted?\n"
    "A. I'm not going to speculate. We are keeping an open mind.\n\n"
    "Q. Were there earlier attacks on the building?\n"
    "A. There was a report of criminal damage in August. We are looking at whether the two are linked.\n\n"
    "Q. When will Marsh Road reopen?\n"
    "A. Not before Monday. The building is still unsafe.\n\n"
    "The warehouse's owner, Desmond Achebe, said he had lost stock worth about £600,000. He called the fire "
    "“a deliberate attack on forty jobs” and said he would rebuild.\n",
    [
        Q("two men, aged 19 and 23, had been arrested on suspicion of arson", "Quadri", "Farah Quadri"),
        Q("“Both remain in custody and our inquiries are continuing,”", "she", "Farah Quadri"),
        ans("Two firefighters were treated for smoke inhalation. Both went home last night.", "Farah Quadri"),
        ans("I'm not going to speculate. We are keeping an open mind.", "Farah Quadri"),
        ans(
            "There was a report of criminal damage in August. We are looking at whether the two are linked.",
            "Farah Quadri",
        ),
        ans("Not before Monday. The building is still unsafe.", "Farah Quadri"),
        Q("he had lost stock worth about £600,000", "Desmond Achebe", "Desmond Achebe", at="Desmond Achebe, said"),
        Q("“a deliberate attack on forty jobs”", "He", "Desmond Achebe", cue="called", at="He called"),
        Q(
            "he would rebuild",
            "He",
            "Desmond Achebe",
            at="He called the fire “a deliberate attack on forty jobs” and said",
        ),
    ],
    {"Farah Quadri": ["Chief Inspector"], "Desmond Achebe": ["The warehouse's owner"]},
)
_BRIEFING_NQ: NonQuotes = [
    ("Police briefing on the Marsh Road fire: the questions and answers", "headline"),
    *asked(
        "Was anyone hurt?",
        "Do you know why the warehouse was targeted?",
        "Were there earlier attacks on the building?",
        "When will Marsh Road reopen?",
    ),
]

_FERRY = A(
    "ferry-fares-called-or-named",
    "local",
    ("called_evaluative", "naming_control", "plain"),
    "Ferry operator's fight over a fare cap angers islanders\n\n"
    "Island Link, which runs the ferries between Portmoor and the Skerra islands, is fighting a government plan "
    "to cap fares, which the chief executive, Ana Ruiz, called ‘total political nonsense’ at a meeting with "
    "islanders on Tuesday.\n\n"
    "The cap was proposed by the transport minister, Hugo Brennan. He has called the current fares “a tax on "
    "living on an island”. Brennan said the cap would start in June whatever the company decided.\n\n"
    "Residents of Skerra Mor, the largest island, packed the village hall for the meeting. One of them, the "
    "fisherman Calum Reid, called Ruiz's remarks “an insult to every family here”. Another, a retired teacher, "
    "said she now spent a fifth of her pension on crossings.\n\n"
    "The company's oldest vessel, which islanders call ‘the Bathtub’, is due to be replaced next year. The "
    "crossing, known locally as ‘the Long Mile’, takes 50 minutes in good weather. The new ferry will be named "
    "‘Skerra Spirit’ after a vote by schoolchildren.\n\n"
    "Ruiz later said her words had been “badly chosen”. “I was angry, and I said something I should not have,” "
    "she said. Brennan called the apology “welcome but late”.\n",
    [
        Q("‘total political nonsense’", "Ana Ruiz", "Ana Ruiz", cue="called", at="Ana Ruiz, called"),
        Q("“a tax on living on an island”", "He", "Hugo Brennan", cue="called", at="He has called"),
        Q("the cap would start in June whatever the company decided", "Brennan", "Hugo Brennan"),
        Q("“an insult to every family here”", "Calum Reid", "Calum Reid", cue="called", at="Calum Reid, called"),
        Q(
            "she now spent a fifth of her pension on crossings",
            "a retired teacher",
            "a retired teacher",
            at="a retired teacher, said",
            anonymous=True,
        ),
        Q("her words had been “badly chosen”", "Ruiz", "Ana Ruiz", at="Ruiz later said"),
        Q("“I was angry, and I said something I should not have,”", "she", "Ana Ruiz"),
        Q("“welcome but late”", "Brennan", "Hugo Brennan", cue="called"),
    ],
    {
        "Ana Ruiz": ["the chief executive"],
        "Hugo Brennan": ["the transport minister"],
        "Calum Reid": ["the fisherman"],
    },
)
_FERRY_NQ: NonQuotes = [
    ("Ferry operator's fight over a fare cap angers islanders", "headline"),
    ("‘the Bathtub’", "nickname"),
    ("‘the Long Mile’", "nickname"),
    ("‘Skerra Spirit’", "title"),
]

_BAKER = A(
    "village-baker-dash-turns",
    "interview",
    ("dash_turns", "nested", "plain"),
    "‘We are not leaving’: the last baker of Vellan speaks\n\n"
    "Translated from the Portuguese. Our correspondent, Inês Sardinha, visited Vellan, a village of 140 people "
    "in the hills above the coast, where Tomé Alvarenga, 71, has baked bread every morning since 1974.\n\n"
    "— How many loaves do you bake a day?\n"
    "— Three hundred in summer. In winter, maybe ninety. The village is getting smaller.\n"
    "— Why stay?\n"
    "— Where would I go? My father built this oven. He told me, “The oven does not care if you are tired,” and "
    "he was right.\n"
    "— Will anyone take over?\n"
    "— My granddaughter says she wants to. She is fourteen, so we will see.\n"
    "— What would you tell the government?\n"
    "— Open the school again. Without children there is no village, and without a village there is no "
    "bakery.\n\n"
    "The Serra Alta regional council said in March that it had no plans to reopen the school, which closed in "
    "2016.\n",
    [
        ans("Three hundred in summer. In winter, maybe ninety. The village is getting smaller.", "Tomé Alvarenga"),
        ans(
            "Where would I go? My father built this oven. He told me, “The oven does not care if you are tired,” "
            "and he was right.",
            "Tomé Alvarenga",
        ),
        Q(
            "“The oven does not care if you are tired,”",
            "He",
            "Tomé Alvarenga's father",
            cue="told",
            at="He told",
            via=(("Tomé Alvarenga", "reported_by"),),
            anonymous=True,
        ),
        ans("My granddaughter says she wants to. She is fourteen, so we will see.", "Tomé Alvarenga"),
        Q(
            "she wants to",
            "My granddaughter",
            "Tomé Alvarenga's granddaughter",
            cue="says",
            via=(("Tomé Alvarenga", "reported_by"),),
            anonymous=True,
        ),
        ans(
            "Open the school again. Without children there is no village, and without a village there is no bakery.",
            "Tomé Alvarenga",
        ),
        Q(
            "it had no plans to reopen the school, which closed in 2016",
            "The Serra Alta regional council",
            "Serra Alta regional council",
            at="The Serra Alta regional council said",
        ),
    ],
)
_BAKER_NQ: NonQuotes = [
    ("‘We are not leaving’: the last baker of Vellan speaks", "headline"),
    *asked(
        "How many loaves do you bake a day?",
        "Why stay?",
        "Will anyone take over?",
        "What would you tell the government?",
    ),
]

_RADIO = A(
    "hospital-radio-transcript",
    "qa",
    ("upper_name_labels", "title_label", "stage_direction", "nested"),
    "Transcript: Morning Report, Radio Wexham, 7.40am\n\n"
    "The health board's medical director, Dr Amara Nwosu, was interviewed about winter pressures at Wexham "
    "General Hospital. Below is a transcript of the interview.\n\n"
    "SAM HOLT: Dr Nwosu, ambulances queued outside the hospital for nine hours on Sunday. Is the hospital "
    "coping?\n\n"
    "DR NWOSU: Honestly, no, not on Sunday. We had every bed full by eight in the morning, and we could not "
    "discharge patients because there were no care places for them.\n\n"
    "SAM HOLT: Whose fault is that?\n\n"
    "DR NWOSU: I don't think fault helps anyone. The council has lost a third of its care staff since 2022. One "
    "of the care home managers said to me last month, “I can open the beds, but I can't staff them.”\n\n"
    "SAM HOLT: Are nurses working double shifts?\n\n"
    "DR NWOSU: Some are, and I am grateful to every one of them. [inaudible] We are recruiting sixty more by "
    "March.\n\n"
    "SAM HOLT: Dr Amara Nwosu, thank you.\n\n"
    "After the interview, the hospital's patients' forum said in a statement that it would ask the health board "
    "for an urgent meeting.\n",
    [
        ans(
            "Honestly, no, not on Sunday. We had every bed full by eight in the morning, and we could not "
            "discharge patients because there were no care places for them.",
            "Amara Nwosu",
        ),
        ans(
            "I don't think fault helps anyone. The council has lost a third of its care staff since 2022. One of "
            "the care home managers said to me last month, “I can open the beds, but I can't staff them.”",
            "Amara Nwosu",
        ),
        Q(
            "“I can open the beds, but I can't staff them.”",
            "One of the care home managers",
            "a care home manager",
            at="One of the care home managers said",
            via=(("Amara Nwosu", "reported_by"),),
            anonymous=True,
        ),
        ans(
            "Some are, and I am grateful to every one of them. [inaudible] We are recruiting sixty more by March.",
            "Amara Nwosu",
        ),
        Q(
            "it would ask the health board for an urgent meeting",
            "the hospital's patients' forum",
            "Wexham General Hospital patients' forum",
            at="the hospital's patients' forum said",
            how="statement",
        ),
    ],
    {"Amara Nwosu": ["The health board's medical director"]},
)
_RADIO_NQ: NonQuotes = [
    ("Transcript: Morning Report, Radio Wexham, 7.40am", "title"),
    *asked(
        "Dr Nwosu, ambulances queued outside the hospital for nine hours on Sunday. Is the hospital coping?",
        "Whose fault is that?",
        "Are nurses working double shifts?",
        "Dr Amara Nwosu, thank you.",
    ),
]

ITEMS_B = [
    (_BRIEFING, _BRIEFING_NQ),
    (_FERRY, _FERRY_NQ),
    (_BAKER, _BAKER_NQ),
    (_RADIO, _RADIO_NQ),
]
"""The last four articles with their non-quotes."""
