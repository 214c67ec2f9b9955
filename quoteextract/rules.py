"""The rule registry: every attribution rule is a short, named, registered function.

A rule belongs to one *stage* (``"reject"``, ``"quotes"``, ``"claims"``,
``"claim_filters"``, ``"sources"``, ``"regex"`` ...), one language, and has
an ``order`` within its stage: a stage asks the registry for its rules and
tries them in that order, so priority is stated in one place (the ``order``
numbers, listed by ``quoteextract rules``) instead of by branch order in code.
What a rule receives and returns is the stage's protocol, documented on the
stage (see the "Architecture" page of the docs).

Registering a rule::

    from quoteextract import rules

    @rules.rule("claim.my_frame", stage="claims", order=450, confidence=0.6, default=False)
    def my_frame(cue):
        '''"X vowed that ...": my own construction.'''
        ...

Built-in rules are on by default; a rule registered with ``default=False``
is off until an extractor enables it (``Extractor(enable=["claim.my_frame"])``
or the spaCy component's ``enable_rules`` setting), and any rule can be
switched off (``Extractor(disable=["claim.dobj"])``).

The registry is built on :mod:`catalogue`, the registry library spaCy ships.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs
import catalogue

from ._errors import InputError

F = TypeVar("F", bound=Callable[..., Any])

_REGISTRY = catalogue.create("quoteextract", "rules", entry_points=True)
"""The catalogue registry behind :func:`rule` (entry-point group ``quoteextract_rules``)."""

_RULES: dict[str, Rule] = {}
"""Every registered rule by name: the registry's contents, read without rescanning entry points."""

_LOADED: list[bool] = [False]
"""Whether the built-in rule modules and the entry points have been imported."""


@attrs.frozen
class Rule:
    """A registered rule.

    Args:
        name: Unique dotted name, written into every result it produces
            (``Quotation.rule``), e.g. ``"claim.ccomp"``.
        stage: The stage that runs it.
        order: Position within the stage: lower runs first.
        func: The function; its signature is the stage's protocol.
        language: ISO code of the language whose syntax it reads (``"*"``
            for a rule that reads no syntax).
        confidence: The base confidence of what it finds, if it finds
            something (``None`` for filters and rejections).
        default: Whether extractors run it unless told not to.
        description: One line saying what it does (its docstring's first line).

    .. versionadded:: 0.2.0

    """

    name: str
    stage: str
    order: int
    func: Callable[..., Any] = attrs.field(eq=False, repr=False)
    language: str = "en"
    confidence: float | None = None
    default: bool = True
    description: str = ""


def rule(
    name: str,
    *,
    stage: str,
    order: int,
    language: str = "en",
    confidence: float | None = None,
    default: bool = True,
) -> Callable[[F], F]:
    """Register the decorated function as a rule.

    Args:
        name: Unique dotted name of the rule.
        stage: The stage that runs it.
        order: Position within the stage: lower runs first.
        language: ISO code of the language it is written for (``"*"`` for any).
        confidence: Base confidence of its results, if it produces any.
        default: Whether extractors run it unless told not to.

    Returns:
        A decorator that registers the function and returns it unchanged.

    Raises:
        InputError: If ``name`` is empty or already registered to another function.

    .. versionadded:: 0.2.0

    """
    if not isinstance(name, str) or not name.strip():
        raise InputError("a rule needs a non-empty name")

    def register(func: F) -> F:
        existing = _RULES.get(name)
        if existing is not None and existing.func is not func and _qualname(existing.func) != _qualname(func):
            raise InputError(f"a rule named {name!r} is already registered ({_qualname(existing.func)})")
        doc = inspect.getdoc(func) or ""
        entry = Rule(
            name=name,
            stage=stage,
            order=order,
            func=func,
            language=language,
            confidence=confidence,
            default=default,
            description=doc.strip().splitlines()[0] if doc.strip() else "",
        )
        _REGISTRY.register(name, func=entry)
        _RULES[name] = entry
        _ACTIVE_CACHE.clear()
        return func

    return register


def _qualname(func: Callable[..., Any]) -> str:
    """``module.qualname`` of a function, to tell a reload from a clash."""
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', repr(func))}"


def all_rules() -> list[Rule]:
    """Every registered rule, by stage order and then order within the stage.

    Returns:
        The rules, built-in and user-registered, enabled or not.

    .. versionadded:: 0.2.0

    """
    _load_builtins()
    found = list(_RULES.values())
    return sorted(found, key=lambda r: (STAGE_ORDER.get(r.stage, len(STAGE_ORDER)), r.stage, r.order, r.name))


