"""The second half of the seventh unseen-speakers set (tests/data/speakers_unseen7.jsonl).

Every name, place, outlet and event is invented. See ``make_speakers_unseen7.py`` for the classes the
set tags and the annotation decisions it takes where the gold format leaves them open.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

_BUSES = A(
    "u7-buses",
    "local",
    ("shared_surname", "pronoun_chain"),
    "Father and son split over sale of family bus firm\n\n"
    "The Okafor family has run buses between Dunmere and the coast for fifty-two years. Now father and son cannot "
    "agree on whether the business should be sold.\n\n"
    "David Okafor, 78, who founded Okafor Coaches with a single second-hand bus in 1972, wants to accept an offer "
    "from the national operator Transline.\n\n"
    "“I am tired, and the offer is fair. I would rather sell now than watch it die,” he said.\n\n"
    "His son, Michael Okafor, 46, the managing director, says the firm has a future on its own.\n\n"
    "“Dad built this from nothing. I am not handing it to a company that will cut the rural routes within a year,” "
    "the younger Okafor said.\n\n"
    "Okafor senior shook his head when his son's words were read to him. “Michael is a good lad but he has never "
    "had to meet a payroll in a recession,” he said.\n\n"
    "Okafor Coaches runs 31 buses and employs 64 people. Its routes carry about 9,000 passengers a week, many of "
    "them pensioners and schoolchildren in villages with no other public transport. Transline is thought to have "
    "offered about 6 million for the business.\n\n"
    "Transline's regional director, Alison Creed, said the company had “no plans whatsoever” to cut routes.\n\n"
    "The family is not the only one facing the question. Three other small operators in the region have sold to "
    "Transline or its rival Coastway since 2020, and a fourth closed last spring when its owner retired. Union "
    "officials say rural routes have been thinned after two of those sales.\n\n"
    "Drivers are split too. Kwame Asare, who has driven the number 12 for twenty years, said: “Mr Okafor — the old "
    "one — gave me a job when nobody else would. But I'm with Michael on this.”\n\n"
    "Michael Okafor's wife, Grace, who keeps the firm's books, said the family would decide by Christmas.\n\n"
    "“We have had worse arguments at the dinner table,” she said. “We'll get there.”\n",
    [
        Q("“I am tired, and the offer is fair. I would rather sell now than watch it die,”", "he", "David Okafor"),
        Q(
            "the firm has a future on its own",
            "Michael Okafor",
            "Michael Okafor",
            cue="says",
            at="Michael Okafor, 46, the managing director, says",
        ),
        Q(
            "“Dad built this from nothing. I am not handing it to a company "
            "that will cut the rural routes within a year,”",
            "the younger Okafor",
            "Michael Okafor",
        ),
        Q(
            "“Michael is a good lad but he has never had to meet a payroll in a recession,”",
            "he",
            "David Okafor",
        ),
        Q(
            "the company had “no plans whatsoever” to cut routes",
            "Alison Creed",
            "Alison Creed",
            at="Alison Creed, said",
        ),
        Q(
            "“Mr Okafor — the old one — gave me a job when nobody else would. But I'm with Michael on this.”",
            "Kwame Asare",
            "Kwame Asare",
            at="Kwame Asare, who has driven the number 12 for twenty years, said",
        ),
        Q(
            "the family would decide by Christmas",
            "Grace",
            "Grace Okafor",
            at="Grace, who keeps the firm's books, said",
        ),
        Q(("“We have had worse arguments at the dinner table,”", "“We'll get there.”"), "she", "Grace Okafor"),
    ],
    {
        "Michael Okafor": ["His son", "the managing director"],
        "Alison Creed": ["Transline's regional director"],
        "Grace Okafor": ["Michael Okafor's wife"],
    },
)

_DINGHY = A(
    "u7-dinghy",
    "local",
    ("groups", "pronoun_chain"),
    "Couple rescued after eleven hours clinging to upturned dinghy\n\n"
    "A retired couple from Pellan were rescued on Tuesday after spending eleven hours in the water off Carrick "
    "Head when their dinghy capsized.\n\n"
    "Meera and Anil Desai, both 67, had set out to check lobster pots a few hundred metres from the shore when a "
    "squall hit.\n\n"
    "“We have sailed these waters for forty years and never seen the sea turn like that,” the couple said in a "
    "statement released through the hospital.\n\n"
    "The pair were spotted at first light by two fishermen, Callum Reid and Ewan Tulloch, who were heading out "
    "from Carrick harbour.\n\n"
    "“We thought it was a seal at first, and then one of them waved,” Reid said.\n\n"
    "Tulloch said they had hauled the Desais into the boat “like two sacks of wet laundry”.\n\n"
    "Reid, 52, and Tulloch, 29, have fished together from Carrick for six years. They lifted the couple over the "
    "side with a net and wrapped them in the only blanket on board before radioing the coastguard.\n\n"
    "Both men were later thanked by the coastguard. “Anybody would have done the same,” the two said.\n\n"
    "The Desais were taken by ambulance to Carrick General Hospital, where they were treated for hypothermia. "
    "Staff said both were in a stable condition and were expected to go home by the weekend. The dinghy, a "
    "three-metre inflatable, was recovered by a lifeboat crew later in the morning.\n\n"
    "Coastguard station officer Linda Marr said the couple had done “exactly the right thing” by staying with the "
    "boat.\n\n"
    "“If they had tried to swim for it, we would be telling a very different story,” she said.\n\n"
    "The Desais' daughter, Priya, flew from Toronto overnight. “Mum and Dad are tough. They're also never going "
    "near a dinghy again, if I have anything to do with it,” she said.\n",
    [
        Q(
            "“We have sailed these waters for forty years and never seen the sea turn like that,”",
            "the couple",
            "Meera and Anil Desai",
        ),
        Q("“We thought it was a seal at first, and then one of them waved,”", "Reid", "Callum Reid"),
        Q("they had hauled the Desais into the boat “like two sacks of wet laundry”", "Tulloch", "Ewan Tulloch"),
        Q("“Anybody would have done the same,”", "the two", "Callum Reid and Ewan Tulloch"),
        Q(
            "the couple had done “exactly the right thing” by staying with the boat",
            "Linda Marr",
            "Linda Marr",
        ),
        Q("“If they had tried to swim for it, we would be telling a very different story,”", "she", "Linda Marr"),
        Q(
            "“Mum and Dad are tough. They're also never going near a dinghy again, if I have anything to do with it,”",
            "she",
            "Priya Desai",
        ),
    ],
    {
        "Linda Marr": ["Coastguard station officer"],
        "Priya Desai": ["The Desais' daughter"],
    },
)

_CARER = A(
    "u7-carer",
    "wire",
    ("lead_clause", "pronoun_chain"),
    "Carer jailed for stealing £41,000 from elderly clients\n\n"
    "A care worker who told investigators she had “only borrowed” money from the pensioners she looked after has "
    "been jailed for three years.\n\n"
    "Leanne Forsyth, 38, of Almsgate, took £41,300 from four clients over two years, Calder Crown Court heard.\n\n"
    "Prosecutor Imran Bashir said Forsyth had used the clients' bank cards to pay for holidays, a car and her own "
    "rent.\n\n"
    "“She was trusted with their homes, their keys and their PIN numbers. She abused every part of that trust,” he "
    "told the jury.\n\n"
    "One of the victims, 91-year-old Walter Penrose, died before the trial. His niece, Sandra Penrose, said "
    "outside court that he had been “broken” by the theft.\n\n"
    "Forsyth, who had worked for the agency Homecare Plus since 2017, visited her clients up to three times a day. "
    "The thefts came to light when the bank of one of them, a retired teacher, queried a payment to a travel "
    "company. Forsyth pleaded guilty to four counts of theft and two of fraud by abuse of position.\n\n"
    "Forsyth's barrister, Helen Achterberg, said her client had a gambling addiction and was “deeply ashamed”.\n\n"
    "In a victim statement read to the court, the daughter of one client said her mother, who has dementia, had "
    "been left unable to pay for her own care home. The agency has since repaid two of the families in full.\n\n"
    "Judge Nicholas Vane said he accepted that Forsyth was remorseful.\n\n"
    "The court heard that none of the money has been recovered. Forsyth's bank accounts were empty when police "
    "searched her home in 2023, and her car had already been sold.\n\n"
    "“But remorse does not return a penny to the people you stole from,” he said as he passed sentence.\n",
    [
        Q(
            "she had “only borrowed” money from the pensioners she looked after",
            "A care worker",
            "Leanne Forsyth",
            cue="told",
            at="A care worker who told",
        ),
        Q(
            "Forsyth had used the clients' bank cards to pay for holidays, a car and her own rent",
            "Imran Bashir",
            "Imran Bashir",
        ),
        Q(
            "“She was trusted with their homes, their keys and their PIN "
            "numbers. She abused every part of that trust,”",
            "he",
            "Imran Bashir",
            cue="told",
        ),
        Q(
            "he had been “broken” by the theft",
            "Sandra Penrose",
            "Sandra Penrose",
            at="Sandra Penrose, said",
        ),
        Q(
            "her client had a gambling addiction and was “deeply ashamed”",
            "Helen Achterberg",
            "Helen Achterberg",
            at="Helen Achterberg, said",
        ),
        Q("Forsyth was remorseful", "Nicholas Vane", "Nicholas Vane", at="Nicholas Vane said"),
        Q("“But remorse does not return a penny to the people you stole from,”", "he", "Nicholas Vane"),
    ],
    {
        "Imran Bashir": ["Prosecutor"],
        "Sandra Penrose": ["His niece"],
        "Helen Achterberg": ["Forsyth's barrister"],
        "Nicholas Vane": ["Judge"],
    },
)

_DAM = A(
    "u7-dam",
    "wire",
    ("role_change", "lead_clause", "documents"),
    "Former minister says she warned cabinet over dam costs\n\n"
    "A former energy minister who resigned over the Kelso Falls dam says she told cabinet colleagues in 2016 that "
    "the project's budget was “pure fantasy”.\n\n"
    "Ruth Amankwah, who held the energy brief from 2014 until her resignation in 2017, made the claim in evidence "
    "to the parliamentary inquiry into the dam on Thursday.\n\n"
    "“I put it in writing. I said it out loud. Nobody wanted to hear it,” the former minister told the committee.\n\n"
    "The dam, budgeted at 1.2 billion, has so far cost 4.7 billion and is six years late.\n\n"
    "Amankwah said the then-president, Samuel Oduya, had told her the dam was “too important to fail”.\n\n"
    "The committee also heard from two former Treasury officials, who said the original estimate had been prepared "
    "by the construction consortium and never independently checked.\n\n"
    "The dam's first turbines began generating in March, six years after the original target date.\n\n"
    "Oduya, now chairman of the African Water Forum, did not attend. In a letter to the committee, the former "
    "president said he had “no recollection” of any such warning.\n\n"
    "“I met the minister many times. She raised many things. This was not one of them,” he wrote.\n\n"
    "The inquiry was set up last year after the auditor-general found that the dam's cost had been understated in "
    "three successive budgets. It has heard from more than forty witnesses, including engineers, civil servants "
    "and the chief executives of the two construction firms that built the dam.\n\n"
    "The committee's chair, Thandiwe Moyo, said the inquiry would ask the Treasury for the minutes of the cabinet "
    "meeting.\n\n"
    "“If it is in writing, as Ms Amankwah says, we will find it,” Moyo said.\n",
    [
        Q(
            "the project's budget was “pure fantasy”",
            "A former energy minister",
            "Ruth Amankwah",
            cue="told",
            at="A former energy minister who resigned over the Kelso Falls dam says she told",
        ),
        Q(
            "“I put it in writing. I said it out loud. Nobody wanted to hear it,”",
            "the former minister",
            "Ruth Amankwah",
            cue="told",
        ),
        Q(
            "the then-president, Samuel Oduya, had told her the dam was “too important to fail”",
            "Amankwah",
            "Ruth Amankwah",
        ),
        Q("he had “no recollection” of any such warning", "the former president", "Samuel Oduya"),
        Q(
            "“I met the minister many times. She raised many things. This was not one of them,”",
            "he",
            "Samuel Oduya",
            cue="wrote",
            how="wrote",
        ),
        Q(
            "the inquiry would ask the Treasury for the minutes of the cabinet meeting",
            "Thandiwe Moyo",
            "Thandiwe Moyo",
            at="Thandiwe Moyo, said",
        ),
        Q("“If it is in writing, as Ms Amankwah says, we will find it,”", "Moyo", "Thandiwe Moyo"),
    ],
    {
        "Ruth Amankwah": ["A former energy minister"],
        "Samuel Oduya": ["the then-president", "chairman of the African Water Forum"],
        "Thandiwe Moyo": ["The committee's chair"],
    },
)

_ROVERS = A(
    "u7-rovers",
    "wire",
    ("epithets", "peers"),
    "Mensah-Boateng strikes late as Rovers end winless run\n\n"
    "Ashby Rovers ended a run of nine games without a win as centre-back Kofi Mensah-Boateng headed in a "
    "stoppage-time winner against Wexham City on Saturday.\n\n"
    "“I don't score many, so I'm going to enjoy this one,” the defender said. “My wife won't believe it.”\n\n"
    "Rovers manager Len Hollins, 71, the oldest manager in the league, had faced calls from supporters to step "
    "down after last month's cup exit.\n\n"
    "“People are entitled to their opinion. I've been sacked before and I'll probably be sacked again, but not "
    "this week,” the 71-year-old said.\n\n"
    "Hollins, who has managed eleven clubs in a career spanning four decades, took over at Rovers in the summer. "
    "He has spent most of the season without his first-choice striker, who broke a leg in August.\n\n"
    "An online petition calling for his removal had gathered more than 3,000 signatures by Friday.\n\n"
    "Wexham's Portuguese coach, Rui Carvalho, said his team had deserved at least a point.\n\n"
    "“We controlled the game for eighty minutes. Football is cruel sometimes,” the Portuguese said.\n\n"
    "Wexham had led through a first-half penalty from their captain, Marco Ilic, and were denied a second when the "
    "goalkeeper, Dan Pryce, saved from close range. Rovers equalised through a deflected shot from the substitute "
    "Tyrell James with eight minutes left.\n\n"
    "The win lifts Rovers three places to 17th, four points above the relegation zone.\n\n"
    "Rovers' chairman, Lord Fenwick of Ashby, watched from the directors' box. The peer, who bought the club in "
    "2015, said he had “never once” considered sacking Hollins.\n\n"
    "“Len is going nowhere. He has my full support,” Lord Fenwick said.\n",
    [
        Q(
            ("“I don't score many, so I'm going to enjoy this one,”", "“My wife won't believe it.”"),
            "the defender",
            "Kofi Mensah-Boateng",
        ),
        Q(
            "“People are entitled to their opinion. I've been sacked before and "
            "I'll probably be sacked again, but not this week,”",
            "the 71-year-old",
            "Len Hollins",
        ),
        Q("his team had deserved at least a point", "Rui Carvalho", "Rui Carvalho", at="Rui Carvalho, said"),
        Q(
            "“We controlled the game for eighty minutes. Football is cruel sometimes,”",
            "the Portuguese",
            "Rui Carvalho",
        ),
        Q(
            "he had “never once” considered sacking Hollins",
            "The peer",
            "Lord Fenwick of Ashby",
            at="The peer, who bought the club in 2015, said",
        ),
        Q("“Len is going nowhere. He has my full support,”", "Lord Fenwick", "Lord Fenwick of Ashby"),
    ],
    {
        "Kofi Mensah-Boateng": ["centre-back"],
        "Len Hollins": ["Rovers manager", "the oldest manager in the league"],
        "Rui Carvalho": ["Wexham's Portuguese coach"],
        "Lord Fenwick of Ashby": ["Rovers' chairman"],
    },
)

_VENTS = A(
    "u7-vents",
    "wire",
    ("anonymous", "documents", "spokesperson_named"),
    "Ministry knew of hospital ventilation faults, documents show\n\n"
    "Health ministry officials were warned two years ago that ventilation systems in at least six hospitals did "
    "not meet infection-control standards, according to internal documents seen by this newspaper.\n\n"
    "An email sent in March 2023 by a senior estates engineer to the ministry's capital projects team said the "
    "systems were “not fit for purpose” in operating theatres at three sites.\n\n"
    "A second document, a briefing note prepared for the health minister, Gareth Lyle, put the cost of fixing the "
    "faults at more than 90 million.\n\n"
    "The ministry has spent about 12 million on ventilation work since the email was sent, according to figures "
    "published in its annual accounts, most of it at a single hospital in the capital.\n\n"
    "One senior official, who asked not to be named because they were not authorised to speak to the media, said "
    "the warnings had been “parked” because of the cost.\n\n"
    "“Everyone knew. Nobody wanted to be the one to ask for the money,” the official said.\n\n"
    "A spokesman for the Department of Health, Owen Rudd, said: “Patient safety is our first priority. Work to "
    "upgrade ventilation is under way at four of the six sites.”\n\n"
    "The six hospitals named in the documents are in four regions and together perform about 40,000 operations a "
    "year. Infection-control guidance requires operating theatres to change their air at least 25 times an hour; "
    "the email says some theatres managed fewer than ten.\n\n"
    "The Royal College of Surgeons said it was “deeply concerned”. Its president, Professor Anjali Mehta, said "
    "theatres had been closed on hot days because they could not be kept cool.\n\n"
    "“Surgeons should not have to choose between an infection risk and cancelling an operation,” she said.\n\n"
    "Lyle, who became health minister in January, said he had not seen the documents before this week. “If this is "
    "true, heads will roll,” he said.\n",
    [
        Q(
            "the systems were “not fit for purpose” in operating theatres at three sites",
            "An email",
            "a senior estates engineer",
            at="An email sent in March 2023 by a senior estates engineer to the ministry's capital projects team said",
            anonymous=True,
        ),
        Q(
            "the warnings had been “parked” because of the cost",
            "One senior official",
            "one senior official",
            at=(
                "One senior official, who asked not to be named because they "
                "were not authorised to speak to the media, said"
            ),
            anonymous=True,
        ),
        Q(
            "“Everyone knew. Nobody wanted to be the one to ask for the money,”",
            "the official",
            "one senior official",
            anonymous=True,
        ),
        Q(
            "“Patient safety is our first priority. Work to upgrade "
            "ventilation is under way at four of the six sites.”",
            "Owen Rudd",
            "Owen Rudd",
            at="Owen Rudd, said",
        ),
        Q("it was “deeply concerned”", "The Royal College of Surgeons", "Royal College of Surgeons"),
        Q(
            "theatres had been closed on hot days because they could not be kept cool",
            "Anjali Mehta",
            "Anjali Mehta",
            at="Anjali Mehta, said",
        ),
        Q(
            "“Surgeons should not have to choose between an infection risk and cancelling an operation,”",
            "she",
            "Anjali Mehta",
        ),
        Q(
            "he had not seen the documents before this week",
            "Lyle",
            "Gareth Lyle",
            at="Lyle, who became health minister in January, said",
        ),
        Q("“If this is true, heads will roll,”", "he", "Gareth Lyle"),
    ],
    {
        "Owen Rudd": ["A spokesman for the Department of Health"],
        "Anjali Mehta": ["president"],
        "Gareth Lyle": ["the health minister"],
    },
)

_CINEMA = A(
    "u7-cinema",
    "local",
    ("among_meet", "groups", "report_it", "shared_surname"),
    "Meet the twins running the town's oldest cinema\n\n"
    "Meet Orla and Niamh Brennan, 31, who last year took over the Picturedrome in Castlebar, the oldest working "
    "cinema in the county.\n\n"
    "“Everyone told us we were mad. They were probably right,” Orla said.\n\n"
    "The sisters, who grew up above their grandfather's hardware shop two streets away, spent their savings on a "
    "new projector and 140 seats.\n\n"
    "“We sat in those old seats for every film of our childhood. We kept two of them for sentimental reasons,” "
    "Niamh said. “They are in our kitchen now.”\n\n"
    "Their grandfather, Seamus Brennan, 88, still comes to the Tuesday matinee with a flask of tea.\n\n"
    "“The girls have done a great job. I only wish they showed more westerns,” he said.\n\n"
    "The cinema's previous owner, Frank Duggan, sold it after forty years. Duggan, who now lives in Galway, said "
    "he was delighted it had stayed a cinema.\n\n"
    "The Picturedrome opened in 1912 as a music hall and showed its first film a year later. It survived the "
    "arrival of television, a fire in 1968 and two attempts to turn it into flats. The twins now run it with four "
    "part-time staff and a team of volunteers, showing new releases, classics and a monthly silent film with live "
    "piano.\n\n"
    "Last month the Picturedrome was named independent cinema of the year by the Screen Venues Association. The "
    "association said in its citation that the Picturedrome showed “what a small-town cinema can still be”.\n\n"
    "It added: “The Brennans have made it a place people want to spend an evening.”\n\n"
    "The twins' parents emigrated to Australia in 2010; Orla and Niamh stayed behind to finish school and lived "
    "with their grandparents until university.\n\n"
    "Asked what comes next, the twins laughed.\n\n"
    "“A holiday,” the pair said in unison.\n",
    [
        Q(("“Everyone told us we were mad. They were probably right,”"), "Orla", "Orla Brennan"),
        Q(
            (
                "“We sat in those old seats for every film of our childhood. "
                "We kept two of them for sentimental reasons,”",
                "“They are in our kitchen now.”",
            ),
            "Niamh",
            "Niamh Brennan",
        ),
        Q("“The girls have done a great job. I only wish they showed more westerns,”", "he", "Seamus Brennan"),
        Q(
            "he was delighted it had stayed a cinema",
            "Duggan",
            "Frank Duggan",
            at="Duggan, who now lives in Galway, said",
        ),
        Q(
            "the Picturedrome showed “what a small-town cinema can still be”",
            "The association",
            "Screen Venues Association",
        ),
        Q(
            "“The Brennans have made it a place people want to spend an evening.”",
            "It",
            "Screen Venues Association",
            cue="added",
        ),
        Q("“A holiday,”", "the pair", "Orla and Niamh Brennan"),
    ],
    {
        "Seamus Brennan": ["Their grandfather"],
        "Frank Duggan": ["The cinema's previous owner"],
    },
)

ARTICLES_B = [_BUSES, _DINGHY, _CARER, _DAM, _ROVERS, _VENTS, _CINEMA]
