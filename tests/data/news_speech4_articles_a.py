"""Articles 1-4 of the fourth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech4 import Article, Item

COURT = Article(
    "ns4-court-fraud",
    "court report: UK curly single quotes, nested doubles, prosecutor and judge, reported speech without that",
    """\
⟦n1|Care home owner ‘stole from residents to fund holidays’⟧

⟦q13|A care home owner took more than £90,000 from the savings of elderly residents and spent much of it on cruises and a sports car⟧, a jury at Harrowgate Crown Court ⟦c13|heard⟧ yesterday.

Bernard Quayle, 58, who ran the Linden Lodge home in Fellbridge for eleven years, denies nine counts of fraud by abuse of position.

Opening the case for the prosecution, ⟦s1|Miriam Okonjo KC⟧ ⟦c1|told⟧ jurors ⟦q1|that Mr Quayle had treated the residents’ bank accounts “as if they were his own current account”⟧.

⟦q2|‘These were people in their eighties and nineties, some of whom could no longer read a bank statement,’⟧ ⟦s2|she⟧ ⟦c2|said⟧. ⟦q2|‘He knew that. He counted on it.’⟧

⟦s3|Ms Okonjo⟧ ⟦c3|said⟧ ⟦q3|the money had been moved in small amounts over four years so that relatives would not notice⟧. ⟦q4|One resident, a retired schoolteacher, was charged for a new wheelchair that was never bought⟧, ⟦c4|according to⟧ ⟦s4|the prosecution⟧.

The court ⟦c14|heard⟧ ⟦q14|that the thefts came to light when the daughter of one resident asked to see her mother’s statements⟧. ⟦s5|She⟧ later ⟦c5|told⟧ police ⟦q5|that Mr Quayle had become “flustered and rude” when she raised the matter⟧.

⟦s6|Mr Quayle⟧ ⟦c6|claims⟧ ⟦q6|the payments were fees agreed with families for extra care⟧. ⟦s7|His barrister, Dominic Fyfe,⟧ ⟦c7|said⟧ ⟦q7|his client had kept “sloppy records, not criminal ones”⟧.

⟦q8|‘You will hear that the paperwork in this home was a mess,’⟧ ⟦s8|Mr Fyfe⟧ ⟦c8|told⟧ the jury. ⟦q8|‘A mess is not a crime. You may think it is a reason to sack a manager, but it is not a reason to send a man to prison.’⟧

⟦s16|Judge Caroline Astbury⟧ ⟦c16|warned⟧ jurors ⟦q16|not to research the case online⟧. ⟦q9|‘You must decide this case on the evidence you hear in this room and nothing else,’⟧ ⟦s9|she⟧ ⟦c9|said⟧.

The jury was also shown a brochure for a Mediterranean cruise found in the defendant’s office, with the words ⟦n2|‘our treat’⟧ written across the cover in biro. ⟦s15|The prosecution⟧ ⟦c15|says⟧ ⟦q15|the cruise cost £7,400⟧.

⟦s10|A former care assistant at the home⟧, giving evidence from behind a screen, ⟦c10|said⟧ ⟦q10|that residents were sometimes left without clean bedding for days⟧. ⟦q11|‘We were told there was no money for laundry,’⟧ ⟦s11|she⟧ ⟦c11|said⟧. ⟦q11|‘Then he turned up in a new car.’⟧

⟦c17|Asked⟧ by ⟦s17|Mr Fyfe⟧ ⟦q17|whether she had ever complained to the owner directly⟧, ⟦s12|the witness⟧ ⟦c12|replied⟧: ⟦q12|‘Once. He told me to mind my own business.’⟧

