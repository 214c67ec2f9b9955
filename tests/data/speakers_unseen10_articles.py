"""The first half of the tenth unseen-speakers set (tests/data/speakers_unseen10.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen10.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_PORT = A(
    "u10-port",
    "wire",
    ("company_as_person", "org_backref", "union_backref", "plural_org", "anonymous"),
    "Six hundred dock jobs at risk as Harwell Shipping moves to Rotterdam\n\n"
    "PORTHAVEN — Harwell Shipping said on Thursday it would move most of its container traffic from Porthaven to "
    "Rotterdam next spring, putting about 600 dock jobs at risk.\n\n"
    "The company said the move would save it £30 million a year. “Porthaven has been our home for 70 years, and "
    "this was not an easy decision,” it said in a statement.\n\n"
    "Delancey Logistics, which runs the port's largest warehouse, said it expected to lose half of its work. Its "
    "managing director, Fiona Okonjo, said the firm would try to find places for its staff at its inland depots. "
    "“We will fight for every one of these jobs,” Okonjo said.\n\n"
    "Most of the dockers belong to the Port Workers' Guild. Their union said it had not been consulted and would "
    "ballot members on strike action. “Our members found out from the television,” said its general secretary, "
    "Terry Vasquez.\n\n"
    "Porthaven Borough Council said they had written to the shipping line to ask for a meeting. “We want them "
    "round the table before Christmas,” they said.\n\n"
    "One crane driver, who has worked at the port for 31 years, said he had been told to expect a letter next "
    "week. “My father worked on these docks and so did his father,” he said.\n\n"
    "A senior manager at Harwell, who was not authorised to speak publicly, said the decision had been taken by "
    "the group's owners in Hamburg. “Nobody in Porthaven was asked,” the manager said.\n\n"
    "Brennan Logistics, a haulier based on the edge of the town, said it would lose about a fifth of its "
    "contracts. Brennan Logistics said it had no plans to cut drivers this year.\n",
    [
        Q(
            "it would move most of its container traffic from Porthaven to Rotterdam next spring",
            "Harwell Shipping",
            "Harwell Shipping",
            at="Harwell Shipping said",
        ),
        Q("the move would save it £30 million a year", "The company", "Harwell Shipping"),
        Q(
            "“Porthaven has been our home for 70 years, and this was not an easy decision,”",
            "it",
            "Harwell Shipping",
        ),
        Q(
            "it expected to lose half of its work",
            "Delancey Logistics",
            "Delancey Logistics",
            at="Delancey Logistics, which runs the port's largest warehouse, said",
        ),
        Q(
            "the firm would try to find places for its staff at its inland depots",
            "Fiona Okonjo",
            "Fiona Okonjo",
            at="Fiona Okonjo, said",
        ),
        Q("“We will fight for every one of these jobs,”", "Okonjo", "Fiona Okonjo"),
        Q(
            "it had not been consulted and would ballot members on strike action",
            "Their union",
            "Port Workers' Guild",
        ),
        Q(
            "“Our members found out from the television,”",
            "Terry Vasquez",
            "Terry Vasquez",
            at="said its general secretary, Terry Vasquez",
        ),
        Q(
            "they had written to the shipping line to ask for a meeting",
            "Porthaven Borough Council",
            "Porthaven Borough Council",
        ),
        Q("“We want them round the table before Christmas,”", "they", "Porthaven Borough Council"),
        Q(
            "he had been told to expect a letter next week",
            "One crane driver",
            "one crane driver",
            at="One crane driver, who has worked at the port for 31 years, said",
            anonymous=True,
        ),
        Q("“My father worked on these docks and so did his father,”", "he", "one crane driver", anonymous=True),
        Q(
            "the decision had been taken by the group's owners in Hamburg",
            "A senior manager at Harwell",
            "a senior manager at Harwell",
            at="A senior manager at Harwell, who was not authorised to speak publicly, said",
            anonymous=True,
        ),
        Q("“Nobody in Porthaven was asked,”", "the manager", "a senior manager at Harwell", anonymous=True),
        Q(
            "it would lose about a fifth of its contracts",
            "Brennan Logistics",
            "Brennan Logistics",
            at="Brennan Logistics, a haulier based on the edge of the town, said",
        ),
        Q("it had no plans to cut drivers this year", "Brennan Logistics", "Brennan Logistics"),
    ],
    {
        "Fiona Okonjo": ["managing director"],
        "Terry Vasquez": ["general secretary"],
        "Brennan Logistics": ["a haulier based on the edge of the town"],
    },
)

_HIRING = A(
    "u10-hiring",
    "local",
    ("org_backref", "mother_of", "spokesperson", "anonymous", "company_as_person", "pronoun"),
    "Seasonal hiring falls to ten-year low in Castlebridge\n\n"
    "Shops and warehouses in Castlebridge have taken on fewer Christmas staff this year than at any time in a "
    "decade, according to figures from recruitment agency Pemberton Reeve.\n\n"
    "The firm said it had placed 1,150 temporary workers since September, down from 2,400 a year ago. Shops were "
    "“hiring later and for fewer hours”, it said in its quarterly report.\n\n"
    "Ashdown Logistics, which runs a parcel hub beside the ring road, said it had taken on 300 fewer agency workers "
    "than last year because more of its sorting was now done by machine.\n\n"
    "Kerry Dawes, a mother of three from Millfield, said she had applied for more than 40 jobs since the summer. "
    "“I'll take anything with hours that fit round the school run,” the mother of three said. Her children are "
    "four, seven and eleven.\n\n"
    "A manager at one of the town's largest supermarkets, who asked not to be named because she was not allowed "
    "to speak to the press, said head office had frozen hiring in October. “We are running the tills with half "
    "the people we had in 2019,” she said.\n\n"
    "A spokesman for Castlebridge Chamber of Commerce said its members were “nervous about the new year”. The "
    "chamber said it would publish its own survey of 200 businesses next month.\n\n"
    "The town's MP, Daniel Whitlow, said the figures were “a warning, not a crisis”. He said he would raise "
    "them with the employment minister next week.\n\n"
    "Castlebridge has about 4,000 retail jobs, most of them in the town centre and at the retail park by the "
    "motorway junction.\n",
    [
        Q(
            "it had placed 1,150 temporary workers since September, down from 2,400 a year ago",
            "The firm",
            "Pemberton Reeve",
        ),
        Q("Shops were “hiring later and for fewer hours”", "it", "Pemberton Reeve"),
        Q(
            "it had taken on 300 fewer agency workers than last year because more of its sorting was now done by "
            "machine",
            "Ashdown Logistics",
            "Ashdown Logistics",
            at="Ashdown Logistics, which runs a parcel hub beside the ring road, said",
        ),
        Q(
            "she had applied for more than 40 jobs since the summer",
            "Kerry Dawes",
            "Kerry Dawes",
            at="Kerry Dawes, a mother of three from Millfield, said",
        ),
        Q("“I'll take anything with hours that fit round the school run,”", "the mother of three", "Kerry Dawes"),
        Q(
            "head office had frozen hiring in October",
            "A manager at one of the town's largest supermarkets",
            "a manager at one of the town's largest supermarkets",
            at="A manager at one of the town's largest supermarkets, who asked not to be named because she was not "
            "allowed to speak to the press, said",
            anonymous=True,
        ),
        Q(
            "“We are running the tills with half the people we had in 2019,”",
            "she",
            "a manager at one of the town's largest supermarkets",
            anonymous=True,
        ),
        Q(
            "its members were “nervous about the new year”",
            "A spokesman for Castlebridge Chamber of Commerce",
            "a spokesman for Castlebridge Chamber of Commerce",
            anonymous=True,
        ),
        Q(
            "it would publish its own survey of 200 businesses next month",
            "The chamber",
            "Castlebridge Chamber of Commerce",
        ),
        Q(
            "the figures were “a warning, not a crisis”",
            "Daniel Whitlow",
            "Daniel Whitlow",
            at="Daniel Whitlow, said",
        ),
        Q("he would raise them with the employment minister next week", "He", "Daniel Whitlow"),
    ],
    {
        "Kerry Dawes": ["a mother of three from Millfield"],
        "Daniel Whitlow": ["The town's MP"],
    },
)

_GARAGE = A(
    "u10-garage",
    "wire",
    ("role_then_name", "shared_surname", "pronoun_in_words", "age_epithet", "pronoun"),
    "Garage owner denies selling unsafe cars\n\n"
    "A garage owner accused of selling cars with faulty brakes told a jury on Tuesday that he had “never cut a "
    "corner in 30 years”.\n\n"
    "Gavin Pritchard, 52, who runs Pritchard Motors in Alderley, denies 11 counts of fraud. The prosecution says "
    "he sold at least 11 cars he knew had failed their safety checks.\n\n"
    "Lauren Kettle, 34, said she had bought a hatchback from the garage in March last year. The 34-year-old said "
    "its brakes failed on the motorway within a week. “My children were in the back,” she said.\n\n"
    "Mrs Kettle said the defendant had promised her that he would fix anything that went wrong with the car. Her "
    "husband, Craig Kettle, said he drove the hatchback back to the garage the next day. “He looked at the brakes "
    "for two minutes and said he couldn't find anything,” Mr Kettle said.\n\n"
    "“I believed him. Why wouldn't I?” he said.\n\n"
    "Giving evidence on Wednesday, the defendant said the safety certificates had been forged by a mechanic he "
    "sacked in 2023. “He had the keys to the office and he had a grudge,” Pritchard said.\n\n"
    "Prosecutor Helen Mayhew asked him why he had not reported the forgery to the police. He said he had not "
    "known about it until he was arrested.\n\n"
    "Pritchard Motors, which opened in 1994, closed in January last year after trading standards officers "
    "seized 30 cars from its forecourt. None of the buyers was seriously hurt. The trial, which is expected to "
    "last three weeks, continues.\n",
    [
        Q(
            "he had “never cut a corner in 30 years”",
            "A garage owner",
            "Gavin Pritchard",
            cue="told",
            at="A garage owner accused of selling cars with faulty brakes told",
        ),
        Q(
            "he sold at least 11 cars he knew had failed their safety checks",
            "The prosecution",
            "prosecution",
            cue="says",
        ),
        Q(
            "she had bought a hatchback from the garage in March last year",
            "Lauren Kettle",
            "Lauren Kettle",
            at="Lauren Kettle, 34, said",
        ),
        Q("its brakes failed on the motorway within a week", "The 34-year-old", "Lauren Kettle"),
        Q("“My children were in the back,”", "she", "Lauren Kettle"),
        Q(
            "the defendant had promised her that he would fix anything that went wrong with the car",
            "Mrs Kettle",
            "Lauren Kettle",
        ),
        Q(
            "he drove the hatchback back to the garage the next day",
            "Craig Kettle",
            "Craig Kettle",
            at="Craig Kettle, said",
        ),
        Q(
            "“He looked at the brakes for two minutes and said he couldn't find anything,”",
            "Mr Kettle",
            "Craig Kettle",
        ),
        Q("“I believed him. Why wouldn't I?”", "he", "Craig Kettle"),
        Q(
            "the safety certificates had been forged by a mechanic he sacked in 2023",
            "the defendant",
            "Gavin Pritchard",
        ),
        Q("“He had the keys to the office and he had a grudge,”", "Pritchard", "Gavin Pritchard"),
        Q("he had not known about it until he was arrested", "He", "Gavin Pritchard"),
    ],
    {
        "Gavin Pritchard": ["A garage owner accused of selling cars with faulty brakes"],
        "Craig Kettle": ["Her husband"],
    },
)

_COUPLE = A(
    "u10-couple",
    "local",
    ("plural_they", "shared_surname", "pronoun_in_words", "mother_of", "pronoun"),
    "Couple who met at a bus stop celebrate 60 years of marriage\n\n"
    "Edna and Walter Pike were married at St Barnabas Church in Hollinwood on a wet Saturday in April 1966. On "
    "Sunday their family filled the same church for a blessing.\n\n"
    "The couple met at a bus stop on Mill Lane in 1963. They said neither of them could remember who had spoken "
    "first. “He says it was me. It was definitely him,” Mrs Pike said.\n\n"
    "Mr Pike, 84, a retired signalman, said the secret of a long marriage was “separate sheds”. “She's got hers "
    "and I've got mine, and we meet for tea,” he said.\n\n"
    "Their daughter, Janet Pike, a mother of three who lives in the next street, said her parents still walked "
    "to the bus stop every anniversary. “Dad takes a flask. Mum pretends she's waiting for the number 12,” she "
    "said.\n\n"
    "Ms Pike said her father had proposed twice, because her mother said no the first time. “He asked again a "
    "week later and she said yes before he had finished,” the mother of three said.\n\n"
    "Mrs Pike, 82, said she had worked at the Hollinwood mill for 40 years and had never missed a day. She said "
    "she had no intention of slowing down.\n\n"
    "The couple said they would hold a party at the church hall on Saturday. “Everybody is welcome, as long as "
    "they bring a cake,” they said.\n\n"
    "The Pikes have three children, eight grandchildren and two great-grandchildren. The number 12 bus still "
    "stops on Mill Lane, although the shelter where they met was replaced in 1998.\n",
    [
        Q("neither of them could remember who had spoken first", "They", "Edna and Walter Pike"),
        Q("“He says it was me. It was definitely him,”", "Mrs Pike", "Edna Pike"),
        Q(
            "the secret of a long marriage was “separate sheds”",
            "Mr Pike",
            "Walter Pike",
            at="Mr Pike, 84, a retired signalman, said",
        ),
        Q("“She's got hers and I've got mine, and we meet for tea,”", "he", "Walter Pike"),
        Q(
            "her parents still walked to the bus stop every anniversary",
            "Janet Pike",
            "Janet Pike",
            at="Janet Pike, a mother of three who lives in the next street, said",
        ),
        Q("“Dad takes a flask. Mum pretends she's waiting for the number 12,”", "she", "Janet Pike"),
        Q(
            "her father had proposed twice, because her mother said no the first time",
            "Ms Pike",
            "Janet Pike",
        ),
        Q(
            "“He asked again a week later and she said yes before he had finished,”",
            "the mother of three",
            "Janet Pike",
        ),
        Q(
            "she had worked at the Hollinwood mill for 40 years and had never missed a day",
            "Mrs Pike",
            "Edna Pike",
            at="Mrs Pike, 82, said",
        ),
        Q("she had no intention of slowing down", "She", "Edna Pike"),
        Q("they would hold a party at the church hall on Saturday", "The couple", "Edna and Walter Pike"),
        Q("“Everybody is welcome, as long as they bring a cake,”", "they", "Edna and Walter Pike"),
    ],
    {
        "Walter Pike": ["a retired signalman"],
        "Janet Pike": ["Their daughter", "a mother of three who lives in the next street"],
    },
)

_FELL = A(
    "u10-fell",
    "local",
    ("shared_surname", "another_appositive", "pronoun_in_words", "spokesperson_named", "anonymous", "pronoun"),
    "Father and son found safe after night on Bleak Fell\n\n"
    "A father and son who spent a night lost in fog on Bleak Fell were found cold but unhurt by a mountain rescue "
    "team on Sunday morning.\n\n"
    "Malcolm Garside, 63, and his son, Adam Garside, 35, set out from Thornby with two friends on Saturday "
    "afternoon. The pair became separated from the others near the summit when the fog came down.\n\n"
    "“We did everything wrong. I left the map in the car,” the elder Garside said. “I have walked these hills "
    "for 40 years and I have never been so frightened.”\n\n"
    "Adam Garside said his father had kept him awake all night so that neither of them would fall asleep in the "
    "cold. “He told me the same joke about a sheep about forty times,” he said.\n\n"
    "One of the friends, a teacher from Kendal, said the group had taken different paths at a cairn below the "
    "summit. “We turned round and they were just gone,” he said. “I have never felt so helpless.”\n\n"
    "The friends raised the alarm at about 7pm. Bleak Fell Mountain Rescue Team sent 22 volunteers and a search "
    "dog.\n\n"
    "The team's spokeswoman, Rachel Ormerod, said the two men had done the right thing by staying together and "
    "sheltering behind a wall. “They were lucky, and they were sensible,” she said. “The fog up there can come "
    "down in minutes.”\n\n"
    "Malcolm Garside's wife, Brenda, said she had not slept. “I will be hiding his boots for a month,” she said.\n\n"
    "The rescue team has been called out 61 times this year, more than in any year since it was founded in "
    "1968.\n",
    [
        Q(
            (
                "“We did everything wrong. I left the map in the car,”",
                "“I have walked these hills for 40 years and I have never been so frightened.”",
            ),
            "the elder Garside",
            "Malcolm Garside",
        ),
        Q(
            "his father had kept him awake all night so that neither of them would fall asleep in the cold",
            "Adam Garside",
            "Adam Garside",
        ),
        Q("“He told me the same joke about a sheep about forty times,”", "he", "Adam Garside"),
        Q(
            "the group had taken different paths at a cairn below the summit",
            "One of the friends",
            "one of the friends",
            at="One of the friends, a teacher from Kendal, said",
            anonymous=True,
        ),
        Q(
            ("“We turned round and they were just gone,”", "“I have never felt so helpless.”"),
            "he",
            "one of the friends",
            anonymous=True,
        ),
        Q(
            "the two men had done the right thing by staying together and sheltering behind a wall",
            "Rachel Ormerod",
            "Rachel Ormerod",
            at="Rachel Ormerod, said",
        ),
        Q(
            ("“They were lucky, and they were sensible,”", "“The fog up there can come down in minutes.”"),
            "she",
            "Rachel Ormerod",
        ),
        Q("she had not slept", "Brenda", "Brenda", at="Brenda, said"),
        Q("“I will be hiding his boots for a month,”", "she", "Brenda"),
    ],
    {
        "Rachel Ormerod": ["The team's spokeswoman"],
        "Brenda": ["Malcolm Garside's wife"],
    },
)

_NURSES = A(
    "u10-nurses",
    "wire",
    ("new_group", "plural_they", "spokesperson", "anonymous", "org_backref", "pronoun"),
    "Nurses march on health board as overtime ban begins\n\n"
    "BRINDLEY — Nurses at Brindley General Hospital said last month that they would refuse all overtime from "
    "the first week of December.\n\n"
    "On Monday, the first day of the ban, about 200 nurses from hospitals across the county marched from the "
    "railway station to the offices of the Wyre Valley Health Board. They said wards in three hospitals had "
    "been running on overtime for two years. “We are the safety net, and the net is worn through,” they said.\n\n"
    "The health board said in a statement that no planned operations had been cancelled on Monday. It said it "
    "had spent £9 million on agency nurses this year.\n\n"
    "A spokeswoman for the board said talks with the nurses' union would resume on Friday. “We want to reach an "
    "agreement before Christmas,” she said.\n\n"
    "A senior official at the health board, who was not authorised to speak publicly, said managers expected "
    "the ban to last into January. “Nobody upstairs believes Friday will settle it,” the official said.\n\n"
    "One of the marchers, a theatre nurse named Grace Ampofo, said she had worked 19 extra shifts since "
    "September. “My son asked me if I still lived with him,” she said.\n\n"
    "Mark Hollis, the union's regional secretary, told the crowd outside the board's offices that members were "
    "ready to strike in the new year. He said the board had “run out of excuses”.\n\n"
    "The health board employs about 3,800 nurses across four hospitals. It has 410 nursing posts vacant.\n",
    [
        Q(
            "they would refuse all overtime from the first week of December",
            "Nurses at Brindley General Hospital",
            "nurses at Brindley General Hospital",
            at="Nurses at Brindley General Hospital said",
            anonymous=True,
        ),
        Q(
            "wards in three hospitals had been running on overtime for two years",
            "They",
            "about 200 nurses from hospitals across the county",
            anonymous=True,
        ),
        Q(
            "“We are the safety net, and the net is worn through,”",
            "they",
            "about 200 nurses from hospitals across the county",
            anonymous=True,
        ),
        Q(
            "no planned operations had been cancelled on Monday",
            "The health board",
            "Wyre Valley Health Board",
            at="The health board said",
        ),
        Q("it had spent £9 million on agency nurses this year", "It", "Wyre Valley Health Board"),
        Q(
            "talks with the nurses' union would resume on Friday",
            "A spokeswoman for the board",
            "a spokeswoman for the board",
            anonymous=True,
        ),
        Q(
            "“We want to reach an agreement before Christmas,”",
            "she",
            "a spokeswoman for the board",
            anonymous=True,
        ),
        Q(
            "managers expected the ban to last into January",
            "A senior official at the health board",
            "a senior official at the health board",
            at="A senior official at the health board, who was not authorised to speak publicly, said",
            anonymous=True,
        ),
        Q(
            "“Nobody upstairs believes Friday will settle it,”",
            "the official",
            "a senior official at the health board",
            anonymous=True,
        ),
        Q(
            "she had worked 19 extra shifts since September",
            "Grace Ampofo",
            "Grace Ampofo",
            at="Grace Ampofo, said",
        ),
        Q("“My son asked me if I still lived with him,”", "she", "Grace Ampofo"),
        Q(
            "members were ready to strike in the new year",
            "Mark Hollis",
            "Mark Hollis",
            cue="told",
            at="Mark Hollis, the union's regional secretary, told",
        ),
        Q("the board had “run out of excuses”", "He", "Mark Hollis"),
    ],
    {
        "Grace Ampofo": ["a theatre nurse"],
        "Mark Hollis": ["the union's regional secretary"],
    },
)

ARTICLES_A = [_PORT, _HIRING, _GARAGE, _COUPLE, _FELL, _NURSES]
