# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the ninth hard-negative suite (written by ``make_hard_negatives9.py``).

Every passage is invented: names, towns, outlets, products, bills, songs and accounts do not
exist. They were written in session 17 before reading the rejection and layout rules, and
without reading the passages of the first eight suites (only their lists of reasons and
categories, to choose new ground).

Markup (as in the second to eighth suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``word_count`` or ``embed_residue``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks),
not the whole line. The templates use no fields, so :data:`FILLERS` holds one empty filler.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

_MENTION = [
    "The word [[N:words_as_words/word_count|“resilience”]] appears 41 times in the council’s new climate plan, and “budget” only twice.\n\n[[S|Opposition councillor Hana Mertz]] [[C|said]] [[Q|the plan was long on slogans and short on money]].",
    "In the American edition the book is spelled [[N:words_as_words/spelling|“color”]] throughout, which annoyed some British readers.\n\n[[Q|“We changed nothing else,”]] [[C|said]] [[S|the publisher, Adaeze Lund]].",
    "The hashtag [[N:words_as_words/hashtag|“#SaveTheLido”]] was used more than 20,000 times over the weekend.\n\n[[S|The pool’s manager, Kurt Van Dalen,]] [[C|said]] [[Q|he had been overwhelmed by the support]].",
    "Search interest in the phrase [[N:words_as_words/search_phrase|“heat pump grant”]] tripled after the announcement, according to figures from the search company.\n\n[[S|The energy minister]] [[C|said]] [[Q|applications would open in May]].",
    "Players were fined for using the word [[N:words_as_words/banned_word|“cheat”]] on social media about a referee.\n\n[[S|The league]] [[C|said]] [[Q|the fines would go to grassroots refereeing]].",
    "The dictionary’s editors have added [[N:words_as_words/dictionary_entry|“doomscroll”]] and 300 other words this year.\n\n[[Q|“Language moves faster than we do,”]] [[C|said]] [[S|chief editor Oluwaseun Pike]].",
    "The letters [[N:words_as_words/letters|“NHS”]] were painted in three-metre capitals on the hospital roof during the pandemic.\n\n[[S|The hospital trust]] [[C|said]] [[Q|the paint would be removed during repairs next month]].",
    "Nearly every witness used the same word, [[N:words_as_words/same_word|“chaos”]], to describe the station that night.\n\n[[S|A British Transport Police spokesman]] [[C|said]] [[Q|officers had reviewed more than 400 hours of footage]].",
    "The name of the village is pronounced [[N:words_as_words/pronunciation|“Rinnock”]], not “Ryenock”, as newsreaders keep saying.\n\n[[S|Parish clerk Idris Monk]] [[C|said]] [[Q|residents had stopped correcting people years ago]].",
    "The acronym [[N:words_as_words/acronym|“SPARC”]] stands for the Southern Port Area Regeneration Company.\n\n[[S|Its chief executive]] [[C|said]] [[Q|the company would be wound up by 2028]].",
    "The report uses [[N:words_as_words/report_word|“unacceptable”]] nine times in its first four pages.\n\n[[Q|“We accept every one of the findings,”]] [[C|said]] [[S|the trust’s chair, Greta Solberg]].",
    "The misprint on the ballot paper, [[N:words_as_words/misprint|“Conservitive”]], was spotted by a voter in Dunholm.\n\n[[S|The returning officer]] [[C|said]] [[Q|the papers had been reprinted overnight]].",
    "Text messages ending in [[N:words_as_words/text_keyword|“STOP”]] will no longer unsubscribe customers, the regulator found.\n\n[[S|The regulator’s director, Amos Feld,]] [[C|said]] [[Q|the company would be fined]].",
    "Staff were told to stop calling patients [[N:words_as_words/term_banned|“bed blockers”]] in internal emails.\n\n[[S|A hospital spokeswoman]] [[C|said]] [[Q|the guidance had been issued in March]].",
    "The tag [[N:words_as_words/label|“Made in Britain”]] appears on jumpers that were knitted in three other countries, the investigation found.\n\n[[S|The retailer]] [[C|said]] [[Q|it was reviewing its labelling]].",
    "A typing error turned [[N:words_as_words/typo|“public”]] into something rather less polite on the council’s website for two days.\n\n[[Q|“We are very sorry,”]] [[C|said]] [[S|council leader Beatrix Osei]].",
]

_GLOSS = [
    "The Danes have a word for it, [[N:words_as_words/gloss|“hygge”]], which roughly means cosiness.\n\n[[S|The café’s owner, Lars Brink,]] [[C|said]] [[Q|winter trade had doubled since he added candles]].",
    "The festival takes its name from [[N:words_as_words/translation|“ceilidh”]], the Gaelic for a visit.\n\n[[Q|“Everyone is welcome, whether they can dance or not,”]] [[C|said]] [[S|organiser Morag Lennie]].",
    "The Japanese term [[N:words_as_words/foreign_term|“karoshi”]] — death from overwork — has entered debates about office hours.\n\n[[S|The union]] [[C|said]] [[Q|its members worked an average of 52 hours a week]].",
    "The slogan on the protest banners, [[N:words_as_words/translated_slogan|“Ni una menos”]], translates as “not one woman less”.\n\n[[S|March organiser Camila Ortega]] [[C|said]] [[Q|about 8,000 people had joined the walk]].",
    "In Welsh the bridge is called [[N:words_as_words/welsh_name|“Pont y Gof”]], the smith’s bridge.\n\n[[S|The county engineer]] [[C|said]] [[Q|the bridge would reopen to cars in August]].",
    "The dish’s name, [[N:words_as_words/dish_gloss|“pan de muerto”]], means bread of the dead.\n\n[[Q|“My grandmother made it every November,”]] [[C|said]] [[S|baker Lucía Ferrer]].",
    "The German word [[N:words_as_words/compound|“Schadenfreude”]] needs no translation in most newsrooms.\n\n[[S|The paper’s style editor]] [[C|said]] [[Q|it would no longer be printed in italics]].",
    "[[N:words_as_words/gloss_opening|“Mahalo”]], the Hawaiian word for thanks, is printed on every receipt.\n\n[[S|The shop’s manager]] [[C|said]] [[Q|tourists often asked what it meant]].",
]

