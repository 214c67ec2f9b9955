"""Articles 5-8 of the sixth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech6 import Article, Item

COUNCIL = Article(
    "ns6-ca-council",
    "Canadian council meeting: 'Coun.', 'per cent', delegations, a staff report, 'told CBC News', an emailed statement, a policy name in quotes",
    """\
Council hits ⟦n1|“pause”⟧ on King Street bike lanes

HALTON FALLS, Ont. — City council voted 7-4 Tuesday night to delay a $3.2-million bike-lane project on King Street, after more than three hours of debate and 41 public delegations.

⟦q1|“We have heard loud and clear that businesses on King were not consulted properly,”⟧ ⟦c1|said⟧ ⟦s1|Coun. Brenda Lachapelle⟧, who moved the motion. ⟦q1|“A pause is not a cancellation.”⟧

⟦s2|Mayor Ravi Dhillon⟧, who voted against the delay, ⟦c2|said⟧ ⟦q2|the city risked losing $1.1 million in provincial funding if construction did not start by spring⟧.

⟦q3|“I understand the frustration,”⟧ ⟦s3|Dhillon⟧ ⟦c3|told⟧ CBC News after the meeting, ⟦q3|“but the cyclists who got hurt on that street last year were not consulted either.”⟧

Among the delegations was Marcel Aubin, who has run a shoe repair shop on King for 31 years. ⟦s5|He⟧ ⟦c5|told⟧ council ⟦q5|he would lose the only loading zone in front of his store⟧.

⟦q6|“My customers are 70, 80 years old. They are not arriving on bicycles,”⟧ ⟦s6|Aubin⟧ ⟦c6|said⟧, drawing applause from part of the gallery.

⟦q7|Car traffic on the stretch has fallen by 18 per cent since 2019, while cycling trips have more than doubled⟧, ⟦c7|according to⟧ ⟦s7|a staff report⟧ presented to council last month. The project is the first piece of the city's ⟦n2|"Complete Streets"⟧ policy, adopted in 2021.

⟦s8|Jen Okoro⟧, who chairs the advocacy group Cycle Halton, ⟦c8|said⟧ ⟦q8|the vote was “a failure of nerve”⟧ and that her members would be back at council in January. ⟦q9|“Every month we wait is another month somebody gets doored,”⟧ ⟦s9|she⟧ ⟦c9|said⟧.

In an emailed statement, ⟦s10|the King Street Business Improvement Area⟧ ⟦c10|said⟧ ⟦q10|it welcomed the decision and “looks forward to a real conversation with the city”⟧.

⟦n3|Several councillors privately worry that the issue will dominate next fall's municipal election⟧, with two of the four who voted against the delay facing challengers from the business community.

⟦s11|Lachapelle⟧ ⟦c11|said⟧ ⟦q11|staff would report back in January with options, including a narrower design that keeps parking on one side⟧.

⟦q12|“Nobody around this table is against bike lanes,”⟧ ⟦s12|she⟧ ⟦c12|said⟧, ⟦q12|“and nobody should pretend that this vote means otherwise.”⟧

Coun. Sam Whitford, who voted with the mayor, was less diplomatic. ⟦q13|“We had a plan, we had the money, and we blinked,”⟧ ⟦s13|he⟧ ⟦c13|said⟧.
""",
    [
        Item(1, "Brenda Lachapelle"),
        Item(2, "Ravi Dhillon"),
        Item(3, "Ravi Dhillon", chain=(("CBC News", "told"),)),
        Item(5, "Marcel Aubin"),
        Item(6, "Marcel Aubin"),
        Item(7, "city staff"),
        Item(8, "Jen Okoro"),
        Item(9, "Jen Okoro"),
        Item(10, "King Street Business Improvement Area"),
        Item(11, "Brenda Lachapelle"),
        Item(12, "Brenda Lachapelle"),
        Item(13, "Sam Whitford"),
    ],
    {
        1: "headline",  # scare quote in a headline
        2: "title",  # name of a policy
        3: "non_reporting",  # councillors worry: a belief
    },
)

FLOOD = Article(
    "ns6-nz-flood",
    "New Zealand flood rescue: a quotation whose speaker comes in the next sentence ('That is how X describes'), Civil Defence, 'told Stuff', MetService, a nickname",
    """\
