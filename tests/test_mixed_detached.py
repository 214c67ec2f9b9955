"""``mixed.detached``: a quoted fragment the parse cut off its sentence, reported by the cue verb before it.

The parses below are the shapes the small English models give when they end a
sentence at an opening quote mark: the quoted words become a root of their own
(or hang off a name), so no dependency path leads from them to the verb that
reports them. Every sentence is invented for these tests.
"""

from __future__ import annotations

from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# "Vance, a rival, called the budget “reckless.”": "called" misread as a participle on "Vance",
# the quoted word a sentence of its own.
CALLED_CUT_OFF = """
Vance 0 ROOT PROPN NNP Vance nospace
, 0 punct PUNCT , ,
a 3 det DET DT a
rival 0 appos NOUN NN rival nospace
, 0 punct PUNCT , ,
called 0 acl VERB VBN call
the 7 det DET DT the
budget 5 dobj NOUN NN budget
“ 9 punct PUNCT `` “ nospace
reckless 9 ROOT ADJ JJ reckless nospace
. 9 punct PUNCT . . nospace
” 9 punct PUNCT '' ”
"""

# "The mayor attacked Ortiz, calling him, among other things, “a weak link in the chain” of command."
CALLING_CUT_OFF = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
attacked 2 ROOT VERB VBD attack
Ortiz 2 dobj PROPN NNP Ortiz nospace
, 2 punct PUNCT , ,
calling 2 advcl VERB VBG call
him 5 dobj PRON PRP he nospace
, 5 punct PUNCT , ,
among 5 prep ADP IN among
other 10 amod ADJ JJ other
things 8 pobj NOUN NNS thing nospace
, 5 punct PUNCT , ,
“ 16 punct PUNCT `` “ nospace
a 16 det DET DT a
weak 16 amod ADJ JJ weak
link 16 nsubj NOUN NN link
in 16 prep ADP IN in
the 18 det DET DT the
chain 16 pobj NOUN NN chain nospace
” 20 punct PUNCT '' ”
of 20 prep ADP IN of
command 20 ROOT NOUN NN command nospace
. 20 punct PUNCT . . nospace
"""

# "Vance was called by critics “reckless.”": a passive; the name is somebody else's for the subject.
PASSIVE = """
Vance 2 nsubjpass PROPN NNP Vance
was 2 auxpass AUX VBD be
called 2 ROOT VERB VBN call
by 2 agent ADP IN by
critics 3 pobj NOUN NNS critic
“ 6 punct PUNCT `` “ nospace
reckless 6 ROOT ADJ JJ reckless nospace
. 6 punct PUNCT . . nospace
” 6 punct PUNCT '' ”
"""

# "Vance called Ortiz, who chairs the “budget desk” at the paper.": a clause of the writer's between.
CLAUSE_BETWEEN = """
Vance 1 nsubj PROPN NNP Vance
called 1 ROOT VERB VBD call
Ortiz 1 dobj PROPN NNP Ortiz nospace
, 2 punct PUNCT , ,
who 5 nsubj PRON WP who
chairs 2 relcl VERB VBZ chair
the 8 det DET DT the
“ 8 punct PUNCT `` “ nospace
budget 8 ROOT NOUN NN budget
desk 8 appos NOUN NN desk nospace
” 8 punct PUNCT '' ”
at 8 prep ADP IN at
the 13 det DET DT the
paper 11 pobj NOUN NN paper nospace
. 8 punct PUNCT . . nospace
"""

# "The rival, Ada Cole, accused ministers of “sleepwalking into a crisis”.": "accused ministers" misread as a noun
# phrase (accused people) in apposition, so the cue has no subject.
ACCUSED_AS_ADJECTIVE = """
The 1 det DET DT the
rival 1 ROOT NOUN NN rival nospace
, 1 punct PUNCT , ,
Ada 4 compound PROPN NNP Ada
Cole 1 appos PROPN NNP Cole nospace
, 1 punct PUNCT , ,
accused 7 amod VERB VBD accuse
ministers 1 appos NOUN NNS minister
of 7 prep ADP IN of
“ 10 punct PUNCT `` “ nospace
sleepwalking 8 pcomp VERB VBG sleepwalk
into 10 prep ADP IN into
a 13 det DET DT a
crisis 11 pobj NOUN NN crisis nospace
” 10 punct PUNCT '' ” nospace
. 1 punct PUNCT . .
"""


def _quotes(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, rejected = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    return doc.text, quotes, rejected


def test_cue_before_a_fragment_the_parse_cut_off():
    """The cue verb before the marks reports the fragment; the quotation runs from its object."""
    text, quotes, _ = _quotes(CALLED_CUT_OFF)
    assert len(quotes) == 1, quotes
    quote = quotes[0]
    assert quote.rule == "mixed.detached"
    assert quote.kind == "mixed"
    assert quote.text == "the budget “reckless.”"
    assert text[quote.start : quote.end] == quote.text
    assert quote.cue is not None and quote.cue.text == "called"


def test_participle_cue_reports_the_fragment_up_to_the_closing_mark():
    """The quotation runs from the cue's object to the end of the sentence ("... chain” of command")."""
    _, quotes, _ = _quotes(CALLING_CUT_OFF)
    detached = [q for q in quotes if q.rule == "mixed.detached"]
    assert len(detached) == 1, quotes
    assert detached[0].text == "him, among other things, “a weak link in the chain” of command"
    assert detached[0].cue is not None and detached[0].cue.text == "calling"


