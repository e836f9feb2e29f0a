"""Writes reader records into the canonical GeoPackage (layers and fields of core/common/model.py).

Objects become MultiPolygons in EPSG:4326 with ``calculated_area_m2`` measured on the
WGS 84 ellipsoid; rejections go to the ``rejected`` table with the raw record as
JSON. Features are buffered and added in large batches (the OGR provider wraps each
``addFeatures`` call in one transaction), which is what makes 100,000 points take
seconds rather than minutes.

Public API (used by every reader's caller, the algorithm and the dialog)::

    with RegisterWriter("register.gpkg", append=False) as writer:
        for record in records:
            writer.add(record)
    counts = writer.counts            # ImportCounts

    counts = write_records(records, "register.gpkg", append=True, feedback=feedback)
"""

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from mineaction_qgis.core.common import dates, model
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, Record, Rejection

DEFAULT_LAYERS = (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED)
BATCH_SIZE = 20000


class WriterError(RuntimeError):
    """The GeoPackage cannot be created or written; the message is translated and names it."""


@dataclass
class ImportCounts:
    """Features written per canonical layer, and rejections per reason code."""

    by_layer: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    # Input records per layer beyond one per feature (a victims row counts several Victim forms).
    inputs: Counter = field(default_factory=Counter)

    def input_records(self) -> int:
        """Input records accounted for: every feature written, rejections included, plus aggregated ones."""
        return sum(self.by_layer.values()) + sum(self.inputs.values())

    @property
    def hazards(self) -> int:
        return self.by_layer[model.HAZARDS]

    @property
    def activities(self) -> int:
        return self.by_layer[model.ACTIVITIES]

    @property
    def tasks(self) -> int:
        return self.by_layer[model.TASKS]

    @property
    def points(self) -> int:
        return self.by_layer[model.POINTS]

    @property
    def rejected(self) -> int:
        return self.by_layer[model.REJECTED]

    def merge(self, other: "ImportCounts") -> None:
        self.by_layer.update(other.by_layer)
        self.reasons.update(other.reasons)
        self.inputs.update(other.inputs)


def layer_uri(gpkg: str, layer: str) -> str:
    """OGR data source URI of one layer of the GeoPackage."""
    return f"{gpkg}|layername={layer}"


def existing_layers(gpkg: str) -> List[str]:
    """Layer names in an existing GeoPackage (empty when the file does not exist)."""
    if not os.path.exists(gpkg):
        return []
    from osgeo import ogr

    source = ogr.Open(gpkg)
    if source is None:
        return []
    return [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]


def _unlimited_text(fields: QgsFields) -> QgsFields:
    """The fields with text of any length (GeoPackage TEXT): messages and raw JSON are long."""
    result = QgsFields()
    for source_field in fields:
        copy = QgsField(source_field)
        if copy.type() == QVariant.Type.String:
            copy.setLength(0)
        result.append(copy)
    return result


def create_layers(gpkg: str, names: Sequence[str] = DEFAULT_LAYERS, append: bool = False) -> None:
    """Create the canonical layers ``names`` in ``gpkg``; with ``append``, keep layers that exist.

    Without ``append`` an existing file is replaced.
    """
    path = Path(gpkg)
    if not append and path.exists():
        try:
            path.unlink()
        except OSError as error:
            raise WriterError(
                QCoreApplication.translate("RegisterWriter", "Cannot replace '{file}': {error}").format(
                    file=gpkg, error=str(error)
                )
            ) from error
    present = set(existing_layers(gpkg))
    context = QgsCoordinateTransformContext()
    for name in names:
        if name in present:
            continue
        definition = model.LAYERS[name]
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        # The R-tree is built once at the end (build_spatial_indexes): much faster than per-row triggers.
        options.layerOptions = ["SPATIAL_INDEX=NO"]
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if path.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        writer = QgsVectorFileWriter.create(
            gpkg, _unlimited_text(definition.qgs_fields()), definition.wkb_type, definition.crs(), context, options
        )
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = writer.errorMessage()
            del writer
            raise WriterError(
                QCoreApplication.translate(
                    "RegisterWriter", "Cannot create layer '{layer}' in '{file}': {error}"
                ).format(layer=name, file=gpkg, error=message)
            )
        del writer