⟦n1|“It just kept coming”⟧: Gisborne residents describe the night the river rose

Residents of a riverside street in Gisborne were plucked from their roofs by helicopter overnight as the Waipaoa River burst its banks after 280mm of rain fell in 24 hours.

⟦q1|“It just kept coming. We put the sandbags down at ten, and by midnight the water was at the windowsills.”⟧

That is how ⟦s1|Aroha Ngata⟧, 63, ⟦c1|describes⟧ the night she and her husband spent on the roof of their garage with their dog and a torch. ⟦s2|She⟧ ⟦c2|said⟧ ⟦q2|they had waited four hours before a rescue helicopter reached them⟧.

⟦q3|“You could hear people calling out up and down the street, but you couldn’t see anybody,”⟧ ⟦s3|she⟧ ⟦c3|said⟧. ⟦q3|“Then the chopper came over the hill and I have never been so happy to hear a noise in my life.”⟧

Tairāwhiti Civil Defence controller ⟦s4|Ben Hāpuku⟧ ⟦c4|said⟧ ⟦q4|42 people had been rescued by air and by boat overnight and there were no reports of anyone missing⟧.

⟦q5|“Our crews have done an extraordinary job in awful conditions,”⟧ ⟦s5|Hāpuku⟧ ⟦c5|told⟧ Stuff. ⟦q5|“But we are not out of the woods. There is more rain coming on Thursday and the ground cannot take any more.”⟧

In a statement, ⟦s6|Fire and Emergency NZ⟧ ⟦c6|said⟧ ⟦q6|crews had responded to more than 90 calls across the region since 6pm on Monday⟧, most of them in the low-lying streets locals call ⟦n2|“the Flats”⟧.

Rescue helicopter pilot ⟦s7|Kiri Walsh⟧ ⟦c7|said⟧ ⟦q7|visibility had been “close to zero” for much of the night⟧. ⟦q8|“You’re flying on instruments, looking for a torch in a window,”⟧ ⟦s8|she⟧ ⟦c8|said⟧. ⟦q8|“When you find one, you don’t let it out of your sight.”⟧

⟦q9|A further 100mm to 150mm could fall on the ranges by Friday⟧, ⟦c9|according to⟧ ⟦s9|MetService⟧, which has issued a red heavy rain warning for the district.

Emergency Management Minister ⟦s10|Hana Tūhoe⟧, who flew into Gisborne on Tuesday afternoon, ⟦c10|said⟧ ⟦q10|the Government would release emergency funding “as soon as we know what is needed, and not a day later”⟧.

⟦n3|Locals are convinced that the stopbank behind the Flats was never high enough⟧, and many have said so at public meetings for a decade.

Neighbour ⟦s11|Tevita Fifita⟧, whose house took more than a metre of water, ⟦c11|said⟧ ⟦q11|he was done with sandbags⟧. ⟦q12|“Everyone on this street is saying the same thing,”⟧ ⟦s12|he⟧ ⟦c12|said⟧. ⟦q12|“Fix the stopbank or buy us out. We can’t do this every second summer.”⟧

⟦q13|Schools in the district will stay closed until Thursday⟧, ⟦s13|the Ministry of Education⟧ ⟦c13|said⟧. The evacuation centre at the Gisborne Events Centre was housing 130 people on Tuesday night.
""",
    [
        Item(1, "Aroha Ngata"),
        Item(2, "Aroha Ngata"),
        Item(3, "Aroha Ngata"),
        Item(4, "Ben Hāpuku"),
        Item(5, "Ben Hāpuku", chain=(("Stuff", "told"),)),
        Item(6, "Fire and Emergency NZ"),
        Item(7, "Kiri Walsh"),
        Item(8, "Kiri Walsh"),
        Item(9, "MetService"),
        Item(10, "Hana Tūhoe"),
        Item(11, "Tevita Fifita"),
        Item(12, "Tevita Fifita"),
        Item(13, "Ministry of Education"),
    ],
    {
        1: "headline",  # headline quoting a resident
        2: "nickname",  # nickname of a suburb
        3: "non_reporting",  # locals are convinced: a belief
    },
)

OBITUARY = Article(
    "ns6-obituary",
    "UK/Irish obituary: UK curly singles, family tributes, a quotation over two paragraphs, a book title, a nickname, a eulogy quoted at the funeral",
    """\
