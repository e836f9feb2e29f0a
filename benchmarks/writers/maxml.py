"""Write a canonical register (GeoPackage) as IMSMA NG maXML, streamed, optionally with faults.

One ``FieldReport`` per hazard and per activity; every polygon part is a
``GeospatialInfo`` (shape Polygon) whose points are the ring's vertices, stored
unclosed as IMSMA NG does; benchmarks and reference points of an object go in a
``GeospatialInfo`` of shape Point. ``repeat`` writes the register several times with
suffixed IDs (``Land-1~r2``), so a benchmark can reach hundreds of megabytes without
holding anything in memory. Element names are the first names of the default
profile's ``maxml`` section, in the namespace ``NAMESPACE`` (the reader strips it).

``faults=True`` injects, in the first repetition, loader-level faults; each is
returned as ``{"kind": reason_code, "ref": source_ref, "object_id": ...}``:

- ``too_few_vertices``: a hazard polygon written with only 2 vertices;
- ``bad_coordinate``: a latitude that is not a number;
- ``unknown_point_type``: a point type no code list knows;
- ``duplicate_point_no``: a point number used twice in a polygon (extra point);
- ``bearing_without_origin``: a point with bearing and distance from an unknown point;
- ``superseded_form``: an older form for an existing hazard (its points are rejected too);
- ``unparsed_element``: an ``MREActivity`` form (its point is rejected too);
- ``missing_id``: a hazard form without local ID or GUID.

Those faults go to hazards that carry no register error (``register_errors.hazards_with_errors``),
so every deliberate error of the register can still be found in a maXML import. The register's
own faults the loader rejects are listed too, with ``"origin": "register"`` (injected ones carry
``"origin": "injected"``): a hazard polygon of fewer than 3 vertices (``too_few_vertices``) and a
hazard without local ID (``missing_id``; its GUID does not stand in). A form rejected as
``missing_id``, ``superseded_form`` or ``unparsed_element`` takes its points with it: each is
rejected with the form's reason (the list names the form only); a ``too_few_vertices`` form keeps
its points, which load as points.
"""

import random
import uuid
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, TextIO, Tuple
from xml.sax.saxutils import escape

from osgeo import ogr

from benchmarks.writers.maxml_beyond import items_by_activity, ordnance_xml, write_beyond
from benchmarks.writers.register_errors import hazards_with_errors

NAMESPACE = "http://www.gichd.org/imsma/maXML"
_STATUS_BASE = {"Open": "Active", "Closed": "Expired", "Worked On": "Worked On", "Handed Over": "Handed Over"}
_RELEASE_TERM = {"cancelled": "Cancelled Area", "reduced": "Reduced Area", "cleared": "Cleared Area", "none": "None"}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _el(name: str, value: Any) -> str:
    text = _text(value)
    return f"<{name}>{escape(text)}</{name}>" if text else ""


def _iso(value: Any) -> Any:
    """An OGR date (``2021/03/01``) as ISO text."""
    return str(value).replace("/", "-") if value else value


def _get(feature: ogr.Feature, name: str) -> Any:
    """A field value, None when the register layer has no such field."""
    index = feature.GetFieldIndex(name)
    return feature.GetField(index) if index >= 0 else None


def _rings(geometry: Optional[ogr.Geometry]) -> List[List[Tuple[float, float]]]:
    """Exterior rings of a (multi)polygon as unclosed vertex lists."""
    if geometry is None:
        return []
    polygons = (
        [geometry.GetGeometryRef(i) for i in range(geometry.GetGeometryCount())]
        if geometry.GetGeometryName() == "MULTIPOLYGON"
        else [geometry]
    )
    rings = []
    for polygon in polygons:
        ring = polygon.GetGeometryRef(0)
        points = [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount())]
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        rings.append(points)
    return rings


def _single_points(dataset: ogr.DataSource) -> Dict[str, List[Dict[str, Any]]]:
    """Benchmarks, reference points and landmarks of the register by object_id."""
    found: Dict[str, List[Dict[str, Any]]] = {}
    layer = dataset.GetLayerByName("points")
    if layer is None:
        return found
    layer.SetAttributeFilter("point_type IN ('Benchmark', 'Reference point', 'Landmark')")
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None:
            continue
        found.setdefault(_get(feature, "object_id") or "", []).append(
            {
                "point_id": _get(feature, "point_id"),
                "point_type": _get(feature, "point_type"),
                "x": geometry.GetX(),
                "y": geometry.GetY(),
            }
        )
    return found


