"""Every ```python block of README.md and docs/*.md runs, in page order, and prints what the page shows.

The blocks of one page share a namespace, as a reader typing them in order
would, and run in a temporary working directory. HTML comments, invisible in
the rendered docs and on PyPI, steer the test:

- ``<!-- docs-test: skip: REASON -->`` right before a block skips it, giving the reason;
- ``<!-- docs-test: output -->`` right before a ```text block makes it the exact
  expected output (standard output) of the python block before it;
- ``<!-- docs-test: setup ... -->`` holds hidden code run at that point of the
  page (sample texts for examples that take "your" texts).

Blocks that start with ``>>>`` are run as doctests. scripts/check also runs this
file against the wheel installed in a fresh virtual environment.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^(?P<ticks>`{3,})(?P<info>[^`\s]*)(?:\s.*)?$")
MARKER = re.compile(r"^<!--\s*docs-test:\s*(?P<what>skip|output|setup)\b(?P<rest>.*)$", re.DOTALL)


@dataclass
class Block:
    """One runnable piece of a page: a python block, or hidden setup code."""

    page: Path
    line: int
    code: str
    setup: bool = False
    skip: str | None = None
    expected: str | None = None


@dataclass
class PageRun:
    """The state of one page's run: its namespace, and what each block did."""

    workdir: Path
    namespace: dict[str, Any] = field(default_factory=lambda: {"__name__": "__docs__"})
    done: int = 0
    results: dict[int, tuple[str, str | None]] = field(default_factory=dict)


def parse_page(page: Path) -> list[Block]:
    """The python blocks and setup comments of a Markdown page, with their markers applied."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    marker: tuple[str, str] | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("<!--") and (found := MARKER.match(_comment(lines, i))):
            what, rest = found["what"], found["rest"].rsplit("-->", 1)[0]
            end = i + _comment(lines, i).count("\n")
            if what == "setup":
                blocks.append(Block(page, i + 1, rest.strip("\n") + "\n", setup=True))
                marker = None
            else:
                marker = (what, rest.strip().lstrip(":").strip())
            i = end + 1
            continue
        fence = FENCE.match(line)
        if fence is None:
            if line.strip():
                marker = None
            i += 1
            continue
        close = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == fence["ticks"])
        body = "\n".join(lines[i + 1 : close]) + "\n"
        _add_block(blocks, page, i + 1, fence["info"], body, marker)
        marker = None
        i = close + 1
    return blocks


def _comment(lines: list[str], start: int) -> str:
    """The HTML comment opening at ``lines[start]``, up to its ``-->``."""
    end = next(j for j in range(start, len(lines)) if "-->" in lines[j])
    return "\n".join(lines[start : end + 1])


def _add_block(
    blocks: list[Block], page: Path, line: int, info: str, body: str, marker: tuple[str, str] | None
) -> None:
    """Record a fenced block: a python block (maybe skipped), or the expected output of the last one."""
    where = f"{page.name}:{line}"
    if marker is not None and marker[0] == "output":
        assert info == "text", f"{where}: an output marker must precede a ```text block"
        runnable = [b for b in blocks if not b.setup]
        assert runnable and runnable[-1].expected is None, f"{where}: output marker without a python block before it"
        runnable[-1].expected = body
        return
    if info != "python":
        assert marker is None, f"{where}: docs-test marker before a ```{info} block"
        return
    skip = None
    if marker is not None:
        assert marker[1], f"{where}: a skip marker needs a reason: <!-- docs-test: skip: why -->"
        skip = marker[1]
    blocks.append(Block(page, line, body, skip=skip))


def _items() -> list[Any]:
    """One test per python block, named after its page and line."""
    items = []
    for page in PAGES:
        for index, block in enumerate(parse_page(page)):
            if not block.setup:
                items.append(pytest.param(page, index, id=f"{page.relative_to(ROOT)}:{block.line}"))
    return items


_RUNS: dict[Path, PageRun] = {}


def _run_block(block: Block, run: PageRun) -> tuple[str, str | None]:
    """Run one block in the page's namespace and working directory; return its output and any error."""
    out = io.StringIO()
    before = Path.cwd()
    os.chdir(run.workdir)
    try:
        with contextlib.redirect_stdout(out):
            if block.code.lstrip().startswith(">>>"):
                return _run_doctest(block, run, out)
            exec(compile(block.code, f"{block.page.name}:{block.line}", "exec"), run.namespace)
    except Exception:
        return out.getvalue(), traceback.format_exc()
    finally:
        os.chdir(before)
    return out.getvalue(), None


