"""`make package` builds a zip QGIS installs, and qgis_process finds the provider in it.

This is the path a server user takes: unzip into a plugin folder, enable the plugin
in a profile, run qgis_process.
"""

import configparser
import os
import subprocess
import zipfile

import pytest
from qgis.PyQt.QtCore import QSettings

from scripts.package import build
from tests.conftest import QGIS_PROCESS


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dist") / "mineaction_qgis.zip")


@pytest.fixture(scope="module")
def qgis_profile(package, tmp_path_factory):
    """A plugin folder with the unzipped package and a fresh QGIS config with it enabled."""
    base = tmp_path_factory.mktemp("qgis")
    plugins, config = base / "plugins", base / "config"
    plugins.mkdir()
    config.mkdir()
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(config)
    )
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "mineaction_qgis"], env=env, check=True, capture_output=True)
    return env, config / "profiles" / "default" / "QGIS" / "QGIS3.ini"


def test_zip_layout(package):
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"mineaction_qgis"}
    for needed in (
        "metadata.txt",
        "LICENSE",
        "__init__.py",
        "plugin.py",
        "i18n/mineaction_qgis_ar.qm",
        "i18n/mineaction_qgis_ckb.qm",
        "resources/icons/mineaction.svg",
        "ui/settings_dialog.ui",
    ):
        assert f"mineaction_qgis/{needed}" in names, needed
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]
    with zipfile.ZipFile(package) as archive:
        meta = configparser.ConfigParser()
        meta.read_string(archive.read("mineaction_qgis/metadata.txt").decode("utf-8"))
        assert f"mineaction_qgis/{meta['general']['icon']}" in names


def test_bundled_world_magnetic_model_works_without_pip(package, tmp_path):
    """A QGIS without pygeomag (Debian's python3 here) finds the copy the zip bundles in vendor/."""
    with zipfile.ZipFile(package) as archive:
        assert "mineaction_qgis/vendor/pygeomag/geomag.py" in archive.namelist()
        archive.extractall(tmp_path)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from datetime import date; "
        "from mineaction_qgis.core.common.magnetic import declination; "
        "d = declination(30.5, 47.7, date(2026, 6, 1)); print(d.model, round(d.degrees, 1))"
    )
    done = subprocess.run(
        ["/usr/bin/python3", "-S", "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=""),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["WMM-2025", "4.0"]


def _set_locale(ini, locale):
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("locale/overrideFlag", bool(locale))
    settings.setValue("locale/userLocale", locale)
    settings.sync()


def _list(env):
    done = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_qgis_process_lists_provider(qgis_profile):
    env, ini = qgis_profile
    _set_locale(ini, "en_US")
    output = _list(env)
    assert "Mine action" in output
    from mineaction_qgis.processing.provider import algorithm_classes

    for cls in algorithm_classes():
        assert f"mineaction:{cls().name()}" in output


@pytest.mark.parametrize("locale, provider_name", [("ar", "الأعمال المتعلقة بالألغام"), ("ckb_IQ", "کاروباری مین")])
def test_qgis_process_speaks_the_profile_language(qgis_profile, locale, provider_name):
    env, ini = qgis_profile
    _set_locale(ini, locale)
    try:
        assert provider_name in _list(env)
    finally:
        _set_locale(ini, "")


def _algorithm_names():
    from mineaction_qgis.processing.provider import algorithm_classes

    return [(cls.__name__, cls().name(), cls().displayName()) for cls in algorithm_classes()]


@pytest.mark.parametrize("class_name, name, display_name", _algorithm_names())
def test_qgis_process_help_in_arabic(qgis_profile, class_name, name, display_name):
    """`qgis_process.bin help mineaction:…` in an Arabic profile answers in Arabic."""
    from scripts.translations import messages, ts_path

    arabic = messages(ts_path("ar"))[(class_name, display_name)][0]
    env, ini = qgis_profile
    _set_locale(ini, "ar")
    try:
        done = subprocess.run(
            [QGIS_PROCESS, "help", f"mineaction:{name}"], env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        _set_locale(ini, "")
    assert done.returncode == 0, done.stderr
    assert arabic in done.stdout
