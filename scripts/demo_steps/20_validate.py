"""Demo step 2: validate the imported hazards; issue GeoPackage and HTML report in the output folder."""

from collections import Counter
from pathlib import Path
from typing import Dict, List

TITLE = "Validate the hazard areas (mineaction:validatehazards)"


def run(state: Dict) -> List[str]:
    from scripts.qgis_env import processing_context, start_qgis

    start_qgis()
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    from mineaction_qgis.processing.validate_hazards import ValidateHazardsAlgorithm

    register = state.get("register")
    if not register:
        return ["No register to validate (the import step produced none)."]
    output_dir = Path(state["output_dir"])
    issues = output_dir / "validation_issues.gpkg"
    report = output_dir / "validation_report.html"
    for old in (issues, report):
        if old.exists():
            old.unlink()
    parameters = {"INPUT": f"{register}|layername=hazards", "OUTPUT": str(issues), "REPORT": str(report)}
    boundaries = Path(state["sample_dir"]) / "governorates.geojson"
    if boundaries.is_file():
        parameters["BOUNDARIES"] = str(boundaries)
    from mineaction_qgis.core.imsma.writer import existing_layers

    if "locations" in existing_layers(str(register)):
        parameters["LOCATIONS"] = f"{register}|layername=locations"  # turns on wrong_district
    results, ok = ValidateHazardsAlgorithm().create().run(parameters, processing_context(), QgsProcessingFeedback())
    if not ok:
        return ["Validation failed: see the messages above."]
    state["validation_issues"] = results["OUTPUT"]
    lines = [
        f"{results['CHECKED_COUNT']} hazards checked, {results['ISSUE_COUNT']} findings"
        + ("" if boundaries.is_file() else " (no governorates.geojson: location rules skipped)")
    ]
    counts = Counter(
        (f["rule"], f["severity"]) for f in QgsVectorLayer(results["OUTPUT"], "issues", "ogr").getFeatures()
    )
    for (rule, severity), count in sorted(counts.items()):
        lines.append(f"{rule} ({severity}): {count}")
    lines.append(f"-> {issues}")
    lines.append(f"-> {report}")
    return lines
