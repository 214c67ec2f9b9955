"""Cases the ninth news speech suite showed: names and titles taken for quotations, relatives, split titles, pronouns.

Every sentence is invented for these tests (none from the suite): a nickname a long phrase after "known", a quoted
title with a lower-case preposition after a noun of its kind, a relative named after a first name alone, a
hyphenated title, and "he said" after a quotation running over paragraphs. Rules that read text alone are tested
without a model; the rest with the real pipeline, several phrasings each.
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract import find_quotes
from quoteextract.article import Layout
from quoteextract.lang.en._speaker_lexicon import pronouns
from quoteextract.stages.attribution._context import setting_of
from quoteextract.stages.attribution._reject import is_title_case
from quoteextract.stages.attribution._reject_markers import gap_marker
from quoteextract.stages.speakers._groups import Group
from quoteextract.stages.speakers._names import parse_name
from quoteextract.stages.speakers._pronouns import Antecedent, Site, speaks_on


def _setting(text):
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    return setting_of(Layout.of(text), quote, None)


# A nickname given "known to <a long phrase> as" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse, known to three generations of trawlermen as “the Candle”, was switched off in May.",
        "Known to regulars on the 6.40 from Dunmore as ‘the Professor’, he read a book a day.",
        "She was known to everyone in the sorting office at Kelby as “Mrs Tuesday” for forty years.",
        "The pub, known to the lads of the 1998 squad as 'the Office', closed on Friday.",
    ],
)
def test_known_a_long_phrase_before_as_gives_a_nickname(text):
    """A "known" with a to-phrase of up to eight words, numbers included, before "as" names; nobody says the words."""
    assert gap_marker(text, _setting(text)) == "nickname"


@pytest.mark.parametrize(
    "text",
    [
        "As far as anyone knew, she said, the plan was “dead in the water”.",
        "It is known that the mayor, asked about it, said “no comment” twice as she left.",
    ],
)
def test_known_without_its_as_names_nothing(text):
    """A "known" that is no "known ... as" right before the marks gives no nickname."""
    assert gap_marker(text, _setting(text)) is None


# Titles written with lower-case prepositions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "Moonlight over Calder Bay",
        "Back into the Light",
        "Dancing under the Stars",
        "Letters upon a Train",
        "Up and Away",
    ],
)
def test_a_title_may_keep_its_prepositions_in_lower_case(content):
    """House styles write "over", "into", "under", "upon" in lower case inside a title: still a title."""
    assert is_title_case(content)


@pytest.mark.parametrize("content", ["over the moon about it", "we ran into the Light Brigade", "Ran over the line"])
def test_words_in_lower_case_are_not_a_title(content):
    """A phrase whose content words are in lower case is somebody's words, prepositions or not."""
    assert not is_title_case(content)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "His best-known tune, ‘Rain over Harbour Street’, was played at the wedding.",
        "A petition, 'Keep Our Library Open', drew 3,000 names in a fortnight.",
        "The band’s first hit, “Summer in the Pines”, sold 200,000 copies.",
        "Her pamphlet, “Know Your Rights at Work”, was handed out at the gates.",
        "The hymn, ‘Light upon the Water’, closed the service.",
    ],
)
def test_a_title_after_the_noun_of_its_kind_is_no_quotation(extractor, text):
    """Title-case words quoted after a tune, hit, petition, pamphlet or hymn are its name: no quotation."""
    assert not extractor(text).quotes


@pytest.mark.model
def test_words_said_about_a_tune_are_still_a_quotation(extractor):
    """A speaker's sentence about a tune is a quotation: only a title-case name after the noun is rejected."""
    text = "Of the tune, she said: “I wrote it on a bus over one afternoon.”"
    assert [q.text for q in extractor(text).quotes] == ["I wrote it on a bus over one afternoon."]