def _run_doctest(block: Block, run: PageRun, out: io.StringIO) -> tuple[str, str | None]:
    """Run a ``>>>`` block as a doctest in the page's namespace."""
    test = doctest.DocTestParser().get_doctest(block.code, run.namespace, block.page.name, str(block.page), block.line)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.write, clear_globs=False)
    run.namespace.update(test.globs)  # the doctest ran on a copy: keep its names for the next blocks
    return out.getvalue(), (report.getvalue() or None) if runner.failures else None


def page_results(page: Path, upto: int, factory: pytest.TempPathFactory) -> tuple[list[Block], PageRun]:
    """Run the page's blocks in order up to block ``upto`` (once each), returning the blocks and the run."""
    blocks = parse_page(page)
    if page not in _RUNS:
        _RUNS[page] = PageRun(factory.mktemp(page.stem, numbered=True))
    run = _RUNS[page]
    while run.done <= upto:
        block = blocks[run.done]
        if block.skip is None:
            run.results[run.done] = _run_block(block, run)
        run.done += 1
    return blocks, run


@pytest.mark.model
@pytest.mark.parametrize(("page", "index"), _items())
def test_docs_example_runs(page: Path, index: int, nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The block runs after the blocks before it on its page, and prints the output the page shows."""
    blocks, run = page_results(page, index, tmp_path_factory)
    block = blocks[index]
    if block.skip is not None:
        pytest.skip(f"{page.name}:{block.line}: {block.skip}")
    output, error = run.results[index]
    assert error is None, f"{page.name}:{block.line} failed:\n{error}"
    if block.expected is not None:
        assert _normal(output) == _normal(block.expected), f"{page.name}:{block.line} printed:\n{output}"


def _normal(text: str) -> list[str]:
    """Lines without trailing spaces, without blank lines at the end."""
    return [line.rstrip() for line in text.rstrip().splitlines()]


@pytest.mark.skipif(not os.environ.get("QUOTEEXTRACT_DOCS_FROM_INSTALL"), reason="only in scripts/check's wheel run")
def test_examples_run_against_the_installed_package() -> None:
    """In scripts/check's fresh virtual environment, the examples use the installed wheel, not the checkout."""
    import quoteextract

    assert not Path(quoteextract.__file__).resolve().is_relative_to(ROOT)


def test_markers_are_well_formed() -> None:
    """Every page parses: markers sit before the blocks they steer, and skips give a reason."""
    for page in PAGES:
        parse_page(page)
    assert any(b.expected for b in parse_page(ROOT / "README.md")), "the README quickstart shows its output"


def test_parser_reads_markers(tmp_path: Path) -> None:
    """Skip, output and setup markers attach to the right blocks."""
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- docs-test: setup\nx = 1\n-->\n\n```python\nprint(x)\n```\n\n<!-- docs-test: output -->\n"
        "```text\n1\n```\n\n<!-- docs-test: skip: needs a GPU -->\n```python\nboom()\n```\n\n```json\n{}\n```\n",
        encoding="utf-8",
    )
    setup, shown, skipped = parse_page(page)
    assert setup.setup and setup.code == "x = 1\n"
    assert shown.expected == "1\n" and shown.skip is None
    assert skipped.skip == "needs a GPU"
