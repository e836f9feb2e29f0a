"""Messages to the user: through a Processing feedback, else the QGIS message log."""

from typing import Optional

from qgis.core import Qgis, QgsFeedback, QgsMessageLog


def push_message(feedback: Optional[QgsFeedback], text: str, warning: bool = True) -> None:
    """Report ``text`` through a Processing feedback, or to the QGIS message log when there is none.

    A plain ``QgsFeedback`` (progress and cancel only, e.g. from a dialog's task) has no
    ``pushWarning``: the message then goes to the "Mine Action" tab of the log panel.
    """
    method = getattr(feedback, "pushWarning" if warning else "pushInfo", None)
    if method is not None:
        method(text)
    else:
        QgsMessageLog.logMessage(text, "Mine Action", Qgis.MessageLevel.Warning if warning else Qgis.MessageLevel.Info)
