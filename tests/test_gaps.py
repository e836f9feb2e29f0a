"""Clearance gap analysis: known answers in a projected CRS and in EPSG:4326, robustness, report.

The fixtures (tests/gaps_data.py) cover overlapping releases of different types, a
release crossing its hazard's edge, an orphan release, a release naming an unknown
hazard, a fully released hazard, a multipart hazard, a Closed hazard with land left,
reported vs computed remaining, an invalid (bow-tie) hazard and an unknown release type.
"""

import re
from html.parser import HTMLParser

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis.core.common.model import ACTIVITY_LAYER, HAZARD_LAYER
from mineaction_qgis.core.gaps import analysis as gaps
from tests import gaps_data as data

CRSS = [data.UTM, data.WGS84]


def close(actual, expected, absolute=0.05, relative=1e-6) -> bool:
    return actual is not None and abs(actual - expected) <= absolute + relative * abs(expected)


def _layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value)


def _run(run_alg, crs, **extra):
    parameters = {
        "HAZARDS": data.hazard_layer(crs),
        "RELEASES": data.release_layer(crs),
        "OUTPUT": "memory:",
        "OUTSIDE": "memory:",
        "SUMMARY": "memory:",
    }
    parameters.update(extra)
    return run_alg("mineaction:clearancegaps", parameters)


@pytest.fixture(scope="module", params=CRSS)
def result(request, run_alg):
    """Results of one run per CRS, with the CRS."""
    return request.param, _run(run_alg, request.param)


def test_defaults_are_canonical_field_names(provider):
    from mineaction_qgis.processing.clearance_gaps import ClearanceGapsAlgorithm

    algorithm = ClearanceGapsAlgorithm()
    algorithm.initAlgorithm()
    hazard_fields = HAZARD_LAYER.field_names()
    activity_fields = ACTIVITY_LAYER.field_names()
    for name in ("HAZARD_ID_FIELD", "STATUS_FIELD", "REPORTED_REMAINING_FIELD", "GOVERNORATE_FIELD"):
        assert algorithm.parameterDefinition(name).defaultValue() in hazard_fields
    for name in (
        "LINK_FIELD",
        "RELEASE_TYPE_FIELD",
        "ACTIVITY_ID_FIELD",
        "ORGANISATION_FIELD",
        "END_DATE_FIELD",
        "START_DATE_FIELD",
    ):
        assert algorithm.parameterDefinition(name).defaultValue() in activity_fields
    assert algorithm.groupId() == "landrelease"


def test_known_accounts_per_hazard(result):
    crs, results = result
    expected = data.expected_accounts(crs)
    rows = data.features_by(_layer(results["OUTPUT"]), "hazard_id")
    assert set(rows) == {"HAZ-1", "HAZ-2", "HAZ-4", "HAZ-5"}, "fully released HAZ-3 has no land left and no flag"
    for hazard_id, feature_list in rows.items():
        (feature,) = feature_list
        want = expected[hazard_id]
        assert close(feature["hazard_area_m2"], want["hazard"]), hazard_id
        assert close(feature["cleared_m2"], want["cleared"]), hazard_id
        assert close(feature["reduced_m2"], want["reduced"]), hazard_id
        assert close(feature["cancelled_m2"], want["cancelled"]), hazard_id
        assert close(feature["remaining_m2"], want["remaining"]), hazard_id
        assert close(feature["released_m2"], want["cleared"] + want["reduced"] + want["cancelled"]), hazard_id
        assert close(feature["remaining_pct"], 100 * want["remaining"] / want["hazard"], 1e-3), hazard_id
        # Ellipsoidal areas near Baghdad are within 0.2 % of the planar UTM ones.
        assert (
            abs(feature["hazard_area_m2"] - data.PLANAR[hazard_id]["hazard"]) < 0.002 * data.PLANAR[hazard_id]["hazard"]
        )


