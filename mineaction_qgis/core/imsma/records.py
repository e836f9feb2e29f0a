"""What every IMSMA reader yields, whatever the export format.

A reader turns one input file into a stream of these records; the writer
(``writer.py``) puts them into the canonical GeoPackage. Every input record becomes
exactly one ``ObjectRecord``/``PointRecord`` or one ``Rejection``, which is how the
loader keeps its promise that nothing vanishes (input = loaded + rejected).
"""

import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, Optional, Protocol, Sequence, Union

from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY


@dataclass
class ObjectRecord:
    """A record of any canonical object layer (model.LAYERS) with an EPSG:4326 geometry or none."""

    layer: str  # a key of model.LAYERS: hazards, activities, tasks, items, spot_tasks, locations...
    attributes: Dict[str, Any]  # canonical field name -> value (missing fields are NULL)
    geometry: Optional[QgsGeometry]
    source_file: str
    source_ref: str
    inputs: int = 1  # input records this one stands for (aggregated victims count several forms)


@dataclass
class PointRecord:
    """A turning point, benchmark, reference or evidence point (canonical ``points`` fields)."""

    attributes: Dict[str, Any]
    geometry: QgsGeometry  # a point in EPSG:4326
    source_file: str
    source_ref: str


@dataclass
class Rejection:
    """An input record that could not be loaded; ``message`` names the row and the field."""

    source_file: str
    source_ref: str
    object_id: str
    reason_code: str  # one of model.REJECTION_REASONS
    message: str
    raw: Dict[str, Any] = field(default_factory=dict)

    def raw_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False, default=str)


Record = Union[ObjectRecord, PointRecord, Rejection]

# Twice the area (degrees²) under which a ring is a line or a point: about 0.01 m² at Iraq's latitudes.
DEGENERATE_AREA_DEG2 = 1e-12


def degenerate_ring(ring: Sequence[QgsPointXY]) -> bool:
    """True when a closed ring has fewer than 3 distinct vertices or they all lie on one line.

    Every reader rejects such a polygon as ``too_few_vertices``: it encloses no land.
    """
    distinct = {(point.x(), point.y()) for point in ring}
    if len(distinct) < 3:
        return True
    x0, y0 = ring[0].x(), ring[0].y()  # relative to the first vertex: no rounding of large products
    shifted = [(point.x() - x0, point.y() - y0) for point in ring]
    twice_area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(shifted, shifted[1:] + shifted[:1]))
    return abs(twice_area) <= DEGENERATE_AREA_DEG2


@dataclass
class ReadOptions:
    """Options the user chose for one import."""

    source_crs: str = "EPSG:4326"  # CRS of projected coordinates in point lists
    bearing_reference: str = "true"  # "true", "grid" or "magnetic"
    magnetic_declination: float = 0.0  # degrees east, added to magnetic bearings
    encoding: Optional[str] = None  # None: detect (UTF-8 with or without BOM, else Windows-1256)
    include_personal_data: bool = False  # names, birth dates, ID and phone numbers, notes about persons


class Reader(Protocol):
    """A format module's entry point: ``read(path, profile, options, feedback)``."""

    def __call__(
        self, path: str, profile: "Profile", options: ReadOptions, feedback: Optional[QgsFeedback]
    ) -> Iterator[Record]: ...


from mineaction_qgis.core.imsma.profile import Profile  # noqa: E402  (type only; avoids a cycle)
