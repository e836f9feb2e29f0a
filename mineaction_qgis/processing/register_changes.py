"""``mineaction:registerchanges``: what changed between two registers (GeoPackages) or at one register import."""

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from mineaction_qgis import i18n
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.safe_output import (
    AtomicFile,
    input_copy,
    staged_parameters,
    staged_sinks,
)
from mineaction_qgis.core.register import history
from mineaction_qgis.core.register.changes_report import write_report
from mineaction_qgis.core.register.connection import RegisterError, resolve_target
from mineaction_qgis.core.register.history import GeoPackageSource, RegisterDiff
from mineaction_qgis.core.register.postgis import recorded_changes
from mineaction_qgis.processing.base import MineActionAlgorithm

LANGUAGES = (i18n.ENGLISH, i18n.ARABIC, i18n.SORANI)
_S = QVariant.Type.String
GEOMETRY_FIELDS = model.fields_from(
    (
        ("layer", _S),
        ("record_key", _S),
        ("object_id", _S),
        ("kind", _S),
        ("part", _S),
        ("area_m2", QVariant.Type.Double),
        ("name", _S),
        ("governorate", _S),
    )
)
ATTRIBUTE_FIELDS = model.fields_from(
    (
        ("layer", _S),
        ("record_key", _S),
        ("object_id", _S),
        ("kind", _S),
        ("field", _S),
        ("old_value", _S),
        ("new_value", _S),
    )
)


def _text(value) -> Any:
    return None if value is None else str(value)


