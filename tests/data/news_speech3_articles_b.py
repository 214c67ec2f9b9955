"""Articles 11-20 of the third news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech3 import Article, Item

COLUMN = Article(
    "ns3-column",
    "opinion column quoting others, scare quotes, words as words, a slogan",
    """\
The ⟦n1|‘efficiency’⟧ drive that nobody asked for

By Marguerite Sallis

Every few years a new word arrives in the council chamber and eats everything around it. Last decade it was ⟦n2|“resilience.”⟧ This year it is ⟦n3|“efficiency.”⟧

Last Tuesday ⟦s1|the council leader, Barry Whitcombe⟧, ⟦c1|told⟧ a meeting of the finance committee ⟦q1|that the library service would be “reshaped for the digital age.”⟧ I have been writing about this town for twenty years, and I have learned that when a politician reshapes something, it usually ends up smaller.

⟦s2|He⟧ ⟦c2|insisted⟧ ⟦q2|no branch would close⟧. ⟦q3|“What we are talking about,”⟧ ⟦s3|he⟧ ⟦c3|said⟧, ⟦q3|“is a smarter model, with fewer buildings doing more.”⟧ Readers may work out for themselves how fewer buildings differ from closed branches.

I asked the people who use them. ⟦s4|Joan Petty⟧, who is 84 and goes to the Eastgate branch every Thursday, ⟦c4|said⟧ ⟦q4|she had never used a library app and did not intend to start⟧. ⟦q5|“I go for the books,”⟧ ⟦s5|she⟧ ⟦c5|told⟧ me, ⟦q5|“and for the girl on the desk, who knows what I like before I do.”⟧

⟦s6|A librarian who asked not to be named⟧ ⟦c6|said⟧ ⟦q6|staff had been told to stop ordering new children’s books in September⟧. ⟦q7|“Nobody said the word ‘closure,’”⟧ ⟦s7|she⟧ ⟦c7|said⟧. ⟦q7|“They didn’t have to.”⟧

To be fair to Mr Whitcombe, the council’s money problems are real. ⟦q8|The authority has lost almost a third of its central government grant since 2015⟧, ⟦c8|according to⟧ ⟦s8|its own budget papers⟧. But a council that can find £2 million for a new roundabout on the ring road can find a fraction of that for the thing that taught most of us to read.

The council’s slogan for the plan is ⟦n4|“Libraries Without Walls.”⟧ Mrs Petty has a view on that too. ⟦q9|“I like the walls,”⟧ ⟦s9|she⟧ ⟦c9|said⟧. ⟦q9|“The walls keep the rain off.”⟧

The consultation closes on Friday. ⟦s10|A council spokesman⟧ ⟦c10|said⟧ ⟦q10|every response would be read⟧. I hope he is right, and I hope there are a great many of them.
""",
    [
        Item(1, "Barry Whitcombe", titles=("the council leader",)),
        Item(2, "Barry Whitcombe"),
        Item(3, "Barry Whitcombe"),
        Item(4, "Joan Petty"),
        Item(5, "Joan Petty"),
        Item(6, "A librarian who asked not to be named", anonymous=True),
        Item(7, "A librarian who asked not to be named", anonymous=True),
        Item(8, "the council", "according_to"),
        Item(9, "Joan Petty"),
        Item(10, "A council spokesman", anonymous=True),
    ],
    {1: "scare_quotes", 2: "words_as_words", 3: "words_as_words", 4: "slogan"},
)

DIARY = Article(
    "ns3-diary",
    "a wartime diary quoted at length over paragraphs, with ellipses and square brackets",
    """\
A nurse’s diary from the siege, published at last

For sixty years the diary sat in a biscuit tin in a loft in Leeds. On Thursday it was published in full by the Imperial War Museum, and it is one of the most vivid accounts yet of the hospital at Tobruk.

Its author, Staff Nurse Edith Marlow, was 26 when she arrived in North Africa in 1941. Her first entry, on 9 April, is brisk. ⟦s1|She⟧ ⟦c1|writes⟧:

⟦q1|“Arrived. Heat indescribable. Sister says we will get used to it, which I doubt.

“Forty beds, sixty men. We put the walking wounded on the floor and they made jokes about it, which I thought very fine of them.”⟧

By the summer the tone has changed. In an entry dated 3 July, ⟦s2|Marlow⟧ ⟦c2|wrote⟧ ⟦q2|that she had not slept for more than three hours at a time in a fortnight⟧, and ⟦c3|described⟧ ⟦q3|a night raid in which a shell landed “fifty yards from the theatre tent . . . and [the surgeon] did not even look up.”⟧

