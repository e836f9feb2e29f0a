"""mineaction:atlas: pages, texts, turning-point tables, languages, reference images, bad input.

Reference images live in tests/data/atlas/; redraw them (and docs/images/atlas-*.png)
after an intended change of the page, the templates or the translations with
``make atlas-references``, look at them, and commit them with the change.
"""

import json
import math
import re
import subprocess
import tempfile
import unicodedata
from datetime import date
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

from mineaction_qgis.core.atlas.data import prepare_atlas_data
from mineaction_qgis.core.atlas.layout import PageTranslator, build_layout, missing_fonts, template_path
from mineaction_qgis.core.common.coords import NOTATION_DMS, format_angle
from tests.atlas_data import (
    BASRA_AR,
    BASRA_CKB,
    HAZARD_RINGS,
    REFERENCE_LANGUAGES,
    SURVEY_HAZARDS,
    layer_uri,
    reference_parameters,
    survey_points,
    write_register,
    write_survey_register,
)
from tests.conftest import ROOT

REFERENCE_DIR = Path(__file__).resolve().parent / "data" / "atlas"
PAGE_ORDER = ["ATL-1", "ATL-2", "ATL-3", "ATL-4", "ATL-5", "ATL-10"]
# Mean absolute grey difference (0-255) allowed between a page and its reference, after
# downsampling to 240 px wide: the printed date and font hinting move a few pixels only.
TOLERANCE = 6.0


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    return write_register(tmp_path_factory.mktemp("atlas_register"))


def hazards(register) -> str:
    return layer_uri(register["register"], "hazards")


BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # Qt's direction marks around Latin runs


def pdf_text(pdf: Path, page: int = 0) -> str:
    """Text of one page (1-based) or of the whole PDF, NFKC-normalised (Arabic presentation forms -> letters)."""
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    text = subprocess.run(args + [str(pdf), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))


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
    text = " ".join(pdf_text(Path(result["OUTPUT"]), 1).split())
    for expected in (
        "Rumaila north field",
        "Confirmed hazardous area",
        "Estimated area",
        "52 000 m²",
        "Remaining area",
        "30 000 m²",
        "DMA Test Team",
        "2024-03-15",
        "Legend",
        "Turning points, benchmark and reference point",
        "Data source",
        "Printed",
        "do not enter hazardous areas",
        "as recorded on 2024-03-15",
        "not guaranteed free",
        "DMA, or IKMAA",
        "Basra",
        "Datum WGS 84",
        "UTM zone 38N",
        "True bearing",
        "Magnetic bearing",
        "magnetic declination",
        "grid convergence",
        "register.gpkg",
    ):
        assert " ".join(unicodedata.normalize("NFKC", expected).split()) in text, expected


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
        assert row["lat_dms"] == format_angle(point.y(), NOTATION_DMS, "lat")
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
    assert "EV1" in text  # its label on the map
    table = text[text.index("Turning points, benchmark and reference point") :]
    assert "EV1" not in table


def test_dms_formatting_known_answers():
    assert format_angle(30.5, NOTATION_DMS, "lat") == "30°30'00.00\"N"
    assert format_angle(47.70125, NOTATION_DMS, "lon") == "47°42'04.50\"E"
    assert format_angle(-0.0002777778, NOTATION_DMS, "lat") == "0°00'01.00\"S"
    assert format_angle(30.99999999, NOTATION_DMS, "lat") == "31°00'00.00\"N"


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
        for field_name in ("short_id", "lat_dd", "lon_dd", "easting", "northing", "bearing", "magnetic"):
            assert row[field_name] in text, (field_name, row[field_name])