def test_flags(result):
    _, results = result
    rows = {k: v[0] for k, v in data.features_by(_layer(results["OUTPUT"]), "hazard_id").items()}
    assert rows["HAZ-1"]["remaining_mismatch"] and not rows["HAZ-1"]["closed_with_remaining"]
    assert close(rows["HAZ-1"]["difference_m2"], 4000 - rows["HAZ-1"]["remaining_m2"])
    assert rows["HAZ-2"]["closed_with_remaining"] and rows["HAZ-2"]["remaining_mismatch"]
    assert rows["HAZ-4"]["reported_remaining_m2"] in (None, NULL) and rows["HAZ-4"]["difference_m2"] in (None, NULL)
    assert not rows["HAZ-4"]["remaining_mismatch"]
    assert rows["HAZ-5"]["invalid_input"] and rows["HAZ-5"]["computation"] == "ok"
    assert "HAZ-5" in rows["HAZ-5"]["note"] and "invalid" in rows["HAZ-5"]["note"]
    assert not rows["HAZ-5"]["remaining_mismatch"], "reported 2500 m² matches within the 100 m² tolerance"
    for hazard_id in ("HAZ-1", "HAZ-2", "HAZ-4"):
        assert rows[hazard_id]["computation"] == "ok" and not rows[hazard_id]["invalid_input"]


def test_remaining_polygon_is_the_expected_shape(result):
    crs, results = result
    rows = {k: v[0] for k, v in data.features_by(_layer(results["OUTPUT"]), "hazard_id").items()}
    expected = QgsGeometry.unaryUnion([data.geometry(parts, crs) for parts in data.EXPECTED["HAZ-1"]["remaining"]])
    got = rows["HAZ-1"].geometry()
    assert got.wkbType() == QgsGeometry.fromWkt("MultiPolygon(((0 0,1 0,1 1,0 0)))").wkbType()
    scale = expected.area()
    assert got.symDifference(expected).area() < 1e-4 * scale
    multipart = rows["HAZ-4"].geometry()
    want = data.geometry(data.EXPECTED["HAZ-4"]["remaining"][0], crs)
    assert multipart.symDifference(want).area() < 1e-4 * want.area()


def test_outside_parts(result):
    crs, results = result
    rows = data.features_by(_layer(results["OUTSIDE"]), "activity_id")
    assert set(rows) == set(data.EXPECTED_OUTSIDE)
    for activity_id, (finding, shapes) in data.EXPECTED_OUTSIDE.items():
        (feature,) = rows[activity_id]
        assert feature["finding"] == finding, activity_id
        assert close(feature["area_m2"], data.area(shapes, crs), 0.1), activity_id
        assert activity_id in feature["message"]
    assert rows["B2"][0]["hazard_id"] == "HAZ-2" and rows["B2"][0]["organisation"] == "OpA"
    assert rows["B2"][0]["release_type"] == "reduced"
    assert rows["C1"][0]["hazard_id"] == "HAZ-3"
    assert rows["E2"][0]["hazard_id"] == "HAZ-99"
    assert rows["F2"][0]["release_type"] == "demolished"


def test_summary_counts_each_square_metre_once_earliest_first(result):
    crs, results = result
    summary = {
        tuple(
            None if f[name] in (None, NULL) else f[name]
            for name in ("governorate", "organisation", "release_type", "year")
        ): f
        for f in _layer(results["SUMMARY"]).getFeatures()
    }

    def key(governorate, organisation, kind, year):
        return (governorate, organisation, kind, year)

    a4 = data.area(data.EXPECTED_CREDIT["A4"], crs)
    a2 = data.area(data.EXPECTED_CREDIT["A2"], crs)
    assert close(summary[key("Baghdad", "OpC", "cleared", 2019)]["released_m2"], a4)
    assert close(summary[key("Baghdad", "OpB", "cleared", 2021)]["released_m2"], a2)
    expected = data.expected_accounts(crs)
    assert close(summary[key("Baghdad", "OpA", "cancelled", 2020)]["released_m2"], expected["HAZ-1"]["cancelled"])
    assert close(summary[key("Baghdad", "OpD", "cleared", 2023)]["released_m2"], expected["HAZ-3"]["cleared"])
    assert close(summary[key("Ninewa", "OpA", "reduced", 2022)]["released_m2"], expected["HAZ-2"]["reduced"])
    remaining_baghdad = summary[key("Baghdad", None, None, None)]
    assert close(remaining_baghdad["remaining_m2"], expected["HAZ-1"]["remaining"])
    assert remaining_baghdad["hazards"] == 1
    assert close(remaining_baghdad["remaining_km2"], remaining_baghdad["remaining_m2"] / 1e6, 1e-9)
    released = sum(f["released_m2"] for f in summary.values())
    assert close(released, results["TOTAL_RELEASED_M2"], 0.01)
    assert not any(k[1] == "OpA" and k[3] == 2018 for k in summary), "'none' and unknown types release nothing"


