"""The unseen interviews set, part A: invented Q&A articles, transcripts and boxes (session 10).

Every name, place, outlet and event is invented. See ``make_interviews_unseen.py`` for the kinds of article
the set covers and the annotation decisions it takes where the gold format leaves them open. Each item is an
article (:class:`make_speakers_suite.A`) with its non-quotes, ``(text, why)`` in text order.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

NonQuotes = list[tuple[str, str]]


def ans(content: str, speaker: str, anonymous: bool = False) -> Q:
    """An answer or a transcript turn: the speaker's own words, with no cue and no source mention."""
    return Q(content, None, speaker, cue=None, kind="direct", anonymous=anonymous)


def asked(*questions: str) -> NonQuotes:
    """The interviewer's questions, which are not the interviewee's speech."""
    return [(question, "non_reporting") for question in questions]


_NOVELIST = A(
    "novelist-magazine-qa",
    "qa",
    ("qa_labels", "prose_intro", "nested", "split_answer", "headline_quote"),
    "Ines Marlow: ‘I wrote the ending first, then hated it’\n\n"
    "By Tobias Renwick\n\n"
    "Ines Marlow's fourth novel, The Salt Ledger, follows three generations of a fishing family on the "
    "Norfolk coast. It took her nine years to finish. The book is out on Thursday, and Marlow, 46, will read "
    "from it at the Ely literary festival next month. We spoke to her about drafts, doubt and the grandmother "
    "who gave her the story.\n\n"
    "Q: Nine years is a long time. What took so long?\n"
    "A: I wrote the ending first, then hated it. I threw away about three hundred pages in 2019 and started "
    "again from the middle.\n\n"
    "Q: Your grandmother appears in the acknowledgements. How much of her is in the book?\n"
    "A: More than she would have liked. She used to say, “Nobody wants to read about herring.” I think she was "
    "wrong, but I gave the line to the grandmother in the book anyway.\n\n"
    "Q: Did anyone read the drafts?\n"
    "A: My editor, Carys Pell, read every version. She was patient in a way I didn't deserve.\n\n"
    "There were months when I didn't write at all. I walked the beach at Cley every morning and told myself "
    "that counted as work.\n\n"
    "Q: The sea is everywhere in the book. Do you sail?\n"
    "A: Badly. My brother sails. I sit in the back of the boat and take notes, which he finds very annoying.\n\n"
    "Q: What are you writing now?\n"
    "A: Nothing I can talk about. Ask me in nine years.\n\n"
    "Pell, reached by phone, said the wait had been worth it. “Some books arrive quickly and some have to be "
    "dug out,” she said. “This one was dug out.”\n\n"
    "The Salt Ledger is published by Harrow & Finch at £18.99. Marlow reads at the Ely festival on 14 "
    "October; tickets are on sale now.\n",
    [
        ans(
            "I wrote the ending first, then hated it. I threw away about three hundred pages in 2019 and started "
            "again from the middle.",
            "Ines Marlow",
        ),
        ans(
            "More than she would have liked. She used to say, “Nobody wants to read about herring.” I think she "
            "was wrong, but I gave the line to the grandmother in the book anyway.",
            "Ines Marlow",
        ),
        Q(
            "“Nobody wants to read about herring.”",
            "She",
            "Ines Marlow's grandmother",
            cue="say",
            at="She used to say",
            via=(("Ines Marlow", "reported_by"),),
            anonymous=True,
        ),
        ans("My editor, Carys Pell, read every version. She was patient in a way I didn't deserve.", "Ines Marlow"),
        ans(
            "There were months when I didn't write at all. I walked the beach at Cley every morning and told "
            "myself that counted as work.",
            "Ines Marlow",
        ),
        ans(
            "Badly. My brother sails. I sit in the back of the boat and take notes, which he finds very annoying.",
            "Ines Marlow",
        ),
        ans("Nothing I can talk about. Ask me in nine years.", "Ines Marlow"),
        Q("the wait had been worth it", "Pell", "Carys Pell", at="Pell, reached by phone, said"),
        Q("“Some books arrive quickly and some have to be dug out,”", "she", "Carys Pell"),
        Q("“This one was dug out.”", None, "Carys Pell", cue=None),
    ],
    {"Carys Pell": ["My editor"]},
)
_NOVELIST_NQ: NonQuotes = [
    ("Ines Marlow: ‘I wrote the ending first, then hated it’", "headline"),
    ("By Tobias Renwick", "byline"),
    *asked(
        "Nine years is a long time. What took so long?",
        "Your grandmother appears in the acknowledgements. How much of her is in the book?",
        "Did anyone read the drafts?",
        "The sea is everywhere in the book. Do you sail?",
        "What are you writing now?",
    ),
]

