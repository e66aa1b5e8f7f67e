"""`kg serve`: a real SPARQL 1.1 endpoint over the embedded store, on 127.0.0.1 only.

It runs the server that the `oxigraph` package on PyPI ships (`pip install 'vnkg[server]'`):
`oxigraph serve-read-only --location STORE --bind 127.0.0.1:PRIVATE` (`serve` with --writable), on a
private port, behind the gate of kg.store.gate on the public one, which checks the Host and Origin of
every request, refuses writes unless --writable and SERVICE unless --allow-service, and gives queries
that name no dataset the merged graph (kg.store.MERGED_GRAPH) as their default graph. Its query page
is at the root URL; the SPARQL endpoint at /query, updates at /update and the Graph Store at /store.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

from ..errors import StoreError

HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def oxigraph_command() -> str:
    """The `oxigraph` executable: beside this Python first (a virtualenv), then on PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("`kg serve` runs the server of the `oxigraph` package, which is not installed: "
                     "pip install 'vnkg[server]' (or pip install oxigraph)")


def server_args(store: str | Path, port: int, read_only: bool = False, timeout: float | None = None) -> list[str]:
    mode = "serve-read-only" if read_only else "serve"
    args = [oxigraph_command(), mode, "--location", str(store), "--bind", f"{HOST}:{port}"]
    return args + (["--timeout-s", str(max(1, round(timeout)))] if timeout else [])


def urls(port: int) -> dict[str, str]:
    base = f"http://{HOST}:{port}"
    return {"page": base + "/", "query": base + "/query", "update": base + "/update", "store": base + "/store"}


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds: TIME_WAIT is no bar
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def check_port(port: int) -> int:
    if not 1 <= port <= 65535:
        raise StoreError(f"--port {port}: a port is a number from 1 to 65535")
    return port


def start(store: str | Path, port: int, read_only: bool = False, quiet: bool = False,
          timeout: float | None = None) -> subprocess.Popen:
    """Start the server in the background; the caller stops it (stop())."""
    if not port_free(check_port(port)):
        raise StoreError(f"port {port} on {HOST} is taken; choose another with --port N")
    out = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(server_args(store, port, read_only, timeout), stdout=out, stderr=out)


def wait_ready(process: subprocess.Popen, port: int, timeout: float = 30.0) -> None:
    """Wait until the server accepts connections, or fail if it exits first."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"the oxigraph server exited at once (status {process.returncode}); "
                             f"is the store open in another process?")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    stop(process)
    raise StoreError(f"the oxigraph server did not start listening on {HOST}:{port} within {timeout:.0f} s")


def stop(process: subprocess.Popen, timeout: float = 10.0) -> int:
    """Ask the server to stop (SIGTERM: a process started in the background ignores SIGINT), then make
    sure it has."""
    if process.poll() is None:
        try:
            process.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_C_EVENT)
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        except ProcessLookupError:
            pass
    return process.returncode


def _announce(message: str) -> None:
    print(message, flush=True)


def serve(store: str | Path, port: int = DEFAULT_PORT, writable: bool = False, allow_service: bool = False,
          timeout: float = 30.0, announce=_announce) -> int:
    """Run the server in the foreground until Ctrl-C (or SIGTERM); 0 on a clean stop."""
    from .gate import Gate, Policy

    path = Path(store)
    check_port(port)
    if not (path / "CURRENT").exists():
        raise StoreError(f"there is no store at {path}: fill one with `kg build` or `kg load` first")
    from .consistency import refuse_if_dirty

    refuse_if_dirty(path)
    if not port_free(port):
        raise StoreError(f"port {port} on {HOST} is taken; choose another with --port N")
    private = free_port()
    process = start(path, private, read_only=not writable, quiet=True, timeout=timeout if allow_service else None)
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    gate = None
    try:
        wait_ready(process, private)
        try:
            gate = Gate(Policy(HOST, port, writable, allow_service, timeout), private).start()
        except OSError as exc:
            raise StoreError(f"cannot listen on {HOST}:{port} ({exc.strerror or exc})") from exc
        u = urls(port)
        mode = "read-write" if writable else "read-only (--writable allows updates)"
        announce(f"SPARQL endpoint over {path}, {mode} (Ctrl-C stops it)\n"
                 f"  query page: {u['page']}   (the default graph holds all articles, each triple once)\n"
                 f"  query:      kg query positions --endpoint {u['query']}\n"
                 + (f"  load:       kg load output/ --endpoint {u['query']}   (graph store: {u['store']})"
                    if writable else f"  graph store (read): {u['store']}"))
        code = process.wait()
        if code not in (0, -signal.SIGINT, -signal.SIGTERM, 130):
            raise StoreError(f"the oxigraph server stopped with status {code}")
        return 0
    except KeyboardInterrupt:
        stop(process)
        announce("stopped")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if gate is not None:
            gate.stop()
        if process.poll() is None:
            stop(process)
