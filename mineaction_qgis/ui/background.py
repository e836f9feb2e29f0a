"""An algorithm of the plugin run in a worker process (``mineaction_qgis.worker``), for the dialogs.

The desktop stays responsive while the worker runs: its progress and messages arrive as
signals through the Qt event loop. ``cancel()`` asks the worker to stop after the current
page and kills it if it has not stopped within ``GRACE_MS``; the staging folders of the
outputs it was writing are then removed, so an earlier output stays exactly as it was.

Layers are handed to the worker by their data source, and a layer that exists only in
this session (a memory layer, or one with unsaved edits) is first written to a temporary
GeoPackage. The selected features of a layer become a filter the worker can apply: on
their feature IDs in a GeoPackage, which keeps them, else on the records' IDs.
"""

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, pyqtSignal

from mineaction_qgis import i18n
from mineaction_qgis.core.common.safe_output import remove_abandoned_staging
from mineaction_qgis.paths import PACKAGE_DIR
from mineaction_qgis.worker import CANCEL, MARK

GRACE_MS = 700  # Cancel answers within a second: a worker still busy after this is killed


def worker_python() -> Optional[str]:
    """The Python interpreter of this QGIS, to start the worker with; None when it cannot be found.

    The interpreter QGIS embeds lives in its prefix (``/usr/bin/python3.11``, OSGeo4W's
    ``apps/Python3x/python.exe``); that one is tried first, since ``sys.executable`` inside
    QGIS is only the first ``python3`` on the PATH (a pyenv shim, another version) on Linux,
    and the QGIS program itself on Windows and macOS.
    """
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = []
    for prefix in dict.fromkeys((sys.exec_prefix, sys.base_exec_prefix)):
        candidates += [
            os.path.join(prefix, "bin", version),
            os.path.join(prefix, "python.exe"),
            os.path.join(prefix, "python3.exe"),
        ]
    candidates.append(sys.executable)
    for candidate in candidates:
        if candidate and Path(candidate).name.lower().startswith("python") and Path(candidate).is_file():
            return candidate
    return None


def _layer_text(layer: QgsMapLayer, scratch: Path) -> str:
    """How the worker opens ``layer``: its data source, or a copy when the layer lives only in this session."""
    if isinstance(layer, QgsVectorLayer) and (layer.providerType() == "memory" or layer.isModified()):
        path = scratch / f"{len(list(scratch.iterdir()))}.gpkg"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer.name() or "layer"
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OSError(error[1])
        return f"{path}|layername={options.layerName}"
    if layer.providerType() == "ogr":
        return layer.source()
    return QgsProcessingUtils.encodeProviderKeyAndUri(layer.providerType(), layer.source())


ID_FIELDS = ("hazard_id", "task_id")  # what a page of the atlas is named by


