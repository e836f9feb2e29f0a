"""The validation engine: reads the hazards once, runs every rule, returns findings.

Speed on a national register comes from doing each expensive thing once: one pass
over the features (only the attributes the rules read), one spatial index of
bounding boxes, one prepared GEOS geometry per hazard for the pairwise tests, and
ellipsoidal measurement only of what is reported (overlaps, areas compared). A GEOS
failure on one hazard becomes an ``invalid_geometry`` finding for it; the run goes on.
"""

import gc
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Dict, Iterable, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from mineaction_qgis.core.common import governorates
from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import STORAGE_CRS, fields_from
from mineaction_qgis.core.common.repair import repaired
from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.rules import ALL_RULES, LayerRule, PairRule, RecordRule, Rule
from mineaction_qgis.core.validation.rules.base import (
    ERROR,
    Finding,
    HazardRecord,
    Pair,
    ValidationSettings,
    polygonal_part,
)
from mineaction_qgis.core.validation.rules.communities import Gazetteer
from mineaction_qgis.core.validation.rules.location import Boundaries

# Metres per degree, upper bounds: a meridian degree is at most 111.7 km, a parallel degree
# at most 111.33 km, so a segment of |dx|+|dy| degrees is at most (|dx|+|dy|) * 111.7 km long.
METRES_PER_DEGREE_MAX = 111_700.0
VERTEX_TOLERANCE_DEGREES = 1e-6
VERTEX_TOLERANCE_METRES = 0.1

# Fields of the issue layer, in order (documented in docs/en/validation.md).
ISSUE_FIELDS = (
    ("hazard_id", QVariant.Type.String),
    ("rule", QVariant.Type.String),
    ("severity", QVariant.Type.String),
    ("message", QVariant.Type.String),
    ("value", QVariant.Type.Double),
    ("field", QVariant.Type.String),
    ("governorate", QVariant.Type.String),
    ("feature_ids", QVariant.Type.String),
    ("key", QVariant.Type.String),
    ("reviewed", QVariant.Type.Int),
    ("is_new", QVariant.Type.Int),
)


def issue_fields() -> QgsFields:
    return fields_from(ISSUE_FIELDS)  # text without a length limit: messages and ID lists can be long


@dataclass
class ValidationResult:
    findings: List[Finding] = field(default_factory=list)
    checked: int = 0


class RuleContext:
    """What the rules may ask during a run: settings, measurement, boundaries, caches."""

    def __init__(
        self,
        settings: ValidationSettings,
        crs: QgsCoordinateReferenceSystem,
        extent: QgsRectangle,
        transform_context: QgsCoordinateTransformContext,
        boundaries: Optional[Boundaries] = None,
    ) -> None:
        self.settings = settings
        self.crs = crs
        self.measurer = Measurer(crs, transform_context)
        self.boundaries = boundaries
        self.communities: Optional[Gazetteer] = None  # set by validate() when a LOCATIONS layer is given
        geographic = crs.isValid() and crs.isGeographic()
        self.vertex_tolerance = VERTEX_TOLERANCE_DEGREES if geographic else VERTEX_TOLERANCE_METRES
        self.planar_spacing_limit = self._planar_limit(geographic, extent)
        self.active = set(settings.rules) if settings.rules else {rule.code for rule in ALL_RULES}

    def _planar_limit(self, geographic: bool, extent: QgsRectangle) -> float:
        """Length in layer units under which a segment (as |dx|+|dy|) is surely within MAX_VERTEX_SPACING."""
        maximum = self.settings.max_vertex_spacing_m or 0.0
        if geographic:
            return maximum / METRES_PER_DEGREE_MAX
        scale = 1.0
        if extent is not None and not extent.isEmpty() and extent.isFinite():
            step = max(extent.width(), extent.height(), 1.0) / 1000.0
            for i in range(5):
                for j in range(5):
                    x = extent.xMinimum() + extent.width() * i / 4.0
                    y = extent.yMinimum() + extent.height() * j / 4.0
                    for dx, dy in ((step, 0.0), (0.0, step)):
                        metres = self.measurer.distance_m(QgsPointXY(x, y), QgsPointXY(x + dx, y + dy))
                        if metres == metres and metres > 0:  # not NaN
                            scale = max(scale, metres / step)
        return maximum / (scale * 1.05)

    def runs(self, code: str) -> bool:
        return code in self.active

    def area_m2(self, record: HazardRecord) -> float:
        """Ellipsoidal area of the hazard's (repaired) polygon, measured once."""
        area = record.cache.get("area")
        if area is None:
            area = self.measurer.area_m2(record.work_geometry) if record.work_geometry is not None else 0.0
            record.cache["area"] = area
        return area

    def governorate_of(self, record: HazardRecord) -> str:
        """The recorded governorate; where empty, the boundary that holds the hazard (if located)."""
        recorded = record.text(self.settings.governorate_field) if self.settings.governorate_field else ""
        if recorded or self.boundaries is None:
            return governorates.names().display(recorded) or ""
        located = self.boundaries.locate(record) if record.work_geometry is not None else None
        return self.boundaries.names[located] if located is not None else ""


