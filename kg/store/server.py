"""`kg serve`: a real SPARQL 1.1 endpoint over the embedded store, on 127.0.0.1 only.

It runs the server that the `oxigraph` package on PyPI ships (`pip install 'vnkg[server]'`):
`oxigraph serve --location STORE --bind 127.0.0.1:PORT`. Its query page is at the root
URL; the SPARQL endpoint at /query, updates at /update and the Graph Store at /store.
`kg query --endpoint` reads the merged graph (kg.store.MERGED_GRAPH) as its default graph;
on the page, write `FROM <https://w3id.org/vnkg/merged>` to do the same.
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
from . import MERGED_GRAPH

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


def server_args(store: str | Path, port: int, read_only: bool = False) -> list[str]:
    mode = "serve-read-only" if read_only else "serve"
    return [oxigraph_command(), mode, "--location", str(store), "--bind", f"{HOST}:{port}"]


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


def start(store: str | Path, port: int, read_only: bool = False, quiet: bool = False) -> subprocess.Popen:
    """Start the server in the background; the caller stops it (stop())."""
    if not port_free(port):
        raise StoreError(f"port {port} on {HOST} is taken; choose another with --port N")
    out = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(server_args(store, port, read_only), stdout=out, stderr=out)


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
    """Ask the server to stop (SIGINT, as Ctrl-C would), then make sure it has."""
    if process.poll() is None:
        try:
            process.send_signal(signal.SIGINT if os.name != "nt" else signal.CTRL_C_EVENT)
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        except ProcessLookupError:
            pass
    return process.returncode


def _announce(message: str) -> None:
    print(message, flush=True)


def serve(store: str | Path, port: int = DEFAULT_PORT, read_only: bool = False,
          announce=_announce) -> int:
    """Run the server in the foreground until Ctrl-C (or SIGTERM); 0 on a clean stop."""
    path = Path(store)
    if not (path / "CURRENT").exists():
        raise StoreError(f"there is no store at {path}: fill one with `kg build` or `kg load` first")
    process = start(path, port, read_only)
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        wait_ready(process, port)
        u = urls(port)
        announce(f"SPARQL endpoint over {path} (Ctrl-C stops it)\n"
                 f"  query page: {u['page']}   (all articles: FROM <{MERGED_GRAPH}>)\n"
                 f"  query:      kg query positions --endpoint {u['query']}\n"
                 f"  load:       kg load output/ --endpoint {u['query']}   (graph store: {u['store']})")
        code = process.wait()
        if code not in (0, -signal.SIGINT, 130):
            raise StoreError(f"the oxigraph server stopped with status {code}")
        return 0
    except KeyboardInterrupt:
        stop(process)
        announce("stopped")
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            stop(process)
