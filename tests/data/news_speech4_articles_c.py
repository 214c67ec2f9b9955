"""Articles 9-12 of the fourth news speech suite (invented; markup explained in make_news_speech4.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech4 import Article, Item

FEATURE = Article(
    "ns4-feature-luthier",
    "feature interview: present-tense 'says', a quotation over three paragraphs, UK curly singles, a book title",
    """\
The violin maker who listens to trees

In a workshop that smells of spruce and varnish, Odile Faucher holds a rough plank to her ear and knocks on it with a knuckle.

⟦q1|‘You can hear whether it wants to be a violin,’⟧ ⟦s1|she⟧ ⟦c1|says⟧, laughing. ⟦q1|‘People think I am joking. I am only half joking.’⟧

Faucher, 52, has made 140 instruments in thirty years, most of them for orchestral players who wait up to four years for one. She grew up in Mirecourt, the French town that has made violins since the seventeenth century, and moved to Edinburgh in 1998 ⟦q2|‘for a man and the rain, in that order’⟧, as ⟦s2|she⟧ ⟦c2|puts⟧ it.

Her apprenticeship was hard. She remembers her master throwing a finished scroll into the stove because the curl was a millimetre too shallow.

⟦q4|‘I cried for a day,’⟧ ⟦s4|she⟧ ⟦c4|says⟧. ⟦q4|‘Then I made another one, and it was better.

‘That is the whole secret of this work, really. You make the thing, you look at it honestly, and most of the time you start again. The wood does not care about your feelings.

‘Young makers now want to put everything on the internet after a month. I tell them: wait ten years, then show me.’⟧

⟦s5|Her clients⟧ ⟦c5|describe⟧ her instruments as ⟦q5|‘dark’ and ‘generous’⟧. ⟦s6|Hamish Lorne, a cellist with the Scottish Chamber Orchestra,⟧ ⟦c6|says⟧ ⟦q6|that playing one of her cellos ‘felt like being handed a voice I didn’t know I had’⟧.

The work is slow, and not especially well paid. A violin takes her about 250 hours. ⟦s7|She⟧ ⟦c7|says⟧ ⟦q7|she charges less than a good second-hand car for one, and has never raised her prices for a famous name⟧.

Last year she published a short memoir, ⟦n1|‘The Listening Wood’⟧, which sold out its first printing in a fortnight. ⟦q8|‘I wrote it for my apprentices,’⟧ ⟦s8|she⟧ ⟦c8|says⟧. ⟦q8|‘Somehow the rest of the world bought it.’⟧

She has two apprentices now, both in their twenties. ⟦s9|One of them, Calum Reid,⟧ ⟦c9|admits⟧ ⟦q9|he was terrified of her for the first six months⟧.

⟦q10|‘She doesn’t shout,’⟧ ⟦s10|he⟧ ⟦c10|says⟧. ⟦q10|‘She just looks at the work, then looks at you, and you know.’⟧

Faucher plans to stop making violins at sixty and teach instead. Asked what she will miss, she thinks for a long time. ⟦q11|‘The first note,’⟧ ⟦s11|she⟧ finally ⟦c11|says⟧. ⟦q11|‘When you string it up and draw the bow and it speaks for the first time. There is nothing like that.’⟧
""",
    [
        Item(1, "Odile Faucher"),
        Item(2, "Odile Faucher"),
        Item(4, "Odile Faucher"),
        Item(5, "Her clients", anonymous=True),
        Item(6, "Hamish Lorne", titles=("a cellist with the Scottish Chamber Orchestra",)),
        Item(7, "Odile Faucher"),
        Item(8, "Odile Faucher"),
        Item(9, "Calum Reid"),
        Item(10, "Calum Reid"),
        Item(11, "Odile Faucher"),
    ],
    {1: "title"},
)

BROADCAST = Article(
    "ns4-broadcast-minister",
    "broadcast turned into prose: 'told the programme', an interviewer's question, 'pressed on', interrupted answers",
    """\
Housing minister refuses to set date for renters’ bill

The housing minister has ⟦n1|declined to say when a long-promised ban on no-fault evictions will become law⟧, in a combative interview on BBC Radio 4’s Today programme.

⟦s1|⟦s2|Gemma Hollis⟧⟧ ⟦c1|told⟧ the programme ⟦q1|that the Renters’ Protection Bill would be brought back to the Commons "when the courts are ready"⟧, and ⟦c2|insisted⟧ ⟦q2|the government had not watered it down⟧.

⟦s3|The presenter, Martin Keel,⟧ ⟦c3|asked⟧ her ⟦q3|whether tenants had simply been forgotten⟧. ⟦q4|"Not at all,"⟧ ⟦s4|she⟧ ⟦c4|replied⟧. ⟦q4|"We are doing this properly, and doing it properly takes time. I'd rather get it right than get it fast."⟧

⟦c17|Pressed⟧ ⟦q17|on whether the bill would pass before the next election⟧, ⟦s5|Ms Hollis⟧ ⟦c5|said⟧: ⟦q5|"I'm not going to give you a date on the radio, Martin, and you know I'm not."⟧

