"""Reader of the IMSMA geospatial point list (.csv, .xlsx, .xls).

Columns (names from the profile's ``pointlist.columns``): ProjName, PolyID, PointNo,
PointID, PointType, Xcoord, Ycoord, Distance, Bearing, FrPointID, PointDesc.

Decisions (documented in docs/en/import.md):

- The object (hazard) ID is ProjName; several PolyIDs with the same ProjName are the
  parts of one multipart object (one multipolygon). Without a ProjName, each PolyID is
  its own object. The object layer is the profile's ``pointlist.object_layer``
  (default ``hazards``).
- A row with a PolyID and a vertex point type (Start, Datum, Turning, Intermediate,
  End point, or no type) is a vertex; vertices are ordered by PointNo. A row with a
  PolyID but a single-point or evidence type (benchmark, reference point, landmark,
  usage/evidence point) is a point of the object, not a vertex. A row without a PolyID
  is a single point. An empty type means Turning point for a vertex and Reference
  point otherwise.
- The ring closes on its start point: a last vertex equal to the first (within
  0.000001°) is the repeated closing point, kept in ``points`` but not as a vertex.
- A vertex is given by Xcoord/Ycoord, or, when both are empty, by Distance (m) and
  Bearing from FrPointID (a PointID of the same object, e.g. a benchmark) or else from
  the previous vertex. Coordinates win when a row has both.
- Rows are numbered as the user sees them (``tables.numbered_rows``); the header is searched in
  the first rows of every sheet. A value that swallowed the following lines through an
  unbalanced quote is rejected (``bad_value``) naming them; bytes that are not UTF-8 and values
  over MAX_FIELD_CHARS (cut) are warned with their row and column. Two columns of one name
  refuse the file.
- Every row becomes one point record or one rejection (input = loaded + rejected).
  A rejected vertex is left out and the polygon is built from the remaining vertices
  if at least three remain; otherwise every remaining vertex row of that polygon is
  rejected with ``too_few_vertices`` (so a rejected polygon never leaves stray points).
"""

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common import model
from mineaction_qgis.core.common.coords import (
    NOTATION_BEARING,
    BearingProjector,
    CoordinateError,
    CoordinateParser,
    Transforms,
    parse_number,
)
from mineaction_qgis.core.common.log import push_message
from mineaction_qgis.core.imsma.profile import Profile, load_profile
from mineaction_qgis.core.imsma.records import (
    ObjectRecord,
    PointRecord,
    ReadOptions,
    Record,
    Rejection,
    degenerate_ring,
)
from mineaction_qgis.core.imsma.tables import (
    REPLACEMENT,
    TABLE_SUFFIXES,
    TableError,
    normalise_header,
    numbered_rows,
    read_rows,
    sheet_names,
)

FORMAT_NAME = "IMSMA point list"
COLUMNS = (
    "ProjName",
    "PolyID",
    "PointNo",
    "PointID",
    "PointType",
    "Xcoord",
    "Ycoord",
    "Distance",
    "Bearing",
    "FrPointID",
    "PointDesc",
)
REQUIRED = ("PointNo", "Xcoord", "Ycoord")
CLOSING_TOLERANCE_DEG = 0.000001
DEFAULT_VERTEX_TYPE = "Turning point"
DEFAULT_SINGLE_TYPE = "Reference point"
HEADER_SCAN_ROWS = 30  # rows of each sheet searched for the header
MAX_FIELD_CHARS = 32768  # a longer value is cut (with a warning): no point-list field needs more
LISTED_CELL_WARNINGS = 20  # cells warned about one by one; the rest are counted in one message


def row_ref(number: int) -> str:
    """``source_ref`` of a row: ``row <n>``, the spreadsheet row number (header = row 1).

    Not translated: it is a stable reference users filter and sort on, like an XPath.
    """
    return f"row {number}"


