"""mineaction:atlas: pages, texts, turning-point tables, languages, reference images, bad input.

Reference images live in tests/data/atlas/; regenerate them (and docs/images/atlas-*.png)
after an intended change of the page, the templates or the translations with

    MINEACTION_REGENERATE_ATLAS=1 .venv/bin/python -m pytest tests/test_atlas.py -k reference
"""

import math
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

from mineaction_qgis.core.atlas import PageTranslator, build_layout, missing_fonts, template_path
from mineaction_qgis.core.atlas_data import prepare_atlas_data
from mineaction_qgis.core.atlas_table import format_dms
from tests.atlas_data import BASRA_AR, BASRA_CKB, HAZARD_RINGS, layer_uri, write_register
from tests.conftest import ROOT

REFERENCE_DIR = Path(__file__).resolve().parent / "data" / "atlas"
DOCS_IMAGES = ROOT / "docs" / "images"
REGENERATE = os.environ.get("MINEACTION_REGENERATE_ATLAS") == "1"
PAGE_ORDER = ["ATL-1", "ATL-2", "ATL-3", "ATL-4", "ATL-5", "ATL-10"]
# Mean absolute grey difference (0-255) allowed between a page and its reference, after
# downsampling to 240 px wide: the printed date and font hinting move a few pixels only.
TOLERANCE = 6.0


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    return write_register(tmp_path_factory.mktemp("atlas_register"))


def hazards(register) -> str:
    return layer_uri(register["register"], "hazards")


def pdf_text(pdf: Path, page: int = 0) -> str:
    """Text of one page (1-based) or of the whole PDF, NFKC-normalised (Arabic presentation forms -> letters)."""
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    text = subprocess.run(args + [str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", text)


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True).stdout.decode()
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_page_size_mm(pdf: Path):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True).stdout.decode()
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = float(line.split()[2]), float(line.split()[4])
    return round(width * 25.4 / 72), round(height * 25.4 / 72)


def run_atlas(run_alg, register, tmp_path, feedback=None, **extra):
    parameters = {
        "COVERAGE": hazards(register),
        "RELEASES": layer_uri(register["register"], "activities"),
        "GAPS": f"{register['gaps']}|layername=gaps",
        "DPI": 72,
        "OUTPUT": str(tmp_path / "atlas.pdf"),
    }
    parameters.update(extra)
    return run_alg("mineaction:atlas", parameters, feedback=feedback)


@pytest.fixture(scope="module")
def english_atlas(run_alg, register, tmp_path_factory):
    folder = tmp_path_factory.mktemp("atlas_en")
    result = run_atlas(run_alg, register, folder, OUTPUT_FOLDER=str(folder / "pages"))
    return result, folder


def test_algorithm_is_registered_in_the_atlas_group(provider):
    algorithm = provider.algorithm("atlas")
    assert algorithm is not None
    assert algorithm.groupId() == "atlas"
    assert algorithm.flags() & algorithm.Flag.FlagNoThreading
    assert algorithm.flags() & algorithm.Flag.FlagCanCancel


def test_one_page_per_hazard_in_id_order(english_atlas):
    result, _ = english_atlas
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 6
    assert pdf_pages(pdf) == 6
    for number, hazard_id in enumerate(PAGE_ORDER, start=1):
        text = pdf_text(pdf, number)
        assert f"Hazard {hazard_id} " in text, (number, text[:200])
        assert f"Page {number} of 6" in text


def test_text_stays_text_and_the_page_is_complete(english_atlas):
    result, _ = english_atlas
    text = pdf_text(Path(result["OUTPUT"]), 1)
    for expected in ("Rumaila north field", "Confirmed hazardous area", "Estimated area", "52 000 m²",
                     "Remaining area", "30 000 m²", "DMA Test Team", "2024-03-15", "Legend",
                     "Turning points, benchmark and reference point", "Data source", "Printed",
                     "not a guarantee", "Basra", "UTM", "Bearing", "register.gpkg"):
        assert unicodedata.normalize("NFKC", expected) in text, expected


def test_per_feature_pdfs_are_named_by_id(english_atlas):
    _, folder = english_atlas
    files = sorted(p.name for p in (folder / "pages").glob("*.pdf"))
    assert files == sorted(f"{hazard_id}.pdf" for hazard_id in PAGE_ORDER)
    single = folder / "pages" / "ATL-2.pdf"
    assert pdf_pages(single) == 1
    assert "Hazard ATL-2 " in pdf_text(single)


