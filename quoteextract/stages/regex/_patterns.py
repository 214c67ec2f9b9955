"""The surface patterns of the regex-only mode, built once from the English lexicon.

Names, descriptions and the cue verbs' surface forms (the mode has no
lemmatiser: irregular forms come from ``data/regex_verb_forms.tsv``, regular
ones are generated) are compiled into one commented pattern per construction;
the rules in :mod:`quoteextract.stages.regex.rules` run them.
"""

from __future__ import annotations

import functools

import regex

from ...lang.en._lexicon import cue_verbs
from ...lang.en._tables import read_table

_MIN_WEIGHT = 0.7
"""Cue verbs below this lexicon weight are too ambiguous without a parse."""

_NAME_WORD = r"\p{Lu}[\p{L}\-]*(?:['’]\p{L}{2,}[\p{L}\-]*)?\.?"  # "Ruiz", "O'Neill", "St." (not "He's")
_NAME = rf"""
    (?<![\p{{L}}\p{{N}}'’])(?!(?:NOT_NAMES)\b)                                # a word start, not a function word
    (?<!(?<!\p{{L}})(?:NOT_NAMES)\s+)                                         # nor right after one ("As Soviet")
    (?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Lt|Col|Capt|Sgt)\.?\s+)?   # honorific
    {_NAME_WORD}                                                          # first capitalised word
    (?:\s+(?:{_NAME_WORD}|de|van|von|bin|al|la|le|da|di|del)){{0,3}}        # more name words
"""
_DESCRIPTION = r"""
    (?<![\p{L}\p{N}'’])                                                    # a word start
    (?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther)
    (?:\s+[\p{L}\-’']+){1,4}?                                              # up to four words, lazily
"""
_BARE_PLURAL = r"""
    (?<![\p{L}\p{N}'’])                                                    # a word start
    (?:\p{Ll}[\p{L}\-’']*\s+){0,2}\p{Ll}[\p{L}\-’']*s\b                   # "officials", "senior aides"
"""
_ADVERBS = r"""
    (?:\s+(?:has|have|had|also|later|then|previously|repeatedly|once|often|recently|
            publicly|privately|reportedly|would|will|again|simply|flatly))*   # words between subject and verb
"""
_TIME = r"""
    (?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|
            last\s+week|this\s+week|earlier|in\s+a\s+statement|in\s+an\s+interview))?  # when or how
"""


@functools.cache
def _not_names() -> tuple[str, ...]:
    """Capitalised function words that never start a name (``data/regex_not_names.txt``)."""
    return tuple(w for (w,) in read_table("regex_not_names.txt", 1) if w)


def _regular_forms(lemma: str) -> tuple[str, str]:
    """The past and third-person forms of a regular verb ("warn" -> "warned", "warns")."""
    if lemma.endswith("e"):
        return lemma + "d", lemma + "s"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied", lemma[:-1] + "ies"
    if lemma.endswith(("s", "x", "ch", "sh", "z")):
        return lemma + "ed", lemma + "es"
    return lemma + "ed", lemma + "s"


