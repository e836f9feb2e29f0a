"""The generated documents of the sample register: resources/sample/README.md and docs/sample-errors.md.

Both are written by scripts/make_sample.py from the generator's fault list and the
writers' loader-level fault lists, so they always match the files.
"""

from typing import Dict, List

FOUND_BY = {
    "closed_with_remaining": "mineaction:clearancegaps",
    "remaining_mismatch": "mineaction:clearancegaps",
    "release_outside_hazard": "mineaction:clearancegaps",
    "orphan_release": "mineaction:clearancegaps",
    "task_overlap": "mineaction:taskoverlaps",
    "task_no_hazard": "mineaction:taskoverlaps",
    "datum_shift": "a trainee (no rule: compare with imagery or a known benchmark)",
    "evidence_polygon": "a trainee (evidence points are never polygons)",
    "date_order": "mineaction:validatehazards on the activities layer (DATE_FIELDS start_date<end_date)",
}
REGENERATE = "`.venv/bin/python scripts/make_sample.py`"


def found_by(kind: str) -> str:
    return FOUND_BY.get(kind, "mineaction:validatehazards")


def expected_finding(error: dict) -> str:
    """What a trainee (or a test) should find, in words, with the number."""
    kind, value, ids = error["kind"], error.get("value"), error["hazard_id"].replace(",", " and ")
    texts = {
        "overlap": lambda: f"an overlap of {value:,.0f} m² between {ids}",
        "duplicate_geometry": lambda: f"{ids} have identical polygons (also an overlap of their whole area)",
        "duplicate_id": lambda: f"two hazards with the ID {ids}",
        "vertex_spacing": lambda: f"a segment of {value:,.0f} m between consecutive turning points",
        "multipart_self_overlap": lambda: (
            f"parts overlapping by {value:,.0f} m² ({error.get('percent')} % of their union)"
        ),
        "area_mismatch": lambda: f"estimated area {value:+.0f} % off the polygon's area",
        "closed_with_remaining": lambda: f"{value:,.0f} m² still to release on a Closed hazard",
        "remaining_mismatch": lambda: f"recorded remaining area {value:,.0f} m² more than the polygons leave",
        "release_outside_hazard": lambda: f"{value:,.0f} m² of {error.get('activity_id')} outside its hazard",
        "orphan_release": lambda: f"{error.get('activity_id')}: {value:,.0f} m² released on no hazard",
        "date_order": lambda: f"{error.get('activity_id')} ends {value} days before it starts",
        "datum_shift": lambda: (
            f"the hazard about {value:,.0f} m from its true place (Karbala 1979 coordinates stored as WGS 84)"
        ),
        "evidence_polygon": lambda: "a 4 m² polygon made of evidence points: record an Evidence point instead",
        "task_overlap": lambda: (
            f"task orders {error.get('task_id', '').replace(',', ' and ')} overlapping by {value:,.0f} m²"
        ),
        "task_no_hazard": lambda: f"task order {error.get('task_id')} on no hazard",
        "missing_value": lambda: f"empty {error.get('field')}",
        "unknown_code": lambda: f"{error.get('field')} '{error.get('code')}' not in the code list",
        "too_few_vertices": lambda: "a polygon of 2 turning points",
        "invalid_geometry": lambda: (
            "a self-intersection"
            + (f" at {error['location'][0]}, {error['location'][1]}" if error.get("location") else "")
        ),
        "empty_geometry": lambda: "a hazard record without a polygon",
        "duplicate_vertex": lambda: "a turning point repeated",
        "outside_boundary": lambda: "a hazard outside every governorate",
        "wrong_governorate": lambda: f"recorded in {error.get('recorded')}, lies in {error.get('actual')}",
    }
    text = texts[kind]() if kind in texts else f"a {kind} finding"
    if error.get("also"):
        text += f" (may also show: {', '.join(error['also'])})"
    return text


MERGED_BY_ID = ("shapefiles", "pointlist_dd.csv", "pointlist_dd.xlsx", "utm38n/pointlist_utm38n.csv")
REJECTED_FORM_POINTS = ("missing_id", "superseded_form", "unparsed_element")


