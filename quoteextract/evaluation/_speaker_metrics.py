"""Speaker, title and chain metrics, scored when the gold has the optional speaker fields.

Definitions (also in ``docs/accuracy.md``); every metric is over gold
quotations matched (overlap) to a prediction, except the strict chain metric:

- **resolved speaker accuracy**: gold quotations with a ``speaker`` whose
  predicted speaker entity's name (the mention's text when it has no entity)
  agrees with it (:func:`names_agree`).
- **pronoun resolution accuracy**: the same, for gold quotations whose
  ``source`` mention is a pronoun ("she", "they", "I").
- **anonymous resolution accuracy**: the same, for gold quotations marked
  ``anonymous`` (an unnamed source: "a retired teacher", "two officials").
- **titles recall**: distinct gold titles of a speaker in an article
  (``speaker_titles``), found when some matched quotation of that speaker has
  a predicted speaker entity with a title or descriptor that matches it
  (:func:`titles_match`).
- **chain accuracy**: gold quotations whose ``chain`` has outer links (links
  after the immediate speaker); right when every outer link appears, in
  order, among the prediction's outer links with the same relation and a
  name that agrees with the link's entity name or mention text. A
  diagnostic variant, **chain names**, ignores the relations.
- **strict chain accuracy**: over every gold quotation with outer links,
  matched or not; right when matched, the chain is right and the resolved
  speaker is right.
- **spurious chains**: matched gold quotations whose chain is the speaker
  alone but whose prediction has outer links other than affiliations
  (``on_behalf_of``); a count, lower is better.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ._gold import GoldArticle, GoldQuote
from ._matching import greedy_match, units
from ._predictions import PredictedLink, PredictedQuote
from ._speaker_gold import GoldLink
from ._speaker_names import is_pronoun, name_words, names_agree, normalise_title, titles_match

#: Relations that state an affiliation ("a spokesman for X"), not a hop the words travelled: never spurious.
AFFILIATIONS = frozenset({"on_behalf_of"})


def predicted_speaker(predicted: PredictedQuote) -> str | None:
    """The name a prediction gives its speaker: the entity's name, else the mention's text."""
    if predicted.speaker_entity is not None:
        return predicted.speaker_entity
    return predicted.speaker_names[0] if predicted.speaker_names else None


def gold_speaker(gold: GoldQuote) -> str | None:
    """The gold quotation's speaker: its ``speaker`` field, else its chain's first name."""
    if gold.speaker:
        return gold.speaker
    return gold.chain[0].name if gold.chain else None


def chain_right(gold: GoldQuote, predicted: PredictedQuote, *, relations: bool = True) -> bool:
    """Whether every outer link of the gold chain appears, in order, among the predicted outer links.

    A predicted link fits a gold link when the relations are equal and one
    of the link's names (entity name, mention text) agrees with the gold name.

    Args:
        gold: A gold quotation whose chain has outer links.
        predicted: The prediction matched to it.
        relations: Whether relations must be equal too (``False``: names only).

    Returns:
        True when the gold outer links are a subsequence of the predicted ones.

    """
    wanted = gold.chain[1:]
    position = 0
    for link in predicted.sources[1:]:
        if position < len(wanted) and _link_fits(wanted[position], link, relations):
            position += 1
    return position == len(wanted)


def _link_fits(wanted: GoldLink, link: PredictedLink, relations: bool) -> bool:
    if relations and link.relation != wanted.relation:
        return False
    return any(names_agree(wanted.name, n) for n in link.names)


def describe_chain(links: Iterable[Any]) -> str:
    """A chain in words, ``name (relation) > name (relation)``, for error listings."""
    parts = []
    for link in links:
        if isinstance(link, PredictedLink):
            parts.append(f"{link.names[0] if link.names else '?'} ({link.relation})")
        else:
            parts.append(f"{link.name} ({link.relation})")
    return " > ".join(parts) or "none"


@attrs.frozen
class SpeakerCase:
    """One speaker, title or chain error, with its context.

    Args:
        metric: ``speaker``, ``pronoun``, ``title``, ``chain`` or ``spurious_chain``.
        article: The article id.
        start: The gold quotation's start.
        end: Its end.
        expected: What the gold says, in words.
        found: What the prediction says, in words.
        context: The text around the quotation, marked ``⟦…⟧``.

    """

    metric: str
    article: str
    start: int
    end: int
    expected: str
    found: str
    context: str


def _rate(counts: tuple[int, int]) -> float | None:
    return counts[0] / counts[1] if counts[1] else None


@attrs.frozen
class SpeakerScores:
    """Speaker, title and chain scores, each ``(right, total)``.

    Args:
        resolved: Resolved speaker accuracy counts.
        pronoun: Pronoun resolution accuracy counts.
        titles: Titles recall counts.
        anonymous: Resolved speaker accuracy counts over gold quotations marked ``anonymous``.
        chain: Chain accuracy counts (matched chained quotations).
        chain_names: The same, relations ignored (a diagnostic: links found but labelled otherwise).
        chain_strict: Strict chain accuracy counts (all chained quotations).
        spurious_chains: ``(matched speaker-only chains with predicted outer links, matched speaker-only chains)``.
        errors: Every error, in article order.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0 ``anonymous``.

    """

    resolved: tuple[int, int] = (0, 0)
    pronoun: tuple[int, int] = (0, 0)
    titles: tuple[int, int] = (0, 0)
    anonymous: tuple[int, int] = (0, 0)
    chain: tuple[int, int] = (0, 0)
    chain_names: tuple[int, int] = (0, 0)
    chain_strict: tuple[int, int] = (0, 0)
    spurious_chains: tuple[int, int] = (0, 0)
    errors: tuple[SpeakerCase, ...] = ()

    @property
    def resolved_accuracy(self) -> float | None:
        """Resolved speaker accuracy (``None`` without scored quotations)."""
        return _rate(self.resolved)

    @property
    def pronoun_accuracy(self) -> float | None:
        """Pronoun resolution accuracy (``None`` without scored quotations)."""
        return _rate(self.pronoun)

    @property
    def anonymous_accuracy(self) -> float | None:
        """Resolved speaker accuracy over anonymous sources (``None`` without scored quotations)."""
        return _rate(self.anonymous)

    @property
    def titles_recall(self) -> float | None:
        """Titles recall (``None`` without gold titles on matched quotations)."""
        return _rate(self.titles)

    @property
    def chain_accuracy(self) -> float | None:
        """Chain accuracy over matched chained quotations (``None`` without any)."""
        return _rate(self.chain)

    @property
    def chain_strict_accuracy(self) -> float | None:
        """Strict chain accuracy over every chained gold quotation (``None`` without any)."""
        return _rate(self.chain_strict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready rates and counts.

        Returns:
            ``{"value", "right", "total"}`` for each metric, and
            ``{"value", "spurious", "total"}`` for ``spurious_chains``.

        """
        metrics = {
            "resolved_speaker": self.resolved,
            "pronoun_resolution": self.pronoun,
            "titles_recall": self.titles,
            "anonymous_resolution": self.anonymous,
            "chain": self.chain,
            "chain_names": self.chain_names,
            "chain_strict": self.chain_strict,
        }
        result = {
            name: {"value": _rate(counts), "right": counts[0], "total": counts[1]} for name, counts in metrics.items()
        }
        spurious, total = self.spurious_chains
        result["spurious_chains"] = {"value": _rate(self.spurious_chains), "spurious": spurious, "total": total}
        return result