The museum’s head of collections, ⟦s4|Dr Felix Amankwah⟧, ⟦c4|said⟧ ⟦q4|the diary was remarkable because it was written at the time, not years later⟧. ⟦q5|“Memoirs are polished,”⟧ ⟦s5|he⟧ ⟦c5|said⟧. ⟦q5|“This is not polished. You can see where her pen ran out and she finished the sentence in pencil.”⟧

The diary came to the museum from Marlow’s granddaughter, ⟦s6|Clare Hennessy⟧, a schoolteacher, who ⟦c6|said⟧ ⟦q6|the family had known it existed but nobody had read it all the way through⟧.

⟦q7|“Gran never talked about the war,”⟧ ⟦s7|Ms Hennessy⟧ ⟦c7|said⟧. ⟦q7|“Not once. Then we opened the tin and there were four hundred pages of it.”⟧

The final entry, written on the ship home in December 1942, is the shortest. ⟦s8|It⟧ ⟦c8|reads⟧, in full:

⟦q8|“Sea calm. Sat on deck and did nothing at all for an hour. Thought about the boys who aren’t coming with us. I shall not write any more in this book.”⟧

⟦s9|Dr Amankwah⟧ ⟦c9|said⟧ ⟦q9|the museum would put the original on display from March, alongside Marlow’s uniform and a photograph of the ward⟧.

⟦n1|Edith Marlow, second from left, with nurses at Tobruk in 1941. Photograph: Imperial War Museum⟧
""",
    [
        Item(1, "Edith Marlow", "wrote"),
        Item(2, "Edith Marlow", "wrote"),
        Item(3, "Edith Marlow", "wrote"),
        Item(4, "Felix Amankwah", titles=("The museum’s head of collections",)),
        Item(5, "Felix Amankwah"),
        Item(6, "Clare Hennessy", titles=("Marlow’s granddaughter", "a schoolteacher")),
        Item(7, "Clare Hennessy"),
        Item(8, "Edith Marlow", "wrote"),
        Item(9, "Felix Amankwah"),
    ],
    {1: "caption"},
)

RADIO = Article(
    "ns3-radio-transcript",
    "a radio interview reported, then an excerpt of the transcript with speaker labels",
    """\
Harbour master defends ferry cancellations on morning radio

The harbour master of Port Elwyn, ⟦s2|Captain Idris Vaughan⟧, defended the cancellation of 31 ferry crossings this month in an interview on Coast FM’s breakfast programme on Tuesday, ⟦c2|saying⟧ ⟦q2|the safety of passengers came before timetables⟧.

⟦s3|⟦s5|He⟧⟧ ⟦c3|told⟧ the presenter, Megan Roberts, ⟦q3|that wind speeds at the harbour mouth had exceeded the ferries’ limits on eleven days since 1 November⟧, and ⟦c5|said⟧ ⟦q5|the operator had followed his advice every time⟧.

Islanders have complained for weeks about missed hospital appointments and empty shop shelves. Ms Roberts read out a message from ⟦s6|a listener on Ynys Wen⟧, who ⟦c6|said⟧ ⟦q6|she had been unable to collect her husband’s chemotherapy drugs⟧.

An excerpt of the interview follows.

⟦s7|ROBERTS⟧: ⟦q7|Captain, people on the island feel forgotten. What do you say to them?⟧

⟦s8|VAUGHAN⟧: ⟦q8|I say I understand. I grew up on the island. My mother still lives there. But I would rather a woman misses an appointment than a boat goes over with her on it.⟧

⟦s9|ROBERTS⟧: ⟦q9|The operator says the new ferry could have sailed on at least four of those days.⟧

⟦s10|VAUGHAN⟧: ⟦q10|The operator is entitled to its opinion. The decision is mine, and I stand by it.⟧

⟦s11|ROBERTS⟧: ⟦q11|Will there be compensation?⟧

⟦s12|VAUGHAN⟧: ⟦q12|That’s a question for the operator and the government, not for me.⟧

After the interview, ⟦s13|⟦s14|Western Isles Ferries⟧⟧ ⟦c13|said⟧ in a statement ⟦q13|that it “respected the harbour master’s authority”⟧ but ⟦c14|repeated⟧ ⟦q14|its view that the MV Glenmorgan was “designed for exactly these conditions.”⟧

⟦s15|The island’s councillor, Gareth Pugh⟧, ⟦c15|said⟧ ⟦q15|both sides were “arguing about the weather while people go without.”⟧ ⟦q16|“I don’t care whose fault it is,”⟧ ⟦s16|he⟧ ⟦c16|said⟧. ⟦q16|“I care that there was no milk in the shop on Saturday.”⟧

⟦s17|⟦s18|The Welsh Government⟧⟧ ⟦c17|said⟧ ⟦q17|it would meet both organisations next week⟧ and ⟦c18|announced⟧ ⟦q18|a £200,000 fund to help island businesses hit by the cancellations⟧.

