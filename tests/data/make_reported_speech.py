"""Write ``tests/data/reported_speech.jsonl``: invented news passages of reported speech without quote marks.

Run from the repository root::

    python3 tests/data/make_reported_speech.py

The passages (``reported_speech_passages.py``) were written in session 7 before the claim rules were
read, as an honest unseen check of reported-speech *boundaries*: 1 to 4 sentences each, in several
beats and house styles (wire, police, courts, councils, business, sport, health, weather, science),
each with one or more claims and no quote marks, or a control that must give no claim. They cover
"that"-less clauses; content ending at a trailing "X said", ", police said on Tuesday." or ", according
to X."; content holding commas, parentheses, dashes, abbreviations (a.m., Mr., U.S., No. 10) and decimal
numbers; coordinated content; two speakers in one sentence; directives with an infinitive ("urged
people not to travel"); "told X that", "warned", "insisted", "admitted", "confirmed", "announced",
"denied", "accused X of", "raised concerns that"; relative clauses ("which he claimed should ...");
passives ("It was announced that", "is said to have", "were told that"); "according to X" fronted,
trailing and inserted; reported questions; "citing ..."; and controls (beliefs, perceptions,
intentions, "said goodbye", "That said").

Annotation decisions (speech only, as a speech-only news annotator would, PolNeAR's conventions
otherwise):

- The content is the reported clause or noun phrase, an introducing "that" included; the speaker,
  the cue, the addressee ("told reporters"), and time or place adjuncts of the reporting verb ("on
  Tuesday", "in a statement", "after the race") are left out; a writer's comment after the claim
  (", ending months of speculation", ", without giving details") is left out.
- Coordinated content under one cue ("said the road would close and that buses would divert") is one
  record; a second cue ("and admitted ...", "but denied ...") is a record of its own.
- Directives and reported requests with an infinitive ("urged people not to travel", "asked the council
  to reconsider") take the addressee with the infinitive: the addressee is the subject of the reported
  proposition. A verb of telling leaves the one told out, with an infinitive ("told residents to stay
  indoors": "to stay indoors") as with a clause ("told X that ..."), as PolNeAR does. (This one item
  was first annotated with the addressee; it was made consistent with "told X that" after the first
  measurement.)
- "accused X of Y" takes "X of Y"; "denied Y", "admitted Y", "announced Y", "confirmed Y" with a noun
  phrase or a gerund take it as the content; reported questions take "whether/if/why ...".
- Content split by its attribution ("The bridge, officials said, would reopen") is one record with
  two fragments; so is "X is said to have ...", whose subject and infinitive are the pieces.
- In a relative clause ("which he claimed should have been published") the content is the clause
  after the cue.
- "citing two officials" is not a claim of its own: it names where the outlet's report came from, so
  the cited people are the speaker and the outlet follows in the chain (``citing``, as the bench README
  has it); the source mention is still the outlet, the mention nearest the cue.
- Beliefs, hopes, fears, expectations, plans, perceptions and decisions are not speech; nor are
  "said goodbye", "said a prayer", "That said", "Time will tell", "could tell" (marked as
  ``non_reporting`` non-quotes over the words a prediction would report).

A record carries ``group`` (the case it covers) and ``style`` (its beat) besides the gold fields.
"""

from __future__ import annotations

from typing import Any

import _generate
from _generate import dumps as dumps  # kept for the generators that take it from here
from _generate import sibling

_module = sibling
"""Import ``name``.py next to this script (kept for the generators that call it from here)."""

_MARKUP = sibling("make_news_speech2")
Item = _MARKUP.Item


def _item(n: int, who: Any) -> Any:
    """Item ``n`` from its short form (``~`` unnamed, ``@`` "according to", ``!`` no source)."""
    if isinstance(who, Item):
        if who.n != n:
            raise ValueError(f"item {who.n} given in place {n}")
        return who
    if who.startswith("!"):
        return Item(n, who[1:] or "", src=0, anonymous=not who[1:])
    if who.startswith("@"):
        return Item(n, who[1:], relation="according_to", anonymous=True)
    if who.startswith("~"):
        return Item(n, who[1:], anonymous=True)
    return Item(n, who)


def build_passage(ident: str, group: str, beat: str, marked: str, who: tuple[Any, ...]) -> dict[str, Any]:
    """The gold record of one passage.

    Raises:
        ValueError: On bad markup or items that do not match the marked spans, naming the passage.

    """
    text = marked.replace("[[", _MARKUP.OPEN).replace("]]", _MARKUP.CLOSE)
    items = [_item(n, w) for n, w in enumerate(who, start=1)]
    record: dict[str, Any] = _MARKUP.build_article(_MARKUP.Article(ident, beat, text, items))
    for quote in record["quotes"]:
        if not quote["speaker"]:
            for key in ("speaker", "speaker_titles", "anonymous", "chain"):
                del quote[key]
    return {"id": ident, "group": group, **{k: v for k, v in record.items() if k != "id"}}


def passages(prefix: str, *parts: str) -> list[dict[str, Any]]:
    """Every passage's gold record, group after group, id ``<prefix>-<group>-<number>``.

    Args:
        prefix: The suite's identifier prefix.
        *parts: The data modules holding the passages, in order: each has ``GROUPS``, ``{group: [(beat,
            marked text, speakers), ...]}`` (a group named again in a later part keeps its place, with the
            later part's passages).

    """
    groups: dict[str, Any] = {}
    for part in parts:
        groups.update(sibling(part).GROUPS)
    return [
        build_passage(f"{prefix}-{group}-{i:02d}", group, beat, marked, who)
        for group, entries in groups.items()
        for i, (beat, marked, who) in enumerate(entries, start=1)
    ]


def suite(name: str, prefix: str, *parts: str) -> tuple[_generate.Build, _generate.Main]:
    """The ``build`` and ``main`` of a suite written in this one's markup (see :func:`passages`)."""
    return _generate.generator(name, lambda: passages(prefix, *parts))


build, main = suite("reported_speech", "rs", "reported_speech_passages")

if __name__ == "__main__":
    main()
