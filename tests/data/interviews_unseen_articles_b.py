"""The unseen interviews set, part B: parliament, court, boxes, a spokesperson's answers and the negatives.

Every name, place, outlet and event is invented. See ``make_interviews_unseen.py``.
"""

from __future__ import annotations

from interviews_unseen_articles import NonQuotes, ans, asked
from make_speakers_suite import A, Q

_FLOODS = A(
    "question-time-hansard",
    "wire",
    ("parliament", "hansard_label", "plain"),
    "Prime Minister clashes with opposition over flood defence spending\n\n"
    "The Prime Minister and the Leader of the Opposition traded accusations over flood defences at question "
    "time on Wednesday, two weeks after storms flooded more than 900 homes in the Calder valley.\n\n"
    "Opening the exchanges, the opposition leader, Fiona Marchbank, asked: “Can the Prime Minister tell the "
    "House how many of the flood schemes promised in 2022 have actually been built?”\n\n"
    "The Prime Minister, Declan Holt, said 41 of the 70 schemes were complete and the rest would be finished "
    "by 2027. “Mr Speaker, we are spending more on flood defence than any government in history,” he told "
    "MPs.\n\n"
    "Ms Marchbank replied: “Mr Speaker, the families in Hebden Bridge do not live in history. They live in "
    "houses that are still drying out.”\n\n"
    "The official record of a later exchange reads:\n\n"
    "Gwen Akers (Calder Vale) (Lab): Will the Prime Minister meet me and residents from Mytholm, whose homes "
    "have now flooded three times in ten years?\n\n"
    "The Prime Minister: I will happily meet the honourable lady. The Environment Secretary will be in the "
    "valley on Friday, and I have asked her to visit Mytholm.\n\n"
    "After the session, the Prime Minister's spokesman said the meeting would take place “within weeks”. "
    "Environment Secretary Ruth Oyelaran confirmed she would travel to the Calder valley on Friday.\n\n"
    "The Environment Agency has said it will publish a review of the storms' impact in the new year. "
    "Insurers estimate the cost of the damage at more than £60 million.\n",
    [
        Q(
            "“Can the Prime Minister tell the House how many of the flood schemes promised in 2022 have actually "
            "been built?”",
            "Fiona Marchbank",
            "Fiona Marchbank",
            cue="asked",
            at="Fiona Marchbank, asked",
        ),
        Q(
            "41 of the 70 schemes were complete and the rest would be finished by 2027",
            "Declan Holt",
            "Declan Holt",
            at="Declan Holt, said",
        ),
        Q(
            "“Mr Speaker, we are spending more on flood defence than any government in history,”",
            "he",
            "Declan Holt",
            cue="told",
            at="he told",
        ),
        Q(
            "“Mr Speaker, the families in Hebden Bridge do not live in history. They live in houses that are "
            "still drying out.”",
            "Ms Marchbank",
            "Fiona Marchbank",
            cue="replied",
        ),
        ans(
            "Will the Prime Minister meet me and residents from Mytholm, whose homes have now flooded three times "
            "in ten years?",
            "Gwen Akers",
        ),
        ans(
            "I will happily meet the honourable lady. The Environment Secretary will be in the valley on Friday, "
            "and I have asked her to visit Mytholm.",
            "Declan Holt",
        ),
        Q(
            "the meeting would take place “within weeks”",
            "the Prime Minister's spokesman",
            "the Prime Minister's spokesman",
            anonymous=True,
        ),
        Q(
            "she would travel to the Calder valley on Friday",
            "Ruth Oyelaran",
            "Ruth Oyelaran",
            cue="confirmed",
        ),
        Q(
            "it will publish a review of the storms' impact in the new year",
            "The Environment Agency",
            "Environment Agency",
            at="The Environment Agency has said",
        ),
    ],
    {
        "Fiona Marchbank": ["the opposition leader"],
        "Declan Holt": ["The Prime Minister"],
        "Ruth Oyelaran": ["Environment Secretary"],
    },
)
_FLOODS_NQ: NonQuotes = []

