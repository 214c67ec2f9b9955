# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the fourth hard-negative suite (written by ``make_hard_negatives4.py``).

Every passage is invented: names, towns, outlets, ships, storms, bands and apps do not
exist. They were written before reading the rejection and layout rules, and without
reading the passages of the first three suites (only their lists of categories).

Markup (as in the second and third suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``translation`` or ``proverb``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks,
or the clause after a cue word), not the whole line. Fields in braces come from :data:`FILLERS`.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [
    {
        "a": "Rosalind Achterberg",
        "al": "Achterberg",
        "pa": "she",
        "b": "Tobias Quillfeather",
        "bl": "Quillfeather",
        "pb": "he",
        "town": "Marrowfield",
        "org": "the Marrowfield Water Board",
        "paper": "the Marrowfield Courier",
        "rep": "Nell Okonjo",
    },
    {
        "a": "Idris Penhallow",
        "al": "Penhallow",
        "pa": "he",
        "b": "Agnieszka Strand",
        "bl": "Strand",
        "pb": "she",
        "town": "Cloverport",
        "org": "the Cloverport Transit Authority",
        "paper": "the Cloverport Ledger",
        "rep": "Samir Bellweather",
    },
    {
        "a": "Marguerite Osei",
        "al": "Osei",
        "pa": "she",
        "b": "Lennart Dovecote",
        "bl": "Dovecote",
        "pb": "he",
        "town": "Ashcombe",
        "org": "the Ashcombe Housing Trust",
        "paper": "the Ashcombe Sentinel",
        "rep": "Fenella Roux",
    },
    {
        "a": "Cormac Villanueva",
        "al": "Villanueva",
        "pa": "he",
        "b": "Hester Mbeki-Lund",
        "bl": "Mbeki-Lund",
        "pb": "she",
        "town": "Tidewell",
        "org": "the Tidewell Harbour Commission",
        "paper": "the Tidewell Observer",
        "rep": "Oskar Fairlie",
    },
]

WORDS = [
    "Residents in {town} have a word for the feeling: the Welsh [[N:words_as_words/translation|“hiraeth”]], a longing for a home that may never have existed.\n[[Q|“It is the only word that fits,”]] [[C|said]] [[S|{a}]], who runs the local choir.",
    "The minister repeated the phrase [[N:words_as_words/phrase|'build back better']] four times in a twelve-minute speech.\n[[S|{b}]], an opposition member, [[C|said]] [[Q|the slogan had worn thin]].",
    "Mourners had spelled out the letters [[N:words_as_words/letters|“RIP”]] in tea lights on the pavement outside the bakery.\n[[Q|“He fed half the street,”]] [[C|said]] [[S|{a}]].",
    "In Japanese the practice is called [[N:words_as_words/translation|‘shinrin-yoku’]], which translates roughly as [[N:words_as_words/translation|‘forest bathing’]].\nThe {town} clinic now prescribes it, and [[S|{bl}]] [[C|says]] [[Q|demand has doubled since spring]].",
    'The word [[N:words_as_words/word|"unprecedented"]] appears 31 times in the council\'s annual report, a tally first made by a retired English teacher.\n[[Q|"Nothing is unprecedented that often,"]] [[S|{a}]] [[C|said]].',
    "The German term [[N:words_as_words/translation|„Schadenfreude“]] has no neat English equivalent, a point the linguist makes early in her lecture.\n[[S|{b}]] [[C|told]] the audience [[Q|that English borrows what it cannot say]].",
    "On the Norfolk coast the sandbanks are known locally as [[N:words_as_words/local_name|“the Teeth”]].\n[[Q|“You learn their moods or you lose a boat,”]] [[C|said]] [[S|{a}]], who has fished there for forty years.",
    "Dictionary editors added [[N:words_as_words/word|«doomscrolling»]] to the online edition this year, alongside 600 other entries.\nThe chief editor, [[S|{b}]], [[C|said]] [[Q|the word had earned its place]].",
    "The acronym [[N:words_as_words/acronym|'NIMBY']] gets thrown around a lot in {town}, but few residents accept it.\n[[Q|'I just want the bins collected,']] [[C|said]] [[S|{a}]].",
    "Spell it [[N:words_as_words/spelling|“colour”]] or [[N:words_as_words/spelling|“color”]]? The style guide of {paper} settled the matter in 1962.",
    "The sign-language sign for [[N:words_as_words/translation|“thank you”]] starts at the chin and moves outward.\n[[S|{b}]], who teaches evening classes, [[C|said]] [[Q|most beginners learn it first]].",
    "Ask a {town} teenager and the verdict is simply [[N:words_as_words/slang|“mid”]], which is slang for unremarkable.\n[[Q|“It is not a compliment,”]] [[C|explained]] [[S|{a}]], 16.",
    "What the Italians call [[N:words_as_words/translation|‘il dolce far niente’]], the sweetness of doing nothing, has become a marketing line for the new spa.",
    "The Latin inscription, [[N:words_as_words/translation|“Festina lente”]], means “make haste slowly”.\nThe restorer, [[S|{b}]], [[C|said]] [[Q|the lettering had been recut in 1880]].",
]