def column_map(profile: Profile, header: Sequence[str]) -> Dict[str, int]:
    """Canonical column name -> index in ``header``, using the profile's names (case/space-insensitive)."""
    names = profile.section("pointlist").get("columns", {})
    positions = {normalise_header(name): index for index, name in enumerate(header) if str(name).strip()}
    found: Dict[str, int] = {}
    for column in COLUMNS:
        candidates = names.get(column, column)
        if isinstance(candidates, str):
            candidates = [candidates]
        for candidate in list(candidates) + [column]:
            index = positions.get(normalise_header(candidate))
            if index is not None and index not in found.values():
                found[column] = index
                break
    return found


def find_header(
    path: str, profile: Profile, encoding: Optional[str] = None
) -> Optional[Tuple[int, str, int, List[str]]]:
    """(sheet index, sheet name, row number, header cells) of the first row, in the first
    HEADER_SCAN_ROWS rows of each sheet, that has the PointNo, Xcoord and Ycoord columns: a workbook
    may open on a cover sheet, or have a title above the header. None when there is none."""
    for index, name in enumerate(sheet_names(path)):
        for number, cells in numbered_rows(path, encoding, limit=HEADER_SCAN_ROWS, sheet=index):
            found = column_map(profile, cells)
            if all(column in found for column in REQUIRED):
                return index, name, number, cells
    return None


def sniff(path: str) -> bool:
    """True when ``path`` is a table with a header row holding at least PointNo, Xcoord and Ycoord."""
    if Path(path).suffix.lower() not in TABLE_SUFFIXES or not Path(path).is_file():
        return False
    try:
        return find_header(path, load_profile()) is not None
    except TableError:
        return False


@dataclass
class _Row:
    """One data row: its spreadsheet row number, texts by canonical column, and the raw record."""

    number: int
    values: Dict[str, str]
    cells: List[str]
    header: Sequence[str]
    point_type: str = ""
    point_no: Optional[int] = None
    point: Optional[QgsPointXY] = None
    input_crs: str = ""
    rejection: Optional[Rejection] = None
    resolving: bool = False
    is_vertex: bool = False
    closing: bool = False
    previous: Optional["_Row"] = None
    extra: Dict[str, object] = field(default_factory=dict)

    def get(self, column: str) -> str:
        return self.values.get(column, "")

    def raw(self) -> Dict[str, str]:
        """The row as typed, by the file's own column names (for the rejected table)."""
        return {
            str(name): self.cells[index]
            for index, name in enumerate(self.header)
            if index < len(self.cells) and str(name)
        }


