"""Land-release rules of the gap analysis: released once, counted once, closed statuses, splits, bad input.

Known answers are built in local metres (tests/gaps_data.py) in UTM 38N and in EPSG:4326.
"""

import csv
import math

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from mineaction_qgis.core.gaps import analysis as gaps
from mineaction_qgis.core.gaps import article7
from tests import gaps_data as data

CRSS = [data.UTM, data.WGS84]


def close(actual, expected, absolute=0.05, relative=1e-6) -> bool:
    return actual is not None and abs(actual - expected) <= absolute + relative * abs(expected)


def _run(run_alg, crs, **extra):
    parameters = {
        "HAZARDS": data.hazard_layer(crs),
        "RELEASES": data.release_layer(crs),
        "OUTPUT": "memory:",
        "RE_RELEASES": "memory:",
        "SPLITS": "memory:",
    }
    parameters.update(extra)
    return run_alg("mineaction:clearancegaps", parameters)


def _layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def _hazard(hazard_id, parts, crs=data.UTM, **extra):
    return gaps.Hazard(hazard_id, data.geometry(parts, crs), **extra)


def _release(activity_id, parts, kind, link, end=None, crs=data.UTM, **extra):
    return gaps.Release(
        activity_id,
        data.geometry(parts, crs),
        kind,
        link,
        extra.pop("organisation", "Op"),
        int(end[:4]) if end else None,
        end_date=end,
        **extra,
    )


@pytest.mark.parametrize("crs", CRSS)
def test_re_releases_name_both_activities_and_the_land(run_alg, crs):
    results = _run(run_alg, crs)
    found = {(f["activity_id"], f["credited_activity_id"]): f for f in _layer(results["RE_RELEASES"]).getFeatures()}
    assert set(found) == set(data.EXPECTED_RE_RELEASES)
    for key, shapes in data.EXPECTED_RE_RELEASES.items():
        feature = found[key]
        assert close(feature["area_m2"], data.area(shapes, crs), 0.1), key
        assert feature["finding"] == "re_release" and feature["hazard_id"] == "HAZ-1"
        assert feature["release_date"] and feature["credited_release_date"] < feature["release_date"]
        want = data.geometry(shapes[0], crs)
        assert feature.geometry().symDifference(want).area() < 1e-4 * want.area()
    a2 = found[("A2", "A1")]
    assert (a2["organisation"], a2["credited_organisation"]) == ("OpB", "OpA")
    assert close(results["RE_RELEASED_M2"], sum(data.area(s, crs) for s in data.EXPECTED_RE_RELEASES.values()), 0.3)


@pytest.mark.parametrize("crs", CRSS)
def test_precedence_by_type_keeps_the_old_rule(run_alg, crs):
    results = _run(run_alg, crs, PRECEDENCE=1)
    (row,) = [f for f in _layer(results["OUTPUT"]).getFeatures() if f["hazard_id"] == "HAZ-1"]
    for key in ("cleared", "reduced", "cancelled", "remaining"):
        assert close(row[f"{key}_m2"], data.area(data.EXPECTED_BY_TYPE_HAZ1[key], crs)), key


def test_undated_and_same_day_releases_fall_back_to_type_then_id():
    square = [data.rect(0, 0, 100, 100)]
    hazard = _hazard("H", square)
    releases = [
        _release("Z-CANCEL", square, gaps.RELEASE_CANCELLED, "H", "2020-01-01"),
        _release("A-CLEAR", square, gaps.RELEASE_CLEARED, "H", "2020-01-01"),  # same day: cleared wins
        _release("UNDATED", square, gaps.RELEASE_CLEARED, "H", None),  # undated: after every dated one
        _release("LATER", square, gaps.RELEASE_REDUCED, "H", "2021-01-01"),
    ]
    outcome = gaps.compute([hazard], releases, QgsCoordinateReferenceSystem(data.UTM))
    (result,) = outcome.hazards
    assert close(result.cleared_m2, result.hazard_area_m2) and result.cancelled_m2 == 0 and result.reduced_m2 == 0
    claims = {(item.release.activity_id, item.holder.activity_id) for item in outcome.re_releases}
    assert claims == {("Z-CANCEL", "A-CLEAR"), ("UNDATED", "A-CLEAR"), ("LATER", "A-CLEAR")}
    assert outcome.totals.undated_releases == 1