PROVERBS = [
    "As the saying goes, [[N:words_as_words/proverb|“a rising tide lifts all boats”]], but in {town} the tide has lifted only a few.\n[[S|{a}]] [[C|said]] [[Q|the harbour money never reached the estates]].",
    "The old adage [[N:words_as_words/proverb|'it never rains but it pours']] felt literal on Tuesday, when the river burst its banks for the second time in a week.",
    "It is a truism in politics that [[N:words_as_words/proverb|“a week is a long time”]]. For {b}, it has been a very long month.\n[[Q|“I have had easier ones,”]] [[S|{bl}]] [[C|said]].",
    "There is an old sailors' proverb: [[N:words_as_words/proverb|“Red sky at night, shepherd's delight”]]. The Met Office is less poetic.",
    "Grandmothers across the valley still repeat [[N:words_as_words/proverb|«what the eye doesn't see, the heart doesn't grieve over»]].\nThe historian [[S|{a}]] [[C|said]] [[Q|the phrase dates to the sixteenth century]].",
    'The maxim [[N:words_as_words/proverb|"measure twice, cut once"]] is painted above the workshop door.\n[[Q|"I still cut wrong sometimes,"]] [[C|admitted]] [[S|{b}]].',
    "Whoever first said [[N:words_as_words/proverb|‘you can't take it with you’]] never met a {town} collector.\n[[S|{a}]] [[C|said]] [[Q|the stamps would go to the museum]].",
    "It proves the old line that [[N:words_as_words/proverb|“the cobbler's children go barefoot”]]: the town's plumber has had a leaking roof for two years.",
    "Farmers here live by the rule of thumb [[N:words_as_words/proverb|'cut hay when the swallows fly high']].\n[[Q|'It works more often than the app,']] [[S|{b}]] [[C|said]].",
    "[[N:words_as_words/proverb|“Never waste a good crisis”]] is an old line in Westminster, and the council appears to have taken it to heart.",
    "To borrow a cliché, [[N:words_as_words/proverb|“the proof of the pudding is in the eating”]]: the new menu launches on Friday.\nHead chef [[S|{a}]] [[C|said]] [[Q|it would change every six weeks]].",
]

