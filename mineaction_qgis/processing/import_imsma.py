"""``mineaction:importimsma``: an IMSMA export (point list, maXML, GIS export) into the canonical GeoPackage."""

import os
from typing import Any, Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.coords import BEARING_REFERENCES
from mineaction_qgis.core.imsma import duplicates
from mineaction_qgis.core.imsma.loader import LoadError, load_files
from mineaction_qgis.core.imsma.records import ReadOptions
from mineaction_qgis.core.imsma.writer import WriterError
from mineaction_qgis.core.register.connection import RegisterError, resolve_target
from mineaction_qgis.core.register.postgis import load_form_cache, publish_import
from mineaction_qgis.processing.base import MineActionAlgorithm
from mineaction_qgis.processing.register_output import duplicate_message, load_register_on_completion


class ImportImsmaAlgorithm(MineActionAlgorithm):
    """Detects the format, reads with the chosen profile and writes hazards, activities, points and rejected."""

    INPUT = "INPUT"
    INPUT_FOLDER = "INPUT_FOLDER"
    INPUT_URI = "INPUT_URI"
    PROFILE = "PROFILE"
    SOURCE_CRS = "SOURCE_CRS"
    BEARING_REFERENCE = "BEARING_REFERENCE"
    DECLINATION = "DECLINATION"
    APPEND = "APPEND"
    ON_DUPLICATE = "ON_DUPLICATE"
    INCLUDE_PERSONAL_DATA = "INCLUDE_PERSONAL_DATA"
    OUTPUT = "OUTPUT"
    REGISTER = "REGISTER"
    SCHEMA = "SCHEMA"
    LOCK_WAIT = "LOCK_WAIT"
    IMPORT_ID = "IMPORT_ID"
    REGISTER_SUMMARY = "REGISTER_SUMMARY"
    HAZARD_COUNT = "HAZARD_COUNT"
    ACTIVITY_COUNT = "ACTIVITY_COUNT"
    POINT_COUNT = "POINT_COUNT"
    REJECTED_COUNT = "REJECTED_COUNT"
    DUPLICATE_COUNT = "DUPLICATE_COUNT"
    # Counts of the other canonical layers: (output name, layer).
    OTHER_COUNTS = (
        ("TASK_COUNT", model.TASKS),
        ("ITEM_COUNT", model.ITEMS),
        ("SPOT_TASK_COUNT", model.SPOT_TASKS),
        ("LOCATION_COUNT", model.LOCATIONS),
        ("ACCIDENT_COUNT", model.ACCIDENTS),
        ("VICTIM_ROW_COUNT", model.VICTIMS),
    )
    GROUP_ID = "import"
    ICON = "import.svg"

    def name(self) -> str:
        return "importimsma"

    def displayName(self) -> str:
        return self.tr("Import IMSMA export")

    def shortHelpString(self) -> str:
        return self.tr(
            "Reads an IMSMA export into the canonical GeoPackage: layers hazards, activities, points and rejected, all "
            "in EPSG:4326, with the ellipsoidal area of every polygon.\n\nThe format is detected: IMSMA point list "
            "(.csv, .xlsx, .xls), IMSMA NG maXML, or an IMSMA GIS export. The profile maps the export's field names "
            "and codes (bundled: imsma_ng, imsma_core; or the path of your own copy); left empty, the bundled profile "
            "that fits the export is used (IMSMA Core for exports with imsma_id/imsma_links fields, IMSMA NG "
            "otherwise).\n\nGive one source: a file; or a folder (a file geodatabase .gdb or a folder of shapefiles); "
            "or a data source text (a PostGIS connection such as dbname='imsma' host=... "
            'table="staging"."HAZARD_POLYGON_VIEW" (shape), or one layer of a GeoPackage as '
            "file.gpkg|layername=HAZARD_POLYGON_VIEW). The file parameter also accepts a folder or data source typed "
            "in.\n\nSource CRS: the CRS of projected X/Y in point lists (UTM, Karbala 1979, IGRS, Iraq National Grid). "
            "Degrees and MGRS are recognised whatever it is. Bearings are from true north unless you choose grid or "
            "magnetic north (then give the declination, degrees east positive).\n\nNothing is lost: every record that "
            "cannot be loaded is in the rejected table with a reason code and a message naming the row and the "
            "field.\n\nExplosive items (Ordnance, Device), EOD spot tasks and other point-only activities, locations "
            "(communities), accidents and victims go to the layers items, spot_tasks, locations, accidents and "
            "victims. Victims are counted by accident, sex, age group, outcome and activity: names, dates of birth, ID "
            "and phone numbers and notes about persons are not written anywhere unless you tick 'Include personal data "
            "of victims', which adds the table victim_details."
        )

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("IMSMA export file"), optional=True))
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT_FOLDER,
                self.tr("…or an IMSMA export folder (.gdb or shapefiles)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.INPUT_URI, self.tr("…or a data source (PostGIS or GeoPackage layer)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.PROFILE, self.tr("Mapping profile (name or JSON path)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS, self.tr("Point list CRS (projected X/Y)"), defaultValue="EPSG:4326", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BEARING_REFERENCE,
                self.tr("Bearings are measured from"),
                options=[self.tr("True north"), self.tr("Grid north"), self.tr("Magnetic north")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DECLINATION,
                self.tr("Magnetic declination (degrees, east positive)"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=-90.0,
                maxValue=90.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.APPEND, self.tr("Append to an existing GeoPackage"), defaultValue=False)
        )
        personal = QgsProcessingParameterBoolean(
            self.INCLUDE_PERSONAL_DATA,
            self.tr(
                "Include personal data of victims (names, dates of birth, ID and phone numbers, notes) in the "
                "GeoPackage"
            ),
            defaultValue=False,
        )
        personal.setFlags(personal.flags() | QgsProcessingParameterBoolean.Flag.FlagAdvanced)
        self.addParameter(personal)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ON_DUPLICATE,
                self.tr("Records already in the GeoPackage (same GUID or ID)"),
                options=[self.tr("Keep both"), self.tr("Replace the stored record"), self.tr("Skip the new record")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Canonical GeoPackage"), fileFilter="GeoPackage (*.gpkg)"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REGISTER,
                self.tr("Shared PostGIS register (QGIS connection name, service=NAME or postgresql:// URI)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SCHEMA, self.tr("Register schema"), defaultValue="register", optional=True
            )
        )
        wait = QgsProcessingParameterNumber(
            self.LOCK_WAIT, self.tr("Wait for another import into the register (seconds)"), defaultValue=600, minValue=0
        )
        wait.setFlags(wait.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(wait)
        self.addOutput(QgsProcessingOutputNumber(self.IMPORT_ID, self.tr("Register import number")))
        self.addOutput(QgsProcessingOutputString(self.REGISTER_SUMMARY, self.tr("What the import did in the register")))
        self.addOutput(QgsProcessingOutputNumber(self.HAZARD_COUNT, self.tr("Hazards")))
        self.addOutput(QgsProcessingOutputNumber(self.ACTIVITY_COUNT, self.tr("Activities")))
        self.addOutput(QgsProcessingOutputNumber(self.POINT_COUNT, self.tr("Points")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED_COUNT, self.tr("Rejected records")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATE_COUNT, self.tr("Records already present")))
        labels = {
            model.TASKS: self.tr("Task orders"),
            model.ITEMS: self.tr("Explosive item rows"),
            model.SPOT_TASKS: self.tr("Spot tasks"),
            model.LOCATIONS: self.tr("Locations"),
            model.ACCIDENTS: self.tr("Accidents"),
            model.VICTIMS: self.tr("Victim count rows"),
        }
        for name, layer in self.OTHER_COUNTS:
            self.addOutput(QgsProcessingOutputNumber(name, labels[layer]))

    def postProcessAlgorithm(self, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        """In the main thread, after the run: ask Processing to show the register, grouped and styled."""
        if getattr(self, "_output", None):
            load_register_on_completion(context, self._output)
        return {}

    def checkParameterValues(self, parameters: Dict[str, Any], context: QgsProcessingContext):
        """Also accept a folder (a .gdb or a folder of shapefiles) typed into INPUT, as qgis_process users do."""
        value = parameters.get(self.INPUT)
        if isinstance(value, str) and value.strip() and os.path.isdir(value.strip()):
            parameters = {name: given for name, given in parameters.items() if name != self.INPUT}
        return super().checkParameterValues(parameters, context)

    def _input(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        """The one source given: INPUT (a file, or any folder or data source text), INPUT_FOLDER or INPUT_URI."""
        given = [
            value
            for value in (
                self.parameterAsFile(parameters, self.INPUT, context),
                self.parameterAsFile(parameters, self.INPUT_FOLDER, context),
                self.parameterAsString(parameters, self.INPUT_URI, context),
            )
            if value and value.strip()
        ]
        if len(given) != 1:
            raise QgsProcessingException(
                self.tr(
                    "Give exactly one IMSMA export: a file (INPUT), a folder (INPUT_FOLDER: a .gdb or a folder of "
                    "shapefiles) or a data source (INPUT_URI: a PostGIS connection or file.gpkg|layername=NAME)."
                )
            )
        return given[0].strip()

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        path = self._input(parameters, context)
        profile = self.parameterAsString(parameters, self.PROFILE, context) or None
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            output += ".gpkg"
        options = ReadOptions(
            source_crs=crs.authid() if crs.isValid() and crs.authid() else "EPSG:4326",
            bearing_reference=BEARING_REFERENCES[self.parameterAsEnum(parameters, self.BEARING_REFERENCE, context)],
            magnetic_declination=self.parameterAsDouble(parameters, self.DECLINATION, context),
            include_personal_data=self.parameterAsBoolean(parameters, self.INCLUDE_PERSONAL_DATA, context),
        )
        append = self.parameterAsBoolean(parameters, self.APPEND, context)
        strategy = duplicates.STRATEGIES[self.parameterAsEnum(parameters, self.ON_DUPLICATE, context)]
        snapshot = duplicates.take_snapshot(output) if append and os.path.exists(output) else None
        register = self.parameterAsString(parameters, self.REGISTER, context).strip()
        schema = self.parameterAsString(parameters, self.SCHEMA, context).strip() or "register"
        cache = None
        if register and not append:  # the register's stored forms: a re-import reads only the changed ones
            try:
                cache = load_form_cache(resolve_target(register), schema)
            except RegisterError as error:
                raise QgsProcessingException(str(error)) from error
        try:
            result = load_files([path], output, profile, options, append, feedback, form_cache=cache)
            found = duplicates.resolve_duplicates(snapshot, strategy) if snapshot is not None else None
        except (LoadError, WriterError, OSError) as error:
            raise QgsProcessingException(str(error)) from error
        if found is not None and found.total:
            feedback.pushWarning(duplicate_message(found.total, strategy))
        self._output = output
        counts = result.counts
        if result.canceled:
            feedback.pushWarning(
                self.tr("Cancelled: nothing was written; the GeoPackage is as it was before the import.")
            )
        for source, fmt in result.formats.items():
            feedback.pushInfo(
                self.tr("Format: {format}. Profile: {profile}.").format(
                    format=fmt, profile=result.profiles.get(source, "")
                )
            )
        for reason, count in sorted(counts.reasons.items()):
            feedback.pushWarning(self.tr("{count} records rejected: {reason}").format(count=count, reason=reason))
        if counts.rejected:
            feedback.pushWarning(
                self.tr("See the 'rejected' table of {file} for every rejected record and why.").format(file=output)
            )
        feedback.pushInfo(
            self.tr("{hazards} hazards, {activities} activities, {points} points, {rejected} rejected.").format(
                hazards=counts.hazards, activities=counts.activities, points=counts.points, rejected=counts.rejected
            )
        )
        for _name, layer in self.OTHER_COUNTS:
            if counts.by_layer[layer]:
                feedback.pushInfo(
                    self.tr("Layer {layer}: {count} features.").format(layer=layer, count=counts.by_layer[layer])
                )
        if options.include_personal_data and counts.by_layer[model.VICTIM_DETAILS]:
            feedback.pushWarning(
                self.tr(
                    "{file} holds personal data of {count} victims (table victim_details): share it only as your data "
                    "protection rules allow."
                ).format(file=output, count=counts.by_layer[model.VICTIM_DETAILS])
            )
        results = {self.IMPORT_ID: None, self.REGISTER_SUMMARY: ""}
        if register and not result.canceled:
            wait = self.parameterAsDouble(parameters, self.LOCK_WAIT, context)
            forms = result.forms
            if forms is not None and forms.reused:
                feedback.pushInfo(
                    self.tr("{count} forms unchanged since the register's last import were not read again.").format(
                        count=len(forms.reused)
                    )
                )
            try:
                results[self.IMPORT_ID], lines = publish_import(path, output, register, schema, wait, feedback, forms)
                results[self.REGISTER_SUMMARY] = "\n".join(lines)
            except RegisterError as error:
                raise QgsProcessingException(str(error)) from error
        return {
            **results,
            **{name: counts.by_layer[layer] for name, layer in self.OTHER_COUNTS},
            self.OUTPUT: output,
            self.HAZARD_COUNT: counts.hazards,
            self.ACTIVITY_COUNT: counts.activities,
            self.POINT_COUNT: counts.points,
            self.REJECTED_COUNT: counts.rejected,
            self.DUPLICATE_COUNT: found.total if found is not None else 0,
        }
