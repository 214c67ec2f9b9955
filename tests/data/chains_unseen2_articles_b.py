"""The second unseen chains set, articles 6 to 14 (see ``chains_unseen2_articles.py``)."""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c2-court-filing",
        "local",
        ("filing_seen", "letter_first_reported", "comments_reported", "across_sentences"),
        "Developer says planning inspector was biased, court filing shows\n\n"
        "The developer behind the Tollgate Quarter scheme has claimed that the planning inspectorate was "
        "biased against it, in a court filing seen by the Harlow Standard.\n\n"
        "Lawyers for Brigmoor Homes wrote in the filing, lodged at the High Court on Monday, that the "
        "inspector who rejected the scheme had “decided the appeal before the first witness was called.” The "
        "company is asking the court to quash the decision.\n\n"
        "The filing also says that the inspector met objectors twice without the developer present. The "
        "inspectorate said it would respond in court.\n\n"
        "Brigmoor's chairman, Felix Aune, had already criticised the inspector in a letter to the housing "
        "secretary first reported by the Standard last month. “The process has been unfair from start to "
        "finish,” Aune wrote in the letter.\n\n"
        "Campaigners who opposed the scheme said the claim was a delaying tactic. “They lost on the evidence "
        "and now they want to lose more slowly,” said Nia Holloway, who chairs the Tollgate Residents' "
        "Alliance.\n\n"
        "The housing secretary, Ramon Achter, said in comments reported by the Westbury Times on Wednesday "
        "that he would not intervene while the case was before the courts. Achter added that ministers "
        "“respect the independence of the inspectorate.”\n\n"
        "The scheme would have built 1,400 homes on former railway land east of the town centre, with a "
        "school and a health centre. It was refused last spring on the grounds of its height and the loss of "
        "a nature reserve used by nesting birds.\n\n"
        "A hearing date has not been set. Legal experts said challenges of this kind rarely succeed. Priya "
        "Sandhu, a planning barrister who is not involved in the case, said the court would look only at "
        "whether the inspector had acted fairly, not at whether the decision was right. “The bar is high, "
        "and it should be,” she said.",
        [
            Q(
                "the planning inspectorate was biased against it",
                "The developer behind the Tollgate Quarter scheme",
                "Brigmoor Homes",
                "claimed",
                at="The developer behind the Tollgate Quarter scheme has claimed",
                how="wrote",
                via=(("Harlow Standard", "reported_by"),),
                classes=("filing_seen",),
            ),
            Q(
                "the inspector who rejected the scheme had “decided the appeal before the first witness was called.”",
                "Lawyers for Brigmoor Homes",
                "Lawyers for Brigmoor Homes",
                "wrote",
                how="wrote",
                via=(("Harlow Standard", "reported_by"),),
                classes=("filing_seen", "frame_carryover"),
            ),
            Q(
                "the inspector met objectors twice without the developer present",
                "The filing",
                "Brigmoor Homes",
                "says",
                at="The filing also says",
                how="wrote",
                via=(("Harlow Standard", "reported_by"),),
                classes=("filing_seen", "frame_carryover"),
            ),
            Q("it would respond in court", "The inspectorate", "planning inspectorate", classes=("control",)),
            Q(
                "“The process has been unfair from start to finish,”",
                "Aune",
                "Felix Aune",
                "wrote",
                how="wrote",
                via=(("Harlow Standard", "reported_by"),),
                classes=("letter_first_reported", "across_sentences"),
            ),
            Q(
                "the claim was a delaying tactic",
                "Campaigners who opposed the scheme",
                "Campaigners who opposed the scheme",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "“They lost on the evidence and now they want to lose more slowly,”",
                "Nia Holloway",
                "Nia Holloway",
                classes=("control",),
            ),
            Q(
                "he would not intervene while the case was before the courts",
                "Ramon Achter",
                "Ramon Achter",
                at="Ramon Achter, said",
                via=(("Westbury Times", "reported_by"),),
                classes=("comments_reported",),
            ),
            Q(
                "ministers “respect the independence of the inspectorate.”",
                "Achter",
                "Ramon Achter",
                "added",
                classes=("comments_reported", "new_report"),
            ),
            Q(
                "challenges of this kind rarely succeed",
                "Legal experts",
                "Legal experts",
                anonymous=True,
                classes=("control",),
            ),
            Q(
                "the court would look only at whether the inspector had acted fairly, not at whether the decision "
                "was right",
                "Priya Sandhu",
                "Priya Sandhu",
                at="Priya Sandhu, a planning barrister who is not involved in the case, said",
                classes=("control",),
            ),
            Q("“The bar is high, and it should be,”", "she", "Priya Sandhu", classes=("control",)),
        ],
        titles={
            "Felix Aune": ["Brigmoor's chairman"],
            "Ramon Achter": ["The housing secretary"],
            "Priya Sandhu": ["a planning barrister who is not involved in the case"],
        },
    ),
    A(
        "c2-book-extract",
        "opinion",
        ("book_quoted", "quoted_as", "programme", "statement_to"),
        "Former premier's aide says she warned of bank collapse\n\n"
        "A former senior aide to Prime Minister Hallam Oster warned him three months before the collapse of "
        "Carden Bank that the lender was “a house built on sand,” according to a new book by the journalist "
        "Ruth Ekwall.\n\n"
        "The aide, Simone Darrow, is quoted in Ekwall's book, The Long Weekend, as saying she raised the "
        "bank's debts with Oster at a dinner in June. “He listened, he nodded, and then he talked about the "
        "football,” Darrow is quoted as saying.\n\n"
        "Oster has disputed the account. Speaking on Radio Calder's Sunday programme, the former prime "
        "minister said he had “no memory whatsoever” of the conversation and that his officials had been "
        "told the bank was sound.\n\n"
        "Ekwall defended her reporting. “Every quotation in the book was checked with the person who said "
        "it,” she said on the programme.\n\n"
        "The book also quotes a former Treasury official, Anders Kiel, as saying the Treasury had drawn up a "
        "rescue plan weeks before the collapse but was told to shelve it. Kiel could not be reached for "
        "comment.\n\n"
        "The Daily Courant, which published extracts from the book on Saturday, quoted Darrow as saying she "
        "had kept notes of the dinner. In a statement to the Courant, Oster's office said he “does not "
        "recognise” the conversation described.\n\n"
        "Carden Bank failed in 2019 with debts of £3.1bn. A parliamentary inquiry found two years later that "
        "regulators had missed repeated warnings, but it did not examine what ministers knew.\n\n"
        "Opposition MP Gareth Lune said on Sunday that the book raised questions the inquiry had never asked. "
        "“If the prime minister was warned, the country deserves to know what he did next,” Lune said. He "
        "called for the inquiry to be reopened, and said he had written to the speaker of the house to ask "
        "for a debate before the summer recess.\n\n"
        "The Long Weekend, Ekwall's third book, is published on Thursday.",
        [
            Q(
                "the lender was “a house built on sand,”",
                "A former senior aide to Prime Minister Hallam Oster",
                "Simone Darrow",
                "warned",
                at="A former senior aide to Prime Minister Hallam Oster warned",
                via=(("Ruth Ekwall", "reported_by"),),
                classes=("book_quoted",),
            ),
            Q(
                "she raised the bank's debts with Oster at a dinner in June",
                "Simone Darrow",
                "Simone Darrow",
                "quoted",
                at="Simone Darrow, is quoted",
                via=(("Ruth Ekwall", "reported_by"),),
                classes=("book_quoted",),
            ),
            Q(
                "“He listened, he nodded, and then he talked about the football,”",
                "Darrow",
                "Simone Darrow",
                "quoted",
                at="Darrow is quoted",
                via=(("Ruth Ekwall", "reported_by"),),
                classes=("book_quoted",),
            ),
            Q(
                "he had “no memory whatsoever” of the conversation and that his officials had been told the bank "
                "was sound",
                "the former prime minister",
                "Hallam Oster",
                at="the former prime minister said",
                via=(("Radio Calder", "interview"),),
                classes=("programme",),
            ),
            Q(
                "“Every quotation in the book was checked with the person who said it,”",
                "she",
                "Ruth Ekwall",
                via=(("Radio Calder", "interview"),),
                classes=("programme", "frame_carryover"),
            ),
            Q(
                "the Treasury had drawn up a rescue plan weeks before the collapse but was told to shelve it",
                "Anders Kiel",
                "Anders Kiel",
                "quotes",
                at="The book also quotes a former Treasury official, Anders Kiel",
                via=(("Ruth Ekwall", "reported_by"),),
                classes=("book_quoted",),
            ),
            Q(
                "she had kept notes of the dinner",
                "Darrow",
                "Simone Darrow",
                "quoted",
                at="quoted Darrow",
                via=(("Daily Courant", "reported_by"),),
                classes=("quoted_as",),
            ),
            Q(
                "he “does not recognise” the conversation described",
                "Oster's office",
                "Oster's office",
                how="statement",
                via=(("Daily Courant", "told"),),
                classes=("statement_to",),
            ),
            Q(
                "regulators had missed repeated warnings",
                "A parliamentary inquiry",
                "parliamentary inquiry",
                "found",
                at="A parliamentary inquiry found",
                how="wrote",
                classes=("control",),
            ),
            Q(
                "the book raised questions the inquiry had never asked",
                "Gareth Lune",
                "Gareth Lune",
                at="Gareth Lune said",
                classes=("control",),
            ),
            Q(
                "“If the prime minister was warned, the country deserves to know what he did next,”",
                "Lune",
                "Gareth Lune",
                classes=("control",),
            ),
        ],
        titles={
            "Simone Darrow": ["A former senior aide to Prime Minister Hallam Oster"],
            "Anders Kiel": ["a former Treasury official"],
            "Gareth Lune": ["Opposition MP"],
        },
    ),
    A(
        "c2-campus-memo",
        "local",
        ("memo_seen", "citing_officials", "letter_first_reported", "place_hill", "own_outlet"),
        "University plans to close two campuses, memo shows\n\n"
        "In a memo seen by the Valdmere Gazette, the university's finance director, Harriet Quill, warned "
        "that Valdmere University would run out of cash reserves by 2027 unless it cut costs by a tenth.\n\n"
        "The memo, sent to the university's council on 2 October, sets out plans to close the Castle Hill "
        "and Rowan Street campuses and move their courses to the main site. Quill wrote that the closures "
        "would save about £9m a year.\n\n"
        "The Gazette, citing two officials familiar with the plans, reported last week that up to 200 posts "
        "could go. The university has not confirmed that figure.\n\n"
        "The vice-chancellor, Professor Emeka Strand, wrote in a letter to staff first reported by the "
        "student newspaper, the Valdmere Voice, that “no decision has been taken and none will be taken "
        "without consultation.”\n\n"
        "Castle Hill residents said the campus had been part of the neighbourhood for almost a century. “The "
        "students keep the cafes open and the buses running. Without them this end of town goes quiet,” said "
        "Owen Brack, who runs a bakery opposite the main gate.\n\n"
        "The University and College Union said in a statement that it would ballot members if compulsory "
        "redundancies were proposed. Its branch secretary, Lorna Pike, told the Gazette that staff had "
        "learned of the plans “from the newspaper, not from management.”\n\n"
        "Universities across the region have struggled since the number of overseas students fell by a "
        "third last year. Northmere University announced in September that it would close its languages "
        "department.\n\n"
        "A university spokeswoman said the council would discuss the memo at its next meeting, on 14 "
        "November, and that students on the two campuses would be able to finish their courses where they "
        "started.",
        [
            Q(
                "Valdmere University would run out of cash reserves by 2027 unless it cut costs by a tenth",
                "Harriet Quill",
                "Harriet Quill",
                "warned",
                at="Harriet Quill, warned",
                how="wrote",
                via=(("Valdmere Gazette", "reported_by"),),
                classes=("memo_seen",),
            ),
            Q(
                "the closures would save about £9m a year",
                "Quill",
                "Harriet Quill",
                "wrote",
                how="wrote",
                via=(("Valdmere Gazette", "reported_by"),),
                classes=("memo_seen", "frame_carryover"),
            ),
            Q(
                "up to 200 posts could go",
                "two officials familiar with the plans",
                "two officials familiar with the plans",
                "reported",
                at="two officials familiar with the plans, reported",
                anonymous=True,
                via=(("Valdmere Gazette", "citing"),),
                classes=("citing_officials",),
            ),
            Q(
                "“no decision has been taken and none will be taken without consultation.”",
                "Professor Emeka Strand",
                "Emeka Strand",
                "wrote",
                at="Professor Emeka Strand, wrote",
                how="wrote",
                via=(("Valdmere Voice", "reported_by"),),
                classes=("letter_first_reported",),
            ),
            Q(
                "the campus had been part of the neighbourhood for almost a century",
                "Castle Hill residents",
                "Castle Hill residents",
                anonymous=True,
                classes=("place_hill", "control"),
            ),
            Q(
                "“The students keep the cafes open and the buses running. Without them this end of town goes quiet,”",
                "Owen Brack",
                "Owen Brack",
                classes=("control",),
            ),
            Q(
                "it would ballot members if compulsory redundancies were proposed",
                "The University and College Union",
                "University and College Union",
                at="The University and College Union said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "staff had learned of the plans “from the newspaper, not from management.”",
                "Lorna Pike",
                "Lorna Pike",
                "told",
                at="Lorna Pike, told",
                via=(("Valdmere Gazette", "told"),),
                classes=("own_outlet",),
            ),
            Q(
                "it would close its languages department",
                "Northmere University",
                "Northmere University",
                "announced",
                at="Northmere University announced",
                how="statement",
                classes=("control",),
            ),
            Q(
                "the council would discuss the memo at its next meeting, on 14 November, and that students on the "
                "two campuses would be able to finish their courses where they started",
                "A university spokeswoman",
                "A university spokeswoman",
                anonymous=True,
                classes=("control",),
            ),
        ],
        titles={
            "Harriet Quill": ["the university's finance director"],
            "Emeka Strand": ["The vice-chancellor"],
            "Lorna Pike": ["Its branch secretary"],
        },
    ),
    A(
        "c2-crash-court",
        "local",
        ("second_hand", "statement_relayed"),
        "Woman told police she never saw the van, lawyer says\n\n"
        "A woman charged over a fatal crash in Tarnley told police she had not seen the van before it pulled "
        "out in front of her, her lawyer said on Friday.\n\n"
        "Speaking outside Tarnley Magistrates' Court, the lawyer, Desmond Pryor, said his client, Ellen "
        "Saffrey, had told officers at the scene: “I never saw it. It was just there.” Pryor said she had "
        "been driving within the speed limit and had co-operated fully with the investigation.\n\n"
        "Saffrey, 34, is charged with causing death by careless driving after the collision on the B1172 in "
        "March, in which the van's driver, Ken Oduro, 61, died. She did not speak during the ten-minute "
        "hearing except to confirm her name and address.\n\n"
        "The prosecutor, Amina Galt, said a witness had described Saffrey's car as travelling “very fast” in "
        "the minutes before the crash. Galt said the prosecution would rely on footage from a dashboard "
        "camera in a following lorry.\n\n"
        "Oduro's daughter, Grace Oduro, said outside court that the family wanted the case heard quickly. “We "
        "have waited eight months for today. We just want to know what happened to our dad,” she said.\n\n"
        "According to a statement from Tarnshire Police, read out by Galt, officers arrived at the scene "
        "within 11 minutes of the first call. The statement said the road had been closed for nine hours "
        "while collision investigators examined it.\n\n"
        "Saffrey was granted unconditional bail. Her case was sent to Tarnley Crown Court, where she is due to "
        "enter a plea on 9 January.\n\n"
        "Road safety campaigners have called for the speed limit on the B1172 to be cut from 60mph to 40mph. "
        "Tarnshire County Council said last year that it would review the limit, but no decision has been "
        "announced. Residents of the village of Holme say there have been three serious crashes on the same "
        "bend since 2020.",
        [
            Q(
                "she had not seen the van before it pulled out in front of her",
                "A woman charged over a fatal crash in Tarnley",
                "Ellen Saffrey",
                "told",
                at="A woman charged over a fatal crash in Tarnley told",
                via=(("police", "told"), ("Desmond Pryor", "reported_by")),
                classes=("second_hand",),
            ),
            Q(
                "“I never saw it. It was just there.”",
                "Ellen Saffrey",
                "Ellen Saffrey",
                "told",
                at="Ellen Saffrey, had told",
                via=(("officers", "told"), ("Desmond Pryor", "reported_by")),
                classes=("second_hand",),
            ),
            Q(
                "she had been driving within the speed limit and had co-operated fully with the investigation",
                "Pryor",
                "Desmond Pryor",
                classes=("control",),
            ),
            Q(
                "a witness had described Saffrey's car as travelling “very fast” in the minutes before the crash",
                "Amina Galt",
                "Amina Galt",
                at="Amina Galt, said",
                classes=("control",),
            ),
            Q(
                "the prosecution would rely on footage from a dashboard camera in a following lorry",
                "Galt",
                "Amina Galt",
                classes=("control",),
            ),
            Q(
                "the family wanted the case heard quickly",
                "Grace Oduro",
                "Grace Oduro",
                at="Grace Oduro, said",
                classes=("control",),
            ),
            Q(
                "“We have waited eight months for today. We just want to know what happened to our dad,”",
                "she",
                "Grace Oduro",
                classes=("control",),
            ),
            Q(
                "officers arrived at the scene within 11 minutes of the first call",
                "a statement from Tarnshire Police",
                "Tarnshire Police",
                "According to",
                at="According to a statement from Tarnshire Police",
                how="statement",
                via=(("Amina Galt", "reported_by"),),
                classes=("statement_relayed",),
            ),
            Q(
                "the road had been closed for nine hours while collision investigators examined it",
                "The statement",
                "Tarnshire Police",
                at="The statement said",
                how="statement",
                via=(("Amina Galt", "reported_by"),),
                classes=("statement_relayed", "frame_carryover"),
            ),
            Q(
                "it would review the limit",
                "Tarnshire County Council",
                "Tarnshire County Council",
                at="Tarnshire County Council said",
                classes=("control",),
            ),
        ],
        titles={
            "Desmond Pryor": ["the lawyer"],
            "Amina Galt": ["The prosecutor"],
            "Grace Oduro": ["Oduro's daughter"],
        },
    ),
    A(
        "c2-stadium-minutes",
        "local",
        ("split_paragraphs", "video_posted", "own_outlet"),
        "Club chair called stadium sale a done deal months before vote, minutes show\n\n"
        "The Corran Courier has obtained the minutes of a Rovers board meeting held in February, five months "
        "before members voted on the sale of Milestone Park.\n\n"
        "They show that the club's chair, Benedict Harrow, told fellow directors the sale to a housing "
        "developer was “a done deal, whatever the members say.” The minutes record that no director "
        "objected.\n\n"
        "Harrow went on to say that the club would “have to manage the fans” until the vote, according to "
        "the minutes.\n\n"
        "Members approved the sale in July by 612 votes to 540. Supporters' trust chair Kezia Munro said the "
        "minutes showed the vote had been “theatre.” “We were asked for our opinion on something that had "
        "already been decided in a room we were not allowed into,” Munro said.\n\n"
        "In a video posted to social media on Sunday night, Harrow said the minutes had been “taken out of "
        "context” and that the board had always intended to respect the members' decision. “Had they voted "
        "no, there would have been no sale. Full stop,” he said in the video.\n\n"
        "The developer, Lyle Estates, said it had not been given any assurance about the outcome of the "
        "vote.\n\n"
        "Former director Pippa Naismith, who resigned from the board in May, said she had raised concerns at "
        "the time. She told the Courier: “I said then that we were treating the members as an obstacle. I "
        "was told I did not understand business.”\n\n"
        "The club plans to move to a new ground at Greyford, six miles away, in 2028. The Football "
        "Supporters' Association said it would ask the league to examine whether the club's rules had been "
        "followed.\n\n"
        "Milestone Park has been the home of Rovers since 1898. Its main stand, rebuilt after a fire in 1956, "
        "is listed, and the developer has promised to keep it as part of the housing scheme.",
        [
            Q(
                "the sale to a housing developer was “a done deal, whatever the members say.”",
                "Benedict Harrow",
                "Benedict Harrow",
                "told",
                at="Benedict Harrow, told",
                via=(("fellow directors", "told"), ("Corran Courier", "reported_by")),
                classes=("split_paragraphs",),
            ),
            Q(
                "no director objected",
                "The minutes",
                "minutes",
                "record",
                at="The minutes record",
                how="according_to",
                via=(("Corran Courier", "reported_by"),),
                classes=("split_paragraphs",),
            ),
            Q(
                "the club would “have to manage the fans” until the vote",
                "Harrow",
                "Benedict Harrow",
                "say",
                at="Harrow went on to say",
                via=(("Corran Courier", "reported_by"),),
                classes=("split_paragraphs",),
            ),
            Q(
                "the minutes showed the vote had been “theatre.”",
                "Kezia Munro",
                "Kezia Munro",
                classes=("control",),
            ),
            Q(
                "“We were asked for our opinion on something that had already been decided in a room we were not "
                "allowed into,”",
                "Munro",
                "Kezia Munro",
                classes=("control",),
            ),
            Q(
                "the minutes had been “taken out of context” and that the board had always intended to respect the "
                "members' decision",
                "Harrow",
                "Benedict Harrow",
                classes=("video_posted", "control"),
            ),
            Q(
                "“Had they voted no, there would have been no sale. Full stop,”",
                "he",
                "Benedict Harrow",
                classes=("video_posted", "control"),
            ),
            Q(
                "it had not been given any assurance about the outcome of the vote",
                "Lyle Estates",
                "Lyle Estates",
                at="Lyle Estates, said",
                classes=("control",),
            ),
            Q(
                "she had raised concerns at the time",
                "Pippa Naismith",
                "Pippa Naismith",
                at="Pippa Naismith, who resigned from the board in May, said",
                classes=("control",),
            ),
            Q(
                "“I said then that we were treating the members as an obstacle. I was told I did not understand "
                "business.”",
                "She",
                "Pippa Naismith",
                "told",
                via=(("Corran Courier", "told"),),
                classes=("own_outlet",),
            ),
            Q(
                "it would ask the league to examine whether the club's rules had been followed",
                "The Football Supporters' Association",
                "Football Supporters' Association",
                at="The Football Supporters' Association said",
                classes=("control",),
            ),
        ],
        titles={
            "Benedict Harrow": ["the club's chair"],
            "Kezia Munro": ["Supporters' trust chair"],
            "Pippa Naismith": ["Former director"],
        },
    ),
]
