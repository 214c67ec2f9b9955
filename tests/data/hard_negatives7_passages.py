# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the seventh hard-negative suite (written by ``make_hard_negatives7.py``).

Every passage is invented: names, towns, outlets, pubs, boats, bills, songs and products do
not exist. They were written in session 10 before reading the rejection and layout rules, and
without reading the passages of the first six suites (only their lists of categories).

Markup (as in the second to sixth suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``tshirt`` or ``gravestone``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks,
or the clause a cue word would take), not the whole line. The templates use no fields, so
:data:`FILLERS` holds one empty filler.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

_MERCHANDISE = [
    "Fans queue for hours as club shop reopens\n\nThe best-selling item on Saturday was a green T-shirt printed with [[N:slogan/tshirt|“Mud, Sweat and Beers”]], staff at the Halvergate ground said.\n\n[[Q|“We sold out of mediums by ten o’clock,”]] [[C|said]] [[S|manager Priya Lund]].",
    "Every player in the squad had the words [[N:slogan/tattoo|'Never Walk Backwards']] tattooed on a forearm after the 1998 final, the new club history reveals.\n\n[[S|Its author, Colm Reddan,]] [[C|said]] [[Q|the idea had come from the kit man]].",
    "The silver saloon, registered [[N:slogan/number_plate|“B055 MAN”]], was seen leaving the depot shortly after midnight, the court heard.\n\n[[Q|“He was very proud of that plate,”]] [[C|said]] [[S|a neighbour]].",
    "Protesters outside the county hall held a banner reading [[N:slogan/banner|„Hands off our buses“]] as councillors arrived for the vote.\n\n[[S|Councillor Anneke Thorsby]] [[C|told]] reporters [[Q|she would vote against the cuts]].",
    "Away fans unfurled a forty-foot flag bearing the words [[N:slogan/stadium_banner|«Still Here, Still Loud»]] in the second half.\n\nThe club [[C|said]] [[Q|it would look at footage of the pyrotechnics]], [[S|a spokeswoman]] confirmed.",
    "The mugs, which carry the message ‘[[N:slogan/mug|Keep Calm and Call the Plumber]]’, are being sold to raise money for the apprentice scheme.\n\n[[Q|“It’s a bit of fun with a serious point,”]] [[C|said]] [[S|organiser Dev Okafor]].",
    'A baseball cap embroidered with [[N:slogan/cap|"Make Mondays Optional"]] has become the unlikely symbol of the four-day-week campaign.\n\n[[S|Campaign director Ruth Amadi]] [[C|said]] [[Q|sales had paid for two billboards]].',
    'Tourists photograph the painted sign above the harbour wall, which reads [[N:non_reporting/sign|"Welcome to Port Ellery – Mind the Gulls"]].\n\n[[Q|"It\'s the most photographed wall in the county,"]] [[C|said]] [[S|harbourmaster Gil Penrose]].',
    "The bride’s hoodie, printed with [[N:slogan/hoodie|‘Game Over’]] on the back, was a gift from her brother.\n\n[[Q|“I didn’t see it until the reception,”]] [[C|said]] [[S|the groom]], laughing.",
    "Graffiti reading [[N:slogan/graffiti|“NO MORE LUXURY FLATS”]] appeared on the hoardings overnight.\n\n[[S|Police]] [[C|said]] [[Q|they were treating it as criminal damage]].",
    "An old photograph shows strikers holding a banner reading [[N:slogan/banner|″Justice for the Nine″]] outside the gates in 1972.\n\n[[S|Historian Ned Pryce]] [[C|said]] [[Q|the photograph had been found in a loft]].",
    "The 1954 front page carried the slogan [[N:slogan/slogan|′′Vote Early, Vote Often′′]] above the masthead.\n\n[[S|The paper’s archivist, Rhoda Kemp]], [[C|said]] [[Q|the editor had meant it as a joke]].",
    "Supporters wore scarves printed with [[N:slogan/scarf|‘Forever Blue’]] to the last match at the old ground.\n\n— [[Q|We will be back next season]], [[C|said]] [[S|captain Joel Marr]].",
]

_LYRICS = [
    "Mourners at St Brannock’s sang [[N:slogan/hymn|“Lead me home across the water”]] as the coffin was carried out.\n\n[[Q|“She chose every hymn herself,”]] [[C|said]] [[S|her daughter, Moira Kell]].",
    "Review: Hollow Pines at the Corn Exchange\n\nThe chorus of [[N:slogan/lyric|'we were kings of the car park']] still lands like a punch, and the crowd knew every word.\n\n[[S|Frontman Eli Brack]] [[C|told]] the audience [[Q|it was their last show for a year]].",
    "The album closes on the line [[N:slogan/lyric|“and the lights go out in Carrow Street”]], sung almost in a whisper.\n\n[[Q|“I wrote that one in a launderette,”]] [[C|says]] [[S|Tamsin Rowe]].",
    "Supporters belted out [[N:slogan/anthem|‘Sweet Valley of the Tees’]] before kick-off, a tradition that dates from the 1950s.\n\n[[S|Manager Otto Frayne]] [[C|said]] [[Q|the noise had lifted his players]].",
    "Her debut single opens with the words [[N:slogan/lyric|„I never asked you for the moon“]] over a lone cello.\n\n[[Q|“The cello was an accident,”]] the singer, [[S|Mia Stroud]], [[C|told]] Radio Westmoor.",
    'The choir’s version of [[N:slogan/hymn|"Abide With Us, Lord of Evening"]] drew a standing ovation at the cathedral.\n\nThe director of music, [[S|Alys Penhallow]], [[C|said]] [[Q|the choir had rehearsed for six months]].',
    "Crowds swayed to the refrain [[N:slogan/lyric|«Dance until the morning comes»]] as the festival headliner returned for an encore.\n\n[[S|Organisers]] [[C|said]] [[Q|42,000 tickets had been sold]].",
    "The line [[N:slogan/lyric|‘you can take the boy out of Dunmore’]] was painted on the wall of the singer’s old school last week.\n\n[[Q|“We’re very proud of him,”]] [[C|said]] [[S|headteacher Grace Achebe]].",
    'At the graveside the family played [[N:slogan/lyric|"Summer Wine on the Harbour"]], the song she had danced to at her wedding.\n\n[[S|Her husband]] [[C|said]] [[Q|she would have wanted people to smile]].',
]

