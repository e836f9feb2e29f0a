"""Translations and guides use the glossary's chosen terms and no stray Arabic diacritics.

docs/glossary.md is the single source of truth for the words of the interface; its section 15
is read by scripts/glossary.py. Strings and guide pages added later with old wording fail here.
List every violation at once (e.g. after a merge), and fix the mechanical ones:

    .venv/bin/python scripts/glossary.py check
    .venv/bin/python scripts/glossary.py tidy
"""

import pytest

from scripts.glossary import (
    NBSP,
    guide_lines,
    tashkeel_allowed,
    tashkeel_violations,
    term_rules,
    term_violations,
    tidy_text,
    translations,
)
from scripts.translations import LANGUAGES


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
        ("ckb", "چاککردنی بێ مەترسی", False),
        ("ckb", "پیسبوونی ماوە", True),
        ("ckb", "زەویی ئازادکراو", True),
        ("ckb", "زەویی گەڕێنراوە", False),
        ("ckb", "خانەی ڕێکخراو", True),
        ("ckb", "فۆڵدەری shapefile یان file geodatabase (.gdb)", True),
        ("ckb", "جیۆداتابەیسی فایل (file geodatabase)", False),
        ("ckb", "{area} m² لە چالاکیی", True),
        ("ckb", f"{{area}}{NBSP}m² لە چالاکیی", False),
        ("ar", "بنسبة {percent} % من اتحادهما", True),
        ("ar", f"بنسبة {{percent}}{NBSP}% من اتحادهما", False),
    ],
)
def test_rules_catch_variants_and_spare_right_uses(language, text, flagged):
    """The table's patterns are precise: they find the old wording and leave the right one alone."""
    assert bool(term_violations(language, {("Sample", "sample"): text})) is flagged


def test_tashkeel_check_keeps_the_allow_list():
    assert tashkeel_violations({("Sample", "a"): "مساحة مُخفَّضة"})
    assert not tashkeel_violations({("Sample", "b"): "مساحة مخفضة، حالة مسلَّمة"})


def test_tidy_does_the_mechanical_fixes_only():
    tidied = tidy_text("أرض مُخفَّضة مُسلَّمة 5 m و{percent} %", "ar")
    assert tidied == f"أرض مخفضة مسلَّمة 5{NBSP}m و{{percent}}{NBSP}%"
    assert tidy_text("الخطر", "ar") == "الخطر", "a wrong term needs a person"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("where", ["translations", "guides"])
def test_chosen_terms_are_used(language, where):
    texts = translations(language) if where == "translations" else guide_lines(language)
    problems = term_violations(language, texts)
    assert not problems, f"{len(problems)} {where} use a non-chosen term (glossary §15):\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("where", ["translations", "guides"])
def test_no_stray_diacritics(language, where):
    texts = translations(language) if where == "translations" else guide_lines(language)
    problems = tashkeel_violations(texts)
    assert not problems, f"{len(problems)} {where} carry diacritics outside the allow-list:\n" + "\n".join(problems)
