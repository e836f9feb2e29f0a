"""Which hazards of a register carry a deliberate register error, so a writer's loader-level
faults never land on them (a fault there would hide the error from whoever imports the export).

The errors are read from the JSON written beside the register: ``register_errors.json`` (the
bundled sample, a list) or ``<stem>.errors.json`` (benchmarks/synthetic.py's cache, a dict
whose ``errors`` is that list).
"""

import json
from pathlib import Path
from typing import Iterable, List, Optional, Set


def error_files(register_gpkg: Path) -> List[Path]:
    """Candidate error lists of a register GeoPackage, in the order they are looked for."""
    path = Path(register_gpkg)
    return [path.with_name(f"{path.stem}_errors.json"), path.with_name(f"{path.stem}.errors.json")]


def hazards_with_errors(register_gpkg: Path, avoid: Optional[Iterable[str]] = None) -> Set[str]:
    """IDs of the hazards named by any register error (``hazard_id`` may list several, comma-separated).

    ``avoid`` given: those IDs, as a set (the caller knows better). Otherwise the first error
    list found beside the register; none found: the empty set.
    """
    if avoid is not None:
        return {str(item) for item in avoid if item}
    for candidate in error_files(register_gpkg):
        if candidate.is_file():
            errors = json.loads(candidate.read_text(encoding="utf-8"))
            if isinstance(errors, dict):  # the synthetic cache: {"errors": [...], "counts": ...}
                errors = errors.get("errors", [])
            return {
                part.strip()
                for error in errors
                for part in str(error.get("hazard_id") or "").split(",")
                if part.strip()
            }
    return set()
