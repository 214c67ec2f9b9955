"""The classify stage: cue class, content type and polarity of each claim, on hand-built parses."""

from __future__ import annotations

import attrs
import pytest
import spacy
from spacy.tokens import Doc

from quoteextract._model import Cue, Quotation, Span
from quoteextract.article import Article
from quoteextract.rules import RuleSet, get_rule
from quoteextract.stages.classify import classify

VOCAB = spacy.blank("en").vocab


def parse(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc from ``(word, head, dep, pos, tag, lemma)`` rows (heads are absolute indices)."""
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )


def claim(doc: Doc, content: str, cue: str, kind: str = "indirect") -> Quotation:
    """An indirect claim of ``content`` with cue words ``cue`` (first occurrences)."""
    text = doc.text
    start, cue_start = text.index(content), text.index(cue)
    return Quotation(
        content=Span.of(text, start, start + len(content)),
        kind=kind,
        cue=Span.of(text, cue_start, cue_start + len(cue)),
        rule="handmade",
    )


def classified(doc: Doc, content: str, cue: str, *, kind: str = "indirect", rules: RuleSet | None = None) -> Quotation:
    """The one claim, classified."""
    article = Article.build(doc, rules) if rules is not None else Article.build(doc)
    (quote,) = classify(article, [claim(doc, content, cue, kind)])
    return quote


NEGATED = [
    ("He", 3, "nsubj", "PRON", "PRP", "he"),
    ("did", 3, "aux", "AUX", "VBD", "do"),
    ("not", 3, "neg", "PART", "RB", "not"),
    ("say", 3, "ROOT", "VERB", "VB", "say"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("taxes", 6, "nsubj", "NOUN", "NNS", "tax"),
    ("rose", 3, "ccomp", "VERB", "VBD", "rise"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

DENIED = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
    ("that", 4, "mark", "SCONJ", "IN", "that"),
    ("she", 4, "nsubj", "PRON", "PRP", "she"),
    ("knew", 1, "ccomp", "VERB", "VBD", "know"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

HYPOTHETICAL = [
    ("He", 2, "nsubj", "PRON", "PRP", "he"),
    ("would", 2, "aux", "AUX", "MD", "would"),
    ("say", 2, "ROOT", "VERB", "VB", "say"),
    ("taxes", 4, "nsubj", "NOUN", "NNS", "tax"),
    ("rose", 2, "ccomp", "VERB", "VBD", "rise"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

REFUSAL = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("comment", 1, "xcomp", "VERB", "VB", "comment"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

ACCORDING = [
    ("According", 6, "prep", "VERB", "VBG", "accord"),
    ("to", 0, "prep", "ADP", "IN", "to"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("report", 1, "pobj", "NOUN", "NN", "report"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("costs", 6, "nsubj", "NOUN", "NNS", "cost"),
    ("rose", 6, "ROOT", "VERB", "VBD", "rise"),
    (".", 6, "punct", "PUNCT", ".", "."),
]

PHOTO = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("photo", 2, "nsubj", "NOUN", "NN", "photo"),
    ("shows", 2, "ROOT", "VERB", "VBZ", "show"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("dog", 2, "dobj", "NOUN", "NN", "dog"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


WARNED = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
    ("residents", 1, "dobj", "NOUN", "NNS", "resident"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("stay", 1, "xcomp", "VERB", "VB", "stay"),
    ("indoors", 4, "advmod", "ADV", "RB", "indoors"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

NOBODY = [
    ("Nobody", 1, "nsubj", "PRON", "NN", "nobody"),
    ("claimed", 1, "ROOT", "VERB", "VBD", "claim"),
    ("it", 3, "nsubj", "PRON", "PRP", "it"),
    ("worked", 1, "ccomp", "VERB", "VBD", "work"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "content", "cue", "expected"),
    [
        (NEGATED, "that taxes rose", "say", ("speech", "clause", "negated")),
        (DENIED, "that she knew", "denied", ("speech", "clause", "denied")),
        (HYPOTHETICAL, "taxes rose", "say", ("speech", "clause", "hypothetical")),
        (REFUSAL, "to comment", "declined", ("intention", "infinitive", "negated")),
        (ACCORDING, "costs rose", "According to", ("speech", "clause", "asserted")),
        (PHOTO, "a dog", "shows", ("evidence", "noun_phrase", "asserted")),
        (WARNED, "residents to stay indoors", "warned", ("speech", "infinitive", "asserted")),
        (NOBODY, "it worked", "claimed", ("speech", "clause", "negated")),
    ],
)
def test_classification_of_hand_built_parses(rows, content, cue, expected):
    """Each parse gets the cue class, content type and polarity its syntax states."""
    quote = classified(parse(rows), content, cue)
    assert (quote.cue_class, quote.content_type, quote.polarity) == expected


def test_classification_keeps_span_speaker_and_confidence():
    """Classifying changes only the three new fields."""
    doc = parse(DENIED)
    before = claim(doc, "that she knew", "denied")
    (after,) = classify(Article.build(doc), [before])
    assert (after.content, after.cue, after.speaker, after.confidence, after.rule) == (
        before.content,
        before.cue,
        before.speaker,
        before.confidence,
        before.rule,
    )


def test_direct_quotation_is_quoted_content():
    """A direct quotation's content type is ``quoted`` whatever its syntax."""
    quote = classified(parse(PHOTO), "a dog", "shows", kind="direct")
    assert quote.content_type == "quoted"


def test_refusal_with_cue_on_the_infinitive():
    """A refusal with the cue on the infinitive ("declined to comment") is still ``negated``."""
    quote = classified(parse(REFUSAL), "comment", "comment")
    assert (quote.cue_class, quote.polarity) == ("speech", "negated")


def test_cue_span_class_wins_over_the_lexicon():
    """A ``Cue`` that carries its class is believed before the word is looked up again."""
    doc = parse(PHOTO)
    base = claim(doc, "a dog", "shows")
    cue = Cue(base.cue.start, base.cue.end, base.cue.text, "show", "perception", "said")

    (quote,) = classify(Article.build(doc), [attrs.evolve(base, cue=cue)])
    assert quote.cue_class == "perception"


def test_colon_before_a_quotation_is_a_speech_cue():
    """A colon introducing a quotation counts as a speech cue; without quote marks it does not."""
    rows = [
        ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
        (":", 1, "ROOT", "PUNCT", ":", ":"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("won", 1, "ccomp", "VERB", "VBD", "win"),
    ]
    doc = parse(rows)
    assert classified(doc, "We won", ":", kind="direct").cue_class == "speech"
    assert classified(doc, "We won", ":").cue_class is None


def test_claim_without_a_cue_is_asserted_with_no_class():
    """No cue: no class, polarity ``asserted``."""
    doc = parse(PHOTO)
    article = Article.build(doc)
    quote = Quotation(content=Span.of(doc.text, 0, 9), kind="direct", rule="handmade")
    (result,) = classify(article, [quote])
    assert (result.cue_class, result.content_type, result.polarity) == (None, "quoted", "asserted")


def test_disabling_the_denial_rule_switches_it_off():
    """With ``classify.polarity.denied`` disabled, a denial reads as asserted."""
    rules = RuleSet(disable=frozenset({"classify.polarity.denied"}))
    quote = classified(parse(DENIED), "that she knew", "denied", rules=rules)
    assert quote.polarity == "asserted"


def test_classify_rules_are_registered_in_their_stage():
    """Every classify rule is listed under stage ``classify`` with a description."""
    for name in ("classify.class.word", "classify.content.clause", "classify.polarity.negated"):
        found = get_rule(name)
        assert found.stage == "classify"
        assert found.description


ALLOWED_THE_VAN = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("guard", 2, "nsubj", "NOUN", "NN", "guard"),
    ("allowed", 2, "ROOT", "VERB", "VBD", "allow"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("van", 6, "nsubj", "NOUN", "NN", "van"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("enter", 2, "ccomp", "VERB", "VB", "enter"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

ALLOWED_THAT = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("allowed", 1, "ROOT", "VERB", "VBD", "allow"),
    ("that", 4, "mark", "SCONJ", "IN", "that"),
    ("some", 4, "nsubj", "PRON", "DT", "some"),
    ("erred", 1, "ccomp", "VERB", "VBD", "err"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_permission_is_a_stance_not_speech():
    """classify.class.permission: "allowed the van to enter" grants, it reports no words."""
    quote = classified(parse(ALLOWED_THE_VAN), "the van to enter", "allowed")
    assert quote.cue_class == "stance"
    switched_off = RuleSet(disable=["classify.class.permission"])
    assert classified(parse(ALLOWED_THE_VAN), "the van to enter", "allowed", rules=switched_off).cue_class == "speech"


def test_allowing_that_is_a_concession_said():
    """Allowing that some erred concedes a point: still speech."""
    assert classified(parse(ALLOWED_THAT), "some erred", "allowed").cue_class == "speech"


@pytest.mark.parametrize(("noun", "cls"), [("idea", "belief"), ("notion", "belief"), ("claim", "speech")])
def test_an_idea_is_held_not_said(noun, cls):
    """An idea or a notion is held, not said (nobody need have voiced it); a claim was said."""
    from quoteextract.lang.en._lexicon import cue_noun

    entry = cue_noun(noun)
    assert entry is not None and entry.cls == cls


RESPONDED_BY_CLOSING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("council", 2, "nsubj", "NOUN", "NN", "council"),
    ("responded", 2, "ROOT", "VERB", "VBD", "respond"),
    ("by", 2, "prep", "ADP", "IN", "by"),
    ("closing", 3, "pcomp", "VERB", "VBG", "close"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("pool", 4, "dobj", "NOUN", "NN", "pool"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_response_by_deed_is_not_speech():
    """classify.class.deed: "responded by closing the pool" answers with an act, not words."""
    assert classified(parse(RESPONDED_BY_CLOSING), "closing the pool", "responded").cue_class == "stance"
    switched_off = RuleSet(disable=["classify.class.deed"])
    quote = classified(parse(RESPONDED_BY_CLOSING), "closing the pool", "responded", rules=switched_off)
    assert quote.cue_class == "speech"


EXPRESSED_CONCERN_THAT = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("voiced", 1, "ROOT", "VERB", "VBD", "voice"),
    ("concern", 1, "dobj", "NOUN", "NN", "concern"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("costs", 5, "nsubj", "NOUN", "NNS", "cost"),
    ("rose", 2, "acl", "VERB", "VBD", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

PRAISED_THE_PLAN_THAT = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("plan", 1, "dobj", "NOUN", "NN", "plan"),
    ("that", 6, "dobj", "PRON", "WDT", "that"),
    ("they", 6, "nsubj", "PRON", "PRP", "they"),
    ("made", 3, "relcl", "VERB", "VBD", "make"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_noun_with_its_content_clause_is_a_clause():
    """Voicing concern that costs rose: the noun carries what was said, so the content is a clause."""
    quote = classified(parse(EXPRESSED_CONCERN_THAT), "concern that costs rose", "voiced")
    assert quote.content_type == "clause"


def test_a_noun_with_a_relative_clause_stays_a_noun_phrase():
    """Praising the plan that they made: a relative clause names the plan, not what was said."""
    quote = classified(parse(PRAISED_THE_PLAN_THAT), "the plan that they made", "praised")
    assert quote.content_type == "noun_phrase"


NOTED_THAT_MISPARSED = [
    ("Groups", 1, "nsubj", "NOUN", "NNS", "group"),
    ("noted", 1, "ROOT", "VERB", "VBD", "note"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("Lee", 4, "compound", "PROPN", "NNP", "Lee"),
    ("backed", 5, "amod", "ADJ", "JJ", "backed"),
    ("bans", 1, "ccomp", "NOUN", "NNS", "ban"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_content_right_after_that_is_a_clause_even_when_misparsed():
    """A content the cue introduces with "that" is a clause, whatever the parser made of its verb."""
    quote = classified(parse(NOTED_THAT_MISPARSED), "Lee backed bans", "noted")
    assert quote.content_type == "clause"


NO_SHE_SAID = [
    ("No", 2, "intj", "INTJ", "UH", "no"),
    (",", 2, "punct", "PUNCT", ",", ","),
    ("she", 3, "nsubj", "PRON", "PRP", "she"),
    ("said", 3, "ROOT", "VERB", "VBD", "say"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def test_a_no_that_was_said_negates_nothing():
    """In "No, she said" the "no" is the words said: the polarity is asserted, not negated."""
    quote = classified(parse(NO_SHE_SAID), "No", "said", kind="direct")
    assert quote.polarity == "asserted"


SAID_NOTHING = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("nothing", 1, "dobj", "PRON", "NN", "nothing"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_saying_nothing_is_negated():
    """Saying nothing reports that nothing was said: ``negated``."""
    assert classified(parse(SAID_NOTHING), "nothing", "said").polarity == "negated"


NOT_NOW_SHE_SAID = [
    ("Not", 4, "neg", "PART", "RB", "not"),
    ("now", 4, "advmod", "ADV", "RB", "now"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("she", 4, "nsubj", "PRON", "PRP", "she"),
    ("said", 4, "ROOT", "VERB", "VBD", "say"),
    (".", 4, "punct", "PUNCT", ".", "."),
]


def test_a_negation_inside_the_reported_words_does_not_negate_the_cue():
    """A "Not" the parse hangs on the cue but inside the quoted words negates the words, not the saying."""
    assert classified(parse(NOT_NOW_SHE_SAID), "Not now", "said", kind="direct").polarity == "asserted"