The trial, expected to last three weeks, continues.
""",
    [
        Item(1, "Miriam Okonjo", titles=("KC",)),
        Item(2, "Miriam Okonjo"),
        Item(3, "Miriam Okonjo"),
        Item(4, "the prosecution", "according_to"),
        Item(5, "the daughter of one resident"),
        Item(6, "Bernard Quayle"),
        Item(7, "Dominic Fyfe", titles=("His barrister",)),
        Item(8, "Dominic Fyfe"),
        Item(9, "Caroline Astbury", titles=("Judge",)),
        Item(10, "A former care assistant", anonymous=True),
        Item(11, "A former care assistant", anonymous=True),
        Item(12, "A former care assistant", anonymous=True),
        Item(13, "the prosecution", anonymous=True),
        Item(14, "the prosecution", anonymous=True),
        Item(15, "the prosecution", anonymous=True),
        Item(16, "Caroline Astbury"),
        Item(17, "Dominic Fyfe"),
    ],
    {1: "headline", 2: "non_reporting"},
)

INQUEST = Article(
    "ns4-inquest-cyclist",
    "inquest: straight double quotes, coroner's conclusion, written statement read out, 'Asked whether'",
    """\
Cyclist died after lorry turned across his path, inquest hears

⟦q14|A cyclist who was killed at a busy junction in Ostley died after a lorry driver turned left without seeing him⟧, an inquest has ⟦c14|heard⟧.

Tomasz Wielgosz, 34, a hospital porter, was riding to work along Canal Road on the morning of March 3 when he was struck by a tipper lorry at the junction with Mill Street.

In a statement read to the inquest, ⟦s1|his partner, Hannah Reeve,⟧ ⟦c1|described⟧ him as ⟦q1|"the kindest, most stubborn man I ever met"⟧. ⟦q2|"He cycled because he loved it, not because he had to,"⟧ ⟦s2|she⟧ ⟦c2|wrote⟧. ⟦q2|"He was careful. He wore the bright jacket every single day."⟧

⟦s3|The driver of the lorry, Colin Ashdown,⟧ ⟦c3|told⟧ the hearing ⟦q3|he had checked his mirrors twice before turning⟧. ⟦q4|"I never saw him. I have gone over it a thousand times and I never saw him,"⟧ ⟦s4|he⟧ ⟦c4|said⟧.

⟦s5|PC Gareth Lyle, a collision investigator,⟧ ⟦c5|said⟧ ⟦q5|that the lorry had a blind spot on its nearside that a cyclist could occupy for several seconds⟧. ⟦s6|He⟧ ⟦c6|said⟧ ⟦q6|the vehicle was fitted with an extra mirror but not with a camera or a sensor, which were not required for a lorry of its age⟧.

⟦c15|Asked⟧ by ⟦s15|the coroner⟧ ⟦q15|whether a sensor would have made a difference⟧, ⟦s7|PC Lyle⟧ ⟦c7|said⟧: ⟦q7|"It would have given the driver an audible warning. Whether he could have stopped in time, I cannot say."⟧

⟦s8|Mr Wielgosz's sister, Agata,⟧ ⟦c8|asked⟧ ⟦q8|why the junction had not been changed after two earlier crashes there⟧. ⟦s9|A council highways officer⟧ ⟦c9|said⟧ ⟦q9|a redesign had been approved last year but was waiting for funding⟧.

Recording a conclusion of death by road traffic collision, ⟦s10|the senior coroner for North Ostley, Deborah Marr,⟧ ⟦c10|said⟧ ⟦q10|she would write to the Department for Transport about sensors on older lorries⟧.

⟦q11|"This junction has now claimed a life,"⟧ ⟦s11|she⟧ ⟦c11|said⟧. ⟦q11|"I am not satisfied that waiting for a budget is a proper answer to that."⟧

Outside the hearing, ⟦s12|Ms Reeve⟧ ⟦c12|said⟧ ⟦q12|the family would keep campaigning for the junction to be redesigned⟧. A memorial ride in Mr Wielgosz's name is planned for next month; organisers have called it ⟦n1|"Tomek's Ride"⟧, after the name his friends knew him by.