_FORMS_POLLS = [
    "Asked [[N:words_as_words/poll_question|“Do you approve of the way the mayor is handling transport?”]], 54 per cent said yes.\n\n[[S|The mayor’s office]] [[C|said]] [[Q|the result showed Londoners backed the new bus routes]].",
    "The survey put the question [[N:words_as_words/survey_question|“Would you move abroad for a better job?”]] to 2,000 graduates.\n\n[[S|The study’s author, Dr Femi Adeyemi,]] [[C|said]] [[Q|the answers surprised him]].",
    "On the census form, 40,000 people wrote [[N:words_as_words/form_answer|“Jedi”]] as their religion.\n\n[[S|The statistics office]] [[C|said]] [[Q|the answers would be recorded as “other”]].",
    "The quiz’s final question, [[N:words_as_words/quiz_question|“Which river flows through Prague?”]], stumped all four teams.\n\n[[Q|“I’ll never forget the Vltava now,”]] [[C|said]] [[S|team captain Orla Regan]].",
    "Under [[N:words_as_words/form_field|“reason for visit”]], the applicant had written only “family”.\n\n[[S|The tribunal]] [[C|ruled]] [[Q|the officer had been wrong to refuse the visa]].",
    "The referendum question, [[N:words_as_words/referendum_question|“Should the town have a directly elected mayor?”]], was approved by the Electoral Commission.\n\n[[S|Campaigners]] [[C|said]] [[Q|they expected a turnout above 40 per cent]].",
    "Applicants must tick either [[N:words_as_words/tick_box|“employed”]] or “self-employed”, with no box for people who are both.\n\n[[S|The Federation of Small Businesses]] [[C|said]] [[Q|the form should be changed]].",
    "Students in the exam were asked to [[N:words_as_words/exam_prompt|“Discuss the causes of the 1926 General Strike”]].\n\n[[S|The exam board]] [[C|said]] [[Q|the paper had been set two years ago]].",
    "When the poll offered [[N:words_as_words/poll_option|“none of the above”]], it came second.\n\n[[S|Pollster Rhiannon Daw]] [[C|said]] [[Q|voters were tired of all the parties]].",
    "The feedback card asks guests to complete the sentence [[N:words_as_words/feedback_card|“My stay would have been better if …”]].\n\n[[S|The hotel’s manager]] [[C|said]] [[Q|most guests asked for better Wi-Fi]].",
    "Three in five respondents agreed with the statement [[N:words_as_words/survey_statement|“My landlord responds quickly to repairs”]].\n\n[[S|The Tenants’ Union]] [[C|said]] [[Q|the figure was far lower among private renters]].",
    "Callers to the helpline are greeted with [[N:words_as_words/recorded_message|“Your call is important to us”]] and then wait an average of 47 minutes.\n\n[[S|The ombudsman]] [[C|said]] [[Q|the wait was unacceptable]].",
]

_CORRECTIONS = [
    "Correction: An earlier version of this article misquoted Mayor Ines Calder as saying [[N:negated/misquote|the budget was “a disaster”]].\n\n[[S|She]] [[C|said]] [[Q|it was “a challenge”]].",
    "[[N:teaser/correction|Editor’s note: This story has been amended to remove a quote wrongly attributed to a police officer.]]\n\n[[S|Police]] [[C|said]] [[Q|two men had been arrested]].",
    "An earlier version of this story said [[N:negated/misquote_story|the headteacher had called the inspection “a witch hunt”]]. That was the view of a parent.\n\n[[S|The headteacher, Moira Dunne,]] [[C|said]] [[Q|the school would study the report carefully]].",
    "Clarification: This article previously stated [[N:teaser/clarification|that Councillor Pryce voted against the scheme]]. He abstained.\n\n[[Q|“I had a conflict of interest,”]] [[C|said]] [[S|Councillor Gethin Pryce]].",
    "This article was corrected on 4 May. A quote was wrongly given as [[N:negated/wrong_quote|“the club is finished”]]; [[S|the chairman]] [[C|said]] [[Q|“the club is not finished”]].\n\n[[S2|Chairman Roy Bellamy]] [[C2|added]] [[Q2|that a buyer had been found]].",
    "[[N:teaser/correction_footer|A previous version of this story misspelled the name of the charity. It is Hopeline, not Hopline.]]\n\n[[S|Hopeline’s director, Sunita Rao,]] [[C|said]] [[Q|calls had risen by a third]].",
    "Because of an editing error, the minister was quoted as promising [[N:negated/misquote_promise|“no new taxes”]]. [[S|She]] [[C|said]] [[Q|there would be “no new taxes on income”]].",
    "[[N:byline/correction_stamp|Corrected: 11:42, 6 March 2026]]\n\n[[S|The ambulance service]] [[C|said]] [[Q|response times had improved in February]].",
    "An earlier headline on this article wrongly said [[N:non_reporting/correction_headline|the factory would close]]. [[S|The company]] [[C|said]] [[Q|some production would move to Poland]].\n\n[[S2|Union official Tomasz Wiącek]] [[C2|said]] [[Q2|workers had been told nothing]].",
    "Due to a transcription error, an earlier version of this interview had the novelist describing her critics as [[N:negated/transcription_error|“snobs”]]. The word was “sceptics”.\n\n[[Q|“I have always liked my sceptics,”]] [[C|said]] [[S|the novelist, Priya Hale]].",
]

