"""Writes a generated register as the canonical GeoPackage (core/common/model.py schema, EPSG:4326).

One QgsVectorFileWriter per layer into the same file. GDAL's timestamp in
gpkg_contents is pinned (OGR_CURRENT_DATE) so the same register gives the same file.
"""

import csv
import math
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional

from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsMultiPolygon,
    QgsPointXY,
    QgsPolygon,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtCore import QDate, QVariant

from benchmarks.synthetic_world import GOVERNORATES
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer

PINNED_DATE = "2025-01-01T00:00:00.000Z"
SOURCE_FILE = "synthetic register"
BATCH = 5000


def multipolygon(rings: Iterable[List]) -> QgsGeometry:
    """A MultiPolygon geometry, one single-ring part per closed ring (no validation, no repair)."""
    collection = QgsMultiPolygon()
    for ring in rings:
        xs = [x for x, _ in ring]
        ys = [y for _, y in ring]
        collection.addGeometry(QgsPolygon(QgsLineString(xs, ys)))
    return QgsGeometry(collection)


def qdate(value) -> Optional[QDate]:
    return None if value is None else QDate(value.year, value.month, value.day)


class _LayerWriter:
    """Batched writer of one canonical layer into the GeoPackage."""

    def __init__(self, path: Path, layer: model.LayerDef, first: bool) -> None:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name
        options.fileEncoding = "UTF-8"
        if not first:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        self.fields = layer.qgs_fields()
        self.writer = QgsVectorFileWriter.create(
            str(path),
            self.fields,
            layer.wkb_type,
            QgsCoordinateReferenceSystem(model.STORAGE_CRS),
            QgsCoordinateTransformContext(),
            options,
        )
        if self.writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError(f"cannot write layer {layer.name} to {path}: {self.writer.errorMessage()}")
        self.pending: List[QgsFeature] = []
        self.count = 0

    def add(self, attributes: list, geometry: Optional[QgsGeometry]) -> None:
        feature = QgsFeature(self.fields)
        feature.setAttributes(attributes)
        if geometry is not None:
            feature.setGeometry(geometry)
        self.pending.append(feature)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending and not self.writer.addFeatures(self.pending):
            raise RuntimeError(f"writing features failed: {self.writer.errorMessage()}")
        self.count += len(self.pending)
        self.pending = []

    def close(self) -> int:
        self.flush()
        del self.writer
        return self.count


def write_register(register, path: Path) -> Dict[str, int]:
    """Write every canonical layer of ``register`` (a synthetic.Register) to ``path``; returns feature counts."""
    previous = gdal.GetConfigOption("OGR_CURRENT_DATE")
    gdal.SetConfigOption("OGR_CURRENT_DATE", PINNED_DATE)
    try:
        if path.exists():
            path.unlink()
        counts = {}
        writer = _LayerWriter(path, model.GOVERNORATE_LAYER, first=True)
        for governorate, polygon in zip(GOVERNORATES, register.world.polygons):
            writer.add([governorate.name, governorate.name_ar, governorate.name_ckb, False], polygon)
        counts[model.GOVERNORATES] = writer.close()

        writer = _LayerWriter(path, model.HAZARD_LAYER, first=False)
        for hazard in register.hazards:
            writer.add(_hazard_row(hazard), multipolygon(hazard.rings))
        counts[model.HAZARDS] = writer.close()

        writer = _LayerWriter(path, model.ACTIVITY_LAYER, first=False)
        for activity in [a for h in register.hazards for a in h.activities] + list(register.orphans):
            writer.add(_activity_row(activity), multipolygon(activity.rings))
        counts[model.ACTIVITIES] = writer.close()

        writer = _LayerWriter(path, model.TASK_LAYER, first=False)
        for number, task in enumerate(register.tasks):
            values = {
                "task_id": task.task_id,
                "hazard_id": task.hazard_id,
                "name": task.name,
                "task_type": task.task_type,
                "organisation": task.organisation,
                "status": task.status,
                "start_date": qdate(task.start),
                "end_date": qdate(task.end),
                "source_file": SOURCE_FILE,
                "source_ref": f"tasks:{number}",
            }
            writer.add([values.get(name) for name in model.TASK_LAYER.field_names()], multipolygon([task.ring]))
        counts[model.TASKS] = writer.close()

        counts.update(_write_beyond(path, register.beyond))
        measurer = Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))
        counts[model.POINTS] = write_points_bulk(path, point_rows(register.hazards, measurer))
        return counts
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", previous)


_CSV_TYPES = {
    QVariant.Type.String: "String(255)",
    QVariant.Type.Int: "Integer",
    QVariant.Type.LongLong: "Integer64",
    QVariant.Type.Double: "Real",
}


