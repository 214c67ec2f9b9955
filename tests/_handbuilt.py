"""Hand-built parses: a spaCy ``Doc`` whose every token, head and label the test states.

Rule tests built on these do not drift when the statistical model changes:
each states exactly the parse its rule handles.
"""

from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab


@functools.cache
def _vocab() -> Vocab:
    """A blank English vocabulary (so ``doc.lang_ == "en"``)."""
    return spacy.blank("en").vocab


def parse(rows: str) -> Doc:
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
    return Doc(_vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