HABITUAL = [
    "People often say [[N:words_as_words/habitual|“you get what you pay for”]]. At the {town} market, shoppers are not so sure.\n[[Q|“I pay more and get less,”]] [[C|said]] [[S|{a}]].",
    "It is what parents call [[N:words_as_words/habitual|'the witching hour']], the stretch between school pick-up and bedtime.\n[[S|{b}]], a parent of three, [[C|said]] [[Q|it is when every argument happens]].",
    "Nurses call it [[N:words_as_words/habitual|“the July effect”]], when new doctors arrive on the wards all at once.",
    'Locals tend to say [[N:words_as_words/habitual|"down the road"]] when they mean anywhere within twenty miles.',
    "Teachers joke about [[N:words_as_words/habitual|‘the Monday face’]], the look of a class that has not slept.\n[[Q|‘You can see it from the door,’]] [[C|said]] [[S|{a}]], a head of year.",
    "Commuters on the line have a name for the 7.42: [[N:words_as_words/habitual|“the cattle truck”]].\nA [[S|spokesman for {org}]] [[C|said]] [[Q|extra carriages would be added in March]].",
    "Everyone in the trade calls it [[N:words_as_words/habitual|«the graveyard shift»]], and at the depot it starts at 10pm.",
    "Landlords describe such flats as [[N:scare_quotes/habitual|“cosy”]], which in {town} tends to mean small.\n[[S|{b}]] [[C|said]] [[Q|she had viewed eleven of them]].",
    "Economists refer to this as [[N:words_as_words/habitual|'the paradox of thrift']].\n[[S|{a}]], who teaches at the college, [[C|said]] [[Q|households were cutting back at the worst time]].",
    "Fans still sing [[N:title/chant|“We're going up”]] on the train home, whatever the result.",
]

LABELS = [
    "The file was marked [[N:words_as_words/label|“urgent”]] but sat on a desk for six weeks, the inquiry heard.\n[[Q|“Nobody opened it,”]] [[S|{a}]] [[C|told]] the panel.",
    "Two hikers are still listed as [[N:words_as_words/status|'missing']] after Saturday's storm.\nMountain rescue leader [[S|{b}]] [[C|said]] [[Q|the search would resume at first light]].",
    "The bonds remain rated [[N:words_as_words/rating|“AAA”]] by two agencies, despite the deficit.",
    "Forecasters issued an [[N:words_as_words/warning|‘amber’]] warning for wind across the coast from 6am on Thursday.\n[[Q|‘Stay off the seafront,’]] [[C|urged]] [[S|{a}]], the harbour master.",
    'Analysts at the bank kept a [[N:words_as_words/rating|"buy"]] rating on the shares, with a target of 420p.',
    "Every ballot paper in the box had been stamped [[N:words_as_words/label|«void»]], officials found on Monday.\n[[S|{bl}]] [[C|said]] [[Q|the count would be rerun]].",
    "The restaurant's hygiene score was downgraded to [[N:words_as_words/rating|“needs improvement”]] after an inspection in June.",
    "The bridge has been classed as [[N:words_as_words/status|“structurally deficient”]] since 2019, state records show.\n[[Q|“We drive over it every day,”]] [[C|said]] [[S|{a}]].",
    "Her visa application came back marked [[N:words_as_words/label|'refused']], with no reason given.",
    "The painting was catalogued as [[N:words_as_words/label|“attributed to”]] the master, a phrase dealers read as a polite doubt.\nThe auctioneer, [[S|{b}]], [[C|said]] [[Q|bidding had been strong regardless]].",
    "Crates labelled [[N:words_as_words/label|„fragile“]] were found smashed on the loading bay.",
    "The school was graded [[N:words_as_words/rating|“outstanding”]] in 2015 and has not been inspected since.\n[[S|{a}]], a governor, [[C|said]] [[Q|parents deserved a fresh look]].",
    "The case was closed with the verdict [[N:words_as_words/label|'death by misadventure']].",
    'Water from the well was flagged [[N:words_as_words/status|"unsafe to drink"]] in Tuesday\'s tests.\n[[Q|"We boil everything now,"]] [[S|{b}]] [[C|said]].',
]

