"""`make demo`: the plugin's main job on the bundled sample data, headless.

Runs every step in scripts/demo_steps/ in name order (import -> validate -> gaps ->
atlas as they exist). A step is a module with ``TITLE`` and ``run(state) -> list of
summary lines``; ``state`` is a dict shared by the steps (``output_dir``,
``sample_dir`` and whatever earlier steps put there, e.g. ``register`` = the
canonical GeoPackage).
"""

import importlib
import pkgutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import demo_steps
from scripts.qgis_env import ROOT, start_qgis


def main(output_dir: Path) -> int:
    start_qgis()
    output_dir.mkdir(parents=True, exist_ok=True)
    state = {"output_dir": output_dir, "sample_dir": ROOT / "resources" / "sample"}
    steps = sorted(pkgutil.iter_modules(demo_steps.__path__), key=lambda i: i.name)
    if not steps:
        print("No demo steps yet.")
        return 1
    for info in steps:
        step = importlib.import_module(f"scripts.demo_steps.{info.name}")
        started = time.perf_counter()
        print(f"== {step.TITLE}")
        for line in step.run(state):
            print(f"   {line}")
        print(f"   ({time.perf_counter() - started:.1f} s)")
    print(f"Outputs are in {output_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "demo-output").resolve()))
