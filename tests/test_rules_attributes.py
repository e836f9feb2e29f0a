"""Attribute rules: mandatory values, code lists, duplicate IDs; field names as parameters."""

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QVariant

from tests.validation_data import box, hazard, run_validation, write_hazards

ATTRIBUTE_RULES = ["missing_value", "unknown_code", "duplicate_id"]


def test_missing_values_one_per_field(tmp_path, run_alg):
    rows = [
        hazard(None, box(0, 0, 10, 10)),
        hazard("Land-2", box(100, 0, 10, 10), status=" ", classification=None),
        hazard("Land-3", box(200, 0, 10, 10)),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=ATTRIBUTE_RULES)
    got = sorted((f["hazard_id"], f["rule"], f["field"], f["severity"]) for f in found)
    assert got == [
        ("", "missing_value", "hazard_id", "error"),
        ("Land-2", "missing_value", "classification", "error"),
        ("Land-2", "missing_value", "status", "error"),
    ]
    assert "#1" in [f for f in found if f["field"] == "hazard_id"][0]["message"], (
        "a record without ID is named by feature id"
    )


def test_unknown_codes_with_suggestion(tmp_path, run_alg):
    rows = [
        hazard("A", box(0, 0, 10, 10), status="worked on"),
        hazard("B", box(100, 0, 10, 10), classification="Minefield"),
        hazard("C", box(200, 0, 10, 10), status="Closed", classification="CHA"),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=ATTRIBUTE_RULES)
    got = sorted((f["hazard_id"], f["rule"], f["field"]) for f in found)
    assert got == [("A", "unknown_code", "status"), ("B", "unknown_code", "classification")]
    assert "'Worked On'" in [f for f in found if f["hazard_id"] == "A"][0]["message"]
    _, found = run_validation(
        run_alg,
        tmp_path,
        rows,
        RULES=ATTRIBUTE_RULES,
        CLASS_VALUES="SHA, CHA, Minefield",
        STATUS_VALUES="worked on, Closed, Open",
    )
    assert found == []


def test_duplicate_id_one_finding_per_record(tmp_path, run_alg):
    rows = [
        hazard("Land-1", box(0, 0, 10, 10)),
        hazard("Land-1", box(100, 0, 10, 10)),
        hazard("Land-1", box(200, 0, 10, 10)),
        hazard("Land-2", box(300, 0, 10, 10)),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=ATTRIBUTE_RULES)
    assert [(f["hazard_id"], f["rule"], f["value"], f["severity"]) for f in found] == [
        ("Land-1", "duplicate_id", 3, "warning")
    ] * 3
    assert sorted(f["feature_ids"] for f in found) == ["1", "2", "3"]


def test_other_field_names_as_parameters(tmp_path, run_alg):
    fields = QgsFields()
    for name in ("LocalID", "Stat", "Cls"):
        fields.append(QgsField(name, QVariant.Type.String))
    rows = [
        {"LocalID": "H1", "Stat": "Open", "Cls": "SHA", "wkt": box(0, 0, 10, 10)},
        {"LocalID": "H2", "Stat": "Bad", "Cls": "", "wkt": box(100, 0, 10, 10)},
    ]
    uri = write_hazards(tmp_path / "other.gpkg", rows, fields=fields)
    results = run_alg(
        "mineaction:validatehazards",
        {
            "INPUT": uri,
            "ID_FIELD": "LocalID",
            "STATUS_FIELD": "Stat",
            "CLASS_FIELD": "Cls",
            "AREA_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "OUTPUT": str(tmp_path / "issues.gpkg"),
        },
    )
    from tests.validation_data import findings

    got = sorted((f["hazard_id"], f["rule"], f["field"]) for f in findings(results["OUTPUT"]))
    assert got == [("H2", "missing_value", "Cls"), ("H2", "unknown_code", "Stat")]
