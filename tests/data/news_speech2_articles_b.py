"""Articles of the second news speech suite, part b: court, parliament, sport, science, council meeting.

Every name, place and event is invented. Markup: see ``make_news_speech2.py``.
"""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech2 import Article, Item

COURT = Article(
    id="ns2-court-fraud",
    style="court report, the jury heard, prosecutors alleged, UK single quotes",
    text="""
⟦n:headline|Care home boss ‘siphoned £2m to pay for yacht’, court hears⟧

⟦q16|A care home owner used money meant for elderly residents to buy a yacht and a villa in Portugal⟧, a jury ⟦c16|has heard⟧.

⟦s1|Prosecutors⟧ ⟦c1|allege⟧ ⟦q1|that Graham Stroud, 58, diverted more than £2 million from the accounts of Beechcroft Care between 2017 and 2022⟧.

Mr Stroud, of Hollins Lane, Keswick, denies 11 counts of fraud by abuse of position.

Opening the case at Carlisle Crown Court on Monday, ⟦s2|prosecutor Helen Marsh KC⟧ ⟦c2|told⟧ jurors: ⟦q2|‘This is a case about greed. While the residents of Beechcroft went without new mattresses and hot meals, the defendant was buying himself a 40ft motor cruiser.’⟧

⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|staff had complained repeatedly about shortages of basic supplies⟧. ⟦q4.1|‘One carer will tell you that she brought in towels from her own home,’⟧ ⟦s4|Ms Marsh⟧ ⟦c4|said⟧, ⟦q4.2|‘because there were none left in the laundry.’⟧

The jury ⟦c5|heard⟧ ⟦q5|that Mr Stroud described the payments in the company’s books as ‘consultancy fees’ and ‘maintenance’⟧.

⟦s6|Ms Marsh⟧ ⟦c6|said⟧ ⟦q6|an accountant who queried the entries in 2021 was told by Mr Stroud to ‘mind his own business’⟧.

⟦q7.1|‘He will say he was entitled to that money,’⟧ ⟦s7|she⟧ ⟦c7|told⟧ the court. ⟦q7.2|‘The prosecution says he was not, and that he knew he was not.’⟧

Giving evidence, ⟦s8|former deputy manager Lorraine Hale⟧ ⟦c8|said⟧ ⟦q8|that residents were sometimes given sandwiches for dinner because the kitchen budget had run out⟧.

⟦q9.1|‘I used to buy biscuits with my own money,’⟧ ⟦s9|she⟧ ⟦c9|said⟧. ⟦q9.2|‘I didn’t think anything of it at the time. I just thought the company was struggling.’⟧

⟦c10|Asked⟧ by ⟦s10|defence barrister Simon Achebe⟧ ⟦q10|whether she had ever raised her concerns with Mr Stroud directly⟧, ⟦s11|Mrs Hale⟧ ⟦c11|replied⟧: ⟦q11|‘I did, twice. He told me to stop being dramatic.’⟧

⟦s12|Mr Achebe⟧ ⟦c12|suggested⟧ ⟦q12|that the home’s finances had been damaged by the pandemic rather than by his client⟧. ⟦s13|Mrs Hale⟧ ⟦c13|said⟧ ⟦q13|she could not comment on the accounts⟧.

⟦s14|Judge Alan Pryce⟧ ⟦c14|told⟧ the jury ⟦q14|that the trial was expected to last four weeks⟧ and ⟦c15|warned⟧ them ⟦q15|not to research the case online⟧.

The trial continues.
""",
    items=[
        Item(1, "prosecutors", anonymous=True),
        Item(2, "Helen Marsh", titles=("prosecutor",)),
        Item(3, "Helen Marsh"),
        Item(4, "Helen Marsh"),
        Item(5, "prosecutors", src=0, anonymous=True),
        Item(6, "Helen Marsh"),
        Item(7, "Helen Marsh"),
        Item(8, "Lorraine Hale", titles=("former deputy manager",)),
        Item(9, "Lorraine Hale"),
        Item(10, "Simon Achebe", titles=("defence barrister",)),
        Item(11, "Lorraine Hale"),
        Item(12, "Simon Achebe", titles=("defence barrister",)),
        Item(13, "Lorraine Hale"),
        Item(14, "Alan Pryce", titles=("Judge",)),
        Item(15, "Alan Pryce", src=14),
        Item(16, "prosecutors", src=0, anonymous=True),
    ],
)

