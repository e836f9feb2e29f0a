"""Write a canonical register (GeoPackage) as the GIS exports IMSMA produces, with osgeo.ogr.

- ``write_ng_fgdb``: IMSMA NG file geodatabase (``Hazards_polygon``, ``Hazard_Reductions_polygon``,
  ``Hazards_point``; ``ObjectUID``, ``LocalID``, ``Subtype``, ``Type``, ``Status``, plus the
  fields the ``imsma_ng`` profile maps: province/district, organisation, areas, DOI, and the
  activity's ``HazardLocalID``), one row per polygon part.
- ``write_staging_gpkg``: IMSMA staging-area views (``HAZARD_POLYGON_VIEW``,
  ``HAZREDUC_POLYGON_VIEW``, ``HAZARD_POINT_VIEW``) plus the raw ``HAZARD`` table, one row
  per polygon part with the object's areas (``calculatedarea`` = the object's total)
  repeated on every row: the double-counting trap.
- ``write_core_geojson``: IMSMA Core GeoJSON, ``imsma_id`` (``hazard_poly_145``) and
  ``imsma_links`` (``hazard_145``), WGS 84; activities carry only the link to their hazard.
- ``write_shapefiles``: ``hazard_polygons.shp``, ``hazreduc_polygons.shp``, ``hazard_points.shp``
  with ``PolyID``, ``PointID``, ``PointType``, ``PointNo`` (activities: ``Hazard_ID``, the
  hazard's local ID), in WGS 84 / UTM 38N (EPSG:32638). Shapefiles carry no GUID: two hazards
  sharing a local ID become one object on import.

A hazard without a polygon is written as a row with an empty geometry (IMSMA exports such
records; the loader rejects them as ``invalid_geometry`` instead of losing them silently).
Text fields are as wide as their longest value, so the shapefiles stay small.
"""

import json
import shutil
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

from osgeo import ogr, osr

_STATUS_BASE = {"Open": "Active", "Closed": "Expired"}
_RELEASE_TERM = {"cancelled": "Cancelled Area", "reduced": "Reduced Area", "cleared": "Cleared Area", "none": "None"}
CORE_OFFSET = 144  # hazard n of the register is hazard_poly_{n + CORE_OFFSET} in Core


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _features(register_gpkg: Path, layer_name: str) -> Iterator[Tuple[Dict[str, Any], List[ogr.Geometry]]]:
    """(attributes, polygon parts or [point]) of every feature of a register layer."""
    dataset = ogr.Open(str(register_gpkg))
    layer = dataset.GetLayerByName(layer_name)
    if layer is None:
        return
    for feature in layer:
        attributes = {
            layer.GetLayerDefn().GetFieldDefn(i).GetName(): feature.GetField(i) for i in range(feature.GetFieldCount())
        }
        geometry = feature.GetGeometryRef()
        if geometry is None:
            parts: List[ogr.Geometry] = []
        elif geometry.GetGeometryName() == "MULTIPOLYGON":
            parts = [geometry.GetGeometryRef(i).Clone() for i in range(geometry.GetGeometryCount())]
        else:
            parts = [geometry.Clone()]
        yield attributes, parts


def _create(driver: str, path: Path) -> ogr.DataSource:
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    if dataset is None:
        raise OSError(f"cannot create {path} with {driver}")
    return dataset


def _layer(
    dataset: ogr.DataSource,
    name: str,
    geometry_type: int,
    fields: Dict[str, int],
    epsg: int = 4326,
    options: Optional[List[str]] = None,
) -> ogr.Layer:
    layer = dataset.CreateLayer(
        name, _srs(epsg) if geometry_type != ogr.wkbNone else None, geometry_type, options=options or []
    )
    for field_name, field_type in fields.items():
        layer.CreateField(ogr.FieldDefn(field_name, field_type))
    return layer


Row = Tuple[Dict[str, Any], Optional[ogr.Geometry]]


def _write_rows(
    dataset: ogr.DataSource, name: str, geometry_type: int, fields: Dict[str, int], rows: List[Row], epsg: int = 4326
) -> ogr.Layer:
    """A layer whose text and integer fields are as wide as their longest value, then its rows."""
    layer = dataset.CreateLayer(name, _srs(epsg) if geometry_type != ogr.wkbNone else None, geometry_type)
    for field_name, field_type in fields.items():
        definition = ogr.FieldDefn(field_name, field_type)
        if field_type in (_S, _I):
            values = [values[field_name] for values, _ in rows if values.get(field_name) is not None]
            definition.SetWidth(max([len(str(value).encode("utf-8")) for value in values] + [1]))
        layer.CreateField(definition)
    for values, geometry in rows:
        _add(layer, values, geometry)
    return layer


