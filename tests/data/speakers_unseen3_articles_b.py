"""The third unseen-speakers set, second half (see ``speakers_unseen3_articles.py``)."""

from __future__ import annotations

from make_speakers_suite import A, Q

_SCHOOL = A(
    "village-school",
    "local",
    ("she_after_mention", "shared_gender", "pronoun", "org_statement", "bare_surname"),
    "Village school to close after 140 years\n\n"
    "Ashby Parva Primary School will close in July after the county council voted to merge it with a larger "
    "school four miles away.\n\n"
    "The headteacher, Joanna Whitlock, said she had told the school's 38 pupils on Friday morning. “Some of them "
    "cried, and so did I,” she said. She said three of her five staff had been offered jobs at the new "
    "school.\n\n"
    "The council's cabinet member for education, Graham Pettifer, said the decision had been “painful but "
    "unavoidable” because the school had lost a third of its pupils in five years. “I have spoken to Mrs "
    "Whitlock twice this week and I know how hard she has fought,” he said.\n\n"
    "She said she had not heard from him since the vote, and that the parents' petition had been ignored.\n\n"
    "Parents have formed a group to fight the closure. Its organiser, Siobhan McAllister-Grey, whose twin "
    "daughters are in year 4, said the group would ask for a judicial review. Her neighbour, Maureen Tibbs, "
    "whose grandchildren also go to the school, said she had collected 600 signatures in the village shop. She "
    "said the closure would “take the heart out of the village.”\n\n"
    "McAllister-Grey said: “We are not asking for special treatment. We are asking them to count the children "
    "properly.” She said the council's forecast ignored 60 new homes being built on the edge of the village.\n\n"
    "In a statement, the county council said the new school would run a minibus for pupils from Ashby Parva and "
    "that no child would travel for more than 20 minutes.\n\n"
    "Whitlock said she would stay until the last day. “I want to lock the door myself,” she said.\n\n"
    "The school opened in 1885 in a single room above the village forge. Its present building, with two "
    "classrooms and a hall, dates from 1962, and its playing field is owned by the parish.",
    [
        Q(
            "she had told the school's 38 pupils on Friday morning",
            "Joanna Whitlock",
            "Joanna Whitlock",
            at="Joanna Whitlock, said",
            classes=("appositive_title",),
        ),
        Q("“Some of them cried, and so did I,”", "she", "Joanna Whitlock"),
        Q("three of her five staff had been offered jobs at the new school", "She", "Joanna Whitlock"),
        Q(
            "the decision had been “painful but unavoidable” because the school had lost a third of its pupils in "
            "five years",
            "Graham Pettifer",
            "Graham Pettifer",
            at="Graham Pettifer, said",
        ),
        Q(
            "“I have spoken to Mrs Whitlock twice this week and I know how hard she has fought,”",
            "he",
            "Graham Pettifer",
        ),
        Q(
            "she had not heard from him since the vote, and that the parents' petition had been ignored",
            "She",
            "Joanna Whitlock",
            classes=("she_after_mention", "pronoun"),
        ),
        Q(
            "the group would ask for a judicial review",
            "Siobhan McAllister-Grey",
            "Siobhan McAllister-Grey",
            at="Siobhan McAllister-Grey, whose twin daughters are in year 4, said",
        ),
        Q(
            "she had collected 600 signatures in the village shop",
            "Maureen Tibbs",
            "Maureen Tibbs",
            at="Maureen Tibbs, whose grandchildren also go to the school, said",
        ),
        Q(
            "the closure would “take the heart out of the village.”",
            "She",
            "Maureen Tibbs",
            classes=("shared_gender", "pronoun"),
        ),
        Q(
            "“We are not asking for special treatment. We are asking them to count the children properly.”",
            "McAllister-Grey",
            "Siobhan McAllister-Grey",
            classes=("bare_surname",),
        ),
        Q(
            "the council's forecast ignored 60 new homes being built on the edge of the village",
            "She",
            "Siobhan McAllister-Grey",
            classes=("shared_gender", "pronoun"),
        ),
        Q(
            "the new school would run a minibus for pupils from Ashby Parva and that no child would travel for more "
            "than 20 minutes",
            "the county council",
            "county council",
            how="statement",
            classes=("org_statement",),
        ),
        Q("she would stay until the last day", "Whitlock", "Joanna Whitlock"),
        Q("“I want to lock the door myself,”", "she", "Joanna Whitlock"),
    ],
    titles={
        "Joanna Whitlock": ["The headteacher"],
        "Graham Pettifer": ["The council's cabinet member for education"],
        "Siobhan McAllister-Grey": ["Its organiser"],
        "Maureen Tibbs": ["Her neighbour"],
    },
)

