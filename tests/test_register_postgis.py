"""The shared register in a real PostGIS (tests/postgis_server.py): import, history, credentials, concurrency, roles."""

import json
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsProviderRegistry, QgsVectorLayer

from mineaction_qgis.core.common import model
from mineaction_qgis.core.register.connection import layer_source, redact, resolve_target
from mineaction_qgis.core.register.postgis import LOCK_NAMESPACE
from tests.conftest import QGIS_PROCESS
from tests.postgis_server import OFFICER_PASSWORD, VIEWER_PASSWORD
from tests.register_data import ADDED, CLOSED, DROPPED, GROWN, monthly_exports
from tests.test_package import package, qgis_profile  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parent.parent


class Recording(QgsProcessingFeedback):
    """Keeps every message the algorithm reports, to look for leaked credentials."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):
        self.messages.append(info)

    def pushWarning(self, warning):
        self.messages.append(warning)

    def reportError(self, error, fatalError=False):
        self.messages.append(error)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    return monthly_exports(tmp_path_factory.mktemp("exports"))


def rows(postgis, sql):
    return [line.split("|") for line in postgis.psql(sql).splitlines() if line]


def import_into(run_alg, export, register, schema, tmp_path, feedback=None, **extra):
    return run_alg(
        "mineaction:importimsma",
        {
            "INPUT": str(export),
            "OUTPUT": str(tmp_path / f"{Path(export).stem}.gpkg"),
            "REGISTER": register,
            "SCHEMA": schema,
            **extra,
        },
        feedback=feedback,
    )


def test_import_creates_canonical_tables_with_keys_indexes_and_types(postgis, run_alg, exports, tmp_path):
    result = import_into(run_alg, exports[0], postgis.uri(), "typed", tmp_path)
    assert result["IMPORT_ID"] == 1 and result["HAZARD_COUNT"] == 9
    for layer in (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED):
        key = postgis.psql(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            f" WHERE i.indrelid = 'typed.{layer}'::regclass AND i.indisprimary"
        )
        assert key == "fid", layer
    indexes = postgis.psql(
        "SELECT indexname FROM pg_indexes WHERE schemaname = 'typed' AND indexdef LIKE '%USING gist (geom)%' ORDER BY 1"
    )
    assert indexes.split() == ["activities_geom_idx", "hazards_geom_idx", "points_geom_idx"]
    types = dict(
        rows(
            postgis,
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = 'typed' AND table_name = 'hazards'",
        )
    )
    assert types["hazard_id"] == "text" and types["estimated_area_m2"] == "double precision" and types["doi"] == "date"
    assert (
        postgis.psql(
            "SELECT type, srid FROM geometry_columns WHERE f_table_schema = 'typed' AND f_table_name = 'hazards'"
        )
        == "MULTIPOLYGON|4326"
    )
    assert (
        postgis.psql("SELECT type FROM geometry_columns WHERE f_table_schema = 'typed' AND f_table_name = 'points'")
        == "POINT"
    )
    assert postgis.psql("SELECT count(*), count(DISTINCT record_key) FROM typed.points") == "73|73"
    # What was written is what the GeoPackage holds, area included.
    gpkg = QgsVectorLayer(f"{tmp_path / 'march.gpkg'}|layername=hazards", "h", "ogr")
    expected = {f["hazard_id"]: f["calculated_area_m2"] for f in gpkg.getFeatures()}
    stored = {
        hazard: float(area)
        for hazard, area in rows(postgis, "SELECT hazard_id, ST_Area(geom::geography, true) FROM typed.hazards")
    }
    assert stored.keys() == expected.keys()
    assert all(abs(stored[h] - expected[h]) < 0.005 * expected[h] for h in expected)


def test_monthly_import_keeps_history(postgis, run_alg, exports, tmp_path):
    import_into(run_alg, exports[0], postgis.uri(), "monthly", tmp_path)
    feedback = Recording()
    result = import_into(run_alg, exports[1], postgis.uri(), "monthly", tmp_path, feedback)
    assert result["IMPORT_ID"] == 2
    counts = json.loads(postgis.psql("SELECT counts FROM monthly.imports WHERE import_id = 2"))
    assert counts["hazards"] == {"new": 1, "changed": 2, "unchanged": 6, "missing": 1, "returned": 0}
    assert counts["activities"]["unchanged"] == 2
    changes = {
        row[0]: row[1:]
        for row in rows(
            postgis,
            "SELECT object_id, kind, fields, old_values->>'status', new_values->>'status',"
            " round(coalesce(area_gained_m2, 0)), round(coalesce(area_lost_m2, 0))"
            " FROM monthly.changes WHERE import_id = 2 AND layer = 'hazards'",
        )
    }
    assert set(changes) == {CLOSED, GROWN, DROPPED, ADDED}
    assert changes[CLOSED][:4] == ["changed", "status,remaining_area_m2", "Open", "Closed"]
    kind, fields, _, _, gained, lost = changes[GROWN]
    assert (kind, fields) == ("changed", "geometry") and float(gained) > 100_000 and float(lost) == 0
    assert changes[DROPPED][0] == "missing" and float(changes[DROPPED][5]) > 600_000
    assert changes[ADDED][0] == "new" and float(changes[ADDED][4]) > 600_000
    # The dropped hazard is kept, marked with the import that no longer had it; the new one says when it came.
    assert (
        postgis.psql(f"SELECT missing_since, first_import FROM monthly.hazards WHERE hazard_id = '{DROPPED}'") == "2|1"
    )
    assert (
        postgis.psql(f"SELECT status, changed_import FROM monthly.hazards WHERE hazard_id = '{CLOSED}'") == "Closed|2"
    )
    assert postgis.psql(f"SELECT first_import FROM monthly.hazards WHERE hazard_id = '{ADDED}'") == "2"
    assert postgis.psql("SELECT count(*) FROM monthly.hazards") == "10"
    imports = rows(
        postgis,
        "SELECT import_id, imported_by, file_name, length(checksum), new_count, missing_count,"
        " imported_at IS NOT NULL FROM monthly.imports ORDER BY 1",
    )
    assert imports == [
        ["1", "officer", "march.xml", "64", "84", "0", "t"],
        ["2", "officer", "april.xml", "64", "7", "7", "t"],
    ]
    assert any("hazards: 1 new, 2 changed, 6 unchanged, 1 no longer in the export" in m for m in feedback.messages)
    # The same export again changes nothing; Land-9 stays missing.
    import_into(run_alg, exports[1], postgis.uri(), "monthly", tmp_path)
    assert (
        postgis.psql("SELECT new_count, changed_count, missing_count FROM monthly.imports WHERE import_id = 3")
        == "0|0|0"
    )
    # March again: the dropped hazard returns, the changes go back.
    import_into(run_alg, exports[0], postgis.uri(), "monthly", tmp_path)
    assert (
        postgis.psql(
            f"SELECT kind FROM monthly.changes WHERE import_id = 4 AND object_id = '{DROPPED}' AND layer = 'hazards'"
        )
        == "returned"
    )
    assert postgis.psql(f"SELECT missing_since IS NULL FROM monthly.hazards WHERE hazard_id = '{DROPPED}'") == "t"


def test_service_name_and_qgis_connection_and_no_credentials_anywhere(postgis, run_alg, exports, tmp_path, monkeypatch):
    service_file = postgis.write_service_file(tmp_path / "pg_service.conf", "mineaction_test")
    monkeypatch.setenv("PGSERVICEFILE", str(service_file))
    feedback = Recording()
    result = import_into(run_alg, exports[0], "service=mineaction_test", "by_service", tmp_path, feedback)
    assert result["IMPORT_ID"] == 1
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection("service='mineaction_test'", {}), "Register (test)")
    result = import_into(run_alg, exports[1], "Register (test)", "by_service", tmp_path, feedback)
    assert result["IMPORT_ID"] == 2
    result_uri = import_into(run_alg, exports[1], postgis.uri(), "by_uri", tmp_path, feedback)
    # A layer of the register saved in a project: the project names the service, holds no password.
    project = QgsProject()
    source = layer_source(resolve_target("service=mineaction_test"), "by_service", model.HAZARDS)
    hazards = QgsVectorLayer(source[len("postgres://") :], "hazards", "postgres")
    assert hazards.isValid() and hazards.featureCount() == 10
    project.addMapLayer(hazards)
    assert project.write(str(tmp_path / "register.qgs"))
    stored = [
        (tmp_path / "register.qgs").read_text(encoding="utf-8"),
        "\n".join(feedback.messages),
        repr(result) + repr(result_uri),
        postgis.psql("SELECT string_agg(t::text, ' ') FROM by_uri.imports t"),
        postgis.psql("SELECT string_agg(t::text, ' ') FROM by_uri.changes t"),
    ]
    for text in stored:
        assert OFFICER_PASSWORD not in text
    assert "mineaction_test" in stored[0]
    assert redact(postgis.uri()) == postgis.uri().replace(OFFICER_PASSWORD, "***")
    assert redact(postgis.conninfo()).endswith("password=***")


def test_a_wrong_password_fails_clearly_without_echoing_it(postgis, run_alg, exports, tmp_path):
    wrong = postgis.uri().replace(OFFICER_PASSWORD, "not-the-password")
    with pytest.raises(QgsProcessingException) as error:
        import_into(run_alg, exports[0], wrong, "refused", tmp_path)
    assert "Cannot connect to the register" in str(error.value) and "not-the-password" not in str(error.value)


def test_a_failed_import_leaves_the_register_as_it_was(postgis, run_alg, exports, tmp_path):
    import_into(run_alg, exports[0], postgis.uri(), "atomic", tmp_path)
    before = postgis.psql(
        "SELECT string_agg(hazard_id || status || coalesce(missing_since, 0), ',' ORDER BY hazard_id)"
        " FROM atomic.hazards"
    )
    # The server refuses the last write of the April import (its record of missing hazards): the import fails late.
    postgis.psql(
        "CREATE FUNCTION atomic.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF NEW.kind = 'missing' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$;"
        "CREATE TRIGGER refuse BEFORE INSERT ON atomic.changes FOR EACH ROW EXECUTE FUNCTION atomic.refuse()"
    )
    with pytest.raises(QgsProcessingException, match="nothing was changed.*disk full"):
        import_into(run_alg, exports[1], postgis.uri(), "atomic", tmp_path)
    after = postgis.psql(
        "SELECT string_agg(hazard_id || status || coalesce(missing_since, 0), ',' ORDER BY hazard_id)"
        " FROM atomic.hazards"
    )
    assert after == before and "Land-10" not in after
    assert postgis.psql("SELECT count(*) FROM atomic.imports") == "1"
    assert postgis.psql("SELECT count(*) FROM atomic.changes WHERE import_id <> 1") == "0"


def _job(export, output, register, wait=None, schema=None):
    extra = (
        [str(wait if wait is not None else 600)] + ([schema] if schema else []) if wait is not None or schema else []
    )
    command = [sys.executable, "-m", "tests.register_import_job", str(export), str(output), register] + extra
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_two_concurrent_imports_do_not_interleave(postgis, exports, tmp_path):
    register = postgis.uri().rsplit("/", 1)[0] + "/register"
    holder = psycopg2.connect(postgis.uri())  # an import in progress elsewhere: the lock is taken
    cursor = holder.cursor()
    cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext('register'))", (LOCK_NAMESPACE,))
    try:
        impatient = _job(exports[0], tmp_path / "impatient.gpkg", register, wait=1)
        out, _ = impatient.communicate(timeout=120)
        assert impatient.returncode == 1, out
        assert "FAILED Another import into register 'register' is still running (by officer" in out
        assert "Nothing was written" in out
        first = _job(exports[0], tmp_path / "first.gpkg", register)
        second = _job(exports[0], tmp_path / "second.gpkg", register)
        deadline = time.time() + 90
        while (
            time.time() < deadline
            and postgis.psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mineaction_qgis'") != "2"
        ):
            time.sleep(0.2)
        time.sleep(0.5)
    finally:
        holder.rollback()  # the first import finishes: both waiting imports now run, one after the other
        holder.close()
    outputs = [job.communicate(timeout=120)[0] for job in (first, second)]
    assert [job.returncode for job in (first, second)] == [0, 0], outputs
    assert all("Another import into register 'register' is running: waiting" in out for out in outputs), outputs
    # The same export twice: whichever ran second found every record of the first, unchanged.
    assert rows(postgis, "SELECT new_count, unchanged_count FROM register.imports ORDER BY import_id") == [
        ["84", "0"],
        ["0", "84"],
    ]
    assert postgis.psql("SELECT count(*), count(DISTINCT record_key) FROM register.hazards") == "9|9"


def test_read_only_role_reads_and_analyses_but_cannot_write(postgis, run_alg, exports, tmp_path):
    import_into(run_alg, exports[0], postgis.uri(), "shared", tmp_path)
    with pytest.raises(QgsProcessingException) as error:
        import_into(run_alg, exports[1], postgis.uri("viewer"), "shared", tmp_path)
    message = str(error.value)
    assert "may read register 'shared' but not write to it" in message and "mineaction_write" in message
    assert VIEWER_PASSWORD not in message
    assert postgis.psql("SELECT count(*) FROM shared.imports") == "1"
    hazards = layer_source(resolve_target(postgis.conninfo("viewer")), "shared", model.HAZARDS)
    result = run_alg("mineaction:validatehazards", {"INPUT": hazards, "OUTPUT": str(tmp_path / "issues.gpkg")})
    assert result["CHECKED_COUNT"] == 9


def test_nightly_qgis_process_job_imports_into_the_register(postgis, qgis_profile, exports, tmp_path):  # noqa: F811
    """The nightly job of docs/en/shared-register.md: the packaged plugin, a service file, no password anywhere."""
    env, _ = qgis_profile
    env = dict(env, PGSERVICEFILE=str(postgis.write_service_file(tmp_path / "pg_service.conf", "register")))
    for export in exports:
        done = subprocess.run(
            [
                QGIS_PROCESS,
                "run",
                "mineaction:importimsma",
                "--",
                f"INPUT={export}",
                f"OUTPUT={tmp_path / 'latest.gpkg'}",
                "REGISTER=service=register",
                "SCHEMA=nightly",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert OFFICER_PASSWORD not in done.stdout + done.stderr
    assert "hazards: 1 new, 2 changed, 6 unchanged, 1 no longer in the export" in done.stdout
    report = tmp_path / "changes.html"
    done = subprocess.run(
        [
            QGIS_PROCESS,
            "run",
            "mineaction:registerchanges",
            "--",
            "REGISTER=service=register",
            "SCHEMA=nightly",
            f"GEOMETRIES={tmp_path / 'changes.gpkg'}",
            f"ATTRIBUTES={tmp_path / 'changes_table.gpkg'}",
            f"REPORT={report}",
            "LANGUAGE=2",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    html = report.read_text(encoding="utf-8")
    assert 'lang="ckb"' in html and "ناوچە مەترسیدارە داخراوەکان" in html and CLOSED in html


def test_an_export_without_activities_leaves_the_activities_alone(postgis, run_alg, exports, tmp_path):
    """A hazards-only export (a point list) must not mark every activity as no longer exported."""
    import shutil
    import sqlite3

    from mineaction_qgis.core.register.postgis import publish

    import_into(run_alg, exports[0], postgis.uri(), "partial", tmp_path)
    hazards_only = tmp_path / "hazards_only.gpkg"
    shutil.copy(tmp_path / "march.gpkg", hazards_only)
    with sqlite3.connect(hazards_only) as db:
        db.execute("DELETE FROM activities")
    result = publish(str(hazards_only), resolve_target(postgis.uri()), "partial")
    assert result.diff.counts(model.HAZARDS)["unchanged"] == 9
    assert result.diff.counts(model.ACTIVITIES)["missing"] == 0
    assert postgis.psql("SELECT count(*) FROM partial.activities WHERE missing_since IS NULL") == "2"


def test_qgis_connection_with_an_authentication_configuration(postgis, run_alg, exports, tmp_path):
    """The password lives in QGIS's encrypted store: imports work, the project keeps only the authcfg id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri

    manager = QgsApplication.authManager()
    assert "pytest-qgis" in manager.authenticationDatabasePath()  # never the user's own store
    assert manager.setMasterPassword("test-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("register officer")
    config.setConfig("username", "officer")
    config.setConfig("password", OFFICER_PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    uri = QgsDataSourceUri()
    uri.setConnection(
        postgis.host, str(postgis.port), "register", "", "", QgsDataSourceUri.SslMode.SslPrefer, config.id()
    )
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "Register (authcfg)")
    feedback = Recording()
    result = import_into(run_alg, exports[0], "Register (authcfg)", "by_authcfg", tmp_path, feedback)
    assert result["IMPORT_ID"] == 1
    hazards = QgsVectorLayer(
        layer_source(resolve_target("Register (authcfg)"), "by_authcfg", "hazards")[len("postgres://") :],
        "h",
        "postgres",
    )
    assert hazards.isValid() and hazards.featureCount() == 9
    project = QgsProject()
    project.addMapLayer(hazards)
    assert project.write(str(tmp_path / "authcfg.qgs"))
    text = (tmp_path / "authcfg.qgs").read_text(encoding="utf-8")
    assert f"authcfg={config.id()}" in text and OFFICER_PASSWORD not in text
    assert OFFICER_PASSWORD not in "\n".join(feedback.messages) + repr(result)


def test_readers_see_the_register_before_or_after_an_import_never_half(postgis, run_alg, exports, tmp_path):
    """While an import's transaction is open (held at its last statement), a reader sees last month's register
    at once: it neither waits for the import (no DDL lock on existing tables) nor sees half of it."""
    import_into(run_alg, exports[0], postgis.uri(), "isolated", tmp_path)
    # The superuser, over the cluster's socket: it may see every session's wait event.
    reader = psycopg2.connect(host=str(postgis.folder), port=postgis.port, user="postgres", dbname="register")
    reader.autocommit = True
    cursor = reader.cursor()

    def state():
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE missing_since IS NOT NULL),"
            " count(*) FILTER (WHERE status = 'Closed')"
            " FROM isolated.hazards"
        )
        return cursor.fetchone()

    def sleeping():
        cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")
        return cursor.fetchone()[0]

    before = state()
    postgis.psql(
        "CREATE FUNCTION isolated.hold() RETURNS trigger LANGUAGE plpgsql"
        " AS $$ BEGIN PERFORM pg_sleep(8); RETURN NEW; END $$;"
        "CREATE TRIGGER hold BEFORE UPDATE ON isolated.imports FOR EACH ROW EXECUTE FUNCTION isolated.hold()"
    )
    job = _job(exports[1], tmp_path / "april_job.gpkg", postgis.uri(), schema="isolated")
    deadline = time.time() + 90
    while time.time() < deadline and not sleeping():
        time.sleep(0.05)
    started = time.time()
    during = state()  # the hazards, changes and marks are written, not yet committed
    waited = time.time() - started
    held = sleeping()
    out, _ = job.communicate(timeout=120)
    assert job.returncode == 0, out
    after = state()
    reader.close()
    assert held == 1, "the import was not held open while the reader read"
    assert waited < 5, f"the reader waited {waited:.1f} s for the import"
    assert during == before == (9, 0, 3)
    assert after == (10, 1, 4)


