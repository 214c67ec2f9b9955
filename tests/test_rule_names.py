"""Every rule name a result can carry is a registered rule, so `quoteextract rules` explains any output."""

import pytest

import quoteextract
from quoteextract import rules

ARTICLE = """Council votes to close harbour pool

“We had no choice,” said Mayor Ines Falk, the council's chair. “The roof is failing.”
The treasurer, Dara Moss, said the repairs would cost more than the pool earns in a decade.
According to a report by the city engineers, the building has been unsafe since March.
Residents were furious. “It is a disgrace,” one swimmer told the Harbour Gazette, calling the vote
“a betrayal.” Moss added: “Nobody wanted this.”
Critics accused the council of hiding the report, and the union criticised the plan.
Falk, who has denied that claim, promised to reopen the pool within five years.
“Closed,” she said, “is not forever.”
"""


@pytest.mark.model
def test_every_rule_in_the_output_is_registered(nlp):
    """Each quotation's rule name on a varied article is a registered rule that is on."""
    result = quoteextract.analyse(nlp(ARTICLE))
    names = {q.rule for q in result.quotes}
    assert len(names) >= 4, names  # the article exercises several rules
    registered = {r.name for r in rules.all_rules()}
    assert names <= registered, names - registered
    assert all(rules.RuleSet().is_on(name) for name in names)


def test_regex_mode_rule_names_are_registered():
    """The regex-only mode's rule names are registered too."""
    result = quoteextract.extract_regex(ARTICLE)
    names = {q.rule for q in result.quotes}
    assert names, "the regex mode finds the quotations"
    registered = {r.name for r in rules.all_rules()}
    assert names <= registered, names - registered