def get_rule(name: str) -> Rule:
    """The registered rule called ``name``.

    Raises:
        InputError: If no rule has that name.

    .. versionadded:: 0.2.0

    """
    _load_builtins()
    found = _RULES.get(name)
    if not isinstance(found, Rule):
        raise InputError(f"no rule named {name!r}; `quoteextract rules` lists them")
    return found


STAGE_ORDER: dict[str, int] = {
    "layout": 0,
    "reject": 1,
    "quotes": 2,
    "mixed": 3,
    "claims": 4,
    "claim_filters": 5,
    "merge": 6,
    "classify": 7,
    "titles": 8,
    "speaker_mentions": 9,  # before "speakers" (same number; ties sort by name)
    "speakers": 9,
    "sources": 10,
    "confidence": 11,
    "regex": 12,
}
"""The stages in the order the pipeline runs them (for listings)."""


def _names(values: Iterable[str]) -> frozenset[str]:
    """Rule names as a frozen set (the converter of :class:`RuleSet`'s fields)."""
    return frozenset(values)


@attrs.frozen
class RuleSet:
    """The rules one extractor runs: the defaults, plus those enabled, minus those disabled.

    Args:
        enable: Names of rules to run although they are off by default.
        disable: Names of rules not to run.
        language: The pipeline's language; rules of other languages are skipped.

    Raises:
        InputError: If a name is not a registered rule.

    .. versionadded:: 0.2.0

    """

    enable: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    disable: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    language: str = "en"

    def __attrs_post_init__(self) -> None:
        for name in self.enable | self.disable:
            get_rule(name)

    def active(self, stage: str) -> tuple[Rule, ...]:
        """The rules of ``stage`` this set runs, in order.

        Args:
            stage: A stage name.

        Returns:
            The enabled rules of that stage for this language, lowest ``order`` first.

        """
        return _active(self, stage)

    def is_on(self, name: str) -> bool:
        """Whether the rule called ``name`` runs in this set."""
        found = get_rule(name)
        return (found.default or name in self.enable) and name not in self.disable


def _active(rules: RuleSet, stage: str) -> tuple[Rule, ...]:
    """The enabled rules of one stage, in order (memoised per rule set and stage)."""
    key = (rules.enable, rules.disable, rules.language, stage)
    cached = _ACTIVE_CACHE.get(key)
    if cached is None:
        cached = tuple(
            r
            for r in all_rules()
            if r.stage == stage
            and r.language in (rules.language, "*")
            and (r.default or r.name in rules.enable)
            and r.name not in rules.disable
        )
        _ACTIVE_CACHE[key] = cached
    return cached


_ACTIVE_CACHE: dict[tuple[Any, ...], tuple[Rule, ...]] = {}

DEFAULT_RULES = RuleSet()
"""The built-in rules, none added or removed."""


def as_rule_set(enable: Iterable[str] = (), disable: Iterable[str] = (), language: str = "en") -> RuleSet:
    """A :class:`RuleSet` from names, checking each (``str`` is refused as an iterable of names).

    Raises:
        InputError: If ``enable`` or ``disable`` is a string, or names an unknown rule.

    """
    if isinstance(enable, str | bytes) or isinstance(disable, str | bytes):
        which = "enable" if isinstance(enable, str | bytes) else "disable"
        raise InputError(f"{which} takes a list of rule names, not one string")
    return RuleSet(enable=frozenset(enable), disable=frozenset(disable), language=language)


def _load_builtins() -> None:
    """Import the modules that register the built-in rules, and the entry points' rules (once)."""
    if _LOADED[0]:
        return
    _LOADED[0] = True
    import importlib

    for module in BUILTIN_RULE_MODULES:
        importlib.import_module(module)
    for name, entry in _REGISTRY.get_entry_points().items():  # importing a plugin registers its rules
        if isinstance(entry, Rule) and name not in _RULES:
            _RULES[name] = entry
    _ACTIVE_CACHE.clear()


