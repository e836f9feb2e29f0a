"""``mineaction:fixhazards``: the safe geometry repairs of core/validation/fixing.py, with a log of every change."""

from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
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
from mineaction_qgis.core.common.safe_output import layer_sources, staged_parameters, staged_sinks
from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.engine import VERTEX_TOLERANCE_DEGREES, VERTEX_TOLERANCE_METRES
from mineaction_qgis.core.validation.fixing import HazardFixer
from mineaction_qgis.processing.base import MineActionAlgorithm


def log_fields() -> QgsFields:
    return fields_from(
        (
            ("hazard_id", QVariant.Type.String),
            ("feature_id", QVariant.Type.LongLong),
            ("change", QVariant.Type.String),
            ("detail", QVariant.Type.String),
            ("area_before_m2", QVariant.Type.Double),
            ("area_after_m2", QVariant.Type.Double),
            ("area_change_m2", QVariant.Type.Double),
        )
    )


class FixHazardsAlgorithm(MineActionAlgorithm):
    """Writes a repaired copy of a hazard layer and a log layer of every change."""

    GROUP_ID = "validation"
    ICON = "validate.svg"

    def name(self) -> str:
        return "fixhazards"

    def displayName(self) -> str:
        return self.tr("Fix hazard geometries")

    def shortHelpString(self) -> str:
        return self.tr(
            "Makes the safe repairs of hazard polygons: removes repeated vertices (consecutive duplicates and a "
            "repeated closing point), repairs invalid polygons keeping every part (the log gives the area before "
            "and after), and drops parts of a multipart hazard smaller than MIN_PART_AREA. It never merges, "
            "deletes or moves a hazard: every input feature is in the output, with all its attributes. The log "
            "layer has one row per change: hazard_id, feature_id, change (duplicate_vertices_removed, repaired, "
            "not_repaired, sliver_dropped, sliver_kept), detail, area_before_m2, area_after_m2, area_change_m2."
        )

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", self.tr("Hazard polygons"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField("ID_FIELD", self.tr("Hazard ID field"), "hazard_id", "INPUT", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_PART_AREA",
                self.tr("Parts smaller than this are slivers (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                0.01,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Fixed hazards"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink("LOG", self.tr("Changes made"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber("CHANGED_COUNT", self.tr("Number of hazards changed")))

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        id_field = self.parameterAsString(parameters, "ID_FIELD", context)
        self.require_fields(source, [id_field], source.sourceName())
        crs = source.sourceCrs()
        tolerance = VERTEX_TOLERANCE_DEGREES if crs.isGeographic() else VERTEX_TOLERANCE_METRES
        fixer = HazardFixer(
            Measurer(crs, context.transformContext()),
            tolerance,
            self.parameterAsDouble(parameters, "MIN_PART_AREA", context),
        )
        wkb_type = QgsWkbTypes.multiType(source.wkbType())
        inputs = layer_sources(self, parameters, ("INPUT",), context)
        staged_all = staged_sinks(self, parameters, ("OUTPUT", "LOG"), context, inputs)
        staged, staged_log = staged_all["OUTPUT"], staged_all["LOG"]
        parameters = staged_parameters(parameters, staged_all)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        fields = log_fields()
        log, log_id = self.parameterAsSink(parameters, "LOG", context, fields, QgsWkbTypes.Type.NoGeometry)
        if log is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "LOG"))

        total = max(source.featureCount(), 1)
        changed = 0
        request = QgsFeatureRequest().setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        features = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
        for number, feature in enumerate(features):
            if number % 200 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * number / total)
            geometry, changes = fixer.fix(feature.geometry())
            output = QgsFeature(feature)
            if feature.hasGeometry():
                output.setGeometry(geometry)
            if not sink.addFeature(output, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, "OUTPUT"))
            if not changes:
                continue
            changed += 1
            hazard_id = as_text(feature[id_field]) if id_field else ""
            for change in changes:
                row = QgsFeature(fields)
                delta = (
                    change.area_after_m2 - change.area_before_m2
                    if change.area_before_m2 is not None and change.area_after_m2 is not None
                    else None
                )
                row.setAttributes(
                    [
                        hazard_id,
                        feature.id(),
                        change.code,
                        change.detail,
                        change.area_before_m2,
                        change.area_after_m2,
                        delta,
                    ]
                )
                log.addFeature(row, QgsFeatureSink.Flag.FastInsert)
        del sink, log
        dest_id, log_id = staged.commit(dest_id, feedback), staged_log.commit(log_id, feedback)
        feedback.pushInfo(
            self.tr("{changed} of {total} hazards changed.").format(changed=changed, total=source.featureCount())
        )
        return {"OUTPUT": dest_id, "LOG": log_id, "CHANGED_COUNT": changed}