_CHEF = A(
    "chef-interview",
    "qa",
    ("qa_transcript", "appositive_title", "pronoun", "particle_surname"),
    "Interview: the chef who learned by burning things\n\n"
    "Rosalind Achterberg-Oduya opened Salt & Ember in a former bus garage in Wexcombe in 2021. Last month it won "
    "its first star from the Halloran Guide. She spoke to the Wexcombe Examiner's food writer, Lionel Ferris, "
    "between lunch and dinner service. The conversation has been edited for length.\n\n"
    "LIONEL FERRIS: You trained as a lawyer. What happened?\n"
    "ROSALIND ACHTERBERG-ODUYA: I was good at it and hated it. I cooked every night to stop thinking about work, "
    "and one night I realised the cooking was the work.\n\n"
    "FERRIS: Your first year was hard.\n"
    "ACHTERBERG-ODUYA: I burned everything for a year. My sous-chef kept telling me to buy a thermometer. He was "
    "right and I was too proud.\n\n"
    "FERRIS: What changed when the star came?\n"
    "ACHTERBERG-ODUYA: The phone. It has not stopped. We are booked until April.\n\n"
    "After the interview, her sous-chef, Tomasz Wierzbicki, said the kitchen had not changed anything since the "
    "award. “We still argue about the bread every morning,” he said.\n\n"
    "Her business partner, the former rugby player Dafydd ap Rhys, said the pair had turned down two offers to "
    "open in London. He said: “Rosalind would rather have one good room than five average ones.”\n\n"
    "The Halloran Guide's inspectors wrote that the restaurant served “cooking of rare confidence and "
    "restraint.”\n\n"
    "Salt & Ember seats 34 and serves a single tasting menu of nine courses, most of them cooked over wood. Its "
    "bread is baked with flour milled four miles away, and the garage's old inspection pit is now its wine "
    "cellar. A second, cheaper restaurant in the same building is due to open in the autumn. Wexcombe had no "
    "restaurant listed in any guide until 2019, and the town now has four. Booking opens on the first day of each "
    "month.",
    [
        Q(
            "I was good at it and hated it. I cooked every night to stop thinking about work, and one night I "
            "realised the cooking was the work.",
            "ROSALIND ACHTERBERG-ODUYA",
            "Rosalind Achterberg-Oduya",
            None,
            at="ROSALIND ACHTERBERG-ODUYA:",
            kind="direct",
            via=(("Wexcombe Examiner", "interview"),),
        ),
        Q(
            "I burned everything for a year. My sous-chef kept telling me to buy a thermometer. He was right and I "
            "was too proud.",
            "ACHTERBERG-ODUYA",
            "Rosalind Achterberg-Oduya",
            None,
            at="ACHTERBERG-ODUYA:",
            kind="direct",
            via=(("Wexcombe Examiner", "interview"),),
        ),
        Q(
            "The phone. It has not stopped. We are booked until April.",
            "ACHTERBERG-ODUYA",
            "Rosalind Achterberg-Oduya",
            None,
            at="ACHTERBERG-ODUYA:",
            kind="direct",
            via=(("Wexcombe Examiner", "interview"),),
        ),
        Q(
            "the kitchen had not changed anything since the award",
            "Tomasz Wierzbicki",
            "Tomasz Wierzbicki",
            at="Tomasz Wierzbicki, said",
            classes=("appositive_title",),
        ),
        Q("“We still argue about the bread every morning,”", "he", "Tomasz Wierzbicki"),
        Q(
            "the pair had turned down two offers to open in London",
            "Dafydd ap Rhys",
            "Dafydd ap Rhys",
            at="Dafydd ap Rhys, said",
            classes=("particle_surname", "appositive_title"),
        ),
        Q("“Rosalind would rather have one good room than five average ones.”", "He", "Dafydd ap Rhys"),
        Q(
            "the restaurant served “cooking of rare confidence and restraint.”",
            "The Halloran Guide's inspectors",
            "the Halloran Guide's inspectors",
            "wrote",
            how="wrote",
            anonymous=True,
            classes=("documents",),
        ),
    ],
    titles={
        "Tomasz Wierzbicki": ["her sous-chef"],
        "Dafydd ap Rhys": ["Her business partner", "the former rugby player"],
    },
)