def test_filter_and_sort(run_alg, register, tmp_path):
    result = run_atlas(run_alg, register, tmp_path, FILTER="\"status\" = 'Open'", SORT='"estimated_area_m2"')
    assert result["PAGES"] == 3
    pdf = Path(result["OUTPUT"])
    # by estimated area: ATL-5 (4000), ATL-4 (8000), ATL-1 (52000)
    assert [
        ("Hazard ATL-5 " in pdf_text(pdf, 1)),
        ("Hazard ATL-4 " in pdf_text(pdf, 2)),
        ("Hazard ATL-1 " in pdf_text(pdf, 3)),
    ] == [True, True, True]


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
    result = run_atlas(
        run_alg, register, tmp_path, COVERAGE=layer_uri(register["register"], "tasks"), TEMPLATE="a4_portrait"
    )
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

    def reportError(self, error, fatalError=False):
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
    assert "BM" in pdf_text(Path(result["OUTPUT"])).split()
    alone = QgsVectorLayer(hazards(register), "hazards", "ogr").materialize(QgsFeatureRequest())
    result = run_atlas(run_alg, register, tmp_path, COVERAGE=alone, FILTER="\"hazard_id\" = 'ATL-1'")
    text = pdf_text(Path(result["OUTPUT"]))
    assert "BM" not in text.split() and "P5" in text


# Qt's PDF writer cannot map the joined form of Sorani ە (no Unicode presentation form) back to
# text, so the text layer of "بەسرە" reads "ب سرە": the printed page is right (see docs/images).
@pytest.mark.parametrize("language, expected", [("ar", BASRA_AR), ("ckb", BASRA_CKB[2:])])
def test_right_to_left_pages(run_alg, register, tmp_path, language, expected):
    result = run_atlas(
        run_alg,
        register,
        tmp_path,
        LANGUAGE=["en", "ar", "ckb"].index(language),
        FILTER="\"hazard_id\" IN ('ATL-1', 'ATL-4')",
    )
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 2
    text = pdf_text(pdf, 1)
    assert expected in text  # the governorate in its own script, joined letters as text
    assert "TP3" in text.split() and "30.500000" in text  # IDs and coordinates keep Latin digits
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


@pytest.mark.parametrize("language", REFERENCE_LANGUAGES)
def test_page_matches_reference_image(run_alg, register, tmp_path, language):
    result = run_alg("mineaction:atlas", reference_parameters(register, language, tmp_path / "page.pdf"))
    prefix = tmp_path / f"page-{language}"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", result["OUTPUT"], str(prefix)], check=True)
    reference = REFERENCE_DIR / f"atlas-{language}.png"
    assert reference.is_file(), f"{reference} is missing: run make atlas-references"
    difference = _mean_difference(prefix.with_suffix(".png"), reference)
    assert difference <= TOLERANCE, f"{language}: mean grey difference {difference:.2f} > {TOLERANCE}"


def test_reference_comparison_detects_a_different_page(tmp_path):
    """The comparison can fail: en and ar pages are mirrored, so they differ well beyond the tolerance."""
    en, ar = REFERENCE_DIR / "atlas-en.png", REFERENCE_DIR / "atlas-ar.png"
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
    assert dialog.wait(), "the printing did not finish"
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
    result, _ = QgsLayoutExporter.exportToPdf(reopened.atlas(), str(exported), QgsLayoutExporter.PdfExportSettings())
    assert result == QgsLayoutExporter.ExportResult.Success
    assert pdf_pages(exported) == 2
    text = pdf_text(exported)
    assert "ATL-1" in text and "ATL-2" in text

    # A second run never overwrites the GeoPackage the first layout draws from.
    dialog = AtlasDialog(project=project, open_pdf=False)
    dialog.outputWidget.setFilePath(str(tmp_path / "dialog.pdf"))
    dialog.run()
    assert dialog.wait()
    assert (tmp_path / "dialog_layout_2.gpkg").is_file()


def test_dialog_reports_bad_choices(qgis_app, provider):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(project=QgsProject(), open_pdf=False)
    with pytest.raises(QgsProcessingException, match="Choose the hazards or tasks layer"):
        dialog.parameters()
    dialog.run()  # shows the message instead of failing
    assert "Choose the hazards or tasks layer" in dialog.messageLabel.text()