class _Writer:
    """Streams forms to an open file and keeps the counts and the fault list."""

    def __init__(self, out: TextIO, rng: random.Random) -> None:
        self.out = out
        self.rng = rng
        self.forms = 0
        self.points = 0
        self.faults: List[Dict[str, Any]] = []

    def form(self, item: str, doi: str, item_xml: str, geos: List[str], org: str = "") -> str:
        self.forms += 1
        ref = f"FieldReport[{self.forms}]"
        guid = uuid.UUID(int=self.rng.getrandbits(128))
        self.out.write(
            f'<FieldReport><FieldReportInfo reportGUID="{guid}" reportID="DEF-{self.forms}" fieldReportGUID="{guid}">'
            f"{_el('ReportingOrg', org)}{_el('ReportingDate', doi)}</FieldReportInfo>"
            f"<{item}>{item_xml}{''.join(geos)}</{item}></FieldReport>\n"
        )
        return ref

    def geospatial(self, shape: str, poly_id: str, points: List[str]) -> str:
        self.points += len(points)
        return (
            f"<GeospatialInfo>"
            f"{_el('geospatialinfo_localid', poly_id)}{_el('shapeenum', shape)}{''.join(points)}</GeospatialInfo>"
        )


def _point(number: int, point_id: str, point_type: str, x: Optional[float], y: Optional[float], **extra: Any) -> str:
    parts = [_el("pointno", number), _el("pointlocal_id", point_id), _el("pointtypeenum", point_type)]
    if x is not None:
        parts += [
            _el("latitude", round(y, 8)),
            _el("longitude", round(x, 8)),
            _el("coordrefsys", "WGS84"),
            _el("coordformat", "DD"),
        ]
    for name, value in extra.items():
        parts.append(_el(name, value))
    return f"<Point>{''.join(parts)}</Point>"


def _vertex_points(ring: List[Tuple[float, float]], prefix: str, fault: Optional[str] = None) -> List[str]:
    points = []
    for number, (x, y) in enumerate(ring, start=1):
        point_type = "Start Point" if number == 1 else "Turning Point"
        points.append(_point(number, f"{prefix}-TP{number}", point_type, x, y))
    if fault == "bad_coordinate":
        x, y = ring[2]
        points[2] = _point(3, f"{prefix}-TP3", "Turning Point", None, None, latitude=f"{y:.5f}x", longitude=round(x, 8))
    elif fault == "unknown_point_type":
        x, y = ring[2]
        points[2] = _point(3, f"{prefix}-TP3", "Corner stone", x, y)
    elif fault == "duplicate_point_no":
        x, y = ring[1]
        points.insert(2, _point(2, f"{prefix}-TP2b", "Turning Point", x, y))
    elif fault == "bearing_without_origin":
        points[2] = _point(
            3, f"{prefix}-TP3", "Turning Point", None, None, bearing=45, distance=120, frompoint=f"{prefix}-NOWHERE"
        )
    return points


