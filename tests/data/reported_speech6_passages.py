"""Passages of the sixth reported-speech suite (``reported_speech6.jsonl``), by group (first part).

Written in session 17 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech6.py``; the other groups are in
``reported_speech6_passages_b.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

PREDICATES = [
    (
        "politics",
        "[[s1|Councillor Brenna Hale]] [[c1|called]] [[q1|him a liar]] during a heated meeting on Thursday.",
        ("Brenna Hale",),
    ),
    (
        "council",
        "[[s1|Residents]] [[c1|branded]] [[q1|it a disgrace]] after the bins went uncollected for a third week.",
        ("~Residents",),
    ),
    (
        "business",
        "[[s1|The regulator]] [[c1|described]] [[q1|them as reckless]] in a report published on Monday.",
        ("~The regulator",),
    ),
    (
        "sport",
        "[[s1|Tomas Reyna]] [[c1|labelled]] [[q1|the decision a joke]] after his side lost on penalties.",
        ("Tomas Reyna",),
    ),
    (
        "health",
        "[[s1|Nurses]] [[c1|described]] [[q1|the new rota as unworkable]].",
        ("~Nurses",),
    ),
    (
        "courts",
        "[[s1|The judge]] [[c1|called]] [[q1|the defendant a danger to the public]] before jailing him for six years.",
        ("~The judge",),
    ),
    (
        "world",
        "[[s1|The foreign ministry]] [[c1|denounced]] [[q1|the sanctions as illegal]].",
        ("~The foreign ministry",),
    ),
    (
        "politics",
        "[[s1|Opposition leader Kasia Brandt]] [[c1|dismissed]] [[q1|the budget as a gimmick]].",
        (Item(1, "Kasia Brandt", titles=("Opposition leader",)),),
    ),
    # negative neighbours: the same verbs naming, ringing, drawing or marking
    ("business", "The firm [[n:non_reporting|called the new drink Blaze]] after a poll of its staff.", ()),
    ("council", "The farmer [[n:non_reporting|branded the cattle]] before the autumn sale.", ()),
    ("science", "The comet [[n:non_reporting|described a wide arc]] across the northern sky.", ()),
    ("crime", "The doorman [[n:non_reporting|called her a taxi]] shortly after midnight.", ()),
]

NOUN_IDIOMS = [
    (
        "council",
        "[[s1|The council leader]] [[c1|gave his word]] [[q1|that the library would stay open]].",
        ("~The council leader",),
    ),
    (
        "business",
        "[[s1|The new owners]] [[c1|gave an undertaking]] [[q1|that no jobs would be lost before 2028]].",
        ("~The new owners",),
    ),
    (
        "sport",
        "[[s1|The manager]] [[c1|put it bluntly]]: [[q1|his players had not earned their wages]].",
        ("~The manager",),
    ),
    (
        "politics",
        "[[s1|Imran Lodi]] [[c1|made the case]] [[q1|that the tax would pay for itself within five years]].",
        ("Imran Lodi",),
    ),
    (
        "health",
        "[[s1|Parents]] [[c1|voiced concern]] [[q1|that the clinic was too far from the bus route]].",
        ("~Parents",),
    ),
    (
        "environment",
        "[[s1|Anglers]] [[c1|raised the alarm]] [[q1|that dead fish were washing up below the works]].",
        ("~Anglers",),
    ),
    (
        "business",
        "[[s1|The central bank]] [[c1|sounded a warning]] [[q1|that household debt was rising too fast]].",
        ("~The central bank",),
    ),
    (
        "politics",
        "[[s1|The senator]] [[c1|went on record as saying]] [[q1|the base should never close]].",
        ("~The senator",),
    ),
    (
        "courts",
        "[[s1|Defence lawyers]] [[c1|voiced concerns]] [[q1|that the jury had been shown the wrong map]].",
        ("~Defence lawyers",),
    ),
    (
        "schools",
        "[[s1|The head teacher]] [[c1|made the point]] [[q1|that most pupils walk to school]].",
        ("~The head teacher",),
    ),
    # negative neighbours
    ("council", "The carpenter [[n:non_reporting|made the case for the clock]] out of oak.", ()),
    ("crime", "A neighbour [[n:non_reporting|raised the alarm]] when she saw smoke.", ()),
    ("sport", "The referee [[n:non_reporting|sounded the whistle]] for half-time.", ()),
    ("business", "She [[n:non_reporting|put it on the shelf]] beside the till.", ()),
]

CHANNELS = [
    (
        "politics",
        "[[s1|The governor]] took to the airwaves to [[c1|urge]] [[q1|voters to back the bond measure]].",
        ("~The governor",),
    ),
    (
        "sport",
        "[[s1|The striker]] took to social media to [[c1|deny]] [[q1|that he had asked for a transfer]].",
        ("~The striker",),
    ),
    (
        "world",
        "[[s1|The president]] used a speech in the capital to [[c1|call for]] [[q1|a ceasefire by the weekend]].",
        ("~The president",),
    ),
    (
        "council",
        "[[s1|The water company]] wrote to residents to [[c1|say]] [[q1|that supplies would be cut overnight]].",
        ("~The water company",),
    ),
    (
        "business",
        "[[s1|Elena Marsh]] used an interview with a trade magazine to [[c1|announce]] [[q1|her retirement]].",
        ("Elena Marsh",),
    ),
    (
        "health",
        "[[s1|The health board]] took to local radio to [[c1|warn]] [[q1|that emergency waits would be long]].",
        ("~The health board",),
    ),
    # negative neighbours
    ("sport", "The fans took to the streets to celebrate the title.", ()),
    ("business", "The firm used the grant to buy two new lorries.", ()),
]

PASSIVES = [
    (
        "politics",
        "[[s1|The prime minister]] [[c1|let it be known]] through aides [[q1|that he would not resign]].",
        ("~The prime minister",),
    ),
    (
        "council",
        "[[c1|It was announced]] [[q1|that the market would move to Castle Square]].",
        ("!",),
    ),
    (
        "business",
        "[[n:non_reporting|It is understood that the bank will cut 300 jobs]].",
        (),
    ),
    (
        "sport",
        "[[s1|Vaughan]] [[c1|was quoted as saying]] [[q1|the club had let him down]].",
        ("Vaughan",),
    ),
    (
        "courts",
        "[[s1|The accused]] [[c1|was heard to say]] [[q1|he would make them pay]].",
        ("~The accused",),
    ),
    (
        "world",
        "[[s1|The envoy]] [[c1|was said to have told]] the rebels [[q1|that the offer would not be repeated]].",
        ("~The envoy",),
    ),
    (
        "health",
        "[[s1|The surgeon]] [[c1|is reported to have said]] [[q1|that the operation went well]].",
        ("~The surgeon",),
    ),
    (
        "business",
        "[[n:non_reporting|It is understood the talks have stalled over pensions]].",
        (),
    ),
    # negative neighbours
    ("politics", "The band was heard across the valley on Sunday.", ()),
    ("council", "The decision was heard in full by the planning committee.", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "predicates": PREDICATES,
    "noun_idioms": NOUN_IDIOMS,
    "channels": CHANNELS,
    "passives": PASSIVES,
}
