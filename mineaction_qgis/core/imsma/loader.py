"""Detect -> read -> write: one or more IMSMA exports into one canonical GeoPackage.

This is what the Processing algorithm and the dialog call. Progress is shared out
between the files. The register is written into a temporary copy beside it and
replaces it only when every file was read (``core/common/safe_output.py``): an import that
fails or is cancelled leaves the register exactly as it was, and a register that is
also one of the inputs is refused.

Public API::

    result = load_files(["a.csv", "b.xml"], "register.gpkg", profile="imsma_ng",
                        options=ReadOptions(source_crs="EPSG:32638"), append=False, feedback=fb)
    result.counts.hazards, result.counts.reasons, result.formats  # {path: format key}
    result.profiles                                               # {path: profile name used}
"""

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Union

from qgis.core import QgsFeedback, QgsProcessingFeedback, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.common.safe_output import (
    AtomicFile,
    OutputError,
    file_part,
    input_copy,
    needs_copy,
    refuse_same_file,
)
from mineaction_qgis.core.imsma.detect import DetectError, detect_format, suggest_profile
from mineaction_qgis.core.imsma.profile import Profile, load_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions
from mineaction_qgis.core.imsma.writer import ImportCounts, RegisterWriter


class LoadError(ValueError):
    """An input that cannot be imported at all; the message names the file and what was expected."""


@dataclass
class LoadResult:
    """What one import wrote."""

    gpkg: str
    counts: ImportCounts = field(default_factory=ImportCounts)
    formats: Dict[str, str] = field(default_factory=dict)
    profiles: Dict[str, str] = field(default_factory=dict)  # {path: name of the profile used}
    canceled: bool = False


def resolve_profile(profile: Union[None, str, Profile]) -> Profile:
    """A Profile from a bundled name, a JSON path, a Profile, or None (IMSMA NG default)."""
    if isinstance(profile, Profile):
        return profile
    try:
        return load_profile(profile or None)
    except (OSError, ValueError) as error:
        raise LoadError(
            QCoreApplication.translate(
                "LoadError",
                "Profile '{profile}' cannot be loaded: {error}. Give a bundled profile name (imsma_ng, imsma_core) or "
                "the path of a profile JSON file.",
            ).format(profile=profile, error=str(error))
        ) from error


class _Slice(QgsProcessingFeedback):
    """One file's share of the parent feedback.

    Progress 0-100 of the file is forwarded into [start, start + width] of the parent;
    cancelling the parent cancels the slice. Messages (``pushWarning``, ``pushInfo``,
    ``reportError``...) go to the parent when it is a Processing feedback, so what a reader
    reports reaches the Processing log; with a plain QgsFeedback (or none) they go to the
    QGIS message log as before.
    """

    def __init__(
        self, parent: Optional[QgsFeedback], start: float, width: float, names: Optional[Dict[str, str]] = None
    ) -> None:
        super().__init__()
        self._parent = parent
        self._names = names or {}
        self._messages = parent if isinstance(parent, QgsProcessingFeedback) else None
        if parent is not None:
            self.progressChanged.connect(lambda value: parent.setProgress(start + width * value / 100.0))
            parent.canceled.connect(self.cancel)
            if parent.isCanceled():
                self.cancel()

    def pushWarning(self, warning: str) -> None:
        warning = original_names(warning, self._names)
        if self._messages is not None:
            self._messages.pushWarning(warning)
        else:
            push_message(None, warning, warning=True)

    def pushInfo(self, info: str) -> None:
        info = original_names(info, self._names)
        if self._messages is not None:
            self._messages.pushInfo(info)
        else:
            push_message(None, info, warning=False)

    def reportError(self, error: str, fatalError: bool = False) -> None:
        error = original_names(error, self._names)
        if self._messages is not None:
            self._messages.reportError(error, fatalError)
        else:
            push_message(None, error, warning=True)

    def setProgressText(self, text: str) -> None:
        if self._messages is not None:
            self._messages.setProgressText(text)

    def pushCommandInfo(self, info: str) -> None:
        if self._messages is not None:
            self._messages.pushCommandInfo(info)

    def pushDebugInfo(self, info: str) -> None:
        if self._messages is not None:
            self._messages.pushDebugInfo(info)

    def pushConsoleInfo(self, info: str) -> None:
        if self._messages is not None:
            self._messages.pushConsoleInfo(info)


def load_files(
    paths: Sequence[str],
    gpkg: str,
    profile: Union[None, str, Profile] = None,
    options: Optional[ReadOptions] = None,
    append: bool = False,
    feedback: Optional[QgsFeedback] = None,
) -> LoadResult:
    """Import every file of ``paths`` into ``gpkg``; LoadError when one cannot be read at all.

    All files are detected before anything is written, so a wrong file fails fast. Without a
    ``profile``, each file is read with the bundled profile that fits it (``suggest_profile``:
    IMSMA Core for ``imsma_id``/``imsma_links`` exports, IMSMA NG otherwise).
    """
    explicit = resolve_profile(profile) if profile else None
    options = options or ReadOptions()
    try:
        refuse_same_file(str(gpkg), [str(path) for path in paths])
        with ExitStack() as copies:
            # GeoPackages, shapefiles, GeoJSON and geodatabases are read from a copy: never modified
            sources = {
                str(path): copies.enter_context(input_copy(str(path))) if needs_copy(str(path)) else str(path)
                for path in paths
            }
            try:
                return _load(sources, str(gpkg), explicit, options, append, feedback)
            except LoadError as error:
                raise LoadError(original_names(str(error), _copied(sources))) from error
    except OutputError as error:
        raise LoadError(str(error)) from error


