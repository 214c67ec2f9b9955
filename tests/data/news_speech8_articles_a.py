"""Articles 1-4 of the eighth news speech suite (invented; markup explained in make_news_speech3.py)."""

# ruff: noqa: E501  (an article's paragraphs are kept on one line each, as they are marked up)

from make_news_speech8 import Article, Item

RUGBY = Article(
    "ns8-rugby-press-conference",
    "UK rugby report built on the press conferences: curly single quotes, a head coach's answer over two paragraphs with a re-opened mark, 'said the 22-year-old', 'Asked whether ..., the 46-year-old said:', a player's post, a belief, a refusal, a chant",
    """\
Rovers boss Haldane hails ⟦n1|‘best forty minutes’⟧ after comeback at Kilnworth

By Tom Arrowsmith at Kilnworth Park

Kilnworth 24 Ashford Rovers 27

⟦s1|Ashford Rovers head coach Stuart Haldane⟧ ⟦c1|said⟧ ⟦q1|his side had produced ‘the best forty minutes of rugby I’ve seen from this group’⟧ after they came back from 21-3 down at half-time to win at Kilnworth Park on Saturday.

Fly-half Corin Pryce kicked a touchline conversion with the last act of the game to seal a victory that lifts Rovers to fourth in the Championship table.

⟦q2|‘At half-time I didn’t say much, to be honest,’⟧ ⟦s2|Haldane⟧ ⟦c2|told⟧ his post-match press conference. ⟦q2|‘I asked them whether that was who they wanted to be. They answered the question for me.’⟧

⟦s3|He⟧ ⟦c3|added⟧: ⟦q3|‘We were ordinary before the break. Slow at the breakdown, soft in the tackle, and Kilnworth punished every mistake we made.

‘But the second half is what I’ll remember. The forwards took the game by the scruff of the neck, and Corin showed the nerve you need from a ten.’⟧

Asked whether the win put Rovers back in the promotion race, ⟦s4|the 46-year-old⟧ ⟦c4|said⟧: ⟦q4|‘Ask me in April. We’ve got Brackley and Tolworth away in the next month, and nobody wins anything in November.’⟧

⟦s5|Pryce⟧, who had missed two easier kicks in the first half, ⟦c5|admitted⟧ ⟦q5|he had ‘not dared look’ at the posts before the final conversion⟧.

⟦q6|‘The wind was swirling and my legs were gone,’⟧ ⟦c6|said⟧ ⟦s6|the 22-year-old⟧. ⟦q6|‘I just told myself to hit it like it was a Tuesday at training. My mum will be sick of hearing about it by tonight.’⟧

Kilnworth’s director of rugby, ⟦s7|Bryony Castell⟧, ⟦c7|described⟧ ⟦q7|her side’s second-half display as ‘unacceptable’⟧ and ⟦c8|said⟧ ⟦q8|there would be ‘honest conversations’ at training on Monday⟧.

⟦q9|‘You cannot switch off against a side like Rovers,’⟧ ⟦s9|she⟧ ⟦c9|said⟧. ⟦q9|‘We stopped doing the simple things, and at this level that costs you the game.’⟧

⟦n2|Castell believes her squad is still good enough to finish in the top four⟧, but she ⟦n3|refused to be drawn on whether the club would sign a new hooker in January⟧.

Rovers lock Samu Naivalu went off with a shoulder injury just before the hour. ⟦q10|He will see a specialist on Tuesday⟧, ⟦c10|according to⟧ ⟦s10|Haldane⟧, ⟦s11|who⟧ ⟦c11|said⟧ ⟦q11|the early signs were ‘not great’⟧.

The travelling fans were still singing ⟦n4|‘We’re going up’⟧ long after the final whistle.

Rovers captain ⟦s12|Owen Tarrant⟧ ⟦c12|posted⟧ on Instagram that evening: ⟦q12|‘Never in doubt. Proud of every one of these boys. Big week ahead.’⟧

Rovers host Brackley on Friday night, when ⟦n5|Haldane expects to welcome back flanker Josh Emery from a hamstring injury⟧.
""",
    [
        Item(1, "Stuart Haldane"),
        Item(2, "Stuart Haldane"),
        Item(3, "Stuart Haldane"),
        Item(4, "Stuart Haldane"),
        Item(5, "Corin Pryce"),
        Item(6, "Corin Pryce"),
        Item(7, "Bryony Castell"),
        Item(8, "Bryony Castell"),
        Item(9, "Bryony Castell"),
        Item(10, "Stuart Haldane", relation="according_to"),
        Item(11, "Stuart Haldane"),
        Item(12, "Owen Tarrant", relation="wrote"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "non_reporting",  # a belief
        3: "refusal",  # refused to be drawn
        4: "slogan",  # a chant
        5: "non_reporting",  # an expectation
    },
)

TRIAL = Article(
    "ns8-court-manslaughter-trial",
    "UK court report of a trial: 'told Carnforth Crown Court that', 'the jury heard', testimony in curly singles with a nested double quotation, cross-examination ('suggested that', 'replied'), an expert witness, a prepared statement, the judge's directions ('reminded jurors that', 'warned them not to')",
    """\
Warehouse worker ⟦n1|‘heard shouting’⟧ before colleague’s fatal fall, jury told

⟦s14|A warehouse worker⟧ has ⟦c14|told⟧ a jury ⟦q14|he heard two men arguing on a mezzanine floor moments before a colleague fell more than six metres to his death⟧.

⟦s1|Kasim Rahal⟧, 31, ⟦c1|told⟧ Carnforth Crown Court ⟦q1|that he had been unloading pallets at the Brigg Lane depot on the evening of 14 February last year when he heard raised voices above him⟧.

⟦q2|‘One of them was saying, “Just get it done, we haven’t got time,”’⟧ ⟦s2|Mr Rahal⟧ ⟦c2|said⟧. ⟦q2|‘Then there was a bang, and then nothing.’⟧

Neil Stavely, 52, the depot’s former site manager, denies manslaughter by gross negligence over the death of forklift driver Aaron Maddix, 27.

The jury ⟦c3|heard⟧ ⟦q3|that a safety rail on the mezzanine had been taken down three weeks before the fall to make room for a new conveyor belt, and had not been put back⟧.

Opening the case on Monday, ⟦s4|prosecutor Helen Marsh KC⟧ ⟦c4|said⟧ ⟦q4|Mr Stavely had been warned about the missing rail ‘at least twice’ by members of staff⟧ and ⟦q4|had chosen to do nothing about it⟧.

Cross-examining Mr Rahal, ⟦s5|Jonathan Pell KC⟧, defending, ⟦c5|suggested⟧ ⟦q5|that the voices could have come from the loading yard outside⟧.

⟦q6|‘I know what I heard,’⟧ ⟦s6|Mr Rahal⟧ ⟦c6|replied⟧. ⟦q6|‘I was twenty feet away, and the shutters were down.’⟧

Asked by Mr Pell whether he had ever raised the missing rail with managers, ⟦s7|he⟧ ⟦c7|said⟧: ⟦q7|‘Everybody had. It was a joke on the shop floor. People called that corner “the diving board”.’⟧

⟦s8|Dr Miriam Oduya⟧, an inspector with the Health and Safety Executive, ⟦c8|told⟧ the jury ⟦q8|that a fall from that height was ‘entirely foreseeable’ and ‘entirely preventable’⟧.

⟦n2|Her investigation found that the depot had no written plan for work at height.⟧

⟦q9|‘A rail like that costs a few hundred pounds and takes an afternoon to fit,’⟧ ⟦s9|she⟧ ⟦c9|said⟧.

In a prepared statement given to police after his arrest, which was read to the jury, ⟦s10|Mr Stavely⟧ ⟦c10|said⟧ ⟦q10|he had ordered a replacement rail ‘as soon as I was told about it’⟧ and ⟦q10|that its delivery had been delayed by the supplier⟧.

At the end of the day’s evidence, ⟦s11|Judge Rupert Allanby⟧ ⟦c11|reminded⟧ jurors ⟦q11|that they must decide the case only on what they heard in the courtroom⟧, and ⟦c12|warned⟧ them ⟦q12|not to look for reports of the trial online⟧.

⟦q13|‘It is natural to be curious,’⟧ ⟦s13|the judge⟧ ⟦c13|said⟧. ⟦q13|‘But the only evidence in this case is the evidence you hear from that witness box.’⟧

⟦n3|Mr Stavely is expected to give evidence next week.⟧

The trial continues.
""",
    [
        Item(1, "Kasim Rahal"),
        Item(2, "Kasim Rahal"),
        Item(3, "the prosecution"),
        Item(4, "Helen Marsh"),
        Item(5, "Jonathan Pell"),
        Item(6, "Kasim Rahal"),
        Item(7, "Kasim Rahal"),
        Item(8, "Miriam Oduya", titles=("an inspector with the Health and Safety Executive",)),
        Item(9, "Miriam Oduya"),
        Item(10, "Neil Stavely", relation="statement"),
        Item(11, "Rupert Allanby"),
        Item(12, "Rupert Allanby"),
        Item(13, "Rupert Allanby"),
        Item(14, "Kasim Rahal"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "non_reporting",  # a finding
        3: "non_reporting",  # an expectation
    },
)

EARNINGS = Article(
    "ns8-earnings-call-analysts",
    "US business: results story from an earnings call, straight double quotes, 'warned investors to expect', 'on a call with analysts', a CFO 'adding that', analysts 'wrote in a note to clients', a research firm, a filing, words as words, forecasts and fears, a refusal",
    """\
Halvorsen Foods shares slide as CEO warns of ⟦n1|"choppy" year⟧

By Dana Whitcombe, Business Reporter

Shares in Halvorsen Foods fell 9% on Thursday after the packaged-food maker cut its full-year profit forecast and ⟦s1|its chief executive⟧ ⟦c1|warned⟧ investors ⟦q1|to expect "a choppy twelve months."⟧

⟦s2|The Minneapolis-based company⟧ ⟦c2|said⟧ ⟦q2|adjusted earnings per share for the year would be between $2.10 and $2.25, down from a previous range of $2.40 to $2.55⟧. ⟦q3|Quarterly revenue fell 3.1% to $1.84 billion, below the $1.91 billion analysts had expected⟧, ⟦c3|according to⟧ ⟦s3|data compiled by MarketLens⟧.

⟦q4|"Consumers are trading down, and they are doing it faster than we planned for,"⟧ ⟦s4|Chief Executive Marta Lindqvist⟧ ⟦c4|said⟧ on a call with analysts. ⟦q4|"We have to earn back the shopper in the aisle, and that is going to cost us margin in the near term."⟧

⟦s5|Lindqvist⟧ ⟦c5|said⟧ ⟦q5|the company would cut prices on about 120 products by an average of 6% from next month⟧, and ⟦c6|told⟧ analysts ⟦q6|that Halvorsen was "not going to chase volume at any price."⟧

Asked by an analyst whether the price cuts would be permanent, ⟦s7|she⟧ ⟦c7|said⟧: ⟦q7|"I'd call them an investment. Whether we ever take them back depends on what our competitors do, and I'm not going to guess that on a public call."⟧

⟦s8|Chief Financial Officer Derek Amsel⟧ ⟦c8|said⟧ ⟦q8|higher costs for cocoa and packaging would shave about 80 basis points off gross margin⟧, ⟦c9|adding⟧ ⟦q9|that savings from closing a plant in Dayton, Ohio, would not show up until 2028⟧.

In a filing with regulators, ⟦s10|the company⟧ ⟦c10|said⟧ ⟦q10|it had taken a $140 million charge related to the Dayton closure⟧.

The word ⟦n2|"value"⟧ came up 31 times on the hour-long call.

⟦q11|"The guidance cut was expected; the size of it was not,"⟧ ⟦s11|Jefferson Reid analyst Tomás Ybarra⟧ ⟦c11|wrote⟧ in a note to clients. ⟦q11|"We think management is finally being realistic, but realism is rarely rewarded on the day."⟧

Ybarra cut his price target on the stock to $41 from $48.

⟦s12|Research firm Morningway⟧ ⟦c12|said⟧ in a note ⟦q12|that it saw "limited downside" from Thursday's price⟧, ⟦q13|arguing that the company's brands remained "some of the strongest in the center of the store."⟧

⟦n3|Analysts expect further price cuts across the sector⟧ as supermarket chains push their own-label ranges, and ⟦n4|some investors fear the company will have to trim its dividend⟧.

Lindqvist ⟦n5|declined to comment on reports that Halvorsen had held talks with a private equity firm about selling its frozen-foods unit⟧.

⟦q14|"We've got the right brands,"⟧ ⟦s14|she⟧ ⟦c14|said⟧ as the call ended. ⟦q14|"Now we need the right prices."⟧
""",
    [
        Item(1, "Marta Lindqvist"),
        Item(2, "Halvorsen Foods"),
        Item(3, "data compiled by MarketLens", relation="according_to"),
        Item(4, "Marta Lindqvist"),
        Item(5, "Marta Lindqvist"),
        Item(6, "Marta Lindqvist"),
        Item(7, "Marta Lindqvist"),
        Item(8, "Derek Amsel"),
        Item(9, "Derek Amsel"),
        Item(10, "Halvorsen Foods", relation="statement"),
        Item(11, "Tomás Ybarra", relation="wrote"),
        Item(12, "Morningway", relation="wrote"),
        Item(13, "Morningway"),
        Item(14, "Marta Lindqvist"),
    ],
    {
        1: "headline",  # a quotation in a headline
        2: "words_as_words",  # a word mentioned, not said
        3: "non_reporting",  # a forecast
        4: "non_reporting",  # a fear
        5: "refusal",  # declined to comment
    },
)

FOXES = Article(
    "ns8-science-press-release",
    "UK science story from a university press release: 'according to a study', a finding, 'said the study's lead author, Dr X', 'In a press release ..., X said', the authors 'write ... but caution that', an outside expert split around his cue, a belief and a plan",
    """\
City foxes solve food puzzles twice as fast as country cousins, study suggests

⟦q1|Foxes living in cities solve simple food puzzles almost twice as fast as those in the countryside⟧, ⟦c1|according to⟧ ⟦s1|a study published on Wednesday⟧.

Researchers at the University of Wexmoor left 312 puzzle boxes baited with dog food in gardens, parks and farmland around four English cities, and filmed the foxes that came to them over two winters. ⟦n1|The team found that urban foxes opened the boxes in an average of 41 seconds, against 78 seconds for rural animals.⟧

⟦q2|“We expected a difference, but not one this large,”⟧ ⟦c2|said⟧ ⟦s2|the study’s lead author⟧, Dr Hannah Okereke, a behavioural ecologist at Wexmoor. ⟦q2|“These are animals that have only lived alongside us in large numbers for a few decades.”⟧

In a press release issued by the university, ⟦s3|Okereke⟧ ⟦c3|said⟧ ⟦q3|the findings ‘challenge the idea that cleverness is something fixed within a species’⟧.

⟦s4|The authors⟧ ⟦c4|write⟧ in the journal Animal Cognition Letters ⟦q4|that the results are “consistent with rapid behavioural adaptation to urban life”⟧, but ⟦c5|caution⟧ ⟦q5|that the sample was drawn from only four cities, all in the south of England⟧.

⟦s6|Co-author Dr Wil Penhallow⟧ ⟦c6|said⟧ ⟦q6|the team had been surprised by how quickly individual foxes improved⟧. ⟦q7|“By the third night some of them were going straight to the latch,”⟧ ⟦s7|he⟧ ⟦c7|said⟧. ⟦q7|“They didn’t sniff around. They just knew.”⟧

Not everyone is convinced that the city animals are cleverer.

⟦q8|“It’s a neat piece of work,”⟧ ⟦c8|said⟧ ⟦s8|Professor Ruth Annand⟧ of the University of Calderbrook, who was not involved in the research. ⟦q8|“But I’d want to know whether the city foxes are smarter or simply bolder. A shy fox never gets near the box in the first place.”⟧

⟦n2|Annand suspects that boldness explains much of the gap⟧, and ⟦s9|she⟧ ⟦c9|pointed out⟧ ⟦q9|that earlier studies of birds had found the same pattern⟧.

⟦q10|“Boldness,”⟧ ⟦s10|she⟧ ⟦c10|said⟧, ⟦q10|“is the first thing a city teaches you.”⟧

Okereke ⟦c11|acknowledged⟧ ⟦q11|that boldness could play a part⟧ and ⟦c12|said⟧ ⟦q12|the team had tried to control for it by timing only the foxes that stayed at the box for more than ten seconds⟧.

⟦n3|The team plans to repeat the experiment in Scandinavia next winter⟧, where ⟦n4|it hopes to compare foxes in cities of very different sizes⟧.

The study was funded by the Natural Environment Research Council. ⟦q13|Foxes are now resident in almost every large town in Britain⟧, ⟦c13|according to⟧ ⟦s13|the Mammal Society⟧.
""",
    [
        Item(1, "a study published on Wednesday", relation="according_to"),
        Item(2, "Hannah Okereke", titles=("the study’s lead author", "a behavioural ecologist at Wexmoor")),
        Item(3, "Hannah Okereke", relation="statement", chain=(("the university", "reported_by"),)),
        Item(4, "the authors", relation="wrote"),
        Item(5, "the authors", relation="wrote"),
        Item(6, "Wil Penhallow"),
        Item(7, "Wil Penhallow"),
        Item(8, "Ruth Annand"),
        Item(9, "Ruth Annand"),
        Item(10, "Ruth Annand"),
        Item(11, "Hannah Okereke"),
        Item(12, "Hannah Okereke"),
        Item(13, "Mammal Society", relation="according_to"),
    ],
    {
        1: "non_reporting",  # a finding
        2: "non_reporting",  # a belief
        3: "non_reporting",  # a plan
        4: "non_reporting",  # a hope
    },
)

ARTICLES = [RUGBY, TRIAL, EARNINGS, FOXES]
