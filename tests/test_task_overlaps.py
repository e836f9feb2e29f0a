"""Task-order overlaps: known shared areas in UTM and EPSG:4326, tasks on no hazard, bad input."""

import pytest
from qgis.core import NULL, QgsFeature, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.common.model import TASK_LAYER
from tests import gaps_data as data


def _layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def _value(value):
    return None if value in (None, NULL) else value


@pytest.mark.parametrize("crs", [data.UTM, data.WGS84])
def test_overlaps_with_known_areas(run_alg, crs):
    results = run_alg(
        "mineaction:taskoverlaps",
        {"TASKS": data.task_layer(crs), "HAZARDS": data.hazard_layer(crs, data.TASK_HAZARDS), "OUTPUT": "memory:"},
    )
    assert results["OVERLAP_COUNT"] == len(data.EXPECTED_OVERLAPS)
    assert results["NO_HAZARD_COUNT"] == len(data.EXPECTED_NO_HAZARD)
    features = list(_layer(results["OUTPUT"]).getFeatures())
    overlaps = {(f["task_id"], f["other_task_id"]): f for f in features if f["finding"] == "overlap"}
    assert set(overlaps) == set(data.EXPECTED_OVERLAPS)
    for pair, (same_operator, periods, shapes) in data.EXPECTED_OVERLAPS.items():
        feature = overlaps[pair]
        expected = data.area(shapes, crs)
        assert abs(feature["area_m2"] - expected) < 0.05, pair
        assert feature["same_operator"] == same_operator, pair
        assert feature["periods_overlap"] == periods, pair
        assert feature.geometry().symDifference(data.geometry(shapes[0], crs)).area() < 1e-4 * feature.geometry().area()
    t1_t2 = overlaps[("T1", "T2")]
    assert (t1_t2["organisation"], t1_t2["other_organisation"]) == ("OpA", "OpB")
    assert (t1_t2["status"], t1_t2["other_status"]) == ("Active", "Active")
    assert t1_t2["start_date"] == QDate(2023, 1, 1) and t1_t2["other_end_date"] == QDate(2023, 9, 30)
    no_hazard = {f["task_id"] for f in features if f["finding"] == "no_hazard"}
    assert no_hazard == data.EXPECTED_NO_HAZARD
    for feature in features:
        if feature["finding"] == "no_hazard":
            assert _value(feature["other_task_id"]) is None and feature["task_id"] in feature["message"]


def test_touching_tasks_do_not_overlap_and_hazards_are_optional(run_alg):
    results = run_alg("mineaction:taskoverlaps", {"TASKS": data.task_layer(data.UTM), "OUTPUT": "memory:"})
    findings = [
        (f["finding"], f["task_id"], _value(f["other_task_id"])) for f in _layer(results["OUTPUT"]).getFeatures()
    ]
    assert ("overlap", "T2", "T5") not in findings, "T2 and T5 share an edge only"
    assert results["NO_HAZARD_COUNT"] == 0 and results["OVERLAP_COUNT"] == 2


def test_invalid_and_missing_geometries_are_flagged(run_alg):
    bowtie = [(50, 0), (150, 100), (150, 0), (50, 100), (50, 0)]
    tasks = data.TASKS[:1] + [("T9", "OpB", "Active", QDate(2023, 2, 1), QDate(2023, 2, 28), [bowtie])]
    layer = data.task_layer(data.UTM, tasks)
    empty = QgsFeature(layer.fields())
    empty.setAttributes(["T10", "OpC", "Active", None, None])
    layer.dataProvider().addFeatures([empty])
    results = run_alg("mineaction:taskoverlaps", {"TASKS": layer, "OUTPUT": "memory:"})
    by_finding = {}
    for feature in _layer(results["OUTPUT"]).getFeatures():
        by_finding.setdefault(feature["finding"], []).append(feature)
    assert [f["task_id"] for f in by_finding["invalid_geometry"]] == ["T9"]
    assert [f["task_id"] for f in by_finding["no_geometry"]] == ["T10"]
    (overlap,) = by_finding["overlap"]
    # T1 (0..100) against the repaired bow-tie: the left lobe's triangle (50,0)-(100,50)-(50,100).
    expected = data.area([[[(50, 0), (100, 50), (50, 100), (50, 0)]]], data.UTM)
    assert abs(overlap["area_m2"] - expected) < 0.05
    assert "invalid" in overlap["message"]


