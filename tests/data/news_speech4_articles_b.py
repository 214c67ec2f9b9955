"""Articles 5-8 of the fourth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech4 import Article, Item

SCIENCE = Article(
    "ns4-science-bats",
    "science: a paper's authors 'wrote', a finding (not speech), an outside researcher, a quotation split twice",
    """\
Bats in city parks are learning to hunt under streetlights, study suggests

⟦q13|Common pipistrelle bats in three European cities have shifted their hunting to the hours and places where streetlights gather moths⟧, ⟦c13|according to⟧ ⟦s13|a study published on Tuesday⟧.

The study, in the journal Urban Ecology Letters, found that bats in lit parks caught roughly a third more insects per night than bats in dark ones. It also found that the effect was strongest in the weeks after new LED lamps were installed.

⟦q1|"We expected light to push the bats away,"⟧ ⟦c1|said⟧ ⟦s1|Dr Ines Valcárcel, an ecologist at the University of Salamanca who led the work⟧. ⟦q1|"For some species it does. For the pipistrelle, it seems to be a buffet."⟧

In the paper, ⟦s2|⟦s3|the authors⟧⟧ ⟦c2|wrote⟧ ⟦q2|that the bats' advantage "may come at a cost to the moth populations on which they depend"⟧, and ⟦c3|cautioned⟧ ⟦q3|that the study covered only two summers⟧.

The team fitted tiny acoustic recorders to lamp posts in Salamanca, Lyon and Ghent and counted the distinctive "feeding buzz" bats make as they close on prey. They recorded more than 1.2 million calls.

⟦s4|Valcárcel⟧ ⟦c4|said⟧ ⟦q4|the work did not mean cities should add more lights⟧. ⟦q5|"The moths are paying for this,"⟧ ⟦s5|she⟧ ⟦c5|said⟧, ⟦q5|"and when the moths go,"⟧ she added after a pause, ⟦q5|"the bats will follow them."⟧

⟦s6|Professor Alun Prothero, a bat specialist at Cardiff University who was not involved in the research,⟧ ⟦c6|called⟧ the study ⟦q6|"careful and genuinely surprising"⟧. But ⟦s7|he⟧ ⟦c7|warned⟧ ⟦q7|against reading too much into it⟧.

⟦q8|"Pipistrelles are the pigeons of the bat world,"⟧ ⟦s8|he⟧ ⟦c8|said⟧. ⟦q8|"They will make the best of almost anything. Rarer bats, like the horseshoes, avoid light completely, and nothing in this paper changes that."⟧

⟦s9|The Bat Conservation Trust⟧ ⟦c9|said⟧ in a statement ⟦q9|that councils replacing streetlights should choose warmer, dimmer lamps and keep parks and rivers dark where they can⟧.

⟦q10|Light pollution has grown by about 2 per cent a year worldwide over the past decade⟧, ⟦c10|according to⟧ ⟦s10|a 2023 analysis of satellite images⟧, and researchers believe it is one cause of the decline in insect numbers.

⟦s11|Valcárcel⟧ ⟦c11|said⟧ ⟦q11|her team now hoped to track individual bats with radio tags⟧. ⟦q12|"We know where they feed,"⟧ ⟦s12|she⟧ ⟦c12|said⟧. ⟦q12|"We don't yet know whether the ones that feed under the lamps live longer or have more young. That is the question that matters."⟧
""",
    [
        Item(1, "Ines Valcárcel", titles=("Dr", "an ecologist at the University of Salamanca")),
        Item(2, "the authors", "wrote"),
        Item(3, "the authors", "wrote"),
        Item(4, "Ines Valcárcel"),
        Item(5, "Ines Valcárcel"),
        Item(6, "Alun Prothero", titles=("Professor", "a bat specialist at Cardiff University")),
        Item(7, "Alun Prothero"),
        Item(8, "Alun Prothero"),
        Item(9, "The Bat Conservation Trust", "statement"),
        Item(10, "a 2023 analysis of satellite images", "according_to"),
        Item(11, "Ines Valcárcel"),
        Item(12, "Ines Valcárcel"),
        Item(13, "a study published on Tuesday", "according_to"),
    ],
    {},
)

OBITUARY = Article(
    "ns4-obituary-printer",
    "obituary: tributes in curly doubles, a family statement, remembered words ('she used to say'), a posted tribute",
    """\
