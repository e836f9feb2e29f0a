"""Reads hazard and release layers into core/gaps/analysis.py's Hazard and Release records.

Field names are the algorithm's parameters (canonical names by default). Dates go
through core/common/dates.py's one reader: the day/month order of the layer is decided
from its unambiguous values, and a filled date that cannot be read becomes a
finding (``unreadable_date``) while the release is kept, undated.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import governorates
from mineaction_qgis.core.common.dates import DateReader
from mineaction_qgis.core.common.values import as_number
from mineaction_qgis.core.gaps import analysis as gaps


@dataclass
class HazardFields:
    """Field names of the hazards layer ("" when absent)."""

    hazard_id: str = "hazard_id"
    status: str = ""
    governorate: str = ""
    reported_remaining: str = ""
    classification: str = ""
    contamination: str = ""
    location: str = ""


@dataclass
class ReleaseFields:
    """Field names of the releases layer ("" when absent)."""

    release_type: str = "release_type"
    link: str = ""
    activity_id: str = ""
    organisation: str = ""
    end_date: str = ""
    start_date: str = ""
    basis: str = ""


@dataclass
class ReleaseInput:
    """The releases as read, the date decision and the records whose dates could not be read."""

    releases: List[gaps.Release] = field(default_factory=list)
    dates: DateReader = field(default_factory=DateReader)
    findings: List[gaps.OutsidePart] = field(default_factory=list)


def _getter(source: QgsFeatureSource, name: str) -> Callable[[list], object]:
    """Function of a feature's attribute list giving the value of field ``name`` (None when unset)."""
    if not name:
        return lambda attributes: None
    index = source.fields().lookupField(name)
    return (lambda attributes: attributes[index]) if index >= 0 else (lambda attributes: None)


def _request(source: QgsFeatureSource, names: List[str]) -> QgsFeatureRequest:
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes([name for name in names if name], source.fields())
    return request


def _features(source, request):
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return source.getFeatures(request)


def read_hazards(
    source: QgsFeatureSource, names: HazardFields, contamination: Callable[[object], Optional[str]]
) -> List[gaps.Hazard]:
    """Hazard records; ``contamination`` maps a hazard type to a canonical contamination type (None: unknown)."""
    getters = {key: _getter(source, value) for key, value in vars(names).items()}
    request = _request(source, list(vars(names).values()))
    text = gaps.text_or_none
    names = governorates.names()  # "Nineveh" and "نينوى" are summarised as one governorate
    hazards = []
    for feature in _features(source, request):
        values = feature.attributes()
        hazard_id = text(getters["hazard_id"](values)) or QCoreApplication.translate(
            "GapInput", "(no ID, feature {fid})"
        ).format(fid=feature.id())
        hazards.append(
            gaps.Hazard(
                hazard_id,
                feature.geometry(),
                text(getters["status"](values)),
                names.display(getters["governorate"](values)),
                as_number(getters["reported_remaining"](values)),
                feature.id(),
                text(getters["classification"](values)),
                contamination(getters["contamination"](values)),
                text(getters["location"](values)),
            )
        )
    return hazards


def read_releases(
    source: QgsFeatureSource,
    names: ReleaseFields,
    crs: QgsCoordinateReferenceSystem,
    context: Optional[QgsCoordinateTransformContext] = None,
) -> ReleaseInput:
    """Release records in ``crs``, with their dates read by one DateReader for the whole layer."""
    getters = {key: _getter(source, value) for key, value in vars(names).items()}
    request = _request(source, list(vars(names).values()))
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context or QgsProject.instance().transformContext())
    rows = [(feature.id(), feature.geometry(), feature.attributes()) for feature in _features(source, request)]
    result = ReleaseInput()
    untransformable: Dict[int, str] = {}
    if transform is not None:
        for position, (fid, geometry, values) in enumerate(rows):
            moved = QgsGeometry(geometry)
            try:
                if not moved.isNull():
                    moved.transform(transform)
            except QgsCsException as error:  # coordinates the CRS cannot hold: reported, never a traceback
                moved = QgsGeometry()
                untransformable[fid] = str(error)
            rows[position] = (fid, moved, values)
    reader = result.dates
    reader.learn([getters[name](values) for _, _, values in rows for name in ("end_date", "start_date")])
    text = gaps.text_or_none
    for fid, geometry, values in rows:
        activity_id = text(getters["activity_id"](values)) or QCoreApplication.translate(
            "GapInput", "(no ID, feature {fid})"
        ).format(fid=fid)
        before = len(reader.unreadable)
        end = reader.read(getters["end_date"](values))
        start = reader.read(getters["start_date"](values))
        type_value = getters["release_type"](values)
        release = gaps.Release(
            activity_id,
            QgsGeometry(geometry),
            gaps.normalise_release_type(type_value),
            text(getters["link"](values)),
            text(getters["organisation"](values)),
            (end or start).year if (end or start) else None,
            fid,
            text(type_value),
            end.isoformat() if end else None,
            start.isoformat() if start else None,
            text(getters["basis"](values)),
        )
        result.releases.append(release)
        if fid in untransformable:
            release.unusable = True
            result.findings.append(
                gaps.OutsidePart(
                    release,
                    [release.link] if release.link else [],
                    QgsGeometry(),
                    0.0,
                    gaps.OUTSIDE_BAD_COORDINATES,
                    QCoreApplication.translate(
                        "GapInput",
                        "Activity {activity_id} cannot be transformed into the hazards' CRS ({reason}); it is not "
                        "counted.",
                    ).format(activity_id=activity_id, reason=untransformable[fid]),
                )
            )
        if len(reader.unreadable) > before:
            message = QCoreApplication.translate(
                "GapInput", "Activity {activity_id}: date '{value}' cannot be read; the release is treated as undated."
            ).format(activity_id=activity_id, value=", ".join(reader.unreadable[before:]))
            result.findings.append(
                gaps.OutsidePart(
                    release,
                    [release.link] if release.link else [],
                    QgsGeometry(),
                    0.0,
                    gaps.OUTSIDE_UNREADABLE_DATE,
                    message,
                )
            )
    return result


def contamination_mapper(profile) -> Callable[[object], Optional[str]]:
    """Canonical contamination type of a hazard type through the profile's ``contamination`` code list."""
    cache: Dict[str, Optional[str]] = {}

    def mapped(value) -> Optional[str]:
        key = gaps.text_or_none(value)
        if key is None:
            return None
        if key not in cache:
            cache[key] = profile.code("contamination", key)
        return cache[key]

    return mapped
