"""The fifth unseen-speakers set, part A: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen5.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_MUSEUM = A(
    "museum-director-qa",
    "qa",
    ("qa_labels", "qa_short", "possessive_title", "pronoun"),
    "Five minutes with the textile museum’s new director\n\n"
    "Rosalind Achterberg took over the Pellworth Museum of Textiles in March, after eleven years running a "
    "conservation studio in Utrecht. The museum has lost two-thirds of its visitors in a decade, its roof "
    "leaks and its grant from the county council has been cut three years running. She spoke to Joel Harrow "
    "of the Pellworth Gazette in the museum’s café, which is closed on weekdays to save money. The interview "
    "has been edited for length.\n\n"
    "HARROW: The roof has leaked since 2019. Why has nothing been done?\n\n"
    "ACHTERBERG: Because every year the money went on keeping the doors open. I understand why. But a museum "
    "with buckets in the gallery is not open in any sense that matters, so this year the roof comes first.\n\n"
    "HARROW: Visitor numbers are a third of what they were. Can you win people back?\n\n"
    "ACHTERBERG: I think so, but not with another exhibition of old shawls behind glass. People want to see the "
    "looms working. We have four that still run, and from June a weaver will be here every Saturday.\n\n"
    "HARROW: And if the council cuts the grant again?\n\n"
    "ACHTERBERG: Then we will sell tickets to the buckets.\n\n"
    "Achterberg’s predecessor, Colin Mayhew, who retired in January after 19 years in the post, said last week "
    "that he was “delighted” with the appointment. “She has the patience for it, and she has the hands for it,” "
    "he said. “I had neither by the end.”\n\n"
    "The museum was founded in 1911 by a family of mill owners who left their pattern books, their looms "
    "and a collection of 3,000 shawls to the town. For most of the last century it was one of the busiest "
    "small museums in the north, with school parties arriving by the coachload every week of term. The "
    "last school visit was in 2021.\n\n"
    "The roof repairs are expected to cost £340,000. The museum has applied to a national heritage fund for "
    "half of that sum and will hear in September.",
    [
        Q(
            "Because every year the money went on keeping the doors open. I understand why. But a museum with "
            "buckets in the gallery is not open in any sense that matters, so this year the roof comes first.",
            None,
            "Rosalind Achterberg",
            cue=None,
            kind="direct",
        ),
        Q(
            "I think so, but not with another exhibition of old shawls behind glass. People want to see the looms "
            "working. We have four that still run, and from June a weaver will be here every Saturday.",
            None,
            "Rosalind Achterberg",
            cue=None,
            kind="direct",
        ),
        Q("Then we will sell tickets to the buckets.", None, "Rosalind Achterberg", cue=None, kind="direct"),
        Q(
            "he was “delighted” with the appointment",
            "Colin Mayhew",
            "Colin Mayhew",
            at="Colin Mayhew, who retired in January after 19 years in the post, said",
        ),
        Q(
            ("“She has the patience for it, and she has the hands for it,”", "“I had neither by the end.”"),
            "he",
            "Colin Mayhew",
        ),
    ],
    {"Colin Mayhew": ["Achterberg’s predecessor"]},
)

_VET = A(
    "vet-initials-qa",
    "qa",
    ("qa_labels", "qa_short", "appositive_title", "pronoun"),
    "Ask the expert: why are so many of our dogs overweight?\n\n"
    "Tomasz Wierzba has been a vet in Lowther Bridge for 22 years. Every spring, he says, more of the dogs "
    "brought to his surgery on Mill Lane are too heavy to be healthy, and more of their owners are surprised to "
    "hear it. A national survey published last month found that half of the dogs in the country are "
    "overweight. Megan Ellery asked him what owners are getting wrong.\n\n"
    "ME: How many of the dogs you see are overweight?\n\n"
    "TW: More than half, and the owners almost never know. They look at a labrador that is shaped like a "
    "barrel and they think that is what labradors look like.\n\n"
    "ME: Is it the food or the walking?\n\n"
    "TW: Mostly the food. A walk burns off less than people hope. A biscuit from every member of the family "
    "is a second dinner, and some dogs get four dinners.\n\n"
    "The practice’s head nurse, Adaeze Nwosu, runs a weight clinic on Thursday evenings. Owners bring their dogs "
    "to be weighed every fortnight and are given a chart to put on the fridge. “We weigh them, we praise them, "
    "and we weigh the owners’ excuses,” she said. “Some of the excuses are very heavy.”\n\n"
    "Wierzba said the clinic had 40 dogs on its books and a waiting list. “The record is a beagle who lost a "
    "quarter of himself in a year,” he said. “His owner cried when we gave him the certificate.”\n\n"
    "Overweight dogs are more likely to develop arthritis, diabetes and heart disease, and on average "
    "they die two years earlier than dogs of a healthy weight. Insurers have begun to ask about weight "
    "when they renew policies, and some charge more for dogs that are obese. The charity Paws North runs "
    "free weighing sessions in supermarket car parks across the county every summer.\n\n"
    "The clinic costs £5 a visit. Wierzba said he would like every practice in the county to run one.",
    [
        Q(
            "More than half, and the owners almost never know. They look at a labrador that is shaped like a barrel "
            "and they think that is what labradors look like.",
            None,
            "Tomasz Wierzba",
            cue=None,
            kind="direct",
        ),
        Q(
            "Mostly the food. A walk burns off less than people hope. A biscuit from every member of the family is a "
            "second dinner, and some dogs get four dinners.",
            None,
            "Tomasz Wierzba",
            cue=None,
            kind="direct",
        ),
        Q(
            (
                "“We weigh them, we praise them, and we weigh the owners’ excuses,”",
                "“Some of the excuses are very heavy.”",
            ),
            "she",
            "Adaeze Nwosu",
        ),
        Q("the clinic had 40 dogs on its books and a waiting list", "Wierzba", "Tomasz Wierzba"),
        Q(
            (
                "“The record is a beagle who lost a quarter of himself in a year,”",
                "“His owner cried when we gave him the certificate.”",
            ),
            "he",
            "Tomasz Wierzba",
        ),
        Q("he would like every practice in the county to run one", "Wierzba", "Tomasz Wierzba"),
    ],
    {"Adaeze Nwosu": ["The practice’s head nurse"]},
)

_CLIMBER = A(
    "climber-q-a",
    "qa",
    ("qa_labels", "qa_short", "kin_first_name", "documents", "pronoun"),
    "The climber who turned back 80 metres from the top\n\n"
    "In May, Sunniva Haldorsen was 80 metres below the summit of Mount Karavel when she decided to go down. "
    "Her two companions went on; one of them, Piet Lamprecht, died on the descent. Haldorsen, 34, a "
    "physiotherapist from Tromsø, has not spoken publicly until now. We met her at her parents’ house on the "
    "edge of the fjord, where she is learning to use a climbing axe again with two fingers fewer than she "
    "had in spring.\n\n"
    "Q: What made you turn back?\n\n"
    "A: My fingers. I could not feel two of them and I knew what that meant. It was not bravery and it was "
    "not wisdom. It was arithmetic.\n\n"
    "Q: Do you think about the other two?\n\n"
    "A: Every day. Piet was the best climber I have ever roped up with. People ask me if I could have stopped "
    "him, and the answer is no. Nobody stopped Piet.\n\n"
    "The third climber, Erik Sandvold, who was treated for frostbite in Kathmandu, said in a statement last month "
    "that the decision to continue had been “shared and made in good faith”.\n\n"
    "Lamprecht’s sister, Hanneke, said the family did not blame anyone for his death. “Sunniva wrote to us "
    "before she wrote to anybody else,” she said. “That mattered more than she knows.”\n\n"
    "Mount Karavel, at 7,140 metres, has been climbed fewer than 200 times. Four climbers have died on "
    "its upper slopes in the last decade, three of them on the descent. Lamprecht, 41, a mountain guide "
    "from Innsbruck, had climbed it twice before. His body was recovered by a Nepali team in June and "
    "buried in his home village.\n\n"
    "Haldorsen plans to return to the mountains next summer, though not, she says, to Karavel.",
    [
        Q(
            "My fingers. I could not feel two of them and I knew what that meant. It was not bravery and it was not "
            "wisdom. It was arithmetic.",
            None,
            "Sunniva Haldorsen",
            cue=None,
            kind="direct",
        ),
        Q(
            "Every day. Piet was the best climber I have ever roped up with. People ask me if I could have stopped "
            "him, and the answer is no. Nobody stopped Piet.",
            None,
            "Sunniva Haldorsen",
            cue=None,
            kind="direct",
        ),
        Q(
            "the decision to continue had been “shared and made in good faith”",
            "Erik Sandvold",
            "Erik Sandvold",
            at="Erik Sandvold, who was treated for frostbite in Kathmandu, said",
            how="statement",
        ),
        Q("the family did not blame anyone for his death", "Hanneke", "Hanneke Lamprecht", at="Hanneke, said"),
        Q(
            ("“Sunniva wrote to us before she wrote to anybody else,”", "“That mattered more than she knows.”"),
            "she",
            "Hanneke Lamprecht",
        ),
    ],
    {
        "Erik Sandvold": ["The third climber"],
        "Hanneke Lamprecht": ["Lamprecht’s sister"],
        "Sunniva Haldorsen": ["a physiotherapist from Tromsø"],
    },
)

_AIRLINE = A(
    "airline-strike",
    "wire",
    ("spokesperson", "less_sure", "two_women_man", "kin_first_name", "pronoun"),
    "Corvane Air cancels 140 flights as engineers walk out\n\n"
    "Corvane Air cancelled 140 flights on Tuesday as engineers at its two main bases began a 48-hour strike "
    "over pay, leaving about 19,000 passengers to find other ways home.\n\n"
    "A spokesperson for the airline said it was “deeply sorry” and that passengers would be offered refunds or "
    "seats on the next available flight. “We have kept the long-haul schedule intact and we are doing everything "
    "we can to limit the disruption,” the spokesperson said.\n\n"
    "The engineers’ union, Aerotech United, said its members had been offered 2 per cent after two years without "
    "a rise. Its general secretary, Gideon Farrance, said the strike could be called off “within the hour” if "
    "the company made a serious offer. “Nobody wants to ground planes,” he said. “But nobody wants to fix them "
    "for less than they were paid in 2022 either.”\n\n"
    "At Halston airport, passengers queued for three hours at the customer desk. Two sisters from Leeds had "
    "been due to fly to Lisbon for a cousin’s wedding. “We will get there if we have to swim,” said Anjali "
    "Bhatt, 29. Her sister Rekha was less sure. “I have already missed the hen party,” she said. “I am not "
    "missing the wedding as well.”\n\n"
    "Corvane Air, which flies to 60 destinations from its bases at Halston and Merrow, carried 11 million "
    "passengers last year and reported record profits in March. It is the second strike at the airline "
    "this year; a walkout by baggage handlers in February grounded 90 flights. Under the law, passengers "
    "whose flights are cancelled less than two weeks before departure are entitled to compensation of up "
    "to £520.\n\n"
    "A Corvane Air spokeswoman later said talks would resume on Thursday. Asked whether the airline would "
    "improve its offer, she said: “We will not negotiate through the newspapers.”\n\n"
    "Farrance said that was “a shame, because the newspapers are the only ones listening”.",
    [
        Q(
            "it was “deeply sorry” and that passengers would be offered refunds or seats on the next available flight",
            "A spokesperson for the airline",
            "a spokesperson for Corvane Air",
            anonymous=True,
            classes=("spokesperson",),
        ),
        Q(
            "“We have kept the long-haul schedule intact and we are doing everything we can to limit the disruption,”",
            "the spokesperson",
            "a spokesperson for Corvane Air",
            anonymous=True,
            classes=("spokesperson",),
        ),
        Q(
            "its members had been offered 2 per cent after two years without a rise",
            "Aerotech United",
            "Aerotech United",
            at="Aerotech United, said",
            classes=("plain",),
        ),
        Q(
            "the strike could be called off “within the hour” if the company made a serious offer",
            "Gideon Farrance",
            "Gideon Farrance",
            at="Gideon Farrance, said",
            classes=("plain",),
        ),
        Q(
            (
                "“Nobody wants to ground planes,”",
                "“But nobody wants to fix them for less than they were paid in 2022 either.”",
            ),
            "he",
            "Gideon Farrance",
            classes=("plain",),
        ),
        Q(
            "“We will get there if we have to swim,”",
            "Anjali Bhatt",
            "Anjali Bhatt",
            at="said Anjali Bhatt",
            classes=("two_women_man",),
        ),
        Q(
            ("“I have already missed the hen party,”", "“I am not missing the wedding as well.”"),
            "she",
            "Rekha Bhatt",
            classes=("less_sure", "kin_first_name"),
        ),
        Q(
            "talks would resume on Thursday",
            "A Corvane Air spokeswoman",
            "a spokeswoman for Corvane Air",
            anonymous=True,
            at="A Corvane Air spokeswoman later said",
            classes=("spokesperson",),
        ),
        Q(
            "“We will not negotiate through the newspapers.”",
            "she",
            "a spokeswoman for Corvane Air",
            anonymous=True,
            classes=("spokesperson",),
        ),
        Q(
            "that was “a shame, because the newspapers are the only ones listening”",
            "Farrance",
            "Gideon Farrance",
            classes=("plain",),
        ),
    ],
    {
        "Aerotech United": ["The engineers’ union"],
        "Gideon Farrance": ["Its general secretary"],
        "Rekha Bhatt": ["Her sister"],
    },
)

_FIELDS = A(
    "garrow-fields",
    "local",
    ("less_sure", "two_women_man", "surname_woman", "pronoun"),
    "Residents split over plan for 300 homes on Garrow Fields\n\n"
    "A plan to build 300 homes on farmland at Garrow Fields divided a packed meeting at Hessleby village hall "
    "on Monday night.\n\n"
    "Claire Dunmore, who has farmed the land’s eastern edge for 30 years, said the fields flooded every winter. "
    "“I have pulled sheep out of that water with a rope,” she said. “Now they want to put children’s bedrooms "
    "there.”\n\n"
    "Tobias Renshaw, the developer’s planning director, said the homes would be built on raised ground and that "
    "the scheme included a new drainage basin. “We have modelled a one-in-a-hundred-year flood and then added "
    "40 per cent,” he said.\n\n"
    "Beatrix Oyelowo was less sure. “Modelled by whom?” she asked. “By the people who are selling the houses.” "
    "Oyelowo, a retired hydrologist who moved to the village in 2015, said she had asked to see the flood model "
    "in January and was still waiting.\n\n"
    "Renshaw said the model would be published with the planning application. Dunmore was unconvinced. “They "
    "will publish it the week before the vote,” she said.\n\n"
    "Oyelowo said she was not against new homes. “My grandson cannot afford to live here,” she said. “I want "
    "him to. I just don’t want him to need a boat.”\n\n"
    "Garrow Fields is owned by a family trust that has leased the land to farmers since the 1950s. The "
    "developer, Stannard Homes, has an option to buy it if planning permission is granted. Forty of the "
    "300 homes would be sold at a discount to first-time buyers, and the plan includes a shop, a play "
    "area and a path to the primary school. The Environment Agency has not yet commented on the scheme.\n\n"
    "The parish council’s chairman, Hugh Pennock, said the council would respond to the application in the "
    "spring. He said he had “never seen the hall so full”.",
    [
        Q(
            "the fields flooded every winter",
            "Claire Dunmore",
            "Claire Dunmore",
            at="Claire Dunmore, who has farmed the land’s eastern edge for 30 years, said",
        ),
        Q(
            (
                "“I have pulled sheep out of that water with a rope,”",
                "“Now they want to put children’s bedrooms there.”",
            ),
            "she",
            "Claire Dunmore",
        ),
        Q(
            "the homes would be built on raised ground and that the scheme included a new drainage basin",
            "Tobias Renshaw",
            "Tobias Renshaw",
            at="Tobias Renshaw, the developer’s planning director, said",
        ),
        Q("“We have modelled a one-in-a-hundred-year flood and then added 40 per cent,”", "he", "Tobias Renshaw"),
        Q(
            ("“Modelled by whom?”", "“By the people who are selling the houses.”"),
            "she",
            "Beatrix Oyelowo",
            cue="asked",
        ),
        Q(
            "she had asked to see the flood model in January and was still waiting",
            "Oyelowo",
            "Beatrix Oyelowo",
            at="Oyelowo, a retired hydrologist who moved to the village in 2015, said",
        ),
        Q("the model would be published with the planning application", "Renshaw", "Tobias Renshaw"),
        Q("“They will publish it the week before the vote,”", "she", "Claire Dunmore"),
        Q("she was not against new homes", "Oyelowo", "Beatrix Oyelowo"),
        Q(
            ("“My grandson cannot afford to live here,”", "“I want him to. I just don’t want him to need a boat.”"),
            "she",
            "Beatrix Oyelowo",
        ),
        Q(
            "the council would respond to the application in the spring",
            "Hugh Pennock",
            "Hugh Pennock",
            at="Hugh Pennock, said",
        ),
        Q("he had “never seen the hall so full”", "He", "Hugh Pennock"),
    ],
    {
        "Tobias Renshaw": ["the developer’s planning director"],
        "Beatrix Oyelowo": ["a retired hydrologist"],
        "Hugh Pennock": ["The parish council’s chairman"],
    },
)

_BAKERY = A(
    "bakery-beverley",
    "local",
    ("person_like_place", "documents", "appositive_title", "pronoun"),
    "Edith Marlowe to close Beverley shop after 61 years\n\n"
    "Edith Marlowe, the bakery chain founded in 1963 by a widow who sold bread from her front room, is to close "
    "its shop in Beverley next month, with the loss of 14 jobs.\n\n"
    "Edith Marlowe said in a statement that the shop had lost money for four years and that staff would be "
    "offered jobs at its branches in Hull and Driffield. “This was not an easy decision and it was not taken "
    "lightly,” the company said.\n\n"
    "Gordon Aske has run a shoe repair business opposite the bakery since 1988. He has watched six shops close "
    "on Saddler Street in Beverley since 2022. “Every morning at six the smell comes through my letterbox,” he "
    "said. “I will miss that more than the bread.”\n\n"
    "The chain’s managing director, Fiona Marlowe-Tate, a great-granddaughter of the founder, said the company "
    "remained committed to the town. “My great-grandmother would have hated this,” she said. “But she also "
    "hated losing money.”\n\n"
    "Lincoln Barraclough, a Beverley town councillor, said he would ask the company to keep the building as a "
    "bakery. “Somebody should be baking in there,” he said. Asked whether he had spoken to the company, "
    "Barraclough said he had written to it on Friday and was waiting for a reply.\n\n"
    "The chain has 31 shops across East Yorkshire and employs about 400 people. It is still owned by the "
    "founder’s family. Its best-known product, a lemon curd tart, is baked at its central bakery in Hull "
    "and delivered to the shops before dawn. The company closed two other shops last year, in Goole and "
    "Withernsea.\n\n"
    "Customers queued outside the shop on Monday afternoon to buy what was left of the day’s bread.\n\n"
    "The shop will close on 28 June. Its staff were told on Monday morning, before the shop opened.",
    [
        Q(
            "the shop had lost money for four years and that staff would be offered jobs at its branches in Hull "
            "and Driffield",
            "Edith Marlowe",
            "Edith Marlowe",
            at="Edith Marlowe said in a statement",
            how="statement",
        ),
        Q(
            "“This was not an easy decision and it was not taken lightly,”",
            "the company",
            "Edith Marlowe",
            how="statement",
        ),
        Q(
            ("“Every morning at six the smell comes through my letterbox,”", "“I will miss that more than the bread.”"),
            "he",
            "Gordon Aske",
        ),
        Q(
            "the company remained committed to the town",
            "Fiona Marlowe-Tate",
            "Fiona Marlowe-Tate",
            at="Fiona Marlowe-Tate, a great-granddaughter of the founder, said",
        ),
        Q(
            ("“My great-grandmother would have hated this,”", "“But she also hated losing money.”"),
            "she",
            "Fiona Marlowe-Tate",
        ),
        Q(
            "he would ask the company to keep the building as a bakery",
            "Lincoln Barraclough",
            "Lincoln Barraclough",
            at="Lincoln Barraclough, a Beverley town councillor, said",
        ),
        Q("“Somebody should be baking in there,”", "he", "Lincoln Barraclough"),
        Q("he had written to it on Friday and was waiting for a reply", "Barraclough", "Lincoln Barraclough"),
    ],
    {
        "Edith Marlowe": ["the bakery chain"],
        "Fiona Marlowe-Tate": ["The chain’s managing director", "a great-granddaughter of the founder"],
        "Lincoln Barraclough": ["a Beverley town councillor"],
    },
)

_BORDER = A(
    "border-talks",
    "wire",
    ("quoted_as_saying", "role_then_name", "anonymous", "appositive_title", "pronoun"),
    "Valdorian minister says border talks have stalled\n\n"
    "Valdoria’s foreign minister has said that talks with neighbouring Kessmark over their disputed river border "
    "have stalled, days after both sides described the negotiations as constructive.\n\n"
    "The state news agency, Valpress, quoted the minister, Aurel Demetriu, as saying that Kessmark had “walked "
    "away from every map we put on the table”. The Kessmark Courier quoted an unnamed official in Kessmark’s "
    "foreign ministry as saying the talks were “paused, not over”.\n\n"
    "Demetriu, a former judge who has held the post since 2021, told parliament on Wednesday that Valdoria would "
    "not sign an agreement that moved the border “one metre” from the river’s 1920 course. “The river has not "
    "moved, and neither will we,” he said.\n\n"
    "The opposition leader, Corina Vlad, accused the government of stalling the talks itself. Speaking to "
    "reporters outside parliament, she said: “The minister wants an argument more than he wants a treaty.”\n\n"
    "Kessmark’s prime minister, Henrik Aalto, was quoted by the Courier as saying that his government was “ready "
    "to return tomorrow”. A diplomat in Valdoria’s capital who follows the talks closely said neither side could "
    "afford a long pause. “Both of them need the bridge,” the diplomat said, asking not to be named.\n\n"
    "The two countries have disputed the border since the river changed course after floods in 1998, "
    "leaving two villages and about 40 square kilometres of farmland on the other side of the water from "
    "the states that claim them. Talks resumed in January after a four-year break, with mediators from "
    "three neighbouring countries taking part. A bridge linking the two capitals’ main roads has been "
    "half-built since 2019.\n\n"
    "The river, which floods most springs, has marked the border since 1920. Its course has shifted by up to 300 "
    "metres since then.",
    [
        Q(
            "talks with neighbouring Kessmark over their disputed river border have stalled",
            "Valdoria’s foreign minister",
            "Aurel Demetriu",
            cue="has said",
            classes=("role_then_name",),
        ),
        Q(
            "Kessmark had “walked away from every map we put on the table”",
            "Aurel Demetriu",
            "Aurel Demetriu",
            cue="saying",
            at="Aurel Demetriu, as saying",
            via=(("Valpress", "reported_by"),),
            classes=("quoted_as_saying",),
        ),
        Q(
            "the talks were “paused, not over”",
            "an unnamed official in Kessmark’s foreign ministry",
            "an official in Kessmark’s foreign ministry",
            cue="saying",
            anonymous=True,
            at="an unnamed official in Kessmark’s foreign ministry as saying",
            via=(("Kessmark Courier", "reported_by"),),
            classes=("quoted_as_saying", "anonymous"),
        ),
        Q(
            "Valdoria would not sign an agreement that moved the border “one metre” from the river’s 1920 course",
            "Demetriu",
            "Aurel Demetriu",
            cue="told",
            at="Demetriu, a former judge who has held the post since 2021, told",
            classes=("appositive_title",),
        ),
        Q("“The river has not moved, and neither will we,”", "he", "Aurel Demetriu", classes=("plain",)),
        Q("“The minister wants an argument more than he wants a treaty.”", "she", "Corina Vlad", classes=("plain",)),
        Q(
            "his government was “ready to return tomorrow”",
            "Henrik Aalto",
            "Henrik Aalto",
            cue="saying",
            at="Henrik Aalto, was quoted by the Courier as saying",
            via=(("Kessmark Courier", "reported_by"),),
            classes=("quoted_as_saying",),
        ),
        Q(
            "neither side could afford a long pause",
            "A diplomat in Valdoria’s capital who follows the talks closely",
            "a diplomat in Valdoria’s capital",
            anonymous=True,
            classes=("anonymous",),
        ),
        Q(
            "“Both of them need the bridge,”",
            "the diplomat",
            "a diplomat in Valdoria’s capital",
            anonymous=True,
            classes=("anonymous",),
        ),
    ],
    {
        "Aurel Demetriu": ["Valdoria’s foreign minister", "a former judge"],
        "Corina Vlad": ["The opposition leader"],
        "Henrik Aalto": ["Kessmark’s prime minister"],
    },
)

ARTICLES_A = [_MUSEUM, _VET, _CLIMBER, _AIRLINE, _FIELDS, _BAKERY, _BORDER]
