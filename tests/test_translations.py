"""Every user-visible string is extracted, translated into ar and ckb, and none is obsolete.

pylupdate5 silently skips a tr()/translate() call with a trailing comma and takes
f-strings literally, so the sources are also scanned with ``ast`` and every call
must have been extracted.
"""

import ast
import shutil

import pytest

from scripts.translations import LANGUAGES, messages, run_pylupdate, sources, ts_path
from tests.conftest import ROOT

TR_NAMES = {"tr", "_tr", "translate"}


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


def _calls_in(path, tree):
    """(path, line, expected context or None, text node, how) of the tr/translate calls of one file."""
    wrappers = {  # bodies of tr() wrapper definitions pass their argument on
        id(call)
        for func in ast.walk(tree)
        if isinstance(func, ast.FunctionDef) and func.name in TR_NAMES
        for call in ast.walk(func)
    }
    found = []

    def visit(node, class_name):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and id(child) not in wrappers and child.args:
                name = _call_name(child)
                how = "attribute" if isinstance(child.func, ast.Attribute) else "name"
                if name == "translate" and len(child.args) >= 2 and isinstance(child.args[0], ast.Constant):
                    found.append((path, child.lineno, child.args[0].value, child.args[1], how))
                elif name in ("tr", "_tr"):
                    found.append((path, child.lineno, class_name, child.args[0], how))
            visit(child, class_name)

    visit(tree, None)
    return found


def _calls_in_sources():
    """(path, line, expected context or None, text node, how) of every tr/translate call.

    ``how`` is "attribute" for ``x.tr(...)``/``X.translate(...)`` and "name" for a bare
    ``tr(...)``/``_tr(...)``, which pylupdate5 does not extract at all.
    """
    found = []
    for path in sources():
        if path.suffix == ".py":
            found += _calls_in(path, ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory):
    """Messages pylupdate5 extracts now, merged into a copy of each committed .ts."""
    folder = tmp_path_factory.mktemp("ts")
    result = {}
    for language in LANGUAGES:
        copy = ts_path(language, folder)
        shutil.copy(ts_path(language), copy)
        run_pylupdate(copy)
        result[language] = messages(copy)
    return result


def test_every_tr_call_is_a_plain_literal():
    bad = [
        f"{path.relative_to(ROOT)}:{line}"
        for path, line, _, text, _ in _calls_in_sources()
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str))
    ]
    assert not bad, f"tr()/translate() must take a string literal (use .format after): {bad}"


def test_every_tr_call_is_extracted(fresh_messages):
    """Each call's (context, text) is in what pylupdate5 extracted, so it can be translated."""
    extracted = set(fresh_messages["ar"])
    missed = []
    for path, line, context, text, how in _calls_in_sources():
        if not isinstance(text, ast.Constant):
            continue
        where = f"{path.relative_to(ROOT)}:{line}: {text.value!r}"
        if how == "name":
            missed.append(f"{where} (a bare tr()/_tr() call: use QCoreApplication.translate('Context', ...))")
        elif context is not None and (context, text.value) not in extracted:
            missed.append(f"{where} (context {context}; trailing comma in the call?)")
        elif context is None and text.value not in {source for _, source in extracted}:
            missed.append(where)
    assert not missed, "pylupdate5 did not extract these: " + "; ".join(missed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_is_up_to_date_and_complete(language, fresh_messages):
    committed = messages(ts_path(language))
    fresh = fresh_messages[language]
    new = sorted(src for key, src in ((k, k[1]) for k in fresh) if key not in committed)
    assert not new, f"run 'make translations' and translate: {new}"
    obsolete = sorted(src for key, src in ((k, k[1]) for k in committed) if key not in fresh)
    assert not obsolete, f"obsolete entries in {language}.ts, run 'make translations': {obsolete}"
    unfinished = sorted(src for (_, src), (text, kind) in committed.items() if kind or not text.strip())
    assert not unfinished, f"unfinished {language} translations: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_kept(language):
    """A translation keeps every {placeholder} of its source, or .format() would fail."""
    import re

    pattern = re.compile(r"\{[a-z_0-9]*\}")
    wrong = [
        (src, text)
        for (_, src), (text, _) in messages(ts_path(language)).items()
        if sorted(pattern.findall(src)) != sorted(pattern.findall(text))
    ]
    assert not wrong, wrong
