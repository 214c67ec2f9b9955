"""The second unseen interviews set: invented Q&A articles, transcripts and a naming control (session 15).

Every name, place, outlet and event is invented. See ``make_interviews_unseen2.py`` for what the set covers and
the decisions it adds to those of ``make_interviews_unseen.py``. Each item is an article
(:class:`make_speakers_suite.A`) with its non-quotes, ``(text, why)`` in text order.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

NonQuotes = list[tuple[str, str]]


def ans(content: str, speaker: str, anonymous: bool = False) -> Q:
    """An answer or a transcript turn: the speaker's own words, with no cue and no source mention."""
    return Q(content, None, speaker, cue=None, kind="direct", anonymous=anonymous)


def more(content: str, speaker: str) -> Q:
    """A quotation that carries on the one before it, with no cue of its own."""
    return Q(content, None, speaker, cue=None)


def asked(*questions: str) -> NonQuotes:
    """The interviewer's questions and sign-offs, which are not the interviewee's speech."""
    return [(question, "non_reporting") for question in questions]


_LOPEZ = A(
    "council-leader-five-questions",
    "qa",
    ("qa_labels", "attributed_answers", "called_evaluative"),
    "Five questions for Marisol Lopez as the confidence vote nears\n\n"
    "By Dev Anand\n\n"
    "Marisol Lopez, the leader of Castlebridge council, faces a confidence vote next week after the collapse of "
    "the town-centre housing scheme. She spoke to the Gazette on Tuesday.\n\n"
    "Q: Will you stand again?\n"
    "A: “I have not decided,” Lopez said. “My family will have a say, and so will the party.”\n\n"
    "Q: Was the housing scheme a mistake?\n"
    "A: “The scheme was right and the developer was wrong,” she said. “We chose a partner that could not pay "
    "its bills.”\n\n"
    "Q: Your opponents say you ignored warnings. Did you?\n"
    "A: Lopez said she had seen one warning, in March, and had passed it to the auditors. “Nobody ignored "
    "anything,” she said.\n\n"
    "Q: What happens to the site now?\n"
    "A: “It stays fenced until the spring,” Lopez said. “Then we start again with a smaller plan.”\n\n"
    "Q: Do you expect to win the vote?\n"
    "A: “I expect to be in this office in a month,” she said, “and I expect to be busy.”\n\n"
    "The opposition leader, Gareth Pryce, called the interview ‘a victory lap for a defeated administration’. "
    "He said his group would vote against Lopez.\n",
    [
        Q("“I have not decided,”", "Lopez", "Marisol Lopez"),
        more("“My family will have a say, and so will the party.”", "Marisol Lopez"),
        Q("“The scheme was right and the developer was wrong,”", "she", "Marisol Lopez"),
        more("“We chose a partner that could not pay its bills.”", "Marisol Lopez"),
        Q("she had seen one warning, in March, and had passed it to the auditors", "Lopez", "Marisol Lopez"),
        Q("“Nobody ignored anything,”", "she", "Marisol Lopez"),
        Q("“It stays fenced until the spring,”", "Lopez", "Marisol Lopez"),
        more("“Then we start again with a smaller plan.”", "Marisol Lopez"),
        Q(("“I expect to be in this office in a month,”", "“and I expect to be busy.”"), "she", "Marisol Lopez"),
        Q(
            "‘a victory lap for a defeated administration’",
            "Gareth Pryce",
            "Gareth Pryce",
            cue="called",
            at="Gareth Pryce, called",
        ),
        Q("his group would vote against Lopez", "He", "Gareth Pryce"),
    ],
    {"Marisol Lopez": ["the leader of Castlebridge council"], "Gareth Pryce": ["The opposition leader"]},
)
_LOPEZ_NQ: NonQuotes = [
    ("Five questions for Marisol Lopez as the confidence vote nears", "headline"),
    ("By Dev Anand", "byline"),
    *asked(
        "Will you stand again?",
        "Was the housing scheme a mistake?",
        "Your opponents say you ignored warnings. Did you?",
        "What happens to the site now?",
        "Do you expect to win the vote?",
    ),
]

