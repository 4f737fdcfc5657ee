"""Spread independent work over the machine's cores, when there is enough of it to pay for the processes.

Sources are studied independently, and the writers render independently. The
items are split into contiguous chunks of about equal size, many per process:
this process and forked workers each take the next chunk left until none is, so
a slow chunk or a slow worker holds nobody up. The results are put back in item
order, so the briefing and the files are the same whatever the number of
workers. A worker sends each chunk's results back as soon as it has them, and
this process reads them between its own chunks, so that pickling and reading
overlap the work (measured: 0.1 s less on 3 MB than one message at the end).
Forking costs a few milliseconds, so small inputs stay in this process.

A `Standby` is the other use of a second core: a process that gets one step
ready (the writers' imports) while this process does the step before it.
"""

from __future__ import annotations

import os
import sys
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any, TypeVar

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


CHUNKS_PER_PROCESS = 16
"""Enough chunks that the processes finish together; few enough that handing them out costs nothing."""


def _run(func: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [func(item) for item in chunk]


_shared: tuple[Callable[[Any], Any], Sequence[Any], list[tuple[int, int]], Any, Any] | None = None
"""The work of the current `map_parallel` call, set before forking so that workers inherit it
(nothing is pickled on the way out): the function, the items, the chunks' bounds, the shared
counter of chunks taken, and the queue on which workers send their results back."""


def _take_chunks(main: bool = False) -> dict[int, list[Any]]:
    """Study chunks nobody has taken until none is left; return their results by chunk number.

    A worker sends each chunk's results at once instead (pickled while the others still
    work); the main process keeps its own and loads the workers' between its chunks.
    """
    import pickle

    assert _shared is not None
    func, items, bounds, counter, sent = _shared
    done: dict[int, list[Any]] = {}
    while True:
        with counter.get_lock():
            number = counter.value
            counter.value += 1
        if number >= len(bounds):
            return done
        start, stop = bounds[number]
        result = _run(func, items[start:stop])
        if main:
            done[number] = result
            _load_sent(sent, done, block=False)
        else:
            sent.put((number, pickle.dumps(result, pickle.HIGHEST_PROTOCOL)))


def _load_sent(sent: Any, done: dict[int, list[Any]], *, block: bool) -> None:
    """Load into ``done`` every chunk the workers have sent so far, or (``block``) wait for the next one."""
    import pickle
    import queue

    while True:
        try:
            number, data = sent.get(block)
        except queue.Empty:
            return
        done[number] = pickle.loads(data)
        if block:
            return


def map_parallel(
    func: Callable[[T], R],
    items: Sequence[T],
    *,
    sizes: Sequence[int],
    workers: int,
    min_size: int | None = None,
) -> list[R]:
    """Return ``[func(item) for item in items]``, computed in up to ``workers`` processes.

    Workers inherit ``func`` and ``items`` by forking (nothing is pickled on the way out); results
    and exceptions come back pickled. ``sizes`` weigh the items so that every process gets about
    the same amount of work; below ``min_size`` in all (default: `PARALLEL_MIN_CHARS`), one
    process does it.
    """
    workers = min(workers, len(items))
    least = PARALLEL_MIN_CHARS if min_size is None else min_size
    if workers < 2 or sum(sizes) < least or not _can_fork():
        return _run(func, items)
    import multiprocessing

    global _shared
    context = multiprocessing.get_context("fork")
    bounds = chunk_bounds(sizes, workers * CHUNKS_PER_PROCESS)
    sent = context.Queue()
    _shared = (func, items, bounds, context.Value("i", 0), sent)
    try:
        with context.Pool(workers - 1) as pool:
            pending = [pool.apply_async(_take_chunks) for _ in range(workers - 1)]
            done = _take_chunks(main=True)
            for job in pending:
                job.get()  # raises what a worker raised
            while len(done) < len(bounds):
                _load_sent(sent, done, block=True)
    finally:
        _shared = None
    return [result for number in sorted(done) for result in done[number]]


class Standby:
    """A function made ready in a process of its own while this one works, then called there once.

    ``load`` returns the function; it runs in a process forked at once, so its
    imports (python-docx, say) happen while this process does something else.
    `send` gives that process the call's arguments (pickled) and `result` waits
    for the answer, raising what the call raised. Where this platform does not
    fork, or with ``fork`` False, both happen here, in `result`.
    """

    def __init__(self, load: Callable[[], Callable[..., Any]], *, fork: bool = True) -> None:
        self._load = load
        self._call: tuple[tuple[Any, ...], dict[str, Any]] | None = None
        self._conn: Any = None
        self._process: Any = None
        if fork and _can_fork():
            import multiprocessing

            context = multiprocessing.get_context("fork")
            self._conn, child = context.Pipe()
            self._process = context.Process(target=_stand_by, args=(child, load, os.getpid()),
                                            daemon=True)
            self._process.start()
            child.close()

    def send(self, *args: Any, **kwargs: Any) -> None:
        """Start the call (in the other process) with these arguments."""
        self._call = (args, kwargs)
        if self._conn is not None:
            self._conn.send(self._call)

    def result(self) -> Any:
        """Return what the call returned, once it has; raise what it raised."""
        if self._conn is None:
            assert self._call is not None, "send() comes first"
            args, kwargs = self._call
            return self._load()(*args, **kwargs)
        try:
            ok, value = self._conn.recv()
        except EOFError:
            raise RuntimeError("a worker process ended without an answer") from None
        finally:
            self._conn.close()
            self._conn = None
            self._process.join()
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the other process if its answer was not taken: called or not, it is no longer wanted."""
        if self._conn is not None:
            self._process.terminate()
            self._process.join()
            self._conn.close()
            self._conn = None


def _stand_by(conn: Any, load: Callable[[], Callable[..., Any]], parent: int) -> None:
    """Load, then wait for the one call and send back its answer (or end with the process that started it)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this
    try:
        func: Callable[..., Any] | None = load()
        failure: BaseException | None = None
    except Exception as error:  # raised with the call, where the caller is waiting for it
        func, failure = None, error
    while not conn.poll(0.5):
        if os.getppid() != parent:  # the parent was killed: nobody will call
            return
    args, kwargs = conn.recv()
    try:
        if func is None:
            assert failure is not None
            raise failure
        answer: tuple[bool, Any] = (True, func(*args, **kwargs))
    except Exception as error:
        answer = (False, error)
    try:
        conn.send(answer)
    except Exception as error:  # an answer or an error that cannot be pickled
        conn.send((False, RuntimeError(f"{type(error).__name__}: {error}")))