def test_every_canonical_layer_of_the_sample_goes_into_the_register(postgis, run_alg, tmp_path):
    """The writer follows core/common/model.py: items, spot tasks, accidents... get tables; a re-import changes
    nothing."""
    sample = ROOT / "resources" / "sample" / "imsma_ng.xml"
    first = import_into(run_alg, sample, postgis.uri(), "sample", tmp_path)
    gpkg = tmp_path / "imsma_ng.gpkg"
    written = {
        name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr").featureCount()
        for name in model.LAYERS
        if QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr").isValid()
    }
    assert len([name for name, count in written.items() if count]) >= 6, written
    for name, count in written.items():
        assert postgis.psql(f"SELECT count(*) FROM sample.{name}") == str(count), name
    import_into(run_alg, sample, postgis.uri(), "sample", tmp_path)
    assert first["IMPORT_ID"] == 1
    assert (
        postgis.psql("SELECT new_count, changed_count, missing_count FROM sample.imports WHERE import_id = 2")
        == "0|0|0"
    )


def _table_rows(gpkg, layer):
    """Every row of a GeoPackage layer but its fid, sorted: what an import wrote, in any order."""
    import sqlite3

    connection = sqlite3.connect(gpkg)
    try:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer}")') if row[1] != "fid"]
        listed = ", ".join(f'"{c}"' for c in columns)
        return sorted((repr(row) for row in connection.execute(f'SELECT {listed} FROM "{layer}"')))
    finally:
        connection.close()


