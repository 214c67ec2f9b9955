"""Write ``chains_unseen4.jsonl``: a fourth held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen4.py

The articles live in ``chains_unseen4_articles.py`` and ``_b.py``; the annotation conventions and the offset
finder are those of ``make_speakers_suite.py`` (imported from it). The set was written before the sources code
was read (session 9), as an honest unseen check of relay shapes the first three sets did not try. Conventions
for the chain (``via``), those of ``make_chains_unseen2.py`` and ``make_chains_unseen3.py`` where they overlap:

- Three hops are written from the speaker outward: "according to a leaked memo, first obtained by Y and later
  confirmed by Z" is [author ``according_to``, Y ``reported_by``, Z ``reported_by``]; "X told a closed meeting
  of her MPs ..., according to two attendees who spoke to Y" is [X, her MPs ``told``, the attendees
  ``reported_by``, Y ``interview``] (the people told are a hop before a relay, as in the earlier sets; "spoke
  to Y" is "speaking to Y"); "minutes
  obtained by Y and later published by Z" show "X told the other side" is [X, the side ``told``, Y, Z].
- "Y quoted X as saying (that) ...", "Y quoted X as saying: “...”", "X was quoted by Y as saying", "X was
  quoted as saying by Y", "a senior official, quoted by Y, said", "the agency quoted the ministry as saying":
  X is the speaker and Y ``reported_by``. A report an outlet later withdrew keeps its chain (the quotation is
  still the outlet's report of what X said).
- "X said in an interview with Y published Sunday / aired on Monday", "speaking to Y, X said": Y
  ``interview``; "X told Y's Sunday programme", "telling the Z programme on Y", "in remarks to state
  television", "in comments to local media / to the magazine Y", "in a statement to Y": Y ``told``. Such a
  frame carries over to the direct quotations that continue it in the same paragraph with a pronoun; a new
  indirect report ("He said ...") does not carry it.
- Relays are ``reported_by``: "in a letter to shareholders seen by Y", "emails seen by Y show", "a message
  reviewed by Y", "audio heard by Y", "a recording obtained by Y captures X saying", "court papers reviewed by
  Y show X told investigators" (investigators ``told``), a bare "(via Y)" credit after a report.
- "according to Y, which cited Z", "Y reported, citing Z": Z is the speaker and Y ``citing``; anonymous
  sources keep that link in their later reports ("the officials said", "One of them said"). "Y reported that
  ...; the officials, who spoke on condition of anonymity ..., said": the officials, Y ``reported_by``.
- No link: "told a press conference broadcast live by Y" (a public event the reporter could witness, like a
  televised address), "said through an interpreter", "h/t Y" after a post on the speaker's own account (a
  credit for pointing to the post, not a relay), "tells our reporter", "told the jury", a post on the
  speaker's own website, and the two-source controls: "X said ..., and Y agreed", "X and Y both said", "X
  replied to Y's claim that ..., saying" (Y's claim is Y's own quotation), "X rejected Y's account and said",
  "Citing a survey by Y, X said" / "X, citing those figures, said" (X is the speaker, Y a source of data).

Besides the suite's fields each quotation has ``classes`` naming the shape it tests (``three_hop_memo``,
``three_hop_attendees``, ``three_hop_minutes``, ``as_first_reported``, ``quoted_as_saying``,
``quoted_as_saying_that``, ``quoted_as_saying_colon``, ``quoted_pronoun_as_saying``, ``was_quoted_by``,
``was_quoted_as_saying_by``, ``official_quoted_by``, ``agency_quoted_ministry``, ``interview_published``,
``interview_aired``, ``speaking_to``, ``told_programme``, ``told_sunday_programme``, ``telling_programme``,
``told_the_paper``, ``remarks_to``, ``comments_local_media``, ``comments_to_outlet``, ``statement_to``,
``letter_seen``, ``letter_carryover``, ``emails_seen``, ``message_reviewed``, ``audio_heard``,
``recording_captures``, ``court_papers_reviewed``, ``according_to_papers``, ``papers_carryover``,
``note_seen``, ``document_after_relay``, ``document_carryover``, ``via_credit``, ``according_to_which_cited``,
``citing_person``, ``anonymity_after_reported``, ``anonymous_later``, ``person_familiar_told``,
``frame_carryover``, ``told_outlet``) or a control (``control``, ``agreed_control``, ``both_said_control``,
``replied_to_claim_control``, ``rejected_account_control``, ``cited_data_control``, ``interpreter_control``,
``press_conference_broadcast``, ``hat_tip_control``, ``own_reporter_control``, ``told_person_control``,
``told_court_control``, ``own_blog_control``, ``own_website``, ``report_found_control``, ``outlet_reported``,
``agency_said``, ``named_after_told``, ``new_report``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen4", "chains_unseen4_articles", "chains_unseen4_articles_b"
)

if __name__ == "__main__":
    main()
