"""maXML reader: structure, namespaces, profiles, links, DOI rule, rejections, count invariant."""

import json
import math
from collections import Counter
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProcessingFeedback
from qgis.PyQt.QtCore import QDate

from benchmarks.writers.maxml import write_maxml
from mineaction_qgis.core.common.measure import Measurer
from mineaction_qgis.core.imsma import maxml
from mineaction_qgis.core.imsma.profile import load_profile
from mineaction_qgis.core.imsma.records import ObjectRecord, PointRecord, ReadOptions, Rejection
from tests.imsma_fixtures import build_register, maxml_document, maxml_form, maxml_points

SQUARE = [(44.0, 36.0), (44.01, 36.0), (44.01, 36.01), (44.0, 36.01)]
HAZARD_BODY = (
    "<hazard_localid>Land-35</hazard_localid><hazard_guid>G-35</hazard_guid><hazardname>Sinuni field</hazardname>"
    "<hazardtypeenum>Confirmed Hazardous Area</hazardtypeenum><statusenum>Active</statusenum>"
    "<gazetteer_level1_name>Ninewa</gazetteer_level1_name><estimatedarea>12,5</estimatedarea>"
)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the warnings the reader pushes."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)


def read_text(tmp_path: Path, text: str, profile=None, feedback=None, name="export.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(maxml.read(str(path), profile or load_profile(), ReadOptions(), feedback))


def only(records, kind, layer=None):
    return [r for r in records if isinstance(r, kind) and (layer is None or getattr(r, "layer", None) == layer)]


def test_sniff(tmp_path):
    good = tmp_path / "a.xml"
    good.write_text(maxml_document([maxml_form("Hazard", HAZARD_BODY)]), encoding="utf-8")
    other = tmp_path / "b.xml"
    other.write_text('<?xml version="1.0"?><kml><Document/></kml>', encoding="utf-8")
    csv = tmp_path / "c.csv"
    csv.write_text("ProjName,PolyID,PointNo\n", encoding="utf-8")
    assert maxml.sniff(str(good))
    assert not maxml.sniff(str(other))
    assert not maxml.sniff(str(csv))
    assert not maxml.sniff(str(tmp_path / "missing.xml"))


def test_hazard_known_answer(tmp_path):
    records = read_text(
        tmp_path, maxml_document([maxml_form("Hazard", HAZARD_BODY, maxml_points(SQUARE), doi="2021-03-04")])
    )
    (hazard,) = only(records, ObjectRecord)
    assert hazard.layer == "hazards"
    assert hazard.source_ref == "FieldReport[1]"
    attributes = hazard.attributes
    assert attributes["hazard_id"] == "Land-35"
    assert attributes["guid"] == "G-35"
    assert attributes["classification"] == "CHA"
    assert attributes["status"] == "Open"
    assert attributes["governorate"] == "Ninewa"
    assert attributes["estimated_area_m2"] == pytest.approx(12.5)
    assert attributes["organisation"] == "Operator A"  # from ReportingOrg when the item has none
    assert attributes["doi"] == QDate(2021, 3, 4)
    ring = hazard.geometry.asMultiPolygon()[0][0]
    assert len(ring) == 5 and ring[0] == ring[-1]  # stored unclosed, closed by the reader
    expected = Measurer(QgsCoordinateReferenceSystem("EPSG:4326")).area_m2(hazard.geometry)
    assert attributes["calculated_area_m2"] == pytest.approx(expected)
    assert 990_000 < expected < 1_010_000  # 0.01 deg x 0.01 deg at 36 N is about 1 km2
    points = only(records, PointRecord)
    assert [p.attributes["point_no"] for p in points] == [1, 2, 3, 4]
    assert {p.attributes["point_type"] for p in points} == {"Turning point"}
    assert points[0].attributes["object_id"] == "Land-35" and points[0].attributes["poly_id"] == "P1"
    assert points[2].source_ref == "FieldReport[1]/GeospatialInfo[1]/Point[3]"


def test_item_without_local_id_keeps_it_empty_and_links_points_by_guid(tmp_path):
    """A GUID must not pass for a local ID: validation reports the missing ID instead."""
    body = HAZARD_BODY.replace("<hazard_localid>Land-35</hazard_localid>", "")
    records = read_text(tmp_path, maxml_document([maxml_form("Hazard", body, maxml_points(SQUARE))]))
    (hazard,) = only(records, ObjectRecord)
    assert hazard.attributes["guid"] == "G-35"
    assert not hazard.attributes.get("hazard_id")
    assert {p.attributes["object_id"] for p in only(records, PointRecord)} == {"G-35"}


@pytest.mark.parametrize("namespace", ['xmlns="http://www.gichd.org/maXML"', 'xmlns:ma="urn:imsma:maxml"', ""])
def test_namespaces_are_optional(tmp_path, namespace):
    prefix = "ma:" if namespace.startswith("xmlns:") else ""
    body = HAZARD_BODY.replace("<", f"<{prefix}").replace(f"<{prefix}/", f"</{prefix}")
    form = maxml_form("Hazard", body, maxml_points(SQUARE, prefix=prefix), prefix=prefix)
    records = read_text(tmp_path, maxml_document([form], namespace))
    (hazard,) = only(records, ObjectRecord)
    assert hazard.attributes["hazard_id"] == "Land-35"
    assert hazard.attributes["status"] == "Open"
    assert len(only(records, PointRecord)) == 4


def test_closing_point_is_not_a_vertex_and_multipart(tmp_path):
    closed = SQUARE + [SQUARE[0]]
    second = [(x + 0.02, y) for x, y in SQUARE]
    geos = maxml_points(closed, poly="P1") + maxml_points(second, poly="P2")
    records = read_text(tmp_path, maxml_document([maxml_form("Hazard", HAZARD_BODY, geos)]))
    (hazard,) = only(records, ObjectRecord)
    parts = hazard.geometry.asMultiPolygon()
    assert len(parts) == 2
    assert [len(part[0]) for part in parts] == [5, 5]
    assert len(only(records, PointRecord)) == 9  # the repeated closing point is still a point record


def test_activity_link_by_local_id_and_by_guid(tmp_path):
    by_id = (
        "<hazreduc_localid>ACT-1</hazreduc_localid><hazard_localid>Land-35</hazard_localid><hazreductypeenum>"
        "Clearance</hazreductypeenum>"
    )
    by_guid = (
        "<hazreduc_localid>ACT-2</hazreduc_localid><Hazard><GUID>G-35</GUID></Hazard><hazreductypeenum>"
        "NTS</hazreductypeenum>"
    )
    forms = [
        maxml_form("HazardReduction", by_guid, maxml_points(SQUARE)),  # before the hazard: the first pass knows it
        maxml_form("Hazard", HAZARD_BODY, maxml_points(SQUARE)),
        maxml_form("HazardReduction", by_id, maxml_points(SQUARE)),
    ]
    records = read_text(tmp_path, maxml_document(forms))
    activities = {r.attributes["activity_id"]: r.attributes for r in only(records, ObjectRecord, "activities")}
    assert activities["ACT-1"]["hazard_id"] == "Land-35"
    assert activities["ACT-2"]["hazard_id"] == "Land-35"
    assert activities["ACT-1"]["activity_type"] == "Clearance"
    assert activities["ACT-2"]["activity_type"] == "Non-technical survey"


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "<landreleasetypeenum>Reduced Area with technical "
            "asset</landreleasetypeenum><hazreductypeenum>Clearance</hazreductypeenum>",
            ("reduced", "activity_release_type", "Reduced Area with technical asset"),
        ),
        # Several kinds of recorded area and no polygon type: not guessed ("strongest" was wrong).
        (
            "<cancelledarea>10</cancelledarea><clearedarea>5</clearedarea><hazreductypeenum>Technical "
            "survey</hazreductypeenum>",
            ("none", "several_recorded_areas", None),
        ),
        (
            "<cancelledarea>10</cancelledarea><hazreductypeenum>Clearance</hazreductypeenum>",
            ("cancelled", "recorded_area", None),
        ),
        # An activity type never implies a release type: an NTS may confirm a CHA.
        ("<hazreductypeenum>Clearance</hazreductypeenum>", ("none", "not_recorded", None)),
        ("<hazreductypeenum>Non-technical survey</hazreductypeenum>", ("none", "not_recorded", None)),
        (
            "<landreleasetypeenum>Demolished</landreleasetypeenum><clearedarea>5</clearedarea>",
            ("none", "unmapped_value", "Demolished"),
        ),
    ],
)
def test_release_type(tmp_path, body, expected):
    form = maxml_form("HazardReduction", "<hazreduc_localid>ACT-9</hazreduc_localid>" + body, maxml_points(SQUARE))
    (activity,) = only(read_text(tmp_path, maxml_document([form])), ObjectRecord)
    values = activity.attributes
    assert (values["release_type"], values["release_basis"], values["release_detail"]) == expected


