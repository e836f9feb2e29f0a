"""Import integration: reader messages in the Processing log, folders and layer URIs as input,
the profile chosen for the export, and the sample register through the demo's import step."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from benchmarks.writers import gis
from mineaction_qgis.core.imsma.detect import DetectError, detect_format, suggest_profile
from mineaction_qgis.core.imsma.loader import load_files
from mineaction_qgis.core.imsma.records import ReadOptions, degenerate_ring
from tests.imsma_fixtures import HAZARD_COUNT, build_register

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"


class RecordingFeedback(QgsProcessingFeedback):
    """A Processing feedback that keeps the warnings and infos it is given, as the log would show them."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []
        self.errors = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


@pytest.fixture
def register(tmp_path) -> Path:
    return build_register(tmp_path)


def rejected_reasons(gpkg: Path) -> Counter:
    layer = QgsVectorLayer(f"{gpkg}|layername=rejected", "rejected", "ogr")
    return Counter(feature["reason_code"] for feature in layer.getFeatures())


# --- 1. reader warnings reach the Processing log ---------------------------------------------


def test_reader_warnings_reach_the_processing_log(tmp_path, register, run_alg):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    (folder / "hazard_polygons.prj").unlink()
    feedback = RecordingFeedback()
    run_alg(
        "mineaction:importimsma",
        {
            "INPUT": str(folder / "hazard_polygons.shp"),
            "SOURCE_CRS": "EPSG:32638",
            "OUTPUT": str(tmp_path / "out.gpkg"),
        },
        feedback=feedback,
    )
    assert any("no coordinate reference system" in text and "EPSG:32638" in text for text in feedback.warnings)


def test_slice_forwards_progress_and_cancel(tmp_path, register):
    from mineaction_qgis.core.imsma.loader import _Slice

    parent = RecordingFeedback()
    part = _Slice(parent, 50.0, 25.0)
    part.setProgress(40.0)
    assert parent.progress() == pytest.approx(60.0)
    part.pushWarning("a reader warning")
    part.pushInfo("a reader note")
    part.reportError("a reader error")
    assert (
        parent.warnings == ["a reader warning"]
        and parent.infos == ["a reader note"]
        and parent.errors == ["a reader error"]
    )
    parent.cancel()
    assert part.isCanceled()


# --- 2. layer URIs, PostGIS URIs and folders as input ----------------------------------------


def test_detect_accepts_layer_suffixes_and_postgres_uris(tmp_path, register):
    staging = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    assert detect_format(f"{staging}|layername=HAZARD_POLYGON_VIEW").name == "gis_export"
    assert detect_format(f"{staging}|layerid=0").name == "gis_export"
    assert (
        detect_format('dbname=\'imsma\' host=localhost table="staging"."HAZARD_POLYGON_VIEW" (shape)').name
        == "gis_export"
    )
    with pytest.raises(DetectError, match="does not exist"):
        detect_format(f"{tmp_path / 'missing.gpkg'}|layername=HAZARD_POLYGON_VIEW")


def test_layerid_suffix_reads_only_that_layer(tmp_path, register):
    staging = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    dataset = ogr.Open(str(staging))
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    dataset = None
    index = names.index("HAZREDUC_POLYGON_VIEW")
    result = load_files([f"{staging}|layerid={index}"], str(tmp_path / "out.gpkg"))
    assert (result.counts.hazards, result.counts.activities, result.counts.points, result.counts.rejected) == (
        0,
        2,
        0,
        0,
    )


@pytest.mark.parametrize("parameter", ["INPUT", "INPUT_URI"])
def test_algorithm_reads_a_geopackage_staging_view_uri(tmp_path, register, run_alg, parameter):
    staging = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    output = tmp_path / "views.gpkg"
    result = run_alg(
        "mineaction:importimsma", {parameter: f"{staging}|layername=HAZARD_POLYGON_VIEW", "OUTPUT": str(output)}
    )
    assert (result["HAZARD_COUNT"], result["ACTIVITY_COUNT"], result["POINT_COUNT"], result["REJECTED_COUNT"]) == (
        HAZARD_COUNT,
        0,
        0,
        0,
    )
    hazards = QgsVectorLayer(f"{output}|layername=hazards", "hazards", "ogr")
    assert hazards.featureCount() == HAZARD_COUNT


@pytest.mark.parametrize("parameter", ["INPUT", "INPUT_FOLDER"])
def test_algorithm_reads_a_folder_of_shapefiles(tmp_path, register, run_alg, parameter):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    result = run_alg("mineaction:importimsma", {parameter: str(folder), "OUTPUT": str(tmp_path / "shp.gpkg")})
    assert (result["HAZARD_COUNT"], result["ACTIVITY_COUNT"], result["POINT_COUNT"], result["REJECTED_COUNT"]) == (
        HAZARD_COUNT,
        2,
        1,
        0,
    )


