"""Settings dialog: the plugin's own language (QGIS 3.22 has no Sorani interface)."""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from mineaction_qgis import i18n
from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.ui import load_ui

FORM_CLASS = load_ui("settings_dialog")


class SettingsDialog(QDialog, FORM_CLASS):
    """Choose English, Arabic, Sorani, or follow QGIS's language."""

    def __init__(self, parent=None, settings: QgsSettings = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.settings = settings or QgsSettings()
        self.setLayoutDirection(i18n.layout_direction(i18n.chosen_language(self.settings)))
        self.changed = False
        self.languageCombo.addItem(QCoreApplication.translate("SettingsDialog", "Follow QGIS"), i18n.FOLLOW_QGIS)
        for code in i18n.SUPPORTED:
            self.languageCombo.addItem(i18n.NATIVE_NAMES[code], code)
        # Qt's own button texts stay English without Qt's translation: the plugin's own.
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        current = plugin_settings.value(i18n.SETTING_KEY, i18n.FOLLOW_QGIS, self.settings)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(current)))

    def accept(self) -> None:
        chosen = self.languageCombo.currentData()
        before = plugin_settings.value(i18n.SETTING_KEY, i18n.FOLLOW_QGIS, self.settings)
        i18n.set_language(chosen, self.settings)
        self.changed = chosen != before
        super().accept()
