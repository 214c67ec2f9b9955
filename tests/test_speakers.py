"""Speaker resolution: names, pronouns, roles, titles, organisations, anonymous sources, credit lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from _handmade import quote

from quoteextract._model import Mention, Quotation, Span
from quoteextract.article import Article
from quoteextract.lang.en._speaker_lexicon import pronouns
from quoteextract.stages.speakers import resolve_speakers
from quoteextract.stages.speakers._anonymous import anonymous_head, describe
from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._credits import credit_ranges
from quoteextract.stages.speakers._groups import Group, NameMention
from quoteextract.stages.speakers._names import acronym_of, is_acronym, name_gender, parse_name
from quoteextract.stages.speakers._pronouns import Antecedent, Site, agrees, resolve

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed65664943946bce.txt"


def _mentions(*names: str, label: str = "PERSON") -> list[NameMention]:
    """Name mentions of the given names, one after another."""
    out, offset = [], 0
    for name in names:
        out.append(NameMention(offset, offset + len(name), parse_name(name), label))
        offset += len(name) + 10
    return out


# -- names (pure) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, honorific, tokens, possessive",
    [
        ("Sen. Elizabeth Warren", "Sen.", ("Elizabeth", "Warren"), False),
        ("Roe’s", None, ("Roe",), True),
        ("Mr. Hall's", "Mr.", ("Hall",), True),
        ("the Springfield Gazette", None, ("Springfield", "Gazette"), False),
        ("Prime Minister Ana Silva", "Prime Minister", ("Ana", "Silva"), False),
        ("Martin Luther King Jr.", None, ("Martin", "Luther", "King"), False),
    ],
)
def test_parse_name(text, honorific, tokens, possessive):
    """A name is split into honorific, name words and possessive."""
    name = parse_name(text)
    assert (name.honorific, name.tokens, name.possessive) == (honorific, tokens, possessive)


@pytest.mark.parametrize(
    "words, expected",
    [
        (("National", "Weather", "Service"), "NWS"),
        (("Department", "of", "Homeland", "Security"), "DHS"),
        (("Reuters",), ""),
    ],
)
def test_acronym_of(words, expected):
    """Acronyms are the initials of the words that are not function words."""
    assert acronym_of(words) == expected


@pytest.mark.parametrize("word, expected", [("KCNA", True), ("U.N.", True), ("Kim", False), ("A", False)])
def test_is_acronym(word, expected):
    """Acronyms are two to six capitals, optionally dotted."""
    assert is_acronym(word) == expected


@pytest.mark.parametrize(
    "text, expected", [("Mrs. Hall", "female"), ("Mr. Hall", "male"), ("Susan Hill", "female"), ("Hall", None)]
)
def test_name_gender(text, expected):
    """Gender comes from the honorific or a known first name."""
    assert name_gender(parse_name(text)) == expected


# -- grouping names (pure) ------------------------------------------------------------


def test_full_name_surname_honorific_possessive_are_one_group():
    """A full name, its bare surname, the surname with an honorific and its possessive are one person."""
    groups, _ = cluster_names(_mentions("Jane Roe", "Roe", "Ms. Roe", "Roe’s"))
    assert len(groups) == 1 and groups[0].name == "Jane Roe" and groups[0].gender == "female"
    assert not groups[0].ambiguous


def test_middle_initial_is_a_variant():
    """A name with a middle initial and the same name without it are one person."""
    groups, _ = cluster_names(_mentions("Mary T. Lopez", "Mary Lopez", "Lopez"))
    assert len(groups) == 1 and groups[0].name == "Mary T. Lopez"


def test_shared_surname_never_merges_and_is_ambiguous():
    """Two people sharing a surname stay two; a bare surname picks the latest one and says it is ambiguous."""
    groups, placed = cluster_names(_mentions("Bill Carter", "Anne Carter", "Carter"))
    assert len(groups) == 2
    assert placed[2] is placed[1]
    assert all(g.ambiguous for g in groups)


def test_bare_name_before_other_full_name_stays_apart():
    """A one-word name seen first is not merged into a later full name that does not end with it."""
    groups, placed = cluster_names(_mentions("Park", "Park Ji Won", "Park"))
    assert len(groups) == 2
    assert placed[2] is placed[0] and placed[0].ambiguous


def test_surname_seen_first_joins_full_name():
    """A bare surname seen before the full name joins it when the full name ends with it."""
    groups, _ = cluster_names(_mentions("Hirsch", "Dana Hirsch"))
    assert len(groups) == 1 and groups[0].name == "Dana Hirsch"


@pytest.mark.parametrize(
    "names",
    [("National Weather Service", "NWS"), ("Springfield Gazette", "Gazette"), ("NWS", "National Weather Service")],
)
def test_organisation_short_forms(names):
    """An organisation's acronym and its short form join its full name."""
    groups, _ = cluster_names(_mentions(*names, label="ORG"))
    assert len(groups) == 1 and groups[0].type == "organisation"


