""" "Print atlas…": collects the atlas parameters, runs ``mineaction:atlas``, opens the PDF.

QGIS lays out and exports print layouts on its main thread only (the algorithm says so
with FlagNoThreading), so the dialog runs the algorithm in a worker process
(``ui/background.py``): the window stays responsive, the progress bar follows the pages,
and Cancel (or closing the window) stops the printing within a second; an earlier PDF of
that name is then left exactly as it was. When asked, the same run also saves the book's
layout (``OUTPUT_LAYOUT``), which the dialog reads into the current project's layout
manager, so that the officer can adjust it in the layout designer and export it again;
its layers are kept in a GeoPackage beside the PDF, so the layout survives saving the
project. Without an interpreter to start the worker with, the dialog prints in this
process and lets Qt handle the clicks between pages.
"""

import re
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsMapLayer,
    QgsMapLayerProxyModel,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from mineaction_qgis import i18n
from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.core.atlas.data import AtlasError
from mineaction_qgis.core.atlas.kept_layout import add_kept_layout, layers_file
from mineaction_qgis.core.atlas.layout import TEMPLATES, is_helper_layer
from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.register_layers import sibling_layer
from mineaction_qgis.paths import free_path
from mineaction_qgis.processing.atlas import LANGUAGES
from mineaction_qgis.ui import load_ui
from mineaction_qgis.ui.background import (
    AlgorithmProcess,
    portable_parameters,
    remove_scratch,
    scratch_folder,
    worker_python,
)

FORM_CLASS = load_ui("atlas_dialog")
OTHER_TEMPLATE = "__file__"
OUTPUT_LAYOUT = "OUTPUT_LAYOUT"
# Parameters of the items and accidents of hazard pages and of community pages -> register layer beside the hazards.
RECORD_LAYERS = {
    "ITEMS": model.ITEMS,
    "SPOT_TASKS": model.SPOT_TASKS,
    "ACCIDENTS": model.ACCIDENTS,
    "VICTIMS": model.VICTIMS,
    "LOCATIONS": model.LOCATIONS,
}
LAYOUT_SUFFIX = re.compile(r"(_atlas)?_layout(_\d+)?$")


class _TextFeedback(QgsProcessingFeedback):
    """Feedback that also hands its progress texts to the dialog (QGIS 3.22 has no signal for them)."""

    def __init__(self, on_text) -> None:
        super().__init__()
        self._on_text = on_text

    def setProgressText(self, text: str) -> None:
        super().setProgressText(text)
        self._on_text(text)