def test_pages_for_missing_and_invalid_geometry_say_so(english_atlas):
    result, _ = english_atlas
    pdf = Path(result["OUTPUT"])
    missing = " ".join(pdf_text(pdf, PAGE_ORDER.index("ATL-4") + 1).split())
    assert "has no geometry" in missing
    assert "Estimated area" in missing and "8 000 m2" in missing, "a page without geometry keeps its attributes"
    invalid = " ".join(pdf_text(pdf, PAGE_ORDER.index("ATL-5") + 1).split())
    assert "geometry is invalid" in invalid
    assert "Pumping station" in invalid and "Estimated area" in invalid
    valid = " ".join(pdf_text(pdf, 1).split())
    assert "geometry is invalid" not in valid and "has no geometry" not in valid


def _table(register, hazard_id, points=True):
    layer = QgsVectorLayer(hazards(register), "hazards", "ogr")
    point_layer = QgsVectorLayer(layer_uri(register["register"], "points"), "points", "ogr") if points else None
    data = prepare_atlas_data(layer, "en", points=point_layer, filter_expression=f"\"hazard_id\" = '{hazard_id}'")
    return [feature for feature in data.points.getFeatures()], point_layer


def test_turning_point_table_matches_the_points_layer(register):
    rows, points = _table(register, "ATL-1")
    assert [row["point_id"] for row in rows] == ["ATL-1-RP", "ATL-1-BM"] + [f"ATL-1-TP{n}" for n in range(1, 6)]
    assert [row["seq"] for row in rows] == list(range(1, 8))
    by_id = {f["point_id"]: f.geometry().asPoint() for f in points.getFeatures()}
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_utm = QgsCoordinateTransform(wgs84, QgsCoordinateReferenceSystem("EPSG:32638"), QgsCoordinateTransformContext())
    distance = QgsDistanceArea()
    distance.setSourceCrs(wgs84, QgsCoordinateTransformContext())
    distance.setEllipsoid("EPSG:7030")
    previous = None
    for row in rows:
        point = by_id[row["point_id"]]
        assert float(row["lat_dd"]) == pytest.approx(point.y(), abs=1e-6)
        assert float(row["lon_dd"]) == pytest.approx(point.x(), abs=1e-6)
        assert row["lat_dms"] == format_dms(point.y(), "lat")
        assert row["utm_zone"] == "38N"
        utm = to_utm.transform(point)
        assert float(row["easting"]) == pytest.approx(utm.x(), abs=0.5)
        assert float(row["northing"]) == pytest.approx(utm.y(), abs=0.5)
        if previous is None:
            assert row["bearing"] == "" and row["distance"] == ""
        else:
            assert float(row["distance"]) == pytest.approx(distance.measureLine(previous, point), abs=0.05)
            expected = math.degrees(distance.bearing(previous, point)) % 360
            assert float(row["bearing"]) == pytest.approx(expected, abs=0.05)
        previous = point
    # Evidence points are drawn, not walked: not in the table.
    assert "ATL-1-EV1" not in [row["point_id"] for row in rows]


def test_evidence_points_are_drawn_not_listed(english_atlas):
    result, _ = english_atlas
    text = pdf_text(Path(result["OUTPUT"]), 1)
    assert "ATL-1-EV1" in text  # its label on the map
    table = text[text.index("Turning points, benchmark and reference point"):]
    assert "ATL-1-EV1" not in table


def test_dms_formatting_known_answers():
    assert format_dms(30.5, "lat") == "30°30'00.00\"N"
    assert format_dms(47.70125, "lon") == "47°42'04.50\"E"
    assert format_dms(-0.0002777778, "lat") == "0°00'01.00\"S"
    assert format_dms(30.99999999, "lat") == "31°00'00.00\"N"


def test_bearing_and_distance_known_answer(register):
    """Due east along a parallel at 30.5°N: bearing ~90°, 0.0035° of longitude ~335.6 m."""
    rows, _ = _table(register, "ATL-2")
    tp2 = next(row for row in rows if row["point_id"] == "ATL-2-TP2")
    assert float(tp2["bearing"]) == pytest.approx(90.0, abs=0.1)
    assert float(tp2["distance"]) == pytest.approx(335.8, abs=1.0)