def test_a_reimport_reads_only_the_changed_forms_and_writes_what_a_full_read_writes(
    postgis, run_alg, exports, tmp_path
):
    march, april = exports
    import_into(run_alg, march, postgis.uri(), "forms", tmp_path)
    stored = int(postgis.psql("SELECT count(*) FROM forms.form_cache"))
    assert stored == 11  # the 9 hazard forms and 2 activity forms of March
    feedback = Recording()
    cached = run_alg(
        "mineaction:importimsma",
        {"INPUT": str(april), "OUTPUT": str(tmp_path / "cached.gpkg"), "REGISTER": postgis.uri(), "SCHEMA": "forms"},
        feedback=feedback,
    )
    assert any("8 forms unchanged since the register's last import were not read again" in m for m in feedback.messages)
    full = run_alg("mineaction:importimsma", {"INPUT": str(april), "OUTPUT": str(tmp_path / "full.gpkg")})
    for key in ("HAZARD_COUNT", "ACTIVITY_COUNT", "POINT_COUNT", "REJECTED_COUNT"):
        assert cached[key] == full[key], key
    for layer in (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED):
        assert _table_rows(cached["OUTPUT"], layer) == _table_rows(full["OUTPUT"], layer), layer
    counts = json.loads(postgis.psql("SELECT counts FROM forms.imports WHERE import_id = 2"))
    assert counts["hazards"] == {"new": 1, "changed": 2, "unchanged": 6, "missing": 1, "returned": 0}
    assert postgis.psql("SELECT count(*) FROM forms.form_cache") == "11"  # April's 9 hazard and 2 activity forms
    # The same export again: every form is known, nothing changes, every record is still accounted for.
    feedback = Recording()
    again = run_alg(
        "mineaction:importimsma",
        {"INPUT": str(april), "OUTPUT": str(tmp_path / "again.gpkg"), "REGISTER": postgis.uri(), "SCHEMA": "forms"},
        feedback=feedback,
    )
    assert any("11 forms unchanged" in m for m in feedback.messages)
    assert postgis.psql("SELECT new_count, changed_count, missing_count FROM forms.imports WHERE import_id = 3") == (
        "0|0|0"
    )
    for layer in (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED):
        assert _table_rows(again["OUTPUT"], layer) == _table_rows(full["OUTPUT"], layer), layer
    layer = QgsVectorLayer(f"{again['OUTPUT']}|layername=hazards", "h", "ogr")
    assert layer.featureCount() == 9 and layer.extent().contains(
        QgsVectorLayer(f"{full['OUTPUT']}|layername=hazards", "h", "ogr").extent()
    )


