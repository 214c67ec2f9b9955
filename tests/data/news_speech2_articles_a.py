"""Articles of the second news speech suite, part a: wire copy, tabloid, magazine long-form, live blog, press release.

Every name, place and event is invented. Markup: see ``make_news_speech2.py``.
"""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech2 import Article, Item

WIRE = Article(
    id="ns2-wire-shipping",
    style="wire copy, straight quotes, dateline, reporting credits",
    text="""
Insurers lift war-risk costs for Kell Strait shipping

By Tomas Reyland

LONDON (Reuters) - ⟦q1|Marine insurers have raised war-risk premiums for ships crossing the Strait of Kell for the third time in a month⟧, ⟦s1|brokers⟧ ⟦c1|said⟧ on Tuesday, after two tankers were hit by drones near the port of Varnak.

⟦q2|Premiums now stand at about 0.7% of a vessel's value for a seven-day voyage, up from 0.25% in early May⟧, ⟦c2|according to⟧ ⟦s2|three brokers familiar with the market⟧.

⟦q3.1|"The market is pricing in a sustained campaign, not a one-off,"⟧ ⟦c3|said⟧ ⟦s3|Hal Brennick⟧, head of marine at broker Castellan Re. ⟦q3.2|"Some owners are simply choosing not to go."⟧

⟦q4|The joint war committee of the Lloyd's Market Association added the Varnak anchorage to its list of high-risk areas late on Monday⟧, ⟦s4|a spokesperson for the association⟧ ⟦c4|confirmed⟧.

⟦s5|Shipping companies⟧ ⟦c5|said⟧ ⟦q5|they would reroute some cargoes around the Cape⟧. ⟦s6|Danish carrier Holmsted Lines⟧ ⟦c6|told⟧ Reuters ⟦q6|that it had paused bookings through the strait "until the picture becomes clearer"⟧.

Ship-tracking data showed traffic through the strait fell by a fifth last week.

⟦s7|The government of Varnak⟧ ⟦c7|said⟧ in a statement ⟦q7|that its navy would begin escorting merchant ships from Thursday and that the attacks were "a direct assault on the freedom of navigation"⟧.

No group has claimed responsibility. ⟦s8|A senior Varnaki security official⟧, who spoke on condition of anonymity because he was not authorised to brief the media, ⟦c8|said⟧ ⟦q8|investigators believed the drones had been launched from a fishing vessel⟧.

Oil prices edged higher on the news. Brent crude futures rose 42 cents to $81.10 a barrel by 1030 GMT.

⟦q9|"Every day this goes on, it adds to freight costs, and those costs end up in the price at the pump,"⟧ ⟦c9|said⟧ ⟦s9|Ines Morrow⟧, an analyst at Petrobay Consulting in Singapore.

⟦s10|She⟧ ⟦c10|said⟧ ⟦q10|the rise in premiums alone would add roughly $150,000 to the cost of a typical tanker voyage⟧.

Insurers have so far stopped short of withdrawing cover altogether. ⟦q11.1|"We are not there yet,"⟧ ⟦s11|Brennick⟧ ⟦c11|said⟧, ⟦q11.2|"but if a crewed vessel is lost, all bets are off."⟧

(Reporting by Tomas Reyland in London; additional reporting by Sana Idris in Varnak; Editing by Mark Potter)
""",
    items=[
        Item(1, "brokers", anonymous=True),
        Item(2, "three brokers familiar with the market", relation="according_to", anonymous=True),
        Item(3, "Hal Brennick", titles=("head of marine at broker Castellan Re",)),
        Item(4, "a spokesperson for the association", anonymous=True),
        Item(5, "shipping companies", anonymous=True),
        Item(6, "Holmsted Lines", titles=("Danish carrier",), chain=(("Reuters", "told"),)),
        Item(7, "government of Varnak", relation="statement"),
        Item(8, "a senior Varnaki security official", anonymous=True),
        Item(9, "Ines Morrow", titles=("an analyst at Petrobay Consulting in Singapore",)),
        Item(10, "Ines Morrow"),
        Item(11, "Hal Brennick"),
    ],
)

