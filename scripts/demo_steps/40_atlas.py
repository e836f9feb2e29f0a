"""Demo step 4: print an atlas of a handful of hazards of the register, in English, Arabic and Sorani."""

from pathlib import Path
from typing import Dict, List

TITLE = "Print a hazard atlas (en, ar, ckb) with turning-point tables"
PAGES = 5


def _first_ids(gpkg: Path, count: int) -> List[str]:
    """IDs of the first ``count`` hazards with a valid geometry, in ID order."""
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=hazards", "hazards", "ogr")
    request = QgsFeatureRequest().setFilterExpression("$geometry IS NOT NULL AND is_valid($geometry)")
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return sorted(str(f["hazard_id"]) for f in layer.getFeatures(request))[:count]


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
    ids = _first_ids(Path(register), PAGES)
    if not ids:
        return ["The register has no hazard with a valid geometry: nothing to print."]
    expression = '"hazard_id" IN (' + ", ".join("'" + i.replace("'", "''") + "'" for i in ids) + ")"
    lines = [f"hazards: {', '.join(ids)}"]
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
        results, ok = AtlasAlgorithm().create().run(parameters, processing_context(), QgsProcessingFeedback())
        if not ok:
            lines.append(f"{language}: failed")
            continue
        lines.append(f"{language}: {results['PAGES']} pages -> {results['OUTPUT']}")
        if "OUTPUT_FOLDER" in results:
            files = sorted(p.name for p in Path(results["OUTPUT_FOLDER"]).glob("*.pdf"))
            lines.append(f"one PDF per hazard: {', '.join(files)}")
    return lines
