"""One rule for "the same IMSMA record" (core/common/record_identity.py), in appends and in the register's history."""

import shutil

import pytest
from osgeo import ogr

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.record_identity import RecordKey, find_present, pair_records
from mineaction_qgis.core.register import history
from mineaction_qgis.core.register.connection import resolve_target
from mineaction_qgis.core.register.postgis import publish
from tests.register_data import monthly_exports

key = RecordKey
GUID2 = "00000000-0000-0000-0000-000000000002"


def test_guids_compare_without_braces_case_or_spaces():
    assert key("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}", "Land-1") == key(
        " 3f2504e0-4f89-11d3-9a0c-0305e82c3301", "Land-1 "
    )
    assert key("{AB-1}", "Land-1").same_record(key("ab-1", "Land-2"))  # the GUID decides, not the local ID
    assert key("{AB-1}", "").guid == "ab-1" and key(None, None) == key("", "")


def test_different_guids_are_different_records_whatever_their_local_id():
    assert not key("AB-1", "Land-1").same_record(key("AB-2", "Land-1"))


def test_a_record_without_guid_is_matched_by_its_local_id():
    assert key("", "Land-1").same_record(key("{AB-2}", "Land-1"))
    assert key("AB-2", "Land-1").same_record(key("", "Land-1"))
    assert not key("", "Land-1").same_record(key("AB-2", "Land-2"))
    assert not key("", "Land-1").same_record(key("", "land-1"))  # local IDs keep their case
    assert not key("", "").same_record(key("", ""))


def test_records_already_present_in_an_append():
    pairs = find_present([key("{G1}", "A"), key("", "B")], [key("g1", "X"), key("G9", "B"), key("", "C")])
    assert pairs == [(key("G1", "A"), key("g1", "X")), (key("", "B"), key("G9", "B"))]


def test_history_pairs_one_to_one_guids_first_and_never_on_an_ambiguous_or_conflicting_local_id():
    stored = {"a": key("G1", "L"), "b": key("", "L")}
    assert pair_records(stored, {"x": key("{g1}", "M"), "y": key("", "L")}) == {"x": "a", "y": "b"}
    assert pair_records({"a": key("", "L")}, {"x": key("G", "L")}) == {"x": "a"}  # gained its GUID
    assert pair_records({"a": key("G", "L")}, {"x": key("", "L")}) == {"x": "a"}  # lost it
    assert pair_records({"a": key("G1", "L")}, {"x": key("G2", "L")}) == {}  # two records sharing a local ID
    assert pair_records({"a": key("", "L"), "b": key("", "L")}, {"x": key("G", "L")}) == {}  # which one?
    assert pair_records({"a": key("", "L")}, {"x": key("G", "L"), "y": key("", "L")}) == {}


@pytest.fixture(scope="module")
def march(run_alg, tmp_path_factory):
    """The canonical GeoPackage of the March export (9 hazards with GUIDs)."""
    folder = tmp_path_factory.mktemp("identity")
    export, _april = monthly_exports(folder)
    return run_alg("mineaction:importimsma", {"INPUT": str(export), "OUTPUT": str(folder / "march.gpkg")})["OUTPUT"]


def variant(march, tmp_path, name, *statements):
    """A copy of the March GeoPackage with ``statements`` (SQL on its hazards) applied."""
    path = tmp_path / f"{name}.gpkg"
    shutil.copy(march, path)
    dataset = ogr.Open(str(path), 1)  # GDAL's GeoPackage triggers need its SQL functions
    for statement in statements:
        dataset.ExecuteSQL(statement)
    dataset = None
    return str(path)


def hazard_changes(before, after):
    diff = history.compare(history.GeoPackageSource(before), history.GeoPackageSource(after), [model.HAZARDS])
    return diff, diff.of(model.HAZARDS)


def test_braces_and_case_of_a_guid_change_nothing(march, tmp_path):
    braced = variant(march, tmp_path, "braced", "UPDATE hazards SET guid = '{' || upper(guid) || '}'")
    diff, changes = hazard_changes(march, braced)
    assert changes == [] and diff.counts(model.HAZARDS)["unchanged"] == 9


def test_a_hazard_that_gains_or_loses_its_guid_keeps_its_history(march, tmp_path):
    without = variant(march, tmp_path, "without", "UPDATE hazards SET guid = NULL WHERE hazard_id = 'Land-2'")
    _diff, changes = hazard_changes(without, march)
    assert [(c.kind, c.key, c.previous_key, c.fields, c.new) for c in changes] == [
        ("changed", f"guid:{GUID2}", "id:Land-2", ("guid",), {"guid": GUID2})
    ]
    _diff, changes = hazard_changes(march, without)
    assert [(c.kind, c.key, c.previous_key, c.fields) for c in changes] == [
        ("changed", "id:Land-2", f"guid:{GUID2}", ("guid",))
    ]


def test_a_conflicting_guid_or_an_ambiguous_local_id_keeps_both_records(march, tmp_path):
    other = variant(march, tmp_path, "other", "UPDATE hazards SET guid = 'ffff' WHERE hazard_id = 'Land-3'")
    diff, changes = hazard_changes(march, other)
    assert sorted((c.kind, c.object_id) for c in changes) == [("missing", "Land-3"), ("new", "Land-3")]
    twice = variant(
        march,
        tmp_path,
        "twice",
        "UPDATE hazards SET guid = NULL, hazard_id = 'Land-4' WHERE hazard_id IN ('Land-4', 'Land-5')",
    )
    diff, changes = hazard_changes(twice, march)
    assert sorted((c.kind, c.key) for c in changes) == [
        ("missing", "id:Land-4"),
        ("missing", "id:Land-4#2"),
        ("new", "guid:00000000-0000-0000-0000-000000000004"),
        ("new", "guid:00000000-0000-0000-0000-000000000005"),
    ]


def test_the_postgis_register_follows_a_hazard_that_gained_its_guid(march, postgis, tmp_path):
    target = resolve_target(postgis.uri())
    without = variant(march, tmp_path, "without", "UPDATE hazards SET guid = NULL WHERE hazard_id = 'Land-2'")
    braced = variant(march, tmp_path, "braced", "UPDATE hazards SET guid = '{' || upper(guid) || '}'")
    assert publish(without, target, "identity").import_id == 1
    second = publish(march, target, "identity")
    assert second.diff.counts(model.HAZARDS) == {"new": 0, "changed": 1, "unchanged": 8, "missing": 0, "returned": 0}
    assert postgis.psql("SELECT count(*) FROM identity.hazards") == "9"
    assert postgis.psql(
        "SELECT record_key, first_import, changed_import FROM identity.hazards WHERE hazard_id = 'Land-2'"
    ) == (f"guid:{GUID2}|1|2")
    assert (
        postgis.psql("SELECT kind, fields FROM identity.changes WHERE import_id = 2 AND layer = 'hazards'")
        == "changed|guid"
    )
    third = publish(braced, target, "identity")
    assert third.diff.counts(model.HAZARDS)["unchanged"] == 9
