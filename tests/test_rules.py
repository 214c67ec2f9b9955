"""The rule registry: registering, listing, enabling and disabling rules."""

import pytest

import quoteextract
from quoteextract import rules


@rules.rule("test.always_off", stage="claims", order=9999, default=False)
def _always_off(cue):
    """A rule for these tests: off unless enabled."""
    return None


def test_a_registered_rule_is_listed_with_its_description():
    """all_rules() lists a registered rule with its stage, order and docstring's first line."""
    found = rules.get_rule("test.always_off")
    assert (found.stage, found.order, found.default) == ("claims", 9999, False)
    assert found.description == "A rule for these tests: off unless enabled."
    assert found in rules.all_rules()


def test_a_rule_off_by_default_runs_only_when_enabled():
    """A rule registered with default=False is active only in a set that enables it."""
    assert rules.get_rule("test.always_off") not in rules.RuleSet().active("claims")
    assert rules.get_rule("test.always_off") in rules.RuleSet(enable={"test.always_off"}).active("claims")


def test_a_disabled_rule_is_not_active():
    """Disabling a rule removes it from its stage's active rules."""
    enabled = rules.RuleSet(enable={"test.always_off"}, disable={"test.always_off"})
    assert not enabled.is_on("test.always_off")
    assert rules.get_rule("test.always_off") not in enabled.active("claims")


def test_active_rules_come_in_order():
    """A stage's rules are returned lowest order first."""
    orders = [r.order for r in rules.RuleSet(enable={"test.always_off"}).active("claims")]
    assert orders == sorted(orders)


def test_unknown_rule_names_are_refused():
    """Naming a rule that does not exist raises InputError, also through Extractor."""
    with pytest.raises(quoteextract.InputError, match="no rule named"):
        rules.RuleSet(disable={"no.such.rule"})
    with pytest.raises(quoteextract.InputError, match="no rule named"):
        quoteextract.Extractor(disable=["no.such.rule"])


def test_a_string_is_not_a_list_of_rule_names():
    """Passing one name as a bare string is refused rather than read letter by letter."""
    with pytest.raises(quoteextract.InputError, match="list of rule names"):
        quoteextract.Extractor(disable="claim.dobj")


def test_a_name_cannot_be_taken_by_another_function():
    """Registering a second function under a taken name raises InputError."""
    with pytest.raises(quoteextract.InputError, match="already registered"):

        @rules.rule("test.always_off", stage="claims", order=1)
        def other(cue):
            """Another function."""
