# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""More passages of the fourth speech-or-not suite (see ``speech_or_not4_passages.py``)."""

from __future__ import annotations

TESTIMONY: list[str] = [
    "[[S|Dr Mensah]] [[C|testified]] [[Q|that the child had been underweight for months]]. The records showed [[U:finding|no visit by a nurse]].",
    "[[S|The driver]] [[C|told]] the jury [[Q|he had acted in self-defence]]. Jurors did not believe [[U:belief|his account]].",
    "[[S|A former manager]] [[C|gave evidence]] [[Q|that the safety checks had been skipped]]. The evidence suggests [[U:finding|that the fault was known]].",
    "In a deposition, [[S|Ms Carver]] [[C|said]] [[Q|she had never seen the contract]]. Handwriting experts concluded [[U:finding|that the signature was hers]].",
    "[[S|The officer]] [[C|told]] the inquest [[Q|that the cell had been checked every hour]]. CCTV showed [[U:perception|that nobody entered for three hours]].",
    "[[S|The accused]] [[C|admitted]] under cross-examination [[Q|that he had lied to police]]. Prosecutors suspect [[U:belief|that he had help]].",
    "[[S|The nurse]] [[C|swore]] [[Q|that the dose had been correct]]. The post-mortem found [[U:finding|twice the safe level]].",
    "[[S|Paulo Dias]], an engineer, [[C|told]] the hearing [[Q|that the cable had been frayed]]. Photographs showed [[U:perception|a clean break]].",
    "Giving evidence by video link, [[S|the banker]] [[C|denied]] [[Q|that he had moved the funds]]. Transfer records indicate [[U:finding|that the money left on 3 May]].",
    "[[S|The victim's mother]] [[C|told]] the court [[Q|that her son had been afraid to go out]]. The jury was not told [[N:negated|that he had a previous conviction]].",
]

RULINGS: list[str] = [
    "[[S|The judge]] [[C|ruled]] [[Q|that the search had been unlawful]]. A forensic test found [[U:finding|no trace of the drug]].",
    "[[S|The court]] [[C|found]] [[Q|that the council had breached its duty]]. A housing inspection found [[U:finding|damp in 40 flats]].",
    "[[S|The tribunal]] [[C|held]] [[Q|that the drivers were employees]]. The company holds [[N:non_reporting|the licence until 2031]].",
    "[[S|Justice Imogen Hart]] [[C|ordered]] [[Q|the firm to pay £40,000]]. The firm ordered [[N:non_reporting|new machines]] the same week.",
    "[[S|The disciplinary panel]] [[C|concluded]] [[Q|that the referee had made no error]]. A study concluded that [[U:finding|referees miss one foul in five]].",
    "[[S|The magistrate]] [[C|told]] the defendant [[Q|that he was lucky to avoid prison]]. The probation report judged [[U:finding|the risk of reoffending low]].",
    "[[S|The supreme court]] [[C|declared]] [[Q|that the election result stood]]. Exit polls had indicated [[U:finding|a narrow win]].",
    "[[S|The coroner]] [[C|concluded]] [[Q|that the climber had died of hypothermia]]. The rescue log records [[U:finding|that the call came at 6pm]].",
    "[[S|The ombudsman]] [[C|ruled]] [[Q|that the bank should refund the fees]]. The bank's own audit found [[U:finding|that 300 customers had been overcharged]].",
    "[[S|The judge]] [[C|said]] [[Q|the defendant had shown no remorse]]. Jurors were convinced [[U:belief|that he had planned the attack]].",
]

VOTES: list[str] = [
    "The board voted to [[U:intention|close the depot]]. [[S|Its chairman]] [[C|said]] [[Q|the decision had been painful]].",
    "The council agreed to [[U:intention|fund the lifeguards for another year]]. [[S|Councillor Bess Amory]] [[C|said]] [[Q|that the beach was safer than ever]].",
    "Members resolved that [[U:intention|the club should sell its ground]]. [[S|The secretary]] [[C|told]] them [[Q|that the offer was the best they would get]].",
    "Shareholders rejected [[N:non_reporting|the pay deal]]. [[S|A spokesman]] for the investors [[C|said]] [[Q|the bonus had been excessive]].",
    "The cabinet approved [[N:non_reporting|the new runway]]. [[S|Opponents]] [[C|vowed]] [[Q|to fight the plan in the courts]].",
    "The committee decided to [[U:intention|delay the report until after the election]]. [[S|Its chair]] [[C|denied]] [[Q|that the delay was political]].",
    "Parliament voted [[N:non_reporting|412 to 97]] for the bill. [[S|The minister]] [[C|said]] [[Q|it was a historic day]].",
    "The two leaders agreed to [[U:intention|meet again in June]]. [[S|Both]] [[C|said]] [[Q|the talks had been frank]].",
    "The union's members voted to [[U:intention|accept the offer]]. [[S|The general secretary]] [[C|warned]] [[Q|that the dispute was not over]].",
    "The planning committee refused [[N:non_reporting|permission for the tower]]. [[S|The architect]] [[C|said]] [[Q|he would appeal]].",
]

