"""Clearance gap analysis: the land each hazard still has to release, as geometry and as accounts.

Remaining land of a hazard = hazard polygon minus the union of the cancelled,
reduced and cleared polygons of its activities. Each square metre is counted once:
releases of a hazard are taken in order of precedence (cleared > reduced >
cancelled, then earliest end date first, then activity ID) and each one is
credited only with the part of the hazard no earlier release already covered.
The credited pieces therefore add up, with the remaining polygon, to the hazard.
In the common case (releases inside the hazard, not overlapping each other) that
takes one union and one difference per hazard, as ``native:difference`` does;
otherwise the releases are subtracted one by one in precedence order. Releases
are read once into memory with a spatial index; there is never a global union.

Geometry is computed in the hazard layer's own CRS and measured on the WGS 84
ellipsoid (core/gaps_area.py). Why not in a projected frame: the polygons' edges
are straight lines in the CRS they were digitised and stored in (EPSG:4326 for
IMSMA data); reprojecting them would bend every edge and create slivers along
shared boundaries, while overlay (intersection, difference) gives the same
topology in any CRS. So the overlay is exact for the data as stored, needs no
transformation at all, and only the measurement goes to the ellipsoid.

Robustness: GEOS can throw a TopologyException or return an empty difference.
Every step of a hazard's accounts is checked (``step_problem``); a failed check
retries on repaired geometry (makeValid per part, then snapped to a fine grid,
then buffer(0)); when every attempt fails the hazard is returned flagged
"failed", whole, never dropped.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsGeometry,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from mineaction_qgis.core.gaps_area import AreaMeter
from mineaction_qgis.core.numbers import format_decimal
from mineaction_qgis.core.values import is_null
from mineaction_qgis.core.model import (
    RELEASE_CANCELLED,
    RELEASE_CLEARED,
    RELEASE_NONE,
    RELEASE_PRECEDENCE,
    RELEASE_REDUCED,
    STATUS_CLOSED,
)

# Statuses meaning "no more work planned": IMSMA's Closed and its base term Expired.
CLOSED_STATUSES = frozenset({STATUS_CLOSED.lower(), "expired"})
# Spellings accepted for the release types (compared lower-case, trimmed).
RELEASE_SPELLINGS = {
    "cancelled": RELEASE_CANCELLED,
    "canceled": RELEASE_CANCELLED,
    "cancellation": RELEASE_CANCELLED,
    "reduced": RELEASE_REDUCED,
    "reduction": RELEASE_REDUCED,
    "cleared": RELEASE_CLEARED,
    "clearance": RELEASE_CLEARED,
    "none": RELEASE_NONE,
    "": RELEASE_NONE,
}
RANK = {kind: index for index, kind in enumerate(RELEASE_PRECEDENCE)}
# Relative slack of the area checks (with at least 0.5 m²): rounding of new vertices
# and of the ellipsoidal measure (core/gaps_area.py), far below any GEOS failure.
SLACK = 2e-5

# Values of the ``computation`` field of the output.
COMPUTED_OK = "ok"
COMPUTED_RETRIED = "retried"
COMPUTED_FAILED = "failed"
COMPUTED_NO_GEOMETRY = "no_geometry"

# Values of the ``finding`` field of the OUTSIDE layer.
OUTSIDE_LINKED = "outside_linked_hazard"
OUTSIDE_ALL = "outside_all_hazards"
OUTSIDE_UNKNOWN_HAZARD = "unknown_hazard"
OUTSIDE_NO_HAZARD = "no_hazard"
OUTSIDE_UNKNOWN_TYPE = "unknown_release_type"
OUTSIDE_NO_GEOMETRY = "no_geometry"



# --- Inputs -----------------------------------------------------------------------------


@dataclass
class Hazard:
    """One hazard feature as read: its ID, geometry and the attributes the accounts need."""

    hazard_id: str
    geometry: QgsGeometry
    status: Optional[str] = None
    governorate: Optional[str] = None
    reported_remaining_m2: Optional[float] = None
    fid: int = -1


@dataclass
class Release:
    """One release (activity) polygon as read."""

    activity_id: str
    geometry: QgsGeometry
    release_type: str
    link: Optional[str] = None
    organisation: Optional[str] = None
    year: Optional[int] = None
    fid: int = -1
    type_text: Optional[str] = None  # the release type as written, for messages
    date: Optional[str] = None  # ISO date of the release (end, else start), for precedence between equals


# --- Outputs ----------------------------------------------------------------------------


@dataclass
class HazardResult:
    """Accounts of one hazard; ``remaining`` is the polygon still to release."""

    hazard: Hazard
    remaining: QgsGeometry
    hazard_area_m2: float = 0.0
    cancelled_m2: float = 0.0
    reduced_m2: float = 0.0
    cleared_m2: float = 0.0
    remaining_m2: Optional[float] = 0.0
    computation: str = COMPUTED_OK
    invalid_input: bool = False
    notes: List[str] = field(default_factory=list)
    tolerance_m2: float = 0.0

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2

    @property
    def remaining_pct(self) -> Optional[float]:
        if self.remaining_m2 is None or self.hazard_area_m2 <= 0:
            return None
        return 100.0 * self.remaining_m2 / self.hazard_area_m2

    @property
    def difference_m2(self) -> Optional[float]:
        """Reported minus computed remaining area (positive: IMSMA records more land left)."""
        if self.hazard.reported_remaining_m2 is None or self.remaining_m2 is None:
            return None
        return self.hazard.reported_remaining_m2 - self.remaining_m2

    @property
    def closed_with_remaining(self) -> bool:
        status = (self.hazard.status or "").strip().lower()
        return status in CLOSED_STATUSES and (self.remaining_m2 or 0.0) > self.tolerance_m2

    @property
    def remaining_mismatch(self) -> bool:
        difference = self.difference_m2
        return difference is not None and abs(difference) > self.tolerance_m2

    @property
    def note(self) -> str:
        return " ".join(self.notes)


@dataclass
class OutsidePart:
    """Part of a release outside its hazard(s), or a whole release that released nothing."""

    release: Release
    hazard_ids: List[str]
    geometry: QgsGeometry
    area_m2: float
    finding: str
    message: str


@dataclass
class SummaryRow:
    """Released (or remaining) area for one governorate, organisation, release type and year."""

    governorate: Optional[str]
    organisation: Optional[str]
    release_type: Optional[str]
    year: Optional[int]
    released_m2: float = 0.0
    remaining_m2: float = 0.0
    activities: set = field(default_factory=set)
    hazards: set = field(default_factory=set)


@dataclass
class Totals:
    hazards: int = 0
    hazard_m2: float = 0.0
    cancelled_m2: float = 0.0
    reduced_m2: float = 0.0
    cleared_m2: float = 0.0
    remaining_m2: float = 0.0
    hazards_with_remaining: int = 0
    closed_with_remaining: int = 0
    mismatches: int = 0
    failed: int = 0
    retried: int = 0
    invalid_inputs: int = 0
    outside_parts: int = 0
    outside_m2: float = 0.0

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2


# --- Helpers ----------------------------------------------------------------------------


def normalise_release_type(value) -> Optional[str]:
    """Canonical release type of a field value, None when it is not one we know."""
    if is_null(value):
        return RELEASE_NONE
    return RELEASE_SPELLINGS.get(str(value).strip().lower())


def iso_date(value) -> Optional[str]:
    """``YYYY-MM-DD`` of a date, date-time or ISO text value; None when there is none."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text[:10] if len(text) >= 4 and text[:4].isdigit() else None


