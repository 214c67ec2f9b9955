# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the fifth hard-negative suite (written by ``make_hard_negatives5.py``).

Every passage is invented: names, towns, outlets, products, songs and laws do not exist.
They were written before reading the rejection and layout rules, and without reading the
passages of the first four suites (only their lists of categories).

Markup (as in the second to fourth suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``kicker`` or ``survey``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks,
or the clause after a cue word), not the whole line. Fields in braces come from :data:`FILLERS`.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [
    {
        "a": "Henrietta Obuya",
        "al": "Obuya",
        "pa": "she",
        "Pa": "She",
        "b": "Casimir Dunleavy",
        "bl": "Dunleavy",
        "pb": "he",
        "Pb": "He",
        "town": "Kettlewick",
        "org": "the Kettlewick Housing Trust",
        "paper": "the Kettlewick Echo",
        "rep": "Mairead Fenwick",
        "team": "Kettlewick Rovers",
    },
    {
        "a": "Bartholomew Asante",
        "al": "Asante",
        "pa": "he",
        "Pa": "He",
        "b": "Lucinda Farrow-Baig",
        "bl": "Farrow-Baig",
        "pb": "she",
        "Pb": "She",
        "town": "Dunsmere",
        "org": "Dunsmere District Council",
        "paper": "the Dunsmere Sentinel",
        "rep": "Oskar Lindqvist",
        "team": "Dunsmere Athletic",
    },
    {
        "a": "Priyanka Thistlewood",
        "al": "Thistlewood",
        "pa": "she",
        "Pa": "She",
        "b": "Emeka Holloway",
        "bl": "Holloway",
        "pb": "he",
        "Pb": "He",
        "town": "Saltbridge",
        "org": "the Saltbridge Port Authority",
        "paper": "the Saltbridge Mercury",
        "rep": "Tamsin Okafor-Reid",
        "team": "Saltbridge Harriers",
    },
    {
        "a": "Gustavo Ferreira-Lund",
        "al": "Ferreira-Lund",
        "pa": "he",
        "Pa": "He",
        "b": "Wilhelmina Crake",
        "bl": "Crake",
        "pb": "she",
        "Pb": "She",
        "town": "Brackenholt",
        "org": "Brackenholt Water",
        "paper": "the Brackenholt Standard",
        "rep": "Declan Mbeki",
        "team": "Brackenholt Town",
    },
    {
        "a": "Ngozi Pemberton",
        "al": "Pemberton",
        "pa": "she",
        "Pa": "She",
        "b": "Ruairi Castellanos",
        "bl": "Castellanos",
        "pb": "he",
        "Pb": "He",
        "town": "Orrisford",
        "org": "the Orrisford Hospital Trust",
        "paper": "the Orrisford Gazette",
        "rep": "Yusuf Albright",
        "team": "Orrisford United",
    },
]

