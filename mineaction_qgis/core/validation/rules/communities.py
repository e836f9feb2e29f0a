"""Rules on a hazard's community: its recorded district and sub-district against its Location.

IMSMA links a hazard to a Location (community or village) whose gazetteer levels say
which governorate, district and sub-district it is in. A hazard whose recorded
district or sub-district differs from its community's is counted in the wrong
district's figures — the same harm as ``wrong_governorate`` one level down. The
``Gazetteer`` holds the LOCATIONS layer (the register's ``locations``) by location ID.
"""

from typing import Dict, Iterable, Optional

from qgis.core import QgsFeatureRequest, QgsFeatureSource
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.values import as_text
from mineaction_qgis.core.validation.rules.base import WARNING, Finding, HazardRecord, RecordRule

LEVELS = ("governorate", "district", "sub_district", "community", "name")


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


class Gazetteer:
    """Locations by ID (case-insensitive), with their gazetteer levels as text."""

    def __init__(self, source: QgsFeatureSource, id_field: str = "location_id") -> None:
        fields = source.fields()
        indexes = {level: fields.lookupField(level) for level in LEVELS}
        id_index = fields.lookupField(id_field)
        self.entries: Dict[str, Dict[str, str]] = {}
        if id_index < 0:
            return
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feature in source.getFeatures(request):
            location_id = as_text(feature.attribute(id_index))
            if location_id:
                levels = {level: as_text(feature.attribute(i)) if i >= 0 else "" for level, i in indexes.items()}
                self.entries[_normal(location_id)] = dict(levels, location_id=location_id)

    def get(self, location_id: str) -> Optional[Dict[str, str]]:
        return self.entries.get(_normal(location_id))


class WrongDistrict(RecordRule):
    code = "wrong_district"
    severity = WARNING
    needs = ("communities", "location_field")

    def title(self) -> str:
        return QCoreApplication.translate("WrongDistrict", "District or sub-district differs from its community")

    def help(self) -> str:
        return QCoreApplication.translate(
            "WrongDistrict",
            "The hazard names a community (LOCATION_ID_FIELD) from the LOCATIONS layer, and its recorded "
            "district (DISTRICT_FIELD) or sub-district (SUB_DISTRICT_FIELD) is not that community's, ignoring "
            "case and spaces; or the community is not in the LOCATIONS layer. Hazards without a community, "
            "and levels left empty on either side, are not checked.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        settings = ctx.settings
        location_id = record.text(settings.location_field)
        if not location_id:
            return []
        entry = ctx.communities.get(location_id)
        if entry is None:
            message = QCoreApplication.translate(
                "WrongDistrict", "Hazard {hazard} names community {location}, which is not in the locations layer."
            ).format(hazard=record.label, location=location_id)
            return [self.record_finding(record, ctx, message, field_name=settings.location_field)]
        wrong = []
        for field_name, level in ((settings.district_field, "district"), (settings.sub_district_field, "sub_district")):
            recorded = record.text(field_name)
            expected = entry.get(level, "")
            if recorded and expected and _normal(recorded) != _normal(expected):
                wrong.append((field_name, recorded, expected))
        if not wrong:
            return []
        place = entry.get("community") or entry.get("name") or entry["location_id"]
        details = "; ".join(
            QCoreApplication.translate("WrongDistrict", "{field} is {recorded}, the community's is {expected}").format(
                field=field_name, recorded=recorded, expected=expected
            )
            for field_name, recorded, expected in wrong
        )
        message = QCoreApplication.translate(
            "WrongDistrict", "Hazard {hazard} is in community {place} ({location}): {details}."
        ).format(hazard=record.label, place=place, location=entry["location_id"], details=details)
        return [self.record_finding(record, ctx, message, field_name=wrong[0][0])]
