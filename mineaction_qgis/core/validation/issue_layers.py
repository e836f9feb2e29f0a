"""Showing an issue layer in QGIS: one styled view per geometry type of the same file.

An issue layer mixes points (self-intersections, repeated vertices), lines (too-long
segments) and polygons (overlaps, whole hazards). GeoPackage stores that in one table
(geometry type GEOMETRY), but a QGIS layer draws one geometry type, so the table is
added as up to three views (the OGR provider's ``geometrytype=`` filter) grouped
under one name, each styled by severity (resources/styles/issues*.qml). Editing the
``reviewed`` field through any view or the base table changes the same rows.
"""

import os
from typing import List, Optional

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from mineaction_qgis.core.common.styles import apply_style

ISSUE_TABLE = "validation_issues"  # the findings table kept in a register's GeoPackage
# (OGR geometry-type filter, style name)
VIEWS = (("Polygon", "issues"), ("LineString", "issues_line"), ("Point", "issues_point"))


def base_uri(uri: str) -> str:
    """The table's URI without a ``geometrytype=`` filter."""
    return "|".join(part for part in uri.split("|") if not part.startswith("geometrytype="))


def is_issue_layer(layer) -> bool:
    """True for a vector layer with the issue layer's fields."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    names = set(layer.fields().names())
    return {"rule", "severity", "reviewed", "key"} <= names


def issue_layer_views(uri: str, name: str) -> List[QgsVectorLayer]:
    """Styled views of the issue table at ``uri`` that hold at least one finding (at least one view)."""
    uri = base_uri(uri)
    views: List[QgsVectorLayer] = []
    for geometry_type, style in VIEWS:
        layer = QgsVectorLayer(f"{uri}|geometrytype={geometry_type}", f"{name} — {geometry_type}", "ogr")
        if not layer.isValid() or layer.featureCount() == 0:
            continue
        apply_style(layer, style)
        views.append(layer)
    if not views:
        layer = QgsVectorLayer(f"{uri}|geometrytype=Polygon", name, "ogr")
        if layer.isValid():
            apply_style(layer, "issues")
            views.append(layer)
    return views


def add_issue_layers(uri: str, name: str, project: Optional[QgsProject] = None) -> List[QgsVectorLayer]:
    """Add the views of ``uri`` to ``project`` in a group ``name`` at the top of the layer tree.

    When the project already shows that table (a findings table kept in the register, written
    again by a new run), its views are reloaded instead of adding a second group.
    """
    project = project or QgsProject.instance()
    shown = project_views(uri, project)
    if shown:
        for layer in shown:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        return shown
    views = issue_layer_views(uri, name)
    if not views:
        return []
    group: QgsLayerTreeGroup = project.layerTreeRoot().insertGroup(0, name)
    for layer in views:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return views


def register_issue_uri(layer) -> str:
    """Where the findings of a register's layer are kept by default: a table beside its layers in the
    same GeoPackage, so that reviews persist with the data. Empty for a layer not in a GeoPackage."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return ""
    path = layer.source().split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return ""
    return f"{path}|layername={ISSUE_TABLE}"


def sink_definition(uri: str) -> str:
    """The Processing sink text that writes (or rewrites) the table ``file.gpkg|layername=NAME``."""
    path, _, rest = uri.partition("|layername=")
    return f"ogr:dbname='{path}' table=\"{rest.split('|')[0]}\" (geom)"


def project_views(uri: str, project: Optional[QgsProject] = None) -> List[QgsVectorLayer]:
    """Layers of ``project`` that show the issue table at ``uri``."""
    project = project or QgsProject.instance()
    wanted = base_uri(uri)
    return [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and base_uri(layer.source()) == wanted
    ]
