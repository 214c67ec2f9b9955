"""Passages of the seventh reported-speech suite (``reported_speech7.jsonl``), by group (first part).

Written in session 18 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech7.py``; the other groups are in
``reported_speech7_passages_b.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

CHANNELS = [
    (
        "politics",
        "[[s1|The mayor]] took to the airwaves on Sunday to [[c1|urge]] [[q1|commuters to leave their cars at home]].",
        ("~The mayor",),
    ),
    (
        "health",
        "[[s1|The chief nurse]] took to the airwaves to [[c1|urge]] [[q1|parents to book flu jabs for their "
        "children]].",
        ("~The chief nurse",),
    ),
    (
        "world",
        "[[s1|The foreign minister]] used a speech at the summit to [[c1|call for]] [[q1|fresh talks on the "
        "water treaty]].",
        ("~The foreign minister",),
    ),
    (
        "business",
        "[[s1|Bruno Castell]] used his speech to the conference to [[c1|call for]] [[q1|lower energy taxes for "
        "small firms]].",
        ("Bruno Castell",),
    ),
    (
        "sport",
        "[[s1|The club's chairman]] used the annual meeting to [[c1|announce]] [[q1|that the stadium would be "
        "expanded]].",
        ("~The club's chairman",),
    ),
    # negative neighbours: the same channels carrying no speech
    ("weather", "Hundreds of people took to the beaches to enjoy the late sunshine.", ()),
    ("council", "The council used the money to repair the roof of the old library.", ()),
    ("music", "The band took to the stage shortly after nine.", ()),
]

ADJUNCTS = [
    (
        "politics",
        "[[s1|The minister]] [[c1|let it be known]] through aides [[q1|that she would not stand for the leadership]].",
        ("~The minister",),
    ),
    (
        "business",
        "[[s1|The founder]] [[c1|let it be known]] through friends [[q1|that he was ready to sell his stake]].",
        ("~The founder",),
    ),
    (
        "courts",
        "[[s1|Her lawyer]] [[c1|told]] reporters on the steps of the court, after the verdict, [[q1|that she "
        "would appeal]].",
        ("~Her lawyer",),
    ),
    (
        "crime",
        "[[s1|The detective]] [[c1|told]] journalists, after the hearing, [[q1|that the inquiry was far from over]].",
        ("~The detective",),
    ),
    (
        "sport",
        "[[s1|The coach]] [[c1|said]], after the final whistle, [[q1|that his team had been robbed]].",
        ("~The coach",),
    ),
    (
        "business",
        "[[s1|The regulator]] [[c1|described]] [[q1|the lenders as reckless]] in a report on Thursday.",
        ("~The regulator",),
    ),
    (
        "health",
        "[[s1|Inspectors]] [[c1|described]] [[q1|the ward as unsafe]] in a report published this week.",
        ("~Inspectors",),
    ),
    (
        "courts",
        "[[c1|The panel heard]] [[q1|that the officer had, on several occasions, shouted at junior staff]].",
        ("!",),
    ),
    (
        "courts",
        "[[c1|The tribunal heard]] [[q1|that the manager had, on at least two occasions, locked the fire exits]].",
        ("!",),
    ),
]

LABELS_AND_FIGURES = [
    (
        "council",
        "[[s1|Shopkeepers]] [[c1|branded]] [[q1|it a disgrace]] after the market was closed without notice.",
        ("~Shopkeepers",),
    ),
    (
        "sport",
        "[[s1|The manager]] [[c1|branded]] [[q1|the decision a disgrace]].",
        ("~The manager",),
    ),
    (
        "politics",
        "[[s1|Opposition members]] [[c1|branded]] [[q1|the scheme a waste of money]].",
        ("~Opposition members",),
    ),
    (
        "business",
        "[[s1|The supplier]] [[c1|confirmed]] [[q1|a rise of 2p in the price of a pint of milk]].",
        ("~The supplier",),
    ),
    (
        "transport",
        "[[s1|The rail operator]] [[c1|confirmed]] [[q1|a rise of 4% in fares from January]].",
        ("~The rail operator",),
    ),
    (
        "business",
        "[[s1|The energy firm]] [[c1|announced]] [[q1|a cut of £80 in its standard tariff]].",
        ("~The energy firm",),
    ),
    # negative neighbours
    ("farming", "The rancher [[n:non_reporting|branded the calves]] in the spring.", ()),
    ("business", "The bakery confirmed its place as the busiest shop on the street by noon.", ()),
]

CONTENT_CUTS = [
    (
        "council",
        "[[s1|The union]] [[c1|said]] [[q1|it supported the proposal but wanted more money for night shifts]].",
        ("~The union",),
    ),
    (
        "schools",
        "[[s1|Governors]] [[c1|said]] [[q1|they backed the merger but feared the loss of the sixth form]].",
        ("~Governors",),
    ),
    (
        "politics",
        "[[s1|The senator]] [[c1|said]] [[q1|she would vote for the bill but wanted changes to the farm subsidies]].",
        ("~The senator",),
    ),
    (
        "politics",
        "[[s1|The minister]] [[c1|said]] [[q1|the rescue plan was “dead in the water”]] and remained opposed to "
        "any public money for the yard.",
        ("~The minister",),
    ),
    (
        "business",
        "[[s1|The chief executive]] [[c1|called]] [[q1|the offer “derisory”]] and remained in talks with "
        "two other bidders.",
        ("~The chief executive",),
    ),
    (
        "sport",
        "[[s1|Okafor]] [[c1|described]] [[q1|the pitch as “a ploughed field”]] and stayed on the bench for "
        "the second half.",
        ("Okafor",),
    ),
]

VERBS = [
    (
        "politics",
        "[[s1|The candidate]] has [[c1|vowed]] [[q1|to scrap the toll on the bridge]] if she is elected.",
        ("~The candidate",),
    ),
    (
        "world",
        "[[s1|The general]] [[c1|vowed]] on state television [[q1|that the city would be retaken within days]].",
        ("~The general",),
    ),
    (
        "council",
        "[[s1|Councillors]] [[c1|pledged]] [[q1|to keep every branch library open until 2030]].",
        ("~Councillors",),
    ),
    (
        "business",
        "[[s1|The new owner]] [[c1|pledged]] [[q1|that no staff would be laid off]].",
        ("~The new owner",),
    ),
    (
        "courts",
        "[[s1|Marlow]] [[c1|insisted]] throughout the trial [[q1|that he had never met the victim]].",
        ("Marlow",),
    ),
    (
        "sport",
        "[[s1|The referee]] [[c1|conceded]] after the match [[q1|that he had missed the handball]].",
        ("~The referee",),
    ),
    (
        "weather",
        "[[s1|Forecasters]] [[c1|warned]] [[q1|that the river could burst its banks by Friday]].",
        ("~Forecasters",),
    ),
    (
        "business",
        "[[s1|The chief executive]] [[c1|hinted]] at the meeting [[q1|that a takeover bid was on the way]].",
        ("~The chief executive",),
    ),
    (
        "sport",
        "[[s1|Delacroix]] [[c1|boasted]] [[q1|that nobody in the league could catch him]].",
        ("Delacroix",),
    ),
    (
        "arts",
        "[[s1|The author]] [[c1|joked]] [[q1|that her cat had written most of the novel]].",
        ("~The author",),
    ),
    (
        "politics",
        "[[s1|The outgoing speaker]] [[c1|quipped]] [[q1|that he would miss the chamber less than it would miss him]].",
        ("~The outgoing speaker",),
    ),
    (
        "health",
        "[[s1|Paramedics]] [[c1|pleaded]] with [[q1|drivers to keep the hospital entrance clear]].",
        ("~Paramedics",),
    ),
    (
        "crime",
        "[[s1|The boy's father]] [[c1|begged]] [[q1|the gang to let his son go]].",
        ("~The boy's father",),
    ),
    (
        "world",
        "[[s1|The central bank]] [[c1|signalled]] [[q1|that interest rates would stay on hold]].",
        ("~The central bank",),
    ),
    (
        "transport",
        "[[s1|The transport secretary]] [[c1|floated the idea]] [[q1|of charging drivers by the mile]].",
        ("~The transport secretary",),
    ),
    (
        "council",
        "[[s1|The leader]] [[c1|said]] [[q1|the budget was balanced]] and [[c2|went on to say]] [[q2|that council "
        "tax would rise by 3%]].",
        ("~The leader", Item(2, "The leader", anonymous=True, src=1)),
    ),
    (
        "health",
        "[[s1|The coroner]] [[c1|stressed]] [[q1|that no single person was to blame]].",
        ("~The coroner",),
    ),
    (
        "world",
        "[[s1|The ministry]] [[c1|reiterated]] on Monday [[q1|that its troops would stay in the region]].",
        ("~The ministry",),
    ),
    (
        "politics",
        "[[s1|Several mayors]] [[c1|echoed]] [[q1|the call for a new bridge over the estuary]].",
        ("~Several mayors",),
    ),
    (
        "politics",
        "[[s1|The opposition leader]] [[c1|repeated]] [[q1|his call for a public inquiry]].",
        ("~The opposition leader",),
    ),
    (
        "environment",
        "[[s1|Campaigners]] [[c1|repeated]] [[q1|their call for a ban on the pesticide]] at the hearing.",
        ("~Campaigners",),
    ),
    # negative neighbours: the same verbs not reporting speech
    ("sport", "The goalkeeper [[n:non_reporting|conceded three goals]] in the first half.", ()),
    ("travel", "The hotel [[n:non_reporting|boasts a rooftop pool]] and two restaurants.", ()),
    ("transport", "The driver [[n:non_reporting|signalled left]] and pulled into the lay-by.", ()),
    ("schools", "The pupil [[n:non_reporting|repeated the year]] after a long illness.", ()),
    ("arts", "Her footsteps [[n:non_reporting|echoed]] through the empty gallery.", ()),
    ("crime", "The dog [[n:non_reporting|begged for scraps]] at the back door.", ()),
    ("science", "The storm [[n:non_reporting|stressed the bridge]] beyond its design limits.", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "channels": CHANNELS,
    "adjuncts": ADJUNCTS,
    "labels_and_figures": LABELS_AND_FIGURES,
    "content_cuts": CONTENT_CUTS,
    "verbs": VERBS,
}