_FIRE = A(
    "moor-fire",
    "liveblog",
    ("groups", "anonymous", "org_statement", "prenominal_title", "pronoun"),
    "Hundreds evacuated as moorland fire spreads\n\n"
    "About 400 people were moved from their homes in Calderbrook and Hebble End on Tuesday as a moorland fire "
    "spread towards the villages, fanned by strong easterly winds.\n\n"
    "Group Manager Ewan Strachan of West Pennine Fire and Rescue said 70 firefighters were at the scene. He said "
    "crews expected to be there “for days, not hours.”\n\n"
    "“The peat is burning underground, and it can pop up again a hundred metres away,” Strachan said. “We need "
    "people to stay out of the area.”\n\n"
    "Two sisters who run a riding stable on the edge of Calderbrook, Morag and Eilidh Dunbar, said they had "
    "moved 23 horses in trailers borrowed from neighbours. Both women said they had been given less than an "
    "hour's warning.\n\n"
    "Eilidh Dunbar said the smoke had been visible from the stable since Sunday. “We kept asking whether we "
    "should go, and nobody could tell us,” she said.\n\n"
    "The fire service said the blaze had probably been started by a disposable barbecue. A police officer at "
    "the cordon, who was not authorised to speak to the media, said two teenagers had been questioned.\n\n"
    "Hebble End's parish council chairman, Archibald Nkemelu, said the village hall had been opened as a rest "
    "centre. Evacuated residents said they had been well looked after there. “They've fed us better than I feed "
    "myself,” said one, an 84-year-old retired bus driver.\n\n"
    "West Pennine Water said its reservoirs on the moor were not at risk. Forecasters said rain was not expected "
    "before Friday.\n\n"
    "It is the third large fire on the moor since 2018. The last, in July 2022, burned for eleven days and "
    "destroyed about 700 hectares of heather and peat, much of which is still bare. Walkers have been asked to keep "
    "away from the moor until the end of the month, and two car parks near the reservoirs have been closed.",
    [
        Q(
            "70 firefighters were at the scene",
            "Ewan Strachan",
            "Ewan Strachan",
            at="Ewan Strachan of West Pennine Fire and Rescue said",
            classes=("prenominal_title",),
        ),
        Q("crews expected to be there “for days, not hours.”", "He", "Ewan Strachan"),
        Q(
            (
                "“The peat is burning underground, and it can pop up again a hundred metres away,”",
                "“We need people to stay out of the area.”",
            ),
            "Strachan",
            "Ewan Strachan",
        ),
        Q(
            "they had moved 23 horses in trailers borrowed from neighbours",
            "Morag and Eilidh Dunbar",
            "Morag and Eilidh Dunbar",
            at="Morag and Eilidh Dunbar, said",
            classes=("groups",),
        ),
        Q(
            "they had been given less than an hour's warning",
            "Both women",
            "Morag and Eilidh Dunbar",
            classes=("groups",),
        ),
        Q("the smoke had been visible from the stable since Sunday", "Eilidh Dunbar", "Eilidh Dunbar"),
        Q("“We kept asking whether we should go, and nobody could tell us,”", "she", "Eilidh Dunbar"),
        Q(
            "the blaze had probably been started by a disposable barbecue",
            "The fire service",
            "West Pennine Fire and Rescue",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "two teenagers had been questioned",
            "A police officer at the cordon",
            "a police officer at the cordon",
            at="A police officer at the cordon, who was not authorised to speak to the media, said",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "the village hall had been opened as a rest centre",
            "Archibald Nkemelu",
            "Archibald Nkemelu",
            at="Archibald Nkemelu, said",
        ),
        Q(
            "they had been well looked after there",
            "Evacuated residents",
            "evacuated residents",
            anonymous=True,
            classes=("groups",),
        ),
        Q(
            "“They've fed us better than I feed myself,”",
            "one",
            "an 84-year-old retired bus driver",
            at="said one",
            anonymous=True,
            classes=("groups", "anonymous"),
        ),
        Q(
            "its reservoirs on the moor were not at risk",
            "West Pennine Water",
            "West Pennine Water",
            classes=("org_statement",),
        ),
        Q(
            "rain was not expected before Friday",
            "Forecasters",
            "forecasters",
            anonymous=True,
            classes=("groups",),
        ),
    ],
    titles={
        "Ewan Strachan": ["Group Manager"],
        "Archibald Nkemelu": ["Hebble End's parish council chairman"],
    },
)

