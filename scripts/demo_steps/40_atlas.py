"""Demo step 4: print an atlas of a handful of hazards of the register, in English, Arabic and Sorani.

The handful includes the hazard with the most turning points, whose table continues on a
second sheet; hazards with explosive items or accidents get their list after the turning
points. The English run also writes the points for a handheld GPS (GPX) and ends with a page
per community of the hazards.
"""

from pathlib import Path
from typing import Dict, List

TITLE = "Print a hazard atlas (en, ar, ckb) with turning-point tables continued on extra sheets, and a GPX"
PAGES = 5


def _first_ids(gpkg: Path, count: int) -> List[str]:
    """IDs of the first ``count`` hazards with a valid geometry, in ID order."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=hazards", "hazards", "ogr")
    request = QgsFeatureRequest().setFilterExpression("$geometry IS NOT NULL AND is_valid($geometry)")
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return sorted(str(f["hazard_id"]) for f in layer.getFeatures(request))[:count]


def _longest(gpkg: Path) -> str:
    """ID of the hazard with the most table points (its table does not fit one sheet)."""
    from collections import Counter

    from qgis.core import QgsVectorLayer

    points = QgsVectorLayer(f"{gpkg}|layername=points", "points", "ogr")
    walked = (
        "Reference point",
        "Landmark",
        "Benchmark",
        "Start Point",
        "Turning point",
        "Intermediate point",
        "Datum Point",
        "End Point",
    )
    counts = Counter(str(f["object_id"]) for f in points.getFeatures() if f["point_type"] in walked)
    return counts.most_common(1)[0][0] if counts else ""


def run(state: Dict) -> List[str]:
    from scripts.qgis_env import processing_context, start_qgis

    start_qgis()
    from qgis.core import QgsProcessingFeedback

    from mineaction_qgis.processing.atlas import LANGUAGES, AtlasAlgorithm

    register = state.get("register")
    if not register or not Path(register).is_file():
        return ["No register from the import step: nothing to print."]
    output = Path(state["output_dir"]) / "atlas"
    output.mkdir(parents=True, exist_ok=True)
    ids = _first_ids(Path(register), PAGES - 1)
    longest = _longest(Path(register))
    if longest and longest not in ids:
        ids.append(longest)
    if not ids:
        return ["The register has no hazard with a valid geometry: nothing to print."]
    expression = '"hazard_id" IN (' + ", ".join("'" + i.replace("'", "''") + "'" for i in ids) + ")"
    lines = [f"hazards: {', '.join(ids)} ({longest}: the most turning points, its table continues on a further sheet)"]
    for language in LANGUAGES:
        parameters = {
            "COVERAGE": f"{register}|layername=hazards",
            "RELEASES": f"{register}|layername=activities",
            "FILTER": expression,
            "LANGUAGE": LANGUAGES.index(language),
            "DPI": 150,
            "OUTPUT": str(output / f"atlas-{language}.pdf"),
        }
        gaps = state.get("gaps")
        if gaps:
            parameters["GAPS"] = str(gaps)
        boundaries = Path(state["sample_dir"]) / "governorates.geojson"
        if boundaries.is_file():  # an imported register has no governorates layer of its own
            parameters["GOVERNORATES"] = str(boundaries)
        if language == "en":
            parameters["OUTPUT_FOLDER"] = str(output / "per-hazard")
            parameters["OUTPUT_GPX"] = str(output / "atlas.gpx")
            parameters["COMMUNITY_PAGES"] = True
        results, ok = AtlasAlgorithm().create().run(parameters, processing_context(), QgsProcessingFeedback())
        if not ok:
            lines.append(f"{language}: failed")
            continue
        lines.append(f"{language}: {results['PAGES']} pages for {len(ids)} hazards -> {results['OUTPUT']}")
        if "OUTPUT_GPX" in results:
            lines.append(f"GPS: {results['WAYPOINTS']} waypoints -> {results['OUTPUT_GPX']}")
        if "OUTPUT_FOLDER" in results:
            files = sorted(p.name for p in Path(results["OUTPUT_FOLDER"]).glob("*.pdf"))
            lines.append(f"one PDF per hazard: {', '.join(files)}")
    return lines