def test_one_release_part_per_polygon_type(tmp_path):
    """A completion report with cleared, reduced and cancelled polygons gives three parts of one activity."""
    east = [(x + 0.01, y) for x, y in SQUARE]
    north = [(x, y + 0.01) for x, y in SQUARE]
    geos = (
        maxml_points(SQUARE, poly="P1", description="Cleared Area")
        + maxml_points(east, poly="P2", description="Reduced Area without technical asset")
        + maxml_points(north, poly="P3", description="Cancelled Area")
    )
    body = (
        "<hazreduc_localid>ACT-7</hazreduc_localid><hazreductypeenum>Completion "
        "report</hazreductypeenum><clearedarea>99</clearedarea>"
    )
    records = read_text(tmp_path, maxml_document([maxml_form("HazardReduction", body, geos)]))
    parts = {r.attributes["release_type"]: r for r in only(records, ObjectRecord, "activities")}
    assert set(parts) == {"cleared", "reduced", "cancelled"}
    assert {r.attributes["activity_id"] for r in parts.values()} == {"ACT-7"}
    assert parts["reduced"].attributes["release_detail"] == "Reduced Area without technical asset"
    assert {r.attributes["release_basis"] for r in parts.values()} == {"polygon_type"}
    assert parts["cleared"].geometry.boundingBox().xMinimum() == pytest.approx(min(x for x, _ in SQUARE))
    assert parts["reduced"].geometry.boundingBox().xMinimum() == pytest.approx(min(x for x, _ in east))


