"""Geoparsing evaluation: readers for the four public corpora and the scores of Gritta et al. (2019).

Corpora: GeoWebNews (`<toponym>` with `extractedName`, `type`, `geonamesID`, `latitude`), LGL and TR-News
(`<toponym>` with `phrase` and a `<gaztag geonameid=…>`), GeoVirus (`<location>` with `name`, `lat`, `lon`).
Scores: recognition precision/recall/F1 on exact and overlapping spans; resolution accuracy within 161 km,
median and mean error, the area under the log-error curve (AUC, lower is better), exact GeoNames id match,
and throughput (documents per second once the geoparser has loaded its word lists on a text of its own;
that loading is reported apart as `warm_up_seconds`).

Outside GeoWebNews every returned name counts as a predicted toponym, demonyms included where the corpus
annotates them: LGL and TR-News tag "American" or "Syrian" as toponyms, GeoVirus tags place names alone (none
of its gold spans is a demonym), so there a demonym the geoparser returns as an actor's origin ("Norwegian
vets said", cue "demonym") is no prediction, nor is one inside another thing's name ("the Peruvian Health
Ministry", cue "embedded": a demonym still, `embedded_demonym`) (`demonyms_scored` False; `--raw-facilities`
counts them as returned). An adjective the geoparser reads as a literal place ("on Norwegian farms", cue "place modifier") is
still counted: it claims a place, and GeoVirus scores it as a spurious one. A gold toponym the geoparser recognised but could not resolve is scored
for distance at the stand-in place it gave (`Toponym.fallback`: the place it is said to lie in, or the place the document is
about), as a user would see it; `scored_at_stand_in` says how many, and a stand-in never counts as an exact
GeoNames id.

Named buildings and sites are scored by each corpus's own scheme (`facility_scheme`), as the corpora disagree
by design. GeoWebNews annotates the facility ("Harwick Memorial Hospital", "Benton Arena") as a toponym, so the
geoparser's facility is the prediction and the place name inside it (returned non-locational, cue
"embedded") is not. LGL, TR-News and GeoVirus annotate place names: the name inside a facility ("Benton
County" in "Benton County Hospital") is their toponym, so a facility holding a known place name is scored as
that name, a building holding none is no prediction at all, and a site holding none ("Fort Alder", "Riverside
Park", names GeoNames lists) is scored as itself. The curated landmarks (geo/landmarks.py) follow the same
rule: "the Kremlin" is a building and no place name there, "Tahrir Square" a site that is, and a landmark
named for the town it stands at ("Sednaya prison", "Baghdad International Airport") is scored as that town's
name, which the geoparser returns inside it marked embedded. Airports and air bases are sites: LGL and
TR-News annotate "Heathrow", "Dulles Airport" or "Pearson International Airport" whole, and "Vancouver" in
"Vancouver International Airport"; GeoVirus annotates "Fort Hood" and "Fort Detrick". `facilities_scored`
and `facility_scheme` in the scores say which reading was applied; `evaluate_corpus(..., by_scheme=False)`
(`evaluate geo --raw-facilities`) scores every returned name as it was returned, for comparison. The mapping is the schemes' rule, not their
every decision: TR-News also tags some buildings (a hospital someone is taken to), which it then counts as
misses.
"""
from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from eventwatch.geo.facilities import is_site
from eventwatch.geo.gazetteer import NAME_DEMONYM
from eventwatch.geo.landmarks import KIND_FEATURE_CODES, LANDMARK_FEATURES
from eventwatch.geo.distances import haversine_km
from eventwatch.model import Toponym

MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error charged for an unresolved toponym
ACC_KM = 161.0

# GeoWebNews' taxonomy (Gritta et al. 2019): literal and associative toponyms; the rest are not toponyms.
GWN_LITERAL = frozenset({"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion"})
GWN_ASSOCIATIVE = frozenset({"Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language"})


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    kind: Optional[str] = None  # GeoWebNews type
    literal: bool = True


@dataclass
class GoldDocument:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    # Where the article was published (LGL's and TR-News's `url`/`domain`, GeoWebNews's `link`, GeoVirus's
    # `source`): input a user has too, from which the publisher's country and home town are read.
    url: Optional[str] = None


