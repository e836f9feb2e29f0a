"""A map book's layout kept for the layout designer: written by the printing run, added to a project later.

The atlas dialog prints in a worker process (the desktop stays responsive). When the officer
asks to keep the layout, the worker saves it with its layers (already written into a
GeoPackage by ``make_book``) in a small project file; the desktop then only reads that
file's layers and layout into the open project, which takes well under a second even for
a national book, instead of building the whole book a second time on its main thread.
"""

import zipfile
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsPrintLayout, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from mineaction_qgis.core.atlas.data import AtlasError
from mineaction_qgis.core.atlas.layout import AtlasBook, mark_helper_layers


def layers_file(project_file: Path) -> Path:
    """The GeoPackage that keeps the layers of the layout saved in ``project_file`` (same name, ``.gpkg``)."""
    return Path(project_file).with_suffix(".gpkg")


def save_layout_project(book: AtlasBook, path: Path) -> None:
    """Write ``book``'s project (its kept layers and its layout) to ``path`` (.qgz or .qgs), absolute paths."""
    project = book.project
    if project.layoutManager().layoutByName(book.layout.name()) is None:
        project.layoutManager().addLayout(book.layout)
    project.setFilePathStorage(Qgis.FilePathType.Absolute)  # the layers are read into another project
    if not project.write(str(path)):
        message = QCoreApplication.translate("KeptLayout", "The layout could not be saved to {path}: {error}")
        raise AtlasError(message.format(path=str(path), error=project.error()))


def _project_xml(path: Path) -> QDomDocument:
    if path.suffix.lower() == ".qgz":
        with zipfile.ZipFile(path) as archive:
            name = next(member for member in archive.namelist() if member.lower().endswith(".qgs"))
            text = archive.read(name)
    else:
        text = path.read_bytes()
    document = QDomDocument()
    if not document.setContent(text):
        message = QCoreApplication.translate("KeptLayout", "The layout file {path} could not be read.")
        raise AtlasError(message.format(path=str(path)))
    return document


def add_kept_layout(project: QgsProject, path: Path, name: str) -> QgsPrintLayout:
    """Read the layers and the layout saved by ``save_layout_project`` into ``project``; the layout is
    named ``name`` (made unique in the project's layout manager). Raises AtlasError when it cannot."""
    document = _project_xml(Path(path))
    layers = document.elementsByTagName("projectlayers")
    nodes = layers.at(0).toElement().elementsByTagName("maplayer") if layers.count() else None
    bridge = project.layerTreeRegistryBridge()
    bridge.setEnabled(False)  # the layout's helpers are drawn by it, never shown in the layer tree (nor in pickers)
    try:
        for index in range(nodes.count() if nodes is not None else 0):
            node = nodes.at(index)
            if not project.readLayer(node):
                message = QCoreApplication.translate(
                    "KeptLayout", "The layers of the layout in {path} could not be read."
                )
                raise AtlasError(message.format(path=str(path)))
            mark_helper_layers([project.mapLayer(node.firstChildElement("id").text())])
    finally:
        bridge.setEnabled(True)
    element = document.elementsByTagName("Layout").at(0).toElement()
    layout: Optional[QgsPrintLayout] = QgsPrintLayout(project)
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())
    if element.isNull() or not layout.readLayoutXml(element, document, context):
        message = QCoreApplication.translate("KeptLayout", "The layout file {path} could not be read.")
        raise AtlasError(message.format(path=str(path)))
    manager = project.layoutManager()
    unique, number = name, 1
    while manager.layoutByName(unique) is not None:
        number += 1
        unique = f"{name} ({number})"
    layout.setName(unique)
    manager.addLayout(layout)
    return layout
