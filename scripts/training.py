"""`make training`: build the trainers' QGIS project from the sample register, headless.

    .venv/bin/python scripts/training.py FOLDER [--language en|ar|ckb]

Writes FOLDER/training.qgz (with register.gpkg, atlas.gpkg and exports/ beside it), the
same project the menu entry "Open training project…" builds. The language chooses the
group and bookmark names, the governorate labels and the atlas pages (default: the
plugin's language setting).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mineaction_qgis.i18n import SUPPORTED
from scripts.qgis_env import start_qgis


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="training-project", type=Path)
    parser.add_argument("--language", choices=SUPPORTED, default=None)
    args = parser.parse_args(argv)
    start_qgis()
    from mineaction_qgis.core.training import TrainingError, build_training_project
    from mineaction_qgis.i18n import Translator, chosen_language

    language = args.language or chosen_language()
    translator = Translator()
    translator.install(language)
    try:
        result = build_training_project(args.folder.resolve(), language)
    except TrainingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        translator.remove()
    print(f"Training project: {result.project_path}")
    print(f"  layers: {', '.join(result.layers)}")
    print(f"  bookmarks: {len(result.bookmarks)}")
    print(f"  atlas layout: {result.layout_name or 'none'}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
