"""Atlas beyond turning points: a hazard's explosive items and accidents, community pages.

A register built in code on top of tests/atlas_data.py:
  ATL-1  items ITM-1 (3 anti-personnel mines, destroyed in situ) and ITM-2 (1 IED, removed) linked to it;
         spot task EOD-1 inside it (no hazard link) with ITM-3 (2 UXO, found);
         accident ACC-1 inside it (linked): 1 killed, 2 injured; ACC-2 about 500 m east (not linked): 1 injured;
         ACC-3 about 3 km away: not on its page. victim_details holds a name and a phone number.
  ATL-2  nothing within 1 000 m: its page says so.
Communities: LOC-1 (ATL-1, ATL-2, ATL-3), LOC-2 (ATL-10); ATL-4 and ATL-5 name none.
"""

import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtGui import QImage

from mineaction_qgis.core.common.model import (
    ACCIDENT_LAYER,
    HAZARD_LAYER,
    ITEM_LAYER,
    LOCATION_LAYER,
    SPOT_TASK_LAYER,
    VICTIM_DETAIL_LAYER,
    VICTIM_LAYER,
)
from tests.atlas_data import _write, hazard_rows, layer_uri, write_register
from tests.test_atlas import pdf_pages, pdf_text

PERSON = "Layla Testname"
PHONE = "0770-555-0199"
LOCATIONS = {"ATL-1": "LOC-1", "ATL-2": "LOC-1", "ATL-3": "LOC-1", "ATL-10": "LOC-2"}


def _point(x: float, y: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(x, y))


def write_records_register(folder: Path) -> Path:
    register = write_register(folder)
    gpkg = register["register"]
    hazards = []
    for geometry, values in hazard_rows():
        values["location_id"] = LOCATIONS.get(values["hazard_id"])
        hazards.append((geometry, values))
    _write(HAZARD_LAYER, hazards, gpkg)
    item = {"organisation": "DMA Test Team", "governorate": "Basra"}
    _write(
        ITEM_LAYER,
        [
            (None, dict(item, item_id="ITM-1", activity_id="ACT-1", hazard_id="ATL-1", category="Anti-personnel mine",
                        item_type="PMN-2", quantity=3, action="destroyed in situ", item_date=QDate(2023, 4, 2))),
            (None, dict(item, item_id="ITM-2", activity_id="ACT-1", hazard_id="ATL-1", category="IED",
                        quantity=1, action="removed", item_date=QDate(2023, 4, 3))),
            (None, dict(item, item_id="ITM-3", activity_id="EOD-1", category="UXO",
                        quantity=2, action="found", item_date=QDate(2023, 5, 1))),
        ],
        gpkg,
    )  # fmt: skip
    _write(
        SPOT_TASK_LAYER,
        [(_point(47.7008, 30.5008), {"spot_task_id": "EOD-1", "task_type": "EOD Spot task", "items_found": 2})],
        gpkg,
    )
    _write(
        ACCIDENT_LAYER,
        [
            (_point(47.7010, 30.5010), {"accident_id": "ACC-1", "hazard_id": "ATL-1",
                                         "accident_date": QDate(2021, 6, 1), "accident_type": "Mine"}),
            (_point(47.7072, 30.5010), {"accident_id": "ACC-2", "accident_date": QDate(2022, 7, 9),
                                         "accident_type": "ERW"}),
            (_point(47.7300, 30.4800), {"accident_id": "ACC-3", "accident_date": QDate(2020, 1, 5),
                                         "accident_type": "ERW"}),
        ],
        gpkg,
    )  # fmt: skip
    victim = {"governorate": "Basra", "sex": "male", "age_group": "adult", "activity": "Farming"}
    _write(
        VICTIM_LAYER,
        [
            (None, dict(victim, accident_id="ACC-1", year=2021, outcome="killed", victims=1)),
            (None, dict(victim, accident_id="ACC-1", year=2021, outcome="injured", victims=2)),
            (None, dict(victim, accident_id="ACC-2", year=2022, outcome="injured", victims=1)),
        ],
        gpkg,
    )
    _write(
        VICTIM_DETAIL_LAYER,
        [(None, {"victim_id": "VIC-1", "accident_id": "ACC-1", "name": PERSON, "phone": PHONE, "notes": PERSON})],
        gpkg,
    )
    _write(
        LOCATION_LAYER,
        [
            (_point(47.7100, 30.5050), {"location_id": "LOC-1", "name": "Rumaila village", "governorate": "Basra",
                                         "district": "Zubair", "sub_district": "Rumaila", "community": "Rumaila"}),
            (_point(47.2050, 31.8050), {"location_id": "LOC-2", "name": "Amara edge", "governorate": "Maysan",
                                         "district": "Amara"}),
        ],
        gpkg,
    )  # fmt: skip
    return gpkg