@pytest.mark.parametrize("crs", CRSS)
def test_overlapping_hazards_are_counted_once(crs):
    """Two hazards overlap by 50 × 100 m; a release linked to each covers part of the overlap."""
    hazards = [
        _hazard("H1", [data.rect(0, 0, 100, 100)], crs, governorate="Anbar"),
        _hazard("H2", [data.rect(50, 0, 150, 100)], crs, governorate="Anbar"),
        _hazard("LONE", [data.rect(500, 0, 600, 100)], crs, governorate="Basra"),
    ]
    releases = [
        _release("R1", [data.rect(0, 0, 70, 100)], gaps.RELEASE_CLEARED, "H1", "2020-01-01", crs),
        _release("R2", [data.rect(60, 0, 150, 40)], gaps.RELEASE_CANCELLED, "H2", "2021-01-01", crs),
        _release("R3", [data.rect(500, 0, 550, 100)], gaps.RELEASE_REDUCED, "LONE", "2021-01-01", crs),
    ]
    outcome = gaps.compute(hazards, releases, QgsCoordinateReferenceSystem(crs))
    results, totals = outcome.hazards, outcome.totals
    area = lambda *rects: data.area([[r] for r in rects], crs)  # noqa: E731
    # Per-hazard rows, each balanced.
    for result in results:
        assert close(result.released_m2 + result.remaining_m2, result.hazard_area_m2, relative=1e-9)
    # Counted once: the union of the hazards; R1 holds x 0..70, R2 the rest of its land (x 70..150, y 0..40).
    assert close(totals.hazard_m2, area(data.rect(0, 0, 150, 100), data.rect(500, 0, 600, 100)), 0.2)
    assert close(totals.cleared_m2, area(data.rect(0, 0, 70, 100)), 0.2)
    assert close(totals.cancelled_m2, area(data.rect(70, 0, 150, 40)), 0.2)
    assert close(totals.reduced_m2, area(data.rect(500, 0, 550, 100)), 0.2)
    assert close(totals.remaining_m2, area(data.rect(70, 40, 150, 100), data.rect(550, 0, 600, 100)), 0.2)
    double = totals.double_counted_m2
    assert close(double["hazard"], area(data.rect(50, 0, 100, 100)), 0.2)
    for key, value in totals.once().items():
        assert close(value + double[key], totals.per_hazard[key], 1e-6), key
    summary = {(r.governorate, r.release_type): r for r in outcome.summary_rows}
    assert close(summary[("Anbar", None)].remaining_m2, area(data.rect(70, 40, 150, 100)), 0.2)


@pytest.mark.parametrize("status", ["Handed Over", "Completed", "Closed", "Expired", "handover"])
def test_closed_statuses_come_from_the_profile(status):
    hazard = _hazard("H", [data.rect(0, 0, 100, 100)], status=status)
    (result,) = gaps.compute([hazard], [], QgsCoordinateReferenceSystem(data.UTM)).hazards
    assert result.closed_with_remaining and result.flagged


def test_open_is_not_closed():
    hazard = _hazard("H", [data.rect(0, 0, 100, 100)], status="Worked On")
    (result,) = gaps.compute([hazard], [], QgsCoordinateReferenceSystem(data.UTM)).hazards
    assert not result.closed_with_remaining


