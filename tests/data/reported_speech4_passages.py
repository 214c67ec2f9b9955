"""Passages of the fourth reported-speech suite (``reported_speech4.jsonl``), by group (first part).

Written in session 10 before the claim rules were read, as an honest unseen check. Every passage is invented
(names, places and events included). Markup and item short forms as in ``make_reported_speech.py``:
``[[qN|content]]``, ``[[cN|cue]]``, ``[[sN|source]]``, ``[[n:WHY|non-quote]]``; an item is a speaker name,
``~description`` (unnamed), ``@name`` ("according to", unnamed), ``!`` (no source) or an ``Item``.
The annotation decisions are listed in ``make_reported_speech4.py``; the other groups are in
``reported_speech4_passages_b.py``.
"""

from __future__ import annotations

from typing import Any

from make_news_speech2 import Item

VOWS = [
    (
        "crime",
        "[[s1|The victim's brother]] [[c1|vowed]] [[q1|revenge]] on the courthouse steps after the verdict was read.",
        ("~The victim's brother",),
    ),
    (
        "sport",
        "Beaten finalist [[s1|Oskar Lindqvist]] [[c1|vowed]] [[q1|to return to Wimbledon fitter and hungrier next "
        "summer]].",
        (Item(1, "Oskar Lindqvist", titles=("Beaten finalist",)),),
    ),
    (
        "politics",
        "[[s1|The new premier]] [[c1|swore]] [[q1|that no hospital in the province would close on her watch]].",
        ("~The new premier",),
    ),
    (
        "business",
        "[[s1|Teodora Palic]], who took over the struggling retailer in May, [[c1|pledged]] [[q1|a full review of "
        "its 212 stores by Christmas]].",
        (Item(1, "Teodora Palic", titles=("who took over the struggling retailer in May",)),),
    ),
    (
        "world",
        "[[s1|Rebel commanders]] [[c1|vowed]] [[q1|retaliation]] for the air strike, which killed at least nine "
        "people in the market town of Ould Benna.",
        ("~Rebel commanders",),
    ),
    (
        "council",
        "[[s1|Councillor Ama Boateng]] [[c1|promised]] residents [[q1|that the bins would be collected weekly "
        "again from March]].",
        (Item(1, "Ama Boateng", titles=("Councillor",)),),
    ),
    (
        "crime",
        "[[s1|Detectives]] [[c1|have vowed]] [[q1|to find whoever set fire to the chapel]], and appealed for "
        "dashcam footage.",
        ("~Detectives",),
    ),
    (
        "sport",
        "[[s1|The club's owner]] [[c1|vowed]] [[q1|never to sell the ground to developers]].",
        ("~The club's owner",),
    ),
]

SLIPS = [
    (
        "politics",
        "[[s1|The minister]] [[c1|let slip]] [[q1|that the budget would be brought forward by a week]] during a "
        "radio phone-in.",
        ("~The minister",),
    ),
    (
        "entertainment",
        "[[s1|Perrin Osei]] [[c1|let slip]] on a podcast [[q1|that the band's reunion tour would start in Glasgow]].",
        ("Perrin Osei",),
    ),
    (
        "business",
        "In an unguarded moment, [[s1|the chief executive]] [[c1|let it slip]] [[q1|that a second factory was "
        "already being built]].",
        ("~the chief executive",),
    ),
    (
        "sport",
        "[[s1|The coach]] [[c1|blurted out]] [[q1|that his captain would miss the final]] before aides could stop him.",
        ("~The coach",),
    ),
    (
        "politics",
        "[[s1|A junior aide]] [[c1|inadvertently revealed]] [[q1|that the summit had been cancelled]] in a "
        "message to the wrong group chat.",
        ("~A junior aide",),
    ),
    (
        "health",
        "[[s1|Dr Wen Falkirk]] [[c1|disclosed]] [[q1|that two of the trial's volunteers had been taken to hospital]].",
        (Item(1, "Wen Falkirk", titles=("Dr",)),),
    ),
]

