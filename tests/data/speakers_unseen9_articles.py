"""The first half of the ninth unseen-speakers set (tests/data/speakers_unseen9.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen9.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_RESERVOIR = A(
    "u9-reservoir",
    "local",
    ("kin_apposition", "org_backref", "spokesperson", "anonymous"),
    "Teenager pulled from Larkin Reservoir dies in hospital\n\n"
    "A 16-year-old boy who was pulled from Larkin Reservoir on Sunday afternoon has died in hospital.\n\n"
    "Callum Ferris, a pupil at Westgate Academy, had gone swimming with three friends on the hottest day of the "
    "year. He got into difficulty about 20 metres from the bank.\n\n"
    "His mother, Linda Ferris, said he was “the kindest boy you could hope to meet”. “He would give his last pound "
    "to a stranger,” she said.\n\n"
    "His grandfather, Dennis, said the family had warned him about the cold water many times. “Every summer we "
    "told him. Every summer,” he said.\n\n"
    "One of the friends, who did not want to be named, said the boys had been in the water for less than ten "
    "minutes. “He just went quiet and then he was gone,” he said.\n\n"
    "Westgate Academy's head teacher, Martin Oduya, said the school had opened a quiet room for pupils. “Our whole "
    "community is grieving,” Mr Oduya said.\n\n"
    "A spokesman for Larkin Water, which owns the reservoir, said signs warning against swimming were posted at "
    "every entrance. The company said it would review its safety measures before the school holidays.\n",
    [
        Q("he was “the kindest boy you could hope to meet”", "Linda Ferris", "Linda Ferris", at="Linda Ferris, said"),
        Q("“He would give his last pound to a stranger,”", "she", "Linda Ferris"),
        Q(
            "the family had warned him about the cold water many times",
            "Dennis",
            "Dennis",
            at="Dennis, said",
        ),
        Q("“Every summer we told him. Every summer,”", "he", "Dennis"),
        Q(
            "the boys had been in the water for less than ten minutes",
            "One of the friends",
            "one of the friends",
            at="One of the friends, who did not want to be named, said",
            anonymous=True,
        ),
        Q("“He just went quiet and then he was gone,”", "he", "one of the friends", anonymous=True),
        Q("the school had opened a quiet room for pupils", "Martin Oduya", "Martin Oduya", at="Martin Oduya, said"),
        Q("“Our whole community is grieving,”", "Mr Oduya", "Martin Oduya"),
        Q(
            "signs warning against swimming were posted at every entrance",
            "A spokesman for Larkin Water",
            "a spokesman for Larkin Water",
            at="A spokesman for Larkin Water, which owns the reservoir, said",
            anonymous=True,
        ),
        Q("it would review its safety measures before the school holidays", "The company", "Larkin Water"),
    ],
    {
        "Linda Ferris": ["His mother"],
        "Dennis": ["His grandfather"],
        "Martin Oduya": ["Westgate Academy's head teacher"],
    },
)

_ENERGY = A(
    "u9-energy",
    "wire",
    ("org_backref", "whose_role", "pronoun"),
    "Brightwell Energy to cut 400 jobs as profits fall\n\n"
    "DUNMORE — Brightwell Energy, the region's largest gas supplier, said on Tuesday it would cut 400 jobs at its "
    "call centres in Dunmore and Ashby over the next year.\n\n"
    "The company said the cuts were needed after a 38 percent fall in first-half profit. “We cannot keep paying "
    "for buildings our customers no longer visit,” it said in a statement.\n\n"
    "Its chief executive, Priya Raman, told analysts on a call that most of the work would move online. “Nobody "
    "has phoned us to pay a bill in years,” Raman said.\n\n"
    "The GMB union said it would fight every compulsory redundancy. Its regional organiser, Stuart Kells, said "
    "staff had learned of the cuts from the radio. “That is no way to treat people who have given you 20 years,” "
    "he said.\n\n"
    "Dunmore City Council said the loss of the jobs would hit the town centre hard. The council said it had asked "
    "for a meeting with the firm's managers. Council leader Anjali Booth said: “Four hundred families will feel "
    "this by Christmas.”\n\n"
    "The cuts come a month after Vantry Power, a smaller rival whose founder, Oliver Strand, said in June that "
    "call centres were “a relic”, closed its last office in Ashby.\n\n"
    "Ashby recruitment agency Holt & Marsh said demand for call-centre staff had fallen for three years. The firm "
    "said most of those affected would find new work within months.\n",
    [
        Q(
            "it would cut 400 jobs at its call centres in Dunmore and Ashby over the next year",
            "Brightwell Energy",
            "Brightwell Energy",
            at="Brightwell Energy, the region's largest gas supplier, said",
        ),
        Q("the cuts were needed after a 38 percent fall in first-half profit", "The company", "Brightwell Energy"),
        Q("“We cannot keep paying for buildings our customers no longer visit,”", "it", "Brightwell Energy"),
        Q(
            "most of the work would move online",
            "Priya Raman",
            "Priya Raman",
            cue="told",
            at="Priya Raman, told",
        ),
        Q("“Nobody has phoned us to pay a bill in years,”", "Raman", "Priya Raman"),
        Q("it would fight every compulsory redundancy", "The GMB union", "GMB"),
        Q("staff had learned of the cuts from the radio", "Stuart Kells", "Stuart Kells", at="Stuart Kells, said"),
        Q("“That is no way to treat people who have given you 20 years,”", "he", "Stuart Kells"),
        Q("the loss of the jobs would hit the town centre hard", "Dunmore City Council", "Dunmore City Council"),
        Q("it had asked for a meeting with the firm's managers", "The council", "Dunmore City Council"),
        Q("“Four hundred families will feel this by Christmas.”", "Anjali Booth", "Anjali Booth"),
        Q("call centres were “a relic”", "Oliver Strand", "Oliver Strand", at="Oliver Strand, said"),
        Q("demand for call-centre staff had fallen for three years", "Holt & Marsh", "Holt & Marsh"),
        Q("most of those affected would find new work within months", "The firm", "Holt & Marsh"),
    ],
    {
        "Brightwell Energy": ["the region's largest gas supplier"],
        "Priya Raman": ["chief executive"],
        "Stuart Kells": ["regional organiser"],
        "Anjali Booth": ["Council leader"],
        "Oliver Strand": ["founder"],
    },
)

_FINAL = A(
    "u9-final",
    "wire",
    ("possessive_distractor", "shared_surname", "epithets", "pronoun"),
    "Okafor beats Dubois to win first Harbourne title\n\n"
    "HARBOURNE — Adaeze Okafor won her first Harbourne Open title on Sunday, beating Camille Dubois 4-6, 6-3, 6-2 "
    "in a final that turned on the Frenchwoman's forehand.\n\n"
    "“I was just trying to keep the ball on her backhand and wait,” Okafor said. “In the first set I was too "
    "impatient.”\n\n"
    "Dubois's coach, Ines Marlow, watched from the players' box as the forehand that had carried her pupil "
    "through five rounds sprayed long again and again. “Her feet stopped moving in the second set,” she said "
    "afterwards.\n\n"
    "Dubois, 22, said she had felt a pain in her right wrist from early in the second set. “I don't want to make "
    "excuses. She played better,” Dubois said.\n\n"
    "Okafor's father, Emeka Okafor, who taught her to play on a public court in Lagos, was in the crowd. “I told "
    "her at breakfast: just enjoy it,” he said.\n\n"
    "Okafor, who will rise to 19th in the world rankings on Monday, dedicated the win to the club where she "
    "started. “This is for every girl on those courts,” Okafor said.\n\n"
    "Tournament director Helen Szabo said the final had drawn a record crowd of 9,400. The director said the "
    "event would move to a larger stadium next year.\n",
    [
        Q(
            (
                "“I was just trying to keep the ball on her backhand and wait,”",
                "“In the first set I was too impatient.”",
            ),
            "Okafor",
            "Adaeze Okafor",
        ),
        Q("“Her feet stopped moving in the second set,”", "she", "Ines Marlow"),
        Q(
            "she had felt a pain in her right wrist from early in the second set",
            "Dubois",
            "Camille Dubois",
            at="Dubois, 22, said",
        ),
        Q("“I don't want to make excuses. She played better,”", "Dubois", "Camille Dubois"),
        Q("“I told her at breakfast: just enjoy it,”", "he", "Emeka Okafor"),
        Q("“This is for every girl on those courts,”", "Okafor", "Adaeze Okafor"),
        Q("the final had drawn a record crowd of 9,400", "Helen Szabo", "Helen Szabo"),
        Q("the event would move to a larger stadium next year", "The director", "Helen Szabo"),
    ],
    {
        "Ines Marlow": ["Dubois's coach"],
        "Emeka Okafor": ["Okafor's father"],
        "Helen Szabo": ["Tournament director"],
    },
)

_BUS = A(
    "u9-bus",
    "local",
    ("another_appositive", "plural_they", "shared_surname", "org_backref", "anonymous"),
    "Villagers say the 42 bus is late more often than not\n\n"
    "At the stop outside Orton post office on Wednesday morning, eight people had been waiting for 35 minutes for "
    "the 42 bus to Kelby. The route was handed to a new operator in April.\n\n"
    "One, Gerald Amos, 81, said he had missed two hospital appointments since the spring. “I don't drive any more. "
    "This bus is my legs,” he said.\n\n"
    "Another, a retired teacher, said she now took a taxi to the market in Kelby once a week. “It costs me £18 "
    "each way. I can't keep doing that,” she said.\n\n"
    "Two students from Kelby College said they had been marked late for lessons 11 times this term. “The college "
    "says it's our problem. It isn't,” they said.\n\n"
    "Mr Amos's daughter, Helen Amos, who lives in Leeds, said she worried about him every winter. “He won't tell "
    "me when he's stuck,” she said.\n\n"
    "“I'd rather wait than be a bother to anyone,” Mr Amos said.\n\n"
    "The operator, Tarrant Coaches, said it was short of drivers. The company said in a statement that it had "
    "recruited six new drivers who would start in September.\n\n"
    "County councillor Rosa Maitland said she had written to the company three times. “They keep telling me it "
    "will get better. It hasn't,” Maitland said.\n",
    [
        Q(
            "he had missed two hospital appointments since the spring",
            "Gerald Amos",
            "Gerald Amos",
            at="Gerald Amos, 81, said",
        ),
        Q("“I don't drive any more. This bus is my legs,”", "he", "Gerald Amos"),
        Q(
            "she now took a taxi to the market in Kelby once a week",
            "Another",
            "a retired teacher",
            at="Another, a retired teacher, said",
            anonymous=True,
        ),
        Q("“It costs me £18 each way. I can't keep doing that,”", "she", "a retired teacher", anonymous=True),
        Q(
            "they had been marked late for lessons 11 times this term",
            "Two students from Kelby College",
            "two students from Kelby College",
            anonymous=True,
        ),
        Q("“The college says it's our problem. It isn't,”", "they", "two students from Kelby College", anonymous=True),
        Q(
            "she worried about him every winter",
            "Helen Amos",
            "Helen Amos",
            at="Helen Amos, who lives in Leeds, said",
        ),
        Q("“He won't tell me when he's stuck,”", "she", "Helen Amos"),
        Q("“I'd rather wait than be a bother to anyone,”", "Mr Amos", "Gerald Amos"),
        Q("it was short of drivers", "Tarrant Coaches", "Tarrant Coaches", at="Tarrant Coaches, said"),
        Q(
            "it had recruited six new drivers who would start in September",
            "The company",
            "Tarrant Coaches",
            at="The company said in a statement",
        ),
        Q("she had written to the company three times", "Rosa Maitland", "Rosa Maitland"),
        Q("“They keep telling me it will get better. It hasn't,”", "Maitland", "Rosa Maitland"),
    ],
    {
        "Helen Amos": ["Mr Amos's daughter"],
        "Tarrant Coaches": ["The operator"],
        "Rosa Maitland": ["County councillor"],
    },
)

_KETTLES = A(
    "u9-kettles",
    "wire",
    ("whose_role", "role_then_name", "union_according_to", "anonymous"),
    "Kettle maker Steamwright collapses with the loss of 140 jobs\n\n"
    "BRISTOL — Steamwright, the maker of designer kettles that was once valued at £60 million, has collapsed into "
    "administration with the loss of 140 jobs.\n\n"
    "The firm's administrators, Begbie Lowe, said they were seeking a buyer for the brand.\n\n"
    "Steamwright's chief executive told staff in an email on Tuesday morning that she was “heartbroken”. Joanna "
    "Prieto, who founded the company in her garage in 2015, later wrote on LinkedIn that she had made “mistakes "
    "I will carry for the rest of my life”.\n\n"
    "“We grew too fast, and I did not see the rain coming,” Prieto wrote.\n\n"
    "The collapse follows that of Pottle, a rival start-up whose founder, Marcus Day, said last month that the "
    "market had been “flooded by cheap copies”.\n\n"
    "One employee, a designer who had worked at the firm for six years, said staff had been paid for May but not "
    "June. “Nobody told us anything until the email,” he said.\n\n"
    "Most of the workshop's staff belong to Unite. Their union said members were owed about £400,000 in unpaid "
    "wages and holiday pay. The union would take the case to an employment tribunal, according to branch "
    "secretary Kofi Mensah.\n",
    [
        Q("they were seeking a buyer for the brand", "Begbie Lowe", "Begbie Lowe", at="Begbie Lowe, said"),
        Q(
            "she was “heartbroken”",
            "Steamwright's chief executive",
            "Joanna Prieto",
            cue="told",
        ),
        Q(
            "she had made “mistakes I will carry for the rest of my life”",
            "Joanna Prieto",
            "Joanna Prieto",
            cue="wrote",
            how="wrote",
            at="Joanna Prieto, who founded the company in her garage in 2015, later wrote",
        ),
        Q(
            "“We grew too fast, and I did not see the rain coming,”",
            "Prieto",
            "Joanna Prieto",
            cue="wrote",
            how="wrote",
        ),
        Q(
            "the market had been “flooded by cheap copies”",
            "Marcus Day",
            "Marcus Day",
            at="Marcus Day, said",
        ),
        Q(
            "staff had been paid for May but not June",
            "One employee",
            "one employee",
            at="One employee, a designer who had worked at the firm for six years, said",
            anonymous=True,
        ),
        Q("“Nobody told us anything until the email,”", "he", "one employee", anonymous=True),
        Q(
            "members were owed about £400,000 in unpaid wages and holiday pay",
            "Their union",
            "Unite",
        ),
        Q(
            "The union would take the case to an employment tribunal",
            "Kofi Mensah",
            "Kofi Mensah",
            cue="according to",
            how="according_to",
            at="according to branch secretary Kofi Mensah",
        ),
    ],
    {
        "Begbie Lowe": ["The firm's administrators"],
        "Joanna Prieto": ["Steamwright's chief executive"],
        "Marcus Day": ["founder"],
        "Kofi Mensah": ["branch secretary"],
    },
)

_CHIPS = A(
    "u9-chips",
    "local",
    ("shared_surname", "plural_they", "kin_apposition", "first_person"),
    "Couple who ran Corran Bay chip shop for 40 years hang up their aprons\n\n"
    "After 40 years, 12 tonnes of cod a year and one kitchen fire, Maureen and Bill Gallagher are selling the "
    "Corran Bay Fish Bar.\n\n"
    "“We said we'd give it five years,” Mrs Gallagher said, laughing. “Then the children came, and then the "
    "grandchildren.”\n\n"
    "Her husband, who still cuts the potatoes by hand at 6am every morning, said he would miss the regulars most. "
    "“Some of them I've served three times a week since 1985,” Mr Gallagher said.\n\n"
    "The couple met at a dance in Oban in 1979. They said they had never taken more than a week's holiday at a "
    "time. “We'll go to Canada first. Our son is in Halifax,” they said.\n\n"
    "Their daughter, Fiona Gallagher, who runs a café in Glasgow, said she had been trying to persuade them to "
    "retire for a decade. “Dad will be back behind that counter within a month, you watch,” she said.\n\n"
    "Bill Gallagher laughed at that. “She might be right,” he said.\n\n"
    "Local councillor Iain Rennie said the shop had been “the heart of the seafront” for as long as he could "
    "remember.\n",
    [
        Q(
            ("“We said we'd give it five years,”", "“Then the children came, and then the grandchildren.”"),
            "Mrs Gallagher",
            "Maureen Gallagher",
        ),
        Q(
            "he would miss the regulars most",
            "Her husband",
            "Bill Gallagher",
            at="Her husband, who still cuts the potatoes by hand at 6am every morning, said",
        ),
        Q("“Some of them I've served three times a week since 1985,”", "Mr Gallagher", "Bill Gallagher"),
        Q(
            "they had never taken more than a week's holiday at a time",
            "They",
            "Maureen and Bill Gallagher",
        ),
        Q("“We'll go to Canada first. Our son is in Halifax,”", "they", "Maureen and Bill Gallagher"),
        Q(
            "she had been trying to persuade them to retire for a decade",
            "Fiona Gallagher",
            "Fiona Gallagher",
            at="Fiona Gallagher, who runs a café in Glasgow, said",
        ),
        Q("“Dad will be back behind that counter within a month, you watch,”", "she", "Fiona Gallagher"),
        Q("“She might be right,”", "he", "Bill Gallagher"),
        Q(
            "the shop had been “the heart of the seafront” for as long as he could remember",
            "Iain Rennie",
            "Iain Rennie",
        ),
    ],
    {
        "Bill Gallagher": ["Her husband"],
        "Fiona Gallagher": ["Their daughter"],
        "Iain Rennie": ["Local councillor"],
    },
)

_CHANCELLOR = A(
    "u9-chancellor",
    "wire",
    ("title_backref", "spokesperson_named", "anonymous"),
    "Chancellor rules out fuel duty rise as deficit widens\n\n"
    "LONDON — Chancellor Rachel Thorne ruled out a rise in fuel duty on Thursday, even as new figures showed "
    "government borrowing running ahead of forecasts for a third month.\n\n"
    "“Working people have carried enough of the burden,” the chancellor told MPs at Treasury questions.\n\n"
    "The shadow chancellor, Gareth Lyle, said the promise would not survive the autumn. “She has made this pledge "
    "before, and she broke it within six weeks,” Lyle said.\n\n"
    "The Office for Budget Responsibility said borrowing was £9 billion higher than it had forecast in March.\n\n"
    "A Treasury spokeswoman, Amira Hassan, said the figures were “in line with seasonal patterns”.\n\n"
    "Thorne, the first woman to hold the post, said she would set out her plans in the autumn statement. “I will "
    "not balance the books on the backs of drivers,” the chancellor said.\n\n"
    "Two of her cabinet colleagues, speaking on condition of anonymity, said she had the full backing of the prime "
    "minister.\n\n"
    "Prime Minister David Essex said he had “total confidence” in his chancellor.\n",
    [
        Q(
            "“Working people have carried enough of the burden,”",
            "the chancellor",
            "Rachel Thorne",
            cue="told",
        ),
        Q("the promise would not survive the autumn", "Gareth Lyle", "Gareth Lyle", at="Gareth Lyle, said"),
        Q("“She has made this pledge before, and she broke it within six weeks,”", "Lyle", "Gareth Lyle"),
        Q(
            "borrowing was £9 billion higher than it had forecast in March",
            "The Office for Budget Responsibility",
            "Office for Budget Responsibility",
        ),
        Q("the figures were “in line with seasonal patterns”", "Amira Hassan", "Amira Hassan", at="Amira Hassan, said"),
        Q(
            "she would set out her plans in the autumn statement",
            "Thorne",
            "Rachel Thorne",
            at="Thorne, the first woman to hold the post, said",
        ),
        Q("“I will not balance the books on the backs of drivers,”", "the chancellor", "Rachel Thorne"),
        Q(
            "she had the full backing of the prime minister",
            "Two of her cabinet colleagues",
            "two of her cabinet colleagues",
            at="Two of her cabinet colleagues, speaking on condition of anonymity, said",
            anonymous=True,
        ),
        Q("he had “total confidence” in his chancellor", "David Essex", "David Essex"),
    ],
    {
        "Rachel Thorne": ["Chancellor", "the first woman to hold the post"],
        "Gareth Lyle": ["The shadow chancellor"],
        "Amira Hassan": ["A Treasury spokeswoman"],
        "David Essex": ["Prime Minister"],
    },
)

ARTICLES_A = [_RESERVOIR, _ENERGY, _FINAL, _BUS, _KETTLES, _CHIPS, _CHANCELLOR]
"""The first seven articles of the set."""
