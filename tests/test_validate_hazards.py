"""mineaction:validatehazards as a whole: clean register, bad input, report, previous run, synthetic registers."""

import re
from html.parser import HTMLParser

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.validation_data import (
    box,
    clean_rows,
    findings,
    governorates,
    hazard,
    run_validation,
    write_hazards,
)

BOWTIE_AT = "POLYGON(({x} {y}, {x2} {y2}, {x2} {y}, {x} {y2}, {x} {y}))"


def test_clean_register_has_no_finding(tmp_path, run_alg):
    boundaries = governorates(tmp_path / "boundaries.gpkg")
    results, found = run_validation(run_alg, tmp_path, clean_rows(), BOUNDARIES=boundaries, DATE_FIELDS="doi<doi")
    assert results["CHECKED_COUNT"] == 7
    assert results["ISSUE_COUNT"] == 0 and found == []


def test_missing_field_lists_the_layer_fields(tmp_path, run_alg):
    uri = write_hazards(tmp_path / "register.gpkg", clean_rows())
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(
            "mineaction:validatehazards",
            {"INPUT": uri, "STATUS_FIELD": "Status_NG", "OUTPUT": str(tmp_path / "i.gpkg")},
        )
    message = str(raised.value)
    assert "Status_NG" in message and "hazard_id" in message and "classification" in message


def test_bad_date_pair_is_refused(tmp_path, run_alg):
    uri = write_hazards(tmp_path / "register.gpkg", clean_rows())
    with pytest.raises(QgsProcessingException, match="earlier<later"):
        run_alg("mineaction:validatehazards", {"INPUT": uri, "DATE_FIELDS": "doi", "OUTPUT": str(tmp_path / "i.gpkg")})


def test_invalid_geometries_are_read_not_skipped(tmp_path, run_alg):
    rows = clean_rows()
    rows[0]["wkt"] = BOWTIE_AT.format(x=500000, y=3700000, x2=500100, y2=3700100)
    results, found = run_validation(run_alg, tmp_path, rows)
    assert results["CHECKED_COUNT"] == len(rows)
    assert ("Land-1", "invalid_geometry") in {(f["hazard_id"], f["rule"]) for f in found}


def test_issue_layer_mixes_points_lines_and_polygons(tmp_path, run_alg):
    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("B", box(50, 0, 100, 100)),
        hazard("C", BOWTIE_AT.format(x=500500, y=3700000, x2=500600, y2=3700100)),
        hazard("D", box(1000, 0, 6000, 50)),
    ]
    results, found = run_validation(run_alg, tmp_path, rows, AREA_FIELD="")
    kinds = {f["rule"]: f["geometry"].type() for f in found}
    from qgis.core import QgsWkbTypes

    assert kinds["overlap"] == QgsWkbTypes.GeometryType.PolygonGeometry
    assert kinds["invalid_geometry"] == QgsWkbTypes.GeometryType.PointGeometry
    assert kinds["vertex_spacing"] == QgsWkbTypes.GeometryType.LineGeometry
    for geometry_type, count in (("Polygon", 1), ("Point", 1), ("LineString", 2)):
        view = QgsVectorLayer(f"{results['OUTPUT']}|geometrytype={geometry_type}", "v", "ogr")
        assert view.isValid() and view.isSpatial() and view.featureCount() == count, geometry_type


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells, self.attrs, self._in_cell = [], {}, False

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.attrs = dict(attrs)
        self._in_cell = tag in ("td", "th")
        if self._in_cell:
            self.cells.append("")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._in_cell = False

    def handle_data(self, data):
        if self._in_cell:
            self.cells[-1] += data


def _report(tmp_path, run_alg, language=None):
    from qgis.core import QgsSettings

    from mineaction_qgis import i18n

    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("B", box(50, 0, 100, 100), governorate="Diyala"),
        hazard("C", box(500, 0, 100, 100), status="Unknown"),
        hazard("C", box(700, 0, 100, 100)),
    ]
    settings = QgsSettings()
    before = settings.value(i18n.SETTING_KEY, "")
    if language:
        i18n.set_language(language, settings)
    try:
        results, found = run_validation(run_alg, tmp_path, rows, AREA_FIELD="", REPORT=str(tmp_path / "report.html"))
    finally:
        settings.setValue(i18n.SETTING_KEY, before)
    return results, found, (tmp_path / "report.html").read_text(encoding="utf-8")


def test_html_report_counts(tmp_path, run_alg):
    results, found, text = _report(tmp_path, run_alg)
    assert results["REPORT"] == str(tmp_path / "report.html")
    assert "<svg" in text and "http" not in text.replace("http://www.w3.org/2000/svg", "")
    parser = _Text()
    parser.feed(text)
    assert parser.attrs.get("dir") == "ltr"
    cells = parser.cells
    # counts by rule: code, title, severity, count
    by_rule = {
        cells[i]: cells[i + 3]
        for i in range(len(cells) - 3)
        if cells[i] in ("overlap", "duplicate_id", "unknown_code")
        and cells[i + 2] in ("Error", "Warning", "Information")
    }
    assert by_rule == {"overlap": "1", "duplicate_id": "2", "unknown_code": "1"}
    assert len(found) == 4
    summary = re.findall(r'<div class="value">([^<]*)</div><div class="label">([^<]*)</div>', text)
    assert {label: value for value, label in summary} == {
        "Hazards checked": "4",
        "Findings": "4",
        "Records concerned": "4",
        "Error": "1",
        "Warning": "3",
        "Information": "0",
    }
    assert text.count("<tr>") >= 4 + 3 + 2  # all findings, by rule, by governorate