RULINGS = [
    (
        "courts",
        "[[s1|Judge Imelda Rourke]] [[c1|ruled]] [[q1|that the council had acted unlawfully when it closed the "
        "day centre]].",
        (Item(1, "Imelda Rourke", titles=("Judge",)),),
    ),
    (
        "courts",
        "[[s1|The Court of Appeal]] [[c1|ruled]] on Friday [[q1|that the deportation could go ahead]], "
        "overturning an earlier decision.",
        ("Court of Appeal",),
    ),
    (
        "sport",
        "[[s1|The league's disciplinary panel]] [[c1|ruled]] [[q1|that the midfielder had not intended to strike "
        "the referee]].",
        ("~The league's disciplinary panel",),
    ),
    (
        "courts",
        "[[s1|The coroner]] [[c1|concluded]] [[q1|that the climber had died accidentally]] and [[c2|said]] "
        "[[q2|the rescue teams had done everything they could]].",
        ("~The coroner", Item(2, "The coroner", src=1, anonymous=True)),
    ),
    (
        "courts",
        "In a 40-page judgment, [[s1|Justice Okafor]] [[c1|held]] [[q1|that the contract was void]].",
        (Item(1, "Okafor", titles=("Justice",)),),
    ),
    (
        "business",
        "[[s1|The regulator]] [[c1|ruled]] [[q1|that the advert was misleading]] and [[c2|ordered]] [[q2|it not to "
        "appear again in its current form]].",
        ("~The regulator", Item(2, "The regulator", src=1, anonymous=True)),
    ),
]

QUESTIONS = [
    (
        "council",
        "[[s1|One resident]] [[c1|wanted to know]] [[q1|whether the new flats would have any parking at all]].",
        ("~One resident",),
    ),
    (
        "politics",
        "[[s1|Senator Hollis Vane]] [[c1|demanded to know]] [[q1|why the report had been kept from the committee "
        "for eight months]].",
        (Item(1, "Hollis Vane", titles=("Senator",)),),
    ),
    (
        "schools",
        "[[s1|Parents]] [[c1|asked]] [[q1|how the school planned to make up the lost teaching time]].",
        ("~Parents",),
    ),
    (
        "business",
        "[[s1|Shareholders]] [[c1|wanted to know]] [[q1|what the board would do if the takeover failed]].",
        ("~Shareholders",),
    ),
    (
        "courts",
        "[[s1|The magistrate]] [[c1|asked]] [[q1|whether anyone in the public gallery knew the defendant]].",
        ("~The magistrate",),
    ),
    (
        "health",
        "[[s1|Campaigners]] [[c1|questioned]] [[q1|why the ward had been closed without any consultation]].",
        ("~Campaigners",),
    ),
    (
        "sport",
        "[[s1|Reporters]] [[c1|pressed]] the manager on [[q1|when the striker would be fit]], but "
        "[[s2|he]] [[c2|would only say]] [[q2|that the club was being careful]].",
        ("~Reporters", Item(2, "the manager", anonymous=True)),
    ),
    (
        "politics",
        "[[s1|Labour's Nia Crofton]] [[c1|wondered aloud]] [[q1|whether the minister had read the report at all]].",
        (Item(1, "Nia Crofton"),),
    ),
]

CONCERNS = [
    (
        "health",
        "[[s1|Nurses]] [[c1|raised concerns]] [[q1|that the new rota left a single nurse on the night ward]].",
        ("~Nurses",),
    ),
    (
        "environment",
        "[[s1|Anglers]] [[c1|have raised concerns about]] [[q1|the amount of sewage discharged into the river "
        "this summer]].",
        ("~Anglers",),
    ),
    (
        "transport",
        "[[s1|The drivers' union]] [[c1|voiced fears]] [[q1|that the driverless trains would be rushed into service]].",
        ("~The drivers' union",),
    ),
    (
        "business",
        "[[s1|Auditors]] [[c1|expressed concern]] [[q1|that the charity's reserves would run out within a year]].",
        ("~Auditors",),
    ),
    (
        "schools",
        "[[s1|Head teacher Rosalind Achebe]] [[c1|raised concerns about]] [[q1|pupils being sent home without "
        "lunch]] at a meeting of governors on Monday.",
        (Item(1, "Rosalind Achebe", titles=("Head teacher",)),),
    ),
    (
        "world",
        "[[s1|Aid agencies]] [[c1|raised the alarm]] [[q1|that food stocks in the camp would last only ten more "
        "days]].",
        ("~Aid agencies",),
    ),
    (
        "tech",
        "[[s1|Privacy groups]] [[c1|complained]] [[q1|that the app collected location data even when it was "
        "switched off]].",
        ("~Privacy groups",),
    ),
]