_MAYOR = A(
    "mayor-outlet-labels",
    "qa",
    ("outlet_label", "surname_label", "byline_i", "stage_direction"),
    "Mayor Okafor on the bin strike, the budget and her critics\n\n"
    "By Nell Sandoval, Political Editor\n\n"
    "When I sat down with Adaeze Okafor in her office on Monday, the bins outside the town hall had not been "
    "collected for eleven days. The mayor, who was elected in May, has faced calls from opposition councillors "
    "to step in and end the dispute. I asked her about the strike, next year's budget and whether she is "
    "enjoying the job. The interview has been edited for length.\n\n"
    "COURIER: Residents are angry. Whose fault is the strike?\n\n"
    "OKAFOR: Nobody comes out of this well. The contractor offered a pay rise that doesn't cover rent in this "
    "town, and the union was right to turn it down. Both sides are in a room on Thursday and nobody leaves "
    "until there is a deal.\n\n"
    "COURIER: Councillor Brett Hollis wants collections brought back in house. Would you do that?\n\n"
    "OKAFOR: Brett voted for this contract in 2021. If he has changed his mind, good, but he should say so "
    "out loud. Bringing it in house would cost four million pounds we do not have.\n\n"
    "COURIER: Will council tax go up?\n\n"
    "OKAFOR: By the maximum we are allowed, yes. I'd rather tell people that now than pretend otherwise in "
    "February.\n\n"
    "COURIER: Are you enjoying the job?\n\n"
    "OKAFOR: (laughs) Ask me when the bins are emptied.\n\n"
    "Hollis, the Conservative group leader, disputed the mayor's account of the vote. “I voted for a contract "
    "with a break clause, and that clause is there to be used,” he said.\n\n"
    "The contractor, Greyline Services, said in a statement that it remained “committed to reaching a fair "
    "settlement” and that talks on Thursday would go ahead as planned. The union did not respond to a request "
    "for comment.\n",
    [
        ans(
            "Nobody comes out of this well. The contractor offered a pay rise that doesn't cover rent in this "
            "town, and the union was right to turn it down. Both sides are in a room on Thursday and nobody "
            "leaves until there is a deal.",
            "Adaeze Okafor",
        ),
        ans(
            "Brett voted for this contract in 2021. If he has changed his mind, good, but he should say so out "
            "loud. Bringing it in house would cost four million pounds we do not have.",
            "Adaeze Okafor",
        ),
        ans(
            "By the maximum we are allowed, yes. I'd rather tell people that now than pretend otherwise in February.",
            "Adaeze Okafor",
        ),
        ans("Ask me when the bins are emptied.", "Adaeze Okafor"),
        Q(
            "“I voted for a contract with a break clause, and that clause is there to be used,”",
            "he",
            "Brett Hollis",
        ),
        Q(
            "it remained “committed to reaching a fair settlement” and that talks on Thursday would go ahead as "
            "planned",
            "Greyline Services",
            "Greyline Services",
            at="Greyline Services, said",
            how="statement",
        ),
    ],
    {"Brett Hollis": ["Councillor", "the Conservative group leader"], "Greyline Services": ["The contractor"]},
)
_MAYOR_NQ: NonQuotes = [
    ("By Nell Sandoval, Political Editor", "byline"),
    *asked(
        "Residents are angry. Whose fault is the strike?",
        "Councillor Brett Hollis wants collections brought back in house. Would you do that?",
        "Will council tax go up?",
        "Are you enjoying the job?",
    ),
]

