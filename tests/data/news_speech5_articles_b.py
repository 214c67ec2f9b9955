"""Articles 5-8 of the fifth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech5 import Article, Item

KEYNOTE = Article(
    "ns5-tech-keynote",
    "tech keynote: a CEO on stage, product names in quotes, 'announced', present-tense 'says', an analyst's research note, a quotation split twice",
    """\
⟦n1|Lumora’s “Halo” glasses promise to translate the world — for $1,199⟧

SAN JOSE, Calif. — ⟦s1|Lumora chief executive Daniela Ferreira-Hsu⟧ ⟦c1|told⟧ a packed keynote on Monday ⟦q1|that the company’s first smart glasses would go on sale in September⟧, and ⟦c2|promised⟧ ⟦q2|that they would translate spoken conversation in 40 languages “in the time it takes to blink”⟧.

The glasses, called ⟦n2|“Halo”⟧, look like an ordinary pair of thick-rimmed frames. A camera in the bridge and two microphones in the arms feed a chip that Lumora designed itself.

⟦q3|“For thirty years we have asked people to look down at a screen,”⟧ ⟦s3|Ferreira-Hsu⟧ ⟦c3|said⟧, pacing the stage in white trainers. ⟦q3|“We think the screen should look up at the world with you.”⟧

She then invited a cook from a restaurant in Osaka on stage and the two held a short conversation, each speaking their own language, with the translation appearing as subtitles on a giant screen behind them. The audience applauded; the cook bowed.

⟦q4|“This,”⟧ ⟦s4|she⟧ ⟦c4|said⟧, ⟦q4|“is the product I have wanted to build since I was a student. It is also,”⟧ she added with a grin, ⟦q4|“the most expensive thing we have ever made.”⟧

Not everyone was persuaded. ⟦s5|Hamid Qureshi, an analyst at Bernbridge Securities,⟧ ⟦c5|wrote⟧ in a note to clients ⟦q5|that the price would limit early sales to “enthusiasts and people with expense accounts”⟧. He expects fewer than 300,000 pairs to be sold in the first year.

⟦s7|Privacy campaigners⟧ ⟦c7|raised⟧ ⟦q7|concerns about a camera that is always on⟧. ⟦q8|“You are asking everyone in a café to consent to being filmed by a stranger’s spectacles,”⟧ ⟦c8|says⟧ ⟦s8|Ruth Adeyemi⟧ of the Open Rights Network. ⟦q8|“Nobody has consented to that.”⟧

⟦s9|Lumora⟧ ⟦c9|says⟧ ⟦q9|the camera only records when the wearer taps the frame, and that a small light glows whenever it does⟧. ⟦s10|A company spokesman⟧ ⟦c10|added⟧ ⟦q10|that no video is stored on Lumora’s servers⟧.

Shares in the company rose 4 per cent in after-hours trading. ⟦n3|Investors appear to believe the glasses could open a new line of business as phone sales slow⟧.

At the end of the keynote, Ferreira-Hsu put the glasses on and looked out at the audience. ⟦q11|“Hello, everyone,”⟧ ⟦s11|she⟧ ⟦c11|said⟧, in Portuguese, Japanese and then English. The subtitles, for once, lagged behind.

⟦c12|According to⟧ ⟦s12|two people familiar with the company’s plans⟧, ⟦q12|a cheaper model without the camera is already being tested⟧. Lumora ⟦n4|would not comment on future products⟧.
""",
    [
        Item(1, "Daniela Ferreira-Hsu", titles=("Lumora chief executive",)),
        Item(2, "Daniela Ferreira-Hsu"),
        Item(3, "Daniela Ferreira-Hsu"),
        Item(4, "Daniela Ferreira-Hsu"),
        Item(5, "Hamid Qureshi", "wrote"),
        Item(7, "Privacy campaigners", anonymous=True),
        Item(8, "Ruth Adeyemi"),
        Item(9, "Lumora"),
        Item(10, "A company spokesman", anonymous=True),
        Item(11, "Daniela Ferreira-Hsu"),
        Item(12, "two people familiar with the company’s plans", "according_to", anonymous=True),
    ],
    {1: "headline", 2: "title", 3: "non_reporting", 4: "refusal"},
)

LIVEBLOG = Article(
    "ns5-election-liveblog",
    "election-night live blog: timestamps, short entries, posts quoted, 'tells the BBC', a concession speech, a count official",
    """\
⟦n1|Election night live: Harbour ward goes to a recount⟧

11.42pm

The count at the Guildhall is running late. ⟦s1|A returning officer’s spokeswoman⟧ ⟦c1|says⟧ ⟦q1|the first declarations are now expected after 1am⟧, ⟦q1|“give or take a ballot box”⟧.

11.58pm

⟦s2|The Green candidate for Harbour, Tomasz Wierzbicki,⟧ ⟦c2|has posted⟧ on X: ⟦q2|“Whatever happens tonight, thank you to the 140 volunteers who knocked on doors in the rain. You were incredible.”⟧

12.15am

