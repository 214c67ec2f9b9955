"""Tests for the spaCy component "quoteextract" (quoteextract/_component.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import spacy
import srsly
from _sample import sample_extraction
from _schema import assert_valid
from spacy.tokens import Doc, DocBin

import quoteextract
from quoteextract._errors import PipelineError
from quoteextract._extractor import analyse
from quoteextract._pipeline import pipeline_info
from quoteextract.outputs._component import (
    SPAN_KEYS,
    USER_DATA_KEY,
    QuoteExtractComponent,
    _filter,
    register_extensions,
    set_span_groups,
)
from quoteextract.outputs._serialize import to_dict

ARTICLE = "“The bridge will open in June,” the mayor said on Monday. “We are ready,” she added."

# “ The plan works , ” she said .
WORDS = ["“", "The", "plan", "works", ",", "”", "she", "said", "."]
SPACES = [False, True, True, False, False, True, True, False, False]
HEADS = [7, 2, 3, 7, 7, 7, 7, 7, 7]
DEPS = ["punct", "det", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"]


def parsed_doc(nlp) -> Doc:
    """A Doc with a hand-made dependency parse, so no trained model is needed."""
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS)


@pytest.fixture
def blank():
    """A blank English pipeline with the component added."""
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteextract")
    return nlp


def test_component_stores_plain_data_and_getters_rebuild_it(blank):
    """The component stores to_dict output in user_data; the extensions give the attrs objects back."""
    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    expected = analyse(parsed_doc(blank), model=pipeline_info(blank))
    assert doc.user_data[USER_DATA_KEY] == to_dict(expected)
    srsly.msgpack_dumps(doc.user_data[USER_DATA_KEY])  # plain data only
    assert_valid(doc.user_data[USER_DATA_KEY])
    assert doc._.quoteextract == expected
    assert doc._.quotes == expected.quotes
    assert doc._.speakers == expected.entities


def test_unprocessed_doc_has_empty_extensions(blank):
    """A Doc the component never saw gives no quotations, no speakers and no extraction."""
    doc = parsed_doc(blank)
    assert (doc._.quotes, doc._.speakers, doc._.quoteextract) == ((), (), None)


@pytest.mark.parametrize("how", ["to_bytes", "docbin"])
def test_result_survives_serialisation(blank, how):
    """Doc.to_bytes and DocBin carry the result, and the getters rebuild equal objects."""
    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    doc.user_data[USER_DATA_KEY] = to_dict(sample_extraction())  # a rich result: every field filled
    if how == "to_bytes":
        copy = Doc(blank.vocab).from_bytes(doc.to_bytes())
    else:
        data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
        copy = next(DocBin().from_bytes(data).get_docs(blank.vocab))
    assert copy._.quoteextract == doc._.quoteextract == sample_extraction()
    assert copy._.quotes == doc._.quotes


def test_doc_without_parse_is_refused():
    """A pipeline without a parser gets a PipelineError that says where to add the component."""
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteextract")
    with pytest.raises(PipelineError, match="after the parser"):
        nlp("“It works,” she said.")


def test_blank_text_needs_no_parse(blank):
    """An empty Doc gives an empty result, even without a parser."""
    doc = blank("")
    assert doc._.quotes == () and doc._.quoteextract is not None


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"min_confidence": 2.0}, "min_confidence"),
        ({"kinds": ["direct", "rumour"]}, "kinds"),
    ],
)
def test_bad_settings_are_refused(config, message):
    """Out-of-range settings raise PipelineError naming the setting."""
    nlp = spacy.blank("en")
    with pytest.raises(PipelineError, match=message):
        nlp.add_pipe("quoteextract", config=config)


def test_existing_extension_is_never_clobbered():
    """A Doc extension registered by someone else is kept, and the component asks for another name."""
    Doc.set_extension("qe_test_taken", default="theirs", force=True)
    try:
        register_extensions(quotes_attr="qe_test_taken", speakers_attr=None, extraction_attr=None, strict=False)
        assert Doc.get_extension("qe_test_taken")[0] == "theirs"
        nlp = spacy.blank("en")
        with pytest.raises(PipelineError, match="already registered"):
            nlp.add_pipe("quoteextract", config={"quotes_attr": "qe_test_taken"})
    finally:
        Doc.remove_extension("qe_test_taken")


def test_extension_names_are_configurable(blank):
    """Custom extension names are registered and read the same stored result."""
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteextract", config={"quotes_attr": "qe_test_quotes", "speakers_attr": "qe_test_speakers"})
    try:
        doc = nlp.get_pipe("quoteextract")(parsed_doc(nlp))
        assert doc._.qe_test_quotes == doc._.quotes
        assert doc._.qe_test_speakers == doc._.speakers
    finally:
        Doc.remove_extension("qe_test_quotes")
        Doc.remove_extension("qe_test_speakers")


def test_registering_twice_is_harmless():
    """register_extensions may be called again: quoteextract's own extensions are recognised."""
    register_extensions()
    register_extensions()
    assert Doc.has_extension("quotes") and Doc.has_extension("speakers") and Doc.has_extension("quoteextract")


