"""``mineaction:validatehazards``: every data-quality rule on a hazard layer, with an issue layer and a report."""

from typing import Any, Dict, List, Tuple

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.safe_output import AtomicFile, StagedSink, layer_sources
from mineaction_qgis.core.validation.engine import FindingKeys, issue_feature, issue_fields, previous_reviews, validate
from mineaction_qgis.core.validation.issue_layers import add_issue_layers, base_uri, is_issue_layer
from mineaction_qgis.core.validation.report import ValidationReport
from mineaction_qgis.core.validation.rules import RULE_CODES
from mineaction_qgis.core.validation.rules.base import ValidationSettings
from mineaction_qgis.processing.base import MineActionAlgorithm

FIELD_PARAMETERS = (
    ("ID_FIELD", "hazard_id"),
    ("STATUS_FIELD", "status"),
    ("CLASS_FIELD", "classification"),
    ("AREA_FIELD", "estimated_area_m2"),
    ("GOVERNORATE_FIELD", "governorate"),
)


def split_list(text: str) -> Tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


class ValidateHazardsAlgorithm(MineActionAlgorithm):
    """Runs the rules of core/validation/rules on a polygon layer and writes one issue per finding."""

    GROUP_ID = "validation"
    ICON = "validate.svg"

    def name(self) -> str:
        return "validatehazards"

    def displayName(self) -> str:
        return self.tr("Validate hazard areas")

    def shortHelpString(self) -> str:
        return self.tr(
            "Checks every hazard polygon and its attributes against the known data-quality rules: invalid, "
            "empty or degenerate polygons, repeated or too distant vertices, overlapping parts, overlaps and "
            "duplicates between hazards, duplicate IDs, missing or unknown status and classification, "
            "reported area against the polygon's area, dates out of order, hazards outside the boundaries "
            "or outside their recorded governorate, and, with a communities layer (the register's locations), "
            "a recorded district or sub-district that is not the hazard's community's.\n\nThe issue layer has one "
            "feature per finding "
            "(hazard_id, rule, severity, message, value) placed where the problem is: the overlap polygon, "
            "the self-intersection point, the too-long segment, or the hazard. Areas and distances are in "
            "metres on the WGS 84 ellipsoid, whatever the layer's CRS. Give an earlier issue layer as "
            "PREVIOUS to keep the findings already marked reviewed and to see which are new. Works on any "
            "polygon layer; field names are parameters (empty: the rules on that field are skipped)."
        )

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Hazard polygons"), polygons))
        labels = {
            "ID_FIELD": self.tr("Hazard ID field"),
            "STATUS_FIELD": self.tr("Status field"),
            "CLASS_FIELD": self.tr("Classification field"),
            "AREA_FIELD": self.tr("Reported area field (m²)"),
            "GOVERNORATE_FIELD": self.tr("Recorded governorate field"),
        }
        for name, default in FIELD_PARAMETERS:
            self.addParameter(QgsProcessingParameterField(name, labels[name], default, "INPUT", optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "AREA_TOLERANCE",
                self.tr("Area tolerance (%)"),
                QgsProcessingParameterNumber.Type.Double,
                10.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "DATE_FIELDS",
                self.tr("Date fields that must be in order (earlier<later, comma-separated)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "BOUNDARIES", self.tr("Boundaries (e.g. governorates)"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "BOUNDARY_NAME_FIELD", self.tr("Boundary name field"), "name", "BOUNDARIES", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "LOCATIONS",
                self.tr("Communities (locations layer, to check recorded districts and sub-districts)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        for name, label, default in (
            ("LOCATION_ID_FIELD", self.tr("Community (location ID) field of hazards"), "location_id"),
            ("DISTRICT_FIELD", self.tr("Recorded district field"), "district"),
            ("SUB_DISTRICT_FIELD", self.tr("Recorded sub-district field"), "sub_district"),
        ):
            parameter = QgsProcessingParameterField(name, label, default, "INPUT", optional=True)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterField.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_OVERLAP_AREA",
                self.tr("Smallest overlap reported (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_VERTEX_SPACING",
                self.tr("Largest distance between consecutive vertices (m)"),
                QgsProcessingParameterNumber.Type.Double,
                5000.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MULTIPART_OVERLAP_PCT",
                self.tr("Largest overlap between parts of one hazard (% of their union)"),
                QgsProcessingParameterNumber.Type.Double,
                0.9,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "STATUS_VALUES",
                self.tr("Valid status values (comma-separated)"),
                ", ".join(model.STATUSES),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "CLASS_VALUES",
                self.tr("Valid classification values (comma-separated)"),
                ", ".join(model.CLASSIFICATIONS),
                optional=True,
            )
        )
        rules = QgsProcessingParameterEnum(
            "RULES", self.tr("Rules to run (none selected: all)"), RULE_CODES, allowMultiple=True, optional=True
        )
        rules.setUsesStaticStrings(True)
        self.addParameter(rules)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "PREVIOUS",
                self.tr("Previous issue layer (keeps 'reviewed' marks)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        sink = QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Validation issues"), QgsProcessing.SourceType.TypeVectorAnyGeometry
        )
        sink.setSupportsNonFileBasedOutput(False)  # points, lines and polygons in one GeoPackage table
        self.addParameter(sink)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ISSUE_COUNT", self.tr("Number of findings")))
        self.addOutput(QgsProcessingOutputNumber("CHECKED_COUNT", self.tr("Number of hazards checked")))

    def settings(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> ValidationSettings:
        """ValidationSettings from the parameters (field names not yet checked against the layer)."""
        fields = {name: self.parameterAsString(parameters, name, context) for name, _ in FIELD_PARAMETERS}
        pairs: List[Tuple[str, str]] = []
        for item in split_list(self.parameterAsString(parameters, "DATE_FIELDS", context)):
            separator = "<" if "<" in item else ":"
            earlier, _, later = item.partition(separator)
            if not earlier.strip() or not later.strip():
                raise QgsProcessingException(
                    self.tr(
                        "DATE_FIELDS: '{item}' is not a pair; write earlier<later, e.g. start_date<end_date."
                    ).format(item=item)
                )
            pairs.append((earlier.strip(), later.strip()))
        return ValidationSettings(
            id_field=fields["ID_FIELD"],
            status_field=fields["STATUS_FIELD"],
            class_field=fields["CLASS_FIELD"],
            area_field=fields["AREA_FIELD"],
            governorate_field=fields["GOVERNORATE_FIELD"],
            area_tolerance_pct=self.parameterAsDouble(parameters, "AREA_TOLERANCE", context),
            date_pairs=pairs,
            boundary_name_field=self.parameterAsString(parameters, "BOUNDARY_NAME_FIELD", context),
            min_overlap_m2=self.parameterAsDouble(parameters, "MIN_OVERLAP_AREA", context),
            max_vertex_spacing_m=self.parameterAsDouble(parameters, "MAX_VERTEX_SPACING", context),
            multipart_overlap_pct=self.parameterAsDouble(parameters, "MULTIPART_OVERLAP_PCT", context),
            statuses=split_list(self.parameterAsString(parameters, "STATUS_VALUES", context)) or model.STATUSES,
            classifications=split_list(self.parameterAsString(parameters, "CLASS_VALUES", context))
            or model.CLASSIFICATIONS,
            rules=[code for code in self.parameterAsEnumStrings(parameters, "RULES", context) if code] or None,
            **self._community_fields(parameters, context),
        )

    def _community_fields(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> Dict[str, str]:
        """The hazard fields of the community check; empty (check off) without a LOCATIONS layer."""
        if parameters.get("LOCATIONS") in (None, ""):
            return {}
        return {
            "location_field": self.parameterAsString(parameters, "LOCATION_ID_FIELD", context),
            "district_field": self.parameterAsString(parameters, "DISTRICT_FIELD", context),
            "sub_district_field": self.parameterAsString(parameters, "SUB_DISTRICT_FIELD", context),
        }

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        settings = self.settings(parameters, context)
        self.require_fields(source, settings.attribute_fields(), source.sourceName())
        boundaries = self.parameterAsSource(parameters, "BOUNDARIES", context)
        if boundaries is not None and settings.boundary_name_field:
            self.require_fields(boundaries, [settings.boundary_name_field], boundaries.sourceName())
        previous = self._previous(parameters, context)
        reviews = previous_reviews(previous)
        del previous
        self._release_previous(context)

        result = validate(
            source,
            settings,
            boundaries,
            context.transformContext(),
            feedback,
            locations=self.parameterAsSource(parameters, "LOCATIONS", context),
        )
        if feedback.isCanceled():
            return {}
        fields = issue_fields()
        staged = StagedSink(
            self, parameters, "OUTPUT", context, layer_sources(self, parameters, ("INPUT", "BOUNDARIES"), context)
        )
        sink, dest_id = self.parameterAsSink(
            staged.parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Unknown, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        keys = FindingKeys(source.sourceCrs(), context.transformContext())
        new = 0
        for finding in result.findings:
            key = keys.key(finding)
            new += key not in reviews
            if not sink.addFeature(issue_feature(finding, fields, key, reviews), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, "OUTPUT"))
        del sink
        dest_id = staged.commit(dest_id, feedback)
        feedback.pushInfo(
            self.tr("{checked} hazards checked, {count} findings ({new} new).").format(
                checked=result.checked, count=len(result.findings), new=new
            )
        )

        results: Dict[str, Any] = {
            "OUTPUT": dest_id,
            "ISSUE_COUNT": len(result.findings),
            "CHECKED_COUNT": result.checked,
        }
        report_path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report_path:
            with AtomicFile(report_path, feedback) as temp:
                ValidationReport(result.findings, result.checked, source.sourceName()).save(str(temp))
            results["REPORT"] = report_path
        self._output = dest_id
        return results

    def _previous(self, parameters: Dict[str, Any], context: QgsProcessingContext):
        """The PREVIOUS issue table; when a map view of it is given, the whole table (all geometry types)."""
        layer = self.parameterAsVectorLayer(parameters, "PREVIOUS", context)
        if layer is not None and layer.providerType() == "ogr":
            table = QgsVectorLayer(base_uri(layer.source()), "previous", "ogr")
            if table.isValid():
                return table
        return self.parameterAsSource(parameters, "PREVIOUS", context)

    @staticmethod
    def _release_previous(context: QgsProcessingContext) -> None:
        """Close the issue tables this run opened: OUTPUT may rewrite the same table (the findings kept in
        the register), and an OGR layer left open on a rewritten table points at freed memory."""
        store = context.temporaryLayerStore()
        store.removeMapLayers([layer for layer in store.mapLayers().values() if is_issue_layer(layer)])

    def postProcessAlgorithm(self, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        """Show the issue table as styled views (one per geometry type) instead of one undrawable layer."""
        dest_id = getattr(self, "_output", None)
        if dest_id and context.willLoadLayerOnCompletion(dest_id) and context.project() is not None:
            details = context.layerToLoadOnCompletionDetails(dest_id)
            name = details.name or self.tr("Validation issues")
            layers = context.layersToLoadOnCompletion()
            layers.pop(dest_id, None)
            context.setLayersToLoadOnCompletion(layers)
            add_issue_layers(dest_id, name, context.project())
        return {}