@pytest.mark.parametrize("item", ["MREActivity", "QAActivity", "Survey"])
def test_items_without_a_layer_are_rejected_with_their_data(tmp_path, item):
    form = maxml_form(
        item,
        "<LocalId>X-1</LocalId><Remark>kept</Remark>",
        maxml_points([(44.0, 36.0)], shape="Point", types="Reference Point"),
    )
    records = read_text(tmp_path, maxml_document([form]))
    assert [type(r) for r in records] == [Rejection, Rejection]
    assert {r.reason_code for r in records} == {"unparsed_element"}
    assert records[0].object_id == "X-1"
    assert records[0].raw[item]["Remark"] == "kept"
    assert records[1].raw["latitude"] == "36.0"


def test_victim_assistance_is_rejected_without_personal_data(tmp_path):
    body = (
        "<victimassistance_localid>VA-1</victimassistance_localid><victim_localid>V-1</victim_localid><fullname>"
        "Rawa Salih</fullname><Remark>x</Remark>"
    )
    records = read_text(tmp_path, maxml_document([maxml_form("VictimAssistance", body)]))
    (rejection,) = records
    assert rejection.reason_code == "unparsed_element" and rejection.object_id == "VA-1"
    assert rejection.raw["VictimAssistance"] == {"victim_id": "V-1", "assistance_id": "VA-1"}
    assert "Rawa Salih" not in rejection.raw_json()


def test_unknown_elements_and_codes_are_reported(tmp_path):
    body = HAZARD_BODY.replace("Active", "Dormant") + "<MysteryField>1</MysteryField><MysteryField>2</MysteryField>"
    feedback = RecordingFeedback()
    records = read_text(tmp_path, maxml_document([maxml_form("Hazard", body, maxml_points(SQUARE))]), feedback=feedback)
    (hazard,) = only(records, ObjectRecord)
    assert hazard.attributes["status"] == "Dormant"  # kept as it is, and reported
    assert any("2 'MysteryField'" in text and "Hazard" in text for text in feedback.warnings)
    assert any("'Dormant'" in text and "status" in text for text in feedback.warnings)


