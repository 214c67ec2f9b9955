"""Session-18 claims end to end on the model (invented sentences, none from a suite).

Rules added for ``tests/data/reported_speech7.jsonl``: a speech act named with what it said ("repeated her
call for a recount") or a change given with its figure ("announced a 5% rise in fees") is a clause
(``classify.content.reported_act``); a speech verb in a purpose infinitive after a channel ("went on local radio
to urge ...") takes the channel verb's subject (``channel_subject``); content goes on past "but" when its
subject names the speaker again and the verb after "but" is no speech verb (``speaker_pronoun_goes_on``), and
"went on to say" is a second report (``went_on_to_say``); an adjunct before a content clause's "that" is left
out (``after_leading_adjunct``) and a channel after a label ("in a report") ends it (``_channel``); an aside
between an auxiliary and its verb does not cut the content (``stranded_auxiliary``); "brand" labels
(``claim_filter.marked_object`` drops "branded the cattle"); "let it be known through aides that" reads its
stray clause (``claim.stray_that``); a noun's "that" clause hung on the relative clause about it ("a promise he
made that ...") is the noun's content; "demand that ..." is a noun with a clause.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, scope: str = "speech") -> list[tuple[str, str]]:
    """The claims of ``text`` in ``scope``: content and cue words."""
    result = quoteextract.Extractor(nlp, scope=scope)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The party leader repeated her call for a recount in three wards.", "her call for a recount in three wards"),
        ("Farmers echoed the demand for a ban on cheap imports.", "the demand for a ban on cheap imports"),
        ("The bishop reiterated his appeal for calm after the riots.", "his appeal for calm"),
    ],
)
def test_a_speech_act_named_with_what_it_said_is_speech(nlp, text, content):
    """A speech verb whose object is a call, demand or appeal with its "for" phrase reports what was said."""
    assert any(c.startswith(content) for c, _ in _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The university announced a 5% rise in tuition fees.", "a 5% rise in tuition fees"),
        ("The bus company confirmed a cut of 20p in the fare to the airport.", "a cut of 20p in the fare"),
        ("The water board disclosed an increase of £42 in the average bill.", "an increase of £42 in the average bill"),
    ],
)
def test_a_change_given_with_its_figure_is_speech(nlp, text, content):
    """A change in an amount given with its figure states a fact, as a clause would."""
    assert any(c.startswith(content) for c, _ in _claims(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The council confirmed the rise.",
        "Ministers repeated those warnings.",
        "The club announced a new signing.",
    ],
)
def test_a_bare_noun_phrase_stays_out_of_the_speech_scope(nlp, text):
    """A topic named without what was said or a figure is no reported speech."""
    assert _claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The fire chief went on local radio to urge drivers to avoid the bypass.",
            "drivers to avoid the bypass",
            "urge",
        ),
        (
            "The head teacher used the school newsletter to urge parents to collect their children on time.",
            "parents to collect their children on time",
            "urge",
        ),
        ("The senator took to the airwaves to urge voters to register early.", "voters to register early", "urge"),
    ],
)
def test_a_speech_verb_after_a_channel_is_the_channel_users_speech(nlp, text, content, cue):
    """A speaker who took to the airwaves to urge X to Y is the one who urged."""
    assert (content, cue) in _claims(nlp, text)


def test_a_wish_to_urge_is_no_speech(nlp):
    """Only a channel lends its subject: "wants to urge" reports no act."""
    assert _claims(nlp, "The senator wants to urge voters to register early.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The nurses' union said it welcomed the offer but wanted a shorter working week.",
            "it welcomed the offer but wanted a shorter working week",
        ),
        (
            "The residents said they liked the design but feared the extra traffic.",
            "they liked the design but feared the extra traffic",
        ),
    ],
)
def test_content_goes_on_past_but_when_its_subject_is_the_speaker(nlp, text, content):
    """A wish or a fear after "but", in the content's tense, with the speaker as the content's subject, is said."""
    assert [c for c, _ in _claims(nlp, text)] == [content]


def test_a_speech_verb_after_but_is_still_a_report_of_its_own(nlp):
    """A denial after "but" in "said it welcomed the offer but denied that ..." is a second claim."""
    claims = _claims(nlp, "The union said it welcomed the offer but denied that it had dropped its claim.")
    assert ("it welcomed the offer", "said") in claims
    assert any(cue == "denied" for _, cue in claims)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The treasurer said the accounts were in order and went on to say that reserves would be used.",
            "the accounts were in order",
            "reserves would be used",
        ),
        (
            "The coach said the squad was fit and went on to add that two players would rest.",
            "the squad was fit",
            "two players would rest",
        ),
    ],
)
def test_went_on_to_say_is_a_second_report(nlp, text, first, second):
    """The first content ends before "and went on to say that ...", and the second is a claim."""
    contents = [c for c, _ in _claims(nlp, text)]
    assert first in contents
    assert second in contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The driver said, after the crash, that the brakes had failed.", "the brakes had failed"),
        ("The mayor told residents, at a packed meeting, that the pool would reopen.", "the pool would reopen"),
    ],
)
def test_an_adjunct_before_that_is_left_out(nlp, text, content):
    """A time or place set off before the content's "that" says when it was said."""
    assert [c for c, _ in _claims(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The auditors described the accounts as chaotic in a report to the board.", "the accounts as chaotic"),
        ("The watchdog described the charges as unfair in a statement on Friday.", "the charges as unfair"),
    ],
)
def test_a_channel_after_a_label_is_left_out(nlp, text, content):
    """A channel after a label ("in a report", "in a statement") is where it was said, not part of it."""
    assert [c for c, _ in _claims(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The hearing was told that the driver had, on two occasions, ignored a red light.",
            "the driver had, on two occasions, ignored a red light",
        ),
        (
            "The court heard that the firm had, over several years, hidden its losses.",
            "the firm had, over several years, hidden its losses",
        ),
    ],
)
def test_an_aside_between_auxiliary_and_verb_does_not_cut_the_content(nlp, text, content):
    """The verb after an aside ("had, on two occasions, ignored") is still part of the content."""
    assert any(content in c for c, _ in _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Parents branded the closure a scandal.", "the closure a scandal"),
        ("Fans branded it an insult to the club.", "it an insult to the club"),
        ("Critics branded the scheme as unworkable.", "the scheme as unworkable"),
    ],
)
def test_branding_with_a_label_is_speech(nlp, text, content):
    """A speaker who "branded X a Y" gave a label."""
    assert [c for c, _ in _claims(nlp, text)] == [content]