PARLIAMENT = Article(
    id="ns2-parliament-water",
    style="parliamentary report, told MPs, told the committee, double-split quotations",
    text="""
Water bosses grilled over sewage spills

⟦s1|The chief executive of Southmoor Water⟧ has apologised to MPs for a record number of sewage spills last year but ⟦c1|insisted⟧ ⟦q1|the company was “turning the corner”⟧.

Appearing before the environment select committee on Wednesday, ⟦s2|Clare Dunmore⟧ ⟦c2|told⟧ MPs ⟦q2|that the firm would spend £800m over five years upgrading storm overflows⟧.

⟦q3|“I am not here to make excuses,”⟧ ⟦s3|she⟧ ⟦c3|said⟧. ⟦q18.1|“The number of spills last year was unacceptable. I am sorry for it,”⟧ ⟦s18|she⟧ ⟦c18|went on⟧, ⟦q18.2|“and I want to be judged on what we do next.”⟧

The committee’s chair, ⟦s4|Labour MP Joanna Feld⟧, ⟦c4|said⟧ ⟦q4|customers had heard apologies before⟧.

⟦q5.1|“Your company paid out £40m in dividends in the same year that it discharged raw sewage into rivers for more than 20,000 hours,”⟧ ⟦s5|Ms Feld⟧ ⟦c5|told⟧ the witness. ⟦q5.2|“How do you justify that to a family who can no longer let their children paddle in the river?”⟧

⟦s7|Ms Dunmore⟧ ⟦c7|replied⟧ ⟦q7|that the dividends had been paid to pension funds and that the board had since agreed to suspend them⟧.

⟦s8|Conservative MP Rupert Lyle⟧ ⟦c8|asked⟧ ⟦q8|whether any executive had lost a bonus⟧. ⟦s9|Ms Dunmore⟧ ⟦c9|said⟧ ⟦q9|she had waived hers but that other directors had received theirs “in line with their contracts”⟧.

Earlier the committee heard from campaigners. ⟦q11|“The rivers are dying and the regulator is asleep at the wheel,”⟧ ⟦s11|Tom Greaves of the group Clean Rivers Now⟧ ⟦c11|told⟧ the committee.

⟦s12|The regulator, Ofwat⟧, ⟦c12|said⟧ in written evidence ⟦q12|that it had opened an investigation into Southmoor in March⟧. ⟦c13|According to⟧ ⟦s13|the submission⟧, ⟦q13|the company faces a possible fine of up to 10% of its annual turnover⟧.

In the Commons later, ⟦s14|Environment Secretary Mark Holt⟧ ⟦c14|told⟧ MPs: ⟦q14|“The era of water companies polluting with impunity is over.”⟧ ⟦s15|He⟧ ⟦c15|said⟧ ⟦q15|new legislation giving the regulator power to ban bonuses would be introduced before the summer⟧.

⟦s16|Opposition spokesman Dev Khanna⟧ ⟦c16|dismissed⟧ ⟦q16|the announcement as “too little, too late”⟧ and ⟦c17|said⟧ ⟦q17|ministers had been warned about overflows for a decade⟧.

The committee is expected to publish its report in the autumn.
""",
    items=[
        Item(1, "Clare Dunmore", titles=("The chief executive of Southmoor Water",)),
        Item(2, "Clare Dunmore"),
        Item(3, "Clare Dunmore"),
        Item(4, "Joanna Feld", titles=("The committee’s chair", "Labour MP")),
        Item(5, "Joanna Feld"),
        Item(7, "Clare Dunmore"),
        Item(8, "Rupert Lyle", titles=("Conservative MP",)),
        Item(9, "Clare Dunmore"),
        Item(11, "Tom Greaves"),
        Item(12, "Ofwat", relation="wrote", titles=("The regulator",)),
        Item(13, "Ofwat", relation="according_to"),
        Item(14, "Mark Holt", titles=("Environment Secretary",)),
        Item(15, "Mark Holt"),
        Item(16, "Dev Khanna", titles=("Opposition spokesman",)),
        Item(17, "Dev Khanna", src=16),
        Item(18, "Clare Dunmore"),
    ],
)