Margit Sørlie, printer who kept the presses of Calder Street running, dies at 91

Margit Sørlie, who ran one of the last letterpress printing shops in the north of England for more than half a century, has died at the age of 91.

⟦q1|She died peacefully at home on Sunday⟧, ⟦s1|her family⟧ ⟦c1|said⟧. In a statement, ⟦s2|her son, Erik,⟧ ⟦c2|said⟧: ⟦q2|“Mum set type until she was 85 and complained about the quality of modern ink until the very end. She was formidable, funny and very, very stubborn.”⟧

Born in Bergen in 1934, Sørlie came to Halford as a young nurse, married a local compositor and took over his shop in Calder Street when he died in 1968. ⟦s12|Friends⟧ ⟦c12|recall⟧ ⟦q12|that customers who asked for something “quick and cheap” were shown the door⟧.

⟦q3|“Good printing takes as long as it takes,”⟧ ⟦s3|she⟧ ⟦c3|told⟧ this newspaper in 2009. ⟦q3|“If you want it by Tuesday, go to a photocopier.”⟧

The shop printed wedding invitations, theatre posters and, for thirty years, the programmes of the Halford Choral Society. ⟦s4|Its former conductor, Ruth Aldane,⟧ ⟦c4|said⟧ ⟦q4|that Sørlie had never once missed a deadline⟧.

⟦q5|“She would ring me at eleven at night to argue about a comma,”⟧ ⟦s5|Aldane⟧ ⟦c5|said⟧. ⟦q5|“And she was always right about the comma.”⟧

⟦s6|The typographer Jonah Melville⟧, who served an informal apprenticeship in the shop in the 1990s, ⟦c6|described⟧ her as ⟦q6|“the best teacher I ever had, and the most frightening”⟧.

On social media, ⟦s7|the Halford Arts Centre⟧ ⟦c7|posted⟧ ⟦q7|that the town had “lost one of its great characters”⟧, and dozens of former customers shared photographs of invitations and posters she had printed.

In 2015 she was given the freedom of the town. Accepting the honour, ⟦s9|she⟧ ⟦c9|said⟧ ⟦q9|she was “a foreigner with inky hands” who had been made to feel at home⟧.

⟦s10|Her granddaughter, Liv Sørlie-Hart,⟧ ⟦c10|said⟧ ⟦q10|the family hoped to find a buyer who would keep the presses working⟧. ⟦q11|“She used to say that a shop like hers was a museum that paid its own way,”⟧ ⟦s11|she⟧ ⟦c11|said⟧. ⟦q11|“We would love it to stay that way.”⟧

She is survived by her son, two granddaughters and a great-grandson. The funeral will be held at St Anne’s Church, Halford, on Friday.
""",
    [
        Item(1, "her family", anonymous=True),
        Item(2, "Erik Sørlie", "statement", titles=("her son",)),
        Item(3, "Margit Sørlie", chain=(("this newspaper", "told"),)),
        Item(4, "Ruth Aldane", titles=("Its former conductor",)),
        Item(5, "Ruth Aldane"),
        Item(6, "Jonah Melville", titles=("The typographer",)),
        Item(7, "the Halford Arts Centre", "posted"),
        Item(9, "Margit Sørlie"),
        Item(10, "Liv Sørlie-Hart", titles=("Her granddaughter",)),
        Item(11, "Liv Sørlie-Hart"),
        Item(12, "Friends", anonymous=True),
    ],
    {},
)

COUNCIL = Article(
    "ns4-council-parking",
    "local council: meeting report, councillors by party, a resident at the public gallery, reported speech without that",
    """\
Councillors approve parking charges at seafront despite traders’ protest

Drivers will pay to park on Kingsway seafront in Westbury Sands from April after councillors voted 23 to 17 on Thursday night to introduce charges, despite a petition signed by more than 3,000 people.

