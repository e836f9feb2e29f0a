"""``mineaction:clearancegaps``: remaining contaminated land per hazard, outside parts, summary, report."""

from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis.core import gaps, progress_records
from mineaction_qgis.core.gaps_report import build_report
from mineaction_qgis.core.model import fields_from
from mineaction_qgis.core.numbers import format_km2
from mineaction_qgis.core.styles import apply_style
from mineaction_qgis.processing.base import MineActionAlgorithm


def output_fields() -> QgsFields:
    """Fields of OUTPUT, one feature per hazard (documented in docs/en/gaps.md)."""
    return fields_from((
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
        ("note", QVariant.Type.String),
    ))


def outside_fields() -> QgsFields:
    """Fields of OUTSIDE: parts of releases outside their hazard."""
    return fields_from((
        ("activity_id", QVariant.Type.String),
        ("hazard_id", QVariant.Type.String),
        ("release_type", QVariant.Type.String),
        ("organisation", QVariant.Type.String),
        ("area_m2", QVariant.Type.Double),
        ("finding", QVariant.Type.String),
        ("message", QVariant.Type.String),
    ))


def summary_fields() -> QgsFields:
    """Fields of SUMMARY: released and remaining area by governorate, organisation, type and year."""
    return fields_from((
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
    ))


# Post-processors must outlive the algorithm run: QGIS calls them after it, and holds no reference.
_STYLERS: List["_StyleGaps"] = []


def records_summary_fields() -> QgsFields:
    """Fields of RECORDS_SUMMARY (documented in docs/en/gaps.md)."""
    text, number = QVariant.Type.String, QVariant.Type.Int
    kinds = {"topic": text, "governorate": text, "organisation": text, "category": text}
    return fields_from((name, kinds.get(name, number)) for name, _ in progress_records.SUMMARY_FIELDS)


class _StyleGaps(QgsProcessingLayerPostProcessorInterface):
    """Applies resources/styles/<name>.qml to an output loaded into the project."""

    def __init__(self, style: str) -> None:
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802
        apply_style(layer, self.style)


