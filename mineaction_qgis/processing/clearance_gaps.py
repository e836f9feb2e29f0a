"""``mineaction:clearancegaps``: remaining contaminated land per hazard, release findings, summary, report."""

from functools import partial
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis.core.common.model import fields_from
from mineaction_qgis.core.common.numbers import format_decimal, format_km2
from mineaction_qgis.core.common.safe_output import AtomicFile, layer_sources, staged_parameters, staged_sinks
from mineaction_qgis.core.common.styles import apply_style
from mineaction_qgis.core.gaps import analysis as gaps
from mineaction_qgis.core.gaps import article7, communities, progress_records
from mineaction_qgis.core.gaps.inputs import (
    HazardFields,
    ReleaseFields,
    contamination_mapper,
    read_hazards,
    read_releases,
)
from mineaction_qgis.core.gaps.report import report_of
from mineaction_qgis.core.imsma.profile import load_profile
from mineaction_qgis.processing.base import MineActionAlgorithm


def output_fields() -> QgsFields:
    """Fields of OUTPUT, one feature per hazard (documented in docs/en/gaps.md)."""
    return fields_from(
        (
            ("hazard_id", QVariant.Type.String),
            ("status", QVariant.Type.String),
            ("governorate", QVariant.Type.String),
            ("hazard_area_m2", QVariant.Type.Double),
            ("cancelled_m2", QVariant.Type.Double),
            ("reduced_m2", QVariant.Type.Double),
            ("cleared_m2", QVariant.Type.Double),
            ("released_m2", QVariant.Type.Double),
            ("remaining_m2", QVariant.Type.Double),
            ("remaining_pct", QVariant.Type.Double),
            ("reported_remaining_m2", QVariant.Type.Double),
            ("difference_m2", QVariant.Type.Double),
            ("closed_with_remaining", QVariant.Type.Bool),
            ("remaining_mismatch", QVariant.Type.Bool),
            ("invalid_input", QVariant.Type.Bool),
            ("computation", QVariant.Type.String),
            ("re_released_m2", QVariant.Type.Double),
            ("note", QVariant.Type.String),
        )
    )


def outside_fields() -> QgsFields:
    """Fields of OUTSIDE: parts of releases outside their hazard, and releases that released nothing."""
    return fields_from(
        (
            ("activity_id", QVariant.Type.String),
            ("hazard_id", QVariant.Type.String),
            ("named_hazard_id", QVariant.Type.String),
            ("release_type", QVariant.Type.String),
            ("organisation", QVariant.Type.String),
            ("area_m2", QVariant.Type.Double),
            ("finding", QVariant.Type.String),
            ("message", QVariant.Type.String),
        )
    )


def re_release_fields() -> QgsFields:
    """Fields of RE_RELEASES: land a later release claims although an earlier one holds it."""
    return fields_from(
        (
            ("activity_id", QVariant.Type.String),
            ("release_type", QVariant.Type.String),
            ("release_date", QVariant.Type.String),
            ("organisation", QVariant.Type.String),
            ("credited_activity_id", QVariant.Type.String),
            ("credited_release_type", QVariant.Type.String),
            ("credited_release_date", QVariant.Type.String),
            ("credited_organisation", QVariant.Type.String),
            ("hazard_id", QVariant.Type.String),
            ("credited_hazard_id", QVariant.Type.String),
            ("area_m2", QVariant.Type.Double),
            ("finding", QVariant.Type.String),
            ("message", QVariant.Type.String),
        )
    )


def summary_fields() -> QgsFields:
    """Fields of SUMMARY: released and remaining area by governorate, organisation, type and year."""
    return fields_from(
        (
            ("governorate", QVariant.Type.String),
            ("organisation", QVariant.Type.String),
            ("release_type", QVariant.Type.String),
            ("year", QVariant.Type.Int),
            ("released_m2", QVariant.Type.Double),
            ("released_km2", QVariant.Type.Double),
            ("remaining_m2", QVariant.Type.Double),
            ("remaining_km2", QVariant.Type.Double),
            ("activities", QVariant.Type.Int),
            ("hazards", QVariant.Type.Int),
        )
    )


