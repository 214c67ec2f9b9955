"""Articles 5-8 of the eighth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech8 import Article, Item

OBITUARY = Article(
    "ns8-obituary-cafe-owner",
    "UK local obituary: the family's statement, 'said her daughter, X', remembered words ('used to say'), a grandson's tribute over three paragraphs with re-opened marks, a lifeboat station's post, 'according to' a councillor, an em-dash attribution with no verb ('— the verdict of X'), a nickname, a sign, a belief",
    """\
Marjorie Fenwick, who ran the Harbour Café for 52 years, dies aged 91

Marjorie Fenwick, who served tea, bacon rolls and unasked-for advice to three generations of fishermen from the Harbour Café in Port Alwen, has died at the age of 91.

⟦s1|Her family⟧ ⟦c1|said⟧ ⟦q1|she died peacefully at home on Sunday morning, with her daughter and two of her grandchildren beside her⟧.

⟦q2|‘Mum never retired. She just stopped opening on Mondays,’⟧ ⟦c2|said⟧ ⟦s2|her daughter⟧, Lorna Pascoe. ⟦q2|‘She was behind that counter until she was 89, and she’d have gone back last year if her knees had let her.’⟧

Born in Truro in 1935, she bought the café with her husband, Jack, in 1973, when it was a tin-roofed hut selling ice creams to summer visitors. Jack died in 2004. Known to regulars as ⟦n1|‘Aunty Marj’⟧, she kept it open all year round, and a hand-painted sign above the till read ⟦n2|‘No whingeing before 9am’⟧.

⟦s3|She⟧ ⟦c3|used to say⟧ ⟦q3|that a café was ‘a parliament with biscuits’⟧, and regulars agree that more harbour business was settled at her corner table than at any council meeting.

Her grandson ⟦s4|Ellis Pascoe⟧, who has run the café since 2024, ⟦c4|said⟧: ⟦q4|‘Everyone thinks their gran is special. Mine happened to be special to about four thousand people.

‘The lifeboat crew would come in soaked at three in the morning and she’d have the kettle on before they’d got their boots off. Nobody asked her to. Nobody paid her for it.

‘She told me once that the trick was never to ask a fisherman how the catch had gone. You just looked at his face and put another sausage on.’⟧

⟦s5|The Port Alwen lifeboat station⟧ ⟦c5|posted⟧ on Facebook: ⟦q5|‘Fair winds, Marjorie. You kept this crew warm for half a century, and we will not forget it.’⟧

⟦q6|She was ‘the beating heart of the harbour’⟧, ⟦c6|according to⟧ ⟦s6|Cllr Dennis Rowe⟧, who represents Port Alwen on the county council and ate breakfast at the café every Saturday for thirty years.

⟦s7|Rowe⟧ ⟦c7|said⟧ ⟦q7|he would ask the council to name the new harbour-side benches after her⟧. ⟦n3|Many in the town believe the café itself should be protected as a community asset.⟧

Her oldest friend, Iris Trelawny, 93, remembered a woman who ⟦n4|‘never once let a bill go unpaid or a grudge go unforgiven’⟧.

⟦q8|‘She was bossy, she was kind, and she was never wrong about the weather’⟧ — the ⟦c8|verdict⟧ of ⟦s8|Trelawny⟧, who met her at a dance in Penzance in 1953.

She is survived by her daughter, three grandchildren and five great-grandchildren. The funeral will be held at St Petroc’s Church on Friday 12 December. ⟦s9|The family⟧ ⟦c9|asked⟧ ⟦q9|that donations be made to the RNLI instead of flowers⟧.

