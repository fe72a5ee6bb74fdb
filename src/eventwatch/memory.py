"""Python's cyclic garbage collector, set for a long batch run.

A full collection walks every object the collector tracks. Once the models are loaded that is several
hundred thousand objects (spaCy's vocabulary and pipelines, the gazetteer's cue tables, the lexicons) which
live as long as the process and can never be garbage. With the default thresholds (700, 10, 10) the
collector ran about four times per document and took 15% of a one-process ingest (1.7 s of 10.7 s over 500
benchmark documents); freezing what is loaded (`gc.freeze`, so that no collection walks it again) and
letting the young generation grow to 20,000 allocations before a pass brings that under 3%.

Freezing is for objects that stay; garbage made before the freeze is collected first. Reference cycles
made while documents are processed are still found: they die young, in the first two generations, which
keep running; only the rare full pass is spaced out.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

BATCH_THRESHOLDS = (20_000, 20, 100)


def settle_for_batch(collect: bool = True) -> tuple[int, int, int]:
    """Freeze everything alive now and raise the thresholds; the previous thresholds, to restore them.
    `collect`: collect first, so that no garbage is frozen for good (a process that stays frozen)."""
    previous = gc.get_threshold()
    if collect:
        gc.collect()
    gc.freeze()
    gc.set_threshold(*BATCH_THRESHOLDS)
    return previous


_lock = threading.Lock()
_depth = 0  # batches running in this process (the API's ingest runs beside the server's threads)
_previous: tuple[int, int, int] = gc.get_threshold()  # what the first of them found


@contextmanager
def batch_collector() -> Iterator[None]:
    """The batch settings for the length of a `with` block, in a process that goes on after it. No
    collection first (in a process with the models loaded it costs a tenth of a second a batch): what is
    frozen is unfrozen at the end, and any garbage among it is collected then as usual. Batches that
    overlap (threads) share one setting: the first sets it, the last puts back what was there before."""
    global _depth, _previous
    with _lock:
        if _depth == 0:
            _previous = settle_for_batch(collect=False)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_previous)
                gc.unfreeze()
