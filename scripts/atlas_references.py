"""`make atlas-references`: redraw the atlas's reference pages and the user guide's atlas pictures.

    .venv/bin/python scripts/atlas_references.py

Writes ``tests/data/atlas/atlas-<language>.png`` (what tests/test_atlas.py compares a fresh
page with, 50 dpi) and ``docs/images/atlas-<language>.png`` (110 dpi) for English, Arabic
and Sorani, and ``docs/images/atlas-continued-en.png`` (a hazard whose table continues on a
second sheet). Run it after an intended change of the page, the templates or the
translations, look at the pictures, and commit them with the change.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.qgis_env import ROOT, run, start_qgis

REFERENCES = ROOT / "tests" / "data" / "atlas"
DOCS_IMAGES = ROOT / "docs" / "images"


def rasterise(pdf: Path, target: Path, dpi: int, page: int = 1) -> Path:
    """Page ``page`` of ``pdf`` as the PNG ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )
    return target


def main() -> int:
    start_qgis()
    from tests.atlas_data import (
        REFERENCE_LANGUAGES,
        continuation_parameters,
        reference_parameters,
        write_register,
        write_survey_register,
    )

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        register = write_register(work / "register")
        for language in REFERENCE_LANGUAGES:
            parameters = reference_parameters(register, language, work / f"{language}.pdf")
            pdf = Path(run("mineaction:atlas", parameters)["OUTPUT"])
            print(rasterise(pdf, REFERENCES / f"atlas-{language}.png", 50))
            print(rasterise(pdf, DOCS_IMAGES / f"atlas-{language}.png", 110))
        survey = write_survey_register(work / "survey")
        pdf = Path(run("mineaction:atlas", continuation_parameters(survey, work / "continued.pdf"))["OUTPUT"])
        print(rasterise(pdf, DOCS_IMAGES / "atlas-continued-en.png", 110, page=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