The café will close for the day of the funeral. ⟦q10|‘She’d be furious,’⟧ ⟦s10|Ellis⟧ ⟦c10|said⟧. ⟦q10|‘But just this once, she can lump it.’⟧
""",
    [
        Item(1, "Fenwick family"),
        Item(2, "Lorna Pascoe", titles=("her daughter",)),
        Item(3, "Marjorie Fenwick"),
        Item(4, "Ellis Pascoe", titles=("Her grandson",)),
        Item(5, "Port Alwen lifeboat station", relation="wrote"),
        Item(6, "Dennis Rowe", relation="according_to"),
        Item(7, "Dennis Rowe"),
        Item(8, "Iris Trelawny"),
        Item(9, "Fenwick family"),
        Item(10, "Ellis Pascoe"),
    ],
    {
        1: "nickname",  # what regulars called her
        2: "slogan",  # a sign above the till
        3: "non_reporting",  # a belief
        4: "non_reporting",  # remembered, not said
    },
)

BUDGET_LIVE = Article(
    "ns8-budget-live-blog",
    "UK live blog of a budget: time stamps on their own lines, newest first, key-point bullets, the present tense ('says', 'tells MPs', 'confirms'), an economist 'writes in a note', a trade body 'has posted on X', a speech opening with 'she begins', a preview with an expectation, Downing Street 'said this morning', a nickname in the bullets",
    """\
Budget 2027 live: chancellor freezes fuel duty and puts £2 levy on disposable vapes

Live updates as Chancellor Grace Olowe delivers her second budget

Key points
• Fuel duty frozen for another twelve months
• A ⟦n1|‘sin tax’⟧ of £2 on every disposable vape from April
• Income tax thresholds unchanged until 2029

15:02
Opposition hits back

⟦s1|Shadow chancellor Martin Crewe⟧ ⟦c1|says⟧ ⟦q1|the budget is ‘a magic trick performed with the lights left on’⟧ and ⟦c2|accuses⟧ Olowe ⟦q2|of ‘taxing families by stealth’ by leaving the thresholds frozen⟧.

⟦q3|‘Every family in this country will pay more tax next year than they did this year, and the chancellor hopes they won’t notice,’⟧ ⟦s3|he⟧ ⟦c3|tells⟧ the Commons.

14:41
⟦q4|‘This is a budget for the long term, not for the next headline,’⟧ ⟦s4|Olowe⟧ ⟦c4|tells⟧ MPs as she ends her speech to cheers from the government benches.

14:22
Vape levy confirmed

⟦s5|The chancellor⟧ ⟦c5|confirms⟧ ⟦q5|a levy of £2 on every disposable vape sold from 1 April⟧. ⟦s6|She⟧ ⟦c6|says⟧ ⟦q6|the money, an estimated £400m a year, will go to school sport⟧.

⟦q7|‘If you want to sell a product designed to hook teenagers, you can help pay for their football pitches,’⟧ ⟦s7|she⟧ ⟦c7|says⟧.

14:10
Markets calm

The pound edges up against the dollar as Olowe speaks. ⟦q8|‘No nasty surprises, which is the best thing a budget can offer the markets right now,’⟧ ⟦c8|writes⟧ ⟦s8|Kavita Menon⟧, chief economist at Larchfield Capital, in a note to clients.

13:52
⟦s9|Olowe⟧ ⟦c9|announces⟧ ⟦q9|that fuel duty will be frozen for a further twelve months⟧, a move ⟦s10|the Treasury⟧ ⟦c10|says⟧ ⟦q10|will save the average driver £54 a year⟧.

13:45
Retailers wary

⟦s11|The Association of Convenience Retailers⟧ ⟦c11|has posted⟧ on X: ⟦q11|‘A vape levy without enforcement just hands the market to the smugglers. We will be studying the detail.’⟧

13:31
She’s up

The chancellor is on her feet. ⟦q12|‘Madam Deputy Speaker, a year ago I promised this country stability. Today I deliver it,’⟧ ⟦s12|she⟧ ⟦c12|begins⟧.

12:58
What to expect

⟦n2|Treasury officials expect the speech to last a little under an hour.⟧ ⟦s13|Downing Street⟧ ⟦c13|said⟧ this morning ⟦q13|that the prime minister had ‘full confidence’ in Olowe⟧, after weekend reports of a row between the two over spending on defence.

