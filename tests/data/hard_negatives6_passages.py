# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the sixth hard-negative suite (written by ``make_hard_negatives6.py``).

Every passage is invented: names, towns, outlets, ships, horses, products and laws do not
exist. They were written before reading the rejection and layout rules, and without reading
the passages of the first five suites (only their lists of categories).

Markup (as in the second to fifth suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``told_headline`` or ``rating``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks,
or the clause a cue word would take), not the whole line. The templates use no fields, so
:data:`FILLERS` holds one empty filler.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

_TOLD_HEADLINES = [
    "[[N:headline/told_headline|Cyclist 'never saw' reversing tractor]], inquest told\n\nA cyclist killed on a farm lane near Abbotsmere had no chance to react, a coroner heard on Tuesday.\n\n[[Q|“The tractor came back out of the gateway without warning,”]] [[S|PC Lydia Farrant]] [[C|told]] the hearing.",
    "[[N:headline/told_headline|Care home left residents ‘in soiled sheets’]], tribunal hears\n\nStaff at a care home in Wexbridge were too few to change beds at night, an employment tribunal was told.\n\nFormer night manager [[S|Gareth Pimlott]] [[C|said]] [[Q|he had raised the rota with the owners six times]].",
    "“[[N:headline/quoted_headline|We were simply forgotten]]”: flood-hit villagers speak out\n\nResidents of Lower Hesket say no council officer visited for nine days after the river burst its banks.\n\n[[Q|“We had to pump out our own cellars,”]] [[C|said]] [[S|Maureen Tillotson]], 71.",
    "[[N:headline/told_headline|Striker's move 'off' after medical]], club confirms\n\nBy Sports Desk\n\n[[S|A spokesman for Rovers]] [[C|said]] [[Q|the transfer would not go ahead]], without giving a reason.",
    '[[N:headline/told_headline|"Nobody checked the brakes" - bus crash trial hears]]\n\nA mechanic at the depot where the coach was serviced has denied cutting corners.\n\n[[S|Ainsley Corrigan]], 44, [[C|told]] jurors [[Q|that the brake log had been signed by a colleague]].',
    "[[N:headline/told_headline|Headteacher 'bullied' staff for years, panel finds]]\n\nA disciplinary panel has upheld four of six complaints against the former head of Millbeck Academy.\n\n[[S|The panel's chair]] [[C|said]] [[Q|the evidence showed a pattern of intimidation]].",
    "MP ‘[[N:headline/told_headline|deeply regrets]]’ expenses claim\n\nThe member for Shorebridge has repaid £2,300 claimed for a second flat.\n\n[[Q|“I made a mistake and I have put it right,”]] [[S|she]] [[C|said]] in a statement.",
    "[[N:headline/told_headline|Drone 'came within 10 metres' of airliner, report says]]\n\nInvestigators have published their findings into the near-miss over Castlebrook.\n\n[[C|According to]] [[S|the Air Safety Board]], [[Q|the pilot saw the drone pass beneath the left wing]].",
    "[[N:headline/told_headline|Pensioner ‘terrified’ after scam call]], court hears\n\nA man accused of defrauding elderly people across three counties went on trial on Monday.\n\nProsecutor [[S|Imogen Fairweather]] [[C|said]] [[Q|the defendant had posed as a bank official]].",
    "[[N:headline/told_headline|'It felt like an earthquake': residents describe gas blast]]\n\nHomes on Cranmer Road were evacuated after an explosion shortly before 7am.\n\n[[Q|“The windows just came in,”]] [[C|said]] [[S|Tomasz Wielgosz]], who lives opposite.",
    "[[N:headline/told_headline|Ferry captain ‘asleep at the wheel’, investigators say]]\n\nThe MV Kestrel Bay ran aground off Pollock Head in March.\n\n[[S|The captain's lawyer]] [[C|said]] [[Q|his client disputed the report's findings]].",
    "[[N:headline/told_headline|Council tax rise 'unavoidable', says finance chief]]\n\nBand D bills in Hollins Vale are set to rise by almost 5%.\n\n[[S|Councillor Ruth Abernethy]] [[C|said]]: [[Q|“We have cut everything we can cut.”]]",
]

_STANDFIRSTS = [
    "Village shop saved by crowdfunding\n\n[[N:subheading/standfirst|Residents raised £48,000 in six weeks to keep the only store for miles open]]\n\nBy Harriet Molyneux\n\n[[Q|The Post Office counter will stay too]], [[S|organiser Dev Ramsaran]] [[C|said]].",
    "Rail strike talks collapse\n\n[[N:subheading/standfirst|Union says operators 'not serious' as walkouts go ahead on Friday]]\n\nTalks between the drivers' union and three train companies broke down late on Wednesday.\n\n[[Q|“We were offered nothing new,”]] [[C|said]] [[S|general secretary Colm Rafferty]].",
    "Hospital waiting lists hit record\n\n[[N:subheading/standfirst|Figures show one in nine people in the region waiting for treatment, with orthopaedics worst hit]]\n\n[[S|The health board]] [[C|said]] [[Q|winter pressures had delayed planned operations]].",
    "STAGE REVIEW\n\nA Doll's House, Riverside Theatre\n\n[[N:subheading/standfirst|A bold staging that never quite finds its nerve]]\n\nFour stars from the stalls, two from the balcony.",
    "New chief constable sworn in\n\n[[N:subheading/standfirst|Former detective vows to put more officers back on the beat]]\n\nBy Okonkwo Bassey, Crime Correspondent\n\n[[S|Chief Constable Priya Varadarajan]] [[C|told]] reporters [[Q|she would publish response times every month]].",
    "Markets\n\n[[N:subheading/standfirst|Shares slide as investors fret over interest rates]]\n\nLONDON — The FTSE 100 closed down 1.2% on Thursday.\n\n[[Q|“There is a lot of nervousness,”]] [[C|said]] [[S|Beatrix Lowe]], a strategist at Corran Capital.",
    "Wildfire forces evacuations\n\n[[N:subheading/standfirst|Thousands told to leave as flames spread across dry moorland]]\n\nFire crews have been at the scene since Sunday afternoon.\n\n[[S|A fire service spokesman]] [[C|said]] [[Q|the wind was expected to drop overnight]].",
    "The Big Interview\n\n[[N:subheading/standfirst|At 82, the grande dame of British folk music is still touring — and still angry]]\n\nMarguerite Ashdown has played the same battered guitar since 1961.",
]

