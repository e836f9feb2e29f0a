"""Showing a canonical register (GeoPackage) in a project: one group, styled, in map-reading order.

Used by the import dialog and by ``mineaction:importimsma`` run from the toolbox (its
layer post-processor), so that both put the same layers in the same order:
the legend lists top to bottom what is drawn on top, so points come first, then the
released land (activities) and the remaining land, then tasks, then the hazards under
them; the rejected records (a table) close the group. Importing again into the same
GeoPackage reuses its group (found by a custom property holding the file's path).

``robust_extent`` gives the extent a first view should show: the hazards without the
few far outliers (a point in another country squeezes the real data into a corner),
and which features it left out, so that the officer is told about them.

``sibling_layer`` finds another layer of the register a layer belongs to (the points
beside the hazards, in the same GeoPackage or PostGIS schema).
"""

import os
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.styles import apply_style, translate_legend

# Legend (top first) = drawing order (last drawn first): what lies on top is listed first.
DRAW_ORDER = (
    model.POINTS,
    model.ACTIVITIES,
    "gaps",
    "remaining",
    model.TASKS,
    model.HAZARDS,
    model.GOVERNORATES,
    model.REJECTED,
)
GROUP_PROPERTY = "mineaction/import_gpkg"  # the layer tree group's GeoPackage, to find it again
# Tukey's "far out" fence: a centroid further than this many interquartile ranges beyond
# the quartiles is an outlier. Needs a few features to mean anything.
FENCE_IQR = 3.0
MIN_FEATURES_FOR_OUTLIERS = 5


def layer_order_key(name: str) -> int:
    """Position of a layer called ``name`` in DRAW_ORDER (unknown names just above the hazards)."""
    lowered = name.lower()
    return DRAW_ORDER.index(lowered) if lowered in DRAW_ORDER else DRAW_ORDER.index(model.HAZARDS) - 0.5


def _file_of(layer) -> str:
    return os.path.abspath(layer.source().split("|", 1)[0])


def register_group(project: QgsProject, gpkg: str) -> Optional[QgsLayerTreeGroup]:
    """The layer tree group an earlier import into ``gpkg`` made, or None."""
    wanted = os.path.abspath(gpkg)
    pending = [project.layerTreeRoot()]
    while pending:
        node = pending.pop(0)
        for child in node.children():
            if isinstance(child, QgsLayerTreeGroup):
                if child.customProperty(GROUP_PROPERTY) == wanted:
                    return child
                pending.append(child)
    return None


def release_register_layers(project: QgsProject, gpkg: str) -> List[str]:
    """Remove from ``project`` the layers of ``gpkg`` in its group (the group stays); their ids.

    So that the GeoPackage is not held open while it is rewritten, and new layers take their place.
    """
    group = register_group(project, gpkg) if gpkg else None
    if group is None:
        return []
    source = os.path.abspath(gpkg)
    ids = [
        node.layerId() for node in group.findLayers() if node.layer() is not None and _file_of(node.layer()) == source
    ]
    project.removeMapLayers(ids)
    return ids


def add_register_layers(
    project: QgsProject, gpkg: str, group_name: str, names: Sequence[str] = DRAW_ORDER
) -> List[QgsVectorLayer]:
    """Add the register's layers ``names`` found in ``gpkg`` to ``project``, styled, in one group.

    The group of an earlier import into the same GeoPackage is reused (its old layers are
    replaced); a new group goes to the top of the layer tree. Returns the layers in legend order.
    """
    release_register_layers(project, gpkg)
    group = register_group(project, gpkg)
    if group is None:
        group = project.layerTreeRoot().insertGroup(0, group_name)
        group.setCustomProperty(GROUP_PROPERTY, os.path.abspath(gpkg))
    added: List[QgsVectorLayer] = []
    for name in sorted(names, key=layer_order_key):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        apply_style(layer, name)
        translate_legend(layer)
        project.addMapLayer(layer, False)
        group.insertLayer(len(added), layer)
        added.append(layer)
    return added


def register_layer(project: QgsProject, gpkg: str, name: str) -> Optional[QgsVectorLayer]:
    """The project's layer ``name`` read from ``gpkg``, if it has one."""
    wanted = os.path.abspath(gpkg)
    for layer in project.mapLayers().values():
        if (
            isinstance(layer, QgsVectorLayer)
            and _file_of(layer) == wanted
            and layer.source().split("layername=")[-1].split("|")[0] == name
        ):
            return layer
    return None


