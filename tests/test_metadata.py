"""metadata.txt carries every field the QGIS plugin repository and Plugin Manager read."""

import configparser

from tests.conftest import ROOT

REQUIRED = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "tracker",
    "repository",
    "homepage",
    "tags",
    "icon",
    "hasProcessingProvider",
)


def _metadata():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_fields_present():
    general = _metadata()
    for key in REQUIRED:
        assert general.get(key, "").strip(), key


def test_values():
    general = _metadata()
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).is_file()
    version = general["version"]
    assert all(part.isdigit() for part in version.split("."))
    assert f"## {version}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