@pytest.fixture(scope="module")
def records_register(tmp_path_factory):
    return write_records_register(tmp_path_factory.mktemp("atlas_records"))


def _atlas(run_alg, gpkg: Path, output: Path, language: int = 0, **extra) -> dict:
    parameters = {"COVERAGE": layer_uri(gpkg, "hazards"), "DPI": 72, "LANGUAGE": language, "OUTPUT": str(output)}
    parameters.update(extra)
    return run_alg("mineaction:atlas", parameters)


@pytest.fixture(scope="module")
def books(run_alg, records_register, tmp_path_factory):
    folder = tmp_path_factory.mktemp("atlas_records_books")
    result = {}
    for language, code in ((0, "en"), (1, "ar"), (2, "ckb")):
        output = folder / f"{code}.pdf"
        _atlas(run_alg, records_register, output, language, FILTER="\"hazard_id\" IN ('ATL-1', 'ATL-2')")
        result[code] = output
    return result


def _pages_of(pdf: Path) -> list:
    return [pdf_text(pdf, page) for page in range(1, pdf_pages(pdf) + 1)]


def _has(text: str, phrase: str) -> bool:
    """``phrase`` is on the page. Qt's PDF text layer loses Sorani's joined ە, ێ and ڵ (see test_atlas.py):
    compare without them and without spaces."""

    def loose(value: str) -> str:
        return re.sub(r"[\sەێڵ]", "", value)

    return loose(phrase) in loose(text)


def _sheets_of(pages: list, hazard_id: str) -> list:
    """The sheets of one hazard, by its English title (the title itself in English, the line under it otherwise)."""
    return [text for text in pages if re.search(rf"Hazard {hazard_id} –", text)]


