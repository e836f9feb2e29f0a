"""The release type of an activity's land, decided the same way by every reader.

IMAS 07.11: the type of a release is what the land became (cancelled, reduced,
cleared), never the kind of activity. A non-technical survey may *confirm* a
hazardous area, so "Non-technical survey" must not read as cancelled land. The
type therefore comes, in this order, from

1. IMSMA's land-release type of the polygon itself (maXML ``shapedescription`` of
   a GeospatialInfo, the ``Subtype`` of a row of a GIS export), then
2. the activity's land-release type field (``landreleasetypeenum``), then
3. the activity's recorded areas, when exactly one of cancelled / reduced /
   cleared area is recorded.

Anything else is ``none``, with a reason code in ``release_basis`` so that the
import report and the gap analysis can say why the land was not credited. The
text IMSMA gave (``Reduced Area with technical asset``) is kept in
``release_detail``.
"""

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model

# Values of the activities layer's ``release_basis`` field.
BASIS_POLYGON = "polygon_type"  # the polygon's own land-release type / shape description
BASIS_ACTIVITY = "activity_release_type"  # the activity's land-release type field
BASIS_RECORDED_AREA = "recorded_area"  # the only recorded cancelled / reduced / cleared area
BASIS_UNMAPPED = "unmapped_value"  # none: a value the profile's release_type code list does not know
BASIS_SEVERAL_AREAS = "several_recorded_areas"  # none: several kinds of area recorded, no polygon type
BASIS_NOT_RECORDED = "not_recorded"  # none: nothing says what the land became
BASES = (BASIS_POLYGON, BASIS_ACTIVITY, BASIS_RECORDED_AREA, BASIS_UNMAPPED, BASIS_SEVERAL_AREAS, BASIS_NOT_RECORDED)
NONE_REASONS = (BASIS_UNMAPPED, BASIS_SEVERAL_AREAS, BASIS_NOT_RECORDED)


@dataclass(frozen=True)
class ReleaseDecision:
    """The release type of one part, where it came from and IMSMA's own wording."""

    release_type: str
    basis: str
    detail: Optional[str] = None


def _text(value) -> Optional[str]:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def decide(
    code: Callable[[str, object], Optional[str]],
    polygon_value=None,
    activity_value=None,
    areas: Optional[Dict[str, Optional[float]]] = None,
) -> ReleaseDecision:
    """Release type from the polygon's value, else the activity's value, else its recorded areas.

    ``code`` is the profile's code lookup (``Profile.code``); ``areas`` maps each
    release type to the recorded area of that type (None or 0 when not recorded).
    A polygon value the ``release_type`` code list does not know (a free-text
    shape description) gives way to the activity's own land-release type; with
    no known value at all the part is ``none`` with reason ``unmapped_value`` and
    the recorded areas are not used to guess.
    """
    unmapped: Optional[str] = None
    for value, basis in ((polygon_value, BASIS_POLYGON), (activity_value, BASIS_ACTIVITY)):
        text = _text(value)
        if text is None:
            continue
        kind = text if text in model.RELEASE_TYPES else code("release_type", text)
        if kind not in model.RELEASE_TYPES:
            unmapped = unmapped or text
            continue
        return ReleaseDecision(kind, basis, unmapped or (text if text not in model.RELEASE_TYPES else None))
    if unmapped is not None:
        return ReleaseDecision(model.RELEASE_NONE, BASIS_UNMAPPED, unmapped)
    recorded = [kind for kind in model.RELEASE_PRECEDENCE if (areas or {}).get(kind)]
    if len(recorded) == 1:
        return ReleaseDecision(recorded[0], BASIS_RECORDED_AREA)
    if len(recorded) > 1:
        return ReleaseDecision(model.RELEASE_NONE, BASIS_SEVERAL_AREAS)
    return ReleaseDecision(model.RELEASE_NONE, BASIS_NOT_RECORDED)


def recorded_areas(attributes: Dict[str, object]) -> Dict[str, Optional[float]]:
    """The activity's recorded cancelled / reduced / cleared areas, by release type."""
    return {kind: attributes.get(f"{kind}_area_m2") for kind in model.RELEASE_PRECEDENCE}


def none_messages(counts: Counter) -> List[str]:
    """Import-report lines for the parts that became ``none``; ``counts`` is keyed by (basis, value)."""
    lines = []
    for (basis, value), count in sorted(counts.items(), key=lambda item: (item[0][0], str(item[0][1]))):
        if basis == BASIS_UNMAPPED:
            text = QCoreApplication.translate(
                "ReleaseParts",
                "{count} activity part(s): release type '{value}' is not in the profile's release_type code list; "
                "loaded as 'none' ({reason}), not credited as released land.",
            )
        elif basis == BASIS_SEVERAL_AREAS:
            text = QCoreApplication.translate(
                "ReleaseParts",
                "{count} activity part(s) record several kinds of released area but their polygons say nothing of "
                "their type; loaded as 'none' ({reason}), not credited as released land.",
            )
        else:
            text = QCoreApplication.translate(
                "ReleaseParts",
                "{count} activity part(s) have no land-release type and no recorded released area; loaded as 'none' "
                "({reason}), not credited as released land.",
            )
        lines.append(text.format(count=count, value=value or "", reason=basis))
    return lines