PER = [
    (
        "business",
        "[[c1|As per]] [[s1|the company's filing]], [[q1|the deal is expected to close in the third quarter]].",
        ("@the company's filing",),
    ),
    (
        "sport",
        "[[q1|The forward will be out for six weeks]], [[c1|per]] [[s1|a club spokesperson]].",
        ("@a club spokesperson",),
    ),
    (
        "tech",
        "[[c1|Per]] [[s1|two people familiar with the matter]], [[q1|the phone launch has been pushed back to April]].",
        ("@two people familiar with the matter",),
    ),
    (
        "courts",
        "[[c1|According to]] [[s1|Mr Dunleavy's lawyer]], [[q1|her client was in Cork on the night of the robbery]].",
        (Item(1, "Mr Dunleavy's lawyer", relation="according_to", anonymous=True),),
    ),
    (
        "crime",
        "[[q1|The gallery had no working alarm]], [[c1|according to]] [[s1|the insurer's lawyers]].",
        ("@the insurer's lawyers",),
    ),
    (
        "world",
        "[[q1|At least 40 people were detained]], [[c1|according to]] [[s1|a lawyer for the families]], who "
        "spoke on condition of anonymity.",
        ("@a lawyer for the families",),
    ),
    (
        "politics",
        "[[q1|The vote will be held on Thursday]], [[c1|as per]] [[s1|the Speaker's office]].",
        ("@the Speaker's office",),
    ),
    (
        "business",
        "[[q1|Prices rose 4.1 per cent in the year to June]], [[c1|according to]] [[s1|the statistics agency]].",
        ("@the statistics agency",),
    ),
]

POSITION = [
    (
        "politics",
        "[[s1|The government's]] [[c1|position is]] [[q1|that the treaty does not need a referendum]].",
        ("~The government",),
    ),
    (
        "courts",
        "[[s1|The defence's]] [[c1|case was]] [[q1|that the fire had started in the flat next door]].",
        ("~The defence",),
    ),
    (
        "sport",
        'In [[s1|the manager\'s]] [[c1|words]], [[q1|the team "simply ran out of legs"]].',
        ("~the manager",),
    ),
    (
        "politics",
        "[[s1|Ms Achterberg]] [[c1|went as far as to say]] [[q1|that the party no longer had a leader]].",
        ("Achterberg",),
    ),
    (
        "business",
        "[[s1|The finance director]] [[c1|was at pains to stress]] [[q1|that no jobs were at risk]].",
        ("~The finance director",),
    ),
    (
        "world",
        "[[s1|Beijing]] [[c1|made clear]] [[q1|that it would not attend the talks]].",
        ("Beijing",),
    ),
    (
        "health",
        '[[s1|Professor Adaeze Lund]] [[c1|put it this way]]: [[q1|"If you smoke, you are gambling with both lungs."]]',
        (Item(1, "Adaeze Lund", titles=("Professor",)),),
    ),
    (
        "crime",
        "[[s1|The landlord]] [[c1|was adamant]] [[q1|that he had never been told about the damp]].",
        ("~The landlord",),
    ),
    (
        "politics",
        "[[s1|The senator]] [[c1|is on record as saying]] [[q1|that the tax should be scrapped]].",
        ("~The senator",),
    ),
    (
        "world",
        "[[s1|President Toure]], speaking at a summit in Dakar, [[c1|said]] [[q1|the region needed its "
        "own satellite network]].",
        (Item(1, "Toure", titles=("President",)),),
    ),
    (
        "business",
        "[[s1|Lorna Pike]], speaking at the annual meeting in Leeds on Thursday, [[c1|said]] [[q1|the brewery "
        "would open a visitor centre next year]].",
        ("Lorna Pike",),
    ),
    (
        "politics",
        "[[s1|The mayor]] [[c1|made it clear]] [[q1|that she would veto any fare increase]].",
        ("~The mayor",),
    ),
    (
        "schools",
        "[[s1|The union's]] [[c1|view is]] [[q1|that the new tests add nothing]].",
        ("~The union",),
    ),
    (
        "science",
        "[[s1|The lead author]] [[c1|was keen to point out]] [[q1|that the sample was small]].",
        ("~The lead author",),
    ),
]