NAMES = [
    "Police launched [[N:nickname/operation|“Operation Nightjar”]] in April to tackle thefts from vans.\nDetective Inspector [[S|{a}]] [[C|said]] [[Q|eleven people had been charged]].",
    "Storm [[N:nickname/storm|‘Delphine’]] brought down trees across three counties overnight.\n[[Q|‘It was the loudest night I remember,’]] [[C|said]] [[S|{b}]].",
    "The trawler [[N:title/ship|“Morning Glory II”]] was towed into {town} harbour after its engine failed.",
    "The favourite, [[N:nickname/horse|'Copper Kettle']], fell at the last fence.\nIts trainer, [[S|{a}]], [[C|said]] [[Q|the horse was unhurt]].",
    "The band [[N:title/band|“Lanterns for Owls”]] will headline the {town} festival.",
    "Parents are being urged to delete the app [[N:title/app|«ChatterBox»]] after reports of strangers contacting children.\n[[S|{b}]] of the safeguarding team [[C|said]] [[Q|three cases had been referred to police]].",
    "The project, code-named [[N:nickname/code_name|“Blue Heron”]], was meant to stay secret until 2027.",
    'Hurricane [[N:nickname/storm|"Ottoline"]] weakened to a tropical storm before landfall.\n[[Q|"We were lucky this time,"]] [[C|said]] [[S|{a}]], the county\'s emergency manager.',
    "A greyhound called [[N:nickname/animal|‘Mister Biscuit’]] has won eleven races in a row at the {town} track.",
    "The mission, dubbed [[N:nickname/operation|„Project Lodestar“]], will map the seabed off the coast.\n[[S|{b}]] [[C|said]] [[Q|the survey ship sails in May]].",
    "The new ferry will be named [[N:title/ship|“Spirit of {town}”]] after a public vote.",
    "Fans of the indie group [[N:title/band|'The Velvet Kettles']] queued overnight for tickets.\n[[Q|'Worth it,']] [[C|said]] [[S|{a}]], 19.",
    "The meal-delivery app [[N:title/app|“Forkful”]] has lost a third of its riders since the pay cut.",
]

SCREENS = [
    "The departure board simply read [[N:non_reporting/screen|“CANCELLED”]] for every train after 6pm.\n[[Q|“We were told nothing,”]] [[C|said]] [[S|{a}]], who was stranded with two children.",
    "Her ticket was printed [[N:non_reporting/ticket|'Row Z, Seat 1']], though the theatre has no row Z.",
    "The packet carries the words [[N:non_reporting/packaging|“May contain nuts”]] in small print on the back.\n[[S|{b}]], whose son was taken to hospital, [[C|said]] [[Q|the warning was too easy to miss]].",
    "Chalked on the menu board: [[N:non_reporting/menu|“Soup of the day — ask your server”]].",
    "His forearm bears the tattoo [[N:non_reporting/tattoo|«Carpe diem»]] in faded blue ink.\n[[Q|«I was eighteen,»]] [[S|{a}]] [[C|said]], laughing.",
    'The cash machine displayed [[N:non_reporting/screen|"Transaction declined"]] for customers across the region on Friday.\n[[S|The bank]] [[C|said]] [[Q|a software update had failed]].',
    "Her phone lit up with a message: [[N:non_reporting/screen|‘Your parcel is out for delivery’]]. It never came.",
    "The wristband was stamped [[N:non_reporting/ticket|“ACCESS ALL AREAS”]].\n[[S|{b}]] [[C|said]] [[Q|security had not checked it once]].",
    "The error screen showed [[N:non_reporting/screen|“404 — page not found”]] for most of the morning, as the council's website buckled.",
    "A T-shirt in the window bore the line [[N:slogan/clothing|“I survived the {town} bypass”]].\n[[Q|“We sell dozens,”]] [[C|said]] [[S|{a}]], the shop's owner.",
    "The receipt was headed [[N:non_reporting/receipt|'Thank you for shopping local']].",
    "On the label, in capital letters: [[N:non_reporting/packaging|“DO NOT FREEZE”]].",
]

