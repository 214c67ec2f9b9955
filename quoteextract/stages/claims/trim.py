"""Where a claim's content ends: trailing adjuncts cut off, edges cleaned.

A frame names the head of the content; the tokens it collects may run on into
words the reporter adds (", adding that ...", ", though ...", "— asserting
...", an appositive closing the sentence) or into a second attribution ("...
and predicted that ..."). :func:`cut_trailing` cuts those off;
:func:`char_span` turns the tokens into the content's characters without a
leading "that", edge punctuation and final punctuation; :func:`one_paragraph`
keeps the content on one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Span
from ..._wrapping import wraps_line
from ...lang.en.syntax import is_verb
from ..attribution._cues import is_cue
from ..attribution._verbs import cue_shaped_conj
from ..finder._mark_table import KIND
from ._tokens import new_speech, subject_of
from .chain_tails import drop_relays
from .circumstance import circumstance_cut
from .conjuncts import shares_perfect, speaker_pronoun_goes_on, speakers_own_act, went_on_to_say
from .extra_cues import claim_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

BREAK_PUNCT: frozenset[str] = frozenset({",", "—", "–", ";", "(", "--", "-"})
"""Punctuation that may start an adjunct after the claim."""

ASIDE_PUNCT: frozenset[str] = frozenset({",", "—", "–", "--"})
"""Punctuation that may open an aside about a noun of the claim."""

ASIDE_DEPS: frozenset[str] = frozenset({"appos", "relcl"})
"""Dependents of a noun that, after a comma, describe it rather than report ("..., a deal signed in May")."""

HEDGES: frozenset[str] = frozenset({"possibly", "probably", "perhaps", "maybe", "likely", "apparently"})
"""Adverbs that make an appositive the speaker's guess ("a van, *possibly* a Ford Transit, ..."), not a gloss."""

CONTRAST_MARKS: frozenset[str] = frozenset({"though", "although", "while", "whereas", "however", "meanwhile"})
"""Subordinators that start a clause the reporter adds after the claim."""

PARTICIPLE_DEPS: frozenset[str] = frozenset({"advcl", "acl", "xcomp", "conj", "ccomp", "dep"})
"""Relations of a participle after a comma that make it the reporter's adjunct (", referring to ...")."""

VERB_GROUP_DEPS: frozenset[str] = frozenset({"aux", "auxpass", "neg", "advmod"})
"""Dependents before a verb that belong to its verb group ("*has not yet* said")."""

REPORT_DEPS: frozenset[str] = frozenset({"conj", "ccomp", "parataxis", "advcl", "dep"})
"""Relations under which the parser may hang a second report ("..., and three-quarters said ...")."""

INNER_DEPS: frozenset[str] = frozenset(
    {"nsubj", "nsubjpass", "csubj", "ccomp", "dobj", "attr", "acomp", "oprd", "xcomp", "auxpass", "aux"}
)
"""Parts of a clause that may follow a phrase set off inside it ("it was possible, though unlikely, *that* ...")."""

NOUN_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
"""Parts of speech an aside may describe."""

LEADING_WORDS: frozenset[str] = frozenset({"that"})
"""Complementisers dropped from the start of a content clause ("whether" and "if" stay: PolNeAR keeps them)."""

FINAL_PUNCT = ".,;: \n\t"
"""Characters trimmed from the end of a content span."""

CLOSING_KINDS: frozenset[str] = frozenset({"straight", "right", "close"})
"""Kinds of mark in the finder's table that may close a quotation."""

OPEN_MARKS: frozenset[str] = frozenset(m for m, k in KIND.items() if len(m) == 1 and k in {"straight", "left", "open"})
"""Quote marks that open a quotation (from the finder's mark table): kept at the start of a content."""

CLOSE_MARKS: frozenset[str] = frozenset(
    m for m, k in KIND.items() if len(m) == 1 and k in {"straight", "right", "close"}
)
"""Quote marks that close a quotation (from the finder's mark table): kept at the end of a content."""