def has_speaker_fields(articles: Iterable[GoldArticle]) -> bool:
    """Whether any gold quotation has a ``speaker``, ``speaker_titles`` or ``chain``."""
    return any(q.speaker or q.speaker_titles or q.chain for a in articles for q in a.quotes)


@attrs.define
class _Tally:
    """Counts summed over articles; each entry ``[right, total]``."""

    counts: dict[str, list[int]] = attrs.Factory(
        lambda: {
            m: [0, 0]
            for m in (
                "resolved",
                "pronoun",
                "titles",
                "anonymous",
                "chain",
                "chain_names",
                "chain_strict",
                "spurious_chains",
            )
        }
    )
    errors: list[SpeakerCase] = attrs.Factory(list)

    def add(self, metric: str, right: bool) -> None:
        self.counts[metric][0] += right
        self.counts[metric][1] += 1

    def scores(self) -> SpeakerScores:
        pairs = {name: (right, total) for name, (right, total) in self.counts.items()}
        return SpeakerScores(**pairs, errors=tuple(self.errors))


def _error(metric: str, article: GoldArticle, quote: GoldQuote, expected: str, found: str, tally: _Tally) -> None:
    from ._scoring import context  # imported here: _scoring imports this module

    tally.errors.append(
        SpeakerCase(
            metric, article.id, quote.start, quote.end, expected, found, context(article.text, quote.start, quote.end)
        )
    )