def test_totals_add_up(result):
    crs, results = result
    expected = data.expected_accounts(crs)
    assert close(results["TOTAL_HAZARD_M2"], sum(e["hazard"] for e in expected.values()), 0.2)
    assert close(results["TOTAL_REMAINING_M2"], sum(e["remaining"] for e in expected.values()), 0.2)
    assert close(results["TOTAL_CLEARED_M2"], sum(e["cleared"] for e in expected.values()), 0.2)
    assert close(results["TOTAL_RELEASED_M2"] + results["TOTAL_REMAINING_M2"], results["TOTAL_HAZARD_M2"], 0.05)
    assert results["HAZARDS_WITH_REMAINING"] == 4


def test_releases_in_another_crs_give_the_same_answer(run_alg):
    """Hazards in UTM 38N, releases in EPSG:4326: releases are transformed, areas are unchanged."""
    results = run_alg(
        "mineaction:clearancegaps",
        {"HAZARDS": data.hazard_layer(data.UTM), "RELEASES": data.release_layer(data.WGS84), "OUTPUT": "memory:"},
    )
    expected = data.expected_accounts(data.UTM)
    rows = {k: v[0] for k, v in data.features_by(_layer(results["OUTPUT"]), "hazard_id").items()}
    for hazard_id in ("HAZ-1", "HAZ-2", "HAZ-4"):
        assert close(rows[hazard_id]["remaining_m2"], expected[hazard_id]["remaining"], 0.5), hazard_id
        assert close(rows[hazard_id]["cleared_m2"], expected[hazard_id]["cleared"], 0.5), hazard_id


def test_geos_failure_on_invalid_input_is_retried_on_repaired_geometry(run_alg):
    """Without the validity check the bow-tie hazard makes GEOS throw; the retry repairs it."""
    results = _run(run_alg, data.UTM, CHECK_VALIDITY=False)
    rows = {k: v[0] for k, v in data.features_by(_layer(results["OUTPUT"]), "hazard_id").items()}
    haz5 = rows["HAZ-5"]
    assert haz5["computation"] == "retried"
    assert "TopologyException" in haz5["note"] or "GEOS" in haz5["note"]
    expected = data.expected_accounts(data.UTM)["HAZ-5"]
    assert close(haz5["cleared_m2"], expected["cleared"]) and close(haz5["remaining_m2"], expected["remaining"])
    assert rows["HAZ-1"]["computation"] == "ok"


def _analysis(stages):
    crs = QgsCoordinateReferenceSystem(data.UTM)
    hazard = gaps.Hazard("H", data.geometry([data.rect(0, 0, 100, 100)], data.UTM), status="Open")
    release = gaps.Release("R", data.geometry([data.rect(0, 0, 50, 100)], data.UTM), gaps.RELEASE_CLEARED, link="H")
    return gaps.compute([hazard], [release], crs, stages=stages)


def test_spurious_empty_result_is_detected_and_retried():
    """A stage whose GEOS result comes back empty (the bug class that deletes polygons) is caught."""
    identity = ("as_given", lambda g: g)
    broken = ("broken", lambda g: QgsGeometry())
    (result,) = _analysis([broken, identity]).hazards
    assert result.computation == gaps.COMPUTED_RETRIED
    assert close(result.cleared_m2, result.hazard_area_m2 / 2, 0.01)
    assert close(result.remaining_m2, result.hazard_area_m2 / 2, 0.01)


def test_hazard_is_flagged_never_dropped_when_every_attempt_fails():
    broken = ("broken", lambda g: QgsGeometry())
    outcome = _analysis([broken])
    (result,) = outcome.hazards
    assert result.computation == gaps.COMPUTED_FAILED
    assert result.remaining_m2 is None and not result.remaining.isEmpty()
    assert "H" in result.note
    assert close(outcome.totals.remaining_m2, result.hazard_area_m2), "counted as remaining, conservatively"


def test_each_subtraction_is_checked():
    assert gaps.step_problem(1000.0, 600.0, 400.0, False, False) == ""
    assert gaps.step_problem(1000.0, 0.0, 2000.0, True, True) == "", "a covering release may leave nothing"
    assert gaps.step_problem(1000.0, 0.0, 400.0, True, False), "empty difference although land is left"
    assert gaps.step_problem(1000.0, 0.0, 5000.0, True, False), "empty, and the release does not cover the land left"
    assert gaps.step_problem(1000.0, 1500.0, 400.0, False, False), "a difference cannot grow"
    assert gaps.step_problem(1000.0, 100.0, 400.0, False, False), "removed more than the release's area"