def split_fields() -> QgsFields:
    """Fields of SPLITS: released and remaining area by governorate, classification and contamination."""
    return fields_from(
        (
            ("governorate", QVariant.Type.String),
            ("classification", QVariant.Type.String),
            ("contamination", QVariant.Type.String),
            ("cancelled_m2", QVariant.Type.Double),
            ("reduced_m2", QVariant.Type.Double),
            ("cleared_m2", QVariant.Type.Double),
            ("released_m2", QVariant.Type.Double),
            ("remaining_m2", QVariant.Type.Double),
            ("hazards", QVariant.Type.Int),
            ("hazards_with_remaining", QVariant.Type.Int),
        )
    )


def records_summary_fields() -> QgsFields:
    """Fields of RECORDS_SUMMARY (documented in docs/en/gaps.md)."""
    text, number = QVariant.Type.String, QVariant.Type.Int
    kinds = {"topic": text, "governorate": text, "organisation": text, "category": text}
    return fields_from((name, kinds.get(name, number)) for name, _ in progress_records.SUMMARY_FIELDS)


def community_summary_fields() -> QgsFields:
    """Fields of COMMUNITY_SUMMARY (documented in docs/en/gaps.md)."""
    kinds = {"hazards": QVariant.Type.Int, "hazards_open": QVariant.Type.Int}
    number = QVariant.Type.Double
    text = ("location_id", "name", "governorate", "district")
    return fields_from(
        (name, QVariant.Type.String if name in text else kinds.get(name, number))
        for name, _ in communities.SUMMARY_FIELDS
    )


def _multi(geometry: QgsGeometry) -> QgsGeometry:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    geometry = QgsGeometry(geometry)
    geometry.convertToMultiType()
    return geometry


def _feature(fields: QgsFields, attributes: list, geometry: Optional[QgsGeometry] = None) -> QgsFeature:
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(_multi(geometry))
    feature.setAttributes(attributes)
    return feature


def output_feature(fields: QgsFields, result: gaps.HazardResult) -> QgsFeature:
    failed = result.remaining_m2 is None
    return _feature(
        fields,
        [
            result.hazard.hazard_id,
            result.hazard.status,
            result.hazard.governorate,
            result.hazard_area_m2,
            None if failed else result.cancelled_m2,
            None if failed else result.reduced_m2,
            None if failed else result.cleared_m2,
            None if failed else result.released_m2,
            result.remaining_m2,
            result.remaining_pct,
            result.hazard.reported_remaining_m2,
            result.difference_m2,
            result.closed_with_remaining,
            result.remaining_mismatch,
            result.invalid_input,
            result.computation,
            result.re_released_m2,
            result.note or None,
        ],
        result.remaining,
    )


def outside_feature(fields: QgsFields, part: gaps.OutsidePart) -> QgsFeature:
    release = part.release
    return _feature(
        fields,
        [
            release.activity_id,
            ", ".join(part.hazard_ids) or None,
            release.link,
            release.release_type or release.type_text,
            release.organisation,
            part.area_m2,
            part.finding,
            part.message,
        ],
        part.geometry,
    )


def re_release_feature(fields: QgsFields, item: gaps.ReRelease) -> QgsFeature:
    later, holder = item.release, item.holder
    return _feature(
        fields,
        [
            later.activity_id,
            later.release_type,
            later.date,
            later.organisation,
            holder.activity_id,
            holder.release_type,
            holder.date,
            holder.organisation,
            ", ".join(item.hazard_ids),
            ", ".join(item.holder_hazard_ids) or ", ".join(item.hazard_ids),
            item.area_m2,
            gaps.RE_RELEASE,
            item.message,
        ],
        item.geometry,
    )


def _write_hazard(
    sink, fields: QgsFields, min_area_m2: float, feedback, flagged: List[bool], by_community, result
) -> None:
    """One hazard row of OUTPUT, written as soon as it is computed and then let go.

    ``flagged`` collects the flags, ``by_community`` (communities.CommunityTotals) the community figures.
    """
    flagged.append(result.flagged)
    by_community.add(
        result.hazard.location, result.closed, result.hazard_area_m2, result.released_m2, result.remaining_m2
    )
    if (result.remaining_m2 is not None and result.remaining_m2 >= min_area_m2) or result.flagged:
        sink.addFeature(output_feature(fields, result), QgsFeatureSink.Flag.FastInsert)
    if result.computation != gaps.COMPUTED_OK:
        feedback.pushWarning(result.note)


