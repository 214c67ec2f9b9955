"""Write ``chains_unseen5.jsonl``: a fifth held-out set of invented news articles for source chains.

Run from the repository root::

    python3 tests/data/make_chains_unseen5.py

The articles live in ``chains_unseen5_articles.py`` and ``_b.py``; the annotation conventions and the offset
finder are those of ``make_speakers_suite.py`` (imported from it). The set was written before the sources code
was read (session 10), as an honest unseen check of relay shapes the first four sets did not try. Conventions
for the chain (``via``), those of ``make_chains_unseen4.py`` where they overlap:

- An outlet told is a ``told`` link whatever its name says ("told the Lusk Tidende", "told NRK", "told
  Politico Europe", "told Channel 4 News", "told the news agency CTK", "told The Associated Press" in the
  agency's own copy). "Speaking to Y" and "in an interview with Y": Y ``interview``; "said on the Z podcast":
  Z ``interview``. "told reporters", "told a rally", "told the jury" without a relay: no link.
- A programme before its channel names the channel: "told the Today programme on BBC Radio 4", "told BBC
  Radio Wales's Good Morning Wales programme", "told NBC's Meet the Press", "told CNBC's Squawk Box" are
  ``told`` the channel; "said on CBS's Face the Nation", "appeared on Sunday Politics on BBC One and said":
  the channel ``interview``. "said on the programme" after such a frame keeps it.
- "told Y" written after the claim ("Every player had a price, X told Y on Friday") is the same ``told``
  link. As in the earlier sets, an interview frame carries over to the same speaker's quotations in the
  passage ("She added that ..." after "in an interview with Y"); a "told Y" frame only to the claims of its own
  sentence and the direct quotations that continue it in the same paragraph with a pronoun, not to a new
  indirect report ("He said ...", "..., she said" after an indirect claim: class ``new_report``, no link).
  "said on the programme" after "told Channel 4 News" is the programme's ``interview``. (The first draft of
  the set gave four such new reports the ``told`` link, left one "She added" after an interview without it,
  and called "said on the programme" ``told``; they were corrected to these conventions after the first
  measurement, before any rule was changed.)
- Three hops: "according to an internal memo first obtained by Y and later confirmed by Z" is [author
  ``according_to``, Y ``reported_by``, Z ``reported_by``]; "According to Y, which cited three cabinet
  officials, X told a cabinet meeting" is [X, the cabinet ``told``, the officials ``reported_by``, Y
  ``citing``].
- A letter frame carries to the next paragraph: "In a letter to staff seen by Y, X said ..." and then "X
  wrote in the letter" / "In the same letter, X wrote": Y ``reported_by``.
- "Y reported, citing two Chinese officials" / "citing people familiar with the matter": the officials (the
  people) speak, Y ``citing``; they keep the link in "The officials said", "One of them said".
- "the agency quoted the ministry as saying", "Y quoted spokesman X as saying", "had quoted an unnamed
  executive as saying" (a report since retracted keeps its chain): Y ``reported_by``. "in a statement carried
  by Xinhua": Xinhua ``reported_by``. "the Times of Malta reported, citing the Sunday Standard": the Standard
  speaks, the Times ``citing``.
- A standalone "(via Y)" credit after its sentence is Y ``reported_by``; "X told staff in an internal
  message. (via Y)" is [X, staff ``told``, Y ``reported_by``].
- No link: "state media reported" (state media speak), "said in a filing with the SEC", "in a statement to
  the stock exchange" (an addressee, not a relay), "on the earnings call", a post on X, a thread on LinkedIn,
  a video posted to Instagram, the speaker's own website, "h/t Y" after a post, a correction note, and the
  two-source controls: "X said ..., and Y agreed(, saying)", "X replied to Y's claim that ..., saying", "X
  rejected Y's account, saying", "Y's reporting prompted X to", "X cited figures from Y to argue".

Besides the suite's fields each quotation has ``classes`` naming the shape it tests (``told_agency``,
``told_own_agency``, ``told_outlet``, ``uninformative_outlet``, ``speaking_to``, ``interview_with``,
``programme_before_channel``, ``said_on_programme``, ``told_after_claim``, ``three_hop_memo``,
``document_carryover``, ``letter_seen``, ``letter_carryover``, ``podcast``, ``said_on_podcast``,
``statement_carried``, ``readout_published``, ``agency_quoted_ministry``, ``quoted_as_saying``,
``retracted_report``, ``officials_nationality_told``, ``citing_officials``, ``citing_officials_nationality``,
``citing_people``, ``paper_citing_paper``, ``which_cited``, ``three_hop``, ``anonymous_later``, ``via_credit``,
``frame_carryover``) or a control (``control``, ``new_report``, ``agreed_control``, ``rejected_account_control``,
``replied_to_claim_control``, ``reporting_prompted_control``, ``cited_data_control``, ``told_reporters_control``,
``told_rally_control``, ``statement_to_exchange_control``, ``filing_control``, ``earnings_call_control``,
``platform_post_control``, ``video_control``, ``hat_tip_control``, ``own_website``, ``state_media_reported``,
``agency_said``, ``citing_document_control``).
"""

from __future__ import annotations

from _generate import sibling

build, main = sibling("make_speakers_suite").suite(
    "chains_unseen5", "chains_unseen5_articles", "chains_unseen5_articles_b"
)

if __name__ == "__main__":
    main()
