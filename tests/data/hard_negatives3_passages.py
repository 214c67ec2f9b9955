# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the third hard-negative suite (written by ``make_hard_negatives3.py``).

Every passage is invented: names, towns, outlets, shows, songs and laws do not exist.
They were written before reading the rejection and layout rules, and without reading
the passages of the first two suites (only their list of categories), aiming at what
those suites did little of: pull quotes, photo credits in many house styles, editor's
notes and corrections, TV and radio listings, ads and brand slogans, lyrics and poems,
search terms, hashtags and usernames, names of laws and cases, questions put to the
reader, ironic scare quotes, signs and T-shirts, poll questions, ordinary senses of
say/tell/claim/report/state, refusals in many phrasings, and future or hypothetical
speech.

Markup (offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``pull_quote``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the content after a cue
word, the quoted words with their marks), not the whole line, so that a
prediction over them counts (IoU >= 0.5). Fields in braces come from :data:`FILLERS`.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [
    {
        "a": "Odile Fairweather",
        "al": "Fairweather",
        "pa": "she",
        "b": "Kasimir Vale",
        "bl": "Vale",
        "pb": "he",
        "town": "Larkhaven",
        "org": "the Larkhaven Ferry Company",
        "Org": "Larkhaven Ferry Company",
        "paper": "the Larkhaven Gazette",
        "wire": "Coastline News Agency",
        "photog": "Petra Munro",
    },
    {
        "a": "Desmond Achterberg",
        "al": "Achterberg",
        "pa": "he",
        "b": "Yolanda Briggs",
        "bl": "Briggs",
        "pb": "she",
        "town": "Fenwick Cross",
        "org": "the Fenwick Housing Association",
        "Org": "Fenwick Housing Association",
        "paper": "the Fenwick Echo",
        "wire": "Pennine Wire",
        "photog": "Arun Sethi",
    },
    {
        "a": "Marguerite Osei",
        "al": "Osei",
        "pa": "she",
        "b": "Lorcan Whitby",
        "bl": "Whitby",
        "pb": "he",
        "town": "Stoke Ardley",
        "org": "the Ardley Canal Trust",
        "Org": "Ardley Canal Trust",
        "paper": "the Ardley Standard",
        "wire": "Midland Newswire",
        "photog": "Hedda Kroll",
    },
    {
        "a": "Ruairi Caldwell",
        "al": "Caldwell",
        "pa": "he",
        "b": "Sunniva Haug",
        "bl": "Haug",
        "pb": "she",
        "town": "Brackenmouth",
        "org": "the Brackenmouth Port Authority",
        "Org": "Brackenmouth Port Authority",
        "paper": "the Brackenmouth Mercury",
        "wire": "Estuary Press",
        "photog": "Tariq Hollis",
    },
    {
        "a": "Zofia Penhallow",
        "al": "Penhallow",
        "pa": "she",
        "b": "Idris Mbatha",
        "bl": "Mbatha",
        "pb": "he",
        "town": "Quillan Bay",
        "org": "the Quillan Bay Water Board",
        "Org": "Quillan Bay Water Board",
        "paper": "the Quillan Bay Observer",
        "wire": "Atlantic Desk",
        "photog": "Wren Castellano",
    },
    {
        "a": "Bartholomew Ngata",
        "al": "Ngata",
        "pa": "he",
        "b": "Clementine Roux",
        "bl": "Roux",
        "pb": "she",
        "town": "Halsey Vale",
        "org": "the Halsey Vale Transit Board",
        "Org": "Halsey Vale Transit Board",
        "paper": "the Halsey Vale Herald",
        "wire": "Northern Lines Agency",
        "photog": "Jonas Eklund",
    },
]

PULL_QUOTES = [
    "Residents say the ferry timetable changes left them stranded.\n\n[[S|{a}]], who runs a bakery on the quay, [[C|said]] [[Q|“We were never asked. Not once.”]]\n\n[[N:caption/pull_quote|“We were never asked. Not once.”]]\n\nThe company has promised a review in the spring.",
    "The council voted 7-4 to close the library on Saturdays.\n\n[[N:caption/pull_quote|‘It feels like the town is shrinking’]]\n— {a}, library volunteer\n\n“It feels like the town is shrinking,” [[S|{a}]] [[C|said]]. “[[Q|Every year there is a little less.]]”",
    '[[N:caption/pull_quote|"We have done this before and we will do it again."]]\n\nThe rescue crews worked through the night. [[S|{b}]], the station commander, [[C|said]] [[Q|"We have done this before and we will do it again."]]',
    "PULL QUOTE: [[N:caption/pull_quote|“Nobody builds a harbour for one summer”]]\n\n[[S|{al}]] [[C|told]] {paper} [[Q|that the new pier would take four years to finish]].",
    "In their words\n[[N:caption/pull_quote|“The water came up to the second step.”]]\n[[N:caption/pull_quote|“I lost every photograph I owned.”]]\n\n[[S|{b}]] [[C|said]] [[Q|the insurers had yet to visit the street]].",
    "The trust’s chair, [[S|{a}]], [[C|said]] [[Q|“A canal is a promise you keep for a hundred years.”]]\n\n[[N:caption/pull_quote|A canal is a promise you keep for a hundred years.]]\n— {al}",
    "»[[N:caption/pull_quote|We are not a museum, we are a working port]]«\n\nDock workers marched to the town hall on Friday. [[S|{b}]], a crane driver, [[C|said]] [[Q|the jobs had been in his family for three generations]].",
    "KEY QUOTE\n[[N:caption/pull_quote|“This is the cheapest option, not the best one.”]]\n\n[[S|Engineers]] [[C|warned]] [[Q|that the repair would last ten years at most]], according to a report seen by {paper}.",
    "The board admitted the new fares were confusing.\n\n> [[N:caption/pull_quote|“Confusing is a kind word for it.”]]\n\n“Confusing is a kind word for it,” [[C|said]] [[S|{b}]], who commutes daily. “[[Q|I pay more and wait longer.]]”",
    "HIGHLIGHT | [[N:caption/pull_quote|‘The builders simply walked away’]]\n\n[[S|Tenants of the unfinished block]] [[C|say]] [[Q|they have paid rent on flats with no windows]].",
]