_FILM_LINES = [
    "Fifty years on, the line [[N:words_as_words/film_line|“You’re going to need a bigger boat”]] is still the one every tour guide in Amity Bay repeats.\n\n[[S|Guide Hal Drewitt]] [[C|said]] [[Q|visitor numbers had doubled since the anniversary screening]].",
    "Critics have fixed on Ardent Marsh’s closing line, [[N:words_as_words/film_line|'I was never lost, I was only late']], as the key to the whole film.\n\nThe director, [[S|Suvi Laine]], [[C|said]] [[Q|the line was improvised on the last day of shooting]].",
    "In the second act Hedda’s cry of [[N:words_as_words/play_line|“Not in my house!”]] brought the audience to its feet on opening night.\n\n[[Q|“Every night it’s different,”]] [[C|said]] [[S|actor Nell Varga]].",
    "The novel’s opening sentence, [[N:words_as_words/book_line|‘All the clocks in Morrow stopped on a Tuesday’]], has been voted the best of the decade by readers of the magazine.\n\n[[S|Its author]] [[C|said]] [[Q|she rewrote it forty times]].",
    'Few film lines have been quoted as often as [[N:words_as_words/film_line|"Nobody leaves the island"]], which the villain delivers in every trailer.\n\n[[S|The studio]] [[C|said]] [[Q|a sequel was in development]].',
    "The essay takes its title from a line in the 1962 western: [[N:words_as_words/film_line|“The desert keeps its own accounts”]].\n\n[[S|The writer]] [[C|told]] us [[Q|he first saw the film aged nine]].",
    "Viewers of the finale seized on the detective’s parting words, [[N:words_as_words/tv_line|„See you in the next life, Frank“]], as a hint of a spin-off.\n\n[[S|The broadcaster]] [[C|said]] [[Q|no decision had been taken]].",
    "The poem’s most famous couplet — [[N:words_as_words/poem_line|“the gulls go home, the tide forgets”]] — is carved into the new sea wall.\n\n[[Q|“It felt right to give the town its poem back,”]] [[C|said]] [[S|council leader Bryn Tallis]].",
    "Reviewers disliked the sequel’s catch-line, [[N:words_as_words/film_line|'Revenge is a dish best served twice']], which one called lazy.\n\n[[Q|“I love that line,”]] [[C|said]] [[S|the film’s star, Dario Feld]].",
]

_MOTTOS = [
    "The school, whose motto is [[N:slogan/motto|“Labor Omnia Vincit”]], will close in July after 140 years.\n\n[[S|Governors]] [[C|said]] [[Q|falling rolls had left them no choice]].",
    "The brewery’s old tagline, [[N:slogan/tagline|'The Pint That Built the Valley']], is returning to beer mats this summer.\n\n[[Q|“People kept asking for it,”]] [[C|said]] [[S|marketing chief Imogen Tarr]].",
    "The quiz host’s catchphrase, [[N:slogan/catchphrase|“Are you sure, are you certain?”]], is now on greetings cards.\n\n[[S|Host Benny Arkwright]] [[C|said]] [[Q|he had never made a penny from the cards]].",
    "Under the slogan [[N:slogan/campaign|‘Greener Streets, Fairer Fares’]], the coalition will contest every ward in the city.\n\n[[S|Its leader, Sabine Kroll]], [[C|said]] [[Q|the party expected to gain seats]].",
    "The regiment’s motto, [[N:slogan/motto|«Steadfast in the Storm»]], was read out at the parade on Sunday.\n\n[[Q|“It means more today than ever,”]] [[C|said]] [[S|Colonel Ade Obi]].",
    'A supermarket has dropped its advertising line [[N:slogan/tagline|"Every Little Saves"]] after a complaint from a rival.\n\n[[S|The company]] [[C|said]] [[Q|the change had been planned for months]].',
    "The council’s new tourism brand, [[N:slogan/brand_line|“Bridgeford: Better Than You Think”]], has drawn mockery online.\n\n[[S|A council spokesman]] [[C|said]] [[Q|the campaign cost £18,000]].",
    "The weather presenter’s sign-off, [[N:slogan/catchphrase|‘Wrap up, Westmoor’]], will be heard for the last time on Friday.\n\n[[Q|“Thirty years goes in a blink,”]] [[C|said]] [[S|presenter Lorna Baptiste]], 64.",
    "The bank’s slogan [[N:slogan/tagline|„Here for the Long Run“]] was painted over when the branch closed.\n\n[[S|Residents]] [[C|said]] [[Q|the nearest cash machine is now nine miles away]].",
]