@dataclass
class RobustExtent:
    """The extent of the features that are not far outliers, and the outliers' IDs."""

    extent: QgsRectangle
    outliers: List[str] = field(default_factory=list)


def _fences(values: List[float]):
    quartiles = statistics.quantiles(values, n=4)
    spread = max(quartiles[2] - quartiles[0], 1e-9)
    return quartiles[0] - FENCE_IQR * spread, quartiles[2] + FENCE_IQR * spread


def robust_extent(layer: QgsVectorLayer, id_field: str = "hazard_id") -> RobustExtent:
    """The extent of ``layer``'s features without the far outliers, in its CRS.

    The fences are drawn around the features' centres; a feature reaching beyond them (far away, or
    with a vertex far away) is an outlier.

    With fewer than MIN_FEATURES_FOR_OUTLIERS features, or when every feature would be an
    outlier, the whole extent.
    """
    index = layer.fields().lookupField(id_field)
    centres = []
    for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes() if index < 0 else QgsFeatureRequest()):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        box = geometry.boundingBox()
        label = str(feature[index]) if index >= 0 and feature[index] not in (None, "") else str(feature.id())
        centres.append((box.center().x(), box.center().y(), box, label))
    whole = QgsRectangle()
    whole.setMinimal()
    for *_, box, _ in centres:
        whole.combineExtentWith(box)
    if len(centres) < MIN_FEATURES_FOR_OUTLIERS:
        return RobustExtent(whole if centres else layer.extent())
    x_low, x_high = _fences([c[0] for c in centres])
    y_low, y_high = _fences([c[1] for c in centres])
    kept = QgsRectangle()
    kept.setMinimal()
    outliers = []
    for _, _, box, label in centres:
        # The whole box inside the fences: a hazard with one vertex far away (a typing error) is an outlier too.
        if (
            x_low <= box.xMinimum()
            and box.xMaximum() <= x_high
            and y_low <= box.yMinimum()
            and box.yMaximum() <= y_high
        ):
            kept.combineExtentWith(box)
        else:
            outliers.append(label)
    if len(outliers) == len(centres):
        return RobustExtent(whole)
    return RobustExtent(kept, sorted(outliers))


def project_layer(
    project: QgsProject, name: str, near: Optional[QgsVectorLayer] = None, excluded: Sequence = ()
) -> Optional[QgsVectorLayer]:
    """The project's register layer ``name``: read from the same GeoPackage as ``near`` when there is one,
    else the first layer so named in the layer tree (never one of ``excluded``)."""
    if near is not None and near.providerType() == "ogr":
        same = register_layer(project, near.source().split("|", 1)[0], name)
        if same is not None and same not in excluded:
            return same
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.name().lower() == name and layer not in excluded:
            return layer
    return None


def sibling_layer(layer: Optional[QgsVectorLayer], name: str) -> Optional[QgsVectorLayer]:
    """The layer ``name`` in the same GeoPackage or PostGIS schema as ``layer``, when there is one."""
    if layer is not None and layer.providerType() == "postgres":
        return _schema_sibling(layer, name)
    if layer is None or layer.providerType() != "ogr":
        return None
    path = layer.source().split("|")[0]
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return None
    sibling = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not sibling.isValid() or sibling.source().split("|")[0] != path:
        return None
    own = layer.source().split("layername=")[-1].split("|")[0] if "layername=" in layer.source() else ""
    return None if own == name else sibling


def _schema_sibling(layer: QgsVectorLayer, name: str) -> Optional[QgsVectorLayer]:
    """The table ``name`` in the PostGIS schema of ``layer`` (a shared register), same connection."""
    uri = QgsDataSourceUri(layer.source())
    if uri.table() == name:
        return None
    uri.setDataSource(uri.schema(), name, uri.geometryColumn(), "", uri.keyColumn())
    uri.setWkbType(QgsWkbTypes.Type.Unknown)
    uri.setSrid("")
    sibling = QgsVectorLayer(uri.uri(False), name, "postgres")
    return sibling if sibling.isValid() else None