_TRIAL = A(
    "fraud-trial-transcript",
    "qa",
    ("court_transcript", "the_witness", "nested"),
    "Day three of the Tannery Lane fraud trial: an extract from the transcript\n\n"
    "The trial of the former finance director Victor Osei, 52, continued at Maidley Crown Court on Wednesday. "
    "Osei is accused of moving £340,000 from the accounts of Tannery Lane Housing Co-operative to a company "
    "controlled by his brother. The following is an extract from the cross-examination of a co-operative "
    "bookkeeper, Hannah Vickery, by the prosecutor, Simon Achterberg.\n\n"
    "MR ACHTERBERG: Ms Vickery, who approved the payments to Osei Property Services?\n\n"
    "THE WITNESS: Mr Osei did. He signed all of them.\n\n"
    "MR ACHTERBERG: Did you ever raise a concern?\n\n"
    "THE WITNESS: Once, in March 2021. He told me, “It's a consultancy fee, it's in the budget.” I believed "
    "him.\n\n"
    "MR DRUMMOND: Objection, my lord. The witness cannot know what was in the budget.\n\n"
    "THE COURT: The witness is telling us what she was told, Mr Drummond. I'll allow it. The jury will "
    "remember that it is evidence of what was said, not of whether it was true.\n\n"
    "MR ACHTERBERG: What did you do after that?\n\n"
    "THE WITNESS: Nothing. I should have, I know that now.\n\n"
    "The jury was sent out while lawyers discussed a point of law, and the hearing was adjourned for the "
    "day shortly afterwards.\n\n"
    "Outside court, Osei's solicitor, Pamela Greaves, said her client would give evidence next week. The "
    "trial, which is expected to last three weeks, continues. The co-operative, which manages 212 homes, "
    "has since changed its rules so that two officers must sign every payment over £5,000.\n",
    [
        ans("Mr Osei did. He signed all of them.", "Hannah Vickery"),
        ans(
            "Once, in March 2021. He told me, “It's a consultancy fee, it's in the budget.” I believed him.",
            "Hannah Vickery",
        ),
        Q(
            "“It's a consultancy fee, it's in the budget.”",
            "He",
            "Victor Osei",
            cue="told",
            at="He told",
            via=(("Hannah Vickery", "reported_by"),),
        ),
        ans("Objection, my lord. The witness cannot know what was in the budget.", "Drummond"),
        ans(
            "The witness is telling us what she was told, Mr Drummond. I'll allow it. The jury will remember that "
            "it is evidence of what was said, not of whether it was true.",
            "the judge",
            anonymous=True,
        ),
        ans("Nothing. I should have, I know that now.", "Hannah Vickery"),
        Q(
            "her client would give evidence next week",
            "Pamela Greaves",
            "Pamela Greaves",
            at="Pamela Greaves, said",
        ),
    ],
    {
        "Hannah Vickery": ["a co-operative bookkeeper"],
        "Victor Osei": ["the former finance director"],
        "Pamela Greaves": ["Osei's solicitor"],
    },
)
_TRIAL_NQ: NonQuotes = asked(
    "Ms Vickery, who approved the payments to Osei Property Services?",
    "Did you ever raise a concern?",
    "What did you do after that?",
)

