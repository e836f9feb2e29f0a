"""`make screenshots`: pictures of every plugin dialog in English, Arabic and Sorani.

    .venv/bin/python scripts/screenshots.py FOLDER [--languages en ar ckb] [--only NAME ...]

Runs headless (``QT_QPA_PLATFORM=offscreen``). For each language it installs the
plugin's translator, sets the plugin's language (so dialogs take the right-to-left
layout for Arabic and Sorani; the user's own setting is restored at the end), opens
each dialog on the sample register and saves ``FOLDER/<dialog>-<language>.png``:

* ``settings-dialog``, ``import-dialog``, ``atlas-dialog`` (the plugin's dialogs) and
  ``issue-browser`` (the dock, showing the findings of ``mineaction:validatehazards`` on
  the sample); ``atlas-<language>.png`` are atlas pages, written by the atlas docs, not here;
* ``alg-<id>``: the Processing dialog of every ``mineaction`` algorithm.

A dialog that is missing or fails to open is skipped with a message naming it; the
script then exits with status 1 so that ``make screenshots`` shows it.

QGIS's own strings (Processing dialog frame, standard buttons) stay English unless
``--qgis-translation`` installs QGIS's and Qt's translation of the language (Arabic
only: QGIS has no Sorani). It is off by default because QGIS 3.22's Arabic
translation of "%1 [optional]" lost its placeholder: every optional parameter's
label then reads "1% [اختياري]" instead of its name.
"""

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mineaction_qgis.i18n import SUPPORTED as LANGUAGES
from scripts.qgis_env import ROOT, start_qgis

SAMPLE = ROOT / "resources" / "sample" / "register.gpkg"
MIN_WIDTH = 560
MAX_SIZE = (1400, 1000)
ALGORITHM_DIALOG_SIZE = (1000, 720)
ALGORITHM_PREFIX = "alg-"
EXAMPLE_FOLDER = "Documents/training"


@dataclass
class Shot:
    """One dialog to photograph: file stem and a factory that returns the widget (or raises)."""

    name: str
    factory: Callable[["Context"], object]
    size: Optional[Tuple[int, int]] = None  # fixed size for dialogs whose natural size is too small


class Context:
    """What dialogs are opened on: a project with the sample layers and the sample's issue table."""

    def __init__(self, work: Path) -> None:
        from qgis.core import QgsProject, QgsVectorLayer

        self.work = work
        self.register = work / "register.gpkg"
        if SAMPLE.is_file():
            shutil.copyfile(SAMPLE, self.register)  # a private copy: the dialogs never touch the sample
        # Layer combo boxes list the layers of QgsProject.instance(): the sample layers go there
        # for the pictures and are removed again by close().
        self.project = QgsProject.instance()
        self.layers: Dict[str, object] = {}
        for name in ("hazards", "activities", "points", "tasks", "governorates"):
            layer = QgsVectorLayer(f"{self.register}|layername={name}", name, "ogr")
            if layer.isValid():
                self.project.addMapLayer(layer)
                self.layers[name] = layer
        self._issues: Dict[str, str] = {}  # language -> issue table

    def close(self) -> None:
        """Remove the sample layers from the project again."""
        self.project.removeMapLayers([layer.id() for layer in self.layers.values()])
        self.layers = {}

    def issues(self) -> str:
        """The issue table of the sample, validated once per language (its messages are written in it)."""
        from mineaction_qgis import i18n

        language = i18n.chosen_language()
        if language not in self._issues:
            import processing
            from qgis.core import QgsProcessingContext, QgsProcessingFeedback

            results = processing.run(
                "mineaction:validatehazards",
                {
                    "INPUT": f"{self.register}|layername=hazards",
                    "BOUNDARIES": f"{self.register}|layername=governorates",
                    "OUTPUT": str(self.work / f"issues-{language}.gpkg"),
                },
                feedback=QgsProcessingFeedback(),
                context=QgsProcessingContext(),
            )
            self._issues[language] = str(results["OUTPUT"])
        return self._issues[language]


