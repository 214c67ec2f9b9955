# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the fourth speech-or-not suite (written by ``make_speech_or_not4.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the classify and scope stages or the cue lexicons, and without
reading the passages of the first three speech-or-not suites. Each passage holds
reported speech that a speech-only annotator counts, next to a sentence that the
annotator does not count. The decisions are listed in ``make_speech_or_not4.py``.

Markup, as in the earlier suites: ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]`` a speech
item's content, cue and source (``Q2``/``C2``/``S2`` a second item);
``[[N:why|...]]`` a non-quote; ``[[U:category|...]]`` an attribution that is not speech
(not gold). More groups are in ``speech_or_not4_passages_b.py``.
"""

from __future__ import annotations

SAYING: list[str] = [
    "[[S|Ruth Amadi]], the harbour councillor, [[C|said]] [[Q|the ferry subsidy would be renewed next spring]]. It would be wrong to say that [[U:rhetorical|the island has been forgotten]]: the boat still runs twice a day.",
    "Hardly anyone now argues that [[U:rhetorical|the old coal line can be saved]]. [[S|Tomas Reyl]], who chairs the rail group, [[C|insisted]] [[Q|that a passenger service could return within five years]].",
    "Few would claim that [[U:rhetorical|the tram has been a success]]. But the transport director, [[S|Ines Marlow]], [[C|told]] councillors [[Q|that passenger numbers had doubled since March]].",
    "No one is suggesting that [[U:rhetorical|the school will close]]. [[S|The head teacher]] [[C|wrote]] to parents [[Q|that the roof repairs would take the whole summer]].",
    "It is fair to say that [[U:rhetorical|the festival lost money this year]]. [[S|Dev Palan]], its organiser, [[C|said]] [[Q|ticket sales had been the worst in a decade]].",
    "Some say [[U:rhetorical|the bypass was built in the wrong place]]. [[S|The highways engineer]] [[C|said]] on Friday [[Q|that the route had been chosen after three surveys]].",
    "You could say that [[U:hypothetical|the club has had a bad month]]. [[S|Lee Odum]], the manager, [[C|conceded]] [[Q|that his players had looked tired]].",
    "Nobody would argue that [[U:rhetorical|the hospital needs fewer nurses]]. [[S|The health board]] [[C|announced]] [[Q|that it would recruit forty more]].",
    "It is often said that [[U:rhetorical|the valley makes the best cheese in the country]]. [[S|Aled Price]], who farms above Llanfor, [[C|said]] [[Q|his herd had halved in ten years]].",
    "To say that [[U:rhetorical|the council was unprepared]] would be an understatement. [[S|Maya Strand]], the opposition leader, [[C|said]] [[Q|the gritters had sat idle for two days]].",
    "There is no denying that [[U:rhetorical|the pier needs work]]. [[S|Its owners]] [[C|said]] [[Q|repairs would start in October]].",
]

REFUSALS: list[str] = [
    "The ministry said [[N:refusal|it would be inappropriate to comment while the inquiry was under way]]. [[S|A spokeswoman]] [[C|added]] [[Q|that the minister had been told of the complaint in June]].",
    "[[S|The hospital]] [[C|said]] [[Q|it had no record of the patient being admitted]]. It said [[N:refusal|it had nothing further to add]].",
    "The club said [[N:refusal|it does not comment on contract negotiations]]. [[S|Its chairman]] later [[C|told]] fans [[Q|that the striker would stay]].",
    "Police said [[N:refusal|it was not appropriate to discuss the case]] before the hearing, but [[S|they]] [[C|confirmed]] [[Q|that a man had been arrested]].",
    "[[S|The airline]] [[C|said]] [[Q|it had received no complaints about the flight]]. Asked about the crew, it said [[N:refusal|it had nothing to add to its earlier statement]].",
    "The bank said [[N:refusal|it did not discuss individual customers]]. [[S|The customer's lawyer]] [[C|said]] [[Q|the account had been frozen without warning]].",
    "A palace spokesman said [[N:refusal|they would not be commenting on private matters]]. [[S|He]] [[C|said]] [[Q|that the visit to Lisbon would go ahead]].",
    "[[S|The council]] [[C|said]] [[Q|that it had no record of the planning application]]. The developer said [[N:refusal|it was not in a position to comment]].",
    "The regulator said [[N:refusal|it could not comment on an ongoing investigation]], but [[S|it]] [[C|said]] [[Q|that it had opened six cases this year]].",
    "[[S|The school]] [[C|said]] [[Q|it had found no evidence of bullying]]. The family's solicitor said [[N:refusal|it would be premature to say anything more]].",
    "[[S|The embassy]] [[C|said]] [[Q|it was unaware of any arrest]]. The singer's agent said [[N:refusal|he had no comment to make at this time]].",
]

SPEECH_NOUNS: list[str] = [
    "Reports that [[U:unattributed|the steelworks would close]] circulated on social media all week. [[S|The firm]] [[C|said]] [[Q|that the furnace would be relit in May]].",
    "[[S|Dr Kofi Osei]]'s [[C|warning]] [[Q|that the levee could fail]] went unheeded. The belief that [[U:belief|the river could never rise so high]] was widespread.",
    "[[S|The mayor]]'s [[C|pledge]] [[Q|to build 300 homes]] was dropped from the budget. The plan to [[U:intention|widen the ring road]] survived.",
    "[[S|The company]]'s [[C|claim]] [[Q|that the water was safe to drink]] has been challenged by residents. Tests showed [[U:finding|high levels of lead]].",
    "[[S|His]] [[C|promise]] [[Q|to cut fares]] won him the election. The hope that [[U:belief|prices would fall]] soon faded.",
    "[[S|The union]]'s [[C|threat]] [[Q|to strike over Christmas]] was withdrawn on Monday. Fears that [[U:belief|the post would be delayed]] eased.",
    "[[S|Carla Venn]]'s [[C|admission]] [[Q|that the scheme had run over budget]] drew jeers. The assumption that [[U:belief|costs would stay flat]] had been wrong from the start.",
    "[[S|Their]] [[C|suggestion]] [[Q|that the market move indoors]] was accepted. A rumour that [[U:unattributed|the market would close for good]] had spread on Saturday.",
    "[[S|The coach]]'s [[C|insistence]] [[Q|that the pitch was playable]] angered the visitors. The finding that [[U:finding|the drainage had failed]] came a week later.",
    "[[S|The airport]]'s [[C|announcement]] [[Q|that flights would resume at noon]] was greeted with cheers. The expectation that [[U:forecast|queues would clear by evening]] proved optimistic.",
    "[[S|Ms Adebayo]]'s [[C|allegation]] [[Q|that she was paid less than male colleagues]] will be heard in March. The perception that [[U:belief|the firm favours men]] persists among staff.",
]

ASKED: list[str] = [
    "[[S|Ana Rios]] [[C|asked]] the minister [[Q|whether the clinic would stay open]]. Many parents are asking whether [[U:rhetorical|the bus route will survive]].",
    "[[S|A reporter]] [[C|asked]] [[Q|if the president would seek a second term]]. It is worth asking whether [[U:rhetorical|he still wants the job]].",
    "[[S|Gill Mayhew]] [[C|asked]] [[Q|whether anyone had seen her dog]] in a post on the village page. She wondered whether [[U:belief|it had followed the tractor]].",
    "[[Q|“Who paid for the flights?”]] [[S|Senator Boyd]] [[C|asked]]. Nobody knows [[U:belief|who booked them]].",
    "[[S|The judge]] [[C|asked]] the defendant [[Q|why he had left the scene]]. Investigators still wonder [[U:belief|why the car was moved]].",
    "[[S|Residents]] [[C|asked]] [[Q|whether the quarry would be fenced]] at a meeting on Tuesday. Voters may ask whether [[U:hypothetical|the promise will be kept]].",
    "[[S|The inspector]] [[C|asked]] [[Q|if the stall had a licence]]. Traders asked themselves whether [[U:belief|the rules had changed]].",
    "[[S|Councillor Imre Tal]] [[C|wanted to know]] [[Q|why the library had closed early]]. It is unclear whether [[U:unattributed|the building will reopen]].",
    "[[S|Journalists]] [[C|asked]] the coach [[Q|whether he would resign]]; the real question is whether [[U:rhetorical|the board will let him stay]].",
    "[[S|Opposition MPs]] [[C|demanded to know]] [[Q|how much the consultants had been paid]]. It is thought that [[U:hearsay|the sum exceeded £4m]].",
]

PREDICTED: list[str] = [
    "[[S|Rhea Lund]], an economist at Harbell Bank, [[C|predicted]] [[Q|that house prices would fall next year]]. The bank's model predicts that [[U:forecast|rates will stay at 4 per cent]].",
    "[[S|The coach]] [[C|predicted]] [[Q|his side would win by ten points]]. The bookmakers' odds point to [[U:forecast|a narrow defeat]].",
    "[[S|The fire chief]] [[C|estimated]] [[Q|that 200 homes had been destroyed]]. A satellite survey estimated that [[U:finding|the blaze covered 40 square miles]].",
    "The weather service forecast that [[U:forecast|the storm would arrive by midnight]]. [[S|The harbour master]] [[C|told]] skippers [[Q|to stay in port]].",
    "[[S|Ola Berg]], the finance minister, [[C|projected]] [[Q|that the deficit would halve by 2030]] in his budget speech. Independent projections show that [[U:finding|it will barely move]].",
    "A study by the Corran Institute projected that [[U:forecast|the town's population would double]]. [[S|The mayor]] [[C|said]] [[Q|that the schools were not ready]].",
    "[[S|Dr Yusuf]] [[C|forecast]] [[Q|that the outbreak would peak in March]], speaking at a press briefing. The modelling estimated that [[U:forecast|one in ten people would be infected]].",
    "Analysts at the bank calculated that [[U:finding|each household would pay £300 more]]. [[S|The chancellor]] [[C|said]] [[Q|the figure was wrong]].",
    "[[S|Organisers]] [[C|estimated]] [[Q|that 30,000 people had joined the march]]; an analysis of aerial photographs estimated [[U:finding|that 8,000 had taken part]].",
    "Opinion polls predict [[U:forecast|a hung parliament]]. [[S|The party leader]], however, [[C|predicted]] [[Q|that she would win outright]] at a rally in Derby.",
]

ACTIONS: list[str] = [
    "[[S|The central bank]] [[C|signalled]] [[Q|that rates would stay high until the summer]]. The lorry signalled [[N:non_reporting|a turn into the depot]] and pulled out.",
    "[[S|The minister]] [[C|hinted]] [[Q|that an election could come in the autumn]]. Her smile hinted at [[N:non_reporting|relief]].",
    "[[S|His aide]] [[C|said]] [[Q|the senator would announce his plans next week]]. The goalkeeper nodded that [[N:non_reporting|he was ready]] and walked to the line.",
    "[[S|Kerr]] shrugged off questions about [[N:refusal|his future]] and [[C|said]] [[Q|that he was focused on Saturday's final]].",
    "The conductor gestured to [[N:non_reporting|the orchestra to stand]]. [[S|She]] later [[C|told]] the audience [[Q|that it had been her last concert in the hall]].",
    "[[S|Rowe]] [[C|indicated]] [[Q|that she would not seek re-election]] in a letter to members. The gauge indicated that [[U:finding|the tank was empty]].",
    "[[S|The striker]] [[C|made clear]] [[Q|that he wanted to leave]]. The replay made clear [[U:perception|that the ball had crossed the line]].",
    "[[S|The prime minister's spokesman]] [[C|let it be known]] [[Q|that a reshuffle was coming]]. Body language suggested [[U:perception|that the two leaders did not get on]].",
    "[[S|The referee]] waved away protests and [[C|insisted]] [[Q|the goal would stand]]. The crowd's silence suggested [[U:perception|that few agreed]].",
    "[[S|Officials]] [[C|intimated]] [[Q|that the talks were close to a deal]]. Satellite images indicated that [[U:finding|troops were leaving the border]].",
]

ONLINE: list[str] = [
    "[[S|The actor]] [[C|wrote]] on X [[Q|that he was “heartbroken” by the news]]. He posted [[N:non_reporting|a photo of the empty stage]].",
    "[[S|Councillor Faye Ng]] [[C|tweeted]] [[Q|that the bins would be collected on Saturday]]. The council's account posted [[N:non_reporting|a map of the routes]].",
    "[[S|The head]] [[C|emailed]] staff [[Q|that the school would close at noon]]. Parents emailed [[N:non_reporting|photos of the flooded yard]] to the office.",
    "[[S|Hollis]] [[C|texted]] his manager [[Q|that he would be late]]. The screenshot showed [[U:perception|that the message was sent at 9.02]].",
    "[[S|The singer]] [[C|posted]] on Instagram [[Q|that the tour was cancelled]]. The record company posted [[N:non_reporting|a £3m loss]] for the year.",
    "[[S|A spokesperson]] [[C|messaged]] reporters [[Q|that the minister was unwell]]. The minister's diary showed [[U:finding|no engagements that week]].",
    "[[Q|“We are devastated,”]] [[S|Mira Kahn]] [[C|wrote]] on Facebook. Friends shared [[N:non_reporting|the post hundreds of times]].",
    "[[S|The club]] [[C|announced]] on its website [[Q|that the manager had left]]. The website lists [[N:non_reporting|the next three fixtures]].",
    "In a LinkedIn post, [[S|the chief executive]] [[C|said]] [[Q|the layoffs were painful but necessary]]. He later liked [[N:non_reporting|a post by a rival]].",
    "[[S|The mayor]] [[C|replied]] on X [[Q|that the claim was nonsense]]. Her followers replied [[N:non_reporting|with a stream of memes]].",
]

INTERPRETERS: list[str] = [
    "Speaking through an interpreter, [[S|Mr Tanaka]] [[C|said]] [[Q|that the factory would hire 500 workers]]. The interpreter paused [[N:non_reporting|to check a figure]].",
    "[[S|The witness]], who is deaf, [[C|signed]] [[Q|that she had seen the van twice]]. The clerk signed [[N:non_reporting|the register]] and left.",
    "[[S|The defendant]] [[C|told]] the court through an interpreter [[Q|that he had never met the buyer]]. The jury appeared [[U:perception|unconvinced]].",
    "[[Q|“We will not leave our land,”]] [[S|the elder]] [[C|said]] through a translator. The translator believed [[U:belief|that the phrase was a proverb]].",
    "Using sign language, [[S|the coach]] [[C|told]] his players [[Q|to keep pressing]]. Two of the players signed [[N:non_reporting|new contracts]] in May.",
    "[[S|The refugee]] [[C|said]] via a translator [[Q|that her village had been burned]]. Aid workers think [[U:belief|that thousands more are on the road]].",
    "[[S|The captain]], speaking in Spanish, [[C|said]] [[Q|the team had earned its luck]]. The crowd seemed to sense [[U:perception|that the match was over]].",
    "[[S|Mrs Lind]] [[C|signed]] to her son [[Q|that the taxi had arrived]]. She signed [[N:non_reporting|the lease]] a week later.",
    "Through a sign language interpreter, [[S|Harris]] [[C|told]] the tribunal [[Q|that he had been left out of meetings]]. The panel felt [[U:belief|that the firm had tried to help]].",
    "[[S|Mr Haile]] [[C|said]], through his daughter, who translated, [[Q|that he had waited six years for a visa]]. Officials believe [[U:belief|the file was lost]].",
]

PASSAGES_A: list[tuple[str, list[str]]] = [
    ("saying", SAYING),
    ("refusals", REFUSALS),
    ("speech_nouns", SPEECH_NOUNS),
    ("asked", ASKED),
    ("predicted", PREDICTED),
    ("actions", ACTIONS),
    ("online", ONLINE),
    ("interpreters", INTERPRETERS),
]
