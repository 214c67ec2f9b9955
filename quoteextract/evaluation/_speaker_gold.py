"""The optional speaker fields of a gold quotation: ``speaker``, ``speaker_titles``, ``anonymous``, ``chain``.

They are defined in ``docs/accuracy.md`` (and the development data's README):
``speaker`` is the canonical name of the immediate speaker, ``speaker_titles``
the titles and descriptions the text gives it, ``anonymous`` whether the
source is unnamed, and ``chain`` the chain of sources from the immediate
speaker outward, each link ``{"name", "relation"}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .._model import RELATIONS


@attrs.frozen
class GoldLink:
    """One link of a gold source chain.

    Args:
        name: The source's name ("Dunmore Herald", "two engineers").
        relation: How it passes the claim on (a :data:`quoteextract.Relation`):
            for the first link how the words were produced (``said``,
            ``statement``, ``wrote``, ``according_to``), for each later
            one its role towards the previous (``reported_by``, ``citing``,
            ``told``, ``interview``).

    .. versionadded:: 0.2.0

    """

    name: str
    relation: str


def _string_list(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ValueError(f"{what} must be a list of strings")
    return tuple(value)


def _link(value: Any, index: int) -> GoldLink:
    if not isinstance(value, dict):
        raise ValueError(f"chain link {index} must be an object with name and relation")
    name, relation = value.get("name"), value.get("relation")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"chain link {index}: name must be a non-empty string")
    if relation not in RELATIONS:
        raise ValueError(f"chain link {index}: relation must be one of {', '.join(RELATIONS)}, got {relation!r}")
    return GoldLink(name=name, relation=relation)


def parse_speaker_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Read and check the optional speaker fields of one gold quotation record.

    Args:
        record: The decoded JSON object of the quotation.

    Returns:
        Keyword arguments for :class:`~quoteextract.evaluation.GoldQuote`:
        ``speaker``, ``speaker_titles``, ``anonymous`` and ``chain``
        (absent fields give ``None``, ``()``, ``None`` and ``()``).

    Raises:
        ValueError: With a message naming the field at fault.

    """
    speaker = record.get("speaker")
    if speaker is not None and not (isinstance(speaker, str) and speaker.strip()):
        raise ValueError("speaker must be a non-empty string or null")
    anonymous = record.get("anonymous")
    if anonymous is not None and not isinstance(anonymous, bool):
        raise ValueError("anonymous must be true, false or null")
    chain = record.get("chain")
    if chain is None:
        chain = []
    if not isinstance(chain, list):
        raise ValueError("chain must be a list of {name, relation} links")
    return {
        "speaker": speaker,
        "speaker_titles": _string_list(record.get("speaker_titles"), "speaker_titles"),
        "anonymous": anonymous,
        "chain": tuple(_link(link, i) for i, link in enumerate(chain)),
    }
