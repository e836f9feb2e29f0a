"""The synthetic register generator: deterministic, canonical schema, every fault present, clean when asked.

The checks of the clean register are independent of the generator (QGIS geometry
and spatial index only), so they fail if the generator places or measures badly.
"""

import json
import math
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from benchmarks.synthetic import build_register
from benchmarks.synthetic_faults import ALL_FAULTS
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer

LAYER_NAMES = (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.TASKS, model.GOVERNORATES)


def _null(value) -> bool:
    """True for None and for QGIS's NULL variant."""
    return value is None or value == NULL


def _layer(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _features(gpkg: Path, name: str) -> list:
    request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return list(_layer(gpkg, name).getFeatures(request))


def _dump(gpkg: Path, vertices: bool = False) -> dict:
    """Every layer's rows: (attributes, geometry as WKB, or as a list of vertex coordinates)."""

    def shape(feature):
        if not feature.hasGeometry():
            return None
        if vertices:
            return [(v.x(), v.y()) for v in feature.geometry().vertices()]
        return feature.geometry().asWkb().data()

    return {name: [(f.attributes(), shape(f)) for f in _features(gpkg, name)] for name in LAYER_NAMES}


def _close(a, b) -> bool:
    """Equal; numbers within 1e-9 relative, or within 1 for areas in m² (which are rounded; another GEOS/PROJ
    build may differ in the last digits and flip a rounding). Coordinates (below 100) get no such slack."""
    if isinstance(a, float) or isinstance(b, float):
        if not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            return False
        return math.isclose(a, b, rel_tol=1e-9) or (abs(a) > 100 and abs(a - b) <= 1.0)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return a == b


@pytest.fixture(scope="module")
def faulty(qgis_app, tmp_path_factory):
    return build_register(tmp_path_factory.mktemp("faulty"), 150, seed=7, errors=True)


@pytest.fixture(scope="module")
def clean(qgis_app, tmp_path_factory):
    return build_register(tmp_path_factory.mktemp("clean"), 400, seed=3, errors=False)


@pytest.fixture(scope="module")
def measurer(qgis_app):
    return Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))


def test_same_seed_same_data_and_cache_reused(qgis_app, faulty, tmp_path):
    again = build_register(tmp_path, 150, seed=7, errors=True)
    assert again.gpkg != faulty.gpkg
    assert _dump(again.gpkg) == _dump(faulty.gpkg)
    assert again.errors == faulty.errors
    stamp = again.gpkg.stat().st_mtime_ns
    cached = build_register(tmp_path, 150, seed=7, errors=True)
    assert cached.gpkg == again.gpkg and cached.gpkg.stat().st_mtime_ns == stamp
    assert cached.errors == again.errors
    other = build_register(tmp_path, 150, seed=8, errors=True)
    assert _dump(other.gpkg)[model.HAZARDS] != _dump(faulty.gpkg)[model.HAZARDS]


def test_schema_is_the_canonical_model(faulty):
    for name in LAYER_NAMES:
        layer = _layer(faulty.gpkg, name)
        definition = model.LAYERS[name]
        names = [f.name() for f in layer.fields() if f.name() != "fid"]
        assert names == list(definition.field_names()), name
        for field_def in definition.fields:
            field = layer.fields().field(field_def.name)
            assert field.type() == field_def.type or (field_def.type == model._I and field.type() == model._L), (
                field_def.name
            )
        assert QgsWkbTypes.flatType(layer.wkbType()) == definition.wkb_type, name
        assert layer.crs().authid() == model.STORAGE_CRS