_INQUIRY = A(
    "ferry-inquiry-question-answer",
    "qa",
    ("question_answer_labels", "nested", "plain"),
    "Inquiry hears harbour master's account of the ferry grounding\n\n"
    "The public inquiry into the grounding of the ferry Saint Brielle heard evidence on Thursday from the "
    "harbour master at Kestle, Owen Tremayne, who was on duty on the night of the accident. The following "
    "exchange with counsel to the inquiry, Priya Nandakumar, is taken from the published transcript.\n\n"
    "Question: What time were you told the ferry had lost power?\n\n"
    "Answer: At about ten past eleven. The master radioed us directly, which is unusual.\n\n"
    "Question: And what did he say?\n\n"
    "Answer: He said, “We are drifting and the anchor is not holding.” I remember it exactly.\n\n"
    "Question: Why was the tug not sent at once?\n\n"
    "Answer: The tug crew were at home. It takes forty minutes to get them aboard, and we had asked for a "
    "second crew for two years.\n\n"
    "Question: Asked by whom?\n\n"
    "Answer: By me. In writing, three times.\n\n"
    "Tremayne told the inquiry that the Kestle Port Authority had turned down each request on cost grounds. "
    "The authority's chief executive, Colm Devery, is due to give evidence next week. In a statement, the "
    "authority said it “will not comment while the inquiry is sitting”.\n\n"
    "The inquiry's chair, Dame Helen Ashworth, said the hearing would resume on Monday.\n",
    [
        ans("At about ten past eleven. The master radioed us directly, which is unusual.", "Owen Tremayne"),
        ans("He said, “We are drifting and the anchor is not holding.” I remember it exactly.", "Owen Tremayne"),
        Q(
            "“We are drifting and the anchor is not holding.”",
            "He",
            "the ferry's master",
            at="He said",
            via=(("Owen Tremayne", "reported_by"),),
            anonymous=True,
        ),
        ans(
            "The tug crew were at home. It takes forty minutes to get them aboard, and we had asked for a second "
            "crew for two years.",
            "Owen Tremayne",
        ),
        ans("By me. In writing, three times.", "Owen Tremayne"),
        Q(
            "the Kestle Port Authority had turned down each request on cost grounds",
            "Tremayne",
            "Owen Tremayne",
            cue="told",
            at="Tremayne told",
        ),
        Q(
            "it “will not comment while the inquiry is sitting”",
            "the authority",
            "Kestle Port Authority",
            at="the authority said",
            how="statement",
        ),
        Q(
            "the hearing would resume on Monday",
            "Dame Helen Ashworth",
            "Helen Ashworth",
            at="Dame Helen Ashworth, said",
        ),
    ],
    {"Owen Tremayne": ["the harbour master at Kestle"], "Helen Ashworth": ["The inquiry's chair"]},
)
_INQUIRY_NQ: NonQuotes = [
    ("Inquiry hears harbour master's account of the ferry grounding", "headline"),
    *asked(
        "What time were you told the ferry had lost power?",
        "And what did he say?",
        "Why was the tug not sent at once?",
        "Asked by whom?",
    ),
]