_GLACIER = A(
    "glaciologist-bold-questions",
    "qa",
    ("unlabelled_questions", "nested", "prose_intro"),
    "Five questions for the glaciologist who spent a winter on the ice\n\n"
    "Dr Priya Ramaswamy, 38, led a four-person team on an Icelandic ice cap from October to March, measuring "
    "how fast meltwater channels close in winter. Back in Reading, she talked to Katrin Ostler about the cold, "
    "the noise and what the data say.\n\n"
    "What was the hardest part?\n\n"
    "The dark, not the cold. In December we had four hours of grey light a day. You stop noticing how tired "
    "you are, which is the dangerous bit.\n\n"
    "Were you ever frightened?\n\n"
    "Once. A storm pinned us in the hut for three days and the wind gauge broke at 140 kilometres an hour. "
    "Our field guide, Einar, kept saying, “The hut has stood for forty years.” It helped more than I admitted "
    "at the time.\n\n"
    "What did you find?\n\n"
    "That the channels stay open much longer into winter than the models assume. That matters, because open "
    "channels carry water to the bed of the glacier and let it slide faster.\n\n"
    "Is that bad news?\n\n"
    "It is news. Whether it is bad depends on what we do about emissions, and that isn't a question for "
    "glaciologists.\n\n"
    "Would you go back?\n\n"
    "Tomorrow. My partner would have something to say about that, though.\n\n"
    "Ramaswamy's findings will be published in a peer-reviewed journal next spring. Her co-author, Hal "
    "Bjornsson of the University of Reykjavik, said the results were “the first proper winter record we have "
    "from inside the ice”.\n\n"
    "The team's instruments will stay on the ice cap through next winter, sending readings by satellite "
    "every six hours. A second team is due to visit in February to service them.\n",
    [
        ans(
            "The dark, not the cold. In December we had four hours of grey light a day. You stop noticing how "
            "tired you are, which is the dangerous bit.",
            "Priya Ramaswamy",
        ),
        ans(
            "Once. A storm pinned us in the hut for three days and the wind gauge broke at 140 kilometres an "
            "hour. Our field guide, Einar, kept saying, “The hut has stood for forty years.” It helped more than "
            "I admitted at the time.",
            "Priya Ramaswamy",
        ),
        Q(
            "“The hut has stood for forty years.”",
            "Einar",
            "Einar",
            cue="saying",
            at="Einar, kept saying",
            via=(("Priya Ramaswamy", "reported_by"),),
        ),
        ans(
            "That the channels stay open much longer into winter than the models assume. That matters, because "
            "open channels carry water to the bed of the glacier and let it slide faster.",
            "Priya Ramaswamy",
        ),
        ans(
            "It is news. Whether it is bad depends on what we do about emissions, and that isn't a question for "
            "glaciologists.",
            "Priya Ramaswamy",
        ),
        ans("Tomorrow. My partner would have something to say about that, though.", "Priya Ramaswamy"),
        Q(
            "the results were “the first proper winter record we have from inside the ice”",
            "Hal Bjornsson",
            "Hal Bjornsson",
            at="Hal Bjornsson of the University of Reykjavik, said",
        ),
    ],
    {"Einar": ["Our field guide"], "Hal Bjornsson": ["Her co-author"]},
)
_GLACIER_NQ: NonQuotes = [
    ("Five questions for the glaciologist who spent a winter on the ice", "headline"),
    *asked(
        "What was the hardest part?",
        "Were you ever frightened?",
        "What did you find?",
        "Is that bad news?",
        "Would you go back?",
    ),
]

