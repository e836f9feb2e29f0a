"""Reads hazard and release layers into core/gaps/analysis.py's Hazard and Release records.

Field names are the algorithm's parameters (canonical names by default). Dates go
through core/common/dates.py's one reader: the day/month order of the layer is decided
from its unambiguous values, and a filled date that cannot be read becomes a
finding (``unreadable_date``) while the release is kept, undated.
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

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
from mineaction_qgis.core.common.dates import parse as parse_date
from mineaction_qgis.core.common.values import as_number, is_null
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


class _Shared:
    """One string object per distinct value (operators, statuses, types repeat across a national register)."""

    def __init__(self, convert: Callable[[object], Optional[str]] = gaps.text_or_none) -> None:
        self._convert = convert
        self._seen: Dict[object, Optional[str]] = {}

    def __call__(self, value) -> Optional[str]:
        try:
            return self._seen[value]
        except KeyError:
            result = self._seen[value] = self._convert(value)
            return result
        except TypeError:  # unhashable
            return self._convert(value)


def read_hazards(
    source: QgsFeatureSource, names: HazardFields, contamination: Callable[[object], Optional[str]]
) -> List[gaps.Hazard]:
    """Hazard records; ``contamination`` maps a hazard type to a canonical contamination type (None: unknown)."""
    getters = {key: _getter(source, value) for key, value in vars(names).items()}
    request = _request(source, list(vars(names).values()))
    text = gaps.text_or_none
    shared = _Shared()
    governorate = _Shared(governorates.names().display)  # "Nineveh" and "نينوى" are summarised as one governorate
    hazard_id_of, status_of, governorate_of = getters["hazard_id"], getters["status"], getters["governorate"]
    remaining_of, classification_of, contamination_of, location_of = (
        getters["reported_remaining"],
        getters["classification"],
        getters["contamination"],
        getters["location"],
    )
    hazards = []
    for feature in _features(source, request):
        values = feature.attributes()
        hazard_id = text(hazard_id_of(values)) or QCoreApplication.translate(
            "GapInput", "(no ID, feature {fid})"
        ).format(fid=feature.id())
        hazards.append(
            gaps.Hazard(
                hazard_id,
                _wkb(feature.geometry()),
                shared(status_of(values)),
                governorate(governorate_of(values)),
                as_number(remaining_of(values)),
                feature.id(),
                shared(classification_of(values)),
                contamination(contamination_of(values)),
                shared(location_of(values)),
            )
        )
    return hazards


def _wkb(geometry: QgsGeometry) -> Optional[bytes]:
    """A geometry as WKB, a third of a QgsGeometry's memory (the gap analysis reads it back when it needs it)."""
    return None if geometry.isNull() else geometry.asWkb().data()


def _raw_date(value):
    """A date value in a compact, hashable form for the second pass: text as is, QDate as a Python date."""
    if is_null(value) or isinstance(value, (str, int, float)):
        return None if is_null(value) else value
    parsed = parse_date(value)
    return parsed if parsed is not None else str(value)


def read_releases(
    source: QgsFeatureSource,
    names: ReleaseFields,
    crs: QgsCoordinateReferenceSystem,
    context: Optional[QgsCoordinateTransformContext] = None,
) -> ReleaseInput:
    """Release records in ``crs``, with their dates read by one DateReader for the whole layer.

    One pass over the features keeps each release and its raw dates only (no attribute
    lists: a national register holds hundreds of thousands); the dates are read once the
    layer's day/month order is decided from all of them.
    """
    getters = {key: _getter(source, value) for key, value in vars(names).items()}
    request = _request(source, list(vars(names).values()))
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context or QgsProject.instance().transformContext())
    result = ReleaseInput()
    text = gaps.text_or_none
    shared = _Shared()
    kind = _Shared(gaps.normalise_release_type)
    raw_dates: List[Tuple[object, object]] = []
    untransformable: Dict[int, str] = {}
    for feature in _features(source, request):
        fid, values, geometry = feature.id(), feature.attributes(), feature.geometry()
        if transform is not None and not geometry.isNull():
            try:
                geometry.transform(transform)
            except QgsCsException as error:  # coordinates the CRS cannot hold: reported, never a traceback
                geometry = QgsGeometry()
                untransformable[fid] = str(error)
        activity_id = text(getters["activity_id"](values)) or QCoreApplication.translate(
            "GapInput", "(no ID, feature {fid})"
        ).format(fid=fid)
        type_value = getters["release_type"](values)
        release = gaps.Release(
            activity_id,
            _wkb(geometry),
            kind(type_value),
            text(getters["link"](values)),
            shared(getters["organisation"](values)),
            None,
            fid,
            shared(type_value),
            basis=shared(getters["basis"](values)),
        )
        result.releases.append(release)
        raw_dates.append((_raw_date(getters["end_date"](values)), _raw_date(getters["start_date"](values))))
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
    _read_dates(result, raw_dates)
    return result


def _read_dates(result: ReleaseInput, raw_dates: List[Tuple[object, object]]) -> None:
    """Dates of the releases, once the layer's day/month order is known; an unreadable one is a finding."""
    reader = result.dates
    reader.learn([value for pair in raw_dates for value in pair if isinstance(value, str)])  # texts only vote
    known: Dict[object, Tuple[str, int]] = {}  # raw value -> (ISO date, year): one string per distinct date

    def read(value) -> Optional[Tuple[str, int]]:
        if value is None:
            return None
        hit = known.get(value)
        if hit is None:
            parsed = reader.read(value)  # an unreadable value is remembered by the reader, each time
            if parsed is None:
                return None
            hit = known[value] = (parsed.isoformat(), parsed.year)
        return hit

    for release, (end_value, start_value) in zip(result.releases, raw_dates):
        before = len(reader.unreadable)
        end, start = read(end_value), read(start_value)
        release.end_date = end[0] if end else None
        release.start_date = start[0] if start else None
        release.year = (end or start)[1] if (end or start) else None
        if len(reader.unreadable) > before:
            message = QCoreApplication.translate(
                "GapInput", "Activity {activity_id}: date '{value}' cannot be read; the release is treated as undated."
            ).format(activity_id=release.activity_id, value=", ".join(reader.unreadable[before:]))
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
