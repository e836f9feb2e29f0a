"""The synthetic register and the bundled sample (resources/sample, docs/sample-errors.md, same generator):
every documented deliberate fault is found with its value, nothing else is, and a clean register has no finding."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.synthetic import build_register
from mineaction_qgis.core.validation.rules import RULE_CODES
from tests.conftest import ROOT
from tests.validation_data import findings

HAZARDS = 300


def _ids(text: str) -> frozenset:
    return frozenset(part.strip() for part in (text or "").split(",") if part.strip())


SAMPLE = ROOT / "resources" / "sample"


@dataclass
class Register:
    gpkg: Path
    errors: list
    hazards: int


@pytest.fixture(scope="module", params=["synthetic", "sample"])
def faulty(request, tmp_path_factory):
    """The generated register, and the bundled sample with its documented list (register_errors.json)."""
    if request.param == "synthetic":
        info = build_register(tmp_path_factory.mktemp("synthetic"), HAZARDS, errors=True)
        return Register(info.gpkg, info.errors, HAZARDS)
    assert (SAMPLE / "register.gpkg").is_file(), "the bundled sample is missing: run scripts/make_sample.py"
    errors = json.loads((SAMPLE / "register_errors.json").read_text(encoding="utf-8"))
    hazards = json.loads((SAMPLE / "sample.json").read_text(encoding="utf-8"))["hazards"]
    return Register(SAMPLE / "register.gpkg", errors, hazards)


def _validate(run_alg, info, folder: Path, **parameters):
    params = {
        "INPUT": f"{info.gpkg}|layername=hazards",
        "BOUNDARIES": f"{info.gpkg}|layername=governorates",
        "LOCATIONS": f"{info.gpkg}|layername=locations",
        "OUTPUT": str(folder / "issues.gpkg"),
    }
    params.update(parameters)
    results = run_alg("mineaction:validatehazards", params)
    return results, findings(results["OUTPUT"])


def test_every_documented_hazard_fault_is_found(faulty, run_alg, tmp_path):
    results, found = _validate(run_alg, faulty, tmp_path)
    assert results["CHECKED_COUNT"] == faulty.hazards
    expected = [e for e in faulty.errors if e["kind"] in RULE_CODES and e["kind"] != "date_order"]
    assert {e["kind"] for e in expected} == set(RULE_CODES) - {"date_order"}, "the register has every kind"
    for error in expected:
        matches = [f for f in found if f["rule"] == error["kind"] and _ids(f["hazard_id"]) == _ids(error["hazard_id"])]
        assert matches, f"not found: {error}"
        if error.get("value") is not None and error["kind"] in ("overlap", "duplicate_geometry", "vertex_spacing"):
            assert any(f["value"] == pytest.approx(error["value"], rel=0.02) for f in matches), (
                error,
                [f["value"] for f in matches],
            )
        if error.get("field"):
            assert any(f["field"] == error["field"] for f in matches), error


def test_no_finding_is_unexplained(faulty, run_alg, tmp_path):
    _, found = _validate(run_alg, faulty, tmp_path)
    explained = {}
    for error in faulty.errors:
        for hazard in _ids(error["hazard_id"]) or {""}:
            explained.setdefault(hazard, set()).update([error["kind"]] + list(error.get("also", [])))
    for finding in found:
        kinds = set().union(*(explained.get(h, set()) for h in _ids(finding["hazard_id"]) or {""}))
        assert finding["rule"] in kinds, finding["message"]


def test_date_faults_of_activities_found_on_the_activity_layer(faulty, run_alg, tmp_path):
    """Any polygon layer with other field names: the activities, their start and end dates."""
    results = run_alg(
        "mineaction:validatehazards",
        {
            "INPUT": f"{faulty.gpkg}|layername=activities",
            "ID_FIELD": "activity_id",
            "STATUS_FIELD": "",
            "CLASS_FIELD": "",
            "AREA_FIELD": "",
            "GOVERNORATE_FIELD": "",
            "DATE_FIELDS": "start_date<end_date",
            "RULES": ["date_order"],
            "OUTPUT": str(tmp_path / "activity_issues.gpkg"),
        },
    )
    found = {(f["hazard_id"], f["value"]) for f in findings(results["OUTPUT"])}
    expected = {(e["activity_id"], float(e["value"])) for e in faulty.errors if e["kind"] == "date_order"}
    assert expected and found == expected


def test_clean_synthetic_register_has_no_finding(run_alg, tmp_path):
    info = build_register(tmp_path, HAZARDS, errors=False)
    results, found = _validate(run_alg, info, tmp_path)
    assert results["CHECKED_COUNT"] == HAZARDS
    assert [f["message"] for f in found] == []