MOTTOS = [
    "The regiment's motto, [[N:slogan/motto|“Steady and true”]], is carved over the barracks gate.\n[[S|{a}]] [[C|said]] [[Q|the gate would be kept when the site is sold]].",
    "The airline's new tagline, [[N:slogan/tagline|'Closer than you think']], replaced one that lasted 20 years.",
    "The school motto [[N:slogan/motto|«Ex umbra in lucem»]] is stitched on every blazer.\nThe head, [[S|{b}]], [[C|said]] [[Q|the blazers would stay]].",
    "Under its old slogan, [[N:slogan/tagline|“Every drop counts”]], {org} ran adverts on buses for a decade.",
    'The campaign\'s rallying cry, [[N:slogan/campaign|"Not one more closure"]], was painted on banners along the high street.\n[[Q|"We will keep marching,"]] [[C|said]] [[S|{a}]], an organiser.',
    "Across the hoardings runs the developer's promise: [[N:slogan/tagline|„Living, reimagined“]].",
    "The town's coat of arms carries the words [[N:slogan/motto|‘By sea and by field’]].\n[[S|{b}]], the mayor, [[C|said]] [[Q|the crest was older than the council]].",
    "The gym's slogan [[N:slogan/tagline|“No excuses”]] did not survive the lockdowns.",
]

SO_CALLED = [
    "The so-called [[N:scare_quotes/so_called|“garden tax”]] has been dropped from the budget.\n[[S|{a}]], the finance chief, [[C|said]] [[Q|it would have raised too little]].",
    "The alleged [[N:scare_quotes/alleged|“consultation”]] lasted eleven days over Christmas.",
    "Critics describe the rebuilt square as a supposed [[N:scare_quotes/supposed|'improvement']].\n[[Q|'It has fewer benches,']] [[C|said]] [[S|{b}]].",
    "The firm's [[N:scare_quotes/ironic|“independent”]] review was written by its own former director.",
    "What the developer touts as [[N:scare_quotes/touted|«affordable»]] housing starts at £410,000.\n[[S|{a}]] [[C|said]] [[Q|no nurse in {town} could buy one]].",
    'The council\'s so-called [[N:scare_quotes/so_called|"efficiency savings"]] amount to closing two libraries.',
    "Investors were lured by promised [[N:scare_quotes/ironic|‘guaranteed’]] returns that never came.\n[[Q|‘I lost my pension,’]] [[C|said]] [[S|{b}]], 71.",
    "The [[N:scare_quotes/ironic|„temporary“]] car park has now been there for nine years.",
    "His supposed [[N:scare_quotes/supposed|“expertise”]] in tunnelling came from one short course.",
    "She criticised what she calls [[N:words_as_words/coinage|“the postcode lottery of care”]].\nOn Tuesday, [[S|{a}]] [[C|said]] [[Q|the board would publish waiting times by ward]].",
    "{b} has long campaigned against what he calls [[N:words_as_words/coinage|“paper parks”]], reserves that exist only on maps.",
]

SURVEYS = [
    "Respondents were asked: [[N:non_reporting/survey_question|“Do you trust the council to spend your money wisely?”]] Only 23 per cent said yes.",
    "The questionnaire asks [[N:non_reporting/survey_question|'How often do you use the bus?']] and offers five answers.\n[[S|{a}]], who designed it, [[C|said]] [[Q|the results would shape next year's timetable]].",
    "Asked [[N:non_reporting/survey_question|“Would you move away if you could?”]], 41 per cent of young residents said yes.",
    "The poll put the question [[N:non_reporting/survey_question|«Should the pier be rebuilt?»]] to 1,200 adults.\n[[Q|«The answer was clear,»]] [[C|said]] [[S|{b}]], the pollster.",
    'One in three agreed with the statement [[N:non_reporting/survey_statement|"I feel safe walking alone at night"]].',
    "Sixty-two per cent answered [[N:non_reporting/survey_answer|“no”]] when asked whether the tram had improved their commute.",
    "The census form's new question, [[N:non_reporting/survey_question|‘What is your gender identity?’]], is voluntary.",
    "Readers were asked to rate the statement [[N:non_reporting/survey_statement|“Local news matters to me”]] on a scale of one to five.\nEditor [[S|{a}]] [[C|said]] [[Q|the replies were encouraging]].",
]

