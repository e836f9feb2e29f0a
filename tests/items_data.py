"""A small maXML export with every item kind beyond polygons, and victims with personal data.

``PERSONAL_STRINGS`` are the values that must never appear in any output unless the
import includes personal data; tests grep every output file for them.
"""

from typing import Dict, List

from tests.imsma_fixtures import maxml_document, maxml_form, maxml_points

SQUARE = [(44.0, 36.0), (44.01, 36.0), (44.01, 36.01), (44.0, 36.01)]
INNER = [(44.002, 36.002), (44.006, 36.002), (44.006, 36.006), (44.002, 36.006)]

PERSONAL_STRINGS = (
    "Zaynab Qasimova",
    "Haval Nurani",
    "Shilan Bakirova",
    "1987-11-23",
    "IQ-ID-4471902",
    "0770 123 4567",
    "lives with uncle Rashid",
    "Mother: Gulnaz Tahirova",
)


def _victim(local_id: str, accident: str, name: str, sex: str, state: str, extra: str = "") -> str:
    return maxml_form(
        "Victim",
        f"<victim_localid>{local_id}</victim_localid><accident_localid>{accident}</accident_localid><fullname>"
        f"{name}</fullname>"
        f"<genderenum>{sex}</genderenum><victimstateenum>{state}</victimstateenum><activityenum>Herding</activityenum>"
        f"{extra}",
        doi="2020-03-05",
    )


def items_forms() -> List[str]:
    """Forms: 2 hazards, 1 clearance with 4 item rows, 1 spot task, 1 location, 2 accidents (one with an older form), 4
    victims."""
    return [
        maxml_form(
            "Hazard",
            "<hazard_localid>Land-1</hazard_localid><hazard_guid>G-1</hazard_guid><hazardtypeenum>CHA</hazardtypeenum>"
            "<statusenum>Active</statusenum><gazetteer_level1_name>Ninewa</gazetteer_level1_name>"
            "<gazetteer_level2_name>Sinjar</gazetteer_level2_name><gazetteer_level3_name>Sinuni</gazetteer_level3_name>"
            "<location_localid>LOC-1</location_localid>"
            "<Device><devicecategoryenum>AP mine</devicecategoryenum><quantity>5</quantity></Device>",
            maxml_points(SQUARE),
        ),
        maxml_form(
            "HazardReduction",
            "<hazreduc_localid>ACT-1</hazreduc_localid><hazard_localid>Land-1</hazard_localid><hazreductypeenum>"
            "Clearance</hazreductypeenum>"
            "<organisation>Operator B</organisation><startdate>2021-04-01</startdate><enddate>2021-05-01</enddate>"
            "<Ordnance><ordnance_localid>ORD-1</ordnance_localid><ordcategoryenum>AP "
            "mine</ordcategoryenum><ordtypeenum>PMN-2</ordtypeenum>"
            "<quantity>3</quantity><ordstatusenum>Destroyed in situ</ordstatusenum></Ordnance>"
            "<Ordnance><ordcategoryenum>UXO</ordcategoryenum><ordtypeenum>120 mm "
            "mortar</ordtypeenum><quantity>2</quantity>"
            "<ordstatusenum>Removed</ordstatusenum><ordnancedate>2021-04-10</ordnancedate></Ordnance>"
            "<Device><devicecategoryenum>Rocket launcher</devicecategoryenum><quantity>1</quantity></Device>"
            "<Device><devicecategoryenum>IED</devicecategoryenum><quantity>two</quantity></Device>"
            "<Device><devicecategoryenum>IED</devicecategoryenum><quantity>-1</quantity></Device>"
            "<Device><devicecategoryenum>IED</devicecategoryenum><quantity>1e400</quantity></Device>",
            maxml_points(INNER),
        ),
        maxml_form(
            "HazardReduction",
            "<hazreduc_localid>EOD-7</hazreduc_localid><hazreductypeenum>EOD Spot "
            "task</hazreductypeenum><organisation>Operator C</organisation>"
            "<enddate>2022-02-02</enddate>"
            "<Ordnance><ordcategoryenum>Submunition</ordcategoryenum><ordtypeenum>BLU-97</ordtypeenum><quantity>"
            "4</quantity>"
            "<ordstatusenum>Destroyed</ordstatusenum></Ordnance>",
            maxml_points([(44.3, 36.3)], shape="Point", types="Evidence Point"),
        ),
        maxml_form(
            "HazardReduction",
            "<hazreduc_localid>EOD-8</hazreduc_localid><hazreductypeenum>EOD Spot task</hazreductypeenum>",
        ),
        maxml_form(
            "Location",
            "<location_localid>LOC-1</location_localid><locationname>Sinuni</locationname><gazetteer_level1_name>"
            "Ninewa</gazetteer_level1_name>"
            "<gazetteer_level2_name>Sinjar</gazetteer_level2_name><gazetteer_level3_name>Sinuni</gazetteer_level3_name>"
            "<gazetteer_level4_name>Sinuni village</gazetteer_level4_name>",
            maxml_points([(44.02, 36.02)], shape="Point", types="Reference Point"),
        ),
        maxml_form(
            "Accident",
            "<accident_localid>ACC-1</accident_localid><hazard_guid>G-1</hazard_guid><location_localid>"
            "LOC-1</location_localid>"
            "<accidentdate>2020-03-02</accidentdate><accidenttypeenum>Mine</accidenttypeenum><gazetteer_level1_name>"
            "Ninewa</gazetteer_level1_name>"
            "<Remarks>Mother: Gulnaz Tahirova reported it</Remarks>",
            maxml_points([(44.005, 36.005)], shape="Point", types="Reference Point"),
        ),
        maxml_form(
            "Accident",
            "<accident_localid>ACC-2</accident_localid><accidentdate>2019-07-15</accidentdate><gazetteer_level1_name>"
            "Anbar</gazetteer_level1_name>",
            maxml_points([(42.0, 33.5)], shape="Point", types="Reference Point"),
        ),
        maxml_form(  # an older form of ACC-2: superseded, and its narrative names a person
            "Accident",
            "<accident_localid>ACC-2</accident_localid><accidentdate>2019-07-15</accidentdate>"
            "<Remarks>Mother: Gulnaz Tahirova reported it</Remarks>",
            maxml_points([(42.0, 33.5)], shape="Point", types="Reference Point"),
            doi="2019-07-16",
        ),
        _victim(
            "V-1",
            "ACC-1",
            "Zaynab Qasimova",
            "Female",
            "Injured",
            "<dateofbirth>2012-05-01</dateofbirth><phone>0770 123 4567</phone><notes>lives with uncle Rashid</notes>",
        ),
        _victim(
            "V-2",
            "ACC-1",
            "Haval Nurani",
            "Male",
            "Killed",
            "<dateofbirth>1987-11-23</dateofbirth><idnumber>IQ-ID-4471902</idnumber>",
        ),
        _victim(
            "V-3",
            "ACC-2",
            "Shilan Bakirova",
            "Female",
            "Injured",
            "<age>30</age><mothername>Gulnaz Tahirova</mothername>",
        ),
        _victim("V-4", "ACC-9", "Shilan Bakirova", "Female", "Killed", "<idnumber>IQ-ID-4471902</idnumber>"),
    ]


def write_items_export(path) -> Dict[str, int]:
    """Write the export; returns what a correct import holds."""
    forms = items_forms()
    path.write_text(maxml_document(forms), encoding="utf-8")
    return {
        "forms": len(forms),
        "points": 4 + 4 + 1 + 1 + 1 + 1 + 1,
        "item_rows": 1 + 6 + 1,
        "items": 3,
        "victims": 4,
    }