CAPTIONS = [
    "Firefighters say [[N:caption/caption|the blaze was started deliberately]]. Photo: {photog}/{paper}\n\n[[S|The fire service]] [[C|said]] [[Q|investigators would remain at the scene until Monday]]. Its spokesman was {b}.",
    "[[N:caption/caption|{a} at the opening of the new ward on Tuesday]]. (Photo by {photog}/Getty Images)\n\n[[S|{al}]] [[C|said]] [[Q|the ward would treat its first patients next month]].",
    "IMAGE: Protesters outside the port gates, where organisers claim [[N:caption/caption|more than 2,000 gathered]]. CREDIT: {photog}\n\n[[S|Police]] [[C|said]] [[Q|the crowd numbered about 600]].",
    "▲ {a}, who says [[N:caption/caption|{pa} will fight the eviction]] | {photog} for {paper}\n\nThe landlord, [[S|{b}]], [[C|said]] [[Q|the notice had been served lawfully]].",
    "Caption: The mayor tells volunteers [[N:caption/caption|the park will reopen in June]]. {wire}\n\n[[S|The mayor]] [[C|said]] later [[Q|that the date depended on the weather]].",
    "Pictured: The collapsed wall on Mill Lane, which neighbours say [[N:caption/caption|had been leaning for months]]\nPicture: {photog}\n\n[[S|{b}]], who lives opposite, [[C|said]]: [[Q|“I reported it twice.”]]",
    "Coach {b} said [[N:caption/caption|the team was ready]] (© {photog} / {wire})\n\nOn the eve of the final, [[S|{bl}]] [[C|said]] [[Q|his squad had no injuries]].",
    "Photograph: {photog}/{wire}\nNurses say [[N:caption/caption|they cannot afford to live near the hospital]].\n\n[[S|{a}]], a ward sister, [[C|said]] [[Q|her rent had doubled in five years]].",
    "1 of 6 | Shopkeeper {a} says [[N:caption/caption|trade is down by a third]]. {photog}/{paper}\n\n[[S|The chamber of commerce]] [[C|said]] [[Q|footfall had fallen across the high street]].",
    "FILE PHOTO: [[N:caption/caption|{a} speaks during a news conference in {town}]], March 3. REUTERS/{photog}\n\n[[S|{al}]] [[C|said]] on Monday [[Q|that {pa} would not seek a third term]].",
    "Image caption, Villagers claim [[N:caption/caption|the quarry dust is making children ill]]\n\nThe quarry's owners, [[S|{org}]], [[C|said]] [[Q|dust levels were within legal limits]].",
    "{a} (centre) with pupils from St Anne’s. She told them [[N:caption/caption|the garden belonged to everyone]]. Photo courtesy of {org}\n\nThe head teacher, [[S|{b}]], [[C|said]] [[Q|the garden had cost £4,000]].",
    "[Photo: {photog}] A volunteer explains [[N:caption/caption|the new recycling rules]] to shoppers.\n\n[[S|The council]] [[C|said]] [[Q|contamination of recycling bins had fallen by 12 per cent]].",
    "Above: the lifeboat crew. Below: Skipper {b} says [[N:caption/caption|the rescue took four hours]]. Photos: {photog}\n\n[[S|{bl}]] [[C|told]] {paper}: [[Q|“The sea was the worst I have seen in twenty years.”]]",
]

