"""The sixth unseen-speakers set, part B: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen6.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_PYLONS = A(
    "pylons-families",
    "local",
    ("families", "singular_they", "spokesperson", "org_plural"),
    "Families fight plan for pylons across farmland\n\n"
    "Families in the Wenlow valley say a plan to run 50-metre pylons across their fields will ruin farms "
    "that have been in their hands for generations.\n\n"
    "The Patels, who have grown soft fruit at Hollin Farm since 1974, say the line would cross their "
    "strawberry polytunnels. “We would lose a third of the farm,” said Meera Patel, who runs the business "
    "with her husband, Dev. He said they had not been offered a meeting. “We got a letter with a map. "
    "That's it,” Dev Patel said.\n\n"
    "Across the lane, Mr and Mrs Hale keep 200 sheep. “Tom's grandfather built that wall,” said Ruth Hale, "
    "pointing to the line of pegs. Her husband, Tom, was quieter. “We are not against electricity,” he "
    "said. “We are against being ignored.” Mrs Hale added: “He says that to everyone.”\n\n"
    "Sam Okoye, a local ecologist who uses they/them pronouns, has surveyed the valley for barn owls. They "
    "said the route passed within 100 metres of four nest sites. “The owls were here before any of us,” "
    "they said.\n\n"
    "Northgrid, the network operator, said the route had been chosen to avoid villages. “We will talk to "
    "every landowner before anything is finalised,” a spokesman said.\n\n"
    "The couple at Hollin Farm said they would object at the planning inquiry in March. “We will be there "
    "every day,” the Patels said.\n"
    "\nThe local MP, Hugh Ferrand, said he had written to Northgrid's chief executive. “These "
    "families deserve a proper hearing, not a map in the post,” Mr Ferrand said. Ruth Hale's verdict"
    " on the letter was shorter: “Rubbish.”\n"
    "\nThe planning inquiry is expected to last six weeks. Northgrid says the new line is needed to "
    "carry power from offshore wind farms to the south of the country.\n",
    [
        Q(
            "the line would cross their strawberry polytunnels",
            "The Patels",
            "Meera and Dev Patel",
            cue="say",
            at="The Patels, who have grown soft fruit at Hollin Farm since 1974, say",
        ),
        Q("“We would lose a third of the farm,”", "Meera Patel", "Meera Patel", at="said Meera Patel"),
        Q("they had not been offered a meeting", "He", "Dev Patel"),
        Q("“We got a letter with a map. That's it,”", "Dev Patel", "Dev Patel"),
        Q("“Tom's grandfather built that wall,”", "Ruth Hale", "Ruth Hale", at="said Ruth Hale"),
        Q("“We are not against electricity,”", "he", "Tom Hale"),
        Q("“We are against being ignored.”", None, "Tom Hale", cue=None),
        Q("“He says that to everyone.”", "Mrs Hale", "Ruth Hale", cue="added"),
        Q("the route passed within 100 metres of four nest sites", "They", "Sam Okoye"),
        Q("“The owls were here before any of us,”", "they", "Sam Okoye"),
        Q(
            "the route had been chosen to avoid villages",
            "Northgrid",
            "Northgrid",
            at="Northgrid, the network operator, said",
        ),
        Q(
            "“We will talk to every landowner before anything is finalised,”",
            "a spokesman",
            "a spokesman for Northgrid",
            anonymous=True,
        ),
        Q(
            "they would object at the planning inquiry in March",
            "The couple",
            "Meera and Dev Patel",
            at="The couple at Hollin Farm said",
        ),
        Q("“We will be there every day,”", "the Patels", "Meera and Dev Patel"),
        Q("he had written to Northgrid's chief executive", "Hugh Ferrand", "Hugh Ferrand", at="Hugh Ferrand, said"),
        Q("“These families deserve a proper hearing, not a map in the post,”", "Mr Ferrand", "Hugh Ferrand"),
        Q("“Rubbish.”", "Ruth Hale", "Ruth Hale", cue=None, at="Ruth Hale's verdict"),
    ],
    {
        "Dev Patel": ["her husband"],
        "Tom Hale": ["Her husband"],
        "Sam Okoye": ["a local ecologist"],
        "Northgrid": ["the network operator"],
        "Hugh Ferrand": ["The local MP"],
    },
)

_NIGHT_SHIFT = A(
    "night-shift-photo-essay",
    "interview",
    ("photo_essay", "families"),
    "Voices from the night shift\n\n"
    "Photographs by Ellen Marsh. Words by Tom Abara.\n\n"
    "For one week our photographer followed the people who keep Dunmore running between midnight and six "
    "in the morning. These are their words.\n\n"
    "ROSA FIGUEROA, 47, cleaner at Dunmore General Hospital\n"
    "“People think a hospital sleeps. It never sleeps. I mop the same corridor three times a night because "
    "someone always bleeds on it.”\n\n"
    "KWAME ASANTE, 29, bus driver, route N4\n"
    "“The last bus is a community. Same faces every night. If Mrs Dunne isn't at her stop I wait two "
    "minutes, then I worry about her all the next day.”\n\n"
    "BRIDGET O'HALLORAN, 63, baker\n"
    "“I've been up at two for forty years. My husband says he married a ghost. He's not wrong.”\n\n"
    "LIAM and CHLOE WEBB, 34, who run a 24-hour petrol station together\n"
    "“We see each other at shift change. It works,” says Chloe. Liam laughs: “It works because we never "
    "see each other.”\n\n"
    "AHMED YUSUF, 52, security guard at the Riverside shopping centre\n"
    "“I walk eleven miles a night. I know because my daughter gave me one of those watches. Nothing "
    "happens, and then everything happens at once.”\n\n"
    "DR PRIYA NAIR, junior doctor, accident and emergency\n"
    "“At four in the morning everyone is honest. That's when people tell you what really happened. By nine "
    "they have a better story.”\n"
    "\nFATHER DECLAN MURPHY, 58, hospital chaplain\n“I sit with people who have no one else. Mostly "
    "I listen. Sometimes we watch the sunrise together.”\n\nJOSIE KELLY and her mother ANN, 23 and "
    "51, who clean offices in the financial district\n“Mum taught me to do the glass first,” says "
    "Josie. Her mother rolls her eyes: “Because she never listened about anything else.”\n"
    "\nEllen Marsh's photographs are on show at the Dunmore Arts Centre until the end of the month. "
    "Entry is free, and the centre stays open until midnight on Fridays.\n",
    [
        Q(
            "“People think a hospital sleeps. It never sleeps. I mop the same corridor three times a night "
            "because someone always bleeds on it.”",
            None,
            "Rosa Figueroa",
            cue=None,
        ),
        Q(
            "“The last bus is a community. Same faces every night. If Mrs Dunne isn't at her stop I wait two "
            "minutes, then I worry about her all the next day.”",
            None,
            "Kwame Asante",
            cue=None,
        ),
        Q(
            "“I've been up at two for forty years. My husband says he married a ghost. He's not wrong.”",
            None,
            "Bridget O'Halloran",
            cue=None,
        ),
        Q("“We see each other at shift change. It works,”", "Chloe", "Chloe Webb", cue="says"),
        Q("“It works because we never see each other.”", "Liam", "Liam Webb", cue=None),
        Q(
            "“I walk eleven miles a night. I know because my daughter gave me one of those watches. Nothing "
            "happens, and then everything happens at once.”",
            None,
            "Ahmed Yusuf",
            cue=None,
        ),
        Q(
            "“At four in the morning everyone is honest. That's when people tell you what really happened. "
            "By nine they have a better story.”",
            None,
            "Priya Nair",
            cue=None,
        ),
        Q(
            "“I sit with people who have no one else. Mostly I listen. Sometimes we watch the sunrise together.”",
            None,
            "Declan Murphy",
            cue=None,
        ),
        Q("“Mum taught me to do the glass first,”", "Josie", "Josie Kelly", cue="says"),
        Q("“Because she never listened about anything else.”", "Her mother", "Ann Kelly", cue=None),
    ],
    {
        "Rosa Figueroa": ["cleaner at Dunmore General Hospital"],
        "Kwame Asante": ["bus driver"],
        "Bridget O'Halloran": ["baker"],
        "Ahmed Yusuf": ["security guard at the Riverside shopping centre"],
        "Priya Nair": ["junior doctor"],
        "Declan Murphy": ["hospital chaplain"],
    },
)

_FLOODS = A(
    "floods-long-titles",
    "wire",
    ("long_title", "post_nominals"),
    "Army and police to review flood response\n\n"
    "A joint review of the response to February's floods in the Calder valley will report in the summer, "
    "police and the army said on Wednesday.\n\n"
    "Deputy Chief Constable for Operations Janet Ekwueme, who is leading the police side of the review, "
    "said officers had been “stretched to breaking point” on the first night. “We had 40 officers for 3,000 "
    "homes,” Ms Ekwueme said. “That is not a plan, that is a prayer.”\n\n"
    "The army's part will be examined by Lt Col Marcus Whitfield-Obi of the Royal Engineers, who commanded "
    "the soldiers sent to fill sandbags. “My soldiers arrived on day three. I want to know why not day "
    "one,” Lt Col Whitfield-Obi said.\n\n"
    "Residents will also give evidence. Henry Castellane III, whose family has farmed at Lower Calder for "
    "two centuries, said the water had reached the upstairs windows. “My grandfather's diary says it came "
    "to the stairs in 1947,” he said. “This was worse.”\n\n"
    "Robert Ames Jr., a retired firefighter who ran a volunteer boat crew, said volunteers had rescued more "
    "people than the emergency services. “We had six canoes and a tractor,” Mr Ames said.\n\n"
    "The Environment Agency's area director for Yorkshire and the North East, Dr Helen Oyelaran-Price, said "
    "the review would also cover the flood defences. “We will publish everything we find,” she said.\n"
    "\nA spokeswoman for the army's 19th Brigade said soldiers had been on standby from day one but "
    "were not asked for until day three. The county's chief fire officer, Alasdair Munro-Kerr QFSM, "
    "said his crews had carried out 212 rescues. “We used every boat we had and borrowed the rest,” "
    "he said.\n"
    "\nMore than 1,400 homes were flooded in the Calder valley in February, and about 300 families "
    "are still living in temporary accommodation.\n",
    [
        Q(
            "officers had been “stretched to breaking point” on the first night",
            "Janet Ekwueme",
            "Janet Ekwueme",
            at="Janet Ekwueme, who is leading the police side of the review, said",
        ),
        Q("“We had 40 officers for 3,000 homes,”", "Ms Ekwueme", "Janet Ekwueme"),
        Q("“That is not a plan, that is a prayer.”", None, "Janet Ekwueme", cue=None),
        Q(
            "“My soldiers arrived on day three. I want to know why not day one,”",
            "Lt Col Whitfield-Obi",
            "Marcus Whitfield-Obi",
        ),
        Q(
            "the water had reached the upstairs windows",
            "Henry Castellane III",
            "Henry Castellane III",
            at="Henry Castellane III, whose family has farmed at Lower Calder for two centuries, said",
        ),
        Q("“My grandfather's diary says it came to the stairs in 1947,”", "he", "Henry Castellane III"),
        Q("“This was worse.”", None, "Henry Castellane III", cue=None),
        Q(
            "volunteers had rescued more people than the emergency services",
            "Robert Ames Jr.",
            "Robert Ames Jr.",
            at="Robert Ames Jr., a retired firefighter who ran a volunteer boat crew, said",
        ),
        Q("“We had six canoes and a tractor,”", "Mr Ames", "Robert Ames Jr."),
        Q(
            "the review would also cover the flood defences",
            "Dr Helen Oyelaran-Price",
            "Helen Oyelaran-Price",
            at="Dr Helen Oyelaran-Price, said",
        ),
        Q("“We will publish everything we find,”", "she", "Helen Oyelaran-Price"),
        Q(
            "soldiers had been on standby from day one but were not asked for until day three",
            "A spokeswoman for the army's 19th Brigade",
            "a spokeswoman for the army's 19th Brigade",
            anonymous=True,
        ),
        Q(
            "his crews had carried out 212 rescues",
            "Alasdair Munro-Kerr QFSM",
            "Alasdair Munro-Kerr",
            at="Alasdair Munro-Kerr QFSM, said",
        ),
        Q("“We used every boat we had and borrowed the rest,”", "he", "Alasdair Munro-Kerr"),
    ],
    {
        "Janet Ekwueme": ["Deputy Chief Constable for Operations"],
        "Marcus Whitfield-Obi": ["Lt Col"],
        "Robert Ames Jr.": ["a retired firefighter"],
        "Helen Oyelaran-Price": ["The Environment Agency's area director for Yorkshire and the North East"],
        "Alasdair Munro-Kerr": ["The county's chief fire officer"],
    },
)

_LAYOFFS = A(
    "layoffs-asked-anonymous",
    "wire",
    ("role_then_name", "asked_whether", "anonymous", "documents", "nationality_age", "spokesperson"),
    "Software firm Quillon to cut 400 jobs\n\n"
    "Quillon, the Leeds-based accounting software company, is to cut 400 jobs, about a fifth of its "
    "workforce, its chief executive told staff on Tuesday.\n\n"
    "In an email to employees seen by the Yorkshire Ledger, Arjun Mehta-Clarke wrote that the company had "
    "“hired for a future that arrived more slowly than we hoped”.\n\n"
    "Asked on a call with investors whether more cuts would follow, Mehta-Clarke said: “I do not expect so, "
    "but I will not make promises I cannot keep.”\n\n"
    "Two employees, who asked not to be named because they feared losing their redundancy pay, said teams "
    "had been told in ten-minute video calls. “My manager was reading from a script,” one said. The other "
    "said: “Nobody from the board was on the call.”\n\n"
    "The company's finance director, the American-born Dana Whitcombe, said the cuts would save £30m a "
    "year. Asked whether the office in Sheffield would close, the Californian said there were no plans to "
    "close it.\n\n"
    "The union Prospect said it would seek talks. Its national secretary, Owain Griffiths, said: “Four "
    "hundred families found out by video call. That tells you everything about how Quillon sees its "
    "people.”\n\n"
    "A Quillon spokesperson said the company had followed every legal requirement.\n"
    "\nAnalysts were unsurprised. Priyanka Raman, who covers software companies for the broker "
    "Hollins Webb, said Quillon had “grown like a start-up and is now being asked to behave like a "
    "bank”.\n\nOne investor, a fund manager who holds Quillon shares and spoke on condition of "
    "anonymity, was blunter: “They should have done this a year ago.”\n\nThe Sheffield office's "
    "manager, Tom Reilly, told staff in a message that no jobs there were at risk. “Sheffield is "
    "safe,” he wrote.\n"
    "\nQuillon was founded in 2011 and listed on the stock market in 2019. Its shares have fallen by"
    " 40 per cent this year. They rose slightly after the announcement.\n",
    [
        Q(
            "Quillon, the Leeds-based accounting software company, is to cut 400 jobs, about a fifth of its workforce",
            "its chief executive",
            "Arjun Mehta-Clarke",
            cue="told",
        ),
        Q(
            "the company had “hired for a future that arrived more slowly than we hoped”",
            "Arjun Mehta-Clarke",
            "Arjun Mehta-Clarke",
            cue="wrote",
            how="wrote",
        ),
        Q(
            "“I do not expect so, but I will not make promises I cannot keep.”",
            "Mehta-Clarke",
            "Arjun Mehta-Clarke",
            at="Mehta-Clarke said:",
        ),
        Q(
            "teams had been told in ten-minute video calls",
            "Two employees",
            "two employees",
            anonymous=True,
            at="Two employees, who asked not to be named because they feared losing their redundancy pay, said",
        ),
        Q("“My manager was reading from a script,”", "one", "one employee", anonymous=True),
        Q("“Nobody from the board was on the call.”", "The other", "the other employee", anonymous=True),
        Q("the cuts would save £30m a year", "Dana Whitcombe", "Dana Whitcombe", at="Dana Whitcombe, said"),
        Q("there were no plans to close it", "the Californian", "Dana Whitcombe"),
        Q("it would seek talks", "Prospect", "Prospect"),
        Q(
            "“Four hundred families found out by video call. That tells you everything about how Quillon sees "
            "its people.”",
            "Owain Griffiths",
            "Owain Griffiths",
            at="Owain Griffiths, said:",
        ),
        Q(
            "the company had followed every legal requirement",
            "A Quillon spokesperson",
            "a Quillon spokesperson",
            anonymous=True,
        ),
        Q(
            "Quillon had “grown like a start-up and is now being asked to behave like a bank”",
            "Priyanka Raman",
            "Priyanka Raman",
            at="Priyanka Raman, who covers software companies for the broker Hollins Webb, said",
        ),
        Q("“They should have done this a year ago.”", "One investor", "one investor", cue=None, anonymous=True),
        Q("no jobs there were at risk", "Tom Reilly", "Tom Reilly", cue="told", at="Tom Reilly, told"),
        Q("“Sheffield is safe,”", "he", "Tom Reilly", cue="wrote", how="wrote"),
    ],
    {
        "Arjun Mehta-Clarke": ["its chief executive"],
        "Dana Whitcombe": ["The company's finance director"],
        "Owain Griffiths": ["Its national secretary"],
        "Tom Reilly": ["The Sheffield office's manager"],
        "one investor": ["a fund manager who holds Quillon shares"],
    },
)

_SWIFTS = A(
    "swifts-qa",
    "qa",
    ("qa_short", "role_then_name"),
    "Five minutes with the woman who counts the town's swifts\n\n"
    "Every June, the retired geography teacher Morwenna Tregarthen, 71, spends her evenings on a church "
    "roof in Penrith counting swifts. She spoke to us about 22 years of records.\n\n"
    "Q: How many did you count this year?\n"
    "A: Eighty-one on the best night. In 2003 it was over two hundred.\n\n"
    "Q: What has changed?\n"
    "A: Roofs. Every time someone replaces a roof, the gaps the birds nest in are sealed. People don't mean "
    "any harm.\n\n"
    "Q: What can readers do?\n"
    "A: Put up a swift box. They cost twenty pounds. My neighbour Alfie Brennan built six last winter and "
    "four are occupied.\n\n"
    "Brennan, a joiner, confirmed the count when we called him. “I never thought I'd care about a bird,” he "
    "said. “Now I check on them before breakfast.”\n\n"
    "The town council said it would add swift bricks to the new library extension. Its clerk, Sandra "
    "Pengelly, said: “It costs almost nothing to do at the building stage.”\n"
    "\nThe RSPB's local officer, Dan Kettering, said swift numbers in Cumbria had fallen by more "
    "than half since 1995. “Morwenna's records are some of the best we have,” he said. “Twenty-two "
    "years from one roof is gold dust.”\n\nTregarthen's husband, Jory, holds the ladder. “Someone "
    "has to,” he said. She shrugged off the praise when we passed it on. “I just like sitting on "
    "roofs,” she said.\n"
    "\nSwifts spend almost their whole lives in the air, landing only to nest. They arrive in "
    "Britain in May and leave again in August for Africa, where they spend the winter. Anyone who "
    "wants to help with next year's count can contact the town council.\n",
    [
        Q(
            "Eighty-one on the best night. In 2003 it was over two hundred.",
            None,
            "Morwenna Tregarthen",
            cue=None,
            kind="direct",
        ),
        Q(
            "Roofs. Every time someone replaces a roof, the gaps the birds nest in are sealed. People don't "
            "mean any harm.",
            None,
            "Morwenna Tregarthen",
            cue=None,
            kind="direct",
        ),
        Q(
            "Put up a swift box. They cost twenty pounds. My neighbour Alfie Brennan built six last winter and "
            "four are occupied.",
            None,
            "Morwenna Tregarthen",
            cue=None,
            kind="direct",
        ),
        Q("“I never thought I'd care about a bird,”", "he", "Alfie Brennan"),
        Q("“Now I check on them before breakfast.”", None, "Alfie Brennan", cue=None),
        Q("it would add swift bricks to the new library extension", "The town council", "Penrith town council"),
        Q(
            "“It costs almost nothing to do at the building stage.”",
            "Sandra Pengelly",
            "Sandra Pengelly",
            at="Sandra Pengelly, said:",
        ),
        Q(
            "swift numbers in Cumbria had fallen by more than half since 1995",
            "Dan Kettering",
            "Dan Kettering",
            at="Dan Kettering, said",
        ),
        Q("“Morwenna's records are some of the best we have,”", "he", "Dan Kettering"),
        Q("“Twenty-two years from one roof is gold dust.”", None, "Dan Kettering", cue=None),
        Q("“Someone has to,”", "he", "Jory Tregarthen"),
        Q("“I just like sitting on roofs,”", "she", "Morwenna Tregarthen"),
    ],
    {
        "Morwenna Tregarthen": ["the retired geography teacher"],
        "Alfie Brennan": ["a joiner"],
        "Sandra Pengelly": ["Its clerk"],
        "Dan Kettering": ["The RSPB's local officer"],
        "Jory Tregarthen": ["Tregarthen's husband"],
    },
)

_INSPECTION = A(
    "inspection-documents",
    "local",
    ("documents", "anonymous", "org_plural"),
    "Inspectors rate Fairholme Academy inadequate\n\n"
    "Fairholme Academy in Brackley has been rated inadequate after an inspection in March.\n\n"
    "The report, written by the lead inspector, Gwen Hollis-Baird, after a two-day visit, said leaders had "
    "“lost sight of the basics”. It said: “Too many pupils arrive late, and too few teachers feel supported "
    "when they challenge poor conduct.”\n\n"
    "The academy's trust, Northway Learning, said it accepted the findings. Its chief executive, Professor "
    "Kamal Siddiqui, said in a letter to parents that a new headteacher would start in September. “I am "
    "sorry that we have let your children down,” he wrote.\n\n"
    "One teacher, who did not want to be identified, said staff had raised concerns with the trust two "
    "years ago. “We were told the data looked fine,” the teacher said.\n\n"
    "Parent Lorraine Mbatha, whose twin sons are in Year 9, said she was not surprised. “The boys come home "
    "and tell me nothing was taught,” she said.\n\n"
    "According to the report, attendance has fallen to 88 per cent. Ms Hollis-Baird wrote that the school "
    "had “real strengths in music and sport” on which to build.\n"
    "\nThe chair of the local governing board, Rev Alison Penhaligon, resigned on Friday. In her "
    "resignation letter, seen by this newspaper, she wrote that governors had been “kept in the "
    "dark” by the trust.\n\nNorthway Learning rejected that. They said governors had received every "
    "report. “We share everything,” a trust spokeswoman said.\n\nThe Department for Education said "
    "it would appoint a new sponsor if the school did not improve within two years. Pupils at the "
    "gate were philosophical. “It's not that bad,” said one Year 10 boy. “The teachers are nice. "
    "It's just loud.”\n"
    "\nThe school has about 1,100 pupils. It was rated good at its previous inspection, five years "
    "ago.\n",
    [
        Q(
            "leaders had “lost sight of the basics”",
            "The report",
            "Gwen Hollis-Baird",
            at="The report, written by the lead inspector, Gwen Hollis-Baird, after a two-day visit, said",
            how="wrote",
        ),
        Q(
            "“Too many pupils arrive late, and too few teachers feel supported when they challenge poor conduct.”",
            "It",
            "Gwen Hollis-Baird",
            how="wrote",
        ),
        Q("it accepted the findings", "Northway Learning", "Northway Learning", at="Northway Learning, said"),
        Q(
            "a new headteacher would start in September",
            "Professor Kamal Siddiqui",
            "Kamal Siddiqui",
            at="Professor Kamal Siddiqui, said",
        ),
        Q("“I am sorry that we have let your children down,”", "he", "Kamal Siddiqui", cue="wrote", how="wrote"),
        Q(
            "staff had raised concerns with the trust two years ago",
            "One teacher",
            "one teacher",
            anonymous=True,
            at="One teacher, who did not want to be identified, said",
        ),
        Q("“We were told the data looked fine,”", "the teacher", "one teacher", anonymous=True),
        Q(
            "she was not surprised",
            "Lorraine Mbatha",
            "Lorraine Mbatha",
            at="Lorraine Mbatha, whose twin sons are in Year 9, said",
        ),
        Q("“The boys come home and tell me nothing was taught,”", "she", "Lorraine Mbatha"),
        Q(
            "attendance has fallen to 88 per cent",
            "the report",
            "Gwen Hollis-Baird",
            cue="According to",
            how="according_to",
            at="According to the report",
        ),
        Q(
            "the school had “real strengths in music and sport” on which to build",
            "Ms Hollis-Baird",
            "Gwen Hollis-Baird",
            cue="wrote",
            how="wrote",
        ),
        Q("governors had been “kept in the dark” by the trust", "she", "Alison Penhaligon", cue="wrote", how="wrote"),
        Q("governors had received every report", "They", "Northway Learning"),
        Q("“We share everything,”", "a trust spokeswoman", "a spokeswoman for Northway Learning", anonymous=True),
        Q(
            "it would appoint a new sponsor if the school did not improve within two years",
            "The Department for Education",
            "Department for Education",
        ),
        Q("“It's not that bad,”", "one Year 10 boy", "one Year 10 boy", at="said one Year 10 boy", anonymous=True),
        Q("“The teachers are nice. It's just loud.”", None, "one Year 10 boy", cue=None, anonymous=True),
    ],
    {
        "Gwen Hollis-Baird": ["the lead inspector"],
        "Kamal Siddiqui": ["Its chief executive"],
        "Lorraine Mbatha": ["Parent"],
        "Northway Learning": ["The academy's trust"],
        "Alison Penhaligon": ["The chair of the local governing board"],
    },
)

_RAIL = A(
    "rail-peers-colon",
    "wire",
    ("post_nominals", "colon_subject", "possessive_speaker", "spokesperson"),
    "MPs clash over rail line delay\n\n"
    "The transport secretary confirmed on Monday that the opening of the Northern Link rail line had been "
    "pushed back to 2034.\n\n"
    "Transport Secretary Fiona Drummond-Hay told the Commons the project had met “unforeseeable” ground "
    "conditions under the Pennines. Her message to the region was simple: “It will be built. It will just "
    "take longer.”\n\n"
    "Gareth Llewellyn MP, whose constituency the line was meant to serve, was scathing. “Unforeseeable? "
    "Every geologist in Wales foresaw it,” he said. His colleague Bethan Morgan-Ifans MP agreed. “We were "
    "promised trains by 2029,” she said. “My constituents will be pensioners before they ride one.”\n\n"
    "Lord Patel of Ingleby, who chaired the line's advisory board until last year, said the board had "
    "warned ministers of the risks in 2022. The peer's verdict on the delay: “Entirely predictable, and "
    "predicted.”\n\n"
    "The minister's shadow, Olu Bankole, said his party would publish the board's warnings. He was brief: "
    "“Sunlight is the best disinfectant.”\n\n"
    "A Department for Transport spokesperson said the department did not comment on advice from advisory "
    "boards.\n"
    "\nThe line's builder, Castlemere Tunnelling, said it had flagged the ground risk in its "
    "original bid. Its managing director, Siân Pritchard-Jones CBE, said: “We priced for hard rock. "
    "We found sand and water.”\n\nBusiness leaders in the north were dismayed. “Every year of delay "
    "is a year our young people move south,” said Kwabena Osei, who chairs the Northern Business "
    "Forum. Osei, a former banker, added that firms had already bought land near the planned "
    "stations.\n\nBack in the Commons, the transport secretary was asked by a backbencher whether "
    "she would resign. Drummond-Hay's answer was one word: “No.”\n"
    "\nThe Northern Link was first announced eleven years ago, at an estimated cost of £14bn. The "
    "latest estimate is £31bn.\n",
    [
        Q(
            "the opening of the Northern Link rail line had been pushed back to 2034",
            "The transport secretary",
            "Fiona Drummond-Hay",
            cue="confirmed",
            at="The transport secretary confirmed",
        ),
        Q(
            "the project had met “unforeseeable” ground conditions under the Pennines",
            "Fiona Drummond-Hay",
            "Fiona Drummond-Hay",
            cue="told",
        ),
        Q("“It will be built. It will just take longer.”", "Her", "Fiona Drummond-Hay", cue=None),
        Q("“Unforeseeable? Every geologist in Wales foresaw it,”", "he", "Gareth Llewellyn"),
        Q("“We were promised trains by 2029,”", "she", "Bethan Morgan-Ifans"),
        Q("“My constituents will be pensioners before they ride one.”", None, "Bethan Morgan-Ifans", cue=None),
        Q(
            "the board had warned ministers of the risks in 2022",
            "Lord Patel of Ingleby",
            "Lord Patel of Ingleby",
            at="Lord Patel of Ingleby, who chaired the line's advisory board until last year, said",
        ),
        Q("“Entirely predictable, and predicted.”", "The peer", "Lord Patel of Ingleby", cue=None),
        Q("his party would publish the board's warnings", "Olu Bankole", "Olu Bankole", at="Olu Bankole, said"),
        Q("“Sunlight is the best disinfectant.”", "He", "Olu Bankole", cue=None),
        Q(
            "the department did not comment on advice from advisory boards",
            "A Department for Transport spokesperson",
            "a Department for Transport spokesperson",
            anonymous=True,
        ),
        Q(
            "it had flagged the ground risk in its original bid",
            "Castlemere Tunnelling",
            "Castlemere Tunnelling",
            at="Castlemere Tunnelling, said",
        ),
        Q(
            "“We priced for hard rock. We found sand and water.”",
            "Siân Pritchard-Jones CBE",
            "Siân Pritchard-Jones",
            at="Siân Pritchard-Jones CBE, said:",
        ),
        Q(
            "“Every year of delay is a year our young people move south,”",
            "Kwabena Osei",
            "Kwabena Osei",
            at="said Kwabena Osei",
        ),
        Q(
            "firms had already bought land near the planned stations",
            "Osei",
            "Kwabena Osei",
            cue="added",
            at="Osei, a former banker, added",
        ),
        Q("“No.”", "Drummond-Hay", "Fiona Drummond-Hay", cue=None, at="Drummond-Hay's answer"),
    ],
    {
        "Fiona Drummond-Hay": ["Transport Secretary"],
        "Bethan Morgan-Ifans": ["His colleague"],
        "Olu Bankole": ["The minister's shadow"],
        "Castlemere Tunnelling": ["The line's builder"],
        "Siân Pritchard-Jones": ["Its managing director"],
        "Kwabena Osei": ["a former banker"],
    },
)

ARTICLES_B = [_PYLONS, _NIGHT_SHIFT, _FLOODS, _LAYOFFS, _SWIFTS, _INSPECTION, _RAIL]
