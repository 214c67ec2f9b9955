"""Session-10 refinements of the quotation rules, on hand-built parses of invented sentences.

- A fronted place or time phrase the parser took for the subject ("Outside court, his sister, Ann Lee, said:")
  gives its appositive as the speaker (``_fronted.fronted_speaker``, shared by quotations and claims).
- A cue after the closing mark whose subject stands before the opening mark reports nothing of the quoted words:
  they are an appositive or clause inside that subject ("Her retrospective, «The Salt Years», opens on Friday").
- A verb of sound that carries the quoted words through a preposition ("The away end rang to 'We're going up'")
  reports no speech: the words were chanted there (``_heard.heard_not_said``).
- An unlisted verb in a subordinate clause after the marks ("“...,” as the president took the stage") is the
  writer's clause, not an attribution.

The parses are those en_core_web_sm 3.8 gives these sentences, stated in full so the tests never drift with
the model.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# "Outside court, Nqola’s sister, Zukiswa Nqola, said: “We have waited.”": "Outside" an adjective, "court" the subject.
OUTSIDE_COURT = """
Outside 1 amod ADJ JJ outside
court 10 nsubj NOUN NN court nospace
, 1 punct PUNCT , ,
Nqola 5 poss PROPN NNP Nqola nospace
’s 3 case PART POS ’s
sister 1 appos NOUN NN sister nospace
, 5 punct PUNCT , ,
Zukiswa 8 compound PROPN NNP Zukiswa
Nqola 5 appos PROPN NNP Nqola nospace
, 5 punct PUNCT , ,
said 10 ROOT VERB VBD say nospace
: 10 punct PUNCT : :
“ 10 punct PUNCT `` " nospace
We 15 nsubj PRON PRP we
have 15 aux AUX VBP have
waited 10 ccomp VERB VBN wait nospace
. 10 punct PUNCT . . nospace
” 10 punct PUNCT '' "
"""

# "Later, his sister, Ann Lee, said: “We have waited.”": the fronted word parsed apart; the subject is right.
LATER = """
Later 8 advmod ADV RB later nospace
, 8 punct PUNCT , ,
his 3 poss PRON PRP$ his
sister 8 nsubj NOUN NN sister nospace
, 3 punct PUNCT , ,
Ann 6 compound PROPN NNP Ann
Lee 3 appos PROPN NNP Lee nospace
, 3 punct PUNCT , ,
said 8 ROOT VERB VBD say nospace
: 8 punct PUNCT : :
“ 8 punct PUNCT `` " nospace
We 13 nsubj PRON PRP we
have 13 aux AUX VBP have
waited 8 ccomp VERB VBN wait nospace
. 8 punct PUNCT . . nospace
” 8 punct PUNCT '' "
"""

# "Her retrospective, «The Salt Years», opens on Friday.": a title in apposition to the subject of "opens".
TITLE_IN_SUBJECT = """
Her 1 poss PRON PRP$ her
retrospective 9 nsubj NOUN NN retrospective nospace
, 1 punct PUNCT , ,
« 1 punct PUNCT `` « nospace
The 7 det DET DT the
Salt 6 compound PROPN NNP Salt
Years 7 compound PROPN NNP Years nospace
» 1 appos NOUN NN » nospace
, 1 punct PUNCT , ,
opens 9 ROOT VERB VBZ open
on 9 prep ADP IN on
Friday 10 pobj PROPN NNP Friday nospace
. 9 punct PUNCT . .
"""

# "“We will win,” she said.": the plain trailing attribution the guard must leave alone.
WE_WILL_WIN = """
“ 7 punct PUNCT `` " nospace
We 3 nsubj PRON PRP we
will 3 aux AUX MD will
win 7 ccomp VERB VB win nospace
, 7 punct PUNCT , , nospace
” 7 punct PUNCT '' "
she 7 nsubj PRON PRP she
said 7 ROOT VERB VBD say nospace
. 7 punct PUNCT . .
"""

# "The away end rang to 'We're going up' at the whistle.": the model makes "to" an auxiliary of the chant.
RANG_TO = """
The 2 det DET DT the
away 2 amod ADJ JJ away
end 3 nsubj NOUN NN end
rang 3 ROOT VERB VBD ring
to 8 aux PART TO to
' 8 punct PUNCT `` ' nospace
We 8 nsubj PRON PRP we nospace
're 8 aux AUX VBP be
going 3 advcl VERB VBG go
up 8 prt ADP RP up nospace
' 8 punct PUNCT '' '
at 8 prep ADP IN at
the 13 det DET DT the
whistle 11 pobj NOUN NN whistle nospace
. 3 punct PUNCT . .
"""

# "“Four more years,” as the president took the stage.": a subordinate clause of the writer's after the marks.
AS_CLAUSE = """
“ 3 punct PUNCT `` " nospace
Four 3 nummod NUM CD four
more 3 amod ADJ JJR more
years 3 ROOT NOUN NNS year nospace
, 3 punct PUNCT , , nospace
” 3 punct PUNCT '' "
as 9 mark SCONJ IN as
the 8 det DET DT the
president 9 nsubj NOUN NN president
took 3 advcl VERB VBD take
the 11 det DET DT the
stage 9 dobj NOUN NN stage nospace
. 3 punct PUNCT . .
"""


def _quotes(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    return doc.text, quotes


def test_fronted_place_phrase_gives_its_appositive_as_speaker():
    """Sentence: "Outside court, X's sister, Name, said:" names the sister, not "Outside court"."""
    text, quotes = _quotes(OUTSIDE_COURT)
    assert [q.text for q in quotes] == ["We have waited."]
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.text == "Nqola’s sister"
    assert text[speaker.start : speaker.end] == speaker.text


def test_fronted_word_parsed_apart_keeps_the_subject():
    """When the parser already sets "Later," apart, the subject itself is the speaker."""
    _, quotes = _quotes(LATER)
    assert [q.speaker.text for q in quotes if q.speaker] == ["his sister"]


def test_title_in_apposition_to_the_subject_is_no_quotation():
    """A verb after the marks whose subject comes before them ("Her retrospective, «...», opens") reports nothing."""
    _, quotes = _quotes(TITLE_IN_SUBJECT)
    assert quotes and all(q.cue is None and q.speaker is None for q in quotes)


def test_plain_trailing_attribution_is_kept():
    """Sentence: "“We will win,” she said." stays a ``quote.trailing`` quotation spoken by "she"."""
    _, quotes = _quotes(WE_WILL_WIN)
    assert [(q.rule, q.speaker.text if q.speaker else None) for q in quotes] == [("quote.trailing", "she")]


def test_words_a_stand_rang_to_are_not_said_by_it():
    """Sentence: "The away end rang to '...'" gives no quotation with the cue "rang"."""
    _, quotes = _quotes(RANG_TO)
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "rang"]


@pytest.mark.parametrize("disable", [(), ("quote.trailing_verb",)])
def test_writers_subordinate_clause_after_the_marks_is_no_attribution(disable):
    """Sentence: "“...,” as the president took the stage": "took" is in no lexicon and opens no attribution."""
    _, quotes = _quotes(AS_CLAUSE, disable)
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "took"]
