"""Detect -> read -> write: one or more IMSMA exports into one canonical GeoPackage.

This is what the Processing algorithm and the dialog call. Progress is shared out
between the files; cancelling stops reading at the next record and keeps what was
written so far.

Public API::

    result = load_files(["a.csv", "b.xml"], "register.gpkg", profile="imsma_ng",
                        options=ReadOptions(source_crs="EPSG:32638"), append=False, feedback=fb)
    result.counts.hazards, result.counts.reasons, result.formats  # {path: format key}
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Sequence, Union

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.imsma.detect import DetectError, detect_format
from mineaction_qgis.core.imsma.profile import Profile, load_profile
from mineaction_qgis.core.imsma.records import ReadOptions
from mineaction_qgis.core.imsma.writer import ImportCounts, RegisterWriter


class LoadError(ValueError):
    """An input that cannot be imported at all; the message names the file and what was expected."""



@dataclass
class LoadResult:
    """What one import wrote."""

    gpkg: str
    counts: ImportCounts = field(default_factory=ImportCounts)
    formats: Dict[str, str] = field(default_factory=dict)
    canceled: bool = False


def resolve_profile(profile: Union[None, str, Profile]) -> Profile:
    """A Profile from a bundled name, a JSON path, a Profile, or None (IMSMA NG default)."""
    if isinstance(profile, Profile):
        return profile
    try:
        return load_profile(profile or None)
    except (OSError, ValueError) as error:
        raise LoadError(
            QCoreApplication.translate("LoadError", "Profile '{profile}' cannot be loaded: {error}. Give a bundled profile name (imsma_ng, imsma_core) or the path of a profile JSON file.").format(
                profile=profile, error=str(error)
            )
        ) from error


class _Slice(QgsFeedback):
    """Forwards progress 0-100 of one file into [start, start + width] of the parent feedback."""

    def __init__(self, parent: Optional[QgsFeedback], start: float, width: float) -> None:
        super().__init__()
        self._parent = parent
        if parent is not None:
            self.progressChanged.connect(lambda value: parent.setProgress(start + width * value / 100.0))
            parent.canceled.connect(self.cancel)
            if parent.isCanceled():
                self.cancel()


def load_files(
    paths: Sequence[str],
    gpkg: str,
    profile: Union[None, str, Profile] = None,
    options: Optional[ReadOptions] = None,
    append: bool = False,
    feedback: Optional[QgsFeedback] = None,
) -> LoadResult:
    """Import every file of ``paths`` into ``gpkg``; LoadError when one cannot be read at all.

    All files are detected before anything is written, so a wrong file fails fast.
    """
    chosen = resolve_profile(profile)
    options = options or ReadOptions()
    formats = {}
    for path in paths:
        try:
            formats[str(path)] = detect_format(str(path))
        except DetectError as error:
            raise LoadError(str(error)) from error
    result = LoadResult(gpkg=str(gpkg), formats={path: fmt.name for path, fmt in formats.items()})
    width = 100.0 / max(len(formats), 1)
    with RegisterWriter(str(gpkg), append=append) as writer:
        for index, (path, fmt) in enumerate(formats.items()):
            part = _Slice(feedback, index * width, width)
            try:
                for record in fmt.read(path, chosen, options, part):
                    writer.add(record)
                    if part.isCanceled():
                        break
            except (ValueError, OSError) as error:
                raise LoadError(QCoreApplication.translate("LoadError", "'{file}' cannot be imported: {error}").format(file=Path(path).name, error=str(error))) from error
            if part.isCanceled():
                result.canceled = True
                break
    result.counts = writer.counts
    return result
