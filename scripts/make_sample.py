"""Build the bundled sample register in resources/sample/ and docs/sample-errors.md.

The sample is the synthetic register of benchmarks/synthetic.py (300 hazards,
seed SAMPLE_SEED, with deliberate faults), written as the canonical GeoPackage and
in every IMSMA export format whose writer exists in benchmarks/writers/. Running
the script twice gives the same files: the generator is deterministic and GDAL's
timestamps are pinned.

Usage: .venv/bin/python scripts/make_sample.py [output folder] [errors document]
"""

import importlib
import json
import re
import shutil
import struct
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.qgis_env import ROOT, start_qgis
from scripts.sample_docs import errors_markdown, export_notes, readme_markdown

SAMPLE_SEED = 11
HAZARDS = 300
PINNED_DATE = "2025-01-01T00:00:00.000Z"


class Export:
    """One output of the sample: a file (or folder) and how to write it."""

    def __init__(self, name: str, label: str, module: str, function: str, call: Callable) -> None:
        self.name, self.label, self.module, self.function, self.call = name, label, module, function, call
        self.status = "not built"
        self.faults: List[dict] = []
        self.notes: List[str] = []
        self.source_crs: Optional[str] = None


def exports() -> List[Export]:
    """Every IMSMA format of the sample, with the writer that produces it (written by other modules)."""
    return [
        Export(
            "imsma_ng.xml",
            "IMSMA NG maXML (FieldReports)",
            "benchmarks.writers.maxml",
            "write_maxml",
            lambda f, reg, out: f(reg, out, seed=1, faults=True),
        ),
        Export(
            "pointlist_dd.csv",
            "IMSMA point list, CSV, WGS 84 decimal degrees",
            "benchmarks.writers.pointlist",
            "write_pointlist",
            lambda f, reg, out: f(reg, out, crs="EPSG:4326", notation="dd", bearing_share=0.3, seed=1, faults=True),
        ),
        Export(
            "pointlist_dd.xlsx",
            "IMSMA point list, Excel, WGS 84 decimal degrees",
            "benchmarks.writers.pointlist",
            "write_pointlist",
            lambda f, reg, out: f(reg, out, crs="EPSG:4326", notation="dd", bearing_share=0.3, seed=2, faults=True),
        ),
        Export(
            "utm38n/pointlist_utm38n.csv",
            "IMSMA point list, CSV, WGS 84 / UTM 38N (import with EPSG:32638)",
            "benchmarks.writers.pointlist",
            "write_pointlist",
            lambda f, reg, out: f(reg, out, crs="EPSG:32638", notation="utm", bearing_share=0.3, seed=3, faults=True),
        ),
        Export(
            "imsma_ng.gdb",
            "IMSMA NG file geodatabase",
            "benchmarks.writers.gis",
            "write_ng_fgdb",
            lambda f, reg, out: f(reg, out.parent),
        ),
        Export(
            "imsma_staging.gpkg",
            "IMSMA staging-area views (GeoPackage)",
            "benchmarks.writers.gis",
            "write_staging_gpkg",
            lambda f, reg, out: f(reg, out),
        ),
        Export(
            "imsma_core.geojson",
            "IMSMA Core feature service export (GeoJSON)",
            "benchmarks.writers.gis",
            "write_core_geojson",
            lambda f, reg, out: f(reg, out),
        ),
        Export(
            "shapefiles",
            "Shapefiles in WGS 84 / UTM 38N",
            "benchmarks.writers.gis",
            "write_shapefiles",
            lambda f, reg, out: f(reg, out),
        ),
    ]


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _writer(module: str, function: str) -> Optional[Callable]:
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError):
        return None


def _pin_dbf_dates(folder: Path) -> None:
    """Shapefile .dbf headers carry the day they were written (bytes 1-3): pin them to 2025-01-01."""
    for dbf in folder.rglob("*.dbf"):
        with open(dbf, "r+b") as handle:
            handle.seek(1)
            handle.write(struct.pack("BBB", 125, 1, 1))


def _pin_xlsx_dates(folder: Path) -> None:
    """Excel files carry their creation time (docProps/core.xml and the zip entries): pin them to 2025-01-01."""
    for path in folder.rglob("*.xlsx"):
        with zipfile.ZipFile(path) as source:
            entries = [(info, source.read(info.filename)) for info in source.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for info, data in entries:
                if info.filename == "docProps/core.xml":
                    data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data)
                target.writestr(
                    zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED
                )


