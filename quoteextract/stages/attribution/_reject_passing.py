"""Names given in passing, read from the words before the marks (rule ``reject.naming`` of ``_reject_syntax.py``).

Session 18 (quotes_unseen): the parser often hangs a quoted name away from the naming verb that gives it ("a group
calling itself “Hollis Falls Parents for Common Sense,”", "the lane locals call ‘the Drop’"), so the parse-based
tests of :func:`~quoteextract.stages.attribution._reject_syntax.naming_reason` miss it. These two shapes are read
from the tokens right before the opening mark instead.
"""

from __future__ import annotations

from . import _reject_syntax as syntax  # read at call time: _reject_syntax imports this module
from ._context import Scene, Setting
from ._reject import is_title_case

REFLEXIVES: frozenset[str] = frozenset({"itself", "themselves", "himself", "herself", "themself"})
"""Objects of a naming verb that make the quoted words the namer's own name ("a group calling itself “...”")."""

HABITUAL_TAGS: frozenset[str] = frozenset({"VBP", "VBZ"})
"""Tags of a naming verb in the habitual present ("the lane locals call ‘the Drop’")."""


def named_in_passing(scene: Scene, setting: Setting) -> bool:
    """Whether the words right before the marks give a name, whatever the parse made of them.

    Two shapes, read from the words alone (the parser often hangs the quoted
    name elsewhere): a naming verb with a reflexive object ("a group calling
    itself “Parents for Sense”", "who style themselves ‘the Originals’"), and a
    generic subject with a naming verb in the present, the named thing gone
    before as a relative ("the lane locals call ‘the Drop’", "which players
    still call “the Old Lady”"); either only when the quoted words read as a
    name or a title ("Parents for Common Sense").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when the quoted words are a name given in passing.

    """
    start = max(setting.para.start, setting.quote.open.start - 60)
    tokens = [t for t in scene.tokens_in(start, setting.quote.open.start) if not t.is_space and not t.is_punct]
    if len(tokens) < 2:
        return False
    verb, last = tokens[-2], tokens[-1]
    content = setting.quote.content.text
    if not (syntax._name_like(content) or is_title_case(content.rstrip(",. "))):
        return False  # "calls herself “lucky to be alive”": a characterisation, somebody's words
    if last.lower_ in REFLEXIVES:
        return verb.lemma_.lower() in syntax.words("naming_verb")
    if last.lemma_.lower() not in syntax.words("naming_verb") or last.tag_ not in HABITUAL_TAGS:
        return False
    subject = verb if verb.pos_ != "ADV" or len(tokens) < 3 else tokens[-3]
    return syntax.is_generic(subject)
