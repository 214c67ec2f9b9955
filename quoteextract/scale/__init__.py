"""Running quoteextract on Dask and Spark: the parts both engines share.

Private: the public functions are in :mod:`quoteextract.dask` and
:mod:`quoteextract.spark`. Nothing here imports an engine at import time.
"""

from __future__ import annotations


def missing_engine(engine: str, extra: str, err: ImportError) -> ModuleNotFoundError:
    """The error raised when an engine's packages are not installed.

    Args:
        engine: The engine's name, as users know it (``"Dask"``).
        extra: The quoteextract extra that installs it (``"dask"``).
        err: The import error met.

    Returns:
        A :class:`ModuleNotFoundError` whose message says what to install.

    """
    missing = getattr(err, "name", None) or str(err)
    error = ModuleNotFoundError(
        f"quoteextract.{extra} needs {engine}, which is not installed (missing module: {missing}); "
        f"install it with: pip install 'quoteextract-nlp[{extra}]'"
    )
    error.name = missing
    return error
