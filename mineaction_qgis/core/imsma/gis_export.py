"""GIS exports of IMSMA through QGIS providers: file geodatabase, GeoPackage, PostGIS, GeoJSON, shapefile.

Understood shapes (layer and field names come from the profile's ``gis`` section):

- IMSMA NG file geodatabase: ``Hazards_polygon``, ``Hazard_Reductions_polygon``,
  ``*_point`` with ``ObjectUID``, ``Subtype``, ``Type``, ``Status``;
- IMSMA staging-area views in a GeoPackage or PostGIS (``HAZARD_POLYGON_VIEW``...),
  where every polygon part is one row and the object's attributes (areas included)
  are repeated on each row;
- IMSMA Core GeoJSON / file geodatabase: ``imsma_id`` like ``hazard_poly_145``,
  ``imsma_links`` a comma list like ``hazard_145,task_7``;
- shapefiles with ``PolyID``, ``PointID``, ``PointType``.

Rows of a polygon layer are grouped by object (the profile's ``key`` field), so a
multipart object becomes one MultiPolygon and its repeated attributes are read once,
never summed. Input records are the rows (features) of the layers the profile maps:
each row is named in exactly one output record's ``source_ref`` (``layer:fid``; an
object lists all its rows, ``Hazards_polygon:2,3``) or is rejected. Layers named in ``ignore_layers`` are
skipped and reported; layers the profile does not map are rejected row by row
(``unparsed_element``). Everything is reprojected to EPSG:4326.
"""

import fnmatch
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDataSourceUri,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QVariant

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.safe_output import input_copy
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.imsma import gis_rows, release_parts
from mineaction_qgis.core.imsma.maxml import parse_date
from mineaction_qgis.core.imsma.profile import Profile, load_profile
from mineaction_qgis.core.imsma.records import (
    ObjectRecord,
    PointRecord,
    ReadOptions,
    Record,
    Rejection,
    degenerate_ring,
)

_VECTOR_SUFFIXES = {".gpkg", ".geojson", ".json", ".shp", ".gdb", ".sqlite"}
_CORE_ID = re.compile(r"^(?P<item>[A-Za-z]+)_(?P<shape>poly|polygon|point|pt|line)_(?P<number>.+)$", re.IGNORECASE)
AREA_TOLERANCE = 0.01  # stored vs computed area: relative difference reported above this
_UNUSABLE = QgsGeometry()  # marker: a geometry that cannot be placed on the globe
_REWRITTEN_SUFFIXES = (".geojson", ".json")  # read from a copy, see _read_copy


def is_postgres_uri(text: str) -> bool:
    """True for a QGIS PostGIS data source URI (``dbname=... table=...``) or a ``PG:``/``postgresql://`` string."""
    lowered = str(text).strip().lower()
    return lowered.startswith(("pg:", "postgres://", "postgresql://")) or bool(
        re.search(r"\b(dbname|service)\s*=", lowered)
    )


def _ogr_layer_names(path: str) -> List[str]:
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path)
        if dataset is None:
            return []
        return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    finally:
        gdal.PopErrorHandler()


def _rules(profile: Profile) -> List[Dict[str, str]]:
    return list(profile.section("gis").get("layers", []))


def _target_of(name: str, rules: Sequence[Dict[str, str]]) -> Optional[str]:
    folded = name.casefold()
    for rule in rules:
        if fnmatch.fnmatchcase(folded, str(rule.get("match", "")).casefold()):
            return rule.get("target")
    return None


