"""Spread per-source work over the machine's cores, when there is enough of it to pay for the processes.

Sources are studied independently, so they can be split into contiguous chunks of
about equal size: this process studies the first chunk while forked workers study
the others, and the results come back in source order, so the briefing is the same
whatever the number of workers. Forking costs a few milliseconds and sending the
results back about a tenth of the work, so small inputs stay in this process.
"""

from __future__ import annotations

import os
import sys
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_MIN_CHARS = 300_000
"""Below this much text, one process is faster than starting others (measured: bench/run.py)."""


def usable_cores() -> int:
    """Return how many cores this process may use (its CPU affinity where known)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _can_fork() -> bool:
    # Forking is cheap and inherits every import; spawning would re-import (and cost more than
    # it saves). macOS forks unsafely once system frameworks are loaded, so only Linux forks here.
    return sys.platform.startswith("linux")


def chunk_bounds(sizes: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """Return ``parts`` contiguous (start, stop) index ranges of about equal total size, none empty."""
    parts = max(1, min(parts, len(sizes)))
    reached = list(accumulate(sizes))
    cuts = [0]
    for part in range(1, parts):
        stop = bisect_left(reached, reached[-1] * part / parts) + 1  # the item reaching the share
        cuts.append(max(cuts[-1] + 1, min(stop, len(sizes) - (parts - part))))
    cuts.append(len(sizes))
    return list(zip(cuts, cuts[1:], strict=False))


def _run(func: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [func(item) for item in chunk]


def map_sources(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    sizes: Sequence[int],
    workers: int,
    min_size: int | None = None,
) -> list[R]:
    """Return ``[func(item) for item in items]``, computed in up to ``workers`` processes.

    ``func`` must be a module-level function (it is sent to the workers by name);
    ``sizes`` weigh the items so that every process gets about the same amount of work.
    """
    workers = min(workers, len(items))
    least = PARALLEL_MIN_CHARS if min_size is None else min_size
    if workers < 2 or sum(sizes) < least or not _can_fork():
        return _run(func, items)
    import multiprocessing

    chunks = [items[a:b] for a, b in chunk_bounds(sizes, workers)]
    with multiprocessing.get_context("fork").Pool(len(chunks) - 1) as pool:
        pending = [pool.apply_async(_run, (func, chunk)) for chunk in chunks[1:]]
        results = _run(func, chunks[0])
        for job in pending:
            results += job.get()
    return results
