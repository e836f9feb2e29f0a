"""The records of a synthetic register before it is written: hazards, activities, task orders.

Coordinates are (lon, lat) tuples in EPSG:4326; rings are closed. Areas are filled
in at the end of generation (synthetic_faults.measure_all).
"""

from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional, Tuple

OPERATORS = ("Two Rivers Demining", "Zagros Mine Action Group", "Euphrates Survey and Clearance")  # fictional

Coord = Tuple[float, float]
Ring = List[Coord]


@dataclass
class Activity:
    """One activity (release) record with its polygons."""

    activity_id: str
    guid: str
    hazard_id: Optional[str]
    activity_type: str
    release_type: str
    organisation: str
    start: date
    end: date
    doi: date
    rings: List[Ring]
    recorded_factor: float = 1.0
    area_m2: float = 0.0


@dataclass
class Hazard:
    """One hazard record with everything that hangs off it (parts, releases, points)."""

    index: int
    hazard_id: Optional[str]
    guid: str
    name: str
    classification: Optional[str]
    status: Optional[str]
    hazard_type: str
    governorate: str
    district: str
    organisation: str
    doi: date
    cell: Tuple[int, int]
    centres: List[Coord]
    vertices: List[List[Coord]]  # per part, unclosed, as surveyed (the points layer)
    rings: List[Ring]  # per part, closed (the geometry)
    singles: List[Tuple[str, str, Coord]] = field(default_factory=list)  # (point_type, point_id, coord)
    activities: List[Activity] = field(default_factory=list)
    bearing_survey: bool = False
    vertex_point_type: Optional[str] = None  # forced type for every vertex (evidence drawn as a polygon)
    fault: Optional[str] = None
    estimated_factor: float = 1.0
    intended_m2: Optional[float] = None  # area the surveyor meant, when the geometry is broken
    area_m2: float = 0.0  # computed from the geometry
    remaining_m2: float = 0.0  # computed: hazard minus its releases
    estimated_m2: Optional[float] = None  # as recorded
    remaining_recorded_m2: Optional[float] = None  # as recorded
    location_id: Optional[str] = None  # community (synthetic_beyond.py)
    sub_district: Optional[str] = None


@dataclass
class Task:
    """One task order."""

    task_id: str
    hazard_id: Optional[str]
    name: str
    task_type: str
    organisation: str
    status: str
    start: date
    end: date
    ring: Ring