⟦s14|Olowe herself⟧ ⟦c14|told⟧ reporters outside No 11 ⟦q14|that the budget would be ‘sensible, not spectacular’⟧, before holding up the traditional red box for the cameras.
""",
    [
        Item(1, "Martin Crewe"),
        Item(2, "Martin Crewe"),
        Item(3, "Martin Crewe"),
        Item(4, "Grace Olowe"),
        Item(5, "Grace Olowe"),
        Item(6, "Grace Olowe"),
        Item(7, "Grace Olowe"),
        Item(8, "Kavita Menon", relation="wrote", titles=("chief economist at Larchfield Capital",)),
        Item(9, "Grace Olowe"),
        Item(10, "Treasury"),
        Item(11, "Association of Convenience Retailers", relation="wrote"),
        Item(12, "Grace Olowe"),
        Item(13, "Downing Street"),
        Item(14, "Grace Olowe"),
    ],
    {
        1: "scare_quotes",  # a label in a bullet
        2: "non_reporting",  # an expectation
    },
)

FARMERS = Article(
    "ns8-translated-farmers-protest",
    "translated foreign news: dateline, curly doubles, square-bracket insertions, ellipses, '[sic]' in an English-language statement, 'speaking through an interpreter', a translation by a broadcaster, an em-dash attribution with no verb, a colon attribution in the headline, a slogan, an intention",
    """\
Velarian farmers’ leader: ⟦n1|“We will stay until the decree is gone”⟧

ORSOVA, Velaria — Thousands of farmers drove tractors on to the main motorway into Orsova on Friday, blocking traffic for more than 20 kilometres in protest against government cuts to fertiliser subsidies.

⟦q1|“We will not leave until [the government] withdraws this decree, even if we have to sleep on the asphalt for a month,”⟧ ⟦c1|said⟧ ⟦s1|Radu Ilescu⟧, who heads the farmers’ union Pământ Viu, speaking through an interpreter.

The decree, published last month, halves the subsidy on nitrogen fertiliser from January. ⟦s2|The agriculture ministry⟧ ⟦c2|said⟧ in an English-language statement ⟦q2|that the cuts were “necesary [sic] to protect our rivers for the next generations”⟧ and ⟦q2|that farmers would receive compensation “in the coming months.”⟧

Agriculture Minister ⟦s3|Elena Vasu⟧ ⟦c3|said⟧ in a televised address on Thursday evening: ⟦q3|“The decree is final … We have listened to the farmers for two years, and now we must act for everyone who drinks the water.”⟧

Her remarks were broadcast in Velarian; the translation is the state broadcaster VNT’s.

At the barricade outside the village of Crișan, hand-painted signs read ⟦n2|“No fertiliser, no bread.”⟧ Some protesters had brought their families, and soup was being served from the back of a trailer.

⟦q4|“My father farmed this land, and his father. [They] never asked Orsova for anything … but they never had Orsova take from them either,”⟧ ⟦s4|Mihaela Dobre⟧, 47, who grows wheat and sunflowers near Crișan, ⟦c4|said⟧.

⟦q5|“We feed this country. Today the country will listen to us”⟧ — the ⟦c5|words⟧ of ⟦s5|Ilescu⟧ from the roof of a tractor cab, shouted through a megaphone to loud cheers.

⟦s6|Police⟧ ⟦c6|said⟧ ⟦q6|about 4,000 tractors had joined the protest and that two officers had been slightly hurt when a barrier was pushed over⟧. ⟦s7|The union⟧ ⟦c7|put⟧ ⟦q7|the number at 9,000⟧.

⟦s8|Opposition leader Costin Arba⟧ ⟦c8|called⟧ ⟦q8|the decree “an act of war against the countryside”⟧ and ⟦c9|said⟧ ⟦q9|his party would table a motion of no confidence next week⟧.

⟦n3|The union intends to keep the motorway closed through the weekend.⟧ ⟦s10|Ilescu⟧ ⟦c10|told⟧ reporters ⟦q10|that the farmers would let ambulances and fuel lorries through “with a smile, as always.”⟧

⟦q11|Talks between the union and the ministry are scheduled for Monday⟧, ⟦c11|according to⟧ ⟦s11|the prime minister’s office⟧, ⟦s12|which⟧ ⟦c12|said⟧ ⟦q12|it hoped the protest would end “in a spirit of dialogue.”⟧
""",
    [
        Item(1, "Radu Ilescu"),
        Item(2, "agriculture ministry", relation="statement"),
        Item(3, "Elena Vasu"),
        Item(4, "Mihaela Dobre"),
        Item(5, "Radu Ilescu"),
        Item(6, "Police"),
        Item(7, "Pământ Viu"),
        Item(8, "Costin Arba"),
        Item(9, "Costin Arba"),
        Item(10, "Radu Ilescu"),
        Item(11, "prime minister’s office", relation="according_to"),
        Item(12, "prime minister’s office"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "slogan",  # a sign
        3: "non_reporting",  # an intention
    },
)

CLOCKMAKER = Article(
    "ns8-feature-clockmaker",
    "UK present-tense feature: 'says' throughout, 'he says' after a quotation, a quotation over two paragraphs with a re-opened mark, 'she says, laughing', an apprentice, a customer, a reporter's description of what he thinks (not speech), a book title",
    """\