_MENUS = [
    "The restaurant’s signature dish, [[N:title/dish|“Drunken Duck in Damson Gravy”]], costs £34.\n\n[[S|Chef Rafe Odum]] [[C|said]] [[Q|the damsons come from a farm two miles away]].",
    "Diners can also order the [[N:title/dish|'Full Mountain']], a breakfast of eleven items that few finish.\n\n[[Q|“Only three people have finished it this year,”]] [[C|said]] [[S|owner Kerry Blythe]].",
    "The café’s pudding of the week is listed on the board as [[N:title/dish|“Grandma’s Revenge”]] — a sticky toffee tart with chilli.\n\n[[S|Staff]] [[C|said]] [[Q|it sold out by lunchtime]].",
    "The menu includes [[N:title/dish|«Le Petit Matin»]], a pastry the bakery says it invented.\n\n[[Q|“We have the recipe in a safe,”]] [[C|joked]] [[S|baker Anouk Vidal]].",
    "The burger van’s [[N:title/dish|‘Heart Attack Special’]] has been renamed after a complaint to trading standards.\n\n[[S|Its owner]] [[C|told]] the Gazette [[Q|he had meant no offence]].",
    'Cocktails on the new list include [[N:title/dish|"The Last Ferry"]] and [[N:title/dish|"Harbour Lights"]], both made with local gin.\n\n[[S|Bar manager Yusuf Demir]] [[C|said]] [[Q|the gin was distilled in the old lifeboat house]].',
    "Pupils voted to keep [[N:title/dish|“Fish Finger Friday”]] on the school menu.\n\n[[Q|“Democracy in action,”]] [[C|said]] [[S|head Lena Park]].",
    "The sandwich, sold as the [[N:title/dish|„Mighty Miner“]], contains two pies.\n\n[[S|A customer]] [[C|said]] [[Q|it was the best thing she had eaten all year]].",
]

_PLACES = [
    "Regulars at [[N:nickname/pub|“The Drowned Fiddler”]] have raised £40,000 to buy the pub from the brewery.\n\n[[Q|“It’s the heart of the village,”]] [[C|said]] [[S|campaigner Ros Heaney]].",
    "The fire started in an outbuilding at the farmhouse known locally as [[N:nickname/house|'Crow's Rest']], firefighters said.\n\n[[S|Station manager Dai Rees]] [[C|said]] [[Q|no one was hurt]].",
    "The trawler [[N:nickname/boat|“Mary Ellen II”]] was towed into Kilcreggan harbour after losing power.\n\n[[S|The coastguard]] [[C|said]] [[Q|all five crew were safe]].",
    "The house, named [[N:nickname/house|‘Journey’s End’]] by its first owner, sold for £1.2m.\n\n[[Q|“We had eleven offers in a week,”]] [[C|said]] [[S|estate agent Tom Vance]].",
    "A narrowboat called [[N:nickname/boat|«Slow Progress»]] sank at its mooring on the canal overnight.\n\n[[S|The Canal Trust]] [[C|said]] [[Q|it was working to remove diesel from the water]].",
    'Walkers know the ridge as [[N:nickname/place|"the Devil\'s Staircase"]], and mountain rescue teams are called to it most weekends.\n\n[[S|Team leader Kirsty Munro]] [[C|said]] [[Q|most callouts involved people without maps]].',
    "The yacht [[N:nickname/boat|‘Second Wind’]] crossed the line first in Saturday’s race.\n\n[[Q|“We got lucky with the breeze,”]] [[C|said]] [[S|skipper Jo Abara]].",
    "The estate, nicknamed [[N:nickname/place|“Little Moscow”]] in the 1920s, is to be given conservation status.\n\n[[S|Historian Peter Wyn]] [[C|said]] [[Q|the name came from its miners’ politics]].",
    "Firefighters were called to the former [[N:nickname/pub|„Jolly Tar“]] on the quayside, empty since 2019.\n\n[[S|Police]] [[C|said]] [[Q|the fire was being treated as suspicious]].",
]

_AWARDS = [
    "The paper won [[N:title/award|“Regional Newspaper of the Year”]] at Thursday’s ceremony in London.\n\n[[Q|“This belongs to the whole newsroom,”]] [[C|said]] [[S|editor Mo Saleem]].",
    "Her novel is shortlisted for the [[N:title/award|'Golden Quill']], worth £25,000.\n\n[[S|The judges]] [[C|said]] [[Q|the book was brave and funny]].",
    "Halden Primary was named [[N:title/award|‘Eco-School of the Decade’]] by the county council.\n\n[[S|Headteacher Faye Lomax]] [[C|said]] [[Q|the children had done all the work]].",
    "The bakery took the prize for [[N:title/award|“Best Sourdough in the North”]] for the third year running.\n\n[[Q|“Third time’s a charm,”]] [[C|said]] [[S|baker Stan Obuya]].",
    "Nominees in the category [[N:title/award|«Best Newcomer»]] include two players from the academy.\n\n[[S|The league]] [[C|said]] [[Q|the winner would be announced on Monday]].",
    'The pub landed the [[N:title/award|"Loo of the Year"]] award, to the landlord\'s delight.\n\n[[Q|"We scrub it twice a day,"]] [[C|said]] [[S|landlord Vic Harte]].',
    "She is the first woman to win [[N:title/award|‘Sheepdog Handler of the Year’]] in the event’s history.\n\n[[S|Organisers]] [[C|said]] [[Q|entries had risen sharply this year]].",
    "The [[N:title/award|„Outstanding Contribution“]] prize went to a retired lollipop man.\n\n[[Q|“I only helped kids cross the road,”]] [[C|said]] [[S|winner Alf Doyle]], 81.",
]

