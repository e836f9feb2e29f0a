"""The IMSMA point-list loader: geometry, notations, encodings, formats, rejections, counts, algorithm."""

import json
import math

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from benchmarks.writers.pointlist import write_pointlist
from mineaction_qgis.core.imsma import detect, pointlist
from mineaction_qgis.core.imsma.loader import LoadError, load_files
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection
from tests.import_pointlist_data import make_register, write_csv


def layer(gpkg, name) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def features(gpkg, name):
    return list(layer(gpkg, name).getFeatures())


# A 100 m x 200 m rectangle surveyed from a benchmark, a 300-400-500 m right triangle with a
# repeated closing point, and a two-part object given by coordinates.
SURVEYED = [
    ["Land-1", "", "", "BM-1", "Benchmark", "44.0", "36.0", "", "", "", "post"],
    ["Land-1", "P1", "1", "TP-1", "Start Point", "", "", "50", "0", "BM-1", ""],
    ["Land-1", "P1", "2", "TP-2", "Turning point", "", "", "100", "0", "", ""],
    ["Land-1", "P1", "3", "TP-3", "Turning point", "", "", "200", "90", "TP-2", ""],
    ["Land-1", "P1", "4", "TP-4", "End Point", "", "", "100", "180", "", ""],
    ["Land-2", "P2", "1", "TP-1", "SP", "44.1", "36.1", "", "", "", ""],
    ["Land-2", "P2", "2", "TP-2", "TP", "", "", "300", "0", "", ""],
    ["Land-2", "P2", "3", "TP-3", "TP", "", "", "400", "90", "TP-1", ""],
    ["Land-2", "P2", "4", "TP-4", "EP", "44.1", "36.1", "", "", "", "closing point"],
]


def test_areas_of_polygons_surveyed_by_bearing_and_distance(qgis_app, tmp_path):
    path = write_csv(tmp_path / "surveyed.csv", SURVEYED)
    records = list(pointlist.read(str(path)))
    objects = {r.attributes["hazard_id"]: r for r in records if isinstance(r, ObjectRecord)}
    assert not [r for r in records if isinstance(r, Rejection)]
    result = load_files([str(path)], str(tmp_path / "out.gpkg"))
    areas = {f["hazard_id"]: f["calculated_area_m2"] for f in features(result.gpkg, "hazards")}
    # The rectangle does not close exactly on the ellipsoid (0.002 m); the area is w·h within 0.5 m².
    assert areas["Land-1"] == pytest.approx(20000.0, abs=0.5)
    assert areas["Land-2"] == pytest.approx(60000.0, abs=0.5)
    ring = objects["Land-2"].geometry.asMultiPolygon()[0][0]
    assert len(ring) == 4  # three vertices + closure: the repeated closing point is not a vertex
    points = {(f["object_id"], f["point_id"]): f for f in features(result.gpkg, "points")}
    assert len(points) == len(SURVEYED)
    assert points[("Land-1", "TP-3")]["input_crs"] == "bearing/distance"
    assert points[("Land-1", "TP-3")]["input_text"] == "200 m at 90° from TP-2"
    assert points[("Land-2", "TP-1")]["input_crs"] == "EPSG:4326 DD"
    assert result.counts.points + result.counts.rejected == len(SURVEYED)