def active_rules(settings: ValidationSettings, ctx: RuleContext) -> List[Rule]:
    return [rule for rule in ALL_RULES if ctx.runs(rule.code) and rule.applies(ctx)]


def _prepare(record: HazardRecord) -> None:
    """Validity and a usable polygon for measuring and pairwise tests."""
    if not record.has_geometry:
        return
    geometry = record.geometry
    record.valid = geometry.isGeosValid()
    if record.valid:
        record.work_geometry = geometry
    else:
        fixed = repaired(geometry)  # core/common/repair.py: the plugin's one repair strategy
        if fixed.isEmpty() and (fixed.lastError() or geometry.lastError()):
            record.cache["geos_error"] = fixed.lastError() or geometry.lastError()
        record.work_geometry = None if fixed.isEmpty() else fixed
    if record.work_geometry is not None:
        record.bbox = record.work_geometry.boundingBox()


def _geos_failure(record: HazardRecord, ctx: RuleContext, error: str) -> Finding:
    from mineaction_qgis.core.validation.rules.geometry import InvalidGeometry

    message = QCoreApplication.translate(
        "RuleContext", "Hazard {hazard}: GEOS failed on its geometry ({error}); it was checked without it."
    )
    return InvalidGeometry().record_finding(record, ctx, message.format(hazard=record.label, error=error))


