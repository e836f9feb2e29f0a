"""Outputs that are replaced only when the run that writes them succeeds.

Every algorithm that writes a GeoPackage, a PDF or a report writes into a temporary
folder beside its target (same file system, same file name, so a GeoPackage layer
named after its file keeps its name) and renames the finished file over the target
at the very end. A run that fails or is cancelled removes the temporary folder and
leaves the previous output exactly as it was. An output that is also one of the
run's inputs is refused before anything is written.

Public API::

    refuse_same_file(output, [input_path, layer.source()])   # OutputError when they are one file
    with AtomicFile("register.gpkg", feedback) as temp:       # temp: a Path to write to
        write(temp)                                            # replaced on success, dropped otherwise
    with AtomicFolder("per-hazard", feedback) as temp:        # files for a folder, each replaced on success
    remove_abandoned_staging("book.pdf", started)              # after a writer process was killed
    staged = StagedSink(algorithm, parameters, "OUTPUT", context)   # a Processing sink parameter
    staged_sinks(algorithm, parameters, ["OUTPUT", "LOG"], context)  # several; an ogr: layer into a staged file
    sink, dest = algorithm.parameterAsSink(staged.parameters, "OUTPUT", ...)
    ...; del sink; dest = staged.commit(dest, feedback)
"""

import os
import re
import shutil
import sqlite3
import stat
import tempfile
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional

from qgis.core import QgsFeedback, QgsProcessingContext, QgsProcessingException, QgsProcessingOutputLayerDefinition
from qgis.PyQt.QtCore import QCoreApplication

# Sink files we stage: one file each (a shapefile's side files would need staging together).
STAGED_SUFFIXES = (".gpkg", ".geojson", ".json", ".csv", ".sqlite", ".fgb", ".gml", ".kml", ".xlsx", ".ods")


class OutputError(QgsProcessingException):
    """An output that cannot be written safely; the message is translated and names the file."""


def file_part(source: str) -> str:
    """The file of a data source text: ``a.gpkg|layername=x`` -> ``a.gpkg``; '' for database URIs."""
    text = str(source or "").strip()
    if not text or text.startswith(("postgres:", "dbname=", "memory:", "TEMPORARY_OUTPUT")):
        return ""
    if text.startswith("ogr:dbname="):
        text = text[len("ogr:dbname=") :].split(" table=")[0].strip("'\"")
    return text.split("|", 1)[0]


def same_file(first: str, second: str) -> bool:
    """True when two paths name one file, after resolving links (and hard links when both exist)."""
    a, b = file_part(first), file_part(second)
    if not a or not b:
        return False
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def refuse_same_file(output: str, inputs: Iterable[str]) -> None:
    """OutputError when ``output`` is the file of one of ``inputs`` (writing it would destroy the input)."""
    for source in inputs:
        if same_file(output, source):
            raise OutputError(
                QCoreApplication.translate(
                    "OutputError",
                    "The output '{output}' is the input file itself; writing it would destroy the input. Choose "
                    "another output file.",
                ).format(output=file_part(output))
            )


def refuse_special_file(path: str) -> None:
    """OutputError unless ``path`` is missing, a regular file or a folder (a named pipe or device would block)."""
    base = file_part(path)
    if not base:
        return
    try:
        mode = os.stat(base).st_mode
    except OSError:
        return
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise OutputError(
            QCoreApplication.translate(
                "OutputError",
                "'{file}' is not a regular file (a named pipe, socket or device); only files and folders can be read "
                "or written.",
            ).format(file=base)
        )


@contextmanager
def input_copy(path: str) -> Iterator[str]:
    """A temporary copy of the input file of ``path`` (same name; a ``|layername=`` suffix kept).

    For readers whose library may write the file it opens: GDAL opens a GeoJSON for update and
    writes it back, for example after renaming a duplicate field. An input is never modified.
    """
    base = file_part(path)
    with tempfile.TemporaryDirectory(prefix="mineaction-input-") as folder:
        copy = Path(folder) / Path(base).name
        shutil.copyfile(base, str(copy))
        yield str(copy) + str(path)[len(base) :]


def _staging_folder(target: Path) -> Path:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=str(folder)))
    except OSError as error:
        raise OutputError(
            QCoreApplication.translate("OutputError", "Cannot write in the folder of '{file}': {error}").format(
                file=str(target), error=str(error)
            )
        ) from error


