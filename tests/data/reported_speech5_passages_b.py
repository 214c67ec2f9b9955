"""Passages of the fifth reported-speech suite (``reported_speech5.jsonl``), by group (second part).

Written in session 14 before the claim rules were read; markup and item short forms as in
``reported_speech5_passages.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

SAID_AFTER_CUE = [
    (
        "business",
        "[[q1|The union will hold a vote on the offer next week]], [[c1|said]] [[s1|Dana Whitlock]], its "
        "general secretary.",
        (Item(1, "Dana Whitlock", titles=("its general secretary",)),),
    ),
    (
        "politics",
        "[[q1|The government will announce the new budget rules in March]], [[s1|officials]] [[c1|said]].",
        ("~officials",),
    ),
    (
        "business",
        "[[q1|The firm will report its annual results next Thursday]], [[s1|a spokesman]] [[c1|said]].",
        ("~a spokesman",),
    ),
    (
        "council",
        "[[q1|The council would ask residents for their views before any decision]], [[c1|said]] [[s1|the leader]].",
        ("~the leader",),
    ),
    (
        "environment",
        "[[q1|The report will warn of hundreds of job losses in the fishing towns]], [[s1|two people who "
        "have read it]] [[c1|said]].",
        ("~two people who have read it",),
    ),
    (
        "sport",
        "[[q1|The club has promised a full review of ticketing]], [[s1|the chairman]] [[c1|said]] on Saturday.",
        ("~the chairman",),
    ),
    (
        "politics",
        "[[q1|Ministers will explain the plan to parliament on Tuesday]], [[c1|said]] [[s1|a government source]].",
        ("~a government source",),
    ),
    (
        "courts",
        "[[q1|The judge will tell the jury how to consider the evidence tomorrow]], [[s1|the court]] [[c1|heard]].",
        ("~the court",),
    ),
    (
        "world",
        "[[q1|Both leaders will call for a ceasefire when they meet in Oslo]], [[s1|diplomats]] [[c1|said]].",
        ("~diplomats",),
    ),
    (
        "health",
        "[[q1|Patients will be asked to book appointments online from June]], [[c1|said]] [[s1|Dr Leonie Bauer]].",
        (Item(1, "Leonie Bauer", titles=("Dr",)),),
    ),
    (
        "business",
        "[[q1|Staff had complained about the heat in the warehouse for years]], [[s1|a former manager]] [[c1|said]].",
        ("~a former manager",),
    ),
    (
        "tech",
        "[[q1|The company will confirm the price at its launch event]], [[s1|analysts]] [[c1|said]].",
        ("~analysts",),
    ),
    (
        "politics",
        "[[q1|The opposition would demand a recount in at least two seats]], [[c1|said]] [[s1|Tomas "
        "Reyes]], the party's campaign chief.",
        (Item(1, "Tomas Reyes", titles=("the party's campaign chief",)),),
    ),
    (
        "schools",
        "[[q1|Parents will be told the results by letter]], [[s1|the school]] [[c1|said]].",
        ("~the school",),
    ),
    (
        "crime",
        "[[q1|Detectives want to speak to a man seen near the shop]], [[s1|police]] [[c1|said]].",
        ("~police",),
    ),
]

TOLD_ASKED = [
    (
        "politics",
        "[[s1|The speaker]] [[c1|told]] MPs [[q1|that the debate would continue after the break]].",
        ("~The speaker",),
    ),
    (
        "crime",
        "[[s1|Police]] [[c1|told]] residents [[q1|to keep their windows closed]] because of smoke from the fire.",
        ("~Police",),
    ),
    (
        "courts",
        "[[s1|Ms Ferrante]] [[c1|told]] the tribunal [[q1|she had been dismissed without warning]].",
        ("Ferrante",),
    ),
    (
        "council",
        "[[s1|The mayor]] [[c1|asked]] [[q1|residents to report any damage to the council]].",
        ("~The mayor",),
    ),
    (
        "business",
        "[[s1|Shareholders]] [[c1|asked]] [[q1|whether the board had known about the losses]].",
        ("~Shareholders",),
    ),
    (
        "sport",
        "The manager was [[c1|asked]] [[q1|why he had left his captain on the bench]].",
        ("!",),
    ),
    (
        "health",
        "Nurses were [[c1|told]] [[q1|that their shifts would be extended to 12 hours]].",
        ("!",),
    ),
    (
        "politics",
        "[[s1|Lena Sorvino]] [[c1|told]] a press conference in Rome on Friday [[q1|that the coalition had "
        "a majority]].",
        ("Lena Sorvino",),
    ),
    (
        "world",
        "[[s1|The general]] [[c1|told]] his troops [[q1|not to fire unless fired upon]].",
        ("~The general",),
    ),
    (
        "transport",
        "Passengers were [[c1|asked]] [[q1|to leave the station by the north exit]].",
        ("!",),
    ),
    (
        "tech",
        "[[s1|A spokeswoman]] [[c1|told]] the Daily Courier [[q1|the outage had been caused by a faulty update]].",
        ("~A spokeswoman",),
    ),
    (
        "business",
        "[[s1|Investors]] [[c1|asked]] the chief executive [[q1|when the factory would be profitable]].",
        ("~Investors",),
    ),
    (
        "courts",
        "[[s1|The judge]] [[c1|asked]] [[q1|the jury to ignore the last remark]].",
        ("~The judge",),
    ),
    (
        "schools",
        "[[s1|The inspectors]] [[c1|told]] governors [[q1|the school needed a new head within a year]].",
        ("~The inspectors",),
    ),
    (
        "environment",
        "[[s1|Farmers]] [[c1|told]] the inquiry [[q1|that the river had flooded four times since 2019]].",
        ("~Farmers",),
    ),
]

RELAYED = [
    (
        "crime",
        "[[s1|Ms Adeyemi]] [[c1|said]] [[q1|a neighbour had told her the gate was open]].",
        ("Adeyemi",),
    ),
    (
        "politics",
        "[[s1|The senator]] [[c1|said]] [[q1|the president had assured him that the bill would be signed]].",
        ("~The senator",),
    ),
    (
        "business",
        "[[s1|Union leaders]] [[c1|said]] [[q1|managers had promised them that there would be no compulsory "
        "redundancies]].",
        ("~Union leaders",),
    ),
    (
        "sport",
        "[[s1|Kovacs]] [[c1|said]] [[q1|his coach had told him to stay calm and play his own game]].",
        ("Kovacs",),
    ),
    (
        "world",
        "[[s1|Witnesses]] [[c1|told]] investigators [[q1|that soldiers had ordered them to leave their homes]].",
        ("~Witnesses",),
    ),
    (
        "courts",
        "[[s1|The witness]] [[c1|told]] the court [[q1|that the accused had said he would get even]].",
        ("~The witness",),
    ),
    (
        "health",
        "[[s1|Relatives]] [[c1|said]] [[q1|doctors had warned them that the patient might not survive the night]].",
        ("~Relatives",),
    ),
    (
        "tech",
        "[[s1|Two former employees]] [[c1|said]] [[q1|they had been told not to report the fault]].",
        ("~Two former employees",),
    ),
    (
        "council",
        "[[s1|Residents]] [[c1|said]] [[q1|they were told the road would reopen in a week]].",
        ("~Residents",),
    ),
    (
        "politics",
        "[[q1|The minister had promised a decision by Easter]], [[s1|campaigners]] [[c1|said]].",
        ("~campaigners",),
    ),
    (
        "business",
        "[[s1|The former director]] [[c1|claimed]] [[q1|that the chairman had told the board the figures were sound]].",
        ("~The former director",),
    ),
    (
        "environment",
        "[[s1|Fishermen]] [[c1|said]] [[q1|officials had told them that the ban was temporary]].",
        ("~Fishermen",),
    ),
]

CONTROLS = [
    ("business", "The [[n:non_reporting|asking price]] for the mill was £450,000.", ()),
    ("science", "It is hard to [[n:non_reporting|tell the difference between the two species]].", ()),
    ("politics", "Voters want more [[n:non_reporting|say in how the money is spent]].", ()),
    ("sport", "The fans [[n:non_reporting|said goodbye to the old stand]] on Saturday.", ()),
    ("weather", "The [[n:non_reporting|storm warning lights]] on the pier were repaired.", ()),
    ("business", "Sales [[n:non_reporting|promise to be strong]] in the run-up to Christmas.", ()),
    ("crime", "Officers [[n:non_reporting|found that the safe had been emptied]].", ()),
    ("health", "Doctors [[n:non_reporting|hope that the new ward will cut waiting lists]].", ()),
    ("entertainment", "The film [[n:non_reporting|tells the story of a family in post-war Naples]].", ()),
    ("schools", "The pupils [[n:non_reporting|were told off for running in the corridor]].", ()),
    ("tech", "The figures [[n:non_reporting|suggest that demand for tablets has peaked]].", ()),
    ("sport", "The [[n:non_reporting|tell-tale signs of fatigue]] were there in the second half.", ()),
    ("politics", "Everyone [[n:non_reporting|knew that the vote would be close]].", ()),
    ("world", "The [[n:non_reporting|promise of peace]] drew thousands to the square.", ()),
    ("columns", "What the town needs, [[n:non_reporting|I would say]], is a decent bus service.", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "said_after_cue": SAID_AFTER_CUE,
    "told_asked": TOLD_ASKED,
    "relayed": RELAYED,
    "controls": CONTROLS,
}
