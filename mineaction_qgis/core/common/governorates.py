"""Governorate names as people write them: one normaliser for validation, gap summaries and the atlas.

The same governorate is written "Ninewa", "Nineveh", "Ninawa" or "نينوى", "Salah
al-Din" or "Salahuddin", "أربيل" or "اربيل". Names are compared by a key:

* Arabic letter forms folded (أ إ آ → ا, ى ی → ي, ة → ه, ك → ک), tatweel and
  diacritics (tashkeel) dropped;
* case, spaces, hyphens, apostrophes and a leading "al" / "ال" ignored;
* then the alias list (resources/gazetteer/governorates.json: Iraq's 19
  governorates and their variants in English, Arabic and Sorani) maps the key to
  the canonical name. A user extends it with a JSON file of the same shape, named
  in the plugin's settings (``mineaction/governorate_aliases``) or passed in.
"""

import json
import re
import unicodedata
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from mineaction_qgis.paths import resource

SETTINGS_KEY = "mineaction/governorate_aliases"
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ك": "ک", "ـ": None}
)
_SEPARATORS = re.compile(r"[\s\-_'’`.,/]+")
_LEADING_AL = re.compile(r"^(al|el|ال)(?=\S)")


def fold_arabic(text: str) -> str:
    """Arabic text with letter forms folded and tatweel and diacritics (tashkeel) dropped."""
    text = text.translate(_ARABIC_FOLD)
    return "".join(ch for ch in text if not ("\u064b" <= ch <= "\u065f" or ch == "\u0670"))


def key(name: Optional[str]) -> str:
    """Comparison key of a name: folded, lower case, no separators, no leading article ("" for none)."""
    if not name:
        return ""
    text = fold_arabic(unicodedata.normalize("NFC", str(name))).casefold().strip()
    words = [word for word in _SEPARATORS.split(text) if word]
    if len(words) > 1 and words[0] in ("al", "el", "ال", "an", "as", "at", "ad"):
        words = words[1:]
    joined = "".join(words)
    return _LEADING_AL.sub("", joined) if len(joined) > 4 else joined


class GovernorateNames:
    """Canonical governorate names and their aliases, compared by ``key``."""

    def __init__(self, table: Optional[Dict[str, Iterable[str]]] = None) -> None:
        self.canonical_names: List[str] = []
        self._by_key: Dict[str, str] = {}
        self.extend(table or {})

    def extend(self, table: Dict[str, Iterable[str]]) -> None:
        """Add canonical names and aliases; an alias already known keeps its first canonical name."""
        for canonical, aliases in table.items():
            target = self._by_key.get(key(canonical), canonical)
            if target == canonical and canonical not in self.canonical_names:
                self.canonical_names.append(canonical)
            for alias in [canonical, *aliases]:
                self._by_key.setdefault(key(alias), target)

    @classmethod
    def load(cls, extra: Optional[str] = None) -> "GovernorateNames":
        """The bundled list, extended by ``extra`` (a JSON path) or the file named in the settings."""
        names = cls(_read(resource("gazetteer", "governorates.json")))
        path = extra if extra is not None else _settings_path()
        if path:
            names.extend(_read(Path(path)))
        return names

    def canonical(self, name: Optional[str]) -> Optional[str]:
        """The canonical name of ``name``; None when it is not a known governorate."""
        return self._by_key.get(key(name))

    def display(self, name: Optional[str]) -> Optional[str]:
        """The canonical name when known, else the name as written (trimmed); None for empty."""
        text = str(name).strip() if name is not None else ""
        if not text:
            return None
        return self.canonical(text) or text

    def match_key(self, name: Optional[str]) -> str:
        """Key under which two spellings of one governorate are equal (the canonical name's key when known)."""
        canonical = self.canonical(name)
        return key(canonical) if canonical else key(name)

    def same(self, a: Optional[str], b: Optional[str]) -> bool:
        return bool(a) and bool(b) and self.match_key(a) == self.match_key(b)


def _read(path: Path) -> Dict[str, List[str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    table = data.get("governorates", data)
    return {str(name): [str(alias) for alias in aliases] for name, aliases in table.items()}


def _settings_path() -> str:
    try:
        from qgis.core import QgsSettings
    except ImportError:  # pragma: no cover - QGIS is always there in the plugin
        return ""
    value = QgsSettings().value(SETTINGS_KEY, "")
    return str(value or "")


_DEFAULT: Optional[GovernorateNames] = None


def names() -> GovernorateNames:
    """The list the plugin uses (bundled + the user's file), loaded once per session."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = GovernorateNames.load()
    return _DEFAULT


def reload() -> GovernorateNames:
    """Load the list again (after the user changed the aliases file)."""
    global _DEFAULT
    _DEFAULT = None
    return names()