def test_forms_moved_in_the_file_are_reused_with_their_new_numbers(postgis, run_alg, exports, tmp_path):
    """A form's rows name its number (source_ref, messages of rejected points): moved forms keep them true."""
    import xml.etree.ElementTree as ET

    march, _april = exports
    tree = ET.parse(march)
    root = tree.getroot()
    forms = [child for child in root if child.tag.endswith("FieldReport")]
    latitude = next(element for element in forms[4].iter() if element.tag.endswith("latitude"))
    latitude.text = "north"  # a point the reader rejects, with a message naming its form
    first = tmp_path / "first.xml"
    tree.write(first, encoding="utf-8", xml_declaration=True)
    for form in forms:
        root.remove(form)
    root.extend(reversed(forms))
    moved = tmp_path / "moved.xml"
    tree.write(moved, encoding="utf-8", xml_declaration=True)
    import_into(run_alg, first, postgis.uri(), "moved", tmp_path)
    feedback = Recording()
    cached = import_into(run_alg, moved, postgis.uri(), "moved", tmp_path, feedback)
    assert any("11 forms unchanged" in m for m in feedback.messages)
    full = run_alg("mineaction:importimsma", {"INPUT": str(moved), "OUTPUT": str(tmp_path / "full.gpkg")})
    assert cached["REJECTED_COUNT"] == full["REJECTED_COUNT"] >= 1
    for layer in (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED):
        assert _table_rows(cached["OUTPUT"], layer) == _table_rows(full["OUTPUT"], layer), layer
    assert postgis.psql("SELECT changed_count, missing_count FROM moved.imports WHERE import_id = 2") == "0|0"