_SO_CALLED = [
    "The so-called [[N:nickname/group|“Gang of Five”]] backbenchers have forced a vote on the budget.\n\n[[S|A party whip]] [[C|said]] [[Q|the vote would go ahead on Wednesday]].",
    "Ministers have dropped the so-called [[N:scare_quotes/so_called|'pasty tax']] after a backlash.\n\n[[Q|“We listened,”]] [[C|said]] [[S|the Treasury minister, Aled Hughes]].",
    "The so-called [[N:scare_quotes/so_called|“independent review”]] was written by two of the chairman’s friends, the report found.\n\n[[S|Auditors]] [[C|said]] [[Q|they would publish their findings in full]].",
    "Residents of the so-called [[N:nickname/place|‘Golden Triangle’]] pay the highest council tax in the county.\n\n[[S|Estate agent Zoe Marr]] [[C|said]] [[Q|demand was still rising]].",
    "The so-called [[N:scare_quotes/so_called|«smart» motorway]] has no hard shoulder for eleven miles.\n\n[[Q|“It’s a death trap,”]] [[C|said]] [[S|driver Ken Oduya]].",
    'Detectives linked the thefts to the so-called [[N:nickname/gang|"Tuesday Crew"]], a group of teenagers from the estate.\n\n[[S|Inspector Lisa Crane]] [[C|said]] [[Q|four arrests had been made]].',
    "Economists are divided over the so-called [[N:scare_quotes/so_called|„vibecession“]], in which people feel poorer than the figures say they are.\n\n[[S|Professor Hana Mori]] [[C|said]] [[Q|wages had not kept pace with rents]].",
    "The firm’s so-called [[N:scare_quotes/so_called|“wellness days”]] were unpaid, staff have complained.\n\n[[S|A company spokeswoman]] [[C|said]] [[Q|the scheme was under review]].",
    "What locals call the [[N:nickname/place|‘Magic Roundabout’]] has five mini-roundabouts around a central one.\n\n[[Q|“Tourists go round it three times,”]] [[C|said]] [[S|cabbie Rob Ince]].",
    "The [[N:scare_quotes/irony|‘temporary’]] classrooms at Greyfriars Primary have now stood for 31 years.\n\n[[S|The education authority]] [[C|said]] [[Q|they would be replaced by 2027]].",
    "Passengers stranded for nine hours were offered a [[N:scare_quotes/irony|“light refreshment”]]: one biscuit each.\n\n[[Q|“I’ve had better in prison,”]] [[C|said]] [[S|passenger Lou Grady]].",
    "The hotel’s [[N:scare_quotes/irony|«sea view»]] turned out to be a glimpse of grey between two car parks.\n\n[[S|The booking site]] [[C|said]] [[Q|the family would get a full refund]].",
]

_TERMS = [
    "The family only learned of the [[N:words_as_words/term_of_art|“do not resuscitate”]] order after his death, the inquest heard.\n\n[[S|His son]] [[C|told]] the coroner [[Q|nobody had asked them]].",
    "All three were convicted under the doctrine of [[N:words_as_words/term_of_art|'joint enterprise']], which campaigners want abolished.\n\n[[S|Their lawyer]] [[C|said]] [[Q|an appeal would be lodged]].",
    "Doctors recorded the death as [[N:words_as_words/term_of_art|‘unascertained’]], pending further tests.\n\n[[Q|“We just want answers,”]] [[C|said]] [[S|his mother]].",
    "The officer was found to have committed [[N:words_as_words/term_of_art|“gross misconduct”]] and dismissed without notice.\n\n[[S|The force]] [[C|said]] [[Q|it accepted the panel’s findings]].",
    "Under the policy, incidents are logged as [[N:words_as_words/term_of_art|«near misses»]] unless a patient is harmed.\n\n[[S|A hospital spokesman]] [[C|said]] [[Q|the policy was national]].",
    'The judge directed the jury that the phrase [[N:words_as_words/term_of_art|"reasonable force"]] had a specific meaning in law.\n\n[[S|The defendant]] [[C|told]] the court [[Q|he had feared for his life]].',
    "The river has been declared a [[N:words_as_words/term_of_art|‘bathing water’]], which means it must be tested weekly.\n\n[[Q|“It’s a good first step,”]] [[C|said]] [[S|swimmer Tess Oyelaran]].",
    "The lorry driver admitted causing death by [[N:words_as_words/term_of_art|„careless driving“]] but denied the more serious charge.\n\n[[S|The prosecutor]] [[C|said]] [[Q|the Crown would not accept the plea]].",
    "Social workers rated the risk as [[N:words_as_words/term_of_art|“medium”]] a week before the attack, the review found.\n\n[[S|The council]] [[C|said]] [[Q|lessons had been learned]].",
]

_BILLS = [
    "MPs will vote on the [[N:title/bill|“Safe Streets”]] bill next week after a delay of six months.\n\n[[S|The home secretary]] [[C|said]] [[Q|the bill would give police new powers]].",
    "The [[N:title/bill|'Right to Roam (Scotland) Amendment']] bill passed its second reading on Tuesday.\n\n[[Q|“A great day for walkers,”]] [[C|said]] [[S|Ramblers chief Iona Barr]].",
    "Campaigners want the so-called [[N:title/law|‘Ellie’s Law’]] extended to private schools.\n\n[[S|Ellie’s father]] [[C|said]] [[Q|no other family should go through what they had]].",
    "Clause 14 of the [[N:title/bill|«Housing Fairness Bill»]] would ban no-fault evictions.\n\n[[S|Landlords]] [[C|said]] [[Q|the ban would shrink the rental market]].",
    'Under the [[N:title/scheme|"Help to Heat"]] scheme, households can claim up to £5,000 for a heat pump.\n\n[[Q|"Take-up has been slow,"]] [[C|admitted]] [[S|energy minister Rhod Vaughan]].',
    "The [[N:title/bill|“Online Harms (Children)”]] bill returns to the Lords on Monday.\n\n[[S|Peers]] [[C|said]] [[Q|they would table amendments on age checks]].",
    "Senators are expected to vote on the [[N:title/bill|„Clean Rivers Act“]] before the recess.\n\n[[S|Senator Dana Whitcombe]] [[C|said]] [[Q|she had the votes to pass it]].",
    "The new [[N:title/scheme|‘Pay As You Throw’]] bin charges start in April.\n\n[[S|Residents]] [[C|told]] the meeting [[Q|they had not been consulted]].",
]

