"""Values out of ElementTree elements: names without namespace or case, profile paths, plain data.

Real maXML exports differ between countries in namespace and case, so every element
name is compared by ``local_name`` (namespace dropped, case folded). The profile names
a value by a path: ``Name`` (a child's text), ``@attribute`` or ``Child/Name``.
"""

import xml.etree.ElementTree as ET
from typing import Any, Dict, Optional, Sequence

MAX_DEPTH = 64  # element nesting a form may have; a deeper form is rejected (stream.py)

_LOCAL_NAMES: Dict[str, str] = {}


def local_name(tag: Any) -> str:
    """Element name without namespace, folded for case-insensitive matching (cached: few distinct tags)."""
    try:
        return _LOCAL_NAMES[tag]
    except (KeyError, TypeError):
        if not isinstance(tag, str):
            return ""
        name = _LOCAL_NAMES[tag] = tag.rsplit("}", 1)[-1].casefold()
        return name


def shown_name(element: ET.Element) -> str:
    """Element name without namespace, as written in the file (for messages)."""
    return element.tag.rsplit("}", 1)[-1]


def element_dict(element: ET.Element, depth: int = 0) -> Dict[str, Any]:
    """An element as plain data (attributes, text, children) for the ``raw`` of a rejection.

    Below MAX_DEPTH levels the content is left out (``"…"``): a hostile file must not exhaust the stack.
    """
    data: Dict[str, Any] = {f"@{local_name(key)}": value for key, value in element.attrib.items()}
    if depth >= MAX_DEPTH:
        return {"…": "…"}
    for child in element:
        name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else "?"
        value: Any = element_dict(child, depth + 1) if len(child) or child.attrib else (child.text or "").strip()
        if name in data:
            if not isinstance(data[name], list):
                data[name] = [data[name]]
            data[name].append(value)
        else:
            data[name] = value
    text = (element.text or "").strip()
    if text and len(element):
        data["#text"] = text
    return data


def child_index(element: ET.Element) -> Dict[str, ET.Element]:
    """First child of ``element`` by folded local name (one pass, for repeated lookups)."""
    index: Dict[str, ET.Element] = {}
    for child in element:
        index.setdefault(local_name(child.tag), child)
    return index


def child(element: Optional[ET.Element], name: str) -> Optional[ET.Element]:
    """First child of ``element`` named ``name`` (any namespace and case); None when there is none."""
    if element is None:
        return None
    wanted = name.casefold()
    for candidate in element:
        if local_name(candidate.tag) == wanted:
            return candidate
    return None


def lookup(element: ET.Element, paths: Sequence[str], index: Optional[Dict[str, ET.Element]] = None) -> Optional[str]:
    """First non-empty value of ``paths`` (``name``, ``@attribute``, ``Child/name``) under ``element``."""
    for path in paths:
        if "/" not in path and not path.startswith("@"):
            found = (index if index is not None else child_index(element)).get(path.casefold())
            if found is not None and found.text and found.text.strip():
                return found.text.strip()
            continue
        current: Optional[ET.Element] = element
        parts = path.split("/")
        for part in parts[:-1]:
            current = child(current, part)
            if current is None:
                break
        if current is None:
            continue
        last = parts[-1]
        if last.startswith("@"):
            wanted = last[1:].casefold()
            for key, value in current.attrib.items():
                if local_name(key) == wanted and str(value).strip():
                    return str(value).strip()
            continue
        found = child(current, last)
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return None


def first_segments(paths: Dict[str, Sequence[str]]) -> set:
    """Element names a mapping reads (first path segment, attributes excluded), folded."""
    names = set()
    for candidates in paths.values():
        for path in candidates:
            head = path.split("/")[0]
            if not head.startswith("@"):
                names.add(head.casefold())
    return names