TABLOID = Article(
    id="ns2-tabloid-soap",
    style="tabloid, one-sentence paragraphs, colourful cues, headline quote",
    text="""
⟦n:headline|‘I’M NOT GOING ANYWHERE’⟧ Fury as Ferry Street star axed

By Gemma Toller, Showbiz Editor

SOAP star Dex Harlan is fighting his shock axing from hit drama Ferry Street.

The 41-year-old, who has played lovable rogue Vinnie Lomax for 12 years, ⟦c1|was told⟧ by ⟦s1|producers⟧ last week ⟦q1|that his character would be killed off in a boat fire⟧.

⟦q2.1|“I’m gutted,”⟧ ⟦s2|he⟧ ⟦c2|fumed⟧. ⟦q2.2|“Twelve years I’ve given that show. Twelve years.”⟧

⟦s3|Pals⟧ ⟦c3|say⟧ ⟦q3|Dex was left in tears after the meeting⟧.

⟦s4|One insider⟧ ⟦c4|said⟧: ⟦q4|“He walked out of that room white as a sheet. The whole cast is furious.”⟧

⟦s5|Bosses⟧ ⟦c5|insist⟧ ⟦q5|the decision was “purely creative”⟧.

⟦s6|A Ferry Street spokeswoman⟧ ⟦c6|said⟧: ⟦q6|“We never comment on future storylines. Dex has been a much-loved part of the Ferry Street family and we wish him well.”⟧

Meanwhile co-star ⟦s7|Kiki Moran⟧, 29, who plays barmaid Shona, ⟦c7|gushed⟧ ⟦q7|that she was “over the moon” to be given a bigger role next series⟧.

⟦q8|“It’s a dream come true,”⟧ ⟦s8|she⟧ ⟦c8|squealed⟧.

But fans were quick to rally behind Dex, with the hashtag #SaveVinnie trending on Sunday night.

⟦s9|One viewer⟧ ⟦c9|posted⟧: ⟦q9|“No Vinnie, no Ferry Street. Simple as that.”⟧

⟦s10|Another⟧ ⟦c10|wrote⟧: ⟦q10|“Axing Vinnie is the worst decision in soap history. I’m done with this show.”⟧

Dex, known to fans as ⟦n:nickname|“the Ferryman”⟧, refused to be drawn on ⟦n:refusal|whether he would take legal action⟧.

⟦q11|“Let’s just say this isn’t over,”⟧ ⟦s11|he⟧ ⟦c11|said⟧ with a wink.

The star is said to have been offered a farewell storyline that would see Vinnie sail off into the sunset rather than perish in the flames.

But ⟦s12|a source⟧ ⟦c12|claimed⟧ ⟦q12|he had turned it down flat⟧.

⟦q13|“Dex doesn’t want a soppy goodbye. If they want rid of him, they can do it properly,”⟧ ⟦c13|said⟧ ⟦s13|the source⟧.

Dex’s agent ⟦s14|Paula Grice⟧ ⟦c14|told⟧ us last night: ⟦q14|“Dex is a pro. He’ll land on his feet. He always does.”⟧

The final episodes featuring Vinnie were filmed in Liverpool last month and will air in the spring.

Ferry Street continues on Monday at 7pm.
""",
    items=[
        Item(1, "producers", anonymous=True),
        Item(2, "Dex Harlan"),
        Item(3, "pals", anonymous=True),
        Item(4, "one insider", anonymous=True),
        Item(5, "bosses", anonymous=True),
        Item(6, "a Ferry Street spokeswoman", anonymous=True),
        Item(7, "Kiki Moran", titles=("co-star",)),
        Item(8, "Kiki Moran"),
        Item(9, "one viewer", relation="wrote", anonymous=True),
        Item(10, "another viewer", relation="wrote", anonymous=True),
        Item(11, "Dex Harlan"),
        Item(12, "a source", anonymous=True),
        Item(13, "a source", anonymous=True),
        Item(14, "Paula Grice", titles=("Dex’s agent",)),
    ],
)