class ClearanceGapsAlgorithm(MineActionAlgorithm):
    """Hazard minus its cancelled, reduced and cleared land, counted once, on the ellipsoid."""

    HAZARDS = "HAZARDS"
    RELEASES = "RELEASES"
    HAZARD_ID_FIELD = "HAZARD_ID_FIELD"
    LINK_FIELD = "LINK_FIELD"
    RELEASE_TYPE_FIELD = "RELEASE_TYPE_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    REPORTED_REMAINING_FIELD = "REPORTED_REMAINING_FIELD"
    GOVERNORATE_FIELD = "GOVERNORATE_FIELD"
    ACTIVITY_ID_FIELD = "ACTIVITY_ID_FIELD"
    ORGANISATION_FIELD = "ORGANISATION_FIELD"
    END_DATE_FIELD = "END_DATE_FIELD"
    START_DATE_FIELD = "START_DATE_FIELD"
    TOLERANCE_M2 = "TOLERANCE_M2"
    MIN_AREA_M2 = "MIN_AREA_M2"
    CHECK_VALIDITY = "CHECK_VALIDITY"
    OUTPUT = "OUTPUT"
    OUTSIDE = "OUTSIDE"
    SUMMARY = "SUMMARY"
    REPORT = "REPORT"
    ITEMS = "ITEMS"
    SPOT_TASKS = "SPOT_TASKS"
    ACCIDENTS = "ACCIDENTS"
    VICTIMS = "VICTIMS"
    RECORDS_SUMMARY = "RECORDS_SUMMARY"

    GROUP_ID = "landrelease"
    ICON = "gaps.svg"

    def name(self) -> str:
        return "clearancegaps"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Clearance gaps (remaining contaminated land)")

    def shortHelpString(self) -> str:  # noqa: N802
        return self.tr(
            "Computes, for every hazard, the land still to be released: the hazard polygon minus the "
            "union of its cancelled, reduced and cleared polygons. Each square metre is counted once; "
            "where releases overlap, cleared wins over reduced, reduced over cancelled. A release is "
            "linked to its hazard by the link field; where that is empty or absent, to the hazards it "
            "overlaps. All areas are square metres on the WGS 84 ellipsoid, whatever the layers' CRS.\n\n"
            "Remaining polygons: one feature per hazard that still has land to release or is flagged "
            "(Closed with land left, remaining area different from the reported one by more than the "
            "tolerance, invalid geometry, failed computation).\n"
            "Outside parts: parts of releases outside their hazard, or outside every hazard.\n"
            "Summary: released and remaining area by governorate, organisation, release type and year.\n"
            "Report: an HTML page with charts and tables for a progress report.\n\n"
            "Optional layers of the register add explosive items found and destroyed (by category, "
            "governorate, operator and year), spot tasks, and accidents and casualties (by governorate and "
            "year) to the report and to the items, spot tasks and accidents summary. Casualties are read from "
            "the aggregated victims table: no personal data."
        )

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.HAZARDS, self.tr("Hazards"), polygons))
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.RELEASES, self.tr("Releases (cancelled, reduced and cleared land)"), polygons)
        )
        any_field = QgsProcessingParameterField.DataType.Any
        numeric = QgsProcessingParameterField.DataType.Numeric
        for name, label, parent, default, kind, optional in (
            (self.HAZARD_ID_FIELD, self.tr("Hazard ID field"), self.HAZARDS, "hazard_id", any_field, True),
            (self.LINK_FIELD, self.tr("Hazard ID field in releases (link)"), self.RELEASES, "hazard_id", any_field, True),
            (self.RELEASE_TYPE_FIELD, self.tr("Release type field"), self.RELEASES, "release_type", any_field, True),
            (self.STATUS_FIELD, self.tr("Hazard status field"), self.HAZARDS, "status", any_field, True),
            (self.REPORTED_REMAINING_FIELD, self.tr("Reported remaining area field (m²)"), self.HAZARDS, "remaining_area_m2", numeric, True),
            (self.GOVERNORATE_FIELD, self.tr("Governorate field of hazards"), self.HAZARDS, "governorate", any_field, True),
            (self.ACTIVITY_ID_FIELD, self.tr("Activity ID field"), self.RELEASES, "activity_id", any_field, True),
            (self.ORGANISATION_FIELD, self.tr("Organisation field of releases"), self.RELEASES, "organisation", any_field, True),
            (self.END_DATE_FIELD, self.tr("End date field of releases"), self.RELEASES, "end_date", any_field, True),
            (self.START_DATE_FIELD, self.tr("Start date field of releases (used when the end date is empty)"), self.RELEASES, "start_date", any_field, True),
        ):
            self.addParameter(QgsProcessingParameterField(name, label, default, parent, kind, optional=optional))
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE_M2, self.tr("Tolerance for reported vs computed remaining area (m²)"),
            QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0.0
        )
        self.addParameter(tolerance)
        minimum = QgsProcessingParameterNumber(
            self.MIN_AREA_M2, self.tr("Ignore remaining and outside parts smaller than (m²)"),
            QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0
        )
        minimum.setFlags(minimum.flags() | QgsProcessingParameterNumber.Flag.FlagAdvanced)
        self.addParameter(minimum)
        check = QgsProcessingParameterBoolean(self.CHECK_VALIDITY, self.tr("Check and repair invalid geometries first"), True)
        check.setFlags(check.flags() | QgsProcessingParameterBoolean.Flag.FlagAdvanced)
        self.addParameter(check)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Remaining land"), QgsProcessing.SourceType.TypeVectorPolygon)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTSIDE, self.tr("Releases outside their hazard"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, self.tr("Land release summary"), QgsProcessing.SourceType.TypeVector, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, self.tr("Progress report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=False
            )
        )
        vector = [QgsProcessing.SourceType.TypeVector]
        for name, label in (
            (self.ITEMS, self.tr("Explosive items (items layer)")),
            (self.SPOT_TASKS, self.tr("Spot tasks (spot_tasks layer)")),
            (self.ACCIDENTS, self.tr("Accidents (accidents layer)")),
            (self.VICTIMS, self.tr("Victim counts (victims layer)")),
        ):
            source = QgsProcessingParameterFeatureSource(name, label, vector, optional=True)
            source.setFlags(source.flags() | QgsProcessingParameterFeatureSource.Flag.FlagAdvanced)
            self.addParameter(source)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.RECORDS_SUMMARY, self.tr("Items, spot tasks and accidents summary"), QgsProcessing.SourceType.TypeVector,
                optional=True, createByDefault=False
            )
        )
        for name, label in (
            ("TOTAL_HAZARD_M2", self.tr("Total hazard area (m²)")),
            ("TOTAL_RELEASED_M2", self.tr("Total released area (m²)")),
            ("TOTAL_CANCELLED_M2", self.tr("Total cancelled area (m²)")),
            ("TOTAL_REDUCED_M2", self.tr("Total reduced area (m²)")),
            ("TOTAL_CLEARED_M2", self.tr("Total cleared area (m²)")),
            ("TOTAL_REMAINING_M2", self.tr("Total remaining area (m²)")),
            ("HAZARDS_WITH_REMAINING", self.tr("Hazards with land left")),
            ("FLAGGED_COUNT", self.tr("Hazards flagged")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    # --- helpers ------------------------------------------------------------------

    def _optional_field(self, parameters, name: str, context, source: QgsFeatureSource, feedback) -> str:
        """Field name, or "" when not set or absent from the layer (then a warning)."""
        field = self.parameterAsString(parameters, name, context)
        if field and source.fields().lookupField(field) < 0:
            feedback.pushWarning(
                self.tr("Field '{field}' is not in the layer; it is ignored.").format(field=field)
            )
            return ""
        return field

    def processAlgorithm(  # noqa: N802
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
        optional = {
            name: self._optional_field(parameters, name, context, source, feedback)
            for name, source in (
                (self.LINK_FIELD, releases),
                (self.STATUS_FIELD, hazards),
                (self.REPORTED_REMAINING_FIELD, hazards),
                (self.GOVERNORATE_FIELD, hazards),
                (self.ACTIVITY_ID_FIELD, releases),
                (self.ORGANISATION_FIELD, releases),
                (self.END_DATE_FIELD, releases),
                (self.START_DATE_FIELD, releases),
            )
        }
        crs = hazards.sourceCrs()
        self._fields = {self.OUTPUT: output_fields(), self.OUTSIDE: outside_fields(), self.SUMMARY: summary_fields()}
        analysis = gaps.GapAnalysis(
            crs,
            context.transformContext(),
            tolerance_m2=self.parameterAsDouble(parameters, self.TOLERANCE_M2, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA_M2, context),
            check_validity=self.parameterAsBoolean(parameters, self.CHECK_VALIDITY, context),
        )
        feedback.setProgressText(self.tr("Reading hazards and releases…"))
        self._read_hazards(hazards, id_field, optional, analysis)
        self._read_releases(releases, type_field, optional, analysis, crs, context)
        if feedback.isCanceled():
            return {}

        (sink, dest_id) = self.parameterAsSink(
            parameters, self.OUTPUT, context, output_fields(), QgsWkbTypes.Type.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        feedback.setProgressText(self.tr("Computing remaining land…"))
        flagged_count = 0
        for result in analysis.run(feedback):
            flagged = (
                result.closed_with_remaining
                or result.remaining_mismatch
                or result.invalid_input
                or result.computation != gaps.COMPUTED_OK
            )
            flagged_count += int(flagged)
            if (result.remaining_m2 is not None and result.remaining_m2 >= analysis.min_area_m2) or flagged:
                sink.addFeature(self._output_feature(result), QgsFeatureSink.Flag.FastInsert)
            if result.computation in (gaps.COMPUTED_FAILED, gaps.COMPUTED_NO_GEOMETRY, gaps.COMPUTED_RETRIED):
                feedback.pushWarning(result.note)
        del sink  # closes the file, so that other outputs can go into the same GeoPackage
        if feedback.isCanceled():
            return {}
        results: Dict[str, Any] = {self.OUTPUT: dest_id}
        self._style(context, dest_id, "gaps")

        outside_sink, outside_id = self.parameterAsSink(
            parameters, self.OUTSIDE, context, outside_fields(), QgsWkbTypes.Type.MultiPolygon, crs
        )
        if outside_sink is not None:
            for part in analysis.outside_parts():
                outside_sink.addFeature(self._outside_feature(part), QgsFeatureSink.Flag.FastInsert)
            del outside_sink
            results[self.OUTSIDE] = outside_id
            self._style(context, outside_id, "gaps_outside")
        unknown = [p for p in analysis.outside_parts() if p.finding in (gaps.OUTSIDE_UNKNOWN_TYPE, gaps.OUTSIDE_NO_GEOMETRY)]
        for part in unknown[:20]:
            feedback.pushWarning(part.message)

        rows = analysis.summary_rows()
        summary_sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, summary_fields(), QgsWkbTypes.Type.NoGeometry
        )
        if summary_sink is not None:
            for row in rows:
                summary_sink.addFeature(self._summary_feature(row), QgsFeatureSink.Flag.FastInsert)
            del summary_sink
            results[self.SUMMARY] = summary_id

        record_sources = [self.parameterAsSource(parameters, name, context) for name in (self.ITEMS, self.SPOT_TASKS, self.ACCIDENTS, self.VICTIMS)]
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

        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            report = build_report(analysis.totals, rows, analysis.outside_parts())
            progress_records.add_sections(report, records)
            report.save(report_path)
            results[self.REPORT] = report_path

        totals = analysis.totals
        results.update(
            {
                "TOTAL_HAZARD_M2": totals.hazard_m2,
                "TOTAL_RELEASED_M2": totals.released_m2,
                "TOTAL_CANCELLED_M2": totals.cancelled_m2,
                "TOTAL_REDUCED_M2": totals.reduced_m2,
                "TOTAL_CLEARED_M2": totals.cleared_m2,
                "TOTAL_REMAINING_M2": totals.remaining_m2,
                "HAZARDS_WITH_REMAINING": totals.hazards_with_remaining,
                "FLAGGED_COUNT": flagged_count,
            }
        )
        if flagged_count:
            feedback.pushWarning(
                self.tr("{count} hazards are flagged (Closed with land left, remaining area different from the reported one, invalid geometry or failed computation): see the fields and the note of the remaining land layer.").format(count=flagged_count)
            )
        feedback.pushInfo(
            self.tr("{hazards} hazards: {released} km² released, {remaining} km² remaining in {left} hazards.").format(
                hazards=totals.hazards,
                released=format_km2(totals.released_m2, unit=False),
                remaining=format_km2(totals.remaining_m2, unit=False),
                left=totals.hazards_with_remaining,
            )
        )
        return results

    # --- reading ------------------------------------------------------------------

    @staticmethod
    def _request(source: QgsFeatureSource, names: List[str]) -> QgsFeatureRequest:
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes([name for name in names if name], source.fields())
        return request

    @staticmethod
    def _getter(source: QgsFeatureSource, name: str):
        """Function of a feature's attribute list giving the value of field ``name`` (None when unset)."""
        if not name:
            return lambda attributes: None
        index = source.fields().lookupField(name)
        return lambda attributes: attributes[index]

    def _read_hazards(self, source, id_field: str, optional: Dict[str, str], analysis: gaps.GapAnalysis) -> None:
        get_id = self._getter(source, id_field)
        get_status = self._getter(source, optional[self.STATUS_FIELD])
        get_reported = self._getter(source, optional[self.REPORTED_REMAINING_FIELD])
        get_governorate = self._getter(source, optional[self.GOVERNORATE_FIELD])
        request = self._request(source, [id_field, *(optional[n] for n in (self.STATUS_FIELD, self.REPORTED_REMAINING_FIELD, self.GOVERNORATE_FIELD))])
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        text = gaps.text_or_none
        for feature in source.getFeatures(request, flags):
            values = feature.attributes()
            hazard_id = text(get_id(values)) or self.tr("(no ID, feature {fid})").format(fid=feature.id())
            analysis.add_hazard(
                gaps.Hazard(
                    hazard_id, feature.geometry(), text(get_status(values)), text(get_governorate(values)),
                    gaps.float_or_none(get_reported(values)), feature.id(),
                )
            )

    def _read_releases(self, source, type_field: str, optional: Dict[str, str], analysis, crs, context) -> None:
        names = [optional[n] for n in (self.LINK_FIELD, self.ACTIVITY_ID_FIELD, self.ORGANISATION_FIELD, self.END_DATE_FIELD, self.START_DATE_FIELD)]
        get_type = self._getter(source, type_field)
        get_link, get_activity, get_organisation, get_end, get_start = (self._getter(source, name) for name in names)
        request = self._request(source, [type_field, *names])
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        text, year_of, iso_date = gaps.text_or_none, gaps.year_of, gaps.iso_date
        for feature in source.getFeatures(request, flags):
            values = feature.attributes()
            when = get_end(values)
            year = year_of(when)
            if year is None:
                when = get_start(values)
                year = year_of(when)
            type_value = get_type(values)
            analysis.add_release(
                gaps.Release(
                    text(get_activity(values)) or self.tr("(no ID, feature {fid})").format(fid=feature.id()),
                    feature.geometry(),
                    gaps.normalise_release_type(type_value),
                    text(get_link(values)),
                    text(get_organisation(values)),
                    year,
                    feature.id(),
                    text(type_value),
                    iso_date(when) if year is not None else None,
                )
            )

    # --- writing ------------------------------------------------------------------

    @staticmethod
    def _multi(geometry: QgsGeometry) -> QgsGeometry:
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return QgsGeometry()
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        return geometry

    def _output_feature(self, result: gaps.HazardResult) -> QgsFeature:
        feature = QgsFeature(self._fields[self.OUTPUT])
        feature.setGeometry(self._multi(result.remaining))
        failed = result.remaining_m2 is None
        feature.setAttributes(
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
                result.note or None,
            ]
        )
        return feature

    def _outside_feature(self, part: gaps.OutsidePart) -> QgsFeature:
        feature = QgsFeature(self._fields[self.OUTSIDE])
        feature.setGeometry(self._multi(part.geometry))
        release = part.release
        feature.setAttributes(
            [
                release.activity_id,
                ", ".join(part.hazard_ids) or None,
                release.release_type or release.type_text,
                release.organisation,
                part.area_m2,
                part.finding,
                part.message,
            ]
        )
        return feature

    def _summary_feature(self, row: gaps.SummaryRow) -> QgsFeature:
        feature = QgsFeature(self._fields[self.SUMMARY])
        feature.setAttributes(
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
            ]
        )
        return feature

    def _style(self, context: QgsProcessingContext, dest_id: str, style: str) -> None:
        if context.willLoadLayerOnCompletion(dest_id):
            styler = _StyleGaps(style)
            _STYLERS[:] = _STYLERS[-9:] + [styler]
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
