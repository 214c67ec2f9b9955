"""The speech scope on common news phrasings, end to end on the model (invented sentences).

Each row is a sentence, the cue of one claim the attribution scope finds in it,
the ``cue_class`` that claim gets, and whether the ``speech`` scope keeps it.
The decisions (what a reader counting *who is quoted* counts as speech) are on
the docs page "Speech or every attribution" (docs/scope.md):

- kept: said/told/added/noted/argued/claimed/insisted/... with a clause; a denial;
  "according to X"; "in a statement"; a direct or mixed quotation whatever its verb
  ("he shrugged", "she quipped"); a promise, vow, pledge, threat, urging, demand,
  proposal, recommendation, prediction or signal *made by a speaker* ("the union
  urged members to ...", "rebels threatened to ..."); a question asked by a
  speaker ("the judge asked whether ...", "critics questioned whether ...");
  "called on X to ..."; an order to someone ("the judge ordered the firm to pay");
  an accusation of a deed ("accused the governor of lying"); a thought voiced
  "aloud" or "publicly" ("wondered aloud whether");
- dropped: beliefs, wishes, plans, fears, knowledge, findings, polls; the same
  commissive verbs with a thing as subject ("the storm threatened to ...", "the
  plan promises to ..."); the passive ("staff were urged to ...", "she was asked
  to ..."); the reporter's question ("Asked whether ..., she said"); "is
  convinced that" (a belief); negated, refused and hypothetical speech (also
  "failed to mention", "avoided saying", "has yet to say", "stopped short of saying"); a bare
  noun-phrase content ("announced her resignation", "criticized the plan"), and a
  passive cue inside its content ("the merger was announced", "she was named chair").
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model

KEPT = [
    # session 8: an order to someone and an accusation of a deed are said (docs/scope.md)
    ("The judge ordered the company to pay damages.", "ordered", "speech"),
    ("The senator accused the governor of lying.", "accused", "speech"),
    ('"It is what it is," he shrugged.', "shrugged", "stance"),
    ('"Perhaps the river knows more than we do," the poet mused.', "mused", "speech"),
    ("\"That's the last time I'm flying coach,\" the actor quipped.", "quipped", "speech"),
    ('"The water is rising fast," a resident told the radio station.', "told", "speech"),
    ('"We are not going anywhere," the owner said.', "said", "speech"),
    ("A spokeswoman confirmed that the chief executive had resigned.", "confirmed", "speech"),
    ("According to the fire chief, the blaze started in the kitchen.", "According to", "speech"),
    ("Asked whether she would run again, the senator said she had not decided.", "said", "speech"),
    ("Critics questioned whether the dam could hold.", "questioned", "speech"),
    ("Economists predicted that inflation would ease by spring.", "predicted", "speech"),
    ("Farmers demanded that the tariffs be lifted.", "demanded", "speech"),
    ("Forecasters warned that the river could flood overnight.", "warned", "speech"),
    ("In a statement, the club said the manager had been dismissed.", "said", "speech"),
    ("In an interview with a local radio station, the coach said he would retire.", "said", "speech"),
    ("Lawyers for the company argued that the contract was void.", "argued", "speech"),
    ("Ms. Brandt urged the council to delay the vote.", "urged", "speech"),
    ("Ms. Okafor told the council that the budget was short by $2 million.", "told", "speech"),
    ("Prices will rise, the central bank warned.", "warned", "speech"),
    ("Protest leaders vowed to return next week.", "vowed", "speech"),
    ("Rebels threatened to shut down the pipeline.", "threatened", "speech"),
    ("Residents complained that the buses were always late.", "complained", "speech"),
    ("The agency acknowledged that its software had failed.", "acknowledged", "speech"),
    ("The auditor noted that the figures had not been checked.", "noted", "speech"),
    ("The bishop called on parishioners to give generously.", "called", "speech"),
    ("The candidate tweeted that the debate had been rigged.", "tweeted", "speech"),
    ("The chairman suggested that the merger could be delayed.", "suggested", "speech"),
    # since session 9 the clause of "was quoted as saying" is the claim of its gerund (claim.quoted_as)
    ("The chief was quoted as saying that the suspect had fled.", "saying", "speech"),
    ("The club posted that tickets were sold out.", "posted", "speech"),
    ("The coach added that two players were injured.", "added", "speech"),
    ("The coach stressed that the team needed rest.", "stressed", "speech"),
    ("The comedian joked that the stadium was older than he was.", "joked", "speech"),
    ("The commissioner said Tuesday that no decision had been made.", "said", "speech"),
    ("The company announced that it would close three plants.", "announced", "speech"),
    ("The company said profits rose 12 percent.", "said", "speech"),
    ("The defendant maintained that he was innocent.", "maintained", "speech"),
    ("The director admitted to making mistakes.", "admitted", "speech"),
    ("The doctor emphasized that the vaccine was safe.", "emphasized", "speech"),
    ("The donor pledged to fund the new wing.", "pledged", "speech"),
    ("The driver admitted that he had been speeding.", "admitted", "speech"),
    ("The engineer explained that the valve had been installed backwards.", "explained", "speech"),
    ("The envoy is reported to have said that talks had collapsed.", "said", "speech"),
    ("The firm disclosed that it had lost customer data.", "disclosed", "speech"),
    ("The founder boasted that sales had tripled.", "boasted", "speech"),
    ("The general assured the public that the city was safe.", "assured", "speech"),
    ("The governor promised to cut property taxes.", "promised", "speech"),
    ("The governor warned residents to stay indoors.", "warned", "speech"),
    ("The harbor master said the ferry would resume sailing on Monday.", "said", "speech"),
    ("The inspector testified that the scaffolding was unsafe.", "testified", "speech"),
    ("The judge asked whether the witness had been paid.", "asked", "speech"),
    ("The landlord claimed that the tenants had damaged the roof.", "claimed", "speech"),
    ("The lawyer asked the court to dismiss the case.", "asked", "speech"),
    ("The mayor denied that he had known about the payments.", "denied", "speech"),
    ("The mayor hinted that she might resign.", "hinted", "speech"),
    ("The mayor repeated that the pool would reopen.", "repeated", "speech"),
    ("The mayor spoke for an hour and promised that the pool would reopen.", "promised", "speech"),
    ("The mayor told reporters that the strike was over.", "told", "speech"),
    ("The minister insisted that the reform would go ahead.", "insisted", "speech"),
    ("The minister signalled that the tax would be scrapped.", "signalled", "speech"),
    ("The ministry responded that the report was outdated.", "responded", "speech"),
    ("The museum said in a statement that the painting was a fake.", "said", "speech"),
    ("The newspaper reported that the bridge had been sold.", "reported", "speech"),
    ('The nurse said the ward was "completely overwhelmed."', "said", "speech"),
    ("The opposition leader told supporters he would run again.", "told", "speech"),
    ("The panel recommended that the drug be approved.", "recommended", "speech"),
    ("The planning board proposed that the park be expanded.", "proposed", "speech"),
    ("The president reiterated that troops would stay.", "reiterated", "speech"),
    ("The professor wrote that the archive had been lost in a fire.", "wrote", "speech"),
    ("The senator conceded that the vote would be close.", "conceded", "speech"),
    ("The senator, who vowed to block the bill, said the vote would fail.", "vowed", "speech"),
    ("The senator, who vowed to block the bill, said the vote would fail.", "said", "speech"),
    ("The ship was sinking, according to a crew member.", "according to", "speech"),
    ("The spokesman replied that the claims were baseless.", "replied", "speech"),
    ("The spokesperson stated that the airport would remain closed.", "stated", "speech"),
    ("The storm will hit the coast tonight, officials said.", "said", "speech"),
    ("The union urged members to reject the offer.", "urged", "speech"),
    ("The veteran recalled that the trenches flooded every night.", "recalled", "speech"),
    ("She has vowed to fight the ruling in court.", "vowed", "speech"),
    ("Union leaders are urging workers to stay home on Friday.", "urging", "speech"),
    ("The tenants asked why the rent had doubled.", "asked", "speech"),
    ("They asked if the bridge was safe.", "asked", "speech"),
    ("Officials urged drivers to avoid the motorway.", "urged", "speech"),
    ("A spokeswoman for the airline promised that refunds would be paid within a week.", "promised", "speech"),
    ("The opposition demanded that the minister resign.", "demanded", "speech"),
    ("The jury asked whether it could see the letter again.", "asked", "speech"),
    ("Mr. Lindqvist predicted that the mill would close within a year.", "predicted", "speech"),
    ("The chancellor indicated that taxes would not rise.", "indicated", "speech"),
    ("The senator says the bill will pass.", "says", "speech"),
    ("Police say the fire was set deliberately.", "say", "speech"),
    ("The firm's founder has told staff that no jobs will be cut.", "told", "speech"),
    ("Two officials familiar with the talks said a deal was close.", "said", "speech"),
    ("The mayor wrote on social media that the beach would stay closed.", "wrote", "speech"),
    ("The chairman mentioned that the board would meet again.", "mentioned", "speech"),
    ("The spokesman reaffirmed that the company would not sell.", "reaffirmed", "speech"),
    ("The reporter wondered aloud whether the mayor would resign.", "wondered", "speech"),
    ("The senator publicly doubted that the plan would work.", "doubted", "speech"),
    ("Officials cautioned that the figures were preliminary.", "cautioned", "speech"),
    ("The prosecutor alleged that the firm had hidden losses.", "alleged", "speech"),
    ("Speaking to reporters on Monday, the mayor said the bridge would reopen.", "said", "speech"),
    ("In an email to staff, the chief executive wrote that bonuses would be cut.", "wrote", "speech"),
    ("The senator said on Twitter that the vote had been delayed.", "said", "speech"),
    ('"Get out," she snapped.', "snapped", "speech"),
    ("He stopped saying that the plan would work.", "saying", "speech"),
    ("The coach did say that the team was tired.", "say", "speech"),
]

DROPPED = [
    ("The canteen ordered new ovens.", "ordered", "intention"),
    ("The senator accused the governor of arrogance.", "accused", "stance"),
    ("Activists called for a ban on the pesticide.", "called", "stance"),
    ("Analysts believe the merger will fail.", "believe", "belief"),
    ("Asked whether she would run again, the senator said she had not decided.", "Asked", "question"),
    ("Environmental groups welcomed the decision.", "welcomed", "stance"),
    ("Fans hope the striker will stay.", "hope", "belief"),
    ("He never claimed that the money was his.", "claimed", "speech"),
    ("If asked, the minister would say that the plan worked.", "say", "speech"),
    ("Investors expect the bank to raise rates.", "expect", "belief"),
    ("Many residents feel that the town has been forgotten.", "feel", "belief"),
    ("Many residents wonder whether the plant will reopen.", "wonder", "question"),
    ("Officials estimated that 300 homes were damaged.", "estimated", "evidence"),
    ("Parents fear that the school will close.", "fear", "belief"),
    ("Researchers found that the drug reduced pain.", "found", "evidence"),
    ("She refused to say when the report would be published.", "refused", "intention"),
    ("She was asked to leave the building.", "asked", "question"),
    ("The board decided to sell the building.", "decided", "intention"),
    ("The chief executive announced her resignation.", "announced", "speech"),
    ("The coach is convinced that his team can win.", "convinced", "belief"),
    ("The company intends to appeal the ruling.", "intends", "intention"),
    ("The council plans to build a new library.", "plans", "intention"),
    ("The data signal that growth is slowing.", "signal", "evidence"),
    ("The manager did not say whether the store would close.", "say", "speech"),
    ("The mayor thinks the tunnel is too expensive.", "thinks", "belief"),
    ("The memo revealed that the plant had leaked for years.", "revealed", "evidence"),
    ("The new season promises to be a long one.", "promises", "intention"),
    ("The police know that the car was stolen.", "know", "belief"),
    ("The poll shows the mayor trailing by ten points.", "shows", "evidence"),
    ("The premier praised the rescue workers.", "praised", "stance"),
    ("The spokesman declined to comment on the merger.", "declined", "intention"),  # a bare refusal is no claim
    ("The storm threatened to flood the lower town.", "threatened", "intention"),
    ("The study showed that sleep improves memory.", "showed", "evidence"),
    ("The teachers criticized the new curriculum.", "criticized", "stance"),
    ("Voters want lower taxes.", "want", "intention"),
    ("The plan promises to cut waiting times.", "promises", "intention"),
    ("Hospital staff were urged to wash their hands more often.", "urged", "intention"),
    ("The rising river threatens to cut the village off.", "threatens", "intention"),
    ("The trend indicates that fewer people are buying cars.", "indicates", "evidence"),
    ("The mayor mentioned the budget.", "mentioned", "speech"),
    ("The committee concluded that the agency had failed.", "concluded", "belief"),
    ("The economist reckons that rates will fall.", "reckons", "belief"),
    ("The firm acknowledged the error.", "acknowledged", "speech"),
    ("The merger was announced on Tuesday.", "announced", "speech"),
    ("She was named chair of the committee.", "named", "speech"),
    ("She has yet to say whether she will run.", "say", "speech"),
    ("He stopped short of saying that the deal was dead.", "saying", "speech"),
    ("He avoided saying whether the plant would close.", "saying", "speech"),
    ("The report failed to mention that the pipe had burst.", "mention", "speech"),
    ("The agency would not confirm that the director had resigned.", "confirm", "speech"),
    ("Nobody has suggested that the mayor broke the law.", "suggested", "speech"),
    ("Few would argue that the system works.", "argue", "speech"),
]


@pytest.fixture(scope="module")
def extractors(nlp):
    """One extractor per scope, shared by the module's cases."""
    return quoteextract.Extractor(nlp), quoteextract.Extractor(nlp, scope="speech")


