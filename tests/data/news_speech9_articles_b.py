"""Articles 5-8 of the ninth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech9 import Article, Item

BUSHFIRE = Article(
    "ns9-bushfire-evacuation",
    "Australian bushfire evacuation story: curly doubles, a headline quoting the warning, 'told ABC Radio Melbourne the fire was \"...\" and that ...', a service's Facebook warning after a colon, an incident controller over two paragraphs, 'wrote on X that', 'according to preliminary assessments', an eyewitness with the ’80s, a caption quoting the warning, a forecast",
    """\
⟦n1|“Leave now”⟧: thousands flee as bushfire jumps containment lines

Thousands of residents of the Gellibrand Hills were told to leave their homes on Saturday afternoon as a fast-moving bushfire jumped containment lines and raced toward the township of Marrowby.

⟦s1|Emergency Services Commissioner Natalie Crewe⟧ ⟦c1|told⟧ ABC Radio Melbourne ⟦q1|the fire was “unpredictable and extremely dangerous”⟧ and ⟦q1|that anyone still in Marrowby should leave immediately⟧.

⟦q2|“If you are thinking about staying to defend your property, please don’t,”⟧ ⟦s2|she⟧ ⟦c2|said⟧. ⟦q2|“Houses can be rebuilt. We cannot bring people back.”⟧

Less than an hour later, ⟦s3|the Country Fire Service⟧ ⟦c3|posted⟧ on Facebook: ⟦q3|“EMERGENCY WARNING – Marrowby, Tallis Creek. It is now too late to leave. Shelter indoors in a building that is not on fire.”⟧

⟦n2|A water-bombing helicopter over Tallis Creek on Saturday. “It is now too late to leave,” the fire service warned.⟧

Speaking at a briefing in Gellibrand on Saturday evening, incident controller ⟦s4|Dean Kowalski⟧ ⟦c4|said⟧: ⟦q4|“We had a wind change come through about an hour earlier than forecast, and it pushed the northern flank straight across the highway.

“Our crews did an outstanding job getting people out of the caravan park. I want to thank every one of them, and I want to thank the residents who listened.”⟧

⟦q5|At least 14 homes have been destroyed⟧, ⟦c5|according to⟧ ⟦s5|preliminary assessments by the fire service⟧, and ⟦q5|the number is likely to rise⟧.

⟦s6|Premier Joanne Latimer⟧ ⟦c6|wrote⟧ on X ⟦q6|that the state would “stand with every family in the Gellibrand Hills”⟧, and later ⟦c7|announced⟧ ⟦q7|that emergency payments of $1000 per adult would be available from Monday⟧.

⟦q8|“The sky went black at two o’clock,”⟧ ⟦c8|said⟧ ⟦s8|Bev Harland⟧, 71, who left her farm with two dogs and a cockatoo. ⟦q8|“I’ve lived here since the ’80s and I’ve never seen anything like it.”⟧

⟦s9|Bureau of Meteorology senior forecaster Aaron Pike⟧ ⟦c9|said⟧ ⟦q9|gusts of up to 90km/h had been recorded at Gellibrand airport in the early afternoon⟧. ⟦n3|Cooler conditions are forecast for Sunday, but the fire is likely to burn for days.⟧

At the relief centre in the Gellibrand showgrounds, ⟦s10|a Red Cross volunteer⟧ ⟦c10|said⟧ ⟦q10|about 600 people had registered by 6pm⟧, many of them with pets.

