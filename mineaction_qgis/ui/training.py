"""Menu entry "Open training project…": build the sample training project in a folder and open it.

The work is done by ``core.training.build_training_project`` (the same as
``make training``); this module only asks for the folder, confirms before replacing
anything, and opens the written project in QGIS.
"""

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from mineaction_qgis import i18n
from mineaction_qgis.core.training import PROJECT_FILE, TrainingError, build_training_project
from mineaction_qgis.ui.helpers import push_message


class TrainingProjectOpener:
    """Asks for a folder, builds the training project there and opens it."""

    def __init__(self, iface=None, project: Optional[QgsProject] = None) -> None:
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.message = ""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("TrainingProjectOpener", text)

    def parent(self) -> Optional[QWidget]:
        return self.iface.mainWindow() if self.iface is not None else None

    def choose_folder(self) -> str:
        """The folder the user picks ("" when cancelled)."""
        return QFileDialog.getExistingDirectory(self.parent(), self.tr("Folder for the training project"))

    def confirm(self, question: str) -> bool:
        """Yes/no question to the user."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open training project"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent(),
        )
        box.setLayoutDirection(i18n.layout_direction())
        return box.exec_() == QMessageBox.StandardButton.Yes

    def show_error(self, text: str) -> None:
        self.message = text
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open training project"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parent(),
        )
        box.setLayoutDirection(i18n.layout_direction())
        box.exec_()

    def run(self, folder: str = "") -> Optional[Path]:
        """Build and open the project; returns its path, or None when cancelled or failed."""
        folder = folder or self.choose_folder()
        if not folder:
            return None
        target = Path(folder) / PROJECT_FILE
        replace = self.tr("{file} already exists. Build it again? Changes made in its register will be lost.")
        if target.exists() and not self.confirm(replace.format(file=str(target))):
            return None
        if self.project.isDirty() and not self.confirm(
            self.tr("The open project has unsaved changes. Close it without saving and open the training project?")
        ):
            return None
        if self.project.fileName() and Path(self.project.fileName()) == target:
            self.project.clear()  # the old register must not be open while it is replaced
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = build_training_project(Path(folder), i18n.chosen_language())
        except TrainingError as error:
            QApplication.restoreOverrideCursor()
            self.show_error(str(error))
            return None
        QApplication.restoreOverrideCursor()
        for warning in result.warnings:
            self.message = warning
            if self.iface is not None:
                push_message(self.iface.messageBar(), self.tr("Training project"), warning, Qgis.MessageLevel.Warning)
        if self.iface is not None and hasattr(self.iface, "addProject"):
            opened = self.iface.addProject(str(result.project_path))
        else:
            opened = self.project.read(str(result.project_path))
        if not opened:
            message = self.tr("The training project {file} could not be opened.")
            self.show_error(message.format(file=str(result.project_path)))
            return None
        return result.project_path


def open_training_project(iface) -> Optional[Path]:
    """Entry point of the menu action."""
    return TrainingProjectOpener(iface).run()