def cut_trailing(tokens: list[Token], first: Token) -> list[Token]:
    """Cut the content before a trailing adjunct that is not part of the claim.

    Breaks at: punctuation followed by a participle (", referring to ...",
    "— asserting that ..."), a contrast clause after a comma (", though
    ...", ", while ..."), a relative clause or appositive about the object
    after a comma, and a coordinated verb without a subject that is a cue of
    its own in the cue's tense ("said ... and predicted that ..."; "said it
    would review the plan and support it" goes on with the claim).

    Args:
        tokens: The content tokens in order.
        first: The head of the content (the frame's dependent).

    Returns:
        A prefix of ``tokens``.

    """
    for k in range(1, len(tokens)):
        cut = _cut_at(tokens, k, first)
        if cut is not None:
            return tokens[:cut]
    return tokens


def _cut_at(tokens: list[Token], k: int, first: Token) -> int | None:
    """Where to cut the content at ``tokens[k]``, if a trailing adjunct starts there."""
    token = tokens[k]
    if k + 1 < len(tokens):
        cut = _cut_at_break(tokens, k, first)
        if cut is not None:
            return cut
    if token.lower_ in CONTRAST_MARKS and token.dep_ == "mark" and tokens[k - 1].is_punct:
        if not parallel_figures(first, token) and runs_to_end(tokens, k):
            return k - 1 if tokens[k - 1].text in BREAK_PUNCT else k  # '“about right,” though'
    cut = circumstance_cut(tokens, k, first)
    return cut if cut is not None else _cut_at_verb(tokens, k, first)


def _cut_at_verb(tokens: list[Token], k: int, first: Token) -> int | None:
    """Where to cut before ``tokens[k]`` when it is a verb that starts a new report or the speaker's own act."""
    token = tokens[k]
    if _coordinated_report(token, first):
        opener = token.doc[subject_of(token).left_edge.i - 1]  # type: ignore[union-attr]
        return _position(tokens, opener.nbor(-1) if _even_as(opener) else opener, k)
    if speakers_own_act(token, first):
        return _before_verb_group(tokens, token, k)
    if _second_cue(token, first):
        subject = subject_of(token)
        cut = k if subject is None or subject.i > token.i else _position(tokens, subject.left_edge, k)
        return _before_verb_group(tokens, token, cut)
    return None


def _before_verb_group(tokens: list[Token], verb: Token, cut: int) -> int:
    """Move a cut before ``verb``'s auxiliaries, adverbs and the conjunction or comma before them ("but *did not*")."""
    while cut > 1 and tokens[cut - 1].head.i == verb.i and tokens[cut - 1].dep_ in VERB_GROUP_DEPS:
        cut -= 1
    while cut > 1 and (tokens[cut - 1].dep_ == "cc" or tokens[cut - 1].is_punct):
        cut -= 1
    return cut


def _coordinated_report(token: Token, first: Token) -> bool:
    """Whether ``token`` is a speech cue with its own subject after "and", "but" or "while" ("..., and a third said").

    The parser often hangs the second report under the first one's content
    clause; it is a new attribution all the same, unless a "that" makes it part
    of the content ("said X and that officials said Y").
    """
    subject = subject_of(token)
    if subject is None or not new_speech(token) or token.dep_ not in REPORT_DEPS or subject.i > token.i:
        return False
    if subject.lower_ in {"that", "which", "who"}:
        return False  # "and that said will ...": a misparse of "said" as a verb
    before = subject.left_edge.i - 1
    if before <= first.i:
        return False
    word = token.doc[before]
    marks = [c for c in token.children if c.dep_ == "mark"]
    if word.dep_ == "mark" and word.head.i == token.i and (word.lower_ in CONTRAST_MARKS or _even_as(word)):
        # "... while Okafor suggests ...": a contrasting report (after a poll's or video's finding, more of it)
        return marks == [word] and not parallel_figures(first, word)
    return not marks and word.lower_ in {"and", "but"}


def _even_as(word: Token) -> bool:
    """Whether a mark is the "as" of "even as" ("said A, even as his partners insisted B": a contrasting report)."""
    return word.lower_ == "as" and word.i > 0 and word.nbor(-1).lower_ == "even"


