"""The geoparser's registry readers are read once per process: a reader that parses its YAML again for every
document made the geoparser several times slower without changing a single answer."""
from eventwatch.geo.lexicon import actor_names, arabic_actor_names, load_cues


def test_the_actor_registry_is_read_once_per_process():
    assert actor_names() is actor_names()
    assert arabic_actor_names() is arabic_actor_names()


def test_the_cue_lists_are_read_once_per_process():
    assert load_cues() is load_cues()