def test_type_from_typography_beats_ner_label():
    """An honorific makes a person even when the tagger said organisation."""
    groups, _ = cluster_names(_mentions("Mr. Grant", label="ORG"))
    assert groups[0].type == "person"


# -- pronouns (pure) ------------------------------------------------------------------


def _group(name: str, gender: str | None = None, votes: str = "person") -> Group:
    """A named person, organisation or place group."""
    group = Group(names=[parse_name(name)], gender=gender)
    group.votes["organisation" if votes == "place" else votes] += 1
    if votes == "place":
        group.votes["place"] += 1
    group.mentions.append((0, len(name)))
    return group


def _site(word: str, sentence: int = 3, paragraph: int = 1, **kw) -> Site:
    """A pronoun site at offset 1000."""
    return Site(offset=1000, pronoun=pronouns()[word], sentence=sentence, paragraph=paragraph, **kw)


@pytest.mark.parametrize(
    "gender, votes, word, expected",
    [
        ("female", "person", "she", True),
        ("male", "person", "she", False),
        (None, "person", "he", None),
        (None, "organisation", "he", False),
        (None, "organisation", "it", True),
        (None, "organisation", "they", None),
        (None, "person", "they", False),
        (None, "person", "i", False),
        (None, "place", "they", False),
        (None, "place", "it", True),
    ],
)
def test_agreement(gender, votes, word, expected):
    """Pronouns agree in gender, number and kind with their antecedent."""
    assert agrees(_group("X Y", gender, votes), pronouns()[word]) is expected


def test_gender_agreement_beats_recency():
    """A female pronoun skips a more recent male candidate."""
    anne, tom = _group("Anne Hall", "female"), _group("Tom Baker", "male")
    history = [Antecedent(10, anne, 1, 1, subject=True), Antecedent(50, tom, 2, 1, subject=True)]
    assert resolve(_site("she"), history)[0] is anne


def test_grammatical_role_breaks_a_tie():
    """Between two same-gender candidates in one sentence, the subject wins."""
    tom, peter = _group("Tom Baker", "male"), _group("Peter Green", "male")
    history = [Antecedent(10, tom, 2, 1, subject=True), Antecedent(30, peter, 2, 1, subject=False)]
    assert resolve(_site("he"), history)[0] is tom


def test_main_clause_subject_beats_a_subordinate_subject():
    """The main clause's subject wins: "Asked whether Green had erred, Baker shook his head. “…,” he said"."""
    tom, peter = _group("Tom Baker", "male"), _group("Peter Green", "male")
    history = [
        Antecedent(10, peter, 2, 1, subject=True, subordinate=True),
        Antecedent(40, tom, 2, 1, subject=True),
    ]
    assert resolve(_site("he"), history)[0] is tom
    history = [Antecedent(10, tom, 2, 1, subject=True), Antecedent(40, peter, 2, 1, subject=True, subordinate=True)]
    assert resolve(_site("he"), history)[0] is tom


