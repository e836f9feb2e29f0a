"""Benchmarks of the shared PostGIS register (issue 18), each against the same work on GeoPackage.

- ``register_import_postgis``: ``mineaction:importimsma`` of a maXML of about ``size`` points into a
  new PostGIS register (it writes its GeoPackage too, then publishes it in one transaction) vs the
  same import into a GeoPackage only. Target ratio ≤ 2.
- ``register_validate_postgis`` / ``register_gaps_postgis``: ``mineaction:validatehazards`` and
  ``mineaction:clearancegaps`` reading the synthetic register of ``size`` hazards from PostGIS vs
  from its GeoPackage. Target ratio ≤ 1.5.
- ``register_reimport``: next month's export, in which 1 % of the hazards changed (status, areas,
  and the polygon of every second one), imported into the register that holds this month's vs the
  full import of that export into an empty register. Target ratio ≤ 0.5.
- ``register_republish``: the register's part of that re-import alone (the export already parsed
  into its staging GeoPackage: compare, write the changes, record the history) vs publishing the
  same staging GeoPackage into an empty register. Both sides of ``register_reimport`` parse the whole
  export first, which bounds its ratio from below; this row shows what the register itself costs.

The server is a throwaway cluster (benchmarks/postgis.py) started by ``prepare``.
"""

import os
import random
from pathlib import Path

from benchmarks.common import Case, Prepared, synthetic_register
from benchmarks.postgis import server

CHANGED_SHARE = 0.01


def _import(export: str, gpkg: Path, register: str = "", schema: str = "") -> dict:
    from scripts.qgis_env import run

    parameters = {"INPUT": export, "OUTPUT": str(gpkg)}
    if register:
        parameters.update({"REGISTER": register, "SCHEMA": schema})
    return run("mineaction:importimsma", parameters)


def prepare_import(size: int, workdir: Path) -> Prepared:
    from benchmarks.cases.import_maxml import prepare_speed

    prepared = dict(prepare_speed(size, workdir))
    postgis = server()
    postgis.psql(
        "DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench\\_%' "
        "LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$"
    )
    postgis.psql("CHECKPOINT")  # the dropped schemas' writes are on disk: neither side pays for them
    prepared["register"] = postgis.uri()
    return prepared


def ours_import(prepared: Prepared, scratch: Path) -> None:
    result = _import(prepared["path"], scratch / "staging.gpkg", prepared["register"], f"bench_{os.getpid()}")
    if not result["IMPORT_ID"]:
        raise RuntimeError(f"no import recorded: {result}")


def peer_import(prepared: Prepared, scratch: Path) -> None:
    _import(prepared["path"], scratch / "register.gpkg")


def _changed_register(workdir: Path, size: int) -> Path:
    """A copy of the maXML benchmark's register where 1 % of the hazards changed, and its maXML."""
    from osgeo import ogr

    from benchmarks.cases.import_maxml import _register_for_points

    source = _register_for_points(workdir, size)
    path = workdir / f"register_reimport_{size}.gpkg"
    if path.exists():
        return path
    ogr.GetDriverByName("GPKG").CopyDataSource(ogr.Open(str(source)), str(path))
    dataset = ogr.Open(str(path), 1)
    hazards = dataset.GetLayerByName("hazards")
    rng = random.Random(18)
    fids = [feature.GetFID() for feature in hazards]
    dataset.StartTransaction()
    for number, fid in enumerate(rng.sample(fids, max(int(len(fids) * CHANGED_SHARE), 1))):
        feature = hazards.GetFeature(fid)
        feature.SetField("status", "Closed")
        if feature.GetFieldIndex("remaining_area_m2") >= 0:
            feature.SetField("remaining_area_m2", 0.0)
        geometry = feature.GetGeometryRef()
        if number % 2 and geometry is not None:
            grown = geometry.Buffer(0.0003, 2)
            feature.SetGeometry(ogr.ForceToMultiPolygon(grown))
        hazards.SetFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return path


def _settle(postgis) -> None:
    """The register as it is a month after its import: vacuumed and analysed, its writes on disk.

    Right after the 100,000-record import that prepares the case, autovacuum would start on those
    tables during the measured re-import (and a checkpoint would flush that import's writes), which
    no monthly re-import meets."""
    postgis.psql("VACUUM ANALYZE")
    postgis.psql("CHECKPOINT")


def prepare_reimport(size: int, workdir: Path) -> Prepared:
    from benchmarks.cases.import_maxml import prepare_speed
    from benchmarks.writers.maxml import write_maxml

    base = dict(prepare_speed(size, workdir))
    changed = workdir / f"register_reimport_{size}.xml"
    if not changed.exists():
        write_maxml(_changed_register(workdir, size), changed)
    postgis = server()
    postgis.psql("DROP SCHEMA IF EXISTS reimport CASCADE")
    scratch = workdir / f"register_reimport_{size}_base.gpkg"
    _import(base["path"], scratch, postgis.uri(), "reimport")
    _settle(postgis)
    return {"path": str(changed), "register": postgis.uri()}


