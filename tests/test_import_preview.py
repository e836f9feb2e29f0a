"""The import preview's record mapping (core/imsma/preview.py), which the import dialog only shows."""

from mineaction_qgis import paths
from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma import preview
from mineaction_qgis.core.imsma.detect import detect_format
from mineaction_qgis.core.imsma.loader import resolve_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection


def test_mapped_records_name_the_layer_the_id_and_the_mapped_attributes(qgis_app):
    sample = str(paths.resource("sample", "imsma_ng.xml"))
    fmt = detect_format(sample)
    profile = resolve_profile("imsma_ng")
    columns, rows = preview.preview(sample, fmt, profile, ReadOptions(), limit=7)
    assert columns == ["Layer", "Object", "Source", "Attributes"]
    assert len(rows) == 7
    kinds = (ObjectRecord, PointRecord, Rejection)
    records = [r for r in fmt.read(sample, profile, ReadOptions(), None) if isinstance(r, kinds)][:7]
    for row, record in zip(rows, records):
        assert row[2] == record.source_ref
        if isinstance(record, Rejection):
            assert row[0] == model.REJECTED and row[1] == record.object_id and row[3].startswith(record.reason_code)
            continue
        layer = record.layer if isinstance(record, ObjectRecord) else model.POINTS
        assert row[0] == layer and row[1], row
        assert all(f"{key}={value}" in row[3] for key, value in record.attributes.items() if value not in (None, ""))
    assert {row[0] for row in rows} & {model.HAZARDS, model.POINTS, model.ACTIVITIES}


def test_rows_of_each_kind_of_record(qgis_app):
    hazard = ObjectRecord(model.HAZARDS, {"hazard_id": "HA-7", "status": "Active", "area_m2": None}, None, "f", "row 3")
    assert preview.record_row(hazard) == [model.HAZARDS, "HA-7", "row 3", "hazard_id=HA-7, status=Active"]
    activity = ObjectRecord(model.ACTIVITIES, {"activity_id": "AC-2", "hazard_id": "HA-7"}, None, "f", "row 5")
    assert preview.record_row(activity)[1] == "AC-2", "an activity is named by its own ID, not its hazard's"
    rejected = Rejection("f.xml", "hazard 9", "HA-9", "no_geometry", "HA-9 has no polygon.")
    assert preview.record_row(rejected) == [model.REJECTED, "HA-9", "hazard 9", "no_geometry: HA-9 has no polygon."]
    point = PointRecord({"point_id": "P1", "hazard_id": "HA-7"}, None, "f", "row 4")
    assert preview.record_row(point)[0] == model.POINTS
    assert preview.record_row("not a record") is None
    columns, rows = preview.mapped_records([hazard, "x", rejected, activity], limit=2)
    assert [row[1] for row in rows] == ["HA-7", "HA-9"]


def test_a_point_list_shows_its_own_columns(qgis_app):
    sample = str(paths.resource("sample", "pointlist_dd.csv"))
    columns, rows = preview.preview(sample, detect_format(sample), resolve_profile(None), ReadOptions(), limit=3)
    assert "Xcoord" in columns and len(rows) == 3
