"""Articles 1-5 of the seventh news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech7 import Article, Item

CUP_FINAL = Article(
    "ns7-cup-final-preview",
    "UK local sports preview: byline, a quotation opening a paragraph whose speaker comes in the next sentence ('That was the verdict of ...'), 'told the Gazette by phone', a caption quoting the coach, a READ MORE teaser",
    """\
Harbour City ⟦n1|‘ready for anything’⟧ ahead of county cup final

By Mel Travers, Sports Reporter

⟦q1|‘We are ready.’⟧ That was the ⟦c1|verdict⟧ of ⟦s1|Harbour City coach Femi Okonjo⟧ on the eve of Saturday’s county cup final against Westbridge Athletic, a side that beat his team twice in the league this season.

⟦q2|‘The boys have been on the training pitch every night this week,’⟧ ⟦s2|Okonjo⟧ ⟦c2|said⟧. ⟦q2|‘Nobody has had to be asked. That tells you everything about the mood in the dressing room.’⟧

⟦n2|Femi Okonjo watches training at Marsh Lane on Tuesday: ‘We owe the fans one.’ Picture: Kit Lambert⟧

Captain ⟦s3|Lewis Ardagh⟧, who missed the semi-final with an ankle injury, ⟦c3|told⟧ the Gazette by phone ⟦q3|that the ankle had ‘held up fine’ in Thursday’s session and that he expected to start⟧.

⟦q4|‘I’ve had worse knocks falling off my bike,’⟧ ⟦s4|he⟧ ⟦c4|said⟧. ⟦q4|‘If the physio says go, I go.’⟧

⟦n3|READ MORE: ‘I cried for a week’ — Westbridge keeper on the injury that nearly ended his career⟧

⟦q5|‘Nothing is decided before a ball is kicked.’⟧ Those were the ⟦c5|words⟧ of ⟦s5|Westbridge manager Carys Bellamy⟧, speaking at her club’s media day on Wednesday, when she was asked whether the two league wins made her side favourites.

⟦q6|‘Cup finals are their own thing,’⟧ ⟦s6|Bellamy⟧ ⟦c6|added⟧. ⟦q6|‘You can throw the form book in the harbour.’⟧

⟦s7|She⟧ ⟦c7|confirmed⟧ ⟦q7|that striker Danny Rusk would miss the match after picking up a fifth yellow card⟧, and ⟦c8|said⟧ ⟦q8|the decision on who replaced him would be made ‘on the morning, not before’⟧.

Rusk, known on the terraces as ⟦n4|‘the Postman’⟧ because he always delivers, has scored 21 goals this season.

⟦n5|Okonjo is hoping that a crowd of more than 3,000 will make the trip to the County Ground⟧, which would be a record for the final.

⟦s9|The county football association⟧ ⟦c9|said⟧ ⟦q9|that 2,400 tickets had been sold by Friday lunchtime and that the rest would be on sale at the gate⟧.

⟦q10|‘Whatever happens, this group has given me the best season of my life,’⟧ ⟦c10|said⟧ ⟦s10|Okonjo⟧. ⟦q10|‘I just want one more day out of them.’⟧

Kick-off is at 3pm. ⟦q11|Parking at the ground will be limited⟧, ⟦c11|according to⟧ ⟦s11|the organisers⟧, who have laid on buses from the railway station.
""",
    [
        Item(1, "Femi Okonjo"),
        Item(2, "Femi Okonjo"),
        Item(3, "Lewis Ardagh", chain=(("Gazette", "told"),)),
        Item(4, "Lewis Ardagh"),
        Item(5, "Carys Bellamy"),
        Item(6, "Carys Bellamy"),
        Item(7, "Carys Bellamy"),
        Item(8, "Carys Bellamy"),
        Item(9, "county football association"),
        Item(10, "Femi Okonjo"),
        Item(11, "the organisers", relation="according_to"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "caption",  # a picture caption quoting the coach
        3: "teaser",  # a READ MORE link to another story
        4: "nickname",  # a player's nickname
        5: "non_reporting",  # a hope
    },
)

PORT_STRIKE = Article(
    "ns7-wire-port-strike",
    "wire: dateline, 'said by phone', 'said in an email', 'in a telephone interview', a union and an employer, reported speech with and without 'that', a refusal",
    """\
Dockworkers walk out at Port Caldera as pay talks collapse

PORT CALDERA, March 4 (Newswire) — ⟦q1|Dockworkers at Port Caldera, the busiest container terminal on the southern coast, walked out on Tuesday after talks over a new pay deal broke down, leaving more than 40 ships waiting at anchor⟧, ⟦s1|their union⟧ ⟦c1|said⟧.

