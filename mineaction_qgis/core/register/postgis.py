"""The shared register in a PostGIS schema: tables from core/common/model.py, one transaction per import.

Every canonical layer of ``model.LAYERS`` becomes a table ``<schema>.<layer>`` with a ``fid``
primary key, the canonical fields in their SQL types, ``geom`` (EPSG:4326, GiST index) and the
history columns ``record_key`` (unique: GUID, else local ID, see history.py), ``row_hash``,
``first_import``, ``changed_import`` and ``missing_since`` (set when a record is no longer in
the export: it stays, marked, and is never deleted). ``rejected`` keeps each import's rejections
with their ``import_id``. ``imports`` says who imported which file (name, SHA-256), when, with
which counts; ``changes`` holds every new, changed, missing and returned record of each import
with the fields that changed and the area gained and lost. ``form_cache`` keeps, by form
checksum, the GeoPackage rows each hazard and activity form of the last maXML import gave, so
that the next import does not read the unchanged forms again (core/imsma/form_cache.py).

A layer the export holds no record of is left as it is (a point list carries no activities:
its import must not mark every activity as no longer exported).

An import (``publish``) runs in ONE transaction: readers see the register before or after it,
never half of it; a failure rolls everything back. An advisory lock per schema makes a second
import wait for the first (up to ``lock_wait`` seconds) or fail with a message naming who holds it.
A new canonical layer or field (core/common/model.py) is created by the next import: nothing here lists them.

Public API::

    result = publish("staging.gpkg", resolve_target("service=register"), "register",
                     file_name="april.xml", checksum=sha256, feedback=fb)
    result.import_id, result.diff.counts("hazards")
"""

import csv
import getpass
import io
import json
import struct
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsFeedback, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.common.record_identity import RecordKey
from mineaction_qgis.core.imsma.form_cache import FormCache, FormsRead, decode_entry, encode_entry, rows_by_form
from mineaction_qgis.core.register import history
from mineaction_qgis.core.register.connection import RegisterError, Target, connect, redact
from mineaction_qgis.core.register.history import RecordChange, RegisterDiff, Row

LOCK_NAMESPACE = 1835  # first key of the advisory lock; the second is hashtext(schema)
READ_ROLE = "mineaction_read"
WRITE_ROLE = "mineaction_write"
_SQL_TYPES = {
    QVariant.Type.String: "text",
    QVariant.Type.Double: "double precision",
    QVariant.Type.Int: "integer",
    QVariant.Type.LongLong: "bigint",
    QVariant.Type.Date: "date",
    QVariant.Type.DateTime: "timestamp",
    QVariant.Type.Bool: "boolean",
}
HISTORY_COLUMNS = ("record_key", "row_hash", "first_import", "changed_import", "missing_since")
FORM_CACHE = "form_cache"


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _geometry_type(definition: model.LayerDef) -> Optional[str]:
    if definition.wkb_type == QgsWkbTypes.Type.NoGeometry:
        return None
    return f"geometry({QgsWkbTypes.displayString(definition.wkb_type)},4326)"


def _layer_columns(name: str) -> List[Tuple[str, str]]:
    """(column, SQL type) of a layer's register table, after ``fid``: canonical fields, geometry, history."""
    definition = model.LAYERS[name]
    columns = [(field.name, _SQL_TYPES.get(field.type, "text")) for field in definition.fields]
    geometry = _geometry_type(definition)
    if geometry:
        columns.append(("geom", geometry))
    if name in history.WITHOUT_HISTORY:
        return columns + [("import_id", "integer")]
    return columns + [
        ("record_key", "text NOT NULL UNIQUE"),
        ("row_hash", "text"),
        ("first_import", "integer"),
        ("changed_import", "integer"),
        ("missing_since", "integer"),
    ]


