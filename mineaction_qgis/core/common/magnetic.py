"""Magnetic declination from the World Magnetic Model (WMM), through the pure-Python ``pygeomag``.

A field team walks with a compass: a bearing from true north is turned into a magnetic
bearing by subtracting the declination (east positive) at the place and date of use.
``pygeomag`` is installed for the tests (requirements-test.txt) and bundled into the
plugin zip at package time (``mineaction_qgis/vendor``, see scripts/package.py); it is
never copied into the sources. Without it, the declination is unknown and the page says so.
"""

import math
import sys
from dataclasses import dataclass
from datetime import date
from typing import Optional

from mineaction_qgis.paths import PACKAGE_DIR

VENDOR = PACKAGE_DIR / "vendor"


@dataclass(frozen=True)
class Declination:
    """Declination in degrees (east positive), the model that gave it and the date it holds for."""

    degrees: float
    model: str
    on: date


def _geomag_class():
    try:
        from pygeomag import GeoMag
    except ImportError:
        if VENDOR.is_dir() and str(VENDOR) not in sys.path:
            sys.path.append(str(VENDOR))
        try:
            from pygeomag import GeoMag
        except ImportError:
            return None
    return GeoMag


_MODEL = None


def _model():
    global _MODEL
    if _MODEL is None:
        geomag = _geomag_class()
        if geomag is None:
            return None
        _MODEL = geomag()
    return _MODEL


def decimal_year(day: date) -> float:
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def declination(lat: float, lon: float, day: date) -> Optional[Declination]:
    """The WMM declination at a WGS 84 position on ``day``; None without the model or outside its range."""
    model = _model()
    if model is None or not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    try:
        result = model.calculate(glat=lat, glon=lon, alt=0, time=decimal_year(day), allow_date_outside_lifespan=True)
    except Exception:
        return None
    return Declination(degrees=float(result.d), model=str(model.model), on=day)


def magnetic_bearing(true_bearing: float, declination_deg: float) -> float:
    """Bearing from magnetic north, 0-360: true bearing minus the (east positive) declination."""
    return (true_bearing - declination_deg) % 360.0