_MOST_READ = [
    "Mayor unveils park plan\n\n[[S|Mayor Delia Conroy]] [[C|said]] [[Q|the new park would open next summer]].\n\nMost read\n\n1. [[N:teaser/most_read|Teacher ‘stunned’ by pupils’ surprise]]\n2. Roadworks to close bypass for a month\n3. [[N:teaser/most_read|'I won the lottery twice': grandmother's luck]]",
    "TRENDING\n[[N:teaser/trending|Boy, 9, finds Roman coin: 'I thought it was a bottle top']]\n[[N:teaser/trending|Star says she 'will never go back' to soap]]\n\n[[Q|The festival has sold out for the first time]], [[S|organisers]] [[C|said]] on Monday.",
    "Police appeal after hit-and-run\n\n[[S|Officers]] [[C|said]] [[Q|the driver did not stop]].\n\nMore from the Echo\n• [[N:teaser/more_from|Landlord branded ‘a disgrace’ by tenants]]\n• Bin collections changed for bank holiday",
    "Popular now:\n[[N:teaser/popular|Chef: 'Stop putting ketchup on everything']]\n[[N:teaser/popular|Why experts say you should 'never' wash chicken]]\n\nBusiness\n\n[[S|The chief executive]] [[C|said]] [[Q|profits would be reinvested]].",
    "Editor's picks\n\n[[N:teaser/editors_picks|‘I’m not done yet’ — veteran keeper signs new deal]]\n\n[[N:teaser/editors_picks|The town that banned Christmas lights]]\n\n[[S|A spokeswoman for the club]] [[C|said]] [[Q|the contract ran until 2028]].",
    "You may also like\n[[N:teaser/also_like|Gardener's 'monster' marrow breaks record]]\n[[N:teaser/also_like|What the mayor really said about parking]]\nSport\n[[S|The coach]] [[C|said]] [[Q|his side had been unlucky]].",
]

_ALT_TEXT = [
    "[[N:caption/alt_text|Image: A firefighter sprays water on a burning barn near Elmstead]]\n\n[[Q|The blaze destroyed 200 bales of hay]], [[S|the fire service]] [[C|said]].",
    "Watch: [[N:caption/video|Moment sea wall collapses in storm (2:14)]]\n\nThe sea wall at Portreath Sands gave way on Friday night.\n\n[[Q|“We heard a crack like thunder,”]] [[C|said]] [[S|Elspeth Kerr]], who runs a café on the front.",
    "[[N:caption/video|▶ 'I can't believe it': fan's reaction to last-minute winner (0:47)]]\n\nCounty scored twice in stoppage time.\n\n[[S|Manager Fergal Boyce]] [[C|said]] [[Q|he had never seen anything like it]].",
    "[[N:caption/alt_text|Alt text: Protesters hold a banner outside the town hall]]\n\nAbout 300 people gathered before the vote.\n\n[[Q|“This is about our children's future,”]] [[C|said]] [[S|organiser Nkechi Adeyemi]].",
    "VIDEO\n[[N:caption/video|Minister grilled on 'missing' millions — watch in full (11:02)]]\n\n[[S|The committee]] [[C|said]] [[Q|it would publish its report in the spring]].",
    "[[N:caption/photo|Photo: Roisin Tully, who says she has waited two years for a hearing aid. Credit: Declan Moss]]\n\n[[Q|“I have stopped going to the pub because I can't follow a conversation,”]] [[S|Ms Tully]] [[C|said]].",
    "[[N:caption/photo|The old pier, seen from the promenade, was closed in 2019 (Picture: Harbour Trust)]]\n\n[[S|The trust]] [[C|said]] [[Q|repairs would cost about £6m]].",
    "[[N:caption/video|Video caption: Residents say the new road 'cut the village in two']]\n\nThe bypass opened in January.\n\n[[S|Highways officials]] [[C|said]] [[Q|traffic through the village had halved]].",
    "[[N:caption/gallery|Gallery: 'Best ever' crowds at the county show (24 photos)]]\n\n[[S|Organisers]] [[C|said]] [[Q|more than 60,000 people attended over three days]].",
    "[[N:caption/photo|Ambrose Ketteridge with his ‘lucky’ tractor at the ploughing match. Photograph: Gwen Hollis/The Courier]]\n\nHe has won the vintage class eleven times.",
]