_TRIAL = A(
    "trader-trial",
    "wire",
    ("later_named", "he_after_other_man", "honorific", "bare_surname", "anonymous", "pronoun"),
    "Former trader tells jury his managers knew\n\n"
    "A former bond trader accused of hiding 90 million pounds of losses at Harcastle Bank told a jury on "
    "Thursday that his managers knew what he was doing.\n\n"
    "Conrad Lisle-Maitland, 41, who denies fraud, spent most of the day in the witness box at Kingsmere Crown "
    "Court. He said his desk head, Julian Ferrars, had signed off every trade in the hidden account. Ferrars, "
    "who is not on trial, has denied that in a written statement.\n\n"
    "Lisle-Maitland paused for several seconds when his barrister, Nigel Haverstock, asked why he had not "
    "reported the losses. He said: “Because I thought I could win it back. Everybody on that floor thought "
    "that.”\n\n"
    "In cross-examination, the prosecutor, Sir Edmund Cathcart-Hughes, suggested that he had invented the story "
    "about his managers after his arrest. “That is simply not true,” Lisle-Maitland replied.\n\n"
    "The jury has heard that the losses came to light in 2023 when a junior analyst, Priya Venkataraman-Holt, "
    "noticed that the hidden account was funded from a client's deposits. Venkataraman-Holt told the court last "
    "week she had raised it with Ferrars first. She said he had told her to “leave it with him.”\n\n"
    "A bank spokesman said Harcastle had “co-operated fully” with the investigation and had since changed its "
    "controls.\n\n"
    "Judge Margaret Oyinlola-Burke told jurors they should not draw any conclusion from Ferrars's absence from "
    "the trial. The trial continues.\n\n"
    "Harcastle Bank, founded in 1871, has 40 branches and about 2,000 staff. It reported the losses to the "
    "regulator in March 2023 and closed its bond trading desk two months later, with the loss of 60 jobs. The "
    "bank's chief executive at the time retired later that year. The trial, which began in January, is expected to "
    "last another three weeks, and the jury will be sent out to consider its verdicts in early March.",
    [
        Q(
            "his managers knew what he was doing",
            "A former bond trader accused of hiding 90 million pounds of losses at Harcastle Bank",
            "Conrad Lisle-Maitland",
            "told",
            at="A former bond trader accused of hiding 90 million pounds of losses at Harcastle Bank told",
            classes=("later_named",),
        ),
        Q(
            "his desk head, Julian Ferrars, had signed off every trade in the hidden account",
            "He",
            "Conrad Lisle-Maitland",
        ),
        Q(
            "“Because I thought I could win it back. Everybody on that floor thought that.”",
            "He",
            "Conrad Lisle-Maitland",
            classes=("he_after_other_man", "pronoun"),
        ),
        Q(
            "he had invented the story about his managers after his arrest",
            "Sir Edmund Cathcart-Hughes",
            "Edmund Cathcart-Hughes",
            "suggested",
            at="Sir Edmund Cathcart-Hughes, suggested",
            classes=("honorific",),
        ),
        Q("“That is simply not true,”", "Lisle-Maitland", "Conrad Lisle-Maitland", "replied"),
        Q(
            "she had raised it with Ferrars first",
            "Venkataraman-Holt",
            "Priya Venkataraman-Holt",
            "told",
            at="Venkataraman-Holt told",
        ),
        Q("he had told her to “leave it with him.”", "She", "Priya Venkataraman-Holt"),
        Q(
            "Harcastle had “co-operated fully” with the investigation and had since changed its controls",
            "A bank spokesman",
            "a bank spokesman",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "they should not draw any conclusion from Ferrars's absence from the trial",
            "Margaret Oyinlola-Burke",
            "Margaret Oyinlola-Burke",
            "told",
            at="Margaret Oyinlola-Burke told",
            classes=("prenominal_title",),
        ),
    ],
    titles={
        "Conrad Lisle-Maitland": [
            "A former bond trader accused of hiding 90 million pounds of losses at Harcastle Bank"
        ],
        "Edmund Cathcart-Hughes": ["the prosecutor"],
        "Margaret Oyinlola-Burke": ["Judge"],
    },
)

