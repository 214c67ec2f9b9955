# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the second speech-or-not suite (written by ``make_speech_or_not2.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the classify and scope stages or the cue lexicons, and without
reading the first speech-or-not suite's passages. Each passage holds reported speech
that a speech-only annotator counts, next to a matched sentence that the annotator
does not count.

Markup (offsets are computed while the text is assembled):

- ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]``: a speech item's content, cue and source
  (the source may be left out when the text names no speaker: "The court heard that");
  ``[[Q2|...]]``, ``[[C2|...]]``, ``[[S2|...]]`` a second item, and so on;
- ``[[N:why|...]]``: a non-quote (``negated``, ``refusal`` or ``non_reporting``);
- ``[[U:category|...]]``: an attribution that is not speech (belief, intention,
  finding, perception, forecast, hypothetical, hearsay, rhetorical). It is not gold.

The passages use no fillers: names are written out, so :data:`FILLERS` has one empty
entry.
"""

from __future__ import annotations

FILLERS: list[dict[str, str]] = [{}]

COURT: list[str] = [
    "Grennick, 34, denies the charge. [[C|The court heard]] [[Q|that he had sent more than forty messages to the victim in a single night]]. He is [[U:belief|believed to have known her for several years]].",
    "[[C|An inquest heard]] [[Q|that the pensioner had waited nearly four hours for an ambulance after falling in her kitchen]]. The coroner [[U:intention|plans to record her findings next month]].",
    "[[C|The jury was told]] [[Q|that the van had been stolen from a car park in Mellisford two days before the raid]]. The trial continues. Detectives [[U:belief|suspect that a third man drove it]].",
    "[[S|Prosecutors]] [[C|alleged]] [[Q|that Dorsey Fane had moved £2m through shell companies registered in her sister's name]]. Her lawyers [[N:refusal|declined to comment on the allegations]].",
    "[[S|The regulator]] [[C|accused]] [[Q|the water company of pumping raw sewage into the estuary on 300 separate days]]. Samples [[U:finding|show that bacteria levels were ten times the legal limit]].",
    "[[S|The indictment]] [[C|charges]] [[Q|that Colm Reddaway lied to federal agents about his meetings with the contractor]]. Records [[U:finding|indicate that the two men met at least six times]].",
    "[[C|Jurors heard]] [[Q|how the defendant had followed the courier home on three occasions]]. CCTV footage [[U:perception|shows a man in a grey hoodie near the house]].",
    "[[S|Ms Arlow]] [[C|told the tribunal]] [[Q|that she had been shouted at in front of customers on her first week]]. The tribunal [[U:finding|found that the dismissal was unfair]].",
    "[[S|Defence counsel Hamish Oyelaran]] [[C|argued]] [[Q|that the search warrant had been issued without proper grounds]]. The judge [[U:intention|is expected to rule on Friday]].",
    "[[S|The prosecution]] [[C|claims]] [[Q|that the fire was started deliberately to collect the insurance money]]. Fire investigators [[U:finding|found traces of petrol in two rooms]].",
    "[[C|The hearing was told]] [[Q|that the care home had failed to report three falls in a month]]. Inspectors [[U:finding|had rated the home inadequate in March]].",
    "[[S|Vella Strode]] [[C|accused]] [[Q|her former business partner of forging her signature on the loan papers]]. A handwriting expert [[U:belief|thinks the signatures are genuine]].",
    "[[S|Lawyers for the family]] [[C|alleged in court papers]] [[Q|that the hospital had lost the boy's scans]]. The hospital [[N:negated|has not responded to the claims]].",
    "[[S|The judge]] [[C|said]] [[Q|that the sentence must reflect the harm done to a whole village]]. [[U:finding|Sentencing guidelines suggest a term of between four and six years]].",
    "[[C|The court was told]] [[Q|that the bus driver had been on his phone seconds before the crash]]. Phone records [[U:finding|confirm that a call was connected at 8.14am]].",
    "[[S|Prosecutor Ines Calder]] [[C|told jurors]] [[Q|that the accountant \u201chid in plain sight\u201d for a decade]]. The accountant [[U:belief|is thought to have fled to Portugal]].",
]

ORDERS: list[str] = [
    "[[S|The judge]] [[C|ordered]] [[Q|the landlord to repay the tenants' deposits within 28 days]]. The landlord [[N:non_reporting|ordered a new boiler for the building last week]].",
    "[[S|Health officials]] [[C|urged]] [[Q|parents to keep children with a fever at home until they recover]]. Doctors [[U:belief|fear that cases will rise when schools reopen]].",
    "[[S|Opposition leaders]] [[C|called on]] [[Q|the minister to publish the full legal advice]]. The minister [[U:intention|intends to publish a summary instead]].",
    "[[S|Mayor Ruth Okonedo]] [[C|asked]] [[Q|residents to avoid the riverside paths until the water drops]]. Forecasters [[U:forecast|expect the river to peak on Sunday]].",
    "[[S|The union]] [[C|demanded]] [[Q|that the company reinstate the four sacked drivers]]. Members [[U:intention|are planning to walk out on Monday]].",
    "[[S|Police]] [[C|warned]] [[Q|drivers not to attempt the mountain pass without chains]]. [[U:finding|Traffic cameras show long queues near the summit]].",
    "[[S|The council]] [[C|told]] [[Q|shop owners to remove their signs from the pavement by the end of the month]]. Many traders [[U:belief|feel the rule is unfair]].",
    "[[S|The coach]] [[C|instructed]] [[Q|his players to stay away from social media before the final]]. He [[U:intention|hopes to name his team on Thursday]].",
    "[[S|The school's head teacher]] [[C|appealed to]] [[Q|parents to stop parking on the zigzag lines]]. A survey [[U:finding|found that most parents drive less than a mile]].",
    "[[S|Ambassador Pilar Quent]] [[C|pressed]] [[Q|the government to free the detained journalists]]. Diplomats [[U:belief|are convinced a deal is close]].",
    "[[S|Fire chiefs]] [[C|begged]] [[Q|people not to light barbecues on the moor]]. Satellite images [[U:perception|show the burnt area has doubled]].",
    "[[S|The regulator]] [[C|has ordered]] [[Q|the airline to compensate passengers whose flights were cancelled]]. The airline [[U:intention|is considering an appeal]].",
    "[[S|Residents]] [[C|called for]] [[Q|a pedestrian crossing outside the primary school]]. The council [[N:non_reporting|called in engineers to inspect the bridge]].",
    "[[S|The minister]] [[C|asked]] [[Q|officials to draw up plans for a second runway]]. She [[U:intention|wants building to start this year]].",
    "[[S|Doctors]] [[C|advised]] [[Q|the singer to rest her voice for six weeks]]. Her fans [[U:belief|worry that the tour will be cancelled]].",
    "[[S|The court]] [[C|told]] [[Q|the newspaper to remove the article from its website]]. The newspaper [[U:intention|intends to fight the ruling]].",
]

PROMISES: list[str] = [
    "[[S|The prime minister]] [[C|promised]] [[Q|that no hospital would close while she was in office]]. Her advisers [[U:intention|plan to close two clinics]], documents show.",
    "[[S|Gorran Vitch]] [[C|vowed]] [[Q|to clear the backlog of planning applications by Christmas]]. He [[U:intention|intends to hire six more officers]].",
    "[[S|The rebels]] [[C|threatened]] [[Q|to cut the road to the capital if talks failed]]. Analysts [[U:belief|doubt they have the fighters to do so]].",
    "[[S|The company]] [[C|pledged]] [[Q|to plant a tree for every phone it sells]]. Its sales [[U:forecast|are forecast to reach ten million this year]].",
    "[[S|Sonja Merrett]] [[C|swore]] [[Q|she would never run for office again]]. Friends [[U:belief|think she will change her mind]].",
    "[[S|The club]] [[C|guaranteed]] [[Q|that season-ticket prices would be frozen for two years]]. Fans [[U:belief|suspect the promise will not last]].",
    "[[S|The president]] [[C|threatened]] [[Q|tariffs on steel from any country that dumps it below cost]]. Economists [[U:forecast|predict that prices will rise by 4 per cent]].",
    "[[S|Mr Ablewhite]] [[C|gave an assurance]] [[Q|that the library would remain open on Saturdays]]. The budget [[U:finding|shows a cut of £40,000 to the library service]].",
    "[[S|The contractor]] [[C|promised]] [[Q|residents \u201cminimal disruption\u201d during the works]]. [[U:finding|Noise readings show levels above the agreed limit]].",
    "[[S|Kessie Marlowe]] [[C|vowed]] [[Q|revenge on the team that dropped her]]. She [[U:intention|hopes to play in the next cup]].",
    "[[S|The governor]] [[C|has pledged]] [[Q|that every teacher will get a pay rise of at least 5 per cent]]. [[U:finding|Figures show that teachers' pay fell in real terms last year]].",
    "[[S|The landlord]] [[C|threatened]] [[Q|to evict any tenant who spoke to the press]]. Tenants [[U:belief|fear they will lose their homes]].",
]

INSTITUTIONS: list[str] = [
    "[[C|The report said]] [[Q|that ministers had ignored warnings about the dam for a decade]]. [[U:finding|The report found no evidence of corruption]].",
    "[[S|The company]] [[C|said in a filing]] [[Q|that it expected losses to widen in the third quarter]]. [[U:finding|Its accounts show debts of $1.2bn]].",
    "[[S|The charity]] [[C|wrote in a letter to donors]] [[Q|that it would close its shops in four cities]]. [[U:finding|Sales data indicate the shops had been losing money since 2019]].",
    "[[S|The football club]] [[C|tweeted]] [[Q|that the match would go ahead despite the snow]]. [[U:forecast|Forecasts show more snow overnight]].",
    "[[S|The embassy]] [[C|posted on its website]] [[Q|that citizens should leave the country by commercial flights]]. [[U:finding|Flight trackers show few planes leaving the airport]].",
    "[[C|The statement said]] [[Q|the factory would reopen once the safety checks were complete]]. [[U:finding|The safety checks found three faulty valves]].",
    "[[S|The ministry]] [[C|said in a statement]] [[Q|that the vaccine had been tested on more than 20,000 people]]. [[U:finding|Trial results suggest it cuts hospital stays by half]].",
    "[[S|The watchdog]] [[C|said in its report]] [[Q|that the bank had misled small businesses]]. [[U:finding|Its figures show 4,000 firms were affected]].",
    "[[C|The letter, signed by 200 scientists, warned]] [[Q|that the lake could lose all its fish within five years]]. [[U:finding|Water samples show falling oxygen levels]].",
    "[[S|The hospital trust]] [[C|announced]] [[Q|that it would recruit 300 nurses from overseas]]. [[U:finding|Staffing figures show one in ten posts is empty]].",
    "[[S|The airline]] [[C|said in an email to passengers]] [[Q|that refunds would take up to three weeks]]. [[U:finding|Complaints data show the wait is often longer]].",
    "[[S|The police force]] [[C|confirmed on social media]] [[Q|that a 19-year-old had been arrested]]. [[U:finding|Court records show he has no previous convictions]].",
    "[[S|The party]] [[C|said in its manifesto]] [[Q|that it would scrap tuition fees]]. [[U:finding|Costings by independent economists show the plan would cost \u00a39bn a year]].",
    "[[S|The board]] [[C|wrote]] [[Q|that the chief executive had \u201clost the confidence\u201d of staff]]. [[U:finding|A staff survey found morale at a record low]].",
    "[[S|The federation]] [[C|said on its official account]] [[Q|that the players had been paid in full]]. [[U:finding|Bank statements seen by this newspaper show otherwise]].",
    "[[C|The court filing argues]] [[Q|that the merger would push up prices for millions of customers]]. [[U:finding|Market data show the two firms control 60 per cent of sales]].",
]

TESTIMONY: list[str] = [
    "[[S|Dr Anika Sorrel]] [[C|testified]] [[Q|that the injuries could not have been caused by a fall]]. [[U:finding|The post-mortem found bruising on both arms]].",
    "[[S|Trent Gallow]] [[C|confessed]] [[Q|to setting fire to the warehouse]]. [[U:finding|Forensic tests found his fingerprints on the petrol can]].",
    "[[S|The witness]] [[C|told the committee]] [[Q|that she had seen the minister at the dinner]]. [[U:perception|Photographs show a man resembling the minister at the door]].",
    "[[S|Ms Harwick]] [[C|admitted]] [[Q|that she had taken cash from the till on several occasions]]. Her employers [[U:belief|believe the total was more than \u00a35,000]].",
    "[[S|The former officer]] [[C|gave evidence]] [[Q|that the commander had ordered the files destroyed]]. [[U:finding|Logs show the files were deleted on a Sunday]].",
    "[[S|Nurse Aled Brook]] [[C|said in his witness statement]] [[Q|that the ward was \u201cdangerously understaffed\u201d]]. [[U:finding|Rotas show two nurses on duty for 30 patients]].",
    "[[S|The driver]] [[C|told police]] [[Q|that he had been dazzled by the sun]]. [[U:finding|Weather records show it was overcast that morning]].",
    "Pell Indra was [[N:non_reporting|charged with two counts of fraud]] last year. [[S2|She]] [[C2|told the court]] [[Q2|that she had been paying off a gambling debt]].",
]

QUESTIONS: list[str] = [
    "[[S|Councillor Brynne Tate]] [[C|asked]] [[Q|whether the new car park would be free for residents]]. [[U:belief|Nobody knows whether the plan will survive the budget]].",
    "[[S|Reporters]] [[C|asked]] [[Q|why the minister had not visited the flooded towns]]. The minister [[U:intention|intends to visit on Friday]].",
    "[[S|Senator Ott]] [[C|questioned]] [[Q|whether the agency had the money to finish the project]]. [[U:finding|Budget documents suggest a shortfall of $80m]].",
    "[[S|One parent]] [[C|wanted to know]] [[Q|who would pay for the school trips]]. Parents [[U:belief|wonder whether the trips will happen at all]].",
    "[[S|The inspector]] [[C|asked]] [[Q|how many staff had been trained in first aid]]. [[U:finding|Training records show only two]].",
    "[[S|Mr Daventry]] [[C|asked the board]] [[Q|if the pension fund had been used to cover losses]]. The board [[N:refusal|refused to answer the question]].",
    "[[S|Campaigners]] [[C|asked]] [[Q|\u201cWhere is the money going?\u201d]] at the meeting. Auditors [[U:intention|plan to examine the accounts in May]].",
    "[[S|The judge]] [[C|asked]] [[Q|whether the defendant understood the charges]]. Observers [[U:perception|saw him shake his head]].",
]

DENIALS: list[str] = [
    "[[S|The minister]] [[C|denied]] [[Q|that she had known about the payments]]. [[U:finding|Emails show she was copied in on two of them]].",
    "[[S|Harlan Byre]] [[C|conceded]] [[Q|that the scheme had been launched too quickly]]. His officials [[U:belief|believe it can still work]].",
    "[[S|The company]] [[C|acknowledged]] [[Q|that some customers had been overcharged]]. [[U:finding|An audit found 12,000 accounts were affected]].",
    "[[S|The coach]] [[C|admitted]] [[Q|his side had been \u201coutplayed in every area\u201d]]. [[U:finding|Statistics show they had only two shots on goal]].",
    "[[S|Ms Kovac]] [[C|rejected]] [[Q|claims that she had misled parliament]]. Her critics [[U:belief|are convinced she did]].",
    "[[S|The army]] [[C|dismissed]] [[Q|reports that soldiers had fired on the crowd]]. [[U:perception|Video footage appears to show shots being fired]].",
    "[[S|Gideon Paley]] [[C|insisted]] [[Q|that the accounts were accurate]]. [[U:finding|Regulators found that they overstated profits]].",
    "[[S|The mayor]] [[C|maintains]] [[Q|that the tram line will be finished on time]]. [[U:forecast|Engineers' estimates suggest it will be a year late]].",
    "[[S|The club]] [[C|refuted]] [[Q|suggestions that the manager had been sacked]]. [[U:hearsay|He is understood to have been told to clear his desk]].",
    "[[S|Officials]] [[C|confirmed]] [[Q|that two of the patients had died]]. [[U:finding|Test results indicate a rare strain of the virus]].",
]

PREDICTIONS: list[str] = [
    "[[S|Anya Petrosian]] [[C|predicted]] [[Q|that the bridge would be open to traffic by May]]. [[U:forecast|The budget office forecasts a cost overrun of 15 per cent]].",
    "[[S|The governor of the central bank]] [[C|warned]] [[Q|that inflation would stay high well into next year]]. [[U:forecast|Markets expect two more rate rises]].",
    "[[S|Kell Ambrose]] [[C|said]] [[Q|he expected the strike to last into the summer]]. [[U:forecast|The forecast shows growth slowing to 0.5 per cent]].",
    "[[S|The coach]] [[C|forecast]] [[Q|that his team would win the league]]. [[U:forecast|Bookmakers make them 5-1 outsiders]].",
    "[[S|Meteorologist Daria Pell]] [[C|told listeners]] [[Q|that the storm would reach the coast by Tuesday night]]. [[U:forecast|Computer models show it weakening over land]].",
    "[[S|The chancellor]] [[C|said]] [[Q|the economy would grow by 2 per cent]]. [[U:forecast|Independent forecasters predict growth of less than 1 per cent]].",
    "[[S|Rhiannon Vale]] [[C|warned]] [[Q|that house prices could fall by a fifth]]. [[U:forecast|Estate agents are forecast to close 400 branches]].",
    "[[S|The club's chairman]] [[C|told supporters]] [[Q|that the new stadium would be \u201cfull every week\u201d]]. [[U:forecast|Attendance is projected to fall next season]].",
    "[[S|Professor Ilse Narr]] [[C|said]] [[Q|that the outbreak would peak within a fortnight]]. [[U:forecast|Modelling suggests a peak in early March]].",
    "[[S|The minister]] [[C|promised]] [[Q|waiting lists would fall this year]]. [[U:forecast|Waiting lists are expected to grow]], official projections show.",
]

TELL: list[str] = [
    "[[S|The surgeon]] [[C|said]] [[Q|it was too early to tell whether the operation had been a success]]. She [[N:refusal|declined to say when the patient would go home]].",
    "[[S|Chief Inspector Lowe]] [[C|said]] [[Q|it was too soon to say what had caused the blast]]. [[U:intention|Investigators hope to enter the building tomorrow]].",
    "Mr Farrant [[N:refusal|would not say how much the club had paid]]. [[S|He]] [[C|said]] [[Q|the fee was \u201cfair for both sides\u201d]].",
    "[[S|The spokeswoman]] [[C|said]] [[Q|she could not say when the line would reopen]]. [[U:forecast|Engineers estimate the repairs will take a week]].",
    "Tobias Wrenn [[N:refusal|refused to say whether he had been offered the job]]. [[S|His agent]] [[C|said]] [[Q|talks were at an early stage]].",
    "[[S|The headteacher]] [[C|said]] [[Q|she could tell the pupils apart by their handwriting]]. [[N:non_reporting|Time will tell]] whether the new rules work.",
    "[[S|The spokesman]] [[C|said]] [[Q|that it was hard to tell how many people had been inside]]. Officials [[N:refusal|declined to give a figure]].",
    "[[S|Maren Vost]] [[C|told the BBC]] [[Q|that she was \u201cin no position to say\u201d whether the deal would hold]]. [[N:refusal|The government declined to comment]].",
    "[[S|The detective]] [[C|said]] [[Q|that it was impossible to say how long the body had been there]]. [[U:finding|A post-mortem examination found no sign of violence]].",
    "The firm [[N:refusal|did not say how many jobs would go]]. [[S|Union officials]] [[C|said]] [[Q|they had been told to expect at least 200]].",
    "[[S|Ms Ruddock]] [[C|said]] [[Q|it was \u201cfair to say\u201d that the project had not gone to plan]]. [[U:finding|The accounts show it is \u00a340m over budget]].",
    "[[S|Olu Banjo]] [[C|said]] [[Q|that the children could tell the difference between the two brands]]. [[N:negated|Nobody has said that the test was unfair]].",
]

BELIEFS: list[str] = [
    "[[S|Imran Delacroix]] [[C|maintains]] [[Q|that he was at home on the night of the robbery]]. Detectives [[U:belief|suspect that he was not]].",
    "Petra Lunn [[U:belief|feels that the club has let her down]]. [[S|She]] [[C|said]] [[Q|she would not renew her contract]].",
    "The manager [[U:belief|is convinced that the referee was wrong]]. [[S|He]] [[C|told reporters]] [[Q|that he would appeal against the red card]].",
    "Dale Fenwick [[U:belief|reckons the price of diesel will keep falling]]. [[S|He]] [[C|said]] [[Q|his hauliers had already cut their rates]].",
    "Neighbours [[U:belief|fear that the quarry will poison their wells]]. [[S|They]] [[C|said]] [[Q|that the council had ignored their letters]].",
    "[[S|Ms Okafor]] [[C|voiced fears]] [[Q|that the clinic would close]]. Her neighbours [[U:belief|share her fears]].",
    "Lionel Asante [[U:belief|believes the ban will cost jobs]]. [[S|He]] [[C|argued]] [[Q|that the industry needed more time to adapt]].",
    "[[S|The farmer]] [[C|insisted]] [[Q|that none of his cattle had been ill]]. Vets [[U:belief|suspect the disease came from a neighbouring farm]].",
    "Councillor Moyo [[U:belief|thinks the tram is a waste of money]]. [[S|She]] [[C|told Tuesday's meeting]] [[Q|that the tram was \u201ca vanity project\u201d]].",
    "Many voters [[U:belief|feel ignored by both parties]]. [[S|The party's leader]] [[C|said]] [[Q|that she understood their anger]].",
    "Brandt Olsen [[U:belief|is sure that his brother is still alive]]. [[S|He]] [[C|told the newspaper]] [[Q|he would keep searching until he found him]].",
    "[[S|The scientist]] [[C|stressed]] [[Q|that the findings were preliminary]]. Other researchers [[U:belief|doubt the results will hold up]].",
    "Investors [[U:belief|worry that the company has borrowed too much]]. [[S|Its chief executive]] [[C|said]] [[Q|the debt was \u201centirely manageable\u201d]].",
    "The widow [[U:belief|is certain that her husband was murdered]]. [[S|She]] [[C|told the inquest]] [[Q|that he had received threats for months]].",
]

INTENTIONS: list[str] = [
    "The council [[U:intention|plans to sell the town hall]]. [[S|Its leader]] [[C|said]] [[Q|the building cost \u00a3300,000 a year to heat]].",
    "Pham Linh [[U:intention|intends to stand for the party leadership]]. [[S|She]] [[C|told supporters]] [[Q|that the party had lost its way]].",
    "[[S|The airline]] [[C|vowed]] [[Q|to restore all its routes by the summer]]. It [[U:intention|is planning to lease four more aircraft]].",
    "The striker [[U:intention|hopes to return from injury next month]]. [[S|His manager]] [[C|said]] [[Q|he was \u201cahead of schedule\u201d]].",
    "The government [[U:intention|is determined to pass the bill before the recess]]. [[S|The chief whip]] [[C|promised]] [[Q|that it would be passed in time]].",
    "Oskar Brandvold [[U:intention|wants to build 200 homes on the site]]. [[S|He]] [[C|said]] [[Q|that half of them would be affordable]].",
    "The mining company [[U:intention|aims to double its output by 2030]]. [[S|Its chairman]] [[C|announced]] [[Q|that a new shaft would open next year]].",
    "The school [[U:intention|is considering a four-day week]]. [[S|The head]] [[C|told parents in a letter]] [[Q|that no decision had been made]].",
    "[[S|The rebels]] [[C|threatened]] [[Q|to seize the oil fields]]. They [[U:intention|are preparing to move south]], officials believe.",
    "[[S|Ms Clery]] [[C|pledged]] [[Q|to resign if the scheme failed]]. She [[U:intention|expects to stay in post until 2028]].",
]

EVIDENCE: list[str] = [
    "[[U:finding|Data from the transport department show that bus journeys have fallen by a third]]. [[S|The minister]] [[C|said]] [[Q|that the figures were \u201cdeeply worrying\u201d]].",
    "[[U:perception|Footage shows the lorry mounting the pavement]]. [[S|Witnesses]] [[C|said]] [[Q|that the driver appeared to be asleep]].",
    "[[U:finding|Records indicate that the inspector visited the site only once]]. [[S|His lawyer]] [[C|said]] [[Q|that one visit was all the rules required]].",
    "[[U:finding|A study by the University of Harlow found that the drug reduced pain in four out of five patients]]. [[S|The study's lead author]] [[C|said]] [[Q|that larger trials were needed]].",
    "[[U:perception|Witnesses saw the boat capsize about a mile from the shore]]. [[S|One]] [[C|told reporters]] [[Q|that the sea had been calm]].",
    "[[U:finding|Tests showed the water was safe to drink]]. [[S|The water company]] [[C|said]] [[Q|that the boil notice would be lifted on Monday]].",
    "[[U:finding|The census reveals that the town's population has grown by 12 per cent]]. [[S|The mayor]] [[C|said]] [[Q|the town needed a second secondary school]].",
    "[[U:finding|An analysis of the black box suggests that the engine failed in mid-air]]. [[S|The investigators]] [[C|cautioned]] [[Q|that the inquiry was at an early stage]].",
    "[[U:finding|Polling by Delmore Research shows the two candidates level]]. [[S|Both campaigns]] [[C|claimed]] [[Q|that they had the momentum]].",
    "[[U:perception|Satellite pictures appear to show new buildings at the base]]. [[S|A defence official]] [[C|said]] [[Q|that the buildings were for storage]].",
    "[[U:finding|The autopsy concluded that the man had drowned]]. [[S|His family]] [[C|said]] [[Q|that they did not accept the finding]].",
    "[[U:finding|Experiments suggest that the coating keeps fruit fresh for a fortnight longer]]. [[S|The company]] [[C|said]] [[Q|it would sell the coating to supermarkets]].",
]

HEARSAY: list[str] = [
    "The singer [[U:hearsay|is said to be furious about the leak]]. [[S|Her publicist]] [[C|said]] [[Q|that she was \u201cfocusing on the tour\u201d]].",
    "The prince [[U:hearsay|reportedly paid \u00a31m for the painting]]. [[S|A palace spokesman]] [[C|said]] [[Q|that the purchase was a private matter]].",
    "The minister [[U:hearsay|is understood to have offered her resignation]]. [[S|Downing Street]] [[C|said]] [[Q|the prime minister had full confidence in her]].",
    "[[S|Sources]] [[C|say]] [[Q|that the talks broke down over fishing rights]]. The two sides [[U:intention|hope to meet again in June]].",
    "The striker [[U:hearsay|is rumoured to be joining a club in Spain]]. [[S|His agent]] [[C|said]] [[Q|that there had been \u201cno offers\u201d]].",
    "[[S|People familiar with the matter]] [[C|said]] [[Q|that the bank was preparing to cut 3,000 jobs]]. The bank [[U:hearsay|is thought to be weighing a sale of its insurance arm]].",
    "The factory [[U:hearsay|is believed to employ about 400 people]]. [[S|The owner]] [[C|told staff]] [[Q|that it would close in April]].",
    "[[S|Two officials]] [[C|told this newspaper]] [[Q|that the order had come from the defence minister]]. The minister [[U:hearsay|is reported to have been abroad at the time]].",
    "[[S|Insiders]] [[C|claim]] [[Q|the board has already chosen the new chief executive]]. She [[U:hearsay|is tipped to be the first woman in the job]].",
    "The star [[U:hearsay|allegedly stormed off the set]]. [[S|A spokesman for the studio]] [[C|said]] [[Q|that filming had finished early for \u201cscheduling reasons\u201d]].",
]

MIXED_EVIDENCE: list[str] = [
    "[[U:finding|The audit found the scheme \u201cpoorly run and badly monitored\u201d]]. [[S|The agency]] [[C|said]] [[Q|it accepted the \u201cvaluable\u201d recommendations]].",
    "[[U:finding|Polls show voters \u201cdeeply uneasy\u201d about the war]]. [[S|The defence secretary]] [[C|said]] [[Q|the public had \u201cevery right to ask questions\u201d]].",
    "Ms Haldane [[U:belief|believes the rules are \u201ca mess from start to finish\u201d]]. [[S|She]] [[C|said]] [[Q|that they should be \u201ctorn up\u201d]].",
    "[[U:finding|The inspection report rated the prison \u201cunsafe and squalid\u201d]]. [[S|The governor]] [[C|said]] [[Q|she was \u201cashamed\u201d of the conditions]].",
    "[[U:finding|The review concluded that the trust had a \u201cculture of fear\u201d]]. [[S|Its chief executive]] [[C|said]] [[Q|that he was \u201ctruly sorry\u201d]].",
    "[[U:finding|A study labelled the product \u201cultra-processed\u201d]]. [[S|The manufacturer]] [[C|said]] [[Q|that the label was \u201cmisleading\u201d]].",
    "Critics [[U:belief|consider the plan \u201ca giveaway to developers\u201d]]. [[S|The planning minister]] [[C|said]] [[Q|it would deliver \u201cthe homes people need\u201d]].",
    "[[U:finding|Records show the ship was \u201cfit to sail\u201d when it left port]]. [[S|The owners]] [[C|said]] [[Q|that the crew had followed \u201cevery procedure\u201d]].",
    "[[U:finding|The survey found staff \u201cexhausted and demoralised\u201d]]. [[S|The union]] [[C|warned]] [[Q|that nurses would \u201cvote with their feet\u201d]].",
    "[[U:finding|Tests showed the samples were \u201cwell within\u201d safe limits]]. [[S|Campaigners]] [[C|said]] [[Q|the tests were \u201ctoo few to mean anything\u201d]].",
]

POLARITY: list[str] = [
    "The minister [[N:negated|did not say that the plant would close]]. [[S|She]] [[C|said]] [[Q|that its future was \u201cunder review\u201d]].",
    "Ms Quayle [[N:negated|never claimed that the figures were final]]. [[S|She]] [[C|said]] [[Q|they were the best estimates available]].",
    "If asked, most teachers [[U:hypothetical|would say that the exams are too long]]. [[S|The exam board]] [[C|said]] [[Q|that it would review the timings]].",
    "Critics [[U:hypothetical|might argue that the cut comes too late]]. [[S|The chancellor]] [[C|said]] [[Q|that it was \u201cthe right moment\u201d]].",
    "[[S|Mr Ostrander]] [[C|denied]] [[Q|that he had threatened the staff]]. [[N:negated|No one has said that he did]].",
    "[[S|The spokesman]] [[C|said]] [[Q|that the company would not comment on the rumours]]. [[N:refusal|It also declined to comment on the share price]].",
    "A lawyer [[U:hypothetical|could claim that the contract was never signed]]. [[S|The judge]] [[C|said]] [[Q|that the signature was \u201cplainly genuine\u201d]].",
    "[[S|The coach]] [[C|said]] [[Q|he would not rule out a return to the national team]]. He [[N:negated|did not say when he would decide]].",
    "[[S|Ms Bellamy]] [[C|said]] [[Q|that she had never told anyone about the payments]]. [[U:hypothetical|Had she known, she would have told the police]].",
    "[[S|Officials]] [[C|warned]] [[Q|residents not to drink the tap water]]. They [[N:negated|did not confirm that the supply was contaminated]].",
    "[[U:rhetorical|Some would say that the price is too high]]. [[S|Customers]] [[C|told the paper]] [[Q|that they had stopped coming]].",
    "[[S|The president]] [[C|said]] [[Q|he had not seen the report]]. His aides [[N:negated|did not deny that it had been sent to him]].",
]

PASSAGES: list[tuple[str, list[str]]] = [
    ("court", COURT),
    ("orders", ORDERS),
    ("promises", PROMISES),
    ("institutions", INSTITUTIONS),
    ("testimony", TESTIMONY),
    ("questions", QUESTIONS),
    ("denials", DENIALS),
    ("predictions", PREDICTIONS),
    ("tell", TELL),
    ("beliefs", BELIEFS),
    ("intentions", INTENTIONS),
    ("evidence", EVIDENCE),
    ("hearsay", HEARSAY),
    ("mixed_evidence", MIXED_EVIDENCE),
    ("polarity", POLARITY),
]
"""The passages by group: (group name, templates)."""
