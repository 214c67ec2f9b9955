"""Passages of the seventh reported-speech suite (``reported_speech7.jsonl``), by group (second part).

Written in session 18 before the claim rules were read; see ``reported_speech7_passages.py`` for the markup and
``make_reported_speech7.py`` for the annotation decisions.
"""

from __future__ import annotations

from typing import Any

PASSIVES = [
    (
        "council",
        "[[c1|It was announced]] on Friday [[q1|that the swimming pool would close for a year]].",
        ("!",),
    ),
    (
        "business",
        "[[c1|It was announced]] [[q1|that the two banks would merge by the end of March]].",
        ("!",),
    ),
    (
        "sport",
        "[[s1|The striker]] [[c1|is said to have told]] friends [[q1|that he wants to move abroad]].",
        ("~The striker",),
    ),
    (
        "politics",
        "[[q1.1|The minister]] [[c1|is said]] [[q1.2|to have lost her temper with officials]].",
        ("!",),
    ),
    (
        "world",
        "[[s1|The ambassador]] [[c1|was quoted as saying]] [[q1|the embassy would reopen next month]].",
        ("~The ambassador",),
    ),
    (
        "business",
        "[[s1|Harmon]] [[c1|was quoted as saying]] [[q1|that the factory had no future]] in a trade paper.",
        ("Harmon",),
    ),
    (
        "health",
        "Staff [[c1|were told]] [[q1|that the clinic would move to the new hospital in June]].",
        ("!",),
    ),
    # negative neighbours: passives of doing, finding and believing
    ("business", "[[n:non_reporting|It is thought that the shop will close]] before Christmas.", ()),
    ("crime", "The stolen car was found abandoned near the ring road.", ()),
    ("weather", "The storm was heard long before it reached the harbour.", ()),
]

RELATIVES = [
    (
        "politics",
        "The governor stood by a [[c1|claim]] [[s1|he]] made on Tuesday [[q1|that the deficit had been halved]].",
        ("~he",),
    ),
    (
        "business",
        "The board withdrew a [[c1|promise]] [[s1|it]] gave in May [[q1|that bonuses would be capped]].",
        ("~it",),
    ),
    (
        "courts",
        "The jury was shown a letter in which [[s1|the accused]] [[c1|admitted]] [[q1|that he had kept the money]].",
        ("~the accused",),
    ),
    (
        "council",
        "The plan, which [[s1|the mayor]] [[c1|insisted]] [[q1|would cost nothing]], has doubled in price.",
        ("~the mayor",),
    ),
    (
        "sport",
        "[[s1|Fans]], who [[c1|accused]] [[q1|the owners of neglecting the club]], marched to the ground.",
        ("~Fans",),
    ),
    (
        "health",
        "It was the second [[c1|warning]] [[s1|the inspectors]] had given [[q1|that the ward was short of nurses]].",
        ("~the inspectors",),
    ),
    # negative neighbours: a relative clause with no speech
    ("politics", "The claim form he made out on Tuesday was lost in the post.", ()),
    ("business", "The promise ring she gave him was found in a drawer.", ()),
]

NOMINALS = [
    (
        "politics",
        "The minister repeated [[s1|his]] [[c1|insistence]] [[q1|that the tax would not rise]].",
        ("~his",),
    ),
    (
        "health",
        "[[s1|Her]] [[c1|warning]] [[q1|that the hospital would run out of beds]] went unheeded.",
        ("~Her",),
    ),
    (
        "council",
        "Residents held the council to [[s1|its]] [[c1|promise]] [[q1|that the park would never be sold]].",
        ("~its",),
    ),
    (
        "sport",
        "[[s1|The coach]]'s [[c1|admission]] [[q1|that his players were tired]] surprised the fans.",
        ("~The coach",),
    ),
    (
        "business",
        "Shares fell after [[s1|the chairman]]'s [[c1|announcement]] [[q1|that he would step down]].",
        ("~the chairman",),
    ),
    (
        "world",
        "[[s1|The rebels]]' [[c1|demand]] [[q1|that all prisoners be freed]] has stalled the talks.",
        ("~The rebels",),
    ),
    (
        "crime",
        "Police rejected [[s1|the family]]'s [[c1|claim]] [[q1|that officers had ignored their calls]].",
        ("~the family",),
    ),
    (
        "politics",
        "[[s1|Her]] [[c1|pledge]] [[q1|to build 10,000 homes]] won over many voters.",
        ("~Her",),
    ),
    # negative neighbours: a noun with a clause that is no speech
    ("science", "The fact that the comet returned on time pleased astronomers.", ()),
    ("sport", "The news that the ground was flooded reached the players at lunch.", ()),
    ("business", "[[n:non_reporting|His hope that sales would recover]] faded by the spring.", ()),
    ("weather", "The chance that the drought will end this month is small.", ()),
]

NEGATIVES = [
    ("sport", "The referee's whistle signalled the end of the match.", ()),
    ("weather", "The grey sky hinted at rain by the afternoon.", ()),
    ("courts", "The judge adjourned the case until Monday.", ()),
    ("arts", "The choir repeated the chorus twice before the interval.", ()),
    ("council", "The councillors went on to approve the budget without a vote.", ()),
    ("crime", "Witnesses saw the van leave the car park at speed.", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "passives": PASSIVES,
    "relatives": RELATIVES,
    "nominals": NOMINALS,
    "negatives": NEGATIVES,
}
