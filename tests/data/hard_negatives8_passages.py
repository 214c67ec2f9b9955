# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the eighth hard-negative suite (written by ``make_hard_negatives8.py``).

Every passage is invented: names, towns, outlets, books, films, songs and products do not
exist. They were written in session 14 before reading the rejection rules, and without
reading the passages of the first seven suites (only their lists of categories and a few
lines of the seventh's markup).

Markup (as in the second to seventh suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``book_line`` or ``naming_gap``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks),
not the whole line. The templates use no fields, so :data:`FILLERS` holds one empty filler.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

_FICTION = [
    "The novel opens with [[N:words_as_words/book_line|‘It was the summer the river caught fire’]], and it never lets up.\n\n[[Q|“I wrote the first line last,”]] [[C|said]] [[S|author Maren Ostby]].",
    "Halfway through the second act, the play’s heroine turns to the audience: [[N:words_as_words/play_line|“Nobody in this town has ever been honest with me.”]]\n\n[[S|The director, Owen Truscott,]] [[C|said]] [[Q|the line had been cut and restored twice in rehearsal]].",
    "The film’s tagline, [[N:slogan/film_tagline|“Some doors should stay shut”]], is printed on every bus shelter in the city.\n\n[[S|The distributor]] [[C|said]] [[Q|advance bookings were the best of the year]].",
    "Its best-known lyric, [[N:slogan/lyric|‘we danced on the roof of the bus station’]], has become a wedding favourite.\n\n[[Q|“I had no idea people would still be singing it,”]] [[C|said]] [[S|songwriter Cal Obrey]].",
    "The poem ends on [[N:words_as_words/poem_line|“and the hill kept every name we gave it”]], which the reading group chose as the title of its anthology.\n\n[[S|Group secretary Nia Parry]] [[C|said]] [[Q|the anthology would be sold in aid of the hospice]].",
    "In the script’s final page, the old boxer whispers [[N:words_as_words/script_line|'Tell them I stayed on my feet']] as the lights go down.\n\n[[S|The writer, Dermot Kyle,]] [[C|told]] the festival [[Q|he based the character on his grandfather]].",
    "The chapter begins with the sentence [[N:words_as_words/book_line|“Mother kept the knives in the piano”]], which reviewers have quoted ever since.\n\n[[Q|“It’s the line everyone asks me about,”]] [[C|said]] [[S|novelist Ines Barrow]].",
    "The trailer’s voice-over promises [[N:slogan/trailer_line|“One summer. One island. No way back.”]]\n\n[[S|Studio executive Fran Lacey]] [[C|said]] [[Q|the film would open in 900 cinemas]].",
    "Fans of the series still greet each other with the sergeant’s catchphrase, [[N:slogan/catchphrase|«Steady on, lads»]].\n\n[[S|The actor who played him, Ron Halsey,]] [[C|said]] [[Q|he never tired of hearing it]].",
    "The song’s chorus — [[N:slogan/lyric|„carry me down to the harbour, carry me home“]] — was sung by the whole crowd at the memorial.\n\n[[Q|“It was his favourite,”]] [[C|said]] [[S|his sister, Gwen Pascoe]].",
    "Critics singled out the moment the detective mutters [[N:words_as_words/tv_line|“Everybody lies on a Tuesday”]] to the camera.\n\n[[S|The show’s creator]] [[C|said]] [[Q|a second series had been ordered]].",
    "The musical’s showstopper, [[N:title/song_title|‘Nobody Owns the Rain’]], earned a standing ovation on opening night.\n\n[[S|Producer Abby Lindqvist]] [[C|said]] [[Q|the run had been extended to March]].",
    "The last line of the novel, [[N:words_as_words/book_line|'She never went back, and the house never asked her to']], has divided readers.\n\n[[S|The publisher]] [[C|said]] [[Q|a sequel was not planned]].",
    "The hymn’s second verse, [[N:slogan/hymn|“O keeper of the lighthouse, keep us still”]], was read by the coxswain’s son.\n\n[[Q|“Dad would have laughed at all the fuss,”]] [[C|said]] [[S|the son, Rhodri Evans]].",
    "Every review quotes the villain’s threat, [[N:words_as_words/film_line|‘I don’t forget, I just wait’]], and the cinema has printed it on its popcorn boxes.\n\n[[S|Cinema manager Zoe Kray]] [[C|said]] [[Q|the boxes had been a joke that got out of hand]].",
    "The opera’s libretto has the count sing [[N:words_as_words/libretto_line|“Let the bells ring for no one”]] over a single oboe.\n\n[[S|Conductor Elena Mirković]] [[C|said]] [[Q|the company had restored the original ending]].",
    "The book’s epigraph, [[N:words_as_words/epigraph|“Every map is a kind of promise”]], is borrowed from a forgotten sea captain’s log.\n\n[[Q|“I found the log in a junk shop,”]] [[C|said]] [[S|author Tobias Wren]].",
    "In the sitcom’s pilot, the landlord greets every tenant with [[N:words_as_words/tv_line|'Rent's due, sunshine']], a line now on tea towels.\n\n[[S|The broadcaster]] [[C|said]] [[Q|the pilot had been watched 3 million times]].",
    "The story is narrated by a dog, and its first words are [[N:words_as_words/book_line|“I was the last to know about the divorce”]].\n\n[[S|The author, Priya Vance,]] [[C|said]] [[Q|she had written it during lockdown]].",
    "The ballad’s refrain, [[N:slogan/lyric|‘the coal is gone but we’re still here’]], was projected onto the pithead for the anniversary.\n\n[[S|Organisers]] [[C|said]] [[Q|3,000 people had attended]].",
    "The poster for the play carries a line from its third scene: [[N:words_as_words/play_line|«The dead don’t pay rent»]].\n\n[[Q|“We wanted something that would stop people in the street,”]] [[C|said]] [[S|the theatre’s marketing head, Lou Grieve]].",
    "The video game’s loading screen flashes [[N:words_as_words/game_line|“Don’t trust the lighthouse keeper”]] before every level.\n\n[[S|Lead designer Kofi Asante]] [[C|said]] [[Q|the studio had sold a million copies]].",
    "The children’s book repeats [[N:words_as_words/book_line|“Not yet, said the badger”]] on every page, and toddlers shout it back.\n\n[[S|Librarian Hana Webb]] [[C|said]] [[Q|the book had been borrowed more than any other this year]].",
    "In the closing credits the song asks [[N:slogan/lyric|“who will mend the nets when we are gone?”]], and many in the audience were in tears.\n\n[[Q|“It’s a question the whole town is asking,”]] [[C|said]] [[S|fisherman Alun Price]].",
]

_TAGLINES = [
    "The campaign’s poster line, [[N:slogan/ad_line|“Your town. Your bus. Your say.”]], is on the back of every double-decker.\n\n[[S|The operator]] [[C|said]] [[Q|fares would be frozen until April]].",
    "The perfume advert ends with the whispered line [[N:slogan/ad_line|‘Be somebody’s secret’]].\n\n[[S|The watchdog]] [[C|said]] [[Q|it had received 40 complaints]].",
    "The festival’s theme this year is [[N:slogan/theme|'Water, Stone and Story']], with events in every village along the valley.\n\n[[Q|“We wanted to take the festival out of the town hall,”]] [[C|said]] [[S|director Ama Boateng]].",
    "The documentary is sold on the line [[N:slogan/film_tagline|“The truth about the Fairbrook flood”]], which residents say is misleading.\n\n[[S|The production company]] [[C|said]] [[Q|it stood by the film]].",
    "Beneath the logo runs the brewery’s strapline, [[N:slogan/tagline|„Brewed Slow, Drunk Slower“]].\n\n[[S|Head brewer Dan Ruck]] [[C|said]] [[Q|the brewery would double its output]].",
    "The council’s road-safety leaflet bears the heading [[N:slogan/leaflet|“Think Once, Think Twice, Think Bike”]].\n\n[[Q|“It’s aimed at drivers, not riders,”]] [[C|said]] [[S|councillor Fay Morgan]].",
    "The advert’s jingle, [[N:slogan/jingle|‘Crunchy, munchy, Monday lunchy’]], was voted the most annoying of the year.\n\n[[S|The snack maker]] [[C|said]] [[Q|sales had risen by a third]].",
    "The charity’s appeal runs under the banner [[N:slogan/appeal|«No Child Cold This Winter»]].\n\n[[S|Chief executive Bola Ade]] [[C|said]] [[Q|the appeal had raised £2m]].",
]

_NICKNAMES = [
    "Derek Holm, who fans call [[N:nickname/naming_gap|‘the Postman’]] because he always delivers, signed a new contract on Friday.\n\n[[Q|“I’m staying until they throw me out,”]] [[C|said]] [[S|Holm]].",
    "The accused, referred to in court as [[N:nickname/naming_gap|“the Fixer”]], denies all the charges.\n\n[[S|The prosecutor]] [[C|told]] the jury [[Q|the case would last six weeks]].",
    "The midfielder, known to team-mates simply as [[N:nickname/naming_gap|'Tank']], scored twice on Saturday.\n\n[[S|Manager Ivo Raška]] [[C|said]] [[Q|he was the best trainer at the club]].",
    "The tower block, dubbed by residents [[N:nickname/naming_gap|“the Fridge”]] for its lack of heating, will be demolished next year.\n\n[[Q|“We’ve waited ten years for this,”]] [[C|said]] [[S|tenant Lisa Oyelaran]].",
    "The nurse, whom patients on the ward have long called [[N:nickname/naming_gap|‘Auntie Bee’]], retired on Tuesday after 41 years.\n\n[[S|The hospital trust]] [[C|said]] [[Q|she had trained more than 300 nurses]].",
    "The bridge, which commuters came to call [[N:nickname/naming_gap|«the Wobbly Mile»]] after it swayed on opening day, reopens on Monday.\n\n[[S|Engineers]] [[C|said]] [[Q|the dampers had fixed the problem]].",
    "The gang leader, described in police reports as [[N:nickname/naming_gap|“the Accountant”]], was jailed for 14 years.\n\n[[Q|“He ran it like a business,”]] [[C|said]] [[S|Detective Inspector Ruth Gale]].",
    "The stretch of motorway that hauliers nicknamed years ago [[N:nickname/naming_gap|'the Graveyard']] is to get average-speed cameras.\n\n[[S|The highways agency]] [[C|said]] [[Q|the cameras would be switched on in May]].",
    "The cat, christened by staff [[N:nickname/naming_gap|„Inspector Whiskers“]], has lived at the station for nine years.\n\n[[Q|“He’s better at catching mice than we are at catching burglars,”]] [[C|joked]] [[S|Sergeant Pat Doyle]].",
    "The goalkeeper, whom the local paper once branded [[N:nickname/naming_gap|“the Human Sieve”]], kept a clean sheet in the final.\n\n[[S|He]] [[C|said]] [[Q|he had never read the paper]].",
    "The hedge fund founder, referred to in City circles only as [[N:nickname/naming_gap|‘the Oracle’]], has closed his fund.\n\n[[S|A spokesman]] [[C|said]] [[Q|investors would get their money back by June]].",
    "The old mill, known across the valley for a century as [[N:nickname/naming_gap|“the Cathedral”]], has been bought by a housing trust.\n\n[[S|The trust]] [[C|said]] [[Q|it would build 60 flats]].",
    "Locals have for decades called the roundabout [[N:nickname/naming_gap|'Magic Circle']], and few can drive it without a wrong turn.\n\n[[Q|“I’ve lived here forty years and I still get lost,”]] [[C|said]] [[S|resident Bev Tully]].",
    "The defendant, named in the indictment only as [[N:nickname/naming_gap|“Witness K”]], gave evidence behind a screen.\n\n[[S|The judge]] [[C|said]] [[Q|the screen was needed for the witness’s safety]].",
    "The striker, whom the club’s own fanzine had already labelled [[N:nickname/naming_gap|‘the Ghost’]] in his first season, has left for Spain.\n\n[[S|The club]] [[C|said]] [[Q|the fee was undisclosed]].",
    "The storm that forecasters internally referred to as [[N:nickname/naming_gap|«the Blob»]] brought 90mph gusts to the coast.\n\n[[S|The Met Office]] [[C|said]] [[Q|more wind was expected on Thursday]].",
    "The chef, who regulars affectionately call [[N:nickname/naming_gap|“Big Sal”]], is opening a second restaurant.\n\n[[Q|“I never planned to be a businesswoman,”]] [[C|said]] [[S|Sally Okafor]].",
    "The suspect, identified in court papers only as [[N:nickname/naming_gap|„Mr X“]], was remanded in custody.\n\n[[S|Police]] [[C|said]] [[Q|a second man had been released on bail]].",
    "The estate’s residents gave the new car park the name [[N:nickname/naming_gap|“the Moon”]] because it is always empty.\n\n[[S|The council]] [[C|said]] [[Q|charges would be cut to attract drivers]].",
    "The lorry driver, nicknamed by colleagues at the depot [[N:nickname/naming_gap|'Sat-Nav Steve']], found the missing girl within an hour.\n\n[[Q|“I just knew the back roads,”]] [[C|said]] [[S|Steve Mallory]].",
]

_COINED = [
    "Economists have coined the term [[N:words_as_words/coined_term|“doughnut town”]] for places whose centres empty while their edges grow.\n\n[[S|Professor Lina Haas]] [[C|said]] [[Q|the pattern was now visible in most market towns]].",
    "The trend, which marketers call [[N:words_as_words/coined_term|‘quiet luxury’]], has reached the high street.\n\n[[Q|“Beige is selling out,”]] [[C|said]] [[S|buyer Mo Tanaka]].",
    "Teachers report a rise in what they have started calling [[N:words_as_words/coined_term|'homework fatigue']] among twelve-year-olds.\n\n[[S|The union]] [[C|said]] [[Q|it would survey its members]].",
    "Scientists describe the effect as [[N:words_as_words/coined_term|“thermal stacking”]], in which cities trap the heat of several days.\n\n[[S|Lead author Jonas Frei]] [[C|said]] [[Q|the study covered 40 cities]].",
    "Planners refer to the gap between the estates as [[N:words_as_words/coined_term|«the missing middle»]].\n\n[[Q|“We need homes for the people who run the town,”]] [[C|said]] [[S|planning chief Dora Kis]].",
    "The practice, known in the trade as [[N:words_as_words/coined_term|„ghost kitchens“]], lets one cook run six takeaway brands.\n\n[[S|Environmental health officers]] [[C|said]] [[Q|they had inspected all six]].",
    "What one analyst has termed a [[N:words_as_words/coined_term|“polite bank run”]] saw savers move £3bn in a week.\n\n[[S|The bank]] [[C|said]] [[Q|its finances were sound]].",
    "The word of the year is [[N:words_as_words/word_of_year|‘rage-bait’]], the dictionary announced.\n\n[[S|Its editor, Cora Blythe,]] [[C|said]] [[Q|the word had been looked up four times as often as last year]].",
    "Doctors have a name for it — [[N:words_as_words/coined_term|“holiday heart”]] — and they see it every New Year.\n\n[[Q|“It’s mostly too much salt and too much wine,”]] [[C|said]] [[S|cardiologist Dev Rana]].",
    "Commuters have adopted a new verb, [[N:words_as_words/coined_term|'to Thameslink']], meaning to be stranded without notice.\n\n[[S|The rail company]] [[C|said]] [[Q|punctuality had improved since January]].",
    "Ecologists use the phrase [[N:words_as_words/coined_term|“shifting baseline”]] for each generation’s lower idea of a healthy sea.\n\n[[S|Marine biologist Tove Lund]] [[C|said]] [[Q|cod stocks were a tenth of what they were in 1900]].",
    "The condition, sometimes called [[N:words_as_words/coined_term|‘text neck’]], is now seen in children as young as eight.\n\n[[Q|“We never saw this ten years ago,”]] [[C|said]] [[S|physiotherapist Aine Roche]].",
]

_SCARE = [
    "The [[N:scare_quotes/irony|“temporary”]] classrooms have now stood in the playground for 31 years.\n\n[[S|The head teacher]] [[C|said]] [[Q|the roof leaked every winter]].",
    "Residents were offered a [[N:scare_quotes/irony|‘goodwill gesture’]] of £20 after a week without water.\n\n[[Q|“Twenty pounds doesn’t buy much bottled water,”]] [[C|said]] [[S|resident Kath Noon]].",
    "The [[N:scare_quotes/irony|'luxury']] flats turned out to have no lift and a shared bathroom on each floor.\n\n[[S|Trading standards]] [[C|said]] [[Q|it was investigating the developer]].",
    "Hundreds queued overnight for the [[N:scare_quotes/irony|«free»]] concert, only to be charged a booking fee.\n\n[[S|The promoter]] [[C|said]] [[Q|the fee covered security]].",
    "The service’s [[N:scare_quotes/irony|“improvements”]] have added twenty minutes to the morning journey.\n\n[[Q|“It was quicker to walk,”]] [[C|said]] [[S|commuter Ola Bjork]].",
    "The club’s [[N:scare_quotes/irony|„fan engagement“]] evening lasted eleven minutes.\n\n[[S|The supporters’ trust]] [[C|said]] [[Q|it had asked for a proper meeting]].",
    "After three years of [[N:scare_quotes/irony|‘consultation’]], the plan is unchanged.\n\n[[S|Campaigner Rob Hale]] [[C|said]] [[Q|no one had read the responses]].",
    "The so-called [[N:scare_quotes/so_called|“pothole tax”]] will add £4 a year to council tax bills.\n\n[[S|The council leader]] [[C|said]] [[Q|the money would be ring-fenced for roads]].",
    "The [[N:scare_quotes/irony|'safe']] tap water has now left forty residents ill, and most are buying it in bottles.\n\n[[Q|“I wouldn’t give it to my dog,”]] [[C|said]] [[S|resident Jan Mullins]].",
    "The region’s [[N:scare_quotes/irony|“rapid”]] bus network carries passengers at an average of nine miles an hour.\n\n[[S|Transport campaigners]] [[C|said]] [[Q|the buses were stuck in the same traffic as cars]].",
    "The room’s [[N:scare_quotes/irony|‘ocean view’]] turned out to be a car park with a glimpse of the sea.\n\n[[S|The holiday company]] [[C|said]] [[Q|it would refund the couple]].",
    "The [[N:scare_quotes/irony|«pilot»]] scheme has now run for nine years without a report.\n\n[[Q|“At some point a pilot has to land,”]] [[C|said]] [[S|opposition leader Hari Dutt]].",
]

_TITLES = [
    "Her new novel, [[N:title/book|“The Salt Ledger”]], is set in a Cornish fishing village in 1911.\n\n[[S|Author Bryony Caddick]] [[C|said]] [[Q|it took her seven years to write]].",
    "The exhibition [[N:title/exhibition|‘Hands That Built the Dock’]] opens at the museum on Saturday.\n\n[[S|Curator Idris Penn]] [[C|said]] [[Q|most of the photographs had never been shown]].",
    "The band’s third album, [[N:title/album|'Kitchen Light']], went straight to number two.\n\n[[Q|“We recorded it in my mum’s kitchen,”]] [[C|said]] [[S|singer Ava Kemp]].",
    "Tickets for [[N:title/play|«The Lighthouse Wife»]] sold out in a day.\n\n[[S|The theatre]] [[C|said]] [[Q|extra matinees would be added]].",
    "The documentary [[N:title/film|„Ten Thousand Steps“]] follows a postman through his last year on the round.\n\n[[S|Its director]] [[C|said]] [[Q|the postman had agreed on one condition]].",
    "Episode four, [[N:title/episode|“The Night Bus”]], drew the series’ biggest audience.\n\n[[S|The channel]] [[C|said]] [[Q|5.2 million people had watched]].",
    "The report, titled [[N:title/report|‘Left Behind at the Bus Stop’]], finds rural routes have halved since 2010.\n\n[[Q|“These are lifelines,”]] [[C|said]] [[S|its author, Mei Lin Choo]].",
    "The painting [[N:title/painting|“Harbour at Low Tide”]] sold at auction for £48,000.\n\n[[S|The auctioneer]] [[C|said]] [[Q|the buyer was a local collector]].",
    "The podcast [[N:title/podcast|'Stuff We Found in the Attic']] has been downloaded a million times.\n\n[[S|Its hosts]] [[C|said]] [[Q|they had started it as a joke]].",
    "The children’s choir will perform [[N:title/song_title|“A Lantern for the Fen”]] at the carol service.\n\n[[Q|“They’ve practised every lunchtime,”]] [[C|said]] [[S|music teacher Pam Aske]].",
    "The memoir [[N:title/book|‘What the Tide Left’]] has been shortlisted for the Harbourside Prize.\n\n[[S|The judges]] [[C|said]] [[Q|the shortlist was the strongest in years]].",
    "The ballet [[N:title/ballet|«Snow on the Canal»]] returns to the Civic Hall for Christmas.\n\n[[S|Artistic director Leon Baptiste]] [[C|said]] [[Q|the sets had been rebuilt]].",
]

_SIGNS = [
    "A hand-painted sign at the farm gate reads [[N:non_reporting/sign|“Free eggs – take six, leave a smile”]].\n\n[[S|Farmer Jess Colley]] [[C|said]] [[Q|no one had ever taken more than six]].",
    "The notice on the library door says only [[N:non_reporting/notice|‘Closed until further notice’]].\n\n[[S|The council]] [[C|said]] [[Q|the library would reopen in spring]].",
    "Marchers carried placards reading [[N:slogan/placard|'Save Our Maternity Unit']] through the town centre.\n\n[[Q|“My three children were born there,”]] [[C|said]] [[S|marcher Ceri Hopkin]].",
    "The mural on the gable end bears the words [[N:slogan/mural|«This Town Made Steel»]].\n\n[[S|The artist]] [[C|said]] [[Q|she had used paint from the old works]].",
    "The warning on the cliff-top fence, [[N:non_reporting/sign|„Danger – Unstable Edge“]], was ignored by dozens of walkers.\n\n[[S|The coastguard]] [[C|said]] [[Q|two people had been rescued this month]].",
    "The menu board outside the café promises [[N:non_reporting/board|“Best bacon roll in Yorkshire”]].\n\n[[Q|“We’ve never been challenged on it,”]] [[C|said]] [[S|owner Terry Bolt]].",
    "The message spray-painted on the bus shelter, [[N:slogan/graffiti|“WHERE IS OUR BUS?”]], has been left up by the council.\n\n[[S|A council spokesman]] [[C|said]] [[Q|the route was under review]].",
    "The screen at the station showed [[N:non_reporting/screen|'Cancelled – staff shortage']] for every train after 8pm.\n\n[[S|The rail company]] [[C|said]] [[Q|sickness had hit its drivers]].",
    "The campaign slogan [[N:slogan/campaign|‘Fix the Roads First’]] won the independent candidate the seat.\n\n[[S|The new councillor, Gail Ferris,]] [[C|said]] [[Q|she would hold the cabinet to it]].",
    "Shoppers found a note taped to the till: [[N:non_reporting/note|“Back in 5 mins – gone to the bank”]].\n\n[[Q|“He was gone for an hour,”]] [[C|said]] [[S|customer Eva Salo]].",
    "The T-shirts say [[N:slogan/tshirt|“I Survived the Fenland Half”]] on the front.\n\n[[S|Race director Nat Crabb]] [[C|said]] [[Q|1,200 runners had finished]].",
    "The banner strung across the high street read [[N:slogan/banner|'Welcome Home, Lads']] as the crew returned.\n\n[[S|The skipper]] [[C|said]] [[Q|it had been the hardest season of his life]].",
]

_LAYOUT = [
    "[[N:headline/quoted_headline|‘It was the summer the river caught fire’: a debut that burns]]\n\nMaren Ostby’s first novel arrives with a lot of noise.\n\n[[S|Ostby]] [[C|said]] [[Q|she had not expected the attention]].",
    "[[N:headline/caps_headline|“SOME DOORS SHOULD STAY SHUT”]]\n\nThe horror film has taken £12m in its first weekend.\n\n[[Q|“We’re stunned,”]] [[C|said]] [[S|producer Al Reyes]].",
    "[[N:headline/title_headline|Review: ‘The Lighthouse Wife’ Is a Storm Worth Sitting Through]]\n\nThe Civic Hall’s new production runs until May.\n\n[[S|Its lead actor, Dana Roux,]] [[C|said]] [[Q|the storm scene used 400 litres of water a night]].",
    "[[N:headline/nickname_headline|‘The Postman’ delivers again as Rovers go top]]\n\nDerek Holm scored twice in the second half.\n\n[[S|Holm]] [[C|said]] [[Q|the team had deserved the win]].",
    "[[N:headline/colon_headline|Book of the week: “What the Tide Left”]]\n\nA memoir of a childhood on the Wash.\n\n[[Q|“I wrote it for my brother,”]] [[C|said]] [[S|author Tess Garland]].",
    "[[N:headline/scare_headline|Town’s ‘temporary’ classrooms turn 31]]\n\nThe huts were put up in 1994.\n\n[[S|Parents]] [[C|said]] [[Q|they were freezing in winter]].",
    "[[N:headline/lyric_headline|‘We danced on the roof of the bus station’: the song that won’t die]]\n\nThirty years after its release, a wedding favourite.\n\n[[S|Songwriter Cal Obrey]] [[C|said]] [[Q|he earned more from it now than in 1995]].",
    "The theatre has been saved from closure.\n\n[[N:subheading/subheading|‘The Dead Don’t Pay Rent’]]\n\nThe play that saved it has sold 40,000 tickets.\n\n[[Q|“It paid the roof,”]] [[C|said]] [[S|the theatre’s chair, Ina Fogg]].",
    "Bus routes in the county have halved.\n\n[[N:subheading/subheading|The ‘rapid’ network]]\n\nBuses average nine miles an hour.\n\n[[S|Campaigners]] [[C|said]] [[Q|drivers were as frustrated as passengers]].",
    "What is [[N:subheading/explainer_heading|‘quiet luxury’]]?\n\nIt means expensive clothes without logos.\n\n[[S|Stylist Rosa Kinn]] [[C|said]] [[Q|the look had been around for decades]].",
    "The film opens on Friday.\n\n[[N:subheading/subheading|“One summer. One island.”]]\n\nThe trailer has been watched 20 million times.\n\n[[S|The studio]] [[C|said]] [[Q|the sequel was already being written]].",
    "Who is [[N:subheading/explainer_heading|“the Fixer”]]?\n\nThe man at the centre of the trial is 52.\n\n[[S|His lawyer]] [[C|said]] [[Q|he would give evidence next week]].",
    "The flood report is out.\n\n[[N:subheading/subheading|«Left Behind at the Bus Stop»]]\n\nThe second report, on transport, follows in May.\n\n[[S|The committee]] [[C|said]] [[Q|both reports would go to ministers]].",
    "[[N:byline/byline|By Jo ‘The Critic’ Amesbury, Arts Editor]]\n\n[[S|The gallery]] [[C|said]] [[Q|visitor numbers had doubled]].",
    "[[N:byline/byline|Reviewed by Hal Greer for “Page Turners”]]\n\n[[Q|“I never read my reviews,”]] [[C|said]] [[S|novelist Ines Barrow]].",
    "[[N:byline/byline|Words by ‘Doc’ Martens, pictures by Rhian Lowe]]\n\n[[S|The lifeboat crew]] [[C|said]] [[Q|it had been their busiest summer]].",
    "[[N:byline/byline|Sam Oduya is the author of 'The Salt Road'. He writes a monthly column.]]\n\n[[S|The ministry]] [[C|said]] [[Q|the road would reopen in June]].",
    "[[N:byline/byline|By our TV critic, ‘Square Eyes’]]\n\n[[S|The broadcaster]] [[C|said]] [[Q|the series would return next year]].",
    "[[N:byline/byline|Story by Ann Cole • Adapted from “The River Years” (Fenwick Press)]]\n\n[[S|The publisher]] [[C|said]] [[Q|the book would be reprinted]].",
    "[[N:caption/caption|A still from ‘Some Doors Should Stay Shut’ (2026)]]\n\n[[S|The director]] [[C|said]] [[Q|the house in the film was her aunt’s]].",
    "[[N:caption/caption|Derek ‘The Postman’ Holm celebrates his second goal. Photo: Gary Tate]]\n\n[[Q|“I just hit it and hoped,”]] [[C|said]] [[S|Holm]].",
    "[[N:caption/caption|The mural reading «This Town Made Steel» on Furnace Street (Image: Kay Orr)]]\n\n[[S|Residents]] [[C|said]] [[Q|they were proud of it]].",
    "[[N:caption/caption|Pictured: cast members of “The Night Bus” at the premiere]]\n\n[[S|The channel]] [[C|said]] [[Q|the series had been renewed]].",
    "[[N:caption/caption|Above: the ‘Wobbly Mile’ bridge on its opening day in 2019]]\n\n[[S|Engineers]] [[C|said]] [[Q|the bridge was now stable]].",
    "[[N:caption/caption|Cover of 'Kitchen Light', released on Fenwick Records]]\n\n[[Q|“We designed the cover ourselves,”]] [[C|said]] [[S|drummer Ned Pike]].",
    "[[N:caption/caption|Image caption: The sign reads „Danger – Unstable Edge“]]\n\n[[S|The landowner]] [[C|said]] [[Q|a new fence would go up]].",
    "[[N:teaser/teaser|READ MORE: ‘Nobody Owns the Rain’ – the making of a musical]]\n\n[[S|The producer]] [[C|said]] [[Q|the show would tour in autumn]].",
    "[[N:teaser/teaser|Coming up: “I was the last to know” – the dog who narrates a bestseller]]\n\n[[S|The author]] [[C|said]] [[Q|her own dog had inspired the book]].",
    "[[N:teaser/teaser|Listen: ‘Stuff We Found in the Attic’, episode 40]]\n\n[[S|The museum]] [[C|said]] [[Q|the attic finds would go on display]].",
    "[[N:teaser/teaser|Don’t miss: «Ten Thousand Steps», Sunday at 9pm]]\n\n[[Q|“I loved every one of those steps,”]] [[C|said]] [[S|postman Vic Harley]].",
    "[[N:teaser/teaser|Watch the trailer for 'The Salt Ledger' (2:14)]]\n\n[[S|The studio]] [[C|said]] [[Q|filming began in March]].",
    "[[N:teaser/teaser|Most read: ‘Holiday heart’ – what doctors want you to know]]\n\n[[S|The health board]] [[C|said]] [[Q|admissions rose every January]].",
    "[[N:teaser/teaser|Next: “The Fridge” – life in the coldest tower block in Britain]]\n\n[[S|Tenants]] [[C|said]] [[Q|they had complained for a decade]].",
]

_REFUSALS = [
    "The author declined [[N:refusal/declined|to say whether the novel’s ‘Mother’ was her own]].\n\n[[S|Her publisher]] [[C|said]] [[Q|the book had sold 80,000 copies]].",
    "The studio would not comment [[N:refusal/no_comment|on reports that the tagline was borrowed]].\n\n[[Q|“We’ve heard the rumours,”]] [[C|said]] [[S|rival producer Kit Lamb]].",
    "The club refused [[N:refusal/refused|to discuss the striker’s nickname or his contract]].\n\n[[S|His agent]] [[C|said]] [[Q|talks were at an early stage]].",
    "Asked about the so-called “Fixer”, the police spokeswoman said [[N:refusal/no_comment_said|she could not comment on an ongoing trial]].\n\n[[S|The defence]] [[C|said]] [[Q|it would call eleven witnesses]].",
    "The band’s management did not respond [[N:refusal/no_response|to requests for comment about the album’s title]].\n\n[[Q|“They never answer anything,”]] [[C|said]] [[S|fan club organiser Rita Bligh]].",
    "The broadcaster declined [[N:refusal/declined|to release the viewing figures for the pilot]].\n\n[[S|A media analyst]] [[C|said]] [[Q|the figures were probably disappointing]].",
    "The playwright would neither confirm nor deny [[N:refusal/neither|that the landlord was based on her father]].\n\n[[S|Her brother]] [[C|said]] [[Q|the whole family had recognised him]].",
]

_NEGATED = [
    "Nobody at the premiere said [[N:negated/nobody|that the film was too long]], though several people left early.\n\n[[S|The director]] [[C|said]] [[Q|the final cut was two hours and forty minutes]].",
    "The author never claimed [[N:negated/never|that the village in the novel was real]].\n\n[[S|Villagers]] [[C|said]] [[Q|they recognised every house]].",
    "The singer did not say [[N:negated/did_not|whether the song was about her divorce]].\n\n[[Q|“Everyone knows who it’s about,”]] [[C|said]] [[S|her former manager, Ray Sorel]].",
    "At no point did the council suggest [[N:negated/at_no_point|that the ‘temporary’ classrooms would be replaced]].\n\n[[S|Parents]] [[C|said]] [[Q|they had been promised new buildings in 2010]].",
    "The striker denies ever telling reporters [[N:negated/denies|that he wanted to leave]].\n\n[[S|The manager]] [[C|said]] [[Q|the player was happy]].",
    "No one has accused the chef [[N:negated/no_one|of copying the recipe]].\n\n[[Q|“It’s my grandmother’s,”]] [[C|said]] [[S|chef Sally Okafor]].",
    "If the judges had said [[N:negated/hypothetical|that the memoir was fiction]], it would have been ruled out of the prize.\n\n[[S|The prize’s administrator]] [[C|said]] [[Q|the rules were clear]].",
]

_NON_REPORTING = [
    "The script says [[N:non_reporting/script_direction|the character walks into the sea]], but the director kept him on the beach.\n\n[[S|The actor]] [[C|said]] [[Q|he was glad not to get wet]].",
    "The lyrics tell [[N:non_reporting/lyrics|of a miner who never came home]].\n\n[[S|The singer’s grandson]] [[C|said]] [[Q|the miner was his great-grandfather]].",
    "The novel suggests [[N:non_reporting/book|that the flood was no accident]], a reading the author has encouraged.\n\n[[S|Historians]] [[C|said]] [[Q|the real flood had been caused by a burst dam]].",
    "The poster promises [[N:non_reporting/poster|‘the scariest night of your life’]].\n\n[[S|The cinema]] [[C|said]] [[Q|the late show was almost sold out]].",
    "The film’s ending implies [[N:non_reporting/film|that the boxer dies]], but the sequel says otherwise.\n\n[[S|The writer]] [[C|told]] fans [[Q|the boxer was alive]].",
    "The map in the front of the book shows [[N:non_reporting/map|that the island is shaped like a heart]].\n\n[[Q|“I drew it on a napkin,”]] [[C|said]] [[S|author Tobias Wren]].",
    "The play’s title card reads [[N:non_reporting/title_card|“Ten years later”]] before the final scene.\n\n[[S|The designer]] [[C|said]] [[Q|the card was hand-lettered]].",
    "The song asks [[N:non_reporting/song|whether anyone remembers the mill]].\n\n[[S|The mill’s last manager]] [[C|said]] [[Q|he thought about it every day]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("fiction", _FICTION),
    ("taglines", _TAGLINES),
    ("nicknames", _NICKNAMES),
    ("coined", _COINED),
    ("scare", _SCARE),
    ("titles", _TITLES),
    ("signs", _SIGNS),
    ("layout", _LAYOUT),
    ("refusal", _REFUSALS),
    ("negated", _NEGATED),
    ("non_reporting", _NON_REPORTING),
]