def test_hazard_without_geometry_is_reported(run_alg):
    hazards = data.hazard_layer(data.UTM, data.HAZARDS[:1])
    feature = QgsFeature(hazards.fields())
    feature.setAttributes(["HAZ-EMPTY", "Open", "Baghdad", 100.0])
    hazards.dataProvider().addFeatures([feature])
    results = run_alg(
        "mineaction:clearancegaps", {"HAZARDS": hazards, "RELEASES": data.release_layer(data.UTM), "OUTPUT": "memory:"}
    )
    rows = data.features_by(_layer(results["OUTPUT"]), "hazard_id")
    assert rows["HAZ-EMPTY"][0]["computation"] == "no_geometry"


def test_field_names_are_parameters(run_alg):
    """Any polygon layers work: fields named otherwise, no link field (linked by overlap)."""
    hazards = QgsVectorLayer(f"Polygon?crs={data.UTM}", "h", "memory")
    hazards.dataProvider().addAttributes(
        [QgsField("LocalID", QVariant.Type.String), QgsField("State", QVariant.Type.String)]
    )
    hazards.updateFields()
    releases = QgsVectorLayer(f"Polygon?crs={data.UTM}", "r", "memory")
    releases.dataProvider().addAttributes(
        [QgsField("Outcome", QVariant.Type.String), QgsField("Finished", QVariant.Type.String)]
    )
    releases.updateFields()
    h = QgsFeature(hazards.fields())
    h.setGeometry(data.geometry([data.rect(0, 0, 100, 100)], data.UTM))
    h.setAttributes(["L-1", "closed"])
    hazards.dataProvider().addFeatures([h])
    r = QgsFeature(releases.fields())
    r.setGeometry(data.geometry([data.rect(0, 0, 100, 60)], data.UTM))
    r.setAttributes(["Canceled", "2024-02-03"])
    releases.dataProvider().addFeatures([r])
    results = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": hazards,
            "RELEASES": releases,
            "HAZARD_ID_FIELD": "LocalID",
            "STATUS_FIELD": "State",
            "LINK_FIELD": "",
            "RELEASE_TYPE_FIELD": "Outcome",
            "END_DATE_FIELD": "Finished",
            "REPORTED_REMAINING_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "ACTIVITY_ID_FIELD": "",
            "ORGANISATION_FIELD": "",
            "START_DATE_FIELD": "",
            "OUTPUT": "memory:",
            "SUMMARY": "memory:",
        },
    )
    (row,) = _layer(results["OUTPUT"]).getFeatures()
    assert row["hazard_id"] == "L-1" and row["closed_with_remaining"]
    assert close(row["cancelled_m2"], data.area([[data.rect(0, 0, 100, 60)]], data.UTM))
    years = {f["year"] for f in _layer(results["SUMMARY"]).getFeatures() if f["release_type"]}
    assert years == {2024}


def test_missing_required_field_is_a_clear_error(run_alg):
    with pytest.raises(QgsProcessingException, match="no field"):
        run_alg(
            "mineaction:clearancegaps",
            {
                "HAZARDS": data.hazard_layer(data.UTM),
                "RELEASES": data.release_layer(data.UTM),
                "RELEASE_TYPE_FIELD": "outcome",
                "OUTPUT": "memory:",
            },
        )


class _Page(HTMLParser):
    """Collects headings, svg count, table cells and the text of the report."""

    def __init__(self) -> None:
        super().__init__()
        self.headings, self.cells, self.svgs, self.text = [], [], 0, []
        self._tag = None

    def handle_starttag(self, tag, attrs):
        self._tag = tag
        self.svgs += tag == "svg"

    def handle_data(self, text):
        self.text.append(text)
        if self._tag in ("h2",):
            self.headings.append(text)
        if self._tag in ("td", "th"):
            self.cells.append(text)


