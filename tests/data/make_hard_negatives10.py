"""Write ``tests/data/hard_negatives10.jsonl``: a tenth, unseen suite of things that are not quotations.

Written in session 18 before reading the rejection, layout, claim-filter and classification rules and without
reading the first nine suites' passages (only their generators' docstrings and categories, to choose new
ground): search-engine queries, chatbot prompts and voice commands ("had typed “...” into a search engine");
product, model, trim, fare, software-version and system names; criminal charges, verdicts and disciplinary
grounds ("denies a charge of ‘causing death by careless driving’"); dishes, recipes and cocktails; text
messages, chats and voice notes read out in court, next to contact names, aliases and group-chat names;
irony and "so-called" quotes; "what does X mean" explainers; live-blog timestamps; statute, section,
regulation and amendment headings; translated place names ("whose name translates as “smoky bay”");
questions reporters asked that nobody answered; hypothetical, future, negated and refused speech;
speech by things (signs, apps, automated messages, sat-navs, alarms, labels, departure boards); advertising
claims ruled on by a watchdog; typography traps (UK single quotes next to plural possessives and elided
years, quotations inside parentheses, em-dash dialogue); and headlines, sub-heads, captions and teasers
quoting any of these. Every passage has a positive control.

Decisions beyond the earlier suites': a text message, chat message or voice note read out in court is
speech by its sender (a positive control, cue "texted"/"wrote"/"told", source the sender; the prosecutor
who reads it out is no source); a contact name, alias or group-chat name beside it is a ``nickname`` or
``title``. A question reporters put that nobody answered is ``refusal`` (category ``unanswered_question``):
the press is no source. A speech scheduled with its words released in advance ("will tell the conference on
Wednesday that ...", "according to extracts") is speech, as in the speech-or-not suites; an announcement
only foretold ("will announce its verdict next month") is ``negated`` (category ``future``). A sign, app,
label, alarm or board that "says" is ``non_reporting`` (category ``device``). A criminal charge or verdict
is ``words_as_words`` (category ``charge``), a statute's heading is ``title``; an advertising claim is a
``slogan`` (category ``ad_claim``); a live-blog time stamp is ``byline``.

Passages: ``hard_negatives10_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives10", "hn10")

if __name__ == "__main__":
    main()
