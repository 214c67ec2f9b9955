"""Tests for the HTML view (quoteextract/_html.py), including a real headless browser."""

from __future__ import annotations

import html.parser
import os
import shutil
import subprocess
from pathlib import Path

import attrs
import pytest
from _sample import TEXT, at, sample_extraction

from quoteextract._model import Extraction, Problem, Quotation, Rejection, Span
from quoteextract.outputs._html import LABEL_WIDTH, article_html, render_corpus, render_html

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed65664943946bce.txt"


class _Elements(html.parser.HTMLParser):
    """Collects start tags with their attributes and checks that tags nest properly."""

    VOID = frozenset({"meta", "br", "img", "link", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attributes}))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if name in a.get("class", "").split()]


def parse(page: str) -> _Elements:
    """Parse a page, asserting that every tag is closed in order."""
    parser = _Elements()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def test_page_is_well_formed_and_self_contained():
    """The page nests its tags properly and loads no script, style sheet or image from elsewhere."""
    page = render_html(TEXT, sample_extraction())
    parsed = parse(page)
    tags = {tag for tag, _ in parsed.elements}
    assert not tags & {"script", "link", "img", "iframe"}
    assert "http://" not in page and "https://" not in page


@pytest.mark.parametrize(("kind", "count"), [("direct", 1), ("mixed", 1), ("indirect", 1)])
def test_quotations_are_highlighted_by_kind(kind, count):
    """Each quotation's words carry the class of its kind and its number."""
    parsed = parse(render_html(TEXT, sample_extraction()))
    spans = [a for a in parsed.with_class("q") if kind in a["class"].split() and "data-quote" in a]
    assert len({a["data-quote"] for a in spans}) == count


def test_highlighted_text_is_the_article():
    """Dropping the markup and the labels gives back the article text exactly."""
    page = article_html(TEXT, sample_extraction())
    text_div = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    parsed = parse(text_div)
    visible = "".join(parsed.text)
    for piece in ("1 · Ann Lee (Mayor)", "2 · Officials", "3 · Ann Lee (Mayor)"):
        visible = visible.replace(piece, "", 1)
    for chain in ("said: Ann Lee → statement: the city council → reported by: the Daily Ledger", "said: Officials"):
        visible = visible.replace(chain, "", 1)
    visible = visible.replace("said: Ann Lee", "", 1)
    assert visible == TEXT


def test_labels_name_speaker_with_titles_and_chain_on_hover():
    """Each label shows the speaker's name and titles, and its title attribute holds the source chain."""
    parsed = parse(render_html(TEXT, sample_extraction()))
    labels = parsed.with_class("label")
    assert len(labels) == 3
    assert labels[0]["title"] == (
        "Ann Lee (Mayor) · sources: said: Ann Lee → statement: the city council → reported by: the Daily Ledger"
    )
    assert "1 · Ann Lee (Mayor)" in "".join(parsed.text)
    assert len(parsed.with_class("chain")) == 3


@pytest.mark.parametrize(
    ("css_class", "expected"),
    [
        ("who", {"Mayor Ann Lee", "Officials", "Lee"}),
        ("cue", {"said"}),
        ("src", {"the city council", "the Daily Ledger"}),
    ],
)
def test_speakers_cues_and_sources_are_marked(css_class, expected):
    """Speaker mentions, cues and the mentions of further sources get their own classes."""
    page = article_html(TEXT, sample_extraction())
    found = set()
    for chunk in page.split("<span ")[1:]:
        head, _, rest = chunk.partition(">")
        classes = head.split('class="', 1)[1].split('"', 1)[0].split()
        if css_class in classes:
            found.add(rest.split("<", 1)[0])
    assert found == expected


