"""The first map view of a register: the hazards' robust extent, and a word about the outliers."""

from typing import Iterable, Optional

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.register_layers import robust_extent
from mineaction_qgis.ui.helpers import push_message

MAX_NAMED_OUTLIERS = 10


def zoom_to_register(iface, layers: Iterable[QgsVectorLayer], project: Optional[QgsProject] = None) -> bool:
    """Zoom the canvas to the hazards among ``layers`` without their far outliers; name the outliers.

    Returns False when there is no visible canvas or no hazards layer with features.
    """
    canvas = iface.mapCanvas() if iface is not None else None
    window = iface.mainWindow() if iface is not None else None
    if window is None or not window.isVisible():
        canvas = None  # nobody looks at it (headless tests): no render job that QGIS would wait for at exit
    # Not canvas.isVisible(): in an empty project QGIS shows its welcome page instead of the canvas, and
    # switches back only after the first layers are added.
    hazards = next((layer for layer in layers if layer.name() == model.HAZARDS and layer.featureCount() > 0), None)
    if canvas is None or hazards is None:
        return False
    found = robust_extent(hazards)
    transform = QgsCoordinateTransform(
        hazards.crs(), canvas.mapSettings().destinationCrs(), project or QgsProject.instance()
    )
    extent = transform.transformBoundingBox(found.extent)
    extent.scale(1.1)
    canvas.setExtent(extent)  # the canvas redraws itself
    # QGIS zooms to the full extent of the first layers of an empty project once the event loop runs:
    # set the view again after that.
    QTimer.singleShot(0, lambda: _set_extent(canvas, extent))
    if found.outliers:
        shown = ", ".join(found.outliers[:MAX_NAMED_OUTLIERS])
        if len(found.outliers) > MAX_NAMED_OUTLIERS:
            shown += " …"
        push_message(
            iface.messageBar(),
            QCoreApplication.translate("MapView", "Hazards far from the others"),
            QCoreApplication.translate(
                "MapView",
                "{count} hazards lie far outside the area of the others and are not in this view: {ids}. Check their "
                "coordinates (Validate hazards reports them).",
            ).format(count=len(found.outliers), ids=shown),
            Qgis.MessageLevel.Warning,
            15,
        )
    return True


def _set_extent(canvas, extent) -> None:
    if not sip.isdeleted(canvas):
        canvas.setExtent(extent)
        canvas.refresh()
