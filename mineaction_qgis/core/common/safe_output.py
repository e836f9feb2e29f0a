"""Outputs that are replaced only when the run that writes them succeeds.

Every algorithm output written to a file, whatever its format (GeoPackage, shapefile with
its side files, GeoJSON, CSV, spreadsheet, PDF, report), is written into a temporary folder
beside its target (same file system, same file name, so a layer named after its file keeps
its name) and renamed over the target at the very end. A run that fails or is cancelled
removes the temporary folder (``MineActionAlgorithm`` does it however the run ends) and
leaves the previous output exactly as it was. An output that is also one of the run's
inputs is refused before anything is written.

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

# Files a format writes beside its main file (same stem), replaced or removed with it: an old ``.qix``
# index or ``.prj`` left beside a new shapefile would describe another file.
SIDE_FILES = {
    ".shp": (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"),
    ".tab": (".dat", ".map", ".id", ".ind"),
    ".mif": (".mid",),
    ".gml": (".xsd", ".gfs"),
    ".csv": (".csvt", ".prj"),
}


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


def original_source(source: str, copies: Dict[str, str]) -> str:
    """``source`` with its file replaced by the input's own file when it was read from a copy (``copies``: copy's
    file -> input's file, ``MineActionAlgorithm.input_copies``)."""
    base = file_part(source)
    original = copies.get(base)
    return original + source[len(base) :] if original else source


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
    """OutputError when ``output`` is the file of one of ``inputs``, or one of its side files (a shapefile's
    ``.dbf``...): writing it would destroy the input."""
    for source in inputs:
        base = file_part(source)
        parts = [base] + ([str(part) for part in dataset_files(Path(base))] if base else [])
        if any(same_file(output, part) for part in parts):
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


# Inputs read through GDAL/QGIS, which may open them for update and write them (see ``input_copy``).
GDAL_INPUT_SUFFIXES = (".gpkg", ".sqlite", ".db", ".shp", ".geojson", ".json", ".gdb", ".fgb", ".gml", ".kml", ".gpx")
_SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db")
_COPY_PREFIX = "mineaction-input-"


def needs_copy(path: str) -> bool:
    """True when ``path`` names a local dataset GDAL/QGIS would open in place: a file of
    ``GDAL_INPUT_SUFFIXES`` or a folder (file geodatabase, folder of shapefiles). Point lists and
    maXML files are read by Python, which never writes them."""
    text = file_part(path)
    base = Path(text)
    if not text or base.parent.name.startswith(_COPY_PREFIX):
        return False  # a database (PostGIS), or already a copy
    try:
        return base.is_dir() or (base.is_file() and base.suffix.lower() in GDAL_INPUT_SUFFIXES)
    except OSError:
        return False  # not a path at all (a memory layer's definition, a name too long for one)


def _input_files(base: Path) -> List[Path]:
    """The files that make up the input dataset ``base``: a GeoPackage with the write-ahead log and
    journal that hold part of its content, a shapefile with its side files."""
    if base.suffix.lower() in _SQLITE_SUFFIXES:
        return [base] + [Path(f"{base}{tail}") for tail in ("-wal", "-journal") if Path(f"{base}{tail}").is_file()]
    return dataset_files(base)


