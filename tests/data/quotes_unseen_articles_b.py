"""Articles 7-12 of the first quotation-typography suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_quotes_unseen import Article, Item

INCHES_RECRUIT = Article(
    "qu-straight-doubles-inches",
    "US high-school sports: straight double quotes, with inch marks in heights inside and outside quotations (6'8\", 5'11\", 7'1\"), heights in feet ('6 feet 8 inches', '6-foot-10'), 'announced ... that', 'X said' after the quotation, a nickname and a documentary's title in straight doubles",
    """\
Westbrook star Price picks State

By Mike Daugherty

COLUMBUS — ⟦s1|Jalen Price⟧, the 6'8" forward from Westbrook High School, ⟦c1|announced⟧ Thursday ⟦q1|that he will play college basketball at State next fall⟧.

⟦q2|"It just felt like home the minute I walked on campus,"⟧ ⟦s2|Price⟧ ⟦c2|said⟧ at a news conference in the Westbrook gym. ⟦q2|"Coach treated my mom like family, and that mattered to me more than anything."⟧

Price, who grew 5 inches between his freshman and junior years, averaged 24.1 points and 11 rebounds as a senior. His teammates call him ⟦n1|"Slim,"⟧ a name ⟦s10|he⟧ ⟦c10|says⟧ ⟦q10|he has never liked⟧.

⟦q3|"He's 6'8" and he handles the ball like a point guard,"⟧ ⟦s3|Westbrook coach Darnell Hughes⟧ ⟦c3|said⟧. ⟦q3|"I've been coaching 22 years and I've had maybe two kids who could do what he does."⟧

⟦s4|Hughes⟧ ⟦c4|said⟧ ⟦q4|Price's wingspan, which the team lists at 7'1", was what college scouts noticed first⟧.

Price will join 5'11" guard Marcus Webb, a Westbrook teammate who signed with State in November. ⟦q5|"We've been talking about this since eighth grade,"⟧ ⟦s5|Webb⟧ ⟦c5|said⟧. ⟦q5|"Now we get to do it together."⟧

State's coaching staff first saw Price at a summer tournament in Indianapolis, where he blocked a shot by a 6-foot-10 center from Chicago in the final seconds. ⟦q6|"Everybody in the building stood up,"⟧ ⟦c6|said⟧ ⟦s6|Ray Sutter⟧, who runs the tournament. ⟦q6|"I've got a 12" sub named after that block now at the concession stand."⟧

Price's mother, ⟦s7|Angela Price⟧, ⟦c7|said⟧ ⟦q7|she cried when he told her⟧. ⟦q8|"I measured him on the kitchen door frame every birthday,"⟧ ⟦s8|she⟧ ⟦c8|said⟧. ⟦q8|"The last mark is at 6 feet 8 inches, and it's about an inch from the top. We're going to need a taller house."⟧

Price appeared last year in the documentary ⟦n2|"Gym Rats,"⟧ which followed three Ohio high-school teams through a season.

⟦q9|"Was it hard to say no to the other schools?"⟧ ⟦s9|Price⟧ ⟦c9|said⟧, repeating a reporter's question. ⟦q9|"Yeah. But you can only say yes once."⟧
""",
    [
        Item(1, "Jalen Price"),
        Item(2, "Jalen Price"),
        Item(3, "Darnell Hughes"),
        Item(4, "Darnell Hughes", kind="indirect"),
        Item(5, "Marcus Webb"),
        Item(6, "Ray Sutter"),
        Item(7, "Angela Price"),
        Item(8, "Angela Price"),
        Item(9, "Jalen Price"),
        Item(10, "Jalen Price"),
    ],
    {1: "nickname", 2: "title"},
)

DASH_DIALOGUE = Article(
    "qu-em-dash-dialogue",
    "Translated feature in em-dash dialogue: each turn opens with an em dash and has no closing mark ('— I agree, she said.'), a turn going on after its attribution ('— A, she said. — B.'), questions ('— Long day? she asked.'), turns whose speaker is only a passenger, a radio dispatcher's words in curly doubles, a nickname",
    """\