def test_table_falls_back_to_the_polygon_vertices(register):
    rows, _ = _table(register, "ATL-3")
    assert [row["point_id"] for row in rows] == ["P1", "P2", "P3", "P4"]
    ring = HAZARD_RINGS["ATL-3"]
    assert [(float(r["lon_dd"]), float(r["lat_dd"])) for r in rows] == [pytest.approx(p, abs=1e-6) for p in ring]
    rows, _ = _table(register, "ATL-1", points=False)
    assert [row["point_id"] for row in rows] == ["P1", "P2", "P3", "P4", "P5"]


def test_table_values_are_printed(english_atlas, register):
    result, _ = english_atlas
    text = pdf_text(Path(result["OUTPUT"]), 1)
    rows, _ = _table(register, "ATL-1")
    for row in rows:
        for field_name in ("point_id", "lat_dd", "lon_dd", "easting", "northing"):
            assert row[field_name] in text, (field_name, row[field_name])


def test_filter_and_sort(run_alg, register, tmp_path):
    result = run_atlas(run_alg, register, tmp_path, FILTER="\"status\" = 'Open'", SORT="\"estimated_area_m2\"")
    assert result["PAGES"] == 3
    pdf = Path(result["OUTPUT"])
    # by estimated area: ATL-5 (4000), ATL-4 (8000), ATL-1 (52000)
    assert [("Hazard ATL-5 " in pdf_text(pdf, 1)), ("Hazard ATL-4 " in pdf_text(pdf, 2)),
            ("Hazard ATL-1 " in pdf_text(pdf, 3))] == [True, True, True]


def test_filter_matching_nothing_is_a_clear_error(run_alg, register, tmp_path):
    with pytest.raises(QgsProcessingException, match="matches the filter"):
        run_atlas(run_alg, register, tmp_path, FILTER="\"hazard_id\" = 'nope'")


def test_empty_coverage_is_a_clear_error(run_alg, register, tmp_path):
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=hazard_id:string", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="has no features"):
        run_atlas(run_alg, register, tmp_path, COVERAGE=empty)


def test_coverage_without_id_field_is_a_clear_error(run_alg, register, tmp_path):
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=code:string", "other", "memory")
    with pytest.raises(QgsProcessingException, match="hazard_id nor a task_id"):
        run_atlas(run_alg, register, tmp_path, COVERAGE=layer)


def test_task_atlas(run_alg, register, tmp_path):
    result = run_atlas(run_alg, register, tmp_path, COVERAGE=layer_uri(register["register"], "tasks"),
                       TEMPLATE="a4_portrait")
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 2
    assert "Task T-1 " in pdf_text(pdf, 1) and "Task T-2 " in pdf_text(pdf, 2)
    assert pdf_page_size_mm(pdf) == (210, 297)


def test_a3_template(run_alg, register, tmp_path):
    result = run_atlas(run_alg, register, tmp_path, TEMPLATE="a3_landscape", FILTER="\"hazard_id\" = 'ATL-1'")
    assert pdf_page_size_mm(Path(result["OUTPUT"])) == (420, 297)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []
        self.progress_values = []
        self.progressChanged.connect(self.progress_values.append)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)


def test_missing_font_is_reported_once(run_alg, register, tmp_path):
    template = tmp_path / "custom.qpt"
    text = template_path("a4_landscape").read_text(encoding="utf-8")
    template.write_text(text.replace("Noto Sans", "Missing Font Xyz"), encoding="utf-8")
    feedback = RecordingFeedback()
    run_atlas(run_alg, register, tmp_path, feedback=feedback, TEMPLATE=str(template))
    font_errors = [error for error in feedback.errors if "Missing Font Xyz" in error]
    assert len(font_errors) == 1
    assert missing_fonts(["Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic"]) == []


def test_progress_is_reported(run_alg, register, tmp_path):
    feedback = RecordingFeedback()
    run_atlas(run_alg, register, tmp_path, feedback=feedback)
    assert feedback.progress_values and max(feedback.progress_values) >= 80


