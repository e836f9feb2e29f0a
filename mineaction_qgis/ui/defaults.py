"""What the Processing dialogs opened from the Mine Action menu are filled with: the register's layers."""

from typing import Any, Dict, Iterable, Optional

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.register_layers import project_layer
from mineaction_qgis.ui.atlas_dialog import picker_excluded_layers


def clearance_gap_defaults(iface, project: QgsProject = None) -> Dict[str, Any]:
    """HAZARDS: the active hazards layer (else the register's); RELEASES: the activities of the same register."""
    project = project or QgsProject.instance()
    hidden = picker_excluded_layers(project)
    active = iface.activeLayer() if iface is not None else None
    hazards = (
        active
        if (
            isinstance(active, QgsVectorLayer)
            and active not in hidden
            and active.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
            and "hazard_id" in active.fields().names()
            and "activity_id" not in active.fields().names()
        )
        else None
    )
    hazards = hazards or project_layer(project, model.HAZARDS, excluded=hidden)
    parameters: Dict[str, Any] = {}
    if hazards is not None:
        parameters["HAZARDS"] = hazards
    releases = project_layer(project, model.ACTIVITIES, near=hazards, excluded=hidden)
    if releases is not None:
        parameters["RELEASES"] = releases
    return parameters


def place_above(project: QgsProject, layer_ids: Iterable[str], anchor: Optional[QgsVectorLayer]) -> int:
    """Move the layer tree nodes of ``layer_ids`` just above ``anchor`` (e.g. the remaining land over
    the hazards: the legend lists first what is drawn on top); how many were moved."""
    root = project.layerTreeRoot()
    moved = 0
    for layer_id in layer_ids:
        anchor_node = root.findLayer(anchor.id()) if anchor is not None else None
        node = root.findLayer(layer_id)
        if anchor_node is None or node is None or node is anchor_node:
            continue
        parent = anchor_node.parent()
        parent.insertChildNode(parent.children().index(anchor_node), node.clone())
        node.parent().removeChildNode(node)
        moved += 1
    return moved