def write_points_bulk(path: Path, rows: Iterator[tuple]) -> int:
    """Add the points layer through a typed CSV and GDAL (C++), several times faster than feature by feature.

    Field names and types come from model.POINT_LAYER; empty cells become NULL;
    coordinates are written with repr() so they round-trip exactly.
    """
    fields = model.POINT_LAYER.qgs_fields()
    names = [field.name() for field in fields]
    csv_path = path.with_name(path.stem + ".points.csv")
    count = 0
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["x", "y"] + names)
        for row, (x, y) in rows:
            writer.writerow([repr(x), repr(y)] + ["" if value is None else value for value in row])
            count += 1
    csv_path.with_suffix(".csvt").write_text(
        ",".join(["Real", "Real"] + [_CSV_TYPES[f.type()] for f in fields]), encoding="utf-8"
    )
    try:
        source = gdal.OpenEx(
            str(csv_path),
            gdal.OF_VECTOR,
            open_options=[
                "X_POSSIBLE_NAMES=x",
                "Y_POSSIBLE_NAMES=y",
                "KEEP_GEOM_COLUMNS=NO",
                "EMPTY_STRING_AS_NULL=YES",
            ],
        )
        options = gdal.VectorTranslateOptions(
            format="GPKG",
            accessMode="update",
            layerName=model.POINTS,
            dstSRS=model.STORAGE_CRS,
            srcSRS=model.STORAGE_CRS,
            geometryType="POINT",
            layerCreationOptions=["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"],
        )
        result = gdal.VectorTranslate(str(path), source, options=options)
        if result is None:
            raise RuntimeError(f"cannot write the points layer to {path}: {gdal.GetLastErrorMsg()}")
        result = None
        source = None
    finally:
        csv_path.unlink()
        csv_path.with_suffix(".csvt").unlink()
    return count


def _point_geometry(coord) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(*coord))


def _write_beyond(path: Path, beyond) -> Dict[str, int]:
    """The layers of synthetic_beyond.py, each through its canonical field names."""
    rows = {
        model.LOCATIONS: [
            (
                {
                    "location_id": loc.location_id,
                    "guid": loc.guid,
                    "name": loc.name,
                    "governorate": loc.governorate,
                    "district": loc.district,
                    "sub_district": loc.sub_district,
                    "community": loc.community,
                },
                _point_geometry(loc.coord),
            )
            for loc in beyond.locations
        ],
        model.ITEMS: [
            (
                {
                    "item_id": i.item_id,
                    "activity_id": i.activity_id,
                    "hazard_id": i.hazard_id,
                    "category": i.category,
                    "item_type": i.item_type,
                    "quantity": i.quantity,
                    "action": i.action,
                    "item_date": qdate(i.item_date),
                    "organisation": i.organisation,
                    "governorate": i.governorate,
                },
                None,
            )
            for i in beyond.items
        ],
        model.SPOT_TASKS: [
            (
                {
                    "spot_task_id": t.spot_task_id,
                    "guid": t.guid,
                    "hazard_id": t.hazard_id,
                    "task_type": "EOD Spot task",
                    "organisation": t.organisation,
                    "start_date": qdate(t.start),
                    "end_date": qdate(t.end),
                    "governorate": t.governorate,
                    "items_found": sum(i.quantity for i in t.items),
                    "doi": qdate(t.end),
                },
                _point_geometry(t.coord),
            )
            for t in beyond.spot_tasks
        ],
        model.ACCIDENTS: [
            (
                {
                    "accident_id": a.accident_id,
                    "guid": a.guid,
                    "hazard_id": a.hazard_id,
                    "location_id": a.location_id,
                    "accident_date": qdate(a.accident_date),
                    "accident_type": a.accident_type,
                    "governorate": a.governorate,
                    "district": a.district,
                    "organisation": a.organisation,
                    "doi": qdate(a.accident_date),
                },
                _point_geometry(a.coord),
            )
            for a in beyond.accidents
        ],
        model.VICTIMS: [
            (
                {
                    "accident_id": v.accident_id,
                    "governorate": v.governorate,
                    "year": v.year,
                    "sex": v.sex,
                    "age_group": v.age_group,
                    "outcome": v.outcome,
                    "activity": v.activity,
                    "victims": v.victims,
                },
                None,
            )
            for v in beyond.victims
        ],
    }
    counts = {}
    for name, records in rows.items():
        definition = model.LAYERS[name]
        writer = _LayerWriter(path, definition, first=False)
        for number, (values, geometry) in enumerate(records):
            values = dict(values, source_file=SOURCE_FILE, source_ref=f"{name}:{number}")
            writer.add([values.get(field_name) for field_name in definition.field_names()], geometry)
        counts[name] = writer.close()
    return counts