_TABLES = [
    "RESULTS\nDivision One\n[[N:nickname/team_in_table|“The Cobblers”]] 2 Harrowgate 1\nBexley Athletic 0 [[N:nickname/team_in_table|“The Mariners”]] 0\n\n[[S|The league]] [[C|said]] [[Q|Saturday's postponed games would be replayed on Tuesday]].",
    "FIXTURES — Saturday\n3pm: St Anselm's v ‘[[N:nickname/team_in_table|The Old Boys]]’ (Meadow Lane)\n3pm: Cranleigh Wanderers v Hythe Town\n\nRefereeing appointments will be published on Thursday.",
    "Quiz league standings\n1. [[N:title/quiz_team|“Quizteama Aguilera”]] 48pts\n2. [[N:title/quiz_team|“Universally Challenged”]] 45pts\n3. The Red Lion B 41pts\n\n[[S|The league secretary]] [[C|said]] [[Q|the final round would be held at the Crown]].",
    "Race card, 2.40 Thornbury\n1 [[N:nickname/horse|‘Midnight Ledger’]] (J. Pryce) 9st 4lb\n2 [[N:nickname/horse|‘Silver Tongue’]] (A. Moran) 9st 1lb\n\nTrainer [[S|Hester Quayle]] [[C|said]] [[Q|the ground would suit her runner]].",
    'Pub darts: final table\n[[N:nickname/team_in_table|"The Arrows"]] 12 wins\n[[N:nickname/team_in_table|"Treble Trouble"]] 10 wins\nRoyal Oak 7 wins',
    "Allotment show winners\nHeaviest onion: Trevor Nuttall (variety [[N:title/variety|'Kelsae']])\nBest dahlia: Olwen Price ([[N:title/variety|'Café au Lait']])\n\n[[S|The society]] [[C|said]] [[Q|entries were up by a third]].",
]

_RECIPES = [
    "Recipe of the week\n\nServes four. Preheat the oven to 200C. Season generously and roast until the skin is [[N:scare_quotes/recipe|“crackling”]].\n\nThe chef [[S|Bronwen Astley]] [[C|said]] [[Q|the trick was to dry the skin overnight]].",
    "Product description\nThe [[N:title/product|‘Hearthside’]] stove burns wood and coal. Rated [[N:title/rating|'A+']] for efficiency. Free delivery.\n\n[[S|The retailer]] [[C|said]] [[Q|stock would arrive in October]].",
    'Ingredients: flour, butter, sugar, a pinch of salt. Beat until [[N:scare_quotes/recipe|"pale and fluffy"]], then fold in the eggs.\n\nMethod adapted from Granny Pell\'s handwritten notebook.',
    "Shop the look: the [[N:title/product|«Marlow»]] armchair (£649) and [[N:title/product|«Dune»]] rug (£120).\n\n[[S|A spokesman for the store]] [[C|said]] [[Q|both lines had sold out within a week]].",
    "Tasting notes: [[N:scare_quotes/wine|“Jammy, with a hint of tobacco”]]. Best drunk by 2030.\n\nThe vineyard's owner [[S|Luc Arnaud]] [[C|said]] [[Q|the harvest had been the smallest in twenty years]].",
    "Baby formula recall\n\nThe affected tins are labelled [[N:non_reporting/label|„Stage 2 Follow-On“]] with batch codes beginning 44.\n\n[[S|The Food Standards Agency]] [[C|said]] [[Q|parents should return the tins to the shop]].",
]

_LEGAL = [
    "PUBLIC NOTICE\nTown and Country Planning Act 1990\nNotice is hereby given that an application has been made for the development known as [[N:title/legal_name|“Kingfisher Reach”]].\nObjections must be made in writing within 21 days.",
    "LEGAL NOTICES\nIn the estate of the late Dorothy May Ellwood, known as [[N:nickname/known_as|“Dot”]], of 4 Birch Row, Hurstleigh.\nClaims to the executors by 30 June.",
    "Court list — Magistrates, Monday\nR v Kyle Donnachie: driving without insurance. Adjourned.\nR v Shannon Pyle: assault (so-called [[N:title/legal_name|'one-punch']] case). Committed to Crown Court.",
    "Thornbury Crown Court\n\nA man was jailed for 14 months for his part in [[N:nickname/operation|Operation “Lantern”]], a police inquiry into counterfeit cigarettes.\n\nJudge [[S|Marion Ashcombe]] [[C|told]] him: [[Q|“You knew exactly what you were doing.”]]",
    "NOTICE OF EXTRAORDINARY GENERAL MEETING\nMembers of Linford Rowing Club are invited to vote on the resolution titled [[N:title/resolution|“Future of the Boathouse”]].\nProxy forms are available from the secretary.",
    "Licensing\n\nAn application for a premises licence has been made by [[N:title/business|“The Tipsy Parrot”]], 12 Quay Street.\n\nLicensing officer [[S|Kwame Ofori]] [[C|said]] [[Q|residents had until Friday to comment]].",
]