CONCESSIONS: list[str] = [
    "[[S|The minister]] [[C|acknowledged]] [[Q|that waiting lists had grown]]. She acknowledged [[N:non_reporting|the crowd]] with a wave.",
    "[[S|Eddie Marr]], the coach, [[C|conceded]] [[Q|that his side had been outplayed]]. His team conceded [[N:non_reporting|three goals]] in ten minutes.",
    "[[S|Kerr]] [[C|agreed]] [[Q|that the project was late]] when questioned by the committee. Kerr and Lyle agreed to [[U:intention|share the costs]].",
    "[[S|Both candidates]] [[C|agreed]] [[Q|that the town needed a new school]] at Tuesday's debate. Most experts agree that [[U:belief|the old one is beyond repair]].",
    "[[S|The firm]] [[C|admitted]] [[Q|that it had sold faulty heaters]]. The club admitted [[N:non_reporting|two new members]].",
    "[[S|Dr Farah]] [[C|accepted]] [[Q|that mistakes had been made]]. The hospital accepted [[N:non_reporting|the patient]] at 3am.",
    "[[S|He]] [[C|granted]] [[Q|that the figures were disappointing]]. The court granted [[N:non_reporting|bail]].",
    "[[S|The senator]] [[C|allowed]] [[Q|that the bill might need changes]]. The rules allowed [[N:non_reporting|the vote to go ahead]].",
    "[[S|The chief constable]] [[C|recognised]] [[Q|that trust in the force had fallen]]. Staff recognised [[N:non_reporting|the suspect from his photograph]].",
    "Everyone agrees that [[U:rhetorical|the stadium is too small]]. [[S|The owner]] [[C|confirmed]] [[Q|that plans for a new one were on hold]].",
]

MEMORY: list[str] = [
    "[[S|Nell Oduya]], 91, [[C|recalled]] [[Q|that the mill had employed half the town]]. Few now remember [[U:belief|that it had its own railway]].",
    "[[S|The pilot]] [[C|described]] [[Q|how the engine had caught fire over the sea]]. The video shows [[U:perception|smoke pouring from the wing]].",
    "[[S|The headteacher]] [[C|explained]] [[Q|why the trip had been cancelled]]. That explains why [[N:non_reporting|the coach was empty]].",
    "[[S|Gwyn Rees]], a former miner, [[C|remembered]] [[Q|how the pit had closed overnight]], speaking at the memorial. Villagers remember [[U:belief|the strike well]].",
    "[[S|The survivor]] [[C|recounted]] [[Q|how she had clung to the wreckage for hours]]. Her family still remembers [[U:belief|the night of the storm]].",
    "[[S|The manager]] [[C|explained]] [[Q|that the shop had lost its lease]]. The rising rent explains [[N:non_reporting|the closure]].",
    "[[S|Mrs Abara]] [[C|recalled]] [[Q|that her father had built the chapel]]. The carmaker recalled [[N:non_reporting|40,000 cars]] last month.",
    "[[S|The scientist]] [[C|described]] [[Q|the discovery as a turning point]]. The map describes [[N:non_reporting|the route to the site]].",
    "I remember [[U:belief|that it was raining]] that day. [[S|Cole]] [[C|told]] the Gazette [[Q|that he could not remember the crash]].",
    "[[S|The guide]] [[C|told]] visitors [[Q|how the castle had been besieged in 1644]]. Tourists seem to recall [[U:belief|little of the tour]].",
]

OUTLINED: list[str] = [
    "[[S|The chancellor]] [[C|set out]] [[Q|how the pension age would rise]]. The change would [[U:intention|save £8bn]].",
    "[[S|The police chief]] [[C|detailed]] [[Q|how the gang had smuggled the cash]]. The indictment runs to [[N:non_reporting|400 pages]].",
    "[[S|Tove Ahl]], the minister, [[C|set out]] [[Q|why the tax would be scrapped]] in a speech to business leaders. The expedition set out [[N:non_reporting|at dawn]].",
    "[[S|The governor]] [[C|spelled out]] [[Q|that the reservoir would cost $2bn]]. The figures spell out [[U:finding|a grim picture]].",
    "In a twenty-page memo, [[S|the chief executive]] [[C|outlined]] [[Q|how the company would cut costs]]. The chart outlines [[N:non_reporting|the cuts by region]].",
    "[[S|Lawyers for the family]] [[C|set out]] [[Q|why they believed the hospital was negligent]]. The timeline sets out [[N:non_reporting|each shift change]].",
    "[[S|The mayor]] [[C|described]] [[Q|how the flood had cut the town in two]]. A drone survey mapped [[N:non_reporting|the flooded streets]].",
    "[[S|The prosecutor]] [[C|outlined]] [[Q|how the defendant had forged the wills]]. A forensic report detailed [[U:finding|the ink on each page]].",
    "[[S|She]] [[C|explained]] [[Q|how the scheme would work]] to a packed hall. The brochure explains [[N:non_reporting|the rules]] in six languages.",
    "[[S|The general]] [[C|briefed]] reporters [[Q|that the offensive had stalled]]. Satellite images show [[U:perception|the front line unchanged]].",
]

