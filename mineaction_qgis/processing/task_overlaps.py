"""``mineaction:taskoverlaps``: task orders that overlap each other, and tasks on no hazard."""

from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.model import fields_from
from mineaction_qgis.core.common.safe_output import StagedSink, layer_sources
from mineaction_qgis.core.gaps import task_land, task_overlaps
from mineaction_qgis.core.gaps.analysis import text_or_none
from mineaction_qgis.processing.base import MineActionAlgorithm


def finding_fields() -> QgsFields:
    """Fields of OUTPUT (documented in docs/en/gaps.md)."""
    return fields_from(
        (
            ("finding", QVariant.Type.String),
            ("task_id", QVariant.Type.String),
            ("organisation", QVariant.Type.String),
            ("status", QVariant.Type.String),
            ("start_date", QVariant.Type.Date),
            ("end_date", QVariant.Type.Date),
            ("other_task_id", QVariant.Type.String),
            ("other_organisation", QVariant.Type.String),
            ("other_status", QVariant.Type.String),
            ("other_start_date", QVariant.Type.Date),
            ("other_end_date", QVariant.Type.Date),
            ("same_operator", QVariant.Type.Bool),
            ("periods_overlap", QVariant.Type.Bool),
            ("area_m2", QVariant.Type.Double),
            ("message", QVariant.Type.String),
        )
    )


