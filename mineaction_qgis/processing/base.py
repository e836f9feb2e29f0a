"""Base class of the plugin's Processing algorithms: translation, icon, field checks, staged outputs."""

import functools
from contextlib import ExitStack
from typing import Any, Callable, Dict, Iterable, List, Optional

from qgis.core import (
    QgsFeatureSource,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from mineaction_qgis.core.common.safe_output import (
    OutputError,
    file_part,
    input_copy,
    needs_copy,
    original_source,
    refuse_same_file,
    refuse_special_file,
)
from mineaction_qgis.paths import icon_path

# Parameter types whose value may name a layer file that QGIS would open in place.
LAYER_PARAMETER_TYPES = ("source", "vector", "layer")


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
            cls.processAlgorithm = _run_safely(cls.__dict__["processAlgorithm"])

    def __init__(self) -> None:
        super().__init__()
        self.staged_outputs: List[Any] = []  # safe_output.StagedSink objects of the current run
        self.input_copies: Dict[str, str] = {}  # file of a copy read in place of an input -> the input's file

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

    def addParameter(self, definition: QgsProcessingParameterDefinition, createOutput: bool = True) -> bool:
        """Layer parameters are added as ``FileSafeSource``: checking a file path never opens the file."""
        if type(definition) is QgsProcessingParameterFeatureSource:
            definition = FileSafeSource.like(definition)
        return super().addParameter(definition, createOutput)

    def inputs_from_copies(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, copies: ExitStack
    ) -> Dict[str, Any]:
        """``parameters`` with every layer given as a file path (GeoPackage, shapefile, GeoJSON...) pointed
        at a temporary copy of it (``safe_output.input_copy``), which ``copies`` removes at the end of the
        run: QGIS would open the file itself for update. Layers already open (a project layer) are kept.
        OutputError for a named pipe or a device."""
        changed = dict(parameters)
        for definition in self.parameterDefinitions():
            name = definition.name()
            value = parameters.get(name)
            if definition.type() not in LAYER_PARAMETER_TYPES or value is None:
                continue
            text = value
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                if value.source.propertyType() != QgsProperty.Type.StaticProperty:
                    continue
                text = value.source.staticValue()
            if not isinstance(text, str):
                continue
            refuse_special_file(text)
            if not needs_copy(text):
                continue
            copy = copies.enter_context(input_copy(text))
            self.input_copies[file_part(copy)] = file_part(text)
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                copy = QgsProcessingFeatureSourceDefinition(
                    copy, value.selectedFeaturesOnly, value.featureLimit, value.flags, value.geometryCheck
                )
            changed[name] = copy
        return changed

    def parameterAsFileOutput(self, parameters: Dict[str, Any], name: str, context: QgsProcessingContext) -> str:
        """The file output ``name`` (a report, a PDF, a GPX, a GeoPackage); OutputError when it is the file of
        one of the run's inputs: replacing it would destroy the input."""
        path = super().parameterAsFileOutput(parameters, name, context)
        if path:
            refuse_same_file(path, self.input_files(parameters, context))
        return path

    def input_files(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> List[str]:
        """The data sources of every layer and file input given (the input's own file for one read from a
        copy)."""
        sources = []
        for definition in self.parameterDefinitions():
            name = definition.name()
            if parameters.get(name) in (None, ""):
                continue
            if definition.type() in LAYER_PARAMETER_TYPES:
                layer = self.parameterAsLayer(parameters, name, context)
                source = layer.source() if layer is not None and layer.providerType() == "ogr" else ""
            elif definition.type() == "file":
                source = self.parameterAsFile(parameters, name, context)
            else:
                continue
            sources.append(original_source(source, self.input_copies))
        return sources

    def checkParameterValues(self, parameters: Dict[str, Any], context: QgsProcessingContext):
        """Processing's own check (``FileSafeSource`` keeps it from opening layer files); a named pipe or a
        device given as a layer is refused with a message (opening it would wait forever)."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if definition.type() in LAYER_PARAMETER_TYPES and isinstance(value, str):
                try:
                    refuse_special_file(value)
                except OutputError as error:
                    return False, str(error)
        return super().checkParameterValues(parameters, context)

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


class FileSafeSource(QgsProcessingParameterFeatureSource):
    """A feature source parameter whose check accepts a dataset file without opening it.

    ``qgis_process`` checks each parameter before the run, and QGIS's own check opens a layer file
    for update to see that it loads (a GeoPackage in WAL mode is rewritten when it is closed). The
    run itself reads a copy (``MineActionAlgorithm.inputs_from_copies``) and says when it cannot.
    """

    @classmethod
    def like(cls, definition: QgsProcessingParameterFeatureSource) -> "FileSafeSource":
        optional = bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)
        made = cls(definition.name(), definition.description(), definition.dataTypes(), None, optional)
        made.setDefaultValue(definition.defaultValue())
        made.setFlags(definition.flags())
        made.setHelp(definition.help())
        made.setMetadata(definition.metadata())
        return made

    def checkValueIsAcceptable(self, value: Any, context: Optional[QgsProcessingContext] = None) -> bool:
        if isinstance(value, str) and needs_copy(value):
            return True
        if isinstance(value, str):
            try:
                refuse_special_file(value)  # a named pipe would block the check
            except OutputError:
                return False
        return super().checkValueIsAcceptable(value, context)

    def clone(self) -> "FileSafeSource":
        return FileSafeSource.like(self)


def _run_safely(process: Callable) -> Callable:
    """``processAlgorithm`` that reads its layer files from copies (``inputs_from_copies``: an input is
    never modified), refuses before anything is written a report or PDF named like an input file,
    reports its errors as plain messages, and removes, however it ends, the temporary
    files of the outputs it staged and did not commit (a failed or cancelled run): the earlier outputs
    stay, and no litter is left."""

    @functools.wraps(process)
    def run(self, parameters: Dict[str, Any], context, feedback) -> Dict[str, Any]:
        with ExitStack() as copies:
            try:
                parameters = self.inputs_from_copies(parameters, context, copies)
                for definition in self.destinationParameterDefinitions():
                    if definition.type() == "fileDestination" and parameters.get(definition.name()):
                        self.parameterAsFileOutput(parameters, definition.name(), context)  # over an input: refused
                return process(self, parameters, context, feedback)
            except QgsProcessingException as error:
                if type(error) is QgsProcessingException:
                    raise
                # a subclass (OutputError...) reaches qgis_process and the Processing log as a traceback
                raise QgsProcessingException(str(error)) from None
            finally:
                for staged in self.staged_outputs:
                    staged.discard()
                self.staged_outputs = []
                self.input_copies = {}

    return run