def test_an_activity_is_read_again_when_the_hazard_it_names_by_guid_changes_its_id(postgis, run_alg, exports, tmp_path):
    """An activity naming its hazard by GUID takes the hazard's local ID from the hazard's form: a form is
    reused only while what it names is the same."""
    import xml.etree.ElementTree as ET

    march, _april = exports

    def export(name: str, hazard_id: str):
        """March, with ACT-1 naming Land-1 by GUID and Land-1 called ``hazard_id``."""
        tree = ET.parse(march)
        for item in tree.getroot().iter():
            kind = item.tag.rsplit("}", 1)[-1]
            for element in item:
                if kind in ("Hazard", "HazardReduction") and element.tag.endswith("}hazard_localid"):
                    if element.text == "Land-1" and kind == "HazardReduction":
                        element.tag = element.tag.replace("hazard_localid", "hazard_guid")
                        element.text = "00000000-0000-0000-0000-000000000001"
                    elif element.text == "Land-1":
                        element.text = hazard_id
        path = tmp_path / f"{name}.xml"
        tree.write(path, encoding="utf-8", xml_declaration=True)
        return path

    import_into(run_alg, export("before", "Land-1"), postgis.uri(), "linked", tmp_path)
    after = export("after", "Land-1b")
    feedback = Recording()
    cached = import_into(run_alg, after, postgis.uri(), "linked", tmp_path, feedback)
    assert any("9 forms unchanged" in m for m in feedback.messages)  # not the hazard, not its activity
    full = run_alg("mineaction:importimsma", {"INPUT": str(after), "OUTPUT": str(tmp_path / "full.gpkg")})
    for layer in (model.HAZARDS, model.ACTIVITIES, model.POINTS, model.REJECTED):
        assert _table_rows(cached["OUTPUT"], layer) == _table_rows(full["OUTPUT"], layer), layer
    activities = QgsVectorLayer(f"{cached['OUTPUT']}|layername=activities", "a", "ogr")
    assert "Land-1b" in {feature["hazard_id"] for feature in activities.getFeatures()}