class RegisterChangesAlgorithm(MineActionAlgorithm):
    """Compares two GeoPackages, or reads the changes one import recorded in the PostGIS register."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    REGISTER = "REGISTER"
    SCHEMA = "SCHEMA"
    IMPORT = "IMPORT"
    LANGUAGE = "LANGUAGE"
    GEOMETRIES = "GEOMETRIES"
    ATTRIBUTES = "ATTRIBUTES"
    REPORT = "REPORT"
    NEW_COUNT = "NEW_COUNT"
    CHANGED_COUNT = "CHANGED_COUNT"
    MISSING_COUNT = "MISSING_COUNT"
    GROUP_ID = "import"
    ICON = "import.svg"

    def name(self) -> str:
        return "registerchanges"

    def displayName(self) -> str:
        return self.tr("Register changes")

    def shortHelpString(self) -> str:
        return self.tr(
            "What changed in the register: between two canonical GeoPackages (BEFORE and AFTER, e.g. last "
            "month's and this month's import), or at one import into the shared PostGIS register (REGISTER: "
            "a QGIS connection name, service=NAME or a postgresql:// URI; SCHEMA; IMPORT: the import "
            "number, empty for the latest).\n\nRecords are matched by IMSMA GUID, else local ID. Outputs: the "
            "changed geometries (the parts gained and lost by each hazard or activity, with their area in "
            "m²), a table of attribute changes (one row per field, before and after) and an HTML report in "
            "English, Arabic or Sorani: status changes, hazards closed, new hazards by governorate, area "
            "added and released."
        )

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                self.BEFORE, self.tr("Register before (GeoPackage)"), extension="gpkg", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.AFTER, self.tr("Register after (GeoPackage)"), extension="gpkg", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REGISTER,
                self.tr("…or the shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SCHEMA, self.tr("Register schema"), defaultValue="register", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.IMPORT,
                self.tr("Import number (empty: the latest)"),
                QgsProcessingParameterNumber.Type.Integer,
                optional=True,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Report language"),
                options=[i18n.NATIVE_NAMES[code] for code in LANGUAGES],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.GEOMETRIES,
                self.tr("Changed geometries (gained and lost parts)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.ATTRIBUTES, self.tr("Attribute changes"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, self.tr("Changes report"), self.tr("HTML files (*.html)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.NEW_COUNT, self.tr("New hazards")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGED_COUNT, self.tr("Changed hazards")))
        self.addOutput(QgsProcessingOutputNumber(self.MISSING_COUNT, self.tr("Hazards no longer in the export")))

    def _diff(self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback):
        before = self.parameterAsFile(parameters, self.BEFORE, context)
        after = self.parameterAsFile(parameters, self.AFTER, context)
        register = self.parameterAsString(parameters, self.REGISTER, context).strip()
        if register and not (before or after):
            schema = self.parameterAsString(parameters, self.SCHEMA, context).strip() or "register"
            number = (
                self.parameterAsInt(parameters, self.IMPORT, context)
                if parameters.get(self.IMPORT) not in (None, "")
                else None
            )
            try:
                target = resolve_target(register)
                diff, current, previous = recorded_changes(target, schema, number)
            except RegisterError as error:
                raise QgsProcessingException(str(error)) from error

            def describe() -> str:
                since = (
                    self.tr(" since import {number} ({file}, {date})").format(
                        number=previous.import_id, file=previous.file_name, date=previous.imported_at
                    )
                    if previous
                    else ""
                )
                return self.tr(
                    "Register {register}, schema '{schema}': import {number} ({file}, {date}, by {user}){since}."
                ).format(
                    register=target.label,
                    schema=schema,
                    number=current.import_id,
                    file=current.file_name,
                    date=current.imported_at,
                    user=current.imported_by,
                    since=since,
                )

            return diff, describe
        if not (before and after) or register:
            raise QgsProcessingException(
                self.tr("Give either two GeoPackages (BEFORE and AFTER) or a PostGIS register (REGISTER), not both.")
            )
        for path in (before, after):
            if not Path(path).is_file():
                raise QgsProcessingException(self.tr("The GeoPackage '{file}' does not exist.").format(file=path))
        with input_copy(before) as before_copy:  # read from copies: SQLite would add a -shm beside a WAL file
            with input_copy(after) as after_copy:
                diff = history.compare(GeoPackageSource(before_copy), GeoPackageSource(after_copy), feedback=feedback)
        return diff, lambda: self.tr("From {before} to {after}.").format(
            before=Path(before).name, after=Path(after).name
        )

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        diff, description = self._diff(parameters, context, feedback)
        inputs = [self.parameterAsFile(parameters, name, context) for name in (self.BEFORE, self.AFTER)]
        staged = staged_sinks(self, parameters, (self.GEOMETRIES, self.ATTRIBUTES), context, inputs)
        parameters = staged_parameters(parameters, staged)
        results = self._write_geometries(diff, parameters, context)
        results.update(self._write_attributes(diff, parameters, context))
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path:
            language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
            with AtomicFile(report_path, feedback) as temp:
                write_report(diff, description, str(temp), language)
            results[self.REPORT] = report_path
        for name, output in staged.items():  # every output is complete: each replaces its earlier file now
            results[name] = output.commit(results[name], feedback)
        counts = diff.counts(model.HAZARDS)
        results[self.NEW_COUNT] = counts[history.NEW]
        results[self.CHANGED_COUNT] = counts[history.CHANGED] + counts[history.RETURNED]
        results[self.MISSING_COUNT] = counts[history.MISSING]
        feedback.pushInfo(
            self.tr("Hazards: {new} new, {changed} changed, {missing} no longer in the export.").format(
                new=results[self.NEW_COUNT], changed=results[self.CHANGED_COUNT], missing=results[self.MISSING_COUNT]
            )
        )
        return results

    def _write_geometries(self, diff: RegisterDiff, parameters, context) -> Dict[str, Any]:
        sink, dest = self.parameterAsSink(
            parameters,
            self.GEOMETRIES,
            context,
            GEOMETRY_FIELDS,
            QgsWkbTypes.Type.MultiPolygon,
            model.HAZARD_LAYER.crs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.GEOMETRIES))
        for change in diff.changes:
            for part, geometry, area in (
                ("gained", change.gained, change.gained_m2),
                ("lost", change.lost, change.lost_m2),
            ):
                polygons = _polygons(geometry)
                if polygons is None:
                    continue
                feature = QgsFeature(GEOMETRY_FIELDS)
                feature.setAttributes(
                    [
                        change.layer,
                        change.key,
                        _text(change.object_id),
                        change.kind,
                        part,
                        area,
                        _text(change.about.get("name")),
                        _text(change.about.get("governorate")),
                    ]
                )
                feature.setGeometry(polygons)
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.GEOMETRIES: dest}

    def _write_attributes(self, diff: RegisterDiff, parameters, context) -> Dict[str, Any]:
        sink, dest = self.parameterAsSink(
            parameters, self.ATTRIBUTES, context, ATTRIBUTE_FIELDS, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.ATTRIBUTES))
        for change in diff.changes:
            names = [name for name in change.fields if name != history.GEOMETRY] or [None]
            for name in names:
                feature = QgsFeature(ATTRIBUTE_FIELDS)
                feature.setAttributes(
                    [
                        change.layer,
                        change.key,
                        _text(change.object_id),
                        change.kind,
                        name,
                        _text(change.old.get(name)) if name else None,
                        _text(change.new.get(name)) if name else None,
                    ]
                )
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return {self.ATTRIBUTES: dest}


def _polygons(geometry) -> Any:
    """The polygon parts of a difference (which may be a collection) as one MultiPolygon, None when none."""
    if geometry is None or geometry.isEmpty():
        return None
    parts = [
        QgsGeometry(part.clone())
        for part in geometry.constParts()
        if QgsWkbTypes.geometryType(part.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    ]
    if not parts:
        return None
    result = QgsGeometry.collectGeometry(parts)
    result.convertToMultiType()
    return result