def _position(tokens: list[Token], token: Token, default: int) -> int:
    """The index of ``token`` in ``tokens`` (``default`` when it is not there)."""
    return next((k for k, t in enumerate(tokens) if t.i == token.i), default)


def _cut_at_break(tokens: list[Token], k: int, first: Token) -> int | None:
    """Where to cut at a comma or dash ``tokens[k]`` (not the last token) that opens an adjunct or aside."""
    token, nxt = tokens[k], tokens[k + 1]
    if word_hyphen(tokens, k):
        return None  # "far-reaching": a hyphen inside a word opens nothing
    if token.text in BREAK_PUNCT and _adjunct_after_break(tokens, k, first):
        return k
    if _closes_before_break(tokens, k) and _adjunct_after_break(tokens, k + 1, first):
        return k + 2  # '“expanded the party,” claiming ...': the comma inside the closing mark
    if token.text == "," and _aside_about_object(nxt, first):
        return k  # "thanked the crowd, which chanted his name": an aside about the object
    if token.text in ASIDE_PUNCT and closing_aside(tokens, k + 1):
        return k  # "criticised the treaty, a deal signed last year": the reporter's gloss
    return None


def _adjunct_after_break(tokens: list[Token], k: int, first: Token) -> bool:
    """Whether the words after the break ``tokens[k]`` are a participle or a contrast (", saying", ", though").

    ", without giving details" and ", without offering evidence" are the reporter's note on how it was said.

    Either ends the content only when it runs to the content's end
    (:func:`runs_to_end`): one set off inside the claim is part of it.
    """
    nxt = tokens[k + 1]
    if nxt.tag_ == "VBG" and nxt.dep_ in PARTICIPLE_DEPS:
        adjunct = True
    elif nxt.lower_ in CONTRAST_MARKS:
        adjunct = not parallel_figures(first, nxt)
    elif nxt.lower_ == "without":
        adjunct = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in nxt.children)  # ", without giving details"
    else:
        adjunct = nxt.lower_ == "even" and _next_is_contrast(tokens, k + 1)
    return adjunct and runs_to_end(tokens, k + 1)


def runs_to_end(tokens: list[Token], k: int) -> bool:
    """Whether the phrase that starts at ``tokens[k]`` closes the content rather than sitting inside it.

    A contrast or participle set off by commas inside the claim is part of
    it: it modifies a word that comes after it ("the scheme, though costly,
    was worth it") or the clause goes on after it with one of its own
    parts ("it was possible, though unlikely, that the vote would fail").
    One followed by nothing, or only by a circumstance (", leading to a
    row, in May"), is the reporter's addition.

    Args:
        tokens: The content tokens in order.
        k: Index of the phrase's first word.

    Returns:
        ``False`` when the phrase (the largest subtree that begins at its
        first word) is followed in the content by the word it modifies or by a
        core part (subject, object, complement clause) of one of its ancestors.

    """
    start = tokens[k]
    node = start
    while node.head.i != node.i and node.head.left_edge.i >= start.i:
        node = node.head
    end = node.right_edge.i
    rest = [t for t in tokens if t.i > end and not t.is_punct and not t.is_space]
    if not rest:
        return True
    if node.head.i > end:
        return False  # the phrase modifies a later word ("Democratic, though rural, areas")
    ancestors = {a.i for a in node.ancestors}
    word = rest[0]
    while word.head.i != word.i and word.head.i not in ancestors:
        word = word.head
    return word.head.i == word.i or word.dep_ not in INNER_DEPS


