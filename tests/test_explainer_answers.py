"""An explainer box's "A:" line that reports someone keeps that report (session 10, found when the branches merged).

Since session 10 an "A:" line of a Q&A box that is no interview is a ``section_label`` line
(``layout.transcript``): "A" speaks no words. The words after it may report someone ("A: No. The
council said ..."); ``claim_filter.section_label`` drops the label's claim over the whole line, so the
council's claim inside it is kept instead of being swallowed by it.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model

BOX = """Pool to close for repairs

The town's only public pool will shut for six months from June.

Q: Will swimming lessons stop?
A: No. The leisure trust said lessons would move to the school pool in Eastgate.

Q: What about the staff?
A: They stay on full pay, according to the trust's chief executive.

Parents said they were worried about the longer journey."""


def _claims(nlp, text, disable=()):
    result = quoteextract.Extractor(nlp, disable=list(disable))(text)
    return [(q.text, q.speaker.text if q.speaker else None) for q in result.quotes]


def test_the_report_inside_an_answer_line_is_kept(nlp):
    """The trust's claim inside "A: No. The leisure trust said ..." is reported, with the trust as speaker."""
    found = _claims(nlp, BOX)
    assert ("lessons would move to the school pool in Eastgate", "The leisure trust") in found
    assert not any(speaker in {"A", "Q"} for _, speaker in found)


def test_without_the_filter_the_label_swallows_it(nlp):
    """Switched off, the label's claim over the whole line wins and the layout then drops it: nothing is left."""
    found = _claims(nlp, BOX, disable=["claim_filter.section_label"])
    assert ("lessons would move to the school pool in Eastgate", "The leisure trust") not in found
