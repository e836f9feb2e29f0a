"""Mapping profiles: how one programme's IMSMA export names its fields and codes.

IMSMA is customised per country (custom defined fields), so no reader hard-codes a
field name: it asks the profile. A profile is a JSON file in
``resources/profiles/`` (``imsma_ng.json``, ``imsma_core.json``); a user copies one
and edits it. Shape::

    {
      "name": "IMSMA NG (default)",
      "description": "...",
      "country": {"name": "Iraq", "extent": [38.79, 29.06, 48.61, 37.38]},   # lon/lat min, max
      "atlas": {"contact": {"en": "IKMAA Erbil operations room +964 ...", "ar": "...", "ckb": "..."}},
      "pointlist": {"columns": {"ProjName": "ProjName", "PolyID": "PolyID", ...}},
      "maxml": {"items": {...}, "fields": {...}, "point_fields": {...}},
      "gis": {"layers": {...}, "fields": {...}},
      "codelists": {
        "status": {"Active": "Open", "Expired": "Closed", ...},
        "classification": {...}, "point_type": {...}, "release_type": {...},
        "activity_type": {...}
      }
    }

Each reader owns its own section; ``codelists`` is shared. ``atlas.contact`` (optional)
names whom the map book's warning tells the reader to contact: one text, or one per page
language (``en``, ``ar``, ``ckb``); the atlas's CONTACT parameter overrides it. Code matching is
case-insensitive and ignores surrounding spaces.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from mineaction_qgis.paths import resource

DEFAULT_PROFILE = "imsma_ng"
DEFAULT_COUNTRY = ("Iraq", (38.79, 29.06, 48.61, 37.38))  # longitude/latitude min and max, WGS 84


@dataclass
class Profile:
    """A loaded mapping profile."""

    name: str
    path: Optional[Path]
    data: Dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> Dict[str, Any]:
        """A reader's section (``pointlist``, ``maxml``, ``gis``), empty when absent."""
        return self.data.get(name, {})

    def country(self) -> Tuple[str, Tuple[float, float, float, float]]:
        """(name, (lon min, lat min, lon max, lat max)) of the programme's country; Iraq by default.

        The import warns about records outside it (a wrong CRS or a typo), it never rejects them.
        """
        given = self.data.get("country") or {}
        extent = given.get("extent")
        if isinstance(extent, (list, tuple)) and len(extent) == 4:
            try:
                return str(given.get("name") or ""), tuple(float(value) for value in extent)
            except (TypeError, ValueError):
                pass
        return DEFAULT_COUNTRY

    def contact(self, language: str) -> str:
        """Whom the atlas warning names, in ``language`` (else in English); "" when the profile names no one."""
        given = (self.data.get("atlas") or {}).get("contact")
        if isinstance(given, dict):
            given = given.get(language) or given.get("en") or ""
        return given.strip() if isinstance(given, str) else ""

    def code(self, code_list: str, value: Any) -> Optional[str]:
        """Canonical value of ``value`` in ``code_list``; None when the list does not know it.

        A value that already is a canonical value maps to itself.
        """
        if value is None:
            return None
        text = str(value).strip()
        if not text:
            return None
        mapping = self.data.get("codelists", {}).get(code_list, {})
        folded = {key.strip().casefold(): target for key, target in mapping.items()}
        if text.casefold() in folded:
            return folded[text.casefold()]
        canonical = {str(target).casefold(): target for target in mapping.values()}
        return canonical.get(text.casefold())


def bundled_profiles() -> Dict[str, Path]:
    """Profiles shipped in ``resources/profiles``, by file stem."""
    return {path.stem: path for path in sorted(resource("profiles").glob("*.json"))}


def load_profile(name_or_path: Optional[str] = None) -> Profile:
    """Load a bundled profile by name (default IMSMA NG) or any profile JSON by path."""
    target = name_or_path or DEFAULT_PROFILE
    path = Path(target)
    if not path.suffix:
        path = bundled_profiles().get(target, path)
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Profile(name=data.get("name", path.stem), path=Path(path), data=data)
