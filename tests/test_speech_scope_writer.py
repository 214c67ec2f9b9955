"""Speech-scope false alarms of session 18: "too soon to say", titles beside their work, framing clauses.

Every sentence here is invented (none comes from a suite or a corpus). Three general classes of
false alarm the speech scope made on news text (see "Speech-scope false alarms on PolNeAR train"
in docs/accuracy.md):

- the writer judging that it is *too soon to say* something ("It is too soon to say whether ...")
  reports nobody's words, like "It is fair to say" (``classify.polarity.aside``, with "soon" read
  as an adverb);
- a title set beside a description of its work is the work's name: "The streaming thriller,
  “Harbour Lights,” returns ...", "“Salt Roads,” a film about ..., opens ...", "The radio spot,
  “Fix It First,” links ..." (``reject.gap_marker``; ``quote.trailing_verb`` no longer takes a verb
  whose subject stands before the marks). A report, a statement or a speaker after the marks
  still attributes the words;
- a speech verb in a clause of time or condition ("... *when he told* reporters", "*after* 48
  percent *said* so", "*If one adds* ...") frames the main clause, which is the writer's narration,
  not what was told (``claim_filter.framing_clause``); "As the minister told parliament, ..." stays.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.rules import RuleSet
from tests.test_classify import classified, parse

# It is too soon to say whether the new timetable will cut delays.
TOO_SOON = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("too", 3, "advmod", "ADV", "RB", "too"),
    ("soon", 1, "advmod", "ADV", "RB", "soon"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("say", 3, "xcomp", "VERB", "VB", "say"),
    ("whether", 11, "mark", "SCONJ", "IN", "whether"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("new", 9, "amod", "ADJ", "JJ", "new"),
    ("timetable", 11, "nsubj", "NOUN", "NN", "timetable"),
    ("will", 11, "aux", "AUX", "MD", "will"),
    ("cut", 5, "ccomp", "VERB", "VB", "cut"),
    ("delays", 11, "dobj", "NOUN", "NNS", "delay"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# It was too soon to say what had caused the flooding.
TOO_SOON_WHAT = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("was", 1, "ROOT", "AUX", "VBD", "be"),
    ("too", 3, "advmod", "ADV", "RB", "too"),
    ("soon", 1, "advmod", "ADV", "RB", "soon"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("say", 3, "xcomp", "VERB", "VB", "say"),
    ("what", 8, "nsubj", "PRON", "WP", "what"),
    ("had", 8, "aux", "AUX", "VBD", "have"),
    ("caused", 5, "ccomp", "VERB", "VBN", "cause"),
    ("the", 10, "det", "DET", "DT", "the"),
    ("flooding", 8, "dobj", "NOUN", "NN", "flooding"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# It is still too early to say how many jobs the plant will bring.
TOO_EARLY = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("still", 1, "advmod", "ADV", "RB", "still"),
    ("too", 4, "advmod", "ADV", "RB", "too"),
    ("early", 1, "acomp", "ADJ", "JJ", "early"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("say", 4, "xcomp", "VERB", "VB", "say"),
    ("how", 8, "advmod", "SCONJ", "WRB", "how"),
    ("many", 9, "amod", "ADJ", "JJ", "many"),
    ("jobs", 13, "dobj", "NOUN", "NNS", "job"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("plant", 13, "nsubj", "NOUN", "NN", "plant"),
    ("will", 13, "aux", "AUX", "MD", "will"),
    ("bring", 6, "ccomp", "VERB", "VB", "bring"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The engineer said it was too soon to say whether the repairs had worked.
ENGINEER_SAID = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("engineer", 2, "nsubj", "NOUN", "NN", "engineer"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("too", 6, "advmod", "ADV", "RB", "too"),
    ("soon", 4, "advmod", "ADV", "RB", "soon"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("say", 6, "xcomp", "VERB", "VB", "say"),
    ("whether", 13, "mark", "SCONJ", "IN", "whether"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("repairs", 13, "nsubj", "NOUN", "NNS", "repair"),
    ("had", 13, "aux", "AUX", "VBD", "have"),
    ("worked", 8, "ccomp", "VERB", "VBN", "work"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

ASIDE = RuleSet(disable=frozenset({"classify.polarity.aside"}))


@pytest.mark.parametrize(
    ("rows", "content"),
    [
        (TOO_SOON, "whether the new timetable will cut delays"),
        (TOO_SOON_WHAT, "what had caused the flooding"),
    ],
)
def test_too_soon_to_say_is_the_writers_aside(rows, content):
    """The writer's "It is too soon to say ..." (adverb "soon") is hypothetical; without the aside rule it is not."""
    assert classified(parse(rows), content, "say").polarity == "hypothetical"
    assert classified(parse(rows), content, "say", rules=ASIDE).polarity != "hypothetical"


def test_too_early_read_as_an_adjective_stays_an_aside():
    """An aside with "early" read as an adjective ("too early to say how ...") stays one."""
    assert classified(parse(TOO_EARLY), "how many jobs the plant will bring", "say").polarity == "hypothetical"


