"""The API reference: what Sphinx renders from the docstrings of the package."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator

import pytest

import koreanews

#: ``:param a, b:`` renders as one parameter named "b (a,)": one field per parameter.
_SHARED_PARAM = re.compile(r":param [\w*]+\s*,")


def _modules() -> Iterator[object]:
    yield koreanews
    for info in pkgutil.walk_packages(koreanews.__path__, "koreanews."):
        if info.name.startswith("koreanews.annotators.stanza") or info.name.endswith("__main__"):
            continue  # imports stanza; runs the command line
        yield importlib.import_module(info.name)


def _docstrings() -> Iterator[tuple[str, str]]:
    for module in _modules():
        yield module.__name__, inspect.getdoc(module) or ""
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            yield f"{module.__name__}.{name}", inspect.getdoc(value) or ""
            for attr, member in vars(value).items() if inspect.isclass(value) else ():
                if inspect.isfunction(member) or isinstance(member, (classmethod, property)):
                    yield f"{module.__name__}.{name}.{attr}", inspect.getdoc(member) or ""


def test_one_param_field_per_parameter() -> None:
    shared = [where for where, doc in _docstrings() if _SHARED_PARAM.search(doc)]
    assert shared == []


def test_the_check_sees_a_shared_param_field() -> None:
    assert _SHARED_PARAM.search(":param lang, strict: as for parse")
    assert not _SHARED_PARAM.search(":param lang: as for parse, and more")


@pytest.mark.parametrize("function", [koreanews.parse, koreanews.parse_file, koreanews.parse_many])
def test_every_parameter_of_the_parse_functions_is_described(function: object) -> None:
    doc = inspect.getdoc(function) or ""
    for name in inspect.signature(function).parameters:  # type: ignore[arg-type]
        assert f":param {name}:" in doc, f"{function.__name__}: {name}"  # type: ignore[attr-defined]