MAGAZINE = Article(
    id="ns2-magazine-lighthouse",
    style="magazine long-form, quotations running over paragraphs, colon introductions",
    text="""
The last keeper

For forty years Agnes Tulloch kept the light on Skerrow Point. Now the lighthouse is automated, and she has time to talk.

By Rowan Feaver

The kitchen of the old keeper's cottage still smells of paraffin. Agnes Tulloch, who is 78, pours the tea before she sits down, and she does not wait for a question.

⟦q1|“People think it was lonely. It was never lonely. You had the birds, you had the boats going past, you had the radio. In the winter you had the storms, and a storm is company of a kind.

“What it was, was relentless. The light has to turn every night of the year. You don’t get a night off because you’ve a cold, or because your mother has died. I kept that light the night we buried my mother.”⟧

⟦s1|She⟧ ⟦c1|says⟧ this without self-pity, looking out at the tower.

Tulloch came to Skerrow in 1969 as the wife of an assistant keeper, Duncan, and took over the logbooks when his eyesight began to fail. The Northern Lighthouse Board did not then employ women as keepers. ⟦s2|She⟧ ⟦c2|recalls⟧ ⟦q2|that an inspector arrived by boat in 1974 to “regularise the position”, and left two days later having signed her on⟧.

⟦q3.1|“He asked me to strip the lamp and put it back together while he timed me,”⟧ ⟦s3|she⟧ ⟦c3|says⟧. ⟦q3.2|“I did it faster than Duncan. He wrote something in his little book and that was that.”⟧

Her son, ⟦s5|Callum Tulloch⟧, who now fishes out of Stornoway, ⟦c5|remembers⟧ it differently. ⟦q5|“Mum tells it like it was nothing. It was not nothing. There was a lot of muttering in the village about a woman doing a man’s job, and she heard every word of it.

“She just never let on.”⟧

The automation came in 2009. Engineers fitted a solar array and a remote monitoring system, and ⟦q6.1|the board wrote to her⟧, ⟦s6|she⟧ ⟦c6|says⟧, ⟦q6.2|to thank her for her service⟧. ⟦q7.1|“Thanked me for my service,”⟧ ⟦s7|she⟧ ⟦c7|repeats⟧, with a short laugh. ⟦q7.2|“Like I was a soldier.”⟧

⟦s9|A spokesman for the board⟧ ⟦c9|said⟧ ⟦q9|it had been “enormously grateful” to its keepers and that Mrs Tulloch’s logbooks had been deposited with the national archive⟧.

These days she volunteers at the visitor centre, where children ask her whether she was ever frightened. Her answer is always the same⟦c10|:⟧ ⟦q10|“Only of the paperwork.”⟧

Toward the end of the afternoon she takes me up the tower, 114 steps, without stopping. At the top ⟦s11|she⟧ ⟦c11|puts⟧ it plainly: ⟦q11|“This was my life. I’m not sentimental about it. But I would not have swapped it.”⟧

On the way down, ⟦s12|she⟧ ⟦c12|mentions⟧, almost as an afterthought, ⟦q12|that she has been asked to write a book⟧. ⟦q13.1|“I said no,”⟧ ⟦s13|she⟧ ⟦c13|says⟧. ⟦q13.2|“Then I said maybe.”⟧ And then, at the door⟦c14|:⟧ ⟦q14|“Probably yes.”⟧
""",
    items=[
        Item(1, "Agnes Tulloch"),
        Item(2, "Agnes Tulloch"),
        Item(3, "Agnes Tulloch"),
        Item(5, "Callum Tulloch", titles=("Her son",)),
        Item(6, "Agnes Tulloch"),
        Item(7, "Agnes Tulloch"),
        Item(9, "a spokesman for the board", anonymous=True),
        Item(10, "Agnes Tulloch", src=0),
        Item(11, "Agnes Tulloch"),
        Item(12, "Agnes Tulloch"),
        Item(13, "Agnes Tulloch"),
        Item(14, "Agnes Tulloch", src=0),
    ],
)

