"""Is the event told as fact, claimed, denied, demanded, possible, or said not to have happened? And by whom?

One label per sentence, from the strongest cue present:
negated > denied > demanded > hypothetical > alleged > asserted.

* negated: the event verb itself is negated ("did not strike", "no airstrikes hit"), or the sentence only
  says nothing happened ("There were no casualties."). "No casualties" beside an asserted attack does not
  negate the attack: the attack happened and the casualty finder records zero.
* denied: "denied", "rejected reports/claims", "dismissed allegations", "fabricated".
* demanded: the main clause calls for action ("We demand international action", "called for an
  investigation"): a call is not a violent event.
* hypothetical: modal or future ("could", "may strike", "will", "threatened to", "plans to", "if ...").
  "may have used" is epistemic doubt about a past event, which is an allegation, not a hypothesis.
* alleged: the claim is attributed or hedged ("reportedly", "allegedly", "according to", "activists said",
  "accused", "claimed"). A source speaking in the first person ("we documented") asserts.

The reporting source is who makes the claim inside the text: the subject of a speech verb, the object of
"according to", or the speaker after a quote-inversion (", said the Syrian Civil Defence").
"""
from __future__ import annotations

import re
from typing import Any, Optional

from eventwatch.model import Evidence, Sentence

_I = re.IGNORECASE

_EVENT_VERBS = (
    r"attack|strike|struck|shell|bomb|kill|fire|fired|hit|target|raid|shoot|shot|launch|clash|fight|fought|"
    r"use|used|drop|dropped|storm|seize|abduct|arrest|detain|invade|advance|destroy|loot|burn|massacre|execute|"
    r"happen|occur|take\s+place|took\s+place|carry\s+out|carried\s+out|injure|wound|displace|protest|riot"
)
_NEGATED = re.compile(
    rf"\b(?:did|does|do|has|have|had|was|were|is|are|would|could)\s*(?:not|n't|never)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_EVENT_VERBS})\w*|\bnever\s+(?:{_EVENT_VERBS})\w*|\bno\s+(?:air\s*strikes?|attacks?|shelling|"
    rf"clashes|fighting|strikes?|bombing|raids?|violence|protests?|arrests|incidents?)\b"
    rf"(?:\s+(?:was|were|had\s+been|has\s+been|have\s+been|took\s+place|occurred|happened|hit|struck|reported))",
    _I,
)
_NO_IMPACT = re.compile(
    r"^(?:there\s+(?:were|was|have\s+been|has\s+been)\s+)?no\s+(?:immediate\s+|reported\s+)?"
    r"(?:casualties|deaths|injuries|fatalities|damage|victims|one\s+was\s+(?:hurt|injured|killed)|reports?\s+of)",
    _I,
)
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|rebuffed|"
    r"disputed|disputes|fabricated|fabrication|baseless|unfounded|false\s+(?:claims?|reports?|allegations?|news)|"
    r"(?:categorically|strongly)\s+rejected|no\s+truth\s+to)\b",
    _I,
)
_DENIAL_OBJECT = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)\b|"
    r"(?:rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|claims?|allegations?|accusations?|accounts?|statements?|charges?|news|that|it|responsibility|involvement))",
    _I,
)
_DEMANDED = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:for|on|upon)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+(?:to|for)|"
    r"must\s+(?:stop|end|cease|halt|be\s+held|act|immediately|take|protect|investigate|hold|ensure|intervene)|"
    r"should\s+be\s+held\s+accountable|we\s+ask|implore|insist(?:s|ed)?\s+(?:on|that))\b",
    _I,
)
# The modal "may" is written in lower case; "May" capitalised is the month ("on 12 May", "in May").
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|(?-i:may)|would|will|shall|wo?n't|going\s+to|threaten(?:s|ed|ing)?\s+to|threats?\s+to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|prepar(?:es|ed|ing)\s+to|vow(?:s|ed)?\s+to|"
    r"warn(?:s|ed|ing)?\s+(?:of|that|against)|risk\s+of|fears?\s+of|possible|potential|likely\s+to|if|unless|"
    r"expected\s+to|poised\s+to|about\s+to|imminent)\b",
    _I,
)
_EPISTEMIC = re.compile(r"\b(?:may|might|could|must)\s+have\s+(?:been\s+)?\w+", _I)
_ALLEGED = re.compile(
    r"\b(?:reportedly|allegedly|alleged|alleges|alleging|purportedly|supposedly|apparently|accord(?:ing)?\s+to|"
    r"claim(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|said|says|say|told|reported|reports?|stated|"
    r"announced|confirmed|documented|sources?|activists?|witnesses?|residents\s+said|it\s+is\s+believed|"
    r"believed\s+to|suspected|suspect|is\s+said\s+to|was\s+said\s+to|were\s+said\s+to|rumou?red|unconfirmed|"
    r"unverified)\b",
    _I,
)
_FIRST_PERSON = re.compile(r"\b(?:we|our\s+(?:team|teams|field\s+researchers?|staff|monitors?|network))\b", _I)

