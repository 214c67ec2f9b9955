"""The rules written for the second wire-copy set (session 17): datelines, the cue's day, the statement it was in.

The dateline tests read text only; the model tests run invented sentences (not the set's) through the pipeline.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract._model import Span
from quoteextract.stages.claims.cue_time import drop_cue_time
from quoteextract.stages.claims.dateline import past_dateline
from quoteextract.stages.layout.dateline import dateline_end
from quoteextract.stages.speakers._names import looks_like_org, parse_name


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("LISBON (Reuters) - The port will stay shut.", "The port will stay shut."),
        ("GLASGOW — Two ferries will be withdrawn.", "Two ferries will be withdrawn."),
        ("ST. JOHN'S, Nfld. (CP) — The fishery will reopen.", "The fishery will reopen."),
        ("HANOI, Oct. 7 (AFP) – Flights resumed at noon.", "Flights resumed at noon."),
        ("CARDIFF, (PA Media) - Rail fares will rise.", "Rail fares will rise."),
        ("KAMPALA, Uganda (AP) -- The vote was delayed.", "The vote was delayed."),
    ],
)
def test_a_dateline_opening_the_line_ends_at_its_dash(line, rest):
    text = "Headline here\n\n" + line
    end = dateline_end(text, len("Headline here\n\n"))
    assert end is not None
    assert text[end:] == rest


@pytest.mark.parametrize(
    "line",
    [
        "US - China talks resume on Monday.",  # an initialism alone is no place
        "The Port Authority - not the city - runs the docks.",
        "LISBON is where the talks will be held.",
    ],
)
def test_a_line_without_a_dateline_has_none(line):
    assert dateline_end(line, 0) is None


def test_a_content_starting_in_the_dateline_moves_past_it():
    text = "Title\n\nOSLO (NTB) - Ferry fares will double, the operator said.\n"
    start = text.index("OSLO")
    content = Span.of(text, start, text.index(", the operator"))
    moved = past_dateline(text, content)
    assert moved is not None
    assert moved.text == "Ferry fares will double"


def test_a_content_after_the_dateline_is_unchanged():
    text = "OSLO (NTB) - The operator said ferry fares would double.\n"
    content = Span.of(text, text.index("ferry"), text.index(".\n"))
    assert past_dateline(text, content) == content


# "The council said on Friday it would close the pool." as the small model may parse it: "on Friday" on "close".
_SAID_ON_FRIDAY = """
The     1 det    DET   DT  the
council 2 nsubj  NOUN  NN  council
said    2 ROOT   VERB  VBD say
on      7 prep   ADP   IN  on
Friday  3 pobj   PROPN NNP Friday
it      7 nsubj  PRON  PRP it
would   7 aux    AUX   MD  will
close   2 ccomp  VERB  VB  close
the     9 det    DET   DT  the
pool    7 dobj   NOUN  NN  pool
.       2 punct  PUNCT .   .
"""
_ENTS = ["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "O"]

# "The council said that on Friday it would close the pool.": the day inside the reported clause.
_SAID_THAT_ON_FRIDAY = """
The     1 det    DET   DT  the
council 2 nsubj  NOUN  NN  council
said    2 ROOT   VERB  VBD say
that    8 mark   SCONJ IN  that
on      8 prep   ADP   IN  on
Friday  4 pobj   PROPN NNP Friday
it      8 nsubj  PRON  PRP it
would   8 aux    AUX   MD  will
close   2 ccomp  VERB  VB  close
the     10 det   DET   DT  the
pool    8 dobj   NOUN  NN  pool
.       2 punct  PUNCT .   .
"""


def _content(rows: str, ents: list[str]) -> str:
    doc = parse(rows, ents)
    said = doc[2]
    clause = next(c for c in said.children if c.dep_ == "ccomp")
    return " ".join(t.text for t in drop_cue_time(said, list(clause.subtree)))


def test_the_day_of_the_cue_is_not_content():
    assert _content(_SAID_ON_FRIDAY, _ENTS) == "it would close the pool"


def test_a_day_after_that_stays_in_the_content():
    ents = ["O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "O"]
    assert _content(_SAID_THAT_ON_FRIDAY, ents) == "that on Friday it would close the pool"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ferries cut\n\nLISBON (Reuters) - The port of Setubal will stay closed until Friday, a harbour official "
            "said.\n",
            "The port of Setubal will stay closed until Friday",
        ),
        (
            "Ferries cut\n\nGLASGOW — Two ferries will be withdrawn from service next month, the operator said.\n",
            "Two ferries will be withdrawn from service next month",
        ),
        ("The water authority said on Thursday it would lift the hosepipe ban.", "it would lift the hosepipe ban"),
        (
            "The junta said it had freed 300 prisoners, in a statement carried by the state broadcaster.",
            "it had freed 300 prisoners",
        ),
    ],
)
def test_wire_furniture_stays_out_of_the_content(nlp, text, content):
    quotes = quoteextract.extract(text, nlp).quotes
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    ("name", "org"),
    [
        ("Downing Street", True),
        ("the White House", True),
        ("the Kremlin", True),
        ("the Elysee", True),
        ("Downing", False),
        ("Wall Street", False),
        ("Harriet Crane", False),
    ],
)
def test_a_seat_of_government_names_an_organisation(name, org):
    assert looks_like_org(parse_name(name)) is org


@pytest.mark.model
def test_it_after_a_seat_of_government_is_the_government(nlp):
    text = (
        "Number 10 said on Tuesday it would publish the review in March. Teachers' unions have called for it for "
        "years.\n\nDowning Street later said it would not delay the pay rise. It said the money had been found."
    )
    result = quoteextract.extract(text, nlp)
    last = result.quotes[-1]
    assert last.text == "the money had been found"
    entity = result.entities[last.speaker.entity]
    assert entity.name == "Downing Street"
    assert entity.type == "organisation"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dock workers called a 48-hour strike at the container port.", False),
        ("The premier called a snap election for the spring.", False),
        ("The mayor called the strike a disgrace to the city.", True),
        ("The senator called the vote rigged.", True),
        ("The nurses' union called for a strike at the hospital.", True),
    ],
)
def test_calling_an_event_convenes_it(nlp, text, kept):
    """claim_filter.convened_event: "called a strike" convenes it; a view of it or a call for it stays."""
    assert bool(quoteextract.extract(text, nlp).quotes) is kept
    if not kept:
        disabled = quoteextract.Extractor(nlp, disable=["claim_filter.convened_event"])
        assert disabled(text).quotes  # the filter, not the frames, drops it


@pytest.mark.model
@pytest.mark.parametrize(
    ("outlet", "told"),
    [
        ("Portugal Viva radio", "Portugal Viva radio"),
        ("Kestrel FM", "Kestrel FM"),
        ("Portugal", None),  # a country told is no outlet
    ],
)
def test_an_outlet_named_with_its_medium_is_told(nlp, outlet, told):
    """A name and its medium make an outlet ("told France Inter radio"), even when a place opens the name."""
    text = f"“The bridge will reopen in May,” the minister told {outlet}."
    links = [s for q in quoteextract.extract(text, nlp).quotes for s in q.sources if s.relation == "told"]
    outlets = [s.mention.text for s in links if s.mention is not None and s.mention.text != "the minister"]
    assert outlets == ([told] if told else [])


@pytest.mark.model
def test_a_statement_frame_is_not_the_mixed_content(nlp):
    """In "said in a statement that it was “...”" the clause the parser hung under "statement" is what was said."""
    text = "Harlow Water, the reservoir's owner, said in a statement that it was “shocked and saddened”."
    quotes = quoteextract.extract(text, nlp).quotes
    assert [q.text for q in quotes] == ["that it was “shocked and saddened”"]