@contextmanager
def input_copy(path: str) -> Iterator[str]:
    """``path`` pointing at a temporary copy of its dataset (same name; a ``|layername=`` suffix kept).

    GDAL and QGIS open a GeoPackage, a shapefile or a GeoJSON for update when they can, and write
    it: QGIS turns a GeoPackage in WAL mode back to a rollback journal when it closes it (changing
    the file and removing its ``-wal``), GDAL writes a GeoJSON back after renaming a duplicate field
    or stores a missing feature count. Reading a copy keeps every input byte for byte as it was,
    adds no side file beside it, and works from a read-only folder (a USB stick, a share). A folder
    (file geodatabase, folder of shapefiles) is copied with the datasets in it. A path that is
    already such a copy is used as it is.
    """
    base_text = file_part(path)
    base = Path(base_text)
    if base.parent.name.startswith(_COPY_PREFIX):
        yield str(path)
        return
    folder = Path(tempfile.mkdtemp(prefix=_COPY_PREFIX))
    try:
        copy = folder / base.name
        try:
            if base.is_dir() and base.suffix.lower() == ".gdb":
                shutil.copytree(str(base), str(copy))
            elif base.is_dir():
                copy.mkdir()
                for shapefile in sorted(base.glob("*.shp")):
                    for part in dataset_files(shapefile):
                        shutil.copyfile(str(part), str(copy / part.name))
            else:
                for part in _input_files(base):
                    shutil.copyfile(str(part), str(folder / part.name))
        except OSError as error:
            raise OutputError(
                QCoreApplication.translate("OutputError", "Cannot read '{file}': {error}").format(
                    file=base_text, error=str(error)
                )
            ) from error
        yield str(copy) + str(path)[len(base_text) :]
    finally:
        # a layer of the run may still hold the copy open: on Windows it then stays in the temporary folder
        shutil.rmtree(str(folder), ignore_errors=True)


def _staging_prefix(target: Path) -> str:
    return f".{target.name.replace('.', '_')}.partial-"


