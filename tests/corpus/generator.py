"""The bad-input corpus: generated IMSMA exports, each with the outcome the loader must give.

A case writes its input into a folder and says what an import must produce: counts of loaded
hazards and points and rejections by reason code, or an error whose message matches a pattern
(a clear ``LoadError``, never a traceback). ``cases()`` yields well over 200 of them; they are
built by code so that nothing binary is committed and each input is readable here.

Families: coordinate values (point lists, every delimiter), bearings, hemisphere letters,
degenerate polygons in every reader, hostile maXML (huge numbers, deep nesting, entities,
truncation, UTF-16), CSV structure (duplicate columns, unbalanced quotes, oversize values,
encodings, title rows), workbooks (cover sheet, damage), GIS exports (empty, damaged, missing
.dbf/.prj, impossible coordinates) and special files (named pipes).
"""

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from mineaction_qgis.core.imsma.pointlist import COLUMNS

HEADER = list(COLUMNS)  # the IMSMA point-list columns, in their order
SQUARE = [(44.10, 34.10), (44.11, 34.10), (44.11, 34.11), (44.10, 34.11)]
LINE = [(44.10, 34.10), (44.11, 34.11), (44.12, 34.12), (44.13, 34.13)]
SAME = [(44.10, 34.10)] * 4


@dataclass
class Case:
    """One corpus input and its expected outcome."""

    name: str
    write: Callable[[Path], Path]  # writes the input into a folder, returns the path to import
    hazards: int = 0
    points: int = 0
    rejected: Dict[str, int] = field(default_factory=dict)
    error: Optional[str] = None  # a regular expression the LoadError message must match
    source_crs: str = "EPSG:4326"


# --- builders ---------------------------------------------------------------------------------


def square_rows(name: str = "HAZ-1", poly: str = "P1", ring: Sequence[Tuple[float, float]] = SQUARE) -> List[List[str]]:
    return [
        [name, poly, str(n), f"TP{n}", "Turning point", f"{x:.6f}", f"{y:.6f}", "", "", "", ""]
        for n, (x, y) in enumerate(ring, start=1)
    ]


def point_row(x: str, y: str, point_id: str = "RP-1", name: str = "HAZ-1", desc: str = "") -> List[str]:
    return [name, "", "", point_id, "Reference point", x, y, "", "", "", desc]


def csv_text(rows: Sequence[Sequence[str]], delimiter: str = ",", header: Sequence[str] = HEADER) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def file_writer(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data())
        return path

    return write


def csv_case(
    name: str, rows, delimiter: str = ",", encoding: str = "utf-8", header=HEADER, prefix: str = "", **expected
) -> Case:
    return Case(
        name,
        file_writer(f"{name}.csv", lambda: (prefix + csv_text(rows, delimiter, header)).encode(encoding)),
        **expected,
    )


def maxml(forms: Sequence[str], prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<MineActionFieldReport>{"".join(forms)}</MineActionFieldReport>'
    )


def form(
    local_id: str,
    ring: Sequence[Tuple[float, float]] = SQUARE,
    lat: Optional[str] = None,
    point_no: Optional[str] = None,
    extra: str = "",
) -> str:
    points = []
    for n, (x, y) in enumerate(ring, start=1):
        number = point_no if (point_no is not None and n == 1) else str(n)
        latitude = lat if (lat is not None and n == 1) else f"{y:.6f}"
        points.append(
            f"<Point><pointno>{number}</pointno><pointtypeenum>Turning "
            f"Point</pointtypeenum><latitude>{latitude}</latitude><longitude>{x:.6f}</longitude></Point>"
        )
    geo = f"<GeospatialInfo><shapeenum>Polygon</shapeenum>{''.join(points)}</GeospatialInfo>"
    return (
        f'<FieldReport><FieldReportInfo reportGUID="r"><ReportingDate>2021-01-01</ReportingDate></FieldReportInfo>'
        f"<Hazard><hazard_localid>{local_id}</hazard_localid>{extra}{geo}</Hazard></FieldReport>"
    )


def xml_case(name: str, text: str, encoding: str = "utf-8", **expected) -> Case:
    return Case(name, file_writer(f"{name}.xml", lambda: text.encode(encoding)), **expected)


def geojson(features: Sequence[dict]) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode("utf-8")


