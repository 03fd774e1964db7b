"""Build real ``stanza.Document`` objects from the fixtures in ``tests/data``.

The fixtures hold short articles written for the tests and, per sentence, the
analysis a stanza pipeline gives them.  :func:`token_dicts` turns that into the
CoNLL-U style dictionaries stanza's ``Document`` is made from (what
``Document.to_dict()`` returns for pipeline output), with character offsets
found in the text, either as ``start_char``/``end_char`` keys or, as in stanza's
CoNLL-U files, inside ``misc`` (``start_char=4|end_char=9``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> dict[str, Any]:
    """The fixture ``tests/data/<name>.json``."""
    with (DATA / f"{name}.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _word(i: int, text: str, lemma: str, upos: str, head: int, deprel: str) -> dict[str, Any]:
    return {"id": i, "text": text, "lemma": lemma, "upos": upos, "head": head, "deprel": deprel}


def _offsets(entry: dict[str, Any], start: int, end: int, in_misc: bool) -> None:
    if in_misc:
        entry["misc"] = f"start_char={start}|end_char={end}"
    else:
        entry["start_char"] = start
        entry["end_char"] = end


def token_dicts(
    data: dict[str, Any], *, in_misc: bool = False, shift: int = 0
) -> list[list[dict[str, Any]]]:
    """The fixture's sentences as stanza token dictionaries, offsets found in ``data["text"]``.

    *shift* is added to every offset (a document annotated on a longer text).
    """
    text: str = data["text"]
    cursor = 0
    sentences: list[list[dict[str, Any]]] = []
    for sentence in data["sentences"]:
        entries: list[dict[str, Any]] = []
        number = 1
        for token in sentence:
            start = text.index(token[0], cursor)
            end = start + len(token[0])
            cursor = end
            if isinstance(token[1], list):  # a multi-word token: [text, [words], ner]
                words = token[1]
                entry = {"id": (number, number + len(words) - 1), "text": token[0], "ner": token[2]}
                _offsets(entry, start + shift, end + shift, in_misc)
                entries.append(entry)
                # Stanza gives the words their own offsets when they spell the token.
                spelled = "".join(w[0] for w in words) == token[0]
                at = start
                for word in words:
                    entries.append(_word(number, *word))
                    if spelled:
                        _offsets(entries[-1], at + shift, at + len(word[0]) + shift, in_misc)
                        at += len(word[0])
                    number += 1
            else:
                entry = _word(number, *token[:5])
                entry["ner"] = token[5]
                _offsets(entry, start + shift, end + shift, in_misc)
                entries.append(entry)
                number += 1
        sentences.append(entries)
    return sentences


def document(name: str, *, in_misc: bool = False, text: str | None = None) -> Any:
    """A ``stanza.Document`` of fixture *name*, as a pipeline would return it."""
    from stanza.models.common.doc import Document

    data = load(name)
    return Document(token_dicts(data, in_misc=in_misc), text=data["text"] if text is None else text)