def test_counts_and_content(faulty):
    counts = faulty.counts
    assert counts[model.HAZARDS] == 150
    assert 1.6 * 150 <= counts[model.ACTIVITIES] <= 2.5 * 150
    assert counts[model.POINTS] >= 10 * 150
    assert counts[model.GOVERNORATES] == 9
    assert counts[model.TASKS] > 10
    governorates = _features(faulty.gpkg, model.GOVERNORATES)
    assert all(f["official"] is False or f["official"] == 0 for f in governorates)
    assert {"Ninewa", "Erbil", "Dohuk", "Sulaymaniyah", "Kirkuk", "Salah al-Din", "Anbar", "Diyala"} <= {
        f["name"] for f in governorates
    }
    assert all(f["name_ar"] and f["name_ckb"] for f in governorates)
    hazards = _features(faulty.gpkg, model.HAZARDS)
    assert {f["classification"] for f in hazards} >= {"SHA", "CHA"}
    assert {f["status"] for f in hazards} >= {"Open", "Worked On", "Closed"}
    assert len({f["organisation"] for f in hazards}) == 3
    sidecar = faulty.gpkg.with_name(faulty.gpkg.name.replace(".gpkg", ".errors.json"))
    assert json.loads(sidecar.read_text(encoding="utf-8"))["errors"] == faulty.errors


def test_points_follow_the_polygons(faulty, measurer):
    points = _features(faulty.gpkg, model.POINTS)
    by_hazard = {}
    for point in points:
        by_hazard.setdefault(point["object_id"], []).append(point)
    hazards = {f["hazard_id"]: f for f in _features(faulty.gpkg, model.HAZARDS) if f["hazard_id"]}
    plain = [h for h in hazards.values() if not any(h["hazard_id"] in e["hazard_id"] for e in faulty.errors)]
    assert len(plain) > 100
    surveyed = 0
    for hazard in plain:
        mine = by_hazard[hazard["hazard_id"]]
        types = [p["point_type"] for p in mine]
        assert types[:2] == ["Benchmark", "Reference point"]
        for single in mine[:2]:
            assert not hazard.geometry().intersects(single.geometry())
        vertices = [p for p in mine if p["poly_id"]]
        assert vertices[0]["point_type"] == "Start Point" and vertices[-1]["point_type"] == "End Point"
        assert 8 <= len(vertices) <= 80
        ring_count = sum(len(part[0]) - 1 for part in hazard.geometry().asMultiPolygon())
        assert ring_count == len(vertices)
        for before, after in zip(mine, mine[1:]):
            if not _null(after["bearing"]):
                surveyed += 1
                assert after["from_point_id"] == before["point_id"]
                distance = measurer.distance_m(before.geometry().asPoint(), after.geometry().asPoint())
                assert after["distance_m"] == pytest.approx(distance, abs=0.01)
    assert surveyed > 100


def test_every_fault_kind_is_present_and_recorded(faulty, measurer):
    kinds = {e["kind"] for e in faulty.errors}
    assert kinds == set(ALL_FAULTS)
    hazards = _features(faulty.gpkg, model.HAZARDS)
    ids = {f["hazard_id"] for f in hazards}
    for error in faulty.errors:
        assert error["detail"]
        for hazard_id in filter(None, error["hazard_id"].split(",")):
            assert hazard_id in ids, error
    by_id = {}
    for f in hazards:
        by_id.setdefault(f["hazard_id"], []).append(f)
    for error in faulty.errors:
        if error["kind"] == "overlap":
            a, b = (by_id[i][0].geometry() for i in error["hazard_id"].split(","))
            assert measurer.area_m2(a.intersection(b)) == pytest.approx(error["value"], rel=1e-6)
            assert error["value"] > 100
        elif error["kind"] == "duplicate_id":
            assert len(by_id[error["hazard_id"]]) == 2
        elif error["kind"] == "invalid_geometry":
            assert not by_id[error["hazard_id"]][0].geometry().isGeosValid()
        elif error["kind"] == "empty_geometry":
            assert by_id[error["hazard_id"]][0].geometry().isEmpty()
        elif error["kind"] == "area_mismatch":
            hazard = by_id[error["hazard_id"]][0]
            assert abs(hazard["estimated_area_m2"] / measurer.area_m2(hazard.geometry()) - 1) > 0.1
    clean_share = sum(1 for e in faulty.errors if e["kind"] in ("task_overlap", "task_no_hazard", "orphan_release"))
    assert len(faulty.errors) - clean_share <= 150 // 3


