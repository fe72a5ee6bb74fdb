"""The geoparser's registry readers are read once per process: a reader that parses its YAML again for every
document made the geoparser several times slower without changing a single answer."""
from eventwatch.geo.lexicon import actor_names, arabic_actor_names, load_cues


def test_the_actor_registry_is_read_once_per_process():
    assert actor_names() is actor_names()
    assert arabic_actor_names() is arabic_actor_names()


def test_the_cue_lists_are_read_once_per_process():
    assert load_cues() is load_cues()


def test_word_list_unions_are_made_once_per_cue_set_not_per_document(gaz):
    """A Recogniser lives for one document: the unions of word lists it reads (the words that end a name, the
    heads of features and facilities) are made once for its Cues and shared by every later document."""
    from dataclasses import replace

    from eventwatch.geo.recognise import Recogniser

    first, second = Recogniser(gaz), Recogniser(gaz)
    assert first._pair_stops() is second._pair_stops()
    assert "province" in first._pair_stops()
    # Other cue lists make their own union, never the one made for the bundled lists.
    other = replace(load_cues(), feature_heads=load_cues().feature_heads | {"zzyzxwold"})
    assert "zzyzxwold" in Recogniser(gaz, cues=other)._pair_stops()
    assert "zzyzxwold" not in first._pair_stops()