def test_latest_doi_wins_like_imsma(tmp_path):
    def form(doi, name):
        return maxml_form("Hazard", HAZARD_BODY.replace("Sinuni field", name), maxml_points(SQUARE), doi=doi)

    forms = [
        form("2020-01-01", "old"),
        form("2021-06-01", "new"),
        form("2021-06-01", "same day, later in file"),
        form("2019-01-01", "older"),
    ]
    records = read_text(tmp_path, maxml_document(forms))
    (hazard,) = only(records, ObjectRecord)
    assert hazard.attributes["name"] == "new" and hazard.source_ref == "FieldReport[2]"
    superseded = [r for r in records if isinstance(r, Rejection) and r.source_ref.count("/") == 0]
    assert sorted(r.source_ref for r in superseded) == ["FieldReport[1]", "FieldReport[3]", "FieldReport[4]"]
    assert {r.reason_code for r in records if isinstance(r, Rejection)} == {maxml.REASON_SUPERSEDED}
    assert len(only(records, PointRecord)) == 4
    assert len(records) == 4 + 4 * 4  # forms + points, each once


def test_bearing_and_distance_from_previous_or_named_point(tmp_path):
    points = (
        "<Point><pointno>1</pointno><pointlocal_id>SP</pointlocal_id><pointtypeenum>Start "
        "Point</pointtypeenum><latitude>36.0</latitude><longitude>44.0</longitude></Point>"
        "<Point><pointno>2</pointno><pointlocal_id>TP2</pointlocal_id><pointtypeenum>TP</pointtypeenum><bearing>"
        "90</bearing><distance>1000</distance></Point>"
        "<Point><pointno>3</pointno><pointlocal_id>TP3</pointlocal_id><pointtypeenum>TP</pointtypeenum><bearing>"
        "0</bearing><distance>500</distance><frompoint>SP</frompoint></Point>"
        "<Point><pointno>4</pointno><pointlocal_id>TP4</pointlocal_id><pointtypeenum>TP</pointtypeenum><bearing>"
        "0</bearing><distance>5</distance><frompoint>NONE</frompoint></Point>"
    )
    geo = f"<GeospatialInfo><shapeenum>Polygon</shapeenum>{points}</GeospatialInfo>"
    records = read_text(tmp_path, maxml_document([maxml_form("Hazard", HAZARD_BODY, geo)]))
    located = {p.attributes["point_id"]: p for p in only(records, PointRecord)}
    measurer = Measurer(QgsCoordinateReferenceSystem("EPSG:4326"))
    origin = QgsPointXY(44.0, 36.0)
    east = located["TP2"].geometry.asPoint()
    north = located["TP3"].geometry.asPoint()
    assert measurer.distance_m(origin, east) == pytest.approx(1000, abs=0.01)
    assert east.y() == pytest.approx(36.0, abs=1e-4) and east.x() > 44.0
    assert measurer.distance_m(origin, north) == pytest.approx(500, abs=0.01)
    assert north.x() == pytest.approx(44.0, abs=1e-9)
    assert located["TP2"].attributes["from_point_id"] == "SP"
    (rejected,) = [r for r in records if isinstance(r, Rejection)]
    assert rejected.reason_code == "bearing_without_origin" and "NONE" in rejected.message
    (hazard,) = only(records, ObjectRecord)
    assert len(hazard.geometry.asMultiPolygon()[0][0]) == 4  # triangle SP, TP2, TP3 closed


def test_too_few_vertices_rejects_the_object_but_keeps_its_points(tmp_path):
    records = read_text(
        tmp_path, maxml_document([maxml_form("Hazard", HAZARD_BODY, maxml_points(SQUARE[:2] + [SQUARE[0]]))])
    )
    assert not only(records, ObjectRecord)
    (rejection,) = [r for r in records if isinstance(r, Rejection)]
    assert rejection.reason_code == "too_few_vertices" and rejection.object_id == "Land-35"
    assert rejection.raw["attributes"]["hazard_id"] == "Land-35"
    assert len(only(records, PointRecord)) == 3