def year_of(value) -> Optional[int]:
    """Year of a date, date-time or ISO-like text value; None when there is none."""
    if value is None:
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.year() if value.isValid() else None
    if hasattr(value, "year") and isinstance(getattr(value, "year"), int):
        return value.year
    text = str(value).strip()
    if len(text) >= 4 and text[:4].isdigit():
        year = int(text[:4])
        return year if 1900 <= year <= 2200 else None
    return None


def text_or_none(value) -> Optional[str]:
    """Field value as trimmed text; None for NULL and empty values."""
    if is_null(value):
        return None
    text = str(value).strip()
    return text or None


def float_or_none(value) -> Optional[float]:
    if is_null(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def flat_2d(geometry: QgsGeometry) -> QgsGeometry:
    """Geometry without Z and M, so that it fits a MultiPolygon output."""
    if geometry is None or geometry.isNull():
        return QgsGeometry()
    wkb = geometry.wkbType()
    if not (QgsWkbTypes.hasZ(wkb) or QgsWkbTypes.hasM(wkb)):
        return geometry
    copy = QgsGeometry(geometry.constGet().clone())
    copy.get().dropZValue()
    copy.get().dropMValue()
    return copy


def polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """Only the polygon parts of ``geometry`` (intersections may add lines or points)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return geometry
    parts = [
        part
        for part in geometry.asGeometryCollection()
        if part.type() == QgsWkbTypes.GeometryType.PolygonGeometry and not part.isEmpty()
    ]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]


def validity_error(geometry: QgsGeometry) -> str:
    """GEOS's reason when ``geometry`` is invalid, "" when it is valid."""
    if geometry.isGeosValid():
        return ""
    errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    return "; ".join(error.what() for error in errors) or "invalid"


def repaired(geometry: QgsGeometry) -> QgsGeometry:
    """Valid polygonal geometry covering what the parts of ``geometry`` cover.

    Each part is made valid on its own and the parts are then unioned, so a
    self-intersecting ring keeps both lobes and overlapping parts of a multipart
    hazard count once (makeValid of the whole would drop their overlap).
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    parts = geometry.asGeometryCollection() if geometry.isMultipart() else [geometry]
    fixed = [polygonal(part.makeValid()) for part in parts]
    fixed = [part for part in fixed if not part.isEmpty()]
    if not fixed:
        return QgsGeometry()
    if len(fixed) == 1:
        return fixed[0]
    return polygonal(QgsGeometry.unaryUnion(fixed))


def grid_size(crs: QgsCoordinateReferenceSystem) -> float:
    """Snapping grid of the retry: about a millimetre in the CRS's units."""
    if crs.isGeographic() or crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceDegrees:
        return 1e-8
    factor = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), QgsUnitTypes.DistanceUnit.DistanceMeters) or 1.0
    return 1e-3 / factor


