"""Progress report and summary of explosive items, spot tasks, accidents and casualties; no personal data."""

import subprocess

import pytest
from qgis.core import QgsVectorLayer

from mineaction_qgis.core.common.html_report import HtmlReport
from mineaction_qgis.core.gaps import progress_records
from mineaction_qgis.core.imsma.loader import load_files
from tests.items_data import PERSONAL_STRINGS, write_items_export


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "items.xml"
    write_items_export(path)
    gpkg = tmp_path / "register.gpkg"
    load_files([str(path)], str(gpkg))
    return gpkg


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _totals(gpkg):
    return progress_records.read_totals(
        *(_layer(gpkg, name) for name in ("items", "spot_tasks", "accidents", "victims"))
    )


def test_totals_known_answer(register):
    totals = _totals(register)
    # ACT-1 (Operator B, Land-1 in Ninewa, 2021): 3 AP mines destroyed in situ, 2 UXO removed;
    # EOD-7 (Operator C, no governorate, 2022): 4 submunitions destroyed.
    assert totals.found == {
        ("Ninewa", "Operator B", "Anti-personnel mine", 2021): 3,
        ("Ninewa", "Operator B", "UXO", 2021): 2,
        (None, "Operator C", "Submunition", 2022): 4,
    }
    assert sum(totals.destroyed.values()) == 7  # removed items are not (yet) destroyed
    assert totals.spot_tasks == {(None, 2022): 1}
    assert totals.accidents == {("Ninewa", 2020): 1, ("Anbar", 2019): 1}
    assert totals.casualties == {
        ("Ninewa", 2020, "injured"): 1,
        ("Ninewa", 2020, "killed"): 1,
        ("Anbar", 2019, "injured"): 1,
    }


def test_summary_rows(register):
    rows = progress_records.summary_rows(_totals(register))
    accidents = {(r["governorate"], r["year"]): r for r in rows if r["topic"] == "accidents"}
    assert (
        accidents[("Ninewa", 2020)]["accidents"],
        accidents[("Ninewa", 2020)]["killed"],
        accidents[("Ninewa", 2020)]["injured"],
    ) == (1, 1, 1)
    items = [r for r in rows if r["topic"] == "items"]
    assert sum(r["found"] for r in items) == 9 and sum(r["destroyed"] for r in items) == 7


HEADINGS = {
    "en": "Items found and destroyed by category",
    "ar": "المواد التي عثر عليها ودمرت حسب الفئة",
    "ckb": "تەقەمەنیی دۆزراوە و لەناوبراو بەپێی پۆل",
}


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_report_sections_in_three_languages(register, language):
    from mineaction_qgis.i18n import Translator

    translator = Translator()
    translator.install(language)
    try:
        report = HtmlReport("Progress", language)
        progress_records.add_sections(report, _totals(register))
        text = report.render()
    finally:
        translator.remove()
    assert text.count("<svg") >= 6  # four item charts, spot tasks, casualties
    assert ('dir="rtl"' in text) == (language != "en")
    assert HEADINGS[language] in text
    assert "Anti-personnel mine" in text and "Anbar" in text  # canonical values and names stay as recorded


def test_clearance_gaps_report_and_summary_without_personal_data(register, tmp_path, run_alg):
    html = tmp_path / "report.html"
    result = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": f"{register}|layername=hazards",
            "RELEASES": f"{register}|layername=activities",
            "ITEMS": f"{register}|layername=items",
            "SPOT_TASKS": f"{register}|layername=spot_tasks",
            "ACCIDENTS": f"{register}|layername=accidents",
            "VICTIMS": f"{register}|layername=victims",
            "OUTPUT": "memory:",
            "RECORDS_SUMMARY": "memory:",
            "REPORT": str(html),
        },
    )
    summary = list(result["RECORDS_SUMMARY"].getFeatures())
    assert sum(f["found"] or 0 for f in summary) == 9
    assert sum(f["killed"] or 0 for f in summary) == 1
    text = html.read_text(encoding="utf-8")
    assert "Items found" in text and "Casualties by governorate" in text
    for value in PERSONAL_STRINGS:
        assert value not in text


def test_atlas_pdf_of_the_register_holds_no_personal_data(register, tmp_path, run_alg):
    pdf = tmp_path / "atlas.pdf"
    run_alg("mineaction:atlas", {"COVERAGE": f"{register}|layername=hazards", "OUTPUT": str(pdf), "DPI": 72})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Land-1" in text  # the text layer is searchable, so the check below can fail
    for value in PERSONAL_STRINGS:
        assert value not in text
