"""Inputs are never modified: every kind of input, read by every algorithm, is byte for byte as it was
afterwards, with the same modification time and no new file beside it (``-wal``, ``-shm``, ``.qix``...).

The GeoPackages are in WAL mode, as a file copied while QGIS had it open is: QGIS, reading such a file
in place, turns it back to a rollback journal when it closes it (the control test below shows it), so
every GeoPackage, shapefile, GeoJSON and geodatabase is read from a temporary copy. One GeoPackage is
also held open by another program with changes still in its ``-wal`` file. The last test reads inputs
from a folder the user cannot write, as another user (``setpriv``; tests run as root).
"""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from benchmarks.writers import gis
from tests.conftest import ROOT
from tests.imsma_fixtures import build_register

NOBODY = 65534


def snapshot(folder: Path) -> dict:
    """Relative path -> (sha256, mtime) of every file under ``folder``."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found[str(path.relative_to(folder))] = (hashlib.sha256(data).hexdigest(), path.stat().st_mtime_ns)
    return found


def wal_mode(gpkg: Path) -> Path:
    """``gpkg`` switched to WAL mode (left in its header), as a file copied while open in QGIS."""
    connection = sqlite3.connect(str(gpkg))
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()
    assert gpkg.read_bytes()[18:20] == b"\x02\x02"
    return gpkg


@pytest.fixture
def inputs(tmp_path) -> Path:
    """One input of every kind in ``tmp_path/in``."""
    from tests.atlas_data import write_register
    from tests.corpus.fuzz import seeds

    folder = tmp_path / "in"
    folder.mkdir()
    cuts = seeds()
    for name in ("maxml.xml", "pointlist.csv", "pointlist.xlsx", "core.geojson"):
        (folder / name).write_bytes(cuts[name])
    register = build_register(tmp_path)
    wal_mode(gis.write_staging_gpkg(register, folder / "staging.gpkg"))
    wal_mode(gis.write_staging_gpkg(register, folder / "held.gpkg"))
    gis.write_shapefiles(register, folder / "shapefiles")
    gis.write_ng_fgdb(register, folder)
    shutil.copyfile(ROOT / "resources" / "sample" / "tasks.geojson", folder / "tasks.geojson")
    atlas = write_register(tmp_path / "atlas")
    for name in ("register.gpkg", "before.gpkg"):
        shutil.copyfile(atlas["register"], folder / name)
        wal_mode(folder / name)
    return folder


def test_qgis_reading_a_geopackage_in_place_changes_it(tmp_path, inputs):
    """The control: without a copy, opening the register in QGIS and closing it rewrites its header."""
    path = tmp_path / "control.gpkg"
    shutil.copyfile(inputs / "register.gpkg", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    layer = QgsVectorLayer(f"{path}|layername=hazards", "hazards", "ogr")
    assert layer.featureCount() > 0
    del layer
    assert hashlib.sha256(path.read_bytes()).hexdigest() != before


def test_no_algorithm_modifies_any_input(tmp_path, inputs, run_alg):
    out = tmp_path / "out"
    out.mkdir()
    holder = sqlite3.connect(str(inputs / "held.gpkg"))  # another program has it open, an edit only in its -wal
    holder.execute('DELETE FROM "HAZARD_POLYGON_VIEW" WHERE fid = 1')
    holder.commit()
    assert (inputs / "held.gpkg-wal").stat().st_size > 0
    before = snapshot(inputs)
    for name in ("maxml.xml", "pointlist.csv", "pointlist.xlsx", "core.geojson", "staging.gpkg", "held.gpkg"):
        run_alg("mineaction:importimsma", {"INPUT": str(inputs / name), "OUTPUT": str(out / f"{name}.gpkg")})
    for name in ("shapefiles", "imsma_ng.gdb"):
        run_alg("mineaction:importimsma", {"INPUT_FOLDER": str(inputs / name), "OUTPUT": str(out / f"{name}.gpkg")})
    held = QgsVectorLayer(f"{out / 'held.gpkg.gpkg'}|layername=hazards", "h", "ogr").featureCount()
    staging = QgsVectorLayer(f"{out / 'staging.gpkg.gpkg'}|layername=hazards", "h", "ogr").featureCount()
    assert 0 < held < staging, "the edit only in the -wal file is read"
    run_alg("mineaction:importimsma", {"INPUT": str(inputs / "tasks.geojson"), "OUTPUT": str(out / "tasks.gpkg")})

    register = inputs / "register.gpkg"
    hazards, activities = f"{register}|layername=hazards", f"{register}|layername=activities"
    run_alg("mineaction:validatehazards", {"INPUT": hazards, "OUTPUT": str(out / "issues.gpkg")})
    run_alg("mineaction:fixhazards", {"INPUT": hazards, "OUTPUT": str(out / "fixed.shp"), "LOG": str(out / "l.csv")})
    run_alg(
        "mineaction:clearancegaps",
        {"HAZARDS": hazards, "RELEASES": activities, "OUTPUT": str(out / "gaps.geojson")},
    )
    run_alg(
        "mineaction:taskoverlaps",
        {"TASKS": str(inputs / "tasks.geojson"), "HAZARDS": hazards, "OUTPUT": str(out / "overlaps.gpkg")},
    )
    run_alg("mineaction:atlas", {"COVERAGE": hazards, "DPI": 72, "OUTPUT": str(out / "atlas.pdf")})
    run_alg(
        "mineaction:registerchanges",
        {
            "BEFORE": str(inputs / "before.gpkg"),
            "AFTER": str(out / "staging.gpkg.gpkg"),
            "GEOMETRIES": "memory:",
            "ATTRIBUTES": "memory:",
        },
    )
    after = snapshot(inputs)
    holder.close()
    assert sorted(after) == sorted(before), "no file added beside an input, none removed"
    assert [name for name in before if after[name] != before[name]] == []
    assert (out / "atlas.pdf").read_bytes().startswith(b"%PDF")


def test_inputs_in_a_folder_the_user_cannot_write_are_read(inputs):
    """A USB stick or a share mounted read-only: the import reads a WAL-mode GeoPackage, shapefiles, a
    GeoJSON and a geodatabase from it, as a user who may not write there, and leaves them as they were."""
    base = Path(tempfile.mkdtemp(prefix="mineaction-readonly-"))  # pytest's own folders are closed to others
    try:
        base.chmod(0o755)
        folder = base / "in"
        shutil.copytree(inputs, folder)
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        for name in ("out", "home"):
            (base / name).mkdir(mode=0o700)
            os.chown(base / name, NOBODY, NOBODY)
        before = snapshot(folder)
        script = (
            "import sys; sys.path.insert(0, sys.argv[1])\n"
            "from qgis.core import QgsApplication\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "from mineaction_qgis.core.imsma.loader import load_files\n"
            "for name in sys.argv[3:]:\n"
            "    result = load_files([f'{sys.argv[2]}/in/{name}'], f'{sys.argv[2]}/out/{name}.gpkg')\n"
            "    print(name, result.counts.hazards, flush=True)\n"
        )
        names = ["staging.gpkg", "shapefiles", "core.geojson", "imsma_ng.gdb"]
        home = str(base / "home")
        run = subprocess.run(
            ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable, "-c", script]
            + [str(ROOT), str(base), *names],
            env=dict(os.environ, HOME=home, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=home),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        lines = [line.split() for line in run.stdout.splitlines()]
        loaded = {words[0]: words[1] for words in lines if len(words) == 2 and words[0] in names}
        assert sorted(loaded) == sorted(names) and all(int(count) > 0 for count in loaded.values()), loaded
        assert snapshot(folder) == before
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_checking_parameters_as_qgis_process_does_never_opens_a_file(inputs, provider):
    """``qgis_process`` checks each parameter with a context before the run; QGIS's own check of a layer
    parameter loads the file, which the plugin's layer parameters never do."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingParameterFeatureSource

    before = snapshot(inputs)
    hazards = f"{inputs / 'register.gpkg'}|layername=hazards"
    for name in ("validatehazards", "fixhazards", "clearancegaps", "taskoverlaps", "atlas"):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"mineaction:{name}")
        context = QgsProcessingContext()
        for definition in algorithm.parameterDefinitions():
            if definition.type() == "source":
                assert definition.checkValueIsAcceptable(hazards, context), (name, definition.name())
        assert context.temporaryLayerStore().count() == 0, name
        del context
    plain = QgsProcessingParameterFeatureSource("INPUT", "Hazards")
    context = QgsProcessingContext()
    assert plain.checkValueIsAcceptable(hazards, context) and context.temporaryLayerStore().count() == 1
    del context
    assert snapshot(inputs) != before, "the control: QGIS's own check opened the register and changed it"


def test_a_named_pipe_given_as_a_layer_is_refused_without_waiting(tmp_path, run_alg, provider):
    """Opening a named pipe waits for a writer that never comes: the check and the run refuse it at once."""
    import signal

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

    pipe = tmp_path / "hazards.gpkg"
    os.mkfifo(pipe)

    def hang(signum, frame):
        raise TimeoutError("waited on the named pipe")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("mineaction:validatehazards")
        assert not algorithm.parameterDefinition("INPUT").checkValueIsAcceptable(str(pipe), QgsProcessingContext())
        with pytest.raises(QgsProcessingException, match="named pipe"):
            run_alg("mineaction:validatehazards", {"INPUT": str(pipe), "OUTPUT": str(tmp_path / "issues.gpkg")})
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert not (tmp_path / "issues.gpkg").exists()