def ensure_schema(cursor, schema: str, layers: Sequence[str]) -> None:
    """Create the schema, ``imports``, ``changes`` and the tables of ``layers``, or their new columns.

    Only what is missing is created: DDL on an existing table (even ``ADD COLUMN IF NOT EXISTS``)
    takes an exclusive lock that would keep every reader waiting until the import commits.
    """
    s = quote(schema)
    cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {s}")
    cursor.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s", (schema,))
    present: Dict[str, set] = {}
    for table, column in cursor.fetchall():
        present.setdefault(table, set()).add(column)
    cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = %s", (schema,))
    indexes = {row[0] for row in cursor.fetchall()}
    created = False
    if "imports" not in present:
        cursor.execute(
            f"CREATE TABLE {s}.imports (import_id serial PRIMARY KEY, imported_at timestamptz NOT NULL DEFAULT now(),"
            " imported_by text NOT NULL DEFAULT current_user, os_user text, file_name text, checksum text,"
            " new_count integer, changed_count integer, unchanged_count integer, missing_count integer,"
            " rejected_count integer, counts jsonb)"
        )
        created = True
    if "changes" not in present:
        cursor.execute(
            f"CREATE TABLE {s}.changes (change_id bigserial PRIMARY KEY, import_id integer NOT NULL"
            f" REFERENCES {s}.imports, layer text NOT NULL, record_key text NOT NULL, object_id text, kind text NOT "
            f"NULL,"
            " fields text, old_values jsonb, new_values jsonb, about jsonb, area_gained_m2 double precision,"
            " area_lost_m2 double precision, gained geometry(Geometry,4326), lost geometry(Geometry,4326))"
        )
        cursor.execute(f"CREATE INDEX changes_import_idx ON {s}.changes (import_id, layer)")
        created = True
    if FORM_CACHE not in present:
        cursor.execute(f"CREATE TABLE {s}.{FORM_CACHE} (checksum text PRIMARY KEY, import_id integer, entry text)")
        # Written whole and read whole at every import: compressing it would cost more than it saves.
        cursor.execute(f"ALTER TABLE {s}.{FORM_CACHE} ALTER COLUMN entry SET STORAGE EXTERNAL")
        created = True
    for name in layers:
        table = f"{s}.{quote(name)}"
        if name not in present:
            cursor.execute(f"CREATE TABLE {table} (fid bigserial PRIMARY KEY)")
            present[name] = {"fid"}
        for column, sql_type in _layer_columns(name):
            if column not in present[name]:
                cursor.execute(f"ALTER TABLE {table} ADD COLUMN {quote(column)} {sql_type}")
                created = True
        if _geometry_type(model.LAYERS[name]) and f"{name}_geom_idx" not in indexes:
            cursor.execute(f"CREATE INDEX {quote(name + '_geom_idx')} ON {table} USING gist (geom)")
            created = True
    if created:
        _grant(cursor, schema)


def _grant(cursor, schema: str) -> None:
    """Read for mineaction_read, write for mineaction_write, where the administrator created those roles."""
    cursor.execute("SELECT rolname FROM pg_roles WHERE rolname IN (%s, %s)", (READ_ROLE, WRITE_ROLE))
    roles = {row[0] for row in cursor.fetchall()}
    s = quote(schema)
    if READ_ROLE in roles:
        cursor.execute(
            f"GRANT USAGE ON SCHEMA {s} TO {READ_ROLE}; GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {READ_ROLE}"
        )
    if WRITE_ROLE in roles:
        cursor.execute(
            f"GRANT USAGE ON SCHEMA {s} TO {WRITE_ROLE}; GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {s} TO "
            f"{WRITE_ROLE};"
            f" GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {WRITE_ROLE};"
            # Records are never deleted; stored forms are, when the export no longer has them.
            f" GRANT DELETE ON {s}.{FORM_CACHE} TO {WRITE_ROLE}"
        )


def ewkb_hex(geometry) -> Optional[str]:
    """Hex EWKB with SRID 4326 (what a typed PostGIS column accepts from COPY) of a QgsGeometry or WKB; None for
    none."""
    if geometry is None:
        return None
    if isinstance(geometry, QgsGeometry):
        if geometry.isEmpty():
            return None
        geometry = bytes(geometry.asWkb())
    wkb = bytes(geometry)
    if not wkb:
        return None
    order = "<" if wkb[0] == 1 else ">"
    kind = struct.unpack(order + "I", wkb[1:5])[0]
    return (wkb[:1] + struct.pack(order + "II", kind | 0x20000000, 4326) + wkb[5:]).hex()


