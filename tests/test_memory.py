"""The collector settings of a batch: loaded objects frozen, young generations larger, all undone after."""
from __future__ import annotations

import gc

from eventwatch.memory import BATCH_THRESHOLDS, batch_collector, settle_for_batch


def test_a_batch_freezes_what_is_loaded_and_raises_the_thresholds_for_its_length_only():
    before = gc.get_threshold()
    loaded = [{"model": i} for i in range(1000)]  # stands for the models: alive before the batch starts
    with batch_collector():
        assert gc.get_threshold() == BATCH_THRESHOLDS
        assert gc.get_freeze_count() >= len(loaded)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_a_batch_are_still_collected():
    with batch_collector():
        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() > 0  # the frozen objects are left alone, new garbage is not


def test_a_worker_settles_once_and_gets_back_what_it_had():
    previous = gc.get_threshold()
    try:
        assert settle_for_batch() == previous
        assert gc.get_threshold() == BATCH_THRESHOLDS
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def test_overlapping_batches_put_back_the_settings_of_before_when_the_last_one_ends():
    before = gc.get_threshold()
    with batch_collector():
        with batch_collector():
            assert gc.get_threshold() == BATCH_THRESHOLDS
        assert gc.get_threshold() == BATCH_THRESHOLDS  # the outer batch is still running
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
