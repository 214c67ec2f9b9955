# The templates are data, one passage per entry: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Passages of the sixth speech-or-not suite (written by ``make_speech_or_not6.py``).

Every passage is invented (people, towns, bodies and outlets do not exist) and was
written before reading the classify stages, the claims filters and senses or the cue
lexicons for it. Each passage holds reported speech that a speech-only annotator counts,
next to a sentence or a clause that reports no content. The decisions are listed in
``make_speech_or_not6.py``.

Markup, as in the earlier suites: ``[[Q|...]]``, ``[[C|...]]``, ``[[S|...]]`` a speech
item's content, cue and source; ``[[N:why/category|...]]`` a non-quote; ``[[U:category|...]]``
an attribution that is not speech (not gold). More groups are in
``speech_or_not6_passages_b.py``.
"""

from __future__ import annotations

BARE_REFUSALS: list[str] = [
    "The mayor [[N:refusal/bare|declined to comment on the plan]]. [[S|Two councillors]] [[C|said]] [[Q|that it had been rushed through]].",
    "[[S|The airline]] [[C|said]] [[Q|that the flight had been cancelled for safety reasons]]. Its chief executive [[N:refusal/bare|would not elaborate]].",
    "The company [[N:refusal/bare|refused to comment further]]. [[S|A former manager]] [[C|told]] the paper [[Q|that staff had raised the problem months ago]].",
    "[[S|Police]] [[C|confirmed]] [[Q|that a 34-year-old man had been arrested]] but [[N:refusal/bare|declined to say more]].",
    "The ministry [[N:refusal/bare|did not respond to a request for comment]]. [[S|The opposition's health spokeswoman]] [[C|called]] [[Q|the delay “a scandal”]].",
    "Mr Valdane's lawyer [[N:refusal/bare|could not be reached for comment]]. [[S|Prosecutors]] [[C|said]] [[Q|that the trial would start in March]].",
    "The coach [[N:refusal/bare|declined to be interviewed]] after the match. [[S|His captain]] [[C|said]] [[Q|that the team had “let the fans down”]].",
    "[[S|A spokeswoman for the palace]] [[C|said]] [[Q|that the princess was recovering well]]. She [[N:refusal/bare|declined to comment on the details]].",
    "The bank [[N:refusal/bare|refused to comment on the fine]]. [[S|The regulator]] [[C|said]] [[Q|that the bank had misled thousands of customers]].",
    "Officials [[N:refusal/bare|declined to discuss the matter]]. [[S|A lawyer for the families]] [[C|said]] [[Q|that they would sue]].",
]

ANONYMITY: list[str] = [
    "[[S|A source]], who did not want [[N:refusal/anonymity|to be named]], [[C|said]] [[Q|that the deal would be signed on Friday]].",
    "[[S|One official]], who asked not [[N:refusal/anonymity|to be identified]] because she was not authorised to speak, [[C|said]] [[Q|that the talks had stalled]].",
    "[[S|A senior diplomat]] [[C|told]] reporters [[Q|that the ceasefire was holding]]. He asked not [[N:refusal/anonymity|to be named]].",
    "[[S|A nurse at the hospital]], who declined [[N:refusal/anonymity|to give her name]], [[C|said]] [[Q|that the ward had been short of staff for weeks]].",
    "[[S|Two people familiar with the matter]] [[C|said]] [[Q|that the bid was worth about £2bn]]. They spoke on condition [[N:refusal/anonymity|of anonymity]].",
    "[[S|A resident]], who did not wish [[N:refusal/anonymity|to be named]] for fear of reprisals, [[C|said]] [[Q|that the gang had controlled the estate for years]].",
    "[[S|A player]], who requested [[N:refusal/anonymity|anonymity]], [[C|said]] [[Q|that the dressing room was “a mess”]].",
    "[[S|An aide to the governor]], speaking on condition [[N:refusal/anonymity|of anonymity]], [[C|said]] [[Q|that the veto was likely]].",
    "[[S|A teacher]], who did not want [[N:refusal/anonymity|to be identified]], [[C|told]] the Gazette [[Q|that pupils had been sent home without lunch]].",
    "[[S|A company insider]] [[C|said]] [[Q|that the chief executive would leave by the summer]], but declined [[N:refusal/anonymity|to be named]].",
]

ORDINARY_SENSES: list[str] = [
    "Fans said goodbye [[N:non_reporting/ordinary_sense|to the old stand]] on Saturday. [[S|The club]] [[C|said]] [[Q|that the new one would hold 20,000]].",
    "The defendant showed [[N:non_reporting/ordinary_sense|no emotion]] as the verdict was read. [[S|The judge]] [[C|said]] [[Q|that the crime had been “cruel and calculated”]].",
    "The promise [[N:non_reporting/ordinary_sense|of peace]] drew thousands to the square. [[S|The president]] [[C|said]] [[Q|that the talks would resume next month]].",
    "Sales promise [[N:non_reporting/ordinary_sense|to be strong this winter]]. [[S|The retailer's chairman]] [[C|said]] [[Q|that demand for heaters had doubled]].",
    "The film tells [[N:non_reporting/ordinary_sense|the story of a miners' strike]]. [[S|Its director]] [[C|said]] [[Q|that she had grown up in the village where it is set]].",
    "The results speak [[N:non_reporting/ordinary_sense|for themselves]]. [[S|The head teacher]] [[C|said]] [[Q|that every pupil had passed]].",
    "The young striker shows [[N:non_reporting/ordinary_sense|great promise]]. [[S|His manager]] [[C|said]] [[Q|that he would start on Sunday]].",
    "Her face told [[N:non_reporting/ordinary_sense|a different story]]. [[S|The athlete]] [[C|insisted]] [[Q|that she was “fine”]] after the fall.",
    "The stadium's walls tell [[N:non_reporting/ordinary_sense|the history of the club]]. [[S|The groundsman]] [[C|said]] [[Q|that the pitch would be relaid in May]].",
    "The gauge read [[N:non_reporting/ordinary_sense|minus twelve degrees]] at dawn. [[S|The forecaster]] [[C|warned]] [[Q|that it would get colder]].",
]

ASKED: list[str] = [
    "The minister [[C|was asked]] [[Q|why the report had been delayed]]. She said that [[N:refusal/refusal|she would not comment on leaks]].",
    "Fans [[C|were asked]] by [[S|stewards]] [[Q|to leave the ground]]. Many believe [[U:belief|that the match should have gone on]].",
    "Asked [[N:non_reporting/question_topic|about the leadership]], [[S|Ms Orla]] [[C|said]] [[Q|that she was focused on her constituents]].",
    "Residents [[C|were asked]] by [[S|police]] [[Q|to keep their windows closed]]. The fire is expected to [[U:forecast|burn for two more days]].",
    "The chairman [[C|was asked]] by [[S|reporters]] [[Q|whether he would resign]]. He plans to [[U:intention|stay until the autumn]].",
    "Asked [[N:non_reporting/question_topic|about the strike]], [[S|the rail boss]] [[C|said]] [[Q|that talks were continuing]].",
    "Passengers [[C|were asked]] [[Q|to show their tickets twice]]. The operator is thought to [[U:belief|be short of staff]].",
    "When asked [[N:non_reporting/question_topic|about his future]], [[S|the veteran goalkeeper]] [[C|said]] [[Q|he would decide in June]].",
    "The suspect [[C|was asked]] [[Q|where he had been on the night of the fire]]. Detectives suspect [[U:belief|that he was in the town]].",
    "Parents [[C|were asked]] by [[S|the school]] [[Q|to collect their children early]]. Forecasters [[U:forecast|expect heavy snow by noon]].",
]

PASSAGES_A: list[tuple[str, list[str]]] = [
    ("bare_refusal", BARE_REFUSALS),
    ("anonymity", ANONYMITY),
    ("ordinary_sense", ORDINARY_SENSES),
    ("asked", ASKED),
]
