"""Parsing gold texts once: spaCy Docs cached on disk, keyed by pipeline and text.

Rule writers re-run the evaluation after every change; the parse is the slow
part and does not change. Each parsed text is stored as a one-document
:class:`spacy.tokens.DocBin` at ``DIR/<pipeline key>/<sha256 of text>.spacy``.
The pipeline key holds the pipeline's language, name and version, its
components (with the logic version of quoteextract's own components) and the
spaCy version, so a different or upgraded pipeline never
reads another's parses, and a changed text never reads a stale one.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The regular expressions of this module, one named, commented entry each.
_PATTERNS: dict[str, re.Pattern[str]] = {
    # Characters not safe in a directory name, replaced by "_".
    "UNSAFE": re.compile(r"[^A-Za-z0-9_.+-]"),
}


def pipeline_key(nlp: Language) -> str:
    """A directory name that changes whenever the pipeline could parse differently.

    Args:
        nlp: The pipeline.

    Returns:
        ``<lang>_<name>-<version>-spacy<version>-<hash of components>``.

    """
    from spacy.about import __version__ as spacy_version

    meta = nlp.meta
    components = ",".join(_component_label(name) for name in nlp.pipe_names)
    digest = hashlib.sha256(f"{components}|{meta.get('spacy_version', '')}".encode()).hexdigest()[:10]
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
    key = f"{name}-spacy{spacy_version}-{digest}"
    return _PATTERNS["UNSAFE"].sub("_", key)


def _component_label(name: str) -> str:
    """A component's name, with ``@<logic version>`` for quoteextract's own line-break component."""
    from quoteextract._line_breaks import COMPONENT, LOGIC_VERSION

    return f"{name}@{LOGIC_VERSION}" if name == COMPONENT else name


def text_key(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes, in hex.

    Args:
        text: The text.

    Returns:
        64 hex digits.

    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _load(path: Path, nlp: Language, text: str) -> Doc | None:
    """Read one cached Doc, or ``None`` if absent, unreadable or not of this text."""
    from spacy.tokens import DocBin

    if not path.exists():
        return None
    try:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    except Exception:  # a truncated or foreign file is re-parsed, never trusted
        return None
    if len(docs) != 1 or docs[0].text != text:
        return None
    return docs[0]


def _store(path: Path, doc: Doc) -> None:
    """Write one Doc atomically (other processes may read the cache meanwhile)."""
    from spacy.tokens import DocBin

    path.parent.mkdir(parents=True, exist_ok=True)
    data = DocBin(docs=[doc], store_user_data=False).to_bytes()
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load_or_parse(path: Path, nlp: Language, text: str) -> Doc:
    """The cached Doc of ``text``; when unreadable or stale, parse it again and replace it."""
    doc = _load(path, nlp, text)
    if doc is None:
        doc = nlp(text)
        _store(path, doc)
    return doc


def parse_texts(
    nlp: Language,
    texts: Sequence[str],
    cache: str | os.PathLike[str] | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Parse texts, reading and filling the on-disk cache when one is given.

    Args:
        nlp: The pipeline.
        texts: The texts, parsed in order.
        cache: The cache directory, or ``None`` to parse everything.
        batch_size: spaCy batch size for the texts not in the cache.
        n_process: spaCy processes for the texts not in the cache.

    Yields:
        One Doc per text, in order.

    """
    if cache is None:
        yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
        return
    folder = Path(cache) / pipeline_key(nlp)
    paths = [folder / f"{text_key(t)}.spacy" for t in texts]
    todo = [i for i, p in enumerate(paths) if not p.exists()]
    fresh = iter(nlp.pipe((texts[i] for i in todo), batch_size=batch_size, n_process=n_process))
    pending = set(todo)
    for i, (path, text) in enumerate(zip(paths, texts, strict=True)):
        if i in pending:
            doc = next(fresh)
            _store(path, doc)
        else:
            doc = _load_or_parse(path, nlp, text)
        yield doc
