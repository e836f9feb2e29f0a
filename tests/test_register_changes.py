"""``mineaction:registerchanges`` between two GeoPackages and from the PostGIS register; analyses reading PostGIS."""

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from mineaction_qgis.core.common import model
from mineaction_qgis.core.register.connection import layer_source, resolve_target
from tests.register_data import ADDED, CLOSED, DROPPED, GROWN, monthly_exports


@pytest.fixture(scope="module")
def months(run_alg, postgis, tmp_path_factory):
    """March and April imported into GeoPackages and, in order, into the PostGIS schema ``changes``."""
    folder = tmp_path_factory.mktemp("months")
    march, april = monthly_exports(folder)
    gpkgs = []
    for export in (march, april):
        result = run_alg(
            "mineaction:importimsma",
            {
                "INPUT": str(export),
                "OUTPUT": str(folder / f"{export.stem}.gpkg"),
                "REGISTER": postgis.uri(),
                "SCHEMA": "changes",
            },
        )
        gpkgs.append(result["OUTPUT"])
    return gpkgs, folder


def features(source):
    layer = source if isinstance(source, QgsVectorLayer) else QgsVectorLayer(source, "x", "ogr")
    return [
        {name: feature[name] for name in layer.fields().names()} | {"_geometry": feature.geometry()}
        for feature in layer.getFeatures()
    ]


def summary(result):
    geometries = sorted(
        (f["object_id"], f["kind"], f["part"], round(f["area_m2"]))
        for f in features(result["GEOMETRIES"])
        if f["layer"] == model.HAZARDS
    )
    attributes = sorted(
        (f["object_id"], f["kind"], f["field"] or "", f["old_value"] or "", f["new_value"] or "")
        for f in features(result["ATTRIBUTES"])
        if f["layer"] == model.HAZARDS
    )
    return geometries, attributes


def test_changes_between_two_geopackages(run_alg, months):
    (march, april), folder = months
    result = run_alg(
        "mineaction:registerchanges",
        {
            "BEFORE": march,
            "AFTER": april,
            "GEOMETRIES": str(folder / "geometries.gpkg"),
            "ATTRIBUTES": str(folder / "attributes.gpkg"),
            "REPORT": str(folder / "changes.html"),
        },
    )
    assert (result["NEW_COUNT"], result["CHANGED_COUNT"], result["MISSING_COUNT"]) == (1, 2, 1)
    geometries, attributes = summary(result)
    parts = {(hazard, kind, part) for hazard, kind, part, _area in geometries}
    assert parts == {(ADDED, "new", "gained"), (GROWN, "changed", "gained"), (DROPPED, "missing", "lost")}
    grown = [f for f in features(result["GEOMETRIES"]) if f["object_id"] == GROWN][0]
    old = {f["hazard_id"]: f["_geometry"] for f in features(f"{march}|layername=hazards")}[GROWN]
    new = {f["hazard_id"]: f["_geometry"] for f in features(f"{april}|layername=hazards")}[GROWN]
    assert grown["_geometry"].area() == pytest.approx(new.area() - old.area(), rel=1e-6)
    assert not grown["_geometry"].intersection(old).area() > 1e-12
    assert (CLOSED, "changed", "status", "Open", "Closed") in attributes
    assert (CLOSED, "changed", "remaining_area_m2", "1500", "0") in attributes
    html = (folder / "changes.html").read_text(encoding="utf-8")
    for text in (
        "Status changes",
        "Hazards closed",
        "New hazards by governorate",
        "Kirkuk",
        "Area released (km²)",
        CLOSED,
    ):
        assert text in html


def test_the_register_recorded_the_same_changes(run_alg, postgis, months):
    (march, april), folder = months
    from_gpkg = run_alg(
        "mineaction:registerchanges",
        {"BEFORE": march, "AFTER": april, "GEOMETRIES": "memory:", "ATTRIBUTES": "memory:"},
    )
    recorded = run_alg(
        "mineaction:registerchanges",
        {
            "REGISTER": postgis.uri("viewer"),
            "SCHEMA": "changes",
            "GEOMETRIES": "memory:",
            "ATTRIBUTES": "memory:",
            "REPORT": str(folder / "recorded.html"),
        },
    )

    def summary_of(result):
        return summary({name: result[name] for name in ("GEOMETRIES", "ATTRIBUTES")})

    assert summary_of(recorded) == summary_of(from_gpkg)
    html = (folder / "recorded.html").read_text(encoding="utf-8")
    assert "import 2 (april.xml" in html and "since import 1 (march.xml" in html


@pytest.mark.parametrize("language, expected", [("1", ('dir="rtl"', "المناطق الخطرة")), ("2", ('dir="rtl"', "ناوچە"))])
def test_report_in_arabic_and_sorani(run_alg, months, language, expected):
    (march, april), folder = months
    report = folder / f"changes_{language}.html"
    run_alg(
        "mineaction:registerchanges",
        {
            "BEFORE": march,
            "AFTER": april,
            "LANGUAGE": int(language),
            "GEOMETRIES": "memory:",
            "ATTRIBUTES": "memory:",
            "REPORT": str(report),
        },
    )
    html = report.read_text(encoding="utf-8")
    for text in expected:
        assert text in html
    assert "Hazards closed" not in html and "Generated on" not in html