def _copied(sources: Dict[str, str]) -> Dict[str, str]:
    """Copy's file -> input's file, for the inputs read from a copy."""
    return {file_part(copy): file_part(path) for path, copy in sources.items() if copy != path}


def original_names(text: str, names: Dict[str, str]) -> str:
    """``text`` naming the user's files where it named the temporary copies read in their place."""
    for copy, original in names.items():
        text = text.replace(copy, original)
    return text


def _load(
    sources: Dict[str, str], gpkg: str, explicit: Optional[Profile], options: ReadOptions, append: bool, feedback
) -> LoadResult:
    """``load_files`` once the inputs are ready to read: ``sources`` maps each input to what is read."""
    formats = {}
    profiles: Dict[str, Profile] = {}
    for path, source in sources.items():
        try:
            formats[path] = detect_format(source)
            profiles[path] = explicit or resolve_profile(suggest_profile(source))
        except DetectError as error:
            raise LoadError(str(error)) from error
    result = LoadResult(
        gpkg=gpkg,
        formats={path: fmt.name for path, fmt in formats.items()},
        profiles={path: chosen.name for path, chosen in profiles.items()},
    )
    width = 100.0 / max(len(formats), 1)
    staged = AtomicFile(gpkg, feedback, copy_existing=append)
    with staged as temp:
        result.counts = _write(formats, profiles, sources, str(temp), options, append, feedback, width, result)
    if result.canceled:
        result.counts = ImportCounts()  # nothing was written
    return result


class PlaceCheck:
    """Counts loaded records at 0,0 or outside the profile's country, for one warning each (not a rejection)."""

    MARGIN_DEG = 0.5
    SHOWN = 10

    def __init__(self, profile: Profile) -> None:
        self.country, extent = profile.country()
        self.extent = QgsRectangle(extent[0], extent[1], extent[2], extent[3])
        self.area = QgsRectangle(self.extent)
        self.area.grow(self.MARGIN_DEG)
        self.at_zero: List[str] = []
        self.outside: List[str] = []

    def see(self, record) -> None:
        if not isinstance(record, (ObjectRecord, PointRecord)) or record.geometry is None or record.geometry.isEmpty():
            return
        box = record.geometry.boundingBox()
        ref = f"{record.source_file} {record.source_ref}"
        if isinstance(record, PointRecord) and abs(box.xMinimum()) < 1e-9 and abs(box.yMinimum()) < 1e-9:
            self.at_zero.append(ref)
        elif not self.area.contains(box):
            self.outside.append(ref)

    def report(self, feedback: Optional[QgsFeedback]) -> None:
        if self.at_zero:
            push_message(
                feedback,
                QCoreApplication.translate(
                    "LoadError",
                    "{count} point(s) lie at latitude 0, longitude 0, usually an empty coordinate saved as zero: "
                    "{refs}.",
                ).format(count=len(self.at_zero), refs=_shown(self.at_zero, self.SHOWN)),
            )
        if self.outside:
            push_message(
                feedback,
                QCoreApplication.translate(
                    "LoadError",
                    "{count} record(s) lie outside {country} (longitude {west} to {east}, latitude {south} to "
                    "{north}, from the profile): {refs}. Check their coordinates and the source CRS.",
                ).format(
                    count=len(self.outside),
                    country=self.country,
                    west=self.extent.xMinimum(),
                    east=self.extent.xMaximum(),
                    south=self.extent.yMinimum(),
                    north=self.extent.yMaximum(),
                    refs=_shown(self.outside, self.SHOWN),
                ),
            )


def _shown(refs: List[str], limit: int) -> str:
    return "; ".join(refs[:limit]) + (" …" if len(refs) > limit else "")


def _write(
    formats, profiles, sources, gpkg: str, options: ReadOptions, append: bool, feedback, width: float, result
) -> ImportCounts:
    """Read every detected file (from ``sources``, see ``load_files``) into ``gpkg`` (the temporary copy of
    the register)."""
    with RegisterWriter(gpkg, append=append, allow_personal_data=options.include_personal_data) as writer:
        for index, (path, fmt) in enumerate(formats.items()):
            part = _Slice(feedback, index * width, width, _copied(sources))
            places = PlaceCheck(profiles[path])
            try:
                for record in fmt.read(sources[path], profiles[path], options, part):
                    writer.add(record)
                    places.see(record)
                    if part.isCanceled():
                        break
            except (ValueError, OSError) as error:
                raise LoadError(
                    QCoreApplication.translate("LoadError", "'{file}' cannot be imported: {error}").format(
                        file=Path(path).name, error=str(error)
                    )
                ) from error
            if part.isCanceled():
                result.canceled = True
                break
            places.report(part)
    return writer.counts