def ours_reimport(prepared: Prepared, scratch: Path) -> None:
    result = _import(prepared["path"], scratch / "staging.gpkg", prepared["register"], "reimport")
    if result["IMPORT_ID"] != 2:
        raise RuntimeError(f"expected the second import of the register: {result}")


def peer_full_import(prepared: Prepared, scratch: Path) -> None:
    _import(prepared["path"], scratch / "staging.gpkg", prepared["register"], f"bench_{os.getpid()}")


def prepare_republish(size: int, workdir: Path) -> Prepared:
    """The two months' staging GeoPackages (already parsed) and a register holding the first month."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from mineaction_qgis.core.imsma.loader import load_files
    from mineaction_qgis.core.register.connection import resolve_target
    from mineaction_qgis.core.register.postgis import publish

    changed = prepare_reimport(size, workdir)
    base = workdir / f"register_reimport_{size}_base.gpkg"
    staging = workdir / f"register_reimport_{size}_changed.gpkg"
    if not staging.exists():
        load_files([changed["path"]], str(staging))
    postgis = server()
    postgis.psql("DROP SCHEMA IF EXISTS republish CASCADE")
    publish(str(base), resolve_target(postgis.uri()), "republish")
    _settle(postgis)
    return {"staging": str(staging), "register": postgis.uri()}


def _publish(prepared: Prepared, schema: str) -> None:
    from mineaction_qgis.core.register.connection import resolve_target
    from mineaction_qgis.core.register.postgis import publish

    publish(prepared["staging"], resolve_target(prepared["register"]), schema)


def prepare_read(size: int, workdir: Path) -> Prepared:
    """The synthetic register of ``size`` hazards as GeoPackage and as PostGIS schema ``read_<size>``."""
    from mineaction_qgis.core.register.connection import layer_source, resolve_target
    from mineaction_qgis.core.register.postgis import publish

    info = synthetic_register(size, workdir)
    postgis = server()
    schema = f"read_{size}"
    if postgis.psql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'") == "0":
        publish(str(info.gpkg), resolve_target(postgis.uri()), schema, file_name=Path(info.gpkg).name)
    _settle(postgis)  # as a register is between imports: statistics up to date, no autovacuum running
    target = resolve_target(postgis.conninfo("viewer"))
    return {
        "gpkg_hazards": f"{info.gpkg}|layername=hazards",
        "gpkg_activities": f"{info.gpkg}|layername=activities",
        "pg_hazards": layer_source(target, schema, "hazards"),
        "pg_activities": layer_source(target, schema, "activities"),
    }


def _validate(hazards: str, scratch: Path) -> None:
    from scripts.qgis_env import run

    result = run("mineaction:validatehazards", {"INPUT": hazards, "OUTPUT": str(scratch / "issues.gpkg")})
    if result["CHECKED_COUNT"] <= 0:
        raise RuntimeError(f"nothing validated: {result}")


def _gaps(hazards: str, releases: str, scratch: Path) -> None:
    from scripts.qgis_env import run

    run("mineaction:clearancegaps", {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": str(scratch / "gaps.gpkg")})


CASES = [
    Case(
        name="register_import_postgis",
        peer_name="the same import into a GeoPackage",
        sizes=[100_000],
        prepare=prepare_import,
        ours=ours_import,
        peer=peer_import,
        target="ratio <= 2.0",
        quick_sizes=[10_000],
    ),
    Case(
        name="register_validate_postgis",
        peer_name="validatehazards reading the GeoPackage",
        sizes=[10_000],
        prepare=prepare_read,
        ours=lambda prepared, scratch: _validate(prepared["pg_hazards"], scratch),
        peer=lambda prepared, scratch: _validate(prepared["gpkg_hazards"], scratch),
        target="ratio <= 1.5",
        quick_sizes=[1_000],
    ),
    Case(
        name="register_gaps_postgis",
        peer_name="clearancegaps reading the GeoPackage",
        sizes=[10_000],
        prepare=prepare_read,
        ours=lambda prepared, scratch: _gaps(prepared["pg_hazards"], prepared["pg_activities"], scratch),
        peer=lambda prepared, scratch: _gaps(prepared["gpkg_hazards"], prepared["gpkg_activities"], scratch),
        target="ratio <= 1.5",
        quick_sizes=[1_000],
    ),
    Case(
        name="register_reimport",
        peer_name="full import of the same export into an empty register",
        sizes=[100_000],
        prepare=prepare_reimport,
        ours=ours_reimport,
        peer=peer_full_import,
        target="ratio <= 0.5",
        quick_sizes=[10_000],
    ),
    Case(
        name="register_republish",
        peer_name="publishing the same parsed export into an empty register",
        sizes=[100_000],
        prepare=prepare_republish,
        ours=lambda prepared, scratch: _publish(prepared, "republish"),
        peer=lambda prepared, scratch: _publish(prepared, f"bench_{os.getpid()}"),
        target="ratio <= 0.5",
        quick_sizes=[10_000],
    ),
]
