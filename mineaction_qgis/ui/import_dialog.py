""" "Load IMSMA export…": choose files, check the detected format and a preview, run the import in the background.

The dialog does no import work itself: it runs ``mineaction:importimsma`` once per
file (the first one creates or appends as chosen, the next ones append) in a
``QgsProcessingAlgRunnerTask``, shows progress, can cancel, then adds the
GeoPackage's layers to the project in a group, styled with the land-release
symbology, and summarises counts and rejected records by reason.

Sources are files, folders (a file geodatabase ``.gdb`` or a folder of shapefiles)
or data source texts given to ``add_files``. With the "Automatic" profile each file is
read with the bundled profile that fits it (``detect.suggest_profile``). Importing
again into the same GeoPackage replaces the layers of its group instead of adding a
second group.

With "Also import into the shared PostGIS register" ticked, the one export listed is also
published into a schema of the authority's PostGIS register (``REGISTER``/``SCHEMA`` of the
algorithm, see docs/en/shared-register.md): the connection is a QGIS PostgreSQL connection
name or a ``service=NAME`` typed in. The GeoPackage is then written afresh (no append), so
that it is this export exactly and the register can tell which records it no longer holds.
The register, schema and the choice are remembered (``settings.py``), a typed password never.

The proposed target GeoPackage is a new ``register.gpkg`` in the folder of the last
import (or the user's Documents folder), never beside the input files: those may be
the plugin's own sample register, which an import must not overwrite.
"""

from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QFileDialog, QListWidgetItem, QMessageBox, QTableWidgetItem

from mineaction_qgis import i18n, paths
from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.core.common import model, register_layers
from mineaction_qgis.core.common.coords import BEARING_REFERENCES
from mineaction_qgis.core.imsma import duplicates
from mineaction_qgis.core.imsma import preview as import_preview
from mineaction_qgis.core.imsma.detect import DetectError, Format, detect_format, suggest_profile
from mineaction_qgis.core.imsma.loader import LoadError, resolve_profile
from mineaction_qgis.core.imsma.profile import DEFAULT_PROFILE, bundled_profiles, load_profile
from mineaction_qgis.core.imsma.reasons import reason_title
from mineaction_qgis.core.imsma.records import ReadOptions
from mineaction_qgis.core.register.connection import redact
from mineaction_qgis.processing.register_output import duplicate_message
from mineaction_qgis.ui import load_ui
from mineaction_qgis.ui.helpers import left_to_right
from mineaction_qgis.ui.map_view import zoom_to_register

FORM_CLASS = load_ui("import_dialog")
ALGORITHM_ID = "mineaction:importimsma"
# Results of the algorithm beyond hazards, activities and points (its OTHER_COUNTS).
OTHER_COUNTS = ("ITEM_COUNT", "SPOT_TASK_COUNT", "LOCATION_COUNT", "ACCIDENT_COUNT", "VICTIM_ROW_COUNT", "TASK_COUNT")
PREVIEW_ROWS = import_preview.PREVIEW_ROWS
PATH_ROLE = 256  # Qt.UserRole
PROJECT_LAYERS = (model.HAZARDS, model.ACTIVITIES, model.TASKS, model.POINTS, model.REJECTED)
GROUP_PROPERTY = register_layers.GROUP_PROPERTY
FOLDER_SETTING = plugin_settings.IMPORT_FOLDER  # folder of the last target GeoPackage
TARGET_NAME = "register"
DEFAULT_SCHEMA = "register"
MAX_REASON_ROWS = 10  # the reasons table shows this many rows without scrolling