_PARKING = A(
    "parking-explainer-box",
    "local",
    ("explainer_box", "plain"),
    "Town centre parking charges to double from April\n\n"
    "Parking in Wexcombe town centre will cost £2 an hour from April, double the current rate, after the "
    "council's cabinet approved the change on Wednesday night.\n\n"
    "Councillor Rhona Leckie, cabinet member for transport, said the extra money would pay for two new bus "
    "routes. “We know nobody likes paying more to park,” she said. “But the buses have been cut to the bone "
    "and this is the only money we have.”\n\n"
    "Traders were less sure. Owen Pryce, who runs a hardware shop on Fore Street, said he expected to lose "
    "customers to the retail park on the ring road, where parking is free. “People will just drive past us,” "
    "he said.\n\n"
    "The council expects the higher charges to raise about £900,000 a year. The two bus routes would link "
    "the town centre with the Hillcrest and Northfield estates, which lost their services in 2023.\n\n"
    "Q: When do the new charges start?\n"
    "A: On 1 April. Season tickets bought before then will be honoured until they expire.\n\n"
    "Q: Are blue badge holders affected?\n"
    "A: No. Blue badge holders will still park free for up to three hours in any council car park.\n\n"
    "Q: Is Sunday parking still free?\n"
    "A: Yes, until at least the end of next year.\n\n"
    "The Wexcombe Chamber of Trade has asked for a meeting with the cabinet before the charges start. Its "
    "chair, Della Moss, said the council had “not listened to a single trader”. The cabinet will consider a "
    "request for a review at its March meeting.\n",
    [
        Q(
            "the extra money would pay for two new bus routes",
            "Rhona Leckie",
            "Rhona Leckie",
            at="Rhona Leckie, cabinet member for transport, said",
        ),
        Q("“We know nobody likes paying more to park,”", "she", "Rhona Leckie"),
        Q(
            "“But the buses have been cut to the bone and this is the only money we have.”",
            None,
            "Rhona Leckie",
            cue=None,
        ),
        Q(
            "he expected to lose customers to the retail park on the ring road, where parking is free",
            "Owen Pryce",
            "Owen Pryce",
            at="Owen Pryce, who runs a hardware shop on Fore Street, said",
        ),
        Q("“People will just drive past us,”", "he", "Owen Pryce"),
        Q("the council had “not listened to a single trader”", "Della Moss", "Della Moss", at="Della Moss, said"),
    ],
    {"Rhona Leckie": ["Councillor", "cabinet member for transport"], "Della Moss": ["Its chair"]},
)
_PARKING_NQ: NonQuotes = [
    ("When do the new charges start?", "non_reporting"),
    ("On 1 April. Season tickets bought before then will be honoured until they expire.", "non_reporting"),
    ("Are blue badge holders affected?", "non_reporting"),
    ("No. Blue badge holders will still park free for up to three hours in any council car park.", "non_reporting"),
    ("Is Sunday parking still free?", "non_reporting"),
    ("Yes, until at least the end of next year.", "non_reporting"),
]

