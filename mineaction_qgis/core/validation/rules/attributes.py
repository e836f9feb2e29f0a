"""Rules on a hazard's attributes: mandatory values, code lists and unique IDs."""

from collections import defaultdict
from typing import Dict, Iterable, List, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.validation.rules.base import ERROR, WARNING, Finding, HazardRecord, LayerRule, RecordRule


class MissingValue(RecordRule):
    code = "missing_value"
    severity = ERROR

    def title(self) -> str:
        return QCoreApplication.translate("MissingValue", "Mandatory value missing")

    def help(self) -> str:
        return QCoreApplication.translate(
            "MissingValue",
            "The ID, status or classification field (ID_FIELD, STATUS_FIELD, CLASS_FIELD) is empty. One "
            "finding per empty field; the field column names it.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        settings = ctx.settings
        findings = []
        for name in (settings.id_field, settings.status_field, settings.class_field):
            if name and not record.text(name):
                message = QCoreApplication.translate(
                    "MissingValue", "Hazard {hazard} has no value in field {field}."
                ).format(hazard=record.label, field=name)
                findings.append(self.record_finding(record, ctx, message, field_name=name))
        return findings


class UnknownCode(RecordRule):
    code = "unknown_code"
    severity = WARNING

    def title(self) -> str:
        return QCoreApplication.translate("UnknownCode", "Value not in the code list")

    def help(self) -> str:
        return QCoreApplication.translate(
            "UnknownCode",
            "The status or classification is not one of the code list (STATUS_VALUES, CLASS_VALUES; by "
            "default the canonical lists: Open, Worked On, Closed, Handed Over; SHA, CHA, Indication, "
            "Stockpile, EOD Spot Task). Values are compared exactly; the message suggests the canonical "
            "spelling when only the case or spaces differ.",
        )

    def check(self, record: HazardRecord, ctx) -> Iterable[Finding]:
        settings = ctx.settings
        findings = []
        for name, codes in (
            (settings.status_field, settings.statuses),
            (settings.class_field, settings.classifications),
        ):
            value = record.text(name) if name else ""
            if not value or value in codes:
                continue
            near = [code for code in codes if code.lower().replace(" ", "") == value.lower().replace(" ", "")]
            if near:
                message = QCoreApplication.translate(
                    "UnknownCode", "Hazard {hazard}: {field} '{value}' is not in the code list; did you mean '{code}'?"
                ).format(hazard=record.label, field=name, value=value, code=near[0])
            else:
                message = QCoreApplication.translate(
                    "UnknownCode", "Hazard {hazard}: {field} '{value}' is not in the code list ({codes})."
                ).format(hazard=record.label, field=name, value=value, codes=", ".join(codes))
            findings.append(self.record_finding(record, ctx, message, field_name=name))
        return findings


class DuplicateId(LayerRule):
    code = "duplicate_id"
    severity = WARNING
    needs = ("id_field",)

    def title(self) -> str:
        return QCoreApplication.translate("DuplicateId", "Duplicate hazard ID")

    def help(self) -> str:
        return QCoreApplication.translate(
            "DuplicateId",
            "Several records share one hazard ID, so activities, tasks and reports cannot tell them apart. "
            "One finding per record, on the record; the value is how many records share the ID.",
        )

    def check_all(self, records: Sequence[HazardRecord], ctx) -> Iterable[Finding]:
        groups: Dict[str, List[HazardRecord]] = defaultdict(list)
        for record in records:
            if record.hazard_id:
                groups[record.hazard_id].append(record)
        findings = []
        for hazard_id, group in groups.items():
            if len(group) < 2:
                continue
            fids = ", ".join(str(r.fid) for r in group)
            for record in group:
                message = QCoreApplication.translate(
                    "DuplicateId", "Hazard ID {hazard} is used by {count} records (features {features})."
                ).format(hazard=hazard_id, count=len(group), features=fids)
                finding = self.finding(
                    hazard_id,
                    message,
                    record.geometry,
                    value=float(len(group)),
                    field_name=ctx.settings.id_field,
                    governorate=ctx.governorate_of(record),
                    feature_ids=str(record.fid),
                )
                findings.append(finding)
        return findings