def _neutral_output(dialog, name: str) -> None:
    """Show an example output path, not a path of the machine taking the pictures."""
    widget = getattr(dialog, "outputWidget", None)
    if widget is not None:
        widget.setFilePath(f"{EXAMPLE_FOLDER}/{name}")


def _settings_dialog(ctx: Context):
    from mineaction_qgis.ui.settings_dialog import SettingsDialog

    return SettingsDialog(None)


def _import_dialog(ctx: Context):
    from mineaction_qgis.ui.import_dialog import ImportDialog

    sample = ROOT / "resources" / "sample"
    files = [str(sample / name) for name in ("pointlist_dd.csv", "imsma_ng.xml") if (sample / name).is_file()]
    dialog = ImportDialog(None, None, files=files)
    _neutral_output(dialog, "imported.gpkg")
    return dialog


def _atlas_dialog(ctx: Context):
    from mineaction_qgis.ui.atlas_dialog import AtlasDialog

    dialog = AtlasDialog(None, project=ctx.project, open_pdf=False)
    _neutral_output(dialog, "atlas.pdf")
    return dialog


def _issue_browser(ctx: Context):
    from mineaction_qgis.ui.issue_browser import IssueBrowser

    dock = IssueBrowser(None)
    dock.set_source(ctx.issues())
    return dock


ISSUE_BROWSER_SIZE = (900, 480)


# The sample layer each layer parameter of the algorithms is shown with.
LAYER_FOR_PARAMETER = {
    "HAZARDS": "hazards",
    "INPUT": "hazards",
    "COVERAGE": "hazards",
    "RELEASES": "activities",
    "POINTS": "points",
    "TASKS": "tasks",
    "GOVERNORATES": "governorates",
    "BOUNDARIES": "governorates",
}


def _algorithm_shot(algorithm_id: str) -> Shot:
    def factory(ctx: Context):
        from processing.gui.AlgorithmDialog import AlgorithmDialog
        from qgis.core import QgsApplication

        algorithm = QgsApplication.processingRegistry().createAlgorithmById(f"mineaction:{algorithm_id}")
        if algorithm is None:
            raise LookupError(f"algorithm mineaction:{algorithm_id} is not registered")
        dialog = AlgorithmDialog(algorithm)
        # Each layer input shows the sample layer it is meant for, not the first layer of the project.
        chosen = {
            definition.name(): ctx.layers[layer]
            for definition in algorithm.parameterDefinitions()
            for layer in [LAYER_FOR_PARAMETER.get(definition.name())]
            if layer in ctx.layers
        }
        dialog.mainWidget().setParameters(chosen)
        return dialog

    return Shot(f"{ALGORITHM_PREFIX}{algorithm_id}", factory, ALGORITHM_DIALOG_SIZE)


def shots() -> List[Shot]:
    """Every dialog of the plugin, the Processing dialogs discovered from the provider."""
    from qgis.core import QgsApplication

    found = [
        Shot("settings-dialog", _settings_dialog),
        Shot("import-dialog", _import_dialog),
        Shot("atlas-dialog", _atlas_dialog),
        Shot("issue-browser", _issue_browser, ISSUE_BROWSER_SIZE),
    ]
    provider = QgsApplication.processingRegistry().providerById("mineaction")
    if provider is not None:
        found += [_algorithm_shot(alg.name()) for alg in sorted(provider.algorithms(), key=lambda a: a.name())]
    return found