def sniff(path: str) -> bool:
    """True for a file geodatabase, a folder of shapefiles, a shapefile, a PostGIS URI, or a
    GeoPackage/GeoJSON with a polygon layer named as in a bundled profile or an ``imsma_id`` field."""
    text = str(path)
    if is_postgres_uri(text):
        return True
    base = Path(text.split("|")[0])
    if base.is_dir():
        return base.suffix.lower() == ".gdb" or any(base.glob("*.shp"))
    suffix = base.suffix.lower()
    if suffix not in _VECTOR_SUFFIXES or not base.exists():
        return False
    if suffix == ".shp":
        return True
    names = _ogr_layer_names(str(base))
    if not names:
        return False
    profiles = [load_profile("imsma_ng"), load_profile("imsma_core")]
    for name in names:
        for profile in profiles:
            if _target_of(name, _rules(profile)) in (model.HAZARDS, model.ACTIVITIES):
                return True
    if suffix in (".geojson", ".json"):
        # Read-only through OGR: a QGIS layer opens the file for update and GDAL may write it back.
        from osgeo import gdal, ogr

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            dataset = ogr.Open(str(base))
            layer = dataset.GetLayer(0) if dataset is not None and dataset.GetLayerCount() else None
            if layer is None:
                return False
            if layer.GetFeatureCount() == 0:
                return True  # an export with no features: it loads empty, like an empty GeoPackage
            definition = layer.GetLayerDefn()
            return "imsma_id" in [
                definition.GetFieldDefn(i).GetName().casefold() for i in range(definition.GetFieldCount())
            ]
        finally:
            gdal.PopErrorHandler()
    return False


def missing_dbf(shapefile: Path) -> bool:
    """True when a shapefile has no ``.dbf`` beside it (any case): its attributes are lost."""
    return not any(shapefile.with_suffix(suffix).exists() for suffix in (".dbf", ".DBF", ".Dbf"))


def _layer_name_by_id(base: str, option: str) -> str:
    """Name of the layer a ``layerid=N`` suffix selects (the number itself when it cannot be read)."""
    number = option.split("=", 1)[1].split("|")[0]
    names = _ogr_layer_names(base)
    try:
        return names[int(number)]
    except (ValueError, IndexError):
        return number


def field_names(path: str) -> List[str]:
    """Field names of every layer the source (file, folder, layer URI or PostGIS URI) holds."""
    if is_postgres_uri(path):
        reader = GisExportReader(path, load_profile(), ReadOptions(), None)
        return [name for _, layer in reader.layers() if layer.isValid() for name in layer.fields().names()]
    from osgeo import gdal, ogr

    base, _, option = str(path).partition("|")
    folder = Path(base)
    sources = (
        sorted(str(shp) for shp in folder.glob("*.shp"))
        if folder.is_dir() and folder.suffix.lower() != ".gdb"
        else [base]
    )
    wanted = None
    if option.startswith("layername="):
        wanted = option.split("=", 1)[1].split("|")[0]
    elif option.startswith("layerid="):
        wanted = _layer_name_by_id(base, option)
    names: List[str] = []
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        for source in sources:
            dataset = ogr.Open(source)
            if dataset is None:
                continue
            for index in range(dataset.GetLayerCount()):
                layer = dataset.GetLayerByIndex(index)
                if wanted is not None and layer.GetName() != wanted:
                    continue
                definition = layer.GetLayerDefn()
                names.extend(definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount()))
    finally:
        gdal.PopErrorHandler()
    return names


def suggested_profile(path: str) -> Optional[str]:
    """``imsma_core`` when the source has IMSMA Core's ``imsma_id``/``imsma_links`` fields, else None
    (the default IMSMA NG profile fits)."""
    core = load_profile("imsma_core").section("gis")
    markers = {str(core.get("id_field", "imsma_id")).casefold(), str(core.get("links_field", "imsma_links")).casefold()}
    return "imsma_core" if markers & {name.casefold() for name in field_names(path)} else None


def read(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback] = None) -> Iterator[Record]:
    """Records of every mapped layer of the source (see the module docstring)."""
    base = Path(str(path).split("|", 1)[0])
    if base.suffix.lower() in _REWRITTEN_SUFFIXES and base.is_file():
        return _read_copy(str(path), profile, options, feedback)
    return GisExportReader(path, profile, options, feedback).records()


