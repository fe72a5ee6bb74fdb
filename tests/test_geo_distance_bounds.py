"""Loops over many readings (the resolver's "nearby" and county terms, the publisher's home) skip a point
farther in latitude alone than their limit without working out the distance: the skip must never drop a
point the distance would have kept, to the last bit."""
import random

from eventwatch.geo.distances import KM_PER_DEGREE, flat_km


def test_the_latitude_gap_is_never_more_than_the_flat_distance():
    rng = random.Random(7)
    for _ in range(20000):
        lat1, lat2 = rng.uniform(-89.9, 89.9), rng.uniform(-89.9, 89.9)
        lon1, lon2 = rng.uniform(-180, 180), rng.uniform(-180, 180)
        if rng.random() < 0.3:
            lon2 = lon1  # due north or south: the gap is the whole distance
        assert KM_PER_DEGREE * abs(lat1 - lat2) <= flat_km(lat1, lon1, lat2, lon2)


def test_two_towns_a_degree_apart_in_latitude_are_as_far_as_the_gap_says_or_farther():
    assert flat_km(10.0, 20.0, 11.0, 20.0) == KM_PER_DEGREE * abs(10.0 - 11.0)
    assert flat_km(10.0, 20.0, 11.0, 20.5) > KM_PER_DEGREE * abs(10.0 - 11.0)