HEADLINES = [
    "[[N:headline/colon_fragment|Flood defences ‘not fit for purpose’: report]]\n\nA review of the barriers along the river found that most were built to a standard set in the 1970s.\n\n[[Q|“We have been lucky for a long time,”]] [[C|said]] [[S|{a}]], who chaired the review.",
    "[[N:headline/kicker|EXCLUSIVE]]\n[[N:headline/colon_fragment|Bus depot plan ‘dead in the water’, insiders claim]]\n\nPlans for a new depot in {town} have stalled after the landowner withdrew. [[S|{b}]], a councillor, [[C|said]] [[Q|the scheme had “no realistic future”]].",
    "[[N:headline/strapline|‘They just stopped coming’]]\n[[N:subheading/strapline|How a village lost its last two buses in one winter]]\n\nBy {rep}\n\nThe number 14 used to call at the green every hour. [[Q|“Now it is a taxi or nothing,”]] [[S|{a}]] [[C|says]].",
    "[[N:headline/quote_colon|{bl}: ‘I never wanted to be mayor’]]\n\n{b} took office on Monday. In an interview [[S|{pb}]] [[C|said]] [[Q|{pb} had been talked into standing by friends]].",
    "[[N:headline/caps|‘WE WERE LEFT IN THE DARK’ — RESIDENTS]]\n\nFamilies in {town} spent three nights without power after the storm. [[S|{a}]] [[C|told]] {paper}: [[Q|“Nobody knocked on a single door.”]]",
    "[[N:headline/question|Is the ‘four-day week’ here to stay?]]\n\nMore firms in {town} are trying it. [[Q|“Staff are less tired and nobody has left,”]] [[C|said]] [[S|{b}]], who runs a printing works.",
    "LIVE\n[[N:headline/live|Council meeting: ‘chaos’ as budget vote is delayed]]\n\n19:42  [[S|{a}]] [[C|says]] [[Q|the vote will now take place next week]].",
    "[[N:headline/says|Cuts will hit pupils hardest, say heads]]\n\nHead teachers in {town} have written to parents. [[Q|“We cannot keep doing more with less,”]] [[C|said]] [[S|{a}]], head of {town} Primary.",
    "[[N:headline/colon_fragment|Café owner's ‘nightmare’ over parking fines: ‘I'm paying to work’]]\n\n[[S|{a}]] has received 31 tickets this year. [[Q|“It is absurd,”]] [[S|{pa}]] [[C|said]].",
    "Opinion\n[[N:headline/opinion|The ‘quiet carriage’ is a lie, and we all know it]]\n\nEvery commuter in {town} has sat in it. Nobody is quiet.",
    "[[N:headline/teaser_quote|“I heard a bang and ran”: witness to pier fire speaks]]\n\nA man who saw the fire start has described the moment. [[Q|“The whole end of the pier went up in seconds,”]] [[C|said]] [[S|{b}]].",
    "[[N:headline/sport|{team} boss: ‘The lads deserved more’]]\n\n[[S|{a}]] [[C|said]] [[Q|{pa} was proud of the performance despite the defeat]].",
    "[[N:headline/title_case|‘Not On Our Watch’: Parents Rally Against School Merger]]\n\nAbout 200 people gathered outside the town hall on Saturday.",
    "BREAKING\n[[N:headline/breaking|Factory fire: ‘several injured’, police say]]\n\nEmergency services were called to the industrial estate at 3am. [[S|A police spokesman]] [[C|said]] [[Q|the fire was under control]].",
]

SUBHEADS = [
    "The council will vote on the plan next month.\n\n[[N:subheading/quote_subhead|‘A lifeline’]]\n\nFor many residents the bus is the only link to the hospital. [[Q|“Without it I would not see my consultant,”]] [[C|said]] [[S|{a}]].",
    "Profits fell by a third in the year.\n\n[[N:subheading/caps|WHAT HAPPENS NEXT]]\n\n[[S|{b}]], the finance director, [[C|said]] [[Q|the company would sell two warehouses]].",
    "Volunteers have cleared most of the beach.\n\n[[N:subheading/question|So what went wrong?]]\n\n[[S|Investigators]] [[C|said]] [[Q|the pipe had been damaged by a dredger]].",
    "The hospital has 40 fewer beds than last winter.\n\n[[N:subheading/says|Staff say they are ‘running on empty’]]\n\n[[Q|“We are exhausted,”]] [[C|said]] [[S|one nurse]], who did not want to be named.",
    "Turnout was the lowest since 1998.\n\n[[N:subheading/colon|Analysis: ‘apathy’ or protest?]]\n\n[[S|{a}]], a lecturer in politics, [[C|said]] [[Q|the answer was probably both]].",
    "{org} raised charges by 9 per cent.\n\n[[N:subheading/title_case|‘Bills Will Keep Rising’]]\n\nAnalysts expect a further rise next spring.",
    "The match was abandoned at half-time.\n\n[[N:subheading/numbered|3. ‘The worst pitch in the league’]]\n\nGroundstaff blamed the drains.",
    "Residents were told to boil water.\n\n[[N:subheading/key_points|Key points:]]\n• [[N:subheading/bullet|Supply ‘safe within 48 hours’]]\n• Bottled water at the leisure centre\n\n[[S|{b}]] [[C|said]] [[Q|engineers were working through the night]].",
    "The festival returns in August.\n\n[[N:subheading/interview_head|In {al}'s own words: ‘I just wanted a stage’]]\n\n{a} started the festival in a field behind the family farm.",
    "Sales of bicycles rose sharply.\n\n[[N:subheading/em_dash|— ‘Everyone wants one now’ —]]\n\n[[Q|“We sold out twice in May,”]] [[C|said]] [[S|{b}]], who owns a shop on the high street.",
]

