"""Benchmark: every validation rule on a national-size register, against QGIS's own pair of checks.

``prepare`` builds the synthetic register with its deliberate faults (invalid, empty and
degenerate polygons, overlaps, duplicates... about 4 % of the hazards). ``ours`` runs
``mineaction:validatehazards`` with all rules, governorate boundaries and the HTML
report, writing its issue GeoPackage. The peer runs what QGIS offers for the same job,
``qgis:checkvalidity`` (GEOS) followed by ``native:intersection`` of the layer with itself,
which find only validity errors and overlaps, writing GeoPackages too (the intersection
runs on checkvalidity's valid output: on the raw register it aborts at the first invalid polygon).
Targets: ratio ours/peer ≤ 1.0 at both sizes, and 50,000 hazards in at most 6× the
time of 10,000 (compare the two rows).
"""

from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register
from scripts.qgis_env import processing_context


def prepare(size: int, workdir: Path) -> Prepared:
    info = synthetic_register(size, workdir)
    return {
        "hazards": f"{info.gpkg}|layername=hazards",
        "governorates": f"{info.gpkg}|layername=governorates",
        "faults": len(info.errors),
    }


def ours(prepared: Prepared, scratch: Path) -> None:
    """The algorithm itself (not only the engine): read, all rules, issue layer, report."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    from mineaction_qgis.processing.validate_hazards import ValidateHazardsAlgorithm

    algorithm = ValidateHazardsAlgorithm().create()
    results, ok = algorithm.run(
        {
            "INPUT": prepared["hazards"],
            "BOUNDARIES": prepared["governorates"],
            "OUTPUT": str(scratch / "issues.gpkg"),
            "REPORT": str(scratch / "report.html"),
        },
        processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),
        QgsProcessingFeedback(),
    )
    if not ok or results["CHECKED_COUNT"] <= 0:
        raise RuntimeError(f"validatehazards failed: {results}")


def peer(prepared: Prepared, scratch: Path) -> None:
    """QGIS's own: validity (GEOS), then the valid features intersected with themselves.

    ``native:intersection`` stops at the first invalid polygon (GEOS TopologyException), so,
    as a user must, the peer intersects the valid output of ``qgis:checkvalidity``.
    """
    from scripts.qgis_env import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    processing.run(
        "qgis:checkvalidity",
        {
            "INPUT_LAYER": prepared["hazards"],
            "METHOD": 2,
            "IGNORE_RING_SELF_INTERSECTION": False,
            "VALID_OUTPUT": str(scratch / "valid.gpkg"),
            "INVALID_OUTPUT": str(scratch / "invalid.gpkg"),
            "ERROR_OUTPUT": str(scratch / "errors.gpkg"),
        },
        context=processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),
        feedback=QgsProcessingFeedback(),
    )
    valid = str(scratch / "valid.gpkg")  # GEOS aborts the intersection on the first invalid polygon
    processing.run(
        "native:intersection",
        {
            "INPUT": valid,
            "OVERLAY": valid,
            "OUTPUT": str(scratch / "overlaps.gpkg"),
        },
        context=processing_context(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck),
        feedback=QgsProcessingFeedback(),
    )


CASES = [
    Case(
        name="validatehazards",
        peer_name="qgis:checkvalidity + native:intersection",
        sizes=[10_000, 50_000],
        prepare=prepare,
        ours=ours,
        peer=peer,
        target="ratio <= 1.0; 50,000 <= 6 x 10,000",
        quick_sizes=[2_000],
    )
]
