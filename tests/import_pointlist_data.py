"""Test data for the point-list loader: a small canonical register built by code.

Hazards are star-shaped polygons of 5 to 9 vertices around points in northern Iraq
(zone 38), every fourth hazard has a second part, every third a benchmark 50 m
south-west of its first vertex. Areas are measured by the writer (ellipsoidal).
"""

import math
from pathlib import Path

from qgis.core import QgsDistanceArea, QgsGeometry, QgsPointXY

from mineaction_qgis.core.common import model
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord
from mineaction_qgis.core.imsma.writer import RegisterWriter

HEADER = "ProjName,PolyID,PointNo,PointID,PointType,Xcoord,Ycoord,Distance,Bearing,FrPointID,PointDesc"


def _ring(da: QgsDistanceArea, centre: QgsPointXY, vertices: int, radius: float):
    ring = []
    for index in range(vertices):
        reach = radius * (0.6 + 0.4 * ((index * 7) % 5) / 4)
        ring.append(da.computeSpheroidProject(centre, reach, 2 * math.pi * index / vertices))
    return ring + [QgsPointXY(ring[0])]


def make_register(folder: Path, hazards: int = 12) -> Path:
    """A canonical GeoPackage with ``hazards`` hazards (some multipart) and benchmarks."""
    da = QgsDistanceArea()
    da.setEllipsoid(model.ELLIPSOID)
    path = folder / "register.gpkg"
    with RegisterWriter(str(path)) as writer:
        for index in range(hazards):
            hazard_id = f"Land-{index + 1}"
            centre = QgsPointXY(43.2 + 0.05 * (index % 6), 36.2 + 0.05 * (index // 6))
            parts = [[_ring(da, centre, 5 + index % 5, 150.0 + 20 * index)]]
            if index % 4 == 3:
                parts.append([_ring(da, QgsPointXY(centre.x() + 0.01, centre.y()), 6, 80.0)])
            writer.add(
                ObjectRecord(
                    model.HAZARDS, {"hazard_id": hazard_id}, QgsGeometry.fromMultiPolygonXY(parts), "test", str(index)
                )
            )
            if index % 3 == 0:
                benchmark = da.computeSpheroidProject(parts[0][0][0], 50.0, math.radians(225.0))
                writer.add(
                    PointRecord(
                        {
                            "object_id": hazard_id,
                            "point_id": f"BM-{index + 1}",
                            "point_type": "Benchmark",
                            "description": "concrete post",
                        },
                        QgsGeometry.fromPointXY(benchmark),
                        "test",
                        str(index),
                    )
                )
    return path


def write_csv(path: Path, rows, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    """A point list from rows of 11 texts (header included), in ``encoding``."""
    lines = [HEADER.replace(",", delimiter)] + [delimiter.join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