def export_notes(name: str, errors: List[dict]) -> List[str]:
    """What an import of export ``name`` shows that is expected, beyond the rows listed as faults."""
    notes = []
    if name.endswith(".xml"):
        reasons = ", ".join(f"`{reason}`" for reason in REJECTED_FORM_POINTS)
        notes.append(
            f"A rejected form takes its points with it: each point of a form rejected as {reasons} is rejected too, "
            "with the form's reason and its own XPath (`FieldReport[n]/GeospatialInfo[m]/Point[k]`). The table names "
            "the forms only, so the `rejected` layer has more rows than the table. A form rejected as "
            "`too_few_vertices` "
            "keeps its points: they load into the `points` layer, so the polygon can be redrawn from them."
        )
    if name in MERGED_BY_ID:
        for number, error in enumerate(errors, start=1):
            if error["kind"] == "duplicate_id":
                notes.append(
                    f"This format carries no GUID, so the two hazards that share the ID {error['hazard_id']} (error "
                    f"#{number}) "
                    "are loaded as one multipart hazard: expected, one hazard fewer than the register. "
                    "Find the duplicate in an export with GUIDs (maXML, geodatabase, staging views, Core GeoJSON)."
                )
    return notes


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def errors_markdown(errors: List[dict], built: list, hazards: int, seed: int) -> str:
    """docs/sample-errors.md: every deliberate error of the sample, then the loader-level faults per file."""
    lines = [
        "# Deliberate errors in the sample register",
        "",
        f"Generated by {REGENERATE} (synthetic register of {hazards} hazards, seed {seed}); do not edit by hand.",
        "The data is fictional and the governorate boundaries are illustrative, not official.",
        "Trainers use this list to set exercises; the validation and land-release tests check that",
        "every error is found. The same list, machine-readable, is `resources/sample/register_errors.json`.",
        "",
        "## Errors in the register (every format carries them)",
        "",
        "| # | Hazard(s) | Kind (rule code) | What is wrong | What a trainee should find | Found by |",
        "|---|---|---|---|---|---|",
    ]
    for number, error in enumerate(errors, start=1):
        ids = error["hazard_id"] or error.get("activity_id") or error.get("task_id") or "(no id)"
        lines.append(
            f"| {number} | {_cell(ids)} | `{error['kind']}` | {_cell(error['detail'])} | "
            f"{_cell(expected_finding(error))} | {_cell(found_by(error['kind']))} |"
        )
    counts: Dict[str, int] = {}
    for error in errors:
        counts[error["kind"]] = counts.get(error["kind"], 0) + 1
    lines += ["", "Count by kind: " + ", ".join(f"`{k}` {n}" for k, n in counts.items()) + ".", ""]
    lines += ["## Loader-level faults (rows the importer must reject, with the reason code)", ""]
    lines += [
        "Faults marked *register* come from the register's own errors above; *injected* ones were added by the",
        "export's writer, always on hazards that carry no register error, so every error above can still be found.",
        "",
    ]
    with_faults = [e for e in built if e.faults or getattr(e, "notes", None)]
    if not with_faults:
        lines.append("None of the exports of this sample carries loader-level faults.")
    for export in with_faults:
        lines += [f"### `{export.name}` ({export.label})", ""]
        if export.faults:
            lines += ["| Reason code | Where (row number or XPath) | Object | Origin | Note |", "|---|---|---|---|---|"]
        for fault in export.faults:
            where = fault.get("row", fault.get("ref", ""))
            note = fault.get("detail", fault.get("message", ""))
            origin = f"*{fault['origin']}*" if fault.get("origin") else ""
            lines.append(
                f"| `{fault.get('kind', '')}` | {_cell(where)} | {_cell(fault.get('object_id', ''))} | {origin} | "
                f"{_cell(note)} |"
            )
        if export.faults:
            lines.append("")
        for note in getattr(export, "notes", []):
            lines += [note, ""]
    return "\n".join(lines).rstrip() + "\n"


def readme_markdown(counts: Dict[str, int], built: list, hazards: int, seed: int) -> str:
    """resources/sample/README.md: what each file is."""
    lines = [
        "# Sample register (fictional)",
        "",
        f"A synthetic mine-action register for a fictional area of northern and central Iraq: {counts.get('hazards')} "
        f"hazards",
        f"(SHA/CHA; Open, Worked On, Closed), {counts.get('activities')} activities with cancelled, reduced and "
        f"cleared",
        f"polygons, {counts.get('points')} points (benchmarks, reference points, turning points, some given by "
        f"bearing and",
        f"distance), {counts.get('tasks')} task orders and {counts.get('governorates')} governorates, worked by three "
        f"fictional operators.",
        "",
        "**Everything here is fictional.** Names, operators and records are invented. The governorate polygons are",
        "**illustrative, not official boundaries**: rough shapes good enough for exercises, never for reporting.",
        "",
        "The register contains deliberate errors for training and testing: see `docs/sample-errors.md`. Regenerate",
        f"everything with {REGENERATE} (deterministic: seed {seed}; the same files every time).",
        "",
        "| File | What it is |",
        "|---|---|",
        "| `register.gpkg` | The canonical register (the plugin's own schema, EPSG:4326): layers `hazards`, "
        "`activities`, "
        "`points`, `tasks`, `governorates`. The truth every export below was written from. |",
        "| `register_errors.json` | The deliberate errors of the register, machine-readable (kind, hazard id, detail, "
        "value). |",
        "| `governorates.geojson` | The illustrative governorates (names in English, Arabic, Sorani; `official` = "
        "false). |",
        "| `tasks.geojson` | The task orders (some overlap, some touch no hazard). |",
        "| `sample.json` | Manifest: generator, seed, counts, files and the CRS of the point lists. |",
    ]
    for export in built:
        faults = (
            f" Carries {len(export.faults)} loader-level faults (listed in `docs/sample-errors.md`)."
            if export.faults
            else ""
        )
        lines.append(f"| `{export.name}` | {export.label}.{faults} |")
    lines += [
        "",
        "The exports are written by `benchmarks/writers/`; the importer turns any of them back into the canonical",
        "schema (`mineaction:importimsma`).",
    ]
    return "\n".join(lines) + "\n"