WEB = [
    "Share on Facebook\nShare on X\n[[N:teaser/share|Email this article]]\n[[S|{a}]] [[C|said]] [[Q|the library would reopen on Monday]].",
    "Topics: [[N:teaser/tags|Transport, {town}, Local politics]]\n[[Q|The bus lane will open in March]], [[S|{org}]] [[C|said]].",
    "[[N:teaser/newsletter|Sign up for our newsletter to get the day's top stories]]\n[[Q|“We expect long queues,”]] [[C|said]] [[S|{b}]].",
    "[[N:teaser/cookie|We use cookies to improve your experience. By continuing you agree to our cookie policy.]]\n[[Q|The flood barrier failed at 3am]], [[S|{a}]] [[C|said]].",
    "Follow us on Instagram @{town}news\n[[N:teaser/follow|Follow us on Facebook for live updates]]",
    "[[N:byline/bio|{rep} covers transport for {paper}. She previously worked at a regional radio station.]]",
    "[[N:byline/additional|Additional reporting by {rep} in {town}]]",
    "[[N:teaser/amended|This article was amended on 3 June 2026 to correct the spelling of a councillor's name.]]",
    "[[N:byline/updated|Updated 14:02 BST, 4 June 2026]]\n[[S|{b}]] [[C|said]] [[Q|the road would stay shut overnight]].",
    "RESULTS\n[[N:subheading/results|Arsenal 2 Chelsea 1]]\n[[N:subheading/results|Leeds 0 Everton 0]]\n[[N:subheading/results|Fulham 3 Brentford 2]]",
    "Market close\n[[N:subheading/table|FTSE 100  8,214.3  +0.4%]]\n[[N:subheading/table|Brent crude  $81.20  -1.1%]]",
    "Weather for {town}\n[[N:subheading/table|Tue  Sunny  19°C]]\n[[N:subheading/table|Wed  Showers  14°C]]\n[[Q|“Pack a coat,”]] [[C|said]] forecaster [[S|{a}]].",
    "[[N:byline/timestamp|09:41]]\n{b} has arrived at the court.\n[[N:byline/timestamp|09:58]]\n[[Q|“I have nothing to add,”]] [[S|{pb}]] [[C|said]] on the steps.",
    "[[N:byline/credit|By {rep}, Political Correspondent]]\n[[N:byline/credit|Published 6 hours ago]]\n[[S|{a}]] [[C|said]] [[Q|the vote would be held on Thursday]].",
    "[[N:teaser/related|Related: Council tax to rise by five per cent]]\n[[Q|“It is the smallest rise we could manage,”]] [[C|said]] [[S|{b}]].",
    "[[N:teaser/comments|Comments are closed on this article]]",
    "Read next\n[[N:teaser/read_next|Why the ferry timetable keeps changing]]\n[[N:teaser/read_next|‘We were never consulted’: traders on the new bus lane]]",
    "[[N:byline/contact|Contact the author: {rep} at newsdesk@example.com]]\n[[Q|The museum will close for repairs]], [[S|{a}]] [[C|said]].",
    "Most read\n1. [[N:teaser/most_read|Teacher hailed as hero after river rescue]]\n2. [[N:teaser/most_read|‘It could have been worse,’ says fire chief]]",
]

HEADS = [
    "[[N:headline/quoted_word|RIVER ‘NOT SAFE’ FOR SWIMMING, WARNS AGENCY]]\n[[Q|The river at {town} is not safe for swimming]], [[S|{org}]] [[C|warned]] on Monday.",
    "[[N:headline/colon|Mayor: ‘We will rebuild the pier’]]\n[[Q|“We will rebuild the pier, and it will be better,”]] [[S|{a}]] [[C|said]] on Friday.",
    "[[N:headline/title_case|Council Says Bin Strike Will End By Friday]]\n[[S|{b}]] [[C|told]] reporters [[Q|that talks were going well]].",
    "[[N:headline/plain|Ferry firm says winter timetable will cut two sailings]]\n[[N:subheading/standfirst|Islanders say they were not consulted about the changes]]\n[[S|The firm]] [[C|said]] [[Q|the cuts were needed to save fuel]].",
    "[[N:headline/quoted_word|‘Hiraeth’ and the Welsh towns that are emptying]]\n[[S|{a}]] [[C|said]] [[Q|three schools had closed in a decade]].",
    "[[N:headline/question|Is this the end of the ‘buy’ rating?]]\n[[N:subheading/standfirst|Analysts say the shares are fairly priced at last]]",
    "[[N:subheading/section|What the report says]]\n[[S|{org}]] [[C|said]] [[Q|leaks had fallen by a fifth]].",
    "[[N:subheading/section|‘A long way to go’]]\n[[Q|“There is a long way to go,”]] [[C|said]] [[S|{b}]].",
]