def _read_copy(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> Iterator[Record]:
    """Read a copy of a GeoJSON file (``safe_output.input_copy``): an input must never be modified."""
    with input_copy(path) as copy:
        yield from GisExportReader(copy, profile, options, feedback).records()


def _value(value: Any) -> Any:
    """Plain Python value of a feature attribute; None for NULL and empty text."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.date() if value.isValid() else None
    if isinstance(value, str):
        return value.strip() or None
    return value


def join_refs(refs: Sequence[str]) -> str:
    """``layer:fid`` references of an object's rows, compact: ``Hazards_polygon:2,3;Other:7``."""
    by_layer: Dict[str, List[str]] = {}
    for ref in refs:
        layer, _, fid = ref.rpartition(":")
        by_layer.setdefault(layer, []).append(fid)
    return ";".join(f"{layer}:{','.join(fids)}" for layer, fids in by_layer.items())


def split_refs(source_ref: str) -> List[str]:
    """The ``layer:fid`` references in a ``source_ref`` written by ``join_refs``."""
    refs = []
    for group in source_ref.split(";"):
        layer, _, fids = group.rpartition(":")
        refs.extend(f"{layer}:{fid}" for fid in fids.split(","))
    return refs


def _json_safe(value: Any) -> Any:
    if isinstance(value, (QDate, QDateTime)):
        return value.toString("yyyy-MM-dd") if isinstance(value, QDate) else value.toString("yyyy-MM-ddTHH:mm:ss")
    return value


@dataclass
class _Object:
    """Rows of one object, grouped across a layer."""

    target: str
    key: str
    attributes: Dict[str, Any]
    stored_area: Optional[float]
    refs: List[str] = field(default_factory=list)
    parts: List[QgsGeometry] = field(default_factory=list)
    links: List[str] = field(default_factory=list)


class GisExportReader:
    """State of one GIS-export import; ``records()`` yields its records."""

    def __init__(self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback]) -> None:
        self.path = str(path)
        self.profile = profile
        self.options = options
        self.feedback = feedback
        self.cfg = profile.section("gis")
        # imsma_links prefix (lower case) -> the link field it fills (hazard_id, location_id...)
        self.link_prefixes = {prefix.casefold(): name for prefix, name in self.cfg.get("link_prefixes", {}).items()}
        self.source = self._source_name()
        self.measurer = Measurer(QgsCoordinateReferenceSystem(model.STORAGE_CRS))
        self.target_crs = QgsCoordinateReferenceSystem(model.STORAGE_CRS)
        self.unknown_codes: Counter = Counter()
        self.release_none: Counter = Counter()
        self.unmapped_fields: Dict[str, List[str]] = {}
        self.conflicts: Counter = Counter()
        self.area_mismatch: List[str] = []
        self.row_ids: Dict[str, str] = {}  # link key or GUID (lower case) of a row record -> its local ID
        self._codes: Dict[Tuple[str, Any], Optional[str]] = {}

    def _source_name(self) -> str:
        if is_postgres_uri(self.path):
            uri = QgsDataSourceUri(self.path)
            return f"postgres:{uri.database()}"
        return Path(self.path.split("|")[0]).name

    # --- sources -------------------------------------------------------------------------

    def layers(self) -> List[Tuple[str, QgsVectorLayer]]:
        """(name, layer) of every layer in the source, in the order the source lists them."""
        if is_postgres_uri(self.path):
            return self._postgres_layers()
        base, _, option = self.path.partition("|")
        folder = Path(base)
        if folder.is_dir() and folder.suffix.lower() != ".gdb":
            return [(shp.stem, QgsVectorLayer(str(shp), shp.stem, "ogr")) for shp in sorted(folder.glob("*.shp"))]
        if option.startswith(("layername=", "layerid=")):
            name = (
                option.split("=", 1)[1].split("|")[0]
                if option.startswith("layername=")
                else _layer_name_by_id(base, option)
            )
            return [(name, QgsVectorLayer(self.path, name, "ogr"))]
        if folder.suffix.lower() == ".shp":
            return [(folder.stem, QgsVectorLayer(str(folder), folder.stem, "ogr"))]
        names = _ogr_layer_names(base)
        if folder.suffix.lower() in (".geojson", ".json") and len(names) == 1:
            return [(folder.stem, QgsVectorLayer(base, folder.stem, "ogr"))]
        return [(name, QgsVectorLayer(f"{base}|layername={name}", name, "ogr")) for name in names]

    def _postgres_layers(self) -> List[Tuple[str, QgsVectorLayer]]:
        uri = QgsDataSourceUri(self.path)
        if uri.table():
            return [(uri.table(), QgsVectorLayer(uri.uri(False), uri.table(), "postgres"))]
        from qgis.core import QgsProviderRegistry

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        connection = metadata.createConnection(uri.uri(False), {})
        found = []
        for table in connection.tables(uri.schema() or "public"):
            layer_uri = QgsDataSourceUri(uri)
            layer_uri.setDataSource(
                table.schema(),
                table.tableName(),
                table.geometryColumn() or "",
                "",
                table.primaryKeyColumns()[0] if table.primaryKeyColumns() else "",
            )
            found.append((table.tableName(), QgsVectorLayer(layer_uri.uri(False), table.tableName(), "postgres")))
        return found

    # --- reading -------------------------------------------------------------------------

    def _code(self, code_list: str, value: Any) -> Optional[str]:
        key = (code_list, value)
        if key not in self._codes:
            self._codes[key] = self.profile.code(code_list, value)
        return self._codes[key]

    def _ignored(self, name: str) -> bool:
        return any(
            fnmatch.fnmatchcase(name.casefold(), str(pattern).casefold())
            for pattern in self.cfg.get("ignore_layers", [])
        )

    def _field_map(self, layer: QgsVectorLayer, target: str) -> Dict[str, int]:
        """Canonical name -> field index in ``layer`` from the profile's candidate names."""
        by_name = {name.casefold(): index for index, name in enumerate(layer.fields().names())}
        mapping: Dict[str, int] = {}
        for canonical, candidates in self.cfg.get("fields", {}).get(target, {}).items():
            for candidate in candidates:
                if candidate.casefold() in by_name:
                    mapping[canonical] = by_name[candidate.casefold()]
                    break
        return mapping

    def _core_target(self, feature: QgsFeature, layer: QgsVectorLayer) -> Optional[str]:
        id_field = self.cfg.get("id_field")
        if not id_field:
            return None
        index = layer.fields().lookupField(id_field)
        if index < 0:
            return None
        match = _CORE_ID.match(str(_value(feature.attribute(index)) or ""))
        if not match:
            return None
        prefix = f"{match.group('item')}_{match.group('shape')}".casefold()
        targets = {key.casefold(): value for key, value in self.cfg.get("id_targets", {}).items()}
        return targets.get(prefix)

    def records(self) -> Iterator[Record]:
        """All records: rejected rows as they come, then points and grouped objects."""
        objects: Dict[Tuple[str, str], _Object] = {}
        points: List[Tuple[Dict[str, Any], QgsGeometry, str, List[str]]] = []
        rows: List[Tuple[ObjectRecord, List[str]]] = []  # accidents, locations, tasks...: linked at the end
        sources = self.layers()
        if not sources:
            raise ValueError(
                QCoreApplication.translate("GisExportReader", "No layer could be opened in '{source}'.").format(
                    source=self.path
                )
            )
        ignored = [name for name, _ in sources if self._ignored(name)]
        if ignored:
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader", "Layers skipped as listed in the profile's ignore_layers: {layers}."
                ).format(layers=", ".join(ignored)),
                warning=False,
            )
        total = (
            sum(max(layer.featureCount(), 0) for name, layer in sources if not self._ignored(name) and layer.isValid())
            or 1
        )
        done = 0
        for name, layer in sources:
            if self._ignored(name):
                continue
            shapefile = Path(layer.source().split("|")[0])
            if shapefile.suffix.lower() == ".shp" and missing_dbf(shapefile):
                raise ValueError(
                    QCoreApplication.translate(
                        "GisExportReader",
                        "Shapefile '{file}' has no .dbf file beside it, so its attributes (IDs, types, status) are "
                        "missing. Copy the .dbf (and the .shx and .prj) of the export into the same folder.",
                    ).format(file=shapefile.name)
                )
            if not layer.isValid():
                raise ValueError(
                    QCoreApplication.translate(
                        "GisExportReader", "Layer '{layer}' of '{source}' cannot be opened."
                    ).format(layer=name, source=self.path)
                )
            layer_target = _target_of(name, self.cfg.get("layers", []))
            transform = self._transform(layer)
            maps: Dict[str, Dict[str, int]] = {}
            for feature in layer.getFeatures():
                done += 1
                if self.feedback is not None:
                    if self.feedback.isCanceled():
                        return
                    if done % 500 == 0:
                        self.feedback.setProgress(100.0 * done / total)
                ref = f"{name}:{feature.id()}"
                target = layer_target or self._core_target(feature, layer)
                if target not in (model.HAZARDS, model.ACTIVITIES, model.POINTS) + gis_rows.ROW_TARGETS:
                    message = QCoreApplication.translate(
                        "GisExportReader",
                        "{ref}: layer '{layer}' is not mapped to hazards, activities or points in the profile's gis "
                        "section.",
                    ).format(ref=ref, layer=name)
                    yield Rejection(
                        self.source, ref, "", "unparsed_element", message, gis_rows.safe_raw(self, name, feature)
                    )
                    continue
                if target not in maps:
                    maps[target] = self._field_map(layer, target)
                    self._note_unmapped(name, layer, maps)
                if target in gis_rows.ROW_TARGETS:
                    record = gis_rows.row_record(self, feature, maps[target], target, transform, ref)
                    if isinstance(record, ObjectRecord):
                        rows.append((record, self._links(feature)))
                        self._row_aliases(record, feature)
                    else:
                        yield record
                    continue
                if target == model.POINTS:
                    result = self._point(feature, maps[target], transform, ref)
                    if isinstance(result, Rejection):
                        yield result
                    else:
                        points.append(result)
                    continue
                rejection = self._add_row(objects, feature, maps[target], target, transform, ref)
                if rejection is not None:
                    yield rejection
        yield from self._emit(objects, points, rows)
        self._report()

    def _transform(self, layer: QgsVectorLayer) -> Optional[QgsCoordinateTransform]:
        crs = layer.crs()
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(self.options.source_crs or model.STORAGE_CRS)
            extent = layer.extent()
            if (
                crs.isGeographic()
                and not extent.isEmpty()
                and (
                    abs(extent.xMaximum()) > 180
                    or abs(extent.yMaximum()) > 90
                    or abs(extent.xMinimum()) > 180
                    or abs(extent.yMinimum()) > 90
                )
            ):
                raise ValueError(
                    QCoreApplication.translate(
                        "GisExportReader",
                        "Layer '{layer}' has no coordinate reference system (its .prj file is missing) and its "
                        "coordinates, e.g. {x:.0f}, {y:.0f}, cannot be degrees. Give the CRS it was exported in as "
                        "the source CRS (SOURCE_CRS), e.g. EPSG:32638 (WGS 84 / UTM 38N, most of Iraq), EPSG:32637 or "
                        "EPSG:32639, or Karbala 1979 / UTM EPSG:3391-3393.",
                    ).format(layer=layer.name(), x=extent.xMinimum(), y=extent.yMinimum())
                )
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader",
                    "Layer '{layer}' has no coordinate reference system; the import's source CRS {crs} is assumed.",
                ).format(layer=layer.name(), crs=crs.authid()),
            )
        if crs == self.target_crs:
            return None
        return QgsCoordinateTransform(crs, self.target_crs, QgsProject.instance().transformContext())

    def _note_unmapped(self, name: str, layer: QgsVectorLayer, maps: Dict[str, Dict[str, int]]) -> None:
        used = {index for mapping in maps.values() for index in mapping.values()} | {
            layer.fields().lookupField(self.cfg.get("links_field", "")),
            layer.fields().lookupField(self.cfg.get("id_field", "")),
        }
        unmapped = [
            field.name()
            for index, field in enumerate(layer.fields())
            if index not in used and field.name().casefold() not in ("fid", "objectid", "shape_length", "shape_area")
        ]
        self.unmapped_fields[name] = unmapped

    def _raw(self, feature: QgsFeature) -> Dict[str, Any]:
        raw = {
            name: _json_safe(_value(feature.attribute(index))) for index, name in enumerate(feature.fields().names())
        }
        geometry = feature.geometry()
        if geometry is not None and not geometry.isNull():
            raw["geometry_wkt"] = geometry.asWkt(8)
        return raw

    def _geometry(self, feature: QgsFeature, transform: Optional[QgsCoordinateTransform]) -> Optional[QgsGeometry]:
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None
        geometry = QgsGeometry(geometry)
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        if QgsWkbTypes.hasZ(geometry.wkbType()) or QgsWkbTypes.hasM(geometry.wkbType()):
            abstract = geometry.constGet().clone()
            abstract.dropZValue()
            abstract.dropMValue()
            geometry = QgsGeometry(abstract)
        if transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException:
                return _UNUSABLE
        box = geometry.boundingBox()
        if not all(math.isfinite(v) for v in (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())) or not (
            -180 <= box.xMinimum() and box.xMaximum() <= 180 and -90 <= box.yMinimum() and box.yMaximum() <= 90
        ):
            return _UNUSABLE
        return geometry

    def _bad_coordinate(self, feature: QgsFeature, ref: str, object_id: str) -> Rejection:
        message = QCoreApplication.translate(
            "GisExportReader",
            "{ref}: the geometry has coordinates outside longitude -180..180 / latitude -90..90 (or infinite) after "
            "reprojection to WGS 84; check the layer's CRS.",
        ).format(ref=ref)
        return Rejection(self.source, ref, object_id, "bad_coordinate", message, self._raw(feature))

    def _mapped(self, feature: QgsFeature, mapping: Dict[str, int], target: str) -> Dict[str, Any]:
        """Canonical values of a row: typed, with code lists applied (unknown codes kept and counted)."""
        layer_def = model.LAYERS[target]
        types = {definition.name: definition.type for definition in layer_def.fields}
        values: Dict[str, Any] = {}
        for canonical, index in mapping.items():
            value = _value(feature.attribute(index))
            kind = types.get(canonical)
            if kind == QVariant.Type.Double or canonical == "stored_area_m2":
                value = as_number(value)
            elif kind == QVariant.Type.Date:
                value = parse_date(value)
            elif kind == QVariant.Type.Int:
                number = as_number(value)
                value = int(number) if number is not None and number == int(number) else value
            elif value is not None and kind == QVariant.Type.String:
                value = str(value)
            values[canonical] = value
        for canonical, code_list in self.cfg.get("codes", {}).get(target, {}).items():
            raw = values.get(canonical)
            if raw is None or canonical in ("point_type", "release_type"):
                continue  # point types are checked per row, release types per polygon (release_parts)
            code = self._code(code_list, raw)
            if code is None:
                self.unknown_codes[(code_list, str(raw))] += 1
            else:
                values[canonical] = code
        return values

    def _object_key(self, values: Dict[str, Any], feature: QgsFeature, target: str) -> Optional[str]:
        key = values.pop("key", None)
        if key is None:
            return None
        match = _CORE_ID.match(str(key))
        if match:
            return f"{match.group('item')}_{match.group('number')}".casefold()
        return str(key)

    def _row_aliases(self, record: ObjectRecord, feature: QgsFeature) -> None:
        """Remember how links name a row record (``location_3``, its GUID) and its local ID."""
        local = record.attributes.get(model.ID_FIELDS.get(record.layer, ""))
        if not local:
            return
        index = feature.fields().lookupField(self.cfg.get("id_field", "")) if self.cfg.get("id_field") else -1
        match = _CORE_ID.match(str(_value(feature.attribute(index)) or "")) if index >= 0 else None
        key = f"{match.group('item')}_{match.group('number')}" if match else None
        for alias in (key, record.attributes.get("guid")):
            if alias:
                self.row_ids[str(alias).casefold()] = str(local)

    def _resolve_links(self, attributes: Dict[str, Any], layer: str, links: Sequence[str], local_ids: Dict[str, str]):
        """Fill the link fields of a record (hazard_id, location_id...) from its ``imsma_links``, as local IDs.

        A field the record already holds is kept, but an IMSMA Core key in it (``hazard_145``)
        becomes the local ID it stands for.
        """
        prefixes = self.link_prefixes
        fields = model.LAYERS[layer].field_names()
        for name in set(prefixes.values()) & set(fields):
            value = attributes.get(name)
            if value and str(value).casefold() in local_ids:
                attributes[name] = local_ids[str(value).casefold()]
        for link in links:
            name = prefixes.get(link.split("_", 1)[0])
            if name in fields and name != model.ID_FIELDS.get(layer) and not attributes.get(name):
                attributes[name] = local_ids.get(link, link)

    def _links(self, feature: QgsFeature) -> List[str]:
        links_field = self.cfg.get("links_field")
        if not links_field:
            return []
        index = feature.fields().lookupField(links_field)
        if index < 0:
            return []
        text = _value(feature.attribute(index)) or ""
        return [part.strip().casefold() for part in str(text).split(",") if part.strip()]

    def _add_row(
        self,
        objects: Dict[Tuple[str, str], _Object],
        feature: QgsFeature,
        mapping: Dict[str, int],
        target: str,
        transform: Optional[QgsCoordinateTransform],
        ref: str,
    ) -> Optional[Rejection]:
        """Add one polygon row to its object; a Rejection when the row cannot be used."""
        values = self._mapped(feature, mapping, target)
        key = self._object_key(values, feature, target)
        id_field = "hazard_id" if target == model.HAZARDS else "activity_id"
        if key is None:
            key = values.get(id_field) or values.get("guid")
        if not key:
            message = QCoreApplication.translate(
                "GisExportReader",
                "{ref}: the row has no object identifier (none of the profile's key fields is filled).",
            ).format(ref=ref)
            return Rejection(self.source, ref, "", "missing_id", message, self._raw(feature))
        geometry = self._geometry(feature, transform)
        if geometry is _UNUSABLE:
            return self._bad_coordinate(feature, ref, str(values.get(id_field) or key))
        if (
            geometry is not None
            and geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry
            and all(
                degenerate_ring(polygon[0]) if polygon else True
                for polygon in (geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()])
            )
        ):
            message = QCoreApplication.translate(
                "GisExportReader",
                "{ref}: the polygon of {object_id} has fewer than 3 distinct vertices, or they all lie on one line.",
            ).format(ref=ref, object_id=values.get(id_field) or key)
            return Rejection(
                self.source, ref, str(values.get(id_field) or key), "too_few_vertices", message, self._raw(feature)
            )
        if geometry is None or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
            message = QCoreApplication.translate(
                "GisExportReader", "{ref}: the row of {object_id} has no polygon geometry."
            ).format(ref=ref, object_id=values.get(id_field) or key)
            return Rejection(
                self.source, ref, str(values.get(id_field) or key), "invalid_geometry", message, self._raw(feature)
            )
        stored_area = values.pop("stored_area_m2", None)
        slot = str(key)
        if target == model.ACTIVITIES:
            # One release part per release type: IMSMA's Subtype is the row's (polygon's) own type.
            decision = release_parts.decide(
                self._code, values.get("release_type"), None, release_parts.recorded_areas(values)
            )
            values.update(
                release_type=decision.release_type, release_detail=decision.detail, release_basis=decision.basis
            )
            slot = "\x1f".join((str(key), decision.release_type, decision.detail or ""))
        item = objects.get((target, slot))
        if item is None:
            item = _Object(target, str(key), values, stored_area, links=self._links(feature))
            objects[(target, slot)] = item
            if target == model.ACTIVITIES and decision.basis in release_parts.NONE_REASONS:
                self.release_none[(decision.basis, decision.detail)] += 1
        else:
            for name, value in values.items():
                if value is not None and item.attributes.get(name) not in (None, value):
                    self.conflicts[(target, name)] += 1
        item.refs.append(ref)
        item.parts.append(geometry)
        return None

    def _point(
        self, feature: QgsFeature, mapping: Dict[str, int], transform: Optional[QgsCoordinateTransform], ref: str
    ) -> Any:
        values = self._mapped(feature, mapping, model.POINTS)
        raw_type = values.get("point_type")
        if raw_type is not None:
            point_type = self._code("point_type", raw_type)
            if point_type is None:
                message = QCoreApplication.translate(
                    "GisExportReader", "{ref}: point type '{value}' is not in the profile's point_type code list."
                ).format(ref=ref, value=raw_type)
                return Rejection(
                    self.source,
                    ref,
                    str(values.get("object_id") or ""),
                    "unknown_point_type",
                    message,
                    self._raw(feature),
                )
            values["point_type"] = point_type
        geometry = self._geometry(feature, transform)
        if geometry is _UNUSABLE:
            return self._bad_coordinate(feature, ref, str(values.get("object_id") or ""))
        if (
            geometry is not None
            and geometry.isMultipart()
            and geometry.type() == QgsWkbTypes.GeometryType.PointGeometry
        ):
            parts = geometry.asMultiPoint()
            geometry = QgsGeometry.fromPointXY(parts[0]) if len(parts) == 1 else geometry
        if geometry is None or geometry.type() != QgsWkbTypes.GeometryType.PointGeometry or geometry.isMultipart():
            message = QCoreApplication.translate(
                "GisExportReader", "{ref}: the point row has no single point geometry."
            ).format(ref=ref)
            return Rejection(
                self.source, ref, str(values.get("object_id") or ""), "invalid_geometry", message, self._raw(feature)
            )
        return values, geometry, ref, self._links(feature)

    # --- output --------------------------------------------------------------------------

    def _emit(
        self,
        objects: Dict[Tuple[str, str], _Object],
        points: List[Tuple[Dict[str, Any], QgsGeometry, str, List[str]]],
        rows: Sequence[Tuple[ObjectRecord, List[str]]] = (),
    ) -> Iterator[Record]:
        """Objects and row records (with links resolved to local IDs), then points."""
        local_ids: Dict[str, str] = dict(self.row_ids)
        for (target, _slot), item in objects.items():
            id_field = "hazard_id" if target == model.HAZARDS else "activity_id"
            local = item.attributes.get(id_field)
            if not local or _CORE_ID.match(str(local)):
                local = item.key
                item.attributes[id_field] = local
            for alias in (item.key, item.attributes.get("guid")):
                if alias:
                    local_ids[str(alias).casefold()] = str(local)
        for (target, _slot), item in objects.items():
            self._resolve_links(item.attributes, target, item.links, local_ids)
            yield self._object_record(item)
        for record, links in rows:
            self._resolve_links(record.attributes, record.layer, links, local_ids)
            yield record
        for values, geometry, ref, links in points:
            owner = values.get("object_id")
            candidates = [str(owner).casefold()] if owner else []
            candidates += links
            for candidate in candidates:
                if candidate in local_ids:
                    values["object_id"] = local_ids[candidate]
                    break
            attributes = {name: values.get(name) for name in model.POINT_LAYER.field_names() if name in values}
            yield PointRecord(attributes, geometry, self.source, ref)

    def _object_record(self, item: _Object) -> ObjectRecord:
        polygons = []
        for part in item.parts:
            polygons.extend(part.asMultiPolygon() if part.isMultipart() else [part.asPolygon()])
        geometry = QgsGeometry.fromMultiPolygonXY(polygons)
        area = self.measurer.area_m2(geometry)
        if item.stored_area and area and abs(item.stored_area - area) > AREA_TOLERANCE * area:
            self.area_mismatch.append(
                str(item.attributes.get("hazard_id") or item.attributes.get("activity_id") or item.key)
            )
        names = model.LAYERS[item.target].field_names()
        attributes = {name: item.attributes.get(name) for name in names if name in item.attributes}
        attributes["calculated_area_m2"] = area
        return ObjectRecord(item.target, attributes, geometry, self.source, join_refs(item.refs))

    def _report(self) -> None:
        """Tell the user what was not mapped or looked inconsistent."""
        for name, fields in self.unmapped_fields.items():
            if not fields:
                continue
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader", "Layer '{layer}': fields not in the profile, not loaded: {fields}."
                ).format(layer=name, fields=", ".join(fields)),
                warning=False,
            )
        for line in release_parts.none_messages(self.release_none):
            push_message(self.feedback, line)
        for (code_list, value), count in sorted(self.unknown_codes.items()):
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader",
                    "Value '{value}' ({count} time(s)) is not in the code list '{code_list}'; it was kept as it is.",
                ).format(value=value, count=count, code_list=code_list),
            )
        for (target, name), count in sorted(self.conflicts.items()):
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader",
                    "{count} row(s) of multipart {layer} objects disagree on field '{field}'; the first row's value "
                    "was kept.",
                ).format(count=count, layer=target, field=name),
            )
        if self.area_mismatch:
            push_message(
                self.feedback,
                QCoreApplication.translate(
                    "GisExportReader",
                    "The stored area differs by more than 1 % from the area computed on the ellipsoid for: {objects}.",
                ).format(objects=", ".join(self.area_mismatch[:50])),
            )
