"""The fourth unseen-speakers set, part B: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen4.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_ADVISER = A(
    "flood-adviser",
    "wire",
    ("changing_title", "epithet_later", "appositive_title", "prenominal_title", "added_later", "pronoun"),
    "Former environment minister named flood adviser\n\n"
    "Rosalind Tembo, who resigned as environment minister in 2019 over cuts to flood defences, has been "
    "appointed the government's independent adviser on flooding.\n\n"
    "Five years ago the then-minister told parliament that the cuts would “leave towns under water within a "
    "decade.” Three of the towns she named flooded last winter. Pellworth, the worst hit, lost its only bridge "
    "and was cut off for nine days.\n\n"
    "“I take no pleasure in having been right,” Tembo said on Tuesday. “I would much rather have been wrong "
    "and had the money spent.”\n\n"
    "The prime minister's office said the former minister would report directly to the Cabinet Office and "
    "would have “full access” to spending figures.\n\n"
    "Her successor at the environment ministry, Callum Reith, now the opposition's spokesman on housing, "
    "welcomed the appointment. “Ros and I disagreed about almost everything,” he said. “But she knows more "
    "about rivers than anyone in Westminster.”\n\n"
    "The Rivers Authority's chief executive, Dr Nnamdi Okoro, said the authority would share its flood "
    "modelling with the new adviser. He said 5.2 million homes were at risk of flooding from rivers or the "
    "sea.\n\n"
    "In Pellworth, one of the towns that flooded in January, Councillor Bethan Lusk said residents would "
    "judge the appointment by results. “We have had reviews. We have had advisers. What we have not had is a "
    "wall,” she said.\n\n"
    "Tembo, a hydrologist before she entered politics, said her first report would be published in the "
    "autumn. Asked whether she would ever return to frontline politics, the 58-year-old said: “I have done "
    "that job. This one is more useful.”\n\n"
    "Tembo's appointment runs for three years and carries a salary of £98,000. She will keep an office in "
    "Pellworth as well as in London.\n\n"
    "Not everyone at Westminster was convinced the post would have teeth. “Advisers without budgets are "
    "just commentators,” Reith added.\n",
    [
        Q(
            "the cuts would “leave towns under water within a decade.”",
            "the then-minister",
            "Rosalind Tembo",
            cue="told",
        ),
        Q(
            (
                "“I take no pleasure in having been right,”",
                "“I would much rather have been wrong and had the money spent.”",
            ),
            "Tembo",
            "Rosalind Tembo",
        ),
        Q(
            "the former minister would report directly to the Cabinet Office and would have “full access” to "
            "spending figures",
            "The prime minister's office",
            "prime minister's office",
        ),
        Q(
            (
                "“Ros and I disagreed about almost everything,”",
                "“But she knows more about rivers than anyone in Westminster.”",
            ),
            "he",
            "Callum Reith",
        ),
        Q(
            "the authority would share its flood modelling with the new adviser",
            "Dr Nnamdi Okoro",
            "Nnamdi Okoro",
            at="Dr Nnamdi Okoro, said",
        ),
        Q("5.2 million homes were at risk of flooding from rivers or the sea", "He", "Nnamdi Okoro"),
        Q("residents would judge the appointment by results", "Councillor Bethan Lusk", "Bethan Lusk"),
        Q(
            "“We have had reviews. We have had advisers. What we have not had is a wall,”",
            "she",
            "Bethan Lusk",
        ),
        Q(
            "her first report would be published in the autumn",
            "Tembo",
            "Rosalind Tembo",
            at="Tembo, a hydrologist before she entered politics, said",
        ),
        Q("“I have done that job. This one is more useful.”", "the 58-year-old", "Rosalind Tembo"),
        Q("“Advisers without budgets are just commentators,”", "Reith", "Callum Reith", cue="added"),
    ],
    {
        "Rosalind Tembo": ["a hydrologist"],
        "Callum Reith": ["Her successor at the environment ministry", "the opposition's spokesman on housing"],
        "Nnamdi Okoro": ["The Rivers Authority's chief executive"],
        "Bethan Lusk": ["Councillor"],
    },
)

_FRAUD = A(
    "charity-fraud",
    "local",
    ("epithet_later", "documents", "prenominal_title", "added_later", "anonymous", "pronoun"),
    "Accountant jailed for stealing £1.4m from church charity\n\n"
    "A former accountant who stole £1.4 million from a church charity over nine years was jailed for six "
    "years at Kelsbury Crown Court on Friday.\n\n"
    "Declan Moorcroft, of Heron Lane, Kelsbury, had admitted 14 counts of fraud. Prosecutors said he moved "
    "money from the St Aidan's Relief Fund, where he was treasurer, into accounts in his own and his mother's "
    "names.\n\n"
    "Prosecutor Helen Ogundipe told the court the 52-year-old had spent most of the money on horse racing and "
    "a holiday flat in Portugal. “This was not a moment of weakness,” she said. “This was a business, run for "
    "nine years with the charity's money.”\n\n"
    "The fund's chair, the Rev. Abigail Stroud, said in a victim statement read to the court that the theft "
    "had “poisoned the well” for a parish that raised money penny by penny. “People stopped giving. I cannot "
    "blame them,” she wrote.\n\n"
    "His barrister, Marcus Adeyinka, said his client was “deeply ashamed” and had been treated for a gambling "
    "addiction since his arrest. “He has lost his home, his marriage and his good name,” Mr Adeyinka said.\n\n"
    "The former accountant, who wore a grey suit, showed no emotion as the sentence was read. In a letter to "
    "the court, he wrote that he had “betrayed people who trusted me with everything.”\n\n"
    "Judge Simon Aldous said the offences were “a gross breach of trust” made worse by their length. “You "
    "chose, week after week, to steal from people who had less than you,” the judge told Moorcroft.\n\n"
    "Outside the court, Mrs Stroud said the parish would hold a service of reconciliation next month.\n\n"
    "“We are told to forgive, and we will try,” she said. “But forgiving is not the same as forgetting, and "
    "the money is still gone.”\n\n"
    "Ogundipe said the Crown would seek to recover the money under the Proceeds of Crime Act. A hearing is "
    "set for September.\n\n"
    "The barrister said after the hearing that his client would not appeal. “He accepts every word the judge "
    "said,” he added.\n",
    [
        Q(
            "he moved money from the St Aidan's Relief Fund, where he was treasurer, into accounts in his own and "
            "his mother's names",
            "Prosecutors",
            "prosecutors",
            anonymous=True,
        ),
        Q(
            "the 52-year-old had spent most of the money on horse racing and a holiday flat in Portugal",
            "Helen Ogundipe",
            "Helen Ogundipe",
            cue="told",
        ),
        Q(
            (
                "“This was not a moment of weakness,”",
                "“This was a business, run for nine years with the charity's money.”",
            ),
            "she",
            "Helen Ogundipe",
        ),
        Q(
            "the theft had “poisoned the well” for a parish that raised money penny by penny",
            "Abigail Stroud",
            "Abigail Stroud",
            at="Abigail Stroud, said",
        ),
        Q("“People stopped giving. I cannot blame them,”", "she", "Abigail Stroud", cue="wrote", how="wrote"),
        Q(
            "his client was “deeply ashamed” and had been treated for a gambling addiction since his arrest",
            "Marcus Adeyinka",
            "Marcus Adeyinka",
            at="Marcus Adeyinka, said",
        ),
        Q("“He has lost his home, his marriage and his good name,”", "Mr Adeyinka", "Marcus Adeyinka"),
        Q(
            "he had “betrayed people who trusted me with everything.”",
            "he",
            "Declan Moorcroft",
            cue="wrote",
            how="wrote",
        ),
        Q(
            "the offences were “a gross breach of trust” made worse by their length",
            "Simon Aldous",
            "Simon Aldous",
        ),
        Q(
            "“You chose, week after week, to steal from people who had less than you,”",
            "the judge",
            "Simon Aldous",
            cue="told",
        ),
        Q("the parish would hold a service of reconciliation next month", "Mrs Stroud", "Abigail Stroud"),
        Q(
            (
                "“We are told to forgive, and we will try,”",
                "“But forgiving is not the same as forgetting, and the money is still gone.”",
            ),
            "she",
            "Abigail Stroud",
        ),
        Q(
            "the Crown would seek to recover the money under the Proceeds of Crime Act",
            "Ogundipe",
            "Helen Ogundipe",
        ),
        Q("his client would not appeal", "The barrister", "Marcus Adeyinka", at="The barrister said"),
        Q("“He accepts every word the judge said,”", "he", "Marcus Adeyinka", cue="added"),
    ],
    {
        "Helen Ogundipe": ["Prosecutor"],
        "Abigail Stroud": ["The fund's chair"],
        "Marcus Adeyinka": ["His barrister"],
        "Simon Aldous": ["Judge"],
    },
)

_DERBY = A(
    "harbour-derby",
    "wire",
    ("single_name", "nickname", "epithet_later", "inner_quote", "groups", "added_later", "pronoun"),
    "Harbour City 2 Northvale 2: late equaliser leaves both sides frustrated\n\n"
    "Tiquinho's header in the 94th minute earned Northvale a draw at the Quayside Stadium on Sunday, after "
    "Harbour City had led twice.\n\n"
    "The draw leaves the derby record at 41 wins each, with 37 draws, since the clubs first met in 1904. A "
    "crowd of 31,200 watched in driving rain, and the kick-off was delayed by twenty minutes after a power cut "
    "at the turnstiles.\n\n"
    "The Brazilian, who uses a single name, has now scored in six straight games. “I saw the ball and I closed "
    "my eyes,” he said. “It is not the technique they teach you.”\n\n"
    "Harbour City manager Graeme “Gus” Hollins was furious about the five minutes of added time. “Five "
    "minutes? There were two stoppages,” Hollins said. “I would like someone to explain the arithmetic.”\n\n"
    "His opposite number, Ruud Verbeek, said the added time was fair. “Their goalkeeper took a minute over "
    "every goal kick,” the Dutchman said. “You reap what you sow.”\n\n"
    "Harbour City's goals came from Lewis Ampofo, making only his third start, and from a penalty by captain "
    "Sean Dorrity. Ampofo said he had not slept the night before. “My mum said, ‘Just enjoy it,’ so I tried,” "
    "the teenager said.\n\n"
    "Both managers said the point did little for their chances of promotion. Northvale are fifth and Harbour "
    "City seventh.\n\n"
    "Dorrity, who has played 300 games for the club, said the dressing room was “flat, not broken.” “We drew "
    "a game we should have won,” the captain said. “That is football. We go again on Wednesday.”\n\n"
    "Northvale's supporters stayed long after the whistle to sing the name of their top scorer, who joined "
    "from Porto Real in January. “He is the best signing this club has made in twenty years,” said Verbeek.\n\n"
    "Gus Hollins was still talking about the clock in the tunnel half an hour after the final whistle. “I "
    "have a watch,” he added, tapping it. “It works.”\n",
    [
        Q(
            ("“I saw the ball and I closed my eyes,”", "“It is not the technique they teach you.”"),
            "he",
            "Tiquinho",
        ),
        Q(
            ("“Five minutes? There were two stoppages,”", "“I would like someone to explain the arithmetic.”"),
            "Hollins",
            "Graeme Hollins",
        ),
        Q("the added time was fair", "Ruud Verbeek", "Ruud Verbeek", at="Ruud Verbeek, said"),
        Q(
            ("“Their goalkeeper took a minute over every goal kick,”", "“You reap what you sow.”"),
            "the Dutchman",
            "Ruud Verbeek",
        ),
        Q("he had not slept the night before", "Ampofo", "Lewis Ampofo"),
        Q("“My mum said, ‘Just enjoy it,’ so I tried,”", "the teenager", "Lewis Ampofo"),
        Q(
            "‘Just enjoy it,’",
            "My mum",
            "Lewis Ampofo's mother",
            anonymous=True,
            via=(("Lewis Ampofo", "reported_by"),),
        ),
        Q(
            "the point did little for their chances of promotion",
            "Both managers",
            "Graeme Hollins and Ruud Verbeek",
        ),
        Q(
            "the dressing room was “flat, not broken.”",
            "Dorrity",
            "Sean Dorrity",
            at="Dorrity, who has played 300 games for the club, said",
        ),
        Q(
            ("“We drew a game we should have won,”", "“That is football. We go again on Wednesday.”"),
            "the captain",
            "Sean Dorrity",
        ),
        Q(
            "“He is the best signing this club has made in twenty years,”",
            "Verbeek",
            "Ruud Verbeek",
            at="said Verbeek",
        ),
        Q(("“I have a watch,”", "“It works.”"), "he", "Graeme Hollins", cue="added"),
    ],
    {
        "Graeme Hollins": ["Harbour City manager"],
        "Ruud Verbeek": ["His opposite number"],
        "Sean Dorrity": ["captain"],
    },
)

_NIGHTS = A(
    "night-shifts",
    "wire",
    ("surname_woman", "documents", "org_we_they", "anonymous", "appositive_title", "pronoun"),
    "Night-shift nurses face higher risk of injury\n\n"
    "Nurses who work more than three night shifts in a row are twice as likely to injure themselves at work, "
    "according to a study of 11,000 hospital staff by researchers at Carrow University.\n\n"
    "The study followed staff at 14 hospitals over five years and counted needle injuries, falls and back "
    "injuries reported to occupational health.\n\n"
    "The paper's lead author, Professor Ingrid Solberg, said the findings should change how rotas are "
    "written. “We have known for years that night work is hard on the body,” Solberg said. “What surprised us "
    "is how quickly the risk climbs after the third night.”\n\n"
    "Her co-author, Dr Yewande Balogun, a former intensive care nurse, said many nurses chose long runs of "
    "nights because of childcare. “Nobody does four nights in a row for fun,” Balogun said. “They do it "
    "because the nursery is open in the day.”\n\n"
    "Solberg said hospitals should cap runs of night shifts at three. Balogun was less sure. “A cap without "
    "childcare just moves the problem,” she said.\n\n"
    "The Nursing and Midwifery Federation said it would use the study in its pay talks with health boards. "
    "“Our members have told us this for a decade,” the federation's director of policy, Aled Pryce, said. "
    "“Now there are numbers.”\n\n"
    "Nurses' leaders have raised rota patterns in every round of talks since 2019. Pryce said the federation "
    "would ask for a national limit of three consecutive nights within a year.\n\n"
    "The Department of Health said in a statement that it “keeps safe staffing under constant review.”\n\n"
    "On a ward at Carrow General Hospital, a nurse finishing her fourth night in a row said she had stopped "
    "noticing the tiredness. “That is the dangerous part,” said the nurse, who asked that her name not be used "
    "because she was not allowed to speak to the media.\n",
    [
        Q(
            "Nurses who work more than three night shifts in a row are twice as likely to injure themselves at work",
            "a study of 11,000 hospital staff by researchers at Carrow University",
            "researchers at Carrow University",
            cue="according to",
            how="according_to",
            anonymous=True,
        ),
        Q(
            "the findings should change how rotas are written",
            "Professor Ingrid Solberg",
            "Ingrid Solberg",
            at="Professor Ingrid Solberg, said",
        ),
        Q(
            (
                "“We have known for years that night work is hard on the body,”",
                "“What surprised us is how quickly the risk climbs after the third night.”",
            ),
            "Solberg",
            "Ingrid Solberg",
        ),
        Q(
            "many nurses chose long runs of nights because of childcare",
            "Dr Yewande Balogun",
            "Yewande Balogun",
            at="Dr Yewande Balogun, a former intensive care nurse, said",
        ),
        Q(
            (
                "“Nobody does four nights in a row for fun,”",
                "“They do it because the nursery is open in the day.”",
            ),
            "Balogun",
            "Yewande Balogun",
        ),
        Q("hospitals should cap runs of night shifts at three", "Solberg", "Ingrid Solberg"),
        Q("“A cap without childcare just moves the problem,”", "she", "Yewande Balogun"),
        Q(
            "it would use the study in its pay talks with health boards",
            "The Nursing and Midwifery Federation",
            "Nursing and Midwifery Federation",
        ),
        Q(
            ("“Our members have told us this for a decade,”", "“Now there are numbers.”"),
            "Aled Pryce",
            "Aled Pryce",
            at="Aled Pryce, said",
        ),
        Q(
            "the federation would ask for a national limit of three consecutive nights within a year",
            "Pryce",
            "Aled Pryce",
        ),
        Q(
            "it “keeps safe staffing under constant review.”",
            "The Department of Health",
            "Department of Health",
            how="statement",
        ),
        Q(
            "she had stopped noticing the tiredness",
            "a nurse finishing her fourth night in a row",
            "a nurse finishing her fourth night in a row",
            anonymous=True,
        ),
        Q(
            "“That is the dangerous part,”",
            "the nurse",
            "a nurse finishing her fourth night in a row",
            at="said the nurse",
            anonymous=True,
        ),
    ],
    {
        "Ingrid Solberg": ["The paper's lead author"],
        "Yewande Balogun": ["Her co-author", "a former intensive care nurse"],
        "Aled Pryce": ["the federation's director of policy"],
    },
)

_SHOP = A(
    "village-shop",
    "local",
    ("shared_surname", "groups", "appositive_title", "added_later", "pronoun"),
    "Sisters who ran village shop for 50 years honoured\n\n"
    "Maud and Elspeth Garroway, who have run the post office and shop in Little Thrapton since 1974, were given "
    "the village's first freedom award on Saturday.\n\n"
    "The shop, a converted forge on the green, sells everything from firelighters to birthday cards, and its "
    "post office counter is the last between Thrapton and the market town of Kelsey, eleven miles away. The "
    "sisters took it over from their parents, who had run it since the war.\n\n"
    "The Garroway sisters, now 81 and 78, said they had not expected “a fuss.” “We only sold stamps and "
    "bread,” Maud Garroway said. “Everyone else did the hard work.”\n\n"
    "Her younger sister disagreed. “We also sold gossip,” Elspeth Garroway said. “That is the part people "
    "will miss.”\n\n"
    "The parish council chairman, Tobias Wren, said the award had been proposed by 214 villagers. “There was "
    "not a single objection, which in Little Thrapton is unheard of,” he said.\n\n"
    "Wren's wife, Harriet, who has worked in the shop on Saturdays since 1990, said the sisters had kept the "
    "village going through two floods and the pandemic. “When the road was closed, Maud drove to Kelsey in a "
    "tractor for milk,” Mrs Wren said.\n\n"
    "Maud Garroway's son, Peter Lyle, travelled from Aberdeen for the ceremony. “My mother has never taken a "
    "day off in her life,” he said. “I have stopped asking her to.”\n\n"
    "Asked about retirement, the sisters looked at each other. “Next year,” said Elspeth. “She has been "
    "saying that since 1999,” said her sister.\n\n"
    "A spokeswoman for the Post Office said the branch would stay open “for as long as the Garroways want "
    "it to.”\n\n"
    "Mr Wren said the council would put a bench outside the shop with both names on it. “They will never sit "
    "on it,” he added. “But it will be there.”\n",
    [
        Q(
            "they had not expected “a fuss.”",
            "The Garroway sisters",
            "Maud and Elspeth Garroway",
            at="The Garroway sisters, now 81 and 78, said",
        ),
        Q(
            ("“We only sold stamps and bread,”", "“Everyone else did the hard work.”"),
            "Maud Garroway",
            "Maud Garroway",
        ),
        Q(
            ("“We also sold gossip,”", "“That is the part people will miss.”"),
            "Elspeth Garroway",
            "Elspeth Garroway",
        ),
        Q(
            "the award had been proposed by 214 villagers",
            "Tobias Wren",
            "Tobias Wren",
            at="Tobias Wren, said",
        ),
        Q("“There was not a single objection, which in Little Thrapton is unheard of,”", "he", "Tobias Wren"),
        Q(
            "the sisters had kept the village going through two floods and the pandemic",
            "Harriet",
            "Harriet Wren",
            at="Harriet, who has worked in the shop on Saturdays since 1990, said",
        ),
        Q("“When the road was closed, Maud drove to Kelsey in a tractor for milk,”", "Mrs Wren", "Harriet Wren"),
        Q(
            ("“My mother has never taken a day off in her life,”", "“I have stopped asking her to.”"),
            "he",
            "Peter Lyle",
        ),
        Q("“Next year,”", "Elspeth", "Elspeth Garroway", at="said Elspeth"),
        Q("“She has been saying that since 1999,”", "her sister", "Maud Garroway", at="said her sister"),
        Q(
            "the branch would stay open “for as long as the Garroways want it to.”",
            "A spokeswoman for the Post Office",
            "a spokeswoman for the Post Office",
            anonymous=True,
        ),
        Q(
            "the council would put a bench outside the shop with both names on it",
            "Mr Wren",
            "Tobias Wren",
        ),
        Q(("“They will never sit on it,”", "“But it will be there.”"), "he", "Tobias Wren", cue="added"),
    ],
    {
        "Tobias Wren": ["The parish council chairman"],
        "Harriet Wren": ["Wren's wife"],
        "Peter Lyle": ["Maud Garroway's son"],
    },
)

_DROUGHT = A(
    "dry-spring",
    "interview",
    ("across_break", "present_profile", "epithet_later", "surname_woman", "org_we_they", "anonymous", "pronoun"),
    "“We are farming the weather now, not the land.”\n\n"
    "That is how Hamish Docherty, who grows barley on 400 acres near Craigbrae, describes the driest spring "
    "in 70 years.\n\n"
    "Across the county, farmers say crops planted in April have barely broken the surface.\n\n"
    "The Weather Service says rainfall across the region since March has been a third of the long-term "
    "average. Reservoirs stood at 61 per cent last week, against 84 per cent at the same point last year.\n\n"
    "Docherty, 63, took over the farm from his grandmother. He says he has never seen the burn that runs past "
    "his fields this low.\n\n"
    "“My grandmother kept a diary of every harvest from 1951,” he says. “I read it every night now, looking "
    "for a year like this. There isn't one.”\n\n"
    "His neighbour, Fiona Munro, who keeps 300 ewes, has been buying hay since March. “I have paid more for "
    "feed this spring than I made from lambs last year,” she says.\n\n"
    "Munro's flock is the smallest it has been since her father's day. She says she will sell a third of the "
    "ewes in June if the grass does not come. “You cannot keep sheep on hope,” she says.\n\n"
    "The Northern Growers' Association said on Monday it had asked the government for an emergency fund. "
    "“Farmers are resilient,” its president, Lachlan Grier, said. “But resilience does not pay for hay.”\n\n"
    "A government spokesman said ministers were “monitoring the situation closely” and would meet the "
    "association next week.\n\n"
    "Docherty is less patient.\n\n"
    "“Monitoring is what you do to a patient you have given up on,” the farmer says. “I do not want to be "
    "monitored. I want rain, and failing that, I want help.”\n\n"
    "Munro, walking her dogs along the dry burn, laughs when she hears this. “He has been saying that for "
    "weeks,” she says. “He is not wrong.”\n",
    [
        Q(
            "“We are farming the weather now, not the land.”",
            "Hamish Docherty",
            "Hamish Docherty",
            cue="describes",
            at="Hamish Docherty, who grows barley on 400 acres near Craigbrae, describes",
        ),
        Q(
            "crops planted in April have barely broken the surface",
            "farmers",
            "farmers across the county",
            cue="say",
            anonymous=True,
        ),
        Q(
            "rainfall across the region since March has been a third of the long-term average",
            "The Weather Service",
            "Weather Service",
            cue="says",
        ),
        Q("he has never seen the burn that runs past his fields this low", "He", "Hamish Docherty", cue="says"),
        Q(
            (
                "“My grandmother kept a diary of every harvest from 1951,”",
                "“I read it every night now, looking for a year like this. There isn't one.”",
            ),
            "he",
            "Hamish Docherty",
            cue="says",
        ),
        Q(
            "“I have paid more for feed this spring than I made from lambs last year,”",
            "she",
            "Fiona Munro",
            cue="says",
        ),
        Q("she will sell a third of the ewes in June if the grass does not come", "She", "Fiona Munro", cue="says"),
        Q("“You cannot keep sheep on hope,”", "she", "Fiona Munro", cue="says"),
        Q(
            "it had asked the government for an emergency fund",
            "The Northern Growers' Association",
            "Northern Growers' Association",
            at="The Northern Growers' Association said",
        ),
        Q(
            ("“Farmers are resilient,”", "“But resilience does not pay for hay.”"),
            "Lachlan Grier",
            "Lachlan Grier",
            at="Lachlan Grier, said",
        ),
        Q(
            "ministers were “monitoring the situation closely” and would meet the association next week",
            "A government spokesman",
            "a government spokesman",
            anonymous=True,
        ),
        Q(
            (
                "“Monitoring is what you do to a patient you have given up on,”",
                "“I do not want to be monitored. I want rain, and failing that, I want help.”",
            ),
            "the farmer",
            "Hamish Docherty",
            cue="says",
        ),
        Q(("“He has been saying that for weeks,”", "“He is not wrong.”"), "she", "Fiona Munro", cue="says"),
    ],
    {
        "Fiona Munro": ["His neighbour"],
        "Lachlan Grier": ["its president"],
    },
)

_TAKEOVER = A(
    "cereal-takeover",
    "wire",
    ("cue_like_name", "epithet_later", "shared_surname", "org_we_they", "anonymous", "appositive_title", "pronoun"),
    "Corvel Foods agrees £2bn sale to Norhaven\n\n"
    "Corvel Foods, the maker of Tidy Oats cereal, has agreed to be bought by the Norwegian group Norhaven for "
    "£2.1 billion, the two companies said on Thursday.\n\n"
    "Norhaven, founded in Bergen in 1911, owns bakeries and dairies in nine countries.\n\n"
    "“Corvel is a great British brand and it will stay one,” Norhaven's chief executive, Ingvild Saether, said "
    "in a statement. “We are not buying it to change it.”\n\n"
    "Corvel's chair, Earl Banks, said the board had recommended the offer unanimously. Banks, who was Corvel's "
    "finance director when it floated in 2011, said shareholders would receive 412p a share, a 38 per cent "
    "premium.\n\n"
    "The 61-year-old added that Corvel's factory in Wrexley, which employs 1,100 people, would stay open. "
    "“That was the first thing we asked for and the first thing they agreed to,” he said.\n\n"
    "People familiar with the talks said Norhaven had first approached Corvel in January and raised its offer "
    "twice.\n\n"
    "The Food Trades Union said it wanted the promises on jobs in writing. “We have heard ‘no plans to close’ "
    "before,” its regional organiser, Dawn Bell, said. “They always mean no plans this year.”\n\n"
    "In Wrexley, where Corvel's red-brick factory has stood since 1923, workers leaving the morning shift were "
    "cautious. “We will believe it when we see it,” said Leon Carvalho, who has worked on the oat line for 17 "
    "years. His wife, Marisa Carvalho, works in the packing hall. She said the couple had been through two "
    "owners already. “Every new owner says they love the place,” she said.\n\n"
    "Analysts at Brightwater Securities said the price was “full but fair.” Corvel's shares rose 31 per cent "
    "to 405p.\n\n"
    "Saether said Norhaven had no plans to move Corvel's head office from Manchester. “We are guests here,” "
    "she said. “Good guests do not move the furniture.”\n",
    [
        Q(
            "Corvel Foods, the maker of Tidy Oats cereal, has agreed to be bought by the Norwegian group Norhaven "
            "for £2.1 billion",
            "the two companies",
            "Corvel Foods and Norhaven",
        ),
        Q(
            ("“Corvel is a great British brand and it will stay one,”", "“We are not buying it to change it.”"),
            "Ingvild Saether",
            "Ingvild Saether",
            at="Ingvild Saether, said",
            how="statement",
        ),
        Q(
            "the board had recommended the offer unanimously",
            "Earl Banks",
            "Earl Banks",
            at="Earl Banks, said",
        ),
        Q(
            "shareholders would receive 412p a share, a 38 per cent premium",
            "Banks",
            "Earl Banks",
            at="Banks, who was Corvel's finance director when it floated in 2011, said",
        ),
        Q(
            "Corvel's factory in Wrexley, which employs 1,100 people, would stay open",
            "The 61-year-old",
            "Earl Banks",
            cue="added",
        ),
        Q(
            "“That was the first thing we asked for and the first thing they agreed to,”",
            "he",
            "Earl Banks",
        ),
        Q(
            "Norhaven had first approached Corvel in January and raised its offer twice",
            "People familiar with the talks",
            "people familiar with the talks",
            anonymous=True,
        ),
        Q("it wanted the promises on jobs in writing", "The Food Trades Union", "Food Trades Union"),
        Q(
            ("“We have heard ‘no plans to close’ before,”", "“They always mean no plans this year.”"),
            "Dawn Bell",
            "Dawn Bell",
            at="Dawn Bell, said",
        ),
        Q("“We will believe it when we see it,”", "Leon Carvalho", "Leon Carvalho", at="said Leon Carvalho"),
        Q("the couple had been through two owners already", "She", "Marisa Carvalho"),
        Q("“Every new owner says they love the place,”", "she", "Marisa Carvalho"),
        Q(
            "the price was “full but fair.”",
            "Analysts at Brightwater Securities",
            "analysts at Brightwater Securities",
            anonymous=True,
        ),
        Q("Norhaven had no plans to move Corvel's head office from Manchester", "Saether", "Ingvild Saether"),
        Q(("“We are guests here,”", "“Good guests do not move the furniture.”"), "she", "Ingvild Saether"),
    ],
    {
        "Ingvild Saether": ["Norhaven's chief executive"],
        "Earl Banks": ["Corvel's chair"],
        "Dawn Bell": ["its regional organiser"],
        "Marisa Carvalho": ["His wife"],
    },
)

ARTICLES_B = [_ADVISER, _FRAUD, _DERBY, _NIGHTS, _SHOP, _DROUGHT, _TAKEOVER]
"""The articles of part B, in order."""