def _part_rows(values: Dict[str, Any], parts: List[ogr.Geometry]) -> List[Row]:
    """One row per polygon part; a record without a polygon still gets one row, with no geometry."""
    return [(values, part) for part in parts] or [(values, None)]


def _add(layer: ogr.Layer, values: Dict[str, Any], geometry: ogr.Geometry = None) -> None:
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        if value is not None:
            feature.SetField(name, value)
    if geometry is not None:
        feature.SetGeometry(geometry)
    layer.CreateFeature(feature)


def _iso(value: Any) -> Any:
    """An OGR date (``2021/03/01``) as ISO text, as IMSMA's database views give it."""
    return str(value).replace("/", "-") if value else value


def _utm_area(part: ogr.Geometry) -> float:
    """Area of a WGS 84 polygon in m² in its UTM zone (what a staging view stores as calculated area)."""
    zone = int((part.Centroid().GetX() + 180) // 6) + 1
    projected = part.Clone()
    projected.Transform(osr.CoordinateTransformation(_srs(4326), _srs(32600 + zone)))
    return projected.GetArea()


def _multi(parts: List[ogr.Geometry]) -> ogr.Geometry:
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in parts:
        multi.AddGeometry(part)
    return multi


_S, _R, _I, _D = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger, ogr.OFTDate
_NO_INDEX = ["SPATIAL_INDEX=NO"]  # staging views are database views: no GeoPackage R-tree, and a smaller file


def write_ng_fgdb(register_gpkg: Path, out_dir: Path) -> Path:
    """IMSMA NG file geodatabase ``imsma_ng.gdb`` in ``out_dir``."""
    path = Path(out_dir) / "imsma_ng.gdb"
    shutil.rmtree(path, ignore_errors=True)
    dataset = _create("OpenFileGDB", path)
    hazard_fields = {
        "ObjectUID": _S,
        "LocalID": _S,
        "Name": _S,
        "Type": _S,
        "Subtype": _S,
        "Status": _S,
        "Province": _S,
        "District": _S,
        "Organisation": _S,
        "EstimatedArea": _R,
        "RemainingArea": _R,
        "CalcArea": _R,
        "DOI": _D,
    }
    rows: List[Row] = []
    guids: Dict[Optional[str], str] = {}  # the register's points without object_id are those of the hazard without ID
    for attributes, parts in _features(register_gpkg, "hazards"):
        guid = attributes.get("guid") or attributes["hazard_id"]
        guids[attributes["hazard_id"] or None] = guid
        values = {
            "ObjectUID": guid,
            "LocalID": attributes["hazard_id"],
            "Name": attributes.get("name"),
            "Type": attributes.get("classification"),
            "Subtype": attributes.get("hazard_type"),
            "Status": _STATUS_BASE.get(attributes.get("status"), attributes.get("status")),
            "Province": attributes.get("governorate"),
            "District": attributes.get("district"),
            "Organisation": attributes.get("organisation"),
            "EstimatedArea": attributes.get("estimated_area_m2"),
            "RemainingArea": attributes.get("remaining_area_m2"),
            "CalcArea": attributes.get("calculated_area_m2")
            or (sum(_utm_area(part) for part in parts) if parts else None),
            "DOI": attributes.get("doi"),
        }
        rows += _part_rows(values, parts)
    _write_rows(dataset, "Hazards_polygon", ogr.wkbPolygon, hazard_fields, rows)
    activity_fields = {
        "ObjectUID": _S,
        "LocalID": _S,
        "HazardLocalID": _S,
        "Type": _S,
        "Subtype": _S,
        "Status": _S,
        "Organisation": _S,
        "StartDate": _D,
        "EndDate": _D,
        "cancelled_area": _R,
        "reduced_area": _R,
        "cleared_area": _R,
        "DOI": _D,
    }
    rows = []
    for attributes, parts in _features(register_gpkg, "activities"):
        values = {
            "ObjectUID": attributes.get("guid") or attributes["activity_id"],
            "LocalID": attributes["activity_id"],
            "HazardLocalID": attributes.get("hazard_id"),
            "Type": attributes.get("activity_type"),
            "Subtype": _RELEASE_TERM.get(attributes.get("release_type") or "", attributes.get("release_type")),
            "Status": "Expired",
            "Organisation": attributes.get("organisation"),
            "StartDate": attributes.get("start_date"),
            "EndDate": attributes.get("end_date"),
            "cancelled_area": attributes.get("cancelled_area_m2"),
            "reduced_area": attributes.get("reduced_area_m2"),
            "cleared_area": attributes.get("cleared_area_m2"),
            "DOI": attributes.get("doi"),
        }
        rows += _part_rows(values, parts)
    _write_rows(dataset, "Hazard_Reductions_polygon", ogr.wkbPolygon, activity_fields, rows)
    rows = []
    for attributes, parts in _features(register_gpkg, "points"):
        owner = attributes.get("object_id") or None
        if owner in guids and parts:
            values = {
                "ObjectUID": guids[owner],
                "PointID": attributes.get("point_id"),
                "PointType": attributes.get("point_type"),
                "PointNo": attributes.get("point_no"),
            }
            rows.append((values, parts[0]))
    _write_rows(
        dataset, "Hazards_point", ogr.wkbPoint, {"ObjectUID": _S, "PointID": _S, "PointType": _S, "PointNo": _I}, rows
    )
    dataset = None
    return path


def write_staging_gpkg(register_gpkg: Path, out_path: Path) -> Path:
    """IMSMA staging-area views in a GeoPackage, areas repeated on every part row (the trap)."""
    path = Path(out_path)
    path.unlink(missing_ok=True)
    dataset = _create("GPKG", path)
    hazard_fields = {
        "hazard_guid": _S, "hazard_localid": _S, "hazardname": _S, "hazardtypeenum": _S, "statusenum": _S,
        "gazetteer_level1_name": _S, "gazetteer_level2_name": _S, "estimatedarea": _R, "remainingarea": _R,
        "calculatedarea": _R, "dateofinformation": _S, "shape_id": _S,
    }  # fmt: skip
    view = _layer(dataset, "HAZARD_POLYGON_VIEW", ogr.wkbPolygon, hazard_fields, options=_NO_INDEX)
    table = _layer(dataset, "HAZARD", ogr.wkbNone, {"hazard_guid": _S, "hazard_localid": _S})
    for attributes, parts in _features(register_gpkg, "hazards"):
        guid = attributes.get("guid") or attributes["hazard_id"]
        _add(table, {"hazard_guid": guid, "hazard_localid": attributes["hazard_id"]})
        total = sum(_utm_area(part) for part in parts) if parts else None
        for number, part in enumerate(parts or [None], start=1):
            values = {
                "hazard_guid": guid,
                "hazard_localid": attributes["hazard_id"],
                "hazardname": attributes.get("name"),
                "hazardtypeenum": attributes.get("classification"),
                "statusenum": _STATUS_BASE.get(attributes.get("status"), attributes.get("status")),
                "gazetteer_level1_name": attributes.get("governorate"),
                "gazetteer_level2_name": attributes.get("district"),
                "estimatedarea": attributes.get("estimated_area_m2"),
                "remainingarea": attributes.get("remaining_area_m2"),
                "calculatedarea": attributes.get("calculated_area_m2") or total,
                "dateofinformation": _iso(attributes.get("doi")),
                "shape_id": f"{attributes['hazard_id']}-P{number}",
            }
            _add(view, values, part)  # part None: the hazard has no polygon, its row has no geometry
    reduc_fields = {
        "hazreduc_guid": _S,
        "hazreduc_localid": _S,
        "hazard_localid": _S,
        "hazreductypeenum": _S,
        "landreleasetypeenum": _S,
        "cancelledarea": _R,
        "reducedarea": _R,
        "clearedarea": _R,
        "calculatedarea": _R,
        "startdate": _S,
        "enddate": _S,
    }
    view = _layer(dataset, "HAZREDUC_POLYGON_VIEW", ogr.wkbPolygon, reduc_fields, options=_NO_INDEX)
    for attributes, parts in _features(register_gpkg, "activities"):
        values = {
            "hazreduc_guid": attributes.get("guid") or attributes["activity_id"],
            "hazreduc_localid": attributes["activity_id"],
            "hazard_localid": attributes.get("hazard_id"),
            "hazreductypeenum": attributes.get("activity_type"),
            "landreleasetypeenum": _RELEASE_TERM.get(
                attributes.get("release_type") or "", attributes.get("release_type")
            ),
            "cancelledarea": attributes.get("cancelled_area_m2"),
            "reducedarea": attributes.get("reduced_area_m2"),
            "clearedarea": attributes.get("cleared_area_m2"),
            "calculatedarea": attributes.get("calculated_area_m2"),
            "startdate": _iso(attributes.get("start_date")),
            "enddate": _iso(attributes.get("end_date")),
        }
        for part in parts:
            _add(view, values, part)
    points = _layer(
        dataset,
        "HAZARD_POINT_VIEW",
        ogr.wkbPoint,
        {"hazard_localid": _S, "pointlocal_id": _S, "pointtypeenum": _S, "pointno": _I},
        options=_NO_INDEX,
    )
    for attributes, parts in _features(register_gpkg, "points"):
        if parts:
            values = {
                "hazard_localid": attributes.get("object_id"),
                "pointlocal_id": attributes.get("point_id"),
                "pointtypeenum": attributes.get("point_type"),
                "pointno": attributes.get("point_no"),
            }
            _add(points, values, parts[0])
    dataset = None
    return path


def write_core_geojson(register_gpkg: Path, out_path: Path) -> Path:
    """IMSMA Core GeoJSON: hazards, activities (linked by ``imsma_links`` only) and points."""
    features = []
    core_ids: Dict[str, int] = {}
    point_owners: Dict[
        Optional[str], int
    ] = {}  # the register's points without object_id are those of the hazard without ID
    for number, (attributes, parts) in enumerate(_features(register_gpkg, "hazards"), start=1 + CORE_OFFSET):
        point_owners[attributes["hazard_id"] or None] = number
        if attributes["hazard_id"]:
            core_ids[attributes["hazard_id"]] = number
        properties = {
            "imsma_id": f"hazard_poly_{number}",
            "local_id": attributes["hazard_id"],
            "name": attributes.get("name"),
            "classification": attributes.get("classification"),
            "status": attributes.get("status"),
            "estimated_area": attributes.get("estimated_area_m2"),
            "imsma_links": "",
        }
        features.append(
            {"type": "Feature", "properties": properties, "geometry": json.loads(_multi(parts).ExportToJson())}
        )
    for number, (attributes, parts) in enumerate(_features(register_gpkg, "activities"), start=1):
        link = (
            core_ids.get(attributes["hazard_id"]) if attributes.get("hazard_id") else None
        )  # an unlinked activity stays unlinked
        properties = {
            "imsma_id": f"activity_poly_{number}",
            "local_id": attributes["activity_id"],
            "activity_type": attributes.get("activity_type"),
            "release_type": attributes.get("release_type"),
            "imsma_links": f"hazard_{link},task_{number}" if link else f"task_{number}",
        }
        features.append(
            {"type": "Feature", "properties": properties, "geometry": json.loads(_multi(parts).ExportToJson())}
        )
    for number, (attributes, parts) in enumerate(_features(register_gpkg, "points"), start=1):
        link = point_owners.get(attributes.get("object_id") or None)
        if not parts or link is None:
            continue
        properties = {
            "imsma_id": f"hazard_point_{number}",
            "point_id": attributes.get("point_id"),
            "point_type": attributes.get("point_type"),
            "imsma_links": f"hazard_{link}",
        }
        features.append({"type": "Feature", "properties": properties, "geometry": json.loads(parts[0].ExportToJson())})
    path = Path(out_path)
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")), encoding="utf-8"
    )
    return path


