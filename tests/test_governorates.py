"""Governorate names as people write them (core/common/governorates.py)."""

import json

import pytest

from mineaction_qgis.core.common import governorates
from mineaction_qgis.core.common.governorates import GovernorateNames, fold_arabic


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Dohuk", "Dohuk"),
        ("Duhok", "Dohuk"),
        ("DUHOK ", "Dohuk"),
        ("دهوك", "Dohuk"),
        ("دهۆک", "Dohuk"),
        ("Nineveh", "Ninewa"),
        ("Ninawa", "Ninewa"),
        ("نينوى", "Ninewa"),
        ("نينوي", "Ninewa"),
        ("Salahuddin", "Salah al-Din"),
        ("Salah ad-Din", "Salah al-Din"),
        ("salah-al-din", "Salah al-Din"),
        ("صلاح الدين", "Salah al-Din"),
        ("Sulaymaniyah", "Sulaymaniyah"),
        ("Slemani", "Sulaymaniyah"),
        ("السليمانية", "Sulaymaniyah"),
        ("سلێمانی", "Sulaymaniyah"),
        ("Anbar", "Anbar"),
        ("Al-Anbar", "Anbar"),
        ("al anbar", "Anbar"),
        ("الانبار", "Anbar"),
        ("الأنبار", "Anbar"),
        ("انبار", "Anbar"),
        ("Basrah", "Basra"),
        ("البصره", "Basra"),
        ("Halabja", "Halabja"),
        ("حلبجة", "Halabja"),
        ("هەڵەبجە", "Halabja"),
        ("Erbil", "Erbil"),
        ("اربيل", "Erbil"),
        ("إربيل", "Erbil"),
        ("هەولێر", "Erbil"),
        ("Kerbala", "Karbala"),
        ("كربلاء", "Karbala"),
        ("Thi Qar", "Dhi Qar"),
        ("Diwaniyah", "Qadisiyah"),
        ("Missan", "Maysan"),
        ("Kut", "Wasit"),
        ("Babylon", "Babil"),
        ("Al-Muthanna", "Muthanna"),
        ("An-Najaf", "Najaf"),
        ("Diyala", "Diyala"),
        ("Kirkuk", "Kirkuk"),
        ("Bagdad", "Baghdad"),
    ],
)
def test_names_as_people_write_them(written, canonical):
    assert GovernorateNames.load("").canonical(written) == canonical


def test_all_19_governorates():
    assert len(GovernorateNames.load("").canonical_names) == 19


def test_arabic_normalisation():
    assert fold_arabic("أإآ ى ة ك ـ") == "ااا ي ه ک "
    assert fold_arabic("بَغْدَاد") == "بغداد"


def test_unknown_names_stay_as_written():
    names = GovernorateNames.load("")
    assert names.canonical("Atlantis") is None and names.display(" Atlantis ") == "Atlantis"
    assert names.same("Atlantis", "ATLANTIS") and not names.same("Erbil", "Dohuk") and names.display("") is None


def test_user_aliases_extend_the_list(tmp_path, qgis_app):
    from qgis.core import QgsSettings

    extra = tmp_path / "aliases.json"
    extra.write_text(
        json.dumps({"governorates": {"Ninewa": ["Mosul district office"], "Test Gov": ["TG"]}}), encoding="utf-8"
    )
    names = GovernorateNames.load(str(extra))
    assert names.canonical("mosul district office") == "Ninewa" and names.canonical("TG") == "Test Gov"
    settings = QgsSettings()
    settings.setValue(governorates.SETTINGS_KEY, str(extra))
    try:
        assert governorates.reload().canonical("TG") == "Test Gov"
    finally:
        settings.remove(governorates.SETTINGS_KEY)
        governorates.reload()
    assert governorates.names().canonical("TG") is None
