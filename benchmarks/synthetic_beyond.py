"""The synthetic register beyond polygons: communities, explosive items, spot tasks, accidents, victims.

Drawn after the hazards with their own seeded ``random.Random``, so the hazards,
activities and task orders of a register stay exactly what they were before these
records existed. Every hazard with a district gets a community (``location_id`` and
``sub_district``); with errors on, one hazard names a community of another district
(``wrong_district``). Victims are fictional: names, dates of birth and phone numbers
are invented (``fictional_person``) and appear only in exports (maXML Victim forms),
never in the canonical register, whose ``victims`` table holds counts.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List, Optional, Tuple

from benchmarks.synthetic_records import OPERATORS, Coord
from benchmarks.synthetic_world import GOVERNORATES

CATEGORIES = (
    ("Anti-personnel mine", 30),
    ("Anti-vehicle mine", 8),
    ("Submunition", 10),
    ("UXO", 35),
    ("AXO", 5),
    ("IED", 10),
    ("Small arms ammunition", 2),
)
TYPES = {
    "Anti-personnel mine": ("PMN-2", "VS-50", "Valmara 69"),
    "Anti-vehicle mine": ("TM-57", "VS-1.6"),
    "Submunition": ("BLU-97", "M77"),
    "UXO": ("120 mm mortar", "82 mm mortar", "RPG-7 rocket", "155 mm projectile"),
    "AXO": ("Hand grenade box", "Fuzes"),
    "IED": ("Pressure-plate IED", "Victim-operated IED"),
    "Small arms ammunition": ("7.62 mm",),
}
ACTIONS = (("destroyed in situ", 70), ("removed", 25), ("found", 5))
ACCIDENT_TYPES = ("Mine", "ERW", "IED")
ACTIVITIES_AT_TIME = ("Herding", "Farming", "Collecting scrap metal", "Travelling", "Playing")
OUTCOMES = (("killed", 35), ("injured", 65))
SPOT_TASK_SHARE = 0.1
ACCIDENT_SHARE = 1 / 30
ITEM_SHARE = 0.5
# Invented names (no real person): combined deterministically for the fictional victims of exports.
FIRST_NAMES = {
    "female": ("Shilan", "Zaynab", "Rezan", "Nisreen", "Hana", "Lawin"),
    "male": ("Haval", "Karwan", "Omar", "Dilshad", "Yasir", "Rawand"),
}
FAMILY_NAMES = ("Qasimova", "Nurani", "Bakirova", "Dizayi-Tal", "Hamarash", "Sindaweli", "Kanibari")


@dataclass
class Location:
    location_id: str
    guid: str
    name: str
    governorate: str
    district: str
    sub_district: str
    community: str
    coord: Coord


@dataclass
class Item:
    item_id: str
    activity_id: str
    hazard_id: Optional[str]
    category: str
    item_type: str
    quantity: int
    action: str
    item_date: date
    organisation: str
    governorate: Optional[str]


@dataclass
class SpotTask:
    spot_task_id: str
    guid: str
    hazard_id: Optional[str]
    organisation: str
    start: date
    end: date
    governorate: str
    coord: Coord
    items: List[Item] = field(default_factory=list)


@dataclass
class Accident:
    accident_id: str
    guid: str
    hazard_id: Optional[str]
    location_id: Optional[str]
    accident_date: date
    accident_type: str
    governorate: str
    district: str
    organisation: str
    coord: Coord


@dataclass
class VictimCount:
    """One row of the canonical victims table."""

    accident_id: str
    governorate: str
    year: int
    sex: str
    age_group: str
    outcome: str
    activity: str
    victims: int


@dataclass
class Beyond:
    locations: List[Location] = field(default_factory=list)
    items: List[Item] = field(default_factory=list)  # of activities and of spot tasks
    spot_tasks: List[SpotTask] = field(default_factory=list)
    accidents: List[Accident] = field(default_factory=list)
    victims: List[VictimCount] = field(default_factory=list)


def fictional_person(number: int, sex: str, age_group: str, accident_date: str) -> Dict[str, str]:
    """An invented person for the Victim form ``number`` of an export: name, birth date, ID, phone, notes."""
    first = FIRST_NAMES.get(sex, FIRST_NAMES["female"])[number % 6]
    family = FAMILY_NAMES[(number // 6) % len(FAMILY_NAMES)]
    year = int(accident_date[:4]) - (11 if age_group == "child" else 34) if accident_date[:4].isdigit() else 1990
    return {
        "fullname": f"{first} {family}",
        "dateofbirth": f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "idnumber": f"FICT-{number:07d}",
        "phone": f"0750 555 {number % 10000:04d}",
        "notes": f"Fictional person {number}; lives with relatives in the village",
    }


def _weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


def _communities() -> List[Location]:
    """Two communities per district of every governorate, at and beside the district town."""
    locations = []
    number = 0
    for governorate in GOVERNORATES:
        for district, lon, lat in governorate.districts:
            for _part, (label, dx) in enumerate((("Centre", 0.0), ("Rural", 0.05)), start=1):
                number += 1
                locations.append(
                    Location(
                        f"LOC-{number:04d}",
                        f"00000000-0000-4000-8000-{number:012d}",
                        f"{district} {label.lower()}",
                        governorate.name,
                        district,
                        f"{district} {label}",
                        f"{district} {label.lower()} village",
                        (lon + dx, lat + dx / 2),
                    )
                )
    return locations


def generate_beyond(hazards: list, seed: int, count: int, with_errors: bool, errors: List[dict]) -> Beyond:
    """Beyond-polygon records for ``hazards`` (sets their location_id and sub_district; appends errors)."""
    rng = random.Random(f"mineaction-synthetic-beyond-{seed}-{count}-{int(with_errors)}")
    beyond = Beyond(locations=_communities())
    by_district: Dict[Tuple[str, str], List[Location]] = {}
    for location in beyond.locations:
        by_district.setdefault((location.governorate, location.district), []).append(location)
    for hazard in hazards:
        choices = by_district.get((hazard.governorate, hazard.district))
        if choices and hazard.hazard_id:
            location = choices[hazard.index % len(choices)]
            hazard.location_id, hazard.sub_district = location.location_id, location.sub_district
    if with_errors:
        # The last eligible hazard, so the export writers' faults (placed on the first clean hazards) stay where they
        # were.
        for hazard in reversed(hazards):
            others = [
                loc
                for loc in beyond.locations
                if loc.governorate == hazard.governorate and loc.district != hazard.district
            ]
            if hazard.fault is None and hazard.location_id and others:
                hazard.location_id, hazard.fault = others[0].location_id, "wrong_district"
                errors.append(
                    {
                        "kind": "wrong_district",
                        "hazard_id": hazard.hazard_id,
                        "value": None,
                        "field": "district",
                        "detail": f"{hazard.hazard_id} is recorded in district {hazard.district}; its community "
                        f"{others[0].location_id} is in {others[0].district}.",
                    }
                )
                break
    item_no = 0
    for hazard in hazards:
        for activity in hazard.activities:
            if activity.release_type not in ("cleared", "reduced") or rng.random() >= ITEM_SHARE:
                continue
            for _ in range(rng.randint(1, 3)):
                item_no += 1
                beyond.items.append(
                    _item(
                        rng,
                        item_no,
                        activity.activity_id,
                        hazard.hazard_id,
                        activity.organisation,
                        activity.end,
                        hazard.governorate,
                    )
                )
    usable = [h for h in hazards if h.fault is None and h.hazard_id and h.centres]
    for number in range(1, max(1, int(len(hazards) * SPOT_TASK_SHARE)) + 1):
        if not usable:
            break
        hazard = usable[rng.randrange(len(usable))]
        lon, lat = hazard.centres[0]
        start = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2200))
        task = SpotTask(
            f"EOD-{number:05d}",
            f"00000000-0000-4000-9000-{number:012d}",
            None,
            rng.choice(OPERATORS),
            start,
            start + timedelta(days=rng.randint(0, 3)),
            hazard.governorate,
            (lon + rng.uniform(0.01, 0.03), lat + rng.uniform(0.01, 0.03)),
        )
        for _ in range(rng.randint(1, 2)):
            item_no += 1
            task.items.append(
                _item(rng, item_no, task.spot_task_id, None, task.organisation, task.end, task.governorate)
            )
        beyond.spot_tasks.append(task)
        beyond.items.extend(task.items)
    for number in range(1, max(1, int(len(hazards) * ACCIDENT_SHARE)) + 1):
        if not usable:
            break
        hazard = usable[rng.randrange(len(usable))]
        when = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3000))
        accident = Accident(
            f"ACC-{number:05d}",
            f"00000000-0000-4000-a000-{number:012d}",
            hazard.hazard_id,
            hazard.location_id,
            when,
            rng.choice(ACCIDENT_TYPES),
            hazard.governorate,
            hazard.district,
            hazard.organisation,
            hazard.centres[0],
        )
        beyond.accidents.append(accident)
        counts: Dict[Tuple[str, str, str, str], int] = {}
        for _ in range(rng.randint(1, 3)):
            key = (
                rng.choice(("female", "male")),
                "child" if rng.random() < 0.4 else "adult",
                _weighted(rng, OUTCOMES),
                rng.choice(ACTIVITIES_AT_TIME),
            )
            counts[key] = counts.get(key, 0) + 1
        for (sex, age_group, outcome, activity), victims in sorted(counts.items()):
            beyond.victims.append(
                VictimCount(
                    accident.accident_id, accident.governorate, when.year, sex, age_group, outcome, activity, victims
                )
            )
    return beyond


def _item(
    rng: random.Random,
    number: int,
    activity_id: str,
    hazard_id: Optional[str],
    organisation: str,
    when: date,
    governorate: Optional[str],
) -> Item:
    category = _weighted(rng, CATEGORIES)
    return Item(
        f"ITM-{number:06d}",
        activity_id,
        hazard_id,
        category,
        rng.choice(TYPES[category]),
        rng.randint(1, 20),
        _weighted(rng, ACTIONS),
        when,
        organisation,
        governorate,
    )