_EMBEDS = [
    "The underpass on Kell Road is flooded again. Please avoid the area. pic.twitter.com/x8Kd02LmQa\n[[N:byline/embed_residue|— Dana Ruiz (@druiz) March 3, 2026]]\n\n[[S|The council]] [[C|said]] [[Q|pumps had been sent to the underpass]].",
    "Our thoughts are with everyone at the mill tonight.\n[[N:byline/embed_residue|— Harlow Rovers FC (@HarlowRovers) 12 January 2026]]\n\n[[S|Fire crews]] [[C|said]] [[Q|the blaze was under control by midnight]].",
    "[[N:byline/embed_link|pic.twitter.com/Q7vLm2RbTe]]\n\n[[S|The zoo]] [[C|said]] [[Q|the otter pups were doing well]].",
    "[[N:byline/embed_handle|@GreenwayTrust · 14h]]\nThe path is open again. Thank you for your patience!\n\n[[S|The trust]] [[C|said]] [[Q|the repairs had cost £80,000]].",
    "A post shared by Melden Bakery (@meldenbakes)\n[[N:byline/embed_credit|View this post on Instagram]]\n\n[[Q|“We sold out by nine,”]] [[C|said]] [[S|owner Beth Carrow]].",
    "[[N:byline/embed_stats|1.2K Retweets 4.8K Likes]]\n\n[[S|The singer’s label]] [[C|said]] [[Q|the tour dates would be announced next week]].",
    "[[N:byline/embed_video|Watch on TikTok]]\n\n[[S|The school]] [[C|said]] [[Q|the video had been filmed without permission]].",
    "[[N:byline/embed_residue_dash|— Councillor Amy Ferris (@CllrAmyFerris) August 9, 2026]]\n\n[[S|Ferris]] [[C|told]] the Gazette [[Q|she had posted the photo to warn drivers]].",
    "[[N:byline/embed_reply|Replying to @MetOffice]]\nSnow in Penrith already!\n\n[[S|The Met Office]] [[C|said]] [[Q|more snow was expected overnight]].",
    "[[N:byline/embed_thread|Show this thread]]\n\n[[S|The MP]] [[C|said]] [[Q|her account had been hacked]].",
]

_LIVE = [
    "[[N:byline/updated|Updated 14:05]]\n\n[[S|The coastguard]] [[C|said]] [[Q|two people had been taken to hospital]].",
    "[[N:byline/live_timestamp|3 min ago 16:22]]\n\n[[Q|“We are pleased with the turnout,”]] [[C|said]] [[S|the returning officer, Wendy Akers]].",
    "[[N:byline/live_timestamp_gmt|09:47 GMT]]\n[[S|The transport secretary]] has [[C|said]] [[Q|the strike will cost the economy £60m a day]].",
    "[[N:subheading/key_event|Key event]]\n\n[[S|Sainsbury’s]] [[C|said]] [[Q|its stores would close early on Christmas Eve]].",
    "[[N:teaser/live_nav|Show key events only]]\n\n[[S|The prime minister]] [[C|said]] [[Q|talks would continue tomorrow]].",
    "[[N:subheading/live_summary|Summary of the day so far]]\n\n[[S|Rail operators]] [[C|said]] [[Q|services would run until 8pm]].",
    "[[N:byline/first_published|First published on Tue 3 Mar 2026 07.12 GMT]]\n\n[[S|The chancellor]] [[C|said]] [[Q|the figures were encouraging]].",
    "[[N:byline/live_ago|1h ago]]\n[[Q|“This is a sad day for the town,”]] [[C|said]] [[S|Mayor Colin Rudd]].",
    "[[N:teaser/live_refresh|Please refresh the page for the latest updates.]]\n\n[[S|Scotland Yard]] [[C|said]] [[Q|the man had been released on bail]].",
    "[[N:subheading/live_entry_head|Minister arrives at Downing Street]]\n[[S|The health secretary]] [[C|told]] reporters [[Q|she was “quietly confident”]].",
]

