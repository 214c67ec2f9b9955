"""Write ``chains_unseen3.jsonl``: a third held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen3.py

The articles live in ``chains_unseen3_articles.py``, ``_b.py`` and ``_c.py``; the annotation conventions and
the offset finder are those of ``make_speakers_suite.py`` (imported from it). The set was written before the
sources code was read (session 8), as an honest unseen check of relay shapes the first two sets did not try.
Conventions for the chain (``via``), those of ``make_chains_unseen2.py`` where they overlap:

- An outlet told ("X told Y, which reported", "told AFP by telephone", "told the club's own channel, Y") is
  a ``told`` link, also when the article is that outlet's own wire copy ("(Reuters) —" dateline, "told
  Reuters"); "in an interview with Y broadcast on Sunday", "told Y in an interview", "speaking on the podcast
  Y": Y ``interview``. Such a frame carries over to the direct quotations that continue it in the same
  paragraph with a pronoun or a short back-reference ("“...,” he said", "the official said").
- An anonymous source that exists only through an outlet ("two people familiar with the review told
  Reuters", "a senior diplomat told Northline News", "Y reported, citing two people familiar with the
  matter") keeps that outlet's link in its later reports ("..., the two people said", "The diplomat said"),
  also after another speaker's claim in between: we know them only through that outlet.
- Relays are ``reported_by``: "in remarks carried by state television / by the agency Z", "in remarks
  broadcast by Z", "a statement read out by her lawyer / by prosecutor Z" (the reader relays the author's
  words), "wrote in a memo seen by Y", "an email, which was seen by Y", "a voice message shared with Y",
  "according to a transcript obtained by / released by Y", "documents filed in court show that X told
  investigators" (investigators ``told``, the documents ``reported_by``), "X's comments were first reported
  by Y" in the next sentence, "Y quoted X as saying / as telling staff", "according to a translation by Y",
  "in a post quoted by Y", "according to a screenshot captured by Y", "according to a pool report by Y",
  "according to state media, X told his cabinet" (cabinet ``told``, state media ``reported_by``).
- "Y reported, citing X" and "Y, citing X, reported": X is the speaker and Y ``citing``.
- No link: "the agency said" (the agency is the speaker), a video on the speaker's own page, a post on the
  club's website, a person or body told without a relay ("told the jury", "told members"), and the
  two-source controls: "Prosecutors said X; the defence argued Y", "X said ..., as did Y", "Z agreed with X
  and said", "Responding to X, Y said", "Echoing X, Y said", "Y disagreed with X, saying".

Besides the suite's fields each quotation has ``classes`` naming the shape it tests (``told_own_agency``,
``interview_named``, ``people_familiar_told``, ``two_people_later``, ``anonymous_later``,
``recording_reviewed``, ``agency_said``, ``told_agency``, ``remarks_carried``, ``remarks_broadcast``,
``statement_read_out``, ``statement_read_out_prosecutor``, ``court_documents_told``, ``state_media_cabinet``,
``translation``, ``interview_broadcast``, ``interview_published``, ``post_quoted``, ``post_captured``,
``memo_seen``, ``email_seen``, ``voice_message``, ``comments_first_reported``, ``quoted_as_saying``,
``quoted_as_telling``, ``transcript_obtained``, ``transcript_released``, ``testimony_quoted``,
``told_which_reported``, ``told_outlet``, ``told_own_outlet``, ``told_channel``, ``told_outlet_earlier``,
``podcast_interview``, ``pool_report``, ``citing_people``, ``citing_person``, ``spokesman_told``,
``frame_carryover``, ``according_to_document``) or a control (``control``, ``prosecutors_defence``,
``as_did``, ``agreed_control``, ``echoing_control``, ``responding_control``, ``told_person_control``,
``video_control``, ``own_website``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen3", "chains_unseen3_articles", "chains_unseen3_articles_b", "chains_unseen3_articles_c"
)

if __name__ == "__main__":
    main()