NOTES = [
    "Editor’s note: This article has been updated to clarify [[N:teaser/correction|that the council has not yet voted]].\n\n[[S|{a}]] [[C|said]] [[Q|the vote was expected in January]].",
    "Correction: An earlier version of this story said [[N:teaser/correction|the ferry would stop running in March]]. It will stop in April.\n\n[[S|{org}]] [[C|said]] [[Q|the change was needed to refit the vessel]].",
    "CLARIFICATION: A previous version of this report stated [[N:teaser/correction|that {a} had resigned]]. {al} has taken leave.\n\n[[S|A spokesman for the trust]] [[C|said]] [[Q|{al} would return in the autumn]].",
    "* [[N:teaser/correction|This story was amended on 4 May to correct the spelling of {b}’s name]].\n\n[[S|{bl}]] [[C|said]] [[Q|the allotments would be handed back to the parish]].",
    "Update, 5.40pm: [[N:teaser/correction|This story has been updated with figures from the coastguard]].\n\n[[S|{a}]] [[C|said]] earlier [[Q|that passengers deserved an apology]].",
    "Editor’s Note — {paper} reported on 2 June [[N:teaser/correction|that the school would close]]; that was incorrect.\n\n[[S|The head teacher]] [[C|said]] [[Q|the school would remain open until at least 2030]].",
    "Corrections & clarifications\nIn an article about the canal restoration we wrongly said [[N:teaser/correction|the trust had received £2m]]. The figure was £200,000.",
    "This article was originally published on 12 March and has been updated.\n\nAn earlier headline incorrectly stated [[N:teaser/correction|that the mayor had apologised]].\n\n[[S|The mayor]] [[C|said]] [[Q|he regretted the delay]].",
    "Disclosure: [[N:teaser/correction|{b} is a former trustee of {paper}]].\n\n[[S|{bl}]] [[C|said]] [[Q|the merger would protect local reporting]].",
    "(This story has been corrected to show [[N:teaser/correction|that the meeting is on Thursday, not Tuesday]].)\n\n[[S|{al}]] [[C|said]] on Friday [[Q|that no decision had been taken]].",
]

LISTINGS = [
    "TONIGHT’S TV\n8.00pm [[N:title/listing|Harbour Lives]] (BBC Two)\nThe crew of a trawler faces its hardest winter.\n9.00pm [[N:title/listing|The Quiet County]] (ITV)\nIn the second episode, the detective claims [[N:teaser/listing|she knows who lit the fire]].",
    "RADIO PICKS\n[[N:title/listing|“Voices from the Valley”]], Radio 4, 11am\nIn this week’s programme {a} asks [[N:teaser/listing|whether small farms can survive]].\n\n[[S|The station]] [[C|said]] [[Q|the series had been recommissioned]].",
    "What to watch: In [[N:title/listing|‘Salt and Silver’]], a young fisherman tells his father [[N:teaser/listing|he is leaving]]. Channel 4, 10pm.",
    "SATURDAY\n7.30 [[N:title/listing|QUIZ OF THE COAST]] Host {b} returns.\n8.15 [[N:title/listing|FIRST LIGHT]] A nurse says [[N:teaser/listing|goodbye to the ward where she trained]].",
    "On the podcast this week: {a} explains [[N:teaser/listing|why the ferry fares went up]]. Listen on {paper}’s website.\n\n[[S|{al}]] [[C|told]] listeners [[Q|that fuel costs had risen by 40 per cent]].",
    "Coming up on [[N:title/listing|Morning Matters]]: the minister will tell us [[N:teaser/listing|how the new tax works]], and your calls on parking.",
    "{town} FM schedule\n06:00 [[N:title/listing|Breakfast with {bl}]]\n10:00 [[N:title/listing|The Long Table]] — chefs say [[N:teaser/listing|what they would cook for a last supper]]",
    "The documentary [[N:title/listing|“A River Remembers”]] airs on Sunday.\n\nIts director, [[S|{a}]], [[C|said]] [[Q|the film had taken six years to make]].",
    "Streaming now: [[N:title/listing|The Lighthouse Keepers]], season two. In episode four, Agnes tells the inspector [[N:teaser/listing|the lamp never failed]].",
    "In tonight’s [[N:title/listing|Panorama-style special, “Who Owns the Coast?”]], reporters follow the money behind the marina.\n\n[[S|{b}]], the programme's editor, [[C|said]] [[Q|the investigation had taken a year]].",
]

ADS = [
    "ADVERTISEMENT\n[[N:slogan/ad|Taste the Morning]] — Fenwick Dairy\n\n[[S|{a}]] [[C|said]] [[Q|the dairy would cut 40 jobs]].",
    "The bank’s new campaign, [[N:slogan/ad|“Your money, your way”]], has been running on buses since May.\n\n[[S|Consumer groups]] [[C|said]] [[Q|the fees were hidden in the small print]].",
    "Sponsored: Try the new [[N:title/product|AquaPure 3000]] filter. [[N:slogan/ad|“Cleaner water, clearer conscience.”]]",
    "The brewery’s lager, sold as [[N:title/product|“Harbour Gold”]], outsold every rival last summer.\n\n[[S|{a}]], its brewer, [[C|said]] [[Q|demand had surprised even the owners]].",
    "Billboards for the phone network promise [[N:slogan/ad|“No signal? No problem.”]] [[S|Customers in {town}]] [[C|say]] [[Q|they have had no signal since March]].",
    "The supermarket’s slogan, [[N:slogan/ad|‘Every little saving counts’]], was dropped after the price rise.\n\nA spokeswoman, [[S|{a}]], [[C|said]] [[Q|the slogan had run its course]].",
    "SPONSORED CONTENT | {Org}\n[[N:slogan/ad|Travel Further, Pay Less]]\nBook by Friday and save 20%.",
    "The car maker’s advert, in which a driver claims [[N:slogan/ad|his hatchback can “go anywhere,”]] was banned by the regulator.\n\n[[S|The regulator]] [[C|said]] [[Q|the claim could mislead buyers]].",
    "The chain sells its sandwiches under the banner [[N:slogan/ad|“Made this morning, gone by lunch.”]]\n\n[[S|{a}]] [[C|said]] [[Q|the sandwiches were in fact made the day before]].",
    "A pack of [[N:title/product|Crunchy Sunrise]] cereal carries the words [[N:slogan/ad|“Now with 30% less sugar”]].\n\n[[S|{b}]], a dietitian, [[C|said]] [[Q|the cereal remained high in sugar]].",
]

