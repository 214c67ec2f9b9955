# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the tenth hard-negative suite (written by ``make_hard_negatives10.py``).

Every passage is invented: people, businesses, products, dishes, defendants and accounts do not
exist (public bodies such as a weather service, a regulator or an advertising watchdog appear only
as the speakers of invented controls). They were written in session 18 before reading the rejection, layout,
claim-filter and classification rules, and without reading the passages of the first nine suites
(only their generators' docstrings and lists of categories, to choose new ground).

Markup (as in the second to ninth suites; offsets are computed while the text is assembled):

- ``[[N:why/category|...]]``: a non-quote (``why`` from the bench README's list;
  ``category`` a finer case, such as ``search_query`` or ``charge``);
- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a positive control's content, cue and
  source; ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second control.

A non-quote marks the words a prediction would report (the quoted words with their marks),
not the whole line. The templates use no fields, so :data:`FILLERS` holds one empty filler.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

_SEARCHES = [
    "Detectives found that the suspect had typed [[N:words_as_words/search_query|“how long does bleach stay on skin”]] into a search engine two days before the fire.\n\n[[S|Detective Sergeant Ione Farrelly]] [[C|said]] [[Q|the searches had been recovered from a laptop]].",
    "The most searched question in the region last year was [[N:words_as_words/search_query|“why is my energy bill so high”]], ahead of questions about the football.\n\n[[S|A spokeswoman for the energy regulator]] [[C|said]] [[Q|bills would fall slightly in the spring]].",
    "Shoppers who asked the store’s chatbot [[N:words_as_words/chatbot_prompt|“where is my refund”]] were sent a link to a page that no longer existed.\n\n[[Q|“We have fixed the link and apologise to anyone affected,”]] [[C|said]] [[S|the retailer’s customer director, Milan Okafor]].",
    "Typing [[N:words_as_words/search_query|‘cheap flights Lisbon’]] on the comparison site returned fares that could not be booked, the watchdog found.\n\n[[S|The watchdog]] [[C|said]] [[Q|the site had agreed to change how it showed prices]].",
    'Children as young as eight had searched for [[N:words_as_words/search_query|"how to make my parents rich"]], the charity’s survey of browsing histories found.\n\n[[S|Its director, Rosalind Amadi,]] [[C|said]] [[Q|money worries were reaching younger children than before]].',
    "The voice assistant misheard the command [[N:words_as_words/voice_command|“call Mum”]] as a request to order more milk, according to the complaint.\n\n[[S|The manufacturer]] [[C|said]] [[Q|it was looking into the case]].",
    "Queries for [[N:words_as_words/search_query|“flood map postcode”]] rose sharply on Tuesday night as the river rose.\n\n[[S|The Environment Agency’s area manager, Declan Shortt,]] [[C|said]] [[Q|the barriers had held in all but two places]].",
    "The prosecution said the defendant’s phone showed searches for [[N:words_as_words/search_query|“can police track a burner phone”]] in the week before his arrest.\n\n[[S|The defendant]] [[C|told]] the jury [[Q|he had been researching a crime novel]].",
]

_PRODUCTS = [
    "The recall covers the [[N:title/product_model|“AirPure 300”]] purifier sold between March and June.\n\n[[S|The company]] [[C|said]] [[Q|no injuries had been reported]].",
    "Owners of the [[N:title/product_model|‘Stratus Sport’]] trim have reported the same gearbox fault, the forum shows.\n\n[[S|The carmaker]] [[C|said]] [[Q|a software update would be offered free of charge]].",
    "The bank’s new app, called [[N:title/app|“Pocket”]], crashed for thousands of customers on its first morning.\n\n[[Q|“We underestimated demand,”]] [[C|said]] [[S|its chief digital officer, Hamid Rasool]].",
    "Version [[N:title/software_version|“4.2 Hillside”]] of the operating system introduced the bug, according to security researchers.\n\n[[S|The researchers]] [[C|said]] [[Q|the flaw had been patched within a week]].",
    "Farmers have switched to a wheat variety marketed as [[N:title/variety|“Drought Master”]] after two dry summers.\n\n[[S|One grower, Agnes Pirelli,]] [[C|said]] [[Q|yields had held up better than she expected]].",
    "The toy, sold as [[N:title/product|“My First Drone”]], was withdrawn after reports of batteries overheating.\n\n[[S|Trading standards officers]] [[C|said]] [[Q|parents should stop using it at once]].",
    "The budget airline’s [[N:title/fare_name|“Flexi Lite”]] fares will no longer include a cabin bag from May.\n\n[[S|Consumer group Fairfare]] [[C|said]] [[Q|the change amounted to a hidden price rise]].",
    "The brewery’s best-selling lager, [[N:title/brand|“Harbour Gold”]], will be made in Poland from next year.\n\n[[Q|“It is the hardest decision we have taken,”]] [[C|said]] [[S|managing director Callum Breen]].",
    "The council spent £40,000 on a parking system called [[N:title/system_name|“ParkSmart”]] that was never switched on.\n\n[[S|An auditor’s report]] [[C|said]] [[Q|the project had lacked a clear owner]].",
]

_CHARGES = [
    "Tomasz Krawiec, 34, denies a charge of [[N:words_as_words/charge|‘causing death by careless driving’]].\n\n[[S|His barrister]] [[C|told]] the court [[Q|that the road had been poorly lit]].",
    "The teenager was charged with [[N:words_as_words/charge|“possession of a bladed article in a public place”]] and released on bail.\n\n[[S|Police]] [[C|said]] [[Q|a second boy had been released without charge]].",
    "Prosecutors dropped the count of [[N:words_as_words/charge|“conspiracy to defraud”]] on the third day of the trial.\n\n[[Q|“There is no longer a realistic prospect of conviction on that count,”]] [[C|said]] [[S|prosecutor Helen Oduya]].",
    "She admitted an offence of [[N:words_as_words/charge|“failing to comply with a community protection notice”]] at the magistrates’ court.\n\n[[S|The chair of the bench]] [[C|said]] [[Q|she would be fined £220]].",
    "The verdict of [[N:words_as_words/verdict|“unlawful killing”]] was returned after a three-week inquest.\n\n[[S|The family’s solicitor]] [[C|said]] [[Q|they now wanted a public apology]].",
    "He was found guilty of [[N:words_as_words/charge|“wilful neglect”]] of two residents at the care home.\n\n[[Q|“He betrayed the people he was paid to look after,”]] [[C|said]] [[S|Judge Anwen Price]].",
    "The company faces a charge under the safety regulations of [[N:words_as_words/charge|“failing to ensure the safety of employees”]].\n\n[[S|A spokesman for the firm]] [[C|said]] [[Q|it would contest the charge]].",
    "The jury was told to consider the lesser offence of [[N:words_as_words/charge|“manslaughter by gross negligence”]].\n\n[[S|Defence counsel Rhodri Vance]] [[C|said]] [[Q|his client had followed every rule he knew of]].",
    "The doctor’s case was referred to a tribunal on grounds of [[N:words_as_words/term_of_art|“misconduct”]] and [[N:words_as_words/term_of_art|“deficient professional performance”]].\n\n[[S|The regulator]] [[C|said]] [[Q|a hearing would be held in the autumn]].",
]

_MENUS = [
    "The café’s [[N:title/dish|“Full Yorkshire”]] breakfast costs £14, and it sells out by eleven.\n\n[[Q|“People drive from Leeds for it,”]] [[C|said]] [[S|the owner, Brid Maguire]].",
    "Pupils voted the [[N:title/dish|‘Cheesy Volcano’]] pasta bake their favourite school dinner of the year.\n\n[[S|The catering manager]] [[C|said]] [[Q|the recipe had been created by a dinner lady]].",
    "The restaurant has taken its signature [[N:title/dish|“Chicken Kyiv”]] off the menu after complaints about its spelling on the old board.\n\n[[S|The chef, Oleksandra Bily,]] [[C|said]] [[Q|the dish would return with a new name]].",
    "A recipe for [[N:title/recipe|“Grandma’s Lockdown Loaf”]] has been shared more than a million times.\n\n[[S|Its author, the baker Imogen Treasure,]] [[C|said]] [[Q|she had never expected it to spread so far]].",
    "The bakery’s [[N:title/dish|“Coronation Croissant”]] went on sale at 7am and sold out in an hour.\n\n[[Q|“We made 400 and could have sold twice that,”]] [[C|said]] [[S|the head baker, Leon Achterberg]].",
    "A burger called [[N:title/dish|“The Widowmaker”]] was renamed after a complaint to the advertising watchdog.\n\n[[S|The watchdog]] [[C|said]] [[Q|the name was likely to cause serious offence]].",
    "The ‘Hillside’ gin, served with a [[N:title/cocktail|“Garden Party”]] tonic, won gold at the show.\n\n[[S|The distiller, Ewan Pettigrew,]] [[C|said]] [[Q|the botanicals all came from within ten miles]].",
]

_COURT_TEXTS = [
    "The court heard that [[S|Corrigan]] [[C|texted]] his cousin at 2.14am: [[Q|“Its done. Dont call me.”]] He denies a charge of [[N:words_as_words/charge|“murder”]].\n\nThe trial continues.",
    "Messages read to the jury showed that [[S|the defendant]] [[C|wrote]] to a friend [[Q|“she knows everything, delete the chats”]]. The number was saved in her phone as [[N:nickname/contact_name|“Big Man”]].",
    "In a WhatsApp message shown to the court, [[S|Alder]] [[C|told]] his business partner: [[Q|“Keep the invoices off the system.”]] The firm traded as [[N:title/business|“Alder Brothers Logistics”]] until 2024.",
    "[[S|The victim]] [[C|texted]] her sister [[Q|“he is outside again”]] minutes before she called police, the jury was told. The defendant, known as [[N:nickname/known_as|“Tank”]], denies stalking.",
    "The prosecutor read out a message in which [[S|Mr Soames]] [[C|wrote]]: [[Q|“Nobody will ever check the weights.”]] He was charged under a section headed [[N:title/statute_heading|“False trade description”]].",
    "The phone, registered under the name [[N:nickname/alias|“John Smithe”]], held dozens of messages, the court heard. In one, [[S|Penrose]] [[C|wrote]] [[Q|“meet at the usual place, bring cash”]].",
    "A voice note played in court recorded [[S|Nnamdi Ekwueme]] [[C|saying]]: [[Q|“I never touched the money.”]] He had saved the complainant’s number as [[N:nickname/contact_name|“Do Not Answer”]].",
    "Jurors were shown texts in which [[S|the defendant]] [[C|told]] a friend [[Q|he was “going to sort it tonight”]]. The group chat was named [[N:title/group_chat|“Lads on Tour”]].",
]

_IRONY = [
    "The company’s [[N:scare_quotes/irony|“voluntary”]] redundancy scheme left staff with a week to decide.\n\n[[S|The union’s regional officer, Gwen Farrant,]] [[C|said]] [[Q|members felt they had no choice]].",
    "So-called [[N:scare_quotes/so_called|“experts”]] have been telling parents to ignore the guidance for years.\n\n[[S|The chief medical officer]] [[C|said]] [[Q|the advice had not changed]].",
    "The flat’s [[N:scare_quotes/irony|‘luxury’]] kitchen turned out to be a hob and a kettle.\n\n[[Q|“We felt completely misled,”]] [[C|said]] [[S|tenant Priya Bhatt]].",
    "After three hours in a queue, passengers were offered a [[N:scare_quotes/irony|“free”]] bottle of water that cost £2 at the till.\n\n[[S|The rail operator]] [[C|said]] [[Q|it would refund anyone who had paid]].",
    "The council’s [[N:scare_quotes/irony|“temporary”]] car park has now been there for eleven years.\n\n[[S|Councillor Obi Nwachukwu]] [[C|said]] [[Q|the land would finally be built on next year]].",
    "The club’s [[N:scare_quotes/irony|‘new’]] stadium plan is the same drawing it published in 2015.\n\n[[S|Supporters’ trust chair Dana Holloway]] [[C|said]] [[Q|fans wanted a date, not another picture]].",
    "The so-called [[N:scare_quotes/so_called|‘smart’]] motorway has no hard shoulder for 14 miles.\n\n[[S|The roads minister]] [[C|said]] [[Q|more refuge areas would be built]].",
    "What the developers call [[N:scare_quotes/irony|“affordable”]] homes will sell for £420,000.\n\n[[S|The housing charity Roofline]] [[C|said]] [[Q|the figure was out of reach for most local families]].",
]

_EXPLAINERS = [
    "What does [[N:words_as_words/explainer|“quantitative tightening”]] mean? In short, the central bank sells the bonds it bought.\n\n[[S|The bank’s deputy governor]] [[C|said]] [[Q|the sales would be slow and predictable]].",
    "What is a [[N:words_as_words/explainer|“hung parliament”]]? It is one in which no party has a majority of seats.\n\n[[S|The Liberal leader, Maud Ferreira,]] [[C|said]] [[Q|her party would talk to anyone]].",
    "The term [[N:words_as_words/explainer|“heat dome”]] describes high pressure that traps hot air over a region for days.\n\n[[S|The forecaster]] [[C|said]] [[Q|temperatures could reach 38C by Friday]].",
    "Explainer: what does [[N:words_as_words/explainer|‘sub judice’]] mean, and why can’t newspapers report the case?\n\n[[S|The attorney general’s office]] [[C|said]] [[Q|it had written to editors as a reminder]].",
    "Put simply, [[N:words_as_words/explainer|“stagflation”]] is rising prices at a time of little or no growth.\n\n[[Q|“We are not there yet, but it is close,”]] [[C|said]] [[S|economist Joaquim Serra]].",
    "What is meant by a [[N:words_as_words/explainer|“red warning”]]? The Met Office uses it when there is a danger to life.\n\n[[S|The Met Office]] [[C|said]] [[Q|the warning would last until Sunday morning]].",
    "Why is it called a [[N:words_as_words/explainer|“snap election”]]? Because it is called earlier than the law requires.\n\n[[S|The prime minister]] [[C|said]] [[Q|voters deserved a say on the deal]].",
    "The word [[N:words_as_words/explainer|“furlough”]] comes from an old Dutch word for leave of absence.\n\n[[S|The employers’ federation]] [[C|said]] [[Q|the scheme had saved a million jobs]].",
]

_LIVE_BLOG = [
    "[[N:byline/timestamp|14:32 GMT]]\n[[S|The health secretary]] has [[C|said]] [[Q|the strike will cost the NHS £300m]].",
    "[[N:byline/timestamp|09:05]] — [[S|Police]] [[C|say]] [[Q|the motorway will stay closed until at least midday]].",
    "[[N:byline/timestamp|Posted at 11:47 11:47]]\n[[Q|“We have lost everything,”]] [[C|says]] [[S|café owner Salma Idris]], whose shop was flooded overnight.",
    "[[N:byline/timestamp|17 min ago]]\n[[S|The club]] has [[C|confirmed]] [[Q|that its manager has left by mutual consent]].",
    "[[N:byline/timestamp|8.02pm]]: [[S|The electoral commission]] [[C|says]] [[Q|turnout in the first three seats is down on last time]].",
    "[[N:byline/live_byline|Live Reporting Edited by Nia Cheung 16:10]]\n[[S|Firefighters]] [[C|say]] [[Q|the blaze is now under control]].",
    "[[N:byline/timestamp|3 December 2026, 10:15 GMT Updated 10:41 GMT]]\n[[S|The minister]] [[C|told]] MPs [[Q|that talks with the unions would resume on Friday]].",
    "[[N:byline/timestamp|Just now]]\n[[Q|“We are not going anywhere,”]] [[C|says]] [[S|protest organiser Femi Adeyemi]], as police move in.",
]

_STATUTES = [
    "He was charged under section 4A of the Act, headed [[N:title/statute_heading|“Intentional harassment, alarm or distress”]].\n\n[[S|His solicitor]] [[C|said]] [[Q|he would plead not guilty]].",
    "Part 3 of the bill, titled [[N:title/statute_heading|“Powers of entry”]], was removed in the Lords.\n\n[[S|Peers]] [[C|said]] [[Q|the powers went far beyond what was needed]].",
    "The clause known as [[N:title/clause_name|“Schedule 7”]] allows officers to stop travellers at ports without suspicion.\n\n[[S|A Home Office spokeswoman]] [[C|said]] [[Q|the power was used in fewer than one in a thousand journeys]].",
    "Regulation 12, [[N:title/statute_heading|“Safe care and treatment”]], was breached at the home, inspectors found.\n\n[[S|The home’s owner]] [[C|said]] [[Q|every concern had now been addressed]].",
    "Chapter 2 of the treaty, [[N:title/statute_heading|‘Fisheries and the marine environment’]], runs to 140 pages.\n\n[[S|The fishing federation]] [[C|said]] [[Q|its members had still not been told what it meant for quotas]].",
    "The amendment, listed on the order paper as [[N:title/amendment|“New Clause 22: Duty to publish data”]], was defeated by 14 votes.\n\n[[S|The MP who tabled it, Ruairi Kell,]] [[C|said]] [[Q|he would bring it back at third reading]].",
    "Article 9 of the convention, on [[N:title/statute_heading|“Freedom of thought, conscience and religion”]], was at the heart of the appeal.\n\n[[S|The judges]] [[C|said]] [[Q|the school had acted lawfully]].",
]

_PLACES = [
    "The village’s name, Pentre Llwyd, means [[N:words_as_words/place_translation|‘grey village’]] in Welsh.\n\n[[S|Residents]] [[C|said]] [[Q|they wanted the new signs to use the Welsh name first]].",
    "Reykjavík, whose name translates as [[N:words_as_words/place_translation|“smoky bay”]], recorded its coldest night in decades.\n\n[[S|The Icelandic Met Office]] [[C|said]] [[Q|the cold would ease by the weekend]].",
    "Fighting continued around Novyi Mlyn ([[N:words_as_words/place_translation|“New Mill”]]) for a third day.\n\n[[S|A regional governor]] [[C|said]] [[Q|two civilians had been killed overnight]].",
    "The lake, known in Gaelic as Loch nan Eun, the [[N:words_as_words/place_translation|“loch of the birds”]], is to become a nature reserve.\n\n[[S|The landowner]] [[C|said]] [[Q|the public would keep the right to walk there]].",
    "Buenos Aires — literally [[N:words_as_words/place_translation|“good airs”]] — was shrouded in smoke from the fires.\n\n[[S|The city’s health department]] [[C|said]] [[Q|people with asthma should stay indoors]].",
    "The settlement, whose Māori name means [[N:words_as_words/place_translation|“place of the long beach”]], lost its only shop last week.\n\n[[Q|“It was the heart of the place,”]] [[C|said]] [[S|resident Aroha Tane]].",
    "Officials renamed the square [[N:words_as_words/place_translation|“Freedom Square”]], a translation of its old Latvian name.\n\n[[S|The mayor]] [[C|said]] [[Q|the change reflected the wishes of residents]].",
]

_UNANSWERED = [
    "Reporters shouted [[N:refusal/unanswered_question|“Will you resign?”]] as the minister got into her car. She did not reply.\n\nLater, [[S|her office]] [[C|said]] [[Q|she had the full support of the prime minister]].",
    "Asked [[N:refusal/unanswered_question|whether the bank had known about the losses]], the chief executive walked away.\n\n[[S|A bank spokesman]] [[C|said]] [[Q|a statement would be issued on Monday]].",
    "The Herald asked the council [[N:refusal/unanswered_question|how much the consultants had been paid]]. It has not responded.\n\n[[S|Opposition leader Sian Moretti]] [[C|said]] [[Q|the public had a right to know]].",
    "When a reporter called out [[N:refusal/unanswered_question|“Did you know about the payments?”]], the player kept walking.\n\n[[S|His agent]] [[C|said]] [[Q|he had done nothing wrong]].",
    "Questions sent to the ministry, including [[N:refusal/unanswered_question|whether the contract had been put out to tender]], went unanswered.\n\n[[S|Transparency campaigner Ilse Borg]] [[C|said]] [[Q|the silence spoke for itself]].",
    "Journalists put it to him [[N:refusal/unanswered_question|that the figures did not add up]]; he ended the press conference.\n\n[[S|His spokesman]] [[C|said]] [[Q|the figures had been checked by the treasury]].",
    "The question [[N:refusal/unanswered_question|“Who signed it off?”]] has never been answered by the department.\n\n[[S|The inquiry chairman]] [[C|said]] [[Q|his report would name those responsible]].",
]

_HYPOTHETICAL = [
    "If asked, the manager would say [[N:negated/hypothetical|that the team had simply run out of legs]]. Nobody asked.\n\n[[S|The captain]] [[C|said]] [[Q|the players had let the fans down]].",
    "A minister who said [[N:negated/hypothetical|that the cuts were painless]] would be laughed out of the room.\n\n[[S|The shadow chancellor]] [[C|said]] [[Q|the cuts would fall hardest on the poorest]].",
    "Should the board announce [[N:negated/hypothetical|a takeover]], the shares would jump, traders believe.\n\n[[S|The company]] [[C|said]] [[Q|it did not comment on market speculation]].",
    "Even if the regulator were to say [[N:negated/hypothetical|the water was safe]], few residents would drink it.\n\n[[Q|“We have been lied to too often,”]] [[C|said]] [[S|resident Moira Lachlan]].",
    "Imagine a doctor telling a patient [[N:negated/hypothetical|that the wait will be two years]]. That is happening every day, campaigners argue.\n\n[[S|The health minister]] [[C|said]] [[Q|waiting lists had begun to fall]].",
    "She might have said [[N:negated/hypothetical|that the plan was doomed]], but she chose to stay silent.\n\n[[S|Her former deputy]] [[C|said]] [[Q|the plan had never been properly funded]].",
    "Any official who claimed [[N:negated/hypothetical|that the border was secure]] would be contradicted by the figures.\n\n[[S|The immigration minister]] [[C|said]] [[Q|crossings were down by a third]].",
]

_FUTURE = [
    "The panel will announce [[N:negated/future|its verdict on the new stadium]] next month.\n\n[[S|The club’s chairman]] [[C|said]] [[Q|he was confident of approval]].",
    "In a speech on Monday, [[S|the chancellor]] [[C|will say]] [[Q|that growth must come before tax cuts]], according to extracts released by the Treasury. She is expected to announce [[N:negated/future|a review of business rates]].",
    "The inquiry is due to publish [[N:negated/future|its findings on the fire]] in the spring.\n\n[[S|Survivors’ group Tower Voices]] [[C|said]] [[Q|any further delay would be unforgivable]].",
    "[[S|The prime minister]] [[C|will tell]] the conference on Wednesday [[Q|that the country’s best days lie ahead]], aides said. He will set out [[N:negated/future|plans for a new housing agency]] later in the week.",
    "The president will address [[N:negated/future|the nation on the crisis]] tonight, his office said.\n\n[[S|Opposition senator Lucía Arbeloa]] [[C|said]] [[Q|a speech would not be enough]].",
    "The coroner will give [[N:negated/future|her conclusions]] on Friday.\n\n[[S|The boy’s mother]] [[C|said]] [[Q|she hoped for answers at last]].",
    "Teachers are expected to vote [[N:negated/future|on strike action]] next week.\n\n[[S|The union’s general secretary]] [[C|said]] [[Q|members had been pushed to the brink]].",
]

_NEGATED = [
    "The minister did not say [[N:negated/not_said|that the hospital would close]], despite reports on social media.\n\n[[S|Her department]] [[C|said]] [[Q|the hospital’s future was secure]].",
    "At no stage did the inspector state [[N:negated/not_said|that the building was unsafe]].\n\n[[S|The landlord]] [[C|said]] [[Q|the tenants had been misinformed]].",
    "The coach never claimed [[N:negated/not_said|that the team would win the league]], whatever the fans remember.\n\n[[Q|“I said we would compete, and we did,”]] [[C|said]] [[S|coach Stellan Berg]].",
    "Nobody at the meeting suggested [[N:negated/not_said|that the library should be sold]], according to the minutes.\n\n[[S|Councillor Fenella Marsh]] [[C|said]] [[Q|the rumour had caused needless alarm]].",
    "The statement contained no suggestion [[N:negated/not_said|that the chairman would step down]].\n\n[[S|Analysts at Brookfield Capital]] [[C|said]] [[Q|the shares had been oversold]].",
    "It is not true, as some have reported, that the senator told donors [[N:negated/not_said|she would not run again]].\n\n[[S|The senator]] [[C|said]] [[Q|she was looking forward to the campaign]].",
    "Neither side has said [[N:negated/not_said|when the talks will resume]].\n\n[[S|A mediator]] [[C|said]] [[Q|both sides were tired but willing]].",
]

_REFUSED = [
    "The company refused to say [[N:refusal/refused|whether any staff had been disciplined]].\n\n[[S|A former employee]] [[C|said]] [[Q|complaints had been ignored for years]].",
    "Police declined to say [[N:refusal/declined|how many officers had been injured]].\n\n[[S|The Police Federation]] [[C|said]] [[Q|at least six had needed hospital treatment]].",
    "The hospital would not say [[N:refusal/refused|when the ward would reopen]].\n\n[[S|Patients’ group Ward Watch]] [[C|said]] [[Q|families had been left in the dark]].",
    "Asked about the fee, the agent would not say [[N:refusal/refused|how much had been paid]].\n\n[[S|The club]] [[C|said]] [[Q|the transfer was complete]].",
    "The embassy has so far declined to comment [[N:refusal/declined|on the detention]].\n\n[[S|The man’s sister, Layla Haddad,]] [[C|said]] [[Q|the family had heard nothing for ten days]].",
    "Ministers have repeatedly refused to confirm [[N:refusal/refused|whether the report exists]].\n\n[[S|The committee chair]] [[C|said]] [[Q|she would ask for it formally]].",
    "The festival’s organisers were unwilling to discuss [[N:refusal/unwilling|how much the headliner had been paid]].\n\n[[S|Local traders]] [[C|said]] [[Q|the weekend had been their busiest of the year]].",
]

_DEVICES = [
    "The sign at the entrance said [[N:non_reporting/device|the pool was closed for cleaning]], though it had been shut for months.\n\n[[S|The leisure trust]] [[C|said]] [[Q|repairs would cost £1.2m]].",
    "The app says [[N:non_reporting/device|the next bus is due in two minutes]] for half an hour at a time, commuters complain.\n\n[[S|The bus company]] [[C|said]] [[Q|a fault with the tracking system had been fixed]].",
    "The automated message told callers [[N:non_reporting/device|that their call was important]] before cutting them off.\n\n[[S|The tax office]] [[C|said]] [[Q|waiting times had halved since January]].",
    "The sat-nav told him [[N:non_reporting/device|to turn left into the river]] just as the road flooded.\n\n[[S|The firm that makes the device]] [[C|said]] [[Q|its maps had been updated]].",
    "The smoke alarm announced [[N:non_reporting/device|“Fire! Fire!”]] in a robotic voice, waking the family.\n\n[[S|The fire service]] [[C|said]] [[Q|the alarm had saved four lives]].",
    "The label says [[N:non_reporting/device|the yoghurt contains no added sugar]], but tests found otherwise.\n\n[[S|The manufacturer]] [[C|said]] [[Q|it would change the wording]].",
    "The departure board said [[N:non_reporting/device|“On time”]] until the moment the train was cancelled.\n\n[[Q|“It is a joke,”]] [[C|said]] [[S|commuter Nikhil Sharma]].",
    "The speed camera’s display told drivers [[N:non_reporting/device|“Slow down”]] even when they were under the limit.\n\n[[S|Highways officials]] [[C|said]] [[Q|the display would be recalibrated]].",
]

_TYPOGRAPHY = [
    "The Hendersons' café, open since '98, has closed. Regulars knew its fry-up as [[N:nickname/nickname|'the Heart Attack']].\n\n[[S|Owner Rita Henderson]] [[C|said]] [[Q|rising rents had left her no choice]].",
    "The miners' strike of '84 is remembered in the village as [[N:nickname/event|'the long year']].\n\n[[S|Former miner Alun Pryce]] [[C|said]] [[Q|the scars had never healed]].",
    "The twins' bakery (known locally as [[N:nickname/nickname|‘the Bun Shop’]]) is up for sale.\n\n[[Q|‘We are ready to retire,’]] [[C|said]] [[S|Maureen Tully]].",
    "“Will you go back to sea?” I asked him.\n— [[Q|Never]], [[C|said]] [[S|the fisherman, Jonas Ekholm]], looking at the trawler he still calls [[N:nickname/boat|‘the Old Lady’]].",
    "The residents' [[N:scare_quotes/irony|'consultation']] (a leaflet through the door in '19) is what the developers rely on.\n\n[[S|Resident Kofi Mensah]] [[C|said]] [[Q|nobody he knew had been asked]].",
    "The nurses' [[N:scare_quotes/irony|‘pay rise’]] of ’23 was below inflation.\n\n[[S|The nursing union]] [[C|said]] [[Q|members would ballot again]].",
    "The players' bar (once called [[N:nickname/nickname|'the Dugout']]) will become a gym.\n\n[[S|The club secretary]] [[C|said]] [[Q|members had voted for the change]].",
    "The library will close on Saturdays ([[N:title/scheme|“Library Lite”]], as the plan is called in council papers). ([[Q|“It is a cut by another name,”]] [[C|said]] [[S|Councillor Ines Lowther]].)",
    "The teachers' union, formed in '72 and nicknamed [[N:nickname/nickname|“the Chalkies”]], is merging.\n\n[[S|Its general secretary]] [[C|said]] [[Q|the merger would make members’ voices louder]].",
]

_AD_CLAIMS = [
    "The advert, which promised [[N:slogan/ad_claim|“Zero fees, forever”]], was banned by the watchdog.\n\n[[S|The bank]] [[C|said]] [[Q|it disagreed with the ruling]].",
    "A poster claiming [[N:slogan/ad_claim|‘Kills 99.9% of viruses’]] must not appear again in its current form.\n\n[[S|The Advertising Standards Authority]] [[C|said]] [[Q|the claim had not been backed by evidence]].",
    "The energy firm’s billboards read [[N:slogan/ad_claim|“Greener than ever”]] while it expanded gas drilling.\n\n[[S|Campaigners]] [[C|said]] [[Q|the slogan was misleading]].",
    "Its packaging boasts [[N:slogan/ad_claim|“Britain’s favourite biscuit”]], a claim a rival has taken to court.\n\n[[Q|“We have the sales figures to prove it,”]] [[C|said]] [[S|the company’s marketing director, Yusuf Demir]].",
    "The gym’s flyers offered [[N:slogan/ad_claim|“Your best body in 30 days”]], and dozens of members have asked for refunds.\n\n[[S|The gym’s owner]] [[C|said]] [[Q|results depended on effort]].",
    "Radio adverts for the scheme ended with the line [[N:slogan/jingle|“Save today, smile tomorrow”]].\n\n[[S|The building society]] [[C|said]] [[Q|the scheme had attracted 20,000 savers]].",
    "The election leaflet’s slogan, [[N:slogan/campaign|“Fixing Fenwick’s roads”]], was printed above a photograph of a road in another county.\n\n[[S|The candidate]] [[C|said]] [[Q|the printer had used the wrong picture]].",
]

_HEADLINES = [
    "[[N:headline/headline|Driver denies ‘causing death by careless driving’]]\n\n[[S|A lorry driver]] [[C|told]] a court [[Q|that he had not seen the cyclist]].",
    "[[N:headline/headline|What does ‘stagflation’ mean for your mortgage?]]\n\n[[S|Lenders]] [[C|said]] [[Q|rates were likely to stay high until the summer]].",
    "[[N:headline/headline|‘AirPure 300’ purifiers recalled over fire risk]]\n\n[[S|The manufacturer]] [[C|said]] [[Q|owners should unplug the devices at once]].",
    "[[N:headline/headline|LIVE: Storm latest as ‘red warning’ issued]]\n\n[[S|The Met Office]] [[C|said]] [[Q|gusts of 90mph were possible on the coast]].",
    "[[N:headline/headline|Minister silent on ‘Will you resign?’ question]]\n\n[[S|Downing Street]] [[C|said]] [[Q|the minister retained the prime minister’s confidence]].",
    "[[N:headline/headline|Café’s ‘Full Yorkshire’ named best breakfast in county]]\n\n[[Q|“We are over the moon,”]] [[C|said]] [[S|the owner, Brid Maguire]].",
    "[[N:headline/headline|Text read to jury: ‘delete the chats’]]\n\n[[S|The defendant]] [[C|told]] jurors [[Q|she had been frightened, not guilty]].",
]

_SUBHEADS = [
    "[[S|The chancellor]] [[C|said]] [[Q|the deficit would be closed by 2030]].\n\n[[N:subheading/explainer_heading|What happens next?]]\n\nThe bill goes to the Lords in January.",
    "[[N:subheading/explainer_heading|What is a ‘hung parliament’?]]\n\nIt is one in which no party has a majority. [[S|The electoral expert Ada Kwarteng]] [[C|said]] [[Q|one was now the likeliest result]].",
    "The inquiry heard from [[S|a nurse]] who [[C|said]] [[Q|the ward had been short of staff for months]].\n\n[[N:subheading/subheading|‘Short of staff’]]\n\nThe hospital has since hired 40 nurses.",
    "[[N:subheading/section_label|Key points]]\n\n[[S|The regulator]] [[C|said]] [[Q|prices would fall by 6% in April]].",
    "[[Q|“We will appeal,”]] [[C|said]] [[S|the club’s chief executive]].\n\n[[N:subheading/subheading|The charge: ‘failing to ensure proper conduct’]]\n\nThe club was fined £50,000 last season for a similar breach.",
    "[[N:subheading/explainer_heading|Why is it called a ‘heat dome’?]]\n\nHigh pressure traps warm air. [[S|The forecaster]] [[C|said]] [[Q|the heat would break by Tuesday]].",
    "[[S|Residents]] [[C|said]] [[Q|the flooding had been the worst in living memory]].\n\n[[N:subheading/subheading|Timeline: how the night unfolded]]\n\nThe river burst its banks at 2am.",
]

_CAPTIONS = [
    "[[N:caption/court_sketch|Court artist sketch of Tomasz Krawiec, who denies ‘causing death by careless driving’]]\n\n[[S|The prosecution]] [[C|said]] [[Q|he had been using his phone at the wheel]].",
    "[[N:caption/photo|The ‘AirPure 300’ was sold in supermarkets across the country. Photograph: handout]]\n\n[[S|A supermarket spokesman]] [[C|said]] [[Q|customers would get a full refund]].",
    "[[N:caption/screenshot|A screenshot of the message, which reads ‘where is my refund’]]\n\n[[S|The retailer]] [[C|said]] [[Q|the chatbot had been retrained]].",
    "[[N:caption/photo|Image caption, The sign says the pool is ‘closed for cleaning’]]\n\n[[S|Swimmers]] [[C|said]] [[Q|they had been told nothing]].",
    "[[N:caption/video|Watch: The moment reporters shout ‘Will you resign?’]]\n\n[[S|The minister]] later [[C|said]] [[Q|she would not be resigning]].",
    "[[N:caption/photo|The ‘Coronation Croissant’ on sale in the bakery’s window (Photo: Jane Doherty)]]\n\n[[S|The baker]] [[C|said]] [[Q|the recipe would stay secret]].",
    "[[N:caption/map|Map showing Novyi Mlyn, or ‘New Mill’, and the front line]]\n\n[[S|The army]] [[C|said]] [[Q|it had repelled three attacks]].",
]

_TEASERS = [
    "[[S|The judge]] [[C|said]] [[Q|the sentence had to deter others]].\n\n[[N:teaser/read_more|READ MORE: What does ‘wilful neglect’ actually mean?]]",
    "[[Q|“We are closing for good,”]] [[C|said]] [[S|the shop’s owner, Idris Malik]].\n\n[[N:teaser/related|Related: ‘Temporary’ car park turns eleven]]",
    "[[N:teaser/newsletter|Sign up to ‘Morning Brief’, our daily newsletter]]\n\n[[S|The mayor]] [[C|said]] [[Q|the tram line would open in 2029]].",
    "[[S|The airline]] [[C|said]] [[Q|it would compensate every passenger]].\n\n[[N:teaser/also_like|You might also like: ‘Flexi Lite’ fares explained]]",
    "[[N:teaser/most_read|Most read: 1. ‘Smoky bay’ shivers 2. Chef renames ‘Chicken Kyiv’ 3. Storm latest]]\n\n[[S|Forecasters]] [[C|said]] [[Q|the cold snap would last a week]].",
    "[[S|The council]] [[C|said]] [[Q|the library would reopen in June]].\n\n[[N:teaser/watch|Watch next: ‘Is the app lying about my bus?’]]",
    "[[N:teaser/podcast|Listen: ‘Did the minister say it or not?’ on The Briefing podcast]]\n\n[[S|The minister’s office]] [[C|said]] [[Q|the quote had been made up]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("searches", _SEARCHES),
    ("products", _PRODUCTS),
    ("charges", _CHARGES),
    ("menus", _MENUS),
    ("court_texts", _COURT_TEXTS),
    ("irony", _IRONY),
    ("explainers", _EXPLAINERS),
    ("live_blog", _LIVE_BLOG),
    ("statutes", _STATUTES),
    ("places", _PLACES),
    ("unanswered", _UNANSWERED),
    ("hypothetical", _HYPOTHETICAL),
    ("future", _FUTURE),
    ("negated", _NEGATED),
    ("refused", _REFUSED),
    ("devices", _DEVICES),
    ("typography", _TYPOGRAPHY),
    ("ad_claims", _AD_CLAIMS),
    ("headlines", _HEADLINES),
    ("subheads", _SUBHEADS),
    ("captions", _CAPTIONS),
    ("teasers", _TEASERS),
]
