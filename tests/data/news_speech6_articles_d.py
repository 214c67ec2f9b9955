"""Articles 13-16 of the sixth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech6 import Article, Item

FEATURE = Article(
    "ns6-feature-kidney",
    "Human-interest feature: long quotations running over paragraphs (an opening mark on each, the closing one at the end), present-tense 'she says', a text message quoted inside a quotation",
    """\
The stranger who gave away a kidney, and the teacher who got it

Two years ago, Gemma Holloway had never heard of Dylan Ferris. Now she keeps a photograph of him on her fridge, next to her grandchildren.

Holloway, a 58-year-old primary school teacher from Swindon, had been on dialysis for four years when the hospital rang in the middle of a Tuesday afternoon.

⟦q1|“I was in the middle of a phonics lesson, and my phone kept buzzing in my bag, and I ignored it twice,”⟧ ⟦s1|she⟧ ⟦c1|says⟧. ⟦q1|“The third time I thought somebody must have died, so I stepped into the corridor.

“It was the transplant coordinator. She said, ‘We have a kidney for you. Can you be here by six?’ I said yes, went back into the classroom and finished the lesson. I honestly don’t remember a word of it.”⟧

The kidney came from Ferris, a 31-year-old cycle courier from Bristol who had decided, after reading a magazine article about altruistic donation, to give one of his kidneys to whoever needed it most.

⟦s2|He⟧ ⟦c2|says⟧ ⟦q2|the decision took him about a week and the tests took about a year⟧.

⟦q3|“People assume there must be some tragedy behind it, a brother or a friend who died,”⟧ ⟦s3|Ferris⟧ ⟦c3|says⟧. ⟦q3|“There isn’t. I had two and you only need one. That’s really the whole story.

“My mum was not thrilled, I’ll be honest. She sent me a text that just said, ‘Are you sure?’ with about fifteen question marks. But she came round. She drove me to the hospital.”⟧

Donors and recipients are not told each other’s names, but either can write an anonymous letter through the transplant service. Holloway wrote three drafts before she sent hers.

⟦q4|“How do you thank somebody for that? There aren’t words,”⟧ ⟦s4|she⟧ ⟦c4|says⟧. ⟦q4|“In the end I just told him about my grandchildren, and that I would be at their weddings now.”⟧

⟦q5|Around 100 people in the UK donate a kidney to a stranger each year⟧, ⟦c5|according to⟧ ⟦s5|NHS Blood and Transplant⟧, which ⟦c6|says⟧ ⟦q6|each altruistic donation can start a chain of paired transplants that helps as many as three patients⟧.

The pair met for the first time last spring, at a café halfway between their homes. ⟦s7|Ferris⟧ ⟦c7|remembers⟧ ⟦q7|that she hugged him before he had taken his helmet off⟧.

⟦q8|“She cried, I cried, the waitress cried,”⟧ ⟦s8|he⟧ ⟦c8|says⟧.

Holloway is back at work full-time. ⟦q10|Her pupils⟧, ⟦s10|she⟧ ⟦c10|says⟧, ⟦q10|know all about Dylan⟧. ⟦n1|Year 2 made him a card that reads “Thank you for the kidny”⟧.

⟦q9|“I’ve left the spelling,”⟧ ⟦s9|she⟧ ⟦c9|says⟧. ⟦q9|“It felt wrong to correct it.”⟧
""",
    [
        Item(1, "Gemma Holloway"),
        Item(2, "Dylan Ferris"),
        Item(3, "Dylan Ferris"),
        Item(4, "Gemma Holloway"),
        Item(5, "NHS Blood and Transplant"),
        Item(6, "NHS Blood and Transplant"),
        Item(7, "Dylan Ferris"),
        Item(8, "Dylan Ferris"),
        Item(9, "Gemma Holloway"),
        Item(10, "Gemma Holloway"),
    ],
    {
        1: "caption",  # words written on a card: a caption, not speech
    },
)

MARKETS = Article(
    "ns6-markets",
    "Markets report built from analysts' notes: 'said in a note', 'wrote in a research note', strategists as a group, a central bank governor's speech, data a speech annotator sets aside",
    """\