_LIFEBOAT = A(
    "lifeboat-five-minutes-box",
    "local",
    ("five_minutes_box", "unlabelled_questions", "nested", "plain"),
    "Porthgwyn lifeboat station gets its first new boat in 25 years\n\n"
    "The lifeboat station at Porthgwyn took delivery of a £2.4 million lifeboat on Saturday, replacing a boat "
    "that had been in service since 1999. Hundreds of people lined the harbour wall to watch it arrive.\n\n"
    "Station manager Derek Polglase said the new boat was faster and could be launched from the beach in any "
    "state of the tide. “The old boat did us proud, but she was tired,” he said. “This one will still be "
    "launching when some of our volunteers' grandchildren are on the crew.”\n\n"
    "The boat was paid for by a legacy from a local woman, Edith Roskilly, who died in 2021. Her nephew, Alan "
    "Roskilly, said she had walked the harbour every day of her life. “She would have loved today,” he "
    "said.\n\n"
    "Five minutes with ... Lowenna Crewe, lifeboat helm\n\n"
    "Lowenna Crewe, 29, became the first woman to helm the Porthgwyn lifeboat this summer. By day she is a "
    "marine electrician.\n\n"
    "How did you start?\n"
    "My uncle crewed for thirty years. I used to sit on the slipway as a kid, waiting for him to come back.\n\n"
    "Worst shout?\n"
    "A kayaker in a force seven off the Gull Rock. We found him after forty minutes. He kept apologising.\n\n"
    "Best advice you've been given?\n"
    "The old coxswain, Jim Trevail, told me on my first night: “The sea doesn't care who you are.” I think "
    "about that every time the pager goes.\n\n"
    "What would you change?\n"
    "More people should learn to read a tide table. It's free and it saves lives.\n",
    [
        Q(
            "the new boat was faster and could be launched from the beach in any state of the tide",
            "Derek Polglase",
            "Derek Polglase",
        ),
        Q("“The old boat did us proud, but she was tired,”", "he", "Derek Polglase"),
        Q(
            "“This one will still be launching when some of our volunteers' grandchildren are on the crew.”",
            None,
            "Derek Polglase",
            cue=None,
        ),
        Q(
            "she had walked the harbour every day of her life",
            "Alan Roskilly",
            "Alan Roskilly",
            at="Alan Roskilly, said",
        ),
        Q("“She would have loved today,”", "he", "Alan Roskilly"),
        ans(
            "My uncle crewed for thirty years. I used to sit on the slipway as a kid, waiting for him to come back.",
            "Lowenna Crewe",
        ),
        ans(
            "A kayaker in a force seven off the Gull Rock. We found him after forty minutes. He kept apologising.",
            "Lowenna Crewe",
        ),
        ans(
            "The old coxswain, Jim Trevail, told me on my first night: “The sea doesn't care who you are.” I think "
            "about that every time the pager goes.",
            "Lowenna Crewe",
        ),
        Q(
            "“The sea doesn't care who you are.”",
            "Jim Trevail",
            "Jim Trevail",
            cue="told",
            at="Jim Trevail, told",
            via=(("Lowenna Crewe", "reported_by"),),
        ),
        ans("More people should learn to read a tide table. It's free and it saves lives.", "Lowenna Crewe"),
    ],
    {
        "Derek Polglase": ["Station manager"],
        "Alan Roskilly": ["Her nephew"],
        "Lowenna Crewe": ["lifeboat helm"],
        "Jim Trevail": ["The old coxswain"],
    },
)
_LIFEBOAT_NQ: NonQuotes = asked(
    "How did you start?", "Worst shout?", "Best advice you've been given?", "What would you change?"
)

_HOSEPIPE = A(
    "water-company-spokesperson-qa",
    "qa",
    ("spokesperson_interviewee", "unlabelled_questions", "plain"),
    "Your questions answered: Harrow Water on the hosepipe ban\n\n"
    "Readers have sent us more than 300 questions since Harrow Water announced a hosepipe ban for 1.4 million "
    "customers last week. We put the most common ones to the company. Its answers, given by a spokesperson, "
    "are printed in full.\n\n"
    "Why a ban now, when it rained last week?\n"
    "One wet week doesn't refill a reservoir. Ardley reservoir is at 38 per cent, against 71 per cent on "
    "average for August. We need customers to save water now so there is enough for the autumn.\n\n"
    "How long will it last?\n"
    "Until reservoir levels recover, which in our experience means after a normal winter's rainfall. We will "
    "review it every fortnight.\n\n"
    "Why should I save water when you lose a quarter of it in leaks?\n"
    "That's a fair challenge. Leakage is down 16 per cent in five years, and we are spending £210 million on "
    "it this year. It isn't good enough yet and we know that.\n\n"
    "Can I fill my paddling pool?\n"
    "Yes, with a bucket or a watering can, but not with a hosepipe.\n\n"
    "The Consumer Council for Water said customers were entitled to ask hard questions. Its regional chair, "
    "Malcolm Fitch, said: “A company that loses this much water has to earn the right to ask its customers "
    "to use less.”\n\n"
    "Breaking the ban can lead to a fine of up to £1,000, although no customer has yet been prosecuted. "
    "The ban does not apply to businesses that need water to operate, such as car washes.\n",
    [
        ans(
            "One wet week doesn't refill a reservoir. Ardley reservoir is at 38 per cent, against 71 per cent on "
            "average for August. We need customers to save water now so there is enough for the autumn.",
            "a Harrow Water spokesperson",
            anonymous=True,
        ),
        ans(
            "Until reservoir levels recover, which in our experience means after a normal winter's rainfall. We "
            "will review it every fortnight.",
            "a Harrow Water spokesperson",
            anonymous=True,
        ),
        ans(
            "That's a fair challenge. Leakage is down 16 per cent in five years, and we are spending £210 "
            "million on it this year. It isn't good enough yet and we know that.",
            "a Harrow Water spokesperson",
            anonymous=True,
        ),
        ans(
            "Yes, with a bucket or a watering can, but not with a hosepipe.",
            "a Harrow Water spokesperson",
            anonymous=True,
        ),
        Q(
            "customers were entitled to ask hard questions",
            "The Consumer Council for Water",
            "Consumer Council for Water",
        ),
        Q(
            "“A company that loses this much water has to earn the right to ask its customers to use less.”",
            "Malcolm Fitch",
            "Malcolm Fitch",
            at="Malcolm Fitch, said",
        ),
    ],
    {"Malcolm Fitch": ["Its regional chair"]},
)
_HOSEPIPE_NQ: NonQuotes = [
    ("Your questions answered: Harrow Water on the hosepipe ban", "headline"),
    *asked(
        "Why a ban now, when it rained last week?",
        "How long will it last?",
        "Why should I save water when you lose a quarter of it in leaks?",
        "Can I fill my paddling pool?",
    ),
]