SPORT = Article(
    id="ns2-sport-derby",
    style="match report, post-match quotes, said the 34-year-old, inversions",
    text="""
Rovers snatch late derby win as Okoro double sinks City

Ashvale Rovers 2 Ashvale City 1

Substitute Femi Okoro scored twice in the last ten minutes as Rovers came from behind to win the Ashvale derby for the first time in four years.

City had led through Marco Ilić’s first-half header and looked comfortable until Okoro, on for the injured Dan Pyle, turned the game.

⟦q1.1|“I’ve been waiting all season for a night like this,”⟧ ⟦c1|said⟧ ⟦s1|the 24-year-old⟧, who had not scored since August. ⟦q1.2|“The gaffer told me to go on and be brave, and that’s what I did.”⟧

Rovers manager ⟦s3|Steve Kettle⟧ ⟦c3|admitted⟧ ⟦q3|his side had been “second best for an hour”⟧.

⟦q4.1|“At half-time I told them: ‘You’re playing like you’re scared of them,’”⟧ ⟦s4|Kettle⟧ ⟦c4|said⟧. ⟦q4.2|“In the second half we were ourselves again. The fans dragged us over the line.”⟧

⟦s5|He⟧ ⟦c5|said⟧ ⟦q5|Pyle had suffered a hamstring injury and was likely to miss the next three matches⟧.

City boss Andy Ferris was furious with the referee’s decision to award Rovers’ winning goal, which ⟦s6|he⟧ ⟦c6|claimed⟧ ⟦q6|should have been ruled out for a foul on his goalkeeper⟧.

⟦q7.1|“It’s a clear push. Everyone in the ground saw it apart from the one man who matters,”⟧ ⟦c7|said⟧ ⟦s7|Ferris⟧. ⟦q7.2|“I’ll be asking for an explanation, not that I’ll get one.”⟧

⟦q15.1|“We were poor,”⟧ ⟦s15|Ferris⟧ ⟦c15|said⟧, ⟦q15.2|“really poor,”⟧ he repeated, ⟦q15.3|“and I won’t defend it.”⟧

Asked whether his side had let the lead slip, ⟦s9|he⟧ ⟦c9|said⟧: ⟦q9|“We stopped playing. That’s on me and that’s on the players. We don’t get to blame anyone else for that.”⟧

City captain Jonny Bale, 34, was more philosophical. ⟦q10|“Derbies are like that. You can’t switch off for a second,”⟧ ⟦c10|said⟧ ⟦s10|the 34-year-old⟧, who was making his 400th appearance for the club.

The win lifts Rovers to sixth, two points off the play-off places. ⟦c11|According to⟧ ⟦s11|the club⟧, ⟦q11|the crowd of 21,402 was the biggest at the Mill Lane ground since it was redeveloped⟧.

⟦s12|A spokesman for the league⟧ ⟦c12|said⟧ ⟦q12|it would review footage of the winning goal as a matter of routine but that the referee’s decision was final⟧.

Okoro, meanwhile, was already looking ahead. ⟦q14.1|“Saturday,”⟧ ⟦s14|he⟧ ⟦c14|said⟧, grinning, ⟦q14.2|“I want to start.”⟧
""",
    items=[
        Item(1, "Femi Okoro"),
        Item(3, "Steve Kettle", titles=("Rovers manager",)),
        Item(4, "Steve Kettle"),
        Item(5, "Steve Kettle"),
        Item(6, "Andy Ferris", titles=("City boss",)),
        Item(7, "Andy Ferris"),
        Item(9, "Andy Ferris"),
        Item(10, "Jonny Bale", titles=("City captain",)),
        Item(11, "Ashvale Rovers", relation="according_to"),
        Item(12, "a spokesman for the league", anonymous=True),
        Item(14, "Femi Okoro"),
        Item(15, "Andy Ferris"),
    ],
)