def _hazard_row(hazard) -> list:
    values = {
        "hazard_id": hazard.hazard_id,
        "guid": hazard.guid,
        "name": hazard.name,
        "classification": hazard.classification,
        "status": hazard.status,
        "hazard_type": hazard.hazard_type,
        "governorate": hazard.governorate,
        "district": hazard.district,
        "sub_district": hazard.sub_district,
        "location_id": hazard.location_id,
        "organisation": hazard.organisation,
        "estimated_area_m2": hazard.estimated_m2,
        "remaining_area_m2": hazard.remaining_recorded_m2,
        "calculated_area_m2": hazard.area_m2,
        "doi": qdate(hazard.doi),
        "source_file": SOURCE_FILE,
        "source_ref": f"hazards:{hazard.index}",
    }
    return [values.get(name) for name in model.HAZARD_LAYER.field_names()]


def _activity_row(activity) -> list:
    recorded = {activity.release_type: round(activity.area_m2 * activity.recorded_factor)}
    return [
        activity.activity_id,
        activity.guid,
        activity.hazard_id,
        activity.activity_type,
        activity.release_type,
        activity.organisation,
        qdate(activity.start),
        qdate(activity.end),
        recorded.get(model.RELEASE_CANCELLED),
        recorded.get(model.RELEASE_REDUCED),
        recorded.get(model.RELEASE_CLEARED),
        activity.area_m2,
        qdate(activity.doi),
        None,
        "activity_release_type",
        SOURCE_FILE,
        f"activities:{activity.activity_id}",
    ]


def point_rows(hazards, measurer: Measurer) -> Iterator[tuple]:
    """(attributes, (x, y)) of every benchmark, reference and turning point, hazard by hazard.

    Benchmark first, then the reference point (bearing and distance from the
    benchmark), then the vertices part by part. Hazards surveyed by bearing and
    distance carry, on every vertex, the bearing and distance from the point before.
    """
    da = measurer.distance_area
    number = 0
    for hazard in hazards:
        previous_id, previous = None, None
        for point_type, point_id, (x, y) in hazard.singles:
            here = QgsPointXY(x, y)
            bearing = distance = from_id = None
            if previous is not None:
                bearing, distance, from_id = (
                    _bearing(da, previous, here),
                    measurer.distance_m(previous, here),
                    previous_id,
                )
            yield (
                _point(number, hazard.hazard_id, None, 1, point_id, point_type, bearing, distance, from_id, x, y),
                (x, y),
            )
            number += 1
            previous_id, previous = point_id, here
        counter = 0
        for part_no, vertices in enumerate(hazard.vertices, start=1):
            poly_id = f"{hazard.hazard_id}/{part_no}"
            last = len(vertices) - 1
            for k, (x, y) in enumerate(vertices):
                counter += 1
                point_id = f"TP-{counter}"
                point_type = hazard.vertex_point_type or (
                    "Start Point" if k == 0 else "End Point" if k == last else "Turning point"
                )
                here = QgsPointXY(x, y)
                bearing = distance = from_id = None
                if hazard.bearing_survey and previous is not None:
                    bearing, distance, from_id = (
                        _bearing(da, previous, here),
                        measurer.distance_m(previous, here),
                        previous_id,
                    )
                yield (
                    _point(
                        number, hazard.hazard_id, poly_id, k + 1, point_id, point_type, bearing, distance, from_id, x, y
                    ),
                    (x, y),
                )
                number += 1
                previous_id, previous = point_id, here


def _bearing(da, a: QgsPointXY, b: QgsPointXY) -> float:
    """Bearing from a to b on the ellipsoid, degrees clockwise from true north, 0-360."""
    return round(math.degrees(da.bearing(a, b)) % 360.0, 4)


def _point(number, object_id, poly_id, point_no, point_id, point_type, bearing, distance, from_id, x, y) -> list:
    if bearing is not None:
        distance = round(distance, 3)
        input_crs = "bearing/distance"
        input_text = f"{bearing:.4f} deg {distance:.3f} m from {from_id}"
    else:
        input_crs = model.STORAGE_CRS
        input_text = f"{y:.7f} {x:.7f}"
    return [
        object_id,
        poly_id,
        point_no,
        point_id,
        point_type,
        bearing,
        distance,
        from_id,
        input_crs,
        input_text,
        None,
        SOURCE_FILE,
        f"points:{number}",
    ]
