"""A throwaway PostgreSQL 15 + PostGIS cluster for the tests: initdb in a temporary folder, no system service.

``PostgisServer.start()`` runs ``initdb`` and ``pg_ctl`` as an unprivileged user when the
tests run as root (initdb refuses root): as ``postgres`` when Debian's package created it,
else as ``nobody``, in a folder that user owns. The server listens on a free localhost port
and on a unix socket in that folder. It creates the database ``register`` with the postgis
extension and the roles the shared-register guide prescribes:

- ``mineaction_write`` / ``mineaction_read``: group roles (NOLOGIN);
- ``officer`` (member of mineaction_write) and ``viewer`` (member of mineaction_read): login
  roles with the passwords ``OFFICER_PASSWORD`` / ``VIEWER_PASSWORD``.

Local socket connections are trusted (the superuser's); TCP connections need a password, so
a test that forgets the credentials fails like a real officer would.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

PG_BIN = Path("/usr/lib/postgresql/15/bin")
DATABASE = "register"
OFFICER_PASSWORD = "officer-secret-7f3a"
VIEWER_PASSWORD = "viewer-secret-91c2"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> Optional[pwd.struct_passwd]:
    """The user to run the server as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("Running as root and neither 'postgres' nor 'nobody' exists to run initdb as.")


class PostgisServer:
    """One cluster: ``start()``, ``psql(sql)``, ``dsn(role)``, ``stop()``."""

    def __init__(self, folder: Optional[Path] = None, port: Optional[int] = None) -> None:
        """A new cluster in a temporary folder, or the one of ``folder`` (benchmarks keep theirs between runs)."""
        if not (PG_BIN / "initdb").exists():
            raise RuntimeError(
                f"{PG_BIN}/initdb not found: run scripts/setup.sh (postgresql-15, postgresql-15-postgis-3)."
            )
        self.user = _run_as()
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        self.folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="mineaction-pg-"))
        self.data = self.folder / "data"
        self.port = port or _free_port()
        self.host = "127.0.0.1"
        if self.user is not None:
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        os.chmod(self.folder, 0o755)

    def _command(self, args: List[str]) -> List[str]:
        if self.user is None:
            return args
        return ["setpriv", f"--reuid={self.user.pw_uid}", f"--regid={self.user.pw_gid}", "--clear-groups", *args]

    def _call(self, args: List[str], **kwargs) -> subprocess.CompletedProcess:
        env = dict(os.environ, LC_ALL="C.UTF-8", PGTZ="UTC", HOME=str(self.folder))
        return subprocess.run(
            self._command(args), check=True, capture_output=True, text=True, env=env, cwd=self.folder, **kwargs
        )

    def start(self) -> "PostgisServer":
        self._call(
            [
                str(PG_BIN / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            ]
        )
        options = (
            f"-c listen_addresses={self.host} -c port={self.port} -c unix_socket_directories={self.folder}"
            " -c fsync=off -c full_page_writes=off"
        )
        self._call(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        self.psql(f"CREATE DATABASE {DATABASE}", database="postgres")
        self.psql(
            "CREATE EXTENSION postgis;"
            "CREATE ROLE mineaction_write NOLOGIN; CREATE ROLE mineaction_read NOLOGIN;"
            "GRANT mineaction_read TO mineaction_write;"
            f"CREATE ROLE officer LOGIN PASSWORD '{OFFICER_PASSWORD}' IN ROLE mineaction_write;"
            f"CREATE ROLE viewer LOGIN PASSWORD '{VIEWER_PASSWORD}' IN ROLE mineaction_read;"
            f"GRANT CONNECT, TEMPORARY ON DATABASE {DATABASE} TO mineaction_read;"
            f"GRANT CREATE ON DATABASE {DATABASE} TO mineaction_write;"
        )
        return self

    def psql(self, sql: str, database: str = DATABASE) -> str:
        """Run SQL as the superuser over the socket; returns the unaligned output."""
        result = self._call(
            [
                str(PG_BIN / "psql"),
                "-h",
                str(self.folder),
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-d",
                database,
                "-v",
                "ON_ERROR_STOP=1",
                "-At",
                "-c",
                sql,
            ]
        )
        return result.stdout.strip()

    def uri(self, role: str = "officer") -> str:
        """``postgresql://`` URI with the role's password (what a test passes as REGISTER)."""
        password = {"officer": OFFICER_PASSWORD, "viewer": VIEWER_PASSWORD}[role]
        return f"postgresql://{role}:{password}@{self.host}:{self.port}/{DATABASE}"

    def conninfo(self, role: str = "officer") -> str:
        """libpq key=value connection string with the role's password (QGIS data source style)."""
        password = {"officer": OFFICER_PASSWORD, "viewer": VIEWER_PASSWORD}[role]
        return f"host={self.host} port={self.port} dbname={DATABASE} user={role} password={password}"

    def write_service_file(self, path: Path, service: str, role: str = "officer") -> Path:
        """A pg_service.conf with one service holding the role's credentials."""
        password = {"officer": OFFICER_PASSWORD, "viewer": VIEWER_PASSWORD}[role]
        path.write_text(
            f"[{service}]\nhost={self.host}\nport={self.port}\ndbname={DATABASE}\nuser={role}\npassword={password}\n",
            encoding="utf-8",
        )
        return path

    def running(self) -> bool:
        """True when this folder's server answers."""
        if not (self.data / "postmaster.pid").exists():
            return False
        try:
            self.psql("SELECT 1")
            return True
        except subprocess.CalledProcessError:
            return False

    def stop(self) -> None:
        try:
            self._call([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        except subprocess.CalledProcessError:
            pass
        for _ in range(20):
            if not (self.data / "postmaster.pid").exists():
                break
            time.sleep(0.1)
        shutil.rmtree(self.folder, ignore_errors=True)