def test_multipart_object_is_one_multipolygon(qgis_app, tmp_path):
    rows = []
    for poly, x0 in (("A", 44.0), ("B", 44.01)):
        for number, (dx, dy) in enumerate([(0, 0), (0.001, 0), (0.001, 0.001), (0, 0.001)], start=1):
            rows.append(
                [
                    "Land-9",
                    poly,
                    str(number),
                    f"{poly}{number}",
                    "Turning point",
                    f"{x0 + dx:.4f}",
                    f"{36 + dy:.4f}",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    result = load_files([str(write_csv(tmp_path / "multi.csv", rows))], str(tmp_path / "multi.gpkg"))
    hazards = features(result.gpkg, "hazards")
    assert len(hazards) == 1 and hazards[0]["hazard_id"] == "Land-9"
    assert len(hazards[0].geometry().asMultiPolygon()) == 2
    single = load_files([str(write_csv(tmp_path / "one.csv", rows[:4]))], str(tmp_path / "one.gpkg"))
    one = features(single.gpkg, "hazards")[0]["calculated_area_m2"]
    assert hazards[0]["calculated_area_m2"] == pytest.approx(2 * one, rel=1e-3)


@pytest.mark.parametrize(
    "encoding, delimiter",
    [("utf-8", ","), ("utf-8-sig", ","), ("cp1256", ";"), ("utf-8-sig", "\t"), ("cp1256", ",")],
)
def test_each_encoding_and_delimiter(qgis_app, tmp_path, encoding, delimiter):
    rows = [
        ["حقل-1", "P1", "1", "TP-1", "Turning point", "44,0", "36,0", "", "", "", "نقطة البداية"],
        ["حقل-1", "P1", "2", "TP-2", "Turning point", "44,001", "36,0", "", "", "", ""],
        ["حقل-1", "P1", "3", "TP-3", "Turning point", "44,001", "36,001", "", "", "", ""],
    ]
    if delimiter == ",":
        rows = [[f'"{cell}"' if "," in cell else cell for cell in row] for row in rows]
    path = write_csv(tmp_path / "enc.csv", rows, encoding, delimiter)
    assert detect.detect_format(str(path)).name == "pointlist"
    result = load_files([str(path)], str(tmp_path / "enc.gpkg"))
    hazards = features(result.gpkg, "hazards")
    assert [f["hazard_id"] for f in hazards] == ["حقل-1"]
    first = [f for f in features(result.gpkg, "points") if f["point_no"] == 1][0]
    assert first["description"] == "نقطة البداية"
    assert first.geometry().asPoint().x() == pytest.approx(44.0)


@pytest.mark.parametrize(
    "notation, tolerance", [("dd", 1e-4), ("ddm", 5e-4), ("dms", 1e-3), ("utm", 1e-4), ("mgrs", 0.03), ("mixed", 0.03)]
)
def test_every_notation_reproduces_the_register_areas(qgis_app, tmp_path, notation, tolerance):
    register = make_register(tmp_path)
    info = write_pointlist(register, tmp_path / f"{notation}.csv", notation=notation, bearing_share=0.4, seed=3)
    result = load_files([info["path"]], str(tmp_path / "out.gpkg"), options=ReadOptions(source_crs=info["source_crs"]))
    assert result.counts.rejected == 0
    assert result.counts.points == info["rows"]
    areas = {f["hazard_id"]: f["calculated_area_m2"] for f in features(result.gpkg, "hazards")}
    assert set(areas) == set(info["areas"])
    for hazard_id, expected in info["areas"].items():
        assert areas[hazard_id] == pytest.approx(expected, rel=tolerance), hazard_id


def test_projected_karbala_grid_needs_its_crs(qgis_app, tmp_path):
    register = make_register(tmp_path, hazards=4)
    info = write_pointlist(register, tmp_path / "karbala.csv", crs="EPSG:3392", notation="utm", bearing_share=0.0)
    assert info["source_crs"] == "EPSG:3392"
    good = load_files([info["path"]], str(tmp_path / "good.gpkg"), options=ReadOptions(source_crs="EPSG:3392"))
    areas = {f["hazard_id"]: f["calculated_area_m2"] for f in features(good.gpkg, "hazards")}
    for hazard_id, expected in info["areas"].items():
        assert areas[hazard_id] == pytest.approx(expected, rel=1e-4)
    wrong = load_files([info["path"]], str(tmp_path / "wrong.gpkg"), options=ReadOptions(source_crs="EPSG:32638"))
    shifted = features(wrong.gpkg, "points")[0].geometry().asPoint()
    right = features(good.gpkg, "points")[0].geometry().asPoint()
    assert 100 < math.hypot((shifted.x() - right.x()) * 90000, (shifted.y() - right.y()) * 111000) < 600


def test_xlsx_with_numeric_cells(qgis_app, tmp_path):
    register = make_register(tmp_path, hazards=5)
    info = write_pointlist(register, tmp_path / "list.xlsx", notation="dd", bearing_share=0.5)
    assert detect.detect_format(info["path"]).name == "pointlist"
    result = load_files([info["path"]], str(tmp_path / "xlsx.gpkg"))
    assert result.counts.rejected == 0 and result.counts.points == info["rows"]
    areas = {f["hazard_id"]: f["calculated_area_m2"] for f in features(result.gpkg, "hazards")}
    for hazard_id, expected in info["areas"].items():
        assert areas[hazard_id] == pytest.approx(expected, rel=1e-4)


def test_every_rejection_reason_and_the_count_invariant(qgis_app, tmp_path):
    register = make_register(tmp_path, hazards=12)
    info = write_pointlist(register, tmp_path / "faulty.csv", notation="mixed", bearing_share=0.3, faults=True)
    kinds = {fault["kind"] for fault in info["faults"]}
    assert kinds == {
        "bad_coordinate",
        "unknown_point_type",
        "duplicate_point_no",
        "bearing_without_origin",
        "too_few_vertices",
    }
    result = load_files([info["path"]], str(tmp_path / "faulty.gpkg"))
    rejected = features(result.gpkg, "rejected")
    found = {(f["reason_code"], f["source_ref"], f["object_id"]) for f in rejected}
    expected = {(fault["kind"], f"row {fault['row']}", fault["object_id"]) for fault in info["faults"]}
    assert found == expected
    for feature in rejected:
        assert feature["source_ref"].capitalize() in feature["message"]
        assert json.loads(feature["raw"])["ProjName"] == feature["object_id"]
    assert result.counts.points + result.counts.rejected == info["rows"]
    assert result.counts.points == info["points"]
    assert result.counts.hazards == info["objects"]  # every faulty polygon kept ≥ 3 vertices


def test_bearing_chains_cycles_and_missing_origins(qgis_app, tmp_path):
    rows = [
        ["X", "", "", "A", "Landmark", "", "", "10", "0", "B", ""],
        ["X", "", "", "B", "Landmark", "", "", "10", "0", "A", ""],
        ["X", "", "", "C", "Reference point", "", "", "10", "0", "", ""],
        ["X", "", "", "D", "Reference point", "", "", "", "", "", ""],
        ["X", "P", "1", "T1", "Turning point", "", "", "10", "0", "", ""],
        ["X", "P", "x", "T2", "Turning point", "44", "36", "", "", "", ""],
    ]
    records = list(pointlist.read(str(write_csv(tmp_path / "cycle.csv", rows))))
    reasons = [r.reason_code for r in records if isinstance(r, Rejection)]
    assert reasons == [
        "bearing_without_origin",
        "bearing_without_origin",
        "bearing_without_origin",
        "bad_coordinate",
        "bearing_without_origin",
        "bad_value",
    ]
    assert not [r for r in records if isinstance(r, (PointRecord, ObjectRecord))]


def test_missing_file_and_unknown_format(qgis_app, run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg("mineaction:importimsma", {"INPUT": str(tmp_path / "none.csv"), "OUTPUT": str(tmp_path / "o.gpkg")})
    other = tmp_path / "other.csv"
    other.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="not a recognised IMSMA export"):
        run_alg("mineaction:importimsma", {"INPUT": str(other), "OUTPUT": str(tmp_path / "o.gpkg")})
    with pytest.raises(LoadError, match="PointNo"):
        load_files([str(other)], str(tmp_path / "o.gpkg"))


def test_algorithm_results_and_append(qgis_app, run_alg, tmp_path):
    register = make_register(tmp_path, hazards=8)
    info = write_pointlist(register, tmp_path / "list.csv", notation="dms", faults=True)
    output = str(tmp_path / "register_out.gpkg")
    results = run_alg("mineaction:importimsma", {"INPUT": info["path"], "OUTPUT": output})
    assert results["OUTPUT"] == output
    assert results["HAZARD_COUNT"] == info["objects"]
    assert results["ACTIVITY_COUNT"] == 0
    assert results["POINT_COUNT"] == info["points"]
    assert results["REJECTED_COUNT"] == len(info["faults"])
    again = run_alg("mineaction:importimsma", {"INPUT": info["path"], "OUTPUT": output, "APPEND": True})
    assert again["POINT_COUNT"] == info["points"]
    assert layer(output, "points").featureCount() == 2 * info["points"]
    for name in ("hazards", "activities", "points", "rejected"):
        assert layer(output, name).crs().authid() in ("EPSG:4326", "") or name == "rejected"
    assert layer(output, "hazards").crs().authid() == "EPSG:4326"


def test_xls_excel_97_file(qgis_app, tmp_path):
    import csv

    from tests.xls_writer import write_xls

    register = make_register(tmp_path, hazards=5)
    info = write_pointlist(register, tmp_path / "list.csv", notation="mixed", bearing_share=0.5)
    with open(info["path"], encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))

    def cell(text):
        try:
            return float(text)
        except ValueError:
            return text

    path = write_xls(tmp_path / "list.xls", [rows[0]] + [[cell(value) for value in row] for row in rows[1:]])
    assert detect.detect_format(str(path)).name == "pointlist"
    result = load_files([str(path)], str(tmp_path / "xls.gpkg"))
    assert result.counts.rejected == 0 and result.counts.points == info["rows"]
    areas = {f["hazard_id"]: f["calculated_area_m2"] for f in features(result.gpkg, "hazards")}
    for hazard_id, expected in info["areas"].items():
        assert areas[hazard_id] == pytest.approx(expected, rel=0.03)
    assert pointlist.preview(str(path), limit=3)[0][:3] == ["ProjName", "PolyID", "PointNo"]


def test_algorithm_bearing_reference_parameters(qgis_app, run_alg, tmp_path):
    from qgis.core import QgsDistanceArea

    rows = [
        ["L", "", "", "BM", "Benchmark", "44.0", "36.0", "", "", "", ""],
        ["L", "", "", "RP", "Reference point", "", "", "1000", "0", "BM", ""],
    ]
    path = str(write_csv(tmp_path / "bearing.csv", rows))
    da = QgsDistanceArea()
    da.setEllipsoid("EPSG:7030")
    bearings = {}
    for reference, declination in ((0, 0.0), (1, 0.0), (2, 10.0)):
        output = str(tmp_path / f"b{reference}.gpkg")
        run_alg(
            "mineaction:importimsma",
            {
                "INPUT": path,
                "OUTPUT": output,
                "BEARING_REFERENCE": reference,
                "DECLINATION": declination,
                "SOURCE_CRS": "EPSG:32638",
            },
        )
        points = {f["point_id"]: f.geometry().asPoint() for f in features(output, "points")}
        bearings[reference] = math.degrees(da.bearing(points["BM"], points["RP"]))
        assert da.measureLine(points["BM"], points["RP"]) == pytest.approx(1000.0, abs=1e-3)
    assert bearings[0] == pytest.approx(0.0, abs=1e-6)
    assert bearings[1] == pytest.approx(-math.sin(math.radians(36.0)), abs=0.005)  # grid north of UTM 38N
    assert bearings[2] == pytest.approx(10.0, abs=1e-6)


def test_synthetic_register_with_its_faults_round_trips(qgis_app, tmp_path):
    """The shared synthetic register (with its deliberate faults) as a point list: exactly the listed rows are
    rejected."""
    from benchmarks.synthetic import build_register

    register = build_register(tmp_path, hazards=80, seed=5, errors=True).gpkg
    info = write_pointlist(
        register, tmp_path / "synthetic.csv", notation="mixed", bearing_share=0.3, seed=5, faults=True
    )
    result = load_files([info["path"]], str(tmp_path / "synthetic.gpkg"))
    found = sorted((f["reason_code"], f["source_ref"]) for f in features(result.gpkg, "rejected"))
    assert found == sorted((fault["kind"], f"row {fault['row']}") for fault in info["faults"])
    assert result.counts.points == info["points"] and result.counts.hazards == info["objects"]
    assert result.counts.points + result.counts.rejected == info["rows"]
