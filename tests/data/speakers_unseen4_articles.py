"""The fourth unseen-speakers set, part A: invented news articles written before the speaker rules were read.

Every name, place, outlet and event is invented. See ``make_speakers_unseen4.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_ACADEMY = A(
    "striker-academy",
    "local",
    ("epithet_later", "nickname", "inner_quote", "shared_surname", "appositive_title", "pronoun"),
    "Former Rovers striker opens free academy in Eastmoor\n\n"
    "Kwabena “Kobi” Ansah scored 112 goals in eleven seasons at Haddon Rovers. On Saturday he opened a free "
    "football academy for children in Eastmoor, the estate where he grew up.\n\n"
    "“When I was nine there was one pitch here and it had glass on it,” Ansah said at the opening. “Now there "
    "are three, and the glass is gone.”\n\n"
    "The academy, in a converted bus depot on Calloway Road, will train 200 children a week. It is funded by "
    "Ansah, the Haddon Rovers Foundation and a grant from Eastmoor Borough Council.\n\n"
    "“Kobi rang me two years ago and told me he had found a building,” said Marguerite Lindqvist, who runs the "
    "foundation. “I said, ‘Which building?’ He said, ‘The one with no roof.’”\n\n"
    "The 38-year-old, who retired last spring after a knee injury, said he had turned down two coaching jobs "
    "to do it. “Coaching a first team is a job for someone else,” he said. “This is the job I wanted.”\n\n"
    "Parents queued from eight in the morning. Dele Ansah — no relation — brought his two sons from Northgate. "
    "“They have been talking about nothing else for a month,” he said.\n\n"
    "The former striker was joined by three of his old teammates, including goalkeeper Rhys Tennant, who now "
    "coaches at the academy two evenings a week. “He was the worst trainer in the squad and the best "
    "finisher,” Tennant said. “Both of those things are still true.”\n\n"
    "Asked whether he would ever return to Rovers as manager, the former striker laughed. “Never say never,” "
    "he said. “But not this year, and not next year either.”\n\n"
    "The council's cabinet member for leisure, Priya Ravindran, said the borough had 14 full-size pitches for "
    "60,000 children. “That is not enough, and we know it,” she said.\n\n"
    "Kobi, as everyone on the estate calls him, had the last word. “Come on Saturday,” he told the crowd. "
    "“Bring boots if you have them. If you don't, we have boots.”\n",
    [
        Q(
            (
                "“When I was nine there was one pitch here and it had glass on it,”",
                "“Now there are three, and the glass is gone.”",
            ),
            "Ansah",
            "Kwabena Ansah",
        ),
        Q(
            (
                "“Kobi rang me two years ago and told me he had found a building,”",
                "“I said, ‘Which building?’ He said, ‘The one with no roof.’”",
            ),
            "Marguerite Lindqvist",
            "Marguerite Lindqvist",
        ),
        Q("‘Which building?’", "I", "Marguerite Lindqvist", at="I said, ‘Which"),
        Q(
            "‘The one with no roof.’",
            "He",
            "Kwabena Ansah",
            at="He said, ‘The one",
            via=(("Marguerite Lindqvist", "reported_by"),),
        ),
        Q(
            "he had turned down two coaching jobs to do it",
            "The 38-year-old",
            "Kwabena Ansah",
            at="The 38-year-old, who retired last spring after a knee injury, said",
        ),
        Q(
            ("“Coaching a first team is a job for someone else,”", "“This is the job I wanted.”"),
            "he",
            "Kwabena Ansah",
        ),
        Q("“They have been talking about nothing else for a month,”", "he", "Dele Ansah"),
        Q(
            (
                "“He was the worst trainer in the squad and the best finisher,”",
                "“Both of those things are still true.”",
            ),
            "Tennant",
            "Rhys Tennant",
        ),
        Q(("“Never say never,”", "“But not this year, and not next year either.”"), "he", "Kwabena Ansah"),
        Q(
            "the borough had 14 full-size pitches for 60,000 children",
            "Priya Ravindran",
            "Priya Ravindran",
            at="Priya Ravindran, said",
        ),
        Q("“That is not enough, and we know it,”", "she", "Priya Ravindran"),
        Q(
            ("“Come on Saturday,”", "“Bring boots if you have them. If you don't, we have boots.”"),
            "he",
            "Kwabena Ansah",
            cue="told",
        ),
    ],
    {
        "Rhys Tennant": ["goalkeeper"],
        "Priya Ravindran": ["The council's cabinet member for leisure"],
    },
)

_BAKERY = A(
    "mill-street-bakery",
    "local",
    ("shared_surname", "inner_quote", "groups", "prenominal_title", "pronoun"),
    "Family bakery to close after 61 years on Mill Street\n\n"
    "Kowalczyk's Bakery, which has sold bread on Mill Street in Ashby Cross since 1963, will close at the end of "
    "the month.\n\n"
    "Marek Kowalczyk, 67, took over the ovens from his father in 1989. His wife, Ewa, has run the shop counter "
    "for as long as most customers can remember.\n\n"
    "“My father came here with nothing and a recipe for rye bread,” Mr Kowalczyk said. “I have kept the "
    "recipe. I am not sure I have kept anything else.”\n\n"
    "Mrs Kowalczyk said the decision had been made at the kitchen table in January. “We looked at the gas "
    "bill, and then we looked at each other,” she said. “Nobody had to say it.”\n\n"
    "The bill for the ovens alone rose from £900 a month to £3,100 last winter.\n\n"
    "Marek's younger brother, Jurek Kowalczyk, worked in the bakery until 2015 and now drives a taxi. He said "
    "he had offered to come back. “Marek would not hear of it. He said, ‘One of us should keep his back,’” "
    "Jurek Kowalczyk said, laughing.\n\n"
    "Customers were less philosophical. Sandra Obi, who has bought a loaf every Saturday for 30 years, said: "
    "“It is the end of the street. There is nothing else here now but the bookmaker and the vape shop.”\n\n"
    "Councillor Fergus Mallory, who represents Mill Street on Ashby Cross Town Council, said he had asked the "
    "council to look at cutting the business rates of independent shops. “It will not save this one, but it "
    "might save the next,” he said.\n\n"
    "The Kowalczyks said they would hold a last open day on May 31, when the ovens will be lit for anyone who "
    "wants to see them. “Bring a bag,” Mrs Kowalczyk said. “We are not taking the flour with us.”\n\n"
    "Her husband was already back in the kitchen. “Somebody has to make tomorrow's bread,” he said.\n",
    [
        Q(
            (
                "“My father came here with nothing and a recipe for rye bread,”",
                "“I have kept the recipe. I am not sure I have kept anything else.”",
            ),
            "Mr Kowalczyk",
            "Marek Kowalczyk",
        ),
        Q("the decision had been made at the kitchen table in January", "Mrs Kowalczyk", "Ewa Kowalczyk"),
        Q(
            ("“We looked at the gas bill, and then we looked at each other,”", "“Nobody had to say it.”"),
            "she",
            "Ewa Kowalczyk",
        ),
        Q("he had offered to come back", "He", "Jurek Kowalczyk"),
        Q(
            "“Marek would not hear of it. He said, ‘One of us should keep his back,’”",
            "Jurek Kowalczyk",
            "Jurek Kowalczyk",
        ),
        Q(
            "‘One of us should keep his back,’",
            "He",
            "Marek Kowalczyk",
            at="He said, ‘One",
            via=(("Jurek Kowalczyk", "reported_by"),),
        ),
        Q(
            "“It is the end of the street. There is nothing else here now but the bookmaker and the vape shop.”",
            "Sandra Obi",
            "Sandra Obi",
            at="Sandra Obi, who has bought a loaf every Saturday for 30 years, said",
        ),
        Q(
            "he had asked the council to look at cutting the business rates of independent shops",
            "Fergus Mallory",
            "Fergus Mallory",
            at="Fergus Mallory, who represents Mill Street on Ashby Cross Town Council, said",
        ),
        Q("“It will not save this one, but it might save the next,”", "he", "Fergus Mallory"),
        Q(
            "they would hold a last open day on May 31, when the ovens will be lit for anyone who wants to see them",
            "The Kowalczyks",
            "the Kowalczyks",
        ),
        Q(("“Bring a bag,”", "“We are not taking the flour with us.”"), "Mrs Kowalczyk", "Ewa Kowalczyk"),
        Q("“Somebody has to make tomorrow's bread,”", "he", "Marek Kowalczyk"),
    ],
    {
        "Ewa Kowalczyk": ["His wife"],
        "Jurek Kowalczyk": ["Marek's younger brother"],
        "Fergus Mallory": ["Councillor"],
    },
)

_PORT = A(
    "port-strike",
    "wire",
    ("family_first", "single_name", "surname_woman", "groups", "appositive_title", "pronoun"),
    "Port strike leaves 40 ships waiting off Tanjung Rimau\n\n"
    "More than 40 container ships were anchored off the port of Tanjung Rimau on Thursday, the third day of a "
    "strike by crane operators over shift lengths.\n\n"
    "Liu Jianhong, the chief executive of Harbourline Shipping, which has nine vessels waiting, said each day "
    "of delay cost the company about $1.2 million. “Our customers do not care whose fault it is,” Liu said. "
    "“They care when the containers arrive.”\n\n"
    "The operators' union is led by Suharti, a former crane driver who, like many Indonesians, uses a single "
    "name. She said the strike would continue until the port authority agreed to cap shifts at ten hours. "
    "“My members are falling asleep forty metres in the air,” she said. “One day someone will die, and then "
    "everyone will say it was obvious.”\n\n"
    "The port authority's director, Park Soo-min, said in a statement that the authority had offered "
    "eleven-hour shifts and a night allowance. Park, who took the job in March, said later by telephone that "
    "the offer was “generous and final.”\n\n"
    "Shipping agents said some vessels had begun to divert to Kampong Laut, 300 kilometres up the coast.\n\n"
    "Nguyen Thi Hoa, who owns a haulage firm that moves electronics from the port to factories inland, said "
    "her warehouse was empty for the first time in 14 years. “I have 30 drivers sitting in the canteen,” Ms "
    "Hoa said. “I pay them to drink tea.”\n\n"
    "Liu said Harbourline would ask the government to intervene if the strike went into a second week. “We "
    "are not asking anyone to take sides,” he said. “We are asking for the cranes to move.”\n\n"
    "Park said the authority would meet the union again on Friday. “Our door has not been closed for one "
    "minute,” she said.\n\n"
    "Suharti was unmoved. “Doors are easy,” she said. “Ten hours is hard.”\n",
    [
        Q(
            "each day of delay cost the company about $1.2 million",
            "Liu Jianhong",
            "Liu Jianhong",
            at="Liu Jianhong, the chief executive of Harbourline Shipping, which has nine vessels waiting, said",
        ),
        Q(
            ("“Our customers do not care whose fault it is,”", "“They care when the containers arrive.”"),
            "Liu",
            "Liu Jianhong",
        ),
        Q(
            "the strike would continue until the port authority agreed to cap shifts at ten hours",
            "She",
            "Suharti",
        ),
        Q(
            (
                "“My members are falling asleep forty metres in the air,”",
                "“One day someone will die, and then everyone will say it was obvious.”",
            ),
            "she",
            "Suharti",
        ),
        Q(
            "the authority had offered eleven-hour shifts and a night allowance",
            "Park Soo-min",
            "Park Soo-min",
            at="Park Soo-min, said",
        ),
        Q("the offer was “generous and final.”", "Park", "Park Soo-min", at="Park, who took the job in March, said"),
        Q(
            "some vessels had begun to divert to Kampong Laut, 300 kilometres up the coast",
            "Shipping agents",
            "shipping agents",
            anonymous=True,
        ),
        Q(
            "her warehouse was empty for the first time in 14 years",
            "Nguyen Thi Hoa",
            "Nguyen Thi Hoa",
            at="Nguyen Thi Hoa, who owns a haulage firm that moves electronics from the port to factories inland, said",
        ),
        Q(
            ("“I have 30 drivers sitting in the canteen,”", "“I pay them to drink tea.”"),
            "Ms Hoa",
            "Nguyen Thi Hoa",
            at="Ms Hoa said",
        ),
        Q(
            "Harbourline would ask the government to intervene if the strike went into a second week",
            "Liu",
            "Liu Jianhong",
        ),
        Q(
            ("“We are not asking anyone to take sides,”", "“We are asking for the cranes to move.”"),
            "he",
            "Liu Jianhong",
        ),
        Q("the authority would meet the union again on Friday", "Park", "Park Soo-min"),
        Q("“Our door has not been closed for one minute,”", "she", "Park Soo-min"),
        Q(("“Doors are easy,”", "“Ten hours is hard.”"), "she", "Suharti"),
    ],
    {
        "Liu Jianhong": ["the chief executive of Harbourline Shipping"],
        "Suharti": ["a former crane driver"],
        "Park Soo-min": ["The port authority's director"],
    },
)

_FIELD = A(
    "school-field",
    "local",
    ("cue_like_name", "appositive_title", "pronoun"),
    "Row over school playing field sale\n\n"
    "Parents at Linden Park Primary School in Wexcombe have launched a petition against the sale of half of the "
    "school's playing field to a housing developer.\n\n"
    "The head teacher, Amira Said, said the school had not been consulted before the county council agreed the "
    "sale in principle. “I read about it in the newspaper, like everyone else,” Said told parents at a meeting "
    "on Monday evening.\n\n"
    "Will Bright, the county council's cabinet member for property, said the land was “surplus to educational "
    "need” under government guidance. “We have a duty to get value for public land,” Bright said. “Nothing "
    "has been signed.”\n\n"
    "Summer Price, whose two daughters attend the school, started the petition, which had 2,300 signatures by "
    "Tuesday. “Will says nothing has been signed,” Price said. “Then it can be unsigned.”\n\n"
    "Major Dunlap, 81, taught at Linden Park for 34 years and still referees the school's sports day. “Major "
    "is my name, not my rank,” he said. “I have watched three generations learn to run on that grass.”\n\n"
    "The county council bought the field in 1958 for £400. It has been used for sports days, summer fairs and, "
    "in the hard winter of 1963, as a lorry park for drivers stranded by snow. The developer, Ashgrove Homes, "
    "wants to build 38 houses on the northern half.\n\n"
    "Ashgrove Homes said in a statement that the scheme would include “a new, smaller all-weather pitch for the "
    "school.”\n\n"
    "Frank Young, a planning consultant advising the parents, said the sale would need the approval of the "
    "education secretary. “Playing fields have protection in law,” Young said. “The council seems to have "
    "forgotten that.”\n\n"
    "Said said the school's governors would meet on Thursday to decide whether to object formally. “Our "
    "children are not a line in a budget,” she said.\n",
    [
        Q(
            "the school had not been consulted before the county council agreed the sale in principle",
            "Amira Said",
            "Amira Said",
            at="Amira Said, said",
        ),
        Q("“I read about it in the newspaper, like everyone else,”", "Said", "Amira Said", cue="told"),
        Q(
            "the land was “surplus to educational need” under government guidance",
            "Will Bright",
            "Will Bright",
            at="Will Bright, the county council's cabinet member for property, said",
        ),
        Q(("“We have a duty to get value for public land,”", "“Nothing has been signed.”"), "Bright", "Will Bright"),
        Q(("“Will says nothing has been signed,”", "“Then it can be unsigned.”"), "Price", "Summer Price"),
        Q(
            ("“Major is my name, not my rank,”", "“I have watched three generations learn to run on that grass.”"),
            "he",
            "Major Dunlap",
        ),
        Q(
            "the scheme would include “a new, smaller all-weather pitch for the school.”",
            "Ashgrove Homes",
            "Ashgrove Homes",
            at="Ashgrove Homes said",
            how="statement",
        ),
        Q(
            "the sale would need the approval of the education secretary",
            "Frank Young",
            "Frank Young",
            at="Frank Young, a planning consultant advising the parents, said",
        ),
        Q(
            ("“Playing fields have protection in law,”", "“The council seems to have forgotten that.”"),
            "Young",
            "Frank Young",
        ),
        Q(
            "the school's governors would meet on Thursday to decide whether to object formally",
            "Said",
            "Amira Said",
            at="Said said",
        ),
        Q("“Our children are not a line in a budget,”", "she", "Amira Said"),
    ],
    {
        "Amira Said": ["The head teacher"],
        "Will Bright": ["the county council's cabinet member for property"],
        "Frank Young": ["a planning consultant advising the parents"],
    },
)

_BUSES = A(
    "bus-strike",
    "local",
    ("org_we_they", "org_lawyer", "spokesperson", "groups", "anonymous", "appositive_title", "pronoun"),
    "Bus drivers vote to strike over pay\n\n"
    "Bus drivers at Meridian Coaches will strike for four days next month after 87 per cent voted for action in "
    "a ballot, the Allied Drivers' Union said on Monday.\n\n"
    "“Our members have had one pay rise in four years,” the union said in a statement. “We have been patient. "
    "We are not patient any more.”\n\n"
    "Meridian Coaches said it had offered a 4 per cent rise and a one-off payment of £500. “We remain at the "
    "table and we urge the union to do the same,” it said.\n\n"
    "The company's lawyer, Cordelia Fane, said the ballot might be open to challenge because the union had "
    "used out-of-date addresses for about 300 members. “We are looking at it closely,” she said.\n\n"
    "The union's general secretary, Idris Mahlangu, said the company was making “a desperate move.” “They have "
    "had four years to fix this and they want to win it on a technicality,” he said. “If they want a re-run, "
    "we will win it again.”\n\n"
    "Drivers at the Eastfield depot said morale was at its lowest in memory. “You get spat at, you get "
    "shouted at, and then you go home and look at the gas bill,” said one, who has driven for Meridian for 19 "
    "years and asked not to be named for fear of losing overtime.\n\n"
    "Meridian runs 240 buses across the county and carries about 90,000 passengers a day.\n\n"
    "Passengers were split. Several at the Corn Exchange stop said they supported the drivers; others said "
    "they could not afford four days of taxis.\n\n"
    "The strike will run from June 9 to June 12. Meridian said it would publish a reduced timetable. “We are "
    "sorry for the disruption this will cause,” a spokesperson for the company said, “but it is not of our "
    "making.”\n",
    [
        Q(
            "Bus drivers at Meridian Coaches will strike for four days next month after 87 per cent voted for "
            "action in a ballot",
            "the Allied Drivers' Union",
            "Allied Drivers' Union",
        ),
        Q(
            (
                "“Our members have had one pay rise in four years,”",
                "“We have been patient. We are not patient any more.”",
            ),
            "the union",
            "Allied Drivers' Union",
        ),
        Q("it had offered a 4 per cent rise and a one-off payment of £500", "Meridian Coaches", "Meridian Coaches"),
        Q("“We remain at the table and we urge the union to do the same,”", "it", "Meridian Coaches"),
        Q(
            "the ballot might be open to challenge because the union had used out-of-date addresses for about 300 "
            "members",
            "Cordelia Fane",
            "Cordelia Fane",
            at="Cordelia Fane, said",
        ),
        Q("“We are looking at it closely,”", "she", "Cordelia Fane"),
        Q("the company was making “a desperate move.”", "Idris Mahlangu", "Idris Mahlangu", at="Idris Mahlangu, said"),
        Q(
            (
                "“They have had four years to fix this and they want to win it on a technicality,”",
                "“If they want a re-run, we will win it again.”",
            ),
            "he",
            "Idris Mahlangu",
        ),
        Q(
            "morale was at its lowest in memory",
            "Drivers at the Eastfield depot",
            "drivers at the Eastfield depot",
            anonymous=True,
        ),
        Q(
            "“You get spat at, you get shouted at, and then you go home and look at the gas bill,”",
            "one",
            "one driver at the Eastfield depot",
            anonymous=True,
        ),
        Q("they supported the drivers", "Several at the Corn Exchange stop", "several passengers", anonymous=True),
        Q("they could not afford four days of taxis", "others", "other passengers", anonymous=True),
        Q("it would publish a reduced timetable", "Meridian", "Meridian Coaches"),
        Q(
            ("“We are sorry for the disruption this will cause,”", "“but it is not of our making.”"),
            "a spokesperson for the company",
            "a spokesperson for Meridian Coaches",
            anonymous=True,
        ),
    ],
    {
        "Cordelia Fane": ["The company's lawyer"],
        "Idris Mahlangu": ["The union's general secretary"],
    },
)

_JETS = A(
    "grounded-jets",
    "wire",
    ("spokesperson", "anonymous", "documents", "epithet_later", "shared_surname", "groups", "pronoun"),
    "Airline grounds six jets after engine warning\n\n"
    "Skyvale Airways grounded six of its short-haul jets on Wednesday after the maker of their engines warned "
    "of possible cracks in a turbine part.\n\n"
    "A spokesperson for the airline said about 4,000 passengers had been moved to other flights and that “a "
    "small number” would be offered refunds. “Safety is not something we trade against a timetable,” the "
    "spokesperson said.\n\n"
    "The engine maker, Corran Aero, said in a bulletin to airlines that the part should be inspected within "
    "50 flight hours. The bulletin, signed by its chief engineer, Dr Halvard Ness, said the risk of failure "
    "was “low but not negligible.”\n\n"
    "A senior official at the Civil Aviation Directorate, who spoke on condition of anonymity because he was "
    "not authorised to discuss the case, said regulators had known about the cracks since March. “We asked "
    "for a fleet-wide check then,” the official said. “We were told it was not necessary.”\n\n"
    "The directorate said in a statement that it was “working closely with the manufacturer and "
    "operators.”\n\n"
    "Passengers at Brennock airport described confusion. Tamsin Oyelaran, who was due to fly to Faro with her "
    "husband and three children, said they had been at the gate for two hours before the flight was "
    "cancelled. “Nobody told us anything,” the mother of three said. “We found out from an app.”\n\n"
    "Her husband, Gideon Oyelaran, said the family would try again on Friday. “The kids have their swimming "
    "things on already,” he said.\n\n"
    "Two pilots who fly the affected jets, speaking on condition that they were not named, said crews had "
    "been asked to report unusual vibrations since April. “It has been in every briefing,” one of them "
    "said.\n\n"
    "The six jets are normally used on routes to Spain, Portugal and the Greek islands.\n\n"
    "Skyvale said it expected all six aircraft to return to service by the weekend.\n",
    [
        Q(
            "about 4,000 passengers had been moved to other flights and that “a small number” would be offered refunds",
            "A spokesperson for the airline",
            "a spokesperson for Skyvale Airways",
            anonymous=True,
        ),
        Q(
            "“Safety is not something we trade against a timetable,”",
            "the spokesperson",
            "a spokesperson for Skyvale Airways",
            anonymous=True,
        ),
        Q(
            "the part should be inspected within 50 flight hours",
            "Corran Aero",
            "Corran Aero",
            at="Corran Aero, said",
        ),
        Q(
            "the risk of failure was “low but not negligible.”",
            "The bulletin",
            "Halvard Ness",
            at="The bulletin, signed by its chief engineer, Dr Halvard Ness, said",
            how="statement",
        ),
        Q(
            "regulators had known about the cracks since March",
            "A senior official at the Civil Aviation Directorate",
            "a senior official at the Civil Aviation Directorate",
            at="A senior official at the Civil Aviation Directorate, who spoke on condition of anonymity because "
            "he was not authorised to discuss the case, said",
            anonymous=True,
        ),
        Q(
            ("“We asked for a fleet-wide check then,”", "“We were told it was not necessary.”"),
            "the official",
            "a senior official at the Civil Aviation Directorate",
            anonymous=True,
        ),
        Q(
            "it was “working closely with the manufacturer and operators.”",
            "The directorate",
            "Civil Aviation Directorate",
            how="statement",
        ),
        Q(
            "they had been at the gate for two hours before the flight was cancelled",
            "Tamsin Oyelaran",
            "Tamsin Oyelaran",
            at="Tamsin Oyelaran, who was due to fly to Faro with her husband and three children, said",
        ),
        Q(
            ("“Nobody told us anything,”", "“We found out from an app.”"),
            "the mother of three",
            "Tamsin Oyelaran",
        ),
        Q(
            "the family would try again on Friday",
            "Gideon Oyelaran",
            "Gideon Oyelaran",
            at="Gideon Oyelaran, said",
        ),
        Q("“The kids have their swimming things on already,”", "he", "Gideon Oyelaran"),
        Q(
            "crews had been asked to report unusual vibrations since April",
            "Two pilots who fly the affected jets",
            "two pilots who fly the affected jets",
            at="Two pilots who fly the affected jets, speaking on condition that they were not named, said",
            anonymous=True,
        ),
        Q(
            "“It has been in every briefing,”",
            "one of them",
            "two pilots who fly the affected jets",
            anonymous=True,
        ),
        Q("it expected all six aircraft to return to service by the weekend", "Skyvale", "Skyvale Airways"),
    ],
    {
        "Corran Aero": ["The engine maker"],
        "Halvard Ness": ["its chief engineer"],
        "Gideon Oyelaran": ["Her husband"],
    },
)

_COSTUMES = A(
    "costume-designer",
    "interview",
    ("present_profile", "epithet_later", "inner_quote", "appositive_title", "pronoun"),
    "At 74, Ines Valcourt is still sewing\n\n"
    "Ines Valcourt keeps her Oscar in a biscuit tin under the cutting table of her studio in Marlow Quay. The "
    "tin, she says, is safer than a shelf.\n\n"
    "“People come in and want to hold it, and then they want a photograph, and then nobody does any work,” "
    "she says. “In the tin it behaves.”\n\n"
    "The costume designer won her Academy Award in 1998 for The Salt Road, a film she still refuses to watch. "
    "She has dressed more than 60 productions since, from opera to a children's television series about a "
    "detective dog.\n\n"
    "“I was never interested in making actors look beautiful,” she says. “I was interested in making them look "
    "like they had lived somewhere. A coat should have a history before it gets to the set.\n\n"
    "“The first thing I do with a new coat is give it to my assistant to wear for a week. She hates it. She "
    "tells me I am the only employer in London who makes her dress like a farmer.\n\n"
    "“But you can see it on screen. You can always see a coat that has never been worn.”\n\n"
    "Her assistant for the past nine years, Kofi Amankwah, confirms it. “Every September she gives me a coat "
    "and I look like I have walked out of 1850,” he says. “My girlfriend has stopped asking.”\n\n"
    "Valcourt grew up above a dry cleaner's in Lille, the daughter of a seamstress and a railway signalman. Her "
    "mother taught her to sew before she could read.\n\n"
    "“My mother, Odile, used to say, ‘If the hem is wrong, everything is wrong,’” the Oscar winner says. “I "
    "have never found a reason to disagree with her.”\n\n"
    "She has no plans to retire. Her next job, a Spanish-language film about a travelling circus, starts "
    "shooting in the spring.\n\n"
    "“They asked me if I wanted to slow down,” the 74-year-old says. “I said, ‘Slow down and do what?’”\n",
    [
        Q(("The tin,", "is safer than a shelf"), "she", "Ines Valcourt", cue="says", kind="indirect"),
        Q(
            (
                "“People come in and want to hold it, and then they want a photograph, and then nobody does any work,”",
                "“In the tin it behaves.”",
            ),
            "she",
            "Ines Valcourt",
            cue="says",
        ),
        Q(
            (
                "“I was never interested in making actors look beautiful,”",
                "“I was interested in making them look like they had lived somewhere. A coat should have a history "
                "before it gets to the set.\n\n“The first thing I do with a new coat is give it to my assistant to "
                "wear for a week. She hates it. She tells me I am the only employer in London who makes her dress "
                "like a farmer.\n\n“But you can see it on screen. You can always see a coat that has never been "
                "worn.”",
            ),
            "she",
            "Ines Valcourt",
            cue="says",
        ),
        Q(
            (
                "“Every September she gives me a coat and I look like I have walked out of 1850,”",
                "“My girlfriend has stopped asking.”",
            ),
            "he",
            "Kofi Amankwah",
            cue="says",
        ),
        Q(
            (
                "“My mother, Odile, used to say, ‘If the hem is wrong, everything is wrong,’”",
                "“I have never found a reason to disagree with her.”",
            ),
            "the Oscar winner",
            "Ines Valcourt",
            cue="says",
        ),
        Q(
            "‘If the hem is wrong, everything is wrong,’",
            "Odile",
            "Odile",
            cue="say",
            at="Odile, used to say",
            via=(("Ines Valcourt", "reported_by"),),
        ),
        Q(
            ("“They asked me if I wanted to slow down,”", "“I said, ‘Slow down and do what?’”"),
            "the 74-year-old",
            "Ines Valcourt",
            cue="says",
        ),
        Q("‘Slow down and do what?’", "I", "Ines Valcourt", at="I said, ‘Slow"),
    ],
    {
        "Kofi Amankwah": ["Her assistant for the past nine years"],
    },
)

ARTICLES_A = [_ACADEMY, _BAKERY, _PORT, _FIELD, _BUSES, _JETS, _COSTUMES]
"""The articles of part A, in order."""