⟦s3|Labour’s campaign coordinator, Sunita Bhandari,⟧ ⟦c3|tells⟧ BBC Radio Solent ⟦q3|she is “quietly confident” about the three seats on the seafront⟧ but ⟦c4|warns⟧ ⟦q4|that Harbour “could go any of four ways”⟧.

12.31am

⟦s5|A reader⟧ ⟦c5|emails⟧: ⟦q5|“Is there any chance of a result before I fall asleep?”⟧ Honestly, we would not bet on it.

12.47am

⟦q6|Turnout in the city is 31.4 per cent⟧, ⟦c6|according to⟧ ⟦s6|the council⟧ — ⟦q6|down from 34 per cent four years ago⟧.

1.09am

First result: Westgate. The Conservative councillor Brian Oduya holds the seat by 212 votes. In his acceptance speech, ⟦s8|he⟧ ⟦c8|thanks⟧ ⟦q8|his wife, his agent and “the people of Westgate, who have put up with me for twelve years”⟧.

1.26am

Harbour is going to a recount. The margin between the Green and Liberal Democrat candidates is said to be fewer than ten votes.

⟦q10|“We’re asking for a full recount of every box, not a bundle check,”⟧ ⟦s10|the Liberal Democrat agent, Carol Pemberton,⟧ ⟦c10|told⟧ this blog. ⟦q10|“When it is this close, you count everything twice.”⟧

2.03am

Mr Wierzbicki has won Harbour by seven votes. He looks stunned. ⟦q11|“I have no idea what to say,”⟧ ⟦s11|he⟧ ⟦c11|says⟧, and then says quite a lot.

2.10am

⟦s13|Ms Pemberton⟧ concedes the result but ⟦c13|says⟧ ⟦q13|her party will study the rejected ballots before deciding whether to challenge it⟧.

2.24am

That is all from us tonight. ⟦n3|“Seven votes”⟧ may be the two words everyone in Harbour is still saying at breakfast.
""",
    [
        Item(1, "A returning officer’s spokeswoman", anonymous=True),
        Item(2, "Tomasz Wierzbicki", "posted", titles=("The Green candidate for Harbour",)),
        Item(3, "Sunita Bhandari", titles=("Labour’s campaign coordinator",), chain=(("BBC Radio Solent", "told"),)),
        Item(4, "Sunita Bhandari"),
        Item(5, "A reader", "wrote", anonymous=True),
        Item(6, "the council", "according_to"),
        Item(8, "Brian Oduya"),
        Item(10, "Carol Pemberton", titles=("the Liberal Democrat agent",), chain=(("this blog", "told"),)),
        Item(11, "Tomasz Wierzbicki"),
        Item(13, "Carol Pemberton"),
    ],
    {1: "headline", 3: "words_as_words"},
)

POLICE = Article(
    "ns5-police-brief",
    "crime brief from a police statement: 'Police said', 'the statement read' after a quotation, appeal for witnesses, a court date",
    """\
⟦n1|Man charged after ‘terrifying’ raid on village post office⟧

⟦q1|A 34-year-old man has been charged with robbery after a post office in Little Haddon was raided at knifepoint on Saturday afternoon⟧, ⟦s1|police⟧ ⟦c1|said⟧.

⟦s2|Northamptonshire Police⟧ ⟦c2|said⟧ ⟦q2|officers were called to the post office on Church Lane at about 3.20pm after reports that a man wearing a balaclava had threatened a member of staff and taken cash from the till⟧.

⟦q3|“The member of staff was not physically hurt but was understandably very shaken by what happened,”⟧ the statement ⟦c3|read⟧. ⟦q3|“We would like to thank the local community for their support.”⟧

Kieran Doyle, of no fixed address, was arrested on Sunday morning in Corby. He is due to appear before Northampton Magistrates’ Court on Tuesday.

⟦s4|Detective Sergeant Amrit Sandhu⟧ ⟦c4|said⟧ ⟦q4|a second man seen near the scene was being sought⟧. ⟦q5|“We are particularly keen to speak to anyone who was driving on the A43 between 3pm and 4pm and may have dash-cam footage,”⟧ ⟦s5|she⟧ ⟦c5|said⟧.

⟦q6|“It was terrifying,”⟧ ⟦c6|said⟧ ⟦s6|a customer who was in the shop at the time⟧ and asked not to be named. ⟦q6|“He came in shouting and waving the knife about. I just stood by the greetings cards and tried not to move.”⟧

The post office, which also serves as the village shop, reopened on Monday. ⟦s7|Its owner, Gwen Latimer,⟧ ⟦c7|said⟧ ⟦q7|her employee, who has worked there for nineteen years, was “made of sterner stuff than any of us”⟧ and would be back at work later in the week.

⟦s8|The local MP⟧ ⟦c8|described⟧ ⟦q8|the raid⟧ as ⟦q8|“a shocking attack on the heart of a small community”⟧.

⟦s9|Police⟧ ⟦c9|urged⟧ ⟦q9|anyone with information to call 101, quoting incident number 247⟧, or to contact Crimestoppers anonymously. A notice in the post office window now reads ⟦n2|“Staff have no access to the safe”⟧.

