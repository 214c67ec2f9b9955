# The passages are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the reported-speech suite (written by ``make_reported_speech.py``).

Every name, place, outlet and event is invented. The passages were written in session 7 before
the claim rules were read. Markup: ``[[qN|...]]`` item N's content, ``[[cN|...]]`` its cue,
``[[sN|...]]`` its source mention, ``[[qN.1|...]]``/``[[qN.2|...]]`` the pieces of content split
around its attribution, ``[[n:WHY|...]]`` a non-quote (``WHY`` from the bench README's list). The
speakers of a passage's items follow its text, item 1 first: a plain name; ``~`` before it for an
unnamed speaker; ``@`` for an "according to" source; ``!`` for an item without a source (the
speaker, if any, after it); or an ``Item`` for anything else (a shared source or cue).
"""

from __future__ import annotations

from make_news_speech2 import Item

Who = str | Item
"""A speaker of an item: a string in the short form above, or a full ``Item``."""


def P(beat: str, text: str, *who: Who) -> tuple[str, str, tuple[Who, ...]]:
    """One passage: its beat, its marked-up text and its items' speakers, item 1 first."""
    return beat, text, who


GROUPS: dict[str, list[tuple[str, str, tuple[Who, ...]]]] = {}

GROUPS["trailing"] = [
    P(
        "police",
        "[[q1|A man in his forties has been arrested on suspicion of arson after a fire at a warehouse in Calloway Road]], [[s1|police]] [[c1|said]] on Tuesday.",
        "~police",
    ),
    P(
        "wire",
        "[[q1|The Brennar central bank will hold interest rates at 4.25% until at least the autumn]], [[s1|two people familiar with its thinking]] [[c1|said]].",
        "~two people familiar with its thinking",
    ),
    P(
        "council",
        "[[q1|Bin collections in the north of the borough will move from Mondays to Thursdays from next month]], [[s1|the council]] [[c1|said]] in a statement.",
        Item(1, "Oxley Council", relation="statement", anonymous=False),
    ),
    P(
        "sport",
        "[[q1|The striker will miss at least six weeks with a hamstring injury]], [[s1|the club]] [[c1|announced]] on Friday. [[q2|He had scans on Thursday morning]], [[s2|a spokesman]] [[c2|said]].",
        "~the club",
        "~a club spokesman",
    ),
    P(
        "health",
        "[[q1|Waiting times for hip operations at Selbury General have fallen for the third month in a row]], [[c1|according to]] [[s1|figures published by the hospital trust]].",
        "@figures published by the hospital trust",
    ),
    P(
        "business",
        "[[q1|Harlow Foods will cut 240 jobs at its bakery in Penmore and move production to the Midlands]], [[s1|the company]] [[c1|told]] staff on Wednesday.",
        "Harlow Foods",
    ),
    P(
        "weather",
        "[[q1.1|Temperatures could reach 34C in parts of the south-east by Saturday]], [[s1|forecasters]] [[c1|said]], [[q1.2|with thunderstorms likely to follow on Sunday]].",
        "~forecasters",
    ),
    P(
        "courts",
        "[[q1|The defendant had sent more than 300 messages to the victim in the weeks before the attack]], the prosecutor, [[s1|Dana Whitcombe]], [[c1|told]] the jury.",
        Item(1, "Dana Whitcombe", titles=("the prosecutor",)),
    ),
    P(
        "transport",
        "[[q1|Services between Ashby Junction and Mellor will be replaced by buses this weekend while engineers repair a damaged bridge]], [[s1|Northline Rail]] [[c1|said]].",
        "Northline Rail",
    ),
    P(
        "politics",
        "[[q1|The bill would be brought back to the chamber before the summer recess]], [[s1|a government source]] [[c1|said]] late on Monday, although no date has been fixed.",
        "~a government source",
    ),
    P(
        "education",
        "[[q1|About one in five schools in the county still had no permanent head teacher]], [[s1|Ms. Okafor]] [[c1|said]].",
        "Ruth Okafor",
    ),
    P(
        "crime",
        "[[q1|The two men were seen running towards a silver hatchback shortly after 11 p.m.]], [[c1|according to]] [[s1|witnesses]].",
        "@witnesses",
    ),
    P(
        "science",
        "[[q1|The comet should be visible to the naked eye from the middle of next week, weather permitting]], [[s1|astronomers at the Tarrow Observatory]] [[c1|said]].",
        "~astronomers at the Tarrow Observatory",
    ),
    P(
        "markets",
        "[[q1|Oil prices rose 1.8% to $84.20 a barrel in early trading]], [[c1|according to]] [[s1|data from the Calder exchange]].",
        "@data from the Calder exchange",
    ),
    P(
        "local",
        "[[q1|Residents of Mill Lane have been without running water since Sunday night]], [[s1|a spokeswoman for Severn Vale Water]] [[c1|confirmed]] on Tuesday.",
        "~a spokeswoman for Severn Vale Water",
    ),
]

GROUPS["thatless"] = [
    P(
        "politics",
        "[[s1|The minister]] [[c1|said]] [[q1|the scheme would be extended to another 40 towns by next spring]].",
        "~the minister",
    ),
    P(
        "police",
        "[[s1|Police]] [[c1|said]] [[q1|a 19-year-old woman had been taken to hospital with injuries that were not thought to be life-threatening]].",
        "~police",
    ),
    P(
        "business",
        "[[s1|Ines Calloway]], the chief executive, [[c1|told]] analysts [[q1|the company expected sales to recover in the second half]].",
        Item(1, "Ines Calloway", titles=("the chief executive",)),
    ),
    P(
        "sport",
        "[[s1|The coach]] [[c1|said]] [[q1|his players had been tired after the long flight]] and [[c2|admitted]] [[q2|the defeat was deserved]].",
        "~the coach",
        Item(2, "the coach", src=1, anonymous=True),
    ),
    P("health", "[[s1|Doctors]] [[c1|told]] the family [[q1|the boy would need several more operations]].", "~doctors"),
    P(
        "council",
        "[[s1|A council spokesman]] [[c1|said]] [[q1|the library would stay open on Saturdays until the end of the year]].",
        "~a council spokesman",
    ),
    P(
        "weather",
        "[[s1|The Met Office]] [[c1|said]] [[q1|the heaviest rain would fall over the hills of the north-west overnight]].",
        "Met Office",
    ),
    P(
        "tech",
        "[[s1|The company]] [[c1|said]] [[q1|no customer payment details had been accessed in the breach]], but [[s2|security researchers]] [[c2|said]] [[q2|email addresses and phone numbers had been posted online]].",
        "~the company",
        "~security researchers",
    ),
    P(
        "courts",
        "[[s1|The judge]] [[c1|told]] Hollis [[q1|he would be sentenced next month]] and [[c2|warned]] [[q2|him to expect a custodial term]].",
        "~the judge",
        Item(2, "the judge", src=1, anonymous=True),
    ),
    P(
        "diplomacy",
        "[[s1|Foreign Minister Arvid Lunde]] [[c1|said]] [[q1|his country would not recognise the result of the vote]].",
        Item(1, "Arvid Lunde", titles=("Foreign Minister",)),
    ),
]

GROUPS["that"] = [
    P(
        "politics",
        "[[s1|The party's treasurer]] [[c1|said]] [[q1|that donations had doubled since the leadership contest]].",
        "~the party's treasurer",
    ),
    P(
        "business",
        "[[s1|Marsh & Tully]] [[c1|told]] investors [[q1|that profit for the year would be at the lower end of its forecast]].",
        "Marsh & Tully",
    ),
    P(
        "police",
        "[[s1|Detective Inspector Farah Sood]] [[c1|warned]] [[q1|that the scam calls often appeared to come from a local number]].",
        Item(1, "Farah Sood", titles=("Detective Inspector",)),
    ),
    P(
        "courts",
        "[[s1|Lawyers for the council]] [[c1|insisted]] [[q1|that the decision to close the centre had been lawful]].",
        "~lawyers for the council",
    ),
    P(
        "health",
        "[[s1|The hospital]] [[c1|admitted]] [[q1|that the woman should have been seen by a consultant within an hour]].",
        "~the hospital",
    ),
    P(
        "transport",
        "[[s1|The airport]] [[c1|confirmed]] [[q1|that a flight from Varna had been diverted to Kelby because of a passenger's illness]].",
        "~the airport",
    ),
    P(
        "politics",
        "[[s1|The prime minister's office]] [[c1|announced]] [[q1|that the summit would be moved to Thursday]].",
        "~the prime minister's office",
    ),
    P(
        "sport",
        "[[s1|The player's agent]] [[c1|denied]] [[q1|that his client had asked for a transfer]].",
        "~the player's agent",
    ),
    P(
        "community",
        "[[s1|Parents]] [[c1|raised concerns]] [[q1|that the new crossing was too far from the school gates]].",
        "~parents",
    ),
    P(
        "crime",
        "[[s1|She]] [[c1|told]] officers [[q1|that she had heard a loud bang and seen two men running]].",
        "the witness",
    ),
    P(
        "energy",
        "[[s1|The regulator]] [[c1|said]] [[q1|that bills would fall by about £90 a year from October and that the cap would be reviewed again in January]].",
        "~the regulator",
    ),
    P(
        "science",
        "[[s1|The researchers]] [[c1|stressed]] [[q1|that the trial was small and that the results needed to be repeated]].",
        "~the researchers",
    ),
]

GROUPS["commas"] = [
    P(
        "police",
        "[[s1|Police]] [[c1|said]] [[q1|they were looking for a van, possibly a Ford Transit, that was seen near the shop at about 2 a.m.]]",
        "~police",
    ),
    P(
        "politics",
        "[[s1|Mr. Dunmore]] [[c1|said]] [[q1|the plan, which would cost about £3.4bn, had been approved by No. 10 last week]].",
        "Owen Dunmore",
    ),
    P(
        "diplomacy",
        "[[s1|The envoy]] [[c1|said]] [[q1|the U.S. and its allies would meet in Geneva (probably on Friday) to discuss the ceasefire]].",
        "~the envoy",
    ),
    P(
        "business",
        "[[s1|The firm]] [[c1|said]] [[q1|revenue rose 3.7% to $1.24bn in the quarter, helped by strong demand in Asia, and that it would raise its dividend]].",
        "~the firm",
    ),
    P(
        "crime",
        "[[s1|Officers]] [[c1|said]] [[q1|the man, described as white, about 5ft 10in tall and wearing a grey hoodie, had left on foot]].",
        "~officers",
    ),
    P(
        "health",
        "[[s1|Dr. Priya Nair]], a consultant at St. Aldwyn's, [[c1|said]] [[q1|the virus — which spreads mainly in winter — was now circulating in the summer months as well]].",
        Item(1, "Priya Nair", titles=("a consultant at St. Aldwyn's",)),
    ),
    P(
        "transport",
        "[[s1|The operator]] [[c1|said]] [[q1|trains would run every 15 minutes between 7 a.m. and 7 p.m., Monday to Friday, from 2 June]].",
        "~the operator",
    ),
    P(
        "sport",
        "[[s1|The manager]] [[c1|said]] [[q1|his captain, who has played 212 games for the club, would be offered a new contract]].",
        "~the manager",
    ),
    P(
        "courts",
        "[[s1|The court]] [[c1|heard]] [[q1|that the company, then known as Belfort Ltd., had ignored three warnings from inspectors]].",
        "~the court",
    ),
    P(
        "markets",
        "[[s1|Analysts]] [[c1|said]] [[q1|the pound, already down 2.1% this week, could fall further if the data disappointed]].",
        "~analysts",
    ),
    P(
        "weather",
        "[[s1|Forecasters]] [[c1|said]] [[q1|gusts of up to 70mph (113km/h) could hit exposed coasts on Wednesday evening]].",
        "~forecasters",
    ),
    P(
        "council",
        "[[s1|Cllr. Mira Haddad]] [[c1|said]] [[q1|the authority had spent £1.2m on temporary housing — nearly twice its budget — in the first half of the year]].",
        Item(1, "Mira Haddad", titles=("Cllr.",)),
    ),
]

GROUPS["split"] = [
    P(
        "transport",
        "[[q1.1|The bridge]], [[s1|officials]] [[c1|said]], [[q1.2|would reopen to traffic in early May]].",
        "~officials",
    ),
    P(
        "politics",
        "[[q1.1|The vote]], [[s1|the Speaker]] [[c1|said]], [[q1.2|would be held after the debate on Thursday]].",
        "~the Speaker",
    ),
    P(
        "crime",
        "[[q1.1|The victim]], [[s1|police]] [[c1|said]] on Sunday, [[q1.2|had been stabbed several times and died at the scene]].",
        "~police",
    ),
    P(
        "business",
        "[[q1.1|Prices]], [[s1|the retailer]] [[c1|warned]], [[q1.2|were likely to rise again before Christmas]].",
        "~the retailer",
    ),
    P(
        "health",
        "[[q1.1|The outbreak]], [[c1|according to]] [[s1|the health agency]], [[q1.2|had been traced to a single food stall at the fair]].",
        "@the health agency",
    ),
]

GROUPS["according_front"] = [
    P(
        "crime",
        "[[c1|According to]] [[s1|court documents]], [[q1|the pair had opened 14 bank accounts in false names]].",
        "@court documents",
    ),
    P(
        "politics",
        "[[c1|According to]] [[s1|two aides]], [[q1|the president had been told of the plan a week earlier]]. A spokesman [[n:refusal|declined to comment]].",
        "@two aides",
    ),
    P(
        "sport",
        "[[c1|According to]] [[s1|the club's accounts]], [[q1|wages rose to 91% of turnover last season]].",
        "@the club's accounts",
    ),
    P(
        "business",
        "[[c1|According to]] [[s1|a person briefed on the talks]], [[q1|the two banks are close to agreeing a price of about 480p a share]].",
        "@a person briefed on the talks",
    ),
    P(
        "local",
        "[[c1|According to]] [[s1|neighbours]], [[q1|the house had been empty for more than two years]].",
        "@neighbours",
    ),
    P(
        "wire",
        "[[c1|According to]] [[s1|state media]], [[q1|at least 12 people were killed when the bus left the road near Orsk]].",
        "@state media",
    ),
]

GROUPS["two_speakers"] = [
    P(
        "politics",
        "[[s1|The mayor]] [[c1|said]] [[q1|the budget was balanced]], but [[s2|opposition councillors]] [[c2|said]] [[q2|it relied on one-off property sales]].",
        "~the mayor",
        "~opposition councillors",
    ),
    P(
        "labour",
        "[[s1|The union]] [[c1|said]] [[q1|98% of members had voted to strike]], while [[s2|the company]] [[c2|said]] [[q2|turnout had been low]].",
        "~the union",
        "~the company",
    ),
    P(
        "courts",
        "[[s1|Prosecutors]] [[c1|said]] [[q1|the money was a bribe]]; [[s2|the defence]] [[c2|argued]] [[q2|it was a legitimate consultancy fee]].",
        "~prosecutors",
        "~the defence",
    ),
    P(
        "sport",
        "[[s1|The referee]] [[c1|told]] reporters [[q1|he had not seen the incident]], and [[s2|the league]] [[c2|said]] [[q2|it would review the footage]].",
        "~the referee",
        "~the league",
    ),
    P(
        "health",
        "[[s1|Ministers]] [[c1|insist]] [[q1|the waiting list is shrinking]]; [[s2|nurses' leaders]] [[c2|say]] [[q2|the figures hide thousands of delayed referrals]].",
        "~ministers",
        "~nurses' leaders",
    ),
    P(
        "diplomacy",
        "[[s1|Kell]] [[c1|accused]] [[q1|its neighbour of massing troops on the border]], a charge Varnak rejected.",
        "Kell",
    ),
]

GROUPS["directives"] = [
    P(
        "weather",
        "[[s1|Police]] [[c1|urged]] [[q1|people not to travel unless their journey was essential]].",
        "~police",
    ),
    P(
        "crime",
        "[[s1|Officers]] [[c1|told]] residents [[q1|to stay indoors and keep their windows closed]] while firefighters tackled the blaze.",
        "~officers",
    ),
    P(
        "planning",
        "[[s1|Campaigners]] [[c1|asked]] [[q1|the council to reconsider its decision to sell the playing fields]].",
        "~campaigners",
    ),
    P(
        "health",
        "[[s1|The health agency]] [[c1|advised]] [[q1|anyone who had eaten at the restaurant between 3 and 9 March to contact their GP]].",
        "~the health agency",
    ),
    P(
        "politics",
        "[[s1|Opposition leaders]] [[c1|called on]] [[q1|the minister to resign over the contracts]].",
        "~opposition leaders",
    ),
    P(
        "transport",
        "[[s1|The airline]] [[c1|urged]] [[q1|passengers to check the status of their flight before setting off for the airport]].",
        "~the airline",
    ),
    P("courts", "[[s1|The judge]] [[c1|ordered]] [[q1|the company to pay £45,000 in costs]].", "~the judge"),
    P(
        "police",
        "[[s1|Detectives]] [[c1|appealed]] [[q1|for anyone with dashcam footage of the A37 between 10 p.m. and midnight to come forward]].",
        "~detectives",
    ),
    P(
        "sport",
        "[[s1|The federation]] [[c1|warned]] [[q1|fans not to bring flares into the stadium]].",
        "~the federation",
    ),
]

GROUPS["questions"] = [
    P(
        "politics",
        "[[s1|Reporters]] [[c1|asked]] [[q1|whether the minister had known about the payments]].",
        "~reporters",
    ),
    P(
        "courts",
        "[[s1|The defence barrister]] [[c1|asked]] the witness [[q1|why she had waited three days before calling police]].",
        "~the defence barrister",
    ),
    P(
        "council",
        "[[s1|One resident]] [[c1|asked]] [[q1|if the road would be resurfaced before winter]], and [[s2|the council's highways officer]] [[c2|said]] [[q2|it would not]].",
        "~one resident",
        "~the council's highways officer",
    ),
    P(
        "business",
        "[[s1|Shareholders]] [[c1|asked]] [[q1|how the board could justify a 30% pay rise for the chief executive]].",
        "~shareholders",
    ),
    P(
        "sport",
        "[[s1|He]] [[c1|asked]] [[q1|whether the club had considered the safety of away fans]].",
        "the fans' group chair",
    ),
]

GROUPS["denials_and_accusations"] = [
    P("politics", "[[s1|The senator]] [[c1|denied]] [[q1|taking money from the developer]].", "~the senator"),
    # A plea to a charge reports no words (session 9, issue 11): first annotated as a denial, made a
    # control as news_speech2 and news_speech4 already annotate "denies 11 counts of fraud".
    P("courts", "Tolland, 34, [[n:non_reporting|denies two counts of fraud]]."),
    P(
        "business",
        "[[s1|The company]] [[c1|denied]] [[q1|any wrongdoing]] and [[c2|said]] [[q2|it had followed the regulator's guidance]].",
        "~the company",
        Item(2, "the company", src=1, anonymous=True),
    ),
    P(
        "politics",
        "[[s1|Ms. Barlow]] [[c1|accused]] [[q1|the government of hiding the true cost of the scheme]].",
        "Ellen Barlow",
    ),
    P(
        "sport",
        "[[s1|The club]] [[c1|accused]] [[q1|the league of treating it unfairly]] and [[c2|said]] [[q2|it would appeal]].",
        "~the club",
        Item(2, "the club", src=1, anonymous=True),
    ),
    P(
        "crime",
        "[[s1|The suspect]] [[c1|admitted]] [[q1|stealing the car]] but [[c2|denied]] [[q2|causing the crash]].",
        "~the suspect",
        Item(2, "the suspect", src=1, anonymous=True),
    ),
    P("local", "[[s1|The landlord]] [[c1|insisted]] [[q1|the flats were safe]].", "~the landlord"),
]

GROUPS["announced"] = [
    P(
        "business",
        "[[s1|Penrose Motors]] [[c1|announced]] [[q1|the closure of its plant in Ardley, with the loss of 600 jobs]].",
        "Penrose Motors",
    ),
    P(
        "transport",
        "[[s1|The government]] [[c1|confirmed]] [[q1|a £2bn package for rural bus routes]] on Monday.",
        "~the government",
    ),
    P(
        "sport",
        "[[s1|The club]] [[c1|confirmed]] [[q1|the signing of goalkeeper Teodor Maris on a three-year deal]].",
        "~the club",
    ),
    P(
        "politics",
        "[[s1|Ministers]] [[c1|promised]] [[q1|a review of the rules by the end of the year]].",
        "~ministers",
    ),
    P(
        "health",
        "[[s1|The trust]] [[c1|announced]] [[q1|that visiting hours would be restricted]] after a rise in norovirus cases.",
        "~the trust",
    ),
]

GROUPS["passive"] = [
    P("business", "It was [[c1|announced]] on Friday [[q1|that the brewery would close in September]].", "!"),
    P("courts", "The jury was [[c1|told]] [[q1|that the defendant had no previous convictions]].", "!"),
    P("community", "Residents were [[c1|told]] [[q1|that the work would take about six weeks]].", "!"),
    P("crime", "[[q1.1|The driver]] is [[c1|said]] [[q1.2|to have fled the scene on foot]].", "!"),
    P(
        "politics",
        "It was [[c1|reported]] last week [[q1|that the minister would announce the plan in the autumn]].",
        "!",
    ),
    P("health", "Patients were [[c1|advised]] [[q1|to drink plenty of fluids and avoid crowded places]].", "!"),
]

GROUPS["relative_and_embedded"] = [
    P(
        "planning",
        "Mr. Varga criticised the report, which [[s1|he]] [[c1|claimed]] [[q1|should have been published before the vote]].",
        "Imre Varga",
    ),
    P(
        "politics",
        "The policy, which [[s1|critics]] [[c1|say]] [[q1|will hit the poorest families hardest]], comes into force in April.",
        "~critics",
    ),
    P(
        "business",
        "The deal, which [[s1|analysts]] [[c1|said]] [[q1|valued the company at about $2bn]], was approved by shareholders.",
        "~analysts",
    ),
    P(
        "sport",
        "It was a decision that [[s1|the coach]] [[c1|admitted]] [[q1|had cost his side the match]].",
        "~the coach",
    ),
    P(
        "crime",
        "Investigators are examining a phone that [[s1|police]] [[c1|said]] [[q1|was found in a hedge near the scene]].",
        "~police",
    ),
]

GROUPS["told_and_infinitive"] = [
    P(
        "politics",
        "[[s1|Ms. Ferreira]] [[c1|told]] the BBC [[q1|that the party would not form a coalition with the nationalists]].",
        Item(1, "Lucia Ferreira", chain=(("BBC", "told"),)),
    ),
    P(
        "business",
        "[[s1|A spokesperson]] [[c1|told]] the Gazette [[q1|the firm was cooperating fully with the inquiry]].",
        Item(1, "a spokesperson", anonymous=True, chain=(("Gazette", "told"),)),
    ),
    P(
        "sport",
        "[[s1|Okoro]] [[c1|told]] reporters after the race [[q1|that his knee had been sore for a month]].",
        "Samuel Okoro",
    ),
    P(
        "education",
        "[[s1|The head teacher]] [[c1|told]] parents in a letter [[q1|the school would close early on Friday]].",
        "~the head teacher",
    ),
    P(
        "health",
        "[[s1|The minister]] [[c1|told]] MPs [[q1|the new hospital would open in 2028, two years later than planned]].",
        "~the minister",
    ),
]

GROUPS["multi_sentence"] = [
    P(
        "police",
        "[[s1|Police]] [[c1|said]] [[q1|the fire started in a bedroom at about 4.30 a.m.]] [[s2|They]] [[c2|said]] [[q2|a smoke alarm had woken the family]].",
        "~police",
        Item(2, "police", anonymous=True),
    ),
    P(
        "politics",
        "[[s1|Hanne Kvist]], the finance spokeswoman, [[c1|said]] [[q1|the tax rise would hit pensioners]]. [[s2|She]] [[c2|added]] [[q2|that her party would vote against it]].",
        Item(1, "Hanne Kvist", titles=("the finance spokeswoman",)),
        "Hanne Kvist",
    ),
    P(
        "business",
        "[[q1|Sales fell 8% in the three months to June]], [[s1|the group]] [[c1|said]]. [[s2|It]] [[c2|said]] [[q2|the wet weather had kept shoppers away]]. Its shares closed 4p lower.",
        "~the group",
        Item(2, "the group", anonymous=True),
    ),
    P(
        "courts",
        "[[s1|Judge Amos Thorne]] [[c1|said]] [[q1|the offences were serious]]. [[s2|He]] [[c2|said]] [[q2|he had taken into account the defendant's early guilty plea]] and adjourned the case.",
        Item(1, "Amos Thorne", titles=("Judge",)),
        "Amos Thorne",
    ),
    P(
        "weather",
        "The storm brought down trees across the county. [[s1|The fire service]] [[c1|said]] [[q1|it had answered more than 200 calls overnight]].",
        "~the fire service",
    ),
    P(
        "science",
        "[[s1|The team]] [[c1|said]] [[q1|the fossil was about 150 million years old]]. [[s2|Dr. Lena Obi]], who led the dig, [[c2|said]] [[q2|it was the most complete skeleton found in Europe]].",
        "~the team",
        "Lena Obi",
    ),
    P(
        "local",
        "The shop closed in March. Its owner, [[s1|Carla Brent]], [[c1|said]] [[q1|rising rents had made it impossible to carry on]].",
        Item(1, "Carla Brent", titles=("Its owner",)),
    ),
]

GROUPS["ending"] = [
    P(
        "wire",
        "[[s1|The ministry]] [[c1|said]] [[q1|the talks would resume in Vienna on 4 July]], without giving details.",
        "~the ministry",
    ),
    P("police", "[[s1|Police]] [[c1|said]] [[q1|the woman was in a stable condition]] on Monday night.", "~police"),
    P(
        "business",
        "[[s1|The bank]] [[c1|said]] [[q1|it would repay customers who had been overcharged]], a process [[s2|it]] [[c2|said]] [[q2|could take until March]].",
        "~the bank",
        Item(2, "the bank", anonymous=True),
    ),
    P(
        "politics",
        "[[s1|The senator]] [[c1|said]] [[q1|she would run again]], ending months of speculation.",
        "~the senator",
    ),
    P(
        "transport",
        "[[s1|The council]] [[c1|said]] [[q1|the road would close on Monday and that buses would divert via Harker Street]].",
        "~the council",
    ),
    P(
        "sport",
        "[[s1|The club]] [[c1|said]] [[q1|tickets would go on sale at 9 a.m. — two hours earlier than usual]].",
        "~the club",
    ),
]

GROUPS["citing"] = [
    P(
        "wire",
        "[[s1|The Herald]] [[c1|reported]] [[q1|that the minister had offered to resign]], citing two officials.",
        Item(1, "two officials", anonymous=True, chain=(("Herald", "citing"),)),
    ),
    P(
        "business",
        "[[s1|Bloomfield News]] [[c1|reported]] on Thursday [[q1|that the carmaker was in talks to buy a battery start-up]], citing people familiar with the matter.",
        Item(1, "people familiar with the matter", anonymous=True, chain=(("Bloomfield News", "citing"),)),
    ),
]

GROUPS["controls"] = [
    P("local", "She [[n:non_reporting|said goodbye to her colleagues]] on Friday after 31 years at the library."),
    P("community", "The vicar [[n:non_reporting|said a prayer for the victims]] before the match."),
    P("sport", "That said, [[n:non_reporting|the team still needs a new goalkeeper]]."),
    P(
        "politics",
        "Many voters [[n:non_reporting|believe the economy is getting worse]], a trend that worries party strategists.",
    ),
    P("business", "Investors [[n:non_reporting|hope the merger will cut costs]]."),
    P("crime", "Residents [[n:non_reporting|feared the fire would spread to the flats]] next door."),
    P("health", "She [[n:non_reporting|noticed that the lump had grown]] and went to her GP."),
    P("weather", "Farmers [[n:non_reporting|expect the harvest to be late]] this year."),
    P("tech", "Engineers [[n:non_reporting|plan to test the new version]] in the spring."),
    P("courts", "He [[n:non_reporting|decided to plead guilty]] after seeing the footage."),
    P("local", "You [[n:non_reporting|could tell he was nervous]] from the way he held the microphone."),
    P("science", "Time [[n:non_reporting|will tell whether the new species survives]] the winter."),
    P("politics", "The minister [[n:non_reporting|thinks the tax is fair]], and most of his party agrees."),
    P("education", "Teachers [[n:non_reporting|saw that pupils were struggling]] after the lockdowns."),
    P("sport", "Needless to say, [[n:non_reporting|the fans were not happy]]."),
    P("business", "The shop [[n:non_reporting|told the story of the town]] through old photographs."),
    P("local", "Neighbours [[n:non_reporting|wondered whether the house would ever be sold]]."),
    P("crime", "The pair [[n:non_reporting|knew that the alarm was broken]]."),
    P("politics", "Officials are [[n:non_reporting|expected to approve the plan next week]]."),
    P("community", "The charity [[n:non_reporting|wants to raise £50,000]] for a new minibus."),
    P(
        "health",
        "[[s1|Dr. Hal Miner]] [[c1|said]] [[q1|the drug was safe]], though many patients [[n:non_reporting|remain worried about side effects]].",
        Item(1, "Hal Miner"),
    ),
    P(
        "sport",
        "The manager [[n:non_reporting|knows his job is on the line]], but [[s1|he]] [[c1|said]] [[q1|he had the backing of the board]].",
        "the manager",
    ),
]