_FAQ_PAIRS = (
    (
        "When is the deadline to renew my subscription?",
        "The deadline is 28 February. Subscriptions renewed after that date will start from the next available "
        "collection.",
    ),
    ("How much does it cost?", "£52 a year for one bin. Each extra bin costs £40."),
    (
        "What can I put in my brown bin?",
        "Grass cuttings, hedge trimmings, leaves, flowers and small branches. Please do not put food waste, soil "
        "or rubble in the bin.",
    ),
    (
        "My bin was not emptied. What should I do?",
        "Report it online within two working days and we will return to collect it.",
    ),
    (
        "Can I share a bin with my neighbour?",
        "Yes, but only one address can hold the subscription, and the bin must be put out at that address.",
    ),
    (
        "Do you collect in winter?",
        "Collections are monthly in December, January and February and fortnightly for the rest of the year.",
    ),
    (
        "I am moving house. Can I take my subscription with me?",
        "Yes, if you are moving within the district. Tell us your new address at least ten days before you move.",
    ),
)
_FAQ = A(
    "garden-waste-faq",
    "local",
    ("faq",),
    "Garden waste collections 2027: frequently asked questions\n\n"
    "Bexmoor District Council\n\n"
    "Our garden waste service is a paid-for subscription, separate from your council tax. Around 31,000 "
    "households subscribe. The answers below cover the questions we are asked most often.\n\n"
    + "".join(f"Q: {q}\nA: {a}\n\n" for q, a in _FAQ_PAIRS)
    + "Still have a question? Contact customer services on 01632 960 411, Monday to Friday, 9am to 5pm, or "
    "use the online form on our website. Please have your subscription number ready.\n",
    [],
)
_FAQ_NQ: NonQuotes = [(text, "non_reporting") for pair in _FAQ_PAIRS for text in pair]

_QUIZ_QUESTIONS = (
    "Q1. Which river burst its banks in Pellbury on Monday?",
    "Q2. How many goals did Ashworth Rovers score in their cup win at Tollcross?",
    "Q3. Which supermarket chain said it would stop selling disposable barbecues?",
    "Q4. Which cabinet minister called the rail plan “dead in the water”, then said he had been joking?",
    "Q5. What did scientists in Tromsø name their newly described sea spider after?",
    "Q6. Who told reporters: “I have never been to Belgium, and I never will”?",
    "Q7. How old is the tortoise that was found alive after the Fenby warehouse fire?",
    "Q8. Which band announced a reunion tour, thirty years after their last album?",
)
_QUIZ = A(
    "weekend-news-quiz",
    "local",
    ("quiz",),
    "The weekend quiz: how closely did you follow the news?\n\n"
    "Eight questions on the week's stories, set by our quizmaster. Score one point for each correct answer, and "
    "a bonus point if you can name the minister in question four without looking it up. Answers are at the "
    "bottom: no peeking.\n\n"
    + "\n".join(_QUIZ_QUESTIONS)
    + "\n\nHow did you do? Seven or eight: you read every page. Four to six: respectable. Fewer than four: you "
    "were on holiday, and we hope it was a good one.\n\n"
    "Answers: 1. The Swale. 2. Seven. 3. Granger's. 4. Transport Secretary Miles Caddock. 5. A 1970s science "
    "fiction television robot. 6. The footballer Rik Vandersloot, after signing for a Dutch club. 7. 104. "
    "8. The Lanterns.\n\n"
    "Next week's quiz will include a special round on the year's sport. Suggestions for questions are "
    "welcome by email; the best will earn their sender a mention in this column.\n",
    [],
)
_QUIZ_NQ: NonQuotes = [(question[4:], "non_reporting") for question in _QUIZ_QUESTIONS]

