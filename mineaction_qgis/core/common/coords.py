"""Coordinates as field teams type them, read into WGS 84 points.

Mine action forms carry coordinates in many notations: decimal degrees, degrees and
decimal minutes (DDM), degrees-minutes-seconds (DMS, with ``°'"`` or spaces,
hemisphere letters before or after, or signs), with a decimal comma or point;
projected X/Y in a UTM or national grid; and MGRS. Turning points are often given
by bearing and distance from the previous point. This module turns all of these
into EPSG:4326 points with the QGIS/PROJ transforms, and says precisely what is
wrong with a value it cannot read (``CoordinateError``).

MGRS is converted here (grid zone + 100 km square letters -> UTM -> WGS 84) so the
plugin needs no extra package. Bearings are degrees clockwise from true north;
grid bearings add the meridian convergence at the point, magnetic bearings add the
magnetic declination (degrees east positive).
"""

import math
import re
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsPointXY,
)
from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.common.model import ELLIPSOID, STORAGE_CRS
from mineaction_qgis.core.common.values import normalise_digits

BEARING_TRUE = "true"
BEARING_GRID = "grid"
BEARING_MAGNETIC = "magnetic"
BEARING_REFERENCES = (BEARING_TRUE, BEARING_GRID, BEARING_MAGNETIC)

# Notation names stored in points.input_crs next to the CRS.
NOTATION_DD = "DD"
NOTATION_DDM = "DDM"
NOTATION_DMS = "DMS"
NOTATION_PROJECTED = "XY"
NOTATION_MGRS = "MGRS"
NOTATION_BEARING = "bearing/distance"

# CRSs used in Iraq (docs/domain.md), offered first in choosers.
IRAQ_CRS = (
    "EPSG:4326",
    "EPSG:32637",
    "EPSG:32638",
    "EPSG:32639",
    "EPSG:4743",
    "EPSG:3391",
    "EPSG:3392",
    "EPSG:3393",
    "EPSG:3889",
    "EPSG:3890",
    "EPSG:3891",
    "EPSG:3892",
    "EPSG:6646",
)