SCIENCE = Article(
    id="ns2-science-sleep",
    style="science news, the study's lead author said, according to the paper, outside experts",
    text="""
Teenagers who use phones after midnight sleep an hour less, study finds

Teenagers who use their phones after midnight get on average an hour less sleep a night than those who put them away, researchers have found.

The study, published on Thursday in the journal Sleep Health Reports, followed 3,200 pupils aged 13 to 17 at 40 schools in Norway and Scotland for two years.

⟦q1|Pupils who reported using a phone in bed after midnight at least four nights a week slept for an average of 6 hours and 50 minutes⟧, ⟦c1|according to⟧ ⟦s1|the paper⟧, compared with 7 hours and 55 minutes for those who did not.

⟦q2.1|"The size of the effect surprised us,"⟧ ⟦c2|said⟧ ⟦s2|the study's lead author, Dr Ingrid Solberg⟧ of the University of Bergen. ⟦q2.2|"An hour a night is the difference between a rested brain and a chronically tired one."⟧

⟦s3|Dr Solberg⟧ ⟦c3|said⟧ ⟦q3|the team had controlled for factors such as household income, caffeine intake and the time pupils had to get up for school⟧. ⟦s4|She⟧ ⟦c4|stressed⟧, however, ⟦q4|that the study showed an association and could not prove that phones caused the lost sleep⟧.

⟦q5.1|"It may be that teenagers who already sleep badly reach for their phones,"⟧ ⟦s5|she⟧ ⟦c5|said⟧. ⟦q5.2|"We need trials to answer that."⟧

⟦s6|The authors⟧ ⟦c6|write⟧ ⟦q6|that schools could consider later start times — a policy some US states have adopted — and that parents should be "gently firm" about screens in bedrooms⟧.

Outside experts welcomed the research but urged caution. ⟦s8|Professor Mark Ellery⟧, a sleep scientist at King's College London who was not involved in the study, ⟦c8|said⟧: ⟦q8|"This is a large, careful study, and the findings fit with what we see in the clinic. But self-reported sleep is notoriously unreliable. I'd like to see the same result with wearable trackers."⟧

⟦s9|Dr Nadia Karim⟧, of the Royal College of Paediatrics, ⟦c9|said⟧ ⟦q9|the study added to "a mountain of evidence" that screens and sleep did not mix⟧.

⟦s10|A spokesperson for Tellon⟧, which makes the best-selling phone among teenagers in both countries, ⟦c10|said⟧ ⟦q10|its devices already included a night mode and parental controls and that it "takes the wellbeing of young users seriously"⟧.

The researchers plan a follow-up study in which half of the pupils will be asked to leave their phones outside their bedrooms for a month.

⟦q12|"If their sleep goes up and their grades go up, that's a powerful message,"⟧ ⟦s12|Dr Solberg⟧ ⟦c12|said⟧.
""",
    items=[
        Item(1, "Sleep Health Reports paper", relation="according_to"),
        Item(2, "Ingrid Solberg", titles=("the study's lead author",)),
        Item(3, "Ingrid Solberg"),
        Item(4, "Ingrid Solberg"),
        Item(5, "Ingrid Solberg"),
        Item(6, "the authors", relation="wrote", anonymous=True),
        Item(
            8, "Mark Ellery", titles=("a sleep scientist at King's College London who was not involved in the study",)
        ),
        Item(9, "Nadia Karim"),
        Item(10, "a spokesperson for Tellon", anonymous=True),
        Item(12, "Ingrid Solberg"),
    ],
)