def build_spatial_indexes(gpkg: str, names: Sequence[str]) -> None:
    """Create the GeoPackage R-tree of each layer of ``names`` that has geometry and no index yet."""
    from osgeo import ogr

    source = ogr.Open(gpkg, 1)
    if source is None:
        return
    try:
        for name in names:
            layer = source.GetLayerByName(name)
            if layer is None or layer.GetGeomType() == ogr.wkbNone:
                continue
            column = layer.GetGeometryColumn() or "geom"
            result = source.ExecuteSQL(f"SELECT HasSpatialIndex('{name}', '{column}')")
            has_index = result is not None and bool(result.GetNextFeature().GetField(0))
            if result is not None:
                source.ReleaseResultSet(result)
            if not has_index:
                result = source.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', '{column}')")
                if result is not None:
                    source.ReleaseResultSet(result)
    finally:
        source = None


def _fit_geometry(geometry: Optional[QgsGeometry], wkb_type: QgsWkbTypes.Type) -> Optional[QgsGeometry]:
    """``geometry`` in the shape of a canonical layer: multi-part when the layer is, none on a table."""
    if geometry is None or geometry.isEmpty() or wkb_type == QgsWkbTypes.Type.NoGeometry:
        return None
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isMultiType(wkb_type) and not geometry.isMultipart():
        geometry.convertToMultiType()
    elif not QgsWkbTypes.isMultiType(wkb_type) and geometry.isMultipart():
        geometry.convertToSingleType()
    return geometry


def _date(value):
    """A date value for a Date field: QDate/QDateTime as they are, anything else through core/common/dates.py."""
    if value is None or isinstance(value, (QDate, QDateTime)):
        return value
    return dates.to_qdate(value)


class _LayerBuffer:
    """Pending features of one layer, with the layer's field order and conversions."""

    def __init__(self, gpkg: str, name: str) -> None:
        self.name = name
        self.layer = QgsVectorLayer(layer_uri(gpkg, name), name, "ogr")
        if not self.layer.isValid():
            raise WriterError(
                QCoreApplication.translate("RegisterWriter", "Cannot open layer '{layer}' of '{file}'.").format(
                    layer=name, file=gpkg
                )
            )
        self.fields = self.layer.fields()
        self.names = self.fields.names()
        self.dates = {i for i, f in enumerate(self.fields) if f.type() in (QVariant.Type.Date, QVariant.Type.DateTime)}
        self.pending: List[QgsFeature] = []

    def feature(self, attributes: Dict[str, object], geometry: Optional[QgsGeometry]) -> QgsFeature:
        feature = QgsFeature(self.fields)
        values = [None] * len(self.names)
        for index, name in enumerate(self.names):
            if name in attributes:
                value = attributes[name]
                values[index] = _date(value) if index in self.dates else value
        feature.setAttributes(values)
        if geometry is not None:
            feature.setGeometry(geometry)
        return feature

    def flush(self) -> None:
        if not self.pending:
            return
        ok, _ = self.layer.dataProvider().addFeatures(self.pending)
        if not ok:
            errors = "; ".join(self.layer.dataProvider().errors()[-3:])
            raise WriterError(
                QCoreApplication.translate("RegisterWriter", "Writing to layer '{layer}' failed: {error}").format(
                    layer=self.name, error=errors
                )
            )
        self.pending = []