def test_bad_values(tmp_path):
    points = (
        "<Point><pointno>1.5</pointno><latitude>36</latitude><longitude>44</longitude></Point>"
        "<Point><pointno>2</pointno><latitude>96</latitude><longitude>44</longitude></Point>"
        "<Point><pointno>3</pointno></Point>"
        "<Point><pointno>4</pointno><pointtypeenum>Corner "
        "stone</pointtypeenum><latitude>36</latitude><longitude>44</longitude></Point>"
    )
    geo = f"<GeospatialInfo><shapeenum>Polygon</shapeenum>{points}</GeospatialInfo>"
    records = read_text(
        tmp_path,
        maxml_document(
            [maxml_form("Hazard", HAZARD_BODY, geo), maxml_form("Hazard", "<hazardname>nameless</hazardname>")]
        ),
    )
    reasons = [(r.source_ref, r.reason_code) for r in records if isinstance(r, Rejection)]
    assert sorted(reasons) == [
        ("FieldReport[1]", "too_few_vertices"),
        ("FieldReport[1]/GeospatialInfo[1]/Point[1]", "bad_value"),
        ("FieldReport[1]/GeospatialInfo[1]/Point[2]", "bad_coordinate"),
        ("FieldReport[1]/GeospatialInfo[1]/Point[3]", "bad_coordinate"),
        ("FieldReport[1]/GeospatialInfo[1]/Point[4]", "unknown_point_type"),
        ("FieldReport[2]", "missing_id"),
    ]


def test_writer_faults_are_found_and_counts_add_up(tmp_path):
    register = build_register(tmp_path)
    info = write_maxml(register, tmp_path / "faults.xml", faults=True)
    feedback = RecordingFeedback()
    records = list(maxml.read(info["path"], load_profile(), ReadOptions(), feedback))
    assert len(records) == info["forms"] + info["points"]  # the count invariant
    rejections = {(r.source_ref, r.reason_code) for r in records if isinstance(r, Rejection)}
    for fault in info["faults"]:
        assert (fault["ref"], fault["kind"]) in rejections, fault
    assert len(info["faults"]) == 8
    hazards = only(records, ObjectRecord, "hazards")
    assert sorted(r.attributes["hazard_id"] for r in hazards) == [
        "Land-1",
        "Land-2",
        "Land-3",
        "Land-4",
        "Land-6",
        "Land-8",
        "Land-9",
    ]
    land2 = next(r for r in hazards if r.attributes["hazard_id"] == "Land-2")
    assert len(land2.geometry.asMultiPolygon()) == 2
    assert {r.attributes["hazard_id"] for r in only(records, ObjectRecord, "activities")} == {"Land-1", "Land-3"}
    assert not feedback.warnings


def test_round_trip_without_faults_matches_register(tmp_path):
    register = build_register(tmp_path)
    info = write_maxml(register, tmp_path / "clean.xml", repeat=2)
    records = list(maxml.read(info["path"], load_profile(), ReadOptions(), None))
    assert not [r for r in records if isinstance(r, Rejection)]
    hazards = only(records, ObjectRecord, "hazards")
    assert len(hazards) == 18 and len(only(records, ObjectRecord, "activities")) == 4
    land1 = next(r for r in hazards if r.attributes["hazard_id"] == "Land-1")
    assert land1.attributes["status"] == "Worked On" and land1.attributes["classification"] == "CHA"
    assert land1.attributes["estimated_area_m2"] == 1000.0
    hexagon_area = 6 * 0.5 * (0.005**2) * math.sin(math.radians(60))  # square degrees
    assert land1.geometry.area() == pytest.approx(hexagon_area, rel=1e-6)
    benchmarks = [p for p in only(records, PointRecord) if p.attributes["point_type"] == "Benchmark"]
    assert {p.attributes["object_id"] for p in benchmarks} == {"Land-1", "Land-1~r2"}