_PULL = [
    "[[S|Shop owner Kemal Arslan]] [[C|said]] [[Q|“We were never warned the road would close.”]]\n\n[[N:caption/pull_quote_repeat|“We were never warned the road would close.”]]\n\nThe council has apologised.",
    "[[Q|“This is the best squad I have ever had,”]] [[C|said]] [[S|coach Ana Pérez]].\n\n[[N:caption/pull_quote_dash|‘This is the best squad I have ever had’]] — Ana Pérez",
    "[[N:caption/pull_quote_first|“Nobody should have to choose between heating and eating.”]]\n\nFood bank use rose by a fifth last year. [[Q|“Nobody should have to choose between heating and eating,”]] [[C|said]] [[S|volunteer Gwen Ashby]].",
    "[[S|Dr Leon Marsh]] [[C|said]] [[Q|the findings were “a wake-up call for every parent”]].\n\n[[N:caption/pull_quote_fragment|‘A wake-up call for every parent’]]",
    "[[Q|“I didn’t start running until I was 50,”]] [[C|said]] [[S|marathon runner Elsie Kwan]].\n\n[[N:caption/pull_quote_quote_block|“I didn’t start running until I was 50.”]]\nElsie Kwan, 71",
    "[[S|The inspector]] [[C|wrote]] that [[Q|pupils were “safe, happy and well taught”]].\n\n[[N:caption/pull_quote_centre|“Safe, happy and well taught”]]\n\nThe school had been rated inadequate in 2023.",
    "QUOTE OF THE DAY: [[N:caption/pull_quote_label|“We will rebuild this pier plank by plank.”]]\n\n[[Q|“We will rebuild this pier plank by plank,”]] [[C|said]] [[S|trust chairman Neil Haig]] after the storm.",
    "[[Q|“Our volunteers are the heart of this place,”]] [[C|said]] [[S|manager Iris Tolland]].\n\n[[N:caption/pull_quote_in_quotes|‘Our volunteers are the heart of this place’]]\n\nThe museum reopens on Saturday.",
]

_LYRICS = [
    "The crowd sang [[N:slogan/lyric|“we’ll keep the red flag flying here”]] long after the final whistle.\n\n[[S|The club’s chairman]] [[C|said]] [[Q|he had never heard the ground so loud]].",
    "The song’s chorus — [[N:slogan/chorus|“there’s a light on the hill and it’s calling me home”]] — was written in a hospital car park.\n\n[[Q|“I was waiting for my dad,”]] [[C|said]] [[S|singer Rosa Quill]].",
    "The verse [[N:words_as_words/poem_line|“the tide will take what the town forgets”]] is carved into the new sea wall.\n\n[[S|The poet, Ewan Strachan,]] [[C|said]] [[Q|he was honoured]].",
    "Children at the school learn the rhyme [[N:slogan/nursery_rhyme|“wash your hands and count to ten”]] in their first week.\n\n[[S|Headteacher Dilys Prowse]] [[C|said]] [[Q|sickness absence had fallen]].",
    "Her best-known line, [[N:words_as_words/poem_line_known|“I have loved the rain more than the people under it”]], is on a mural in the station.\n\n[[S|The rail company]] [[C|said]] [[Q|the mural would stay]].",
    "The anthem’s second verse, which begins [[N:slogan/anthem_verse|“O land of the falling river”]], is rarely sung.\n\n[[S|Historian Gwil Rees]] [[C|said]] [[Q|most people had never learnt it]].",
    "The band closed with [[N:slogan/lyric_closing|“Don’t let the lights go out on Mill Street”]], the song that made them famous.\n\n[[Q|“We owe that street everything,”]] [[C|said]] [[S|drummer Kit Moran]].",
    "The hymn’s refrain, [[N:slogan/hymn_refrain|“and all the fields were singing”]], was chosen for the funeral.\n\n[[S|The vicar]] [[C|said]] [[Q|more than 600 people attended]].",
    "Readers voted [[N:words_as_words/poem_vote|“Do not stand at my grave and weep”]] the nation’s favourite poem for a third time.\n\n[[S|The broadcaster]] [[C|said]] [[Q|more than 30,000 votes had been cast]].",
    "The advert’s jingle, [[N:slogan/jingle|“Fresh from the farm to your door”]], has not been heard on radio since 1998.\n\n[[S|The dairy]] [[C|said]] [[Q|it had no plans to revive it]].",
]

_NAMES = [
    "The company’s latest phone, the [[N:title/product_model|“Aria X Pro”]], goes on sale on Friday.\n\n[[S|Analyst Dev Sandhu]] [[C|said]] [[Q|the price would put off most buyers]].",
    "Drivers of the [[N:title/car_model|“Cobalt Estate”]] have been asked to return their cars for a brake check.\n\n[[S|The manufacturer]] [[C|said]] [[Q|no accidents had been reported]].",
    "The chatbot, marketed as [[N:title/brand_name|“Ask Ada”]], was withdrawn after a week.\n\n[[S|The bank]] [[C|said]] [[Q|customers could still use the telephone service]].",
    "Shoppers have been told not to eat [[N:title/product_recall|“Granny Pell’s Oat Bites”]] with a best-before date in June.\n\n[[S|The Food Standards Agency]] [[C|said]] [[Q|the bars might contain traces of nuts]].",
    "The new fighter jet, designated [[N:title/model_designation|“Kestrel II”]], made its first flight on Tuesday.\n\n[[S|The defence ministry]] [[C|said]] [[Q|the test had gone well]].",
    "The game’s sequel, [[N:title/game_title|“Harbour Lights 2”]], was delayed until next spring.\n\n[[Q|“We need more time to get it right,”]] [[C|said]] [[S|studio head Ines Varga]].",
    "The hospital’s AI system, called [[N:title/system_name|“TriageNet”]], is being tested on 500 patients.\n\n[[S|The hospital trust]] [[C|said]] [[Q|doctors would check every decision]].",
    "A tin of [[N:title/brand_tin|“Captain Morwenna’s Pilchards”]] sold for £300 at auction.\n\n[[S|The auctioneer]] [[C|said]] [[Q|the buyer was a collector from Cornwall]].",
    "The new train, the [[N:title/train_class|“Class 901 Lightning”]], entered service on the coast line.\n\n[[S|The operator]] [[C|said]] [[Q|journeys would be ten minutes shorter]].",
    "The app, [[N:title/app_name|“ParkPal”]], charges a 30p fee on every parking session.\n\n[[S|Motoring groups]] [[C|said]] [[Q|the fee was unfair]].",
]