_CLUB = A(
    "manager-sacked",
    "local",
    ("org_statement", "honorific", "particle_surname", "anonymous", "appositive_title", "pronoun"),
    "Wanderers sack manager after seven straight defeats\n\n"
    "Millbrook Wanderers sacked their manager, Ignatius Obi-Walcott, on Monday after a seventh successive league "
    "defeat left them bottom of the table.\n\n"
    "The club said in a statement that Obi-Walcott had “given everything” in 14 months in charge but that "
    "results had “fallen well short.” It said the first-team coach, Dermot Keogh, would take charge of "
    "Saturday's game at Ashfield.\n\n"
    "Obi-Walcott, who was appointed in October 2024 after leading Tarnside to promotion, said in a post on "
    "social media that he was proud of the young players he had brought through. He thanked the fans and said "
    "the club's owners had “always been straight with me.”\n\n"
    "Keogh, who played 300 games for the club, said he had not been promised the job. “I'm minding the shop,” he "
    "said. “Whoever comes in will get a squad that cares.”\n\n"
    "The club's chairman, Lord Ravensworth of Dale, said the board would take its time. He said: “We made a "
    "quick decision last time. We will not make that mistake twice.”\n\n"
    "The Millbrook Supporters' Trust said it had written to the owners asking for a meeting. Its secretary, "
    "Bernadette O'Hagan, said fans were “tired of starting again every year.”\n\n"
    "Several players posted messages thanking Obi-Walcott. The captain, Kwabena Asante-Lowry, wrote: “Gaffer, "
    "you gave me my chance. I won't forget it.”\n\n"
    "A source close to the board said the former Wanderers defender Stuart Pembleton was the early favourite "
    "for the job.\n\n"
    "Wanderers are four points from safety with 15 games left. They have had five managers in six years, and "
    "the club's owners, a consortium of local businessmen, bought it from the Harrowby family in 2019. The club's "
    "record signing, bought for two million pounds in the summer, has been injured since September and is not "
    "expected back until March.",
    [
        Q(
            "Obi-Walcott had “given everything” in 14 months in charge but that results had “fallen well short.”",
            "The club",
            "Millbrook Wanderers",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "the first-team coach, Dermot Keogh, would take charge of Saturday's game at Ashfield",
            "It",
            "Millbrook Wanderers",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "he was proud of the young players he had brought through",
            "Obi-Walcott",
            "Ignatius Obi-Walcott",
            at="Obi-Walcott, who was appointed in October 2024 after leading Tarnside to promotion, said",
            how="wrote",
        ),
        Q(
            "the club's owners had “always been straight with me.”",
            "He",
            "Ignatius Obi-Walcott",
            at="He thanked the fans and said",
        ),
        Q(
            "he had not been promised the job",
            "Keogh",
            "Dermot Keogh",
            at="Keogh, who played 300 games for the club, said",
        ),
        Q(("“I'm minding the shop,”", "“Whoever comes in will get a squad that cares.”"), "he", "Dermot Keogh"),
        Q(
            "the board would take its time",
            "Lord Ravensworth of Dale",
            "Lord Ravensworth of Dale",
            at="Lord Ravensworth of Dale, said",
            classes=("honorific", "appositive_title"),
        ),
        Q(
            "“We made a quick decision last time. We will not make that mistake twice.”",
            "He",
            "Lord Ravensworth of Dale",
        ),
        Q(
            "it had written to the owners asking for a meeting",
            "The Millbrook Supporters' Trust",
            "Millbrook Supporters' Trust",
            classes=("org_statement",),
        ),
        Q(
            "fans were “tired of starting again every year.”",
            "Bernadette O'Hagan",
            "Bernadette O'Hagan",
            at="Bernadette O'Hagan, said",
            classes=("particle_surname",),
        ),
        Q(
            "“Gaffer, you gave me my chance. I won't forget it.”",
            "Kwabena Asante-Lowry",
            "Kwabena Asante-Lowry",
            "wrote",
            at="Kwabena Asante-Lowry, wrote",
            how="wrote",
        ),
        Q(
            "the former Wanderers defender Stuart Pembleton was the early favourite for the job",
            "A source close to the board",
            "a source close to the board",
            anonymous=True,
            classes=("anonymous",),
        ),
    ],
    titles={
        "Ignatius Obi-Walcott": ["their manager"],
        "Dermot Keogh": ["the first-team coach"],
        "Lord Ravensworth of Dale": ["The club's chairman"],
        "Bernadette O'Hagan": ["Its secretary"],
        "Kwabena Asante-Lowry": ["The captain"],
    },
)

