"""The sixth unseen-speakers set, part A: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen6.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_PILLS = A(
    "pills-post-nominals",
    "wire",
    ("post_nominals", "colon_subject", "asked_whether", "spokesperson"),
    "Pharmacist jailed for selling slimming pills online\n\n"
    "A former pharmacist who sold unlicensed slimming pills online has been jailed for four years at "
    "Hallam Crown Court.\n\n"
    "Derek Whitlow, 52, of Ashby Road, admitted six counts of selling a prescription-only medicine without "
    "a licence.\n\n"
    "Prosecuting, Miriam Okonjo KC told the court the pills had been bought by more than 3,000 customers. "
    "“He knew exactly what was in them and he knew they could kill,” Ms Okonjo said. “This was not a "
    "careless mistake.”\n\n"
    "The court heard evidence from Prof Sir Alan Reed FRS, a toxicologist at the University of Westmarch, "
    "who had tested capsules seized from Whitlow's garage. “The dose in a single capsule was three times "
    "what any doctor would prescribe,” Sir Alan said.\n\n"
    "Asked by the defence whether the capsules might have varied from batch to batch, he replied: “Every "
    "batch we tested was dangerous.”\n\n"
    "Defending, Thomas Pryce-Evans said his client had been “naive rather than wicked”. He said Whitlow "
    "had taken the pills himself and believed them to be safe.\n\n"
    "Sentencing, Judge Harriet Lomax said Whitlow had put profit before people. “You preyed on people who "
    "were unhappy with their own bodies,” she said. “Some of them became seriously ill.”\n\n"
    "Outside court, Janet Dorrance MP, who has campaigned for tighter rules on medicines sold online, said "
    "the case showed the law was too weak. “We cannot keep relying on prosecutors finding a chemist's "
    "garage,” said Ms Dorrance, the member for Westmarch North. “The platforms must be made responsible "
    "for what they sell.”\n\n"
    "A spokesperson for the Medicines Safety Agency said it welcomed the sentence. “We urge anyone who "
    "bought these products to stop taking them immediately,” the spokesperson said.\n"
    "\nWhitlow's sister, Gail Whitlow, wept in the public gallery. Speaking afterwards, she said her"
    " brother had “lost everything”.\n\nThe Pharmacy Guild's chair, Raymond Osei-Bonsu OBE, said "
    "cases like this were rare. “Ninety-nine pharmacists in a hundred would never dream of it,” Mr "
    "Osei-Bonsu said.\n",
    [
        Q("“He knew exactly what was in them and he knew they could kill,”", "Ms Okonjo", "Miriam Okonjo"),
        Q("“This was not a careless mistake.”", None, "Miriam Okonjo", cue=None),
        Q(
            "“The dose in a single capsule was three times what any doctor would prescribe,”",
            "Sir Alan",
            "Alan Reed",
        ),
        Q("“Every batch we tested was dangerous.”", "he", "Alan Reed", cue="replied"),
        Q("his client had been “naive rather than wicked”", "Thomas Pryce-Evans", "Thomas Pryce-Evans"),
        Q("Whitlow had taken the pills himself and believed them to be safe", "He", "Thomas Pryce-Evans"),
        Q("Whitlow had put profit before people", "Harriet Lomax", "Harriet Lomax"),
        Q("“You preyed on people who were unhappy with their own bodies,”", "she", "Harriet Lomax"),
        Q("“Some of them became seriously ill.”", None, "Harriet Lomax", cue=None),
        Q(
            "the case showed the law was too weak",
            "Janet Dorrance MP",
            "Janet Dorrance",
            at="Janet Dorrance MP, who has campaigned for tighter rules on medicines sold online, said",
        ),
        Q("“We cannot keep relying on prosecutors finding a chemist's garage,”", "Ms Dorrance", "Janet Dorrance"),
        Q("“The platforms must be made responsible for what they sell.”", None, "Janet Dorrance", cue=None),
        Q(
            "it welcomed the sentence",
            "A spokesperson for the Medicines Safety Agency",
            "a spokesperson for the Medicines Safety Agency",
            anonymous=True,
        ),
        Q(
            "“We urge anyone who bought these products to stop taking them immediately,”",
            "the spokesperson",
            "a spokesperson for the Medicines Safety Agency",
            anonymous=True,
        ),
        Q("her brother had “lost everything”", "she", "Gail Whitlow"),
        Q("“Ninety-nine pharmacists in a hundred would never dream of it,”", "Mr Osei-Bonsu", "Raymond Osei-Bonsu"),
    ],
    {
        "Alan Reed": ["a toxicologist at the University of Westmarch"],
        "Harriet Lomax": ["Judge"],
        "Janet Dorrance": ["the member for Westmarch North"],
        "Gail Whitlow": ["Whitlow's sister"],
        "Raymond Osei-Bonsu": ["The Pharmacy Guild's chair"],
    },
)

_QUOTAS = A(
    "quotas-particles",
    "wire",
    ("particles", "asked_whether", "anonymous"),
    "Fishing quotas deal within reach, ministers say\n\n"
    "BRUSSELS — Fisheries ministers from five countries said on Thursday they were close to a deal on North "
    "Atlantic quotas after two days of talks.\n\n"
    "“We are perhaps one night's work away,” said Ursula von der Hoff, the commissioner for maritime "
    "affairs, who chaired the meeting. Von der Hoff said the remaining gaps concerned mackerel and "
    "herring.\n\n"
    "Spain's fisheries minister, María José García Márquez, was more cautious. “Close is not the same as "
    "done,” García Márquez told reporters. “My fleet has heard that word before.”\n\n"
    "Vietnam, attending as an observer, sent its deputy minister of agriculture, Nguyen Van An. “We are here "
    "to learn how a shared stock can be managed without a war of nets,” Mr Nguyen said through an "
    "interpreter.\n\n"
    "Khalid bin Saeed, who leads the Gulf delegation, said his countries wanted access to data rather than "
    "to fish. “He is not asking for a single tonne,” an aide to bin Saeed said. Asked about the mackerel "
    "dispute, bin Saeed said: “That is a European quarrel. We will watch.”\n\n"
    "Pierre de la Tour, France's junior minister for the sea, described the talks as “long, polite and "
    "stubborn”. De la Tour added: “Fishermen in Boulogne do not eat communiqués.”\n\n"
    "Ana Lúcia dos Santos, who speaks for Portugal's inshore fishing cooperatives, said small boats had been "
    "forgotten. “The big trawlers have lawyers here. We have a bus ticket,” Dos Santos said.\n\n"
    "Officials said a final text could be signed on Friday morning.\n"
    "\nNorway's delegation did not attend. In a written statement, its fisheries ministry said Oslo "
    "would “study any agreement with interest”. Asked whether Norway could block a deal, von der "
    "Hoff smiled: “They can try. The fish do not carry passports.”\n"
    "\nThe current quota agreement expires in December. Mackerel stocks in the North Atlantic have "
    "been overfished for at least a decade, according to scientists advising the talks.\n",
    [
        Q(
            "“We are perhaps one night's work away,”",
            "Ursula von der Hoff",
            "Ursula von der Hoff",
            at="said Ursula von der Hoff",
        ),
        Q("the remaining gaps concerned mackerel and herring", "Von der Hoff", "Ursula von der Hoff"),
        Q("“Close is not the same as done,”", "García Márquez", "María José García Márquez", cue="told"),
        Q("“My fleet has heard that word before.”", None, "María José García Márquez", cue=None),
        Q(
            "“We are here to learn how a shared stock can be managed without a war of nets,”",
            "Mr Nguyen",
            "Nguyen Van An",
        ),
        Q(
            "his countries wanted access to data rather than to fish",
            "Khalid bin Saeed",
            "Khalid bin Saeed",
            at="Khalid bin Saeed, who leads the Gulf delegation, said",
        ),
        Q("“He is not asking for a single tonne,”", "an aide to bin Saeed", "an aide to bin Saeed", anonymous=True),
        Q("“That is a European quarrel. We will watch.”", "bin Saeed", "Khalid bin Saeed", at="bin Saeed said:"),
        Q(
            "the talks as “long, polite and stubborn”",
            "Pierre de la Tour",
            "Pierre de la Tour",
            cue="described",
            at="Pierre de la Tour, France's junior minister for the sea, described",
        ),
        Q("“Fishermen in Boulogne do not eat communiqués.”", "De la Tour", "Pierre de la Tour", cue="added"),
        Q(
            "small boats had been forgotten",
            "Ana Lúcia dos Santos",
            "Ana Lúcia dos Santos",
            at="Ana Lúcia dos Santos, who speaks for Portugal's inshore fishing cooperatives, said",
        ),
        Q("“The big trawlers have lawyers here. We have a bus ticket,”", "Dos Santos", "Ana Lúcia dos Santos"),
        Q("a final text could be signed on Friday morning", "Officials", "officials", anonymous=True),
        Q(
            "Oslo would “study any agreement with interest”",
            "its fisheries ministry",
            "Norway's fisheries ministry",
            how="statement",
        ),
        Q(
            "“They can try. The fish do not carry passports.”",
            "von der Hoff",
            "Ursula von der Hoff",
            cue=None,
            at="von der Hoff smiled:",
        ),
    ],
    {
        "Ursula von der Hoff": ["the commissioner for maritime affairs"],
        "María José García Márquez": ["Spain's fisheries minister"],
        "Nguyen Van An": ["its deputy minister of agriculture"],
        "Pierre de la Tour": ["France's junior minister for the sea"],
    },
)

_FESTIVAL = A(
    "festival-mononyms",
    "local",
    ("mononym", "nationality_age"),
    "Rain fails to dampen Harbourside festival\n\n"
    "Thousands of fans ignored the downpour at the Harbourside festival on Saturday, where the singer "
    "Zephyr closed the main stage.\n\n"
    "“I've played in worse,” Zephyr said before her set, pointing at a puddle. “Glastonbury in a swamp "
    "year was worse. This is a shower.”\n\n"
    "The 34-year-old, who grew up three streets from the docks, said she had wanted to headline the "
    "festival since she was a teenager. “My mum used to sell chips at the gate,” she said.\n\n"
    "Earlier, the Brazilian drummer Tiago Fontoura had the crowd dancing in ponchos. “In Salvador, rain is "
    "part of the show,” the Brazilian said. “Nobody goes home.”\n\n"
    "The Senegalese producer Madou, who performs under his first name only, played a late set in the "
    "covered tent. “A tent is a small country,” Madou said. “For one hour we all have the same passport.”\n\n"
    "Festival director Lorna Baptiste said ticket sales were up a fifth on last year. “We had a plan for "
    "rain and a plan for more rain,” Ms Baptiste said. Stewards handed out 4,000 plastic capes by teatime, "
    "she added.\n\n"
    "Not everyone was happy. Kev, 19, from Dunmore, said he had lost a shoe in the mud by three o'clock. "
    "“Best day of the year, though,” he said.\n\n"
    "The oldest fan on the field may have been Winifred Ashcroft, who turned 90 in May and came with her "
    "grandson. The nonagenarian said the music was too loud but the company was lovely. “I came for "
    "Zephyr,” she said. “I stayed for the drummer.”\n"
    "\nPolice said there had been two arrests, both for minor offences. Sergeant Gil Navarro, who "
    "led the policing operation, said the crowd had been “good-natured from start to finish”.\n"
    "\nThe festival, now in its twelfth year, was started by a group of dockers' children as a "
    "single stage in a car park. It now draws about 30,000 people over two days.\n",
    [
        Q("“I've played in worse,”", "Zephyr", "Zephyr"),
        Q("“Glastonbury in a swamp year was worse. This is a shower.”", None, "Zephyr", cue=None),
        Q(
            "she had wanted to headline the festival since she was a teenager",
            "The 34-year-old",
            "Zephyr",
            at="The 34-year-old, who grew up three streets from the docks, said",
        ),
        Q("“My mum used to sell chips at the gate,”", "she", "Zephyr"),
        Q("“In Salvador, rain is part of the show,”", "the Brazilian", "Tiago Fontoura"),
        Q("“Nobody goes home.”", None, "Tiago Fontoura", cue=None),
        Q("“A tent is a small country,”", "Madou", "Madou"),
        Q("“For one hour we all have the same passport.”", None, "Madou", cue=None),
        Q("ticket sales were up a fifth on last year", "Lorna Baptiste", "Lorna Baptiste"),
        Q("“We had a plan for rain and a plan for more rain,”", "Ms Baptiste", "Lorna Baptiste"),
        Q("Stewards handed out 4,000 plastic capes by teatime", "she", "Lorna Baptiste", cue="added"),
        Q(
            "he had lost a shoe in the mud by three o'clock",
            "Kev",
            "Kev",
            at="Kev, 19, from Dunmore, said",
        ),
        Q("“Best day of the year, though,”", "he", "Kev"),
        Q("the music was too loud but the company was lovely", "The nonagenarian", "Winifred Ashcroft"),
        Q("“I came for Zephyr,”", "she", "Winifred Ashcroft"),
        Q("“I stayed for the drummer.”", None, "Winifred Ashcroft", cue=None),
        Q("there had been two arrests, both for minor offences", "Police", "police", anonymous=True),
        Q(
            "the crowd had been “good-natured from start to finish”",
            "Sergeant Gil Navarro",
            "Gil Navarro",
            at="Sergeant Gil Navarro, who led the policing operation, said",
        ),
    ],
    {
        "Zephyr": ["singer"],
        "Tiago Fontoura": ["drummer"],
        "Madou": ["producer"],
        "Lorna Baptiste": ["Festival director"],
        "Gil Navarro": ["Sergeant"],
    },
)

_PARKING = A(
    "parking-colon-possessive",
    "local",
    ("colon_subject", "possessive_speaker", "asked_whether", "org_plural"),
    "Minister rejects call to scrap hospital parking fees\n\n"
    "The health minister, Colm Brannigan, has rejected a cross-party call to scrap parking charges at "
    "hospitals in the north-west.\n\n"
    "Campaigners delivered a petition with 40,000 signatures to his office on Monday. Their spokeswoman, "
    "Aoife Lacey, a nurse at St Bride's Hospital, said staff were paying up to £60 a month to park at work. "
    "“Nurses are paying to care for people,” she said.\n\n"
    "Brannigan was blunt: “There is no money in the budget for this, and I will not pretend there is.”\n\n"
    "The opposition health spokesman, Ruairi Dwyer, accused the minister of hiding behind the budget. He "
    "said the charges raised less than one per cent of hospital income. Asked whether his party would scrap "
    "the fees if elected, Dwyer said: “Yes, in our first budget.”\n\n"
    "Lacey's answer to the minister was short: “Then find it.”\n\n"
    "The St Bride's Hospital Trust said the fees paid for security and lighting. In a statement, it said: "
    "“Removing the charges without replacement funding would mean fewer staff on the wards.”\n\n"
    "At a public meeting on Tuesday the daughter of a cancer patient asked the minister how she was meant to "
    "find £9 every time she visited. The minister's reply: “I hear you, and I am sorry. But the answer is "
    "the same.”\n\n"
    "Dwyer, a former paramedic, was unimpressed. “Sorry doesn't pay for parking,” he said.\n"
    "\nCampaigners plan a march on the health department in January. Their organiser, a retired "
    "porter named Bill Hanlon, said he expected 2,000 people. “I pushed trolleys in that hospital "
    "for 30 years. Nobody charged me to park then,” the 68-year-old said.\n\nThe Royal College of "
    "Nursing said it backed the campaign. Its regional director, Siobhan Keane, said: “When parking "
    "costs more than lunch, something has gone badly wrong.”\n"
    "\nParking charges at hospitals were abolished in Scotland and Wales more than a decade ago.\n",
    [
        Q(
            "staff were paying up to £60 a month to park at work",
            "Aoife Lacey",
            "Aoife Lacey",
            at="Aoife Lacey, a nurse at St Bride's Hospital, said",
        ),
        Q("“Nurses are paying to care for people,”", "she", "Aoife Lacey"),
        Q(
            "“There is no money in the budget for this, and I will not pretend there is.”",
            "Brannigan",
            "Colm Brannigan",
            cue=None,
        ),
        Q("the charges raised less than one per cent of hospital income", "He", "Ruairi Dwyer"),
        Q("“Yes, in our first budget.”", "Dwyer", "Ruairi Dwyer", at="Dwyer said:"),
        Q("“Then find it.”", "Lacey", "Aoife Lacey", cue=None),
        Q("the fees paid for security and lighting", "The St Bride's Hospital Trust", "St Bride's Hospital Trust"),
        Q(
            "“Removing the charges without replacement funding would mean fewer staff on the wards.”",
            "it",
            "St Bride's Hospital Trust",
            how="statement",
        ),
        Q(
            "“I hear you, and I am sorry. But the answer is the same.”",
            "The minister",
            "Colm Brannigan",
            cue=None,
        ),
        Q("“Sorry doesn't pay for parking,”", "he", "Ruairi Dwyer"),
        Q("he expected 2,000 people", "Bill Hanlon", "Bill Hanlon", at="Bill Hanlon, said"),
        Q(
            "“I pushed trolleys in that hospital for 30 years. Nobody charged me to park then,”",
            "the 68-year-old",
            "Bill Hanlon",
        ),
        Q("it backed the campaign", "The Royal College of Nursing", "Royal College of Nursing"),
        Q(
            "“When parking costs more than lunch, something has gone badly wrong.”",
            "Siobhan Keane",
            "Siobhan Keane",
            at="Siobhan Keane, said:",
        ),
    ],
    {
        "Colm Brannigan": ["The health minister"],
        "Aoife Lacey": ["Their spokeswoman", "a nurse at St Bride's Hospital"],
        "Ruairi Dwyer": ["The opposition health spokesman", "a former paramedic"],
        "Bill Hanlon": ["Their organiser", "a retired porter"],
        "Siobhan Keane": ["Its regional director"],
    },
)

_FOOTBALL = A(
    "football-role-then-name",
    "local",
    ("role_then_name", "nationality_age"),
    "Rovers snatch late draw at Millbrook\n\n"
    "Millbrook Town 2 Castleford Rovers 2\n\n"
    "Castleford Rovers came from two goals down to draw at Millbrook on Saturday, with substitute Jamal "
    "Achebe heading in the equaliser in stoppage time.\n\n"
    "The home side's manager admitted his team had stopped playing after the second goal. “We thought it "
    "was finished, and in this league it is never finished,” he said.\n\n"
    "Millbrook had led through a Dean Sutcliffe penalty and a long-range strike from Ola Bergström. Chinedu "
    "Okafor, in his second season in charge, has now seen his side drop eleven points from winning "
    "positions. “I will look at myself first,” Okafor said. “Then I will look at the players.”\n\n"
    "The visiting manager, Petra Lindqvist, praised her substitutes. Lindqvist, who played 60 times for "
    "Sweden, said: “The three players who came on changed the game. That is what a squad is for.”\n\n"
    "Achebe, 19, was making only his third appearance. The teenager said he had dreamed of scoring at "
    "Millbrook as a boy. “My dad brought me here every other week,” he said. “He was in the away end today, "
    "crying.”\n\n"
    "Millbrook's captain, Sutcliffe, said the dressing room was silent. “Nobody needs to say anything,” the "
    "defender said. “We all know.”\n\n"
    "The Swede was asked afterwards whether Achebe would start next week. Her reply drew laughter: “Ask me "
    "on Friday. He has to go to school first.”\n"
    "\nThe referee, Mark Doyle, was criticised by both benches for adding seven minutes. A spokesman"
    " for the referees' body said the time was “entirely justified” by two injuries. Bergström, who "
    "scored his first goal for the club, was less interested in the clock. “I score, we draw, so I "
    "am half happy,” the Norwegian said.\n"
    "\nThe draw leaves Millbrook eighth in the table, four points outside the play-off places, with "
    "a trip to the league leaders next Saturday.\n",
    [
        Q(
            "his team had stopped playing after the second goal",
            "The home side's manager",
            "Chinedu Okafor",
            cue="admitted",
        ),
        Q("“We thought it was finished, and in this league it is never finished,”", "he", "Chinedu Okafor"),
        Q("“I will look at myself first,”", "Okafor", "Chinedu Okafor"),
        Q("“Then I will look at the players.”", None, "Chinedu Okafor", cue=None),
        Q(
            "“The three players who came on changed the game. That is what a squad is for.”",
            "Lindqvist",
            "Petra Lindqvist",
            at="Lindqvist, who played 60 times for Sweden, said:",
        ),
        Q("he had dreamed of scoring at Millbrook as a boy", "The teenager", "Jamal Achebe"),
        Q("“My dad brought me here every other week,”", "he", "Jamal Achebe"),
        Q("“He was in the away end today, crying.”", None, "Jamal Achebe", cue=None),
        Q("the dressing room was silent", "Sutcliffe", "Dean Sutcliffe", at="Sutcliffe, said"),
        Q("“Nobody needs to say anything,”", "the defender", "Dean Sutcliffe"),
        Q("“We all know.”", None, "Dean Sutcliffe", cue=None),
        Q("“Ask me on Friday. He has to go to school first.”", "Her", "Petra Lindqvist", cue=None),
        Q(
            "the time was “entirely justified” by two injuries",
            "A spokesman for the referees' body",
            "a spokesman for the referees' body",
            anonymous=True,
        ),
        Q("“I score, we draw, so I am half happy,”", "the Norwegian", "Ola Bergström"),
    ],
    {
        "Chinedu Okafor": ["The home side's manager"],
        "Petra Lindqvist": ["The visiting manager"],
        "Jamal Achebe": ["substitute"],
        "Dean Sutcliffe": ["Millbrook's captain"],
    },
)

_LIBRARIES = A(
    "libraries-collective",
    "local",
    ("org_plural", "spokesperson", "parenthetical"),
    "Council to close two libraries as budget gap widens\n\n"
    "Harwick Borough Council has confirmed it will close two branch libraries next spring to help fill a "
    "£9m gap in its budget.\n\n"
    "The council said the Eastgate and Pell Lane branches had the lowest visitor numbers in the borough. "
    "They added that a mobile library would visit both areas twice a week. “No one will be more than a "
    "short bus ride from a library,” they said.\n\n"
    "The Friends of Pell Lane Library, a volunteer group, said it would fight the decision. “We raised "
    "£20,000 for a new roof three years ago,” its chair, Graham Oduya, said. “Nobody told us this was "
    "coming.”\n\n"
    "Unison, which represents library staff, said it had not been consulted. A spokesperson said: “Our "
    "members read about this in the local paper. That is not how you treat people.”\n\n"
    "Opposition councillors were divided. Cllr Sunita Rao (Labour, Eastgate) said the closures were “the "
    "wrong cuts in the wrong places”. Cllr Peter Hume (Independent, Moor End) said he would back the plan "
    "“with a heavy heart”.\n\n"
    "The exchanges in the chamber were sharp. “You have had ten years to fix this” (Rao). “And you had "
    "twelve before that” (Hume).\n\n"
    "Asked what would happen to the buildings, a council spokesperson said no decision had been made. “All "
    "options are on the table,” the spokesperson said.\n"
    "\nPell Lane's longest-serving librarian, Margaret Adeyemi, who retires in March, said she would"
    " keep reading to children in the park if she had to. “A library is not a building. It is a "
    "habit,” she said.\n\nThe council's leader, Cllr Dennis Farrow, defended the plan in a radio "
    "interview. He said: “Every service in this borough is being cut. Libraries cannot be the "
    "exception.”\n"
    "\nThe council must set its budget for next year at a full meeting on 24 February. A public "
    "consultation on the closures runs until the end of January.\n",
    [
        Q(
            "the Eastgate and Pell Lane branches had the lowest visitor numbers in the borough",
            "The council",
            "Harwick Borough Council",
        ),
        Q(
            "a mobile library would visit both areas twice a week",
            "They",
            "Harwick Borough Council",
            cue="added",
        ),
        Q("“No one will be more than a short bus ride from a library,”", "they", "Harwick Borough Council"),
        Q(
            "it would fight the decision",
            "The Friends of Pell Lane Library",
            "Friends of Pell Lane Library",
            at="The Friends of Pell Lane Library, a volunteer group, said",
        ),
        Q(
            "“We raised £20,000 for a new roof three years ago,”",
            "Graham Oduya",
            "Graham Oduya",
            at="Graham Oduya, said",
        ),
        Q("“Nobody told us this was coming.”", None, "Graham Oduya", cue=None),
        Q(
            "it had not been consulted",
            "Unison",
            "Unison",
            at="Unison, which represents library staff, said",
        ),
        Q(
            "“Our members read about this in the local paper. That is not how you treat people.”",
            "A spokesperson",
            "a spokesperson for Unison",
            anonymous=True,
        ),
        Q(
            "the closures were “the wrong cuts in the wrong places”",
            "Sunita Rao",
            "Sunita Rao",
            at="Sunita Rao (Labour, Eastgate) said",
        ),
        Q(
            "he would back the plan “with a heavy heart”",
            "Peter Hume",
            "Peter Hume",
            at="Peter Hume (Independent, Moor End) said",
        ),
        Q("“You have had ten years to fix this”", "Rao", "Sunita Rao", cue=None),
        Q("“And you had twelve before that”", "Hume", "Peter Hume", cue=None),
        Q(
            "no decision had been made",
            "a council spokesperson",
            "a spokesperson for Harwick Borough Council",
            anonymous=True,
        ),
        Q(
            "“All options are on the table,”",
            "the spokesperson",
            "a spokesperson for Harwick Borough Council",
            anonymous=True,
        ),
        Q(
            "she would keep reading to children in the park if she had to",
            "Margaret Adeyemi",
            "Margaret Adeyemi",
            at="Margaret Adeyemi, who retires in March, said",
        ),
        Q("“A library is not a building. It is a habit,”", "she", "Margaret Adeyemi"),
        Q(
            "“Every service in this borough is being cut. Libraries cannot be the exception.”",
            "He",
            "Dennis Farrow",
            at="He said:",
        ),
    ],
    {
        "Graham Oduya": ["its chair"],
        "Friends of Pell Lane Library": ["a volunteer group"],
        "Margaret Adeyemi": ["Pell Lane's longest-serving librarian"],
        "Dennis Farrow": ["The council's leader"],
    },
)

_ICE_CREAM = A(
    "ice-cream-founder-company",
    "local",
    ("founder_company", "org_like_person", "families"),
    "Ice-cream maker Marchetti & Sons to open second factory\n\n"
    "Marchetti & Sons, the ice-cream maker founded in a Glasgow back street in 1931, is to open a second "
    "factory in Paisley, creating 80 jobs.\n\n"
    "The company said the new site would triple its output of sorbet. Marchetti & Sons said in a statement: "
    "“Demand from supermarkets has outgrown our Dennistoun kitchen.”\n\n"
    "The firm is still owned by the family. Lucia Marchetti, the founder's great-granddaughter and managing "
    "director, said her great-grandfather Enzo would “not believe the size of the freezers”. “He sold from "
    "a barrow,” she said. “Now we sell to 900 shops.”\n\n"
    "Her brother, Paolo, who runs the Dennistoun kitchen, said no one there would lose their job. “The old "
    "kitchen stays. It is where the recipes live,” he said.\n\n"
    "Lloyd Barclay, who owns a delicatessen in Partick and has stocked Marchetti's since 1988, welcomed the "
    "news. “They have never once been late with a delivery,” Mr Barclay said.\n\n"
    "Renfrewshire Council said it had helped the company find the site. Its economy convener, Cllr Aisha "
    "Mahmood, said: “Eighty jobs matter in a town this size.”\n\n"
    "Marchetti's said production at Paisley would begin next summer.\n"
    "\nEnzo Marchetti arrived from Barga in Tuscany in 1926. His grandson, Carlo, now 88, still "
    "visits the kitchen every Friday. “My grandfather made one flavour, vanilla, and he made it "
    "perfectly,” Carlo Marchetti said. “Now they make forty. I taste them all.”\n\nThe company's "
    "head of sales, Fraser Lindsay, said supermarkets wanted less sugar. “The next ten years are "
    "about sorbet,” he said. Asked whether the recipes would change, Lindsay laughed: “Not the "
    "vanilla. Never the vanilla.”\n"
    "\nThe Paisley site, a former carpet warehouse, was bought for £2.1m. Building work starts in "
    "the spring, and the first 30 staff will be recruited in April.\n",
    [
        Q("the new site would triple its output of sorbet", "The company", "Marchetti & Sons"),
        Q(
            "“Demand from supermarkets has outgrown our Dennistoun kitchen.”",
            "Marchetti & Sons",
            "Marchetti & Sons",
            how="statement",
        ),
        Q(
            "her great-grandfather Enzo would “not believe the size of the freezers”",
            "Lucia Marchetti",
            "Lucia Marchetti",
            at="Lucia Marchetti, the founder's great-granddaughter and managing director, said",
        ),
        Q("“He sold from a barrow,”", "she", "Lucia Marchetti"),
        Q("“Now we sell to 900 shops.”", None, "Lucia Marchetti", cue=None),
        Q(
            "no one there would lose their job",
            "Paolo",
            "Paolo Marchetti",
            at="Paolo, who runs the Dennistoun kitchen, said",
        ),
        Q("“The old kitchen stays. It is where the recipes live,”", "he", "Paolo Marchetti"),
        Q("“They have never once been late with a delivery,”", "Mr Barclay", "Lloyd Barclay"),
        Q("it had helped the company find the site", "Renfrewshire Council", "Renfrewshire Council"),
        Q("“Eighty jobs matter in a town this size.”", "Aisha Mahmood", "Aisha Mahmood", at="Aisha Mahmood, said:"),
        Q("production at Paisley would begin next summer", "Marchetti's", "Marchetti & Sons"),
        Q(
            "“My grandfather made one flavour, vanilla, and he made it perfectly,”",
            "Carlo Marchetti",
            "Carlo Marchetti",
        ),
        Q("“Now they make forty. I taste them all.”", None, "Carlo Marchetti", cue=None),
        Q("supermarkets wanted less sugar", "Fraser Lindsay", "Fraser Lindsay", at="Fraser Lindsay, said"),
        Q("“The next ten years are about sorbet,”", "he", "Fraser Lindsay"),
        Q("“Not the vanilla. Never the vanilla.”", "Lindsay", "Fraser Lindsay", cue=None, at="Lindsay laughed:"),
    ],
    {
        "Lucia Marchetti": ["the founder's great-granddaughter and managing director"],
        "Paolo Marchetti": ["Her brother"],
        "Aisha Mahmood": ["Its economy convener"],
        "Carlo Marchetti": ["His grandson"],
        "Fraser Lindsay": ["The company's head of sales"],
    },
)

ARTICLES_A = [_PILLS, _QUOTAS, _FESTIVAL, _PARKING, _FOOTBALL, _LIBRARIES, _ICE_CREAM]