Forecasters expect the wind to ease by the weekend.
""",
    [
        Item(2, "Idris Vaughan", titles=("The harbour master of Port Elwyn",), chain=(("Coast FM", "interview"),)),
        Item(3, "Idris Vaughan", chain=(("Coast FM", "interview"),)),
        Item(5, "Idris Vaughan", chain=(("Coast FM", "interview"),)),
        Item(6, "a listener on Ynys Wen", anonymous=True),
        Item(7, "Megan Roberts"),
        Item(8, "Idris Vaughan"),
        Item(9, "Megan Roberts"),
        Item(10, "Idris Vaughan"),
        Item(11, "Megan Roberts"),
        Item(12, "Idris Vaughan"),
        Item(13, "Western Isles Ferries", "statement"),
        Item(14, "Western Isles Ferries", "statement"),
        Item(15, "Gareth Pugh", titles=("The island’s councillor",)),
        Item(16, "Gareth Pugh"),
        Item(17, "Welsh Government"),
        Item(18, "Welsh Government"),
    ],
)

PROFILE = Article(
    "ns3-profile",
    "magazine profile in the present tense (she says), a quotation running over paragraphs, rock 'n' roll",
    """\
The last record shop on Carver Street

At nine in the morning Rosa Delacroix-Hunt is already behind the counter of Spindle Records, pricing a box of soul singles with a marker pen and humming along to something only she can hear.

⟦q1|'People think vinyl came back,'⟧ ⟦s1|she⟧ ⟦c1|says⟧. ⟦q1|'It never went anywhere. It just went quiet for a while, like the rest of us.'⟧

Delacroix-Hunt, 63, opened the shop in 1986 with a £3,000 loan from her father and a stock of records she had been collecting since she was eleven. In the '90s, when compact discs took over, there were nine record shops on Carver Street. Now there is one.

⟦s2|She⟧ ⟦c2|says⟧ ⟦q2|the worst year was 2008, when she sold her car to pay the rent⟧. ⟦q3|'I remember sitting on that step,'⟧ ⟦s3|she⟧ ⟦c3|says⟧, pointing at the doorway, ⟦q3|'and thinking, that's it, girl, you've had a good run. Then a lad came in and bought forty quid's worth of rock 'n' roll, and I thought, well, maybe one more month.'⟧

That month became fifteen years. The shop now employs three people, runs a stall at two festivals a summer and sells about a third of its stock online. Her nephew, ⟦s4|Jamal Hunt⟧, who built the website, ⟦c4|says⟧ ⟦q4|the online orders keep the lights on but the shop is what people love⟧.

⟦q5|'You can't flick through a website,'⟧ ⟦s5|he⟧ ⟦c5|says⟧. ⟦q5|'You can't have an argument with a website about whether the second Specials album is better than the first.'⟧

Regulars drift in through the morning. ⟦s6|⟦s7|One of them, a retired bus driver named Clive Osei⟧⟧, ⟦c6|says⟧ ⟦q6|he has been coming every Saturday since 1987⟧ and ⟦c7|claims⟧ ⟦q7|that he has bought 'about four thousand records, give or take, and my wife has counted.'⟧

Delacroix-Hunt is not sentimental about the business. Rents on the street have doubled in five years, and ⟦s8|she⟧ ⟦c8|says⟧ ⟦q8|that if her landlord raises hers again when the lease ends in 2026, she will close⟧.

⟦q9|'I won't go bust,'⟧ ⟦s9|she⟧ ⟦c9|says⟧. ⟦q9|'I've seen too many people go bust in this street, hanging on for one more Christmas. When it's time, I'll know.

'But it isn't time yet. Ask me again in two years. Ask me on a Saturday, when the place is full and someone's dad is telling his kids about the first record he ever bought. Then ask me if I'm closing.'⟧

Before I leave, she presses a single into my hand — Betty Wright, 1971 — and refuses payment. ⟦q10|'Play it loud,'⟧ ⟦s10|she⟧ ⟦c10|says⟧. ⟦q10|'That's the only rule in here.'⟧
""",
    [
        Item(1, "Rosa Delacroix-Hunt"),
        Item(2, "Rosa Delacroix-Hunt"),
        Item(3, "Rosa Delacroix-Hunt"),
        Item(4, "Jamal Hunt", titles=("Her nephew",)),
        Item(5, "Jamal Hunt"),
        Item(6, "Clive Osei", titles=("a retired bus driver",)),
        Item(7, "Clive Osei"),
        Item(8, "Rosa Delacroix-Hunt"),
        Item(9, "Rosa Delacroix-Hunt"),
        Item(10, "Rosa Delacroix-Hunt"),
    ],
)

QANDA = Article(
    "ns3-qanda",
    "print Q&A: question paragraphs, answers without labels, an introduction with reported speech",
    """\
Five minutes with the new chief constable