_WAITS = A(
    "cancer-waits",
    "local",
    ("later_named", "documents", "long_description", "anonymous", "shared_gender", "pronoun"),
    "Cancer patients wait longer than a year ago\n\n"
    "Patients in the Wexmoor health region are waiting on average 11 days longer for cancer treatment than a "
    "year ago, a report by Healthwatch Wexmoor said on Tuesday.\n\n"
    "The report's author, the watchdog's chief analyst Dr Ottilie Brandauer, said the delays were worst for "
    "bowel and lung cancer. She said the region had lost 40 specialist nurses in two years.\n\n"
    "One patient, a 62-year-old retired teacher from Haverley who was found to have lung cancer in March, "
    "waited 93 days for surgery. Her husband said the wait had been “worse than the diagnosis.”\n\n"
    "The husband, Clement Adeyemi-Frost, said he had phoned the hospital every week. “Every call ended with "
    "someone saying sorry,” he said. His wife, Beatrice, is now recovering at home. She said she was grateful "
    "to the surgeons but angry at the system. “The people were wonderful. The wait nearly killed me,” she "
    "said.\n\n"
    "The Wexmoor Health Board said in a statement that it had opened a second diagnostic centre in September "
    "and expected waits to fall by the spring. Its medical director, Dr Rajiv Subramaniam-Lowe, said: “We are "
    "not where we want to be, and we know it.”\n\n"
    "A senior consultant at Haverley General, who asked not to be named because staff have been told not to "
    "speak to the media, said the new centre had no one to read its scans. “We bought the machines and forgot "
    "the radiologists,” the consultant said.\n\n"
    "Brandauer said the watchdog would publish the figures every quarter from now on.\n\n"
    "The national target is for 85 percent of patients to start treatment within 62 days of an urgent referral. "
    "Wexmoor met it for 61 percent of patients last year, down from 70 percent the year before. The health board "
    "employs about 9,000 people across three hospitals and has been under special measures since 2022.",
    [
        Q(
            "Patients in the Wexmoor health region are waiting on average 11 days longer for cancer treatment than a "
            "year ago",
            "a report by Healthwatch Wexmoor",
            "Healthwatch Wexmoor",
            how="wrote",
            classes=("documents",),
        ),
        Q(
            "the delays were worst for bowel and lung cancer",
            "Dr Ottilie Brandauer",
            "Ottilie Brandauer",
            at="Dr Ottilie Brandauer, said",
            classes=("long_description",),
        ),
        Q("the region had lost 40 specialist nurses in two years", "She", "Ottilie Brandauer"),
        Q(
            "the wait had been “worse than the diagnosis.”",
            "Her husband",
            "Clement Adeyemi-Frost",
            classes=("later_named",),
        ),
        Q(
            "he had phoned the hospital every week",
            "Clement Adeyemi-Frost",
            "Clement Adeyemi-Frost",
            at="Clement Adeyemi-Frost, said",
        ),
        Q("“Every call ended with someone saying sorry,”", "he", "Clement Adeyemi-Frost"),
        Q(
            "she was grateful to the surgeons but angry at the system",
            "She",
            "Beatrice Adeyemi-Frost",
            classes=("shared_gender", "pronoun"),
        ),
        Q("“The people were wonderful. The wait nearly killed me,”", "she", "Beatrice Adeyemi-Frost"),
        Q(
            "it had opened a second diagnostic centre in September and expected waits to fall by the spring",
            "The Wexmoor Health Board",
            "Wexmoor Health Board",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "“We are not where we want to be, and we know it.”",
            "Dr Rajiv Subramaniam-Lowe",
            "Rajiv Subramaniam-Lowe",
            at="Dr Rajiv Subramaniam-Lowe, said",
        ),
        Q(
            "the new centre had no one to read its scans",
            "A senior consultant at Haverley General",
            "a senior consultant at Haverley General",
            at="A senior consultant at Haverley General, who asked not to be named because staff have been told not "
            "to speak to the media, said",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "“We bought the machines and forgot the radiologists,”",
            "the consultant",
            "a senior consultant at Haverley General",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q("the watchdog would publish the figures every quarter from now on", "Brandauer", "Ottilie Brandauer"),
    ],
    titles={
        "Ottilie Brandauer": ["The report's author", "the watchdog's chief analyst"],
        "Clement Adeyemi-Frost": ["Her husband"],
        "Beatrice Adeyemi-Frost": ["His wife"],
        "Rajiv Subramaniam-Lowe": ["Its medical director"],
    },
)

_RECOUNT = A(
    "recount",
    "local",
    ("he_after_other_man", "teaser_line", "groups", "org_statement", "shared_gender", "pronoun"),
    "Recount confirms Penrose as Harlow East winner\n\n"
    "A recount on Saturday confirmed Callum Penrose of the Liberal Party as the winner of the Harlow East seat "
    "by 41 votes, the narrowest margin in the country.\n\n"
    "Penrose, a former paramedic, said he would “represent every one of the 71,000 people here, not just the "
    "19,000 who voted for me.” He said his first act would be to press for the town's emergency department to "
    "reopen at night.\n\n"
    "His defeated opponent, Gareth Llewellyn-Pryce of the Reform Alliance, said he would not challenge the "
    "result in court. He had asked for the recount after the first count put him 63 votes behind. "
    "Llewellyn-Pryce said the returning officer, Kenneth Mabry, had run “a fair and careful count.” He said: “I "
    "would have liked a different number at the end of it, but it was done properly.”\n\n"
    "READ MORE: Full results from every seat in the county\n\n"
    "Mabry said ballot papers from two polling stations had been counted three times. He said 212 ballots had "
    "been rejected, most because voters had marked more than one box.\n\n"
    "Both men said they had spoken by phone after the declaration. The Liberal Party said in a statement that "
    "the result showed “every vote matters.” The Reform Alliance said it would contest the seat again.\n\n"
    "Turnout was 52 percent, down from 61 percent at the last election. Dr Hester Onwuachi, a political "
    "scientist at Harlow University, said low turnout had made the seat unusually hard to predict. “Forty-one "
    "votes is about one street,” she said.\n\n"
    "Penrose will be sworn in on Tuesday. He said he would hold his first surgery in the town library on "
    "Friday. Harlow East has changed hands at four of the last five elections, and no member has held it for more "
    "than one term since 2005.",
    [
        Q(
            "he would “represent every one of the 71,000 people here, not just the 19,000 who voted for me.”",
            "Penrose",
            "Callum Penrose",
            at="Penrose, a former paramedic, said",
            classes=("bare_surname",),
        ),
        Q(
            "his first act would be to press for the town's emergency department to reopen at night",
            "He",
            "Callum Penrose",
        ),
        Q(
            "he would not challenge the result in court",
            "Gareth Llewellyn-Pryce",
            "Gareth Llewellyn-Pryce",
            at="Gareth Llewellyn-Pryce of the Reform Alliance, said",
        ),
        Q(
            "the returning officer, Kenneth Mabry, had run “a fair and careful count.”",
            "Llewellyn-Pryce",
            "Gareth Llewellyn-Pryce",
        ),
        Q(
            "“I would have liked a different number at the end of it, but it was done properly.”",
            "He",
            "Gareth Llewellyn-Pryce",
            classes=("he_after_other_man", "pronoun"),
        ),
        Q(
            "ballot papers from two polling stations had been counted three times",
            "Mabry",
            "Kenneth Mabry",
            classes=("teaser_line", "bare_surname"),
        ),
        Q(
            "212 ballots had been rejected, most because voters had marked more than one box",
            "He",
            "Kenneth Mabry",
        ),
        Q(
            "they had spoken by phone after the declaration",
            "Both men",
            "Callum Penrose and Gareth Llewellyn-Pryce",
            classes=("groups",),
        ),
        Q(
            "the result showed “every vote matters.”",
            "The Liberal Party",
            "Liberal Party",
            how="statement",
            classes=("org_statement",),
        ),
        Q(
            "it would contest the seat again",
            "The Reform Alliance",
            "Reform Alliance",
            classes=("org_statement",),
        ),
        Q(
            "low turnout had made the seat unusually hard to predict",
            "Hester Onwuachi",
            "Hester Onwuachi",
            at="Hester Onwuachi, a political scientist at Harlow University, said",
        ),
        Q("“Forty-one votes is about one street,”", "she", "Hester Onwuachi"),
        Q("he would hold his first surgery in the town library on Friday", "He", "Callum Penrose"),
    ],
    titles={
        "Callum Penrose": ["a former paramedic"],
        "Gareth Llewellyn-Pryce": ["His defeated opponent"],
        "Kenneth Mabry": ["the returning officer"],
        "Hester Onwuachi": ["a political scientist at Harlow University"],
    },
)

ARTICLES_B = [_SCHOOL, _CHEF, _FIRE, _TRIAL, _CLUB, _WAITS, _RECOUNT]
"""The second half of the set."""
