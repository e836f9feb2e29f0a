"""Build dist/mineaction_qgis.zip for QGIS's "Install from ZIP".

One top-level folder ``mineaction_qgis/`` holding the code, metadata.txt, LICENSE,
compiled .qm translations and resources/; no caches, no .ts sources.
"""

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "mineaction_qgis"
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


def _files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not SKIP_PARTS.intersection(path.parts) and path.suffix not in SKIP_SUFFIXES:
            yield path


def build(output: Path) -> Path:
    qms = sorted((ROOT / "i18n").glob("*.qm"))
    if not qms:
        sys.exit("No compiled translations in i18n/: run 'make translations-compile' first.")
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in _files(ROOT / PLUGIN):
            archive.write(path, path.relative_to(ROOT).as_posix())
        for name in ("metadata.txt", "LICENSE"):
            archive.write(ROOT / name, f"{PLUGIN}/{name}")
        for qm in qms:
            archive.write(qm, f"{PLUGIN}/i18n/{qm.name}")
        for path in _files(ROOT / "resources"):
            archive.write(path, f"{PLUGIN}/{path.relative_to(ROOT).as_posix()}")
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"{PLUGIN}.zip"
    print(build(target))