def test_algorithm_reads_a_file_geodatabase_folder(tmp_path, register, run_alg):
    gdb = gis.write_ng_fgdb(register, tmp_path)
    result = run_alg("mineaction:importimsma", {"INPUT_FOLDER": str(gdb), "OUTPUT": str(tmp_path / "gdb.gpkg")})
    assert (result["HAZARD_COUNT"], result["ACTIVITY_COUNT"], result["POINT_COUNT"], result["REJECTED_COUNT"]) == (
        HAZARD_COUNT,
        2,
        1,
        0,
    )


def test_algorithm_wants_exactly_one_source(tmp_path, register, run_alg):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    with pytest.raises(QgsProcessingException, match="exactly one"):
        run_alg("mineaction:importimsma", {"OUTPUT": str(tmp_path / "none.gpkg")})
    with pytest.raises(QgsProcessingException, match="exactly one"):
        run_alg(
            "mineaction:importimsma",
            {
                "INPUT": str(folder / "hazard_polygons.shp"),
                "INPUT_FOLDER": str(folder),
                "OUTPUT": str(tmp_path / "two.gpkg"),
            },
        )


# --- 3. the profile that fits the export ------------------------------------------------------


def core_geojson(tmp_path: Path):
    """(Core GeoJSON, canonical register it was written from): the sample's, else a synthetic one."""
    if (SAMPLE / "imsma_core.geojson").is_file() and (SAMPLE / "register.gpkg").is_file():
        return SAMPLE / "imsma_core.geojson", SAMPLE / "register.gpkg"
    from benchmarks.synthetic import build_register as build_synthetic

    info = build_synthetic(tmp_path / "synthetic", 20)
    return gis.write_core_geojson(info.gpkg, tmp_path / "core.geojson"), info.gpkg


def test_suggest_profile(tmp_path, register):
    assert suggest_profile(str(gis.write_core_geojson(register, tmp_path / "core.geojson"))) == "imsma_core"
    assert suggest_profile(str(gis.write_ng_fgdb(register, tmp_path))) == "imsma_ng"
    assert suggest_profile(str(gis.write_staging_gpkg(register, tmp_path / "staging.gpkg"))) == "imsma_ng"
    assert suggest_profile(str(gis.write_shapefiles(register, tmp_path / "shp"))) == "imsma_ng"


def test_core_geojson_imports_with_the_core_profile_when_none_is_given(tmp_path, run_alg):
    source, canonical = core_geojson(tmp_path)
    hazards = list(QgsVectorLayer(f"{canonical}|layername=hazards", "hazards", "ogr").getFeatures())
    drawn = [feature for feature in hazards if not feature.geometry().isEmpty()]
    lines = sum(1 for feature in drawn if degenerate_ring(feature.geometry().asMultiPolygon()[0][0]))
    feedback = RecordingFeedback()
    output = tmp_path / "core.gpkg"
    result = run_alg("mineaction:importimsma", {"INPUT": str(source), "OUTPUT": str(output)}, feedback=feedback)
    reasons = rejected_reasons(output)
    assert reasons["unparsed_element"] == 0
    assert result["HAZARD_COUNT"] == len(drawn) - lines
    assert reasons == Counter({"invalid_geometry": len(hazards) - len(drawn), "too_few_vertices": lines}) - Counter()
    assert (
        result["ACTIVITY_COUNT"]
        == QgsVectorLayer(f"{canonical}|layername=activities", "activities", "ogr").featureCount()
    )
    assert any("imsma_core" in text or "IMSMA Core" in text for text in feedback.infos)


def test_an_explicit_profile_is_still_used(tmp_path, register, run_alg):
    source = gis.write_core_geojson(register, tmp_path / "core.geojson")
    output = tmp_path / "ng.gpkg"
    result = run_alg("mineaction:importimsma", {"INPUT": str(source), "PROFILE": "imsma_ng", "OUTPUT": str(output)})
    assert result["HAZARD_COUNT"] == 0 and rejected_reasons(output)["unparsed_element"] == result["REJECTED_COUNT"] > 0


# --- 5. the sample register through the demo's import step -----------------------------------

