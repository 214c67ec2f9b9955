"""Two interactions found when session 10's branches were merged, on new invented sentences.

- ``claim.denied_report`` credits a denied report to the one who denies it ("The airline denied reports
  that ..."); when the report has an owner before it ("the company's claim that ...") the claim is the
  owner's, and the noun frame reports it.
- ``classify.class.sign`` makes a thing that "reveals" or "suggests" a sign (evidence); a public inquiry,
  a tribunal or an inquest reports in its own name, like a court, and stays speech.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text):
    return [
        (q.text, q.cue.text if q.cue else None, q.cue_class, q.polarity) for q in quoteextract.extract(text, nlp).quotes
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The union rejected the company's claim that the site was losing money.",
            "the site was losing money",
            "claim",
        ),
        (
            "Ms Okoro denied her rival's allegation that she had broken the rules.",
            "she had broken the rules",
            "allegation",
        ),
        (
            "The club dismissed the agent's suggestion that the striker wanted to leave.",
            "the striker wanted to leave",
            "suggestion",
        ),
    ],
)
def test_an_owned_claim_is_its_owner_s(nlp, text, content, cue):
    """The owner's claim is reported with its own noun as cue, not swallowed by the denial."""
    assert (content, cue) in [(c, k) for c, k, _, _ in _claims(nlp, text)]


def test_an_unowned_report_is_still_denied(nlp):
    """Without an owner, the denied report is the denier's claim, polarity denied."""
    found = _claims(nlp, "The airline denied reports that it would cut 800 jobs.")
    assert ("reports that it would cut 800 jobs", "denied", "speech", "denied") in found


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry revealed that records had been altered.",
        "The tribunal revealed that the firm had ignored three warnings.",
        "The inquest confirmed that the boy had drowned.",
    ],
)
def test_an_inquiry_speaks_in_its_own_name(nlp, text):
    """An inquiry, a tribunal or an inquest that reveals or confirms is speech."""
    assert [cls for _, _, cls, _ in _claims(nlp, text)] == ["speech"]


def test_a_sign_still_suggests(nlp):
    """A thing that suggests is evidence, as classify.class.sign says."""
    assert [cls for _, _, cls, _ in _claims(nlp, "The timing suggested that the deal had been agreed in advance.")] == [
        "evidence"
    ]