def word_hyphen(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a hyphen inside a word ("far-reaching", "well-known"), glued on both sides.

    Args:
        tokens: The content tokens in order.
        k: Index of the token (not the first).

    Returns:
        ``True`` for "-" with no space before or after it.

    """
    return tokens[k].text == "-" and not tokens[k - 1].whitespace_ and not tokens[k].whitespace_


def _closes_before_break(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a comma or dash and ``tokens[k + 1]`` the closing mark after it (',”').

    News puts the comma inside the closing quote mark, so the words after a quoted
    phrase follow the mark, not the comma.
    """
    return (
        tokens[k].text in BREAK_PUNCT
        and k + 2 < len(tokens)
        and tokens[k + 1].text in CLOSE_MARKS
        and tokens[k + 1].is_quote
    )


def _aside_about_object(word: Token, first: Token) -> bool:
    """Whether ", which ..." / ", who ..." after the content's object is a relative clause about it."""
    return (
        word.lower_ in {"which", "who"}
        and word.head.dep_ == "relcl"
        and first.dep_ in {"dobj", "pobj"}
        and word.head.head.i <= first.right_edge.i
    )


def _second_cue(token: Token, first: Token) -> bool:
    """Whether ``token`` is a coordinated cue verb starting an attribution of its own."""
    if token.dep_ == "conj" and token.head.i >= first.i and went_on_to_say(token):
        return True  # "said the budget was balanced and went on to say that ...": a second report
    if not (token.dep_ == "conj" and is_verb(token) and claim_cue(token) is not None and token.head.i >= first.i):
        return False
    if any(c.dep_ == "mark" for c in token.children):
        return False  # "and that officials said ..." goes on with the content
    if shares_perfect(token) or speaker_pronoun_goes_on(token):
        return False  # "she had heard a bang and seen two men": "seen" is the reported verb's participle
    reporter = _reporting_verb(first)
    if (token.tag_ == reporter.tag_ or token.head.i == reporter.i) and (subject_of(token) is None or new_speech(token)):
        return True
    return cue_shaped_conj(token, reporter)


def _reporting_verb(first: Token) -> Token:
    """The verb that reports the content headed by ``first``: its head, or the verb of a noun cue's object.

    "rejected claims that civilians had been targeted and blamed the rebels": the content hangs off the noun
    "claims", whose verb "rejected" is the one a coordinated second report shares its tense with.
    """
    head = first.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and is_verb(head.head) and head.head.i < head.i:
        return head.head
    return head


def closing_aside(tokens: list[Token], k: int) -> bool:
    """Whether the content from ``tokens[k]`` on is one aside about a noun before it.

    An appositive or relative clause after a comma or dash that runs to the
    end of the content ("..., the city's largest employer", "..., who
    took office in May") describes a noun of the claim; PolNeAR leaves it
    out.

    Args:
        tokens: The content tokens.
        k: Index of the first token after the comma or dash.

    Returns:
        ``True`` when an appositive or relative clause of an earlier noun
        covers ``tokens[k:]`` (trailing punctuation aside).

    """
    start = tokens[k]
    last = max((t.i for t in tokens[k:] if not t.is_punct and not t.is_space), default=start.i)
    node = start
    while node.head.i != node.i and node.head.i >= start.i and node.dep_ not in ASIDE_DEPS:
        node = node.head
    if node.dep_ == "appos" and (_list_or_place(node) or _speakers_aside(node)):
        return False
    if node.dep_ == "relcl" and start.lower_ == "that":
        return False  # "a van, possibly a Ford Transit, that was seen ...": "that" restricts, it never glosses
    return (
        node.dep_ in ASIDE_DEPS
        and node.left_edge.i == start.i
        and node.right_edge.i >= last
        and node.head.i < start.i
        and node.head.pos_ in NOUN_POS
    )


def _speakers_aside(appos: Token) -> bool:
    """An "appositive" that is the speaker's own words: hedged, or set off before more about the noun it follows.

    "a van, *possibly a Ford Transit*, that was seen ..." names what the speaker thinks the van was, and
    the "that" clause after the second comma goes on about the van (a "that" clause restricts, so it
    belongs to the noun before the aside): the whole is what was said, not the reporter's gloss.
    """
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES and c.i < appos.i for c in appos.children):
        return True
    return any(
        c.dep_ == "relcl" and c.left_edge.lower_ == "that" and appos.doc[c.left_edge.i - 1].text == ","
        for c in appos.children
    )