_LEGAL = [
    "Campaigners have attacked the so-called [[N:scare_quotes/bill_so_called|“Clean Streets Act”]], which [[S2|they]] [[C2|say]] [[Q2|would criminalise homelessness]].\n\n[[S|The housing minister]] [[C|said]] [[Q|the law would help rough sleepers into shelters]].",
    "The judge relied on [[N:title/case_name|“Hollis v Brecon County Council”]], a 1987 ruling on footpaths.\n\n[[S|Lawyers for the landowner]] [[C|said]] [[Q|they would appeal]].",
    "The bill, officially the [[N:title/bill_title|“Renters (Reform and Security) Bill”]], returns to the Commons on Monday.\n\n[[S|Landlords]] [[C|said]] [[Q|they would sell up if it passed]].",
    "Critics have dubbed the measure the [[N:nickname/bill_nickname|“snoopers’ charter”]].\n\n[[S|The home secretary]] [[C|said]] [[Q|the powers were needed to fight serious crime]].",
    "The ruling in [[N:title/case_citation|“R v Tallis”]] is taught to every law student.\n\n[[Q|“It changed how juries are directed,”]] [[C|said]] [[S|law professor Naomi Chidi]].",
    "The scheme, branded [[N:nickname/scheme_branding|“Help to Heat”]] by ministers, has funded 12,000 boilers.\n\n[[S|The National Audit Office]] [[C|said]] [[Q|the scheme had cost twice what was planned]].",
    "Under Section 14, headed [[N:title/section_heading|“Duties of the keeper”]], owners must fence their dogs in.\n\n[[S|The RSPCA]] [[C|said]] [[Q|the rule was rarely enforced]].",
    "The inquiry’s report, titled [[N:title/report_title|“Lessons Not Learned”]], runs to 900 pages.\n\n[[S|The bereaved families]] [[C|said]] [[Q|they felt vindicated]].",
    "Known in Westminster as the [[N:nickname/law_nickname|“pasty tax”]], the change was dropped within a month.\n\n[[S|The bakers’ federation]] [[C|said]] [[Q|it had saved 3,000 jobs]].",
    "The order, listed as [[N:title/order_title|“The Coastal Access (Variation) Order 2026”]], came into force at midnight.\n\n[[S|Ramblers]] [[C|said]] [[Q|they welcomed it]].",
]

_SO_CALLED = [
    "The so-called [[N:scare_quotes/so_called|“temporary”]] classrooms have now been in use for 22 years.\n\n[[S|Parent governor Ruth Amis]] [[C|said]] [[Q|children deserved better]].",
    "The country’s so-called [[N:scare_quotes/so_called_group|“golden generation”]] of players never won a trophy.\n\n[[Q|“We let people down,”]] [[C|said]] [[S|former captain Dario Vell]].",
    "Residents of the [[N:scare_quotes/irony_quotes|“luxury”]] flats have had no hot water since October.\n\n[[S|The managing agent]] [[C|said]] [[Q|a new boiler had been ordered]].",
    "The so-called [[N:scare_quotes/so_called_lab|“smart”]] motorway has no hard shoulder for 14 miles.\n\n[[S|National Highways]] [[C|said]] [[Q|stopped vehicles were detected within a minute]].",
    "What passes for a [[N:scare_quotes/passes_for|“bus service”]] in the valley is one minibus on Thursdays.\n\n[[S|Councillor Bryn Tudor]] [[C|said]] [[Q|the villages had been forgotten]].",
    "The [[N:scare_quotes/irony_review|“consultation”]] lasted eleven days and took place in August.\n\n[[S|The campaign group]] [[C|said]] [[Q|it would seek a judicial review]].",
    "Thousands of so-called [[N:scare_quotes/so_called_plural|“ghost flights”]] crossed Europe during the winter.\n\n[[S|The airline]] [[C|said]] [[Q|the flights had been needed to keep its landing slots]].",
    "The club’s [[N:scare_quotes/irony_club|“state-of-the-art”]] training ground flooded in its first week.\n\n[[Q|“The drains were not finished,”]] [[C|said]] [[S|the builder, Lorna Pike]].",
]