class TaskOverlapsAlgorithm(MineActionAlgorithm):
    """Overlaps between task orders (different operators or the same one twice) and tasks on no hazard."""

    TASKS = "TASKS"
    TASK_ID_FIELD = "TASK_ID_FIELD"
    ORGANISATION_FIELD = "ORGANISATION_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    START_DATE_FIELD = "START_DATE_FIELD"
    END_DATE_FIELD = "END_DATE_FIELD"
    HAZARDS = "HAZARDS"
    HAZARD_ID_FIELD = "HAZARD_ID_FIELD"
    HAZARD_STATUS_FIELD = "HAZARD_STATUS_FIELD"
    RELEASES = "RELEASES"
    RELEASE_ID_FIELD = "RELEASE_ID_FIELD"
    RELEASE_TYPE_FIELD = "RELEASE_TYPE_FIELD"
    RELEASE_END_DATE_FIELD = "RELEASE_END_DATE_FIELD"
    RELEASE_START_DATE_FIELD = "RELEASE_START_DATE_FIELD"
    MIN_AREA_M2 = "MIN_AREA_M2"
    OUTPUT = "OUTPUT"

    GROUP_ID = "landrelease"
    ICON = "tasks.svg"

    def name(self) -> str:
        return "taskoverlaps"

    def displayName(self) -> str:
        return self.tr("Task overlaps")

    def shortHelpString(self) -> str:
        return self.tr(
            "Finds task orders that cover the same land: every pair of task polygons that overlap, "
            "whether given to different operators or to the same operator twice, as the shared polygon "
            "with both task IDs, both operators, statuses and dates, whether the periods overlap, and "
            "the shared area in square metres on the WGS 84 ellipsoid. With a hazards layer, tasks that "
            "touch no hazard are reported too, and tasks on a hazard whose status is closed (Closed, "
            "Expired, Handed Over, Completed). With a releases layer (the activities), tasks on land "
            "already cancelled, reduced or cleared by an activity that ended no later than the task's "
            "start are reported with the released part. The finding field says which: overlap, "
            "no_hazard, on_closed_hazard, on_released_land, invalid_geometry or no_geometry."
        )

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.TASKS, self.tr("Task orders"), polygons))
        any_field = QgsProcessingParameterField.DataType.Any
        for name, label, default in (
            (self.TASK_ID_FIELD, self.tr("Task ID field"), "task_id"),
            (self.ORGANISATION_FIELD, self.tr("Organisation field"), "organisation"),
            (self.STATUS_FIELD, self.tr("Status field"), "status"),
            (self.START_DATE_FIELD, self.tr("Start date field"), "start_date"),
            (self.END_DATE_FIELD, self.tr("End date field"), "end_date"),
        ):
            self.addParameter(QgsProcessingParameterField(name, label, default, self.TASKS, any_field, optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.HAZARDS,
                self.tr("Hazards (to find tasks on no hazard or on a closed hazard)"),
                polygons,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RELEASES, self.tr("Releases (to find tasks on land already released)"), polygons, optional=True
            )
        )
        for name, label, default, parent in (
            (self.HAZARD_ID_FIELD, self.tr("Hazard ID field"), "hazard_id", self.HAZARDS),
            (self.HAZARD_STATUS_FIELD, self.tr("Hazard status field"), "status", self.HAZARDS),
            (self.RELEASE_ID_FIELD, self.tr("Activity ID field of releases"), "activity_id", self.RELEASES),
            (self.RELEASE_TYPE_FIELD, self.tr("Release type field"), "release_type", self.RELEASES),
            (self.RELEASE_END_DATE_FIELD, self.tr("End date field of releases"), "end_date", self.RELEASES),
            (
                self.RELEASE_START_DATE_FIELD,
                self.tr("Start date field of releases (used when the end date is empty)"),
                "start_date",
                self.RELEASES,
            ),
        ):
            parameter = QgsProcessingParameterField(name, label, default, parent, any_field, optional=True)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterField.Flag.FlagAdvanced)
            self.addParameter(parameter)
        minimum = QgsProcessingParameterNumber(
            self.MIN_AREA_M2,
            self.tr("Ignore overlaps smaller than (m²)"),
            QgsProcessingParameterNumber.Type.Double,
            1.0,
            minValue=0.0,
        )
        minimum.setFlags(minimum.flags() | QgsProcessingParameterNumber.Flag.FlagAdvanced)
        self.addParameter(minimum)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Task overlaps"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("OVERLAP_COUNT", self.tr("Number of overlaps")))
        self.addOutput(QgsProcessingOutputNumber("NO_HAZARD_COUNT", self.tr("Number of tasks on no hazard")))
        self.addOutput(QgsProcessingOutputNumber("CLOSED_HAZARD_COUNT", self.tr("Number of tasks on a closed hazard")))
        self.addOutput(
            QgsProcessingOutputNumber("RELEASED_LAND_COUNT", self.tr("Number of tasks on land already released"))
        )

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, self.TASKS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TASKS))
        names: Dict[str, str] = {}
        for name in (
            self.TASK_ID_FIELD,
            self.ORGANISATION_FIELD,
            self.STATUS_FIELD,
            self.START_DATE_FIELD,
            self.END_DATE_FIELD,
        ):
            value = self.parameterAsString(parameters, name, context)
            if value and source.fields().lookupField(value) < 0:
                feedback.pushWarning(self.tr("Field '{field}' is not in the layer; it is ignored.").format(field=value))
                value = ""
            names[name] = value
        if not names[self.TASK_ID_FIELD]:
            raise QgsProcessingException(
                self.tr("The task layer needs a task ID field. Its fields are: {fields}.").format(
                    fields=", ".join(source.fields().names())
                )
            )
        crs = source.sourceCrs()
        flags = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        request = QgsFeatureRequest()
        request.setSubsetOfAttributes([n for n in names.values() if n], source.fields())
        tasks: List[task_overlaps.Task] = []
        for feature in source.getFeatures(request, flags):

            def value(parameter: str, feature: QgsFeature = feature):
                return feature[names[parameter]] if names[parameter] else None

            tasks.append(
                task_overlaps.Task(
                    task_id=text_or_none(value(self.TASK_ID_FIELD))
                    or self.tr("(no ID, feature {fid})").format(fid=feature.id()),
                    geometry=feature.geometry(),
                    organisation=text_or_none(value(self.ORGANISATION_FIELD)),
                    status=text_or_none(value(self.STATUS_FIELD)),
                    start=task_overlaps.as_date(value(self.START_DATE_FIELD)),
                    end=task_overlaps.as_date(value(self.END_DATE_FIELD)),
                    fid=feature.id(),
                )
            )
        hazards = None
        hazard_shapes: List[task_land.HazardShape] = []
        hazard_source = self.parameterAsSource(parameters, self.HAZARDS, context)
        if hazard_source is not None:
            get = self._getters(
                parameters, context, hazard_source, (self.HAZARD_ID_FIELD, self.HAZARD_STATUS_FIELD), feedback
            )
            hazard_shapes = [
                task_land.HazardShape(
                    text_or_none(get[self.HAZARD_ID_FIELD](f)) or str(f.id()),
                    text_or_none(get[self.HAZARD_STATUS_FIELD](f)),
                    f.geometry(),
                )
                for f in hazard_source.getFeatures(self._request(hazard_source, crs, context), flags)
            ]
            hazards = [shape.geometry for shape in hazard_shapes]
        releases: List[task_land.ReleaseShape] = []
        release_source = self.parameterAsSource(parameters, self.RELEASES, context)
        if release_source is not None:
            names = (
                self.RELEASE_ID_FIELD,
                self.RELEASE_TYPE_FIELD,
                self.RELEASE_END_DATE_FIELD,
                self.RELEASE_START_DATE_FIELD,
            )
            get = self._getters(parameters, context, release_source, names, feedback)
            for f in release_source.getFeatures(self._request(release_source, crs, context), flags):
                date = task_overlaps.as_date(get[self.RELEASE_END_DATE_FIELD](f)) or task_overlaps.as_date(
                    get[self.RELEASE_START_DATE_FIELD](f)
                )
                releases.append(
                    task_land.ReleaseShape(
                        text_or_none(get[self.RELEASE_ID_FIELD](f)) or str(f.id()),
                        text_or_none(get[self.RELEASE_TYPE_FIELD](f)) or "",
                        f.geometry(),
                        date,
                    )
                )
        min_area = self.parameterAsDouble(parameters, self.MIN_AREA_M2, context)
        finder = task_overlaps.TaskOverlapFinder(crs, context.transformContext(), min_area)
        findings = finder.find(tasks, hazards, feedback)
        if hazard_shapes or releases:
            land = task_land.TaskLandFinder(Measurer(crs, context.transformContext()).straight_area_m2, min_area)
            findings += land.find(tasks, releases, hazard_shapes, feedback)
        if feedback.isCanceled():
            return {}
        staged = StagedSink(
            self, parameters, self.OUTPUT, context, layer_sources(self, parameters, (self.TASKS, self.HAZARDS), context)
        )
        sink, dest_id = self.parameterAsSink(
            staged.parameters, self.OUTPUT, context, finding_fields(), QgsWkbTypes.Type.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for finding in findings:
            sink.addFeature(self._feature(finding), QgsFeatureSink.Flag.FastInsert)
            if finding.finding in (task_overlaps.FINDING_INVALID, task_overlaps.FINDING_NO_GEOMETRY):
                feedback.pushWarning(finding.message)
        del sink
        dest_id = staged.commit(dest_id, feedback)
        overlaps = sum(1 for f in findings if f.finding == task_overlaps.FINDING_OVERLAP)
        no_hazard = sum(1 for f in findings if f.finding == task_overlaps.FINDING_NO_HAZARD)
        closed = len({f.task.fid for f in findings if f.finding == task_land.FINDING_CLOSED_HAZARD})
        released = len({f.task.fid for f in findings if f.finding == task_land.FINDING_RELEASED})
        feedback.pushInfo(
            self.tr("{overlaps} overlaps between task orders; {no_hazard} tasks on no hazard.").format(
                overlaps=overlaps, no_hazard=no_hazard
            )
        )
        if hazard_shapes or releases:
            feedback.pushInfo(
                self.tr("{closed} tasks on a closed hazard; {released} tasks on land already released.").format(
                    closed=closed, released=released
                )
            )
        return {
            self.OUTPUT: dest_id,
            "OVERLAP_COUNT": overlaps,
            "NO_HAZARD_COUNT": no_hazard,
            "CLOSED_HAZARD_COUNT": closed,
            "RELEASED_LAND_COUNT": released,
        }

    def _getters(self, parameters, context, source, names, feedback) -> Dict[str, Any]:
        """A value getter per field parameter; a field not in the layer reads as None (with a warning)."""
        fields = source.fields()
        getters = {}
        for name in names:
            field = self.parameterAsString(parameters, name, context)
            index = fields.lookupField(field) if field else -1
            if field and index < 0:
                feedback.pushWarning(self.tr("Field '{field}' is not in the layer; it is ignored.").format(field=field))
            getters[name] = (lambda feature, i=index: feature.attribute(i)) if index >= 0 else (lambda feature: None)
        return getters

    @staticmethod
    def _request(source, crs, context) -> QgsFeatureRequest:
        request = QgsFeatureRequest()
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        return request

    @staticmethod
    def _feature(finding: task_overlaps.TaskFinding) -> QgsFeature:
        feature = QgsFeature(finding_fields())
        geometry = finding.geometry
        if geometry is not None and not geometry.isNull() and not geometry.isEmpty():
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
        task, other = finding.task, finding.other
        message = (
            " ".join([finding.message, *finding.notes])
            if finding.finding != task_overlaps.FINDING_INVALID
            else finding.message
        )
        feature.setAttributes(
            [
                finding.finding,
                task.task_id,
                task.organisation,
                task.status,
                task.start,
                task.end,
                other.task_id if other else None,
                other.organisation if other else None,
                other.status if other else None,
                other.start if other else None,
                other.end if other else None,
                finding.same_operator,
                finding.periods_overlap,
                finding.area_m2,
                message,
            ]
        )
        return feature