def test_unsure_pronoun_stays_unresolved():
    """Two equally good candidates leave the pronoun unresolved."""
    tom, peter = _group("Tom Baker", "male"), _group("Peter Green", "male")
    history = [Antecedent(10, tom, 2, 1, subject=True), Antecedent(30, peter, 2, 1, subject=True)]
    assert resolve(_site("he"), history) == (None, 0.0)


def test_paragraph_window():
    """A candidate more than two paragraphs back is out of reach."""
    tom = _group("Tom Baker", "male")
    assert resolve(_site("he", sentence=9, paragraph=5), [Antecedent(10, tom, 1, 1, subject=True)])[0] is None


def test_dialogue_reply_passes_the_turn():
    """With a reply cue the pronoun goes to the other party, not the last speaker."""
    ann, bea = _group("Ann Cole"), _group("Bea Dunn")
    history = [Antecedent(10, ann, 2, 1, speaker=True), Antecedent(40, bea, 2, 1, speaker=True)]
    plain = _site("she", speaker=True, previous_speakers=(bea, ann))
    reply = _site("she", speaker=True, reply=True, previous_speakers=(bea, ann))
    assert resolve(plain, history)[0] is bea
    assert resolve(reply, history)[0] is ann


def test_unknown_speaker_is_no_antecedent():
    """A speaker that is neither a name, a role nor an unnamed source ("the report") is never an antecedent."""
    report = Group(kind="unknown", label="the report")
    report.mentions.append((0, 10))
    assert resolve(_site("she"), [Antecedent(10, report, 2, 1, subject=True)])[0] is None


def test_first_person_outside_quotes_is_unresolved():
    """The first person in an attribution is the writer, never resolved to a named entity."""
    ann = _group("Ann Cole", "female")
    assert resolve(_site("i"), [Antecedent(10, ann, 2, 1, subject=True)])[0] is None


# -- anonymous sources and credit lines (pure) -----------------------------------------


@pytest.mark.parametrize(
    "phrase, context, count, affiliation, reason",
    [
        ("two officials familiar with the matter", "", 2, None, "familiar with the matter"),
        ("a senior diplomat who spoke on condition of anonymity", "", 1, None, "spoke on condition of anonymity"),
        ("sources", "", None, None, None),
        ("Treasury Department officials", "who were not authorized to speak", None, "Treasury Department",
         "were not authorized to speak"),
        ("three people close to the campaign", "", 3, "the campaign", None),
        ("an official at the Pentagon", "", 1, "the Pentagon", None),
    ],
)  # fmt: skip
def test_describe_anonymous(phrase, context, count, affiliation, reason):
    """Count, affiliation and reason are read from an unnamed-source phrase."""
    assert anonymous_head(phrase) is not None
    found = describe(phrase, context)
    assert (found.count, found.affiliation, found.reason) == (count, affiliation, reason)


@pytest.mark.parametrize(
    "line, credited",
    [
        ("The Ledger’s Ana Ruiz and Li Chen contributed to this report.", True),
        ("Reporting by Ana Ruiz; Editing by Li Chen", True),
        ("By Ana Ruiz", True),
        ("Ana Ruiz said the report was wrong.", False),
    ],
)
def test_credit_lines(line, credited):
    """Byline and credit lines are recognised, ordinary sentences are not."""
    assert bool(credit_ranges("First line.\n" + line + "\nLast line.")) is credited


# -- whole articles (model) --------------------------------------------------------------


def _resolve(nlp, text, *quotes):
    """Resolve hand-made quotations on a parsed text; return quotes, entities and a by-id lookup."""
    doc = nlp(text)
    result = resolve_speakers(Article.build(doc), list(quotes))
    out, entities = list(result.quotes), list(result.entities)
    return out, entities, {e.id: e for e in entities}


@pytest.mark.model
def test_names_honorifics_possessives_one_entity(nlp):
    """Full name, honorific plus surname and a possessive are mentions of one entity."""
    text = "Jane Roe visited the plant on Monday. “We will rebuild,” Ms. Roe said. Roe’s office later confirmed it."
    out, _, by_id = _resolve(nlp, text, quote(text, "We will rebuild,", "Ms. Roe", "said"))
    person = by_id[out[0].speaker.entity]
    assert person.name == "Jane Roe" and person.type == "person"
    assert {"Jane Roe", "Ms. Roe", "Roe"} <= {m.text for m in person.mentions}


