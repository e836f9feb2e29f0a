"""The PostGIS server of the benchmarks: one throwaway cluster kept between the child processes of a run.

``prepare`` of a register case calls ``server()`` (started once, reused while it answers);
benchmarks/run.py calls ``stop_server()`` when the run ends. The cluster lives in the
temporary folder (the ``postgres`` user must reach it when the run is root's), never in a
system service.
"""

import json
import shutil
import tempfile
from pathlib import Path

from tests.postgis_server import PostgisServer

FOLDER = Path(tempfile.gettempdir()) / "mineaction-bench-postgis"
INFO = "bench-server.json"


def server() -> PostgisServer:
    """The running benchmark server, started when there is none."""
    info = FOLDER / INFO
    if info.exists():
        running = PostgisServer(FOLDER, port=json.loads(info.read_text())["port"])
        if running.running():
            return running
        running.stop()
    shutil.rmtree(FOLDER, ignore_errors=True)
    started = PostgisServer(FOLDER).start()
    (FOLDER / INFO).write_text(json.dumps({"port": started.port}))
    return started


def stop_server() -> None:
    """Stop the benchmark server if a case started one."""
    info = FOLDER / INFO
    if info.exists():
        PostgisServer(FOLDER, port=json.loads(info.read_text())["port"]).stop()