The charges, of £1.50 an hour in summer and £1 in winter, are expected to raise about £400,000 a year.

⟦s1|Cllr Janet Oduya, the cabinet member for transport,⟧ ⟦c1|said⟧ ⟦q1|the council had no choice after its government grant was cut for the third year running⟧. ⟦q2|"Nobody came into local politics to charge people for parking,"⟧ ⟦s2|she⟧ ⟦c2|told⟧ the meeting. ⟦q2|"But the alternative is closing a library or cutting a bus route, and I am not prepared to do that."⟧

⟦s3|Opposition councillors⟧ ⟦c3|said⟧ ⟦q3|the charges would drive visitors to neighbouring towns⟧. ⟦s4|⟦s5|Cllr Peter Haining, who leads the Liberal Democrat group,⟧⟧ ⟦c4|called⟧ the decision ⟦q4|"a tax on the high street"⟧ and ⟦c5|said⟧ ⟦q5|that traders had not been properly consulted⟧.

⟦q6|"The consultation ran for three weeks over Christmas,"⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|"If you wanted to make sure nobody responded, that is exactly how you would do it."⟧

Speaking from the public gallery, ⟦s7|Anita Brookes, who runs a café on the seafront,⟧ ⟦c7|said⟧ ⟦q7|her takings fell by a quarter when charges were tried for a summer in 2019⟧. ⟦q8|"People come for an ice cream and a walk. They are not going to pay three pounds for the privilege,"⟧ ⟦s8|she⟧ ⟦c8|said⟧.

⟦s9|The council's chief executive, Mark Dunmore,⟧ ⟦c9|told⟧ councillors ⟦q9|the scheme would be reviewed after a year⟧, and ⟦s10|officers⟧ ⟦c10|said⟧ ⟦q10|residents with permits would be exempt⟧.

A proposal to give the first hour free, put forward by the Green group, was defeated. ⟦s11|Cllr Sadia Rahman⟧ ⟦c11|said⟧ ⟦q11|she was "disappointed but not surprised"⟧. ⟦q12|"We offered a compromise that would have protected the traders,"⟧ ⟦s12|she⟧ ⟦c12|said⟧. ⟦q12|"It was thrown out in about four minutes."⟧

⟦q13|The petition, organised under the slogan ⟦n1|"Free the Front"⟧, will be debated again at a full council meeting in February⟧, ⟦c13|according to⟧ ⟦s13|the council's website⟧.

After the vote, ⟦s14|⟦s15|Cllr Oduya⟧⟧ ⟦c14|said⟧ ⟦q14|that the money raised would be spent on seafront lighting, toilets and beach cleaning⟧, and ⟦c15|promised⟧ ⟦q15|to publish the figures every year⟧.

⟦s16|Traders⟧ ⟦c16|say⟧ ⟦q16|they will hold a protest on the promenade next Saturday⟧.
""",
    [
        Item(1, "Janet Oduya", titles=("Cllr", "the cabinet member for transport")),
        Item(2, "Janet Oduya"),
        Item(3, "Opposition councillors", anonymous=True),
        Item(4, "Peter Haining", titles=("Cllr",)),
        Item(5, "Peter Haining"),
        Item(6, "Peter Haining"),
        Item(7, "Anita Brookes"),
        Item(8, "Anita Brookes"),
        Item(9, "Mark Dunmore", titles=("The council's chief executive",)),
        Item(10, "officers", anonymous=True),
        Item(11, "Sadia Rahman", titles=("Cllr",)),
        Item(12, "Sadia Rahman"),
        Item(13, "the council's website", "according_to"),
        Item(14, "Janet Oduya"),
        Item(15, "Janet Oduya"),
        Item(16, "Traders", anonymous=True),
    ],
    {1: "slogan"},
)

STORM = Article(
    "ns4-storm-live",
    "live updates: timestamped entries, a forecaster, a police post, evacuees, a minister at a briefing",
    """\
Storm Isolde: live updates as red warning comes into force

07:45

The Met Office red warning for wind is now in force for the coast of north Wales and Cumbria until 18:00. Gusts of 90mph have been recorded at Capel Rhos.

