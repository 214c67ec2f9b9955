"""A speech verb in a time or condition clause frames the sentence; it does not report it (session 18).

Registered rule of stage ``"claim_filters"`` (see :mod:`.filters`); it returns ``True`` to drop a candidate
claim.

``claim.parataxis`` reads a clause before a closing attribution as its content ("The talks resumed, the
ministry said"). News also puts a speech verb in a clause that says *when* or *on what condition* the main
clause happened: "The coach was checking the pitch *when he told* reporters about the injury", "The team
kept training *while the manager spoke* to the board", "Turnout rose *after the council said* so in
March", "*If one adds* the northern wards, the total passes 300". The main clause is the writer's
narration: the subordinate clause sets its time or condition, and whatever was told is not the main
clause. So ``claim_filter.framing_clause`` drops a ``claim.parataxis`` claim whose cue heads an adverbial
clause opened by such a subordinator. "As" stays: "*As the minister told* parliament, the cuts are
temporary" is the minister's claim (an "as" parenthetical, see :mod:`.as_clause`).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from .filters import Candidate

FRAMING_MARKS: frozenset[str] = frozenset(
    {"when", "whenever", "while", "after", "before", "until", "till", "once", "since", "if", "unless", "because", "for"}
)
"""Subordinators of a clause that sets the time, condition or cause of the main clause ("*when* he told ...")."""


@rule("claim_filter.framing_clause", stage="claim_filters", order=1010)
def framing_clause(candidate: Candidate) -> bool:
    """Drops a closing-attribution claim whose cue is in a "when"/"while"/"after"/"if" clause ("... when he told")."""
    info = candidate.info
    if candidate.rule != "claim.parataxis" or info is None:
        return False
    verb = info.token
    if verb.dep_ != "advcl":
        return False
    return any(c.dep_ in {"mark", "advmod"} and c.i < verb.i and c.lower_ in FRAMING_MARKS for c in verb.children)


__all__ = ["FRAMING_MARKS"]