def test_task_id_field_is_required(run_alg):
    with pytest.raises(QgsProcessingException, match="task ID"):
        run_alg(
            "mineaction:taskoverlaps",
            {"TASKS": data.task_layer(data.UTM), "TASK_ID_FIELD": "nope", "OUTPUT": "memory:"},
        )


def test_defaults_are_canonical_task_fields(provider):
    from mineaction_qgis.processing.task_overlaps import TaskOverlapsAlgorithm

    algorithm = TaskOverlapsAlgorithm()
    algorithm.initAlgorithm()
    for name in ("TASK_ID_FIELD", "ORGANISATION_FIELD", "STATUS_FIELD", "START_DATE_FIELD", "END_DATE_FIELD"):
        assert algorithm.parameterDefinition(name).defaultValue() in TASK_LAYER.field_names()
    assert algorithm.groupId() == "landrelease"


def test_tasks_on_released_land_and_on_closed_hazards(run_alg):
    crs = data.UTM
    hazards = data.TASK_HAZARDS + [("HAZ-C", [data.rect(80, 80, 130, 130)], "Closed", "Baghdad", None)]
    releases = [
        ("R1", "HAZ-T", "cleared", "OpA", QDate(2022, 12, 1), [data.rect(0, 0, 50, 100)]),
        ("R2", "HAZ-T", "reduced", "OpA", QDate(2023, 5, 1), [data.rect(50, 0, 100, 100)]),
        ("R3", "HAZ-C", "cancelled", "OpB", QDate(2023, 12, 1), [data.rect(100, 100, 110, 110)]),
        ("R4", "HAZ-T", "none", "OpB", QDate(2020, 1, 1), [data.rect(0, 0, 200, 200)]),
    ]
    results = run_alg(
        "mineaction:taskoverlaps",
        {
            "TASKS": data.task_layer(crs),
            "HAZARDS": data.hazard_layer(crs, hazards),
            "RELEASES": data.release_layer(crs, releases),
            "OUTPUT": "memory:",
        },
    )
    features = list(_layer(results["OUTPUT"]).getFeatures())
    released = {f["task_id"]: f for f in features if f["finding"] == "on_released_land"}
    closed = {f["task_id"]: f for f in features if f["finding"] == "on_closed_hazard"}
    # R1 ended before T1 started; R2 after T1 and T2 started but before T3; R3 before T3; R4 released nothing.
    assert set(released) == {"T1", "T3"}
    assert abs(released["T1"]["area_m2"] - data.area([[data.rect(0, 0, 50, 100)]], crs)) < 0.05
    assert (
        abs(
            released["T3"]["area_m2"] - data.area([[data.rect(100, 100, 110, 110)], [data.rect(90, 90, 100, 100)]], crs)
        )
        < 0.05
    )
    assert "R1 (cleared)" in released["T1"]["message"] and "R2" not in released["T1"]["message"]
    assert set(closed) == {"T1", "T3"}
    assert abs(closed["T3"]["area_m2"] - data.area([[data.rect(90, 90, 120, 120)]], crs)) < 0.05
    assert abs(closed["T1"]["area_m2"] - data.area([[data.rect(80, 80, 100, 100)]], crs)) < 0.05
    assert "HAZ-C" in closed["T3"]["message"] and "Closed" in closed["T3"]["message"]
    assert (results["CLOSED_HAZARD_COUNT"], results["RELEASED_LAND_COUNT"]) == (2, 2)
