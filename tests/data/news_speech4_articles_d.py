"""Articles 13-16 of the fourth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech4 import Article, Item

FOREIGN = Article(
    "ns4-foreign-strike",
    "translated foreign news: guillemets, 'through an interpreter', a ministry statement, a union leader, a slogan",
    """\
French dockers extend strike as talks collapse

MARSEILLE — Dock workers at France's largest Mediterranean port voted on Wednesday to extend their strike for another week, after talks with the government over pension changes broke down late on Tuesday night.

⟦q1|«Nous ne sommes pas des pions»⟧, ⟦s1|union leader Jean-Baptiste Orsini⟧ ⟦c1|told⟧ a crowd of several hundred workers outside the port gates. ⟦q2|«We are not pawns. We will stay here as long as it takes,»⟧ ⟦s2|he⟧ ⟦c2|said⟧, repeating the line in English for foreign reporters.

The strike, now in its third week, has left more than 60 container ships waiting offshore. ⟦c3|According to⟧ ⟦s3|the port authority⟧, ⟦q3|about 1.4 million tonnes of cargo are stuck on the quays⟧.

⟦s4|The transport ministry⟧ ⟦c4|said⟧ in a statement ⟦q4|that it "regretted" the union's decision and that its offer, which would delay the changes for workers over 55, remained on the table⟧.

⟦s5|Transport minister Claire Delorme⟧ ⟦c5|told⟧ the radio station France Inter ⟦q5|that the government would not "give in to blackmail"⟧. ⟦q6|«The door is open. It has always been open,»⟧ ⟦s6|she⟧ ⟦c6|said⟧. ⟦q6|«But the reform will happen.»⟧

Exporters are growing anxious. Speaking through an interpreter, ⟦s7|Youssef Benali, who ships olive oil from Tunisia through Marseille,⟧ ⟦c7|said⟧ ⟦q7|he had already lost two contracts with supermarkets in Germany⟧. ⟦q8|«My customers don't care about French pensions,»⟧ ⟦s8|he⟧ ⟦c8|said⟧. ⟦q8|«They care whether the oil arrives.»⟧

Banners on the gates carry the strike's slogan, ⟦n1|«Le port, c'est nous»⟧ — the port is us. Many of the strikers have worked at the docks for decades, as did their fathers.

⟦s9|Marie-Claude Fabre, 58, a crane operator,⟧ ⟦c9|said⟧ ⟦q9|that she had planned to retire next year and now faced working until 62⟧. ⟦q10|«I started here at nineteen,»⟧ ⟦s10|she⟧ ⟦c10|said⟧. ⟦q10|«My shoulders are finished. What do they want me to lift at sixty-two?»⟧

Economists at the Banque de France estimated last week that the strike was costing the economy about €30 million a day. ⟦s12|⟦s14|A spokesman for the employers' federation, UMF,⟧⟧ ⟦c12|said⟧ ⟦q12|some shipping lines had begun sending cargo to Genoa and Barcelona instead⟧, and ⟦c14|warned⟧ ⟦q14|that "some of that traffic will never come back"⟧.

⟦q13|Talks are due to resume on Monday⟧, ⟦s13|the ministry⟧ ⟦c13|said⟧.
""",
    [
        Item(1, "Jean-Baptiste Orsini", titles=("union leader",)),
        Item(2, "Jean-Baptiste Orsini"),
        Item(3, "the port authority", "according_to"),
        Item(4, "The transport ministry", "statement"),
        Item(5, "Claire Delorme", titles=("Transport minister",), chain=(("France Inter", "told"),)),
        Item(6, "Claire Delorme"),
        Item(7, "Youssef Benali"),
        Item(8, "Youssef Benali"),
        Item(9, "Marie-Claude Fabre", titles=("a crane operator",)),
        Item(10, "Marie-Claude Fabre"),
        Item(12, "A spokesman for the employers' federation", anonymous=True),
        Item(13, "The transport ministry"),
        Item(14, "A spokesman for the employers' federation", anonymous=True),
    ],
    {1: "slogan"},
)

DIALOGUE = Article(
    "ns4-dialogue-ferry",
    "em-dash dialogue: a ferry crossing feature, dash turns without cues, a skipper and a passenger",
    """\
On the last ferry to Inishcarra

The Saint Brendan leaves the pier at Ballycorrig at half past four, whatever the weather, and on a grey Thursday in November there are six passengers, two sheep dogs and a pallet of cement on board.

The skipper, Declan Ó Murchú, has made the crossing more than 9,000 times. This winter may be his last: the county council is reviewing the subsidy that keeps the ferry running.

I ask him about the review.

⟦q1|— Worried? I'm sixty-three. Worry is for young men with mortgages.⟧

He turns the wheel a few degrees as the swell picks up past the headland.

⟦q2|— But the island will be finished without a boat. You know that. Everybody knows that.⟧

Beside him, holding a bag of shopping from the mainland, Nuala Keane, who runs the island's only shop, interrupts.

⟦q3|— Finished is right. Who'll come out to live if you can't get your messages across?⟧