class _ErrorKeepingFeedback(QgsProcessingFeedback):
    """Feedback that remembers the errors the algorithm reported, to show them in the summary."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self.errors.append(error)
        super().reportError(error, fatalError)


class ImportDialog(QDialog, FORM_CLASS):
    """Collects files and options, runs the import algorithm per file, summarises the result."""

    progress = pyqtSignal(float)

    def __init__(
        self, parent=None, iface=None, files: Optional[List[str]] = None, settings: Optional[QgsSettings] = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings or QgsSettings()
        self.setupUi(self)
        self.setLayoutDirection(i18n.layout_direction())
        self.iface = iface
        self.formats: Dict[str, Optional[Format]] = {}
        self.errors: Dict[str, str] = {}
        self.results: List[dict] = []
        self.totals: Counter = Counter()
        self.reasons: Counter = Counter()
        self.rejected_layer: Optional[QgsVectorLayer] = None
        self.register_lines: List[str] = []
        self.added_layers: List[QgsVectorLayer] = []
        self.running = False
        self.canceled = False
        self.run_error = ""
        self.on_duplicate = duplicates.KEEP_BOTH
        self.duplicate_box: Optional[QMessageBox] = None
        self._queue: List[str] = []
        self._done = 0
        self._total = 0
        self._task = None
        self._context = None
        self._feedback = None
        self.profileCombo.addItem(self.tr("Automatic: the bundled profile that fits each export"), "")
        for name, path in bundled_profiles().items():
            self.profileCombo.addItem(f"{load_profile(str(path)).name} ({name})", str(path))
        self.profileCombo.setCurrentIndex(0)
        # As wide as its longest entry (the Sorani "Automatic…" text was cut off).
        self.profileCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.crsWidget.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        for label in (self.tr("True north"), self.tr("Grid north"), self.tr("Magnetic north")):
            self.bearingCombo.addItem(label)
        self.outputWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.outputWidget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.rejectedTable.setColumnCount(3)
        self.rejectedTable.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("Records"), self.tr("Code")])
        self.rejectedTable.verticalHeader().setVisible(False)
        self.openRejectedButton.setEnabled(False)
        self.cancelButton.setEnabled(False)
        self.addFilesButton.clicked.connect(self.choose_files)
        self.addFolderButton.clicked.connect(self.choose_folder)
        self.removeFileButton.clicked.connect(self.remove_selected)
        self.filesList.currentRowChanged.connect(self.show_selected)
        self.profileBrowseButton.clicked.connect(self.choose_profile)
        self.profileCombo.currentIndexChanged.connect(lambda _: self.show_selected())
        self.crsWidget.crsChanged.connect(lambda _: self.show_selected())
        self.runButton.clicked.connect(self.start)
        self.cancelButton.clicked.connect(self.cancel)
        self.closeButton.clicked.connect(self.reject)
        self.openRejectedButton.clicked.connect(self.open_rejected)
        self.registerGroup.toggled.connect(self._register_toggled)
        self.progress.connect(self._on_progress)
        self._fill_register()
        self.add_files(files or [])

    # --- files, formats and preview ---------------------------------------------------------

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("IMSMA exports"),
            "",
            self.tr(
                "IMSMA exports (*.csv *.txt *.xlsx *.xls *.xml *.gpkg *.geojson *.json *.shp *.gdb);;All files (*)"
            ),
        )
        self.add_files(files)

    def choose_folder(self) -> None:
        """Add a file geodatabase (.gdb) or a folder of shapefiles, which a file chooser cannot select."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("File geodatabase (.gdb) or folder of shapefiles"), "")
        if folder:
            self.add_files([folder])

    def add_files(self, files: List[str]) -> None:
        """Add files, folders or data sources to the list and detect their format."""
        for path in files:
            if path in self.formats or path in self.errors:
                continue
            try:
                fmt = detect_format(path)
                self.formats[path] = fmt
                text = self.tr("{file} — {format}").format(file=Path(path).name, format=fmt.label)
            except DetectError as error:
                self.errors[path] = str(error)
                text = self.tr("{file} — not recognised").format(file=Path(path).name)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.filesList.addItem(item)
        if files and not self.outputWidget.filePath():
            self.outputWidget.setFilePath(str(self.proposed_output()))
        if self.filesList.currentRow() < 0 and self.filesList.count():
            self.filesList.setCurrentRow(0)
        self._update_buttons()

    def proposed_output(self) -> Path:
        """A new GeoPackage in the folder of the last import, else in Documents (or home).

        Never beside the input files: they may be the plugin's sample register.
        """
        folder = Path(plugin_settings.value(FOLDER_SETTING, "", self.settings))
        if not str(folder) or str(folder) == "." or not folder.is_dir() or _inside_plugin(folder):
            home = Path.home()
            folder = home / "Documents" if (home / "Documents").is_dir() else home
        return paths.free_path(folder / f"{TARGET_NAME}.gpkg")

    def remove_selected(self) -> None:
        item = self.filesList.currentItem()
        if item is None:
            return
        path = item.data(PATH_ROLE)
        self.formats.pop(path, None)
        self.errors.pop(path, None)
        self.filesList.takeItem(self.filesList.row(item))
        self._update_buttons()
        self.show_selected()

    def choose_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mapping profile"), "", self.tr("Profiles (*.json)"))
        if path:
            self.profileCombo.addItem(Path(path).stem, path)
            self.profileCombo.setCurrentIndex(self.profileCombo.count() - 1)

    def files(self) -> List[str]:
        return [self.filesList.item(i).data(PATH_ROLE) for i in range(self.filesList.count())]

    def options(self) -> ReadOptions:
        crs = self.crsWidget.crs()
        return ReadOptions(
            source_crs=crs.authid() if crs.isValid() and crs.authid() else "EPSG:4326",
            bearing_reference=BEARING_REFERENCES[self.bearingCombo.currentIndex()],
            magnetic_declination=self.declinationSpin.value(),
        )

    def show_selected(self, *_) -> None:
        """Show the detected format, profile and the first records as mapped for the selected file."""
        self.previewTable.clear()
        self.previewTable.setRowCount(0)
        self.previewTable.setColumnCount(0)
        item = self.filesList.currentItem()
        if item is None:
            self.formatLabel.setText("")
            return
        path = item.data(PATH_ROLE)
        if path in self.errors:
            self.formatLabel.setText(self.errors[path])
            return
        fmt = self.formats[path]
        if self.profileCombo.currentData():
            profile_text = self.profileCombo.currentText()
        else:
            suggested = self.profile_for(path)
            profile_text = self.tr("{profile} (chosen for this export)").format(
                profile=f"{load_profile(suggested).name} ({suggested})"
            )
        self.formatLabel.setText(
            self.tr("Format: {format}. Profile: {profile}.").format(format=fmt.label, profile=profile_text)
        )
        try:
            columns, rows = self.preview(path, fmt)
        except (LoadError, ValueError, OSError) as error:
            self.formatLabel.setText(
                self.formatLabel.text() + " " + self.tr("Preview failed: {error}").format(error=str(error))
            )
            return
        self.previewTable.setColumnCount(len(columns))
        self.previewTable.setHorizontalHeaderLabels(columns)
        self.previewTable.setRowCount(len(rows))
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row):
                text = "" if value is None else str(value)
                if any(character.isdigit() for character in text):  # coordinates, ids: "-40.0", not "40.0-"
                    text = left_to_right(text)
                self.previewTable.setItem(row_index, column_index, QTableWidgetItem(text))
        self.previewTable.resizeColumnsToContents()

    def profile_for(self, path: str) -> str:
        """The profile (name or JSON path) ``path`` is read with: the chosen one, or the one that fits it."""
        if self.profileCombo.currentData():
            return self.profileCombo.currentData()
        try:
            return suggest_profile(path)
        except DetectError:
            return DEFAULT_PROFILE

    def preview(self, path: str, fmt: Format):
        """(columns, rows) of the first records as the import maps them (``core/imsma/preview.py``)."""
        return import_preview.preview(path, fmt, resolve_profile(self.profile_for(path)), self.options(), PREVIEW_ROWS)

    # --- the shared register ------------------------------------------------------------------

    def _fill_register(self) -> None:
        """The QGIS PostgreSQL connections, and the register, schema and choice of the last import."""
        self.registerCombo.addItems(postgres_connections())
        self.registerCombo.setCurrentText(plugin_settings.value(plugin_settings.IMPORT_REGISTER, "", self.settings))
        self.schemaEdit.setText(plugin_settings.value(plugin_settings.IMPORT_SCHEMA, DEFAULT_SCHEMA, self.settings))
        chosen = plugin_settings.value(plugin_settings.IMPORT_TO_REGISTER, "false", self.settings) == "true"
        self.registerGroup.setChecked(chosen and bool(self.registerCombo.currentText().strip()))
        self._register_toggled(self.registerGroup.isChecked())

    def register(self) -> str:
        """The register to publish into ('' when not chosen): a QGIS connection name or service=NAME (or a URI)."""
        return self.registerCombo.currentText().strip() if self.registerGroup.isChecked() else ""

    def schema(self) -> str:
        return self.schemaEdit.text().strip() or DEFAULT_SCHEMA

    def _register_toggled(self, checked: bool) -> None:
        """A register import writes the GeoPackage afresh: appending would show the register old records as current."""
        if checked:
            self.appendCheck.setChecked(False)
        self.appendCheck.setEnabled(not checked)

    def _remember_register(self) -> None:
        """Keep the choice for the next import; a register text holding a password is not stored."""
        text = self.registerCombo.currentText().strip()
        plugin_settings.set_value(plugin_settings.IMPORT_TO_REGISTER, str(bool(self.register())).lower(), self.settings)
        if redact(text) == text:
            plugin_settings.set_value(plugin_settings.IMPORT_REGISTER, text, self.settings)
        plugin_settings.set_value(plugin_settings.IMPORT_SCHEMA, self.schema(), self.settings)

    def _update_buttons(self) -> None:
        runnable = bool(self.formats) and not self.errors and not self.running
        self.runButton.setEnabled(runnable)
        self.cancelButton.setEnabled(self.running)
        self.addFilesButton.setEnabled(not self.running)
        self.addFolderButton.setEnabled(not self.running)
        self.removeFileButton.setEnabled(not self.running)

    # --- running ------------------------------------------------------------------------------

    def output_path(self) -> str:
        path = self.outputWidget.filePath()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return path

    def start(self) -> None:
        """Run the import algorithm for each file, one after the other, in the background."""
        if not self.output_path():
            self.summaryLabel.setText(self.tr("Choose the target GeoPackage first."))
            return
        if QgsApplication.processingRegistry().algorithmById(ALGORITHM_ID) is None:
            self.summaryLabel.setText(self.tr("The Mine Action Processing provider is not loaded."))
            return
        if self.registerGroup.isChecked():
            if not self.register():
                self.summaryLabel.setText(
                    self.tr("Choose the register's connection first (a QGIS PostgreSQL connection or service=NAME).")
                )
                return
            if len(self.files()) != 1:
                self.summaryLabel.setText(
                    self.tr(
                        "Import one export at a time into the shared register: it records each export's file and "
                        "what changed since the one before. Remove the other files, or untick the register."
                    )
                )
                return
        strategy = self.duplicate_strategy()
        if strategy is None:
            self.summaryLabel.setText(self.tr("Not imported: nothing was changed."))
            return
        self.on_duplicate = strategy
        plugin_settings.set_value(FOLDER_SETTING, str(Path(self.output_path()).resolve().parent), self.settings)
        self._remember_register()
        self.register_lines = []
        self.results, self.totals, self.reasons = [], Counter(), Counter()
        self.canceled = False
        self.run_error = ""
        self._queue = self.files()
        self._total = len(self._queue)
        self._done = 0
        self.running = True
        self.progressBar.setValue(0)
        self._release_layers(self.output_path())
        self.summaryLabel.setText(self.tr("Loading…"))
        self._update_buttons()
        self._run_next()

    def duplicates_present(self) -> int:
        """How many records of the chosen files are already in the target (only when appending to it)."""
        gpkg = self.output_path()
        if not (self.appendCheck.isChecked() and Path(gpkg).is_file()):
            return 0
        incoming: Dict[str, list] = {}
        for path in self.files():
            fmt = self.formats.get(path)
            if fmt is None:
                continue
            try:
                records = fmt.read(path, resolve_profile(self.profile_for(path)), self.options(), None)
                for name, keys in duplicates.incoming_keys(records).items():
                    incoming.setdefault(name, []).extend(keys)
            except (LoadError, ValueError, OSError):
                continue  # the import itself will say what is wrong with the file
        return duplicates.count_present(gpkg, incoming)

    def duplicate_strategy(self) -> Optional[str]:
        """Keep both when nothing is already there; otherwise the officer's answer (None: do not import)."""
        count = self.duplicates_present()
        if not count:
            return duplicates.KEEP_BOTH
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Records already in the GeoPackage"),
            self.tr(
                "{count} records of these exports are already in {file} (same GUID or ID). What should the import do "
                "with them?"
            ).format(count=count, file=Path(self.output_path()).name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setLayoutDirection(i18n.layout_direction())
        answers = {
            box.addButton(self.tr("Replace the stored records"), QMessageBox.ButtonRole.AcceptRole): duplicates.REPLACE,
            box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole): duplicates.KEEP_BOTH,
            box.addButton(self.tr("Skip the new records"), QMessageBox.ButtonRole.AcceptRole): duplicates.SKIP,
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.duplicate_box = box
        box.exec_()
        self.duplicate_box = None
        return answers.get(box.clickedButton())

    def _run_next(self) -> None:
        if not self._queue or self.canceled:
            self._finish()
            return
        path = self._queue.pop(0)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM_ID)
        parameters = {
            "INPUT": path,
            "PROFILE": self.profileCombo.currentData() or "",
            # A CRS object, not its text: QGIS reads a text CRS by first looking for a project layer of that
            # name, which the task's thread must not do while the main thread adds or removes layers.
            "SOURCE_CRS": QgsCoordinateReferenceSystem(self.options().source_crs),
            "BEARING_REFERENCE": self.bearingCombo.currentIndex(),
            "DECLINATION": self.declinationSpin.value(),
            "APPEND": self.appendCheck.isChecked() or self._done > 0,
            "ON_DUPLICATE": duplicates.STRATEGIES.index(self.on_duplicate),
            "INCLUDE_PERSONAL_DATA": self.personalCheck.isChecked(),
            "OUTPUT": self.output_path(),
        }
        if self.register():
            parameters.update({"REGISTER": self.register(), "SCHEMA": self.schema()})
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = _ErrorKeepingFeedback()
        self._feedback.progressChanged.connect(self.progress)
        self._task = QgsProcessingAlgRunnerTask(algorithm, parameters, self._context, self._feedback)
        self._task.executed.connect(self._one_done)
        QgsApplication.taskManager().addTask(self._task)

    def _on_progress(self, value: float) -> None:
        share = 100.0 / max(self._total, 1)
        self.progressBar.setValue(int(self._done * share + value * share / 100.0))

    def _one_done(self, successful: bool, results: dict) -> None:
        self._done += 1
        self._context.setLayersToLoadOnCompletion({})  # the dialog adds the register itself (_add_layers)
        if successful and results:
            self.results.append(results)
            for key in (
                "HAZARD_COUNT",
                "ACTIVITY_COUNT",
                "POINT_COUNT",
                "REJECTED_COUNT",
                "DUPLICATE_COUNT",
            ) + OTHER_COUNTS:
                self.totals[key] += int(results.get(key) or 0)
            if results.get("REGISTER_SUMMARY"):
                self.register_lines.extend(results["REGISTER_SUMMARY"].splitlines())
        elif not self.canceled:
            reason = " ".join(self._feedback.errors) if self._feedback is not None else ""
            self.run_error = self.tr("The import failed: {error}").format(error=reason)
            self._queue = []
        self._task = None
        self._run_next()

    def cancel(self) -> None:
        """Stop the running import at the next record; the file being read is not written, finished files stay."""
        self.canceled = True
        self._queue = []
        if self._feedback is not None:
            self._feedback.cancel()

    def _finish(self) -> None:
        self.running = False
        self.progressBar.setValue(100 if not self.canceled else self.progressBar.value())
        self._update_buttons()
        output = self.output_path()
        if Path(output).exists():
            self._read_reasons(output)
            self._add_layers(output)
        lines = [
            self.tr(
                "{hazards} hazards, {activities} activities, {points} points loaded; {rejected} records rejected."
            ).format(
                hazards=self.totals["HAZARD_COUNT"],
                activities=self.totals["ACTIVITY_COUNT"],
                points=self.totals["POINT_COUNT"],
                rejected=self.totals["REJECTED_COUNT"],
            )
        ]
        if self.totals["DUPLICATE_COUNT"]:
            lines.append(duplicate_message(self.totals["DUPLICATE_COUNT"], self.on_duplicate))
        others = self.tr(
            "Also: {items} explosive item rows, {spot_tasks} spot tasks, {locations} locations, {accidents} accidents, "
            "{victims} victim count rows, {tasks} task orders."
        ).format(
            items=self.totals["ITEM_COUNT"],
            spot_tasks=self.totals["SPOT_TASK_COUNT"],
            locations=self.totals["LOCATION_COUNT"],
            accidents=self.totals["ACCIDENT_COUNT"],
            victims=self.totals["VICTIM_ROW_COUNT"],
            tasks=self.totals["TASK_COUNT"],
        )
        if any(self.totals[key] for key in OTHER_COUNTS):
            lines.append(others)
        lines.extend(self.register_lines)
        if self.canceled:
            lines.insert(0, self.tr("Cancelled: the file being read was not written; files finished before it were."))
        if self.run_error:
            lines.insert(0, self.run_error)
        self.summaryLabel.setText("\n".join(lines))
        self._fill_reasons()
        self.openRejectedButton.setEnabled(bool(self.reasons))

    def _fill_reasons(self) -> None:
        """Rejected records by reason: translated title, count, code; the table as tall as its rows."""
        table = self.rejectedTable
        table.setRowCount(len(self.reasons))
        for row, (reason, count) in enumerate(sorted(self.reasons.items(), key=lambda item: (-item[1], item[0]))):
            title = QTableWidgetItem(reason_title(reason))
            title.setToolTip(reason)
            table.setItem(row, 0, title)
            table.setItem(row, 1, QTableWidgetItem(str(count)))
            table.setItem(row, 2, QTableWidgetItem(reason))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        rows = min(table.rowCount(), MAX_REASON_ROWS)
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(row) for row in range(rows))
        if table.rowCount() > rows:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setMinimumHeight(height if rows else 0)
        if self.isVisible() and self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def _read_reasons(self, gpkg: str) -> None:
        """Rejected records by reason in the target (includes earlier imports when appending)."""
        layer = QgsVectorLayer(f"{gpkg}|layername={model.REJECTED}", model.REJECTED, "ogr")
        self.reasons = Counter()
        if layer.isValid():
            index = layer.fields().indexOf("reason_code")
            for feature in layer.getFeatures():
                self.reasons[feature.attribute(index)] += 1

    def _release_layers(self, gpkg: str) -> None:
        """Remove the layers of an earlier import into ``gpkg`` from the project before it is rewritten."""
        ids = register_layers.release_register_layers(QgsProject.instance(), gpkg)
        if self.rejected_layer is not None and (sip.isdeleted(self.rejected_layer) or self.rejected_layer.id() in ids):
            self.rejected_layer = None
        self.added_layers = [layer for layer in self.added_layers if not sip.isdeleted(layer) and layer.id() not in ids]

    def _add_layers(self, gpkg: str) -> None:
        """Add the register's layers to the project in one group, styled, in map-reading order
        (``core.register_layers``); the group of an earlier import into the same GeoPackage is reused."""
        self._release_layers(gpkg)
        self.added_layers = register_layers.add_register_layers(
            QgsProject.instance(), gpkg, self.tr("IMSMA import: {file}").format(file=Path(gpkg).name), PROJECT_LAYERS
        )
        self.rejected_layer = next((layer for layer in self.added_layers if layer.name() == model.REJECTED), None)
        if self.iface is not None:
            zoom_to_register(self.iface, self.added_layers)

    def open_rejected(self) -> None:
        """Open the attribute table of the rejected records (the layer in the project now: a later
        import into the same GeoPackage replaces it)."""
        if self.rejected_layer is not None and (
            sip.isdeleted(self.rejected_layer) or self.rejected_layer.id() not in QgsProject.instance().mapLayers()
        ):
            self.rejected_layer = None
            self._add_layers(self.output_path())
        if self.rejected_layer is not None and self.iface is not None:
            self.iface.showAttributeTable(self.rejected_layer)

    def reject(self) -> None:
        if self.running:
            self.cancel()
        super().reject()


def _inside_plugin(folder: Path) -> bool:
    """True for the plugin's own folders (its resources/ with the sample register): never a target."""
    folder = folder.resolve()
    return any(
        folder == root or root in folder.parents for root in (paths.PACKAGE_DIR, paths.resources_dir().resolve())
    )


def postgres_connections() -> List[str]:
    """Names of the PostgreSQL connections configured in QGIS (Browser, PostgreSQL), sorted."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return []
    try:
        return sorted(metadata.connections().keys(), key=str.lower)
    except QgsProviderConnectionException:
        return []