LYRICS = [
    "The chorus of the band’s new single, [[N:title/lyric|“we were the river, we were the rain,”]] has been sung at every home match this season.\n\nThe singer, [[S|{a}]], [[C|said]] [[Q|the song was written in a caravan]].",
    "{al} closed the set with the old ballad, its last line — [[N:title/lyric|‘and the boats come home by dark’]] — drawing a standing ovation.",
    "The poem begins: [[N:title/lyric|“I have measured the tide with my mother’s spoons”]].\n\nIts author, [[S|{b}]], [[C|said]] [[Q|she had written it the night of the flood]].",
    "Fans know every word of [[N:title/lyric|“Halsey Girl”]], which opens [[N:title/lyric|“she said she’d wait by the station clock.”]]\n\n[[S|{a}]] [[C|told]] {paper} [[Q|the song was about his grandmother]].",
    "The hymn’s refrain, [[N:title/lyric|“Hold fast, hold fast, the harbour light,”]] was chosen for the memorial.\n\n[[S|The vicar]] [[C|said]] [[Q|the choice was the family’s]].",
    "A line from her 1998 collection — [[N:title/lyric|‘nobody told the river it was late’]] — is carved on the bench.\n\n[[S|The parish council]] [[C|said]] [[Q|the bench would be unveiled in May]].",
    "In the verse that critics quote most, he says [[N:title/lyric|he never wanted the crown]].\n\n[[S|{b}]], who reviewed the album, [[C|said]] [[Q|it was the band's best work]].",
    "The rapper’s hook — [[N:title/lyric|“tell them I was here, tell them I was real”]] — has been streamed 40 million times.",
    "The nursery rhyme [[N:title/lyric|“Row the ferry, row the tide”]] was written in {town} in 1910.\n\nThe museum’s curator, [[S|{a}]], [[C|said]] [[Q|the original manuscript had been found in an attic]].",
    "Mourners sang [[N:title/lyric|“Abide with Me”]] as the coffin was carried out.\n\n[[S|{al}’s daughter]] [[C|said]] [[Q|he had asked for the hymn himself]].",
]

SEARCH_TAGS = [
    "Online searches for [[N:words_as_words/search_term|“flood insurance”]] in {town} tripled in the week after the storm, figures show.\n\n[[S|{a}]], a broker, [[C|said]] [[Q|premiums had risen sharply]].",
    "The hashtag [[N:slogan/hashtag|#SaveOurLido]] was trending by lunchtime.\n\n[[S|{b}]], who started it, [[C|said]] [[Q|she had expected a few dozen shares]].",
    "A user calling themselves [[N:nickname/username|@harbourwatcher]] posted the video, which has since been deleted.\n\n[[S|Police]] [[C|said]] [[Q|they were aware of the footage]].",
    "Residents typed [[N:words_as_words/search_term|‘bin collection {town}’]] into search engines more than any other phrase this month.",
    "Supporters rallied under [[N:slogan/hashtag|#NotOurPier]] and [[N:slogan/hashtag|#KeepTheQuayFree]].\n\n[[S|{a}]] [[C|said]] [[Q|the campaign had 9,000 signatures]].",
    "The account, known as [[N:nickname/username|“TideTruths”]], had 40,000 followers before it was suspended.\n\n[[S|The platform]] [[C|said]] [[Q|the account had broken its rules on impersonation]].",
    "If you search for [[N:words_as_words/search_term|“cheapest ferry to the islands”]], the company’s own site does not appear on the first page.",
    "Type [[N:words_as_words/search_term|“{town} council tax”]] into the search bar and the top result is a scam site.\n\n[[S|{a}]], a trading standards officer, [[C|said]] [[Q|residents should type the council’s address in full]].",
    "Her handle, [[N:nickname/username|@quillan_quilter]], became famous after the cushion went viral.\n\n[[S|{b}]] [[C|said]] [[Q|she now had orders until Christmas]].",
    "The phrase [[N:words_as_words/search_term|“is the bridge open”]] topped local searches on Monday.\n\n[[S|The highways agency]] [[C|said]] [[Q|the bridge would reopen on Wednesday]].",
]