def selection_filter(layer: QgsVectorLayer) -> str:
    """An expression matching the selected features of ``layer`` when another process opens it again.

    A GeoPackage keeps its feature IDs; a database layer without a known key numbers its
    features anew in every session, and a copy of a layer numbers them anew too, so there the
    selection is matched by the records' IDs.
    """
    selected = layer.selectedFeatureIds()
    names = layer.fields().names()
    field = next((name for name in ID_FIELDS if name in names), None)
    by_id = f"$id IN ({', '.join(str(fid) for fid in sorted(selected))})"
    same_ids = layer.providerType() == "ogr" and not layer.isModified()  # not a copy made for the worker
    if same_ids or field is None:
        return by_id
    request = QgsFeatureRequest().setFilterFids(selected).setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([field], layer.fields())
    values = sorted({str(feature[field]) for feature in layer.getFeatures(request) if feature[field] not in (None, "")})
    if not values:
        return by_id
    quoted = ", ".join(QgsExpression.quotedValue(value) for value in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def portable_parameters(
    parameters: Dict[str, Any], project: QgsProject, scratch: Path
) -> Tuple[Dict[str, Any], Optional[str]]:
    """``parameters`` with every layer replaced by a text the worker can open; also the filter on the
    selected features of a coverage given as "selected features only" (to be set as the FILTER)."""
    portable: Dict[str, Any] = {}
    selection = None
    for name, value in parameters.items():
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            layer = project.mapLayer(value.source.staticValue())
            if layer is None:
                raise ValueError(value.source.staticValue())
            if value.selectedFeaturesOnly:
                selection = selection_filter(layer)
            value = layer
        if isinstance(value, QgsMapLayer):
            value = _layer_text(value, scratch)
        portable[name] = value
    return portable, selection


class AlgorithmProcess(QObject):
    """One run of an algorithm in a worker process; emits its progress and ``finished`` at the end."""

    progress = pyqtSignal(float)
    text = pyqtSignal(str)
    finished = pyqtSignal()

    def __init__(
        self,
        algorithm: str,
        parameters: Dict[str, Any],
        outputs: Iterable[str] = (),
        python: Optional[str] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.algorithm = algorithm
        self.parameters = parameters
        self.outputs = list(outputs)  # files the run replaces atomically (their staging is removed on a kill)
        self.python = python or worker_python()
        self.results: Optional[Dict[str, Any]] = None
        self.error = ""
        self.canceled = False
        self.messages: List[Tuple[str, str]] = []
        self.started_at = 0.0
        self.ended_at = 0.0
        self._buffer = b""
        self._errors = b""  # the end of the worker's stderr, read as it comes so that the pipe never fills
        self._process = QProcess(self)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.readyReadStandardError.connect(self._read_errors)
        self._process.finished.connect(self._finished)
        self._process.errorOccurred.connect(self._failed_to_start)
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill)
        self._done = False

    @property
    def running(self) -> bool:
        return self.started_at > 0 and not self._done

    def start(self) -> None:
        """Start the worker and hand it the request."""
        environment = QProcessEnvironment.systemEnvironment()
        paths = [str(PACKAGE_DIR.parent)] + [path for path in sys.path if path and Path(path).exists()]
        environment.insert("PYTHONPATH", os.pathsep.join(dict.fromkeys(paths)))
        environment.insert("PYTHONIOENCODING", "utf-8")
        if sys.platform.startswith("linux"):
            environment.insert("QT_QPA_PLATFORM", "offscreen")  # the worker shows no window
        self._process.setProcessEnvironment(environment)
        # ``python -m`` looks in the working folder first: there, this very plugin (not, say, a source
        # tree the desktop was started from, which lacks the bundled vendor/ libraries).
        self._process.setWorkingDirectory(str(PACKAGE_DIR.parent))
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        request = {
            "algorithm": self.algorithm,
            "parameters": self.parameters,
            "language": i18n.chosen_language(),
            "profile": QgsApplication.qgisSettingsDirPath(),
        }
        self.started_at = time.time()
        self._process.start(self.python or "python3", ["-m", "mineaction_qgis.worker"])
        self._process.write((json.dumps(request) + "\n").encode("utf-8"))

    def cancel(self) -> None:
        """Ask the worker to stop after the current page; kill it if it is still running after ``GRACE_MS``."""
        if not self.running or self.canceled:
            return
        self.canceled = True
        self._process.write((CANCEL + "\n").encode("utf-8"))
        self._kill_timer.start(GRACE_MS)

    def wait(self, timeout_ms: int = 600000) -> bool:
        """Handle events until the run has finished (for scripts and tests); False on time-out."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            self._process.waitForFinished(20)
        QCoreApplication.processEvents()
        return not self.running

    def _kill(self) -> None:
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", errors="replace")
            if not line.startswith(MARK):
                continue
            message = json.loads(line[len(MARK) :])
            for kind, value in message.items():
                self._handle(kind, value)

    def _read_errors(self) -> None:
        self._errors = (self._errors + bytes(self._process.readAllStandardError()))[-4000:]

    def _handle(self, kind: str, value: Any) -> None:
        if kind == "progress":
            self.progress.emit(float(value))
        elif kind == "text":
            self.text.emit(str(value))
        elif kind in ("info", "warning", "error"):
            self.messages.append((kind, str(value)))
        elif kind == "results":
            self.results = value
        elif kind == "canceled":
            self.canceled = True
        elif kind == "failed":
            self.error = str(value)

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.error = QCoreApplication.translate(
                "AlgorithmProcess", "The worker process could not be started ({python})."
            ).format(python=self.python)
            self._finish()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        if self.canceled:
            self.results = None
        elif self.results is None and not self.error:
            self._read_errors()
            details = self._errors.decode("utf-8", errors="replace").strip()
            self.error = QCoreApplication.translate(
                "AlgorithmProcess", "The worker process stopped unexpectedly (exit code {code}). {details}"
            ).format(code=code, details=details[-600:])
        self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._kill_timer.stop()
        self._done = True
        self.ended_at = time.time()
        if self.canceled:
            for output in self.outputs:
                remove_abandoned_staging(output, self.started_at)
        self.finished.emit()


def scratch_folder() -> Path:
    """A new temporary folder for the copies of session-only layers (removed by ``remove_scratch``)."""
    return Path(tempfile.mkdtemp(prefix="mineaction-worker-"))


def remove_scratch(folder: Optional[Path]) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