@dataclass
class Corpus:
    format: str  # gwn | lgl | geovirus
    documents: list[GoldDocument]

    @property
    def literal_only(self) -> bool:
        """GeoWebNews marks literal use; recognition there is scored on literal toponyms."""
        return self.format == "gwn"

    @property
    def annotates_facilities(self) -> bool:
        """GeoWebNews annotates named buildings and sites as toponyms; the others annotate the place names
        inside them (and sites named without one)."""
        return self.format == "gwn"

    @property
    def annotates_demonyms(self) -> bool:
        """GeoVirus annotates place names only; the others tag demonyms too (GeoWebNews as associative)."""
        return self.format != "geovirus"


# -- readers -------------------------------------------------------------------------------------------


def _float(v: Optional[str]) -> Optional[float]:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def _int(v: Optional[str]) -> Optional[int]:
    try:
        return int(v) if v not in (None, "") else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Corpus offsets are sometimes off by a few characters: snap to the nearest occurrence of the name."""
    if not name or text[start:end] == name:
        return start, end
    best = None
    lo = max(0, start - 40)
    k = text.find(name, lo, start + len(name) + 40)
    while k != -1 and k <= start + 40:
        if best is None or abs(k - start) < abs(best - start):
            best = k
        k = text.find(name, k + 1, start + len(name) + 40)
    if best is None:
        return start, end
    return best, best + len(name)


def _article_url(art: ET.Element) -> Optional[str]:
    """The article's address as the corpus gives it: a full URL where there is one, else its domain."""
    for tag in ("url", "link", "source", "domain"):
        value = (art.findtext(tag) or "").strip()
        if value:
            return value
    return None


def detect_format(root: ET.Element) -> str:
    if root.find(".//location") is not None:
        return "geovirus"
    if root.find(".//toponym/extractedName") is not None:
        return "gwn"
    if root.find(".//toponym/gaztag") is not None or root.find(".//toponym/phrase") is not None:
        return "lgl"
    raise ValueError("unknown geoparsing corpus format (expected GeoWebNews, LGL, TR-News or GeoVirus XML)")


def read_corpus(path: str | Path) -> Corpus:
    root = ET.parse(path).getroot()
    fmt = detect_format(root)
    docs = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or art.findtext("source") or str(n)
        toponyms = []
        if fmt == "gwn":
            for t in art.iter("toponym"):
                kind = (t.findtext("type") or "").strip()
                if kind not in GWN_LITERAL and kind not in GWN_ASSOCIATIVE:
                    continue
                name = t.findtext("extractedName") or ""
                s, e = _align(text, int(t.findtext("start")), int(t.findtext("end")), name)
                toponyms.append(GoldToponym(s, e, name, _float(t.findtext("latitude")), _float(t.findtext("longitude")),
                                            _int(t.findtext("geonamesID")), kind, kind in GWN_LITERAL))
        elif fmt == "lgl":
            for t in art.iter("toponym"):
                name = t.findtext("phrase") or ""
                s, e = _align(text, int(t.findtext("start")), int(t.findtext("end")), name)
                tag = t.find("gaztag")
                lat = lon = gid = None
                if tag is not None:
                    lat, lon, gid = _float(tag.findtext("lat")), _float(tag.findtext("lon")), _int(tag.get("geonameid"))
                toponyms.append(GoldToponym(s, e, name, lat, lon, gid))
        else:
            for t in art.iter("location"):
                name = t.findtext("name") or ""
                s, e = _align(text, int(t.findtext("start")), int(t.findtext("end")), name)
                toponyms.append(GoldToponym(s, e, name, _float(t.findtext("lat")), _float(t.findtext("lon"))))
        docs.append(GoldDocument(str(doc_id), text, toponyms, _article_url(art)))
    return Corpus(fmt, docs)