def copy_rows(cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """COPY ``rows`` into ``table`` (CSV: None and empty text both become NULL): the fast path of every write."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    if not buffer.tell():
        return
    buffer.seek(0)
    cursor.copy_expert(f"COPY {table} ({', '.join(quote(c) for c in columns)}) FROM STDIN WITH (FORMAT csv)", buffer)


class PostgisSource:
    """One register schema as a history RowSource (read inside the import's transaction)."""

    def __init__(self, cursor, schema: str) -> None:
        self.cursor = cursor
        self.schema = schema

    def _table(self, layer: str) -> str:
        return f"{quote(self.schema)}.{quote(layer)}"

    def layers(self) -> List[str]:
        self.cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (self.schema,))
        return [row[0] for row in self.cursor.fetchall() if row[0] in model.LAYERS]

    def hashes(self, layer: str) -> Dict[str, Tuple[str, bool]]:
        if layer not in self.layers():
            return {}
        self.cursor.execute(f"SELECT record_key, row_hash, missing_since IS NULL FROM {self._table(layer)}")
        return {key: (digest, present) for key, digest, present in self.cursor.fetchall()}

    def identities(self, layer: str, keys: Sequence[str]) -> Dict[str, RecordKey]:
        definition = model.LAYERS[layer]
        guid = "guid" if "guid" in definition.field_names() else "NULL"
        self.cursor.execute(
            f"SELECT record_key, {guid}, {quote(definition.fields[0].name)} FROM {self._table(layer)}"
            " WHERE record_key = ANY(%s)",
            (list(keys),),
        )
        return {key: RecordKey(guid_value, local_id) for key, guid_value, local_id in self.cursor.fetchall()}

    def rows(self, layer: str, keys: Sequence[str]) -> Dict[str, Row]:
        definition = model.LAYERS[layer]
        names = list(definition.field_names())
        has_geometry = _geometry_type(definition) is not None
        select = ", ".join(quote(name) for name in names) + (", ST_AsBinary(geom)" if has_geometry else "")
        self.cursor.execute(
            f"SELECT record_key, {select} FROM {self._table(layer)} WHERE record_key = ANY(%s)", (list(keys),)
        )
        rows = {}
        for record in self.cursor.fetchall():
            values = {name: history.plain(value) for name, value in zip(names, record[1:])}
            geometry = None
            if has_geometry and record[-1] is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(bytes(record[-1]))
            rows[record[0]] = Row(record[0], values, geometry)
        return rows


@dataclass
class PublishResult:
    import_id: int
    diff: RegisterDiff
    rejected: int


def _lock(cursor, schema: str, lock_wait: float, feedback: Optional[QgsFeedback]) -> None:
    """Take the schema's import lock, waiting up to ``lock_wait`` seconds; RegisterError naming the holder."""
    deadline = time.monotonic() + lock_wait
    told = False
    while True:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, hashtext(%s))", (LOCK_NAMESPACE, schema))
        if cursor.fetchone()[0]:
            return
        if not told and feedback is not None and hasattr(feedback, "pushInfo"):
            feedback.pushInfo(
                QCoreApplication.translate(
                    "RegisterWriter", "Another import into register '{schema}' is running: waiting for it to finish…"
                ).format(schema=schema)
            )
            told = True
        if time.monotonic() >= deadline or (feedback is not None and feedback.isCanceled()):
            cursor.execute(
                "SELECT a.usename, a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = hashtext(%s)::oid AND "
                "l.objsubid = 2",
                (LOCK_NAMESPACE, schema),
            )
            holder = cursor.fetchone()
            who, since = (holder[0], holder[1].strftime("%Y-%m-%d %H:%M:%S %Z")) if holder else ("?", "?")
            raise RegisterError(
                QCoreApplication.translate(
                    "RegisterWriter",
                    "Another import into register '{schema}' is still running (by {user}, since {since}). Nothing was "
                    "written: run the import again when it has finished.",
                ).format(schema=schema, user=who, since=since)
            )
        time.sleep(0.25)