@functools.cache
def _verb_forms(told: bool = False) -> tuple[str, ...]:
    """Surface forms of the cue verbs usable without a parse, longest first.

    Args:
        told: The verbs that take an addressee ("told reporters that"), or
            (``False``) all the others.

    """
    irregular = {
        lemma: [f.strip() for f in forms.split(",") if f.strip()]
        for lemma, forms in read_table("regex_verb_forms.tsv", 2)
    }
    forms: set[str] = set()
    for lemma, entry in cue_verbs().items():
        if entry.weight < _MIN_WEIGHT or entry.cls not in {"speech", "belief"}:
            continue
        if not entry.frames & {"ccomp", "parataxis"} or (entry.relation == "told") != told:
            continue
        forms.update(irregular[lemma] if lemma in irregular else _regular_forms(lemma))
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@functools.cache
def patterns() -> dict[str, regex.Pattern[str]]:
    """The surface patterns of this module, one named, commented entry each (built once)."""
    verb = r"(?:" + "|".join(regex.escape(f) for f in _verb_forms()) + r")"
    told = r"(?:" + "|".join(regex.escape(f) for f in _verb_forms(told=True)) + r")"
    addressee = r"(?:\s+[\p{L}’'.\-]+){1,4}?"
    extra = r"(?:[ \t]+[\p{L}’'.]+){0,3}?"  # "told reporters", "said in Ohio"
    said = verb  # verbs whose next words are the claim
    verb = rf"(?:{said}|{told})"  # every cue verb
    name = _NAME.replace("NOT_NAMES", "|".join(regex.escape(w) for w in _not_names()))
    subject = rf"(?:{name}|(?<![\p{{L}}’'])(?i:he|she|they|we|I)|{_DESCRIPTION})"
    loose = rf"(?:{subject}|{_BARE_PLURAL})"  # after a comma or closing mark a bare plural is a subject too
    flags = regex.VERBOSE | regex.V1
    return {
        # After a closing mark: ", SPEAKER said" ("“...,” the mayor said").
        "AFTER_SPEAKER_VERB": regex.compile(rf"\A[ \t]*(?P<speaker>{loose}){_ADVERBS}[ \t]+(?P<cue>{verb})\b", flags),
        # After a closing mark: "said SPEAKER" ("“...,” said Ana Ruiz").
        "AFTER_VERB_SPEAKER": regex.compile(
            rf"\A[ \t]*(?P<cue>{verb})[ \t]+(?P<speaker>{name}|{_DESCRIPTION})\b", flags
        ),
        # After a closing mark: "according to SPEAKER".
        "AFTER_ACCORDING": regex.compile(
            rf"\A[ \t]*,?[ \t]*(?P<cue>according\s+to)[ \t]+(?P<speaker>{name}|{_DESCRIPTION})\b", flags
        ),
        # Before an opening mark: "SPEAKER said:" / "SPEAKER told reporters," at the end of the text before it.
        "BEFORE": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}[ \t]+(?P<cue>{verb}){extra}{_TIME}[ \t]*[,:][ \t]*\Z",
            flags,
        ),
        # Inside a sentence: "SPEAKER told ADDRESSEE that " before a clause.
        "TOLD_THAT": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}\s+(?P<cue>{told}){addressee}{_TIME}\s+that\s+", flags
        ),
        # Mid-sentence: "CLAUSE, SPEAKER said, CLAUSE." (the claim is the whole sentence).
        "PARENTHETICAL": regex.compile(rf",\s+(?P<speaker>{loose}){_ADVERBS}\s+(?P<cue>{verb}){_TIME},\s+", flags),
        # Inside a sentence: "SPEAKER said (on Monday) (that) " before an unquoted clause.
        "SAID_THAT": regex.compile(
            rf"(?P<speaker>{subject}){_ADVERBS}\s+(?P<cue>{said}){_TIME}(?:,)?\s+(?:that\s+)?", flags
        ),
        # At a sentence's end: ", SPEAKER said." or ", said SPEAKER." after a clause.
        "CLAUSE_SAID": regex.compile(
            rf",\s+(?:(?P<speaker>{loose}){_ADVERBS}\s+(?P<cue>{verb})|(?P<cue2>{verb})\s+(?P<speaker2>{name}|{_DESCRIPTION})){_TIME}\s*[.!?]?\s*\Z",
            flags,
        ),
        # A sentence end: terminal punctuation, optional closing marks, space, then a capital or opening mark.
        "SENTENCE_END": regex.compile(r"[.!?][”’\"]?(?=\s+[“‘\"]?\p{Lu})|\n+"),
        # Abbreviations that end with a dot but not a sentence.
        "ABBREVIATION": regex.compile(
            r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|Rev|Lt|Col|Capt|Sgt|Inc|Co|Corp|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs)|\b\p{Lu}|\.\p{Lu})\.\Z"
        ),
        # Joining a second fragment: optional appositive, then a comma or colon before the next opening mark.
        "CONTINUE": regex.compile(r"\A(?:,[^,.;“”\"\n]{1,60})?[ \t]*[,:][ \t]*\Z"),
        # Words a clause must have to be a claim (at least three).
        "WORD": regex.compile(r"\p{L}[\p{L}'’\-]*"),
    }