LAWS = [
    "The so-called [[N:scare_quotes/legal|‘bedroom tax’]] is to be reviewed, ministers confirmed.\n\n[[S|{a}]], a housing adviser, [[C|said]] [[Q|thousands of tenants in {town} were affected]].",
    "The [[N:title/legal|Coastal Access (Amendment) Act 2024]] came into force on Monday.\n\n[[S|{b}]] [[C|said]] [[Q|walkers would now be able to use the cliff path]].",
    "Campaigners want the [[N:title/legal|“Clean Rivers Bill”]] passed before the summer recess.\n\n[[S|The environment secretary]] [[C|said]] [[Q|the bill would be debated in June]].",
    "In [[N:title/legal|Haug v. {Org}]], the court found the company had acted unlawfully.\n\n[[S|{b}’s lawyer]] [[C|said]] [[Q|the ruling was a victory for every tenant]].",
    "What critics call the [[N:scare_quotes/legal|“snoopers’ charter”]] returns to parliament next week.\n\n[[S|{a}]] [[C|said]] [[Q|the powers were needed to fight fraud]].",
    "The law, dubbed [[N:nickname/legal|“Martha’s Rule”]] after the girl whose death prompted it, lets families ask for a second opinion.",
    "The [[N:title/legal|Safer Streets and Lighting Order]] has been in force since 2021. [[S|{b}]] [[C|said]] [[Q|it had cut night-time burglaries]].",
    "The appeal, known as [[N:title/legal|R (on the application of {bl}) v Secretary of State]], will be heard in October.",
    "The scheme, officially the [[N:title/legal|“Tenant Fairness Initiative,”]] has helped 300 families.\n\n[[S|{a}]] [[C|said]] [[Q|the figure was too low]].",
    "Under the [[N:title/legal|‘right to buy’]] rules, tenants can buy their homes at a discount.\n\n[[S|{b}]] [[C|said]] [[Q|the discount should be scrapped]].",
]

READER_QUESTIONS = [
    "So what does [[N:words_as_words/reader_question|“affordable”]] actually mean in {town}?\n\n[[S|{a}]], the planning officer, [[C|said]] [[Q|it meant 80 per cent of market rent]].",
    "Have you ever been told [[N:words_as_words/reader_question|“the cheque is in the post”]]? Small firms in {town} hear it every week.",
    "Is [[N:words_as_words/reader_question|“temporary”]] the right word for a road closure now in its third year?\n\n[[S|{b}]] [[C|said]] [[Q|the work would finish in the spring]].",
    "Ask yourself: [[N:words_as_words/reader_question|would you pay £6 for a coffee on the pier]]?",
    "Who decided that [[N:words_as_words/reader_question|“luxury flats”]] was what the seafront needed?\n\nThe developer, [[S|{org}]], [[C|said]] [[Q|there was strong demand]].",
    "What would you say to a neighbour who told you [[N:negated/reader_question|the bins were going weekly]]? Write to us at the usual address.",
    "Why does everyone in {town} call it [[N:nickname/reader_question|“the Rock”]]? We asked readers.\n\n[[S|{a}]] [[C|said]] [[Q|her grandfather had named it after the quarry]].",
    "Did you know that [[N:words_as_words/reader_question|“quay”]] and [[N:words_as_words/reader_question|“key”]] sound the same?",
]

SCARE = [
    "The so-called [[N:scare_quotes/ironic|“consultation”]] lasted eleven days and was held during the school holidays.\n\n[[S|{a}]] [[C|said]] [[Q|the council had ignored residents]].",
    "The alleged [[N:scare_quotes/ironic|‘improvements’]] to the bus station have doubled the walk to the platforms.",
    "Councillors approved yet another [[N:scare_quotes/ironic|“temporary”]] car park on the green.\n\n[[S|{b}]] [[C|said]] [[Q|the car park would be gone by Easter]].",
    "The firm’s [[N:scare_quotes/ironic|“customer service”]] consists of a voicemail box that is always full.",
    "After the [[N:scare_quotes/ironic|‘refurbishment,’]] the pool has fewer lanes than before.\n\n[[S|{a}]], who swims daily, [[C|said]] [[Q|the changing rooms were still cold]].",
    'Ministers hailed the so-called [[N:scare_quotes/ironic|"levelling up"]] fund, though {town} has yet to see a penny.',
    "The [[N:scare_quotes/ironic|“luxury”]] apartments come with a view of the bus depot.\n\nThe agent, [[S|{b}]], [[C|said]] [[Q|all twelve had been sold]].",
    "Residents were invited to an [[N:scare_quotes/ironic|‘open’]] meeting that required a ticket.",
    "The alleged [[N:scare_quotes/ironic|“expert”]] turned out to be the developer’s nephew.\n\n[[S|{a}]] [[C|said]] [[Q|the report should be withdrawn]].",
    "The trust’s [[N:scare_quotes/ironic|«independent»]] review was written by its own board.\n\n[[S|{b}]] [[C|said]] [[Q|the review had been conducted properly]].",
]

