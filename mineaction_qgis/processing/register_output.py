"""Loading an imported register into the project when the import runs from the Processing toolbox.

``mineaction:importimsma`` asks Processing to load its hazards layer on completion with
``RegisterPostProcessor``: the layer then joins the register's group, next to the
other layers of the GeoPackage, all styled and in map-reading order
(``core.register_layers``), and the map shows the hazards' robust extent. Headless runs
(``processing.run``, ``qgis_process``) load nothing.
"""

from pathlib import Path
from typing import Dict

from qgis.core import (
    QgsLayerTreeLayer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from mineaction_qgis.core.common import model, register_layers
from mineaction_qgis.core.common.styles import apply_style, translate_legend
from mineaction_qgis.core.imsma import duplicates

# Post-processors must outlive the algorithm run (Processing keeps only a C++ pointer): one per register.
_KEPT: Dict[str, "RegisterPostProcessor"] = {}


def group_name(gpkg: str) -> str:
    """Name of the layer tree group of a register (the import dialog uses the same)."""
    return QCoreApplication.translate("ImportDialog", "IMSMA import: {file}").format(file=Path(gpkg).name)


class RegisterPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Puts the loaded hazards layer into the register's group with the register's other layers."""

    def __init__(self, gpkg: str) -> None:
        super().__init__()
        self.gpkg = gpkg

    def postProcessLayer(self, layer, context: QgsProcessingContext, feedback) -> None:
        if not isinstance(layer, QgsVectorLayer):
            return
        project = layer.project() or context.project() or QgsProject.instance()
        if project.layerTreeRoot().findLayer(layer.id()) is None:
            QTimer.singleShot(0, lambda: self._place(project, layer.id()))  # newer QGIS adds it to the tree later
        else:
            self._place(project, layer.id())

    def _place(self, project: QgsProject, layer_id: str) -> None:
        layer = project.mapLayer(layer_id)
        if layer is None:
            return
        others = [name for name in register_layers.DRAW_ORDER if name != model.HAZARDS]
        kept = {layer_id}
        group = register_layers.register_group(project, self.gpkg)
        if group is not None:  # an earlier import: its layers give way to the new ones
            project.removeMapLayers([node.layerId() for node in group.findLayers() if node.layerId() not in kept])
        added = register_layers.add_register_layers(project, self.gpkg, group_name(self.gpkg), others)
        group = register_layers.register_group(project, self.gpkg)
        apply_style(layer, model.HAZARDS)
        translate_legend(layer)
        layer.setName(model.HAZARDS)
        position = sum(
            1
            for other in added
            if register_layers.layer_order_key(other.name()) < register_layers.layer_order_key(model.HAZARDS)
        )
        old = project.layerTreeRoot().findLayer(layer_id)
        group.insertChildNode(position, QgsLayerTreeLayer(layer))
        if old is not None and old.parent() is not None:
            old.parent().removeChildNode(old)
        try:
            from qgis.utils import iface

            from mineaction_qgis.ui.map_view import zoom_to_register

            zoom_to_register(iface, added + [layer], project)
        except ImportError:
            pass


def load_register_on_completion(context: QgsProcessingContext, gpkg: str) -> None:
    """Ask Processing to load the register at ``gpkg`` (grouped, styled) when the algorithm has run."""
    uri = f"{gpkg}|layername={model.HAZARDS}"
    details = QgsProcessingContext.LayerDetails(model.HAZARDS, context.project() or QgsProject.instance(), "OUTPUT")
    processor = RegisterPostProcessor(gpkg)
    _KEPT[gpkg] = processor
    details.setPostProcessor(processor)
    context.addLayerToLoadOnCompletion(uri, details)


def duplicate_message(count: int, strategy: str) -> str:
    """What an import did with the records that were already in the register."""
    texts = {
        duplicates.KEEP_BOTH: QCoreApplication.translate(
            "RegisterPostProcessor",
            "{count} records were already in the GeoPackage (same GUID or ID): both copies kept.",
        ),
        duplicates.REPLACE: QCoreApplication.translate(
            "RegisterPostProcessor",
            "{count} records were already in the GeoPackage (same GUID or ID): the stored ones were replaced.",
        ),
        duplicates.SKIP: QCoreApplication.translate(
            "RegisterPostProcessor",
            "{count} records were already in the GeoPackage (same GUID or ID): the new ones were skipped.",
        ),
    }
    return texts[strategy].format(count=count)
