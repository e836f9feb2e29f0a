"""Write the trainers' answer key, docs/training/en/answer-key.md, from what the algorithms find.

    .venv/bin/python scripts/answer_key.py [OUTPUT.md]

Runs the plugin's algorithms on a copy of the sample register (resources/sample) exactly
as the exercises ask trainees to (docs/training/en/exercises.md), and writes, per
exercise, what the trainee should find: the documented deliberate errors
(resources/sample/register_errors.json) with the finding each algorithm gives, and the
land-release figures. tests/test_training.py checks that the committed key is what this
script writes today, so a change of the sample or of an algorithm that changes an
answer fails the tests until the key is regenerated (and the trainers told).
"""

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, List, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mineaction_qgis.core.common.numbers import format_area_m2, format_decimal, format_km2
from mineaction_qgis.core.common.values import as_number, as_text
from scripts.qgis_env import ROOT, start_qgis

OUTPUT = ROOT / "docs" / "training" / "en" / "answer-key.md"
SAMPLE = ROOT / "resources" / "sample"
IMPORT_FILE = "pointlist_dd.csv"
# Deliberate-error kinds found by the gaps and task-overlap algorithms, not by validation.
GAP_KINDS = ("closed_with_remaining", "remaining_mismatch", "release_outside_hazard", "orphan_release")
TASK_KINDS = ("task_overlap", "task_no_hazard")
EYE_KINDS = ("datum_shift", "evidence_polygon")


def _ids(text) -> frozenset:
    return frozenset(part.strip() for part in str(text or "").split(",") if part.strip() and str(text) != "NULL")


