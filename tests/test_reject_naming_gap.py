"""Names given by a naming verb with words between (rule ``reject.naming`` of ``_reject_syntax.py``, session 14).

"who fans call ‘...’" (a relative pronoun beside the namer), "came to call ‘...’" (an infinitive the
parse hangs as ``advcl``), "referred to in court as ‘...’" (a bare "to": passive whatever the tag),
"described in police reports as ‘the ...’" (a proper name after a passive naming verb), "The
condition, sometimes called ‘...’" (a participle the parse tags as finite) and "identified only as
‘...’". Rule tests on hand-built parses, then end to end on the model with sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from _quoted import quoted_words

from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_syntax import naming_reason
from tests._handbuilt import parse

WHO_FANS_CALL = """
Lee_ 10 nsubj PROPN NNP Lee
, 0 punct PUNCT , ,
who 4 nsubj PRON WP who
fans 4 nsubj NOUN NNS fan
call 0 relcl VERB VBP call
“_ 7 punct PUNCT `` “
the 7 det DET DT the
Postman_ 4 oprd PROPN NNP Postman
” 7 punct PUNCT '' ”
, 10 punct PUNCT , ,
won 10 ROOT VERB VBD win
. 10 punct PUNCT . .
"""

WHO_RUIZ_CALLS = WHO_FANS_CALL.replace("fans 4 nsubj NOUN NNS fan", "Ruiz 4 nsubj PROPN NNP Ruiz").replace(
    "call 0 relcl VERB VBP call", "calls 0 relcl VERB VBZ call"
)

REFERRED_TO_AS = """
The 1 det DET DT the
accused_ 11 nsubj NOUN NN accused
, 1 punct PUNCT , ,
referred 11 ccomp VERB VBD refer
to 3 prep ADP IN to
as 3 prep ADP IN as
“_ 8 punct PUNCT `` “
the 8 det DET DT the
Fixer_ 5 pobj PROPN NNP Fixer
” 8 punct PUNCT '' ”
, 11 punct PUNCT , ,
denies 11 ROOT VERB VBZ deny
it 11 dobj PRON PRP it
. 11 punct PUNCT . .
"""

LEE_REFERRED_TO_HIM = """
Lee 1 nsubj PROPN NNP Lee
referred 1 ROOT VERB VBD refer
to 1 prep ADP IN to
him 2 pobj PRON PRP he
as 1 prep ADP IN as
“_ 7 punct PUNCT `` “
the 7 det DET DT the
Fixer_ 4 pobj PROPN NNP Fixer
” 7 punct PUNCT '' ”
. 1 punct PUNCT . .
"""


def _run(rows):
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return naming_reason(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(WHO_FANS_CALL).text == "Lee, who fans call “the Postman”, won."
    assert parse(WHO_RUIZ_CALLS).text == "Lee, who Ruiz calls “the Postman”, won."
    assert parse(REFERRED_TO_AS).text == "The accused, referred to as “the Fixer”, denies it."
    assert parse(LEE_REFERRED_TO_HIM).text == "Lee referred to him as “the Fixer”."


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(WHO_FANS_CALL, "nickname"), (WHO_RUIZ_CALLS, None), (REFERRED_TO_AS, "nickname"), (LEE_REFERRED_TO_HIM, None)],
)
def test_naming_with_a_gap(rows, expected):
    """Fans beside "who" name nobody in particular; a bare "to" is passive; Ruiz and "referred to him" speak."""
    assert _run(rows) == expected


NOT_SPEECH = [
    ("The goalkeeper, who fans have always called “the Cat”, signed a new deal on Monday.", "the Cat"),
    ("The defendant, referred to throughout the trial as ‘the Banker’, was cleared on Friday.", "the Banker"),
    ("The ferry, which passengers came to call «the Old Lady» after a storm, made her last crossing.", "the Old Lady"),
    ("The man, described in court papers as “the Quartermaster”, was jailed for nine years.", "the Quartermaster"),
    ("The surgeon, whom patients have long called ‘Doctor Smiles’, retired on Friday.", "Doctor Smiles"),
    ("The injury, often called “runner’s knee”, keeps thousands of joggers off the road.", "runner’s knee"),
    ("The informant, identified in the indictment only as “Source B”, did not testify.", "Source B"),
]

SPEECH = [
    ("The mayor called the plan “a disgrace to the city” on Tuesday.", "a disgrace to the city"),
    ("The judge described the defendant as “a dangerous and manipulative man”.", "a dangerous and manipulative man"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NOT_SPEECH)
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_names_given_with_a_gap_are_no_quotation(nlp, text, words, scope):
    """Names given by people at large or in the passive, words between the verb and the name."""
    assert not any(words in found for found in quoted_words(nlp, text, scope))


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_characterisations_stay_quotations(nlp, text, words):
    """A named speaker's characterisation stays a quotation."""
    assert any(words in found for found in quoted_words(nlp, text, "speech"))
