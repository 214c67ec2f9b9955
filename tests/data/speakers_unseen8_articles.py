"""The first half of the eighth unseen-speakers set (tests/data/speakers_unseen8.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen8.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_RAID = A(
    "u8-raid",
    "wire",
    ("ranks", "hyphenated", "anonymous", "epithets"),
    "Police seize 40 kilos of fentanyl in Harlow Park raids\n\n"
    "HARLOW PARK, Ohio — Police seized about 40 kilograms of fentanyl and arrested six people in a series of "
    "early-morning raids on Thursday, the largest drug seizure in the city's history.\n\n"
    "“This is enough poison to kill every person in this state twice over,” Police Chief Denise Marchetti-Wells "
    "told reporters at a news conference.\n\n"
    "Sgt. Maria Lopes, who led the entry team at the first address, said officers found the drugs packed in cereal "
    "boxes in a basement freezer.\n\n"
    "“We knocked, we announced, and we waited,” Sgt. Lopes said. “Nobody came to the door, so we went in.”\n\n"
    "Det. Insp. Raymond Achebe-Stone, who heads the department's narcotics unit, said the investigation had taken "
    "14 months and involved wiretaps on 22 phones.\n\n"
    "“These were not street-corner dealers. This was a distribution hub for three states,” he said.\n\n"
    "Those arrested include a 34-year-old man from Dayton and his 61-year-old mother. Their names were not "
    "released.\n\n"
    "Capt. Trevor Olsen-Boyd of the state highway patrol said troopers had stopped a car linked to the ring on "
    "Interstate 70 in March. “That traffic stop is where this case really began,” Capt. Olsen-Boyd said.\n\n"
    "A neighbor on Wexford Avenue, who asked not to be named for fear of reprisals, said cars had come and gone "
    "from the house at all hours. “We all knew something was going on,” she said.\n\n"
    "Mayor Gloria Tanaka-Reyes praised the officers. “They went through those doors not knowing what was on the "
    "other side,” the mayor said.\n\n"
    "Marchetti-Wells said more arrests were likely. “We are not finished,” the chief said.\n",
    [
        Q(
            "“This is enough poison to kill every person in this state twice over,”",
            "Denise Marchetti-Wells",
            "Denise Marchetti-Wells",
            cue="told",
        ),
        Q(
            "officers found the drugs packed in cereal boxes in a basement freezer",
            "Maria Lopes",
            "Maria Lopes",
            at="Maria Lopes, who led the entry team at the first address, said",
        ),
        Q(
            ("“We knocked, we announced, and we waited,”", "“Nobody came to the door, so we went in.”"),
            "Lopes",
            "Maria Lopes",
        ),
        Q(
            "the investigation had taken 14 months and involved wiretaps on 22 phones",
            "Raymond Achebe-Stone",
            "Raymond Achebe-Stone",
            at="Raymond Achebe-Stone, who heads the department's narcotics unit, said",
        ),
        Q(
            "“These were not street-corner dealers. This was a distribution hub for three states,”",
            "he",
            "Raymond Achebe-Stone",
        ),
        Q(
            "troopers had stopped a car linked to the ring on Interstate 70 in March",
            "Trevor Olsen-Boyd",
            "Trevor Olsen-Boyd",
            at="Trevor Olsen-Boyd of the state highway patrol said",
        ),
        Q("“That traffic stop is where this case really began,”", "Olsen-Boyd", "Trevor Olsen-Boyd"),
        Q(
            "cars had come and gone from the house at all hours",
            "A neighbor on Wexford Avenue",
            "a neighbor on Wexford Avenue",
            at="A neighbor on Wexford Avenue, who asked not to be named for fear of reprisals, said",
            anonymous=True,
        ),
        Q("“We all knew something was going on,”", "she", "a neighbor on Wexford Avenue", anonymous=True),
        Q(
            "“They went through those doors not knowing what was on the other side,”",
            "the mayor",
            "Gloria Tanaka-Reyes",
        ),
        Q("more arrests were likely", "Marchetti-Wells", "Denise Marchetti-Wells"),
        Q("“We are not finished,”", "the chief", "Denise Marchetti-Wells"),
    ],
    {
        "Denise Marchetti-Wells": ["Police Chief"],
        "Maria Lopes": ["Sgt."],
        "Raymond Achebe-Stone": ["Det. Insp."],
        "Trevor Olsen-Boyd": ["Capt."],
        "Gloria Tanaka-Reyes": ["Mayor"],
    },
)

_BASE = A(
    "u8-base",
    "wire",
    ("ranks", "hyphenated", "documents", "epithets"),
    "Army to close Fort Calloway artillery school by 2028\n\n"
    "FORT CALLOWAY, Ky. — The Army said on Monday it would close the artillery school at Fort Calloway by 2028 and "
    "move its 1,100 students to Oklahoma.\n\n"
    "Maj. Gen. Helen Brandt, who commands the post, said the decision was “painful but final”.\n\n"
    "“I have spent 11 years of my career on this post. I know what it means to this town,” Brandt said in an "
    "interview.\n\n"
    "The school's commandant, Lt. Col. Aaron Pike, said instructors would move with the students. “Nobody is "
    "losing a job, but a lot of people are losing a home,” Lt. Col. Pike said.\n\n"
    "Pike, a 46-year-old Iraq veteran, said the Army's newest recruits wanted to train near big cities. “Gen Z "
    "soldiers ask where the nearest airport is before they ask about the barracks,” he said.\n\n"
    "Command Sgt. Maj. Luis Arroyo, the school's senior enlisted leader, said morale had held up. “Soldiers go "
    "where they are sent. That is the job,” Arroyo said.\n\n"
    "The closure will cost Hardin County an estimated $180 million a year in lost spending, according to a study "
    "by Western Kentucky University.\n\n"
    "County Judge-Executive Darla Pruitt said the county would lose its largest employer. “This is our Detroit "
    "moment,” she said.\n\n"
    "Retired Col. Bernard Okwu-Lyle, who ran the school in the 1990s, said he was not surprised. “They have been "
    "starving this place for a decade,” the retired officer said.\n",
    [
        Q(
            "it would close the artillery school at Fort Calloway by 2028 and move its 1,100 students to Oklahoma",
            "The Army",
            "Army",
        ),
        Q(
            "the decision was “painful but final”",
            "Helen Brandt",
            "Helen Brandt",
            at="Helen Brandt, who commands the post, said",
        ),
        Q(
            "“I have spent 11 years of my career on this post. I know what it means to this town,”",
            "Brandt",
            "Helen Brandt",
        ),
        Q("instructors would move with the students", "Aaron Pike", "Aaron Pike", at="Aaron Pike, said"),
        Q("“Nobody is losing a job, but a lot of people are losing a home,”", "Pike", "Aaron Pike"),
        Q(
            "the Army's newest recruits wanted to train near big cities",
            "Pike",
            "Aaron Pike",
            at="Pike, a 46-year-old Iraq veteran, said",
        ),
        Q(
            "“Gen Z soldiers ask where the nearest airport is before they ask about the barracks,”",
            "he",
            "Aaron Pike",
        ),
        Q(
            "morale had held up",
            "Luis Arroyo",
            "Luis Arroyo",
            at="Luis Arroyo, the school's senior enlisted leader, said",
        ),
        Q("“Soldiers go where they are sent. That is the job,”", "Arroyo", "Luis Arroyo"),
        Q(
            "The closure will cost Hardin County an estimated $180 million a year in lost spending",
            "a study by Western Kentucky University",
            "Western Kentucky University",
            cue="according to",
            how="according_to",
        ),
        Q("the county would lose its largest employer", "Darla Pruitt", "Darla Pruitt"),
        Q("“This is our Detroit moment,”", "she", "Darla Pruitt"),
        Q(
            "he was not surprised",
            "Bernard Okwu-Lyle",
            "Bernard Okwu-Lyle",
            at="Bernard Okwu-Lyle, who ran the school in the 1990s, said",
        ),
        Q("“They have been starving this place for a decade,”", "the retired officer", "Bernard Okwu-Lyle"),
    ],
    {
        "Helen Brandt": ["Maj. Gen."],
        "Aaron Pike": ["The school's commandant", "Lt. Col."],
        "Luis Arroyo": ["Command Sgt. Maj.", "the school's senior enlisted leader"],
        "Darla Pruitt": ["County Judge-Executive"],
        "Bernard Okwu-Lyle": ["Col."],
    },
)

_CAPITOL = A(
    "u8-capitol",
    "wire",
    ("us_offices", "generations", "hyphenated", "possessor_pronoun"),
    "Lawmakers question cost of Whitlow's desalination plan\n\n"
    "SACRAMENTO — Gov. Dana Whitlow on Wednesday defended her plan to build two desalination plants on the central "
    "coast, as lawmakers from both parties questioned its $9 billion price tag.\n\n"
    "“We can argue about the cost, or we can run out of water,” Whitlow said at a bill signing in Fresno. “I know "
    "which of those I would rather explain to my grandchildren.”\n\n"
    "Sen. Patricia Vance-Oduya (D-Oakland), who chairs the Senate budget committee, said the plan had been sent to "
    "lawmakers “without a single page of financing”.\n\n"
    "“I am not against desalination. I am against blank checks,” Vance-Oduya said.\n\n"
    "Rep. Luis Ortega-Baines, a Republican from Bakersfield, said the plants would be “a gift to coastal cities "
    "paid for by farmers”. Ortega-Baines said he would introduce a rival bill next week.\n\n"
    "Whitlow's chief of staff, Marcus Bell Sr., said the governor had met farm groups twice. “She has listened to "
    "every one of them,” he said.\n\n"
    "Assemblywoman Renée Dufort-Kim, whose district includes the proposed Morro Bay site, said residents feared the "
    "plant's intake pipes would kill fish larvae. “My constituents want water, but not at any price,” she said.\n\n"
    "In Washington, Rep. Jolene Marsh (R-Calif.) said in a statement that federal money should not pay for the "
    "plants.\n\n"
    "Former Gov. Walter Brisco Jr., who shelved a similar plan in 2009, said the state had “lost 15 years”. “I was "
    "wrong to wait,” Brisco said.\n",
    [
        Q(
            (
                "“We can argue about the cost, or we can run out of water,”",
                "“I know which of those I would rather explain to my grandchildren.”",
            ),
            "Whitlow",
            "Dana Whitlow",
        ),
        Q(
            "the plan had been sent to lawmakers “without a single page of financing”",
            "Patricia Vance-Oduya",
            "Patricia Vance-Oduya",
            at="Patricia Vance-Oduya (D-Oakland), who chairs the Senate budget committee, said",
        ),
        Q("“I am not against desalination. I am against blank checks,”", "Vance-Oduya", "Patricia Vance-Oduya"),
        Q(
            "the plants would be “a gift to coastal cities paid for by farmers”",
            "Luis Ortega-Baines",
            "Luis Ortega-Baines",
            at="Luis Ortega-Baines, a Republican from Bakersfield, said",
        ),
        Q("he would introduce a rival bill next week", "Ortega-Baines", "Luis Ortega-Baines"),
        Q("the governor had met farm groups twice", "Marcus Bell Sr.", "Marcus Bell Sr.", at="Marcus Bell Sr., said"),
        Q("“She has listened to every one of them,”", "he", "Marcus Bell Sr."),
        Q(
            "residents feared the plant's intake pipes would kill fish larvae",
            "Renée Dufort-Kim",
            "Renée Dufort-Kim",
            at="Renée Dufort-Kim, whose district includes the proposed Morro Bay site, said",
        ),
        Q("“My constituents want water, but not at any price,”", "she", "Renée Dufort-Kim"),
        Q(
            "federal money should not pay for the plants",
            "Jolene Marsh",
            "Jolene Marsh",
            at="Jolene Marsh (R-Calif.) said",
        ),
        Q(
            "the state had “lost 15 years”",
            "Walter Brisco Jr.",
            "Walter Brisco Jr.",
            at="Walter Brisco Jr., who shelved a similar plan in 2009, said",
        ),
        Q("“I was wrong to wait,”", "Brisco", "Walter Brisco Jr."),
    ],
    {
        "Dana Whitlow": ["Gov."],
        "Patricia Vance-Oduya": ["Sen."],
        "Luis Ortega-Baines": ["Rep.", "a Republican from Bakersfield"],
        "Marcus Bell Sr.": ["Whitlow's chief of staff"],
        "Renée Dufort-Kim": ["Assemblywoman"],
        "Jolene Marsh": ["Rep."],
        "Walter Brisco Jr.": ["Former Gov."],
    },
)

_HARDWARE = A(
    "u8-hardware",
    "local",
    ("generations", "hyphenated", "epithets", "possessor_pronoun"),
    "Hale & Sons hardware to close after 92 years\n\n"
    "Hale & Sons, the hardware store on Main Street that has sold nails, paint and advice in Millbrook since 1932, "
    "will close on Saturday.\n\n"
    "Robert Hale Jr., 58, who has run the store since his father retired in 1998, said online retailers and a new "
    "big-box store on Route 9 had cut sales by half in five years.\n\n"
    "“I kept telling myself next year would be better. It never was,” Hale Jr. said.\n\n"
    "His father, Robert Hale Sr., 86, still comes in most mornings to sit behind the counter. “My father built this "
    "counter with his own hands,” the elder Hale said. “I suppose somebody will turn it into firewood.”\n\n"
    "Hale Sr. said he had offered to keep working for nothing. “Bobby would not hear of it,” he said.\n\n"
    "Robert Hale III, 27, a software engineer in Boston, said he had never wanted to take over. “Dad knew that. He "
    "never pushed me,” he said.\n\n"
    "Customers lined up on Tuesday to say goodbye. Ellen Marsh-Whitby, who has bought her garden seed at the store "
    "for 40 years, said she would miss being known by name. “Bobby's grandfather sold my mother her first "
    "lawnmower,” she said.\n\n"
    "Town supervisor Greg Oyelaran-Fitch said the town had tried to find a buyer for the building. “Nobody wants a "
    "hardware store anymore,” he said.\n",
    [
        Q(
            "online retailers and a new big-box store on Route 9 had cut sales by half in five years",
            "Robert Hale Jr.",
            "Robert Hale Jr.",
            at="Robert Hale Jr., 58, who has run the store since his father retired in 1998, said",
        ),
        Q(
            "“I kept telling myself next year would be better. It never was,”",
            "Hale Jr.",
            "Robert Hale Jr.",
        ),
        Q(
            (
                "“My father built this counter with his own hands,”",
                "“I suppose somebody will turn it into firewood.”",
            ),
            "the elder Hale",
            "Robert Hale Sr.",
        ),
        Q("he had offered to keep working for nothing", "Hale Sr.", "Robert Hale Sr."),
        Q("“Bobby would not hear of it,”", "he", "Robert Hale Sr."),
        Q(
            "he had never wanted to take over",
            "Robert Hale III",
            "Robert Hale III",
            at="Robert Hale III, 27, a software engineer in Boston, said",
        ),
        Q("“Dad knew that. He never pushed me,”", "he", "Robert Hale III"),
        Q(
            "she would miss being known by name",
            "Ellen Marsh-Whitby",
            "Ellen Marsh-Whitby",
            at="Ellen Marsh-Whitby, who has bought her garden seed at the store for 40 years, said",
        ),
        Q("“Bobby's grandfather sold my mother her first lawnmower,”", "she", "Ellen Marsh-Whitby"),
        Q("the town had tried to find a buyer for the building", "Greg Oyelaran-Fitch", "Greg Oyelaran-Fitch"),
        Q("“Nobody wants a hardware store anymore,”", "he", "Greg Oyelaran-Fitch"),
    ],
    {
        "Robert Hale Sr.": ["His father"],
        "Robert Hale III": ["a software engineer in Boston"],
        "Greg Oyelaran-Fitch": ["Town supervisor"],
    },
)

_TRIAL = A(
    "u8-trial",
    "local",
    ("possessor_pronoun", "hyphenated", "anonymous", "ranks"),
    "Nurse convicted of falsifying drug records\n\n"
    "A nurse at St. Brendan's Hospital was convicted on Friday of falsifying records to hide the theft of "
    "painkillers meant for patients.\n\n"
    "Carla Weinberg-Ross, 39, showed no emotion as the verdict was read. Her lawyer, Dominic Szabo, said she would "
    "appeal. “The jury did not hear the whole story,” he said.\n\n"
    "Weinberg-Ross told the court last week that she had taken the drugs for her own back pain.\n\n"
    "Her mother, Ruth Weinberg, said outside court that her daughter had been “a scapegoat”. “She gave 15 years to "
    "that hospital,” she said.\n\n"
    "Assistant District Attorney Nadia Coyle-Harding told jurors in closing arguments that Weinberg-Ross had taken "
    "oxycodone from at least 31 patients. “Every one of those patients was in pain, and she took their relief,” "
    "Coyle-Harding said.\n\n"
    "A patient from the hospital's orthopedic ward, who asked not to be identified, said she had lain awake for "
    "nights after her surgery. “I thought the pain was my fault,” the woman said.\n\n"
    "Judge Harriet Ossai set sentencing for March 14. Weinberg-Ross's husband declined to comment, but her brother, "
    "Eli Weinberg, said the family would stand by her. “My sister made mistakes, but she is not a thief,” he said.\n\n"
    "The hospital said in a statement that it had since changed how controlled drugs are logged.\n",
    [
        Q("she would appeal", "Dominic Szabo", "Dominic Szabo", at="Dominic Szabo, said"),
        Q("“The jury did not hear the whole story,”", "he", "Dominic Szabo"),
        Q(
            "she had taken the drugs for her own back pain",
            "Weinberg-Ross",
            "Carla Weinberg-Ross",
            cue="told",
        ),
        Q(
            "her daughter had been “a scapegoat”",
            "Ruth Weinberg",
            "Ruth Weinberg",
            at="Ruth Weinberg, said",
        ),
        Q("“She gave 15 years to that hospital,”", "she", "Ruth Weinberg"),
        Q(
            "Weinberg-Ross had taken oxycodone from at least 31 patients",
            "Nadia Coyle-Harding",
            "Nadia Coyle-Harding",
            cue="told",
        ),
        Q(
            "“Every one of those patients was in pain, and she took their relief,”",
            "Coyle-Harding",
            "Nadia Coyle-Harding",
        ),
        Q(
            "she had lain awake for nights after her surgery",
            "A patient from the hospital's orthopedic ward",
            "a patient from the hospital's orthopedic ward",
            at="A patient from the hospital's orthopedic ward, who asked not to be identified, said",
            anonymous=True,
        ),
        Q(
            "“I thought the pain was my fault,”",
            "the woman",
            "a patient from the hospital's orthopedic ward",
            anonymous=True,
        ),
        Q("the family would stand by her", "Eli Weinberg", "Eli Weinberg", at="Eli Weinberg, said"),
        Q("“My sister made mistakes, but she is not a thief,”", "he", "Eli Weinberg"),
        Q("it had since changed how controlled drugs are logged", "The hospital", "St. Brendan's Hospital"),
    ],
    {
        "Dominic Szabo": ["Her lawyer"],
        "Ruth Weinberg": ["Her mother"],
        "Nadia Coyle-Harding": ["Assistant District Attorney"],
        "Eli Weinberg": ["her brother"],
    },
)

ARTICLES_A = [_RAID, _BASE, _CAPITOL, _HARDWARE, _TRIAL]
"""The first five articles of the set."""