@pytest.mark.model
def test_shared_surname_two_people(nlp):
    """Two people with one surname are two entities, and the bare surname is flagged ambiguous."""
    text = "Bill Carter ran the shop for years. His wife, Anne Carter, took over in May. “It was time,” Carter said."
    out, entities, by_id = _resolve(nlp, text, quote(text, "It was time,", "Carter", "said", speaker_nth=2))
    names = {e.name for e in entities if e.type == "person"}
    assert {"Bill Carter", "Anne Carter"} <= names
    assert by_id[out[0].speaker.entity].ambiguous


@pytest.mark.model
def test_pronoun_gender_and_learning(nlp):
    """She resolves to the woman; a gender learnt from a role noun carries to later pronouns."""
    text = (
        "Tom Baker met Susan Hill on Tuesday. “It went well,” she said.\n"
        "Pat Quinn, the firm’s spokeswoman, arrived later with Sam Ortiz. “We are ready,” she said."
    )
    q1 = quote(text, "It went well,", "she", "said")
    q2 = quote(text, "We are ready,", "she", "said", speaker_nth=1, cue_nth=1)
    out, _, by_id = _resolve(nlp, text, q1, q2)
    assert by_id[out[0].speaker.entity].name == "Susan Hill"
    assert by_id[out[1].speaker.entity].name == "Pat Quinn"


@pytest.mark.model
def test_pronoun_without_candidate_unresolved(nlp):
    """A pronoun with no agreeing candidate stays unresolved."""
    text = "Officials from two agencies met on Friday. “It is over,” he said."
    out, _, _ = _resolve(nlp, text, quote(text, "It is over,", "he", "said"))
    assert out[0].speaker.entity is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, speaker, expected",
    [
        (
            "Springfield Mayor Jane Roe announced the plan on Monday. “We are ready,” the mayor said.",
            "We are ready,",
            "the mayor",
            "Jane Roe",
        ),
        (
            "The Federal Aviation Agency grounded the planes. “Safety comes first,” the agency said.",
            "Safety comes first,",
            "the agency",
            "Federal Aviation Agency",
        ),
    ],
)
def test_role_reference(nlp, text, content, speaker, expected):
    """A role reference links to the entity that carried the role earlier."""
    out, _, by_id = _resolve(nlp, text, quote(text, content, speaker, "said"))
    assert by_id[out[0].speaker.entity].name == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, titles",
    [
        (
            "Maria Lopez, the governor’s chief of staff and a former prosecutor, spoke first.",
            "Maria Lopez",
            {"the governor’s chief of staff", "a former prosecutor"},
        ),
        ("“We grew,” said the firm’s chief executive, Dana Hirsch.", "Dana Hirsch", {"the firm’s chief executive"}),
        ("Luis Ortega, who chairs the committee, left early.", "Luis Ortega", {"who chairs the committee"}),
        ("Defense Secretary Jim Park arrived on Monday.", "Jim Park", {"Defense Secretary"}),
        ("Ana Silva is the mayor of Springfield.", "Ana Silva", {"the mayor of Springfield"}),
        ("Sen. Ruth Gale spoke on Monday.", "Ruth Gale", {"Sen."}),
    ],
)
def test_titles(nlp, text, name, titles):
    """Titles come from appositives, reverse appositives, relative clauses, pre-modifiers, copulas and honorifics."""
    _, entities, _ = _resolve(nlp, text)
    entity = next(e for e in entities if e.name == name)
    assert titles <= set(entity.titles)