class CoordinateError(ValueError):
    """A value that is not a coordinate; ``message`` is translated and names the value."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ParsedCoordinate:
    """A point in EPSG:4326 and how it was written."""

    point: QgsPointXY
    notation: str  # NOTATION_*
    crs: str  # authid of the CRS the value was given in ("MGRS" for MGRS)

    @property
    def input_crs(self) -> str:
        """Value of the ``points.input_crs`` field, e.g. ``EPSG:4326 DMS`` or ``MGRS``."""
        if self.notation == NOTATION_MGRS:
            return NOTATION_MGRS
        if self.notation == NOTATION_PROJECTED:
            return self.crs
        return f"{self.crs} {self.notation}"


# --- Angles -------------------------------------------------------------------------------

_HEMI_POS = {"N": 1, "E": 1}
_HEMI_NEG = {"S": -1, "W": -1}
_LAT_LETTERS = "NS"
_LON_LETTERS = "EW"
_NUMBER = r"\d+(?:[.,]\d+)?"
_SYMBOLS = str.maketrans(
    {
        "º": "°",
        "˚": "°",
        "d": "°",
        "D": "°",
        "′": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "″": '"',
        "”": '"',
        "“": '"',
        "\u2212": "-",
    }
)
_ANGLE_RE = re.compile(
    r"^(?P<sign>[-+])?\s*(?P<deg>" + _NUMBER + r")\s*°?\s*"
    r"(?:(?P<min>" + _NUMBER + r")\s*(?:'|m|min)?\s*"
    r"(?:(?P<sec>" + _NUMBER + r")\s*(?:\"|''|sec)?\s*)?)?$",
    re.IGNORECASE,
)


# Numbers larger than this are no coordinate, distance or bearing in any CRS used for mine action.
MAX_MAGNITUDE = 1e8


def _number(text: str) -> float:
    value = float(text.replace(",", "."))
    if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "'{value}' is too large to be a coordinate, a distance or a bearing."
            ).format(value=text[:40])
        )
    return value


@dataclass(frozen=True)
class Angle:
    """A parsed angle in decimal degrees, its notation and its hemisphere letter, if any."""

    degrees: float
    notation: str
    hemisphere: str  # "", "N", "S", "E" or "W"


def parse_angle(text: str) -> Angle:
    """Read one latitude or longitude in DD, DDM or DMS; hemisphere letter before/after or sign.

    Raises CoordinateError naming the value when it is not an angle.
    """
    raw = normalise_digits(text).strip()
    value = raw.translate(_SYMBOLS).strip()
    if not value:
        raise CoordinateError(QCoreApplication.translate("CoordinateParser", "The coordinate is empty."))
    hemisphere = ""
    upper = value.upper()
    if upper[0] in "NSEW" and len(value) > 1 and not upper[1].isalpha():
        hemisphere, value = upper[0], value[1:].strip()
    elif upper[-1] in "NSEW" and len(value) > 1 and not upper[-2].isalpha():
        hemisphere, value = upper[-1], value[:-1].strip()
    # "44 12 30.5": spaces separate the parts; collapse repeated separators.
    value = re.sub(r"[\s:]+", " ", value)
    match = _ANGLE_RE.match(value)
    if not match:
        raise CoordinateError(
            QCoreApplication.translate("CoordinateParser", "'{value}' is not an angle in degrees, DDM or DMS.").format(
                value=raw
            )
        )
    degrees = _number(match.group("deg"))
    minutes = _number(match.group("min")) if match.group("min") else None
    seconds = _number(match.group("sec")) if match.group("sec") else None
    if minutes is not None and ("." in match.group("deg") or "," in match.group("deg")):
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "'{value}': degrees with decimals cannot be followed by minutes."
            ).format(value=raw)
        )
    if seconds is not None and ("." in match.group("min") or "," in match.group("min")):
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "'{value}': minutes with decimals cannot be followed by seconds."
            ).format(value=raw)
        )
    if (minutes is not None and minutes >= 60) or (seconds is not None and seconds >= 60):
        raise CoordinateError(
            QCoreApplication.translate("CoordinateParser", "'{value}': minutes and seconds must be below 60.").format(
                value=raw
            )
        )
    total = degrees + (minutes or 0.0) / 60.0 + (seconds or 0.0) / 3600.0
    notation = NOTATION_DMS if seconds is not None else NOTATION_DDM if minutes is not None else NOTATION_DD
    sign = -1 if match.group("sign") == "-" else 1
    if hemisphere:
        if match.group("sign") == "-":
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "'{value}' has both a minus sign and a hemisphere letter."
                ).format(value=raw)
            )
        sign = _HEMI_NEG.get(hemisphere, 1)
    return Angle(sign * total, notation, hemisphere)


def parse_lon_lat(x_text: str, y_text: str) -> Tuple[float, float, str]:
    """(longitude, latitude, notation) from X and Y texts in degrees.

    X is the longitude and Y the latitude, unless the hemisphere letters say the two
    were entered the other way round (``N`` on X and ``E`` on Y).
    """
    x, y = parse_angle(x_text), parse_angle(y_text)
    if x.hemisphere and y.hemisphere and (x.hemisphere in _LAT_LETTERS) == (y.hemisphere in _LAT_LETTERS):
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser",
                "X '{x}' and Y '{y}' are both {axis}: one must be a latitude (N/S) and the other a longitude (E/W).",
            ).format(x=x_text, y=y_text, axis="N/S" if x.hemisphere in _LAT_LETTERS else "E/W")
        )
    if x.hemisphere in _LAT_LETTERS and x.hemisphere and (y.hemisphere in _LON_LETTERS or not y.hemisphere):
        x, y = y, x
    elif y.hemisphere in _LON_LETTERS and y.hemisphere:
        x, y = y, x
    if x.hemisphere in _LAT_LETTERS and x.hemisphere:
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "'{value}' is a latitude where a longitude was expected."
            ).format(value=x_text)
        )
    if not -180.0 <= x.degrees <= 180.0:
        raise CoordinateError(
            QCoreApplication.translate("CoordinateParser", "Longitude '{value}' is outside -180..180 degrees.").format(
                value=x_text
            )
        )
    if not -90.0 <= y.degrees <= 90.0:
        raise CoordinateError(
            QCoreApplication.translate("CoordinateParser", "Latitude '{value}' is outside -90..90 degrees.").format(
                value=y_text
            )
        )
    notation = max((x.notation, y.notation), key=(NOTATION_DD, NOTATION_DDM, NOTATION_DMS).index)
    return x.degrees, y.degrees, notation


def format_angle(value: float, notation: str, axis: str, decimals: int = 6) -> str:
    """Write an angle as a field team would: DD ``44.123456``, DDM ``44°07.407'E``, DMS ``44°07'24.4"E``.

    ``axis`` is "lat" or "lon" (chooses the hemisphere letters for DDM/DMS).
    """
    if notation == NOTATION_DD:
        return f"{value:.{decimals}f}"
    letter = ("N" if value >= 0 else "S") if axis == "lat" else ("E" if value >= 0 else "W")
    magnitude = abs(value)
    degrees = int(magnitude)
    minutes = (magnitude - degrees) * 60.0
    if notation == NOTATION_DDM:
        minutes = round(minutes, 4)
        if minutes >= 60.0:
            degrees, minutes = degrees + 1, 0.0
        return f"{degrees}°{minutes:07.4f}'{letter}"
    whole_minutes = int(minutes)
    seconds = round((minutes - whole_minutes) * 60.0, 2)
    if seconds >= 60.0:
        whole_minutes, seconds = whole_minutes + 1, 0.0
    if whole_minutes >= 60:
        degrees, whole_minutes = degrees + 1, 0
    return f"{degrees}°{whole_minutes:02d}'{seconds:05.2f}\"{letter}"


# --- Transforms ---------------------------------------------------------------------------


class Transforms:
    """Cached transforms to and from EPSG:4326 (creating one per point would be slow)."""

    def __init__(self, context: Optional[QgsCoordinateTransformContext] = None) -> None:
        self._context = context or QgsCoordinateTransformContext()
        self._cache: Dict[Tuple[str, str], QgsCoordinateTransform] = {}
        self._crs: Dict[str, QgsCoordinateReferenceSystem] = {}

    def crs(self, authid: str) -> QgsCoordinateReferenceSystem:
        """A CRS by authid; CoordinateError when unknown."""
        if authid not in self._crs:
            crs = QgsCoordinateReferenceSystem(authid)
            if not crs.isValid():
                raise CoordinateError(
                    QCoreApplication.translate(
                        "CoordinateParser", "'{value}' is not a known coordinate reference system."
                    ).format(value=authid)
                )
            self._crs[authid] = crs
        return self._crs[authid]

    def transform(self, source: str, target: str) -> QgsCoordinateTransform:
        key = (source, target)
        if key not in self._cache:
            self._cache[key] = QgsCoordinateTransform(self.crs(source), self.crs(target), self._context)
        return self._cache[key]

    def to_wgs84(self, point: QgsPointXY, source: str) -> QgsPointXY:
        """``point`` in ``source`` transformed to EPSG:4326."""
        if source == STORAGE_CRS:
            return QgsPointXY(point)
        try:
            return self.transform(source, STORAGE_CRS).transform(point)
        except QgsCsException as error:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "{x}, {y} cannot be transformed from {crs}: {error}"
                ).format(x=point.x(), y=point.y(), crs=source, error=str(error))
            ) from error

    def from_wgs84(self, point: QgsPointXY, target: str) -> QgsPointXY:
        """A WGS 84 point transformed to ``target``."""
        if target == STORAGE_CRS:
            return QgsPointXY(point)
        return self.transform(STORAGE_CRS, target).transform(point)


# --- UTM and MGRS ---------------------------------------------------------------------------

_BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8° bands from 80°S; X spans 72°N-84°N
_COLUMN_SETS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")
_ROWS = "ABCDEFGHJKLMNPQRSTUV"
_MGRS_RE = re.compile(
    r"^(?P<zone>\d{1,2})\s*(?P<band>[C-HJ-NP-X])\s*(?P<col>[A-HJ-NP-Z])(?P<row>[A-HJ-NP-V])\s*"
    r"(?P<digits>\d*(?:\s+\d+)?)$",
    re.IGNORECASE,
)


def looks_like_mgrs(text: str) -> bool:
    """True when ``text`` has the shape of an MGRS reference (``38SMB4412387456``)."""
    return bool(_MGRS_RE.match(str(text).strip()))


def utm_zone(lon: float, lat: float) -> int:
    """UTM zone number of a WGS 84 point, with the Norway and Svalbard exceptions."""
    zone = int((lon + 180.0) // 6.0) + 1
    zone = min(max(zone, 1), 60)
    if 56.0 <= lat < 64.0 and 3.0 <= lon < 12.0:
        zone = 32
    if 72.0 <= lat < 84.0 and 0.0 <= lon < 42.0:
        zone = 31 if lon < 9.0 else 33 if lon < 21.0 else 35 if lon < 33.0 else 37
    return zone


def utm_zone_of(lon: float, lat: float) -> Tuple[int, bool]:
    """(UTM zone, northern hemisphere) of a WGS 84 position; CoordinateError when it is not on Earth."""
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180.0 or abs(lat) > 90.0:
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "{lon}, {lat} is not a longitude and latitude in degrees."
            ).format(lon=lon, lat=lat)
        )
    return utm_zone(lon, lat), lat >= 0


def utm_crs(zone: int, north: bool) -> str:
    """Authid of WGS 84 / UTM ``zone`` in the northern or southern hemisphere."""
    return f"EPSG:{(32600 if north else 32700) + zone}"


def _band_letter(lat: float) -> str:
    if not -80.0 <= lat <= 84.0:
        raise CoordinateError(
            QCoreApplication.translate(
                "CoordinateParser", "Latitude {value} is outside the MGRS/UTM area (80°S to 84°N)."
            ).format(value=lat)
        )
    return _BANDS[min(int((lat + 80.0) // 8.0), len(_BANDS) - 1)]


class Mgrs:
    """MGRS <-> WGS 84 through UTM, on the QGIS/PROJ UTM transforms."""

    def __init__(self, transforms: Optional[Transforms] = None) -> None:
        self.transforms = transforms or Transforms()
        self._band_floor: Dict[Tuple[int, str], float] = {}

    def to_point(self, text: str) -> QgsPointXY:
        """WGS 84 point of the south-west corner of the MGRS square ``text``; CoordinateError if malformed."""
        raw = str(text).strip()
        match = _MGRS_RE.match(raw)
        if not match:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "'{value}' is not an MGRS reference such as 38SMB4412387456."
                ).format(value=raw)
            )
        zone = int(match.group("zone"))
        band = match.group("band").upper()
        column = match.group("col").upper()
        row = match.group("row").upper()
        digits = match.group("digits")
        if " " in digits:
            east_text, north_text = digits.split()
            if len(east_text) != len(north_text):
                raise CoordinateError(
                    QCoreApplication.translate(
                        "CoordinateParser", "'{value}': easting and northing need the same number of digits."
                    ).format(value=raw)
                )
        else:
            if len(digits) % 2:
                raise CoordinateError(
                    QCoreApplication.translate(
                        "CoordinateParser", "'{value}': the MGRS digits must be an even number."
                    ).format(value=raw)
                )
            half = len(digits) // 2
            east_text, north_text = digits[:half], digits[half:]
        if len(east_text) > 5 or not 1 <= zone <= 60:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "'{value}' is not an MGRS reference such as 38SMB4412387456."
                ).format(value=raw)
            )
        scale = 10 ** (5 - len(east_text))
        east_in = int(east_text or 0) * scale
        north_in = int(north_text or 0) * scale
        column_set = _COLUMN_SETS[(zone - 1) % 3]
        if column not in column_set:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "'{value}': column letter {letter} is not used in zone {zone}."
                ).format(value=raw, letter=column, zone=zone)
            )
        easting = (column_set.index(column) + 1) * 100000.0 + east_in
        row_offset = 5 if zone % 2 == 0 else 0
        row_northing = ((_ROWS.index(row) - row_offset) % 20) * 100000.0 + north_in
        north = band >= "N"
        band_south = -80.0 + 8.0 * _BANDS.index(band)
        crs = utm_crs(zone, north)
        key = (zone, band)
        if key not in self._band_floor:
            self._band_floor[key] = self.transforms.from_wgs84(
                QgsPointXY(utm_central_meridian(zone), band_south), crs
            ).y()
        band_min = self._band_floor[key]
        # Parallels bend towards the pole away from the central meridian: allow 100 km below.
        floor = band_min - 100000.0
        northing = row_northing + 2000000.0 * math.ceil((floor - row_northing) / 2000000.0)
        point = self.transforms.to_wgs84(QgsPointXY(easting, northing), crs)
        band_north = band_south + (12.0 if band == "X" else 8.0)
        if not band_south - 0.5 <= point.y() <= band_north + 0.5:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "'{value}': the square is not in latitude band {band}."
                ).format(value=raw, band=band)
            )
        return point

    def from_point(self, point: QgsPointXY, precision: int = 5) -> str:
        """MGRS reference of a WGS 84 point, ``precision`` digits per axis (5 = 1 m)."""
        lon, lat = point.x(), point.y()
        zone = utm_zone(lon, lat)
        band = _band_letter(lat)
        utm = self.transforms.from_wgs84(point, utm_crs(zone, lat >= 0))
        easting, northing = utm.x(), utm.y()
        column = _COLUMN_SETS[(zone - 1) % 3][int(easting // 100000) - 1]
        row_offset = 5 if zone % 2 == 0 else 0
        row = _ROWS[(int(northing // 100000) + row_offset) % 20]
        divisor = 10 ** (5 - precision)
        east = int(easting % 100000) // divisor
        north = int(northing % 100000) // divisor
        return f"{zone:02d}{band}{column}{row}{east:0{precision}d}{north:0{precision}d}"


def utm_central_meridian(zone: int) -> float:
    """Longitude of the central meridian of UTM ``zone``."""
    return -183.0 + 6.0 * zone


# --- Reading a coordinate pair ---------------------------------------------------------------

_PLAIN_NUMBER = re.compile(r"^[-+]?\d+(?:[.,]\d+)?$")


class CoordinateParser:
    """Reads X/Y texts (or one MGRS text) into a WGS 84 point, given the source CRS of projected values.

    Degrees are read in ``source_crs`` when it is geographic (e.g. Karbala 1979), otherwise
    in WGS 84. Plain numbers within ±180/±90 are taken as degrees even when the source CRS
    is projected (no UTM easting is that small); larger numbers as X/Y in ``source_crs``.
    """

    def __init__(self, source_crs: str = STORAGE_CRS, transforms: Optional[Transforms] = None) -> None:
        self.transforms = transforms or Transforms()
        self.source_crs = source_crs or STORAGE_CRS
        crs = self.transforms.crs(self.source_crs)
        self.source_is_geographic = crs.isGeographic()
        self.degree_crs = self.source_crs if self.source_is_geographic else STORAGE_CRS
        self.mgrs = Mgrs(self.transforms)

    def parse(self, x_text, y_text) -> ParsedCoordinate:
        """The point of one X/Y pair; MGRS may stand alone in either field."""
        x_raw = "" if x_text is None else normalise_digits(x_text).strip()
        y_raw = "" if y_text is None else normalise_digits(y_text).strip()
        if x_raw and not y_raw and looks_like_mgrs(x_raw):
            return ParsedCoordinate(self.mgrs.to_point(x_raw), NOTATION_MGRS, NOTATION_MGRS)
        if y_raw and not x_raw and looks_like_mgrs(y_raw):
            return ParsedCoordinate(self.mgrs.to_point(y_raw), NOTATION_MGRS, NOTATION_MGRS)
        if not x_raw or not y_raw:
            raise CoordinateError(
                QCoreApplication.translate(
                    "CoordinateParser", "X '{x}' and Y '{y}': both are needed (or one MGRS reference)."
                ).format(x=x_raw, y=y_raw)
            )
        if _PLAIN_NUMBER.match(x_raw) and _PLAIN_NUMBER.match(y_raw):
            x, y = _number(x_raw), _number(y_raw)
            if abs(x) <= 180.0 and abs(y) <= 90.0:
                return self._degrees(x, y, NOTATION_DD)
            if abs(x) < 1000.0 and abs(y) < 1000.0:  # no projected X/Y is that small: a typo in degrees
                parse_lon_lat(x_raw, y_raw)
            if self.source_is_geographic:
                raise CoordinateError(
                    QCoreApplication.translate(
                        "CoordinateParser",
                        "X '{x}' and Y '{y}' look projected, but the coordinate system {crs} is in degrees: choose "
                        "the projected CRS of the file.",
                    ).format(x=x_raw, y=y_raw, crs=self.source_crs)
                )
            point = self.transforms.to_wgs84(QgsPointXY(x, y), self.source_crs)
            return ParsedCoordinate(point, NOTATION_PROJECTED, self.source_crs)
        lon, lat, notation = parse_lon_lat(x_raw, y_raw)
        return self._degrees(lon, lat, notation)

    def _degrees(self, lon: float, lat: float, notation: str) -> ParsedCoordinate:
        point = self.transforms.to_wgs84(QgsPointXY(lon, lat), self.degree_crs)
        return ParsedCoordinate(point, notation, self.degree_crs)


# --- Bearing and distance --------------------------------------------------------------------


def parse_number(text, what: str) -> float:
    """A number with a decimal point or comma; CoordinateError naming ``what`` and the value."""
    raw = "" if text is None else normalise_digits(text).strip()
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if not math.isfinite(text):
            raise CoordinateError(
                QCoreApplication.translate("CoordinateParser", "{what} '{value}' is not a number.").format(
                    what=what, value=raw
                )
            )
        return float(text)
    if not _PLAIN_NUMBER.match(raw):
        raise CoordinateError(
            QCoreApplication.translate("CoordinateParser", "{what} '{value}' is not a number.").format(
                what=what, value=raw
            )
        )
    return _number(raw)


class BearingProjector:
    """Projects a point by bearing and distance on the WGS 84 ellipsoid.

    ``reference`` says what the bearings are measured from: true north (default), grid
    north of ``grid_crs`` (a projected CRS; WGS 84 / UTM of the point's zone when None
    or geographic), or magnetic north (``declination`` degrees, east positive, is added).
    """

    def __init__(
        self,
        reference: str = BEARING_TRUE,
        declination: float = 0.0,
        grid_crs: Optional[str] = None,
        transforms: Optional[Transforms] = None,
    ) -> None:
        if reference not in BEARING_REFERENCES:
            raise ValueError(f"bearing reference must be one of {BEARING_REFERENCES}")
        self.reference = reference
        self.declination = declination
        self.transforms = transforms or Transforms()
        self.grid_crs = grid_crs
        if grid_crs and self.transforms.crs(grid_crs).isGeographic():
            self.grid_crs = None
        self._da = QgsDistanceArea()
        self._da.setEllipsoid(ELLIPSOID)

    def convergence(self, point: QgsPointXY) -> float:
        """Meridian convergence at a WGS 84 point: degrees clockwise from true north to grid north."""
        crs = self.grid_crs or utm_crs(utm_zone(point.x(), point.y()), point.y() >= 0)
        grid = self.transforms.from_wgs84(point, crs)
        north = self.transforms.to_wgs84(QgsPointXY(grid.x(), grid.y() + 100.0), crs)
        return math.degrees(self._da.bearing(point, north))

    def true_bearing(self, bearing: float, at: QgsPointXY) -> float:
        """``bearing`` in the chosen reference, as degrees from true north."""
        if self.reference == BEARING_GRID:
            return bearing + self.convergence(at)
        if self.reference == BEARING_MAGNETIC:
            return bearing + self.declination
        return bearing

    def project(self, origin: QgsPointXY, distance_m: float, bearing: float) -> QgsPointXY:
        """The WGS 84 point ``distance_m`` metres from ``origin`` on ``bearing``."""
        if not distance_m >= 0:  # also NaN
            raise CoordinateError(
                QCoreApplication.translate("CoordinateParser", "Distance {value} is negative.").format(value=distance_m)
            )
        if not 0.0 <= bearing <= 360.0:
            raise CoordinateError(
                QCoreApplication.translate("CoordinateParser", "Bearing {value} is outside 0–360 degrees.").format(
                    value=bearing
                )
            )
        azimuth = math.radians(self.true_bearing(bearing, origin) % 360.0)
        return self._da.computeSpheroidProject(origin, distance_m, azimuth)