⟦s2|The Caldera Harbour Workers’ Union⟧ ⟦c2|said⟧ ⟦q2|the strike would last at least 72 hours⟧ and ⟦c3|warned⟧ ⟦q3|that further stoppages would follow if the terminal operator did not improve its offer of a 4 percent rise⟧.

⟦q4|“We have been patient for eleven months,”⟧ ⟦s4|union secretary Ignacio Varela⟧ ⟦c4|said⟧ by phone from the picket line. ⟦q4|“Patience does not pay rent.”⟧

⟦s5|Varela⟧ ⟦c5|said⟧ ⟦q5|inflation had eaten more than a tenth of his members’ wages since the last agreement⟧ and ⟦q5|that crane operators were working twelve-hour shifts to clear a backlog left by last year’s storms⟧.

⟦s6|CalTerm⟧, which runs the terminal under a 30-year concession, ⟦c6|said⟧ in an email ⟦q6|that its offer was “fair and generous” and that it had kept the talks open⟧.

⟦q7|“We regret that the union has chosen to disrupt trade at a difficult moment for the regional economy,”⟧ ⟦s7|the company⟧ ⟦c7|said⟧ in the email, which was signed by its director of operations, Paulo Mendes.

Mendes ⟦n1|did not respond to questions about whether the company would hire temporary crews⟧.

In a telephone interview, ⟦s8|⟦s9|Transport Minister Alicia Sandoval⟧⟧ ⟦c8|said⟧ ⟦q8|the government would not intervene “at this stage”⟧ but ⟦c9|urged⟧ both sides ⟦q9|to return to the table before the end of the week⟧.

⟦q10|“Every day a ship waits outside, somebody’s shelves are emptier,”⟧ ⟦s10|she⟧ ⟦c10|said⟧.

⟦s11|Shipping agents⟧ ⟦c11|said⟧ ⟦q11|that at least six vessels had already been diverted to Puerto Blanco, about 300 km to the north⟧. ⟦q12|Waiting times for a berth had reached four days on Tuesday evening⟧, ⟦c12|according to⟧ ⟦s12|port authority data⟧.

⟦n2|Analysts expect the dispute to push up freight rates on the coast within weeks.⟧

⟦q13|“Nobody wins a long strike,”⟧ ⟦c13|said⟧ ⟦s13|Renata Olmos⟧, an economist at the University of Caldera, by phone. ⟦q13|“The question is only who loses less.”⟧
""",
    [
        Item(1, "The Caldera Harbour Workers’ Union"),
        Item(2, "The Caldera Harbour Workers’ Union"),
        Item(3, "The Caldera Harbour Workers’ Union"),
        Item(4, "Ignacio Varela"),
        Item(5, "Ignacio Varela"),
        Item(6, "CalTerm"),
        Item(7, "CalTerm"),
        Item(8, "Alicia Sandoval"),
        Item(9, "Alicia Sandoval"),
        Item(10, "Alicia Sandoval"),
        Item(11, "Shipping agents", anonymous=True),
        Item(12, "port authority data", relation="according_to"),
        Item(13, "Renata Olmos"),
    ],
    {
        1: "refusal",  # did not respond to questions
        2: "non_reporting",  # analysts expect: a forecast
    },
)

SENTENCING = Article(
    "ns7-court-sentencing",
    "UK court report: the judge's sentencing remarks running over three paragraphs, 'the court heard', a victim statement read by the prosecutor, 'told the court', a defendant's words repeated by a witness, a solicitor reached by phone",
    """\
Roofer who conned pensioners out of £180,000 jailed for six years

A roofer who persuaded elderly homeowners to pay for repairs that were never carried out has been jailed for six years.

Darren Kell, 44, of Allerton Road, Hollybridge, admitted eleven counts of fraud at an earlier hearing. The court ⟦c1|heard⟧ ⟦q1|that he targeted people over 75 who lived alone, knocking on their doors and telling them that loose tiles were about to fall into the street⟧.

⟦s2|Prosecutor Anita Ghosh⟧ ⟦c2|told⟧ Hollybridge Crown Court ⟦q2|that one woman, then 88, had handed over £34,000 in cash over six visits⟧.

In a statement read to the court by Ms Ghosh, ⟦s3|the woman⟧ ⟦c3|said⟧: ⟦q3|“He was charming. He called me Mum. I feel such a fool, and I have not let anyone into the house since.”⟧

A neighbour, ⟦s4|Graham Pickett⟧, ⟦c4|told⟧ police ⟦q4|that Kell had once said to him over the garden wall: “These old dears never check the roof.”⟧

Defending, ⟦s5|Oliver Brandt⟧ ⟦c5|said⟧ ⟦q5|his client had run up gambling debts after the collapse of his business and was “deeply ashamed”⟧. ⟦q6|“He does not ask for sympathy,”⟧ ⟦s6|Mr Brandt⟧ ⟦c6|said⟧. ⟦q6|“He asks the court to note that he pleaded guilty at the first opportunity.”⟧