_SCHOOL = A(
    "headteacher-one-question-box",
    "local",
    ("one_exchange_box", "next_person_named", "spokesperson"),
    "Headteacher defends four-day timetable trial\n\n"
    "A secondary school in Kettleby will move to a four-day teaching week for one term from January, the "
    "first state school in the county to try it.\n\n"
    "Pupils at Kettleby Academy will be taught from Monday to Thursday, with Fridays given over to sport, "
    "clubs and independent study supervised by teaching assistants. Parents were told in a letter on "
    "Tuesday.\n\n"
    "Some were unhappy. Gemma Ruddock, whose daughter is in Year 10, said the change had been “sprung on us "
    "with three weeks' notice”. “I work Fridays. Who is going to watch her?” she said.\n\n"
    "ONE QUESTION FOR ... the headteacher, Marcus Albright\n"
    "Q: Isn't this just a way to save money?\n"
    "A: No. We are not cutting a single teaching hour; we are moving them. If the trial doesn't raise "
    "attendance, we will stop it at Easter.\n\n"
    "The county's cabinet member for education, Sunita Varghese, said she would watch the trial closely. "
    "“If it works, other schools will want to copy it,” she said. “If it doesn't, we will know by spring.”\n\n"
    "The National Education Union said it had not been consulted. A spokesperson said staff were “broadly "
    "supportive” but wanted assurances about pay for teaching assistants, who will cover most of the Friday "
    "sessions.\n\n"
    "Attendance at the academy was 88 per cent last year, below the county average of 92 per cent. The trial "
    "will be reviewed by governors in March, and parents will be asked to fill in a survey at the end of "
    "each half-term.\n",
    [
        Q(
            "the change had been “sprung on us with three weeks' notice”",
            "Gemma Ruddock",
            "Gemma Ruddock",
            at="Gemma Ruddock, whose daughter is in Year 10, said",
        ),
        Q("“I work Fridays. Who is going to watch her?”", "she", "Gemma Ruddock"),
        ans(
            "No. We are not cutting a single teaching hour; we are moving them. If the trial doesn't raise "
            "attendance, we will stop it at Easter.",
            "Marcus Albright",
        ),
        Q(
            "she would watch the trial closely",
            "Sunita Varghese",
            "Sunita Varghese",
            at="Sunita Varghese, said",
        ),
        Q("“If it works, other schools will want to copy it,”", "she", "Sunita Varghese"),
        Q("“If it doesn't, we will know by spring.”", None, "Sunita Varghese", cue=None),
        Q("it had not been consulted", "The National Education Union", "National Education Union"),
        Q(
            "staff were “broadly supportive” but wanted assurances about pay for teaching assistants, who will "
            "cover most of the Friday sessions",
            "A spokesperson",
            "a National Education Union spokesperson",
            anonymous=True,
        ),
    ],
    {
        "Marcus Albright": ["the headteacher"],
        "Sunita Varghese": ["The county's cabinet member for education"],
    },
)
_SCHOOL_NQ: NonQuotes = [("Isn't this just a way to save money?", "non_reporting")]

_VACCINE = A(
    "minister-press-conference",
    "qa",
    ("press_conference", "reporter_label", "title_label"),
    "Transcript: health minister on the winter vaccine shortfall\n\n"
    "Health Minister Lucia Reyes took questions from reporters outside the ministry on Friday, after figures "
    "showed that a third of care home residents had not yet had a winter booster. The figures, published on "
    "Thursday, also showed wide differences between regions. An edited transcript follows.\n\n"
    "MINISTER REYES: Good morning. I'll keep this short. We have enough vaccine in the country. The problem "
    "is getting it into arms in the right places, and I accept that we have been too slow in care homes.\n\n"
    "REPORTER: How many doses are sitting in warehouses?\n\n"
    "MINISTER REYES: About 1.2 million. They will be out by the end of next week.\n\n"
    "REPORTER: Were you warned about this in September?\n\n"
    "MINISTER REYES: We were warned about staffing, yes. I took that seriously and I still do.\n\n"
    "REPORTER: Will anyone lose their job over this?\n\n"
    "MINISTER REYES: I'm not going to get into personnel matters on the pavement. What I will say is that the "
    "responsibility is mine.\n\n"
    "REPORTER: Why are the northern regions so far behind?\n\n"
    "MINISTER REYES: Distance, mostly. A vaccinator in the north can see four homes in a day where in a city "
    "they might see ten. We are sending mobile teams from Monday.\n\n"
    "The opposition health spokesman, Callum Fenwick, said the minister's answers were “too little, a season "
    "too late”. The care home association said its members had been asking for mobile teams since the "
    "summer. The ministry will publish updated figures next Thursday.\n",
    [
        ans(
            "Good morning. I'll keep this short. We have enough vaccine in the country. The problem is getting it "
            "into arms in the right places, and I accept that we have been too slow in care homes.",
            "Lucia Reyes",
        ),
        ans("About 1.2 million. They will be out by the end of next week.", "Lucia Reyes"),
        ans("We were warned about staffing, yes. I took that seriously and I still do.", "Lucia Reyes"),
        ans(
            "I'm not going to get into personnel matters on the pavement. What I will say is that the "
            "responsibility is mine.",
            "Lucia Reyes",
        ),
        ans(
            "Distance, mostly. A vaccinator in the north can see four homes in a day where in a city they might "
            "see ten. We are sending mobile teams from Monday.",
            "Lucia Reyes",
        ),
        Q(
            "the minister's answers were “too little, a season too late”",
            "Callum Fenwick",
            "Callum Fenwick",
            at="Callum Fenwick, said",
        ),
        Q(
            "its members had been asking for mobile teams since the summer",
            "The care home association",
            "care home association",
        ),
    ],
    {"Lucia Reyes": ["Health Minister"], "Callum Fenwick": ["The opposition health spokesman"]},
)
_VACCINE_NQ: NonQuotes = [
    ("Transcript: health minister on the winter vaccine shortfall", "headline"),
    *asked(
        "How many doses are sitting in warehouses?",
        "Were you warned about this in September?",
        "Will anyone lose their job over this?",
        "Why are the northern regions so far behind?",
    ),
]