⟦q4|— They'll build a bridge,⟧ ⟦s4|Ó Murchú⟧ ⟦c4|says⟧, deadpan.

⟦q5|— A bridge!⟧ She laughs so hard she has to put the bag down. ⟦q13|— They can't fix the road to Ballycorrig.⟧

There are 84 people living on Inishcarra now, down from more than 300 in the 1950s. ⟦s6|The council⟧ ⟦c6|says⟧ ⟦q6|the ferry costs about €410,000 a year to run and that it is looking at "all options", including a smaller, faster boat that would carry no freight⟧.

⟦s7|A council spokeswoman⟧ ⟦c7|told⟧ me ⟦q7|that no decision would be taken before the spring⟧ and ⟦c8|stressed⟧ ⟦q8|that islanders would be consulted⟧.

Out on the deck, a young man in a rain jacket is taking photographs. His name is Piotr Zieliński; he moved to the island two years ago to work on a salmon farm.

⟦q9|— I came for one summer,⟧ ⟦s9|he⟧ ⟦c9|says⟧. ⟦q9|— Then I stayed. If the boat goes, I go too. No choice.⟧

We round the headland and the harbour comes into view, a line of white houses and the grey church above them. Ó Murchú throttles back.

⟦q10|— Twenty-two minutes,⟧ ⟦s10|he⟧ ⟦c10|says⟧, checking his watch. ⟦q10|— Not bad for an old boat and an old man.⟧

On the pier, a woman is waiting for the cement. She shouts something in Irish that makes the skipper grin. ⟦q12|— She says I'm late,⟧ ⟦s12|he⟧ ⟦c12|translates⟧. ⟦q12|— I'm never late. The sea is early.⟧

The return crossing leaves at a quarter past five. There is one passenger, a nurse going home to the mainland after a shift at the island clinic. She sleeps all the way.
""",
    [
        Item(1, "Declan Ó Murchú"),
        Item(2, "Declan Ó Murchú"),
        Item(3, "Nuala Keane"),
        Item(4, "Declan Ó Murchú"),
        Item(5, "Nuala Keane"),
        Item(13, "Nuala Keane"),
        Item(6, "The council"),
        Item(7, "A council spokeswoman", anonymous=True),
        Item(8, "A council spokeswoman", anonymous=True),
        Item(9, "Piotr Zieliński"),
        Item(10, "Declan Ó Murchú"),
        Item(12, "Declan Ó Murchú"),
    ],
    {},
)

TECH = Article(
    "ns4-tech-privacy-app",
    "tech and privacy: app and product names in quotes (not speech), a regulator, a company blog post, researchers",
    """\
Regulator warns parents over ⟦n1|‘KidTrack’⟧ location app

⟦s17|The data protection regulator⟧ has ⟦c17|urged⟧ parents ⟦q17|to delete the children's location app ⟦n2|"KidTrack Plus"⟧⟧ after security researchers found that the precise locations of more than 200,000 children could be read by anyone with a web browser.

⟦s1|The Information Commissioner's Office⟧ ⟦c1|said⟧ on Friday ⟦q1|it had opened an investigation into the app's maker, Bramble Labs⟧, and ⟦c2|advised⟧ ⟦q2|families to remove the app until the flaw was fixed⟧.

⟦q3|"Parents install these apps to keep their children safe. In this case the app did the opposite,"⟧ ⟦s3|deputy commissioner Lorna Bex⟧ ⟦c3|said⟧.

The flaw was found by ⟦s4|two researchers at the security firm Tessellate⟧, who ⟦c4|said⟧ ⟦q4|they had warned Bramble Labs in September and received no reply⟧. ⟦s5|One of them, Ravi Shenoy,⟧ ⟦c5|described⟧ the problem as ⟦q5|"the kind of mistake you find in a student project"⟧.

⟦q6|"There was no password, no token, nothing,"⟧ ⟦s6|he⟧ ⟦c6|said⟧. ⟦q6|"You changed a number at the end of an address and you got another child's location, updated every thirty seconds."⟧

In a blog post, ⟦s7|Bramble Labs⟧ ⟦c7|said⟧ ⟦q7|the problem had been fixed within hours of it becoming public and that there was "no evidence" anyone had misused the data⟧. The company apologised for not responding to the researchers sooner, which it blamed on an email filter.

The app was marketed with the tagline ⟦n3|"Always know they're safe"⟧ and was among the top twenty paid apps in the family category last month. Reviews on the app store were overwhelmingly positive.

⟦s10|Campaigners⟧ ⟦c10|said⟧ ⟦q10|the case showed why tracking apps for children should be regulated more strictly⟧. ⟦q11|"We would never let a stranger follow a child around with a notebook,"⟧ ⟦c11|said⟧ ⟦s11|Aoife Brennan of the Digital Childhood Trust⟧. ⟦q11|"Yet we let companies do exactly that, and then act surprised when the notebook is left on a bus."⟧

