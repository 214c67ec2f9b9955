"""Running the library (or the regex-only mode) over gold articles and scoring it."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._errors import GoldFormatError
from .._model import Extraction
from ._gold import GoldArticle, parse_article, read_gold
from ._predictions import PredictedQuote, from_extraction, normalise, read_predictions
from ._scoring import EvaluationReport, score

if TYPE_CHECKING:
    from spacy.language import Language

GoldInput = str | os.PathLike[str] | Iterable[GoldArticle | Mapping[str, Any]]
PredictionInput = str | os.PathLike[str] | Mapping[str, Any] | Iterable[Any]


def load_gold(gold: GoldInput, limit: int | None = None) -> list[GoldArticle]:
    """Read gold articles from a path, or accept them as records.

    Args:
        gold: A gold file or BRAT directory, or an iterable of
            :class:`GoldArticle` or of dicts in the gold JSON shape.
        limit: Keep only the first ``limit`` articles.

    Returns:
        The articles.

    Raises:
        GoldFormatError: If the gold data are malformed.

    """
    if isinstance(gold, str | os.PathLike):
        articles: Iterable[GoldArticle] = read_gold(gold)
    else:
        converted = []
        for index, item in enumerate(gold):
            if isinstance(item, GoldArticle):
                converted.append(item)
                continue
            try:
                converted.append(parse_article(item))
            except ValueError as err:
                raise GoldFormatError(f"gold record {index}: {err}") from None
        articles = converted
    return list(itertools.islice(articles, limit))


def run_library(
    articles: list[GoldArticle],
    nlp: Language | str | None = None,
    *,
    cache: str | os.PathLike[str] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    on_extraction: Callable[[Extraction], None] | None = None,
    scope: str = "attribution",
) -> dict[str, list[PredictedQuote]]:
    """Run the full quoteextract pipeline on the gold texts.

    Args:
        articles: The gold articles.
        nlp: A spaCy pipeline, its name, or ``None`` for the default.
        cache: A directory of cached parses (see :mod:`._cache`), or ``None``.
        n_process: spaCy processes.
        batch_size: spaCy batch size.
        on_extraction: Called with each extraction (to save predictions).
        scope: The extraction scope (``"attribution"`` or ``"speech"``).

    Returns:
        Predicted quotations by article id.

    """
    from .._extractor import analyse
    from .._pipeline import load_pipeline, pipeline_info
    from ._cache import parse_texts

    pipeline = load_pipeline(nlp)
    texts = [a.text for a in articles]
    if texts and max(map(len, texts)) > pipeline.max_length:
        pipeline.max_length = max(map(len, texts))
    predictions = {}
    docs = parse_texts(pipeline, texts, cache, batch_size=batch_size, n_process=n_process)
    model = pipeline_info(pipeline)
    for article, doc in zip(articles, docs, strict=True):
        extraction = analyse(doc, id=article.id, scope=scope, model=model)
        if on_extraction is not None:
            on_extraction(extraction)
        predictions[article.id] = from_extraction(extraction)
    return predictions


def run_regex(
    articles: list[GoldArticle], on_extraction: Callable[[Extraction], None] | None = None
) -> dict[str, list[PredictedQuote]]:
    """Run the regex-only mode (no parser) on the gold texts.

    Args:
        articles: The gold articles.
        on_extraction: Called with each extraction (to save predictions).

    Returns:
        Predicted quotations by article id.

    """
    from ..stages.regex._regex_mode import extract_regex

    predictions = {}
    for article in articles:
        extraction = extract_regex(article.text, id=article.id)
        if on_extraction is not None:
            on_extraction(extraction)
        predictions[article.id] = from_extraction(extraction)
    return predictions


def evaluate(
    gold: GoldInput,
    predictions: PredictionInput | None = None,
    nlp: Language | str | None = None,
    *,
    limit: int | None = None,
    cache: str | os.PathLike[str] | None = None,
    regex: bool = False,
    n_process: int = 1,
    batch_size: int = 32,
    on_extraction: Callable[[Extraction], None] | None = None,
    scope: str = "attribution",
) -> EvaluationReport:
    """Score quoteextract, or given predictions, against gold annotations.

    Args:
        gold: A gold JSON-lines file, a BRAT ``.ann`` file or directory, or
            the articles themselves (:class:`GoldArticle` or gold dicts).
        predictions: A prediction JSON-lines file (the library's JSON shape,
            keyed by ``id``), a mapping ``{id: Extraction | dict}``, an
            iterable of extractions, or ``None`` to run the library.
        nlp: The spaCy pipeline (or its name) when the library is run.
        limit: Score only the first ``limit`` gold articles.
        cache: A directory where parses are cached between runs.
        regex: Run the regex-only mode instead of the parser pipeline.
        n_process: spaCy processes when the library is run.
        batch_size: spaCy batch size when the library is run.
        on_extraction: Called with each extraction the library makes.
        scope: The scope the library runs in (``"speech"`` keeps reported
            speech only; precision is still scored against all gold).

    Returns:
        The :class:`EvaluationReport`.

    Raises:
        GoldFormatError: If the gold or prediction data are malformed.
        OSError: If a file cannot be read.
        ModelNotFoundError: If the library is run and no pipeline is installed.

    .. versionadded:: 0.1.0

    """
    articles = load_gold(gold, limit)
    if predictions is None:
        if regex:
            predicted = run_regex(articles, on_extraction)
        else:
            predicted = run_library(
                articles,
                nlp,
                cache=cache,
                n_process=n_process,
                batch_size=batch_size,
                on_extraction=on_extraction,
                scope=scope,
            )
    elif isinstance(predictions, str | os.PathLike):
        predicted = read_predictions(Path(predictions))
    else:
        predicted = normalise(predictions)
    try:
        return score(articles, predicted)
    except ValueError as err:
        raise GoldFormatError(f"predictions: {err}") from None