def _write_layer(
    cursor,
    schema: str,
    layer: str,
    import_id: int,
    staging: history.GeoPackageSource,
    changes: List[RecordChange],
    hashes: Dict[str, str],
) -> None:
    """COPY the new records in, update the changed and returned ones, mark the missing ones."""
    definition = model.LAYERS[layer]
    table = f"{quote(schema)}.{quote(layer)}"
    has_geometry = _geometry_type(definition) is not None
    names, records = staging.raw(layer)
    geometry = ["geom"] if has_geometry else []

    def row(key: str) -> list:
        record = records[key]
        return list(record[:-1]) + ([ewkb_hex(record[-1])] if has_geometry else []) + [key, hashes[key]]

    kinds: Dict[str, List[str]] = {kind: [] for kind in history.KINDS}
    for change in changes:
        kinds[change.kind].append(change.key)
    columns = names + geometry + ["record_key", "row_hash"]
    copy_rows(
        cursor,
        table,
        columns + ["first_import", "changed_import"],
        (row(key) + [import_id, import_id] for key in kinds[history.NEW]),
    )
    updated = kinds[history.CHANGED] + kinds[history.RETURNED]
    continued = [(change.previous_key, change.key) for change in changes if change.previous_key]
    if continued:  # a record now known under another key (it gained or lost its GUID) keeps its row and history
        cursor.execute(
            f"UPDATE {table} t SET record_key = r.new FROM unnest(%s::text[], %s::text[]) AS r(old, new)"
            " WHERE t.record_key = r.old",
            ([old for old, _new in continued], [new for _old, new in continued]),
        )
    if updated:
        listed = ", ".join(quote(c) for c in columns)
        cursor.execute(f"CREATE TEMP TABLE stage ON COMMIT DROP AS SELECT {listed} FROM {table} WITH NO DATA")
        copy_rows(cursor, "stage", columns, (row(key) for key in updated))
        assignments = ", ".join(f"{quote(c)} = stage.{quote(c)}" for c in columns if c != "record_key")
        cursor.execute(
            f"UPDATE {table} t SET {assignments}, changed_import = %s, missing_since = NULL FROM stage WHERE "
            f"t.record_key = stage.record_key",
            (import_id,),
        )
        cursor.execute("DROP TABLE stage")
    if kinds[history.MISSING]:
        cursor.execute(
            f"UPDATE {table} SET missing_since = %s WHERE record_key = ANY(%s)", (import_id, kinds[history.MISSING])
        )


def _list_new_records(cursor, schema: str, layer: str, import_id: int) -> None:
    """One ``changes`` row per record this import added, written by the server from the rows just copied in:
    its key, object id and area (the register holds the rest; building the rows in Python would only slow
    a first import of 100,000 records down)."""
    definition = model.LAYERS[layer]
    area = "NULLIF(calculated_area_m2, 0)" if "calculated_area_m2" in definition.field_names() else "NULL"
    cursor.execute(
        f"INSERT INTO {quote(schema)}.changes (import_id, layer, record_key, object_id, kind, area_gained_m2)"
        f" SELECT %s, %s, record_key, {quote(definition.fields[0].name)}, %s, {area}"
        f" FROM {quote(schema)}.{quote(layer)} WHERE first_import = %s ORDER BY fid",
        (import_id, layer, history.NEW, import_id),
    )


def _name_missing_records(cursor, schema: str, layer: str, import_id: int) -> None:
    """Object id and area of the records no longer exported, from the register."""
    definition = model.LAYERS[layer]
    area = "t.calculated_area_m2" if "calculated_area_m2" in definition.field_names() else "NULL"
    cursor.execute(
        f"UPDATE {quote(schema)}.changes c SET object_id = t.{quote(definition.fields[0].name)}, area_lost_m2 = {area}"
        f" FROM {quote(schema)}.{quote(layer)} t WHERE c.import_id = %s AND c.layer = %s AND c.kind = %s AND "
        f"t.record_key = c.record_key",
        (import_id, layer, history.MISSING),
    )


def _record_changes(cursor, schema: str, import_id: int, changes: Sequence[RecordChange]) -> None:
    columns = [
        "import_id",
        "layer",
        "record_key",
        "object_id",
        "kind",
        "fields",
        "old_values",
        "new_values",
        "about",
        "area_gained_m2",
        "area_lost_m2",
        "gained",
        "lost",
    ]

    def as_json(values: Dict[str, object]) -> Optional[str]:
        return json.dumps(values, ensure_ascii=False) if values else None

    # New and missing records are listed by key: the register holds them (recorded_changes reads them there).
    rows = (
        [
            import_id,
            change.layer,
            change.key,
            change.object_id,
            change.kind,
            ",".join(change.fields) or None,
            as_json(change.old),
            as_json(change.new),
            as_json(change.about),
            change.gained_m2 or None,
            change.lost_m2 or None,
            ewkb_hex(change.gained),
            ewkb_hex(change.lost),
        ]
        for change in changes
    )
    copy_rows(cursor, f"{quote(schema)}.changes", columns, rows)


def _write_rejected(cursor, schema: str, import_id: int, staging: history.GeoPackageSource) -> int:
    names, records = staging.raw(model.REJECTED)
    copy_rows(
        cursor,
        f"{quote(schema)}.{quote(model.REJECTED)}",
        names + ["import_id"],
        (list(r[:-1]) + [import_id] for r in records.values()),
    )
    return len(records)