POINT_LIST_FAULTS = {
    "bad_coordinate",
    "bearing_without_origin",
    "duplicate_point_no",
    "too_few_vertices",
    "unknown_point_type",
}
SAMPLE_EXPECTED = {
    # file in the sample: (has activities, the only rejection reasons allowed: the documented deliberate faults)
    "imsma_ng.xml": (True, POINT_LIST_FAULTS | {"missing_id", "superseded_form", "unparsed_element"}),
    # the register's hazard without a polygon (invalid_geometry) and its 2-vertex one (too_few_vertices)
    "imsma_core.geojson": (True, {"invalid_geometry", "too_few_vertices"}),
    "imsma_ng.gdb": (
        True,
        {"invalid_geometry", "too_few_vertices"},
    ),  # the polygon-less one written with an empty geometry
    "imsma_staging.gpkg": (True, {"invalid_geometry", "too_few_vertices"}),  # the same
    "shapefiles": (True, {"missing_id", "invalid_geometry", "too_few_vertices"}),  # and the one without an ID (no GUID)
    "pointlist_dd.csv": (False, POINT_LIST_FAULTS),
    "pointlist_dd.xlsx": (False, POINT_LIST_FAULTS),
    "utm38n/pointlist_utm38n.csv": (False, POINT_LIST_FAULTS),
}


def _sample_is_complete() -> bool:
    manifest = SAMPLE / "sample.json"
    if not manifest.is_file() or not (SAMPLE / "register.gpkg").is_file():
        return False
    files = json.loads(manifest.read_text(encoding="utf-8")).get("files", {})
    return set(SAMPLE_EXPECTED) <= set(files) and all((SAMPLE / name).exists() for name in SAMPLE_EXPECTED)


def test_every_sample_file_imports_through_the_demo_step(tmp_path, provider):
    """The demo's import step runs; then every export it detects is loaded the way it loads them
    (same detection, same source CRS), each into its own GeoPackage, and checked."""
    assert _sample_is_complete(), "resources/sample is incomplete: run scripts/make_sample.py"
    spec = importlib.util.spec_from_file_location("demo_import", ROOT / "scripts" / "demo_steps" / "10_import.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "demo").mkdir()
    state = {"output_dir": tmp_path / "demo", "sample_dir": SAMPLE}
    module.run(state)
    assert QgsVectorLayer(f"{state['register']}|layername=hazards", "hazards", "ogr").featureCount() > 0
    targets = list(state["imports"].values())
    assert len(set(targets)) == len(targets), "each export is loaded into its own GeoPackage"
    detected = {str(path.relative_to(SAMPLE)): (path, fmt) for path, fmt in module._detected(SAMPLE)}
    assert set(SAMPLE_EXPECTED) <= set(detected)
    truth = {
        layer: QgsVectorLayer(f"{SAMPLE / 'register.gpkg'}|layername={layer}", layer, "ogr").featureCount()
        for layer in ("hazards", "activities")
    }
    linked = linked_activities(SAMPLE / "register.gpkg")
    errors = json.loads((SAMPLE / "register_errors.json").read_text(encoding="utf-8"))
    # the hazards that carry a register error and can load (not the one without polygon, not the 2-vertex one)
    carriers = {
        part
        for e in errors
        if e["kind"] not in ("empty_geometry", "too_few_vertices")
        for part in e["hazard_id"].split(",")
        if part
    }
    manifest = json.loads((SAMPLE / "sample.json").read_text(encoding="utf-8"))["files"]
    for number, (name, (has_activities, allowed)) in enumerate(SAMPLE_EXPECTED.items()):
        path, _ = detected[name]
        gpkg = tmp_path / f"check_{number}.gpkg"
        result = load_files([str(path)], str(gpkg), options=ReadOptions(source_crs=module._source_crs(path)))
        counts = result.counts
        assert truth["hazards"] - 5 <= counts.hazards <= truth["hazards"], (
            name,
            counts.hazards,
        )  # a few deliberately broken hazards at most
        if has_activities:
            assert counts.activities == truth["activities"], name
            assert linked_activities(gpkg) == linked, (
                name
            )  # every activity keeps its hazard link, an unlinked one stays unlinked
        assert set(counts.reasons) <= allowed, (name, counts.reasons)
        loaded = {
            feature["hazard_id"]
            for feature in QgsVectorLayer(f"{gpkg}|layername=hazards", "hazards", "ogr").getFeatures()
        }
        assert carriers <= loaded, (name, carriers - loaded)  # no loader-level fault hides a register error
        assert rejected_reasons(gpkg) == Counter(counts.reasons), name
        if not name.endswith(
            ".xml"
        ):  # a rejected maXML form also rejects each of its points, which the list does not repeat
            assert counts.rejected == manifest[name]["loader_faults"], (name, counts.reasons)


def linked_activities(gpkg: Path) -> dict:
    """{activity_id: hazard_id} of the activities that name a hazard."""
    layer = QgsVectorLayer(f"{gpkg}|layername=activities", "activities", "ogr")
    return {feature["activity_id"]: feature["hazard_id"] for feature in layer.getFeatures() if feature["hazard_id"]}
