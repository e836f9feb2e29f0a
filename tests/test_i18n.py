"""The language rule: own setting > QGIS override locale > system locale; ckb works."""

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, Qt

from mineaction_qgis import i18n


@pytest.fixture
def settings(tmp_path):
    return QgsSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.mark.parametrize(
    "locale_name, language",
    [
        ("ckb_IQ", "ckb"),
        ("ckb", "ckb"),
        ("ckb-IQ", "ckb"),
        (QLocale("ckb").name(), "ckb"),
        ("ar_IQ", "ar"),
        ("ar", "ar"),
        ("AR_iq.UTF-8", "ar"),
        ("en_GB", "en"),
        ("fr_FR", "en"),
        ("ku_TR", "en"),
        ("", "en"),
        ("C", "en"),
    ],
)
def test_language_of_locale(locale_name, language):
    assert i18n.language_of_locale(locale_name) == language


def test_qlocale_ckb_is_not_sliced():
    assert QLocale("ckb").name() == "ckb_IQ"
    assert i18n.language_of_locale(QLocale("ckb").name()) == "ckb"


def test_own_setting_wins(settings):
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ar_IQ")
    i18n.set_language("ckb", settings)
    assert i18n.chosen_language(settings) == "ckb"
    i18n.set_language("en", settings)
    assert i18n.chosen_language(settings) == "en"


def test_qgis_override_locale_when_following_qgis(settings):
    i18n.set_language(i18n.FOLLOW_QGIS, settings)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ckb_IQ")
    assert i18n.chosen_language(settings) == "ckb"
    settings.setValue("locale/userLocale", "ar")
    assert i18n.chosen_language(settings) == "ar"


def test_system_locale_when_no_override(settings):
    settings.setValue("locale/overrideFlag", False)
    settings.setValue("locale/userLocale", "ar")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("ckb_IQ"))
        # QLocale.system() follows the environment, not setDefault: compare with it.
        assert i18n.chosen_language(settings) == i18n.language_of_locale(QLocale.system().name())
    finally:
        QLocale.setDefault(previous)


def test_unsupported_language_refused(settings):
    with pytest.raises(ValueError):
        i18n.set_language("fr", settings)


def test_right_to_left():
    assert i18n.layout_direction("ar") == Qt.LayoutDirection.RightToLeft
    assert i18n.layout_direction("ckb") == Qt.LayoutDirection.RightToLeft
    assert i18n.layout_direction("en") == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language, expected", [("ar", "الأعمال المتعلقة بالألغام"), ("ckb", "کاروباری مین")])
def test_translator_translates_and_is_removed(language, expected):
    translator = i18n.Translator()
    assert translator.install(language)
    try:
        assert QCoreApplication.translate("MineActionPlugin", "Mine Action") == expected
    finally:
        translator.remove()
    assert QCoreApplication.translate("MineActionPlugin", "Mine Action") == "Mine Action"


def test_english_installs_nothing():
    translator = i18n.Translator()
    assert not translator.install("en")
    assert QCoreApplication.translate("MineActionPlugin", "Mine Action") == "Mine Action"


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_settings_dialog_right_to_left_and_saves(settings, qgis_app, language):
    from mineaction_qgis.ui.settings_dialog import SettingsDialog

    translator = i18n.Translator()
    translator.install(language)
    i18n.set_language(language, settings)
    try:
        dialog = SettingsDialog(settings=settings)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.languageCombo.currentData() == language
        dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("en"))
        dialog.accept()
        assert dialog.changed
        assert i18n.chosen_language(settings) == "en"
    finally:
        translator.remove()