def write_shapefiles(register_gpkg: Path, out_dir: Path) -> Path:
    """Shapefiles in WGS 84 / UTM 38N in ``out_dir`` (created), one row per polygon part."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    to_utm = osr.CoordinateTransformation(_srs(4326), _srs(32638))

    def projected(parts: List[ogr.Geometry]) -> List[ogr.Geometry]:
        for part in parts:
            part.Transform(to_utm)
        return parts

    hazard_rows: List[Row] = []
    for attributes, parts in _features(register_gpkg, "hazards"):
        values = {
            "PolyID": attributes["hazard_id"],
            "Name": attributes.get("name"),
            "Type": attributes.get("classification"),
            "Subtype": attributes.get("hazard_type"),
            "Status": attributes.get("status"),
            "Province": attributes.get("governorate"),
            "District": attributes.get("district"),
            "DOI": attributes.get("doi"),
        }
        hazard_rows += _part_rows(values, projected(parts))
    activity_rows: List[Row] = []
    for attributes, parts in _features(register_gpkg, "activities"):
        values = {
            "PolyID": attributes["activity_id"],
            "Hazard_ID": attributes.get("hazard_id"),
            "Type": attributes.get("activity_type"),
            "Subtype": _RELEASE_TERM.get(attributes.get("release_type") or "", attributes.get("release_type")),
            "StartDate": attributes.get("start_date"),
            "EndDate": attributes.get("end_date"),
            "DOI": attributes.get("doi"),
        }
        activity_rows += _part_rows(values, projected(parts))
    point_rows: List[Row] = []
    for attributes, parts in _features(register_gpkg, "points"):
        if parts:
            values = {
                "PolyID": attributes.get("object_id"),
                "PointID": attributes.get("point_id"),
                "PointType": attributes.get("point_type"),
                "PointNo": attributes.get("point_no"),
            }
            point_rows.append((values, projected(parts)[0]))
    layers = (
        (
            "hazard_polygons",
            ogr.wkbPolygon,
            {
                "PolyID": _S,
                "Name": _S,
                "Type": _S,
                "Subtype": _S,
                "Status": _S,
                "Province": _S,
                "District": _S,
                "DOI": _D,
            },
            hazard_rows,
        ),
        (
            "hazreduc_polygons",
            ogr.wkbPolygon,
            {"PolyID": _S, "Hazard_ID": _S, "Type": _S, "Subtype": _S, "StartDate": _D, "EndDate": _D, "DOI": _D},
            activity_rows,
        ),
        ("hazard_points", ogr.wkbPoint, {"PolyID": _S, "PointID": _S, "PointType": _S, "PointNo": _I}, point_rows),
    )
    driver = ogr.GetDriverByName("ESRI Shapefile")
    for file_name, geometry_type, fields, rows in layers:
        driver.DeleteDataSource(str(folder / f"{file_name}.shp"))
        dataset = _create("ESRI Shapefile", folder / f"{file_name}.shp")
        _write_rows(dataset, file_name, geometry_type, fields, rows, epsg=32638)
        dataset = None
    return folder


_ID_FIELDS = (
    "ObjectUID",
    "LocalID",
    "PolyID",
    "hazard_guid",
    "hazard_localid",
    "hazreduc_guid",
    "hazreduc_localid",
    "imsma_id",
)


def expected_rejections(export: Path) -> List[Dict[str, Any]]:
    """Rows of a written GIS export that the loader rejects, as the writers' fault lists give them.

    A polygon row with no identifier at all is ``missing_id`` (a shapefile has no GUID to fall
    back on); a row without geometry is ``invalid_geometry``. ``ref`` is ``layer:fid`` as the
    loader names the row.
    """
    dataset = ogr.Open(str(export))
    if dataset is None:
        raise FileNotFoundError(export)
    found: List[Dict[str, Any]] = []
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        if ogr.GT_Flatten(layer.GetGeomType()) in (ogr.wkbNone, ogr.wkbPoint, ogr.wkbMultiPoint):
            continue  # only polygon rows make objects; points without an owner still load as points
        definition = layer.GetLayerDefn()
        id_fields = [name for name in _ID_FIELDS if definition.GetFieldIndex(name) >= 0]
        local_field = next(
            (
                name
                for name in ("LocalID", "PolyID", "hazard_localid", "hazreduc_localid", "local_id")
                if definition.GetFieldIndex(name) >= 0
            ),
            None,
        )
        for feature in layer:
            geometry = feature.GetGeometryRef()
            object_id = (feature.GetField(local_field) if local_field else None) or ""
            if not any(feature.GetField(name) for name in id_fields):
                kind, detail = (
                    "missing_id",
                    "a hazard without local ID in the register (this format has no GUID to identify it)",
                )
            elif geometry is None or geometry.IsEmpty():
                kind, detail = (
                    "invalid_geometry",
                    "a hazard without a polygon in the register, written with an empty geometry",
                )
            elif (
                ogr.GT_Flatten(geometry.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon)
                and geometry.GetArea() <= 5e-13
            ):
                kind, detail = (
                    "too_few_vertices",
                    "a hazard whose polygon has fewer than 3 distinct vertices in the register",
                )
            else:
                continue
            found.append(
                {
                    "kind": kind,
                    "ref": f"{layer.GetName()}:{feature.GetFID()}",
                    "object_id": object_id,
                    "origin": "register",
                    "detail": detail,
                }
            )
    return found