def _encode_forms(gpkg: str, forms: FormsRead, import_id: int) -> Tuple[List[str], io.StringIO]:
    """The checksums of the forms to store and their COPY text (tab-separated: checksum, import, entry).

    Runs in a worker thread while the server takes the layers' rows (``publish``): with a second core
    its time is mostly hidden. COPY in text format: JSON has no tab or newline characters, only its
    backslashes need escaping (CSV would double every quote of it).
    """
    entries = rows_by_form(gpkg, forms)
    buffer = io.StringIO()
    for checksum_text, entry in entries.items():
        buffer.write(f"{checksum_text}\t{import_id}\t{encode_entry(entry).replace(chr(92), chr(92) * 2)}\n")
    buffer.seek(0)
    return list(entries), buffer


def _store_forms(cursor, schema: str, forms: FormsRead, encoded: Tuple[List[str], io.StringIO]) -> None:
    """Keep the rows of this export's forms (``_encode_forms``) for the next import; forget the forms it no
    longer has."""
    table = f"{quote(schema)}.{FORM_CACHE}"
    cursor.execute(f"DELETE FROM {table} WHERE NOT (checksum = ANY(%s))", (sorted(set(forms.checksums.values())),))
    checksums, buffer = encoded
    cursor.execute(f"DELETE FROM {table} WHERE checksum = ANY(%s)", (checksums,))
    if checksums:
        cursor.copy_expert(f"COPY {table} (checksum, import_id, entry) FROM STDIN", buffer)


def _read_failed(schema: str, error: Exception) -> RegisterError:
    """The error of a failed read of the register, without credentials."""
    return RegisterError(
        QCoreApplication.translate("RegisterWriter", "Reading register '{schema}' failed: {error}").format(
            schema=schema, error=redact(str(error)).strip()
        )
    )


def load_form_cache(target: Target, schema: str) -> FormCache:
    """The stored forms of the register (empty for a new register): what the next import need not read again."""
    import psycopg2

    connection = connect(target)
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT to_regclass(%s)", (f"{quote(schema)}.{FORM_CACHE}",))
        if cursor.fetchone()[0] is None:
            return FormCache()
        cursor.execute(f"SELECT checksum, entry FROM {quote(schema)}.{FORM_CACHE}")
        return FormCache({checksum: decode_entry(entry) for checksum, entry in cursor.fetchall()})
    except psycopg2.Error as error:
        raise _read_failed(schema, error) from error
    finally:
        connection.close()