Helen Achterfeld took over as chief constable of Dunmere Police in September, the first woman to lead the force in its 180-year history. ⟦s1|⟦s2|She⟧⟧ has ⟦c1|promised⟧ ⟦q1|to put more officers back on the beat⟧ and ⟦c2|said⟧ ⟦q2|last month that the force’s handling of burglaries had been “not good enough for a long time.”⟧ We asked her about her first hundred days.

What surprised you most when you arrived?

⟦q3|How much paperwork a constable does in a shift. I knew it was bad. I didn’t know it was four hours out of ten. That is four hours nobody is out there.⟧

⟦s14|You⟧ have ⟦c14|said⟧ ⟦q14|you want more officers on the street⟧. Where will they come from?

⟦q4|Some from the back office, where we are replacing forms with an app that officers can fill in at the scene. Some from recruitment. We are taking on 140 new constables next year, which is the most since 2010.⟧

⟦s15|Burglary victims⟧ ⟦c15|say⟧ ⟦q15|nobody comes⟧. Is that fair?

⟦q5|It was fair. I’m not going to pretend otherwise. From January every burglary of a home will get a visit from an officer, usually within a day. I’ve told my superintendents that I will be checking.⟧

What do you do when you’re not working?

⟦q6|I run, badly. I’m doing the Dunmere half marathon in April, and I would like it on the record that I intend to finish ahead of the deputy chief constable.⟧

The deputy chief constable, ⟦s7|Tom Ellery⟧, ⟦c7|said⟧ ⟦q7|he had “no intention of letting that happen.”⟧

⟦n1|Helen Achterfeld at Dunmere Police headquarters last week.⟧

⟦s8|The Police Federation⟧, which represents rank-and-file officers, ⟦c8|said⟧ ⟦q8|it welcomed the promise of more officers but that its members were “exhausted” after years of overtime⟧. ⟦q9|“Putting officers on the street is the right aim,”⟧ ⟦c9|said⟧ ⟦s9|the federation’s local chairman, Sean Mallory⟧. ⟦q9|“But you cannot put the same officer on two streets at once, and that is what we have been doing for a decade.”⟧

⟦s10|⟦s11|Ms Achterfeld⟧⟧ ⟦c10|said⟧ ⟦q10|she would meet the federation in the new year⟧ and ⟦c11|added⟧: ⟦q11|“I was a constable for seven years. I know what a twelve-hour shift on a Saturday night feels like. I haven’t forgotten.”⟧

⟦q12|The force recorded 3,412 burglaries last year⟧, ⟦c12|according to⟧ ⟦s12|figures published by the Home Office⟧, a rise of 9 per cent on the year before.

Fewer than one in twenty led to a charge, the figures showed.
""",
    [
        Item(1, "Helen Achterfeld"),
        Item(2, "Helen Achterfeld"),
        Item(3, "Helen Achterfeld", "interview"),
        Item(4, "Helen Achterfeld", "interview"),
        Item(5, "Helen Achterfeld", "interview"),
        Item(6, "Helen Achterfeld", "interview"),
        Item(7, "Tom Ellery", titles=("The deputy chief constable",)),
        Item(8, "Police Federation"),
        Item(9, "Sean Mallory", titles=("the federation’s local chairman",)),
        Item(10, "Helen Achterfeld"),
        Item(11, "Helen Achterfeld"),
        Item(12, "Home Office", "according_to"),
        Item(14, "Helen Achterfeld"),
        Item(15, "Burglary victims", anonymous=True),
    ],
    {1: "caption"},
)

DIALOGUE = Article(
    "ns3-dash-dialogue",
    "feature in em-dash dialogue (translated style), some turns with a cue and some without",
    """\
Night shift at the border bakery

The ovens at the Kowalczyk bakery in Słubice are lit at two in the morning, and by three the first trays of rye are going in. Across the river, in Frankfurt an der Oder, half the cafés buy their bread here.

Marek Kowalczyk, 58, took over the bakery from his father in 1995. He talks while he works, without looking up from the dough.

⟦q1|— My father baked for Poles. I bake for Germans, Ukrainians, students, everybody⟧, ⟦s1|he⟧ ⟦c1|says⟧. ⟦q1|— Bread does not need a passport.⟧

His daughter, Agnieszka, 27, runs the delivery van. ⟦q11|She studied economics in Poznań and came home⟧, ⟦s11|she⟧ ⟦c11|says⟧, ⟦q11|because somebody had to do the accounts⟧.

⟦q2|— He would give the bread away if I let him⟧, ⟦s2|she⟧ ⟦c2|says⟧, nodding at her father.

⟦q3|— Not away. To people who need it.⟧

⟦q4|— That is what away means, Tata.⟧