# A relative named after a first name alone --------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Agnes Thornbury, 81, waited six hours for an ambulance. Agnes’s grandson Callum, 23, said: "
            "“Nobody came, and nobody rang.”",
            "Callum Thornbury",
        ),
        (
            "Dennis Okwu lost his allotment to the bypass. Dennis's daughter, Grace, said the council "
            "had never written to him.",
            "Grace Okwu",
        ),
        (
            "Priya Ramsay runs the corner shop. Priya’s brother Nikhil said: “She works seven days a week.”",
            "Nikhil Ramsay",
        ),
    ],
)
def test_a_relative_of_someone_called_by_first_name_takes_the_full_names_surname(extractor, text, name):
    """A "X's son Y" after "X Surname", X named by first name: Y takes the surname, not X's first name."""
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_a_first_name_no_full_name_stands_behind_gives_no_surname(extractor):
    """In "Priya's brother Nikhil said" with no full name before: Nikhil keeps his one name, not "Nikhil Priya"."""
    text = "Priya never missed a shift. Priya’s brother Nikhil said: “She works seven days a week.”"
    assert _speakers(extractor, text)[-1] != "Nikhil Priya"


# Hyphenated titles ---------------------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("“We have waited long enough,” said Nadine Oyelaran, the campaign’s co-founder.", "the campaign’s co-founder"),
        ("Rhys Talbot, the club’s vice-chairman, said the ground would be sold.", "the club’s vice-chairman"),
        ("“Print is not dead,” said Moira Quist, the paper’s editor-in-chief.", "the paper’s editor-in-chief"),
    ],
)
def test_a_hyphenated_title_is_one_title(extractor, text, title):
    """The parser splits "co-founder" into appositives at its hyphen; the title is kept in one piece."""
    result = extractor(text)
    (person,) = [e for e in result.entities if e.type == "person"]
    assert title in person.titles
    assert not any(t.endswith(("co", "vice", "editor")) for t in person.titles)


# "he said" after a quotation running over paragraphs -----------------------------------------------------------------


def _person(name: str, gender: str | None) -> Group:
    """A named person."""
    group = Group(names=[parse_name(name)], gender=gender)
    group.votes["person"] += 1
    group.mentions.append((0, len(name)))
    return group


def _he(speaker: Group) -> Site:
    """A speaker "he" in line 8, sentence 6, after a quotation spoken by ``speaker``."""
    return Site(
        offset=400, pronoun=pronouns()["he"], sentence=6, paragraph=8, speaker=True, previous_speakers=(speaker,)
    )


def test_the_speaker_of_a_quotation_over_paragraphs_speaks_on():
    """A speaker "he" two paragraphs after the name, right after that speaker's quotation ended, is that speaker."""
    speaker = _person("Tobias Wren", "male")
    history = [Antecedent(10, speaker, 1, 2, subject=True, speaker=True)]
    site = _he(speaker)
    assert speaks_on(site, history, (390, 6)) is speaker
    assert speaks_on(site, history, (390, 2)) is None  # the quotation ended far back: no claim on the pronoun
    assert speaks_on(site, history, (420, 8)) is None  # a pronoun inside the quotation is not after it


def test_a_rival_or_a_disagreeing_speaker_stops_the_speaker_speaking_on():
    """Another man in the window, or a speaker the pronoun does not agree with, leaves "he" unresolved."""
    speaker, rival = _person("Tobias Wren", "male"), _person("Colm Hardy", "male")
    site = _he(speaker)
    assert speaks_on(site, [Antecedent(380, rival, 5, 6, subject=True)], (390, 6)) is None
    woman = _person("Ines Wren", "female")
    assert speaks_on(_he(woman), [], (390, 6)) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marta Quell said the vote was close.\n\nThe harbourmaster, Tobias Wren, said: “The channel is clear. "
            "The dredger finished on Friday.\n\n“We will reopen on Monday.”\n\n“Will it silt up again? Probably,” he "
            "said, “but not this year.”",
            "Tobias Wren",
        ),
        (
            "Colette Barr chaired the meeting.\n\nDesmond Achebe told the committee: ‘We have looked at every site. "
            "None of them is ready.\n\n‘The budget will not stretch to a new one.’\n\nHe accused the council of "
            "‘wishful thinking’ about the timetable.",
            "Desmond Achebe",
        ),
        (
            "Oona Fitch spoke first.\n\nIn a statement, Ravi Kestrel said: “I am proud of this team. We did it the "
            "hard way.\n\n“There is more to come.”\n\n“Do I regret the delay? No,” he said.",
            "Ravi Kestrel",
        ),
    ],
)
def test_he_after_a_quotation_over_paragraphs_is_its_speaker(extractor, text, name):
    """A speaker pronoun right after a quotation that ran over paragraphs is the speaker of that quotation."""
    assert _speakers(extractor, text)[-1] == name
