"""Clearance gap analysis: the land each hazard still has to release, as geometry and as accounts.

The rules (IMAS 07.11; docs/en/gaps.md has a worked example):

* Remaining land of a hazard = hazard polygon minus the union of its cancelled,
  reduced and cleared release parts. A release part is linked to its hazard by ID,
  or, without a known link, to every hazard it overlaps.
* Land is released once. Within a hazard, the releases are taken in order of
  precedence and each is credited only with land no earlier release holds. The
  default order (``PRECEDENCE_DATE``) is the earliest release first: by end date,
  then start date; dated releases come before undated ones, and only undated or
  same-day releases fall back to the type order (cleared > reduced > cancelled),
  then the activity ID. ``PRECEDENCE_TYPE`` keeps the rule of 0.1 (type first,
  then date). A release over land an earlier one holds is not credited there and
  is a ``re_release`` finding (both activities, their dates and operators, the
  area and the geometry).
* Every square metre once in every total. Per-hazard rows may overlap (hazards
  overlap in real registers), so national, governorate, operator, year and type
  totals are taken from the union of what was credited and of what remains:
  hazards that overlap no other hazard add their rows as they are; for hazards in
  an overlap, the credited pieces (in precedence order) and then the remaining
  pieces are swept, each counting only what no earlier piece counted. Land one
  hazard still lists and another one's release credited counts as released. The
  difference to the per-hazard sums is reported (``Totals.double_counted_m2``).

Measurement (core/common/measure.py): a hazard is measured once on the WGS 84 ellipsoid;
its pieces share that area in proportion to their planar areas in the layer's CRS,
so for every hazard remaining + credited = hazard area exactly, and a projected
layer needs one ellipsoidal measurement per hazard, not one per piece. Overlay is
done in the layer's own CRS: the polygons' edges are straight there, and
reprojecting would bend them and create slivers along shared boundaries.

Robustness: GEOS can throw a TopologyException or return an empty difference.
Every step of a hazard's accounts is checked (``step_problem``); a failed check
retries on repaired geometry (core/common/repair.py, then snapped to a fine grid, then
buffer(0)); when every attempt fails the hazard is returned flagged "failed",
whole, never dropped. Coordinates that cannot be measured (infinite, or metres in
a layer declared in degrees) flag the hazard or release and the run goes on.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeedback,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import (
    CLOSED_STATUSES,
    RELEASE_CANCELLED,
    RELEASE_CLEARED,
    RELEASE_NONE,
    RELEASE_PRECEDENCE,
    RELEASE_REDUCED,
)
from mineaction_qgis.core.common.numbers import format_decimal
from mineaction_qgis.core.common.repair import coordinates_problem, polygonal, repaired, validity_error
from mineaction_qgis.core.common.values import is_null

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
# Relative slack of the area checks (with at least 0.5 m²): rounding of new vertices, far below any GEOS failure.
SLACK = 2e-5

# Precedence rules between overlapping releases of one hazard.
PRECEDENCE_DATE = "earliest"  # IMAS 07.11: the earliest release keeps the land
PRECEDENCE_TYPE = "type"  # 0.1's rule: cleared > reduced > cancelled, then the earliest
PRECEDENCES = (PRECEDENCE_DATE, PRECEDENCE_TYPE)
UNDATED = "9999-99-99"

# Values of the ``computation`` field of the output.
COMPUTED_OK = "ok"
COMPUTED_RETRIED = "retried"
COMPUTED_FAILED = "failed"
COMPUTED_NO_GEOMETRY = "no_geometry"
COMPUTED_BAD_COORDINATES = "bad_coordinates"

# Values of the ``finding`` field of the OUTSIDE (release findings) layer.
OUTSIDE_LINKED = "outside_linked_hazard"
OUTSIDE_ALL = "outside_all_hazards"
OUTSIDE_UNKNOWN_HAZARD = "unknown_hazard"
OUTSIDE_NO_HAZARD = "no_hazard"
OUTSIDE_UNKNOWN_TYPE = "unknown_release_type"
OUTSIDE_TYPE_NONE = "release_type_none"
OUTSIDE_NO_GEOMETRY = "no_geometry"
OUTSIDE_BAD_COORDINATES = "bad_coordinates"
OUTSIDE_UNREADABLE_DATE = "unreadable_date"
# A release naming a hazard that is not in the layer, credited by overlap to the hazards it lies in.
OUTSIDE_CREDITED_BY_OVERLAP = "unknown_hazard_credited"
RE_RELEASE = "re_release"
# Findings that are about the record, not about land outside a hazard.
RECORD_FINDINGS = (
    OUTSIDE_UNKNOWN_TYPE,
    OUTSIDE_TYPE_NONE,
    OUTSIDE_NO_GEOMETRY,
    OUTSIDE_BAD_COORDINATES,
    OUTSIDE_UNREADABLE_DATE,
    OUTSIDE_CREDITED_BY_OVERLAP,
)


def closed_statuses(profile=None) -> Set[str]:
    """Status values (case-folded) meaning "closed": the canonical ones and every term the profile maps onto them.

    With the bundled profiles: Closed, Expired, Completed, Handed Over, Handover.
    """
    if profile is None:
        from mineaction_qgis.core.imsma.profile import load_profile

        profile = load_profile()
    statuses = {status.casefold() for status in CLOSED_STATUSES}
    for term, target in profile.data.get("codelists", {}).get("status", {}).items():
        if str(target).casefold() in statuses:
            statuses.add(str(term).strip().casefold())
    return statuses


# --- Inputs -----------------------------------------------------------------------------


@dataclass
class Hazard:
    """One hazard feature as read: its ID, geometry (a QgsGeometry or its WKB) and the attributes the accounts need."""

    hazard_id: str
    geometry: Union[QgsGeometry, bytes, None]
    status: Optional[str] = None
    governorate: Optional[str] = None
    reported_remaining_m2: Optional[float] = None
    fid: int = -1
    classification: Optional[str] = None
    contamination: Optional[str] = None
    location: Optional[str] = None  # the community (IMSMA Location) the hazard is in, for the community summary


@dataclass
class Release:
    """One release part (an activity's land of one release type) as read.

    ``geometry`` is a QgsGeometry, or its WKB (``bytes``): core/gaps/inputs.py keeps
    releases as WKB, about a third of the memory of a QgsGeometry, since a national
    register holds hundreds of thousands (``as_geometry`` gives the QgsGeometry).
    """

    activity_id: str
    geometry: Union[QgsGeometry, bytes, None]
    release_type: Optional[str]
    link: Optional[str] = None
    organisation: Optional[str] = None
    year: Optional[int] = None
    fid: int = -1
    type_text: Optional[str] = None  # the release type as written, for messages
    end_date: Optional[str] = None  # ISO dates, for precedence
    start_date: Optional[str] = None
    basis: Optional[str] = None  # why the type is none (core/imsma/release_parts.py), when known
    unusable: bool = False  # already reported while reading (e.g. coordinates the CRS cannot hold): not counted

    @property
    def date(self) -> Optional[str]:
        """The release's date: its end date, else its start date."""
        return self.end_date or self.start_date


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
    closed: bool = False
    re_released_m2: float = 0.0

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
        return self.closed and (self.remaining_m2 or 0.0) > self.tolerance_m2

    @property
    def remaining_mismatch(self) -> bool:
        difference = self.difference_m2
        return difference is not None and abs(difference) > self.tolerance_m2

    @property
    def flagged(self) -> bool:
        return (
            self.closed_with_remaining
            or self.remaining_mismatch
            or self.invalid_input
            or self.computation != COMPUTED_OK
        )

    @property
    def note(self) -> str:
        return " ".join(self.notes)


@dataclass
class OutsidePart:
    """A release finding: part of a release outside its hazard(s), or a release that released nothing."""

    release: Release
    hazard_ids: List[str]
    geometry: QgsGeometry
    area_m2: float
    finding: str
    message: str


@dataclass
class ReRelease:
    """Land a later release claims although an earlier release holds it: not credited, to be checked.

    Within one hazard, the later release is not credited with that land. Across
    overlapping hazards (``holder_hazard_ids`` differs from ``hazard_ids``) each
    hazard's row keeps its own release, and the national totals credit the land
    once, to the holder.
    """

    release: Release  # the later release, not credited here
    holder: Release  # the release credited with this land
    hazard_ids: List[str]  # hazards where the later release claims the land
    geometry: QgsGeometry
    area_m2: float
    holder_hazard_ids: List[str] = field(default_factory=list)  # hazards where the holder was credited with it

    @property
    def across_hazards(self) -> bool:
        return bool(set(self.holder_hazard_ids) - set(self.hazard_ids))

    @property
    def message(self) -> str:
        values = dict(
            area=format_decimal(self.area_m2),
            activity_id=self.release.activity_id,
            date=self.release.date or "?",
            organisation=self.release.organisation or "?",
            holder_id=self.holder.activity_id,
            holder_date=self.holder.date or "?",
            holder_organisation=self.holder.organisation or "?",
            hazard_id=", ".join(self.hazard_ids),
            holder_hazard_id=", ".join(self.holder_hazard_ids),
        )
        if self.across_hazards:
            return QCoreApplication.translate(
                "GapAnalysis",
                "{area} m² of activity {activity_id} ({date}, {organisation}) in hazard {hazard_id} were already "
                "released by activity {holder_id} ({holder_date}, {holder_organisation}) in the overlapping hazard "
                "{holder_hazard_id}; the national totals credit them once, to {holder_id}.",
            ).format(**values)
        return QCoreApplication.translate(
            "GapAnalysis",
            "{area} m² of activity {activity_id} ({date}, {organisation}) were already released by activity "
            "{holder_id} ({holder_date}, {holder_organisation}) in hazard {hazard_id}; they are credited once, to "
            "{holder_id}.",
        ).format(**values)


@dataclass
class SummaryRow:
    """Released (or remaining) area for one governorate, organisation, release type and year, counted once."""

    governorate: Optional[str]
    organisation: Optional[str]
    release_type: Optional[str]
    year: Optional[int]
    released_m2: float = 0.0
    remaining_m2: float = 0.0
    activities: set = field(default_factory=set)
    hazards: set = field(default_factory=set)


@dataclass
class SplitRow:
    """Released or remaining area by governorate, classification (SHA / CHA) and contamination, counted once."""

    governorate: Optional[str]
    classification: Optional[str]
    contamination: Optional[str]
    cancelled_m2: float = 0.0
    reduced_m2: float = 0.0
    cleared_m2: float = 0.0
    remaining_m2: float = 0.0
    hazards: set = field(default_factory=set)
    hazards_with_remaining: set = field(default_factory=set)

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2


@dataclass
class Totals:
    """National figures, each square metre counted once; ``per_hazard`` holds the plain sums of the hazard rows."""

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
    re_releases: int = 0
    re_released_m2: float = 0.0
    undated_releases: int = 0
    overlapping_hazards: int = 0
    per_hazard: Dict[str, float] = field(default_factory=dict)

    @property
    def released_m2(self) -> float:
        return self.cancelled_m2 + self.reduced_m2 + self.cleared_m2

    def once(self) -> Dict[str, float]:
        """Counted-once figures by category (hazard, cancelled, reduced, cleared, remaining)."""
        return dict(
            hazard=self.hazard_m2,
            cancelled=self.cancelled_m2,
            reduced=self.reduced_m2,
            cleared=self.cleared_m2,
            remaining=self.remaining_m2,
        )

    @property
    def double_counted_m2(self) -> Dict[str, float]:
        """How much summing the hazard rows would have counted twice, by category."""
        once = self.once()
        return {key: max(self.per_hazard.get(key, 0.0) - value, 0.0) for key, value in once.items()}


@dataclass
class GapResult:
    """Everything one run of the analysis gives.

    ``hazards`` holds the per-hazard results in input order, unless they were handed
    to ``run(on_hazard=...)`` as they came (then it is empty: a national register's
    remaining geometries need not all be held at once). Findings, re-releases,
    summary and splits are sorted for output; ``totals`` counts each m² once.
    ``canceled``: the run was cancelled through its feedback and is incomplete.
    """

    totals: Totals
    hazards: List[HazardResult] = field(default_factory=list)
    outside_parts: List[OutsidePart] = field(default_factory=list)
    re_releases: List[ReRelease] = field(default_factory=list)
    summary_rows: List[SummaryRow] = field(default_factory=list)
    split_rows: List[SplitRow] = field(default_factory=list)
    canceled: bool = False


# --- Helpers ----------------------------------------------------------------------------


def normalise_release_type(value) -> Optional[str]:
    """Canonical release type of a field value, None when it is not one we know."""
    if is_null(value):
        return RELEASE_NONE
    return RELEASE_SPELLINGS.get(str(value).strip().lower())


def text_or_none(value) -> Optional[str]:
    """Field value as trimmed text; None for NULL and empty values."""
    if is_null(value):
        return None
    text = str(value).strip()
    return text or None


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


class _StageFailedError(Exception):
    """One attempt gave a GEOS error or accounts that do not add up."""


@dataclass
class _Accounts:
    """Planar accounts of one hazard: credited area (and piece, when kept) per release, what is left."""

    pieces: List[float]
    remaining: QgsGeometry
    remaining_planar: float
    hazard_planar: float
    hazard: QgsGeometry
    piece_shapes: List[Optional[QgsGeometry]]
    overlaps: List[Tuple[int, int, QgsGeometry, float]]  # (later position, holder position, shape, planar area)


def step_problem(
    before: float, after: float, release: float, after_empty: bool, release_covers_box: bool, floor: float = 0.5
) -> str:
    """Why one subtraction of a release from the land left cannot be right ("" when it can).

    GEOS failures show up as an empty difference or a TopologyException turned into
    an empty result; both break one of these: the land left cannot grow, a release
    cannot remove more than its own area, and nothing is left only if the release's
    bounding box covers what was left. The slack allows for the rounding of new
    vertices: ``floor`` (0.5 m² in the CRS's units) or SLACK of the area involved.
    """
    slack = max(floor, SLACK * max(before, release))
    if after > before + slack:
        return "difference larger than its input ({after:.1f} > {before:.1f})".format(after=after, before=before)
    if before - after > release + slack:
        return "difference removed {removed:.1f}, more than the release's {release:.1f}".format(
            removed=before - after, release=release
        )
    if after_empty and before > slack and not release_covers_box:
        return "empty difference although the release does not cover the land left"
    return ""


@dataclass
class _ReleaseState:
    """What the analysis knows of one release part while it runs (one object, not parallel lists)."""

    release: Release
    stored: Union[QgsGeometry, bytes, None]  # the geometry for the computation, compact when the release's is
    planar: float
    invalid: str = ""
    usable: bool = False
    inside: bool = False  # wholly inside a hazard it was credited to: nothing outside
    covered: Tuple[int, ...] = ()  # hazards (positions) whose accounts it entered (a tuple: most have one)
    unknown_link: bool = False  # names a hazard that is not in the layer: linked by overlap, and reported
    credited_m2: float = 0.0  # credited in the hazard rows (summed over hazards)

    @property
    def geometry(self) -> QgsGeometry:
        return as_geometry(self.stored)

    def keep(self, geometry: QgsGeometry) -> None:
        """Keep ``geometry`` for the computation, as WKB when the release came as WKB."""
        compact = isinstance(self.release.geometry, (bytes, bytearray)) and not geometry.isNull()
        self.stored = geometry.asWkb().data() if compact else geometry


@dataclass
class _HazardShape:
    """A hazard's geometry for the computation (repaired when invalid; WKB when the hazard came as WKB)."""

    stored: Union[QgsGeometry, bytes, None]
    box: Optional[QgsRectangle] = None
    reason: str = ""  # GEOS's reason when the hazard is invalid
    bad: str = ""  # why its coordinates cannot be measured

    @property
    def geometry(self) -> QgsGeometry:
        return as_geometry(self.stored)


@dataclass
class _Piece:
    """A piece of land of a hazard in an overlap, kept (as WKB) for the counted-once sweep."""

    order: tuple
    wkb: bytes
    scale: float
    hazard: Hazard
    release: Optional[Release]  # None: remaining land
    rid: int = -1  # the release's position, -1 for remaining land


# --- The computation --------------------------------------------------------------------


class GapAnalysis:
    """Computes remaining land, released accounts, release findings, the summary and the totals.

    Usage: ``add_hazard`` / ``add_release`` for every feature (geometries already
    in one CRS, ``crs``), then ``run()`` once, which returns a ``GapResult``. Pass
    ``on_hazard`` to receive each hazard's result as it is computed (to write it
    and let it go), and a ``QgsFeedback`` for progress and cancellation.
    """

    def __init__(
        self,
        crs: QgsCoordinateReferenceSystem,
        transform_context: Optional[QgsCoordinateTransformContext] = None,
        tolerance_m2: float = 100.0,
        min_area_m2: float = 1.0,
        check_validity: bool = True,
        stages: Optional[Sequence[Stage]] = None,
        precedence: str = PRECEDENCE_DATE,
        closed: Optional[Set[str]] = None,
    ) -> None:
        if precedence not in PRECEDENCES:
            raise ValueError(f"precedence must be one of {PRECEDENCES}")
        self.crs = crs
        self.measurer = Measurer(crs, transform_context)
        self.tolerance_m2 = tolerance_m2
        self.min_area_m2 = min_area_m2
        self.check_validity = check_validity
        self.stages = list(stages) if stages is not None else default_stages(crs)
        self.precedence = precedence
        self.closed = closed if closed is not None else closed_statuses()
        self.hazards: List[Hazard] = []
        self.releases: List[Release] = []
        self.totals = Totals()
        self._summary: Dict[tuple, SummaryRow] = {}
        self._splits: Dict[tuple, SplitRow] = {}
        self._outside: List[OutsidePart] = []
        self._states: List[_ReleaseState] = []
        self._hazard_shapes: List[_HazardShape] = []
        self._pieces: List[_Piece] = []
        # (later, holder) -> shapes, hazards where the later one claims, hazards where the holder was credited
        self._re_release_parts: Dict[Tuple[int, int], Tuple[List[QgsGeometry], Set[str], Set[str]]] = {}
        self._re_releases: List[ReRelease] = []
        self._ran = False

    # -- input --

    def add_hazard(self, hazard: Hazard) -> None:
        self.hazards.append(hazard)

    def add_release(self, release: Release) -> None:
        self.releases.append(release)

    def add_finding(self, finding: OutsidePart) -> None:
        """A finding about a release found while reading it (e.g. an unreadable date)."""
        self._outside.append(finding)

    def area(self, geometry: QgsGeometry) -> float:
        """Ellipsoidal m² of a geometry measured on its own (outside parts, findings)."""
        return self.measurer.straight_area_m2(geometry)

    # -- run --

    def run(
        self,
        feedback: Optional[QgsFeedback] = None,
        on_hazard: Optional[Callable[[HazardResult], None]] = None,
    ) -> GapResult:
        """Account every hazard (in input order), then the findings, re-releases, summary, splits and totals.

        ``on_hazard`` receives each HazardResult as soon as it is computed; without it
        the results are kept in ``GapResult.hazards``. A cancelled run returns what it
        has, with ``canceled`` set.
        """
        if self._ran:
            raise RuntimeError("a GapAnalysis runs once")
        self._ran = True
        kept: List[HazardResult] = []
        deliver = on_hazard if on_hazard is not None else kept.append
        linked, index = self._prepare_releases()
        self._hazard_shapes = [self._hazard_geometry(hazard) for hazard in self.hazards]
        in_overlap = self._hazards_in_overlap(self._hazard_shapes)
        self.totals.overlapping_hazards = len(in_overlap)
        total = max(len(self.hazards), 1)
        for position, hazard in enumerate(self.hazards):
            if feedback is not None:
                if feedback.isCanceled():
                    return GapResult(self.totals, kept, canceled=True)
                if position % 200 == 0:
                    feedback.setProgress(90.0 * position / total)
            shape = self._hazard_shapes[position]
            geometry, reason, bad = shape.geometry, shape.reason, shape.bad
            candidates = [] if bad else self._candidates(hazard, geometry, linked, index)
            deliver(self._account_hazard(position, hazard, geometry, reason, bad, candidates, position in in_overlap))
        self._finish()
        if feedback is not None:
            feedback.setProgress(100.0)
        return GapResult(
            self.totals,
            kept,
            list(self._outside),
            sorted(self._re_releases, key=lambda item: -item.area_m2),
            self._sorted_summary(),
            sorted(
                self._splits.values(),
                key=lambda r: (r.governorate or "", r.classification or "", r.contamination or ""),
            ),
        )

    def _candidates(self, hazard: Hazard, geometry: QgsGeometry, linked, index: QgsSpatialIndex) -> List[int]:
        candidates = list(linked.get(hazard.hazard_id, ()))
        if not geometry.isEmpty():
            box = geometry.boundingBox()
            engine = None
            for rid in index.intersects(box):
                shape = self._states[rid].geometry
                if not shape.boundingBox().intersects(box):
                    continue
                if engine is None:
                    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                    engine.prepareGeometry()
                if engine.intersects(shape.constGet()):
                    candidates.append(rid)
        return sorted(set(c for c in candidates if self._states[c].usable), key=self.order_key)

    def order_key(self, rid: int) -> tuple:
        """Precedence of release ``rid``: the first in this order keeps land that several claim."""
        release = self.releases[rid]
        end = release.end_date or UNDATED
        start = release.start_date or UNDATED
        rank = RANK.get(release.release_type or "", 9)
        if self.precedence == PRECEDENCE_TYPE:
            return (rank, end, start, release.activity_id, rid)
        return (end, start, rank, release.activity_id, rid)

    def _hazard_geometry(self, hazard: Hazard) -> _HazardShape:
        """Geometry for the computation (repaired when invalid), GEOS's reason if invalid, a coordinates problem."""
        given = as_geometry(hazard.geometry)
        geometry = flat_2d(given)
        if geometry.isNull() or geometry.isEmpty():
            return _HazardShape(None)
        box = geometry.boundingBox()
        bad = coordinates_problem(box, self.crs.isGeographic())
        if bad:
            return _HazardShape(None, None, "", bad)
        reason = validity_error(geometry) if self.check_validity else ""
        if reason:
            geometry = repaired(geometry)
            box = geometry.boundingBox()
        if geometry is given:
            return _HazardShape(hazard.geometry, box, reason)
        compact = isinstance(hazard.geometry, (bytes, bytearray)) and not geometry.isNull()
        return _HazardShape(geometry.asWkb().data() if compact else geometry, box, reason)

    def _hazards_in_overlap(self, shapes: List[_HazardShape]) -> Set[int]:
        """Positions of hazards whose interior overlaps another hazard's (their rows may double count)."""
        index = QgsSpatialIndex()
        usable = []
        for position, shape in enumerate(shapes):
            if shape.box is None:  # no geometry, or coordinates that cannot be measured
                continue
            index.addFeature(position, shape.box)
            usable.append(position)
        found: Set[int] = set()
        for position in usable:
            geometry = None
            engine = None
            for other in index.intersects(shapes[position].box):
                if other <= position or (position in found and other in found):
                    continue
                if engine is None:
                    geometry = shapes[position].geometry
                    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                    engine.prepareGeometry()
                neighbour = shapes[other].geometry
                if engine.intersects(neighbour.constGet()) and engine.relatePattern(neighbour.constGet(), "2********"):
                    found.update((position, other))
        for shape in shapes:
            shape.box = None  # needed only here: a national register's boxes are tens of MB
        return found

    def _not_counted(self, state: "_ReleaseState", links: List[str], code: str, message: str) -> None:
        """A release whose land cannot be counted at all: an OUTSIDE row with its reason, nothing credited."""
        state.stored = None
        self._outside.append(OutsidePart(state.release, links, QgsGeometry(), 0.0, code, message))

    def _prepare_releases(self) -> Tuple[Dict[str, List[int]], QgsSpatialIndex]:
        """Validity, link lookup and a spatial index of the releases linked by overlap."""
        hazard_ids = {hazard.hazard_id for hazard in self.hazards}
        linked: Dict[str, List[int]] = {}
        index = QgsSpatialIndex()
        geographic = self.crs.isGeographic()
        for rid, release in enumerate(self.releases):
            given = as_geometry(release.geometry)
            geometry = flat_2d(given)
            state = _ReleaseState(release, release.geometry if geometry is given else None, 0.0)
            if state.stored is None:
                state.keep(geometry)
            self._states.append(state)
            links = [release.link] if release.link else []
            if release.unusable:
                state.stored = None
                continue
            if geometry.isNull() or geometry.isEmpty():
                message = QCoreApplication.translate("GapAnalysis", "Activity {activity_id} has no geometry.")
                self._not_counted(state, links, OUTSIDE_NO_GEOMETRY, message.format(activity_id=release.activity_id))
                continue
            bad = coordinates_problem(geometry.boundingBox(), geographic)
            if bad:
                message = QCoreApplication.translate(
                    "GapAnalysis", "Activity {activity_id} cannot be measured ({reason}); it is not counted."
                )
                self._not_counted(
                    state, links, OUTSIDE_BAD_COORDINATES, message.format(activity_id=release.activity_id, reason=bad)
                )
                continue
            if self.check_validity:
                state.invalid = validity_error(geometry)
                if state.invalid:
                    geometry = repaired(geometry)
                    state.keep(geometry)
            state.planar = _planar(geometry)
            if release.release_type is None:
                self._outside.append(
                    OutsidePart(
                        release,
                        links,
                        geometry,
                        self.area(geometry),
                        OUTSIDE_UNKNOWN_TYPE,
                        QCoreApplication.translate(
                            "GapAnalysis",
                            "Activity {activity_id} has the release type '{release_type}', which is not cancelled, "
                            "reduced, cleared or none; it is not counted.",
                        ).format(activity_id=release.activity_id, release_type=release.type_text or ""),
                    )
                )
                continue
            if release.release_type not in RANK:
                self._outside.append(
                    OutsidePart(
                        release,
                        links,
                        geometry,
                        self.area(geometry),
                        OUTSIDE_TYPE_NONE,
                        QCoreApplication.translate(
                            "GapAnalysis",
                            "Activity {activity_id} has release type none ({reason}): nothing says whether its land "
                            "was cancelled, reduced or cleared, so it is not credited.",
                        ).format(activity_id=release.activity_id, reason=release.basis or release.type_text or "none"),
                    )
                )
                continue
            state.usable = not geometry.isEmpty()
            if not state.usable:
                continue
            if release.date is None:
                self.totals.undated_releases += 1
            if release.link and release.link in hazard_ids:
                linked.setdefault(release.link, []).append(rid)
            else:
                state.unknown_link = bool(release.link)
                index.addFeature(rid, geometry.boundingBox())
        return linked, index

    def _account_hazard(
        self,
        position: int,
        hazard: Hazard,
        geometry: QgsGeometry,
        reason: str,
        bad: str,
        candidates: List[int],
        in_overlap: bool,
    ) -> HazardResult:
        status = (hazard.status or "").strip().casefold()
        result = HazardResult(hazard, QgsGeometry(), tolerance_m2=self.tolerance_m2, closed=status in self.closed)
        if geometry.isEmpty() or bad:
            result.computation = COMPUTED_BAD_COORDINATES if bad else COMPUTED_NO_GEOMETRY
            result.remaining_m2 = None
            if bad:
                result.notes.append(
                    QCoreApplication.translate(
                        "GapAnalysis", "Hazard {hazard_id} cannot be measured ({reason}); it is left out of the totals."
                    ).format(hazard_id=hazard.hazard_id, reason=bad)
                )
            else:
                result.notes.append(
                    QCoreApplication.translate("GapAnalysis", "Hazard {hazard_id} has no geometry.").format(
                        hazard_id=hazard.hazard_id
                    )
                )
            self._add_to_totals(result)
            return result
        if reason:
            result.invalid_input = True
            result.notes.append(
                QCoreApplication.translate(
                    "GapAnalysis",
                    "The geometry of hazard {hazard_id} is invalid ({reason}); it was repaired for the computation.",
                ).format(hazard_id=hazard.hazard_id, reason=reason)
            )
        for rid in candidates:
            if self._states[rid].invalid:
                result.invalid_input = True
                result.notes.append(
                    QCoreApplication.translate(
                        "GapAnalysis",
                        "The geometry of activity {activity_id} is invalid ({reason}); it was repaired for the "
                        "computation.",
                    ).format(activity_id=self.releases[rid].activity_id, reason=self._states[rid].invalid)
                )
        errors: List[str] = []
        scale = self.measurer.area_scale(geometry)  # one ellipsoidal measurement per hazard
        for attempt, (name, prepare) in enumerate(self.stages if candidates else self.stages[:1]):
            try:
                accounts = self._accounts(geometry, candidates, prepare, attempt == 0, in_overlap, scale)
            except _StageFailedError as failure:
                errors.append(f"{name}: {failure}")
                continue
            if attempt > 0:
                result.computation = COMPUTED_RETRIED
                result.notes.append(
                    QCoreApplication.translate(
                        "GapAnalysis",
                        "GEOS failed on hazard {hazard_id} ({error}); the result was computed again on repaired "
                        "geometry ({stage}).",
                    ).format(hazard_id=hazard.hazard_id, error=errors[0], stage=name)
                )
            self._book(
                position,
                hazard,
                candidates,
                accounts,
                result,
                in_overlap,
                scale if attempt == 0 else self.measurer.area_scale(accounts.hazard),
            )
            return result
        result.computation = COMPUTED_FAILED
        result.hazard_area_m2 = _planar(geometry) * scale
        result.remaining = geometry
        result.remaining_m2 = None
        result.notes.append(
            QCoreApplication.translate(
                "GapAnalysis",
                "The remaining land of hazard {hazard_id} could not be computed ({error}); the whole hazard is shown "
                "and counted as remaining. Check its geometry and its activities.",
            ).format(hazard_id=hazard.hazard_id, error=" | ".join(errors))
        )
        for rid in candidates:
            self._states[rid].covered += (position,)
        if in_overlap:
            self._pieces.append(_Piece((1, position), geometry.asWkb().data(), scale, hazard, None))
        else:
            self._count(hazard, None, result.hazard_area_m2)
        self._add_to_totals(result)
        return result

    def _accounts(
        self,
        hazard: QgsGeometry,
        candidates: List[int],
        prepare: Callable[[QgsGeometry], QgsGeometry],
        as_given: bool,
        keep_shapes: bool,
        scale: float,
    ) -> _Accounts:
        """Planar area credited to each release (in precedence order), the land left, overlaps; checked.

        General case: the releases are subtracted one after the other from what is
        left of the hazard; each one is credited with the area it removed, so every
        square metre is credited once, to the first release in precedence order
        that covers it. A release that overlaps land an earlier one holds gives an
        overlap (later, holder, shape). Each step is checked (``step_problem``).
        """
        hazard = prepare(hazard)
        _check(hazard, "hazard")
        hazard_planar = _planar(hazard)
        floor = 0.5 / scale if scale > 0 else 0.5  # 0.5 m² in the CRS's square units
        releases = [self._states[rid].geometry for rid in candidates]
        own = [self._states[rid].planar for rid in candidates]
        if not candidates:
            return _Accounts([], hazard, hazard_planar, hazard_planar, hazard, [], [])
        if as_given:
            quick = self._disjoint_inside(hazard, hazard_planar, releases, own, floor, keep_shapes)
            if quick is not None:
                return quick
        remaining, remaining_planar = hazard, hazard_planar
        remaining_box = hazard.boundingBox()
        pieces: List[float] = []
        shapes: List[Optional[QgsGeometry]] = []
        overlaps: List[Tuple[int, int, QgsGeometry, float]] = []
        held: List[Tuple[int, QgsGeometry]] = []  # releases credited so far, in order
        for position, (release, own_planar) in enumerate(zip(releases, own)):
            if not as_given:
                release = prepare(release)
                _check(release, "activity")
                own_planar = _planar(release)
            box = release.boundingBox()
            if not box.intersects(hazard.boundingBox()):
                pieces.append(0.0)
                shapes.append(None)
                continue
            if remaining.isEmpty() or not box.intersects(remaining_box):
                after, after_planar = remaining, remaining_planar
            else:
                after = _checked(remaining.difference(release), "difference")
                after_planar = _planar(after)
                problem = step_problem(
                    remaining_planar, after_planar, own_planar, after.isEmpty(), box.contains(remaining_box), floor
                )
                if problem:
                    raise _StageFailedError(problem)
            piece = max(remaining_planar - after_planar, 0.0)
            piece_shape = None
            if keep_shapes and piece > 0.0:
                piece_shape = polygonal(remaining.intersection(release))
            pieces.append(piece)
            shapes.append(piece_shape)
            overlaps.extend(self._overlaps_of(position, release, hazard, held, floor))
            held.append((position, release))
            remaining, remaining_planar = after, after_planar
            if not after.isEmpty():
                remaining_box = after.boundingBox()
        return _Accounts(pieces, remaining, remaining_planar, hazard_planar, hazard, shapes, overlaps)

    @staticmethod
    def _overlaps_of(position: int, release: QgsGeometry, hazard: QgsGeometry, held, floor: float):
        """Land of the hazard in ``release`` that earlier releases hold: (position, holder, shape, planar) each."""
        box = release.boundingBox()
        earlier = [(p, g) for p, g in held if g.boundingBox().intersects(box)]
        if not earlier:
            return []
        engine = QgsGeometry.createGeometryEngine(release.constGet())
        engine.prepareGeometry()
        earlier = [(p, g) for p, g in earlier if engine.intersects(g.constGet())]
        if not earlier:
            return []
        claim = polygonal(release.intersection(hazard))
        found = []
        for holder, shape in earlier:
            if claim.isEmpty():
                break
            part = polygonal(claim.intersection(shape))
            planar = _planar(part) if not part.isEmpty() else 0.0
            if planar > floor:
                found.append((position, holder, part, planar))
                claim = polygonal(claim.difference(shape))
        return found

    def _disjoint_inside(
        self,
        hazard: QgsGeometry,
        hazard_planar: float,
        releases: List[QgsGeometry],
        own: List[float],
        floor: float,
        keep_shapes: bool,
    ) -> Optional[_Accounts]:
        """The common case in one union and one difference, or None when it does not apply.

        When the releases do not overlap each other (their union is as large as
        the sum of their areas) and all lie inside the hazard (the hazard minus
        their union is smaller by exactly the union's area), each release is
        credited with its own area and the land left is the hazard minus their
        union, as ``native:difference`` computes it. A difference that removed more
        than the union is a GEOS failure. When the union is as large as the hazard
        and lies inside it (one prepared ``contains``), nothing is left: the
        difference is not computed (a hazard released completely is common).
        """
        released = sum(own)
        if len(releases) == 1:
            union, union_planar = releases[0], released
        else:
            union = QgsGeometry.unaryUnion(releases)
            if union.isNull() or union.isEmpty() or union.lastError():
                return None
            union_planar = _planar(union)
            if abs(union_planar - released) > max(floor, SLACK * released):
                return None
        if not keep_shapes and hazard_planar - union_planar <= floor:
            engine = QgsGeometry.createGeometryEngine(hazard.constGet())
            engine.prepareGeometry()
            if engine.contains(union.constGet()):
                left = max(hazard_planar - union_planar, 0.0)  # under 0.5 m²: a rounding sliver, no geometry
                return _Accounts(list(own), QgsGeometry(), left, hazard_planar, hazard, [None] * len(releases), [])
        remaining = _checked(hazard.difference(union), "difference")
        remaining_planar = _planar(remaining)
        removed = hazard_planar - remaining_planar
        slack = max(floor, SLACK * hazard_planar)
        if removed > union_planar + slack:
            raise _StageFailedError(
                "difference removed {removed:.1f}, more than the releases' {released:.1f}".format(
                    removed=removed, released=union_planar
                )
            )
        if removed < union_planar - slack:
            return None  # some release reaches outside the hazard: the general case
        shapes = list(releases) if keep_shapes else [None] * len(releases)
        return _Accounts(list(own), remaining, remaining_planar, hazard_planar, hazard, shapes, [])

    # -- booking --

    def _book(
        self,
        position: int,
        hazard: Hazard,
        candidates: List[int],
        accounts: _Accounts,
        result: HazardResult,
        in_overlap: bool,
        scale: float,
    ) -> None:
        """Turn planar accounts into m² (``scale``: the hazard's ellipsoidal m² per planar unit) and book them."""
        result.hazard_area_m2 = accounts.hazard_planar * scale
        result.remaining = accounts.remaining
        result.remaining_m2 = max(accounts.remaining_planar, 0.0) * scale
        for rid, piece, shape in zip(candidates, accounts.pieces, accounts.piece_shapes):
            state = self._states[rid]
            state.covered += (position,)
            if piece >= state.planar - max(0.5 / scale if scale else 0.5, SLACK * piece):
                state.inside = True
            if piece <= 0.0:
                continue
            m2 = piece * scale
            state.credited_m2 += m2
            kind = state.release.release_type
            if kind == RELEASE_CLEARED:
                result.cleared_m2 += m2
            elif kind == RELEASE_REDUCED:
                result.reduced_m2 += m2
            else:
                result.cancelled_m2 += m2
            if in_overlap:
                if shape is not None and not shape.isEmpty():
                    self._pieces.append(
                        _Piece((0, self.order_key(rid)), shape.asWkb().data(), scale, hazard, state.release, rid)
                    )
            else:
                self._count(hazard, state.release, m2)
        for later, holder, shape, planar in accounts.overlaps:
            key = (candidates[later], candidates[holder])
            shapes, ids, holder_ids = self._re_release_parts.setdefault(key, ([], set(), set()))
            shapes.append(shape)
            ids.add(hazard.hazard_id)
            holder_ids.add(hazard.hazard_id)
            result.re_released_m2 += planar * scale
        if in_overlap:
            if not accounts.remaining.isEmpty():
                self._pieces.append(_Piece((1, position), accounts.remaining.asWkb().data(), scale, hazard, None))
        else:
            self._count(hazard, None, result.remaining_m2)
        self._add_to_totals(result)

    def _count(self, hazard: Hazard, release: Optional[Release], m2: float) -> None:
        """Add land counted once to the national totals, the summary and the splits."""
        if m2 <= 0.0:
            return
        totals = self.totals
        split = self._split(hazard)
        split.hazards.add(hazard.hazard_id)
        totals.hazard_m2 += m2
        if release is None:
            totals.remaining_m2 += m2
            split.remaining_m2 += m2
            if m2 >= self.min_area_m2:
                split.hazards_with_remaining.add(hazard.hazard_id)
            row = self._row(hazard.governorate, None, None, None)
            row.remaining_m2 += m2
            row.hazards.add(hazard.hazard_id)
            return
        kind = release.release_type
        if kind == RELEASE_CLEARED:
            totals.cleared_m2 += m2
            split.cleared_m2 += m2
        elif kind == RELEASE_REDUCED:
            totals.reduced_m2 += m2
            split.reduced_m2 += m2
        else:
            totals.cancelled_m2 += m2
            split.cancelled_m2 += m2
        row = self._row(hazard.governorate, release.organisation, kind, release.year)
        row.released_m2 += m2
        row.activities.add(release.activity_id)
        row.hazards.add(hazard.hazard_id)

    def _row(self, governorate, organisation, release_type, year) -> SummaryRow:
        key = (governorate, organisation, release_type, year)
        row = self._summary.get(key)
        if row is None:
            row = self._summary[key] = SummaryRow(governorate, organisation, release_type, year)
        return row

    def _split(self, hazard: Hazard) -> SplitRow:
        key = (hazard.governorate, hazard.classification, hazard.contamination)
        row = self._splits.get(key)
        if row is None:
            row = self._splits[key] = SplitRow(*key)
        return row

    def _add_to_totals(self, result: HazardResult) -> None:
        """Counts and the per-hazard sums (the areas counted once are booked by ``_count``)."""
        totals = self.totals
        totals.hazards += 1
        per = totals.per_hazard
        remaining = result.remaining_m2 if result.remaining_m2 is not None else result.hazard_area_m2
        for key, value in (
            ("hazard", result.hazard_area_m2),
            ("cancelled", result.cancelled_m2),
            ("reduced", result.reduced_m2),
            ("cleared", result.cleared_m2),
            ("remaining", remaining),
        ):
            per[key] = per.get(key, 0.0) + value
        if remaining >= self.min_area_m2:
            totals.hazards_with_remaining += 1
        totals.closed_with_remaining += int(result.closed_with_remaining)
        totals.mismatches += int(result.remaining_mismatch)
        totals.failed += int(result.computation in (COMPUTED_FAILED, COMPUTED_NO_GEOMETRY, COMPUTED_BAD_COORDINATES))
        totals.retried += int(result.computation == COMPUTED_RETRIED)
        totals.invalid_inputs += int(result.invalid_input)

    # -- finish --

    def _finish(self) -> None:
        self._sweep()
        self._finish_re_releases()
        by_id: Dict[str, List[int]] = {}
        for position, hazard in enumerate(self.hazards):
            by_id.setdefault(hazard.hazard_id, []).append(position)
        self._finish_outside(by_id)

    def _sweep(self) -> None:
        """Count the land of overlapping hazards once: credited pieces in precedence order, then what remains.

        A credited piece over land an earlier release holds in another hazard is a
        re-release across hazards: counted once here, for the holder, and reported.
        """
        pieces = sorted(self._pieces, key=lambda piece: piece.order)
        self._pieces = []
        index = QgsSpatialIndex()
        counted: List[bytes] = []  # WKB of what each counted piece counted (they are disjoint)
        owners: List[_Piece] = []
        for position, piece in enumerate(pieces):
            pieces[position] = None  # let it go as the sweep moves on
            geometry = as_geometry(piece.wkb)
            box = geometry.boundingBox()
            # The pieces of one hazard partition it: only another hazard's pieces can overlap this one.
            earlier = [
                (i, as_geometry(counted[i])) for i in index.intersects(box) if owners[i].hazard is not piece.hazard
            ]
            if earlier:
                engine = QgsGeometry.createGeometryEngine(geometry.constGet())
                engine.prepareGeometry()
                earlier = [(i, other) for i, other in earlier if engine.intersects(other.constGet())]
            if earlier:
                if piece.release is not None:
                    self._re_releases_across(
                        piece, geometry, [(i, other) for i, other in earlier if owners[i].release is not None], owners
                    )
                shapes = [other for _, other in earlier]
                cover = shapes[0] if len(shapes) == 1 else QgsGeometry.unaryUnion(shapes)
                rest = polygonal(geometry.difference(cover))
                if rest.isEmpty() and rest.lastError():
                    rest = polygonal(repaired(geometry).difference(repaired(cover)))
                geometry = rest
            if geometry.isEmpty():
                continue
            self._count(piece.hazard, piece.release, _planar(geometry) * piece.scale)
            index.addFeature(len(counted), geometry.boundingBox())
            counted.append(geometry.asWkb().data())
            piece.wkb = b""  # only its owner's attributes are needed from now on
            owners.append(piece)

    def _re_releases_across(
        self, piece: _Piece, geometry: QgsGeometry, holders: List[Tuple[int, QgsGeometry]], owners: List[_Piece]
    ) -> None:
        """Land of a credited piece that another hazard's earlier release holds (counted pieces are disjoint)."""
        floor = 0.5 / piece.scale if piece.scale > 0 else 0.5
        for i, held in holders:
            holder = owners[i]
            if holder.rid == piece.rid:
                continue  # one release linked by overlap to both hazards: the same land, not a second release
            part = polygonal(geometry.intersection(held))
            if part.isEmpty() or _planar(part) <= floor:
                continue
            shapes, ids, holder_ids = self._re_release_parts.setdefault((piece.rid, holder.rid), ([], set(), set()))
            shapes.append(part)
            ids.add(piece.hazard.hazard_id)
            holder_ids.add(holder.hazard.hazard_id)

    def _finish_re_releases(self) -> None:
        for (later, holder), (shapes, ids, holder_ids) in sorted(self._re_release_parts.items(), key=lambda i: i[0]):
            shape = shapes[0] if len(shapes) == 1 else polygonal(QgsGeometry.unaryUnion(shapes))
            area = self.area(shape)
            if area < self.min_area_m2:
                continue
            self._re_releases.append(
                ReRelease(self.releases[later], self.releases[holder], sorted(ids), shape, area, sorted(holder_ids))
            )
        self._re_release_parts = {}
        self.totals.re_releases = len(self._re_releases)
        self.totals.re_released_m2 = sum(item.area_m2 for item in self._re_releases)

    def _finish_outside(self, by_id: Dict[str, List[int]]) -> None:
        for state in self._states:
            if not state.usable or (state.inside and not state.unknown_link):
                continue
            release, geometry = state.release, state.geometry
            link_known = bool(release.link) and release.link in by_id
            if link_known:
                hazards = by_id[release.link]
                finding = OUTSIDE_LINKED
            else:
                hazards = sorted(set(state.covered))
                finding = OUTSIDE_UNKNOWN_HAZARD if release.link else OUTSIDE_ALL
            ids = sorted({self.hazards[h].hazard_id for h in hazards}) or ([release.link] if release.link else [])
            if not hazards:
                part, area, cover = geometry, self.area(geometry), None
                finding = OUTSIDE_UNKNOWN_HAZARD if release.link else OUTSIDE_NO_HAZARD
            elif state.inside:
                part, area, cover = QgsGeometry(), 0.0, None
            else:
                part, area, cover = self._outside_of(geometry, [self._hazard_shapes[h].geometry for h in hazards])
            if state.unknown_link and hazards:
                self._credited_by_overlap(state, geometry, ids, cover)
            if area < self.min_area_m2 or part.isEmpty():
                continue
            self._outside.append(
                OutsidePart(release, ids, part, area, finding, self._outside_message(release, ids, area, finding))
            )
        land = [p for p in self._outside if p.finding not in RECORD_FINDINGS]
        self.totals.outside_parts = len(land)
        self.totals.outside_m2 = sum(p.area_m2 for p in land)

    def _credited_by_overlap(
        self, state: _ReleaseState, geometry: QgsGeometry, ids: List[str], cover: Optional[QgsGeometry]
    ) -> None:
        """Report a release naming a hazard that is not in the layer, credited to the hazards it lies in
        (``geometry``: the release's, already read from ``state``)."""
        release = state.release
        inside = geometry if cover is None else polygonal(geometry.intersection(cover))
        self._outside.append(
            OutsidePart(
                release,
                ids,
                inside,
                self.area(inside),
                OUTSIDE_CREDITED_BY_OVERLAP,
                QCoreApplication.translate(
                    "GapAnalysis",
                    "Activity {activity_id} names hazard {named}, which is not in the hazards layer. It lies in "
                    "hazard {hazard_id}: linked by overlap, it is credited there with {area} m² (the land no earlier "
                    "release holds). Check the hazard ID it names.",
                ).format(
                    activity_id=release.activity_id,
                    named=release.link,
                    hazard_id=", ".join(ids),
                    area=format_decimal(state.credited_m2),
                ),
            )
        )

    def _outside_of(
        self, release: QgsGeometry, hazards: List[QgsGeometry]
    ) -> Tuple[QgsGeometry, float, Optional[QgsGeometry]]:
        """The part of ``release`` outside ``hazards``, its area, and the hazards' union it was cut by (None: none)."""
        hazards = [h for h in hazards if not h.isEmpty()]
        if not hazards:
            return release, self.area(release), None
        box = release.boundingBox()
        touching = [h for h in hazards if h.boundingBox().intersects(box)]
        if not touching:
            return release, self.area(release), None
        if len(touching) == 1:
            if touching[0].contains(release):
                return QgsGeometry(), 0.0, touching[0]
            cover = touching[0]
        else:
            cover = QgsGeometry.unaryUnion(touching)
        part = polygonal(release.difference(cover))
        if part.isEmpty() and part.lastError():
            part = polygonal(repaired(release).difference(repaired(cover)))
        return part, self.area(part), cover

    def _outside_message(self, release: Release, ids: List[str], area: float, finding: str) -> str:
        values = dict(activity_id=release.activity_id, hazard_id=", ".join(ids), area=format_decimal(area))
        if finding == OUTSIDE_LINKED:
            return QCoreApplication.translate(
                "GapAnalysis", "{area} m² of activity {activity_id} lie outside its hazard {hazard_id}."
            ).format(**values)
        if finding == OUTSIDE_UNKNOWN_HAZARD:
            return QCoreApplication.translate(
                "GapAnalysis",
                "Activity {activity_id} names hazard {hazard_id}, which is not in the hazards layer; {area} m² lie "
                "outside every hazard it overlaps.",
            ).format(activity_id=release.activity_id, hazard_id=release.link, area=values["area"])
        if finding == OUTSIDE_NO_HAZARD:
            return QCoreApplication.translate(
                "GapAnalysis", "Activity {activity_id} ({area} m²) overlaps no hazard."
            ).format(**values)
        return QCoreApplication.translate(
            "GapAnalysis", "{area} m² of activity {activity_id} lie outside the hazards it overlaps ({hazard_id})."
        ).format(**values)

    def _sorted_summary(self) -> List[SummaryRow]:
        """Summary rows by governorate, organisation, release type and year; remaining rows last per governorate."""

        def key(row: SummaryRow) -> tuple:
            return (
                row.governorate or "",
                row.release_type is None,
                row.organisation or "",
                RANK.get(row.release_type or "", 9),
                row.year or 0,
            )

        return sorted(self._summary.values(), key=key)


def as_geometry(value: Union[QgsGeometry, bytes, None]) -> QgsGeometry:
    """The QgsGeometry of a record's geometry: itself, or read from its WKB; a null geometry for None."""
    if isinstance(value, QgsGeometry):
        return value
    geometry = QgsGeometry()
    if value:
        geometry.fromWkb(bytes(value))
    return geometry


def _planar(geometry: QgsGeometry) -> float:
    """Area in the CRS's square units; 0 for empty geometries (QgsGeometry.area() gives -1 for those)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return 0.0
    return max(geometry.area(), 0.0)


def _check(geometry: QgsGeometry, what: str, allow_empty: bool = False) -> None:
    """Raise _StageFailedError on a GEOS error or an unexpected empty result."""
    error = geometry.lastError() if geometry is not None else "null"
    if error:
        raise _StageFailedError(f"{what}: {error}")
    if not allow_empty and (geometry is None or geometry.isNull() or geometry.isEmpty()):
        raise _StageFailedError(f"{what}: empty geometry")


def _checked(geometry: QgsGeometry, what: str) -> QgsGeometry:
    """Polygon parts of a GEOS result, after checking it carries no GEOS error (may be empty)."""
    _check(geometry, what, allow_empty=True)
    return polygonal(geometry)


def compute(
    hazards: Iterable[Hazard],
    releases: Iterable[Release],
    crs: QgsCoordinateReferenceSystem,
    **options,
) -> GapResult:
    """Convenience for scripts and tests: the result of one analysis of these hazards and releases."""
    analysis = GapAnalysis(crs, **options)
    for hazard in hazards:
        analysis.add_hazard(hazard)
    for release in releases:
        analysis.add_release(release)
    return analysis.run()
