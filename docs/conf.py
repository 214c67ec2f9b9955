"""Sphinx configuration for the quoteextract documentation."""

import quoteextract

project = "quoteextract"
author = "The quoteextract developers"
copyright = "2026, The quoteextract developers"
release = quoteextract.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False
intersphinx_mapping = {}
html_theme = "furo"
html_title = f"quoteextract {release}"
html_static_path = ["_static"]
html_extra_path = ["../quoteextract/outputs/schema"]  # the JSON Schema, published beside the pages
