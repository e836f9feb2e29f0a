"""The contract between benchmark cases and the runner (benchmarks/run.py).

A case module in ``benchmarks/cases/`` defines ``CASES: list[Case]``. For each size
the runner calls ``prepare(size, workdir)`` once (in a child process; it builds or
reuses the input data and returns a JSON-serialisable dict), then runs ``ours`` and
``peer`` each in its own fresh child process with that dict and a scratch folder,
measuring wall time and peak memory (max RSS) of each child. Each side starts with
QGIS already running (``scripts.qgis_env.start_qgis``), so start-up is not timed.
The runner prints one table row per case and size: size, our time, peer time,
ratio (ours / peer), our and the peer's peak memory, and the target.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

Prepared = Dict[str, object]


@dataclass
class Case:
    """One side-by-side comparison."""

    name: str  # e.g. "validatehazards"
    peer_name: str  # e.g. "qgis:checkvalidity + native:intersection"
    sizes: List[int]  # e.g. hazards: [10_000, 50_000]
    prepare: Callable[[int, Path], Prepared]
    ours: Callable[[Prepared, Path], None]
    peer: Optional[Callable[[Prepared, Path], None]] = None  # None: no peer, only our numbers
    target: str = ""  # printed with the row, e.g. "ratio <= 1.0"
    quick_sizes: List[int] = field(default_factory=list)  # used by `make bench QUICK=1`


def synthetic_register(size: int, workdir: Path):
    """The synthetic register of ``size`` hazards (seed 1, with its faults) that the
    cases share: built once in ``workdir`` and reused (build_register caches it)."""
    from scripts.qgis_env import start_qgis

    start_qgis()
    from benchmarks.synthetic import build_register

    workdir.mkdir(parents=True, exist_ok=True)
    return build_register(workdir, size, seed=1, errors=True)
