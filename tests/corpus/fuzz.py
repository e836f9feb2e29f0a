"""Seeded fuzzer of the IMSMA loader: mutations of the sample exports must never crash, hang or lose a record.

Seeds are small cuts of the bundled sample (resources/sample): a point list (as CSV and as an
Excel workbook), a maXML file, an IMSMA Core GeoJSON, an IMSMA staging GeoPackage and an IMSMA NG
file geodatabase (a folder, written by GDAL's OpenFileGDB driver). Each case applies one or more
mutations chosen by a seeded random generator (byte flips, truncation, inserted junk, dropped or
repeated lines, column shuffles, encoding swaps; for the GeoPackage also dropped tables and
columns, damaged geometry blobs, wrong or unknown SRS, hostile values; for the geodatabase a
damaged, cut or missing file of the folder) and imports the result. A case passes when the
import either succeeds with every input record accounted for (loaded or rejected, counted
independently of the reader) or stops with a clear ``LoadError`` (no traceback in the message);
within a time limit; and the input is byte for byte unchanged, with no file added beside it.

Run: ``python -m tests.corpus.fuzz --cases 1000 --seed 1`` (``make fuzz``); the test suite runs
300 cases in a subprocess, so that even a crash of the process is caught and named.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple, Union

Seed = Union[bytes, Dict[str, bytes]]  # a file, or a folder dataset (file geodatabase): file name -> bytes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
TIME_LIMIT_S = 20


# --- seeds ------------------------------------------------------------------------------------


def seeds() -> Dict[str, Seed]:
    """Small, valid exports cut from the sample: name (with its suffix) -> bytes."""
    lines = (SAMPLE / "pointlist_dd.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    pointlist = "".join(lines[:61]).encode("utf-8")
    text = (SAMPLE / "imsma_ng.xml").read_text(encoding="utf-8")
    head, _, rest = text.partition("<FieldReport>")
    forms = "</FieldReport>".join(rest.split("</FieldReport>")[:6])
    xml = (head + "<FieldReport>" + forms + "</FieldReport>\n</MineActionFieldReport>\n").encode("utf-8")
    core = json.loads((SAMPLE / "imsma_core.geojson").read_text(encoding="utf-8"))
    core["features"] = core["features"][:12]
    return {
        "pointlist.csv": pointlist,
        "pointlist.xlsx": workbook(lines[:41]),
        "maxml.xml": xml,
        "core.geojson": json.dumps(core).encode("utf-8"),
        "staging.gpkg": cut_dataset(SAMPLE / "imsma_staging.gpkg", "GPKG")["staging.gpkg"],
        "ng.gdb": cut_dataset(SAMPLE / "imsma_ng.gdb", "OpenFileGDB"),
    }


def cut_dataset(source: Path, driver: str, limit: int = 12) -> Dict[str, bytes]:
    """The first ``limit`` features of every layer of ``source``, written by GDAL's ``driver``: file name ->
    bytes (one file for a GeoPackage, the folder's files for a file geodatabase)."""
    from osgeo import gdal

    with tempfile.TemporaryDirectory(prefix="mineaction-seed-") as folder:
        name = "staging.gpkg" if driver == "GPKG" else "ng.gdb"
        target = Path(folder) / name
        done = gdal.VectorTranslate(str(target), str(source), options=f"-f {driver} -limit {limit}")
        if done is None:
            raise RuntimeError(f"GDAL cannot write {driver} here")
        done = None  # closes the dataset
        if target.is_dir():
            return {path.name: path.read_bytes() for path in sorted(target.iterdir())}
        return {name: target.read_bytes()}


def workbook(lines: List[str]) -> bytes:
    """The point-list lines as an Excel workbook (bytes of the .xlsx)."""
    import openpyxl

    book = openpyxl.Workbook()
    for row in csv.reader(lines):
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- mutations --------------------------------------------------------------------------------


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def insert_junk(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    junk = rng.choice(
        [
            bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))),
            b"\x00" * 16,
            b'"',
            b"<",
            b"&",
            b"\r",
            b"\n\n",
            "٫٣".encode("utf-8"),
        ]
    )
    return data[:at] + junk + data[at:]


def drop_or_repeat_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 5)):
        index = rng.randrange(len(lines))
        if rng.random() < 0.5:
            del lines[index]
        else:
            lines.insert(index, lines[index])
        if not lines:
            break
    return b"\n".join(lines)