def test_everything_is_escaped():
    """Markup in the text, the id and the names is shown as text, never interpreted."""
    text = "“<script>alert(1)</script> & more,” said <b>Bob</b>."
    content = Quotation(
        content=at_text(text, "<script>alert(1)</script> & more,"),
        kind="direct",
        marks=(at_text(text, "“"), at_text(text, "”")),
    )
    result = Extraction(id='<img src=x onerror="1">', quotes=(content,))
    page = render_html(text, result)
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more," in page
    parse(page)


def at_text(text: str, sub: str) -> Span:
    """The span of the first ``sub`` in ``text``."""
    start = text.index(sub)
    return Span.of(text, start, start + len(sub))


def test_overlapping_quotations_still_nest():
    """Two quotations that overlap give properly nested markup, the inner one winning."""
    outer = Quotation(content=at("We will rebuild the bridge by June,"), kind="direct")
    inner = Quotation(content=at("the bridge"), kind="indirect")
    page = article_html(TEXT, Extraction(quotes=(outer, inner)))
    parsed = parse(page)
    assert {a["data-quote"] for a in parsed.with_class("indirect") if "data-quote" in a} == {"2"}


def test_spans_that_do_not_match_the_text_are_refused():
    """Rendering a result against a different text raises ValueError instead of misplacing highlights."""
    with pytest.raises(ValueError, match="does not match the text"):
        render_html(TEXT.replace("bridge", "tunnel"), sample_extraction())


def test_empty_result_says_no_quotations():
    """An article without quotations renders with a note instead of a table."""
    page = render_html("Nothing quoted here.", Extraction(id="plain"))
    assert "No quotations found." in page
    parse(page)


def test_corpus_page_has_one_section_per_article():
    """render_corpus puts every article in its own section with unique anchors."""
    first = sample_extraction()
    second = attrs.evolve(first, id="second")
    parsed = parse(render_corpus([(TEXT, first), (TEXT, second)]))
    sections = [a for tag, a in parsed.elements if tag == "article"]
    assert [s["id"] for s in sections] == ["a1", "a2"]
    rows = [a["id"] for tag, a in parsed.elements if tag == "tr" and "id" in a]
    assert len(rows) == len(set(rows)) == 6


