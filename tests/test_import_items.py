"""Explosive items, spot tasks, locations, accidents and victims from maXML; personal data stays out."""

import sqlite3
from collections import Counter

import pytest
from qgis.core import NULL, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma import maxml
from mineaction_qgis.core.imsma.loader import load_files
from mineaction_qgis.core.imsma.profile import load_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection
from mineaction_qgis.core.imsma.writer import RegisterWriter, WriterError
from tests.items_data import PERSONAL_STRINGS, write_items_export


def read(tmp_path, personal=False):
    path = tmp_path / "items.xml"
    expected = write_items_export(path)
    records = list(maxml.read(str(path), load_profile(), ReadOptions(include_personal_data=personal), None))
    return records, expected


def objects(records, layer):
    return [r for r in records if isinstance(r, ObjectRecord) and r.layer == layer]


def rejections(records):
    return {r.source_ref: r for r in records if isinstance(r, Rejection)}


def test_every_input_record_is_loaded_or_rejected(tmp_path):
    records, expected = read(tmp_path)
    inputs = sum(r.inputs if isinstance(r, ObjectRecord) else 1 for r in records)
    assert inputs == expected["forms"] + expected["points"] + expected["item_rows"]
    assert len(objects(records, model.ITEMS)) == expected["items"]
    assert sum(r.attributes["victims"] for r in objects(records, model.VICTIMS)) == 3  # V-4 is rejected


def test_explosive_items_known_answer(tmp_path):
    records, _ = read(tmp_path)
    items = {r.source_ref: r.attributes for r in objects(records, model.ITEMS)}
    first = items["FieldReport[2]/Ordnance[1]"]
    assert first["item_id"] == "ORD-1"
    assert (first["activity_id"], first["hazard_id"], first["category"], first["item_type"]) == (
        "ACT-1",
        "Land-1",
        "Anti-personnel mine",
        "PMN-2",
    )
    assert (first["quantity"], first["action"], first["item_date"]) == (3, "destroyed in situ", QDate(2021, 5, 1))
    assert first["governorate"] == "Ninewa" and first["organisation"] == "Operator B"
    second = items["FieldReport[2]/Ordnance[2]"]
    assert (second["item_id"], second["category"], second["action"], second["item_date"]) == (
        "ACT-1/Ordnance[2]",
        "UXO",
        "removed",
        QDate(2021, 4, 10),
    )
    spot = items["FieldReport[3]/Ordnance[1]"]
    assert (spot["activity_id"], spot["category"], spot["quantity"]) == ("EOD-7", "Submunition", 4)


def test_bad_item_rows_are_rejected_with_reasons(tmp_path):
    records, _ = read(tmp_path)
    rejected = rejections(records)
    assert rejected["FieldReport[1]/Device[1]"].reason_code == "no_activity"
    assert rejected["FieldReport[2]/Device[1]"].reason_code == "unknown_category"
    assert "Rocket launcher" in rejected["FieldReport[2]/Device[1]"].message
    assert rejected["FieldReport[2]/Device[2]"].reason_code == "bad_quantity"
    assert rejected["FieldReport[2]/Device[3]"].reason_code == "bad_quantity"
    assert rejected["FieldReport[2]/Device[4]"].reason_code == "bad_quantity"  # 1e400: not a count
    assert rejected["FieldReport[2]/Device[2]"].raw["quantity"] == "two"  # nothing lost
    assert all(code in model.REJECTION_REASONS for code in {r.reason_code for r in rejected.values()})


def test_point_only_activity_is_a_spot_task_never_an_activity_without_geometry(tmp_path):
    records, _ = read(tmp_path)
    (spot,) = objects(records, model.SPOT_TASKS)
    assert spot.attributes["spot_task_id"] == "EOD-7"
    assert spot.attributes["items_found"] == 4
    assert spot.geometry.asWkt(3) == "Point (44.3 36.3)"
    assert [r.attributes["activity_id"] for r in objects(records, model.ACTIVITIES)] == ["ACT-1"]
    assert all(not r.geometry.isNull() for r in objects(records, model.ACTIVITIES) + objects(records, model.HAZARDS))
    assert rejections(records)["FieldReport[4]"].reason_code == "no_geometry"
    assert len([r for r in records if isinstance(r, PointRecord) and r.attributes["object_id"] == "EOD-7"]) == 1