⟦s6|⟦s7|She⟧⟧ ⟦c6|said⟧ ⟦q6|the opposition was "playing politics with people's homes"⟧, and ⟦c7|added⟧ ⟦q7|that more than 60 amendments tabled by landlords' groups had been rejected⟧.

⟦s8|Labour's housing spokesperson, Daniel Orme,⟧ ⟦c8|said⟧ later ⟦q8|the interview had shown the government "has run out of road"⟧. ⟦q9|"Every week the bill is delayed, thousands more families get a letter telling them to pack up and go,"⟧ ⟦s9|he⟧ ⟦c9|said⟧.

⟦s10|The charity Shelter⟧ ⟦c10|said⟧ ⟦q10|that a household was now served with a no-fault eviction notice every seven minutes in England⟧, a figure the minister did not dispute.

Later on the programme, ⟦s12|the chief executive of the National Residential Landlords Association, Ben Rafferty,⟧ ⟦c12|said⟧ ⟦q12|landlords supported reform but needed to be sure courts could deal quickly with tenants who did not pay rent⟧.

⟦q13|"Nobody is defending rogue landlords,"⟧ ⟦s13|he⟧ ⟦c13|said⟧. ⟦q13|"What we are saying is: if you take away one tool, the other one has to work. At the moment it takes six months to get a possession hearing."⟧

⟦s14|The Ministry of Justice⟧ ⟦c14|said⟧ ⟦q14|it had recruited more than 100 new county court staff this year⟧.

⟦s15|Ms Hollis⟧ ended the interview by ⟦c15|saying⟧ ⟦q15|she was "proud" of the bill⟧. ⟦c18|Asked⟧ ⟦q18|if she had ever been a tenant herself⟧, ⟦s16|she⟧ ⟦c16|said⟧ ⟦q16|she had rented in London for nine years in her twenties⟧ and ⟦q16|"had the damp and the deposit battles to prove it"⟧.

The bill had its second reading in the Commons eighteen months ago and has not returned since.
""",
    [
        Item(1, "Gemma Hollis", chain=(("BBC Radio 4's Today programme", "told"),)),
        Item(2, "Gemma Hollis"),
        Item(3, "Martin Keel", titles=("The presenter",)),
        Item(4, "Gemma Hollis"),
        Item(5, "Gemma Hollis"),
        Item(6, "Gemma Hollis"),
        Item(7, "Gemma Hollis"),
        Item(8, "Daniel Orme", titles=("Labour's housing spokesperson",)),
        Item(9, "Daniel Orme"),
        Item(10, "Shelter"),
        Item(12, "Ben Rafferty", titles=("the chief executive of the National Residential Landlords Association",)),
        Item(13, "Ben Rafferty"),
        Item(14, "The Ministry of Justice"),
        Item(15, "Gemma Hollis"),
        Item(16, "Gemma Hollis"),
        Item(17, "Martin Keel"),
        Item(18, "Martin Keel"),
    ],
    {1: "refusal"},
)

PRESS_RELEASE = Article(
    "ns4-press-release-hospital",
    "press-release rewrite: a quotation opening the story, 'commented', 'added', a quotation after a colon at paragraph end",
    """\
New £12m cancer centre opens at St Bride's

⟦q1|“Today is a milestone for patients across the county,”⟧ ⟦c1|said⟧ ⟦s1|Dr Fiona Macrae, chief executive of Ellisford Hospitals NHS Trust⟧, as the new Radiotherapy and Day Treatment Centre at St Bride’s Hospital opened its doors on Monday.

The centre, funded by £9m from the NHS and £3m raised by the St Bride’s Hospital Charity, has two new linear accelerators and 18 chemotherapy chairs. ⟦s2|The trust⟧ ⟦c2|says⟧ ⟦q2|it will allow about 4,000 patients a year to be treated closer to home⟧, instead of travelling to the regional centre in Carnforth.

⟦s3|Dr Macrae⟧ ⟦c3|added⟧: ⟦q3|“For too long, patients from the west of the county have faced a round trip of up to three hours for a fifteen-minute treatment. That ends today.”⟧

⟦s4|Consultant oncologist Dr Samir Haddad⟧ ⟦c4|commented⟧: ⟦q4|“The new machines are faster and more precise, which means fewer side effects for patients and shorter waiting times. Our team has been preparing for this for two years and we are incredibly proud.”⟧

The charity’s director, Louise Penhallow, thanked the thousands of people who had run, baked and cycled to raise money. ⟦q6|“Every one of those cake sales is in this building,”⟧ ⟦s6|she⟧ ⟦c6|said⟧.

Patient representative Graham Tulley, who was treated for bowel cancer in 2021, cut the ribbon. ⟦s7|He⟧ ⟦c7|said⟧ ⟦q7|that the journeys to Carnforth had been “the hardest part of the whole thing”⟧.

⟦q8|“When you are already exhausted from the treatment, three hours in a car is brutal,”⟧ ⟦s8|Mr Tulley⟧ ⟦c8|said⟧. ⟦q8|“Knowing the next person won’t have to do that means a great deal to me.”⟧