def test_styles_follow_imas_07_11():
    from qgis.core import QgsRuleBasedRenderer

    from mineaction_qgis.core.common.styles import apply_style

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=classification:string&field=status:string", "h", "memory")
    assert apply_style(layer, "hazards")
    rules = {rule.label(): rule for rule in layer.renderer().rootRule().descendants()}
    cha = rules["CHA (confirmed hazardous area)"].symbol().symbolLayer(0)
    sha = rules["SHA (suspected hazardous area)"].symbol().symbolLayer(0)
    assert cha.fillColor().name() == "#ff0000" and cha.fillColor().alpha() in (127, 128)
    assert sha.fillColor().name() == "#f4a718" and sha.fillColor().alpha() in (127, 128)
    assert rules["Open"].symbol().symbolLayer(0).strokeColor().name() == "#ff0000"
    assert (
        rules["Worked On"].symbol().symbolLayer(0).strokeStyle() != rules["Open"].symbol().symbolLayer(0).strokeStyle()
    )
    assert rules["Closed"].symbol().symbolLayer(0).strokeColor().name() == "#99ff00"  # CMYK 40/0/100/0
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    for name, geometry in (
        ("activities", "MultiPolygon"),
        ("gaps", "MultiPolygon"),
        ("tasks", "MultiPolygon"),
        ("governorates", "MultiPolygon"),
        ("points", "Point"),
    ):
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


# --- every point, in survey order, on as many sheets as the table needs ------------------------


@pytest.fixture(scope="module")
def survey_register(tmp_path_factory):
    return write_survey_register(tmp_path_factory.mktemp("survey_register"))


PROFILE_CONTACTS = {
    "en": "DMA South operations +964 780 111 2222",
    "ar": "غرفة عمليات دائرة شؤون الألغام +964 780 333 4444",
    "ckb": "ژووری کارپێکردنی IKMAA +964 750 555 6666",
}


@pytest.fixture(scope="module")
def survey_books(run_alg, survey_register, tmp_path_factory):
    """The survey register's book in each language (one run each), with its GPX."""
    folder = tmp_path_factory.mktemp("survey_books")
    profile = folder / "programme.json"  # a programme's own profile naming its contact in each language
    profile.write_text(json.dumps({"name": "Programme", "atlas": {"contact": PROFILE_CONTACTS}}), encoding="utf-8")
    books = {}
    for language in ("en", "ar", "ckb"):
        parameters = {
            "COVERAGE": layer_uri(survey_register, "hazards"),
            "DPI": 72,
            "LANGUAGE": ["en", "ar", "ckb"].index(language),
            "PROFILE": str(profile),
            "OUTPUT": str(folder / f"book-{language}.pdf"),
        }
        if language == "en":
            parameters.update(
                {
                    "OUTPUT_GPX": str(folder / "book.gpx"),
                    "OUTPUT_GPX_FOLDER": str(folder / "gpx"),
                    "OUTPUT_FOLDER": str(folder / "pdf"),
                    "CONTACT": "IKMAA Erbil operations room +964 750 000 0000",
                }
            )
        books[language] = run_alg("mineaction:atlas", parameters)
    return books