_TV = [
    "[[N:title/tv_listing|9.00pm “The Night Shift”]] Documentary following the staff of a city A&E.\n\n[[S|The producer]] [[C|said]] [[Q|filming had taken eight months]].",
    "BBC Two, 8pm: [[N:title/tv_listing_channel|“Garden Rescue”]] returns for a ninth series.\n\n[[S|Presenter Mo Adeleke]] [[C|said]] [[Q|this would be the show’s last run]].",
    "[[N:teaser/coming_up|Coming up: “The Great Bake” semi-final]]\n\n[[S|The channel]] [[C|said]] [[Q|viewing figures had reached a record]].",
    "Radio 4, 11.30am: [[N:title/radio_listing|“Shipping News”]] — a drama in four parts.\n\n[[S|The writer, Elin Voss,]] [[C|said]] [[Q|the story was based on her grandfather’s diary]].",
    "[[N:title/episode_listing|Episode 3: “The Long Road Home”]]\n\n[[S|The series’ director]] [[C|said]] [[Q|the final episode would air on Boxing Day]].",
    "Pick of the day: [[N:title/pick_of_day|“Wild Isles Revisited”]] (Channel 4, 7pm).\n\n[[S|Channel 4]] [[C|said]] [[Q|the series had sold to 40 countries]].",
    "[[N:teaser/next_on|Next on Radio Dunmore: “The Late Phone-In” with Sal Greaves]]\n\n[[S|The station]] [[C|said]] [[Q|listener numbers had risen]].",
    "The Saturday schedule now opens with [[N:title/schedule_slot|“Morning Ramble”]] at 6am.\n\n[[Q|“It’s an early start for everyone,”]] [[C|said]] [[S|host Dee Calloway]].",
]

_SIGNS = [
    "A sign on the gate reads [[N:slogan/sign|“No entry — dangerous structure”]].\n\n[[S|The owner]] [[C|said]] [[Q|the barn would be demolished in spring]].",
    "Someone had sprayed [[N:slogan/graffiti|“TORIES OUT”]] across the underpass wall overnight.\n\n[[S|Police]] [[C|said]] [[Q|they were checking CCTV]].",
    "The notice taped to the door says [[N:slogan/notice|“Closed until further notice due to staff shortages”]].\n\n[[S|The pharmacy’s owner]] [[C|said]] [[Q|he hoped to reopen next week]].",
    "The words [[N:slogan/graffiti_words|“Where is the money?”]] have appeared on three council buildings.\n\n[[S|Council leader Alan Voss]] [[C|said]] [[Q|the graffiti would be cleaned off]].",
    "A hand-written card in the shop window announces [[N:slogan/window_card|“Cash only until Monday”]].\n\n[[Q|“The card machine died on Friday,”]] [[C|said]] [[S|shopkeeper Hamid Karimi]].",
    "The motorway gantry flashed [[N:slogan/gantry|“QUEUE AHEAD — USE ALL LANES”]] for most of the afternoon.\n\n[[S|National Highways]] [[C|said]] [[Q|the queue had been caused by a broken-down lorry]].",
    "On the chapel door, a brass plate says [[N:slogan/plate|“Founded 1843”]].\n\n[[S|The trustees]] [[C|said]] [[Q|the chapel would be sold]].",
    "The placards outside the depot read [[N:slogan/placards|“Fair pay for fair work”]].\n\n[[S|Union rep Carla Ndlovu]] [[C|said]] [[Q|the strike would last a week]].",
]

_CHANTS = [
    "Fans chanted [[N:slogan/sports_chant|“Sack the board”]] for the last twenty minutes.\n\n[[S|The chairman]] [[C|said]] [[Q|he understood their anger]].",
    "The away end responded with [[N:slogan/chant_reply|“You’re not singing any more”]] after the second goal.\n\n[[Q|“That goal changed everything,”]] [[C|said]] [[S|manager Owen Tait]].",
    "Shouts of [[N:slogan/shouts_of|“Off, off, off”]] greeted every tackle by the midfielder.\n\n[[S|The referee]] [[C|said]] [[Q|no card had been needed]].",
    "A chorus of [[N:slogan/chorus_of|“Easy, easy”]] rang round the stadium in stoppage time.\n\n[[S|The visiting coach]] [[C|said]] [[Q|his players had been outclassed]].",
    "The crowd’s favourite, [[N:slogan/crowd_favourite|“He scores when he wants”]], was first sung about a striker in 1994.\n\n[[S|The club historian]] [[C|said]] [[Q|the song had been borrowed from another team]].",
    "Supporters held up a banner reading [[N:slogan/banner|“Our club, not your toy”]] before kick-off.\n\n[[S|The owner]] [[C|said]] [[Q|he would not sell]].",
]

_NICKNAMES = [
    "The bridge, known to everyone in town as [[N:nickname/known_as|“the Wobbler”]], was closed for repairs.\n\n[[S|The county council]] [[C|said]] [[Q|it would reopen before Christmas]].",
    "The goalkeeper, nicknamed [[N:nickname/nicknamed|“The Octopus”]] by fans, signed a new contract.\n\n[[Q|“I never want to leave,”]] [[C|said]] [[S|goalkeeper Bruno Salas]].",
    "The storm, which forecasters named [[N:nickname/storm_name|“Dorothea”]], brought down trees across the county.\n\n[[S|The power company]] [[C|said]] [[Q|8,000 homes had lost electricity]].",
    "The tower block earned the name [[N:nickname/earned_name|“the Fridge”]] from tenants who spent winters in coats.\n\n[[S|The housing association]] [[C|said]] [[Q|new windows were being fitted]].",
    "Locals still refer to the new shopping centre by its old name, [[N:nickname/old_name|“the Cattle Market”]].\n\n[[S|The centre’s manager]] [[C|said]] [[Q|footfall was up by a tenth]].",
    "The prize-winning marrow, which its grower calls [[N:nickname/grower_calls|“Big Geoff”]], weighed 54 kilograms.\n\n[[S|Show judge Alma Kerr]] [[C|said]] [[Q|it was the heaviest in the show’s history]].",
]