A night on the rank with the city’s longest-serving taxi driver

By Anna Kowalczyk

At 11 p.m. on a Friday, Irena Sobczak parked her yellow hatchback outside the central station and switched off the engine.

⟦q1|— Now we wait⟧, ⟦s1|she⟧ ⟦c1|said⟧. ⟦q1|— Friday is good. Saturday is better. Sunday, forget it.⟧

She has driven a taxi in the city for 27 years, long enough for the other drivers to call her ⟦n1|“the Professor”⟧. She knows which bars close early and which hospital entrance is quicker at night.

The first passenger was a young man in a suit, who gave an address in the suburbs.

⟦q2|— Long day?⟧ ⟦s2|she⟧ ⟦c2|asked⟧.

⟦q3|— Long week⟧, ⟦s3|he⟧ ⟦c3|said⟧, and closed his eyes.

Halfway there, the radio crackled. ⟦q4|“Car fourteen, are you free after this one?”⟧ ⟦c4|asked⟧ ⟦s4|the dispatcher⟧.

⟦q5|— Twenty minutes⟧, ⟦s5|Sobczak⟧ ⟦c5|answered⟧, without taking her eyes off the road.

⟦q11|Since the ride-hailing apps arrived in 2019⟧, ⟦s11|she⟧ ⟦c11|said⟧, ⟦q11|her takings have fallen by a third⟧. The drivers’ association wants the city to limit the number of app cars licensed each year.

⟦q6|— The apps are cheaper, I know⟧, ⟦s6|she⟧ ⟦c6|said⟧. ⟦q6|— But ask them where the night pharmacy is. Ask them to wait while your grandmother finds her keys.⟧

At two in the morning, two women got in outside a nightclub, arguing about a missed train.

⟦q7|— We should have left at midnight⟧, ⟦c7|said⟧ ⟦s7|one⟧.

⟦q8|— I agree⟧, ⟦c8|said⟧ ⟦s8|the other⟧. ⟦q8|— I said so at eleven.⟧

⟦q9|— You both said so⟧, ⟦s9|Sobczak⟧ ⟦c9|said⟧, and they laughed for the rest of the journey.

By five she had made 14 trips and driven 160 kilometres.

⟦q10|— Not bad⟧, ⟦s10|she⟧ ⟦c10|said⟧, counting the notes. ⟦q10|— Not good either. Like the city.⟧
""",
    [
        Item(1, "Irena Sobczak"),
        Item(2, "Irena Sobczak"),
        Item(3, "a passenger in a suit", anonymous=True),
        Item(4, "the dispatcher", anonymous=True),
        Item(5, "Irena Sobczak"),
        Item(6, "Irena Sobczak"),
        Item(7, "a passenger outside a nightclub", anonymous=True),
        Item(8, "a passenger outside a nightclub", anonymous=True),
        Item(9, "Irena Sobczak"),
        Item(10, "Irena Sobczak"),
        Item(11, "Irena Sobczak"),
    ],
    {1: "nickname"},
)

WRAPPED_HALL_FIRE = Article(
    "qu-wrapped-hall-fire",
    "Plain-text regional wire copy hard-wrapped at about seventy characters: quotations with line breaks inside them, a quotation over three paragraphs re-opened on each and closed on the last, one over two paragraphs whose attribution comes in the second, two quotations whose closing mark the copy forgot at the end of their paragraph, '--' for a dash, a hall's nickname",
    """\
Community hall destroyed in overnight fire

By Fraser Gillon

KILBRANNAN -- A community hall that has stood at the centre of a
Highland village since 1921 was destroyed by fire early on Sunday.

No one was hurt. Fire crews from three stations were called to the
hall, known locally as ⟦n1|"the Tin Kirk"⟧ for its corrugated iron walls,
shortly after 2am.