def _list_or_place(appos: Token) -> bool:
    """An "appositive" that is a list ("tax fairness, the closure of ... and ...") or a place ("Tulsa, Oklahoma")."""
    if any(c.dep_ == "cc" for c in appos.children):
        return True
    short = appos.right_edge.i - appos.left_edge.i < 3
    return short and all(t.pos_ == "PROPN" or t.is_punct for t in appos.subtree)


def parallel_figures(first: Token, mark: Token) -> bool:
    """Whether ", while ..." goes on with what a poll or study found.

    "The poll found 30 percent backed Lee, while 20 percent favored Diaz":
    for evidence cues the contrast clause is a second finding, not the
    reporter's comment.

    Args:
        first: The head of the content.
        mark: The contrast word after the comma.

    Returns:
        ``True`` for "while" or "whereas" after the content of an evidence cue.

    """
    if mark.lower_ not in {"while", "whereas"}:
        return False
    info = is_cue(first.head)
    return info is not None and info.cls == "evidence"


def _next_is_contrast(tokens: list[Token], k: int) -> bool:
    return k + 1 < len(tokens) and tokens[k + 1].lower_ in CONTRAST_MARKS


def char_span(text: str, tokens: list[Token] | tuple[Token, ...]) -> Span | None:
    """The character span of the tokens, trimmed of a leading "that" and edge punctuation.

    Quote marks stay at the edges (an opening mark at the start, a closing
    one at the end): the merge needs them to see quoted words.

    Args:
        text: The article.
        tokens: The content tokens, in any order.

    Returns:
        The span, or ``None`` when fewer than two characters remain.

    """
    if not tokens:
        return None
    ordered = drop_relays(tokens)  # relay phrases at the edges are chain links (chain_tails)
    first, last = 0, len(ordered) - 1
    while first <= last and _skippable(ordered[first], OPEN_MARKS):
        first += 1
    if first <= last and ordered[first].lower_ in LEADING_WORDS and first < last:
        first += 1
        while first <= last and _skippable(ordered[first], OPEN_MARKS):
            first += 1  # "that, while ..., ...": the comma after the complementiser
    while last >= first and (_skippable(ordered[last], CLOSE_MARKS) or ordered[last].dep_ == "cc"):
        last -= 1  # nor a dangling "and" ("the plan failed and")
    if first > last:
        return None
    start = ordered[first].idx
    end = ordered[last].idx + len(ordered[last].text)
    while end > start and text[end - 1] in FINAL_PUNCT:
        end -= 1
    if end - start < 2:
        return None
    return Span.of(text, start, end)


def _skippable(token: Token, keep: frozenset[str]) -> bool:
    """Whether an edge token is punctuation or space to trim (quote marks in ``keep`` stay)."""
    return token.is_space or (token.is_punct and token.text not in keep)


def trim_end(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without trailing space and sentence punctuation.

    Args:
        text: The article.
        start: Offset of the first character.
        end: Offset one past the last character.

    Returns:
        The span, or ``None`` when fewer than two characters remain.

    """
    while end > start and text[end - 1] in ".,;: \n\t\r":
        end -= 1
    if end - start < 2:
        return None
    return Span.of(text, start, end)


def one_paragraph(text: str, content: Span, cue_offset: int) -> Span | None:
    """The part of the content in the paragraph nearest the cue (claims do not cross line breaks).

    A line break that only wraps a line of hard-wrapped copy (the next line
    goes on in lower case, or the line ends on a joining word or comma, as
    :mod:`quoteextract._line_breaks` reads it) is no paragraph end.

    Args:
        text: The article.
        content: The content span.
        cue_offset: Where the cue starts.

    Returns:
        The content's last line when the cue comes after it, else its first
        line; ``None`` when too little is left.

    """
    breaks = [content.start + k for k, char in enumerate(content.text) if char == "\n"]
    hard = [at for at in breaks if not wraps_line(text, at)]
    if not hard:
        return content
    if cue_offset >= content.end:
        return trim_end(text, hard[-1] + 1, content.end)
    return trim_end(text, content.start, hard[0])


__all__ = [
    "char_span",
    "closing_aside",
    "cut_trailing",
    "one_paragraph",
    "parallel_figures",
    "runs_to_end",
    "trim_end",
    "word_hyphen",
]
