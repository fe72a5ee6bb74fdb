"""Modality of the event claim and who makes it."""
import pytest

from eventwatch.extract.modality import find_denier, find_modality, find_reporting_source
from eventwatch.model import Sentence


@pytest.fixture(scope="module")
def nlp(english):
    return english


def modality(text, doc=None):
    return find_modality(Sentence(0, len(text), text), document_id="d", doc=doc)


CASES = [
    ("Regime forces shelled the town on Tuesday.", "asserted"),
    ("Turkish forces reportedly shelled the village.", "alleged"),
    ("A Russian airstrike killed 12 people, according to activists.", "alleged"),
    ("Activists accused the army of shelling the camp.", "alleged"),
    ("The ministry denied that its jets struck the hospital.", "denied"),
    ("The government rejected reports that its aircraft bombed the market.", "denied"),
    ("We demand international action to stop the bombing of civilians.", "demanded"),
    ("The council called for an investigation into the attack.", "demanded"),
    ("The group threatened to attack the city.", "hypothetical"),
    ("Government forces could launch an offensive on the province.", "hypothetical"),
    ("Coalition aircraft did not strike the village.", "negated"),
    ("There were no casualties.", "negated"),
    ("Activists said the army may have used chlorine.", "alleged"),
    ("We documented the killing of 12 civilians by regime forces.", "asserted"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_modality_without_a_parse(text, expected):
    assert modality(text)[0] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_modality_with_a_parse(nlp, text, expected):
    assert modality(text, nlp(text))[0] == expected


def test_no_casualties_beside_an_attack_does_not_negate_the_attack():
    assert modality("An airstrike hit the school, but there were no casualties.")[0] != "negated"


def test_the_cue_is_kept_as_evidence():
    label, ev = modality("Turkish forces reportedly shelled the village.")
    assert (label, ev.text, ev.field) == ("alleged", "reportedly", "modality")
    assert modality("Regime forces shelled the town.")[1] is None


@pytest.mark.parametrize("use_parse", [False, True])
@pytest.mark.parametrize(
    "text, source",
    [
        ("Five civilians were killed in Idlib, the Syrian Civil Defence said.", "the Syrian Civil Defence"),
        ("A strike killed 12 people, according to local activists.", "local activists"),
        ("Local medics told reporters that the clinic was hit.", "Local medics"),
        ('"The bombing continued all night," said a resident of the town.', "a resident of the town"),
    ],
)
def test_reporting_source(nlp, use_parse, text, source):
    found = find_reporting_source(Sentence(10, 10 + len(text), text), document_id="d", doc=nlp(text) if use_parse else None)
    assert found is not None and found[0] == source
    assert found[1].text == source and found[1].start == 10 + text.index(source)


def test_the_publisher_speaking_for_itself_is_not_a_quoted_source():
    assert find_reporting_source(Sentence(0, 40, "We documented the killing of 12 people.")) is None


@pytest.mark.parametrize("text, denier", [
    ("The rebels said they had captured three hilltops, a claim the army denied.", "the army"),
    ("Activists said jets bombed the market, but the defence ministry rejected the reports.", "the defence ministry"),
])
def test_a_denial_names_who_denies_apart_from_who_reports(nlp, text, denier):
    sentence = Sentence(0, len(text), text)
    doc = nlp(text)
    label, _ = find_modality(sentence, document_id="d", doc=doc)
    assert label == "denied"
    found, evidence = find_denier(sentence, document_id="d", doc=doc)
    assert found == denier and text[evidence.start:evidence.end] == denier
    reporter, _ = find_reporting_source(sentence, document_id="d", doc=doc)
    assert reporter != denier


def test_a_participle_describing_the_detained_does_not_make_the_arrest_alleged(nlp):
    text = "Security forces raided the village and detained nine men accused of smuggling weapons."
    label, _ = modality(text, nlp(text))
    assert label == "asserted"


def test_an_accusation_by_a_named_party_is_still_alleged(nlp):
    text = "Activists accused the militia of detaining nine men in the village."
    label, _ = modality(text, nlp(text))
    assert label == "alleged"