def _score_speaker(article: GoldArticle, quote: GoldQuote, predicted: PredictedQuote, tally: _Tally) -> bool:
    """Score the resolved speaker (and the pronoun) of one matched quotation; return whether it is right."""
    expected, found = gold_speaker(quote), predicted_speaker(predicted)
    right = names_agree(expected, found)
    if quote.speaker:
        tally.add("resolved", right)
        if is_pronoun(quote.source_text):
            tally.add("pronoun", right)
        if quote.anonymous:
            tally.add("anonymous", right)
        if not right:
            metric = "pronoun" if is_pronoun(quote.source_text) else "speaker"
            _error(metric, article, quote, f"{expected} (source {quote.source_text!r})", found or "none", tally)
    return right


def _score_chain(
    article: GoldArticle, quote: GoldQuote, predicted: PredictedQuote | None, speaker_ok: bool, tally: _Tally
) -> None:
    """Score the chain of one gold quotation (``predicted`` is ``None`` when it was not matched)."""
    if len(quote.chain) < 2:
        if predicted is not None and quote.chain:
            spurious = any(link.relation not in AFFILIATIONS for link in predicted.sources[1:])
            tally.add("spurious_chains", spurious)
            if spurious:
                found = describe_chain(predicted.sources)
                _error("spurious_chain", article, quote, describe_chain(quote.chain), found, tally)
        return
    right = predicted is not None and chain_right(quote, predicted)
    tally.add("chain_strict", right and speaker_ok)
    if predicted is None:
        return
    tally.add("chain", right)
    tally.add("chain_names", chain_right(quote, predicted, relations=False))
    if not right:
        _error("chain", article, quote, describe_chain(quote.chain), describe_chain(predicted.sources), tally)


def _score_titles(article: GoldArticle, pairs: Sequence[tuple[GoldQuote, PredictedQuote]], tally: _Tally) -> None:
    """Score the distinct gold titles of each speaker over that speaker's matched quotations."""
    found: dict[tuple[str, str], bool] = {}
    seen: dict[tuple[str, str], tuple[GoldQuote, str, set[str]]] = {}
    for quote, predicted in pairs:
        speaker = " ".join(name_words(gold_speaker(quote) or ""))
        for title in quote.speaker_titles:
            key = (speaker, normalise_title(title))
            hit = any(titles_match(title, t) for t in predicted.speaker_titles)
            found[key] = found.get(key, False) or hit
            entry = seen.setdefault(key, (quote, title, set()))
            entry[2].update(predicted.speaker_titles)
    for key, hit in found.items():
        tally.add("titles", hit)
        if not hit:
            quote, title, predicted_titles = seen[key]
            listed = "; ".join(sorted(predicted_titles)) or "none"
            _error("title", article, quote, f"{gold_speaker(quote)}: {title}", listed, tally)


def score_article(article: GoldArticle, predicted: Sequence[PredictedQuote], tally: _Tally) -> None:
    """Score the speaker fields of one article and add its counts to ``tally``.

    Args:
        article: The gold article.
        predicted: Its predicted quotations.
        tally: The running counts.

    """
    text = article.text
    gold_units = [units(text, q.start, q.end, q.fragments) for q in article.quotes]
    pred_units = [units(text, p.start, p.end, p.fragments) for p in predicted]
    matched = greedy_match(gold_units, pred_units, strict=False)
    pairs = []
    for g, quote in enumerate(article.quotes):
        prediction = predicted[matched[g][0]] if g in matched else None
        speaker_ok = False
        if prediction is not None:
            pairs.append((quote, prediction))
            speaker_ok = _score_speaker(article, quote, prediction, tally)
        _score_chain(article, quote, prediction, speaker_ok, tally)
    _score_titles(article, pairs, tally)


def score_speakers(
    articles: Iterable[GoldArticle], predictions: Mapping[str, Sequence[PredictedQuote]]
) -> SpeakerScores | None:
    """Score speakers, titles and chains, or return ``None`` when the gold has none of their fields.

    Args:
        articles: The gold articles.
        predictions: Predicted quotations by article id (a missing id counts as none).

    Returns:
        The scores, or ``None``.

    .. versionadded:: 0.2.0

    """
    articles = list(articles)
    if not has_speaker_fields(articles):
        return None
    tally = _Tally()
    for article in articles:
        score_article(article, predictions.get(article.id, ()), tally)
    return tally.scores()