⟦q5|The bakery survived the pandemic⟧, ⟦s5|Mr Kowalczyk⟧ ⟦c5|says⟧, ⟦q5|because the German cafés kept ordering even when they could only sell through a hatch⟧. The energy crisis that followed was harder. ⟦s6|He⟧ ⟦c6|says⟧ ⟦q6|his gas bill tripled in the winter of 2022 and he thought seriously about closing⟧.

⟦q7|— I sat here one night with a calculator⟧, ⟦s7|he⟧ ⟦c7|remembers⟧. ⟦q7|— Then I put the calculator away and lit the oven. What else do you do?⟧

The mayor of Słubice, ⟦s8|Teresa Malinowska⟧, ⟦c8|told⟧ a regional newspaper last year ⟦q8|that small businesses like the bakery were “the glue between the two towns.”⟧ The town council has since given it a grant to install a more efficient oven.

At half past five the van is loaded. Agnieszka checks the list twice.

⟦q9|— Forty-two orders, three new ones⟧, ⟦s9|she⟧ ⟦c9|says⟧. ⟦q9|— One in Berlin. Somebody drives ninety kilometres for this bread.⟧

⟦q10|— Eighty-eight⟧, ⟦c10|corrects⟧ ⟦s10|her father⟧. ⟦q10|— Eighty-eight kilometres.⟧

She rolls her eyes, and goes.
""",
    [
        Item(1, "Marek Kowalczyk"),
        Item(2, "Agnieszka Kowalczyk"),
        Item(3, "Marek Kowalczyk"),
        Item(4, "Agnieszka Kowalczyk"),
        Item(5, "Marek Kowalczyk"),
        Item(6, "Marek Kowalczyk"),
        Item(7, "Marek Kowalczyk"),
        Item(8, "Teresa Malinowska", titles=("The mayor of Słubice",), chain=(("a regional newspaper", "told"),)),
        Item(9, "Agnieszka Kowalczyk"),
        Item(10, "Marek Kowalczyk"),
        Item(11, "Agnieszka Kowalczyk"),
    ],
)

INQUEST = Article(
    "ns3-inquest",
    "court/inquest report: Asked by X whether ..., she said: ...; evidence given, coroner's conclusion",
    """\
⟦n1|Care home ‘missed chances’ to save resident, inquest hears⟧

⟦q14|A care home missed several chances to get medical help for an 87-year-old resident who died of sepsis⟧, ⟦s14|an inquest⟧ ⟦c14|heard⟧ on Tuesday.

Margaret Fennimore died at Royal Sussex County Hospital in February, four days after staff at Oakdene House in Worthing first noted that she was confused and had a high temperature.

⟦s1|Her son, Peter Fennimore⟧, ⟦c1|told⟧ the hearing ⟦q1|he had phoned the home three times in two days to ask why a doctor had not been called⟧. ⟦q2|“Each time I was told she was comfortable,”⟧ ⟦s2|he⟧ ⟦c2|said⟧. ⟦q2|“She was not comfortable. She was dying.”⟧

⟦s3|The home’s deputy manager, Lorraine Casey⟧, ⟦c3|said⟧ ⟦q3|staff had followed the home’s policy, which was to call the out-of-hours GP service if a resident’s temperature stayed above 38C for more than 24 hours⟧.

⟦c15|Asked⟧ by ⟦s15|the coroner, Penelope Grange⟧, ⟦q15|whether that policy was still in place⟧, ⟦s4|Ms Casey⟧ ⟦c4|said⟧: ⟦q4|“No. It was changed in March, after Mrs Fennimore died. Now we call straight away.”⟧

⟦c16|Asked⟧ by ⟦s16|the family’s barrister⟧ ⟦q16|whether anyone had been disciplined⟧, ⟦s5|she⟧ ⟦c5|replied⟧ ⟦q5|that she did not know⟧.

⟦s6|Dr Anjali Ramsden⟧, a consultant in acute medicine at the hospital, ⟦c6|said⟧ ⟦q6|that Mrs Fennimore had been “extremely unwell” when she arrived by ambulance and that earlier treatment with antibiotics “would, on the balance of probabilities, have saved her life.”⟧

In a written statement read to the inquest, ⟦s7|the home’s owner, Brightwell Care⟧, ⟦c7|said⟧ ⟦q7|it had “reflected carefully” on Mrs Fennimore’s death and had retrained every member of staff in recognising sepsis⟧.

Recording a narrative conclusion, ⟦s8|the coroner⟧ ⟦c8|said⟧ ⟦q8|there had been “a series of missed opportunities” to escalate Mrs Fennimore’s care⟧. ⟦q9|“I cannot say with certainty that she would have survived,”⟧ ⟦s9|Ms Grange⟧ ⟦c9|said⟧, ⟦q9|“but she should have been given the chance.”⟧

⟦s10|She⟧ ⟦c10|said⟧ ⟦q10|she would write to the Department of Health and Social Care about the use of temperature thresholds in care homes⟧, which ⟦s11|she⟧ ⟦c11|described⟧ as ⟦q11|“arbitrary and, in this case, fatal.”⟧