class PointListReader:
    """Turns the rows of one point list into records; see the module docstring for the rules."""

    def __init__(
        self, path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback] = None
    ) -> None:
        self.path = path
        self.source_file = Path(path).name
        self.profile = profile
        self.options = options
        self.feedback = feedback
        transforms = Transforms()
        self.parser = CoordinateParser(options.source_crs, transforms)
        self.projector = BearingProjector(
            options.bearing_reference, options.magnetic_declination, options.source_crs, transforms
        )
        self.object_layer = profile.section("pointlist").get("object_layer", model.HAZARDS)
        self._point_types: Dict[str, Optional[str]] = {}
        self._cell_warnings = 0

    # --- reading --------------------------------------------------------------------------

    def rows(self) -> List[_Row]:
        """All data rows; raises TableError for an unreadable file or a header without the columns."""
        located = find_header(self.path, self.profile, self.options.encoding)
        if located is None:
            table = read_rows(self.path, self.options.encoding)
            header = next(table, None)
            if header is None:
                raise TableError(
                    QCoreApplication.translate("PointListReader", "'{file}' is empty.").format(file=self.source_file)
                )
            found = column_map(self.profile, header)
            missing = [column for column in REQUIRED if column not in found]
            raise TableError(
                QCoreApplication.translate(
                    "PointListReader", "'{file}' has no column {missing}; its columns are: {columns}."
                ).format(file=self.source_file, missing=", ".join(missing), columns=", ".join(header))
            )
        sheet, sheet_name, header_number, header = located
        self._refuse_duplicate_columns(header)
        if sheet > 0 or header_number > 1:
            self._note(
                QCoreApplication.translate(
                    "PointListReader",
                    "'{file}': the point-list header was found on sheet '{sheet}', row {row}; the rows above it and "
                    "the other sheets were not read.",
                ).format(file=self.source_file, sheet=sheet_name or "1", row=header_number),
                warning=False,
            )
        found = column_map(self.profile, header)
        self._cell_warnings = 0
        result = []
        for number, cells in numbered_rows(self.path, self.options.encoding, sheet=sheet):
            if number <= header_number or not any(cells):
                continue
            cells = [self._checked_cell(cell, number, header, index) for index, cell in enumerate(cells)]
            values = {column: cells[index] if index < len(cells) else "" for column, index in found.items()}
            row = _Row(number=number, values=values, cells=cells, header=header)
            swallowed = [index for index, cell in enumerate(cells) if _holds_records(cell, len(header))]
            if swallowed:
                last = number + sum(cell.count("\n") for cell in cells)
                column = header[swallowed[0]] if swallowed[0] < len(header) else str(swallowed[0] + 1)
                self._reject(
                    row,
                    "bad_value",
                    QCoreApplication.translate(
                        "PointListReader",
                        'an unbalanced quote (") in column {column} swallowed the lines up to row {last} into one '
                        "value; those lines are in this record's raw text. Fix the quote and import them again.",
                    ).format(column=column, last=last),
                    row.get("ProjName") or row.get("PolyID"),
                )
            result.append(row)
        if self._cell_warnings > LISTED_CELL_WARNINGS:
            self._note(
                QCoreApplication.translate(
                    "PointListReader",
                    "'{file}': {count} more values with bytes that are not valid UTF-8, or cut to {limit} characters, "
                    "were not listed one by one.",
                ).format(file=self.source_file, count=self._cell_warnings - LISTED_CELL_WARNINGS, limit=MAX_FIELD_CHARS)
            )
        return result

    def _note(self, text: str, warning: bool = True) -> None:
        push_message(self.feedback, text, warning)

    def _refuse_duplicate_columns(self, header: Sequence[str]) -> None:
        """TableError naming a column that appears twice: which of the two holds the data cannot be known."""
        seen: Dict[str, int] = {}
        for index, name in enumerate(header):
            key = normalise_header(name)
            if not key:
                continue
            if key in seen:
                raise TableError(
                    QCoreApplication.translate(
                        "PointListReader",
                        "'{file}' has two columns named '{column}' (columns {first} and {second}); remove or rename "
                        "one and import again.",
                    ).format(file=self.source_file, column=name, first=seen[key] + 1, second=index + 1)
                )
            seen[key] = index

    def _checked_cell(self, cell: str, number: int, header: Sequence[str], index: int) -> str:
        """The cell, with a warning for bytes that were not UTF-8 and an over-long value cut."""
        column = header[index] if index < len(header) and header[index] else str(index + 1)
        damaged, long = REPLACEMENT in cell, len(cell) > MAX_FIELD_CHARS
        self._cell_warnings += damaged + long
        if self._cell_warnings > LISTED_CELL_WARNINGS:
            return cell[:MAX_FIELD_CHARS]
        if damaged:
            self._note(
                QCoreApplication.translate(
                    "PointListReader",
                    "'{file}' row {row}, column {column}: a byte that is not valid UTF-8 was replaced by the sign �; "
                    "check this value.",
                ).format(file=self.source_file, row=number, column=column)
            )
        if long:
            self._note(
                QCoreApplication.translate(
                    "PointListReader",
                    "'{file}' row {row}, column {column}: the value has {length} characters; it was cut to the first "
                    "{limit}.",
                ).format(file=self.source_file, row=number, column=column, length=len(cell), limit=MAX_FIELD_CHARS)
            )
            cell = cell[:MAX_FIELD_CHARS]
        return cell

    def read(self) -> Iterator[Record]:
        rows = self.rows()
        groups: Dict[str, List[_Row]] = {}
        for row in rows:
            key = row.get("ProjName") or row.get("PolyID")
            groups.setdefault(key, []).append(row)
        total = max(len(rows), 1)
        done = 0
        for object_id, group in groups.items():
            if self.feedback is not None:
                if self.feedback.isCanceled():
                    return
                self.feedback.setProgress(100.0 * done / total)
            yield from self._object(object_id, group)
            done += len(group)

    # --- one object -------------------------------------------------------------------------

    def _reject(self, row: _Row, reason: str, message: str, object_id: str) -> None:
        if row.rejection is None:
            row.rejection = Rejection(
                source_file=self.source_file,
                source_ref=row_ref(row.number),
                object_id=object_id,
                reason_code=reason,
                message=QCoreApplication.translate("PointListReader", "Row {row}: {message}").format(
                    row=row.number, message=message
                ),
                raw=row.raw(),
            )

    def _object(self, object_id: str, group: List[_Row]) -> Iterator[Record]:
        polygons: Dict[str, List[_Row]] = {}
        by_point_id: Dict[str, _Row] = {}
        for row in group:
            self._classify(row, object_id)
            if row.rejection is not None:
                continue
            if row.is_vertex:
                polygons.setdefault(row.get("PolyID"), []).append(row)
            point_id = row.get("PointID")
            if point_id and point_id not in by_point_id:
                by_point_id[point_id] = row
        for poly_id, vertices in polygons.items():
            vertices.sort(key=lambda r: (r.point_no, r.number))
            seen: Dict[int, _Row] = {}
            kept = []
            for row in vertices:
                if row.point_no in seen:
                    self._reject(
                        row,
                        "duplicate_point_no",
                        QCoreApplication.translate(
                            "PointListReader",
                            "PointNo {number} appears again in polygon '{poly}' (first on row {first}).",
                        ).format(number=row.point_no, poly=poly_id, first=seen[row.point_no].number),
                        object_id,
                    )
                    continue
                seen[row.point_no] = row
                kept.append(row)
            for previous, row in zip([None] + kept[:-1], kept):
                row.previous = previous
            polygons[poly_id] = kept
        for row in group:
            if row.rejection is None:
                self._resolve(row, by_point_id, object_id)
        parts = []
        for poly_id, vertices in polygons.items():
            ring = self._ring(poly_id, vertices, object_id)
            if ring:
                parts.append(ring)
        for row in group:
            yield row.rejection if row.rejection is not None else self._point_record(row, object_id)
        if parts:
            geometry = QgsGeometry.fromMultiPolygonXY([[ring] for ring in parts])
            numbers = [row.number for row in group]
            yield ObjectRecord(
                layer=self.object_layer,
                attributes={"hazard_id" if self.object_layer == model.HAZARDS else "activity_id": object_id},
                geometry=geometry,
                source_file=self.source_file,
                source_ref=f"rows {min(numbers)}-{max(numbers)}",
            )

    def _classify(self, row: _Row, object_id: str) -> None:
        """Point type, PointNo and whether the row is a vertex; rejects unknown types and bad numbers."""
        typed = row.get("PointType")
        has_poly = bool(row.get("PolyID"))
        if typed:
            if typed not in self._point_types:
                self._point_types[typed] = self.profile.code("point_type", typed)
            canonical = self._point_types[typed]
            if canonical is None or canonical not in model.POINT_TYPES:
                self._reject(
                    row,
                    "unknown_point_type",
                    QCoreApplication.translate(
                        "PointListReader", "PointType '{value}' is not a known point type."
                    ).format(value=typed),
                    object_id,
                )
                return
        else:
            canonical = DEFAULT_VERTEX_TYPE if has_poly else DEFAULT_SINGLE_TYPE
        row.point_type = canonical
        row.is_vertex = has_poly and canonical in model.VERTEX_POINT_TYPES
        number_text = row.get("PointNo")
        if number_text:
            try:
                number = parse_number(number_text, "PointNo")
                if not number.is_integer():
                    raise CoordinateError(number_text)
                row.point_no = int(number)
            except CoordinateError:
                self._reject(
                    row,
                    "bad_value",
                    QCoreApplication.translate("PointListReader", "PointNo '{value}' is not a whole number.").format(
                        value=number_text
                    ),
                    object_id,
                )
                return
        elif row.is_vertex:
            self._reject(
                row,
                "bad_value",
                QCoreApplication.translate(
                    "PointListReader", "PointNo is empty for a vertex of polygon '{poly}'."
                ).format(poly=row.get("PolyID")),
                object_id,
            )

    def _resolve(self, row: _Row, by_point_id: Dict[str, _Row], object_id: str) -> Optional[QgsPointXY]:
        """The row's WGS 84 point, computing bearing/distance chains; rejects the row on failure."""
        if row.point is not None or row.rejection is not None:
            return row.point
        x_text, y_text = row.get("Xcoord"), row.get("Ycoord")
        if x_text or y_text:
            try:
                parsed = self.parser.parse(x_text, y_text)
            except CoordinateError as error:
                self._reject(
                    row,
                    "bad_coordinate",
                    QCoreApplication.translate("PointListReader", "Xcoord/Ycoord: {error}").format(error=error.message),
                    object_id,
                )
                return None
            row.point, row.input_crs = parsed.point, parsed.input_crs
            return row.point
        distance_text, bearing_text = row.get("Distance"), row.get("Bearing")
        if not distance_text or not bearing_text:
            self._reject(
                row,
                "bad_coordinate",
                QCoreApplication.translate(
                    "PointListReader", "Xcoord and Ycoord are empty and there is no Distance and Bearing either."
                ),
                object_id,
            )
            return None
        try:
            distance = parse_number(distance_text, "Distance")
            bearing = parse_number(bearing_text, "Bearing")
        except CoordinateError as error:
            self._reject(row, "bad_coordinate", error.message, object_id)
            return None
        origin_row = self._origin(row, by_point_id, object_id)
        if origin_row is None:
            return None
        if row.resolving:
            self._reject(
                row,
                "bearing_without_origin",
                QCoreApplication.translate("PointListReader", "FrPointID '{value}' leads back to this point.").format(
                    value=row.get("FrPointID")
                ),
                object_id,
            )
            return None
        row.resolving = True
        origin = self._resolve(origin_row, by_point_id, object_id)
        row.resolving = False
        if row.rejection is not None:
            return None
        if origin is None:
            self._reject(
                row,
                "bearing_without_origin",
                QCoreApplication.translate(
                    "PointListReader", "the point the bearing starts from (row {origin}) has no valid position."
                ).format(origin=origin_row.number),
                object_id,
            )
            return None
        try:
            row.point = self.projector.project(origin, distance, bearing)
        except CoordinateError as error:
            self._reject(
                row,
                "bad_coordinate",
                QCoreApplication.translate("PointListReader", "Distance: {error}").format(error=error.message),
                object_id,
            )
            return None
        row.input_crs = NOTATION_BEARING
        row.extra["from"] = origin_row.get("PointID") or row_ref(origin_row.number)
        return row.point

    def _origin(self, row: _Row, by_point_id: Dict[str, _Row], object_id: str) -> Optional[_Row]:
        from_id = row.get("FrPointID")
        if from_id:
            origin = by_point_id.get(from_id)
            if origin is None or origin is row:
                self._reject(
                    row,
                    "bearing_without_origin",
                    QCoreApplication.translate(
                        "PointListReader", "FrPointID '{value}' is not a PointID of object '{object}'."
                    ).format(value=from_id, object=object_id),
                    object_id,
                )
                return None
            return origin
        if row.is_vertex and row.previous is not None:
            return row.previous
        self._reject(
            row,
            "bearing_without_origin",
            QCoreApplication.translate(
                "PointListReader", "Distance and Bearing are given but there is no FrPointID and no previous point."
            ),
            object_id,
        )
        return None

    def _ring(self, poly_id: str, vertices: List[_Row], object_id: str) -> Optional[List[QgsPointXY]]:
        """The closed ring of one polygon, or None after rejecting its rows for too few vertices."""
        usable = [row for row in vertices if row.rejection is None and row.point is not None]
        if len(usable) > 1:
            first, last = usable[0].point, usable[-1].point
            if (
                abs(first.x() - last.x()) <= CLOSING_TOLERANCE_DEG
                and abs(first.y() - last.y()) <= CLOSING_TOLERANCE_DEG
            ):
                usable[-1].closing = True
                usable = usable[:-1]
        if len(usable) >= 3 and degenerate_ring([row.point for row in usable]):
            for row in vertices:
                self._reject(
                    row,
                    "too_few_vertices",
                    QCoreApplication.translate(
                        "PointListReader",
                        "polygon '{poly}': its vertices are all identical or lie on one line; it encloses no land.",
                    ).format(poly=poly_id),
                    object_id,
                )
            return None
        if len(usable) < 3:
            for row in vertices:
                self._reject(
                    row,
                    "too_few_vertices",
                    QCoreApplication.translate(
                        "PointListReader", "polygon '{poly}' has {count} usable vertices; at least 3 are needed."
                    ).format(poly=poly_id, count=len(usable)),
                    object_id,
                )
            return None
        ring = [row.point for row in usable]
        ring.append(QgsPointXY(ring[0]))
        return ring

    def _point_record(self, row: _Row, object_id: str) -> PointRecord:
        distance = _optional_number(row.get("Distance"))
        bearing = _optional_number(row.get("Bearing"))
        if row.input_crs == NOTATION_BEARING:
            input_text = QCoreApplication.translate(
                "PointListReader", "{distance} m at {bearing}° from {origin}"
            ).format(distance=row.get("Distance"), bearing=row.get("Bearing"), origin=row.extra.get("from", ""))
        else:
            input_text = "; ".join(text for text in (row.get("Xcoord"), row.get("Ycoord")) if text)
        attributes = {
            "object_id": object_id or None,
            "poly_id": row.get("PolyID") or None,
            "point_no": row.point_no,
            "point_id": row.get("PointID") or None,
            "point_type": row.point_type,
            "bearing": bearing,
            "distance_m": distance,
            "from_point_id": row.get("FrPointID") or None,
            "input_crs": row.input_crs,
            "input_text": input_text,
            "description": row.get("PointDesc") or None,
        }
        return PointRecord(
            attributes=attributes,
            geometry=QgsGeometry.fromPointXY(row.point),
            source_file=self.source_file,
            source_ref=row_ref(row.number),
        )