def publish(
    gpkg: str,
    target: Target,
    schema: str,
    file_name: str = "",
    checksum: str = "",
    feedback: Optional[QgsFeedback] = None,
    lock_wait: float = 600.0,
    forms: Optional[FormsRead] = None,
) -> PublishResult:
    """Bring the canonical GeoPackage ``gpkg`` (one export) into the register: one transaction, with history.

    ``forms`` come from a maXML import read with the register's form cache
    (core/imsma/form_cache.py): the rows of its forms are kept for the next one.
    """
    import psycopg2

    staging = history.GeoPackageSource(gpkg)
    layers = [name for name in staging.layers() if name in model.LAYERS]
    connection = connect(target)
    worker = ThreadPoolExecutor(max_workers=1)
    try:
        with connection:  # commits on success, rolls back on any error
            cursor = connection.cursor()
            _lock(cursor, schema, lock_wait, feedback)
            ensure_schema(cursor, schema, sorted(set(layers) | {model.REJECTED}))
            cursor.execute(
                f"INSERT INTO {quote(schema)}.imports (os_user, file_name, checksum) VALUES (%s, %s, %s) RETURNING "
                f"import_id",
                (getpass.getuser(), file_name, checksum),
            )
            import_id = cursor.fetchone()[0]
            register = PostgisSource(cursor, schema)
            measurer = Measurer(model.HAZARD_LAYER.crs())
            diff = RegisterDiff()
            # A layer this export has no record of (a point list carries no activities) is left as it is:
            # marking all its records "no longer in the export" would say something the export did not.
            names = [layer for layer in history.history_layers(layers) if staging.raw(layer)[1]]
            encoded = worker.submit(_encode_forms, gpkg, forms, import_id) if forms is not None else None
            for index, layer in enumerate(names):
                if feedback is not None:
                    feedback.setProgress(100.0 * index / max(len(names), 1))
                    if feedback.isCanceled():
                        raise RegisterError(
                            QCoreApplication.translate(
                                "RegisterWriter", "Import cancelled: the register was left as it was."
                            )
                        )
                changes, unchanged, hashes = history.compare_layer(
                    layer, register, staging, measurer, detail_new_and_missing=False
                )
                _write_layer(cursor, schema, layer, import_id, staging, changes, hashes)
                _list_new_records(cursor, schema, layer, import_id)
                _record_changes(cursor, schema, import_id, [c for c in changes if c.kind != history.NEW])
                _name_missing_records(cursor, schema, layer, import_id)
                diff.changes.extend(changes)
                diff.unchanged[layer] = unchanged
            rejected = _write_rejected(cursor, schema, import_id, staging)
            if encoded is not None:
                _store_forms(cursor, schema, forms, encoded.result())
            counts = {layer: diff.counts(layer) for layer in names}
            totals = {kind: sum(layer_counts[kind] for layer_counts in counts.values()) for kind in history.KINDS}
            cursor.execute(
                f"UPDATE {quote(schema)}.imports SET new_count = %s, changed_count = %s, unchanged_count = %s,"
                " missing_count = %s, rejected_count = %s, counts = %s WHERE import_id = %s",
                (
                    totals[history.NEW],
                    totals[history.CHANGED] + totals[history.RETURNED],
                    totals[history.UNCHANGED],
                    totals[history.MISSING],
                    rejected,
                    json.dumps(counts),
                    import_id,
                ),
            )
    except psycopg2.errors.InsufficientPrivilege as error:
        raise RegisterError(
            QCoreApplication.translate(
                "RegisterWriter",
                "The role you connect as may read register '{schema}' but not write to it ({error}). Imports need a "
                "role of the register's writers (mineaction_write): ask the register's administrator.",
            ).format(schema=schema, error=redact(str(error)).strip().splitlines()[0])
        ) from error
    except psycopg2.Error as error:
        raise RegisterError(
            QCoreApplication.translate(
                "RegisterWriter", "Writing to register '{schema}' failed, nothing was changed: {error}"
            ).format(schema=schema, error=redact(str(error)).strip())
        ) from error
    finally:
        worker.shutdown(cancel_futures=True)
        connection.close()
    return PublishResult(import_id, diff, rejected)


def checksum(path: str) -> str:
    """SHA-256 of an export: of the file, or of every file of a folder (.gdb, shapefiles) in name order."""
    import hashlib
    from pathlib import Path

    digest = hashlib.sha256()
    source = Path(path.split("|")[0])
    files = (
        sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source] if source.is_file() else []
    )
    if not files:  # a data source text (PostGIS staging tables): its text, without credentials
        digest.update(redact(path).encode("utf-8"))
    for file in files:
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def publish_import(
    source: str,
    gpkg: str,
    register: str,
    schema: str,
    lock_wait: float = 600.0,
    feedback: Optional[QgsFeedback] = None,
    forms: Optional[FormsRead] = None,
) -> Tuple[int, List[str]]:
    """Publish the canonical GeoPackage of the export ``source`` into ``register``.

    Returns the import id and the lines that say what the import did (one per layer, then where it
    went), which are also reported to ``feedback``: the import dialog shows them in its summary.
    """
    from pathlib import Path

    from mineaction_qgis.core.register.connection import resolve_target

    target = resolve_target(register)
    result = publish(
        gpkg,
        target,
        schema,
        Path(source.split("|")[0]).name or redact(source),
        checksum(source),
        feedback,
        lock_wait,
        forms,
    )
    lines = []
    for layer in history.history_layers(model.LAYERS):
        counts = result.diff.counts(layer)
        if sum(counts.values()):
            lines.append(
                QCoreApplication.translate(
                    "RegisterWriter",
                    "{layer}: {new} new, {changed} changed, {unchanged} unchanged, {missing} no longer in the "
                    "export, {returned} back in the export.",
                ).format(layer=layer, **counts)
            )
    lines.append(
        QCoreApplication.translate(
            "RegisterWriter", "Import {number} written to register {register}, schema '{schema}'."
        ).format(number=result.import_id, register=target.label, schema=schema)
    )
    if feedback is not None and hasattr(feedback, "pushInfo"):
        for line in lines:
            feedback.pushInfo(line)
    return result.import_id, lines


