"""GIS-export reader: NG file geodatabase, staging views (repeated-area trap), Core GeoJSON, shapefiles."""

from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProcessingFeedback

from benchmarks.writers import gis
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.imsma import gis_export
from mineaction_qgis.core.imsma.profile import load_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection
from tests.imsma_fixtures import HAZARD_COUNT, build_register, hazard_rings


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what the reader reports."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushWarning(self, text):
        self.messages.append(text)

    def pushInfo(self, text):
        self.messages.append(text)


@pytest.fixture
def register(tmp_path) -> Path:
    return build_register(tmp_path)


def load(path, profile="imsma_ng", feedback=None):
    return list(gis_export.read(str(path), load_profile(profile), ReadOptions(), feedback))


def objects(records, layer):
    return {
        (r.attributes.get("hazard_id") if layer == "hazards" else r.attributes.get("activity_id")): r
        for r in records
        if isinstance(r, ObjectRecord) and r.layer == layer
    }


def register_area(number: int) -> float:
    rings = [[QgsPointXY(x, y) for x, y in ring + ring[:1]] for ring in hazard_rings(number)]
    geometry = QgsGeometry.fromMultiPolygonXY([[ring] for ring in rings])
    return Measurer(QgsCoordinateReferenceSystem("EPSG:4326")).area_m2(geometry)


def assert_rows_counted_once(path, records, skipped=()):
    """Every row of every read layer is named in exactly one record's source_ref."""
    dataset = ogr.Open(str(path)) if not Path(path).is_dir() or str(path).endswith(".gdb") else None
    rows = Counter()
    if dataset is None:
        for shp in sorted(Path(path).glob("*.shp")):
            shapefile = ogr.Open(str(shp))
            rows[shp.stem] = shapefile.GetLayer(0).GetFeatureCount()
    else:
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayerByIndex(index)
            if layer.GetName() not in skipped:
                rows[layer.GetName() if not str(path).endswith((".geojson", ".json")) else Path(path).stem] += (
                    layer.GetFeatureCount()
                )
    named = Counter()
    for record in records:
        for ref in gis_export.split_refs(record.source_ref):
            named[ref] += 1
    assert all(count == 1 for count in named.values())
    per_layer = Counter(ref.rsplit(":", 1)[0] for ref in named)
    assert per_layer == rows