@pytest.mark.model
def test_possessive_descriptor_names_related_entity(nlp):
    """A possessive title points at the entity it relates to."""
    text = "Tom Berg spoke first. Anna Berg, Tom Berg’s wife, spoke next."
    _, entities, by_id = _resolve(nlp, text)
    anna = next(e for e in entities if e.name == "Anna Berg")
    wife = next(d for d in anna.descriptors if d.text == "Tom Berg’s wife")
    assert by_id[wife.related].name == "Tom Berg"
    assert anna.type == "person"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The National Weather Service (NWS) issued a warning. “Stay inside,” NWS said.",
        "The Springfield Gazette broke the story. “We stand by it,” the Gazette said.",
    ],
)
def test_organisation_short_forms_one_entity(nlp, text):
    """An organisation's acronym or short form is the same entity as its full name."""
    speaker = "NWS" if "NWS said" in text else "the Gazette"
    content = "Stay inside," if "NWS" in text else "We stand by it,"
    out, _, by_id = _resolve(nlp, text, quote(text, content, speaker, "said", speaker_nth=1 if "NWS" in speaker else 0))
    entity = by_id[out[0].speaker.entity]
    assert entity.type == "organisation" and len(entity.mentions) >= 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text, content, speaker, count, reason",
    [
        (
            "The deal is close. “It will be signed soon,” said two officials familiar with the matter.",
            "It will be signed soon,",
            "two officials familiar with the matter",
            2,
            "familiar with the matter",
        ),
        (
            "“We expect a vote,” said a senior diplomat who spoke on condition of anonymity.",
            "We expect a vote,",
            "a senior diplomat",
            1,
            "spoke on condition of anonymity",
        ),
        ("“The plan is dead,” sources said.", "The plan is dead,", "sources", None, None),
    ],
)
def test_anonymous_sources(nlp, text, content, speaker, count, reason):
    """Unnamed sources are anonymous entities with count and reason."""
    out, _, by_id = _resolve(nlp, text, quote(text, content, speaker, "said"))
    entity = by_id[out[0].speaker.entity]
    assert entity.type == "anonymous"
    assert (entity.anonymous.count, entity.anonymous.reason) == (count, reason)


@pytest.mark.model
def test_credit_line_names_are_not_speakers(nlp):
    """Journalists named in a credit line get no entity."""
    text = "Ana Ruiz said the port reopened.\nThe Ledger’s Lena Park and Omar Said contributed to this report."
    _, entities, _ = _resolve(nlp, text)
    names = {e.name for e in entities}
    assert "Ana Ruiz" in names and "Lena Park" not in names and "Omar Said" not in names


@pytest.mark.model
def test_unknown_speaker_type(nlp):
    """A speaker that is neither a name, a role nor an unnamed source is of type unknown."""
    text = "“Turnout fell,” the report said."
    out, _, by_id = _resolve(nlp, text, quote(text, "Turnout fell,", "the report", "said"))
    assert by_id[out[0].speaker.entity].type == "unknown"


@pytest.mark.model
def test_empty_inputs(nlp):
    """Blank text and no quotations give documented empty results."""
    empty = resolve_speakers(Article.build(nlp("")), [])
    assert (empty.quotes, empty.entities, dict(empty.speaker_entity)) == ((), (), {})
    result = resolve_speakers(Article.build(nlp("Nothing to see here.")), [])
    assert result.quotes == () and result.entities == ()


# -- the seed article (model) -------------------------------------------------------------


def _seed_quotes(text):
    """The seed's “We regard it as ...” quotation with its hand-made speaker “she” and cue “said”."""
    start = text.index("“We regard it as") + 1
    end = text.index("highly estimated,”") + len("highly estimated,")
    she = text.index("she said", end)
    content = Span.of(text, start, end)
    return [
        Quotation(
            content=content,
            kind="direct",
            fragments=(content,),
            cue=Span.of(text, she + 4, she + 8),
            speaker=Mention(she, she + 3, "she"),
        )
    ]


