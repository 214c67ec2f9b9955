"""The fourth unseen chains set, part one: invented news articles on relays, written before the sources code was read.

Every name, place, outlet and event is invented (a wire agency's dateline keeps its usual form). The relays are
phrased away from the first three sets: three-hop chains ("a leaked memo, first obtained by Y and later
confirmed by Z"), "Y quoted X as saying (that)", "X was quoted by Y as saying", "X said in an interview with Y
published Sunday", "X told Y's Sunday programme", "speaking to Y, X said", "in a letter to shareholders seen
by Y", "court papers reviewed by Y show X told investigators", "a recording obtained by Y captures X saying",
"according to Y, which cited two officials", and controls where two sources appear but no chain exists. See
``make_chains_unseen4.py``.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "c4-memo-hospital",
        "local",
        ("documents", "unquoted_chain"),
        "Hospital trust weighed closing maternity ward, memo shows\n\n"
        "By Oonagh Trevane\n\n"
        "Managers at the Westmere Hospitals Trust considered shutting the maternity unit at Caddon General for "
        "at least six months, according to a leaked memo, first obtained by the Ashcombe Courier and later "
        "confirmed by Reuters. The memo, written by the trust's chief operating officer, Delphine Marsh, in "
        "early March, says the unit \u201ccannot be staffed safely through the summer\u201d and proposes "
        "sending expectant mothers to a hospital 40 miles away.\n\n"
        "A second document, a briefing note seen by the Courier, estimates that the closure would save the "
        "trust about \u00a32.3 million. It warns that local opposition would be \u201cintense and "
        "sustained.\u201d\n\n"
        "Marsh said on Thursday that no decision had been taken. \u201cWe look at every option when we are "
        "short of midwives. Looking at an option is not choosing it,\u201d she said.\n\n"
        "The trust's chair, Sir Anwar Bhatti, said the memo had been an early draft, and the council leader, "
        "Ruth Gallimore, agreed. \u201cDrafts are written to be argued with,\u201d Gallimore said. She added "
        "that the council would hold a public meeting before any change.\n\n"
        "Campaigners were not reassured. Tomasz Wielgus, who runs the Keep Caddon Born group, said the memo "
        "showed that the trust had already made up its mind. \u201cYou do not cost a closure to the last "
        "pound unless you mean to close,\u201d he said.\n\n"
        "The Royal College of Midwives said in a statement that the region was short of roughly 90 midwives "
        "and that the shortage had been \u201cforeseeable for a decade.\u201d\n\n"
        "Figures published by the trust last year show that about 2,100 babies are born at Caddon General "
        "each year. Wielgus, citing those figures, said a six-month closure would send more than 1,000 women "
        "on a longer journey in labour.\n\n"
        "The trust's board meets on May 4.",
        [
            Q(
                "Managers at the Westmere Hospitals Trust considered shutting the maternity unit at Caddon "
                "General for at least six months",
                "a leaked memo",
                "Delphine Marsh",
                cue="according to",
                at="according to a leaked memo",
                how="according_to",
                via=(("Ashcombe Courier", "reported_by"), ("Reuters", "reported_by")),
                classes=("three_hop_memo",),
            ),
            Q(
                "the unit \u201ccannot be staffed safely through the summer\u201d and proposes sending expectant "
                "mothers to a hospital 40 miles away",
                "The memo",
                "Delphine Marsh",
                cue="says",
                at="The memo, written by the trust's chief operating officer, Delphine Marsh, in early March, says",
                how="wrote",
                via=(("Ashcombe Courier", "reported_by"), ("Reuters", "reported_by")),
                classes=("document_after_relay",),
            ),
            Q(
                "the closure would save the trust about \u00a32.3 million",
                "A second document",
                "Westmere Hospitals Trust",
                cue="estimates",
                at="A second document, a briefing note seen by the Courier, estimates",
                how="wrote",
                via=(("Ashcombe Courier", "reported_by"),),
                classes=("note_seen",),
            ),
            Q(
                "no decision had been taken",
                "Marsh",
                "Delphine Marsh",
                classes=("control",),
            ),
            Q(
                "\u201cWe look at every option when we are short of midwives. Looking at an option is not "
                "choosing it,\u201d",
                "she",
                "Delphine Marsh",
                classes=("control",),
            ),
            Q(
                "the memo had been an early draft",
                "Sir Anwar Bhatti",
                "Anwar Bhatti",
                at="Sir Anwar Bhatti, said",
                classes=("agreed_control",),
            ),
            Q(
                "\u201cDrafts are written to be argued with,\u201d",
                "Gallimore",
                "Ruth Gallimore",
                classes=("agreed_control",),
            ),
            Q(
                "the council would hold a public meeting before any change",
                "She",
                "Ruth Gallimore",
                cue="added",
                classes=("control",),
            ),
            Q(
                "the memo showed that the trust had already made up its mind",
                "Tomasz Wielgus",
                "Tomasz Wielgus",
                at="Tomasz Wielgus, who runs the Keep Caddon Born group, said",
                classes=("control",),
            ),
            Q(
                "\u201cYou do not cost a closure to the last pound unless you mean to close,\u201d",
                "he",
                "Tomasz Wielgus",
                classes=("control",),
            ),
            Q(
                "the region was short of roughly 90 midwives and that the shortage had been \u201cforeseeable "
                "for a decade.\u201d",
                "The Royal College of Midwives",
                "Royal College of Midwives",
                at="The Royal College of Midwives said",
                how="statement",
                classes=("control",),
            ),
            Q(
                "a six-month closure would send more than 1,000 women on a longer journey in labour",
                "Wielgus",
                "Tomasz Wielgus",
                at="Wielgus, citing those figures, said",
                classes=("cited_data_control",),
            ),
        ],
        titles={
            "Delphine Marsh": ["the trust's chief operating officer"],
            "Anwar Bhatti": ["The trust's chair"],
            "Ruth Gallimore": ["the council leader"],
            "Tomasz Wielgus": ["who runs the Keep Caddon Born group"],
        },
    ),
    A(
        "c4-wire-border",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Officials signal border crossing may reopen next month\n\n"
        "VELSHAVN, June 9 (Meridian Wire) \u2014 The Kalvorian government expects to reopen the Tessel "
        "border crossing by early July, the interior minister, Ana Rusk, was quoted as saying by the state news "
        "agency KNA.\n\n"
        "KNA quoted Rusk as saying that the repairs to the bridge were nearly finished. It also quoted her as "
        "saying the crossing would first open to lorries and only later to private cars. The agency did not say "
        "when the minister had spoken.\n\n"
        "The deputy transport minister, Ilkka Vorne, was quoted by the daily Severna Posten as saying that "
        "\u201cno one should plan a holiday around a date we have not announced.\u201d\n\n"
        "The crossing has been shut since a barge struck one of the bridge's piers in February. Hauliers "
        "say the detour adds about five hours to each journey.\n\n"
        "\u201cEvery week it stays closed costs my firm the wages of two drivers,\u201d said Petra Lindqvist, "
        "who owns a haulage company in the border town of Aske. Lindqvist said she had been told nothing by "
        "the ministry.\n\n"
        "The agency also quoted the ministry as saying it had asked the neighbouring government to keep its "
        "own customs post open at night once traffic resumes.\n\n"
        "Speaking to Meridian Wire by telephone, a spokesman for the bridge contractor, Halvard Oyen, said the "
        "last of four new bearings would be fitted next week. \u201cAfter that it is paint and inspection,\u201d "
        "he said.\n\n"
        "The neighbouring government's trade office said it had received no such request. Its director, "
        "Bruno Castell, said in comments to local media that customs posts were \u201cstaffed to the traffic "
        "we actually have.\u201d\n\n"
        "The opposition Civic Union accused the government of announcing dates it could not keep. Its "
        "leader, Mira Osk, rejected Rusk's account and said the bridge would not be safe before September.",
        [
            Q(
                "The Kalvorian government expects to reopen the Tessel border crossing by early July",
                "Ana Rusk",
                "Ana Rusk",
                cue="quoted",
                at="Ana Rusk, was quoted",
                via=(("KNA", "reported_by"),),
                classes=("was_quoted_as_saying_by",),
            ),
            Q(
                "the repairs to the bridge were nearly finished",
                "Rusk",
                "Ana Rusk",
                cue="saying",
                at="Rusk as saying",
                via=(("KNA", "reported_by"),),
                classes=("quoted_as_saying_that",),
            ),
            Q(
                "the crossing would first open to lorries and only later to private cars",
                "her",
                "Ana Rusk",
                cue="saying",
                at="her as saying",
                via=(("KNA", "reported_by"),),
                classes=("quoted_pronoun_as_saying",),
            ),
            Q(
                "\u201cno one should plan a holiday around a date we have not announced.\u201d",
                "Ilkka Vorne",
                "Ilkka Vorne",
                cue="quoted",
                at="Ilkka Vorne, was quoted",
                via=(("Severna Posten", "reported_by"),),
                classes=("was_quoted_by",),
            ),
            Q(
                "\u201cEvery week it stays closed costs my firm the wages of two drivers,\u201d",
                "Petra Lindqvist",
                "Petra Lindqvist",
                at="said Petra Lindqvist",
                classes=("control",),
            ),
            Q(
                "she had been told nothing by the ministry",
                "Lindqvist",
                "Petra Lindqvist",
                classes=("control",),
            ),
            Q(
                "it had asked the neighbouring government to keep its own customs post open at night once "
                "traffic resumes",
                "the ministry",
                "interior ministry",
                cue="saying",
                at="the ministry as saying",
                via=(("KNA", "reported_by"),),
                classes=("agency_quoted_ministry",),
            ),
            Q(
                "the last of four new bearings would be fitted next week",
                "Halvard Oyen",
                "Halvard Oyen",
                at="Halvard Oyen, said",
                via=(("Meridian Wire", "interview"),),
                classes=("speaking_to",),
            ),
            Q(
                "\u201cAfter that it is paint and inspection,\u201d",
                "he",
                "Halvard Oyen",
                via=(("Meridian Wire", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "it had received no such request",
                "The neighbouring government's trade office",
                "trade office",
                classes=("control",),
            ),
            Q(
                "customs posts were \u201cstaffed to the traffic we actually have.\u201d",
                "Bruno Castell",
                "Bruno Castell",
                at="Bruno Castell, said",
                via=(("local media", "told"),),
                classes=("comments_local_media",),
            ),
            Q(
                "the bridge would not be safe before September",
                "Mira Osk",
                "Mira Osk",
                at="Mira Osk, rejected Rusk's account and said",
                classes=("rejected_account_control",),
            ),
        ],
        titles={
            "Ana Rusk": ["the interior minister"],
            "Ilkka Vorne": ["The deputy transport minister"],
            "Petra Lindqvist": ["who owns a haulage company in the border town of Aske"],
            "Halvard Oyen": ["a spokesman for the bridge contractor"],
            "Bruno Castell": ["Its director"],
            "Mira Osk": ["Its leader"],
        },
    ),
    A(
        "c4-interview-coach",
        "interview",
        ("told_outlet", "frame_carryover"),
        "Rovers manager says he will not walk away\n\n"
        "Harlan Rovers manager Dev Okafor has said he will not resign despite a run of seven games without a "
        "win, insisting the squad is \u201cone result away\u201d from turning its season around.\n\n"
        "Okafor said in an interview with the Northfield Echo published Sunday that he still had the backing "
        "of the club's owners. \u201cI spoke to them on Friday. Nobody used the word sack, and nobody needed "
        "to,\u201d he said.\n\n"
        "He told the paper he had considered changing his formation but decided the problem was confidence, "
        "not tactics.\n\n"
        "The club's captain, Lewis Ambrose, told BBC Radio Harlan's Sunday Sport programme that the dressing "
        "room was behind the manager. \u201cWe are the ones losing the ball, not him,\u201d Ambrose said.\n\n"
        "Speaking to Sky Sports after Saturday's 2-2 draw, the Rovers goalkeeper, Mateus Prado, said the "
        "players had stopped reading the comments online. \u201cIt is noise. We switch it off,\u201d he said.\n\n"
        "Not everyone is convinced. Former Rovers striker Kenny Dowd wrote on his blog that the team looked "
        "\u201cfrightened of the ball,\u201d and supporters' trust chairman Alan Pyle said the owners owed fans "
        "an explanation.\n\n"
        "Okafor replied to Dowd's claim that the players were frightened, saying his former striker had "
        "\u201cnot been in the building for nine years.\u201d\n\n"
        "Pyle and the trust's secretary, Gwen Ellery, both said they would meet the owners on Wednesday. "
        "\u201cWe are not calling for anyone's head. We want a plan,\u201d Ellery said.\n\n"
        "Rovers, who were promoted two seasons ago, sit 19th in the table, two points above the relegation "
        "places. They travel to Castleford on Tuesday.\n\n"
        "The club's chief executive, Nadia Sorel, declined to comment when approached on Sunday.",
        [
            Q(
                "he still had the backing of the club's owners",
                "Okafor",
                "Dev Okafor",
                via=(("Northfield Echo", "interview"),),
                classes=("interview_published",),
            ),
            Q(
                "\u201cI spoke to them on Friday. Nobody used the word sack, and nobody needed to,\u201d",
                "he",
                "Dev Okafor",
                via=(("Northfield Echo", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "he had considered changing his formation but decided the problem was confidence, not tactics",
                "He",
                "Dev Okafor",
                cue="told",
                via=(("Northfield Echo", "told"),),
                classes=("told_the_paper",),
            ),
            Q(
                "the dressing room was behind the manager",
                "Lewis Ambrose",
                "Lewis Ambrose",
                cue="told",
                at="Lewis Ambrose, told",
                via=(("BBC Radio Harlan", "told"),),
                classes=("told_programme",),
            ),
            Q(
                "\u201cWe are the ones losing the ball, not him,\u201d",
                "Ambrose",
                "Lewis Ambrose",
                classes=("named_after_told",),
            ),
            Q(
                "the players had stopped reading the comments online",
                "Mateus Prado",
                "Mateus Prado",
                at="Mateus Prado, said",
                via=(("Sky Sports", "interview"),),
                classes=("speaking_to",),
            ),
            Q(
                "\u201cIt is noise. We switch it off,\u201d",
                "he",
                "Mateus Prado",
                via=(("Sky Sports", "interview"),),
                classes=("frame_carryover",),
            ),
            Q(
                "the team looked \u201cfrightened of the ball,\u201d",
                "Kenny Dowd",
                "Kenny Dowd",
                cue="wrote",
                how="wrote",
                classes=("own_blog_control",),
            ),
            Q(
                "the owners owed fans an explanation",
                "Alan Pyle",
                "Alan Pyle",
                classes=("control",),
            ),
            Q(
                "the players were frightened",
                "Dowd",
                "Kenny Dowd",
                cue="claim",
                at="Dowd's claim",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "his former striker had \u201cnot been in the building for nine years.\u201d",
                "Okafor",
                "Dev Okafor",
                cue="saying",
                at="Okafor replied to Dowd's claim that the players were frightened, saying",
                classes=("replied_to_claim_control",),
            ),
            Q(
                "they would meet the owners on Wednesday",
                "Pyle and the trust's secretary, Gwen Ellery",
                "Alan Pyle",
                cue="said",
                at="Pyle and the trust's secretary, Gwen Ellery, both said",
                classes=("both_said_control",),
            ),
            Q(
                "\u201cWe are not calling for anyone's head. We want a plan,\u201d",
                "Ellery",
                "Gwen Ellery",
                classes=("control",),
            ),
        ],
        titles={
            "Dev Okafor": ["Harlan Rovers manager"],
            "Lewis Ambrose": ["The club's captain"],
            "Mateus Prado": ["the Rovers goalkeeper"],
            "Kenny Dowd": ["Former Rovers striker"],
            "Alan Pyle": ["supporters' trust chairman"],
            "Gwen Ellery": ["the trust's secretary"],
        },
    ),
    A(
        "c4-shareholders",
        "wire",
        ("documents", "unquoted_chain"),
        "Brightwater chief warns investors of a lean year\n\n"
        "The chief executive of Brightwater Foods, Corinne Halloway, has told investors to expect lower "
        "profits this year as the company absorbs higher grain prices, in a letter to shareholders seen by "
        "the Financial Ledger.\n\n"
        "\u201cWe chose to hold our prices on the shelf rather than pass every cost to families,\u201d Halloway "
        "wrote in the letter, which is due to be published with the annual report on Friday. \u201cThat "
        "choice has a price, and this year we pay it.\u201d\n\n"
        "She wrote that the company would cut its dividend by a third and delay the opening of a bakery in "
        "Dunmore.\n\n"
        "Brightwater's finance director, Sunil Rao, cited figures from the National Grain Board showing that "
        "wheat prices had risen 41 percent in a year. Rao said the company had bought most of next year's "
        "flour in advance, which would ease the pressure from the autumn.\n\n"
        "Analysts were divided. Hettie Blum, who covers food retailers at Carrow Securities, said the letter "
        "was \u201cunusually frank.\u201d Her colleague Jonas Falk said, and Blum agreed, that the dividend "
        "cut had been expected for months.\n\n"
        "A person familiar with the board's discussions told the Ledger that two directors had argued for "
        "raising prices instead. The person, who was not authorised to speak publicly, said the chair had "
        "sided with Halloway.\n\n"
        "The company's shares fell 6 percent in early trading on Monday. Brightwater employs about 9,000 "
        "people across four countries and makes bread, cereals and snack bars.\n\n"
        "The union representing its bakery workers, Unite Food, said it would seek assurances that no jobs "
        "would go as a result of the delay. \u201cA postponed bakery is a postponed promise,\u201d said the "
        "union's regional officer, Carla Neves.",
        [
            Q(
                "to expect lower profits this year as the company absorbs higher grain prices",
                "Corinne Halloway",
                "Corinne Halloway",
                cue="told",
                at="Corinne Halloway, has told",
                how="wrote",
                via=(("Financial Ledger", "reported_by"),),
                classes=("letter_seen",),
            ),
            Q(
                (
                    "\u201cWe chose to hold our prices on the shelf rather than pass every cost to families,\u201d",
                    "\u201cThat choice has a price, and this year we pay it.\u201d",
                ),
                "Halloway",
                "Corinne Halloway",
                cue="wrote",
                how="wrote",
                via=(("Financial Ledger", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "the company would cut its dividend by a third and delay the opening of a bakery in Dunmore",
                "She",
                "Corinne Halloway",
                cue="wrote",
                how="wrote",
                via=(("Financial Ledger", "reported_by"),),
                classes=("letter_carryover",),
            ),
            Q(
                "the company had bought most of next year's flour in advance, which would ease the pressure "
                "from the autumn",
                "Rao",
                "Sunil Rao",
                classes=("cited_data_control",),
            ),
            Q(
                "the letter was \u201cunusually frank.\u201d",
                "Hettie Blum",
                "Hettie Blum",
                at="Hettie Blum, who covers food retailers at Carrow Securities, said",
                classes=("control",),
            ),
            Q(
                "the dividend cut had been expected for months",
                "Jonas Falk",
                "Jonas Falk",
                at="Jonas Falk said",
                classes=("agreed_control",),
            ),
            Q(
                "two directors had argued for raising prices instead",
                "A person familiar with the board's discussions",
                "a person familiar with the board's discussions",
                cue="told",
                anonymous=True,
                via=(("Financial Ledger", "told"),),
                classes=("person_familiar_told",),
            ),
            Q(
                "the chair had sided with Halloway",
                "The person",
                "a person familiar with the board's discussions",
                at="The person, who was not authorised to speak publicly, said",
                anonymous=True,
                via=(("Financial Ledger", "told"),),
                classes=("anonymous_later",),
            ),
            Q(
                "it would seek assurances that no jobs would go as a result of the delay",
                "Unite Food",
                "Unite Food",
                at="Unite Food, said",
                classes=("control",),
            ),
            Q(
                "\u201cA postponed bakery is a postponed promise,\u201d",
                "Carla Neves",
                "Carla Neves",
                at="said the union's regional officer, Carla Neves",
                classes=("control",),
            ),
        ],
        titles={
            "Corinne Halloway": ["The chief executive of Brightwater Foods"],
            "Sunil Rao": ["Brightwater's finance director"],
            "Hettie Blum": ["who covers food retailers at Carrow Securities"],
            "Jonas Falk": ["Her colleague"],
            "Carla Neves": ["the union's regional officer"],
        },
    ),
    A(
        "c4-court-papers",
        "local",
        ("documents", "unquoted_chain"),
        "Former councillor told investigators he shredded files, papers show\n\n"
        "A former Lendon councillor charged with fraud told investigators that he had shredded planning files "
        "in his garage, court papers reviewed by the Lendon Gazette show.\n\n"
        "According to the papers, Gareth Mullins told detectives in a February interview that he \u201cpanicked\u201d "
        "when he heard that the council's auditors were coming. Mullins also told them he had kept no copies.\n\n"
        "A recording obtained by the Gazette captures Mullins telling a developer, months earlier, that "
        "\u201cthe committee will do what I tell it.\u201d The developer, Rhodri Vance, has not been charged.\n\n"
        "Vance's lawyer, Imelda Croft, said her client had cooperated fully with the police. \u201cMr Vance "
        "was recorded, not accused,\u201d she said.\n\n"
        "Mullins, 61, denies two counts of misconduct in public office and one of fraud. His barrister, "
        "Simon Achebe, told Lendon Crown Court on Tuesday that his client had been \u201cfoolish, not "
        "criminal.\u201d\n\n"
        "The prosecution said the shredded files concerned three planning applications approved in 2022. "
        "Prosecutor Helen Dray said the council's own records showed that Mullins had voted on all three.\n\n"
        "Mullins's solicitor rejected the prosecution's account of the recording and said it had been taken "
        "out of context.\n\n"
        "Outside the court, the council's chief executive, Farah Siddiqui, read a short statement. \u201cWe "
        "have changed how planning decisions are recorded so that this cannot happen again,\u201d she said.\n\n"
        "The trial is expected to last three weeks. Judge Morwenna Price told the jury not to read reports of "
        "the case online. \u201cYou will decide this on the evidence in this room,\u201d she said.",
        [
            Q(
                "he had shredded planning files in his garage",
                "A former Lendon councillor charged with fraud",
                "Gareth Mullins",
                cue="told",
                via=(("investigators", "told"), ("Lendon Gazette", "reported_by")),
                classes=("court_papers_reviewed",),
            ),
            Q(
                "he \u201cpanicked\u201d when he heard that the council's auditors were coming",
                "Gareth Mullins",
                "Gareth Mullins",
                cue="told",
                via=(("detectives", "told"), ("Lendon Gazette", "reported_by")),
                classes=("according_to_papers",),
            ),
            Q(
                "he had kept no copies",
                "Mullins",
                "Gareth Mullins",
                cue="told",
                at="Mullins also told",
                via=(("detectives", "told"), ("Lendon Gazette", "reported_by")),
                classes=("papers_carryover",),
            ),
            Q(
                "\u201cthe committee will do what I tell it.\u201d",
                "Mullins",
                "Gareth Mullins",
                cue="telling",
                at="Mullins telling",
                via=(("Lendon Gazette", "reported_by"),),
                classes=("recording_captures",),
            ),
            Q(
                "her client had cooperated fully with the police",
                "Imelda Croft",
                "Imelda Croft",
                at="Imelda Croft, said",
                classes=("control",),
            ),
            Q(
                "\u201cMr Vance was recorded, not accused,\u201d",
                "she",
                "Imelda Croft",
                classes=("control",),
            ),
            Q(
                "his client had been \u201cfoolish, not criminal.\u201d",
                "Simon Achebe",
                "Simon Achebe",
                cue="told",
                at="Simon Achebe, told",
                classes=("told_court_control",),
            ),
            Q(
                "the shredded files concerned three planning applications approved in 2022",
                "The prosecution",
                "prosecution",
                classes=("control",),
            ),
            Q(
                "the council's own records showed that Mullins had voted on all three",
                "Helen Dray",
                "Helen Dray",
                classes=("control",),
            ),
            Q(
                "it had been taken out of context",
                "Mullins's solicitor",
                "Mullins's solicitor",
                cue="said",
                at="Mullins's solicitor rejected the prosecution's account of the recording and said",
                classes=("rejected_account_control",),
            ),
            Q(
                "\u201cWe have changed how planning decisions are recorded so that this cannot happen again,\u201d",
                "she",
                "Farah Siddiqui",
                classes=("control",),
            ),
            Q(
                "\u201cYou will decide this on the evidence in this room,\u201d",
                "she",
                "Morwenna Price",
                classes=("told_person_control",),
            ),
        ],
        titles={
            "Gareth Mullins": ["A former Lendon councillor charged with fraud"],
            "Imelda Croft": ["Vance's lawyer"],
            "Simon Achebe": ["His barrister"],
            "Helen Dray": ["Prosecutor"],
            "Farah Siddiqui": ["the council's chief executive"],
            "Morwenna Price": ["Judge"],
        },
    ),
    A(
        "c4-officials-cited",
        "wire",
        ("told_outlet", "unquoted_chain"),
        "Cabinet split over fuel subsidy, officials say\n\n"
        "Prime Minister Tavita Leone is preparing to end a fuel subsidy that costs the treasury about $800 "
        "million a year, according to the Pacific Standard, which cited two officials involved in the budget "
        "talks.\n\n"
        "The decision could come as soon as next week, the officials said. One of them said the finance "
        "ministry had modelled a phased withdrawal over 18 months.\n\n"
        "The Island Times reported on Friday that at least three ministers opposed the move. The ministers, "
        "who spoke on condition of anonymity to describe internal deliberations, said ending the subsidy "
        "before the local elections would be \u201cpolitical self-harm.\u201d\n\n"
        "Leone's office declined to comment on the reports. Her spokesman, Fetu Amani, said only that "
        "\u201cevery line of the budget is under review, as it is every year.\u201d\n\n"
        "Fuel importers said they had not been consulted. \u201cWe read about it in the newspaper like "
        "everyone else,\u201d said Joseph Tui, who chairs the Fuel Importers Association.\n\n"
        "The opposition leader, Sione Haleck, said the subsidy mainly helped wealthy households with large "
        "cars. Haleck and the Greens' leader, Mele Fonoti, both said they would support a phased withdrawal "
        "if the savings went to public transport.\n\n"
        "Economists have long argued for scrapping the subsidy. A report by the Regional Development Bank "
        "last year found that the richest fifth of households received nearly half of its benefit.\n\n"
        "Fonoti said, and Haleck agreed, that bus fares should be frozen for two years if the subsidy ends.\n\n"
        "The budget is due to be presented to parliament on July 2.",
        [
            Q(
                "Prime Minister Tavita Leone is preparing to end a fuel subsidy that costs the treasury about $800 "
                "million a year",
                "two officials involved in the budget talks",
                "two officials involved in the budget talks",
                cue="according to",
                at="according to the Pacific Standard, which cited two officials involved in the budget talks",
                how="according_to",
                anonymous=True,
                via=(("Pacific Standard", "citing"),),
                classes=("according_to_which_cited",),
            ),
            Q(
                "The decision could come as soon as next week",
                "the officials",
                "two officials involved in the budget talks",
                anonymous=True,
                via=(("Pacific Standard", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "the finance ministry had modelled a phased withdrawal over 18 months",
                "One of them",
                "two officials involved in the budget talks",
                anonymous=True,
                via=(("Pacific Standard", "citing"),),
                classes=("anonymous_later",),
            ),
            Q(
                "at least three ministers opposed the move",
                "The Island Times",
                "Island Times",
                cue="reported",
                classes=("outlet_reported",),
            ),
            Q(
                "ending the subsidy before the local elections would be \u201cpolitical self-harm.\u201d",
                "The ministers",
                "three ministers",
                at="The ministers, who spoke on condition of anonymity to describe internal deliberations, said",
                anonymous=True,
                via=(("Island Times", "reported_by"),),
                classes=("anonymity_after_reported",),
            ),
            Q(
                "\u201cevery line of the budget is under review, as it is every year.\u201d",
                "Fetu Amani",
                "Fetu Amani",
                at="Fetu Amani, said",
                classes=("control",),
            ),
            Q(
                "they had not been consulted",
                "Fuel importers",
                "Fuel importers",
                classes=("control",),
            ),
            Q(
                "\u201cWe read about it in the newspaper like everyone else,\u201d",
                "Joseph Tui",
                "Joseph Tui",
                at="said Joseph Tui",
                classes=("control",),
            ),
            Q(
                "the subsidy mainly helped wealthy households with large cars",
                "Sione Haleck",
                "Sione Haleck",
                at="Sione Haleck, said",
                classes=("control",),
            ),
            Q(
                "they would support a phased withdrawal if the savings went to public transport",
                "Haleck and the Greens' leader, Mele Fonoti",
                "Sione Haleck",
                at="Haleck and the Greens' leader, Mele Fonoti, both said",
                classes=("both_said_control",),
            ),
            Q(
                "the richest fifth of households received nearly half of its benefit",
                "A report by the Regional Development Bank",
                "Regional Development Bank",
                cue="found",
                at="A report by the Regional Development Bank last year found",
                how="wrote",
                classes=("report_found_control",),
            ),
            Q(
                "bus fares should be frozen for two years if the subsidy ends",
                "Fonoti",
                "Mele Fonoti",
                at="Fonoti said",
                classes=("agreed_control",),
            ),
        ],
        titles={
            "Tavita Leone": ["Prime Minister"],
            "Fetu Amani": ["Her spokesman"],
            "Joseph Tui": ["who chairs the Fuel Importers Association"],
            "Sione Haleck": ["The opposition leader"],
            "Mele Fonoti": ["the Greens' leader"],
        },
    ),
    A(
        "c4-liveblog-storm",
        "liveblog",
        ("told_outlet", "unquoted_chain"),
        "Storm Idris: live updates\n\n"
        "10:42 The harbourmaster at Pellan, Ross Kerrigan, says the ferry to the islands will not sail before "
        "Thursday. \u201cThe swell outside the breakwater is eight metres. Nobody is going anywhere,\u201d he "
        "told the Coastline Herald. (via the Coastline Herald)\n\n"
        "10:15 Power company Westgrid says 14,000 homes are without electricity, most of them on the Rhenna "
        "peninsula. Its operations director, Alison Burke, told a press conference broadcast live by Channel 6 "
        "that crews could not climb poles in winds above 50 miles an hour. \u201cWe will not send anyone up a "
        "pole in this,\u201d she said.\n\n"
        "09:58 The mayor of Rhenna, Pavel Dusek, tells our reporter the town hall is open as a shelter. "
        "\u201cBring blankets and bring your neighbours,\u201d he said.\n\n"
        "09:31 A video shared by the local fire service shows a roof being peeled from a supermarket in "
        "Carrow. The fire service's station manager, Jade Okoro, said in the post that no one had been hurt. "
        "(h/t Marcus Bell)\n\n"
        "09:05 The Met Service's chief forecaster, Lin Zhao, said in comments to local radio that the worst "
        "of the wind would pass by early afternoon. She said rain would continue into the night.\n\n"
        "08:40 Rail operator Northern Link says all services west of Kelby are cancelled. A spokeswoman said "
        "engineers were clearing fallen trees from the line. (via Kelby Radio)\n\n"
        "08:12 Overnight, Storm Idris brought gusts of 96 miles an hour to the Pellan lighthouse, the highest "
        "recorded there since 1998, according to the Met Service.\n\n"
        "07:50 Schools minister Elin Gwyn told the Assembly's breakfast programme, Bore Da Live, that schools "
        "in the three western counties would stay closed. \u201cSafety first, lessons second,\u201d she said.",
        [
            Q(
                "the ferry to the islands will not sail before Thursday",
                "Ross Kerrigan",
                "Ross Kerrigan",
                cue="says",
                at="Ross Kerrigan, says",
                via=(("Coastline Herald", "told"),),
                classes=("via_credit",),
            ),
            Q(
                "\u201cThe swell outside the breakwater is eight metres. Nobody is going anywhere,\u201d",
                "he",
                "Ross Kerrigan",
                cue="told",
                via=(("Coastline Herald", "told"),),
                classes=("told_outlet",),
            ),
            Q(
                "14,000 homes are without electricity, most of them on the Rhenna peninsula",
                "Power company Westgrid",
                "Westgrid",
                cue="says",
                classes=("control",),
            ),
            Q(
                "crews could not climb poles in winds above 50 miles an hour",
                "Alison Burke",
                "Alison Burke",
                cue="told",
                at="Alison Burke, told",
                classes=("press_conference_broadcast",),
            ),
            Q(
                "\u201cWe will not send anyone up a pole in this,\u201d",
                "she",
                "Alison Burke",
                classes=("press_conference_broadcast",),
            ),
            Q(
                "the town hall is open as a shelter",
                "Pavel Dusek",
                "Pavel Dusek",
                cue="tells",
                at="Pavel Dusek, tells",
                classes=("own_reporter_control",),
            ),
            Q(
                "\u201cBring blankets and bring your neighbours,\u201d",
                "he",
                "Pavel Dusek",
                classes=("own_reporter_control",),
            ),
            Q(
                "no one had been hurt",
                "Jade Okoro",
                "Jade Okoro",
                at="Jade Okoro, said",
                classes=("hat_tip_control",),
            ),
            Q(
                "the worst of the wind would pass by early afternoon",
                "Lin Zhao",
                "Lin Zhao",
                at="Lin Zhao, said",
                via=(("local radio", "told"),),
                classes=("comments_local_media",),
            ),
            Q(
                "rain would continue into the night",
                "She",
                "Lin Zhao",
                classes=("new_report",),
            ),
            Q(
                "all services west of Kelby are cancelled",
                "Rail operator Northern Link",
                "Northern Link",
                cue="says",
                classes=("control",),
            ),
            Q(
                "engineers were clearing fallen trees from the line",
                "A spokeswoman",
                "a spokeswoman",
                anonymous=True,
                via=(("Kelby Radio", "reported_by"),),
                classes=("via_credit",),
            ),
            Q(
                "Overnight, Storm Idris brought gusts of 96 miles an hour to the Pellan lighthouse, the highest "
                "recorded there since 1998",
                "the Met Service",
                "Met Service",
                cue="according to",
                at="according to the Met Service",
                how="according_to",
                classes=("control",),
            ),
            Q(
                "schools in the three western counties would stay closed",
                "Elin Gwyn",
                "Elin Gwyn",
                cue="told",
                via=(("Bore Da Live", "told"),),
                classes=("told_programme",),
            ),
            Q(
                "\u201cSafety first, lessons second,\u201d",
                "she",
                "Elin Gwyn",
                via=(("Bore Da Live", "told"),),
                classes=("frame_carryover",),
            ),
        ],
        titles={
            "Ross Kerrigan": ["The harbourmaster at Pellan"],
            "Alison Burke": ["Its operations director"],
            "Pavel Dusek": ["The mayor of Rhenna"],
            "Jade Okoro": ["The fire service's station manager"],
            "Lin Zhao": ["The Met Service's chief forecaster"],
            "Elin Gwyn": ["Schools minister"],
        },
    ),
]
