"""Base class of the plugin's Processing algorithms: translation, icon, field checks, staged outputs."""

import functools
from typing import Any, Callable, Dict, Iterable, List

from qgis.core import QgsFeatureSource, QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from mineaction_qgis.paths import icon_path


class MineActionAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour; subclasses define name, displayName, parameters and processAlgorithm.

    ``tr`` uses the concrete class name as translation context, which is what
    ``pylupdate5`` records for ``self.tr`` calls written in that class. Strings of
    this base class are translated under the context ``MineActionAlgorithm``.
    """

    ICON = "mineaction.svg"
    GROUP_ID = ""  # one of the keys of group_names(): stable API, like name()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = _ending_staged_outputs(cls.__dict__["processAlgorithm"])

    def __init__(self) -> None:
        super().__init__()
        self.staged_outputs: List[Any] = []  # safe_output.StagedSink objects of the current run

    @staticmethod
    def group_names() -> dict:
        """Toolbox groups by id, translated."""
        return {
            "import": QCoreApplication.translate("MineActionAlgorithm", "Import"),
            "validation": QCoreApplication.translate("MineActionAlgorithm", "Validation"),
            "landrelease": QCoreApplication.translate("MineActionAlgorithm", "Land release"),
            "atlas": QCoreApplication.translate("MineActionAlgorithm", "Atlas"),
        }

    def group(self) -> str:
        return self.group_names().get(self.GROUP_ID, "")

    def groupId(self) -> str:
        return self.GROUP_ID

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self) -> "MineActionAlgorithm":
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(icon_path(self.ICON))

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagCanCancel

    def require_fields(self, source: QgsFeatureSource, names: Iterable[str], layer_label: str) -> None:
        """Raise a QgsProcessingException naming missing fields and listing the layer's fields."""
        present = source.fields().names()
        missing = [name for name in names if name and name not in present]
        if missing:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "MineActionAlgorithm", "Layer '{layer}' has no field {missing}. Its fields are: {fields}."
                ).format(layer=layer_label, missing=", ".join(missing), fields=", ".join(present))
            )


def _ending_staged_outputs(process: Callable) -> Callable:
    """``processAlgorithm`` that removes, however it ends, the temporary files of the outputs it staged
    and did not commit (a failed or cancelled run): the earlier outputs stay, and no litter is left."""

    @functools.wraps(process)
    def run(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:
        try:
            return process(self, parameters, context, feedback)
        finally:
            for staged in self.staged_outputs:
                staged.discard()
            self.staged_outputs = []

    return run