def test_bad_coordinates_are_reported_and_the_run_goes_on():
    """UTM metres stored as degrees, infinite and huge coordinates: flagged, never a traceback."""
    wgs84 = QgsCoordinateReferenceSystem(data.WGS84)
    good = _hazard("GOOD", [data.rect(0, 0, 100, 100)], data.WGS84)
    metres = gaps.Hazard(
        "METRES", QgsGeometry.fromWkt("Polygon((440000 3690000, 440100 3690000, 440100 3690100, 440000 3690000))")
    )
    ring = [QgsPointXY(44, 33), QgsPointXY(math.inf, 33), QgsPointXY(44, 34), QgsPointXY(44, 33)]
    infinite = gaps.Hazard("INF", QgsGeometry.fromPolygonXY([ring]))
    release = gaps.Release(
        "R-METRES",
        QgsGeometry.fromWkt("Polygon((440000 3690000, 440100 3690000, 440100 3690100, 440000 3690000))"),
        gaps.RELEASE_CLEARED,
        "GOOD",
    )
    outcome = gaps.compute([good, metres, infinite], [release], wgs84)
    by_id = {r.hazard.hazard_id: r for r in outcome.hazards}
    assert by_id["GOOD"].computation == gaps.COMPUTED_OK and by_id["GOOD"].remaining_m2 > 9000
    for hazard_id in ("METRES", "INF"):
        assert by_id[hazard_id].computation == gaps.COMPUTED_BAD_COORDINATES and by_id[hazard_id].flagged
    assert {p.finding for p in outcome.outside_parts if p.release.activity_id == "R-METRES"} == {
        gaps.OUTSIDE_BAD_COORDINATES
    }
    assert math.isfinite(outcome.totals.hazard_m2) and close(outcome.totals.hazard_m2, by_id["GOOD"].hazard_area_m2)


def test_bad_input_is_each_accounted():
    """No date, no type, no geometry, invalid geometry, missing hazard, hazard without polygon, release larger than its
    hazard."""
    crs = QgsCoordinateReferenceSystem(data.UTM)
    hazards = [
        _hazard("H", [data.rect(0, 0, 100, 100)]),
        gaps.Hazard("EMPTY", QgsGeometry()),
        _hazard("BOW", [data.BOWTIE]),
    ]
    releases = [
        _release("NODATE", [data.rect(0, 0, 10, 10)], gaps.RELEASE_CLEARED, "H", None),
        _release("NOTYPE", [data.rect(10, 0, 20, 10)], gaps.RELEASE_NONE, "H", "2020-01-01", basis="not_recorded"),
        gaps.Release("NOGEOM", QgsGeometry(), gaps.RELEASE_CLEARED, "H"),
        _release("BOWTIE", [data.BOWTIE], gaps.RELEASE_CLEARED, "H", "2020-01-01"),
        _release("MISSING", [data.rect(2000, 0, 2030, 10)], gaps.RELEASE_CLEARED, "NOT-THERE", "2020-01-01"),
        _release("BIG", [data.rect(-50, -50, 150, 150)], gaps.RELEASE_CANCELLED, "H", "2022-01-01"),
    ]
    outcome = gaps.compute(hazards, releases, crs)
    by_id = {r.hazard.hazard_id: r for r in outcome.hazards}
    assert by_id["EMPTY"].computation == gaps.COMPUTED_NO_GEOMETRY and by_id["EMPTY"].flagged
    assert by_id["BOW"].invalid_input
    h = by_id["H"]
    assert close(h.released_m2 + h.remaining_m2, h.hazard_area_m2) and close(h.remaining_m2, 0.0)
    findings = {(p.release.activity_id, p.finding) for p in outcome.outside_parts}
    assert ("NOTYPE", gaps.OUTSIDE_TYPE_NONE) in findings and ("NOGEOM", gaps.OUTSIDE_NO_GEOMETRY) in findings
    assert ("MISSING", gaps.OUTSIDE_UNKNOWN_HAZARD) in findings and ("BIG", gaps.OUTSIDE_LINKED) in findings
    assert outcome.totals.undated_releases == 1
    # NODATE is undated, so it comes after every dated release of H: BIG (2022) holds its land.
    assert ("NODATE", "BIG") in {(i.release.activity_id, i.holder.activity_id) for i in outcome.re_releases}