def test_points_default_to_the_register_and_vertices_without_one(run_alg, register, tmp_path):
    result = run_atlas(run_alg, register, tmp_path, FILTER="\"hazard_id\" = 'ATL-1'")
    assert "ATL-1-BM" in pdf_text(Path(result["OUTPUT"]))
    alone = QgsVectorLayer(hazards(register), "hazards", "ogr").materialize(QgsFeatureRequest())
    result = run_atlas(run_alg, register, tmp_path, COVERAGE=alone, FILTER="\"hazard_id\" = 'ATL-1'")
    text = pdf_text(Path(result["OUTPUT"]))
    assert "ATL-1-BM" not in text and "P5" in text


# Qt's PDF writer cannot map the joined form of Sorani ە (no Unicode presentation form) back to
# text, so the text layer of "بەسرە" reads "ب سرە": the printed page is right (see docs/images).
@pytest.mark.parametrize("language, expected", [("ar", BASRA_AR), ("ckb", BASRA_CKB[2:])])
def test_right_to_left_pages(run_alg, register, tmp_path, language, expected):
    result = run_atlas(run_alg, register, tmp_path, LANGUAGE=["en", "ar", "ckb"].index(language),
                       FILTER="\"hazard_id\" IN ('ATL-1', 'ATL-4')")
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 2
    text = pdf_text(pdf, 1)
    assert expected in text  # the governorate in its own script, joined letters as text
    assert "ATL-1-TP3" in text and "30.500000" in text  # IDs and coordinates keep Latin digits
    assert "52 000 m2" in text, "areas (m² after NFKC): Latin digits, no-break thousands (docs/glossary.md §14)"
    if language == "ar":  # code-list values in the page language, not as stored (Mines, Open)
        assert "ألغام" in text and "مفتوحة" in text and "Mines" not in text


def test_right_to_left_layout_is_mirrored(register):
    layer = QgsVectorLayer(hazards(register), "hazards", "ogr")
    positions = {}
    for language in ("en", "ar"):
        with PageTranslator(language):
            data = prepare_atlas_data(layer, language)
            book = build_layout(QgsProject(), data)
        layout = book.layout
        page_width = layout.pageCollection().page(0).pageSize().width()
        item = layout.itemById("main_map")
        left = item.pos().x()
        positions[language] = (left, page_width - left - item.rect().width())
        columns = layout.itemById("points_table").multiFrame().columns()
        positions[language + "_first_column"] = columns[0].attribute()
    assert positions["en"][0] == pytest.approx(positions["ar"][1], abs=0.5)
    assert positions["en_first_column"] == '"seq"' and positions["ar_first_column"] == '"distance"'


def _grey_thumbnail(png: Path, width: int = 240):
    image = QImage(str(png)).scaledToWidth(width)
    return image, [[image.pixelColor(x, y).lightness() for x in range(image.width())] for y in range(image.height())]


def _mean_difference(a: Path, b: Path) -> float:
    image_a, grey_a = _grey_thumbnail(a)
    image_b, grey_b = _grey_thumbnail(b)
    assert (image_a.width(), image_a.height()) == (image_b.width(), image_b.height())
    total = sum(abs(pa - pb) for row_a, row_b in zip(grey_a, grey_b) for pa, pb in zip(row_a, row_b))
    return total / (image_a.width() * image_a.height())


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_page_matches_reference_image(run_alg, register, tmp_path, language):
    result = run_atlas(run_alg, register, tmp_path, LANGUAGE=["en", "ar", "ckb"].index(language),
                       FILTER="\"hazard_id\" = 'ATL-1'", DPI=100)
    prefix = tmp_path / f"page-{language}"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", result["OUTPUT"], str(prefix)], check=True)
    rendered = prefix.with_suffix(".png")
    reference = REFERENCE_DIR / f"atlas-{language}.png"
    if REGENERATE or not reference.exists():
        REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copy(rendered, reference)
        docs = DOCS_IMAGES / f"atlas-{language}.png"
        DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", result["OUTPUT"], str(docs.with_suffix(""))],
                       check=True)
        if not REGENERATE:
            pytest.fail(f"reference image {reference.name} was missing and has been written; run again")
    difference = _mean_difference(rendered, reference)
    assert difference <= TOLERANCE, f"{language}: mean grey difference {difference:.2f} > {TOLERANCE}"


