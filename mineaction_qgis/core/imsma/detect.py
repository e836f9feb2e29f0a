"""Which IMSMA export a file is: each reader module's ``sniff`` is asked in turn.

Order: point list, maXML, GIS export (file geodatabase, GeoPackage staging tables,
GeoJSON, shapefile). A reader module exposes ``sniff(path) -> bool`` and
``read(path, profile, options, feedback) -> Iterator[Record]``; modules that are not
installed yet are skipped.

Public API::

    fmt = detect_format("export.xml")     # -> Format(name, module_name, module) ; raises DetectError
    fmt.read(path, profile, options, feedback)
    available_formats()                   # -> list of Format that can be imported here
    suggest_profile("core.geojson")       # -> "imsma_core" (imsma_id/imsma_links fields) or "imsma_ng"

A path may also be a PostGIS connection URI or a file with a QGIS ``|layername=``/``|layerid=``
suffix (one layer of a GeoPackage or geodatabase); the file part must exist.
"""

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.imsma.profile import DEFAULT_PROFILE

READER_MODULES = (
    ("pointlist", "mineaction_qgis.core.imsma.pointlist"),
    ("maxml", "mineaction_qgis.core.imsma.maxml"),
    ("task_orders", "mineaction_qgis.core.imsma.task_orders"),
    ("gis_export", "mineaction_qgis.core.imsma.gis_export"),
)


def format_label(name: str) -> str:
    """Translated display name of a format key."""
    labels = {
        "pointlist": QCoreApplication.translate("DetectError", "IMSMA point list (CSV/Excel)"),
        "maxml": QCoreApplication.translate("DetectError", "IMSMA NG maXML"),
        "gis_export": QCoreApplication.translate("DetectError", "IMSMA GIS export"),
        "task_orders": QCoreApplication.translate("DetectError", "Task-order export (CSV/Excel/GeoJSON)"),
    }
    return labels.get(name, name)


class DetectError(ValueError):
    """The file is missing, unreadable or of no known format; the message says what was expected."""


@dataclass(frozen=True)
class Format:
    """A detected format: its key (``pointlist``, ``maxml``, ``gis_export``) and reader module."""

    name: str
    module_name: str
    module: ModuleType

    @property
    def label(self) -> str:
        return format_label(self.name)

    def read(self, path, profile, options, feedback=None):
        return self.module.read(path, profile, options, feedback)


def available_formats() -> List[Format]:
    """Reader modules importable in this installation, in detection order."""
    found = []
    for name, module_name in READER_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, "sniff") and hasattr(module, "read"):
            found.append(Format(name, module_name, module))
    return found


def expected_formats_text() -> str:
    """What the loader reads, for error messages."""
    return QCoreApplication.translate(
        "DetectError",
        "an IMSMA point list (.csv, .xlsx or .xls with columns ProjName, PolyID, PointNo, PointID, PointType, Xcoord, "
        "Ycoord, Distance, Bearing, FrPointID, PointDesc), an IMSMA NG maXML file (.xml), or an IMSMA GIS export "
        "(file geodatabase, GeoPackage, GeoJSON or shapefile)",
    )


def detect_format(path: str) -> Format:
    """The format of ``path``; DetectError when missing, unreadable or not recognised."""
    if path and _is_database_uri(str(path)):
        return _sniffed(str(path))
    base = _file_part(str(path)) if path else ""
    if not base or not os.path.exists(base):
        raise DetectError(
            QCoreApplication.translate("DetectError", "File '{file}' does not exist. Expected {expected}.").format(
                file=path, expected=expected_formats_text()
            )
        )
    if not (os.path.isfile(base) or os.path.isdir(base)):
        raise DetectError(
            QCoreApplication.translate(
                "DetectError",
                "'{file}' is not a regular file or folder (a named pipe, socket or device): it cannot be imported.",
            ).format(file=path)
        )
    if not os.access(base, os.R_OK):
        raise DetectError(
            QCoreApplication.translate("DetectError", "File '{file}' cannot be read (permissions).").format(file=path)
        )
    return _sniffed(str(path))


def _file_part(path: str) -> str:
    """The file of ``path`` without a QGIS ``|layername=``/``|layerid=`` suffix (the suffix's layer is
    checked by the reader)."""
    return path.split("|", 1)[0]


def suggest_profile(path: str) -> str:
    """The bundled profile that fits the export at ``path``: ``imsma_core`` for an IMSMA Core export
    (``imsma_id``/``imsma_links`` fields), ``imsma_ng`` otherwise; DetectError like ``detect_format``."""
    fmt = detect_format(path)
    suggest = getattr(fmt.module, "suggested_profile", None)
    suggested = None
    if suggest is not None:
        try:
            suggested = suggest(str(path))
        except Exception:  # an unreadable source is reported by the reader, with its own message
            suggested = None
    return suggested or DEFAULT_PROFILE


def _damage(path: str) -> str:
    """Why a file of a known kind cannot be opened (damaged, cut off), or '' when it opens."""
    base = Path(_file_part(path))
    suffix = base.suffix.lower()
    if not base.is_file():
        return ""
    if suffix in (".xlsx", ".xlsm", ".xls"):
        from mineaction_qgis.core.imsma.tables import TableError, sheet_names

        try:
            sheet_names(str(base))
        except TableError as error:
            return str(error)
        return ""
    if suffix in (".gpkg", ".geojson", ".json", ".sqlite", ".shp"):
        from osgeo import gdal, ogr

        with _Quiet():
            gdal.ErrorReset()
            dataset = ogr.Open(str(base))
            reason = gdal.GetLastErrorMsg().strip().rstrip(".")
        if dataset is None and reason:  # GDAL's own reason: a malformed database, missing GeoPackage tables...
            return QCoreApplication.translate(
                "DetectError",
                "'{file}' cannot be opened as {kind} ({reason}): the file is damaged or cut off (truncated). Copy or "
                "export it again.",
            ).format(file=base.name, kind=suffix.lstrip(".").upper(), reason=reason.replace(str(base), base.name))
        if dataset is None:
            return QCoreApplication.translate(
                "DetectError",
                "'{file}' cannot be opened as {kind}: the file is damaged or cut off (truncated). Copy or export it "
                "again.",
            ).format(file=base.name, kind=suffix.lstrip(".").upper())
    return ""


class _Quiet:
    """GDAL's error messages off while a damaged file is probed."""

    def __enter__(self) -> None:
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")

    def __exit__(self, *args) -> None:
        from osgeo import gdal

        gdal.PopErrorHandler()


def _is_database_uri(text: str) -> bool:
    """A PostGIS connection (staging-area tables), which has no file to check."""
    try:
        from mineaction_qgis.core.imsma.gis_export import is_postgres_uri
    except ImportError:
        return False
    return is_postgres_uri(text)


def _sniffed(path: str) -> Format:
    """The first format whose reader recognises ``path``; DetectError when none does."""
    for fmt in available_formats():
        try:
            if fmt.module.sniff(str(path)):
                return fmt
        except Exception:  # a sniffer must never stop the others from trying
            continue
    damage = _damage(str(path))
    if damage:
        raise DetectError(damage)
    raise DetectError(
        QCoreApplication.translate(
            "DetectError", "'{file}' is not a recognised IMSMA export. Expected {expected}."
        ).format(file=Path(path).name, expected=expected_formats_text())
    )
