"""The map book's points for a handheld GPS: GPX written with GDAL's GPX driver.

Every table row becomes a waypoint named by its short ID (``TP6``, ``BM``), with the
hazard ID, the full point ID and the point type in its description; every polygon of a
hazard becomes a closed route named ``<hazard ID> P<n>``. One file for the whole book
or one per hazard. Garmin handhelds and QField both open these files.
"""

from pathlib import Path
from typing import Iterable, List, Optional

from qgis.core import QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.atlas.data import PageRecord


class GpxError(RuntimeError):
    """The GPX file could not be written; the message says why."""


def _ogr():
    """GDAL's Python bindings, as they are: exceptions are not switched on (that is global, and other code
    in the QGIS process, such as the Processing plugin, expects return codes)."""
    try:
        from osgeo import gdal, ogr, osr
    except ImportError as error:
        raise GpxError(
            QCoreApplication.translate(
                "AtlasGpx", "GPX needs GDAL's Python bindings (osgeo), which this QGIS installation lacks: {error}"
            ).format(error=str(error))
        ) from error
    return gdal, ogr, osr


def _check(result, gdal) -> None:
    """Raise RuntimeError with GDAL's message when a call failed (None, or a non-zero OGR error code)."""
    if result is None or (isinstance(result, int) and result != 0):
        raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL error")


def _rings(geometry: Optional[QgsGeometry]) -> List[list]:
    """The exterior ring of each polygon, closed (first point repeated last)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return []
    rings = []
    for polygon in geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]:
        if polygon and len(polygon[0]) >= 3:
            ring = list(polygon[0])
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            rings.append(ring)
    return rings


def write_gpx(records: Iterable[PageRecord], path: Path) -> int:
    """Write the waypoints and routes of ``records`` to ``path``; returns the number of waypoints."""
    gdal, ogr, osr = _ogr()
    records = list(records)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()
        driver = ogr.GetDriverByName("GPX")
        dataset = driver.CreateDataSource(str(path), options=["GPX_USE_EXTENSIONS=NO"])
        _check(dataset, gdal)
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        waypoints = dataset.CreateLayer("waypoints", wgs84, ogr.wkbPoint)
        _check(waypoints, gdal)
        count = 0
        for record in records:
            for row in record.table.rows:
                feature = ogr.Feature(waypoints.GetLayerDefn())
                feature.SetField("name", row.short_id)
                feature.SetField("desc", f"{record.page_id} {row.point_id} ({row.point_type}) #{row.seq}".strip())
                feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({row.lon!r} {row.lat!r})"))
                _check(waypoints.CreateFeature(feature), gdal)
                count += 1
        routes = dataset.CreateLayer("routes", wgs84, ogr.wkbLineString)
        _check(routes, gdal)
        for record in records:
            for number, ring in enumerate(_rings(record.geometry if record.drawable else None), start=1):
                feature = ogr.Feature(routes.GetLayerDefn())
                feature.SetField("name", f"{record.page_id} P{number}")
                feature.SetField("desc", record.title_en or record.title)
                line = ogr.Geometry(ogr.wkbLineString)
                for vertex in ring:
                    line.AddPoint_2D(vertex.x(), vertex.y())
                feature.SetGeometry(line)
                _check(routes.CreateFeature(feature), gdal)
        dataset = None  # closes and flushes the file
    except (RuntimeError, OSError) as error:
        message = QCoreApplication.translate("AtlasGpx", "The GPX file {path} could not be written: {error}")
        raise GpxError(message.format(path=str(path), error=str(error))) from error
    return count


def write_gpx_per_hazard(records: Iterable[PageRecord], folder: Path) -> List[Path]:
    """One GPX per hazard in ``folder``, named like its PDF; returns the files."""
    files = []
    for record in records:
        path = folder / f"{record.file_name}.gpx"
        write_gpx([record], path)
        files.append(path)
    return files