def _chromium() -> str:
    """The headless browser's path; skip (or fail, where CI requires it) when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("QUOTEEXTRACT_REQUIRE_BROWSER") == "1":
        pytest.fail("QUOTEEXTRACT_REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throw-away profile and no network chatter."""
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.browser
@pytest.mark.model
def test_seed_article_renders_in_a_real_browser(extractor, tmp_path):
    """Chromium loads the seed article's page, keeps every highlight and label, and screenshots it."""
    text = SEED.read_text(encoding="utf-8")
    result = extractor(text, id=SEED.name)
    page = tmp_path / "seed.html"
    page.write_text(render_html(text, result), encoding="utf-8")
    dom = _browser(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    parsed = _Elements()
    parsed.feed(dom.stdout)
    assert len(parsed.with_class("label")) == len(result.quotes) > 0
    assert {int(a["data-quote"]) for a in parsed.with_class("q") if "data-quote" in a} == set(
        range(1, len(result.quotes) + 1)
    )
    shot = tmp_path / "seed.png"
    run = _browser(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_label_follows_an_unrecorded_closing_mark():
    """When a result records only the opening mark, the label still comes after the closing one."""
    text = "“It works,” she said."
    quote = Quotation(content=at_text(text, "It works,"), kind="direct", marks=(at_text(text, "“"),))
    page = article_html(text, Extraction(quotes=(quote,)))
    assert 'It works,”</span><a class="label direct"' in page


def test_entities_are_listed_with_titles_and_counts():
    """Under the table, each speaker and source is listed with type, titles and how often quoted."""
    page = article_html(TEXT, sample_extraction())
    entities = page.split('<details class="entities" open>', 1)[1]
    assert '<b>Ann Lee</b> <span class="muted">person · Mayor · 2 quoted, 2 mentions</span>' in entities
    assert '<b>Officials</b> <span class="muted">anonymous · 1 quoted, 1 mention</span>' in entities


def test_summary_counts_agree_with_their_nouns():
    """The summary says "1 quotation", "1 entity" and counts rejected marks and warnings when there are any."""
    page = article_html(TEXT, sample_extraction())
    assert '<p class="summary">3 quotations · 2 speakers · 4 entities</p>' in page
    one = Extraction(quotes=sample_extraction().quotes[1:2], entities=sample_extraction().entities[3:])
    assert '<p class="summary">1 quotation · 1 speaker · 1 entity</p>' in article_html(TEXT, one)
    noted = with_notes(sample_extraction())
    assert "3 quotations · 2 speakers · 4 entities · 1 not a quotation · 2 warnings" in article_html(TEXT, noted)


def with_notes(result: Extraction) -> Extraction:
    """The result with a rejected quote-mark pair and two finder warnings."""
    return attrs.evolve(
        result,
        rejected=(Rejection(at("later"), "scare_quote"),),
        warnings=(Problem(0, "unbalanced quote mark"), Problem(5, "stray ”")),
    )


def test_rejected_marks_and_warnings_are_shown():
    """Rejected quote marks are marked in the text with their reason and listed with the warnings."""
    page = article_html(TEXT, with_notes(sample_extraction()))
    parsed = parse(page)
    rejected = parsed.with_class("rej")
    assert [a.get("title") for a in rejected] == ["not a quotation: scare quote"]
    assert '<span class="rej" title="not a quotation: scare quote">later</span>' in page
    notes = page.split('<details class="notes" open>', 1)[1]
    assert f"“later” (scare quote) · {TEXT.index('later')}-" in notes
    assert "warning at 0: unbalanced quote mark" in notes and "warning at 5: stray ”" in notes
    assert '<details class="notes"' not in render_html(TEXT, sample_extraction())


def test_rejected_spans_must_match_the_text():
    """A rejected span that is not a slice of the text is refused like any other span."""
    result = attrs.evolve(sample_extraction(), rejected=(Rejection(Span(0, 3, "???"), "title"),))
    with pytest.raises(ValueError, match="does not match the text"):
        render_html(TEXT, result)


def test_words_between_the_pieces_of_a_split_quotation_are_not_highlighted():
    """In “A,” she said, “B.” the attribution between the pieces is marked as a gap, not as quoted."""
    text = "“It works,” she said, “and it is cheap.”"
    first, second = at_text(text, "It works,"), at_text(text, "and it is cheap.")
    quote = Quotation(
        content=Span.of(text, first.start, second.end),
        kind="direct",
        fragments=(first, second),
        marks=tuple(Span.of(text, i, i + 1) for i, c in enumerate(text) if c in "“”"),
    )
    page = article_html(text, Extraction(quotes=(quote,)))
    assert '<span class="q direct gap" data-quote="1"' in page
    gaps = [chunk for chunk in page.split("<span ")[1:] if "gap" in chunk.split(">", 1)[0]]
    assert "".join(chunk.split(">", 1)[1].split("<", 1)[0] for chunk in gaps) == " she said, "


def test_long_speaker_labels_are_cut_in_the_badge_only():
    """A speaker with long titles gets a shortened badge; the tooltip and the table keep everything."""
    result = sample_extraction()
    long_title = "chair of the standing committee on roads, bridges and other public works"
    entities = (attrs.evolve(result.entities[0], titles=("Mayor", long_title)), *result.entities[1:])
    page = article_html(TEXT, attrs.evolve(result, entities=entities))
    parsed = parse(page)
    badge = page.split('<a class="label direct"', 1)[1].split(">", 1)[1].split("</a>", 1)[0]
    assert badge.endswith("…") and len(badge) <= 4 + LABEL_WIDTH
    assert long_title in parsed.with_class("label")[0]["title"]
    assert f"Ann Lee (Mayor; {long_title})" in page.split("<table>", 1)[1]