Maeve Corrigan, ferry captain who became a legend of the Shannon, dies aged 88

Maeve Corrigan, who for 34 years skippered the car ferry between Tarbert and Killimer and was known to generations of passengers simply as ⟦n1|‘the Skipper’⟧, has died at her home in Kilrush. She was 88.

Her daughter ⟦s1|Nuala Brennan⟧ ⟦c1|said⟧ ⟦q1|she died peacefully on Sunday evening with the radio on and a view of the estuary from her window⟧.

⟦q2|‘She always said she wanted to be able to see the water at the end, and she could,’⟧ ⟦s2|Ms Brennan⟧ ⟦c2|said⟧. ⟦q2|‘We think she would have been quite pleased with the timing, because the last ferry of the day had just gone out.’⟧

Corrigan took her master’s ticket in 1961, when, ⟦c3|according to⟧ ⟦s3|her own account⟧, ⟦q3|the examiner asked her whether her husband knew where she was⟧. ⟦s11|She⟧ ⟦c11|answered⟧ ⟦q11|that she was not married⟧, and passed.

Her memoir, ⟦n2|‘Across the Water’⟧, was published in 2004 and spent eleven weeks in the bestseller lists.

Her grandson ⟦s4|Cathal Brennan⟧, a marine engineer, ⟦c4|said⟧ ⟦q4|she had taught him to tie a bowline before he could read⟧.

⟦q5|‘When I was small she would take me up to the wheelhouse and let me steer for thirty seconds, with her hand about an inch from mine the whole time,’⟧ ⟦s5|he⟧ ⟦c5|said⟧.

⟦q10|‘She never raised her voice on that boat. She never had to. If the weather was wrong she simply said, “Not today,” and that was the end of it, whoever was asking.’⟧

Former Clare county councillor ⟦s6|Joe Hanrahan⟧ ⟦c6|described⟧ her as ⟦q6|‘the most stubborn, most generous woman on either side of the river’⟧.

Corrigan was predeceased by her husband, Donal, a fisherman whom she married in 1965, and by a son, Michael. She is survived by her daughter, five grandchildren and two great-grandchildren.

At her funeral Mass in Kilrush on Wednesday, ⟦s7|the parish priest, Fr Seán Mulcahy⟧, ⟦c7|told⟧ mourners ⟦q7|that the ferry would sound its horn as it passed the town at noon⟧. It did, twice.

⟦s8|The ferry company⟧ ⟦c8|said⟧ in a statement ⟦q8|that Corrigan had ‘set the standard that every one of our crews still sails to’⟧ and that a plaque would be placed in the wheelhouse of the ship she last commanded.

⟦q9|‘People ask me whether she was ever afraid out there,’⟧ ⟦s9|Ms Brennan⟧ ⟦c9|said⟧. ⟦q9|‘I honestly don’t think the thought ever crossed her mind.’⟧
""",
    [
        Item(1, "Nuala Brennan"),
        Item(2, "Nuala Brennan"),
        Item(3, "Maeve Corrigan"),
        Item(4, "Cathal Brennan"),
        Item(5, "Cathal Brennan"),
        Item(6, "Joe Hanrahan"),
        Item(7, "Seán Mulcahy"),
        Item(8, "the ferry company"),
        Item(9, "Nuala Brennan"),
        Item(10, "Cathal Brennan"),
        Item(11, "Maeve Corrigan"),
    ],
    {
        1: "nickname",  # nickname
        2: "title",  # title of a book
    },
)

PAINTER = Article(
    "ns6-arts-interview",
    "Arts interview and review: a French painter quoted through translation in guillemets, a critic's review, exhibition titles, present-tense 'she says'",
    """\
