"""Small helpers the dialogs share (numbers and codes in right-to-left tables, messages in the message bar)."""

import re

from qgis.core import Qgis
from qgis.gui import QgsMessageBar

LEFT_TO_RIGHT_MARK = "\u200e"


def left_to_right(text: str) -> str:
    """``text`` (a number, a code) shown left to right in a right-to-left table too ("-40.0", not "40.0-").

    A leading LEFT-TO-RIGHT MARK makes the bidi algorithm treat a leading sign or
    separator as part of the number; it is invisible and changes nothing else.
    """
    return LEFT_TO_RIGHT_MARK + text if text else text


# The message bar shows one line and a half of text: a longer message lost its end there (Arabic and
# Sorani first, their sentences being longer). It shows a short first part and the whole under "Show more".
MESSAGE_BAR_CHARACTERS = 100
MESSAGE_BAR_CUT = 60
_SENTENCE_END = re.compile(r"[.!?؟]\s")


def message_bar_text(text: str) -> str:
    """What the message bar shows of ``text``: all of it when short, else its first sentence when that is
    short, else its first words; a shortened text ends with "…"."""
    if len(text) <= MESSAGE_BAR_CHARACTERS:
        return text
    end = _SENTENCE_END.search(text)
    if end is not None and end.start() < MESSAGE_BAR_CHARACTERS:
        return text[: end.start() + 1] + " …"
    cut = text.rfind(" ", 0, MESSAGE_BAR_CUT)
    return text[: cut if cut > 0 else MESSAGE_BAR_CUT] + " …"


def push_message(bar, title: str, text: str, level=Qgis.MessageLevel.Info, duration: int = -1) -> None:
    """Push ``text`` to the message bar ``bar`` whole: a long text under a "Show more" button."""
    shown = message_bar_text(text)
    if shown != text and isinstance(bar, QgsMessageBar):
        bar.pushMessage(title, shown, text, level, duration)
    else:  # short, or a bar without "Show more" (a test's stand-in): the whole text
        bar.pushMessage(title, text, level, duration)