_FIRE = A(
    "fire-briefing-q-dot",
    "qa",
    ("press_conference", "q_dot_label", "honorific_label"),
    "Harlow Street fire: what police and fire chiefs said\n\n"
    "Fire and city officials briefed reporters on Sunday evening about the blaze that destroyed a block of "
    "flats on Harlow Street in Denholm early that morning. Deputy Fire Chief Karen Danvers leads the Denholm "
    "fire service; Theo Smith is the city's emergency planning officer. Below are excerpts.\n\n"
    "CHIEF DANVERS: At 2.14 this morning we received the first call. Crews were on scene within six minutes. "
    "Everyone who lived in the building has been accounted for. Two residents remain in hospital with smoke "
    "inhalation and are in a stable condition.\n\n"
    "Q. Do you know how it started?\n\n"
    "CHIEF DANVERS: Not yet. Our investigators will be in the building as soon as the structural engineers "
    "say it is safe, which may not be until Tuesday.\n\n"
    "Q. Is it being treated as suspicious?\n\n"
    "CHIEF DANVERS: We have no reason to think so at this stage, but we rule nothing out.\n\n"
    "Q. Where are residents sleeping tonight?\n\n"
    "MR. SMITH: The city has opened the Denholm Leisure Centre as a rest centre. Forty-one people are there "
    "now. Anyone who needs a bed, food or a phone charger should go there. We will be moving families into "
    "hotels from tomorrow.\n\n"
    "Q. Will the city pay for the hotels?\n\n"
    "MR. SMITH: Yes, for as long as it takes.\n\n"
    "Residents were woken by neighbours banging on doors. “I got out in my socks,” said Aurelio Benn, 63, who "
    "had lived on the third floor for twenty years. “Everything else is gone.”\n\n"
    "A fund set up by the residents' association had raised more than £18,000 by Sunday night.\n",
    [
        ans(
            "At 2.14 this morning we received the first call. Crews were on scene within six minutes. Everyone "
            "who lived in the building has been accounted for. Two residents remain in hospital with smoke "
            "inhalation and are in a stable condition.",
            "Karen Danvers",
        ),
        ans(
            "Not yet. Our investigators will be in the building as soon as the structural engineers say it is "
            "safe, which may not be until Tuesday.",
            "Karen Danvers",
        ),
        ans("We have no reason to think so at this stage, but we rule nothing out.", "Karen Danvers"),
        ans(
            "The city has opened the Denholm Leisure Centre as a rest centre. Forty-one people are there now. "
            "Anyone who needs a bed, food or a phone charger should go there. We will be moving families into "
            "hotels from tomorrow.",
            "Theo Smith",
        ),
        ans("Yes, for as long as it takes.", "Theo Smith"),
        Q("“I got out in my socks,”", "Aurelio Benn", "Aurelio Benn"),
        Q("“Everything else is gone.”", None, "Aurelio Benn", cue=None),
    ],
    {"Karen Danvers": ["Deputy Fire Chief"]},
)
_FIRE_NQ: NonQuotes = asked(
    "Do you know how it started?",
    "Is it being treated as suspicious?",
    "Where are residents sleeping tonight?",
    "Will the city pay for the hotels?",
)