@dataclass
class ImportInfo:
    """One row of ``imports``: what a report says about the import it describes."""

    import_id: int
    file_name: str
    imported_at: str
    imported_by: str


def _geometry_from(wkb) -> Optional[QgsGeometry]:
    if wkb is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(bytes(wkb))
    return geometry


def _complete_from_register(cursor, schema: str, diff: RegisterDiff) -> None:
    """Object id, ABOUT values, geometry and area of the new and missing records, read from their tables."""
    measurer = Measurer(model.HAZARD_LAYER.crs())
    for layer in {change.layer for change in diff.changes if change.kind in (history.NEW, history.MISSING)}:
        definition = model.LAYERS.get(layer)
        if definition is None:
            continue
        about = [name for name in history.ABOUT if name in definition.field_names()]
        has_geometry = _geometry_type(definition) is not None
        select = ", ".join(quote(name) for name in [definition.fields[0].name] + about) + (
            ", ST_AsBinary(geom)" if has_geometry else ", NULL"
        )
        wanted = {
            change.key: change
            for change in diff.changes
            if change.layer == layer and change.kind in (history.NEW, history.MISSING)
        }
        cursor.execute(
            f"SELECT record_key, {select} FROM {quote(schema)}.{quote(layer)} WHERE record_key = ANY(%s)",
            (list(wanted),),
        )
        polygonal = has_geometry and "Polygon" in _geometry_type(definition)
        for record in cursor.fetchall():
            change = wanted[record[0]]
            change.object_id = record[1]
            change.about = {name: history.plain(value) for name, value in zip(about, record[2:-1])}
            geometry = _geometry_from(record[-1]) if polygonal else None
            area = change.about.get("calculated_area_m2")
            area = float(area) if area is not None else measurer.area_m2(geometry)
            if geometry is not None and change.kind == history.NEW:
                change.gained, change.gained_m2 = geometry, area
            elif geometry is not None:
                change.lost, change.lost_m2 = geometry, area


def recorded_changes(
    target: Target, schema: str, import_id: Optional[int] = None
) -> Tuple[RegisterDiff, ImportInfo, Optional[ImportInfo]]:
    """The changes an import recorded (default: the latest), with that import and the one before it."""
    import psycopg2

    connection = connect(target)
    s = quote(schema)
    try:
        cursor = connection.cursor()
        cursor.execute(
            f"SELECT import_id, coalesce(file_name, ''), to_char(imported_at, 'YYYY-MM-DD HH24:MI'), imported_by, "
            f"counts"
            f" FROM {s}.imports ORDER BY import_id"
        )
        imports = cursor.fetchall()
        chosen = [row for row in imports if import_id in (None, 0, row[0])]
        if not chosen:
            raise RegisterError(
                QCoreApplication.translate(
                    "RegisterWriter", "Register '{schema}' has no import number {number}."
                ).format(schema=schema, number=import_id)
            )
        current = chosen[-1]
        earlier = [row for row in imports if row[0] < current[0]]
        cursor.execute(
            f"SELECT layer, record_key, kind, object_id, fields, old_values, new_values, about, area_gained_m2, "
            f"area_lost_m2,"
            f" ST_AsBinary(gained), ST_AsBinary(lost) FROM {s}.changes WHERE import_id = %s ORDER BY change_id",
            (current[0],),
        )
        diff = RegisterDiff()
        for layer, key, kind, object_id, fields, old, new, about, gained_m2, lost_m2, gained, lost in cursor.fetchall():
            diff.changes.append(
                RecordChange(
                    layer,
                    key,
                    kind,
                    object_id,
                    tuple((fields or "").split(",")) if fields else (),
                    old or {},
                    new or {},
                    _geometry_from(gained),
                    _geometry_from(lost),
                    gained_m2 or 0.0,
                    lost_m2 or 0.0,
                    about or {},
                )
            )
        for layer, counts in (current[4] or {}).items():
            diff.unchanged[layer] = counts.get(history.UNCHANGED, 0)
        _complete_from_register(cursor, schema, diff)
    except psycopg2.Error as error:
        raise _read_failed(schema, error) from error
    finally:
        connection.close()
    info = ImportInfo(current[0], current[1], current[2], current[3])
    before = ImportInfo(earlier[-1][0], earlier[-1][1], earlier[-1][2], earlier[-1][3]) if earlier else None
    return diff, info, before