def _features(source: QgsFeatureSource, request: QgsFeatureRequest) -> Iterable[QgsFeature]:
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def validate(
    source: QgsFeatureSource,
    settings: ValidationSettings,
    boundaries: Optional[QgsFeatureSource] = None,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
    feedback: Optional[QgsFeedback] = None,
    locations: Optional[QgsFeatureSource] = None,
) -> ValidationResult:
    """Run the active rules of ``settings`` on every feature of ``source``.

    ``feedback`` gets the progress (0-100) and is asked whether to stop, every few hundred
    hazards; a rule that fails on one hazard is reported to it (or to the QGIS log) and the
    run goes on. A cancelled run returns the findings made so far.

    Python's cyclic garbage collector is paused during the run: the records hold no
    reference cycles, and its full passes over hundreds of thousands of live objects
    would otherwise make the run grow faster than the register.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _validate(source, settings, boundaries, transform_context, feedback or QgsFeedback(), locations)
    finally:
        if collecting:
            gc.enable()


def _validate(
    source: QgsFeatureSource,
    settings: ValidationSettings,
    boundaries: Optional[QgsFeatureSource],
    transform_context: Optional[QgsCoordinateTransformContext],
    feedback: QgsFeedback,
    locations: Optional[QgsFeatureSource] = None,
) -> ValidationResult:
    transform_context = transform_context or QgsProject.instance().transformContext()
    progress, canceled, warn = feedback.setProgress, feedback.isCanceled, partial(push_message, feedback)
    crs = source.sourceCrs()
    located = Boundaries(boundaries, settings.boundary_name_field, crs, transform_context) if boundaries else None
    ctx = RuleContext(settings, crs, source.sourceExtent(), transform_context, located)
    ctx.communities = Gazetteer(locations) if locations is not None else None
    rules = active_rules(settings, ctx)
    record_rules = [r for r in rules if isinstance(r, RecordRule)]
    pair_rules = [r for r in rules if isinstance(r, PairRule)]
    layer_rules = [r for r in rules if isinstance(r, LayerRule)]

    fields = source.fields()
    indexes: Dict[str, int] = {name: fields.lookupField(name) for name in settings.attribute_fields()}
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in indexes.values() if i >= 0])
    total = max(source.featureCount(), 1)
    result = ValidationResult()
    records: List[HazardRecord] = []
    for number, feature in enumerate(_features(source, request)):
        if number % 500 == 0:
            if canceled():
                return result
            progress(50.0 * number / total)
        attributes = feature.attributes()
        values = {name: attributes[i] for name, i in indexes.items() if i >= 0}
        record = HazardRecord(
            feature.id(), as_text(values.get(settings.id_field)), values, QgsGeometry(feature.geometry())
        )
        _prepare(record)
        for rule in record_rules:
            try:
                result.findings.extend(rule.check(record, ctx))
            except Exception as error:  # a GEOS/QGIS failure on one hazard must not stop the run
                warn(
                    QCoreApplication.translate("RuleContext", "Rule {rule} failed on hazard {hazard}: {error}").format(
                        rule=rule.code, hazard=record.label, error=error
                    )
                )
                result.findings.append(_geos_failure(record, ctx, str(error)))
        records.append(record)
    result.checked = len(records)

    if pair_rules:
        _run_pairs(records, pair_rules, ctx, result, progress, canceled, warn)
    for rule in layer_rules:
        result.findings.extend(rule.check_all(records, ctx))
    progress(100.0)
    return result


def _run_pairs(
    records: List[HazardRecord],
    pair_rules: List[PairRule],
    ctx: RuleContext,
    result: ValidationResult,
    progress: Callable[[float], None],
    canceled: Callable[[], bool],
    warn: Callable[[str], None],
) -> None:
    """Every pair of hazards whose polygons share ground, through the index and prepared geometries."""
    spatial = [record for record in records if record.work_geometry is not None]
    index = QgsSpatialIndex()
    for position, record in enumerate(spatial):
        index.addFeature(position, record.bbox)
    total = max(len(spatial), 1)
    for i, first in enumerate(spatial):
        if i % 500 == 0:
            if canceled():
                return
            progress(50.0 + 45.0 * i / total)
        later = [j for j in index.intersects(first.bbox) if j > i]
        if not later:
            continue
        engine = first.engine()
        for j in later:
            second = spatial[j]
            if not engine.intersects(second.work_geometry.constGet()):
                continue
            common = first.work_geometry.intersection(second.work_geometry)
            if common.isNull() and common.lastError():
                warn(
                    QCoreApplication.translate(
                        "RuleContext", "GEOS failed on hazards {first} and {second}: {error}"
                    ).format(first=first.label, second=second.label, error=common.lastError())
                )
                result.findings.append(_geos_failure(first, ctx, common.lastError()))
                continue
            overlap = polygonal_part(common)
            if overlap is None:
                continue
            pair = Pair(first, second, overlap, ctx.measurer.area_m2(overlap), ctx.area_m2(first), ctx.area_m2(second))
            for rule in pair_rules:
                result.findings.extend(rule.check_pair(pair, ctx))
        first.release_engine()


# --- The issue layer -------------------------------------------------------------------------


class FindingKeys:
    """Stable keys of findings: (hazard IDs, rule, field, location rounded to ~1 m in WGS 84).

    A finding of a later run with the same key is the same problem: its ``reviewed``
    mark carries over (PREVIOUS parameter) and it is not new.
    """

    def __init__(self, crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext) -> None:
        self._transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(STORAGE_CRS), transform_context)

    def key(self, finding: Finding) -> str:
        location = "-"
        geometry = finding.geometry
        if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
            point = geometry.boundingBox().center()
            try:
                point = self._transform.transform(point)
            except Exception:  # a coordinate the transform cannot handle: keep layer units
                pass
            x, y = point.x(), point.y()
            if abs(x) <= 360 and abs(y) <= 180:
                location = f"{x:.5f} {y:.5f}"
            else:  # out of range or not a number: still a short, stable text
                location = f"{x:.9g} {y:.9g}"
        return f"{finding.hazard_id}|{finding.rule}|{finding.field_name}|{location}"


def previous_reviews(source: Optional[QgsFeatureSource]) -> Dict[str, int]:
    """``key`` -> ``reviewed`` of an earlier issue layer (empty when there is none)."""
    if source is None:
        return {}
    names = source.fields().names()
    if "key" not in names or "reviewed" not in names:
        return {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["key", "reviewed"], source.fields())
    reviews: Dict[str, int] = {}
    for feature in source.getFeatures(request):
        key = as_text(feature["key"])
        reviewed = feature["reviewed"]
        reviews[key] = 1 if (as_text(reviewed) not in ("", "0", "false", "False")) else reviews.get(key, 0)
    return reviews


def issue_feature(finding: Finding, fields: QgsFields, key: str, previous: Dict[str, int]) -> QgsFeature:
    """The issue-layer feature of a finding; ``reviewed`` carried over from ``previous``."""
    feature = QgsFeature(fields)
    if finding.geometry is not None and not finding.geometry.isNull():
        feature.setGeometry(finding.geometry)
    feature.setAttributes(
        [
            finding.hazard_id,
            finding.rule,
            finding.severity,
            finding.message,
            finding.value,
            finding.field_name,
            finding.governorate,
            finding.feature_ids,
            key,
            previous.get(key, 0),
            0 if key in previous else 1,
        ]
    )
    return feature


def count_by(findings: Iterable[Finding], attribute: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for finding in findings:
        name = getattr(finding, attribute) or ""
        counts[name] = counts.get(name, 0) + 1
    return counts


def worst_first(findings: List[Finding]) -> List[Finding]:
    order = {ERROR: 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: (order.get(f.severity, 3), f.rule, f.hazard_id))
