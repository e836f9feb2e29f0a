"""Benchmark: clearance gap analysis on a national-size register, against ``native:difference``.

``prepare`` builds the synthetic register (about two activities per hazard: 10,000
hazards / ~20,000 releases and 50,000 / ~100,000, with the deliberate faults).
``ours`` runs ``mineaction:clearancegaps`` with every output: remaining land,
outside parts, summary table and the HTML report, written to GeoPackages. The peer
is ``native:difference`` of the hazards and activities layers (no precedence, no
per-type or per-year accounts, no outside parts, no checks), written to a
GeoPackage too, with invalid features skipped as a user must (Processing aborts on
them by default) — so both sides check every geometry's validity.
Target: ratio ours/peer ≤ 1.0 at both sizes.
"""

from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register
from scripts.qgis_env import processing_context


def prepare(size: int, workdir: Path) -> Prepared:
    info = synthetic_register(size, workdir)
    return {
        "hazards": f"{info.gpkg}|layername=hazards",
        "releases": f"{info.gpkg}|layername=activities",
        "activities": info.counts.get("activities", 0),
    }


def ours(prepared: Prepared, scratch: Path) -> None:
    """The algorithm itself: read, account, write the three layers and the report."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    from mineaction_qgis.processing.clearance_gaps import ClearanceGapsAlgorithm

    algorithm = ClearanceGapsAlgorithm().create()
    results, ok = algorithm.run(
        {
            "HAZARDS": prepared["hazards"],
            "RELEASES": prepared["releases"],
            "OUTPUT": str(scratch / "gaps.gpkg"),
            "OUTSIDE": str(scratch / "outside.gpkg"),
            "SUMMARY": str(scratch / "summary.gpkg"),
            "REPORT": str(scratch / "progress.html"),
        },
        processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),  # the algorithm checks and repairs itself
        QgsProcessingFeedback(),
    )
    if not ok or results["TOTAL_HAZARD_M2"] <= 0:
        raise RuntimeError(f"clearancegaps failed: {results}")


def peer(prepared: Prepared, scratch: Path) -> None:
    """QGIS's own: hazards minus every activity polygon, invalid features skipped."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    processing.run(
        "native:difference",
        {"INPUT": prepared["hazards"], "OVERLAY": prepared["releases"], "OUTPUT": str(scratch / "difference.gpkg")},
        context=processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid),
        feedback=QgsProcessingFeedback(),
    )


CASES = [
    Case(
        name="clearancegaps",
        peer_name="native:difference",
        sizes=[10_000, 50_000],
        prepare=prepare,
        ours=ours,
        peer=peer,
        target="ratio <= 1.0",
        quick_sizes=[2_000],
    )
]
