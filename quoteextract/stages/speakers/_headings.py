"""Photo essays and vox pops: words printed under a line that names their speaker.

A photo essay or a gallery of voices heads each person's words with a line of
their own: the name in capitals, or a name with an age, then what they do::

    ROSA FIGUEROA, 47, cleaner at Dunmore General Hospital
    “People think a hospital sleeps. ...”

The words carry no cue and no speaker in the sentence; the heading is the
attribution. Two rules read it:

- ``speaker.heading_name`` (stage ``speaker_mentions``): a quotation with no
  cue and no speaker mention that opens its line, right under such a heading
  (blank lines between allowed), gets the heading's name as its speaker
  mention;
- ``speaker.heading`` (stage ``speakers``, order 55): that mention is the
  person of that name (one named in the text already, else a new person,
  its capitals written as a name: "Rosa Figueroa"); the heading's pieces
  after the name that are neither an age nor a place are titles ("cleaner at
  Dunmore General Hospital").

A heading is at most :data:`MAX_HEADING_WORDS` words and does not end as a
sentence does; a capitals name is a run of one to five words in capitals
opening the line, followed by a comma, "and", a bracket or the line's end; a
name in ordinary case needs an age after it (", 47,").
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from ..._model import Mention
from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import rule
from ._groups import Group
from ._names import parse_name

if TYPE_CHECKING:
    from ._framed import FramedSite
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A name in capitals opening a heading line, then a comma, "and", a bracket or the line's end:
    # "ROSA FIGUEROA, 47,", "DR PRIYA NAIR, junior doctor", "LIAM and CHLOE WEBB".
    "CAPS_NAME": regex.compile(
        r"(?P<name>\p{Lu}[\p{Lu}'’\-]+(?:[ ]\p{Lu}[\p{Lu}'’\-]*){0,4})(?=[ ]*(?:,|\(|[ ]and[ ]|$))"
    ),
    # A name in ordinary case opening a heading line, then an age: "Rosa Figueroa, 47, cleaner".
    "AGED_NAME": regex.compile(r"(?P<name>\p{Lu}[\p{Ll}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){1,3}),[ ]*\d{1,3}\b"),
    # A name in brackets right after a quotation's closing mark: "” (Rao).", "” (Marta Diaz, 34)".
    "BRACKETED": regex.compile(
        r"[”\"’]?[ ]?\((?P<name>\p{Lu}[\p{Ll}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){0,3})(?:,[^()\n]{1,60})?\)"
    ),
    # A comma-separated piece of a heading's details ("47", "bus driver", "route N4").
    "DETAIL": regex.compile(r"[^,]+"),
}
"""Regular expressions of this module, each commented (bounded: linear time)."""

MAX_HEADING_WORDS = 20
"""Most words of a heading line (a longer line is a paragraph of text)."""

OPENING_MARKS = "“‘\"'"
"""Quote marks that may open the line before the quotation's first word."""

SENTENCE_ENDS = frozenset('.!?”"’')
"""Characters that end a sentence or a quotation: a line ending so is text, not a heading."""


