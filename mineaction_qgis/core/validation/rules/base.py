"""What every validation rule shares: findings, hazard records, settings and the rule base classes.

A rule is a small object with a stable ``code`` (users filter on it), a ``severity``
and a translated ``title()`` and ``help()``. There are three kinds, by what they look at:

- ``RecordRule.check(record, ctx)``: one hazard at a time (geometry, attributes, location);
- ``PairRule.check_pair(pair, ctx)``: two hazards whose polygons share ground, found by
  the engine through a spatial index and prepared geometries (core/validation/engine.py);
- ``LayerRule.check_all(records, ctx)``: the whole register at once (duplicate IDs).

Rules only decide and describe; the engine reads the layer once and measures on the
ellipsoid through ``ctx``. Adding a rule is adding one class to a module of this package
and listing it in ``__init__.py``.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsGeometryEngine,
    QgsRectangle,
)

from mineaction_qgis.core.common.model import CLASSIFICATIONS, STATUSES
from mineaction_qgis.core.common.repair import polygonal
from mineaction_qgis.core.common.values import as_text

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass
class ValidationSettings:
    """Parameters of a validation run; field names default to the canonical schema (core/common/model.py)."""

    id_field: str = "hazard_id"
    status_field: str = "status"
    class_field: str = "classification"
    area_field: str = "estimated_area_m2"
    governorate_field: str = "governorate"
    # Community check (rules/communities.py): empty unless a LOCATIONS layer is given.
    location_field: str = ""
    district_field: str = ""
    sub_district_field: str = ""
    area_tolerance_pct: float = 10.0
    date_pairs: List[Tuple[str, str]] = field(default_factory=list)
    boundary_name_field: str = "name"
    min_overlap_m2: float = 1.0
    max_vertex_spacing_m: float = 5000.0
    multipart_overlap_pct: float = 0.9
    statuses: Tuple[str, ...] = STATUSES
    classifications: Tuple[str, ...] = CLASSIFICATIONS
    rules: Optional[List[str]] = None  # codes to run; None: all

    def attribute_fields(self) -> List[str]:
        """Every attribute the rules read, without empties and repeats, in a stable order."""
        names = [
            self.id_field,
            self.status_field,
            self.class_field,
            self.area_field,
            self.governorate_field,
            self.location_field,
            self.district_field,
            self.sub_district_field,
        ]
        for earlier, later in self.date_pairs:
            names += [earlier, later]
        result: List[str] = []
        for name in names:
            if name and name not in result:
                result.append(name)
        return result


@dataclass
class Finding:
    """One problem: which hazard(s), which rule, what and where."""

    hazard_id: str
    rule: str
    severity: str
    message: str
    geometry: Optional[QgsGeometry]
    value: Optional[float] = None
    field_name: str = ""
    governorate: str = ""
    feature_ids: str = ""


class HazardRecord:
    """One feature of the input as the rules see it: attributes read once, geometry and caches.

    ``geometry`` is the geometry as stored (possibly invalid). ``work_geometry`` is a
    valid polygonal version for measuring and pairwise tests: the geometry itself when
    valid, its ``makeValid()`` polygons otherwise, None when nothing usable is left.
    """

    __slots__ = (
        "fid",
        "hazard_id",
        "values",
        "geometry",
        "has_geometry",
        "valid",
        "work_geometry",
        "bbox",
        "cache",
        "_engine",
    )

    def __init__(self, fid: int, hazard_id: str, values: Dict[str, Any], geometry: QgsGeometry) -> None:
        self.fid = fid
        self.hazard_id = hazard_id
        self.values = values
        self.geometry = geometry
        self.has_geometry = geometry is not None and not geometry.isNull() and not geometry.isEmpty()
        self.valid = True
        self.work_geometry: Optional[QgsGeometry] = None
        self.bbox: Optional[QgsRectangle] = None
        self.cache: Dict[str, Any] = {}
        self._engine: Optional[QgsGeometryEngine] = None

    @property
    def label(self) -> str:
        """How messages name the record: its ID, or its feature id when it has none."""
        return self.hazard_id if self.hazard_id else f"#{self.fid}"

    def value(self, name: str) -> Any:
        return self.values.get(name) if name else None

    def text(self, name: str) -> str:
        """Attribute as stripped text; '' for NULL or missing."""
        return as_text(self.value(name))

    def engine(self) -> QgsGeometryEngine:
        """Prepared GEOS engine of ``work_geometry``, built on first use."""
        if self._engine is None:
            engine = QgsGeometry.createGeometryEngine(self.work_geometry.constGet())
            engine.prepareGeometry()
            self._engine = engine
        return self._engine

    def release_engine(self) -> None:
        self._engine = None


@dataclass
class Pair:
    """Two hazards whose polygons intersect, with their common polygonal part measured once."""

    first: HazardRecord
    second: HazardRecord
    overlap: QgsGeometry
    overlap_m2: float
    first_m2: float
    second_m2: float

    @property
    def label(self) -> str:
        return f"{self.first.label}, {self.second.label}"

    @property
    def ids(self) -> str:
        return ", ".join(i for i in (self.first.hazard_id, self.second.hazard_id))

    @property
    def feature_ids(self) -> str:
        return f"{self.first.fid}, {self.second.fid}"

    def is_duplicate(self, share: float = 0.999) -> bool:
        """True when the common part is (almost) all of both polygons: the same ground twice."""
        if self.first_m2 <= 0 or self.second_m2 <= 0:
            return False
        return self.overlap_m2 >= share * self.first_m2 and self.overlap_m2 >= share * self.second_m2


def polygonal_part(geometry: Optional[QgsGeometry]) -> Optional[QgsGeometry]:
    """The polygons of a geometry (core/repair.polygonal, the plugin's one extractor), else None."""
    polygons = polygonal(geometry)
    return None if polygons.isEmpty() else polygons


class Rule:
    """Base of every rule; subclasses set ``code`` and ``severity`` and translate title and help."""

    code: str = ""
    severity: str = ERROR
    # Settings the rule needs to run at all, e.g. ("area_field",): skipped when empty.
    needs: Sequence[str] = ()

    def title(self) -> str:
        raise NotImplementedError

    def help(self) -> str:
        raise NotImplementedError

    def applies(self, ctx: "Any") -> bool:
        """False when the run lacks what the rule needs (a field parameter left empty, no boundaries)."""
        return all(getattr(ctx.settings, name, None) or getattr(ctx, name, None) for name in self.needs)

    def finding(self, hazard_id: str, message: str, geometry: Optional[QgsGeometry], **kwargs: Any) -> Finding:
        return Finding(hazard_id, self.code, self.severity, message, geometry, **kwargs)


class RecordRule(Rule):
    """Looks at one hazard."""

    def check(self, record: HazardRecord, ctx: Any) -> Iterable[Finding]:
        raise NotImplementedError

    def record_finding(
        self, record: HazardRecord, ctx: Any, message: str, geometry: Optional[QgsGeometry] = None, **kwargs: Any
    ) -> Finding:
        """A finding about ``record``: the hazard itself is the location unless ``geometry`` says better."""
        kwargs.setdefault("governorate", ctx.governorate_of(record))
        kwargs.setdefault("feature_ids", str(record.fid))
        return self.finding(record.hazard_id, message, geometry if geometry is not None else record.geometry, **kwargs)


class PairRule(Rule):
    """Looks at two hazards whose polygons share ground."""

    def check_pair(self, pair: Pair, ctx: Any) -> Iterable[Finding]:
        raise NotImplementedError

    def pair_finding(self, pair: Pair, ctx: Any, message: str, geometry: QgsGeometry, **kwargs: Any) -> Finding:
        kwargs.setdefault("governorate", ctx.governorate_of(pair.first) or ctx.governorate_of(pair.second))
        kwargs.setdefault("feature_ids", pair.feature_ids)
        return self.finding(pair.ids, message, geometry, **kwargs)


class LayerRule(Rule):
    """Looks at the whole register at once."""

    def check_all(self, records: Sequence[HazardRecord], ctx: Any) -> Iterable[Finding]:
        raise NotImplementedError


def is_geographic(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and crs.isGeographic()
