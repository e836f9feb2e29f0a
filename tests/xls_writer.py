"""A minimal Excel 97-2003 (.xls) writer for tests: one sheet of text and number cells.

No .xls writer is installed (python3-xlwt is not a dependency), and the loader must
read the .xls files programmes still receive, so the tests write them here: a BIFF8
workbook stream (BOF, BOUNDSHEET, EOF; sheet BOF, DIMENSIONS, LABEL/NUMBER cells,
EOF) inside an OLE2 compound file (header, the stream padded past the 4096-byte
mini-stream cutoff, one directory sector, the FAT), per the published [MS-XLS] and
[MS-CFB] specifications.
"""

import struct
from pathlib import Path
from typing import List, Sequence, Union

SECTOR = 512
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF

Cell = Union[str, int, float, None]


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0006))


def _unicode(text: str, length_bytes: int) -> bytes:
    encoded = text.encode("utf-16-le")
    head = struct.pack("<B" if length_bytes == 1 else "<H", len(text))
    return head + b"\x01" + encoded


def _workbook_stream(rows: Sequence[Sequence[Cell]], sheet_name: str) -> bytes:
    cells = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(_record(0x0203, struct.pack("<HHHd", r, c, 0, float(value))))
            else:
                cells.append(_record(0x0204, struct.pack("<HHH", r, c, 0) + _unicode(str(value), 2)))
    columns = max((len(row) for row in rows), default=0)
    sheet = (
        _bof(0x0010)
        + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, columns, 0))
        + b"".join(cells)
        + _record(0x000A, b"")
    )
    name = _unicode(sheet_name, 1)
    globals_without_sheet = _bof(0x0005) + _record(0x0085, struct.pack("<IH", 0, 0) + name) + _record(0x000A, b"")
    sheet_offset = len(globals_without_sheet)
    workbook_globals = _bof(0x0005) + _record(0x0085, struct.pack("<IH", sheet_offset, 0) + name) + _record(0x000A, b"")
    return workbook_globals + sheet


def _directory_entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1 if kind else 0)
        + struct.pack("<III", NO_STREAM, NO_STREAM, child)
        + b"\x00" * 16
        + struct.pack("<I", 0)
        + b"\x00" * 16
        + struct.pack("<III", start, size, 0)
    )


def write_xls(path: Path, rows: Sequence[Sequence[Cell]], sheet_name: str = "PointList") -> Path:
    """Write ``rows`` (first row = header) as a one-sheet .xls file."""
    stream = _workbook_stream(rows, sheet_name)
    size = len(stream)
    padded = stream.ljust(max(4096, -(-size // SECTOR) * SECTOR), b"\x00")
    stream_sectors = len(padded) // SECTOR
    directory_sector = stream_sectors
    fat_sectors = 1
    while (stream_sectors + 1 + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat: List[int] = (
        [i + 1 for i in range(stream_sectors - 1)] + [END_OF_CHAIN, END_OF_CHAIN] + [FAT_SECTOR] * fat_sectors
    )
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))
    directory = (
        _directory_entry("Root Entry", 5, 1, END_OF_CHAIN, 0)
        + _directory_entry("Workbook", 2, NO_STREAM, 0, len(padded))  # ≥ 4096: a regular stream
        + _directory_entry("", 0, NO_STREAM, 0, 0) * 2
    )
    difat = [directory_sector + 1 + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, directory_sector, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
        + struct.pack("<109I", *difat)
    )
    Path(path).write_bytes(header + padded + directory + struct.pack(f"<{len(fat)}I", *fat))
    return Path(path)