⟦q11|“People are exhausted and frightened, but they are looking after each other,”⟧ ⟦s11|she⟧ ⟦c11|said⟧.
""",
    [
        Item(1, "Natalie Crewe", titles=("Emergency Services Commissioner",), chain=(("ABC Radio Melbourne", "told"),)),
        Item(2, "Natalie Crewe", chain=(("ABC Radio Melbourne", "told"),)),
        Item(3, "Country Fire Service", relation="wrote"),
        Item(4, "Dean Kowalski", titles=("incident controller",)),
        Item(5, "preliminary assessments by the fire service", relation="according_to"),
        Item(6, "Joanne Latimer", titles=("Premier",), relation="wrote"),
        Item(7, "Joanne Latimer"),
        Item(8, "Bev Harland"),
        Item(9, "Aaron Pike", titles=("Bureau of Meteorology senior forecaster",)),
        Item(10, "a Red Cross volunteer", anonymous=True),
        Item(11, "a Red Cross volunteer", anonymous=True),
    ],
    {
        1: "headline",  # the warning in a headline
        2: "caption",  # a picture caption quoting the warning
        3: "non_reporting",  # a forecast
    },
)

FASHION = Article(
    "ns9-fashion-review",
    "Fashion-week review with the designer's words backstage: straight doubles, rock 'n' roll, a collection's and a song's titles, 'told me backstage', 'said X, the buying director of ...' inversion, 'she said only:', partial quotations in reported speech, 'wrote in the show notes that', a nickname, scare quotes, the critic's own judgement and the front row's opinion",
    """\
Ines Valdane's ⟦n1|"Night Garden"⟧ is a love letter to rock 'n' roll

By Felicity Marr, Fashion Critic

PARIS — Fashion week rarely gets a finale like this one. As the lights dropped in the old covered market on Wednesday night, Valdane's models came out to a slowed-down version of ⟦n2|"Jailhouse Rock"⟧, in pencil skirts, hand-painted leather jackets and hair piled high enough to hide a transistor radio.

⟦q1|"I grew up on my father's records: Elvis, Chuck Berry, the Ronettes,"⟧ ⟦s1|Valdane⟧ ⟦c1|told⟧ me backstage, still in her trainers. ⟦q1|"I wanted the clothes to feel like a night out in 1958, but one you could wear to the office the next morning."⟧

It is a long way from the grey, shapeless tailoring of her last show, when she seemed to have surrendered to the ⟦n3|"quiet luxury"⟧ that has flattened so many runways. This collection is loud, and it is better for it.

Of the critics who panned that show, ⟦s2|she⟧ ⟦c2|said⟧ only: ⟦q2|"They were right. The last collection was a mess. This one isn't."⟧

⟦s3|She⟧ ⟦c3|said⟧ ⟦q3|the leather jackets, each painted by hand with roses, had taken a team of six "the best part of three months."⟧ In the show notes, ⟦s4|Valdane⟧ ⟦c4|wrote⟧ ⟦q4|that the collection was dedicated "to anyone who ever danced in a kitchen."⟧

⟦q5|"It's the most confident thing she's done,"⟧ ⟦c5|said⟧ ⟦s5|Oren Castellanos⟧, the buying director of the department store Halberd & Lowe. ⟦q5|"Every piece is wearable. That's rare on this runway."⟧

Valdane, whom the French press have nicknamed ⟦n4|"la Rockeuse,"⟧ opened her label in a Lyon garage in 2011 and has shown in Paris since 2017. ⟦q6|The show's soundtrack was recorded live by a 12-piece band in a deconsecrated church outside Lyon⟧, ⟦c6|according to⟧ ⟦s6|the label⟧.

⟦s7|The model Kiara Bellweather⟧, who closed the show, ⟦c7|said⟧ ⟦q7|walking in the painted jacket had been "like wearing a jukebox."⟧

⟦n5|Some in the front row thought the finale went on too long⟧, and the menswear looks were an afterthought. But the best pieces, a red swing coat above all, will be copied on high streets by spring.

⟦q8|"I don't make clothes for museums,"⟧ ⟦s8|Valdane⟧ ⟦c8|said⟧, lighting a cigarette at the stage door. ⟦q8|"I make them for Friday night."⟧
""",
    [
        Item(1, "Ines Valdane", chain=(("me", "told"),)),
        Item(2, "Ines Valdane"),
        Item(3, "Ines Valdane"),
        Item(4, "Ines Valdane", relation="wrote"),
        Item(5, "Oren Castellanos", titles=("the buying director of the department store Halberd & Lowe",)),
        Item(6, "Ines Valdane's label", relation="according_to"),
        Item(7, "Kiara Bellweather", titles=("The model",)),
        Item(8, "Ines Valdane"),
    ],
    {
        1: "headline",  # a collection's title in a headline
        2: "title",  # a song
        3: "scare_quotes",
        4: "nickname",
        5: "non_reporting",  # an opinion no one is reported saying
    },
)

STRIKE = Article(
    "ns9-health-strike",
    "UK health-service strike: curly single quotes, a headline quoting the union, a standfirst that reports the minister, 'said X, the union's co-chair' inversion, 'told BBC Radio 5 Live:' over two paragraphs, 'accused the union of', 'called that claim', a plural possessive speaker (Patients’ groups), 'according to NHS England', a split quotation, a spokesperson's colon statement, a placard slogan, a fear and a refusal",
    """\