def _case(extractors, text: str, cue: str) -> tuple[str | None, bool]:
    """The class of the claim on ``cue`` and whether the speech scope keeps it."""
    every, speech = extractors
    found = [q for q in every(text).quotes if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, (text, cue, [(q.text, q.cue) for q in every(text).quotes])
    claim = found[0]
    assert text[claim.start : claim.end] == claim.text
    kept = {(q.start, q.end) for q in speech(text).quotes}
    return claim.cue_class, (claim.start, claim.end) in kept


def test_the_table_is_large_and_unique():
    rows = [(t, c) for t, c, _ in KEPT + DROPPED]
    assert len(rows) >= 80
    assert len(set(rows)) == len(rows)


@pytest.mark.parametrize(("text", "cue", "cue_class"), KEPT)
def test_speech_is_kept(extractors, text, cue, cue_class):
    assert _case(extractors, text, cue) == (cue_class, True)


@pytest.mark.parametrize(("text", "cue", "cue_class"), DROPPED)
def test_other_attributions_are_dropped(extractors, text, cue, cue_class):
    assert _case(extractors, text, cue) == (cue_class, False)


def test_the_speech_act_rule_can_be_switched_off(nlp):
    text = "The union urged members to reject the offer."
    on = quoteextract.Extractor(nlp)(text).quotes
    off = quoteextract.Extractor(nlp, disable=["classify.class.speech_act"])(text).quotes
    assert [q.cue_class for q in on] == ["speech"]
    assert [q.cue_class for q in off] == ["intention"]