class RegisterWriter:
    """Adds records to a canonical GeoPackage; ``counts`` tells what was written.

    Layers hazards, activities, points and rejected are created up front (so an
    import always produces a complete register); any other layer of model.LAYERS
    (tasks, items, spot_tasks, locations, accidents, victims) when its first record
    arrives. A personal-data layer (model.PERSONAL_LAYERS) is refused unless
    ``allow_personal_data``.
    """

    def __init__(
        self, gpkg: str, append: bool = False, batch_size: int = BATCH_SIZE, allow_personal_data: bool = False
    ) -> None:
        self.gpkg = str(gpkg)
        self.allow_personal_data = allow_personal_data
        self.batch_size = batch_size
        self.counts = ImportCounts()
        create_layers(self.gpkg, DEFAULT_LAYERS, append)
        self._buffers: Dict[str, _LayerBuffer] = {}
        self._rows: List[tuple] = []  # (layer, columns, rows) given as stored rows, written at close
        self._measurer = Measurer(model.LAYERS[model.HAZARDS].crs())

    def _buffer(self, name: str) -> _LayerBuffer:
        if name not in self._buffers:
            if name not in existing_layers(self.gpkg):
                create_layers(self.gpkg, (name,), append=True)
            self._buffers[name] = _LayerBuffer(self.gpkg, name)
        return self._buffers[name]

    def add(self, record: Record) -> None:
        """Buffer one record; flushes a layer when its batch is full."""
        if isinstance(record, Rejection):
            name = model.REJECTED
            attributes = {
                "source_file": record.source_file,
                "source_ref": record.source_ref,
                "object_id": record.object_id,
                "reason_code": record.reason_code,
                "message": record.message,
                "raw": record.raw_json(),
            }
            geometry = None
            self.counts.reasons[record.reason_code] += 1
        elif isinstance(record, PointRecord):
            name = model.POINTS
            attributes = dict(record.attributes, source_file=record.source_file, source_ref=record.source_ref)
            geometry = record.geometry
        elif isinstance(record, ObjectRecord):
            name = record.layer
            if name in model.PERSONAL_LAYERS and not self.allow_personal_data:
                raise WriterError(
                    QCoreApplication.translate(
                        "RegisterWriter",
                        "Layer '{layer}' holds personal data and is written only when the import includes personal "
                        "data.",
                    ).format(layer=name)
                )
            geometry = _fit_geometry(record.geometry, model.LAYERS[name].wkb_type)
            self.counts.inputs[name] += record.inputs - 1  # aggregated rows stand for several input records
            attributes = dict(record.attributes, source_file=record.source_file, source_ref=record.source_ref)
            if "calculated_area_m2" in model.LAYERS[name].field_names():
                attributes["calculated_area_m2"] = self._measurer.area_m2(geometry) if geometry is not None else None
        else:
            raise TypeError(f"not a record: {record!r}")
        buffer = self._buffer(name)
        buffer.pending.append(buffer.feature(attributes, geometry))
        self.counts.by_layer[name] += 1
        if len(buffer.pending) >= self.batch_size:
            buffer.flush()

    def add_rows(self, name: str, columns: Sequence[str], rows: List[list]) -> None:
        """Add rows exactly as a GeoPackage of this schema stores them (a re-import's unchanged forms,
        core/imsma/form_cache.py); they are written when the writer closes."""
        self._buffer(name)  # creates the layer when it is new
        self._rows.append((name, list(columns), rows))
        self.counts.by_layer[name] += len(rows)
        if name == model.REJECTED and "reason_code" in columns:
            at = list(columns).index("reason_code")
            self.counts.reasons.update(row[at] for row in rows)

    def _write_rows(self) -> None:
        """Insert the rows given to ``add_rows`` (before the spatial indexes exist: no triggers to run)."""
        if not self._rows:
            return
        import sqlite3

        connection = sqlite3.connect(self.gpkg)
        try:
            connection.execute("PRAGMA synchronous = OFF")  # a staging copy: replaced whole, or thrown away
            connection.execute("PRAGMA journal_mode = MEMORY")
            with connection:
                for name, columns, rows in self._rows:
                    listed = ", ".join(f'"{column}"' for column in columns)
                    marks = ", ".join("?" for _ in columns)
                    connection.executemany(f'INSERT INTO "{name}" ({listed}) VALUES ({marks})', rows)
                    # The stored extent no longer covers every row: without one, GDAL computes it.
                    connection.execute(
                        "UPDATE gpkg_contents SET min_x = NULL, min_y = NULL, max_x = NULL, max_y = NULL"
                        " WHERE table_name = ?",
                        (name,),
                    )
        finally:
            connection.close()
        self._rows = []

    def flush(self) -> None:
        for buffer in self._buffers.values():
            buffer.flush()

    def close(self) -> ImportCounts:
        """Write what is pending, release the layers and build their spatial indexes."""
        self.flush()
        names = list(self._buffers)
        self._buffers.clear()
        self._write_rows()
        build_spatial_indexes(self.gpkg, sorted(set(names) | set(DEFAULT_LAYERS)))
        return self.counts

    def __enter__(self) -> "RegisterWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self._buffers.clear()
            self._rows = []


def write_records(
    records: Iterable[Record], gpkg: str, append: bool = False, feedback: Optional[QgsFeedback] = None
) -> ImportCounts:
    """Write all ``records`` to ``gpkg`` (created, or appended to); stops early when cancelled."""
    with RegisterWriter(gpkg, append) as writer:
        for record in records:
            writer.add(record)
            if feedback is not None and feedback.isCanceled():
                break
    return writer.counts