def test_points_of_two_hazards_sharing_an_id_keep_their_histories_when_one_form_is_read_again(
    postgis, run_alg, exports, tmp_path
):
    """Two hazards with one local ID (different GUIDs) give their points the same keys, told apart by form
    order (``#2``), not by the order a re-import writes rows in (it copies the unchanged forms last)."""
    import xml.etree.ElementTree as ET

    march, _april = exports

    def export(name: str, status: str):
        tree = ET.parse(march)
        for item in tree.getroot().iter():
            if not item.tag.endswith("}Hazard"):
                continue
            local = next(child for child in item if child.tag.endswith("}hazard_localid"))
            if local.text == "Land-6":  # the later of the two forms
                next(child for child in item if child.tag.endswith("}statusenum")).text = status
                for element in item.iter():  # its ID, its polygon's and its points' IDs
                    if element.text and element.text.startswith("Land-6"):
                        element.text = element.text.replace("Land-6", "Land-5")
        path = tmp_path / f"{name}.xml"
        tree.write(path, encoding="utf-8", xml_declaration=True)
        return path

    import_into(run_alg, export("shared", "Active"), postgis.uri(), "same_id", tmp_path)
    assert int(postgis.psql("SELECT count(*) FROM same_id.points WHERE record_key LIKE '%#2'")) > 0
    feedback = Recording()
    import_into(run_alg, export("shared_closed", "Expired"), postgis.uri(), "same_id", tmp_path, feedback)
    assert any("10 forms unchanged" in m for m in feedback.messages)
    changes = rows(postgis, "SELECT layer, object_id, fields FROM same_id.changes WHERE import_id = 2")
    assert changes == [["hazards", "Land-5", "status"]], changes


def test_another_officer_of_the_writers_imports_into_a_register_an_officer_created(postgis, run_alg, exports, tmp_path):
    """The writers' role may do all an import does (stored forms are replaced), not only the register's owner."""
    postgis.psql("CREATE ROLE second_officer LOGIN PASSWORD 'second-secret' IN ROLE mineaction_write")
    march, april = exports
    import_into(run_alg, march, postgis.uri(), "two_officers", tmp_path)
    second = postgis.uri().replace(f"officer:{OFFICER_PASSWORD}", "second_officer:second-secret")
    result = import_into(run_alg, april, second, "two_officers", tmp_path)
    assert result["IMPORT_ID"] == 2
    assert postgis.psql("SELECT imported_by FROM two_officers.imports WHERE import_id = 2") == "second_officer"
