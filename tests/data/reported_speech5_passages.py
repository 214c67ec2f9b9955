"""Passages of the fifth reported-speech suite (``reported_speech5.jsonl``), by group (first part).

Written in session 14 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech5.py``; the other groups are in
``reported_speech5_passages_b.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

COLON_OBJECTS = [
    (
        "business",
        "[[s1|Mira Castell]] [[c1|said]] one thing to the workers at the gate: [[q1|the plant stays open]].",
        ("Mira Castell",),
    ),
    (
        "politics",
        "[[s1|The minister]] [[c1|made]] one promise to parents: [[q1|no village school would close this year]].",
        ("~The minister",),
    ),
    (
        "sport",
        "[[s1|The coach]] [[c1|had]] a simple message for his players at half-time: [[q1|keep the ball and "
        "wait for the gaps]].",
        ("~The coach",),
    ),
    (
        "council",
        "[[s1|The council leader]] [[c1|put it bluntly]]: [[q1|there is no money left for the pool]].",
        ("~The council leader",),
    ),
    (
        "crime",
        "[[s1|Police]] [[c1|gave]] drivers a clear warning: [[q1|stay off the coast road until the floodwater "
        "has gone]].",
        ("~Police",),
    ),
    (
        "health",
        "[[s1|Dr Imelda Varga]] [[c1|said]] the lesson of the outbreak was simple: [[q1|wash your hands]].",
        (Item(1, "Imelda Varga", titles=("Dr",)),),
    ),
    (
        "world",
        "[[s1|The envoy]] [[c1|said]] only this after the talks: [[q1|the two sides would meet again in Geneva]].",
        ("~The envoy",),
    ),
    (
        "business",
        "[[s1|The chief executive]] [[c1|told]] analysts two things: [[q1|sales had peaked, and the "
        "dividend was safe]].",
        ("~The chief executive",),
    ),
    (
        "schools",
        "[[s1|The head teacher]] [[c1|wrote]] to parents with one request: [[q1|please collect children by 3.15 p.m.]]",
        ("~The head teacher",),
    ),
    (
        "transport",
        "[[s1|The operator]] [[c1|said]] its advice was unchanged: [[q1|passengers should not travel unless "
        "the journey is essential]].",
        ("~The operator",),
    ),
    (
        "politics",
        "Asked about the leadership, [[s1|Ruth Okonjo]] [[c1|said]] just one thing: [[q1|she was not a candidate]].",
        ("Ruth Okonjo",),
    ),
    (
        "environment",
        "[[s1|The campaigners]] [[c1|repeated]] their demand to the inquiry: [[q1|the wetland must be "
        "protected in law]].",
        ("~The campaigners",),
    ),
]

IDIOMS = [
    (
        "business",
        "The merger was, [[n:non_reporting|that is to say]], a takeover in all but name.",
        (),
    ),
    (
        "sport",
        "[[n:non_reporting|Needless to say, the home fans were not impressed by the performance]].",
        (),
    ),
    (
        "politics",
        "The new cabinet is, [[n:non_reporting|so to speak]], the old cabinet in new suits.",
        (),
    ),
    (
        "entertainment",
        "[[n:non_reporting|Suffice it to say that the sequel is not as good as the original]].",
        (),
    ),
    (
        "columns",
        "[[n:non_reporting|I must say the new library on Dean Street is a delight]].",
        (),
    ),
    (
        "business",
        "[[n:non_reporting|It goes without saying that the shareholders will want answers]].",
        (),
    ),
    (
        "weather",
        "The summer was wet, [[n:non_reporting|to say the least]].",
        (),
    ),
    (
        "columns",
        "[[n:non_reporting|It is fair to say that the council has had a difficult year]].",
        (),
    ),
    (
        "science",
        "[[n:non_reporting|Truth be told, the telescope had been out of date for a decade]].",
        (),
    ),
    (
        "business",
        "A small firm might spend, [[n:non_reporting|say]], £20,000 a year on insurance.",
        (),
    ),
    (
        "sport",
        "The rest, [[n:non_reporting|as they say]], is history.",
        (),
    ),
    (
        "columns",
        "[[n:non_reporting|I have to say that the food at the festival was the best in years]].",
        (),
    ),
    (
        "politics",
        "[[q1|The plan is, so to speak, dead in the water]], [[s1|a senior aide]] [[c1|said]].",
        ("~a senior aide",),
    ),
    (
        "business",
        "[[s1|The regulator]] [[c1|said]] [[q1|that, needless to say, it would be watching the deal closely]].",
        ("~The regulator",),
    ),
]

ACCORDING = [
    (
        "crime",
        "[[c1|According to]] [[s1|the prosecution]], [[q1|the two men met in a car park in Luton on the night "
        "of the fire]].",
        ("@the prosecution",),
    ),
    (
        "business",
        "[[q1|The deal is worth about £40m]], [[c1|according to]] [[s1|people close to the talks]].",
        ("@people close to the talks",),
    ),
    (
        "politics",
        "[[q1.1|The vote]], [[c1|according to]] [[s1|the party's chief whip]], [[q1.2|will be held before the "
        "summer recess]].",
        ("@the party's chief whip",),
    ),
    (
        "world",
        "[[c1|According to]] [[s1|a statement from the foreign ministry]], [[q1|the ambassador was recalled "
        "for consultations on Friday]].",
        ("@a statement from the foreign ministry",),
    ),
    (
        "health",
        "[[q1|Waiting times at the clinic have doubled since January]], [[c1|according to]] [[s1|Dr Pavel "
        "Ilic]], who runs the service.",
        (Item(1, "Pavel Ilic", titles=("Dr", "who runs the service"), relation="according_to"),),
    ),
    (
        "sport",
        "[[c1|According to]] [[s1|his agent]], [[q1|the striker has had offers from three clubs in Spain]].",
        ("@his agent",),
    ),
    (
        "courts",
        "[[c1|According to]] [[s1|court documents]] filed on Monday, [[q1|the company owed its suppliers "
        "more than $3m]].",
        ("@court documents",),
    ),
    (
        "council",
        "[[q1|The library will reopen in April]], [[c1|according to]] [[s1|a council spokesperson]].",
        ("@a council spokesperson",),
    ),
    (
        "tech",
        "[[c1|According to]] [[s1|two engineers who worked on the project]], [[q1|the app was launched "
        "before it had been tested]].",
        ("@two engineers who worked on the project",),
    ),
    (
        "transport",
        "[[q1.1|The trains were cancelled]], [[c1|according to]] [[s1|the union]], [[q1.2|because there were "
        "not enough drivers]].",
        ("@the union",),
    ),
    (
        "business",
        "The launch went [[n:non_reporting|according to plan]], and the shares rose 4 per cent.",
        (),
    ),
    (
        "world",
        "The ceremony was held at dawn, [[n:non_reporting|according to tradition]].",
        (),
    ),
    (
        "schools",
        "Pupils are grouped [[n:non_reporting|according to their age]].",
        (),
    ),
]

ASSURANCES = [
    (
        "politics",
        "[[s1|The prime minister]] [[c1|gave assurances]] [[q1|that no jobs would be lost at the dockyard]].",
        ("~The prime minister",),
    ),
    (
        "business",
        "[[s1|The new owners]] [[c1|have given an assurance]] [[q1|that the brand will stay in Leeds]].",
        ("~The new owners",),
    ),
    (
        "weather",
        "[[s1|Forecasters]] [[c1|issued a warning]] [[q1|that rivers in Cumbria could burst their banks overnight]].",
        ("~Forecasters",),
    ),
    (
        "council",
        "[[s1|Councillor Bram Oyelaran]] [[c1|made a promise]] [[q1|that the potholes on Mill Lane would be "
        "filled by May]].",
        (Item(1, "Bram Oyelaran", titles=("Councillor",)),),
    ),
    (
        "sport",
        "[[s1|The club]] [[c1|gave a guarantee]] [[q1|that season-ticket prices would not rise]].",
        ("~The club",),
    ),
    (
        "courts",
        "[[s1|The defendant]] [[c1|gave an undertaking]] [[q1|that he would not contact the witnesses]].",
        ("~The defendant",),
    ),
    (
        "health",
        "[[s1|The health board]] [[c1|issued a reminder]] [[q1|that flu jabs are free for over-65s]].",
        ("~The health board",),
    ),
    (
        "world",
        "[[s1|The rebels]] [[c1|made the claim]] [[q1|that government troops had fired first]].",
        ("~The rebels",),
    ),
    (
        "tech",
        "[[s1|The company]] [[c1|offered reassurances]] [[q1|that customers' passwords had not been exposed]].",
        ("~The company",),
    ),
    (
        "politics",
        "[[s1|Ministers]] [[c1|sought to give assurances]] [[q1|that the border would stay open]].",
        ("~Ministers",),
    ),
    (
        "business",
        "[[s1|The bank]] [[c1|sent a clear message]] [[q1|that rates would not fall this year]].",
        ("~The bank",),
    ),
    (
        "transport",
        "[[s1|Rail bosses]] [[c1|issued an apology]] [[q1|for the delays]] on Monday.",
        ("~Rail bosses",),
    ),
    (
        "business",
        "Savers were urged to check their [[n:non_reporting|life assurance]] policies before renewing them.",
        (),
    ),
    (
        "science",
        "The young physicist [[n:non_reporting|showed great promise]] from her first year.",
        (),
    ),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "colon_objects": COLON_OBJECTS,
    "idioms": IDIOMS,
    "according": ACCORDING,
    "assurances": ASSURANCES,
}
