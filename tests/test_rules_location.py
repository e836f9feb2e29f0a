"""Hazards outside the boundaries or outside their recorded governorate."""

import pytest

from tests.validation_data import box, ellipsoid_from_grid, governorates, hazard, run_validation


def test_outside_boundary_is_the_part_outside(tmp_path, run_alg):
    boundaries = governorates(tmp_path / "boundaries.gpkg")
    rows = [
        hazard("In", box(0, 0, 100, 100)),
        hazard("Edge", box(-5050, 0, 100, 100)),  # 50 x 100 m west of Baghdad's edge
        hazard("Far", box(-20000, 0, 100, 100), governorate=""),
    ]
    _, found = run_validation(
        run_alg, tmp_path, rows, BOUNDARIES=boundaries, RULES=["outside_boundary", "wrong_governorate"]
    )
    got = {f["hazard_id"]: f for f in found}
    assert set(got) == {"Edge", "Far"}
    assert got["Edge"]["value"] == pytest.approx(ellipsoid_from_grid(5000), rel=1e-3)
    assert got["Edge"]["geometry"].area() == pytest.approx(5000)
    assert got["Far"]["value"] == pytest.approx(ellipsoid_from_grid(10000), rel=1e-3)
    assert all(f["rule"] == "outside_boundary" and f["severity"] == "error" for f in found)


def test_wrong_governorate_with_share_inside_the_recorded_one(tmp_path, run_alg):
    boundaries = governorates(tmp_path / "boundaries.gpkg")
    rows = [
        hazard("Right", box(0, 0, 100, 100), governorate="Baghdad"),
        hazard("Arabic", box(200, 0, 100, 100), governorate="بغداد"),
        hazard("Case", box(400, 0, 100, 100), governorate=" baghdad"),
        hazard("Wrong", box(6000, 0, 100, 100), governorate="Baghdad"),
        hazard("Mostly", box(4975, 0, 100, 100), governorate="Baghdad"),  # 75 % in Diyala
        hazard("Unknown", box(600, 0, 100, 100), governorate="Atlantis"),
    ]
    _, found = run_validation(
        run_alg, tmp_path, rows, BOUNDARIES=boundaries, RULES=["outside_boundary", "wrong_governorate"]
    )
    got = {f["hazard_id"]: f for f in found}
    assert set(got) == {"Wrong", "Mostly", "Unknown"}
    assert got["Wrong"]["value"] == pytest.approx(0.0)
    assert got["Mostly"]["value"] == pytest.approx(25.0, abs=0.1)
    assert "Diyala" in got["Mostly"]["message"] and "Baghdad" in got["Unknown"]["message"]
    assert all(f["rule"] == "wrong_governorate" and f["field"] == "governorate" for f in found)


def test_boundaries_in_another_crs(tmp_path, run_alg):
    """Boundaries in UTM, hazards in degrees: transformed, not compared raw."""
    boundaries = governorates(tmp_path / "boundaries.gpkg")
    inside = "POLYGON((45.0 33.44, 45.001 33.44, 45.001 33.441, 45.0 33.441, 45.0 33.44))"
    _, found = run_validation(
        run_alg,
        tmp_path,
        [hazard("In", inside)],
        crs="EPSG:4326",
        BOUNDARIES=boundaries,
        RULES=["outside_boundary", "wrong_governorate"],
    )
    assert found == []


def test_governorate_spellings_and_aliases_match(tmp_path, run_alg):
    """Variants people write (core/common/governorates.py) match the boundary's name: no wrong_governorate."""
    boundaries = governorates(tmp_path / "boundaries.gpkg")
    rows = [
        hazard("Tatweel", box(0, 0, 100, 100), governorate="بـغـداد"),
        hazard("Diacritics", box(200, 0, 100, 100), governorate="بَغْدَاد"),
        hazard("Bagdad", box(400, 0, 100, 100), governorate="Bagdad"),
        hazard("Diala", box(6000, 0, 100, 100), governorate="Diala"),
        hazard("Yeh", box(6200, 0, 100, 100), governorate="ديالي"),
    ]
    _, found = run_validation(
        run_alg, tmp_path, rows, BOUNDARIES=boundaries, RULES=["outside_boundary", "wrong_governorate"]
    )
    assert found == []