SIGNS = [
    "Outside the school, a hand-painted sign read [[N:slogan/sign|“SLOW DOWN — OUR KIDS PLAY HERE”]].\n\n[[S|{a}]] [[C|said]] [[Q|three children had been hit in two years]].",
    "Marchers carried banners reading [[N:slogan/banner|‘Save Our Ferry’]] and [[N:slogan/banner|‘Islands Need Boats’]].\n\n[[S|Police]] [[C|said]] [[Q|the march had been peaceful]].",
    "Many wore T-shirts printed with [[N:slogan/tshirt|“I Survived the Storm of ’24”]].",
    "Graffiti on the underpass reads [[N:slogan/graffiti|“WHO PAYS? WE PAY”]].\n\n[[S|The council]] [[C|said]] [[Q|the graffiti would be removed this week]].",
    "A placard at the front said simply [[N:slogan/sign|“Enough”]].\n\n[[S|{b}]], an organiser, [[C|said]] [[Q|more than 500 people had come]].",
    "The shop window now displays a notice: [[N:slogan/sign|“Closing down — everything must go”]].\n\nIts owner, [[S|{a}]], [[C|said]] [[Q|the rent had tripled]].",
    "Someone has spray-painted [[N:slogan/graffiti|‘NO MORE CUTS’]] across the library door.",
    "A banner over the stand read [[N:slogan/banner|“{town} Till I Die”]] as the team came out.\n\nThe manager, [[S|{b}]], [[C|said]] [[Q|the support had been incredible]].",
    "The sign at the gate still says [[N:slogan/sign|“Private Land — Keep Out”]], despite the ruling.\n\n[[S|{a}]] [[C|said]] [[Q|the landowner had been told to remove it]].",
    "Her T-shirt said it all: [[N:slogan/tshirt|“Nurses Not Bombs”]].",
]

POLLS = [
    "Asked [[N:words_as_words/poll|“Do you support the new bypass?”]], 54 per cent of residents said yes.\n\n[[S|{a}]], who ran the survey, [[C|said]] [[Q|the result was closer than expected]].",
    "POLL: [[N:words_as_words/poll|Should the pier be sold to a private owner?]] Yes / No / Don’t know",
    "Voters will be asked: [[N:words_as_words/poll|‘Should {town} have a directly elected mayor?’]]\n\n[[S|{b}]] [[C|said]] [[Q|the referendum would cost £80,000]].",
    "The survey question — [[N:words_as_words/poll|“How safe do you feel walking home at night?”]] — drew 3,000 replies.",
    "Have your say: [[N:words_as_words/poll|Is the new one-way system working?]] Vote in our poll.",
    "The ballot paper reads [[N:words_as_words/poll|“Do you agree that the harbour should be pedestrianised?”]]\n\nThe returning officer, [[S|{a}]], [[C|said]] [[Q|turnout was expected to be low]].",
    "QUICK VOTE\n[[N:words_as_words/poll|Would you pay more council tax to keep the library open?]]",
    "Pollsters asked [[N:words_as_words/poll|whether respondents trusted the council]]; a third said they did.\n\n[[S|{b}]] [[C|said]] [[Q|the figure was the lowest on record]].",
]

SENSES = [
    "The state [[N:non_reporting/ordinary_sense|of the coastal road has worsened since the winter]].\n\n[[S|{a}]] [[C|said]] [[Q|repairs would begin in April]].",
    "Few drivers can tell [[N:non_reporting/ordinary_sense|the difference between the two fuels]].\n\n[[S|{b}]], a mechanic, [[C|said]] [[Q|the cheaper fuel was fine for older cars]].",
    "{town} Rovers claimed [[N:non_reporting/ordinary_sense|the title]] on the final day of the season.",
    "The storm claimed [[N:non_reporting/ordinary_sense|three lives]] and left thousands without power.\n\n[[S|The coastguard]] [[C|said]] [[Q|a fourth person was still missing]].",
    "Pupils took home a [[N:non_reporting/ordinary_sense|report card]] that, for the first time, grades attendance.",
    "Even a small rise in fares — say, [[N:non_reporting/ordinary_sense|10 per cent]] — would cost commuters £200 a year.",
    "The scheme was a failure, that is to say, [[N:non_reporting/ordinary_sense|it cost more than it saved]].",
    "Staff were told to report [[N:non_reporting/ordinary_sense|to the main hall]] at nine.\n\n[[S|{b}]] [[C|said]] [[Q|nobody explained why]].",
    "The figures tell [[N:non_reporting/ordinary_sense|a different story]]: visitor numbers fell by a fifth.",
    "The twins are so alike that even their teachers cannot tell [[N:non_reporting/ordinary_sense|them apart]].",
    "The council will state [[N:non_reporting/ordinary_sense|its case]] at the inquiry in June.",
    "She claimed [[N:non_reporting/ordinary_sense|her prize]] at the town hall on Friday.\n\n[[S|{a}]] [[C|said]] [[Q|the competition had drawn 300 entries]].",
    "Time will tell [[N:non_reporting/ordinary_sense|whether the gamble pays off]].",
    "The church clock said [[N:non_reporting/ordinary_sense|ten past four]] when the power failed.",
    "Needless to say, [[N:non_reporting/ordinary_sense|the car park was full by ten]].",
    "Officers reported [[N:non_reporting/ordinary_sense|for duty]] at 6am.\n\n[[S|{b}]], the duty inspector, [[C|said]] [[Q|the shift had been quiet]].",
    "As the saying goes, [[N:non_reporting/ordinary_sense|there is no such thing as a free lunch]].",
    "Fishermen have claimed [[N:non_reporting/ordinary_sense|compensation]] for the lost season.\n\n[[S|{a}]] [[C|said]] [[Q|payments would be made by July]].",
]