def _geojson_layer(gpkg: Path, layer: str, out: Path) -> None:
    from osgeo import gdal

    options = gdal.VectorTranslateOptions(
        format="GeoJSON", layers=[layer], layerCreationOptions=["RFC7946=YES", "WRITE_NAME=NO"]
    )
    if gdal.VectorTranslate(str(out), str(gpkg), options=options) is None:
        raise RuntimeError(f"cannot write {out}")


def build_sample(out_dir: Path, errors_doc: Path) -> List[Export]:
    """Write the sample into ``out_dir`` and the error list into ``errors_doc``; returns the exports and their
    status."""
    start_qgis()
    from osgeo import gdal

    from benchmarks.synthetic import build_register

    gdal.SetConfigOption("OGR_CURRENT_DATE", PINNED_DATE)
    gdal.SetConfigOption(
        "OPENFILEGDB_REPRODUCIBLE_UUID", "YES"
    )  # GDAL otherwise gives the geodatabase's items random UUIDs
    out_dir.mkdir(parents=True, exist_ok=True)
    items = exports()
    for name in [
        "register.gpkg",
        "register_errors.json",
        "governorates.geojson",
        "tasks.geojson",
        "sample.json",
        "README.md",
    ] + [e.name for e in items]:
        _remove(out_dir / name)
    _remove(out_dir / "utm38n")
    with tempfile.TemporaryDirectory() as tmp:
        info = build_register(Path(tmp), HAZARDS, seed=SAMPLE_SEED, errors=True)
        register = out_dir / "register.gpkg"
        shutil.copyfile(info.gpkg, register)
    (out_dir / "register_errors.json").write_text(
        json.dumps(info.errors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    _geojson_layer(register, "governorates", out_dir / "governorates.geojson")
    _geojson_layer(register, "tasks", out_dir / "tasks.geojson")
    for item in items:
        function = _writer(item.module, item.function)
        if function is None:
            item.status = f"not built: {item.module}.{item.function} is not available"
            continue
        target = out_dir / item.name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            result = item.call(function, register, target)
        except Exception as error:  # one broken writer must not stop the others
            item.status = f"failed: {type(error).__name__}: {error}"
            _remove(target)
            continue
        item.status = "built"
        if isinstance(result, dict):
            item.faults = list(result.get("faults", []))
            item.source_crs = result.get("source_crs")
        elif item.module == "benchmarks.writers.gis":
            item.faults = importlib.import_module(item.module).expected_rejections(target)
        item.notes = export_notes(item.name, info.errors)
    _pin_dbf_dates(out_dir)
    _pin_xlsx_dates(out_dir)
    built = [e for e in items if e.status == "built"]
    manifest = {
        "generator": "benchmarks/synthetic.py",
        "hazards": HAZARDS,
        "seed": SAMPLE_SEED,
        "pointlist_crs": "EPSG:4326",
        "counts": info.counts,
        "fictional": True,
        "boundaries": "illustrative, not official",
        "files": {
            e.name: dict(
                {"format": e.label, "loader_faults": len(e.faults)},
                **({"source_crs": e.source_crs} if e.source_crs else {}),
            )
            for e in built
        },
    }
    (out_dir / "sample.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "README.md").write_text(readme_markdown(info.counts, built, HAZARDS, SAMPLE_SEED), encoding="utf-8")
    errors_doc.parent.mkdir(parents=True, exist_ok=True)
    errors_doc.write_text(errors_markdown(info.errors, built, HAZARDS, SAMPLE_SEED), encoding="utf-8")
    return items


def main(argv: List[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "sample"
    errors_doc = Path(argv[2]) if len(argv) > 2 else ROOT / "docs" / "sample-errors.md"
    items = build_sample(out_dir.resolve(), errors_doc.resolve())
    print(f"Sample register in {out_dir}:")
    for item in items:
        print(f"  {item.name}: {item.status}" + (f" ({len(item.faults)} loader-level faults)" if item.faults else ""))
    print(f"Deliberate errors documented in {errors_doc}")
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    import os

    os._exit(code)  # skip QGIS teardown, which can crash at exit after Processing was initialised