Sentencing Kell, ⟦s7|Judge Margaret Ellwood⟧ ⟦c7|said⟧: ⟦q7|“You chose your victims with care. You chose people who were old, who were alone and who had been brought up to trust a tradesman who came to the door.

“You took their savings, but you took something more valuable than that. Several of them have told this court that they no longer feel safe in their own homes.

“The only mitigation I can find is your plea. It is not much.”⟧

⟦n1|Kell showed no emotion as the sentence was read.⟧ ⟦s8|Judge Ellwood⟧ also ⟦c8|made⟧ ⟦q8|a confiscation order for £62,000 of his assets⟧ and ⟦c9|told⟧ him ⟦q9|that he would serve at least half of his sentence before being considered for release⟧.

Speaking by phone after the hearing, ⟦s10|Detective Constable Ray Osei⟧, of Hollybridge Police, ⟦c10|said⟧: ⟦q10|“I want to thank every victim who came forward. It takes courage to admit you have been fooled.”⟧

⟦s11|He⟧ ⟦c11|urged⟧ ⟦q11|anyone who was approached by a cold-caller offering repairs to ring the police⟧.

Kell’s solicitor ⟦n2|declined to comment when contacted by phone⟧.
""",
    [
        Item(1, "the prosecution"),
        Item(2, "Anita Ghosh"),
        Item(3, "the woman", anonymous=True),
        Item(4, "Graham Pickett", chain=(("police", "told"),)),
        Item(5, "Oliver Brandt"),
        Item(6, "Oliver Brandt"),
        Item(7, "Margaret Ellwood"),
        Item(8, "Margaret Ellwood"),
        Item(9, "Margaret Ellwood"),
        Item(10, "Ray Osei"),
        Item(11, "Ray Osei"),
    ],
    {
        1: "non_reporting",  # a description of the defendant, no speech
        2: "refusal",  # declined to comment
    },
)

POP_STAR = Article(
    "ns7-tabloid-pop-star",
    "tabloid showbiz: exclamation headline, captions with quotes, two READ MORE teasers, 'a source told', 'told pals', an Instagram post, an opening quotation whose speaker comes in the next sentence ('So said ...'), scare quotes",
    """\
JADE’S ⟦n1|‘SECRET WEDDING’⟧ SHOCK!

Pop star tied the knot on a Greek island — and didn’t tell her own mum

⟦q1|“I didn’t even know she was seeing anyone.”⟧ So ⟦c1|said⟧ ⟦s1|the stunned mother of singer Jade Marlowe⟧ last night after ⟦s11|the chart-topper⟧ ⟦c11|revealed⟧ ⟦q11|she had secretly married her boyfriend of four months on the island of Paros⟧.

⟦s2|Marlowe⟧, 27, broke the news in an Instagram post on Sunday, ⟦c2|writing⟧: ⟦q2|“Mr and Mrs!! Best day of my life. Sorry to everyone we didn’t invite, we just couldn’t wait.”⟧

⟦n2|Jade and new husband Theo Raines on the beach at Paros: ‘Best day of my life’⟧

⟦s4|Her mother, Linda⟧, 54, ⟦c4|told⟧ the Daily Record from her home in Paisley: ⟦q4|“I found out on my phone like everyone else. I’m happy for her, I really am, but I would have liked to be there.”⟧

⟦n3|READ MORE: Jade Marlowe’s ex breaks silence: ‘I wish her well’⟧

⟦s5|A source close to the singer⟧ ⟦c5|said⟧ ⟦q5|the couple had planned the ceremony in less than a week⟧. ⟦q6|“They flew out on the Tuesday and were married by the Friday,”⟧ ⟦s6|the source⟧ ⟦c6|said⟧. ⟦q6|“Only two friends were there, and they only found out the night before.”⟧

⟦s7|Raines⟧, 31, a session drummer, is said to have ⟦c7|told⟧ pals ⟦q7|that he proposed on the second date⟧.

Fans were quick to react. ⟦q8|“Wait, WHAT?!”⟧ ⟦c8|wrote⟧ ⟦s8|one⟧, while ⟦s9|another⟧ ⟦c9|posted⟧: ⟦q9|“Jade deserves all the happiness in the world.”⟧

The singer, whose ⟦n4|“Heartbreak Summer”⟧ tour starts in May, has been open about her ⟦n5|“messy”⟧ love life in interviews.

⟦s10|Her spokesperson⟧ ⟦c10|said⟧ ⟦q10|that the couple were “very happy”⟧ and asked for privacy, but ⟦n6|would not say whether a second ceremony was planned⟧.