def _holds_records(cell: str, columns: int) -> bool:
    """True when a value holds line breaks followed by whole records (delimiters all along the line):
    what an unbalanced quote does to the lines after it. A multi-line description does not."""
    if "\n" not in cell:
        return False
    needed = max(2, columns // 2)
    return any(max(line.count(mark) for mark in (",", ";", "\t")) >= needed for line in cell.split("\n")[1:])


def _optional_number(text: str) -> Optional[float]:
    if not text:
        return None
    try:
        value = parse_number(text, "")
    except CoordinateError:
        return None
    return value if math.isfinite(value) else None


def read(
    path: str,
    profile: Optional[Profile] = None,
    options: Optional[ReadOptions] = None,
    feedback: Optional[QgsFeedback] = None,
) -> Iterator[Record]:
    """Records of the point list ``path``: points, objects (multipolygons) and rejections.

    Raises TableError (a ValueError) when the file cannot be read or lacks the columns.
    """
    reader = PointListReader(path, profile or load_profile(), options or ReadOptions(), feedback)
    return reader.read()


def preview(
    path: str, profile: Optional[Profile] = None, options: Optional[ReadOptions] = None, limit: int = 20
) -> Tuple[List[str], List[List[str]]]:
    """(canonical column names, first ``limit`` rows as mapped): for the dialog's preview table."""
    reader = PointListReader(path, profile or load_profile(), options or ReadOptions())
    located = find_header(path, reader.profile, reader.options.encoding)
    if located is None:
        return [], []
    sheet, _name, header_number, header = located
    found = column_map(reader.profile, header)
    columns = [column for column in COLUMNS if column in found]
    table = numbered_rows(path, reader.options.encoding, limit=header_number + limit, sheet=sheet)
    rows = [
        [cells[found[column]] if found[column] < len(cells) else "" for column in columns]
        for number, cells in table
        if number > header_number
    ]
    return columns, rows