@pytest.mark.parametrize("crs", CRSS)
def test_balance_on_generated_data(tmp_path_factory, crs):
    """Every hazard: remaining + credited = hazard area (0.1 %); nation: rows minus double counting."""
    from benchmarks.synthetic import build_register
    from tests.test_gaps import _analysis_of, _assert_reconciles

    info = build_register(tmp_path_factory.mktemp("balance"), 150, errors=True, seed=5)
    outcome = _analysis_of(info.gpkg)
    assert outcome.totals.overlapping_hazards > 0, "the generated register has overlapping hazards"
    for result in outcome.hazards:
        if result.remaining_m2 is None:
            continue
        assert result.released_m2 + result.remaining_m2 == pytest.approx(result.hazard_area_m2, rel=1e-3, abs=0.01), (
            result.hazard.hazard_id
        )
    _assert_reconciles(outcome.totals)


def test_balance_on_the_sample_register():
    from mineaction_qgis.paths import resource
    from tests.test_gaps import _analysis_of, _assert_reconciles

    outcome = _analysis_of(str(resource("sample") / "register.gpkg"))
    assert outcome.totals.hazards >= 300
    for result in outcome.hazards:
        if result.remaining_m2 is not None:
            assert result.released_m2 + result.remaining_m2 == pytest.approx(result.hazard_area_m2, rel=1e-3, abs=0.01)
    _assert_reconciles(outcome.totals)


def test_splits_and_article7_tables(run_alg, tmp_path):
    layer = data.hazard_layer(data.UTM)
    layer.dataProvider().addAttributes([])
    hazards = [
        _hazard(
            "AP-SHA",
            [data.rect(0, 0, 100, 100)],
            governorate="Anbar",
            classification="SHA",
            contamination="anti_personnel_mines",
        ),
        _hazard(
            "AP-CHA",
            [data.rect(200, 0, 300, 100)],
            governorate="Anbar",
            classification="CHA",
            contamination="anti_personnel_mines",
        ),
        _hazard(
            "CM",
            [data.rect(400, 0, 500, 100)],
            governorate="Basra",
            classification="CHA",
            contamination="cluster_munitions",
        ),
    ]
    releases = [_release("R", [data.rect(200, 0, 250, 100)], gaps.RELEASE_CLEARED, "AP-CHA", "2020-01-01")]
    outcome = gaps.compute(hazards, releases, QgsCoordinateReferenceSystem(data.UTM))
    apmbc = article7.table(article7.APMBC, outcome.split_rows)
    (anbar,) = apmbc
    assert (anbar.governorate, anbar.sha_count, anbar.cha_count) == ("Anbar", 1, 1)
    assert close(anbar.cleared_m2, data.area([[data.rect(200, 0, 250, 100)]], data.UTM))
    assert close(anbar.cha_remaining_m2, data.area([[data.rect(250, 0, 300, 100)]], data.UTM))
    (basra,) = article7.table(article7.CCM, outcome.split_rows)
    assert basra.governorate == "Basra" and basra.cha_count == 1
    path = tmp_path / "apmbc.csv"
    article7.write_csv(str(path), apmbc)
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0] == list(article7.CSV_COLUMNS) and rows[1][0] == "Anbar" and rows[-1][0] == "Total"


def test_algorithm_writes_article7_csv_and_report(run_alg, tmp_path):
    from tests.test_gaps import _analysis_of  # noqa: F401  (same register helpers)

    results = _run(
        run_alg,
        data.UTM,
        ARTICLE7_APMBC=str(tmp_path / "a.csv"),
        ARTICLE7_CCM=str(tmp_path / "c.csv"),
        REPORT=str(tmp_path / "r.html"),
    )
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").startswith("governorate,")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "APMBC" in html and "CCM" in html and "A2" in html  # the re-release table names the activity
    assert results["DOUBLE_COUNTED_M2"] == pytest.approx(0.0, abs=1e-6)


