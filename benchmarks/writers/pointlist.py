"""Write a canonical register (hazards + points) as an IMSMA geospatial point list (.csv or .xlsx).

Used by the loader tests, the sample register (scripts/make_sample.py) and the
import benchmark. Each hazard is one ProjName; each outer ring of its multipolygon
one PolyID (``<hazard_id>/<part>``; holes are not written, point lists have none),
vertices numbered from 1 without the closing point (every fifth polygon repeats its
start point as a last row, as some programmes do). Single points (benchmarks,
reference points, landmarks, evidence points) of the ``points`` layer become rows
without a PolyID.

A share of polygons (``bearing_share``) is surveyed by bearing and distance: the start
point is given by bearing and distance from the hazard's benchmark when there is
one (else by coordinates), every following vertex by Distance (m, 0.01 m) and
Bearing (degrees from true north, 0.0001°) from the previous vertex; every other
such polygon names the previous point in FrPointID, the rest leave it empty.

A hazard ID that appears on several register features becomes one multipart object
(its parts are numbered on). A register polygon with fewer than three vertices (a
deliberate fault of the synthetic register) is written as it is, and its rows are
listed in ``faults`` with ``"origin": "register"``, since the loader rejects them.

``faults=True`` appends or alters rows to produce each loader-level rejection once
or more (``"origin": "injected"``); every row the loader will reject is listed in the
result's ``faults`` as ``{"kind": reason_code, "row": spreadsheet row number,
"object_id": ProjName, "origin": ...}``:

- ``bad_coordinate``: one vertex of a polygon with ≥5 vertices gets the X ``44.12.3x``;
- ``unknown_point_type``: one vertex of another such polygon gets the type ``Turnng pt``;
- ``duplicate_point_no``: an extra row repeats PointNo 2 of a third polygon elsewhere;
- ``bearing_without_origin``: an extra landmark row has a bearing from ``BM-404``, which does not exist;
- ``too_few_vertices``: an extra object ``FAULT-TFV-1`` has a polygon of two vertices (two rows).
Those polygons keep at least three vertices, so no other row is affected. Faults are only put
on hazards that carry no register error (``register_errors.hazards_with_errors``), so every
deliberate error of the register can still be found after an import.
"""

import csv
import random
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from qgis.core import QgsCoordinateReferenceSystem, QgsDistanceArea, QgsPointXY, QgsVectorLayer

from benchmarks.writers.register_errors import hazards_with_errors
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.coords import (
    NOTATION_DDM,
    NOTATION_DMS,
    Mgrs,
    Transforms,
    format_angle,
    utm_crs,
    utm_zone,
)

HEADER = [
    "ProjName",
    "PolyID",
    "PointNo",
    "PointID",
    "PointType",
    "Xcoord",
    "Ycoord",
    "Distance",
    "Bearing",
    "FrPointID",
    "PointDesc",
]
NOTATIONS = ("dd", "ddm", "dms", "utm", "mgrs", "mixed")
SINGLE_TYPES = model.SINGLE_POINT_TYPES + model.EVIDENCE_POINT_TYPES


class _Coordinates:
    """Formats a WGS 84 point in one notation."""

    def __init__(self, crs: str) -> None:
        self.transforms = Transforms()
        self.crs = crs
        self.projected = not QgsCoordinateReferenceSystem(crs).isGeographic()
        self.mgrs = Mgrs(self.transforms)
        self.utm_target: Optional[str] = crs if self.projected else None

    def format(self, point: QgsPointXY, notation: str, rng: random.Random):
        if notation == "mgrs":
            return self.mgrs.from_point(point), ""
        if notation == "utm":
            if self.utm_target is None:  # one zone for the whole file: the reader takes one CRS
                self.utm_target = utm_crs(utm_zone(point.x(), point.y()), point.y() >= 0)
            xy = self.transforms.from_wgs84(point, self.utm_target)
            return f"{xy.x():.2f}", f"{xy.y():.2f}"
        if not self.projected and self.crs != model.STORAGE_CRS:
            point = self.transforms.from_wgs84(point, self.crs)
        if notation == "dd":
            x, y = f"{point.x():.7f}", f"{point.y():.7f}"
            if rng.random() < 0.1:  # a decimal comma, as typed on an Arabic or European Windows
                x, y = x.replace(".", ","), y.replace(".", ",")
            return x, y
        chosen = NOTATION_DDM if notation == "ddm" else NOTATION_DMS
        return format_angle(point.x(), chosen, "lon"), format_angle(point.y(), chosen, "lat")


def _read_layer(gpkg: Path, name: str) -> Optional[QgsVectorLayer]:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    return layer if layer.isValid() else None


