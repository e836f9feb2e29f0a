"""Known answers for every coordinate notation, MGRS, and bearing/distance on the ellipsoid.

UTM reference values come from Snyder's transverse Mercator series (USGS Professional
Paper 1395, eq. 8-9 to 8-11), computed here without PROJ, so the PROJ-based code is
checked against an independent formula; MGRS letters were worked out by hand from
those UTM values (column set by zone, row letters offset by 5 in even zones).
"""

import math

import pytest
from qgis.core import QgsDistanceArea, QgsPointXY

from mineaction_qgis.core.common.coords import (
    BEARING_GRID,
    BEARING_MAGNETIC,
    BearingProjector,
    CoordinateError,
    CoordinateParser,
    Mgrs,
    Transforms,
    format_angle,
    parse_angle,
    parse_lon_lat,
    utm_zone,
)

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563


def snyder_utm(lon: float, lat: float, zone: int):
    """UTM easting/northing (northern hemisphere) by Snyder's series: independent of PROJ."""
    k0 = 0.9996
    e2 = WGS84_F * (2 - WGS84_F)
    ep2 = e2 / (1 - e2)
    phi = math.radians(lat)
    lam0 = math.radians(-183 + 6 * zone)
    n = WGS84_A / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    t = math.tan(phi) ** 2
    c = ep2 * math.cos(phi) ** 2
    a = math.cos(phi) * (math.radians(lon) - lam0)
    m = WGS84_A * (
        (1 - e2 / 4 - 3 * e2**2 / 64 - 5 * e2**3 / 256) * phi
        - (3 * e2 / 8 + 3 * e2**2 / 32 + 45 * e2**3 / 1024) * math.sin(2 * phi)
        + (15 * e2**2 / 256 + 45 * e2**3 / 1024) * math.sin(4 * phi)
        - (35 * e2**3 / 3072) * math.sin(6 * phi)
    )
    x = k0 * n * (a + (1 - t + c) * a**3 / 6 + (5 - 18 * t + t**2 + 72 * c - 58 * ep2) * a**5 / 120)
    y = k0 * (
        m
        + n
        * math.tan(phi)
        * (a**2 / 2 + (5 - t + 9 * c + 4 * c**2) * a**4 / 24 + (61 - 58 * t + t**2 + 600 * c - 330 * ep2) * a**6 / 720)
    )
    return 500000.0 + x, y


@pytest.mark.parametrize(
    "text, degrees, notation",
    [
        ("44.5", 44.5, "DD"),
        ("-44.5", -44.5, "DD"),
        ("44,25", 44.25, "DD"),
        ("36.190139N", 36.190139, "DD"),
        ("36°11.4083'N", 36 + 11.4083 / 60, "DDM"),
        ("N 36 11.4083", 36 + 11.4083 / 60, "DDM"),
        ("36°11'24.5\"N", 36 + 11 / 60 + 24.5 / 3600, "DMS"),
        ("36º11′24,5″N", 36 + 11 / 60 + 24.5 / 3600, "DMS"),
        ("36 11 24.5", 36 + 11 / 60 + 24.5 / 3600, "DMS"),
        ("S 36 11 24.5", -(36 + 11 / 60 + 24.5 / 3600), "DMS"),
        ("-36°11'24.5\"", -(36 + 11 / 60 + 24.5 / 3600), "DMS"),
        ("W44:30:00", -44.5, "DMS"),
        ("44d30m", 44.5, "DDM"),
    ],
)
def test_angles_in_every_notation(qgis_app, text, degrees, notation):
    angle = parse_angle(text)
    assert angle.degrees == pytest.approx(degrees, abs=1e-9)
    assert angle.notation == notation


@pytest.mark.parametrize("text", ["abc", "44°75'N", "44 30 61", "-44°N", "44.5 30", "", "12.3.4"])
def test_bad_angles_name_the_value(qgis_app, text):
    with pytest.raises(CoordinateError) as raised:
        parse_angle(text)
    assert text in raised.value.message