_RATINGS = [
    "Nursery rated [[N:title/rating|‘inadequate’]] by inspectors\n\nLittle Acorns in Dunfield was [[N:title/rating|rated 'inadequate']] after an unannounced visit.\n\n[[S|The owner]] [[C|said]] [[Q|a new manager had already been appointed]].",
    "The Met Office has issued an [[N:title/rating|“amber”]] warning for wind covering most of the south-west.\n\nGusts of up to 80mph are expected on exposed coasts.\n\n[[Q|“Flying debris is likely,”]] [[C|said]] [[S|forecaster Imran Dhillon]].",
    "Debt rating agency Castell downgraded the city's bonds to [[N:title/rating|“junk”]] on Monday.\n\n[[S|The council's treasurer]] [[C|said]] [[Q|the decision would raise borrowing costs]].",
    'Hurricane Odile strengthened overnight into a [[N:title/rating|"category 4"]] storm, forecasters said.\n\n[[S|The island\'s governor]] [[C|told]] residents [[Q|to leave low-lying areas by noon]].',
    "The river at Westholme remains on a [[N:title/rating|‘severe’]] flood warning, the highest level.\n\n[[S|The Environment Agency]] [[C|said]] [[Q|it expected the water to peak on Thursday night]].",
    "Hygiene inspectors gave the takeaway a rating of [[N:title/rating|'0 - urgent improvement necessary']].\n\nIts owner [[S|Baljit Sandhu]] [[C|said]] [[Q|the kitchen had since been refitted]].",
    "The film has been classified [[N:title/rating|«15»]] for strong language.\n\n[[S|Its director]] [[C|said]] [[Q|she had expected a 12A]].",
    "The reservoir is now classed as [[N:title/rating|“high risk”]] under the 1975 Act.\n\n[[S|The water company]] [[C|said]] [[Q|repairs would start in the autumn]].",
    "Pollen count: [[N:title/rating|“very high”]] today, [[N:title/rating|“high”]] tomorrow.\n\n[[S|Asthma charities]] [[C|said]] [[Q|sufferers should carry their inhalers]].",
    "The bathing water at Sandy Cove was rated [[N:title/rating|“poor”]] for the third year running.\n\nA campaigner, [[S|Orla Kinsella]], [[C|said]] [[Q|sewage spills were to blame]].",
    "The grade II-listed mill was placed on the [[N:title/register|'Heritage at Risk']] register last year.\n\n[[S|The owners]] [[C|said]] [[Q|they hoped to convert it into flats]].",
    "Moody's lowered its outlook to [[N:title/rating|„negative“]] on Friday.\n\n[[S|The finance minister]] [[C|said]] [[Q|the economy remained fundamentally sound]].",
]

_NAMES = [
    "The trawler [[N:nickname/ship|“Morning Star II”]] was towed into Scrabster after losing power.\n\n[[S|The coastguard]] [[C|said]] [[Q|all six crew were safe]].",
    "Police have charged three men after [[N:nickname/operation|Operation 'Sandpiper']], a year-long investigation into stolen farm machinery.\n\nDetective Inspector [[S|Rhodri Vaughan]] [[C|said]] [[Q|more arrests were expected]].",
    "The Grand National favourite, [[N:nickname/horse|“Copper Kettle”]], was withdrawn on Friday with a bruised foot.\n\n[[S|His trainer]] [[C|said]] [[Q|the horse would be fine for the autumn]].",
    "The research vessel [[N:nickname/ship|RRS ‘Ernest Shackleton’]] left Harwich on Monday for a six-month voyage.\n\nThe expedition's leader [[S|Dr Anneke Visser]] [[C|said]] [[Q|the ice had retreated further than expected]].",
    "Troops taking part in [[N:nickname/operation|Exercise “Iron Wolf”]] will be on Salisbury Plain until Friday.\n\n[[S|The Ministry of Defence]] [[C|said]] [[Q|residents might hear gunfire at night]].",
    'The 1920s steam engine known as [[N:nickname/known_as|"Old Betsy"]] returns to the line this weekend after restoration.\n\n[[S|Volunteers]] [[C|said]] [[Q|the work had taken eight years]].',
    "The tanker [[N:nickname/ship|«Aurora Borealis»]] remains anchored off the estuary.\n\n[[S|The harbour master]] [[C|said]] [[Q|it posed no danger]].",
    "Storm [[N:nickname/storm|‘Gwendolyn’]] is expected to bring heavy rain from Tuesday.\n\n[[S|Forecasters]] [[C|said]] [[Q|the worst would be over by Thursday]].",
]

_WORDS = [
    "A sign outside the school misspelt [[N:words_as_words/misspelling|“definately”]] for a month before anyone noticed.\n\n[[S|The head]] [[C|said]] [[Q|the signwriter had offered to fix it for free]].",
    "The word [[N:words_as_words/word|“literally”]] now appears in the council's list of banned jargon, alongside [[N:words_as_words/word|“going forward”]].\n\n[[S|A council spokesman]] [[C|said]] [[Q|the list was meant to be light-hearted]].",
    "In the local dialect, a [[N:words_as_words/dialect|‘gowk’]] is a fool, and to be [[N:words_as_words/dialect|'mithered']] is to be bothered.\n\nThe dictionary's editor [[S|Seamus Galbraith]] [[C|said]] [[Q|both words had been added this year]].",
    'Is it pronounced [[N:words_as_words/pronunciation|"scone"]] to rhyme with [[N:words_as_words/pronunciation|"gone"]] or with [[N:words_as_words/pronunciation|"cone"]]? A survey of 2,000 adults found the country split.',
    "The acronym [[N:words_as_words/acronym|“NIMBY”]] was first used in the 1980s.\n\n[[S|Housing campaigners]] [[C|said]] [[Q|the label was unfair to residents with real concerns]].",
    "The town's name, Brough, is pronounced [[N:words_as_words/pronunciation|'bruff']].\n\n[[Q|Visitors often get it wrong]], [[S|the tourist office]] [[C|said]].",
    "The spelling [[N:words_as_words/spelling|«colour»]] was changed to [[N:words_as_words/spelling|«color»]] in the American edition.\n\n[[S|The publisher]] [[C|said]] [[Q|the author had approved the changes]].",
    "Translated, [[N:words_as_words/translation|“hiraeth”]] means something like a longing for home.\n\nThe poet [[S|Eluned Prys]] [[C|said]] [[Q|no English word came close]].",
    "Search interest in the phrase [[N:words_as_words/search_term|″heat pump grant″]] tripled after the announcement, according to online data.\n\n[[S|The energy minister]] [[C|said]] [[Q|the scheme would open on 1 April]].",
    "[[S|The watchdog]] [[C|said]] [[Q|a fake agency had paid to appear first for searches such as ]][[N:words_as_words/search_term|“cheap flights to Malaga”]].",
]