FRONTED = [
    (
        "world",
        "[[q1|The talks had stalled]], [[c1|said]] [[s1|a senior diplomat familiar with them]], who asked not to "
        "be named because he was not authorised to speak publicly.",
        ("~a senior diplomat familiar with them",),
    ),
    (
        "business",
        "[[q1|Sales in Asia would recover by the spring]], [[c1|predicted]] [[s1|Hanne Solberg, the group's "
        "head of retail]], speaking on a call with analysts.",
        (Item(1, "Hanne Solberg", titles=("the group's head of retail",)),),
    ),
    (
        "crime",
        "[[q1|The two men had been seen near the warehouse shortly after midnight]], [[c1|said]] [[s1|Detective "
        "Inspector Carys Hume]] of Gwent Police.",
        (Item(1, "Carys Hume", titles=("Detective Inspector",)),),
    ),
    (
        "politics",
        "[[q1|The bill is dead]], [[c1|declared]] [[s1|the opposition's chief whip]], who has counted the votes twice.",
        ("~the opposition's chief whip",),
    ),
    (
        "sport",
        "[[q1|Nobody in the dressing room had given up]], [[c1|insisted]] [[s1|the captain]].",
        ("~the captain",),
    ),
    (
        "health",
        "[[q1|The outbreak is under control]], [[c1|say]] [[s1|health officials in the northern region]], though "
        "four new cases were reported overnight.",
        ("~health officials in the northern region",),
    ),
    (
        "world",
        "[[q1|Troops would begin leaving the border area next week]], [[s1|a spokesman for the defence "
        "ministry]] [[c1|told]] reporters in the capital.",
        ("~a spokesman for the defence ministry",),
    ),
    (
        "transport",
        "[[q1|Services would not return to normal until Monday]], [[c1|warned]] [[s1|the rail operator]], which "
        "blamed a signal fault near Crewe.",
        ("~the rail operator",),
    ),
]

TWO_REPORTS = [
    (
        "politics",
        "[[s1|The prime minister]] [[c1|said]] Tuesday [[q1|that the election would be held in May]], even as "
        "[[s2|his coalition partners]] [[c2|insisted]] [[q2|that no date had been agreed]].",
        ("~The prime minister", "~his coalition partners"),
    ),
    (
        "business",
        "[[s1|The airline]] [[c1|said]] [[q1|fuel costs had doubled]] and [[c2|urged]] [[q2|the government to cut "
        "the departure tax]].",
        ("~The airline", Item(2, "The airline", src=1, anonymous=True)),
    ),
    (
        "health",
        "[[s1|The health board]] [[c1|said]] [[q1|waiting times had fallen]], while [[s2|the BMA]] [[c2|argued]] "
        "[[q2|that the figures hid a growing backlog]].",
        ("~The health board", "BMA"),
    ),
    (
        "sport",
        "[[s1|The referee]] [[c1|said]] [[q1|he had not seen the incident]] but [[c2|admitted]] [[q2|that the "
        "replay was damning]].",
        ("~The referee", Item(2, "The referee", src=1, anonymous=True)),
    ),
    (
        "world",
        "[[s1|Officials in Lagos]] [[c1|said]] on Monday [[q1|the port was open]], although [[s2|shipping "
        "firms]] [[c2|reported]] [[q2|long queues at the gates]].",
        ("~Officials in Lagos", "~shipping firms"),
    ),
    (
        "council",
        "[[s1|The council leader]] [[c1|announced]] [[q1|that the pool would reopen]] and [[c2|promised]] "
        "[[q2|free swimming for under-16s]].",
        ("~The council leader", Item(2, "The council leader", src=1, anonymous=True)),
    ),
    (
        "crime",
        "[[s1|Police]] [[c1|said]] [[q1|the driver was arrested at the scene]], and [[c2|appealed]] for "
        "[[q2|witnesses to come forward]].",
        ("~Police", Item(2, "Police", src=1, anonymous=True)),
    ),
    (
        "politics",
        "[[s1|Lena Brask]] [[c1|told]] reporters [[q1|she would stand again]], even as [[s2|party officials]] "
        "[[c2|maintained]] [[q2|that the selection was still open]].",
        ("Lena Brask", "~party officials"),
    ),
    (
        "business",
        "[[s1|The bank]] [[c1|confirmed]] [[q1|the branch closures]] but [[c2|said]] [[q2|no staff would lose "
        "their jobs]].",
        ("~The bank", Item(2, "The bank", src=1, anonymous=True)),
    ),
    (
        "science",
        "[[s1|The agency]] [[c1|said]] [[q1|the probe was healthy]] and [[c2|added]] [[q2|that it would reach "
        "orbit in October]].",
        ("~The agency", Item(2, "The agency", src=1, anonymous=True)),
    ),
]

GROUPS: dict[str, list[tuple[str, str, tuple[Any, ...]]]] = {
    "vows": VOWS,
    "slips": SLIPS,
    "rulings": RULINGS,
    "questions": QUESTIONS,
    "concerns": CONCERNS,
    "per": PER,
    "position": POSITION,
    "fronted": FRONTED,
    "two_reports": TWO_REPORTS,
}