Outside the court, ⟦s12|Mr Fennimore⟧ ⟦c12|said⟧ ⟦q12|the family were “relieved that the truth is finally out”⟧. ⟦q13|“Mum was funny and stubborn and she deserved better,”⟧ ⟦s13|he⟧ ⟦c13|said⟧. ⟦q13|“We hope no other family has to sit where we sat today.”⟧
""",
    [
        Item(1, "Peter Fennimore", titles=("Her son",)),
        Item(2, "Peter Fennimore"),
        Item(3, "Lorraine Casey", titles=("The home’s deputy manager",)),
        Item(4, "Lorraine Casey"),
        Item(5, "Lorraine Casey"),
        Item(6, "Anjali Ramsden", titles=("a consultant in acute medicine at the hospital",)),
        Item(7, "Brightwell Care", "statement"),
        Item(8, "Penelope Grange"),
        Item(9, "Penelope Grange"),
        Item(10, "Penelope Grange"),
        Item(11, "Penelope Grange"),
        Item(12, "Peter Fennimore"),
        Item(13, "Peter Fennimore"),
        Item(14, "an inquest", anonymous=True),
        Item(15, "Penelope Grange", titles=("the coroner",)),
        Item(16, "the family’s barrister", anonymous=True),
    ],
    {1: "headline"},
)

WILDFIRE = Article(
    "ns3-wildfire",
    "wildfire evacuation: officials and survivors, straight doubles, a quotation split twice, said-X inversions",
    """\
⟦n2|"We had ten minutes": wildfire forces thousands from mountain towns⟧

By Luis Arreola

PINECREST, Calif. — ⟦q17|A wind-driven wildfire tore through two mountain communities east of Sacramento overnight, destroying at least 300 homes and forcing about 9,000 people to flee⟧, ⟦s17|fire officials⟧ ⟦c17|said⟧ on Saturday.

⟦q1|"This fire moved faster than anything I've seen in twenty-six years,"⟧ ⟦c1|said⟧ ⟦s1|Battalion Chief Rosa Villanueva⟧ of the state fire agency, Cal Fire. ⟦q18|"It jumped the highway,"⟧ ⟦s18|she⟧ ⟦c18|said⟧, ⟦q18|"then it jumped the river"⟧ — she stopped, and pointed east — ⟦q18|"and then the wind turned and it came back up the canyon at us."⟧

⟦q2|The Ridgeback Fire had burned about 18,000 acres by Saturday afternoon and was 5 per cent contained⟧, ⟦c2|according to⟧ ⟦s2|Cal Fire⟧. ⟦s3|Officials⟧ ⟦c3|said⟧ ⟦q3|two people were missing and that four firefighters had been treated for minor burns⟧.

Residents described a chaotic escape. ⟦s4|Tom Grady⟧, 67, ⟦c4|said⟧ ⟦q4|a neighbour had banged on his door just after midnight⟧. ⟦q5|"We had ten minutes,"⟧ ⟦s5|he⟧ ⟦c5|said⟧. ⟦q5|"I grabbed the dog, my wife grabbed the passports, and we drove down the mountain with the trees on fire on both sides."⟧

At an evacuation centre in a high school gym in Placerville, ⟦s6|Lupe Hernández⟧ ⟦c6|said⟧ ⟦q6|she did not yet know whether her house was still standing⟧. ⟦q7|"Somebody posted a picture of our street,"⟧ ⟦s7|she⟧ ⟦c7|said⟧. ⟦q7|"I can't look at it. My husband looked. He won't tell me."⟧

⟦s8|The county sheriff, Dale Whitford⟧, ⟦c8|urged⟧ ⟦q8|residents who had not yet left to "go now, not in an hour."⟧ ⟦s9|He⟧ ⟦c9|said⟧ ⟦q9|deputies had gone door to door in Pinecrest and Silver Flat but could not be sure everybody had been reached⟧.

⟦s11|Governor Elena Marsh⟧ declared a state of emergency for the county on Saturday morning and ⟦c11|said⟧ ⟦q11|the state had asked for federal help⟧. ⟦q12|"To everyone who has lost a home tonight: you are not alone,"⟧ ⟦s12|she⟧ ⟦c12|wrote⟧ on social media.

⟦s13|Forecasters⟧ ⟦c13|said⟧ ⟦q13|the winds, gusting at up to 60 miles an hour, would ease on Sunday⟧, which ⟦s14|fire officials⟧ ⟦c14|said⟧ ⟦q14|could give crews their first chance to build containment lines⟧.

⟦s15|A spokesman for Pacific Valley Electric⟧ ⟦c15|said⟧ ⟦q15|the utility had shut off power to 40,000 customers as a precaution⟧ and ⟦n1|declined to say whether any of its equipment was involved in starting the fire⟧. The cause is under investigation.