def write_maxml(
    register_gpkg: Path,
    out_path: Path,
    seed: int = 1,
    faults: bool = False,
    repeat: int = 1,
    avoid: Optional[Iterable[str]] = None,
) -> dict:
    """Write ``register_gpkg`` as maXML to ``out_path``; counts, faults and size of the file.

    ``avoid``: hazard IDs that must not receive an injected fault (default: those named by the
    register's error list, see ``register_errors``).
    """
    rng = random.Random(seed)
    protected = hazards_with_errors(register_gpkg, avoid)
    dataset = ogr.Open(str(register_gpkg))
    if dataset is None:
        raise FileNotFoundError(register_gpkg)
    singles = _single_points(dataset)
    items = items_by_activity(dataset)
    beyond = {"item_rows": 0, "victims": 0}
    out_path = Path(out_path)
    hazards_written = activities_written = 0
    with open(out_path, "w", encoding="utf-8") as out:
        writer = _Writer(out, rng)
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<MineActionFieldReport xmlns="{NAMESPACE}">\n')
        out.write(
            "<DocumentHeader><DocumentCoordinateReferenceSystem><CoordinateSystem>WGS84</CoordinateSystem><Datum>"
            "WGS84</Datum></DocumentCoordinateReferenceSystem></DocumentHeader>\n"
        )
        for rep in range(1, repeat + 1):
            suffix = "" if rep == 1 else f"~r{rep}"
            inject = faults and rep == 1
            pending = (
                [
                    "bad_coordinate",
                    "unknown_point_type",
                    "duplicate_point_no",
                    "bearing_without_origin",
                    "too_few_vertices",
                    "superseded_form",
                    "missing_id",
                ]
                if inject
                else []
            )
            hazards = dataset.GetLayerByName("hazards")
            hazards.ResetReading()
            for feature in hazards:
                register_id = _get(feature, "hazard_id") or ""
                hazard_id = register_id + suffix
                guid = (_get(feature, "guid") or str(uuid.uuid5(uuid.NAMESPACE_URL, hazard_id))) + suffix
                rings = _rings(feature.GetGeometryRef())
                fault = None
                if pending and register_id and register_id not in protected and rings and len(rings[0]) >= 5:
                    fault = pending.pop(0)
                if fault == "missing_id":
                    hazard_id_xml, guid_xml = "", ""
                else:
                    hazard_id_xml, guid_xml = hazard_id, guid
                item = "".join(
                    (
                        _el("hazard_localid", hazard_id_xml),
                        _el("hazard_guid", guid_xml),
                        _el("hazardname", _get(feature, "name")),
                        _el("hazardtypeenum", _get(feature, "classification")),
                        _el("statusenum", _STATUS_BASE.get(_get(feature, "status"), _get(feature, "status"))),
                        _el("contaminationtypeenum", _get(feature, "hazard_type")),
                        _el("gazetteer_level1_name", _get(feature, "governorate")),
                        _el("gazetteer_level2_name", _get(feature, "district")),
                        _el("gazetteer_level3_name", _get(feature, "sub_district")),
                        _el(
                            "location_localid",
                            (_get(feature, "location_id") or "") + suffix if _get(feature, "location_id") else "",
                        ),
                        _el("organisation", _get(feature, "organisation")),
                        _el("estimatedarea", _get(feature, "estimated_area_m2")),
                        _el("remainingarea", _get(feature, "remaining_area_m2")),
                    )
                )
                geos = []
                for part, ring in enumerate(rings, start=1):
                    ring_fault = (
                        fault
                        if part == 1
                        and fault
                        in ("bad_coordinate", "unknown_point_type", "duplicate_point_no", "bearing_without_origin")
                        else None
                    )
                    if part == 1 and fault == "too_few_vertices":
                        ring = ring[:2]
                    geos.append(
                        writer.geospatial(
                            "Polygon", f"{hazard_id}-P{part}", _vertex_points(ring, f"{hazard_id}-P{part}", ring_fault)
                        )
                    )
                extra = singles.get(_get(feature, "hazard_id") or "", [])
                if extra:
                    points = [
                        _point(n, (p["point_id"] or f"BM{n}") + suffix, p["point_type"], p["x"], p["y"])
                        for n, p in enumerate(extra, start=1)
                    ]
                    geos.append(writer.geospatial("Point", f"{hazard_id}-S", points))
                doi_date = _get(feature, "doi") or "2020-01-01"
                doi = str(doi_date).replace("/", "-")[:10]
                ref = writer.form("Hazard", doi, item, geos, _get(feature, "organisation") or "")
                hazards_written += 1
                if fault in ("bad_coordinate", "unknown_point_type", "bearing_without_origin", "duplicate_point_no"):
                    writer.faults.append(
                        {"kind": fault, "ref": f"{ref}/GeospatialInfo[1]/Point[3]", "object_id": hazard_id}
                    )
                elif fault == "too_few_vertices":
                    writer.faults.append(
                        {"kind": fault, "ref": ref, "object_id": hazard_id, "detail": "polygon cut to 2 turning points"}
                    )
                elif fault == "missing_id":
                    writer.faults.append(
                        {
                            "kind": fault,
                            "ref": ref,
                            "object_id": "",
                            "detail": f"the form of {hazard_id} written without local ID and GUID",
                        }
                    )
                elif fault == "superseded_form":
                    old = writer.form(
                        "Hazard",
                        "2000-01-01",
                        item,
                        [writer.geospatial("Polygon", f"{hazard_id}-P1", _vertex_points(rings[0], f"{hazard_id}-P1"))],
                    )
                    writer.faults.append(
                        {
                            "kind": fault,
                            "ref": old,
                            "object_id": hazard_id,
                            "detail": "an older form (DOI 2000-01-01) of the same hazard",
                        }
                    )
                if inject and not register_id:
                    detail = f"hazard '{_get(feature, 'name') or ''}' has no local ID in the register"
                    writer.faults.append(
                        {"kind": "missing_id", "ref": ref, "object_id": "", "origin": "register", "detail": detail}
                    )
                elif inject and fault is None and any(len(ring) < 3 for ring in rings):
                    writer.faults.append(
                        {
                            "kind": "too_few_vertices",
                            "ref": ref,
                            "object_id": hazard_id,
                            "origin": "register",
                            "detail": f"the register's polygon has {min(len(ring) for ring in rings)} turning points",
                        }
                    )
            activities = dataset.GetLayerByName("activities")
            if activities is not None:
                activities.ResetReading()
                for feature in activities:
                    activity_id = (_get(feature, "activity_id") or "") + suffix
                    guid = (_get(feature, "guid") or str(uuid.uuid5(uuid.NAMESPACE_URL, activity_id))) + suffix
                    hazard_link = _get(feature, "hazard_id")
                    item = "".join(
                        (
                            _el("hazreduc_localid", activity_id),
                            _el("hazreduc_guid", guid),
                            _el("hazard_localid", (hazard_link + suffix) if hazard_link else ""),
                            _el("hazreductypeenum", _get(feature, "activity_type")),
                            _el(
                                "landreleasetypeenum",
                                _RELEASE_TERM.get(_get(feature, "release_type") or "", _get(feature, "release_type")),
                            ),
                            _el("organisation", _get(feature, "organisation")),
                            _el("startdate", _iso(_get(feature, "start_date"))),
                            _el("enddate", _iso(_get(feature, "end_date"))),
                            _el("cancelledarea", _get(feature, "cancelled_area_m2")),
                            _el("reducedarea", _get(feature, "reduced_area_m2")),
                            _el("clearedarea", _get(feature, "cleared_area_m2")),
                            ordnance_xml(items.get(_get(feature, "activity_id") or "", []), suffix, _el),
                        )
                    )
                    beyond["item_rows"] += len(items.get(_get(feature, "activity_id") or "", []))
                    geos = [
                        writer.geospatial(
                            "Polygon", f"{activity_id}-P{part}", _vertex_points(ring, f"{activity_id}-P{part}")
                        )
                        for part, ring in enumerate(_rings(feature.GetGeometryRef()), start=1)
                    ]
                    doi = str(_get(feature, "doi") or _get(feature, "end_date") or "2021-01-01").replace("/", "-")[:10]
                    writer.form("HazardReduction", doi, item, geos, _get(feature, "organisation") or "")
                    activities_written += 1
            for key, value in write_beyond(writer, dataset, suffix, items, _el, _point).items():
                beyond[key] += value
            if inject:
                education = _el("LocalId", "MRE-1") + _el("startdate", "2019-05-05")
                geo = writer.geospatial("Point", "MRE-1-S", [_point(1, "MRE-1-LOC", "Reference Point", 44.0, 36.0)])
                ref = writer.form("MREActivity", "2019-05-06", education, [geo])
                writer.faults.append(
                    {
                        "kind": "unparsed_element",
                        "ref": ref,
                        "object_id": "MRE-1",
                        "detail": "an MREActivity (risk education) form: no layer in the register",
                    }
                )
        out.write("</MineActionFieldReport>\n")
    for fault in writer.faults:
        fault.setdefault("origin", "injected")
    return {
        "path": str(out_path),
        "forms": writer.forms,
        "points": writer.points,
        "hazards": hazards_written,
        "activities": activities_written,
        "faults": writer.faults,
        "bytes": out_path.stat().st_size,
        "item_rows": beyond["item_rows"],  # input records beside forms and points (Ordnance elements)
        "victims": beyond["victims"],  # Victim forms, loaded as counts
    }
