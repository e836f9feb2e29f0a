"""Language choice and translators.

The plugin chooses its language as: its own setting (English, Arabic, Sorani, or
follow QGIS) > QGIS's ``locale/userLocale`` when ``locale/overrideFlag`` is set >
the system locale. QGIS 3.22 has no Sorani interface, so a Sorani-speaking officer
sets the plugin's own setting. Locale names are split at ``_``/``-``, never sliced
to two letters: ``ckb_IQ`` is Sorani, not ``ck``.
"""

import re
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from mineaction_qgis import settings as plugin_settings
from mineaction_qgis.paths import i18n_dir

SETTING_KEY = plugin_settings.LANGUAGE
FOLLOW_QGIS = ""
ENGLISH = "en"
ARABIC = "ar"
SORANI = "ckb"
SUPPORTED = (ENGLISH, ARABIC, SORANI)
RIGHT_TO_LEFT = (ARABIC, SORANI)

# Shown in each language's own script so that anyone can find theirs.
NATIVE_NAMES = {ENGLISH: "English", ARABIC: "العربية", SORANI: "کوردی"}


def language_of_locale(locale_name: str) -> str:
    """Supported language of a locale name such as ``ar_IQ``, ``ckb-IQ`` or ``en_US``."""
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in SUPPORTED else ENGLISH


def chosen_language(settings: Optional[QgsSettings] = None) -> str:
    """The language the plugin speaks now, by the rule in the module docstring."""
    settings = settings or QgsSettings()
    own = plugin_settings.value(SETTING_KEY, FOLLOW_QGIS, settings)
    if own in SUPPORTED:
        return own
    override = settings.value("locale/overrideFlag", False)
    if str(override).lower() in ("true", "1"):
        user_locale = str(settings.value("locale/userLocale", "") or "")
        if user_locale:
            return language_of_locale(user_locale)
    return language_of_locale(QLocale.system().name())


def set_language(language: str, settings: Optional[QgsSettings] = None) -> None:
    """Store the plugin's own language setting (``""`` follows QGIS)."""
    if language not in SUPPORTED and language != FOLLOW_QGIS:
        raise ValueError(f"unsupported language {language!r}")
    plugin_settings.set_value(SETTING_KEY, language, settings)


def is_right_to_left(language: Optional[str] = None) -> bool:
    """True for Arabic and Sorani."""
    return (language or chosen_language()) in RIGHT_TO_LEFT


def layout_direction(language: Optional[str] = None) -> Qt.LayoutDirection:
    """Layout direction for the plugin's dialogs in ``language``."""
    if is_right_to_left(language):
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")


def isolate_latin(text: str, language: Optional[str] = None) -> str:
    """``text`` with each Latin run (``A4``, ``GeoPackage``) isolated left to right in Arabic or Sorani.

    Without isolation the bidi algorithm lets a Latin run pull its neighbours around
    ("پەڕەی A4ی ئاسۆیی" shows scrambled); the invisible isolates keep every run in place.
    """
    if not is_right_to_left(language):
        return text
    return _LATIN_RUN.sub(lambda match: LEFT_TO_RIGHT_ISOLATE + match.group(0) + POP_DIRECTIONAL_ISOLATE, text)


def qm_path(language: str) -> str:
    """Compiled translation file of ``language``."""
    return str(i18n_dir() / f"mineaction_qgis_{language}.qm")


class Translator:
    """Installs the plugin's QTranslator for the chosen language and removes it again."""

    def __init__(self) -> None:
        self._translator: Optional[QTranslator] = None
        self.language = ENGLISH

    def install(self, language: Optional[str] = None) -> bool:
        """Install the translator; returns False when English or no ``.qm`` was found."""
        self.remove()
        self.language = language or chosen_language()
        if self.language == ENGLISH:
            return False
        translator = QTranslator()
        if not translator.load(qm_path(self.language)):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True

    def remove(self) -> None:
        """Remove the translator this object installed, if any."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
