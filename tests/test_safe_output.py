"""Nothing destroyed: outputs are replaced only by a run that succeeds, never an input by its output.

Each algorithm that writes a GeoPackage, a PDF or a report is run against an existing output
that must survive a failed or cancelled run, byte for byte.
"""

import hashlib
import os
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from benchmarks.writers import gis
from mineaction_qgis.core.common.safe_output import AtomicFile, OutputError, refuse_same_file, same_file
from tests.imsma_fixtures import HAZARD_COUNT, build_register, maxml_document, maxml_form, maxml_points


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def count(gpkg: Path, layer: str) -> int:
    return QgsVectorLayer(f"{gpkg}|layername={layer}", layer, "ogr").featureCount()


def leftovers(folder: Path) -> list:
    return [name for name in os.listdir(folder) if ".partial-" in name]


class CancelAfter(QgsProcessingFeedback):
    """Cancels itself once progress passes ``threshold`` percent (a user pressing Cancel mid-run)."""

    def __init__(self, threshold: float = 0.0):
        super().__init__()
        self.progressChanged.connect(lambda value: self.cancel() if value >= threshold else None)


@pytest.fixture
def register(tmp_path) -> Path:
    return build_register(tmp_path)


@pytest.fixture
def good_register(tmp_path, register, run_alg) -> Path:
    """An existing canonical register made by a successful import."""
    staging = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    out = tmp_path / "good.gpkg"
    run_alg("mineaction:importimsma", {"INPUT": str(staging), "OUTPUT": str(out)})
    assert count(out, "hazards") == HAZARD_COUNT
    return out


