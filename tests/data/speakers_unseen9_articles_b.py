"""The second half of the ninth unseen-speakers set (tests/data/speakers_unseen9.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen9.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_FLOOD = A(
    "u9-flood",
    "local",
    ("shared_surname", "plural_they", "named_object", "org_backref", "pronoun"),
    "Flooded farmers still waiting for compensation six months on\n\n"
    "Tom Hesketh and his son, Sam Hesketh, lost 300 sheep when the River Lune burst its banks in February. Six "
    "months on, they say they are still waiting for a penny of the compensation they were promised.\n\n"
    "“The forms are 40 pages long,” the elder Hesketh said. “I've farmed this land for 50 years and I've never "
    "seen anything like it.”\n\n"
    "Sam Hesketh, 29, said he had taken a job at a feed merchant in Kendal to pay the bills. “I drive past our "
    "fields every day on the way to work,” he said.\n\n"
    "He held up a photograph of Jess, the family's collie, who drowned in the flood. “She'd have been 13 next "
    "month,” he said.\n\n"
    "The Rural Payments Agency said in a statement that 85 percent of flood claims in the county had been paid. "
    "The agency said it was “working through the remaining cases as quickly as possible”.\n\n"
    "Their MP, Carol Denby, said she had raised the case with ministers twice. “Families like the Heskeths are "
    "being treated as paperwork,” she said.\n",
    [
        Q(
            "they are still waiting for a penny of the compensation they were promised",
            "they",
            "Tom and Sam Hesketh",
            cue="say",
        ),
        Q(
            (
                "“The forms are 40 pages long,”",
                "“I've farmed this land for 50 years and I've never seen anything like it.”",
            ),
            "the elder Hesketh",
            "Tom Hesketh",
        ),
        Q(
            "he had taken a job at a feed merchant in Kendal to pay the bills",
            "Sam Hesketh",
            "Sam Hesketh",
            at="Sam Hesketh, 29, said",
        ),
        Q("“I drive past our fields every day on the way to work,”", "he", "Sam Hesketh"),
        Q("“She'd have been 13 next month,”", "he", "Sam Hesketh"),
        Q(
            "85 percent of flood claims in the county had been paid",
            "The Rural Payments Agency",
            "Rural Payments Agency",
            at="The Rural Payments Agency said in a statement",
        ),
        Q(
            "it was “working through the remaining cases as quickly as possible”",
            "The agency",
            "Rural Payments Agency",
        ),
        Q("she had raised the case with ministers twice", "Carol Denby", "Carol Denby", at="Carol Denby, said"),
        Q("“Families like the Heskeths are being treated as paperwork,”", "she", "Carol Denby"),
    ],
    {
        "Sam Hesketh": ["his son"],
        "Carol Denby": ["Their MP"],
    },
)

_LIBRARIES = A(
    "u9-libraries",
    "local",
    ("org_backref", "spokesperson", "plural_they", "first_person", "anonymous"),
    "Harrowgate council votes to close two libraries\n\n"
    "Harrowgate Borough Council voted on Wednesday night to close the libraries in Penn Street and Castle Vale, "
    "despite a petition signed by 6,000 people.\n\n"
    "The council said the closures would save £340,000 a year. A council spokesman said both buildings needed "
    "repairs costing more than £1 million.\n\n"
    "Councillor Deborah Wainwright, the cabinet member for culture, said the decision was the hardest of her 12 "
    "years on the council. “I grew up in Penn Street library. I learned to read there,” she said.\n\n"
    "Campaigners, who had packed the public gallery, said they would seek a judicial review. Their organiser, "
    "Peter Quayle, a retired librarian, said: “We have not lost yet.”\n\n"
    "Castle Vale resident Joan Petty, 74, said she used the library three times a week. “It's the only place I "
    "talk to anyone some days,” she said.\n\n"
    "The council's leader, Simon Achterberg, defended the vote. “Nobody went into politics to close libraries,” "
    "he said. “But I will not cut care for the elderly to keep them open.”\n",
    [
        Q("the closures would save £340,000 a year", "The council", "Harrowgate Borough Council"),
        Q(
            "both buildings needed repairs costing more than £1 million",
            "A council spokesman",
            "a council spokesman",
            anonymous=True,
        ),
        Q(
            "the decision was the hardest of her 12 years on the council",
            "Deborah Wainwright",
            "Deborah Wainwright",
            at="Deborah Wainwright, the cabinet member for culture, said",
        ),
        Q("“I grew up in Penn Street library. I learned to read there,”", "she", "Deborah Wainwright"),
        Q(
            "they would seek a judicial review",
            "Campaigners",
            "campaigners",
            at="Campaigners, who had packed the public gallery, said",
            anonymous=True,
        ),
        Q("“We have not lost yet.”", "Peter Quayle", "Peter Quayle", at="Peter Quayle, a retired librarian, said"),
        Q("she used the library three times a week", "Joan Petty", "Joan Petty", at="Joan Petty, 74, said"),
        Q("“It's the only place I talk to anyone some days,”", "she", "Joan Petty"),
        Q(
            (
                "“Nobody went into politics to close libraries,”",
                "“But I will not cut care for the elderly to keep them open.”",
            ),
            "he",
            "Simon Achterberg",
        ),
    ],
    {
        "Deborah Wainwright": ["Councillor", "the cabinet member for culture"],
        "Peter Quayle": ["Their organiser", "a retired librarian"],
        "Joan Petty": ["Castle Vale resident"],
        "Simon Achterberg": ["The council's leader"],
    },
)

_STRIKE = A(
    "u9-strike",
    "wire",
    ("plural_they", "union_according_to", "spokesperson", "role_then_name", "anonymous"),
    "Nurses at St Aldhelm's walk out over staffing\n\n"
    "WEXBRIDGE — Nurses at St Aldhelm's Hospital walked out on Monday for the first time in the hospital's "
    "90-year history.\n\n"
    "About 200 nurses gathered on the picket line outside the main entrance. They said night shifts on some wards "
    "were run by one qualified nurse for 30 patients. “We are not striking for money. We are striking so nobody "
    "dies on our watch,” they said.\n\n"
    "Their union, the Royal College of Nursing, said the trust had ignored 14 written warnings about staffing "
    "since January, according to its regional officer, Bernadette Kyle.\n\n"
    "A spokeswoman for Wexbridge Hospitals NHS Trust said it had recruited 40 nurses from overseas who would start "
    "in the autumn. “Patient safety is our first priority,” she said.\n\n"
    "The trust's chief nurse, who was not on duty on Monday, visited the picket line in the afternoon and told "
    "strikers she understood their anger. Olivia Kershaw, who joined the trust from Leeds in March, later said in "
    "a statement that talks would resume on Thursday.\n\n"
    "One nurse, Precious Adeyemi, who has worked on the cardiac ward for 11 years, said she had cried in her car "
    "after her last night shift. “I went home and I couldn't remember if I'd given a patient his insulin,” she "
    "said.\n",
    [
        Q(
            "night shifts on some wards were run by one qualified nurse for 30 patients",
            "They",
            "about 200 nurses",
            anonymous=True,
        ),
        Q(
            "“We are not striking for money. We are striking so nobody dies on our watch,”",
            "they",
            "about 200 nurses",
            anonymous=True,
        ),
        Q(
            "the trust had ignored 14 written warnings about staffing since January",
            "Bernadette Kyle",
            "Bernadette Kyle",
            cue="according to",
            how="according_to",
            at="according to its regional officer, Bernadette Kyle",
        ),
        Q(
            "it had recruited 40 nurses from overseas who would start in the autumn",
            "A spokeswoman for Wexbridge Hospitals NHS Trust",
            "a spokeswoman for Wexbridge Hospitals NHS Trust",
            anonymous=True,
        ),
        Q(
            "“Patient safety is our first priority,”",
            "she",
            "a spokeswoman for Wexbridge Hospitals NHS Trust",
            anonymous=True,
        ),
        Q(
            "she understood their anger",
            "The trust's chief nurse",
            "Olivia Kershaw",
            cue="told",
            at=(
                "The trust's chief nurse, who was not on duty on Monday, visited the picket line in the afternoon "
                "and told"
            ),
        ),
        Q(
            "talks would resume on Thursday",
            "Olivia Kershaw",
            "Olivia Kershaw",
            at="Olivia Kershaw, who joined the trust from Leeds in March, later said",
        ),
        Q(
            "she had cried in her car after her last night shift",
            "Precious Adeyemi",
            "Precious Adeyemi",
            at="Precious Adeyemi, who has worked on the cardiac ward for 11 years, said",
        ),
        Q("“I went home and I couldn't remember if I'd given a patient his insulin,”", "she", "Precious Adeyemi"),
    ],
    {
        "Bernadette Kyle": ["regional officer"],
        "Olivia Kershaw": ["The trust's chief nurse"],
    },
)

_CYCLIST = A(
    "u9-cyclist",
    "local",
    ("kin_apposition", "possessive_distractor", "title_backref", "pronoun"),
    "Driver jailed for killing cyclist on Moorland Road\n\n"
    "A delivery driver who hit and killed a cyclist while looking at his phone was jailed for six years at Carlton "
    "Crown Court on Friday.\n\n"
    "Jason Pell, 34, admitted causing death by dangerous driving. Amelia Rhodes, 27, a junior doctor, died at the "
    "scene on Moorland Road in November.\n\n"
    "Judge Fiona Carrick said Pell had looked at his phone 14 times in the ten minutes before the crash. “You chose "
    "a message over a life,” the judge told him.\n\n"
    "Pell's barrister, Nathan Obi, said his client was “utterly ashamed” and had not driven since.\n\n"
    "Outside court, her mother, Linda, read a statement on behalf of the family. “Amelia spent her life caring for "
    "strangers. A stranger took it from her in a second,” she said.\n\n"
    "Her father, Martin Rhodes, said the family would campaign for longer sentences. “Six years for a life. Tell "
    "me how that is justice,” he said.\n\n"
    "Grace Rhodes, Amelia's older sister, stood beside them. Amelia's bicycle, a blue racer she had bought with her "
    "first pay cheque, still hangs in their parents' hallway. “None of us can bring ourselves to move it,” she "
    "said.\n",
    [
        Q(
            "Pell had looked at his phone 14 times in the ten minutes before the crash",
            "Fiona Carrick",
            "Fiona Carrick",
        ),
        Q("“You chose a message over a life,”", "the judge", "Fiona Carrick", cue="told"),
        Q(
            "his client was “utterly ashamed” and had not driven since",
            "Nathan Obi",
            "Nathan Obi",
            at="Nathan Obi, said",
        ),
        Q(
            "“Amelia spent her life caring for strangers. A stranger took it from her in a second,”",
            "she",
            "Linda",
        ),
        Q(
            "the family would campaign for longer sentences",
            "Martin Rhodes",
            "Martin Rhodes",
            at="Martin Rhodes, said",
        ),
        Q("“Six years for a life. Tell me how that is justice,”", "he", "Martin Rhodes"),
        Q("“None of us can bring ourselves to move it,”", "she", "Grace Rhodes"),
    ],
    {
        "Fiona Carrick": ["Judge"],
        "Nathan Obi": ["Pell's barrister"],
        "Linda": ["her mother"],
        "Martin Rhodes": ["Her father"],
        "Grace Rhodes": ["Amelia's older sister"],
    },
)

_BYELECTION = A(
    "u9-byelection",
    "wire",
    ("org_backref", "possessive_distractor", "plural_they", "first_person", "anonymous"),
    "Greens pick chemistry teacher to fight Calder West by-election\n\n"
    "The Green Party has chosen a secondary school teacher, Hollie Brandreth, as its candidate in the Calder West "
    "by-election next month.\n\n"
    "“I never planned to stand for anything. I planned to teach chemistry,” Brandreth, 31, said at her campaign "
    "launch in Todwick.\n\n"
    "The party said she had been chosen from a shortlist of four.\n\n"
    "The Labour candidate, Ravi Sandhu, a former firefighter, said the seat was “a straight fight”. “I have "
    "knocked on 4,000 doors. I know what people here want,” he said.\n\n"
    "Two Green members who had backed another candidate said they were disappointed. “We wanted someone who knows "
    "the valley,” they said.\n\n"
    "Brandreth's partner, Sophie Lund, has been knocking on doors every evening since the launch. “We've done more "
    "walking this month than in the last five years,” she said.\n\n"
    "Brandreth said her first priority would be the threatened maternity unit at Todwick General. “If I win, "
    "that's the first letter I write,” she said.\n",
    [
        Q(
            "“I never planned to stand for anything. I planned to teach chemistry,”",
            "Brandreth",
            "Hollie Brandreth",
            at="Brandreth, 31, said",
        ),
        Q("she had been chosen from a shortlist of four", "The party", "Green Party"),
        Q(
            "the seat was “a straight fight”",
            "Ravi Sandhu",
            "Ravi Sandhu",
            at="Ravi Sandhu, a former firefighter, said",
        ),
        Q("“I have knocked on 4,000 doors. I know what people here want,”", "he", "Ravi Sandhu"),
        Q(
            "they were disappointed",
            "Two Green members",
            "two Green members who had backed another candidate",
            at="Two Green members who had backed another candidate said",
            anonymous=True,
        ),
        Q(
            "“We wanted someone who knows the valley,”",
            "they",
            "two Green members who had backed another candidate",
            anonymous=True,
        ),
        Q("“We've done more walking this month than in the last five years,”", "she", "Sophie Lund"),
        Q(
            "her first priority would be the threatened maternity unit at Todwick General",
            "Brandreth",
            "Hollie Brandreth",
        ),
        Q("“If I win, that's the first letter I write,”", "she", "Hollie Brandreth"),
    ],
    {
        "Hollie Brandreth": ["a secondary school teacher"],
        "Ravi Sandhu": ["The Labour candidate", "a former firefighter"],
        "Sophie Lund": ["Brandreth's partner"],
    },
)

_SPICE = A(
    "u9-spice",
    "local",
    ("kin_apposition", "whose_role", "plural_they", "first_person", "anonymous"),
    "Spice Route to close after 38 years on Carver Street\n\n"
    "The Spice Route, the Indian restaurant on Carver Street that has fed three generations of Shelby families, "
    "will close at the end of the month.\n\n"
    "Its owner, Kamala Iyer, 71, said she was ready to rest. “I have cooked six nights a week since I was 33,” she "
    "said.\n\n"
    "Her son, Dev, who runs the front of house, said he would not take the restaurant on. “I love this place, but "
    "I've seen what it costs,” he said.\n\n"
    "The building's landlord, Carver Estates, whose founder, Anthony Vale, bought most of the street in the 1990s, "
    "said it had not yet found a new tenant.\n\n"
    "Regulars said they would miss the food and the welcome. “She remembered every order,” said Iris Dunn, who has "
    "eaten there every Friday since 1987.\n",
    [
        Q("she was ready to rest", "Kamala Iyer", "Kamala Iyer", at="Kamala Iyer, 71, said"),
        Q("“I have cooked six nights a week since I was 33,”", "she", "Kamala Iyer"),
        Q("he would not take the restaurant on", "Dev", "Dev", at="Dev, who runs the front of house, said"),
        Q("“I love this place, but I've seen what it costs,”", "he", "Dev"),
        Q(
            "it had not yet found a new tenant",
            "Carver Estates",
            "Carver Estates",
            at="Carver Estates, whose founder, Anthony Vale, bought most of the street in the 1990s, said",
        ),
        Q("they would miss the food and the welcome", "Regulars", "regulars", anonymous=True),
        Q("“She remembered every order,”", "Iris Dunn", "Iris Dunn", at="said Iris Dunn"),
    ],
    {
        "Kamala Iyer": ["Its owner"],
        "Dev": ["Her son"],
        "Carver Estates": ["The building's landlord"],
    },
)

_ROVERS = A(
    "u9-rovers",
    "wire",
    ("role_then_name", "org_backref", "title_backref", "first_person"),
    "Harbour Rovers sack manager after ninth straight defeat\n\n"
    "Harbour Rovers sacked their manager on Sunday after a 3-0 defeat at Eastleigh left the club bottom of the "
    "league.\n\n"
    "The club said in a statement that it thanked him for his “hard work and commitment”.\n\n"
    "The manager, who took over in the summer, told reporters after Saturday's game that he expected to lose his "
    "job. Gary Pilling, 52, had been in charge for 14 games. “I gave it everything. Football doesn't always give "
    "it back,” Pilling said.\n\n"
    "Rovers' chairman, Ken Atherton, said the board had taken the decision with a heavy heart. The chairman said "
    "a new manager would be named within a fortnight.\n\n"
    "Club captain Joe Mwangi said the players had let Pilling down. “It's on us, not him,” the captain said.\n\n"
    "The Harbour Rovers Supporters' Trust said fans were angry with the board, not the manager. Its chair, Angela "
    "Kerr, said the trust would hold an open meeting on Thursday.\n",
    [
        Q(
            "it thanked him for his “hard work and commitment”",
            "The club",
            "Harbour Rovers",
            at="The club said in a statement",
        ),
        Q(
            "he expected to lose his job",
            "The manager",
            "Gary Pilling",
            cue="told",
            at="The manager, who took over in the summer, told",
        ),
        Q("“I gave it everything. Football doesn't always give it back,”", "Pilling", "Gary Pilling"),
        Q(
            "the board had taken the decision with a heavy heart",
            "Ken Atherton",
            "Ken Atherton",
            at="Ken Atherton, said",
        ),
        Q("a new manager would be named within a fortnight", "The chairman", "Ken Atherton"),
        Q("the players had let Pilling down", "Joe Mwangi", "Joe Mwangi"),
        Q("“It's on us, not him,”", "the captain", "Joe Mwangi"),
        Q(
            "fans were angry with the board, not the manager",
            "The Harbour Rovers Supporters' Trust",
            "Harbour Rovers Supporters' Trust",
        ),
        Q("the trust would hold an open meeting on Thursday", "Angela Kerr", "Angela Kerr", at="Angela Kerr, said"),
    ],
    {
        "Ken Atherton": ["Rovers' chairman"],
        "Joe Mwangi": ["Club captain"],
        "Angela Kerr": ["chair"],
    },
)

ARTICLES_B = [_FLOOD, _LIBRARIES, _STRIKE, _CYCLIST, _BYELECTION, _SPICE, _ROVERS]
"""The last seven articles of the set."""