⟦s10|Residents⟧ ⟦c10|said⟧ ⟦q10|it was the first serious crime in the village that anyone could remember⟧. ⟦q11|“The last time the police came here it was about a stolen lawnmower,”⟧ ⟦s11|one⟧ ⟦c11|said⟧.

⟦n3|Police believe the men may have travelled to the village by car⟧. Officers are reviewing footage from a camera on the village hall.
""",
    [
        Item(1, "police", anonymous=True),
        Item(2, "Northamptonshire Police", "statement"),
        Item(3, "Northamptonshire Police", "statement"),
        Item(4, "Amrit Sandhu", titles=("Detective Sergeant",)),
        Item(5, "Amrit Sandhu"),
        Item(6, "a customer who was in the shop at the time", anonymous=True),
        Item(7, "Gwen Latimer", titles=("Its owner",)),
        Item(8, "The local MP", anonymous=True),
        Item(9, "Police", anonymous=True),
        Item(10, "Residents", anonymous=True),
        Item(11, "one resident", anonymous=True),
    ],
    {1: "headline", 2: "slogan", 3: "non_reporting"},
)

CELEBRITY = Article(
    "ns5-celebrity-interview",
    "celebrity interview: em-dash dialogue, present-tense 'she says', a quotation over three paragraphs, film titles and nicknames in quotes, a quoted text message",
    """\
⟦n1|Maya Okafor: ‘I turned down the superhero film. My mum still hasn’t forgiven me’⟧

Maya Okafor is eating chips with a fork. ⟦q1|“My nan taught me this,”⟧ ⟦s1|she⟧ ⟦c1|says⟧, spearing one. ⟦q1|“You never know who is watching.”⟧

At 27, Okafor has been watched a great deal this year. Her performance as a disgraced Olympic swimmer in ⟦n2|“Lane Four”⟧ has been tipped for every award going, and the tabloids have taken to calling her ⟦n3|“the Peckham Streep”⟧, a nickname she professes to hate.

⟦q2|“It’s lovely, and it’s mad, and I don’t think Meryl would be thrilled,”⟧ ⟦s2|she⟧ ⟦c2|says⟧.

She grew up on an estate in south London, the youngest of four, and started acting at a youth theatre above a carpet shop.

⟦q3|“There was a man called Desmond who ran it, and he was the first adult who ever told me I was good at something.⟧

⟦q3|“He died two years ago. I still have his last text on my phone. It says: ‘Don’t get lazy.’ That’s all. I read it before every audition.⟧

⟦q3|“So, yeah. I try not to get lazy.”⟧

Last year she turned down a part in a superhero franchise. ⟦s6|Her agent⟧ ⟦c6|told⟧ her ⟦q6|she was mad⟧.

⟦q7|— Were you?⟧ ⟦s7|I⟧ ⟦c7|ask⟧.

⟦q8|— Probably. But I’d read the script, and my character had four lines, and two of them were “Look out!”⟧

⟦q9|— And your mum?⟧

⟦q10|— Still not speaking to me about it. She wanted the premiere.⟧

⟦s11|Her co-star in “Lane Four”, Rhys Mortlake,⟧ ⟦c11|describes⟧ ⟦q11|her⟧ as ⟦q11|“terrifyingly prepared”⟧. ⟦q12|“She knew my lines before I did,”⟧ ⟦s12|he⟧ ⟦c12|told⟧ me by phone from Cardiff. ⟦q12|“It was quite annoying, honestly.”⟧

Okafor laughs when I read her this. ⟦q13|“Tell him I knew his blocking too,”⟧ ⟦s13|she⟧ ⟦c13|says⟧.

Her next role is in a stage production of ⟦n4|“The Winter’s Tale”⟧ at the Old Vic, which opens in March. ⟦q15|She is⟧, ⟦s15|she⟧ ⟦c15|admits⟧, ⟦q15|terrified⟧.

⟦q16|“Theatre is where you find out if you can really do it,”⟧ ⟦s16|she⟧ ⟦c16|says⟧. ⟦q16|“There is no second take. There is just you and eight hundred people who have paid for a babysitter.”⟧
""",
    [
        Item(1, "Maya Okafor"),
        Item(2, "Maya Okafor"),
        Item(3, "Maya Okafor"),
        Item(6, "Her agent", anonymous=True),
        Item(7, "the interviewer", anonymous=True),
        Item(8, "Maya Okafor"),
        Item(9, "the interviewer", anonymous=True),
        Item(10, "Maya Okafor"),
        Item(11, "Rhys Mortlake", titles=("Her co-star in “Lane Four”",)),
        Item(12, "Rhys Mortlake", chain=(("me", "told"),)),
        Item(13, "Maya Okafor"),
        Item(15, "Maya Okafor"),
        Item(16, "Maya Okafor"),
    ],
    {1: "headline", 2: "title", 3: "nickname", 4: "title"},
)

ARTICLES = [KEYNOTE, LIVEBLOG, POLICE, CELEBRITY]
