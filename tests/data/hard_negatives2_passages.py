# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the second hard-negative suite (written by ``make_hard_negatives2.py``).

Every passage is invented: names, towns, outlets and events do not exist.
Markup (offsets are computed while the text is assembled):

- ``[[N:why|...]]`` or ``[[N:why/category|...]]``: a non-quote (``why`` from the
  bench README's list; ``category`` a finer case, such as ``boilerplate``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

Fields in braces come from :data:`FILLERS`.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [
    {
        "a": "Delphine Okafor",
        "al": "Okafor",
        "b": "Rasmus Tiller",
        "bl": "Tiller",
        "town": "Wexcombe",
        "org": "the Harbour Trust",
        "Org": "Harbour Trust",
        "paper": "the Wexcombe Ledger",
        "wire": "Meridian Wire",
        "photog": "Lena Corvo",
    },
    {
        "a": "Tomasz Brennan",
        "al": "Brennan",
        "b": "Ayesha Qureshi",
        "bl": "Qureshi",
        "town": "Saltmere",
        "org": "the Valley Water Board",
        "Org": "Valley Water Board",
        "paper": "the Saltmere Courier",
        "wire": "Northgate Press",
        "photog": "Ivo Pardes",
    },
    {
        "a": "Greta Lindqvist",
        "al": "Lindqvist",
        "b": "Obinna Eze",
        "bl": "Eze",
        "town": "Farrow Bay",
        "org": "the Coastal Transit Authority",
        "Org": "Coastal Transit Authority",
        "paper": "the Farrow Bay Sentinel",
        "wire": "Lantern News Service",
        "photog": "Maya Ostrowski",
    },
    {
        "a": "Henrik Vasquez",
        "al": "Vasquez",
        "b": "Leila Haddad",
        "bl": "Haddad",
        "town": "Brackenford",
        "org": "the County Schools Office",
        "Org": "County Schools Office",
        "paper": "the Brackenford Echo",
        "wire": "Copperline Media",
        "photog": "Sol Achterberg",
    },
    {
        "a": "Nadia Petrov",
        "al": "Petrov",
        "b": "Callum Okonjo",
        "bl": "Okonjo",
        "town": "Lindenhurst",
        "org": "the Regional Health Board",
        "Org": "Regional Health Board",
        "paper": "the Lindenhurst Gazette",
        "wire": "Bluewater Newswire",
        "photog": "Tess Magnusson",
    },
    {
        "a": "Joaquin Adeyemi",
        "al": "Adeyemi",
        "b": "Freya Castellano",
        "bl": "Castellano",
        "town": "Old Carrick",
        "org": "the Fire Service Union",
        "Org": "Fire Service Union",
        "paper": "the Old Carrick Post",
        "wire": "Harrier Press Agency",
        "photog": "Dev Ramaswamy",
    },
]
"""Names, towns and outlets the templates are filled with (all invented)."""

HEADLINES: list[str] = [
    # ALL-CAPS, Title Case, no final period, quoted words, colon headlines
    "[[N:headline|MAYOR SAYS BUDGET GAP WILL CLOSE BY SPRING]]\n\n[[S|{a}]], the mayor of {town}, [[C|told]] reporters on Tuesday [[Q|that the city would balance its books without new taxes]].",
    "[[N:headline|Council Vows To Reopen Shuttered Pool Before Summer]]\n[[S2|{a}]] [[C2|said]] [[Q2|she was confident]]. [[Q|“The money is already set aside,”]] [[S|she]] [[C|said]].",
    "{al}: [[N:headline|‘We will not close a single branch’]]\n\nLibrary users in {town} packed the hall on Monday night. [[S|{a}]], who chairs the library board, [[C|said]] [[Q|the reading rooms would keep their hours through the winter]].",
    "[[N:headline|'No one told us,']] say stranded ferry passengers\n\nPassengers waited for six hours at the {town} terminal. [[Q|“We got a text message at midnight and that was it,”]] [[C|said]] [[S|{b}]], a nurse travelling home.",
    "Water board chief: [[N:headline|“Rates must rise”]]\n\n[[S|{b}]] [[C|told]] the council that [[Q|bills would go up by about 4 percent next year]].",
    "[[N:headline|Residents Say New Bus Lanes Are Causing Chaos]]\n\nBy {photog}\n\nShopkeepers on the high street in {town} complained on Friday. [[Q|“Our vans cannot stop anywhere,”]] [[C|said]] [[S|{b}]], who runs a bakery.",
    "POLICE CHIEF: [[N:headline|‘CRIME IS DOWN, BUT FEAR IS UP’]]\n\nThe chief constable, [[S|{a}]], [[C|said]] [[Q|that burglaries had fallen for a third year in a row]].",
    "[[N:headline|Why the ferry timetable keeps changing]]\n\nThe operator has rewritten the timetable four times this year. [[S|{b}]], its spokeswoman, [[C|said]] [[Q|that crew shortages were to blame]].",
    "Teachers warn strike is [[N:headline|‘days away’]]\n{town}, Thursday\n\nUnion leaders met on Thursday as talks stalled. [[Q|“We are out of patience,”]] [[C|said]] [[S|{a}]], the union's regional secretary.",
    "Hospital [[N:headline|‘will not cut a single bed,’]] board insists\n\nThe health board [[C|said]] in [[S|a statement]] [[Q|that the winter plan would add staff, not remove wards]].",
    "LIVE UPDATES\n[[N:headline|Storm Hits Coast; Thousands Without Power]]\n\n[[S|The utility]] [[C|said]] [[Q|that crews would work through the night]].",
    "MINISTER ADMITS [[N:headline|‘MISTAKES WERE MADE’]] ON ROAD PLAN\n\nSpeaking in {town}, [[S|{b}]] [[C|said]] [[Q|that the consultation had been rushed]].",
]

SUBHEADS_BYLINES: list[str] = [
    "Budget vote delayed again\n\n[[N:subheading/section_label|What happens next]]\n\nThe council will meet again on March 3. [[S|{a}]] [[C|said]] [[Q|that she expected a deal by then]].",
    "Q&A with the new harbour master\n\n[[N:subheading/qa_label|Q: What will change first?]]\nA: The moorings. We have a waiting list of 300 boats.\n\nIn an interview, [[S|{b}]] [[C|said]] [[Q|that the fees would stay frozen]].",
    "[[N:byline|By {photog} and {b}, Staff Writers]]\n\n{town} — [[Q|The county will hire 40 more bus drivers]], [[S|officials]] [[C|said]] on Monday.",
    "[[N:byline|{photog} | Health Reporter]]\nPublished 9:14 a.m.\n\n[[S|{a}]] [[C|said]] [[Q|that vaccination clinics would open on weekends from next month]].",
    "[[S|{a}]] [[C|said]] [[Q|that the port would reopen on Friday]].\n\n[[N:teaser/boilerplate|Reporting by {photog}; Editing by {b}]]",
    "ANALYSIS\n\n[[N:subheading/section_label|The numbers behind the deal]]\n\nThe agreement covers 1,200 workers. [[Q|“It is the best offer we have had in a decade,”]] [[C|said]] [[S|{b}]], a shop steward.",
    "[[N:subheading|A long road to the vote]]\n\nThe bill was first drafted in 2019. [[S|{a}]], who sponsored it, [[C|told]] lawmakers [[Q|it had been rewritten eleven times]].",
    "[[N:byline|Story by {photog}]]\n[[N:caption|Photographs by {b}]]\n\n[[S|{a}]] [[C|said]] [[Q|that the mill would employ 80 people by autumn]].",
    "How we reported this story\n\n[[N:subheading|The lawsuit]]\n\nThe families sued in April. Their lawyer, [[S|{b}]], [[C|said]] [[Q|the case could take two years]].",
    "— [[N:byline|{photog}, {wire}]]\n\n[[S|{a}]] [[C|announced]] on Sunday [[Q|that she would run for a second term]].",
    "[[N:subheading/qa_label|Q. Did the council consult residents?]]\nA. Only after the plans were drawn up.\n\n[[S|{b}]] [[C|said]] [[Q|the answer showed how little had changed]].",
    "KEY POINTS\n[[N:subheading/section_label|Who is affected]]\nAbout 9,000 households.\n\n[[S|{a}]] [[C|said]] [[Q|that letters would go out next week]].",
]

CAPTIONS: list[str] = [
    "[[S|{a}]] [[C|said]] [[Q|that the bridge would stay closed until the inspection was finished]].\n\nPhoto: [[N:caption|Engineers inspect the bridge in {town} on Tuesday.]] ({photog}/{wire})",
    "[[N:caption|Firefighters tackle the blaze at a warehouse in {town}.]] (AP Photo/{photog})\n\n[[Q|“We got here within four minutes,”]] [[C|said]] [[S|{b}]], the station commander.",
    "Image caption, [[N:caption|Volunteers sort donated coats at the church hall]]\n\nThe drive collected 2,000 coats. [[S|{a}]] [[C|said]] [[Q|that demand had doubled since last winter]].",
    "[[Q|“The river has never been this low,”]] [[C|said]] [[S|{b}]], who has fished it for 40 years.\n\n[[N:caption|The dry bed of the river near {town}, where the water level has fallen by two metres.]] Credit: {photog} for {paper}",
    "Image: [[N:caption|{a} speaks to supporters in {town} on Saturday night]] | Getty\n\n[[S|{a}]] [[C|told]] the crowd [[Q|that the result was “a win for every small town”]].",
    "[[N:caption|Protesters outside the town hall. Photograph: {photog}]]\n\nThe council [[C|said]] in [[S|a statement]] [[Q|that the meeting would go ahead]].",
    "[[S|Officials]] [[C|said]] [[Q|that the new ward would open in June]].\n\n[[N:caption|An artist's impression of the new ward. Handout]]",
    "[[N:caption|PHOTO: {b} at the launch of the scheme in {town}.]]\n\n[[S|{b}]] [[C|said]] [[Q|the scheme would help 500 families]].",
    "Pictured: [[N:caption|the damaged roof of the primary school]]\n\nThe head teacher, [[S|{a}]], [[C|said]] [[Q|that classes would move to the community centre]].",
    "[[N:caption|▲ Cyclists ride along the new lane in {town}.]] (Photo by {photog})\n\n[[Q|“It has made my commute safer,”]] [[C|said]] [[S|{b}]].",
]

TEASERS: list[str] = [
    "[[S|{a}]] [[C|said]] [[Q|that the clinic would stay open]].\n\n[[N:teaser|READ MORE: Hospital trust names new chief executive]]\n\nThe clinic serves 12,000 patients.",
    "[[N:teaser|WATCH: Crowds line the streets for the harvest parade]]\n\n[[Q|The parade drew 20,000 people]], [[S|police]] [[C|said]].",
    "[[Q|“We are hiring again,”]] [[C|said]] [[S|{b}]], the plant manager.\n\n[[N:teaser|Related: Car maker to shut two plants]]",
    "Advertisement\n\n[[S|{a}]] [[C|said]] [[Q|the fares would rise by 10 cents]].\n\n[[N:teaser/boilerplate|Sign up for our newsletter to get the day's top stories.]]",
    "[[S|{b}]] [[C|told]] {paper} [[Q|that the shop would close in May]].\n\n[[N:teaser/boilerplate|Share this article]]\n[[N:teaser/boilerplate|Follow us on Facebook and Instagram]]",
    "[[S|{a}]] [[C|said]] [[Q|that the festival would return next year]].\n\n[[N:teaser/boilerplate|This article originally appeared in {paper}.]]",
    "[[Q|“The harvest was the worst in memory,”]] [[C|said]] [[S|{b}]].\n\n[[N:teaser/boilerplate|Copyright 2026 {wire}. All rights reserved.]]",
    "[[N:teaser|Also read: Five things to know about the new parking rules]]\n\n[[S|{a}]] [[C|said]] [[Q|the rules would take effect on Monday]].",
    "[[S|{b}]] [[C|said]] [[Q|that the school would reopen after half term]].\n\n[[N:teaser|More on this story: Parents demand answers over school closure]]",
    "[[N:teaser|LISTEN: Our podcast on the harbour dispute]]\n\nThe dispute has lasted nine weeks. [[Q|“Nobody is fishing,”]] [[C|said]] [[S|{a}]].",
    "[[S|{a}]] [[C|announced]] [[Q|that the library would open on Sundays]].\n\n[[N:teaser|Click here to see the full opening hours]]",
    "[[N:teaser|SEE ALSO: Council tax bills explained]]\n[[S|{b}]] [[C|said]] [[Q|that most households would pay £30 more]].",
    "[[S|{a}]] [[C|said]] [[Q|the tunnel was safe]].\n\n[[N:teaser/boilerplate|Have a story? Email us at news@example.org]]",
    "[[N:teaser/boilerplate|Get the latest headlines sent straight to your inbox]]\n\n[[S|{b}]] [[C|said]] [[Q|that rents had risen by a fifth in two years]].",
]

SCARE_QUOTES: list[str] = [
    "The council's [[N:scare_quotes|“temporary”]] car park has now stood for eleven years. [[S|{a}]] [[C|said]] [[Q|that a permanent plan would be published in the spring]].",
    "Critics mocked the [[N:scare_quotes|'green']] bus fleet, most of which still runs on diesel. [[S|{b}]] [[C|said]] [[Q|the electric buses would arrive in 2027]].",
    "The so-called upgrade left commuters with [[N:scare_quotes|“improved”]] trains that were slower than before. [[Q|“We hear the complaints,”]] [[C|said]] [[S|{a}]], the operator's chief.",
    "Residents of the [[N:scare_quotes|«luxury»]] tower have had no hot water for a month. [[S|{b}]] [[C|said]] [[Q|that repairs would start on Monday]].",
    "The [[N:scare_quotes|‘consultation’]] lasted nine days over Christmas. [[S|{a}]], who opposes the plan, [[C|said]] [[Q|that few people had a chance to respond]].",
    'Its [[N:scare_quotes|"affordable"]] flats start at £420,000. [[S|The developer]] [[C|said]] [[Q|that prices reflected building costs]].',
    "The [[N:scare_quotes|“restructuring”]] will close two of the firm's three depots. [[S|{b}]], a union official, [[C|said]] [[Q|that 200 jobs would go]].",
    'The [[N:scare_quotes|"safe"]] junction saw three crashes last month. [[S|{a}]] [[C|said]] [[Q|a speed camera would be installed]].',
]

TITLES: list[str] = [
    "Her new novel, [[N:title|“The Salt Orchard”]], is set in {town}. [[S|{a}]] [[C|said]] [[Q|that she wrote it in eight months]].",
    "The documentary [[N:title|'Rivers of Glass']] will air on Sunday. [[Q|“It took us four years to film,”]] [[C|said]] [[S|{b}]], its director.",
    "The band closed with [[N:title|“Lanterns on the Quay”]], their first hit. [[S|The singer]] [[C|told]] the crowd [[Q|it would be their last show in {town}]].",
    "The report, titled [[N:title|“Fit for the Future?”]], found a shortfall of 300 nurses. [[S|{a}]] [[C|said]] [[Q|the findings were alarming]].",
    "Police named the inquiry [[N:title|Operation Tidewater]] and searched 12 homes. [[S|A spokesman]] [[C|said]] [[Q|that four people had been arrested]].",
    "The [[N:title|Clean Harbours Bill]] passed its second reading on Tuesday. [[S|{b}]] [[C|said]] [[Q|that it would become law by the summer]].",
    "Season two of the drama [[N:title|«The Night Ferry»]] was filmed in {town}. [[S|{a}]] [[C|said]] [[Q|that locals had been extras]].",
    "She appeared on [[N:title|“Morning Live”]] on Monday. There, [[S|{b}]] [[C|said]] [[Q|that the charity needed more volunteers]].",
    "The exhibition, [[N:title|„Stille Wasser“]], opens at the museum on Friday. [[S|Its curator]] [[C|said]] [[Q|that it had taken three years to assemble]].",
    "The album [[N:title|Northern Lights, Southern Rain]] went to number one. [[Q|“I never expected this,”]] [[C|said]] [[S|{a}]].",
    "He read from his memoir, [[N:title|'A Quiet Man in a Loud Town']], at the festival. [[S|{b}]] [[C|said]] [[Q|the book had sold 40,000 copies]].",
    "The audit, [[N:title|“Lessons Not Learned”]], was published on Thursday. [[S|{org}]] [[C|said]] [[Q|that it accepted every recommendation]].",
]

NICKNAMES: list[str] = [
    "The stretch of road, known locally as [[N:nickname|“the Widowmaker”]], has seen six deaths. [[S|{a}]] [[C|said]] [[Q|a barrier would be installed]].",
    "The new stadium, dubbed [[N:nickname|'the Tin Can']] by fans, holds 18,000. [[Q|“It will be full every week,”]] [[C|said]] [[S|{b}]].",
    "{a}, nicknamed [[N:nickname|“the Iron Grandmother”]] by colleagues, retired on Friday. [[S|She]] [[C|said]] [[Q|that she would keep volunteering]].",
    "Members of the so-called [[N:nickname|“Gang of Six”]] met again on Monday. [[S|{b}]] [[C|said]] [[Q|that no agreement had been reached]].",
    'The tower, which residents call [[N:nickname|"the Toaster"]], will be demolished. [[S|The council]] [[C|said]] [[Q|that tenants would be rehoused]].',
    "Fans know the striker as [[N:nickname|«El Martillo»]]. [[S|His coach]] [[C|said]] [[Q|that he would be fit for Saturday]].",
    "The plan, branded the [[N:nickname|“garden tax”]] by opponents, was shelved. [[S|{a}]] [[C|said]] [[Q|that it would not return]].",
    "The ship, affectionately called [[N:nickname|‘Old Rusty’]], sails for the last time on Sunday. [[Q|“She has earned her rest,”]] [[C|said]] [[S|{b}]], its captain.",
    "Tenants dread what they call the [[N:nickname|'bedroom rule']], which docks benefits for spare rooms. [[S|{a}]] [[C|said]] [[Q|the rule would be scrapped]].",
    "Traders call the Saturday market [[N:nickname|“the Scramble”]]. [[S|{b}]], who sells cheese there, [[C|said]] [[Q|that business had never been better]].",
]

WORDS_AS_WORDS: list[str] = [
    "The word [[N:words_as_words|“unprecedented”]] appears 14 times in the report. [[S|{a}]] [[C|said]] [[Q|that the authors had been careful with their language]].",
    "On the form, the box marked [[N:words_as_words|'other']] was ticked by a third of applicants. [[S|{b}]] [[C|said]] [[Q|the form would be redesigned]].",
    "Searches for [[N:words_as_words|“flood insurance”]] tripled after the storm. [[Q|“People are scared,”]] [[C|said]] [[S|{a}]], a broker.",
    "The dictionary added [[N:words_as_words|“staycation”]] in 2009. [[S|Its editor]] [[C|said]] [[Q|that new words were chosen by usage]].",
    "The sign now reads [[N:words_as_words|“CLOSED”]] in red letters. [[S|The owner]] [[C|said]] [[Q|that he could not pay the rent]].",
    "Locals pronounce the name of the town [[N:words_as_words|“WEX-um”]]. [[S|{b}]] [[C|said]] [[Q|visitors always got it wrong]].",
    'The term [[N:words_as_words|"net zero"]] means different things to different firms. [[S|{a}]] [[C|argued]] [[Q|that a single standard was needed]].',
    "The hashtag [[N:words_as_words|#SaveOurPier]] trended all weekend. [[S|{b}]], who started it, [[C|said]] [[Q|she had not expected the response]].",
    "Staff were told to stop using the phrase [[N:words_as_words|“service user”]]. [[S|A spokeswoman]] [[C|said]] [[Q|that patients had asked for the change]].",
    "The council coined the term [[N:words_as_words/coined_term|“active streets”]] for its new plan. [[S|{a}]] [[C|said]] [[Q|the plan would cut traffic by a quarter]].",
]

SLOGANS: list[str] = [
    "Protesters carried banners reading [[N:slogan|“Hands Off Our Hospital”]]. [[S|{a}]] [[C|told]] the crowd [[Q|that the fight was not over]].",
    "The crowd chanted [[N:slogan|'Save the pier!']] as the council met. [[S|{b}]] [[C|said]] [[Q|that a decision would be made in June]].",
    "Her campaign slogan, [[N:slogan|“A Fair Deal for {town}”]], is printed on every leaflet. [[Q|“People know what I stand for,”]] [[C|said]] [[S|{a}]].",
    "A placard said [[N:slogan|“No Homes, No Votes”]]. [[S|Organisers]] [[C|said]] [[Q|that 3,000 people had marched]].",
    "Fans sang [[N:slogan|«We are {town}»]] for the full ninety minutes. [[S|The manager]] [[C|said]] [[Q|the support had lifted the players]].",
    "The town's motto, [[N:slogan|“By Sea We Prosper”]], is carved over the harbour gate. [[S|{b}]] [[C|said]] [[Q|that the gate would be restored]].",
    "Graffiti reading [[N:slogan|'Tourists go home']] appeared overnight. [[S|Police]] [[C|said]] [[Q|they were checking cameras]].",
    "T-shirts printed with [[N:slogan|“Keep {town} Weird”]] sold out within hours. [[S|{a}]] [[C|said]] [[Q|that the profits would go to the food bank]].",
    "Marchers shouted [[N:slogan|“Whose streets? Our streets!”]] outside the courthouse. [[S|{b}]] [[C|said]] [[Q|that the march had been peaceful]].",
    "The company's advert promised [[N:slogan|'Faster, cheaper, greener']]. [[S|Regulators]] [[C|said]] [[Q|the claim could not be proven]].",
]

REFUSALS: list[str] = [
    "[[S|{a}]] [[C|said]] [[Q|that the talks would resume on Monday]]. {b}, the owner, declined [[N:refusal|to comment on the sale]].",
    "A spokesman for the firm would not say [[N:refusal|how many jobs were at risk]]. [[S|Union officials]] [[C|said]] [[Q|that as many as 300 could go]].",
    "{b} refused [[N:refusal|to discuss the terms of the settlement]], but [[S|her lawyer]] [[C|said]] [[Q|the matter had been resolved]].",
    "[[Q|“We acted within the rules,”]] [[C|said]] [[S|{a}]]. {org} did not respond to [[N:refusal|requests for comment]].",
    "Police would not confirm [[N:refusal|whether a second person had been arrested]]. [[S|A neighbour]] [[C|said]] [[Q|that she had seen two men led away]].",
    "[[S|{b}]] [[C|said]] [[Q|the figures were wrong]]. The ministry [[N:refusal|could not be reached for comment on Sunday]].",
    "Asked about the budget, {a} said [[N:refusal|she would not comment on leaked documents]]. [[S|Her deputy]] [[C|said]] [[Q|that a draft was being prepared]].",
    "The club declined [[N:refusal|to say how much it had paid for the player]]. [[Q|“He is exactly what we need,”]] [[C|said]] [[S|the manager]].",
    "[[S|{a}]] [[C|said]] [[Q|that the inquiry would report in the autumn]]. Officials declined [[N:refusal|repeated requests for an interview]].",
    "{b} has so far refused [[N:refusal|to explain why the contract was cancelled]]. [[S|{a}]] [[C|said]] [[Q|that the council deserved an answer]].",
    "The hospital would neither confirm nor deny [[N:refusal|that the ward had closed]]. [[S|Nurses]] [[C|said]] [[Q|that patients had been moved on Friday]].",
    "[[Q|“We are looking into it,”]] [[C|said]] [[S|a spokeswoman]]. She declined [[N:refusal|to give further details]].",
]

NEGATED: list[str] = [
    "[[S|Her office]] [[C|said]] [[Q|that the remarks had been misreported]]. {a} never said [[N:negated|that the tax would be scrapped]].",
    "If the minister says [[N:negated/hypothetical|the plant will close]], the union will strike. [[S|{b}]] [[C|said]] [[Q|that members were ready to walk out]].",
    "[[S|{a}]] [[C|said]] [[Q|that she had met the developer twice]]. She did not say [[N:negated|whether she had accepted gifts]].",
    "At no point did the chief constable claim [[N:negated|that crime had fallen]]. [[S|He]] [[C|said]] [[Q|that reporting had changed]].",
    "Should the board announce [[N:negated/hypothetical|a rate rise]], customers would be told a month ahead. [[S|{b}]] [[C|said]] [[Q|no decision had been made]].",
    "[[S|{a}]] [[C|told]] {paper} [[Q|that the vote would be close]]. Nobody has suggested [[N:negated|that it will be delayed]].",
    "He might argue [[N:negated/hypothetical|that the rules were unclear]], but the court will decide. [[S|His lawyer]] [[C|said]] [[Q|that an appeal was likely]].",
    "{b} denied telling staff [[N:negated|that the office would move]]. [[Q|“That was never the plan,”]] [[S|she]] [[C|said]].",
]

NON_REPORTING: list[str] = [
    "The map shows [[N:non_reporting|a footpath along the cliff to the lighthouse]]. [[S|{a}]] [[C|said]] [[Q|that the path would be closed for repairs]].",
    "The new ramp will allow [[N:non_reporting|wheelchair users to reach the platform]]. [[S|{b}]] [[C|said]] [[Q|that it would open in October]].",
    "According to the timetable, [[N:non_reporting|the last bus leaves at 11.40 p.m.]] [[S|Drivers]] [[C|said]] [[Q|that it often left early]].",
    "The thermometer read [[N:non_reporting|minus 12 degrees]] at dawn. [[Q|“I have never known cold like it,”]] [[C|said]] [[S|{a}]], a farmer.",
    "The scoreboard showed [[N:non_reporting|3-1]] with ten minutes left. [[S|The coach]] [[C|said]] [[Q|that his side had lost concentration]].",
    "Signs point [[N:non_reporting|drivers to a car park behind the station]]. [[S|{b}]] [[C|said]] [[Q|the car park was always full by 8 a.m.]]",
    "The footage shows [[N:non_reporting|a van reversing into the gate]]. [[S|Police]] [[C|said]] [[Q|that the driver had been identified]].",
    "The recipe calls for [[N:non_reporting|two cups of flour and a pinch of salt]]. [[S|{a}]], who runs the bakery, [[C|said]] [[Q|she had used it for 30 years]].",
    "The window looks out over the harbour, which tells you [[N:non_reporting|why the rent is so high]]. [[S|The landlord]] [[C|said]] [[Q|that the flat had been let within a day]].",
    "The gauge indicated [[N:non_reporting|that the tank was nearly empty]]. [[S|{b}]] [[C|said]] [[Q|that the pilot had turned back at once]].",
    "The rules permit [[N:non_reporting|dogs on the beach before 10 a.m.]] [[S|{a}]] [[C|said]] [[Q|that few owners knew]].",
    "His résumé lists [[N:non_reporting|three jobs in five years]]. [[S|{b}]] [[C|said]] [[Q|that he had been the best candidate]].",
]

MIXED_LAYOUTS: list[str] = [
    # several kinds of non-quote in one snippet, with interview dashes and caption credits
    "[[N:headline|‘IT’S NOT OVER’: STRIKERS DIG IN]]\n[[N:byline|By {photog}]]\n\n[[S|{a}]] [[C|said]] [[Q|that the picket would continue through the weekend]].\n\n[[N:caption|Strikers warm their hands at a brazier outside the depot.]] ({photog}/{paper})",
    "Interview\n\n— Will you stand again?\n— [[Q|I have not decided, and I will not decide before the summer.]]\n\n[[S|{b}]] [[C|spoke]] to {paper} at her home in {town}.\n\n[[N:teaser/boilerplate|This interview has been edited for length and clarity.]]",
    "Flood defences [[N:headline|‘not good enough,’]] report finds\n\n[[S|The report]] [[C|said]] [[Q|that walls in three towns were too low]].\n[[N:teaser|Related coverage: Homes flooded for second time in a year]]",
    "[[N:subheading/section_label|THE BIG PICTURE]]\n[[S|{a}]] [[C|said]] [[Q|the deal would double trade with the port]].\n[[N:subheading/section_label|WHY IT MATTERS]]\nThe port employs 2,000 people.",
    "School dinners: [[N:headline|‘The portions are tiny’]]\n\n[[Q|“My son comes home starving,”]] [[C|said]] [[S|{b}]], a mother of three.",
    "[[N:caption|Image caption: {a} at the opening of the food bank]]\n\n[[S|{a}]] [[C|said]] [[Q|that donations had fallen by half]].\n\n[[N:teaser/boilerplate|Advertisement]]",
    "UPDATED 4:10 PM\n\n[[N:headline|Airport Runway Reopens After Snow]]\n\n[[S|The airport]] [[C|said]] [[Q|that delays of up to two hours were expected]].\n\n[[N:teaser/boilerplate|Follow {paper} on X for live updates.]]",
    "[[S|{b}]] [[C|said]] [[Q|that the orchestra would tour in the spring]].\n\n[[N:title|“The Winter Suite”]] will open the programme.",
    "[[N:headline|'Toxic' workplace claims at council]]\n\nFormer staff described a culture of fear. [[S|{a}]], who left in May, [[C|said]] [[Q|that complaints had been ignored]].",
    "Exclusive: Harbour sale [[N:headline|“a done deal”]]\n\n[[S|Two councillors]] [[C|told]] {paper} [[Q|the harbour would be sold to a private firm]].",
    "[[Q|“Prices have not moved in a year,”]] [[C|said]] [[S|{a}]].\n\n[[N:byline|{photog} is a reporter for {paper}. She covers business.]]",
    "[[N:headline|Rail strike called off at last minute]]\n\n{town}, May 4 ({wire}) - [[Q|The strike planned for Monday has been suspended]], [[S|the drivers' union]] [[C|said]] late on Sunday.",
    "[[N:caption|FILE PHOTO: A container ship is unloaded at the port of {town}, March 2, 2025. REUTERS/{photog}/File Photo]]\n\n[[S|{a}]] [[C|said]] [[Q|that volumes had recovered]].",
    "[[N:headline|Opinion: Our parks deserve better]]\n\n[[S|{b}]] [[C|wrote]] in a letter to the council [[Q|that the playground had been broken for a year]].",
    "[[S|{a}]] [[C|said]] on Wednesday [[Q|that the levy would be scrapped]].\n\n[[N:teaser/boilerplate|© {paper} 2026]]",
    "[[N:subheading/qa_label|Interviewer: Do you regret the decision?]]\n{bl}: No. I would make it again tomorrow.\n\n[[S|{b}]] [[C|said]] [[Q|she had no plans to resign]].",
    "[[N:headline|“Unacceptable”: Parents Fume Over Bus Cuts]]\n\n[[S|{a}]], a parent, [[C|said]] [[Q|that her children now walked three miles to school]].",
    "[[N:teaser|Trending: The bakery that only opens at midnight]]\n\n[[Q|“We will keep the doors open as long as we can,”]] [[C|said]] [[S|{b}]].",
    "[[S|{a}]] [[C|said]] [[Q|the ruling was a relief]].\n\n[[N:teaser/boilerplate|Additional reporting by {photog}.]]",
    "Opposition: [[N:headline|‘This budget fails the young’]]\n\n[[S|{b}]] [[C|said]] [[Q|that student grants had been cut by a third]].",
    "[[N:caption|Watch: drone footage of the flooded valley]]\n\n[[S|The Environment Agency]] [[C|said]] [[Q|that more rain was forecast]].",
    "[[N:headline|THE WEEK IN QUOTES]]\n\n[[Q|“We will not be bullied,”]] [[C|said]] [[S|{b}]], in a speech to party members.",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("headlines", HEADLINES),
    ("subheads_bylines", SUBHEADS_BYLINES),
    ("captions", CAPTIONS),
    ("teasers", TEASERS),
    ("scare_quotes", SCARE_QUOTES),
    ("titles", TITLES),
    ("nicknames", NICKNAMES),
    ("words_as_words", WORDS_AS_WORDS),
    ("slogans", SLOGANS),
    ("refusals", REFUSALS),
    ("negated", NEGATED),
    ("non_reporting", NON_REPORTING),
    ("layouts", MIXED_LAYOUTS),
]
"""The passage groups, in suite order."""