class AtlasDialog(QDialog, FORM_CLASS):
    """Coverage (optionally its selection), releases, gaps, language, template, title and PDF file."""

    def __init__(self, parent=None, project: Optional[QgsProject] = None, open_pdf: bool = True) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setLayoutDirection(i18n.layout_direction())
        self.project = project or QgsProject.instance()
        self.open_pdf = open_pdf
        self.results: Dict[str, Any] = {}
        self.layout_name = ""
        self._feedback: Optional[QgsProcessingFeedback] = None
        self._job: Optional[AlgorithmProcess] = None
        self._scratch: Optional[Path] = None
        hidden = picker_excluded_layers(self.project)
        self.coverageCombo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.coverageCombo.setExceptedLayerList(hidden)
        for combo in (self.releasesCombo, self.gapsCombo):
            combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
            combo.setExceptedLayerList(hidden)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        self._preselect(hidden)
        self.outputWidget.setFilePath(
            pdf_path_hint(self.coverageCombo.currentLayer(), plugin_settings.value(plugin_settings.ATLAS_FOLDER))
        )
        for code in LANGUAGES:
            self.languageCombo.addItem(i18n.NATIVE_NAMES[code], code)
        language = plugin_settings.value(plugin_settings.ATLAS_LANGUAGE, i18n.chosen_language())
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(language)))
        self.titleEdit.setText(plugin_settings.value(plugin_settings.ATLAS_TITLE))
        names = {
            "a4_landscape": self.tr("A4 landscape"),
            "a4_portrait": self.tr("A4 portrait"),
            "a3_landscape": self.tr("A3 landscape"),
        }
        for template in TEMPLATES:
            self.templateCombo.addItem(i18n.isolate_latin(names[template]), template)
        self.templateCombo.addItem(self.tr("Other template file…"), OTHER_TEMPLATE)
        self.templateFileWidget.setFilter(self.tr("Layout templates (*.qpt)"))
        self.templateFileWidget.setEnabled(False)
        self.templateCombo.currentIndexChanged.connect(
            lambda _: self.templateFileWidget.setEnabled(self.templateCombo.currentData() == OTHER_TEMPLATE)
        )
        template = plugin_settings.value(plugin_settings.ATLAS_TEMPLATE)
        if template in TEMPLATES:
            self.templateCombo.setCurrentIndex(self.templateCombo.findData(template))
        elif template and Path(template).is_file():
            self.templateCombo.setCurrentIndex(self.templateCombo.findData(OTHER_TEMPLATE))
            self.templateFileWidget.setFilePath(template)
        self.outputWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.outputWidget.setFilter(self.tr("PDF files (*.pdf)"))
        self._button_texts()
        self.buttonBox.accepted.connect(self.run)
        self.buttonBox.rejected.connect(self.reject)

    def _preselect(self, hidden: List[QgsMapLayer]) -> None:
        """The layers used last time, else the register's hazards, activities and gaps by their canonical
        names, in the layer tree's order; never a hidden layer (e.g. one of a kept atlas layout)."""
        candidates = [
            node.layer()
            for node in self.project.layerTreeRoot().findLayers()
            if isinstance(node.layer(), QgsVectorLayer) and node.layer() not in hidden
        ]
        choices = (
            (self.coverageCombo, plugin_settings.ATLAS_COVERAGE, (model.HAZARDS,)),
            (self.releasesCombo, plugin_settings.ATLAS_RELEASES, (model.ACTIVITIES,)),
            (self.gapsCombo, plugin_settings.ATLAS_GAPS, ("gaps", "remaining")),
        )
        for combo, key, names in choices:
            last = plugin_settings.value(key)
            chosen = next((layer for layer in candidates if last and layer.source() == last), None)
            if chosen is None:
                chosen = next((layer for layer in candidates if layer.name().lower().startswith(names)), None)
            if chosen is not None:
                combo.setLayer(chosen)

    def remember(self) -> None:
        """Keep the user's choices for the next time (one settings module)."""
        template = self.templateCombo.currentData()
        if template == OTHER_TEMPLATE:
            template = self.templateFileWidget.filePath().strip()
        output = self.outputWidget.filePath().strip()
        for key, value in (
            (plugin_settings.ATLAS_TITLE, self.titleEdit.text().strip()),
            (plugin_settings.ATLAS_TEMPLATE, template),
            (plugin_settings.ATLAS_LANGUAGE, self.languageCombo.currentData()),
            (plugin_settings.ATLAS_FOLDER, str(Path(output).parent) if output else ""),
            (plugin_settings.ATLAS_COVERAGE, _source(self.coverageCombo.currentLayer())),
            (plugin_settings.ATLAS_RELEASES, _source(self.releasesCombo.currentLayer())),
            (plugin_settings.ATLAS_GAPS, _source(self.gapsCombo.currentLayer())),
        ):
            plugin_settings.set_value(key, value)

    def parameters(self) -> Dict[str, Any]:
        """Parameters of ``mineaction:atlas`` from the form."""
        layer = self.coverageCombo.currentLayer()
        if layer is None:
            raise QgsProcessingException(self.tr("Choose the hazards or tasks layer to print."))
        selected = self.selectedOnlyCheck.isChecked()
        if selected and layer.selectedFeatureCount() == 0:
            raise QgsProcessingException(self.tr("No feature of {layer} is selected.").format(layer=layer.name()))
        output = self.outputWidget.filePath().strip()
        if not output:
            raise QgsProcessingException(self.tr("Choose the PDF file to write."))
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        template = self.templateCombo.currentData()
        if template == OTHER_TEMPLATE:
            template = self.templateFileWidget.filePath().strip()
            if not template:
                raise QgsProcessingException(self.tr("Choose the template file (.qpt)."))
        parameters: Dict[str, Any] = {
            "COVERAGE": QgsProcessingFeatureSourceDefinition(layer.id(), selected) if selected else layer,
            "LANGUAGE": LANGUAGES.index(self.languageCombo.currentData()),
            "TEMPLATE": template,
            "TITLE": self.titleEdit.text().strip(),
            "OUTPUT": output,
            "COMMUNITY_PAGES": self.communityPagesCheck.isChecked(),
        }
        if self.releasesCombo.currentLayer() is not None:
            parameters["RELEASES"] = self.releasesCombo.currentLayer()
        if self.gapsCombo.currentLayer() is not None:
            parameters["GAPS"] = self.gapsCombo.currentLayer()
        if self.addLayoutCheck.isChecked():
            parameters[OUTPUT_LAYOUT] = str(layout_project_path(output))
        # Given explicitly: a selection is a feature source, which has no GeoPackage beside it to look in.
        for name, sibling in (
            ("POINTS", sibling_layer(layer, model.POINTS)),
            ("GOVERNORATES", sibling_layer(layer, model.GOVERNORATES)),
            *((name, sibling_layer(layer, table)) for name, table in RECORD_LAYERS.items()),
        ):
            if sibling is not None:
                parameters[name] = sibling
        return parameters

    @property
    def running(self) -> bool:
        return self._feedback is not None or (self._job is not None and self._job.running)

    def run(self) -> None:
        """Print in a worker process (the window stays responsive); when it is done, add the layout (when
        asked), open the PDF and close. Without a Python interpreter to start the worker with, print here."""
        if self.running:
            return
        try:
            parameters = self.parameters()
        except QgsProcessingException as error:
            self.messageLabel.setText(str(error))
            return
        self.remember()
        python = worker_python()
        if python is None:
            self._run_here(parameters)
            return
        self._scratch = scratch_folder()
        try:
            portable, selection = portable_parameters(parameters, self.project, self._scratch)
        except (OSError, ValueError) as error:  # a session-only layer that could not be copied for the worker
            remove_scratch(self._scratch)
            self.messageLabel.setText(str(error))
            return
        if selection:
            portable["FILTER"] = selection  # the same pages as the selection; their content is unchanged
        job = AlgorithmProcess("mineaction:atlas", portable, outputs=[parameters["OUTPUT"]], python=python, parent=self)
        job.progress.connect(self._on_progress)
        job.text.connect(self.messageLabel.setText)
        job.finished.connect(lambda: self._printed(job, parameters))
        self._job = job
        job.start()
        self._set_running_buttons(True)
        self.messageLabel.setText(self.tr("Printing…"))
        self.progressBar.setValue(0)

    def wait(self, timeout_ms: int = 600000) -> bool:
        """Handle events until the printing started by ``run`` has finished (for scripts and tests)."""
        if self._job is not None:
            self._job.wait(timeout_ms)
        return not self.running

    def _printed(self, job: AlgorithmProcess, parameters: Dict[str, Any]) -> None:
        """The worker has ended: say why, or keep the layout and open the PDF."""
        remove_scratch(self._scratch)
        self._scratch = None
        try:
            if job.canceled or job.error:
                self._drop_kept_layers(parameters)
                self.progressBar.setValue(0)
                self.messageLabel.setText(job.error or self.tr("Cancelled: no PDF was written."))
                return
            self.results = dict(job.results or {})
            self.progressBar.setValue(100)
            if not self._keep_layout(parameters):
                return
        finally:
            self._job = None
            self._set_running_buttons(False)
        self._done()

    def _keep_layout(self, parameters: Dict[str, Any]) -> bool:
        """Add the kept layout to the project when asked; False (with the reason shown) when that failed."""
        if OUTPUT_LAYOUT not in parameters:
            return True
        try:
            self.layout_name = self.add_layout(parameters)
        except AtlasError as error:
            self.messageLabel.setText(str(error))
            return False
        return True

    def _done(self) -> None:
        if self.open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.results["OUTPUT"]))
        self.accept()

    def _run_here(self, parameters: Dict[str, Any]) -> None:
        """Print in this process: Qt handles the user's clicks between pages (progress, Cancel)."""
        import processing

        feedback = _TextFeedback(self._on_progress_text)
        feedback.progressChanged.connect(self._on_progress_here)
        context = QgsProcessingContext()
        context.setProject(self.project)
        self._feedback = feedback
        self._set_running_buttons(True)
        self.messageLabel.setText(self.tr("Printing…"))
        self.progressBar.setValue(0)
        QCoreApplication.processEvents()
        try:
            self.results = processing.run("mineaction:atlas", parameters, feedback=feedback, context=context)
        except QgsProcessingException as error:
            self._drop_kept_layers(parameters)
            self.messageLabel.setText(str(error))
            return
        finally:
            self._feedback = None
            self._set_running_buttons(False)
        if feedback.isCanceled():
            self._drop_kept_layers(parameters)
            self.messageLabel.setText(self.tr("Cancelled: no PDF was written."))
            return
        if not self._keep_layout(parameters):
            return
        self._done()

    def _button_texts(self) -> None:
        """Print, and Close that reads Cancel while printing (it then stops the printing)."""
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("Cancel") if self.running else self.tr("Close")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Installing the page translator makes Qt reset the standard buttons' texts: set ours again.

        Qt hands the change to every widget in no set order, so ours are set once all have had it.
        """
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self._button_texts)

    def _set_running_buttons(self, running: bool) -> None:
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not running)
        self._button_texts()

    def _on_progress(self, value: float) -> None:
        self.progressBar.setValue(int(value))

    def _on_progress_here(self, value: float) -> None:
        """Show the progress and let the Cancel button be clicked (the export runs in this thread)."""
        self._on_progress(value)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def _on_progress_text(self, text: str) -> None:
        """Say what is being done (preparing pages, writing them) and stay responsive meanwhile."""
        self.messageLabel.setText(text)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def cancel(self) -> None:
        """Stop the printing: after the current page, and within a second at most in the worker."""
        if self._job is not None:
            self._job.cancel()
            self.messageLabel.setText(self.tr("Cancelling…"))
        if self._feedback is not None:
            self._feedback.cancel()
            self.messageLabel.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Cancel (or closing the window) while printing stops the printing; otherwise it closes."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def add_layout(self, parameters: Dict[str, Any]) -> str:
        """Add the layout the printing run kept (its layers are in a GeoPackage beside the PDF) to the
        project's layout manager; returns its name. The run's project file is removed afterwards."""
        project_file = Path(parameters[OUTPUT_LAYOUT])
        base = self.tr("Atlas of {layer}").format(layer=self.coverageCombo.currentLayer().name())
        try:
            layout = add_kept_layout(self.project, project_file, base)
        finally:
            for leftover in (project_file, Path(f"{project_file}~")):
                leftover.unlink(missing_ok=True)
        return layout.name()

    def _drop_kept_layers(self, parameters: Dict[str, Any]) -> None:
        """A run that did not finish leaves no layout files beside the PDF (their names were new)."""
        if OUTPUT_LAYOUT in parameters:
            project_file = Path(parameters[OUTPUT_LAYOUT])
            for leftover in (project_file, Path(f"{project_file}~"), layers_file(project_file)):
                leftover.unlink(missing_ok=True)


def atlas_layers_path(pdf: str) -> Path:
    """The new GeoPackage beside the PDF that keeps the layers of the layout added to the project."""
    path = Path(pdf)
    return free_path(path.with_name(f"{path.stem}_layout.gpkg"))


def layout_project_path(pdf: str) -> Path:
    """The project file the printing run saves the layout in: named after the new GeoPackage of its layers."""
    return atlas_layers_path(pdf).with_suffix(".qgz")


def pdf_path_hint(layer: Optional[QgsVectorLayer], folder: str = "") -> str:
    """A default PDF name for the coverage: ``<file>_atlas.pdf`` in the folder used last, else beside the file.

    Never derived from a kept layout's own GeoPackage (``…_layout.gpkg``), which is not a register.
    """
    if layer is None or layer.providerType() != "ogr":  # a memory or database layer has no file to name it after
        return ""
    path = Path(layer.source().split("|")[0])
    try:
        if not path.is_file():
            return ""
    except OSError:  # not a file name at all
        return ""
    stem = path.stem
    if is_helper_layer(layer) or LAYOUT_SUFFIX.search(stem):
        stem = LAYOUT_SUFFIX.sub("", stem)
    target = Path(folder) if folder and Path(folder).is_dir() else path.parent
    return str(target / f"{stem}_atlas.pdf")


def picker_excluded_layers(project: QgsProject) -> List[QgsMapLayer]:
    """Layers no picker of the plugin offers: the helpers of kept atlas layouts, and layers outside the
    layer tree (the helpers of layouts kept before they were flagged)."""
    in_tree = {node.layerId() for node in project.layerTreeRoot().findLayers()}
    return [layer for layer in project.mapLayers().values() if is_helper_layer(layer) or layer.id() not in in_tree]


def _source(layer: Optional[QgsMapLayer]) -> str:
    return layer.source() if layer is not None else ""
