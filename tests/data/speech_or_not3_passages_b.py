# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""More passages of the third speech-or-not suite (see ``speech_or_not3_passages.py``).

Groups: documents against findings, speech verbs in senses that report nothing,
announcements of events, thanks and apologies, positions with a noun-phrase content,
perception, polarity, and chants and greetings.
"""

from __future__ import annotations

DOCUMENTS: list[str] = [
    "[[S|The letter]] [[C|said]] [[Q|that the school would close at the end of term]]. An audit [[U:finding|found that its buildings needed £4m of repairs]].",
    "[[S|The ruling]] [[C|said]] [[Q|that the ban had been imposed without proper consultation]]. Data from the council [[U:finding|suggest that few shops were affected]].",
    "[[S|The indictment]] [[C|alleges]] [[Q|that Farrant hid the payments in a charity's accounts]]. Bank records [[U:finding|show transfers of more than £900,000]].",
    "[[S|The lawsuit]] [[C|claims]] [[Q|that the app collected children's locations without consent]]. A study by Orwell University [[U:finding|found that a third of such apps do the same]].",
    "The minutes [[U:finding|record that the chairman left the meeting early]]. [[S|A statement from the board]] [[C|said]] [[Q|that he had been taken ill]].",
    "[[S|The complaint]] [[C|accuses]] [[Q|the landlord of ignoring damp in forty flats]]. An inspection [[U:finding|revealed black mould in most of them]].",
    "[[S|The memo]] [[C|warned]] [[Q|that the software could fail under heavy load]]. Tests [[U:finding|later confirmed that it did]].",
    "In its filing, [[S|the company]] [[C|argued]] [[Q|that the patent was invalid]]. Sales figures [[U:finding|indicate that the product is its most profitable]].",
    "[[S|The union's email to members]] [[C|said]] [[Q|that the strike would go ahead on Monday]]. A survey [[U:finding|shows that most members back it]].",
    "[[S|The report by the ombudsman]] [[C|concluded]] [[Q|that the council had failed the family]]. The council's own records [[U:finding|suggest the warnings were logged but never read]].",
]

SENSES: list[str] = [
    "[[N:non_reporting|The sign on the gate says no entry after dark]]. [[S|The park warden]] [[C|said]] [[Q|that the gate was locked at eight every night]].",
    "[[N:non_reporting|The clock on the town hall said midnight]] when the fire started. [[S|A witness]] [[C|said]] [[Q|that she saw flames coming from the roof]].",
    "[[S|The treasurer]] [[C|said]] [[Q|that the club had lost money for five years in a row]]. [[N:non_reporting|What the numbers tell us is that something has to change]].",
    "[[N:non_reporting|The result says a lot about the state of the party]]. [[S|Its chairman]] [[C|said]] [[Q|that the defeat was a wake-up call]].",
    "[[N:non_reporting|That said, the bakery has never been busier]]. [[S|Its owner, Kofi Asante]], [[C|said]] [[Q|that he was hiring two more staff]].",
    "[[N:non_reporting|Suffice it to say, the referee had a difficult afternoon]]. [[S|The home manager]] [[C|said]] [[Q|that three decisions had gone against his side]].",
    "[[N:non_reporting|The label says the cheese should be eaten within a week]]. [[S|The shop]] [[C|said]] [[Q|that it had withdrawn the batch as a precaution]].",
    "[[N:non_reporting|Her face told a different story]]. [[S|The champion]] [[C|insisted]] [[Q|that she was not disappointed with silver]].",
    "[[S|The tour guide]] [[C|explained]] [[Q|that the castle was built in 1320]]. [[N:non_reporting|The plaque by the door reads 1322]].",
    "[[N:non_reporting|Needless to say, the meeting overran]]. [[S|The convenor]] [[C|said]] [[Q|that a second session would be held next week]].",
]

ANNOUNCE: list[str] = [
    "[[S|The carmaker]] [[C|announced]] [[Q|that it would cut 2,000 jobs in Germany]]. It [[N:non_reporting|announced its quarterly results]] on the same day.",
    "[[N:non_reporting|Grentham Foods announced a merger with a Dutch rival on Monday]]. [[S|Its chief executive]] [[C|said]] [[Q|that no factories would close]].",
    "[[S|The university]] [[C|announced]] [[Q|that tuition fees would be frozen for a second year]]. [[N:non_reporting|It also announced the winners of its teaching prizes]].",
    "[[N:non_reporting|The festival announced its line-up for the summer]] on Tuesday. [[S|Organisers]] [[C|said]] [[Q|that ticket prices had not risen since last year]].",
    "[[S|The police]] [[C|announced]] [[Q|that the search for the missing walker had been called off]]. [[N:non_reporting|They announced a press conference for Thursday]].",
    "[[N:non_reporting|The government announced a £20m fund for rural bus routes]]. [[S|The transport secretary]] [[C|said]] [[Q|that the money would save at least forty services]].",
    "[[S|The league]] [[C|confirmed]] [[Q|that the final would be played in Leeds]]. [[N:non_reporting|It confirmed the date of the draw]] later that day.",
    "[[N:non_reporting|The airline announced new routes to Lisbon and Porto]]. [[S|A spokeswoman]] [[C|said]] [[Q|that flights would start in May]].",
    "[[S|The bishop]] [[C|announced]] [[Q|that he would retire at Easter]]. [[N:non_reporting|The diocese announced the dates of his farewell services]] a week later.",
    "[[N:non_reporting|The museum announced the reopening of its Egyptian galleries]]. [[S|Its director]] [[C|said]] [[Q|that visitor numbers had doubled since the refit]].",
]

EXPRESSIVE: list[str] = [
    "[[S|The rail company]] [[C|apologised]] [[Q|for the delays]]. [[S2|Its managing director]] [[C2|said]] [[Q2|that a faulty signal near Crewe was to blame]]. [[N:non_reporting|He thanked passengers for their patience]].",
    "[[S|The manager]] thanked the fans for their support, [[C|saying]] [[Q|that they had carried the team through a difficult season]]. [[N:non_reporting|He also thanked the groundstaff for their work]].",
    "[[N:non_reporting|The president congratulated the winner on her victory]]. [[S|He]] [[C|said]] [[Q|that the election had been free and fair]].",
    "[[S|Colleagues]] paid tribute to the nurse, [[C|describing]] [[Q|her as the heart of the ward]]. [[N:non_reporting|Hundreds paid their respects at her funeral]].",
    "[[N:non_reporting|The chief constable apologised to the family]]. [[S|She]] [[C|admitted]] [[Q|that officers had missed several chances to save him]].",
    "[[S|Rhodes]] apologised, [[C|saying]] [[Q|that his remarks had been clumsy and hurtful]]. [[N:non_reporting|He thanked the presenter for the chance to explain]].",
    "[[N:non_reporting|The mayor welcomed the delegation from Poznan]]. [[S|She]] [[C|said]] [[Q|that the twinning had brought the two cities closer]].",
    "[[N:non_reporting|The coach thanked his players for their effort]]. [[S|He]] [[C|added]] [[Q|that the defeat would make them stronger]].",
    "[[S|The company]] [[C|said]] [[Q|it was sorry for any distress its advertisement had caused]]. [[N:non_reporting|It apologised to customers]] in a letter.",
    "[[N:non_reporting|The queen congratulated the crew on their rescue of the fishermen]]. [[S|The lifeboat's coxswain]] [[C|said]] [[Q|that the sea had been the roughest he had seen]].",
]

POSITIONS: list[str] = [
    "[[S|The nurses' union]] [[C|called for]] [[Q|a pay rise of eight per cent]]. [[N:non_reporting|The recipe calls for two eggs and a cup of flour]].",
    "[[S|Campaigners]] [[C|argued for]] [[Q|a ban on fireworks sold to the public]]. [[N:non_reporting|The job calls for patience and a strong stomach]].",
    "[[S|The defeated candidate]] [[C|insisted on]] [[Q|a recount of the postal votes]]. [[N:non_reporting|She insisted on paying for the coffee]].",
    "[[S|Opposition MPs]] [[C|demanded]] [[Q|an inquiry into the contract]]. [[N:non_reporting|The situation demanded quick thinking from the crew]].",
    "[[S|The residents' association]] [[C|pressed for]] [[Q|speed bumps on Alder Lane]]. [[N:non_reporting|The weather pressed the organisers into moving the fair indoors]].",
    "[[S|Dr Nakamura]] [[C|appealed for]] [[Q|calm after the shooting]]. [[N:non_reporting|The case appealed to her sense of justice]].",
    "[[S|Farmers]] [[C|lobbied for]] [[Q|a delay to the new rules on fertiliser]]. [[N:non_reporting|The hall called for a new roof long before the storm]].",
    "[[S|The mayor]] [[C|urged]] [[Q|restraint]] as the protests grew. [[N:non_reporting|Hunger urged the climbers back down the mountain]].",
    "[[S|Trade bodies]] [[C|have called for]] [[Q|clearer guidance on the new tariffs]]. [[N:non_reporting|The firm called in administrators]] on Friday.",
    "[[S|The families]] [[C|argued for]] [[Q|a public inquiry rather than a private review]]. [[N:non_reporting|The evidence argues against a single cause]].",
]

PERCEPTION: list[str] = [
    "[[C|The court heard]] [[Q|that the defendant had lied about his income for a decade]]. His former partner [[U:perception|had heard that he was in debt]].",
    "[[C|The inquest was told]] [[Q|that the boy had complained of headaches for a week]]. His teachers [[U:perception|noticed that he was unusually quiet]].",
    "Neighbours [[U:perception|heard that the shop was closing]] weeks before any notice went up. [[S|The owner]] [[C|said]] [[Q|that rising rents had forced her out]].",
    "[[C|The tribunal heard]] [[Q|that the manager had called the driver lazy in front of colleagues]]. Other drivers [[U:perception|saw that he was upset]].",
    "[[S|Witnesses]] [[C|told]] police [[Q|they had seen a man running from the building]]. A neighbour [[U:perception|saw the man get into a red van]].",
    "Some parents [[U:perception|had heard that the teacher was leaving]]. [[S|The head]] [[C|confirmed]] [[Q|that she would move to a school in Norwich]].",
    "[[C|The hearing was told]] [[Q|that the ferry left port with a faulty door]]. Passengers [[U:perception|felt the ship list to one side]].",
    "[[S|The driver]] [[C|said]] [[Q|he heard a bang before the lorry swerved]]. Residents [[U:perception|heard the crash from half a mile away]].",
    "[[C|Jurors heard]] [[Q|that the money was never paid back]]. The victim's son [[U:perception|learned that his mother's savings had gone]] only after her death.",
    "[[S|The club doctor]] [[C|told]] the panel [[Q|that she had noticed the player limping]]. Spectators [[U:perception|noticed that he left the field early]].",
]

POLARITY: list[str] = [
    "[[S|The minister]] [[C|said]] [[Q|that the hospital would not close]]. [[N:negated|She never said that the maternity unit would stay open]].",
    "[[S|Yusuf]] [[C|denied]] [[Q|that he had taken the money]]. He [[N:negated|did not say where he had been on the night of the theft]].",
    "[[S|The actor]] [[C|denied ever saying]] [[Q|that the film was a waste of time]]. [[N:negated|Nobody at the studio said that it was]].",
    "[[S|The council]] [[C|said]] [[Q|it had not received any complaints about the noise]]. Had residents [[U:hypothetical|said that the noise kept them awake]], officers would have visited.",
    "[[S|Ms Fontaine]] [[C|insisted]] [[Q|she had not seen the email]]. She [[N:negated|did not claim that anyone else had deleted it]].",
    "[[S|The chief executive]] [[C|told]] staff [[Q|that no jobs were at risk]]. He [[N:negated|has never told them that their pay is safe]].",
    "Had the captain [[U:hypothetical|said that the engine was failing]], the crew would have abandoned ship. [[S|He]] [[C|told]] investigators [[Q|that he had not known]].",
    "[[S|The spokesman]] [[C|rejected]] [[Q|claims that the president was ill]]. [[N:negated|The president himself has not said anything about his health]].",
    "[[S|Halvorsen]] [[C|said]] [[Q|she was not aware of any wrongdoing]]. She [[N:negated|did not say that the audit had cleared the firm]].",
    "Even if [[U:hypothetical|the board says the deal is dead]], talks may continue. [[S|The chairman]] [[C|said]] [[Q|that he remained optimistic]].",
]

CHANTS: list[str] = [
    "[[N:slogan|Protesters chanted \u201cNo more cuts\u201d outside the town hall]]. [[S|One of the organisers]] [[C|said]] [[Q|that the library had been the last free space in town]].",
    "[[N:non_reporting|The crowd greeted the team with cries of \u201cChampions!\u201d]]. [[S|The captain]] [[C|said]]: [[Q|\u201cThis is the best day of my life.\u201d]]",
    "[[N:slogan|Marchers sang \u201cWe shall not be moved\u201d as they crossed the bridge]]. [[S|Police]] [[C|said]] [[Q|that the march had passed off peacefully]].",
    "[[S|The candidate]] [[C|told]] supporters [[Q|that the election was theirs to win]]. [[N:slogan|They chanted \u201cFour more years\u201d until she left the stage]].",
    "[[N:non_reporting|Fans waved banners reading \u201cSave our club\u201d]]. [[S|The chairman]] [[C|promised]] [[Q|that the ground would not be sold]].",
    "[[N:non_reporting|Children shouted \u201cHappy birthday!\u201d as the mayor cut the cake]]. [[S|She]] [[C|said]] [[Q|that the town's centenary was a time for pride]].",
    "[[S|Strikers]] [[C|told]] passing drivers [[Q|that the factory had not paid them since March]]. [[N:slogan|Their placards read \u201cFair pay now\u201d]].",
    "[[N:slogan|Students chanted \u201cFees must fall\u201d in the square]]. [[S|The vice-chancellor]] [[C|said]] [[Q|that the university could not afford a freeze]].",
    "[[S|The referee]] [[C|said]] [[Q|that the abuse from the stands had been the worst of his career]]. [[N:slogan|Away fans had sung \u201cYou don't know what you're doing\u201d throughout]].",
    "[[N:non_reporting|The hosts greeted their guests with a warm \u201cWelcome to Bristol\u201d]]. [[S|The visiting minister]] [[C|said]] [[Q|that trade between the cities had doubled]].",
]

BARE: list[str] = [
    "[[S|Health officials]] [[C|warned]] [[Q|the clinic could run out of vaccine by Friday]]. Doctors [[U:belief|feared the supply would not last the weekend]].",
    "[[S|The defendant]] [[C|told]] the court [[Q|the money was a loan from his uncle]]. The jury [[U:belief|seemed to doubt the uncle existed]].",
    "[[S|The coach]] [[C|conceded]] [[Q|his side had been second best for most of the game]]. Pundits [[U:belief|reckon the club will sack him]] by Christmas.",
    "[[S|Garcia]] [[C|insisted]] [[Q|the documents had been shredded by mistake]]. Detectives [[U:belief|suspect they were destroyed on purpose]].",
    "[[S|The firm]] [[C|acknowledged]] [[Q|several customers had been overcharged]]. The regulator [[U:finding|found more than 3,000 cases]].",
    "[[S|Residents]] [[C|complained]] [[Q|the new bins were too small for a family]]. A council survey [[U:finding|showed most households were content]].",
    "[[S|The forecaster]] [[C|warned]] [[Q|the storm would reach the coast overnight]]. [[U:forecast|Winds are expected to top 80mph]].",
    "[[S|The principal]] [[C|reminded]] parents [[Q|the school gates would close at nine sharp]]. Some [[U:belief|think the rule is too strict]].",
    "[[S|Engineers]] [[C|cautioned]] [[Q|the dam might not survive another wet winter]]. Locals [[U:belief|worry the village could be flooded]].",
    "[[S|The minister]] [[C|assured]] farmers [[Q|the subsidy would be paid in full]]. Many [[U:belief|doubt the treasury will agree]].",
    "[[S|Ortiz]] [[C|boasted]] [[Q|his restaurant served the best paella in the city]]. Critics [[U:belief|are unconvinced it does]].",
    "[[S|Union leaders]] [[C|predicted]] [[Q|the strike would close every port in the country]]. [[U:forecast|Shipping firms are likely to divert cargo to Rotterdam]].",
]

PASSAGES_B: list[tuple[str, list[str]]] = [
    ("documents", DOCUMENTS),
    ("senses", SENSES),
    ("announce", ANNOUNCE),
    ("expressive", EXPRESSIVE),
    ("positions", POSITIONS),
    ("perception", PERCEPTION),
    ("polarity", POLARITY),
    ("chants", CHANTS),
    ("bare", BARE),
]
