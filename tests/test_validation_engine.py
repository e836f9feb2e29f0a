"""The validation engine called directly, as a dialog or a script would: one QgsFeedback for progress and cancel."""

from qgis.core import QgsFeedback

from mineaction_qgis.core.validation.engine import validate
from mineaction_qgis.core.validation.rules.base import ValidationSettings
from tests.validation_data import box, hazard, layer, write_hazards


def _hazards(tmp_path, count=3):
    rows = [hazard(f"Land-{n}", box(n * 60, 0, 100, 100)) for n in range(count)]  # each overlaps the next
    return layer(write_hazards(tmp_path / "register.gpkg", rows))


def test_progress_reaches_the_end_and_findings_come_back(tmp_path):
    feedback = QgsFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    result = validate(_hazards(tmp_path), ValidationSettings(rules=["overlap"]), feedback=feedback)
    assert result.checked == 3
    assert sorted(f.hazard_id for f in result.findings) == ["Land-0, Land-1", "Land-1, Land-2"]
    assert seen and seen[-1] == 100.0 and seen == sorted(seen)


def test_a_cancelled_run_stops_before_reading_hazards(tmp_path):
    feedback = QgsFeedback()
    feedback.cancel()
    result = validate(_hazards(tmp_path), ValidationSettings(rules=["overlap"]), feedback=feedback)
    assert result.checked == 0 and result.findings == []


def test_without_feedback_the_run_still_completes(tmp_path):
    result = validate(_hazards(tmp_path), ValidationSettings(rules=["overlap"]))
    assert len(result.findings) == 2