CAPTIONS = [
    "{a} (left) with {b}, pictured at the launch, said [[N:caption/pictured|it was ‘a great day’]]\n\nThe new library opened on Friday. [[S|{al}]] [[C|said]] [[Q|it had taken six years to raise the money]].",
    "[[N:caption/image_label|Image: Protesters outside the depot on Monday, holding signs that read ‘Save our buses’]]\n\nAbout 80 people joined the protest. [[Q|“We are not going away,”]] [[C|said]] [[S|{b}]].",
    "[[N:caption/photograph_label|Photograph: {rep}/{paper}]]\n[[N:caption/photo_sentence|Firefighters at the scene of the blaze, which the brigade described as ‘fierce’]]\n\nSix crews were sent. [[S|The station manager]] [[C|said]] [[Q|nobody had been hurt]].",
    "Story continues below\n[[N:caption/pull_quote|‘We cannot wait another decade for a bridge’]]\n\n[[S|{a}]] has campaigned for a crossing since 2011. [[Q|“We cannot wait another decade for a bridge,”]] {pa} [[C|said]].",
    "[[N:caption/right|Right: the damaged roof of the chapel, which locals call ‘the old lady’]]\n\nRepairs will cost £200,000. [[S|{b}]], a churchwarden, [[C|said]] [[Q|the appeal had raised half of it]].",
    "[[N:caption/photo_credit|{a} says the garden ‘saved my life’. Photo: {rep}]]\n\n{a} began growing vegetables after a long illness.",
    "[[N:caption/video|Video: ‘It shook the whole house’ — residents describe the blast]]\n\n[[S|{b}]], who lives two doors away, [[C|said]] [[Q|windows had been blown in along the street]].",
    "[[N:caption/gallery|Gallery: the best pictures from ‘Wet Weekend’ at {town} show]]\n\nThe show went ahead despite the rain.",
    "[[N:caption/agency|{a} speaks to reporters in {town} on Tuesday. (Reuters/{rep})]]\n\n[[S|{a}]] [[C|told]] reporters [[Q|{pa} would not resign]].",
    "[[N:caption/above|Above: the ‘mystery’ sculpture that appeared overnight in the square]]\n\nNobody has claimed it. [[S|The council]] [[C|said]] [[Q|it would stay for now]].",
    "[[N:caption/pull_quote_attr|“Nobody asked the people who actually live here.”\n— {b}]]\n\nThe plan for 400 homes was approved in June. [[Q|“Nobody asked the people who actually live here,”]] [[C|said]] [[S|{bl}]], who lives opposite the site.",
    "[[N:caption/inset|Inset: {a}, who described the flooding as “biblical”]]\n\nThe river rose by two metres in a day.",
]

FURNITURE = [
    "[[S|{a}]] [[C|said]] [[Q|the deal would create 300 jobs]].\n\n[[N:teaser/related|Related: ‘We were never consulted’, say fishermen]]\n[[N:teaser/related|Related: Port expansion: what you need to know]]",
    "The ferry will run twice a day from May.\n\n[[N:teaser/newsletter|Get our free ‘Morning Briefing’ newsletter — sign up here]]\n\n[[Q|“It is the best news this town has had in years,”]] [[C|said]] [[S|{b}]].",
    "[[N:teaser/paywall|Subscribe to keep reading. ‘The best local journalism’ — from £1 a week.]]\n\n[[S|{a}]] [[C|said]] [[Q|the market would reopen in spring]].",
    "[[N:byline/correction|Correction: An earlier version of this article said {b} described the plan as ‘reckless’. {Pb} did not.]]\n\n[[S|{b}]] [[C|said]] [[Q|the plan needed more work]].",
    "[[N:byline/dateline|KETTLEWICK, March 3 (Wire Service) -]] [[S|Officials]] [[C|said]] on Tuesday [[Q|the bridge would remain closed for a month]].",
    "[[N:byline/byline_title|By {rep}, ‘Chief Reporter’]]\n\nThe market reopened on Saturday after a two-year refurbishment.",
    "[[Q|“I am delighted,”]] [[C|said]] [[S|{a}]].\n\n[[N:teaser/share|Share this story: ‘Town's oldest pub saved’]]\n[[N:teaser/comments|Comments (14)]]",
    "[[N:teaser/more_from|More from {paper}: ‘Why I quit the council’ — {b} speaks out]]\n\n[[S|{a}]] [[C|said]] [[Q|the festival had sold 4,000 tickets]].",
    "[[S|{b}]] [[C|said]] [[Q|the school would reopen on Monday]].\n\n[[N:byline/amended|This article was amended on 4 May to remove a quote wrongly attributed to a parent.]]",
    "We use cookies. [[N:teaser/cookie|By clicking ‘Accept all’]] you agree to our use of cookies.\n\n[[S|{a}]] [[C|told]] the meeting [[Q|the budget was balanced]].",
    "[[N:teaser/podcast_promo|Listen: ‘The Week in {town}’ podcast, episode 41]]\n\n[[S|{b}]] [[C|said]] [[Q|the podcast had 3,000 listeners a week]].",
    "[[N:byline/contributor|{rep} is ‘Our Man in the Marshes’ columnist.]]\n\nThe bird survey starts this weekend.",
    "[[N:teaser/you_might_like|You might also like: ‘I swapped my car for a horse’]]\n\n[[S|{a}]] [[C|said]] [[Q|the stables had a waiting list]].",
    "[[N:byline/updated|Updated 14:05 BST: adds ‘no injuries’ line from police]]\n\n[[S|Police]] [[C|said]] [[Q|nobody had been injured]].",
    "[[N:teaser/watch|▶ Watch: ‘I couldn't believe my eyes’ — driver films deer on motorway]]\n\n[[S|{b}]] [[C|said]] [[Q|the deer ran off unhurt]].",
]

