"""Where the articles are built: in this process, in a pool of processes, or on a Dask cluster.

Each yields the Outcomes as they finish, with only a few tasks in flight per worker,
so that the client's memory does not grow with the corpus. Closing the iterator early
(a --strict run that met a failure) cancels what has not started.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from ..errors import KgError

IN_FLIGHT_PER_WORKER = 4


class SchedulerUnusable(KgError):
    """--scheduler names no scheduler that answers, or Dask is not installed: an unusable argument."""

    exit_code = 2


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def run_tasks(work: Callable, tasks: Iterable, jobs: int, scheduler: str | None = None) -> Iterator:
    tasks = list(tasks)
    if scheduler:
        return _on_dask(work, tasks, scheduler)
    if jobs <= 1 or len(tasks) <= 1:
        return (work(task) for task in tasks)
    return _in_pool(work, tasks, jobs)


def _in_pool(work: Callable, tasks: list, jobs: int) -> Iterator:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # spawn, not fork: a forked child would inherit the open store and the parent's threads
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=multiprocessing.get_context("spawn"))
    pending = set()
    queue = iter(tasks)
    try:
        for task in queue:
            pending.add(pool.submit(work, task))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = next(queue, None)
                if task is not None:
                    pending.add(pool.submit(work, task))
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _on_dask(work: Callable, tasks: list, scheduler: str) -> Iterator:
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise SchedulerUnusable("--scheduler needs Dask's distributed package: pip install 'vnkg[cluster]'") from exc
    try:
        client = Client(scheduler, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnusable(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    try:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        queue = iter(tasks)
        first = [client.submit(work, t, pure=False) for t, _ in zip(queue, range(workers * IN_FLIGHT_PER_WORKER))]
        running = as_completed(first, loop=client.loop)
        for future in running:
            task = next(queue, None)
            if task is not None:
                running.add(client.submit(work, task, pure=False))
            yield future.result()
            future.release()
    finally:
        client.close()
