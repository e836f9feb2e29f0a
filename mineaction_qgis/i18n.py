"""Language choice and translators.

The plugin chooses its language as: its own setting (English, Arabic, Sorani, or
follow QGIS) > QGIS's ``locale/userLocale`` when ``locale/overrideFlag`` is set >
the system locale. QGIS 3.22 has no Sorani interface, so a Sorani-speaking officer
sets the plugin's own setting. Locale names are split at ``_``/``-``, never sliced
to two letters: ``ckb_IQ`` is Sorani, not ``ck``.
"""

import re
import unicodedata
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


RIGHT_TO_LEFT_MARK = "\u200f"
FIRST_STRONG_ISOLATE = "\u2068"
_PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}(?!\})")


def _first_strong(text: str) -> str:
    """The bidi class of the first strongly directional character of ``text`` ('' when it has none)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("L", "R", "AL"):
            return kind
    return ""


def _has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(character) in ("R", "AL") for character in text)


def isolate_values(translation: str) -> str:
    """A right-to-left message template made safe for the values put into it.

    Without this, a message "lost its end" on screen: a value written into the sentence (a
    path, a list of hazard IDs, a coordinate) took the sentence's punctuation and its own
    leading "/" or sign to the wrong side, and a sentence that starts with a value or a Latin
    word ("'{value}' ليس …", "X '{x}' …") was laid out left to right, putting its end first.
    Each ``{placeholder}`` is isolated (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so an
    Arabic value stays right to left and a path left to right) and such a sentence starts with
    a RIGHT-TO-LEFT MARK. The marks are invisible; file-dialog filters (``(*.pdf)``) are left
    as they are, since Qt reads them.
    """
    if not translation or "(*" in translation or not _has_right_to_left(translation):
        return translation  # a file-dialog filter, or a term kept in Latin letters (MGRS, GPX)
    isolated = _PLACEHOLDER.sub(
        lambda match: FIRST_STRONG_ISOLATE + match.group(0) + POP_DIRECTIONAL_ISOLATE, translation
    )
    if isolated == translation and _first_strong(translation) in ("R", "AL", ""):
        return translation
    return isolated if isolated.startswith(RIGHT_TO_LEFT_MARK) else RIGHT_TO_LEFT_MARK + isolated


class ValueIsolatingTranslator(QTranslator):
    """The plugin's translator for Arabic and Sorani: its translations pass through ``isolate_values``."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # PyQt5 passes const char* as str; hand the base class UTF-8 bytes back.
        def raw(text):
            return text.encode("utf-8") if isinstance(text, str) else text

        translated = super().translate(raw(context), raw(source_text), raw(disambiguation), n)
        return isolate_values(translated) if translated else None


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
        translator = ValueIsolatingTranslator() if is_right_to_left(self.language) else QTranslator()
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
