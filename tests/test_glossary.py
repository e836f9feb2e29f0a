"""Translations use the glossary's chosen terms and no stray Arabic diacritics.

docs/glossary.md is the single source of truth for the words of the interface. Its section 15
is a machine-readable table: per language, regular expressions of the non-chosen variants of a
term (``avoid``) and of the phrases where such a form is right after all (``except``). It also
holds the allow-list of words that may keep their diacritics (tashkeel). This test applies both
to every translation of i18n/*.ts, so strings added later with old wording fail here.

List every violation at once (e.g. after a merge):

    .venv/bin/python -m tests.test_glossary
"""

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Pattern, Tuple

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.translations import LANGUAGES, messages, ts_path  # noqa: E402

GLOSSARY = ROOT / "docs" / "glossary.md"
# Arabic harakat, tanwin, shadda, sukun and the superscript alef.
TASHKEEL = re.compile("[\u064B-\u0652\u0670]")
ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")


@dataclass(frozen=True)
class TermRule:
    """One row of the glossary's checked-terms table."""

    key: str
    language: str
    chosen: str
    avoid: Tuple[Pattern, ...]
    allowed: Tuple[Pattern, ...]

    def hits(self, text: str) -> List[str]:
        """The avoided forms found in ``text``, with a few letters of context each."""
        for pattern in self.allowed:
            text = pattern.sub(lambda m: "·" * len(m.group(0)), text)
        found = []
        for pattern in self.avoid:
            for match in pattern.finditer(text):
                start, end = max(match.start() - 12, 0), match.end() + 12
                found.append(f"«{match.group(0)}» in …{text[start:end]}…")
        return found


def _cells(line: str) -> List[str]:
    """Cells of a markdown table row; ``\\|`` inside a cell is a literal bar."""
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner)]


def _table(text: str, header: str) -> List[List[str]]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.strip().startswith("|"):
            break
        rows.append(_cells(line))
    return rows


def _patterns(cell: str) -> Tuple[Pattern, ...]:
    return tuple(re.compile(code) for code in re.findall(r"`([^`]+)`", cell))


def term_rules() -> List[TermRule]:
    text = GLOSSARY.read_text(encoding="utf-8")
    return [
        TermRule(key, language, chosen, _patterns(avoid), _patterns(allowed))
        for key, language, chosen, avoid, allowed in _table(text, "| key | lang | chosen | avoid | except |")
    ]


def tashkeel_allowed() -> Tuple[str, ...]:
    text = GLOSSARY.read_text(encoding="utf-8")
    return tuple(row[0] for row in _table(text, "| allowed word | why |"))


def translations(language: str) -> Dict[Tuple[str, str], str]:
    return {key: text for key, (text, _) in messages(ts_path(language)).items() if text}


def term_violations(language: str, texts: Dict[Tuple[str, str], str]) -> List[str]:
    rules = [rule for rule in term_rules() if rule.language == language]
    problems = []
    for (context, source), text in texts.items():
        for rule in rules:
            for hit in rule.hits(text):
                problems.append(f"[{context}] {source[:70]!r}: {rule.key} → use {rule.chosen}: {hit}")
    return problems


def tashkeel_violations(texts: Dict[Tuple[str, str], str]) -> List[str]:
    allowed = set(tashkeel_allowed())
    problems = []
    for (context, source), text in texts.items():
        words = sorted({w for w in ARABIC_WORD.findall(text) if TASHKEEL.search(w) and w not in allowed})
        if words:
            problems.append(f"[{context}] {source[:70]!r}: diacritics in {' '.join(words)}")
    return problems


def test_glossary_table_is_readable():
    rules = term_rules()
    assert {rule.language for rule in rules} == set(LANGUAGES)
    assert {"hazard", "operator", "contamination", "land release"} <= {rule.key for rule in rules}
    assert all(rule.avoid for rule in rules), "every checked term names at least one variant to avoid"
    assert "مسلَّمة" in tashkeel_allowed()


@pytest.mark.parametrize(
    "language, text, flagged",
    [
        ("ar", "الخطر {hazard}: قيمة {field} ليست رقما.", True),
        ("ar", "طباعة أطلس المخاطر", True),
        ("ar", "ليس للخطر {hazard} شكل هندسي.", True),
        ("ar", "يتداخل الخطران {first} و{second}", True),
        ("ar", "المنطقة الخطرة {hazard}: قيمة {field} ليست رقما.", False),
        ("ar", "المناطق الخطرة المشتبه بها (SHA)", False),
        ("ar", "مؤشر خطر", False),
        ("ar", "التوعية بمخاطر الألغام", False),
        ("ar", "حقل المنظمة", True),
        ("ar", "حقل الجهة المنفذة", False),
        ("ckb", "مەترسیی {hazard}: {field} ژمارە نییە.", True),
        ("ckb", "چاپکردنی ئەتڵەسی مەترسییەکان", True),
        ("ckb", "ناوچەی مەترسیدار {hazard}", False),
        ("ckb", "ئاماژەی مەترسی", False),
        ("ckb", "پیسبوونی ماوە", True),
        ("ckb", "زەویی ئازادکراو", True),
        ("ckb", "زەویی گەڕێنراوە", False),
        ("ckb", "خانەی ڕێکخراو", True),
        ("ckb", "فۆڵدەری shapefile یان file geodatabase (.gdb)", True),
        ("ckb", "جیۆداتابەیسی فایل (file geodatabase)", False),
        ("ckb", "{area} m² لە چالاکیی", True),
        ("ckb", "{area}\u00a0m² لە چالاکیی", False),
        ("ar", "بنسبة {percent} % من اتحادهما", True),
        ("ar", "بنسبة {percent}\u00a0% من اتحادهما", False),
    ],
)
def test_rules_catch_variants_and_spare_right_uses(language, text, flagged):
    """The table's patterns are precise: they find the old wording and leave the right one alone."""
    assert bool(term_violations(language, {("Sample", "sample"): text})) is flagged


def test_tashkeel_check_keeps_the_allow_list():
    assert tashkeel_violations({("Sample", "a"): "مساحة مُخفَّضة"})
    assert not tashkeel_violations({("Sample", "b"): "مساحة مخفضة، حالة مسلَّمة"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_chosen_terms(language):
    problems = term_violations(language, translations(language))
    assert not problems, f"{len(problems)} translations use a non-chosen term (docs/glossary.md §15):\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_have_no_stray_diacritics(language):
    problems = tashkeel_violations(translations(language))
    assert not problems, f"{len(problems)} translations carry diacritics outside the allow-list:\n" + "\n".join(
        problems
    )


if __name__ == "__main__":
    total = 0
    for lang in LANGUAGES:
        found = term_violations(lang, translations(lang)) + tashkeel_violations(translations(lang))
        total += len(found)
        print(f"== {lang}: {len(found)} violations")
        print("\n".join(found))
    sys.exit(1 if total else 0)
