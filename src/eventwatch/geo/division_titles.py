"""A second-level division's name without the title that says what kind of division it is.

GeoNames writes most second-level divisions with their national title ("Tatsuno-shi", "Daïra de X",
"Huyện X", "Shahrestān-e X", "X İlçesi", "Soproni járás", "Zubtsovskiy Rayon"), while town lists and towns
write the bare name; most such divisions are named after their seat. Stripping the title, only at either end
of the name (inside it the same words are part of the name: "Châu Thành"), lets a division find its
namesake seat and its spelling in another list. Russian-style and Hungarian divisions name the seat by an
adjective ("Zubtsovskiy" for Zubtsov, "Soproni" for Sopron): `adjective_stem` gives the stem to look for.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.normalise import normalise

# Titles of divisions in national usage, as `normalise` writes them (one phrase per entry): those written
# before the name, and those written after it. They are removed only there, longest phrase first, and never
# when nothing would be left.
_EITHER = ("district", "county", "parish", "borough", "municipality", "province", "region", "department",
           "prefecture", "regency", "zone", "governorate", "commune", "arrondissement", "delegation", "okrug")
PREFIX_TITLES: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    *_EITHER, "city of", "town of", "county of", "district of", "municipality of", "district municipality of",
    "regional municipality of", "regional district of", "united counties of", "municipal district of",
    "autonomous province of", "provincia autonoma di", "departamento de", "departement de", "partido de",
    "provincia de", "provincia di", "municipio de", "comuna", "municipiul", "oras", "orasul", "distrito de",
    "concelho de", "circunscricao de", "daira", "daira de", "gorod", "gorodskoy okrug", "horad", "bashkia",
    "grad", "opcina", "shahrestan e", "huyen", "quan", "thanh pho", "thi xa", "amphoe", "amphoe mueang",
    "muang", "srok", "krong", "kabupaten", "kota",
))
SUFFIX_TITLES: frozenset[tuple[str, ...]] = frozenset(tuple(p.split()) for p in (
    *_EITHER, "regional district", "regional municipality", "district municipality", "district council",
    "local government area", "local government", "urban district", "rural district", "urban okrug",
    "municipal okrug", "city", "barrio", "rayon", "raion", "rajon", "gorodskoy okrug",
    "gorodskaya administratsiya", "pagasts", "novads", "jaras", "ilcesi", "merkez", "audany", "qalasy",
    "selskiy okrug", "tumani", "shahri", "shi", "gun", "ku", "shicho", "si", "gu", "kun", "guyok", "diqu",
    "zizhizhou", "xian",
))
_ELIDED = re.compile(r"\b[dl]['’]", re.IGNORECASE)
_LONGEST = max(len(t) for t in PREFIX_TITLES | SUFFIX_TITLES)

# Adjectival endings by which a division names its seat, longest first: Russian-style "-skiy" in its
# transliterations, and the Hungarian "-i".
ADJECTIVE_ENDINGS = ("skaya", "skoye", "skiy", "skij", "skii", "skyy", "skyi", "skoy", "sky", "ski", "i")


def title_free(name: str) -> str:
    """The name as `normalise` writes it, less division titles at its start and end."""
    # A French elided article ("Daïra d'Akbou") would otherwise fold into the name it precedes.
    toks = normalise(_ELIDED.sub("", name.replace("-", " "))).split()
    changed = True
    while changed:
        changed = False
        for n in range(min(_LONGEST, len(toks) - 1), 0, -1):
            if tuple(toks[:n]) in PREFIX_TITLES:
                toks, changed = toks[n:], True
                break
            if tuple(toks[-n:]) in SUFFIX_TITLES:
                toks, changed = toks[:-n], True
                break
    return " ".join(toks)


def adjective_stem(name: str) -> Optional[str]:
    """The stem of a titled one-word adjectival division name ("Zubtsovskiy Rayon" → "zubtsov"), else None.

    Only a name that carried a title is read as an adjective: a bare "Bari" is a name, not an adjective."""
    bare = title_free(name)
    if " " in bare or bare == normalise(name.replace("-", " ")):
        return None
    for ending in ADJECTIVE_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 4:
            return bare[: -len(ending)]
    return None
