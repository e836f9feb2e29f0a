"""Benchmark: the hazard atlas at 150 dpi, continuation sheets included, beside QGIS's own export of it.

``prepare`` builds the synthetic register (with its deliberate faults, so a few pages
are "no / invalid geometry" pages; most hazards have more points than a first sheet
holds, so most hazards print continuation sheets), then builds the very layout
``mineaction:atlas`` builds and saves it with its layers in a project.

* ``atlas`` (target ratio <= 1.1): ``mineaction:atlas`` end to end (reading, tables,
  declination, layout, PDF) beside ``native:atlaslayouttopdf`` exporting that saved
  layout (reading the project and exporting). The ratio is our whole overhead over
  QGIS's drawing of the same pages.
* ``atlas_per_page`` (target ratio <= 1.0): the same run beside a budget of 0.1 s per
  printed sheet (the peer sleeps that long), i.e. at most 0.1 s per page.
* ``atlas_national``: a 2,000-hazard book, ours only; its peak MB beside the 200-hazard
  row's shows whether memory stays flat (QUICK=1 prints 50 hazards instead).
"""

import json
import time
from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register

DPI = 150
SECONDS_PER_PAGE = 0.1


def _parameters(prepared: Prepared, output: Path) -> dict:
    return {
        "COVERAGE": prepared["hazards"],
        "RELEASES": f"{prepared['gpkg']}|layername=activities",
        "DPI": DPI,
        "OUTPUT": str(output),
    }


def prepare(size: int, workdir: Path) -> Prepared:
    """The register, and a project holding the layout mineaction:atlas builds for it (with its page count)."""
    info = synthetic_register(size, workdir)
    prepared = {"gpkg": str(info.gpkg), "hazards": f"{info.gpkg}|layername=hazards", "size": size}
    project_file = workdir / f"atlas_{size}.qgz"
    pages_file = project_file.with_suffix(".pages.json")
    if not (project_file.exists() and pages_file.exists()):
        pages_file.write_text(json.dumps(_save_layout(prepared, project_file)), encoding="utf-8")
    prepared.update({"project": str(project_file), "pages": json.loads(pages_file.read_text(encoding="utf-8"))})
    return prepared


def _save_layout(prepared: Prepared, project_file: Path) -> int:
    """The book ``mineaction:atlas`` makes of the register (``make_book``, records sheets included), kept."""
    from qgis.core import QgsCoordinateTransformContext, QgsProject, QgsVectorLayer

    from mineaction_qgis.core.atlas.items_accidents import RecordSources
    from mineaction_qgis.core.atlas.layout import BookInputs, make_book

    project = QgsProject.instance()
    project.clear()
    names = ("hazards", "points", "activities", "governorates", "items", "spot_tasks", "accidents", "victims")
    layers = {name: QgsVectorLayer(f"{prepared['gpkg']}|layername={name}", name, "ogr") for name in names}
    given = {name: layer if layer.isValid() else None for name, layer in layers.items()}
    inputs = BookInputs(
        given["hazards"],
        "en",
        points=given["points"],
        releases=given["activities"],
        governorates=given["governorates"],
        keep_layers=project_file.with_suffix(".gpkg"),
        records=RecordSources(
            items=given["items"],
            spot_tasks=given["spot_tasks"],
            accidents=given["accidents"],
            victims=given["victims"],
        ),
    )
    book = make_book(project, inputs, QgsCoordinateTransformContext())
    book.layout.setName("same")
    project.layoutManager().addLayout(book.layout)
    if not project.write(str(project_file)):
        raise RuntimeError(f"cannot write {project_file}")
    return book.page_count


def ours(prepared: Prepared, scratch: Path) -> None:
    from scripts.qgis_env import run, start_qgis

    start_qgis()
    results = run("mineaction:atlas", _parameters(prepared, scratch / "atlas.pdf"))
    if results["PAGES"] != prepared["pages"]:
        raise RuntimeError(f"atlas wrote {results['PAGES']} pages, the saved layout has {prepared['pages']}")


def peer_same_layout(prepared: Prepared, scratch: Path) -> None:
    """``native:atlaslayouttopdf`` of the saved layout; text written as text, as mineaction:atlas does."""
    from scripts.qgis_env import run, start_qgis

    start_qgis()
    from qgis.core import QgsProject

    project = QgsProject.instance()
    if not project.read(prepared["project"]):
        raise RuntimeError(f"cannot read {prepared['project']}")
    parameters = {"LAYOUT": "same", "DPI": DPI, "TEXT_FORMAT": 1, "OUTPUT": str(scratch / "same.pdf")}
    run("native:atlaslayouttopdf", parameters)
    written = project.layoutManager().layoutByName("same").atlas().updateFeatures()
    if written != prepared["pages"]:
        raise RuntimeError(f"QGIS's atlas has {written} pages, mineaction:atlas {prepared['pages']}")


def peer_page_budget(prepared: Prepared, scratch: Path) -> None:
    """Not a program: the time budget of 0.1 s per printed page."""
    time.sleep(SECONDS_PER_PAGE * prepared["pages"])


CASES = [
    Case(
        name="atlas",
        peer_name="native:atlaslayouttopdf (the saved layout mineaction:atlas builds)",
        sizes=[200],
        prepare=prepare,
        ours=ours,
        peer=peer_same_layout,
        target="ratio <= 1.1",
        quick_sizes=[20],
    ),
    Case(
        name="atlas_per_page",
        peer_name="budget: 0.1 s per printed page",
        sizes=[200],
        prepare=prepare,
        ours=ours,
        peer=peer_page_budget,
        target="ratio <= 1.0",
        quick_sizes=[20],
    ),
    Case(
        name="atlas_national",
        peer_name="none (peak MB beside the 200-hazard rows)",
        sizes=[2000],
        prepare=prepare,
        ours=ours,
        peer=None,
        target="flat memory",
        quick_sizes=[50],
    ),
]
