"""Right-to-left messages keep their end (issue 14): values isolated, RTL sentences, whole texts in the bar.

The cause: Arabic and Sorani message templates had values put into them (a path, a list of
hazard IDs, a quoted coordinate) without isolation, so Qt's bidi algorithm moved a path's
leading "/" to its end and laid a sentence that starts with a value out left to right, its
end first; and the message bar shows only a line and a half, so a long message was cut.
The checks below ask Qt's own text layout where each character is drawn.
"""

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QFont, QTextLayout, QTextOption
from qgis.PyQt.QtWidgets import QAbstractButton

from mineaction_qgis import i18n
from mineaction_qgis.ui.helpers import MESSAGE_BAR_CHARACTERS, message_bar_text, push_message

PATH = "/home/officer/register.gpkg"


@pytest.fixture
def translated(qgis_app):
    """The plugin's translator installed for one language at a time."""
    translators = []

    def install(language: str) -> None:
        translator = i18n.Translator()
        assert translator.install(language)
        translators.append(translator)

    yield install
    for translator in translators:
        translator.remove()


def x_of(text: str, index: int, direction=Qt.LayoutDirection.LayoutDirectionAuto) -> float:
    """Where Qt draws the character at ``index`` of ``text`` (its left edge). By default the paragraph takes
    its direction from the text, as in the message bar and the Processing log of an English QGIS."""
    layout = QTextLayout(text, QFont("Noto Sans Arabic"))
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    positions = [point.x() for run in layout.glyphRuns(index, 1) for point in run.positions()]
    assert positions, f"no glyph for {text[index]!r}"
    return min(positions)


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_a_path_in_a_message_keeps_its_slash_in_front(translated, language):
    translated(language)
    message = QCoreApplication.translate("IssueBrowser", "Not an issue layer: {uri}").format(uri=PATH)
    assert PATH in message.replace(i18n.FIRST_STRONG_ISOLATE, "").replace(i18n.POP_DIRECTIONAL_ISOLATE, "")
    start = message.index(PATH)
    slash, first_letter, last_letter = (
        x_of(message, start),
        x_of(message, start + 1),
        x_of(message, start + len(PATH) - 1),
    )
    assert slash < first_letter < last_letter, "the path reads /home/…gpkg from left to right"
    # The path is the sentence's end: in a right-to-left line it is drawn at the left of the words.
    first_word = next(i for i, ch in enumerate(message) if i18n._has_right_to_left(ch))
    assert last_letter < x_of(message, first_word)


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_a_sentence_that_starts_with_a_value_still_reads_right_to_left(translated, language):
    translated(language)
    template = QCoreApplication.translate("CoordinateParser", "'{value}' is not a known coordinate reference system.")
    assert template.startswith(i18n.RIGHT_TO_LEFT_MARK)
    message = template.format(value="EPSG:99999")
    value_at = message.index("EPSG")
    last_word = max(i for i, ch in enumerate(message) if i18n._has_right_to_left(ch))
    # The value opens the sentence, so it is drawn right of the words, and the sentence ends on the left.
    assert x_of(message, value_at) > x_of(message, last_word)
    assert message.rstrip().endswith(".")
    assert x_of(message, len(message) - 1) < x_of(message, last_word)


def test_isolate_values_rules():
    assert i18n.isolate_values("ملف {path}") == f"{i18n.RIGHT_TO_LEFT_MARK}ملف \u2068{{path}}\u2069"
    assert i18n.isolate_values("ملف {path}").format(path="/a") == f"{i18n.RIGHT_TO_LEFT_MARK}ملف \u2068/a\u2069"
    assert i18n.isolate_values("{count:,} ملف").format(count=1200) == f"{i18n.RIGHT_TO_LEFT_MARK}\u20681,200\u2069 ملف"
    assert i18n.isolate_values("ملفات PDF (*.pdf)") == "ملفات PDF (*.pdf)", "Qt reads file-dialog filters"
    assert i18n.isolate_values("MGRS") == "MGRS" and i18n.isolate_values("{x}, {y}") == "{x}, {y}", "no RTL text"
    assert i18n.isolate_values("طباعة") == "طباعة", "a sentence without values is left as it is"
    assert i18n.isolate_values("{{literal}} ملف") == f"{i18n.RIGHT_TO_LEFT_MARK}{{{{literal}}}} ملف"


def test_english_is_left_as_it_is(translated):
    translated("ar")
    i18n.Translator().remove()
    english = i18n.Translator()
    assert not english.install("en")
    assert i18n.isolate_values("Not an issue layer: {uri}") == "Not an issue layer: {uri}"


def test_the_message_bar_shows_a_short_part_and_the_whole_under_show_more(qgis_app):
    from qgis.gui import QgsMessageBar

    short = "ليست طبقة مشكلات: " + PATH
    assert message_bar_text(short) == short
    long = "٢ من المناطق الخطرة تقع بعيدا خارج منطقة المناطق الأخرى وليست في هذا العرض: HAZ-7, HAZ-19. تحقق منها."
    assert len(long) > MESSAGE_BAR_CHARACTERS
    shown = message_bar_text(long)
    assert shown.endswith("…") and len(shown) < len(long) and long.startswith(shown[:-2].rstrip())
    bar = QgsMessageBar()
    push_message(bar, "Title", long, Qgis.MessageLevel.Warning, 0)
    item = bar.currentItem()
    assert item.text() == shown
    assert any("more" in button.text().lower() for button in item.findChildren(QAbstractButton)), "Show more"
    push_message(bar, "Title", short)
    assert bar.currentItem().text() == short