CAPTIONS = [
    "[[N:caption/credit_then_sentence|Volunteers clear debris from the beach on Sunday.]] Photo: {rep}\n[[S|{a}]] [[C|said]] [[Q|more than 200 people had turned up]].",
    "Photograph: {rep}/{paper}\n[[N:caption/after_credit|Children play on the new slide at Ashby Park, which opened on Saturday.]]\n[[Q|“It was worth the wait,”]] [[C|said]] [[S|{b}]].",
    "[[N:caption/sign|A sign reading ‘Road closed’ stands on the flooded lane near {town}.]] (Photo: {rep})",
    "Image: Getty\n[[N:caption/after_credit|Firefighters tackle the blaze at the warehouse on Tuesday night.]]\n[[S|{a}]] [[C|said]] [[Q|no one had been hurt]].",
    "[[N:caption/plain|The trawler Morning Glory II in {town} harbour.]]\nCredit: {rep}",
    "[[N:caption/described|{b} says the market ‘has a future’.]] Picture: {rep}\n[[S|{bl}]] [[C|said]] [[Q|stall rents would be frozen]].",
]

SENSES = [
    "The sign on the gate says [[N:non_reporting/sign|“Private — keep out”]], but walkers have used the path for a century.\n[[S|{a}]] [[C|said]] [[Q|the right of way was on the 1951 map]].",
    "The clock on the church tower says [[N:non_reporting/clock|half past four]], as it has since the storm of 1987.",
    "The label reads [[N:non_reporting/label|“Best before March”]]; the tins were on sale in November.",
    "The law states [[N:non_reporting/law|that a licence must be renewed every five years]].\n[[S|{b}]], a solicitor, [[C|said]] [[Q|few drivers knew it]].",
    "The club rules say [[N:non_reporting/rules|that members must wear whites on the main court]].",
    "What do you say we [[N:non_reporting/idiom|try the new bridge]]? For many drivers, the answer is still no.",
    "Needless to say, [[N:non_reporting/idiom|the second attempt went no better]].\n[[Q|“We learned a lot,”]] [[C|said]] [[S|{a}]].",
    "It goes without saying that [[N:non_reporting/idiom|the match will be played behind closed doors]].",
    "I dare say [[N:non_reporting/idiom|the council will find the money somewhere]]; it usually does.",
    "You can tell [[N:non_reporting/idiom|the players are tired]] by the way they walk off the pitch.\nThe manager, [[S|{b}]], [[C|said]] [[Q|the squad needed a rest]].",
    "The two cottages are so alike that visitors can barely [[N:non_reporting/idiom|tell them apart]].",
    "All told, [[N:non_reporting/idiom|the repairs cost £2.4 million]], twice the estimate.",
    "Truth be told, [[N:non_reporting/idiom|the old stadium was never full]].\n[[S|{a}]] [[C|said]] [[Q|the club would move in 2028]].",
    "The boys were told off [[N:non_reporting/idiom|for climbing the scaffolding]], but no one was hurt.",
    "As stated above, [[N:non_reporting/document|the figures exclude agency staff]].",
    "The thermometer said [[N:non_reporting/instrument|minus twelve]] when the boiler failed.\n[[Q|“We wore coats in bed,”]] [[C|said]] [[S|{b}]].",
    "The map says [[N:non_reporting/map|the footpath ends at the river]], but a new bridge was built last year.",
    "Experience tells us [[N:non_reporting/idiom|that the first week is the hardest]].",
    "The contract states [[N:non_reporting/document|that the firm must finish by June]].\n[[S|{a}]] [[C|said]] [[Q|it would not]].",
    "Her face said [[N:non_reporting/idiom|it all]] as the result was read out.",
    "The guidelines say [[N:non_reporting/rules|patients should be seen within four hours]]; in {town}, the average wait is nine.",
    "Rumour has it [[N:non_reporting/idiom|that the old cinema will become flats]].",
]