HABITUAL = [
    "Teachers at the school joke about [[N:words_as_words/habitual|“the September cough”]], which spreads through every class in the first week. [[S|{a}]], the head, [[C|said]] [[Q|attendance was back to normal]].",
    "Landlords in {town} describe [[N:words_as_words/habitual|such flats as ‘compact’]]; tenants use other words. [[S|{b}]], who rents one, [[C|said]] [[Q|{pb} could touch both walls from the bed]].",
    "Locals still call the roundabout [[N:nickname/place|“the magic circle”]], though the council renamed it years ago.",
    "Commuters routinely refer to the 7.12 as [[N:nickname/train|‘the cattle truck’]]. [[S|{org}]] [[C|said]] [[Q|two carriages would be added]].",
    "Nurses tend to say [[N:words_as_words/habitual|“the frequent flyers”]] of patients who come back every month.",
    "Fishermen have long spoken of [[N:words_as_words/habitual|‘the widow's tide’]], the spring tide that drowned six men in 1887.",
    "Parents often tell their children [[N:words_as_words/generic|“don't go near the quarry”]], but teenagers swim there every summer. [[S|{a}]] [[C|said]] [[Q|the fence would be raised]].",
    "Shop owners on the high street half-jokingly call December [[N:words_as_words/habitual|“the make-or-break month”]].",
    "Gardeners in the valley swear by the old rule [[N:words_as_words/saying|‘plant on Good Friday’]].",
    "Estate agents like [[N:words_as_words/habitual|to describe the street as ‘up and coming’]]. [[S|{b}]], who has lived there since 1979, [[C|said]] [[Q|it had been up and coming for 40 years]].",
    "Drivers everywhere mutter [[N:words_as_words/generic|“not again”]] when the lights on the bypass turn red.",
    "Regulars at the pub have a name for the corner table: [[N:nickname/object|“the parliament”]].",
    "Cyclists in the city use the word [[N:words_as_words/jargon|‘dooring’]] for being hit by an opened car door. [[S|{a}]] [[C|said]] [[Q|{pa} had been doored twice]].",
]

SURVEYS = [
    "Sixty-two per cent of respondents answered [[N:non_reporting/survey|‘no’ when asked if they felt safe at night]]. [[S|{a}]], who commissioned the poll, [[C|said]] [[Q|the figures were worrying]].",
    "Almost half ticked [[N:non_reporting/survey|“strongly agree”]] next to the statement on bus fares.",
    "Asked to rate the service, most chose [[N:non_reporting/survey|‘poor’]] or [[N:non_reporting/survey|‘very poor’]]. [[S|{org}]] [[C|said]] [[Q|it would publish an action plan]].",
    "One in five parents selected [[N:non_reporting/survey|“don't know”]] on the question about school meals.",
    "The questionnaire asked residents whether [[N:non_reporting/survey|the park should close at dusk]]. [[S|{b}]] [[C|said]] [[Q|the answers would be read by councillors]].",
    "Only 8 per cent gave the option [[N:non_reporting/survey|‘very satisfied’]], down from 21 per cent.",
    "[[N:non_reporting/survey|The word most often chosen to describe the town centre was “tired”]], the survey found.",
    "Respondents could pick [[N:non_reporting/survey|‘yes’]], [[N:non_reporting/survey|‘no’]] or [[N:non_reporting/survey|‘not sure’]]. [[S|{a}]] [[C|said]] [[Q|the questions had been tested on a pilot group]].",
    "A majority voted [[N:non_reporting/survey|«remain open» in the online poll on the library's future]].",
    "Staff were asked to respond to the statement [[N:non_reporting/survey|“I would recommend this hospital to a friend”]]; 41 per cent agreed.",
]

