"""maXML forms beyond polygons, for ``maxml.write_maxml``: items, spot tasks, communities, accidents, victims.

Read from the register's ``items``, ``spot_tasks``, ``locations``, ``accidents`` and
``victims`` layers when they exist. Item rows become ``Ordnance`` elements inside the
activity's (or spot task's) ``HazardReduction`` form; a spot task is a
``HazardReduction`` of type ``EOD Spot task`` with one Point; each counted victim is one
``Victim`` form about an invented person (``synthetic_beyond.fictional_person``: name,
date of birth, ID and phone number, notes), so that imports can prove personal data
stays out of their outputs.
"""

from typing import Any, Callable, Dict, List

from osgeo import ogr

from benchmarks.synthetic_beyond import fictional_person

_ACTION_TERM = {"destroyed in situ": "Destroyed in situ", "removed": "Removed", "found": "Found"}
_OUTCOME_TERM = {"killed": "Killed", "injured": "Injured"}


def _rows(dataset: ogr.DataSource, name: str) -> List[Dict[str, Any]]:
    layer = dataset.GetLayerByName(name)
    if layer is None:
        return []
    layer.ResetReading()
    rows = []
    for feature in layer:
        row = {key: feature.GetField(key) for key in feature.keys()}
        geometry = feature.GetGeometryRef()
        if geometry is not None and not geometry.IsEmpty():
            row["_xy"] = (geometry.GetX(), geometry.GetY())
        rows.append(row)
    return rows


def items_by_activity(dataset: ogr.DataSource) -> Dict[str, List[Dict[str, Any]]]:
    """Item rows of the register by activity (or spot task) ID."""
    grouped: Dict[str, List[Dict[str, Any]]] = {}
    for row in _rows(dataset, "items"):
        grouped.setdefault(row.get("activity_id") or "", []).append(row)
    return grouped


def ordnance_xml(items: List[Dict[str, Any]], suffix: str, el: Callable[[str, Any], str]) -> str:
    return "".join(
        "<Ordnance>"
        + "".join(
            (
                el("ordnance_localid", (row.get("item_id") or "") + suffix if row.get("item_id") else ""),
                el("ordcategoryenum", row.get("category")),
                el("ordtypeenum", row.get("item_type")),
                el("quantity", row.get("quantity")),
                el("ordstatusenum", _ACTION_TERM.get(row.get("action") or "", row.get("action"))),
                el("ordnancedate", (row.get("item_date") or "").replace("/", "-")[:10]),
            )
        )
        + "</Ordnance>"
        for row in items
    )


def write_beyond(
    writer,
    dataset: ogr.DataSource,
    suffix: str,
    items: Dict[str, List[Dict[str, Any]]],
    el: Callable[[str, Any], str],
    point: Callable[..., str],
) -> Dict[str, int]:
    """Location, spot task, accident and victim forms of one repetition; counts of item rows and victims."""
    counts = {"item_rows": 0, "victims": 0}
    for row in _rows(dataset, "locations"):
        location_id = (row.get("location_id") or "") + suffix
        body = "".join(
            (
                el("location_localid", location_id),
                el("location_guid", (row.get("guid") or "") + suffix),
                el("locationname", row.get("name")),
                el("gazetteer_level1_name", row.get("governorate")),
                el("gazetteer_level2_name", row.get("district")),
                el("gazetteer_level3_name", row.get("sub_district")),
                el("gazetteer_level4_name", row.get("community")),
            )
        )
        geos = (
            [
                writer.geospatial(
                    "Point", f"{location_id}-S", [point(1, f"{location_id}-RP", "Reference Point", *row["_xy"])]
                )
            ]
            if "_xy" in row
            else []
        )
        writer.form("Location", "2020-01-01", body, geos)
    for row in _rows(dataset, "spot_tasks"):
        task_id = (row.get("spot_task_id") or "") + suffix
        rows = items.get(row.get("spot_task_id") or "", [])
        counts["item_rows"] += len(rows)
        body = "".join(
            (
                el("hazreduc_localid", task_id),
                el("hazreduc_guid", (row.get("guid") or "") + suffix),
                el("hazreductypeenum", row.get("task_type") or "EOD Spot task"),
                el("gazetteer_level1_name", row.get("governorate")),
                el("organisation", row.get("organisation")),
                el("startdate", (row.get("start_date") or "").replace("/", "-")[:10]),
                el("enddate", (row.get("end_date") or "").replace("/", "-")[:10]),
                ordnance_xml(rows, suffix, el),
            )
        )
        geos = (
            [writer.geospatial("Point", f"{task_id}-S", [point(1, f"{task_id}-EV1", "Evidence Point", *row["_xy"])])]
            if "_xy" in row
            else []
        )
        doi = (row.get("doi") or row.get("end_date") or "2020-01-01").replace("/", "-")[:10]
        writer.form("HazardReduction", doi, body, geos, row.get("organisation") or "")
    for row in _rows(dataset, "accidents"):
        accident_id = (row.get("accident_id") or "") + suffix
        date = (row.get("accident_date") or "").replace("/", "-")[:10]
        body = "".join(
            (
                el("accident_localid", accident_id),
                el("accident_guid", (row.get("guid") or "") + suffix),
                el("hazard_localid", (row.get("hazard_id") or "") + suffix if row.get("hazard_id") else ""),
                el("location_localid", (row.get("location_id") or "") + suffix if row.get("location_id") else ""),
                el("accidentdate", date),
                el("accidenttypeenum", row.get("accident_type")),
                el("gazetteer_level1_name", row.get("governorate")),
                el("gazetteer_level2_name", row.get("district")),
                el("organisation", row.get("organisation")),
            )
        )
        geos = (
            [
                writer.geospatial(
                    "Point", f"{accident_id}-S", [point(1, f"{accident_id}-RP", "Reference Point", *row["_xy"])]
                )
            ]
            if "_xy" in row
            else []
        )
        writer.form("Accident", date or "2020-01-01", body, geos, row.get("organisation") or "")
    accident_dates = {
        row.get("accident_id"): (row.get("accident_date") or "").replace("/", "-")[:10]
        for row in _rows(dataset, "accidents")
    }
    for row in _rows(dataset, "victims"):
        date = accident_dates.get(row.get("accident_id"), "")
        for _ in range(int(row.get("victims") or 0)):
            counts["victims"] += 1
            number = counts["victims"]
            person = fictional_person(number, row.get("sex") or "", row.get("age_group") or "", date)
            body = "".join(
                (
                    el("victim_localid", f"VIC-{number:06d}{suffix}"),
                    el("accident_localid", (row.get("accident_id") or "") + suffix),
                    el("fullname", person["fullname"]),
                    el("dateofbirth", person["dateofbirth"]),
                    el("idnumber", person["idnumber"]),
                    el("phone", person["phone"]),
                    el("notes", person["notes"]),
                    el("genderenum", (row.get("sex") or "").capitalize()),
                    el("victimstateenum", _OUTCOME_TERM.get(row.get("outcome") or "", "")),
                    el("activityenum", row.get("activity")),
                )
            )
            writer.form("Victim", date or "2020-01-01", body, [])
    return counts