def summary_feature(fields: QgsFields, row: gaps.SummaryRow) -> QgsFeature:
    return _feature(
        fields,
        [
            row.governorate,
            row.organisation,
            row.release_type,
            row.year,
            row.released_m2,
            row.released_m2 / 1e6,
            row.remaining_m2,
            row.remaining_m2 / 1e6,
            len(row.activities),
            len(row.hazards),
        ],
    )


def split_feature(fields: QgsFields, row: gaps.SplitRow) -> QgsFeature:
    return _feature(
        fields,
        [
            row.governorate,
            row.classification,
            row.contamination,
            row.cancelled_m2,
            row.reduced_m2,
            row.cleared_m2,
            row.released_m2,
            row.remaining_m2,
            len(row.hazards),
            len(row.hazards_with_remaining),
        ],
    )


# Post-processors must outlive the algorithm run: QGIS calls them after it, and holds no reference.
_STYLERS: List["_StyleGaps"] = []


class _StyleGaps(QgsProcessingLayerPostProcessorInterface):
    """Applies resources/styles/<name>.qml to an output loaded into the project."""

    def __init__(self, style: str) -> None:
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback) -> None:
        apply_style(layer, self.style)


def _style(context: QgsProcessingContext, dest_id: str, style: str) -> None:
    if context.willLoadLayerOnCompletion(dest_id):
        styler = _StyleGaps(style)
        _STYLERS[:] = _STYLERS[-9:] + [styler]
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)