def test_analyses_read_the_postgis_register_like_the_geopackage(run_alg, postgis, months, tmp_path):
    (_march, april), _folder = months
    target = resolve_target(postgis.conninfo("viewer"))
    from_pg = run_alg(
        "mineaction:validatehazards",
        {"INPUT": layer_source(target, "changes", model.HAZARDS), "OUTPUT": str(tmp_path / "from_register.gpkg")},
    )
    from_gpkg = run_alg(
        "mineaction:validatehazards",
        {"INPUT": f"{april}|layername=hazards", "OUTPUT": str(tmp_path / "from_file.gpkg")},
    )
    # The register still holds the hazard April no longer exports: one more checked.
    assert from_pg["CHECKED_COUNT"] == from_gpkg["CHECKED_COUNT"] + 1
    gaps = {}
    for name, hazards, releases in (
        ("pg", layer_source(target, "changes", model.HAZARDS), layer_source(target, "changes", model.ACTIVITIES)),
        ("gpkg", f"{april}|layername=hazards", f"{april}|layername=activities"),
    ):
        result = run_alg("mineaction:clearancegaps", {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:"})
        gaps[name] = {f["hazard_id"]: round(f["remaining_m2"]) for f in features(result["OUTPUT"])}
    assert gaps["pg"].pop(DROPPED) > 0
    assert gaps["pg"] == gaps["gpkg"]
    # An officer with the writer role keeps the findings in the register's schema.
    writer = resolve_target(postgis.conninfo("officer"))
    destination = layer_source(writer, "changes", "validation_issues")
    result = run_alg(
        "mineaction:validatehazards", {"INPUT": layer_source(writer, "changes", model.HAZARDS), "OUTPUT": destination}
    )
    assert postgis.psql("SELECT count(*) FROM changes.validation_issues") == str(result["ISSUE_COUNT"])


def test_atlas_finds_the_points_beside_a_postgis_coverage(run_alg, postgis, months, tmp_path):
    from mineaction_qgis.core.common.register_layers import sibling_layer

    target = resolve_target(postgis.conninfo("viewer"))
    coverage = QgsVectorLayer(
        layer_source(target, "changes", model.HAZARDS)[len("postgres://") :], "hazards", "postgres"
    )
    assert coverage.isValid()
    points = sibling_layer(coverage, model.POINTS)
    assert points is not None and points.featureCount() == int(postgis.psql("SELECT count(*) FROM changes.points"))
    result = run_alg(
        "mineaction:atlas",
        {
            "COVERAGE": layer_source(target, "changes", model.HAZARDS),
            "DPI": 72,
            "FILTER": f"\"hazard_id\" = '{GROWN}'",
            "OUTPUT": str(tmp_path / "atlas.pdf"),
        },
    )
    assert result["PAGES"] == 1
    from tests.test_atlas import pdf_text

    text = pdf_text(Path(result["OUTPUT"]), 1)
    assert "TP1" in text.split()  # the register's point (short ID); the polygon's own vertices would be P1, P2...


def test_the_atlas_dialog_prints_a_postgis_register_in_its_worker(qgis_app, provider, postgis, months, tmp_path):
    """The worker process opens the PostGIS layers by their data source; the selection picks the pages."""
    from qgis.core import QgsProject

    from mineaction_qgis.ui.atlas_dialog import AtlasDialog
    from tests.test_atlas import pdf_text

    target = resolve_target(postgis.conninfo("viewer"))
    coverage = QgsVectorLayer(
        layer_source(target, "changes", model.HAZARDS)[len("postgres://") :], "hazards", "postgres"
    )
    project = QgsProject.instance()
    project.clear()
    project.addMapLayer(coverage)
    try:
        coverage.selectByExpression(f"\"hazard_id\" = '{GROWN}'")
        dialog = AtlasDialog(project=project, open_pdf=False)
        assert dialog.coverageCombo.currentLayer() is coverage
        dialog.selectedOnlyCheck.setChecked(True)
        dialog.addLayoutCheck.setChecked(False)
        dialog.outputWidget.setFilePath(str(tmp_path / "pg.pdf"))
        dialog.run()
        assert dialog.wait(), "the printing did not finish"
        assert dialog.results.get("PAGES") == 1, dialog.messageLabel.text()
        text = pdf_text(tmp_path / "pg.pdf", 1)
        assert GROWN in text and "TP1" in text.split()  # the register's points, beside the coverage in PostGIS
    finally:
        project.clear()


def test_fixes_and_task_overlaps_read_the_postgis_register(run_alg, postgis, months, tmp_path):
    (_march, april), _folder = months
    target = resolve_target(postgis.conninfo("viewer"))
    results = {}
    for name, hazards, activities in (
        ("pg", layer_source(target, "changes", model.HAZARDS), layer_source(target, "changes", model.ACTIVITIES)),
        ("gpkg", f"{april}|layername=hazards", f"{april}|layername=activities"),
    ):
        fixed = run_alg("mineaction:fixhazards", {"INPUT": hazards, "OUTPUT": "memory:", "LOG": "memory:"})
        overlaps = run_alg(
            "mineaction:taskoverlaps",
            {"TASKS": activities, "TASK_ID_FIELD": "activity_id", "HAZARDS": hazards, "OUTPUT": "memory:"},
        )
        results[name] = (
            sorted(f["hazard_id"] for f in features(fixed["OUTPUT"])),
            overlaps["OVERLAP_COUNT"],
            overlaps["NO_HAZARD_COUNT"],
        )
    pg_hazards, *pg_counts = results["pg"]
    gpkg_hazards, *gpkg_counts = results["gpkg"]
    assert pg_hazards == sorted(gpkg_hazards + [DROPPED])  # the register keeps the hazard April no longer exports
    assert pg_counts == gpkg_counts
