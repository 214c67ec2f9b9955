"""The rules written for the wire-copy set (session 15), each on the parse it was written for."""

from __future__ import annotations

from _handbuilt import parse

from quoteextract._model import SourceLink, Span
from quoteextract.stages.attribution._cues import is_cue
from quoteextract.stages.claims.participle_tail import participle_tail
from quoteextract.stages.sources._chain import own_outlet_relay

# "WASHINGTON (AP) — The administration will delay the tariffs by a month, an official who asked not to be named
# told Reuters on Tuesday." as the small model parses it: "told" a participle (acl) of "official".
_WIRE = """
WASHINGTON 8 npadvmod PROPN NNP Washington
( 2 punct PUNCT -LRB- (
AP 0 appos PROPN NNP AP
) 2 punct PUNCT -RRB- )
— 8 punct PUNCT : —
The 6 det DET DT the
administration 8 nsubj NOUN NN administration
will 8 aux AUX MD will
delay 8 ROOT VERB VB delay
the 10 det DET DT the
tariffs 8 dobj NOUN NNS tariff
by 8 prep ADP IN by
a 13 det DET DT a
month 11 pobj NOUN NN month
, 8 punct PUNCT , ,
an 16 det DET DT an
official 6 appos NOUN NN official
who 18 nsubj PRON WP who
asked 16 relcl VERB VBD ask
not 22 neg PART RB not
to 22 aux PART TO to
be 22 auxpass AUX VB be
named 18 xcomp VERB VBN name
told 16 acl VERB VBN tell
Reuters 23 dobj PROPN NNP Reuters
on 23 prep ADP IN on
Tuesday 25 pobj PROPN NNP Tuesday
. 8 punct PUNCT . .
"""

# "The mayor opened the fair, a tradition said to date from 1850.": a true participle with a clause of its own.
_PARTICIPLE = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
opened 2 ROOT VERB VBD open
the 4 det DET DT the
fair 2 dobj NOUN NN fair
, 2 punct PUNCT , ,
a 7 det DET DT a
tradition 4 appos NOUN NN tradition
said 7 acl VERB VBN say
to 10 aux PART TO to
date 8 xcomp VERB VB date
from 10 prep ADP IN from
1850 11 pobj NUM CD 1850
. 2 punct PUNCT . .
"""


def _cue(rows: str, word: str):  # type: ignore[no-untyped-def]
    doc = parse(rows)
    token = next(t for t in doc if t.text == word)
    cue = is_cue(token)
    assert cue is not None
    return cue


def test_a_closing_told_parsed_as_a_participle_reports_the_fronted_clause_without_the_dateline():
    found = participle_tail(_cue(_WIRE, "told"))
    assert found is not None
    assert " ".join(t.text for t in found.tokens) == "The administration will delay the tariffs by a month"


def test_a_true_participle_with_a_clause_of_its_own_is_no_closing_attribution():
    assert participle_tail(_cue(_PARTICIPLE, "said")) is None


def _link(relation: str, words: str) -> SourceLink:
    return SourceLink(
        relation=relation, entity=None, span=Span(0, len(words), words), mention=Span(0, len(words), words)
    )


def test_the_publishing_outlet_naming_itself_is_no_relay():
    assert own_outlet_relay(_link("reported_by", "this newspaper"))
    assert own_outlet_relay(_link("reported_by", "our reporters"))
    assert not own_outlet_relay(_link("told", "this newspaper"))  # "told this newspaper" keeps its link
    assert not own_outlet_relay(_link("reported_by", "the Daily Ledger"))