def test_country_profile_with_custom_names(tmp_path):
    profile = load_profile()
    data = json.loads(json.dumps(profile.data))
    section = data["maxml"]
    section["items"]["Land"] = {
        "layer": "hazards",
        "fields": {
            "hazard_id": ["LandNo"],
            "guid": ["LandGUID"],
            "status": ["LandStatus"],
            "governorate": ["Muhafaza"],
        },
        "codes": {"status": "status"},
    }
    section["point_fields"]["point_no"] = ["Seq"]
    data["codelists"]["status"]["Maftuh"] = "Open"
    custom = tmp_path / "iraq_dma.json"
    custom.write_text(json.dumps(data), encoding="utf-8")
    body = (
        "<LandNo>DMA-HZ-0001</LandNo><LandGUID>g1</LandGUID><LandStatus>Maftuh</LandStatus><Muhafaza>Basra</Muhafaza>"
    )
    points = "".join(
        f"<Point><Seq>{n}</Seq><latitude>{y}</latitude><longitude>{x}</longitude></Point>"
        for n, (x, y) in reversed(list(enumerate(SQUARE, 1)))
    )
    geo = f"<GeospatialInfo><shapeenum>Polygon</shapeenum>{points}</GeospatialInfo>"
    records = read_text(tmp_path, maxml_document([maxml_form("Land", body, geo)]), profile=load_profile(str(custom)))
    (hazard,) = only(records, ObjectRecord)
    assert hazard.attributes["hazard_id"] == "DMA-HZ-0001"
    assert hazard.attributes["status"] == "Open"
    assert hazard.attributes["governorate"] == "Basra"
    assert hazard.geometry.asMultiPolygon()[0][0][0] == QgsPointXY(*SQUARE[0])  # ordered by Seq, not file order


def test_cancel_stops_reading(tmp_path):
    register = build_register(tmp_path)
    info = write_maxml(register, tmp_path / "c.xml")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    assert list(maxml.read(info["path"], load_profile(), ReadOptions(), feedback)) == []


def test_reasons_are_known_codes(tmp_path):
    register = build_register(tmp_path)
    info = write_maxml(register, tmp_path / "faults.xml", faults=True)
    reasons = Counter(
        r.reason_code for r in maxml.read(info["path"], load_profile(), ReadOptions(), None) if isinstance(r, Rejection)
    )
    from mineaction_qgis.core.common import model

    assert set(reasons) <= set(model.REJECTION_REASONS)
    assert maxml.REASON_SUPERSEDED in reasons


def test_malformed_xml_raises_value_error_naming_the_line(tmp_path):
    text = maxml_document([maxml_form("Hazard", HAZARD_BODY, maxml_points(SQUARE))]).replace(
        "</MineActionFieldReport>", "<FieldReport><oops></FieldReport>"
    )
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    records = []
    with pytest.raises(ValueError, match="line 1"):
        for record in maxml.read(str(path), load_profile(), ReadOptions(), None):
            records.append(record)


def test_import_algorithm_end_to_end(tmp_path, run_alg):
    from qgis.core import QgsVectorLayer

    register = build_register(tmp_path)
    info = write_maxml(register, tmp_path / "export.xml", faults=True)
    output = tmp_path / "loaded.gpkg"
    result = run_alg("mineaction:importimsma", {"INPUT": info["path"], "OUTPUT": str(output)})
    assert result["HAZARD_COUNT"] == 7
    assert result["ACTIVITY_COUNT"] == 2
    assert (
        result["HAZARD_COUNT"] + result["ACTIVITY_COUNT"] + result["POINT_COUNT"] + result["REJECTED_COUNT"]
        == info["forms"] + info["points"]
    )
    rejected = QgsVectorLayer(f"{output}|layername=rejected", "rejected", "ogr")
    found = {(f["source_ref"], f["reason_code"]) for f in rejected.getFeatures()}
    assert {(fault["ref"], fault["kind"]) for fault in info["faults"]} <= found
    hazards = QgsVectorLayer(f"{output}|layername=hazards", "hazards", "ogr")
    land2 = next(f for f in hazards.getFeatures() if f["hazard_id"] == "Land-2")
    assert len(land2.geometry().asMultiPolygon()) == 2
    assert land2["status"] == "Closed" and land2["doi"].toString("yyyy-MM-dd") == "2021-03-02"


