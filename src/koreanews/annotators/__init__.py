"""Optional NLP backends that annotate an article before the rule-based stages.

Importing this package is cheap: a backend's own library (stanza, torch) is
imported only when an annotator is made.
"""

from __future__ import annotations

from .stanza import StanzaAnnotator, annotation_from_stanza

__all__ = ["StanzaAnnotator", "annotation_from_stanza"]
