"""Geometry rules, each with a known answer.

Invalid, empty, too few vertices, repeated and distant vertices, parts overlapping.
"""

import pytest

from tests.validation_data import X0, Y0, box, hazard, run_validation

BOWTIE = f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 100} {Y0}, {X0} {Y0 + 100}, {X0} {Y0}))"


def test_invalid_geometry_named_and_located_at_the_self_intersection(tmp_path, run_alg):
    results, found = run_validation(
        run_alg, tmp_path, [hazard("Land-1", BOWTIE), hazard("Land-2", box(500, 0, 50, 50))], RULES=["invalid_geometry"]
    )
    assert results["CHECKED_COUNT"] == 2, "the invalid hazard is read, not skipped"
    assert [(f["hazard_id"], f["rule"], f["severity"]) for f in found] == [("Land-1", "invalid_geometry", "error")]
    assert "Self-intersection" in found[0]["message"] and "Land-1" in found[0]["message"]
    point = found[0]["geometry"].asPoint()
    assert point.x() == pytest.approx(X0 + 50) and point.y() == pytest.approx(Y0 + 50)


def test_ring_with_too_few_points_is_read_and_reported(tmp_path, run_alg):
    degenerate = f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0} {Y0}))"
    results, found = run_validation(
        run_alg, tmp_path, [hazard("Land-1", degenerate), hazard("Land-2", box(500, 0, 50, 50))]
    )
    assert results["CHECKED_COUNT"] == 2
    rules = {f["rule"] for f in found if f["hazard_id"] == "Land-1"}
    assert "too_few_vertices" in rules and "invalid_geometry" in rules
    few = [f for f in found if f["rule"] == "too_few_vertices"][0]
    assert few["value"] == 2 and few["severity"] == "error"
    assert not [f for f in found if f["hazard_id"] == "Land-2"]


def test_empty_geometry(tmp_path, run_alg):
    _, found = run_validation(
        run_alg,
        tmp_path,
        [hazard("Land-1", None), hazard("Land-2", box(0, 0, 50, 50))],
        RULES=["empty_geometry", "too_few_vertices", "invalid_geometry"],
    )
    assert [(f["hazard_id"], f["rule"]) for f in found] == [("Land-1", "empty_geometry")]


def test_duplicate_vertices_found_where_they_are(tmp_path, run_alg):
    x1, y1 = X0 + 100, Y0
    repeated = (
        f"POLYGON(({X0} {Y0}, {x1} {y1}, {x1} {y1}, {X0 + 100} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}, {X0} {Y0}))"
    )
    _, found = run_validation(
        run_alg,
        tmp_path,
        [hazard("Land-1", repeated), hazard("Land-2", box(500, 0, 50, 50))],
        RULES=["duplicate_vertex"],
    )
    assert [(f["hazard_id"], f["rule"], f["severity"], f["value"]) for f in found] == [
        ("Land-1", "duplicate_vertex", "info", 2)
    ]
    points = {(round(p.x()), round(p.y())) for p in found[0]["geometry"].asMultiPoint()}
    assert points == {(round(x1), round(y1)), (round(X0), round(Y0))}


def test_vertex_spacing_gives_the_segment_and_its_length(tmp_path, run_alg):
    long_one = f"POLYGON(({X0} {Y0}, {X0 + 6000} {Y0}, {X0 + 6000} {Y0 + 100}, {X0} {Y0 + 100}, {X0} {Y0}))"
    _, found = run_validation(
        run_alg,
        tmp_path,
        [hazard("Land-1", long_one), hazard("Land-2", box(0, 500, 4000, 100))],
        RULES=["vertex_spacing"],
    )
    assert len(found) == 2, "both 6 km sides, not the 4 km ones of Land-2"
    assert {f["hazard_id"] for f in found} == {"Land-1"}
    for finding in found:
        assert finding["value"] == pytest.approx(6000 / 0.9996, rel=1e-3)
        line = finding["geometry"].asPolyline()
        assert len(line) == 2 and abs(line[0].x() - line[1].x()) == pytest.approx(6000)


def test_vertex_spacing_in_degrees(tmp_path, run_alg):
    """In EPSG:4326 a 0.06° step east at 33° N is about 5.6 km; 0.04° (3.7 km) is not reported."""
    wide = "POLYGON((44 33, 44.06 33, 44.06 33.001, 44 33.001, 44 33))"
    narrow = "POLYGON((45 33, 45.04 33, 45.04 33.001, 45 33.001, 45 33))"
    _, found = run_validation(
        run_alg, tmp_path, [hazard("A", wide), hazard("B", narrow)], crs="EPSG:4326", RULES=["vertex_spacing"]
    )
    assert [f["hazard_id"] for f in found] == ["A", "A"]
    assert found[0]["value"] == pytest.approx(5605, rel=0.01)


def test_multipart_self_overlap_with_its_percentage(tmp_path, run_alg):
    a, b = box(0, 0, 100, 100)[len("POLYGON") :], box(50, 0, 100, 100)[len("POLYGON") :]
    far = box(1000, 0, 100, 100)[len("POLYGON") :]
    overlapping = f"MULTIPOLYGON({a}, {b})"
    apart = f"MULTIPOLYGON({box(0, 500, 100, 100)[len('POLYGON') :]}, {far})"
    _, found = run_validation(
        run_alg, tmp_path, [hazard("Land-1", overlapping), hazard("Land-2", apart)], RULES=["multipart_self_overlap"]
    )
    assert [(f["hazard_id"], f["rule"]) for f in found] == [("Land-1", "multipart_self_overlap")]
    # 50 x 100 m overlap of a 150 x 100 m union: 33.3 %
    assert found[0]["value"] == pytest.approx(100 * 5000 / 15000, rel=1e-3)
    assert found[0]["geometry"].area() == pytest.approx(5000)