⟦q1|"We heard the alarm at about ten past two and by the time we got
to the car park the roof was already alight,"⟧ ⟦c1|said⟧ ⟦s1|Moira Lennox⟧, who
runs the hall's Tuesday lunch club. ⟦q1|"There was nothing anybody could
do but stand and watch it go."⟧

⟦s2|Station commander Iain Beaton⟧ ⟦c2|said⟧ ⟦q2|the cause of the fire was not yet
known but was not thought to be suspicious⟧.

⟦q3|"The hall was built of timber and corrugated iron and it went up very
quickly,"⟧ ⟦s3|he⟧ ⟦c3|said⟧. ⟦q3|"Our crews did a fantastic job stopping it
reaching the houses on either side.

"I want to thank the residents who came out in the middle of the night
with hoses and buckets. That is what this village is like.

"We will be on site for most of today making it safe."⟧

⟦q4|"The food bank is the thing that worries me most,"⟧ ⟦s4|Ms Lennox⟧ ⟦c4|said⟧.
⟦q4|"People were relying on that for Tuesday.⟧

The hall hosted the village's ceilidhs, its polling station and, since
2020, a food bank used by about forty families a week.

⟦q5|"We have already had calls from the church in Inverbrae and from the
school, who have both offered us space.

"We will not miss a single week,"⟧ ⟦c5|said⟧ ⟦s5|the Rev Alasdair Munro⟧, who
chairs the hall committee.

⟦s6|Local councillor Kirsty Macrae⟧ ⟦c6|said⟧: ⟦q6|"Everybody in Kilbrannan has a
memory of that hall. My own wedding reception was there in 1998.⟧

⟦s7|The hall committee⟧ ⟦c7|said⟧ ⟦q7|it was insured⟧ and hoped to rebuild.
""",
    [
        Item(1, "Moira Lennox"),
        Item(2, "Iain Beaton"),
        Item(3, "Iain Beaton"),
        Item(4, "Moira Lennox", kind="direct"),
        Item(5, "Alasdair Munro"),
        Item(6, "Kirsty Macrae", kind="direct"),
        Item(7, "the hall committee"),
    ],
    {1: "nickname"},
)

BULLETS_ELECTION = Article(
    "qu-bullets-tweet-election",
    "Local election live page: a 'What they said' list of bulleted quotations (each with its own attribution, one credited only by a dash and a name), a bulleted list of key points that holds no speech, a tweet embedded as text and signed '— Name (@handle) date', a slogan and a ward's nickname",
    """\
Brackenfield election: Castro wins council leadership as turnout soars

Helen Castro’s Independents have taken control of Brackenfield council for the first time, ending 16 years of Conservative rule.

Key points:

• Independents win 19 of 35 seats
• Turnout of 41%, the highest since 2006
• Recount ordered in Mill Lane ward

Castro campaigned on a promise to ⟦n1|“fix the roads first”⟧ and to reopen the town’s swimming baths, which closed in 2023.

What they said:

• ⟦q1|“A historic night for the town. We will not let you down.”⟧ — ⟦s1|Helen Castro⟧, council leader-elect

• ⟦s2|Outgoing leader Tom Hargreaves⟧ ⟦c2|said⟧: ⟦q2|“I wish Helen well. The hard work starts now, and she will find the cupboard is not as bare as she says.”⟧

• ⟦q3|“Turnout like this tells you people cared about the baths more than any of us realised,”⟧ ⟦c3|said⟧ ⟦s3|returning officer Mark Delaney⟧.

• Labour’s group leader, ⟦s4|Priti Desai⟧, ⟦c4|said⟧ ⟦q4|her party had been “squeezed from both sides”⟧ but would hold the new administration to account.

The biggest upset came in the ward known as ⟦n2|“the Hill”⟧, where the council’s finance chief lost his seat by 11 votes.

