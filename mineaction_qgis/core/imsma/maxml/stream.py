"""The maXML file as a stream of forms: recognising it, refusing entities, the depth cap, parse errors.

The file is read with ``xml.etree.ElementTree.iterparse`` one ``FieldReport`` (form)
at a time and every processed element is cleared, so memory stays flat whatever the
file size. A form nested deeper than ``MAX_DEPTH`` is only marked here (``deep_forms``);
the reader rejects it with reason ``nesting_too_deep``. Entity declarations are refused
before parsing starts, and a malformed or cut-off file raises ``ValueError`` naming the line.
"""

import re
import xml.etree.ElementTree as ET
import xml.parsers.expat
from pathlib import Path
from typing import Any, Iterator, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from mineaction_qgis.core.imsma.maxml.elements import MAX_DEPTH, local_name

_DEEP_PATH = "/".join(["*"] * MAX_DEPTH)  # matches an element MAX_DEPTH levels below a form
_FAIRLY_DEEP_PATH = "/".join(["*"] * 8)  # a cheap first test: real forms are 4 or 5 levels deep


def sniff(path: str) -> bool:
    """True when the file looks like maXML (a MineActionFieldReport or FieldReport near the start)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except (OSError, TypeError):
        return False
    text = head_text(head)
    if Path(path).suffix.lower() == ".xml" and "<!ENTITY" in text:
        return True  # read, so that the entity declaration is refused with its own message
    return "<" in text and bool(re.search(r"<(\w+:)?(MineActionFieldReport|FieldReport)[\s>]", text))


def head_text(head: bytes) -> str:
    """The first bytes of an XML file as text: UTF-16 (with a byte-order mark or not) or UTF-8."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("utf-8", errors="ignore")


class FormStream:
    """The forms of one maXML file, read again on every iteration (the reader makes two passes)."""

    def __init__(self, path: str, source: str, form_name: str, header_name: str) -> None:
        self.path = path
        self.source = source
        self.form_name = form_name
        self.header_name = header_name
        self.deep_forms: set = set()  # numbers of forms with elements nested deeper than MAX_DEPTH
        self._depth_checked = 0  # forms whose depth is known (the file does not change between passes)

    def __iter__(self) -> Iterator[Tuple[int, ET.Element, float]]:
        """(1-based form number, FieldReport element, fraction of the file read) with memory released."""
        size = max(Path(self.path).stat().st_size, 1)
        number = 0
        with open(self.path, "rb") as handle:
            for _event, element in _iterparse(handle, self.source):
                name = local_name(element.tag)
                if name == self.form_name:
                    number += 1
                    if number > self._depth_checked:
                        if element.find(_FAIRLY_DEEP_PATH) is not None and element.find(_DEEP_PATH) is not None:
                            self.deep_forms.add(number)
                        self._depth_checked = number
                    yield number, element, handle.tell() / size
                    element.clear()  # only the empty element stays under the root
                elif name == self.header_name:
                    element.clear()


def _iterparse(handle: Any, source: str) -> Iterator[Tuple[str, ET.Element]]:
    """``iterparse`` end events; a malformed file raises ValueError naming the line."""
    try:
        yield from ET.iterparse(handle, events=("end",))
    except ET.ParseError as error:
        line, column = error.position
        if error.code in (
            xml.parsers.expat.errors.codes[xml.parsers.expat.errors.XML_ERROR_NO_ELEMENTS],
            xml.parsers.expat.errors.codes[xml.parsers.expat.errors.XML_ERROR_UNCLOSED_TOKEN],
        ):
            raise ValueError(
                QCoreApplication.translate(
                    "MaxmlReader",
                    "{file} ends before the XML document is complete (line {line}, column {column}): the file is cut "
                    "off (truncated). Copy or export it again.",
                ).format(file=source, line=line, column=column)
            ) from error
        raise ValueError(
            QCoreApplication.translate(
                "MaxmlReader", "{file} is not well-formed XML at line {line}, column {column}."
            ).format(file=source, line=line, column=column)
        ) from error


class _PrologDoneError(Exception):
    """The root element started: the document type declaration, if any, is behind us."""


def refuse_entities(path: str, source: str) -> None:
    """ValueError when the document declares XML entities; they are never resolved nor expanded.

    An entity can read other files of the computer (XXE) or expand into gigabytes (the
    "billion laughs"); no IMSMA export declares one. Only the prolog is read.
    """
    parser = xml.parsers.expat.ParserCreate()

    def declared(name, *_args) -> None:
        raise ValueError(
            QCoreApplication.translate(
                "MaxmlReader",
                "{file} declares the XML entity '{name}'. Entity declarations are refused and never resolved: they "
                "can read other files or expand without end, and no IMSMA export has them.",
            ).format(file=source, name=name)
        )

    def started(*_args) -> None:
        raise _PrologDoneError()

    parser.EntityDeclHandler = declared
    parser.StartElementHandler = started
    try:
        with open(path, "rb") as handle:
            while True:
                chunk = handle.read(65536)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    return
    except (_PrologDoneError, xml.parsers.expat.ExpatError):
        return  # a malformed file is reported by the parse itself, with its line