_BISCUITS = A(
    "biscuit-maker-q3-results",
    "wire",
    ("quarter_label", "plain"),
    "Fernhill Foods profits rise in Q3 as price increases stick\n\n"
    "Fernhill Foods, the maker of Brannock biscuits, reported a 9 per cent rise in third-quarter operating "
    "profit on Thursday, helped by price increases that shoppers have so far accepted.\n\n"
    "Q3 at a glance\n"
    "Revenue: £612m (Q3 2025: £574m)\n"
    "Operating profit: £71m (£65m)\n"
    "Volumes: down 1.2 per cent\n\n"
    "Chief executive Sigrid Halvorsen said the company had “held its nerve” on prices. “Our shoppers are "
    "telling us they will pay for quality, but not for much more than that,” she said on a call with "
    "analysts.\n\n"
    "Asked whether further price rises were planned for Q4, Halvorsen said the company had no plans to raise "
    "prices again before the new year.\n\n"
    "Analysts were cautious. Marta Quayle of Brightwell Securities said the fall in volumes was “the number to "
    "watch”. “Q3 was the good news,” she said. “Q4 is where we find out whether shoppers have had enough.”\n\n"
    "The company also confirmed that its factory in Dunmere would close next summer, with the loss of 140 "
    "jobs, as production moves to a larger site near Leeds.\n\n"
    "Shares in Fernhill rose 4 per cent. The company will publish its full-year results in March.\n\n"
    "Fernhill, which employs about 3,800 people in Britain, has raised its prices three times in two years. "
    "Its biscuits are sold in 14 countries, and exports made up a fifth of revenue in the quarter, up from "
    "a sixth a year earlier. The company has said it intends to open a sales office in Singapore next "
    "year.\n",
    [
        Q(
            "the company had “held its nerve” on prices",
            "Sigrid Halvorsen",
            "Sigrid Halvorsen",
        ),
        Q(
            "“Our shoppers are telling us they will pay for quality, but not for much more than that,”",
            "she",
            "Sigrid Halvorsen",
        ),
        Q(
            "the company had no plans to raise prices again before the new year",
            "Halvorsen",
            "Sigrid Halvorsen",
        ),
        Q(
            "the fall in volumes was “the number to watch”",
            "Marta Quayle",
            "Marta Quayle",
            at="Marta Quayle of Brightwell Securities said",
        ),
        Q("“Q3 was the good news,”", "she", "Marta Quayle"),
        Q("“Q4 is where we find out whether shoppers have had enough.”", None, "Marta Quayle", cue=None),
        Q(
            "its factory in Dunmere would close next summer, with the loss of 140 jobs, as production moves to a "
            "larger site near Leeds",
            "The company",
            "Fernhill Foods",
            cue="confirmed",
            at="The company also confirmed",
        ),
        Q(
            "it intends to open a sales office in Singapore next year",
            "The company",
            "Fernhill Foods",
            at="The company has said",
        ),
    ],
    {"Sigrid Halvorsen": ["Chief executive"]},
)
_BISCUITS_NQ: NonQuotes = [
    ("Q3 at a glance", "subheading"),
    ("Revenue: £612m (Q3 2025: £574m)", "non_reporting"),
    ("Operating profit: £71m (£65m)", "non_reporting"),
]

