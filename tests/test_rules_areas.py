"""Reported area against the polygon's area on the ellipsoid."""

import pytest

from tests.validation_data import box, ellipsoid_from_grid, hazard, run_validation


def test_area_mismatch_beyond_tolerance(tmp_path, run_alg):
    true_area = ellipsoid_from_grid(100 * 100)
    rows = [
        hazard("Exact", box(0, 0, 100, 100), estimated_area_m2=true_area),
        hazard("Within", box(200, 0, 100, 100), estimated_area_m2=true_area * 1.09),
        hazard("Hectares", box(400, 0, 100, 100), estimated_area_m2=1.0),
        hazard("Double", box(600, 0, 100, 100), estimated_area_m2=true_area * 2),
        hazard("Unknown", box(800, 0, 100, 100), estimated_area_m2=None),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["area_mismatch"])
    got = {f["hazard_id"]: f["value"] for f in found}
    assert set(got) == {"Hectares", "Double"}
    assert got["Double"] == pytest.approx(100.0, abs=0.01)
    assert got["Hectares"] == pytest.approx(100 * (1 - true_area) / true_area, abs=0.01)
    assert all(f["field"] == "estimated_area_m2" and f["severity"] == "warning" for f in found)
    _, found = run_validation(run_alg, tmp_path, rows, RULES=["area_mismatch"], AREA_TOLERANCE=5)
    assert {f["hazard_id"] for f in found} == {"Hectares", "Double", "Within"}


def test_area_in_degrees_layer_is_measured_on_the_ellipsoid(tmp_path, run_alg):
    """A 0.01° x 0.01° cell at 33° N is about 1.033 km²: a planar degree area would be flagged."""
    cell = "POLYGON((44 33, 44.01 33, 44.01 33.01, 44 33.01, 44 33))"
    _, found = run_validation(
        run_alg,
        tmp_path,
        [hazard("A", cell, estimated_area_m2=1_033_000.0)],
        crs="EPSG:4326",
        RULES=["area_mismatch"],
        AREA_TOLERANCE=1,
    )
    assert found == []