def write_pointlist(
    register_gpkg: Path,
    out_path: Path,
    crs: str = "EPSG:4326",
    notation: str = "dd",
    bearing_share: float = 0.3,
    seed: int = 1,
    faults: bool = False,
    encoding: str = "utf-8",
    avoid: Optional[Iterable[str]] = None,
) -> dict:
    """Write the point list; returns what the loader must find (see the module docstring).

    ``avoid``: hazard IDs that must not receive an injected fault (default: those named by the
    register's error list, see ``register_errors``).

    Keys: ``path``, ``source_crs`` (the SOURCE_CRS to import with), ``rows`` (data rows),
    ``objects`` (hazards with a polygon), ``polygons``, ``points`` (rows that load as points),
    ``faults`` (list of rejected rows), ``areas`` ({hazard_id: calculated_area_m2 of the register}).
    """
    if notation not in NOTATIONS:
        raise ValueError(f"notation must be one of {NOTATIONS}")
    rng = random.Random(seed)
    coords = _Coordinates(crs)
    da = QgsDistanceArea()
    da.setEllipsoid(model.ELLIPSOID)
    hazards = _read_layer(Path(register_gpkg), model.HAZARDS)
    points = _read_layer(Path(register_gpkg), model.POINTS)
    singles: Dict[str, List[tuple]] = {}
    if points is not None:
        for feature in points.getFeatures():
            if feature["point_type"] in SINGLE_TYPES and not feature.geometry().isEmpty():
                singles.setdefault(str(feature["object_id"] or ""), []).append(
                    (
                        feature["point_id"] or "",
                        feature["point_type"],
                        feature.geometry().asPoint(),
                        feature["description"] or "",
                    )
                )
    rows: List[List[str]] = []
    polygons: List[dict] = []  # index info for faults
    areas: Dict[str, float] = {}
    objects = set()
    parts_written: Dict[str, int] = {}
    register_faults: List[dict] = []
    for feature in hazards.getFeatures() if hazards is not None else []:
        hazard_id = str(feature["hazard_id"])
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        areas[hazard_id] = areas.get(hazard_id, 0.0) + (feature["calculated_area_m2"] or 0.0)
        benchmarks = singles.pop(hazard_id, [])
        for point_id, point_type, point, description in benchmarks:
            x, y = coords.format(point, _pick(notation, coords, rng), rng)
            rows.append([hazard_id, "", "", point_id, point_type, x, y, "", "", "", description])
        benchmark = next(((pid, pt) for pid, ptype, pt, _ in benchmarks if ptype == "Benchmark" and pid), None)
        for polygon in geometry.asMultiPolygon():
            # A repeated hazard ID continues the part numbers: the point list makes one multipart object of it.
            part_no = parts_written[hazard_id] = parts_written.get(hazard_id, 0) + 1
            ring = polygon[0][:-1]
            poly_id = f"{hazard_id}/{part_no}"
            by_bearing = rng.random() < bearing_share
            name_previous = by_bearing and len(polygons) % 2 == 0
            part_notation = _pick(notation, coords, rng)
            first_row = len(rows)
            for index, vertex in enumerate(ring):
                point_no = index + 1
                point_type = "Start Point" if index == 0 else "End Point" if index == len(ring) - 1 else "Turning point"
                row = [
                    hazard_id,
                    poly_id,
                    str(point_no),
                    f"TP-{part_no}-{point_no}",
                    point_type,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
                origin_id, origin = None, None
                if by_bearing and index > 0:
                    origin_id, origin = (row_point_id(rows[-1]) if name_previous else ""), ring[index - 1]
                elif by_bearing and benchmark is not None:
                    origin_id, origin = benchmark
                if origin is not None:
                    distance = da.measureLine(origin, vertex)
                    bearing = da.bearing(origin, vertex) * 57.29577951308232 % 360.0
                    row[7], row[8], row[9] = f"{distance:.2f}", f"{bearing:.4f}", origin_id
                else:
                    row[5], row[6] = coords.format(vertex, part_notation, rng)
                rows.append(row)
            if len(polygons) % 5 == 4 and not by_bearing:
                x, y = rows[first_row][5], rows[first_row][6]
                rows.append(
                    [
                        hazard_id,
                        poly_id,
                        str(len(ring) + 1),
                        f"TP-{part_no}-1",
                        "End Point",
                        x,
                        y,
                        "",
                        "",
                        "",
                        "closing point",
                    ]
                )
            if _usable_vertices(ring) < 3:  # the register's own fault: the loader rejects every row of it
                for index in range(first_row, len(rows)):
                    register_faults.append(
                        {
                            "kind": "too_few_vertices",
                            "row": index + 2,
                            "object_id": hazard_id,
                            "origin": "register",
                            "detail": "the register's polygon has fewer than 3 turning points",
                        }
                    )
            else:
                objects.add(hazard_id)
            polygons.append(
                {
                    "object_id": hazard_id,
                    "poly_id": poly_id,
                    "first": first_row,
                    "count": _usable_vertices(ring),
                    "bearing": by_bearing,
                }
            )
    for object_id, items in singles.items():  # points of objects without a polygon
        for point_id, point_type, point, description in items:
            x, y = coords.format(point, _pick(notation, coords, rng), rng)
            rows.append([object_id, "", "", point_id, point_type, x, y, "", "", "", description])
    fault_list: List[dict] = list(register_faults)
    if faults:
        fault_list += _inject_faults(rows, polygons, coords, rng, hazards_with_errors(Path(register_gpkg), avoid))
    _write(rows, Path(out_path), encoding)
    rejected_rows = len(fault_list)
    return {
        "path": str(out_path),
        "source_crs": coords.utm_target if notation == "utm" and coords.utm_target else crs,
        "rows": len(rows),
        "objects": len(objects),
        "polygons": len(polygons),
        "points": len(rows) - rejected_rows,
        "faults": fault_list,
        "areas": areas,
    }


def _usable_vertices(ring: List[QgsPointXY]) -> int:
    """Vertices the loader will use: a last vertex equal to the first (within 0.000001°) is the closing point."""
    count = len(ring)
    if count > 1 and abs(ring[0].x() - ring[-1].x()) <= 1e-6 and abs(ring[0].y() - ring[-1].y()) <= 1e-6:
        count -= 1
    return count


def row_point_id(row: List[str]) -> str:
    """PointID of a written row."""
    return row[3]


def _pick(notation: str, coords: _Coordinates, rng: random.Random) -> str:
    if notation != "mixed":
        return notation
    choices = ["dd", "ddm", "dms", "mgrs"] + (["utm"] if coords.projected else [])
    return rng.choice(choices)


def _inject_faults(
    rows: List[List[str]], polygons: List[dict], coords: _Coordinates, rng: random.Random, protected: Set[str]
) -> List[dict]:
    """Alter/append rows for each loader-level fault, never on a ``protected`` hazard; returns the rejected rows (see
    module docstring)."""
    found: List[dict] = []
    polygons = [p for p in polygons if p["object_id"] not in protected]
    candidates = [p for p in polygons if not p["bearing"] and p["count"] >= 5]
    if len(candidates) >= 3:
        bad, unknown, duplicate = candidates[0], candidates[len(candidates) // 2], candidates[-1]
        index = bad["first"] + 2
        rows[index][5] = "44.12.3x"
        found.append(
            {
                "kind": "bad_coordinate",
                "row": index + 2,
                "object_id": bad["object_id"],
                "origin": "injected",
                "detail": "Xcoord 44.12.3x",
            }
        )
        index = unknown["first"] + 3
        rows[index][4] = "Turnng pt"
        found.append(
            {
                "kind": "unknown_point_type",
                "row": index + 2,
                "object_id": unknown["object_id"],
                "origin": "injected",
                "detail": "PointType 'Turnng pt'",
            }
        )
        copy = list(rows[duplicate["first"] + 1])
        copy[3] = copy[3] + "b"
        rows.append(copy)
        found.append(
            {
                "kind": "duplicate_point_no",
                "row": len(rows) + 1,
                "object_id": duplicate["object_id"],
                "origin": "injected",
                "detail": f"PointNo 2 of {duplicate['poly_id']} again",
            }
        )
    if polygons:
        owner = polygons[0]["object_id"]
        rows.append([owner, "", "", "LM-404", "Landmark", "", "", "150", "45", "BM-404", "fault: origin missing"])
        found.append(
            {
                "kind": "bearing_without_origin",
                "row": len(rows) + 1,
                "object_id": owner,
                "origin": "injected",
                "detail": "landmark LM-404 from BM-404, which does not exist",
            }
        )
    start = QgsPointXY(44.5, 36.5)
    for point_no, offset in enumerate((0.0, 0.001), start=1):
        x, y = coords.format(QgsPointXY(start.x() + offset, start.y()), "dd", random.Random(0))
        rows.append(
            ["FAULT-TFV-1", "FAULT-TFV-1/1", str(point_no), f"TP-{point_no}", "Turning point", x, y, "", "", "", ""]
        )
        found.append(
            {
                "kind": "too_few_vertices",
                "row": len(rows) + 1,
                "object_id": "FAULT-TFV-1",
                "origin": "injected",
                "detail": "an extra polygon of 2 vertices",
            }
        )
    return found


def _write(rows: List[List[str]], path: Path, encoding: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("PointList")
        sheet.append(HEADER)
        for row in rows:
            sheet.append([_xlsx_value(column, value) for column, value in zip(HEADER, row)])
        workbook.save(str(path))
        return
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)


def _xlsx_value(column: str, value: str):
    """Numbers as numbers (as Excel would store them), everything else as text."""
    if column in ("PointNo", "Distance", "Bearing") and value:
        return float(value) if "." in value else int(value)
    if column in ("Xcoord", "Ycoord") and value:
        try:
            return float(value)
        except ValueError:
            return value
    return value