LIVE_BLOG = Article(
    id="ns2-liveblog-storm",
    style="live blog, timestamps, bullet summaries, posted statements",
    text="""
Storm Imelda live: thousands without power as 100mph gusts hit west coast

Key points
• ⟦q1|More than 40,000 homes are without electricity⟧, ⟦c1|according to⟧ ⟦s1|Westgrid⟧
• ⟦s2|Forecasters⟧ ⟦c2|say⟧ ⟦q2|the worst of the wind will pass by early evening⟧
• All ferries cancelled until Thursday

17:05 GMT
⟦s3|Westgrid⟧ ⟦c3|says⟧ ⟦q3|its engineers have reconnected about 6,000 customers in the last hour⟧ but ⟦c18|warns⟧ ⟦q18|that some rural areas may be without power overnight⟧.

⟦q4|“Our teams are working in extremely difficult conditions and we will not send them up poles while gusts are above 60mph,”⟧ ⟦s4|the company⟧ ⟦c4|said⟧ in a statement.

16:48 GMT
⟦s5|A reader in Portnahaven⟧ ⟦c5|has sent⟧ us this: ⟦q5|“Our garden wall has gone and the trampoline is somewhere in the next field. Everyone’s fine, though.”⟧

16:32 GMT
⟦s6|Transport minister Aled Price⟧ has ⟦c6|urged⟧ people ⟦q6|not to travel unless their journey is essential⟧.

Speaking to reporters in Cardiff, ⟦s7|he⟧ ⟦c7|said⟧: ⟦q7|“Please, stay at home tonight. The roads are dangerous, there are trees down everywhere, and the emergency services have enough on their plate.”⟧

⟦s8|He⟧ ⟦c8|added⟧ ⟦q8|that the government would review the response once the storm had passed⟧.

16:15 GMT
Coastguard helicopter scrambled

⟦s9|The coastguard⟧ ⟦c9|has confirmed⟧ ⟦q9|that a helicopter was sent to help a fishing boat in difficulty off Skerry Head⟧. ⟦s10|A spokeswoman⟧ ⟦c10|said⟧ ⟦q10|the three crew had been winched to safety and taken to hospital as a precaution⟧.

15:58 GMT
Some of you have been asking whether schools will open tomorrow. ⟦s11|The county council⟧ ⟦c11|posted⟧ on X a few minutes ago: ⟦q11|"All schools will be closed on Wednesday. Parents should check the council website for updates."⟧

15:40 GMT
Met Office: the worst is not over

⟦q12.1|"We're now looking at the peak of the storm,"⟧ ⟦s12|Met Office meteorologist Dana Liu⟧ ⟦c12|told⟧ this blog. ⟦q12.2|"Gusts of 100mph have been recorded at exposed sites, and we could see a few more before it eases."⟧

⟦s13|She⟧ ⟦c13|said⟧ ⟦q13|the amber warning would remain in place until 21:00 and that a second, weaker system could bring more rain on Friday⟧.

15:22 GMT
Ferries cancelled

⟦s15|Caledonian Ferries⟧ ⟦c15|says⟧ ⟦q15|all sailings are cancelled for the rest of the day and tomorrow⟧. ⟦q16|"Passengers with bookings will be contacted directly,"⟧ ⟦c16|said⟧ ⟦s16|a spokesman for the operator⟧.

15:05 GMT
Welcome to our live coverage of Storm Imelda, which is battering the west coast with winds of up to 100mph. ⟦q17|Power cuts, fallen trees and flooding have been reported across the region⟧, ⟦c17|according to⟧ ⟦s17|police⟧.
""",
    items=[
        Item(1, "Westgrid", relation="according_to"),
        Item(2, "forecasters", anonymous=True),
        Item(3, "Westgrid"),
        Item(4, "Westgrid", relation="statement"),
        Item(5, "a reader in Portnahaven", relation="wrote", anonymous=True),
        Item(6, "Aled Price", titles=("Transport minister",)),
        Item(7, "Aled Price"),
        Item(8, "Aled Price"),
        Item(9, "coastguard"),
        Item(10, "a coastguard spokeswoman", anonymous=True),
        Item(11, "county council", relation="wrote"),
        Item(12, "Dana Liu", titles=("Met Office meteorologist",)),
        Item(13, "Dana Liu"),
        Item(15, "Caledonian Ferries"),
        Item(16, "a spokesman for the operator", anonymous=True),
        Item(17, "police", relation="according_to"),
        Item(18, "Westgrid", src=3),
    ],
)