def test_releases_that_cannot_be_transformed_are_reported(run_alg):
    """Releases in UTM whose 'metres' are degrees-sized garbage: a finding each, no traceback."""
    from qgis.core import QgsFeature

    releases = data.release_layer(data.UTM)
    feature = QgsFeature(releases.fields())
    feature.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((1e30 1e30, 2e30 1e30, 2e30 2e30, 1e30 1e30)))"))
    feature.setAttributes(["HUGE", "HAZ-1", "cleared", "OpA", None, None])
    releases.dataProvider().addFeatures([feature])
    results = run_alg(
        "mineaction:clearancegaps",
        {"HAZARDS": data.hazard_layer(data.WGS84), "RELEASES": releases, "OUTPUT": "memory:", "OUTSIDE": "memory:"},
    )
    found = [f for f in _layer(results["OUTSIDE"]).getFeatures() if f["activity_id"] == "HUGE"]
    assert [f["finding"] for f in found] == ["bad_coordinates"]
    assert results["TOTAL_HAZARD_M2"] > 0


def test_precedence_by_type_with_overlapping_hazards():
    """The counted-once sweep orders pieces under either precedence rule."""
    hazards = [_hazard("H1", [data.rect(0, 0, 100, 100)]), _hazard("H2", [data.rect(50, 0, 150, 100)])]
    releases = [
        _release("R1", [data.rect(0, 0, 70, 100)], gaps.RELEASE_CANCELLED, "H1", "2020-01-01"),
        _release("R2", [data.rect(60, 0, 150, 100)], gaps.RELEASE_CLEARED, "H2", "2021-01-01"),
    ]
    outcome = gaps.compute(hazards, releases, QgsCoordinateReferenceSystem(data.UTM), precedence=gaps.PRECEDENCE_TYPE)
    totals = outcome.totals
    assert close(totals.hazard_m2, data.area([[data.rect(0, 0, 150, 100)]], data.UTM), 0.2)
    assert close(totals.cleared_m2, data.area([[data.rect(60, 0, 150, 100)]], data.UTM), 0.2)
    assert close(totals.cancelled_m2, data.area([[data.rect(0, 0, 60, 100)]], data.UTM), 0.2)


@pytest.mark.parametrize("crs", CRSS)
def test_re_release_across_overlapping_hazards_is_reported_and_counted_once(run_alg, crs):
    """H2 overlaps H1 by x 50..100; R2 (2021, for H2) clears again land R1 (2019, for H1) cleared."""
    hazard_rows = [
        ("H1", [data.rect(0, 0, 100, 100)], "Open", "Anbar", None),
        ("H2", [data.rect(50, 0, 150, 100)], "Open", "Anbar", None),
    ]
    release_rows = [
        ("R1", "H1", "Cleared", "OpA", QDate(2019, 5, 1), [data.rect(0, 0, 100, 100)]),
        ("R2", "H2", "Cleared", "OpB", QDate(2021, 3, 1), [data.rect(50, 0, 150, 100)]),
    ]
    results = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": data.hazard_layer(crs, hazard_rows),
            "RELEASES": data.release_layer(crs, release_rows),
            "OUTPUT": "memory:",
            "RE_RELEASES": "memory:",
            "SUMMARY": "memory:",
        },
    )
    area = lambda *rects: data.area([[r] for r in rects], crs)  # noqa: E731
    (item,) = list(_layer(results["RE_RELEASES"]).getFeatures())
    assert (item["activity_id"], item["credited_activity_id"]) == ("R2", "R1")
    assert (item["hazard_id"], item["credited_hazard_id"]) == ("H2", "H1")
    assert (item["organisation"], item["credited_organisation"]) == ("OpB", "OpA")
    assert (item["release_date"], item["credited_release_date"]) == ("2021-03-01", "2019-05-01")
    assert item["finding"] == "re_release" and "H1" in item["message"] and "H2" in item["message"]
    assert close(item["area_m2"], area(data.rect(50, 0, 100, 100)), 0.2)
    overlap = data.geometry([data.rect(50, 0, 100, 100)], crs)
    assert item.geometry().symDifference(overlap).area() < 1e-4 * overlap.area()
    # Each hazard row keeps its own release; the nation counts the overlap once, for the earlier release.
    assert close(results["TOTAL_CLEARED_M2"], area(data.rect(0, 0, 150, 100)), 0.2)
    assert close(results["DOUBLE_COUNTED_M2"], area(data.rect(50, 0, 100, 100)), 0.2)
    assert close(results["RE_RELEASED_M2"], area(data.rect(50, 0, 100, 100)), 0.2)
    credited = {f["organisation"]: f["released_m2"] for f in _layer(results["SUMMARY"]).getFeatures() if f["year"]}
    assert close(credited["OpA"], area(data.rect(0, 0, 100, 100)), 0.2)
    assert close(credited["OpB"], area(data.rect(100, 0, 150, 100)), 0.2)