Doctors’ strike: ⟦n1|‘We are not asking for the moon’⟧

⟦n6|Health secretary says the walkout will put patients at risk as talks collapse⟧

By Sunita Rao, Health Editor

Thousands of resident doctors in England began a five-day strike at 7am on Tuesday after last-minute talks with the government broke down.

⟦s2|The Hospital Doctors’ Union⟧ ⟦c2|said⟧ ⟦q2|its members had been left with ‘no choice’ after ministers refused to put a new pay offer on the table⟧.

⟦q3|‘We are not asking for the moon,’⟧ ⟦c3|said⟧ ⟦s3|Dr Leah Famuyiwa⟧, the union’s co-chair, speaking outside St Anselm’s Hospital in south London. ⟦q3|‘We are asking to be paid what we were paid 15 years ago, in real terms.’⟧

Placards on the picket line read ⟦n2|‘Pay Restoration Now’⟧ and ⟦n3|‘Doctors Deserve Better’⟧.

⟦s4|Health secretary Alan Reddish⟧ ⟦c4|told⟧ BBC Radio 5 Live: ⟦q4|‘I have been clear with the union from day one. My door is open, but it is not open to a 29 per cent pay rise that the country simply cannot afford.

‘Every strike day costs the health service around £60 million and sets back the waiting lists we are all trying to bring down.’⟧

⟦s5|He⟧ ⟦c5|accused⟧ ⟦q5|the union of ‘moving the goalposts’ in the final hours of the talks⟧. ⟦s6|The union⟧ ⟦c6|called⟧ ⟦q6|that claim ‘simply untrue’⟧.

⟦s7|Patients’ groups⟧ ⟦c7|warned⟧ ⟦q7|that thousands of operations would be postponed this week⟧. ⟦q8|More than 1.4 million appointments have been rescheduled since the dispute began⟧, ⟦c8|according to⟧ ⟦s8|NHS England⟧.

Dr Owen Pritchard, a second-year doctor, was among about 40 strikers outside Leeds General Infirmary. ⟦q9|‘Nobody goes into medicine to stand on a picket line,’⟧ ⟦s9|he⟧ ⟦c9|said⟧, ⟦q9|‘but I can earn more stacking shelves at the weekend than I do per hour in A&E.’⟧

⟦n4|Hospital leaders fear the dispute will run into the new year.⟧ ⟦n5|Downing Street refused to rule out new limits on strikes in the health service.⟧

⟦s10|A Department of Health spokesperson⟧ ⟦c10|said⟧: ⟦q10|‘Patients should continue to come forward for care. Emergency services will be available throughout the strike.’⟧

⟦s11|The union⟧ ⟦c11|has said⟧ ⟦q11|further walkouts will be announced if there is no new offer by the end of the month⟧.
""",
    [
        Item(2, "Hospital Doctors’ Union"),
        Item(3, "Leah Famuyiwa", titles=("the union’s co-chair", "Dr")),
        Item(4, "Alan Reddish", titles=("Health secretary",), chain=(("BBC Radio 5 Live", "told"),)),
        Item(5, "Alan Reddish"),
        Item(6, "Hospital Doctors’ Union"),
        Item(7, "Patients’ groups", anonymous=True),
        Item(8, "NHS England", relation="according_to"),
        Item(9, "Owen Pritchard", titles=("a second-year doctor", "Dr")),
        Item(10, "A Department of Health spokesperson", anonymous=True),
        Item(11, "Hospital Doctors’ Union"),
    ],
    {
        1: "headline",  # the co-chair's words in a headline
        2: "slogan",  # a placard
        3: "slogan",  # a placard
        4: "non_reporting",  # a fear
        5: "refusal",
        6: "subheading",  # a standfirst without a final stop
    },
)

LOCAL_TV = Article(
    "ns9-us-local-tv",
    "US local TV station's web story: a headline in single quotes over a body in curly doubles, a dateline with the station's call letters, 'neighbors say', 'told KDLN 9 News', 'said in a Facebook post that', 'wrote' continuing the post, 'according to a hospital spokeswoman', a fundraiser's title, a RELATED teaser quoting another story, a belief and a refusal",
    """\