def _rows(uri: str) -> List[Dict]:
    """Attributes of every feature of a layer, as dicts."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(uri, "rows", "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot read {uri}")
    names = layer.fields().names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return [{name: feature[name] for name in names} for feature in layer.getFeatures(request)]


def _run(algorithm_id: str, parameters: Dict) -> Dict:
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback(), context=context)


def collect(work: Path, sample: Path = SAMPLE) -> Dict:
    """Run the exercises' algorithms on a copy of the sample; return every figure the key states.

    Needs a running QGIS with Processing and the mineaction provider (``start_qgis`` in a
    script, the pytest-qgis fixtures in tests).
    """
    from qgis.core import QgsProject, QgsVectorLayer

    from mineaction_qgis.core.atlas.data import prepare_atlas_data
    from mineaction_qgis.core.atlas.items_accidents import RecordSources
    from mineaction_qgis.core.atlas.layout import PageTranslator, build_layout
    from mineaction_qgis.core.training import load_errors

    register = work / "register.gpkg"
    shutil.copyfile(sample / "register.gpkg", register)
    facts: Dict = {"errors": load_errors(sample / "register_errors.json")}
    layer = {
        name: f"{register}|layername={name}"
        for name in ("hazards", "activities", "points", "tasks", "governorates", "locations")
    }
    facts["counts"] = {name: QgsVectorLayer(uri, name, "ogr").featureCount() for name, uri in layer.items()}

    export = work / IMPORT_FILE
    shutil.copyfile(sample / IMPORT_FILE, export)
    imported = _run("mineaction:importimsma", {"INPUT": str(export), "OUTPUT": str(work / "imported.gpkg")})
    facts["import"] = {
        key: int(imported[key]) for key in ("HAZARD_COUNT", "ACTIVITY_COUNT", "POINT_COUNT", "REJECTED_COUNT")
    }
    reasons = Counter(as_text(row.get("reason_code")) for row in _rows(f"{imported['OUTPUT']}|layername=rejected"))
    facts["import"]["reasons"] = dict(sorted(reasons.items()))

    validated = _run(
        "mineaction:validatehazards",
        {
            "INPUT": layer["hazards"],
            "BOUNDARIES": layer["governorates"],
            "LOCATIONS": layer["locations"],
            "OUTPUT": str(work / "issues.gpkg"),
        },
    )
    facts["validation"] = {"checked": int(validated["CHECKED_COUNT"]), "findings": _rows(validated["OUTPUT"])}
    dated = _run(
        "mineaction:validatehazards",
        {
            "INPUT": layer["activities"],
            "ID_FIELD": "activity_id",
            "STATUS_FIELD": "",
            "CLASS_FIELD": "",
            "AREA_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "DATE_FIELDS": "start_date<end_date",
            "RULES": ["date_order"],
            "OUTPUT": str(work / "activity_issues.gpkg"),
        },
    )
    facts["dates"] = _rows(dated["OUTPUT"])

    gaps = _run(
        "mineaction:clearancegaps",
        {
            "HAZARDS": layer["hazards"],
            "RELEASES": layer["activities"],
            "OUTPUT": str(work / "gaps.gpkg"),
            "OUTSIDE": str(work / "outside.gpkg"),
        },
    )
    facts["gaps"] = {
        "totals": {
            key: float(value)
            for key, value in gaps.items()
            if key.startswith("TOTAL_") or key in ("DOUBLE_COUNTED_M2", "RE_RELEASED_M2")
        },
        "hazards_with_remaining": int(gaps["HAZARDS_WITH_REMAINING"]),
        "flagged": int(gaps["FLAGGED_COUNT"]),
        "rows": _rows(gaps["OUTPUT"]),
        "outside": _rows(gaps["OUTSIDE"]),
    }
    tasks = _run(
        "mineaction:taskoverlaps",
        {"TASKS": layer["tasks"], "HAZARDS": layer["hazards"], "OUTPUT": str(work / "task_overlaps.gpkg")},
    )
    facts["tasks"] = {
        "overlaps": int(tasks["OVERLAP_COUNT"]),
        "no_hazard": int(tasks["NO_HAZARD_COUNT"]),
        "rows": _rows(tasks["OUTPUT"]),
    }

    hazards = QgsVectorLayer(layer["hazards"], "hazards", "ogr")

    def beside(name: str) -> QgsVectorLayer:
        return QgsVectorLayer(f"{register}|layername={name}", name, "ogr")

    with PageTranslator("en"):
        atlas = prepare_atlas_data(
            hazards,
            "en",
            points=QgsVectorLayer(layer["points"], "points", "ogr"),
            record_sources=RecordSources(beside("items"), beside("spot_tasks"), beside("accidents"), beside("victims")),
            communities_source=beside("locations"),
            community_pages=True,
        )
        book = build_layout(QgsProject(), atlas)  # the template sets how many rows a page holds
    sheets = Counter(feature["sheet_kind"] for feature in book.data.pages.getFeatures())
    hazard_records = [r for r in book.data.records if r.community is None]
    facts["atlas"] = {
        "hazards": len(hazard_records),
        "pages": book.page_count - sheets["community"],
        "bad_pages": sorted(atlas.bad_pages),
        "with_records": sum(1 for r in hazard_records if r.items_accidents is not None and r.items_accidents.rows),
        "community_pages": sheets["community"],
        "communities": len(book.data.records) - len(hazard_records),
    }
    return facts


# --- matching documented errors with findings -----------------------------------------------


def _error_ids(error: Dict) -> List[str]:
    from mineaction_qgis.core.training import ids_of_error

    return ids_of_error(error)


def match(error: Dict, facts: Dict) -> List[Dict]:
    """The findings that report one documented error: rows with at least ``message`` and ``value``."""
    kind = error["kind"]
    ids = _error_ids(error)
    if kind == "date_order":
        activities = {value for value in ids if value.startswith("ACT-")}
        return [row for row in facts["dates"] if _ids(row["hazard_id"]) & activities]
    if kind in ("closed_with_remaining", "remaining_mismatch"):
        return [
            dict(
                row,
                message=as_text(row.get("note")) or _gap_message(kind, row),
                value=row.get("remaining_m2") if kind == "closed_with_remaining" else row.get("difference_m2"),
            )
            for row in facts["gaps"]["rows"]
            if as_text(row["hazard_id"]) in ids and row.get(kind) in (True, 1, "true")
        ]
    if kind in ("release_outside_hazard", "orphan_release"):
        wanted = "no_hazard" if kind == "orphan_release" else None
        return [
            dict(row, value=row.get("area_m2"))
            for row in facts["gaps"]["outside"]
            if as_text(row["activity_id"]) in ids and (wanted is None or row["finding"] == wanted)
        ]
    if kind == "task_overlap":
        tasks = {value for value in ids if value.startswith("TO-")}
        return [
            dict(row, value=row.get("area_m2"))
            for row in facts["tasks"]["rows"]
            if row["finding"] == "overlap" and {as_text(row["task_id"]), as_text(row["other_task_id"])} == tasks
        ]
    if kind == "task_no_hazard":
        return [
            dict(row, value=row.get("area_m2"))
            for row in facts["tasks"]["rows"]
            if row["finding"] == "no_hazard" and as_text(row["task_id"]) in ids
        ]
    if kind in EYE_KINDS:
        return []
    wanted = _ids(error.get("hazard_id"))
    return [row for row in facts["validation"]["findings"] if row["rule"] == kind and _ids(row["hazard_id"]) == wanted]


def _gap_message(kind: str, row: Dict) -> str:
    """Words for a flagged row of the remaining-land layer (its ``note`` is empty)."""
    return (
        f"{as_text(row.get('hazard_id'))} ({as_text(row.get('status'))}): `{kind}` is true; remaining_m2 = "
        f"{_value(row.get('remaining_m2'))}, reported_remaining_m2 = {_value(row.get('reported_remaining_m2'))}."
    )


def found_by(kind: str) -> str:
    if kind == "date_order":
        return "mineaction:validatehazards (activities, DATE_FIELDS start_date<end_date)"
    if kind in GAP_KINDS:
        return "mineaction:clearancegaps"
    if kind in TASK_KINDS:
        return "mineaction:taskoverlaps"
    if kind in EYE_KINDS:
        return "the trainee (no rule)"
    return "mineaction:validatehazards"


# --- Markdown --------------------------------------------------------------------------------


def _m2(value) -> str:
    number = as_number(value)
    return "" if number is None else format_area_m2(number)


def _km2(value) -> str:
    number = as_number(value)
    return "" if number is None else format_km2(number)


def _value(value) -> str:
    number = as_number(value)
    if number is None:
        return ""
    return format_decimal(number, 0 if abs(number) >= 100 else 2)


def _cell(text) -> str:
    return as_text(text).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Iterable[Sequence]) -> List[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return lines + [""]


def _error_table(errors: List[Dict], facts: Dict) -> List[str]:
    rows = []
    for error in errors:
        found = match(error, facts)
        if error["kind"] in EYE_KINDS:
            answer, value = "not reported by any algorithm: look at the map", ""
        elif found:
            answer, value = found[0].get("message", ""), _value(found[0].get("value"))
        else:
            answer, value = "NOT FOUND by the algorithm", ""
        record = (
            error.get("hazard_id") or error.get("activity_id") or error.get("task_id") or ", ".join(_error_ids(error))
        )
        rows.append(
            (record or "(no ID)", f"`{error['kind']}`", error.get("detail", ""), found_by(error["kind"]), answer, value)
        )
    return _table(("Record", "Rule / kind", "What is wrong (documented)", "Found by", "What it reports", "Value"), rows)


def _errors_of(facts: Dict, kinds: Sequence[str]) -> List[Dict]:
    return [error for kind in kinds for error in facts["errors"] if error.get("kind") == kind]


def render(facts: Dict) -> str:
    """The answer key as Markdown."""
    from mineaction_qgis.core.training import EXERCISES, exercise_titles

    titles = exercise_titles()
    out: List[str] = [
        "# Answer key: the exercises on the sample register",
        "",
        "For trainers only. Generated by `scripts/answer_key.py` from what the plugin's algorithms find on the",
        "sample register; do not edit by hand. The exercises are in [exercises.md](exercises.md); the deliberate",
        "errors are listed in [the sample's error list](../../sample-errors.md). Areas are square metres on the",
        "WGS 84 ellipsoid.",
        "",
    ]
    for exercise in EXERCISES:
        out += [f"## Exercise {exercise.number}: {titles[exercise.key]}", ""]
        out += SECTIONS[exercise.key](facts, exercise.kinds)
    return "\n".join(out).rstrip() + "\n"


def _explore(facts: Dict, kinds) -> List[str]:
    counts = facts["counts"]
    return ["The project has these layers, with these numbers of features:", ""] + _table(
        ("Layer", "Features"),
        [(name, str(counts[name])) for name in ("hazards", "activities", "points", "tasks", "governorates")],
    )


def _import(facts: Dict, kinds) -> List[str]:
    result = facts["import"]
    lines = [
        f"Loading `exports/{IMPORT_FILE}` gives {result['HAZARD_COUNT']} hazards, {result['ACTIVITY_COUNT']} "
        f"activities and {result['POINT_COUNT']} points. {result['REJECTED_COUNT']} records are rejected, each "
        "with a reason in the `rejected` table:",
        "",
    ]
    return lines + _table(
        ("Reason code", "Records"), [(f"`{code}`", str(count)) for code, count in result["reasons"].items()]
    )


def _validation(facts: Dict, kinds) -> List[str]:
    lines = [
        f"`mineaction:validatehazards` checks {facts['validation']['checked']} hazards. The deliberate errors of "
        "this exercise and what the issue browser shows for each:",
        "",
    ]
    lines += _error_table(_errors_of(facts, kinds), facts)
    if kinds and kinds[0] == "invalid_geometry":
        counts = Counter(as_text(row["rule"]) for row in facts["validation"]["findings"])
        lines += [f"In all, the issue layer has {sum(counts.values())} findings (exercises 3 to 6), by rule:", ""]
        lines += _table(("Rule", "Findings"), [(f"`{rule}`", str(count)) for rule, count in sorted(counts.items())])
        lines += [
            "A hazard can have more than one finding: a broken polygon often also has an area that does",
            "not match its reported area.",
            "",
        ]
    return lines


def _dates(facts: Dict, kinds) -> List[str]:
    lines = [
        "`mineaction:validatehazards` on the activities layer (date rule only): activities whose dates are out "
        f"of order: {len(facts['dates'])}. The deliberate errors:",
        "",
    ]
    return lines + _error_table(_errors_of(facts, kinds), facts)


def _eye(facts: Dict, kinds) -> List[str]:
    return ["No rule finds these; the trainee finds them by looking at the map:", ""] + _error_table(
        _errors_of(facts, kinds), facts
    )


def _gaps(facts: Dict, kinds) -> List[str]:
    gaps = facts["gaps"]
    totals = gaps["totals"]
    lines = ["Figures of `mineaction:clearancegaps` on the whole register:", ""]
    lines += _table(
        ("Figure", "km²", "m²"),
        [
            ("Hazard area", _km2(totals.get("TOTAL_HAZARD_M2")), _m2(totals.get("TOTAL_HAZARD_M2"))),
            ("Released", _km2(totals.get("TOTAL_RELEASED_M2")), _m2(totals.get("TOTAL_RELEASED_M2"))),
            ("Cancelled", _km2(totals.get("TOTAL_CANCELLED_M2")), _m2(totals.get("TOTAL_CANCELLED_M2"))),
            ("Reduced", _km2(totals.get("TOTAL_REDUCED_M2")), _m2(totals.get("TOTAL_REDUCED_M2"))),
            ("Cleared", _km2(totals.get("TOTAL_CLEARED_M2")), _m2(totals.get("TOTAL_CLEARED_M2"))),
            ("Remaining", _km2(totals.get("TOTAL_REMAINING_M2")), _m2(totals.get("TOTAL_REMAINING_M2"))),
            (
                "Hazard area a per-hazard sum would count twice",
                _km2(totals.get("DOUBLE_COUNTED_M2")),
                _m2(totals.get("DOUBLE_COUNTED_M2")),
            ),
            (
                "Land claimed again by later releases (not credited)",
                _km2(totals.get("RE_RELEASED_M2")),
                _m2(totals.get("RE_RELEASED_M2")),
            ),
        ],
    )
    lines += [
        "Every figure counts each square metre once, also where hazards overlap; where releases overlap, "
        "the earliest keeps the land. A Closed, Completed, Expired or Handed Over hazard with land left is "
        "flagged.",
        "",
    ]
    lines += [
        f"Hazards with land still to release: {gaps['hazards_with_remaining']}. Hazards flagged: "
        f"{gaps['flagged']}. The deliberate errors of this exercise:",
        "",
    ]
    return lines + _error_table(_errors_of(facts, kinds), facts)


def _tasks(facts: Dict, kinds) -> List[str]:
    tasks = facts["tasks"]
    lines = [
        f"`mineaction:taskoverlaps`: pairs of task orders that overlap: {tasks['overlaps']}; task orders on no "
        f"hazard: {tasks['no_hazard']}.",
        "",
    ]
    rows = [
        (row["finding"], as_text(row["task_id"]), as_text(row["other_task_id"]), _m2(row["area_m2"]))
        for row in tasks["rows"]
    ]
    lines += _table(("Finding", "Task", "Other task", "Area"), sorted(rows))
    return lines + ["The deliberate errors among them:", ""] + _error_table(_errors_of(facts, kinds), facts)


def _atlas(facts: Dict, kinds) -> List[str]:
    atlas = facts["atlas"]
    lines = [
        f"An atlas of all {atlas['hazards']} hazards has {atlas['pages']} pages: one per hazard, further "
        "pages for the hazards whose turning-point table does not fit the first one (every point is listed), and "
        f"after its turning points a page listing the explosive items and accidents of each of the "
        f"{atlas['with_records']} hazards that have any. With *Add a page per community listing its hazards* ticked, "
        f"{atlas['community_pages']} pages follow for the {atlas['communities']} communities of the hazards. "
        "An atlas of the selected hazards has the pages of the selected hazards."
    ]
    if atlas["bad_pages"]:
        lines.append("The pages of " + ", ".join(atlas["bad_pages"]) + " say that the hazard has no valid polygon.")
    return lines + [""]


SECTIONS = {
    "explore": _explore,
    "import": _import,
    "geometry": _validation,
    "overlaps": _validation,
    "attributes": _validation,
    "location": _validation,
    "dates": _dates,
    "eye": _eye,
    "gaps": _gaps,
    "tasks": _tasks,
    "atlas": _atlas,
}


def build(output: Path = OUTPUT) -> str:
    """Collect the figures in a temporary folder and write the key; returns its text."""
    start_qgis()
    with tempfile.TemporaryDirectory() as work:
        text = render(collect(Path(work)))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    return text


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT
    build(target)
    print(f"Answer key written to {target}")
