"""mineaction:fixhazards: safe repairs only, every hazard kept, every change logged."""

import pytest
from qgis.core import QgsVectorLayer

from tests.validation_data import X0, Y0, box, ellipsoid_from_grid, hazard, layer, write_hazards

BOWTIE = f"POLYGON(({X0} {Y0}, {X0 + 100} {Y0 + 100}, {X0 + 100} {Y0}, {X0} {Y0 + 100}, {X0} {Y0}))"
REPEATED = (
    f"POLYGON(({X0 + 500} {Y0}, {X0 + 600} {Y0}, {X0 + 600} {Y0}, {X0 + 600} {Y0 + 100}, {X0 + 500} {Y0 + 100}, "
    f"{X0 + 500} {Y0}, {X0 + 500} {Y0}))"
)
SLIVER = (
    f"MULTIPOLYGON((({X0 + 1000} {Y0}, {X0 + 1100} {Y0}, {X0 + 1100} {Y0 + 100}, {X0 + 1000} {Y0})),"
    f"(({X0 + 1200} {Y0}, {X0 + 1200.001} {Y0}, {X0 + 1200.001} {Y0 + 0.001}, {X0 + 1200} {Y0})))"
)


def _run(tmp_path, run_alg, rows):
    uri = write_hazards(tmp_path / "register.gpkg", rows)
    return run_alg(
        "mineaction:fixhazards",
        {"INPUT": uri, "OUTPUT": str(tmp_path / "fixed.gpkg"), "LOG": str(tmp_path / "log.gpkg")},
    )


def test_fixer_repairs_and_logs_every_change(tmp_path, run_alg):
    rows = [
        hazard("Bowtie", BOWTIE),
        hazard("Repeated", REPEATED),
        hazard("Sliver", SLIVER),
        hazard("Fine", box(2000, 0, 100, 100)),
        hazard("NoShape", None),
    ]
    results = _run(tmp_path, run_alg, rows)
    assert results["CHANGED_COUNT"] == 3
    fixed = {f["hazard_id"]: f for f in QgsVectorLayer(results["OUTPUT"], "f", "ogr").getFeatures()}
    assert set(fixed) == {"Bowtie", "Repeated", "Sliver", "Fine", "NoShape"}, "never deletes a hazard"
    assert all(f.geometry().isGeosValid() for f in fixed.values() if f.hasGeometry())
    bowtie = fixed["Bowtie"].geometry()
    assert bowtie.constGet().partCount() == 2, "both triangles of the bowtie are kept"
    assert bowtie.area() == pytest.approx(5000)
    assert fixed["Repeated"].geometry().constGet().nCoordinates() == 5
    assert fixed["Sliver"].geometry().constGet().partCount() == 1
    assert (
        fixed["Fine"]
        .geometry()
        .equals(layer(f"{tmp_path / 'register.gpkg'}|layername=hazards").getFeature(4).geometry())
    )
    assert fixed["Fine"]["status"] == "Open", "attributes are copied"

    log = sorted(((f["hazard_id"], f["change"]) for f in QgsVectorLayer(results["LOG"], "l", "ogr").getFeatures()))
    assert log == [("Bowtie", "repaired"), ("Repeated", "duplicate_vertices_removed"), ("Sliver", "sliver_dropped")]
    rows_by_change = {f["change"]: f for f in QgsVectorLayer(results["LOG"], "l", "ogr").getFeatures()}
    repaired = rows_by_change["repaired"]
    assert repaired["area_after_m2"] == pytest.approx(ellipsoid_from_grid(5000), rel=1e-3)
    assert repaired["area_change_m2"] == pytest.approx(repaired["area_after_m2"] - repaired["area_before_m2"])
    assert "2" in rows_by_change["duplicate_vertices_removed"]["detail"]


def test_fixed_register_validates_clean_of_what_was_fixed(tmp_path, run_alg):
    rows = [hazard("Bowtie", BOWTIE), hazard("Repeated", REPEATED)]
    results = _run(tmp_path, run_alg, rows)
    check = run_alg(
        "mineaction:validatehazards",
        {
            "INPUT": results["OUTPUT"],
            "RULES": ["invalid_geometry", "duplicate_vertex"],
            "OUTPUT": str(tmp_path / "i.gpkg"),
        },
    )
    assert check["ISSUE_COUNT"] == 0
