"""The per-document word index the recogniser's rules share (geo/document_words.py): it must answer exactly
what each rule's own walk over the tokens answered, and hold one document at a time."""
from eventwatch.geo.document_words import document_words
from eventwatch.geo.normalise import tokenize

TEXT = ("Villagers in Brindle Township said the township road was shut; township officials in Marrowby "
        "said the Township of Brindle would reopen it. The striker scored twice for Marrowby.")


def _scan(tokens, *lists):
    return [k for k, t in enumerate(tokens) if any(t.norm in words for words in lists)]


def test_positions_are_the_tokens_a_walk_over_the_document_finds_in_order():
    tokens = tokenize(TEXT)
    words = document_words(tokens)
    for lists in ([{"township"}], [{"township", "road"}], [{"in", "said"}, {"said", "of"}], [set()],
                  [{"absent"}], [frozenset(t.norm for t in tokens) | {"absent"}]):
        assert words.positions(*lists) == _scan(tokens, *lists)


def test_a_long_word_list_is_read_against_the_document_s_words_with_the_same_answer():
    tokens = tokenize(TEXT)
    many = {f"word{n}" for n in range(500)} | {"township", "scored"}
    assert document_words(tokens).positions(many) == _scan(tokens, many)
    assert document_words(tokens).count(many) == sum(t.norm in many for t in tokens)


def test_a_word_list_given_as_a_mapping_is_read_by_its_keys():
    tokens = tokenize(TEXT)
    starts = {"brindle": ("brindle",), "marrowby": ("marrowby",)}
    assert document_words(tokens).positions(starts) == _scan(tokens, starts)


def test_lower_case_words_are_those_the_document_writes_in_lower_case_somewhere():
    tokens = tokenize(TEXT)
    words = document_words(tokens)
    assert "township" in words.lower  # "the township road", though also "Brindle Township"
    assert "brindle" not in words.lower and "villagers" not in words.lower
    assert words.long_lower == frozenset(t.norm for t in tokens if t.text.islower() and len(t.text) > 2)
    assert "in" in words.lower and "in" not in words.long_lower


def test_the_index_is_kept_for_one_document_and_replaced_by_the_next():
    first = tokenize(TEXT)
    assert document_words(first) is document_words(first)
    second = tokenize("Floods reached Marrowby.")
    assert document_words(second).positions({"marrowby"}) == [2]
    assert document_words(first) is not document_words(second)
    # The same text tokenised again is another list: it gets its own index, never the other one's.
    assert document_words(tokenize(TEXT)).positions({"township"}) == _scan(first, {"township"})


def test_capitalised_words_are_those_whose_first_letter_a_walk_finds_upper_case_in_order():
    tokens = tokenize(TEXT + " ÉCLAIR Road, 12 km off A417 and route 9 of Vell-Anstow.")
    caps = document_words(tokens).capitalised
    assert caps == tuple(k for k, t in enumerate(tokens) if t.text[:1].isupper())
    assert [tokens[k].text for k in caps[:3]] == ["Villagers", "Brindle", "Township"]
    assert "route" not in {tokens[k].text for k in caps} and "ÉCLAIR" in {tokens[k].text for k in caps}
