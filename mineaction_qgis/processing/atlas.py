"""``mineaction:atlas``: a map book, one page per hazard or task, into PDF."""

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from mineaction_qgis import i18n
from mineaction_qgis.core.atlas.data import AtlasError
from mineaction_qgis.core.atlas.gpx import GpxError, write_gpx, write_gpx_per_hazard
from mineaction_qgis.core.atlas.items_accidents import RecordSources
from mineaction_qgis.core.atlas.kept_layout import layers_file, save_layout_project
from mineaction_qgis.core.atlas.layout import (
    BookInputs,
    PageTranslator,
    export_pdf,
    export_pdfs,
    fonts_for,
    make_book,
    missing_fonts,
)
from mineaction_qgis.core.common.model import ACCIDENTS, GOVERNORATES, ITEMS, LOCATIONS, POINTS, SPOT_TASKS, VICTIMS
from mineaction_qgis.core.common.register_layers import sibling_layer
from mineaction_qgis.core.common.safe_output import AtomicFile, AtomicFolder
from mineaction_qgis.processing.base import MineActionAlgorithm

LANGUAGES = i18n.SUPPORTED


class AtlasAlgorithm(MineActionAlgorithm):
    """Builds the atlas layout on a private project and exports it; the dialog can keep the layout."""

    COVERAGE = "COVERAGE"
    POINTS = "POINTS"
    RELEASES = "RELEASES"
    GAPS = "GAPS"
    GOVERNORATES = "GOVERNORATES"
    FILTER = "FILTER"
    SORT = "SORT"
    TEMPLATE = "TEMPLATE"
    LANGUAGE = "LANGUAGE"
    TITLE = "TITLE"
    DPI = "DPI"
    OUTPUT = "OUTPUT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    CONTACT = "CONTACT"
    PROFILE = "PROFILE"
    MGRS = "MGRS"
    OUTPUT_GPX = "OUTPUT_GPX"
    OUTPUT_GPX_FOLDER = "OUTPUT_GPX_FOLDER"
    OUTPUT_LAYOUT = "OUTPUT_LAYOUT"
    PAGES = "PAGES"
    WAYPOINTS = "WAYPOINTS"
    ITEMS = "ITEMS"
    SPOT_TASKS = "SPOT_TASKS"
    ACCIDENTS = "ACCIDENTS"
    VICTIMS = "VICTIMS"
    LOCATIONS = "LOCATIONS"
    COMMUNITY_PAGES = "COMMUNITY_PAGES"

    GROUP_ID = "atlas"
    ICON = "atlas.svg"

    def name(self) -> str:
        return "atlas"

    def displayName(self) -> str:
        return self.tr("Print hazard atlas")

    def shortHelpString(self) -> str:
        return self.tr(
            "Prints a map book into PDF: one page per hazard or task with its title, a map in land-release "
            "symbology (with releases and remaining gaps when given), an overview map of its governorate, "
            "legend, scale bar, north arrow, coordinate grid, the table of turning points with benchmark and "
            "reference point (DMS, decimal degrees, UTM, bearing and distance from the previous point) and "
            "its attributes. Pages in Arabic and Sorani are mirrored for right-to-left reading.\n\n"
            "The table lists every point in survey order: reference point, landmarks and benchmark, then each "
            "polygon's points from its start point; a table longer than the page continues on sheets of the same "
            "hazard. Eastings and northings are in the hazard's own UTM zone; bearings are true and magnetic "
            "(declination from the World Magnetic Model for the print date). MGRS adds an MGRS column. CONTACT "
            "names whom the warning tells the reader to contact; without it the mapping profile's atlas contact "
            "(PROFILE, in the page language), else DMA or IKMAA. OUTPUT_GPX writes the "
            "points as waypoints and each polygon as a closed route for a handheld GPS; OUTPUT_GPX_FOLDER one GPX "
            "per hazard.\n\n"
            "POINTS defaults to the points layer in the same GeoPackage as the coverage; without one the "
            "table lists the polygon's vertices. A feature without geometry or with an invalid geometry "
            "gets a page that says so. TEMPLATE is a .qpt layout template or a bundled one: a4_landscape "
            "(the default), a4_portrait, a3_landscape. OUTPUT_FOLDER also writes one PDF per feature, named by its "
            "ID.\n\n"
            "A hazard's page also shows the explosive items found in it and the accidents recorded in it or within "
            "1 000 m of it (ITEMS, SPOT_TASKS, ACCIDENTS and VICTIMS default to the register's layers beside the "
            "coverage): a line of its attribute block counts what was found, the map draws the spot tasks and "
            "accidents, and the list follows the turning points on sheets of its own. Casualties are counts of the "
            "victims table; no personal data is printed. COMMUNITY_PAGES adds, after the hazards, a page per "
            "community (the hazards' location_id, named from LOCATIONS) with a map and the table of its hazards."
        )

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # Layouts, fonts and the translator belong to the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.COVERAGE, self.tr("Hazards or tasks"), polygons))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POINTS,
                self.tr("Turning points (default: the points layer beside the coverage)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RELEASES, self.tr("Released land (activities)"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GAPS, self.tr("Remaining contamination (gaps)"), polygons, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.FILTER, self.tr("Only features matching"), parentLayerParameterName=self.COVERAGE, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                self.SORT,
                self.tr("Sort pages by (default: the ID)"),
                parentLayerParameterName=self.COVERAGE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TEMPLATE, self.tr("Layout template (.qpt file or bundled name)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language"),
                options=[i18n.NATIVE_NAMES[code] for code in LANGUAGES],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, self.tr("Resolution (dpi)"), QgsProcessingParameterNumber.Type.Integer, 300, False, 72, 1200
            )
        )
        governorates = QgsProcessingParameterFeatureSource(
            self.GOVERNORATES,
            self.tr("Governorates (default: the governorates layer beside the coverage)"),
            polygons,
            optional=True,
        )
        governorates.setFlags(governorates.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(governorates)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Atlas PDF"), self.tr("PDF files (*.pdf)"))
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_FOLDER, self.tr("Folder for one PDF per feature"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CONTACT,
                self.tr("Contact named in the warning (default: the profile's, else DMA or IKMAA)"),
                optional=True,
            )
        )
        profile = QgsProcessingParameterString(
            self.PROFILE, self.tr("Mapping profile naming the contact (name or JSON path)"), optional=True
        )
        profile.setFlags(profile.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(profile)
        mgrs = QgsProcessingParameterBoolean(self.MGRS, self.tr("Add an MGRS column to the table"), False)
        mgrs.setFlags(mgrs.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(mgrs)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_GPX,
                self.tr("GPS waypoints and routes (GPX)"),
                self.tr("GPX files (*.gpx)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_GPX_FOLDER, self.tr("Folder for one GPX per feature"), optional=True, createByDefault=False
            )
        )
        for name, label in (
            (self.ITEMS, self.tr("Explosive items (default: the items layer beside the coverage)")),
            (self.SPOT_TASKS, self.tr("Spot tasks (default: the spot_tasks layer beside the coverage)")),
            (self.ACCIDENTS, self.tr("Accidents (default: the accidents layer beside the coverage)")),
            (self.VICTIMS, self.tr("Victim counts (default: the victims layer beside the coverage)")),
            (self.LOCATIONS, self.tr("Communities (default: the locations layer beside the coverage)")),
        ):
            source = QgsProcessingParameterFeatureSource(
                name, label, [QgsProcessing.SourceType.TypeVector], optional=True
            )
            source.setFlags(source.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(source)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.COMMUNITY_PAGES, self.tr("Add a page per community listing its hazards"), False
            )
        )
        layout_file = QgsProcessingParameterFileDestination(
            self.OUTPUT_LAYOUT,
            self.tr("Project file keeping the layout for the layout designer"),
            self.tr("QGIS projects (*.qgz)"),
            optional=True,
            createByDefault=False,
        )
        layout_file.setFlags(layout_file.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(layout_file)
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.WAYPOINTS, self.tr("GPX waypoints")))

    def _source(self, parameters, name: str, context: QgsProcessingContext) -> Optional[QgsFeatureSource]:
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsSource(parameters, name, context)

    def _beside(self, parameters, name: str, layer_name: str, context: QgsProcessingContext):
        source = self._source(parameters, name, context)
        if source is not None:
            return source
        return sibling_layer(self._coverage_layer(parameters, context), layer_name)

    def _coverage_layer(self, parameters, context: QgsProcessingContext) -> Optional[QgsVectorLayer]:
        """The coverage's layer, also when only its selected features are printed (a source definition)."""
        value = parameters.get(self.COVERAGE)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            layer = QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
            return layer if isinstance(layer, QgsVectorLayer) else None
        return self.parameterAsVectorLayer(parameters, self.COVERAGE, context)

    def _data_source(self, parameters, context: QgsProcessingContext, coverage: QgsFeatureSource) -> str:
        """File and layer name of the coverage, for the page footer."""
        layer = self._coverage_layer(parameters, context)
        if layer is not None and layer.providerType() == "ogr":
            path = Path(layer.source().split("|")[0])
            if path.is_file():
                return f"{path.name} ({coverage.sourceName()})"
        return coverage.sourceName()

    def processAlgorithm(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> Dict[str, Any]:
        coverage = self.parameterAsSource(parameters, self.COVERAGE, context)
        if coverage is None:
            raise QgsProcessingException(self.tr("The coverage layer could not be read."))
        language = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        folder_value = parameters.get(self.OUTPUT_FOLDER)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)) if folder_value else None
        template = self.parameterAsString(parameters, self.TEMPLATE, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        points = self._beside(parameters, self.POINTS, POINTS, context)
        governorates = self._beside(parameters, self.GOVERNORATES, GOVERNORATES, context)
        if points is None:
            feedback.pushInfo(self.tr("No points layer: the tables list the polygons' vertices."))

        feedback.setProgressText(self.tr("Preparing the pages"))
        project = QgsProject()
        if not PageTranslator(language).loaded:
            feedback.pushWarning(
                self.tr("No translation file for language {language}: the page texts stay in English.").format(
                    language=language
                )
            )
        inputs = BookInputs(
            coverage,
            language,
            points=points,
            releases=self._source(parameters, self.RELEASES, context),
            gaps=self._source(parameters, self.GAPS, context),
            governorates=governorates,
            filter_expression=self.parameterAsExpression(parameters, self.FILTER, context),
            sort_expression=self.parameterAsExpression(parameters, self.SORT, context),
            title=self.parameterAsString(parameters, self.TITLE, context),
            template=template,
            data_source=self._data_source(parameters, context, coverage),
            contact=self.parameterAsString(parameters, self.CONTACT, context).strip(),
            profile=self.parameterAsString(parameters, self.PROFILE, context).strip(),
            with_mgrs=self.parameterAsBoolean(parameters, self.MGRS, context),
            records=RecordSources(
                items=self._beside(parameters, self.ITEMS, ITEMS, context),
                spot_tasks=self._beside(parameters, self.SPOT_TASKS, SPOT_TASKS, context),
                accidents=self._beside(parameters, self.ACCIDENTS, ACCIDENTS, context),
                victims=self._beside(parameters, self.VICTIMS, VICTIMS, context),
            ),
            communities=self._beside(parameters, self.LOCATIONS, LOCATIONS, context),
            community_pages=self.parameterAsBoolean(parameters, self.COMMUNITY_PAGES, context),
        )
        layout_file = None
        if parameters.get(self.OUTPUT_LAYOUT):
            layout_file = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_LAYOUT, context))
            inputs.keep_layers = layers_file(layout_file)
        try:
            book = make_book(project, inputs, context.transformContext(), feedback)
        except (AtlasError, ValueError) as error:
            raise QgsProcessingException(str(error)) from error
        for record in book.data.records:
            for note in (record.note, record.table_note):
                if note:
                    feedback.pushWarning(self.tr("Feature {id}: {note}").format(id=record.page_id, note=note))
        missing = missing_fonts(book.fonts | set(fonts_for(language)))
        if missing:
            feedback.reportError(
                self.tr(
                    "Fonts not installed: {fonts}. Install fonts-noto-core (Debian/Ubuntu) or the Noto fonts; "
                    "until then other fonts are used and some letters may show as boxes."
                ).format(fonts=", ".join(missing)),
                False,
            )
        if feedback.isCanceled():
            return {self.OUTPUT: None, self.PAGES: 0}

        feedback.setProgressText(self.tr("Writing {pages} pages").format(pages=book.page_count))
        results: Dict[str, Any] = {}
        try:
            with AtomicFile(str(output), feedback) as temp:  # an earlier PDF stays until this one is complete
                pages = export_pdf(book, temp, dpi, feedback)
            if feedback.isCanceled():
                feedback.pushInfo(self.tr("Cancelled: the incomplete PDF was removed."))
                return {self.OUTPUT: None, self.PAGES: 0}
            results.update({self.OUTPUT: str(output), self.PAGES: pages})
            if folder is not None and not feedback.isCanceled():
                with AtomicFolder(str(folder), feedback) as temp_folder:  # earlier PDFs stay until all are done
                    files = export_pdfs(book, temp_folder, dpi, feedback)
                results[self.OUTPUT_FOLDER] = str(folder)
                message = self.tr("{count} PDF files written to {folder}")
                feedback.pushInfo(message.format(count=len(files), folder=str(folder)))
            results.update(self._gpx(parameters, context, book, feedback))
            if layout_file is not None:
                save_layout_project(book, layout_file)
                results[self.OUTPUT_LAYOUT] = str(layout_file)
        except (RuntimeError, GpxError, AtlasError) as error:
            raise QgsProcessingException(str(error)) from error
        return results

    def _gpx(self, parameters, context: QgsProcessingContext, book, feedback) -> Dict[str, Any]:
        """The GPX outputs asked for: one for the book and/or one per hazard."""
        results: Dict[str, Any] = {}
        if parameters.get(self.OUTPUT_GPX):
            path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT_GPX, context))
            with AtomicFile(str(path), feedback) as temp:  # an earlier GPX stays until this one is complete
                results[self.WAYPOINTS] = write_gpx(book.data.feature_records(), temp)
            results[self.OUTPUT_GPX] = str(path)
            feedback.pushInfo(
                self.tr("{count} waypoints written to {path}").format(count=results[self.WAYPOINTS], path=str(path))
            )
        if parameters.get(self.OUTPUT_GPX_FOLDER):
            folder = Path(self.parameterAsString(parameters, self.OUTPUT_GPX_FOLDER, context))
            with AtomicFolder(str(folder), feedback) as temp_folder:
                files = write_gpx_per_hazard(book.data.feature_records(), temp_folder)
            results[self.OUTPUT_GPX_FOLDER] = str(folder)
            message = self.tr("{count} GPX files written to {folder}")
            feedback.pushInfo(message.format(count=len(files), folder=str(folder)))
        return results