_KITCHEN = A(
    "kitchen-clinic-readers-qa",
    "opinion",
    ("recipe_qa", "product_qa"),
    "Kitchen clinic: can I freeze a custard tart?\n\n"
    "Every week our cookery writer answers your questions about food, recipes and kit. Send yours to the "
    "usual address.\n\n"
    "Q: I made too much custard tart for a party. Can I freeze what is left?\n"
    "A: You can, but the custard will weep a little when it thaws and the pastry will soften. Freeze it in "
    "slices on a tray, then wrap them. Eat within a month, and warm each slice briefly in the oven.\n\n"
    "Q: My cast-iron pan has gone rusty after a week in the garage. Is it ruined?\n"
    "A: Not at all. Scrub the rust off with wire wool, dry the pan on the hob, wipe it with a thin film of oil "
    "and put it in a hot oven for an hour. Repeat twice and it will be better than before.\n\n"
    "Q: Is the Hollins 28cm non-stick pan worth the money?\n"
    "A: I have used one for two years. The coating has lasted better than most, the handle stays cool and it "
    "works on induction. At £65 it is not cheap, but it is the one I would buy again.\n\n"
    "Q: What can I use instead of buttermilk in soda bread?\n"
    "A: Stir a tablespoon of lemon juice into 300ml of ordinary milk and leave it for ten minutes. It does the "
    "same job.\n\n"
    "Next week: how long does an opened jar of mustard really last? Questions may be edited for length, and "
    "we regret that we cannot answer every letter.\n",
    [],
)
_KITCHEN_NQ: NonQuotes = [
    ("I made too much custard tart for a party. Can I freeze what is left?", "non_reporting"),
    (
        "You can, but the custard will weep a little when it thaws and the pastry will soften. Freeze it in "
        "slices on a tray, then wrap them. Eat within a month, and warm each slice briefly in the oven.",
        "non_reporting",
    ),
    ("My cast-iron pan has gone rusty after a week in the garage. Is it ruined?", "non_reporting"),
    ("Is the Hollins 28cm non-stick pan worth the money?", "non_reporting"),
    (
        "I have used one for two years. The coating has lasted better than most, the handle stays cool and it "
        "works on induction. At £65 it is not cheap, but it is the one I would buy again.",
        "non_reporting",
    ),
    ("What can I use instead of buttermilk in soda bread?", "non_reporting"),
]

_AUNT = A(
    "agony-aunt-letter",
    "opinion",
    ("agony_aunt",),
    "Dear Marguerite: my sister won't speak to me after our father's funeral\n\n"
    "Dear Marguerite,\n\n"
    "My father died in the spring. At the funeral I gave a short speech, and afterwards my older sister told "
    "me I had “made it all about myself”. She has not spoken to me since. I have written to her twice and she "
    "has not replied. I don't know what I said that was so wrong, and I am starting to think I should stop "
    "trying. We were close as children and I miss her. Should I give up?\n\n"
    "Name and address withheld\n\n"
    "Marguerite replies:\n\n"
    "I am so sorry about your father. Grief does strange things to families, and funerals are where old "
    "wounds are most likely to open. Your sister's words were cruel, but I doubt they were really about your "
    "speech.\n\n"
    "Do not give up, but do change what you are doing. Two letters that go unanswered start to feel like "
    "pressure. Send one short card on his birthday that says only that you are thinking of her and that the "
    "door is open. Then wait.\n\n"
    "In the meantime, look after yourself. You lost a father too, and you are grieving two people at once. A "
    "bereavement counsellor could help you carry that. Your GP can refer you, or you can contact a "
    "bereavement charity directly.\n\n"
    "If you have a problem you would like Marguerite to answer, write to her at the address below. She "
    "regrets that she cannot reply to letters personally, and letters may be edited.\n",
    [
        Q(
            "I had “made it all about myself”",
            "my older sister",
            "the letter writer's sister",
            cue="told",
            at="my older sister told",
            via=(("the letter writer", "reported_by"),),
            anonymous=True,
        ),
    ],
)
_AUNT_NQ: NonQuotes = [
    ("Dear Marguerite: my sister won't speak to me after our father's funeral", "headline"),
    ("She has not spoken to me since.", "non_reporting"),
    ("Should I give up?", "non_reporting"),
    ("Your sister's words were cruel, but I doubt they were really about your speech.", "non_reporting"),
    (
        "Send one short card on his birthday that says only that you are thinking of her and that the door is open.",
        "non_reporting",
    ),
]

ITEMS_B: list[tuple[A, NonQuotes]] = [
    (_FLOODS, _FLOODS_NQ),
    (_TRIAL, _TRIAL_NQ),
    (_LIFEBOAT, _LIFEBOAT_NQ),
    (_HOSEPIPE, _HOSEPIPE_NQ),
    (_FAQ, _FAQ_NQ),
    (_QUIZ, _QUIZ_NQ),
    (_BISCUITS, _BISCUITS_NQ),
    (_KITCHEN, _KITCHEN_NQ),
    (_AUNT, _AUNT_NQ),
]
"""Part B's articles with their non-quotes."""