def test_report_is_parsed_charts_first(run_alg, tmp_path):
    path = tmp_path / "progress.html"
    results = _run(run_alg, data.UTM, REPORT=str(path))
    assert results["REPORT"] == str(path)
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    assert page.svgs == 4, "released by governorate, by operator, remaining by governorate, per year"
    assert page.headings.index("Charts") < page.headings.index("By governorate")
    assert {"Baghdad", "Ninewa", "OpA", "OpB", "OpC", "OpD", "2019", "2023"} <= set(page.cells)
    text = " ".join(page.text)
    released = f"{results['TOTAL_RELEASED_M2'] / 1e6:,.2f}"
    assert re.search(rf"{re.escape(released)} km² released", text)
    assert "B2" in page.cells and "C1" in page.cells, "outside parts listed"


def test_report_right_to_left_in_arabic(tmp_path):
    from mineaction_qgis.core.gaps.report import report_of

    html = report_of(_analysis(None), language="ar").render()
    assert 'dir="rtl"' in html and 'lang="ar"' in html


@pytest.mark.parametrize(
    "text, icon, algorithm",
    [
        ("Clearance gaps…", "gaps.svg", "mineaction:clearancegaps"),
        ("Task overlaps…", "tasks.svg", "mineaction:taskoverlaps"),
    ],
)
def test_menu_entry_opens_its_algorithm(provider, monkeypatch, text, icon, algorithm):
    """The menu entry opens the Processing dialog of an algorithm that exists, the right one.

    The modal dialog itself is not shown (it would wait for a click): the call that opens it
    is recorded instead.
    """
    import processing
    from qgis.core import QgsApplication

    from mineaction_qgis.plugin import MineActionPlugin

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm_id, parameters: opened.append(algorithm_id))
    entries = {entry[0]: entry for entry in MineActionPlugin(None)._entries()}
    _, entry_icon, callback, _ = entries[text]
    callback()
    assert entry_icon == icon and opened == [algorithm]
    assert QgsApplication.processingRegistry().algorithmById(algorithm) is not None


@pytest.mark.parametrize("size_m, latitude", [(30, 29.5), (1000, 33.3), (5000, 37.0), (20000, 36.0)])
def test_fast_area_agrees_with_measurer(size_m, latitude):
    """The centroid-latitude area of straight lon/lat edges against QgsDistanceArea (both core/common/measure.py)."""
    from mineaction_qgis.core.common.measure import Measurer

    crs = QgsCoordinateReferenceSystem(data.WGS84)
    dy = size_m / 111_000.0
    dx = size_m / (111_000.0 * 0.8)
    wkt = (
        f"MultiPolygon((({44} {latitude}, {44 + dx} {latitude + dy / 3}, {44 + dx / 2} {latitude + dy}, {44} "
        f"{latitude}),"
        f"({44 + dx / 4} {latitude + dy / 4}, {44 + dx / 3} {latitude + dy / 4}, {44 + dx / 3} {latitude + dy / 3}, "
        f"{44 + dx / 4} {latitude + dy / 4})),"
        f"(({44 + 2 * dx} {latitude}, {44 + 3 * dx} {latitude}, {44 + 3 * dx} {latitude + dy}, {44 + 2 * dx} "
        f"{latitude})))"
    )
    geometry = QgsGeometry.fromWkt(wkt)
    # Edges straight in lon/lat, as GEOS computes them: densified, geodesic edges follow them.
    reference = Measurer(crs).area_m2(geometry.densifyByDistance(dy / 3000))
    assert abs(Measurer(crs).straight_area_m2(geometry) - reference) <= 1e-6 * reference
    assert abs(Measurer(crs).area_m2(geometry) - reference) <= 1e-3 * reference, "geodesic edges differ a little"
    assert Measurer(QgsCoordinateReferenceSystem(data.UTM)).straight_area_m2(
        data.geometry([data.rect(0, 0, 10, 10)], data.UTM)
    ) == pytest.approx(
        Measurer(QgsCoordinateReferenceSystem(data.UTM)).area_m2(data.geometry([data.rect(0, 0, 10, 10)], data.UTM))
    )


def _fixed(geometry):
    if geometry.isGeosValid():
        return geometry
    parts = [part.makeValid() for part in geometry.asGeometryCollection()]
    return QgsGeometry.unaryUnion(parts)


def _iso(value):
    return value.toString("yyyy-MM-dd") if hasattr(value, "toString") and value else None