⟦q16|"Right now we're not thinking about the cause,"⟧ ⟦s16|Chief Villanueva⟧ ⟦c16|said⟧. ⟦q16|"We're thinking about the people still up there."⟧
""",
    [
        Item(1, "Rosa Villanueva", titles=("Battalion Chief",)),
        Item(2, "Cal Fire", "according_to"),
        Item(3, "officials", anonymous=True),
        Item(4, "Tom Grady"),
        Item(5, "Tom Grady"),
        Item(6, "Lupe Hernández"),
        Item(7, "Lupe Hernández"),
        Item(8, "Dale Whitford", titles=("The county sheriff",)),
        Item(9, "Dale Whitford"),
        Item(11, "Elena Marsh"),
        Item(12, "Elena Marsh", "posted"),
        Item(13, "forecasters", anonymous=True),
        Item(14, "fire officials", anonymous=True),
        Item(15, "A spokesman for Pacific Valley Electric", anonymous=True),
        Item(16, "Rosa Villanueva"),
        Item(17, "fire officials", anonymous=True),
        Item(18, "Rosa Villanueva"),
    ],
    {1: "refusal", 2: "headline"},
)

RESIGNATION = Article(
    "ns3-resignation-letter",
    "a resignation letter quoted at length, the reply, reported speech with and without that",
    """\
Theatre director quits over funding cuts in blistering letter

⟦s13|The artistic director of the Lyceum Theatre in Aberfoyle, Callum Fraser-Reid⟧, has resigned after eleven years, ⟦c13|accusing⟧ ⟦q13|the city council of “cultural vandalism” over a 40 per cent cut to the theatre’s grant⟧.

In a letter to the theatre’s board, which he published on his website on Monday, ⟦s1|Mr Fraser-Reid⟧ ⟦c1|wrote⟧:

⟦q1|“When I arrived in 2013 the Lyceum was half empty and twelve months from closing. Together we filled it. We took plays to schools that had never seen one. We put on the first play in Gaelic this building has seen in a century.

“I cannot preside over the dismantling of that work. A theatre that cannot afford to pay its actors is not a theatre. It is a building with a bar.”⟧

⟦s2|He⟧ ⟦c2|wrote⟧ ⟦q2|that he had been told of the cut by email, “on a Friday afternoon, with no warning and no conversation.”⟧

The letter was shared thousands of times within hours. ⟦s3|The actor Morag Lindsay⟧, who has appeared in six productions at the Lyceum, ⟦c3|called⟧ ⟦q3|it “the most honest thing anyone has written about the arts in this country in years.”⟧

⟦s4|The chair of the theatre’s board, Rhona Duguid⟧, ⟦c4|said⟧ ⟦q4|the board had accepted the resignation “with enormous regret”⟧ and thanked Mr Fraser-Reid for his work. ⟦q6|“Callum gave this theatre its confidence back,”⟧ ⟦s6|she⟧ ⟦c6|said⟧. ⟦q6|“We will fight to protect what he built.”⟧

The council’s convener for culture, ⟦s7|Councillor Iain Baird⟧, ⟦c7|said⟧ ⟦q7|the authority had to find £38 million in savings this year and that every department had been asked to make cuts⟧. ⟦q8|“Nobody on this council wants to cut arts funding,”⟧ ⟦s8|he⟧ ⟦c8|said⟧. ⟦q8|“But when the choice is between a theatre grant and care for an elderly person at home, I know which one I have to protect.”⟧

⟦s9|⟦s10|Mr Baird⟧⟧ ⟦c9|denied⟧ ⟦q9|that the theatre had been given no warning⟧, ⟦c10|saying⟧ ⟦q10|officials had written to all arts organisations in October to set out “a very difficult financial picture.”⟧

Mr Fraser-Reid will direct one final production, a new adaptation of ⟦n2|“Kidnapped”⟧, which opens in March. ⟦c14|Asked⟧ on Tuesday ⟦q14|whether he would stay in Scotland⟧, ⟦s11|he⟧ ⟦c11|said⟧ ⟦q11|he had “no idea” and would “take a long walk first.”⟧

⟦s12|The theatre⟧ ⟦c12|said⟧ ⟦q12|it would begin looking for a successor in the spring⟧.
""",
    [
        Item(1, "Callum Fraser-Reid", "letter"),
        Item(2, "Callum Fraser-Reid", "letter"),
        Item(3, "Morag Lindsay", titles=("The actor",)),
        Item(4, "Rhona Duguid", titles=("The chair of the theatre’s board",)),
        Item(6, "Rhona Duguid"),
        Item(7, "Iain Baird", titles=("The council’s convener for culture",)),
        Item(8, "Iain Baird"),
        Item(9, "Iain Baird"),
        Item(10, "Iain Baird"),
        Item(11, "Callum Fraser-Reid"),
        Item(12, "Lyceum Theatre"),
        Item(13, "Callum Fraser-Reid", titles=("The artistic director of the Lyceum Theatre in Aberfoyle",)),
        Item(14, "a reporter", anonymous=True),
    ],
    {2: "title"},
)

MERGER = Article(
    "ns3-merger",
    "business: a merger with people familiar, told analysts on a call, a regulator, straight single quotes",
    """\
