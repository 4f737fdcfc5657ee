"""Big inputs are studied in several processes; the briefing must not depend on how many."""

from __future__ import annotations

import os
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
