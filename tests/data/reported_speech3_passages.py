"""Passages of the third reported-speech suite (``reported_speech3.jsonl``), by group (first part).

Written in session 9 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech3.py``; the other groups are in
``reported_speech3_passages_b.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

ADDRESSEE = [
    (
        "health",
        "[[s1|The chief medical officer]] [[c1|appealed]] to [[q1|parents to keep children with a fever at home "
        "for at least two days]].",
        ("~The chief medical officer",),
    ),
    (
        "courts",
        "[[s1|Her lawyer]] [[c1|pleaded]] with [[q1|the judge to spare his client a prison sentence]], citing her "
        "three young children.",
        ("~Her lawyer",),
    ),
    (
        "politics",
        "[[s1|Opposition leader Farida Nkemelu]] [[c1|called on]] [[q1|ministers to publish the full cost of the "
        "new airport]] before Parliament votes.",
        (Item(1, "Farida Nkemelu", titles=("Opposition leader",)),),
    ),
    (
        "politics",
        "[[s1|The Treasury]] [[c1|urged]] [[q1|MPs not to amend the bill until the watchdog had reported]].",
        ("Treasury",),
    ),
    (
        "police",
        "[[s1|The missing man's mother]] [[c1|begged]] [[q1|anyone who had seen him to come forward]].",
        ("~The missing man's mother",),
    ),
    (
        "weather",
        "[[s1|Forecasters at the Met Service]] [[c1|implored]] [[q1|drivers to stay off the roads]] as the snow "
        "deepened on Sunday.",
        ("~Forecasters at the Met Service",),
    ),
    (
        "council",
        "[[s1|Councillor Tobias Grint]] [[c1|appealed]] to [[q1|the landlords to cut rents for small shops on "
        "the high street]], [[c2|saying]] [[q2|many faced closure]].",
        (Item(1, "Tobias Grint", titles=("Councillor",)), Item(2, "Tobias Grint", src=1)),
    ),
    (
        "sport",
        "[[s1|The referee's union]] has [[c1|called on]] [[q1|clubs to ban fans who abuse officials]].",
        ("~The referee's union",),
    ),
    (
        "schools",
        "[[s1|Head teachers]] [[c1|pleaded]] with [[q1|the government to fund the repairs before winter]].",
        ("~Head teachers",),
    ),
    (
        "business",
        "[[s1|Ilse Varga]], who founded the bakery chain, [[c1|urged]] [[q1|staff not to sell their shares]] "
        "while the takeover talks went on.",
        (Item(1, "Ilse Varga", titles=("who founded the bakery chain",)),),
    ),
    (
        "wire",
        "[[s1|Relatives of the crew]] [[c1|implored]] [[q1|the navy to keep searching]] after the trawler "
        "vanished off the coast on Thursday.",
        ("~Relatives of the crew",),
    ),
    (
        "health",
        "[[s1|The hospital]] [[c1|appealed]] for [[q1|former nurses to return for the winter]], offering a "
        "bonus of 2,000 euros.",
        ("~The hospital",),
    ),
    (
        "politics",
        "[[s1|Senator Ruth Abernathy]] [[c1|begged]] [[q1|her colleagues to put the feud aside and pass the budget]].",
        (Item(1, "Ruth Abernathy", titles=("Senator",)),),
    ),
    (
        "transport",
        "[[s1|The rail operator]] [[c1|called on]] [[q1|passengers to travel only if they must]] during the "
        "two-day strike.",
        ("~The rail operator",),
    ),
]

VOWS = [
    (
        "wire",
        "[[s1|The rebel commander]] [[c1|vowed]] [[q1|revenge]] for the air strike, which killed 14 of his men.",
        ("~The rebel commander",),
    ),
    (
        "sport",
        "[[s1|Kasia Wrona]] [[c1|vowed]] [[q1|to win back her title next year]] after losing the final in "
        "straight sets.",
        ("Kasia Wrona",),
    ),
    (
        "courts",
        "[[s1|The former treasurer]] [[c1|confessed]] to [[q1|taking 40,000 pounds from the club's accounts]] "
        "over six years.",
        ("~The former treasurer",),
    ),
    (
        "police",
        "[[s1|A 19-year-old]] has [[c1|admitted]] to [[q1|setting fire to the bus shelter]] in the town centre.",
        ("~A 19-year-old",),
    ),
    (
        "business",
        "[[s1|Desmond Achterberg]] [[c1|boasted]] [[q1|that his firm had never lost a contract to a rival]].",
        ("Desmond Achterberg",),
    ),
    (
        "council",
        "[[s1|Residents]] [[c1|complained]] to the council [[q1|that the new bins were too big for their "
        "narrow paths]].",
        ("~Residents",),
    ),
    (
        "sport",
        "[[s1|The manager]] [[c1|joked]] [[q1|that he would need a new heart after the penalty shoot-out]].",
        ("~The manager",),
    ),
    (
        "politics",
        "Asked about his plans, [[s1|Pemberton]] [[c1|quipped]] [[q1|that retirement was for people with hobbies]].",
        ("Pemberton",),
    ),
    (
        "business",
        "[[s1|The central bank governor]] [[c1|hinted]] [[q1|that rates could fall before the summer]].",
        ("~The central bank governor",),
    ),
    (
        "politics",
        "[[s1|The White House]] has [[c1|signalled]] [[q1|that it would veto any bill that cut the program]].",
        ("White House",),
    ),
    (
        "wire",
        "[[s1|A junior minister]] [[c1|let slip]] [[q1|that the election would be held in October]], days before "
        "the official announcement.",
        ("~A junior minister",),
    ),
    (
        "courts",
        "[[s1|Judge Harriet Mbeki]] praised the jury and [[c1|went on to say]] [[q1|that the case should never "
        "have come to trial]].",
        (Item(1, "Harriet Mbeki", titles=("Judge",)),),
    ),
    (
        "science",
        "[[s1|The lead author]] [[c1|cautioned]] [[q1|that the sample was small]] and [[c2|called for]] "
        "[[q2|a larger trial]].",
        ("~The lead author", Item(2, "The lead author", src=1, anonymous=True)),
    ),
    (
        "politics",
        "[[s1|The candidate]] [[c1|vowed]] [[q1|that no family would pay more tax under his plan]].",
        ("~The candidate",),
    ),
    (
        "courts",
        "[[s1|Marek Dunn]], 34, [[c1|admitted]] [[q1|that he had been driving at twice the speed limit]].",
        ("Marek Dunn",),
    ),
    (
        "health",
        "[[s1|Patients]] complained about the new booking system, [[c1|saying]] [[q1|it was impossible "
        "to see a doctor on the same day]].",
        ("~Patients",),
    ),
    (
        "sport",
        "[[s1|The striker]] [[c1|quipped]] [[q1|he had scored better goals in the park with his nephew]].",
        ("~The striker",),
    ),
    (
        "wire",
        "[[s1|Officials]] [[c1|signalled]] [[q1|they were ready to reopen the border crossing if the ceasefire held]].",
        ("~Officials",),
    ),
]

ADDED = [
    (
        "sport",
        "[[q1|“We were the better side,”]] [[s1|Lund]] [[c1|said]]. [[s2|She]] [[c2|added]] [[q2|that the "
        "team would appeal against the red card]].",
        ("Britt Lund", "Britt Lund"),
    ),
    (
        "council",
        "[[q1|“The library stays open,”]] [[c1|said]] [[s1|council leader Omar Haddad]]. [[s2|He]] [[c2|added]] "
        "[[q2|that opening hours would be cut on Saturdays]].",
        (Item(1, "Omar Haddad", titles=("council leader",)), "Omar Haddad"),
    ),
    (
        "business",
        "[[q1|“Demand is strong,”]] [[s1|the chief executive]] [[c1|told]] investors. [[s2|He]] "
        "[[c2|went on to say]] [[q2|the company would open 30 stores next year]].",
        ("~the chief executive", "~the chief executive"),
    ),
    (
        "police",
        "[[q1|“This was a targeted attack,”]] [[s1|Inspector Ruiz]] [[c1|said]]. [[s2|She]] [[c2|added]] "
        "[[q2|there was no wider risk to the public]].",
        (Item(1, "Ruiz", titles=("Inspector",)), "Ruiz"),
    ),
    (
        "politics",
        "[[q1|“I have no regrets,”]] [[s1|Dalby]] [[c1|said]], [[c2|adding]] [[q2|that he would stand again]].",
        ("Dalby", Item(2, "Dalby", src=1)),
    ),
    (
        "health",
        "[[q1|“The ward is full,”]] [[s1|a nurse]] [[c1|said]]. [[s2|She]] also [[c2|said]] [[q2|staff had not "
        "had a break all day]].",
        ("~a nurse", "~a nurse"),
    ),
    (
        "science",
        "[[q1|“It is a remarkable find,”]] [[s1|Dr Ostrowski]] [[c1|said]]. [[q2.1|The bones]], [[s2|she]] "
        "[[c2|added]], [[q2.2|were probably those of a child aged about ten]].",
        (Item(1, "Ostrowski", titles=("Dr",)), "Ostrowski"),
    ),
]
ADDED += [
    (
        "transport",
        "[[q1|“Nobody was hurt,”]] [[s1|a spokesman for the airline]] [[c1|said]]. [[s2|He]] [[c2|added]] "
        "[[q2|that the 212 passengers had been put on a later flight]] and [[c3|apologised]] for "
        "[[q3|the delay]].",
        (
            "~a spokesman for the airline",
            "~a spokesman for the airline",
            Item(3, "a spokesman for the airline", src=2, anonymous=True),
        ),
    ),
    (
        "wire",
        "[[q1|“We will rebuild,”]] [[s1|the mayor]] [[c1|said]] on Monday. Later [[s2|she]] [[c2|added]] "
        "[[q2|that the town would need help from the national government]].",
        ("~the mayor", "~the mayor"),
    ),
]

JOINED = [
    (
        "politics",
        "[[s1|The prime minister]] [[c1|said]] [[q1|the talks had gone well]] and [[c2|stressed]] [[q2|that no "
        "deal had yet been signed]].",
        ("~The prime minister", Item(2, "The prime minister", src=1, anonymous=True)),
    ),
    (
        "courts",
        "[[s1|Brandt]] [[c1|denied]] [[q1|stealing the paintings]] but [[c2|conceded]] [[q2|that he had sold two "
        "of them]].",
        ("Brandt", Item(2, "Brandt", src=1)),
    ),
    (
        "business",
        "[[s1|The company]] [[c1|confirmed]] [[q1|that 300 jobs would go]] and [[c2|warned]] [[q2|that more cuts "
        "could follow next year]].",
        ("~The company", Item(2, "The company", src=1, anonymous=True)),
    ),
    (
        "police",
        "[[s1|Detectives]] [[c1|said]] [[q1|the victim knew her attacker]] and [[c2|appealed]] for "
        "[[q2|witnesses to contact them]].",
        ("~Detectives", Item(2, "Detectives", src=1, anonymous=True)),
    ),
    (
        "sport",
        "[[s1|Okafor]] [[c1|admitted]] [[q1|the team had played badly]] but [[c2|insisted]] [[q2|they could still "
        "reach the play-offs]].",
        ("Okafor", Item(2, "Okafor", src=1)),
    ),
    (
        "health",
        "[[s1|The trust]] [[c1|apologised]] for [[q1|the errors in her care]] and [[c2|promised]] "
        "[[q2|a full review of the ward's procedures]].",
        ("~The trust", Item(2, "The trust", src=1, anonymous=True)),
    ),
    (
        "council",
        "[[s1|The planning officer]] [[c1|told]] the committee [[q1|the tower was too tall]], and [[c2|added]] "
        "[[q2|that the developer had refused to lower it]].",
        ("~The planning officer", Item(2, "The planning officer", src=1, anonymous=True)),
    ),
    (
        "wire",
        "[[s1|The general]] [[c1|rejected]] [[q1|claims that civilians had been targeted]] and [[c2|blamed]] "
        "[[q2|the rebels for the deaths]].",
        ("~The general", Item(2, "The general", src=1, anonymous=True)),
    ),
    (
        "schools",
        "[[s1|Principal Ngozi Eze]] [[c1|said]] [[q1|the school would reopen on Monday]], [[c2|warning]] [[q2|that "
        "the science block would stay shut]].",
        (Item(1, "Ngozi Eze", titles=("Principal",)), Item(2, "Ngozi Eze", src=1)),
    ),
    (
        "politics",
        "[[s1|Harlow]] [[c1|announced]] [[q1|his resignation]] on Friday and [[c2|said]] [[q2|he would spend more "
        "time with his family]].",
        ("Harlow", Item(2, "Harlow", src=1)),
    ),
    (
        "science",
        "[[s1|The agency]] [[c1|said]] [[q1|the probe was healthy]], [[c2|noted]] [[q2|that one camera had "
        "failed]] and [[c3|predicted]] [[q3|that the craft would reach orbit in March]].",
        ("~The agency", Item(2, "The agency", src=1, anonymous=True), Item(3, "The agency", src=1, anonymous=True)),
    ),
    (
        "business",
        "[[s1|Analysts]] [[c1|said]] [[q1|the merger made sense and that shareholders would probably back it]].",
        ("~Analysts",),
    ),
]

NOUNS = [
    (
        "business",
        "The [[c1|announcement]] [[q1|that the plant would close]] came as a shock to its 800 workers.",
        ("!",),
    ),
    (
        "politics",
        "[[s1|The minister]]'s [[c1|claim]] [[q1|that crime had fallen]] was rejected by the statistics watchdog.",
        ("~The minister",),
    ),
    (
        "council",
        "The council's [[c1|warning]] [[q1|that the bridge could collapse]] was ignored for years.",
        ("!",),
    ),
    (
        "sport",
        "[[s1|Petrov]]'s [[c1|admission]] [[q1|that he had taken the pills]] ended his career.",
        ("Petrov",),
    ),
    (
        "wire",
        "[[c1|Reports]] [[q1|that the president was ill]] were dismissed by his office as rumours.",
        ("!",),
    ),
    (
        "health",
        "The [[c1|promise]] by [[s1|ministers]] [[q1|that waiting lists would halve]] has not been kept.",
        ("~ministers",),
    ),
    (
        "courts",
        "[[s1|The defence]]'s [[c1|argument]] [[q1|that the search was unlawful]] was thrown out by the judge.",
        ("~The defence",),
    ),
    (
        "science",
        "[[s1|Tanaka]]'s [[c1|suggestion]] [[q1|that the comet might break up]] drew interest from other astronomers.",
        ("Tanaka",),
    ),
    (
        "transport",
        "The [[c1|news]] [[q1|that fares would rise by 9 percent]] angered commuters, [[s2|who]] [[c2|said]] "
        "[[q2|the trains were already late and crowded]].",
        ("!", "~commuters"),
    ),
    (
        "politics",
        "The [[c1|pledge]] [[q1|to build 50,000 homes]] came as [[s1|the party]] launched its manifesto.",
        ("~the party",),
    ),
]

MEDIUM = [
    (
        "politics",
        "In a tweet, [[s1|the senator]] [[c1|said]] [[q1|the vote had been rigged]].",
        ("~the senator",),
    ),
    (
        "sport",
        "In a post on Instagram, [[s1|Adaeze Obi]] [[c1|said]] [[q1|she was retiring from international "
        "football]] after 12 years.",
        ("Adaeze Obi",),
    ),
    (
        "schools",
        "In a letter to parents, [[s1|the head teacher]] [[c1|said]] [[q1|mobile phones would be banned from "
        "September]].",
        ("~the head teacher",),
    ),
    (
        "wire",
        "In a speech to the assembly, [[s1|President Olu Ade]] [[c1|said]] [[q1|his country would not be bullied]].",
        (Item(1, "Olu Ade", titles=("President",)),),
    ),
    (
        "business",
        "[[s1|The bank]] [[c1|said]] in a filing on Wednesday [[q1|that it had set aside $2bn for bad loans]].",
        ("~The bank",),
    ),
    (
        "police",
        "Writing on Facebook, [[s1|the victim's sister]] [[c1|said]] [[q1|the family was heartbroken]].",
        ("~the victim's sister",),
    ),
    (
        "health",
        "In an email to staff seen by this newspaper, [[s1|the chief executive]] [[c1|warned]] [[q1|that the "
        "hospital would run out of money by March]].",
        ("~the chief executive",),
    ),
    (
        "council",
        "In a statement issued late on Friday, [[s1|the council]] [[c1|said]] [[q1|it regretted the "
        "decision but had no choice]].",
        ("~the council",),
    ),
    (
        "science",
        "In a paper published on Thursday, [[s1|the team]] [[c1|reported]] [[q1|that the bees had learned to "
        "count to four]].",
        ("~the team",),
    ),
    (
        "politics",
        "During a radio interview, [[s1|Quist]] [[c1|said]] [[q1|he had never met the donor]].",
        ("Quist",),
    ),
]

FRONTED = [
    (
        "politics",
        "[[q1|The plan is dead]], [[s1|the minister]] [[c1|said]] on Tuesday as she left a cabinet meeting that "
        "had run for five hours.",
        ("~the minister",),
    ),
    (
        "police",
        "[[q1|The driver had been drinking]], [[s1|police]] [[c1|said]] after the crash on the ring road, which "
        "left three people in hospital.",
        ("~police",),
    ),
    (
        "sport",
        "[[q1|The club will not sell its best players this summer]], [[s1|chairman Ivo Stanek]] [[c1|told]] the "
        "fans' forum in a meeting that lasted well into the night.",
        (Item(1, "Ivo Stanek", titles=("chairman",)),),
    ),
    (
        "business",
        "[[q1|Sales fell 12 percent in the first quarter]], [[s1|the retailer]] [[c1|said]] in its results on "
        "Thursday, blaming the wet weather and higher prices.",
        ("~the retailer",),
    ),
    (
        "weather",
        "[[q1|More rain is expected over the weekend]], [[s1|forecasters]] [[c1|warned]], with flood alerts in "
        "place for 40 towns.",
        ("~forecasters",),
    ),
    (
        "courts",
        "[[q1|The witness had lied under oath]], [[c1|said]] [[s1|the prosecutor]], who [[c2|asked]] [[q2|the jury to "
        "ignore her account]].",
        ("~the prosecutor", Item(2, "the prosecutor", src=1, anonymous=True)),
    ),
    (
        "health",
        "[[q1|Nobody should wait more than four hours in casualty]], [[s1|the health secretary]] [[c1|said]] "
        "during a visit to a hospital in the north of the county on Wednesday afternoon.",
        ("~the health secretary",),
    ),
    (
        "wire",
        "[[q1|Talks would resume next week in Geneva]], [[s1|a UN spokesman]] [[c1|said]], though he gave no date.",
        ("~a UN spokesman",),
    ),
    (
        "schools",
        "[[q1|Exam results had improved for the third year running]], [[s1|the school]] [[c1|said]] in a newsletter.",
        ("~the school",),
    ),
    (
        "transport",
        "[[q1|The line will reopen on Monday]], [[s1|engineers]] [[c1|said]] late on Saturday, after a "
        "landslide closed it for a week.",
        ("~engineers",),
    ),
    (
        "council",
        "[[q1|There is no money left for the swimming pool]], [[s1|council leader Anya Petrie]] [[c1|said]], "
        "[[c2|adding]] [[q2|that she had tried everything]].",
        (Item(1, "Anya Petrie", titles=("council leader",)), Item(2, "Anya Petrie", src=1)),
    ),
    (
        "science",
        "[[q1|The drug cut the risk of a second stroke by a third]], [[s1|the researchers]] [[c1|reported]], "
        "although the trial was small.",
        ("~the researchers",),
    ),
]

RELATIVE = [
    (
        "politics",
        "[[s1|The minister]], who [[c1|said]] last week [[q1|that the budget was safe]], has resigned.",
        ("~The minister",),
    ),
    (
        "business",
        "[[s1|Lena Moritz]], who [[c1|told]] shareholders in May [[q1|that the company was in good shape]], "
        "left the board on Friday.",
        ("Lena Moritz",),
    ),
    (
        "sport",
        "The coach, whose [[s1|assistant]] had [[c1|claimed]] [[q1|that the pitch was unsafe]], refused to comment.",
        ("~assistant",),
    ),
    (
        "courts",
        "[[s1|A neighbour]], who [[c1|told]] the court [[q1|she had heard shouting that night]], was not "
        "cross-examined.",
        ("~A neighbour",),
    ),
    (
        "police",
        "Officers are looking for [[s1|a man]] who [[c1|claimed]] [[q1|to be collecting for a charity]].",
        ("~a man",),
    ),
    (
        "health",
        "[[s1|The surgeon]], who has [[c1|warned]] for years [[q1|that the theatres were too old]], welcomed "
        "the new building.",
        ("~The surgeon",),
    ),
    (
        "wire",
        "[[s1|Diplomats]], who [[c1|said]] [[q1|the meeting had been tense]], declined to give their names.",
        ("~Diplomats",),
    ),
    (
        "council",
        "The report was written by [[s1|an engineer]] who [[c1|said]] [[q1|the flats should be demolished]].",
        ("~an engineer",),
    ),
    (
        "schools",
        "[[s1|Parents]], many of whom [[c1|said]] [[q1|they had not been consulted]], packed the hall.",
        ("~Parents",),
    ),
    (
        "science",
        "[[s1|Professor Iqbal]], who [[c1|predicted]] in 2019 [[q1|that the glacier would split]], [[c2|said]] "
        "[[q2|the images were no surprise]].",
        (Item(1, "Iqbal", titles=("Professor",)), Item(2, "Iqbal", src=1)),
    ),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "addressee": ADDRESSEE,
    "vows": VOWS,
    "added": ADDED,
    "joined": JOINED,
    "nouns": NOUNS,
    "medium": MEDIUM,
    "fronted": FRONTED,
    "relative": RELATIVE,
}
