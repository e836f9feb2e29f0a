"""Seeded fuzzer of the IMSMA loader: mutations of the sample exports must never crash, hang or lose a record.

Seeds are small cuts of the bundled sample (resources/sample): a point list (as CSV and as an
Excel workbook), a maXML file and an IMSMA Core GeoJSON. Each case applies one or more mutations chosen by a seeded
random generator
(byte flips, truncation, inserted junk, dropped or repeated lines, column shuffles, encoding
swaps) and imports the result. A case passes when the import either succeeds with every input
record accounted for (loaded or rejected, counted independently of the reader) or stops with a
clear ``LoadError`` (no traceback in the message); within a time limit; and the input file is
byte for byte unchanged.

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
import signal
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
TIME_LIMIT_S = 20


# --- seeds ------------------------------------------------------------------------------------


def seeds() -> Dict[str, bytes]:
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
    }


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


MUTATIONS: List[Tuple[str, Callable[[bytes, random.Random], bytes], Tuple[str, ...]]] = [
    ("flip", flip_bytes, ()),
    ("truncate", truncate, ()),
    ("junk", insert_junk, ()),
    ("lines", drop_or_repeat_lines, ()),
    ("columns", shuffle_columns, (".csv",)),
    ("encoding", swap_encoding, ()),
]


def mutate(name: str, data: bytes, rng: random.Random) -> Tuple[bytes, List[str]]:
    suffix = Path(name).suffix
    usable = [m for m in MUTATIONS if not m[2] or suffix in m[2]]
    applied = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        label, function, _ = rng.choice(usable)
        if data:
            data = function(data, rng)
        applied.append(label)
    return data, applied


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
    if name.endswith(".geojson"):
        from osgeo import ogr

        dataset = ogr.Open(str(path))
        if dataset is None:
            return None
        # iterated, not GetFeatureCount(): OGR's GeoJSON count can miss a feature whose "type" is damaged
        return {"features": sum(sum(1 for _ in dataset.GetLayer(i)) for i in range(dataset.GetLayerCount()))}
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


def run_case(
    number: int, seed: int, sources: Dict[str, bytes], folder: Path, outcomes: Dict[str, int]
) -> Optional[str]:
    """None when case ``number`` passes, else a line saying what went wrong; ``outcomes`` counts loaded/refused."""
    from mineaction_qgis.core.imsma.loader import LoadError, load_files

    rng = random.Random(seed * 1_000_003 + number)
    name = rng.choice(sorted(sources))
    data, applied = mutate(name, sources[name], rng)
    case = folder / f"case{number}"
    case.mkdir()
    path = case / name
    path.write_bytes(data)
    before = hashlib.sha256(data).hexdigest()
    gpkg = case / "out.gpkg"
    label = f"case {number} ({name}, {'+'.join(applied)})"
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    problem = None
    try:
        result = load_files([str(path)], str(gpkg))
        problem = accounted(path, name, gpkg, result.counts)
        outcomes["loaded"] += 1
    except LoadError as error:
        outcomes["refused"] += 1
        if "Traceback" in str(error):
            problem = f"traceback in the message: {error}"
    except HangError:
        problem = f"no answer within {TIME_LIMIT_S} s"
    except Exception as error:  # anything else reaches the user as a traceback
        problem = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=6)}"
    finally:
        signal.alarm(0)
    if hashlib.sha256(path.read_bytes()).hexdigest() != before:
        problem = (problem + "; " if problem else "") + "the input was modified"
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