def test_fault_share_at_scale_is_realistic(qgis_app, tmp_path):
    info = build_register(tmp_path, 1000, seed=1, errors=True)
    hazard_faults = [e for e in info.errors if e["kind"] not in ("task_overlap", "task_no_hazard", "orphan_release")]
    assert 0.03 * 1000 <= len(hazard_faults) <= 0.06 * 1000


def test_clean_register_is_clean(clean, measurer):
    assert clean.errors == []
    hazards = _features(clean.gpkg, model.HAZARDS)
    activities = _features(clean.gpkg, model.ACTIVITIES)
    governorates = {f["name"]: f.geometry() for f in _features(clean.gpkg, model.GOVERNORATES)}
    assert len(hazards) == 400
    assert len({f["hazard_id"] for f in hazards}) == 400
    index = QgsSpatialIndex()
    geometries = {}
    for hazard in hazards:
        geometry = hazard.geometry()
        assert geometry.isGeosValid(), hazard["hazard_id"]
        assert hazard["status"] in model.STATUSES and hazard["classification"] in model.CLASSIFICATIONS
        assert governorates[hazard["governorate"]].contains(geometry), hazard["hazard_id"]
        area = measurer.area_m2(geometry)
        assert 2000 < area < 600_000
        assert abs(hazard["estimated_area_m2"] / area - 1) < 0.05
        parts = geometry.asMultiPolygon()
        for part in parts:
            ring = part[0]
            assert len(ring) - 1 >= 8
            for a, b in zip(ring, ring[1:]):
                assert 1e-6 < math.hypot(a.x() - b.x(), a.y() - b.y())
                assert measurer.distance_m(a, b) < 5000
        if len(parts) > 1:
            assert not QgsGeometry.fromPolygonXY(parts[0]).intersects(QgsGeometry.fromPolygonXY(parts[1]))
        index.addFeature(hazard)
        geometries[hazard.id()] = geometry
    for fid, geometry in geometries.items():
        for other in index.intersects(geometry.boundingBox()):
            if other != fid:
                assert not geometry.intersects(geometries[other]), (fid, other)
    releases = {}
    for activity in activities:
        assert activity["hazard_id"], activity["activity_id"]
        assert activity["start_date"] <= activity["end_date"]
        assert activity["release_type"] in model.RELEASE_TYPES and activity["activity_type"] in model.ACTIVITY_TYPES
        releases.setdefault(activity["hazard_id"], []).append(activity.geometry())
    by_id = {f["hazard_id"]: f for f in hazards}
    for hazard_id, parts in releases.items():
        hazard = by_id[hazard_id]
        union = QgsGeometry.unaryUnion(parts)
        assert measurer.area_m2(union.difference(hazard.geometry())) < 0.01, hazard_id
        remaining = measurer.area_m2(hazard.geometry().difference(union))
        assert hazard["remaining_area_m2"] == pytest.approx(remaining, abs=0.5), hazard_id
        if hazard["status"] == model.STATUS_CLOSED:
            assert remaining < 0.01
        else:
            assert remaining > 1


def test_committed_sample_matches_the_generator(qgis_app, tmp_path):
    """resources/sample was made by scripts/make_sample.py from this generator; if not, run that script again."""
    from scripts.make_sample import HAZARDS, SAMPLE_SEED
    from tests.conftest import ROOT

    sample = ROOT / "resources" / "sample"
    info = build_register(tmp_path, HAZARDS, seed=SAMPLE_SEED, errors=True)
    committed, fresh = _dump(sample / "register.gpkg", vertices=True), _dump(info.gpkg, vertices=True)
    for name in LAYER_NAMES:
        assert len(committed[name]) == len(fresh[name]), name
        for row_a, row_b in zip(committed[name], fresh[name]):
            assert _close(row_a, row_b), (name, row_a[0], row_b[0])
    assert _close(json.loads((sample / "register_errors.json").read_text(encoding="utf-8")), info.errors)
    manifest = json.loads((sample / "sample.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == info.counts and manifest["seed"] == SAMPLE_SEED
    for name in manifest["files"]:
        assert (sample / name).exists(), name
    document = (ROOT / "docs" / "sample-errors.md").read_text(encoding="utf-8")
    for error in info.errors:
        assert error["detail"].replace("|", "\\|") in document
