"""The PostGIS server of the benchmarks: one throwaway cluster kept between the child processes of a run.

``prepare`` of a register case calls ``server()`` (started once, reused while it answers);
benchmarks/run.py calls ``stop_server()`` when the run ends. The cluster lives in the
temporary folder (the ``postgres`` user must reach it when the run is root's), never in a
system service, in a folder named after the run (the runner's process id: every step runs in
a child of the runner), so two runs on one machine never share or stop each other's server.
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

from tests.postgis_server import PostgisServer

INFO = "bench-server.json"


def _folder(runner_pid: int) -> Path:
    return Path(tempfile.gettempdir()) / f"mineaction-bench-postgis-{runner_pid}"


def server() -> PostgisServer:
    """This run's benchmark server (called in a step: a child of the runner), started when there is none."""
    folder = _folder(os.getppid())
    info = folder / INFO
    if info.exists():
        running = PostgisServer(folder, port=json.loads(info.read_text())["port"])
        if running.running():
            return running
        running.stop()
    shutil.rmtree(folder, ignore_errors=True)
    started = PostgisServer(folder).start()
    (folder / INFO).write_text(json.dumps({"port": started.port}))
    return started


def stop_server() -> None:
    """Stop this run's benchmark server (called by the runner itself) if a case started one."""
    folder = _folder(os.getpid())
    info = folder / INFO
    if info.exists():
        PostgisServer(folder, port=json.loads(info.read_text())["port"]).stop()