_RADIO = A(
    "radio-transcript-crosstalk",
    "qa",
    ("broadcast", "stage_direction", "interrupted_turn", "nested", "surname_label"),
    "‘The Morning Round’: farmers and the supermarket price war, transcript\n\n"
    "This is an edited transcript of Tuesday's edition of The Morning Round on Radio Tarn, presented by Femi "
    "Adeyinka. The guests were the dairy farmer Rosalind Thwaite and Gareth Lusk of the British Grocers' "
    "Federation. It has been lightly edited for clarity.\n\n"
    "[07:42:10]\n\n"
    "ADEYINKA: Rosalind, you sold forty cows last month. Why?\n\n"
    "THWAITE: Because I was losing four pence on every litre. You can do that for a month, not for a year. My "
    "father milked on that farm for fifty years and he told me, “Never sell the herd in a bad year.” I sold "
    "half of it anyway.\n\n"
    "ADEYINKA: Gareth, that's on your members, isn't it?\n\n"
    "LUSK: I don't accept that. The price farmers get is set by the processors, not by the supermarkets —\n\n"
    "THWAITE: Oh, come on.\n\n"
    "(CROSSTALK)\n\n"
    "LUSK: — and our members have paid above the market rate since March.\n\n"
    "ADEYINKA: Above the market, but below cost?\n\n"
    "LUSK: For some farms, possibly. [inaudible] which is why we are asking the government for a review of "
    "the whole supply chain.\n\n"
    "[07:49:55]\n\n"
    "ADEYINKA: Rosalind, last word. What would you say to shoppers?\n\n"
    "THWAITE: Buy British milk and ask what the farmer got for it. Ask Gareth's members and they'll tell you "
    "it's complicated. (LAUGHTER) It isn't.\n\n"
    "ADEYINKA: We'll leave it there. Thank you both.\n\n"
    "The Morning Round is on Radio Tarn every weekday from 6am. Milk prices paid to farmers have fallen by "
    "a fifth since last winter, according to industry figures.\n",
    [
        ans(
            "Because I was losing four pence on every litre. You can do that for a month, not for a year. My "
            "father milked on that farm for fifty years and he told me, “Never sell the herd in a bad year.” I "
            "sold half of it anyway.",
            "Rosalind Thwaite",
        ),
        Q(
            "“Never sell the herd in a bad year.”",
            "he",
            "Rosalind Thwaite's father",
            cue="told",
            at="he told",
            via=(("Rosalind Thwaite", "reported_by"),),
            anonymous=True,
        ),
        ans(
            "I don't accept that. The price farmers get is set by the processors, not by the supermarkets —",
            "Gareth Lusk",
        ),
        ans("Oh, come on.", "Rosalind Thwaite"),
        ans("— and our members have paid above the market rate since March.", "Gareth Lusk"),
        ans(
            "For some farms, possibly. [inaudible] which is why we are asking the government for a review of "
            "the whole supply chain.",
            "Gareth Lusk",
        ),
        ans(
            "Buy British milk and ask what the farmer got for it. Ask Gareth's members and they'll tell you it's "
            "complicated. (LAUGHTER) It isn't.",
            "Rosalind Thwaite",
        ),
        Q(
            "Milk prices paid to farmers have fallen by a fifth since last winter",
            "industry figures",
            "industry figures",
            cue="according to",
            how="according_to",
            at="according to industry figures",
        ),
    ],
    {"Rosalind Thwaite": ["the dairy farmer"]},
)
_RADIO_NQ: NonQuotes = [
    ("‘The Morning Round’", "title"),
    *asked(
        "Rosalind, you sold forty cows last month. Why?",
        "Gareth, that's on your members, isn't it?",
        "Above the market, but below cost?",
        "Rosalind, last word. What would you say to shoppers?",
        "We'll leave it there. Thank you both.",
    ),
]