_HANDLES = [
    "The hashtag [[N:words_as_words/hashtag|“#SaveTheLido”]] was trending across the country by Sunday evening.\n\n[[S|Campaigner Fern Ashby]] [[C|said]] [[Q|the pool had been open since 1936]].",
    "The account, which posts as [[N:words_as_words/handle|'@RealMayorOfNowhere']], has been suspended.\n\n[[S|The platform]] [[C|said]] [[Q|it had broken rules on impersonation]].",
    "Fans replied with the [[N:words_as_words/emoji|“🐐”]] emoji thousands of times after the goal.\n\n[[Q|“I don’t read the comments,”]] [[C|said]] [[S|striker Remi Adeyemi]].",
    "Typing [[N:words_as_words/search|‘cheap flights Malaga’]] into the site showed prices twice as high on phones, the watchdog found.\n\n[[S|The airline]] [[C|said]] [[Q|its prices were the same on every device]].",
    "The phrase [[N:words_as_words/phrase|«quiet quitting»]] was searched more than any other workplace term last year.\n\n[[S|Researchers]] [[C|said]] [[Q|the figures came from 40 countries]].",
    'Posts tagged [[N:words_as_words/hashtag|"#BinDayDrama"]] have been viewed 12 million times.\n\n[[Q|"I just wanted my bins emptied,"]] [[C|said]] [[S|the video\'s creator, Tasha Mull]].',
    "The password [[N:words_as_words/password|„letmein2024“]] was used on more than 4,000 council laptops, the audit found.\n\n[[S|The council]] [[C|said]] [[Q|all passwords had now been reset]].",
    "The team’s official handle changed its name to [[N:words_as_words/handle|“@RelegatedFC”]] after hackers took control.\n\n[[S|The club]] [[C|said]] [[Q|access had been restored]].",
]

_INSCRIPTIONS = [
    "The plaque on the bridge reads [[N:non_reporting/plaque|“Opened by the Mayor, 1 May 1911”]].\n\n[[S|Historian Lucy Deane]] [[C|said]] [[Q|the date on the plaque was wrong]].",
    "His gravestone carries the words [[N:non_reporting/gravestone|'He kept the lamp lit']], chosen by the lifeboat crew.\n\n[[Q|“He never missed a shout,”]] [[C|said]] [[S|coxswain Ben Tregear]].",
    "Inscribed on the bench are the words [[N:non_reporting/inscription|‘Sit a while, Mum would have liked that’]].\n\n[[S|Her son]] [[C|said]] [[Q|the bench had been vandalised twice]].",
    "The war memorial bears the line [[N:non_reporting/inscription|«Their name liveth for evermore»]] above 46 names.\n\n[[S|The parish council]] [[C|said]] [[Q|two missing names would be added]].",
    'A brass plate on the door still says [[N:non_reporting/plaque|"Dr A. Morland, Surgeon"]], a century after he left.\n\n[[Q|"We\'ll never take it down,"]] [[C|said]] [[S|the current owner]].',
    "The ring was engraved [[N:non_reporting/engraving|“Always, J”]], and officers hope the owner will come forward.\n\n[[S|PC Amir Shah]] [[C|said]] [[Q|it was found in a drain]].",
    "The foundation stone, inscribed [[N:non_reporting/inscription|„Laid in Hope, 1862“]], will be moved to the new building.\n\n[[S|The architect]] [[C|said]] [[Q|moving it would take a week]].",
    "A sign on the gate warns [[N:non_reporting/sign|“Beware of the Geese”]], and the geese are real.\n\n[[Q|“They’re better than any dog,”]] [[C|said]] [[S|farmer Beth Ollerton]].",
]

_SURVEY = [
    "Respondents were asked [[N:non_reporting/survey_question|“Do you feel safe walking alone after dark?”]], and 38 per cent said no.\n\n[[S|The report’s author]] [[C|said]] [[Q|the figure had barely changed since 2015]].",
    "This year’s maths paper included the question [[N:non_reporting/exam_question|'If a train leaves Crewe at 9.15, when does it arrive?']], which went viral.\n\n[[S|The exam board]] [[C|said]] [[Q|the question was fair]].",
    "Voters will be asked [[N:non_reporting/ballot_question|‘Should the town have an elected mayor?’]] on 4 May.\n\n[[Q|“It’s about accountability,”]] [[C|said]] [[S|campaigner Ivo Bard]].",
    "The census asks [[N:non_reporting/survey_question|«What is your main language?»]] for the first time.\n\n[[S|Statisticians]] [[C|said]] [[Q|the answers would shape school funding]].",
    'Candidates had forty minutes to answer the essay prompt [[N:non_reporting/exam_question|"Is technology making us lonely?"]].\n\n[[S|Examiners]] [[C|said]] [[Q|the standard of answers was high]].',
    "Staff ticked [[N:non_reporting/survey_answer|“strongly disagree”]] when asked about their workload, the survey showed.\n\n[[S|The union]] [[C|said]] [[Q|the results were a wake-up call]].",
    "The poll asked [[N:non_reporting/survey_question|„Would you pay more tax for a better NHS?“]] and 61 per cent said yes.\n\n[[S|Pollster Ines Batt]] [[C|said]] [[Q|support had risen among younger voters]].",
    "The driving theory test now includes the question [[N:non_reporting/exam_question|‘What should you do at a flashing amber light?’]].\n\n[[S|The agency]] [[C|said]] [[Q|the change followed a rise in crossing accidents]].",
]

