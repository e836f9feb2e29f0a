"""qgis_process runs mineaction:validatehazards from the packaged plugin, as the docs show (nightly runs)."""

import subprocess

from tests.conftest import QGIS_PROCESS
from tests.test_package import package, qgis_profile  # noqa: F401  (fixtures)
from tests.validation_data import box, findings, hazard, write_hazards


def test_qgis_process_validates_and_reports(qgis_profile, tmp_path):  # noqa: F811
    env, _ = qgis_profile
    uri = write_hazards(
        tmp_path / "register.gpkg",
        [
            hazard("A", box(0, 0, 100, 100)),
            hazard("B", box(50, 0, 100, 100)),
            hazard("C", box(500, 0, 10, 10), status=None),
        ],
    )
    issues, report = tmp_path / "issues.gpkg", tmp_path / "report.html"
    done = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "mineaction:validatehazards",
            "--",
            f"INPUT={uri}",
            "AREA_FIELD=",
            "RULES=overlap",
            "RULES=missing_value",
            f"OUTPUT={issues}",
            f"REPORT={report}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ISSUE_COUNT:\t2" in done.stdout.replace(": ", ":\t")
    assert sorted((f["hazard_id"], f["rule"]) for f in findings(str(issues))) == [
        ("A, B", "overlap"),
        ("C", "missing_value"),
    ]
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