PRODUCTS = [
    "Police urged parents to delete the app [[N:title/app|‘Whisperbox’]] from children's phones. [[S|{a}]], a detective inspector, [[C|said]] [[Q|it had been used to contact pupils]].",
    "The bakery launched a range called [[N:title/product|“Kettlewick Crumb”]] last spring.",
    "{org} has rebranded its helpline as [[N:title/brand|‘CareLine Plus’]]. [[S|{b}]] [[C|said]] [[Q|the number would not change]].",
    "The brewery recalled [[N:title/product|bottles of its pale ale „Harbour Light“ after reports of broken glass]].",
    "Shoppers were warned not to buy the toy sold as [[N:title/product|“Snuggle Bear Deluxe”]] online.",
    "The council replaced its old software with a system known as [[N:title/software|‘Atlas’]]. [[S|{a}]] [[C|said]] [[Q|the switch had cost £2m]].",
    "Customers of the bank were told to download the new app, [[N:title/app|“PocketVault”]], before the old one stops working.",
    "The supermarket's own-brand cereal, [[N:title/product|‘Sunny Oats’]], tops the sales chart. [[S|{b}]], a buyer, [[C|said]] [[Q|it outsold the big brands]].",
    "Residents can report [[N:title/website|potholes through the website «FixMyLane»]].",
    "The start-up sells a smart lock under the name [[N:title/brand|‘Gatekeeper’]]. [[S|{a}]], its founder, [[C|said]] [[Q|10,000 had been sold]].",
    "The chain is phasing out its [[N:title/product|“Value Basics”]] label from next month.",
]

WORDS = [
    "Dictionary editors added [[N:words_as_words/dictionary|‘staycationer’ to the online edition]] this week. [[S|{a}]], an editor, [[C|said]] [[Q|the word had been in use for a decade]].",
    "[[Q|The word of the year is “polycrisis”]], [[C|according to]] [[S|the publisher's panel]]. Lexicographers use [[N:words_as_words/dictionary|‘polycrisis’]] for a run of crises that feed one another.",
    "In the local dialect, [[N:words_as_words/translation|‘mardy’]] means sulky.",
    "The Welsh name of the village, [[N:words_as_words/translation|“Pentre Glas”]], translates as [[N:words_as_words/gloss|“green village”]]. [[S|{b}]] [[C|said]] [[Q|the new signs would carry both names]].",
    "The sign on the border reads [[N:slogan/sign|«Bienvenue» in French and «Willkommen»]] in German.",
    "Scientists use the term [[N:words_as_words/term|‘heat dome’]] for the trapped mass of hot air. [[S|{a}]], a forecaster, [[C|said]] [[Q|the dome would break up by Sunday]].",
    "The spelling [[N:words_as_words/spelling|“Brackenholte”]], with an e, was dropped in 1911.",
    "The Japanese word [[N:words_as_words/translation|„kaizen“]] — roughly, continuous improvement — appears on every wall of the factory.",
    "The acronym [[N:words_as_words/acronym|‘NIMBY’]] was first used in print in the 1980s.",
    "Put simply, [[N:words_as_words/gloss|“net zero”]] means removing as much carbon as you emit. [[S|{b}]] [[C|said]] [[Q|the town would reach it by 2040]].",
    "Children in the nursery learn [[N:words_as_words/learned|to say “thank you” in six languages]].",
    "The phrase [[N:words_as_words/phrase|‘cost of living’]] was searched more than any other last year.",
]