# Third-person forms that are also plural nouns ("reports", "claims", "records") are left out.
_SPEECH = (
    r"said|says|say|told|tells|reported|stated|announced|announces|claimed|confirmed|confirms|added|adds|"
    r"documented|accused|accuses|alleged|alleges|noted|wrote|writes|tweeted|posted|explained|warned|warns|"
    r"denied|denies|blamed|recorded|estimated|rejected|dismissed"
)
_SPEECH_LEMMAS = {
    "say", "tell", "report", "state", "announce", "claim", "confirm", "add", "document", "accuse", "allege",
    "note", "write", "tweet", "post", "explain", "warn", "deny", "blame", "record", "estimate",
}
_NP_WORD = r"(?:[A-Z][\w'’.-]*|al|el|of|for|and|the|de|on|in|al-\w+|[a-z]+(?=\s+(?:group|network|monitor|observatory|ministry|agency|news|office|spokesman|spokesperson|official|activists?|sources?|residents?|witnesses?|medics?|doctors?|officials?)))"
_SOURCE_BEFORE = re.compile(
    rf"(?:^|[,;:“\"]\s*|\band\s+|\bbut\s+|\bwhile\s+)(?P<src>(?:(?:the|a|an|local|several|two|three|some|other|many|"
    rf"rights|opposition|pro-government|state|medical|security|military|hospital|government|rescue|civil|"
    rf"human|Kurdish|Syrian|Russian|Turkish|Iraqi|US|U\.S\.|UN|U\.N\.)\s+)*(?:[\w'’.-]+\s+){{0,6}}?"
    rf"(?:[\w'’.-]+))\s+(?:(?:also|later|earlier|had|has|have|previously|separately|further)\s+)?(?P<verb>{_SPEECH})\b",
)
_SOURCE_AFTER = re.compile(
    rf"[,“\"”]\s*(?P<verb>{_SPEECH})\s+(?P<src>(?:the\s+|a\s+|an\s+)?(?:[\w'’.()-]+\s*){{1,8}}?)\s*(?:[.,;]|$)", _I
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?P<src>(?:[^,.;:()]|\.(?=\w)|\([A-Z]+\)){2,80}?)\s*(?=[,.;:]|$|\s+(?:which|who|that|in\s+a)\b)",
    _I,
)
_NOT_SOURCE = re.compile(
    r"^(?:it|this|that|which|who|there|he|she|they|we|i|us|reports|report|the\s+report|the\s+statement|"
    r"statement)$|^(?:which|who|that)\b|\d|\b(?:was|were|is|are|been|be|had|has|have|died|killed|injured)$|"
    r"\b(?:died|killed|were|was)\b",
    _I,
)


def find_modality(sentence: Sentence, *, document_id: str = "", doc: Any = None) -> tuple[str, Optional[Evidence]]:
    """The sentence's modality and the words that set it (None for a plain assertion).

    `doc` (spaCy parse of the sentence) sharpens two decisions when given: a negation must attach to the
    event verb, and a demand must be the main clause.
    """
    text = sentence.text
    for label, match in _cues(text, doc):
        if match is not None:
            return label, _evidence(sentence, document_id, match[0], match[1])
    return "asserted", None


def _cues(text: str, doc: Any):
    yield "negated", _negated(text, doc)
    denied = _DENIAL_OBJECT.search(text) or _DENIED.search(text)
    yield "denied", _span(denied)
    yield "demanded", _demanded(text, doc)
    epistemic = _EPISTEMIC.search(text)
    hypothetical = _HYPOTHETICAL.search(text)
    if hypothetical is not None and (epistemic is None or not _overlaps(hypothetical, epistemic)):
        yield "hypothetical", _span(hypothetical)
    alleged = next((m for m in _ALLEGED.finditer(text) if not _describes_a_person(m, doc)), None) or epistemic
    if alleged is not None and not _first_person_source(text, alleged):
        yield "alleged", _span(alleged)


def _describes_a_person(match: re.Match, doc: Any) -> bool:
    """A participle after a noun says what someone is held for, not who vouches for the event:
    "detained 17 men accused of links to the group" is told as fact."""
    if doc is None:
        return False
    token = next((t for t in doc if t.idx == match.start()), None)
    return token is not None and token.dep_ == "acl" and token.tag_ == "VBN"


def _negated(text: str, doc: Any) -> Optional[tuple[int, int]]:
    if doc is not None:
        for token in doc:
            if token.dep_ == "neg" and token.head.pos_ in ("VERB", "AUX"):
                head = token.head
                if re.fullmatch(rf"(?:{_EVENT_VERBS})\w*", head.text, _I) or re.fullmatch(
                    rf"(?:{_EVENT_VERBS})", head.lemma_, _I
                ):
                    return (min(token.idx, head.idx), max(token.idx + len(token), head.idx + len(head)))
    m = _NEGATED.search(text)
    if m is not None:
        return m.span()
    m = _NO_IMPACT.search(text.strip())
    if m is not None and not re.search(rf"\b(?:{_EVENT_VERBS})\w*", text[m.end():] + text[: m.start()], _I):
        offset = len(text) - len(text.lstrip())
        return (m.start() + offset, m.end() + offset)
    return None


