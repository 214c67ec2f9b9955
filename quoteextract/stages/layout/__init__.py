"""The layout stage: what each line of the article is (headline, caption, byline, Q&A turn, body ...).

:func:`assign_roles` runs once per article, inside :meth:`Article.build
<quoteextract.Article.build>`: one pass over the paragraphs, each handed to
the active ``layout`` rules in order until one names its role (a line no
rule claims is ``body``). The rules read typography and position (a short
line without a final full stop at the top, a label in capitals, a dash and
a name after a quotation, keywords of captions and links) and, through the
:class:`~._lines.Page`, the lines around and article-wide facts worked out
once (is this an interview transcript?).

:func:`apply_layout` then uses the roles, in one place, right after
attribution: it drops what was found in lines that are not text, makes the
answers of a transcript quotations of the interviewee and credits the
quotations above a dash sign-off to the person it names (see the "Layout"
page of the docs).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._errors import InputError
from . import display, roles, transcript  # noqa: F401  (register the ``layout`` rules)
from ._filter import apply_layout, is_silent
from ._lines import Line, LineSite, Page, make_line

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...article import Layout
    from ...rules import RuleSet

__all__ = ["Line", "LineSite", "Page", "apply_layout", "assign_roles", "is_silent"]


def assign_roles(layout: Layout, doc: Doc | None, rules: RuleSet) -> Layout:
    """Give every line of ``layout`` its role, running the active ``layout`` rules in order.

    Args:
        layout: The article's layout (every line ``body``).
        doc: The parse, or ``None`` in the regex-only mode.
        rules: The rules to run.

    Returns:
        The layout with the roles (the same object when no layout rule is on).

    Raises:
        InputError: If a rule names a role that is not one of
            :data:`quoteextract.article.LINE_ROLES`.

    """
    from ...article import LINE_ROLES

    active = rules.active("layout")
    if not active or not layout.paragraphs:
        return layout
    page = Page(tuple(make_line(layout.text, p) for p in layout.paragraphs), doc)
    found: list[str] = []
    for line in page.lines:
        role = "body"
        if line.text:
            site = LineSite(page, line)
            for candidate in active:
                answer = candidate.func(site)
                if answer is None:
                    continue
                if answer not in LINE_ROLES:
                    raise InputError(f"layout rule {candidate.name!r} gave the unknown role {answer!r}")
                role = answer
                break
        page.roles[line.index] = role
        page.seen.add(role)
        page.body_seen = page.body_seen or (bool(line.text) and role not in roles.HEADING_ROLES)
        found.append(role)
    return layout.with_roles(tuple(found))