PRESS = Article(
    id="ns2-press-release-battery",
    style="press-release rewrite, company statements, titles before names",
    text="""
Harwick Energy to build battery plant in Teesmouth, creating 900 jobs

⟦s1|Harwick Energy⟧ ⟦c1|announced⟧ on Monday ⟦q1|that it will build a £1.2bn battery cell factory on the former Teesmouth steelworks site⟧, in what it called the largest private investment in the region for a generation.

⟦q2|The plant will employ about 900 people when it reaches full production in 2029 and will supply cells to carmakers in the UK and Europe⟧, ⟦s2|the company⟧ ⟦c2|said⟧ in a statement.

⟦q3.1|“Teesmouth has the skills, the port and the grid connection we need,”⟧ ⟦c3|said⟧ ⟦s3|Harwick’s chief executive, Priya Anand⟧. ⟦q3.2|“This is a long-term commitment to the people of this region, and we intend to recruit and train locally wherever we can.”⟧

⟦s4|Ms Anand⟧ ⟦c4|said⟧ ⟦q4|construction would begin in the autumn, subject to planning consent, and that the company had already signed a supply agreement with a “major European manufacturer”⟧, which she declined to name.

The government has agreed to provide £150m towards the project through its industrial strategy fund. ⟦s6|Business Secretary Jonathan Rees⟧ ⟦c6|called⟧ ⟦q6|the announcement “a huge vote of confidence in British manufacturing”⟧.

⟦q7.1|“Every one of these 900 jobs is a job that could have gone to another country,”⟧ ⟦s7|he⟧ ⟦c7|said⟧. ⟦q7.2|“We fought hard for it, and we won.”⟧

Local leaders welcomed the news. ⟦s9|Teesmouth council leader Bev Oduya⟧ ⟦c9|said⟧ ⟦q9|the site had “waited twenty years for something like this”⟧.

⟦q10|“When the steelworks closed, people said nothing would ever replace it. Today we have proved them wrong,”⟧ ⟦s10|she⟧ ⟦c10|added⟧.

Unions were more cautious. ⟦s11|The GMB⟧ ⟦c11|said⟧ ⟦q11|it would seek talks with Harwick over pay and recognition⟧ and ⟦c12|warned⟧ ⟦q12|that “good jobs means union jobs”⟧.

⟦s13|Regional organiser Mick Deane⟧ ⟦c13|told⟧ the Teesmouth Gazette: ⟦q13|“We welcome the investment. But we’ve seen big promises before, and we want them in writing.”⟧

Harwick, which is backed by a Singapore sovereign wealth fund, already operates a smaller research facility in Coventry.

⟦c14|According to⟧ ⟦s14|the company⟧, ⟦q14|the new factory will be powered entirely by renewable electricity and will recycle up to 95% of the water it uses⟧.

Notes to editors: Harwick Energy was founded in 2017. For more information contact the press office.
""",
    items=[
        Item(1, "Harwick Energy"),
        Item(2, "Harwick Energy", relation="statement"),
        Item(3, "Priya Anand", titles=("Harwick’s chief executive",)),
        Item(4, "Priya Anand"),
        Item(6, "Jonathan Rees", titles=("Business Secretary",)),
        Item(7, "Jonathan Rees"),
        Item(9, "Bev Oduya", titles=("Teesmouth council leader",)),
        Item(10, "Bev Oduya"),
        Item(11, "GMB"),
        Item(12, "GMB", src=11),
        Item(13, "Mick Deane", titles=("Regional organiser",), chain=(("Teesmouth Gazette", "told"),)),
        Item(14, "Harwick Energy", relation="according_to"),
    ],
)

ARTICLES = [WIRE, TABLOID, MAGAZINE, LIVE_BLOG, PRESS]
