"""The second unseen-speakers set: invented news articles written before the speaker rules were read again.

Every name, place, outlet and event is invented. The set was written as a held-out check of the speaker
and chain stages (issue 11, follow-up of issue 12): varied beats (courts, sport, business, science, local
council, foreign affairs, health) and the hard cases of news writing: pronouns across paragraphs with two
people of the same and of different genders, kin ("her husband", "the couple" after "Mr and Mrs X"),
groups ("Two trustees, who said ...", "the families", "residents"), organisations and their spokespeople,
documents and their authors, chains of two and three links, anonymous sources, titles before names, long
appositives, names given once in full and then by surname, transcripts and Q&A. See
``make_speakers_unseen2.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "bursar-sentenced",
        "wire",
        ("prenominal_title", "documents", "bare_surname", "pronoun"),
        "Former bursar jailed over school fraud\n\n"
        "HALLOWAY, May 14 (Harbour Wire) - Judge Miriam Oduya-Kent on Tuesday sentenced Corwin Fessenden, the "
        "former bursar of St Aldric's School, to four years in prison for taking 1.3 million pounds from its "
        "accounts over nine years.\n\n"
        "“You betrayed the trust of every family who paid those fees,” the judge said. She said the fraud had been "
        "“patient, careful and entirely selfish.”\n\n"
        "Fessenden, 58, who pleaded guilty in March, showed no emotion as the sentence was read. His barrister, "
        "Leopold Nairne, said his client had repaid 200,000 pounds and had sold the family home to do so. “He "
        "knows that nothing he says now will undo it,” Nairne told the court.\n\n"
        "In a court filing before the hearing, prosecutors said Fessenden had spent the money on gambling debts "
        "and two racehorses. The filing said he had forged the signatures of two governors on 41 cheques between "
        "2014 and 2023, and that the school's auditors had twice failed to ask for the bank statements.\n\n"
        "The school's headteacher, Dr Ottoline Brae, wrote in a letter to parents that the governors had brought "
        "in new checks on every payment. “We were too trusting, and I take my share of the blame,” Dr Brae "
        "wrote. The letter did not say whether fees would rise.\n\n"
        "Oduya-Kent said she had given him credit for his guilty plea. “Without it, the sentence would have been "
        "six years,” she said.\n\n"
        "Outside the court, the chairman of the parents' association, Hamish Tolley, said the families were "
        "relieved it was over. “Some of them paid fees for three children,” he said. “They want the money back, "
        "not a speech.”"
        "\n\nSentencing for a second charge, of false accounting, was adjourned until July. St Aldric's, which has"
        " 640 pupils, charges day fees of about 19,000 pounds a year. The governors have since appointed a firm of"
        " accountants to audit the last ten years of payments, and the school's insurer is expected to cover part "
        "of the loss.",
        [
            Q("“You betrayed the trust of every family who paid those fees,”", "the judge", "Miriam Oduya-Kent"),
            Q("the fraud had been “patient, careful and entirely selfish.”", "She", "Miriam Oduya-Kent"),
            Q(
                "his client had repaid 200,000 pounds and had sold the family home to do so",
                "Leopold Nairne",
                "Leopold Nairne",
                at="Leopold Nairne, said",
            ),
            Q("“He knows that nothing he says now will undo it,”", "Nairne", "Leopold Nairne", "told"),
            Q(
                "Fessenden had spent the money on gambling debts and two racehorses",
                "prosecutors",
                "prosecutors",
                how="wrote",
                anonymous=True,
                classes=("documents",),
            ),
            Q(
                "he had forged the signatures of two governors on 41 cheques between 2014 and 2023",
                "The filing",
                "prosecutors",
                how="wrote",
                anonymous=True,
                classes=("documents",),
            ),
            Q(
                "the governors had brought in new checks on every payment",
                "Ottoline Brae",
                "Ottoline Brae",
                "wrote",
                at="Dr Ottoline Brae, wrote",
                how="wrote",
                classes=("documents", "role_before_after"),
            ),
            Q(
                "“We were too trusting, and I take my share of the blame,”",
                "Dr Brae",
                "Ottoline Brae",
                "wrote",
                how="wrote",
                classes=("documents", "bare_surname"),
            ),
            Q("she had given him credit for his guilty plea", "Oduya-Kent", "Miriam Oduya-Kent"),
            Q("“Without it, the sentence would have been six years,”", "she", "Miriam Oduya-Kent"),
            Q(
                "the families were relieved it was over",
                "Hamish Tolley",
                "Hamish Tolley",
                at="Hamish Tolley, said",
                classes=("role_before_after",),
            ),
            Q(
                ("“Some of them paid fees for three children,”", "“They want the money back, not a speech.”"),
                "he",
                "Hamish Tolley",
            ),
        ],
        titles={
            "Miriam Oduya-Kent": ["Judge"],
            "Leopold Nairne": ["His barrister"],
            "Ottoline Brae": ["The school's headteacher"],
            "Hamish Tolley": ["the chairman of the parents' association"],
        },
    ),
    A(
        "derby-draw",
        "local",
        ("pronoun", "shared_gender", "told_outlet", "prenominal_title"),
        "Rovers hold on for derby point\n\n"
        "Kestrel Rovers manager Anselm Drury said his side had “defended like a pub team” for an hour before "
        "rescuing a 2-2 draw at Brackwell Town on Saturday.\n\n"
        "Drury's opposite number, Tobias Henge, was happier with the performance than the result. He said "
        "Brackwell had deserved all three points. He blamed a linesman for the late equaliser, which came when "
        "the Rovers striker looked at least a yard beyond the last defender. “I have watched it six times and it "
        "is offside every time,” Henge said.\n\n"
        "Drury disagreed. “Tobias sees what he wants to see,” he said. He added that his goalkeeper, Fenwick Osei, "
        "had kept Rovers in the game with three saves in the first half.\n\n"
        "Osei, 19, was making only his third league start after the club's first-choice keeper broke a finger in "
        "training. Asked about the save from the penalty, he said he had guessed. “I went left because my dad "
        "always goes left,” he told the Kestrel Gazette after the match.\n\n"
        "Henge said he would complain to the league about the officials. “We are not asking for favours,” he said. "
        "“We are asking for a linesman who can see.”\n\n"
        "Brackwell's chairwoman, Maren Sollis, said the dressing room was “flat.” She said the players would watch "
        "the footage on Monday. “Then we move on,” she said. The two sides meet again in the cup next month."
        "\n\nRovers stay fourth in the table, two points behind Brackwell, who have now gone seven league matches "
        "without a win at home. A crowd of 9,412 watched the match, the largest at the ground for eleven years, "
        "and police made two arrests for throwing coins in the second half. Both clubs have been charged by the "
        "league over the conduct of their players after a scuffle at half-time.",
        [
            Q(
                "his side had “defended like a pub team” for an hour before rescuing a 2-2 draw at Brackwell Town on "
                "Saturday",
                "Anselm Drury",
                "Anselm Drury",
                classes=("prenominal_title",),
            ),
            Q("Brackwell had deserved all three points", "He", "Tobias Henge"),
            Q("“I have watched it six times and it is offside every time,”", "Henge", "Tobias Henge"),
            Q("“Tobias sees what he wants to see,”", "he", "Anselm Drury"),
            Q(
                "his goalkeeper, Fenwick Osei, had kept Rovers in the game with three saves in the first half",
                "He",
                "Anselm Drury",
                "added",
            ),
            Q("he had guessed", "he", "Fenwick Osei"),
            Q(
                "“I went left because my dad always goes left,”",
                "he",
                "Fenwick Osei",
                "told",
                via=(("Kestrel Gazette", "told"),),
                classes=("told_outlet", "pronoun"),
            ),
            Q("he would complain to the league about the officials", "Henge", "Tobias Henge"),
            Q(
                ("“We are not asking for favours,”", "“We are asking for a linesman who can see.”"),
                "he",
                "Tobias Henge",
            ),
            Q("the dressing room was “flat.”", "Maren Sollis", "Maren Sollis", at="Maren Sollis, said"),
            Q("the players would watch the footage on Monday", "She", "Maren Sollis"),
            Q("“Then we move on,”", "she", "Maren Sollis"),
        ],
        titles={
            "Anselm Drury": ["Kestrel Rovers manager"],
            "Tobias Henge": ["Drury's opposite number"],
            "Fenwick Osei": ["his goalkeeper"],
            "Maren Sollis": ["Brackwell's chairwoman"],
        },
    ),
    A(
        "baby-rice-recall",
        "wire",
        ("org_spokesperson", "unquoted_chain", "documents", "anonymous", "told_outlet"),
        "Kelvar Foods recalls baby rice after plastic found\n\n"
        "LONDON, Feb 3 (Harbour Wire) - Kelvar Foods is recalling 80,000 packets of its organic baby rice after "
        "shoppers found fragments of blue plastic in two of them, according to a statement from the Food "
        "Standards Office, as reported by the Grocer's Journal.\n\n"
        "A spokeswoman for Kelvar Foods said the fragments came from a broken sieve at its plant in Tilbury. She "
        "said the company had stopped the line as soon as it was told.\n\n"
        "Kelvar's chief executive, Rupert Anand-Leigh, said in an interview with the Dunmore Herald that the "
        "company would pay for independent tests at every one of its four plants. “Parents trust us with the "
        "first food their children eat,” he said. “We let them down, and we will earn that back.”\n\n"
        "The recall covers packets with best-before dates in June and July of next year. Shoppers should return "
        "them to the store for a full refund, Kelvar said in a statement. No other products are affected.\n\n"
        "Consumer group Fair Basket said the recall had come too late. Its director, Gwendolyn Aske, said "
        "shoppers had complained on social media a week before the company acted. “A week is a long time when "
        "you are feeding a baby,” Aske said.\n\n"
        "Shares in Kelvar fell 4 percent in London trading. An analyst at Brenner Capital, who asked not to be "
        "named because the bank advises the company, said the cost of the recall would be small but the damage "
        "to the brand could last for years."
        "\n\nKelvar, which employs 3,100 people, makes cereals and baby food at four plants in England and one in "
        "Wales. It recalled a batch of oat biscuits in 2021 over an undeclared allergen. The Food Standards Office"
        " has published a list of the affected batch codes on its website, and supermarkets have taken the packets"
        " off their shelves.",
        [
            Q(
                "Kelvar Foods is recalling 80,000 packets of its organic baby rice after shoppers found fragments of "
                "blue plastic in two of them",
                "a statement from the Food Standards Office",
                "Food Standards Office",
                "according to",
                how="according_to",
                via=(("Grocer's Journal", "reported_by"),),
                classes=("unquoted_chain", "documents"),
            ),
            Q(
                "the fragments came from a broken sieve at its plant in Tilbury",
                "A spokeswoman for Kelvar Foods",
                "a spokeswoman for Kelvar Foods",
                anonymous=True,
            ),
            Q(
                "the company had stopped the line as soon as it was told",
                "She",
                "a spokeswoman for Kelvar Foods",
                anonymous=True,
                classes=("org_spokesperson", "pronoun"),
            ),
            Q(
                "the company would pay for independent tests at every one of its four plants",
                "Rupert Anand-Leigh",
                "Rupert Anand-Leigh",
                at="Rupert Anand-Leigh, said",
                via=(("Dunmore Herald", "interview"),),
                classes=("told_outlet", "frame_carryover"),
            ),
            Q(
                (
                    "“Parents trust us with the first food their children eat,”",
                    "“We let them down, and we will earn that back.”",
                ),
                "he",
                "Rupert Anand-Leigh",
                via=(("Dunmore Herald", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "Shoppers should return them to the store for a full refund",
                "Kelvar",
                "Kelvar Foods",
                how="statement",
                classes=("documents",),
            ),
            Q("the recall had come too late", "Fair Basket", "Fair Basket", at="Fair Basket said"),
            Q(
                "shoppers had complained on social media a week before the company acted",
                "Gwendolyn Aske",
                "Gwendolyn Aske",
                at="Gwendolyn Aske, said",
            ),
            Q("“A week is a long time when you are feeding a baby,”", "Aske", "Gwendolyn Aske"),
            Q(
                "the cost of the recall would be small but the damage to the brand could last for years",
                "An analyst at Brenner Capital",
                "an analyst at Brenner Capital",
                at="An analyst at Brenner Capital, who asked not to be named because the bank advises the company, "
                "said",
                anonymous=True,
                classes=("anonymous",),
            ),
        ],
        titles={
            "Rupert Anand-Leigh": ["Kelvar's chief executive"],
            "Fair Basket": ["Consumer group"],
            "Gwendolyn Aske": ["Its director"],
        },
    ),
    A(
        "reef-bleaching",
        "wire",
        ("documents", "long_appositive", "bare_surname", "pronoun"),
        "Warm seas bleach half of Selby Reef, scientists say\n\n"
        "PORT CARROW, Aug 21 (Harbour Wire) - More than half of the corals on Selby Reef bleached during last "
        "summer's heatwave, scientists at the University of Port Carrow said on Wednesday.\n\n"
        "The study's lead author, Dr Nkechi Valdés-Orme, a marine biologist who has dived on the reef for twenty "
        "years, said the damage was the worst she had recorded. “We counted dead coral in places where I have "
        "never seen it die,” Valdés-Orme said.\n\n"
        "Her co-author, Professor Lars Quennell, said some corals had begun to recover once the water cooled in "
        "October. He said that gave him hope, though not much. “Recovery takes a decade, and the next heatwave "
        "will not wait a decade,” he said.\n\n"
        "The Reef Protection Agency said in a report last month that water temperatures around the reef had risen "
        "by 0.8 degrees since 1990. The report, written by the agency's chief scientist, Ravi Tennant-Oduya, "
        "warned that bleaching could become an annual event by 2040. The agency has asked the government for "
        "money to map the reef every year rather than every five.\n\n"
        "Valdés-Orme said tourism operators had helped by reporting bleached patches to the team. One of them, "
        "dive-school owner Petra Lindahl, said bookings were down by a third this season. “People come to see "
        "colour,” she said. “We have to tell them the truth before they pay.”\n\n"
        "The agency did not respond to a request for comment on the study."
        "\n\nSelby Reef stretches for 140 km along the coast and supports about 2,000 jobs in fishing and tourism."
        " The last mass bleaching, in 2016, killed roughly a fifth of its shallow corals. Sea temperatures off "
        "Port Carrow peaked at 31.2 degrees in August last year, the highest since records began in 1911."
        "\n\nThe University of Port Carrow team surveyed 212 sites by boat and by drone between January and April."
        " Its results will be shared with the Reef Protection Agency, which sets the limits on fishing and diving "
        "on the reef.",
        [
            Q(
                "More than half of the corals on Selby Reef bleached during last summer's heatwave",
                "scientists at the University of Port Carrow",
                "scientists at the University of Port Carrow",
                at="scientists at the University of Port Carrow said",
                anonymous=True,
                classes=("plural_they",),
            ),
            Q(
                "the damage was the worst she had recorded",
                "Nkechi Valdés-Orme",
                "Nkechi Valdés-Orme",
                at="Dr Nkechi Valdés-Orme, a marine biologist who has dived on the reef for twenty years, said",
            ),
            Q("“We counted dead coral in places where I have never seen it die,”", "Valdés-Orme", "Nkechi Valdés-Orme"),
            Q(
                "some corals had begun to recover once the water cooled in October",
                "Lars Quennell",
                "Lars Quennell",
                at="Professor Lars Quennell, said",
            ),
            Q("that gave him hope, though not much", "He", "Lars Quennell"),
            Q(
                "“Recovery takes a decade, and the next heatwave will not wait a decade,”",
                "he",
                "Lars Quennell",
            ),
            Q(
                "water temperatures around the reef had risen by 0.8 degrees since 1990",
                "The Reef Protection Agency",
                "Reef Protection Agency",
                at="The Reef Protection Agency said",
                how="wrote",
                classes=("documents",),
            ),
            Q(
                "bleaching could become an annual event by 2040",
                "The report",
                "Ravi Tennant-Oduya",
                "warned",
                at="The report, written by the agency's chief scientist, Ravi Tennant-Oduya, warned",
                how="wrote",
                classes=("documents",),
            ),
            Q(
                "tourism operators had helped by reporting bleached patches to the team",
                "Valdés-Orme",
                "Nkechi Valdés-Orme",
            ),
            Q(
                "bookings were down by a third this season",
                "Petra Lindahl",
                "Petra Lindahl",
                at="Petra Lindahl, said",
                classes=("prenominal_title",),
            ),
            Q(
                ("“People come to see colour,”", "“We have to tell them the truth before they pay.”"),
                "she",
                "Petra Lindahl",
            ),
        ],
        titles={
            "Nkechi Valdés-Orme": [
                "The study's lead author",
                "a marine biologist who has dived on the reef for twenty years",
            ],
            "Lars Quennell": ["Her co-author", "Professor"],
            "Ravi Tennant-Oduya": ["the agency's chief scientist"],
            "Petra Lindahl": ["dive-school owner"],
        },
    ),
    A(
        "barn-appeal",
        "local",
        ("relatives", "groups", "pronoun", "prenominal_title"),
        "Couple win fight over barn conversion\n\n"
        "A retired couple from Lower Fenby have won their two-year fight to turn a derelict barn into a home for "
        "their disabled son, after councillors overturned a planning officer's refusal on Thursday.\n\n"
        "Mr and Mrs Penwarden told the planning committee that the barn was the only building on their land that "
        "could be adapted for a wheelchair. Mrs Penwarden said she had written to the council 31 times since the "
        "first refusal. “Every letter came back with a new form,” she said.\n\n"
        "Her husband said the family had spent 18,000 pounds on surveys of bats, drains and a medieval wall "
        "that turned out to be Victorian. “We are not developers,” he said. “We are parents who are getting "
        "old.”\n\n"
        "Councillor Idris Mabey, who chairs the committee, said the officer had applied the rules correctly but "
        "the rules had not been written for cases like this. “Sometimes the job is to use judgment,” he said.\n\n"
        "Not everyone agreed. Councillor Beatrix Fane said the decision set a precedent for every barn in the "
        "district. She said she had voted against it with a heavy heart.\n\n"
        "Residents of Fenby Lane, who had written in support, clapped when the vote was read. They said the "
        "couple had been treated badly by the planning department. The couple said afterwards that their son, "
        "Arlo, would move in by Christmas. “He has been waiting longer than we have,” they said.\n\n"
        "A council spokesman said the authority would review its guidance on agricultural buildings."
        "\n\nThe barn, built in the 1870s to store hay, has stood empty since the farm was sold off in pieces in "
        "1988. The conversion will add a ground-floor bedroom, a wet room and a ramp to the garden. Building work "
        "is expected to start in September, and the couple will pay for it from the sale of a field.",
        [
            Q(
                "the barn was the only building on their land that could be adapted for a wheelchair",
                "Mr and Mrs Penwarden",
                "Mr and Mrs Penwarden",
                "told",
            ),
            Q("she had written to the council 31 times since the first refusal", "Mrs Penwarden", "Mrs Penwarden"),
            Q("“Every letter came back with a new form,”", "she", "Mrs Penwarden"),
            Q(
                "the family had spent 18,000 pounds on surveys of bats, drains and a medieval wall that turned out to "
                "be Victorian",
                "Her husband",
                "Mr Penwarden",
            ),
            Q(("“We are not developers,”", "“We are parents who are getting old.”"), "he", "Mr Penwarden"),
            Q(
                "the officer had applied the rules correctly but the rules had not been written for cases like this",
                "Idris Mabey",
                "Idris Mabey",
                at="Idris Mabey, who chairs the committee, said",
            ),
            Q("“Sometimes the job is to use judgment,”", "he", "Idris Mabey"),
            Q("the decision set a precedent for every barn in the district", "Beatrix Fane", "Beatrix Fane"),
            Q("she had voted against it with a heavy heart", "She", "Beatrix Fane"),
            Q(
                "the couple had been treated badly by the planning department",
                "They",
                "residents of Fenby Lane",
                anonymous=True,
            ),
            Q(
                "their son, Arlo, would move in by Christmas",
                "The couple",
                "Mr and Mrs Penwarden",
                at="The couple said",
            ),
            Q("“He has been waiting longer than we have,”", "they", "Mr and Mrs Penwarden"),
            Q(
                "the authority would review its guidance on agricultural buildings",
                "A council spokesman",
                "a council spokesman",
                anonymous=True,
                classes=("org_spokesperson",),
            ),
        ],
        titles={
            "Mr Penwarden": ["Her husband"],
            "Idris Mabey": ["Councillor"],
            "Beatrix Fane": ["Councillor"],
        },
    ),
    A(
        "kolm-crossing",
        "wire",
        ("anonymous", "unquoted_chain", "chain_three", "documents", "prenominal_title"),
        "Talks on border crossing near a deal, official says\n\n"
        "VASKA, Sept 9 (Harbour Wire) - Negotiators from Norvania and Estrel are close to a deal that would reopen "
        "the Kolm border crossing for the first time in six years, a senior Norvanian official who asked not to "
        "be named said on Monday.\n\n"
        "The official said the two sides had agreed on customs checks but not on who would pay for a new bridge "
        "over the Kolm river. “The money is the last wall,” the official said.\n\n"
        "Estrel's foreign minister, Dalia Moravec, told the Vaska Post on Sunday that her government wanted the "
        "crossing open before winter, according to a transcript released by the Estrel foreign ministry. Farmers "
        "on both sides of the river lost their markets when the crossing closed.\n\n"
        "Citing a memo from the Norvanian finance ministry, the Capital Ledger reported that the bridge would cost "
        "140 million euros. The memo said Norvania could pay no more than half.\n\n"
        "In Washington, Sen. Harlan Whitcombe, who chairs a subcommittee on European affairs, said the United "
        "States would offer engineers and surveyors. Whitcombe wrote in a post on social media that the deal "
        "“would be a quiet victory for common sense.”\n\n"
        "Moravec is due to meet her Norvanian counterpart, Ivo Szabat, in Geneva next week. Szabat's office said "
        "he was “cautiously hopeful.”"
        "\n\nThe Kolm crossing was closed in a dispute over smuggling and has never reopened, although both "
        "governments have since changed. Lorries now make a detour of almost 300 km through a third country. Trade"
        " between the two neighbours has fallen by two thirds, and several villages on the Estrel side have lost "
        "half their population."
        "\n\nThe European Union, which funds a cross-border development programme in the region, has offered to "
        "pay for a feasibility study of the bridge. A first round of talks in the spring broke down over the "
        "location of the customs post.",
        [
            Q(
                "Negotiators from Norvania and Estrel are close to a deal that would reopen the Kolm border crossing "
                "for the first time in six years",
                "a senior Norvanian official who asked not to be named",
                "a senior Norvanian official",
                anonymous=True,
            ),
            Q(
                "the two sides had agreed on customs checks but not on who would pay for a new bridge over the Kolm "
                "river",
                "The official",
                "a senior Norvanian official",
                anonymous=True,
            ),
            Q("“The money is the last wall,”", "the official", "a senior Norvanian official", anonymous=True),
            Q(
                "her government wanted the crossing open before winter",
                "Dalia Moravec",
                "Dalia Moravec",
                "told",
                at="Dalia Moravec, told",
                via=(("Vaska Post", "told"), ("Estrel foreign ministry", "reported_by")),
                classes=("chain_three", "told_outlet"),
            ),
            Q(
                "the bridge would cost 140 million euros",
                "a memo from the Norvanian finance ministry",
                "Norvanian finance ministry",
                "Citing",
                how="wrote",
                via=(("Capital Ledger", "citing"),),
            ),
            Q(
                "Norvania could pay no more than half",
                "The memo",
                "Norvanian finance ministry",
                how="wrote",
                via=(("Capital Ledger", "citing"),),
                classes=("documents", "frame_carryover"),
            ),
            Q(
                "the United States would offer engineers and surveyors",
                "Harlan Whitcombe",
                "Harlan Whitcombe",
                at="Sen. Harlan Whitcombe, who chairs a subcommittee on European affairs, said",
                classes=("prenominal_title",),
            ),
            Q(
                "the deal “would be a quiet victory for common sense.”",
                "Whitcombe",
                "Harlan Whitcombe",
                "wrote",
                how="wrote",
                classes=("documents", "bare_surname"),
            ),
            Q("he was “cautiously hopeful.”", "Szabat's office", "Ivo Szabat's office", classes=("org_spokesperson",)),
        ],
        titles={"Dalia Moravec": ["Estrel's foreign minister"], "Harlan Whitcombe": ["Sen."]},
    ),
    A(
        "marlowe-house",
        "local",
        ("groups", "relative_who", "told_outlet", "anonymous", "pronoun"),
        "Care home trustees resign over closure plan\n\n"
        "Two trustees, who said they had learned of the plan from a newspaper, resigned from the board of Marlowe "
        "House in Stenbury on Friday. The home, which cares for 38 elderly residents, is due to close in April.\n\n"
        "The board's chair, Dr Winifred Askew, said the home had lost money for five years and could not meet new "
        "fire rules without a rebuild. “We looked for a buyer for eighteen months,” she said. “Nobody wanted "
        "it.”\n\n"
        "The families of several residents said they had been given three months to find new places. Their "
        "spokesman, Colm Retallick, whose mother has lived at Marlowe House since 2019, said many of the residents "
        "were in their nineties. “Moving a woman of 94 is not a logistics problem,” he said. “It can kill "
        "her.”\n\n"
        "Staff said they had been told at a meeting on Thursday evening. A nurse who has worked at the home for 22 "
        "years said the news had been given “in eleven minutes, with no questions.”\n\n"
        "The Stenbury Health Board said in a statement that it would help every family find a place within 15 "
        "miles. Its director of adult care, Pieter Okonjo, told the Stenbury Echo that there were 60 empty beds "
        "in the area. He said no resident would be moved before a place was ready.\n\n"
        "Askew said the trustees who resigned had been invited to every board meeting. One of them, Harold Lusk, "
        "said he had missed only one, and that the closure had not been on its agenda."
        "\n\nMarlowe House opened in 1962 in a converted Victorian rectory and employs 54 people. The charity that"
        " runs it also owns two smaller homes in the county, which are not affected. Fire inspectors visited the "
        "building in October and gave the board until the end of next year to install sprinklers and new escape "
        "stairs.",
        [
            Q(
                "they had learned of the plan from a newspaper",
                "Two trustees",
                "two trustees",
                at="Two trustees, who said",
                anonymous=True,
            ),
            Q(
                "the home had lost money for five years and could not meet new fire rules without a rebuild",
                "Winifred Askew",
                "Winifred Askew",
                at="Dr Winifred Askew, said",
                classes=("role_before_after",),
            ),
            Q(("“We looked for a buyer for eighteen months,”", "“Nobody wanted it.”"), "she", "Winifred Askew"),
            Q(
                "they had been given three months to find new places",
                "The families of several residents",
                "the families of several residents",
                anonymous=True,
            ),
            Q(
                "many of the residents were in their nineties",
                "Colm Retallick",
                "Colm Retallick",
                at="Colm Retallick, whose mother has lived at Marlowe House since 2019, said",
            ),
            Q(("“Moving a woman of 94 is not a logistics problem,”", "“It can kill her.”"), "he", "Colm Retallick"),
            Q("they had been told at a meeting on Thursday evening", "Staff", "staff", anonymous=True),
            Q(
                "the news had been given “in eleven minutes, with no questions.”",
                "A nurse who has worked at the home for 22 years",
                "a nurse who has worked at the home for 22 years",
                anonymous=True,
            ),
            Q(
                "it would help every family find a place within 15 miles",
                "The Stenbury Health Board",
                "Stenbury Health Board",
                how="statement",
                classes=("documents",),
            ),
            Q(
                "there were 60 empty beds in the area",
                "Pieter Okonjo",
                "Pieter Okonjo",
                "told",
                at="Pieter Okonjo, told",
                via=(("Stenbury Echo", "told"),),
            ),
            Q("no resident would be moved before a place was ready", "He", "Pieter Okonjo"),
            Q("the trustees who resigned had been invited to every board meeting", "Askew", "Winifred Askew"),
            Q("he had missed only one", "Harold Lusk", "Harold Lusk", at="Harold Lusk, said"),
        ],
        titles={
            "Winifred Askew": ["The board's chair"],
            "Colm Retallick": ["Their spokesman"],
            "Pieter Okonjo": ["Its director of adult care"],
        },
    ),
    A(
        "lantern-festival-qa",
        "qa",
        ("qa_transcript", "long_appositive", "prenominal_title"),
        "Q&A: The festival that nearly didn't happen\n\n"
        "Tamsin Oyelaran-Beck, the mayor's younger sister and deputy director of the Corve Valley Arts Trust, has "
        "run the Corve Lantern Festival since 2015. This year the trust lost its main sponsor six weeks before "
        "opening night, and for a fortnight the festival looked finished. It opened on time, with more lanterns "
        "than ever. She spoke to the Corve Courier about how it survived.\n\n"
        "Q: When did you find out the sponsor was pulling out?\n"
        "A: On a Tuesday morning, by email. I read it twice because I thought I had misunderstood.\n\n"
        "Q: Did your sister, the mayor, help?\n"
        "A: She stepped aside from anything to do with the festival, and she was right to. People would have "
        "said it was a family business.\n\n"
        "Q: So where did the money come from?\n"
        "A: From about 900 people who gave ten or twenty pounds each, and from a brewery in Ludstow that had "
        "never sponsored anything before.\n\n"
        "Q: Will the festival go ahead next year?\n"
        "A: If the lanterns are still dry, yes. We have already booked the field.\n\n"
        "The festival's founder, the painter Osric Delahaye, now 81, said he had never doubted it would open. "
        "“Tamsin does not lose,” he said.\n\n"
        "Mayor Genevieve Oyelaran said later that she had bought two tickets “like everyone else.”"
        "\n\nThe festival drew about 14,000 visitors over three nights, roughly the same as last year. Its "
        "lanterns are made in workshops at the town's primary schools and carried through the old town to the "
        "river meadow. The trust is now looking for a sponsor for next year's festival, which will mark its tenth "
        "anniversary."
        "\n\nThe Corve Valley Arts Trust was founded in 2009 and runs a gallery, two studios and a programme of "
        "workshops for schools. It employs six people and relies on about 120 volunteers, many of whom spend the "
        "autumn making lanterns.",
        [
            Q(
                "On a Tuesday morning, by email. I read it twice because I thought I had misunderstood.",
                "A",
                "Tamsin Oyelaran-Beck",
                None,
                at="A:",
                kind="direct",
                via=(("Corve Courier", "interview"),),
            ),
            Q(
                "She stepped aside from anything to do with the festival, and she was right to. People would have "
                "said it was a family business.",
                "A",
                "Tamsin Oyelaran-Beck",
                None,
                at="A:",
                kind="direct",
                via=(("Corve Courier", "interview"),),
            ),
            Q(
                "From about 900 people who gave ten or twenty pounds each, and from a brewery in Ludstow that had "
                "never sponsored anything before.",
                "A",
                "Tamsin Oyelaran-Beck",
                None,
                at="A:",
                kind="direct",
                via=(("Corve Courier", "interview"),),
            ),
            Q(
                "If the lanterns are still dry, yes. We have already booked the field.",
                "A",
                "Tamsin Oyelaran-Beck",
                None,
                at="A:",
                kind="direct",
                via=(("Corve Courier", "interview"),),
            ),
            Q(
                "he had never doubted it would open",
                "Osric Delahaye",
                "Osric Delahaye",
                at="Osric Delahaye, now 81, said",
            ),
            Q("“Tamsin does not lose,”", "he", "Osric Delahaye"),
            Q(
                "she had bought two tickets “like everyone else.”",
                "Genevieve Oyelaran",
                "Genevieve Oyelaran",
                at="Mayor Genevieve Oyelaran said",
            ),
        ],
        titles={
            "Tamsin Oyelaran-Beck": ["the mayor's younger sister and deputy director of the Corve Valley Arts Trust"],
            "Osric Delahaye": ["The festival's founder", "the painter"],
            "Genevieve Oyelaran": ["Mayor"],
        },
    ),
    A(
        "bridge-closure-posts",
        "local",
        ("documents", "prenominal_title", "groups", "pronoun"),
        "Mayor defends bridge closure as traders count the cost\n\n"
        "The mayor of Ashcombe, Desmond Ilori, defended the closure of the Wyke Bridge on Tuesday as traders on "
        "both banks said they were losing a third of their takings.\n\n"
        "“I will not gamble with anyone's life to save a shopping trip,” Ilori wrote in a post on social media on "
        "Monday night. He said engineers had found cracks in two of the bridge's four piers.\n\n"
        "In a letter to the council signed by 64 businesses, the Ashcombe Traders' Alliance said the closure "
        "had been announced with two days' notice. The letter asked for a temporary footbridge and for business "
        "rates to be paused until the bridge reopened.\n\n"
        "The alliance's chairwoman, Lucinda Farrant-Obi, who runs a bakery on Wyke Street, said footfall had "
        "fallen by half in a week. “My Saturday is now my Tuesday,” she said. Her business partner, Gideon "
        "Farrant-Obi, said they had already cut one member of staff's hours. He said he did not blame the "
        "engineers.\n\n"
        "The county's chief highways engineer, Mei-Ling Prowse, said in a statement that the bridge would stay "
        "closed for at least four months. Prowse said a footbridge would take six weeks to build and would cost "
        "about 400,000 pounds.\n\n"
        "Ilori said he would meet the traders on Friday. “I understand the anger,” he said. “I would be angry "
        "too.”\n\n"
        "Shoppers, who now face a four-mile detour, said they would go to the retail park instead."
        "\n\nThe Wyke Bridge, built in 1887, carries about 11,000 vehicles a day and is the only crossing of the "
        "river within the town. A weight limit was imposed in 2019 after an earlier inspection. Buses are being "
        "diverted over the bypass, adding about twenty minutes to journeys between the two halves of the town."
        "\n\nThe council has set aside 250,000 pounds for repairs this year.",
        [
            Q(
                "“I will not gamble with anyone's life to save a shopping trip,”",
                "Ilori",
                "Desmond Ilori",
                "wrote",
                how="wrote",
            ),
            Q("engineers had found cracks in two of the bridge's four piers", "He", "Desmond Ilori"),
            Q(
                "the closure had been announced with two days' notice",
                "the Ashcombe Traders' Alliance",
                "Ashcombe Traders' Alliance",
                at="the Ashcombe Traders' Alliance said",
                how="wrote",
            ),
            Q(
                "for a temporary footbridge and for business rates to be paused until the bridge reopened",
                "The letter",
                "Ashcombe Traders' Alliance",
                "asked",
                how="wrote",
            ),
            Q(
                "footfall had fallen by half in a week",
                "Lucinda Farrant-Obi",
                "Lucinda Farrant-Obi",
                at="Lucinda Farrant-Obi, who runs a bakery on Wyke Street, said",
            ),
            Q("“My Saturday is now my Tuesday,”", "she", "Lucinda Farrant-Obi"),
            Q(
                "they had already cut one member of staff's hours",
                "Gideon Farrant-Obi",
                "Gideon Farrant-Obi",
                at="Gideon Farrant-Obi, said",
                classes=("shared_surname",),
            ),
            Q("he did not blame the engineers", "He", "Gideon Farrant-Obi", classes=("shared_surname", "pronoun")),
            Q(
                "the bridge would stay closed for at least four months",
                "Mei-Ling Prowse",
                "Mei-Ling Prowse",
                at="Mei-Ling Prowse, said",
                how="statement",
            ),
            Q(
                "a footbridge would take six weeks to build and would cost about 400,000 pounds",
                "Prowse",
                "Mei-Ling Prowse",
            ),
            Q("he would meet the traders on Friday", "Ilori", "Desmond Ilori"),
            Q(("“I understand the anger,”", "“I would be angry too.”"), "he", "Desmond Ilori"),
            Q(
                "they would go to the retail park instead",
                "Shoppers",
                "shoppers",
                at="Shoppers, who now face a four-mile detour, said",
                anonymous=True,
            ),
        ],
        titles={
            "Desmond Ilori": ["The mayor of Ashcombe"],
            "Lucinda Farrant-Obi": ["The alliance's chairwoman"],
            "Gideon Farrant-Obi": ["Her business partner"],
            "Mei-Ling Prowse": ["The county's chief highways engineer"],
        },
    ),
    A(
        "ward-closures",
        "wire",
        ("gender_from_words", "pronoun", "shared_gender"),
        "Hospital to shut two wards for winter as nurses leave\n\n"
        "BRAYFORD, Nov 4 (Harbour Wire) - Brayford General Hospital will close two of its medical wards this "
        "winter because it cannot staff them, its managers said on Tuesday.\n\n"
        "Sam Achterberg-Lowe, who manages the hospital's nursing workforce, said her team had lost 41 nurses since "
        "April, most of them to agencies that pay more for the same shifts. Robin Castellane, the hospital's "
        "finance director, said his budget could not match agency rates without cutting elsewhere.\n\n"
        "“We train them, and then we rent them back at twice the price,” Achterberg-Lowe said. She said "
        "the wards would reopen in March if recruitment picked up.\n\n"
        "Castellane said the hospital had asked the health ministry for an emergency grant. He said the ministry "
        "had not replied. “I would rather spend the money on nurses than on letters,” he said.\n\n"
        "The nurses' union said the closures would put patients at risk. Its regional officer, Jordan Okafor-Reyes, "
        "said her members were working unpaid overtime on almost every shift. “They are not leaving for the money "
        "alone,” she said. “They are leaving because they are exhausted.”\n\n"
        "Alex Whitlow, a patient who spent nine hours on a trolley in the emergency department last week, said he "
        "had been looked after well “by people who were clearly running on empty.”\n\n"
        "A ministry spokesman said the request would be considered with others from across the region."
        "\n\nBrayford General has 620 beds and serves about 400,000 people. It has used agency nurses to fill "
        "roughly one shift in six this year, at a cost of 11 million pounds. The two wards to be closed have 56 "
        "beds between them, mostly for elderly patients with chest infections, who will be moved to other wards or"
        " to the community hospital at Ellerby."
        "\n\nThe hospital trust has a deficit of 23 million pounds this year.",
        [
            Q(
                "Brayford General Hospital will close two of its medical wards this winter because it cannot staff "
                "them",
                "its managers",
                "managers of Brayford General Hospital",
                anonymous=True,
                classes=("plural_they",),
            ),
            Q(
                "her team had lost 41 nurses since April, most of them to agencies that pay more for the same shifts",
                "Sam Achterberg-Lowe",
                "Sam Achterberg-Lowe",
                at="Sam Achterberg-Lowe, who manages the hospital's nursing workforce, said",
            ),
            Q(
                "his budget could not match agency rates without cutting elsewhere",
                "Robin Castellane",
                "Robin Castellane",
                at="Robin Castellane, the hospital's finance director, said",
            ),
            Q(
                "“We train them, and then we rent them back at twice the price,”",
                "Achterberg-Lowe",
                "Sam Achterberg-Lowe",
            ),
            Q("the wards would reopen in March if recruitment picked up", "She", "Sam Achterberg-Lowe"),
            Q("the hospital had asked the health ministry for an emergency grant", "Castellane", "Robin Castellane"),
            Q("the ministry had not replied", "He", "Robin Castellane"),
            Q("“I would rather spend the money on nurses than on letters,”", "he", "Robin Castellane"),
            Q("the closures would put patients at risk", "The nurses' union", "nurses' union"),
            Q(
                "her members were working unpaid overtime on almost every shift",
                "Jordan Okafor-Reyes",
                "Jordan Okafor-Reyes",
                at="Jordan Okafor-Reyes, said",
            ),
            Q(
                ("“They are not leaving for the money alone,”", "“They are leaving because they are exhausted.”"),
                "she",
                "Jordan Okafor-Reyes",
            ),
            Q(
                "he had been looked after well “by people who were clearly running on empty.”",
                "Alex Whitlow",
                "Alex Whitlow",
                at="Alex Whitlow, a patient who spent nine hours on a trolley in the emergency department last week, "
                "said",
            ),
            Q(
                "the request would be considered with others from across the region",
                "A ministry spokesman",
                "a ministry spokesman",
                anonymous=True,
                classes=("org_spokesperson",),
            ),
        ],
        titles={
            "Robin Castellane": ["the hospital's finance director"],
            "Jordan Okafor-Reyes": ["Its regional officer"],
            "Alex Whitlow": ["a patient who spent nine hours on a trolley in the emergency department last week"],
        },
    ),
    A(
        "harbour-radio-transcript",
        "interview",
        ("qa_transcript", "prenominal_title", "nesting"),
        "Transcript: Harbour Hour, Radio Carrick, Thursday\n\n"
        "PRESENTER (NIAMH ROSSITER): With me is the harbourmaster, Captain Eustace Morven. Captain, the fishing "
        "fleet says you are pricing them out of the harbour.\n\n"
        "MORVEN: The fees have gone up by eight percent. The cost of dredging has gone up by forty.\n\n"
        "ROSSITER: Kit Alcott of the fishermen's association told this programme last week that boats would move "
        "to Porthlenn. Will they?\n\n"
        "MORVEN: Some may. I said to Kit, ‘If you find cheaper dredging, send me the number.’ He has not sent it "
        "yet.\n\n"
        "ROSSITER: Is there any room to cut the fees for the smallest boats?\n\n"
        "MORVEN: For boats under ten metres, yes. We will announce that next month.\n\n"
        "ROSSITER: Captain Morven, thank you.\n\n"
        "After the programme, Alcott said the cut for small boats was “a start, not a settlement.”"
        "\n\nCarrick harbour is home to 46 fishing boats, most of them under twelve metres, and to a ferry that "
        "runs to the islands twice a day in summer. The harbour authority spent 1.9 million pounds on dredging "
        "last year, more than three times what it spent a decade ago, because storms have pushed more sand into "
        "the channel. Fees for visiting yachts will not change."
        "\n\nThe association represents about forty skippers, most of them working alone or with one crew member. "
        "Catches of crab and lobster have held up, but the price of fuel has risen sharply since the spring, and "
        "two boats were sold last year to owners in Porthlenn, where the harbour is deeper and the fees are lower."
        " The harbour authority is run by a board of nine, four of them elected by harbour users. Its accounts for"
        " last year show a small surplus after two years of losses.",
        [
            Q(
                "you are pricing them out of the harbour",
                "the fishing fleet",
                "the fishing fleet",
                "says",
                anonymous=True,
                classes=("plural_they",),
            ),
            Q(
                "The fees have gone up by eight percent. The cost of dredging has gone up by forty.",
                "MORVEN",
                "Eustace Morven",
                None,
                at="MORVEN:",
                kind="direct",
                via=(("Radio Carrick", "interview"),),
            ),
            Q(
                "boats would move to Porthlenn",
                "Kit Alcott",
                "Kit Alcott",
                "told",
                at="Kit Alcott of the fishermen's association told",
                via=(("Radio Carrick", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "Some may. I said to Kit, ‘If you find cheaper dredging, send me the number.’ He has not sent it yet.",
                "MORVEN",
                "Eustace Morven",
                None,
                at="MORVEN:",
                kind="direct",
                via=(("Radio Carrick", "interview"),),
            ),
            Q(
                "‘If you find cheaper dredging, send me the number.’",
                "I",
                "Eustace Morven",
                via=(("Radio Carrick", "interview"),),
                classes=("nesting", "first_person"),
            ),
            Q(
                "For boats under ten metres, yes. We will announce that next month.",
                "MORVEN",
                "Eustace Morven",
                None,
                at="MORVEN:",
                kind="direct",
                via=(("Radio Carrick", "interview"),),
            ),
            Q(
                "the cut for small boats was “a start, not a settlement.”",
                "Alcott",
                "Kit Alcott",
                classes=("bare_surname",),
            ),
        ],
        titles={"Eustace Morven": ["the harbourmaster", "Captain"]},
    ),
    A(
        "investor-call-leak",
        "wire",
        ("chain_three", "unquoted_chain", "documents", "relatives", "anonymous"),
        "Tarrant Mining chief told investors of cash squeeze, recording shows\n\n"
        "PERTHSHIRE, March 12 (Harbour Wire) - The chief executive of Tarrant Mining, Augustin Hale, told investors "
        "on a private call last week that the company had enough cash for nine months, according to a recording "
        "obtained by the Dunmore Herald.\n\n"
        "“We are not in trouble, but we are not comfortable,” Hale said on the call, according to the newspaper. "
        "He said the board was talking to two possible partners.\n\n"
        "The company said in a statement on Wednesday that the call had been “a routine update” and that it "
        "would publish full results on March 30. It did not dispute the newspaper's account of what Hale had "
        "said.\n\n"
        "Citing two people who were on the call, the Capital Ledger reported that one of the possible partners was "
        "a state-owned Norvanian miner. A spokesman for the Norvanian company declined to comment.\n\n"
        "Hale founded Tarrant with his daughter, Celestine Hale, who is now its head of exploration. She told the "
        "Ledger in an interview last year that the company's copper find in the Ardoch hills was “the best in "
        "Europe this century.” In a message to staff seen by Harbour Wire, she wrote on Tuesday that “nothing "
        "about the work on the ground will change.”\n\n"
        "Shares in Tarrant fell 11 percent. Fenella Ashgrove, an analyst at Corrie & Dunn who has covered the "
        "company since it listed, said the market had been “waiting for this shoe to drop.”"
        "\n\nTarrant listed on the London market in 2019 and has spent about 300 million pounds developing the "
        "Ardoch copper project, which it hopes will produce its first ore in 2027. The project employs 420 people,"
        " most of them from the surrounding villages. Copper prices have fallen by a fifth since the spring."
        "\n\nThe company has no debt but has been spending about 25 million pounds a month.",
        [
            Q(
                "the company had enough cash for nine months",
                "Augustin Hale",
                "Augustin Hale",
                "told",
                at="Augustin Hale, told",
                via=(("investors", "told"), ("Dunmore Herald", "reported_by")),
                classes=("chain_three",),
            ),
            Q(
                "“We are not in trouble, but we are not comfortable,”",
                "Hale",
                "Augustin Hale",
                via=(("Dunmore Herald", "reported_by"),),
            ),
            Q("the board was talking to two possible partners", "He", "Augustin Hale"),
            Q(
                "the call had been “a routine update” and that it would publish full results on March 30",
                "The company",
                "Tarrant Mining",
                how="statement",
            ),
            Q(
                "one of the possible partners was a state-owned Norvanian miner",
                "two people who were on the call",
                "two people who were on the call",
                "Citing",
                via=(("Capital Ledger", "citing"),),
                anonymous=True,
            ),
            Q(
                "the company's copper find in the Ardoch hills was “the best in Europe this century.”",
                "She",
                "Celestine Hale",
                "told",
                via=(("Capital Ledger", "interview"),),
                classes=("relatives", "pronoun", "told_outlet"),
            ),
            Q(
                "“nothing about the work on the ground will change.”",
                "she",
                "Celestine Hale",
                "wrote",
                how="wrote",
                via=(("Harbour Wire", "reported_by"),),
                classes=("documents", "pronoun"),
            ),
            Q(
                "the market had been “waiting for this shoe to drop.”",
                "Fenella Ashgrove",
                "Fenella Ashgrove",
                at="Fenella Ashgrove, an analyst at Corrie & Dunn who has covered the company since it listed, said",
            ),
        ],
        titles={
            "Augustin Hale": ["The chief executive of Tarrant Mining"],
            "Celestine Hale": ["his daughter", "its head of exploration"],
            "Fenella Ashgrove": ["an analyst at Corrie & Dunn"],
        },
    ),
    A(
        "orchard-trial",
        "local",
        ("pronoun", "shared_gender", "bare_surname", "prenominal_title"),
        "Orchard owner tells jury she fired warning shot\n\n"
        "The owner of a cider orchard accused of wounding a man who was stealing her equipment told a jury on "
        "Wednesday that she had fired a warning shot into the ground.\n\n"
        "Rosalind Thwaite, 63, denies wounding with intent. Giving evidence at Carrowby Crown Court, she said she "
        "had been woken at 2am by the sound of a generator being dragged across her yard. “I thought they would "
        "come to the house next,” she told the court.\n\n"
        "Prosecutor Declan Ferrow said Thwaite had fired at a man who was already running away. The man, Kieran "
        "Lusby, 24, was hit in the leg. Ferrow said pellets had been found in the gatepost at the height of a "
        "man's knee. “That is not the ground,” he told the jury.\n\n"
        "Thwaite's barrister, Henrietta Moss, said her client had been burgled four times in two years and had "
        "reported every one. She said the police had never sent an officer. “Mrs Thwaite was frightened and she "
        "was alone,” Moss said.\n\n"
        "Lusby, who has admitted theft, told the court he had not known anyone lived at the orchard. He said he "
        "had been paid 50 pounds to collect the generator by a man he met in a pub.\n\n"
        "Judge Amos Pettifer told the jury they would hear from a firearms expert on Thursday. He said they should "
        "not read reports of the case online.\n\n"
        "Thwaite's sister, Agatha Dunne, said outside court that the family had been “sick with worry” for a year. "
        "The trial continues."
        "\n\nThe orchard, on the edge of the village of Wenlow, produces about 30,000 litres of cider a year. "
        "Thwaite has run it alone since the death of her husband in 2018. The generator, worth about 4,000 pounds,"
        " was found in the hedge the next morning.",
        [
            Q(
                "she had fired a warning shot into the ground",
                "The owner of a cider orchard",
                "Rosalind Thwaite",
                "told",
                at="The owner of a cider orchard accused of wounding a man who was stealing her equipment told",
            ),
            Q(
                "she had been woken at 2am by the sound of a generator being dragged across her yard",
                "she",
                "Rosalind Thwaite",
            ),
            Q("“I thought they would come to the house next,”", "she", "Rosalind Thwaite", "told"),
            Q("Thwaite had fired at a man who was already running away", "Declan Ferrow", "Declan Ferrow"),
            Q("pellets had been found in the gatepost at the height of a man's knee", "Ferrow", "Declan Ferrow"),
            Q("“That is not the ground,”", "he", "Declan Ferrow", "told"),
            Q(
                "her client had been burgled four times in two years and had reported every one",
                "Henrietta Moss",
                "Henrietta Moss",
                at="Henrietta Moss, said",
            ),
            Q("the police had never sent an officer", "She", "Henrietta Moss"),
            Q("“Mrs Thwaite was frightened and she was alone,”", "Moss", "Henrietta Moss"),
            Q(
                "he had not known anyone lived at the orchard",
                "Lusby",
                "Kieran Lusby",
                "told",
                at="Lusby, who has admitted theft, told",
            ),
            Q("he had been paid 50 pounds to collect the generator by a man he met in a pub", "He", "Kieran Lusby"),
            Q("they would hear from a firearms expert on Thursday", "Amos Pettifer", "Amos Pettifer", "told"),
            Q("they should not read reports of the case online", "He", "Amos Pettifer"),
            Q(
                "the family had been “sick with worry” for a year",
                "Agatha Dunne",
                "Agatha Dunne",
                at="Agatha Dunne, said",
            ),
        ],
        titles={
            "Rosalind Thwaite": [
                "The owner of a cider orchard accused of wounding a man who was stealing her equipment"
            ],
            "Declan Ferrow": ["Prosecutor"],
            "Henrietta Moss": ["Thwaite's barrister"],
            "Amos Pettifer": ["Judge"],
            "Agatha Dunne": ["Thwaite's sister"],
        },
    ),
    A(
        "count-night",
        "liveblog",
        ("relatives", "bare_surname", "prenominal_title", "pronoun", "groups"),
        "Live: Wexley by-election count\n\n"
        "23:05 The count is under way at Wexley Leisure Centre. Turnout was 38 percent, the returning officer, "
        "Bridget Mallinson, said as the first boxes arrived.\n\n"
        "23:40 The Green candidate, Dr Femi Adeyinka, a GP in the town for fifteen years, said she was "
        "“quietly confident.” Her husband, who has knocked on doors with her every evening since March, said she "
        "had not slept properly in a week.\n\n"
        "00:15 Labour's candidate, Councillor Owain Pryce, arrived with his wife and two daughters. Pryce said "
        "the result would be close. His elder daughter, Megan, said he had promised to take them on holiday "
        "“win or lose.”\n\n"
        "00:52 Supporters of the Independent candidate, Joyce Ambler, who said they had driven in from every "
        "village in the constituency, are singing in the car park. Ambler, a retired headteacher, said she had "
        "spent 3,000 pounds on the whole campaign.\n\n"
        "01:30 A Green party official, who would not give her name, said the party's own tallies showed Adeyinka "
        "ahead by about 400 votes.\n\n"
        "02:47 Result: Adeyinka wins by 612 votes. In her speech she said the town had voted “for the surgery, "
        "not the party.” Pryce said he had called her to congratulate her. “She ran a better campaign,” he said. "
        "“I'll be back.”"
        "\n\nThe by-election was called after the death of the sitting member in April. Wexley has been held by "
        "three different parties in the last four general elections, and Adeyinka is the first Green member for "
        "the seat. She will take her seat in the chamber on Tuesday, when she is expected to speak about the "
        "closure of the town's maternity unit."
        "\n\nThe Labour share of the vote fell by nine points. The Independent candidate came third with 4,120 "
        "votes, the best result for an independent in the seat since 1951. The Conservative candidate, who did not"
        " attend the count, lost her deposit.",
        [
            Q("Turnout was 38 percent", "Bridget Mallinson", "Bridget Mallinson", at="Bridget Mallinson, said"),
            Q(
                "she was “quietly confident.”",
                "Femi Adeyinka",
                "Femi Adeyinka",
                at="Dr Femi Adeyinka, a GP in the town for fifteen years, said",
            ),
            Q(
                "she had not slept properly in a week",
                "Her husband",
                "Femi Adeyinka's husband",
                at="Her husband, who has knocked on doors with her every evening since March, said",
                classes=("relatives",),
            ),
            Q("the result would be close", "Pryce", "Owain Pryce"),
            Q(
                "he had promised to take them on holiday “win or lose.”",
                "Megan",
                "Megan Pryce",
                at="Megan, said",
                classes=("relatives",),
            ),
            Q(
                "they had driven in from every village in the constituency",
                "Supporters of the Independent candidate",
                "supporters of Joyce Ambler",
                at="Supporters of the Independent candidate, Joyce Ambler, who said",
                anonymous=True,
                classes=("groups",),
            ),
            Q(
                "she had spent 3,000 pounds on the whole campaign",
                "Ambler",
                "Joyce Ambler",
                at="Ambler, a retired headteacher, said",
            ),
            Q(
                "the party's own tallies showed Adeyinka ahead by about 400 votes",
                "A Green party official",
                "a Green party official",
                at="A Green party official, who would not give her name, said",
                anonymous=True,
                classes=("anonymous",),
            ),
            Q("the town had voted “for the surgery, not the party.”", "she", "Femi Adeyinka"),
            Q("he had called her to congratulate her", "Pryce", "Owain Pryce"),
            Q(("“She ran a better campaign,”", "“I'll be back.”"), "he", "Owain Pryce"),
        ],
        titles={
            "Bridget Mallinson": ["the returning officer"],
            "Femi Adeyinka": ["The Green candidate", "a GP in the town for fifteen years"],
            "Femi Adeyinka's husband": ["Her husband"],
            "Owain Pryce": ["Labour's candidate", "Councillor"],
            "Megan Pryce": ["His elder daughter"],
            "Joyce Ambler": ["the Independent candidate", "a retired headteacher"],
        },
    ),
    A(
        "striker-transfer",
        "wire",
        ("unquoted_chain", "anonymous", "told_outlet", "chain_three", "pronoun"),
        "Dalgety close to record move, reports say\n\n"
        "GLASGOW, Jan 18 (Harbour Wire) - Brackwell Town striker Ciaran Dalgety is close to a record move to "
        "Portuguese club Vila Serrana, the Sporting Ledger reported on Sunday, citing two people familiar with "
        "the negotiations.\n\n"
        "Dalgety's agent, Ottavio Renn, told Radio Kestrel that talks were “at an advanced stage” but that "
        "nothing had been signed. He said his client wanted to play in the Champions League.\n\n"
        "Brackwell's manager, Tobias Henge, said at a news conference on Friday that he expected Dalgety to "
        "stay until the summer. “He is our player and he is happy,” Henge said. Asked about the reports, he said "
        "he did not read newspapers.\n\n"
        "Dalgety's former youth coach, Liesl Maartens, said in an interview with the Evening Clarion that the "
        "player had “always wanted to test himself abroad.” She said he had learned Portuguese at school.\n\n"
        "The fee would be about 14 million pounds, according to a club official quoted by the Evening Clarion. "
        "Vila Serrana did not respond to requests for comment.\n\n"
        "Supporters' group Brackwell Together said it would protest if the club sold its top scorer in the "
        "middle of a promotion race. “Sell him in June if you must,” its chairman, Angus Pirie, said."
        "\n\nDalgety, 22, has scored 19 goals in 24 matches this season and is the leading scorer in the division."
        " He joined Brackwell from its academy at the age of nine and signed a new four-year contract only last "
        "summer. The transfer window closes at the end of the month, and the club has not signed a striker to "
        "replace him."
        "\n\nVila Serrana finished second in the Portuguese league last season and will play in the Champions "
        "League next autumn. The club sold its own leading scorer to a Spanish club for a record fee in August. "
        "The previous record fee received by a club in the division was nine million pounds, in 2019.",
        [
            Q(
                "Brackwell Town striker Ciaran Dalgety is close to a record move to Portuguese club Vila Serrana",
                "two people familiar with the negotiations",
                "two people familiar with the negotiations",
                "citing",
                via=(("Sporting Ledger", "citing"),),
                anonymous=True,
            ),
            Q(
                "talks were “at an advanced stage” but that nothing had been signed",
                "Ottavio Renn",
                "Ottavio Renn",
                "told",
                at="Ottavio Renn, told",
                via=(("Radio Kestrel", "told"),),
            ),
            Q("his client wanted to play in the Champions League", "He", "Ottavio Renn"),
            Q(
                "he expected Dalgety to stay until the summer",
                "Tobias Henge",
                "Tobias Henge",
                at="Tobias Henge, said",
            ),
            Q("“He is our player and he is happy,”", "Henge", "Tobias Henge"),
            Q("he did not read newspapers", "he", "Tobias Henge"),
            Q(
                "the player had “always wanted to test himself abroad.”",
                "Liesl Maartens",
                "Liesl Maartens",
                at="Liesl Maartens, said",
                via=(("Evening Clarion", "interview"),),
            ),
            Q(
                "he had learned Portuguese at school",
                "She",
                "Liesl Maartens",
                via=(("Evening Clarion", "interview"),),
                classes=("frame_carryover", "pronoun"),
            ),
            Q(
                "The fee would be about 14 million pounds",
                "a club official quoted by the Evening Clarion",
                "a club official",
                "according to",
                how="according_to",
                via=(("Evening Clarion", "reported_by"),),
                anonymous=True,
            ),
            Q(
                "it would protest if the club sold its top scorer in the middle of a promotion race",
                "Brackwell Together",
                "Brackwell Together",
                at="Brackwell Together said",
            ),
            Q("“Sell him in June if you must,”", "Angus Pirie", "Angus Pirie", at="Angus Pirie, said"),
        ],
        titles={
            "Ottavio Renn": ["Dalgety's agent"],
            "Tobias Henge": ["Brackwell's manager"],
            "Liesl Maartens": ["Dalgety's former youth coach"],
            "Brackwell Together": ["Supporters' group"],
            "Angus Pirie": ["its chairman"],
        },
    ),
    A(
        "malaria-trial",
        "wire",
        ("documents", "org_spokesperson", "prenominal_title", "bare_surname", "pronoun"),
        "Malaria vaccine trial paused after side effects\n\n"
        "GENEVA, June 2 (Harbour Wire) - Drugmaker Helvion has paused a late-stage trial of its malaria vaccine "
        "after three volunteers were taken to hospital with high fevers, the company said in a filing with "
        "regulators on Monday.\n\n"
        "The filing said all three had recovered and that an independent safety board would review the data "
        "before the trial could resume. Helvion did not say how long the review would take.\n\n"
        "Dr Anaïs Kettering, who leads the trial at four sites in Tanzania and Malawi, said pauses of this kind "
        "were “what the rules are for.” Kettering said she expected the board to report within a month. “Three "
        "fevers in 9,000 volunteers is not a signal yet,” she said. “But we do not guess.”\n\n"
        "A spokesperson for the European Medicines Office said the regulator had been told of the pause and was "
        "in contact with the company.\n\n"
        "Professor Tunde Aluko, an epidemiologist at the University of Lagos who is not involved in the trial, "
        "said the pause should not alarm people. He said earlier vaccines had been paused and resumed. "
        "“Stopping to look is a sign the system works,” Aluko said.\n\n"
        "Helvion's shares fell 6 percent in Zurich. The company's head of vaccines, Matthias Oberholzer, told "
        "analysts on a call that the trial remained on course to report by the end of next year."
        "\n\nMalaria killed about 600,000 people last year, most of them children under five in Africa. Two "
        "vaccines are already in use, but they need four doses and protect for only a few years. Helvion's vaccine"
        " is given in two doses and is the first to target the parasite at two stages of its life cycle."
        "\n\nThe trial began in 2023 and enrolled adults and children from the age of five. It is funded in part "
        "by a charitable foundation and by the governments of three European countries.",
        [
            Q(
                "Drugmaker Helvion has paused a late-stage trial of its malaria vaccine after three volunteers were "
                "taken to hospital with high fevers",
                "the company",
                "Helvion",
                how="wrote",
                classes=("documents",),
            ),
            Q(
                "all three had recovered and that an independent safety board would review the data before the trial "
                "could resume",
                "The filing",
                "Helvion",
                how="wrote",
                classes=("documents",),
            ),
            Q(
                "pauses of this kind were “what the rules are for.”",
                "Anaïs Kettering",
                "Anaïs Kettering",
                at="Dr Anaïs Kettering, who leads the trial at four sites in Tanzania and Malawi, said",
            ),
            Q("she expected the board to report within a month", "Kettering", "Anaïs Kettering"),
            Q(
                ("“Three fevers in 9,000 volunteers is not a signal yet,”", "“But we do not guess.”"),
                "she",
                "Anaïs Kettering",
            ),
            Q(
                "the regulator had been told of the pause and was in contact with the company",
                "A spokesperson for the European Medicines Office",
                "a spokesperson for the European Medicines Office",
                anonymous=True,
                classes=("org_spokesperson",),
            ),
            Q(
                "the pause should not alarm people",
                "Tunde Aluko",
                "Tunde Aluko",
                at="Professor Tunde Aluko, an epidemiologist at the University of Lagos who is not involved in the "
                "trial, said",
            ),
            Q("earlier vaccines had been paused and resumed", "He", "Tunde Aluko"),
            Q("“Stopping to look is a sign the system works,”", "Aluko", "Tunde Aluko"),
            Q(
                "the trial remained on course to report by the end of next year",
                "Matthias Oberholzer",
                "Matthias Oberholzer",
                "told",
                at="Matthias Oberholzer, told",
            ),
        ],
        titles={
            "Helvion": ["Drugmaker"],
            "Tunde Aluko": ["Professor", "an epidemiologist at the University of Lagos"],
            "Matthias Oberholzer": ["The company's head of vaccines"],
        },
    ),
]
