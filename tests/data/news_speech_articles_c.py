"""News speech suite, part C (all invented): interviews, dialogue, guillemets and the daily beats.

See ``make_news_speech.py`` for the conventions.
"""

from __future__ import annotations

from make_speakers_suite import A, Q

ARTICLES = [
    A(
        "robotics-founder-qa",
        "qa",
        ("interview", "qa"),
        "Q&A: ‘Robots should do the boring jobs first’\n\n"
        "Nadia Okoro founded Lintel Robotics in a rented garage in 2019. The company, which makes machines that "
        "sort parcels in warehouses, now employs 340 people and last month raised 60 million dollars. She spoke "
        "to the Tribune about automation, jobs and why she still answers customer emails herself.\n\n"
        "Q: People worry that your machines take jobs. Do they?\n"
        "A: Some jobs, yes. I would be lying if I said otherwise. But the jobs they take first are the ones nobody "
        "wants: lifting the same box ten thousand times a night. Most of our customers move those workers to "
        "jobs that pay more.\n\n"
        "Q: Most, not all.\n"
        "A: Not all. That is fair. I think companies that automate owe their staff training, and I say that to "
        "every customer before they sign.\n\n"
        "Q: Why parcels?\n"
        "A: Because I worked nights in a sorting depot when I was a student. I knew exactly how bad the job was. "
        "My back still remembers it.\n\n"
        "Q: You still answer customer emails yourself. Why?\n"
        "A: Because the emails tell me what is broken before any dashboard does. A customer once wrote to me, "
        "“Your robot is very polite but it keeps putting dog food in the pharmacy bin.” We fixed that in a "
        "week.\n\n"
        "Q: Your investors want growth. Do you ever feel pressure to cut corners?\n"
        "A: Every week. My answer is always the same: a robot that hurts someone once will never be trusted "
        "again, and neither will we.\n\n"
        "Q: What comes next?\n"
        "A: Hospitals. Moving linen, meals, medicines. Nurses spend hours walking corridors. We can give them "
        "that time back.\n\n"
        "Okoro said the company planned to hire another 200 people by the end of next year, most of them "
        "engineers. Lintel’s investors include two pension funds, according to the company.\n\n"
        "This interview has been edited for length and clarity.",
        [
            Q(
                "Some jobs, yes. I would be lying if I said otherwise. But the jobs they take first are the ones "
                "nobody wants: lifting the same box ten thousand times a night. Most of our customers move those "
                "workers to jobs that pay more.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "Not all. That is fair. I think companies that automate owe their staff training, and I say that to "
                "every customer before they sign.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "Because I worked nights in a sorting depot when I was a student. I knew exactly how bad the job "
                "was. My back still remembers it.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "Because the emails tell me what is broken before any dashboard does. A customer once wrote to me, "
                "“Your robot is very polite but it keeps putting dog food in the pharmacy bin.” We fixed that in a "
                "week.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "“Your robot is very polite but it keeps putting dog food in the pharmacy bin.”",
                "A customer",
                "a customer",
                "wrote",
                at="A customer once wrote",
                how="wrote",
                via=(("Nadia Okoro", "reported_by"),),
                anonymous=True,
            ),
            Q(
                "Every week. My answer is always the same: a robot that hurts someone once will never be trusted "
                "again, and neither will we.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "Hospitals. Moving linen, meals, medicines. Nurses spend hours walking corridors. We can give them "
                "that time back.",
                "A",
                "Nadia Okoro",
                None,
                at="A:",
                kind="direct",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "the company planned to hire another 200 people by the end of next year, most of them engineers",
                "Okoro",
                "Nadia Okoro",
                via=(("Tribune", "interview"),),
            ),
            Q(
                "Lintel’s investors include two pension funds",
                "the company",
                "Lintel Robotics",
                "according to",
                how="according_to",
            ),
        ],
    ),
    A(
        "island-fishermen",
        "feature",
        ("dash_dialogue",),
        "On Lemnos, the fishermen who race the wind\n\n"
        "MIRINA, Greece — The boats leave the harbour before dawn, and most are back before the tourists have "
        "finished breakfast. On this part of the island, the meltemi wind decides the working day.\n\n"
        "— We go out at four, before the wind, says Kostas Andreadis, 63, mending a net on the quay.\n\n"
        "— And if the wind comes early?\n\n"
        "— Then we come back early. The sea does not negotiate.\n\n"
        "Andreadis has fished these waters for 47 years, like his father and grandfather. His son works in a "
        "hotel in Athens. He says he does not blame him.\n\n"
        "— There is no money in it now, he says. The fuel costs more every summer and the fish are smaller.\n\n"
        "According to the local fishermen’s cooperative, the number of licensed boats in Mirina has fallen from "
        "112 to 38 in twenty years. Its secretary, Eleni Papadaki, said the cooperative had asked the ministry for "
        "help with fuel costs three times and received no reply.\n\n"
        "— They send us forms, she said. Forms do not catch fish.\n\n"
        "Marine scientists say warmer water is part of the problem. A study by the Aegean Research Centre found "
        "that several species have moved north and into deeper water. Dimitris Kalogeros, a biologist at the "
        "centre, said in a telephone interview that the changes had been “faster than any of our models "
        "predicted.”\n\n"
        "On the quay, Andreadis finishes the net and folds it into a crate.\n\n"
        "— My grandfather told me, “The sea gives, the sea takes,” he says. He never said anything about diesel.\n\n"
        "Back in the harbour office, Papadaki pins a new notice to the board: the fuel price for the coming "
        "week. Several fishermen read it in silence.\n\n"
        "— Next year, says one of them, I sell the boat.\n\n"
        "The ministry did not respond to a request for comment.",
        [
            Q(
                "We go out at four, before the wind,",
                "Kostas Andreadis",
                "Kostas Andreadis",
                "says",
                kind="direct",
            ),
            Q(
                "Then we come back early. The sea does not negotiate.",
                None,
                "Kostas Andreadis",
                None,
                kind="direct",
            ),
            Q("he does not blame him", "He", "Kostas Andreadis", "says", at="He says he does not"),
            Q(
                ("There is no money in it now,", "The fuel costs more every summer and the fish are smaller."),
                "he",
                "Kostas Andreadis",
                "says",
            ),
            Q(
                "the number of licensed boats in Mirina has fallen from 112 to 38 in twenty years",
                "the local fishermen’s cooperative",
                "Mirina fishermen’s cooperative",
                "According to",
                how="according_to",
            ),
            Q(
                "the cooperative had asked the ministry for help with fuel costs three times and received no reply",
                "Eleni Papadaki",
                "Eleni Papadaki",
                at="Eleni Papadaki, said",
            ),
            Q(
                ("They send us forms,", "Forms do not catch fish."),
                "she",
                "Eleni Papadaki",
                kind="direct",
            ),
            Q(
                "warmer water is part of the problem",
                "Marine scientists",
                "marine scientists",
                "say",
                anonymous=True,
            ),
            Q(
                "the changes had been “faster than any of our models predicted.”",
                "Dimitris Kalogeros",
                "Dimitris Kalogeros",
                at="Dimitris Kalogeros, a biologist at the centre, said",
            ),
            Q(
                ("My grandfather told me, “The sea gives, the sea takes,”", "He never said anything about diesel."),
                "he",
                "Kostas Andreadis",
                "says",
                kind="direct",
            ),
            Q(
                "“The sea gives, the sea takes,”",
                "My grandfather",
                "Kostas Andreadis's grandfather",
                "told",
                via=(("Kostas Andreadis", "reported_by"),),
            ),
            Q(
                ("Next year,", "I sell the boat."),
                "one of them",
                "a Mirina fisherman",
                "says",
                at="says one of them",
                kind="direct",
                anonymous=True,
            ),
        ],
        titles={
            "Eleni Papadaki": ["Its secretary"],
            "Dimitris Kalogeros": ["a biologist at the centre"],
        },
    ),
    A(
        "alpine-pass",
        "wire",
        ("guillemets", "transport"),
        "Alpine pass to close to lorries after rockfall\n\n"
        "CHAMBERY — The Col de Varenne will be closed to heavy goods vehicles for at least three months after a "
        "rockfall damaged a section of the road last week, regional authorities said on Monday.\n\n"
        "The prefect of the department, Hélène Marchand, told a news conference that engineers had found cracks "
        "in a retaining wall below the road. « We will not reopen a road we are not sure of, » she said. « Not "
        "for a week, not for a day. »\n\n"
        "Lorries will be diverted through the Maurienne valley, adding about 90 kilometres to the journey between "
        "Chambéry and Turin, according to the regional transport office.\n\n"
        "Hauliers reacted angrily. Bruno Lefèvre, who heads a regional federation of road transport companies, "
        "said his members would lose « hundreds of thousands of euros » and called for compensation. « Every "
        "detour is paid by the driver and the small firm, never by the ministry, » he said.\n\n"
        "Residents of the valley below the pass, by contrast, welcomed the closure. « For the first time in "
        "twenty years my children can sleep with the window open, » said Sylvie Domenach, who runs a bakery in "
        "the village of Saint-Aubin.\n\n"
        "Mayor Gérard Pellissier said the village had asked for a ban on lorries for a decade. « It took a "
        "mountain falling down for someone to listen, » he said, adding that the council would ask for the ban to "
        "become permanent.\n\n"
        "Cars and buses can still use the pass between 7 a.m. and 9 p.m., the prefecture said. Cyclists are "
        "asked to avoid the damaged section.\n\n"
        "The closure is the second on the pass in five years. In 2021 a landslide shut it for six weeks. "
        "Engineers expect to decide by the end of the month whether the wall can be repaired or must be rebuilt, "
        "Marchand said.",
        [
            Q(
                "The Col de Varenne will be closed to heavy goods vehicles for at least three months after a "
                "rockfall damaged a section of the road last week",
                "regional authorities",
                "regional authorities",
                anonymous=True,
            ),
            Q(
                "engineers had found cracks in a retaining wall below the road",
                "Hélène Marchand",
                "Hélène Marchand",
                "told",
                at="Hélène Marchand, told",
            ),
            Q(
                ("« We will not reopen a road we are not sure of, »", "« Not for a week, not for a day. »"),
                "she",
                "Hélène Marchand",
                kind="direct",
            ),
            Q(
                "Lorries will be diverted through the Maurienne valley, adding about 90 kilometres to the journey "
                "between Chambéry and Turin",
                "the regional transport office",
                "regional transport office",
                "according to",
                how="according_to",
            ),
            Q(
                "his members would lose « hundreds of thousands of euros »",
                "Bruno Lefèvre",
                "Bruno Lefèvre",
                at="Bruno Lefèvre, who heads a regional federation of road transport companies, said",
                kind="mixed",
            ),
            Q(
                "« Every detour is paid by the driver and the small firm, never by the ministry, »",
                "he",
                "Bruno Lefèvre",
                kind="direct",
            ),
            Q(
                "« For the first time in twenty years my children can sleep with the window open, »",
                "Sylvie Domenach",
                "Sylvie Domenach",
                kind="direct",
            ),
            Q("the village had asked for a ban on lorries for a decade", "Gérard Pellissier", "Gérard Pellissier"),
            Q(
                "« It took a mountain falling down for someone to listen, »",
                "he",
                "Gérard Pellissier",
                kind="direct",
            ),
            Q(
                "the council would ask for the ban to become permanent",
                "he",
                "Gérard Pellissier",
                "adding",
                at="he said, adding",
            ),
            Q(
                "Cars and buses can still use the pass between 7 a.m. and 9 p.m.",
                "the prefecture",
                "prefecture",
            ),
            Q(
                "Engineers expect to decide by the end of the month whether the wall can be repaired or must be "
                "rebuilt",
                "Marchand",
                "Hélène Marchand",
            ),
        ],
        titles={
            "Hélène Marchand": ["The prefect of the department"],
            "Bruno Lefèvre": ["who heads a regional federation of road transport companies"],
            "Sylvie Domenach": ["who runs a bakery in the village of Saint-Aubin"],
            "Gérard Pellissier": ["Mayor"],
        },
    ),
]

NON_QUOTES: dict[str, list[tuple[str, str]]] = {
    "robotics-founder-qa": [("‘Robots should do the boring jobs first’", "headline")],
}
"""Spans that must not be reported, by article: ``(text, why)``."""