COUNCIL = Article(
    id="ns2-council-parking",
    style="local news, council meeting, residents, reported speech without that",
    text="""
Councillors back seafront parking charges despite traders' anger

Plans to charge for parking on Brinmouth seafront all year round were approved by the district council on Tuesday night, after a heated meeting at the town hall.

About 60 residents and business owners packed the public gallery. Several were applauded when they spoke against the scheme, and at one point the chairman threatened to clear the room.

Under the plans, motorists will pay £2 an hour between 8am and 8pm, including in winter, when parking has been free since the 1990s.

⟦s1|Cabinet member for transport Linda Hargreaves⟧ ⟦c1|said⟧ ⟦q1|the council faced a £3.4m gap in its budget next year and had "no painless options left"⟧.

⟦q2.1|"Nobody on this council wants to do this,"⟧ ⟦s2|she⟧ ⟦c2|said⟧. ⟦q2.2|"But the alternative is closing the library or cutting the bin collections, and I'm not prepared to do either."⟧

⟦s3|She⟧ ⟦c3|told⟧ the meeting ⟦q3|the charges would raise about £400,000 a year⟧.

⟦s4|Gary Penrose⟧, who runs a café on the promenade, ⟦c4|said⟧ ⟦q4|winter trade was already "hanging by a thread"⟧. ⟦q5|"People come down for a walk and a coffee. If they have to pay two quid to park, they'll go to the retail park instead, where it's free,"⟧ ⟦s5|he⟧ ⟦c5|told⟧ councillors.

⟦s6|Opposition councillor Sue Akintola⟧ ⟦c6|accused⟧ ⟦q6|the cabinet of "balancing the books on the backs of small businesses"⟧. ⟦s7|She⟧ ⟦c7|said⟧ ⟦q7|a petition against the charges had gathered more than 2,500 signatures in a fortnight⟧.

⟦s8|Brinmouth Chamber of Trade⟧ ⟦c8|said⟧ after the vote ⟦q8|it was "deeply disappointed" and would ask the council to review the scheme after six months⟧.

⟦s9|Residents⟧ also ⟦c9|raised⟧ ⟦q9|concerns that drivers would park in nearby residential streets to avoid the charges⟧. ⟦s10|Council officers⟧ ⟦c10|said⟧ ⟦q10|they would monitor the situation and could introduce permit zones if needed⟧.

⟦s11|Council leader Peter Vaughan⟧ ⟦c11|said⟧: ⟦q11|"We have listened. We have listened for months. But at some point we have to make a decision, and tonight we have made it."⟧

The motion was passed by 22 votes to 17, with two abstentions.

The charges are expected to come into force in April. ⟦c12|According to⟧ ⟦s12|a council report⟧, ⟦q12|new ticket machines that take card payments will cost about £90,000⟧.

⟦s13|One woman in the gallery⟧ ⟦c13|shouted⟧ ⟦q13|"Shame on you"⟧ as councillors left the chamber.
""",
    items=[
        Item(1, "Linda Hargreaves", titles=("Cabinet member for transport",)),
        Item(2, "Linda Hargreaves"),
        Item(3, "Linda Hargreaves"),
        Item(4, "Gary Penrose", titles=("who runs a café on the promenade",)),
        Item(5, "Gary Penrose"),
        Item(6, "Sue Akintola", titles=("Opposition councillor",)),
        Item(7, "Sue Akintola"),
        Item(8, "Brinmouth Chamber of Trade"),
        Item(9, "residents", anonymous=True),
        Item(10, "council officers", anonymous=True),
        Item(11, "Peter Vaughan", titles=("Council leader",)),
        Item(12, "district council", relation="according_to"),
        Item(13, "one woman in the gallery", anonymous=True),
    ],
)

ARTICLES = [COURT, PARLIAMENT, SPORT, SCIENCE, COUNCIL]
