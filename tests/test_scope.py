"""The ``scope`` setting: which claims ``speech`` keeps, and where the setting is accepted."""

from __future__ import annotations

import json

import pytest

import quoteextract
from quoteextract._model import Quotation, Span
from quoteextract.outputs._cli import main
from quoteextract.outputs._serialize import from_dict, to_dict
from quoteextract.stages.scope import SCOPES, apply_scope, check_scope, is_speech

TEXT = "0123456789"


def q(
    kind: str, cue_class: str | None, content_type: str | None, polarity: str | None, *, cue: bool = True
) -> Quotation:
    """A classified claim over a dummy span, with a cue unless told."""
    return Quotation(
        content=Span.of(TEXT, 0, 4),
        kind=kind,
        cue=Span.of(TEXT, 5, 9) if cue else None,
        cue_class=cue_class,
        content_type=content_type,
        polarity=polarity,
    )


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        (q("direct", "speech", "quoted", "asserted"), True),
        (q("direct", None, "quoted", "asserted"), True),
        (q("direct", None, "quoted", "asserted", cue=False), False),
        (q("mixed", "stance", "noun_phrase", "asserted"), True),
        (q("mixed", "evidence", "clause", "asserted"), False),
        (q("mixed", "belief", "clause", "asserted"), False),
        (q("mixed", "perception", "noun_phrase", "asserted"), False),
        (q("mixed", "intention", "infinitive", "asserted"), False),
        (q("mixed", "question", "clause", "asserted"), True),
        (q("direct", "evidence", "quoted", "asserted"), False),
        (q("direct", "belief", "quoted", "asserted"), True),
        (q("direct", "speech", "quoted", "hypothetical"), False),
        (q("indirect", "speech", "clause", "asserted"), True),
        (q("indirect", "speech", "infinitive", "asserted"), True),
        (q("indirect", "speech", "clause", "denied"), True),
        (q("indirect", "speech", "clause", "negated"), False),
        (q("indirect", "speech", "clause", "hypothetical"), False),
        (q("indirect", "speech", "noun_phrase", "asserted"), False),
        (q("indirect", "belief", "clause", "asserted"), False),
        (q("indirect", "intention", "infinitive", "negated"), False),
        (q("indirect", "evidence", "noun_phrase", "asserted"), False),
        (q("indirect", None, None, "asserted"), False),
    ],
)
def test_speech_scope_keeps_reported_speech(quote, kept):
    """Quotations and asserted or denied speech claims with content are speech; the rest is not."""
    assert is_speech(quote) is kept
    assert apply_scope([quote], "speech") == ([quote] if kept else [])
    assert apply_scope([quote], "attribution") == [quote]


@pytest.mark.parametrize("bad", ["Speech", "all", "", None, 1])
def test_unknown_scope_is_an_input_error(bad):
    """A scope that is not ``attribution`` or ``speech`` raises InputError."""
    with pytest.raises(quoteextract.InputError):
        check_scope(bad)


def test_scopes_are_attribution_and_speech():
    """The two scopes, default first."""
    assert SCOPES == ("attribution", "speech")


def test_classification_round_trips_and_old_json_loads():
    """The three fields serialise as additive keys, and JSON without them still loads."""
    quote = q("indirect", "speech", "clause", "denied")
    data = to_dict(quote)
    assert (data["cue_class"], data["content_type"], data["polarity"]) == ("speech", "clause", "denied")
    assert from_dict(data, Quotation) == quote
    for key in ("cue_class", "content_type", "polarity"):
        del data[key]
    old = from_dict(data, Quotation)
    assert (old.cue_class, old.content_type, old.polarity) == (None, None, None)


def test_bad_polarity_is_refused():
    """A polarity outside the list is an InputError."""
    with pytest.raises(quoteextract.InputError):
        q("indirect", "speech", "clause", "maybe")


def test_extractor_refuses_bad_scope_without_loading():
    """``Extractor(scope=...)`` checks the scope at once."""
    with pytest.raises(quoteextract.InputError):
        quoteextract.Extractor(scope="quotes")
    with pytest.raises(quoteextract.InputError):
        quoteextract.extract("Hi.", scope="quotes")


SPEECH_TEXT = (
    "Analysts believe the vote is close. “We will rebuild the pier,” said Mayor Ann Lee. "
    "The harbour master declined to comment. Officials denied that the pier was unsafe. "
    "He did not say whether he would run. The photo shows a dog."
)


@pytest.mark.model
def test_speech_scope_on_the_model(nlp):
    """``speech`` keeps the quotation and the denial, and drops the belief, refusal, negation and photo."""
    everything = quoteextract.extract(SPEECH_TEXT, nlp)
    speech = quoteextract.extract(SPEECH_TEXT, nlp, scope="speech")
    kept = {x.text for x in speech.quotes}
    assert "We will rebuild the pier," in kept
    assert "that the pier was unsafe" in kept or "the pier was unsafe" in kept
    assert not any("vote is close" in t or "comment" in t or "whether" in t or "dog" in t for t in kept)
    assert kept < {x.text for x in everything.quotes}
    for quote in speech.quotes:
        assert SPEECH_TEXT[quote.start : quote.end] == quote.text


@pytest.mark.model
def test_extract_many_and_extractor_take_scope(nlp):
    """``extract_many`` and ``Extractor`` give the same speech-scope result as ``extract``."""
    one = quoteextract.extract(SPEECH_TEXT, nlp, scope="speech")
    (many,) = quoteextract.extract_many([SPEECH_TEXT], nlp, scope="speech")
    extractor = quoteextract.Extractor(nlp, scope="speech")
    assert one.quotes == many.quotes == extractor(SPEECH_TEXT).quotes


@pytest.mark.model
def test_component_scope_setting(nlp):
    """The spaCy component's ``scope`` setting filters what it stores."""
    pipe = nlp
    name = "qe_scope_test"
    pipe.add_pipe("quoteextract", name=name, config={"scope": "speech", "quotes_attr": "", "speakers_attr": ""})
    try:
        doc = pipe(SPEECH_TEXT)
        stored = doc.user_data
        quotes = next(v for v in stored.values() if isinstance(v, dict) and "quotes" in v)["quotes"]
        assert all("cue_class" in quote and "polarity" in quote for quote in quotes)
        assert not any("dog" in quote["text"] for quote in quotes)
    finally:
        pipe.remove_pipe(name)


def test_component_refuses_bad_scope():
    """An unknown scope in the component config is a PipelineError."""
    import spacy

    blank = spacy.blank("en")
    with pytest.raises(quoteextract.PipelineError):
        blank.add_pipe("quoteextract", config={"scope": "everything", "quotes_attr": "", "speakers_attr": ""})


@pytest.mark.model
def test_cli_scope_speech(tmp_path, capsys):
    """``quoteextract --scope speech -f json`` prints classified speech only."""
    path = tmp_path / "a.txt"
    path.write_text(SPEECH_TEXT, encoding="utf-8")
    assert main(["--scope", "speech", "-f", "json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"] and all(quote["polarity"] in ("asserted", "denied") for quote in data["quotes"])


def test_cli_scope_needs_the_parser(capsys):
    """``--scope speech`` with ``--regex-only`` is a usage error."""
    with pytest.raises(SystemExit) as exit_:
        main(["--scope", "speech", "--regex-only", "x.txt"])
    assert exit_.value.code == 2