EXPECTED = {
    "en": {
        "category": "Anti-personnel mine – PMN-2",
        "action": "Destroyed in situ",
        "uxo": "Unexploded ordnance (UXO)",
        "none": "None recorded",
        "items_line": "Items and accidents",
        "heading": "Explosive items found in this hazard",
    },
    "ar": {
        "category": "لغم مضاد للأفراد",
        "action": "أتلف في مكانه",
        "uxo": "الذخائر غير المنفجرة",
        "none": "لم يسجل",
        "items_line": "المواد المتفجرة والحوادث",
        "heading": "المواد المتفجرة التي عثر عليها في هذه المنطقة الخطرة",
    },
    "ckb": {
        "category": "مینی دژەکەس",
        "action": "لە شوێنی خۆی تێکدرا",
        "uxo": "تەقەمەنیی نەتەقیو",
        "none": "تۆمار نەکراوە",
        "items_line": "تەقەمەنی و ڕووداو",
        "heading": "ئەو تەقەمەنییانەی لەم ناوچە مەترسیدارە دۆزرانەوە",
    },
}


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_items_and_accidents_follow_the_complete_turning_point_table(books, language):
    pages = _pages_of(books[language])
    expected = EXPECTED[language]
    atl1 = _sheets_of(pages, "ATL-1")
    assert len(atl1) == 2
    # Sheet 1: map, attribute block with the two summary lines, the turning points (all of them fit).
    first = atl1[0]
    rows = [line for line in first.splitlines() if re.search(r"\b(RP|BM|TP\d)\b", line) and "°" in line]
    assert len(rows) == 7  # reference point, benchmark, 5 turning points: the table is complete
    assert _has(first, expected["items_line"])
    assert "ITM-1" not in first  # the list is on the records sheet, after the turning points
    # The records sheet comes after the turning points and lists every record, items first, by date.
    records = next(text for text in atl1 if "ITM-1" in text)
    assert atl1.index(records) > 0
    assert "°" not in records  # no coordinates: no turning point on it
    assert _has(records, expected["heading"])
    order = [records.index(record_id) for record_id in ("ITM-1", "ITM-2", "ITM-3", "ACC-1", "ACC-2")]
    assert order == sorted(order)
    assert "ACC-3" not in "".join(pages)  # 3 km away, not linked
    for key in ("category", "action", "uxo"):
        assert _has(records, expected[key]), key
    acc1 = next(line for line in records.splitlines() if "ACC-1" in line).split()
    acc2 = next(line for line in records.splitlines() if "ACC-2" in line)
    pairs = list(zip(acc1, acc1[1:]))
    assert ("1", "2") in pairs or ("2", "1") in pairs, acc1  # killed 1, injured 2 (RTL pages read reversed)
    distance = [int(word) for word in acc2.split() if word.isdigit() and 300 <= int(word) <= 700]
    assert distance, acc2  # about 500 m from the hazard's edge
    # ATL-2 has nothing within 1 000 m: its page says so, and it has no records sheet.
    atl2 = _sheets_of(pages, "ATL-2")
    assert len(atl2) == 1 and _has(atl2[0], expected["none"])
    assert not any("ITM-" in text or "ACC-" in text for text in atl2)


def test_summary_line_counts_items_and_accidents(books):
    first = " ".join(pdf_text(books["en"], 1).split())
    assert "6 items, 2 accidents" in first  # 3 + 1 + 2 items; ACC-1 linked, ACC-2 within 1 000 m


@pytest.mark.parametrize("template", ["a4_portrait", "a4_landscape", "a3_landscape"])
@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_the_attribute_block_keeps_every_row_on_every_template(run_alg, records_register, tmp_path, template, language):
    """The items and accidents row is the block's last: it must fit the frame with all the others."""
    pdf = tmp_path / "page.pdf"
    _atlas(
        run_alg,
        records_register,
        pdf,
        ["en", "ar", "ckb"].index(language),
        FILTER="\"hazard_id\" = 'ATL-1'",
        TEMPLATE=template,
    )
    first = pdf_text(pdf, 1)
    assert _has(first, EXPECTED[language]["items_line"])
    assert _has(first, {"en": "Date of information", "ar": "تاريخ المعلومات", "ckb": "بەرواری زانیاری"}[language])


def test_personal_data_never_reaches_a_page(books, run_alg, records_register, tmp_path):
    """victim_details holds a name and a phone number: no page prints them, whatever the language."""
    for pdf in books.values():
        text = pdf_text(pdf)
        assert PERSON not in text and PHONE not in text and "Testname" not in text
    with_communities = tmp_path / "communities.pdf"
    _atlas(run_alg, records_register, with_communities, COMMUNITY_PAGES=True)
    assert "Testname" not in pdf_text(with_communities)


def _red_star_pixels(png: Path) -> int:
    image = QImage(str(png))
    count = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            color = image.pixelColor(x, y)
            if color.red() > 190 and color.green() < 40 and color.blue() < 40:
                count += 1
    return count