⟦s5|Hargreaves⟧ ⟦c5|wrote⟧ on X shortly before 3am:

⟦q5|Congratulations to Helen and her team on a hard-fought win. The people of Brackenfield have spoken, and they have spoken clearly. I will always be proud of what we built.⟧
⟦n3|— Tom Hargreaves (@TomHargreavesBF) May 8, 2026⟧

⟦s6|Castro⟧ ⟦c6|told⟧ supporters at the count ⟦q6|that the baths would be her “first, second and third priority.”⟧ ⟦q7|“I learned to swim in that pool,”⟧ ⟦s7|she⟧ ⟦c7|said⟧. ⟦q7|“So did my kids. So will theirs.”⟧

The new council meets for the first time on May 20.
""",
    [
        Item(1, "Helen Castro"),
        Item(2, "Tom Hargreaves"),
        Item(3, "Mark Delaney"),
        Item(4, "Priti Desai"),
        Item(5, "Tom Hargreaves", relation="wrote", kind="direct"),
        Item(6, "Helen Castro"),
        Item(7, "Helen Castro"),
    ],
    {1: "slogan", 2: "nickname", 3: "byline"},
)

QA_CONDUCTOR = Article(
    "qu-qa-transcript-conductor",
    "Question-and-answer interview: an introduction with reported speech, then turns labelled with the speakers' surnames and no quote marks (each turn its own quotation, its source the label), words quoted inside an answer ('my teacher told me, “...”') their own quotation, an orchestra's nickname and a symphony's title",
    """\
⟦n3|‘I want people to hear the orchestra breathing’⟧: Q&A with the Philharmonic’s new conductor

By Hannah Greer

Amara Osei, 38, takes up her post as principal conductor of the Northvale Philharmonic next month, the first woman to lead the orchestra, which players still call ⟦n1|“the Old Lady”⟧. ⟦s1|She⟧ ⟦c1|told⟧ the Herald ⟦q1|she had wanted the job since she heard the orchestra as a student⟧. This interview has been edited for length and clarity.

⟦s2|GREER⟧: ⟦q2|You grew up in Leeds and trained as a violinist. When did you know you wanted to conduct?⟧

⟦s3|OSEI⟧: ⟦q3|I was 19 and playing at the back of the second violins in a youth orchestra. ⟦s8|Our conductor⟧ stopped the rehearsal, looked straight at me and ⟦c8|said⟧, ⟦q8|“You’re not listening to the cellos.”⟧ He was right. I went home and bought a score.⟧

⟦s4|GREER⟧: ⟦q4|What will audiences notice first?⟧

⟦s5|OSEI⟧: ⟦q5|The quiet. Orchestras play too loudly now, because halls are big and everyone is afraid of being boring. I want people to hear the orchestra breathing. When we play ⟦n2|“The Winter Roads”⟧ in October, there are eight bars of near silence before the horns come in, and I want you to lean forward in your seat.⟧

⟦s6|GREER⟧: ⟦q6|The orchestra lost a third of its council funding last year. Are you worried?⟧

⟦s7|OSEI⟧: ⟦q7|Of course. ⟦s9|My first teacher⟧ ⟦c9|told⟧ me, ⟦q9|“Music is the first thing they cut and the last thing they miss.”⟧ I think about that a lot. But we sold out every concert in the spring, and that is an argument a council understands.⟧

