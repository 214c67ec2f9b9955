"""The code stays readable: short functions, small modules (the standards in the developers' guide)."""

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

PACKAGE = Path(__file__).resolve().parent.parent / "quoteextract"
MAX_COMPLEXITY = 20
MAX_MODULE_LINES = 500


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


def test_no_function_is_too_complex():
    """Every function and method has a cyclomatic complexity of at most 20 (radon's measure)."""
    too_complex = []
    for path in _modules():
        for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
            if block.complexity > MAX_COMPLEXITY:
                where = f"{path.relative_to(PACKAGE.parent)}:{block.lineno}"
                too_complex.append(f"{where} {block.name} ({block.complexity})")
    assert not too_complex, "split these into named rules or helpers:\n" + "\n".join(too_complex)


def test_no_module_is_too_long():
    """Every module has at most 500 lines."""
    long_modules = [
        f"{path.relative_to(PACKAGE.parent)} ({n} lines)"
        for path in _modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    ]
    assert not long_modules, "split these modules:\n" + "\n".join(long_modules)
