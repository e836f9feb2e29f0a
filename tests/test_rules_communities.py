"""Recorded district and sub-district against the hazard's community (wrong_district)."""

from qgis.core import QgsWkbTypes

from mineaction_qgis.core.common.model import LOCATION_LAYER
from tests.validation_data import box, hazard, run_validation, write_layer


def _locations(path):
    rows = [
        {
            "location_id": "LOC-1",
            "name": "Sinuni",
            "governorate": "Ninewa",
            "district": "Sinjar",
            "sub_district": "Sinuni",
            "community": "Sinuni village",
            "wkt": "POINT(500 500)",
        },
        {
            "location_id": "LOC-2",
            "name": "Tel Qasab",
            "governorate": "Ninewa",
            "district": "Sinjar",
            "sub_district": "",
            "wkt": "POINT(900 900)",
        },
    ]
    return write_layer(path, "locations", LOCATION_LAYER.qgs_fields(), rows, wkb_type=QgsWkbTypes.Type.Point)


def test_wrong_district_and_sub_district_and_unknown_community(tmp_path, run_alg):
    locations = _locations(tmp_path / "locations.gpkg")
    rows = [
        hazard("Right", box(0, 0, 100, 100), location_id="LOC-1", district="Sinjar", sub_district="Sinuni"),
        hazard("Case", box(200, 0, 100, 100), location_id="loc-1", district=" SINJAR", sub_district="sinuni"),
        hazard("District", box(400, 0, 100, 100), location_id="LOC-1", district="Tel Afar", sub_district="Sinuni"),
        hazard("Sub", box(600, 0, 100, 100), location_id="LOC-1", district="Sinjar", sub_district="Qayrawan"),
        hazard("EmptySub", box(800, 0, 100, 100), location_id="LOC-2", district="Sinjar", sub_district="Qayrawan"),
        hazard("NoCommunity", box(1000, 0, 100, 100), district="Anywhere"),
        hazard("Missing", box(1200, 0, 100, 100), location_id="LOC-9", district="Sinjar"),
    ]
    _, found = run_validation(run_alg, tmp_path, rows, LOCATIONS=locations, RULES=["wrong_district"])
    got = {f["hazard_id"]: f for f in found}
    assert set(got) == {"District", "Sub", "Missing"}
    assert (
        got["District"]["field"] == "district"
        and "Tel Afar" in got["District"]["message"]
        and "Sinuni village" in got["District"]["message"]
    )
    assert got["Sub"]["field"] == "sub_district" and "Qayrawan" in got["Sub"]["message"]
    assert got["Missing"]["field"] == "location_id" and "LOC-9" in got["Missing"]["message"]
    assert all(f["severity"] == "warning" for f in found)


def test_without_locations_the_rule_does_not_run(tmp_path, run_alg):
    rows = [hazard("District", box(400, 0, 100, 100), location_id="LOC-1", district="Tel Afar")]
    _, found = run_validation(run_alg, tmp_path, rows)
    assert "wrong_district" not in {f["rule"] for f in found}