def _independent_totals(gpkg) -> dict:
    """Per hazard, with plain QgsGeometry unions: m² per type (earliest release first), remaining; and the union."""
    from mineaction_qgis.core.common.measure import Measurer

    hazards = QgsVectorLayer(f"{gpkg}|layername=hazards")
    activities = QgsVectorLayer(f"{gpkg}|layername=activities")
    measure = Measurer(hazards.crs()).area_m2
    rank = {"cleared": 0, "reduced": 1, "cancelled": 2}
    ids = {f["hazard_id"] for f in hazards.getFeatures() if f["hazard_id"] not in (None, NULL, "")}
    releases = []
    for feature in activities.getFeatures():
        kind = str(feature["release_type"] or "").strip().lower()
        geometry = feature.geometry()
        if kind not in rank or geometry.isNull() or geometry.isEmpty():
            continue
        link = feature["hazard_id"] if feature["hazard_id"] in ids else None
        order = (
            _iso(feature["end_date"]) or "9999",
            _iso(feature["start_date"]) or "9999",
            rank[kind],
            feature["activity_id"],
        )
        releases.append((order, kind, link, _fixed(geometry)))
    releases.sort(key=lambda item: item[0])
    totals = dict(hazard=0.0, cleared=0.0, reduced=0.0, cancelled=0.0, remaining=0.0)
    shapes = []
    for feature in hazards.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        hazard = _fixed(geometry)
        shapes.append(hazard)
        mine = [
            (kind, g)
            for _, kind, link, g in releases
            if link == feature["hazard_id"] or (link is None and g.intersects(hazard))
        ]
        hazard_m2 = measure(hazard)
        totals["hazard"] += hazard_m2
        covered = 0.0
        for count, (kind, _) in enumerate(mine, start=1):
            now = measure(hazard.intersection(QgsGeometry.unaryUnion([g for _, g in mine[:count]])))
            totals[kind] += now - covered
            covered = now
        totals["remaining"] += hazard_m2 - covered
    totals["union"] = measure(QgsGeometry.unaryUnion(shapes))
    return totals


def test_sample_register_totals_match_an_independent_computation(run_alg, tmp_path_factory):
    """Generated register (overlapping hazards, faults): per-hazard sums, counted-once totals, balance."""
    from benchmarks.synthetic import build_register

    info = build_register(tmp_path_factory.mktemp("register"), 300, errors=True)
    results = run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": f"{info.gpkg}|layername=hazards",
            "RELEASES": f"{info.gpkg}|layername=activities",
            "OUTPUT": "memory:",
            "OUTSIDE": "memory:",
            "SUMMARY": "memory:",
        },
    )
    expected = _independent_totals(info.gpkg)
    outcome = _analysis_of(info.gpkg)
    per_hazard = outcome.totals.per_hazard
    for key in ("hazard", "cleared", "reduced", "cancelled", "remaining"):
        # Measurer.area_m2 treats edges as geodesics, the analysis as straight in lon/lat (core/common/measure.py).
        assert per_hazard[key] == pytest.approx(expected[key], rel=1e-4, abs=1.0), key
    assert expected["cleared"] > 0 and expected["reduced"] > 0 and expected["cancelled"] > 0
    _assert_reconciles(outcome.totals, results, union_m2=expected["union"])
    # The register's deliberate release faults are found.
    outside = {
        f["activity_id"]: f
        for f in _layer(results["OUTSIDE"]).getFeatures()
        if f["finding"] not in gaps.RECORD_FINDINGS
    }
    faults = [e for e in info.errors if e["kind"] in ("release_outside_hazard", "orphan_release")]
    assert {e["kind"] for e in faults} == {"release_outside_hazard", "orphan_release"}
    for fault in faults:
        part = outside[fault["activity_id"]]
        assert part["finding"] == ("no_hazard" if fault["kind"] == "orphan_release" else "outside_linked_hazard")
        assert part["area_m2"] == pytest.approx(fault["value"], rel=1e-4, abs=1.0)
    flagged = {f["hazard_id"]: f for f in _layer(results["OUTPUT"]).getFeatures()}
    closed = [e["hazard_id"] for e in info.errors if e["kind"] == "closed_with_remaining"]
    assert closed and all(flagged[h]["closed_with_remaining"] for h in closed)
    mismatch = [e["hazard_id"] for e in info.errors if e["kind"] == "remaining_mismatch"]
    assert mismatch and all(flagged[h]["remaining_mismatch"] for h in mismatch)


