"""Runs one algorithm of the plugin in a process of its own: ``python -m mineaction_qgis.worker``.

Why a process: QGIS lays out and exports print layouts on the main thread only (its own
layout export algorithms are flagged FlagNoThreading, a layout is a QGraphicsScene, and the
atlas installs its page translator application-wide). Run inside the desktop, a 600-page
atlas froze the window for minutes. The atlas dialog therefore starts this worker, which
runs the very same algorithm (``mineaction:atlas``) in its own QGIS application, while the
desktop stays responsive; a crash or the memory of a national book stays in the worker.

Protocol (one JSON object per line, UTF-8):

* stdin, first line: ``{"algorithm": id, "parameters": {...}, "language": code, "profile": folder}``;
  a later line ``cancel`` (or stdin closing) cancels the run: the algorithm stops after the
  current page and its atomic outputs leave the earlier files as they were.
* stdout: lines starting with ``MARK`` followed by one of ``{"progress": 42.0}``,
  ``{"text": ...}``, ``{"info": ...}``, ``{"warning": ...}``, ``{"error": ...}`` (not fatal),
  and at the end ``{"results": {...}}``, ``{"canceled": true}`` or ``{"failed": message}``.
"""

import json
import os
import sys
import threading
from typing import Any, Dict, Optional

MARK = "@mineaction-worker "
CANCEL = "cancel"


def _say(**message: Any) -> None:
    sys.stdout.write(MARK + json.dumps(message, default=str) + "\n")
    sys.stdout.flush()


def _feedback_class():
    from qgis.core import QgsProcessingFeedback

    class WorkerFeedback(QgsProcessingFeedback):
        """Hands every message and the progress to the desktop; remembers the fatal error."""

        def __init__(self) -> None:
            super().__init__()
            self.fatal = ""
            self._last = -1.0
            self.progressChanged.connect(self._progress)

        def _progress(self, value: float) -> None:
            if int(value) != int(self._last):  # one line per percent is plenty
                self._last = value
                _say(progress=value)

        def setProgressText(self, text: str) -> None:
            super().setProgressText(text)
            _say(text=text)

        def pushInfo(self, info: str) -> None:
            super().pushInfo(info)
            _say(info=info)

        def pushWarning(self, warning: str) -> None:
            super().pushWarning(warning)
            _say(warning=warning)

        def reportError(self, error: str, fatalError: bool = False) -> None:
            super().reportError(error, fatalError)
            if fatalError:
                self.fatal = error
            else:
                _say(error=error)

    return WorkerFeedback


def _listen_for_cancel(feedback) -> None:
    """Cancel the run on a ``cancel`` line, or when the desktop closes the pipe (it has gone)."""
    for line in sys.stdin:
        if line.strip() == CANCEL:
            break
    feedback.cancel()


def run(request: Dict[str, Any]) -> int:
    """Run the requested algorithm; returns the process's exit code."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject
    from qgis.PyQt.QtCore import QCoreApplication

    application = QgsApplication([], False, request.get("profile") or "")
    application.initQgis()
    from mineaction_qgis import i18n
    from mineaction_qgis.processing.provider import MineActionProvider

    translator = i18n.Translator()
    translator.install(request.get("language") or i18n.ENGLISH)
    provider = MineActionProvider()  # kept referenced: the registry does not keep a Python provider alive
    QgsApplication.processingRegistry().addProvider(provider)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(request["algorithm"])
    feedback = _feedback_class()()
    threading.Thread(target=_listen_for_cancel, args=(feedback,), daemon=True).start()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results: Optional[Dict[str, Any]] = None
    ok = False
    try:
        results, ok = algorithm.run(request.get("parameters", {}), context, feedback)
    except Exception as error:  # noqa: BLE001 - whatever happens is reported to the desktop, never lost
        feedback.fatal = feedback.fatal or str(error)
    if feedback.isCanceled():
        _say(canceled=True)
        return 2
    if not ok or results is None:
        _say(
            failed=feedback.fatal or QCoreApplication.translate("AlgorithmWorker", "The run failed without a message.")
        )
        return 1
    _say(results=results)
    return 0


def main() -> None:
    request = json.loads(sys.stdin.readline() or "{}")
    try:
        code = run(request)
    except Exception as error:  # noqa: BLE001 - the desktop shows it
        _say(failed=str(error))
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    # Tearing QGIS down again only costs time (and is known to crash standalone scripts); the outputs are closed.
    os._exit(code)


if __name__ == "__main__":
    main()