_IRONY = [
    "The [[N:scare_quotes/irony|“temporary”]] traffic lights on Mill Lane have now been there for two years.\n\n[[S|The highways department]] [[C|said]] [[Q|the gas main under the road was being replaced]].",
    "Commuters packed onto the [[N:scare_quotes/irony|'express']] service, which stopped at every station.\n\n[[S|The operator]] [[C|said]] [[Q|a signal fault had caused the delay]].",
    "The [[N:scare_quotes/irony|“luxury”]] flats turned out to have no hot water.\n\nTenant [[S|Ruby Okafor]] [[C|said]] [[Q|she had complained eleven times]].",
    'After the [[N:scare_quotes/irony|"consultation"]], which lasted four days over Christmas, the plan was approved.\n\n[[S|Residents]] [[C|said]] [[Q|they would seek a judicial review]].',
    "So much for the [[N:scare_quotes/irony|‘paperless office’]]: the department printed 4m sheets last year.",
    "The [[N:scare_quotes/irony|«free»]] parking comes with a £4 booking fee.\n\n[[S|The car park operator]] [[C|said]] [[Q|the fee covered the cost of the app]].",
    "Another [[N:scare_quotes/irony|“once-in-a-century”]] flood, the third in ten years, swept through the valley.\n\nThe farmer [[S|Gethin Morgan]] [[C|said]] [[Q|he had lost forty ewes]].",
    "The club's [[N:scare_quotes/irony|'state-of-the-art']] scoreboard broke down in the first half.",
    "Their [[N:scare_quotes/irony|„quick fix“]] took six months and cost three times the estimate.\n\n[[S|Auditors]] [[C|said]] [[Q|the project had not been properly managed]].",
    "The [[N:scare_quotes/irony|″new″]] buses arrived, all of them twelve years old.\n\n[[S|The transport authority]] [[C|said]] [[Q|they met every safety standard]].",
]

_CHANTS = [
    "Minute 67: The away end is in full voice — [[N:slogan/chant|“Sixteen Valley, we're coming for you”]] — as the visitors push for an equaliser.\n\n[[S|Their manager]] [[C|said]] afterwards [[Q|the support had carried the team]].",
    "Fans sang [[N:slogan/chant|'There's only one Dai Pritchard']] for most of the second half.\n\n[[S|Pritchard]] [[C|said]]: [[Q|“I'll remember that for the rest of my life.”]]",
    'The terraces rang to [[N:slogan/chant|"We want our club back"]] as protests against the owners continued.\n\n[[S|The supporters\' trust]] [[C|said]] [[Q|it would meet the board next week]].',
    "Campaigners marched through the centre chanting [[N:slogan/chant|«Save our A&E»]] on Saturday.\n\n[[S|The hospital trust]] [[C|said]] [[Q|no decision had been made]].",
    "The choir closed with [[N:title/song|‘Calon Lân’]], and the crowd joined in.\n\nThe conductor [[S|Aled Jenkins]] [[C|said]] [[Q|it had been the best night in the choir's history]].",
    "A banner reading [[N:slogan/banner|„Not in our name“]] was unfurled at the start of the match.\n\n[[S|The club]] [[C|said]] [[Q|it respected the fans' right to protest]].",
]

_SOCIAL = [
    "In a post on X, the councillor shared a screenshot of a message reading [[N:non_reporting/screenshot|“Your account has been suspended”]].\n\n[[S|She]] later [[C|told]] the Gazette [[Q|that the account had been restored]].",
    "Embedded post:\n[[N:byline/embed|@HarbourFC · 2h]]\n[[N:teaser/embed|Matchday! 🔴⚪ Kick-off 3pm. Tickets still available at the gate.]]\n\n[[S|The club]] [[C|said]] [[Q|a record crowd was expected]].",
    "The tweet, since deleted, included the hashtag [[N:words_as_words/hashtag|#NotMyMayor]] and a photo of the town hall.\n\n[[S|The mayor's office]] [[C|said]] [[Q|it had reported the account]].",
    "A screenshot shared widely on Facebook shows a sign reading [[N:non_reporting/screenshot|‘No dogs, no children, no exceptions’]] outside the café.\n\n[[S|The café's owner]] [[C|said]] [[Q|the sign was a joke]].",
    "The video, captioned [[N:caption/social_caption|“when the bus driver waits for you 🥹”]], has been viewed 3m times.\n\nThe driver, [[S|Marcus Bellamy]], [[C|said]] [[Q|he was amazed by the reaction]].",
    "Instagram post by @lakeside_bakes\n[[N:caption/social_caption|Sourdough Saturday is BACK 🍞 link in bio]]\n♥ 1,204 likes\n\n[[S|The bakery's owner]] [[C|said]] [[Q|she would open a second shop in the spring]].",
    "Screenshot: [[N:non_reporting/screenshot|Error 503 – Service Unavailable]]\n\n[[S|The exam board]] [[C|said]] [[Q|its website had crashed under the weight of traffic]].",
    'The TikTok clip carries the on-screen text [[N:caption/social_caption|"POV: you live next to the new runway"]].\n\n[[S|The airport]] [[C|said]] [[Q|noise levels were within agreed limits]].',
]