# A stage prepares the geometries of one attempt; the first is "as given".
Stage = Tuple[str, Callable[[QgsGeometry], QgsGeometry]]


def default_stages(crs: QgsCoordinateReferenceSystem) -> List[Stage]:
    """Attempts in order: as given, repaired, snapped to a ~1 mm grid and repaired, buffer(0)."""
    grid = grid_size(crs)
    return [
        ("as_given", lambda g: g),
        ("repaired", repaired),
        ("snapped", lambda g: repaired(g.snappedToGrid(grid, grid))),
        ("buffer0", lambda g: polygonal(g.buffer(0, 1))),
    ]


class _StageFailed(Exception):
    """One attempt gave a GEOS error or accounts that do not add up."""


@dataclass
class _Accounts:
    pieces: List[float]
    remaining: QgsGeometry
    remaining_m2: float
    hazard_m2: float


def step_problem(before_m2: float, after_m2: float, release_m2: float, after_empty: bool, release_covers_box: bool) -> str:
    """Why one subtraction of a release from the land left cannot be right ("" when it can).

    GEOS failures show up as an empty difference or a TopologyException turned into
    an empty result; both break one of these: the land left cannot grow, a release
    cannot remove more than its own area, and nothing is left only if the release's
    bounding box covers what was left. The slack allows for the rounding of new
    vertices: 0.5 m² or SLACK of the area involved.
    """
    slack = max(0.5, SLACK * max(before_m2, release_m2))
    if after_m2 > before_m2 + slack:
        return "difference larger than its input ({after:.1f} > {before:.1f} m2)".format(after=after_m2, before=before_m2)
    if before_m2 - after_m2 > release_m2 + slack:
        return "difference removed {removed:.1f} m2, more than the release's {release:.1f} m2".format(
            removed=before_m2 - after_m2, release=release_m2
        )
    if after_empty and before_m2 > slack and not release_covers_box:
        return "empty difference although the release does not cover the land left"
    return ""