At 81, Hélène Marchetti is still painting the sea she cannot see

The first thing Hélène Marchetti does when a visitor enters her studio in Sète is apologise for the smell of turpentine. The second is to ⟦c14|explain⟧ ⟦q14|that she can no longer see the colour blue⟧.

⟦q1|«It went slowly, over perhaps ten years. First the navy, then the sky, then everything,»⟧ ⟦s1|she⟧ ⟦c1|says⟧, speaking through an interpreter. ⟦q1|«Now I mix it from memory, like a cook who has lost her sense of taste.»⟧

Her retrospective at the Hayward Gallery, ⟦n1|«The Salt Years»⟧, opens on Friday and brings together 64 paintings from six decades, many of them lent by private collectors who have never shown them in public.

⟦s2|Marchetti⟧ ⟦c2|says⟧ ⟦q2|she was reluctant to agree to the show at first⟧. ⟦q3|«A retrospective is what they give you when they think you have finished,»⟧ ⟦s3|she⟧ ⟦c3|says⟧, laughing. ⟦q3|«I have not finished.»⟧ She lights another cigarette. ⟦q3|«Ask me again when I am dead.»⟧

The gallery’s director, ⟦s4|Owen Pryce-Jarvis⟧, ⟦c4|said⟧ ⟦q4|the exhibition had taken four years to assemble and was the largest the gallery had ever given a living painter⟧.

⟦q5|«Critics called my harbour paintings sentimental in the seventies. Then they called them political. They are the same paintings,»⟧ ⟦s5|Marchetti⟧ ⟦c5|says⟧.

The harbour series, which she began in 1974 after a strike closed the port for five months, fills the first two rooms. One canvas, ⟦n2|«Quai des Pêcheurs, Grève»⟧, shows the fishing fleet tied up three deep, its crews playing cards on the decks.

In a review of the preview, ⟦s6|the critic Adaeze Morrow⟧ ⟦c6|wrote⟧ ⟦q6|that the late canvases were “ferocious, salt-bitten and entirely unsentimental”⟧, and ⟦c7|called⟧ the show ⟦q7|“the best argument for painting I have seen in years”⟧.

Marchetti shrugs at the praise. ⟦q9|«Reviews are weather,»⟧ ⟦s9|she⟧ ⟦c9|says⟧. ⟦q9|«Some days it rains, some days it does not. You still go out in the boat.»⟧

Her son, ⟦s10|Luc Marchetti⟧, who manages her studio, ⟦c10|said⟧ ⟦q10|his mother still painted six hours a day⟧, ⟦q10|«but now with the radio on, because she says the silence makes the colours louder»⟧.

⟦q11|«She will tell you she is not interested in the opening,»⟧ ⟦s11|he⟧ ⟦c11|said⟧. ⟦q11|«She has already chosen what she is wearing.»⟧

Asked what she hopes visitors will take away, Marchetti thinks for a long moment. ⟦q13|«That the sea is not blue,»⟧ ⟦s13|she⟧ finally ⟦c13|says⟧. ⟦q13|«It never was. It is every colour, and then it is grey.»⟧

The exhibition runs until 12 January. A catalogue, with an essay by Pryce-Jarvis, is published by the gallery.
""",
    [
        Item(1, "Hélène Marchetti"),
        Item(2, "Hélène Marchetti"),
        Item(3, "Hélène Marchetti"),
        Item(4, "Owen Pryce-Jarvis"),
        Item(5, "Hélène Marchetti"),
        Item(6, "Adaeze Morrow"),
        Item(7, "Adaeze Morrow"),
        Item(9, "Hélène Marchetti"),
        Item(10, "Luc Marchetti"),
        Item(11, "Luc Marchetti"),
        Item(13, "Hélène Marchetti"),
        Item(14, "Hélène Marchetti"),
    ],
    {
        1: "title",  # title of an exhibition
        2: "title",  # title of a painting
    },
)

ARTICLES = [COUNCIL, FLOOD, OBITUARY, PAINTER]