_TRANSCRIPTS = [
    "Q&A with Olivia Marchetti\n\n[[N:subheading/qa_header|The new director of the Tidewater Gallery on budgets, buildings and boredom]]\n\nQ: [[N:non_reporting/question|What is the first thing you will change?]]\n\nA: The lighting. Half the paintings are in the dark.",
    "Transcript (automatically generated)\n[[N:byline/transcript_label|PRESENTER:]] Good evening and welcome.\n[[N:byline/transcript_label|GUEST:]] Thanks for having me.\n\nIn the interview, [[S|Dr Samuel Achebe]] [[C|said]] [[Q|the vaccine trial would finish in June]].",
    "Five questions for the new harbour master\n\nQ: [[N:non_reporting/question|Is the harbour safe for swimmers?]]\nA: No. Nobody should swim between the piers.\n\nQ: [[N:non_reporting/question|Will the ferry timetable change?]]\nA: Not this year.",
    "Interview\n\nReporter: [[N:non_reporting/question|Did you know about the payments?]]\n\n[[S|The minister]] [[C|said]] [[Q|he had learned of them from the newspaper]].",
    "WATCH: [[N:teaser/watch|Our full interview with the chief constable]]\n\n[[N:byline/transcript_label|00:00]] Introduction\n[[N:byline/transcript_label|02:15]] On knife crime\n\n[[S|The chief constable]] [[C|said]] [[Q|knife crime had fallen for the first time in five years]].",
    "From the podcast: In this week's episode\n\n[[N:teaser/show_notes|Host Fiona Reddy asks why nobody wants to be a school governor]]\n\nGuests: a head teacher, a parent and a retired inspector.\n\nListen on all platforms.",
    "Ask the expert\n\n[[N:non_reporting/question|“Can my landlord keep my deposit for a dirty oven?”]] — Reader, Leeds\n\nProbably not, [[C|says]] housing lawyer [[S|Petra Novak]]: [[Q|the oven must be worse than when you moved in]].",
    "The exchange in full:\nQ: [[N:non_reporting/question|Are you going to resign?]]\nA: I have a job to do.\n\nThe question was put by a reporter from the Herald.",
    "Q&A\n[[N:non_reporting/question|How much will the new stadium cost?]]\nThe club has not published a figure. [[S|Its chairman]] [[C|said]] [[Q|it would be privately funded]].",
    "Live chat transcript\n[[N:byline/transcript_label|Moderator (10:02):]] Welcome, everyone.\n[[N:byline/transcript_label|Moderator (10:03):]] Our first question is from Tom.\n\n[[S|The council's leader]] [[C|said]] [[Q|the chat would be repeated next month]].",
]

_REFUSALS = [
    "The developer [[N:refusal/unavailable|was unavailable for comment]] on Friday.\n\nA neighbour, [[S|Hilda Brennan]], [[C|said]] [[Q|the site had been empty for months]].",
    "A request for comment [[N:refusal/unanswered|went unanswered]].\n\n[[S|The union]] [[C|said]] [[Q|its members would vote next week]].",
    "The company pointedly declined [[N:refusal/declined|to say how many staff would go]].\n\n[[S|A union official]] [[C|said]] [[Q|at least 200 jobs were at risk]].",
    "The airline [[N:refusal/no_response|did not respond by deadline]].\n\n[[S|Passengers]] [[C|said]] [[Q|they had waited six hours without food]].",
    "Lawyers for the footballer [[N:refusal/declined|declined to be drawn on the allegations]].\n\n[[S|The club]] [[C|said]] [[Q|it was aware of the reports]].",
    "Asked [[N:non_reporting/question|whether he would stand again]], [[S|the mayor]] would only [[C|say]] [[Q|that he was “focused on the job”]].",
    "Representatives for the singer [[N:refusal/no_response|have not replied to several emails]] from the Chronicle.",
    "The school [[N:refusal/declined|refused to discuss individual pupils]], citing confidentiality.\n\n[[S|One mother]] [[C|said]] [[Q|her son had been excluded without warning]].",
    "Neither the ministry nor the embassy [[N:refusal/no_response|responded to questions]] sent on Wednesday.\n\n[[S|A diplomat in the capital]] [[C|said]] [[Q|talks were continuing]].",
    "Contacted by the Times, the agency [[N:refusal/no_comment|said it had “nothing to add”]] to its earlier statement.",
    "The hospital [[N:refusal/declined|would not be drawn on]] when the ward would reopen.\n\n[[S|A nurse]] [[C|said]] [[Q|staff had been moved to other wards]].",
    "The bank [[N:refusal/no_comment|offered no comment beyond a two-line statement]].\n\n[[S|Customers]] [[C|said]] [[Q|they had been locked out of their accounts for days]].",
    "When reached by phone, Mr Delacroix [[N:refusal/hung_up|hung up]].\n\n[[S|His former business partner]] [[C|said]] [[Q|the two had not spoken since 2021]].",
    "A spokeswoman for the police [[N:refusal/declined|said it would be inappropriate to comment]] while inquiries continued.",
]