@pytest.mark.parametrize(
    "text",
    ["The rancher branded the calves in May.", "Farm workers branded the sheep before the show."],
)
def test_branding_an_animal_is_no_claim(nlp, text):
    """Without a label, "branded" marks its object and reports nothing, in either scope."""
    assert _claims(nlp, text, scope="attribution") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The chairman let it be known through his lawyers that he would fight the charges.",
            "he would fight the charges",
        ),
        ("The star let it be known via her agent that she was leaving the show.", "she was leaving the show"),
    ],
)
def test_let_it_be_known_through_a_go_between(nlp, text, content):
    """An adjunct between "let it be known" and its "that" clause does not lose the clause."""
    assert any(c.endswith(content) for c, _ in _claims(nlp, text))


def test_a_result_clause_is_no_content(nlp):
    """A result clause ("so loudly that ...") is not what was said."""
    assert _claims(nlp, "The steward shouted so loudly that the horses bolted.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Voters recalled a promise he made in 2019 that the mine would never close.",
            "the mine would never close",
        ),
        ("The union's demand that the shifts be shortened was turned down.", "the shifts be shortened"),
        (
            "Officials rejected the families' demand that the inquiry be held in public.",
            "the inquiry be held in public",
        ),
    ],
)
def test_a_speech_noun_with_its_clause(nlp, text, content):
    """A promise someone made "that ...", and a demand "that ...", report their clause."""
    assert any(c.endswith(content) for c, _ in _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The coach said he admired the referee and called him a fine official.", "called"),
        ("The mayor said she regretted the delay and promised to finish the road by May.", "promised"),
    ],
)
def test_an_act_of_speech_after_and_is_a_report_of_its_own(nlp, text, second):
    """A label or a promise after the content is the speaker's second report, not more of the first."""
    claims = _claims(nlp, text)
    assert any(cue == second for _, cue in claims)
    assert not any(second in content for content, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The senator acknowledged the appeal of the new format.",
        "The spokesman referred requests for comment to the party's lawyers.",
    ],
)
def test_an_attraction_or_a_routine_request_is_no_speech_act_named(nlp, text):
    """An attraction ("the appeal of") or the reporter's routine ("requests for comment") is no speech."""
    assert _claims(nlp, text) == []
