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

TR_NAMES = {"tr", "translate"}


def _calls_in_sources():
    """(context or None, source) of every tr/translate call in the plugin's .py files."""
    found = []
    for path in sources():
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {  # bodies of tr() wrapper definitions pass their argument on
            id(call)
            for func in ast.walk(tree)
            if isinstance(func, ast.FunctionDef) and func.name in TR_NAMES
            for call in ast.walk(func)
        }
        for node in ast.walk(tree):
            if id(node) in wrappers:
                continue
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in TR_NAMES or not node.args:
                continue
            args = node.args
            if node.func.attr == "translate":
                if len(args) < 2:
                    continue
                context, text = args[0], args[1]
                if not isinstance(context, ast.Constant):
                    continue
                found.append((path, node.lineno, context.value, text))
            else:
                found.append((path, node.lineno, None, args[0]))
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
        for path, line, _, text in _calls_in_sources()
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str))
    ]
    assert not bad, f"tr()/translate() must take a string literal (use .format after): {bad}"


def test_every_tr_call_is_extracted(fresh_messages):
    extracted = {source for (_, source) in fresh_messages["ar"]}
    missed = [
        f"{path.relative_to(ROOT)}:{line}: {text.value!r}"
        for path, line, _, text in _calls_in_sources()
        if isinstance(text, ast.Constant) and text.value not in extracted
    ]
    assert not missed, f"pylupdate5 did not extract these (trailing comma in the call?): {missed}"


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