def _analysis_of(gpkg, crs=None):
    """The result of the core analysis of a canonical register (hazards and activities layers)."""
    from mineaction_qgis.core.gaps.inputs import (
        HazardFields,
        ReleaseFields,
        contamination_mapper,
        read_hazards,
        read_releases,
    )
    from mineaction_qgis.core.imsma.profile import load_profile

    hazards = QgsVectorLayer(f"{gpkg}|layername=hazards")
    activities = QgsVectorLayer(f"{gpkg}|layername=activities")
    analysis = gaps.GapAnalysis(hazards.crs())
    for hazard in read_hazards(
        hazards,
        HazardFields("hazard_id", "status", "governorate", "remaining_area_m2", "classification", "hazard_type"),
        contamination_mapper(load_profile()),
    ):
        analysis.add_hazard(hazard)
    read = read_releases(
        activities,
        ReleaseFields("release_type", "hazard_id", "activity_id", "organisation", "end_date", "start_date"),
        hazards.crs(),
    )
    for release in read.releases:
        analysis.add_release(release)
    return analysis.run()


def _assert_reconciles(totals, results=None, union_m2=None):
    """Balance: per hazard remaining + credited = hazard; national = per-hazard rows minus the double counting."""
    once = totals.once()
    assert once["remaining"] + once["cancelled"] + once["reduced"] + once["cleared"] == pytest.approx(
        once["hazard"], rel=1e-9
    )
    for key, value in once.items():
        assert value + totals.double_counted_m2[key] == pytest.approx(totals.per_hazard[key], rel=1e-9, abs=1e-6), key
    if union_m2 is not None:
        assert once["hazard"] == pytest.approx(union_m2, rel=1e-4), "counted once = area of the union of the hazards"
    if results is not None:
        assert results["TOTAL_HAZARD_M2"] == pytest.approx(once["hazard"])
        assert results["DOUBLE_COUNTED_M2"] == pytest.approx(totals.double_counted_m2["hazard"])


def test_same_type_same_year_the_earlier_release_gets_the_overlap():
    crs = QgsCoordinateReferenceSystem(data.UTM)
    hazard = gaps.Hazard("H", data.geometry([data.rect(0, 0, 100, 100)], data.UTM), governorate="Erbil")
    late = gaps.Release(
        "LATE",
        data.geometry([data.rect(0, 0, 60, 100)], data.UTM),
        gaps.RELEASE_CLEARED,
        "H",
        "OpA",
        2022,
        end_date="2022-11-30",
    )
    early = gaps.Release(
        "EARLY",
        data.geometry([data.rect(40, 0, 100, 100)], data.UTM),
        gaps.RELEASE_CLEARED,
        "H",
        "OpB",
        2022,
        end_date="2022-02-01",
    )
    outcome = gaps.compute([hazard], [late, early], crs)
    (result,) = outcome.hazards
    measure = data.area
    credited = {row.organisation: row.released_m2 for row in outcome.summary_rows if row.release_type}
    assert close(credited["OpB"], measure([[data.rect(40, 0, 100, 100)]], data.UTM))
    assert close(credited["OpA"], measure([[data.rect(0, 0, 40, 100)]], data.UTM))
    assert close(result.remaining_m2, 0.0) and close(result.cleared_m2, result.hazard_area_m2)


def test_output_loaded_into_the_project_gets_the_gaps_style(provider, qgis_new_project):
    import processing
    from qgis.core import QgsProject

    from mineaction_qgis.core.common.styles import style_path

    assert style_path("gaps") is not None, "resources/styles/gaps.qml is missing"
    processing.runAndLoadResults(
        "mineaction:clearancegaps",
        {"HAZARDS": data.hazard_layer(data.UTM), "RELEASES": data.release_layer(data.UTM), "OUTPUT": "memory:"},
    )
    (layer,) = [lyr for lyr in QgsProject.instance().mapLayers().values() if "hazard_id" in lyr.fields().names()]
    symbol_layers = [sl.layerType() for sl in layer.renderer().symbols(QgsRenderContext())[0].symbolLayers()]
    assert "LinePatternFill" in symbol_layers


def test_flagged_count_counts_hazards(result):
    _, results = result
    rows = list(_layer(results["OUTPUT"]).getFeatures())
    flagged = [
        f
        for f in rows
        if f["closed_with_remaining"] or f["remaining_mismatch"] or f["invalid_input"] or f["computation"] != "ok"
    ]
    assert results["FLAGGED_COUNT"] == len(flagged) == 3  # HAZ-1 mismatch, HAZ-2 closed + mismatch, HAZ-5 invalid