def test_accidents_and_spot_tasks_are_drawn_on_the_map(run_alg, records_register, tmp_path):
    pdf = tmp_path / "atl1.pdf"
    _atlas(run_alg, records_register, pdf, FILTER="\"hazard_id\" = 'ATL-1'")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True
    )
    with_accidents = _red_star_pixels(next(tmp_path.glob("page*.png")))
    bare = tmp_path / "bare.pdf"
    empty = tmp_path / "empty.gpkg"
    _write(ACCIDENT_LAYER, [], empty)
    _atlas(run_alg, records_register, bare, FILTER="\"hazard_id\" = 'ATL-1'", ACCIDENTS=layer_uri(empty, "accidents"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(bare), str(tmp_path / "bare")], check=True
    )
    without = _red_star_pixels(next(tmp_path.glob("bare*.png")))
    assert with_accidents > without + 10  # the accident stars (solid red) are drawn
    text = " ".join(pdf_text(pdf, 1).split())
    assert "ACC-1" in text and "EOD-1 (2)" in text  # their labels on the map


def test_record_index_distances_and_links(records_register):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from mineaction_qgis.core.atlas.items_accidents import RecordIndex, RecordSources
    from mineaction_qgis.core.common.measure import Measurer

    def layer(name):
        return QgsVectorLayer(layer_uri(records_register, name), name, "ogr")

    sources = RecordSources(layer("items"), layer("spot_tasks"), layer("accidents"), layer("victims"))
    index = RecordIndex(
        sources, lambda source: source.getFeatures(), Measurer(QgsCoordinateReferenceSystem("EPSG:4326"))
    )
    hazard = next(f for f in layer("hazards").getFeatures() if f["hazard_id"] == "ATL-1")
    found = index.for_hazard("ATL-1", hazard.geometry())
    assert [row.record_id for row in found.rows] == ["ITM-1", "ITM-2", "ITM-3", "ACC-1", "ACC-2"]
    assert (found.items_total, found.accidents, found.killed, found.injured) == (6, 2, 1, 3)
    assert found.rows[3].distance == "0"
    assert 450 <= int(found.rows[4].distance.replace("\u00a0", "")) <= 560
    # Without a usable geometry only the links remain: the linked items and the linked accident.
    linked = index.for_hazard("ATL-1", None)
    assert [row.record_id for row in linked.rows] == ["ITM-1", "ITM-2", "ACC-1"]
    assert linked.rows[-1].distance == "–"


@pytest.mark.parametrize("language,code", [(0, "en"), (1, "ar"), (2, "ckb")])
def test_a_page_per_community_lists_its_hazards(run_alg, records_register, tmp_path, language, code):
    pdf = tmp_path / f"communities_{code}.pdf"
    result = _atlas(run_alg, records_register, pdf, language, COMMUNITY_PAGES=True)
    pages = _pages_of(pdf)
    assert result["PAGES"] == len(pages)
    loc1 = next(i for i, text in enumerate(pages) if "LOC-1" in text)
    loc2 = next(i for i, text in enumerate(pages) if "LOC-2" in text)
    assert loc1 < loc2 == len(pages) - 1  # after the hazards, Basra before Maysan
    listed = pages[loc1]
    for hazard_id in ("ATL-1", "ATL-2", "ATL-3"):
        assert hazard_id in listed
    for hazard_id in ("ATL-4", "ATL-5", "ATL-10"):
        assert hazard_id not in listed.replace("ATL-10-", "")
    assert "ATL-10" in pages[loc2] and "ATL-1 " not in pages[loc2]
    assert "Zubair" in listed and "Rumaila village" in listed
    if code == "en":
        assert all("Turning points, benchmark" not in text for text in pages[loc1:])  # no turning-point table
        assert "Hazards of this community: 3" in " ".join(listed.split())
        assert "Suspected hazardous area (SHA)" in listed and "Worked On" in listed


def test_community_pages_are_off_by_default_and_only_for_hazards(run_alg, records_register, tmp_path):
    pdf = tmp_path / "default.pdf"
    _atlas(run_alg, records_register, pdf)
    assert "LOC-1" not in pdf_text(pdf)
    tasks = tmp_path / "tasks.pdf"
    result = run_alg(
        "mineaction:atlas",
        {"COVERAGE": layer_uri(records_register, "tasks"), "DPI": 72, "OUTPUT": str(tasks), "COMMUNITY_PAGES": True},
    )
    assert result["PAGES"] == 2 and "Community" not in pdf_text(tasks)


