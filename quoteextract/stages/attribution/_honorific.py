"""A speaker mention headed by a bare honorific: the name after it belongs to the mention.

The small model sometimes takes a surname ending in "-ly" for an adverb and heads the subject on the
honorific ("Mr Stavely said": "Stavely" as ``advmod`` of "said"). An honorific is never the whole name, so
:func:`past_honorific` runs the mention on over the capitalised name words after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def past_honorific(head: Token, end: int) -> int:
    """The end of a mention (a token index): past the name after a bare honorific head ("Mr Stavely").

    Args:
        head: The mention's head token.
        end: The index one past the mention's last token, as the parse gives it.

    Returns:
        ``end``, or, when the mention is only an honorific ("Mr", "Dr", "Mrs"), the index past the proper
        nouns right after it.

    """
    doc = head.doc
    if end != head.i + 1 or head.text not in _speaker_lexicon.honorifics():
        return end
    while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].text[:1].isupper():
        end += 1
    return end
