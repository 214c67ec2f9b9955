"""Write ``chains_unseen2.jsonl``: a second held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen2.py

The articles live in ``chains_unseen2_articles.py``, ``_b.py`` and ``_c.py``; the annotation conventions and
the offset finder are those of ``make_speakers_suite.py`` (imported from it). The set was written before the
sources code was read, as an honest unseen check of "on whose authority we know it", in phrasings away from
the first chains set. Conventions for the chain (``via``), those of ``make_chains_unseen.py`` where they
overlap:

- An outlet told ("X told the Gazette", "in a statement to the Courant", "told the club's podcast") is a
  ``told`` link, also when the article is that outlet's own (the gold format's README example);
  "speaking on Y's programme", "speaking to the radio station Y", "in an interview with Y" and "said on the
  programme" after such a frame: Y ``interview``. An interview frame carries over to the same speaker's
  quotations in the same passage; a "told OUTLET" frame only to the direct quotations that continue it in
  the same paragraph with a pronoun ("“...,” he said"), not to "“...,” Renshaw said" (the convention of the
  speaker sets, where such a quotation has no link; this set first had a link there on four quotations and
  was corrected to the sets' convention after its first measurement, class ``named_after_told``).
- A person or body told ("told members", "told his cabinet", "told police", "told fellow directors") is a
  ``told`` link only as a hop before a relay that passed the words on to us (a transcript's publisher, the
  people in the room, state media, the speaker's lawyer); without a relay it is no link.
- Relays are ``reported_by``: "according to a transcript released by Y", "an email obtained by Y", "a
  recording heard by Y", "documents reviewed by Y", "a court filing seen by Y", "a letter first reported by
  Y", "in comments reported by Y", "in a statement carried by Y", "as reported by Y", "quoted by Y", "Y
  quoted X as saying", "X is quoted in Y's book" (the book's author), "according to two people in the room",
  "according to state media", "her lawyer said she had told police", "a statement read out by Y", and an
  outlet that "obtained the minutes" before a later sentence or paragraph that says what they show. A relay
  carries over, like a "told OUTLET" frame, only to the direct quotations that continue it in the same
  paragraph with a pronoun ("“...,” she said"); a new report by the same speaker ("Achter added that ...",
  "The company said it ...") has no link (the convention of the speaker sets; this set first gave three such
  claims the relay and was corrected after its first measurement, class ``new_report``). Claims read from
  a document an outlet holds ("The statement said", "They show that", "In the letter, X wrote", and the
  document's author's "X wrote that" in the paragraph about it) keep the outlet, in the same or the next
  paragraph.
- "Y, citing X, reported" and "Y reported, citing X": X is the speaker and Y ``citing``.
- No link: a wire dateline, a post on a platform or the speaker's own website, a video posted to social
  media, a televised address, "said in an interview" or "in a phone call" with no outlet named, a letter's
  or email's addressee, a report credited to its author ("a report published by Y found": Y is the
  speaker), and "the newspaper said" (the newspaper is the speaker).
- Documents without a named author are their own speaker ("documents", "minutes").

Besides the suite's fields each quotation has ``classes`` naming the phrasing it tests (``transcript_released``,
``email_obtained``, ``recording_heard``, ``documents_reviewed``, ``told_room``, ``sources_familiar``,
``citing_official``, ``citing_officials``, ``citing_people``, ``comments_reported``, ``letter_first_reported``,
``statement_carried``, ``statement_relayed``, ``state_media``, ``book_quoted``, ``quoted_as``, ``quoted_by``,
``programme``, ``interview``, ``podcast_told``, ``video_posted``, ``platform_post``, ``filing_seen``,
``report_found``, ``second_hand``, ``split_sentences``, ``split_paragraphs``, ``across_sentences``,
``wire``, ``wire_relay``, ``named_after_told``, ``new_report``, ``correction``, ``own_outlet``, ``memo_seen``,
``place_hill``, ``transcript_published``, ``chain_three``, ``frame_carryover``) or ``control`` (no chain).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen2", "chains_unseen2_articles", "chains_unseen2_articles_b", "chains_unseen2_articles_c"
)

if __name__ == "__main__":
    main()