⟦s1|⟦s2|Forecaster Ellie Marsh⟧⟧ ⟦c1|said⟧ ⟦q1|the worst of the wind would arrive "between mid-morning and early afternoon"⟧ and ⟦c2|urged⟧ people ⟦q2|not to travel unless they had to⟧.

⟦q3|"This is a dangerous storm. Flying debris is the biggest risk to life,"⟧ ⟦s3|she⟧ ⟦c3|said⟧.

08:20

⟦s4|North Wales Police⟧ ⟦c4|said⟧ ⟦q4|the A55 was closed in both directions near Abergele after a lorry overturned⟧. In a post on X, ⟦s5|the force⟧ ⟦c5|wrote⟧: ⟦q5|"Please do not attempt to drive around the closure. Officers are on scene and the road will stay shut for several hours."⟧

09:05

⟦q6|About 40,000 homes are without power⟧, ⟦c6|according to⟧ ⟦s6|the electricity network operator SP Energy Networks⟧. ⟦s7|A spokesperson⟧ ⟦c7|said⟧ ⟦q7|engineers could not start repairs until the wind dropped⟧.

09:40

Our reporter in Barmouth, Gwen Pritchard, has been speaking to people leaving the caravan park on the seafront.

⟦q8|"We've been coming here twenty years and never seen anything like it,"⟧ ⟦c8|said⟧ ⟦s8|Keith Lomas, 67, from Wolverhampton⟧. ⟦q8|"The van was rocking all night. We didn't sleep a wink."⟧

⟦s9|His wife, Sandra,⟧ ⟦c9|said⟧ ⟦q9|they had been told to leave by the site manager at six o'clock⟧.

10:30

⟦s10|The Welsh government's climate secretary, Rhodri Evans,⟧ ⟦c10|told⟧ a briefing in Cardiff ⟦q10|that rest centres had been opened in four towns⟧. ⟦q11|"If you have been told to leave, please leave,"⟧ ⟦s11|he⟧ ⟦c11|said⟧. ⟦q11|"Your home can be repaired. You cannot be."⟧

⟦s12|He⟧ ⟦c12|said⟧ ⟦q12|he would not speculate on the cost of the damage⟧.

11:15

Rail services across north Wales have been suspended for the rest of the day. ⟦s13|Transport for Wales⟧ ⟦c13|said⟧ ⟦q13|it would accept today's tickets on any service until Sunday⟧.

11:50

A tree has fallen on to a school in Ruthin. ⟦s14|Denbighshire council⟧ ⟦c14|said⟧ ⟦q14|no one was hurt because schools in the county were closed⟧. A photograph shared by the council shows the roof of the school hall with the sign ⟦n1|"Welcome to Ysgol Bryn"⟧ still standing in front of it.

12:25

⟦s15|The Met Office⟧ now ⟦c15|says⟧ ⟦q15|the wind should start to ease from the west by late afternoon⟧, although ⟦s16|Marsh⟧ ⟦c16|cautioned⟧ ⟦q16|that coastal areas would still see "very large waves" into the evening⟧.
""",
    [
        Item(1, "Ellie Marsh", titles=("Forecaster",)),
        Item(2, "Ellie Marsh"),
        Item(3, "Ellie Marsh"),
        Item(4, "North Wales Police"),
        Item(5, "North Wales Police", "posted"),
        Item(6, "SP Energy Networks", "according_to"),
        Item(7, "A spokesperson", anonymous=True),
        Item(8, "Keith Lomas"),
        Item(9, "Sandra Lomas", titles=("His wife",)),
        Item(10, "Rhodri Evans", titles=("The Welsh government's climate secretary",)),
        Item(11, "Rhodri Evans"),
        Item(12, "Rhodri Evans"),
        Item(13, "Transport for Wales"),
        Item(14, "Denbighshire council"),
        Item(15, "The Met Office"),
        Item(16, "Ellie Marsh"),
    ],
    {1: "non_reporting"},
)

ARTICLES = [SCIENCE, OBITUARY, COUNCIL, STORM]