_HEADINGS = [
    "[[N:headline/lyric_headline|‘We’ll keep the red flag flying’: fans sing on as club is relegated]]\n\n[[S|The club]] [[C|said]] [[Q|it would appeal against the points deduction]].",
    "[[N:headline/poll_headline|‘Do you approve?’ Most say no, poll finds]]\n\n[[S|The pollster]] [[C|said]] [[Q|approval had fallen for six months running]].",
    "[[N:headline/hashtag_headline|#SaveTheLido: thousands sign petition]]\n\n[[S|Campaigner Pat Onuoha]] [[C|said]] [[Q|the petition would be handed in on Friday]].",
    "[[N:headline/word_headline|‘Hygge’ and ‘lagom’: why Britain keeps borrowing words]]\n\n[[S|Linguist Dr Rana Aziz]] [[C|said]] [[Q|English had always been a borrower]].",
    "[[N:headline/sign_headline|‘NO ENTRY’: pier closed after storm damage]]\n\n[[S|The pier’s owners]] [[C|said]] [[Q|it would be shut all summer]].",
    "[[N:headline/bill_headline|‘Clean Streets Act’ passes second reading]]\n\n[[S|The minister]] [[C|said]] [[Q|the law would take effect in April]].",
    "[[N:headline/live_headline|Live: ‘Storm Dorothea’ – latest updates]]\n\n[[S|The Met Office]] [[C|said]] [[Q|gusts of 90mph had been recorded]].",
    "[[N:subheading/question_subhead|‘What does resilience mean?’]]\n\n[[S|The report’s author]] [[C|said]] [[Q|the word meant different things to different councils]].",
    "[[N:subheading/quoted_subhead|‘Cash only’]]\n\nMany stalls at the market still refuse cards. [[S|Trader Ned Oakes]] [[C|said]] [[Q|the fees were too high]].",
    "[[N:subheading/chant_subhead|“Sack the board”]]\n\n[[S|The supporters’ trust]] [[C|said]] [[Q|it had lost confidence in the directors]].",
    "[[N:subheading/product_subhead|The ‘Aria X Pro’ in numbers]]\n\n[[S|The company]] [[C|said]] [[Q|it had sold a million units]].",
    "[[N:subheading/section_subhead|‘Luxury’ living]]\n\n[[S|Tenants]] [[C|said]] [[Q|the lifts had been broken for months]].",
    "[[N:byline/byline_quoted|By Ruth “Red” Amadi, Sports Reporter]]\n\n[[S|The coach]] [[C|said]] [[Q|the team was ready]].",
]

_CAPTIONS = [
    "[[N:caption/sign_caption|A sign reading “Save our library” outside Dunholm library. Photo: Kai Lund]]\n\n[[S|The council]] [[C|said]] [[Q|no decision had been made]].",
    "[[N:caption/graffiti_caption|Graffiti reading ‘Where is the money?’ on the town hall (Picture: Supplied)]]\n\n[[S|Police]] [[C|said]] [[Q|they had identified a suspect]].",
    "[[N:caption/product_caption|The ‘Aria X Pro’ on display at the launch in Berlin]]\n\n[[S|The firm’s boss]] [[C|said]] [[Q|demand had been strong]].",
    "[[N:caption/banner_caption|Fans hold a banner reading “Our club, not your toy”. (Getty Images)]]\n\n[[S|The club]] [[C|said]] [[Q|the protest had been peaceful]].",
    "[[N:caption/video_caption|Video: ‘Sack the board’ chants ring out at the final whistle (1:12)]]\n\n[[S|The club’s owner]] [[C|said]] [[Q|he would speak to fans next week]].",
    "[[N:teaser/related|Related: ‘Luxury’ flats left without hot water]]\n\n[[S|The tenants’ association]] [[C|said]] [[Q|it would take legal action]].",
    "[[N:teaser/read_more|READ MORE: The hashtag that saved a lido]]\n\n[[S|The lido’s trustees]] [[C|said]] [[Q|the pool would open in June]].",
]

_REFUSALS = [
    "The manufacturer declined [[N:refusal/declined|to say how many “Cobalt Estate” cars were affected]].\n\n[[S|A dealer]] [[C|said]] [[Q|he had been told to stop selling them]].",
    "The minister refused [[N:refusal/refused|to be drawn on whether the “Clean Streets Act” would be amended]].\n\n[[S|Her deputy]] [[C|said]] [[Q|changes were being considered]].",
    "The club did not respond [[N:refusal/no_response|to a request for comment about the chants]].\n\n[[S|The Football Association]] [[C|said]] [[Q|it was investigating]].",
    "The paper’s editor did not return calls seeking comment [[N:refusal/not_returned|on how the misquote had happened]].\n\n[[S|The mayor’s office]] [[C|said]] [[Q|it had received an apology]].",
    "The singer’s representatives would not comment [[N:refusal/would_not_comment|on the lyric’s meaning]].\n\n[[Q|“It’s about my hometown, nothing more,”]] [[C|said]] [[S|co-writer Jem Hollis]].",
    "The app’s developer could not be reached [[N:refusal/unreachable|for comment on the fee]].\n\n[[S|The council]] [[C|said]] [[Q|it would review the contract]].",
    "The pollster declined [[N:refusal/declined_question|to publish the full wording of its questions]].\n\n[[S|A rival firm]] [[C|said]] [[Q|the results could not be checked]].",
]