def test_dialog_checkbox_adds_community_pages_and_the_kept_layout_matches(
    qgis_app, provider, records_register, tmp_path
):
    from qgis.core import QgsProject, QgsVectorLayer

    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    project = QgsProject.instance()
    layer = QgsVectorLayer(layer_uri(records_register, "hazards"), "hazards", "ogr")
    project.addMapLayer(layer)
    try:
        dialog = AtlasDialog(project=project, open_pdf=False)
        dialog.coverageCombo.setLayer(layer)
        layer.selectByExpression("\"hazard_id\" IN ('ATL-1', 'ATL-10')")
        dialog.selectedOnlyCheck.setChecked(True)
        assert not dialog.communityPagesCheck.isChecked()  # off by default
        dialog.communityPagesCheck.setChecked(True)
        dialog.outputWidget.setFilePath(str(tmp_path / "dialog.pdf"))
        parameters = dialog.parameters()
        assert parameters["COMMUNITY_PAGES"] is True
        assert parameters["ITEMS"].name() == "items" and parameters["LOCATIONS"].name() == "locations"
        dialog.run()
        assert dialog.wait(), "the printing did not finish"
        # ATL-1: turning points + records sheet; ATL-10: one sheet; LOC-1 and LOC-2: one each.
        assert dialog.results["PAGES"] == 5
        text = pdf_text(Path(dialog.results["OUTPUT"]))
        assert "ITM-1" in text and "LOC-1" in text and "LOC-2" in text and "ATL-2" not in text
        kept = project.layoutManager().layoutByName(dialog.layout_name)
        assert kept.atlas().coverageLayer().featureCount() == 5  # the layout in the project prints the same sheets
    finally:
        for kept_layout in list(project.layoutManager().printLayouts()):
            project.layoutManager().removeLayout(kept_layout)
        project.removeAllMapLayers()


def test_a_long_list_continues_on_records_sheets_and_no_row_is_lost(run_alg, tmp_path):
    """70 item rows with long model names: every row printed, on as many records sheets as needed."""
    gpkg = write_records_register(tmp_path)
    long_type = "Improvised device with pressure plate, command wire and a very long description " * 2
    rows = [
        (
            None,
            {
                "item_id": f"LONG-{number}",
                "activity_id": "ACT-9",
                "hazard_id": "ATL-2",
                "category": "IED",
                "item_type": long_type,
                "quantity": 1,
                "action": "removed",
                "item_date": QDate(2023, 1, 1).addDays(number),
            },
        )
        for number in range(1, 71)
    ]
    _write(ITEM_LAYER, rows, gpkg)
    pdf = tmp_path / "long.pdf"
    _atlas(run_alg, gpkg, pdf, 1, FILTER="\"hazard_id\" = 'ATL-2'")
    pages = _pages_of(pdf)
    records = [text for text in pages if "LONG-" in text]
    assert len(records) >= 2  # continued
    printed = set(re.findall(r"LONG-(\d+)", "".join(records)))
    assert printed == {str(number) for number in range(1, 71)}
    assert pages.index(records[0]) >= 1  # after the turning points


def test_community_pages_add_no_gpx(run_alg, records_register, tmp_path):
    folder = tmp_path / "gpx"
    result = _atlas(
        run_alg, records_register, tmp_path / "book.pdf", COMMUNITY_PAGES=True, OUTPUT_GPX_FOLDER=str(folder)
    )
    assert result["PAGES"] > 6  # the community pages are printed...
    assert sorted(path.stem for path in folder.glob("*.gpx")) == sorted(
        ["ATL-1", "ATL-10", "ATL-2", "ATL-3", "ATL-4", "ATL-5"]
    )  # ...but a GPS gets the hazards only