def core_polygon(imsma_id: str, ring: Sequence[Tuple[float, float]]) -> dict:
    coords = [[x, y] for x, y in ring] + [[ring[0][0], ring[0][1]]]
    return {
        "type": "Feature",
        "properties": {"imsma_id": imsma_id, "localid": imsma_id},
        "geometry": {"type": "Polygon", "coordinates": [coords]},
    }


# --- families -----------------------------------------------------------------------------------

BAD_VALUES = [
    "inf",
    "-inf",
    "nan",
    "NaN",
    "Infinity",
    "1e301",
    "-1e301",
    "1" * 5000,
    "200.5",
    "-180.0001",
    "181",
    "abc",
    "--44",
    "44..1",
    "44°61'",
    "٤٤٫١٢٣٤٥٦N",
]
BAD_LATITUDES = ["91", "-90.5", "95.5", "nan", "inf", "1e301", "9" * 400, "34°60'", "xyz"]
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def coordinate_cases() -> Iterator[Case]:
    good = dict(hazards=1, points=4)
    for dname, delimiter in DELIMITERS.items():
        for index, value in enumerate(BAD_VALUES):
            if value.endswith("N"):  # a latitude letter on X with a latitude on Y: two N letters
                rows = square_rows() + [point_row(value, "34.1N")]
            else:
                rows = square_rows() + [point_row(value, "34.105")]
            yield csv_case(f"x_bad_{index}_{dname}", rows, delimiter, rejected={"bad_coordinate": 1}, **good)
        for index, value in enumerate(BAD_LATITUDES):
            yield csv_case(
                f"y_bad_{index}_{dname}",
                square_rows() + [point_row("44.105", value)],
                delimiter,
                rejected={"bad_coordinate": 1},
                **good,
            )
        for index, (x, y) in enumerate(
            [
                ("٤٤٫١٠٥", "٣٤٫١٠٥"),
                ("۴۴٫۱۰۵", "۳۴٫۱۰۵"),
                ("44,105", "34,105") if delimiter != "," else ("44.105", "34.105"),
                ("44°06'18\"E", "34°06'18\"N"),
                ("34.105N", "44.105E"),
                ("E44.105", "N34.105"),
            ]
        ):
            yield csv_case(
                f"xy_good_{index}_{dname}", square_rows() + [point_row(x, y)], delimiter, hazards=1, points=5
            )
    for index, (x, y) in enumerate(
        [("44.1E", "34.1E"), ("34.1N", "44.1N"), ("E44.1", "E34.1"), ("N34.1", "S44.1"), ("W44.1", "E34.1")]
    ):
        yield csv_case(
            f"hemisphere_twice_{index}", square_rows() + [point_row(x, y)], rejected={"bad_coordinate": 1}, **good
        )
    yield csv_case("zero_zero_warned_not_rejected", square_rows() + [point_row("0", "0")], hazards=1, points=5)
    yield csv_case(
        "far_outside_warned_not_rejected", square_rows() + [point_row("-70.1", "-30.2")], hazards=1, points=5
    )


def bearing_cases() -> Iterator[Case]:
    for index, bearing in enumerate(["-1", "360.5", "400", "1e301", "inf", "nan", "abc", "9" * 500]):
        rows = square_rows() + [
            point_row("44.105", "34.105"),
            ["HAZ-1", "", "", "RP-2", "Reference point", "", "", "50", bearing, "RP-1", ""],
        ]
        yield csv_case(f"bearing_bad_{index}", rows, hazards=1, points=5, rejected={"bad_coordinate": 1})
    for index, bearing in enumerate(["0", "360", "90.5", "٩٠"]):
        rows = square_rows() + [
            point_row("44.105", "34.105"),
            ["HAZ-1", "", "", "RP-2", "Reference point", "", "", "50", bearing, "RP-1", ""],
        ]
        yield csv_case(f"bearing_good_{index}", rows, hazards=1, points=6)
    for index, distance in enumerate(["-5", "inf", "1e301"]):
        rows = square_rows() + [
            point_row("44.105", "34.105"),
            ["HAZ-1", "", "", "RP-2", "Reference point", "", "", distance, "90", "RP-1", ""],
        ]
        yield csv_case(f"distance_bad_{index}", rows, hazards=1, points=5, rejected={"bad_coordinate": 1})