def test_html_report_is_right_to_left_in_arabic(tmp_path, run_alg):
    _, _, text = _report(tmp_path, run_alg, language="ar")
    assert re.search(r'<html lang="ar" dir="rtl"', text)
    assert "Noto Naskh Arabic" in text


def test_previous_run_keeps_reviewed_marks_and_flags_new_findings(tmp_path, run_alg):
    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("B", box(50, 0, 100, 100)),
        hazard("C", box(500, 0, 10, 10), status="?"),
    ]
    first = tmp_path / "first"
    first.mkdir()
    results, found = run_validation(run_alg, first, rows, AREA_FIELD="")
    assert all(f["is_new"] == 1 and f["reviewed"] == 0 for f in found)
    issues = QgsVectorLayer(results["OUTPUT"], "issues", "ogr")
    overlap = [f for f in issues.getFeatures() if f["rule"] == "overlap"][0]
    issues.dataProvider().changeAttributeValues({overlap.id(): {issues.fields().lookupField("reviewed"): 1}})
    del issues

    rows.append(hazard("D", box(900, 0, 10, 10), classification=None))
    second = tmp_path / "second"
    second.mkdir()
    _, found = run_validation(run_alg, second, rows, AREA_FIELD="", PREVIOUS=results["OUTPUT"])
    state = {(f["hazard_id"], f["rule"]): (f["reviewed"], f["is_new"]) for f in found}
    assert state == {("A, B", "overlap"): (1, 0), ("C", "unknown_code"): (0, 0), ("D", "missing_value"): (0, 1)}

    third = tmp_path / "third"
    third.mkdir()
    point_view = QgsVectorLayer(f"{results['OUTPUT']}|geometrytype=Point", "view", "ogr")  # a map view of the table
    _, found = run_validation(run_alg, third, rows, AREA_FIELD="", PREVIOUS=point_view)
    assert {(f["hazard_id"], f["rule"]): (f["reviewed"], f["is_new"]) for f in found} == state


def test_rules_parameter_selects_rules(tmp_path, run_alg):
    rows = [hazard("A", box(0, 0, 100, 100)), hazard("B", box(50, 0, 100, 100), status=None)]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["missing_value"])
    assert {f["rule"] for f in found} == {"missing_value"}


def test_every_rule_has_code_severity_title_and_help():
    from mineaction_qgis.core.validation.rules import ALL_RULES
    from mineaction_qgis.core.validation.rules.base import SEVERITIES

    codes = [rule.code for rule in ALL_RULES]
    assert len(codes) == len(set(codes)) == 16
    for rule in ALL_RULES:
        assert re.fullmatch(r"[a-z_]+", rule.code) and rule.severity in SEVERITIES
        assert rule.title() and len(rule.help()) > 40, rule.code


def test_impossible_coordinates_are_reported_not_fatal(tmp_path, run_alg):
    rows = [
        hazard("A", box(0, 0, 100, 100)),
        hazard("Nan", "POLYGON((500000 3700000, nan 3700100, 500100 3700100, 500000 3700000))"),
        hazard("Far", "POLYGON((500000 3700000, 1e300 3700100, 500100 3700100, 500000 3700000))"),
    ]
    results, found = run_validation(run_alg, tmp_path, rows)
    assert results["CHECKED_COUNT"] == 3
    by_hazard = {}
    for finding in found:
        by_hazard.setdefault(finding["hazard_id"], set()).add(finding["rule"])
    assert "empty_geometry" in by_hazard["Nan"]
    assert "vertex_spacing" in by_hazard["Far"]
    assert all(len(f["key"]) < 200 for f in found)


def test_shapefile_input_with_truncated_field_names(tmp_path, run_alg):
    """A shapefile (Polygon, 10-character field names), as exported from IMSMA NG."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    fields = QgsFields()
    for name in ("LocalID", "Status", "Classifica"):
        fields.append(QgsField(name, QVariant.Type.String, len=50))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    path = str(tmp_path / "Hazards_polygon.shp")
    writer = QgsVectorFileWriter.create(
        path,
        fields,
        QgsWkbTypes.Type.Polygon,
        QgsCoordinateReferenceSystem("EPSG:32638"),
        QgsCoordinateTransformContext(),
        options,
    )
    rows = [
        ("H1", "Open", "SHA", box(0, 0, 100, 100)),
        ("H2", "Open", "CHA", box(50, 0, 100, 100)),
        ("H3", "Closed", "", BOWTIE_AT.format(x=500500, y=3700000, x2=500600, y2=3700100)),
    ]
    for local_id, status, classification, wkt in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([local_id, status, classification])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert writer.addFeature(feature)
    del writer
    results = run_alg(
        "mineaction:validatehazards",
        {
            "INPUT": path,
            "ID_FIELD": "LocalID",
            "STATUS_FIELD": "Status",
            "CLASS_FIELD": "Classifica",
            "AREA_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "OUTPUT": str(tmp_path / "issues.gpkg"),
        },
    )
    got = sorted((f["hazard_id"], f["rule"]) for f in findings(results["OUTPUT"]))
    assert got == [("H1, H2", "overlap"), ("H3", "invalid_geometry"), ("H3", "missing_value")]


def test_temporary_output_is_a_geopackage(tmp_path, run_alg):
    results, _ = run_validation(
        run_alg, tmp_path, [hazard("A", box(0, 0, 10, 10), status=None)], OUTPUT="TEMPORARY_OUTPUT"
    )
    assert results["OUTPUT"].endswith(".gpkg") and results["ISSUE_COUNT"] == 1
    assert [f["rule"] for f in findings(results["OUTPUT"])] == ["missing_value"]
