"""One way to make an atlas book, for the algorithm and for the dialog's "add the layout to the project".

``make_book`` reads the inputs into the atlas data (in the page language), optionally
keeps that data in a GeoPackage (a layout added to a user's project must survive
saving it), and builds the layout on the given project. The layers of such a kept
layout are helpers of the layout only: ``mark_helper_layers`` flags them so that the
plugin's layer pickers never offer them (``is_helper_layer``) and QGIS keeps them out
of its layer tree.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsCoordinateTransformContext, QgsFeatureSource, QgsFeedback, QgsMapLayer, QgsProject

from mineaction_qgis.core.atlas import AtlasBook, PageTranslator, build_layout
from mineaction_qgis.core.atlas_data import prepare_atlas_data, save_atlas_layers

HELPER_PROPERTY = "mineaction/atlas_helper"


def make_book(
    project: QgsProject,
    coverage: QgsFeatureSource,
    language: str = "en",
    *,
    points: Optional[QgsFeatureSource] = None,
    releases: Optional[QgsFeatureSource] = None,
    gaps: Optional[QgsFeatureSource] = None,
    governorates: Optional[QgsFeatureSource] = None,
    filter_expression: str = "",
    sort_expression: str = "",
    title: str = "",
    template: str = "",
    data_source: str = "",
    context: Optional[QgsCoordinateTransformContext] = None,
    feedback: Optional[QgsFeedback] = None,
    keep_layers_in: Optional[Path] = None,
) -> AtlasBook:
    """The atlas of ``coverage`` built on ``project``; with ``keep_layers_in``, its layers read from
    that new GeoPackage and flagged as helper layers. Raises AtlasError or ValueError on bad input."""
    context = context or project.transformContext()
    with PageTranslator(language):
        data = prepare_atlas_data(
            coverage, language, points=points, releases=releases, gaps=gaps, governorates=governorates,
            filter_expression=filter_expression, sort_expression=sort_expression, title=title,
            context=context, feedback=feedback,
        )
        if keep_layers_in is not None:
            data = save_atlas_layers(data, keep_layers_in, context)
            mark_helper_layers(data.layers() + [data.attributes])
        return build_layout(project, data, template, data_source=data_source)


def mark_helper_layers(layers) -> None:
    """Flag the layers of a kept layout: no picker offers them, QGIS keeps them out of its layer tree."""
    for layer in layers:
        if layer is None:
            continue
        layer.setCustomProperty(HELPER_PROPERTY, True)
        layer.setFlags(layer.flags() | QgsMapLayer.LayerFlag.Private)


def is_helper_layer(layer: QgsMapLayer) -> bool:
    """True for a layer of an atlas layout kept in a project (saved projects keep the flag)."""
    value = layer.customProperty(HELPER_PROPERTY, False)
    return str(value).lower() in ("true", "1")