class ClearanceGapsAlgorithm(MineActionAlgorithm):
    """Hazard minus its cancelled, reduced and cleared land, released once, counted once, on the ellipsoid."""

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    HAZARD_ID_FIELD = "HAZARD_ID_FIELD"
    LINK_FIELD = "LINK_FIELD"
    RELEASE_TYPE_FIELD = "RELEASE_TYPE_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    REPORTED_REMAINING_FIELD = "REPORTED_REMAINING_FIELD"
    GOVERNORATE_FIELD = "GOVERNORATE_FIELD"
    CLASSIFICATION_FIELD = "CLASSIFICATION_FIELD"
    CONTAMINATION_FIELD = "CONTAMINATION_FIELD"
    ACTIVITY_ID_FIELD = "ACTIVITY_ID_FIELD"
    ORGANISATION_FIELD = "ORGANISATION_FIELD"
    END_DATE_FIELD = "END_DATE_FIELD"
    START_DATE_FIELD = "START_DATE_FIELD"
    PRECEDENCE = "PRECEDENCE"
    PROFILE = "PROFILE"
    TOLERANCE_M2 = "TOLERANCE_M2"
    MIN_AREA_M2 = "MIN_AREA_M2"
    CHECK_VALIDITY = "CHECK_VALIDITY"
    OUTPUT = "OUTPUT"
    OUTSIDE = "OUTSIDE"
    RE_RELEASES = "RE_RELEASES"
    SUMMARY = "SUMMARY"
    SPLITS = "SPLITS"
    REPORT = "REPORT"
    ARTICLE7_APMBC = "ARTICLE7_APMBC"
    ARTICLE7_CCM = "ARTICLE7_CCM"
    ITEMS = "ITEMS"
    SPOT_TASKS = "SPOT_TASKS"
    ACCIDENTS = "ACCIDENTS"
    VICTIMS = "VICTIMS"
    RECORDS_SUMMARY = "RECORDS_SUMMARY"
    LOCATION_ID_FIELD = "LOCATION_ID_FIELD"
    LOCATIONS = "LOCATIONS"
    COMMUNITY_SUMMARY = "COMMUNITY_SUMMARY"

    GROUP_ID = "landrelease"
    ICON = "gaps.svg"

    def name(self) -> str:
        return "clearancegaps"

    def displayName(self) -> str:
        return self.tr("Clearance gaps (remaining contaminated land)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Computes, for every hazard, the land still to be released: the hazard polygon minus the "
            "union of its cancelled, reduced and cleared polygons. The release type is what the polygon "
            "released, never the kind of activity. Land is released once: where releases overlap, the "
            "earliest (by end date, then start date) keeps the land and a later release over it is a "
            "re-release finding, not a second credit; only undated or same-day releases fall back to "
            "cleared > reduced > cancelled. The precedence parameter keeps the old rule (type first) for "
            "those who need it. A release is linked to its hazard by the link field; where that is empty "
            "or unknown, to the hazards it overlaps. Areas are square metres on the WGS 84 ellipsoid, "
            "whatever the layers' CRS, and every total counts each square metre once, also where hazards "
            "overlap.\n\n"
            "Remaining polygons: one feature per hazard that still has land to release or is flagged "
            "(Closed, Completed, Expired or Handed Over with land left, remaining area different from the "
            "reported one by more than the tolerance, invalid geometry, failed computation).\n"
            "Release findings: parts of releases outside their hazard, releases without a geometry, a "
            "readable date or a known release type.\n"
            "Re-releases: land a later release claims although an earlier release holds it.\n"
            "Summary: released and remaining area by governorate, organisation, release type and year.\n"
            "Splits: by governorate, classification (SHA / CHA) and contamination type.\n"
            "Report: an HTML page with charts and tables for a progress report, with the Article 7 "
            "tables (APMBC and CCM), which can also be saved as CSV.\n\n"
            "Optional layers of the register add explosive items found and destroyed (by category, "
            "governorate, operator and year), spot tasks, and accidents and casualties (by governorate and "
            "year) to the report and to the items, spot tasks and accidents summary. Casualties are read from "
            "the aggregated victims table: no personal data.\n\n"
            "Hazards that name their community (LOCATION_ID_FIELD, the register's location_id) are also added up by "
            "community: the report lists the communities with the most land left to release and the community "
            "summary lists them all (hazards, hazards not closed, hazard, released and remaining area), named from "
            "the LOCATIONS layer (the register's locations)."
        )

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.HAZARDS, self.tr("Hazards"), polygons))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RELEASES, self.tr("Releases (cancelled, reduced and cleared land)"), polygons
            )
        )
        any_field = QgsProcessingParameterField.DataType.Any
        numeric = QgsProcessingParameterField.DataType.Numeric
        for name, label, parent, default, kind in (
            (self.HAZARD_ID_FIELD, self.tr("Hazard ID field"), self.HAZARDS, "hazard_id", any_field),
            (self.LINK_FIELD, self.tr("Hazard ID field in releases (link)"), self.RELEASES, "hazard_id", any_field),
            (self.RELEASE_TYPE_FIELD, self.tr("Release type field"), self.RELEASES, "release_type", any_field),
            (self.STATUS_FIELD, self.tr("Hazard status field"), self.HAZARDS, "status", any_field),
            (
                self.REPORTED_REMAINING_FIELD,
                self.tr("Reported remaining area field (m²)"),
                self.HAZARDS,
                "remaining_area_m2",
                numeric,
            ),
            (self.GOVERNORATE_FIELD, self.tr("Governorate field of hazards"), self.HAZARDS, "governorate", any_field),
            (
                self.CLASSIFICATION_FIELD,
                self.tr("Classification field of hazards (SHA / CHA)"),
                self.HAZARDS,
                "classification",
                any_field,
            ),
            (
                self.CONTAMINATION_FIELD,
                self.tr("Contamination type field of hazards"),
                self.HAZARDS,
                "hazard_type",
                any_field,
            ),
            (self.ACTIVITY_ID_FIELD, self.tr("Activity ID field"), self.RELEASES, "activity_id", any_field),
            (
                self.ORGANISATION_FIELD,
                self.tr("Organisation field of releases"),
                self.RELEASES,
                "organisation",
                any_field,
            ),
            (self.END_DATE_FIELD, self.tr("End date field of releases"), self.RELEASES, "end_date", any_field),
            (self.START_DATE_FIELD, self.tr("Start date field of releases"), self.RELEASES, "start_date", any_field),
            (
                self.LOCATION_ID_FIELD,
                self.tr("Community (location ID) field of hazards"),
                self.HAZARDS,
                "location_id",
                any_field,
            ),
        ):
            self.addParameter(QgsProcessingParameterField(name, label, default, parent, kind, optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRECEDENCE,
                self.tr("Where releases overlap, the land goes to"),
                [
                    self.tr("the earliest release (IMAS 07.11)"),
                    self.tr("the strongest type: cleared > reduced > cancelled (before 0.2)"),
                ],
                defaultValue=0,
            )
        )
        profile = QgsProcessingParameterString(
            self.PROFILE,
            self.tr("Mapping profile for status and contamination code lists (name or JSON path)"),
            optional=True,
        )
        profile.setFlags(profile.flags() | QgsProcessingParameterString.Flag.FlagAdvanced)
        self.addParameter(profile)
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE_M2,
            self.tr("Tolerance for reported vs computed remaining area (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            100.0,
            minValue=0.0,
        )
        self.addParameter(tolerance)
        minimum = QgsProcessingParameterNumber(
            self.MIN_AREA_M2,
            self.tr("Ignore remaining and outside parts smaller than (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            1.0,
            minValue=0.0,
        )
        minimum.setFlags(minimum.flags() | QgsProcessingParameterNumber.Flag.FlagAdvanced)
        self.addParameter(minimum)
        check = QgsProcessingParameterBoolean(
            self.CHECK_VALIDITY, self.tr("Check and repair invalid geometries first"), True
        )
        check.setFlags(check.flags() | QgsProcessingParameterBoolean.Flag.FlagAdvanced)
        self.addParameter(check)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Remaining land"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        for name, label, kind in (
            (self.OUTSIDE, self.tr("Releases outside their hazard"), QgsProcessing.SourceType.TypeVectorPolygon),
            (
                self.RE_RELEASES,
                self.tr("Land released twice (re-releases)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            (self.SUMMARY, self.tr("Land release summary"), QgsProcessing.SourceType.TypeVector),
            (
                self.SPLITS,
                self.tr("Land release by classification and contamination"),
                QgsProcessing.SourceType.TypeVector,
            ),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label, kind, optional=True))
        for name, label, kind in (
            (self.REPORT, self.tr("Progress report (HTML)"), self.tr("HTML files (*.html)")),
            (self.ARTICLE7_APMBC, self.tr("Article 7 table, APMBC (CSV)"), self.tr("CSV files (*.csv)")),
            (self.ARTICLE7_CCM, self.tr("Article 7 table, CCM (CSV)"), self.tr("CSV files (*.csv)")),
        ):
            self.addParameter(
                QgsProcessingParameterFileDestination(name, label, kind, optional=True, createByDefault=False)
            )
        vector = [QgsProcessing.SourceType.TypeVector]
        for name, label in (
            (self.ITEMS, self.tr("Explosive items (items layer)")),
            (self.SPOT_TASKS, self.tr("Spot tasks (spot_tasks layer)")),
            (self.ACCIDENTS, self.tr("Accidents (accidents layer)")),
            (self.VICTIMS, self.tr("Victim counts (victims layer)")),
            (self.LOCATIONS, self.tr("Communities (locations layer)")),
        ):
            source = QgsProcessingParameterFeatureSource(name, label, vector, optional=True)
            source.setFlags(source.flags() | QgsProcessingParameterFeatureSource.Flag.FlagAdvanced)
            self.addParameter(source)
        for name, label in (
            (self.RECORDS_SUMMARY, self.tr("Items, spot tasks and accidents summary")),
            (self.COMMUNITY_SUMMARY, self.tr("Land release by community")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSink(
                    name, label, QgsProcessing.SourceType.TypeVector, optional=True, createByDefault=False
                )
            )
        for name, label in (
            ("TOTAL_HAZARD_M2", self.tr("Total hazard area (m²)")),
            ("TOTAL_RELEASED_M2", self.tr("Total released area (m²)")),
            ("TOTAL_CANCELLED_M2", self.tr("Total cancelled area (m²)")),
            ("TOTAL_REDUCED_M2", self.tr("Total reduced area (m²)")),
            ("TOTAL_CLEARED_M2", self.tr("Total cleared area (m²)")),
            ("TOTAL_REMAINING_M2", self.tr("Total remaining area (m²)")),
            ("DOUBLE_COUNTED_M2", self.tr("Area the per-hazard sum would have counted twice (m²)")),
            ("RE_RELEASED_M2", self.tr("Area claimed by later releases (m²)")),
            ("HAZARDS_WITH_REMAINING", self.tr("Hazards with land left")),
            ("FLAGGED_COUNT", self.tr("Hazards flagged")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # --- helpers ------------------------------------------------------------------

    def _optional_field(self, parameters, name: str, context, source: QgsFeatureSource, feedback) -> str:
        """Field name, or "" when not set or absent from the layer (then a warning)."""
        field = self.parameterAsString(parameters, name, context)
        if field and source.fields().lookupField(field) < 0:
            feedback.pushWarning(self.tr("Field '{field}' is not in the layer; it is ignored.").format(field=field))
            return ""
        return field

    def _profile(self, parameters, context):
        name = self.parameterAsString(parameters, self.PROFILE, context) or None
        try:
            return load_profile(name)
        except (OSError, ValueError) as error:
            raise QgsProcessingException(
                self.tr("Cannot read the mapping profile '{profile}': {error}").format(profile=name, error=error)
            ) from error

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        hazards = self.parameterAsSource(parameters, self.HAZARDS, context)
        releases = self.parameterAsSource(parameters, self.RELEASES, context)
        if hazards is None or releases is None:
            raise QgsProcessingException(self.tr("The hazards and releases layers are required."))
        # Optional at the parameter level (QGIS 3.22 does not fall back to a field default),
        # required here: an empty value means the canonical name.
        id_field = self.parameterAsString(parameters, self.HAZARD_ID_FIELD, context) or "hazard_id"
        type_field = self.parameterAsString(parameters, self.RELEASE_TYPE_FIELD, context) or "release_type"
        self.require_fields(hazards, [id_field], self.tr("Hazards"))
        self.require_fields(releases, [type_field], self.tr("Releases"))

        def optional(name: str, source) -> str:
            return self._optional_field(parameters, name, context, source, feedback)

        hazard_fields = HazardFields(
            id_field,
            optional(self.STATUS_FIELD, hazards),
            optional(self.GOVERNORATE_FIELD, hazards),
            optional(self.REPORTED_REMAINING_FIELD, hazards),
            optional(self.CLASSIFICATION_FIELD, hazards),
            optional(self.CONTAMINATION_FIELD, hazards),
            self._location_field(parameters, context, hazards),
        )
        release_fields = ReleaseFields(
            type_field,
            optional(self.LINK_FIELD, releases),
            optional(self.ACTIVITY_ID_FIELD, releases),
            optional(self.ORGANISATION_FIELD, releases),
            optional(self.END_DATE_FIELD, releases),
            optional(self.START_DATE_FIELD, releases),
            "release_basis" if releases.fields().lookupField("release_basis") >= 0 else "",
        )
        profile = self._profile(parameters, context)
        crs = hazards.sourceCrs()
        precedence = gaps.PRECEDENCES[self.parameterAsEnum(parameters, self.PRECEDENCE, context)]
        analysis = gaps.GapAnalysis(
            crs,
            context.transformContext(),
            tolerance_m2=self.parameterAsDouble(parameters, self.TOLERANCE_M2, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA_M2, context),
            check_validity=self.parameterAsBoolean(parameters, self.CHECK_VALIDITY, context),
            precedence=precedence,
            closed=gaps.closed_statuses(profile),
        )
        feedback.setProgressText(self.tr("Reading hazards and releases…"))
        for hazard in read_hazards(hazards, hazard_fields, contamination_mapper(profile)):
            analysis.add_hazard(hazard)
        read = read_releases(releases, release_fields, crs, context.transformContext())
        for release in read.releases:
            analysis.add_release(release)
        for finding in read.findings:
            analysis.add_finding(finding)
        decision = read.dates.decision.message(self.tr("Releases"))
        if decision:
            feedback.pushInfo(decision)
        if feedback.isCanceled():
            return {}

        inputs = layer_sources(self, parameters, (self.HAZARDS, self.RELEASES), context)
        sinks = (
            self.OUTPUT,
            self.OUTSIDE,
            self.RE_RELEASES,
            self.SUMMARY,
            self.SPLITS,
            self.RECORDS_SUMMARY,
            self.COMMUNITY_SUMMARY,
        )
        staged = staged_sinks(self, parameters, sinks, context, inputs)
        parameters = staged_parameters(parameters, staged)
        fields = output_fields()
        (sink, dest_id) = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feedback.setProgressText(self.tr("Computing remaining land…"))
        by_community = communities.CommunityTotals(
            communities.read_locations(self.parameterAsSource(parameters, self.LOCATIONS, context))
        )
        flagged: List[bool] = []
        outcome = analysis.run(
            feedback,
            on_hazard=partial(_write_hazard, sink, fields, analysis.min_area_m2, feedback, flagged, by_community),
        )
        flagged_count = sum(flagged)
        del sink  # closes the file, so that other outputs can go into the same GeoPackage
        if outcome.canceled or feedback.isCanceled():
            return {}
        results: Dict[str, Any] = {self.OUTPUT: dest_id}
        _style(context, dest_id, "gaps")
        self._write_layers(parameters, context, crs, outcome, results)
        for part in [p for p in outcome.outside_parts if p.finding in gaps.RECORD_FINDINGS][:20]:
            feedback.pushWarning(part.message)
        record_sources = [
            self.parameterAsSource(parameters, name, context)
            for name in (self.ITEMS, self.SPOT_TASKS, self.ACCIDENTS, self.VICTIMS)
        ]
        records = progress_records.read_totals(*record_sources)
        records_sink, records_id = self.parameterAsSink(
            parameters, self.RECORDS_SUMMARY, context, records_summary_fields(), QgsWkbTypes.Type.NoGeometry
        )
        if records_sink is not None:
            names = records_summary_fields().names()
            for row in progress_records.summary_rows(records):
                feature = QgsFeature(records_summary_fields())
                feature.setAttributes([row.get(name) for name in names])
                records_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            del records_sink
            results[self.RECORDS_SUMMARY] = records_id
        self._write_community_summary(parameters, context, by_community, results)
        self._write_files(parameters, context, outcome, results, records, by_community, feedback, profile)
        for name, output in staged.items():  # every layer is complete: each replaces its earlier file now
            if name in results:
                results[name] = output.commit(results[name], feedback)

        totals = outcome.totals
        results.update(
            {
                "TOTAL_HAZARD_M2": totals.hazard_m2,
                "TOTAL_RELEASED_M2": totals.released_m2,
                "TOTAL_CANCELLED_M2": totals.cancelled_m2,
                "TOTAL_REDUCED_M2": totals.reduced_m2,
                "TOTAL_CLEARED_M2": totals.cleared_m2,
                "TOTAL_REMAINING_M2": totals.remaining_m2,
                "DOUBLE_COUNTED_M2": totals.double_counted_m2["hazard"],
                "RE_RELEASED_M2": totals.re_released_m2,
                "HAZARDS_WITH_REMAINING": totals.hazards_with_remaining,
                "FLAGGED_COUNT": flagged_count,
            }
        )
        self._tell(feedback, totals, flagged_count)
        return results

    def _write_layers(self, parameters, context, crs, outcome: gaps.GapResult, results: Dict[str, Any]) -> None:
        """The optional layers: release findings, re-releases, summary and splits."""
        for name, fields, kind, layer_crs, items, make, style in (
            (
                self.OUTSIDE,
                outside_fields(),
                QgsWkbTypes.Type.MultiPolygon,
                crs,
                outcome.outside_parts,
                outside_feature,
                "gaps_outside",
            ),
            (
                self.RE_RELEASES,
                re_release_fields(),
                QgsWkbTypes.Type.MultiPolygon,
                crs,
                outcome.re_releases,
                re_release_feature,
                "gaps_outside",
            ),
            (
                self.SUMMARY,
                summary_fields(),
                QgsWkbTypes.Type.NoGeometry,
                None,
                outcome.summary_rows,
                summary_feature,
                None,
            ),
            (
                self.SPLITS,
                split_fields(),
                QgsWkbTypes.Type.NoGeometry,
                None,
                outcome.split_rows,
                split_feature,
                None,
            ),
        ):
            if layer_crs is None:
                sink, dest = self.parameterAsSink(parameters, name, context, fields, kind)
            else:
                sink, dest = self.parameterAsSink(parameters, name, context, fields, kind, layer_crs)
            if sink is None:
                continue
            for item in items:
                sink.addFeature(make(fields, item), QgsFeatureSink.Flag.FastInsert)
            del sink
            results[name] = dest
            if style:
                _style(context, dest, style)

    def _write_files(
        self,
        parameters,
        context,
        outcome: gaps.GapResult,
        results: Dict[str, Any],
        records,
        by_community,
        feedback,
        profile,
    ) -> None:
        """The HTML report and the Article 7 CSV tables (each replaces its earlier file only when complete)."""
        conventions = article7.conventions(profile)
        for name, convention in ((self.ARTICLE7_APMBC, article7.APMBC), (self.ARTICLE7_CCM, article7.CCM)):
            path = self.parameterAsFileOutput(parameters, name, context)
            if path:
                with AtomicFile(path, feedback) as temp:
                    article7.write_csv(str(temp), article7.table(convention, outcome.split_rows, conventions))
                results[name] = path
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            report = report_of(outcome, conventions=conventions)
            progress_records.add_sections(report, records)
            communities.add_section(report, by_community)
            with AtomicFile(report_path, feedback) as temp:
                report.save(str(temp))
            results[self.REPORT] = report_path

    def _location_field(self, parameters, context, hazards: QgsFeatureSource) -> str:
        """The hazards' community field, "" (no community summary) when the layer has none: no warning then."""
        field = self.parameterAsString(parameters, self.LOCATION_ID_FIELD, context) or "location_id"
        return field if hazards.fields().lookupField(field) >= 0 else ""

    def _write_community_summary(self, parameters, context, totals, results: Dict[str, Any]) -> None:
        """COMMUNITY_SUMMARY: one row per community (fields of communities.SUMMARY_FIELDS)."""
        fields = community_summary_fields()
        sink, dest = self.parameterAsSink(
            parameters, self.COMMUNITY_SUMMARY, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:
            return
        for row in totals.rows():
            values = row.values()
            sink.addFeature(_feature(fields, [values[name] for name in fields.names()]), QgsFeatureSink.Flag.FastInsert)
        del sink
        results[self.COMMUNITY_SUMMARY] = dest

    def _tell(self, feedback: QgsProcessingFeedback, totals: gaps.Totals, flagged_count: int) -> None:
        if flagged_count:
            feedback.pushWarning(
                self.tr(
                    "{count} hazards are flagged (Closed with land left, remaining area different from the reported "
                    "one, invalid geometry or failed computation): see the fields and the note of the remaining land "
                    "layer."
                ).format(count=flagged_count)
            )
        if totals.re_releases:
            feedback.pushWarning(
                self.tr(
                    "{count} releases claim {area} m² that earlier releases already hold; they are credited once. See "
                    "the re-releases layer."
                ).format(count=totals.re_releases, area=format_decimal(totals.re_released_m2))
            )
        double = totals.double_counted_m2["hazard"]
        if double > 0.5:
            feedback.pushInfo(
                self.tr(
                    "{count} hazards overlap other hazards: summing the hazard rows would count {area} m² twice; the "
                    "totals count it once."
                ).format(count=totals.overlapping_hazards, area=format_decimal(double))
            )
        feedback.pushInfo(
            self.tr("{hazards} hazards: {released} km² released, {remaining} km² remaining in {left} hazards.").format(
                hazards=totals.hazards,
                released=format_km2(totals.released_m2, unit=False),
                remaining=format_km2(totals.remaining_m2, unit=False),
                left=totals.hazards_with_remaining,
            )
        )