Rand slides as traders bet on deeper rate cuts; bonds rally

JOHANNESBURG/LONDON — The rand fell to a three-month low against the dollar on Tuesday after softer-than-expected inflation figures led traders to bet that the central bank would cut interest rates twice more before the end of the year.

⟦n1|Consumer prices rose 3.1% in the year to September, Statistics South Africa data showed⟧, the slowest pace since 2021 and below the 3.4% economists polled had forecast.

⟦q1|“The inflation print all but seals a November cut, and puts a January move firmly on the table,”⟧ ⟦s1|strategists at Meridian Capital⟧ ⟦c1|said⟧ in a note to clients. ⟦q1|“We see the rand as the release valve.”⟧

In a research note, ⟦s2|Nomvula Dube, chief economist at Ubuntu Securities⟧, ⟦c2|wrote⟧ ⟦q2|that the Reserve Bank had “room to move and, for once, the numbers to justify it”⟧. ⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|she expected the repo rate to reach 6.75% by March⟧.

Reserve Bank Governor ⟦s4|Thabo Nkosi⟧ ⟦c4|said⟧ in a speech in Cape Town last week ⟦q4|that policy would remain “guided by the data, not by the market’s wishes”⟧, a line ⟦n2|traders appeared to have taken as a hint that the bank was in no hurry⟧.

⟦q5|“The governor has been very consistent. He is not going to be bounced into anything,”⟧ ⟦c5|said⟧ ⟦s5|Pieter van Wyk⟧, a fixed-income portfolio manager at Karoo Asset Management. ⟦q5|“But the market has made up its mind, and right now the market is winning.”⟧

By 1500 GMT the rand was trading at 18.92 per dollar, 1.1% weaker than its previous close. ⟦n3|Government bonds rallied, with the yield on the benchmark 2035 paper falling 14 basis points to 9.61%, according to LSEG data⟧.

Elsewhere, emerging-market currencies were broadly steady. ⟦s6|Analysts at Harbourside Bank⟧ ⟦c6|said⟧ ⟦q6|the rand’s weakness was “a South African story, not an emerging-market one”⟧ and ⟦c7|advised⟧ ⟦q7|clients to buy the currency on any further dips⟧.

⟦q8|“We think the move is overdone,”⟧ ⟦s8|they⟧ ⟦c8|wrote⟧. ⟦q8|“Real rates remain among the highest in the world, even after two cuts.”⟧

Not everyone agrees. ⟦s9|Ayesha Patel, a currency strategist at Lisbon-based Atlântico Markets⟧, ⟦c9|said⟧ ⟦q9|electricity supply and the mid-term budget next week posed bigger risks than the rate path⟧. ⟦q10|“Inflation is the good news. The budget is where it could go wrong,”⟧ ⟦s10|she⟧ ⟦c10|said⟧.

⟦s11|The Treasury⟧ ⟦c11|said⟧ on Monday ⟦q11|the budget would “stick to the consolidation path”⟧, without giving details.

Johannesburg’s all-share index closed 0.8% higher, led by retailers and banks, which tend to benefit from lower rates. ⟦n4|Investors are betting that a cheaper rand will lift the profits of miners and exporters⟧, and the resources index added 1.2%.
""",
    [
        Item(1, "Meridian Capital strategists"),
        Item(2, "Nomvula Dube"),
        Item(3, "Nomvula Dube"),
        Item(4, "Thabo Nkosi"),
        Item(5, "Pieter van Wyk"),
        Item(6, "Harbourside Bank analysts"),
        Item(7, "Harbourside Bank analysts"),
        Item(8, "Harbourside Bank analysts"),
        Item(9, "Ayesha Patel"),
        Item(10, "Ayesha Patel"),
        Item(11, "the Treasury"),
    ],
    {
        1: "non_reporting",  # data showed: evidence
        2: "non_reporting",  # traders appeared to have taken: a belief
        3: "non_reporting",  # according to market data: evidence, not speech
        4: "non_reporting",  # investors are betting: a belief
    },
)

DIALOGUE = Article(
    "ns6-dialogue-ploughs",
    "Translated feature with em-dash dialogue: turns without marks, 'he says' after a dash turn, a reporter's questions, a turn continued after its attribution",
    """\