def test_a_speaker_saying_it_is_too_soon_reports_words():
    """A speaker saying it was too soon to say: the engineer's assessment stays asserted."""
    content = "it was too soon to say whether the repairs had worked"
    assert classified(parse(ENGINEER_SAID), content, "said").polarity == "asserted"


# On the model ------------------------------------------------------------------

# (text, the title): a title set beside its work, in several phrasings.
TITLES = [
    ("The streaming thriller, “Harbour Lights,” returns for a second season in May.", "Harbour Lights"),
    ("“Salt Roads,” a film about fishing towns directed by Ana Ruiz, opens on Friday.", "Salt Roads"),
    ("“Salt Roads”, a new drama on Channel 4, opens on Friday.", "Salt Roads"),
    ("She starred in “Quiet Water,” a comedy about a ferry crew.", "Quiet Water"),
    ("The council's new radio spot, “Fix It First,” links the repairs to the budget.", "Fix It First"),
    ("The club's new anthem, “Blue Till I Die,” plays before every match.", "Blue Till I Die"),
    ("His weekly newsletter, “Morning Tides,” goes out to 40,000 readers.", "Morning Tides"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "title"), TITLES, ids=[t for _, t in TITLES])
def test_titles_beside_their_work_are_not_speech(nlp, text, title):
    """A title set beside a description of its work is no reported speech, and nobody is its speaker or cue."""
    assert not [q for q in quoteextract.extract(text, nlp, scope="speech").quotes if title in q.text]
    attributed = quoteextract.extract(text, nlp, scope="attribution").quotes
    assert not [q for q in attributed if title in q.text and (q.cue is not None or q.speaker is not None)]


# (text, the quoted words): a source after the marks, or a speaker, still attributes them.
SPOKEN = [
    ("“Costs Will Rise,” the report said.", "Costs Will Rise"),
    ("“Costs Will Rise,” a report by the audit office said.", "Costs Will Rise"),
    ("“We will appeal,” a statement from the club said.", "We will appeal"),
    ("“We will win,” the coach barked.", "We will win"),
    ("The striker, who called the pitch “a disgrace,” scored twice.", "a disgrace"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SPOKEN, ids=[w for _, w in SPOKEN])
def test_sources_after_the_marks_still_speak(nlp, text, words):
    """A report, a statement or a person after the quoted words is still their source."""
    extraction = quoteextract.extract(text, nlp, scope="attribution")
    assert [q for q in extraction.quotes if words in q.text]


@pytest.mark.model
def test_a_work_noun_after_the_title_is_the_reason(nlp):
    """With ``reject.gap_marker`` off, "“Salt Roads,” a film about ..., opens" is attributed again."""
    text = "“Salt Roads,” a film about fishing towns directed by Ana Ruiz, opens on Friday."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["reject.gap_marker"])(text)
    assert any(r.span.text.startswith("Salt Roads") and r.reason == "title" for r in on.rejected)
    assert [q for q in off.quotes if "Salt Roads" in q.text and q.cue is not None]


@pytest.mark.model
def test_a_verb_whose_subject_precedes_the_marks_attributes_nothing(nlp):
    """A verb whose subject stands before the marks ("The radio spot, “...,” links ...") is no cue."""
    text = "The council's new radio spot, “Fix It First,” links the repairs to the budget."
    quotes = quoteextract.extract(text, nlp, scope="attribution").quotes
    assert not [q for q in quotes if q.rule == "quote.trailing_verb"]


# (text, the main clause the cue's time or condition clause frames): the writer's narration, in several phrasings.
FRAMED = [
    ("The coach was checking the pitch on Friday night when he told reporters about the injury.", "checking the pitch"),
    ("And 64 percent now call the plan fair, after 48 percent said so in March.", "call the plan fair"),
    ("If one adds the northern wards, the total passes 300.", "the total passes 300"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "clause"), FRAMED, ids=[c for _, c in FRAMED])
def test_a_speech_verb_in_a_framing_clause_reports_no_main_clause(nlp, text, clause):
    """A cue in a "when"/"after"/"if" clause is no closing attribution of the main clause.

    With ``claim_filter.framing_clause`` off, the main clause is read as its content again.
    """
    on = quoteextract.extract(text, nlp, scope="attribution").quotes
    assert not [q for q in on if clause in q.text]
    off = quoteextract.Extractor(nlp, disable=["claim_filter.framing_clause"])(text).quotes
    assert [q for q in off if clause in q.text and q.rule == "claim.parataxis"]


# (text, the claim): an "as" parenthetical and a closing attribution still report the main clause.
CLOSING = [
    ("As the minister told parliament, the cuts are temporary.", "the cuts are temporary"),
    ("The cuts are temporary, the minister told parliament.", "The cuts are temporary"),
    ("Repairs will take a week, officials said on Monday.", "Repairs will take a week"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "claim"), CLOSING, ids=[c for _, c in CLOSING])
def test_closing_attributions_still_report(nlp, text, claim):
    """An "as" parenthetical and a closing ", X said" report the main clause in the speech scope."""
    assert [q for q in quoteextract.extract(text, nlp, scope="speech").quotes if claim in q.text]