def shuffle_columns(data: bytes, rng: random.Random) -> bytes:
    """The same permutation of the columns on every row (a header-driven reader must not care), or one row's cells
    shuffled."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    except (UnicodeDecodeError, csv.Error):
        return flip_bytes(data, rng)
    width = max((len(row) for row in rows), default=0)
    order = list(range(width))
    rng.shuffle(order)
    if rows and rng.random() < 0.3:
        victim = rng.randrange(len(rows))
        rng.shuffle(rows[victim])
    else:
        rows = [[(row[i] if i < len(row) else "") for i in order] for row in rows]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def swap_encoding(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    encoding = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "cp1256", "latin-1", "utf-8-sig"])
    return text.encode(encoding, errors="replace")


def in_sqlite(data: bytes, change: Callable[[sqlite3.Connection, random.Random], None], rng: random.Random) -> bytes:
    """``data`` (a GeoPackage) after ``change`` ran on it through SQLite; a file SQLite cannot open or change
    (already damaged by another mutation) gets a byte flip instead."""
    with tempfile.TemporaryDirectory(prefix="mineaction-fuzz-sql-") as folder:
        path = Path(folder) / "mutated.gpkg"
        path.write_bytes(data)
        try:
            connection = sqlite3.connect(str(path))
            try:
                connection.execute("PRAGMA synchronous = OFF")  # a throw-away file: no fsync
                connection.create_function("ST_IsEmpty", 1, lambda blob: 1)  # GDAL's R-tree triggers call these
                for function in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
                    connection.create_function(function, 1, lambda blob: 0)
                change(connection, rng)
                connection.commit()
            finally:
                connection.close()
        except (sqlite3.Error, IndexError, ValueError):
            return flip_bytes(data, rng)
        return path.read_bytes()


def _tables(connection: sqlite3.Connection, features_only: bool = False) -> List[str]:
    if features_only:
        return [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
    return [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def _geometry_column(connection: sqlite3.Connection, table: str) -> Optional[str]:
    found = connection.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
    row = found.fetchone()
    return row[0] if row else None


def _columns(connection: sqlite3.Connection, table: str) -> List[str]:
    """The columns of ``table`` but its primary key."""
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")') if not row[5]]


def drop_table(data: bytes, rng: random.Random) -> bytes:
    """A feature table, a GeoPackage system table or a spatial index gone."""

    def change(connection, rng):
        connection.execute(f'DROP TABLE "{rng.choice(_tables(connection))}"')

    return in_sqlite(data, change, rng)


def drop_column(data: bytes, rng: random.Random) -> bytes:
    """An attribute (ID, type, status...) or the geometry column of a feature table gone."""

    def change(connection, rng):
        table = rng.choice(_tables(connection, features_only=True))
        connection.execute(f'ALTER TABLE "{table}" DROP COLUMN "{rng.choice(_columns(connection, table))}"')

    return in_sqlite(data, change, rng)


def bad_geometry(data: bytes, rng: random.Random) -> bytes:
    """Geometry blobs cut, replaced by junk or by another type, emptied, or nulled, on some rows."""
    point = bytes.fromhex("47500001E6100000") + bytes.fromhex("0101000000") + bytes(16)  # a point in a polygon layer
    empty = bytes.fromhex("47500011E6100000")  # the empty flag and no geometry

    def change(connection, rng):
        table = rng.choice(_tables(connection, features_only=True))
        column = _geometry_column(connection, table)
        if column is None:
            raise ValueError("no geometry column")
        rows = connection.execute(f'SELECT fid, "{column}" FROM "{table}"').fetchall()
        for fid, blob in rng.sample(rows, min(len(rows), rng.randint(1, 4))):
            blob = bytes(blob or b"")
            broken = rng.choice(
                [
                    blob[: rng.randrange(max(len(blob), 1))],
                    bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))),
                    blob[:8] + bytes(rng.randrange(256) for _ in range(max(len(blob) - 8, 0))),
                    point,
                    empty,
                    None,
                ]
            )
            connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE fid = ?', (broken, fid))

    return in_sqlite(data, change, rng)


def wrong_srs(data: bytes, rng: random.Random) -> bytes:
    """A layer in an unknown, undefined or wrong coordinate system (UTM metres said of degrees)."""

    def change(connection, rng):
        if rng.random() < 0.3:
            connection.execute("UPDATE gpkg_spatial_ref_sys SET definition = 'not a CRS' WHERE srs_id = 4326")
            return
        srs = rng.choice([0, -1, 99999, 32638, 3857])
        table = rng.choice(_tables(connection, features_only=True))
        connection.execute("UPDATE gpkg_geometry_columns SET srs_id = ? WHERE table_name = ?", (srs, table))
        connection.execute("UPDATE gpkg_contents SET srs_id = ? WHERE table_name = ?", (srs, table))

    return in_sqlite(data, change, rng)


def hostile_values(data: bytes, rng: random.Random) -> bytes:
    """Attributes holding what no export should: infinities, huge numbers, junk bytes, 100 kB of text, NULL."""

    def change(connection, rng):
        table = rng.choice(_tables(connection, features_only=True))
        geometry = _geometry_column(connection, table)
        column = rng.choice([name for name in _columns(connection, table) if name != geometry])
        value = rng.choice(["inf", "-1e400", 1e308, "9" * 400, b"\xff\xfe", "٫٣", "x" * 100_000, None, ""])
        connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE fid % ? = 0', (value, rng.randint(1, 3)))

    return in_sqlite(data, change, rng)


TEXT = (".csv", ".xml", ".geojson", ".xlsx")
MUTATIONS: List[Tuple[str, Callable[[bytes, random.Random], bytes], Tuple[str, ...]]] = [
    ("flip", flip_bytes, ()),
    ("truncate", truncate, ()),
    ("junk", insert_junk, ()),
    ("lines", drop_or_repeat_lines, TEXT),
    ("columns", shuffle_columns, (".csv",)),
    ("encoding", swap_encoding, TEXT),
    ("drop-table", drop_table, (".gpkg",)),
    ("drop-column", drop_column, (".gpkg",)),
    ("geometry", bad_geometry, (".gpkg",)),
    ("srs", wrong_srs, (".gpkg",)),
    ("values", hostile_values, (".gpkg",)),
]
# A GeoPackage gets its structured mutations more often than bytes changed at random.
WEIGHTS = {".gpkg": {"drop-table": 2, "drop-column": 2, "geometry": 3, "srs": 2, "values": 3}}


def mutate(name: str, data: Seed, rng: random.Random) -> Tuple[Seed, List[str]]:
    """``data`` after one to three mutations, and their labels; a folder dataset has one of its files
    damaged, cut or removed each time."""
    if isinstance(data, dict):
        return mutate_folder(data, rng)
    suffix = Path(name).suffix
    usable = [m for m in MUTATIONS if not m[2] or suffix in m[2]]
    weights = [WEIGHTS.get(suffix, {}).get(m[0], 1) for m in usable]
    applied = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        label, function, _ = rng.choices(usable, weights)[0]
        if data:
            data = function(data, rng)
        applied.append(label)
    return data, applied


def mutate_folder(files: Dict[str, bytes], rng: random.Random) -> Tuple[Dict[str, bytes], List[str]]:
    files = dict(files)
    applied = []
    for _ in range(rng.choice([1, 1, 2])):
        name = rng.choice(sorted(files))
        kind = rng.choice(["flip", "flip", "truncate", "junk", "drop-file"])
        if kind == "drop-file":
            del files[name]
        elif files[name]:
            files[name] = {"flip": flip_bytes, "truncate": truncate, "junk": insert_junk}[kind](files[name], rng)
        applied.append(f"{kind}:{name}")
        if not files:
            break
    return files, applied


# --- accounting -------------------------------------------------------------------------------


def rejected_refs(gpkg: Path) -> List[str]:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=rejected", "rejected", "ogr")
    return [feature["source_ref"] for feature in layer.getFeatures()]


def input_records(path: Path, name: str) -> Optional[Dict[str, int]]:
    """Records of the input counted without the reader under test; None when that cannot be done."""
    if name.endswith((".csv", ".xlsx")):
        from mineaction_qgis.core.imsma.pointlist import find_header
        from mineaction_qgis.core.imsma.profile import load_profile
        from mineaction_qgis.core.imsma.tables import TableError, numbered_rows

        try:
            located = find_header(str(path), load_profile())
        except TableError:
            return None
        if located is None:
            return None
        rows = numbered_rows(str(path), sheet=located[0])
        return {"rows": sum(1 for number, cells in rows if number > located[2] and any(cells))}
    if name.endswith(".xml"):
        forms = points = 0
        try:
            for _event, element in ET.iterparse(str(path)):
                tag = element.tag.rsplit("}", 1)[-1].casefold()
                forms += tag == "fieldreport"
                points += tag == "point"
        except ET.ParseError:
            return None
        return {"forms": forms, "points": points}
    if name.endswith((".geojson", ".gpkg", ".gdb")):
        from osgeo import gdal, ogr

        from mineaction_qgis.core.imsma.profile import load_profile

        geojson = name.endswith(".geojson")
        ignored = [] if geojson else load_profile("imsma_ng").section("gis").get("ignore_layers", [])
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            dataset = ogr.Open(str(path))
            if dataset is None:
                return None
            layers = [dataset.GetLayer(i) for i in range(dataset.GetLayerCount())]
            layers = [
                layer
                for layer in layers
                if not any(fnmatchcase(layer.GetName().casefold(), str(p).casefold()) for p in ignored)
            ]
            # iterated, not GetFeatureCount(): OGR's GeoJSON count can miss a feature whose "type" is damaged
            return {"features": sum(sum(1 for _ in layer) for layer in layers)}
        finally:
            gdal.PopErrorHandler()
    return None


def accounted(path: Path, name: str, gpkg: Path, counts) -> Optional[str]:
    """None when every input record is in an output or rejected; else what is missing."""
    expected = input_records(path, name)
    if expected is None:
        return None
    refs = rejected_refs(gpkg)
    if "rows" in expected:
        got = counts.points + len(refs)
        return (
            None
            if got == expected["rows"]
            else f"{expected['rows']} rows in, {counts.points} points + {len(refs)} rejected out"
        )
    if "forms" in expected:
        point_rejections = sum(1 for ref in refs if "/Point[" in ref)
        forms_out = counts.hazards + counts.activities + counts.tasks + len(refs) - point_rejections
        points_out = counts.points + point_rejections
        if (forms_out, points_out) != (expected["forms"], expected["points"]):
            return f"{expected} in, {forms_out} forms and {points_out} points out"
        return None
    from qgis.core import QgsVectorLayer

    from mineaction_qgis.core.imsma.gis_export import split_refs

    rows = len(refs)
    for layer in ("hazards", "activities", "points"):
        for feature in QgsVectorLayer(f"{gpkg}|layername={layer}", layer, "ogr").getFeatures():
            rows += len(split_refs(feature["source_ref"]))
    return None if rows == expected["features"] else f"{expected['features']} features in, {rows} out"


# --- running ------------------------------------------------------------------------------------


class HangError(Exception):
    pass


def _alarm(signum, frame):
    raise HangError()


def fingerprint(folder: Path) -> Dict[str, str]:
    """Relative path -> sha256 of every file under ``folder``."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run_case(number: int, seed: int, sources: Dict[str, Seed], folder: Path, outcomes: Dict[str, int]) -> Optional[str]:
    """None when case ``number`` passes, else a line saying what went wrong; ``outcomes`` counts loaded/refused."""
    from mineaction_qgis.core.imsma.loader import LoadError, load_files

    rng = random.Random(seed * 1_000_003 + number)
    name = rng.choice(sorted(sources))
    data, applied = mutate(name, sources[name], rng)
    case = folder / f"case{number}"
    (case / "in").mkdir(parents=True)
    path = case / "in" / name
    if isinstance(data, dict):
        path.mkdir()
        for part, content in data.items():
            (path / part).write_bytes(content)
    else:
        path.write_bytes(data)
    before = fingerprint(case / "in")
    gpkg = case / "out.gpkg"
    label = f"case {number} ({name}, {'+'.join(applied)})"
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    problem = None
    try:
        result = load_files([str(path)], str(gpkg))
        problem = accounted(path, name, gpkg, result.counts)
        outcomes["loaded"] += 1
        outcomes[f"loaded {Path(name).suffix}"] = outcomes.get(f"loaded {Path(name).suffix}", 0) + 1
        if os.environ.get("FUZZ_VERBOSE"):
            print(f"{label}: loaded {result.counts.hazards} hazards", file=sys.stderr)
    except LoadError as error:
        outcomes["refused"] += 1
        outcomes[f"refused {Path(name).suffix}"] = outcomes.get(f"refused {Path(name).suffix}", 0) + 1
        if os.environ.get("FUZZ_VERBOSE"):  # FUZZ_VERBOSE=1: what each case said, to read the messages
            print(f"{label}: {error}", file=sys.stderr)
        if "Traceback" in str(error):
            problem = f"traceback in the message: {error}"
    except HangError:
        problem = f"no answer within {TIME_LIMIT_S} s"
    except Exception as error:  # anything else reaches the user as a traceback
        problem = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=6)}"
    finally:
        signal.alarm(0)
    if fingerprint(case / "in") != before:
        problem = (problem + "; " if problem else "") + "the input was modified, or a file added beside it"
    shutil.rmtree(case, ignore_errors=True)
    return f"{label}: {problem}" if problem else None


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("OGR_SQLITE_SYNCHRONOUS", "OFF")  # throw-away GeoPackages: no fsync, 10x faster
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sources = seeds()
    failures = []
    outcomes = {"loaded": 0, "refused": 0}
    with tempfile.TemporaryDirectory(prefix="mineaction-fuzz-") as folder:
        for number in range(args.cases):
            print(f"case {number}", file=sys.stderr, flush=True)  # the last line names a case that crashed the process
            failure = run_case(number, args.seed, sources, Path(folder), outcomes)
            if failure:
                failures.append(failure)
    print(
        json.dumps(
            {"cases": args.cases, "seed": args.seed, **outcomes, "failures": failures}, ensure_ascii=False, indent=1
        )
    )
    sys.stdout.flush()
    os._exit(1 if failures else 0)  # skip QGIS teardown


if __name__ == "__main__":
    main()