⟦n1|‘I just kept going back in’⟧: Teen pulls three children from burning home

By KDLN 9 Staff | Updated 10:14 PM MDT

GRANITE FALLS, Idaho (KDLN) — A 17-year-old is being called a hero after ⟦s1|neighbors⟧ ⟦c1|say⟧ ⟦q1|he pulled three young children from a burning house early Sunday morning⟧.

⟦s2|Granite Falls Fire Chief Ray Dunning⟧ ⟦c2|said⟧ ⟦q2|crews were called to the home on Alder Street just before 4 a.m.⟧ and ⟦q2|found the single-story house “fully involved.”⟧

⟦q3|“By the time our first engine got there, the roof was already coming down,”⟧ ⟦s3|Dunning⟧ ⟦c3|told⟧ KDLN 9 News. ⟦q3|“If those kids had still been inside, we’d be having a very different conversation.”⟧

⟦s4|Eli Marchetti⟧, who lives next door, ⟦c4|told⟧ KDLN ⟦q4|he woke up to the smell of smoke and the sound of a smoke alarm through his bedroom wall⟧.

⟦q5|“I didn’t really think about it. I just kept going back in until I couldn’t hear anybody crying,”⟧ ⟦s5|Marchetti⟧ ⟦c5|said⟧.

The children’s mother, ⟦s6|Brianna Sowell⟧, ⟦c6|said⟧ in a Facebook post ⟦q6|that she had been working a night shift when the fire started and that her children were staying with their grandmother⟧.

⟦q7|“There are no words for what that young man did for my babies,”⟧ ⟦s7|Sowell⟧ ⟦c7|wrote⟧. ⟦q7|“Eli, you will always be family to us.”⟧

⟦q8|The grandmother was treated for smoke inhalation at Bonneville Regional Medical Center and released⟧, ⟦c8|according to⟧ ⟦s8|a hospital spokeswoman⟧.

⟦n2|Investigators believe the fire started at a space heater in the living room.⟧ ⟦n3|Police declined to say whether anyone would face charges.⟧

A GoFundMe page titled ⟦n4|“Rebuild for the Sowell Family”⟧ had raised more than $18,000 by Sunday night.

⟦s9|Mayor Linda Ostrowski⟧ ⟦c9|said⟧ ⟦q9|the city would honor Marchetti at its next council meeting⟧.

⟦q10|“Check your smoke alarms tonight. Not tomorrow, tonight,”⟧ ⟦c10|said⟧ ⟦s10|Dunning⟧.

⟦n5|RELATED: “It’s a miracle”: Family escapes Pocatello apartment fire⟧

Copyright 2026 KDLN. All rights reserved.
""",
    [
        Item(1, "neighbors", anonymous=True),
        Item(2, "Ray Dunning", titles=("Granite Falls Fire Chief",)),
        Item(3, "Ray Dunning", chain=(("KDLN 9 News", "told"),)),
        Item(4, "Eli Marchetti", chain=(("KDLN", "told"),)),
        Item(5, "Eli Marchetti", chain=(("KDLN", "told"),)),
        Item(6, "Brianna Sowell", titles=("The children’s mother",), relation="wrote"),
        Item(7, "Brianna Sowell", relation="wrote"),
        Item(8, "a hospital spokeswoman", relation="according_to", anonymous=True),
        Item(9, "Linda Ostrowski", titles=("Mayor",)),
        Item(10, "Ray Dunning"),
    ],
    {
        1: "headline",  # the teenager's words in a headline
        2: "non_reporting",  # a belief
        3: "refusal",
        4: "title",  # a fundraiser's title
        5: "teaser",  # another story's headline
    },
)

ARTICLES = [BUSHFIRE, FASHION, STRIKE, LOCAL_TV]