def remove_abandoned_staging(target: str, since: float) -> List[Path]:
    """Remove the staging folders of ``target`` made at or after ``since`` (a time stamp) by a run that was
    killed before it could clean up (e.g. a worker process stopped by Cancel); returns what was removed.

    The target itself is never touched: it is only ever replaced by a finished run.
    """
    path = Path(target)
    removed = []
    for folder in path.parent.glob(f".{path.name}.partial-*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime >= since - 1:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:
            continue
    return removed


def checkpoint(path: Path) -> None:
    """Fold a GeoPackage's write-ahead log (``-wal``, left by a QGIS that has it open) into the file.

    Done before the file is copied (an append would lose what is only in the log) and before it
    is replaced (SQLite would replay the old log onto the new file).
    """
    wal = Path(f"{path}-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(str(path), timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise OutputError(
            QCoreApplication.translate("OutputError", "Cannot replace '{file}': {error}").format(
                file=str(path), error=str(error)
            )
        ) from error


def _replace(temp: Path, target: Path) -> None:
    refuse_special_file(str(target))
    checkpoint(target)
    try:
        os.replace(str(temp), str(target))
    except OSError as error:
        raise OutputError(
            QCoreApplication.translate("OutputError", "Cannot replace '{file}': {error}").format(
                file=str(target), error=str(error)
            )
        ) from error


class AtomicFile:
    """A context manager giving a temporary path for ``target``; the target is replaced on success only.

    ``copy_existing`` first copies the current target into the temporary file (for an append).
    Leaving the block by an exception, or with ``feedback`` cancelled, removes the temporary file
    and keeps the target untouched. ``committed`` tells whether the target was replaced.
    """

    def __init__(self, target: str, feedback: Optional[QgsFeedback] = None, copy_existing: bool = False) -> None:
        self.target = Path(target)
        self.feedback = feedback
        self.copy_existing = copy_existing
        self.folder: Optional[Path] = None
        self.path: Optional[Path] = None
        self.committed = False

    def __enter__(self) -> Path:
        refuse_special_file(str(self.target))
        self.folder = _staging_folder(self.target)
        self.path = self.folder / self.target.name
        if self.copy_existing and self.target.is_file():
            checkpoint(self.target)
            shutil.copy2(str(self.target), str(self.path))
        return self.path

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            canceled = self.feedback is not None and self.feedback.isCanceled()
            if exc_type is None and not canceled and self.path is not None and self.path.exists():
                _replace(self.path, self.target)
                self.committed = True
        finally:
            if self.folder is not None:
                shutil.rmtree(str(self.folder), ignore_errors=True)


class AtomicFolder:
    """A context manager giving a temporary folder for files meant for ``target`` (one PDF or GPX per
    hazard); each file replaces its namesake in ``target`` on success only.

    Files of ``target`` the run did not write are left alone. Leaving the block by an exception, or
    with ``feedback`` cancelled, removes the temporary folder and keeps ``target`` as it was.
    """

    def __init__(self, target: str, feedback: Optional[QgsFeedback] = None) -> None:
        self.target = Path(target)
        self.feedback = feedback
        self.folder: Optional[Path] = None

    def __enter__(self) -> Path:
        if self.target.exists() and not self.target.is_dir():
            raise OutputError(
                QCoreApplication.translate("OutputError", "'{file}' is a file, not a folder.").format(
                    file=str(self.target)
                )
            )
        self.folder = _staging_folder(self.target)
        return self.folder

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            canceled = self.feedback is not None and self.feedback.isCanceled()
            if exc_type is None and not canceled and self.folder is not None:
                self.target.mkdir(parents=True, exist_ok=True)
                for written in sorted(self.folder.iterdir()):
                    _replace(written, self.target / written.name)
        finally:
            if self.folder is not None:
                shutil.rmtree(str(self.folder), ignore_errors=True)


def layer_sources(
    algorithm: Any, parameters: Dict[str, Any], names: Iterable[str], context: QgsProcessingContext
) -> List[str]:
    """Data source texts of the layer parameters ``names`` that are given (for ``refuse_same_file``)."""
    sources = []
    for name in names:
        if parameters.get(name) is None:
            continue
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            sources.append(layer.source())
    return sources


class StagedSink:
    """A Processing sink parameter redirected to a temporary file beside its target.

    Sinks that are not a single local file (memory layers, PostGIS, shapefiles, a layer added
    to an existing GeoPackage with ``ogr:``) are written directly, as before. A staged sink that
    is the file of one of ``inputs`` is refused (OutputError). Delete the sink (``del sink``,
    which closes its file) before ``commit``.
    """

    def __init__(
        self,
        algorithm: Any,
        parameters: Dict[str, Any],
        name: str,
        context: QgsProcessingContext,
        inputs: Iterable[str] = (),
        siblings: Iterable["StagedSink"] = (),
    ) -> None:
        self.parameters = dict(parameters)
        self.name = name
        self.context = context
        self.target: Optional[Path] = None
        self.folder: Optional[Path] = None
        self.temp: Optional[Path] = None
        self.follows: Optional["StagedSink"] = None  # the sibling whose staged file this layer goes into
        if parameters.get(name) is None:
            return
        loads = context.layersToLoadOnCompletion()
        destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        # parameterAsOutputLayer files the raw text ("memory:Remaining land", "ogr:dbname=…") to load on
        # completion; the sink files the layer it really writes, and the raw text would fail to load.
        context.setLayersToLoadOnCompletion(loads)
        if not destination or "|" in destination or re.match(r"^[A-Za-z]{2,}:", destination):
            self._follow_sibling(destination, siblings)
            return  # a provider URI (ogr:, postgres:, memory:) or one layer of an existing file
        path = Path(destination)
        if path.suffix.lower() not in STAGED_SUFFIXES:
            return
        self.target = path
        refuse_special_file(str(path))
        refuse_same_file(str(path), inputs)
        self.folder = _staging_folder(path)
        self.temp = self.folder / path.name
        weakref.finalize(self, shutil.rmtree, str(self.folder), True)  # a failed run leaves no litter
        given = parameters.get(name)
        definition = (
            QgsProcessingOutputLayerDefinition(given)
            if isinstance(given, QgsProcessingOutputLayerDefinition)
            else QgsProcessingOutputLayerDefinition(str(self.temp))
        )
        definition.sink.setStaticValue(str(self.temp))
        self.parameters[name] = definition

    def _follow_sibling(self, destination: str, siblings: Iterable["StagedSink"]) -> None:
        """A layer added to a file that a sibling sink of the same run stages goes into that temporary
        file: written directly, it would be lost when the sibling's file replaces the target."""
        path = file_part(destination)
        for sibling in siblings:
            if path and sibling.temp is not None and same_file(path, str(sibling.target)):
                self.parameters[self.name] = destination.replace(path, str(sibling.temp))
                self.follows = sibling
                return

    def commit(self, dest_id: str, feedback: Optional[QgsFeedback] = None) -> str:
        """Move the finished file over the target (call after ``del sink``); the final destination id.

        When the run was cancelled, the temporary file is dropped and the old target stays.
        """
        canceled = feedback is not None and feedback.isCanceled()
        if self.temp is None:
            if self.follows is None or not dest_id:
                return dest_id
            final = dest_id.replace(str(self.follows.temp), str(self.follows.target))
        else:
            try:
                if not canceled:
                    _replace(self.temp, self.target)
            finally:
                self.discard()
            final = dest_id.replace(str(self.temp), str(self.target)) if dest_id else str(self.target)
        loads = self.context.layersToLoadOnCompletion()
        if dest_id in loads:
            details = loads.pop(dest_id)
            if not canceled:
                loads[final] = details
            self.context.setLayersToLoadOnCompletion(loads)
        return final

    def discard(self) -> None:
        """Remove the temporary folder (after a failure, the target is left as it was)."""
        if self.folder is not None:
            shutil.rmtree(str(self.folder), ignore_errors=True)
            self.folder = None


def staged_sinks(
    algorithm: Any,
    parameters: Dict[str, Any],
    names: Iterable[str],
    context: QgsProcessingContext,
    inputs: Iterable[str] = (),
) -> Dict[str, StagedSink]:
    """One StagedSink per sink parameter, in order; a later sink that adds a layer to an earlier one's
    file (``ogr:dbname='gaps.gpkg' table="outside"``) writes into that file's temporary copy."""
    staged: Dict[str, StagedSink] = {}
    for name in names:
        staged[name] = StagedSink(algorithm, parameters, name, context, inputs, staged.values())
    return staged


def staged_parameters(parameters: Dict[str, Any], staged: Dict[str, StagedSink]) -> Dict[str, Any]:
    """``parameters`` with every given sink pointed at its staged destination."""
    return dict(parameters, **{name: sink.parameters[name] for name, sink in staged.items() if name in parameters})
