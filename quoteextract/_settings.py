"""The settings one extraction runs with, in one picklable object for worker processes."""

from __future__ import annotations

import attrs

from ._chunks import DEFAULT_CHUNK_SIZE
from ._model import ModelInfo
from .rules import DEFAULT_RULES, RuleSet
from .stages.scope import DEFAULT_SCOPE


@attrs.frozen
class Settings:
    """How to extract: what :func:`~quoteextract.analyse` and the batch runner need besides the text.

    Args:
        chunk_size: Texts longer than this many characters are parsed in chunks.
        rules: The rules to run.
        scope: ``"attribution"`` or ``"speech"``.
        model: The pipeline's name, language and version, recorded in results.

    """

    chunk_size: int = DEFAULT_CHUNK_SIZE
    rules: RuleSet = DEFAULT_RULES
    scope: str = DEFAULT_SCOPE
    model: ModelInfo | None = None
