"""The articles of the wire-copy set (``make_wire_unseen.py``): invented wire and newspaper stories, no real text."""

from __future__ import annotations

from make_speakers_suite import A, Q


def _text(*paragraphs: str) -> str:
    """An article from its paragraphs."""
    return "\n\n".join(paragraphs) + "\n"


ANON = ("anonymous_source",)
DOC = ("document_relay",)
CTRL = ("control",)

ARTICLES = [
    A(
        id="w-levies",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "Administration to push back steel levies, officials say",
            "WASHINGTON (AP) — The administration will push back new levies on imported steel by six weeks, an "
            "official who asked not to be named told The Associated Press on Tuesday.",
            "The delay would give negotiators more time to reach a deal with Canada and Mexico, the official said. "
            "The person was not authorized to discuss the plans publicly.",
            "Two people briefed on the talks said the Canadian side had offered to cap its exports at last year's "
            'level. "They came with numbers this time," one of them said.',
            'Commerce Secretary Dana Whitlow declined to confirm the delay. "We do not comment on ongoing '
            'negotiations," she told reporters at the White House.',
            "A draft notice reviewed by The Associated Press says the levies would now take effect on Sept. 1. The "
            'notice says exporters "must register every shipment in advance."',
            'Industry groups welcomed the news. "Any delay is better than chaos at the ports," said Marcus Orley, '
            "president of the Steel Importers Council.",
            "A senior official at the Canadian embassy, speaking on condition of anonymity because the talks are "
            'private, said Ottawa was "cautiously hopeful."',
        ),
        quotes=[
            Q(
                "The administration will push back new levies on imported steel by six weeks",
                "an official who asked not to be named",
                "an official",
                cue="told",
                how="told",
                via=(("The Associated Press", "told"),),
                anonymous=True,
                classes=("dateline_told_outlet",),
            ),
            Q(
                "The delay would give negotiators more time to reach a deal with Canada and Mexico",
                "the official",
                "an official",
                via=(("The Associated Press", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                "the Canadian side had offered to cap its exports at last year's level",
                "Two people briefed on the talks",
                "two people briefed on the talks",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                '"They came with numbers this time,"',
                "one of them",
                "two people briefed on the talks",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                '"We do not comment on ongoing negotiations,"',
                "she",
                "Dana Whitlow",
                cue="told",
                how="told",
                classes=CTRL,
            ),
            Q(
                "the levies would now take effect on Sept. 1",
                "A draft notice",
                "draft notice",
                cue="says",
                at="A draft notice reviewed by The Associated Press says",
                via=(("The Associated Press", "reported_by"),),
                classes=DOC,
            ),
            Q(
                'exporters "must register every shipment in advance."',
                "notice",
                "draft notice",
                cue="says",
                via=(("The Associated Press", "reported_by"),),
                classes=DOC,
            ),
            Q('"Any delay is better than chaos at the ports,"', "Marcus Orley", "Marcus Orley", classes=CTRL),
            Q(
                'Ottawa was "cautiously hopeful."',
                "A senior official at the Canadian embassy",
                "a senior official at the Canadian embassy",
                at="A senior official at the Canadian embassy, speaking on condition of anonymity because the talks "
                "are private, said",
                anonymous=True,
                classes=("condition_of_anonymity",),
            ),
        ],
        titles={"Dana Whitlow": ["Commerce Secretary"], "Marcus Orley": ["president of the Steel Importers Council"]},
    ),
    A(
        id="w-bank-sale",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "Harwell Bank weighs sale of insurance arm - sources",
            "LONDON (Reuters) - Harwell Bank is exploring a sale of its insurance division that could fetch up to 2 "
            "billion pounds, three people familiar with the matter told Reuters.",
            "The bank has hired advisers to sound out private equity buyers, one of the people said. A second person "
            'said the board wanted a deal "before the end of the year."',
            "According to a presentation seen by Reuters, the division made a profit of 140 million pounds last year. "
            'The presentation says the unit is "a stable, capital-light business with room to grow."',
            'Harwell declined to comment. A spokeswoman for the bank said it "does not comment on market speculation."',
            "The bank's chief executive, Rupert Salk, told investors in February that he wanted to \"simplify the "
            'group." "We have too many businesses that do not talk to each other," he said on a call with analysts.',
            "A person close to one of the bidders, who spoke on condition of anonymity because the process is "
            'confidential, said the price was "ambitious but not crazy."',
            "Shares in Harwell rose 3 percent in London trading.",
        ),
        quotes=[
            Q(
                "Harwell Bank is exploring a sale of its insurance division that could fetch up to 2 billion pounds",
                "three people familiar with the matter",
                "three people familiar with the matter",
                cue="told",
                how="told",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=("dateline_told_outlet",),
            ),
            Q(
                "The bank has hired advisers to sound out private equity buyers",
                "one of the people",
                "three people familiar with the matter",
                via=(("Reuters", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                'the board wanted a deal "before the end of the year."',
                "A second person",
                "a second person",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                "the division made a profit of 140 million pounds last year",
                "a presentation",
                "presentation",
                cue="According to",
                at="According to a presentation",
                how="according_to",
                via=(("Reuters", "reported_by"),),
                classes=("seen_by_outlet",),
            ),
            Q(
                'the unit is "a stable, capital-light business with room to grow."',
                "The presentation",
                "presentation",
                cue="says",
                via=(("Reuters", "reported_by"),),
                classes=DOC,
            ),
            Q(
                'it "does not comment on market speculation."',
                "A spokeswoman for the bank",
                "a spokeswoman for the bank",
                anonymous=True,
                classes=CTRL,
            ),
            Q(
                'he wanted to "simplify the group."',
                "Rupert Salk",
                "Rupert Salk",
                cue="told",
                at="Rupert Salk, told",
                how="told",
                classes=CTRL,
            ),
            Q(
                '"We have too many businesses that do not talk to each other,"',
                "he",
                "Rupert Salk",
                classes=CTRL,
            ),
            Q(
                'the price was "ambitious but not crazy."',
                "A person close to one of the bidders",
                "a person close to one of the bidders",
                at="A person close to one of the bidders, who spoke on condition of anonymity because the process is "
                "confidential, said",
                anonymous=True,
                classes=("condition_of_anonymity",),
            ),
        ],
        titles={"Rupert Salk": ["The bank's chief executive"]},
    ),
    A(
        id="w-fishing-row",
        style="wire",
        classes=("wire_dateline",),
        text=_text(
            "France to recall ambassador over fishing row",
            "PARIS, March 3 (AFP) — France will recall its ambassador to Norway for consultations after talks on "
            "fishing quotas collapsed, a diplomatic source told AFP on Monday.",
            '"The minister has lost patience," the source said, speaking on condition of anonymity. "There is '
            'nothing left to discuss at this level."',
            "In a letter seen by AFP, Foreign Minister Claire Duvignaud told her Norwegian counterpart that Paris "
            'considered the new quotas "a breach of good faith." The letter warns that France "will take every '
            'measure available to protect its fleet."',
            "Norway's foreign ministry said in a statement that the quotas were \"based on the best available "
            'science."',
            'Fishermen in Boulogne-sur-Mer said they had lost a third of their catch since January. "We are the '
            'ones paying for this," said Yannick Le Bris, who runs two trawlers out of the port.',
            "An official at the Elysee, who was not authorised to speak publicly, said the president had been "
            "briefed and backed the minister.",
            'A spokesman for the European Commission said Brussels "urges both sides to return to the table."',
        ),
        quotes=[
            Q(
                "France will recall its ambassador to Norway for consultations after talks on fishing quotas collapsed",
                "a diplomatic source",
                "a diplomatic source",
                cue="told",
                how="told",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=("dateline_told_outlet",),
            ),
            Q(
                '"The minister has lost patience,"',
                "the source",
                "a diplomatic source",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                '"There is nothing left to discuss at this level."',
                "the source",
                "a diplomatic source",
                via=(("AFP", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                'Paris considered the new quotas "a breach of good faith."',
                "Claire Duvignaud",
                "Claire Duvignaud",
                cue="told",
                how="wrote",
                via=(("her Norwegian counterpart", "told"), ("AFP", "reported_by")),
                classes=("seen_by_outlet",),
            ),
            Q(
                'France "will take every measure available to protect its fleet."',
                "The letter",
                "Claire Duvignaud",
                cue="warns",
                how="wrote",
                via=(("AFP", "reported_by"),),
                classes=DOC,
            ),
            Q(
                'the quotas were "based on the best available science."',
                "Norway's foreign ministry",
                "Norway's foreign ministry",
                how="statement",
                classes=CTRL,
            ),
            Q(
                "they had lost a third of their catch since January",
                "Fishermen in Boulogne-sur-Mer",
                "fishermen in Boulogne-sur-Mer",
                classes=CTRL,
            ),
            Q('"We are the ones paying for this,"', "Yannick Le Bris", "Yannick Le Bris", classes=CTRL),
            Q(
                "the president had been briefed and backed the minister",
                "An official at the Elysee",
                "an official at the Elysee",
                at="An official at the Elysee, who was not authorised to speak publicly, said",
                anonymous=True,
                classes=ANON,
            ),
            Q(
                'Brussels "urges both sides to return to the table."',
                "A spokesman for the European Commission",
                "a spokesman for the European Commission",
                anonymous=True,
                classes=CTRL,
            ),
        ],
        titles={"Claire Duvignaud": ["Foreign Minister"]},
    ),
    A(
        id="w-trust-memo",
        style="local",
        classes=("this_newspaper",),
        text=_text(
            "Trust missed cancer targets for a year, memo shows",
            "By Ruth Aldane, Health Correspondent",
            "According to an internal memo seen by this newspaper, the Fenmoor hospital trust missed its cancer "
            'waiting-time targets in every month of the last year. "Staffing in oncology is at a critical level," it '
            'said. "Without new consultants the backlog will keep growing."',
            'The memo, which was sent to board members in January, warns that the unit has "run out of goodwill as '
            'well as staff."',
            'A spokesperson for the trust said it was "working hard to recruit."',
            "A senior nurse at the hospital, who asked not to be named for fear of losing her job, told this paper "
            'that staff were leaving "faster than we can train them." "Every week someone else hands in their '
            'notice," she said.',
            "A draft action plan obtained by the BBC proposes sending some patients to a hospital forty miles away. "
            'The plan says the move "carries risks for frail patients."',
            'The local MP, Gareth Hume, said he would raise the figures in Parliament. "Patients deserve the truth '
            'about these delays," he said.',
        ),
        quotes=[
            Q(
                "the Fenmoor hospital trust missed its cancer waiting-time targets in every month of the last year",
                "an internal memo",
                "internal memo",
                cue="According to",
                at="According to an internal memo",
                how="according_to",
                classes=("seen_by_this_newspaper",),
            ),
            Q('"Staffing in oncology is at a critical level,"', "it", "internal memo", classes=DOC),
            Q('"Without new consultants the backlog will keep growing."', "it", "internal memo", classes=DOC),
            Q(
                'the unit has "run out of goodwill as well as staff."',
                "The memo",
                "internal memo",
                cue="warns",
                at="The memo, which was sent to board members in January, warns",
                classes=DOC,
            ),
            Q(
                'it was "working hard to recruit."',
                "A spokesperson for the trust",
                "a spokesperson for the trust",
                anonymous=True,
                classes=CTRL,
            ),
            Q(
                'staff were leaving "faster than we can train them."',
                "A senior nurse at the hospital",
                "a senior nurse at the hospital",
                cue="told",
                at="A senior nurse at the hospital, who asked not to be named for fear of losing her job, told",
                how="told",
                via=(("this paper", "told"),),
                anonymous=True,
                classes=("told_this_paper",),
            ),
            Q(
                '"Every week someone else hands in their notice,"',
                "she",
                "a senior nurse at the hospital",
                via=(("this paper", "told"),),
                anonymous=True,
                classes=ANON,
            ),
            Q(
                'the move "carries risks for frail patients."',
                "The plan",
                "draft action plan",
                cue="says",
                via=(("BBC", "reported_by"),),
                classes=DOC,
            ),
            Q(
                "he would raise the figures in Parliament",
                "Gareth Hume",
                "Gareth Hume",
                at="Gareth Hume, said",
                classes=CTRL,
            ),
            Q('"Patients deserve the truth about these delays,"', "he", "Gareth Hume", classes=CTRL),
        ],
        titles={"Gareth Hume": ["The local MP"]},
    ),
]