REFUSALS = [
    "[[S|{a}]] [[C|said]] [[Q|the bridge was safe]] but declined [[N:refusal/refusal|to elaborate]].",
    "{org} did not respond [[N:refusal/refusal|to requests for comment]].\n\n[[S|{b}]], a passenger, [[C|said]] [[Q|the ferry had been cancelled four times]].",
    "{b} could not be reached [[N:refusal/refusal|for comment on Tuesday]].",
    "The company would neither confirm nor deny [[N:refusal/refusal|the report]].\n\n[[S|Unions]] [[C|said]] [[Q|200 jobs were at risk]].",
    "Asked about the payments, {al} offered [[N:refusal/refusal|no comment]].",
    "A spokesperson said the trust did not comment [[N:refusal/refusal|on individual cases]].\n\n[[S|{b}]] [[C|said]] [[Q|her case had been open for a year]].",
    "{b}’s lawyer refused [[N:refusal/refusal|to discuss the settlement]].",
    "The club has not commented [[N:refusal/refusal|on the transfer]].\n\nThe player’s agent, [[S|{a}]], [[C|said]] [[Q|talks were continuing]].",
    "A woman who answered the door asked [[N:refusal/anonymity|not to be named]].",
    "Officials would not say [[N:refusal/refusal|how much the repairs had cost]].\n\n[[S|{b}]] [[C|said]] [[Q|the bill was “well over a million”]].",
    "{al} would not be drawn [[N:refusal/refusal|on whether {pa} would stand again]].",
    "[[N:refusal/refusal|Requests for comment went unanswered]].\n\n[[S|{a}]] [[C|said]] [[Q|the council had known for months]].",
    "The minister’s office declined [[N:refusal/refusal|to say when the report would be published]].",
    "A spokesman for {org} said [[N:refusal/refusal|it was too early to comment]].\n\n[[S|{b}]] [[C|said]] [[Q|the staff had not been paid]].",
]

HYPOTHETICAL = [
    "The chancellor is expected to announce [[N:negated/hypothetical|a freeze on fuel duty]] next week.\n\n[[S|{a}]] [[C|said]] [[Q|a freeze would help hauliers]].",
    "{org} will announce [[N:negated/hypothetical|its winter timetable]] on Friday.",
    "Critics could argue [[N:negated/hypothetical|that the scheme rewards the wrong people]].\n\n[[S|{b}]] [[C|said]] [[Q|the scheme had helped 400 families]].",
    "The developer may claim [[N:negated/hypothetical|that the site is exempt]].",
    "[[S|{a}]] [[C|said]] [[Q|the bridge was closed]], but did not say [[N:negated/negated|when it would reopen]].",
    "At no point did the council claim [[N:negated/negated|that the pool would close]].\n\n[[S|{b}]] [[C|said]] [[Q|the pool would stay open]].",
    "{al} is likely to tell the committee [[N:negated/hypothetical|that the budget is overspent]].",
    "If asked, the minister would say [[N:negated/hypothetical|that the decision lay with the council]].",
    "{b} never said [[N:negated/negated|that the ferry would be free]].\n\n[[S|{a}]] [[C|said]] [[Q|the leaflet had been misleading]].",
    "The trust plans to announce [[N:negated/hypothetical|a new director]] in the spring.",
    "The mayor is due to tell residents [[N:negated/hypothetical|how the money will be spent]].\n\n[[S|{a}]], her deputy, [[C|said]] [[Q|the plan was nearly finished]].",
    "Nobody has suggested [[N:negated/negated|that the harbour be closed]], the report says.",
]

LAYOUT = [
    "FERRY FIRM ADMITS [[N:headline/headline|TIMETABLE ‘WAS A MISTAKE’]]\nBy {b}, Transport Correspondent\n\n[[S|{org}]] [[C|said]] on Monday [[Q|that the timetable would be rewritten]].",
    "Residents Say [[N:headline/headline|New Flats Will Block Sea View]]\n\n[[S|{a}]] [[C|said]] [[Q|the flats were two storeys too tall]].",
    "Mayor: [[N:headline/headline|‘We will rebuild the pier’]]\n{paper} reporter\n\n[[S|The mayor]] [[C|said]] [[Q|the work would begin in May]].",
    "By [[N:byline/byline|{b} and {a}]]\nPublished 9 March\n\n[[S|The water board]] [[C|said]] [[Q|supplies had been restored]].",
    "Words: [[N:byline/byline|{a}]] | Pictures: {photog}\n\n[[S|The fishing fleet]] [[C|says]] [[Q|the quota is unfair]].",
    "{town}, 4 April ({wire}) —\n\n[[N:subheading/subheading|What happens next]]\n\n[[S|{a}]] [[C|said]] [[Q|the inquiry would report in the summer]].",
    "RELATED: Council says [[N:teaser/teaser|it cannot afford new lifeguards]]\n\n[[S|{b}]] [[C|said]] [[Q|the beach would be patrolled by volunteers]].",
    "You might also like\nWhy the harbour master says [[N:teaser/teaser|the tides are changing]]\nAnglers claim [[N:teaser/teaser|record catch off the point]]",
    "[[N:subheading/section_label|LOCAL NEWS]] | [[N:subheading/section_label|TRANSPORT]]\n\n[[S|{a}]] [[C|said]] [[Q|the bus route would be restored]].",
    "Teachers warn [[N:headline/headline|of ‘crisis’ as pupil numbers soar]]\n\n[[S|Head teachers in {town}]] [[C|said]] [[Q|classes of 35 were now common]].",
    "Story continues below\n\n[[N:teaser/boilerplate|Sign up to our newsletter: the stories that matter, sent every morning]]\n\n[[S|{b}]] [[C|said]] [[Q|the market would move to the car park]].",
    "— Port boss insists [[N:headline/headline|jobs are safe]] —\n\n[[S|{a}]] [[C|insisted]] [[Q|that no redundancies were planned]].",
    "ANALYSIS\nWhy the council says [[N:headline/headline|it cannot balance the books]]\n[[N:byline/byline|{b}]], Political Editor\n\n[[S|The council leader]] [[C|said]] [[Q|the gap was £3m]].",
    "• Villagers claim [[N:teaser/teaser|wind farm noise keeps them awake]]\n• MP says [[N:teaser/teaser|rail link ‘years away’]]\n• Lifeboat crew tell [[N:teaser/teaser|of dramatic rescue]]",
]