The centre will treat its first patients next week. ⟦c9|According to⟧ ⟦s9|the trust⟧, ⟦q9|it will create 35 new jobs, including radiographers, nurses and physicists⟧.

The trust’s chair, Simon Achebe, also paid tribute to the building contractor. ⟦s10|He⟧ ⟦c10|said⟧ ⟦q10|it had finished the work “on time and on budget, which in the NHS is almost unheard of”⟧.

The opening follows a report last year which found that cancer patients in the west of the county were less likely to finish their course of treatment than those elsewhere. The report’s title, ⟦n1|“Distance Matters”⟧, has since been adopted as the name of the charity’s next appeal.

For more information, visit the trust’s website or call the charity on 01632 960 441.
""",
    [
        Item(1, "Fiona Macrae", titles=("Dr", "chief executive of Ellisford Hospitals NHS Trust")),
        Item(2, "Ellisford Hospitals NHS Trust"),
        Item(3, "Fiona Macrae"),
        Item(4, "Samir Haddad", titles=("Consultant oncologist", "Dr")),
        Item(6, "Louise Penhallow"),
        Item(7, "Graham Tulley"),
        Item(8, "Graham Tulley"),
        Item(9, "Ellisford Hospitals NHS Trust", "according_to"),
        Item(10, "Simon Achebe", titles=("The trust's chair",)),
    ],
    {1: "title"},
)

OPED = Article(
    "ns4-oped-four-day-week",
    "op-ed quoting others: first person, quotations of a politician, a study, a colleague; straight single quotes",
    """\
Opinion: The four-day week is not a perk. It is a test of management

By Rachel Amankwah

Every few months ⟦s10|someone⟧ ⟦c10|tells⟧ me ⟦q10|the four-day week is a fad⟧. Last week it was a minister. ⟦q1|'It sounds lovely,'⟧ ⟦s1|the business secretary, Alastair Crewe,⟧ ⟦c1|told⟧ a conference of manufacturers, ⟦q1|'but I have yet to meet a customer who wants their order delivered four-fifths of the time.'⟧

It is a good line. It is also wrong, and I say that as someone who has run a business on a four-day week for three years.

When we made the change, ⟦s2|my finance director⟧ ⟦c2|warned⟧ me ⟦q2|that we would lose a fifth of our output⟧. We did not. Over the first year, sales rose by nine per cent and sick days fell by half. I do not claim our experience proves anything on its own. But it is not alone.

The largest trial so far, involving 61 British companies, ended with 56 of them keeping the shorter week. ⟦s3|The researchers who ran it⟧ ⟦c3|wrote⟧ ⟦q3|that revenue 'stayed broadly the same' while resignations fell sharply⟧. ⟦s4|One of them, the sociologist Dr Hana Kowalczyk,⟧ ⟦c4|told⟧ me ⟦q4|that the firms that failed had usually tried to cram five days of meetings into four⟧.

⟦q5|'The companies that succeeded didn't work harder,'⟧ ⟦s5|she⟧ ⟦c5|said⟧. ⟦q5|'They stopped doing the things that never mattered.'⟧

That is the point Mr Crewe misses. A four-day week is not a gift to workers; it is an audit of how work is done. ⟦s6|A friend who runs a small engineering firm in Rotherham⟧ ⟦c6|put⟧ it more bluntly: ⟦q6|'Half of what we called work was people waiting for other people.'⟧

There are real limits. Hospitals, schools and care homes cannot simply close on Fridays, and ⟦s7|unions⟧ are right to ⟦c7|say⟧ ⟦q7|that a shorter week must not become a cover for cuts⟧. ⟦s8|Mira Solberg, who leads the Public Service Workers' Union,⟧ ⟦c8|told⟧ a rally last month ⟦q8|that her members wanted 'fewer hours, not fewer colleagues'⟧, and she is right.

But ⟦s9|the government⟧ ⟦c9|says⟧ ⟦q9|it wants higher productivity above all else⟧. If so, it should be curious about an idea that appears to deliver it. Instead ministers offer jokes about deliveries.

People sometimes call my company ⟦n1|'the Friday place'⟧. I take it as a compliment.

Rachel Amankwah is the founder of Keel & Cable, a software consultancy in Leeds.
""",
    [
        Item(1, "Alastair Crewe", titles=("the business secretary",)),
        Item(2, "my finance director", anonymous=True),
        Item(3, "The researchers who ran it", "wrote", anonymous=True),
        Item(4, "Hana Kowalczyk", titles=("the sociologist", "Dr")),
        Item(5, "Hana Kowalczyk"),
        Item(6, "A friend who runs a small engineering firm in Rotherham", anonymous=True),
        Item(7, "unions", anonymous=True),
        Item(8, "Mira Solberg"),
        Item(10, "someone", anonymous=True),
        Item(9, "the government"),
    ],
    {1: "nickname"},
)

ARTICLES = [FEATURE, BROADCAST, PRESS_RELEASE, OPED]
