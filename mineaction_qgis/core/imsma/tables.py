"""Rows of a spreadsheet-like file (.csv, .txt, .xlsx, .xls) as text, whatever it was saved as.

CSV files come from Excel in UTF-8 with or without a byte-order mark, or in
Windows-1256 (Arabic Windows); the delimiter is a comma, a semicolon or a tab
depending on the regional settings. Excel cells may hold numbers: they are turned
into the shortest text that gives the same number back, so what a user typed and
what we read agree.
"""

import csv
import datetime
import io
from pathlib import Path
from typing import Iterator, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
TABLE_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES + XLS_SUFFIXES
DELIMITERS = (",", ";", "\t")
FALLBACK_ENCODING = "cp1256"


class TableError(ValueError):
    """A file that cannot be read as a table; the message is translated and names the file."""



def cell_text(value) -> str:
    """Text of one cell: numbers without a spurious ``.0``, dates as ISO, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


def decode(data: bytes, encoding: Optional[str] = None) -> Tuple[str, str]:
    """(text, encoding used): the given encoding, else UTF-8 (BOM optional), else Windows-1256."""
    if encoding:
        return data.decode(encoding), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING


def sniff_delimiter(header_line: str) -> str:
    """The delimiter among , ; and tab that splits the header line most."""
    return max(DELIMITERS, key=header_line.count)


def _csv_rows(path: Path, encoding: Optional[str], limit: Optional[int]) -> Iterator[List[str]]:
    if limit is None:
        data = path.read_bytes()
    else:
        with path.open("rb") as handle:
            data = handle.read(65536)
    text, _ = decode(data, encoding)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    for index, row in enumerate(reader):
        if limit is not None and index >= limit:
            return
        yield [cell.strip() for cell in row]


def _xlsx_rows(path: Path, limit: Optional[int]) -> Iterator[List[str]]:
    import openpyxl

    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for index, row in enumerate(sheet.iter_rows(values_only=True)):
            if limit is not None and index >= limit:
                return
            yield [cell_text(value) for value in row]
    finally:
        workbook.close()


def _xls_rows(path: Path, limit: Optional[int]) -> Iterator[List[str]]:
    import xlrd

    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        sheet = book.sheet_by_index(0)
        rows = sheet.nrows if limit is None else min(limit, sheet.nrows)
        for index in range(rows):
            yield [cell_text(value) for value in sheet.row_values(index)]
    finally:
        book.release_resources()


def read_rows(path: str, encoding: Optional[str] = None, limit: Optional[int] = None) -> Iterator[List[str]]:
    """Every row of the first sheet (or the CSV) as a list of texts, header row included.

    Raises TableError when the file cannot be opened or parsed.
    """
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            yield from _xlsx_rows(file_path, limit)
        elif suffix in XLS_SUFFIXES:
            yield from _xls_rows(file_path, limit)
        else:
            yield from _csv_rows(file_path, encoding, limit)
    except (OSError, csv.Error, UnicodeDecodeError, LookupError, ValueError, KeyError, IndexError) as error:
        raise TableError(QCoreApplication.translate("TableError", "Cannot read '{file}' as a table: {error}").format(file=file_path.name, error=str(error))) from error
    except Exception as error:  # openpyxl/xlrd raise their own types for corrupt files
        if type(error).__module__.split(".")[0] in ("openpyxl", "xlrd", "zipfile"):
            raise TableError(QCoreApplication.translate("TableError", "Cannot read '{file}' as a table: {error}").format(file=file_path.name, error=str(error))) from error
        raise


def normalise_header(name: str) -> str:
    """Header comparison key: case, spaces, underscores and a BOM do not matter."""
    return "".join(ch for ch in str(name).replace("\ufeff", "").casefold() if ch not in " _-.")