_NEGATED = [
    "The mayor never said [[N:negated/never_said|the budget was “a disaster”]], a recording shows.\n\n[[S|Her spokesman]] [[C|said]] [[Q|the paper had apologised]].",
    "No one at the meeting suggested [[N:negated/no_one_suggested|that the lido should be sold]].\n\n[[S|The chairman]] [[C|said]] [[Q|the trust wanted to keep it open]].",
    "The coach did not claim [[N:negated/did_not_claim|that the referee had cost them the game]].\n\n[[Q|“We were simply not good enough,”]] [[C|said]] [[S|coach Lena Brask]].",
    "Had the minister promised [[N:negated/hypothetical_promise|“no new taxes”]], the opposition would have pounced.\n\n[[S|The Treasury]] [[C|said]] [[Q|tax policy was set out in the budget]].",
    "At no stage did the company say [[N:negated/at_no_stage|that the phone was waterproof]].\n\n[[S|Consumer group Which?]] [[C|said]] [[Q|the advertising was misleading]].",
    "Nobody has yet explained [[N:negated/nobody_explained|why the word was changed]].\n\n[[S|The editor]] [[C|said]] [[Q|she would look into it]].",
    "The band has never confirmed [[N:negated/never_confirmed|that the song is about the mill]].\n\n[[S|The mill’s former owner]] [[C|said]] [[Q|he was flattered]].",
]

_NON_REPORTING = [
    "Harlow replied [[N:non_reporting/sport_replied|through a header from Dom Quarry]] two minutes later.\n\n[[S|Manager Owen Tait]] [[C|said]] [[Q|the equaliser had come at the right time]].",
    "Ferris added [[N:non_reporting/sport_added|a second goal in the 70th minute]] with a low shot.\n\n[[Q|“I just hit it and hoped,”]] [[C|said]] [[S|striker Jo Ferris]].",
    "The county declared [[N:non_reporting/cricket_declared|on 412 for six]] shortly before tea.\n\n[[S|Captain Rob Hale]] [[C|said]] [[Q|the pitch had been perfect for batting]].",
    "The fire claimed [[N:non_reporting/claimed_lives|the lives of three horses]] before crews arrived.\n\n[[S|The stable’s owner]] [[C|said]] [[Q|the yard had been her family’s for a century]].",
    "She was admitted [[N:non_reporting/admitted_hospital|to hospital with a broken wrist]] after the fall.\n\n[[S|Her husband]] [[C|said]] [[Q|she was recovering well]].",
    "The recipe calls for [[N:non_reporting/calls_for|three eggs and a pinch of salt]].\n\n[[Q|“Don’t skip the salt,”]] [[C|said]] [[S|baker Ida Lowe]].",
    "The forecast promises [[N:non_reporting/forecast_promises|a dry weekend across the south]].\n\n[[S|The festival’s organisers]] [[C|said]] [[Q|all tickets had been sold]].",
    "The defender was called up [[N:non_reporting/called_up|to the national squad for the first time]].\n\n[[S|The manager]] [[C|said]] [[Q|he deserved his chance]].",
    "The thermometer on the pier read [[N:non_reporting/gauge_read|34C at noon]].\n\n[[S|The Met Office]] [[C|said]] [[Q|it was the hottest day of the year]].",
    "The scoreboard told [[N:non_reporting/scoreboard_told|its own story: 6-0 at half-time]].\n\n[[Q|“We were embarrassed,”]] [[C|said]] [[S|captain Tom Brill]].",
    "Her silence spoke [[N:non_reporting/silence_spoke|louder than any statement could]] as the verdict was read.\n\n[[S|The party]] [[C|said]] [[Q|she would make a statement on Monday]].",
    "The winger answered [[N:non_reporting/sport_answered|the critics with a hat-trick]].\n\n[[S|His coach]] [[C|said]] [[Q|he had never doubted him]].",
    "Rents rose by, say, [[N:non_reporting/say_example|10 per cent in the city centre]], and much less elsewhere.\n\n[[S|The letting agency]] [[C|said]] [[Q|demand was still rising]].",
    "The engine warning light suggested [[N:non_reporting/warning_light|a fault with the fuel pump]], the pilot later found.\n\n[[S|The airline]] [[C|said]] [[Q|the aircraft had landed safely]].",
    "The old mill announces [[N:non_reporting/building_announces|itself with a 40-metre chimney]] visible from the motorway.\n\n[[S|The developer]] [[C|said]] [[Q|the chimney would be kept]].",
    "The goalkeeper called [[N:non_reporting/sport_called|for the ball and collided with his own defender]].\n\n[[S|The club]] [[C|said]] [[Q|both players had been checked for concussion]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("mention", _MENTION),
    ("gloss", _GLOSS),
    ("forms_polls", _FORMS_POLLS),
    ("corrections", _CORRECTIONS),
    ("embeds", _EMBEDS),
    ("live", _LIVE),
    ("pull_quotes", _PULL),
    ("lyrics", _LYRICS),
    ("names", _NAMES),
    ("legal", _LEGAL),
    ("so_called", _SO_CALLED),
    ("tv", _TV),
    ("signs", _SIGNS),
    ("chants", _CHANTS),
    ("nicknames", _NICKNAMES),
    ("headings", _HEADINGS),
    ("captions", _CAPTIONS),
    ("refusal", _REFUSALS),
    ("negated", _NEGATED),
    ("non_reporting", _NON_REPORTING),
]