def test_atomic_file_replaces_on_success_only(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with AtomicFile(str(target)) as temp:
            temp.write_text("half")
            raise RuntimeError("failed half-way")
    assert target.read_text() == "old" and not leftovers(tmp_path)
    feedback = QgsProcessingFeedback()
    with AtomicFile(str(target), feedback) as temp:
        temp.write_text("cancelled")
        feedback.cancel()
    assert target.read_text() == "old" and not leftovers(tmp_path)
    with AtomicFile(str(target)) as temp:
        assert temp.name == "report.html" and temp.parent != tmp_path
        temp.write_text("new")
    assert target.read_text() == "new" and not leftovers(tmp_path)


def test_same_file_resolves_links_and_layer_suffixes(tmp_path):
    real = tmp_path / "staging.gpkg"
    real.write_bytes(b"x")
    link = tmp_path / "link.gpkg"
    link.symlink_to(real)
    assert same_file(str(link), f"{real}|layername=HAZARD")
    assert same_file(str(tmp_path / "sub" / ".." / "staging.gpkg"), str(real))
    assert not same_file(str(tmp_path / "other.gpkg"), str(real))
    with pytest.raises(OutputError, match="input file itself"):
        refuse_same_file(str(link), [str(real)])


def test_output_equal_to_input_is_refused_and_the_input_kept(tmp_path, register, run_alg):
    staging = gis.write_staging_gpkg(register, tmp_path / "staging.gpkg")
    link = tmp_path / "alias.gpkg"
    link.symlink_to(staging)
    before = digest(staging)
    for output in (str(staging), str(link)):
        with pytest.raises(QgsProcessingException, match="input file itself"):
            run_alg("mineaction:importimsma", {"INPUT": str(staging), "OUTPUT": output})
    with pytest.raises(QgsProcessingException, match="input file itself"):
        run_alg(
            "mineaction:importimsma", {"INPUT_URI": f"{staging}|layername=HAZARD_POLYGON_VIEW", "OUTPUT": str(link)}
        )
    assert digest(staging) == before


def test_truncated_maxml_into_an_existing_register_leaves_it_intact(tmp_path, good_register, run_alg):
    ring = [(44.0, 36.0), (44.01, 36.0), (44.01, 36.01), (44.0, 36.01)]
    forms = [
        maxml_form("Hazard", f"<hazard_localid>Land-{n}</hazard_localid>", maxml_points(ring)) for n in range(1, 40)
    ]
    text = maxml_document(forms)
    truncated = tmp_path / "truncated.xml"
    truncated.write_text(text[: len(text) * 2 // 3])
    before = digest(good_register)
    with pytest.raises(QgsProcessingException, match="cut off"):
        run_alg("mineaction:importimsma", {"INPUT": str(truncated), "APPEND": False, "OUTPUT": str(good_register)})
    assert digest(good_register) == before and count(good_register, "hazards") == HAZARD_COUNT
    assert not leftovers(tmp_path)


def test_cancelled_import_leaves_the_old_register(tmp_path, register, good_register, run_alg):
    source = gis.write_core_geojson(register, tmp_path / "core.geojson")
    before = digest(good_register)
    for append in (False, True):
        feedback = CancelAfter(0.0)
        feedback.cancel()
        results = run_alg(
            "mineaction:importimsma",
            {"INPUT": str(source), "APPEND": append, "OUTPUT": str(good_register)},
            feedback=feedback,
        )
        assert results["HAZARD_COUNT"] == 0
        assert digest(good_register) == before
    assert not leftovers(tmp_path)


def test_append_succeeds_through_the_temporary_copy(tmp_path, register, good_register, run_alg):
    source = gis.write_core_geojson(register, tmp_path / "core.geojson")
    run_alg("mineaction:importimsma", {"INPUT": str(source), "APPEND": True, "OUTPUT": str(good_register)})
    assert count(good_register, "hazards") == 2 * HAZARD_COUNT
    assert not leftovers(tmp_path)


def test_named_pipe_as_input_is_refused_without_waiting(tmp_path, run_alg):
    pipe = tmp_path / "export.csv"
    os.mkfifo(pipe)
    with pytest.raises(QgsProcessingException, match="named pipe"):
        run_alg("mineaction:importimsma", {"INPUT": str(pipe), "OUTPUT": str(tmp_path / "out.gpkg")})
    assert not (tmp_path / "out.gpkg").exists()


# --- the other algorithms: a GeoPackage, a report or a PDF is replaced only by a complete run --------


def test_validation_output_and_report_replaced_on_success_and_refused_over_the_input(tmp_path, run_alg):
    from tests.validation_data import clean_rows, write_hazards

    uri = write_hazards(tmp_path / "register.gpkg", clean_rows())
    issues, report = tmp_path / "issues.gpkg", tmp_path / "report.html"
    issues.write_bytes(b"old issues")
    report.write_text("old report")
    results = run_alg("mineaction:validatehazards", {"INPUT": uri, "OUTPUT": str(issues), "REPORT": str(report)})
    assert results["OUTPUT"].startswith(str(issues)) and QgsVectorLayer(results["OUTPUT"], "i", "ogr").isValid()
    assert "old report" not in report.read_text() and not leftovers(tmp_path)
    before = digest(tmp_path / "register.gpkg")
    with pytest.raises(QgsProcessingException, match="input file itself"):
        run_alg("mineaction:validatehazards", {"INPUT": uri, "OUTPUT": str(tmp_path / "register.gpkg")})
    assert digest(tmp_path / "register.gpkg") == before


def test_cancelled_fix_leaves_the_old_outputs(tmp_path, run_alg):
    from tests.validation_data import clean_rows, write_hazards

    uri = write_hazards(tmp_path / "register.gpkg", clean_rows())
    fixed, log = tmp_path / "fixed.gpkg", tmp_path / "log.gpkg"
    run_alg("mineaction:fixhazards", {"INPUT": uri, "OUTPUT": str(fixed), "LOG": str(log)})
    before = (digest(fixed), digest(log))
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    run_alg("mineaction:fixhazards", {"INPUT": uri, "OUTPUT": str(fixed), "LOG": str(log)}, feedback=feedback)
    assert (digest(fixed), digest(log)) == before and not leftovers(tmp_path)


def test_gaps_and_task_overlaps_write_through_a_temporary_file(tmp_path, run_alg):
    from tests import gaps_data as data

    gaps, report, overlaps = tmp_path / "gaps.gpkg", tmp_path / "gaps.html", tmp_path / "overlaps.gpkg"
    for path in (gaps, report, overlaps):
        path.write_bytes(b"old")
    run_alg(
        "mineaction:clearancegaps",
        {
            "HAZARDS": data.hazard_layer(data.UTM),
            "RELEASES": data.release_layer(data.UTM),
            "OUTPUT": str(gaps),
            "REPORT": str(report),
        },
    )
    run_alg("mineaction:taskoverlaps", {"TASKS": data.task_layer(data.UTM), "OUTPUT": str(overlaps)})
    assert QgsVectorLayer(str(gaps), "g", "ogr").featureCount() > 0
    assert QgsVectorLayer(str(overlaps), "o", "ogr").isValid()
    assert report.read_bytes() != b"old" and not leftovers(tmp_path)


def test_cancelled_atlas_leaves_the_earlier_pdf(tmp_path, run_alg):
    from mineaction_qgis.core.imsma.writer import layer_uri
    from tests.atlas_data import write_register

    register = write_register(tmp_path / "data")
    pdf = tmp_path / "atlas.pdf"
    pdf.write_bytes(b"%PDF-1.4 the earlier atlas")
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 20 else None)
    result = run_alg(
        "mineaction:atlas",
        {"COVERAGE": layer_uri(register["register"], "hazards"), "DPI": 72, "OUTPUT": str(pdf)},
        feedback=feedback,
    )
    assert feedback.isCanceled() and result["OUTPUT"] is None
    assert pdf.read_bytes() == b"%PDF-1.4 the earlier atlas" and not leftovers(tmp_path)


def test_append_keeps_what_is_only_in_the_write_ahead_log(tmp_path, register, good_register, run_alg):
    """A register open in QGIS may hold recent edits in its -wal file: the copy made for an append keeps them."""
    import sqlite3

    holder = sqlite3.connect(str(good_register))
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("DELETE FROM hazards WHERE fid = 1")  # an edit that lives in the -wal file only
    holder.commit()
    assert Path(f"{good_register}-wal").stat().st_size > 0
    source = gis.write_core_geojson(register, tmp_path / "core.geojson")
    run_alg("mineaction:importimsma", {"INPUT": str(source), "APPEND": True, "OUTPUT": str(good_register)})
    holder.close()
    assert count(good_register, "hazards") == 2 * HAZARD_COUNT - 1


@pytest.mark.parametrize("algorithm", ["validatehazards", "clearancegaps", "taskoverlaps"])
def test_a_run_cancelled_half_way_leaves_the_earlier_output(tmp_path, run_alg, algorithm):
    from tests import gaps_data as data
    from tests.validation_data import clean_rows, write_hazards

    output = tmp_path / "out.gpkg"
    output.write_bytes(b"the earlier output")
    parameters = {
        "validatehazards": {"INPUT": write_hazards(tmp_path / "register.gpkg", clean_rows())},
        "clearancegaps": {"HAZARDS": data.hazard_layer(data.UTM), "RELEASES": data.release_layer(data.UTM)},
        "taskoverlaps": {"TASKS": data.task_layer(data.UTM), "HAZARDS": data.hazard_layer(data.UTM)},
    }[algorithm]
    feedback = CancelAfter(1.0)
    run_alg(f"mineaction:{algorithm}", dict(parameters, OUTPUT=str(output)), feedback=feedback)
    assert feedback.isCanceled()
    assert output.read_bytes() == b"the earlier output" and not leftovers(tmp_path)


def test_layers_added_to_the_staged_geopackage_survive_its_replacement(tmp_path, run_alg):
    """OUTSIDE written as ``ogr:`` into the OUTPUT GeoPackage goes into OUTPUT's temporary copy: written
    into the old file directly, it was lost when the finished copy replaced that file (the demo's gaps)."""
    from tests import gaps_data as data

    gaps = tmp_path / "gaps.gpkg"
    for _ in range(2):  # the second run replaces the first one's GeoPackage, both layers again
        results = run_alg(
            "mineaction:clearancegaps",
            {
                "HAZARDS": data.hazard_layer(data.UTM),
                "RELEASES": data.release_layer(data.UTM),
                "OUTPUT": str(gaps),
                "OUTSIDE": f"ogr:dbname='{gaps}' table=\"outside\" (geom)",
            },
        )
        assert count(gaps, "gaps") > 0
        outside = {f["activity_id"] for f in QgsVectorLayer(f"{gaps}|layername=outside", "o", "ogr").getFeatures()}
        assert set(data.EXPECTED_OUTSIDE) <= outside
        assert str(tmp_path) in results["OUTSIDE"] and ".partial-" not in results["OUTSIDE"]
        assert not leftovers(tmp_path)


def test_atomic_folder_replaces_its_files_on_success_only(tmp_path):
    """One PDF or GPX per hazard: the files of a failed or cancelled run never reach the folder."""
    from mineaction_qgis.core.common.safe_output import AtomicFolder

    target = tmp_path / "per-hazard"
    target.mkdir()
    (target / "HAZ-1.pdf").write_bytes(b"earlier")
    (target / "notes.txt").write_bytes(b"the officer's own file")
    with pytest.raises(RuntimeError):
        with AtomicFolder(str(target)) as temp:
            (temp / "HAZ-1.pdf").write_bytes(b"half")
            raise RuntimeError("the export failed")
    cancelled = QgsProcessingFeedback()
    with AtomicFolder(str(target), cancelled) as temp:
        (temp / "HAZ-1.pdf").write_bytes(b"half")
        cancelled.cancel()
    assert (target / "HAZ-1.pdf").read_bytes() == b"earlier" and not leftovers(tmp_path)
    with AtomicFolder(str(target)) as temp:
        (temp / "HAZ-1.pdf").write_bytes(b"new")
        (temp / "HAZ-2.pdf").write_bytes(b"new too")
    assert sorted(p.name for p in target.iterdir()) == ["HAZ-1.pdf", "HAZ-2.pdf", "notes.txt"]
    assert (target / "HAZ-1.pdf").read_bytes() == b"new" and (target / "notes.txt").read_bytes().startswith(b"the")
    assert not leftovers(tmp_path)


def test_atlas_per_hazard_pdfs_go_through_a_temporary_folder(tmp_path, run_alg):
    from mineaction_qgis.core.imsma.writer import layer_uri
    from tests.atlas_data import write_register

    register = write_register(tmp_path / "data")
    folder = tmp_path / "per-hazard"
    folder.mkdir()
    (folder / "notes.txt").write_bytes(b"kept")
    result = run_alg(
        "mineaction:atlas",
        {
            "COVERAGE": layer_uri(register["register"], "hazards"),
            "DPI": 72,
            "OUTPUT": str(tmp_path / "atlas.pdf"),
            "OUTPUT_FOLDER": str(folder),
        },
    )
    pdfs = sorted(folder.glob("*.pdf"))
    assert result["OUTPUT_FOLDER"] == str(folder) and pdfs
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs) and (folder / "notes.txt").read_bytes() == b"kept"
    assert not leftovers(tmp_path)


def test_a_report_or_pdf_over_an_input_is_refused_and_the_input_kept(tmp_path, run_alg):
    """Reports, PDFs and GPX files are outputs too: one named like an input file would have replaced it."""
    from mineaction_qgis.core.imsma.writer import layer_uri
    from tests.atlas_data import write_register

    register = write_register(tmp_path / "data")["register"]
    hazards = layer_uri(register, "hazards")
    before = digest(register)
    for algorithm, parameters in (
        ("validatehazards", {"INPUT": hazards, "OUTPUT": str(tmp_path / "issues.gpkg"), "REPORT": str(register)}),
        ("atlas", {"COVERAGE": hazards, "DPI": 72, "OUTPUT": str(register)}),
        ("atlas", {"COVERAGE": hazards, "DPI": 72, "OUTPUT": str(tmp_path / "a.pdf"), "OUTPUT_GPX": str(register)}),
    ):
        with pytest.raises(QgsProcessingException, match="input file itself"):
            run_alg(f"mineaction:{algorithm}", parameters)
    assert digest(register) == before and not leftovers(register.parent)
    assert not (tmp_path / "issues.gpkg").exists() and not (tmp_path / "a.pdf").exists(), "refused before writing"
