"""Demo step 1: load the sample IMSMA exports (resources/sample/) into canonical GeoPackages.

The sample holds the same fictional register in every supported format. The main
export (IMSMA NG maXML when present, else the first export found) becomes
``<output>/register.gpkg`` (``state["register"]``) for the next steps; the sample's
tasks are added to it when the export has none. Every other export is loaded into
its own GeoPackage under ``<output>/imports/`` to show that each format loads, with
its counts and rejected records by reason.
"""

import re
from pathlib import Path
from typing import Dict, List, Optional, Tuple

TITLE = "Import the sample IMSMA exports into the canonical GeoPackage"
PREFERRED = ("maxml", "gis_export", "pointlist")
SKIP_SUFFIXES = {".md", ".txt", ".json", ".qml", ".pdf", ".html", ".png"}


def _detected(folder: Path, depth: int = 1) -> List[Tuple[Path, str]]:
    """(path, format) of every export in the sample, in name order; a sub-folder that is not an
    export itself (e.g. ``utm38n/``) is searched one level down."""
    from mineaction_qgis.core.imsma.detect import DetectError, detect_format

    found: List[Tuple[Path, str]] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() in SKIP_SUFFIXES:
            continue
        try:
            found.append((path, detect_format(str(path)).name))
        except DetectError:
            if path.is_dir() and depth > 0:
                found.extend(_detected(path, depth - 1))
    return found


def _source_crs(path: Path) -> str:
    """CRS of projected point lists: named in the file or folder name (``utm38n`` -> EPSG:32638), else WGS 84."""
    match = re.search(r"utm(\d{2})([ns])", str(path).lower())
    if match:
        return f"EPSG:{(32600 if match.group(2) == 'n' else 32700) + int(match.group(1))}"
    return "EPSG:4326"


def _summary(name: str, counts) -> List[str]:
    line = f"{name}: " + ", ".join(f"{layer} {count}" for layer, count in sorted(counts.by_layer.items()))
    lines = [line]
    for reason, count in sorted(counts.reasons.items()):
        lines.append(f"    rejected {reason}: {count}")
    return lines


def _add_sample_tasks(sample_dir: Path, register: Path) -> int:
    """Copy the tasks of the sample's canonical register.gpkg into ``register`` when it has none."""
    from qgis.core import QgsVectorLayer

    from mineaction_qgis.core.common import model
    from mineaction_qgis.core.imsma.records import ObjectRecord
    from mineaction_qgis.core.imsma.writer import RegisterWriter

    ours = QgsVectorLayer(f"{register}|layername={model.TASKS}", model.TASKS, "ogr")
    if ours.isValid() and ours.featureCount() > 0:
        return 0
    source = QgsVectorLayer(f"{sample_dir / 'register.gpkg'}|layername={model.TASKS}", model.TASKS, "ogr")
    if not source.isValid():
        return 0
    names = [name for name in model.TASK_LAYER.field_names() if name in source.fields().names()]
    with RegisterWriter(str(register), append=True) as writer:
        for feature in source.getFeatures():
            attributes = {name: feature[name] for name in names}
            writer.add(
                ObjectRecord(
                    model.TASKS,
                    attributes,
                    feature.geometry(),
                    attributes.get("source_file") or "register.gpkg",
                    str(feature.id()),
                )
            )
    return writer.counts.tasks


def run(state: Dict) -> List[str]:
    from scripts.qgis_env import start_qgis

    start_qgis()
    from mineaction_qgis.core.imsma.loader import load_files
    from mineaction_qgis.core.imsma.records import ReadOptions

    sample_dir = Path(state["sample_dir"])
    output_dir = Path(state["output_dir"])
    detected = _detected(sample_dir) if sample_dir.is_dir() else []
    if not detected:
        return [f"No IMSMA export found in {sample_dir} (run scripts/make_sample.py first)."]
    main: Optional[Tuple[Path, str]] = None
    for fmt in PREFERRED:
        main = main or next((item for item in detected if item[1] == fmt), None)
    output_dir.mkdir(parents=True, exist_ok=True)
    register = output_dir / "register.gpkg"
    result = load_files([str(main[0])], str(register), options=ReadOptions(source_crs=_source_crs(main[0])))
    state["register"] = register
    lines = [f"main register from {main[0].name} ({main[1]}) -> {register}"] + _summary(main[0].name, result.counts)
    if (sample_dir / "register.gpkg").is_file():
        tasks = _add_sample_tasks(sample_dir, register)
        if tasks:
            lines.append(f"    tasks added from the sample register: {tasks}")
    imports = output_dir / "imports"
    imports.mkdir(parents=True, exist_ok=True)
    state["imports"] = {}
    for path, fmt in detected:
        if path == main[0]:
            continue
        # One GeoPackage per export, named after its path: pointlist_dd.csv and .xlsx stay apart.
        name = re.sub(r"[^A-Za-z0-9]+", "_", str(path.relative_to(sample_dir)))
        target = imports / f"{name}.gpkg"
        other = load_files([str(path)], str(target), options=ReadOptions(source_crs=_source_crs(path)))
        state["imports"][path.name] = target
        lines.extend(_summary(f"{path.relative_to(sample_dir)} ({fmt})", other.counts))
    return lines
