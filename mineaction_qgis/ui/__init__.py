"""Dialogs: they collect parameters and run the Processing algorithms, nothing more."""

from pathlib import Path

from qgis.PyQt import uic

UI_DIR = Path(__file__).resolve().parent


def load_ui(name: str):
    """Form class of ``ui/<name>.ui``, loaded at run time (no compiled resources)."""
    form_class, _ = uic.loadUiType(str(UI_DIR / f"{name}.ui"))
    return form_class
