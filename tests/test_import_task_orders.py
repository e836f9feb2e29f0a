"""Task-order exports (CSV with WKT, Excel, GeoJSON) into the tasks layer, then taskoverlaps on the register."""

import json

import openpyxl
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.detect import detect_format
from mineaction_qgis.core.imsma.loader import load_files
from tests.imsma_fixtures import maxml_document, maxml_form, maxml_points

HEADER = ["Task ID", "Operator", "Team", "Hazard IDs", "Start Date", "End Date", "Status", "WKT"]
# Land-1 (closed) covers 44.00-44.01; ACT-1 cleared 44.00-44.005 in 2021.
ROWS = [
    [
        "TO-1",
        "Operator A",
        "Team 3",
        "Land-1; Land-2",
        "2022-03-01",
        "2022-04-30",
        "Issued",
        "POLYGON((44.001 36.001,44.004 36.001,44.004 36.004,44.001 36.004,44.001 36.001))",
    ],
    ["TO-2", "Operator B", "", "", "01/05/2022", "", "Ongoing", "POLYGON((45 36,45.01 36,45.01 36.01,45 36.01,45 36))"],
    ["", "Operator C", "", "", "", "", "Planned", ""],
    ["TO-4", "Operator C", "", "", "", "", "Planned", "POLYGON((45 36, broken"],
    ["TO-5", "Operator C", "", "", "", "", "Planned", ""],
]


def _csv(tmp_path):
    path = tmp_path / "tasks.csv"
    lines = [",".join(f'"{cell}"' for cell in row) for row in [HEADER] + ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(tmp_path):
    path = tmp_path / "tasks.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [HEADER] + ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _geojson(tmp_path):
    features = []
    for row in ROWS[:2]:
        x0 = float(row[7].split("((")[1].split()[0])
        ring = [[x0, 36.001], [x0 + 0.003, 36.001], [x0 + 0.003, 36.004], [x0, 36.004], [x0, 36.001]]
        properties = dict(zip(["TaskID", "Operator", "Team", "HazardIDs", "StartDate", "EndDate", "Status"], row[:7]))
        features.append(
            {"type": "Feature", "properties": properties, "geometry": {"type": "Polygon", "coordinates": [ring]}}
        )
    path = tmp_path / "tasks.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path


def _tasks(gpkg):
    layer = QgsVectorLayer(f"{gpkg}|layername=tasks", "tasks", "ogr")
    return {f["task_id"]: f for f in layer.getFeatures()}


def test_csv_and_excel_task_orders(tmp_path):
    for path in (_csv(tmp_path), _xlsx(tmp_path)):
        assert detect_format(str(path)).name == "task_orders"
        gpkg = tmp_path / f"{path.suffix[1:]}.gpkg"
        result = load_files([str(path)], str(gpkg))
        assert result.counts.by_layer[model.TASKS] == 3, path
        assert result.counts.reasons == {"missing_id": 1, "invalid_geometry": 1}, path
        assert result.counts.input_records() == len(ROWS)
        tasks = _tasks(gpkg)
        first = tasks["TO-1"]
        assert (first["organisation"], first["team"], first["hazard_id"], first["status"]) == (
            "Operator A",
            "Team 3",
            "Land-1, Land-2",
            "Planned",
        )
        assert first["start_date"] == QDate(2022, 3, 1) and first["end_date"] == QDate(2022, 4, 30)
        assert abs(first.geometry().area() - 0.003 * 0.003) < 1e-12
        assert tasks["TO-2"]["status"] == "Active" and tasks["TO-2"]["start_date"] == QDate(2022, 5, 1)
        assert tasks["TO-5"].geometry().isNull()  # loaded, and taskoverlaps reports no_geometry


def test_geojson_task_orders(tmp_path):
    path = _geojson(tmp_path)
    assert detect_format(str(path)).name == "task_orders"
    gpkg = tmp_path / "g.gpkg"
    result = load_files([str(path)], str(gpkg))
    assert result.counts.by_layer[model.TASKS] == 2
    assert _tasks(gpkg)["TO-1"]["team"] == "Team 3"


def test_taskoverlaps_on_the_register_flags_closed_hazard_and_released_land(tmp_path, run_alg):
    square = [(44.0, 36.0), (44.01, 36.0), (44.01, 36.01), (44.0, 36.01)]
    half = [(44.0, 36.0), (44.005, 36.0), (44.005, 36.01), (44.0, 36.01)]
    export = tmp_path / "register.xml"
    export.write_text(
        maxml_document(
            [
                maxml_form(
                    "Hazard",
                    "<hazard_localid>Land-1</hazard_localid><statusenum>Closed</statusenum>",
                    maxml_points(square),
                ),
                maxml_form(
                    "HazardReduction",
                    "<hazreduc_localid>ACT-1</hazreduc_localid><hazard_localid>Land-1</hazard_localid>"
                    # The release type is what was released, never implied by the activity type (issue 13).
                    "<hazreductypeenum>Clearance</hazreductypeenum><landreleasetypeenum>Cleared "
                    "Area</landreleasetypeenum>"
                    "<enddate>2021-06-01</enddate>",
                    maxml_points(half),
                ),
            ]
        ),
        encoding="utf-8",
    )
    gpkg = tmp_path / "register.gpkg"
    load_files([str(export)], str(gpkg))
    load_files([str(_csv(tmp_path))], str(gpkg), append=True)
    result = run_alg(
        "mineaction:taskoverlaps",
        {
            "TASKS": f"{gpkg}|layername=tasks",
            "HAZARDS": f"{gpkg}|layername=hazards",
            "RELEASES": f"{gpkg}|layername=activities",
            "OUTPUT": "memory:",
        },
    )
    findings = {(f["finding"], f["task_id"]) for f in result["OUTPUT"].getFeatures()}
    assert ("on_closed_hazard", "TO-1") in findings
    assert ("on_released_land", "TO-1") in findings
    assert ("no_hazard", "TO-2") in findings and ("no_geometry", "TO-5") in findings
    assert (result["CLOSED_HAZARD_COUNT"], result["RELEASED_LAND_COUNT"]) == (1, 1)