A night on the snow ploughs of Tromsø

At two in the morning the city is silent, and Rune Eliassen has already cleared the airport road twice. He drives with one hand and pours coffee from a flask with the other.

⟦q1|— People think we are out here because of the snow,⟧ ⟦s1|he⟧ ⟦c1|says⟧. ⟦q1|It is not the snow. It is the wind. The snow you can clear. The wind puts it back.⟧

He has driven the route for nineteen years and knows every drain cover by its sound under the blade.

⟦q12|— Do you ever get tired of it?⟧ ⟦s12|I⟧ ⟦c12|ask⟧.

⟦q2|— Of the work, never,⟧ ⟦s2|he⟧ ⟦c2|says⟧. ⟦q2|Of the people who park on the corners, every night.⟧

The municipality employs 46 drivers on the winter roster. ⟦q3|The city has spent 14 million kroner more on snow clearing than it budgeted for this season⟧, ⟦c3|according to⟧ ⟦s3|the deputy mayor, Siri Haugland⟧, ⟦s4|who⟧ ⟦c4|told⟧ the local paper ⟦q4|that the council would look at the budget again in March⟧.

At the depot, his colleague Mette Sørli, one of six women on the roster, is refilling the grit spreader. ⟦s6|She⟧ ⟦c6|says⟧ ⟦q6|the hardest part is not the cold but the loneliness of the hours⟧.

⟦q7|— You drive all night and the only people you talk to are on the radio,⟧ ⟦s7|she⟧ ⟦c7|says⟧. ⟦q7|Sometimes a fox. The foxes are better company.⟧

⟦q13|— And the foxes do not complain about the noise,⟧ ⟦s13|Eliassen⟧ ⟦c13|calls⟧ from the cab.

⟦q8|— They complain,⟧ ⟦s8|she⟧ ⟦c8|answers⟧. ⟦q8|They just do it in fox.⟧

Residents are less charitable. ⟦s9|A post on the city’s Facebook page⟧ last week ⟦c9|complained⟧ ⟦q9|that ploughs had woken an entire street at 3.30 in the morning⟧, and drew more than 300 replies.

Eliassen shrugs when I read it to him. ⟦q10|— If they want the road clear at seven, somebody drives it at three,⟧ ⟦s10|he⟧ ⟦c10|says⟧.

By six the first buses are running. He parks the plough, switches off the engine and sits for a minute in the quiet.

⟦q11|— This,⟧ ⟦s11|he⟧ ⟦c11|says⟧, ⟦q11|is the best part. Everything clean, and nobody has seen it yet.⟧
""",
    [
        Item(1, "Rune Eliassen", kind="direct"),
        Item(2, "Rune Eliassen", kind="direct"),
        Item(3, "Siri Haugland"),
        Item(4, "Siri Haugland"),
        Item(6, "Mette Sørli"),
        Item(7, "Mette Sørli", kind="direct"),
        Item(8, "Mette Sørli", kind="direct"),
        Item(9, "a resident's Facebook post"),
        Item(10, "Rune Eliassen"),
        Item(11, "Rune Eliassen", kind="direct"),
        Item(12, "the reporter"),
        Item(13, "Rune Eliassen"),
    ],
)

WATER = Article(
    "ns6-za-water",
    "South African municipal story: an MMC, a ward councillor, residents, a utility's statement on social media, 'told News24', a voice note, 'said in a statement', a protest slogan",
    """\
Residents of Brixton go 12 days without water as Joburg blames ageing pipes

JOHANNESBURG – Residents of several suburbs west of the Johannesburg CBD have been without running water for 12 days, and ⟦s1|the city’s water utility⟧ ⟦c1|said⟧ on Wednesday ⟦q1|that full supply would not be restored before the weekend⟧.

