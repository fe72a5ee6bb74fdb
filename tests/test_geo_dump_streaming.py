"""A dump build streams: it holds only the rows bundled or curated entries can touch, and reads
alternateNamesV2 back from disk a batch at a time (allCountries is 12.5 million rows)."""
from __future__ import annotations

from pathlib import Path

from eventwatch.geo.dumps import (
    DumpSurvey,
    SpilledAlternateNames,
    alternate_name_rows,
    read_alternate_names,
    read_geonames,
)
from eventwatch.geo.store import NAME_ALT, NAME_MAIN, PlaceRecord

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


def _row(gid: int, name: str, code: str = "PPL", cc: str = "XA", a1: str = "XA.01") -> PlaceRecord:
    return PlaceRecord(name, 10.0, 20.0, cc, a1, None, code, 0, gid, names=[(name, NAME_MAIN)])


def test_survey_holds_rows_by_id_or_wanted_name_and_only_counts_the_rest():
    rows = [_row(1, "Nowhereville"), _row(2, "Kept By Id"), _row(3, "Qasr Wanted"),
            _row(4, "Upper Province", "ADM1", cc="XB", a1="XB.07"), _row(5, "Plain Hamlet", cc="XC")]
    rows[4].names.append(("Qasr-Wanted", NAME_ALT))  # an alternate spelling that normalises to a wanted name
    survey = DumpSurvey(ids={2}, names={"qasr wanted"}).read(rows)
    assert sorted(survey.held) == [1, 2, 4]  # positions in the stream, in its order
    assert [r.geonames_id for r in survey.held.values()] == [2, 3, 5]
    assert survey.countries == {"XA", "XB", "XC"}
    assert survey.division_countries == {"XB"}
    assert survey.admin1_names == {"XB.07": "Upper Province"}
    assert survey.has_id(1) and survey.has_id(5) and not survey.has_id(6) and not survey.has_id(None)


def test_survey_of_a_dump_file_keeps_positions_matching_a_second_reading():
    survey = DumpSurvey(ids={170063}, names={"idlib"}).read(read_geonames(FIXTURES / "SY_sample.txt"))
    again = list(read_geonames(FIXTURES / "SY_sample.txt"))
    assert {n: r.geonames_id for n, r in survey.held.items()} == {n: again[n].geonames_id for n in survey.held}
    # The governorate is held too: its derived name "Idlib" (division word dropped) is a wanted one.
    assert {r.name for r in survey.held.values()} == {"Aleppo", "Idlib", "Idlib Governorate"}


def test_spilled_alternate_names_read_back_as_the_in_memory_reader_gives_them(tmp_path):
    path = FIXTURES / "alternateNames_sample.txt"
    spilled = SpilledAlternateNames(path, tmp_path)
    try:
        wanted = {gid for gid, _ in alternate_name_rows(path)} | {999}
        assert dict(spilled.of(wanted)) == dict(read_alternate_names(path, wanted))
        assert dict(spilled.of([168325])) == {168325: ["Khan Cheikhoun", "Khan Sheikhoun"]}  # file order
    finally:
        spilled.close()


def test_spilled_alternate_names_answer_more_ids_than_one_query_binds(tmp_path):
    path = tmp_path / "alternateNamesV2.txt"
    def name(i: int) -> str:  # letters only: alternate names with digits are not kept
        return "Place " + "".join("abcdefghij"[int(d)] for d in str(i))

    path.write_text("".join(f"{i}\t{5000 + i}\ten\t{name(i)}\t\t\t\t\t\t\n" for i in range(1, 2501)),
                    encoding="utf-8")
    spilled = SpilledAlternateNames(path, tmp_path)
    try:
        got = spilled.of(range(5001, 7501))
        assert len(got) == 2500 and got[7500] == [name(2500)]
    finally:
        spilled.close()


def test_store_automaton_is_read_back_from_the_pickled_form_and_from_older_stores_format(tmp_path):
    import ahocorasick

    from eventwatch.geo.store import AUTOMATON_FILE, load_automaton, name_key, write_store

    rec = PlaceRecord("Qasr Tallun", 33.0, 36.0, "XA", None, None, "PPL", 10, 77, names=[("Qasr Tallun", NAME_MAIN)])
    store = write_store([rec], tmp_path / "store", admin1_names={}, admin2_names={})
    key = name_key("Qasr Tallun")
    fresh = load_automaton(store / AUTOMATON_FILE)
    assert fresh.get(key) == (1 << 8) | len(key)  # key id 1, key length
    assert [value for _end, value in fresh.iter(f"near {key} today")] == [(1 << 8) | len(key)]
    older = tmp_path / "older.automaton"
    fresh.save(str(older))  # the format of stores written before the pickled one
    again = load_automaton(older)
    assert isinstance(again, ahocorasick.Automaton) and sorted(again.items()) == sorted(fresh.items())
