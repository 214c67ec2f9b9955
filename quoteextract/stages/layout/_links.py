"""Lines of web pages that are not text: lists of links, republication and correction notes.

Helpers of the ``layout`` rules of :mod:`.roles` (``layout.teaser`` and
``layout.boilerplate``): the head of a list of links to other stories ("MORE FROM
THE LEDGER", "Most read:") and the short lines under it, a line opening with an
arrow, notes on where a story appeared first and on corrections.
"""

from __future__ import annotations

import regex

from ._lines import Line, LineSite

PATTERNS: dict[str, regex.Pattern[str]] = {
    # Notes on where a story appeared first: "This story was first published by ...", "This article
    # originally appeared on ...", "It is republished here with permission", "This interview has been edited".
    "REPUBLISHED": regex.compile(
        r"""
        ^(?:This[ ](?:article|story|piece|interview|column|post)[ ](?:was|has[ ]been|is[ ]being|is)[ ]
            (?:first[ ]|originally[ ]|also[ ])?(?:published|posted|produced|republished|syndicated|edited|condensed)
        |(?:This[ ](?:article|story|piece|column|post)[ ])?(?:first[ ]|originally[ ])?appeared[ ]
            (?:first[ ]|originally[ ])?(?:in|on)[ ]
        |(?:It[ ]is[ ])?[Rr]epublished[ ](?:here[ ])?with[ ]permission)
        """,
        regex.VERBOSE,
    ),
    # The head of a list of links to other stories ("MORE FROM THE LEDGER", "Related stories", "Most read:").
    "LINK_LIST_HEAD": regex.compile(
        r"""
        ^(?i:more[ ]from|more[ ]stories|more[ ]on[ ]this(?:[ ]story|[ ]topic)?
            |related(?:[ ](?:stories|articles|coverage|content|links|reading))?
            |read[ ]more|top[ ]stories|most[ ](?:read|popular|viewed|shared)|latest[ ](?:news|stories|headlines)
            |you[ ](?:may|might)[ ]also[ ]like|recommended(?:[ ]for[ ]you|[ ]stories|[ ]reading)?|see[ ]also|also[ ]read
            |what[ ]to[ ]read[ ]next|editor[’']s[ ]picks?|trending(?:[ ]now)?|popular(?:[ ]now|[ ]stories|[ ]today)?
            |most[ ](?:watched|commented|shared)|in[ ]case[ ]you[ ]missed[ ]it|don[’']t[ ]miss|more[ ]like[ ]this)
        (?:[ ][^\n.!?]{0,40})?[ \t]*:?$
        """,
        regex.VERBOSE,
    ),
    # Notes on corrections: "Editor's note: ...", "Correction: ...", "An earlier version of this story ...".
    "CORRECTION": regex.compile(
        r"^(?:(?:Editor[’']s[ ]note|EDITOR[’']S[ ]NOTE|Correction|CORRECTION|Clarification|CLARIFICATION)[ \t]*:"
        r"|(?:An[ ]earlier|A[ ]previous|An[ ]earlier[ ]online)[ ]version[ ]of[ ]this[ ](?:story|article|report))"
    ),
    # A link in a list of related stories, marked by an arrow ("► Union says strike will go ahead").
    "ARROW_LINK": regex.compile(r"^[►▶▸→➤][ \t]*\S"),
}
"""Regular expressions of the web-page lines, each commented (bounded repetition: linear time)."""

MAX_LIST_HEAD_WORDS = 6
"""Longest head of a list of links ("MORE FROM THE DUNMORE LEDGER")."""

MAX_LIST_ITEM_WORDS = 16
"""Longest line in a list of links (a story's headline)."""


def in_link_list(site: LineSite) -> bool:
    """Whether the line continues a list of links.

    That is a short line without final punctuation right under the list's head or under
    another such line ("MORE FROM THE LEDGER" / "Mayor says pool will reopen").
    """
    line, previous = site.line, site.previous
    if previous is None or line.final or len(line.words) > MAX_LIST_ITEM_WORDS or not line.words:
        return False
    if site.page.role_of(previous.index) != "teaser":
        return False
    if PATTERNS["LINK_LIST_HEAD"].match(previous.text) is not None:
        return True  # "Most read:" heads the list, a colon or not
    return not previous.final and _link_item(site, previous)


def _link_item(site: LineSite, line: Line) -> bool:
    """Whether a teaser line is itself an item of a list of links (its own line above is a teaser too)."""
    above = site.page.line(line.index - 1)
    if above is None or site.page.role_of(above.index) != "teaser":
        return False
    return not above.final or PATTERNS["LINK_LIST_HEAD"].match(above.text) is not None
