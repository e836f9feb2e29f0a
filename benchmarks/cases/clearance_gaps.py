"""Benchmark: clearance gap analysis on a national-size register, against ``native:difference``.

``prepare`` builds the synthetic register (about two activities per hazard: 10,000
hazards / ~20,000 releases and 100,000 / ~200,000, with the deliberate faults) and
writes it again with one hazard in ten re-surveyed as a second, overlapping hazard
(shifted by half its width, as real registers hold them), in WGS 84 and in WGS 84 /
UTM 38N (EPSG:32638), where many officers keep their registers. ``ours`` runs
``mineaction:clearancegaps`` with every output: remaining land, release findings,
re-releases, summary, splits, the Article 7 tables and the HTML report, written to
files; the totals count overlapping land once. The peer is ``native:difference`` of
the same hazards and activities layers (no precedence, no per-type or per-year
accounts, no findings, no checks, overlapping land counted twice), written to a
GeoPackage too, with invalid features skipped as a user must (Processing aborts on
them by default) — so both sides check every geometry's validity.
Target: ratio ours/peer ≤ 1.0 at both sizes and in both CRSs. The 100,000 size runs
only in the full ``make bench`` (not with QUICK=1).
"""

from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register
from scripts.qgis_env import processing_context

UTM38N = "EPSG:32638"
WGS84 = "EPSG:4326"
OVERLAP_EVERY = 10  # one hazard in ten has an overlapping re-survey
TWIN_FID = 10_000_000  # feature ids of the re-surveys, after every original one
COPY_FID = 1_000_000  # feature ids of the second (third...) copy of the register
COPY_SHIFT_DEG = 9.0  # the copies lie north of each other, apart (still valid in UTM 38N)
BASE_MAX = 50_000  # the largest register the synthetic world holds


def _write_register(source_gpkg: Path, target: Path, crs: str, copies: int = 1) -> None:
    """hazards (with overlapping re-surveys) and activities of ``source_gpkg`` in ``crs``, to ``target``.

    ``copies`` > 1 writes the register that many times, each copy shifted north by
    COPY_SHIFT_DEG with suffixed IDs: the synthetic world holds at most about 50,000
    hazards, so 100,000 is two copies of the 50,000 register.
    """
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    destination = QgsCoordinateReferenceSystem(crs)
    for position, name in enumerate(("hazards", "activities")):
        layer = QgsVectorLayer(f"{source_gpkg}|layername={name}", name, "ogr")
        transform = QgsCoordinateTransform(layer.crs(), destination, QgsProject.instance())
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if position:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(
            str(target), layer.fields(), layer.wkbType(), destination, QgsCoordinateTransformContext(), options
        )
        id_index = layer.fields().lookupField("hazard_id")
        own_index = layer.fields().lookupField("activity_id")
        fid_index = layer.fields().lookupField("fid")
        for copy in range(copies):
            for feature in layer.getFeatures():
                geometry = feature.geometry()
                if copy:
                    geometry.translate(0, copy * COPY_SHIFT_DEG)
                    for index in (id_index, own_index):
                        if index >= 0 and feature[index] not in (None, ""):
                            feature.setAttribute(index, f"{feature[index]}-{copy}")
                    if fid_index >= 0:
                        feature.setAttribute(fid_index, feature.id() + copy * COPY_FID)
                if not geometry.isNull():
                    geometry.transform(transform)
                feature.setGeometry(geometry)
                writer.addFeature(feature)
                if (
                    name == "hazards"
                    and feature.id() % OVERLAP_EVERY == 0
                    and not geometry.isNull()
                    and not geometry.isEmpty()
                ):
                    twin = QgsFeature(feature)
                    box = geometry.boundingBox()
                    shifted = QgsGeometry(geometry)
                    shifted.translate(box.width() / 2, 0)
                    twin.setGeometry(shifted)
                    twin.setAttribute(id_index, f"{feature['hazard_id']}-B")
                    if fid_index >= 0:
                        twin.setAttribute(fid_index, TWIN_FID + feature.id() + copy * COPY_FID)
                    writer.addFeature(twin)
        del writer


def _prepare(size: int, workdir: Path, crs: str) -> Prepared:
    copies = -(-size // BASE_MAX)
    info = synthetic_register(size // copies, workdir)
    target = Path(workdir) / f"clearancegaps_{size}_{crs.replace(':', '')}.gpkg"
    if not target.exists():
        from scripts.qgis_env import start_qgis

        start_qgis()
        partial = target.with_suffix(".partial.gpkg")
        partial.unlink(missing_ok=True)
        _write_register(info.gpkg, partial, crs, copies)
        partial.rename(target)
    return {
        "hazards": f"{target}|layername=hazards",
        "releases": f"{target}|layername=activities",
        "activities": info.counts.get("activities", 0) * copies,
    }


def prepare_wgs84(size: int, workdir: Path) -> Prepared:
    return _prepare(size, workdir, WGS84)


def prepare_utm(size: int, workdir: Path) -> Prepared:
    return _prepare(size, workdir, UTM38N)


def ours(prepared: Prepared, scratch: Path) -> None:
    """The algorithm itself: read, account, write every layer, the tables and the report."""
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
            "RE_RELEASES": str(scratch / "re_releases.gpkg"),
            "SUMMARY": str(scratch / "summary.gpkg"),
            "SPLITS": str(scratch / "splits.gpkg"),
            "REPORT": str(scratch / "progress.html"),
            "ARTICLE7_APMBC": str(scratch / "apmbc.csv"),
            "ARTICLE7_CCM": str(scratch / "ccm.csv"),
        },
        processing_context(
            QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
        ),  # the algorithm checks and repairs itself
        QgsProcessingFeedback(),
    )
    if not ok or results["TOTAL_HAZARD_M2"] <= 0 or results["DOUBLE_COUNTED_M2"] <= 0:
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
        sizes=[10_000, 100_000],
        prepare=prepare_wgs84,
        ours=ours,
        peer=peer,
        target="ratio <= 1.0",
        quick_sizes=[2_000],
    ),
    Case(
        name="clearancegaps_utm",
        peer_name="native:difference",
        sizes=[10_000, 100_000],
        prepare=prepare_utm,
        ours=ours,
        peer=peer,
        target="ratio <= 1.0",
        quick_sizes=[2_000],
    ),
]