In a statement posted on social media, ⟦s2|Johannesburg Water⟧ ⟦c2|said⟧ ⟦q2|a burst bulk pipe feeding the Brixton reservoir had been repaired, but that the reservoir needed at least 72 hours to refill⟧. ⟦q3|“We apologise for the inconvenience and thank residents for their patience,”⟧ ⟦s3|the statement⟧ ⟦c3|said⟧.

Patience is in short supply. On Tuesday night about 200 residents blocked Perth Road with burning tyres, chanting ⟦n1|“No water, no vote”⟧, until police dispersed them with rubber bullets.

⟦q4|“I am 71 years old and I am carrying buckets from a tanker up three flights of stairs,”⟧ ⟦c4|said⟧ ⟦s4|Gertrude Mahlangu⟧, who has lived in the same block of flats since 1989. ⟦q4|“They say ‘patience’. What is patience when you cannot flush a toilet?”⟧

Ward councillor ⟦s5|Jacques le Roux⟧ ⟦c5|told⟧ News24 ⟦q5|he had raised the state of the pipes with the utility at least six times since 2022⟧.

⟦q6|“Every time, the answer was the same: there is no budget, it is on the list,”⟧ ⟦s6|le Roux⟧ ⟦c6|said⟧. ⟦q6|“Well, now the list has burst.”⟧

Member of the mayoral committee (MMC) for environment and infrastructure ⟦s7|Nandi Khumalo⟧ ⟦c7|said⟧ ⟦q7|the city had set aside R1.2 billion to replace old pipes over three years⟧, but ⟦c8|admitted⟧ ⟦q8|that the backlog ran to more than R20 billion⟧.

⟦q9|“We inherited a network that was built for half the people who live in this city,”⟧ ⟦s9|Khumalo⟧ ⟦c9|said⟧. ⟦q9|“We are fixing it while it is running.”⟧ She paused. ⟦q9|“That is not an excuse. It is the reality.”⟧

In a voice note circulated on a community WhatsApp group, ⟦s10|a Johannesburg Water technician⟧ ⟦c10|said⟧ ⟦q10|crews had been working in shifts around the clock⟧ and ⟦c11|asked⟧ ⟦q11|residents not to threaten staff at the tankers⟧.

⟦q12|Eighteen water tankers have been deployed to the affected suburbs⟧, ⟦c12|according to⟧ ⟦s12|the city⟧, although ⟦s13|residents⟧ ⟦c13|said⟧ ⟦q13|many arrived late at night or not at all⟧.

⟦s15|Engineers⟧ have long ⟦c15|warned⟧ ⟦q15|that Johannesburg’s water network is close to collapse⟧, and the ⟦n3|“Day Zero”⟧ fears that gripped Cape Town in 2018 are now regularly invoked in Gauteng.

⟦s14|Mahlangu⟧ ⟦c14|said⟧ ⟦q14|she would believe the weekend deadline “when I see it coming out of my tap”⟧.
""",
    [
        Item(1, "Johannesburg Water"),
        Item(2, "Johannesburg Water"),
        Item(3, "Johannesburg Water"),
        Item(4, "Gertrude Mahlangu"),
        Item(5, "Jacques le Roux", chain=(("News24", "told"),)),
        Item(6, "Jacques le Roux"),
        Item(7, "Nandi Khumalo"),
        Item(8, "Nandi Khumalo"),
        Item(9, "Nandi Khumalo"),
        Item(10, "a Johannesburg Water technician", anonymous=True),
        Item(11, "a Johannesburg Water technician", anonymous=True),
        Item(12, "City of Johannesburg"),
        Item(13, "residents"),
        Item(14, "Gertrude Mahlangu"),
        Item(15, "engineers"),
    ],
    {
        1: "slogan",  # a chant at a protest
        3: "scare_quotes",  # a coined label
    },
)

ARTICLES = [FEATURE, MARKETS, DIALOGUE, WATER]