The last clock doctor of Ludbury

For forty years Arthur Penrose has mended the town’s clocks. Now he is teaching someone to do it after him.

The workshop behind Penrose & Daughter on Mill Street smells of oil and brass polish, and every wall ticks. ⟦q1|‘There are 63 clocks in here, and no two of them agree,’⟧ ⟦s1|Arthur Penrose⟧ ⟦c1|says⟧, peering over half-moon glasses. ⟦q1|‘That’s how I like it. A room where every clock agrees is a shop, not a workshop.’⟧

Penrose, 74, was apprenticed to a watchmaker in Birmingham at 15. ⟦s2|He⟧ ⟦c2|says⟧ ⟦q2|he has mended more than 9,000 clocks since he opened here in 1985, from station clocks the size of cartwheels to a pocket watch that went down with a fishing boat and came back up in a net⟧.

⟦q3|‘People bring me a clock and tell me it’s worthless,’⟧ ⟦s3|he⟧ ⟦c3|says⟧. ⟦q3|‘Then they tell me it was their grandfather’s, and they start crying, and I tell them it isn’t worthless at all.’⟧

⟦n1|He thinks the town’s church clock has lost about four minutes a week since the war.⟧ Nobody has ever asked him to fix it.

His apprentice, Keira Bamford, is 23 and came to him after a degree in mechanical engineering. ⟦s5|She⟧ ⟦c5|says⟧ ⟦q5|the job is harder than anything she did at university⟧.

⟦q6|‘At university, if you got the sum wrong you lost a mark,’⟧ ⟦s6|she⟧ ⟦c6|says⟧, laughing. ⟦q6|‘Here, if you get it wrong, a 200-year-old spring goes through the window.

‘Arthur doesn’t shout. He just goes very quiet and makes a cup of tea, which is worse.’⟧

⟦s7|Penrose⟧ ⟦c7|says⟧ ⟦q7|Bamford has ‘better hands than I ever had’⟧. ⟦s9|He⟧ plans to hand over the business in two years, and ⟦c9|says⟧ ⟦q9|he will keep a bench in the corner ‘for as long as they’ll have me’⟧.

⟦s10|Sheila Tranter⟧, who has brought in her late husband’s carriage clock, ⟦c10|says⟧ ⟦q10|she tried three shops in Birmingham before someone told her to come here⟧. ⟦q11|‘They all said it wasn’t worth the money,’⟧ ⟦s11|she⟧ ⟦c11|says⟧. ⟦q11|‘Arthur said it was worth the time.’⟧

Bamford has been reading ⟦n2|‘The Watchmaker’s Bench’⟧, a 1911 manual Penrose gave her on her first day. ⟦q12|‘It’s full of his pencil notes,’⟧ ⟦s12|she⟧ ⟦c12|says⟧. ⟦q12|‘Half of them say “No!” in capitals.’⟧

As the light goes, every clock in the room begins to strike five, one after another, for almost a minute. ⟦q13|‘Listen to that,’⟧ ⟦s13|Penrose⟧ ⟦c13|says⟧. ⟦q13|‘Sixty-three opinions, and all of them wrong.’⟧
""",
    [
        Item(1, "Arthur Penrose"),
        Item(2, "Arthur Penrose"),
        Item(3, "Arthur Penrose"),
        Item(5, "Keira Bamford"),
        Item(6, "Keira Bamford"),
        Item(7, "Arthur Penrose"),
        Item(9, "Arthur Penrose"),
        Item(10, "Sheila Tranter"),
        Item(11, "Sheila Tranter"),
        Item(12, "Keira Bamford"),
        Item(13, "Arthur Penrose"),
    ],
    {
        1: "non_reporting",  # a belief
        2: "title",  # a book title
    },
)

ARTICLES = [OBITUARY, BUDGET_LIVE, FARMERS, CLOCKMAKER]