# --- The computation --------------------------------------------------------------------


class GapAnalysis:
    """Computes remaining land, released accounts, outside parts and the summary.

    Usage: ``add_hazard`` / ``add_release`` for every feature (geometries already
    in one CRS, ``crs``), then iterate ``run()`` for the per-hazard results; after
    that ``outside_parts()``, ``summary_rows()`` and ``totals`` are complete.
    """

    def __init__(
        self,
        crs: QgsCoordinateReferenceSystem,
        transform_context: Optional[QgsCoordinateTransformContext] = None,
        tolerance_m2: float = 100.0,
        min_area_m2: float = 1.0,
        check_validity: bool = True,
        stages: Optional[Sequence[Stage]] = None,
    ) -> None:
        self.area = AreaMeter(crs, transform_context)
        self.tolerance_m2 = tolerance_m2
        self.min_area_m2 = min_area_m2
        self.check_validity = check_validity
        self.stages = list(stages) if stages is not None else default_stages(crs)
        self.hazards: List[Hazard] = []
        self.releases: List[Release] = []
        self.totals = Totals()
        self._summary: Dict[tuple, SummaryRow] = {}
        self._outside: List[OutsidePart] = []
        # Per release: hazards (index) whose accounts it entered, area credited, its invalidity.
        self._covered: List[List[int]] = []
        self._release_invalid: List[str] = []
        self._release_geom: List[QgsGeometry] = []
        self._release_m2: List[float] = []
        self._inside: List[bool] = []  # wholly inside a hazard it was credited to: nothing outside
        self._hazard_geom: List[QgsGeometry] = []

    # -- input --

    def add_hazard(self, hazard: Hazard) -> None:
        self.hazards.append(hazard)

    def add_release(self, release: Release) -> None:
        self.releases.append(release)

    # -- run --

    def run(self, feedback: Optional[QgsFeedback] = None) -> Iterator[HazardResult]:
        """Yield one result per hazard, in input order; then finish outside parts and summary."""
        linked, index, usable = self._prepare_releases()
        by_id: Dict[str, List[int]] = {}
        for position, hazard in enumerate(self.hazards):
            by_id.setdefault(hazard.hazard_id, []).append(position)
        total = max(len(self.hazards), 1)
        for position, hazard in enumerate(self.hazards):
            if feedback is not None:
                if feedback.isCanceled():
                    return
                if position % 200 == 0:
                    feedback.setProgress(90.0 * position / total)
            candidates = list(linked.get(hazard.hazard_id, ()))
            geometry, reason = self._hazard_geometry(hazard)
            self._hazard_geom.append(geometry)
            if not geometry.isEmpty():
                box = geometry.boundingBox()
                engine = None
                for rid in index.intersects(box):
                    if not self._release_geom[rid].boundingBox().intersects(box):
                        continue
                    if engine is None:
                        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                        engine.prepareGeometry()
                    if engine.intersects(self._release_geom[rid].constGet()):
                        candidates.append(rid)
            candidates = sorted(set(c for c in candidates if usable[c]), key=self._order_key)
            result = self._account_hazard(position, hazard, geometry, reason, candidates)
            self._add_to_totals(result)
            yield result
        self._finish_outside(by_id)
        if feedback is not None:
            feedback.setProgress(100.0)

    def _order_key(self, rid: int) -> tuple:
        release = self.releases[rid]
        when = release.date or (f"{release.year:04d}" if release.year else "9999")
        return (RANK[release.release_type], when, release.activity_id, rid)

    def _hazard_geometry(self, hazard: Hazard) -> Tuple[QgsGeometry, str]:
        """Geometry used for the computation (repaired when invalid) and GEOS's reason if it was invalid."""
        geometry = flat_2d(hazard.geometry)
        if geometry.isNull() or geometry.isEmpty():
            return QgsGeometry(), ""
        reason = validity_error(geometry) if self.check_validity else ""
        return (repaired(geometry), reason) if reason else (geometry, "")

    def _prepare_releases(self) -> Tuple[Dict[str, List[int]], QgsSpatialIndex, List[bool]]:
        """Validity, link lookup and a spatial index of the releases linked by overlap."""
        hazard_ids = {hazard.hazard_id for hazard in self.hazards}
        linked: Dict[str, List[int]] = {}
        index = QgsSpatialIndex()
        usable: List[bool] = []
        for rid, release in enumerate(self.releases):
            geometry = flat_2d(release.geometry)
            reason = ""
            if geometry.isNull() or geometry.isEmpty():
                geometry = QgsGeometry()
                self._outside.append(
                    OutsidePart(
                        release, [release.link] if release.link else [], QgsGeometry(), 0.0, OUTSIDE_NO_GEOMETRY,
                        QCoreApplication.translate("GapAnalysis", "Activity {activity_id} has no geometry.").format(activity_id=release.activity_id),
                    )
                )
            elif self.check_validity:
                reason = validity_error(geometry)
                if reason:
                    geometry = repaired(geometry)
            self._release_geom.append(geometry)
            self._release_m2.append(self.area(geometry))
            self._inside.append(False)
            self._release_invalid.append(reason)
            self._covered.append([])
            known_type = release.release_type in RANK
            if release.release_type is None and not geometry.isEmpty():
                self._outside.append(
                    OutsidePart(
                        release, [release.link] if release.link else [], geometry, self.area(geometry),
                        OUTSIDE_UNKNOWN_TYPE,
                        QCoreApplication.translate("GapAnalysis", "Activity {activity_id} has the release type '{release_type}', which is not cancelled, reduced, cleared or none; it is not counted.").format(
                            activity_id=release.activity_id, release_type=release.type_text or ""
                        ),
                    )
                )
            usable.append(known_type and not geometry.isEmpty())
            if not usable[-1]:
                continue
            if release.link and release.link in hazard_ids:
                linked.setdefault(release.link, []).append(rid)
            else:
                index.addFeature(rid, geometry.boundingBox())
        return linked, index, usable

    def _account_hazard(
        self, position: int, hazard: Hazard, geometry: QgsGeometry, reason: str, candidates: List[int]
    ) -> HazardResult:
        result = HazardResult(hazard, QgsGeometry(), tolerance_m2=self.tolerance_m2)
        if geometry.isEmpty():
            result.computation = COMPUTED_NO_GEOMETRY
            result.remaining_m2 = None
            result.notes.append(QCoreApplication.translate("GapAnalysis", "Hazard {hazard_id} has no geometry.").format(hazard_id=hazard.hazard_id))
            return result
        if reason:
            result.invalid_input = True
            result.notes.append(
                QCoreApplication.translate("GapAnalysis", "The geometry of hazard {hazard_id} is invalid ({reason}); it was repaired for the computation.").format(
                    hazard_id=hazard.hazard_id, reason=reason
                )
            )
        for rid in candidates:
            if self._release_invalid[rid]:
                result.invalid_input = True
                result.notes.append(
                    QCoreApplication.translate("GapAnalysis", "The geometry of activity {activity_id} is invalid ({reason}); it was repaired for the computation.").format(
                        activity_id=self.releases[rid].activity_id, reason=self._release_invalid[rid]
                    )
                )
        if not candidates:
            result.hazard_area_m2 = self.area(geometry)
            result.remaining = geometry
            result.remaining_m2 = result.hazard_area_m2
            return result
        errors: List[str] = []
        for attempt, (name, prepare) in enumerate(self.stages):
            try:
                accounts = self._accounts(
                    geometry, [self._release_geom[rid] for rid in candidates], [self._release_m2[rid] for rid in candidates],
                    prepare, attempt == 0,
                )
            except _StageFailed as failure:
                errors.append(f"{name}: {failure}")
                continue
            if attempt > 0:
                result.computation = COMPUTED_RETRIED
                result.notes.append(
                    QCoreApplication.translate("GapAnalysis", "GEOS failed on hazard {hazard_id} ({error}); the result was computed again on repaired geometry ({stage}).").format(
                        hazard_id=hazard.hazard_id, error=errors[0], stage=name
                    )
                )
            result.hazard_area_m2 = accounts.hazard_m2
            self._credit(position, hazard, candidates, accounts.pieces, result)
            result.remaining = accounts.remaining
            result.remaining_m2 = accounts.remaining_m2
            return result
        result.computation = COMPUTED_FAILED
        result.hazard_area_m2 = self.area(geometry)
        result.remaining = geometry
        result.remaining_m2 = None
        result.notes.append(
            QCoreApplication.translate("GapAnalysis", "The remaining land of hazard {hazard_id} could not be computed ({error}); the whole hazard is shown and counted as remaining. Check its geometry and its activities.").format(
                hazard_id=hazard.hazard_id, error=" | ".join(errors)
            )
        )
        for rid in candidates:
            self._covered[rid].append(position)
        return result

    def _accounts(
        self,
        hazard: QgsGeometry,
        releases: List[QgsGeometry],
        release_m2: List[float],
        prepare: Callable[[QgsGeometry], QgsGeometry],
        as_given: bool,
    ) -> _Accounts:
        """Credited area of each release (in the given order) and the remaining polygon; checked.

        General case: the releases are subtracted one after the other from what is
        left of the hazard; each one is credited with the area it removed, so every
        square metre is credited once, to the first release in precedence order
        that covers it. Each step is checked (``step_problem``).
        """
        area = self.area
        hazard = prepare(hazard)
        _check(hazard, "hazard")
        hazard_m2 = area(hazard)
        if as_given:
            quick = self._disjoint_inside(hazard, hazard_m2, releases, release_m2)
            if quick is not None:
                return quick
        remaining, remaining_m2 = hazard, hazard_m2
        remaining_box = hazard.boundingBox()
        pieces: List[float] = []
        for release, own_m2 in zip(releases, release_m2):
            if not as_given:
                release = prepare(release)
                _check(release, "activity")
                own_m2 = area(release)
            box = release.boundingBox()
            if remaining.isEmpty() or not box.intersects(remaining_box):
                pieces.append(0.0)
                continue
            after = _checked(remaining.difference(release), "difference")
            after_m2 = area(after)
            problem = step_problem(remaining_m2, after_m2, own_m2, after.isEmpty(), box.contains(remaining_box))
            if problem:
                raise _StageFailed(problem)
            pieces.append(max(remaining_m2 - after_m2, 0.0))
            remaining, remaining_m2 = after, after_m2
            if not after.isEmpty():
                remaining_box = after.boundingBox()
        return _Accounts(pieces, remaining, remaining_m2, hazard_m2)

    def _disjoint_inside(
        self, hazard: QgsGeometry, hazard_m2: float, releases: List[QgsGeometry], release_m2: List[float]
    ) -> Optional[_Accounts]:
        """The common case in one union and one difference, or None when it does not apply.

        When the releases do not overlap each other (their union is as large as
        the sum of their areas) and all lie inside the hazard (the hazard minus
        their union is smaller by exactly the union's area), each release is
        credited with its own area and the land left is the hazard minus their
        union, as ``native:difference`` computes it. A difference that removed more
        than the union is a GEOS failure.
        """
        released = sum(release_m2)
        if len(releases) == 1:
            union, union_m2 = releases[0], released
        else:
            union = QgsGeometry.unaryUnion(releases)
            if union.isNull() or union.isEmpty() or union.lastError():
                return None
            union_m2 = self.area(union)
            if abs(union_m2 - released) > max(0.5, SLACK * released):
                return None
        remaining = _checked(hazard.difference(union), "difference")
        remaining_m2 = self.area(remaining)
        removed = hazard_m2 - remaining_m2
        slack = max(0.5, SLACK * hazard_m2)
        if removed > union_m2 + slack:
            raise _StageFailed(
                "difference removed {removed:.1f} m2, more than the releases' {released:.1f} m2".format(
                    removed=removed, released=union_m2
                )
            )
        if removed < union_m2 - slack:
            return None  # some release reaches outside the hazard: the general case
        return _Accounts(list(release_m2), remaining, remaining_m2, hazard_m2)

    def _credit(self, position: int, hazard: Hazard, candidates: List[int], pieces: List[float], result: HazardResult) -> None:
        for rid, piece in zip(candidates, pieces):
            release = self.releases[rid]
            self._covered[rid].append(position)
            if piece >= self._release_m2[rid] - max(0.5, SLACK * piece):
                self._inside[rid] = True
            if piece <= 0.0:
                continue
            if release.release_type == RELEASE_CLEARED:
                result.cleared_m2 += piece
            elif release.release_type == RELEASE_REDUCED:
                result.reduced_m2 += piece
            else:
                result.cancelled_m2 += piece
            row = self._row(hazard.governorate, release.organisation, release.release_type, release.year)
            row.released_m2 += piece
            row.activities.add(release.activity_id)
            row.hazards.add(hazard.hazard_id)

    def _row(self, governorate, organisation, release_type, year) -> SummaryRow:
        key = (governorate, organisation, release_type, year)
        row = self._summary.get(key)
        if row is None:
            row = self._summary[key] = SummaryRow(governorate, organisation, release_type, year)
        return row

    def _add_to_totals(self, result: HazardResult) -> None:
        totals = self.totals
        totals.hazards += 1
        totals.hazard_m2 += result.hazard_area_m2
        totals.cancelled_m2 += result.cancelled_m2
        totals.reduced_m2 += result.reduced_m2
        totals.cleared_m2 += result.cleared_m2
        remaining = result.remaining_m2 if result.remaining_m2 is not None else result.hazard_area_m2
        totals.remaining_m2 += remaining
        if remaining >= self.min_area_m2:
            totals.hazards_with_remaining += 1
        totals.closed_with_remaining += int(result.closed_with_remaining)
        totals.mismatches += int(result.remaining_mismatch)
        totals.failed += int(result.computation in (COMPUTED_FAILED, COMPUTED_NO_GEOMETRY))
        totals.retried += int(result.computation == COMPUTED_RETRIED)
        totals.invalid_inputs += int(result.invalid_input)
        if remaining > 0:
            row = self._row(result.hazard.governorate, None, None, None)
            row.remaining_m2 += remaining
            row.hazards.add(result.hazard.hazard_id)

    # -- outside parts --

    def _finish_outside(self, by_id: Dict[str, List[int]]) -> None:
        for rid, release in enumerate(self.releases):
            geometry = self._release_geom[rid]
            if geometry.isEmpty() or release.release_type not in RANK or self._inside[rid]:
                continue
            link_known = bool(release.link) and release.link in by_id
            if link_known:
                hazards = by_id[release.link]
                finding = OUTSIDE_LINKED
            else:
                hazards = sorted(set(self._covered[rid]))
                finding = OUTSIDE_UNKNOWN_HAZARD if release.link else OUTSIDE_ALL
            ids = sorted({self.hazards[h].hazard_id for h in hazards}) or ([release.link] if release.link else [])
            if not hazards:
                part, area = geometry, self.area(geometry)
                finding = OUTSIDE_UNKNOWN_HAZARD if release.link else OUTSIDE_NO_HAZARD
            else:
                part, area = self._outside_of(geometry, [self._hazard_geom[h] for h in hazards])
            if area < self.min_area_m2 or part.isEmpty():
                continue
            self._outside.append(OutsidePart(release, ids, part, area, finding, self._outside_message(release, ids, area, finding)))
        self.totals.outside_parts = len([p for p in self._outside if p.finding not in (OUTSIDE_NO_GEOMETRY, OUTSIDE_UNKNOWN_TYPE)])
        self.totals.outside_m2 = sum(p.area_m2 for p in self._outside if p.finding not in (OUTSIDE_NO_GEOMETRY, OUTSIDE_UNKNOWN_TYPE))

    def _outside_of(self, release: QgsGeometry, hazards: List[QgsGeometry]) -> Tuple[QgsGeometry, float]:
        hazards = [h for h in hazards if not h.isEmpty()]
        if not hazards:
            return release, self.area(release)
        box = release.boundingBox()
        touching = [h for h in hazards if h.boundingBox().intersects(box)]
        if not touching:
            return release, self.area(release)
        if len(touching) == 1:
            if touching[0].contains(release):
                return QgsGeometry(), 0.0
            cover = touching[0]
        else:
            cover = QgsGeometry.unaryUnion(touching)
        part = polygonal(release.difference(cover))
        if part.isEmpty() and part.lastError():
            part = polygonal(repaired(release).difference(repaired(cover)))
        return part, self.area(part)

    def _outside_message(self, release: Release, ids: List[str], area: float, finding: str) -> str:
        values = dict(activity_id=release.activity_id, hazard_id=", ".join(ids), area=format_decimal(area))
        if finding == OUTSIDE_LINKED:
            return QCoreApplication.translate("GapAnalysis", "{area} m² of activity {activity_id} lie outside its hazard {hazard_id}.").format(**values)
        if finding == OUTSIDE_UNKNOWN_HAZARD:
            return QCoreApplication.translate("GapAnalysis", "Activity {activity_id} names hazard {hazard_id}, which is not in the hazards layer; {area} m² lie outside every hazard it overlaps.").format(
                activity_id=release.activity_id, hazard_id=release.link, area=values["area"]
            )
        if finding == OUTSIDE_NO_HAZARD:
            return QCoreApplication.translate("GapAnalysis", "Activity {activity_id} ({area} m²) overlaps no hazard.").format(**values)
        return QCoreApplication.translate("GapAnalysis", "{area} m² of activity {activity_id} lie outside the hazards it overlaps ({hazard_id}).").format(**values)

    def outside_parts(self) -> List[OutsidePart]:
        """Complete once ``run()`` has been iterated to the end."""
        return list(self._outside)

    def summary_rows(self) -> List[SummaryRow]:
        """Summary rows sorted by governorate, organisation, release type and year; remaining rows last per governorate."""

        def key(row: SummaryRow) -> tuple:
            return (
                row.governorate or "",
                row.release_type is None,
                row.organisation or "",
                RANK.get(row.release_type or "", 9),
                row.year or 0,
            )

        return sorted(self._summary.values(), key=key)


def _check(geometry: QgsGeometry, what: str, allow_empty: bool = False) -> None:
    """Raise _StageFailed on a GEOS error or an unexpected empty result."""
    error = geometry.lastError() if geometry is not None else "null"
    if error:
        raise _StageFailed(f"{what}: {error}")
    if not allow_empty and (geometry is None or geometry.isNull() or geometry.isEmpty()):
        raise _StageFailed(f"{what}: empty geometry")


def _checked(geometry: QgsGeometry, what: str) -> QgsGeometry:
    """Polygon parts of a GEOS result, after checking it carries no GEOS error (may be empty)."""
    _check(geometry, what, allow_empty=True)
    return polygonal(geometry)


def compute(
    hazards: Iterable[Hazard],
    releases: Iterable[Release],
    crs: QgsCoordinateReferenceSystem,
    **options,
) -> Tuple[List[HazardResult], GapAnalysis]:
    """Convenience for scripts and tests: every hazard result and the finished analysis."""
    analysis = GapAnalysis(crs, **options)
    for hazard in hazards:
        analysis.add_hazard(hazard)
    for release in releases:
        analysis.add_release(release)
    results = list(analysis.run())
    return results, analysis