def test_sniff(tmp_path, register):
    assert gis_export.sniff(str(gis.write_ng_fgdb(register, tmp_path)))
    assert gis_export.sniff(str(gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")))
    assert gis_export.sniff(str(gis.write_core_geojson(register, tmp_path / "core.geojson")))
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    assert gis_export.sniff(str(folder)) and gis_export.sniff(str(folder / "hazard_polygons.shp"))
    assert gis_export.sniff('dbname=\'imsma\' host=localhost port=5432 table="public"."hazard_polygon_view" (geom)')
    assert not gis_export.sniff(str(register))  # the canonical register is not an IMSMA export
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert not gis_export.sniff(str(tmp_path / "x.csv"))
    plain = tmp_path / "plain.geojson"
    plain.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":null}]}',
        encoding="utf-8",
    )
    assert not gis_export.sniff(str(plain))


def test_ng_file_geodatabase(tmp_path, register):
    path = gis.write_ng_fgdb(register, tmp_path)
    records = load(path)
    assert not [r for r in records if isinstance(r, Rejection)]
    hazards = objects(records, "hazards")
    assert len(hazards) == HAZARD_COUNT
    land2 = hazards["Land-2"]
    assert len(land2.geometry.asMultiPolygon()) == 2
    assert land2.source_ref == "Hazards_polygon:2,3"
    assert land2.attributes["guid"] == "00000000-0000-0000-0000-000000000002"
    assert land2.attributes["status"] == "Closed"  # base term Expired
    assert land2.attributes["classification"] == "SHA"
    assert land2.attributes["calculated_area_m2"] == pytest.approx(register_area(2), rel=1e-6)  # FGDB grid: 1e-9 degree
    activities = objects(records, "activities")
    assert activities["ACT-1"].attributes["release_type"] == "cleared"  # Subtype "Cleared Area"
    assert activities["ACT-2"].attributes["activity_type"] == "Technical survey"
    (point,) = [r for r in records if isinstance(r, PointRecord)]
    assert point.attributes["object_id"] == "Land-1"  # ObjectUID (GUID) resolved to the local ID
    assert point.attributes["point_type"] == "Benchmark"
    assert_rows_counted_once(path, records)


def test_staging_views_repeated_area_is_not_double_counted(tmp_path, register):
    path = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    dataset = ogr.Open(str(path))
    rows = [f for f in dataset.GetLayerByName("HAZARD_POLYGON_VIEW") if f.GetField("hazard_localid") == "Land-2"]
    assert len(rows) == 2 and rows[0].GetField("calculatedarea") == rows[1].GetField(
        "calculatedarea"
    )  # the trap is there
    stored_total = rows[0].GetField("calculatedarea")
    feedback = RecordingFeedback()
    records = load(path, feedback=feedback)
    land2 = objects(records, "hazards")["Land-2"]
    assert land2.attributes["estimated_area_m2"] == 2000.0  # once, not 4000
    assert land2.attributes["remaining_area_m2"] == 1000.0
    assert land2.attributes["calculated_area_m2"] == pytest.approx(stored_total, rel=0.005)  # not twice the total
    assert land2.attributes["governorate"] == "Ninewa" and land2.attributes["district"] == "Sinjar"
    assert land2.attributes["doi"].toString("yyyy-MM-dd") == "2021-03-02"
    total = sum(r.attributes["estimated_area_m2"] for r in objects(records, "hazards").values())
    assert total == sum(1000.0 * n for n in range(1, HAZARD_COUNT + 1))
    activities = objects(records, "activities")
    assert activities["ACT-1"].attributes["hazard_id"] == "Land-1"
    assert activities["ACT-2"].attributes["reduced_area_m2"] == 2000.0
    assert any("HAZARD" in text and "ignore_layers" in text for text in feedback.messages)
    assert not any("stored area" in text for text in feedback.messages)
    assert_rows_counted_once(path, records, skipped=("HAZARD",))


def test_core_geojson_ids_and_links(tmp_path, register):
    path = gis.write_core_geojson(register, tmp_path / "core.geojson")
    records = load(path, profile="imsma_core")
    assert not [r for r in records if isinstance(r, Rejection)]
    hazards = objects(records, "hazards")
    assert set(hazards) == {f"Land-{n}" for n in range(1, HAZARD_COUNT + 1)}
    activities = objects(records, "activities")
    assert activities["ACT-1"].attributes["hazard_id"] == "Land-1"  # from imsma_links "hazard_145,task_1"
    assert activities["ACT-2"].attributes["hazard_id"] == "Land-3"
    (point,) = [r for r in records if isinstance(r, PointRecord)]
    assert point.attributes["object_id"] == "Land-1"
    assert hazards["Land-2"].attributes["calculated_area_m2"] == pytest.approx(register_area(2), rel=1e-9)
    assert_rows_counted_once(path, records)


def test_core_without_local_ids_uses_item_number(tmp_path):
    path = tmp_path / "items.geojson"
    square = "[[[44,36],[44.01,36],[44.01,36.01],[44,36.01],[44,36]]]"
    path.write_text(
        '{"type":"FeatureCollection","features":['
        f'{{"type":"Feature","properties":{{"imsma_id":"hazard_poly_145","imsma_links":""}},'
        f'"geometry":{{"type":"Polygon","coordinates":{square}}}}},'
        f'{{"type":"Feature","properties":{{"imsma_id":"hazard_poly_145","imsma_links":""}},'
        f'"geometry":{{"type":"Polygon","coordinates":{square.replace("44,", "44.1,")}}}}},'
        f'{{"type":"Feature","properties":{{"imsma_id":"activity_poly_7","imsma_links":"task_3, '
        f'hazard_145"}},"geometry":{{"type":"Polygon","coordinates":{square}}}}}'
        "]}",
        encoding="utf-8",
    )
    records = load(path, profile="imsma_core")
    hazards = objects(records, "hazards")
    assert list(hazards) == ["hazard_145"]
    assert len(hazards["hazard_145"].geometry.asMultiPolygon()) == 2  # two rows, one object
    assert objects(records, "activities")["activity_7"].attributes["hazard_id"] == "hazard_145"


def test_shapefiles_are_reprojected(tmp_path, register):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    shapefile = ogr.Open(str(folder / "hazard_polygons.shp"))
    assert shapefile.GetLayer(0).GetSpatialRef().GetUTMZone() == 38
    records = load(folder)
    hazards = objects(records, "hazards")
    assert len(hazards) == HAZARD_COUNT
    land2 = hazards["Land-2"]
    assert len(land2.geometry.asMultiPolygon()) == 2
    first_vertex = land2.geometry.asMultiPolygon()[0][0][0]
    expected = hazard_rings(2)[0][0]
    assert first_vertex.x() == pytest.approx(expected[0], abs=1e-7)
    assert first_vertex.y() == pytest.approx(expected[1], abs=1e-7)
    assert land2.attributes["calculated_area_m2"] == pytest.approx(register_area(2), rel=1e-6)
    (point,) = [r for r in records if isinstance(r, PointRecord)]
    assert point.attributes["object_id"] == "Land-1" and point.attributes["point_id"] == "BM-1"
    assert point.geometry.asPoint().x() == pytest.approx(44.04, abs=1e-7)
    assert_rows_counted_once(folder, records)


def _gpkg_with_faults(path: Path) -> Path:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    hazards = dataset.CreateLayer("HAZARD_POLYGON_VIEW", srs, ogr.wkbUnknown)
    for name in ("hazard_guid", "hazard_localid", "statusenum"):
        hazards.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for guid, local, wkt in (
        ("g1", "Land-1", "POLYGON((44 36,44.01 36,44.01 36.01,44 36))"),
        ("g2", "Land-2", None),
        ("g3", "Land-3", "LINESTRING(44 36,44.01 36)"),
        (None, None, "POLYGON((44 36,44.01 36,44.01 36.01,44 36))"),
    ):
        feature = ogr.Feature(hazards.GetLayerDefn())
        if guid:
            feature.SetField("hazard_guid", guid)
            feature.SetField("hazard_localid", local)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        hazards.CreateFeature(feature)
    points = dataset.CreateLayer("HAZARD_POINT_VIEW", srs, ogr.wkbPoint)
    for name in ("hazard_localid", "pointtypeenum"):
        points.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for point_type in ("BM", "Corner stone"):
        feature = ogr.Feature(points.GetLayerDefn())
        feature.SetField("hazard_localid", "Land-1")
        feature.SetField("pointtypeenum", point_type)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT(44 36)"))
        points.CreateFeature(feature)
    education = dataset.CreateLayer("MRE_VIEW", srs, ogr.wkbPoint)  # risk education: no layer in the register
    education.CreateField(ogr.FieldDefn("mre_localid", ogr.OFTString))
    feature = ogr.Feature(education.GetLayerDefn())
    feature.SetField("mre_localid", "MRE-1")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT(44 36)"))
    education.CreateFeature(feature)
    dataset = None
    return path


def test_rejections_name_the_row(tmp_path):
    path = _gpkg_with_faults(tmp_path / "faults.gpkg")
    records = load(path)
    reasons = sorted((r.source_ref, r.reason_code) for r in records if isinstance(r, Rejection))
    assert reasons == [
        ("HAZARD_POINT_VIEW:2", "unknown_point_type"),
        ("HAZARD_POLYGON_VIEW:2", "invalid_geometry"),
        ("HAZARD_POLYGON_VIEW:3", "invalid_geometry"),
        ("HAZARD_POLYGON_VIEW:4", "missing_id"),
        ("MRE_VIEW:1", "unparsed_element"),
    ]
    accident = next(r for r in records if isinstance(r, Rejection) and r.reason_code == "unparsed_element")
    assert accident.raw["mre_localid"] == "MRE-1" and accident.raw["geometry_wkt"].startswith("Point")
    assert list(objects(records, "hazards")) == ["Land-1"]
    assert objects(records, "hazards")["Land-1"].attributes["status"] is None
    assert_rows_counted_once(path, records)


def test_qgis_data_source_uri_selects_one_layer(tmp_path, register):
    path = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    uri = f"{path}|layername=HAZREDUC_POLYGON_VIEW"
    assert gis_export.sniff(uri)
    records = load(uri)
    assert {r.layer for r in records} == {"activities"}
    assert len(records) == 2


def test_postgres_uri_detection():
    assert gis_export.is_postgres_uri('dbname=\'imsma\' host=db user=gis table="staging"."HAZARD_POLYGON_VIEW" (shape)')
    assert gis_export.is_postgres_uri("service=imsma table=x")
    assert gis_export.is_postgres_uri("PG:dbname=imsma")
    assert gis_export.is_postgres_uri("postgresql://user@host/imsma")
    assert not gis_export.is_postgres_uri("/data/db_names/export.gpkg")


@pytest.mark.parametrize("kind", ["fgdb", "staging", "core", "shapefiles"])
def test_import_algorithm_end_to_end(tmp_path, register, run_alg, kind):
    from qgis.core import QgsVectorLayer

    writers = {
        "fgdb": lambda: gis.write_ng_fgdb(register, tmp_path),
        "staging": lambda: gis.write_staging_gpkg(register, tmp_path / "staging.gpkg"),
        "core": lambda: gis.write_core_geojson(register, tmp_path / "core.geojson"),
        "shapefiles": lambda: gis.write_shapefiles(register, tmp_path / "shp") / "hazard_polygons.shp",
    }
    source = writers[kind]()
    output = tmp_path / "loaded.gpkg"
    parameters = {"INPUT": str(source), "OUTPUT": str(output)}
    if kind == "core":
        parameters["PROFILE"] = "imsma_core"
    result = run_alg("mineaction:importimsma", parameters)
    expected = (HAZARD_COUNT, 0, 0, 0) if kind == "shapefiles" else (HAZARD_COUNT, 2, 1, 0)  # one .shp is one layer
    assert (
        result["HAZARD_COUNT"],
        result["ACTIVITY_COUNT"],
        result["POINT_COUNT"],
        result["REJECTED_COUNT"],
    ) == expected
    hazards = QgsVectorLayer(f"{output}|layername=hazards", "hazards", "ogr")
    land2 = next(f for f in hazards.getFeatures() if f["hazard_id"] == "Land-2")
    assert land2["calculated_area_m2"] == pytest.approx(register_area(2), rel=1e-6)
    assert len(land2.geometry().asMultiPolygon()) == 2


def test_loader_reads_a_folder_of_shapefiles(tmp_path, register, provider):
    from mineaction_qgis.core.imsma.loader import load_files

    folder = gis.write_shapefiles(register, tmp_path / "shp")
    result = load_files([str(folder)], str(tmp_path / "loaded.gpkg"))
    assert result.formats == {str(folder): "gis_export"}
    assert (result.counts.hazards, result.counts.activities, result.counts.points, result.counts.rejected) == (
        HAZARD_COUNT,
        2,
        1,
        0,
    )


def test_layer_without_crs_uses_the_source_crs(tmp_path, register):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    (folder / "hazard_polygons.prj").unlink()
    feedback = RecordingFeedback()
    records = list(
        gis_export.read(
            str(folder / "hazard_polygons.shp"), load_profile(), ReadOptions(source_crs="EPSG:32638"), feedback
        )
    )
    land1 = objects(records, "hazards")["Land-1"]
    assert land1.geometry.asMultiPolygon()[0][0][0].x() == pytest.approx(hazard_rings(1)[0][0][0], abs=1e-7)
    assert any("EPSG:32638" in text for text in feedback.messages)


def test_core_file_geodatabase_by_layer_name(tmp_path, register):
    from osgeo import gdal

    geojson = gis.write_core_geojson(register, tmp_path / "core.geojson")
    gdb = tmp_path / "core.gdb"
    layers = (
        ("hazard_polygon", "hazard_poly_", "MULTIPOLYGON"),
        ("activity_polygon", "activity_poly_", "MULTIPOLYGON"),
        ("hazard_point", "hazard_point_", "POINT"),
    )
    for layer, prefix, geometry_type in layers:
        options = gdal.VectorTranslateOptions(
            format="OpenFileGDB",
            layerName=layer,
            where=f"imsma_id LIKE '{prefix}%'",
            geometryType=geometry_type,
            accessMode="update" if gdb.exists() else None,
        )
        assert gdal.VectorTranslate(str(gdb), str(geojson), options=options) is not None
    assert gis_export.sniff(str(gdb))
    records = load(gdb, profile="imsma_core")
    assert not [r for r in records if isinstance(r, Rejection)]
    assert len(objects(records, "hazards")) == HAZARD_COUNT
    assert objects(records, "activities")["ACT-2"].attributes["hazard_id"] == "Land-3"
    assert [r.attributes["object_id"] for r in records if isinstance(r, PointRecord)] == ["Land-1"]
    assert_rows_counted_once(gdb, records)


# --- round trips of the writers: hazard links, records without a polygon or an ID ------------


def _register_with_gaps(folder: Path) -> Path:
    """The fixture register plus a hazard without polygon (Land-0), a hazard without local ID and an
    activity on no hazard (ACT-9), as the synthetic register has them."""
    path = build_register(folder)
    dataset = ogr.Open(str(path), 1)
    hazards = dataset.GetLayerByName("hazards")
    square = "MULTIPOLYGON(((45 36,45.01 36,45.01 36.01,45 36.01,45 36)))"
    for hazard_id, guid, wkt in (
        ("Land-0", "00000000-0000-0000-0000-0000000000aa", None),
        (None, "00000000-0000-0000-0000-0000000000bb", square),
    ):
        feature = ogr.Feature(hazards.GetLayerDefn())
        if hazard_id:
            feature.SetField("hazard_id", hazard_id)
        feature.SetField("guid", guid)
        feature.SetField("classification", "SHA")
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        hazards.CreateFeature(feature)
    activities = dataset.GetLayerByName("activities")
    feature = ogr.Feature(activities.GetLayerDefn())
    feature.SetField("activity_id", "ACT-9")
    feature.SetField("guid", "10000000-0000-0000-0000-000000000009")
    feature.SetField("activity_type", "Clearance")
    feature.SetField("release_type", "cleared")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON(((46 36,46.01 36,46.01 36.01,46 36.01,46 36)))"))
    activities.CreateFeature(feature)
    dataset = None
    return path


WRITERS = {
    "fgdb": (lambda register, folder: gis.write_ng_fgdb(register, folder), "imsma_ng"),
    "staging": (lambda register, folder: gis.write_staging_gpkg(register, folder / "staging.gpkg"), "imsma_ng"),
    "core": (lambda register, folder: gis.write_core_geojson(register, folder / "core.geojson"), "imsma_core"),
    "shapefiles": (lambda register, folder: gis.write_shapefiles(register, folder / "shp"), "imsma_ng"),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_activities_keep_their_hazard_links(tmp_path, kind):
    """Every writer carries the activity's hazard; an activity on no hazard stays unlinked (not on the hazard without
    ID)."""
    register = _register_with_gaps(tmp_path)
    write, profile = WRITERS[kind]
    activities = objects(load(write(register, tmp_path), profile=profile), "activities")
    assert {key: record.attributes.get("hazard_id") for key, record in activities.items()} == {
        "ACT-1": "Land-1",
        "ACT-2": "Land-3",
        "ACT-9": None,
    }


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_hazard_without_polygon_is_written_and_rejected(tmp_path, kind):
    """Land-0 has no polygon: it is in the export (empty geometry) and the loader rejects it, naming it; nothing else is
    lost."""
    register = _register_with_gaps(tmp_path)
    write, profile = WRITERS[kind]
    path = write(register, tmp_path)
    records = load(path, profile=profile)
    rejections = [r for r in records if isinstance(r, Rejection)]
    assert [(r.object_id, r.reason_code) for r in rejections if r.reason_code == "invalid_geometry"] == [
        ("Land-0", "invalid_geometry")
    ]
    assert sorted((r.source_ref, r.reason_code) for r in rejections) == sorted(
        (f["ref"], f["kind"]) for f in gis.expected_rejections(path)
    )
    without_id = (
        1 if kind == "shapefiles" else 0
    )  # shapefiles carry no GUID: the hazard without local ID is rejected too
    assert len(objects(records, "hazards")) == HAZARD_COUNT + 1 - without_id
    assert len(rejections) == 1 + without_id
    assert_rows_counted_once(path, records, skipped=("HAZARD",))


def test_ng_file_geodatabase_carries_what_the_profile_maps(tmp_path, register):
    records = load(gis.write_ng_fgdb(register, tmp_path))
    land2 = objects(records, "hazards")["Land-2"]
    assert land2.attributes["governorate"] == "Ninewa" and land2.attributes["district"] == "Sinjar"
    assert land2.attributes["organisation"] == "Operator A"
    assert (land2.attributes["estimated_area_m2"], land2.attributes["remaining_area_m2"]) == (2000.0, 1000.0)
    assert land2.attributes["doi"].toString("yyyy-MM-dd") == "2021-03-02"
    act1 = objects(records, "activities")["ACT-1"]
    assert act1.attributes["organisation"] == "Operator B" and act1.attributes["cleared_area_m2"] == 2000.0
    assert (
        act1.attributes["start_date"].toString("yyyy-MM-dd") == "2021-04-01"
        and act1.attributes["doi"].toString("yyyy-MM-dd") == "2021-05-02"
    )


def test_shapefiles_carry_governorate_and_doi_in_narrow_fields(tmp_path, register):
    folder = gis.write_shapefiles(register, tmp_path / "shp")
    land2 = objects(load(folder), "hazards")["Land-2"]
    assert (
        land2.attributes["governorate"] == "Ninewa" and land2.attributes["doi"].toString("yyyy-MM-dd") == "2021-03-02"
    )
    points = ogr.Open(str(folder / "hazard_points.shp"))  # kept: OGR layers die with their dataset
    definition = points.GetLayer(0).GetLayerDefn()
    widths = {
        definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetWidth()
        for i in range(definition.GetFieldCount())
    }
    assert (
        widths["PolyID"] == len("Land-1")
        and widths["PointID"] == len("BM-1")
        and widths["PointType"] == len("Benchmark")
    )


def test_one_release_part_per_subtype_and_activity_types_never_imply_one(tmp_path):
    """Rows of one activity with different Subtypes give one part each; an activity type as Subtype is not mapped."""
    path = tmp_path / "ng.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer("Hazard_Reductions_polygon", srs, ogr.wkbMultiPolygon)
    for name in ("ObjectUID", "hazreduc_localid", "Subtype", "Type"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rows = [
        ("G-7", "ACT-7", "Cleared Area", "Completion report", 45.00),
        ("G-7", "ACT-7", "Reduced Area with technical asset", "Completion report", 45.02),
        ("G-7", "ACT-7", "Cleared Area", "Completion report", 45.04),
        ("G-8", "ACT-8", "Technical survey", "Technical survey", 45.06),
    ]
    for uid, local, subtype, kind, x in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("ObjectUID", uid), ("hazreduc_localid", local), ("Subtype", subtype), ("Type", kind)):
            feature.SetField(name, value)
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(f"MULTIPOLYGON((({x} 36,{x + 0.01} 36,{x + 0.01} 36.01,{x} 36.01,{x} 36)))")
        )
        layer.CreateFeature(feature)
    dataset = None
    feedback = QgsProcessingFeedback()
    messages = []
    feedback.pushWarning = messages.append
    records = [r for r in load(path, feedback=feedback) if isinstance(r, ObjectRecord)]
    parts = sorted(
        (
            r.attributes["activity_id"],
            r.attributes["release_type"],
            r.attributes.get("release_detail"),
            len(r.geometry.asMultiPolygon()),
        )
        for r in records
    )
    assert parts == [
        ("ACT-7", "cleared", "Cleared Area", 2),
        ("ACT-7", "reduced", "Reduced Area with technical asset", 1),
        ("ACT-8", "none", "Technical survey", 1),
    ]
    (act8,) = [r for r in records if r.attributes["activity_id"] == "ACT-8"]
    assert act8.attributes["release_basis"] == "unmapped_value"
    assert any("Technical survey" in message and "none" in message for message in messages)
