"""A real PostgreSQL + PostGIS server for the tests: initialised in a temporary folder, listening
on 127.0.0.1 only (a free port) and on a unix socket in that folder, stopped at the end.

The server comes from the Debian packages of the QGIS root (tools/qgis-env: PostgreSQL 17 and
PostGIS 3.5 in trixie, 18 and 3.6 in forky). initdb refuses to run as root: when the tests run as
root, the server runs as the packages' ``postgres`` user (setpriv), on a folder it owns.
No mock: :func:`start` returns None with the reason when no server can be started, and the
fixture skips with it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "ite_admin"
SUPERPASSWORD = "admin-Secret-1"
DATABASE = "ite"


@dataclass
class Server:
    folder: Path
    port: int
    bindir: Path
    run_as: list[str]

    def dsn(self, user: str = SUPERUSER, password: str = SUPERPASSWORD, **extra) -> dict:
        return {"host": "127.0.0.1", "port": self.port, "dbname": DATABASE, "user": user,
                "password": password, "connect_timeout": 5, **extra}

    def connect(self, user: str = SUPERUSER, password: str = SUPERPASSWORD):
        import psycopg2

        connection = psycopg2.connect(**self.dsn(user, password))
        connection.autocommit = True
        return connection

    def stop(self) -> None:
        subprocess.run(
            [*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
             "-m", "immediate", "-w", "stop"],
            capture_output=True, check=False, timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(path.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(command: list[str], what: str) -> str | None:
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    if result.returncode:
        return f"{what} failed: {(result.stderr or result.stdout).strip()[-500:]}"
    return None


def start() -> tuple[Server | None, str]:
    """A running server with the database ``ite`` holding the postgis extension, or None and
    the reason it could not start."""
    bindir = _bindir()
    if bindir is None:
        return None, "no PostgreSQL server in this root (postgresql-NN packages not installed)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return None, "python3-psycopg2 is not installed"
    folder = Path(tempfile.mkdtemp(prefix="ite-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and there is no 'postgres' user for initdb"
        os.chown(folder, user.pw_uid, user.pw_gid)
        run_as = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}",
                  "--clear-groups", "--"]
    password_file = folder / "password"
    password_file.write_text(SUPERPASSWORD + "\n")
    if run_as:
        os.chown(password_file, pwd.getpwnam("postgres").pw_uid, -1)
    server = Server(folder, _free_port(), bindir, run_as)
    error = _run(
        [*run_as, str(bindir / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER,
         "--auth=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8", "--locale=C.UTF-8"],
        "initdb",
    )
    if error:
        shutil.rmtree(folder, ignore_errors=True)
        return None, error
    options = (f"-c listen_addresses=127.0.0.1 -c port={server.port} "
               f"-c unix_socket_directories={folder} -c fsync=off -c max_connections=40")
    error = _run(
        [*run_as, str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-l",
         str(folder / "server.log"), "-o", options, "-w", "-t", "60", "start"],
        "pg_ctl start",
    )
    if error:
        log = folder / "server.log"
        detail = log.read_text()[-500:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"{error} {detail}"
    return _prepare(server)


def _prepare(server: Server) -> tuple[Server | None, str]:
    import psycopg2

    try:
        for attempt in range(20):
            try:
                admin = psycopg2.connect(**server.dsn(dbname="postgres"))
                break
            except psycopg2.OperationalError:
                if attempt == 19:
                    raise
                time.sleep(0.5)
        admin.autocommit = True
        admin.cursor().execute(f"CREATE DATABASE {DATABASE}")
        admin.close()
        with server.connect() as connection, connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION postgis")
    except psycopg2.Error as error:
        server.stop()
        return None, f"the server started but PostGIS could not be set up: {error}"
    return server, ""