Parents contacted by this newspaper had mixed views. ⟦s12|Tom Ferris, a father of two from Leicester,⟧ ⟦c12|said⟧ ⟦q12|he had deleted the app immediately⟧. But ⟦s13|Kerry Adeyemi⟧, whose daughter walks to school alone, ⟦c13|said⟧: ⟦q13|"I'll keep using it. I just want them to fix it properly."⟧

⟦s14|Bramble Labs⟧ ⟦c14|said⟧ ⟦q14|it would release an update, version 4.2, next week⟧ and invited the researchers to test it. The company has also renamed its premium plan, formerly ⟦n6|"Guardian Gold"⟧, which ⟦s16|it⟧ ⟦c16|says⟧ ⟦q16|will be free for a year for existing users⟧.
""",
    [
        Item(1, "The Information Commissioner's Office"),
        Item(2, "The Information Commissioner's Office"),
        Item(3, "Lorna Bex", titles=("deputy commissioner",)),
        Item(4, "two researchers at the security firm Tessellate"),
        Item(5, "Ravi Shenoy"),
        Item(6, "Ravi Shenoy"),
        Item(7, "Bramble Labs", "posted"),
        Item(10, "Campaigners", anonymous=True),
        Item(11, "Aoife Brennan"),
        Item(12, "Tom Ferris", titles=("a father of two from Leicester",)),
        Item(13, "Kerry Adeyemi"),
        Item(14, "Bramble Labs"),
        Item(16, "Bramble Labs"),
        Item(17, "The Information Commissioner's Office", kind="indirect"),
    ],
    {1: "headline", 2: "title", 3: "slogan", 6: "title"},
)

CRICKET = Article(
    "ns4-cricket-county",
    "sports: county cricket report in straight single quotes, a captain and a debutant, 'added', a quote introduced by a colon",
    """\
Yorke's maiden hundred keeps Wessex in the hunt

Teenager Sam Yorke made 112 on his first-class debut as Wessex reached 341 for six on the opening day against Midlands at the Brook Lane ground.

The 19-year-old, called up on the morning of the match when opener Ollie Strand pulled a hamstring in the warm-up, hit fourteen fours and two sixes, and reached three figures with a reverse sweep that drew gasps from the members' pavilion.

⟦q1|'I didn't even know I was playing until half past nine,'⟧ ⟦s1|Yorke⟧ ⟦c1|said⟧ afterwards. ⟦q1|'I had about ten minutes to find my pads. Maybe that helped, because I didn't have time to be nervous.'⟧

⟦s2|He⟧ ⟦c2|admitted⟧ ⟦q2|the reverse sweep had not been part of the plan⟧. ⟦q3|'The coach is going to kill me,'⟧ ⟦s3|he⟧ ⟦c3|added⟧, grinning.

⟦s4|Wessex captain Hamid Qureshi⟧ ⟦c4|said⟧ ⟦q4|he had watched the innings from the balcony "with my heart in my mouth for the first hour and a smile on my face for the rest"⟧.

⟦q5|'He's been scoring runs in the second team all summer, so none of us is surprised,'⟧ ⟦s5|Qureshi⟧ ⟦c5|said⟧. ⟦q5|'What surprised me was how calm he was. He was talking to the umpires between overs like he'd been doing it for ten years.'⟧

Midlands struck twice before lunch, but Yorke and Qureshi, who made 64, added 151 for the third wicket. ⟦s6|Midlands bowling coach Tony Graveney⟧ ⟦c6|conceded⟧ ⟦q6|that his side had bowled too short in the afternoon session⟧.

⟦s7|He⟧ ⟦c7|was blunt⟧: ⟦q7|'We gave a young lad his first hundred. We won't do that again tomorrow.'⟧

Rain is forecast for the second day, and ⟦s8|the groundsman⟧ ⟦c8|said⟧ ⟦q8|the covers would be on "at the first spot"⟧.

⟦q9|Yorke, who is studying for a sports science degree at Loughborough, is the youngest Wessex player to score a debut hundred since 1987⟧, ⟦c9|according to⟧ ⟦s9|the club's statistician⟧. His father, a club cricketer in Dorset, was in the crowd.

⟦q10|'I rang him at tea and said, "Dad, you might want to come down,"'⟧ ⟦s10|Yorke⟧ ⟦c10|said⟧. ⟦q10|'He got here just in time for the last forty runs.'⟧

Strand's injury is not thought to be serious. ⟦s11|The club⟧ ⟦c11|said⟧ ⟦q11|he would have a scan on Tuesday⟧.
""",
    [
        Item(1, "Sam Yorke"),
        Item(2, "Sam Yorke"),
        Item(3, "Sam Yorke"),
        Item(4, "Hamid Qureshi", titles=("Wessex captain",)),
        Item(5, "Hamid Qureshi"),
        Item(6, "Tony Graveney", titles=("Midlands bowling coach",)),
        Item(7, "Tony Graveney"),
        Item(8, "the groundsman", anonymous=True),
        Item(9, "the club's statistician", "according_to", anonymous=True),
        Item(10, "Sam Yorke"),
        Item(11, "Wessex"),
    ],
    {},
)

ARTICLES = [FOREIGN, DIALOGUE, TECH, CRICKET]