BUILTIN_RULE_MODULES: tuple[str, ...] = (
    # One line per module that registers built-in rules (each stage adds its own).
    "quoteextract.stages.classify",
    "quoteextract.stages.classify_content",
    "quoteextract.stages.classify_acts",
    "quoteextract.stages.classify_polarity",
    "quoteextract.stages.classify_misquote",
    "quoteextract.stages.classify_modal",
    "quoteextract.stages.classify_scheduled",
    "quoteextract.stages.classify_document",
    "quoteextract.stages.classify_court",
    "quoteextract.stages.classify_refusal",
    "quoteextract.stages.classify_aside",
    "quoteextract.stages.classify_spoken",
    "quoteextract.stages.classify_rebuttal",
    "quoteextract.stages.classify_labelled",
    "quoteextract.stages.confidence",
    "quoteextract.stages.claims.frames",
    "quoteextract.stages.claims.told_clause",
    "quoteextract.stages.claims.wh_question",
    "quoteextract.stages.claims.cue_misparse",
    "quoteextract.stages.claims.stray_clause",
    "quoteextract.stages.claims.appos_tail",
    "quoteextract.stages.claims.as_clause",
    "quoteextract.stages.claims.addressee",
    "quoteextract.stages.claims.extra_cues",
    "quoteextract.stages.claims.phrase_cues",
    "quoteextract.stages.claims.figure",
    "quoteextract.stages.claims.denied_report",
    "quoteextract.stages.claims.said_sorry",
    "quoteextract.stages.claims.inverted",
    "quoteextract.stages.claims.participle_tail",
    "quoteextract.stages.claims.raised",
    "quoteextract.stages.claims.attempted",
    "quoteextract.stages.claims.filters",
    "quoteextract.stages.claims.senses",
    "quoteextract.stages.claims.idioms",
    "quoteextract.stages.claims.set_phrases",
    "quoteextract.stages.claims.np_sense",
    "quoteextract.stages.claims.inf_sense",
    "quoteextract.stages.claims.act_sense",
    "quoteextract.stages.claims.no_content",
    "quoteextract.stages.claims.voiceless",
    "quoteextract.stages.claims.chain_tails",
    "quoteextract.stages.claims.rejected",
    "quoteextract.stages.claims.quoted_as",
    "quoteextract.stages.claims.colon_object",
    "quoteextract.stages.claims.framing_clause",
    "quoteextract.stages.speakers._descriptors",
    "quoteextract.stages.speakers._speaker_rules",
    "quoteextract.stages.speakers._titled",
    "quoteextract.stages.speakers._documents",
    "quoteextract.stages.speakers._quoted_as",
    "quoteextract.stages.speakers._nested",
    "quoteextract.stages.speakers._framed",
    "quoteextract.stages.speakers._abbreviation_stop",
    "quoteextract.stages.speakers._generic_person",
    "quoteextract.stages.speakers._kin",
    "quoteextract.stages.speakers._company",
    "quoteextract.stages.sources._claim_rules",
    "quoteextract.stages.sources._segment_rules",
    "quoteextract.stages.sources._carry",
    "quoteextract.stages.sources._relays",
    "quoteextract.stages.sources._credits",
    "quoteextract.stages.attribution._reject",
    "quoteextract.stages.attribution._reject_markers",
    "quoteextract.stages.attribution._reject_syntax",
    "quoteextract.stages.attribution._reject_naming",
    "quoteextract.stages.attribution._reject_chant",
    "quoteextract.stages.attribution._reject_given",
    "quoteextract.stages.attribution._reject_display",
    "quoteextract.stages.attribution._reject_sayings",
    "quoteextract.stages.attribution._reject_glossed",
    "quoteextract.stages.attribution._reject_legal",
    "quoteextract.stages.attribution._reject_named",
    "quoteextract.stages.attribution._reject_shown",
    "quoteextract.stages.attribution._reject_carried",
    "quoteextract.stages.attribution._reject_fiction",
    "quoteextract.stages.attribution._quotes",
    "quoteextract.stages.attribution._trailing",
    "quoteextract.stages.attribution._leading",
    "quoteextract.stages.attribution._around",
    "quoteextract.stages.attribution._back_reference",
    "quoteextract.stages.attribution._from_marks",
    "quoteextract.stages.attribution._join",
    "quoteextract.stages.attribution._nested",
    "quoteextract.stages.attribution._dash_turns",
    "quoteextract.stages.attribution._qa_answers",
    "quoteextract.stages.attribution._mixed",
    "quoteextract.stages.attribution._mixed_verbs",
    "quoteextract.stages.attribution._apposed",
    "quoteextract.stages.attribution._mixed_opening",
    "quoteextract.stages.attribution._merge",
    "quoteextract.stages.regex.surface",
    "quoteextract.stages.layout.roles",
    "quoteextract.stages.layout.display",
    "quoteextract.stages.layout.captions",
    "quoteextract.stages.layout.transcript",
    "quoteextract.stages.layout.interview",
    "quoteextract.stages.layout.labels",
    "quoteextract.stages.speakers._transcript",
    "quoteextract.stages.speakers._headings",
    "quoteextract.stages.speakers._words_of",
    "quoteextract.stages.speakers._families",
    "quoteextract.stages.speakers._offices",
)
"""Modules whose import registers the built-in rules, so listings see them without running anything."""
