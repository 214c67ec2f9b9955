"""The exception hierarchy: everything quoteextract raises on purpose.

Each error subclasses :class:`QuoteExtractError` and, where one fits, the
built-in exception it refines, so ``except ValueError`` keeps working.
"""

from __future__ import annotations


class QuoteExtractError(Exception):
    """Base class of every error quoteextract raises on purpose.

    .. versionadded:: 0.1.0
    """


class InputError(QuoteExtractError, ValueError, TypeError):
    """Something passed in cannot be processed.

    Wrong types, undecodable bytes, and data that break an invariant of the
    data model (offsets with ``end < start``, an unknown quotation kind, a
    JSON record missing a field).

    It is both a :class:`ValueError` and a :class:`TypeError`, so either
    ``except`` clause catches a wrong type as well as a wrong value.

    .. versionadded:: 0.1.0
    """


class TextTooLongError(InputError):
    """The text is longer than :data:`quoteextract.MAX_TEXT_LENGTH`.

    Split the article, or raise the limit with ``Extractor(max_length=...)``
    if the machine has the memory for the parse.

    .. versionadded:: 0.1.0
    """


class ModelNotFoundError(QuoteExtractError, OSError):
    """No spaCy English pipeline could be loaded.

    The message says exactly which package to install.

    .. versionadded:: 0.1.0
    """


class PipelineError(QuoteExtractError, ValueError):
    """The spaCy pipeline lacks a component quoteextract needs (a parser).

    .. versionadded:: 0.1.0
    """


class UnsupportedLanguageError(PipelineError):
    """The spaCy pipeline is of a language quoteextract has no rules for.

    The message names the supported languages.

    .. versionadded:: 0.2.0
    """


class WorkerDiedError(QuoteExtractError, RuntimeError):
    """A worker process died while extracting from this text (``n_process > 1``).

    The machine may have run out of memory, or native code crashed. Only the
    text that kills a worker on its own gets this error: the other texts of
    its batch are redone in new workers.

    .. versionadded:: 0.2.0
    """


class GoldFormatError(QuoteExtractError, ValueError):
    """An evaluation file is not in the documented gold format.

    .. versionadded:: 0.1.0
    """
