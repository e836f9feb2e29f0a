"""Benchmark: a 200-page hazard atlas at 150 dpi against QGIS's own atlas export of a bare layout.

``prepare`` builds the synthetic register (200 hazards, with its deliberate faults, so a
few pages are "no / invalid geometry" pages). ``ours`` runs ``mineaction:atlas`` with
everything on the page: land-release symbology, releases, overview map, legend, scale
bar, grid, turning-point table and attribute block, into one PDF. The peer builds a bare
print layout (one atlas-driven map of the hazards and a title label) in a project and
runs ``native:atlaslayouttopdf`` over the same coverage at the same resolution; it
gets the valid hazards only, since QGIS's atlas has no page for a feature without
geometry. Target: ratio ours/peer ≤ 2.0.
"""

from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register

DPI = 150


def prepare(size: int, workdir: Path) -> Prepared:
    info = synthetic_register(size, workdir)
    return {"gpkg": str(info.gpkg), "hazards": f"{info.gpkg}|layername=hazards", "size": size}


def ours(prepared: Prepared, scratch: Path) -> None:
    from scripts.qgis_env import start_qgis

    start_qgis()
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from mineaction_qgis.processing.atlas import AtlasAlgorithm

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = AtlasAlgorithm().create().run({
        "COVERAGE": prepared["hazards"],
        "RELEASES": f"{prepared['gpkg']}|layername=activities",
        "DPI": DPI,
        "OUTPUT": str(scratch / "atlas.pdf"),
    }, context, QgsProcessingFeedback())
    if not ok or results["PAGES"] != prepared["size"]:
        raise RuntimeError(f"atlas wrote {results['PAGES']} pages for {prepared['size']} hazards")


def peer(prepared: Prepared, scratch: Path) -> None:
    from scripts.qgis_env import run, start_qgis

    start_qgis()
    from qgis.core import (
        QgsFeatureRequest,
        QgsLayoutItemLabel,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsUnitTypes,
        QgsVectorLayer,
    )

    project = QgsProject.instance()
    source = QgsVectorLayer(prepared["hazards"], "hazards", "ogr")
    # QGIS's atlas aborts on nothing, but draws nothing sensible for broken geometry: valid ones only.
    hazards = source.materialize(QgsFeatureRequest().setFilterExpression("is_valid($geometry)"))
    project.addMapLayer(hazards)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("bare")
    mm = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    title = QgsLayoutItemLabel(layout)
    title.setText('[% "hazard_id" %]')
    layout.addLayoutItem(title)
    title.attemptMove(QgsLayoutPoint(10, 5, mm))
    title.attemptResize(QgsLayoutSize(200, 10, mm))
    main = QgsLayoutItemMap(layout)
    layout.addLayoutItem(main)
    main.attemptMove(QgsLayoutPoint(10, 20, mm))
    main.attemptResize(QgsLayoutSize(277, 180, mm))
    main.setLayers([hazards])
    main.setAtlasDriven(True)
    main.setAtlasMargin(0.25)
    layout.atlas().setCoverageLayer(hazards)
    layout.atlas().setEnabled(True)
    project.layoutManager().addLayout(layout)
    run("native:atlaslayouttopdf", {"LAYOUT": "bare", "DPI": DPI, "OUTPUT": str(scratch / "bare.pdf")})


CASES = [
    Case(
        name="atlas",
        peer_name="native:atlaslayouttopdf (bare layout: map + title)",
        sizes=[200],
        prepare=prepare,
        ours=ours,
        peer=peer,
        target="ratio <= 2.0",
        quick_sizes=[20],
    )
]