SLOGANS = [
    "A hoarding around the site carries the developer's promise: [[N:slogan/hoarding|‘Luxury living, coming soon’]]. [[S|{a}]], who lives opposite, [[C|said]] [[Q|it had said that for three years]].",
    "Banners on the bridge read [[N:slogan/banner|“No to the toll”]].",
    "Fans sang [[N:slogan/chant|‘We're going up’ for the last ten minutes]]. [[S|{b}]], the manager, [[C|said]] [[Q|the atmosphere had lifted the players]].",
    "The crowd chanted [[N:slogan/chant|“Whose streets? Our streets!”]] as the march reached the square.",
    "Her T-shirt bore the words [[N:slogan/tshirt|‘Keep Dunsmere Weird’]].",
    "The choir closed with [[N:title/song|“Home Across the Water”]], whose chorus runs [[N:slogan/lyric|‘we'll be there when the tide comes in’]]. [[S|{a}]], the conductor, [[C|said]] [[Q|it was the choir's favourite]].",
    "Campaigners projected the words [[N:slogan/projection|«Not for sale»]] onto the side of the town hall.",
    "The party's campaign slogan, [[N:slogan/campaign|“A fair deal for every street”]], appears on every leaflet. [[S|{b}]] [[C|said]] [[Q|leaflets cost the party £4,000]].",
    "A sticker on the van says [[N:slogan/sticker|‘How's my driving?’]].",
    "Marchers carried [[N:slogan/placard|placards with messages such as “Books not bombs” and “Fund our libraries”]]. [[S|Police]] [[C|said]] [[Q|the march was peaceful]].",
    "The club's motto, [[N:slogan/motto|‘Together in all weathers’]], is painted above the changing rooms.",
    "Graffiti reading [[N:slogan/graffiti|“Go home tourists”]] appeared on the sea wall overnight. [[S|{a}]] [[C|said]] [[Q|it would be cleaned off by Friday]].",
    "The jingle [[N:slogan/jingle|‘Brackenholt Water — on tap for you’]] ran on local radio all summer.",
    "Shops in the arcade displayed a poster with the message [[N:slogan/poster|“We are open as usual”]].",
]

SCREENS = [
    "The departure board showed [[N:non_reporting/screen|‘Cancelled’]] against every train after 6pm. [[S|A spokesman for {org}]] [[C|said]] [[Q|a signal fault was to blame]].",
    "Customers trying to pay saw the message [[N:non_reporting/error|“Transaction declined — error 504”]].",
    "The hashtag [[N:words_as_words/hashtag|#SaveTheLido]] was trending by lunchtime. [[S|{a}]] [[C|said]] [[Q|the lido would stay open this summer]].",
    "Searches for [[N:words_as_words/search|“flood insurance {town}”]] rose tenfold in a week.",
    "The most common password found in the leak was [[N:words_as_words/password|‘password123’]].",
    "A screen above the motorway flashed [[N:non_reporting/screen|«Queue ahead — slow down»]] for most of the afternoon.",
    "Users who opened the page were greeted with [[N:non_reporting/error|‘404: page not found’]]. [[S|{org}]] [[C|said]] [[Q|the website had been restored]].",
    "The scoreboard read [[N:non_reporting/screen|“HOME 2 AWAY 2”]] at the final whistle.",
    "Her phone buzzed with an alert: [[N:non_reporting/alert|“Severe weather warning for your area”]].",
    "Typing [[N:words_as_words/search|‘cheap flights’]] into the search engine returned adverts first.",
    "The automated voice on the line repeats [[N:non_reporting/recording|“your call is important to us”]] every 40 seconds. [[S|{b}]] [[C|said]] [[Q|{pb} had waited an hour]].",
    "The receipt was printed with [[N:non_reporting/printed|‘Thank you for shopping local’]] at the bottom.",
]