def test_hemisphere_letters_swap_latitude_and_longitude(qgis_app):
    lon, lat, notation = parse_lon_lat("36°11'24.5\"N", "44°01'30\"E")
    assert (lon, lat) == (pytest.approx(44.025), pytest.approx(36.190138889))
    assert notation == "DMS"
    with pytest.raises(CoordinateError):
        parse_lon_lat("44.0", "95.0")


def test_format_angle_round_trips(qgis_app):
    for notation in ("DD", "DDM", "DMS"):
        text = format_angle(-44.123456, notation, "lon")
        assert parse_angle(text).degrees == pytest.approx(-44.123456, abs=2e-6)
    assert format_angle(36.5, "DMS", "lat") == "36°30'00.00\"N"


@pytest.mark.parametrize(
    "lon, lat, zone, expected_mgrs",
    [
        (44.3661, 33.3152, 38, "38SMB4099486410"),  # Baghdad
        (43.13, 36.34, 38, "38SLF3217823283"),  # Mosul
        (45.0, 35.5, 38, "38SNE0000028493"),  # on the central meridian
        (42.5, 34.0, 38, "38SKC6910264973"),  # western Anbar, far from the meridian
    ],
)
def test_utm_and_mgrs_known_answers(qgis_app, lon, lat, zone, expected_mgrs):
    easting, northing = snyder_utm(lon, lat, zone)
    projected = Transforms().from_wgs84(QgsPointXY(lon, lat), f"EPSG:326{zone}")
    assert projected.x() == pytest.approx(easting, abs=0.01)
    assert projected.y() == pytest.approx(northing, abs=0.01)
    assert expected_mgrs[5:10] == f"{int(easting) % 100000:05d}"
    assert expected_mgrs[10:] == f"{int(northing) % 100000:05d}"
    mgrs = Mgrs()
    assert mgrs.from_point(QgsPointXY(lon, lat)) == expected_mgrs
    back = mgrs.to_point(expected_mgrs)
    assert back.x() == pytest.approx(lon, abs=2e-5) and back.y() == pytest.approx(lat, abs=2e-5)


def test_mgrs_equator_and_south_and_precision(qgis_app):
    mgrs = Mgrs()
    assert mgrs.from_point(QgsPointXY(45.0, 0.0)) == "38NNF0000000000"
    point = mgrs.to_point("38N NF 00000 00000")
    assert (point.x(), point.y()) == (pytest.approx(45.0, abs=1e-9), pytest.approx(0.0, abs=1e-9))
    for lon, lat in [(151.2, -33.86), (-70.0, -50.0), (10.0, 60.0), (-77.0365, 38.8977)]:
        back = mgrs.to_point(mgrs.from_point(QgsPointXY(lon, lat)))
        assert back.x() == pytest.approx(lon, abs=2e-5) and back.y() == pytest.approx(lat, abs=2e-5)
    coarse = mgrs.to_point("38SMB4086")  # 10 km square: its south-west corner
    fine = mgrs.to_point("38SMB4000086000")
    assert coarse.x() == pytest.approx(fine.x()) and coarse.y() == pytest.approx(fine.y())


@pytest.mark.parametrize("text", ["38SMB409948641", "38SIB4099486410", "38SAB4099486410", "38SMW4099486410"])
def test_malformed_mgrs_is_an_error_naming_it(qgis_app, text):
    with pytest.raises(CoordinateError) as raised:
        Mgrs().to_point(text)
    assert text in raised.value.message