def test_reference_comparison_detects_a_different_page(tmp_path):
    """The comparison can fail: en and ar pages are mirrored, so they differ well beyond the tolerance."""
    en, ar = REFERENCE_DIR / "atlas-en.png", REFERENCE_DIR / "atlas-ar.png"
    if not (en.exists() and ar.exists()):
        pytest.skip("reference images not generated yet")
    assert _mean_difference(en, ar) > TOLERANCE


@pytest.fixture
def project_with_hazards(qgis_app, provider, register):
    """QGIS's project with the register's hazards loaded; emptied of layouts and layers afterwards."""
    project = QgsProject.instance()
    layer = QgsVectorLayer(hazards(register), "hazards", "ogr")
    project.addMapLayer(layer)
    yield project, layer
    for layout in list(project.layoutManager().printLayouts()):
        project.layoutManager().removeLayout(layout)
    project.removeAllMapLayers()


def test_dialog_collects_parameters_and_adds_the_layout(project_with_hazards, tmp_path):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    project, layer = project_with_hazards
    dialog = AtlasDialog(project=project, open_pdf=False)
    assert dialog.coverageCombo.currentLayer() is layer
    assert dialog.outputWidget.filePath().endswith("register_atlas.pdf")
    layer.selectByExpression("\"hazard_id\" IN ('ATL-1', 'ATL-2')")
    dialog.selectedOnlyCheck.setChecked(True)
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("ar"))
    dialog.templateCombo.setCurrentIndex(dialog.templateCombo.findData("a4_portrait"))
    dialog.outputWidget.setFilePath(str(tmp_path / "dialog"))
    parameters = dialog.parameters()
    assert parameters["OUTPUT"].endswith("dialog.pdf")
    assert parameters["LANGUAGE"] == 1 and parameters["TEMPLATE"] == "a4_portrait"
    dialog.run()
    assert dialog.results["PAGES"] == 2
    assert Path(dialog.results["OUTPUT"]).is_file()
    added = project.layoutManager().layoutByName(dialog.layout_name)
    assert added is not None and added.atlas().coverageLayer().featureCount() == 2
    kept = tmp_path / "dialog_layout.gpkg"
    assert added.atlas().coverageLayer().source().startswith(str(kept))

    # The layout survives saving and reopening the project, and QGIS's own export prints it.
    project_file = tmp_path / "officer.qgz"
    assert project.write(str(project_file))
    name = dialog.layout_name
    project.clear()
    assert project.read(str(project_file))
    reopened = project.layoutManager().layoutByName(name)
    assert reopened is not None and reopened.atlas().coverageLayer().featureCount() == 2
    exported = tmp_path / "designer.pdf"
    result, _ = QgsLayoutExporter.exportToPdf(
        reopened.atlas(), str(exported), QgsLayoutExporter.PdfExportSettings())
    assert result == QgsLayoutExporter.ExportResult.Success
    assert pdf_pages(exported) == 2
    text = pdf_text(exported)
    assert "ATL-1" in text and "ATL-2" in text

    # A second run never overwrites the GeoPackage the first layout draws from.
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.outputWidget.setFilePath(str(tmp_path / "dialog.pdf"))
    dialog.run()
    assert (tmp_path / "dialog_layout_2.gpkg").is_file()


def test_dialog_cancel_button_stops_the_printing(project_with_hazards, tmp_path):
    """Cancel, clicked while pages are being written, stops the export; the dialog stays open to say so."""
    from qgis.PyQt.QtCore import QCoreApplication
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    project, _ = project_with_hazards
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.outputWidget.setFilePath(str(tmp_path / "cancelled.pdf"))
    close = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Close)
    clicks = []

    def click_cancel(value: int) -> None:
        if value > 20 and not clicks:
            clicks.append(close.text())
            close.click()

    dialog.progressBar.valueChanged.connect(click_cancel)
    dialog.show()
    dialog.run()
    assert clicks == ["Cancel"], "the progress bar never moved, or Close did not read Cancel while printing"
    assert dialog.isVisible() and dialog.result() != AtlasDialog.DialogCode.Accepted
    assert "Cancelled" in dialog.messageLabel.text()
    assert not (tmp_path / "cancelled.pdf").exists()
    assert not dialog.running and dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    QCoreApplication.processEvents()
    assert close.text() == "Close"
    assert dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Print"
    assert project.layoutManager().printLayouts() == []
    dialog.reject()  # once idle, Cancel closes
    assert not dialog.isVisible()