REFUSALS = [
    "{a} was unavailable for comment [[N:refusal/unavailable|on the claims made in court]].\n[[S|{b}]], a lawyer for {al}, [[C|said]] [[Q|the claims were denied in full]].",
    "The club declined to be interviewed [[N:refusal/declined|about the sacking of its manager]].",
    "A spokesman referred questions [[N:refusal/referred|to the Home Office]].",
    "{org} did not respond to requests for comment [[N:refusal/no_response|on why the pipes had not been replaced]].",
    "{b} would not be drawn on [[N:refusal/not_drawn|whether {pb} would stand again]].\n[[Q|“Ask me in May,”]] [[S|{bl}]] [[C|said]].",
    "Asked whether the hospital would close, the minister [[N:refusal/declined|refused to say]].",
    "The agency would neither confirm nor deny [[N:refusal/neither|that the files had been lost]].",
    "The family have asked for privacy and [[N:refusal/privacy|will not be commenting further]].",
    "[[S|{a}'s office]] declined to comment [[N:refusal/declined|on the leaked email]] but [[C|said]] [[Q|the minister had full confidence in the team]].",
    "Police said they could not comment [[N:refusal/could_not|on an ongoing investigation]].",
    "The company has not said [[N:negated/not_said|how many jobs will go]].",
    "No one from the club has publicly stated [[N:negated/not_said|that the manager will stay]].",
    "{b} has never said [[N:negated/never_said|that the toll bridge would be free]], whatever the leaflets claim.",
    "At no point did the council claim [[N:negated/no_point|that the scheme would pay for itself]].",
    "The report does not say [[N:negated/not_said|who approved the payments]].\n[[S|{a}]] [[C|said]] [[Q|she would ask the auditor]].",
    "Neither side has suggested [[N:negated/neither|that the talks are over]].",
    "Officials did not announce [[N:negated/not_said|a date for the election]].",
]

TITLES = [
    "Her debut novel, [[N:title/book|“The Salt Orchard”]], is set in a village much like {town}.\n[[Q|“Everyone thinks they are in it,”]] [[S|{a}]] [[C|said]].",
    "The exhibition [[N:title/exhibition|‘Light on Water’]] opens at the {town} gallery on Saturday.",
    'Tonight\'s episode of [[N:title/programme|"Harbour Lives"]] follows the lifeboat crew through a winter storm.',
    "The choir will perform [[N:title/song|«Down by the Salley Gardens»]] at the memorial.\n[[S|{b}]], the choirmaster, [[C|said]] [[Q|it was the late mayor's favourite]].",
    "His podcast, [[N:title/podcast|“Small Town, Big Bills”]], has 40,000 listeners.",
    "The report, titled [[N:title/report|„Running Dry“]], warns of shortages by 2030.\nIts author, [[S|{a}]], [[C|said]] [[Q|the board had been warned for years]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("words", WORDS),
    ("proverbs", PROVERBS),
    ("habitual", HABITUAL),
    ("labels", LABELS),
    ("names", NAMES),
    ("screens", SCREENS),
    ("mottos", MOTTOS),
    ("so_called", SO_CALLED),
    ("surveys", SURVEYS),
    ("web", WEB),
    ("heads", HEADS),
    ("captions", CAPTIONS),
    ("senses", SENSES),
    ("refusals", REFUSALS),
    ("titles", TITLES),
]