def test_parser_reads_projected_grids_and_degrees(qgis_app):
    lon, lat = 44.3661, 33.3152
    easting, northing = snyder_utm(lon, lat, 38)
    utm = CoordinateParser("EPSG:32638").parse(f"{easting:.3f}", f"{northing:.3f}".replace(".", ","))
    assert utm.point.x() == pytest.approx(lon, abs=1e-7) and utm.point.y() == pytest.approx(lat, abs=1e-7)
    assert utm.input_crs == "EPSG:32638"
    degrees = CoordinateParser("EPSG:32638").parse("44.3661", "33.3152")
    assert degrees.input_crs == "EPSG:4326 DD"
    mgrs = CoordinateParser().parse("38SMB4099486410", "")
    assert mgrs.input_crs == "MGRS" and mgrs.point.x() == pytest.approx(lon, abs=2e-5)
    transforms = Transforms()
    for authid in (
        "EPSG:3391",
        "EPSG:3392",
        "EPSG:3393",
        "EPSG:3890",
        "EPSG:3891",
        "EPSG:3892",
        "EPSG:6646",
        "EPSG:32637",
        "EPSG:32639",
    ):
        xy = transforms.from_wgs84(QgsPointXY(lon, lat), authid)
        parsed = CoordinateParser(authid, transforms).parse(f"{xy.x():.3f}", f"{xy.y():.3f}")
        assert parsed.point.x() == pytest.approx(lon, abs=1e-7), authid
        assert parsed.point.y() == pytest.approx(lat, abs=1e-7), authid


def test_karbala_degrees_are_offset_from_wgs84(qgis_app):
    """Karbala 1979 degrees are a few hundred metres off WGS 84: the datum is honoured."""
    parsed = CoordinateParser("EPSG:4743").parse("44.0", "33.0")
    da = QgsDistanceArea()
    da.setEllipsoid("EPSG:7030")
    shift = da.measureLine(QgsPointXY(44.0, 33.0), parsed.point)
    assert 150.0 < shift < 450.0
    assert parsed.input_crs == "EPSG:4743 DD"


def test_projected_values_with_a_degree_crs_are_refused(qgis_app):
    with pytest.raises(CoordinateError) as raised:
        CoordinateParser("EPSG:4326").parse("440994", "3686410")
    assert "440994" in raised.value.message


def test_bearing_distance_on_the_ellipsoid(qgis_app):
    da = QgsDistanceArea()
    da.setEllipsoid("EPSG:7030")
    projector = BearingProjector()
    north = projector.project(QgsPointXY(45.0, 0.0), 1000.0, 0.0)
    # A 1000 m meridian arc at the equator: 1000 / (a (1 - e²)) radians = 0.0090437°.
    e2 = WGS84_F * (2 - WGS84_F)
    assert north.y() == pytest.approx(math.degrees(1000.0 / (WGS84_A * (1 - e2))), abs=1e-8)
    origin = QgsPointXY(44.0, 36.0)
    for bearing in (0.0, 45.0, 137.5, 270.0):
        target = projector.project(origin, 2500.0, bearing)
        assert da.measureLine(origin, target) == pytest.approx(2500.0, abs=1e-3)
        assert math.degrees(da.bearing(origin, target)) % 360 == pytest.approx(bearing, abs=1e-6)


def test_grid_and_magnetic_bearings(qgis_app):
    da = QgsDistanceArea()
    da.setEllipsoid("EPSG:7030")
    origin = QgsPointXY(44.0, 36.0)  # 1° west of zone 38's central meridian
    grid = BearingProjector(BEARING_GRID, grid_crs="EPSG:32638")
    # Convergence ≈ Δλ·sin φ = -1°·sin 36° (first-order term).
    assert grid.convergence(origin) == pytest.approx(-math.sin(math.radians(36.0)), abs=0.005)
    target = grid.project(origin, 1000.0, 0.0)
    transforms = Transforms()
    a, b = transforms.from_wgs84(origin, "EPSG:32638"), transforms.from_wgs84(target, "EPSG:32638")
    assert abs(b.x() - a.x()) < 0.01 and b.y() > a.y()
    assert utm_zone(44.0, 36.0) == 38
    magnetic = BearingProjector(BEARING_MAGNETIC, declination=4.5)
    target = magnetic.project(origin, 1000.0, 0.0)
    assert math.degrees(da.bearing(origin, target)) == pytest.approx(4.5, abs=1e-6)
