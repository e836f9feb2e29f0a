"""Build dist/mineaction_qgis.zip for QGIS's "Install from ZIP".

One top-level folder ``mineaction_qgis/`` holding the code, metadata.txt, LICENSE,
compiled .qm translations and resources/; no caches, no .ts sources. Pure-Python
libraries the plugin uses but QGIS does not ship (``VENDORED``: the World Magnetic Model's
``pygeomag``) are installed with pip into ``mineaction_qgis/vendor/`` of the zip, never
copied into the sources; without network the copy installed for the tests is taken.
"""

import importlib.util
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "mineaction_qgis"
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}
VENDORED = ("pygeomag",)


def _pinned(name: str) -> str:
    """The requirement of ``name`` as requirements-test.txt pins it."""
    for line in (ROOT / "requirements-test.txt").read_text(encoding="utf-8").splitlines():
        if line.split("#")[0].strip().lower().startswith(name):
            return line.split("#")[0].strip()
    return name


def _vendor(target: Path) -> None:
    """pip install the VENDORED libraries into ``target`` (or copy the installed ones when pip cannot)."""
    for name in VENDORED:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--no-compile",
                "--target",
                str(target),
                _pinned(name),
            ],
            capture_output=True,
            timeout=300,
        )
        if done.returncode == 0:
            continue
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            sys.exit(
                f"Cannot bundle {name}: pip failed ({done.stderr.decode(errors='replace').strip()}) "
                "and it is not installed here (pip install -r requirements-test.txt)."
            )
        source = Path(spec.origin).parent
        for path in _files(source):
            destination = target / name / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(path.read_bytes())


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
        with tempfile.TemporaryDirectory() as folder:
            _vendor(Path(folder))
            for path in _files(Path(folder)):
                archive.write(path, f"{PLUGIN}/vendor/{path.relative_to(folder).as_posix()}")
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"{PLUGIN}.zip"
    print(build(target))