def test_one_release_over_two_overlapping_hazards_is_not_a_re_release():
    hazards = [_hazard("H1", [data.rect(0, 0, 100, 100)]), _hazard("H2", [data.rect(50, 0, 150, 100)])]
    releases = [_release("R", [data.rect(0, 0, 150, 100)], gaps.RELEASE_CLEARED, None, "2020-01-01")]
    outcome = gaps.compute(hazards, releases, QgsCoordinateReferenceSystem(data.UTM))
    assert outcome.re_releases == [] and outcome.totals.re_released_m2 == 0
    assert close(outcome.totals.cleared_m2, data.area([[data.rect(0, 0, 150, 100)]], data.UTM), 0.2)


def test_cross_hazard_re_release_follows_the_precedence_rule():
    """Overlapping hazards, partial overlap of the releases (x 60..70, y 0..40): 400 m² claimed twice."""
    hazards = [_hazard("H1", [data.rect(0, 0, 100, 100)]), _hazard("H2", [data.rect(50, 0, 150, 100)])]
    releases = [
        _release("R1", [data.rect(0, 0, 70, 100)], gaps.RELEASE_CANCELLED, "H1", "2020-01-01"),
        _release("R2", [data.rect(60, 0, 150, 40)], gaps.RELEASE_CLEARED, "H2", "2021-01-01"),
    ]
    crs = QgsCoordinateReferenceSystem(data.UTM)
    (by_date,) = gaps.compute(hazards, releases, crs).re_releases
    assert (by_date.release.activity_id, by_date.holder.activity_id) == ("R2", "R1") and by_date.across_hazards
    (by_type,) = gaps.compute(hazards, releases, crs, precedence=gaps.PRECEDENCE_TYPE).re_releases
    assert (by_type.release.activity_id, by_type.holder.activity_id) == ("R1", "R2")
    for item in (by_date, by_type):
        assert close(item.area_m2, data.area([[data.rect(60, 0, 70, 40)]], data.UTM), 0.1)