Osei’s first concert as principal conductor is on October 4.
""",
    [
        Item(1, "Amara Osei", chain=(("Herald", "told"),)),
        Item(2, "Hannah Greer", kind="direct"),
        Item(3, "Amara Osei", kind="direct"),
        Item(4, "Hannah Greer", kind="direct"),
        Item(5, "Amara Osei", kind="direct"),
        Item(6, "Hannah Greer", kind="direct"),
        Item(7, "Amara Osei", kind="direct"),
        Item(8, "Amara Osei's youth orchestra conductor", anonymous=True, chain=(("Amara Osei", "reported_by"),)),
        Item(9, "Amara Osei's first teacher", anonymous=True, chain=(("Amara Osei", "reported_by"),)),
    ],
    {1: "nickname", 2: "title", 3: "headline"},
)

COURT_ELLIPSES = Article(
    "qu-court-ellipses-brackets",
    "UK court report: quotations from a police interview and a letter with ellipses (… and ...) and [bracketed] insertions, '[sic]', a question ending '?’ asked X', a quotation split twice (before and after its attribution, then by a narrative aside), a judge's sentencing remarks with a colon introduction, a nickname in single quotes",
    """\
Builder who took £60,000 from pensioners jailed for four years

A builder who took deposits from elderly homeowners for work he never started has been jailed for four years.

Darren Coyle, 47, known to his customers as ⟦n1|‘Dazza’⟧, admitted nine counts of fraud at Hollinsworth Crown Court.

⟦s1|Prosecutor Natalie Fenn⟧ ⟦c1|told⟧ the court ⟦q1|that Coyle had targeted people in their eighties and nineties who lived alone⟧.

In a police interview, read to the court, ⟦s2|Coyle⟧ ⟦c2|said⟧: ⟦q2|‘I always meant to do the jobs … I just got behind and then it snowballed. I was paying one [customer] back with another one’s money.’⟧

One victim, ⟦s3|an 86-year-old widow⟧, ⟦c3|wrote⟧ in a statement: ⟦q3|‘He sat in my kitchen and drank my tea ... and all the time he knew he was never coming back. I don’t let anyone in the house now.’⟧

⟦s4|Her son⟧ ⟦c4|told⟧ the court ⟦q4|his mother had stopped answering the door⟧.

⟦q5|‘Why did she give him the money?’⟧ ⟦c5|asked⟧ ⟦s5|Fenn⟧. ⟦q5|‘Because he was charming, because he was local, and because he told her the price would go up in the spring.’⟧

A letter Coyle wrote to one customer in March, asking for a further £4,000, was read to the jury. ⟦q6|‘The materials has [sic] gone up again so I need the balance before I can start,’⟧ ⟦s6|he⟧ ⟦c6|wrote⟧.

⟦q7|‘My client is deeply ashamed,’⟧ ⟦s7|defence barrister Paul Okonedo⟧ ⟦c7|said⟧, ⟦q7|‘and he has sold his van and his tools to begin paying people back’⟧ – here Coyle, in the dock, nodded – ⟦q7|‘but he accepts that nothing he does now will undo the fear he caused.’⟧

Sentencing him, ⟦s8|Judge Miriam Kaur⟧ ⟦c8|said⟧: ⟦q8|‘You chose your victims because they were old, trusting and alone. You took … their savings and their sense of safety in their own homes.’⟧

⟦s9|She⟧ ⟦c9|said⟧ ⟦q9|a compensation hearing would be held in the new year⟧.

⟦s10|Detective Constable Ruth Akers⟧ ⟦c10|said⟧ outside court: ⟦q10|‘If someone knocks on your door asking for money up front for building work, please ring us first.’⟧
""",
    [
        Item(1, "Natalie Fenn"),
        Item(2, "Darren Coyle"),
        Item(3, "an 86-year-old widow", relation="wrote", anonymous=True),
        Item(4, "the widow's son", anonymous=True),
        Item(5, "Natalie Fenn"),
        Item(6, "Darren Coyle", relation="wrote"),
        Item(7, "Paul Okonedo"),
        Item(8, "Miriam Kaur"),
        Item(9, "Miriam Kaur"),
        Item(10, "Ruth Akers"),
    ],
    {1: "nickname"},
)

ARTICLES = [INCHES_RECRUIT, DASH_DIALOGUE, WRAPPED_HALL_FIRE, BULLETS_ELECTION, QA_CONDUCTOR, COURT_ELLIPSES]