def test_locations_and_accidents(tmp_path):
    records, _ = read(tmp_path)
    (location,) = objects(records, model.LOCATIONS)
    assert location.attributes["community"] == "Sinuni village" and location.attributes["sub_district"] == "Sinuni"
    assert location.geometry.asWkt(2) == "Point (44.02 36.02)"
    (hazard,) = objects(records, model.HAZARDS)
    assert hazard.attributes["location_id"] == "LOC-1" and hazard.attributes["sub_district"] == "Sinuni"
    accidents = {r.attributes["accident_id"]: r for r in objects(records, model.ACCIDENTS)}
    assert accidents["ACC-1"].attributes["hazard_id"] == "Land-1"  # linked through the hazard GUID
    assert accidents["ACC-1"].attributes["location_id"] == "LOC-1"
    assert accidents["ACC-1"].attributes["accident_date"] == QDate(2020, 3, 2)
    assert accidents["ACC-2"].geometry.asWkt(1) == "Point (42 33.5)"


def test_victims_are_counted_not_listed(tmp_path):
    records, _ = read(tmp_path)
    rows = Counter()
    for record in objects(records, model.VICTIMS):
        a = record.attributes
        rows[
            (a["accident_id"], a["governorate"], a["year"], a["sex"], a["age_group"], a["outcome"], a["activity"])
        ] += a["victims"]
    assert rows == {
        ("ACC-1", "Ninewa", 2020, "female", "child", "injured", "Herding"): 1,  # born 2012: a child in 2020
        ("ACC-1", "Ninewa", 2020, "male", "adult", "killed", "Herding"): 1,
        ("ACC-2", "Anbar", 2019, "female", "adult", "injured", "Herding"): 1,
    }
    missing = rejections(records)["FieldReport[12]"]
    assert rejections(records)["FieldReport[8]"].reason_code == "superseded_form"
    assert missing.reason_code == "missing_accident" and "ACC-9" in missing.message
    assert not objects(records, model.VICTIM_DETAILS)


def _all_text(records) -> str:
    parts = []
    for record in records:
        if isinstance(record, Rejection):
            parts += [record.message, record.raw_json()]
        else:
            parts.append(repr(record.attributes))
    return "\n".join(parts)


def test_no_personal_data_in_any_record_by_default(tmp_path):
    records, _ = read(tmp_path)
    text = _all_text(records)
    for value in PERSONAL_STRINGS:
        assert value not in text, value


def test_personal_data_only_when_asked(tmp_path):
    records, _ = read(tmp_path, personal=True)
    details = {r.attributes["victim_id"]: r.attributes for r in objects(records, model.VICTIM_DETAILS)}
    assert details["V-2"]["name"] == "Haval Nurani" and details["V-2"]["id_number"] == "IQ-ID-4471902"
    assert details["V-1"]["phone"] == "0770 123 4567"
    inputs = sum(r.inputs if isinstance(r, ObjectRecord) else 1 for r in records)
    assert inputs == 33  # the details rows carry the forms now, the counts none


def test_writer_refuses_personal_layer_unless_allowed(tmp_path):
    record = ObjectRecord(model.VICTIM_DETAILS, {"name": "x"}, None, "f", "r")
    with pytest.raises(WriterError):
        with RegisterWriter(str(tmp_path / "r.gpkg")) as writer:
            writer.add(record)


def _grep_file(path, values):
    data = path.read_bytes()
    return [value for value in values if value.encode("utf-8") in data]


def test_import_algorithm_writes_the_layers_and_no_personal_data(tmp_path, run_alg):
    path = tmp_path / "items.xml"
    expected = write_items_export(path)
    output = tmp_path / "register.gpkg"
    result = run_alg("mineaction:importimsma", {"INPUT": str(path), "OUTPUT": str(output)})
    assert (
        result["ITEM_COUNT"],
        result["SPOT_TASK_COUNT"],
        result["LOCATION_COUNT"],
        result["ACCIDENT_COUNT"],
        result["VICTIM_ROW_COUNT"],
    ) == (3, 1, 1, 2, 3)
    items = QgsVectorLayer(f"{output}|layername=items", "items", "ogr")
    assert sorted(f["quantity"] for f in items.getFeatures()) == [2, 3, 4]
    spot = QgsVectorLayer(f"{output}|layername=spot_tasks", "spot", "ogr")
    assert spot.wkbType() == model.SPOT_TASK_LAYER.wkb_type and spot.featureCount() == 1
    victims = QgsVectorLayer(f"{output}|layername=victims", "victims", "ogr")
    assert sum(f["victims"] for f in victims.getFeatures()) == 3
    with sqlite3.connect(output) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    assert model.VICTIM_DETAILS not in tables
    assert _grep_file(output, PERSONAL_STRINGS) == []
    counted = sum(
        result[name]
        for name in (
            "HAZARD_COUNT",
            "ACTIVITY_COUNT",
            "POINT_COUNT",
            "REJECTED_COUNT",
            "ITEM_COUNT",
            "SPOT_TASK_COUNT",
            "LOCATION_COUNT",
            "ACCIDENT_COUNT",
        )
    )
    assert (
        counted + 3 == expected["forms"] + expected["points"] + expected["item_rows"]
    )  # + 3 victims counted in 3 rows