class QgisTranslation:
    """QGIS's and Qt's own translation of a language, when installed (Arabic yes, Sorani no)."""

    def __init__(self) -> None:
        self.installed: List[object] = []

    def install(self, language: str) -> None:
        from qgis.core import QgsApplication
        from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        self.remove()
        if language == "en":
            return
        for folder, stem in (
            (QgsApplication.i18nPath(), "qgis"),
            (QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath), "qtbase"),
        ):
            translator = QTranslator()
            if translator.load(f"{stem}_{language}", folder):
                QCoreApplication.installTranslator(translator)
                self.installed.append(translator)

    def remove(self) -> None:
        from qgis.PyQt.QtCore import QCoreApplication

        for translator in self.installed:
            QCoreApplication.removeTranslator(translator)
        self.installed = []


def grab(widget, path: Path, size: Optional[Tuple[int, int]] = None) -> None:
    """Lay the widget out at ``size`` or its natural size (within limits), render it and save a PNG."""
    from qgis.PyQt.QtWidgets import QApplication

    if size is None:
        widget.adjustSize()
        hint = widget.sizeHint()
        size = (
            min(max(hint.width(), widget.width(), MIN_WIDTH), MAX_SIZE[0]),
            min(max(hint.height(), widget.height()), MAX_SIZE[1]),
        )
    widget.show()
    QApplication.processEvents()
    widget.resize(*size)  # after show(): some dialogs restore a saved geometry when shown
    for _ in range(3):
        QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    widget.close()


def take(
    folder: Path, languages: Sequence[str] = LANGUAGES, only: Sequence[str] = (), qgis_translation: bool = False
) -> Dict[str, List[str]]:
    """Take the screenshots (QGIS, Processing and the provider running).

    Returns {"written": [labels], "skipped": ["label: reason"], "rtl": [labels laid out right to left],
    "dialogs": [names of every dialog found]}.
    The plugin's own dialogs keep the direction they set themselves (so a dialog that forgets
    it shows up in "rtl"); Processing dialogs, which are QGIS's, get the language's direction.
    """
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import Qt

    from mineaction_qgis import i18n

    folder.mkdir(parents=True, exist_ok=True)
    settings = QgsSettings()
    before = settings.value(i18n.SETTING_KEY, None)
    translator = i18n.Translator()
    qgis_translator = QgisTranslation()
    report: Dict[str, List[str]] = {"written": [], "skipped": [], "rtl": [], "dialogs": [shot.name for shot in shots()]}
    with tempfile.TemporaryDirectory() as work:
        ctx = Context(Path(work))
        try:
            for language in languages:
                i18n.set_language(language, settings)
                translator.install(language)
                if qgis_translation:
                    qgis_translator.install(language)
                for shot in shots():
                    if only and shot.name not in only:
                        continue
                    label = f"{shot.name}-{language}"
                    try:
                        widget = shot.factory(ctx)
                        if shot.name.startswith(ALGORITHM_PREFIX):
                            widget.setLayoutDirection(i18n.layout_direction(language))
                        if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                            report["rtl"].append(label)
                        grab(widget, folder / f"{label}.png", shot.size)
                        widget.deleteLater()
                    except Exception as error:  # any failure skips this one dialog, named
                        report["skipped"].append(f"{label}: {type(error).__name__}: {error}")
                        continue
                    report["written"].append(label)
        finally:
            ctx.close()
            translator.remove()
            qgis_translator.remove()
            if before is None:
                settings.remove(i18n.SETTING_KEY)
            else:
                settings.setValue(i18n.SETTING_KEY, before)
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/images", type=Path)
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=list(LANGUAGES))
    parser.add_argument("--only", nargs="*", default=[], help="dialog names, e.g. settings-dialog alg-atlas")
    parser.add_argument("--qgis-translation", action="store_true", help="also install QGIS's own translation")
    parser.add_argument("--report", type=Path, help="write what was done as JSON to this file")
    args = parser.parse_args(argv)
    start_qgis()
    report = take(args.folder, args.languages, args.only, args.qgis_translation)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(report['written'])} screenshots written to {args.folder}/")
    for line in report["skipped"]:
        print(f"skipped {line}", file=sys.stderr)
    return 1 if report["skipped"] else 0


if __name__ == "__main__":
    sys.exit(main())