def test_passive_naming_is_not_a_report():
    """A passive ("was called by critics “reckless”") gives no quotation from the participle."""
    _, quotes, _ = _quotes(PASSIVE)
    assert not [q for q in quotes if q.rule == "mixed.detached"]


def test_a_clause_of_the_writer_between_stops_the_search():
    """A finite verb between the cue and the marks ("who chairs") makes the fragment the writer's."""
    _, quotes, _ = _quotes(CLAUSE_BETWEEN)
    assert not [q for q in quotes if q.rule == "mixed.detached"]


def test_rule_can_be_switched_off():
    """``disable=["mixed.detached"]`` really switches the rule off."""
    _, quotes, rejected = _quotes(CALLED_CUT_OFF, disable=("mixed.detached",))
    assert not [q for q in quotes if q.rule == "mixed.detached"]
    assert [r.span.text for r in rejected] == ["reckless."]


def _cut_off_run(units: int) -> str:
    """Rows of "Vance called the budget “reckless” and ..." repeated: one long sentence, each fragment cut off."""
    rows = []
    for n in range(units):
        i = 8 * n
        rows += [
            f"Vance {i + 1} nsubj PROPN NNP Vance",
            f"called {i + 1} ROOT VERB VBD call",
            f"the {i + 3} det DET DT the",
            f"budget {i + 1} dobj NOUN NN budget",
            f"“ {i + 5} punct PUNCT `` “ nospace",
            f"reckless {i + 5} ROOT ADJ JJ reckless nospace",
            f"” {i + 5} punct PUNCT '' ”",
            f"and {i + 5} cc CCONJ CC and",
        ]
    return "\n".join(rows)


def test_tokens_read_grow_linearly_with_cut_off_fragments_in_one_sentence(monkeypatch):
    """Four times the cut-off fragments in one unpunctuated sentence: at most about four times the tokens read."""
    from quoteextract.stages.attribution import _context

    def tokens_read(units: int) -> tuple[int, int]:
        count = [0]
        original = _context.tokens_in

        def counting(doc, start, end):
            found = original(doc, start, end)
            count[0] += len(found)
            return found

        monkeypatch.setattr(_context, "tokens_in", counting)
        quotes, _ = attribute(Article.build(parse(_cut_off_run(units))))
        monkeypatch.setattr(_context, "tokens_in", original)
        return count[0], sum(q.rule == "mixed.detached" for q in quotes)

    small, found_small = tokens_read(60)
    large, found_large = tokens_read(240)
    assert (found_small, found_large) == (60, 240)
    assert large <= 4.5 * small, (small, large)  # a rescan of the sentence per fragment reads about 16 times as many


def test_a_cue_read_as_an_adjective_takes_the_sentences_opening_speaker():
    """With "accused ministers" parsed as a noun phrase the cue has no subject: the opening description speaks."""
    _, quotes, _ = _quotes(ACCUSED_AS_ADJECTIVE)
    detached = [q for q in quotes if q.cue is not None and q.cue.text == "accused"]
    assert len(detached) == 1, quotes
    assert detached[0].speaker is not None and detached[0].speaker.text == "The rival"