def hazard_pages(pdf: Path, hazard_id: str):
    """(page number, text) of the pages of one hazard, found by its ID as a whole word in the title."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(hazard_id)}(?![\w-])")
    pages = []
    for number in range(1, pdf_pages(pdf) + 1):
        text = pdf_text(pdf, number)
        title = "\n".join(text.strip().splitlines()[:2])
        if pattern.search(title):
            pages.append((number, text))
    return pages


def table_lines(text: str):
    """Lines of the text that hold a table row (a latitude with six decimals), each with its neighbours' words.

    pdftotext may put a right-to-left cell (an Arabic type name and the ID beside it) half a
    line off its row: the words of the lines just above and below count as the row's too.
    """
    lines = text.splitlines()
    pattern = re.compile(r"(?<![\d.])\d{1,2}\.\d{6}(?!\d)")
    rows = []
    for index, line in enumerate(lines):
        if pattern.search(line):
            neighbours = [
                lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines) and not pattern.search(lines[i])
            ]
            rows.append((line, " ".join(neighbours)))
    return rows


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
@pytest.mark.parametrize("hazard_id", [h[0] for h in SURVEY_HAZARDS])
def test_every_point_is_printed_in_survey_order(survey_books, language, hazard_id):
    pdf = Path(survey_books[language]["OUTPUT"])
    pages = hazard_pages(pdf, hazard_id)
    assert pages, f"no page for {hazard_id}"
    numbers = [number for number, _ in pages]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers))), "a hazard's sheets follow each other"
    lines = [line for _, text in pages for line in table_lines(text)]
    expected = survey_points(hazard_id)
    assert len(lines) == len(expected), f"{len(lines)} table rows printed for {len(expected)} points"
    for seq, ((line, around), point) in enumerate(zip(lines, expected), start=1):
        tokens = line.split()
        assert f"{point['lat']:.6f}" in tokens and f"{point['lon']:.6f}" in tokens, (seq, line)
        assert point["short_id"] in tokens + around.split(), (seq, point["short_id"], line)
        assert str(seq) in tokens + around.split(), (seq, line)


def test_long_tables_continue_on_numbered_sheets(survey_books):
    pdf = Path(survey_books["en"]["OUTPUT"])
    total = pdf_pages(pdf)
    assert survey_books["en"]["PAGES"] == total
    for number in range(1, total + 1):
        assert f"Page {number} of {total}" in pdf_text(pdf, number)
    pages = hazard_pages(pdf, "LONG-250")
    assert len(pages) >= 5
    first = " ".join(pages[0][1].split())
    assert re.search(r"points 1–\d+ of 252, continued on the next sheet", first)
    for sheet, (_, text) in enumerate(pages[1:], start=2):
        flat = " ".join(text.split())
        assert f"sheet {sheet} of {len(pages)} of this hazard" in flat
        assert "Datum WGS 84" in flat and "do not enter hazardous areas" in flat
    assert len(hazard_pages(pdf, "LONG-3")) == 1
    assert "continued" not in " ".join(hazard_pages(pdf, "LONG-3")[0][1].split())
    single = Path(survey_books["en"]["OUTPUT_FOLDER"]) / "LONG-250.pdf"
    assert pdf_pages(single) == len(pages), "the hazard's own PDF holds all its sheets"
    assert f"Page {len(pages)} of {len(pages)}" in pdf_text(single, len(pages))
    assert len([line for number in range(1, len(pages) + 1) for line in table_lines(pdf_text(single, number))]) == 252


def test_each_hazard_has_its_own_utm_zone(survey_register):
    layer = QgsVectorLayer(layer_uri(survey_register, "hazards"), "hazards", "ogr")
    points = QgsVectorLayer(layer_uri(survey_register, "points"), "points", "ogr")
    data = prepare_atlas_data(layer, "en", points=points)
    zones = {record.page_id: record.table.grid.zone for record in data.records}
    assert zones["LONG-60"] == "39N" and zones["LONG-19"] == "38N"
    to_utm39 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:32639"),
        QgsCoordinateTransformContext(),
    )
    record = next(r for r in data.records if r.page_id == "LONG-60")
    for row in record.table.rows:
        utm = to_utm39.transform(QgsPointXY(row.lon, row.lat))
        assert float(row.easting) == pytest.approx(utm.x(), abs=0.5)
    sheet = next(f for f in data.pages.getFeatures() if f["page_id"] == "LONG-60")
    assert sheet["map_crs"] == "EPSG:32639" and "UTM zone 39N" in sheet["grid_text"]


def test_magnetic_bearing_is_true_bearing_minus_the_world_magnetic_model_declination(survey_register):
    from pygeomag import GeoMag

    from mineaction_qgis.core.common.magnetic import decimal_year

    layer = QgsVectorLayer(layer_uri(survey_register, "hazards"), "hazards", "ogr")
    points = QgsVectorLayer(layer_uri(survey_register, "points"), "points", "ogr")
    day = date(2026, 6, 1)
    data = prepare_atlas_data(layer, "en", points=points, print_date=day, filter_expression="\"hazard_id\" = 'LONG-19'")
    record = data.records[0]
    grid = record.table.grid
    centre = record.geometry.boundingBox().center()
    expected = GeoMag().calculate(glat=centre.y(), glon=centre.x(), alt=0, time=decimal_year(day)).d
    assert grid.declination.degrees == pytest.approx(expected, abs=1e-9)
    assert 3.0 < grid.declination.degrees < 5.0  # about 4° east in Basra in 2026
    for row in record.table.rows[1:]:
        assert float(row.magnetic) == pytest.approx((float(row.bearing) - expected) % 360, abs=0.051)
    assert f"{expected:.1f}° east on 2026-06-01 (WMM-2025)" in record.grid_text
    # Grid convergence at 47.8°E, zone 38 (central meridian 45°E): about +1.4°.
    assert grid.convergence == pytest.approx(
        math.degrees(math.atan(math.tan(math.radians(centre.x() - 45.0)) * math.sin(math.radians(centre.y())))),
        abs=0.02,
    )


def test_norway_and_svalbard_zones_come_from_the_one_utm_function():
    from mineaction_qgis.core.atlas.table import TableBuilder

    grid = TableBuilder().grid(QgsPointXY(5.0, 60.0))
    assert grid.zone == "32N" and grid.authid == "EPSG:32632"
    assert TableBuilder().grid(QgsPointXY(15.0, 78.0)).zone == "33N"


def test_mgrs_column(run_alg, survey_register, tmp_path):
    from mineaction_qgis.core.common.coords import Mgrs

    result = run_alg(
        "mineaction:atlas",
        {
            "COVERAGE": layer_uri(survey_register, "hazards"),
            "MGRS": True,
            "DPI": 72,
            "FILTER": "\"hazard_id\" = 'LONG-3'",
            "OUTPUT": str(tmp_path / "m.pdf"),
        },
    )
    text = pdf_text(Path(result["OUTPUT"]))
    assert "MGRS" in text
    for point in survey_points("LONG-3"):
        assert Mgrs().from_point(QgsPointXY(point["lon"], point["lat"])) in text


def test_warning_names_the_contact_and_the_date_of_information(survey_books):
    text = " ".join(pdf_text(Path(survey_books["en"]["OUTPUT"]), 1).split())
    assert "do not enter hazardous areas" in text
    assert "as recorded on 2024-05-20" in text
    assert "IKMAA Erbil operations room +964 750 000 0000" in text  # CONTACT overrides the profile's
    assert "111 2222" not in text
    for language in ("ar", "ckb"):
        with PageTranslator(language):
            from mineaction_qgis.core.atlas.layout import disclaimer_text

            translated = disclaimer_text("")
        assert "DANGER" not in translated and '[% "doi" %]' in translated
        flat = " ".join(pdf_text(Path(survey_books[language]["OUTPUT"]), 1).split())
        assert "2024-05-20" in flat
        # no CONTACT: the profile's contact in the page language
        # pdftotext reorders right-to-left digit groups and drops some Sorani letters: the number's last group
        assert PROFILE_CONTACTS[language].split()[-1] in flat
        assert "111 2222" not in flat and "750 000 0000" not in flat


def test_contact_comes_from_the_parameter_else_the_profile_else_the_authority(tmp_path):
    from mineaction_qgis.core.atlas.data import AtlasError
    from mineaction_qgis.core.atlas.layout import book_contact

    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"atlas": {"contact": {"en": "Ops EN", "ar": "عمليات"}}}), encoding="utf-8")
    assert book_contact("  Given  ", str(profile), "ar") == "Given"
    assert book_contact("", str(profile), "ar") == "عمليات"
    assert book_contact("", str(profile), "ckb") == "Ops EN"  # no Sorani text: the English one
    profile.write_text(json.dumps({"atlas": {"contact": "One text"}}), encoding="utf-8")
    assert book_contact("", str(profile), "ckb") == "One text"
    assert book_contact("", "", "en") == ""  # the bundled profile names no one: the disclaimer names DMA/IKMAA
    profile.write_text("{not json", encoding="utf-8")
    with pytest.raises(AtlasError, match="p.json"):
        book_contact("", str(profile), "en")


def test_gpx_holds_every_point_and_closed_polygons(survey_books, survey_register):
    from osgeo import ogr

    gpx = Path(survey_books["en"]["OUTPUT_GPX"])
    dataset = ogr.Open(str(gpx))
    waypoints = dataset.GetLayerByName("waypoints")
    expected = [point for hazard in SURVEY_HAZARDS for point in survey_points(hazard[0])]
    assert waypoints.GetFeatureCount() == len(expected) == survey_books["en"]["WAYPOINTS"]
    for feature, point in zip(waypoints, expected):
        assert feature.GetField("name") == point["short_id"]
        assert point["point_id"] in feature.GetField("desc")
        x, y = feature.GetGeometryRef().GetX(), feature.GetGeometryRef().GetY()
        assert (x, y) == (pytest.approx(point["lon"], abs=1e-7), pytest.approx(point["lat"], abs=1e-7))
    routes = list(dataset.GetLayerByName("routes"))
    assert [route.GetField("name") for route in routes] == [
        "LONG-3 P1",
        "LONG-19 P1",
        "LONG-60 P1",
        "LONG-250 P1",
        "MULTI-1 P1",
        "MULTI-1 P2",
    ]
    for route in routes:
        line = route.GetGeometryRef()
        assert line.GetPoint_2D(0) == line.GetPoint_2D(line.GetPointCount() - 1)
    assert routes[-1].GetGeometryRef().GetPointCount() == 6  # 5 turning points, closed
    per_hazard = sorted(p.name for p in Path(survey_books["en"]["OUTPUT_GPX_FOLDER"]).glob("*.gpx"))
    assert per_hazard == sorted(f"{h[0]}.gpx" for h in SURVEY_HAZARDS)
    single = ogr.Open(str(Path(survey_books["en"]["OUTPUT_GPX_FOLDER"]) / "LONG-19.gpx"))
    assert single.GetLayerByName("waypoints").GetFeatureCount() == len(survey_points("LONG-19"))


def _placed_labels(survey_register, hazard_id: str, language: str = "en"):
    """Export the hazard's first sheet as the book draws it (150 dpi) and read QGIS's labelling results of its map."""
    from qgis.core import QgsLayoutExporter

    layer = QgsVectorLayer(layer_uri(survey_register, "hazards"), "hazards", "ogr")
    points = QgsVectorLayer(layer_uri(survey_register, "points"), "points", "ogr")
    with PageTranslator(language):
        data = prepare_atlas_data(layer, language, points=points, filter_expression=f"\"hazard_id\" = '{hazard_id}'")
        book = build_layout(QgsProject(), data)
    atlas = book.layout.atlas()
    atlas.beginRender()
    atlas.seekTo(0)
    exporter = QgsLayoutExporter(book.layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 150
    exporter.exportToImage(str(Path(tempfile.mkdtemp()) / "page.png"), settings)
    atlas.endRender()
    results = exporter.labelingResults()[book.layout.itemById("main_map").uuid()]
    labels = [label for label in results.allLabels() if label.layerID == data.points.id()]
    placed = [label for label in labels if not label.isUnplaced]
    for index, label in enumerate(placed):  # never on top of each other
        for other in placed[index + 1 :]:
            box, other_box = label.labelRect, other.labelRect
            assert not box.intersects(other_box) or box.intersect(other_box).area() < 1e-12, "labels overlap"
    return {label.labelText for label in placed}


def test_map_labels_are_short_ids_placed_without_collisions(survey_register):
    """Every point of a 19- and a 60-point ring labelled with its short ID, no overlap."""
    for hazard_id in ("LONG-19", "LONG-60"):
        assert _placed_labels(survey_register, hazard_id) == {point["short_id"] for point in survey_points(hazard_id)}


def test_dense_ring_labels_the_start_approach_and_every_fifth_point_first(survey_register):
    """250 points around a ring: more labels than fit at the page's scale. The labels kept are regular ones."""
    placed = _placed_labels(survey_register, "LONG-250")
    expected = survey_points("LONG-250")
    assert {"BM", "RP", "TP1"} <= placed
    fifth = {p["short_id"] for p in expected if p["point_type"] == "Turning point" and p["point_no"] % 5 == 0}
    assert len(fifth & placed) >= 0.9 * len(fifth), sorted(fifth - placed)
    assert len(placed) >= 75  # about a third of the ring; the table lists every point


