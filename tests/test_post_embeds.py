"""Social posts embedded as text under a "— Name (@handle) date" line, and the Press Association as an outlet."""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.lang.en._outlets import is_outlet_name
from quoteextract.stages.layout.roles import post_signature, signoff_name

POSTS = [
    (
        "The vote drew a quick reply.\n\nWe fought for this ferry route for six years and tonight it is saved. "
        "Thank you all.\n— Lena Okafor (@lenaokafor) April 9, 2026\n\nThe route carries 400 people a day.",
        "We fought for this ferry route for six years and tonight it is saved. Thank you all.",
        "Lena Okafor",
    ),
    (
        "Drivers were warned early.\n\nThe eastbound bridge is shut after a crash. Use the ring road and allow "
        "extra time. pic.twitter.com/Qx81LmZ\n\n— County Fire Service (@CountyFireSvc) 14 May 2026\n\n"
        "It reopened at noon.",
        "The eastbound bridge is shut after a crash. Use the ring road and allow extra time.",
        "County Fire Service",
    ),
    (
        "The singer replied within the hour.\n\nno refunds were ever promised and nobody cancelled anything, "
        "see you all in june https://t.co/r4ndOm\n– Mika Sorensen (@mikasings) June 2, 2026\n\nTickets sold out.",
        "no refunds were ever promised and nobody cancelled anything, see you all in june",
        "Mika Sorensen",
    ),
]


@pytest.mark.parametrize(
    "line",
    [
        "— Lena Okafor (@lenaokafor) April 9, 2026",
        "— County Fire Service (@CountyFireSvc) 14 May 2026",
        "– Mika Sorensen (@mikasings) June 2, 2026",
        "-- Harbour Trust (@harbour.trust)",
    ],
)
def test_post_signature_lines(line):
    """A dash, a display name, an @handle in brackets and a date sign a post; the name is the signer."""
    assert post_signature(line)
    where = signoff_name(line)
    assert where is not None
    assert "(" not in line[where[0] : where[1]] and line[where[0]].isupper()


@pytest.mark.parametrize(
    "line", ["— Lena Okafor, ferry campaigner", "Follow us (@CountyFireSvc) for updates", "— see @lenaokafor"]
)
def test_other_lines_sign_no_post(line):
    """A plain sign-off, a call to follow an account and a bare handle are no post signature."""
    assert not post_signature(line)


@pytest.mark.model
@pytest.mark.parametrize(("text", "post", "speaker"), POSTS)
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_embedded_post_is_the_accounts_quotation(nlp, text, post, speaker, scope):
    """The post's text, links left out, is a direct quotation written by the account; the signature gives none."""
    extraction = quoteextract.Extractor(nlp, scope=scope)(text)
    names = {e.id: e.name for e in extraction.entities}
    posts = [q for q in extraction.quotes if q.rule == "layout.post_signature"]
    assert [q.content.text for q in posts] == [post]
    assert posts[0].kind == "direct" and names.get(posts[0].speaker.entity) == speaker
    assert posts[0].sources[0].relation == "wrote"
    signature = text.index("(@")
    assert not any(q.start <= signature < q.end for q in extraction.quotes)
    assert not any("@" in name or "2026" in name for name in names.values())


@pytest.mark.model
def test_marked_post_keeps_its_quotation(nlp):
    """A post quoted with marks above its signature stays one quotation, credited to the account."""
    text = "Minutes later she posted.\n\n“See you at the count.”\n— Lena Okafor (@lenaokafor) April 9, 2026"
    extraction = quoteextract.Extractor(nlp)(text)
    names = {e.id: e.name for e in extraction.entities}
    assert [(q.content.text, names.get(q.speaker.entity)) for q in extraction.quotes] == [
        ("See you at the count.", "Lena Okafor")
    ]


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("the Press Association", True),
        ("Press Association", True),
        ("PA Media", True),
        ("PA", True),
        ("the Press Trust of India", True),
        ("the Dental Association", False),
        ("the Press Complaints Commission", False),
    ],
)
def test_press_association_is_an_outlet(name, outlet):
    """The Press Association and PA name a news agency; other associations stay bodies."""
    assert is_outlet_name(name) is outlet


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal the ruling,” Tom Reyes told the Press Association.",
        "Tom Reyes told the Press Association that the club would appeal.",
        "“The club will appeal,” Tom Reyes told PA Media on Friday.",
    ],
)
def test_told_the_press_association(nlp, text):
    """Telling the Press Association or PA Media gives an outer ``told`` link to the agency, as with any outlet."""
    extraction = quoteextract.Extractor(nlp)(text)
    [quote] = extraction.quotes
    relations = [s.relation for s in quote.sources]
    assert relations[0] == "said" and "told" in relations
    told = next(s for s in quote.sources if s.relation == "told")
    assert told.mention is not None and told.mention.text.endswith(("Association", "Media"))