⟦n7|READ MORE: Inside Paros, the Greek island where the stars go to hide⟧
""",
    [
        Item(1, "Linda Marlowe", titles=("mother of singer Jade Marlowe",)),
        Item(2, "Jade Marlowe", relation="wrote"),
        Item(4, "Linda Marlowe", chain=(("Daily Record", "told"),)),
        Item(5, "A source close to the singer", anonymous=True),
        Item(6, "A source close to the singer", anonymous=True),
        Item(7, "Theo Raines"),
        Item(8, "one fan", relation="wrote", anonymous=True),
        Item(9, "another fan", relation="wrote", anonymous=True),
        Item(10, "Jade Marlowe's spokesperson", anonymous=True),
        Item(11, "Jade Marlowe"),
    ],
    {
        1: "headline",  # scare quote in a headline
        2: "caption",  # a caption quoting the post
        3: "teaser",  # a READ MORE link quoting another story
        4: "title",  # a tour's name
        5: "scare_quotes",  # a word held at arm's length
        6: "negated",  # would not say
        7: "teaser",  # a READ MORE link
    },
)

SLEEP_STUDY = Article(
    "ns7-science-sleep",
    "US science story: a journal paper, its lead author 'said by email' and 'in an email', an outside expert 'by phone', a press release, findings and beliefs that are not speech, a split quotation",
    """\
Teens who put their phones away an hour before bed sleep 40 minutes longer, study says

⟦q1|Teenagers who stopped using their phones an hour before bedtime slept on average 40 minutes more a night after a month⟧, ⟦c1|according to⟧ ⟦s1|a study published Monday in the journal Pediatric Sleep⟧.

⟦n1|The researchers found that the extra sleep came mostly from falling asleep sooner, not from waking later.⟧

⟦q2|“Forty minutes doesn’t sound like much,”⟧ ⟦s2|lead author Dr. Hannah Voss⟧, a sleep researcher at the University of Colorado, ⟦c2|said⟧ by email. ⟦q2|“But over a school year it adds up to more than two weeks of sleep.”⟧

The trial followed 312 students aged 14 to 17 in four Denver high schools. Half were asked to leave their phones in the kitchen at night; ⟦n2|the rest were told nothing⟧.

⟦s3|Voss⟧ ⟦c3|said⟧ ⟦q3|that the students who kept to the rule also reported feeling less anxious in the mornings⟧, though ⟦s12|she⟧ ⟦c12|cautioned⟧ ⟦q12|that the study was not designed to measure mood⟧.

In an email, ⟦s4|she⟧ ⟦c4|added⟧ ⟦q4|that most of the teenagers had expected to hate the experiment⟧. ⟦q5|“About a third of them asked if they could keep going after it ended,”⟧ ⟦s5|she⟧ ⟦c5|wrote⟧.

⟦s6|Dr. Marcus Ebi⟧, a pediatrician at Children’s Hospital of Philadelphia who was not involved in the research, ⟦c6|said⟧ by phone ⟦q6|that the result was “encouraging but not surprising.”⟧

⟦q7|“What I’d want to know,”⟧ ⟦s7|Ebi⟧ ⟦c7|said⟧, ⟦q7|“is whether the families kept it up once the researchers went home.”⟧

⟦n3|Many parents believe that screens are the main reason teenagers sleep too little⟧, but sleep scientists point to early school start times as at least as important.

⟦s8|The American Academy of Pediatrics⟧ ⟦c8|recommends⟧ ⟦q8|that teenagers get eight to ten hours of sleep a night⟧. ⟦q9|Fewer than a third do⟧, ⟦c9|according to⟧ ⟦s9|federal survey data⟧.

In a press release, ⟦s10|the university⟧ ⟦c10|said⟧ ⟦q10|the team planned a larger trial next year with schools in three states⟧.

⟦q11|“We’re not telling anyone to throw their phone in a lake,”⟧ ⟦s11|Voss⟧ ⟦c11|said⟧. ⟦q11|“We’re telling them to give it a bedtime.”⟧
""",
    [
        Item(1, "the researchers", relation="according_to"),
        Item(2, "Hannah Voss"),
        Item(3, "Hannah Voss"),
        Item(4, "Hannah Voss"),
        Item(5, "Hannah Voss", relation="wrote"),
        Item(6, "Marcus Ebi"),
        Item(7, "Marcus Ebi"),
        Item(8, "The American Academy of Pediatrics"),
        Item(9, "federal survey data", relation="according_to"),
        Item(10, "University of Colorado", relation="statement"),
        Item(11, "Hannah Voss"),
        Item(12, "Hannah Voss"),
    ],
    {
        1: "non_reporting",  # a finding
        2: "negated",  # told nothing
        3: "non_reporting",  # a belief
    },
)

ARTICLES = [CUP_FINAL, PORT_STRIKE, SENTENCING, POP_STAR, SLEEP_STUDY]