def _previous_line(text: str, start: int) -> tuple[int, int] | None:
    """The last line with words before the line that ``start`` opens, as ``(start, end)``; ``None`` if it is not."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip().lstrip(OPENING_MARKS):
        return None  # the quotation does not open its line
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def heading_name(text: str, start: int) -> tuple[int, int] | None:
    """The span of the name in the heading line right above a quotation starting at ``start``, if any.

    Args:
        text: The article's text.
        start: Where the quotation starts.

    Returns:
        ``(start, end)`` of the name ("ROSA FIGUEROA"), or ``None``.

    """
    line = _previous_line(text, start)
    if line is None:
        return None
    line_start, line_end = line
    words = text[line_start:line_end].split()
    if not words or len(words) > MAX_HEADING_WORDS or text[line_end - 1] in SENTENCE_ENDS:
        return None
    for key in ("CAPS_NAME", "AGED_NAME"):
        found = PATTERNS[key].match(text, line_start, line_end)
        if found is not None and (key == "AGED_NAME" or _caps_name(found.group("name"), found.end() == line_end)):
            return found.start("name"), found.end("name")
    return None


def _caps_name(name: str, whole_line: bool) -> bool:
    """Whether a run of capitals reads as a name: three letters or more; alone on its line, opening with a first name.

    A line of capitals with nothing after it may be a headline ("STRIKE CALLED OFF"); a name alone on
    its line needs a known first name ("KWAME ASANTE").
    """
    if len(name.replace(" ", "")) < 3:
        return False
    if not whole_line:
        return True
    words = _name_words(name)
    return len(words) >= 2 and words[0] in _lexicon.first_names()


@rule("speaker.heading_name", stage="speaker_mentions", order=450)
def heading_name_mention(site: FramedSite) -> Mention | None:
    """Words under a heading line that names someone ("ROSA FIGUEROA, 47, cleaner"): that name."""
    quote = site.quote
    if quote.speaker is not None or quote.cue is not None:
        return None
    span = heading_name(site.text, quote.start)
    if span is None:
        return None
    return Mention(span[0], span[1], site.text[span[0] : span[1]])


@rule("speaker.bracketed_name", stage="speaker_mentions", order=460)
def bracketed_name_mention(site: FramedSite) -> Mention | None:
    """Words followed by a name in brackets, as a debate or a sketch reports them ("“...” (Rao)."): that name.

    The name overrides a speaker the attribution stage guessed from the sentence before.
    """
    quote = site.quote
    found = PATTERNS["BRACKETED"].match(site.text, quote.end)
    if found is None:
        return None
    return Mention(found.start("name"), found.end("name"), found.group("name"))


@dataclass
class _Headings:
    """The groups this module named in one article, by the words of their heading."""

    labels: dict[str, Group] = field(default_factory=dict)
    seen_titles: set[tuple[int, int, int]] = field(default_factory=set)


_HEADINGS: weakref.WeakKeyDictionary[Reader, _Headings] = weakref.WeakKeyDictionary()
"""Per reader (one article), what this module worked out."""


def _name_words(label: str) -> tuple[str, ...]:
    """The words of a heading's name without an honorific before it ("DR PRIYA NAIR": Priya Nair)."""
    words = label.split()
    while len(words) > 1 and (words[0].title() in _lexicon.honorifics() or words[0] in _lexicon.honorifics()):
        words = words[1:]
    return tuple(w.title() if w.isupper() else w for w in words)


def _person(reader: Reader, label: str) -> Group:
    """The named person whose name holds a heading's words, else a new person named by them."""
    words = _name_words(label)
    wanted = {w.lower() for w in words}
    for group in reader.groups:
        if not group.names or group.plural:
            continue
        if wanted <= group.name_words or (group.name.isupper() and group.name_words <= wanted):
            if group.name.isupper():  # the tagger's capitals ("KIRSTY BOYD", read as an acronym): the name instead
                group.names = [parse_name(" ".join(words)), *(n for n in group.names if not n.text.isupper())]
                group._derived = type(group._derived)()
            return group
    group = Group(kind="name", label=" ".join(words), salient=True)
    group.names.append(parse_name(" ".join(words)))
    group.votes["person"] += 1
    reader.groups.append(group)
    return group


def _is_title_piece(words: str) -> bool:
    """Whether a piece of a heading's details is a title: lower case first, no figure (not an age or a place)."""
    return bool(words) and words[0].islower() and not any(c.isdigit() for c in words)


@rule("speaker.heading", stage="speakers", order=55)
def heading_speaker(site: SpeakerSite) -> Outcome:
    """The name heading a photo essay's words ("ROSA FIGUEROA, 47, cleaner"): that person, titled by the rest."""
    reader, speaker = site.reader, site.speaker
    if heading_name(reader.text, site.quote.start) != (speaker.start, speaker.end):
        return None
    found = _HEADINGS.get(reader)
    if found is None:
        found = _HEADINGS[reader] = _Headings()
    group = found.labels.get(speaker.text)
    if group is None:
        group = found.labels[speaker.text] = _person(reader, speaker.text)
    text = reader.text
    line_end = text.find("\n", speaker.end)
    line_end = len(text) if line_end < 0 else line_end
    for piece in PATTERNS["DETAIL"].finditer(text, speaker.end, line_end):
        words = piece.group().strip().rstrip(".")
        if _is_title_piece(words) and not words.startswith(("and ", "who ")):
            start = piece.start() + piece.group().index(words)
            reader.add_title(group, start, start + len(words), found.seen_titles)
    reader.add_mention(group, speaker.start, speaker.end)
    return group