@pytest.mark.parametrize("crs", CRSS)
def test_release_naming_a_missing_hazard_is_reported_where_it_is_credited(crs):
    """NAMES-GONE names hazard H-404 (not in the layer) and lies in H1 and, for 10 m, outside every hazard."""
    hazards = [_hazard("H1", [data.rect(0, 0, 100, 100)], crs)]
    releases = [
        _release("INSIDE", [data.rect(0, 0, 40, 100)], gaps.RELEASE_CLEARED, "H-404", "2020-01-01", crs),
        _release("ACROSS", [data.rect(90, 0, 110, 100)], gaps.RELEASE_REDUCED, "H-405", "2020-01-01", crs),
    ]
    outcome = gaps.compute(hazards, releases, QgsCoordinateReferenceSystem(crs))
    (h1,) = outcome.hazards
    area = lambda *rects: data.area([[r] for r in rects], crs)  # noqa: E731
    assert close(h1.cleared_m2, area(data.rect(0, 0, 40, 100)), 0.1)
    assert close(h1.reduced_m2, area(data.rect(90, 0, 100, 100)), 0.1)
    findings = {(p.release.activity_id, p.finding): p for p in outcome.outside_parts}
    inside = findings[("INSIDE", gaps.OUTSIDE_CREDITED_BY_OVERLAP)]
    assert inside.hazard_ids == ["H1"] and inside.release.link == "H-404"
    assert close(inside.area_m2, area(data.rect(0, 0, 40, 100)), 0.1)
    assert "H-404" in inside.message and "H1" in inside.message
    across = findings[("ACROSS", gaps.OUTSIDE_CREDITED_BY_OVERLAP)]
    assert close(across.area_m2, area(data.rect(90, 0, 100, 100)), 0.1)
    outside = findings[("ACROSS", gaps.OUTSIDE_UNKNOWN_HAZARD)]
    assert close(outside.area_m2, area(data.rect(100, 0, 110, 100)), 0.1)
    assert gaps.OUTSIDE_CREDITED_BY_OVERLAP in gaps.RECORD_FINDINGS, "not land outside hazards"
    assert close(outcome.totals.outside_m2, area(data.rect(100, 0, 110, 100)), 0.1)


def test_article7_contamination_types_come_from_the_profile():
    """Which contamination counts under each convention is the profile's decision (DMA to confirm), not the code's."""
    import copy

    from mineaction_qgis.core.imsma.profile import load_profile

    hazards = [
        _hazard(
            "AP",
            [data.rect(0, 0, 100, 100)],
            governorate="Anbar",
            classification="CHA",
            contamination="anti_personnel_mines",
        ),
        _hazard("IED", [data.rect(200, 0, 300, 100)], governorate="Anbar", classification="CHA", contamination="ied"),
    ]
    splits = gaps.compute(hazards, [], QgsCoordinateReferenceSystem(data.UTM)).split_rows
    bundled = load_profile()
    assert article7.conventions(bundled) == {
        article7.APMBC: ("anti_personnel_mines",),
        article7.CCM: ("cluster_munitions",),
    }
    (row,) = article7.table(article7.APMBC, splits, article7.conventions(bundled))
    assert row.cha_count == 1
    edited = copy.deepcopy(bundled)
    edited.data["article7"]["apmbc"] = ["anti_personnel_mines", "ied"]
    (row,) = article7.table(article7.APMBC, splits, article7.conventions(edited))
    assert row.cha_count == 2 and close(row.cha_remaining_m2, 2 * data.area([[data.rect(0, 0, 100, 100)]], data.UTM))
    del edited.data["article7"]
    assert article7.conventions(edited) == article7.CONVENTION_CONTAMINATION, "defaults without the section"


def test_run_streams_rows_and_stops_when_cancelled():
    from qgis.core import QgsFeedback

    hazards = [_hazard(f"H{i}", [data.rect(200 * i, 0, 200 * i + 100, 100)]) for i in range(3)]
    crs = QgsCoordinateReferenceSystem(data.UTM)
    analysis = gaps.GapAnalysis(crs)
    for hazard in hazards:
        analysis.add_hazard(hazard)
    seen = []
    outcome = analysis.run(on_hazard=seen.append)
    assert [r.hazard.hazard_id for r in seen] == ["H0", "H1", "H2"] and outcome.hazards == []
    assert outcome.totals.hazards == 3 and not outcome.canceled
    with pytest.raises(RuntimeError):
        analysis.run()
    cancelled = gaps.GapAnalysis(crs)
    for hazard in hazards:
        cancelled.add_hazard(hazard)
    feedback = QgsFeedback()
    feedback.cancel()
    assert cancelled.run(feedback).canceled