_PACKETS = [
    "Every packet now carries the warning [[N:non_reporting/packet_warning|“May contain traces of nuts”]], even when it does not.\n\n[[S|Allergy charity chief Ola Jenson]] [[C|said]] [[Q|the labels were meaningless]].",
    "The bottle’s label said [[N:non_reporting/label|'Shake well before use']] but nothing about children.\n\n[[S|The mother]] [[C|told]] the inquest [[Q|it should have had a child lock]].",
    "The box was stamped [[N:non_reporting/stamp|‘Return to Sender’]] and had been posted in 1987.\n\n[[S|Postman Vic Lyle]] [[C|said]] [[Q|it was the oldest letter he had delivered]].",
    "A search for the town’s name returned [[N:non_reporting/search_result|«No results found»]] on the council’s own website.\n\n[[S|A council spokeswoman]] [[C|said]] [[Q|the fault had been fixed]].",
    'Customers’ screens showed [[N:non_reporting/screen|"Payment declined"]] for most of Friday.\n\n[[S|The bank]] [[C|said]] [[Q|a software update had caused the fault]].',
    "The cans carry the warning [[N:non_reporting/packet_warning|“Not suitable for children or pregnant women”]] in small print.\n\n[[Q|“Nobody reads small print,”]] [[C|said]] [[S|paediatrician Ruth Olsen]].",
    "The top result for [[N:words_as_words/search|„best schools Dunmore“]] was an advert for a private tutor.\n\n[[S|The head of Dunmore High]] [[C|said]] [[Q|parents should visit schools in person]].",
    "The sat-nav told drivers to [[N:non_reporting/satnav|‘turn left in 200 yards’]], straight into the ford.\n\n[[Q|“We pull out two cars a week,”]] [[C|said]] [[S|farmer Iolo Price]].",
]

_FURNITURE = [
    "[[N:headline/quoted_headline|‘The lido is our beach’: swimmers fight closure]]\n\n[[N:byline/byline|By Hattie Crane, Local Democracy Reporter]]\n\n[[S|Swimmers]] [[C|said]] [[Q|the pool was the only place to cool off]].",
    "[[N:headline/caps_headline|“WE’RE NOT GOING ANYWHERE”]]\n\nStallholders at Ferrybridge market have vowed to stay.\n\n[[Q|“Forty years I’ve been here,”]] [[C|said]] [[S|fishmonger Len Daw]].",
    "What is a [[N:subheading/explainer_heading|‘heat dome’]]?\n\nA heat dome forms when high pressure traps warm air.\n\n[[S|Forecaster Mina Rahn]] [[C|said]] [[Q|temperatures could reach 38C]].",
    "Why is it called [[N:subheading/explainer_heading|“the Crooked Mile”]]?\n\nThe road was laid along an old field boundary.\n\n[[S|Local historian Eddie Mole]] [[C|said]] [[Q|the name dates from 1740]].",
    "[[N:byline/byline|By Sunita Rao ‘Our Woman in Brussels’]]\n\nBRUSSELS — [[S|Diplomats]] [[C|said]] [[Q|a deal was close]].",
    "[[N:caption/caption|Pictured: the ‘world’s smallest pub’ in Trelawny]] (Photo: Sam Ede)\n\nThe pub has room for six drinkers.\n\n[[Q|“Seven if they’re friendly,”]] [[C|said]] [[S|landlady Ceri Bright]].",
    "[[N:caption/caption|The ‘Iron Lady’ statue is lifted into place on Monday]]. Image: Harbour Trust\n\n[[S|The sculptor]] [[C|said]] [[Q|it had taken two years to make]].",
    "[[N:teaser/teaser|READ NEXT: ‘I found a live grenade in my garden’]]\n\n[[S|Bomb disposal officers]] [[C|said]] [[Q|the device was from the Second World War]].",
    "[[N:teaser/teaser|Listen: ‘Why I quit the force’ – our podcast, episode 12]]\n\n[[S|The former detective]] [[C|said]] [[Q|she had been bullied for years]].",
    "[[N:subheading/subheading|‘A perfect storm’]]\n\nThe trust’s deficit has grown to £40m.\n\n[[S|Its chief executive]] [[C|said]] [[Q|winter pressures had come early]].",
    "[[N:headline/told_headline|Dog walker ‘saw flames from the ridge’, fire inquiry told]]\n\nA dog walker raised the alarm at 5am.\n\n[[S|Fire officer Jas Gill]] [[C|said]] [[Q|the blaze had spread in minutes]].",
    "[[N:byline/byline|Reporting by Kemi Adams; editing by ‘Chip’ Dalton]]\n\n[[S|The central bank]] [[C|said]] [[Q|it would hold rates]].",
    "[[N:teaser/teaser|Sign up: ‘The Morning Brief’, in your inbox at 7am]]\n\n[[S|Ministers]] [[C|said]] [[Q|the strike would not change their offer]].",
    "[[N:headline/colon_headline|Mayor on litter fines: “It’s working”]]\n\nFines for dropping litter have tripled.\n\n[[S|Mayor Dee Holt]] [[C|said]] [[Q|the streets were cleaner than ever]].",
    "[[N:caption/caption|Still from ‘The Long Walk Home’ (2024), courtesy of Northlight Films]]\n\n[[S|The director]] [[C|told]] the festival [[Q|that the film took eight years]].",
    "[[N:teaser/teaser|MORE: ‘Barbecue ban’ for parks as heatwave hits]]\n\n[[S|Park rangers]] [[C|said]] [[Q|three fires had been started by disposable grills]].",
    "[[N:byline/byline|Words: ‘Big Ted’ Morrow • Pictures: Anya Fisk]]\n\n[[Q|“The hills were alive,”]] [[C|said]] [[S|festival-goer Jo Kane]].",
    "[[N:subheading/explainer_heading|What does ‘net zero’ actually mean?]]\n\nNet zero means removing as much carbon as is emitted.\n\n[[S|Climate scientist Ayo Bello]] [[C|said]] [[Q|the 2050 target was still within reach]].",
    "[[N:caption/caption|Left to right: Dot, Pip and ‘Nan’ Hughes at the party]]\n\n[[S|Dot]] [[C|said]] [[Q|the party had been a surprise]].",
    "[[N:headline/caps_headline|‘I’LL BE BACK’ SAYS CHAMP]]\n\nBoxer Tyrone Acheson has promised a rematch.\n\n[[Q|“This isn’t over,”]] [[C|said]] [[S|Acheson]].",
    "[[N:headline/opinion_headline|Opinion | ‘Our parks are worth more than car parks’]]\n\n[[N:byline/byline|Marta Fenn is a councillor in Ashby Ward]]\n\n[[S|The council]] [[C|said]] [[Q|no decision had been made on the car park]].",
    "[[N:headline/exclusive_headline|EXCLUSIVE: ‘Contractors dug up Mum’s garden by mistake’]]\n\n[[N:byline/byline|Additional reporting by ‘Taff’ Jenkins]]\n\n[[S|The water company]] [[C|said]] [[Q|it would pay for the damage]].",
    "[[N:headline/live_headline|Live updates: ‘Red warning’ for wind across the Highlands]]\n\n[[N:byline/updated|Updated 14:02 GMT | First published as ‘Amber warning for wind’]]\n\n[[S|The Met Office]] [[C|said]] [[Q|gusts could reach 90mph]].",
    "[[N:byline/correction|Correction: an earlier version of this article called the lifeboat ‘Spirit of Fowey’; it is the ‘Spirit of Looe’.]]\n\n[[S|The RNLI]] [[C|said]] [[Q|both crew members were recovering]].",
    "Rents have risen by a fifth in two years.\n\n[[N:subheading/subheading|‘We sleep in shifts’]]\n\nThe Okonjo family share two rooms.\n\n[[Q|“The children do homework on the stairs,”]] [[C|said]] [[S|Ada Okonjo]].",
    "The new ferry has been delayed again.\n\n[[N:subheading/subheading|The ‘boring’ bit: who pays?]]\n\n[[S|The transport secretary]] [[C|said]] [[Q|the yard would bear the extra cost]].",
    "[[N:caption/caption|(Image: ‘Mad Dog’ Malone at Friday’s weigh-in / Ringside Pictures)]]\n\n[[Q|“I’m in the shape of my life,”]] [[C|said]] [[S|Malone]].",
    "[[N:caption/caption|In pictures: the ‘Festival of Light’ fills the quayside]] — gallery, 14 photos\n\n[[S|Organisers]] [[C|said]] [[Q|80,000 people had attended]].",
    "[[N:teaser/teaser|Related: ‘We were told to wait eleven hours’ – patients on A&E delays]]\n\n[[S|The health board]] [[C|said]] [[Q|it was opening a new assessment unit]].",
    "[[N:teaser/teaser|Watch: ‘The moment a seal pup was freed from a fishing net’ (1:32)]]\n\n[[S|Rescuers]] [[C|said]] [[Q|the pup had been released back into the sea]].",
    "[[N:teaser/sponsored|Sponsored: ‘Ten ways to cut your energy bill this winter’]]\n\n[[S|Energy regulator chief Sol Amis]] [[C|said]] [[Q|prices would fall in April]].",
    "[[N:byline/byline|By Ifeoma Duru | @ifeduru | Chief Reporter]]\n\n[[S|The coroner]] [[C|said]] [[Q|the death was an accident]].",
]