TITLES = [
    "{a} played the lead in [[N:title/film|“The Salt Road”]], which was shot on the beach at {town}. [[S|{al}]] [[C|said]] [[Q|the cold had been the hardest part]].",
    "The town features in the hit drama [[N:title/tv|‘Harbour Lights’]].",
    "{b}'s memoir, [[N:title/book|„Ten Winters on the Marsh“]], is out next month.",
    "In [[N:title/podcast|“Small Town, Big Trouble”]], two reporters retrace the 1994 robbery. [[S|{a}]], one of the hosts, [[C|said]] [[Q|the series had taken two years to make]].",
    "The exhibition [[N:title/exhibition|‘Rust and Rope: A Harbour in Pictures’]] opens at the museum on Saturday.",
    "On [[N:title/radio|“Drive Time with {bl}”]] listeners phone in about traffic. [[S|{b}]] [[C|said]] [[Q|the show would move to weekends]].",
    "The band's new single, [[N:title/song|«Lanterns»]], went straight into the chart.",
    "Pupils are staging [[N:title/play|“The Wind in the Willows”]] this term.",
    "{a} reviewed the novel [[N:title/book|‘A Quiet Year in Dunsmere’]] for the books page.",
    "The documentary [[N:title/documentary|“Last Orders”]] follows the closure of three village pubs. [[S|{b}]], its director, [[C|said]] [[Q|every landlord had agreed to take part]].",
    "The council's report, [[N:title/report|‘A Town for Everyone 2030’]], runs to 212 pages.",
    "Viewers voted [[N:title/tv|“Bake Off: The Professionals”]] their favourite show.",
]

NAMES = [
    "[[S|The minister]] [[C|announced]] [[Q|that the under-occupancy charge would be scrapped]]. Opponents had always called it the [[N:nickname/policy|‘bedroom tax’]]. [[S2|{a}]] [[C2|said]] [[Q2|the change would help 400 households in {town}]].",
    "The [[N:title/bill|‘Safer Streets’]] bill passed its second reading.",
    "{team}, known to their fans as [[N:nickname/team|“the Gulls”]], have won four in a row.",
    "The annual charity swim, dubbed [[N:nickname/event|‘the Big Chill’]], raised £12,000. [[S|{b}]], the organiser, [[C|said]] [[Q|next year's swim would be on New Year's Day]].",
    "The stretch of road is nicknamed [[N:nickname/place|«Pothole Alley»]] by residents.",
    "Police named the operation [[N:nickname/operation|“Operation Lantern”]].",
    "The new tower, which critics have christened [[N:nickname/building|‘the Toaster’]], will be finished in 2028. [[S|{a}]], the architect, [[C|said]] [[Q|{pa} liked the nickname]].",
    "The storm, named [[N:nickname/storm|“Storm Ottilie”]] by forecasters, is expected on Thursday.",
    "The boy, nicknamed [[N:nickname/person|‘Little Legs’]] by his teammates, scored twice.",
    "The scheme, officially the [[N:title/scheme|“Active Travel Corridor”]], will close two lanes. [[S|{b}]] [[C|said]] [[Q|the corridor would be reviewed after a year]].",
    "What became known as [[N:nickname/event|‘the Great Leek Scandal’]] of 2019 still divides the show committee.",
    "The derby between the two clubs, the so-called [[N:nickname/event|“Estuary Derby”]], is a sell-out.",
]

REFUSALS = [
    "{org} would neither confirm nor deny [[N:refusal/neither|that the chief executive had resigned]]. [[S|{a}]], a board member, [[C|said]] [[Q|there would be an announcement on Friday]].",
    "{b} has not responded to [[N:refusal/not_responded|requests for comment]].",
    "{a} could not be reached [[N:refusal/unreachable|for comment on Tuesday]].",
    "The company did not return [[N:refusal/not_returned|calls seeking comment]]. [[S|A former employee]] [[C|said]] [[Q|staff had not been paid since March]].",
    "No comment was offered by [[N:refusal/passive|the club]] when contacted.",
    "A spokeswoman for {org} declined to discuss [[N:refusal/declined|the contents of the report]].",
    "{b}'s lawyer declined [[N:refusal/declined|to comment while the case was ongoing]].",
    "Asked whether {pa} would stand again, {a} [[N:refusal/refused|refused to be drawn]]. [[S|{al}]] [[C|said]] [[Q|{pa} would decide in the new year]].",
    "The police force said it was [[N:refusal/unable|unable to comment on individual cases]].",
    "Neither the landlord nor the agent [[N:refusal/neither_subject|replied to emails from {paper}]].",
    "When approached at home, {b} [[N:refusal/closed_door|shut the door without a word]].",
    "{org} pointed to [[N:refusal/pointed_to|its earlier statement]] and would not add to it. [[S|{a}]], a tenant, [[C|said]] [[Q|that statement answered nothing]].",
]