_PODCAST = A(
    "podcast-show-notes",
    "qa",
    ("podcast", "first_name_label", "show_notes"),
    "Podcast: The Long Field, episode 112 — ‘Why we stopped mowing’\n\n"
    "In this week's episode, host Bryony Achebe visits a churchyard in Shropshire where volunteers have let "
    "the grass grow for five summers, and talks to the ecologist who counts what lives there. Plus: your "
    "questions on hedgehog houses, and why your lawn is not a meadow (yet).\n\n"
    "Guests: Dr Idris Fairweather, ecologist; Maureen Lilley, churchwarden at St Bride's, Ashcott.\n"
    "Running time: 48 minutes. Listen on all podcast apps.\n\n"
    "Excerpt\n\n"
    "BRYONY: So what did you find in the first year?\n\n"
    "IDRIS: Honestly, not much. People expect wildflowers the first summer and they get docks and nettles. "
    "The second year we recorded eleven species of bee. By the fifth year, twenty-six.\n\n"
    "MAUREEN: And the complaints stopped. In the first year the parish council had a pile of letters about "
    "it. Last summer one of the letter writers brought her grandchildren to look for orchids.\n\n"
    "BRYONY: Did she apologise?\n\n"
    "MAUREEN: She did not. (laughs) But she brought a cake.\n\n"
    "IDRIS: The thing I'd want listeners to take away is that doing less is a decision. You still have to "
    "mow the paths, and you still have to cut once in late summer and take the hay off. Otherwise the grass "
    "wins and the flowers lose.\n\n"
    "BRYONY: And hedgehogs?\n\n"
    "IDRIS: Leave a gap under your fence the size of a CD. That's it. That's the advice.\n\n"
    "Next week: the return of the pine marten. The Long Field is produced by Marsh Lane Audio.\n",
    [
        ans(
            "Honestly, not much. People expect wildflowers the first summer and they get docks and nettles. The "
            "second year we recorded eleven species of bee. By the fifth year, twenty-six.",
            "Idris Fairweather",
        ),
        ans(
            "And the complaints stopped. In the first year the parish council had a pile of letters about it. "
            "Last summer one of the letter writers brought her grandchildren to look for orchids.",
            "Maureen Lilley",
        ),
        ans("She did not. (laughs) But she brought a cake.", "Maureen Lilley"),
        ans(
            "The thing I'd want listeners to take away is that doing less is a decision. You still have to mow "
            "the paths, and you still have to cut once in late summer and take the hay off. Otherwise the grass "
            "wins and the flowers lose.",
            "Idris Fairweather",
        ),
        ans("Leave a gap under your fence the size of a CD. That's it. That's the advice.", "Idris Fairweather"),
    ],
    {"Idris Fairweather": ["ecologist"], "Maureen Lilley": ["churchwarden at St Bride's, Ashcott"]},
)
_PODCAST_NQ: NonQuotes = [
    ("Podcast: The Long Field, episode 112 — ‘Why we stopped mowing’", "headline"),
    (
        "In this week's episode, host Bryony Achebe visits a churchyard in Shropshire where volunteers have let "
        "the grass grow for five summers, and talks to the ecologist who counts what lives there.",
        "teaser",
    ),
    *asked("So what did you find in the first year?", "Did she apologise?", "And hedgehogs?"),
]

ITEMS_A: list[tuple[A, NonQuotes]] = [
    (_NOVELIST, _NOVELIST_NQ),
    (_MAYOR, _MAYOR_NQ),
    (_GLACIER, _GLACIER_NQ),
    (_PARKING, _PARKING_NQ),
    (_SCHOOL, _SCHOOL_NQ),
    (_VACCINE, _VACCINE_NQ),
    (_FIRE, _FIRE_NQ),
    (_RADIO, _RADIO_NQ),
    (_PODCAST, _PODCAST_NQ),
]
"""Part A's articles with their non-quotes."""