_NEGATED = [
    "It would be wrong to say [[N:negated/hypothetical|that the scheme has failed]], but it is behind schedule.\n\n[[S|The project's director]] [[C|said]] [[Q|the first homes would be ready in 2027]].",
    "No one is saying [[N:negated/no_one|that the bridge is unsafe]]. But engineers want a closer look.\n\n[[Q|“We are being cautious,”]] [[C|said]] [[S|county engineer Hamid Rostami]].",
    "Critics stop short of calling it [[N:negated/stop_short|a cover-up]].\n\n[[S|The opposition leader]] [[C|said]] [[Q|the inquiry should be independent]].",
    "Far from claiming [[N:negated/far_from|victory]], the campaign's organisers admitted they had been outspent.",
    "Nobody in the room suggested [[N:negated/nobody|that the vote be delayed]].\n\n[[S|The chairman]] [[C|said]] [[Q|the result was clear]].",
    "At no point did the inspectors allege [[N:negated/at_no_point|that children were in danger]].\n\n[[S|The nursery's owner]] [[C|said]] [[Q|she was relieved]].",
    "Were the minister to announce [[N:negated/hypothetical|a U-turn]], backbenchers would be furious.\n\n[[S|One MP]] [[C|told]] the Herald [[Q|that the party was already split]].",
    "Few would argue [[N:negated/few|that the old library was fit for purpose]].\n\n[[S|The architect]] [[C|said]] [[Q|the new building would use half the energy]].",
    "The coach was careful not to blame [[N:negated/careful_not|the referee]].\n\n[[Q|“We did not defend well enough,”]] [[S|he]] [[C|said]].",
    "She has never publicly claimed [[N:negated/never|that she was forced out]].\n\n[[S|A friend]] [[C|said]] [[Q|she had been unhappy for months]].",
    "Should the company confirm [[N:negated/hypothetical|the closure]], 400 jobs would go.\n\n[[S|The union]] [[C|said]] [[Q|it would fight any closure]].",
    "Not a single witness testified [[N:negated/no_one|that the car was speeding]].\n\nThe defence barrister [[S|Aoife Mulcahy]] [[C|said]] [[Q|the case should be dropped]].",
    "Nothing in the report says [[N:negated/nothing|the mayor broke the rules]].\n\n[[S|The mayor]] [[C|said]] [[Q|he felt vindicated]].",
    "Hardly anyone now argues [[N:negated/few|that the tram should be scrapped]].\n\n[[S|The transport chief]] [[C|said]] [[Q|passenger numbers were at a record high]].",
]

_FURNITURE = [
    "[[N:byline/dateline|WAKEFIELD, Mass. (AP) —]] A school bus slid off an icy road on Tuesday, injuring three children.\n\n[[Q|“The driver did everything right,”]] [[C|said]] [[S|Police Chief Dana Whitcomb]].\n\n[[N:byline/syndication|Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.]]",
    "THE MORNING BRIEF\n[[N:teaser/newsletter|Good morning. Here's what you need to know today.]]\n\n• Inflation: Prices rose 3.1% last month. [[S|The central bank's governor]] [[C|said]] [[Q|rates would stay on hold]].\n\n[[N:teaser/newsletter|Forwarded this email? Sign up here.]]",
    "LIVE: County v Rovers\n\n[[N:byline/minute_marker|45+2']] HALF-TIME. [[N:subheading/live_score|County 1-0 Rovers]].\n\n[[N:byline/minute_marker|52']] Yellow card for Okoro.\n\n[[N:byline/minute_marker|60']] [[S|Rovers' manager]] on the touchline, and he [[C|told]] the fourth official [[Q|that the ball had gone out]].",
    "TONIGHT ON TV\n8pm [[N:title/tv_listing|“The Lighthouse Keepers”]] (BBC Two) — Gripping drama.\n9pm [[N:title/tv_listing|“Bake Off: The Professionals”]] (Channel 4)\n\n[[N:title/tv_listing|Pick of the day]]",
    "OBITUARY\nEdith Margaret Loach, 1931–2026\n[[N:byline/obituary|Peacefully at home, surrounded by her family.]] Beloved wife of the late Arthur, known to all as [[N:nickname/known_as|‘Nanna Edie’]].\nFuneral at St Mary's, Friday 11am. Family flowers only.",
    "PRESS RELEASE — FOR IMMEDIATE RELEASE\n\n[[S|Corvane Foods]] [[C|announced]] today [[Q|that it will open a factory in Ashby, creating 300 jobs]].\n\n[[N:byline/boilerplate|About Corvane Foods: Corvane is a leading producer of chilled ready meals. For media enquiries, contact press@corvane.example.]]\n\n###",
    "Show notes\n[[N:teaser/show_notes|In this episode: why your bins are collected less often, and who decided.]]\n[[N:teaser/show_notes|Subscribe, rate and review!]]\n\nOn the show, [[S|councillor Imelda Roche]] [[C|said]] [[Q|fortnightly collections had saved £2m]].",
    "BREAKING NEWS TICKER\n[[N:teaser/ticker|• Motorway closed after lorry fire •]] [[N:teaser/ticker|• Council leader to quit •]] [[N:teaser/ticker|• Schools shut as snow falls •]]\n\n[[S|The council leader]] [[C|told]] colleagues [[Q|she would step down in May]].",
    "LETTERS\n\n[[N:headline/letter_title|Bypass is a road to nowhere]]\n\nSir — I read with dismay your report on the bypass. [[N:non_reporting/letter|The money would be better spent on buses.]]\n\nMargaret Hollins, Thornhill",
    "Key events\n[[N:teaser/key_events|2h ago — Prime minister arrives at summit]]\n[[N:teaser/key_events|3h ago — Protesters gather outside venue]]\n\n[[S|The prime minister]] [[C|told]] reporters [[Q|that a deal was close]].",
    "This article was first published by The Conversation and is republished under a Creative Commons licence.\n\n[[S|Professor Ngozi Eze]] [[C|said]] [[Q|the drought had cut yields by a third]].\n\n[[N:byline/syndication|This story was produced in partnership with the Climate Desk network.]]",
    "Home | News | Sport | Weather | Contact\n\nPlans for a new crematorium have been approved.\n\nThe undertaker [[S|Bernard Quist]] [[C|said]] [[Q|families currently had to travel forty miles]].\n\n[[N:teaser/footer|Privacy policy · Terms of use · © Valley Online Ltd]]",
    "[[N:byline/byline|By Lucinda Parr, Business Editor]]\n[[N:byline/updated|Updated 14:32 GMT, 3 March]]\n\n[[S|The chancellor]] [[C|said]] [[Q|the deficit would be halved]].",
    "The Week in 60 Seconds\n[[N:teaser/roundup|Monday: Bridge reopens. Tuesday: Council row over pay. Wednesday: 'Ghost' ship spotted off the coast.]]\n\n[[S|The harbour master]] [[C|said]] [[Q|the ship had been abandoned in 2019]].",
    "[[N:byline/correction|Correction: An earlier version of this article said the councillor had resigned. She has not.]]\n\n[[S|The councillor]] [[C|said]] [[Q|she would serve out her term]].",
    "Advertisement\n\n[[N:teaser/paywall|Subscribe for £1 a week to keep reading]]\n\n[[S|The coroner]] [[C|said]] [[Q|the death was accidental]].",
    "From our archive, 1966\n[[N:teaser/archive|'Moon landing within the decade,' says scientist]]\n\nThis week 60 years ago the Herald reported on a lecture at the town hall.",
    "This is a sponsored article.\n[[N:teaser/sponsored|Why thousands are switching to solar — and saving £500 a year]]\n\n[[S|The installer's founder]] [[C|said]] [[Q|demand had doubled]].",
    "WEATHER\n[[N:subheading/weather|Today: bright spells, risk of a shower. Max 14C.]]\n[[N:subheading/weather|Tonight: clear and cold, frost in rural areas.]]\n\n[[S|Forecasters]] [[C|said]] [[Q|the weekend would be dry]].",
    "Sign up to our daily newsletter\n[[N:teaser/newsletter|The best stories from the Valley, straight to your inbox]]\n\n[[S|The health board]] [[C|said]] [[Q|its new clinic would open in May]].",
]