def degenerate_cases() -> Iterator[Case]:
    for label, ring in (("identical", SAME), ("collinear", LINE), ("two_vertices", SQUARE[:2])):
        yield csv_case(
            f"pointlist_{label}",
            square_rows("HAZ-2", "P9", ring) + square_rows(),
            hazards=1,
            points=4,
            rejected={"too_few_vertices": len(ring)},
        )
        yield xml_case(
            f"maxml_{label}",
            maxml([form("Land-1"), form("Land-2", ring)]),
            hazards=1,
            points=4 + len(ring),
            rejected={"too_few_vertices": 1},
        )
        features = [core_polygon("hazard_poly_1", SQUARE), core_polygon("hazard_poly_2", ring)]
        yield Case(
            f"geojson_{label}",
            file_writer(f"geojson_{label}.geojson", lambda f=features: geojson(f)),
            hazards=1,
            rejected={"too_few_vertices": 1},
        )


def maxml_cases() -> Iterator[Case]:
    good = [form("Land-1"), form("Land-2")]
    for index, value in enumerate(["inf", "-inf", "nan", "1e301", "1" * 5000, "91", "٩١"]):
        yield xml_case(
            f"maxml_latitude_{index}",
            maxml(good + [form("Land-3", lat=value)]),
            hazards=3,
            points=11,
            rejected={"bad_coordinate": 1},
        )
    for index, value in enumerate(["inf", "1" * 5000, "1.5", "1e400"]):
        yield xml_case(
            f"maxml_pointno_{index}",
            maxml(good + [form("Land-3", point_no=value)]),
            hazards=3,
            points=11,
            rejected={"bad_value": 1},
        )
    for index, value in enumerate(["inf", "1" * 5000, "NaN"]):
        yield xml_case(
            f"maxml_area_{index}",
            maxml(good + [form("Land-3", extra=f"<estimatedarea>{value}</estimatedarea>")]),
            hazards=3,
            points=12,
        )
    for depth in (10, 50):
        nest = "<a>" * depth + "x" + "</a>" * depth
        yield xml_case(
            f"maxml_nested_{depth}_loads",
            maxml(good + [form("Land-3", extra=f"<note>{nest}</note>")]),
            hazards=3,
            points=12,
        )
    for depth in (70, 1000, 20000):
        nest = "<a>" * depth + "x" + "</a>" * depth
        yield xml_case(
            f"maxml_nested_{depth}_rejected",
            maxml(good + [form("Land-3", extra=f"<note>{nest}</note>")]),
            hazards=2,
            points=8,
            rejected={"nesting_too_deep": 5},
        )
    entities = {
        "xxe_file": '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        "xxe_http": '<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://example.invalid/x">]>',
        "internal": '<!DOCTYPE r [<!ENTITY a "aaaa">]>',
        "billion_laughs": '<!DOCTYPE r [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c '
        '"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        "parameter": '<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    }
    for label, prolog in entities.items():
        body = [form("Land-1", extra="<hazardname>&a;</hazardname>" if label in ("internal", "billion_laughs") else "")]
        yield xml_case(f"maxml_entity_{label}", maxml(body, prolog), error=r"entit")
    text = maxml(good + [form(f"Land-{n}") for n in range(3, 9)])
    for tenth in range(1, 10):
        yield xml_case(
            f"maxml_truncated_{tenth}", text[: len(text) * tenth // 10], error=r"cut off|truncated|not well-formed"
        )
    yield xml_case("maxml_broken_middle", text.replace("</Hazard>", "</Hazrd>", 1), error=r"not well-formed")
    utf16 = maxml(good).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    yield xml_case("maxml_utf16_le_bom", utf16, encoding="utf-16", hazards=2, points=8)
    yield xml_case("maxml_utf16_be", utf16, encoding="utf-16-be", hazards=2, points=8)
    yield xml_case("maxml_empty_root", maxml([]), hazards=0, points=0)


def structure_cases() -> Iterator[Case]:
    for column in HEADER:
        header = HEADER + [column]
        rows = [row + [row[HEADER.index(column)]] for row in square_rows()]
        yield csv_case(f"duplicate_column_{column}", rows, header=header, error=rf"two columns named '{column}'")
    for position in (1, 2, 3):
        rows = square_rows() + [
            point_row("44.105", "34.105", "RP-1"),
            point_row("44.106", "34.106", "RP-2"),
            point_row("44.107", "34.107", "RP-3"),
        ]
        text = csv_text(rows)
        lines = text.split("\r\n")
        lines[4 + position] = lines[4 + position].rstrip(",") + ',"broken description'
        # the quote swallows the rows after it; on the last row there is nothing left to swallow
        expected = dict(points=4 + position - 1, rejected={"bad_value": 1}) if position < 3 else dict(points=7)
        broken = "\r\n".join(lines)
        yield Case(
            f"unbalanced_quote_{position}",
            file_writer(f"unbalanced_quote_{position}.csv", lambda t=broken: t.encode("utf-8")),
            hazards=1,
            **expected,
        )
    for size in (200_000, 2_000_000):
        yield csv_case(
            f"oversize_description_{size}",
            square_rows() + [point_row("44.105", "34.105", desc="x" * size)],
            hazards=1,
            points=5,
        )
    arabic = "حقل ألغام قرب القرية"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"):
        for dname, delimiter in DELIMITERS.items():
            yield csv_case(
                f"encoding_{encoding}_{dname}",
                square_rows() + [point_row("44.105", "34.105", desc=arabic)],
                delimiter,
                encoding,
                hazards=1,
                points=5,
            )
    stray = (
        csv_text(square_rows() + [point_row("44.105", "34.105", desc=arabic)])
        .encode("utf-8")
        .replace("قرب".encode("utf-8"), b"\xff", 1)
    )
    yield Case("utf8_with_one_bad_byte", file_writer("utf8_bad_byte.csv", lambda: stray), hazards=1, points=5)
    yield csv_case(
        "title_rows_above_header",
        square_rows(),
        prefix="Hazard export\r\nprinted 2024-01-01\r\n\r\n",
        hazards=1,
        points=4,
    )
    yield Case("empty_file", file_writer("empty.csv", lambda: b""), error=r"not a recognised IMSMA export")
    yield csv_case("header_only", [], hazards=0, points=0)
    yield Case(
        "binary_noise_csv",
        file_writer("noise.csv", lambda: bytes(range(256)) * 20),
        error=r"not a recognised IMSMA export",
    )


def workbook_cases() -> Iterator[Case]:
    def workbook(cover: bool, offset: int, rows: int = 1) -> Callable[[Path], Path]:
        def write(folder: Path) -> Path:
            import openpyxl

            book = openpyxl.Workbook()
            sheet = book.active
            if cover:
                sheet.title = "Cover"
                sheet.append(["Directorate of Mine Action"])
                sheet = book.create_sheet("Points")
            for _ in range(offset):
                sheet.append(["Point list export"])
            sheet.append(HEADER)
            for number in range(rows):
                for row in square_rows(f"HAZ-{number + 1}"):
                    sheet.append(row)
            path = folder / f"book_{int(cover)}_{offset}.xlsx"
            book.save(str(path))
            return path

        return write

    for cover in (False, True):
        for offset in (0, 1, 4):
            yield Case(f"xlsx_cover_{cover}_offset_{offset}", workbook(cover, offset), hazards=1, points=4)

    def truncated(folder: Path) -> Path:
        whole = workbook(False, 0)(folder).read_bytes()
        path = folder / "truncated.xlsx"
        path.write_bytes(whole[: len(whole) // 2])
        return path

    yield Case("xlsx_truncated", truncated, error=r"damaged or cut off")

    def bad_deflate(offset: int) -> Callable[[Path], Path]:
        def write(folder: Path) -> Path:
            import zipfile

            path = workbook(False, 0, rows=200)(folder)
            data = bytearray(path.read_bytes())
            with zipfile.ZipFile(str(path)) as archive:
                info = archive.getinfo("xl/worksheets/sheet1.xml")
            start = info.header_offset + 30 + len(info.filename.encode("utf-8")) + len(info.extra)
            at = start + (offset if offset >= 0 else info.compress_size * -offset // 100)
            for index in range(at, at + 4):
                data[index] ^= 0x5A  # damages the compressed sheet: zlib or CRC errors deep inside openpyxl
            path.write_bytes(bytes(data))
            return path

        return write

    for offset in (
        2,
        40,
        -50,
        -60,
        -70,
        -80,
    ):  # early damage stops detection; -n: at n % of the sheet, stops the reading
        yield Case(f"xlsx_damaged_sheet_{offset}", bad_deflate(offset), error=r"damaged or cut off|not a recognised")
    yield Case(
        "xlsx_not_a_zip", file_writer("fake.xlsx", lambda: b"PK\x03\x04 not really"), error=r"damaged or cut off"
    )


def gis_cases() -> Iterator[Case]:
    yield Case("geojson_zero_features", file_writer("empty.geojson", lambda: geojson([])), hazards=0)
    duplicate_keys = geojson([core_polygon("hazard_poly_1", SQUARE)]).replace(
        b'"localid"', b'"": 1, "": "x", "localid"'
    )
    # GDAL renames the duplicate field and, opened for update, would write the file back: never the input
    yield Case(
        "geojson_duplicate_property_names", file_writer("duplicate_keys.geojson", lambda: duplicate_keys), hazards=1
    )
    whole = geojson([core_polygon(f"hazard_poly_{n}", SQUARE) for n in range(1, 4)])
    yield Case(
        "geojson_truncated",
        file_writer("truncated.geojson", lambda: whole[: len(whole) // 2]),
        error=r"damaged or cut off",
    )
    for index, ring in enumerate(
        [
            [(1e301, 34.1), (44.2, 34.1), (44.2, 34.2)],
            [(44.1, 95.0), (44.2, 95.0), (44.2, 96.0)],
            [(500000.0, 3800000.0), (500100.0, 3800000.0), (500100.0, 3800100.0)],
        ]
    ):
        features = [core_polygon("hazard_poly_1", SQUARE), core_polygon("hazard_poly_2", ring)]
        yield Case(
            f"geojson_impossible_coordinates_{index}",
            file_writer(f"impossible_{index}.geojson", lambda f=features: geojson(f)),
            hazards=1,
            rejected={"bad_coordinate": 1},
        )

    def shapefile(prj: bool, dbf: bool, projected: bool) -> Callable[[Path], Path]:
        def write(folder: Path) -> Path:
            from osgeo import ogr, osr

            path = folder / "hazard_polygons.shp"
            source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
            srs = None
            if prj:
                srs = osr.SpatialReference()
                srs.ImportFromEPSG(32638 if projected else 4326)
            layer = source.CreateLayer("hazard_polygons", srs, ogr.wkbPolygon)
            layer.CreateField(ogr.FieldDefn("PolyID", ogr.OFTString))
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("PolyID", "HAZ-1")
            ring = (
                [(440000 + dx, 3780000 + dy) for dx, dy in ((0, 0), (100, 0), (100, 100), (0, 100))]
                if projected
                else SQUARE
            )
            wkt = "POLYGON((" + ", ".join(f"{x} {y}" for x, y in ring + [ring[0]]) + "))"
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
            source = None
            if not dbf:
                path.with_suffix(".dbf").unlink()
            return path

        return write

    yield Case("shapefile_degrees", shapefile(True, True, False), hazards=1)
    yield Case("shapefile_utm_with_prj", shapefile(True, True, True), hazards=1)
    yield Case("shapefile_utm_without_prj", shapefile(False, True, True), error=r"\.prj.*EPSG:32638")
    yield Case("shapefile_utm_without_prj_crs_given", shapefile(False, True, True), hazards=1, source_crs="EPSG:32638")
    yield Case("shapefile_without_dbf", shapefile(True, False, False), error=r"no \.dbf")


def special_cases() -> Iterator[Case]:
    def pipe(folder: Path) -> Path:
        path = folder / "export.csv"
        os.mkfifo(path)
        return path

    def device(folder: Path) -> Path:
        return Path("/dev/zero")

    yield Case("named_pipe", pipe, error=r"named pipe")
    yield Case("device", device, error=r"named pipe|not a regular file")
    yield Case("missing_file", lambda folder: folder / "nothing.csv", error=r"does not exist")


def cases() -> List[Case]:
    """Every corpus case, names unique."""
    found = [
        *coordinate_cases(),
        *bearing_cases(),
        *degenerate_cases(),
        *maxml_cases(),
        *structure_cases(),
        *workbook_cases(),
        *gis_cases(),
        *special_cases(),
    ]
    names = [case.name for case in found]
    assert len(names) == len(set(names)), "corpus case names must be unique"
    return found
