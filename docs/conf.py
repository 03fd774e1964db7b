"""Sphinx configuration for the koreanews documentation."""

from __future__ import annotations

import importlib
import re
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

# Build from a source checkout even when the package is not installed.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "docs"))

# The example on the "Seeing an article" page is rendered by the version being
# documented, at every build (docs/_static/example*.html are not committed).
from make_example import write_example  # noqa: E402

write_example()

project = "koreanews"
author = "The koreanews developers"
copyright = "2026, The koreanews developers"
try:
    release = version("koreanews")
except PackageNotFoundError:  # pragma: no cover - docs built from a bare tree
    release = "0.0.0"
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

# No network at build time: no intersphinx, and nitpicky stays off because the
# standard-library types in signatures cannot be resolved without it.
nitpicky = False
# Attribute names such as ``lang`` exist on several classes; an ambiguous
# cross-reference from a docstring still resolves to one of them.
suppress_warnings = ["ref.python"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"undoc-members": False, "show-inheritance": True}
autoclass_content = "class"

# `sphinx-build -b doctest` runs the ``{doctest}`` blocks of these pages.  The
# examples in docstrings run with `pytest --doctest-modules src/koreanews`,
# which gives them their module's globals; plain ``>>>`` blocks are not run here.
doctest_global_setup = "import koreanews"
doctest_test_doctest_blocks = ""

html_theme = "furo"
html_title = f"koreanews {release}"
html_static_path: list[str] = []


def _documented_in_class(app: Any, name: str) -> bool:
    """True for a field that the "Attributes:" section of the class being documented describes."""
    module = app.env.temp_data.get("autodoc:module")
    owner = app.env.temp_data.get("autodoc:class")
    if not module or not owner:
        return False
    cls = getattr(importlib.import_module(module), owner.split(".")[0], None)
    section = (getattr(cls, "__doc__", None) or "").partition("Attributes:")[2]
    return re.search(rf"^\s+{re.escape(name)} \(", section, re.MULTILINE) is not None


def _skip_member(app: Any, what: str, name: str, obj: object, skip: bool, options: Any) -> bool:
    # The fields of the models are described once, in their class's docstring (so that
    # help() shows them too); autodoc would list each a second time, without a text.
    return skip or (what == "class" and _documented_in_class(app, name))


def setup(app: Any) -> None:
    app.connect("autodoc-skip-member", _skip_member)