_REFUSALS = [
    "The club would neither confirm nor deny [[N:refusal/neither|that talks had taken place]].\n\n[[S|The player’s agent]] [[C|said]] [[Q|his client was happy]].",
    "A spokesman for the firm said [[N:refusal/nothing_to_add|it had “nothing to add” to its earlier statement]].\n\n[[S|Union rep Keri Baines]] [[C|said]] [[Q|members would ballot next week]].",
    "The trust said [[N:refusal/inappropriate|it would be inappropriate to comment while the investigation was continuing]].\n\n[[S|The patient’s sister]] [[C|said]] [[Q|the family were devastated]].",
    "The ministry referred questions to [[N:refusal/referred|the police]].\n\n[[S|A local councillor]] [[C|said]] [[Q|residents had been told nothing]].",
    "The owner did not return calls [[N:refusal/no_calls|seeking comment on the closure]].\n\n[[S|Staff]] [[C|said]] [[Q|they had been locked out]].",
    "Asked [[N:refusal/declined|whether she would stand again]], the senator walked off without answering.\n\n[[S|Her opponent]] [[C|said]] [[Q|he would welcome a contest]].",
    "The broadcaster declined to say [[N:refusal/declined|how much the presenter was paid]].\n\n[[Q|“It’s licence-fee money,”]] [[C|said]] [[S|MP Hal Fenwick]].",
    "Lawyers for the developer said [[N:refusal/unable|they were “not in a position to comment” on the planning appeal]].\n\n[[S|Objectors]] [[C|said]] [[Q|they would fight on]].",
    "The palace made no comment on [[N:refusal/no_comment|reports that the prince had been unwell]].\n\n[[S|A royal biographer]] [[C|said]] [[Q|the silence was unusual]].",
    "Police said [[N:refusal/not_speculate|they would “not be drawn” on a motive]].\n\n[[S|A witness]] [[C|said]] [[Q|she heard two bangs]].",
    "Neither the school nor the council has responded to [[N:refusal/no_response|questions about the missing money]].\n\n[[S|Parents]] [[C|said]] [[Q|they wanted an independent audit]].",
    "The coach refused to be drawn on [[N:refusal/declined|whether the captain would start]].\n\n[[Q|“You’ll see on Saturday,”]] [[C|said]] [[S|coach Gus Amaechi]].",
]