⟦s13|The haulage firm that employed Mr Ashdown⟧ ⟦c13|said⟧ in a statement ⟦q13|that it had since fitted sensors to all of its vehicles⟧.
""",
    [
        Item(1, "Hannah Reeve", "statement", titles=("his partner",)),
        Item(2, "Hannah Reeve", "statement"),
        Item(3, "Colin Ashdown"),
        Item(4, "Colin Ashdown"),
        Item(5, "Gareth Lyle", titles=("PC", "a collision investigator")),
        Item(6, "Gareth Lyle"),
        Item(7, "Gareth Lyle"),
        Item(8, "Agata Wielgosz"),
        Item(9, "A council highways officer", anonymous=True),
        Item(10, "Deborah Marr", titles=("the senior coroner for North Ostley",)),
        Item(11, "Deborah Marr"),
        Item(12, "Hannah Reeve"),
        Item(13, "The haulage firm", "statement"),
        Item(14, "the witnesses", anonymous=True),
        Item(15, "Deborah Marr"),
    ],
    {1: "title"},
)

FOOTBALL = Article(
    "ns4-football-derby",
    "sports: match report, post-match quotes in straight doubles, 'said X' inversions, a chant and a nickname",
    """\
Late Marlow header settles a bad-tempered derby

Ferris Marlow's header four minutes from time gave Castleford Athletic a 2-1 win over Brackley Town on Saturday, and ended a run of six derbies without a victory.

The home side fell behind when Kwame Asante turned in a low cross on 22 minutes, and the away end began chanting ⟦n1|"Going down, going down"⟧ long before half-time. Luca Benedetti's deflected shot levelled it early in the second half.

Then, with the game heading for a draw, Marlow rose above two defenders to meet a corner from Jonny Peel.

⟦q1|"I just closed my eyes and hoped,"⟧ ⟦c1|said⟧ ⟦s1|Marlow⟧, who had not scored since October. ⟦q1|"The gaffer said at half-time that somebody would get a chance from a set piece. I'm glad it was me."⟧

⟦s2|Castleford manager Sue Haverford⟧ ⟦c2|said⟧ ⟦q2|her team had been "second best for forty minutes" and had only found their rhythm after she changed the shape⟧.

⟦q3|"We were too nervous,"⟧ ⟦s3|she⟧ ⟦c3|said⟧. ⟦q3|"Derbies do that to you. But the response in the second half was everything I want from this group."⟧

Haverford also praised the supporters. ⟦s4|She⟧ ⟦c4|said⟧ ⟦q4|they had "dragged the players over the line"⟧.

Brackley had defender Owen Tully sent off in stoppage time for a second booking, and their manager, Dean Corrigan, was not happy about the corner that led to the winner.

⟦q5|"It was never a corner. Everyone in the ground saw it come off their man,"⟧ ⟦s5|Corrigan⟧ ⟦c5|told⟧ reporters. ⟦q5|"I'm not going to say any more about the referee, because I'll get fined, but you can draw your own conclusions."⟧

⟦s6|He⟧ ⟦c6|said⟧ ⟦q6|Tully would not appeal the red card⟧.

The win lifts Castleford to ninth. Marlow, known in the dressing room as ⟦n2|"The Lighthouse"⟧ because of his height, was mobbed by supporters at the final whistle.

⟦s7|Peel⟧, whose corner set up the goal, ⟦c7|said⟧ ⟦q7|that the players had practised the routine "about a hundred times" on Thursday⟧. ⟦q8|"Ferris gets angry if you don't put it on his head,"⟧ ⟦s8|he⟧ ⟦c8|joked⟧.

Castleford travel to Denholme next Saturday. Brackley, who are without a win in five, host the league leaders on Tuesday.

⟦q9|"We have to stick together now,"⟧ ⟦c9|said⟧ ⟦s9|Asante⟧. ⟦q9|"Nobody outside this club expects anything from us, and that is fine."⟧

