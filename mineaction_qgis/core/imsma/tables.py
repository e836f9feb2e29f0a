"""Rows of a spreadsheet-like file (.csv, .txt, .xlsx, .xls) as text, whatever it was saved as.

CSV files come from Excel in UTF-8 with or without a byte-order mark, in UTF-16
("Unicode text", tab-separated), or in Windows-1256 (Arabic Windows); the delimiter is
a comma, a semicolon or a tab depending on the regional settings. A UTF-8 file with a
few stray bytes stays UTF-8 (the bytes become U+FFFD, which the reader reports on
their row); only a file that is not UTF-8 at all is read as Windows-1256. Excel cells
may hold numbers: they are turned into the shortest text that gives the same number
back, so what a user typed and what we read agree.

Rows are numbered as the user sees them: the spreadsheet row, or the CSV line on which
the record starts (a quoted field may span lines).
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
REPLACEMENT = "\ufffd"  # what a byte that is not UTF-8 becomes
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # the csv module's 128 KB default refused a whole file for one long description


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
    """(text, encoding used): the given encoding, else UTF-16 or UTF-8 (by BOM or content), else Windows-1256.

    UTF-8 with stray invalid bytes stays UTF-8, each bad byte replaced by U+FFFD: re-reading
    the whole file as Windows-1256 would garble every Arabic text in it.
    """
    if encoding:
        return data.decode(encoding, errors="replace"), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    head = data[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT)
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if multibyte >= bad:  # mostly valid UTF-8 with a few damaged bytes
        return text, "utf-8"
    return data.decode(FALLBACK_ENCODING, errors="replace"), FALLBACK_ENCODING


def sniff_delimiter(header_line: str) -> str:
    """The delimiter among , ; and tab that splits the header line most."""
    return max(DELIMITERS, key=header_line.count)


def _csv_rows(path: Path, encoding: Optional[str], limit: Optional[int]) -> Iterator[Tuple[int, List[str]]]:
    if limit is None:
        data = path.read_bytes()
    else:
        with path.open("rb") as handle:
            data = handle.read(65536)
    text, _ = decode(data, encoding)
    first_line = text.split("\n", 1)[0]
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line))
    line = 1
    for index, row in enumerate(reader):
        if limit is not None and index >= limit:
            return
        yield line, [cell.strip() for cell in row]
        line = reader.line_num + 1


def _xlsx_rows(path: Path, limit: Optional[int], sheet_index: int) -> Iterator[Tuple[int, List[str]]]:
    import openpyxl

    workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[sheet_index]
        for index, row in enumerate(sheet.iter_rows(values_only=True)):
            if limit is not None and index >= limit:
                return
            yield index + 1, [cell_text(value) for value in row]
    finally:
        workbook.close()


def _xls_rows(path: Path, limit: Optional[int], sheet_index: int) -> Iterator[Tuple[int, List[str]]]:
    import xlrd

    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        sheet = book.sheet_by_index(sheet_index)
        rows = sheet.nrows if limit is None else min(limit, sheet.nrows)
        for index in range(rows):
            yield index + 1, [cell_text(value) for value in sheet.row_values(index)]
    finally:
        book.release_resources()


def sheet_names(path: str) -> List[str]:
    """Names of the sheets of a workbook, in order; ``[""]`` for a CSV file. TableError when unreadable."""
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            import openpyxl

            workbook = openpyxl.load_workbook(str(file_path), read_only=True, data_only=True)
            try:
                return list(workbook.sheetnames)
            finally:
                workbook.close()
        if suffix in XLS_SUFFIXES:
            import xlrd

            book = xlrd.open_workbook(str(file_path), on_demand=True)
            try:
                return list(book.sheet_names())
            finally:
                book.release_resources()
    except Exception as error:  # openpyxl/xlrd/zipfile raise their own types for damaged files
        raise TableError(damaged_message(file_path, error)) from error
    return [""]


def damaged_message(path: Path, error: Exception) -> str:
    """What to tell about a workbook that cannot be opened: damaged or cut off, with the library's words."""
    return QCoreApplication.translate(
        "TableError",
        "'{file}' cannot be opened as a workbook: the file is damaged or cut off (truncated) ({error}). Save it again "
        "from Excel.",
    ).format(file=path.name, error=str(error))


def read_rows(path: str, encoding: Optional[str] = None, limit: Optional[int] = None) -> Iterator[List[str]]:
    """Every row of the first sheet (or the CSV) as a list of texts, header row included.

    Raises TableError when the file cannot be opened or parsed.
    """
    for _number, cells in numbered_rows(path, encoding, limit):
        yield cells


def numbered_rows(
    path: str, encoding: Optional[str] = None, limit: Optional[int] = None, sheet: int = 0
) -> Iterator[Tuple[int, List[str]]]:
    """(row number as the user sees it, texts) of every row of sheet ``sheet`` (or the CSV).

    Raises TableError when the file cannot be opened or parsed.
    """
    file_path = Path(path)
    suffix = file_path.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            yield from _xlsx_rows(file_path, limit, sheet)
        elif suffix in XLS_SUFFIXES:
            yield from _xls_rows(file_path, limit, sheet)
        else:
            yield from _csv_rows(file_path, encoding, limit)
    except (OSError, csv.Error, UnicodeDecodeError, LookupError, ValueError, KeyError, IndexError) as error:
        raise TableError(
            QCoreApplication.translate("TableError", "Cannot read '{file}' as a table: {error}").format(
                file=file_path.name, error=str(error)
            )
        ) from error
    except Exception as error:  # a damaged workbook fails anywhere in openpyxl/xlrd, zipfile, zlib or the XML parser
        if suffix in XLSX_SUFFIXES + XLS_SUFFIXES or type(error).__module__.split(".")[0] in (
            "openpyxl",
            "xlrd",
            "zipfile",
            "zlib",
        ):
            raise TableError(damaged_message(file_path, error)) from error
        raise


def normalise_header(name: str) -> str:
    """Header comparison key: case, spaces, underscores and a BOM do not matter."""
    return "".join(ch for ch in str(name).replace("\ufeff", "").casefold() if ch not in " _-.")