@pytest.mark.parametrize(
    ("min_confidence", "kinds", "kept"),
    [
        (0.0, ("direct", "mixed", "indirect"), 3),
        (0.65, ("direct", "mixed", "indirect"), 2),
        (0.0, ("direct",), 1),
        (0.95, ("direct", "mixed", "indirect"), 0),
    ],
)
def test_filter_keeps_entity_indices_consistent(min_confidence, kinds, kept):
    """Filtering quotations re-indexes each entity's quotes so they still point at its quotations."""
    result = _filter(sample_extraction(), min_confidence, kinds)
    assert len(result.quotes) == kept
    for entity in result.entities:
        for index in entity.quotes:
            assert result.quotes[index].speaker.entity == entity.id


def test_config_is_in_the_pipeline_config():
    """The settings live in the factory's default config, so nlp.config shows and saves them."""
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteextract", config={"min_confidence": 0.3})
    config = nlp.config["components"]["quoteextract"]
    assert config["min_confidence"] == 0.3 and config["kinds"] == ["direct", "mixed", "indirect"]
    assert isinstance(nlp.get_pipe("quoteextract"), QuoteExtractComponent)


def test_entry_point_works_without_importing_quoteextract(tmp_path):
    """In a fresh interpreter, add_pipe("quoteextract") and spacy.load of a saved pipeline need no import."""
    script = textwrap.dedent(
        f"""
        import spacy
        nlp = spacy.blank("en")
        nlp.add_pipe("quoteextract", config={{"min_confidence": 0.25}})
        nlp.to_disk({str(tmp_path / "pipeline")!r})
        loaded = spacy.load({str(tmp_path / "pipeline")!r})
        print(loaded.pipe_names, loaded.config["components"]["quoteextract"]["min_confidence"])
        print(loaded("").has_extension("quotes"))
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.split("\n")[:2] == ["['quoteextract'] 0.25", "True"]


@pytest.mark.model
def test_trained_pipeline_results_match_extract(nlp, extractor):
    """With a trained parser, doc._.quoteextract equals what extract() finds on the same text."""
    pipeline = spacy.load(nlp.path) if nlp.path else None
    if pipeline is None:
        pytest.skip("the session pipeline has no path to reload from")
    pipeline.add_pipe("quoteextract")
    doc = pipeline(ARTICLE)
    assert doc._.quoteextract == extractor(ARTICLE)
    assert doc._.quotes and doc._.quotes[0].text.startswith("The bridge will open in June")


@pytest.mark.model
@pytest.mark.slow
def test_n_process_2_gives_the_same_results(nlp):
    """nlp.pipe(..., n_process=2) brings each Doc's result back from the worker, in input order."""
    pipeline = spacy.load(nlp.path)
    pipeline.add_pipe("quoteextract")
    texts = [ARTICLE.replace("June", month) for month in ("May", "June", "July", "August")]
    one = [doc._.quoteextract for doc in pipeline.pipe(texts)]
    two = [doc._.quoteextract for doc in pipeline.pipe(texts, n_process=2, batch_size=1)]
    assert two == one
    assert [q.quotes[0].text.rstrip(",") for q in two] == [
        f"The bridge will open in {m}" for m in ("May", "June", "July", "August")
    ]


def test_importing_registers_no_extension():
    """Importing the module (as spaCy's entry point may, in any program) leaves Doc's extensions alone."""
    script = (
        "import quoteextract.outputs._component\n"
        "from spacy.tokens import Doc\n"
        "print([Doc.has_extension(n) for n in ('quotes', 'speakers', 'quoteextract')])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip() == "[False, False, False]"


def test_register_extensions_reads_saved_docs_without_the_component(blank, tmp_path):
    """In a fresh process, register_extensions() is enough to read results from a DocBin file."""
    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    doc.user_data[USER_DATA_KEY] = to_dict(sample_extraction())
    DocBin(store_user_data=True, docs=[doc]).to_disk(tmp_path / "docs.spacy")
    script = textwrap.dedent(
        f"""
        import spacy
        from spacy.tokens import DocBin
        from quoteextract.outputs._component import register_extensions
        register_extensions()
        doc = next(DocBin().from_disk({str(tmp_path / "docs.spacy")!r}).get_docs(spacy.blank("en").vocab))
        print(len(doc._.quotes), doc._.speakers[0].name)
        """
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip() == "3 Ann Lee"


@pytest.mark.model
def test_rules_are_switched_through_the_component_config(nlp):
    """disable_rules in the component's config switches a built-in rule off; enable_rules turns a user rule on."""
    from quoteextract import rules

    @rules.rule("test.component_marker", stage="claims", order=5, default=False)
    def _marker(cue):
        """A user frame for this test: it finds nothing, so it changes no output."""
        return None

    text = "The agency criticised the new toll plan on Monday."
    assert "claim.dobj" in [q.rule for q in quoteextract.analyse(nlp(text)).quotes]
    pipeline = spacy.blank("en")
    config = {"disable_rules": ["claim.dobj"], "enable_rules": ["test.component_marker"]}
    component = pipeline.add_pipe("quoteextract", config=config)
    assert pipeline.config["components"]["quoteextract"]["disable_rules"] == ["claim.dobj"]
    assert component.rules.is_on("test.component_marker") and not component.rules.is_on("claim.dobj")
    doc = component(nlp(text))
    assert "claim.dobj" not in [q.rule for q in doc._.quotes]
    with pytest.raises(PipelineError, match="no rule named"):
        spacy.blank("en").add_pipe("quoteextract", config={"disable_rules": ["no.such.rule"]})


def test_component_writes_span_groups(blank):
    """doc.spans gets one span per quotation, labelled with its kind, and the cue and speaker groups."""
    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    result = doc._.quoteextract
    assert [(span.text, span.label_) for span in doc.spans["quotes"]] == [("The plan works,", "direct")]
    assert [q.text for q in result.quotes] == ["The plan works,"]
    cues = [q.cue for q in result.quotes if q.cue is not None]
    assert [span.start_char for span in doc.spans["quote_cues"]] == [c.start for c in cues]
    assert set(SPAN_KEYS.values()) <= set(doc.spans)


def test_span_groups_expand_to_whole_tokens_and_keep_every_label(blank):
    """Character offsets inside tokens expand to the tokens that cover them; each label is a kind or type."""
    doc = Doc(blank.vocab, words=TEXT_WORDS, spaces=[True] * (len(TEXT_WORDS) - 1) + [False])
    set_span_groups(doc, sample_like(doc.text))
    assert [(span.text, span.label_) for span in doc.spans["quotes"]] == [("rebuild the bridge,”", "direct")]
    assert [(span.text, span.label_) for span in doc.spans["quote_speakers"]] == [("Ann Lee.", "person")]
    assert [span.text for span in doc.spans["quote_cues"]] == ["said"]


@pytest.mark.parametrize("how", ["to_bytes", "docbin"])
def test_span_groups_survive_serialisation(blank, how):
    """doc.spans travels through Doc.to_bytes and DocBin natively (even without user data)."""
    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    if how == "to_bytes":
        copy = Doc(blank.vocab).from_bytes(doc.to_bytes())
    else:
        copy = next(DocBin(docs=[doc]).from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(blank.vocab))
    for key in SPAN_KEYS.values():
        assert [(s.start, s.end, s.label_) for s in copy.spans[key]] == [
            (s.start, s.end, s.label_) for s in doc.spans[key]
        ]
    assert len(copy.spans["quotes"]) == len(doc._.quotes) == 1


def test_getters_rebuild_once_per_stored_result(blank, monkeypatch):
    """Repeated access returns the same objects; replacing the stored dictionary rebuilds them."""
    from quoteextract.outputs import _component

    doc = blank.get_pipe("quoteextract")(parsed_doc(blank))
    calls = []
    real = _component.from_dict
    monkeypatch.setattr(_component, "from_dict", lambda data, cls: calls.append(1) or real(data, cls))
    first = doc._.quoteextract
    assert doc._.quoteextract is first and doc._.quotes is first.quotes and doc._.speakers is first.entities
    assert calls == []  # the component left the object it computed in the cache
    doc.user_data[USER_DATA_KEY] = to_dict(sample_extraction())
    assert doc._.quoteextract == sample_extraction() and doc._.quotes is doc._.quoteextract.quotes
    assert calls == [1]
    copy = Doc(blank.vocab).from_bytes(doc.to_bytes())
    assert copy._.quoteextract == sample_extraction() and calls == [1, 1]


@pytest.mark.model
def test_trained_pipeline_span_groups_match_the_offsets(nlp):
    """With a trained parser, each quotation span covers its content's characters, and DocBin keeps them."""
    pipeline = spacy.load(nlp.path)
    pipeline.add_pipe("quoteextract")
    doc = pipeline(ARTICLE)
    spans = doc.spans["quotes"]
    assert len(spans) == len(doc._.quotes) == 2
    for span, quote in zip(spans, doc._.quotes, strict=True):
        assert span.label_ == quote.kind
        assert span.start_char <= quote.start and quote.end <= span.end_char
    assert {s.text for s in doc.spans["quote_speakers"]} == {"the mayor", "she"}
    copy = next(DocBin(docs=[doc]).from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(pipeline.vocab))
    assert [(s.text, s.label_) for s in copy.spans["quotes"]] == [(s.text, s.label_) for s in spans]


TEXT_WORDS = ["“We", "will", "rebuild", "the", "bridge,”", "said", "Ann", "Lee."]
"""Words of a Doc whose tokens swallow quote marks and punctuation, so offsets fall inside tokens."""


def sample_like(text: str):
    """An extraction for the :data:`TEXT_WORDS` Doc: offsets that cut tokens in the middle."""
    from quoteextract import Entity, Extraction, Mention, Quotation, Span

    content = Span.of(text, text.index("rebuild"), text.index("bridge") + 3)  # ends inside "bridge,”"
    speaker = Mention(text.index("Ann"), text.index("Lee") + 3, "Ann Lee", 0)
    cue = Span.of(text, text.index("said"), text.index("said") + 4)
    return Extraction(
        quotes=(Quotation(content, "direct", cue=cue, speaker=speaker),),
        entities=(Entity(0, "Ann Lee", "person", mentions=(speaker,)),),
    )