_SAYINGS = [
    "Locals have a saying about the valley: [[N:non_reporting/saying|“If you can see the hill, it's going to rain; if you can't, it's raining.”]]",
    "As the old proverb goes, [[N:non_reporting/saying|'a watched pot never boils']] — and the planning department has been watched for years.",
    "The phrase [[N:words_as_words/idiom|“kicking the can down the road”]] came up four times in the debate.\n\n[[S|The leader]] [[C|said]] [[Q|the budget would be balanced]].",
    "On the memorial stone are the words [[N:non_reporting/inscription|„Gone but not forgotten“]].\n\n[[S|The vicar]] [[C|said]] [[Q|the stone would be rededicated on Sunday]].",
    "Graffiti reading [[N:slogan/graffiti|‘Tories out’]] was sprayed on the office overnight.\n\n[[S|Police]] [[C|said]] [[Q|they were treating it as criminal damage]].",
    'The T-shirts, printed with [[N:slogan/tshirt|"I survived the Great Flood of 2026"]], sold out in a day.\n\n[[S|The shop\'s owner]] [[C|said]] [[Q|profits would go to the flood fund]].',
]

_NAMES_MORE = [
    "The council's flagship [[N:title/scheme|“Clean Streets”]] scheme cost £1.2m last year.\n\n[[S|The council]] [[C|said]] [[Q|litter complaints had fallen by half]].",
    "A new book, [[N:title/book|‘The Drowned Parish’]], tells the story of the village flooded to build the reservoir.\n\nIts author [[S|Glenys Howells]] [[C|said]] [[Q|she had interviewed forty former residents]].",
    "Members voted to rename the pub [[N:title/business|«The Jolly Ferryman»]] after a public poll.\n\n[[S|The landlord]] [[C|said]] [[Q|the old sign would go to the museum]].",
    "The app, called [[N:title/app|“ParkSmart”]], tells drivers where spaces are free.\n\n[[S|Its developer]] [[C|said]] [[Q|10,000 people had downloaded it]].",
    "The exhibition [[N:title/exhibition|“Salt, Sail and Steam”]] runs until September at the maritime museum.\n\n[[S|The curator]] [[C|said]] [[Q|most of the objects had never been shown before]].",
    'The band\'s new single, [[N:title/song|"Harbour Lights"]], entered the chart at number nine.\n\nThe singer [[S|Cormac Devlin]] [[C|said]] [[Q|the song was about his father]].',
    "Branded [[N:title/named_as|“The Beast from the Bay”]] by locals, the storm flattened fences along the coast.\n\n[[S|Farmers]] [[C|said]] [[Q|they had never seen wind like it]].",
    "Nicknamed [[N:nickname/nickname|'the Professor']] for his reading of the game, the midfielder retired on Sunday.\n\n[[Q|“It is time,”]] [[S|he]] [[C|said]].",
    "Known in the trade as [[N:nickname/known_as|“the Beige Book”]], the guidance runs to 400 pages.\n\n[[S|The regulator]] [[C|said]] [[Q|it would be simplified next year]].",
    "The so-called [[N:title/legal_name|“sofa tax”]], a levy on second homes, raised £3m in its first year.\n\n[[S|The council]] [[C|said]] [[Q|the money would fund affordable housing]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("told_headline", _TOLD_HEADLINES),
    ("standfirst", _STANDFIRSTS),
    ("most_read", _MOST_READ),
    ("alt_text", _ALT_TEXT),
    ("table", _TABLES),
    ("recipe", _RECIPES),
    ("legal", _LEGAL),
    ("rating", _RATINGS),
    ("ship_operation", _NAMES),
    ("words", _WORDS),
    ("irony", _IRONY),
    ("chant", _CHANTS),
    ("social", _SOCIAL),
    ("transcript", _TRANSCRIPTS),
    ("refusal", _REFUSALS),
    ("negated", _NEGATED),
    ("furniture", _FURNITURE),
    ("saying", _SAYINGS),
    ("names", _NAMES_MORE),
]
"""Every group of passages, in order: its name (the id's last part) and its templates."""