_CONDUCTOR = A(
    "conductor-initials-interview",
    "interview",
    ("initials_labels", "stage_direction", "nested", "plain"),
    "Ten minutes with the new head of the city orchestra\n\n"
    "Interview by Jonah Tate\n\n"
    "Mirela Rusu took over as music director of the Wexham Philharmonic in September, the first woman to hold "
    "the post in its 90-year history. Jonah Tate (JT) met Mirela Rusu (MR) at the concert hall before a "
    "rehearsal.\n\n"
    "JT: You arrived from Bucharest in the middle of a funding crisis. Why take the job?\n\n"
    "MR: Because the orchestra plays better than its budget. I heard them once, in 2019, and I never forgot "
    "the strings.\n\n"
    "JT: The council has cut its grant by a third. What gives?\n\n"
    "MR: Not the education programme. We will play fewer concerts before we send fewer players into schools.\n\n"
    "JT: Is morale low?\n\n"
    "MR: It is. (pause) Morale follows money, and money follows audiences, so we have to fill the hall.\n\n"
    "JT: How?\n\n"
    "MR: Cheaper seats for under-30s, and shorter concerts on Thursdays. My teacher used to tell me, “Nobody "
    "ever left a concert wishing it were longer.” She was joking, mostly.\n\n"
    "The orchestra's chair, Philip Wendover, said the board had backed every one of Rusu's plans. The Thursday "
    "series starts on 9 January.\n",
    [
        ans(
            "Because the orchestra plays better than its budget. I heard them once, in 2019, and I never forgot "
            "the strings.",
            "Mirela Rusu",
        ),
        ans(
            "Not the education programme. We will play fewer concerts before we send fewer players into schools.",
            "Mirela Rusu",
        ),
        ans(
            "It is. (pause) Morale follows money, and money follows audiences, so we have to fill the hall.",
            "Mirela Rusu",
        ),
        ans(
            "Cheaper seats for under-30s, and shorter concerts on Thursdays. My teacher used to tell me, “Nobody "
            "ever left a concert wishing it were longer.” She was joking, mostly.",
            "Mirela Rusu",
        ),
        Q(
            "“Nobody ever left a concert wishing it were longer.”",
            "My teacher",
            "Mirela Rusu's teacher",
            cue="tell",
            at="My teacher used to tell",
            via=(("Mirela Rusu", "reported_by"),),
            anonymous=True,
        ),
        Q(
            "the board had backed every one of Rusu's plans",
            "Philip Wendover",
            "Philip Wendover",
            at="Philip Wendover, said",
        ),
    ],
    {"Mirela Rusu": ["music director of the Wexham Philharmonic"], "Philip Wendover": ["The orchestra's chair"]},
)
_CONDUCTOR_NQ: NonQuotes = [
    ("Ten minutes with the new head of the city orchestra", "headline"),
    ("Interview by Jonah Tate", "byline"),
    *asked(
        "You arrived from Bucharest in the middle of a funding crisis. Why take the job?",
        "The council has cut its grant by a third. What gives?",
        "Is morale low?",
        "How?",
    ),
]

_PODCAST = A(
    "housing-podcast-name-labels",
    "qa",
    ("name_labels", "stage_direction", "nested"),
    "Transcript: The Ground Floor podcast, episode 112\n\n"
    "This week the host, Kezia Obi, talks to the housing economist Rafael Dunmore about why rents keep rising "
    "in small towns. The transcript has been lightly edited.\n\n"
    "Kezia Obi: Rafael, welcome back. Rents in market towns rose faster than in cities last year. Why?\n\n"
    "Rafael Dunmore: Because people followed the jobs that went remote. A town of twenty thousand can't absorb "
    "two thousand new households without prices moving.\n\n"
    "Kezia Obi: Is that going to reverse?\n\n"
    "Rafael Dunmore: Partly. Some firms are calling people back to the office. But the houses that were bought "
    "aren't going to be sold back.\n\n"
    "Kezia Obi: What about new building?\n\n"
    "Rafael Dunmore: We would need to build twice as fast as we do now. A minister once told me, “The numbers "
    "will look after themselves,” and I have been waiting ever since. (laughs) They haven't.\n\n"
    "Kezia Obi: Rafael Dunmore, thank you.\n\n"
    "The Ground Floor is released every Tuesday. Next week: the cost of building a school.\n",
    [
        ans(
            "Because people followed the jobs that went remote. A town of twenty thousand can't absorb two "
            "thousand new households without prices moving.",
            "Rafael Dunmore",
        ),
        ans(
            "Partly. Some firms are calling people back to the office. But the houses that were bought aren't "
            "going to be sold back.",
            "Rafael Dunmore",
        ),
        ans(
            "We would need to build twice as fast as we do now. A minister once told me, “The numbers will look "
            "after themselves,” and I have been waiting ever since. (laughs) They haven't.",
            "Rafael Dunmore",
        ),
        Q(
            "“The numbers will look after themselves,”",
            "A minister",
            "a minister",
            cue="told",
            at="A minister once told",
            via=(("Rafael Dunmore", "reported_by"),),
            anonymous=True,
        ),
    ],
    {"Rafael Dunmore": ["the housing economist"]},
)
_PODCAST_NQ: NonQuotes = [
    ("Transcript: The Ground Floor podcast, episode 112", "title"),
    *asked(
        "Rafael, welcome back. Rents in market towns rose faster than in cities last year. Why?",
        "Is that going to reverse?",
        "What about new building?",
        "Rafael Dunmore, thank you.",
    ),
]

ITEMS_A = [
    (_LOPEZ, _LOPEZ_NQ),
    (_INQUIRY, _INQUIRY_NQ),
    (_CONDUCTOR, _CONDUCTOR_NQ),
    (_PODCAST, _PODCAST_NQ),
]
"""The first four articles with their non-quotes."""
