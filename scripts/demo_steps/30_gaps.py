"""Demo step 3: remaining contaminated land, land release accounts, progress report, task overlaps.

Runs ``mineaction:clearancegaps`` on the register's hazards and activities, writing
``<output>/gaps.gpkg`` (layers ``gaps``, the remaining land, and ``outside``),
``<output>/gaps_summary.csv`` and ``<output>/progress_report.html`` (with the register's explosive items, spot
tasks, accidents and casualties, and land release by community, when it has them), then
``mineaction:taskoverlaps`` on its tasks (``<output>/task_overlaps.gpkg``). The remaining-land layer path is put in
``state["gaps"]``. Summary lines read like a mine action review.
"""

from pathlib import Path
from typing import Dict, List

TITLE = "Clearance gaps, land release accounts and task overlaps"


def _ogr(path: Path, table: str) -> str:
    """Processing destination of one polygon layer inside a GeoPackage."""
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def _km2(value_m2: float) -> str:
    return f"{value_m2 / 1e6:,.2f} km²"


def run(state: Dict) -> List[str]:
    from scripts.qgis_env import processing_context, start_qgis

    start_qgis()
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback, QgsVectorLayer

    from mineaction_qgis.processing.clearance_gaps import ClearanceGapsAlgorithm
    from mineaction_qgis.processing.task_overlaps import TaskOverlapsAlgorithm

    register = state.get("register")
    if not register:
        return ["No register (the import step produced none)."]
    output_dir = Path(state["output_dir"])
    gaps_gpkg = output_dir / "gaps.gpkg"
    report = output_dir / "progress_report.html"
    summary = output_dir / "gaps_summary.csv"
    tasks_gpkg = output_dir / "task_overlaps.gpkg"
    for old in (gaps_gpkg, report, summary, tasks_gpkg):
        if old.exists():
            old.unlink()

    from mineaction_qgis.core.imsma.writer import existing_layers

    present = set(existing_layers(str(register)))
    # Explosive items, spot tasks, accidents and casualties join the report when the register has them.
    records = {
        name.upper(): f"{register}|layername={name}"
        for name in ("items", "spot_tasks", "accidents", "victims", "locations")
        if name in present
    }  # locations: the report's land release by community names the communities
    results, ok = (
        ClearanceGapsAlgorithm()
        .create()
        .run(
            {
                "HAZARDS": f"{register}|layername=hazards",
                "RELEASES": f"{register}|layername=activities",
                "OUTPUT": str(gaps_gpkg),
                "OUTSIDE": _ogr(gaps_gpkg, "outside"),
                "SUMMARY": str(summary),
                "REPORT": str(report),
                **records,
            },
            processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),
            QgsProcessingFeedback(),
        )
    )
    if not ok:
        return ["The clearance gap analysis failed: see the messages above."]
    state["gaps"] = results["OUTPUT"]
    gaps_layer = QgsVectorLayer(results["OUTPUT"], "gaps", "ogr")
    closed = sum(1 for f in gaps_layer.getFeatures() if f["closed_with_remaining"])
    mismatched = sum(1 for f in gaps_layer.getFeatures() if f["remaining_mismatch"])
    outside = QgsVectorLayer(results["OUTSIDE"], "outside", "ogr").featureCount() if results.get("OUTSIDE") else 0
    lines = [
        f"{_km2(results['TOTAL_RELEASED_M2'])} released, {_km2(results['TOTAL_CANCELLED_M2'])} cancelled, "
        f"{_km2(results['TOTAL_REDUCED_M2'])} reduced, {_km2(results['TOTAL_CLEARED_M2'])} cleared; "
        f"{_km2(results['TOTAL_REMAINING_M2'])} remaining in {int(results['HAZARDS_WITH_REMAINING'])} hazards",
        f"Closed hazards with land left: {closed}; remaining area different from IMSMA's: {mismatched}; "
        f"release parts outside their hazard: {outside}",
        f"-> {gaps_gpkg} (layers gaps = remaining land, outside)",
        f"-> {summary} (by governorate, operator, release type and year)",
        f"-> {report}" + (" (with explosive items, spot tasks, accidents and casualties)" if records else ""),
    ]

    tasks = QgsVectorLayer(f"{register}|layername=tasks", "tasks", "ogr")
    if not tasks.isValid() or tasks.featureCount() == 0:
        lines.append("No task orders in the register: task overlaps skipped.")
        return lines
    task_results, ok = (
        TaskOverlapsAlgorithm()
        .create()
        .run(
            {
                "TASKS": f"{register}|layername=tasks",
                "HAZARDS": f"{register}|layername=hazards",
                "RELEASES": f"{register}|layername=activities",
                "OUTPUT": str(tasks_gpkg),
            },
            processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),
            QgsProcessingFeedback(),
        )
    )
    if not ok:
        lines.append("The task overlap check failed: see the messages above.")
        return lines
    lines.append(
        f"{task_results['OVERLAP_COUNT']} overlaps between task orders, "
        f"{task_results['NO_HAZARD_COUNT']} task orders on no hazard, {task_results['CLOSED_HAZARD_COUNT']} on a "
        f"closed "
        f"hazard, {task_results['RELEASED_LAND_COUNT']} on land already released -> {tasks_gpkg}"
    )
    return lines