_NEGATED = [
    "It would be wrong to say [[N:negated/hypothetical|that the hospital is in crisis]], but it is under strain.\n\n[[S|Its chairman]] [[C|said]] [[Q|more beds were needed]].",
    "Hardly anyone now argues [[N:negated/generic|that the bypass should have been built]].\n\n[[S|Councillor Jen Ross]] [[C|said]] [[Q|the money was better spent on buses]].",
    "Few would claim [[N:negated/generic|that the new stadium has been a success]].\n\n[[Q|“Give it time,”]] [[C|said]] [[S|chairman Rory Gale]].",
    "None of the ministers has said [[N:negated/none|that the deadline will slip]].\n\n[[S|Officials]] [[C|said]] [[Q|work was on schedule]].",
    "At no point did the manager suggest [[N:negated/at_no_point|that the players had been paid late]].\n\n[[S|The players’ union]] [[C|said]] [[Q|wages were three weeks overdue]].",
    "No one is suggesting [[N:negated/no_one|that the teachers did anything wrong]].\n\n[[S|The head]] [[C|said]] [[Q|the review was routine]].",
    "Nobody at the meeting mentioned [[N:negated/nobody|the missing £2m]].\n\n[[S|A resident]] [[C|said]] [[Q|questions had been ruled out of order]].",
    "Had the minister promised [[N:negated/hypothetical|that the line would reopen]], the campaign might have ended.\n\n[[S|Campaigner Dil Shah]] [[C|said]] [[Q|they would keep marching]].",
    "She has never publicly said [[N:negated/never|that she regrets the decision]].\n\n[[Q|“She is a private person,”]] [[C|said]] [[S|her spokeswoman]].",
    "You won’t hear the chief constable say [[N:negated/hypothetical|that crime is falling]].\n\n[[S|The force’s press office]] [[C|said]] [[Q|figures would be published on Monday]].",
    "Not a single witness claimed [[N:negated/none|to have seen the driver]].\n\n[[S|Detectives]] [[C|said]] [[Q|they were still appealing for dashcam footage]].",
    "It is hard to argue [[N:negated/hypothetical|that the tax has worked]].\n\n[[S|The Treasury]] [[C|said]] [[Q|it was too early to judge]].",
]

_CHANTS = [
    "As the final whistle went, the away end chanted [[N:slogan/chant|“We want our club back”]] at the directors’ box.\n\n[[S|The chairman]] [[C|said]] [[Q|he understood the fans’ anger]].",
    "The terraces rang to [[N:slogan/chant|'There's only one Danny Oko']] after the winner.\n\n[[Q|“Goosebumps,”]] [[C|said]] [[S|Oko]] afterwards.",
    "Marchers wound through the city centre chanting [[N:slogan/chant|«Whose streets? Our streets!»]].\n\n[[S|Organisers]] [[C|said]] [[Q|10,000 people took part]].",
    "Students outside the faculty building chanted [[N:slogan/chant|„No cuts, no fees“]] for two hours.\n\n[[S|The vice-chancellor]] [[C|said]] [[Q|the university respected the right to protest]].",
    "The crowd greeted the mayor with chants of [[N:slogan/chant|“Out, out, out!”]].\n\n[[Q|“I’ve had worse,”]] [[C|said]] [[S|the mayor]].",
    "Home fans serenaded the visiting keeper with [[N:slogan/chant|‘You’re not fit to wear the gloves’]] throughout the second half.\n\n[[S|The keeper]] [[C|said]] [[Q|he had enjoyed it]].",
    'Shouts of [[N:slogan/chant|"Shame!"]] rang out as the council passed the cuts.\n\n[[S|Council leader Abi Nkemdi]] [[C|said]] [[Q|she had no choice]].',
    "The stadium echoed with [[N:slogan/chant|“Easy, easy!”]] as the hosts scored a fifth.\n\n[[S|The visiting manager]] [[C|said]] [[Q|his side had been embarrassed]].",
    "Pickets waved flags and sang [[N:slogan/chant|‘We’ll be out till Christmas’]] outside the depot.\n\n[[S|A company spokesman]] [[C|said]] [[Q|services would run as normal]].",
]

_NON_REPORTING = [
    "The gauge at Hexton Bridge says [[N:non_reporting/reading|the water is 3.2 metres above normal]], and still rising.\n\n[[S|The Environment Agency]] [[C|said]] [[Q|flood barriers were being put up]].",
    "Needless to say, [[N:non_reporting/set_phrase|the trains were late again]].\n\n[[S|The operator]] [[C|said]] [[Q|a signal failure was to blame]].",
    "The clock on the church tower still says [[N:non_reporting/clock|ten past four]], as it has since the 1987 storm.\n\n[[S|The vicar]] [[C|said]] [[Q|a repair would cost £30,000]].",
    "The bruising suggested [[N:non_reporting/evidence|that the child had been gripped hard]], the pathologist found.\n\n[[S|The pathologist]] [[C|told]] the jury [[Q|the marks were days old]].",
    "Legend has it [[N:non_reporting/legend|that a tunnel runs from the castle to the pub]].\n\n[[Q|“We’ve never found it,”]] [[C|said]] [[S|landlord Mal Berry]].",
    "The data shows [[N:non_reporting/evidence|that fewer people are cycling to work]].\n\n[[S|Cycling UK]] [[C|said]] [[Q|the roads were too dangerous]].",
    "Let’s say [[N:non_reporting/set_phrase|the bill passes in March]]: the first payments would arrive in the autumn.\n\n[[S|The minister]] [[C|said]] [[Q|she was confident of a majority]].",
    "The thermometer read [[N:non_reporting/reading|‘41.2C’]] at midday, the hottest since records began.\n\n[[S|Forecasters]] [[C|said]] [[Q|the heat would ease by Sunday]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("merchandise", _MERCHANDISE),
    ("lyrics", _LYRICS),
    ("film_lines", _FILM_LINES),
    ("mottos", _MOTTOS),
    ("menus", _MENUS),
    ("places", _PLACES),
    ("awards", _AWARDS),
    ("so_called", _SO_CALLED),
    ("terms", _TERMS),
    ("bills", _BILLS),
    ("handles", _HANDLES),
    ("inscriptions", _INSCRIPTIONS),
    ("survey", _SURVEY),
    ("packets", _PACKETS),
    ("furniture", _FURNITURE),
    ("refusal", _REFUSALS),
    ("negated", _NEGATED),
    ("chant", _CHANTS),
    ("non_reporting", _NON_REPORTING),
]
