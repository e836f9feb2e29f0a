"""Date pairs that must be in order."""

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QDate, QVariant

from tests.validation_data import box, findings, write_hazards


def test_date_order_and_unreadable_dates(tmp_path, run_alg):
    fields = QgsFields()
    fields.append(QgsField("hazard_id", QVariant.Type.String))
    fields.append(QgsField("start_date", QVariant.Type.Date))
    fields.append(QgsField("end_text", QVariant.Type.String))
    rows = [
        {"hazard_id": "Good", "start_date": QDate(2020, 1, 1), "end_text": "2020-02-01", "wkt": box(0, 0, 10, 10)},
        {"hazard_id": "Late", "start_date": QDate(2021, 3, 11), "end_text": "2021-03-01", "wkt": box(100, 0, 10, 10)},
        {"hazard_id": "Typo", "start_date": QDate(2021, 3, 11), "end_text": "11/03/20x1", "wkt": box(200, 0, 10, 10)},
        {"hazard_id": "Open", "start_date": QDate(2021, 3, 11), "end_text": None, "wkt": box(300, 0, 10, 10)},
    ]
    uri = write_hazards(tmp_path / "dates.gpkg", rows, fields=fields)
    results = run_alg(
        "mineaction:validatehazards",
        {
            "INPUT": uri,
            "STATUS_FIELD": "",
            "CLASS_FIELD": "",
            "AREA_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "DATE_FIELDS": "start_date<end_text",
            "OUTPUT": str(tmp_path / "issues.gpkg"),
        },
    )
    got = sorted((f["hazard_id"], f["rule"], f["field"], f["value"]) for f in findings(results["OUTPUT"]))
    assert got[0][:3] == ("Late", "date_order", "start_date<end_text") and got[0][3] == 10
    assert got[1][:3] == ("Typo", "date_order", "end_text")
    assert len(got) == 2
