"""The second half of the tenth unseen-speakers set (tests/data/speakers_unseen10.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen10.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_BANK = A(
    "u10-bank",
    "wire",
    ("title_then_name", "anonymous", "org_backref", "spokesperson", "pronoun"),
    "Central bank holds rates but hints at spring cut\n\n"
    "VALDORA — The Bank of Castria held its main interest rate at 4.5 percent on Wednesday and said inflation "
    "was falling faster than it had expected in the summer.\n\n"
    "The deputy governor told a committee of the national assembly that the bank could cut rates “as early as "
    "March” if wages grew more slowly. Marguerite Osei, who took the post in June after a decade at the finance "
    "ministry, said the bank was “not in a hurry, but not asleep either”.\n\n"
    "“We would rather be a month late than a month early,” Osei said.\n\n"
    "Two members of the bank's rate committee voted for an immediate cut, the minutes showed. A senior official "
    "who was not authorised to speak publicly said the vote had been “closer than the numbers suggest”. "
    "“Another bad month for factories and it goes the other way,” the official said.\n\n"
    "The finance ministry welcomed the decision. A ministry spokesman said the government would keep to its "
    "spending plans. “The budget was written for these conditions,” he said.\n\n"
    "The Castrian Federation of Industry said it was disappointed. Its chief economist, Pavel Dragan, said "
    "factories had cut 12,000 jobs since January. “Every month of waiting costs jobs,” he said.\n\n"
    "Economists at Lendrum Bank said they now expected two cuts next year. They said the governor, who did not "
    "speak on Wednesday, would set out the bank's forecasts in February.\n\n"
    "Inflation peaked at 9.1 percent two years ago. It was 3.2 percent in October, the lowest figure since "
    "the spring of 2021.\n",
    [
        Q(
            "inflation was falling faster than it had expected in the summer",
            "The Bank of Castria",
            "Bank of Castria",
            at="The Bank of Castria held its main interest rate at 4.5 percent on Wednesday and said",
        ),
        Q(
            "the bank could cut rates “as early as March” if wages grew more slowly",
            "The deputy governor",
            "Marguerite Osei",
            cue="told",
        ),
        Q(
            "the bank was “not in a hurry, but not asleep either”",
            "Marguerite Osei",
            "Marguerite Osei",
            at="Marguerite Osei, who took the post in June after a decade at the finance ministry, said",
        ),
        Q("“We would rather be a month late than a month early,”", "Osei", "Marguerite Osei"),
        Q(
            "the vote had been “closer than the numbers suggest”",
            "A senior official",
            "a senior official",
            at="A senior official who was not authorised to speak publicly said",
            anonymous=True,
        ),
        Q(
            "“Another bad month for factories and it goes the other way,”",
            "the official",
            "a senior official",
            anonymous=True,
        ),
        Q(
            "the government would keep to its spending plans",
            "A ministry spokesman",
            "a ministry spokesman",
            anonymous=True,
        ),
        Q("“The budget was written for these conditions,”", "he", "a ministry spokesman", anonymous=True),
        Q("it was disappointed", "The Castrian Federation of Industry", "Castrian Federation of Industry"),
        Q(
            "factories had cut 12,000 jobs since January",
            "Pavel Dragan",
            "Pavel Dragan",
            at="Pavel Dragan, said",
        ),
        Q("“Every month of waiting costs jobs,”", "he", "Pavel Dragan"),
        Q(
            "they now expected two cuts next year",
            "Economists at Lendrum Bank",
            "economists at Lendrum Bank",
            anonymous=True,
        ),
        Q(
            "the governor, who did not speak on Wednesday, would set out the bank's forecasts in February",
            "They",
            "economists at Lendrum Bank",
            anonymous=True,
        ),
    ],
    {
        "Marguerite Osei": ["The deputy governor"],
        "Pavel Dragan": ["chief economist"],
    },
)

_BEEKEEPER = A(
    "u10-beekeeper",
    "qa",
    ("qa_labels", "qa_short", "pronoun_in_words", "pronoun"),
    "Five minutes with the beekeeper who lost half her hives\n\n"
    "Ruth Abernathy has kept bees on the edge of Cawley Moor for 26 years. This spring she opened her hives to "
    "find that half of her colonies had died over the winter. She spoke to Owen Tarrant of the Cawley Herald. "
    "The interview has been edited for length.\n\n"
    "TARRANT: What did you find when you opened the hives?\n\n"
    "ABERNATHY: Silence. A healthy hive hums at you when you lift the lid. Twelve of mine were just cold.\n\n"
    "TARRANT: Do you know what killed them?\n\n"
    "ABERNATHY: A wet autumn and then a warm January, I think. The bees woke up, ate their stores and starved "
    "before anything flowered.\n\n"
    "TARRANT: Your neighbour blames the spraying on the farm next door.\n\n"
    "ABERNATHY: He has told me that many times, and he may be right about some of it. But I have no proof.\n\n"
    "TARRANT: Will you carry on?\n\n"
    "ABERNATHY: Of course. My father kept bees until he was 90.\n\n"
    "The neighbour, Henry Lusk, said he had seen the spraying himself. “I told her it was the chemicals and I "
    "will keep telling her,” he said.\n\n"
    "The farm's owner, Gillian Marsh, said she used only sprays approved for flowering crops and never when bees "
    "were flying. “I have hives of my own,” she said.\n\n"
    "Beekeepers across the county reported heavy winter losses this year. The Cawley Beekeepers' Society, "
    "which has 140 members, is surveying its members' hives and will publish the results in the autumn.\n",
    [
        Q(
            "Silence. A healthy hive hums at you when you lift the lid. Twelve of mine were just cold.",
            None,
            "Ruth Abernathy",
            cue=None,
            kind="direct",
        ),
        Q(
            "A wet autumn and then a warm January, I think. The bees woke up, ate their stores and starved before "
            "anything flowered.",
            None,
            "Ruth Abernathy",
            cue=None,
            kind="direct",
        ),
        Q(
            "He has told me that many times, and he may be right about some of it. But I have no proof.",
            None,
            "Ruth Abernathy",
            cue=None,
            kind="direct",
        ),
        Q("Of course. My father kept bees until he was 90.", None, "Ruth Abernathy", cue=None, kind="direct"),
        Q("he had seen the spraying himself", "Henry Lusk", "Henry Lusk", at="Henry Lusk, said"),
        Q("“I told her it was the chemicals and I will keep telling her,”", "he", "Henry Lusk"),
        Q(
            "she used only sprays approved for flowering crops and never when bees were flying",
            "Gillian Marsh",
            "Gillian Marsh",
            at="Gillian Marsh, said",
        ),
        Q("“I have hives of my own,”", "she", "Gillian Marsh"),
    ],
    {
        "Henry Lusk": ["The neighbour"],
        "Gillian Marsh": ["The farm's owner"],
    },
)

_CAPTAIN = A(
    "u10-captain",
    "wire",
    ("plural_org", "age_epithet", "shared_surname", "spokesperson_named", "pronoun"),
    "Dunmore Athletic release captain after ten seasons\n\n"
    "DUNMORE — Dunmore Athletic said on Friday that they had agreed to release their captain, Kieran Boateng, "
    "at the end of the season so that he could play abroad.\n\n"
    "“Kieran has given this club ten wonderful years and he leaves with our thanks,” they said in a statement.\n\n"
    "The 34-year-old, who has scored 88 goals in 312 games for the club, said he had a “last adventure” left in "
    "him. “I'm not finished. I want to see if I can do it somewhere new,” he said.\n\n"
    "His wife, Nadia Boateng, a former sprinter who now coaches at the Dunmore athletics track, said the family "
    "would move with him. “The children are already learning the words to the new club's songs,” Ms Boateng "
    "said.\n\n"
    "Mr Boateng would not say which club he was joining, but said it was in Portugal.\n\n"
    "The Dunmore Athletic Supporters' Trust said they were “sad but grateful”. Its chairwoman, Linda Royce, said "
    "supporters would form a guard of honour at his last home game. “He always came over to us, win or lose,” "
    "she said.\n\n"
    "The club's manager, speaking before training on Friday, said the captain had told him in October. Dean "
    "Falconer, who has been in charge since 2023, said: “I tried to talk him out of it for about a week. Then I "
    "saw he meant it.”\n\n"
    "Boateng joined Dunmore from a rival club's youth team in 2016 and became captain three years later. He "
    "led the side to promotion in 2022.\n",
    [
        Q(
            "they had agreed to release their captain, Kieran Boateng, at the end of the season so that he could "
            "play abroad",
            "Dunmore Athletic",
            "Dunmore Athletic",
            at="Dunmore Athletic said",
        ),
        Q(
            "“Kieran has given this club ten wonderful years and he leaves with our thanks,”",
            "they",
            "Dunmore Athletic",
        ),
        Q(
            "he had a “last adventure” left in him",
            "The 34-year-old",
            "Kieran Boateng",
            at="The 34-year-old, who has scored 88 goals in 312 games for the club, said",
        ),
        Q("“I'm not finished. I want to see if I can do it somewhere new,”", "he", "Kieran Boateng"),
        Q(
            "the family would move with him",
            "Nadia Boateng",
            "Nadia Boateng",
            at="Nadia Boateng, a former sprinter who now coaches at the Dunmore athletics track, said",
        ),
        Q(
            "“The children are already learning the words to the new club's songs,”",
            "Ms Boateng",
            "Nadia Boateng",
        ),
        Q(
            "it was in Portugal",
            "Mr Boateng",
            "Kieran Boateng",
            at="Mr Boateng would not say which club he was joining, but said",
        ),
        Q(
            "they were “sad but grateful”",
            "The Dunmore Athletic Supporters' Trust",
            "Dunmore Athletic Supporters' Trust",
        ),
        Q(
            "supporters would form a guard of honour at his last home game",
            "Linda Royce",
            "Linda Royce",
            at="Linda Royce, said",
        ),
        Q("“He always came over to us, win or lose,”", "she", "Linda Royce"),
        Q(
            "the captain had told him in October",
            "The club's manager",
            "Dean Falconer",
            at="The club's manager, speaking before training on Friday, said",
        ),
        Q(
            "“I tried to talk him out of it for about a week. Then I saw he meant it.”",
            "Dean Falconer",
            "Dean Falconer",
            at="Dean Falconer, who has been in charge since 2023, said",
        ),
    ],
    {
        "Kieran Boateng": ["their captain"],
        "Nadia Boateng": ["His wife", "a former sprinter who now coaches at the Dunmore athletics track"],
        "Linda Royce": ["chairwoman"],
        "Dean Falconer": ["The club's manager"],
    },
)

_BAKERY = A(
    "u10-bakery",
    "local",
    ("shared_surname", "kin_apposition", "plural_they", "pronoun"),
    "Brother and sister take over family bakery after 52 years\n\n"
    "The Farrow family bakery on Church Street in Ellesby will stay open after all. Ruth and Daniel Farrow, "
    "whose grandfather opened the shop in 1974, have taken it over from their mother, who is retiring.\n\n"
    "Their mother, Patricia Farrow, had planned to sell the building. She said she had changed her mind when "
    "both her children asked for it on the same day. “I didn't know they had even talked about it,” Mrs Farrow "
    "said.\n\n"
    "Ms Farrow, 38, a pastry chef who has worked in London and Lyon, will run the kitchen. She said she would "
    "keep the white loaf “exactly as Grandad made it” but add sourdough. “If I change the white loaf, this town "
    "will never forgive me,” she said.\n\n"
    "Her brother, an accountant, will run the shop and the books. Mr Farrow said he had been doing the bakery's "
    "accounts at weekends for ten years. “I know every loaf this place has sold since 2015,” he said.\n\n"
    "The siblings said they would open at 6am, an hour earlier than their mother did, for builders on the new "
    "estate. “People want a bacon roll before work,” they said.\n\n"
    "Regular customer Maureen Dale, 79, said she had bought a loaf there every Saturday since the shop opened. "
    "“I was worried I'd have to go to the supermarket,” she said.\n\n"
    "Patricia Farrow said she would still come in on Fridays. “Somebody has to check they're doing it right,” "
    "she said.\n\n"
    "The bakery makes about 600 loaves a day and employs five people, all of whom will keep their jobs.\n",
    [
        Q(
            "she had changed her mind when both her children asked for it on the same day",
            "She",
            "Patricia Farrow",
        ),
        Q("“I didn't know they had even talked about it,”", "Mrs Farrow", "Patricia Farrow"),
        Q(
            "she would keep the white loaf “exactly as Grandad made it” but add sourdough",
            "She",
            "Ruth Farrow",
        ),
        Q("“If I change the white loaf, this town will never forgive me,”", "she", "Ruth Farrow"),
        Q(
            "he had been doing the bakery's accounts at weekends for ten years",
            "Mr Farrow",
            "Daniel Farrow",
        ),
        Q("“I know every loaf this place has sold since 2015,”", "he", "Daniel Farrow"),
        Q(
            "they would open at 6am, an hour earlier than their mother did, for builders on the new estate",
            "The siblings",
            "Ruth and Daniel Farrow",
        ),
        Q("“People want a bacon roll before work,”", "they", "Ruth and Daniel Farrow"),
        Q(
            "she had bought a loaf there every Saturday since the shop opened",
            "Maureen Dale",
            "Maureen Dale",
            at="Maureen Dale, 79, said",
        ),
        Q("“I was worried I'd have to go to the supermarket,”", "she", "Maureen Dale"),
        Q("she would still come in on Fridays", "Patricia Farrow", "Patricia Farrow"),
        Q("“Somebody has to check they're doing it right,”", "she", "Patricia Farrow"),
    ],
    {
        "Patricia Farrow": ["Their mother"],
        "Ruth Farrow": ["a pastry chef who has worked in London and Lyon"],
        "Maureen Dale": ["Regular customer"],
    },
)

_SCHOOL = A(
    "u10-school",
    "local",
    ("plural_org", "spokesperson", "anonymous", "mother_of", "org_backref", "pronoun"),
    "Parents angry as academy trust shuts village school's sixth form\n\n"
    "Parents in Hawkley have started a petition after the Meridian Learning Trust said it would close the sixth "
    "form at Hawkley School next summer.\n\n"
    "The trust said fewer than 40 pupils had enrolled this year and the sixth form was losing £200,000 a year. "
    "A spokeswoman for the trust said pupils would be offered places at its school in Carnford, 14 miles away. "
    "“No pupil will lose a place,” she said.\n\n"
    "Hawkley Parish Council said they had not been told until the decision was made. “We read about it in the "
    "newsletter like everybody else,” they said.\n\n"
    "Sharon Elkins, a mother of three who started the petition, said more than 1,100 people had signed it in "
    "four days. The mother of three said the bus to Carnford took an hour each way. “My eldest would leave the "
    "house at 6.45. That isn't an education, it's a commute,” she said.\n\n"
    "One teacher at the school, who did not want to be named for fear of losing his job, said staff had been "
    "told not to discuss the closure with parents. “We were told to smile and say nothing,” he said.\n\n"
    "Carnshire County Council, which no longer runs the school, said it could not intervene. The council said "
    "decisions on sixth forms at academies were for their trusts.\n\n"
    "The trust's chief executive, Alan Mercer, will meet parents on Thursday. He said he understood their anger "
    "and would listen.\n\n"
    "Hawkley School has about 700 pupils. Its sixth form opened in 1987 and offers 14 subjects.\n",
    [
        Q(
            "it would close the sixth form at Hawkley School next summer",
            "the Meridian Learning Trust",
            "Meridian Learning Trust",
        ),
        Q(
            "fewer than 40 pupils had enrolled this year and the sixth form was losing £200,000 a year",
            "The trust",
            "Meridian Learning Trust",
        ),
        Q(
            "pupils would be offered places at its school in Carnford, 14 miles away",
            "A spokeswoman for the trust",
            "a spokeswoman for the trust",
            anonymous=True,
        ),
        Q("“No pupil will lose a place,”", "she", "a spokeswoman for the trust", anonymous=True),
        Q(
            "they had not been told until the decision was made",
            "Hawkley Parish Council",
            "Hawkley Parish Council",
        ),
        Q("“We read about it in the newsletter like everybody else,”", "they", "Hawkley Parish Council"),
        Q(
            "more than 1,100 people had signed it in four days",
            "Sharon Elkins",
            "Sharon Elkins",
            at="Sharon Elkins, a mother of three who started the petition, said",
        ),
        Q("the bus to Carnford took an hour each way", "The mother of three", "Sharon Elkins"),
        Q(
            "“My eldest would leave the house at 6.45. That isn't an education, it's a commute,”",
            "she",
            "Sharon Elkins",
        ),
        Q(
            "staff had been told not to discuss the closure with parents",
            "One teacher at the school",
            "one teacher at the school",
            at="One teacher at the school, who did not want to be named for fear of losing his job, said",
            anonymous=True,
        ),
        Q("“We were told to smile and say nothing,”", "he", "one teacher at the school", anonymous=True),
        Q(
            "it could not intervene",
            "Carnshire County Council",
            "Carnshire County Council",
            at="Carnshire County Council, which no longer runs the school, said",
        ),
        Q(
            "decisions on sixth forms at academies were for their trusts",
            "The council",
            "Carnshire County Council",
        ),
        Q("he understood their anger and would listen", "He", "Alan Mercer"),
    ],
    {
        "Sharon Elkins": ["a mother of three who started the petition"],
        "Alan Mercer": ["The trust's chief executive"],
    },
)

_FERRY = A(
    "u10-ferry",
    "wire",
    ("company_as_person", "title_then_name", "spokesperson", "plural_org", "anonymous", "pronoun"),
    "Island ferry cancelled for a fourth week as repairs drag on\n\n"
    "KILMORRAN — The only ferry to the island of Inchcarra will stay out of service until at least the end of "
    "the month, its operator said on Monday.\n\n"
    "Galbraith Shipping said a part for the vessel's engine had to be made in Norway. The company said it was "
    "“deeply sorry” for the disruption. “We know how much the island depends on this boat,” it said.\n\n"
    "Islanders say they have been left without regular deliveries of food and fuel. Fergus Lamont, who runs the "
    "island's only shop, said his shelves were half empty. “I have had one delivery in three weeks, and that "
    "came on a fishing boat,” he said.\n\n"
    "The transport minister visited the island on Saturday. Isla Buchanan told residents that the government "
    "would pay for a replacement boat if the ferry was not back by the end of the month. “You will not be "
    "forgotten out here,” she said.\n\n"
    "McAllister Logistics, which supplies the island's shop and school, said they were sending goods by "
    "helicopter twice a week. McAllister Logistics said the flights cost £4,000 each.\n\n"
    "A spokesman for the ferry's crew, who are members of the Seafarers' Alliance, said they had been laid off "
    "without pay. A crew member, who asked not to be named, said he was looking for work on the mainland. “I "
    "can't wait another month,” he said.\n\n"
    "About 350 people live on Inchcarra. The crossing to Kilmorran takes 40 minutes in good weather, and the "
    "ferry also carries the island's post and its secondary pupils.\n",
    [
        Q(
            "The only ferry to the island of Inchcarra will stay out of service until at least the end of the month",
            "its operator",
            "Galbraith Shipping",
            at="its operator said",
        ),
        Q(
            "a part for the vessel's engine had to be made in Norway",
            "Galbraith Shipping",
            "Galbraith Shipping",
        ),
        Q("it was “deeply sorry” for the disruption", "The company", "Galbraith Shipping"),
        Q("“We know how much the island depends on this boat,”", "it", "Galbraith Shipping"),
        Q(
            "they have been left without regular deliveries of food and fuel",
            "Islanders",
            "islanders",
            cue="say",
            anonymous=True,
        ),
        Q(
            "his shelves were half empty",
            "Fergus Lamont",
            "Fergus Lamont",
            at="Fergus Lamont, who runs the island's only shop, said",
        ),
        Q(
            "“I have had one delivery in three weeks, and that came on a fishing boat,”",
            "he",
            "Fergus Lamont",
        ),
        Q(
            "the government would pay for a replacement boat if the ferry was not back by the end of the month",
            "Isla Buchanan",
            "Isla Buchanan",
            cue="told",
        ),
        Q("“You will not be forgotten out here,”", "she", "Isla Buchanan"),
        Q(
            "they were sending goods by helicopter twice a week",
            "McAllister Logistics",
            "McAllister Logistics",
            at="McAllister Logistics, which supplies the island's shop and school, said",
        ),
        Q("the flights cost £4,000 each", "McAllister Logistics", "McAllister Logistics"),
        Q(
            "they had been laid off without pay",
            "A spokesman for the ferry's crew",
            "a spokesman for the ferry's crew",
            at="A spokesman for the ferry's crew, who are members of the Seafarers' Alliance, said",
            anonymous=True,
        ),
        Q(
            "he was looking for work on the mainland",
            "A crew member",
            "a crew member",
            at="A crew member, who asked not to be named, said",
            anonymous=True,
        ),
        Q("“I can't wait another month,”", "he", "a crew member", anonymous=True),
    ],
    {
        "Isla Buchanan": ["The transport minister"],
    },
)

ARTICLES_B = [_BANK, _BEEKEEPER, _CAPTAIN, _BAKERY, _SCHOOL, _FERRY]