# --- registers no atlas can draw: a page note, never a traceback (issue 12) --------------------


def _hostile_layer(crs: str, rings: dict) -> QgsVectorLayer:
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&field=hazard_id:string&field=name:string", "hostile", "memory")
    features = []
    for hazard_id, ring in rings.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromMultiPolygonXY([[[QgsPointXY(x, y) for x, y in ring + [ring[0]]]]]))
        feature.setAttributes([hazard_id, f"{hazard_id} field"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_huge_infinite_and_projected_coordinates_get_a_page_note(run_alg, tmp_path):
    inf = float("inf")
    layer = _hostile_layer(
        "EPSG:4326",
        {
            "BAD-HUGE": [(1e301, 1e301), (1e301 + 1e288, 1e301), (1e301, 2e301)],
            "BAD-INF": [(inf, 30.0), (47.0, inf), (47.0, 30.0)],
            "BAD-UTM": [(498408.0, 3868393.0), (498508.0, 3868393.0), (498508.0, 3868493.0)],
            "OK-1": [(47.70, 30.50), (47.702, 30.50), (47.702, 30.502)],
        },
    )
    points = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=object_id:string&field=point_id:string&field=point_type:string"
        "&field=point_no:integer",
        "points",
        "memory",
    )
    from qgis.core import QgsFeature, QgsGeometry

    rows = [
        ("OK-1", "OK-1-BM", "Benchmark", 0, 47.699, 30.499),
        ("OK-1", "OK-1-TP1", "Start Point", 1, 47.70, 30.50),
        ("OK-1", "OK-1-TP2", "Turning point", 2, 4.77e300, 30.50),
        ("BAD-UTM", "BAD-UTM-TP1", "Start Point", 1, 498408.0, 3868393.0),
    ]
    for object_id, point_id, point_type, number, x, y in rows:
        feature = QgsFeature(points.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([object_id, point_id, point_type, number])
        points.dataProvider().addFeatures([feature])
    feedback = RecordingFeedback()
    result = run_alg(
        "mineaction:atlas",
        {
            "COVERAGE": layer,
            "POINTS": points,
            "DPI": 72,
            "OUTPUT": str(tmp_path / "hostile.pdf"),
            "OUTPUT_GPX": str(tmp_path / "h.gpx"),
        },
        feedback=feedback,
    )
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 4
    for hazard_id in ("BAD-HUGE", "BAD-INF", "BAD-UTM"):
        ((_, text),) = hazard_pages(pdf, hazard_id)
        assert "not longitudes and latitudes" in " ".join(text.split()), hazard_id
    ((_, ok_text),) = hazard_pages(pdf, "OK-1")
    flat = " ".join(ok_text.split())
    assert "Points not printed" in flat and "OK-1-TP2" in flat
    assert "30.500000" in flat and "BM" in flat.split()


def test_coordinates_that_cannot_be_transformed_get_a_page_note(run_alg, tmp_path):
    layer = _hostile_layer(
        "EPSG:32638",
        {
            "BAD-CS": [(1e30, 1e30), (1.1e30, 1e30), (1e30, 1.1e30)],
            "OK-UTM": [(769000.0, 3377000.0), (769200.0, 3377000.0), (769200.0, 3377200.0)],
        },
    )
    result = run_alg("mineaction:atlas", {"COVERAGE": layer, "DPI": 72, "OUTPUT": str(tmp_path / "cs.pdf")})
    pdf = Path(result["OUTPUT"])
    assert result["PAGES"] == 2
    ((_, text),) = hazard_pages(pdf, "BAD-CS")
    flat = " ".join(text.split())
    assert "could not be transformed" in flat or "not longitudes and latitudes" in flat
    ((_, ok_text),) = hazard_pages(pdf, "OK-UTM")
    assert "UTM zone 38N" in " ".join(ok_text.split())


def test_layers_kept_in_a_geopackage_are_laid_out_again_for_the_template(survey_register, tmp_path):
    """The dialog's path: prepare, save to a GeoPackage, build on another template: every point still printed."""
    from mineaction_qgis.core.atlas.data import save_atlas_layers
    from mineaction_qgis.core.atlas.layout import export_pdf

    layer = QgsVectorLayer(layer_uri(survey_register, "hazards"), "hazards", "ogr")
    points = QgsVectorLayer(layer_uri(survey_register, "points"), "points", "ogr")
    with PageTranslator("en"):
        data = prepare_atlas_data(layer, "en", points=points, filter_expression="\"hazard_id\" = 'LONG-250'")
        data = save_atlas_layers(data, tmp_path / "kept.gpkg", QgsCoordinateTransformContext())
        book = build_layout(QgsProject(), data, "a4_portrait")
    assert book.data.capacity != data.capacity
    assert book.layout.atlas().updateFeatures() == book.page_count == book.data.pages.featureCount()
    pdf = tmp_path / "portrait.pdf"
    export_pdf(book, pdf, 72)
    lines = [line for _, text in hazard_pages(pdf, "LONG-250") for line in table_lines(text)]
    assert len(lines) == len(survey_points("LONG-250"))


def test_two_records_with_one_id_keep_their_own_tables(run_alg, tmp_path):
    """A duplicated ID (a common register error) must not merge two hazards' tables or attributes."""
    layer = _hostile_layer("EPSG:4326", {"DUP-1": [(47.70, 30.50), (47.702, 30.50), (47.702, 30.502)]})
    other = _hostile_layer("EPSG:4326", {"DUP-1": [(47.80, 30.60), (47.803, 30.60), (47.803, 30.603), (47.80, 30.603)]})
    layer.dataProvider().addFeatures(list(other.getFeatures()))
    result = run_alg(
        "mineaction:atlas",
        {"COVERAGE": layer, "DPI": 72, "OUTPUT": str(tmp_path / "dup.pdf"), "OUTPUT_FOLDER": str(tmp_path / "pages")},
    )
    pdf = Path(result["OUTPUT"])
    first, second = [table_lines(text) for _, text in hazard_pages(pdf, "DUP-1")]
    assert len(first) == 3 and all("30.5" in line for line, _ in first)
    assert len(second) == 4 and all("30.60" in line for line, _ in second)
    assert sorted(p.name for p in (tmp_path / "pages").glob("*.pdf")) == ["DUP-1.pdf", "DUP-1_2.pdf"]
    assert pdf_pages(tmp_path / "pages" / "DUP-1_2.pdf") == 1


def test_gpx_leaves_gdal_as_it_found_it_and_reports_a_path_it_cannot_write(survey_register, tmp_path):
    """GDAL's exception switch is global to the QGIS process: the GPX writer must not turn it on."""
    from osgeo import ogr

    from mineaction_qgis.core.atlas.gpx import GpxError, write_gpx

    layer = QgsVectorLayer(layer_uri(survey_register, "hazards"), "hazards", "ogr")
    data = prepare_atlas_data(layer, "en", filter_expression="\"hazard_id\" = 'LONG-3'")
    before = ogr.GetUseExceptions()
    assert write_gpx(data.records, tmp_path / "ok.gpx") == 3
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(GpxError, match="could not be written"):
        write_gpx(data.records, blocker / "book.gpx")
    assert ogr.GetUseExceptions() == before
