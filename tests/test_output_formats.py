"""Every output format is staged: a shapefile (with its side files), a GeoJSON or a CSV is replaced only by
a run that succeeds; a failed or cancelled run leaves the earlier output byte for byte."""

import hashlib
import os
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

SHAPEFILE_SIDES = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def snapshot(folder: Path) -> dict:
    """Name -> sha256 of every file of ``folder`` (new, changed and vanished files all show)."""
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in sorted(os.listdir(folder))}


def leftovers(folder: Path) -> list:
    return [name for name in os.listdir(folder) if ".partial-" in name]


@pytest.fixture
def register(tmp_path) -> str:
    from tests.validation_data import clean_rows, write_hazards

    (tmp_path / "in").mkdir()
    return write_hazards(tmp_path / "in" / "register.gpkg", clean_rows())


def run_fix(run_alg, register: str, output: Path, feedback=None) -> dict:
    log = output.with_name("log.csv")
    return run_alg(
        "mineaction:fixhazards", {"INPUT": register, "OUTPUT": str(output), "LOG": str(log)}, feedback=feedback
    )


@pytest.mark.parametrize("name", ["fixed.shp", "fixed.geojson", "fixed.csv", "fixed.xlsx"])
def test_a_cancelled_run_leaves_the_earlier_output_and_a_good_run_replaces_it(tmp_path, run_alg, register, name):
    out = tmp_path / "out"
    out.mkdir()
    first = run_fix(run_alg, register, out / name)
    assert first["OUTPUT"].startswith(str(out / name)) and not leftovers(out)
    assert QgsVectorLayer(str(out / name), "f", "ogr").featureCount() == 7
    if name.endswith(".shp"):
        assert {Path(n).suffix for n in os.listdir(out)} >= set(SHAPEFILE_SIDES)
    before = snapshot(out)
    cancelled = QgsProcessingFeedback()
    cancelled.cancel()
    run_fix(run_alg, register, out / name, cancelled)
    assert snapshot(out) == before and not leftovers(out)
    (out / "fixed.qix").write_bytes(b"an index of the earlier shapefile")  # stale once the file is replaced
    (out / "fixed.qml").write_bytes(b"the officer's style")  # not written by the run: kept
    again = run_fix(run_alg, register, out / name)
    assert ".partial-" not in again["OUTPUT"] and not leftovers(out)
    assert QgsVectorLayer(str(out / name), "f", "ogr").featureCount() == 7
    assert (out / "fixed.qml").is_file()
    assert (out / "fixed.qix").exists() is not name.endswith(".shp")


def test_a_run_failing_half_way_through_a_shapefile_leaves_the_earlier_one(tmp_path, run_alg, register):
    """Findings of mixed geometry (points and polygons) cannot all go into one shapefile: the run fails half-way
    through writing, and the earlier output, side files included, stays as it was."""
    from tests.validation_data import box, clean_rows, hazard, write_hazards

    out = tmp_path / "out"
    out.mkdir()
    name = "issues.shp"
    run_alg("mineaction:validatehazards", {"INPUT": register, "OUTPUT": str(out / name)})
    before = snapshot(out)
    rows = clean_rows() + [hazard("Land-8", box(100, 100, 0, 0)), hazard("Land-1", box(20, 20, 100, 150))]
    broken = write_hazards(tmp_path / "in" / "broken.gpkg", rows)
    with pytest.raises(QgsProcessingException, match="Could not write feature"):
        run_alg("mineaction:validatehazards", {"INPUT": broken, "OUTPUT": str(out / name)})
    assert snapshot(out) == before and not leftovers(out)


@pytest.mark.parametrize("name", ["gaps.shp", "gaps.geojson"])
def test_a_run_failing_after_its_layers_are_written_leaves_them_all_as_they_were(tmp_path, run_alg, name):
    """The report cannot be written (a folder stands where it should go) after the layers are complete: the
    run fails and none of its outputs replaces the earlier one."""
    from tests import gaps_data as data

    out = tmp_path / "out"
    out.mkdir()
    parameters = {
        "HAZARDS": data.hazard_layer(data.UTM),
        "RELEASES": data.release_layer(data.UTM),
        "OUTPUT": str(out / name),
        "SUMMARY": str(out / "summary.csv"),
    }
    run_alg("mineaction:clearancegaps", parameters)
    assert QgsVectorLayer(str(out / name), "g", "ogr").featureCount() > 0
    before = snapshot(out)
    (tmp_path / "report.html").mkdir()
    with pytest.raises(QgsProcessingException, match="report.html"):
        run_alg("mineaction:clearancegaps", dict(parameters, REPORT=str(tmp_path / "report.html")))
    assert snapshot(out) == before and not leftovers(out) and not leftovers(tmp_path)


def test_a_layer_added_to_an_existing_geopackage_goes_through_a_copy(tmp_path, run_alg):
    """``ogr:dbname=... table=...`` into a GeoPackage holding the officer's own layers: a failed run leaves the file
    as it was; a good one adds the layer and keeps the others."""
    from tests import gaps_data as data
    from tests.validation_data import clean_rows, write_hazards

    out = tmp_path / "out"
    out.mkdir()
    write_hazards(out / "mine.gpkg", clean_rows())
    parameters = {
        "HAZARDS": data.hazard_layer(data.UTM),
        "RELEASES": data.release_layer(data.UTM),
        "OUTPUT": f"ogr:dbname='{out / 'mine.gpkg'}' table=\"gaps\" (geom)",
    }
    before = snapshot(out)
    (tmp_path / "report.html").mkdir()
    with pytest.raises(QgsProcessingException, match="report.html"):
        run_alg("mineaction:clearancegaps", dict(parameters, REPORT=str(tmp_path / "report.html")))
    assert snapshot(out) == before and not leftovers(out)
    results = run_alg("mineaction:clearancegaps", parameters)
    assert str(out / "mine.gpkg") in results["OUTPUT"] and ".partial-" not in results["OUTPUT"]
    assert QgsVectorLayer(f"{out / 'mine.gpkg'}|layername=gaps", "g", "ogr").featureCount() > 0
    assert QgsVectorLayer(f"{out / 'mine.gpkg'}|layername=hazards", "h", "ogr").featureCount() == 7
    assert not leftovers(out)


def test_an_output_over_an_input_shapefile_or_its_side_file_is_refused(tmp_path, run_alg, register):
    out = tmp_path / "out"
    out.mkdir()
    run_fix(run_alg, register, out / "fixed.shp")
    before = snapshot(out)
    for output, log in (("fixed.shp", "log2.csv"), ("again.gpkg", "fixed.dbf")):
        with pytest.raises(QgsProcessingException, match="input file itself"):
            run_alg(
                "mineaction:fixhazards",
                {"INPUT": str(out / "fixed.shp"), "OUTPUT": str(out / output), "LOG": str(out / log)},
            )
    with pytest.raises(QgsProcessingException, match="input file itself"):
        run_alg(
            "mineaction:validatehazards",
            {"INPUT": str(out / "fixed.shp"), "OUTPUT": "memory:", "REPORT": str(out / "fixed.shx")},
        )
    assert snapshot(out) == before and not leftovers(out)