⟦q10|Attendance was 11,204⟧, ⟦c10|according to⟧ ⟦s10|the club⟧.
""",
    [
        Item(1, "Ferris Marlow"),
        Item(2, "Sue Haverford", titles=("Castleford manager",)),
        Item(3, "Sue Haverford"),
        Item(4, "Sue Haverford"),
        Item(5, "Dean Corrigan", titles=("their manager",)),
        Item(6, "Dean Corrigan"),
        Item(7, "Jonny Peel"),
        Item(8, "Jonny Peel"),
        Item(9, "Kwame Asante"),
        Item(10, "Castleford Athletic", "according_to"),
    ],
    {1: "slogan", 2: "nickname"},
)

EARNINGS = Article(
    "ns4-earnings-retailer",
    "business: earnings, analysts quoted by name and firm, a company statement with a colon, a research note",
    """\
Pellham & Reid shares slide as winter sales disappoint

Shares in department store group Pellham & Reid fell 14 per cent on Wednesday after the retailer cut its profit forecast for the second time in three months, blaming a mild winter and cautious shoppers.

The company now expects pre-tax profit of between £41m and £45m for the year, down from a previous range of £52m to £58m.

In a statement, ⟦s1|the group⟧ ⟦c1|said⟧: ⟦q1|"Trading in the key winter weeks was below our expectations, particularly in coats, boots and home furnishings. We have taken decisive action on costs and enter the new year with clean stock."⟧

⟦s2|Chief executive Rowena Blythe⟧ ⟦c2|said⟧ ⟦q2|the business had "held its nerve" on discounting and would not chase sales at the expense of margins⟧. ⟦q3|"We could have bought market share with a blizzard of promotions,"⟧ ⟦s3|she⟧ ⟦c3|told⟧ analysts on a conference call. ⟦q3|"That is not the business we want to be."⟧

Analysts were less forgiving. ⟦s4|Neil Castellano, a retail analyst at Fenwick Hale,⟧ ⟦c4|said⟧ ⟦q4|the second warning pointed to deeper problems than the weather⟧.

⟦q5|"You can blame the weather once,"⟧ ⟦s5|he⟧ ⟦c5|said⟧. ⟦q5|"Twice in a quarter starts to look like a strategy problem."⟧

In a note to clients, ⟦s6|analysts at Brightwater Securities⟧ ⟦c6|wrote⟧ ⟦q6|that the group's online sales had grown more slowly than those of its rivals for six quarters in a row⟧, and cut their price target to 180p. ⟦s8|The note⟧ ⟦c8|described⟧ the group's stores as ⟦q8|"too big, too many and in the wrong places"⟧.

Others were more patient. ⟦q9|"The balance sheet is strong and there is no debt to speak of,"⟧ ⟦c9|said⟧ ⟦s9|Priya Venkataraman, who manages a fund that holds the shares⟧. ⟦q9|"I would rather they protect the margin than give it away. This is a story that will take two or three years."⟧

⟦s10|⟦s11|The company⟧⟧ ⟦c10|said⟧ ⟦q10|it would close eight of its 61 stores when their leases end⟧ and ⟦c11|confirmed⟧ ⟦q11|that about 400 jobs were at risk⟧. ⟦s12|The shopworkers' union Usdaw⟧ ⟦c12|said⟧ ⟦q12|it would seek urgent talks⟧.

⟦q13|Pellham & Reid's shares have lost more than a third of their value this year⟧, ⟦c13|according to⟧ ⟦s13|market data⟧.

The group will report full-year results in April.
""",
    [
        Item(1, "Pellham & Reid", "statement"),
        Item(2, "Rowena Blythe", titles=("Chief executive",)),
        Item(3, "Rowena Blythe"),
        Item(4, "Neil Castellano", titles=("a retail analyst at Fenwick Hale",)),
        Item(5, "Neil Castellano"),
        Item(6, "analysts at Brightwater Securities", "wrote"),
        Item(8, "analysts at Brightwater Securities", "wrote"),
        Item(9, "Priya Venkataraman"),
        Item(10, "Pellham & Reid"),
        Item(11, "Pellham & Reid"),
        Item(12, "Usdaw"),
        Item(13, "market data", "according_to"),
    ],
    {},
)

ARTICLES = [COURT, INQUEST, FOOTBALL, EARNINGS]