# -- scores --------------------------------------------------------------------------------------------


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_spans(pred: list[tuple[int, int]], gold: list[tuple[int, int]], overlap: bool) -> dict[int, int]:
    """One-to-one matching gold index → predicted index (exact spans, or any overlap)."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            if pi in used:
                continue
            if (ps, pe) == (gs, ge) or (overlap and ps < ge and gs < pe):
                out[gi] = pi
                used.add(pi)
                break
    return out


def place_name_predictions(predicted: list[Toponym]) -> list[Toponym]:
    """The predictions a corpus that annotates place names only would count: each facility replaced by the
    known place names inside it, which the geoparser returns beside it (cue "embedded"); a building with
    none dropped, a site with none kept as itself."""
    out = []
    for t in predicted:
        landmark = _landmark(t)
        if t.cue == "facility" or landmark:
            inner = any(u is not t and u.cue == "embedded" and t.start <= u.start and u.end <= t.end
                        for u in predicted)
            if inner or (not landmark and not is_site(t.text)):
                continue
        if landmark and _landmark_building(t):
            continue  # "the White House", "the Kremlin", "Sednaya prison": a building, as facilities are
        out.append(t)
    return out


# Curated landmarks (geo/landmarks.py) that are open ground rather than buildings: squares, camps, and the
# airports and bases that GeoNames lists as places of their own and these corpora annotate by their names
# ("Heathrow", "Dulles Airport", "Fort Hood"), as they do a facility whose head is a site.
_LANDMARK_SITES = frozenset(KIND_FEATURE_CODES[k] for k in ("square", "camp", "airport", "base"))


def embedded_demonym(gazetteer, t: Toponym) -> bool:
    """A people's name the geoparser returns inside another thing's name ("the European Parliament", "the
    Peruvian Health Ministry"): it keeps the cue "embedded", which callers read to skip it, yet it is a demonym
    (every exact reading of it is one), and a corpus that tags place names alone does not annotate it."""
    if t.cue != "embedded":
        return False
    found = [c for c in gazetteer.lookup(t.text, limit=20) if c.exact]
    return bool(found) and all(c.kind == NAME_DEMONYM for c in found)


def _landmark(t: Toponym) -> bool:
    """A curated landmark; it has no GeoNames id of its own."""
    place = t.place
    return place is not None and place.geonames_id is None and place.feature_code in LANDMARK_FEATURES


def _landmark_building(t: Toponym) -> bool:
    """A curated landmark that is a building or a compound."""
    return _landmark(t) and t.place.feature_code not in _LANDMARK_SITES


def auc_log_error(errors: list[float]) -> float:
    """Area under the sorted log-error curve, scaled to 0-1 (Gritta et al. 2019; lower is better)."""
    if not errors:
        return 0.0
    ys = [math.log(e + 1) / math.log(MAX_ERROR_KM + 1) for e in sorted(errors)]
    if len(ys) == 1:
        return ys[0]
    return sum((ys[k] + ys[k + 1]) / 2 for k in range(len(ys) - 1)) / (len(ys) - 1)


@dataclass
class GeoScores:
    corpus: str
    format: str
    documents: int = 0
    gold_toponyms: int = 0
    predicted_toponyms: int = 0
    recognition_precision: Optional[float] = 0.0  # None when gold spans were given
    recognition_recall: Optional[float] = 0.0
    recognition_f1: Optional[float] = 0.0
    recognition_precision_overlap: Optional[float] = 0.0
    recognition_recall_overlap: Optional[float] = 0.0
    recognition_f1_overlap: Optional[float] = 0.0
    recognition_scope: str = "all toponyms"
    # Whether a predicted facility's own span counts as a toponym prediction, and the reading applied:
    # "facility" (GeoWebNews: the building's name is the toponym), "place names" (the others: the place names
    # inside it, or a site's own name; `place_name_predictions`), "as returned" (no mapping asked for).
    facilities_scored: bool = True
    facility_scheme: str = "facility"
    # Whether a returned demonym ("Canadian", cue "demonym") counts as a predicted toponym: not where the
    # corpus annotates place names alone (GeoVirus), unless no mapping was asked for.
    demonyms_scored: bool = True
    resolved_on: str = "recognised spans"
    gold_with_coordinates: int = 0
    scored_at_stand_in: int = 0  # gold toponyms the system left unresolved, scored at their stand-in place
    acc161: float = 0.0
    median_error_km: float = 0.0
    mean_error_km: float = 0.0
    auc: float = 0.0
    gold_with_geonames_id: int = 0
    geonames_exact: float = 0.0
    gold_ids_in_gazetteer: Optional[float] = None
    acc161_ids_in_gazetteer: Optional[float] = None  # acc161 over gold toponyms whose id the gazetteer holds
    geonames_exact_ids_in_gazetteer: Optional[float] = None
    seconds: float = 0.0
    docs_per_second: float = 0.0
    # Loading the geoparser's word lists and caches on its first text, timed apart from the documents (as
    # benchmarks/throughput.py starts its clock once the models are loaded).
    warm_up_seconds: float = 0.0
    workers: int = 1  # processes that geoparsed the documents (`evaluate_corpus`)


_WARM_UP_TEXT = ("GENEVA, 3 March (Reuters) - Shelling hit Maaret al-Numan and the western Aleppo countryside, "
                 "near the M5 highway, said officials in Damascus. The United Nations said 12 people were killed.")


def warm_up(gazetteer, gold_toponyms: bool = False) -> None:
    """Run the geoparser once on a text of our own, so that the word lists and caches it loads on its first
    document are not counted in the corpus's documents per second. The grid of towns that places a written
    coordinate is one of them: built on the first coordinate a corpus holds (a few tenths of a second), it
    would otherwise count against whichever document happens to hold one."""
    from eventwatch.geo import geoparse, resolve_names
    from eventwatch.geo.lazy_lists import load_lazy_lists

    load_lazy_lists()  # the lists a rule loads on the first document that needs it (geo/lazy_lists.py)
    if gold_toponyms:
        start = _WARM_UP_TEXT.index("Maaret")
        resolve_names(gazetteer, _WARM_UP_TEXT, [(start, start + len("Maaret al-Numan"))])
    else:
        geoparse(gazetteer, _WARM_UP_TEXT)
    gazetteer.nearest_place(35.65, 36.68)


@dataclass
class _DocumentScore:
    """One document's share of the corpus's scores: the counts, the errors and the error rows it adds, in the
    order a single pass adds them (so that results gathered from several processes add up to the same)."""

    seconds: float = 0.0  # geoparsing this document
    tp_exact: int = 0
    tp_overlap: int = 0
    n_pred: int = 0
    n_gold: int = 0
    errs: list[float] = field(default_factory=list)
    stand_ins: int = 0
    by_id: list[tuple[int, float, bool]] = field(default_factory=list)  # (gold id, error, id matched)
    rows: list[dict] = field(default_factory=list)  # the --errors lines


@dataclass
class _DocumentScorer:
    """Geoparses a document (or resolves its gold spans) and scores it against its gold annotation."""

    corpus: Corpus
    gazetteer: object
    gold_toponyms: bool
    nlp: object
    mapped: bool  # facilities read by the corpus's scheme (`place_name_predictions`)
    demonyms: bool  # returned demonyms count as predicted toponyms
    use_urls: bool
    sources: object
    want_rows: bool

    def __call__(self, doc: GoldDocument) -> _DocumentScore:
        from eventwatch.geo import geoparse, resolve_names

        gazetteer, corpus, gold_toponyms, sources = self.gazetteer, self.corpus, self.gold_toponyms, self.sources
        out = _DocumentScore()
        rows = out.rows if self.want_rows else None
        url = doc.url if self.use_urls else None
        t0 = time.perf_counter()
        if gold_toponyms:
            predicted = resolve_names(gazetteer, doc.text, [(g.start, g.end) for g in doc.toponyms], document_id=doc.id,
                                      url=url, sources=sources)
        else:
            spacy_doc = self.nlp(doc.text) if self.nlp is not None else None
            predicted = geoparse(gazetteer, doc.text, document_id=doc.id, spacy_doc=spacy_doc, url=url,
                                 sources=sources)
        out.seconds = time.perf_counter() - t0
        if self.mapped:
            predicted = place_name_predictions(predicted)

        if not gold_toponyms:
            if corpus.literal_only:
                gold_rec = [(g.start, g.end) for g in doc.toponyms if g.literal]
                pred_rec = [(t.start, t.end) for t in predicted if t.locational]
            else:
                gold_rec = [(g.start, g.end) for g in doc.toponyms]
                pred_rec = [(t.start, t.end) for t in predicted
                            if self.demonyms or (t.cue != "demonym" and not embedded_demonym(gazetteer, t))]
            out.tp_exact = len(match_spans(pred_rec, gold_rec, overlap=False))
            out.tp_overlap = len(match_spans(pred_rec, gold_rec, overlap=True))
            out.n_pred = len(pred_rec)
            out.n_gold = len(gold_rec)
            if rows is not None:
                m = match_spans(pred_rec, gold_rec, overlap=True)
                hit_pred = set(m.values())
                for gi, g in enumerate(gold_rec):
                    if gi not in m:
                        rows.append({"doc": doc.id, "kind": "missed", "text": doc.text[g[0]:g[1]],
                                     "context": doc.text[max(0, g[0] - 60):g[1] + 60]})
                for pi, p in enumerate(pred_rec):
                    if pi not in hit_pred:
                        rows.append({"doc": doc.id, "kind": "spurious", "text": doc.text[p[0]:p[1]],
                                     "context": doc.text[max(0, p[0] - 60):p[1] + 60]})

        # Resolution: each gold toponym with coordinates, against the prediction on its span.
        spans = [(t.start, t.end) for t in predicted]
        m = match_spans(spans, [(g.start, g.end) for g in doc.toponyms], overlap=True)
        for gi, g in enumerate(doc.toponyms):
            if g.lat is None or g.lon is None:
                continue
            named = predicted[m[gi]].place if gi in m else None
            place = (named or predicted[m[gi]].fallback) if gi in m else None
            out.stand_ins += named is None and place is not None
            if place is not None and place.lat is not None:
                err = haversine_km(g.lat, g.lon, place.lat, place.lon)
            else:
                err = MAX_ERROR_KM
            out.errs.append(err)
            if g.geonames_id:
                ok = named is not None and named.geonames_id == g.geonames_id
                out.by_id.append((g.geonames_id, err, ok))
            if rows is not None and err > ACC_KM:
                rows.append({"doc": doc.id, "kind": "resolution", "text": g.name, "gold": [g.lat, g.lon, g.geonames_id],
                             "got": None if place is None else [place.name, place.country_code, place.feature_code,
                                                                 place.geonames_id, round(err)],
                             "context": doc.text[max(0, g.start - 80):g.end + 80]})
        return out


def evaluate_corpus(
    corpus: Corpus,
    gazetteer,
    *,
    name: str = "",
    gold_toponyms: bool = False,
    nlp=None,
    progress: Optional[Callable[[int], None]] = None,
    errors: Optional[list[dict]] = None,
    by_scheme: bool = True,
    use_urls: bool = True,
    sources=None,
    workers: int = 1,
) -> GeoScores:
    """Geoparse every document (or resolve its gold spans) and score against the gold annotation.

    `by_scheme`: score named facilities by the corpus's own annotation scheme (module docstring);
    False scores every returned name as returned. `use_urls`: give the geoparser each document's address
    (publisher's country and home town), as a user's documents would carry it. `sources`: a user's list of
    outlets' homes (`publisher_home.load_sources`), read against those addresses.

    `workers` > 1: geoparse in that many processes forked once the geoparser is warmed up
    (evaluate/geo_workers.py), the scores and error rows gathered in document order, so identical to one
    process's; `docs_per_second` is then documents over the wall-clock seconds of the whole resolving phase
    (the workers' start included), where one process counts its geoparsing time alone. Where processes
    cannot be forked, one process does the work (`GeoScores.workers` says how many did)."""
    from eventwatch.evaluate.geo_workers import ForkedMap, can_fork

    scores = GeoScores(name or corpus.format, corpus.format, documents=len(corpus.documents))
    if gold_toponyms:
        scores.resolved_on = "gold spans"
    if corpus.literal_only:
        scores.recognition_scope = "literal toponyms (locational predictions)"
    mapped = by_scheme and not corpus.annotates_facilities
    scores.facility_scheme = "place names" if mapped else "facility" if corpus.annotates_facilities else "as returned"
    scores.facilities_scored = not mapped
    scores.demonyms_scored = not by_scheme or corpus.annotates_demonyms
    tp_exact = tp_overlap = n_pred = n_gold = 0
    errs: list[float] = []
    id_hits = id_total = 0
    by_id: list[tuple[int, float, bool]] = []  # (gold id, error, id matched)
    stand_ins = 0
    t0 = time.perf_counter()
    warm_up(gazetteer, gold_toponyms)
    scores.warm_up_seconds = round(time.perf_counter() - t0, 4)
    score = _DocumentScorer(corpus, gazetteer, gold_toponyms, nlp, mapped, scores.demonyms_scored, use_urls, sources,
                            errors is not None)
    documents = corpus.documents
    workers = max(1, min(workers, len(documents)))
    if workers > 1 and not can_fork():
        workers = 1

    def results() -> Iterable[tuple[int, _DocumentScore]]:
        """(index, score) of every document, as they are done: in order in one process, longest documents
        first in several (geo_workers.batches)."""
        if workers == 1:
            for n, doc in enumerate(documents):
                yield n, score(doc)
            return
        reopen = getattr(gazetteer, "reopen", lambda: None)
        with ForkedMap(lambda i: score(documents[i]), workers, reopen) as pool:
            yield from pool.map([len(doc.text) for doc in documents])

    # Progress counts documents as they are done; the scores are added up in document order afterwards, so
    # that the error rows and every sum come out the same for any number of workers.
    wall0 = time.perf_counter()
    done: list[Optional[_DocumentScore]] = [None] * len(documents)
    for count, (n, one) in enumerate(results(), 1):
        done[n] = one
        if progress:
            progress(count)
    wall = time.perf_counter() - wall0
    elapsed = 0.0
    for one in done:
        assert one is not None
        elapsed += one.seconds
        tp_exact += one.tp_exact
        tp_overlap += one.tp_overlap
        n_pred += one.n_pred
        n_gold += one.n_gold
        errs.extend(one.errs)
        stand_ins += one.stand_ins
        by_id.extend(one.by_id)
        id_total += len(one.by_id)
        id_hits += sum(ok for _, _, ok in one.by_id)
        if errors is not None:
            errors.extend(one.rows)
    if workers > 1:
        elapsed = wall
    scores.workers = workers

    scores.gold_toponyms = sum(len(d.toponyms) for d in corpus.documents)
    if not gold_toponyms:
        scores.predicted_toponyms = n_pred
        scores.recognition_precision, scores.recognition_recall, scores.recognition_f1 = prf(tp_exact, n_pred, n_gold)
        (scores.recognition_precision_overlap, scores.recognition_recall_overlap,
         scores.recognition_f1_overlap) = prf(tp_overlap, n_pred, n_gold)
    scores.gold_with_coordinates = len(errs)
    scores.scored_at_stand_in = stand_ins
    if errs:
        scores.acc161 = sum(e <= ACC_KM for e in errs) / len(errs)
        scores.median_error_km = statistics.median(errs)
        scores.mean_error_km = statistics.fmean(errs)
        scores.auc = auc_log_error(errs)
    scores.gold_with_geonames_id = id_total
    scores.geonames_exact = id_hits / id_total if id_total else 0.0
    if by_id and hasattr(gazetteer, "has_geonames_ids"):
        present = gazetteer.has_geonames_ids({gid for gid, _, _ in by_id})
        held = [(e, ok) for gid, e, ok in by_id if gid in present]
        scores.gold_ids_in_gazetteer = len(held) / len(by_id)
        if held:
            scores.acc161_ids_in_gazetteer = sum(e <= ACC_KM for e, _ in held) / len(held)
            scores.geonames_exact_ids_in_gazetteer = sum(ok for _, ok in held) / len(held)
    if gold_toponyms:
        scores.recognition_precision = scores.recognition_recall = scores.recognition_f1 = None
        scores.recognition_precision_overlap = scores.recognition_recall_overlap = None
        scores.recognition_f1_overlap = None
    scores.seconds = elapsed
    scores.docs_per_second = len(corpus.documents) / elapsed if elapsed else 0.0
    return scores


def rounded(scores: GeoScores) -> dict:
    out = {}
    for k, v in scores.__dict__.items():
        out[k] = round(v, 4) if isinstance(v, float) else v
    return out


def iter_gold(corpus: Corpus) -> Iterable[GoldToponym]:
    for d in corpus.documents:
        yield from d.toponyms