⟦n1|Brightwater and Calder agree £4.2bn merger to create UK's biggest builders' merchant⟧

⟦q16|Brightwater Supplies and Calder Timber have agreed to merge in a £4.2 billion deal that would create Britain's largest supplier of building materials⟧, ⟦s16|the two companies⟧ ⟦c16|said⟧ on Monday.

⟦s1|Brightwater's chief executive, Olusegun Hale⟧, who will run the combined group, ⟦c1|told⟧ analysts on a call ⟦q1|that the merger would save about £120 million a year within three years, mostly from closing overlapping depots⟧.

⟦q2|'This is two good businesses becoming one great one,'⟧ ⟦s2|Mr Hale⟧ ⟦c2|said⟧. ⟦q2|'Our customers are builders. They don't care whose name is over the door. They care that the timber's there at seven in the morning.'⟧

⟦q3|The talks began in the summer, after Calder's largest shareholder, the investment firm Ardgowan Partners, pushed the company to find a buyer⟧, ⟦c3|according to⟧ ⟦s3|two people familiar with the negotiations⟧, who spoke on condition of anonymity because the talks were private.

⟦s5|Calder's chairwoman, Dame Frances Oyelaran⟧, ⟦c5|said⟧ ⟦q5|the board had considered 'every alternative, including staying independent,' and had concluded that the merger offered shareholders the best value⟧.

⟦c17|Asked⟧ on the call ⟦q17|how many jobs would go⟧, ⟦s6|Mr Hale⟧ ⟦c6|said⟧ ⟦q6|it was 'too early to put a number on it'⟧ but ⟦c7|promised⟧ ⟦q7|that the companies would consult staff and unions 'properly, and early'⟧. The two groups employ about 14,000 people between them.

⟦s8|Unite, the union⟧, ⟦c8|said⟧ ⟦q8|it feared that as many as 2,000 jobs could go⟧. ⟦q9|'Every time two of these firms merge, the synergies turn out to be our members' P45s,'⟧ ⟦c9|said⟧ ⟦s9|its national officer for construction, Dermot Keane⟧.

⟦s10|Competition lawyers⟧ ⟦c10|said⟧ ⟦q10|the deal was likely to face a lengthy review⟧. ⟦q11|'In some towns these two are the only merchants,'⟧ ⟦c11|said⟧ ⟦s11|Amelia Roth⟧, a partner at the law firm Pettigrew Lowe. ⟦q11|'The CMA will want to see depots sold, and probably quite a lot of them.'⟧

⟦s12|The Competition and Markets Authority⟧ ⟦c12|said⟧ ⟦q12|it would examine the merger⟧ but did not comment further.

Shares in Calder rose 22 per cent to 318p. Brightwater's shares fell 4 per cent, which ⟦s13|one analyst⟧ ⟦c13|put down⟧ ⟦q13|to 'the usual worry that the buyer has paid too much.'⟧

Mr Hale dismissed that concern. ⟦q15|'We've paid a fair price for a business we know very well,'⟧ ⟦s15|he⟧ ⟦c15|said⟧. ⟦q15|'We've been competing with them for forty years.'⟧
""",
    [
        Item(1, "Olusegun Hale", titles=("Brightwater's chief executive",)),
        Item(2, "Olusegun Hale"),
        Item(3, "two people familiar with the negotiations", "according_to", anonymous=True),
        Item(5, "Frances Oyelaran", titles=("Calder's chairwoman",)),
        Item(6, "Olusegun Hale"),
        Item(7, "Olusegun Hale"),
        Item(8, "Unite"),
        Item(9, "Dermot Keane", titles=("its national officer for construction",)),
        Item(10, "Competition lawyers", anonymous=True),
        Item(11, "Amelia Roth", titles=("a partner at the law firm Pettigrew Lowe",)),
        Item(12, "Competition and Markets Authority"),
        Item(13, "one analyst", anonymous=True),
        Item(15, "Olusegun Hale"),
        Item(16, "Brightwater Supplies and Calder Timber"),
        Item(17, "analysts", anonymous=True),
    ],
    {1: "headline"},
)

ARTICLES = [COLUMN, DIARY, RADIO, PROFILE, QANDA, DIALOGUE, INQUEST, WILDFIRE, RESIGNATION, MERGER]