POLARITY: list[str] = [
    "[[S|The minister]] [[C|said]] [[Q|the hospital would be rebuilt]]. She did not say that [[N:negated|the old wing would be demolished]].",
    "[[S|Trent]] [[C|said]] [[Q|that the money had been a loan]]. He never claimed [[N:negated|that it was a gift]].",
    "[[S|The governor]] [[C|warned]] [[Q|that the delays would cost lives]] but stopped short of saying [[N:negated|that the contractor should be sacked]].",
    "[[S|The club]] [[C|confirmed]] [[Q|that the striker had been injured]] but refused to say [[N:refusal|how long he would be out]].",
    "[[S|The envoy]] [[C|described]] [[Q|the talks as constructive]] and was careful not to say [[N:negated|that a deal was close]].",
    "[[S|Her lawyer]] [[C|argued]] [[Q|that she had warned the managers twice]]. Had she said that [[U:hypothetical|the plant was unsafe]], it would have closed.",
    "A friend would have told him that [[U:hypothetical|the ice was too thin]]. [[S|His brother]] [[C|said]] [[Q|that he had always taken risks]].",
    "[[S|The spokesman]] [[C|said]] [[Q|the chairman was on holiday]]. He did not deny that [[N:negated|the board had met without him]].",
    "[[S|Vance]] [[C|denied]] [[Q|charges that he had taken bribes]]. Nobody has suggested that [[N:negated|his wife was involved]].",
    "The mayor has not said whether [[N:negated|she will run again]]. [[S|Her deputy]] [[C|said]] [[Q|that a decision would come in May]].",
    "[[S|Officials]] [[C|insisted]] [[Q|that the water was safe]]. They would not say [[N:refusal|when it was last tested]].",
]

QUOTED: list[str] = [
    "[[Q|“Nobody told me that the road would close,”]] [[C|said]] [[S|the driver]], Ayo Bello. Signs had warned [[N:non_reporting|of roadworks]] for a month.",
    "[[Q|“No one is suggesting that the bridge is unsafe,”]] [[S|the engineer]] [[C|said]]. Inspectors believe [[U:belief|the bolts need replacing]].",
    "[[Q|“I never said we would win the league,”]] [[S|Dorsey]] [[C|told]] reporters. Fans had assumed [[U:belief|that promotion was certain]].",
    "[[S|She]] [[C|said]]: [[Q|“People keep telling me the shop is doomed. They are wrong.”]] Her accountant thinks [[U:belief|it will break even by June]].",
    "[[Q|“It would be wrong to say that we have failed,”]] [[S|the minister]] [[C|said]]. Critics believe [[U:belief|the scheme has stalled]].",
    "[[Q|“Nobody asked us whether we wanted a car park,”]] [[C|complained]] [[S|a resident]]. The plans show [[U:finding|space for 200 cars]].",
    "[[S|The firefighter]] [[C|said]] [[Q|that no one had warned the crew that the roof might fall]]. The report found [[U:finding|that the beams were rotten]].",
    "[[Q|“We were promised a new clinic and told it would open in 2022,”]] [[S|Ivy Sokolo]] [[C|said]]. The health board's website still lists [[N:non_reporting|the clinic as planned]].",
    "[[S|The coach]] [[C|said]] [[Q|he had been told that the pitch was fine]]. Groundsmen feared [[U:belief|that it would flood]].",
    "[[Q|“Don't ask me whether it will rain,”]] [[S|the organiser]] [[C|joked]]. Forecasters expect [[U:forecast|showers all afternoon]].",
]

PASSAGES_B: list[tuple[str, list[str]]] = [
    ("testimony", TESTIMONY),
    ("rulings", RULINGS),
    ("votes", VOTES),
    ("concessions", CONCESSIONS),
    ("memory", MEMORY),
    ("outlined", OUTLINED),
    ("polarity", POLARITY),
    ("quoted", QUOTED),
]