def test_dialog_reports_bad_choices(qgis_app, provider):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(project=QgsProject(), open_pdf=False)
    with pytest.raises(QgsProcessingException, match="Choose the hazards or tasks layer"):
        dialog.parameters()
    dialog.run()  # shows the message instead of failing
    assert "Choose the hazards or tasks layer" in dialog.messageLabel.text()


def test_long_tables_say_how_many_points_are_shown(run_alg, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=hazard_id:string&field=name:string", "round", "memory")
    feature = QgsFeature(layer.fields())
    circle = QgsGeometry.fromPointXY(QgsPointXY(44.4, 33.3)).buffer(0.003, 10)  # 41 vertices
    feature.setGeometry(QgsGeometry.fromMultiPolygonXY([circle.asPolygon()]))
    feature.setAttributes(["ROUND-1", "Round field"])
    layer.dataProvider().addFeatures([feature])
    result = run_alg("mineaction:atlas", {"COVERAGE": layer, "DPI": 72, "OUTPUT": str(tmp_path / "round.pdf")})
    text = " ".join(pdf_text(Path(result["OUTPUT"])).split())
    assert "first 8 of 40 points shown" in text


def test_styles_follow_imas_07_11():
    from qgis.core import QgsRuleBasedRenderer

    from mineaction_qgis.core.styles import apply_style

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=classification:string&field=status:string", "h", "memory")
    assert apply_style(layer, "hazards")
    rules = {rule.label(): rule for rule in layer.renderer().rootRule().descendants()}
    cha = rules["CHA (confirmed hazardous area)"].symbol().symbolLayer(0)
    sha = rules["SHA (suspected hazardous area)"].symbol().symbolLayer(0)
    assert cha.fillColor().name() == "#ff0000" and cha.fillColor().alpha() in (127, 128)
    assert sha.fillColor().name() == "#f4a718" and sha.fillColor().alpha() in (127, 128)
    assert rules["Open"].symbol().symbolLayer(0).strokeColor().name() == "#ff0000"
    assert rules["Worked On"].symbol().symbolLayer(0).strokeStyle() != rules["Open"].symbol().symbolLayer(0).strokeStyle()
    assert rules["Closed"].symbol().symbolLayer(0).strokeColor().name() == "#99ff00"  # CMYK 40/0/100/0
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    for name, geometry in (("activities", "MultiPolygon"), ("gaps", "MultiPolygon"), ("tasks", "MultiPolygon"),
                           ("governorates", "MultiPolygon"), ("points", "Point")):
        other = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=point_id:string&field=name:string", name, "memory")
        assert apply_style(other, name), name
    # labels never curved (placement 3 = Curved, 7 = PerimeterCurved)
    for name in ("points", "governorates"):
        text = (ROOT / "resources" / "styles" / f"{name}.qml").read_text(encoding="utf-8")
        assert 'placement="3"' not in text and 'placement="7"' not in text


def test_cancel_stops_between_pages(run_alg, register, tmp_path):
    feedback = RecordingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 20 else None)
    result = run_atlas(run_alg, register, tmp_path, feedback=feedback)
    assert feedback.isCanceled()
    assert result["PAGES"] == 0 and result["OUTPUT"] is None
    assert not (tmp_path / "atlas.pdf").exists(), "an incomplete PDF was left behind"


def test_projected_coverage_gives_the_same_table(register):
    """A coverage in UTM is read into WGS 84: the same degrees in the table as from the register."""
    from qgis.core import QgsFeatureRequest

    source = QgsVectorLayer(hazards(register), "hazards", "ogr")
    request = QgsFeatureRequest().setFilterExpression("\"hazard_id\" = 'ATL-3'")
    request.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32638"), QgsCoordinateTransformContext())
    projected = QgsVectorLayer("MultiPolygon?crs=EPSG:32638", "utm", "memory")
    projected.dataProvider().addAttributes(source.fields().toList())
    projected.updateFields()
    projected.dataProvider().addFeatures(list(source.getFeatures(request)))
    data = prepare_atlas_data(projected, "en")
    rows = list(data.points.getFeatures())
    ring = HAZARD_RINGS["ATL-3"]
    assert [(float(r["lon_dd"]), float(r["lat_dd"])) for r in rows] == [pytest.approx(p, abs=1e-6) for p in ring]
