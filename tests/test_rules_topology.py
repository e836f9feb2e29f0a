"""Overlaps and duplicates between hazards: the overlap polygon itself, its area on the ellipsoid."""

import pytest

from tests.validation_data import box, ellipsoid_from_grid, hazard, run_validation


def test_overlap_is_the_common_polygon_with_its_area(tmp_path, run_alg):
    rows = [
        hazard("Land-1", box(0, 0, 100, 100)),
        hazard("Land-2", box(60, 20, 100, 100)),  # 40 x 80 m over Land-1
        hazard("Land-3", box(160, 0, 50, 50)),  # touches Land-2's corner line only: x = 160
        hazard("Land-4", box(1000, 0, 100, 100)),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["overlap", "duplicate_geometry"])
    assert [(f["hazard_id"], f["rule"], f["severity"]) for f in found] == [("Land-1, Land-2", "overlap", "error")]
    expected = ellipsoid_from_grid(40 * 80)  # computed here from the UTM scale factor, not by the plugin
    assert found[0]["value"] == pytest.approx(expected, rel=2e-4)
    overlap = found[0]["geometry"]
    assert overlap.area() == pytest.approx(40 * 80)
    box_ = overlap.boundingBox()
    assert (box_.width(), box_.height()) == (pytest.approx(40), pytest.approx(80))
    assert found[0]["feature_ids"] == "1, 2"


def test_overlap_below_the_minimum_is_not_reported(tmp_path, run_alg):
    rows = [hazard("A", box(0, 0, 100, 100)), hazard("B", box(99.5, 0, 100, 1))]  # 0.5 m²
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["overlap"])
    assert found == []
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["overlap"], MIN_OVERLAP_AREA=0.1)
    assert len(found) == 1 and found[0]["value"] == pytest.approx(0.5, rel=1e-2)


def test_duplicate_geometry_instead_of_overlap(tmp_path, run_alg):
    same = box(0, 0, 100, 100)
    reversed_ring = "POLYGON((500000 3700000, 500000 3700100, 500100 3700100, 500100 3700000, 500000 3700000))"
    rows = [hazard("A", same), hazard("B", reversed_ring), hazard("C", box(300, 0, 10, 10))]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["overlap", "duplicate_geometry"])
    assert [(f["hazard_id"], f["rule"]) for f in found] == [("A, B", "duplicate_geometry")]
    assert found[0]["value"] == pytest.approx(ellipsoid_from_grid(10_000), rel=2e-4)
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["overlap"])
    assert [(f["hazard_id"], f["rule"]) for f in found] == [("A, B", "overlap")]
