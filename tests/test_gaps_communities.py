"""Land release by community: the clearance-gaps report section and COMMUNITY_SUMMARY, on the sample register."""

import sqlite3
from collections import Counter

import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample" / "register.gpkg"


@pytest.fixture(scope="module")
def run(run_alg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("gaps_communities")
    result = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": f"{SAMPLE}|layername=hazards",
            "RELEASES": f"{SAMPLE}|layername=activities",
            "LOCATIONS": f"{SAMPLE}|layername=locations",
            "OUTPUT": str(folder / "gaps.gpkg"),
            "COMMUNITY_SUMMARY": str(folder / "communities.gpkg"),
            "REPORT": str(folder / "report.html"),
        },
    )
    return result, folder


def _summary(result):
    layer = QgsVectorLayer(result["COMMUNITY_SUMMARY"], "communities", "ogr")
    assert layer.isValid()
    return {feature["location_id"] or "": feature for feature in layer.getFeatures()}


def test_every_hazard_is_counted_in_its_community(run):
    result, _ = run
    summary = _summary(result)
    with sqlite3.connect(SAMPLE) as db:
        expected = Counter(location or "" for (location,) in db.execute("SELECT location_id FROM hazards"))
        open_expected = Counter(
            location or ""
            for (location,) in db.execute(
                "SELECT location_id FROM hazards "
                "WHERE coalesce(status, '') NOT IN ('Closed', 'Handed Over', 'Completed')"
            )
        )
        names = dict(db.execute("SELECT location_id, name FROM locations"))
    assert {key: feature["hazards"] for key, feature in summary.items()} == dict(expected)
    assert sum(feature["hazards"] for feature in summary.values()) == 300
    for key, feature in summary.items():
        assert feature["hazards_open"] == open_expected.get(key, 0), key
        if key:
            assert feature["name"] == names[key]
    # The community rows add up to the per-hazard accounts (each hazard in exactly one row).
    released = sum(feature["released_m2"] for feature in summary.values())
    remaining = sum(feature["remaining_m2"] for feature in summary.values())
    gaps = QgsVectorLayer(result["OUTPUT"], "gaps", "ogr")
    assert remaining == pytest.approx(sum(f["remaining_m2"] or 0 for f in gaps.getFeatures()), abs=50.0)
    assert released > 0 and remaining > 0


def test_report_lists_the_communities_with_most_land_left(run):
    result, _ = run
    text = (run[1] / "report.html").read_text(encoding="utf-8")
    assert "Land release by community" in text
    summary = _summary(result)
    first = max((f for k, f in summary.items() if k), key=lambda f: f["remaining_m2"])
    assert f"{first['name']} ({first['location_id']})" in text
    assert "(no community)" in text  # the one hazard that names none is still counted


def test_no_community_section_without_a_location_field(run_alg, tmp_path):
    from tests.atlas_data import layer_uri, write_register

    register = write_register(tmp_path)["register"]
    result = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": layer_uri(register, "hazards"),
            "RELEASES": layer_uri(register, "activities"),
            "OUTPUT": str(tmp_path / "gaps.gpkg"),
            "REPORT": str(tmp_path / "report.html"),
        },
    )
    assert "Land release by community" not in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert result["TOTAL_HAZARD_M2"] > 0
