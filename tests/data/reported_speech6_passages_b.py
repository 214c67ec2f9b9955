"""Passages of the sixth reported-speech suite (``reported_speech6.jsonl``), by group (second part).

Written in session 17 before the claim rules were read; see ``reported_speech6_passages.py`` for the markup and
``make_reported_speech6.py`` for the annotation decisions.
"""

from __future__ import annotations

from typing import Any

QUESTIONS = [
    (
        "council",
        "[[s1|A resident]] [[c1|asked]] [[q1|whether the new car park would be free on Sundays]].",
        ("~A resident",),
    ),
    (
        "business",
        "[[s1|Shareholders]] [[c1|wanted to know]] [[q1|if the dividend would be cut]].",
        ("~Shareholders",),
    ),
    (
        "courts",
        "Asked about the missing money, [[s1|the treasurer]] [[c1|replied]] [[q1|that he had paid it back in full]].",
        ("~the treasurer",),
    ),
    (
        "sport",
        "[[s1|The coach]] [[c1|answered]] [[q1|that his captain would be fit for the final]].",
        ("~The coach",),
    ),
    (
        "health",
        "[[s1|Patients]] [[c1|asked]] the minister [[q1|why the ward had closed without warning]].",
        ("~Patients",),
    ),
    (
        "politics",
        "[[s1|Reporters]] [[c1|wanted to know]] [[q1|whether the minister had been told about the leak]], and "
        "[[s2|a spokesman]] [[c2|replied]] [[q2|that she had not]].",
        ("~Reporters", "~a spokesman"),
    ),
    (
        "world",
        "[[s1|The ambassador]] [[c1|asked]] [[q1|how long the border would stay closed]].",
        ("~The ambassador",),
    ),
    (
        "schools",
        "When pressed, [[s1|the head of the trust]] [[c1|answered]] [[q1|that the school would reopen in September]].",
        ("~the head of the trust",),
    ),
    # negative neighbours
    ("business", "The diners [[n:non_reporting|asked for the bill]] at ten.", ()),
    ("sport", "The home side [[n:non_reporting|answered with two goals]] in the second half.", ()),
    ("council", "Nobody [[n:non_reporting|answered the door]] when officers called.", ()),
    ("science", "The study [[n:non_reporting|asked whether sleep affects memory]] in older adults.", ()),
]

NUMBERS = [
    (
        "crime",
        "[[s1|Police]] [[c1|put]] [[q1|the number of marchers at 9,000]].",
        ("~Police",),
    ),
    (
        "council",
        "[[s1|The council]] [[c1|put]] [[q1|the cost of the repairs at £2m]].",
        ("~The council",),
    ),
    (
        "business",
        "[[s1|The airline]] [[c1|confirms]] [[q1|a levy of £2 on every ticket]] from April.",
        ("~The airline",),
    ),
    (
        "health",
        "[[s1|The trust]] [[c1|put]] [[q1|the waiting list at 14,200 patients]], up from 11,000 a year ago.",
        ("~The trust",),
    ),
    (
        "world",
        "[[s1|The Red Cross]] [[c1|put]] [[q1|the death toll at 212]] on Friday.",
        ("Red Cross",),
    ),
    (
        "business",
        "[[s1|The chancellor]] [[c1|confirmed]] [[q1|a rise of 2p in fuel duty]].",
        ("~The chancellor",),
    ),
    (
        "environment",
        "[[n:non_reporting|Insurers estimated the damage at £40m]].",
        (),
    ),
    (
        "sport",
        "[[n:non_reporting|Analysts estimated the transfer fee at €30m]].",
        (),
    ),
    # negative neighbours
    ("business", "The shopkeeper [[n:non_reporting|put the price at the bottom of the label]].", ()),
    ("council", "Workers [[n:non_reporting|put the barriers at the end of the lane]].", ()),
]

ADJUNCTS = [
    (
        "politics",
        "[[s1|Gareth Pryce]] [[c1|said]] on Tuesday in a radio interview [[q1|that the party would not raise taxes]].",
        ("Gareth Pryce",),
    ),
    (
        "courts",
        "[[s1|Her brother]] [[c1|told]] reporters outside the court, after the verdict, [[q1|that the family "
        "felt cheated]].",
        ("~Her brother",),
    ),
    (
        "business",
        "[[s1|The chief executive]] [[c1|said]] frankly, in a call with analysts, [[q1|that the year had been "
        "a disappointment]].",
        ("~The chief executive",),
    ),
    (
        "sport",
        "[[s1|Nadia Okafor]] [[c1|admitted]] afterwards, with a smile, [[q1|that she had not expected to win]].",
        ("Nadia Okafor",),
    ),
    (
        "health",
        "[[s1|The minister]] [[c1|told]] MPs on Wednesday, in answer to a question from the committee chair, "
        "[[q1|that the new hospital would open in 2029]].",
        ("~The minister",),
    ),
    (
        "world",
        "[[s1|The general]] [[c1|warned]] again last night, in a televised address, [[q1|that the army would "
        "defend the border]].",
        ("~The general",),
    ),
    (
        "council",
        "[[s1|The mayor]] [[c1|insisted]], speaking at the opening of the bridge, [[q1|that the project had "
        "come in on budget]].",
        ("~The mayor",),
    ),
    (
        "crime",
        "[[s1|Detectives]] [[c1|said]] late on Sunday [[q1|the two men were known to each other]].",
        ("~Detectives",),
    ),
]

NEGATIVES = [
    ("sport", "The players [[n:non_reporting|said goodbye]] to the fans after the last home game.", ()),
    ("schools", "Pupils in year one are [[n:non_reporting|learning to tell the time]].", ()),
    ("business", "The twins are hard to [[n:non_reporting|tell apart]].", ()),
    ("politics", "The senator [[n:non_reporting|spoke for an hour]] without notes.", ()),
    ("council", "The clock on the town hall has not [[n:non_reporting|told the right time]] since May.", ()),
    ("health", "The patient [[n:non_reporting|asked for a glass of water]].", ()),
    ("courts", "The jury [[n:non_reporting|spoke to no one]] during the trial.", ()),
    ("world", "The minister [[n:non_reporting|said a prayer]] at the memorial.", ()),
    ("sport", "The crowd [[n:non_reporting|called the players back]] for a lap of honour.", ()),
    ("business", "[[n:non_reporting|Time will tell whether the merger pays off]].", ()),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "questions": QUESTIONS,
    "numbers": NUMBERS,
    "adjuncts": ADJUNCTS,
    "negatives": NEGATIVES,
}