def test_load_files_accounting_includes_aggregated_victims(tmp_path):
    path = tmp_path / "items.xml"
    expected = write_items_export(path)
    result = load_files([str(path)], str(tmp_path / "r.gpkg"))
    assert result.counts.input_records() == expected["forms"] + expected["points"] + expected["item_rows"]
    personal = load_files([str(path)], str(tmp_path / "p.gpkg"), options=ReadOptions(include_personal_data=True))
    assert personal.counts.by_layer[model.VICTIM_DETAILS] == 3
    assert personal.counts.input_records() == result.counts.input_records()
    assert _grep_file(tmp_path / "p.gpkg", ["Haval Nurani"]) == ["Haval Nurani"]


def _gpkg_layer(path, name, geometry, fields, rows):
    from osgeo import ogr, osr

    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = source.CreateLayer(name, srs, geometry)
    for field in fields:
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for values, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for field, value in zip(fields, values):
            feature.SetField(field, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None


def test_gis_export_layers_beyond_polygons(tmp_path):
    from osgeo import ogr

    export = tmp_path / "ng_export.gpkg"
    _gpkg_layer(
        export,
        "Hazards_polygon",
        ogr.wkbPolygon,
        ["hazard_localid", "gazetteer_level1_name"],
        [(["Land-1", "Ninewa"], "POLYGON((44 36,44.01 36,44.01 36.01,44 36.01,44 36))")],
    )
    _gpkg_layer(
        export,
        "Accidents_point",
        ogr.wkbPoint,
        ["accident_localid", "accidentdate", "hazard_localid"],
        [(["ACC-1", "2020-03-02", "Land-1"], "POINT(44.005 36.005)"), (["", "2020-01-01", ""], "POINT(44 36)")],
    )
    _gpkg_layer(
        export,
        "Locations_point",
        ogr.wkbPoint,
        ["location_localid", "gazetteer_level4_name"],
        [(["LOC-1", "Sinuni"], "POINT(44.02 36.02)")],
    )
    _gpkg_layer(
        export,
        "Ordnance",
        ogr.wkbNone,
        ["hazreduc_localid", "ordcategoryenum", "quantity"],
        [
            (["ACT-1", "AT mine", "2"], None),
            (["ACT-1", "Rocket", "1"], None),
            (["", "UXO", "1"], None),
            (["ACT-1", "UXO", "-3"], None),
        ],
    )
    _gpkg_layer(
        export,
        "Victims",
        ogr.wkbNone,
        ["victim_localid", "fullname", "phone"],
        [(["V-1", "Zaynab Qasimova", "0770 123 4567"], None)],
    )
    gpkg = tmp_path / "r.gpkg"
    result = load_files([str(export)], str(gpkg), profile="imsma_ng")
    counts = result.counts
    assert (counts.by_layer[model.ACCIDENTS], counts.by_layer[model.LOCATIONS], counts.by_layer[model.ITEMS]) == (
        1,
        1,
        1,
    )
    assert counts.reasons == {
        "missing_id": 1,
        "unknown_category": 1,
        "no_activity": 1,
        "bad_quantity": 1,
        "unparsed_element": 1,
    }
    items = QgsVectorLayer(f"{gpkg}|layername=items", "items", "ogr")
    (item,) = items.getFeatures()
    assert (item["category"], item["quantity"], item["activity_id"]) == ("Anti-vehicle mine", 2, "ACT-1")
    accidents = QgsVectorLayer(f"{gpkg}|layername=accidents", "a", "ogr")
    (accident,) = accidents.getFeatures()
    assert accident["hazard_id"] == "Land-1" and accident.geometry().asWkt(3) == "Point (44.005 36.005)"
    assert _grep_file(gpkg, PERSONAL_STRINGS) == []  # the victims row is rejected with its ID only


def test_recorded_item_total_that_disagrees_is_reported(tmp_path):
    from qgis.core import QgsProcessingFeedback

    from tests.imsma_fixtures import maxml_document, maxml_form, maxml_points
    from tests.items_data import INNER

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    def form(activity_id, recorded):
        return maxml_form(
            "HazardReduction",
            f"<hazreduc_localid>{activity_id}</hazreduc_localid><numberofitemsfound>{recorded}</numberofitemsfound>"
            "<Ordnance><ordcategoryenum>UXO</ordcategoryenum><quantity>2</quantity></Ordnance>"
            "<Ordnance><ordcategoryenum>IED</ordcategoryenum><quantity>1</quantity></Ordnance>",
            maxml_points(INNER),
        )

    path = tmp_path / "counts.xml"
    path.write_text(maxml_document([form("ACT-OK", 3), form("ACT-BAD", 5)]), encoding="utf-8")
    feedback = Recording()
    records = list(maxml.read(str(path), load_profile(), ReadOptions(), feedback))
    assert len(objects(records, model.ITEMS)) == 4
    mismatches = [w for w in feedback.warnings if "records" in w and "item rows" in w]
    assert len(mismatches) == 1 and "ACT-BAD" in mismatches[0] and "5" in mismatches[0] and "3" in mismatches[0]


def test_imsma_core_export_with_accidents_and_locations(tmp_path):
    import json

    square = [[44.0, 36.0], [44.01, 36.0], [44.01, 36.01], [44.0, 36.01], [44.0, 36.0]]
    features = [
        {
            "type": "Feature",
            "properties": {"imsma_id": "hazard_poly_1", "local_id": "Land-1", "admin1": "Ninewa"},
            "geometry": {"type": "Polygon", "coordinates": [square]},
        },
        {
            "type": "Feature",
            "properties": {
                "imsma_id": "accident_point_7",
                "local_id": "ACC-7",
                "hazard_local_id": "Land-1",
                "accident_date": "2020-03-02",
                "admin1": "Ninewa",
            },
            "geometry": {"type": "Point", "coordinates": [44.005, 36.005]},
        },
        {
            "type": "Feature",
            "properties": {"imsma_id": "location_point_3", "local_id": "LOC-3", "admin4": "Sinuni village"},
            "geometry": {"type": "Point", "coordinates": [44.02, 36.02]},
        },
    ]
    export = tmp_path / "core_export.geojson"
    export.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    gpkg = tmp_path / "core.gpkg"
    result = load_files([str(export)], str(gpkg))
    assert result.profiles[str(export)].startswith("IMSMA Core")
    assert (
        result.counts.hazards,
        result.counts.by_layer[model.ACCIDENTS],
        result.counts.by_layer[model.LOCATIONS],
    ) == (1, 1, 1)
    (accident,) = QgsVectorLayer(f"{gpkg}|layername=accidents", "a", "ogr").getFeatures()
    assert (accident["accident_id"], accident["hazard_id"], accident["governorate"]) == ("ACC-7", "Land-1", "Ninewa")
    assert accident["accident_date"] == QDate(2020, 3, 2)
    (location,) = QgsVectorLayer(f"{gpkg}|layername=locations", "l", "ogr").getFeatures()
    assert location["community"] == "Sinuni village" and location.geometry().asWkt(2) == "Point (44.02 36.02)"


def test_imsma_core_links_accidents_and_hazards_to_hazards_and_communities(tmp_path):
    """IMSMA Core names an accident's hazard and community only in imsma_links: they become local IDs."""
    import json

    square = [[44.0, 36.0], [44.01, 36.0], [44.01, 36.01], [44.0, 36.01], [44.0, 36.0]]

    def feature(properties, geometry):
        return {"type": "Feature", "properties": properties, "geometry": geometry}

    features = [
        feature(
            {"imsma_id": "hazard_poly_145", "local_id": "Land-1", "imsma_links": "location_3"},
            {"type": "Polygon", "coordinates": [square]},
        ),
        feature(
            {"imsma_id": "accident_point_7", "local_id": "ACC-7", "imsma_links": "hazard_145, location_3, victim_2"},
            {"type": "Point", "coordinates": [44.005, 36.005]},
        ),
        feature(  # a link to a hazard that is not in the export is kept as IMSMA names it, not dropped
            {"imsma_id": "accident_point_8", "local_id": "ACC-8", "imsma_links": "hazard_999"},
            {"type": "Point", "coordinates": [44.05, 36.05]},
        ),
        feature(  # a recorded link field wins over imsma_links
            {"imsma_id": "accident_point_9", "local_id": "ACC-9", "hazard_local_id": "Land-77",
             "imsma_links": "hazard_145"},
            {"type": "Point", "coordinates": [44.06, 36.06]},
        ),
        feature(
            {"imsma_id": "location_point_3", "local_id": "LOC-3", "admin4": "Sinuni village"},
            {"type": "Point", "coordinates": [44.02, 36.02]},
        ),
    ]  # fmt: skip
    export = tmp_path / "core_links.geojson"
    export.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    gpkg = tmp_path / "core_links.gpkg"
    result = load_files([str(export)], str(gpkg))
    assert result.counts.by_layer[model.ACCIDENTS] == 3
    accidents = {
        a["accident_id"]: (a["hazard_id"], a["location_id"])
        for a in QgsVectorLayer(f"{gpkg}|layername=accidents", "a", "ogr").getFeatures()
    }
    assert accidents == {
        "ACC-7": ("Land-1", "LOC-3"),
        "ACC-8": ("hazard_999", NULL),
        "ACC-9": ("Land-77", NULL),
    }
    (hazard,) = QgsVectorLayer(f"{gpkg}|layername=hazards", "h", "ogr").getFeatures()
    assert (hazard["hazard_id"], hazard["location_id"]) == ("Land-1", "LOC-3")
