"""PolNeAR/BRAT standoff gold: ``.txt`` articles with ``.ann`` attribution events.

PolNeAR annotates each attribution as a BRAT event::

    T1  Source 10 19        The mayor
    T2  Cue 20 24           said
    T3  Content 26 40;44 60 ...
    T4  Attribution 20 24   said
    E1  Attribution:T4 Content:T3 Cue:T2 Source:T1

Text-bound annotations (``T``) give spans, possibly discontinuous
(``start end;start end``); events (``E``) tie a content, a cue and a source
together. Other lines (relations, attributes, notes) are ignored. The quote
kind is derived from the double quote marks in the content, as in the
development data: none gives ``indirect``, every word inside marks gives
``direct``, otherwise ``mixed``.
"""

from __future__ import annotations

import re
from pathlib import Path

from .._errors import GoldFormatError
from ._gold import GoldArticle, GoldQuote

#: The regular expressions of this module, one named, commented entry each.
_PATTERNS: dict[str, re.Pattern[str]] = {
    # A text-bound annotation: id, type, fragments "s e;s e", then the text.
    "TEXTBOUND": re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$"),
    # An event: id, then "Type:Trigger Role:Arg Role:Arg ...".
    "EVENT": re.compile(r"^(E\d+)\t(\S+):(T\d+)((?: \S+:[TE]\d+)*)\s*$"),
    # The annotator suffix of a PolNeAR .ann stem ("article_ef2d" -> "article").
    "ANNOTATOR": re.compile(r"_[0-9a-f]{4}$"),
}

_OPENING = frozenset("“«„‟")
_CLOSING = frozenset("”»")
_STRAIGHT = '"'


def derive_kind(text: str, fragments: tuple[tuple[int, int], ...]) -> str:
    """Derive a quote's kind from the double quote marks in its pieces.

    Args:
        text: The whole article.
        fragments: The pieces of the content.

    Returns:
        ``indirect`` without marks, ``direct`` when every letter or digit is
        inside marks, else ``mixed``.

    """
    marks = False
    outside = False
    for start, end in fragments:
        inside = False
        for char in text[start:end]:
            if char in _OPENING:
                inside, marks = True, True
            elif char in _CLOSING:
                inside, marks = False, True
            elif char == _STRAIGHT:
                inside, marks = not inside, True
            elif char.isalnum() and not inside:
                outside = True
    if not marks:
        return "indirect"
    return "mixed" if outside else "direct"


def _pieces(spec: str) -> tuple[tuple[int, int], ...]:
    pieces = []
    for part in spec.split(";"):
        start, end = part.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def parse_ann(ann: str, text: str, source: str = "<ann>", article_id: str = "") -> GoldArticle:
    """Parse one ``.ann`` file's content against its article text.

    Args:
        ann: The content of the ``.ann`` file.
        text: The content of the matching ``.txt`` file.
        source: The ``.ann`` file name, for messages.
        article_id: The id to give the article.

    Returns:
        The article with one quote per attribution event that has a content.

    Raises:
        GoldFormatError: For a malformed line, offsets outside the text, or an
            event naming an unknown annotation; the message names the line.

    """
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], int]] = {}
    events: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line[0] not in "TE":
            continue  # relations, attributes, normalisations and notes carry no spans we need
        where = f"{source} line {number}"
        if line[0] == "T":
            match = _PATTERNS["TEXTBOUND"].match(line)
            if match is None:
                raise GoldFormatError(f"{where}: malformed text-bound annotation {line!r}")
            pieces = _pieces(match.group(3))
            for start, end in pieces:
                if not 0 <= start <= end <= len(text):
                    raise GoldFormatError(f"{where}: span {start} {end} is not inside the text (length {len(text)})")
            spans[match.group(1)] = (match.group(2), pieces, number)
        else:
            match = _PATTERNS["EVENT"].match(line)
            if match is None:
                raise GoldFormatError(f"{where}: malformed event {line!r}")
            roles = {"trigger": match.group(3)}
            for arg in match.group(4).split():
                role, ref = arg.split(":", 1)
                roles.setdefault(role.rstrip("0123456789"), ref)
            events.append((number, roles))
    quotes = []
    for number, roles in events:
        resolved: dict[str, tuple[tuple[int, int], ...]] = {}
        for role, ref in roles.items():
            if ref not in spans:
                raise GoldFormatError(f"{source} line {number}: event refers to unknown annotation {ref}")
            resolved[role] = spans[ref][1]
        content = resolved.get("Content")
        if content is None:
            continue
        ordered = tuple(sorted(content))
        cue = resolved.get("Cue")
        src = resolved.get("Source")
        source_span = (src[0][0], src[-1][1]) if src else None
        quotes.append(
            GoldQuote(
                start=ordered[0][0],
                end=ordered[-1][1],
                kind=derive_kind(text, ordered),
                fragments=ordered,
                cue=(cue[0][0], cue[-1][1]) if cue else None,
                source=source_span,
                source_text=text[source_span[0] : source_span[1]] if source_span else None,
            )
        )
    quotes.sort(key=lambda q: (q.start, q.end))
    return GoldArticle(id=article_id, text=text, quotes=tuple(quotes))


def _text_for(ann_path: Path) -> Path:
    """Find the ``.txt`` of an ``.ann``: beside it, or PolNeAR's ``../text/<stem>.txt``."""
    beside = ann_path.with_suffix(".txt")
    if beside.exists():
        return beside
    stem = _PATTERNS["ANNOTATOR"].sub("", ann_path.stem)
    for candidate in (ann_path.parent / f"{stem}.txt", ann_path.parent.parent / "text" / f"{stem}.txt"):
        if candidate.exists():
            return candidate
    raise GoldFormatError(f"{ann_path}: no matching .txt file (looked for {beside.name} and text/{stem}.txt)")


def read_brat(path: Path) -> list[GoldArticle]:
    """Read BRAT standoff gold: one ``.ann`` file, or every ``.ann`` in a directory tree.

    Args:
        path: An ``.ann`` file or a directory.

    Returns:
        One article per ``.ann`` file, id = the file's stem, sorted by path.

    Raises:
        GoldFormatError: If a file is malformed, has no ``.txt``, or the
            directory holds no ``.ann`` file.

    """
    files = sorted(path.rglob("*.ann")) if path.is_dir() else [path]
    if not files:
        raise GoldFormatError(f"{path}: no .ann files found")
    articles = []
    for ann_path in files:
        text_path = _text_for(ann_path)
        with text_path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        with ann_path.open(encoding="utf-8", newline="") as handle:
            ann = handle.read()
        articles.append(parse_ann(ann, text, str(ann_path), ann_path.stem))
    return articles