NEGATED = [
    "{a} never once said [[N:negated/never_once|that the school would close]]. [[S|{al}]] [[C|said]] [[Q|the governors had misread the letter]].",
    "If {pb} were to say [[N:negated/hypothetical|the project was over]], shares would fall.",
    "At no point did {b} claim [[N:negated/at_no_point|the figures were final]].",
    "{a} stopped short of saying [[N:negated/stopped_short|the manager should go]]. [[S|{al}]] [[C|said]] [[Q|the board would meet on Monday]].",
    "Nobody has ever suggested [[N:negated/nobody|the pier is unsafe]]. [[S|The trust]] [[C|said]] [[Q|inspections were carried out every spring]].",
    "Had the council warned [[N:negated/counterfactual|that the road would flood]], residents could have moved their cars.",
    "{b} did not go so far as to say [[N:negated/not_so_far|the deal was dead]].",
    "It is unlikely that any minister will announce [[N:negated/unlikely|a new hospital for {town}]] before the election.",
    "Should anyone claim [[N:negated/hypothetical_should|the water is unsafe]], the board will publish its test results. [[S|{org}]] [[C|said]] [[Q|the water met every standard]].",
    "{a} denied ever having told staff [[N:negated/denied_telling|the plant would close]].",
    "Not one councillor argued [[N:negated/not_one|that the library should stay shut]] at the meeting.",
]

RHETORICAL = [
    "It was, you could say, [[N:non_reporting/you_could_say|a mixed year for the club]]. [[S|{a}]], the chairwoman, [[C|said]] [[Q|the accounts would be published in June]].",
    "The new stand is, so to speak, [[N:non_reporting/so_to_speak|the club's front door]].",
    "The fund will cover repairs, that is to say, [[N:non_reporting/that_is_to_say|roofs, windows and doors]].",
    "Suffice it to say, [[N:non_reporting/suffice|the meeting did not go to plan]]. [[S|{b}]] [[C|said]] [[Q|{pb} would ask for a second vote]].",
    "Let's just say [[N:non_reporting/lets_say|the parking situation has not improved]].",
    "Safe to say, [[N:non_reporting/safe_to_say|nobody expected a snowstorm in April]].",
    "As the saying goes, [[N:words_as_words/saying|every cloud has a silver lining]]. [[S|{a}]] [[C|said]] [[Q|the flood had brought neighbours together]].",
    "Rumour has it [[N:non_reporting/rumour|that the cinema will reopen]].",
    "The figures speak for themselves: [[N:non_reporting/figures_speak|crime fell by a fifth]].",
    "Legend has it [[N:non_reporting/legend|that a bell still rings under the bay]].",
    "Experience tells us [[N:non_reporting/experience|that floods come in threes]]. [[S|{b}]] [[C|said]] [[Q|the barrier would be ready by autumn]].",
]

SCARE = [
    "The [[N:scare_quotes/ironic|‘temporary’]] car park has now been there for eleven years. [[S|{a}]] [[C|said]] [[Q|the council had forgotten it]].",
    "Residents received a [[N:scare_quotes/ironic|“courtesy”]] letter telling them their bins would be collected fortnightly.",
    "The [[N:scare_quotes/euphemism|‘restructuring’]] cost 90 jobs.",
    "Visitors to the [[N:scare_quotes/ironic|«luxury»]] campsite found two toilets and a tap. [[S|{b}]], who stayed there, [[C|said]] [[Q|it was like camping in a car park]].",
    "The bus station's [[N:scare_quotes/ironic|“waiting room”]] is a bench under a sheet of plastic.",
    "The [[N:scare_quotes/alleged|‘consultation’]] lasted eight days over Christmas. [[S|{a}]] [[C|said]] [[Q|{pa} had only heard about it in January]].",
    "The hotel's [[N:scare_quotes/ironic|‘sea view’]] turned out to be a strip of grey water between two warehouses.",
    "The [[N:scare_quotes/ironic|„improvements“]] to the junction have doubled queues.",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("headlines", HEADLINES),
    ("subheads", SUBHEADS),
    ("captions", CAPTIONS),
    ("furniture", FURNITURE),
    ("habitual", HABITUAL),
    ("surveys", SURVEYS),
    ("products", PRODUCTS),
    ("words", WORDS),
    ("slogans", SLOGANS),
    ("screens", SCREENS),
    ("titles", TITLES),
    ("names", NAMES),
    ("refusals", REFUSALS),
    ("negated", NEGATED),
    ("rhetorical", RHETORICAL),
    ("scare", SCARE),
]