@pytest.mark.model
def test_seed_she_is_kim_yo_jong(nlp):
    """In the seed article “she” resolves to Kim Yo Jong, Kim’s younger sister, who is not “Kim”."""
    text = SEED.read_text(encoding="utf-8")
    quotes = _seed_quotes(text)
    out, entities, by_id = _resolve(nlp, text, *quotes)
    she = by_id[out[0].speaker.entity]
    assert she.name == "Kim Yo Jong" and she.type == "person"
    assert "Kim’s younger sister" in she.titles
    sister = next(d for d in she.descriptors if d.text == "Kim’s younger sister")
    kim = by_id[sister.related]
    assert kim.id != she.id and kim.name == "Kim" and kim.ambiguous
    korean = next(e for e in entities if e.name == "Korean Central News Agency")
    assert "KCNA" in {m.text for m in korean.mentions}
    assert not any(e.name in {"Kylie Atwood", "Vivian Salama"} for e in entities)


@pytest.mark.model
def test_relative_pronoun_speaker(nlp):
    """A relative pronoun as speaker ("who said") resolves to the noun its clause describes."""
    text = "Reporters met Maria Lopez, who said the plan was dead."
    out, _, by_id = _resolve(nlp, text, quote(text, "the plan was dead", "who", "said", kind="indirect"))
    assert by_id[out[0].speaker.entity].name == "Maria Lopez"


@pytest.mark.model
def test_dateline_is_not_an_entity(nlp):
    """A capitalised dateline opening the article is not an entity."""
    text = "SPRINGFIELD (Reuters) — Maria Lopez said the plan was dead."
    _, entities, _ = _resolve(nlp, text)
    assert "SPRINGFIELD" not in {e.name for e in entities}
    assert "Maria Lopez" in {e.name for e in entities}


@pytest.mark.model
def test_plural_role_is_not_one_person(nlp):
    """A plural role reference ("the candidates") is not linked to one earlier person."""
    text = "Maria Lopez is a candidate for mayor. “We all want safer streets,” the candidates said."
    out, _, by_id = _resolve(nlp, text, quote(text, "We all want safer streets,", "the candidates", "said"))
    assert by_id[out[0].speaker.entity].name == "the candidates"


def test_place_inside_organisation_name_is_not_its_short_form():
    """A one-word name inside an organisation's name (not its head word) stays apart."""
    groups, _ = cluster_names(_mentions("South China Sea", "China", label="ORG"))
    assert len(groups) == 2


def test_name_as_modifier_is_no_antecedent():
    """A name that only modifies a noun ("the Paris agreement") is never a pronoun's antecedent."""
    paris = _group("Paris", votes="organisation")
    history = [Antecedent(10, paris, 2, 1, modifier=True)]
    assert resolve(_site("it"), history)[0] is None
    assert resolve(_site("it"), [Antecedent(10, paris, 2, 1, subject=True)])[0] is paris


@pytest.mark.model
def test_headline_verb_is_not_part_of_a_name(nlp):
    """A verb the tagger swallowed into a headline name ("Obama Says ...") is cut out of it."""
    text = "Obama Says Museum Tells a Story\nMr. Obama spoke on Saturday."
    _, entities, _ = _resolve(nlp, text)
    assert "Obama" in {e.name for e in entities}
    assert not any("Says" in e.name for e in entities)


@pytest.mark.model
def test_relayed_unnamed_source_gets_an_entity(nlp):
    """An unnamed source named only as a relay ("citing two officials") is an anonymous entity."""
    text = "The plant will close, the Springfield Gazette reported, citing two officials familiar with the plan."
    _, entities, _ = _resolve(nlp, text)
    unnamed = [e for e in entities if e.type == "anonymous"]
    assert len(unnamed) == 1 and unnamed[0].anonymous.count == 2


@pytest.mark.model
def test_role_subject_is_a_mention_and_an_antecedent(nlp):
    """A definite role subject ("the mayor") is a mention of its holder and carries a later pronoun."""
    text = (
        "Springfield Mayor Jane Roe opened the bridge.\n"
        "Tom Baker watched from the crowd.\n"
        "Traffic was light all day.\n"
        "Shops stayed open late.\n"
        "Later the mayor spoke to reporters. “We are proud,” she said."
    )
    out, _, by_id = _resolve(nlp, text, quote(text, "We are proud,", "she", "said"))
    roe = by_id[out[0].speaker.entity]
    assert roe.name == "Jane Roe" and "the mayor" in {m.text for m in roe.mentions}
