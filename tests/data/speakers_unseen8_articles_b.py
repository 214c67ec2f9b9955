"""The second half of the eighth unseen-speakers set (tests/data/speakers_unseen8.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen8.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_ROWING = A(
    "u8-rowing",
    "wire",
    ("groups", "ranks", "hyphenated", "possessor_pronoun"),
    "Okonkwo twins row to world title\n\n"
    "PLOVDIV, Bulgaria — Chidi and Emeka Okonkwo won the men's double sculls at the world rowing championships on "
    "Sunday, the first world title for twins in the event since 1994.\n\n"
    "“We have been sitting in the same boat since we were 12. We do not need to talk any more,” the twins said "
    "afterwards.\n\n"
    "Chidi, the older by nine minutes, said the pair had nearly quit after finishing fifth in Paris. “I was ready "
    "to go back to my engineering degree,” he said.\n\n"
    "His brother talked him out of it. “I told him we had one more good race in us, and I was wrong. We had two,” "
    "Emeka said.\n\n"
    "Their coach, Lt. Cdr. Fiona Grant-Maclean, a Royal Navy officer on secondment to the national team, said the "
    "brothers had “the best catch timing I have ever coached”. “They move like one body,” she said.\n\n"
    "The silver went to the German brothers Jonas and Till Becker. “The Okonkwos were simply faster today,” the "
    "brothers said in a joint statement.\n\n"
    "In the women's pair, the Dutch sisters Femke and Lotte de Boer finished third. “Bronze feels like gold after "
    "the year we have had,” the sisters said.\n\n"
    "Lotte de Boer had surgery on her shoulder in January. Lotte said she had rowed the final on painkillers. “I "
    "could not feel my left hand for the last 500 metres,” she said.\n\n"
    "Sir Malcolm Avery-Hunt, British Rowing's performance director, said the Okonkwos would start as favourites in "
    "Los Angeles. “Nobody in the world can live with them over the last 250 metres,” Sir Malcolm said.\n",
    [
        Q(
            "“We have been sitting in the same boat since we were 12. We do not need to talk any more,”",
            "the twins",
            "Chidi and Emeka Okonkwo",
        ),
        Q(
            "the pair had nearly quit after finishing fifth in Paris",
            "Chidi",
            "Chidi Okonkwo",
            at="Chidi, the older by nine minutes, said",
        ),
        Q("“I was ready to go back to my engineering degree,”", "he", "Chidi Okonkwo"),
        Q(
            "“I told him we had one more good race in us, and I was wrong. We had two,”",
            "Emeka",
            "Emeka Okonkwo",
        ),
        Q(
            "the brothers had “the best catch timing I have ever coached”",
            "Fiona Grant-Maclean",
            "Fiona Grant-Maclean",
            at="Fiona Grant-Maclean, a Royal Navy officer on secondment to the national team, said",
        ),
        Q("“They move like one body,”", "she", "Fiona Grant-Maclean"),
        Q("“The Okonkwos were simply faster today,”", "the brothers", "Jonas and Till Becker"),
        Q("“Bronze feels like gold after the year we have had,”", "the sisters", "Femke and Lotte de Boer"),
        Q("she had rowed the final on painkillers", "Lotte", "Lotte de Boer"),
        Q("“I could not feel my left hand for the last 500 metres,”", "she", "Lotte de Boer"),
        Q(
            "the Okonkwos would start as favourites in Los Angeles",
            "Malcolm Avery-Hunt",
            "Malcolm Avery-Hunt",
            at="Malcolm Avery-Hunt, British Rowing's performance director, said",
        ),
        Q("“Nobody in the world can live with them over the last 250 metres,”", "Sir Malcolm", "Malcolm Avery-Hunt"),
    ],
    {
        "Fiona Grant-Maclean": ["Their coach", "Lt. Cdr.", "a Royal Navy officer on secondment to the national team"],
        "Malcolm Avery-Hunt": ["British Rowing's performance director"],
    },
)

_BAKERY = A(
    "u8-bakery",
    "local",
    ("groups", "hyphenated", "possessor_pronoun"),
    "Sisters' bakery wins national sourdough prize\n\n"
    "A bakery run by two sisters in a former petrol station on the A49 has been named the best sourdough bakery in "
    "the country.\n\n"
    "Imogen and Clemmie Fforde-Lacey opened Crust & Crumb in 2021 after both lost their jobs in hospitality during "
    "the pandemic.\n\n"
    "“We had one oven, a borrowed mixer and no idea what we were doing,” the sisters said as they collected the "
    "award in London on Monday.\n\n"
    "Imogen, 34, who does the baking, starts work at 3am. Her sister looks after the shop and the accounts. “She is "
    "the artist. I am the one who makes sure we get paid,” Clemmie said.\n\n"
    "The judges' chairman, Professor Anselm Twyford-Price, said the bakery's rye loaf was “the best bread I have "
    "eaten this year, possibly this decade”.\n\n"
    "Their mother, Jacqueline Fforde, said the sisters had been baking since they could stand on a chair. “They "
    "used to sell flapjacks at the school gate,” she said.\n\n"
    "Regular customer Tom Rhys-Jenkins, a lorry driver who stops every Tuesday, said: “I used to come in for the "
    "diesel. Now I come in for the cinnamon buns.”\n\n"
    "Councillor Beatrix Hollings-Vane, the leader of Shropshire Council, said the bakery showed what small firms "
    "could do. “They have put this stretch of road on the map,” she said.\n\n"
    "Asked what they would do with the £5,000 prize, the sisters answered at once. “A second oven,” said Imogen.\n",
    [
        Q(
            "“We had one oven, a borrowed mixer and no idea what we were doing,”",
            "the sisters",
            "Imogen and Clemmie Fforde-Lacey",
        ),
        Q(
            "“She is the artist. I am the one who makes sure we get paid,”",
            "Clemmie",
            "Clemmie Fforde-Lacey",
        ),
        Q(
            "the bakery's rye loaf was “the best bread I have eaten this year, possibly this decade”",
            "Anselm Twyford-Price",
            "Anselm Twyford-Price",
            at="Anselm Twyford-Price, said",
        ),
        Q(
            "the sisters had been baking since they could stand on a chair",
            "Jacqueline Fforde",
            "Jacqueline Fforde",
            at="Jacqueline Fforde, said",
        ),
        Q("“They used to sell flapjacks at the school gate,”", "she", "Jacqueline Fforde"),
        Q(
            "“I used to come in for the diesel. Now I come in for the cinnamon buns.”",
            "Tom Rhys-Jenkins",
            "Tom Rhys-Jenkins",
            at="Tom Rhys-Jenkins, a lorry driver who stops every Tuesday, said",
        ),
        Q(
            "the bakery showed what small firms could do",
            "Beatrix Hollings-Vane",
            "Beatrix Hollings-Vane",
            at="Beatrix Hollings-Vane, the leader of Shropshire Council, said",
        ),
        Q("“They have put this stretch of road on the map,”", "she", "Beatrix Hollings-Vane"),
        Q("“A second oven,”", "Imogen", "Imogen Fforde-Lacey", at="said Imogen"),
    ],
    {
        "Anselm Twyford-Price": ["The judges' chairman"],
        "Jacqueline Fforde": ["Their mother"],
        "Tom Rhys-Jenkins": ["Regular customer", "a lorry driver who stops every Tuesday"],
        "Beatrix Hollings-Vane": ["Councillor", "the leader of Shropshire Council"],
    },
)

_FIRE = A(
    "u8-fire",
    "local",
    ("ranks", "generations", "hyphenated", "anonymous", "possessor_pronoun"),
    "Warehouse roof collapse injures three firefighters\n\n"
    "Three firefighters were hurt on Saturday night when the roof of a burning warehouse collapsed in the Eastgate "
    "industrial district.\n\n"
    "Fire Chief Ronald Baptiste-Owens said the three were in stable condition at Mercy General Hospital. “They did "
    "everything right. The building did not,” he said.\n\n"
    "Capt. Jo Abernethy, who was in charge of the first crew on the scene, said flames were coming through the roof "
    "within ten minutes. “We pulled everybody out the second we heard the trusses go,” Capt. Abernethy said.\n\n"
    "Lt. Samuel Reyes Jr., one of the injured, spoke to reporters by phone from his hospital bed. “I have a broken "
    "wrist and a bruised ego,” he said. “The guys who carried me out are the heroes.”\n\n"
    "His wife, Andrea Reyes, said she had heard about the collapse on the radio before anyone called her. “Those "
    "were the longest 40 minutes of my life,” she said.\n\n"
    "A firefighter who was at the scene, and who was not authorized to speak publicly, said crews had warned for "
    "months that the building's sprinklers did not work. “Everybody in the department knew that building was a "
    "death trap,” the firefighter said.\n\n"
    "The building's owner, Delgado-Price Holdings, said in a statement that its sprinklers had passed inspection in "
    "June.\n\n"
    "Deputy Chief Marisol Kwan-Ashford said the department's fire marshal would investigate. “If those sprinklers "
    "were not working, somebody will answer for it,” Kwan-Ashford said.\n",
    [
        Q(
            "the three were in stable condition at Mercy General Hospital",
            "Ronald Baptiste-Owens",
            "Ronald Baptiste-Owens",
        ),
        Q("“They did everything right. The building did not,”", "he", "Ronald Baptiste-Owens"),
        Q(
            "flames were coming through the roof within ten minutes",
            "Jo Abernethy",
            "Jo Abernethy",
            at="Jo Abernethy, who was in charge of the first crew on the scene, said",
        ),
        Q("“We pulled everybody out the second we heard the trusses go,”", "Abernethy", "Jo Abernethy"),
        Q(
            ("“I have a broken wrist and a bruised ego,”", "“The guys who carried me out are the heroes.”"),
            "he",
            "Samuel Reyes Jr.",
        ),
        Q(
            "she had heard about the collapse on the radio before anyone called her",
            "Andrea Reyes",
            "Andrea Reyes",
            at="Andrea Reyes, said",
        ),
        Q("“Those were the longest 40 minutes of my life,”", "she", "Andrea Reyes"),
        Q(
            "crews had warned for months that the building's sprinklers did not work",
            "A firefighter who was at the scene",
            "a firefighter who was at the scene",
            at="A firefighter who was at the scene, and who was not authorized to speak publicly, said",
            anonymous=True,
        ),
        Q(
            "“Everybody in the department knew that building was a death trap,”",
            "the firefighter",
            "a firefighter who was at the scene",
            anonymous=True,
        ),
        Q(
            "its sprinklers had passed inspection in June",
            "Delgado-Price Holdings",
            "Delgado-Price Holdings",
            at="Delgado-Price Holdings, said",
        ),
        Q("the department's fire marshal would investigate", "Marisol Kwan-Ashford", "Marisol Kwan-Ashford"),
        Q(
            "“If those sprinklers were not working, somebody will answer for it,”",
            "Kwan-Ashford",
            "Marisol Kwan-Ashford",
        ),
    ],
    {
        "Ronald Baptiste-Owens": ["Fire Chief"],
        "Jo Abernethy": ["Capt."],
        "Samuel Reyes Jr.": ["Lt.", "one of the injured"],
        "Andrea Reyes": ["His wife"],
        "Delgado-Price Holdings": ["The building's owner"],
        "Marisol Kwan-Ashford": ["Deputy Chief"],
    },
)

_MEMO = A(
    "u8-memo",
    "wire",
    ("documents", "ranks", "hyphenated", "possessor_pronoun"),
    "Leaked memo shows police were warned of custody cell flaws\n\n"
    "Senior officers at Northbridge Police were warned two years ago that cells at its main custody suite were "
    "unsafe, according to an internal memo seen by this newspaper.\n\n"
    "The memo, written by Det. Insp. Keith Armitage-Boyle in March 2024, said ligature points in eight of the 20 "
    "cells had not been removed despite a national order to do so.\n\n"
    "“I cannot be clearer: someone will die in these cells if nothing is done,” it said.\n\n"
    "A man, 43, was found dead in cell 14 at the suite in January. His sister, Leanne Doherty-Walsh, said the family "
    "had been told nothing about the memo. “They knew. They knew and they left him in there,” she said.\n\n"
    "Det. Supt. Alison Crewe, who leads the force's professional standards department, said in a letter to the "
    "family that the memo was “being examined”.\n\n"
    "Chief Constable Sir Peter Langley-Moore said in a statement: “I have asked for a full review of every custody "
    "suite in the force.”\n\n"
    "The Police Federation's custody lead, Sgt. Darren Foulkes, said officers had raised the same concerns. "
    "“Custody sergeants have been shouting about this for years,” Sgt. Foulkes said. “Nobody upstairs wanted to "
    "know.”\n\n"
    "The Independent Office for Police Conduct said it was assessing whether to investigate.\n",
    [
        Q(
            "Senior officers at Northbridge Police were warned two years ago that cells at its main custody suite were "
            "unsafe",
            "an internal memo seen by this newspaper",
            "Keith Armitage-Boyle",
            cue="according to",
            how="according_to",
        ),
        Q(
            "ligature points in eight of the 20 cells had not been removed despite a national order to do so",
            "The memo",
            "Keith Armitage-Boyle",
            at="The memo, written by Det. Insp. Keith Armitage-Boyle in March 2024, said",
        ),
        Q(
            "“I cannot be clearer: someone will die in these cells if nothing is done,”",
            "it",
            "Keith Armitage-Boyle",
        ),
        Q(
            "the family had been told nothing about the memo",
            "Leanne Doherty-Walsh",
            "Leanne Doherty-Walsh",
            at="Leanne Doherty-Walsh, said",
        ),
        Q("“They knew. They knew and they left him in there,”", "she", "Leanne Doherty-Walsh"),
        Q(
            "the memo was “being examined”",
            "Alison Crewe",
            "Alison Crewe",
            at="Alison Crewe, who leads the force's professional standards department, said",
        ),
        Q(
            "“I have asked for a full review of every custody suite in the force.”",
            "Peter Langley-Moore",
            "Peter Langley-Moore",
        ),
        Q(
            "officers had raised the same concerns",
            "Darren Foulkes",
            "Darren Foulkes",
            at="Darren Foulkes, said",
        ),
        Q(
            ("“Custody sergeants have been shouting about this for years,”", "“Nobody upstairs wanted to know.”"),
            "Foulkes",
            "Darren Foulkes",
        ),
        Q(
            "it was assessing whether to investigate",
            "The Independent Office for Police Conduct",
            "Independent Office for Police Conduct",
        ),
    ],
    {
        "Keith Armitage-Boyle": ["Det. Insp."],
        "Leanne Doherty-Walsh": ["His sister"],
        "Alison Crewe": ["Det. Supt."],
        "Peter Langley-Moore": ["Chief Constable"],
        "Darren Foulkes": ["The Police Federation's custody lead", "Sgt."],
    },
)

_CLINIC = A(
    "u8-clinic",
    "local",
    ("hyphenated", "generations", "possessor_pronoun", "epithets"),
    "Church opens free clinic for uninsured neighbors\n\n"
    "A free health clinic opened on Sunday in the basement of St. Augustine's Church in south Memphis, staffed by "
    "volunteer doctors and nurses.\n\n"
    "The Rev. Dr. Samuel Okafor-Banks, the church's pastor, said the clinic had been his late wife's idea. “Grace "
    "saw people in this parish choosing between insulin and rent,” he said.\n\n"
    "Dr. Leticia Vann-Morrow, an emergency physician who runs the clinic on weekends, said most of its first "
    "patients had diabetes or high blood pressure that had gone untreated for years. “We saw a man whose blood "
    "pressure was so high I am amazed he walked in,” Dr. Vann-Morrow said.\n\n"
    "Mrs. Odessa Pryor, 71, was the first patient through the door. “I have not seen a doctor since my husband "
    "died in 2016,” she said.\n\n"
    "Her grandson, Marcus Pryor, who drove her there, said she had been putting off care to save money. “She would "
    "rather pay my phone bill than her own doctor,” he said.\n\n"
    "Many of the volunteers are young. Nursing student Kayla St. James, 22, said Gen Z health workers wanted to see "
    "where their work went. “We did not sign up to fill in forms all day,” she said.\n\n"
    "Shelby County Commissioner Harold Tibbs Sr. said the county would give the clinic $50,000. “The church found "
    "the need. The least we can do is pay the light bill,” Tibbs said.\n",
    [
        Q(
            "the clinic had been his late wife's idea",
            "Samuel Okafor-Banks",
            "Samuel Okafor-Banks",
            at="Samuel Okafor-Banks, the church's pastor, said",
        ),
        Q("“Grace saw people in this parish choosing between insulin and rent,”", "he", "Samuel Okafor-Banks"),
        Q(
            "most of its first patients had diabetes or high blood pressure that had gone untreated for years",
            "Leticia Vann-Morrow",
            "Leticia Vann-Morrow",
            at="Leticia Vann-Morrow, an emergency physician who runs the clinic on weekends, said",
        ),
        Q(
            "“We saw a man whose blood pressure was so high I am amazed he walked in,”",
            "Vann-Morrow",
            "Leticia Vann-Morrow",
        ),
        Q("“I have not seen a doctor since my husband died in 2016,”", "she", "Odessa Pryor"),
        Q(
            "she had been putting off care to save money",
            "Marcus Pryor",
            "Marcus Pryor",
            at="Marcus Pryor, who drove her there, said",
        ),
        Q("“She would rather pay my phone bill than her own doctor,”", "he", "Marcus Pryor"),
        Q(
            "Gen Z health workers wanted to see where their work went",
            "Kayla St. James",
            "Kayla St. James",
            at="Kayla St. James, 22, said",
        ),
        Q("“We did not sign up to fill in forms all day,”", "she", "Kayla St. James"),
        Q("the county would give the clinic $50,000", "Harold Tibbs Sr.", "Harold Tibbs Sr."),
        Q("“The church found the need. The least we can do is pay the light bill,”", "Tibbs", "Harold Tibbs Sr."),
    ],
    {
        "Samuel Okafor-Banks": ["the church's pastor"],
        "Leticia Vann-Morrow": ["an emergency physician who runs the clinic on weekends"],
        "Marcus Pryor": ["Her grandson"],
        "Kayla St. James": ["Nursing student"],
        "Harold Tibbs Sr.": ["Shelby County Commissioner"],
    },
)

ARTICLES_B = [_ROWING, _BAKERY, _FIRE, _MEMO, _CLINIC]
"""The last five articles of the set."""
