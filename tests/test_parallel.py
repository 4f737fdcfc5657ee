"""Big inputs are studied in several processes; the briefing must not depend on how many.

A standby process loads a writer while the build reads its sources; it must answer or end, never linger.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportgen import parallel
from reportgen.parallel import chunk_bounds, map_parallel
from reportgen.sources import Document
from reportgen.summarize import summarize
from tests.conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


@given(st.lists(st.integers(0, 10_000), max_size=60), st.integers(1, 8))
def test_chunks_cover_the_sources_in_order_and_none_is_empty(sizes: list[int], parts: int) -> None:
    bounds = chunk_bounds(sizes, parts)
    if not sizes:
        assert bounds == [(0, 0)]
        return
    assert len(bounds) == min(parts, len(sizes))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(sizes)
    assert all(a < b for a, b in bounds)
    assert all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:], strict=False))


def test_chunks_share_the_work_evenly() -> None:
    sizes = [100] * 30 + [5_000] + [100] * 30
    halves = [sum(sizes[a:b]) for a, b in chunk_bounds(sizes, 2)]
    assert max(halves) - min(halves) <= 5_000


def _pid_and_square(n: int) -> tuple[int, int]:
    time.sleep(0.005)  # long enough that the other process starts before this one has taken every chunk
    return os.getpid(), n * n


def test_work_is_shared_with_another_process_and_comes_back_in_order() -> None:
    found = map_parallel(_pid_and_square, list(range(80)), sizes=[1] * 80, workers=2, min_size=0)
    assert [square for _, square in found] == [n * n for n in range(80)]
    assert len({pid for pid, _ in found}) == 2


def test_small_inputs_stay_in_this_process() -> None:
    found = map_parallel(_pid_and_square, list(range(10)), sizes=[10] * 10, workers=2)
    assert {pid for pid, _ in found} == {os.getpid()}


def test_the_briefing_is_the_same_with_one_or_two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(FIXTURES.glob("*.txt"))
    docs = [Document(f"S{i}", p.name, p.read_text(encoding="utf-8")) for i, p in enumerate(paths, 1)]
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 0)
    assert summarize(docs, workers=2).to_json() == summarize(docs, workers=1).to_json()


def _fails_in_a_worker(n: int) -> int:
    time.sleep(0.005)
    if os.getpid() != _PARENT:
        raise ValueError(f"item {n} failed")
    return n


_PARENT = os.getpid()


def test_a_failure_in_a_worker_reaches_the_caller_instead_of_hanging() -> None:
    with pytest.raises(ValueError, match="failed"):
        map_parallel(_fails_in_a_worker, list(range(40)), sizes=[1] * 40, workers=2, min_size=0)


def _load_pid_reporter():  # loading runs in the standby process, before any call
    loaded_in = os.getpid()
    return lambda n: (loaded_in, os.getpid(), n * n)


def test_a_standby_loads_and_answers_in_another_process() -> None:
    standby = parallel.Standby(_load_pid_reporter)
    standby.send(7)
    loaded_in, called_in, square = standby.result()
    assert loaded_in == called_in != os.getpid() and square == 49


def test_without_fork_a_standby_loads_and_answers_here() -> None:
    standby = parallel.Standby(_load_pid_reporter, fork=False)
    standby.send(3)
    assert standby.result() == (os.getpid(), os.getpid(), 9)


def _load_failing():
    raise ImportError("no module named docx")


def _load_raising_call():
    def call(n: int) -> int:
        raise ValueError(f"call {n} failed")
    return call


@pytest.mark.parametrize(("load", "error", "message"), [(_load_failing, ImportError, "no module"),
                                                        (_load_raising_call, ValueError, "call 2 failed")])
def test_what_a_standby_raises_reaches_the_caller(load, error, message) -> None:
    standby = parallel.Standby(load)
    standby.send(2)
    with pytest.raises(error, match=message):
        standby.result()


def test_standbys_never_called_end_when_closed() -> None:
    # Two at once: each process holds a copy of the other's pipe, so closing a pipe is no signal.
    standbys = [parallel.Standby(_load_pid_reporter) for _ in range(2)]
    processes = [s._process for s in standbys]
    start = time.perf_counter()
    for standby in standbys:
        standby.close()
    assert time.perf_counter() - start < 5 and not any(p.is_alive() for p in processes)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended, waiting for its new parent to reap it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="standbys fork only on Linux")
def test_a_standby_ends_when_the_build_that_started_it_is_killed() -> None:
    read, write = os.pipe()
    build = os.fork()
    if build == 0:  # a build that dies before it calls or closes its standby
        standby = parallel.Standby(_load_pid_reporter)
        os.write(write, str(standby._process.pid).encode())
        os._exit(1)
    os.waitpid(build, 0)
    orphan = int(os.read(read, 32))
    deadline = time.perf_counter() + 5
    while _running(orphan) and time.perf_counter() < deadline:
        time.sleep(0.05)
    assert not _running(orphan)



def _load_slow_call():
    return lambda n: time.sleep(0.5) or b"x" * 5_000_000  # more than a pipe holds


def test_a_standby_whose_answer_is_not_taken_stops_at_once(capfd) -> None:
    standby = parallel.Standby(_load_slow_call)
    standby.send(1)
    start = time.perf_counter()
    standby.close()  # as when another writer failed first
    assert time.perf_counter() - start < 0.4 and not standby._process.is_alive()
    assert capfd.readouterr().err == ""