def _demanded(text: str, doc: Any) -> Optional[tuple[int, int]]:
    m = _DEMANDED.search(text)
    if m is None:
        return None
    if doc is not None:
        for token in doc:
            if token.idx <= m.start() < token.idx + len(token):
                # the demand governs the sentence when it is the root or is what the root says
                node = token
                while node.dep_ in ("aux", "prep", "xcomp", "ccomp", "conj") and node.head.i != node.i:
                    if node.dep_ == "ccomp" and node.head.lemma_ in _SPEECH_LEMMAS:
                        return m.span()
                    node = node.head
                if node.dep_ == "ROOT":
                    return m.span()
                return None
    # no parse: a demand before any finite event verb heads the sentence
    before = text[: m.start()]
    if re.search(rf"\b(?:{_EVENT_VERBS})(?:ed|d)\b", before, _I):
        return None
    return m.span()


def _first_person_source(text: str, match: re.Match) -> bool:
    window = text[max(0, match.start() - 40): match.end() + 40]
    return bool(_FIRST_PERSON.search(window)) and not re.search(r"\baccording\s+to\b", match.group(0), _I)


def _overlaps(a: re.Match, b: re.Match) -> bool:
    return a.start() < b.end() and b.start() < a.end()


def _span(m: Optional[re.Match]) -> Optional[tuple[int, int]]:
    return m.span() if m is not None else None


# --- reporting source ----------------------------------------------------------------------------------


def find_reporting_source(
    sentence: Sentence, *, document_id: str = "", doc: Any = None
) -> Optional[tuple[str, Evidence]]:
    """Who makes the claim: "the Syrian Civil Defence" in "..., the Syrian Civil Defence said"."""
    span = _source_from_parse(doc) if doc is not None else None
    if span is None:
        span = _source_from_text(sentence.text)
    if span is None:
        return None
    start, end = span
    text = sentence.text[start:end]
    return text, _evidence(sentence, document_id, start, end, field="reporting_source")


_DENIAL_LEMMAS = {"deny", "reject", "dismiss", "refute"}


def find_denier(sentence: Sentence, *, document_id: str = "", doc: Any = None) -> Optional[tuple[str, Evidence]]:
    """Who denies the event, which need not be who reports it.

    In "the rebels said they took the hill, a claim the army denied" the claim is the rebels' and the
    denial the army's; a contested grade must name the army.
    """
    if doc is None:
        return None
    for token in doc:
        if token.lemma_ in _DENIAL_LEMMAS and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects and not _NOT_SOURCE.search(subjects[0].text):
                start, end = _subtree_span(subjects[0])
                return sentence.text[start:end], _evidence(sentence, document_id, start, end, field="denied_by")
    return None


def _source_from_parse(doc: Any) -> Optional[tuple[int, int]]:
    # A token whose lower case is "according" puts "according" in the lower-cased text: most sentences
    # have none, and then the walk over their tokens (a Python object each) is skipped.
    for token in (doc if "according" in doc.text.lower() else ()):
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objs = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _subtree_span(objs[0])
    for token in doc:
        if token.lemma_ in _SPEECH_LEMMAS and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ in ("nsubj",)]
            if subjects and not _NOT_SOURCE.search(subjects[0].text):
                return _subtree_span(subjects[0])
    return None


def _subtree_span(token: Any) -> tuple[int, int]:
    left = min(t.idx for t in token.subtree if t.dep_ not in ("punct", "cc") or t is token)
    tokens = [t for t in token.subtree]
    # stop at a relative clause or a comma: "the Observatory, which has a network ..."
    end_token = token
    for t in tokens:
        if t.i < token.i:
            continue
        if t.dep_ in ("relcl", "acl", "punct", "appos") and t.i > token.i:
            break
        end_token = t
    right = end_token.idx + len(end_token)
    return left, right


def _source_from_text(text: str) -> Optional[tuple[int, int]]:
    m = _ACCORDING.search(text)
    if m:
        return _trim(text, m.start("src"), m.end("src"))
    m = _SOURCE_AFTER.search(text)
    if m and not _NOT_SOURCE.search(m.group("src").strip()):
        return _trim(text, m.start("src"), m.end("src"))
    for m in _SOURCE_BEFORE.finditer(text):
        src = m.group("src").strip()
        if _NOT_SOURCE.search(src):
            continue
        return _trim(text, m.start("src"), m.end("src"))
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,\"“'":
        start += 1
    while end > start and text[end - 1] in " ,.\"”'":
        end -= 1
    return start, end


def _evidence(sentence: Sentence, document_id: str, start: int, end: int, field: str = "modality") -> Evidence:
    return Evidence.within(sentence, document_id, field, start, end)