def test_entered_utm_and_mgrs_without_latitude_longitude(tmp_path):
    from qgis.core import QgsCoordinateTransform, QgsProject

    expected = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:32638"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    ).transform(QgsPointXY(500000, 4000000))
    points = (
        "<Point><pointno>1</pointno><pointlocal_id>UTM</pointlocal_id><pointtypeenum>Benchmark</pointtypeenum>"
        "<coordrefsys>EPSG:32638</coordrefsys><user_entered_x>500000</user_entered_x><user_entered_y>"
        "4000000</user_entered_y></Point>"
        "<Point><pointno>2</pointno><pointlocal_id>MGRS</pointlocal_id><pointtypeenum>Reference "
        "point</pointtypeenum><user_entered_mgrs>38SNF0000000000</user_entered_mgrs></Point>"
        "<Point><pointno>3</pointno><pointlocal_id>BAD</pointlocal_id><pointtypeenum>Landmark</pointtypeenum>"
        "<user_entered_mgrs>38SZZ99</user_entered_mgrs></Point>"
        "<Point><pointno>4</pointno><pointlocal_id>NEG</pointlocal_id><pointtypeenum>Landmark</pointtypeenum><bearing>"
        "10</bearing><distance>-5</distance></Point>"
    )
    geo = f"<GeospatialInfo><shapeenum>Point</shapeenum>{points}</GeospatialInfo>"
    records = read_text(tmp_path, maxml_document([maxml_form("Hazard", HAZARD_BODY, geo)]))
    located = {p.attributes["point_id"]: p for p in only(records, PointRecord)}
    for name in ("UTM", "MGRS"):
        point = located[name].geometry.asPoint()
        assert point.x() == pytest.approx(45.0, abs=1e-9) and point.y() == pytest.approx(expected.y(), abs=1e-7)
    assert (
        located["MGRS"].attributes["input_text"] == "38SNF0000000000"
        and located["MGRS"].attributes["input_crs"] == "MGRS"
    )
    assert located["UTM"].attributes["input_text"] == "500000 4000000"
    rejected = {r.source_ref.rsplit("/", 1)[-1]: r.reason_code for r in records if isinstance(r, Rejection)}
    assert rejected == {"Point[3]": "bad_coordinate", "Point[4]": "bad_coordinate"}
    (hazard,) = only(records, ObjectRecord)
    assert hazard.geometry is None  # a point-only item: loaded without polygon


def test_points_in_a_wrapper_element_and_geospatial_beside_the_item(tmp_path):
    geo = (
        maxml_points(SQUARE)
        .replace("<Point>", "<Points><Point>", 1)
        .replace("</GeospatialInfo>", "</Points></GeospatialInfo>")
    )
    form = maxml_form("Hazard", HAZARD_BODY).replace("</Hazard>", "</Hazard>" + geo)
    feedback = RecordingFeedback()
    records = read_text(tmp_path, maxml_document([form]), feedback=feedback)
    (hazard,) = only(records, ObjectRecord)
    assert len(hazard.geometry.asMultiPolygon()[0][0]) == 5
    assert len(only(records, PointRecord)) == 4
    assert not feedback.warnings


def test_day_month_order_is_decided_by_the_files_unambiguous_dates(tmp_path):
    """03/25/2021 can only be month first: so 04/03/2021 in the same file is April 3rd, and the import says so."""
    from qgis.core import QgsProcessingFeedback
    from qgis.PyQt.QtCore import QDate

    forms = [
        maxml_form(
            "HazardReduction",
            "<hazreduc_localid>ACT-1</hazreduc_localid><startdate>03/25/2021</startdate>"
            "<enddate>04/03/2021</enddate><clearedarea>5</clearedarea>",
            maxml_points(SQUARE),
            doi="05/01/2021",
        ),
    ]
    feedback = QgsProcessingFeedback()
    messages = []
    feedback.pushInfo = messages.append
    feedback.pushWarning = messages.append
    (activity,) = only(read_text(tmp_path, maxml_document(forms), feedback=feedback), ObjectRecord)
    assert activity.attributes["start_date"] == QDate(2021, 3, 25)
    assert activity.attributes["end_date"] == QDate(2021, 4, 3)
    assert activity.attributes["doi"] == QDate(2021, 5, 1)
    assert any("month/day/year" in message for message in messages)