NICKNAMES = [
    "The old lighthouse, known to everyone as [[N:nickname/nickname|“the Candle”]], is to be restored.\n\n[[S|{a}]] [[C|said]] [[Q|the lamp would be lit again in December]].",
    "Locals have taken to calling the unfinished tower [[N:nickname/nickname|‘the Stump’]].",
    "{bl}, nicknamed [[N:nickname/nickname|“The Ferryman”]] by his teammates, scored twice.\n\nHis coach, [[S|{a}]], [[C|said]] [[Q|he had trained harder than anyone]].",
    "The junction, dubbed [[N:nickname/nickname|«Spaghetti Corner»]] by drivers, will be redesigned.",
    "Regulars refer to the pub as [[N:nickname/nickname|“the Office”]] because so many deals are done there.\n\nThe landlord, [[S|{b}]], [[C|said]] [[Q|the pub would close for refurbishment]].",
    "Her students simply call her [[N:nickname/nickname|‘Doc’]].",
]

LAYOUT_MORE = [
    "[[N:byline/byline|{a}, Health Reporter]]\n[[N:byline/byline|@{al}Reports]]\n\n[[S|{b}]], a GP, [[C|said]] [[Q|waiting lists had never been longer]].",
    "Written by [[N:byline/byline|{b}]] · 4 min read\n\n[[S|The port]] [[C|said]] [[Q|cargo volumes were up 8 per cent]].",
    "STAFF REPORT\n[[N:byline/byline|From {wire} and staff reports]]\n\n[[S|{a}]] [[C|said]] [[Q|the road would be gritted overnight]].",
    "The ferry company’s results were better than expected.\n\n[[N:subheading/subheading|‘A long way to go’]]\n\n“There is a long way to go,” [[S|{b}]] [[C|said]]. “[[Q|But we are moving.]]”",
    "[[S|{a}]] [[C|said]] [[Q|the harbour wall had been inspected in March]].\n\n[[N:subheading/subheading|THE COST OF WAITING]]\n\nRepairs are now estimated at £4m.",
    "[[N:subheading/section_label|WEATHER:]] Rain clearing by noon.\n[[N:subheading/section_label|TRAVEL:]] Delays on the coast road.\n\n[[S|{b}]] [[C|said]] [[Q|the road would reopen by six]].",
    "[[N:headline/headline|'WE WERE LEFT IN THE DARK']]\nResidents fume over power cuts\n\n[[S|{a}]] [[C|said]] [[Q|her street had been without power for 30 hours]].",
    "Ferry chief: [[N:headline/headline|fares ‘must rise’]]\n[[N:subheading/subheading|Operator blames fuel costs and staff shortages]]\n\n[[S|{b}]] [[C|told]] {paper} [[Q|that fares would rise by 6 per cent]].",
    "Opinion\n[[N:headline/headline|The pier is worth saving, whatever the council says]]\n[[N:byline/byline|{a}]]",
    "[[N:headline/headline|“Not a penny more”]]: Tenants vow rent strike\n\n[[S|{b}]], who chairs the tenants’ group, [[C|said]] [[Q|200 households had signed up]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("pull", PULL_QUOTES),
    ("caption", CAPTIONS),
    ("note", NOTES),
    ("listing", LISTINGS),
    ("ad", ADS),
    ("lyric", LYRICS),
    ("search", SEARCH_TAGS),
    ("law", LAWS),
    ("reader", READER_QUESTIONS),
    ("scare", SCARE),
    ("sign", SIGNS),
    ("poll", POLLS),
    ("sense", SENSES),
    ("refusal", REFUSALS),
    ("hypo", HYPOTHETICAL),
    ("layout", LAYOUT),
    ("nickname", NICKNAMES),
    ("layout", LAYOUT_MORE),
]
"""Groups of passages, in the order they are written."""