def _staging_folder(target: Path) -> Path:
    """A new hidden folder beside ``target``. Its name holds no suffix of the target's: GDAL reads a path
    holding ``.xlsx`` or ``.ods`` as a zip archive up to that suffix, and failed to save a workbook there."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=_staging_prefix(target), dir=str(folder)))
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
    for folder in path.parent.glob(_staging_prefix(path) + "*"):
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


def dataset_files(path: Path) -> List[Path]:
    """The existing files of the dataset at ``path``: itself and its side files (``SIDE_FILES``, any case);
    none when ``path`` cannot be a file (a memory layer's definition)."""
    try:
        found = [path] if path.is_file() else []
        suffixes = SIDE_FILES.get(path.suffix.lower(), ())
        if suffixes and path.parent.is_dir():
            wanted = {(path.stem + suffix).casefold() for suffix in suffixes}
            found += sorted(entry for entry in path.parent.iterdir() if entry.name.casefold() in wanted)
    except OSError:
        return []
    return found


def _replace_dataset(folder: Path, target: Path) -> None:
    """Move every file written into the staging ``folder`` beside ``target``, replacing the target and its
    side files (a shapefile's ``.shx``, ``.dbf``...); side files the new dataset lacks are removed with the
    old ones. A single file is one atomic rename; several are moved one by one and, should one move fail,
    the old files are put back."""
    written = sorted(entry for entry in folder.iterdir() if entry.is_file())
    old = dataset_files(target)
    old += [target.parent / entry.name for entry in written if (target.parent / entry.name).is_file()]
    old = sorted(set(old))
    if [entry.name for entry in written] == [target.name] and old in ([], [target]):
        _replace(written[0], target)
        return
    refuse_special_file(str(target))
    checkpoint(target)
    backup = Path(tempfile.mkdtemp(prefix=".previous-", dir=str(folder)))
    moved: List[Path] = []
    placed: List[Path] = []
    try:
        for entry in old:
            os.replace(str(entry), str(backup / entry.name))
            moved.append(entry)
        for entry in written:
            os.replace(str(entry), str(target.parent / entry.name))
            placed.append(target.parent / entry.name)
    except OSError as error:
        for entry in placed:
            entry.unlink(missing_ok=True)
        for entry in moved:
            os.replace(str(backup / entry.name), str(entry))
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
    """Data source texts of the layer parameters ``names`` that are given (for ``refuse_same_file``); the
    input's own file for a layer read from a copy (``MineActionAlgorithm.inputs_from_copies``)."""
    sources = []
    for name in names:
        if parameters.get(name) is None:
            continue
        layer = algorithm.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            continue
        sources.append(original_source(layer.source(), getattr(algorithm, "input_copies", {})))
    return sources


class StagedSink:
    """A Processing sink parameter redirected to a temporary folder beside its target.

    Every local file output is staged, whatever its format: a GeoPackage, a GeoJSON, a CSV, a
    spreadsheet, or a shapefile with its ``.shx``/``.dbf``/``.prj``/``.cpg`` (all replaced together, see
    ``_replace_dataset``). A layer added to an existing file (``ogr:dbname=... table=...``) is written
    into a copy of that file. Memory layers, databases (PostGIS) and a layer added to one of the run's
    inputs are written directly. A staged sink that is the file of one of ``inputs`` is refused
    (OutputError). Delete the sink (``del sink``, which closes its file) before ``commit``.
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
        if isinstance(getattr(algorithm, "staged_outputs", None), list):
            algorithm.staged_outputs.append(self)  # discarded by MineActionAlgorithm when the run ends
        inputs = list(inputs)
        loads = context.layersToLoadOnCompletion()
        destination = algorithm.parameterAsOutputLayer(parameters, name, context)
        # parameterAsOutputLayer files the raw text ("memory:Remaining land", "ogr:dbname=…") to load on
        # completion; the sink files the layer it really writes, and the raw text would fail to load.
        context.setLayersToLoadOnCompletion(loads)
        if not destination or "|" in destination:
            return  # one layer of an existing file, named by a provider suffix
        if destination.startswith("ogr:"):
            self._stage_added_layer(destination, siblings, inputs)
            return
        if re.match(r"^[A-Za-z]{2,}:", destination):
            return  # a provider URI (postgres:, memory:...)
        path = Path(destination)
        refuse_special_file(str(path))
        refuse_same_file(str(path), inputs)
        self._stage(path, destination, str(path))

    def _stage(self, path: Path, destination: str, written: str) -> None:
        """Point the sink at ``destination`` with ``written`` (the target's path in it) moved into a temporary
        folder beside the target."""
        self.target = path
        self.folder = _staging_folder(path)
        self.temp = self.folder / path.name
        weakref.finalize(self, shutil.rmtree, str(self.folder), True)  # a failed run leaves no litter
        self._point_at(destination.replace(written, str(self.temp)))

    def _point_at(self, value: str) -> None:
        given = self.parameters.get(self.name)
        definition = (
            QgsProcessingOutputLayerDefinition(given)
            if isinstance(given, QgsProcessingOutputLayerDefinition)
            else QgsProcessingOutputLayerDefinition(value)
        )
        definition.sink.setStaticValue(value)
        self.parameters[self.name] = definition

    def _stage_added_layer(self, destination: str, siblings: Iterable["StagedSink"], inputs: List[str]) -> None:
        """A layer added to a file (``ogr:dbname='gaps.gpkg' table="outside"``). Into a file a sibling sink of
        the same run stages, it goes into that temporary file (written directly, it would be lost when the
        sibling's file replaces the target); into another existing file, into a copy of that file, which
        replaces it on success; into one of the run's inputs, directly (the input is never replaced)."""
        path = file_part(destination)
        if not path:
            return
        for sibling in siblings:
            if sibling.temp is not None and same_file(path, str(sibling.target)):
                self._point_at(destination.replace(path, str(sibling.temp)))
                self.follows = sibling
                return
        if any(same_file(path, source) for source in inputs):
            return
        refuse_special_file(path)
        self._stage(Path(path), destination, path)
        if Path(path).is_file():
            checkpoint(Path(path))
            shutil.copy2(path, str(self.temp))

    def commit(self, dest_id: str, feedback: Optional[QgsFeedback] = None) -> str:
        """Move the finished files over the target (call after ``del sink``); the final destination id.

        When the run was cancelled, the temporary files are dropped and the old target stays.
        """
        canceled = feedback is not None and feedback.isCanceled()
        if self.temp is None:
            if self.follows is None or not dest_id:
                return dest_id
            final = dest_id.replace(str(self.follows.temp), str(self.follows.target))
        else:
            try:
                if not canceled:
                    _replace_dataset(self.folder, self.target)
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
