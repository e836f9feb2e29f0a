"""maXML (IMSMA NG XML) reader: Data Entry Forms to canonical hazards, activities and points.

The file is read one ``FieldReport`` (form) at a time and every processed element is
cleared, so memory stays flat whatever the file size. Element names come from the
profile's ``maxml`` section, compared without namespace and without case, because real
exports differ between countries.

Input records are the forms and the ``Point`` elements inside them; each becomes
exactly one output record or one ``Rejection`` (the form's ``source_ref`` is
``FieldReport[n]``, a point's ``FieldReport[n]/GeospatialInfo[g]/Point[p]``).

Several forms for the same item: IMSMA applies forms in order and ignores a form
whose Date of Information is not later than the last applied one. The reader does
the same in two passes: the first pass finds, for every item, the first form with
the latest DOI; the second pass loads that form and rejects the others (and their
points) with reason ``superseded_form``.

One module a job:

- ``stream``: is the file maXML, entity refusal, forms one at a time, the depth cap, parse errors
- ``elements``: names without namespace or case, profile paths (``lookup``), elements as plain data
- ``layout``: the parts of a form by the profile's element names; elements the profile does not name
- ``superseded``: the first pass (which form wins for each item; the file's day/month order)
- ``values``: an item's attributes (mapped fields, numbers, dates, code lists, DOI, hazard link)
- ``points``: Point elements to located points (coordinates, typed input, bearing and distance) and rings
- ``objects``: object records (multipolygon, degenerate rings, activities split by release type)
- ``report``: the counts of what was not understood, told at the end
- ``reader``: ``MaxmlReader``, the two passes and each form to its records

Explosive items, spot tasks, locations, accidents and victims: core/imsma/items.py.
"""

from typing import Iterator, Optional

from qgis.core import QgsFeedback

from mineaction_qgis.core.imsma.maxml.elements import MAX_DEPTH, element_dict, local_name, lookup
from mineaction_qgis.core.imsma.maxml.reader import REASON_TOO_DEEP, REASON_UNPARSED, MaxmlReader
from mineaction_qgis.core.imsma.maxml.stream import head_text, refuse_entities, sniff
from mineaction_qgis.core.imsma.maxml.superseded import REASON_SUPERSEDED
from mineaction_qgis.core.imsma.maxml.values import parse_date
from mineaction_qgis.core.imsma.profile import Profile
from mineaction_qgis.core.imsma.records import ReadOptions, Record

__all__ = [
    "MAX_DEPTH",
    "REASON_SUPERSEDED",
    "REASON_TOO_DEEP",
    "REASON_UNPARSED",
    "MaxmlReader",
    "element_dict",
    "head_text",
    "local_name",
    "lookup",
    "parse_date",
    "read",
    "refuse_entities",
    "sniff",
]


def read(path: str, profile: Profile, options: ReadOptions, feedback: Optional[QgsFeedback] = None) -> Iterator[Record]:
    """Stream the records of one maXML file (see the module docstring for the rules)."""
    return MaxmlReader(path, profile, options, feedback).records()
