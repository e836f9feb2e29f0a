"""The Processing provider ``mineaction``: every algorithm of the plugin."""

import importlib
import inspect
import pkgutil
from typing import List

from qgis.core import QgsProcessingAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from mineaction_qgis.paths import icon_path

NOT_ALGORITHM_MODULES = {"base", "provider"}


def algorithm_classes() -> List[type]:
    """Every MineActionAlgorithm defined in this package, one module per algorithm.

    Adding an algorithm is adding a module: nothing else lists them. Sorted by
    module name so the order is stable.
    """
    from mineaction_qgis import processing as package
    from mineaction_qgis.processing.base import MineActionAlgorithm

    classes: List[type] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name in NOT_ALGORITHM_MODULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        classes.extend(
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, MineActionAlgorithm)
            and cls is not MineActionAlgorithm
            and cls.__module__ == module.__name__
        )
    return classes


class MineActionProvider(QgsProcessingProvider):
    """Provider id ``mineaction``; its id and the algorithms' ``name()`` are stable API."""

    def id(self) -> str:
        return "mineaction"

    def name(self) -> str:
        return QCoreApplication.translate("MineActionProvider", "Mine action")

    def longName(self) -> str:
        return QCoreApplication.translate("MineActionProvider", "Mine action information management")

    def icon(self) -> QIcon:
        return QIcon(icon_path("mineaction.svg"))

    def svgIconPath(self) -> str:
        return icon_path("mineaction.svg")

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            algorithm: QgsProcessingAlgorithm = cls()
            self.addAlgorithm(algorithm)
