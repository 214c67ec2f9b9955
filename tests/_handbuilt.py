"""Hand-built parses: spaCy Docs whose every label the test states, so rule tests never drift with the model."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab


@functools.cache
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


def parse(rows: str, ents: list[str] | None = None) -> Doc:
    """A Doc from one token per line: ``word head dep pos tag lemma`` (``head`` is an index, ``-`` for none).

    Args:
        rows: Whitespace-separated columns, one token per line; a word
            followed by ``_`` in the ``word`` column has no space after it
            (``said_`` is "said" glued to the next token). ``head`` is the
            index of the head token (the root is its own head).
        ents: IOB entity tags, one per token (``"B-DATE"``, ``"O"``, ...).

    Returns:
        The Doc, with sentence boundaries from the parse and ``doc.lang_ == "en"``.

    """
    words, spaces, heads, deps, pos, tags, lemmas = [], [], [], [], [], [], []
    lines = [line.split() for line in rows.strip().splitlines() if line.strip()]
    for k, (word, head, dep, upos, tag, lemma) in enumerate(lines):
        glued = word.endswith("_") and len(word) > 1
        words.append(word[:-1] if glued else word)
        nxt = lines[k + 1][0] if k + 1 < len(lines) else ""
        spaces.append(not glued and k + 1 < len(lines) and nxt not in {".", ",", "?", "!", ":", ";"})
        heads.append(int(head))
        deps.append(dep)
        pos.append(upos)
        tags.append(tag)
        lemmas.append(lemma)
    return _doc(words, spaces, heads, deps, pos, tags, lemmas, ents)


def parsed(rows: Sequence[tuple[str, bool, int, str, str, str, str, str]]) -> Doc:
    """A Doc from one row per token: ``(word, space after, head index, dep, pos, tag, lemma, IOB entity)``.

    Heads are absolute token indices (a root is its own head); entities are
    IOB strings such as ``"B-PERSON"``, ``"I-PERSON"`` or ``"O"``.
    """
    words, spaces, heads, deps, pos, tags, lemmas, ents = (list(column) for column in zip(*rows, strict=True))
    return _doc(words, spaces, heads, deps, pos, tags, lemmas, ents)


def parse_table(rows: str) -> Doc:
    r"""Build a Doc from one line per token: ``word head dep pos tag lemma [nospace]``.

    ``head`` is the index of the token's head (its own index for a root);
    ``nospace`` means no white space follows the token. A word ``\n`` is a
    line break.

    Args:
        rows: The table, one token a line (blank lines ignored).

    Returns:
        The parsed Doc.

    """
    words, spaces, heads, deps, pos, tags, lemmas = [], [], [], [], [], [], []
    for line in rows.strip().splitlines():
        fields = line.split()
        word = "\n" if fields[0] == "\\n" else fields[0]
        words.append(word)
        heads.append(int(fields[1]))
        deps.append(fields[2])
        pos.append(fields[3])
        tags.append(fields[4])
        lemmas.append("\n" if fields[5] == "\\n" else fields[5])
        spaces.append(not (len(fields) > 6 and fields[6] == "nospace"))
    return _doc(words, spaces, heads, deps, pos, tags, lemmas, None)


def _doc(words, spaces, heads, deps, pos, tags, lemmas, ents) -> Doc:
    """The Doc of these columns (``ents`` may be ``None``: no entities)."""
    columns = {"spaces": spaces, "heads": heads, "deps": deps, "pos": pos, "tags": tags, "lemmas": lemmas}
    if ents is not None:
        columns["ents"] = ents
    return Doc(_vocab(), words=words, **columns)


def hand_claims(rows: str, *, disable: Sequence[str] = ()) -> list[tuple[str, str, str]]:
    """The claims found in a hand-built parse, as (rule, content, cue) triples, with every rule but ``disable`` on.

    Checks the offset invariant of each claim on the way.
    """
    from quoteextract import rules
    from quoteextract.article import Article
    from quoteextract.stages.claims import find_claims

    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set((), disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.content.text
    return [(c.rule, c.content.text, c.cue.text) for c in claims]
